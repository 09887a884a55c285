/* rp-planner-size.c
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
#include "rp-parse.h"
#include "rp-steps.h"

#include <math.h>
#include <string.h>

/* The engine's context (the athlete's settings and paces, read once per
 * operation) and the sizes of workouts: each one's distance and duration,
 * converted through its kind's pace where only one is known. */

/* docs/planning-rules.md, the kinds table and "Easy runs and rest days". */
#define LONG_DEFAULT_PERCENT    25     /* a long run without a size */
#define RECOVERY_PERCENT        8      /* of the week's target */
/* A recovery run stays "relatively short" in a small week too: at most
 * 15 % of the target, never under 2 km (1.5 mi in a miles plan). */
#define RECOVERY_MAX_PERCENT    15
#define RECOVERY_FLOOR_KM_M     2000
#define RECOVERY_FLOOR_MI       1.5
#define MIN_EASY_KM_M           5000
#define MIN_EASY_MI             3.0    /* miles */

/* Paces for conversions when the runner's (typed) paces lack a zone. */
static const RpPaces *
assumed_paces (void)
{
  static RpPaces paces;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      rp_paces_from_vdot (RP_ASSUMED_VDOT, &paces);
      paces.assumed = TRUE;
      g_once_init_leave (&initialized, 1);
    }

  return &paces;
}

void
_rp_planner_ctx_init (Ctx    *ctx,
                      RpPlan *plan)
{
  const RpPaces *fallback = assumed_paces ();

  memset (ctx, 0, sizeof *ctx);
  ctx->plan = plan;
  ctx->athlete = rp_plan_get_athlete (plan);
  ctx->start = rp_plan_get_start (plan);
  ctx->n_weeks = rp_plan_get_n_weeks (plan);
  ctx->end = ctx->start + 7 * ctx->n_weeks - 1;
  ctx->unit = rp_athlete_get_unit (ctx->athlete);
  ctx->unit_m = ctx->unit == RP_UNIT_MI ? RP_METRES_PER_MILE : 1000.0;
  ctx->goal = rp_athlete_get_goal (ctx->athlete);
  ctx->goal_m = rp_race_distance_m (ctx->goal);
  ctx->rest_mask = rp_athlete_get_rest_days (ctx->athlete);
  ctx->preference = rp_athlete_get_recovery_preference (ctx->athlete);
  ctx->min_easy_m = rp_athlete_get_min_easy_m (ctx->athlete);

  ctx->paces = rp_athlete_get_paces (ctx->athlete);
  ctx->vdot = ctx->paces->vdot > 0 ? ctx->paces->vdot : RP_ASSUMED_VDOT;
  /* Typed paces carry no VDOT: race predictions and the zones the runner
   * left empty come from the VDOT they imply, not from VDOT 40 (issue 9). */
  if (!(ctx->paces->vdot > 0) && !ctx->paces->assumed)
    {
      double implied = rp_paces_implied_vdot (ctx->paces);

      if (implied > 0)
        {
          rp_paces_from_vdot (implied, &ctx->implied_paces);
          fallback = &ctx->implied_paces;
          ctx->vdot = implied;
        }
    }
  for (guint z = 0; z < N_ZONES; z++)
    {
      if (z == RP_ZONE_NONE || z == RP_ZONE_RACE)
        continue;
      ctx->zone_pace[z] = rp_paces_for_zone (ctx->paces, z, 0);
      if (!(ctx->zone_pace[z] > 0))
        ctx->zone_pace[z] = rp_paces_for_zone (fallback, z, 0);
    }
}

