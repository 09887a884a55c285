/* rp-planner.c
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

#include "rp-planner.h"

#include <math.h>
#include <string.h>

#include "rp-date.h"
#include "rp-load.h"

/* The numbers of PLANNING-RULES.md; docs/planning-rules.md lists them.
 * Shares are whole percentages so that "more than 10 %" is decided on
 * exact integers: 44 km after 40 km is +10 % exactly, not +10.000001 %. */
#define RECOVERY_PERCENT        8      /* of the week's target */
#define LONG_DEFAULT_PERCENT    25     /* a long run without a size */
#define EASY_MAX_PERCENT        25     /* of the week's target */
#define EASY_MAX_S              (90 * 60)
#define MIN_EASY_KM_M           5000
#define MIN_EASY_MI             3.0    /* miles */
#define CROSS_MIN_S             (30 * 60)
#define CROSS_MAX_S             (45 * 60)
#define CROSS_STEP_S            (5 * 60)
/* "A half marathon or longer": 13.1 mi, the shortest way a half is
 * written, in whole metres. */
#define HALF_FOR_REST_M         21082
#define LOW_INTENSITY_MIN_PCT   80
#define RAMP_PCT                10
#define RAMP_STRONG_PCT         30
#define LONG_SHARE_PCT          30
#define LONG_SHARE_BIG_WEEK_PCT 25
#define BIG_WEEK_M              64000
#define THRESHOLD_SHARE_PCT     10
/* Ratios as tenths: above 1.3 and above 1.5. */
#define ACWR_HIGH_TENTHS        13
#define ACWR_VERY_HIGH_TENTHS   15
#define ACWR_HISTORY_DAYS       28
#define ACUTE_DAYS              7
/* A race's post-race window is ceil(race miles) days; capped so that the
 * days an edit can affect stay few (a marathon's is 27 days; only races
 * beyond 27 miles reach the cap). */
#define MAX_RACE_WINDOW_DAYS    28
/* How far back the engine looks for a race or a load that shapes a day:
 * the longest race window, and ACWR's 28 days. */
#define LOOKBACK_DAYS           MAX (MAX_RACE_WINDOW_DAYS, ACWR_HISTORY_DAYS)
#define WARNINGS_WEEKS_AFTER    4

#define N_ZONES (RP_ZONE_RECOVERY + 1)
#define RACE_CACHE_SIZE 4
/* Day arrays up to this size live on the stack (local edits). */
#define STACK_DAYS 128

typedef struct
{
  RpPlan              *plan;
  RpAthlete           *athlete;
  const RpPaces       *paces;
  RpDate               start;
  RpDate               end;
  guint                n_weeks;
  RpUnit               unit;
  double               unit_m;
  RpRace               goal;
  gint64               goal_m;
  guint                rest_mask;
  RpRecoveryPreference preference;
  gint64               min_easy_m;
  double               vdot;
  double               zone_pace[N_ZONES];
  /* The slow end of E that bounds an easy run to 90 minutes: the
   * runner's own (from a race result or typed); 0 without paces, since
   * an assumed VDOT converts sizes but must not bound them. */
  double               easy_bound_pace;
  /* Predicted race paces by distance: a plan has few distinct races. */
  gint64               race_cache_m[RACE_CACHE_SIZE];
  double               race_cache_pace[RACE_CACHE_SIZE];
  guint                race_cache_next;
} Ctx;

typedef struct
{
  gint64 distance_m;  /* -1: unknown */
  gint64 duration_s;  /* -1: unknown */
} Size;

typedef enum
{
  CLAIM_NONE,
  CLAIM_RECOVERY_AFTER_RACE,
  CLAIM_REST_AFTER_RACE,
} Claim;

/* What the fill needs to know of one day: its pinned workouts only, so a
 * week's fill never depends on the engine's entries elsewhere. */
typedef struct
{
  gint64   pinned_m;   /* pinned running volume */
  gint64   long_m;     /* longest pinned long run */
  gint64   race_m;     /* longest pinned race; 0: none */
  RpDate   claim_race; /* the race that claims this day */
  guint8   claim;      /* Claim */
  guint8   hard_kind;  /* RpKind of the hardest pinned hard workout */
  gboolean pinned : 1;
  gboolean hard : 1;
  gboolean rest : 1;   /* one of the runner's rest days */
} DayInfo;

/* What the analysis needs of one day, over every workout. */
typedef struct
{
  gint64   rpe_s;      /* session load × 60: RPE × seconds, exact */
  gint64   run_s;
  gint64   hard_cs;    /* running seconds × hard share in percent */
  gint64   tempo_cm;   /* tempo metres × its hard share in percent */
  gint64   run_m;
  gint64   long_m;
  gint64   race_m;
  guint    n_easy;     /* the engine's easy runs */
  gboolean hard;
} DayStats;

/* The engine entry a free day gets; kind RP_N_KINDS: none. */
typedef struct
{
  RpKind   kind;
  gint64   distance_m;
  gint64   duration_s;
  RpReason reason;
} Entry;

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

