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
 * day's drop target makes, rp_ui_drop_workout, so the X drag protocol
 * itself is not counted) and for switching to the next or previous week
 * (rp_window_show_week, what the header buttons and Page Up/Down do).
 * Median of many; needs a display (xvfb-run). Prints figures, exits 0. */

#define G_LOG_DOMAIN "bench-frames"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <adwaita.h>

#include "rp-date.h"
#include "rp-planner.h"
#include "rp-ui-util.h"
#include "rp-window.h"

#define N_WEEKS 520
#define N_SAMPLES 25
#define SETTLE_MS 1500
#define GAP_MS 40
#define FRAME_TIMEOUT_MS 2000

typedef enum
{
  PHASE_WEEK,
  PHASE_DROP,
  PHASE_UNDO,  /* untimed: puts the plan back after a drop */
  PHASE_DONE,
} Phase;

typedef struct
{
  GApplication *app;
  RpWindow     *window;
  RpWorkout    *template;
  Phase         phase;
  guint         index;
  double        t0;
  gulong        paint_id;
  guint         timeout_id;
  double        call_s;          /* the current action's own time */
  double        week_s[N_SAMPLES];
  double        drop_s[N_SAMPLES];
  double        week_call_s[N_SAMPLES];
  double        drop_call_s[N_SAMPLES];
  gboolean      failed;
} Bench;

static double
now_s (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *samples,
        guint   n)
{
  qsort (samples, n, sizeof (double), compare_doubles);
  return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

/* The plan of bench-core: three hard workouts a week for ten years. */
static RpPlan *
build_plan (void)
{
  static const struct { RpKind kind; int day; } hard[] = {
    { RP_KIND_INTERVALS, 1 }, { RP_KIND_TEMPO, 3 }, { RP_KIND_LONG, 6 },
  };
  RpDate start = rp_date_from_ymd (2026, 1, 5);
  RpPlan *plan = rp_plan_new (start, N_WEEKS);

  for (guint week = 0; week < N_WEEKS; week++)
    for (guint i = 0; i < G_N_ELEMENTS (hard); i++)
      {
        g_autoptr(RpWorkout) workout = rp_workout_new (hard[i].kind);

        rp_workout_set_pinned (workout, TRUE);
        rp_plan_insert_workout (plan, start + week * 7 + hard[i].day, G_MAXUINT, workout);
      }
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

static void
record (Bench  *self,
        double  elapsed)
{
  switch (self->phase)
    {
    case PHASE_WEEK:
      self->week_call_s[self->index] = self->call_s;
      self->week_s[self->index++] = elapsed;
      if (self->index == N_SAMPLES)
        {
          self->phase = PHASE_DROP;
          self->index = 0;
        }
      break;
    case PHASE_DROP:
      self->drop_call_s[self->index] = self->call_s;
      self->drop_s[self->index++] = elapsed;
      self->phase = PHASE_UNDO;
      break;
    case PHASE_UNDO:
      self->phase = self->index == N_SAMPLES ? PHASE_DONE : PHASE_DROP;
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
  double elapsed = now_s () - self->t0;

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
  RpDate week = rp_window_get_week_start (self->window);
  RpHistory *history = rp_window_get_history (self->window);

  switch (self->phase)
    {
    case PHASE_WEEK:
      /* Forward, then back: the plan neither grows nor runs out. */
      rp_window_show_week (self->window, self->index < N_SAMPLES / 2 ? week + 7 : week - 7);
      break;
    case PHASE_DROP:
      if (!rp_ui_drop_workout (history, GTK_WIDGET (rp_window_get_week_view (self->window)),
                               self->template, week + 2))
        g_error ("the drop was refused");
      break;
    case PHASE_UNDO:
      rp_history_undo (history);
      break;
    case PHASE_DONE:
    default:
      break;
    }
}

static void
step (Bench *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->window));

  if (self->phase == PHASE_DONE)
    {
      g_application_quit (self->app);
      return;
    }
  if (clock == NULL)
    g_error ("the window has no frame clock: is it mapped?");

  self->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), self);
  self->timeout_id = g_timeout_add (FRAME_TIMEOUT_MS, on_frame_timeout_cb, self);
  self->t0 = now_s ();
  act (self);
  self->call_s = now_s () - self->t0;
}

static void
on_activate_cb (GApplication *app,
                Bench        *self)
{
  g_autoptr(RpPlan) plan = build_plan ();

  self->window = rp_window_new (GTK_APPLICATION (app));
  rp_window_set_plan (self->window, plan, NULL, NULL);
  rp_window_show_week (self->window, rp_date_from_ymd (2030, 6, 3));
  gtk_window_present (GTK_WINDOW (self->window));
  /* Let start-up work and the first frames pass before timing. */
  self->timeout_id = g_timeout_add (SETTLE_MS, on_gap_done_cb, self);
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
    double week = median (self.week_s, N_SAMPLES);
    double drop = median (self.drop_s, N_SAMPLES);

    /* The call's own share tells the model and widget updates apart from
     * layout and rendering of the frame. */
    printf ("# GSK renderer: %s\n", renderer != NULL ? renderer : "GTK's default");
    printf ("week-switch-to-painted-frame: %.2f ms (median of %d; the call itself %.2f ms; "
            "target <= 16 ms) %s\n",
            week * 1e3, N_SAMPLES, median (self.week_call_s, N_SAMPLES) * 1e3,
            week <= 16e-3 ? "ok" : "OVER");
    printf ("drop-to-painted-frame: %.2f ms (median of %d; the call itself %.2f ms; "
            "target <= 16 ms) %s\n",
            drop * 1e3, N_SAMPLES, median (self.drop_call_s, N_SAMPLES) * 1e3,
            drop <= 16e-3 ? "ok" : "OVER");
  }
  return 0;
}