/* Predicted race pace (s/km) over distance_m at the runner's VDOT. */
double
_rp_planner_race_pace (Ctx    *ctx,
                       gint64  distance_m)
{
  double pace;
  guint slot;

  if (distance_m <= 0)
    return 0;

  for (guint i = 0; i < RACE_CACHE_SIZE; i++)
    if (ctx->race_cache_m[i] == distance_m)
      return ctx->race_cache_pace[i];

  pace = rp_paces_predict (ctx->vdot, distance_m) / (distance_m / 1000.0);
  slot = ctx->race_cache_next++ % RACE_CACHE_SIZE;
  ctx->race_cache_m[slot] = distance_m;
  ctx->race_cache_pace[slot] = pace;

  return pace;
}

/* The distance of the race predicted to last duration_s at the runner's
 * VDOT: the Daniels–Gilbert equation solved for the speed at that time,
 * VO2(v) = VDOT · F(t). A race given only a time is this race. */
static gint64
race_distance_for (Ctx    *ctx,
                   gint64  duration_s)
{
  double t_min = duration_s / 60.0;
  double v;

  if (duration_s <= 0)
    return 0;

  v = rp_paces_speed_for_vo2 (ctx->vdot * rp_paces_sustainable (t_min));
  if (!(v > 0))
    return -1;

  return llround (v * t_min);
}

/* After a race the plan comes back gradually (issue 9): the weeks after
 * the race's week get a share of their target. A race of at least a
 * marathon (26.2 mi, 42 165 m, the shortest way it is written) 50, 70 and
 * 85 %; of at least a half (13.1 mi, 21 082 m) 70 and 90 %; a shorter one
 * 85 % for one week. */
#define COMEBACK_MARATHON_M     RP_RACE_MARATHON_MIN_M
#define COMEBACK_HALF_M         RP_RACE_HALF_MIN_M
#define COMEBACK_MAX_WEEKS      3

guint
_rp_planner_comeback_weeks (gint64        race_m,
                            const guint **out_percent)
{
  static const guint marathon[] = { 50, 70, 85 };
  static const guint half[] = { 70, 90 };
  static const guint shorter[] = { 85 };

  if (race_m >= COMEBACK_MARATHON_M)
    {
      *out_percent = marathon;
      return G_N_ELEMENTS (marathon);
    }
  if (race_m >= COMEBACK_HALF_M)
    {
      *out_percent = half;
      return G_N_ELEMENTS (half);
    }
  *out_percent = shorter;
  return race_m > 0 ? G_N_ELEMENTS (shorter) : 0;
}

RpDate
_rp_planner_comeback_end (Ctx    *ctx,
                          RpDate  date,
                          gint64  race_m)
{
  const guint *share;
  guint weeks = _rp_planner_comeback_weeks (race_m, &share);
  RpDate week_start = ctx->start + 7 * ((date - ctx->start) / 7);

  return week_start + 7 * (weeks + 1) - 1;
}

/* The longest pinned race of a week; 0 when none. A race's size never
 * depends on the target, so this asks for none. */
gint64
_rp_planner_week_race_m (Ctx   *ctx,
                         guint  week)
{
  RpDate first = ctx->start + 7 * week;
  guint slot = week % WEEK_RACE_CACHE_SIZE;
  gint64 race_m = 0;

  if (ctx->week_race_key[slot] == week + 1)
    return ctx->week_race_m[slot];

  for (RpDate d = first; d < first + 7; d++)
    {
      guint n = rp_plan_get_n_workouts (ctx->plan, d);

      for (guint i = 0; i < n; i++)
        {
          RpWorkout *workout = rp_plan_get_workout (ctx->plan, d, i);
          Size size;

          if (!rp_workout_get_pinned (workout) || rp_workout_get_kind (workout) != RP_KIND_RACE)
            continue;
          _rp_planner_workout_size (ctx, workout, 0, &size);
          race_m = MAX (race_m, MAX (size.distance_m, 1));
        }
    }

  ctx->week_race_key[slot] = week + 1;
  ctx->week_race_m[slot] = race_m;

  return race_m;
}

/* The week's target, or its post-race share (the smallest, when races
 * overlap) rounded to 0.1 unit, unless the runner set that week's. */
