/* rp-plan-reader.c
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

#define G_LOG_DOMAIN "rp-plan-reader"

#include "config.h"

#include "rp-plan-reader.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-json-scanner.h"
#include "rp-kind.h"
#include "rp-plan-file.h"

#define MAX_PATH 16

const char * const rp_plan_weekday_names[] = {
  NULL, "mon", "tue", "wed", "thu", "fri", "sat", "sun",
};

const char * const rp_plan_race_names[] = { "5k", "10k", "half", "marathon", };

const char * const rp_plan_unit_names[] = { "km", "mi", };

const char * const rp_plan_recovery_names[] = { "run", "cross-training", "walk", };

const char * const rp_plan_zone_names[] = {
  "none", "easy", "easy-slow", "marathon", "threshold", "interval",
  "repetition", "race", "recovery",
};

const char * const rp_plan_top_keys[] = { "format", "version", "athlete", "weeks", NULL };

const char * const rp_plan_athlete_keys[] = {
  "goal", "race_result", "volume_target_m", "rest_days", "unit", "recovery",
  "week_start", "min_easy_m", "manual_paces_s_per_km", NULL,
};

const char * const rp_plan_workout_keys[] = {
  "kind", "distance_m", "duration_s", "pace_s_per_km", "notes", "pinned",
  "reason", "steps", NULL,
};

/* ------------------------------------------------------------------ */
/* From the JSON tree to the model, checking every value.              */

typedef struct
{
  const char  *name;
  const char  *data;
  gsize        len;
  RpJsonPathSeg      path[MAX_PATH];
  guint        n_path;
  GError     **error;
} Loader;

static void
push_key (Loader     *l,
          const char *key)
{
  g_assert (l->n_path < MAX_PATH);
  l->path[l->n_path].key = key;
  l->path[l->n_path].index = 0;
  l->n_path++;
}

static void
push_index (Loader *l,
            guint   index)
{
  g_assert (l->n_path < MAX_PATH);
  l->path[l->n_path].key = NULL;
  l->path[l->n_path].index = index;
  l->n_path++;
}

static void
pop (Loader *l)
{
  g_assert (l->n_path > 0);
  l->n_path--;
}

static char *
path_to_string (Loader *l)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < l->n_path; i++)
    {
      if (l->path[i].key == NULL)
        g_string_append_printf (str, "[%u]", l->path[i].index);
      else if (i == 0)
        g_string_append (str, l->path[i].key);
      else
        g_string_append_printf (str, ".%s", l->path[i].key);
    }
  return g_string_free (str, FALSE);
}

/* "FILE:LINE:COL: PATH: message" (position and path where known). */
G_GNUC_PRINTF (3, 4)
static gboolean
fail (Loader     *l,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  g_autofree char *path = NULL;
  va_list args;
  gsize offset;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (rp_json_locate_path (l->data, l->len, l->path, l->n_path, &offset))
    {
      guint line, col;

      rp_json_offset_to_position (l->data, offset, &line, &col);
      where = g_strdup_printf ("%s:%u:%u", l->name, line, col);
    }
  else
    {
      where = g_strdup (l->name);
    }

  path = path_to_string (l);
  if (*path != '\0')
    g_set_error (l->error, RP_PLAN_FILE_ERROR, code, "%s: %s: %s", where, path, message);
  else
    g_set_error (l->error, RP_PLAN_FILE_ERROR, code, "%s: %s", where, message);
  return FALSE;
}

static gboolean
fail_missing (Loader     *l,
              const char *key)
{
  return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("missing \"%s\""), key);
}

/* Looks up key; pushes it on the path when present. */
static JsonNode *
enter (Loader     *l,
       JsonObject *obj,
       const char *key)
{
  JsonNode *node = json_object_get_member (obj, key);

  if (node != NULL)
    push_key (l, key);
  return node;
}

static JsonObject *
as_object (Loader   *l,
           JsonNode *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must be an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

static JsonArray *
as_array (Loader   *l,
          JsonNode *node)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must be an array"));
      return NULL;
    }
  return json_node_get_array (node);
}

