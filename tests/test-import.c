/* test-import.c
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

/* Import (docs/export.md, "Import"): the app's CSV and a JSON range read
 * back, every malformed CSV refused with its line and column, the merge
 * rule, one undo step, and `run-planner-cli import`. */

/* G_LOG_DOMAIN comes from tests/meson.build. */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "cli-test-util.h"
#include "rp-date.h"
#include "rp-export.h"
#include "rp-import.h"
#include "rp-limits.h"
#include "rp-plan-command.h"
#include "rp-plan-command-import.h"
#include "rp-plan-file.h"
#include "rp-plan-lock.h"
#include "rp-planner.h"
#include "rp-steps.h"

#define HEADER "date,kind,pinned,distance_m,duration_s,pace_fast_s_per_km," \
               "pace_slow_s_per_km,steps,reason,reason_text,notes\r\n"

static const char * const awkward_notes[] = {
  "plain",
  "hills, then strides",
  "say \"hi\" to the \"club\"",
  "line one\nline two",
  "cr\ronly",
  "crlf\r\nend",
  " leading space",
  "Straße, 5 × 1 km",
  "\"",
  ",",
};

/* 2027-03-22 is a Monday. */
static RpDate
monday (void)
{
  return rp_date_from_ymd (2027, 3, 22);
}

static RpPlan *
empty_plan (guint n_weeks)
{
  RpPlan *plan = rp_plan_new (monday (), n_weeks);

  rp_athlete_set_race_result (rp_plan_get_athlete (plan), 10000, 2700);
  if (n_weeks > 1)
    rp_plan_set_week_target_override (plan, 1, 50000);
  rp_planner_fill (plan);
  return plan;
}

/* Three weeks: intervals with steps, a long run of the runner's own
 * size, tempo runs with notes a CSV reader gets wrong. */
static RpPlan *
new_plan (void)
{
  RpPlan *plan = empty_plan (3);
  g_autoptr(RpWorkout) intervals = rp_workout_new (RP_KIND_INTERVALS);
  g_autoptr(RpWorkout) long_run = rp_workout_new (RP_KIND_LONG);
  g_autoptr(GArray) steps = NULL;

  g_assert_true (rp_steps_parse ("2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E", RP_UNIT_KM,
                                 &steps, NULL));
  rp_steps_apply (intervals, steps);
  g_assert_nonnull (rp_planner_place (plan, monday () + 1, intervals, NULL));
  rp_workout_set_distance_m (long_run, 21000);
  rp_workout_set_pace (long_run, 330, 360);
  g_assert_nonnull (rp_planner_place (plan, monday () + 6, long_run, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (awkward_notes); i++)
    {
      g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);

      rp_workout_set_notes (tempo, awkward_notes[i]);
      g_assert_nonnull (rp_planner_place (plan, monday () + 7 + i, tempo, NULL));
    }
  return plan;
}

