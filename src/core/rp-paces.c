/* rp-paces.c
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

#define G_LOG_DOMAIN "rp-paces"

#include "config.h"

#include "rp-paces.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-kind.h"

/* Daniels–Gilbert oxygen cost: VO2 = A + B·v + C·v², v in m/min. */
#define VO2_A (-4.60)
#define VO2_B 0.182258
#define VO2_C 0.000104

/* What counts as a plausible race (docs/cli.md, "paces"): the
 * equations were fitted to races between the mile and the ultra;
 * outside that, and outside the VDOTs of real runners, they say nothing
 * useful. */
#define MIN_RACE_M  800.0
#define MAX_RACE_M  200000.0
#define MIN_VDOT    15.0
#define MAX_VDOT    95.0

/* The races' distances are rp-kind's table. */
#define HALF_M      rp_race_exact_m (RP_RACE_HALF)
#define MARATHON_M  rp_race_exact_m (RP_RACE_MARATHON)

#define E_FAST_SHARE     0.73
#define E_SLOW_SHARE     0.63
#define T_SHARE          0.88
#define I_SPEED_SHARE    0.98
/* R is 6 s per 400 m faster than I, the relation Daniels' tables use
 * (issue 9): 15 s/km. 105 % of VDOT drifted from them at the ends (6 s/km
 * too fast at VDOT 30, 3–4 s/km too slow at 65–70). */
#define R_FASTER_THAN_I_S_PER_KM (6.0 * 1000.0 / 400.0)

double
rp_paces_oxygen_cost (double v_m_per_min)
{
  return VO2_A + VO2_B * v_m_per_min + VO2_C * v_m_per_min * v_m_per_min;
}

double
rp_paces_sustainable (double t_min)
{
  return 0.8
         + 0.1894393 * exp (-0.012778 * t_min)
         + 0.2989558 * exp (-0.1932605 * t_min);
}

static gboolean
is_plausible_vdot (double vdot)
{
  return isfinite (vdot) && vdot >= MIN_VDOT && vdot <= MAX_VDOT;
}

static gboolean
is_plausible_race (double distance_m,
                   double time_s)
{
  return isfinite (distance_m) && isfinite (time_s)
         && distance_m >= MIN_RACE_M && distance_m <= MAX_RACE_M
         && time_s > 0.0;
}

/* The VDOT formula without the plausibility checks, so the predictor can
 * evaluate it anywhere in its bracket. */
static double
vdot_of (double distance_m,
         double t_min)
{
  return rp_paces_oxygen_cost (distance_m / t_min) / rp_paces_sustainable (t_min);
}

double
rp_paces_vdot (double distance_m,
               double time_s)
{
  double vdot;

  if (!is_plausible_race (distance_m, time_s))
    return 0.0;

  vdot = vdot_of (distance_m, time_s / 60.0);

  return is_plausible_vdot (vdot) ? vdot : 0.0;
}

double
rp_paces_speed_for_vo2 (double vo2)
{
  double c = VO2_A - vo2;
  double disc;

  /* The positive root of C·v² + B·v + (A - vo2) = 0. */
  disc = VO2_B * VO2_B - 4.0 * VO2_C * c;
  if (!isfinite (vo2) || disc < 0.0)
    return 0.0;

  return (-VO2_B + sqrt (disc)) / (2.0 * VO2_C);
}

/* Time in minutes at which vdot_of (distance, t) = vdot. The sustainable
 * fraction lies in (0.8, 1.29), so running at the speed whose cost is
 * 1.3·vdot is surely too fast and at 0.8·vdot surely too slow: a bracket
 * that bisection narrows to well under a millisecond. */
static double
solve_race_time (double vdot,
                 double distance_m)
{
  double lo = distance_m / rp_paces_speed_for_vo2 (1.3 * vdot);
  double hi = distance_m / rp_paces_speed_for_vo2 (0.8 * vdot);

  for (guint i = 0; i < 200 && hi - lo > 1e-9; i++)
    {
      double mid = 0.5 * (lo + hi);

      if (vdot_of (distance_m, mid) > vdot)
        lo = mid;
      else
        hi = mid;
    }

  return 0.5 * (lo + hi);
}

double
rp_paces_predict (double vdot,
                  double distance_m)
{
  if (!is_plausible_vdot (vdot)
      || !isfinite (distance_m) || distance_m < MIN_RACE_M || distance_m > MAX_RACE_M)
    return 0.0;

  return 60.0 * solve_race_time (vdot, distance_m);
}

double
rp_paces_predict_riegel (double distance_m,
                         double time_s,
                         double to_distance_m)
{
  if (!is_plausible_race (distance_m, time_s)
      || !isfinite (to_distance_m) || to_distance_m < MIN_RACE_M || to_distance_m > MAX_RACE_M)
    return 0.0;

  return time_s * pow (to_distance_m / distance_m, 1.06);
}

