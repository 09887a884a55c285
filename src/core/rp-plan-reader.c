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

/* The plan is read straight from the bytes, not from a json-glib tree.
 *
 * The design (docs/design-notes.md) first had the loader pre-scan the bytes and then parse them
 * with json_parser_load_from_data. But json-glib 1.6 is lax: it accepts
 * comments, single quotes, duplicate keys (keeping the last), a BOM,
 * trailing text, and wraps integers beyond 64 bits, so the strict scan
 * had to run first anyway, and it already sees every value and knows
 * its position. The json-glib tree then cost about twice the parse to
 * build and free (a GObject-heavy node, a hash table and a list per
 * object) for values read once. So rp_json_scan () checks the bytes and
 * records them as a flat token array, and this file reads the model
 * from those tokens. json-glib still holds the values of unknown keys:
 * the exact bytes of each such value go to json_from_string (), and the
 * node is kept in the object's "extra" members, in the file's order, to
 * be written back. */

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-json-reader.h"
#include "rp-kind.h"
#include "rp-plan-file.h"
#include "rp-season.h"
#include "rp-text.h"

const char * const rp_plan_unit_names[] = { "km", "mi", };

const char * const rp_plan_recovery_names[] = { "run", "cross-training", "walk", };

const char * const rp_plan_zone_names[] = {
  "none", "easy", "easy-slow", "marathon", "threshold", "interval",
  "repetition", "race", "recovery",
};

const char * const rp_plan_top_keys[] = { "format", "version", "athlete", "weeks", NULL };

const char * const rp_plan_athlete_keys[] = {
  "goal", "race_result", "volume_target_m", "rest_days", "unit", "recovery",
  "week_start", "min_easy_m", "manual_paces_s_per_km", "calendar_file", NULL,
};

const char * const rp_plan_workout_keys[] = {
  "kind", "distance_m", "duration_s", "pace_s_per_km", "notes", "pinned",
  "reason", "steps", "id", "sequence", "modified", NULL,
};

/* Values (and keys) inside the values of unknown keys, in the whole
 * file. json-glib holds them as a tree that costs up to 330 bytes a value
 * ("{}"): without a limit, a 64 MiB file of unknown "[{},{},…]" took
 * 7 GiB and the loader aborted when memory ran out. 250,000 of them cost
 * at most 85 MiB; the known parts of a plan are not counted. */
#define MAX_EXTRA_TOKENS 250000

/* The reader of one file: the JSON reader first, so the functions below
 * take an RpJsonReader * and collect_extra () gets back to the rest. */
typedef struct
{
  RpJsonReader json;
  guint        extra_tokens;
  const char  *data;        /* the file's bytes, len of them */
  gsize        len;
  char        *digest;      /* their SHA-1, once a workout needs an id */
  GHashTable  *ids;         /* the workouts' ids so far */
} PlanReader;

/* ------------------------------------------------------------------ */
/* From the tokens to the model, checking every value.                 */

/* The sibling after tok: a container's elements (and an object's keys)
 * follow each other through their "next" links. */
static guint
next_of (RpJsonReader *r,
         guint         tok)
{
  return r->doc.tokens[tok].next;
}

static guint
length_of (RpJsonReader *r,
           guint         tok)
{
  return r->doc.tokens[tok].len;
}

static gboolean
check_date (RpJsonReader *r,
            guint         tok,
            RpDate       *out)
{
  const char *text = rp_json_reader_get_string (r, tok);

  if (text == NULL || !rp_date_parse_iso (text, out))
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                                _("must be a date (YYYY-MM-DD) from 1900-01-01 to 2200-12-31"));
  return TRUE;
}

static gboolean
read_date (RpJsonReader *r,
           guint         obj,
           const char   *key,
           RpDate       *out)
{
  guint tok = rp_json_reader_enter (r, obj, key);
  gboolean ok;

  if (tok == 0)
    return rp_json_reader_fail_missing (r, key);
  ok = check_date (r, tok, out);
  rp_json_reader_pop (r);
  return ok;
}

/* Names in the file are exact: rp_kind_from_name also takes "Tempo". */
static gboolean
kind_from_file_name (RpJsonReader *r,
                     guint         tok,
                     RpKind       *out_kind)
{
  const char *text = rp_json_reader_get_string (r, tok);

  return text != NULL &&
         rp_kind_from_name (text, out_kind) &&
         g_strcmp0 (rp_kind_to_name (*out_kind), text) == 0;
}

