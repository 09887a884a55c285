/* rp-plan-command.c
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

#define G_LOG_DOMAIN "rp-plan-command"

#include "config.h"

#include "rp-plan-command.h"

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-limits.h"
#include "rp-planner.h"

/* Every command is "check, begin, edit, commit": the planner checks the
 * limits before it changes anything, and RpHistory drops a step that
 * changed nothing, so a refused edit leaves no undo step. */

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

static const char *
kind_label (RpKind kind)
{
  /* The kinds table marks its labels with N_() in our gettext domain. */
  return _(rp_kind_get_info (kind)->label);
}

RpWorkout *
rp_plan_command_add (RpPlan     *plan,
                     RpHistory  *history,
                     RpDate      date,
                     RpWorkout  *template_,
                     GError    **error)
{
  g_autoptr(RpWorkout) sized = NULL;
  g_autofree char *label = NULL;
  RpWorkout *placed;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), NULL);
  g_return_val_if_fail (RP_IS_WORKOUT (template_), NULL);
  check_history (plan, history);

  sized = rp_workout_copy (template_);
  if (rp_date_is_valid (date))
    rp_planner_apply_default_size (plan, sized, date);

  /* Translators: undo label, e.g. "Add Tempo" */
  label = g_strdup_printf (_("Add %s"), kind_label (rp_workout_get_kind (sized)));
  begin (history, label);
  placed = rp_planner_place (plan, date, sized, error);
  commit (history);

  return placed;
}

gboolean
rp_plan_command_move (RpPlan     *plan,
                      RpHistory  *history,
                      RpDate      from,
                      guint       index,
                      RpDate      to,
                      gboolean    copy,
                      GError    **error)
{
  g_autofree char *label = NULL;
  RpWorkout *workout;
  gboolean ok;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  check_history (plan, history);

  if (!rp_limits_check_index (plan, from, index, error))
    return FALSE;
  workout = rp_plan_get_workout (plan, from, index);

  if (copy)
    /* Translators: undo label, e.g. "Copy Intervals" */
    label = g_strdup_printf (_("Copy %s"), kind_label (rp_workout_get_kind (workout)));
  else
    /* Translators: undo label, e.g. "Move Long Run" */
    label = g_strdup_printf (_("Move %s"), kind_label (rp_workout_get_kind (workout)));
  begin (history, label);
  ok = rp_planner_move (plan, from, index, to, copy, error);
  commit (history);

  return ok;
}

gboolean
rp_plan_command_remove (RpPlan     *plan,
                        RpHistory  *history,
                        RpDate      date,
                        guint       index,
                        GError    **error)
{
  g_autofree char *label = NULL;
  RpWorkout *workout;
  gboolean ok;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  check_history (plan, history);

  if (!rp_limits_check_index (plan, date, index, error))
    return FALSE;
  workout = rp_plan_get_workout (plan, date, index);

  /* The engine would put its own entry straight back: refuse, not pretend. */
  if (!rp_workout_get_pinned (workout))
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_NOT_PINNED,
                   _("Only workouts you placed can be removed"));
      return FALSE;
    }

  /* Translators: undo label, e.g. "Remove Easy Run" */
  label = g_strdup_printf (_("Remove %s"), kind_label (rp_workout_get_kind (workout)));
  begin (history, label);
  ok = rp_planner_remove (plan, date, index, error);
  commit (history);

  return ok;
}

gboolean
rp_plan_command_replace (RpPlan     *plan,
                         RpHistory  *history,
                         RpDate      date,
                         guint       index,
                         RpWorkout  *workout,
                         GError    **error)
{
  g_autofree char *label = NULL;
  gboolean ok;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), FALSE);
  check_history (plan, history);

  /* Translators: undo label, e.g. "Edit Tempo" */
  label = g_strdup_printf (_("Edit %s"), kind_label (rp_workout_get_kind (workout)));
  begin (history, label);
  ok = rp_planner_replace (plan, date, index, workout, error);
  commit (history);

  return ok;
}

gboolean
rp_plan_command_keep (RpPlan     *plan,
                      RpHistory  *history,
                      RpDate      date,
                      guint       index,
                      GError    **error)
{
  g_autoptr(RpWorkout) kept = NULL;
  g_autofree char *label = NULL;
  RpWorkout *workout;
  gboolean ok;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  check_history (plan, history);

  if (!rp_limits_check_index (plan, date, index, error))
    return FALSE;
  workout = rp_plan_get_workout (plan, date, index);

  kept = rp_workout_copy (workout);
  rp_workout_set_pinned (kept, TRUE);
  /* Translators: undo label, e.g. "Keep Easy Run" (a planner workout
   * made the runner's own) */
  label = g_strdup_printf (_("Keep %s"), kind_label (rp_workout_get_kind (kept)));
  begin (history, label);
  ok = rp_planner_replace (plan, date, index, kept, error);
  commit (history);

  return ok;
}

