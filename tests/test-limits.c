/* test-limits.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "rp-date.h"
#include "rp-limits.h"
#include "rp-plan-file.h"
#include "rp-plan-reader.h"
#include "rp-planner.h"

/* Every limit the loader enforces is enforced at the edit (issue 8, items
 * 3, 6, 8, 11): a refused edit says why and changes nothing, and nothing
 * the edits accept is cut or dropped when the plan is saved. */

static RpDate
ymd (int y, int m, int d)
{
  return rp_date_from_ymd (y, m, d);
}

static RpWorkout *
tempo (void)
{
  RpWorkout *workout = rp_workout_new (RP_KIND_TEMPO);

  rp_workout_set_distance_m (workout, 8000);
  return workout;
}

/* A filled 4-week plan from Monday 2026-03-02. */
static RpPlan *
make_plan (void)
{
  RpPlan *plan = rp_plan_new (ymd (2026, 3, 2), 4);

  rp_planner_fill (plan);
  return plan;
}

/* Saves and loads plan: whatever an edit accepted, the file keeps. */
static RpPlan *
round_trip (RpPlan *plan)
{
  g_autoptr(GBytes) bytes = rp_plan_file_serialize (plan);
  g_autoptr(GError) error = NULL;
  RpPlan *loaded = rp_plan_file_load_bytes (bytes, "limits.json", &error);

  g_assert_no_error (error);
  g_assert_true (rp_plan_equal (plan, loaded));
  return loaded;
}

static void
fill_day (RpPlan *plan,
          RpDate  date)
{
  g_autoptr(RpWorkout) workout = tempo ();

  for (guint i = 0; i < RP_MAX_WORKOUTS_PER_DAY; i++)
    g_assert_nonnull (rp_planner_place (plan, date, workout, NULL));
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, date), ==, RP_MAX_WORKOUTS_PER_DAY);
}

