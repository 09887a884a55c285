/* test-plan-file.c
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

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-plan-file.h"
#include "rp-planner.h"

#define NOBODY 65534

static char *tmp_dir;
static GPtrArray *written;   /* every plan file the tests wrote, for the schema check */
static guint n_mutants;
static guint n_mutants_loaded;

/* ------------------------------------------------------------------ */
/* Helpers                                                            */

static char *
data_path (const char *dir,
           const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", dir, name, NULL);
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize len = 0;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, len);
}

static GBytes *
good_bytes (const char *name)
{
  g_autofree char *path = data_path ("good", name);

  return read_bytes (path);
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

/* Writes bytes to the temporary directory and remembers the file for the
 * schema check when it is a plan we expect to be valid. */
static char *
write_tmp (const char *name,
           GBytes     *bytes,
           gboolean    is_plan)
{
  g_autoptr(GError) error = NULL;
  char *path = tmp_path (name);

  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  if (is_plan)
    g_ptr_array_add (written, g_strdup (path));
  return path;
}

static void
remember_written (const char *path)
{
  g_ptr_array_add (written, g_strdup (path));
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  g_assert_cmpmem (g_bytes_get_data (a, NULL), g_bytes_get_size (a),
                   g_bytes_get_data (b, NULL), g_bytes_get_size (b));
}

static RpWorkout *
make_workout (RpKind  kind,
              gint64  distance_m,
              gint64  duration_s,
              gboolean pinned)
{
  RpWorkout *workout = rp_workout_new (kind);

  rp_workout_set_distance_m (workout, distance_m);
  rp_workout_set_duration_s (workout, duration_s);
  rp_workout_set_pinned (workout, pinned);
  return workout;
}

static void
place (RpPlan    *plan,
       RpDate     date,
       RpWorkout *workout)
{
  g_assert_true (rp_plan_insert_workout (plan, date, G_MAXUINT, workout, NULL));
  g_object_unref (workout);
}

/* One week of hard work, filled by the engine. */
static RpPlan *
make_plan (guint n_weeks)
{
  RpDate start = rp_date_from_ymd (2026, 11, 23);
  RpPlan *plan = rp_plan_new (start, n_weeks);

  for (guint w = 0; w < n_weeks; w++)
    {
      place (plan, start + 7 * w + 1, make_workout (RP_KIND_INTERVALS, 10000, -1, TRUE));
      place (plan, start + 7 * w + 3, make_workout (RP_KIND_TEMPO, 8000, -1, TRUE));
      place (plan, start + 7 * w + 6, make_workout (RP_KIND_LONG, 20000, -1, TRUE));
    }
  rp_planner_fill (plan);
  return plan;
}

/* Serialize → load → equal, and the second serialization is identical. */
static RpPlan *
assert_round_trip (RpPlan     *plan,
                   const char *name)
{
  g_autoptr(GBytes) bytes = rp_plan_file_serialize (plan);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  RpPlan *loaded;

  loaded = rp_plan_file_load_bytes (bytes, name, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_true (rp_plan_equal (plan, loaded));
  again = rp_plan_file_serialize (loaded);
  assert_bytes_equal (bytes, again);
  return loaded;
}

static void
assert_refused (GError     *error,
                const char *name,
                const char *fragment)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == RP_PLAN_FILE_ERROR);
  if (!g_str_has_prefix (error->message, name) ||
      (error->message[strlen (name)] != ':'))
    g_error ("message does not start with \"%s:\": %s", name, error->message);
  if (fragment != NULL && strstr (error->message, fragment) == NULL)
    g_error ("message lacks \"%s\": %s", fragment, error->message);
}

static GList *
list_dir (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  GList *names = NULL;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    names = g_list_insert_sorted (names, g_strdup (name), (GCompareFunc) g_strcmp0);
  return names;
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      GList *names = list_dir (path);

      g_chmod (path, 0700);
      for (GList *l = names; l != NULL; l = l->next)
        {
          g_autofree char *child = g_build_filename (path, l->data, NULL);

          remove_tree (child);
        }
      g_list_free_full (names, g_free);
      g_rmdir (path);
    }
  else
    {
      g_unlink (path);
    }
}

/* In a g_test_trap_subprocess child: become "nobody" so that permissions
 * apply even when the suite runs as root. FALSE when that is impossible. */
static gboolean
drop_privileges (void)
{
  if (getuid () != 0)
    return TRUE;
  if (setgroups (0, NULL) != 0 || setgid (NOBODY) != 0 || setuid (NOBODY) != 0)
    return FALSE;
  /* A uid change makes the process non-dumpable; LeakSanitizer needs
   * to ptrace its own threads at exit. */
  prctl (PR_SET_DUMPABLE, 1, 0, 0, 0);
  return TRUE;
}

/* The child leaves this file when it could not drop privileges. */
static char *
skip_marker (void)
{
  return tmp_path ("child-skipped");
}

static void
child_skip (void)
{
  g_autofree char *marker = skip_marker ();

  g_assert_true (g_file_set_contents (marker, "", 0, NULL));
}

static void
skip_if_child_skipped (void)
{
  g_autofree char *marker = skip_marker ();

  if (g_file_test (marker, G_FILE_TEST_EXISTS))
    {
      g_unlink (marker);
      g_test_skip ("cannot drop root privileges here");
    }
}

/* ------------------------------------------------------------------ */
/* Valid files                                                        */

static const char * const good_files[] = {
  "small.json", "miles-steps.json", "manual-paces.json", "unknown-keys.json",
};

static void
test_good_round_trip (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (good_files); i++)
    {
      g_autofree char *path = data_path ("good", good_files[i]);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) bytes = read_bytes (path);
      g_autoptr(GBytes) saved = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RpPlan) plan = NULL;
      g_autoptr(RpPlan) again = NULL;
      g_autofree char *etag = NULL;

      plan = rp_plan_file_load (file, &etag, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (etag);
      saved = rp_plan_file_serialize (plan);
      assert_bytes_equal (bytes, saved);

      again = assert_round_trip (plan, good_files[i]);
      remember_written (path);
    }
}

static void
test_good_contents (void)
{
  g_autofree char *path = data_path ("good", "miles-steps.json");
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = rp_plan_file_load_bytes (bytes, "miles-steps.json", &error);
  RpAthlete *athlete;
  RpWorkout *workout;
  gint64 distance_m, time_s;
  int fast, slow;

  g_assert_no_error (error);
  athlete = rp_plan_get_athlete (plan);
  g_assert_cmpint (rp_athlete_get_unit (athlete), ==, RP_UNIT_MI);
  g_assert_cmpint (rp_athlete_get_week_start (athlete), ==, G_DATE_SUNDAY);
  g_assert_cmpint (rp_athlete_get_goal (athlete), ==, RP_RACE_MARATHON);
  g_assert_true (rp_athlete_get_race_result (athlete, &distance_m, &time_s));
  g_assert_cmpint (distance_m, ==, 21097);
  g_assert_cmpint (time_s, ==, 4689);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 2);
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 1), ==, 72420);
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 0), ==, RP_PLAN_TARGET_DEFAULT);

  workout = rp_plan_get_workout (plan, rp_date_from_ymd (2027, 3, 9), 0);
  g_assert_cmpint (rp_workout_get_kind (workout), ==, RP_KIND_INTERVALS);
  g_assert_true (rp_workout_get_pinned (workout));
  g_assert_cmpuint (rp_workout_get_n_steps (workout), ==, 3);
  g_assert_cmpint (rp_workout_get_step (workout, 1)->repeat, ==, 6);
  g_assert_cmpint (rp_workout_get_step (workout, 1)->distance_m, ==, 800);
  g_assert_cmpint (rp_workout_get_step (workout, 1)->zone, ==, RP_ZONE_INTERVAL);
  g_assert_cmpint (rp_workout_get_step (workout, 1)->recovery_distance_m, ==, 400);
  g_assert_cmpint (rp_workout_get_step (workout, 1)->duration_s, ==, -1);
  g_assert_cmpstr (rp_workout_get_notes (workout), ==, "6 × 800 m on the track, “easy” jog between");
  rp_workout_get_pace (workout, &fast, &slow);
  g_assert_cmpint (fast, ==, 203);
  g_assert_cmpint (slow, ==, 0);

  /* The day after is an engine entry with its reason. */
  workout = rp_plan_get_workout (plan, rp_date_from_ymd (2027, 3, 10), 0);
  g_assert_false (rp_workout_get_pinned (workout));
  g_assert_cmpint (rp_workout_get_reason (workout)->code, ==, RP_REASON_RECOVERY_AFTER_HARD);
  g_assert_cmpint (rp_workout_get_reason (workout)->kind, ==, RP_KIND_INTERVALS);
  g_assert_cmpuint (rp_workout_get_reason (workout)->date, ==, rp_date_from_ymd (2027, 3, 9));
}

/* ------------------------------------------------------------------ */
/* Workout ids (docs/plan-format.md, "A workout").                     */

/* Every workout's id, in the plan's order; each a UUID, none twice. */
static GPtrArray *
plan_ids (RpPlan *plan)
{
  GPtrArray *ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (RpDate d = rp_plan_get_start (plan); d <= rp_plan_get_end (plan); d++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, d); i++)
      {
        const char *id = rp_workout_get_id (rp_plan_get_workout (plan, d, i));

        g_assert_nonnull (id);
        g_assert_true (g_uuid_string_is_valid (id));
        g_assert_false (g_hash_table_contains (seen, id));
        g_hash_table_add (seen, (gpointer) id);
        g_ptr_array_add (ids, g_strdup (id));
      }
  return ids;
}

