/* bench-util.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "bench-util.h"
#include "rp-date.h"

double
bench_now_s (void)
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

double
bench_median (double *samples,
              guint   n)
{
  qsort (samples, n, sizeof (double), compare_doubles);
  return n % 2 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

RpPlan *
bench_ten_year_plan (void)
{
  static const struct { RpKind kind; guint day; } hard[] = {
    { RP_KIND_INTERVALS, 1 }, { RP_KIND_TEMPO, 3 }, { RP_KIND_LONG, 6 },
  };
  RpDate start = rp_date_from_ymd (2026, 1, 5);
  RpPlan *plan = rp_plan_new (start, BENCH_PLAN_WEEKS);

  for (guint week = 0; week < BENCH_PLAN_WEEKS; week++)
    for (guint i = 0; i < G_N_ELEMENTS (hard); i++)
      {
        g_autoptr(RpWorkout) workout = rp_workout_new (hard[i].kind);

        rp_workout_set_pinned (workout, TRUE);
        rp_plan_insert_workout (plan, start + week * 7 + hard[i].day, G_MAXUINT, workout, NULL);
      }

  return plan;
}
