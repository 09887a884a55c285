/* rp-plan-writer.c
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

#define G_LOG_DOMAIN "rp-plan-writer"

#include "config.h"

#include "rp-plan-writer.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "rp-date.h"
#include "rp-json-writer.h"
#include "rp-kind.h"
#include "rp-limits.h"
#include "rp-plan-file.h"
#include "rp-plan-reader.h"
#include "rp-season.h"

/* ------------------------------------------------------------------ */
/* Output in json-glib's pretty format, by rp-json-writer.c.            */

/* Any json-glib value (unknown keys). */
static void
node_value (RpJsonWriter *w,
            JsonNode     *node)
{
  switch (JSON_NODE_TYPE (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObject *obj = json_node_get_object (node);
        GList *members = json_object_get_members (obj);

        rp_json_writer_begin_object (w);
        for (GList *l = members; l != NULL; l = l->next)
          {
            rp_json_writer_member (w, l->data);
            node_value (w, json_object_get_member (obj, l->data));
          }
        rp_json_writer_end_object (w);
        g_list_free (members);
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);
        guint n = json_array_get_length (array);

        rp_json_writer_begin_array (w);
        for (guint i = 0; i < n; i++)
          node_value (w, json_array_get_element (array, i));
        rp_json_writer_end_array (w);
      }
      break;
    case JSON_NODE_NULL:
      rp_json_writer_null (w);
      break;
    case JSON_NODE_VALUE:
    default:
      if (json_node_get_value_type (node) == G_TYPE_INT64)
        rp_json_writer_int (w, json_node_get_int (node));
      else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        rp_json_writer_boolean (w, json_node_get_boolean (node));
      else if (json_node_get_value_type (node) == G_TYPE_STRING)
        rp_json_writer_string (w, json_node_get_string (node));
      else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        rp_json_writer_double (w, json_node_get_double (node));
      break;
    }
}

/* ------------------------------------------------------------------ */
/* From the model to bytes, as the model holds them: nothing is clamped,
 * cut or dropped. Every edit checks the loader's limits (rp-limits.c), so
 * the file we write is one we read; a model over a limit is a bug that
 * rp_plan_writer_write reports, and still writes whole.                */

static void
add_int (RpJsonWriter *b,
         const char   *key,
         gint64        value)
{
  rp_json_writer_member (b, key);
  rp_json_writer_int (b, value);
}

static void
add_string (RpJsonWriter *b,
            const char   *key,
            const char   *value)
{
  rp_json_writer_member (b, key);
  rp_json_writer_string (b, value);
}

/* Optional integer: written when set (>= 0). */
static void
add_opt_int (RpJsonWriter *b,
             const char   *key,
             gint64        value)
{
  if (value >= 0)
    add_int (b, key, value);
}

static void
add_pace_value (RpJsonWriter *b,
                double        pace)
{
  gint64 value = (gint64) round (pace);

  if (value <= 0)
    rp_json_writer_null (b);
  else
    rp_json_writer_int (b, value);
}

/* [fast, slow]; a pair set the wrong way round is written in order, since
 * the loader refuses a fast pace slower than the slow one. */
static void
add_pace_pair (RpJsonWriter *b,
               const char   *key,
               double        fast,
               double        slow)
{
  gint64 values[2];

  for (guint i = 0; i < 2; i++)
    {
      values[i] = (gint64) round (i == 0 ? fast : slow);
      values[i] = MAX (values[i], 0);
    }
  if (values[0] == 0 && values[1] == 0)
    return;
  if (values[0] > 0 && values[1] > 0 && values[0] > values[1])
    {
      gint64 swap = values[0];

      values[0] = values[1];
      values[1] = swap;
    }

  rp_json_writer_member (b, key);
  rp_json_writer_begin_array (b);
  add_pace_value (b, values[0]);
  add_pace_value (b, values[1]);
  rp_json_writer_end_array (b);
}

/* Unknown keys of a loaded object, after the known ones; a key that
 * collides with one we write is dropped (it would be a duplicate). */
static void
add_extra (RpJsonWriter       *b,
           JsonObject         *extra,
           const char * const *known)
{
  GList *members;

  if (extra == NULL)
    return;

  members = json_object_get_members (extra);
  for (GList *iter = members; iter != NULL; iter = iter->next)
    {
      const char *key = iter->data;

      if (g_strv_contains (known, key) || !g_utf8_validate (key, -1, NULL))
        continue;
      rp_json_writer_member (b, key);
      node_value (b, json_object_get_member (extra, key));
    }
  g_list_free (members);
}

static void
add_manual_paces (RpJsonWriter *b,
                  RpAthlete    *athlete)
{
  static const char * const keys[] = {
    "marathon", "threshold", "interval", "repetition", "recovery", "half",
  };
  RpPaces paces;

  if (!rp_athlete_get_manual_paces (athlete, &paces))
    return;

  rp_json_writer_member (b, "manual_paces_s_per_km");
  rp_json_writer_begin_object (b);
  add_pace_pair (b, "easy", paces.easy_fast, paces.easy_slow);
  {
    const double values[G_N_ELEMENTS (keys)] = {
      paces.marathon, paces.threshold, paces.interval,
      paces.repetition, paces.recovery, paces.half,
    };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      if (round (values[i]) > 0)
        add_int (b, keys[i], (gint64) round (values[i]));
  }
  rp_json_writer_end_object (b);
}