static gboolean
reason_from_file_name (RpJsonReader *r,
                       guint         tok,
                       RpReasonCode *out_code)
{
  const char *text = rp_json_reader_get_string (r, tok);

  return text != NULL &&
         rp_reason_code_from_name (text, out_code) &&
         g_strcmp0 (rp_reason_code_to_name (*out_code), text) == 0;
}

/* The members of obj whose keys are not in known, kept for writing back
 * (rp_json_reader_collect_extra), within the file's MAX_EXTRA_TOKENS. */
static gboolean
collect_extra (RpJsonReader        *r,
               guint                obj,
               const char * const  *known,
               JsonObject         **out)
{
  PlanReader *plan_reader = (PlanReader *) r;   /* r is its first member */
  guint n = r->doc.tokens[obj].len;
  guint key = obj + 1;

  for (guint i = 0; i < n; key = r->doc.tokens[key + 1].next, i++)
    {
      gboolean known_key = FALSE;

      for (guint k = 0; known[k] != NULL && !known_key; k++)
        known_key = rp_json_doc_string_is (&r->doc, key, known[k]);
      if (known_key)
        continue;

      /* The key and every token of its value. */
      plan_reader->extra_tokens += r->doc.tokens[key + 1].next - key;
      if (plan_reader->extra_tokens > MAX_EXTRA_TOKENS)
        {
          rp_json_reader_push_key (r, rp_json_reader_get_string (r, key), key + 1);
          return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_LIMIT,
                                      _("unknown keys hold more than %d values in the file"),
                                      MAX_EXTRA_TOKENS);
        }
    }
  return rp_json_reader_collect_extra (r, obj, known, out);
}

/* [fast, slow], each a positive integer or null (0 in the model); fast is
 * the smaller number of seconds. */
static gboolean
check_pace_pair (RpJsonReader *r,
                 guint         tok,
                 int          *out_fast,
                 int          *out_slow)
{
  gint64 values[2] = { 0, 0 };
  guint element = tok + 1;

  if (!rp_json_reader_is_array (r, tok))
    return FALSE;
  if (length_of (r, tok) != 2)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                                _("must be a pair [fast, slow] of seconds per km"));

  for (guint i = 0; i < 2; element = next_of (r, element), i++)
    {
      gboolean ok;

      if (r->doc.tokens[element].type == RP_JSON_NULL)
        continue;
      rp_json_reader_push_index (r, i, element);
      ok = rp_json_reader_check_int (r, element, 1, RP_PLAN_MAX_PACE_S_PER_KM, &values[i]);
      rp_json_reader_pop (r);
      if (!ok)
        return FALSE;
    }
  if (values[0] > 0 && values[1] > 0 && values[0] > values[1])
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                                _("must be a pair [fast, slow]: %lld s/km is slower than %lld s/km"),
                                (long long) values[0], (long long) values[1]);
  *out_fast = (int) values[0];
  *out_slow = (int) values[1];
  return TRUE;
}

static gboolean
read_pace (RpJsonReader *r,
           guint         obj,
           const char   *key,
           double       *out)
{
  gint64 value = 0;

  if (!rp_json_reader_read_int (r, obj, key, FALSE, 1, RP_PLAN_MAX_PACE_S_PER_KM, &value))
    return FALSE;
  *out = (double) value;
  return TRUE;
}

static gboolean
read_manual_paces (RpJsonReader *r,
                   guint         obj,
                   RpAthlete    *athlete)
{
  RpPaces paces = { 0 };
  guint easy;

  if (!rp_json_reader_is_object (r, obj))
    return FALSE;

  if ((easy = rp_json_reader_enter (r, obj, "easy")) != 0)
    {
      int fast, slow;

      if (!check_pace_pair (r, easy, &fast, &slow))
        return FALSE;
      paces.easy_fast = fast;
      paces.easy_slow = slow;
      rp_json_reader_pop (r);
    }

  if (!read_pace (r, obj, "marathon", &paces.marathon) ||
      !read_pace (r, obj, "threshold", &paces.threshold) ||
      !read_pace (r, obj, "interval", &paces.interval) ||
      !read_pace (r, obj, "repetition", &paces.repetition) ||
      !read_pace (r, obj, "recovery", &paces.recovery) ||
      !read_pace (r, obj, "half", &paces.half))
    return FALSE;

  rp_athlete_set_manual_paces (athlete, &paces);
  return TRUE;
}

static gboolean
read_race_result (RpJsonReader *r,
                  guint         obj,
                  RpAthlete    *athlete)
{
  gint64 distance_m = 0;
  gint64 time_s = 0;

  if (!rp_json_reader_is_object (r, obj) ||
      !rp_json_reader_read_int (r, obj, "distance_m", TRUE, 1, RP_PLAN_MAX_DISTANCE_M, &distance_m) ||
      !rp_json_reader_read_int (r, obj, "time_s", TRUE, 1, RP_PLAN_MAX_DURATION_S, &time_s))
    return FALSE;

  rp_athlete_set_race_result (athlete, distance_m, time_s);
  return TRUE;
}

