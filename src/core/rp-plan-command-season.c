/* rp-plan-command-season.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-plan-command"

#include "config.h"

#include "rp-plan-command-season.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-limits.h"
#include "rp-plan-reader.h"
#include "rp-planner.h"
#include "rp-season.h"

/* As in rp-plan-command.c: check everything first, then begin, edit and
 * commit; RpHistory drops a step that changed nothing. */

static void
begin (RpHistory  *history,
       const char *label)
{
  if (history != NULL)
    rp_history_begin (history, label);
}

static void
commit (RpHistory *history)
{
  if (history != NULL)
    rp_history_commit (history);
}

static void
check_history (RpPlan    *plan,
               RpHistory *history)
{
  if (history != NULL && rp_history_get_plan (history) != plan)
    g_critical ("The history given records another plan");
}

static RpDate
week_of (RpPlan *plan,
         RpDate  date)
{
  return rp_date_week_start (date, rp_athlete_get_week_start (rp_plan_get_athlete (plan)));
}

/* The whole week of date inside the calendar and the plan's length. */
static gboolean
check_week (RpPlan  *plan,
            RpDate   week_start,
            GError **error)
{
  return rp_limits_check_date (plan, week_start, error) &&
         rp_limits_check_date (plan, week_start + 6, error);
}

static gboolean
check_in_plan (RpPlan  *plan,
               RpDate   date,
               GError **error)
{
  char buf[RP_DATE_ISO_LEN];

  if (rp_date_is_valid (date) && rp_plan_contains (plan, date))
    return TRUE;

  g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE,
               _("The week of %s is not in the plan"),
               rp_date_is_valid (date) ? rp_date_to_iso (date, buf) : "?");
  return FALSE;
}

static gboolean
has_pinned_race (RpPlan *plan,
                 RpDate  date)
{
  guint n = rp_plan_get_n_workouts (plan, date);

  for (guint i = 0; i < n; i++)
    {
      RpWorkout *workout = rp_plan_get_workout (plan, date, i);

      if (rp_workout_get_pinned (workout) && rp_workout_get_kind (workout) == RP_KIND_RACE)
        return TRUE;
    }

  return FALSE;
}

/* The planner's return after a race reaches at most 3 weeks past its week
 * (docs/planning-rules.md); a season leaves them to it. */
#define RETURN_WEEKS 3

gboolean
rp_plan_command_build_season (RpPlan     *plan,
                              RpHistory  *history,
                              RpDate      first_week,
                              RpDate      race_date,
                              gint64      race_m,
                              gint64      volume_m,
                              GError    **error)
{
  g_autoptr(GArray) targets = NULL;
  RpDate race_week, last_week;
  guint first;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  check_history (plan, history);

  if (race_m <= 0 || race_m > RP_PLAN_MAX_DISTANCE_M)
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE,
                   _("a race must be longer than 0 km and at most %d km"),
                   RP_PLAN_MAX_DISTANCE_M / 1000);
      return FALSE;
    }
  if (volume_m < 0)
    volume_m = rp_athlete_get_volume_m (rp_plan_get_athlete (plan));
  if (volume_m <= 0 || volume_m > RP_MAX_VOLUME_M)
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE,
                   _("the weekly volume to build from must be above 0 and at most %d km"),
                   RP_MAX_VOLUME_M / 1000);
      return FALSE;
    }
  if (!rp_date_is_valid (race_date) || !check_week (plan, week_of (plan, race_date), error))
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE, _("not a date"));
      return FALSE;
    }

  race_week = week_of (plan, race_date);
  if (!rp_date_is_valid (first_week))
    first_week = MAX (week_of (plan, rp_date_today ()) + 7, rp_plan_get_start (plan));
  first_week = week_of (plan, first_week);
  if (first_week > race_week)
    {
      char buf[RP_DATE_ISO_LEN];

      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE,
                   _("The race is before the season’s first week (%s)"),
                   rp_date_to_iso (first_week, buf));
      return FALSE;
    }
  last_week = race_week + 7 * RETURN_WEEKS;
  if (!check_week (plan, first_week, error) || !check_week (plan, last_week, error))
    return FALSE;
  /* The limits check the plan's length against each date alone. */
  if ((MAX (last_week + 6, rp_plan_get_end (plan)) + 1 -
       MIN (first_week, rp_plan_get_start (plan))) / 7 > RP_MAX_WEEKS)
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_TOO_LONG,
                   _("A plan holds at most %d weeks"), RP_MAX_WEEKS);
      return FALSE;
    }
  if (!has_pinned_race (plan, race_date) &&
      !rp_limits_check_room (plan, race_date, 1, error))
    return FALSE;

  begin (history, _("Build Season"));
  rp_plan_freeze_changed (plan);

  rp_plan_ensure_date (plan, first_week);
  rp_plan_ensure_date (plan, last_week + 6);

  if (!has_pinned_race (plan, race_date))
    {
      g_autoptr(RpWorkout) race = rp_workout_new (RP_KIND_RACE);

      rp_workout_set_distance_m (race, race_m);
      rp_workout_set_pinned (race, TRUE);
      rp_plan_insert_workout (plan, race_date, G_MAXUINT, race, NULL);
    }

  targets = rp_season_compute_targets (plan, first_week, race_date, race_m, volume_m);
  first = rp_plan_get_week_index (plan, first_week);
  for (guint i = 0; i < targets->len; i++)
    {
      const RpSeasonTarget *t = &g_array_index (targets, RpSeasonTarget, i);

      if (t->reason.code != RP_TARGET_REASON_NONE)
        rp_plan_set_week_target_with_reason (plan, first + i, t->target_m, &t->reason);
    }
  for (guint k = 1; k <= RETURN_WEEKS; k++)
    {
      guint week = rp_plan_get_week_index (plan, race_week + 7 * k);

      if (rp_plan_get_week_target_reason (plan, week).code != RP_TARGET_REASON_NONE)
        rp_plan_set_week_target_override (plan, week, RP_PLAN_TARGET_DEFAULT);
    }

  rp_planner_refill_all (plan);
  rp_plan_thaw_changed (plan);
  commit (history);

  return TRUE;
}

