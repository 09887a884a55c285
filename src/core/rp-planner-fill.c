/* rp-planner-fill.c
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

#include "rp-date.h"
#include "rp-json-extra.h"

/* The week fill of docs/planning-rules.md: recovery runs after hard days and
 * races, rest after a race and on the runner's rest days, easy runs for
 * what is left of the week's target, and rest on the free days not
 * needed. A week's fill reads only pinned workouts, the athlete and the
 * week targets, never the engine's entries elsewhere: that is what makes
 * it deterministic and local. */

/* The numbers docs/planning-rules.md lists, "Filling a week". */
#define EASY_MAX_PERCENT        25     /* of the week's target */
#define EASY_MAX_S              (90 * 60)  /* at the middle of E */
#define CROSS_MIN_S             (30 * 60)
#define CROSS_MAX_S             (45 * 60)
#define CROSS_STEP_S            (5 * 60)
/* "A half marathon or longer": 13.1 mi, the shortest way a half is
 * written, in whole metres. */
#define HALF_FOR_REST_M         RP_RACE_HALF_MIN_M

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

/* The engine entry a free day gets; kind RP_N_KINDS: none. */
typedef struct
{
  RpKind   kind;
  gint64   distance_m;
  gint64   duration_s;
  RpReason reason;
} Entry;