static gboolean
holds_int (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
check_int (Loader   *l,
           JsonNode *node,
           gint64    min,
           gint64    max,
           gint64   *out)
{
  const char *what = min > 0 ? _("must be a positive integer") : _("must be a non-negative integer");
  gint64 value;

  if (!holds_int (node))
    return fail (l, RP_PLAN_FILE_ERROR_INVALID, "%s", what);
  value = json_node_get_int (node);
  if (value < MIN (min, 1))
    return fail (l, RP_PLAN_FILE_ERROR_INVALID, "%s", what);
  if (value < min)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("must be at least %" G_GINT64_FORMAT), min);
  if (value > max)
    return fail (l, RP_PLAN_FILE_ERROR_LIMIT,
                 _("%" G_GINT64_FORMAT " is over the limit of %" G_GINT64_FORMAT),
                 value, max);
  *out = value;
  return TRUE;
}

/* An optional integer member; *out keeps its value when absent. */
static gboolean
read_int (Loader     *l,
          JsonObject *obj,
          const char *key,
          gboolean    required,
          gint64      min,
          gint64      max,
          gint64     *out)
{
  JsonNode *node = enter (l, obj, key);
  gboolean ok;

  if (node == NULL)
    return required ? fail_missing (l, key) : TRUE;
  ok = check_int (l, node, min, max, out);
  pop (l);
  return ok;
}

/* A string member that must be one of names[0..n_names) (NULLs skipped). */
static gboolean
read_name (Loader             *l,
           JsonObject         *obj,
           const char         *key,
           const char * const *names,
           guint               n_names,
           guint              *out)
{
  JsonNode *node = enter (l, obj, key);
  g_autoptr(GString) list = g_string_new (NULL);

  if (node == NULL)
    return fail_missing (l, key);

  for (guint i = 0; i < n_names; i++)
    {
      if (names[i] == NULL)
        continue;
      if (holds_string (node) && g_strcmp0 (json_node_get_string (node), names[i]) == 0)
        {
          *out = i;
          pop (l);
          return TRUE;
        }
      g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", names[i]);
    }
  return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must be one of: %s"), list->str);
}

static gboolean
check_date (Loader   *l,
            JsonNode *node,
            RpDate   *out)
{
  if (!holds_string (node) || !rp_date_parse_iso (json_node_get_string (node), out))
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("must be a date (YYYY-MM-DD) from 1900-01-01 to 2200-12-31"));
  return TRUE;
}

static gboolean
read_date (Loader     *l,
           JsonObject *obj,
           const char *key,
           gboolean    required,
           RpDate     *out)
{
  JsonNode *node = enter (l, obj, key);
  gboolean ok;

  if (node == NULL)
    return required ? fail_missing (l, key) : TRUE;
  ok = check_date (l, node, out);
  pop (l);
  return ok;
}

static gboolean
read_bool (Loader     *l,
           JsonObject *obj,
           const char *key,
           gboolean   *out)
{
  JsonNode *node = enter (l, obj, key);

  if (node == NULL)
    return fail_missing (l, key);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must be true or false"));
  *out = json_node_get_boolean (node);
  pop (l);
  return TRUE;
}

/* Names in the file are exact: rp_kind_from_name also takes "Tempo". */
static gboolean
kind_from_file_name (JsonNode *node,
                     RpKind   *out_kind)
{
  return holds_string (node) &&
         rp_kind_from_name (json_node_get_string (node), out_kind) &&
         g_strcmp0 (rp_kind_to_name (*out_kind), json_node_get_string (node)) == 0;
}

static gboolean
reason_from_file_name (JsonNode     *node,
                       RpReasonCode *out_code)
{
  return holds_string (node) &&
         rp_reason_code_from_name (json_node_get_string (node), out_code) &&
         g_strcmp0 (rp_reason_code_to_name (*out_code), json_node_get_string (node)) == 0;
}

/* The members whose keys are not in known, copied; NULL when none. */
static JsonObject *
collect_extra (JsonObject         *obj,
               const char * const *known)
{
  JsonObject *extra = NULL;
  guint n_known = 0;
  GList *members;

  /* Most objects have no unknown keys: count before listing. */
  for (guint i = 0; known[i] != NULL; i++)
    n_known += json_object_has_member (obj, known[i]);
  if (json_object_get_size (obj) == n_known)
    return NULL;

  members = json_object_get_members (obj);
  for (GList *iter = members; iter != NULL; iter = iter->next)
    {
      const char *key = iter->data;

      if (g_strv_contains (known, key))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, key, json_node_copy (json_object_get_member (obj, key)));
    }
  g_list_free (members);
  return extra;
}