static void
ctx_init (Ctx    *ctx,
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
  if (ctx->min_easy_m <= 0)
    ctx->min_easy_m = ctx->unit == RP_UNIT_MI
                      ? llround (MIN_EASY_MI * RP_METRES_PER_MILE)
                      : MIN_EASY_KM_M;

  ctx->paces = rp_athlete_get_paces (ctx->athlete);
  ctx->vdot = ctx->paces->vdot > 0 ? ctx->paces->vdot : RP_ASSUMED_VDOT;
  if (!ctx->paces->assumed && ctx->paces->easy_slow > 0)
    ctx->easy_bound_pace = ctx->paces->easy_slow;
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
static double
race_pace (Ctx    *ctx,
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

static double
round_to (double value,
          double step)
{
  return round (value / step) * step;
}

static gint64
week_target (Ctx   *ctx,
             RpDate date)
{
  if (date < ctx->start || date > ctx->end)
    return rp_athlete_get_volume_m (ctx->athlete);

  return rp_plan_get_week_target (ctx->plan, (date - ctx->start) / 7);
}

/* A kind's size when the runner gave none (PLANNING-RULES kinds table). */
static gint64
default_distance (Ctx    *ctx,
                  RpKind  kind,
                  gint64  target_m)
{
  const RpKindInfo *info = rp_kind_get_info (kind);
  double pace = ctx->zone_pace[info->zone];

  if (kind == RP_KIND_LONG)
    return llround (target_m * LONG_DEFAULT_PERCENT / 100.0);
  if (kind == RP_KIND_RACE)
    return ctx->goal_m;
  if (!info->counts_as_running)
    return -1;
  if (info->default_distance_m > 0)
    return info->default_distance_m;
  if (info->default_duration_s > 0 && pace > 0)
    return llround (info->default_duration_s * 1000.0 / pace);

  return -1;
}

/* Distance and duration of a workout, each from the other through the
 * kind's pace where only one is known, else the kind's default. */
static void
workout_size (Ctx       *ctx,
              RpWorkout *workout,
              gint64     target_m,
              Size      *out)
{
  RpKind kind = rp_workout_get_kind (workout);
  const RpKindInfo *info = rp_kind_get_info (kind);
  gint64 distance = rp_workout_get_distance_m (workout);
  gint64 duration = rp_workout_get_duration_s (workout);
  double pace;

  if (distance < 0 && duration >= 0 && kind == RP_KIND_RACE)
    {
      distance = race_distance_for (ctx, duration);
    }
  else if (distance < 0 && duration >= 0)
    {
      pace = ctx->zone_pace[info->zone];
      if (pace > 0 && info->zone != RP_ZONE_NONE)
        distance = llround (duration * 1000.0 / pace);
    }
  else if (distance < 0)
    {
      distance = default_distance (ctx, kind, target_m);
    }

  if (duration < 0 && distance >= 0)
    {
      pace = kind == RP_KIND_RACE ? race_pace (ctx, distance) : ctx->zone_pace[info->zone];
      if (pace > 0 && info->zone != RP_ZONE_NONE)
        duration = llround (distance * pace / 1000.0);
    }
  if (duration < 0 && info->default_duration_s > 0)
    duration = info->default_duration_s;

  out->distance_m = distance;
  out->duration_s = duration;
}

/* Reads the pinned workouts of one day; sizes only when sized is set
 * (days before the filled weeks only need their races and hard days). */
static void
scan_day (Ctx      *ctx,
          RpDate    date,
          gboolean  sized,
          DayInfo  *info)
{
  guint n = rp_plan_get_n_workouts (ctx->plan, date);
  gint64 target_m = 0;
  int hard_rpe = -1;

  memset (info, 0, sizeof *info);

  for (guint i = 0; i < n; i++)
    {
      RpWorkout *workout = rp_plan_get_workout (ctx->plan, date, i);
      RpKind kind;
      Size size;

      if (!rp_workout_get_pinned (workout))
        continue;

      if (!info->pinned)
        target_m = week_target (ctx, date);
      info->pinned = TRUE;
      kind = rp_workout_get_kind (workout);
      if (!sized && kind != RP_KIND_RACE)
        size.distance_m = size.duration_s = -1;
      else
        workout_size (ctx, workout, target_m, &size);

      if (rp_kind_is_running (kind) && size.distance_m > 0)
        info->pinned_m += size.distance_m;
      if (kind == RP_KIND_LONG)
        info->long_m = MAX (info->long_m, size.distance_m);
      if (kind == RP_KIND_RACE)
        info->race_m = MAX (info->race_m, MAX (size.distance_m, 1));
      if (rp_kind_is_hard (kind))
        {
          info->hard = TRUE;
          if (rp_kind_get_info (kind)->rpe > hard_rpe)
            {
              hard_rpe = rp_kind_get_info (kind)->rpe;
              info->hard_kind = kind;
            }
        }
    }
}

/* The longest pinned race of a day; 0 when none. */
static gint64
day_race_m (Ctx    *ctx,
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
      workout_size (ctx, workout, week_target (ctx, date), &size);
      race_m = MAX (race_m, MAX (size.distance_m, 1));
    }

  return race_m;
}

/* ceil(race miles) days: the post-race-hard window, and how far the
 * post-race recovery runs may reach. */
static guint
race_window_days (gint64 race_m)
{
  /* Distances are whole metres: a 5-mile race is stored as 8047 m, which
   * is 5.0002 mi; half a metre less keeps it at 5. */
  double miles = (race_m - 0.5) / RP_METRES_PER_MILE;
  guint days = (guint) MIN (ceil (miles), MAX_RACE_WINDOW_DAYS);

  return MAX (days, 1);
}

/* ceil(race km ÷ 10) recovery days. */
static guint
race_recovery_days (gint64 race_m)
{
  return (guint) ((race_m + 9999) / 10000);
}

static gboolean
race_needs_rest (gint64 race_m)
{
  return race_m >= HALF_FOR_REST_M;
}

static void
set_claim (DayInfo *info,
           Claim    claim,
           RpDate   race)
{
  /* Rest after a race outranks recovery; between equals, the later race
   * (claims are made in date order) names the day. */
  if (claim < info->claim)
    return;
  info->claim = claim;
  info->claim_race = race;
}

/* After a race: rest the next day for a half marathon or longer, then
 * recovery runs on the next ceil(km ÷ 10) free days within the window. */
static void
claim_race_days (DayInfo *days,
                 guint    n_days,
                 guint    race,
                 RpDate   race_date)
{
  gint64 race_m = days[race].race_m;
  guint window = race_window_days (race_m);
  guint wanted = race_recovery_days (race_m);
  guint i = race + 1;

  if (race_needs_rest (race_m))
    {
      if (i < n_days)
        set_claim (&days[i], CLAIM_REST_AFTER_RACE, race_date);
      i++;
    }

  for (; i < n_days && i <= race + window && wanted > 0; i++)
    {
      if (days[i].pinned || days[i].rest)
        continue;
      set_claim (&days[i], CLAIM_RECOVERY_AFTER_RACE, race_date);
      wanted--;
    }
}

/* 8 % of the target, to 0.1 unit, clamped by the goal race. */
static gint64
recovery_size (Ctx    *ctx,
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
  /* target × 8 is exact, so a half-way case rounds up as it should. */
  double tenths = round (target_m * (double) RECOVERY_PERCENT / (ctx->unit_m * 10.0));
  gint64 metres = llround (tenths / 10.0 * ctx->unit_m);

  return CLAMP (metres, bounds[goal][u][0], bounds[goal][u][1]);
}

/* The recovery entry: a run, or the runner's preferred cross-training or
 * walk of about the same time (30–45 min, to 5 min). */
static void
recovery_entry (Ctx         *ctx,
                gint64       target_m,
                RpReasonCode code,
                RpKind       kind,
                RpDate       date,
                Entry       *entry)
{
  gint64 metres = recovery_size (ctx, target_m);
  double seconds;

  memset (entry, 0, sizeof *entry);
  entry->reason.code = code;
  entry->reason.kind = kind;
  entry->reason.date = date;

  if (ctx->preference == RP_RECOVERY_RUN)
    {
      entry->kind = RP_KIND_RECOVERY;
      entry->distance_m = metres;
      entry->duration_s = -1;
      return;
    }

  seconds = round_to (metres * ctx->zone_pace[RP_ZONE_RECOVERY] / 1000.0, CROSS_STEP_S);
  entry->kind = ctx->preference == RP_RECOVERY_WALK ? RP_KIND_WALK : RP_KIND_CROSS_TRAINING;
  entry->distance_m = -1;
  entry->duration_s = (gint64) CLAMP (seconds, CROSS_MIN_S, CROSS_MAX_S);
}

static void
rest_entry (RpReasonCode  code,
            RpDate        race,
            gint64        target_m,
            Entry        *entry)
{
  memset (entry, 0, sizeof *entry);
  entry->kind = RP_KIND_REST;
  entry->distance_m = -1;
  entry->duration_s = -1;
  entry->reason.code = code;
  if (code == RP_REASON_REST_AFTER_RACE)
    {
      entry->reason.kind = RP_KIND_RACE;
      entry->reason.date = race;
    }
  if (code == RP_REASON_REST_NOT_NEEDED)
    entry->reason.target_m = target_m;
}

/* The longest easy run: the least of the week's long run, 25 % of the
 * target and 90 minutes at the slow end of E (no time bound without
 * paces). */
static gint64
easy_max (Ctx    *ctx,
          gint64  target_m,
          gint64  long_m)
{
  double max = target_m * EASY_MAX_PERCENT / 100.0;

  if (long_m > 0)
    max = MIN (max, long_m);
  if (ctx->easy_bound_pace > 0)
    max = MIN (max, EASY_MAX_S * 1000.0 / ctx->easy_bound_pace);

  return llround (max);
}

static guint
count_bits (guint mask)
{
  guint n = 0;

  for (; mask != 0; mask &= mask - 1)
    n++;

  return n;
}

static guint
bit_reverse7 (guint mask)
{
  guint out = 0;

  for (guint i = 0; i < 7; i++)
    if (mask & (1u << i))
      out |= 1u << (6 - i);

  return out;
}

/* How poorly a week reads with its rest days at these bits: an easy run
 * right before a hard day (rest would freshen the legs for it), rest days
 * side by side, and rest days two apart (the week is read as a cycle, since
 * the runner's rest days repeat). */
static guint
rest_pattern_cost (guint easy,
                   guint rest,
                   guint hard)
{
  guint cycled1 = ((rest >> 1) | (rest << 6)) & 0x7f;
  guint cycled2 = ((rest >> 2) | (rest << 5)) & 0x7f;

  return 6 * count_bits (easy & (hard >> 1))
       + 3 * count_bits (rest & cycled1)
       + 1 * count_bits (rest & cycled2);
}

/* Picks k of the free days for the easy runs (the others rest): the
 * cheapest rest pattern, ties to the earliest easy days. */
static guint
choose_easy_days (guint free,
                  guint k,
                  guint hard,
                  guint rest)
{
  guint best = 0;
  guint best_cost = G_MAXUINT;
  guint best_order = 0;

  if (k >= (guint) count_bits (free))
    return free;
  if (k == 0)
    return 0;

  for (guint s = free; s != 0; s = (s - 1) & free)
    {
      guint cost, order;

      if ((guint) count_bits (s) != k)
        continue;
      cost = rest_pattern_cost (s, rest | (free & ~s), hard);
      order = bit_reverse7 (s);
      if (cost < best_cost || (cost == best_cost && order > best_order))
        {
          best = s;
          best_cost = cost;
          best_order = order;
        }
    }

  return best;
}

static gboolean
entry_matches (RpWorkout   *workout,
               const Entry *entry)
{
  int fast, slow;
  const char *notes;

  if (rp_workout_get_pinned (workout)
      || rp_workout_get_kind (workout) != entry->kind
      || rp_workout_get_distance_m (workout) != entry->distance_m
      || rp_workout_get_duration_s (workout) != entry->duration_s
      || !rp_reason_equal (rp_workout_get_reason (workout), &entry->reason)
      || rp_workout_get_n_steps (workout) != 0)
    return FALSE;

  rp_workout_get_pace (workout, &fast, &slow);
  notes = rp_workout_get_notes (workout);

  return fast == 0 && slow == 0 && (notes == NULL || *notes == '\0');
}

static RpWorkout *
entry_new_workout (const Entry *entry)
{
  RpWorkout *workout = rp_workout_new (entry->kind);

  rp_workout_set_distance_m (workout, entry->distance_m);
  rp_workout_set_duration_s (workout, entry->duration_s);
  rp_workout_set_pinned (workout, FALSE);
  rp_workout_set_reason (workout, &entry->reason);

  return workout;
}

/* Makes the day hold exactly the entry (or, for a pinned day, only its
 * pinned workouts), keeping an equal existing entry so that filling a
 * filled plan changes nothing. */
static void
apply_day (Ctx         *ctx,
           RpDate       date,
           const Entry *entry)
{
  guint n = rp_plan_get_n_workouts (ctx->plan, date);
  g_autoptr(RpWorkout) workout = NULL;

  if (entry->kind == RP_N_KINDS)
    {
      for (guint i = n; i-- > 0;)
        if (!rp_workout_get_pinned (rp_plan_get_workout (ctx->plan, date, i)))
          rp_plan_remove_workout (ctx->plan, date, i);
      return;
    }

  if (n == 1 && entry_matches (rp_plan_get_workout (ctx->plan, date, 0), entry))
    return;

  workout = entry_new_workout (entry);
  if (n == 1)
    {
      rp_plan_replace_workout (ctx->plan, date, 0, workout);
      return;
    }

  if (n > 1)
    rp_plan_clear_unpinned (ctx->plan, date);
  rp_plan_insert_workout (ctx->plan, date, G_MAXUINT, workout);
}

/* Recovery, rest, or nothing yet for one unpinned day. Returns FALSE when
 * the day is free for an easy run. */
static gboolean
assign_fixed (Ctx           *ctx,
              const DayInfo *day,
              const DayInfo *previous,
              RpDate         date,
              gint64         target_m,
              Entry         *entry)
{
  if (day->rest)
    rest_entry (RP_REASON_RUNNER_REST_DAY, 0, target_m, entry);
  else if (day->claim == CLAIM_REST_AFTER_RACE)
    rest_entry (RP_REASON_REST_AFTER_RACE, day->claim_race, target_m, entry);
  else if (day->claim == CLAIM_RECOVERY_AFTER_RACE)
    recovery_entry (ctx, target_m, RP_REASON_RECOVERY_AFTER_RACE,
                    RP_KIND_RACE, day->claim_race, entry);
  else if (previous != NULL && previous->hard)
    recovery_entry (ctx, target_m, RP_REASON_RECOVERY_AFTER_HARD,
                    previous->hard_kind, date - 1, entry);
  else
    return FALSE;

  return TRUE;
}

/* The easy runs: the largest k with left ÷ k >= the minimum, shared
 * evenly, to 0.5 unit, clamped. Returns the size of each (k set). */
static gint64
easy_share (Ctx    *ctx,
            gint64  left_m,
            guint   n_free,
            gint64  target_m,
            gint64  long_m,
            guint  *out_k)
{
  guint k = n_free;
  gint64 each;

  *out_k = 0;
  if (left_m <= 0)
    return 0;

  while (k > 0 && left_m < ctx->min_easy_m * (gint64) k)
    k--;
  if (k == 0)
    return 0;

  each = llround (round_to ((double) left_m / k, ctx->unit_m / 2.0));
  each = MIN (each, easy_max (ctx, target_m, long_m));
  if (each <= 0)
    return 0;

  *out_k = k;
  return each;
}

/* Fills one week from the day facts; days points at its first day and
 * has_previous says whether days[-1] is valid. */
static void
fill_week (Ctx           *ctx,
           const DayInfo *days,
           gboolean       has_previous,
           guint          week)
{
  RpDate first = ctx->start + 7 * week;
  gint64 target_m = rp_plan_get_week_target (ctx->plan, week);
  gint64 pinned_m = 0, long_m = 0, recovery_m = 0, left_m, each;
  guint free = 0, hard = 0, rest = 0, easy, k;
  Entry entries[7];

  for (guint i = 0; i < 7; i++)
    {
      const DayInfo *day = &days[i];
      const DayInfo *previous = (i > 0 || has_previous) ? &days[(int) i - 1] : NULL;
      Entry *entry = &entries[i];

      pinned_m += day->pinned_m;
      long_m = MAX (long_m, day->long_m);
      if (day->hard)
        hard |= 1u << i;

      entry->kind = RP_N_KINDS;
      if (day->pinned)
        continue;
      if (!assign_fixed (ctx, day, previous, first + i, target_m, entry))
        {
          free |= 1u << i;
          continue;
        }
      if (entry->kind == RP_KIND_REST)
        rest |= 1u << i;
      if (entry->kind == RP_KIND_RECOVERY)
        recovery_m += entry->distance_m;
    }

  left_m = target_m - pinned_m - recovery_m;
  each = easy_share (ctx, left_m, count_bits (free), target_m, long_m, &k);
  easy = choose_easy_days (free, k, hard, rest);

  for (guint i = 0; i < 7; i++)
    {
      if (!(free & (1u << i)))
        continue;
      if (easy & (1u << i))
        {
          memset (&entries[i], 0, sizeof entries[i]);
          entries[i].kind = RP_KIND_EASY;
          entries[i].distance_m = each;
          entries[i].duration_s = -1;
          entries[i].reason.code = RP_REASON_EASY_VOLUME;
          entries[i].reason.metres = left_m;
          entries[i].reason.target_m = target_m;
        }
      else
        {
          rest_entry (RP_REASON_REST_NOT_NEEDED, 0, target_m, &entries[i]);
        }
    }

  for (guint i = 0; i < 7; i++)
    apply_day (ctx, first + i, &entries[i]);
}

/* Re-fills weeks [first, last]; ctx must be current. */
static void
fill_range (Ctx   *ctx,
            guint  first,
            guint  last)
{
  RpDate from = ctx->start + 7 * first;
  RpDate a = from - ctx->start > LOOKBACK_DAYS ? from - LOOKBACK_DAYS : ctx->start;
  RpDate b = ctx->start + 7 * (last + 1) - 1;
  guint n_days = b - a + 1;
  DayInfo stack_days[STACK_DAYS];
  g_autofree DayInfo *heap_days = NULL;
  DayInfo *days = stack_days;
  GDateWeekday weekday;

  if (n_days > STACK_DAYS)
    days = heap_days = g_new (DayInfo, n_days);

  weekday = rp_date_get_weekday (a);
  for (guint i = 0; i < n_days; i++)
    {
      scan_day (ctx, a + i, a + i >= from, &days[i]);
      days[i].rest = (ctx->rest_mask & (1u << (weekday - 1))) != 0;
      weekday = weekday == G_DATE_SUNDAY ? G_DATE_MONDAY : weekday + 1;
    }

  for (guint i = 0; i < n_days; i++)
    if (days[i].race_m > 0)
      claim_race_days (days, n_days, i, a + i);

  for (guint week = first; week <= last; week++)
    {
      guint offset = ctx->start + 7 * week - a;

      fill_week (ctx, &days[offset], offset > 0, week);
    }
}

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

  workout_size (ctx, workout, target_m, &size);

  /* Load is kept as an exact integer (RPE × seconds) so that sums over
   * any window give the same figure however they are formed. */
  if (size.duration_s > 0)
    stats->rpe_s += info->rpe * size.duration_s;
  if (rp_kind_is_hard (kind) && rp_workout_get_pinned (workout))
    stats->hard = TRUE;
  if (kind == RP_KIND_RACE)
    stats->race_m = MAX (stats->race_m, MAX (size.distance_m, 1));
  if (kind == RP_KIND_EASY && !rp_workout_get_pinned (workout))
    stats->n_easy++;
  if (!rp_kind_is_running (kind))
    return;

  if (size.distance_m > 0)
    stats->run_m += size.distance_m;
  if (size.duration_s > 0)
    {
      stats->run_s += size.duration_s;
      stats->hard_cs += size.duration_s * hard_percent (info);
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
  gint64 target_m = n > 0 ? week_target (ctx, date) : 0;

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
  gint64 hard_cs;
  gint64 tempo_cm;
  guint  n_easy;      /* the engine's easy runs */
  guint  acwr_mask;   /* acwr-high or acwr-very-high */
} WeekFigures;

/* The largest acute:chronic ratio of the week's days that have 28 days of
 * plan before them (0 when none), and the ACWR warning of the week in
 * mask. cumulative[i] is the load of the days before a + i. */
static double
week_acwr (Ctx          *ctx,
           const gint64 *cumulative,
           RpDate        a,
           RpDate        first,
           guint        *mask)
{
  double max = 0;
  gboolean high = FALSE, very_high = FALSE;

  for (RpDate d = first; d < first + 7; d++)
    {
      guint i = d - a + 1;
      gint64 acute, chronic;

      if (d - ctx->start < ACWR_HISTORY_DAYS)
        continue;
      acute = cumulative[i] - cumulative[i - ACUTE_DAYS];
      chronic = cumulative[i] - cumulative[i - ACWR_HISTORY_DAYS];
      max = MAX (max, rp_load_acwr (load_of (acute), load_of (chronic)));
      /* acute ÷ (chronic ÷ 4) > n ÷ 10, on the exact integer loads. */
      if (chronic > 0)
        {
          high |= 40 * acute > ACWR_HIGH_TENTHS * chronic;
          very_high |= 40 * acute > ACWR_VERY_HIGH_TENTHS * chronic;
        }
    }

  *mask = 0;
  if (very_high)
    *mask = RP_WARNING_BIT (RP_WARNING_ACWR_VERY_HIGH);
  else if (high)
    *mask = RP_WARNING_BIT (RP_WARNING_ACWR_HIGH);

  return max;
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
  double tolerance = ctx->unit_m / 2.0 * week->n_easy;

  /* Low intensity under 80 % of the running time: hard time (hard_cs is
   * seconds × percent) over 20 %. */
  if (week->run_s > 0
      && week->hard_cs > (100 - LOW_INTENSITY_MIN_PCT) * week->run_s)
    mask |= RP_WARNING_BIT (RP_WARNING_LOW_INTENSITY_SHARE);

  if (week->previous_m > 0)
    {
      if (above_percent (week->volume_m - week->previous_m, week->previous_m, RAMP_STRONG_PCT))
        mask |= RP_WARNING_BIT (RP_WARNING_VOLUME_RAMP_STRONG);
      else if (above_percent (week->volume_m - week->previous_m, week->previous_m, RAMP_PCT))
        mask |= RP_WARNING_BIT (RP_WARNING_VOLUME_RAMP);
    }

  long_pct = week->volume_m > BIG_WEEK_M ? LONG_SHARE_BIG_WEEK_PCT : LONG_SHARE_PCT;
  if (week->volume_m > 0 && above_percent (week->long_m, week->volume_m, long_pct))
    mask |= RP_WARNING_BIT (RP_WARNING_LONG_RUN_SHARE);

  /* tempo_cm is metres × percent: compare with the volume × 100. */
  if (week->volume_m > 0
      && week->tempo_cm > THRESHOLD_SHARE_PCT * week->volume_m)
    mask |= RP_WARNING_BIT (RP_WARNING_THRESHOLD_SHARE);

  /* Met within ±0.5 unit per easy run: the rounding each easy run got. */
  if (fabs ((double) (week->volume_m - week->target_m)) > tolerance)
    mask |= RP_WARNING_BIT (RP_WARNING_VOLUME_TARGET_UNREACHABLE);

  return mask;
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
      && a->long_share == b->long_share
      && a->threshold_share == b->threshold_share
      && a->acwr == b->acwr
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

      if (day->hard && d > a && stats[d - a - 1].hard)
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

  for (guint i = 0; i < 7; i++)
    {
      daily[i] = load_of (days[i].rpe_s);
      figures.volume_m += days[i].run_m;
      rpe_s += days[i].rpe_s;
      figures.run_s += days[i].run_s;
      figures.hard_cs += days[i].hard_cs;
      figures.tempo_cm += days[i].tempo_cm;
      figures.long_m = MAX (figures.long_m, days[i].long_m);
      figures.n_easy += days[i].n_easy;
      if (week > 0)
        figures.previous_m += days[(int) i - 7].run_m;
    }
  figures.target_m = rp_plan_get_week_target (ctx->plan, week);

  summary.volume_m = figures.volume_m;
  summary.target_m = figures.target_m;
  summary.load = load_of (rpe_s);
  summary.duration_s = figures.run_s;
  summary.low_intensity_share = rp_load_low_intensity_share (figures.hard_cs / 100.0,
                                                             figures.run_s);
  summary.monotony = rp_load_monotony (daily, 7);
  summary.strain = rp_load_strain (daily, 7);
  /* No ramp for the plan's first week, nor after a week of 0 km. */
  if (week > 0 && figures.previous_m > 0)
    summary.ramp = rp_load_ramp (figures.volume_m, figures.previous_m);
  if (figures.volume_m > 0)
    {
      summary.long_share = (double) figures.long_m / figures.volume_m;
      summary.threshold_share = figures.tempo_cm / 100.0 / figures.volume_m;
    }
  summary.acwr = week_acwr (ctx, cumulative, a, first, &figures.acwr_mask);
  summary.warnings = week_warnings (ctx, &figures) | day_mask;

  old = rp_plan_get_week_summary (ctx->plan, week);
  if (old == NULL || !summary_equal (old, &summary))
    rp_plan_set_week_summary (ctx->plan, week, &summary);
}

/* Recomputes the summaries and day warnings of weeks [first, last]. */
static void
analyze_range (Ctx   *ctx,
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
      window = race_window_days (stats[i].race_m);
      for (guint j = i + 1; j < n_days && j <= i + window; j++)
        post_race[j] = 1;
    }

  for (guint week = first; week <= last; week++)
    {
      guint day_mask = day_warnings (ctx, stats, post_race, a, ctx->start + 7 * week);

      summarize_week (ctx, stats, cumulative, a, week, day_mask);
    }
}