static void
assert_same_ids (GPtrArray *a,
                 GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_cmpstr (a->pdata[i], ==, b->pdata[i]);
}

static RpPlan *
load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RpPlan *plan = rp_plan_file_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

/* A file from before ids loads; its workouts get ids without the file
 * being written, the same ones at every load; the next save keeps them. */
static void
test_ids_legacy (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "legacy", "no-ids.json", NULL);
  g_autoptr(GBytes) before = read_bytes (path);
  g_autoptr(RpPlan) first = load_path (path);
  g_autoptr(RpPlan) second = load_path (path);
  g_autoptr(GBytes) after = read_bytes (path);
  g_autoptr(GPtrArray) ids = plan_ids (first);
  g_autoptr(GPtrArray) again = plan_ids (second);
  g_autoptr(GBytes) saved = rp_plan_file_serialize (first);
  g_autofree char *copy = write_tmp ("ids-legacy.json", saved, TRUE);
  g_autoptr(RpPlan) reloaded = load_path (copy);
  g_autoptr(GPtrArray) kept = plan_ids (reloaded);
  g_autoptr(GBytes) resaved = rp_plan_file_serialize (reloaded);

  g_assert_false (strstr (g_bytes_get_data (before, NULL), "\"id\"") != NULL);
  g_assert_cmpuint (ids->len, ==, 7);
  assert_bytes_equal (before, after);
  assert_same_ids (ids, again);
  assert_same_ids (ids, kept);
  assert_bytes_equal (saved, resaved);
}

/* Two workouts with one id (an older Run Planner keeps "id" as an
 * unknown key, and so copies it with the workout): the file loads, the
 * first keeps it and the other gets an id of its own, the same at every
 * load. */
static void
test_ids_duplicate (void)
{
  g_autoptr(GBytes) good = good_bytes ("small.json");
  const char *text = g_bytes_get_data (good, NULL);
  g_autoptr(GRegex) regex = g_regex_new ("\"id\" : \"([0-9a-f-]{36})\"", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *first_id = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GString) dup = g_string_new (text);
  g_autoptr(GBytes) dup_bytes = NULL;
  g_autofree char *path = NULL;
  g_autoptr(RpPlan) a = NULL;
  g_autoptr(RpPlan) b = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GPtrArray) again = NULL;

  g_assert_true (g_regex_match (regex, text, 0, &match));
  first_id = g_match_info_fetch (match, 1);
  g_assert_true (g_match_info_next (match, NULL));
  second = g_match_info_fetch (match, 1);
  g_assert_cmpuint (g_string_replace (dup, second, first_id, 1), ==, 1);

  dup_bytes = g_bytes_new (dup->str, dup->len);
  path = write_tmp ("ids-duplicate.json", dup_bytes, FALSE);
  a = load_path (path);
  b = load_path (path);
  ids = plan_ids (a);   /* asserts every id is a UUID and none is there twice */
  again = plan_ids (b);
  g_assert_cmpstr (ids->pdata[0], ==, first_id);
  g_assert_cmpstr (ids->pdata[1], !=, first_id);
  g_assert_cmpstr (ids->pdata[1], !=, second);
  assert_same_ids (ids, again);
}

/* Identity round-trips: id, sequence and the time of the last change. */
static void
test_ids_identity_kept (void)
{
  g_autoptr(GBytes) bytes = good_bytes ("miles-steps.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = rp_plan_file_load_bytes (bytes, "miles-steps.json", &error);
  RpWorkout *found = NULL;

  g_assert_no_error (error);
  for (RpDate d = rp_plan_get_start (plan); d <= rp_plan_get_end (plan); d++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, d); i++)
      if (g_strcmp0 (rp_workout_get_id (rp_plan_get_workout (plan, d, i)),
                     "37dbe77f-fc7f-533d-bfa6-7636b68afd59") == 0)
        found = rp_plan_get_workout (plan, d, i);
  g_assert_nonnull (found);
  g_assert_cmpuint (rp_workout_get_sequence (found), ==, 3);
  /* 2026-11-20T18:45:00Z */
  g_assert_cmpint (rp_workout_get_modified (found), ==, G_GINT64_CONSTANT (1795200300));
}

/* A new plan's workouts get random ids as they enter it. */
static void
test_ids_new_plan (void)
{
  g_autoptr(RpPlan) plan = make_plan (2);
  g_autoptr(GPtrArray) ids = plan_ids (plan);

  g_assert_cmpuint (ids->len, >=, 4);
}

static void
test_unknown_keys (void)
{
  g_autofree char *path = data_path ("good", "unknown-keys.json");
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = rp_plan_file_load_bytes (bytes, "unknown-keys.json", &error);
  g_autoptr(RpPlan) loaded = NULL;
  g_autoptr(JsonObject) clash = json_object_new ();
  RpWorkout *workout;
  JsonObject *extra;

  g_assert_no_error (error);

  extra = rp_plan_get_extra (plan);
  g_assert_nonnull (extra);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (extra, "x-sync"), "revision"), ==, 42);
  g_assert_false (json_object_has_member (extra, "weeks"));

  extra = rp_athlete_get_extra (rp_plan_get_athlete (plan));
  g_assert_nonnull (extra);
  g_assert_cmpint (json_object_get_int_member (extra, "x-heart-rate-max"), ==, 192);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (extra, "x-shoes")), ==, 2);

  workout = rp_plan_get_workout (plan, rp_date_from_ymd (2026, 11, 24), 0);
  extra = rp_workout_get_extra (workout);
  g_assert_nonnull (extra);
  g_assert_cmpstr (json_object_get_string_member (extra, "x-garmin-id"), ==, "w-4711");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (extra, "x-felt"), "note"),
                   ==, "windy, été \"hot\"");

  /* Written back in place, byte for byte. */
  saved = rp_plan_file_serialize (plan);
  assert_bytes_equal (bytes, saved);

  /* An extra key that clashes with a known one is dropped on save, not
   * written twice (the loader refuses duplicate keys). */
  json_object_set_string_member (clash, "kind", "sprint");
  json_object_set_int_member (clash, "x-kept", 7);
  workout = rp_workout_copy (workout);
  rp_workout_set_extra (workout, clash);
  rp_plan_replace_workout (plan, rp_date_from_ymd (2026, 11, 24), 0, workout);
  g_object_unref (workout);
  g_clear_pointer (&saved, g_bytes_unref);
  saved = rp_plan_file_serialize (plan);
  loaded = rp_plan_file_load_bytes (saved, "clash.json", &error);
  g_assert_no_error (error);
  workout = rp_plan_get_workout (loaded, rp_date_from_ymd (2026, 11, 24), 0);
  g_assert_cmpint (rp_workout_get_kind (workout), ==, RP_KIND_INTERVALS);
  g_assert_cmpint (json_object_get_int_member (rp_workout_get_extra (workout), "x-kept"), ==, 7);
  g_assert_false (json_object_has_member (rp_workout_get_extra (workout), "kind"));
}

/* ------------------------------------------------------------------ */
/* Plans built through the model                                      */

static const char * const sample_notes[] = {
  "", "hills by the river", "6 × 800 m", "quote \" backslash \\ slash /",
  "tab\tnew line\ncontrol \x01 and \x7f", "émoji 🏃 and CJK 跑步", "{\"not\": [json]}",
};

static void
random_athlete (GRand     *rand,
                RpAthlete *athlete)
{
  rp_athlete_set_goal (athlete, g_rand_int_range (rand, 0, RP_N_RACES));
  rp_athlete_set_unit (athlete, g_rand_boolean (rand) ? RP_UNIT_KM : RP_UNIT_MI);
  rp_athlete_set_recovery_preference (athlete, g_rand_int_range (rand, 0, 3));
  rp_athlete_set_week_start (athlete, g_rand_int_range (rand, 1, 8));
  rp_athlete_set_rest_days (athlete, g_rand_int_range (rand, 0, 128));
  rp_athlete_set_volume_m (athlete, g_rand_int_range (rand, 0, RP_MAX_VOLUME_M + 1));
  if (g_rand_boolean (rand))
    rp_athlete_set_min_easy_m (athlete, g_rand_int_range (rand, 1000, 10000));
  if (g_rand_boolean (rand))
    rp_athlete_set_race_result (athlete, g_rand_int_range (rand, 1500, 42196),
                                g_rand_int_range (rand, 240, 20000));
  if (g_rand_int_range (rand, 0, 4) == 0)
    {
      RpPaces paces = { 0 };

      paces.easy_fast = g_rand_int_range (rand, 200, 400);
      paces.easy_slow = paces.easy_fast + 30;
      paces.threshold = g_rand_boolean (rand) ? g_rand_int_range (rand, 180, 300) : 0;
      paces.recovery = g_rand_int_range (rand, 300, 500);
      rp_athlete_set_manual_paces (athlete, &paces);
    }
}

