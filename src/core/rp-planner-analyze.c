/* rp-planner-analyze.c
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

#define G_LOG_DOMAIN "rp-planner"

#include "config.h"

#include "rp-planner-private.h"

#include <math.h>
#include <string.h>

#include "rp-load.h"

/* What the engine computes without changing a workout: each week's
 * summary (volume, time, load, monotony, strain, shares, ACWR) and the
 * day and week warnings of docs/planning-rules.md. */

/* The thresholds of rp-thresholds.h (docs/planning-rules.md, "Warnings"). */
#define RAMP_PCT                RP_THRESHOLD_RAMP_PCT
#define RAMP_STRONG_PCT         RP_THRESHOLD_RAMP_STRONG_PCT
#define ACWR_HIGH_TENTHS        RP_THRESHOLD_ACWR_HIGH_TENTHS
#define ACWR_VERY_HIGH_TENTHS   RP_THRESHOLD_ACWR_VERY_HIGH_TENTHS
#define ACUTE_DAYS              RP_THRESHOLD_ACWR_ACUTE_DAYS

/* What the analysis needs of one day, over every workout. */
typedef struct
{
  gint64   rpe_s;      /* session load × 60: RPE × seconds, exact */
  gint64   run_s;
  gint64   cross_s;    /* cross-training and walks: low-intensity time */
  gint64   hard_cs;    /* running seconds × hard share in percent */
  gint64   tempo_cm;   /* tempo metres × its hard share in percent */
  gint64   run_m;
  gint64   long_m;
  gint64   race_m;
  gboolean hard;
} DayStats;

/* A kind's hard share as a whole percentage (the table's are). */
static gint64
hard_percent (const RpKindInfo *info)
{
  return llround (info->hard_share * 100.0);
}

/* Adds one workout's figures to its day. */
static void
add_stats (Ctx       *ctx,
           RpWorkout *workout,
           gint64     target_m,
           DayStats  *stats)
{
  RpKind kind = rp_workout_get_kind (workout);
  const RpKindInfo *info = rp_kind_get_info (kind);
  Size size;

  _rp_planner_workout_size (ctx, workout, target_m, &size);

  /* Load is kept as an exact integer (RPE × seconds) so that sums over
   * any window give the same figure however they are formed. */
  if (size.duration_s > 0)
    stats->rpe_s += info->rpe * size.duration_s;
  if (rp_kind_is_hard (kind) && rp_workout_get_pinned (workout))
    stats->hard = TRUE;
  if (kind == RP_KIND_RACE)
    stats->race_m = MAX (stats->race_m, MAX (size.distance_m, 1));
  /* Cross-training and walks are low-intensity time (issue 9): a spin in
   * place of a recovery run counts as the easy time it is. */
  if ((kind == RP_KIND_CROSS_TRAINING || kind == RP_KIND_WALK) && size.duration_s > 0)
    stats->cross_s += size.duration_s;
  if (!rp_kind_is_running (kind))
    return;

  if (size.distance_m > 0)
    stats->run_m += size.distance_m;
  if (size.duration_s > 0)
    {
      stats->run_s += size.duration_s;
      /* The hard part of a session is its work, not its warm-up and
       * cool-down at E (issue 9). */
      stats->hard_cs += size.work_s * 100;
    }
  if (kind == RP_KIND_LONG)
    stats->long_m = MAX (stats->long_m, size.distance_m);
  /* The rules count tempo runs only ("tempo distance × its hard share"). */
  if (kind == RP_KIND_TEMPO && size.distance_m > 0)
    stats->tempo_cm += size.distance_m * hard_percent (info);
}

static void
day_stats (Ctx      *ctx,
           RpDate    date,
           DayStats *stats)
{
  guint n = rp_plan_get_n_workouts (ctx->plan, date);
  gint64 target_m = n > 0 ? _rp_planner_week_target (ctx, date) : 0;

  memset (stats, 0, sizeof *stats);
  for (guint i = 0; i < n; i++)
    add_stats (ctx, rp_plan_get_workout (ctx->plan, date, i), target_m, stats);
}

/* Session load (RPE × minutes) from the exact RPE × seconds. */
static double
load_of (gint64 rpe_s)
{
  return rpe_s / 60.0;
}

/* A week's figures as exact integers, for the warnings' thresholds. */
typedef struct
{
  gint64 volume_m;
  gint64 target_m;
  gint64 previous_m;  /* the previous week's volume; 0: none */
  gint64 long_m;
  gint64 run_s;
  gint64 train_s;     /* running, cross-training and walks */
  gint64 replaced_m;  /* recovery runs replaced by cross-training or walks */
  gint64 hard_cs;
  gint64 tempo_cm;
  guint  acwr_mask;   /* acwr-high or acwr-very-high */
  gboolean race;      /* the week holds a race */
} WeekFigures;