static void
fill_and_analyze (Ctx   *ctx,
                  guint  first,
                  guint  last)
{
  fill_range (ctx, first, last);
  analyze_range (ctx, first, MIN (last + WARNINGS_WEEKS_AFTER, ctx->n_weeks - 1));
}

/* RpPlan drops the derived week summaries when it grows; a caller that
 * grew it and fills the new weeks gets the old ones analysed again here.
 * A summary whose target is not the week's was never computed (or the
 * target changed since). */
static void
analyze_stale_weeks (Ctx *ctx)
{
  guint week = 0;

  while (week < ctx->n_weeks)
    {
      guint first;

      if (rp_plan_get_week_summary (ctx->plan, week)->target_m
          == rp_plan_get_week_target (ctx->plan, week))
        {
          week++;
          continue;
        }

      first = week;
      while (week < ctx->n_weeks
             && rp_plan_get_week_summary (ctx->plan, week)->target_m
                != rp_plan_get_week_target (ctx->plan, week))
        week++;
      analyze_range (ctx, first, week - 1);
    }
}

void
rp_planner_fill (RpPlan *plan)
{
  Ctx ctx;

  g_return_if_fail (RP_IS_PLAN (plan));

  ctx_init (&ctx, plan);
  if (ctx.n_weeks == 0)
    return;

  rp_plan_freeze_changed (plan);
  fill_and_analyze (&ctx, 0, ctx.n_weeks - 1);
  rp_plan_thaw_changed (plan);
}