static gboolean
read_rest_days (RpJsonReader *r,
                guint         obj,
                guint        *out_mask)
{
  guint tok = rp_json_reader_enter (r, obj, "rest_days");
  guint mask = 0;
  guint element;
  guint n;

  if (tok == 0)
    return rp_json_reader_fail_missing (r, "rest_days");
  if (!rp_json_reader_is_array (r, tok))
    return FALSE;
  n = length_of (r, tok);
  if (n > 7)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_LIMIT, _("more than 7 rest days"));

  element = tok + 1;
  for (guint i = 0; i < n; element = next_of (r, element), i++)
    {
      guint day = 0;

      rp_json_reader_push_index (r, i, element);
      for (guint d = G_DATE_MONDAY; d <= G_DATE_SUNDAY; d++)
        if (rp_json_doc_string_is (&r->doc, element, rp_date_weekday_to_name (d)))
          day = d;
      if (day == 0)
        {
          g_autoptr(GString) list = g_string_new (NULL);

          for (guint d = G_DATE_MONDAY; d <= G_DATE_SUNDAY; d++)
            g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "",
                                    rp_date_weekday_to_name (d));
          return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("must be one of: %s"),
                                      list->str);
        }
      if (mask & (1u << (day - 1)))
        return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("duplicate rest day \"%s\""),
                                    rp_date_weekday_to_name (day));
      mask |= 1u << (day - 1);
      rp_json_reader_pop (r);
    }

  rp_json_reader_pop (r);
  *out_mask = mask;
  return TRUE;
}

/* An optional boolean member; *out keeps its value when it is absent. */
static gboolean
read_opt_bool (RpJsonReader *r,
               guint         obj,
               const char   *key,
               gboolean     *out)
{
  if (rp_json_reader_enter (r, obj, key) == 0)
    return TRUE;
  rp_json_reader_pop (r);
  return rp_json_reader_read_bool (r, obj, key, out);
}

/* The athlete's required settings, in the order they are checked. */
static gboolean
read_athlete_settings (RpJsonReader *r,
                       guint         obj,
                       RpAthlete    *athlete)
{
  guint goal, unit, recovery, week_start;
  guint rest_mask = 0;
  gboolean calendar_file = FALSE;
  gint64 volume_m = 0;
  gint64 min_easy_m = -1;   /* absent: the unit's default; 0 is a value */
  const char *race_names[RP_N_RACES];
  const char *weekday_names[G_DATE_SUNDAY + 1] = { NULL };

  /* The names of core's tables, as rp_json_reader_read_name takes them. */
  for (guint i = 0; i < RP_N_RACES; i++)
    race_names[i] = rp_race_to_name ((RpRace) i);
  for (guint d = G_DATE_MONDAY; d <= G_DATE_SUNDAY; d++)
    weekday_names[d] = rp_date_weekday_to_name (d);

  if (!rp_json_reader_read_name (r, obj, "goal", race_names, G_N_ELEMENTS (race_names), &goal) ||
      !rp_json_reader_read_int (r, obj, "volume_target_m", TRUE, 0, RP_MAX_VOLUME_M, &volume_m) ||
      !read_rest_days (r, obj, &rest_mask) ||
      !rp_json_reader_read_name (r, obj, "unit", rp_plan_unit_names, G_N_ELEMENTS (rp_plan_unit_names), &unit) ||
      !rp_json_reader_read_name (r, obj, "recovery", rp_plan_recovery_names, G_N_ELEMENTS (rp_plan_recovery_names), &recovery) ||
      !rp_json_reader_read_name (r, obj, "week_start", weekday_names, G_N_ELEMENTS (weekday_names), &week_start) ||
      !rp_json_reader_read_int (r, obj, "min_easy_m", FALSE, 0, RP_MAX_VOLUME_M, &min_easy_m) ||
      !read_opt_bool (r, obj, "calendar_file", &calendar_file))
    return FALSE;

  rp_athlete_set_goal (athlete, (RpRace) goal);
  rp_athlete_set_volume_m (athlete, volume_m);
  rp_athlete_set_rest_days (athlete, rest_mask);
  rp_athlete_set_unit (athlete, (RpUnit) unit);
  rp_athlete_set_recovery_preference (athlete, (RpRecoveryPreference) recovery);
  rp_athlete_set_week_start (athlete, (GDateWeekday) week_start);
  rp_athlete_set_min_easy_m (athlete, min_easy_m);
  rp_athlete_set_calendar_file (athlete, calendar_file);
  return TRUE;
}