static RpWorkout *
random_workout (GRand *rand)
{
  RpWorkout *workout = rp_workout_new (g_rand_int_range (rand, 0, RP_N_KINDS));

  rp_workout_set_pinned (workout, TRUE);
  if (g_rand_boolean (rand))
    rp_workout_set_distance_m (workout, g_rand_int_range (rand, 0, 50000));
  if (g_rand_boolean (rand))
    rp_workout_set_duration_s (workout, g_rand_int_range (rand, 0, 20000));
  if (g_rand_boolean (rand))
    {
      /* A pair is [fast, slow] (0: none); /plan-file/model/pace-order
       * checks a pair set the wrong way round. */
      int fast = g_rand_int_range (rand, 0, 400);
      int slow = g_rand_int_range (rand, 0, 600);

      rp_workout_set_pace (workout, slow > 0 ? MIN (fast, slow) : fast, slow > 0 ? MAX (fast, slow) : 0);
    }
  rp_workout_set_notes (workout, sample_notes[g_rand_int_range (rand, 0, G_N_ELEMENTS (sample_notes))]);
  for (int i = g_rand_int_range (rand, 0, 4); i > 0; i--)
    {
      RpStep step = { g_rand_int_range (rand, 1, 12), -1, -1, g_rand_int_range (rand, 0, 9), -1, -1 };

      if (g_rand_boolean (rand))
        step.distance_m = g_rand_int_range (rand, 100, 5000);
      else
        step.duration_s = g_rand_int_range (rand, 30, 1800);
      if (g_rand_boolean (rand))
        step.recovery_distance_m = g_rand_int_range (rand, 0, 800);
      if (g_rand_boolean (rand))
        step.recovery_duration_s = g_rand_int_range (rand, 0, 300);
      rp_workout_add_step (workout, &step);
    }
  return workout;
}

static RpPlan *
random_plan (GRand *rand)
{
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();
  RpDate start = rp_date_from_ymd (g_rand_int_range (rand, 1901, 2199),
                                   g_rand_int_range (rand, 1, 13),
                                   g_rand_int_range (rand, 1, 29));
  RpPlan *plan;
  guint n_weeks;

  random_athlete (rand, athlete);
  n_weeks = g_rand_int_range (rand, 1, 7);
  plan = rp_plan_new_for_athlete (athlete, start, n_weeks);
  start = rp_plan_get_start (plan);

  for (int i = g_rand_int_range (rand, 0, 10); i > 0; i--)
    {
      RpDate date = start + g_rand_int_range (rand, 0, 7 * n_weeks);

      if (rp_plan_get_n_workouts (plan, date) < RP_MAX_WORKOUTS_PER_DAY)
        place (plan, date, random_workout (rand));
    }
  for (guint w = 0; w < n_weeks; w++)
    if (g_rand_int_range (rand, 0, 3) == 0)
      rp_plan_set_week_target_override (plan, w, g_rand_int_range (rand, 0, RP_MAX_VOLUME_M));
  if (g_rand_boolean (rand))
    rp_planner_fill (plan);
  if (g_rand_int_range (rand, 0, 4) == 0)
    {
      g_autoptr(JsonObject) extra = json_object_new ();

      json_object_set_string_member (extra, "x-origin", "test");
      json_object_set_int_member (extra, "x-n", g_rand_int (rand));
      rp_plan_set_extra (plan, extra);
    }
  return plan;
}

#define N_RANDOM_PLANS 10000

static void
test_model_round_trip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);

  for (guint i = 0; i < N_RANDOM_PLANS; i++)
    {
      g_autoptr(RpPlan) plan = random_plan (rand);
      g_autoptr(RpPlan) loaded = assert_round_trip (plan, "random.json");

      /* A sample of them goes through the schema check too. */
      if (i % 500 == 0)
        {
          g_autoptr(GBytes) bytes = rp_plan_file_serialize (plan);
          g_autofree char *name = g_strdup_printf ("random-%u.json", i);
          g_autofree char *path = write_tmp (name, bytes, TRUE);
        }
    }
}

/* Values outside the loader's limits can only reach the model through
 * the low-level API (every edit checks them, tests/test-limits.c). The
 * writer never clamps or cuts them: it says so and writes them whole,
 * and the loader then names the value. */
static void
test_model_over_limits (void)
{
  RpDate start = rp_date_from_ymd (2026, 11, 23);
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) loaded = NULL;
  RpWorkout *workout;
  RpStep step = { 5000, 9999999, -1, RP_ZONE_EASY_MID, -1, -1 };
  g_autofree char *text = NULL;

  /* The writer's critical, in a child where it is not fatal. */
  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr ("*CRITICAL*Writing a plan the loader will refuse: "
                                 "2026-11-25: a distance of 5000000000 m is over the limit of 1000 km*");
      return;
    }
  g_log_set_always_fatal (G_LOG_FATAL_MASK);

  plan = rp_plan_new (start, 1);
  workout = make_workout (RP_KIND_LONG, 5000000000, 99999999, TRUE);
  for (guint i = 0; i < 3000; i++)
    g_string_append (notes, "é");   /* 6000 bytes, over the string limit */
  rp_workout_set_notes (workout, notes->str);
  rp_workout_set_pace (workout, 99999, 0);
  rp_workout_add_step (workout, &step);
  place (plan, start + 2, workout);

  bytes = rp_plan_file_serialize (plan);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_nonnull (strstr (text, "\"distance_m\" : 5000000000,"));
  g_assert_nonnull (strstr (text, "\"duration_s\" : 99999999,"));
  g_assert_nonnull (strstr (text, notes->str));
  g_assert_nonnull (strstr (text, "\"repeat\" : 5000,"));
  g_assert_nonnull (strstr (text, "99999"));

  loaded = rp_plan_file_load_bytes (bytes, "over-limits.json", &error);
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LIMIT);
  g_assert_null (loaded);
}

/* A pace pair set the wrong way round through the API ([slow, fast]) is
 * written in order, since the loader refuses a fast pace slower than the
 * slow one; one pace alone (the other 0, "none") stays where it is. */
static void
test_model_pace_order (void)
{
  RpDate start = rp_date_from_ymd (2026, 11, 23);
  g_autoptr(RpPlan) plan = rp_plan_new (start, 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) loaded = NULL;
  RpWorkout *reversed = make_workout (RP_KIND_TEMPO, 8000, -1, TRUE);
  RpWorkout *slow_only = make_workout (RP_KIND_EASY, 8000, -1, TRUE);
  RpPaces paces = { 0 };
  int fast, slow;

  rp_workout_set_pace (reversed, 300, 240);
  rp_workout_set_pace (slow_only, 0, 420);
  place (plan, start + 1, reversed);
  place (plan, start + 2, slow_only);
  paces.easy_fast = 400;
  paces.easy_slow = 330;
  rp_athlete_set_manual_paces (rp_plan_get_athlete (plan), &paces);

  bytes = rp_plan_file_serialize (plan);
  loaded = rp_plan_file_load_bytes (bytes, "pace-order.json", &error);
  g_assert_no_error (error);
  rp_workout_get_pace (rp_plan_get_workout (loaded, start + 1, 0), &fast, &slow);
  g_assert_cmpint (fast, ==, 240);
  g_assert_cmpint (slow, ==, 300);
  rp_workout_get_pace (rp_plan_get_workout (loaded, start + 2, 0), &fast, &slow);
  g_assert_cmpint (fast, ==, 0);
  g_assert_cmpint (slow, ==, 420);
  g_assert_true (rp_athlete_get_manual_paces (rp_plan_get_athlete (loaded), &paces));
  g_assert_cmpfloat (paces.easy_fast, ==, 330);
  g_assert_cmpfloat (paces.easy_slow, ==, 400);
  g_free (write_tmp ("pace-order.json", bytes, TRUE));
}

/* The largest plan the format allows loads; one week more is refused. */
static void
test_limit_weeks (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (rp_date_from_ymd (2026, 11, 23), RP_MAX_WEEKS);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) loaded = NULL;

  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, RP_MAX_WEEKS);
  place (plan, rp_plan_get_end (plan), make_workout (RP_KIND_RACE, 42195, -1, TRUE));
  bytes = rp_plan_file_serialize (plan);
  loaded = rp_plan_file_load_bytes (bytes, "century.json", &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_equal (plan, loaded));
}

/* Exactly at the depth and string limits: accepted, and kept. */
static void
test_limit_boundaries (void)
{
  g_autofree char *path = data_path ("good", "small.json");
  g_autoptr(GBytes) base = read_bytes (path);
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (base, NULL), g_bytes_get_size (base));
  g_autoptr(GString) extra = g_string_new ("\n  \"x-deep\" : ");
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(RpPlan) again = NULL;
  const char *at;

  /* The top object is level 1; 31 arrays inside reach level 32. */
  for (guint i = 0; i < RP_PLAN_FILE_MAX_DEPTH - 1; i++)
    g_string_append_c (extra, '[');
  for (guint i = 0; i < RP_PLAN_FILE_MAX_DEPTH - 1; i++)
    g_string_append_c (extra, ']');
  g_string_append_c (extra, ',');
  at = strstr (text->str, "\"version\" : 1,");
  g_string_insert (text, at - text->str + strlen ("\"version\" : 1,"), extra->str);

  for (guint i = 0; i < RP_PLAN_FILE_MAX_STRING / 2; i++)
    g_string_append (notes, "\\u00e9");  /* 2 bytes each once decoded */
  g_string_prepend (notes, "\"notes\" : \"");
  g_string_append (notes, "\",\n              ");
  at = strstr (text->str, "\"pinned\" : true");
  g_assert_nonnull (at);
  g_string_insert (text, at - text->str, notes->str);

  bytes = g_bytes_new (text->str, text->len);
  plan = rp_plan_file_load_bytes (bytes, "boundaries.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (rp_workout_get_notes (rp_plan_get_workout (plan, rp_date_from_ymd (2026, 11, 24), 0))),
                    ==, RP_PLAN_FILE_MAX_STRING);
  g_assert_true (json_object_has_member (rp_plan_get_extra (plan), "x-deep"));

  saved = rp_plan_file_serialize (plan);
  again = rp_plan_file_load_bytes (saved, "boundaries.json", &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_equal (plan, again));
  g_free (write_tmp ("boundaries.json", saved, TRUE));
}

