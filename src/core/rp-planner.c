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
#include "rp-planner-private.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-limits.h"

/* The engine's public operations: fill, analyse, and the runner's edits
 * (place, move, copy, remove, replace), each re-filling only the weeks it
 * can affect (docs/planning-rules.md, "Operations and locality"). The fill rules are in
 * rp-planner-fill.c, the summaries and warnings in rp-planner-analyze.c,
 * the sizes of workouts in rp-planner-size.c. */

#define WARNINGS_WEEKS_AFTER    4

static void
fill_and_analyze (Ctx   *ctx,
                  guint  first,
                  guint  last)
{
  _rp_planner_fill_range (ctx, first, last);
  _rp_planner_analyze_range (ctx, first, MIN (last + WARNINGS_WEEKS_AFTER, ctx->n_weeks - 1));
}

void
rp_planner_fill (RpPlan *plan)
{
  Ctx ctx;

  g_return_if_fail (RP_IS_PLAN (plan));

  _rp_planner_ctx_init (&ctx, plan);
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

  _rp_planner_ctx_init (&ctx, plan);
  if (ctx.n_weeks == 0 || first_week > last_week || first_week >= ctx.n_weeks)
    return;

  rp_plan_freeze_changed (plan);
  fill_and_analyze (&ctx, first_week, MIN (last_week, ctx.n_weeks - 1));
  _rp_planner_analyze_stale_weeks (&ctx);
  rp_plan_thaw_changed (plan);
}