/* [fast, slow], each a positive integer or null (0 in the model). */
static gboolean
check_pace_pair (Loader   *l,
                 JsonNode *node,
                 int      *out_fast,
                 int      *out_slow)
{
  JsonArray *array = as_array (l, node);
  gint64 values[2] = { 0, 0 };

  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) != 2)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("must be a pair [fast, slow] of seconds per km"));

  for (guint i = 0; i < 2; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gboolean ok;

      if (JSON_NODE_HOLDS_NULL (element))
        continue;
      push_index (l, i);
      ok = check_int (l, element, 1, RP_PLAN_MAX_PACE_S_PER_KM, &values[i]);
      pop (l);
      if (!ok)
        return FALSE;
    }
  *out_fast = (int) values[0];
  *out_slow = (int) values[1];
  return TRUE;
}

static gboolean
read_pace (Loader     *l,
           JsonObject *obj,
           const char *key,
           double     *out)
{
  gint64 value = 0;

  if (!read_int (l, obj, key, FALSE, 1, RP_PLAN_MAX_PACE_S_PER_KM, &value))
    return FALSE;
  *out = (double) value;
  return TRUE;
}

static gboolean
read_manual_paces (Loader     *l,
                   JsonNode   *node,
                   RpAthlete  *athlete)
{
  JsonObject *obj = as_object (l, node);
  RpPaces paces = { 0 };
  JsonNode *easy;

  if (obj == NULL)
    return FALSE;

  easy = enter (l, obj, "easy");
  if (easy != NULL)
    {
      int fast, slow;

      if (!check_pace_pair (l, easy, &fast, &slow))
        return FALSE;
      paces.easy_fast = fast;
      paces.easy_slow = slow;
      pop (l);
    }

  if (!read_pace (l, obj, "marathon", &paces.marathon) ||
      !read_pace (l, obj, "threshold", &paces.threshold) ||
      !read_pace (l, obj, "interval", &paces.interval) ||
      !read_pace (l, obj, "repetition", &paces.repetition) ||
      !read_pace (l, obj, "recovery", &paces.recovery) ||
      !read_pace (l, obj, "half", &paces.half))
    return FALSE;

  rp_athlete_set_manual_paces (athlete, &paces);
  return TRUE;
}

static gboolean
read_race_result (Loader    *l,
                  JsonNode  *node,
                  RpAthlete *athlete)
{
  JsonObject *obj = as_object (l, node);
  gint64 distance_m = 0;
  gint64 time_s = 0;

  if (obj == NULL ||
      !read_int (l, obj, "distance_m", TRUE, 1, RP_PLAN_MAX_DISTANCE_M, &distance_m) ||
      !read_int (l, obj, "time_s", TRUE, 1, RP_PLAN_MAX_DURATION_S, &time_s))
    return FALSE;

  rp_athlete_set_race_result (athlete, distance_m, time_s);
  return TRUE;
}

static gboolean
read_rest_days (Loader     *l,
                JsonObject *obj,
                guint      *out_mask)
{
  JsonNode *node = enter (l, obj, "rest_days");
  JsonArray *array;
  guint mask = 0;
  guint n;

  if (node == NULL)
    return fail_missing (l, "rest_days");
  if ((array = as_array (l, node)) == NULL)
    return FALSE;
  n = json_array_get_length (array);
  if (n > 7)
    return fail (l, RP_PLAN_FILE_ERROR_LIMIT, _("more than 7 rest days"));

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *name = holds_string (element) ? json_node_get_string (element) : NULL;
      guint day = 0;

      push_index (l, i);
      for (guint d = 1; d <= 7; d++)
        if (g_strcmp0 (name, rp_plan_weekday_names[d]) == 0)
          day = d;
      if (day == 0)
        return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                     _("must be one of: mon, tue, wed, thu, fri, sat, sun"));
      if (mask & (1u << (day - 1)))
        return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("duplicate rest day \"%s\""), name);
      mask |= 1u << (day - 1);
      pop (l);
    }

  pop (l);
  *out_mask = mask;
  return TRUE;
}