static RpAthlete *
read_athlete (RpJsonReader *r,
              guint         top)
{
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();
  g_autoptr(JsonObject) extra = NULL;
  guint obj = rp_json_reader_enter (r, top, "athlete");
  guint tok;

  if (obj == 0)
    {
      rp_json_reader_fail_missing (r, "athlete");
      return NULL;
    }
  if (!rp_json_reader_is_object (r, obj) || !read_athlete_settings (r, obj, athlete))
    return NULL;

  if ((tok = rp_json_reader_enter (r, obj, "race_result")) != 0)
    {
      if (!read_race_result (r, tok, athlete))
        return NULL;
      rp_json_reader_pop (r);
    }
  if ((tok = rp_json_reader_enter (r, obj, "manual_paces_s_per_km")) != 0)
    {
      if (!read_manual_paces (r, tok, athlete))
        return NULL;
      rp_json_reader_pop (r);
    }

  if (!collect_extra (r, obj, rp_plan_athlete_keys, &extra))
    return NULL;
  if (extra != NULL)
    rp_athlete_set_extra (athlete, extra);
  rp_json_reader_pop (r);
  return g_steal_pointer (&athlete);
}

/* The arguments each reason code carries (what rp_reason_equal compares). */
gboolean
rp_plan_reason_has_kind (RpReasonCode code)
{
  return rp_reason_code_has_kind (code);
}

gboolean
rp_plan_reason_has_target (RpReasonCode code)
{
  return rp_reason_code_has_target (code);
}

static gboolean
read_reason (RpJsonReader *r,
             guint         obj,
             RpWorkout    *workout)
{
  RpReason reason = { 0 };
  guint tok;

  if (!rp_json_reader_is_object (r, obj))
    return FALSE;

  if ((tok = rp_json_reader_enter (r, obj, "code")) == 0)
    return rp_json_reader_fail_missing (r, "code");
  if (!reason_from_file_name (r, tok, &reason.code))
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("unknown reason code"));
  rp_json_reader_pop (r);

  if (rp_plan_reason_has_kind (reason.code))
    {
      if ((tok = rp_json_reader_enter (r, obj, "kind")) == 0)
        return rp_json_reader_fail_missing (r, "kind");
      if (!kind_from_file_name (r, tok, &reason.kind))
        return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("unknown workout kind"));
      rp_json_reader_pop (r);
      if (!read_date (r, obj, "date", &reason.date))
        return FALSE;
    }
  if (rp_reason_code_has_metres (reason.code) &&
      !rp_json_reader_read_int (r, obj, "metres", TRUE, 0, RP_MAX_VOLUME_M, &reason.metres))
    return FALSE;
  if (rp_plan_reason_has_target (reason.code) &&
      !rp_json_reader_read_int (r, obj, "target_m", TRUE, 0, RP_MAX_VOLUME_M, &reason.target_m))
    return FALSE;

  rp_workout_set_reason (workout, &reason);
  return TRUE;
}

static gboolean
read_step (RpJsonReader *r,
           guint         obj,
           RpWorkout    *workout)
{
  RpStep step = { 1, -1, -1, RP_ZONE_NONE, -1, -1 };
  gint64 repeat = 1;
  guint zone;

  if (!rp_json_reader_is_object (r, obj) ||
      !rp_json_reader_read_int (r, obj, "repeat", TRUE, 1, RP_PLAN_MAX_REPEAT, &repeat) ||
      !rp_json_reader_read_int (r, obj, "distance_m", FALSE, 0, RP_PLAN_MAX_DISTANCE_M, &step.distance_m) ||
      !rp_json_reader_read_int (r, obj, "duration_s", FALSE, 0, RP_PLAN_MAX_DURATION_S, &step.duration_s) ||
      !rp_json_reader_read_name (r, obj, "zone", rp_plan_zone_names, G_N_ELEMENTS (rp_plan_zone_names), &zone) ||
      !rp_json_reader_read_int (r, obj, "recovery_distance_m", FALSE, 0, RP_PLAN_MAX_DISTANCE_M, &step.recovery_distance_m) ||
      !rp_json_reader_read_int (r, obj, "recovery_duration_s", FALSE, 0, RP_PLAN_MAX_DURATION_S, &step.recovery_duration_s))
    return FALSE;

  step.repeat = (int) repeat;
  step.zone = (RpZone) zone;
  rp_workout_add_step (workout, &step);
  return TRUE;
}

