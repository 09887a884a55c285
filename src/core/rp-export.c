/* rp-export.c — ranges of a plan, and a range as a plan file
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

#define G_LOG_DOMAIN "rp-export"

#include "config.h"

#include "rp-export.h"

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-json-extra.h"
#include "rp-plan-file.h"

G_DEFINE_QUARK (rp-export-error-quark, rp_export_error)

gboolean
rp_export_check_range (RpPlan  *plan,
                       RpDate   first,
                       RpDate   last,
                       GError **error)
{
  char start[RP_DATE_ISO_LEN], end[RP_DATE_ISO_LEN];

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);

  if (first > last)
    {
      g_set_error_literal (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_RANGE,
                           _("the range ends before it starts"));
      return FALSE;
    }
  if (!rp_plan_contains (plan, first) || !rp_plan_contains (plan, last))
    {
      g_set_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_RANGE,
                   _("the range is not inside the plan (%s to %s)"),
                   rp_date_to_iso (rp_plan_get_start (plan), start),
                   rp_date_to_iso (rp_plan_get_end (plan), end));
      return FALSE;
    }
  return TRUE;
}

RpPlan *
rp_export_plan_range (RpPlan *plan,
                      RpDate  first,
                      RpDate  last)
{
  RpPlan *range;
  guint first_week, last_week;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (rp_export_check_range (plan, first, last, NULL), NULL);

  first_week = rp_plan_get_week_index (plan, first);
  last_week = rp_plan_get_week_index (plan, last);
  range = rp_plan_new_for_athlete (rp_plan_get_athlete (plan),
                                   rp_plan_get_week_start (plan, first_week),
                                   last_week - first_week + 1);

  for (guint w = first_week; w <= last_week; w++)
    rp_plan_set_week_target_override (range, w - first_week,
                                      rp_plan_get_week_target_override (plan, w));
  for (RpDate date = first; date <= last; date++)
    {
      guint n = rp_plan_get_n_workouts (plan, date);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(RpWorkout) copy = rp_workout_copy (rp_plan_get_workout (plan, date, i));

          /* Same limits as the plan it comes from: cannot fail. */
          rp_plan_insert_workout (range, date, G_MAXUINT, copy, NULL);
        }
    }

  /* Keys a newer program wrote travel with the plan's days. */
  if (rp_plan_get_extra (plan) != NULL)
    {
      JsonObject *extra = rp_json_extra_copy (rp_plan_get_extra (plan));

      rp_plan_set_extra (range, extra);
      json_object_unref (extra);
    }
  return range;
}

GBytes *
rp_export_json (RpPlan *plan,
                RpDate  first,
                RpDate  last)
{
  g_autoptr(RpPlan) range = NULL;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (rp_export_check_range (plan, first, last, NULL), NULL);

  range = rp_export_plan_range (plan, first, last);
  return rp_plan_file_serialize (range);
}
