/* test-cli.c — run-planner-cli, run as a separate process
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

#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cairo.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "rp-date.h"
#include "rp-plan-file.h"
#include "rp-planner.h"

/* Every test runs in its own temporary directory, which is the CLI's
 * working directory, so file names in messages are short and known. */
typedef struct
{
  char *dir;
} Fixture;

typedef struct
{
  int   status;
  char *out;
  char *err;
} CliResult;

static void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

static const char *
cli_path (void)
{
  const char *path = g_getenv ("RP_CLI");

  g_assert_nonnull (path);
  return path;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-cli-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
remove_tree (const char *path)
{
  GDir *dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    {
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
            remove_tree (child);
          else
            g_unlink (child);
        }
      g_dir_close (dir);
    }
  g_rmdir (path);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Runs the CLI with a NULL-terminated argument list. */
static CliResult *
run_cliv (Fixture     *fixture,
          const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  CliResult *result = g_new0 (CliResult, 1);
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) cli_path ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (fixture->dir, (char **) argv->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
  return result;
}

#define run_cli(fixture, ...) \
  run_cliv ((fixture), (const char *[]) { __VA_ARGS__, NULL })

static void
assert_result (CliResult  *result,
               int         status,
               const char *out_part,
               const char *err_part)
{
  if (result->status != status)
    g_error ("exit %d, expected %d\nstdout: %s\nstderr: %s", result->status, status,
             result->out, result->err);
  if (out_part != NULL && strstr (result->out, out_part) == NULL)
    g_error ("stdout lacks “%s”:\n%s", out_part, result->out);
  if (err_part != NULL && strstr (result->err, err_part) == NULL)
    g_error ("stderr lacks “%s”:\n%s", err_part, result->err);
}

static void
expect (Fixture     *fixture,
        int          status,
        const char  *out_part,
        const char  *err_part,
        const char **args)
{
  g_autoptr(CliResult) result = run_cliv (fixture, args);

  assert_result (result, status, out_part, err_part);
}

#define expect_cli(fixture, status, out_part, err_part, ...) \
  expect ((fixture), (status), (out_part), (err_part), (const char *[]) { __VA_ARGS__, NULL })

static char *
fixture_path (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static gboolean
fixture_exists (Fixture    *fixture,
                const char *name)
{
  g_autofree char *path = fixture_path (fixture, name);

  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static GBytes *
read_bytes (Fixture    *fixture,
            const char *name)
{
  g_autofree char *path = fixture_path (fixture, name);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = fixture_path (fixture, name);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static RpPlan *
load_plan (Fixture    *fixture,
           const char *name)
{
  g_autofree char *path = fixture_path (fixture, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RpPlan *plan = rp_plan_file_load (file, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static RpDate
date (const char *iso)
{
  RpDate value = RP_DATE_INVALID;

  g_assert_true (rp_date_parse_iso (iso, &value));
  return value;
}

/* A 12-week plan from Monday 2026-03-02 in plan.json, with a race result
 * so paces are known. */
static void
make_plan (Fixture *fixture)
{
  expect_cli (fixture, 0, "plan.json: created 12 weeks from 2026-03-02", NULL,
              "new", "plan.json", "--start", "2026-03-02", "--race", "5k", "19:57");
}

/* Runs an edit that must fail with status, leaving plan.json byte for byte. */
static void
expect_unchanged (Fixture     *fixture,
                  int          status,
                  const char  *err_part,
                  const char **args)
{
  g_autoptr(GBytes) before = read_bytes (fixture, "plan.json");
  g_autoptr(GBytes) after = NULL;

  expect (fixture, status, NULL, err_part, args);
  after = read_bytes (fixture, "plan.json");
  g_assert_true (g_bytes_equal (before, after));
}

#define expect_unchanged_cli(fixture, status, err_part, ...) \
  expect_unchanged ((fixture), (status), (err_part), (const char *[]) { __VA_ARGS__, NULL })

/* ---- show --json as data ------------------------------------------------ */

static JsonNode *
show_json (Fixture    *fixture,
           const char *week)
{
  g_autoptr(CliResult) result = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  if (week != NULL)
    result = run_cli (fixture, "show", "plan.json", "--json", "--week", week);
  else
    result = run_cli (fixture, "show", "plan.json", "--json");
  assert_result (result, 0, NULL, NULL);
  g_assert_cmpstr (result->err, ==, "");
  json_parser_load_from_data (parser, result->out, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonArray *
get_weeks (JsonNode *root)
{
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
  return json_object_get_array_member (json_node_get_object (root), "weeks");
}

/* The day object for iso, searched in every week. */
static JsonObject *
find_day (JsonNode   *root,
          const char *iso)
{
  JsonArray *weeks = get_weeks (root);

  for (guint w = 0; w < json_array_get_length (weeks); w++)
    {
      JsonArray *days = json_object_get_array_member (json_array_get_object_element (weeks, w), "days");

      for (guint d = 0; d < json_array_get_length (days); d++)
        {
          JsonObject *day = json_array_get_object_element (days, d);

          if (g_str_equal (json_object_get_string_member (day, "date"), iso))
            return day;
        }
    }
  g_error ("no day %s in show --json", iso);
  return NULL;
}

static JsonObject *
first_workout (JsonNode   *root,
               const char *iso)
{
  JsonArray *workouts = json_object_get_array_member (find_day (root, iso), "workouts");

  g_assert_cmpuint (json_array_get_length (workouts), >=, 1);
  return json_array_get_object_element (workouts, 0);
}

static void
assert_int_or_null (JsonObject *object,
                    const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  g_assert_nonnull (node);
  if (!JSON_NODE_HOLDS_NULL (node))
    {
      g_assert_cmpint (json_node_get_value_type (node), ==, G_TYPE_INT64);
      g_assert_cmpint (json_node_get_int (node), >=, 0);
    }
}

static void
assert_warnings_shape (JsonObject *object)
{
  JsonArray *warnings = json_object_get_array_member (object, "warnings");

  g_assert_nonnull (warnings);
  for (guint i = 0; i < json_array_get_length (warnings); i++)
    {
      JsonObject *warning = json_array_get_object_element (warnings, i);

      g_assert_nonnull (json_object_get_string_member (warning, "code"));
      g_assert_nonnull (json_object_get_string_member (warning, "message"));
    }
}

static void
assert_workout_shape (JsonObject *workout)
{
  JsonArray *pace = json_object_get_array_member (workout, "pace_s_per_km");
  JsonNode *reason = json_object_get_member (workout, "reason");

  g_assert_nonnull (json_object_get_string_member (workout, "kind"));
  assert_int_or_null (workout, "distance_m");
  assert_int_or_null (workout, "duration_s");
  g_assert_cmpuint (json_array_get_length (pace), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      JsonNode *end = json_array_get_element (pace, i);

      g_assert_true (JSON_NODE_HOLDS_NULL (end) || json_node_get_value_type (end) == G_TYPE_INT64);
    }
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (workout, "pinned")), ==, G_TYPE_BOOLEAN);
  g_assert_true (JSON_NODE_HOLDS_NULL (reason) || json_node_get_value_type (reason) == G_TYPE_STRING);
}

static void
assert_week_shape (JsonObject *week)
{
  JsonArray *days = json_object_get_array_member (week, "days");
  double share = json_object_get_double_member (week, "low_intensity_share");

  g_assert_true (rp_date_parse_iso (json_object_get_string_member (week, "start"), &(RpDate) { 0 }));
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (week, "volume_m")), ==, G_TYPE_INT64);
  g_assert_cmpfloat (share, >=, 0.0);
  g_assert_cmpfloat (share, <=, 1.0);
  g_assert_true (json_object_has_member (week, "load"));
  assert_warnings_shape (week);
  g_assert_cmpuint (json_array_get_length (days), ==, 7);
  for (guint d = 0; d < 7; d++)
    {
      JsonObject *day = json_array_get_object_element (days, d);
      JsonArray *workouts = json_object_get_array_member (day, "workouts");

      g_assert_nonnull (json_object_get_string_member (day, "date"));
      assert_warnings_shape (day);
      g_assert_cmpuint (json_array_get_length (workouts), >=, 1);
      for (guint i = 0; i < json_array_get_length (workouts); i++)
        assert_workout_shape (json_array_get_object_element (workouts, i));
    }
}

/* ---- The tool ------------------------------------------------------------ */

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  static const char * const commands[] = {
    "new", "target", "add", "move", "remove", "fill", "show", "validate", "paces", "chart",
  };

  expect_cli (fixture, 0, "Usage:", NULL, "--help");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(CliResult) result = run_cli (fixture, commands[i], "--help");
      g_autofree char *usage = g_strdup_printf ("run-planner-cli %s", commands[i]);

      assert_result (result, 0, usage, NULL);
      g_assert_cmpstr (result->err, ==, "");
    }
  expect_cli (fixture, 0, "--race", NULL, "paces", "--help");
  expect_cli (fixture, 0, "--index", NULL, "move", "--help");
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(CliResult) none = run_cliv (fixture, (const char *[]) { NULL });

  assert_result (none, 2, NULL, "Usage:");
  g_assert_cmpstr (none->out, ==, "");
  expect_cli (fixture, 2, NULL, "unknown command", "frobnicate");
  make_plan (fixture);
  expect_cli (fixture, 2, NULL, "Usage: run-planner-cli show", "show", "plan.json", "--bogus");
  expect_cli (fixture, 2, NULL, "missing argument", "show");
  expect_cli (fixture, 2, NULL, "missing argument", "add", "plan.json", "2026-03-03");
  expect_cli (fixture, 2, NULL, "unexpected argument", "fill", "plan.json", "extra");
  expect_cli (fixture, 2, NULL, "Usage:", "move", "plan.json", "2026-03-03", "2026-03-05",
              "--index", "one");
}

/* ---- new --------------------------------------------------------------- */

static void
test_new_defaults (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RpPlan) plan = NULL;
  RpAthlete *athlete;
  gint64 race_m = 0, race_s = 0;

  /* A Wednesday: the plan starts on that week's Monday. */
  expect_cli (fixture, 0, "plan.json", NULL, "new", "plan.json", "--start", "2026-03-04");
  plan = load_plan (fixture, "plan.json");
  athlete = rp_plan_get_athlete (plan);
  g_assert_cmpuint (rp_plan_get_start (plan), ==, date ("2026-03-02"));
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 12);
  g_assert_cmpint (rp_athlete_get_goal (athlete), ==, RP_RACE_HALF);
  g_assert_cmpint (rp_athlete_get_volume_m (athlete), ==, 40000);
  g_assert_cmpuint (rp_athlete_get_rest_days (athlete), ==, 1u << (G_DATE_MONDAY - 1));
  g_assert_cmpint (rp_athlete_get_unit (athlete), ==, RP_UNIT_KM);
  g_assert_false (rp_athlete_get_race_result (athlete, &race_m, &race_s) && race_m > 0);
  /* Created filled: Monday is a rest day, and the week has easy running. */
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, date ("2026-03-02")), >=, 1);
  g_assert_cmpint (rp_workout_get_kind (rp_plan_get_workout (plan, date ("2026-03-02"), 0)), ==,
                   RP_KIND_REST);
}