static guint
count_pinned (RpPlan *plan)
{
  guint n = 0;

  for (RpDate date = rp_plan_get_start (plan); date <= rp_plan_get_end (plan); date++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
      n += rp_workout_get_pinned (rp_plan_get_workout (plan, date, i));
  return n;
}

/* The workout with id, or NULL. */
static RpWorkout *
find_id (RpPlan     *plan,
         const char *id)
{
  for (RpDate date = rp_plan_get_start (plan); date <= rp_plan_get_end (plan); date++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
      if (g_strcmp0 (rp_workout_get_id (rp_plan_get_workout (plan, date, i)), id) == 0)
        return rp_plan_get_workout (plan, date, i);
  return NULL;
}

/* The first of the runner's workouts on date, or NULL. */
static RpWorkout *
find_pinned_on (RpPlan *plan,
                RpDate  date)
{
  for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
    if (rp_workout_get_pinned (rp_plan_get_workout (plan, date, i)))
      return rp_plan_get_workout (plan, date, i);
  return NULL;
}

static GPtrArray *
read_csv (const char  *text,
          GError     **error)
{
  return rp_import_read_csv (text, strlen (text), "in.csv", RP_UNIT_KM, error);
}

static GBytes *
export_all (RpPlan *plan)
{
  return rp_export_csv (plan, rp_plan_get_start (plan), rp_plan_get_end (plan));
}

/* ---- Round trips ---- */

/* The app's CSV imported into a plan of the same settings exports the
 * same CSV: every value the runner placed comes back, and the planner
 * fills the same days around them. */
static void
test_csv_round_trip (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpPlan) other = empty_plan (3);
  g_autoptr(GBytes) csv = export_all (plan);
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  RpImportResult result;
  gsize len;
  const char *data = g_bytes_get_data (csv, &len);

  workouts = rp_import_read_csv (data, len, "plan.csv", RP_UNIT_KM, &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_command_import (other, NULL, workouts, RP_DATE_INVALID,
                                         RP_DATE_INVALID, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 2 + G_N_ELEMENTS (awkward_notes));
  g_assert_cmpuint (result.duplicates, ==, 0);
  g_assert_cmpuint (result.planner, ==, workouts->len - result.added);
  g_assert_cmpuint (count_pinned (other), ==, count_pinned (plan));

  for (guint i = 0; i < G_N_ELEMENTS (awkward_notes); i++)
    g_assert_cmpstr (rp_workout_get_notes (rp_plan_get_workout (other, monday () + 7 + i, 0)),
                     ==, awkward_notes[i]);
  g_assert_cmpuint (rp_workout_get_n_steps (rp_plan_get_workout (other, monday () + 1, 0)), ==, 3);

  again = export_all (other);
  g_assert_cmpstr (g_bytes_get_data (again, NULL), ==, data);
  g_assert_true (g_bytes_equal (again, csv));
}

/* The runner's rows of two CSV exports say the same (the planner's may
 * differ: its weeks before the range are not the same). */
static void
assert_same_own_rows (GBytes *a,
                      GBytes *b)
{
  g_autoptr(GPtrArray) rows_a = NULL, rows_b = NULL;
  g_autoptr(GPtrArray) own_a = g_ptr_array_new (), own_b = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gsize len_a, len_b;
  const char *data_a = g_bytes_get_data (a, &len_a);
  const char *data_b = g_bytes_get_data (b, &len_b);

  rows_a = rp_import_read_csv (data_a, len_a, "a.csv", RP_UNIT_KM, &error);
  g_assert_no_error (error);
  rows_b = rp_import_read_csv (data_b, len_b, "b.csv", RP_UNIT_KM, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < rows_a->len; i++)
    if (rp_workout_get_pinned (g_ptr_array_index (rows_a, i)))
      g_ptr_array_add (own_a, g_ptr_array_index (rows_a, i));
  for (guint i = 0; i < rows_b->len; i++)
    if (rp_workout_get_pinned (g_ptr_array_index (rows_b, i)))
      g_ptr_array_add (own_b, g_ptr_array_index (rows_b, i));
  g_assert_cmpuint (own_a->len, ==, own_b->len);
  g_assert_cmpuint (own_a->len, >, 0);
  for (guint i = 0; i < own_a->len; i++)
    g_assert_true (rp_workout_equal (g_ptr_array_index (own_a, i), g_ptr_array_index (own_b, i)));
}

/* A JSON range brings the runner's workouts as the plan file has them
 * (a size left to the planner stays left to it). */
static void
test_json_round_trip (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpPlan) other = empty_plan (1);
  g_autoptr(GBytes) json = rp_export_json (plan, monday () + 7, monday () + 13);
  g_autoptr(GBytes) before = NULL, after = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  RpImportResult result;
  gsize len;
  const char *data = g_bytes_get_data (json, &len);

  workouts = rp_import_read_json (data, len, "range.json", &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_command_import (other, NULL, workouts, RP_DATE_INVALID,
                                         RP_DATE_INVALID, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 7);
  /* The range's week joined the one-week plan. */
  g_assert_cmpuint (rp_plan_get_n_weeks (other), ==, 2);
  for (guint i = 0; i < 7; i++)
    {
      RpWorkout *workout = rp_plan_get_workout (other, monday () + 7 + i, 0);

      g_assert_true (rp_workout_get_pinned (workout));
      g_assert_cmpstr (rp_workout_get_notes (workout), ==, awkward_notes[i]);
      g_assert_cmpint (rp_workout_get_distance_m (workout), ==,
                       rp_workout_get_distance_m (rp_plan_get_workout (plan, monday () + 7 + i, 0)));
    }
  /* With the week's own target too, the runner's rows show the same. */
  rp_plan_set_week_target_override (other, 1, 50000);
  rp_planner_refill_all (other);
  before = rp_export_csv (plan, monday () + 7, monday () + 13);
  after = rp_export_csv (other, monday () + 7, monday () + 13);
  assert_same_own_rows (before, after);

  /* A bad plan file is the plan loader's message. */
  g_clear_pointer (&workouts, g_ptr_array_unref);
  workouts = rp_import_read_json ("{\"format\": 1}", 13, "range.json", &error);
  g_assert_null (workouts);
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "range.json:1:12: "));
}

/* ---- The merge ---- */

/* The runner's workouts on an imported day stay; the file's are added
 * beside them; one the plan already shows is skipped; the planner's rows
 * are left to it; rows outside first..last are not taken. */