/* The whole paste is checked first, so that it lands whole or not at all. */
static gboolean
check_paste (RpPlan     *plan,
             RpDate      date,
             GPtrArray  *workouts,
             guint      *out_n,
             GError    **error)
{
  guint n = 0;

  for (guint i = 0; i < workouts->len; i++)
    {
      RpWorkout *workout = g_ptr_array_index (workouts, i);

      if (!rp_workout_get_pinned (workout))
        continue;
      if (!rp_limits_check_workout (workout, error))
        return FALSE;
      n++;
    }
  *out_n = n;

  return rp_limits_check_date (plan, date, error) && rp_limits_check_room (plan, date, n, error);
}

gboolean
rp_plan_command_paste (RpPlan     *plan,
                       RpHistory  *history,
                       RpDate      date,
                       GPtrArray  *workouts,
                       GError    **error)
{
  g_autofree char *label = NULL;
  gboolean any = FALSE;
  guint n = 0;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (workouts != NULL, FALSE);
  check_history (plan, history);

  if (!check_paste (plan, date, workouts, &n, error) || n == 0)
    return FALSE;

  /* Translators: undo label, e.g. "Paste 2 Workouts" */
  label = g_strdup_printf (ngettext ("Paste %u Workout", "Paste %u Workouts", n), n);
  begin (history, label);
  rp_plan_freeze_changed (plan);
  for (guint i = 0; i < workouts->len; i++)
    {
      RpWorkout *workout = g_ptr_array_index (workouts, i);

      /* Engine entries are re-derived on the target day, so only the
       * runner's own workouts are worth copying. */
      if (!rp_workout_get_pinned (workout))
        continue;
      if (rp_planner_place (plan, date, workout, error) == NULL)
        break;
      any = TRUE;
    }
  rp_plan_thaw_changed (plan);
  commit (history);

  return any;
}

gboolean
rp_plan_command_extend_to (RpPlan     *plan,
                           RpHistory  *history,
                           RpDate      date,
                           GError    **error)
{
  RpDate week_start;
  gboolean ok;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  check_history (plan, history);

  /* The whole week must fit the calendar and the plan's length. */
  if (!rp_limits_check_date (plan, date, error))
    return FALSE;

  week_start = rp_date_week_start (date,
                                   rp_athlete_get_week_start (rp_plan_get_athlete (plan)));
  begin (history, _("Extend the Plan"));
  ok = rp_planner_extend_to (plan, week_start) && rp_planner_extend_to (plan, week_start + 6);
  commit (history);

  return ok;
}

gboolean
rp_plan_command_set_week_target (RpPlan     *plan,
                                 RpHistory  *history,
                                 RpDate      date,
                                 gint64      target_m,
                                 GError    **error)
{
  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  check_history (plan, history);

  if (target_m != RP_PLAN_TARGET_DEFAULT && (target_m < 0 || target_m > RP_MAX_VOLUME_M))
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE,
                   _("a week’s target must be between 0 and %d km"), RP_MAX_VOLUME_M / 1000);
      return FALSE;
    }
  /* A week outside the plan joins it by this edit, undone with it. */
  if (!rp_limits_check_date (plan, date, error))
    return FALSE;

  begin (history, _("Set Week Target"));
  rp_plan_freeze_changed (plan);
  if (rp_plan_ensure_date (plan, date))
    rp_plan_set_week_target_override (plan, rp_plan_get_week_index (plan, date), target_m);
  rp_planner_refill_all (plan);
  rp_plan_thaw_changed (plan);
  commit (history);

  return TRUE;
}

void
rp_plan_command_set_athlete (RpPlan    *plan,
                             RpHistory *history,
                             RpAthlete *settings)
{
  g_return_if_fail (RP_IS_PLAN (plan));
  g_return_if_fail (history == NULL || RP_IS_HISTORY (history));
  g_return_if_fail (RP_IS_ATHLETE (settings));
  check_history (plan, history);

  begin (history, _("Change Plan Settings"));
  rp_plan_freeze_changed (plan);
  rp_athlete_assign (rp_plan_get_athlete (plan), settings);
  rp_planner_refill_all (plan);
  rp_plan_thaw_changed (plan);
  commit (history);
}
