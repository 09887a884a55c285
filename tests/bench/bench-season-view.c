/* bench-season-view.c
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

/* The season view in the real window with the 10-year plan and a
 * marathon season built on it (issue 11: "scrolls through a 10-year plan
 * within one frame per step"): the time from a step to the end of the
 * next painted frame (the frame clock's "after-paint"), as bench-frames
 * measures the week and month, for
 *   - a scroll step of the weeks shown (rp_season_view_scroll, what a
 *     wheel notch does), forward across the plan then back;
 *   - a step of the selected week (Right, which also moves the window's
 *     week: title, week view behind);
 *   - an edit while the season is shown (Make Down Week and its undo: the
 *     summary is read again, O(days)).
 * Median of many; needs a display (xvfb-run). Prints figures, exits 0. */

#define G_LOG_DOMAIN "bench-season-view"

#include "config.h"

#include "bench-util.h"

#include <stdio.h>

#include <adwaita.h>

#include "rp-date.h"
#include "rp-plan-command-season.h"
#include "rp-planner.h"
#include "rp-window.h"

#define N_SAMPLES 40
#define SETTLE_MS 1500
#define GAP_MS 40
#define FRAME_TIMEOUT_MS 2000
#define WINDOW_WIDTH 1200   /* the application's default size */
#define WINDOW_HEIGHT 820
#define SCROLL_STEP 4       /* weeks: a wheel notch */

typedef enum
{
  PHASE_REPAINT,  /* the chart redrawn, nothing changed: the window's floor */
  PHASE_SCROLL,
  PHASE_SELECT,
  PHASE_EDIT,
  PHASE_DONE,
} Phase;

typedef struct
{
  GApplication *app;
  RpWindow     *window;
  Phase         phase;
  guint         index;
  double        t0;
  gulong        paint_id;
  guint         timeout_id;
  double        call_s;
  double        repaint_s[N_SAMPLES];
  double        repaint_call_s[N_SAMPLES];
  double        scroll_s[N_SAMPLES];
  double        scroll_call_s[N_SAMPLES];
  double        select_s[N_SAMPLES];
  double        select_call_s[N_SAMPLES];
  double        edit_s[N_SAMPLES];
  double        edit_call_s[N_SAMPLES];
  gboolean      failed;
} Bench;

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
record (Bench  *self,
        double  elapsed)
{
  double *frames[] = { self->repaint_s, self->scroll_s, self->select_s, self->edit_s };
  double *calls[] = {
    self->repaint_call_s, self->scroll_call_s, self->select_call_s, self->edit_call_s
  };

  frames[self->phase][self->index] = elapsed;
  calls[self->phase][self->index] = self->call_s;
  if (++self->index == N_SAMPLES)
    {
      self->phase++;
      self->index = 0;
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
  self->timeout_id = g_timeout_add (GAP_MS, on_gap_done_cb, self);
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
  RpSeasonView *view = rp_window_get_season_view (self->window);
  RpHistory *history = rp_window_get_history (self->window);
  gboolean forward = self->index < N_SAMPLES / 2;

  switch (self->phase)
    {
    case PHASE_REPAINT:
      gtk_widget_queue_draw (rp_season_view_get_chart (view));
      break;
    case PHASE_SCROLL:
      rp_season_view_scroll (view, forward ? SCROLL_STEP : -SCROLL_STEP);
      break;
    case PHASE_SELECT:
      rp_season_view_set_date (view, rp_season_view_get_date (view) + (forward ? 7 : -7));
      break;
    case PHASE_EDIT:
      /* A down week, then its undo: the plan ends as it started. */
      if (self->index % 2 == 0)
        gtk_widget_activate_action (GTK_WIDGET (self->window), "week.make-down", NULL);
      else
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
  GdkFrameClock *clock;

  if (self->phase == PHASE_DONE)
    {
      g_application_quit (self->app);
      return;
    }

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (self->window));
  if (clock == NULL)
    g_error ("the window has no frame clock: is it mapped?");

  self->paint_id = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), self);
  self->timeout_id = g_timeout_add (FRAME_TIMEOUT_MS, on_frame_timeout_cb, self);
  self->t0 = bench_now_s ();
  act (self);
  self->call_s = bench_now_s () - self->t0;
}

static void
on_activate_cb (GApplication *app,
                Bench        *self)
{
  g_autoptr(RpPlan) plan = bench_ten_year_plan ();
  RpDate start, week;
  guint n_weeks;

  g_application_hold (app);
  rp_planner_fill (plan);
  start = rp_plan_get_start (plan);
  n_weeks = rp_plan_get_n_weeks (plan);
  /* A marathon season near the end, as bench-season draws. */
  rp_plan_command_build_season (plan, NULL, start + 7 * (n_weeks - 30),
                                start + 7 * (n_weeks - 5) + 6, 42195, 40000, NULL);
  /* A week of the middle of the plan: the edit is no first week. */
  week = start + 7 * (n_weeks / 2);

  self->window = rp_window_new (GTK_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (self->window), WINDOW_WIDTH, WINDOW_HEIGHT);
  rp_window_set_plan (self->window, plan, NULL, NULL);
  rp_window_show_week (self->window, week);
  gtk_widget_activate_action (GTK_WIDGET (self->window), "win.view", "s", "season");
  gtk_window_present (GTK_WINDOW (self->window));
  self->timeout_id = g_timeout_add (SETTLE_MS, on_gap_done_cb, self);
}

static void
print_step (const char *name,
            const char *what,
            double     *samples,
            double     *call_samples)
{
  double figure = bench_median (samples, N_SAMPLES);

  printf ("%s: %.2f ms (median of %d, %s; the call itself %.2f ms; target <= 16 ms) %s\n",
          name, figure * 1e3, N_SAMPLES, what, bench_median (call_samples, N_SAMPLES) * 1e3,
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
      printf ("season view: not measured (no display; run under xvfb-run)\n");
      return 0;
    }

  app = adw_application_new ("io.github.runplanner.RunPlanner.BenchSeasonView",
                             G_APPLICATION_NON_UNIQUE);
  self.app = G_APPLICATION (app);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), &self);
  g_application_run (G_APPLICATION (app), 0, NULL);

  if (self.failed)
    {
      printf ("season view: not measured (no frame was painted within %d ms)\n",
              FRAME_TIMEOUT_MS);
      return 0;
    }

  {
    const char *renderer = g_getenv ("GSK_RENDERER");

    printf ("# GSK renderer: %s; %dx%d window, 10-year plan (%d weeks)\n",
            renderer != NULL ? renderer : "GTK's default", WINDOW_WIDTH, WINDOW_HEIGHT,
            BENCH_PLAN_WEEKS);
    printf ("repaint-season: %.2f ms (median of %d; the season chart redrawn, nothing changed: "
            "this window's floor)\n", bench_median (self.repaint_s, N_SAMPLES) * 1e3, N_SAMPLES);
    print_step ("season-scroll-to-painted-frame", "a scroll step of 4 weeks",
                self.scroll_s, self.scroll_call_s);
    print_step ("season-select-to-painted-frame", "the next or previous week selected",
                self.select_s, self.select_call_s);
    print_step ("season-edit-to-painted-frame", "Make Down Week or its undo, season shown",
                self.edit_s, self.edit_call_s);
  }
  return 0;
}