static void
test_merge_rule (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  RpImportResult result;
  RpDate tuesday = monday () + 1;
  const char *text =
    "date,kind,pinned,distance_m,pace_fast_s_per_km,pace_slow_s_per_km,notes\n"
    /* the long run the plan has, as it shows it: a duplicate */
    "2027-03-28,long,true,21000,330,360,\n"
    /* a second run on the intervals' day: added beside them */
    "2027-03-23,easy,true,5000,,,shake-out\n"
    /* twice the same in the file, none in the plan: both added */
    "2027-03-25,easy,true,3000,,,\n"
    "2027-03-25,easy,true,3000,,,\n"
    /* the planner's own row: the planner decides */
    "2027-03-26,easy,false,9000,,,\n"
    /* after --to */
    "2027-04-05,tempo,true,8000,,,\n";

  workouts = read_csv (text, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 6);

  g_assert_true (rp_plan_command_import (plan, NULL, workouts, RP_DATE_INVALID,
                                         rp_date_from_ymd (2027, 4, 4), &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 3);
  g_assert_cmpuint (result.duplicates, ==, 1);
  g_assert_cmpuint (result.planner, ==, 1);
  g_assert_cmpuint (result.outside, ==, 1);

  /* Tuesday: the intervals first, then the easy run. */
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, tuesday), ==, 2);
  g_assert_cmpint (rp_workout_get_kind (rp_plan_get_workout (plan, tuesday, 0)), ==, RP_KIND_INTERVALS);
  g_assert_cmpint (rp_workout_get_kind (rp_plan_get_workout (plan, tuesday, 1)), ==, RP_KIND_EASY);
  g_assert_cmpstr (rp_workout_get_notes (rp_plan_get_workout (plan, tuesday, 1)), ==, "shake-out");
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, monday () + 3), ==, 2);
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, monday () + 6), ==, 1);
  g_assert_false (rp_workout_get_pinned (rp_plan_get_workout (plan, monday () + 4, 0)));

  /* Again: everything is there already. */
  g_assert_true (rp_plan_command_import (plan, NULL, workouts, RP_DATE_INVALID,
                                         rp_date_from_ymd (2027, 4, 4), &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.duplicates, ==, 4);
}

/* A workout the plan has (by its id) is not imported again, wherever it
 * is now and whatever changed: the JSON export of a week, imported after
 * the runner moved and edited workouts of it, adds nothing. */
static void
test_merge_same_id (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GBytes) json = rp_export_json (plan, monday () + 7, monday () + 13);
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(RpWorkout) edited = NULL;
  g_autoptr(GError) error = NULL;
  RpImportResult result;
  gsize len;
  const char *data = g_bytes_get_data (json, &len);
  /* A copy: the move replaces the workout (and frees its id). */
  g_autofree char *moved_id = g_strdup (rp_workout_get_id (rp_plan_get_workout (plan, monday () + 7, 0)));

  g_assert_nonnull (moved_id);
  g_assert_true (rp_plan_command_move (plan, NULL, monday () + 7, 0, monday () + 2, FALSE, &error));
  g_assert_no_error (error);
  g_assert_nonnull (find_id (plan, moved_id));
  edited = rp_workout_copy (rp_plan_get_workout (plan, monday () + 8, 0));
  rp_workout_set_notes (edited, "changed since the export");
  g_assert_true (rp_plan_command_replace (plan, NULL, monday () + 8, 0, edited, &error));

  workouts = rp_import_read_json (data, len, "week.json", &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_command_import (plan, NULL, workouts, RP_DATE_INVALID, RP_DATE_INVALID,
                                         &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.duplicates, ==, 7);
  g_assert_null (find_pinned_on (plan, monday () + 7));
  g_assert_cmpstr (rp_workout_get_notes (rp_plan_get_workout (plan, monday () + 8, 0)), ==,
                   "changed since the export");
}

/* Dates after the plan grow it by whole weeks, filled; a date no plan
 * can reach refuses the whole import. */