static RpAthlete *
read_athlete (Loader     *l,
              JsonObject *top)
{
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();
  g_autoptr(JsonObject) extra = NULL;
  JsonNode *node = enter (l, top, "athlete");
  JsonObject *obj;
  guint goal, unit, recovery, week_start;
  guint rest_mask = 0;
  gint64 volume_m = 0;
  gint64 min_easy_m = 0;

  if (node == NULL)
    {
      fail_missing (l, "athlete");
      return NULL;
    }
  if ((obj = as_object (l, node)) == NULL)
    return NULL;

  if (!read_name (l, obj, "goal", rp_plan_race_names, G_N_ELEMENTS (rp_plan_race_names), &goal) ||
      !read_int (l, obj, "volume_target_m", TRUE, 0, RP_MAX_VOLUME_M, &volume_m) ||
      !read_rest_days (l, obj, &rest_mask) ||
      !read_name (l, obj, "unit", rp_plan_unit_names, G_N_ELEMENTS (rp_plan_unit_names), &unit) ||
      !read_name (l, obj, "recovery", rp_plan_recovery_names, G_N_ELEMENTS (rp_plan_recovery_names), &recovery) ||
      !read_name (l, obj, "week_start", rp_plan_weekday_names, G_N_ELEMENTS (rp_plan_weekday_names), &week_start) ||
      !read_int (l, obj, "min_easy_m", FALSE, 0, RP_MAX_VOLUME_M, &min_easy_m))
    return NULL;

  rp_athlete_set_goal (athlete, (RpRace) goal);
  rp_athlete_set_volume_m (athlete, volume_m);
  rp_athlete_set_rest_days (athlete, rest_mask);
  rp_athlete_set_unit (athlete, (RpUnit) unit);
  rp_athlete_set_recovery_preference (athlete, (RpRecoveryPreference) recovery);
  rp_athlete_set_week_start (athlete, (GDateWeekday) week_start);
  rp_athlete_set_min_easy_m (athlete, min_easy_m);

  if ((node = enter (l, obj, "race_result")) != NULL)
    {
      if (!read_race_result (l, node, athlete))
        return NULL;
      pop (l);
    }
  if ((node = enter (l, obj, "manual_paces_s_per_km")) != NULL)
    {
      if (!read_manual_paces (l, node, athlete))
        return NULL;
      pop (l);
    }

  extra = collect_extra (obj, rp_plan_athlete_keys);
  if (extra != NULL)
    rp_athlete_set_extra (athlete, extra);
  pop (l);
  return g_steal_pointer (&athlete);
}

/* The arguments each reason code carries (what rp_reason_equal compares). */
gboolean
rp_plan_reason_has_kind (RpReasonCode code)
{
  return code == RP_REASON_RECOVERY_AFTER_HARD ||
         code == RP_REASON_REST_AFTER_RACE ||
         code == RP_REASON_RECOVERY_AFTER_RACE;
}

gboolean
rp_plan_reason_has_target (RpReasonCode code)
{
  return code == RP_REASON_EASY_VOLUME || code == RP_REASON_REST_NOT_NEEDED;
}

static gboolean
read_reason (Loader    *l,
             JsonNode  *node,
             RpWorkout *workout)
{
  JsonObject *obj = as_object (l, node);
  RpReason reason = { 0 };
  JsonNode *member;

  if (obj == NULL)
    return FALSE;

  if ((member = enter (l, obj, "code")) == NULL)
    return fail_missing (l, "code");
  if (!reason_from_file_name (member, &reason.code))
    return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("unknown reason code"));
  pop (l);

  if (rp_plan_reason_has_kind (reason.code))
    {
      if ((member = enter (l, obj, "kind")) == NULL)
        return fail_missing (l, "kind");
      if (!kind_from_file_name (member, &reason.kind))
        return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("unknown workout kind"));
      pop (l);
      if (!read_date (l, obj, "date", TRUE, &reason.date))
        return FALSE;
    }
  if (reason.code == RP_REASON_EASY_VOLUME &&
      !read_int (l, obj, "metres", TRUE, 0, RP_MAX_VOLUME_M, &reason.metres))
    return FALSE;
  if (rp_plan_reason_has_target (reason.code) &&
      !read_int (l, obj, "target_m", TRUE, 0, RP_MAX_VOLUME_M, &reason.target_m))
    return FALSE;

  rp_workout_set_reason (workout, &reason);
  return TRUE;
}