static gboolean
read_steps (RpJsonReader *r,
            guint         tok,
            RpWorkout    *workout)
{
  guint element;
  guint n;

  if (!rp_json_reader_is_array (r, tok))
    return FALSE;
  n = length_of (r, tok);
  if (n > RP_PLAN_MAX_STEPS)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_LIMIT,
                                _("%u steps is over the limit of %d"), n, RP_PLAN_MAX_STEPS);

  element = tok + 1;
  for (guint i = 0; i < n; element = next_of (r, element), i++)
    {
      rp_json_reader_push_index (r, i, element);
      if (!read_step (r, element, workout))
        return FALSE;
      rp_json_reader_pop (r);
    }
  return TRUE;
}

/* "2026-12-07T02:01:42Z", a time in UTC (the workout's last change) from
 * 1970 to 2200, as seconds since 1970. */
static gboolean
read_modified (RpJsonReader *r,
               guint         obj,
               RpWorkout    *workout)
{
  static const char pattern[] = "dddd-dd-ddTdd:dd:ddZ";
  g_autoptr(GDateTime) time = NULL;
  const char *text;
  guint tok;
  int y, mo, d, h, mi, sec;

  if ((tok = rp_json_reader_enter (r, obj, "modified")) == 0)
    return TRUE;
  text = rp_json_reader_get_string (r, tok);
  if (text == NULL || strlen (text) != sizeof pattern - 1)
    goto bad;
  for (gsize i = 0; pattern[i] != '\0'; i++)
    if (pattern[i] == 'd' ? !g_ascii_isdigit (text[i]) : text[i] != pattern[i])
      goto bad;
  if (sscanf (text, "%4d-%2d-%2dT%2d:%2d:%2dZ", &y, &mo, &d, &h, &mi, &sec) != 6 ||
      y < 1970 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > g_date_get_days_in_month (mo, y) ||
      h > 23 || mi > 59 || sec > 59)
    goto bad;
  time = g_date_time_new_utc (y, mo, d, h, mi, sec);
  if (time == NULL)
    goto bad;
  rp_workout_set_modified (workout, g_date_time_to_unix (time));
  rp_json_reader_pop (r);
  return TRUE;

bad:
  return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                              _("must be a UTC time (YYYY-MM-DDTHH:MM:SSZ)"));
}

/* The workout's identity (docs/plan-format.md): each member optional. */
static gboolean
read_identity (RpJsonReader *r,
               guint         obj,
               RpWorkout    *workout)
{
  gint64 sequence = 0;
  guint tok;

  if ((tok = rp_json_reader_enter (r, obj, "id")) != 0)
    {
      const char *id = rp_json_reader_get_string (r, tok);

      if (id == NULL || !g_uuid_string_is_valid (id))
        return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                                    _("must be a UUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)"));
      rp_workout_set_id (workout, id);
      rp_json_reader_pop (r);
    }
  if (!rp_json_reader_read_int (r, obj, "sequence", FALSE, 0, G_MAXINT32, &sequence))
    return FALSE;
  rp_workout_set_sequence (workout, (guint) sequence);
  return read_modified (r, obj, workout);
}

/* A workout without an id (a file from before ids, or written by hand)
 * or with the id of one before it (copied by a Run Planner that kept
 * "id" as an unknown key) gets one here, without touching the file: a
 * UUID made from the file's SHA-1 and the workout's place, so the same
 * file gives the same ids every time it is read (an export of a plan not
 * yet saved keeps its calendar events). The next save writes it. */
static void
give_file_id (RpJsonReader *r,
              RpWorkout    *workout,
              RpDate        date,
              guint         index)
{
  PlanReader *plan_reader = (PlanReader *) r;   /* r is its first member */
  const char *id = rp_workout_get_id (workout);
  g_autoptr(GChecksum) sum = NULL;
  g_autofree char *made = NULL;
  char iso[RP_DATE_ISO_LEN];
  guint8 bytes[20];
  gsize n_bytes = sizeof bytes;

  if (plan_reader->ids == NULL)
    plan_reader->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (id != NULL && !g_hash_table_contains (plan_reader->ids, id))
    {
      g_hash_table_add (plan_reader->ids, g_strdup (id));
      return;
    }

  if (plan_reader->digest == NULL)
    plan_reader->digest = g_compute_checksum_for_data (G_CHECKSUM_SHA1,
                                                       (const guchar *) plan_reader->data,
                                                       plan_reader->len);
  sum = g_checksum_new (G_CHECKSUM_SHA1);
  g_checksum_update (sum, (const guchar *) plan_reader->digest, -1);
  g_checksum_update (sum, (const guchar *) rp_date_to_iso (date, iso), -1);
  g_checksum_update (sum, (const guchar *) &index, sizeof index);
  /* A derived id that another workout of the file already has: the
   * SHA-1 again, over the one before. */
  do
    {
      g_checksum_get_digest (sum, bytes, &n_bytes);
      bytes[6] = (bytes[6] & 0x0f) | 0x50;   /* version 5: from a name */
      bytes[8] = (bytes[8] & 0x3f) | 0x80;   /* the RFC 4122 variant */
      g_free (made);
      made = g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                              bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5],
                              bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11],
                              bytes[12], bytes[13], bytes[14], bytes[15]);
      g_checksum_reset (sum);
      g_checksum_update (sum, (const guchar *) made, -1);
    }
  while (g_hash_table_contains (plan_reader->ids, made));

  rp_workout_set_id (workout, made);
  g_hash_table_add (plan_reader->ids, g_steal_pointer (&made));
}

