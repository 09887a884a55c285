/* test-plan-command.c
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

#include <glib/gstdio.h>

#include "cli-test-util.h"
#include "rp-date.h"
#include "rp-limits.h"
#include "rp-plan-command.h"
#include "rp-plan-file.h"
#include "rp-planner.h"

/* The plan of every case: four filled weeks from Monday 23 November 2026,
 * a pinned tempo on the Tuesday and a pinned long run on the Sunday. */
#define START   rp_date_from_ymd (2026, 11, 23)
#define TUESDAY (START + 1)
#define SUNDAY  (START + 6)

static RpPlan *
new_plan (void)
{
  RpPlan *plan = rp_plan_new (START, 4);
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  g_autoptr(RpWorkout) long_run = rp_workout_new (RP_KIND_LONG);

  rp_planner_fill (plan);
  rp_workout_set_distance_m (tempo, 8000);
  rp_workout_set_distance_m (long_run, 16000);
  g_assert_nonnull (rp_planner_place (plan, TUESDAY, tempo, NULL));
  g_assert_nonnull (rp_planner_place (plan, SUNDAY, long_run, NULL));

  return plan;
}

/* The index of the first workout of kind on date, or -1. */
static int
find_kind (RpPlan *plan,
           RpDate  date,
           RpKind  kind)
{
  for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
    if (rp_workout_get_kind (rp_plan_get_workout (plan, date, i)) == kind)
      return (int) i;

  return -1;
}

/* An engine entry of the first week (the Monday's or Wednesday's). */
static RpDate
engine_day (RpPlan *plan)
{
  for (RpDate date = START; date < START + 7; date++)
    if (rp_plan_get_n_workouts (plan, date) > 0
        && !rp_workout_get_pinned (rp_plan_get_workout (plan, date, 0))
        && rp_workout_get_kind (rp_plan_get_workout (plan, date, 0)) != RP_KIND_REST)
      return date;

  g_assert_not_reached ();
}

/* Each command as a case: run runs it (history may be NULL) and returns
 * whether it was accepted; check looks at its effect. */
typedef struct
{
  const char *name;
  const char *label;       /* NULL: refused */
  int         code;        /* the RP_LIMITS_ERROR of a refused edit */
  void      (*set_up) (RpPlan *plan);
  gboolean  (*run)    (RpPlan *plan, RpHistory *history, GError **error);
  void      (*check)  (RpPlan *plan);
} Case;

static gboolean
run_add (RpPlan *plan, RpHistory *history, GError **error)
{
  g_autoptr(RpWorkout) template_ = rp_workout_new (RP_KIND_INTERVALS);

  return rp_plan_command_add (plan, history, START + 3, template_, error) != NULL;
}

static void
check_add (RpPlan *plan)
{
  int i = find_kind (plan, START + 3, RP_KIND_INTERVALS);

  g_assert_cmpint (i, >=, 0);
  g_assert_true (rp_workout_get_pinned (rp_plan_get_workout (plan, START + 3, i)));
  /* Sized when placed: the planner's default, stored. */
  g_assert_cmpint (rp_workout_get_distance_m (rp_plan_get_workout (plan, START + 3, i)), >, 0);
}

/* Fills date up to RP_MAX_WORKOUTS_PER_DAY less n_free with walks. */
static void
fill_day (RpPlan *plan,
          RpDate  date,
          guint   n_free)
{
  g_autoptr(RpWorkout) walk = rp_workout_new (RP_KIND_WALK);

  while (rp_plan_get_n_workouts (plan, date) < RP_MAX_WORKOUTS_PER_DAY - n_free)
    g_assert_nonnull (rp_planner_place (plan, date, walk, NULL));
}

static void
set_up_full_tuesday (RpPlan *plan)
{
  fill_day (plan, TUESDAY, 0);
}

static gboolean
run_add_tuesday (RpPlan *plan, RpHistory *history, GError **error)
{
  g_autoptr(RpWorkout) template_ = rp_workout_new (RP_KIND_WALK);

  return rp_plan_command_add (plan, history, TUESDAY, template_, error) != NULL;
}

static gboolean
run_add_far (RpPlan *plan, RpHistory *history, GError **error)
{
  g_autoptr(RpWorkout) template_ = rp_workout_new (RP_KIND_TEMPO);

  return rp_plan_command_add (plan, history, rp_date_from_ymd (2200, 12, 31), template_,
                              error) != NULL;
}