void
rp_planner_fill_weeks (RpPlan *plan,
                       guint   first_week,
                       guint   last_week)
{
  Ctx ctx;

  g_return_if_fail (RP_IS_PLAN (plan));

  ctx_init (&ctx, plan);
  if (ctx.n_weeks == 0 || first_week > last_week || first_week >= ctx.n_weeks)
    return;

  rp_plan_freeze_changed (plan);
  fill_and_analyze (&ctx, first_week, MIN (last_week, ctx.n_weeks - 1));
  analyze_stale_weeks (&ctx);
  rp_plan_thaw_changed (plan);
}

void
rp_planner_analyze (RpPlan *plan)
{
  Ctx ctx;

  g_return_if_fail (RP_IS_PLAN (plan));

  ctx_init (&ctx, plan);
  if (ctx.n_weeks == 0)
    return;

  rp_plan_freeze_changed (plan);
  analyze_range (&ctx, 0, ctx.n_weeks - 1);
  rp_plan_thaw_changed (plan);
}

void
rp_planner_refill_all (RpPlan *plan)
{
  rp_planner_fill (plan);
}

/* Locality. The days whose fill an edit on one date can change, as a
 * date range [lo, hi] (lo > hi: empty). */
typedef struct
{
  RpDate   lo;
  RpDate   hi;
  gboolean grown;
} Span;