/* The optional members of a workout, after its kind. */
static gboolean
read_workout_details (RpJsonReader *r,
                      guint         obj,
                      RpWorkout    *workout)
{
  gint64 distance_m = -1;
  gint64 duration_s = -1;
  gboolean pinned = FALSE;
  guint tok;

  if (!rp_json_reader_read_int (r, obj, "distance_m", FALSE, 0, RP_PLAN_MAX_DISTANCE_M, &distance_m) ||
      !rp_json_reader_read_int (r, obj, "duration_s", FALSE, 0, RP_PLAN_MAX_DURATION_S, &duration_s) ||
      !rp_json_reader_read_bool (r, obj, "pinned", &pinned))
    return FALSE;
  rp_workout_set_distance_m (workout, distance_m);
  rp_workout_set_duration_s (workout, duration_s);
  rp_workout_set_pinned (workout, pinned);

  if ((tok = rp_json_reader_enter (r, obj, "pace_s_per_km")) != 0)
    {
      int fast, slow;

      if (!check_pace_pair (r, tok, &fast, &slow))
        return FALSE;
      rp_workout_set_pace (workout, fast, slow);
      rp_json_reader_pop (r);
    }
  if ((tok = rp_json_reader_enter (r, obj, "notes")) != 0)
    {
      const char *notes = rp_json_reader_get_string (r, tok);

      if (notes == NULL)
        return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("must be a string"));
      rp_workout_set_notes (workout, notes);
      rp_json_reader_pop (r);
    }
  if ((tok = rp_json_reader_enter (r, obj, "reason")) != 0)
    {
      if (!read_reason (r, tok, workout))
        return FALSE;
      rp_json_reader_pop (r);
    }
  if ((tok = rp_json_reader_enter (r, obj, "steps")) != 0)
    {
      if (!read_steps (r, tok, workout))
        return FALSE;
      rp_json_reader_pop (r);
    }
  return TRUE;
}

static RpWorkout *
read_workout (RpJsonReader *r,
              guint         obj)
{
  g_autoptr(RpWorkout) workout = NULL;
  g_autoptr(JsonObject) extra = NULL;
  guint tok;
  RpKind kind;

  if (!rp_json_reader_is_object (r, obj))
    return NULL;

  if ((tok = rp_json_reader_enter (r, obj, "kind")) == 0)
    {
      rp_json_reader_fail_missing (r, "kind");
      return NULL;
    }
  if (!kind_from_file_name (r, tok, &kind))
    {
      rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("unknown workout kind"));
      return NULL;
    }
  rp_json_reader_pop (r);

  workout = rp_workout_new (kind);
  if (!read_workout_details (r, obj, workout) ||
      !read_identity (r, obj, workout) ||
      !collect_extra (r, obj, rp_plan_workout_keys, &extra))
    return NULL;
  if (extra != NULL)
    rp_workout_set_extra (workout, extra);
  return g_steal_pointer (&workout);
}