static gboolean
run_add_too_long (RpPlan *plan, RpHistory *history, GError **error)
{
  g_autoptr(RpWorkout) template_ = rp_workout_new (RP_KIND_TEMPO);

  rp_workout_set_distance_m (template_, 5000000);

  return rp_plan_command_add (plan, history, TUESDAY, template_, error) != NULL;
}

static gboolean
run_move (RpPlan *plan, RpHistory *history, GError **error)
{
  return rp_plan_command_move (plan, history, SUNDAY, find_kind (plan, SUNDAY, RP_KIND_LONG),
                               START + 5, FALSE, error);
}

static void
check_move (RpPlan *plan)
{
  g_assert_cmpint (find_kind (plan, SUNDAY, RP_KIND_LONG), <, 0);
  g_assert_cmpint (find_kind (plan, START + 5, RP_KIND_LONG), >=, 0);
}

static gboolean
run_copy (RpPlan *plan, RpHistory *history, GError **error)
{
  return rp_plan_command_move (plan, history, TUESDAY, find_kind (plan, TUESDAY, RP_KIND_TEMPO),
                               START + 7 + 1, TRUE, error);
}

static void
check_copy (RpPlan *plan)
{
  g_assert_cmpint (find_kind (plan, TUESDAY, RP_KIND_TEMPO), >=, 0);
  g_assert_cmpint (find_kind (plan, START + 7 + 1, RP_KIND_TEMPO), >=, 0);
}

static gboolean
run_move_missing (RpPlan *plan, RpHistory *history, GError **error)
{
  return rp_plan_command_move (plan, history, TUESDAY, 5, START + 3, FALSE, error);
}

static gboolean
run_remove (RpPlan *plan, RpHistory *history, GError **error)
{
  return rp_plan_command_remove (plan, history, TUESDAY,
                                 find_kind (plan, TUESDAY, RP_KIND_TEMPO), error);
}

static void
check_remove (RpPlan *plan)
{
  g_assert_cmpint (find_kind (plan, TUESDAY, RP_KIND_TEMPO), <, 0);
}

static gboolean
run_remove_engine (RpPlan *plan, RpHistory *history, GError **error)
{
  return rp_plan_command_remove (plan, history, engine_day (plan), 0, error);
}

static gboolean
run_replace (RpPlan *plan, RpHistory *history, GError **error)
{
  g_autoptr(RpWorkout) hills = rp_workout_new (RP_KIND_HILLS);

  rp_workout_set_distance_m (hills, 9000);

  return rp_plan_command_replace (plan, history, TUESDAY,
                                  find_kind (plan, TUESDAY, RP_KIND_TEMPO), hills, error);
}

static void
check_replace (RpPlan *plan)
{
  int i = find_kind (plan, TUESDAY, RP_KIND_HILLS);

  g_assert_cmpint (i, >=, 0);
  g_assert_cmpint (rp_workout_get_distance_m (rp_plan_get_workout (plan, TUESDAY, i)), ==, 9000);
  g_assert_cmpint (find_kind (plan, TUESDAY, RP_KIND_TEMPO), <, 0);
}

static gboolean
run_replace_too_long (RpPlan *plan, RpHistory *history, GError **error)
{
  g_autoptr(RpWorkout) hills = rp_workout_new (RP_KIND_HILLS);

  rp_workout_set_duration_s (hills, G_MAXINT);

  return rp_plan_command_replace (plan, history, TUESDAY, 0, hills, error);
}

static gboolean
run_keep (RpPlan *plan, RpHistory *history, GError **error)
{
  return rp_plan_command_keep (plan, history, engine_day (plan), 0, error);
}

static void
check_keep (RpPlan *plan)
{
  /* The engine's Monday or Wednesday is the runner's now. */
  for (RpDate date = START; date < START + 7; date++)
    if (find_kind (plan, date, RP_KIND_EASY) >= 0 || find_kind (plan, date, RP_KIND_RECOVERY) >= 0)
      {
        g_assert_true (rp_workout_get_pinned (rp_plan_get_workout (plan, date, 0)));
        return;
      }
  g_assert_not_reached ();
}

static GPtrArray *
clipboard (RpPlan *plan)
{
  GPtrArray *workouts = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (workouts, rp_workout_copy (rp_plan_get_workout (plan, TUESDAY, 0)));
  g_ptr_array_add (workouts, rp_workout_copy (rp_plan_get_workout (plan, SUNDAY, 0)));
  g_ptr_array_add (workouts, rp_workout_copy (rp_plan_get_workout (plan, engine_day (plan), 0)));

  return workouts;
}