gint64
_rp_planner_week_target_of (Ctx   *ctx,
                            guint  week)
{
  gint64 target_m = rp_plan_get_week_target (ctx->plan, week);
  guint percent = 100;
  double step = ctx->unit_m / 10.0;

  if (rp_plan_get_week_target_override (ctx->plan, week) != RP_PLAN_TARGET_DEFAULT)
    return target_m;
  if (ctx->target_cache_week == week + 1)
    return ctx->target_cache_m;

  for (guint back = 1; back <= COMEBACK_MAX_WEEKS && back <= week; back++)
    {
      const guint *share;
      guint n = _rp_planner_comeback_weeks (_rp_planner_week_race_m (ctx, week - back), &share);

      if (back <= n)
        percent = MIN (percent, share[back - 1]);
    }
  if (percent < 100)
    target_m = llround (round (target_m * percent / 100.0 / step) * step);

  ctx->target_cache_week = week + 1;
  ctx->target_cache_m = target_m;

  return target_m;
}

gint64
_rp_planner_run_target (Ctx    *ctx,
                        gint64  base_m,
                        guint   n_replacing)
{
  if (n_replacing == 0)
    return base_m;

  return MAX (base_m - n_replacing * _rp_planner_recovery_size (ctx, base_m), 0);
}

gint64
_rp_planner_week_run_target (Ctx    *ctx,
                             guint   week,
                             gint64 *out_replaced_m)
{
  RpDate first = ctx->start + 7 * week;
  gint64 base_m = _rp_planner_week_target_of (ctx, week);
  gint64 target_m;
  guint n = 0;

  for (RpDate d = first; d < first + 7; d++)
    {
      guint n_workouts = rp_plan_get_n_workouts (ctx->plan, d);

      for (guint i = 0; i < n_workouts; i++)
        {
          RpWorkout *workout = rp_plan_get_workout (ctx->plan, d, i);
          RpKind kind = rp_workout_get_kind (workout);
          RpReasonCode code;

          if (rp_workout_get_pinned (workout)
              || (kind != RP_KIND_CROSS_TRAINING && kind != RP_KIND_WALK))
            continue;
          code = rp_workout_get_reason (workout)->code;
          n += code == RP_REASON_RECOVERY_AFTER_HARD || code == RP_REASON_RECOVERY_AFTER_RACE;
        }
    }

  target_m = _rp_planner_run_target (ctx, base_m, n);
  if (out_replaced_m != NULL)
    *out_replaced_m = base_m - target_m;

  return target_m;
}

gint64
_rp_planner_week_target (Ctx   *ctx,
                         RpDate date)
{
  if (date < ctx->start || date > ctx->end)
    return rp_athlete_get_volume_m (ctx->athlete);

  return _rp_planner_week_target_of (ctx, (date - ctx->start) / 7);
}

/* The shortest recovery run: 2 km, or 1.5 mi in a miles plan. */
gint64
_rp_planner_recovery_floor (Ctx *ctx)
{
  return ctx->unit == RP_UNIT_MI ? llround (RECOVERY_FLOOR_MI * RP_METRES_PER_MILE)
                                 : RECOVERY_FLOOR_KM_M;
}

/* 8 % of the target, to 0.1 unit, clamped by the goal race, then at most
 * 15 % of the target (rounded down to 0.1 unit) and at least the floor. */
