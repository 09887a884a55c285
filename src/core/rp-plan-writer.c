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
#include "rp-kind.h"
#include "rp-plan-file.h"
#include "rp-plan-reader.h"

/* ------------------------------------------------------------------ */
/* From the model to bytes. Values are clamped to the loader's limits so
 * that whatever the model holds, the file we write is one we read.     */

static void
add_int (JsonBuilder *b,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, value);
}

static void
add_string (JsonBuilder *b,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_string_value (b, value);
}

/* Optional integer: written when set (>= 0), clamped to max. */
static void
add_opt_int (JsonBuilder *b,
             const char  *key,
             gint64       value,
             gint64       max)
{
  if (value >= 0)
    add_int (b, key, MIN (value, max));
}

static void
add_pace_value (JsonBuilder *b,
                double       pace)
{
  gint64 value = (gint64) round (pace);

  if (value <= 0)
    json_builder_add_null_value (b);
  else
    json_builder_add_int_value (b, MIN (value, RP_PLAN_MAX_PACE_S_PER_KM));
}

/* Unknown keys of a loaded object, after the known ones; a key that
 * collides with one we write is dropped (it would be a duplicate). */
static void
add_extra (JsonBuilder        *b,
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
      json_builder_set_member_name (b, key);
      json_builder_add_value (b, json_node_copy (json_object_get_member (extra, key)));
    }
  g_list_free (members);
}

static void
add_manual_paces (JsonBuilder *b,
                  RpAthlete   *athlete)
{
  static const char * const keys[] = {
    "marathon", "threshold", "interval", "repetition", "recovery", "half",
  };
  RpPaces paces;

  if (!rp_athlete_get_manual_paces (athlete, &paces))
    return;

  json_builder_set_member_name (b, "manual_paces_s_per_km");
  json_builder_begin_object (b);
  if (round (paces.easy_fast) > 0 || round (paces.easy_slow) > 0)
    {
      json_builder_set_member_name (b, "easy");
      json_builder_begin_array (b);
      add_pace_value (b, paces.easy_fast);
      add_pace_value (b, paces.easy_slow);
      json_builder_end_array (b);
    }
  {
    const double values[G_N_ELEMENTS (keys)] = {
      paces.marathon, paces.threshold, paces.interval,
      paces.repetition, paces.recovery, paces.half,
    };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      if (round (values[i]) > 0)
        add_int (b, keys[i], MIN ((gint64) round (values[i]), RP_PLAN_MAX_PACE_S_PER_KM));
  }
  json_builder_end_object (b);
}

/* The getter answers the unit's default when none is set; only a value
 * the runner chose goes to the file, so a unit change still moves it. */
static gboolean
has_own_min_easy (RpAthlete *athlete)
{
  g_autoptr(RpAthlete) copy = rp_athlete_copy (athlete);

  rp_athlete_set_min_easy_m (copy, 0);
  return !rp_athlete_equal (copy, athlete);
}

static void
add_athlete (JsonBuilder *b,
             RpAthlete   *athlete)
{
  guint rest = rp_athlete_get_rest_days (athlete);
  GDateWeekday week_start = rp_athlete_get_week_start (athlete);
  gint64 distance_m, time_s;

  json_builder_set_member_name (b, "athlete");
  json_builder_begin_object (b);
  add_string (b, "goal", rp_race_to_name (rp_athlete_get_goal (athlete)));
  if (rp_athlete_get_race_result (athlete, &distance_m, &time_s) && distance_m > 0 && time_s > 0)
    {
      json_builder_set_member_name (b, "race_result");
      json_builder_begin_object (b);
      add_int (b, "distance_m", MIN (distance_m, RP_PLAN_MAX_DISTANCE_M));
      add_int (b, "time_s", MIN (time_s, RP_PLAN_MAX_DURATION_S));
      json_builder_end_object (b);
    }
  add_int (b, "volume_target_m", CLAMP (rp_athlete_get_volume_m (athlete), 0, RP_MAX_VOLUME_M));

  json_builder_set_member_name (b, "rest_days");
  json_builder_begin_array (b);
  for (guint d = 1; d <= 7; d++)
    if (rest & (1u << (d - 1)))
      json_builder_add_string_value (b, rp_plan_weekday_names[d]);
  json_builder_end_array (b);

  add_string (b, "unit", rp_plan_unit_names[rp_athlete_get_unit (athlete) == RP_UNIT_MI]);
  add_string (b, "recovery",
              rp_plan_recovery_names[MIN ((guint) rp_athlete_get_recovery_preference (athlete), 2)]);
  if (week_start < G_DATE_MONDAY || week_start > G_DATE_SUNDAY)
    week_start = G_DATE_MONDAY;
  add_string (b, "week_start", rp_plan_weekday_names[week_start]);
  if (has_own_min_easy (athlete))
    add_int (b, "min_easy_m", CLAMP (rp_athlete_get_min_easy_m (athlete), 0, RP_MAX_VOLUME_M));
  add_manual_paces (b, athlete);
  add_extra (b, rp_athlete_get_extra (athlete), rp_plan_athlete_keys);
  json_builder_end_object (b);
}