static void
test_merge_extends (void)
{
  g_autoptr(RpPlan) plan = empty_plan (2);
  g_autoptr(RpPlan) copy = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  RpImportResult result;

  workouts = read_csv ("date,kind\n2027-05-05,tempo\n2027-03-01,easy\n", &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_command_import (plan, NULL, workouts, RP_DATE_INVALID, RP_DATE_INVALID,
                                         &result, &error));
  g_assert_cmpuint (result.added, ==, 2);
  g_assert_cmpint (rp_plan_get_start (plan), ==, rp_date_from_ymd (2027, 3, 1));
  g_assert_cmpint (rp_plan_get_end (plan), ==, rp_date_from_ymd (2027, 5, 9));
  /* The weeks between are the planner's. */
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, rp_date_from_ymd (2027, 4, 14)), >, 0);

  /* 2200-12-31 is a Wednesday: its week would end after the calendar. */
  copy = rp_plan_copy (plan);
  g_clear_pointer (&workouts, g_ptr_array_unref);
  workouts = read_csv ("date,kind\n2027-05-06,tempo\n2200-12-31,easy\n", &error);
  g_assert_no_error (error);
  g_assert_false (rp_plan_command_import (plan, NULL, workouts, RP_DATE_INVALID, RP_DATE_INVALID,
                                          NULL, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE);
  g_assert_true (rp_plan_equal (plan, copy));
  g_clear_error (&error);

  /* Each end fits alone, both at once do not. */
  g_clear_pointer (&workouts, g_ptr_array_unref);
  workouts = read_csv ("date,kind\n1950-01-02,tempo\n2100-01-04,easy\n", &error);
  g_assert_no_error (error);
  g_assert_false (rp_plan_command_import (plan, NULL, workouts, RP_DATE_INVALID, RP_DATE_INVALID,
                                          NULL, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_TOO_LONG);
  g_assert_true (rp_plan_equal (plan, copy));
}

/* A day the import would fill past its limit refuses it all. */
static void
test_merge_day_full (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpPlan) copy = NULL;
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("date,kind,notes\n2027-04-01,easy,fine\n");

  for (guint i = 0; i < RP_MAX_WORKOUTS_PER_DAY; i++)
    g_string_append_printf (text, "2027-03-23,easy,run %u\n", i);
  workouts = read_csv (text->str, &error);
  g_assert_no_error (error);
  copy = rp_plan_copy (plan);
  g_assert_false (rp_plan_command_import (plan, history, workouts, RP_DATE_INVALID,
                                          RP_DATE_INVALID, NULL, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DAY_FULL);
  g_assert_cmpstr (error->message, ==,
                   "2027-03-23 has room for 7 more workouts, not 8 (a day holds at most 8)");
  g_assert_true (rp_plan_equal (plan, copy));
  g_assert_false (rp_history_can_undo (history));
}

/* One undo step for the whole import, which undo takes back whole and
 * redo puts back; nothing to add leaves no step. */
static void
test_undo_redo (void)
{
  g_autoptr(RpPlan) plan = empty_plan (3);
  g_autoptr(RpPlan) before = rp_plan_copy (plan);
  g_autoptr(RpPlan) after = NULL;
  g_autoptr(RpPlan) source = new_plan ();
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(GBytes) csv = export_all (source);
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  RpImportResult result;
  gsize len;
  const char *data = g_bytes_get_data (csv, &len);

  workouts = rp_import_read_csv (data, len, "plan.csv", RP_UNIT_KM, &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_command_import (plan, history, workouts, RP_DATE_INVALID,
                                         RP_DATE_INVALID, &result, &error));
  g_assert_cmpuint (result.added, ==, 12);
  g_assert_true (rp_history_can_undo (history));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Import Workouts");
  after = rp_plan_copy (plan);

  g_assert_true (rp_history_undo (history));
  g_assert_true (rp_plan_equal (plan, before));
  g_assert_false (rp_history_can_undo (history));
  g_assert_true (rp_history_redo (history));
  g_assert_true (rp_plan_equal (plan, after));

  /* Again: nothing new, no second step. */
  g_assert_true (rp_plan_command_import (plan, history, workouts, RP_DATE_INVALID,
                                         RP_DATE_INVALID, &result, &error));
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_true (rp_history_undo (history));
  g_assert_false (rp_history_can_undo (history));
  g_assert_true (rp_plan_equal (plan, before));
}

/* ---- The CSV reader ---- */

/* What RFC 4180 allows and spreadsheets write: LF or CRLF, quoted fields
 * over lines, a byte order mark, columns in another order or left out,
 * blank lines, no line end after the last row. */
static void
test_csv_accepted (void)
{
  static const struct
  {
    const char *text;
    guint       n;
    const char *notes;   /* the first row's */
  } cases[] = {
    { "date,kind\n2027-03-23,easy\n", 1, "" },
    { "date,kind\r\n2027-03-23,easy\r\n", 1, "" },
    { "date,kind\r\n2027-03-23,easy", 1, "" },
    { "\xef\xbb\xbf" "date,kind\n2027-03-23,easy\n", 1, "" },
    { "notes,kind,date\n\"a\r\nb, \"\"c\"\"\",tempo,2027-03-23\n", 1, "a\r\nb, \"c\"" },
    { "date,kind,notes\n2027-03-23,easy,\"\"\n", 1, "" },
    { "date,kind\n\n2027-03-23,easy\n\r\n2027-03-24,easy\n\n", 2, "" },
    { "date,kind\n", 0, "" },
    { "\"date\",\"kind\"\n\"2027-03-23\",\"easy\"\n", 1, "" },
    { HEADER "2027-03-23,easy,false,,,,,,recovery-after-hard,\"Recovery, after\",n\r\n", 1, "n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) workouts = NULL;
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      workouts = read_csv (cases[i].text, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (workouts->len, ==, cases[i].n);
      if (cases[i].n > 0)
        {
          RpWorkout *workout = g_ptr_array_index (workouts, 0);

          g_assert_cmpint (rp_workout_get_date (workout), ==, rp_date_from_ymd (2027, 3, 23));
          g_assert_cmpstr (rp_workout_get_notes (workout), ==, cases[i].notes);
        }
    }
}

/* Every way a CSV can be wrong, each with its line and column (columns
 * count characters) and nothing read. */
static void
test_csv_errors (void)
{
  static const struct
  {
    const char *text;
    const char *message;
  } cases[] = {
    { "", "in.csv:1:1: the file is empty; a CSV to import starts with the export's header row" },
    { "date,kind,size\n", "in.csv:1:11: unknown column “size” in the header (the export's columns are "
      "date, kind, pinned, distance_m, duration_s, pace_fast_s_per_km, pace_slow_s_per_km, steps, "
      "reason, reason_text, notes)" },
    { "Date,kind\n", "in.csv:1:1: unknown column “Date” in the header (the export's columns are "
      "date, kind, pinned, distance_m, duration_s, pace_fast_s_per_km, pace_slow_s_per_km, steps, "
      "reason, reason_text, notes)" },
    { "date,kind,date\n", "in.csv:1:11: column “date” appears twice in the header (first at column 1)" },
    { "date,notes\n", "in.csv:1:1: the header has no “kind” column" },
    { "kind\n", "in.csv:1:1: the header has no “date” column" },
    { "date,kind\n2027-03-23\n", "in.csv:2:11: 1 field, the header has 2 columns" },
    { "date,kind\r\n2027-03-23\r\n", "in.csv:2:11: 1 field, the header has 2 columns" },
    { "date,kind\n2027-03-23,easy,x\n", "in.csv:2:17: more fields than the header's 2 columns" },
    { "date,kind\n2027-03-23,ea\"sy\n", "in.csv:2:14: a quote inside a field that does not start with "
      "one (quote the whole field and write the quote twice)" },
    { "date,kind\n2027-03-23,\"easy\"x\n", "in.csv:2:18: text after the closing quote (a quote inside "
      "a quoted field is written twice: \"\")" },
    { "date,kind\n2027-03-23,\"easy\n", "in.csv:2:12: the quoted field that starts here never ends "
      "(a closing quote is missing)" },
    { "date,kind\r2027-03-23,easy\n", "in.csv:1:10: a carriage return (CR) outside quotes that does "
      "not end the line (lines end in CRLF or LF)" },
    { "date,kind\n2027-03-23,e\xc3sy\n", "in.csv:2:13: invalid UTF-8" },
    { "date,kind\n2027-03-23,easy\n\n2027-03-24,ea\0sy\n", "in.csv:4:14: NUL byte in the file" },
    { "date,kind\n2027-02-29,easy\n", "in.csv:2:1: date “2027-02-29”: must be a date (YYYY-MM-DD) "
      "from 1900-01-01 to 2200-12-31" },
    { "date,kind\n1899-12-31,easy\n", "in.csv:2:1: date “1899-12-31”: must be a date (YYYY-MM-DD) "
      "from 1900-01-01 to 2200-12-31" },
    { "date,kind\n2027-3-23,easy\n", "in.csv:2:1: date “2027-3-23”: must be a date (YYYY-MM-DD) "
      "from 1900-01-01 to 2200-12-31" },
    { "kind,date\neasy,\n", "in.csv:2:6: date “”: must be a date (YYYY-MM-DD) from 1900-01-01 to "
      "2200-12-31" },
    { "date,kind\n2027-03-23,Easy\n", "in.csv:2:12: kind “Easy”: not a workout kind (intervals, "
      "repetitions, tempo, hills, fartlek, marathon-pace, long, race, easy, recovery, cross-training, "
      "walk, rest)" },
    { "date,kind,pinned\n2027-03-23,easy,yes\n", "in.csv:2:17: pinned “yes”: must be true (placed by "
      "you) or false (by the planner)" },
    { "date,kind,distance_m\n2027-03-23,easy,5.5\n", "in.csv:2:17: distance_m “5.5”: must be a whole "
      "number from 0 to 1000000, or empty" },
    { "date,kind,distance_m\n2027-03-23,easy,-1\n", "in.csv:2:17: distance_m “-1”: must be a whole "
      "number from 0 to 1000000, or empty" },
    { "date,kind,distance_m\n2027-03-23,easy,1000001\n", "in.csv:2:17: distance_m “1000001”: must be "
      "a whole number from 0 to 1000000, or empty" },
    { "date,kind,distance_m\n2027-03-23,easy,99999999999999999999999\n", "in.csv:2:17: distance_m "
      "“99999999999999999999999”: must be a whole number from 0 to 1000000, or empty" },
    { "date,kind,duration_s\n2027-03-23,easy, 60\n", "in.csv:2:17: duration_s “ 60”: must be a whole "
      "number from 0 to 360000, or empty" },
    { "date,kind,pace_fast_s_per_km\n2027-03-23,easy,0\n", "in.csv:2:17: pace_fast_s_per_km “0”: must "
      "be a whole number from 1 to 3600, or empty" },
    { "date,kind,pace_fast_s_per_km,pace_slow_s_per_km\n2027-03-23,easy,300,290\n", "in.csv:2:17: "
      "pace_fast_s_per_km “300”: is slower than pace_slow_s_per_km (290 s/km)" },
    { "date,kind,steps\n2027-03-23,easy,6 × fast\n", NULL },
    { "date,kind,reason\n2027-03-23,easy,because\n", "in.csv:2:17: reason “because”: not a reason "
      "code of the planner" },
    { "date,kind\n2027-03-23,easy\n2027-03-23,easy\n2027-03-23,easy\n2027-03-23,easy\n"
      "2027-03-23,easy\n2027-03-23,easy\n2027-03-23,easy\n2027-03-23,easy\n2027-03-23,easy\n",
      "in.csv:10:1: more than 8 workouts on 2027-03-23, the most a day holds" },
    { "date,kind,notes\n2027-03-23,easy,Stra\xc3\x9f" "e,x\n", "in.csv:2:24: more fields than the "
      "header's 3 columns" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) workouts = NULL;
      g_autoptr(GError) error = NULL;
      gsize len = strlen (cases[i].text);

      g_test_message ("case %u", i);
      /* The NUL case: its length is known. */
      if (strstr (cases[i].message != NULL ? cases[i].message : "", "NUL") != NULL)
        len = strlen (cases[i].text) + 1 + strlen (cases[i].text + strlen (cases[i].text) + 1);
      workouts = rp_import_read_csv (cases[i].text, len, "in.csv", RP_UNIT_KM, &error);
      g_assert_null (workouts);
      g_assert_error (error, RP_PLAN_FILE_ERROR, error->code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      else
        /* The steps parser's own words, at the field. */
        g_assert_true (g_str_has_prefix (error->message, "in.csv:2:17: steps “6 × fast”: "));
    }
}

/* Hostile sizes stop at the plan file's limits, never read on: a file
 * over 64 MiB, a field over 4096 bytes, more rows than a plan holds. */
static void
test_csv_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GString) text = g_string_new ("date,kind,notes\n2027-03-23,easy,");
  gsize big = RP_PLAN_FILE_MAX_BYTES + 1;
  g_autofree char *huge = g_malloc (big);

  memset (huge, 'a', big);
  workouts = rp_import_read_csv (huge, big, "in.csv", RP_UNIT_KM, &error);
  g_assert_null (workouts);
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "in.csv: larger than the limit of 64 MiB");
  g_clear_error (&error);

  /* 4096 bytes of notes are a plan's; one more is not, quoted or not. */
  g_string_append_c (text, '"');
  for (guint i = 0; i < RP_PLAN_FILE_MAX_STRING; i++)
    g_string_append (text, i % 4 == 0 ? "\"\"" : "x");
  g_string_append (text, "\"\n");
  workouts = read_csv (text->str, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (rp_workout_get_notes (g_ptr_array_index (workouts, 0))), ==,
                    RP_PLAN_FILE_MAX_STRING);
  g_clear_pointer (&workouts, g_ptr_array_unref);

  g_string_assign (text, "date,kind,notes\n2027-03-23,easy,");
  for (guint i = 0; i <= RP_PLAN_FILE_MAX_STRING; i++)
    g_string_append_c (text, 'x');
  workouts = read_csv (text->str, &error);
  g_assert_null (workouts);
  g_assert_cmpstr (error->message, ==,
                   "in.csv:2:17: a field longer than 4096 bytes (the longest text a plan holds)");
  g_clear_error (&error);

  g_string_assign (text, "date,kind,notes\n2027-03-23,easy,\"");
  for (guint i = 0; i <= RP_PLAN_FILE_MAX_STRING; i++)
    g_string_append (text, "\"\"");
  g_string_append (text, "\"\n");
  workouts = read_csv (text->str, &error);
  g_assert_null (workouts);
  g_assert_cmpstr (error->message, ==,
                   "in.csv:2:17: a field longer than 4096 bytes (the longest text a plan holds)");
  g_clear_error (&error);

  /* One row more than a plan holds workouts, on days a plan can hold. */
  g_string_assign (text, "date,kind\n");
  for (guint row = 0; row <= RP_IMPORT_MAX_ROWS; row++)
    {
      char iso[RP_DATE_ISO_LEN];

      g_string_append_printf (text, "%s,easy\n",
                              rp_date_to_iso (rp_date_from_ymd (1950, 1, 1) + row / RP_MAX_WORKOUTS_PER_DAY, iso));
    }
  workouts = read_csv (text->str, &error);
  g_assert_null (workouts);
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LIMIT);
  g_assert_cmpstr (error->message, ==, "in.csv:296802:1: more than 296800 rows, the most workouts a plan holds");
}