gint64
_rp_planner_recovery_size (Ctx    *ctx,
                           gint64  target_m)
{
  /* Bounds in metres, in a km plan and in a miles plan. The rules give
   * the half and the marathon in both units (4.8 km or 3 mi; 6.4–9.7 km
   * or 4–6 mi) and 5K/10K in km only, so those are 3–5 km in both. */
  static const gint64 bounds[RP_N_RACES][2][2] = {
    [RP_RACE_5K] = { { 3000, 5000 }, { 3000, 5000 } },
    [RP_RACE_10K] = { { 3000, 5000 }, { 3000, 5000 } },
    [RP_RACE_HALF] = { { 4800, 4800 }, { 4828, 4828 } },
    [RP_RACE_MARATHON] = { { 6400, 9700 }, { 6437, 9656 } },
  };
  guint u = ctx->unit == RP_UNIT_MI ? 1 : 0;
  guint goal = MIN ((guint) ctx->goal, RP_N_RACES - 1);
  double step = ctx->unit_m / 10.0;
  /* target × 8 is exact, so a half-way case rounds up as it should. */
  double tenths = round (target_m * (double) RECOVERY_PERCENT / (ctx->unit_m * 10.0));
  gint64 metres = llround (tenths / 10.0 * ctx->unit_m);
  /* Half a metre of slack: a target of 20 mi is stored as 32 187 m. */
  gint64 cap = llround (floor ((target_m + 0.5) * RECOVERY_MAX_PERCENT / 100.0 / step) * step);

  metres = CLAMP (metres, bounds[goal][u][0], bounds[goal][u][1]);
  metres = MIN (metres, cap);

  return MAX (metres, _rp_planner_recovery_floor (ctx));
}

/* The largest multiple of 0.1 unit, in whole metres, that is not over
 * metres (never under 0). */
static gint64
tenths_at_most (Ctx    *ctx,
                double  metres)
{
  double step = ctx->unit_m / 10.0;
  double n = floor (MAX (metres, 0) / step);
  gint64 out = llround (n * step);

  /* 0.1 mi is not whole metres: the rounded multiple may pass by < 1 m. */
  while (n > 0 && out > metres)
    out = llround (--n * step);

  return out;
}

/* Defaults never warn on their own (issue 9): at every volume that meets
 * the week's target, down to the target less its tolerance, a workout of
 * its default size stays inside each warning limit. Returns that lowest
 * volume. */
static double
lowest_met_volume (Ctx    *ctx,
                   gint64  target_m)
{
  return target_m - _rp_planner_target_tolerance (ctx, target_m);
}

/* A long run is 25 % of the target, but at most the long-run share limit
 * (25 % above 64 km, else 30 %) of the lowest met volume, then rounded
 * down to 0.1 unit: 67 km → 25 % of 64.99 km → 16.2 km. */
static gint64
default_long (Ctx    *ctx,
              gint64  target_m)
{
  gint64 share = llround (target_m * LONG_DEFAULT_PERCENT / 100.0);
  int limit = target_m > BIG_WEEK_M ? LONG_SHARE_BIG_WEEK_PCT : LONG_SHARE_PCT;
  double cap = floor (limit * lowest_met_volume (ctx, target_m) / 100.0);

  if (share <= cap)
    return share;

  return tenths_at_most (ctx, cap);
}

/* A hard session is its kind's size from the table, but its hard work
 * (size × hard share) at most 20 % of the lowest met volume, so that the
 * week stays 80 % easy (the work is faster than every easy pace, so its
 * share of the time is smaller still), and a tempo's at most 10 % (the
 * threshold-share limit): 40 km → 7.0 km of tempo, 3.85 km at T. Rounded
 * down to 0.1 unit. A week off (no target) has nothing to stay inside. */
static gint64
cap_hard_default (Ctx               *ctx,
                  const RpKindInfo  *info,
                  RpKind             kind,
                  gint64             distance_m,
                  gint64             target_m)
{
  int work_pct = kind == RP_KIND_TEMPO ? THRESHOLD_SHARE_PCT : 100 - LOW_INTENSITY_MIN_PCT;
  gint64 share_pct = llround (info->hard_share * 100.0);
  double cap;

  if (target_m <= 0 || share_pct <= 0 || distance_m < 0)
    return distance_m;

  cap = floor (work_pct * lowest_met_volume (ctx, target_m) / share_pct);
  if (distance_m <= cap)
    return distance_m;

  return tenths_at_most (ctx, cap);
}