void
rp_planner_analyze (RpPlan *plan)
{
  Ctx ctx;

  g_return_if_fail (RP_IS_PLAN (plan));

  _rp_planner_ctx_init (&ctx, plan);
  if (ctx.n_weeks == 0)
    return;

  rp_plan_freeze_changed (plan);
  _rp_planner_analyze_range (&ctx, 0, ctx.n_weeks - 1);
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
 * next Monday), the day before (the previous week's last day, before a
 * hard Monday), and the window of every race that reaches the day: an
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

  _rp_planner_ctx_init (&ctx, plan);
  if (ctx.n_weeks == 0 || date < ctx.start || date > ctx.end)
    return;

  week_start = ctx.start + 7 * ((date - ctx.start) / 7);
  span_add (span, week_start, week_start + 13);
  /* The day before: it is the day before a hard day, or no longer. */
  if (date > ctx.start)
    span_add (span, date - 1, date - 1);

  from = date - ctx.start > MAX_RACE_WINDOW_DAYS ? date - MAX_RACE_WINDOW_DAYS : ctx.start;
  if (after)
    from = date;
  for (RpDate d = from; d <= date; d++)
    {
      gint64 race_m = _rp_planner_day_race_m (&ctx, d);

      if (race_m > 0 && date <= d + _rp_planner_race_window_days (race_m))
        span_add (span, d, d + _rp_planner_race_window_days (race_m));
      /* A race on the edited day sets the targets of the weeks after its
       * own (issue 9: the plan comes back gradually). */
      if (race_m > 0 && d == date)
        span_add (span, d, _rp_planner_comeback_end (&ctx, d, race_m));
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

  _rp_planner_ctx_init (&ctx, plan);
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
      _rp_planner_fill_range (&ctx, (lo - ctx.start) / 7, (hi - ctx.start) / 7);
      _rp_planner_analyze_range (&ctx, 0, ctx.n_weeks - 1);
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

/* Whether a workout of plan has this id. */
static gboolean
plan_has_id (RpPlan     *plan,
             const char *id)
{
  RpDate end = rp_plan_get_end (plan);

  for (RpDate date = rp_plan_get_start (plan); date <= end; date++)
    {
      guint n = rp_plan_get_n_workouts (plan, date);

      for (guint i = 0; i < n; i++)
        if (g_strcmp0 (rp_workout_get_id (rp_plan_get_workout (plan, date, i)), id) == 0)
          return TRUE;
    }
  return FALSE;
}

/* A workout that becomes another one (a copy): the plan gives it an id. */
static void
forget_identity (RpWorkout *workout)
{
  rp_workout_set_id (workout, NULL);
  rp_workout_set_sequence (workout, 0);
  rp_workout_set_modified (workout, 0);
}

/* Leaves date to the runner's rest: the planner's entries go, a pinned
 * rest day takes their place. */
static void
rest_day (RpPlan *plan,
          RpDate  date)
{
  g_autoptr(RpWorkout) rest = rp_workout_new (RP_KIND_REST);

  rp_workout_set_pinned (rest, TRUE);
  rp_plan_clear_unpinned (plan, date);
  if (rp_plan_get_n_workouts (plan, date) == 0 &&
      !rp_plan_insert_workout (plan, date, G_MAXUINT, rest, NULL))
    g_warn_if_reached ();
}

/* Grows the plan to hold date; records the growth in span. The date was
 * checked (rp_limits_check_date), so this cannot fail. */
static void
ensure_date (RpPlan *plan,
             RpDate  date,
             Span   *span)
{
  RpDate old_start = rp_plan_get_start (plan);
  RpDate old_end = rp_plan_get_end (plan);

  if (rp_plan_contains (plan, date))
    return;
  if (!rp_plan_ensure_date (plan, date))
    g_return_if_reached ();

  span_add_growth (span, old_start, old_end, plan);
}

RpWorkout *
rp_planner_place (RpPlan     *plan,
                  RpDate      date,
                  RpWorkout  *template,
                  GError    **error)
{
  g_autoptr(RpWorkout) workout = NULL;
  Span span = { 1, 0, FALSE };
  guint n;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (RP_IS_WORKOUT (template), NULL);

  /* Every check before anything changes: a refused edit changes nothing. */
  if (!rp_limits_check_date (plan, date, error) ||
      !rp_limits_check_room (plan, date, 1, error) ||
      !rp_limits_check_workout (template, error))
    return NULL;

  rp_plan_freeze_changed (plan);

  ensure_date (plan, date, &span);
  span_add_edit (&span, plan, date, FALSE);
  workout = pinned_copy (template);
  /* A template with the id of a workout still in the plan (pasted after
   * Copy) is a new workout; one whose workout left the plan (pasted after
   * Cut) is that workout, moved. */
  if (rp_workout_get_id (workout) != NULL)
    {
      if (plan_has_id (plan, rp_workout_get_id (workout)))
        forget_identity (workout);
      else
        rp_workout_follow (workout, template);
    }
  rp_plan_clear_unpinned (plan, date);
  if (!rp_plan_insert_workout (plan, date, G_MAXUINT, workout, error))
    g_warn_if_reached ();
  span_add_edit (&span, plan, date, TRUE);
  refill_span (plan, &span);

  rp_plan_thaw_changed (plan);

  n = rp_plan_get_n_workouts (plan, date);
  g_return_val_if_fail (n > 0, NULL);

  return rp_plan_get_workout (plan, date, n - 1);
}

gboolean
rp_planner_move (RpPlan    *plan,
                 RpDate     from,
                 guint      index,
                 RpDate     to,
                 gboolean   copy,
                 GError   **error)
{
  g_autoptr(RpWorkout) moved = NULL;
  Span span = { 1, 0, FALSE };
  gboolean was_planner;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);

  if (!rp_limits_check_index (plan, from, index, error) ||
      !rp_limits_check_date (plan, to, error) ||
      !rp_limits_check_workout (rp_plan_get_workout (plan, from, index), error))
    return FALSE;
  /* A workout moved within its own day takes no more room. */
  if ((copy || from != to) && !rp_limits_check_room (plan, to, 1, error))
    return FALSE;

  rp_plan_freeze_changed (plan);

  ensure_date (plan, to, &span);
  span_add_edit (&span, plan, from, FALSE);
  span_add_edit (&span, plan, to, FALSE);

  moved = pinned_copy (rp_plan_get_workout (plan, from, index));
  /* A moved workout is the same calendar event, changed; a copy is a new
   * one. */
  if (copy)
    forget_identity (moved);
  else
    rp_workout_follow (moved, rp_plan_get_workout (plan, from, index));
  was_planner = !rp_workout_get_pinned (rp_plan_get_workout (plan, from, index));
  if (!copy)
    rp_plan_remove_workout (plan, from, index);
  /* A planner workout moved away leaves its day resting: refilled, the
   * day would get the same run again and the move would look like a copy. */
  if (!copy && was_planner && from != to)
    rest_day (plan, from);
  rp_plan_clear_unpinned (plan, to);
  if (!rp_plan_insert_workout (plan, to, G_MAXUINT, moved, error))
    g_warn_if_reached ();

  span_add_edit (&span, plan, from, TRUE);
  span_add_edit (&span, plan, to, TRUE);
  refill_span (plan, &span);

  rp_plan_thaw_changed (plan);

  return TRUE;
}