static gboolean
read_day (RpJsonReader *r,
          guint         obj,
          RpPlan       *plan,
          RpDate        expected)
{
  guint workouts, element, n;
  RpDate date;

  if (!rp_json_reader_is_object (r, obj) || !read_date (r, obj, "date", &date))
    return FALSE;
  if (date != expected)
    {
      char buf[RP_DATE_ISO_LEN];

      rp_json_reader_enter (r, obj, "date");
      return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                                  _("expected %s (the days of a week follow each other)"),
                                  rp_date_to_iso (expected, buf));
    }

  if ((workouts = rp_json_reader_enter (r, obj, "workouts")) == 0)
    return rp_json_reader_fail_missing (r, "workouts");
  if (!rp_json_reader_is_array (r, workouts))
    return FALSE;
  n = length_of (r, workouts);
  if (n > RP_MAX_WORKOUTS_PER_DAY)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_LIMIT,
                                _("%u workouts is over the limit of %d a day"),
                                n, RP_MAX_WORKOUTS_PER_DAY);

  element = workouts + 1;
  for (guint i = 0; i < n; element = next_of (r, element), i++)
    {
      g_autoptr(RpWorkout) workout = NULL;

      rp_json_reader_push_index (r, i, element);
      workout = read_workout (r, element);
      if (workout == NULL)
        return FALSE;
      give_file_id (r, workout, date, i);
      rp_plan_insert_workout (plan, date, G_MAXUINT, workout, NULL);
      rp_json_reader_pop (r);
    }
  rp_json_reader_pop (r);
  return TRUE;
}

/* A generated week target's reason (docs/plan-format.md): optional, and
 * only beside the target it explains. */
static gboolean
read_target_reason (RpJsonReader   *r,
                    guint           obj,
                    gint64          target_m,
                    RpTargetReason *out)
{
  const char *name;
  gint64 figure = 0;
  guint tok, code_tok;

  if ((tok = rp_json_reader_enter (r, obj, "volume_target_reason")) == 0)
    return TRUE;
  if (target_m == RP_PLAN_TARGET_DEFAULT)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                                _("a target reason needs a volume_target_m"));
  if (!rp_json_reader_is_object (r, tok))
    return FALSE;

  if ((code_tok = rp_json_reader_enter (r, tok, "code")) == 0)
    return rp_json_reader_fail_missing (r, "code");
  name = rp_json_reader_get_string (r, code_tok);
  if (name == NULL || !rp_target_reason_code_from_name (name, &out->code) ||
      out->code == RP_TARGET_REASON_NONE)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("unknown reason code"));
  rp_json_reader_pop (r);

  if (rp_target_reason_figure_key (out->code) != NULL &&
      !rp_json_reader_read_int (r, tok, rp_target_reason_figure_key (out->code), TRUE,
                                0, RP_TARGET_REASON_MAX_FIGURE, &figure))
    return FALSE;
  out->figure = (guint) figure;
  rp_json_reader_pop (r);

  return TRUE;
}

static gboolean
read_week (RpJsonReader *r,
           guint         obj,
           RpPlan       *plan,
           guint         week)
{
  RpDate expected = rp_plan_get_week_start (plan, week);
  gint64 target_m = RP_PLAN_TARGET_DEFAULT;
  RpTargetReason reason = { RP_TARGET_REASON_NONE, 0 };
  guint days, element;
  RpDate start;

  if (!rp_json_reader_is_object (r, obj) || !read_date (r, obj, "start", &start))
    return FALSE;
  if (start != expected)
    {
      char buf[RP_DATE_ISO_LEN];

      rp_json_reader_enter (r, obj, "start");
      return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                                  _("expected %s (weeks follow each other without gaps)"),
                                  rp_date_to_iso (expected, buf));
    }

  if (!rp_json_reader_read_int (r, obj, "volume_target_m", FALSE, 0, RP_MAX_VOLUME_M, &target_m))
    return FALSE;
  if (!read_target_reason (r, obj, target_m, &reason))
    return FALSE;
  rp_plan_set_week_target_with_reason (plan, week, target_m, &reason);

  if ((days = rp_json_reader_enter (r, obj, "days")) == 0)
    return rp_json_reader_fail_missing (r, "days");
  if (!rp_json_reader_is_array (r, days))
    return FALSE;
  if (length_of (r, days) != 7)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("must have 7 days, not %u"),
                                length_of (r, days));

  element = days + 1;
  for (guint i = 0; i < 7; element = next_of (r, element), i++)
    {
      rp_json_reader_push_index (r, i, element);
      if (!read_day (r, element, plan, start + i))
        return FALSE;
      rp_json_reader_pop (r);
    }
  rp_json_reader_pop (r);
  return TRUE;
}

/* The first week's start: a valid date on the athlete's week start, with
 * the whole plan inside the date range. */