/* A kind's size when the runner gave none (docs/planning-rules.md, kinds table),
 * within the warning limits of the week (above). The engine sizes easy
 * and recovery runs itself; one the runner places without a size gets
 * the smallest easy run worth doing, or the week's recovery length,
 * rather than counting as nothing. */
static gint64
default_distance (Ctx    *ctx,
                  RpKind  kind,
                  gint64  target_m)
{
  const RpKindInfo *info = rp_kind_get_info (kind);
  double pace = ctx->zone_pace[info->zone];

  if (kind == RP_KIND_LONG)
    return default_long (ctx, target_m);
  if (kind == RP_KIND_RACE)
    return ctx->goal_m;
  /* A minimum of 0 (any easy run is worth doing) is no size to place. */
  if (kind == RP_KIND_EASY && ctx->min_easy_m > 0)
    return ctx->min_easy_m;
  if (kind == RP_KIND_EASY)
    return ctx->unit == RP_UNIT_MI ? llround (MIN_EASY_MI * RP_METRES_PER_MILE) : MIN_EASY_KM_M;
  if (kind == RP_KIND_RECOVERY)
    return _rp_planner_recovery_size (ctx, target_m);
  if (!info->counts_as_running)
    return -1;
  if (info->default_distance_m > 0)
    return cap_hard_default (ctx, info, kind, info->default_distance_m, target_m);
  if (info->default_duration_s > 0 && pace > 0)
    return cap_hard_default (ctx, info, kind,
                             llround (info->default_duration_s * 1000.0 / pace), target_m);

  return -1;
}

/* The pace a kind's distance and duration convert at (s/km; 0: none). A
 * hard session is warm-up + work + cool-down (issue 9): its hard share at
 * its kind's pace and the rest at the middle of E, so 10 km of intervals
 * at VDOT 50 are 4.5 km at 3:55 and 5.5 km at 5:15/km, 46:30, not 39:10
 * (faster than the runner's 10K). Sets work_share to the part of that
 * time that is hard. */
static double
conversion_pace (Ctx              *ctx,
                 RpKind            kind,
                 const RpKindInfo *info,
                 double           *work_share)
{
  double pace = ctx->zone_pace[info->zone];
  double work, rest;

  *work_share = info->hard_share;
  if (info->zone == RP_ZONE_NONE || !(pace > 0) || !rp_kind_is_session (kind))
    return info->zone == RP_ZONE_NONE ? 0 : pace;

  work = info->hard_share * pace;
  rest = (1 - info->hard_share) * ctx->zone_pace[RP_ZONE_EASY_MID];
  *work_share = work / (work + rest);

  return work + rest;
}

/* Distance and duration of a workout, each from the other through the
 * kind's pace where only one is known, else the kind's default. */
void
_rp_planner_workout_size (Ctx       *ctx,
                          RpWorkout *workout,
                          gint64     target_m,
                          Size      *out)
{
  RpKind kind = rp_workout_get_kind (workout);
  const RpKindInfo *info = rp_kind_get_info (kind);
  gint64 distance = rp_workout_get_distance_m (workout);
  gint64 duration = rp_workout_get_duration_s (workout);
  double work_share;
  double pace = conversion_pace (ctx, kind, info, &work_share);

  if (distance < 0 && duration >= 0 && kind == RP_KIND_RACE)
    {
      distance = race_distance_for (ctx, duration);
    }
  else if (distance < 0 && duration >= 0)
    {
      if (pace > 0)
        distance = llround (duration * 1000.0 / pace);
    }
  else if (distance < 0)
    {
      distance = default_distance (ctx, kind, target_m);
    }

  if (duration < 0 && distance >= 0)
    {
      if (kind == RP_KIND_RACE)
        pace = _rp_planner_race_pace (ctx, distance);
      if (pace > 0)
        duration = llround (distance * pace / 1000.0);
    }
  if (duration < 0 && info->default_duration_s > 0)
    duration = info->default_duration_s;

  out->distance_m = distance;
  out->duration_s = duration;
  out->work_s = duration > 0 ? llround (duration * work_share) : 0;
}