/* Seconds per kilometre at speed v m/min. */
static double
pace_of_speed (double v_m_per_min)
{
  return v_m_per_min > 0.0 ? 60000.0 / v_m_per_min : 0.0;
}

static double
pace_at_share (double vdot,
               double share)
{
  return pace_of_speed (rp_paces_speed_for_vo2 (share * vdot));
}

void
rp_paces_from_vdot (double   vdot,
                    RpPaces *out)
{
  g_return_if_fail (out != NULL);

  *out = (RpPaces) { 0 };
  if (!is_plausible_vdot (vdot))
    return;

  out->vdot = vdot;
  out->easy_fast = pace_at_share (vdot, E_FAST_SHARE);
  out->easy_slow = pace_at_share (vdot, E_SLOW_SHARE);
  out->marathon = rp_paces_predict (vdot, MARATHON_M) / (MARATHON_M / 1000.0);
  out->threshold = pace_at_share (vdot, T_SHARE);
  out->interval = pace_of_speed (I_SPEED_SHARE * rp_paces_speed_for_vo2 (vdot));
  out->repetition = out->interval - R_FASTER_THAN_I_S_PER_KM;
  out->half = rp_paces_predict (vdot, HALF_M) / (HALF_M / 1000.0);
  /* A recovery run is never faster than the slow end of easy: below about
   * VDOT 50 the half-marathon rule alone would be quicker than that. */
  out->recovery = MAX (out->half + RP_RECOVERY_EXTRA_S_PER_KM, out->easy_slow);
  out->assumed = FALSE;
}

gboolean
rp_paces_from_race (double   distance_m,
                    double   time_s,
                    RpPaces *out)
{
  double vdot;

  g_return_val_if_fail (out != NULL, FALSE);

  vdot = rp_paces_vdot (distance_m, time_s);
  if (vdot == 0.0)
    return FALSE;

  rp_paces_from_vdot (vdot, out);
  return TRUE;
}

void
rp_paces_complete_typed (RpPaces *paces)
{
  g_return_if_fail (paces != NULL);

  if (!(paces->recovery > 0) && paces->half > 0)
    paces->recovery = paces->half + RP_RECOVERY_EXTRA_S_PER_KM;
  if (paces->recovery > 0 && paces->easy_slow > 0)
    paces->recovery = MAX (paces->recovery, paces->easy_slow);
}

double
rp_paces_implied_vdot (const RpPaces *paces)
{
  double vdot = 0;

  g_return_val_if_fail (paces != NULL, 0);

  if (paces->half > 0)
    vdot = rp_paces_vdot (HALF_M, paces->half * HALF_M / 1000.0);
  else if (paces->marathon > 0)
    vdot = rp_paces_vdot (MARATHON_M, paces->marathon * MARATHON_M / 1000.0);
  else if (paces->threshold > 0)
    vdot = rp_paces_oxygen_cost (60000.0 / paces->threshold) / T_SHARE;

  return is_plausible_vdot (vdot) ? vdot : 0;
}

char *
rp_paces_check_typed (const RpPaces *paces)
{
  g_return_val_if_fail (paces != NULL, NULL);

  if (paces->easy_fast > 0 && paces->easy_slow > 0 && paces->easy_fast > paces->easy_slow)
    /* Translators: paces in seconds per km */
    return g_strdup_printf (_("the fast end of easy (%.0f s/km) is slower than its slow end "
                              "(%.0f s/km)"), paces->easy_fast, paces->easy_slow);
  if (paces->recovery > 0 && paces->easy_slow > 0 && paces->recovery < paces->easy_slow)
    /* Translators: paces in seconds per km */
    return g_strdup_printf (_("a recovery pace of %.0f s/km is faster than the slow end of "
                              "easy (%.0f s/km): recovery is never faster than easy"),
                            paces->recovery, paces->easy_slow);

  return NULL;
}

double
rp_paces_for_zone (const RpPaces *paces,
                   RpZone         zone,
                   double         race_pace)
{
  g_return_val_if_fail (paces != NULL, 0.0);

  switch (zone)
    {
    case RP_ZONE_EASY_MID:
      /* The middle in time per km, which is what a runner reads on a watch. */
      if (paces->easy_fast <= 0.0 || paces->easy_slow <= 0.0)
        return 0.0;
      return 0.5 * (paces->easy_fast + paces->easy_slow);
    case RP_ZONE_EASY_SLOW:
      return paces->easy_slow;
    case RP_ZONE_MARATHON:
      return paces->marathon;
    case RP_ZONE_THRESHOLD:
      return paces->threshold;
    case RP_ZONE_INTERVAL:
      return paces->interval;
    case RP_ZONE_REPETITION:
      return paces->repetition;
    case RP_ZONE_RACE:
      return isfinite (race_pace) && race_pace > 0.0 ? race_pace : 0.0;
    case RP_ZONE_RECOVERY:
      return paces->recovery;
    case RP_ZONE_NONE:
    default:
      return 0.0;
    }
}