static void
test_new_options (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(RpPlan) plan = NULL;
  RpAthlete *athlete;
  gint64 race_m = 0, race_s = 0;

  expect_cli (fixture, 0, NULL, NULL, "new", "plan.json", "--start", "2026-03-02", "--weeks", "4",
              "--goal", "Marathon", "--volume", "50mi", "--race", "10k", "45:00",
              "--rest-days", "mon,fri", "--units", "mi");
  plan = load_plan (fixture, "plan.json");
  athlete = rp_plan_get_athlete (plan);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 4);
  g_assert_cmpint (rp_athlete_get_goal (athlete), ==, RP_RACE_MARATHON);
  g_assert_cmpint (rp_athlete_get_volume_m (athlete), ==, 80467);
  g_assert_cmpuint (rp_athlete_get_rest_days (athlete), ==,
                    (1u << (G_DATE_MONDAY - 1)) | (1u << (G_DATE_FRIDAY - 1)));
  g_assert_cmpint (rp_athlete_get_unit (athlete), ==, RP_UNIT_MI);
  g_assert_true (rp_athlete_get_race_result (athlete, &race_m, &race_s));
  g_assert_cmpint (race_m, ==, 10000);
  g_assert_cmpint (race_s, ==, 45 * 60);
  /* The options may come before the file, and --race anywhere. */
  expect_cli (fixture, 0, NULL, NULL, "new", "--race", "5k", "20:00", "--weeks", "2", "other.json",
              "--start", "2026-03-02");
}

static void
test_new_existing (Fixture       *fixture,
                   gconstpointer  data)
{
  make_plan (fixture);
  expect_unchanged_cli (fixture, 1, "plan.json: ", "new", "plan.json", "--start", "2027-01-04");
  expect_cli (fixture, 0, NULL, NULL, "new", "plan.json", "--start", "2027-01-04", "--weeks", "3",
              "--force");
  {
    g_autoptr(RpPlan) plan = load_plan (fixture, "plan.json");

    g_assert_cmpuint (rp_plan_get_start (plan), ==, date ("2027-01-04"));
    g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 3);
  }
}

static void
test_new_bad (Fixture       *fixture,
              gconstpointer  data)
{
  expect_cli (fixture, 2, NULL, "--start", "new", "plan.json");
  expect_cli (fixture, 2, NULL, "malformed date", "new", "plan.json", "--start", "2026-13-01");
  expect_cli (fixture, 2, NULL, "malformed date", "new", "plan.json", "--start", "2026/03/02");
  expect_cli (fixture, 2, NULL, "malformed date", "new", "plan.json", "--start", "2026-02-30");
  expect_cli (fixture, 2, NULL, "--goal", "new", "plan.json", "--start", "2026-03-02", "--goal", "ultra");
  expect_cli (fixture, 2, NULL, "--units", "new", "plan.json", "--start", "2026-03-02", "--units", "yd");
  expect_cli (fixture, 2, NULL, "--volume", "new", "plan.json", "--start", "2026-03-02", "--volume", "lots");
  expect_cli (fixture, 2, NULL, "--rest-days", "new", "plan.json", "--start", "2026-03-02",
              "--rest-days", "mon,funday");
  expect_cli (fixture, 2, NULL, "--race", "new", "plan.json", "--start", "2026-03-02", "--race", "5k");
  expect_cli (fixture, 2, NULL, "malformed race time", "new", "plan.json", "--start", "2026-03-02",
              "--race", "5k", "fast");
  expect_cli (fixture, 2, NULL, "--weeks", "new", "plan.json", "--start", "2026-03-02", "--weeks", "0");
  expect_cli (fixture, 2, NULL, "missing argument", "new", "--start", "2026-03-02");
  /* Well-formed but outside 1900–2200: bad data, naming the file. */
  expect_cli (fixture, 1, NULL, "plan.json: 2300-01-01", "new", "plan.json", "--start", "2300-01-01");
  expect_cli (fixture, 1, NULL, "plan.json: ", "new", "plan.json", "--start", "2200-12-01",
              "--weeks", "10");
  g_assert_false (fixture_exists (fixture, "plan.json"));
}

/* ---- add / move / remove / fill ---------------------------------------- */

static void
test_add_recovery_after_hard (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *tuesday, *wednesday;
  JsonArray *pace;

  make_plan (fixture);
  expect_cli (fixture, 0, "added intervals", NULL, "add", "plan.json", "2026-03-03", "intervals");
  root = show_json (fixture, NULL);

  tuesday = first_workout (root, "2026-03-03");
  g_assert_cmpstr (json_object_get_string_member (tuesday, "kind"), ==, "intervals");
  g_assert_true (json_object_get_boolean_member (tuesday, "pinned"));
  g_assert_cmpint (json_object_get_int_member (tuesday, "distance_m"), ==, 10000);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (tuesday, "reason")));

  wednesday = first_workout (root, "2026-03-04");
  g_assert_cmpstr (json_object_get_string_member (wednesday, "kind"), ==, "recovery");
  g_assert_false (json_object_get_boolean_member (wednesday, "pinned"));
  g_assert_nonnull (json_object_get_string_member (wednesday, "reason"));
  /* Half-marathon goal: 4.8 km exactly. */
  g_assert_cmpint (json_object_get_int_member (wednesday, "distance_m"), ==, 4800);
  /* "This pace or slower". */
  pace = json_object_get_array_member (wednesday, "pace_s_per_km");
  g_assert_cmpint (json_array_get_int_element (pace, 0), >, 0);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_array_get_element (pace, 1)));
}

