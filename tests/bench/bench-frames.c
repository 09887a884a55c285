/* bench-frames.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* With a 10-year plan open in the real window: the time from an edit to
 * the end of the next painted frame (the window's frame clock
 * "after-paint"), for a drop of a palette workout on a day (the call the
 * week view's drop target makes, its "workout-dropped" signal, so the X drag protocol
 * itself is not counted), for switching to the next or previous week
 * (rp_window_show_week, what the header buttons and Page Up/Down do) and
 * for the next or previous month in the month view ("week.next").
 *
 * Two floors put those figures in context, measured first, in the same
 * process and with the same renderer: a repaint of a minimal libadwaita
 * window of the same size (a header bar and a label whose text changes),
 * and a repaint of the Run Planner window with no edit (the chart
 * redrawn). They are what the renderer costs whatever the application
 * does. Median of many; needs a display (xvfb-run). Prints figures,
 * exits 0. */

#define G_LOG_DOMAIN "bench-frames"

#include "config.h"

#include "bench-util.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <adwaita.h>

#include "rp-date.h"
#include "rp-planner.h"
#include "rp-ui-util.h"
#include "rp-window.h"

#define N_WEEKS BENCH_PLAN_WEEKS
#define N_SAMPLES 25
#define SETTLE_MS 1500
#define GAP_MS 40
#define FRAME_TIMEOUT_MS 2000
#define WINDOW_WIDTH 1200   /* the application's default size */
#define WINDOW_HEIGHT 820

typedef enum
{
  PHASE_MINIMAL,  /* a minimal window redrawn: the renderer's floor */
  PHASE_REPAINT,  /* the Run Planner window redrawn, no edit */
  PHASE_WEEK,
  PHASE_DROP,
  PHASE_UNDO,     /* untimed: puts the plan back after a drop */
  PHASE_MONTH,
  PHASE_DONE,
} Phase;

typedef struct
{
  GApplication *app;
  GtkWidget    *minimal;         /* the baseline window, then NULL */
  GtkWidget    *minimal_label;
  RpWindow     *window;
  RpWorkout    *template;
  Phase         phase;
  guint         index;
  double        t0;
  gulong        paint_id;
  guint         timeout_id;
  double        call_s;          /* the current action's own time */
  double        minimal_s[N_SAMPLES];
  double        repaint_s[N_SAMPLES];
  double        month_s[N_SAMPLES];
  double        month_call_s[N_SAMPLES];
  double        week_s[N_SAMPLES];
  double        drop_s[N_SAMPLES];
  double        week_call_s[N_SAMPLES];
  double        drop_call_s[N_SAMPLES];
  gboolean      failed;
} Bench;




/* The plan of bench-core, filled. */
static RpPlan *
build_plan (void)
{
  RpPlan *plan = bench_ten_year_plan ();

  rp_planner_fill (plan);
  return plan;
}

static void step (Bench *self);

static gboolean
on_gap_done_cb (gpointer user_data)
{
  Bench *self = user_data;

  self->timeout_id = 0;
  step (self);
  return G_SOURCE_REMOVE;
}

static void
next_after_gap (Bench *self)
{
  self->timeout_id = g_timeout_add (GAP_MS, on_gap_done_cb, self);
}

/* Moves to the next phase once a phase has its samples. */
static void
next_phase (Bench *self,
            Phase  phase)
{
  if (self->index < N_SAMPLES)
    return;
  self->phase = phase;
  self->index = 0;
}