/* The largest acute:chronic ratio of the week's days that have 28 days of
 * plan before them (0 when none), and the ACWR warning of the week in
 * mask. cumulative[i] is the load of the days before a + i. */
static double
week_acwr (Ctx          *ctx,
           const gint64 *cumulative,
           RpDate        a,
           RpDate        first,
           RpDate       *max_date,
           guint        *mask)
{
  double max = 0;
  gboolean high = FALSE, very_high = FALSE;

  *max_date = 0;

  for (RpDate d = first; d < first + 7; d++)
    {
      guint i = d - a + 1;
      gint64 acute, chronic;
      double ratio;

      if (d - ctx->start < ACWR_HISTORY_DAYS)
        continue;
      acute = cumulative[i] - cumulative[i - ACUTE_DAYS];
      chronic = cumulative[i] - cumulative[i - ACWR_HISTORY_DAYS];
      ratio = rp_load_acwr (load_of (acute), load_of (chronic));
      /* The warning names the day, so the 7 and 28 days it compares. */
      if (ratio > max)
        {
          max = ratio;
          *max_date = d;
        }
      /* acute ÷ (chronic ÷ 4) > n ÷ 10, on the exact integer loads
       * (4: the weeks in ACWR_HISTORY_DAYS). */
      if (chronic > 0)
        {
          gint64 weeks = ACWR_HISTORY_DAYS / ACUTE_DAYS;

          high |= 10 * weeks * acute > ACWR_HIGH_TENTHS * chronic;
          very_high |= 10 * weeks * acute > ACWR_VERY_HIGH_TENTHS * chronic;
        }
    }

  *mask = 0;
  if (very_high)
    *mask = RP_WARNING_BIT (RP_WARNING_ACWR_VERY_HIGH);
  else if (high)
    *mask = RP_WARNING_BIT (RP_WARNING_ACWR_HIGH);

  return max;
}

double
_rp_planner_target_tolerance (Ctx    *ctx,
                              gint64  target_m)
{
  return MAX (ctx->unit_m / 2.0, target_m * TARGET_TOLERANCE_PCT / 100.0);
}

/* Met within max(0.5 unit, 3 % of the target), whatever the week holds:
 * the gap warns only when it is over both. */
gboolean
_rp_planner_target_met (Ctx    *ctx,
                        gint64  volume_m,
                        gint64  target_m)
{
  gint64 gap = ABS (volume_m - target_m);

  return 2.0 * gap <= ctx->unit_m || gap * 100 <= TARGET_TOLERANCE_PCT * target_m;
}

/* part × 100 > percent × whole: "more than percent % of whole". */
static gboolean
above_percent (gint64 part,
               gint64 whole,
               gint64 percent)
{
  return part * 100 > percent * whole;
}

/* Only the stronger of each pair is given. */
static guint
week_warnings (Ctx               *ctx,
               const WeekFigures *week)
{
  guint mask = week->acwr_mask;
  gint64 long_pct;

  /* Low intensity under 80 % of the running time: hard time (hard_cs is
   * seconds × percent) over 20 %. A race week is exempt from this and
   * from the threshold share (issue 9): the race is the point of it. */
  if (week->run_s > 0 && !week->race
      && week->hard_cs > (100 - LOW_INTENSITY_MIN_PCT) * week->train_s)
    mask |= RP_WARNING_BIT (RP_WARNING_LOW_INTENSITY_SHARE);

  if (week->previous_m > 0)
    {
      if (above_percent (week->volume_m - week->previous_m, week->previous_m, RAMP_STRONG_PCT))
        mask |= RP_WARNING_BIT (RP_WARNING_VOLUME_RAMP_STRONG);
      else if (above_percent (week->volume_m - week->previous_m, week->previous_m, RAMP_PCT))
        mask |= RP_WARNING_BIT (RP_WARNING_VOLUME_RAMP);
    }

  /* The shares of the week's volume count the recovery runs that
   * cross-training or walks replace as run (issue 9). */
  long_pct = week->volume_m > BIG_WEEK_M ? LONG_SHARE_BIG_WEEK_PCT : LONG_SHARE_PCT;
  if (week->volume_m > 0
      && above_percent (week->long_m, week->volume_m + week->replaced_m, long_pct))
    mask |= RP_WARNING_BIT (RP_WARNING_LONG_RUN_SHARE);

  /* tempo_cm is metres × percent: compare with the volume × 100. */
  if (week->volume_m > 0 && !week->race
      && week->tempo_cm > THRESHOLD_SHARE_PCT * (week->volume_m + week->replaced_m))
    mask |= RP_WARNING_BIT (RP_WARNING_THRESHOLD_SHARE);

  if (!_rp_planner_target_met (ctx, week->volume_m, week->target_m))
    mask |= RP_WARNING_BIT (RP_WARNING_VOLUME_TARGET_UNREACHABLE);

  return mask;
}