static void
test_add_sizes (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *workout;

  make_plan (fixture);
  /* A bare number is in the plan's unit (km here). */
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-05", "tempo", "--distance", "8",
              "--notes", "4 × 2 km \"T\"");
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-08", "race", "--distance", "HALF");
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-12", "cross-training",
              "--duration", "45min");
  root = show_json (fixture, NULL);

  workout = first_workout (root, "2026-03-05");
  g_assert_cmpint (json_object_get_int_member (workout, "distance_m"), ==, 8000);
  g_assert_cmpstr (json_object_get_string_member (workout, "notes"), ==, "4 × 2 km \"T\"");
  workout = first_workout (root, "2026-03-08");
  g_assert_cmpint (json_object_get_int_member (workout, "distance_m"), >=, 21097);
  g_assert_cmpint (json_object_get_int_member (workout, "distance_m"), <=, 21098);
  workout = first_workout (root, "2026-03-12");
  g_assert_cmpstr (json_object_get_string_member (workout, "kind"), ==, "cross-training");
  g_assert_cmpint (json_object_get_int_member (workout, "duration_s"), ==, 45 * 60);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (workout, "distance_m")));
}

/* A workout added without a size gets the engine's default, inside every
 * warning limit of the week's 40 km target (issue 9, item 6): the
 * tolerance is 3 % = 1.2 km, so a tempo's work is at most 10 % of 38.8 km,
 * 3.88 km ÷ 0.55 = 7.05 → 7.0 km (not the table's 10 km, 13.8 % of the
 * week); a long run 25 % of 40 = 10 km. The week then warns of nothing. */
static void
test_add_default_sizes (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;

  make_plan (fixture);
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-04", "tempo");
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-08", "long");
  root = show_json (fixture, NULL);
  g_assert_cmpint (json_object_get_int_member (first_workout (root, "2026-03-04"), "distance_m"),
                   ==, 7000);
  g_assert_cmpint (json_object_get_int_member (first_workout (root, "2026-03-08"), "distance_m"),
                   ==, 10000);
}

/* A hard session is timed as warm-up + work + cool-down, and `show` gives
 * its work's pace (issue 9, item 5). The 5K in 19:57 is VDOT 49.95 by the
 * Daniels–Gilbert equations: I (98 % of the speed at VDOT) is 234.96 s/km,
 * 3:55/km; E is 297.0–334.2 s/km, middle 315.6. 10 km of intervals: 4.5 km
 * at I and 5.5 km at the middle of E = 1057.3 + 1735.9 = 2793 s, 46:33
 * (not 39:10, all at I). */
static void
test_show_session_pace (Fixture       *fixture,
                        gconstpointer  data)
{
  make_plan (fixture);
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-03", "intervals",
              "--distance", "10");
  expect_cli (fixture, 0, "10.0 km    46:33     work at 3:55/km", NULL,
              "show", "plan.json", "--week", "2026-03-02");
}

/* Typed paces feed every rule and the header says so (issue 9, item 9):
 * with easy 5:00–5:40/km and a half-marathon pace of 4:30/km typed and no
 * race result, a recovery run is at 270 + 74.6 = 344.6 s/km, 5:45/km or
 * slower (not VDOT 40's), so 4.8 km take 1654 s, 27:34. */
static void
test_show_typed_paces (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *typed = NULL;

  expect_cli (fixture, 0, NULL, NULL, "new", "plan.json", "--start", "2026-03-02");
  bytes = read_bytes (fixture, "plan.json");
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  parts = g_strsplit (text, "\"athlete\" : {", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  typed = g_strconcat (parts[0], "\"athlete\" : {\n    \"manual_paces_s_per_km\" : "
                       "{ \"easy\" : [300, 340], \"half\" : 270 },", parts[1], NULL);
  write_file (fixture, "plan.json", typed, -1);
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-03", "intervals",
              "--distance", "10");
  expect_cli (fixture, 0, "Goal: half · weekly target 40.0 km · typed paces", NULL,
              "show", "plan.json", "--week", "2026-03-02");
  expect_cli (fixture, 0, "4.8 km     27:34     5:45/km or slower", NULL,
              "show", "plan.json", "--week", "2026-03-02");
}

/* The CLI can express every rule (issue 9). By hand:
 * - --volume 0 is a valid target: every week is 0 km of 0 km;
 * - a miles plan's default is 25 mi (40 234 m), not 40 km as 24.9 mi;
 * - --week-start sun moves Monday 2 March back to Sunday 1 March;
 * - --min-easy 7 at 40 km (rest Monday): 40 ÷ 7 = 5.7, so five runs
 *   share 40 km, 8.0 km each, and the sixth free day rests;
 * - --recovery cross-training: the day after intervals is cross-training;
 * - a typed recovery of 5:20/km beside E 5:00–5:40/km is refused. */
static void
test_new_rules (Fixture       *fixture,
                gconstpointer  data)
{
  expect_cli (fixture, 0, "created 12 weeks", NULL,
              "new", "zero.json", "--start", "2026-03-02", "--volume", "0");
  expect_cli (fixture, 0, "Volume 0.0 km of 0.0 km target", NULL,
              "show", "zero.json", "--week", "2026-03-02");
  expect_cli (fixture, 0, NULL, NULL, "new", "mi.json", "--start", "2026-03-02", "--units", "mi");
  expect_cli (fixture, 0, "weekly target 25.0 mi", NULL, "show", "mi.json", "--week", "2026-03-02");
  expect_cli (fixture, 0, "created 12 weeks from 2026-03-01", NULL,
              "new", "sun.json", "--start", "2026-03-02", "--week-start", "sun");
  expect_cli (fixture, 0, NULL, NULL, "new", "min.json", "--start", "2026-03-02",
              "--min-easy", "7", "--recovery", "cross-training");
  expect_cli (fixture, 0, "Tue 2026-03-03  easy            8.0 km", NULL,
              "show", "min.json", "--week", "2026-03-02");
  expect_cli (fixture, 0, NULL, NULL, "add", "min.json", "2026-03-10", "intervals");
  expect_cli (fixture, 0, "Wed 2026-03-11  cross-training", NULL,
              "show", "min.json", "--week", "2026-03-09");
  expect_cli (fixture, 2, NULL, "faster than the slow end of easy", "new", "bad.json",
              "--start", "2026-03-02", "--pace", "easy=5:00-5:40", "--pace", "recovery=5:20");
  expect_cli (fixture, 2, NULL, "--week-start must be a weekday", "new", "bad.json",
              "--start", "2026-03-02", "--week-start", "someday");
  expect_cli (fixture, 2, NULL, "--recovery must be", "new", "bad.json",
              "--start", "2026-03-02", "--recovery", "swim");
  g_assert_false (fixture_exists (fixture, "bad.json"));
}

/* A week's own target, and the plan's again: 30 km for the week of
 * 2026-03-09 (six free days: 5 km each), then back to 40 km. */
static void
test_target (Fixture       *fixture,
             gconstpointer  data)
{
  make_plan (fixture);
  expect_cli (fixture, 0, "plan.json: the week of 2026-03-09 has a target of 30.0 km", NULL,
              "target", "plan.json", "2026-03-11", "30");
  expect_cli (fixture, 0, "Volume 30.0 km of 30.0 km target", NULL,
              "show", "plan.json", "--week", "2026-03-09");
  expect_cli (fixture, 0, "has the plan's target, 40.0 km", NULL,
              "target", "plan.json", "2026-03-11", "default");
  expect_cli (fixture, 0, "plan.json: the week of 2026-03-09 is a week off, a target of 0.0 km", NULL,
              "target", "plan.json", "2026-03-11", "0");
  expect_cli (fixture, 0, "Volume 0.0 km of 0.0 km target", NULL,
              "show", "plan.json", "--week", "2026-03-09");
  expect_cli (fixture, 0, "Rest: not needed to reach 0 km", NULL,
              "show", "plan.json", "--week", "2026-03-09");
  expect_cli (fixture, 0, "has the plan's target, 40.0 km", NULL,
              "target", "plan.json", "2026-03-11", "default");
  expect_cli (fixture, 0, "Volume 40.0 km of 40.0 km target", NULL,
              "show", "plan.json", "--week", "2026-03-09");
  expect_unchanged_cli (fixture, 1, "outside the plan", "target", "plan.json", "2027-03-11", "30");
  expect_unchanged_cli (fixture, 1, "malformed or too large target", "target", "plan.json",
                        "2026-03-11", "far");
}