/* ------------------------------------------------------------------ */
/* The writer's format is json-glib's                                 */

/* json-glib's own pretty print of bytes: parse, then JsonGenerator with
 * pretty = TRUE and indent 2, plus the final newline we add. */
static GBytes *
regenerate_with_json_glib (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  GString *out = g_string_new (NULL);

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

static void
assert_json_glib_format (RpPlan *plan)
{
  g_autoptr(GBytes) ours = rp_plan_file_serialize (plan);
  g_autoptr(GBytes) theirs = regenerate_with_json_glib (ours);

  assert_bytes_equal (ours, theirs);
}

/* Unknown values of every JSON shape json-glib prints: nested and empty
 * objects and arrays at several depths, doubles, escapes, non-ASCII. */
static JsonObject *
rich_extra (GRand *rand)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *text = NULL;

  text = g_strdup_printf ("{\"x-empty\": {}, \"x-list\": [], \"x-n\": %d, \"x-d\": %.17g,"
                          " \"x-tiny\": 1.5e-300, \"x-whole\": 2.0,"
                          " \"x-s\": \"tab\\t nl\\n q\\\" bs\\\\ sl/ \\u0001 \\u007f é 🏃\","
                          " \"x-deep\": [[{}], {\"a\": [[], {}, null, true, false, -0.0]}, [[[]]]],"
                          " \"x-obj\": {\"z\": 1, \"a\": {\"m\": {}}}}",
                          g_rand_int (rand) - G_MAXINT32 / 2, g_rand_double_range (rand, -1e6, 1e6));
  node = json_from_string (text, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (node));
}

/* For generated plans, good files and unknown values of every shape, the
 * bytes we write are the bytes json-glib prints for the same JSON. */
static void
test_writer_json_glib_format (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1600);

  for (guint i = 0; i < G_N_ELEMENTS (good_files); i++)
    {
      g_autoptr(GBytes) bytes = good_bytes (good_files[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(RpPlan) plan = rp_plan_file_load_bytes (bytes, good_files[i], &error);

      g_assert_no_error (error);
      assert_json_glib_format (plan);
    }

  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(RpPlan) plan = random_plan (rand);

      if (i % 3 == 0)
        {
          g_autoptr(JsonObject) extra = rich_extra (rand);
          RpDate date = rp_plan_get_start (plan) + g_rand_int_range (rand, 0, 7);
          g_autoptr(RpWorkout) workout = random_workout (rand);

          rp_plan_set_extra (plan, extra);
          rp_athlete_set_extra (rp_plan_get_athlete (plan), extra);
          rp_workout_set_extra (workout, extra);
          if (rp_plan_get_n_workouts (plan, date) < RP_MAX_WORKOUTS_PER_DAY)
            rp_plan_insert_workout (plan, date, G_MAXUINT, workout, NULL);
        }
      assert_json_glib_format (plan);
      if (i % 3 == 0)
        g_object_unref (assert_round_trip (plan, "rich.json"));
    }
}

/* json-glib 1.6 writes U+001F raw, which is not JSON; we escape it, so
 * a note with it still loads. */
static void
test_writer_unit_separator (void)
{
  RpDate start = rp_date_from_ymd (2026, 11, 23);
  g_autoptr(RpPlan) plan = rp_plan_new (start, 1);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RpPlan) loaded = NULL;
  RpWorkout *workout = make_workout (RP_KIND_TEMPO, 8000, -1, TRUE);

  rp_workout_set_notes (workout, "a\x1f" "b\x1e" "c");
  place (plan, start + 1, workout);
  bytes = rp_plan_file_serialize (plan);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  "\"notes\" : \"a\\u001fb\\u001ec\""));
  loaded = assert_round_trip (plan, "separator.json");
  g_assert_cmpstr (rp_workout_get_notes (rp_plan_get_workout (loaded, start + 1, 0)), ==, "a\x1f" "b\x1e" "c");
}

/* json-glib 1.6 prints 1e22 as "1e+22.0", which is not JSON; we write
 * "1e+22", so unknown values with such numbers survive a save. */
/* A week off is written as 0 and read back as a week off; a week with
 * no target of its own writes no key and reads back as the default. */
static void
test_writer_week_off (void)
{
  g_autoptr(RpPlan) plan = make_plan (3);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RpPlan) loaded = NULL;
  const char *text;
  gsize len;

  rp_plan_set_week_target_override (plan, 0, 0);
  rp_plan_set_week_target_override (plan, 2, 30000);
  bytes = rp_plan_file_serialize (plan);
  text = g_bytes_get_data (bytes, &len);
  g_assert_nonnull (g_strstr_len (text, len, "\"start\" : \"2026-11-23\",\n"
                                             "      \"volume_target_m\" : 0,\n"));
  g_assert_nonnull (g_strstr_len (text, len, "\"start\" : \"2026-11-30\",\n"
                                             "      \"days\""));
  g_assert_nonnull (g_strstr_len (text, len, "\"start\" : \"2026-12-07\",\n"
                                             "      \"volume_target_m\" : 30000,\n"));

  loaded = assert_round_trip (plan, "week-off.json");
  g_assert_cmpint (rp_plan_get_week_target_override (loaded, 0), ==, 0);
  g_assert_cmpint (rp_plan_get_week_target (loaded, 0), ==, 0);
  g_assert_cmpint (rp_plan_get_week_target_override (loaded, 1), ==, RP_PLAN_TARGET_DEFAULT);
  g_assert_cmpint (rp_plan_get_week_target (loaded, 1), ==, 40000);
  g_assert_cmpint (rp_plan_get_week_target_override (loaded, 2), ==, 30000);
}

static void
test_writer_exponent (void)
{
  g_autoptr(RpPlan) plan = make_plan (1);
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RpPlan) loaded = NULL;
  JsonObject *kept;
  const char *text;
  gsize len;

  json_object_set_double_member (extra, "x-big", 1e22);
  json_object_set_double_member (extra, "x-tiny", -2.5e-300);
  json_object_set_double_member (extra, "x-whole", 3.0);
  rp_plan_set_extra (plan, extra);
  bytes = rp_plan_file_serialize (plan);
  text = g_bytes_get_data (bytes, &len);
  g_assert_nonnull (g_strstr_len (text, len, "\"x-big\" : 1e+22,\n"));
  g_assert_nonnull (g_strstr_len (text, len, "\"x-tiny\" : -2.5e-300,\n"));
  g_assert_nonnull (g_strstr_len (text, len, "\"x-whole\" : 3.0\n"));

  loaded = assert_round_trip (plan, "exponent.json");
  kept = rp_plan_get_extra (loaded);
  g_assert_cmpfloat (json_object_get_double_member (kept, "x-big"), ==, 1e22);
  g_assert_cmpfloat (json_object_get_double_member (kept, "x-tiny"), ==, -2.5e-300);
  g_assert_cmpfloat (json_object_get_double_member (kept, "x-whole"), ==, 3.0);
}

/* Kind names in the file are exact: the CLI takes "Tempo", a file not. */
static void
test_kind_exact_case (void)
{
  g_autoptr(GBytes) good = good_bytes ("small.json");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (good, NULL), g_bytes_get_size (good));
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = NULL;

  g_assert_cmpuint (g_string_replace (text, "\"kind\" : \"intervals\"", "\"kind\" : \"Intervals\"", 1), ==, 1);
  bytes = g_bytes_new (text->str, text->len);
  plan = rp_plan_file_load_bytes (bytes, "case.json", &error);
  g_assert_null (plan);
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "kind: unknown workout kind"));
}

/* A file far denser in values than a plan (two bytes a value) makes the
 * scanner's token array grow many times over; every value is kept. A
 * fuzzer found the scanner writing through a stale pointer here. */
static void
test_limit_dense (void)
{
  g_autoptr(GBytes) base = good_bytes ("small.json");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (base, NULL), g_bytes_get_size (base));
  g_autoptr(GString) dense = g_string_new ("\n  \"x-dense\" : [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = NULL;
  JsonArray *kept;
  const char *at;

  for (guint i = 0; i < 100000; i++)
    g_string_append_printf (dense, "%s%u", i > 0 ? "," : "", i % 10);
  g_string_append (dense, ", 0.5, {\"k\": 1}],");
  at = strstr (text->str, "\"version\" : 1,");
  g_string_insert (text, at - text->str + strlen ("\"version\" : 1,"), dense->str);

  bytes = g_bytes_new (text->str, text->len);
  plan = rp_plan_file_load_bytes (bytes, "dense.json", &error);
  g_assert_no_error (error);
  kept = json_object_get_array_member (rp_plan_get_extra (plan), "x-dense");
  g_assert_cmpuint (json_array_get_length (kept), ==, 100002);
  g_assert_cmpint (json_array_get_int_element (kept, 99999), ==, 9);
  g_assert_cmpfloat (json_array_get_double_element (kept, 100000), ==, 0.5);
}