static void
span_add (Span   *span,
          RpDate  lo,
          RpDate  hi)
{
  if (span->lo > span->hi)
    {
      span->lo = lo;
      span->hi = hi;
      return;
    }
  span->lo = MIN (span->lo, lo);
  span->hi = MAX (span->hi, hi);
}

/* The edited day's week and the next (a Sunday's recovery falls on the
 * next Monday), and the window of every race that reaches the day: an
 * edit there moves the race's recovery days. Called before the edit for
 * every date it touches, and after it with after set: then only races on
 * those dates can be new, so only they are looked at. */
static void
span_add_edit (Span     *span,
               RpPlan   *plan,
               RpDate    date,
               gboolean  after)
{
  Ctx ctx;
  RpDate week_start, from;

  ctx_init (&ctx, plan);
  if (ctx.n_weeks == 0 || date < ctx.start || date > ctx.end)
    return;

  week_start = ctx.start + 7 * ((date - ctx.start) / 7);
  span_add (span, week_start, week_start + 13);

  from = date - ctx.start > MAX_RACE_WINDOW_DAYS ? date - MAX_RACE_WINDOW_DAYS : ctx.start;
  if (after)
    from = date;
  for (RpDate d = from; d <= date; d++)
    {
      gint64 race_m = day_race_m (&ctx, d);

      if (race_m > 0 && date <= d + race_window_days (race_m))
        span_add (span, d, d + race_window_days (race_m));
    }
}

