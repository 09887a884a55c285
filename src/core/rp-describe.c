/* rp-describe.c
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

#define G_LOG_DOMAIN "rp-describe"

#include "config.h"

#include "rp-describe.h"

#include <glib/gi18n.h>

#include "rp-kind.h"
#include "rp-planner.h"

static RpUnit
plan_unit (RpPlan *plan)
{
  return rp_athlete_get_unit (rp_plan_get_athlete (plan));
}

char *
rp_describe_workout_size (RpPlan    *plan,
                          RpWorkout *workout)
{
  RpKind kind;
  gint64 distance;
  gint64 duration;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), NULL);

  kind = rp_workout_get_kind (workout);
  if (kind == RP_KIND_REST)
    return NULL;

  /* What the runner typed comes first: a duration-only workout shows its time. */
  if (rp_workout_get_distance_m (workout) < 0 && rp_workout_get_duration_s (workout) > 0)
    return rp_format_duration (rp_workout_get_duration_s (workout));

  distance = rp_planner_workout_distance_m (plan, workout);
  if (distance > 0 && rp_kind_is_running (kind))
    return rp_format_distance (distance, plan_unit (plan));

  duration = rp_planner_workout_duration_s (plan, workout);
  if (duration > 0)
    return rp_format_duration (duration);

  return NULL;
}

gboolean
rp_describe_workout_pace_range (RpPlan      *plan,
                                RpWorkout   *workout,
                                RpPaceRange *out,
                                gboolean    *out_work)
{
  int fast = 0;
  int slow = 0;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  rp_planner_workout_pace (plan, workout, &fast, &slow);
  if (out_work != NULL)
    *out_work = rp_kind_is_session (rp_workout_get_kind (workout));

  return rp_format_pace_range (fast, slow, plan_unit (plan), out);
}

char *
rp_describe_workout_pace (RpPlan    *plan,
                          RpWorkout *workout)
{
  g_autofree char *pace = NULL;
  RpPaceRange range;
  gboolean work = FALSE;

  if (!rp_describe_workout_pace_range (plan, workout, &range, &work))
    return NULL;

  pace = rp_pace_range_to_string (&range);
  if (!work)
    return g_steal_pointer (&pace);

  /* Translators: the pace of a session's work, e.g. "work at 3:55/km" */
  return g_strdup_printf (_("work at %s"), pace);
}

char *
rp_describe_workout (RpPlan    *plan,
                     RpWorkout *workout)
{
  g_autofree char *size = rp_describe_workout_size (plan, workout);
  g_autofree char *pace = rp_describe_workout_pace (plan, workout);
  GString *str = g_string_new (rp_kind_get_label (rp_workout_get_kind (workout)));

  if (size != NULL)
    g_string_append_printf (str, ", %s", size);
  if (pace != NULL)
    g_string_append_printf (str, ", %s", pace);
  g_string_append (str, ", ");
  g_string_append (str, rp_workout_get_pinned (workout) ? _("placed by you")
                                                        : _("planned by Run Planner"));

  return g_string_free (str, FALSE);
}