static void
test_add_miles (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;

  expect_cli (fixture, 0, NULL, NULL, "new", "plan.json", "--start", "2026-03-02", "--units", "mi");
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-05", "tempo", "--distance", "5");
  root = show_json (fixture, NULL);
  g_assert_cmpint (json_object_get_int_member (first_workout (root, "2026-03-05"), "distance_m"),
                   ==, 8047);
}

static void
test_add_bad (Fixture       *fixture,
              gconstpointer  data)
{
  make_plan (fixture);
  expect_unchanged_cli (fixture, 2, "unknown kind", "add", "plan.json", "2026-03-03", "sprints");
  expect_unchanged_cli (fixture, 2, "malformed date", "add", "plan.json", "03/03/2026", "tempo");
  expect_unchanged_cli (fixture, 2, "malformed distance", "add", "plan.json", "2026-03-03", "tempo",
                        "--distance", "ten");
  expect_unchanged_cli (fixture, 2, "malformed distance", "add", "plan.json", "2026-03-03", "tempo",
                        "--distance", "-5km");
  expect_unchanged_cli (fixture, 2, "malformed duration", "add", "plan.json", "2026-03-03", "tempo",
                        "--duration", "soon");
  expect_unchanged_cli (fixture, 2, "--distance", "add", "plan.json", "2026-03-03", "tempo",
                        "--distance");
  expect_unchanged_cli (fixture, 1, "plan.json: 1850-06-01", "add", "plan.json", "1850-06-01", "tempo");
  expect_unchanged_cli (fixture, 1, "plan.json: 2201-01-01", "add", "plan.json", "2201-01-01", "tempo");
  /* Bad usage wins over bad data: the file is never read. */
  expect_cli (fixture, 2, NULL, "unknown kind", "add", "missing.json", "2026-03-03", "sprints");
  expect_cli (fixture, 1, NULL, "missing.json", "add", "missing.json", "2026-03-03", "tempo");
  g_assert_false (fixture_exists (fixture, "missing.json"));
}

/* --steps: stored as steps, shown under the workout and in --json as the
 * canonical text, and the workout's size when nothing else gives one. */
static void
test_add_steps (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(CliResult) table = NULL;
  g_autoptr(RpPlan) plan = NULL;
  JsonObject *workout;
  RpWorkout *tempo;
  const RpStep *step;

  make_plan (fixture);
  expect_cli (fixture, 0, "added intervals", NULL, "add", "plan.json", "2026-03-03", "intervals",
              "--steps", "2km @ E; 6x800m @ i, 400m jog; 2 km @ easy");
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-05", "tempo",
              "--steps", "3 x 10min @ T / 2min jog", "--distance", "9km");
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-08", "long", "--steps", "");
  expect_cli (fixture, 0, "plan.json: ok", NULL, "validate", "plan.json");

  root = show_json (fixture, NULL);
  workout = first_workout (root, "2026-03-03");
  g_assert_cmpstr (json_object_get_string_member (workout, "steps"), ==,
                   "2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E");
  /* Given as steps alone: 2 + 6 × (0.8 + 0.4) + 2 km. */
  g_assert_cmpint (json_object_get_int_member (workout, "distance_m"), ==, 11200);
  workout = first_workout (root, "2026-03-05");
  g_assert_cmpstr (json_object_get_string_member (workout, "steps"), ==, "3 × 10 min @ T, 2 min jog");
  g_assert_cmpint (json_object_get_int_member (workout, "distance_m"), ==, 9000);
  /* No steps, no key; empty --steps is no steps, and the default size. */
  g_assert_false (json_object_has_member (first_workout (root, "2026-03-04"), "steps"));
  workout = first_workout (root, "2026-03-08");
  g_assert_false (json_object_has_member (workout, "steps"));
  g_assert_cmpint (json_object_get_int_member (workout, "distance_m"), ==, 10000);

  /* What the file holds, field by field. */
  plan = load_plan (fixture, "plan.json");
  tempo = rp_plan_get_workout (plan, date ("2026-03-05"), 0);
  g_assert_cmpuint (rp_workout_get_n_steps (tempo), ==, 1);
  step = rp_workout_get_step (tempo, 0);
  g_assert_cmpint (step->repeat, ==, 3);
  g_assert_cmpint (step->duration_s, ==, 600);
  g_assert_cmpint (step->distance_m, ==, -1);
  g_assert_cmpint (step->zone, ==, RP_ZONE_THRESHOLD);
  g_assert_cmpint (step->recovery_duration_s, ==, 120);

  table = run_cli (fixture, "show", "plan.json", "--week", "2026-03-03");
  assert_result (table, 0, "\n                  Steps: 2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E\n",
                 NULL);
  assert_result (table, 0, "Steps: 3 × 10 min @ T, 2 min jog\n", NULL);
}

static void
test_add_steps_miles (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonObject *workout;

  expect_cli (fixture, 0, NULL, NULL, "new", "plan.json", "--start", "2026-03-02", "--units", "mi");
  /* A bare number is miles here; 800 m stays metres. */
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-05", "repetitions",
              "--steps", "3 @ E; 4 × 0.25 mi @ R, 800 m jog");
  root = show_json (fixture, NULL);
  workout = first_workout (root, "2026-03-05");
  g_assert_cmpstr (json_object_get_string_member (workout, "steps"), ==,
                   "3 mi @ E; 4 × 0.25 mi @ R, 800 m jog");
  g_assert_cmpint (json_object_get_int_member (workout, "distance_m"), ==, 4828 + 4 * (402 + 800));
}

static void
test_add_steps_bad (Fixture       *fixture,
                    gconstpointer  data)
{
  make_plan (fixture);
  expect_unchanged_cli (fixture, 2, "malformed --steps “6 × 800 @ I”: step 1: “800” has no unit",
                        "add", "plan.json", "2026-03-03", "intervals", "--steps", "6 × 800 @ I");
  expect_unchanged_cli (fixture, 2, "step 2: unknown zone “Q”", "add", "plan.json", "2026-03-03",
                        "intervals", "--steps", "2 km @ E; 6 × 800 m @ Q");
  expect_unchanged_cli (fixture, 2, "51 repeats", "add", "plan.json", "2026-03-03", "intervals",
                        "--steps", "51 × 400 m");
  expect_unchanged_cli (fixture, 2, "is a recovery", "add", "plan.json", "2026-03-03", "intervals",
                        "--steps", "400 m jog");
  expect_unchanged_cli (fixture, 2, "--steps", "add", "plan.json", "2026-03-03", "intervals",
                        "--steps");
  /* Bad usage wins over bad data: the file is never read. */
  expect_cli (fixture, 2, NULL, "malformed --steps", "add", "missing.json", "2026-03-03", "tempo",
              "--steps", "banana");
  g_assert_false (fixture_exists (fixture, "missing.json"));
}

static void
test_add_grows_plan (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RpPlan) plan = NULL;

  make_plan (fixture);
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-06-02", "long");
  plan = load_plan (fixture, "plan.json");
  g_assert_true (rp_plan_contains (plan, date ("2026-06-02")));
  g_assert_true (rp_workout_get_pinned (rp_plan_get_workout (plan, date ("2026-06-02"), 0)));
  g_assert_cmpuint (rp_plan_get_start (plan), ==, date ("2026-03-02"));
}