/* Plan growth: new weeks are filled, and the old first week too when the
 * plan grew at the start (its Monday may follow a hard Sunday now). */
static void
span_add_growth (Span   *span,
                 RpDate  old_start,
                 RpDate  old_end,
                 RpPlan *plan)
{
  RpDate start = rp_plan_get_start (plan);
  RpDate end = rp_plan_get_end (plan);

  if (start < old_start)
    span_add (span, start, old_start + 6);
  if (end > old_end)
    span_add (span, old_end + 1, end);
  span->grown = TRUE;
}

static void
refill_span (RpPlan     *plan,
             const Span *span)
{
  Ctx ctx;
  RpDate lo, hi;

  ctx_init (&ctx, plan);
  if (span->lo > span->hi || ctx.n_weeks == 0)
    return;

  lo = MAX (span->lo, ctx.start);
  hi = MIN (span->hi, ctx.end);
  if (lo > hi)
    return;

  /* RpPlan keeps no derived data when it changes its extent: a grown plan
   * needs every week analysed again. */
  if (span->grown)
    {
      fill_range (&ctx, (lo - ctx.start) / 7, (hi - ctx.start) / 7);
      analyze_range (&ctx, 0, ctx.n_weeks - 1);
      return;
    }

  fill_and_analyze (&ctx, (lo - ctx.start) / 7, (hi - ctx.start) / 7);
}