static void
record (Bench  *self,
        double  elapsed)
{
  switch (self->phase)
    {
    case PHASE_MINIMAL:
      self->minimal_s[self->index++] = elapsed;
      next_phase (self, PHASE_REPAINT);
      break;
    case PHASE_REPAINT:
      self->repaint_s[self->index++] = elapsed;
      next_phase (self, PHASE_WEEK);
      break;
    case PHASE_WEEK:
      self->week_call_s[self->index] = self->call_s;
      self->week_s[self->index++] = elapsed;
      next_phase (self, PHASE_DROP);
      break;
    case PHASE_DROP:
      self->drop_call_s[self->index] = self->call_s;
      self->drop_s[self->index++] = elapsed;
      self->phase = PHASE_UNDO;
      break;
    case PHASE_UNDO:
      self->phase = PHASE_DROP;
      next_phase (self, PHASE_MONTH);
      break;
    case PHASE_MONTH:
      self->month_call_s[self->index] = self->call_s;
      self->month_s[self->index++] = elapsed;
      next_phase (self, PHASE_DONE);
      break;
    case PHASE_DONE:
    default:
      break;
    }
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Bench         *self)
{
  double elapsed = bench_now_s () - self->t0;

  g_clear_signal_handler (&self->paint_id, clock);
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  record (self, elapsed);
  next_after_gap (self);
}

static gboolean
on_frame_timeout_cb (gpointer user_data)
{
  Bench *self = user_data;

  self->timeout_id = 0;
  self->failed = TRUE;
  g_application_quit (self->app);
  return G_SOURCE_REMOVE;
}

static void
act (Bench *self)
{
  RpDate week = self->window != NULL ? rp_window_get_week_start (self->window) : 0;
  RpHistory *history = self->window != NULL ? rp_window_get_history (self->window) : NULL;

  switch (self->phase)
    {
    case PHASE_MINIMAL:
      /* A new text: an identical frame would not be rendered at all. */
      gtk_label_set_text (GTK_LABEL (self->minimal_label),
                          self->index % 2 ? "Minimal window" : "Minimal Window");
      break;
    case PHASE_REPAINT:
      gtk_widget_queue_draw (rp_window_get_chart (self->window));
      break;
    case PHASE_WEEK:
      /* Forward, then back: the plan neither grows nor runs out. */
      rp_window_show_week (self->window, self->index < N_SAMPLES / 2 ? week + 7 : week - 7);
      break;
    case PHASE_DROP:
      {
        gboolean handled = FALSE;

        g_signal_emit_by_name (rp_window_get_week_view (self->window), "workout-dropped",
                               self->template, (guint) (week + 2), GDK_ACTION_COPY, &handled);
        if (!handled)
          g_error ("the drop was refused");
      }
      break;
    case PHASE_UNDO:
      rp_history_undo (history);
      break;
    case PHASE_MONTH:
      gtk_widget_activate_action (GTK_WIDGET (self->window),
                                  self->index < N_SAMPLES / 2 ? "week.next" : "week.previous",
                                  NULL);
      break;
    case PHASE_DONE:
    default:
      break;
    }
}

static void open_window (Bench *self);

static void
step (Bench *self)
{
  GtkWidget *widget = self->phase == PHASE_MINIMAL ? self->minimal : GTK_WIDGET (self->window);
  GdkFrameClock *clock;

  if (self->phase == PHASE_DONE)
    {
      g_application_quit (self->app);
      return;
    }
  /* The baseline is done: close it and open the real window. */
  if (self->phase != PHASE_MINIMAL && self->minimal != NULL)
    {
      g_clear_pointer ((GtkWindow **) &self->minimal, gtk_window_destroy);
      open_window (self);
      return;
    }
  /* The month view is shown (untimed) before its first switch. */
  if (self->phase == PHASE_MONTH && self->index == 0
      && !gtk_widget_get_mapped (GTK_WIDGET (rp_window_get_month_view (self->window))))
    {
      gtk_widget_activate_action (GTK_WIDGET (self->window), "win.view", "s", "month");
      next_after_gap (self);
      return;
    }

  clock = gtk_widget_get_frame_clock (widget);
  if (clock == NULL)
    g_error ("the window has no frame clock: is it mapped?");

  self->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), self);
  self->timeout_id = g_timeout_add (FRAME_TIMEOUT_MS, on_frame_timeout_cb, self);
  self->t0 = bench_now_s ();
  act (self);
  self->call_s = bench_now_s () - self->t0;
}

