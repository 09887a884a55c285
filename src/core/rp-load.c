/* rp-load.c
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

#define G_LOG_DOMAIN "rp-load"

#include "config.h"

#include "rp-load.h"

#include <math.h>

double
rp_load_session (int    rpe,
                 gint64 duration_s)
{
  if (rpe <= 0 || duration_s <= 0)
    return 0.0;

  return rpe * (duration_s / 60.0);
}

static double
sum_of (const double *daily,
        guint         n)
{
  double sum = 0.0;

  for (guint i = 0; i < n; i++)
    sum += daily[i];

  return sum;
}

double
rp_load_monotony (const double *daily,
                  guint         n)
{
  double mean;
  double var = 0.0;
  double sd;

  g_return_val_if_fail (daily != NULL || n == 0, 0.0);

  if (n == 0)
    return 0.0;

  mean = sum_of (daily, n) / n;
  for (guint i = 0; i < n; i++)
    var += (daily[i] - mean) * (daily[i] - mean);
  sd = sqrt (var / n);

  /* Seven equal loads can leave a rounding residue in the deviation
   * (3 × 0.1 ÷ 3 is not 0.1); that is no variation, and dividing by it
   * would report an absurd monotony. */
  if (!(sd > 1e-9 * MAX (fabs (mean), 1.0)))
    return 0.0;

  return mean / sd;
}

double
rp_load_strain (const double *daily,
                guint         n)
{
  g_return_val_if_fail (daily != NULL || n == 0, 0.0);

  return sum_of (daily, n) * rp_load_monotony (daily, n);
}

double
rp_load_low_intensity_share (double hard_s,
                             double total_s)
{
  if (!(total_s > 0.0))
    return 1.0;

  return CLAMP (1.0 - hard_s / total_s, 0.0, 1.0);
}

double
rp_load_ramp (gint64 volume_m,
              gint64 previous_m)
{
  if (previous_m <= 0)
    return 0.0;

  return (double) volume_m / (double) previous_m - 1.0;
}

/* Both arguments are sums of session load over their window; the chronic
 * load is the weekly average of its 28 days, hence the ÷ 4. */
double
rp_load_acwr (double acute_7d,
              double chronic_28d)
{
  if (!(chronic_28d > 0.0) || !(acute_7d >= 0.0))
    return 0.0;

  return acute_7d / (chronic_28d / 4.0);
}