static double
round_to (double value,
          double step)
{
  return round (value / step) * step;
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
        target_m = _rp_planner_week_target (ctx, date);
      info->pinned = TRUE;
      kind = rp_workout_get_kind (workout);
      if (!sized && kind != RP_KIND_RACE)
        size.distance_m = size.duration_s = -1;
      else
        _rp_planner_workout_size (ctx, workout, target_m, &size);

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
  guint window = _rp_planner_race_window_days (race_m);
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
  gint64 metres = _rp_planner_recovery_size (ctx, target_m);
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

/* The longest easy run (the ceiling): the least of the week's long run,
 * 25 % of the target and 90 minutes at the middle of E (the runner's
 * paces, else the assumed VDOT's), rounded down to 0.1 unit so that it
 * reads as a round figure and stays under each bound. */
static gint64
easy_ceiling (Ctx    *ctx,
              gint64  target_m,
              gint64  long_m)
{
  double max = target_m * EASY_MAX_PERCENT / 100.0;
  double step = ctx->unit_m / 10.0;

  if (long_m > 0)
    max = MIN (max, long_m);
  max = MIN (max, EASY_MAX_S * 1000.0 / ctx->zone_pace[RP_ZONE_EASY_MID]);

  /* Half a metre of slack: a 10 mi long run is stored as 16 093 m. */
  return llround (floor ((max + 0.5) / step) * step);
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

/* Keys of the file this version does not know belong to the runner: the
 * entry that re-sizes or re-fills a day in place keeps those of the
 * engine entry it replaces (the first that has any). */
static void
keep_extra (RpWorkout *workout,
            RpPlan    *plan,
            RpDate     date)
{
  guint n = rp_plan_get_n_workouts (plan, date);

  for (guint i = 0; i < n; i++)
    {
      RpWorkout *old = rp_plan_get_workout (plan, date, i);
      JsonObject *extra = rp_workout_get_extra (old);

      if (!rp_workout_get_pinned (old) && extra != NULL)
        {
          g_autoptr(JsonObject) copy = rp_json_extra_copy (extra);

          rp_workout_set_extra (workout, copy);
          return;
        }
    }
}

/* The entry that re-sizes or re-fills a day in place is the engine's
 * workout it replaces, changed (the first one's id, its sequence + 1), so
 * a calendar sees an event change, not one go and another come. */
static void
keep_identity (RpWorkout *workout,
               RpPlan    *plan,
               RpDate     date)
{
  guint n = rp_plan_get_n_workouts (plan, date);

  for (guint i = 0; i < n; i++)
    {
      RpWorkout *old = rp_plan_get_workout (plan, date, i);

      if (!rp_workout_get_pinned (old))
        {
          rp_workout_follow (workout, old);
          return;
        }
    }
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
  keep_extra (workout, ctx->plan, date);
  keep_identity (workout, ctx->plan, date);
  if (n == 1)
    {
      rp_plan_replace_workout (ctx->plan, date, 0, workout);
      return;
    }

  if (n > 1)
    rp_plan_clear_unpinned (ctx->plan, date);
  /* The day holds no pinned workout now: there is room. */
  if (!rp_plan_insert_workout (ctx->plan, date, G_MAXUINT, workout, NULL))
    g_warn_if_reached ();
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

/* The week being filled: its facts, and the entries chosen so far. */
typedef struct
{
  RpDate   first;
  gint64   base_m;       /* the engine's target, which sizes runs */
  gint64   target_m;     /* the running target: less what cross-training
                          * or walks replace */
  gint64   pinned_m;     /* pinned running volume */
  gint64   long_m;       /* the longest pinned long run */
  guint    free;         /* days free for an easy run */
  guint    pre_hard;     /* of those, the days before a hard day */
  guint    hard;
  guint    rest;         /* days resting so far */
  RpKind   next_kind[7]; /* the hard kind of the next day, for pre_hard */
  Entry    entries[7];
} Week;

/* The recovery entries that are cross-training or walks. */
static guint
count_replacing (const Week *week)
{
  guint n = 0;

  for (guint i = 0; i < 7; i++)
    n += (week->entries[i].kind == RP_KIND_CROSS_TRAINING || week->entries[i].kind == RP_KIND_WALK)
         && (week->entries[i].reason.code == RP_REASON_RECOVERY_AFTER_HARD
             || week->entries[i].reason.code == RP_REASON_RECOVERY_AFTER_RACE);

  return n;
}

/* value rounded down to a multiple of step, with half a metre of slack
 * (multiples of 0.1 mi are not whole metres). */
static gint64
floor_to (double value,
          double step)
{
  return llround (floor ((value + 0.5) / step) * step);
}

static void
set_rest (Week         *week,
          guint         i,
          RpReasonCode  code,
          gint64        metres)
{
  Entry *entry = &week->entries[i];

  rest_entry (code, 0, week->target_m, entry);
  if (code == RP_REASON_REST_BELOW_MINIMUM)
    entry->reason.metres = metres;
  if (code == RP_REASON_REST_BEFORE_HARD)
    {
      entry->reason.kind = week->next_kind[i];
      entry->reason.date = week->first + i + 1;
    }
  week->rest |= 1u << i;
}

static void
set_easy (Week         *week,
          guint         i,
          gint64        distance_m,
          RpReasonCode  code,
          gint64        left_m)
{
  Entry *entry = &week->entries[i];

  memset (entry, 0, sizeof *entry);
  entry->kind = RP_KIND_EASY;
  entry->distance_m = distance_m;
  entry->duration_s = -1;
  entry->reason.code = code;
  if (code == RP_REASON_EASY_BEFORE_HARD)
    {
      entry->reason.kind = week->next_kind[i];
      entry->reason.date = week->first + i + 1;
      return;
    }
  entry->reason.metres = left_m;
  entry->reason.target_m = week->target_m;
}

/* The engine never takes a week over its target: when the recovery runs
 * would, they shrink to share what the target leaves (to 0.1 unit, down
 * to the floor); when even that does not fit, as many as fit at the floor
 * stay (the earliest) and the others rest. Returns their volume. */
static gint64
fit_recoveries (Ctx  *ctx,
                Week *week)
{
  gint64 budget = week->target_m - week->pinned_m;
  gint64 floor_m = _rp_planner_recovery_floor (ctx);
  gint64 total = 0, each = 0;
  guint n = 0, m = 0, kept = 0;
  gboolean met;

  for (guint i = 0; i < 7; i++)
    if (week->entries[i].kind == RP_KIND_RECOVERY)
      {
        n++;
        total += week->entries[i].distance_m;
      }
  if (total <= budget)
    return total;

  if (budget > 0)
    m = (guint) MIN ((gint64) n, budget / floor_m);
  if (m > 0)
    {
      /* All recovery runs of a week have the week's length. */
      each = MIN (total / n, floor_to ((double) budget / m, ctx->unit_m / 10.0));
      while (each * m > budget)
        each--;
    }

  met = budget <= 0 || _rp_planner_target_met (ctx, week->pinned_m + each * (gint64) m,
                                               week->target_m);
  for (guint i = 0; i < 7; i++)
    {
      if (week->entries[i].kind != RP_KIND_RECOVERY)
        continue;
      if (kept < m)
        {
          week->entries[i].distance_m = each;
          kept++;
          continue;
        }
      /* What the target leaves now is under the floor: no easy run
       * follows, so the week ends at the pinned work and these runs. */
      set_rest (week, i, met ? RP_REASON_REST_NOT_NEEDED : RP_REASON_REST_BELOW_MINIMUM, floor_m);
    }

  return each * (gint64) m;
}

/* The easy runs. k, the number of runs on the days not before a hard day,
 * is chosen after the clamps: every run lies between the floor (the
 * minimum easy run, and never shorter than the week's recovery run) and
 * the ceiling, so k = left ÷ floor at most, and none when the ceiling is
 * under the floor. They share what is left in multiples of 0.5 unit, the
 * earliest taking 0.5 unit more, so that they reach the target without
 * passing it; when the share is over the ceiling, each is the ceiling.
 * Only when those days cannot take what is left do the days before a hard
 * day get a run, the floor: at most the shortest easy run of the week.
 * The other free days rest, each with its true reason. */
static void
place_easy (Ctx    *ctx,
            Week   *week,
            gint64  recovery_m)
{
  gint64 left_m = week->target_m - week->pinned_m - recovery_m;
  gint64 floor_m = MAX (ctx->min_easy_m, _rp_planner_recovery_size (ctx, week->base_m));
  gint64 ceiling_m = easy_ceiling (ctx, week->base_m, week->long_m);
  gint64 half = llround (ctx->unit_m / 2.0);
  gint64 lo = 0, hi = 0, remaining_m = MAX (left_m, 0);
  guint normal = week->free & ~week->pre_hard;
  guint n = count_bits (normal), k = 0, n_hi = 0, j = 0, easy;
  RpReasonCode code = RP_REASON_EASY_VOLUME;
  gboolean room = left_m > 0 && ceiling_m >= floor_m && floor_m > 0;

  if (room)
    k = (guint) MIN ((gint64) n, left_m / floor_m);
  if (k > 0 && left_m > ceiling_m * (gint64) k)
    {
      lo = hi = ceiling_m;
      code = RP_REASON_EASY_CEILING;
    }
  else if (k > 0)
    {
      /* Whole metres: a run of 5 mi is 8 047 m, half a metre over the
       * mile; the runs may be that much over their exact share. */
      gint64 slack = (k + 1) / 2;

      lo = MAX (floor_to ((double) left_m / k, ctx->unit_m / 2.0), floor_m);
      while (lo * (gint64) k > left_m + slack)
        lo--;
      hi = MIN (lo + half, ceiling_m);
      if (hi > lo)
        n_hi = (guint) CLAMP ((left_m + slack - lo * (gint64) k) / (hi - lo), 0, (gint64) k);
    }
  remaining_m -= lo * (gint64) k + (hi - lo) * (gint64) n_hi;

  if (room && k == n && remaining_m >= floor_m)
    j = (guint) MIN ((gint64) count_bits (week->pre_hard), remaining_m / floor_m);
  remaining_m -= floor_m * (gint64) j;

  easy = choose_easy_days (normal, k, week->hard, week->rest | week->pre_hard);
  for (guint i = 0; i < 7; i++)
    {
      guint bit = 1u << i;
      gboolean met;

      if (!(week->free & bit))
        continue;
      if (easy & bit)
        {
          set_easy (week, i, n_hi > 0 ? hi : lo, code, left_m);
          n_hi -= n_hi > 0;
          continue;
        }
      if (week->pre_hard & bit)
        {
          if (j > 0)
            set_easy (week, i, floor_m, RP_REASON_EASY_BEFORE_HARD, 0);
          else
            set_rest (week, i, RP_REASON_REST_BEFORE_HARD, 0);
          j -= j > 0;
          continue;
        }
      met = _rp_planner_target_met (ctx, week->target_m - remaining_m, week->target_m);
      set_rest (week, i, left_m <= 0 || met ? RP_REASON_REST_NOT_NEEDED
                                            : RP_REASON_REST_BELOW_MINIMUM, floor_m);
    }
}

/* Fills one week from the day facts; days points at its first day,
 * has_previous says whether days[-1] is valid and has_next whether
 * days[7] is (the next week's first day: a hard day there makes the last
 * day a day before a hard day). */
static void
fill_week (Ctx           *ctx,
           const DayInfo *days,
           gboolean       has_previous,
           gboolean       has_next,
           guint          week_index)
{
  Week week = { 0 };
  gint64 recovery_m;

  week.first = ctx->start + 7 * week_index;
  week.base_m = _rp_planner_week_target_of (ctx, week_index);

  for (guint i = 0; i < 7; i++)
    {
      const DayInfo *day = &days[i];
      const DayInfo *previous = (i > 0 || has_previous) ? &days[(int) i - 1] : NULL;
      const DayInfo *next = (i < 6 || has_next) ? &days[i + 1] : NULL;
      Entry *entry = &week.entries[i];

      week.pinned_m += day->pinned_m;
      week.long_m = MAX (week.long_m, day->long_m);
      if (day->hard)
        week.hard |= 1u << i;

      entry->kind = RP_N_KINDS;
      if (day->pinned)
        continue;
      if (!assign_fixed (ctx, day, previous, week.first + i, week.base_m, entry))
        {
          week.free |= 1u << i;
          if (next != NULL && next->hard)
            {
              week.pre_hard |= 1u << i;
              week.next_kind[i] = next->hard_kind;
            }
          continue;
        }
      if (entry->kind == RP_KIND_REST)
        week.rest |= 1u << i;
    }

  /* Cross-training or walks in place of recovery runs replace them: the
   * running target drops by the runs they replace (issue 9). */
  week.target_m = _rp_planner_run_target (ctx, week.base_m, count_replacing (&week));
  recovery_m = fit_recoveries (ctx, &week);
  place_easy (ctx, &week, recovery_m);

  for (guint i = 0; i < 7; i++)
    apply_day (ctx, week.first + i, &week.entries[i]);
}

/* Re-fills weeks [first, last]; ctx must be current. */
void
_rp_planner_fill_range (Ctx   *ctx,
                        guint  first,
                        guint  last)
{
  RpDate from = ctx->start + 7 * first;
  RpDate a = from - ctx->start > LOOKBACK_DAYS ? from - LOOKBACK_DAYS : ctx->start;
  RpDate b = ctx->start + 7 * (last + 1) - 1;
  /* One day more when the plan goes on: the next week's first day. */
  guint n_days = b - a + 1 + (b < ctx->end ? 1 : 0);
  DayInfo stack_days[STACK_DAYS + 1];
  g_autofree DayInfo *heap_days = NULL;
  DayInfo *days = stack_days;
  GDateWeekday weekday;

  if (n_days > STACK_DAYS + 1)
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

      fill_week (ctx, &days[offset], offset > 0, offset + 7 < n_days, week);
    }
}