static gboolean
run_paste (RpPlan *plan, RpHistory *history, GError **error)
{
  g_autoptr(GPtrArray) workouts = clipboard (plan);

  return rp_plan_command_paste (plan, history, START + 7 + 3, workouts, error);
}

static void
check_paste (RpPlan *plan)
{
  /* The two of the runner's, not the engine's entry. */
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, START + 7 + 3), ==, 2);
  g_assert_cmpint (find_kind (plan, START + 7 + 3, RP_KIND_TEMPO), >=, 0);
  g_assert_cmpint (find_kind (plan, START + 7 + 3, RP_KIND_LONG), >=, 0);
}

/* Room for one more, not two: none of the paste lands. */
static void
set_up_room_for_one (RpPlan *plan)
{
  fill_day (plan, START + 7 + 3, 1);
}

static gboolean
run_extend (RpPlan *plan, RpHistory *history, GError **error)
{
  return rp_plan_command_extend_to (plan, history, START + 7 * 6 + 3, error);
}

static void
check_extend (RpPlan *plan)
{
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 7);
  g_assert_cmpuint (rp_plan_get_end (plan), ==, START + 7 * 7 - 1);
  /* Filled like any week. */
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, START + 7 * 6 + 1), >, 0);
}

static gboolean
run_extend_far (RpPlan *plan, RpHistory *history, GError **error)
{
  return rp_plan_command_extend_to (plan, history, rp_date_from_ymd (2150, 1, 1), error);
}

static gboolean
run_target (RpPlan *plan, RpHistory *history, GError **error)
{
  return rp_plan_command_set_week_target (plan, history, START + 7 + 2, 55000, error);
}

static void
check_target (RpPlan *plan)
{
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 1), ==, 55000);
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 2), ==, RP_PLAN_TARGET_DEFAULT);
}

static gboolean
run_target_outside (RpPlan *plan, RpHistory *history, GError **error)
{
  return rp_plan_command_set_week_target (plan, history, START + 7 * 5, 0, error);
}

static void
check_target_outside (RpPlan *plan)
{
  /* The week joins the plan by the edit, as a week off. */
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 6);
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 5), ==, 0);
}

static gboolean
run_target_too_big (RpPlan *plan, RpHistory *history, GError **error)
{
  return rp_plan_command_set_week_target (plan, history, START, RP_MAX_VOLUME_M + 1, error);
}

static gboolean
run_athlete (RpPlan *plan, RpHistory *history, GError **error)
{
  g_autoptr(RpAthlete) settings = rp_athlete_copy (rp_plan_get_athlete (plan));

  rp_athlete_set_volume_m (settings, 70000);
  rp_plan_command_set_athlete (plan, history, settings);

  return TRUE;
}

static void
check_athlete (RpPlan *plan)
{
  g_assert_cmpint (rp_athlete_get_volume_m (rp_plan_get_athlete (plan)), ==, 70000);
  g_assert_cmpint (rp_plan_get_week_target (plan, 2), ==, 70000);
}

#define REFUSED(code) NULL, (code)
#define ACCEPTED(label) (label), -1

