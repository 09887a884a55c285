/* test-cli-limits.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "cli-test-util.h"
#include "rp-date.h"
#include "rp-plan-file.h"
#include "rp-plan-reader.h"

/* The CLI's edits at the file's limits (issue 8, items 3, 6, 8, 11): an
 * edit over a limit exits 1 with a message naming the file and leaves the
 * file byte for byte; what an edit accepts, `validate` accepts. Each test
 * runs in its own temporary directory. */

static void
assert_result (CliResult  *result,
               int         status,
               const char *err)
{
  if (result->status != status)
    g_error ("exit %d, expected %d\nstdout: %s\nstderr: %s", result->status, status,
             result->out, result->err);
  if (err != NULL && strstr (result->err, err) == NULL)
    g_error ("stderr lacks “%s”:\n%s", err, result->err);
}

#define expect_cli(fixture, status, err, ...) \
  G_STMT_START { \
    g_autoptr(CliResult) r_ = run_cli ((fixture), __VA_ARGS__); \
    assert_result (r_, (status), (err)); \
  } G_STMT_END

static char *
read_file (CliFixture *fixture,
           const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* The edit is refused (exit 1, err), the file unchanged, and it validates. */
#define expect_refused(fixture, err, ...) \
  G_STMT_START { \
    g_autofree char *before_ = read_file ((fixture), "plan.json"); \
    g_autofree char *after_ = NULL; \
    expect_cli ((fixture), 1, (err), __VA_ARGS__); \
    after_ = read_file ((fixture), "plan.json"); \
    g_assert_cmpstr (after_, ==, before_); \
    expect_cli ((fixture), 0, NULL, "validate", "plan.json"); \
  } G_STMT_END

static void
new_plan (CliFixture *fixture,
          const char *start,
          const char *weeks)
{
  expect_cli (fixture, 0, NULL, "new", "plan.json", "--start", start, "--weeks", weeks);
}

/* A ninth workout on a day is refused; `move` onto a full day keeps the
 * workout where it was (it used to vanish from both days). */
static void
test_ninth_workout (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *text = NULL;

  new_plan (fixture, "2026-03-02", "4");
  for (guint i = 0; i < 8; i++)
    expect_cli (fixture, 0, NULL, "add", "plan.json", "2026-03-04", "tempo");
  expect_cli (fixture, 0, NULL, "add", "plan.json", "2026-03-06", "intervals");

  expect_refused (fixture, "plan.json: cannot add a workout on 2026-03-04: "
                  "2026-03-04 already has 8 workouts, the most a day can hold",
                  "add", "plan.json", "2026-03-04", "tempo");
  expect_refused (fixture, "plan.json: cannot move the workout of 2026-03-06 to 2026-03-04: "
                  "2026-03-04 already has 8 workouts, the most a day can hold",
                  "move", "plan.json", "2026-03-06", "2026-03-04");

  text = read_file (fixture, "plan.json");
  g_assert_nonnull (strstr (text, "\"kind\" : \"intervals\""));
}

/* A date whose week would end after 2200-12-31 or start before
 * 1900-01-01 is refused: `validate` used to refuse the saved file. */
static void
test_calendar_edge (CliFixture    *fixture,
                    gconstpointer  data)
{
  new_plan (fixture, "2200-11-03", "4");
  expect_refused (fixture, "plan.json: cannot add a workout on 2200-12-31: the week of 2200-12-31 "
                  "would end after 2200-12-31, the last day a plan can hold",
                  "add", "plan.json", "2200-12-31", "tempo");
  expect_refused (fixture, "plan.json: cannot move the workout of 2200-11-04 to 2200-12-29: "
                  "the week of 2200-12-29",
                  "move", "plan.json", "2200-11-04", "2200-12-29");
  /* The last whole week is fine, and validates. */
  expect_cli (fixture, 0, NULL, "add", "plan.json", "2200-12-28", "long");
  expect_cli (fixture, 0, NULL, "validate", "plan.json");
}

/* `new` refuses a plan whose last week would end after 2200-12-31
 * before it writes anything, with or without --force. */
static void
test_calendar_edge_new (CliFixture    *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "plan.json", NULL);
  g_autofree char *other = g_build_filename (fixture->dir, "other.json", NULL);

  expect_cli (fixture, 1, "plan.json: a plan of 1 week from 2200-12-29 would end after "
              "2200-12-31, the last day a plan can hold",
              "new", "plan.json", "--start", "2200-12-31", "--weeks", "1");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  expect_cli (fixture, 1, "plan.json: a plan of 5 weeks from 2200-12-01 would end after "
              "2200-12-31",
              "new", "plan.json", "--start", "2200-12-01", "--weeks", "5", "--rest-days",
              "sun", "--units", "mi", "--goal", "5k");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* The last whole week fits; --force over it at the edge changes nothing. */
  new_plan (fixture, "2200-12-01", "4");
  expect_refused (fixture, "would end after 2200-12-31",
                  "new", "plan.json", "--force", "--start", "2200-12-22", "--weeks", "2");
  expect_cli (fixture, 1, "1899-12-31 is outside the years 1900–2200",
              "new", "other.json", "--start", "1899-12-31");

  /* On another week start: the Sunday-start week of 1900-01-01 starts on
   * 1899-12-31, the one of 2200-12-28 ends in 2201. */
  expect_cli (fixture, 1, "other.json: the week of 1900-01-01 would start before 1900-01-01, "
              "the first day a plan can hold",
              "new", "other.json", "--start", "1900-01-01", "--week-start", "sun");
  expect_cli (fixture, 1, "other.json: a plan of 1 week from 2200-12-28 would end after "
              "2200-12-31",
              "new", "other.json", "--start", "2200-12-28", "--week-start", "sun", "--weeks", "1");
  g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
  expect_cli (fixture, 0, NULL, "new", "other.json", "--start", "1900-01-07", "--week-start", "sun",
              "--weeks", "1");
  expect_cli (fixture, 0, NULL, "validate", "other.json");
}