/* The runner's own workouts of the 7 days from week_start, as copies. */
static GPtrArray *
own_workouts_of (RpPlan *plan,
                 RpDate  week_start,
                 guint   day)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_object_unref);
  guint n = rp_plan_get_n_workouts (plan, week_start + day);

  for (guint i = 0; i < n; i++)
    {
      RpWorkout *workout = rp_plan_get_workout (plan, week_start + day, i);

      if (rp_workout_get_pinned (workout))
        g_ptr_array_add (list, rp_workout_copy (workout));
    }

  return list;
}

/* Replaces the days of to's week by copies of the runner's workouts of
 * the days of source (7 lists). Engine entries go too; the re-fill puts
 * them back where they belong. */
static void
put_week (RpPlan     *plan,
          RpDate      to,
          GPtrArray **source)
{
  rp_plan_ensure_date (plan, to);
  rp_plan_ensure_date (plan, to + 6);

  for (guint d = 0; d < 7; d++)
    {
      while (rp_plan_get_n_workouts (plan, to + d) > 0)
        rp_plan_remove_workout (plan, to + d, rp_plan_get_n_workouts (plan, to + d) - 1);
      for (guint i = 0; i < source[d]->len; i++)
        {
          /* Another workout, with an id of its own. */
          g_autoptr(RpWorkout) copy = rp_workout_copy_as_new (g_ptr_array_index (source[d], i));

          rp_plan_insert_workout (plan, to + d, G_MAXUINT, copy, NULL);
        }
    }
}

static gboolean
copy_weeks (RpPlan      *plan,
            RpHistory   *history,
            const char  *label,
            RpDate       from,
            RpDate       to,
            guint        n,
            GError     **error)
{
  GPtrArray *source[7];

  if (!check_in_plan (plan, from, error))
    return FALSE;
  from = week_of (plan, from);
  to = week_of (plan, to);
  if (to == from)
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE,
                   _("A week cannot be copied onto itself"));
      return FALSE;
    }
  if (!check_week (plan, to, error) || !check_week (plan, to + 7 * (n - 1), error))
    return FALSE;
  if ((MAX (to + 7 * n - 1, rp_plan_get_end (plan)) + 1 -
       MIN (to, rp_plan_get_start (plan))) / 7 > RP_MAX_WEEKS)
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_TOO_LONG,
                   _("A plan holds at most %d weeks"), RP_MAX_WEEKS);
      return FALSE;
    }

  for (guint d = 0; d < 7; d++)
    source[d] = own_workouts_of (plan, from, d);

  begin (history, label);
  rp_plan_freeze_changed (plan);
  for (guint k = 0; k < n; k++)
    put_week (plan, to + 7 * k, source);
  rp_planner_refill_all (plan);
  rp_plan_thaw_changed (plan);
  commit (history);

  for (guint d = 0; d < 7; d++)
    g_ptr_array_unref (source[d]);

  return TRUE;
}