gboolean
rp_planner_remove (RpPlan  *plan,
                   RpDate   date,
                   guint    index,
                   GError **error)
{
  Span span = { 1, 0, FALSE };

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);

  if (!rp_limits_check_index (plan, date, index, error))
    return FALSE;

  rp_plan_freeze_changed (plan);

  span_add_edit (&span, plan, date, FALSE);
  rp_plan_remove_workout (plan, date, index);
  span_add_edit (&span, plan, date, TRUE);
  refill_span (plan, &span);

  rp_plan_thaw_changed (plan);

  return TRUE;
}

/* The edited workout is the one it replaces: its id, and a sequence that
 * moves only if something changed. */
static void
keep_identity (RpWorkout *next,
               RpWorkout *previous)
{
  rp_workout_set_date (next, rp_workout_get_date (previous));
  if (rp_workout_equal (next, previous))
    {
      rp_workout_set_id (next, rp_workout_get_id (previous));
      rp_workout_set_sequence (next, rp_workout_get_sequence (previous));
      rp_workout_set_modified (next, rp_workout_get_modified (previous));
    }
  else
    {
      rp_workout_follow (next, previous);
    }
}

gboolean
rp_planner_replace (RpPlan     *plan,
                    RpDate      date,
                    guint       index,
                    RpWorkout  *workout,
                    GError    **error)
{
  g_autoptr(RpWorkout) pinned = NULL;
  Span span = { 1, 0, FALSE };

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), FALSE);

  if (!rp_limits_check_index (plan, date, index, error) ||
      !rp_limits_check_workout (workout, error))
    return FALSE;

  rp_plan_freeze_changed (plan);

  span_add_edit (&span, plan, date, FALSE);
  pinned = pinned_copy (workout);
  keep_identity (pinned, rp_plan_get_workout (plan, date, index));
  rp_plan_replace_workout (plan, date, index, pinned);
  /* The day is the runner's now: the engine's other entries go. */
  rp_plan_clear_unpinned (plan, date);
  span_add_edit (&span, plan, date, TRUE);
  refill_span (plan, &span);

  rp_plan_thaw_changed (plan);

  return TRUE;
}

/* Growth is an edit of its own here (the week view's "Extend the plan to
 * here"): the weeks added are filled like any week. */
gboolean
rp_planner_extend_to (RpPlan *plan,
                      RpDate  date)
{
  Span span = { 1, 0, FALSE };
  RpDate old_start, old_end;
  gboolean ok;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);

  if (rp_plan_contains (plan, date))
    return TRUE;

  old_start = rp_plan_get_start (plan);
  old_end = rp_plan_get_end (plan);
  rp_plan_freeze_changed (plan);
  ok = rp_plan_ensure_date (plan, date);
  if (ok)
    {
      span_add_growth (&span, old_start, old_end, plan);
      refill_span (plan, &span);
    }
  rp_plan_thaw_changed (plan);

  return ok;
}

gint64
rp_planner_workout_distance_m (RpPlan    *plan,
                               RpWorkout *workout)
{
  Ctx ctx;
  Size size;

  g_return_val_if_fail (RP_IS_PLAN (plan), -1);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), -1);

  _rp_planner_ctx_init (&ctx, plan);
  _rp_planner_workout_size (&ctx, workout, _rp_planner_week_target (&ctx, rp_workout_get_date (workout)), &size);

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

  _rp_planner_ctx_init (&ctx, plan);
  _rp_planner_workout_size (&ctx, workout, _rp_planner_week_target (&ctx, rp_workout_get_date (workout)), &size);

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
          _rp_planner_ctx_init (&ctx, plan);
          fast = slow = pace_int (_rp_planner_race_pace (&ctx, rp_planner_workout_distance_m (plan, workout)));
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