static void
test_move (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(RpPlan) plan = NULL;

  make_plan (fixture);
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-03", "intervals");
  expect_unchanged_cli (fixture, 1, "plan.json: 2026-03-03", "move", "plan.json", "2026-03-03",
                        "2026-03-05", "--index", "4");
  expect_unchanged_cli (fixture, 1, "plan.json: ", "move", "plan.json", "2026-03-03",
                        "2026-03-05", "--index", "-1");
  expect_unchanged_cli (fixture, 2, "malformed date", "move", "plan.json", "2026-03-03", "tomorrow");
  expect_unchanged_cli (fixture, 1, "plan.json: 1899-12-31", "move", "plan.json", "2026-03-03",
                        "1899-12-31");
  expect_cli (fixture, 0, "moved", NULL, "move", "plan.json", "2026-03-03", "2026-03-05");

  root = show_json (fixture, "2026-03-02");
  g_assert_cmpuint (json_array_get_length (get_weeks (root)), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (first_workout (root, "2026-03-05"), "kind"), ==,
                   "intervals");
  g_assert_cmpstr (json_object_get_string_member (first_workout (root, "2026-03-06"), "kind"), ==,
                   "recovery");
  g_assert_cmpstr (json_object_get_string_member (first_workout (root, "2026-03-03"), "kind"), !=,
                   "intervals");
  g_assert_false (json_object_get_boolean_member (first_workout (root, "2026-03-03"), "pinned"));

  /* Two on one day: --index picks the second. */
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-05", "hills");
  expect_cli (fixture, 0, NULL, NULL, "move", "plan.json", "2026-03-05", "2026-03-08", "--index", "1");
  plan = load_plan (fixture, "plan.json");
  g_assert_cmpint (rp_workout_get_kind (rp_plan_get_workout (plan, date ("2026-03-08"), 0)), ==,
                   RP_KIND_HILLS);
  g_assert_cmpint (rp_workout_get_kind (rp_plan_get_workout (plan, date ("2026-03-05"), 0)), ==,
                   RP_KIND_INTERVALS);
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(RpPlan) plan = NULL;

  make_plan (fixture);
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-03", "tempo");
  expect_unchanged_cli (fixture, 1, "plan.json: 2026-03-03", "remove", "plan.json", "2026-03-03",
                        "--index", "1");
  /* The engine's recovery run is not the runner's to remove. */
  expect_unchanged_cli (fixture, 1, "plan.json: ", "remove", "plan.json", "2026-03-04");
  expect_unchanged_cli (fixture, 2, "malformed date", "remove", "plan.json", "2026-3-3");
  expect_unchanged_cli (fixture, 1, "plan.json: 2500-01-01", "remove", "plan.json", "2500-01-01");
  expect_cli (fixture, 0, "removed", NULL, "remove", "plan.json", "2026-03-03");

  plan = load_plan (fixture, "plan.json");
  for (RpDate day = rp_plan_get_start (plan); day <= rp_plan_get_end (plan); day++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, day); i++)
      g_assert_false (rp_workout_get_pinned (rp_plan_get_workout (plan, day, i)));
  g_assert_cmpint (rp_workout_get_kind (rp_plan_get_workout (plan, date ("2026-03-04"), 0)), !=,
                   RP_KIND_RECOVERY);
}

static void
test_fill (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GBytes) filled = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;

  /* An unfilled plan with one pinned workout, written by the core. */
  plan = rp_plan_new (date ("2026-03-02"), 2);
  {
    g_autoptr(RpWorkout) workout = rp_workout_new (RP_KIND_TEMPO);

    rp_workout_set_pinned (workout, TRUE);
    rp_workout_set_distance_m (workout, 10000);
    rp_plan_insert_workout (plan, date ("2026-03-04"), G_MAXUINT, workout, NULL);
  }
  path = fixture_path (fixture, "plan.json");
  file = g_file_new_for_path (path);
  g_assert_true (rp_plan_file_save (plan, file, NULL, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);

  expect_cli (fixture, 0, "plan.json", NULL, "fill", "plan.json");
  filled = read_bytes (fixture, "plan.json");
  g_clear_object (&plan);
  plan = load_plan (fixture, "plan.json");
  g_assert_cmpint (rp_workout_get_kind (rp_plan_get_workout (plan, date ("2026-03-05"), 0)), ==,
                   RP_KIND_RECOVERY);
  /* Idempotent: filling a filled plan writes the same bytes. */
  expect_cli (fixture, 0, NULL, NULL, "fill", "plan.json");
  again = read_bytes (fixture, "plan.json");
  g_assert_true (g_bytes_equal (filled, again));

  write_file (fixture, "bad.json", "{\"format\": \"run-planner-plan\"", -1);
  bytes = read_bytes (fixture, "bad.json");
  expect_cli (fixture, 1, NULL, "bad.json", "fill", "bad.json");
  g_clear_pointer (&again, g_bytes_unref);
  again = read_bytes (fixture, "bad.json");
  g_assert_true (g_bytes_equal (bytes, again));
}

/* ---- show --------------------------------------------------------------- */

static void
test_show_table (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CliResult) all = NULL;
  g_autoptr(CliResult) one = NULL;

  make_plan (fixture);
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-03", "intervals");
  all = run_cli (fixture, "show", "plan.json");
  assert_result (all, 0, "Week 12", NULL);
  g_assert_nonnull (strstr (all->out, "Week 1,"));
  g_assert_nonnull (strstr (all->out, "intervals"));
  g_assert_nonnull (strstr (all->out, "recovery"));
  g_assert_nonnull (strstr (all->out, "/km"));
  g_assert_nonnull (strstr (all->out, "Volume"));
  g_assert_nonnull (strstr (all->out, "low intensity"));
  g_assert_nonnull (strstr (all->out, "placed by you"));
  g_assert_cmpstr (all->err, ==, "");

  one = run_cli (fixture, "show", "plan.json", "--week", "2026-03-11");
  assert_result (one, 0, "Week 2, from 2026-03-09", NULL);
  g_assert_null (strstr (one->out, "Week 1,"));
  g_assert_null (strstr (one->out, "Week 3,"));

  expect_cli (fixture, 1, NULL, "plan.json: 2030-01-01", "show", "plan.json", "--week", "2030-01-01");
  expect_cli (fixture, 1, NULL, "plan.json: 1800-01-01", "show", "plan.json", "--week", "1800-01-01");
  expect_cli (fixture, 2, NULL, "malformed date", "show", "plan.json", "--week", "next");
  expect_cli (fixture, 1, NULL, "nothere.json", "show", "nothere.json");
}

static void
test_show_json (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(JsonNode) root = NULL;
  JsonArray *weeks;
  JsonArray *monday;

  make_plan (fixture);
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-03", "intervals");
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-04", "tempo");
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-08", "long");
  root = show_json (fixture, NULL);
  weeks = get_weeks (root);
  g_assert_cmpuint (json_array_get_length (weeks), ==, 12);
  for (guint w = 0; w < json_array_get_length (weeks); w++)
    assert_week_shape (json_array_get_object_element (weeks, w));
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (weeks, 1), "start"),
                   ==, "2026-03-09");

  /* Monday is the runner's rest day: one workout of kind rest. */
  monday = json_object_get_array_member (find_day (root, "2026-03-02"), "workouts");
  g_assert_cmpuint (json_array_get_length (monday), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (monday, 0), "kind"),
                   ==, "rest");
  /* Two hard days in a row: the day warning is on the second. */
  {
    JsonArray *warnings = json_object_get_array_member (find_day (root, "2026-03-04"), "warnings");
    gboolean found = FALSE;

    for (guint i = 0; i < json_array_get_length (warnings); i++)
      found |= g_str_equal (json_object_get_string_member (json_array_get_object_element (warnings, i),
                                                           "code"), "back-to-back-hard");
    g_assert_true (found);
  }
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (weeks, 0), "volume_m"),
                   >, 20000);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (weeks, 0), "load"),
                   >, 0);
}

/* ---- validate ----------------------------------------------------------- */