static void
write_sunday_plan (CliFixture *fixture)
{
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "plan.json", NULL);
  g_autoptr(GError) error = NULL;

  rp_athlete_set_week_start (athlete, G_DATE_SUNDAY);
  plan = rp_plan_new_for_athlete (athlete, rp_date_from_ymd (1900, 1, 14), 2);
  bytes = rp_plan_file_serialize (plan);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
}

static void
test_calendar_edge_sunday (CliFixture    *fixture,
                           gconstpointer  data)
{
  write_sunday_plan (fixture);
  expect_cli (fixture, 0, NULL, "validate", "plan.json");
  expect_refused (fixture, "plan.json: cannot add a workout on 1900-01-01: the week of 1900-01-01 "
                  "would start before 1900-01-01, the first day a plan can hold",
                  "add", "plan.json", "1900-01-01", "tempo");
  expect_cli (fixture, 0, NULL, "add", "plan.json", "1900-01-07", "tempo");
  expect_cli (fixture, 0, NULL, "validate", "plan.json");
}

/* A duration over 100 h was saved as 100 h: refused now. 100 h is kept. */
static void
test_duration (CliFixture    *fixture,
               gconstpointer  data)
{
  g_autofree char *text = NULL;

  new_plan (fixture, "2026-03-02", "2");
  expect_refused (fixture, "plan.json: cannot add a workout on 2026-03-03: a duration of 120:00:00 "
                  "is over the limit of 100 hours",
                  "add", "plan.json", "2026-03-03", "cross-training", "--duration", "120:00:00");
  expect_cli (fixture, 0, NULL, "add", "plan.json", "2026-03-03", "cross-training",
              "--duration", "100:00:00");
  text = read_file (fixture, "plan.json");
  g_assert_nonnull (strstr (text, "\"duration_s\" : 360000"));
}

/* An `add` in a week whose engine entries carry unknown keys keeps them
 * all (21 keys became 15). */
static void
test_unknown_keys (CliFixture    *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "plan.json", NULL);
  g_autoptr(GRegex) entry = g_regex_new ("\"pinned\" : false", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *marked = NULL;
  g_autofree char *after = NULL;
  guint n_before = 0, n_after = 0;

  new_plan (fixture, "2026-03-02", "1");
  text = read_file (fixture, "plan.json");
  marked = g_regex_replace_literal (entry, text, -1, 0,
                                    "\"pinned\" : false,\n              \"x-watch\" : \"keep me\"",
                                    0, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, marked, -1, &error);
  g_assert_no_error (error);
  for (const char *p = marked; (p = strstr (p, "x-watch")) != NULL; p++)
    n_before++;
  g_assert_cmpuint (n_before, >=, 5);

  /* A long run on Sunday re-sizes the easy runs of the week. */
  expect_cli (fixture, 0, NULL, "add", "plan.json", "2026-03-08", "long", "--distance", "24km");
  after = read_file (fixture, "plan.json");
  for (const char *p = after; (p = strstr (p, "x-watch")) != NULL; p++)
    n_after++;
  /* Sunday's own entry made way for the runner's long run. */
  g_assert_cmpuint (n_after, ==, n_before - 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) CLI_TEST_ADD ((path), (func))

  ADD ("/cli-limits/ninth-workout", test_ninth_workout);
  ADD ("/cli-limits/calendar-edge/end", test_calendar_edge);
  ADD ("/cli-limits/calendar-edge/sunday-1900", test_calendar_edge_sunday);
  ADD ("/cli-limits/calendar-edge/new", test_calendar_edge_new);
  ADD ("/cli-limits/duration", test_duration);
  ADD ("/cli-limits/unknown-keys", test_unknown_keys);

  return g_test_run ();
}