static RpWorkout *
pinned_copy (RpWorkout *workout)
{
  RpWorkout *copy = rp_workout_copy (workout);
  static const RpReason none = { RP_REASON_NONE, 0, 0, 0, 0 };

  rp_workout_set_pinned (copy, TRUE);
  rp_workout_set_reason (copy, &none);

  return copy;
}

/* Grows the plan to hold date; records the growth in span. */
static gboolean
ensure_date (RpPlan *plan,
             RpDate  date,
             Span   *span)
{
  RpDate old_start = rp_plan_get_start (plan);
  RpDate old_end = rp_plan_get_end (plan);

  if (rp_plan_contains (plan, date))
    return TRUE;
  if (!rp_plan_ensure_date (plan, date))
    return FALSE;

  span_add_growth (span, old_start, old_end, plan);
  return TRUE;
}

RpWorkout *
rp_planner_place (RpPlan    *plan,
                  RpDate     date,
                  RpWorkout *template)
{
  g_autoptr(RpWorkout) workout = NULL;
  Span span = { 1, 0, FALSE };
  guint n;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (RP_IS_WORKOUT (template), NULL);

  if (!rp_date_is_valid (date))
    return NULL;

  rp_plan_freeze_changed (plan);

  if (!ensure_date (plan, date, &span))
    {
      rp_plan_thaw_changed (plan);
      return NULL;
    }

  span_add_edit (&span, plan, date, FALSE);
  workout = pinned_copy (template);
  rp_plan_clear_unpinned (plan, date);
  rp_plan_insert_workout (plan, date, G_MAXUINT, workout);
  span_add_edit (&span, plan, date, TRUE);
  refill_span (plan, &span);

  rp_plan_thaw_changed (plan);

  n = rp_plan_get_n_workouts (plan, date);
  g_return_val_if_fail (n > 0, NULL);

  return rp_plan_get_workout (plan, date, n - 1);
}