/* small.json with text inserted after the first occurrence of after. */
static GString *
small_with (const char *after,
            const char *text)
{
  g_autoptr(GBytes) base = good_bytes ("small.json");
  GString *result = g_string_new_len (g_bytes_get_data (base, NULL), g_bytes_get_size (base));
  const char *at = strstr (result->str, after);

  g_assert_nonnull (at);
  g_string_insert (result, at - result->str + strlen (after), text);
  return result;
}

/* "\n  KEY : [0,0,…]," with n zeros. */
static GString *
zeros_member (const char *key,
              guint       n)
{
  GString *text = g_string_sized_new (2 * n + 32);

  g_string_append_printf (text, "\n  \"%s\" : [", key);
  for (guint i = 0; i < n; i++)
    g_string_append (text, i > 0 ? ",0" : "0");
  g_string_append (text, "],");
  return text;
}

/* The values and keys of a JSON document, as the scanner counts them. */
static guint
count_tokens (JsonNode *node)
{
  guint n = 1;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, NULL, &member))
        n += 1 + count_tokens (member);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        n += count_tokens (json_array_get_element (array, i));
    }
  return n;
}

/* docs/reliability.md: at most 4,000,000 values and keys in a file, so a
 * dense file cannot make the loader allocate 24 bytes for each of 32
 * million of them. An unknown key in a week (read past, not kept) fills
 * the file up to the limit exactly: it loads; one value more is refused. */
#define MAX_TOKENS 4000000

static void
test_limit_values (void)
{
  g_autoptr(GBytes) base = good_bytes ("small.json");
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (base, NULL), NULL);
  guint room = MAX_TOKENS - count_tokens (root) - 2;   /* the key and the array */

  for (guint extra = 0; extra < 2; extra++)
    {
      g_autoptr(GString) zeros = zeros_member ("x-many", room + extra);
      g_autoptr(GString) text = small_with ("\"start\" : \"2026-11-23\",", zeros->str);
      g_autoptr(GBytes) bytes = g_bytes_new (text->str, text->len);
      g_autoptr(GError) error = NULL;
      g_autoptr(RpPlan) plan = rp_plan_file_load_bytes (bytes, "values.json", &error);

      if (extra == 0)
        {
          g_assert_no_error (error);
          g_assert_nonnull (plan);
        }
      else
        {
          g_assert_null (plan);
          g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LIMIT);
          /* The value that goes over is the file's last one, the last workout's "id". */
          g_assert_cmpstr (error->message, ==, "values.json:119:22: more than 4000000 values and keys in the file");
        }
    }
}

/* Unknown values are kept as a json-glib tree (up to 330 bytes a value):
 * at most 250,000 values and keys inside unknown keys, over the whole
 * file. The limit loads and keeps them; one more is refused, and so are
 * two halves under the limit each, in the athlete and at the top. */
#define MAX_EXTRA_TOKENS 250000

static void
test_limit_unknown_values (void)
{
  for (guint extra = 0; extra < 2; extra++)
    {
      /* The key, the array and its zeros. */
      g_autoptr(GString) zeros = zeros_member ("x-kept", MAX_EXTRA_TOKENS - 2 + extra);
      g_autoptr(GString) text = small_with ("\"version\" : 1,", zeros->str);
      g_autoptr(GBytes) bytes = g_bytes_new (text->str, text->len);
      g_autoptr(GError) error = NULL;
      g_autoptr(RpPlan) plan = rp_plan_file_load_bytes (bytes, "unknown.json", &error);

      if (extra == 0)
        {
          g_assert_no_error (error);
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (rp_plan_get_extra (plan), "x-kept")),
                            ==, MAX_EXTRA_TOKENS - 2);
        }
      else
        {
          g_assert_null (plan);
          g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LIMIT);
          g_assert_cmpstr (error->message, ==,
                           "unknown.json:4:14: x-kept: unknown keys hold more than 250000 values in the file");
        }
    }

  {
    g_autoptr(GString) top = zeros_member ("x-top", MAX_EXTRA_TOKENS / 2);
    g_autoptr(GString) athlete = zeros_member ("x-athlete", MAX_EXTRA_TOKENS / 2);
    g_autoptr(GString) text = small_with ("\"version\" : 1,", top->str);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(RpPlan) plan = NULL;
    const char *at = strstr (text->str, "\"athlete\" : {");

    g_string_insert (text, at - text->str + strlen ("\"athlete\" : {"), athlete->str);
    bytes = g_bytes_new (text->str, text->len);
    plan = rp_plan_file_load_bytes (bytes, "halves.json", &error);
    g_assert_null (plan);
    g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LIMIT);
    /* The athlete is read first: the top level's key goes over. */
    g_assert_true (g_str_has_prefix (error->message, "halves.json:4:13: x-top: unknown keys hold more than"));
  }
}

/* 131,072 keys that all have the same g_bytes_hash ("Aa" and "B@" hash
 * alike, so any string of them does too): a fixed hash made the loader
 * compare each key with all before it, minutes for this 5 MB file. The
 * scanner indexes a big object's keys in a balanced tree, which no
 * choice of keys slows; a duplicate among them is still found. (No time is asserted: a regression shows as the test's
 * timeout.) */
static void
test_limit_key_flood (void)
{
  g_autoptr(GString) keys = g_string_new ("\n      \"x-flood\" : {");
  guint n = 1u << 17;

  for (guint i = 0; i < n; i++)
    {
      g_string_append (keys, i > 0 ? ",\"" : "\"");
      for (guint bit = 0; bit < 17; bit++)
        g_string_append (keys, (i >> bit) & 1 ? "B@" : "Aa");
      g_string_append (keys, "\":0");
    }

  for (guint dup = 0; dup < 2; dup++)
    {
      g_autoptr(GString) members = g_string_new (keys->str);
      g_autoptr(GString) text = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RpPlan) plan = NULL;

      if (dup)
        g_string_append (members, ",\"B@B@AaAaAaAaAaAaAaAaAaAaAaAaAaAaAa\":1");
      g_string_append (members, "},");
      text = small_with ("\"start\" : \"2026-11-23\",", members->str);
      bytes = g_bytes_new (text->str, text->len);
      plan = rp_plan_file_load_bytes (bytes, "flood.json", &error);
      if (!dup)
        {
          g_assert_no_error (error);
          g_assert_nonnull (plan);
        }
      else
        {
          g_assert_null (plan);
          g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_INVALID);
          /* Key 3 (bits 0 and 1 set) is the first; key i starts at column
           * 20 + 39 i (a quote, 34 characters, a quote, ":0,"). */
          g_assert_true (g_str_has_suffix (error->message,
                                           ": duplicate key \"B@B@AaAaAaAaAaAaAaAaAaAaAaAaAaAaAa\" "
                                           "(first at line 17, column 137)"));
        }
    }
}

/* ------------------------------------------------------------------ */
/* Malformed files                                                    */

typedef struct
{
  char *name;
  char *fragment;
} Expect;

static GPtrArray *
read_expectations (void)
{
  g_autofree char *path = data_path ("bad", "EXPECT");
  g_autoptr(GBytes) bytes = read_bytes (path);
  g_auto(GStrv) lines = g_strsplit (g_bytes_get_data (bytes, NULL), "\n", -1);
  GPtrArray *expects = g_ptr_array_new ();

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *tab = strchr (lines[i], '\t');
      Expect *e;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      g_assert_nonnull (tab);
      e = g_new0 (Expect, 1);
      e->name = g_strndup (lines[i], tab - lines[i]);
      e->fragment = g_strdup (tab + 1);
      g_ptr_array_add (expects, e);
    }
  return expects;
}

static void
expect_free (Expect *e)
{
  g_free (e->name);
  g_free (e->fragment);
  g_free (e);
}

static void
test_bad_files (void)
{
  g_autoptr(GPtrArray) expects = read_expectations ();
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  GList *names = list_dir (dir);
  guint n_files = 0;

  g_ptr_array_set_free_func (expects, (GDestroyNotify) expect_free);
  g_assert_cmpuint (expects->len, >=, 60);

  /* Every file in the directory has an expectation, and the reverse. */
  for (GList *l = names; l != NULL; l = l->next)
    {
      gboolean found = FALSE;

      if (g_str_equal (l->data, "EXPECT"))
        continue;
      n_files++;
      for (guint i = 0; i < expects->len; i++)
        found |= g_str_equal (((Expect *) expects->pdata[i])->name, l->data);
      if (!found)
        g_error ("tests/data/bad/%s has no line in EXPECT", (char *) l->data);
    }
  g_assert_cmpuint (n_files, ==, expects->len);
  g_list_free_full (names, g_free);

  for (guint i = 0; i < expects->len; i++)
    {
      Expect *e = expects->pdata[i];
      g_autofree char *path = data_path ("bad", e->name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GBytes) before = read_bytes (path);
      g_autoptr(GBytes) after = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(RpPlan) plan = NULL;
      g_autofree char *etag = NULL;

      plan = rp_plan_file_load (file, &etag, NULL, &error);
      g_assert_null (plan);
      g_assert_null (etag);
      g_test_message ("%s", error->message);
      assert_refused (error, path, e->fragment);

      /* The same through the bytes entry point. */
      g_clear_error (&error);
      plan = rp_plan_file_load_bytes (before, e->name, &error);
      g_assert_null (plan);
      assert_refused (error, e->name, e->fragment);

      after = read_bytes (path);
      assert_bytes_equal (before, after);
    }
}