static void
add_athlete (RpJsonWriter *b,
             RpAthlete    *athlete)
{
  guint rest = rp_athlete_get_rest_days (athlete);
  GDateWeekday week_start = rp_athlete_get_week_start (athlete);
  gint64 distance_m, time_s;

  rp_json_writer_member (b, "athlete");
  rp_json_writer_begin_object (b);
  add_string (b, "goal", rp_race_to_name (rp_athlete_get_goal (athlete)));
  if (rp_athlete_get_race_result (athlete, &distance_m, &time_s) && distance_m > 0 && time_s > 0)
    {
      rp_json_writer_member (b, "race_result");
      rp_json_writer_begin_object (b);
      add_int (b, "distance_m", distance_m);
      add_int (b, "time_s", time_s);
      rp_json_writer_end_object (b);
    }
  add_int (b, "volume_target_m", rp_athlete_get_volume_m (athlete));

  rp_json_writer_member (b, "rest_days");
  rp_json_writer_begin_array (b);
  for (guint d = 1; d <= 7; d++)
    if (rest & (1u << (d - 1)))
      rp_json_writer_string (b, rp_date_weekday_to_name (d));
  rp_json_writer_end_array (b);

  add_string (b, "unit", rp_plan_unit_names[rp_athlete_get_unit (athlete) == RP_UNIT_MI]);
  add_string (b, "recovery",
              rp_plan_recovery_names[MIN ((guint) rp_athlete_get_recovery_preference (athlete), 2)]);
  if (week_start < G_DATE_MONDAY || week_start > G_DATE_SUNDAY)
    week_start = G_DATE_MONDAY;
  add_string (b, "week_start", rp_date_weekday_to_name (week_start));
  /* Only a value the runner chose (0 included) goes to the file, so the
   * unit's default still follows a change of unit. */
  if (rp_athlete_has_own_min_easy_m (athlete))
    add_int (b, "min_easy_m", rp_athlete_get_min_easy_m (athlete));
  add_manual_paces (b, athlete);
  /* Written only when on: a plan that never had it keeps its bytes. */
  if (rp_athlete_get_calendar_file (athlete))
    {
      rp_json_writer_member (b, "calendar_file");
      rp_json_writer_boolean (b, TRUE);
    }
  add_extra (b, rp_athlete_get_extra (athlete), rp_plan_athlete_keys);
  rp_json_writer_end_object (b);
}

/* The code, then the arguments that code carries. */
static void
add_reason (RpJsonWriter   *b,
            const RpReason *reason)
{
  char buf[RP_DATE_ISO_LEN];
  RpDate date;

  if (reason == NULL || reason->code == RP_REASON_NONE || reason->code >= RP_N_REASONS)
    return;

  rp_json_writer_member (b, "reason");
  rp_json_writer_begin_object (b);
  add_string (b, "code", rp_reason_code_to_name (reason->code));
  if (rp_plan_reason_has_kind (reason->code))
    {
      date = rp_date_is_valid (reason->date) ? reason->date : rp_date_from_ymd (2000, 1, 1);
      add_string (b, "kind", rp_kind_to_name (MIN (reason->kind, RP_N_KINDS - 1)));
      add_string (b, "date", rp_date_to_iso (date, buf));
    }
  if (rp_reason_code_has_metres (reason->code))
    add_int (b, "metres", reason->metres);
  if (rp_plan_reason_has_target (reason->code))
    add_int (b, "target_m", reason->target_m);
  rp_json_writer_end_object (b);
}

static void
add_steps (RpJsonWriter *b,
           RpWorkout    *workout)
{
  guint n = rp_workout_get_n_steps (workout);

  if (n == 0)
    return;

  rp_json_writer_member (b, "steps");
  rp_json_writer_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      const RpStep *step = rp_workout_get_step (workout, i);

      rp_json_writer_begin_object (b);
      add_int (b, "repeat", step->repeat);
      add_opt_int (b, "distance_m", step->distance_m);
      add_opt_int (b, "duration_s", step->duration_s);
      add_string (b, "zone", rp_plan_zone_names[MIN ((guint) step->zone, G_N_ELEMENTS (rp_plan_zone_names) - 1)]);
      add_opt_int (b, "recovery_distance_m", step->recovery_distance_m);
      add_opt_int (b, "recovery_duration_s", step->recovery_duration_s);
      rp_json_writer_end_object (b);
    }
  rp_json_writer_end_array (b);
}

/* Notes as they are: the edits refuse notes over the string limit or
 * not valid UTF-8 (never cut, never changed here). */
static void
add_notes (RpJsonWriter *b,
           const char   *notes)
{
  if (notes == NULL || *notes == '\0')
    return;
  add_string (b, "notes", notes);
}