static void
test_ninth_place (void)
{
  g_autoptr(RpPlan) plan = make_plan ();
  g_autoptr(RpPlan) before = NULL;
  g_autoptr(RpPlan) loaded = NULL;
  g_autoptr(RpWorkout) workout = tempo ();
  g_autoptr(GError) error = NULL;
  RpDate wednesday = ymd (2026, 3, 4);

  fill_day (plan, wednesday);
  before = rp_plan_copy (plan);

  g_assert_null (rp_planner_place (plan, wednesday, workout, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DAY_FULL);
  g_assert_cmpstr (error->message, ==, "2026-03-04 already has 8 workouts, the most a day can hold");
  g_assert_true (rp_plan_equal (plan, before));

  /* The low-level insert refuses too. */
  g_clear_error (&error);
  g_assert_false (rp_plan_insert_workout (plan, wednesday, G_MAXUINT, workout, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DAY_FULL);
  g_assert_true (rp_plan_equal (plan, before));

  loaded = round_trip (plan);
  g_assert_cmpuint (rp_plan_get_n_workouts (loaded, wednesday), ==, RP_MAX_WORKOUTS_PER_DAY);
}

/* `move` onto a full day used to take the workout off its day and lose
 * it at save: now it stays where it was. */
static void
test_ninth_move (void)
{
  g_autoptr(RpPlan) plan = make_plan ();
  g_autoptr(RpPlan) before = NULL;
  g_autoptr(RpWorkout) workout = tempo ();
  g_autoptr(GError) error = NULL;
  RpDate wednesday = ymd (2026, 3, 4);
  RpDate friday = ymd (2026, 3, 6);

  fill_day (plan, wednesday);
  g_assert_nonnull (rp_planner_place (plan, friday, workout, NULL));
  before = rp_plan_copy (plan);

  for (guint copy = 0; copy < 2; copy++)
    {
      g_assert_false (rp_planner_move (plan, friday, 0, wednesday, copy, &error));
      g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DAY_FULL);
      g_clear_error (&error);
      g_assert_true (rp_plan_equal (plan, before));
    }

  /* Within the full day itself: no more room needed. */
  g_assert_true (rp_planner_move (plan, wednesday, 0, wednesday, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, wednesday), ==, RP_MAX_WORKOUTS_PER_DAY);

  /* No such workout. */
  g_assert_false (rp_planner_move (plan, friday, 3, wednesday, FALSE, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_NO_WORKOUT);
  g_clear_error (&error);
  g_assert_false (rp_planner_remove (plan, friday, 3, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_NO_WORKOUT);
}

/* A week that spills past 2200-12-31 or before 1900-01-01 is refused; the
 * last and first whole weeks are accepted and the file loads. */
static void
test_calendar_edge (void)
{
  g_autoptr(RpPlan) late = rp_plan_new (ymd (2200, 11, 3), 4);
  g_autoptr(RpAthlete) sunday = rp_athlete_new ();
  g_autoptr(RpPlan) early = NULL;
  g_autoptr(RpPlan) before = NULL;
  g_autoptr(RpPlan) loaded = NULL;
  g_autoptr(RpWorkout) workout = tempo ();
  g_autoptr(GError) error = NULL;

  rp_planner_fill (late);
  before = rp_plan_copy (late);
  /* 2200-12-31 is a Wednesday: its Monday-start week ends in 2201. */
  g_assert_null (rp_planner_place (late, ymd (2200, 12, 31), workout, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE);
  g_assert_cmpstr (error->message, ==,
                   "the week of 2200-12-31 would end after 2200-12-31, the last day a plan can hold");
  g_clear_error (&error);
  g_assert_true (rp_plan_equal (late, before));
  g_assert_false (rp_plan_ensure_date (late, ymd (2200, 12, 29)));
  g_assert_false (rp_planner_move (late, ymd (2200, 11, 3), 0, ymd (2200, 12, 30), FALSE, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE);
  g_clear_error (&error);
  g_assert_true (rp_plan_equal (late, before));

  /* The last whole week, 2200-12-22 … 28. */
  g_assert_nonnull (rp_planner_place (late, ymd (2200, 12, 28), workout, &error));
  g_assert_no_error (error);
  loaded = round_trip (late);
  g_clear_object (&loaded);

  /* A Sunday-start week holding 1900-01-01 starts on 1899-12-31. */
  rp_athlete_set_week_start (sunday, G_DATE_SUNDAY);
  early = rp_plan_new_for_athlete (sunday, ymd (1900, 1, 14), 2);
  rp_planner_fill (early);
  g_clear_object (&before);
  before = rp_plan_copy (early);
  g_assert_null (rp_planner_place (early, ymd (1900, 1, 3), workout, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE);
  g_assert_cmpstr (error->message, ==,
                   "the week of 1900-01-03 would start before 1900-01-01, the first day a plan can hold");
  g_clear_error (&error);
  g_assert_true (rp_plan_equal (early, before));
  /* The first whole Sunday-start week, 1900-01-07 … 13. */
  g_assert_nonnull (rp_planner_place (early, ymd (1900, 1, 9), workout, &error));
  g_assert_no_error (error);
  loaded = round_trip (early);
}

typedef struct
{
  const char *what;
  void      (*set) (RpWorkout *workout, gboolean over);
  const char *message;   /* when over */
} ValueCase;

static void
set_notes (RpWorkout *workout,
           gboolean   over)
{
  g_autoptr(GString) notes = g_string_new (NULL);

  /* 2,048 "é" are 4,096 bytes, the limit; one more ASCII byte is over. */
  for (guint i = 0; i < RP_PLAN_FILE_MAX_STRING / 2; i++)
    g_string_append (notes, "é");
  if (over)
    g_string_append_c (notes, '!');
  rp_workout_set_notes (workout, notes->str);
}

static void
set_bad_utf8 (RpWorkout *workout,
              gboolean   over)
{
  rp_workout_set_notes (workout, over ? "caf\xc3" : "café");
}

static void
set_duration (RpWorkout *workout,
              gboolean   over)
{
  rp_workout_set_duration_s (workout, RP_PLAN_MAX_DURATION_S + (over ? 1 : 0));
}

static void
set_distance (RpWorkout *workout,
              gboolean   over)
{
  rp_workout_set_distance_m (workout, RP_PLAN_MAX_DISTANCE_M + (over ? 1 : 0));
}

static void
set_pace (RpWorkout *workout,
          gboolean   over)
{
  rp_workout_set_pace (workout, 240, RP_PLAN_MAX_PACE_S_PER_KM + (over ? 1 : 0));
}

static void
set_steps (RpWorkout *workout,
           gboolean   over)
{
  RpStep step = { 1, 400, -1, RP_ZONE_INTERVAL, 200, -1 };

  for (guint i = 0; i < RP_PLAN_MAX_STEPS + (over ? 1 : 0); i++)
    rp_workout_add_step (workout, &step);
}

static void
set_repeat (RpWorkout *workout,
            gboolean   over)
{
  RpStep step = { RP_PLAN_MAX_REPEAT + (over ? 1 : 0), 400, -1, RP_ZONE_INTERVAL, -1, -1 };

  rp_workout_add_step (workout, &step);
}

static void
set_step_duration (RpWorkout *workout,
                   gboolean   over)
{
  RpStep step = { 1, -1, RP_PLAN_MAX_DURATION_S + (over ? 1 : 0), RP_ZONE_EASY_MID, -1, -1 };

  rp_workout_add_step (workout, &step);
}

static const ValueCase value_cases[] = {
  { "notes", set_notes, "the notes are 4097 bytes long, over the limit of 4096 bytes" },
  { "utf-8", set_bad_utf8, "the notes are not valid UTF-8" },
  { "duration", set_duration, "a duration of 100:00:01 is over the limit of 100 hours" },
  { "distance", set_distance, "a distance of 1000001 m is over the limit of 1000 km" },
  { "pace", set_pace, "a pace must be at most 3600 s/km (60:00 per km)" },
  { "steps", set_steps, "33 steps is over the limit of 32" },
  { "repeat", set_repeat, "step 1 repeats 1001 times; a step repeats 1 to 1000 times" },
  { "step-duration", set_step_duration, "step 1: a duration of 100:00:01 is over the limit of 100 hours" },
};

/* At the limit: accepted and kept whole by the file. One over: refused by
 * place and replace, nothing changed (the app used to cut the notes and
 * save 120 h as 100 h). */
static void
test_values (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (value_cases); i++)
    {
      const ValueCase *c = &value_cases[i];
      g_autoptr(RpPlan) plan = make_plan ();
      g_autoptr(RpPlan) before = NULL;
      g_autoptr(RpPlan) loaded = NULL;
      g_autoptr(RpWorkout) ok = tempo ();
      g_autoptr(RpWorkout) over = tempo ();
      g_autoptr(GError) error = NULL;
      RpDate tuesday = ymd (2026, 3, 3);

      g_test_message ("%s", c->what);
      c->set (ok, FALSE);
      c->set (over, TRUE);

      g_assert_nonnull (rp_planner_place (plan, tuesday, ok, &error));
      g_assert_no_error (error);
      loaded = round_trip (plan);
      g_assert_true (rp_workout_equal (rp_plan_get_workout (loaded, tuesday, 0),
                                       rp_plan_get_workout (plan, tuesday, 0)));

      before = rp_plan_copy (plan);
      g_assert_null (rp_planner_place (plan, tuesday + 1, over, &error));
      g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE);
      g_assert_cmpstr (error->message, ==, c->message);
      g_clear_error (&error);
      g_assert_false (rp_planner_replace (plan, tuesday, 0, over, &error));
      g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE);
      g_assert_true (rp_plan_equal (plan, before));
    }
}

static guint
count_extra (RpPlan *plan,
             guint   week)
{
  RpDate start = rp_plan_get_week_start (plan, week);
  guint n_extra = 0;

  for (RpDate d = start; d < start + 7; d++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, d); i++)
      {
        JsonObject *extra = rp_workout_get_extra (rp_plan_get_workout (plan, d, i));

        n_extra += extra != NULL ? json_object_get_size (extra) : 0;
      }
  return n_extra;
}

/* The runner's unknown keys on the engine's entries stay when the engine
 * re-sizes them (21 keys became 15 after one `add`). */
static void
test_unknown_keys_on_engine_entries (void)
{
  g_autoptr(RpPlan) plan = make_plan ();
  g_autoptr(RpPlan) loaded = NULL;
  g_autoptr(RpWorkout) long_run = rp_workout_new (RP_KIND_LONG);
  RpDate monday = rp_plan_get_week_start (plan, 1);
  guint n_entries = 0, resized = 0;
  g_autoptr(GPtrArray) old = g_ptr_array_new_with_free_func (g_object_unref);

  /* Two unknown keys on every engine entry of the second week. */
  for (RpDate d = monday; d < monday + 7; d++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, d); i++)
      {
        RpWorkout *workout = rp_plan_get_workout (plan, d, i);
        g_autoptr(JsonObject) extra = json_object_new ();

        g_assert_false (rp_workout_get_pinned (workout));
        json_object_set_string_member (extra, "x-garmin-id", "abc");
        json_object_set_int_member (extra, "x-day", d - monday);
        rp_workout_set_extra (workout, extra);
        g_ptr_array_add (old, g_object_ref (workout));
        n_entries++;
      }
  g_assert_cmpuint (n_entries, >=, 5);
  g_assert_cmpuint (count_extra (plan, 1), ==, 2 * n_entries);

  /* A long run on Sunday re-sizes the week's easy runs. */
  rp_workout_set_distance_m (long_run, 24000);
  g_assert_nonnull (rp_planner_place (plan, monday + 6, long_run, NULL));

  for (RpDate d = monday; d < monday + 6; d++)
    {
      RpWorkout *workout;
      JsonObject *extra;

      g_assert_cmpuint (rp_plan_get_n_workouts (plan, d), ==, 1);
      workout = rp_plan_get_workout (plan, d, 0);
      if (workout != g_ptr_array_index (old, d - monday))
        resized++;
      extra = rp_workout_get_extra (workout);
      g_assert_nonnull (extra);
      g_assert_cmpstr (json_object_get_string_member (extra, "x-garmin-id"), ==, "abc");
      g_assert_cmpint (json_object_get_int_member (extra, "x-day"), ==, d - monday);
    }
  /* The case in point: entries were replaced, not only kept. */
  g_assert_cmpuint (resized, >, 0);
  loaded = round_trip (plan);
  g_assert_cmpuint (count_extra (loaded, 1), ==, count_extra (plan, 1));
}

/* "min_easy_m": 0 is documented as valid (any easy run is worth doing):
 * read as 0, not as the default, and written back; absent stays absent. */
static void
test_min_easy_zero (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (ymd (2026, 3, 2), 1);
  g_autoptr(GBytes) bytes = rp_plan_file_serialize (plan);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GString) zero = g_string_new (text);
  g_autoptr(GBytes) zero_bytes = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) loaded = NULL;
  RpAthlete *athlete;

  g_assert_null (strstr (text, "min_easy_m"));
  g_assert_false (rp_athlete_has_own_min_easy_m (rp_plan_get_athlete (plan)));
  g_assert_cmpint (rp_athlete_get_min_easy_m (rp_plan_get_athlete (plan)), ==, 5000);

  g_assert_cmpuint (g_string_replace (zero, "\"week_start\" : \"mon\"",
                                      "\"week_start\" : \"mon\",\n    \"min_easy_m\" : 0", 1), ==, 1);
  zero_bytes = g_bytes_new (zero->str, zero->len);
  loaded = rp_plan_file_load_bytes (zero_bytes, "zero.json", &error);
  g_assert_no_error (error);
  athlete = rp_plan_get_athlete (loaded);
  g_assert_true (rp_athlete_has_own_min_easy_m (athlete));
  g_assert_cmpint (rp_athlete_get_min_easy_m (athlete), ==, 0);

  saved = rp_plan_file_serialize (loaded);
  g_assert_cmpmem (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved), zero->str, zero->len);

  /* Filling with it is fine (every free day may get an easy run). */
  rp_planner_fill (loaded);
  g_assert_true (rp_limits_check_plan (loaded, NULL));

  /* -1 gives the default back. */
  rp_athlete_set_min_easy_m (athlete, -1);
  g_assert_false (rp_athlete_has_own_min_easy_m (athlete));
  g_assert_cmpint (rp_athlete_get_min_easy_m (athlete), ==, 5000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/limits/ninth-workout/place", test_ninth_place);
  g_test_add_func ("/limits/ninth-workout/move", test_ninth_move);
  g_test_add_func ("/limits/calendar-edge", test_calendar_edge);
  g_test_add_func ("/limits/values", test_values);
  g_test_add_func ("/limits/unknown-keys/engine-entries", test_unknown_keys_on_engine_entries);
  g_test_add_func ("/limits/min-easy-zero", test_min_easy_zero);

  return g_test_run ();
}