/* Messages point at the value, with line and column. */
static void
test_bad_positions (void)
{
  static const struct { const char *name; const char *message; } cases[] = {
    { "duplicate-key-top.json", "duplicate-key-top.json:4:3: duplicate key \"version\" (first at line 3, column 3)" },
    { "negative-distance.json", "negative-distance.json:35:30: weeks[0].days[1].workouts[0].distance_m: must be a non-negative integer" },
    { "bad-goal.json", "bad-goal.json:5:14: athlete.goal: must be one of: 5k, 10k, half, marathon" },
    { "week-misaligned.json", "week-misaligned.json:16:17: weeks[0].start: 2026-11-24 is not a mon, the plan's week start" },
    { "missing-kind.json", "missing-kind.json:33:13: weeks[0].days[1].workouts[0]: missing \"kind\"" },
    { "newer-version.json", "newer-version.json: version 2 is newer than this Run Planner reads (1)" },
    { "empty.json", "empty.json: empty file" },
    { "bom.json", "bom.json:1:1: starts with a byte order mark (BOM); plan files are UTF-8 without one" },
    { "truncated-in-string.json", "truncated-in-string.json:25:26: unterminated string" },
    { "latin1.json", "latin1.json:36:29: invalid UTF-8" },
    /* Type and range errors carry the value's position too. */
    { "unknown-kind.json", "unknown-kind.json:34:24: weeks[0].days[1].workouts[0].kind: unknown workout kind" },
    { "kind-capitalised.json", "kind-capitalised.json:34:24: weeks[0].days[1].workouts[0].kind: unknown workout kind" },
    { "pinned-string.json", "pinned-string.json:36:26: weeks[0].days[1].workouts[0].pinned: must be true or false" },
    { "absurd-duration.json", "absurd-duration.json:35:30: weeks[0].days[1].workouts[0].duration_s: 8640000 is over the limit of 360000" },
    { "reason-bad-date.json", "reason-bad-date.json:50:26: weeks[0].days[2].workouts[0].reason.date: must be a date (YYYY-MM-DD) from 1900-01-01 to 2200-12-31" },
    { "rest-days-duplicate.json", "rest-days-duplicate.json:9:7: athlete.rest_days[1]: duplicate rest day \"mon\"" },
    { "no-format.json", "no-format.json:1:1: not a Run Planner plan: missing \"format\"" },
    { "top-level-array.json", "top-level-array.json: not a Run Planner plan: the top level must be a JSON object" },
    /* Lines end at "\n", "\r\n" or a lone "\r"; a tab is one column. */
    { "cr-line-endings.json", "cr-line-endings.json:3:15: version: must be a positive integer" },
    { "crlf-line-endings.json", "crlf-line-endings.json:35:30: weeks[0].days[1].workouts[0].distance_m: must be a non-negative integer" },
    { "tab-indented-error.json", "tab-indented-error.json:5:19: unexpected character ',', expected a string key" },
    { "nul-after-value.json", "nul-after-value.json:119:1: NUL byte in the file" },
    { "duplicate-key-surrogate-pair.json", "duplicate-key-surrogate-pair.json:5:3: duplicate key \"x-\xf0\x9f\x98\x80\" (first at line 4, column 3)" },
    { "pace-reversed.json", "pace-reversed.json:36:33: weeks[0].days[1].workouts[0].pace_s_per_km: must be a pair [fast, slow]: 400 s/km is slower than 200 s/km" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = data_path ("bad", cases[i].name);
      g_autoptr(GBytes) bytes = read_bytes (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(RpPlan) plan = rp_plan_file_load_bytes (bytes, cases[i].name, &error);

      g_assert_null (plan);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_newer_version (void)
{
  g_autofree char *path = data_path ("bad", "newer-version.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = rp_plan_file_load (file, NULL, NULL, &error);
  g_autofree char *expected = g_strdup_printf ("%s: version 2 is newer than this Run Planner reads (1)", path);

  g_assert_null (plan);
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_VERSION);
  g_assert_cmpstr (error->message, ==, expected);

  /* Even when the rest of the file is in a shape this version does not know. */
  g_clear_error (&error);
  g_free (path);
  path = data_path ("bad", "newer-version-new-shape.json");
  g_clear_object (&file);
  file = g_file_new_for_path (path);
  plan = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_VERSION);
}

static void
test_error_codes (void)
{
  static const struct { const char *name; int code; } cases[] = {
    { "nan.json", RP_PLAN_FILE_ERROR_SYNTAX },
    { "invalid-utf8.json", RP_PLAN_FILE_ERROR_SYNTAX },
    { "extreme-nesting.json", RP_PLAN_FILE_ERROR_LIMIT },
    { "long-string.json", RP_PLAN_FILE_ERROR_LIMIT },
    { "huge-integer.json", RP_PLAN_FILE_ERROR_LIMIT },
    { "too-many-weeks.json", RP_PLAN_FILE_ERROR_LIMIT },
    { "too-many-workouts.json", RP_PLAN_FILE_ERROR_LIMIT },
    { "absurd-distance.json", RP_PLAN_FILE_ERROR_LIMIT },
    { "duplicate-key-workout.json", RP_PLAN_FILE_ERROR_INVALID },
    { "unknown-kind.json", RP_PLAN_FILE_ERROR_INVALID },
    { "negative-distance.json", RP_PLAN_FILE_ERROR_INVALID },
    { "far-future-version.json", RP_PLAN_FILE_ERROR_VERSION },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = data_path ("bad", cases[i].name);
      g_autoptr(GBytes) bytes = read_bytes (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(RpPlan) plan = rp_plan_file_load_bytes (bytes, cases[i].name, &error);

      g_assert_error (error, RP_PLAN_FILE_ERROR, cases[i].code);
    }
}

/* ------------------------------------------------------------------ */
/* Things that are not plan files                                     */

static void
assert_file_refused (const char *path,
                     const char *fragment)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = rp_plan_file_load (file, NULL, NULL, &error);

  g_assert_null (plan);
  g_test_message ("%s", error->message);
  assert_refused (error, path, fragment);
}

static void
test_special_directory (void)
{
  g_autofree char *path = tmp_path ("a-directory.json");

  g_assert_cmpint (g_mkdir (path, 0755), ==, 0);
  assert_file_refused (path, "is a directory");
}

/* A FIFO with no writer: opening it would block forever. */
static void
test_special_fifo (void)
{
  g_autofree char *path = tmp_path ("a-fifo.json");
  g_autofree char *link = tmp_path ("link-to-fifo.json");

  g_assert_cmpint (mkfifo (path, 0644), ==, 0);
  assert_file_refused (path, "not a regular file");
  g_assert_cmpint (symlink (path, link), ==, 0);
  assert_file_refused (link, "not a regular file");
}

static void
test_special_device (void)
{
  assert_file_refused ("/dev/zero", "not a regular file");
}

/* The app checks that its file exists first; a missing file is still an
 * I/O error in our domain that says so plainly. */
static void
test_special_missing (void)
{
  g_autofree char *path = tmp_path ("no-such-plan.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: cannot open: No such file or directory", path);

  assert_file_refused (path, "No such file or directory");

  plan = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO);
  g_assert_cmpstr (error->message, ==, expected);
}

/* A link GIO cannot follow is named for what it is, not "a FIFO, socket
 * or device" (as GIO reports the link itself): a dangling link is a
 * missing file, a loop says so. */
static void
test_special_broken_links (void)
{
  static const struct { const char *name; const char *target; const char *reason; } cases[] = {
    { "dangling.json", "no-such-target.json", "No such file or directory" },
    { "loop-a.json", "loop-b.json", "Too many levels of symbolic links" },
  };

  g_autofree char *loop_b = tmp_path ("loop-b.json");

  g_assert_cmpint (symlink ("loop-a.json", loop_b), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = tmp_path (cases[i].name);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) error = NULL;
      g_autoptr(RpPlan) plan = NULL;
      g_autofree char *expected = g_strdup_printf ("%s: cannot open: %s", path, cases[i].reason);

      g_assert_cmpint (symlink (cases[i].target, path), ==, 0);
      plan = rp_plan_file_load (file, NULL, NULL, &error);
      g_assert_null (plan);
      g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO);
      g_assert_cmpstr (error->message, ==, expected);
    }
}

/* A sparse file over the size limit is refused before it is read. */
static void
test_special_too_big (void)
{
  g_autofree char *path = tmp_path ("too-big.json");
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, (off_t) RP_PLAN_FILE_MAX_BYTES + 1), ==, 0);
  close (fd);
  assert_file_refused (path, "larger than the limit of 64 MiB");
}

