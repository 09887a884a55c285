/* test-load.c
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

#include "config.h"

#include <math.h>

#include "rp-load.h"

#define EPS 1e-9

typedef struct
{
  int    rpe;
  gint64 duration_s;
  double load;
} SessionCase;

static const SessionCase session_cases[] = {
  { 3, 3600, 180 },       /* easy hour */
  { 8, 45 * 60, 360 },    /* intervals */
  { 10, 90, 15 },         /* a minute and a half all out */
  { 5, 1, 5.0 / 60 },     /* partial minutes count */
  { 0, 3600, 0 },         /* rest */
  { -1, 3600, 0 },
  { 5, 0, 0 },
  { 5, -600, 0 },
};

static void
test_session (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (session_cases); i++)
    {
      const SessionCase *c = &session_cases[i];

      g_assert_cmpfloat_with_epsilon (rp_load_session (c->rpe, c->duration_s), c->load, EPS);
    }
}

typedef struct
{
  const char *name;
  double      daily[7];
  double      monotony;
  double      strain;
} WeekCase;

/* Monotony = mean ÷ population standard deviation; strain = weekly load ×
 * monotony. Worked by hand. */
static const WeekCase week_cases[] = {
  /* mean 100, deviations of 100 on 4 days and 0 on 3: sd = sqrt(40000/7). */
  { "mixed", { 0, 200, 100, 0, 200, 100, 100 }, 100 / 75.592894601845, 700 * 100 / 75.592894601845 },
  /* mean 2, deviations 2 on 6 days and 12 on one: sd = sqrt(168/7). */
  { "one-hard-day", { 0, 0, 0, 0, 0, 0, 14 }, 2 / 4.898979485566, 14 * 2 / 4.898979485566 },
  /* No deviation: no monotony, no strain (never a division by zero). */
  { "flat", { 300, 300, 300, 300, 300, 300, 300 }, 0, 0 },
  /* Equal values whose mean does not come out exact in binary. */
  { "flat-inexact", { 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1 }, 0, 0 },
  { "all-rest", { 0, 0, 0, 0, 0, 0, 0 }, 0, 0 },
};

static void
test_monotony_strain (gconstpointer data)
{
  const WeekCase *c = data;
  double monotony = rp_load_monotony (c->daily, 7);

  g_assert_true (isfinite (monotony));
  g_assert_cmpfloat_with_epsilon (monotony, c->monotony, 1e-9);
  g_assert_cmpfloat_with_epsilon (rp_load_strain (c->daily, 7), c->strain, 1e-6);
}

static void
test_monotony_edges (void)
{
  double one[] = { 42 };

  g_assert_cmpfloat (rp_load_monotony (NULL, 0), ==, 0);
  g_assert_cmpfloat (rp_load_strain (NULL, 0), ==, 0);
  g_assert_cmpfloat (rp_load_monotony (one, 1), ==, 0);

  /* Monotony depends on the shape only, not on the scale; strain does. */
  {
    double a[] = { 100, 0, 300, 0, 200, 0, 400 };
    double b[7];

    for (guint i = 0; i < 7; i++)
      b[i] = 3 * a[i];
    g_assert_cmpfloat_with_epsilon (rp_load_monotony (a, 7), rp_load_monotony (b, 7), EPS);
    g_assert_cmpfloat_with_epsilon (3 * rp_load_strain (a, 7), rp_load_strain (b, 7), 1e-6);
  }

  /* A week with more variation is less monotonous. */
  {
    double even[] = { 100, 80, 120, 100, 90, 110, 100 };
    double hard_easy[] = { 0, 200, 20, 200, 20, 200, 60 };

    g_assert_cmpfloat (rp_load_monotony (even, 7), >, rp_load_monotony (hard_easy, 7));
  }
}

typedef struct
{
  double hard_s;
  double total_s;
  double share;
} ShareCase;

static const ShareCase share_cases[] = {
  { 0, 3600, 1 },
  { 720, 3600, 0.8 },      /* exactly the 80 % line */
  { 1800, 3600, 0.5 },
  { 3600, 3600, 0 },
  { 0, 0, 1 },             /* no running: nothing hard */
  { 100, 0, 1 },
  { 5000, 3600, 0 },       /* clamped, never negative */
};

static void
test_low_intensity_share (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (share_cases); i++)
    {
      const ShareCase *c = &share_cases[i];

      g_assert_cmpfloat_with_epsilon (rp_load_low_intensity_share (c->hard_s, c->total_s),
                                      c->share, EPS);
    }
}

typedef struct
{
  gint64 volume_m;
  gint64 previous_m;
  double ramp;
} RampCase;

static const RampCase ramp_cases[] = {
  { 44000, 40000, 0.10 },
  { 52000, 40000, 0.30 },
  { 36000, 40000, -0.10 },
  { 40000, 40000, 0 },
  { 0, 40000, -1 },
  { 40000, 0, 0 },          /* after a week of 0 km: no ramp */
  { 40000, -5, 0 },
};

static void
test_ramp (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (ramp_cases); i++)
    {
      const RampCase *c = &ramp_cases[i];

      g_assert_cmpfloat_with_epsilon (rp_load_ramp (c->volume_m, c->previous_m), c->ramp, EPS);
    }
}

/* chronic_28d is the load of the last 28 days; the ratio compares the last
 * week with the average week of those four. */
typedef struct
{
  double acute;
  double chronic_28d;
  double acwr;
} AcwrCase;

static const AcwrCase acwr_cases[] = {
  { 1000, 4000, 1.0 },      /* steady */
  { 1300, 4000, 1.3 },      /* the acwr-high line */
  { 1500, 4000, 1.5 },      /* the acwr-very-high line */
  { 2000, 5600, 2000 / 1400.0 },
  { 0, 4000, 0 },
  { 1000, 0, 0 },           /* no history: no ratio */
  { 1000, -10, 0 },
  { NAN, 4000, 0 },
};

static void
test_acwr (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (acwr_cases); i++)
    {
      const AcwrCase *c = &acwr_cases[i];

      g_assert_cmpfloat_with_epsilon (rp_load_acwr (c->acute, c->chronic_28d), c->acwr, EPS);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/load/session", test_session);
  for (guint i = 0; i < G_N_ELEMENTS (week_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/load/monotony/%s", week_cases[i].name);

      g_test_add_data_func (path, &week_cases[i], test_monotony_strain);
    }
  g_test_add_func ("/load/monotony/edges", test_monotony_edges);
  g_test_add_func ("/load/low-intensity-share", test_low_intensity_share);
  g_test_add_func ("/load/ramp", test_ramp);
  g_test_add_func ("/load/acwr", test_acwr);

  return g_test_run ();
}