/* rp_import_load: a missing file or a folder is named, never read. */
static void
test_load_errors (void)
{
  g_autofree char *dir = make_tmp_dir ("rp-import-XXXXXX");
  g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
  g_autofree char *path = g_build_filename (dir, "in.csv", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (missing);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GFile) good = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) workouts = NULL;

  workouts = rp_import_load (file, RP_IMPORT_CSV, RP_UNIT_KM, NULL, &error);
  g_assert_null (workouts);
  expected = g_strdup_printf ("%s: cannot open: No such file or directory", missing);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  workouts = rp_import_load (folder, RP_IMPORT_JSON, RP_UNIT_KM, NULL, &error);
  g_assert_null (workouts);
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO);
  g_clear_error (&error);

  g_assert_true (g_file_set_contents (path, "date,kind\n2027-03-23,easy\n", -1, NULL));
  workouts = rp_import_load (good, RP_IMPORT_CSV, RP_UNIT_KM, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (workouts->len, ==, 1);
  remove_tree (dir);
}

static void
test_formats (void)
{
  RpImportFormat format = RP_IMPORT_JSON;

  g_assert_true (rp_import_format_from_path ("a/b.CSV", &format));
  g_assert_cmpint (format, ==, RP_IMPORT_CSV);
  g_assert_true (rp_import_format_from_path ("plan.runplan.json", &format));
  g_assert_cmpint (format, ==, RP_IMPORT_JSON);
  g_assert_false (rp_import_format_from_path ("a.csv/b", &format));
  g_assert_false (rp_import_format_from_path ("a.txt", &format));
  g_assert_true (rp_import_format_from_name ("Csv", &format));
  g_assert_false (rp_import_format_from_name ("xls", &format));
}