static void
test_special_no_permission (void)
{
  g_autofree char *dir = tmp_path ("perm");
  g_autofree char *path = g_build_filename (dir, "locked.json", NULL);

  if (g_test_subprocess ())
    {
      if (!drop_privileges ())
        {
          child_skip ();
          return;
        }
      assert_file_refused (path, "cannot open: Permission denied");
      return;
    }

  {
    g_autofree char *good = data_path ("good", "small.json");
    g_autoptr(GBytes) bytes = read_bytes (good);

    g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
    g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
    g_assert_cmpint (g_chmod (path, 0), ==, 0);
  }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  skip_if_child_skipped ();
}

/* ------------------------------------------------------------------ */
/* Saving                                                             */

static void
test_save_new_file (void)
{
  g_autofree char *path = tmp_path ("new.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpPlan) plan = make_plan (2);
  g_autoptr(RpPlan) other = make_plan (1);
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(RpPlan) loaded = NULL;

  g_assert_true (rp_plan_file_save (plan, file, NULL, FALSE, &etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);
  remember_written (path);
  first = read_bytes (path);

  /* No etag and no overwrite: an existing file is not replaced. */
  g_assert_false (rp_plan_file_save (other, file, NULL, FALSE, NULL, NULL, &error));
  assert_refused (error, path, "already exists; not overwritten");
  after = read_bytes (path);
  assert_bytes_equal (first, after);

  /* With overwrite it is. */
  g_clear_error (&error);
  g_assert_true (rp_plan_file_save (other, file, NULL, TRUE, NULL, NULL, &error));
  g_assert_no_error (error);
  loaded = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_equal (loaded, other));
}

/* Another program writes the file after we read it: the save is refused
 * and their version stays. */
static void
test_save_changed_on_disk (void)
{
  g_autofree char *path = tmp_path ("shared.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpPlan) plan = make_plan (1);
  g_autoptr(RpPlan) theirs = make_plan (2);
  g_autoptr(RpPlan) loaded = NULL;
  g_autoptr(GBytes) their_bytes = rp_plan_file_serialize (theirs);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *new_etag = NULL;
  struct utimbuf times = { 1000000000, 1000000000 };

  g_assert_true (rp_plan_file_save (plan, file, NULL, FALSE, NULL, NULL, &error));
  loaded = rp_plan_file_load (file, &etag, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  /* Their write, with a different mtime for sure (the etag is the mtime). */
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (their_bytes, NULL),
                                      g_bytes_get_size (their_bytes), NULL));
  g_assert_cmpint (utime (path, &times), ==, 0);

  g_assert_false (rp_plan_file_save (loaded, file, etag, FALSE, &new_etag, NULL, &error));
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_CHANGED);
  expected = g_strdup_printf ("%s: changed on disk since it was read; not overwritten", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_null (new_etag);
  after = read_bytes (path);
  assert_bytes_equal (their_bytes, after);

  /* Reloading gives a fresh etag that saves. */
  g_clear_error (&error);
  g_clear_object (&loaded);
  g_clear_pointer (&etag, g_free);
  loaded = rp_plan_file_load (file, &etag, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_file_save (loaded, file, etag, FALSE, &new_etag, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (new_etag);
  remember_written (path);
}

/* A directory we cannot write: the save fails with a clear error, the old
 * file is intact and no temporary file is left. The plan file itself is
 * writable, so GIO's in-place fallback would have "worked" without
 * G_FILE_CREATE_REPLACE_DESTINATION. */
static void
test_save_read_only_dir (void)
{
  g_autofree char *dir = tmp_path ("read-only");
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *etag = NULL;
      g_autoptr(RpPlan) plan = NULL;
      g_autoptr(RpPlan) changed = make_plan (3);

      if (!drop_privileges ())
        {
          child_skip ();
          return;
        }
      plan = rp_plan_file_load (file, &etag, NULL, &error);
      g_assert_no_error (error);
      g_assert_false (rp_plan_file_save (changed, file, etag, FALSE, NULL, NULL, &error));
      g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO);
      assert_refused (error, path, "cannot save: Permission denied");
      return;
    }

  {
    g_autoptr(RpPlan) plan = make_plan (1);
    g_autoptr(GBytes) before = rp_plan_file_serialize (plan);
    g_autoptr(GBytes) after = NULL;
    GList *names;

    g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
    g_assert_true (g_file_set_contents (path, g_bytes_get_data (before, NULL), g_bytes_get_size (before), NULL));
    g_assert_cmpint (g_chmod (path, 0666), ==, 0);
    g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

    if (getuid () != 0)
      {
        /* Not root: this process already lacks the permission. */
        g_autoptr(GError) error = NULL;
        g_autofree char *etag = NULL;
        g_autoptr(RpPlan) loaded = rp_plan_file_load (file, &etag, NULL, &error);
        g_autoptr(RpPlan) changed = make_plan (3);

        g_assert_no_error (error);
        g_assert_false (rp_plan_file_save (changed, file, etag, FALSE, NULL, NULL, &error));
        assert_refused (error, path, "cannot save: Permission denied");
      }
    else
      {
        g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
        g_test_trap_assert_passed ();
        skip_if_child_skipped ();
      }

    after = read_bytes (path);
    assert_bytes_equal (before, after);
    names = list_dir (dir);
    g_assert_cmpuint (g_list_length (names), ==, 1);
    g_assert_cmpstr (names->data, ==, "plan.json");
    g_list_free_full (names, g_free);
    remember_written (path);
  }
}

static void
on_ready_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static GAsyncResult *
wait_for (GAsyncResult **slot)
{
  while (*slot == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *slot;
}

static void
test_async (void)
{
  g_autofree char *path = tmp_path ("async.json");
  g_autofree char *bad = data_path ("bad", "nan.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autoptr(RpPlan) plan = make_plan (4);
  g_autoptr(RpPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *load_etag = NULL;
  GAsyncResult *result = NULL;

  rp_plan_file_save_async (plan, file, NULL, FALSE, NULL, on_ready_cb, &result);
  g_assert_true (rp_plan_file_save_finish (wait_for (&result), &etag, &error));
  g_assert_no_error (error);
  g_assert_nonnull (etag);
  g_clear_object (&result);
  remember_written (path);

  rp_plan_file_load_async (file, NULL, on_ready_cb, &result);
  loaded = rp_plan_file_load_finish (wait_for (&result), &load_etag, &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_equal (plan, loaded));
  g_assert_cmpstr (etag, ==, load_etag);
  g_clear_object (&result);

  /* A new plan over the file without overwrite is refused. */
  rp_plan_file_save_async (plan, file, NULL, FALSE, NULL, on_ready_cb, &result);
  g_assert_false (rp_plan_file_save_finish (wait_for (&result), NULL, &error));
  assert_refused (error, path, "already exists");
  g_clear_error (&error);
  g_clear_object (&result);

  rp_plan_file_load_async (bad_file, NULL, on_ready_cb, &result);
  g_assert_null (rp_plan_file_load_finish (wait_for (&result), NULL, &error));
  assert_refused (error, bad, "NaN");
  g_clear_object (&result);
}

/* ------------------------------------------------------------------ */
/* Mutations: every result loads (and then saves and reloads the same)
 * or is refused with a message naming the file. Never a crash.         */

static void
check_mutant (const guint8 *data,
              gsize         len)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = rp_plan_file_load_bytes (bytes, "mutant.json", &error);
  g_autoptr(RpPlan) again = NULL;

  n_mutants++;
  if (plan == NULL)
    {
      assert_refused (error, "mutant.json", NULL);
      return;
    }

  n_mutants_loaded++;
  g_assert_no_error (error);
  again = assert_round_trip (plan, "mutant.json");
}

static void
test_mutate_truncate (void)
{
  g_autoptr(GBytes) bytes = good_bytes ("small.json");
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);

  for (gsize i = 0; i <= len; i++)
    check_mutant (data, i);
}

static const guint8 interesting[] = {
  '{', '}', '[', ']', '"', ',', ':', '\\', '0', '9', '-', 'e', '.', ' ', '\n',
  'a', 'n', 't', 'f', 0x00, 0x7f, 0x80, 0xc3, 0xef, 0xff,
};

static void
test_mutate_flip (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);

  for (guint i = 0; i < G_N_ELEMENTS (good_files); i++)
    {
      g_autoptr(GBytes) bytes = good_bytes (good_files[i]);
      gsize len;
      const guint8 *data = g_bytes_get_data (bytes, &len);
      g_autofree guint8 *copy = g_memdup2 (data, len);

      for (guint round = 0; round < 2500; round++)
        {
          guint n_flips = g_rand_int_range (rand, 1, 4);
          gsize at[3];

          for (guint f = 0; f < n_flips; f++)
            {
              at[f] = g_rand_int_range (rand, 0, (gint32) len);
              if (g_rand_boolean (rand))
                copy[at[f]] ^= 1u << g_rand_int_range (rand, 0, 8);
              else
                copy[at[f]] = interesting[g_rand_int_range (rand, 0, G_N_ELEMENTS (interesting))];
            }
          check_mutant (copy, len);
          for (guint f = 0; f < n_flips; f++)
            copy[at[f]] = data[at[f]];
        }
    }
}

/* Digits changed only: mostly loadable plans with odd values. */
static void
test_mutate_digits (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autoptr(GBytes) bytes = good_bytes ("miles-steps.json");
  gsize len;
  const guint8 *data = g_bytes_get_data (bytes, &len);
  g_autofree guint8 *copy = g_memdup2 (data, len);

  for (guint round = 0; round < 2000; round++)
    {
      gsize at = g_rand_int_range (rand, 0, (gint32) len);

      while (at < len && !g_ascii_isdigit (data[at]))
        at++;
      if (at == len)
        continue;
      copy[at] = '0' + g_rand_int_range (rand, 0, 10);
      check_mutant (copy, len);
      copy[at] = data[at];
    }
}

static void
test_mutate_splice (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(GByteArray) out = g_byte_array_new ();

  for (guint round = 0; round < 3000; round++)
    {
      g_autoptr(GBytes) a = good_bytes (good_files[g_rand_int_range (rand, 0, G_N_ELEMENTS (good_files))]);
      g_autoptr(GBytes) b = good_bytes (good_files[g_rand_int_range (rand, 0, G_N_ELEMENTS (good_files))]);
      gsize a_len, b_len;
      const guint8 *a_data = g_bytes_get_data (a, &a_len);
      const guint8 *b_data = g_bytes_get_data (b, &b_len);
      gsize cut_a = g_rand_int_range (rand, 0, (gint32) a_len + 1);
      gsize cut_b = g_rand_int_range (rand, 0, (gint32) b_len + 1);

      /* Splicing at line starts keeps more mutants loadable. */
      if (round % 2 == 0)
        {
          while (cut_a > 0 && a_data[cut_a - 1] != '\n')
            cut_a--;
          while (cut_b > 0 && b_data[cut_b - 1] != '\n')
            cut_b--;
        }
      g_byte_array_set_size (out, 0);
      g_byte_array_append (out, a_data, cut_a);
      g_byte_array_append (out, b_data + cut_b, b_len - cut_b);
      check_mutant (out->data, out->len);
    }
}

static void
test_mutate_report (void)
{
  g_test_message ("%u mutants: %u loaded and round-tripped, %u refused",
                  n_mutants, n_mutants_loaded, n_mutants - n_mutants_loaded);
  g_assert_cmpuint (n_mutants, >=, 10000);
  /* The mutators must reach the validator, not only the syntax checks. */
  g_assert_cmpuint (n_mutants_loaded, >=, 100);
}

/* ------------------------------------------------------------------ */
/* Every plan the tests wrote validates against the JSON Schema.      */

static gboolean
run_schema_check (GPtrArray  *files,
                  gboolean    expect_invalid,
                  char      **out_output)
{
  const char *python = g_getenv ("PYTHON3");
  const char *schema = g_getenv ("RP_SCHEMA");
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-schema.py", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) python);
  g_ptr_array_add (argv, script);
  if (expect_invalid)
    g_ptr_array_add (argv, (gpointer) "--expect-invalid");
  g_ptr_array_add (argv, (gpointer) schema);
  for (guint i = 0; i < files->len; i++)
    g_ptr_array_add (argv, files->pdata[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                out_output, &err, &status, &error);
  g_assert_no_error (error);
  if (err != NULL && *err != '\0')
    g_test_message ("%s", err);
  return g_spawn_check_wait_status (status, NULL);
}

static gboolean
schema_available (void)
{
  const char *python = g_getenv ("PYTHON3");
  const char *schema = g_getenv ("RP_SCHEMA");
  const char *argv[] = { python, "-c", "import jsonschema", NULL };
  int status = 1;

  if (python == NULL || schema == NULL)
    return FALSE;
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     NULL, NULL, &status, NULL))
    return FALSE;
  return g_spawn_check_wait_status (status, NULL);
}