static const Case cases[] = {
  { "add", ACCEPTED ("Add Intervals"), NULL, run_add, check_add },
  { "add-full-day", REFUSED (RP_LIMITS_ERROR_DAY_FULL), set_up_full_tuesday, run_add_tuesday,
    NULL },
  { "add-far", REFUSED (RP_LIMITS_ERROR_DATE_RANGE), NULL, run_add_far, NULL },
  { "add-too-long", REFUSED (RP_LIMITS_ERROR_VALUE), NULL, run_add_too_long, NULL },
  { "move", ACCEPTED ("Move Long Run"), NULL, run_move, check_move },
  { "copy", ACCEPTED ("Copy Tempo"), NULL, run_copy, check_copy },
  { "move-missing", REFUSED (RP_LIMITS_ERROR_NO_WORKOUT), NULL, run_move_missing, NULL },
  { "remove", ACCEPTED ("Remove Tempo"), NULL, run_remove, check_remove },
  { "remove-engine", REFUSED (RP_LIMITS_ERROR_NOT_PINNED), NULL, run_remove_engine, NULL },
  { "replace", ACCEPTED ("Edit Hills"), NULL, run_replace, check_replace },
  { "replace-too-long", REFUSED (RP_LIMITS_ERROR_VALUE), NULL, run_replace_too_long, NULL },
  { "keep", ACCEPTED ("Keep"), NULL, run_keep, check_keep },
  { "paste", ACCEPTED ("Paste 2 Workouts"), NULL, run_paste, check_paste },
  { "paste-no-room", REFUSED (RP_LIMITS_ERROR_DAY_FULL), set_up_room_for_one, run_paste, NULL },
  { "extend", ACCEPTED ("Extend the Plan"), NULL, run_extend, check_extend },
  { "extend-far", REFUSED (RP_LIMITS_ERROR_TOO_LONG), NULL, run_extend_far, NULL },
  { "target", ACCEPTED ("Set Week Target"), NULL, run_target, check_target },
  { "target-outside", ACCEPTED ("Set Week Target"), NULL, run_target_outside,
    check_target_outside },
  { "target-too-big", REFUSED (RP_LIMITS_ERROR_VALUE), NULL, run_target_too_big, NULL },
  { "athlete", ACCEPTED ("Change Plan Settings"), NULL, run_athlete, check_athlete },
};

static const char *
expected_label (const Case *c,
                RpPlan     *plan)
{
  static char keep_label[64];

  if (c->run != run_keep)
    return c->label;

  /* "Keep Easy Run" or "Keep Recovery Run": whichever the engine put there. */
  g_snprintf (keep_label, sizeof keep_label, "Keep %s",
              rp_kind_get_info (rp_workout_get_kind (rp_plan_get_workout (plan, engine_day (plan), 0)))->label);
  return keep_label;
}

/* Accepted: the effect, the label, undo back to the plan before, redo
 * forward to the plan after. Refused: nothing changed, no step, the
 * error says which limit. */
static void
test_command (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(RpPlan) before = NULL;
  g_autoptr(RpPlan) after = NULL;
  g_autoptr(GError) error = NULL;
  const char *label;
  guint64 state;

  if (c->set_up != NULL)
    c->set_up (plan);

  /* An earlier step, so that "no new step" is not "no step at all". */
  g_assert_true (rp_plan_command_set_week_target (plan, history, START, 45000, NULL));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Set Week Target");
  state = rp_history_get_state (history);
  label = expected_label (c, plan);
  before = rp_plan_copy (plan);

  if (c->label == NULL)
    {
      g_assert_false (c->run (plan, history, &error));
      g_assert_error (error, RP_LIMITS_ERROR, c->code);
      g_assert_true (rp_plan_equal (plan, before));
      g_assert_cmpuint (rp_history_get_state (history), ==, state);
      g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Set Week Target");
      g_assert_false (rp_history_can_redo (history));
      return;
    }

  g_assert_true (c->run (plan, history, &error));
  g_assert_no_error (error);
  c->check (plan);
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, label);
  g_assert_cmpuint (rp_history_get_state (history), !=, state);
  after = rp_plan_copy (plan);

  g_assert_true (rp_history_undo (history));
  g_assert_true (rp_plan_equal (plan, before));
  g_assert_cmpuint (rp_history_get_state (history), ==, state);
  g_assert_cmpstr (rp_history_get_redo_label (history), ==, label);
  g_assert_true (rp_history_redo (history));
  g_assert_true (rp_plan_equal (plan, after));
  c->check (plan);
}

/* Without a history the same edit has the same effect. */
static void
test_command_without_history (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(RpPlan) with = new_plan ();
  g_autoptr(RpPlan) without = new_plan ();
  g_autoptr(RpHistory) history = rp_history_new (with);
  gboolean ok_with, ok_without;

  if (c->set_up != NULL)
    {
      c->set_up (with);
      c->set_up (without);
    }
  ok_with = c->run (with, history, NULL);
  ok_without = c->run (without, NULL, NULL);
  g_assert_cmpint (ok_with, ==, ok_without);
  g_assert_true (rp_plan_equal (with, without));
  if (c->check != NULL)
    c->check (without);
}

/* RpHistory drops a step that changed nothing, whatever its label, and
 * the next step has its own label. */