static void
test_validate (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(CliResult) mixed = NULL;

  make_plan (fixture);
  expect_cli (fixture, 0, "plan.json: ok\n", NULL, "validate", "plan.json");
  write_file (fixture, "bad.json", "{\n  \"format\": \"run-planner-plan\",\n  \"version\": 1,\n  oops\n}\n", -1);
  write_file (fixture, "newer.json", "{\"format\": \"run-planner-plan\", \"version\": 99}", -1);

  mixed = run_cli (fixture, "validate", "plan.json", "bad.json", "newer.json", "absent.json");
  assert_result (mixed, 1, "plan.json: ok", NULL);
  g_assert_null (strstr (mixed->out, "bad.json"));
  /* A syntax error has a line and column. */
  g_assert_nonnull (strstr (mixed->err, "bad.json:4:"));
  g_assert_nonnull (strstr (mixed->err, "newer.json: "));
  g_assert_nonnull (strstr (mixed->err, "absent.json: "));
  expect_cli (fixture, 1, NULL, "bad.json:", "validate", "bad.json");
  expect_cli (fixture, 2, NULL, "missing argument", "validate");
}

/* ---- paces -------------------------------------------------------------- */

static void
test_paces_json (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(CliResult) result = run_cli (fixture, "paces", "--race", "5k", "19:57", "--json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *predictions, *paces;
  JsonArray *easy;

  assert_result (result, 0, NULL, NULL);
  json_parser_load_from_data (parser, result->out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  predictions = json_object_get_object_member (root, "predictions_s");
  paces = json_object_get_object_member (root, "paces_s_per_km");

  /* Daniels' table, VDOT 50: 10K 41:21, HM 1:31:35, M 3:10:49. */
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (root, "vdot"), 50.0, 0.5);
  g_assert_cmpfloat_with_epsilon (json_object_get_int_member (predictions, "5k"), 1197, 12);
  g_assert_cmpfloat_with_epsilon (json_object_get_int_member (predictions, "10k"), 2481, 25);
  g_assert_cmpfloat_with_epsilon (json_object_get_int_member (predictions, "half"), 5495, 55);
  g_assert_cmpfloat_with_epsilon (json_object_get_int_member (predictions, "marathon"), 11449, 115);
  /* E 4:56–5:34, M 4:31, T 4:15, I 3:55. */
  easy = json_object_get_array_member (paces, "easy");
  g_assert_cmpuint (json_array_get_length (easy), ==, 2);
  g_assert_cmpint (ABS (json_array_get_int_element (easy, 0) - 296), <=, 3);
  g_assert_cmpint (ABS (json_array_get_int_element (easy, 1) - 334), <=, 3);
  g_assert_cmpint (ABS (json_object_get_int_member (paces, "marathon") - 271), <=, 3);
  g_assert_cmpint (ABS (json_object_get_int_member (paces, "threshold") - 255), <=, 3);
  g_assert_cmpint (ABS (json_object_get_int_member (paces, "interval") - 235), <=, 3);
  g_assert_cmpint (json_object_get_int_member (paces, "repetition"), <,
                   json_object_get_int_member (paces, "interval"));
  g_assert_cmpint (json_object_get_int_member (paces, "recovery"), >=, json_array_get_int_element (easy, 1));
  /* Integers, not 255.0. */
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (paces, "threshold")), ==, G_TYPE_INT64);
}

static void
test_paces_table (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(CliResult) result = run_cli (fixture, "paces", "--race", "half", "1:18:09");

  assert_result (result, 0, "VDOT", NULL);
  g_assert_nonnull (strstr (result->out, "Riegel"));
  g_assert_nonnull (strstr (result->out, "Threshold"));
  g_assert_nonnull (strstr (result->out, "/km"));
  g_assert_nonnull (strstr (result->out, "/mi"));

  expect_cli (fixture, 2, NULL, "--race", "paces");
  expect_cli (fixture, 2, NULL, "--race", "paces", "--race", "5k");
  expect_cli (fixture, 2, NULL, "malformed distance", "paces", "--race", "5x", "19:57");
  expect_cli (fixture, 2, NULL, "malformed time", "paces", "--race", "5k", "19-57");
  expect_cli (fixture, 2, NULL, "plausible", "paces", "--race", "marathon", "10:00");
  expect_cli (fixture, 2, NULL, "unexpected argument", "paces", "--race", "5k", "19:57", "extra");
  expect_cli (fixture, 2, NULL, "Usage:", "paces", "--race", "5k", "19:57", "--xml");
}

/* ---- chart -------------------------------------------------------------- */

static void
test_chart (Fixture       *fixture,
            gconstpointer  data)
{
  g_autofree char *png = NULL;
  cairo_surface_t *surface;
  g_autoptr(GBytes) svg = NULL;
  g_autoptr(GBytes) pdf = NULL;

  make_plan (fixture);
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-03", "intervals");
  expect_cli (fixture, 0, NULL, NULL, "chart", "plan.json", "--week", "2026-03-05", "-o", "week.png",
              "--size", "400x200");
  png = fixture_path (fixture, "week.png");
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 400);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 200);
  cairo_surface_destroy (surface);

  expect_cli (fixture, 0, NULL, NULL, "chart", "plan.json", "--week", "2026-03-05", "-o", "week.svg");
  svg = read_bytes (fixture, "week.svg");
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), "<svg"));
  expect_cli (fixture, 0, NULL, NULL, "chart", "plan.json", "--week", "2026-03-05", "--output", "week.pdf");
  pdf = read_bytes (fixture, "week.pdf");
  g_assert_cmpmem (g_bytes_get_data (pdf, NULL), 5, "%PDF-", 5);

  expect_cli (fixture, 2, NULL, ".png", "chart", "plan.json", "--week", "2026-03-05", "-o", "week.gif");
  expect_cli (fixture, 2, NULL, "size", "chart", "plan.json", "--week", "2026-03-05", "-o", "a.png",
              "--size", "400by200");
  expect_cli (fixture, 2, NULL, "--week", "chart", "plan.json", "-o", "a.png");
  expect_cli (fixture, 2, NULL, "-o", "chart", "plan.json", "--week", "2026-03-05");
  expect_cli (fixture, 1, NULL, "plan.json: 2031-01-01", "chart", "plan.json", "--week", "2031-01-01",
              "-o", "a.png");
  expect_cli (fixture, 1, NULL, "nodir/a.png", "chart", "plan.json", "--week", "2026-03-05",
              "-o", "nodir/a.png");
  g_assert_false (fixture_exists (fixture, "a.png"));
}

/* ---- hostile arguments and files (issue 5) ------------------------------ */

/* Errors name the file as it was typed, not by its absolute path, so each
 * line of validate's output starts with its argument; "" is no file (it
 * used to name the current directory); links GIO cannot follow are named
 * as such; a FIFO is refused at once by every command that reads. */
static void
test_hostile_names (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *fifo = fixture_path (fixture, "fifo.json");
  g_autofree char *loop = fixture_path (fixture, "loop.json");
  g_autofree char *dangling = fixture_path (fixture, "dangling.json");
  g_autoptr(CliResult) result = NULL;

  make_plan (fixture);
  write_file (fixture, "bad.json", "{\r\"format\" : \"run-planner-plan\",\r\"version\" : \"1\"\r}", -1);
  result = run_cli (fixture, "validate", "bad.json", "./plan.json");
  g_assert_cmpint (result->status, ==, 1);
  g_assert_cmpstr (result->out, ==, "./plan.json: ok\n");
  /* A lone CR ends a line. */
  g_assert_true (g_str_has_prefix (result->err, "bad.json:3:13: version: must be a positive integer\n"));

  expect_cli (fixture, 1, NULL, "the file name is empty", "validate", "");
  expect_cli (fixture, 1, NULL, "the file name is empty", "show", "");
  expect_cli (fixture, 1, NULL, "the file name is empty", "new", "", "--start", "2026-03-02");

  g_assert_cmpint (symlink ("loop.json", loop), ==, 0);
  g_assert_cmpint (symlink ("nowhere.json", dangling), ==, 0);
  expect_cli (fixture, 1, NULL, "loop.json: cannot open: Too many levels of symbolic links",
              "validate", "loop.json");
  expect_cli (fixture, 1, NULL, "dangling.json: cannot open: No such file or directory",
              "fill", "dangling.json");

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  expect_cli (fixture, 1, NULL, "fifo.json: not a regular file", "validate", "fifo.json");
  expect_cli (fixture, 1, NULL, "fifo.json: not a regular file", "show", "fifo.json");
  expect_cli (fixture, 1, NULL, "fifo.json: not a regular file", "add", "fifo.json", "2026-03-03", "tempo");
}