static void
test_schema_written (void)
{
  g_autofree char *output = NULL;

  if (!schema_available ())
    {
      g_test_skip ("PYTHON3 with jsonschema or RP_SCHEMA missing");
      return;
    }
  g_assert_cmpuint (written->len, >=, 10);
  if (!run_schema_check (written, FALSE, &output))
    g_error ("schema check failed:\n%s", output);
  g_test_message ("%u written plans validate against the schema", written->len);
}

/* The schema is not a placeholder: it refuses type and key errors. */
static void
test_schema_refuses (void)
{
  static const char * const names[] = {
    "negative-distance.json", "unknown-kind.json", "version-string.json", "pinned-missing.json",
    "bad-unit.json", "distance-string.json", "weeks-object.json", "no-athlete.json",
    "six-days.json", "step-bad-zone.json", "float-distance.json", "date-bad-format.json",
    "id-not-uuid.json", "id-number.json", "sequence-negative.json", "modified-not-utc.json",
    "calendar-file-string.json",
  };
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *output = NULL;

  if (!schema_available ())
    {
      g_test_skip ("PYTHON3 with jsonschema or RP_SCHEMA missing");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (files, data_path ("bad", names[i]));
  if (!run_schema_check (files, TRUE, &output))
    g_error ("schema accepted a bad file:\n%s", output);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  /* A g_test_trap_subprocess child works in its parent's directory. */
  if (g_test_subprocess () && g_getenv ("RP_TEST_PLAN_FILE_TMP") != NULL)
    {
      tmp_dir = g_strdup (g_getenv ("RP_TEST_PLAN_FILE_TMP"));
    }
  else
    {
      tmp_dir = g_dir_make_tmp ("test-plan-file-XXXXXX", &error);
      g_assert_no_error (error);
      g_chmod (tmp_dir, 0755);  /* "nobody" must reach the files inside */
      g_setenv ("RP_TEST_PLAN_FILE_TMP", tmp_dir, TRUE);
    }
  written = g_ptr_array_new_with_free_func (g_free);

  g_test_add_func ("/plan-file/good/round-trip", test_good_round_trip);
  g_test_add_func ("/plan-file/good/contents", test_good_contents);
  g_test_add_func ("/plan-file/good/unknown-keys", test_unknown_keys);
  g_test_add_func ("/plan-file/ids/legacy", test_ids_legacy);
  g_test_add_func ("/plan-file/ids/duplicate", test_ids_duplicate);
  g_test_add_func ("/plan-file/ids/identity-kept", test_ids_identity_kept);
  g_test_add_func ("/plan-file/ids/new-plan", test_ids_new_plan);
  g_test_add_func ("/plan-file/model/round-trip", test_model_round_trip);
  g_test_add_func ("/plan-file/model/over-limits", test_model_over_limits);
  g_test_add_func ("/plan-file/model/pace-order", test_model_pace_order);
  g_test_add_func ("/plan-file/writer/json-glib-format", test_writer_json_glib_format);
  g_test_add_func ("/plan-file/writer/unit-separator", test_writer_unit_separator);
  g_test_add_func ("/plan-file/writer/exponent", test_writer_exponent);
  g_test_add_func ("/plan-file/writer/week-off", test_writer_week_off);
  g_test_add_func ("/plan-file/limits/weeks", test_limit_weeks);
  g_test_add_func ("/plan-file/limits/boundaries", test_limit_boundaries);
  g_test_add_func ("/plan-file/limits/dense", test_limit_dense);
  g_test_add_func ("/plan-file/limits/values", test_limit_values);
  g_test_add_func ("/plan-file/limits/unknown-values", test_limit_unknown_values);
  g_test_add_func ("/plan-file/limits/key-flood", test_limit_key_flood);
  g_test_add_func ("/plan-file/bad/files", test_bad_files);
  g_test_add_func ("/plan-file/bad/positions", test_bad_positions);
  g_test_add_func ("/plan-file/bad/newer-version", test_newer_version);
  g_test_add_func ("/plan-file/bad/error-codes", test_error_codes);
  g_test_add_func ("/plan-file/bad/kind-exact-case", test_kind_exact_case);
  g_test_add_func ("/plan-file/special/directory", test_special_directory);
  g_test_add_func ("/plan-file/special/fifo", test_special_fifo);
  g_test_add_func ("/plan-file/special/device", test_special_device);
  g_test_add_func ("/plan-file/special/missing", test_special_missing);
  g_test_add_func ("/plan-file/special/broken-links", test_special_broken_links);
  g_test_add_func ("/plan-file/special/too-big", test_special_too_big);
  g_test_add_func ("/plan-file/special/no-permission", test_special_no_permission);
  g_test_add_func ("/plan-file/save/new-file", test_save_new_file);
  g_test_add_func ("/plan-file/save/changed-on-disk", test_save_changed_on_disk);
  g_test_add_func ("/plan-file/save/read-only-dir", test_save_read_only_dir);
  g_test_add_func ("/plan-file/async", test_async);
  g_test_add_func ("/plan-file/mutate/truncate", test_mutate_truncate);
  g_test_add_func ("/plan-file/mutate/flip", test_mutate_flip);
  g_test_add_func ("/plan-file/mutate/digits", test_mutate_digits);
  g_test_add_func ("/plan-file/mutate/splice", test_mutate_splice);
  g_test_add_func ("/plan-file/mutate/report", test_mutate_report);
  g_test_add_func ("/plan-file/schema/written", test_schema_written);
  g_test_add_func ("/plan-file/schema/refuses", test_schema_refuses);

  status = g_test_run ();

  if (!g_test_subprocess ())
    remove_tree (tmp_dir);
  g_free (tmp_dir);
  g_ptr_array_unref (written);
  return status;
}
