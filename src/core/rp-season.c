/* rp-season.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-season"

#include "config.h"

#include "rp-season.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-kind.h"

/* Race thresholds as the planner's post-race return reads them
 * (docs/planning-rules.md): 26.2 mi and 13.1 mi in whole metres. */
#define SEASON_MARATHON_M RP_RACE_MARATHON_MIN_M
#define SEASON_HALF_M     RP_RACE_HALF_MIN_M
/* The build stops rising at this share of the runner's volume now. */
#define SEASON_PEAK_PERCENT 150

static const char * const reason_names[] = {
  [RP_TARGET_REASON_NONE] = NULL,
  [RP_TARGET_REASON_BUILD] = "build",
  [RP_TARGET_REASON_DOWN] = "down",
  [RP_TARGET_REASON_TAPER] = "taper",
  [RP_TARGET_REASON_RACE_WEEK] = "race-week",
};

const char *
rp_target_reason_code_to_name (RpTargetReasonCode code)
{
  g_return_val_if_fail (code < G_N_ELEMENTS (reason_names), NULL);

  return reason_names[code];
}

gboolean
rp_target_reason_code_from_name (const char         *name,
                                 RpTargetReasonCode *out_code)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (reason_names); i++)
    {
      if (g_strcmp0 (reason_names[i], name) == 0)
        {
          *out_code = i;
          return TRUE;
        }
    }

  return FALSE;
}

const char *
rp_target_reason_figure_key (RpTargetReasonCode code)
{
  switch (code)
    {
    case RP_TARGET_REASON_BUILD:
    case RP_TARGET_REASON_DOWN:
      return "percent";
    case RP_TARGET_REASON_TAPER:
      return "weeks";
    case RP_TARGET_REASON_NONE:
    case RP_TARGET_REASON_RACE_WEEK:
    default:
      return NULL;
    }
}

char *
rp_target_reason_format (const RpTargetReason *reason)
{
  g_return_val_if_fail (reason != NULL, NULL);

  switch (reason->code)
    {
    case RP_TARGET_REASON_BUILD:
      if (reason->figure == 0)
        return g_strdup (_("Build: as last week"));
      /* Translators: a week's generated target, e.g. "Build: +10 %" */
      return g_strdup_printf (_("Build: +%u %%"), reason->figure);
    case RP_TARGET_REASON_DOWN:
      return g_strdup (_("Down week"));
    case RP_TARGET_REASON_TAPER:
      /* Translators: a week's generated target, e.g. "Taper: 2 weeks to the race" */
      return g_strdup_printf (ngettext ("Taper: %u week to the race",
                                        "Taper: %u weeks to the race",
                                        reason->figure),
                              reason->figure);
    case RP_TARGET_REASON_RACE_WEEK:
      return g_strdup (_("Race week"));
    case RP_TARGET_REASON_NONE:
    default:
      return NULL;
    }
}

guint
rp_season_get_taper (gint64        race_m,
                     const guint **out_percent)
{
  static const guint marathon[] = { 80, 65, 45 };
  static const guint half[] = { 80, 60 };
  static const guint shorter[] = { 75 };

  if (race_m >= SEASON_MARATHON_M)
    {
      *out_percent = marathon;
      return G_N_ELEMENTS (marathon);
    }
  if (race_m >= SEASON_HALF_M)
    {
      *out_percent = half;
      return G_N_ELEMENTS (half);
    }
  *out_percent = shorter;
  return G_N_ELEMENTS (shorter);
}

/* 0.1 of the runner's unit, so targets read well in it. */
static double
step_of (RpPlan *plan)
{
  return rp_athlete_get_unit (rp_plan_get_athlete (plan)) == RP_UNIT_MI
           ? RP_METRES_PER_MILE / 10.0 : 100.0;
}

static gint64
round_down_to_step (double metres,
                    double step)
{
  return llround (floor (metres / step + 1e-9) * step);
}

static gint64
round_to_step (double metres,
               double step)
{
  return llround (round (metres / step) * step);
}

/* The next build week on prev: up at most RP_SEASON_BUILD_PERCENT (on
 * exact integers, as the planner's ramp warning decides), to at most cap. */
static gint64
build_on (gint64  prev_m,
          gint64  cap_m,
          double  step,
          guint  *out_percent)
{
  gint64 next_m;

  if (prev_m <= 0)
    {
      *out_percent = 0;
      return cap_m;
    }

  next_m = round_down_to_step (prev_m * (100 + RP_SEASON_BUILD_PERCENT) / 100.0, step);
  while (next_m * 100 > prev_m * (100 + RP_SEASON_BUILD_PERCENT))
    next_m -= llround (step);
  next_m = MIN (next_m, cap_m);
  if (next_m < prev_m)
    next_m = MIN (prev_m, MAX (cap_m, next_m));

  /* Shown rounded: 48.4 → 53.2 km is "+10 %" (9.9 %), never above 10. */
  *out_percent = next_m > prev_m
    ? (guint) MIN (llround ((next_m - prev_m) * 100.0 / prev_m), RP_SEASON_BUILD_PERCENT) : 0;
  return next_m;
}

static gboolean
is_runners (RpPlan *plan,
            guint   week)
{
  return rp_plan_get_week_target_override (plan, week) != RP_PLAN_TARGET_DEFAULT &&
         rp_plan_get_week_target_reason (plan, week).code == RP_TARGET_REASON_NONE;
}