gboolean
rp_plan_command_copy_week (RpPlan     *plan,
                           RpHistory  *history,
                           RpDate      from,
                           RpDate      to,
                           GError    **error)
{
  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  check_history (plan, history);

  if (!rp_date_is_valid (to))
    return check_in_plan (plan, to, error);

  return copy_weeks (plan, history, _("Copy Week"), from, to, 1, error);
}

gboolean
rp_plan_command_repeat_week (RpPlan     *plan,
                             RpHistory  *history,
                             RpDate      week,
                             guint       n,
                             GError    **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  check_history (plan, history);

  if (n == 0 || n > RP_MAX_WEEKS)
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE,
                   _("A week can be repeated 1 to %d times"), RP_MAX_WEEKS);
      return FALSE;
    }
  if (!check_in_plan (plan, week, error))
    return FALSE;

  /* Translators: undo label, e.g. "Repeat Week 3 Times" */
  label = g_strdup_printf (ngettext ("Repeat Week %u Time", "Repeat Week %u Times", n), n);

  return copy_weeks (plan, history, label, week, week_of (plan, week) + 7, n, error);
}

gboolean
rp_plan_command_clear_week (RpPlan     *plan,
                            RpHistory  *history,
                            RpDate      week,
                            GError    **error)
{
  gboolean any = FALSE;
  RpDate first;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  check_history (plan, history);

  if (!check_in_plan (plan, week, error))
    return FALSE;
  first = week_of (plan, week);
  for (guint d = 0; d < 7 && !any; d++)
    {
      g_autoptr(GPtrArray) own = own_workouts_of (plan, first, d);

      any = own->len > 0;
    }
  if (!any)
    {
      char buf[RP_DATE_ISO_LEN];

      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_NO_WORKOUT,
                   _("The week of %s has none of your own workouts to clear"),
                   rp_date_to_iso (first, buf));
      return FALSE;
    }

  begin (history, _("Clear Week"));
  rp_plan_freeze_changed (plan);
  for (guint d = 0; d < 7; d++)
    {
      for (guint i = rp_plan_get_n_workouts (plan, first + d); i > 0; i--)
        {
          if (rp_workout_get_pinned (rp_plan_get_workout (plan, first + d, i - 1)))
            rp_plan_remove_workout (plan, first + d, i - 1);
        }
    }
  rp_planner_refill_all (plan);
  rp_plan_thaw_changed (plan);
  commit (history);

  return TRUE;
}

/* The last build week before week: the nearest of the 4 before it whose
 * target is not a down or taper week's; else the week before; else the
 * week itself (the plan's first week). */
static guint
build_week_before (RpPlan *plan,
                   guint   week)
{
  for (guint back = 1; back <= 4 && back <= week; back++)
    {
      RpTargetReasonCode code = rp_plan_get_week_target_reason (plan, week - back).code;

      if (code != RP_TARGET_REASON_DOWN && code != RP_TARGET_REASON_TAPER &&
          code != RP_TARGET_REASON_RACE_WEEK)
        return week - back;
    }

  return week > 0 ? week - 1 : week;
}

gboolean
rp_plan_command_down_week (RpPlan     *plan,
                           RpHistory  *history,
                           RpDate      week,
                           GError    **error)
{
  RpTargetReason reason = { RP_TARGET_REASON_DOWN, RP_SEASON_DOWN_PERCENT };
  double step;
  guint index;
  gint64 target_m;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  check_history (plan, history);

  if (!check_in_plan (plan, week, error))
    return FALSE;

  index = rp_plan_get_week_index (plan, week);
  step = rp_athlete_get_unit (rp_plan_get_athlete (plan)) == RP_UNIT_MI
           ? RP_METRES_PER_MILE / 10.0 : 100.0;
  target_m = llround (round (rp_plan_get_week_target (plan, build_week_before (plan, index)) *
                             RP_SEASON_DOWN_PERCENT / 100.0 / step) * step);

  if (rp_plan_get_week_target_override (plan, index) == target_m &&
      rp_plan_get_week_target_reason (plan, index).code == RP_TARGET_REASON_DOWN)
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE,
                   _("The week is a down week already"));
      return FALSE;
    }

  begin (history, _("Make Down Week"));
  rp_plan_freeze_changed (plan);
  rp_plan_set_week_target_with_reason (plan, index, target_m, &reason);
  rp_planner_refill_all (plan);
  rp_plan_thaw_changed (plan);
  commit (history);

  return TRUE;
}