static gboolean
read_step (Loader    *l,
           JsonNode  *node,
           RpWorkout *workout)
{
  JsonObject *obj = as_object (l, node);
  RpStep step = { 1, -1, -1, RP_ZONE_NONE, -1, -1 };
  gint64 repeat = 1;
  guint zone;

  if (obj == NULL ||
      !read_int (l, obj, "repeat", TRUE, 1, RP_PLAN_MAX_REPEAT, &repeat) ||
      !read_int (l, obj, "distance_m", FALSE, 0, RP_PLAN_MAX_DISTANCE_M, &step.distance_m) ||
      !read_int (l, obj, "duration_s", FALSE, 0, RP_PLAN_MAX_DURATION_S, &step.duration_s) ||
      !read_name (l, obj, "zone", rp_plan_zone_names, G_N_ELEMENTS (rp_plan_zone_names), &zone) ||
      !read_int (l, obj, "recovery_distance_m", FALSE, 0, RP_PLAN_MAX_DISTANCE_M, &step.recovery_distance_m) ||
      !read_int (l, obj, "recovery_duration_s", FALSE, 0, RP_PLAN_MAX_DURATION_S, &step.recovery_duration_s))
    return FALSE;

  step.repeat = (int) repeat;
  step.zone = (RpZone) zone;
  rp_workout_add_step (workout, &step);
  return TRUE;
}

static gboolean
read_steps (Loader    *l,
            JsonNode  *node,
            RpWorkout *workout)
{
  JsonArray *array = as_array (l, node);
  guint n;

  if (array == NULL)
    return FALSE;
  n = json_array_get_length (array);
  if (n > RP_PLAN_MAX_STEPS)
    return fail (l, RP_PLAN_FILE_ERROR_LIMIT,
                 _("%u steps is over the limit of %d"), n, RP_PLAN_MAX_STEPS);

  for (guint i = 0; i < n; i++)
    {
      push_index (l, i);
      if (!read_step (l, json_array_get_element (array, i), workout))
        return FALSE;
      pop (l);
    }
  return TRUE;
}

/* The optional members of a workout, after its kind. */
static gboolean
read_workout_details (Loader     *l,
                      JsonObject *obj,
                      RpWorkout  *workout)
{
  gint64 distance_m = -1;
  gint64 duration_s = -1;
  gboolean pinned = FALSE;
  JsonNode *node;

  if (!read_int (l, obj, "distance_m", FALSE, 0, RP_PLAN_MAX_DISTANCE_M, &distance_m) ||
      !read_int (l, obj, "duration_s", FALSE, 0, RP_PLAN_MAX_DURATION_S, &duration_s) ||
      !read_bool (l, obj, "pinned", &pinned))
    return FALSE;
  rp_workout_set_distance_m (workout, distance_m);
  rp_workout_set_duration_s (workout, duration_s);
  rp_workout_set_pinned (workout, pinned);

  if ((node = enter (l, obj, "pace_s_per_km")) != NULL)
    {
      int fast, slow;

      if (!check_pace_pair (l, node, &fast, &slow))
        return FALSE;
      rp_workout_set_pace (workout, fast, slow);
      pop (l);
    }
  if ((node = enter (l, obj, "notes")) != NULL)
    {
      if (!holds_string (node))
        return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must be a string"));
      rp_workout_set_notes (workout, json_node_get_string (node));
      pop (l);
    }
  if ((node = enter (l, obj, "reason")) != NULL)
    {
      if (!read_reason (l, node, workout))
        return FALSE;
      pop (l);
    }
  if ((node = enter (l, obj, "steps")) != NULL)
    {
      if (!read_steps (l, node, workout))
        return FALSE;
      pop (l);
    }
  return TRUE;
}

static RpWorkout *
read_workout (Loader   *l,
              JsonNode *node)
{
  g_autoptr(RpWorkout) workout = NULL;
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *obj = as_object (l, node);
  JsonNode *kind_node;
  RpKind kind;

  if (obj == NULL)
    return NULL;

  if ((kind_node = enter (l, obj, "kind")) == NULL)
    {
      fail_missing (l, "kind");
      return NULL;
    }
  if (!kind_from_file_name (kind_node, &kind))
    {
      fail (l, RP_PLAN_FILE_ERROR_INVALID, _("unknown workout kind"));
      return NULL;
    }
  pop (l);

  workout = rp_workout_new (kind);
  if (!read_workout_details (l, obj, workout))
    return NULL;

  extra = collect_extra (obj, rp_plan_workout_keys);
  if (extra != NULL)
    rp_workout_set_extra (workout, extra);
  return g_steal_pointer (&workout);
}