GArray *
rp_season_compute_targets (RpPlan *plan,
                           RpDate  first_week,
                           RpDate  race_date,
                           gint64  race_m,
                           gint64  volume_m)
{
  const guint *taper;
  guint n_taper = rp_season_get_taper (race_m, &taper);
  double step = step_of (plan);
  guint first, race_week, n;
  gint64 cap_m, prev_m, last_build_m, peak_m;
  GArray *targets;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (rp_plan_contains (plan, first_week), NULL);
  g_return_val_if_fail (rp_plan_contains (plan, race_date), NULL);
  g_return_val_if_fail (race_date >= first_week, NULL);

  first = rp_plan_get_week_index (plan, first_week);
  race_week = rp_plan_get_week_index (plan, race_date);
  n = race_week - first + 1;
  targets = g_array_sized_new (FALSE, TRUE, sizeof (RpSeasonTarget), n);
  g_array_set_size (targets, n);

  cap_m = MIN (MAX (round_down_to_step (volume_m * SEASON_PEAK_PERCENT / 100.0, step), volume_m),
               RP_MAX_VOLUME_M);
  prev_m = volume_m;
  last_build_m = volume_m;
  peak_m = volume_m;

  for (guint i = 0; i < n; i++)
    {
      RpSeasonTarget *t = &g_array_index (targets, RpSeasonTarget, i);
      guint week = first + i;
      guint to_race = n - 1 - i;   /* weeks to the race week */

      if (is_runners (plan, week))
        {
          t->target_m = rp_plan_get_week_target_override (plan, week);
          prev_m = t->target_m;
          if (to_race > n_taper)
            {
              last_build_m = t->target_m;
              peak_m = MAX (peak_m, t->target_m);
            }
          continue;
        }

      if (to_race == 0)
        {
          gint64 last_taper_m = n_taper > 0
            ? round_to_step (peak_m * taper[n_taper - 1] / 100.0, step) : peak_m;

          t->target_m = MIN (race_m + round_to_step (last_taper_m / 2.0, step), RP_MAX_VOLUME_M);
          t->reason.code = RP_TARGET_REASON_RACE_WEEK;
        }
      else if (to_race <= n_taper)
        {
          t->target_m = round_to_step (peak_m * taper[n_taper - to_race] / 100.0, step);
          t->reason.code = RP_TARGET_REASON_TAPER;
          t->reason.figure = to_race;
        }
      else if ((to_race - n_taper - 1) % 4 == 3 && i > 0)
        {
          /* Counted back from the taper, so that the week before it is
           * the peak, not a down week. */
          t->target_m = round_to_step (last_build_m * RP_SEASON_DOWN_PERCENT / 100.0, step);
          t->reason.code = RP_TARGET_REASON_DOWN;
          t->reason.figure = RP_SEASON_DOWN_PERCENT;
        }
      else
        {
          t->target_m = build_on (prev_m, cap_m, step, &t->reason.figure);
          t->reason.code = RP_TARGET_REASON_BUILD;
          last_build_m = t->target_m;
          peak_m = MAX (peak_m, t->target_m);
        }
      prev_m = t->target_m;
    }

  return targets;
}

RpSeasonSummary *
rp_season_summary_new (RpPlan *plan)
{
  RpSeasonSummary *summary;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);

  summary = g_new0 (RpSeasonSummary, 1);
  summary->start = rp_plan_get_start (plan);
  summary->n_weeks = rp_plan_get_n_weeks (plan);
  summary->weeks = g_new0 (RpSeasonWeek, summary->n_weeks);

  for (guint w = 0; w < summary->n_weeks; w++)
    {
      const RpWeekSummary *ws = rp_plan_get_week_summary (plan, w);
      RpSeasonWeek *sw = &summary->weeks[w];
      RpDate first = summary->start + 7 * w;
      double sum28 = 0;

      sw->volume_m = ws->volume_m;
      sw->target_m = ws->target_m;
      sw->load = ws->load;
      sw->acwr = ws->acwr;
      sw->warnings = ws->warnings;
      sw->reason = rp_plan_get_week_target_reason (plan, w);

      /* The 28 days to the week's end are its 4 weeks, as the planner's
       * ACWR reads them; none before the plan has 4 weeks. */
      if (w >= 3)
        {
          for (guint k = w - 3; k <= w; k++)
            sum28 += summary->weeks[k].load;
          sw->chronic = sum28 / 4.0;
        }

      for (RpDate d = first; d < first + 7 && !sw->race; d++)
        {
          guint n = rp_plan_get_n_workouts (plan, d);

          for (guint i = 0; i < n && !sw->race; i++)
            {
              RpWorkout *workout = rp_plan_get_workout (plan, d, i);

              sw->race = rp_workout_get_pinned (workout) &&
                         rp_workout_get_kind (workout) == RP_KIND_RACE;
            }
        }

      summary->max_volume_m = MAX (summary->max_volume_m, MAX (sw->volume_m, sw->target_m));
      summary->max_load = MAX (summary->max_load, MAX (sw->load, 1.3 * sw->chronic));
    }

  return summary;
}

void
rp_season_summary_free (RpSeasonSummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->weeks);
  g_free (summary);
}