/* The longest pinned race of a day; 0 when none. */
gint64
_rp_planner_day_race_m (Ctx    *ctx,
                        RpDate  date)
{
  guint n = rp_plan_get_n_workouts (ctx->plan, date);
  gint64 race_m = 0;

  for (guint i = 0; i < n; i++)
    {
      RpWorkout *workout = rp_plan_get_workout (ctx->plan, date, i);
      Size size;

      if (!rp_workout_get_pinned (workout) || rp_workout_get_kind (workout) != RP_KIND_RACE)
        continue;
      _rp_planner_workout_size (ctx, workout, _rp_planner_week_target (ctx, date), &size);
      race_m = MAX (race_m, MAX (size.distance_m, 1));
    }

  return race_m;
}

/* ceil(race miles) days: the post-race-hard window, and how far the
 * post-race recovery runs may reach. */
guint
_rp_planner_race_window_days (gint64 race_m)
{
  /* Distances are whole metres: a 5-mile race is stored as 8047 m, which
   * is 5.0002 mi; half a metre less keeps it at 5. */
  double miles = (race_m - 0.5) / RP_METRES_PER_MILE;
  guint days = (guint) MIN (ceil (miles), MAX_RACE_WINDOW_DAYS);

  return MAX (days, 1);
}

void
rp_planner_default_size (RpPlan *plan,
                         RpKind  kind,
                         RpDate  date,
                         gint64 *out_distance_m,
                         gint64 *out_duration_s)
{
  const RpKindInfo *info = rp_kind_get_info (kind);
  Ctx ctx;
  gint64 distance;

  g_return_if_fail (RP_IS_PLAN (plan));

  _rp_planner_ctx_init (&ctx, plan);
  distance = default_distance (&ctx, kind, _rp_planner_week_target (&ctx, date));
  if (out_distance_m != NULL)
    *out_distance_m = distance;
  if (out_duration_s != NULL)
    *out_duration_s = distance < 0 && info->default_duration_s > 0 ? info->default_duration_s : -1;
}

/* A workout given as steps alone is as long as they are, when every part
 * of them is a distance. */
static gboolean
size_from_steps (RpWorkout *workout)
{
  guint n = rp_workout_get_n_steps (workout);
  g_autofree RpStep *steps = NULL;
  gint64 total;

  if (n == 0)
    return FALSE;
  steps = g_new (RpStep, n);
  for (guint i = 0; i < n; i++)
    steps[i] = *rp_workout_get_step (workout, i);
  total = rp_steps_total_distance_m (steps, n);
  if (total <= 0 || total > RP_PARSE_MAX_DISTANCE_M)
    return FALSE;
  rp_workout_set_distance_m (workout, total);
  return TRUE;
}

gboolean
rp_planner_apply_default_size (RpPlan    *plan,
                               RpWorkout *workout,
                               RpDate     date)
{
  RpKind kind;
  gint64 distance_m, duration_s;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), FALSE);

  kind = rp_workout_get_kind (workout);
  if (rp_workout_get_distance_m (workout) >= 0 || rp_workout_get_duration_s (workout) >= 0)
    return FALSE;
  if (size_from_steps (workout))
    return TRUE;
  if (kind == RP_KIND_EASY || kind == RP_KIND_RECOVERY)
    return FALSE;

  rp_planner_default_size (plan, kind, date, &distance_m, &duration_s);
  if (distance_m >= 0)
    rp_workout_set_distance_m (workout, distance_m);
  else if (duration_s > 0)
    rp_workout_set_duration_s (workout, duration_s);
  else
    return FALSE;

  return TRUE;
}