/* ---- run-planner-cli import ---- */

static char *
fixture_path (CliFixture *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
write_file (CliFixture *fixture,
            const char *name,
            GBytes     *bytes)
{
  g_autofree char *path = fixture_path (fixture, name);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
}

static void
write_text (CliFixture *fixture,
            const char *name,
            const char *text)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  write_file (fixture, name, bytes);
}

static GBytes *
read_bytes (CliFixture *fixture,
            const char *name)
{
  g_autofree char *path = fixture_path (fixture, name);
  g_autofree char *contents = NULL;
  gsize size;

  g_assert_true (g_file_get_contents (path, &contents, &size, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), size);
}

static void
expect (CliResult  *result,
        int         status,
        const char *out,
        const char *err)
{
  if (result->status != status)
    g_error ("exit %d, expected %d\nstdout: %s\nstderr: %s", result->status, status,
             result->out, result->err);
  if (out != NULL)
    g_assert_cmpstr (result->out, ==, out);
  if (err != NULL)
    g_assert_cmpstr (result->err, ==, err);
}

/* A CSV and a JSON range merged into a plan file, which then exports
 * the runner's rows back; the second import adds nothing and leaves the
 * file's bytes alone. */
static void
test_cli_import (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autoptr(RpPlan) source = new_plan ();
  g_autoptr(RpPlan) target = empty_plan (3);
  g_autoptr(GBytes) csv = export_all (source);
  g_autoptr(GBytes) json = rp_export_json (source, monday () + 7, monday () + 13);
  g_autoptr(GBytes) before = NULL, after = NULL, exported = NULL;

  write_file (fixture, "in.csv", csv);
  write_file (fixture, "range.json", json);
  {
    g_autoptr(GBytes) plan = rp_plan_file_serialize (target);

    write_file (fixture, "plan.json", plan);
  }
  {
    g_autoptr(CliResult) r = run_cli (fixture, "import", "plan.json", "in.csv", "--to", "2027-03-31");

    expect (r, 0, "plan.json: 5 workouts imported from in.csv; 5 planner entries left to the "
            "planner; 11 outside the range\n", "");
  }
  {
    g_autoptr(CliResult) r = run_cli (fixture, "import", "plan.json", "in.csv");

    expect (r, 0, "plan.json: 7 workouts imported from in.csv; 5 already in the plan; 9 planner "
            "entries left to the planner\n", "");
  }
  {
    g_autoptr(CliResult) r = run_cli (fixture, "export", "plan.json", "-o", "out.csv");

    expect (r, 0, NULL, "");
  }
  exported = read_bytes (fixture, "out.csv");
  g_assert_true (g_bytes_equal (exported, csv));

  before = read_bytes (fixture, "plan.json");
  {
    g_autoptr(CliResult) r = run_cli (fixture, "import", "plan.json", "range.json");

    expect (r, 0, "plan.json: 0 workouts imported from range.json; 7 already in the plan\n", "");
  }
  {
    g_autoptr(CliResult) r = run_cli (fixture, "import", "plan.json", "in.csv", "--format", "CSV");

    expect (r, 0, NULL, "");
  }
  after = read_bytes (fixture, "plan.json");
  g_assert_true (g_bytes_equal (before, after));
}