static gboolean
read_plan_start (RpJsonReader *r,
                 guint         weeks,
                 RpAthlete    *athlete,
                 RpDate       *out_start)
{
  GDateWeekday week_start = rp_athlete_get_week_start (athlete);
  guint n = length_of (r, weeks);
  guint obj = weeks + 1;
  RpDate start;

  rp_json_reader_push_index (r, 0, obj);
  if (!rp_json_reader_is_object (r, obj) || !read_date (r, obj, "start", &start))
    return FALSE;

  rp_json_reader_enter (r, obj, "start");
  if (rp_date_get_weekday (start) != week_start)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                                _("%s is not a %s, the plan's week start"),
                                rp_json_reader_get_string (r, r->path[r->n_path - 1].tok),
                                rp_date_weekday_to_name (week_start));
  if ((gint64) start + 7 * (gint64) n - 1 > (gint64) rp_date_from_ymd (RP_DATE_MAX_YEAR, 12, 31))
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_LIMIT, _("the plan would end after %d-12-31"),
                                RP_DATE_MAX_YEAR);
  rp_json_reader_pop (r);
  rp_json_reader_pop (r);
  *out_start = start;
  return TRUE;
}

static RpPlan *
read_plan (RpJsonReader *r,
           guint         top,
           RpAthlete    *athlete)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(JsonObject) extra = NULL;
  guint weeks = rp_json_reader_enter (r, top, "weeks");
  RpDate start = RP_DATE_INVALID;
  guint element, n;

  if (weeks == 0)
    {
      rp_json_reader_fail_missing (r, "weeks");
      return NULL;
    }
  if (!rp_json_reader_is_array (r, weeks))
    return NULL;
  n = length_of (r, weeks);
  if (n == 0)
    {
      rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("must have at least one week"));
      return NULL;
    }
  if (n > RP_MAX_WEEKS)
    {
      rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_LIMIT, _("%u weeks is over the limit of %d"),
                           n, RP_MAX_WEEKS);
      return NULL;
    }
  if (!read_plan_start (r, weeks, athlete, &start))
    return NULL;

  plan = rp_plan_new_for_athlete (athlete, start, n);
  /* One "changed" for the whole load rather than one per workout. */
  rp_plan_freeze_changed (plan);
  element = weeks + 1;
  for (guint i = 0; i < n; element = next_of (r, element), i++)
    {
      rp_json_reader_push_index (r, i, element);
      if (!read_week (r, element, plan, i))
        return NULL;
      rp_json_reader_pop (r);
    }
  rp_json_reader_pop (r);

  if (!collect_extra (r, top, rp_plan_top_keys, &extra))
    return NULL;
  if (extra != NULL)
    rp_plan_set_extra (plan, extra);
  rp_plan_thaw_changed (plan);
  return g_steal_pointer (&plan);
}

/* "format" and "version" come first: a newer file is refused before any
 * of it is read. */
static gboolean
check_header (RpJsonReader *r,
              guint         top)
{
  gint64 version = 0;
  guint tok;

  if ((tok = rp_json_reader_enter (r, top, "format")) == 0)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                                _("not a Run Planner plan: missing \"format\""));
  if (!rp_json_doc_string_is (&r->doc, tok, RP_PLAN_FILE_FORMAT))
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                                _("not a Run Planner plan: must be \"%s\""), RP_PLAN_FILE_FORMAT);
  rp_json_reader_pop (r);

  if (!rp_json_reader_read_int (r, top, "version", TRUE, 1, G_MAXINT64, &version))
    return FALSE;
  if (version > RP_PLAN_FILE_VERSION)
    {
      g_set_error (r->error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_VERSION,
                   _("%s: version %lld is newer than this Run Planner reads (%d)"),
                   r->name, (long long) version, RP_PLAN_FILE_VERSION);
      return FALSE;
    }
  return TRUE;
}

static RpPlan *
read_top (RpJsonReader *r)
{
  g_autoptr(RpAthlete) athlete = NULL;

  if (r->doc.tokens[0].type != RP_JSON_OBJECT)
    {
      g_set_error (r->error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_INVALID,
                   _("%s: not a Run Planner plan: the top level must be a JSON object"), r->name);
      return NULL;
    }
  if (!check_header (r, 0))
    return NULL;
  if ((athlete = read_athlete (r, 0)) == NULL)
    return NULL;
  return read_plan (r, 0, athlete);
}

RpPlan *
rp_plan_reader_read (const char  *data,
                     gsize        len,
                     const char  *name,
                     GError     **error)
{
  PlanReader reader = { .extra_tokens = 0, .data = data, .len = len };
  RpPlan *plan = NULL;
  /* Every message starts with the name, a path of any bytes: the app
   * shows messages in labels (UTF-8 only), the CLI on a terminal. */
  g_autofree char *shown_name = rp_text_escape (name, -1, 0);

  if (rp_json_reader_init (&reader.json, data, len, shown_name, error))
    plan = read_top (&reader.json);
  rp_json_reader_clear (&reader.json);
  g_free (reader.digest);
  g_clear_pointer (&reader.ids, g_hash_table_unref);
  return plan;
}