/* The code, then the arguments that code carries. */
static void
add_reason (JsonBuilder    *b,
            const RpReason *reason)
{
  char buf[RP_DATE_ISO_LEN];
  RpDate date;

  if (reason == NULL || reason->code == RP_REASON_NONE || reason->code >= RP_N_REASONS)
    return;

  json_builder_set_member_name (b, "reason");
  json_builder_begin_object (b);
  add_string (b, "code", rp_reason_code_to_name (reason->code));
  if (rp_plan_reason_has_kind (reason->code))
    {
      date = rp_date_is_valid (reason->date) ? reason->date : rp_date_from_ymd (2000, 1, 1);
      add_string (b, "kind", rp_kind_to_name (MIN (reason->kind, RP_N_KINDS - 1)));
      add_string (b, "date", rp_date_to_iso (date, buf));
    }
  if (reason->code == RP_REASON_EASY_VOLUME)
    add_int (b, "metres", CLAMP (reason->metres, 0, RP_MAX_VOLUME_M));
  if (rp_plan_reason_has_target (reason->code))
    add_int (b, "target_m", CLAMP (reason->target_m, 0, RP_MAX_VOLUME_M));
  json_builder_end_object (b);
}

static void
add_steps (JsonBuilder *b,
           RpWorkout   *workout)
{
  guint n = MIN (rp_workout_get_n_steps (workout), RP_PLAN_MAX_STEPS);

  if (n == 0)
    return;

  json_builder_set_member_name (b, "steps");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      const RpStep *step = rp_workout_get_step (workout, i);

      json_builder_begin_object (b);
      add_int (b, "repeat", CLAMP (step->repeat, 1, RP_PLAN_MAX_REPEAT));
      add_opt_int (b, "distance_m", step->distance_m, RP_PLAN_MAX_DISTANCE_M);
      add_opt_int (b, "duration_s", step->duration_s, RP_PLAN_MAX_DURATION_S);
      add_string (b, "zone", rp_plan_zone_names[MIN ((guint) step->zone, G_N_ELEMENTS (rp_plan_zone_names) - 1)]);
      add_opt_int (b, "recovery_distance_m", step->recovery_distance_m, RP_PLAN_MAX_DISTANCE_M);
      add_opt_int (b, "recovery_duration_s", step->recovery_duration_s, RP_PLAN_MAX_DURATION_S);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* Notes are cut to the string limit (at a character boundary) and made
 * valid UTF-8, so the loader never refuses our own file. */
static void
add_notes (JsonBuilder *b,
           const char  *notes)
{
  g_autofree char *valid = NULL;
  gsize len;

  if (notes == NULL || *notes == '\0')
    return;

  valid = g_utf8_make_valid (notes, -1);
  len = strlen (valid);
  if (len > RP_PLAN_FILE_MAX_STRING)
    {
      const char *end = g_utf8_find_prev_char (valid, valid + RP_PLAN_FILE_MAX_STRING + 1);

      len = end - valid;
    }
  valid[len] = '\0';
  add_string (b, "notes", valid);
}

static void
add_workout (JsonBuilder *b,
             RpWorkout   *workout)
{
  int fast, slow;

  json_builder_begin_object (b);
  add_string (b, "kind", rp_kind_to_name (rp_workout_get_kind (workout)));
  add_opt_int (b, "distance_m", rp_workout_get_distance_m (workout), RP_PLAN_MAX_DISTANCE_M);
  add_opt_int (b, "duration_s", rp_workout_get_duration_s (workout), RP_PLAN_MAX_DURATION_S);
  rp_workout_get_pace (workout, &fast, &slow);
  if (fast > 0 || slow > 0)
    {
      json_builder_set_member_name (b, "pace_s_per_km");
      json_builder_begin_array (b);
      add_pace_value (b, fast);
      add_pace_value (b, slow);
      json_builder_end_array (b);
    }
  add_notes (b, rp_workout_get_notes (workout));
  json_builder_set_member_name (b, "pinned");
  json_builder_add_boolean_value (b, rp_workout_get_pinned (workout));
  add_reason (b, rp_workout_get_reason (workout));
  add_steps (b, workout);
  add_extra (b, rp_workout_get_extra (workout), rp_plan_workout_keys);
  json_builder_end_object (b);
}

static void
add_day (JsonBuilder *b,
         RpPlan      *plan,
         RpDate       date)
{
  guint n = MIN (rp_plan_get_n_workouts (plan, date), RP_MAX_WORKOUTS_PER_DAY);
  char buf[RP_DATE_ISO_LEN];

  json_builder_begin_object (b);
  add_string (b, "date", rp_date_to_iso (date, buf));
  json_builder_set_member_name (b, "workouts");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    add_workout (b, rp_plan_get_workout (plan, date, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_week (JsonBuilder *b,
          RpPlan      *plan,
          guint        week)
{
  RpDate start = rp_plan_get_week_start (plan, week);
  gint64 target_m = rp_plan_get_week_target_override (plan, week);
  char buf[RP_DATE_ISO_LEN];

  json_builder_begin_object (b);
  add_string (b, "start", rp_date_to_iso (start, buf));
  if (target_m > 0)
    add_int (b, "volume_target_m", MIN (target_m, RP_MAX_VOLUME_M));
  json_builder_set_member_name (b, "days");
  json_builder_begin_array (b);
  for (guint i = 0; i < 7; i++)
    add_day (b, plan, start + i);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

GBytes *
rp_plan_writer_write (RpPlan *plan)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n_weeks;
  GString *out;

  n_weeks = MIN (rp_plan_get_n_weeks (plan), RP_MAX_WEEKS);

  json_builder_begin_object (b);
  add_string (b, "format", RP_PLAN_FILE_FORMAT);
  add_int (b, "version", RP_PLAN_FILE_VERSION);
  add_athlete (b, rp_plan_get_athlete (plan));
  json_builder_set_member_name (b, "weeks");
  json_builder_begin_array (b);
  for (guint i = 0; i < n_weeks; i++)
    add_week (b, plan, i);
  json_builder_end_array (b);
  add_extra (b, rp_plan_get_extra (plan), rp_plan_top_keys);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  out = g_string_new (NULL);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