/* A bad IN, a bad command line or an impossible merge: the message
 * (IN's line and column), the CLI's exit status for it, and the plan
 * file byte for byte as it was. */
static void
test_cli_errors (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GBytes) serialized = rp_plan_file_serialize (plan);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GString) full = g_string_new ("date,kind,notes\n");
  static const struct
  {
    int         status;
    const char *err;
    const char *args[10];
  } cases[] = {
    { 1, "bad.csv:3:12: kind “Tempo”: not a workout kind (intervals, repetitions, tempo, hills, "
      "fartlek, marathon-pace, long, race, easy, recovery, cross-training, walk, rest)\n",
      { "import", "plan.json", "bad.csv" } },
    { 1, "./bad.csv:3:12: kind “Tempo”: not a workout kind (intervals, repetitions, tempo, hills, "
      "fartlek, marathon-pace, long, race, easy, recovery, cross-training, walk, rest)\n",
      { "import", "plan.json", "./bad.csv" } },
    { 1, "bad.json:1:1: not a Run Planner plan: missing \"format\"\n",
      { "import", "plan.json", "bad.json" } },
    { 1, "bad.csv:1:1: unexpected word \"date\", expected a value\n",
      { "import", "plan.json", "bad.csv", "--format", "json" } },
    { 1, "folder.csv: cannot import: not a regular file\n",
      { "import", "plan.json", "folder.csv" } },
    { 1, "missing.csv: cannot open: No such file or directory\n",
      { "import", "plan.json", "missing.csv" } },
    { 1, "plan.json: cannot import full.csv: 2027-03-23 has room for 7 more workouts, not 8 (a day "
      "holds at most 8)\n",
      { "import", "plan.json", "full.csv" } },
    { 1, "plan.json: the range ends before it starts\n",
      { "import", "plan.json", "bad.csv", "--from", "2027-04-01", "--to", "2027-03-01" } },
    { 1, "plan.json: 2300-01-01 is outside the years 1900–2200\n",
      { "import", "plan.json", "bad.csv", "--to", "2300-01-01" } },
    { 1, NULL, { "import", "missing.json", "bad.csv" } },
    { 2, NULL, { "import", "plan.json", "in.txt" } },
    { 2, NULL, { "import", "plan.json", "in.csv", "--format", "xls" } },
    { 2, NULL, { "import", "plan.json", "in.csv", "--from", "2027-3-1" } },
    { 2, NULL, { "import", "plan.json" } },
  };

  write_file (fixture, "plan.json", serialized);
  write_text (fixture, "bad.csv", "date,kind\r\n2027-03-24,tempo\r\n2027-03-25,Tempo\r\n");
  write_text (fixture, "bad.json", "{\"weeks\": []}");
  {
    g_autofree char *folder = fixture_path (fixture, "folder.csv");

    g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  }
  /* Eight new beside the intervals: a full day. */
  for (guint i = 0; i < RP_MAX_WORKOUTS_PER_DAY; i++)
    g_string_append_printf (full, "2027-03-23,easy,run %u\n", i);
  write_text (fixture, "full.csv", full->str);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CliResult) r = run_cliv (fixture->dir, NULL, (const char **) cases[i].args);

      g_test_message ("case %u", i);
      expect (r, cases[i].status, "", cases[i].err);
      if (cases[i].status == 2)
        g_assert_nonnull (strstr (r->err, "Usage: run-planner-cli import FILE IN"));
    }
  after = read_bytes (fixture, "plan.json");
  g_assert_true (g_bytes_equal (serialized, after));

  {
    g_autoptr(CliResult) r = run_cli (fixture, "import", "--help");

    expect (r, 0, NULL, "");
    g_assert_nonnull (strstr (r->out, "run-planner-cli import [OPTION…] FILE IN"));
    g_assert_nonnull (strstr (r->out, "--format"));
  }
  {
    g_autoptr(CliResult) r = run_cli (fixture, "--help");

    g_assert_nonnull (strstr (r->out, "import "));
  }
}

