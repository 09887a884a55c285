/* rp-export-csv.c — a date range of a plan as RFC 4180 CSV
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

#include <string.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-planner.h"
#include "rp-reason.h"
#include "rp-steps.h"

/* The columns, in order. Numbers are what the app shows (the engine's
 * sizes where the plan leaves them to it); an unknown one is empty. */
static const char * const columns[] = {
  "date", "kind", "pinned", "distance_m", "duration_s", "pace_fast_s_per_km",
  "pace_slow_s_per_km", "steps", "reason", "reason_text", "notes",
};

/* RFC 4180: a field holding a comma, a quote, CR or LF is quoted, its
 * quotes doubled. */
static void
append_field (GString    *out,
              const char *text,
              gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  if (text == NULL || strpbrk (text, ",\"\r\n") == NULL)
    {
      g_string_append (out, text != NULL ? text : "");
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_int (GString *out,
            gint64   value)
{
  g_string_append_c (out, ',');
  if (value >= 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT, value);
}

static void
append_row (GString   *out,
            RpPlan    *plan,
            RpWorkout *workout,
            RpUnit     unit)
{
  const RpReason *reason = rp_workout_get_reason (workout);
  g_autofree char *steps = rp_steps_format_workout (workout, unit);
  g_autofree char *reason_text = NULL;
  char iso[RP_DATE_ISO_LEN];
  int fast = 0, slow = 0;
  gboolean has_reason = reason != NULL && reason->code != RP_REASON_NONE;

  if (has_reason)
    reason_text = rp_reason_format_on (reason, rp_workout_get_date (workout), unit);
  rp_planner_workout_pace (plan, workout, &fast, &slow);

  append_field (out, rp_date_to_iso (rp_workout_get_date (workout), iso), TRUE);
  append_field (out, rp_kind_to_name (rp_workout_get_kind (workout)), FALSE);
  append_field (out, rp_workout_get_pinned (workout) ? "true" : "false", FALSE);
  append_int (out, rp_planner_workout_distance_m (plan, workout));
  append_int (out, rp_planner_workout_duration_s (plan, workout));
  append_int (out, fast > 0 ? fast : -1);
  append_int (out, slow > 0 ? slow : -1);
  append_field (out, steps, FALSE);
  append_field (out, has_reason ? rp_reason_code_to_name (reason->code) : NULL, FALSE);
  append_field (out, reason_text, FALSE);
  append_field (out, rp_workout_get_notes (workout), FALSE);
  g_string_append (out, "\r\n");
}

GBytes *
rp_export_csv (RpPlan *plan,
               RpDate  first,
               RpDate  last)
{
  GString *out;
  RpUnit unit;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (rp_export_check_range (plan, first, last, NULL), NULL);

  out = g_string_new (NULL);
  unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    append_field (out, columns[i], i == 0);
  g_string_append (out, "\r\n");

  for (RpDate date = first; date <= last; date++)
    {
      guint n = rp_plan_get_n_workouts (plan, date);

      for (guint i = 0; i < n; i++)
        append_row (out, plan, rp_plan_get_workout (plan, date, i), unit);
    }
  return g_string_free_to_bytes (out);
}