static void
test_empty_step (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);

  rp_history_begin (history, "Nothing");
  rp_history_commit (history);
  g_assert_false (rp_history_can_undo (history));
  g_assert_cmpuint (rp_history_get_state (history), ==, 0);

  g_assert_null (rp_plan_command_add (plan, history, RP_DATE_INVALID, tempo, NULL));
  g_assert_false (rp_history_can_undo (history));
  g_assert_nonnull (rp_plan_command_add (plan, history, START + 3, tempo, NULL));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Add Tempo");
}

/* Issue 10: a long run added to a week whose own target is 80 km is
 * 19.4 km (25 % of it, capped at the long-run share limit of the lowest
 * volume that meets the target, 25 % of 77.6 km) whichever way it comes: the palette's template (no
 * size: the planner's on the day it lands), the engine's default, and
 * the command line's `add`. The palette used to size it for today's
 * week (10 km of a 40 km default). */
static void
test_default_size_agrees (CliFixture   *fixture,
                          gconstpointer data)
{
  g_autoptr(RpPlan) plan = rp_plan_new (START, 4);
  g_autoptr(RpPlan) loaded = NULL;
  g_autoptr(RpWorkout) template_ = rp_workout_new (RP_KIND_LONG);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(CliResult) result = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "plan.json", NULL);
  RpDate sunday = START + 7 + 6;
  gint64 engine_m = -1;
  RpWorkout *placed;
  char iso[RP_DATE_ISO_LEN];

  rp_athlete_set_volume_m (rp_plan_get_athlete (plan), 40000);
  rp_plan_set_week_target_override (plan, 1, 80000);
  rp_planner_fill (plan);
  file = g_file_new_for_path (path);
  g_assert_true (rp_plan_file_save (plan, file, NULL, FALSE, NULL, NULL, &error));
  g_assert_no_error (error);

  rp_planner_default_size (plan, RP_KIND_LONG, sunday, &engine_m, NULL);
  g_assert_cmpint (engine_m, ==, 19400);

  rp_workout_set_pinned (template_, TRUE);
  placed = rp_plan_command_add (plan, NULL, sunday, template_, &error);
  g_assert_no_error (error);
  g_assert_cmpint (rp_workout_get_distance_m (placed), ==, engine_m);

  result = run_cli (fixture, "add", "plan.json", rp_date_to_iso (sunday, iso), "long");
  g_assert_cmpint (result->status, ==, 0);
  loaded = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (rp_plan_get_n_workouts (loaded, sunday), ==, 1);
  g_assert_cmpint (rp_workout_get_distance_m (rp_plan_get_workout (loaded, sunday, 0)), ==,
                   engine_m);
  g_assert_true (rp_plan_equal (loaded, plan));
}

/* A planner workout dragged to another day is the runner's there, and its
 * old day rests (pinned): refilled, the day would get the same run back and
 * the move would look like a copy. One undo step takes both back. The same
 * rule serves the app's drop and the command line's `move`. */
static void
test_move_planner_workout (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpPlan) before = NULL;
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(GError) error = NULL;
  RpDate from = engine_day (plan);
  RpDate to = START + 7 + 3;
  RpKind kind = rp_workout_get_kind (rp_plan_get_workout (plan, from, 0));
  RpWorkout *rest;
  int moved;

  before = rp_plan_copy (plan);
  g_assert_true (rp_plan_command_move (plan, history, from, 0, to, FALSE, &error));
  g_assert_no_error (error);

  moved = find_kind (plan, to, kind);
  g_assert_cmpint (moved, >=, 0);
  g_assert_true (rp_workout_get_pinned (rp_plan_get_workout (plan, to, (guint) moved)));
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, from), ==, 1);
  rest = rp_plan_get_workout (plan, from, 0);
  g_assert_cmpint (rp_workout_get_kind (rest), ==, RP_KIND_REST);
  g_assert_true (rp_workout_get_pinned (rest));

  g_assert_true (rp_history_undo (history));
  g_assert_true (rp_plan_equal (plan, before));
  g_assert_false (rp_history_can_undo (history));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/plan-command/%s", cases[i].name);
      g_autofree char *bare = g_strdup_printf ("/plan-command/no-history/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_command);
      g_test_add_data_func (bare, &cases[i], test_command_without_history);
    }
  g_test_add_func ("/plan-command/empty-step", test_empty_step);
  g_test_add_func ("/plan-command/move-planner-workout", test_move_planner_workout);
  CLI_TEST_ADD ("/plan-command/default-size-agrees", test_default_size_agrees);

  return g_test_run ();
}