/* The import edits under the plan's lock like every edit: while another
 * program holds it, the import waits, then gives up and writes nothing. */
static void
test_cli_locked (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GBytes) serialized = rp_plan_file_serialize (plan);
  g_autofree char *path = fixture_path (fixture, "plan.json");
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(CliResult) r = NULL;

  write_file (fixture, "plan.json", serialized);
  write_text (fixture, "in.csv", "date,kind\n2027-03-24,tempo\n");
  lock = rp_plan_lock_acquire (file, NULL, &error);
  g_assert_no_error (error);
  r = run_cli (fixture, "import", "plan.json", "in.csv");
  expected = g_strdup_printf ("plan.json: another program is editing %s\n", path);
  expect (r, 1, "", expected);
  g_clear_pointer (&lock, rp_plan_lock_release);
  after = read_bytes (fixture, "plan.json");
  g_assert_true (g_bytes_equal (serialized, after));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/csv/round-trip", test_csv_round_trip);
  g_test_add_func ("/import/json/round-trip", test_json_round_trip);
  g_test_add_func ("/import/merge/rule", test_merge_rule);
  g_test_add_func ("/import/merge/same-id", test_merge_same_id);
  g_test_add_func ("/import/merge/extends", test_merge_extends);
  g_test_add_func ("/import/merge/day-full", test_merge_day_full);
  g_test_add_func ("/import/merge/undo-redo", test_undo_redo);
  g_test_add_func ("/import/csv/accepted", test_csv_accepted);
  g_test_add_func ("/import/csv/errors", test_csv_errors);
  g_test_add_func ("/import/csv/hostile", test_csv_hostile);
  g_test_add_func ("/import/load-errors", test_load_errors);
  g_test_add_func ("/import/formats", test_formats);
  CLI_TEST_ADD ("/import/cli/import", test_cli_import);
  CLI_TEST_ADD ("/import/cli/errors", test_cli_errors);
  CLI_TEST_ADD ("/import/cli/locked", test_cli_locked);

  return g_test_run ();
}