gboolean
rp_planner_move (RpPlan   *plan,
                 RpDate    from,
                 guint     index,
                 RpDate    to,
                 gboolean  copy)
{
  g_autoptr(RpWorkout) moved = NULL;
  Span span = { 1, 0, FALSE };

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);

  if (index >= rp_plan_get_n_workouts (plan, from) || !rp_date_is_valid (to))
    return FALSE;

  rp_plan_freeze_changed (plan);

  if (!ensure_date (plan, to, &span))
    {
      rp_plan_thaw_changed (plan);
      return FALSE;
    }

  span_add_edit (&span, plan, from, FALSE);
  span_add_edit (&span, plan, to, FALSE);

  moved = pinned_copy (rp_plan_get_workout (plan, from, index));
  if (!copy)
    rp_plan_remove_workout (plan, from, index);
  rp_plan_clear_unpinned (plan, to);
  rp_plan_insert_workout (plan, to, G_MAXUINT, moved);

  span_add_edit (&span, plan, from, TRUE);
  span_add_edit (&span, plan, to, TRUE);
  refill_span (plan, &span);

  rp_plan_thaw_changed (plan);

  return TRUE;
}

gboolean
rp_planner_remove (RpPlan *plan,
                   RpDate  date,
                   guint   index)
{
  Span span = { 1, 0, FALSE };

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);

  if (index >= rp_plan_get_n_workouts (plan, date))
    return FALSE;

  rp_plan_freeze_changed (plan);

  span_add_edit (&span, plan, date, FALSE);
  rp_plan_remove_workout (plan, date, index);
  span_add_edit (&span, plan, date, TRUE);
  refill_span (plan, &span);

  rp_plan_thaw_changed (plan);

  return TRUE;
}

gboolean
rp_planner_replace (RpPlan    *plan,
                    RpDate     date,
                    guint      index,
                    RpWorkout *workout)
{
  g_autoptr(RpWorkout) pinned = NULL;
  Span span = { 1, 0, FALSE };

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), FALSE);

  if (index >= rp_plan_get_n_workouts (plan, date))
    return FALSE;

  rp_plan_freeze_changed (plan);

  span_add_edit (&span, plan, date, FALSE);
  pinned = pinned_copy (workout);
  rp_plan_replace_workout (plan, date, index, pinned);
  /* The day is the runner's now: the engine's other entries go. */
  rp_plan_clear_unpinned (plan, date);
  span_add_edit (&span, plan, date, TRUE);
  refill_span (plan, &span);

  rp_plan_thaw_changed (plan);

  return TRUE;
}

gint64
rp_planner_workout_distance_m (RpPlan    *plan,
                               RpWorkout *workout)
{
  Ctx ctx;
  Size size;

  g_return_val_if_fail (RP_IS_PLAN (plan), -1);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), -1);

  ctx_init (&ctx, plan);
  workout_size (&ctx, workout, week_target (&ctx, rp_workout_get_date (workout)), &size);

  return size.distance_m;
}

gint64
rp_planner_workout_duration_s (RpPlan    *plan,
                               RpWorkout *workout)
{
  Ctx ctx;
  Size size;

  g_return_val_if_fail (RP_IS_PLAN (plan), -1);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), -1);

  ctx_init (&ctx, plan);
  workout_size (&ctx, workout, week_target (&ctx, rp_workout_get_date (workout)), &size);

  return size.duration_s;
}

static int
pace_int (double pace)
{
  return pace > 0 ? (int) lround (pace) : 0;
}

void
rp_planner_workout_pace (RpPlan    *plan,
                         RpWorkout *workout,
                         int       *out_fast,
                         int       *out_slow)
{
  const RpKindInfo *info;
  const RpPaces *paces;
  int fast = 0, slow = 0;
  Ctx ctx;

  g_return_if_fail (RP_IS_PLAN (plan));
  g_return_if_fail (RP_IS_WORKOUT (workout));

  rp_workout_get_pace (workout, &fast, &slow);
  info = rp_kind_get_info (rp_workout_get_kind (workout));
  paces = rp_athlete_get_paces (rp_plan_get_athlete (plan));

  /* Assumed paces (no race result) convert sizes, but are not shown as
   * targets: unknown, never made up. */
  if (fast == 0 && slow == 0 && !paces->assumed)
    {
      switch (info->zone)
        {
        case RP_ZONE_EASY_MID:
        case RP_ZONE_EASY_SLOW:
          fast = pace_int (paces->easy_fast);
          slow = pace_int (paces->easy_slow);
          break;
        case RP_ZONE_RECOVERY:
          fast = pace_int (paces->recovery);
          break;
        case RP_ZONE_RACE:
          /* Typed paces have no VDOT: a race pace would be made up. */
          if (paces->vdot <= 0)
            break;
          ctx_init (&ctx, plan);
          fast = slow = pace_int (race_pace (&ctx, rp_planner_workout_distance_m (plan, workout)));
          break;
        case RP_ZONE_MARATHON:
        case RP_ZONE_THRESHOLD:
        case RP_ZONE_INTERVAL:
        case RP_ZONE_REPETITION:
          fast = slow = pace_int (rp_paces_for_zone (paces, info->zone, 0));
          break;
        case RP_ZONE_NONE:
        default:
          break;
        }
    }

  if (out_fast != NULL)
    *out_fast = fast;
  if (out_slow != NULL)
    *out_slow = slow;
}