static gboolean
read_day (Loader   *l,
          JsonNode *node,
          RpPlan   *plan,
          RpDate    expected)
{
  JsonObject *obj = as_object (l, node);
  JsonArray *workouts;
  JsonNode *member;
  RpDate date;
  guint n;

  if (obj == NULL || !read_date (l, obj, "date", TRUE, &date))
    return FALSE;
  if (date != expected)
    {
      char buf[RP_DATE_ISO_LEN];

      push_key (l, "date");
      return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("expected %s (the days of a week follow each other)"),
                   rp_date_to_iso (expected, buf));
    }

  if ((member = enter (l, obj, "workouts")) == NULL)
    return fail_missing (l, "workouts");
  if ((workouts = as_array (l, member)) == NULL)
    return FALSE;
  n = json_array_get_length (workouts);
  if (n > RP_MAX_WORKOUTS_PER_DAY)
    return fail (l, RP_PLAN_FILE_ERROR_LIMIT,
                 _("%u workouts is over the limit of %d a day"), n, RP_MAX_WORKOUTS_PER_DAY);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpWorkout) workout = NULL;

      push_index (l, i);
      workout = read_workout (l, json_array_get_element (workouts, i));
      if (workout == NULL)
        return FALSE;
      rp_plan_insert_workout (plan, date, G_MAXUINT, workout);
      pop (l);
    }
  pop (l);
  return TRUE;
}

static gboolean
read_week (Loader   *l,
           JsonNode *node,
           RpPlan   *plan,
           guint     week)
{
  JsonObject *obj = as_object (l, node);
  RpDate expected = rp_plan_get_week_start (plan, week);
  JsonNode *member;
  JsonArray *days;
  gint64 target_m = 0;
  RpDate start;

  if (obj == NULL || !read_date (l, obj, "start", TRUE, &start))
    return FALSE;
  if (start != expected)
    {
      char buf[RP_DATE_ISO_LEN];

      push_key (l, "start");
      return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("expected %s (weeks follow each other without gaps)"),
                   rp_date_to_iso (expected, buf));
    }

  if (!read_int (l, obj, "volume_target_m", FALSE, 0, RP_MAX_VOLUME_M, &target_m))
    return FALSE;
  rp_plan_set_week_target_override (plan, week, target_m);

  if ((member = enter (l, obj, "days")) == NULL)
    return fail_missing (l, "days");
  if ((days = as_array (l, member)) == NULL)
    return FALSE;
  if (json_array_get_length (days) != 7)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must have 7 days, not %u"),
                 json_array_get_length (days));

  for (guint i = 0; i < 7; i++)
    {
      push_index (l, i);
      if (!read_day (l, json_array_get_element (days, i), plan, start + i))
        return FALSE;
      pop (l);
    }
  pop (l);
  return TRUE;
}

/* The first week's start: a valid date on the athlete's week start, with
 * the whole plan inside the date range. */
static gboolean
read_plan_start (Loader    *l,
                 JsonArray *weeks,
                 RpAthlete *athlete,
                 RpDate    *out_start)
{
  GDateWeekday week_start = rp_athlete_get_week_start (athlete);
  guint n = json_array_get_length (weeks);
  JsonObject *obj;
  RpDate start;

  push_index (l, 0);
  if ((obj = as_object (l, json_array_get_element (weeks, 0))) == NULL ||
      !read_date (l, obj, "start", TRUE, &start))
    return FALSE;

  push_key (l, "start");
  if (rp_date_get_weekday (start) != week_start)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("%s is not a %s, the plan's week start"),
                 json_object_get_string_member (obj, "start"), rp_plan_weekday_names[week_start]);
  if ((gint64) start + 7 * (gint64) n - 1 > (gint64) rp_date_from_ymd (RP_DATE_MAX_YEAR, 12, 31))
    return fail (l, RP_PLAN_FILE_ERROR_LIMIT, _("the plan would end after %d-12-31"),
                 RP_DATE_MAX_YEAR);
  pop (l);
  pop (l);
  *out_start = start;
  return TRUE;
}