/* After the other known keys, where a Run Planner that predates them
 * writes them back (as unknown keys), so its files keep their layout. */
static void
add_identity (RpJsonWriter *b,
              RpWorkout    *workout)
{
  gint64 modified = rp_workout_get_modified (workout);

  if (rp_workout_get_id (workout) != NULL)
    add_string (b, "id", rp_workout_get_id (workout));
  if (rp_workout_get_sequence (workout) > 0)
    add_int (b, "sequence", rp_workout_get_sequence (workout));
  if (modified > 0)
    {
      g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (modified);
      g_autofree char *text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");

      add_string (b, "modified", text);
    }
}

static void
add_workout (RpJsonWriter *b,
             RpWorkout    *workout)
{
  int fast, slow;

  rp_json_writer_begin_object (b);
  add_string (b, "kind", rp_kind_to_name (rp_workout_get_kind (workout)));
  add_opt_int (b, "distance_m", rp_workout_get_distance_m (workout));
  add_opt_int (b, "duration_s", rp_workout_get_duration_s (workout));
  rp_workout_get_pace (workout, &fast, &slow);
  add_pace_pair (b, "pace_s_per_km", fast, slow);
  add_notes (b, rp_workout_get_notes (workout));
  rp_json_writer_member (b, "pinned");
  rp_json_writer_boolean (b, rp_workout_get_pinned (workout));
  add_reason (b, rp_workout_get_reason (workout));
  add_steps (b, workout);
  add_identity (b, workout);
  add_extra (b, rp_workout_get_extra (workout), rp_plan_workout_keys);
  rp_json_writer_end_object (b);
}

static void
add_day (RpJsonWriter *b,
         RpPlan       *plan,
         RpDate        date)
{
  guint n = rp_plan_get_n_workouts (plan, date);
  char buf[RP_DATE_ISO_LEN];

  rp_json_writer_begin_object (b);
  add_string (b, "date", rp_date_to_iso (date, buf));
  rp_json_writer_member (b, "workouts");
  rp_json_writer_begin_array (b);
  for (guint i = 0; i < n; i++)
    add_workout (b, rp_plan_get_workout (plan, date, i));
  rp_json_writer_end_array (b);
  rp_json_writer_end_object (b);
}

static void
add_week (RpJsonWriter *b,
          RpPlan       *plan,
          guint         week)
{
  RpDate start = rp_plan_get_week_start (plan, week);
  gint64 target_m = rp_plan_get_week_target_override (plan, week);
  RpTargetReason reason = rp_plan_get_week_target_reason (plan, week);
  char buf[RP_DATE_ISO_LEN];

  rp_json_writer_begin_object (b);
  add_string (b, "start", rp_date_to_iso (start, buf));
  if (target_m != RP_PLAN_TARGET_DEFAULT)
    add_int (b, "volume_target_m", target_m);
  if (target_m != RP_PLAN_TARGET_DEFAULT && reason.code != RP_TARGET_REASON_NONE)
    {
      rp_json_writer_member (b, "volume_target_reason");
      rp_json_writer_begin_object (b);
      add_string (b, "code", rp_target_reason_code_to_name (reason.code));
      if (rp_target_reason_figure_key (reason.code) != NULL)
        add_int (b, rp_target_reason_figure_key (reason.code), reason.figure);
      rp_json_writer_end_object (b);
    }
  rp_json_writer_member (b, "days");
  rp_json_writer_begin_array (b);
  for (guint i = 0; i < 7; i++)
    add_day (b, plan, start + i);
  rp_json_writer_end_array (b);
  rp_json_writer_end_object (b);
}

GBytes *
rp_plan_writer_write (RpPlan *plan)
{
  guint n_weeks = rp_plan_get_n_weeks (plan);
  g_autoptr(GError) error = NULL;
  RpJsonWriter *b;

  /* The guard: an edit let a value over a limit into the model. Written
   * whole all the same (the loader's error will name it), never cut. */
  if (!rp_limits_check_plan (plan, &error))
    g_critical ("Writing a plan the loader will refuse: %s", error->message);

  /* About 2 KB a filled week: one allocation for most plans. */
  b = rp_json_writer_new (RP_JSON_WRITER_STYLE_PLAN_FILE, 0, 2048 * (gsize) n_weeks + 1024);

  rp_json_writer_begin_object (b);
  add_string (b, "format", RP_PLAN_FILE_FORMAT);
  add_int (b, "version", RP_PLAN_FILE_VERSION);
  add_athlete (b, rp_plan_get_athlete (plan));
  rp_json_writer_member (b, "weeks");
  rp_json_writer_begin_array (b);
  for (guint i = 0; i < n_weeks; i++)
    add_week (b, plan, i);
  rp_json_writer_end_array (b);
  add_extra (b, rp_plan_get_extra (plan), rp_plan_top_keys);
  rp_json_writer_end_object (b);

  return rp_json_writer_free_to_bytes (b);
}