/* The week a ramp compares with: the previous one, but after a race the
 * last week before it while the previous week is the race's week or one
 * of its weeks of reduced target (issue 9), so the plan's own comeback
 * (50, 70, 85 %) never reads as a ramp. Of several races, the earliest
 * whose comeback reaches the previous week. Returns -1 for none (the
 * plan's first week, or a race in it). */
static int
ramp_reference (Ctx      *ctx,
                guint     week,
                gboolean *before_race)
{
  *before_race = FALSE;
  if (week == 0)
    return -1;

  for (guint back = 4; back >= 1; back--)
    {
      const guint *share;
      guint race_week;

      if (back > week)
        continue;
      race_week = week - back;
      /* The previous week is back − 1 weeks after the race's week. */
      if (_rp_planner_comeback_weeks (_rp_planner_week_race_m (ctx, race_week), &share) >= back - 1
          && _rp_planner_week_race_m (ctx, race_week) > 0)
        {
          *before_race = TRUE;
          return (int) race_week - 1;
        }
    }

  return (int) week - 1;
}

/* The running volume of a week, for a ramp reference beyond the days at
 * hand. */
static gint64
week_volume (Ctx   *ctx,
             guint  week)
{
  RpDate first = ctx->start + 7 * week;
  gint64 volume_m = 0;

  for (RpDate d = first; d < first + 7; d++)
    {
      DayStats stats;

      day_stats (ctx, d, &stats);
      volume_m += stats.run_m;
    }

  return volume_m;
}

static gboolean
summary_equal (const RpWeekSummary *a,
               const RpWeekSummary *b)
{
  return a->volume_m == b->volume_m
      && a->target_m == b->target_m
      && a->duration_s == b->duration_s
      && a->low_intensity_share == b->low_intensity_share
      && a->load == b->load
      && a->monotony == b->monotony
      && a->strain == b->strain
      && a->ramp == b->ramp
      && a->ramp_before_race == b->ramp_before_race
      && a->long_share == b->long_share
      && a->threshold_share == b->threshold_share
      && a->acwr == b->acwr
      && a->acwr_date == b->acwr_date
      && a->warnings == b->warnings;
}

/* Day warnings of one week; returns their union. */
static guint
day_warnings (Ctx            *ctx,
              const DayStats *stats,
              const guint8   *post_race,
              RpDate          a,
              RpDate          first)
{
  guint all = 0;

  for (RpDate d = first; d < first + 7; d++)
    {
      const DayStats *day = &stats[d - a];
      guint mask = 0;

      /* After a race, post-race-hard says it: a race followed by a long
       * run gives one warning, not two (issue 9). */
      if (day->hard && d > a && stats[d - a - 1].hard && stats[d - a - 1].race_m <= 0)
        mask |= RP_WARNING_BIT (RP_WARNING_BACK_TO_BACK_HARD);
      if (day->hard && post_race[d - a])
        mask |= RP_WARNING_BIT (RP_WARNING_POST_RACE_HARD);

      if (rp_plan_get_day_warnings (ctx->plan, d) != mask)
        rp_plan_set_day_warnings (ctx->plan, d, mask);
      all |= mask;
    }

  return all;
}