/* Impossible edits say why and leave the file as it was. */
static void
test_hostile_edits (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(RpPlan) plan = NULL;

  make_plan (fixture);
  /* 2200-12-28 (whose week ends on 2200-12-28) and 1900-01-01 are in
   * range, but a plan reaching them from 2026 would have more than 5,300
   * weeks. (A week past 2200-12-31: tests/test-cli-limits.c.) */
  expect_unchanged_cli (fixture, 1, "plan.json: cannot move the workout of 2026-03-03 to 2200-12-28: "
                        "the plan would grow past 5300 weeks",
                        "move", "plan.json", "2026-03-03", "2200-12-28");
  expect_unchanged_cli (fixture, 1, "the plan would grow past 5300 weeks",
                        "move", "plan.json", "2026-03-03", "1900-01-01");
  expect_unchanged_cli (fixture, 1, "--index -1 is out of range",
                        "move", "plan.json", "2026-03-03", "2026-03-04", "--index", "-1");

  /* Notes longer than the file keeps are refused, not cut. */
  for (guint i = 0; i < RP_PLAN_FILE_MAX_STRING / 2; i++)
    g_string_append (notes, "é");
  expect_cli (fixture, 0, NULL, NULL, "add", "plan.json", "2026-03-03", "tempo", "--notes", notes->str);
  plan = load_plan (fixture, "plan.json");
  g_assert_cmpstr (rp_workout_get_notes (rp_plan_get_workout (plan, date ("2026-03-03"), 0)), ==, notes->str);
  g_string_append_c (notes, 'x');
  expect_unchanged_cli (fixture, 2, "--notes is longer than 4096 bytes",
                        "add", "plan.json", "2026-03-04", "tempo", "--notes", notes->str);
}

/* chart draws in memory and replaces OUT in one step: a failed write
 * says why and leaves nothing behind. */
static void
test_hostile_chart_output (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *as_dir = fixture_path (fixture, "dir.png");

  make_plan (fixture);
  g_assert_cmpint (g_mkdir (as_dir, 0700), ==, 0);
  expect_cli (fixture, 1, NULL, "nodir/a.png: cannot write the chart: No such file or directory",
              "chart", "plan.json", "--week", "2026-03-05", "-o", "nodir/a.png");
  expect_cli (fixture, 1, NULL, "dir.png: cannot write the chart: Is a directory",
              "chart", "plan.json", "--week", "2026-03-05", "-o", "dir.png");
  expect_cli (fixture, 2, NULL, "at most 4096", "chart", "plan.json", "--week", "2026-03-05",
              "-o", "big.png", "--size", "100000x100000");
  g_assert_false (fixture_exists (fixture, "big.png"));
  expect_cli (fixture, 0, NULL, NULL, "chart", "plan.json", "--week", "2026-03-05", "-o", "a.pdf");
  expect_cli (fixture, 0, NULL, NULL, "chart", "plan.json", "--week", "2026-03-05", "-o", "a.pdf",
              "--size", "1x1");
  g_assert_true (fixture_exists (fixture, "a.pdf"));
}

/* ---- SIGKILL while saving (issue 5) -------------------------------------- */

#define KILL_ROUNDS 200
#define BIG_WEEKS 520

/* A 10-year plan with three hard workouts a week, filled, in big.json. */
static void
make_big_plan (Fixture *fixture)
{
  static const struct { int day; RpKind kind; } hard[] = {
    { 1, RP_KIND_INTERVALS }, { 3, RP_KIND_TEMPO }, { 6, RP_KIND_LONG },
  };
  g_autoptr(RpPlan) plan = rp_plan_new (date ("2020-01-06"), BIG_WEEKS);
  g_autofree char *path = fixture_path (fixture, "big.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  for (guint week = 0; week < BIG_WEEKS; week++)
    for (guint i = 0; i < G_N_ELEMENTS (hard); i++)
      {
        g_autoptr(RpWorkout) workout = rp_workout_new (hard[i].kind);

        rp_workout_set_pinned (workout, TRUE);
        rp_workout_set_distance_m (workout, 10000);
        rp_plan_insert_workout (plan, rp_plan_get_week_start (plan, week) + hard[i].day,
                                G_MAXUINT, workout, NULL);
      }
  rp_planner_fill (plan);
  g_assert_true (rp_plan_file_save (plan, file, NULL, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);
}

/* The edits the rounds choose from. KILL_DAY (a Wednesday, after Tuesday's
 * intervals) toggles between the engine's recovery run and a pinned hill
 * session, so the file only ever holds a couple of distinct plans. */
#define KILL_DAY "2024-05-08"

enum { OP_ADD, OP_REMOVE, OP_FILL, N_OPS };

static void
add_args (GPtrArray         *argv,
          const char * const *args)
{
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
}

static GPtrArray *
op_argv (guint        op,
         const char  *file)
{
  GPtrArray *argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) cli_path ());
  switch (op)
    {
    case OP_ADD:
      add_args (argv, (const char *[]) { "add", file, KILL_DAY, "hills", NULL });
      break;
    case OP_REMOVE:
      add_args (argv, (const char *[]) { "remove", file, KILL_DAY, NULL });
      break;
    default:
      add_args (argv, (const char *[]) { "fill", file, NULL });
      break;
    }
  g_ptr_array_add (argv, NULL);
  return argv;
}

typedef struct
{
  Fixture    *fixture;
  GPtrArray  *states;   /* RpPlan *: every plan the file has held */
  GPtrArray  *bytes;    /* GBytes *: the file of each state */
  GHashTable *next;     /* state * N_OPS + op -> 1 + the state a full run gives */
  gint64      full_us;  /* a whole fill, load to save */
} KillRun;

static guint
find_or_add_state (KillRun *run,
                   RpPlan  *plan,
                   GBytes  *bytes)
{
  for (guint i = 0; i < run->states->len; i++)
    if (rp_plan_equal (g_ptr_array_index (run->states, i), plan))
      return i;
  g_ptr_array_add (run->states, g_object_ref (plan));
  g_ptr_array_add (run->bytes, g_bytes_ref (bytes));
  return run->states->len - 1;
}

/* Runs argv to completion; returns how long it took (for calibration only). */
static gint64
run_to_end (KillRun   *run,
            GPtrArray *argv)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  int wait_status = 0;

  g_spawn_sync (run->fixture->dir, (char **) argv->pdata, NULL,
                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
  return g_get_monotonic_time () - start;
}

/* Runs op to completion on a copy of a state to learn the state it gives. */
static guint
next_state (KillRun *run,
            guint    state,
            guint    op)
{
  guint key = state * N_OPS + op;
  gpointer found = g_hash_table_lookup (run->next, GUINT_TO_POINTER (key));
  GBytes *bytes = g_ptr_array_index (run->bytes, state);
  g_autoptr(GPtrArray) argv = NULL;
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GBytes) after = NULL;
  guint result;

  if (found != NULL)
    return GPOINTER_TO_UINT (found) - 1;

  write_file (run->fixture, "scratch.json", g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  argv = op_argv (op, "scratch.json");
  run_to_end (run, argv);
  plan = load_plan (run->fixture, "scratch.json");
  after = read_bytes (run->fixture, "scratch.json");
  result = find_or_add_state (run, plan, after);
  g_hash_table_insert (run->next, GUINT_TO_POINTER (key), GUINT_TO_POINTER (result + 1));
  return result;
}

/* An edit the CLI accepts in this state: add where the day has nothing
 * pinned, remove where it has; fill anywhere. */
static guint
choose_op (KillRun *run,
           guint    state)
{
  RpPlan *plan = g_ptr_array_index (run->states, state);
  RpDate day = date (KILL_DAY);
  gboolean pinned = rp_plan_get_n_workouts (plan, day) > 0 &&
                    rp_workout_get_pinned (rp_plan_get_workout (plan, day, 0));

  if (g_test_rand_bit ())
    return OP_FILL;
  return pinned ? OP_REMOVE : OP_ADD;
}