static RpPlan *
read_plan (Loader     *l,
           JsonObject *top,
           RpAthlete  *athlete)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(JsonObject) extra = NULL;
  JsonNode *node = enter (l, top, "weeks");
  JsonArray *weeks;
  RpDate start = RP_DATE_INVALID;
  guint n;

  if (node == NULL)
    {
      fail_missing (l, "weeks");
      return NULL;
    }
  if ((weeks = as_array (l, node)) == NULL)
    return NULL;
  n = json_array_get_length (weeks);
  if (n == 0)
    {
      fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must have at least one week"));
      return NULL;
    }
  if (n > RP_MAX_WEEKS)
    {
      fail (l, RP_PLAN_FILE_ERROR_LIMIT, _("%u weeks is over the limit of %d"), n, RP_MAX_WEEKS);
      return NULL;
    }
  if (!read_plan_start (l, weeks, athlete, &start))
    return NULL;

  plan = rp_plan_new_for_athlete (athlete, start, n);
  /* One "changed" for the whole load rather than one per workout. */
  rp_plan_freeze_changed (plan);
  for (guint i = 0; i < n; i++)
    {
      push_index (l, i);
      if (!read_week (l, json_array_get_element (weeks, i), plan, i))
        return NULL;
      pop (l);
    }
  pop (l);

  extra = collect_extra (top, rp_plan_top_keys);
  if (extra != NULL)
    rp_plan_set_extra (plan, extra);
  rp_plan_thaw_changed (plan);
  return g_steal_pointer (&plan);
}

/* "format" and "version" come first: a newer file is refused before any
 * of it is read. */
static gboolean
check_header (Loader     *l,
              JsonObject *top)
{
  JsonNode *node;
  gint64 version = 0;

  if ((node = enter (l, top, "format")) == NULL)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("not a Run Planner plan: missing \"format\""));
  if (!holds_string (node) || g_strcmp0 (json_node_get_string (node), RP_PLAN_FILE_FORMAT) != 0)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("not a Run Planner plan: must be \"%s\""), RP_PLAN_FILE_FORMAT);
  pop (l);

  if (!read_int (l, top, "version", TRUE, 1, G_MAXINT64, &version))
    return FALSE;
  if (version > RP_PLAN_FILE_VERSION)
    {
      g_set_error (l->error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_VERSION,
                   _("%s: version %" G_GINT64_FORMAT " is newer than this Run Planner reads (%d)"),
                   l->name, version, RP_PLAN_FILE_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* json-glib says "<data>:LINE:COL: Parse error: message"; we say
 * "FILE:LINE:COL: message". Only reached if the pre-scan let through
 * something json-glib refuses. */
static void
set_parser_error (GError     **error,
                  const char  *name,
                  GError      *parser_error)
{
  const char *message = parser_error->message;
  guint line = 0, col = 0;
  const char *rest;

  if (g_str_has_prefix (message, "<data>:") &&
      sscanf (message, "<data>:%u:%u:", &line, &col) == 2 &&
      (rest = strstr (message + 7, ": ")) != NULL)
    {
      rest += 2;
      if (g_str_has_prefix (rest, "Parse error: "))
        rest += strlen ("Parse error: ");
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_SYNTAX,
                   "%s:%u:%u: %s", name, line, col, rest);
      return;
    }
  g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_SYNTAX,
               "%s: %s", name, message);
}

RpPlan *
rp_plan_reader_read (const char  *data,
                     gsize        len,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parser_error = NULL;
  g_autoptr(RpAthlete) athlete = NULL;
  Loader l = { name, data, len, { { NULL, 0 } }, 0, error };
  JsonNode *root;

  if (!rp_json_prescan (l.data, l.len, name, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, l.data, (gssize) l.len, &parser_error))
    {
      set_parser_error (error, name, parser_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_INVALID,
                   _("%s: not a Run Planner plan: the top level must be a JSON object"), name);
      return NULL;
    }

  if (!check_header (&l, json_node_get_object (root)))
    return NULL;
  if ((athlete = read_athlete (&l, json_node_get_object (root))) == NULL)
    return NULL;
  return read_plan (&l, json_node_get_object (root), athlete);
}