static void
summarize_week (Ctx            *ctx,
                const DayStats *stats,
                const gint64   *cumulative,
                RpDate          a,
                guint           week,
                guint           day_mask)
{
  RpDate first = ctx->start + 7 * week;
  const DayStats *days = &stats[first - a];
  const RpWeekSummary *old;
  RpWeekSummary summary = { 0 };
  WeekFigures figures = { 0 };
  double daily[7];
  gint64 rpe_s = 0;
  int reference;

  for (guint i = 0; i < 7; i++)
    {
      daily[i] = load_of (days[i].rpe_s);
      figures.volume_m += days[i].run_m;
      rpe_s += days[i].rpe_s;
      figures.run_s += days[i].run_s;
      figures.train_s += days[i].run_s + days[i].cross_s;
      figures.hard_cs += days[i].hard_cs;
      figures.tempo_cm += days[i].tempo_cm;
      figures.long_m = MAX (figures.long_m, days[i].long_m);
      figures.race |= days[i].race_m > 0;
    }
  reference = ramp_reference (ctx, week, &summary.ramp_before_race);
  if (reference >= 0 && (guint) reference + 1 == week)
    for (guint i = 0; i < 7; i++)
      figures.previous_m += days[(int) i - 7].run_m;
  else if (reference >= 0)
    figures.previous_m = week_volume (ctx, reference);
  figures.target_m = _rp_planner_week_run_target (ctx, week, &figures.replaced_m);

  summary.volume_m = figures.volume_m;
  summary.target_m = figures.target_m;
  summary.load = load_of (rpe_s);
  summary.duration_s = figures.run_s;
  summary.low_intensity_share = figures.run_s > 0
                                ? rp_load_low_intensity_share (figures.hard_cs / 100.0,
                                                               figures.train_s)
                                : 1.0;
  summary.monotony = rp_load_monotony (daily, 7);
  summary.strain = rp_load_strain (daily, 7);
  /* No ramp for the plan's first week, nor after a week of 0 km. */
  if (figures.previous_m > 0)
    summary.ramp = rp_load_ramp (figures.volume_m, figures.previous_m);
  if (figures.volume_m > 0)
    {
      summary.long_share = (double) figures.long_m / (figures.volume_m + figures.replaced_m);
      summary.threshold_share = figures.tempo_cm / 100.0
                                / (figures.volume_m + figures.replaced_m);
    }
  summary.acwr = week_acwr (ctx, cumulative, a, first, &summary.acwr_date, &figures.acwr_mask);
  /* Coming back after a race, the chronic load holds the weeks of reduced
   * target the engine planned: the ratio then flags the plan's own return
   * to its target. The ramp against the last week before the race is the
   * check that stays (issue 9). */
  if (summary.ramp_before_race)
    figures.acwr_mask = 0;
  summary.warnings = week_warnings (ctx, &figures) | day_mask;

  old = rp_plan_get_week_summary (ctx->plan, week);
  if (old == NULL || !summary_equal (old, &summary))
    rp_plan_set_week_summary (ctx->plan, week, &summary);
}

/* Recomputes the summaries and day warnings of weeks [first, last]. */
void
_rp_planner_analyze_range (Ctx   *ctx,
                           guint  first,
                           guint  last)
{
  RpDate from = ctx->start + 7 * first;
  RpDate a = from - ctx->start > LOOKBACK_DAYS ? from - LOOKBACK_DAYS : ctx->start;
  RpDate b = ctx->start + 7 * (last + 1) - 1;
  guint n_days = b - a + 1;
  DayStats stack_stats[STACK_DAYS];
  guint8 stack_post_race[STACK_DAYS];
  gint64 stack_cumulative[STACK_DAYS + 1];
  g_autofree DayStats *heap_stats = NULL;
  g_autofree guint8 *heap_post_race = NULL;
  g_autofree gint64 *heap_cumulative = NULL;
  DayStats *stats = stack_stats;
  guint8 *post_race = stack_post_race;
  gint64 *cumulative = stack_cumulative;

  if (n_days > STACK_DAYS)
    {
      stats = heap_stats = g_new (DayStats, n_days);
      post_race = heap_post_race = g_new (guint8, n_days);
      cumulative = heap_cumulative = g_new (gint64, n_days + 1);
    }
  memset (post_race, 0, n_days);

  cumulative[0] = 0;
  for (guint i = 0; i < n_days; i++)
    {
      day_stats (ctx, a + i, &stats[i]);
      cumulative[i + 1] = cumulative[i] + stats[i].rpe_s;
    }

  for (guint i = 0; i < n_days; i++)
    {
      guint window;

      if (stats[i].race_m <= 0)
        continue;
      window = _rp_planner_race_window_days (stats[i].race_m);
      for (guint j = i + 1; j < n_days && j <= i + window; j++)
        post_race[j] = 1;
    }

  for (guint week = first; week <= last; week++)
    {
      guint day_mask = day_warnings (ctx, stats, post_race, a, ctx->start + 7 * week);

      summarize_week (ctx, stats, cumulative, a, week, day_mask);
    }
}

/* RpPlan drops the derived week summaries when it grows; a caller that
 * grew it and fills the new weeks gets the old ones analysed again here.
 * A summary whose target is not the week's was never computed (or the
 * target changed since). */
void
_rp_planner_analyze_stale_weeks (Ctx *ctx)
{
  guint week = 0;

  while (week < ctx->n_weeks)
    {
      guint first;

      if (rp_plan_get_week_summary (ctx->plan, week)->target_m
          == _rp_planner_week_run_target (ctx, week, NULL))
        {
          week++;
          continue;
        }

      first = week;
      while (week < ctx->n_weeks
             && rp_plan_get_week_summary (ctx->plan, week)->target_m
                != _rp_planner_week_run_target (ctx, week, NULL))
        week++;
      _rp_planner_analyze_range (ctx, first, week - 1);
    }
}