/* A temporary file beside the plan: a save is writing the new file. */
static gboolean
partial_save_exists (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, ".goutputstream-"))
      return TRUE;
  return FALSE;
}

static gboolean
child_exited (GPid pid)
{
  siginfo_t info = { 0 };

  /* WNOWAIT: look, but leave the child for waitpid. */
  g_assert_cmpint (waitid (P_PID, pid, &info, WEXITED | WNOHANG | WNOWAIT), ==, 0);
  return info.si_pid == pid;
}

/* Waits until the child starts writing the new file, or exits, or a whole
 * run's time (with margin) has passed. */
static void
wait_for_write (KillRun *run,
                GPid     pid)
{
  gint64 end = g_get_monotonic_time () + run->full_us * 3;

  while (g_get_monotonic_time () < end && !child_exited (pid) &&
         !partial_save_exists (run->fixture))
    g_usleep (100);
}

/* Starts op on big.json and kills it with SIGKILL after delay_us, counted
 * from when it starts writing if aim_at_write; TRUE if it had finished. */
static gboolean
kill_op_after (KillRun  *run,
               guint     op,
               gboolean  aim_at_write,
               gint64    delay_us)
{
  g_autoptr(GPtrArray) argv = op_argv (op, "big.json");
  g_autoptr(GError) error = NULL;
  GPid pid = 0;
  int wait_status = 0;

  g_spawn_async (run->fixture->dir, (char **) argv->pdata, NULL,
                 G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                 NULL, NULL, &pid, &error);
  g_assert_no_error (error);
  if (aim_at_write)
    wait_for_write (run, pid);
  g_usleep (delay_us);
  kill (pid, SIGKILL);
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  g_spawn_close_pid (pid);
  if (WIFEXITED (wait_status))
    g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
  return WIFEXITED (wait_status);
}

/* Half the kills land at a random moment of the whole run (load, edit,
 * serialisation, write, rename); the other half within a few milliseconds
 * of the start of the write, the moment that matters most. */
static gboolean
kill_round (KillRun *run,
            guint    op)
{
  if (g_test_rand_bit ())
    return kill_op_after (run, op, FALSE,
                          (gint64) (g_test_rand_double () * (double) run->full_us * 1.2));
  return kill_op_after (run, op, TRUE, g_test_rand_int_range (0, 4000));
}

/* The fastest of three runs: the steadiest figure on a busy machine. */
static gint64
fastest_run (KillRun     *run,
             const char **args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  gint64 best = G_MAXINT64;

  g_ptr_array_add (argv, (gpointer) cli_path ());
  add_args (argv, args);
  g_ptr_array_add (argv, NULL);
  for (guint i = 0; i < 3; i++)
    {
      gint64 elapsed = run_to_end (run, argv);

      best = MIN (best, elapsed);
    }
  return best;
}

static void
calibrate (KillRun *run,
           guint    state)
{
  run->full_us = fastest_run (run, (const char *[]) { "fill", "big.json", NULL });
  next_state (run, state, OP_FILL);
  next_state (run, next_state (run, state, OP_ADD), OP_REMOVE);
}

/* Removes the temporary files of killed saves; TRUE if there was one, that
 * is, the kill landed while the new file was being written. */
static gboolean
remove_partial_saves (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;
  gboolean found = FALSE;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, ".goutputstream-"))
      {
        g_autofree char *path = fixture_path (fixture, name);

        g_unlink (path);
        found = TRUE;
      }
  return found;
}

/* The state the file is in after a round: the old one or the new one.
 * Bytes identical to a state's file are that state (those bytes were loaded
 * through rp_plan_file_load when the state was learnt, and loading is
 * deterministic); anything else must load and equal one of the two. */
static guint
check_round (KillRun *run,
             guint    round,
             guint    state,
             guint    after)
{
  g_autoptr(GBytes) bytes = read_bytes (run->fixture, "big.json");
  g_autoptr(RpPlan) plan = NULL;

  if (g_bytes_equal (bytes, g_ptr_array_index (run->bytes, after)))
    return after;
  if (g_bytes_equal (bytes, g_ptr_array_index (run->bytes, state)))
    return state;

  plan = load_plan (run->fixture, "big.json");
  if (rp_plan_equal (plan, g_ptr_array_index (run->states, after)))
    return after;
  if (rp_plan_equal (plan, g_ptr_array_index (run->states, state)))
    return state;
  g_error ("round %u: %s is neither the plan before the edit nor the plan after it",
           round, "big.json");
  return state;
}

static void
test_kill_during_save (Fixture       *fixture,
                       gconstpointer  data)
{
  KillRun run = { fixture };
  g_autoptr(RpPlan) initial = NULL;
  g_autoptr(GBytes) initial_bytes = NULL;
  guint state, killed = 0, mid_write = 0, changed = 0;

  run.states = g_ptr_array_new_with_free_func (g_object_unref);
  run.bytes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  run.next = g_hash_table_new (NULL, NULL);
  make_big_plan (fixture);
  initial = load_plan (fixture, "big.json");
  initial_bytes = read_bytes (fixture, "big.json");
  state = find_or_add_state (&run, initial, initial_bytes);
  calibrate (&run, state);

  for (guint round = 0; round < KILL_ROUNDS; round++)
    {
      guint op = choose_op (&run, state);
      guint after = next_state (&run, state, op);
      guint seen;

      killed += !kill_round (&run, op);
      mid_write += remove_partial_saves (fixture);
      /* Whatever the moment, the file loads and is the old plan or the new one. */
      seen = check_round (&run, round, state, after);
      changed += seen != state;
      state = seen;
    }
  g_test_message ("%u rounds on a %u-week plan: %u killed (%u while writing the new file), "
                  "%u finished; %u changed the file; a fill takes %" G_GINT64_FORMAT " µs",
                  KILL_ROUNDS, BIG_WEEKS, killed, mid_write, KILL_ROUNDS - killed, changed,
                  run.full_us);
  g_assert_cmpuint (killed, >, 0);
  g_assert_cmpuint (mid_write, >, 0);
  /* add and remove toggle between two plans; fill changes neither. */
  g_assert_cmpuint (run.states->len, ==, 2);

  g_hash_table_unref (run.next);
  g_ptr_array_unref (run.bytes);
  g_ptr_array_unref (run.states);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/help", test_help);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/new/defaults", test_new_defaults);
  ADD ("/cli/new/options", test_new_options);
  ADD ("/cli/new/existing", test_new_existing);
  ADD ("/cli/new/bad", test_new_bad);
  ADD ("/cli/add/recovery-after-hard", test_add_recovery_after_hard);
  ADD ("/cli/add/sizes", test_add_sizes);
  ADD ("/cli/add/default-sizes", test_add_default_sizes);
  ADD ("/cli/show/session-pace", test_show_session_pace);
  ADD ("/cli/show/typed-paces", test_show_typed_paces);
  ADD ("/cli/new/rules", test_new_rules);
  ADD ("/cli/target", test_target);
  ADD ("/cli/add/miles", test_add_miles);
  ADD ("/cli/add/bad", test_add_bad);
  ADD ("/cli/add/grows-plan", test_add_grows_plan);
  ADD ("/cli/add/steps", test_add_steps);
  ADD ("/cli/add/steps-miles", test_add_steps_miles);
  ADD ("/cli/add/steps-bad", test_add_steps_bad);
  ADD ("/cli/move", test_move);
  ADD ("/cli/remove", test_remove);
  ADD ("/cli/fill", test_fill);
  ADD ("/cli/show/table", test_show_table);
  ADD ("/cli/show/json", test_show_json);
  ADD ("/cli/validate", test_validate);
  ADD ("/cli/paces/json", test_paces_json);
  ADD ("/cli/paces/table", test_paces_table);
  ADD ("/cli/chart", test_chart);
  ADD ("/cli/hostile/names", test_hostile_names);
  ADD ("/cli/hostile/edits", test_hostile_edits);
  ADD ("/cli/hostile/chart-output", test_hostile_chart_output);
  ADD ("/cli/kill-during-save", test_kill_during_save);

#undef ADD

  return g_test_run ();
}
