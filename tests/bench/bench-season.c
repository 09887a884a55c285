/* bench-season.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The season chart on the 10-year plan (issue 11: "scrolls through a
 * 10-year plan within one frame per step"): the summary computed once
 * (O(days)), then one frame per scroll step of a year-wide window, a week
 * at a time across all 520 weeks, painted into a 1280 × 400 image; and
 * one frame of all 520 weeks at once. Median of the steps against the
 * 16 ms of a 60 Hz frame. Prints figures and exits 0. */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "bench-util.h"
#include "rp-chart-season.h"
#include "rp-date.h"
#include "rp-plan-command-season.h"
#include "rp-planner.h"

#define WIDTH  1280
#define HEIGHT 400
#define WINDOW_WEEKS 52
#define TARGET_FRAME_MS 16.0

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RpPlan) plan = bench_ten_year_plan ();
  g_autoptr(RpSeasonSummary) summary = NULL;
  gboolean quick = argc > 1 && strcmp (argv[1], "--quick") == 0;
  guint n_weeks, n_steps;
  g_autofree double *frames = NULL;
  cairo_surface_t *surface;
  RpDate start;
  double t0, summary_ms, all_ms;

  rp_planner_fill (plan);
  n_weeks = rp_plan_get_n_weeks (plan);
  start = rp_plan_get_start (plan);
  /* A marathon season near the end, so the chart has its every part. */
  rp_plan_command_build_season (plan, NULL, start + 7 * (n_weeks - 30),
                                start + 7 * (n_weeks - 5) + 6, 42195, 40000, NULL);

  t0 = bench_now_s ();
  summary = rp_season_summary_new (plan);
  summary_ms = (bench_now_s () - t0) * 1000;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  n_steps = quick ? 52 : n_weeks - WINDOW_WEEKS + 1;
  frames = g_new (double, n_steps);
  for (guint i = 0; i < n_steps; i++)
    {
      RpDate from = start + 7 * i;
      cairo_t *cr = cairo_create (surface);

      t0 = bench_now_s ();
      rp_chart_season_draw_summary (cr, summary, RP_UNIT_KM, from, from + 7 * WINDOW_WEEKS - 1,
                                    WIDTH, HEIGHT, NULL);
      cairo_surface_flush (surface);
      frames[i] = (bench_now_s () - t0) * 1000;
      cairo_destroy (cr);
    }

  {
    cairo_t *cr = cairo_create (surface);

    t0 = bench_now_s ();
    rp_chart_season_draw_summary (cr, summary, RP_UNIT_KM, start, rp_plan_get_end (plan),
                                  WIDTH, HEIGHT, NULL);
    cairo_surface_flush (surface);
    all_ms = (bench_now_s () - t0) * 1000;
    cairo_destroy (cr);
  }
  cairo_surface_destroy (surface);

  printf ("season-summary-10y: %.2f ms (once per plan change, %u weeks)\n", summary_ms, n_weeks);
  printf ("season-frame-scrolled-10y: %.2f ms median of %u steps of a %u-week window, "
          "%ux%u (target < %.0f ms)\n",
          bench_median (frames, n_steps), n_steps, WINDOW_WEEKS, WIDTH, HEIGHT, TARGET_FRAME_MS);
  printf ("season-frame-all-10y: %.2f ms (all %u weeks in one frame)\n", all_ms, n_weeks);

  return 0;
}