static void
open_window (Bench *self)
{
  g_autoptr(RpPlan) plan = build_plan ();

  self->window = rp_window_new (GTK_APPLICATION (self->app));
  gtk_window_set_default_size (GTK_WINDOW (self->window), WINDOW_WIDTH, WINDOW_HEIGHT);
  rp_window_set_plan (self->window, plan, NULL, NULL);
  rp_window_show_week (self->window, rp_date_from_ymd (2030, 6, 3));
  gtk_widget_activate_action (GTK_WIDGET (self->window), "win.view", "s", "week");
  gtk_window_present (GTK_WINDOW (self->window));
  /* Let start-up work and the first frames pass before timing. */
  self->timeout_id = g_timeout_add (SETTLE_MS, on_gap_done_cb, self);
}

/* The smallest libadwaita window, as minimal-window.c builds it, at the
 * size of the application's window. */
static void
open_minimal (Bench *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  self->minimal = adw_application_window_new (GTK_APPLICATION (self->app));
  self->minimal_label = gtk_label_new ("Minimal window");
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), self->minimal_label);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self->minimal), box);
  gtk_window_set_default_size (GTK_WINDOW (self->minimal), WINDOW_WIDTH, WINDOW_HEIGHT);
  gtk_window_present (GTK_WINDOW (self->minimal));
  self->timeout_id = g_timeout_add (SETTLE_MS, on_gap_done_cb, self);
}

static void
on_activate_cb (GApplication *app,
                Bench        *self)
{
  /* The application stays while its windows change. */
  g_application_hold (app);
  open_minimal (self);
}

static void
print_edit (const char *name,
            double     *samples,
            double     *call_samples)
{
  double figure = bench_median (samples, N_SAMPLES);

  printf ("%s: %.2f ms (median of %d; the call itself %.2f ms; target <= 16 ms) %s\n",
          name, figure * 1e3, N_SAMPLES, bench_median (call_samples, N_SAMPLES) * 1e3,
          figure <= 16e-3 ? "ok" : "OVER");
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = NULL;
  Bench self = { 0 };

  if (!gtk_init_check ())
    {
      printf ("frames: not measured (no display; run under xvfb-run)\n");
      return 0;
    }

  app = adw_application_new ("io.github.runplanner.RunPlanner.BenchFrames",
                             G_APPLICATION_NON_UNIQUE);
  self.app = G_APPLICATION (app);
  self.template = rp_workout_new (RP_KIND_TEMPO);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), &self);
  g_application_run (G_APPLICATION (app), 0, NULL);
  g_object_unref (self.template);

  if (self.failed)
    {
      printf ("frames: not measured (no frame was painted within %d ms)\n", FRAME_TIMEOUT_MS);
      return 0;
    }

  {
    const char *renderer = g_getenv ("GSK_RENDERER");

    /* The call's own share tells the model and widget updates apart from
     * layout and rendering of the frame; the floors, the renderer's own
     * cost of a frame of such a window. */
    printf ("# GSK renderer: %s\n", renderer != NULL ? renderer : "GTK's default");
    printf ("repaint-minimal-window: %.2f ms (median of %d; a minimal libadwaita window of "
            "%dx%d, its label changed: the renderer's floor)\n",
            bench_median (self.minimal_s, N_SAMPLES) * 1e3, N_SAMPLES, WINDOW_WIDTH, WINDOW_HEIGHT);
    printf ("repaint-run-planner: %.2f ms (median of %d; the chart redrawn, no edit)\n",
            bench_median (self.repaint_s, N_SAMPLES) * 1e3, N_SAMPLES);
    print_edit ("week-switch-to-painted-frame", self.week_s, self.week_call_s);
    print_edit ("drop-to-painted-frame", self.drop_s, self.drop_call_s);
    print_edit ("month-switch-to-painted-frame", self.month_s, self.month_call_s);
  }
  return 0;
}
