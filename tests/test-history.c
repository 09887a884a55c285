/* test-history.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rp-date.h"
#include "rp-history.h"
#include "rp-planner.h"

static RpDate
ymd (int y, int m, int d)
{
  return rp_date_from_ymd (y, m, d);
}

static RpPlan *
new_filled_plan (guint n_weeks)
{
  RpPlan *plan = rp_plan_new (ymd (2026, 11, 23), n_weeks);

  rp_planner_fill (plan);

  return plan;
}

static void
place (RpHistory *history,
       RpDate     date,
       RpKind     kind)
{
  g_autoptr(RpWorkout) template = rp_workout_new (kind);

  rp_history_begin (history, "Place");
  g_assert_nonnull (rp_planner_place (rp_history_get_plan (history), date, template, NULL));
  rp_history_commit (history);
}

static void
test_place_undo_redo (void)
{
  g_autoptr(RpPlan) plan = new_filled_plan (4);
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(RpPlan) original = rp_plan_copy (plan);
  g_autoptr(RpPlan) placed = NULL;

  g_assert_false (rp_history_can_undo (history));
  place (history, ymd (2026, 11, 24), RP_KIND_INTERVALS);
  g_assert_true (rp_history_can_undo (history));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Place");
  g_assert_false (rp_plan_equal (plan, original));
  placed = rp_plan_copy (plan);

  g_assert_true (rp_history_undo (history));
  g_assert_true (rp_plan_equal (plan, original));
  g_assert_true (rp_history_can_redo (history));
  g_assert_false (rp_history_can_undo (history));

  g_assert_true (rp_history_redo (history));
  g_assert_true (rp_plan_equal (plan, placed));
  g_assert_false (rp_history_redo (history));
}

static RpWorkout *
find_id (RpPlan     *plan,
         RpDate      date,
         const char *id)
{
  for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
    if (g_strcmp0 (rp_workout_get_id (rp_plan_get_workout (plan, date, i)), id) == 0)
      return rp_plan_get_workout (plan, date, i);
  return NULL;
}

/* Undo and redo never lower a workout's sequence: a calendar that saw the
 * edited version must take the version put back as a newer change. The
 * days are as they were; only the sequence and time of change move on. */
static void
test_undo_sequence_rises (void)
{
  RpDate tuesday = ymd (2026, 11, 24);
  g_autoptr(RpPlan) plan = new_filled_plan (2);
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(RpWorkout) longer = NULL;
  g_autoptr(RpPlan) before_edit = NULL;
  g_autofree char *id = NULL;
  RpWorkout *tempo;

  rp_workout_set_now_for_testing (G_GINT64_CONSTANT (1800000000));
  place (history, tuesday, RP_KIND_TEMPO);
  tempo = rp_plan_get_workout (plan, tuesday, 0);
  id = g_strdup (rp_workout_get_id (tempo));
  g_assert_cmpuint (rp_workout_get_sequence (tempo), ==, 0);
  before_edit = rp_plan_copy (plan);

  /* Edited: sequence 1. */
  rp_workout_set_now_for_testing (G_GINT64_CONSTANT (1800000100));
  longer = rp_workout_copy (tempo);
  rp_workout_set_distance_m (longer, 12000);
  rp_history_begin (history, "Edit");
  g_assert_true (rp_planner_replace (plan, tuesday, 0, longer, NULL));
  rp_history_commit (history);
  g_assert_cmpuint (rp_workout_get_sequence (find_id (plan, tuesday, id)), ==, 1);

  /* Undone: the 8 km tempo again, as sequence 2, changed now. */
  rp_workout_set_now_for_testing (G_GINT64_CONSTANT (1800000200));
  g_assert_true (rp_history_undo (history));
  g_assert_true (rp_plan_equal (plan, before_edit));
  tempo = find_id (plan, tuesday, id);
  g_assert_nonnull (tempo);
  g_assert_cmpint (rp_workout_get_distance_m (tempo), ==, rp_workout_get_distance_m (rp_plan_get_workout (before_edit, tuesday, 0)));
  g_assert_cmpuint (rp_workout_get_sequence (tempo), ==, 2);
  g_assert_cmpint (rp_workout_get_modified (tempo), ==, G_GINT64_CONSTANT (1800000200));

  /* Redone: 12 km, sequence 3. */
  g_assert_true (rp_history_redo (history));
  tempo = find_id (plan, tuesday, id);
  g_assert_cmpint (rp_workout_get_distance_m (tempo), ==, 12000);
  g_assert_cmpuint (rp_workout_get_sequence (tempo), ==, 3);

  /* Undoing the placing takes it away; redoing it brings it back as a
   * change after the last version a calendar saw. */
  g_assert_true (rp_history_undo (history));
  g_assert_true (rp_history_undo (history));
  g_assert_null (find_id (plan, tuesday, id));
  g_assert_true (rp_history_redo (history));
  tempo = find_id (plan, tuesday, id);
  g_assert_nonnull (tempo);
  g_assert_cmpuint (rp_workout_get_sequence (tempo), >, 0);
  rp_workout_set_now_for_testing (0);
}

static void
on_notify_cb (GObject    *object,
              GParamSpec *pspec,
              GString    *log)
{
  g_string_append_printf (log, "%s;", pspec->name);
}

static void
place_labelled (RpHistory  *history,
                RpDate      date,
                RpKind      kind,
                const char *label)
{
  g_autoptr(RpWorkout) template = rp_workout_new (kind);

  rp_history_begin (history, label);
  g_assert_nonnull (rp_planner_place (rp_history_get_plan (history), date, template, NULL));
  rp_history_commit (history);
}

/* The undo and redo labels are properties notified when the top of a
 * stack changes, including a second edit while can-undo stays TRUE (the
 * undo button's tooltip followed can-undo only and went stale). */
static void
test_label_notify (void)
{
  g_autoptr(RpPlan) plan = new_filled_plan (2);
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autofree char *label = NULL;

  g_signal_connect (history, "notify", G_CALLBACK (on_notify_cb), log);

  place_labelled (history, ymd (2026, 11, 24), RP_KIND_TEMPO, "Add Tempo");
  g_assert_cmpstr (log->str, ==, "can-undo;undo-label;");
  g_string_truncate (log, 0);

  place_labelled (history, ymd (2026, 11, 26), RP_KIND_HILLS, "Add Hills");
  g_assert_cmpstr (log->str, ==, "undo-label;");
  g_object_get (history, "undo-label", &label, NULL);
  g_assert_cmpstr (label, ==, "Add Hills");
  g_string_truncate (log, 0);

  /* The same label again: nothing a tooltip shows changed. */
  place_labelled (history, ymd (2026, 11, 28), RP_KIND_HILLS, "Add Hills");
  g_assert_cmpstr (log->str, ==, "");

  g_assert_true (rp_history_undo (history));
  g_assert_cmpstr (log->str, ==, "can-redo;redo-label;");
  g_string_truncate (log, 0);
  g_assert_true (rp_history_undo (history));
  g_assert_cmpstr (log->str, ==, "undo-label;");
  g_string_truncate (log, 0);
  g_assert_true (rp_history_undo (history));
  g_assert_cmpstr (log->str, ==, "can-undo;undo-label;redo-label;");
  g_assert_cmpstr (rp_history_get_redo_label (history), ==, "Add Tempo");
  g_string_truncate (log, 0);

  /* A new edit drops the redo stack. */
  place_labelled (history, ymd (2026, 11, 25), RP_KIND_EASY, "Add Easy Run");
  g_assert_cmpstr (log->str, ==, "can-undo;can-redo;undo-label;redo-label;");
  g_assert_null (rp_history_get_redo_label (history));
}

static void
test_new_edit_clears_redo (void)
{
  g_autoptr(RpPlan) plan = new_filled_plan (2);
  g_autoptr(RpHistory) history = rp_history_new (plan);

  place (history, ymd (2026, 11, 24), RP_KIND_TEMPO);
  rp_history_undo (history);
  g_assert_true (rp_history_can_redo (history));
  place (history, ymd (2026, 11, 26), RP_KIND_HILLS);
  g_assert_false (rp_history_can_redo (history));
}

static void
test_empty_edit_dropped (void)
{
  g_autoptr(RpPlan) plan = new_filled_plan (2);
  g_autoptr(RpHistory) history = rp_history_new (plan);

  rp_history_begin (history, "Nothing");
  rp_planner_fill (plan);
  rp_history_commit (history);
  g_assert_false (rp_history_can_undo (history));
}

static void
test_growth_undone (void)
{
  g_autoptr(RpPlan) plan = new_filled_plan (1);
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(RpPlan) original = rp_plan_copy (plan);

  place (history, ymd (2027, 1, 10), RP_KIND_LONG);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), >, 1);
  rp_history_undo (history);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 1);
  g_assert_true (rp_plan_equal (plan, original));
}

static void
test_settings_undone (void)
{
  g_autoptr(RpPlan) plan = new_filled_plan (3);
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(RpPlan) original = rp_plan_copy (plan);

  rp_history_begin (history, "Settings");
  rp_athlete_set_volume_m (rp_plan_get_athlete (plan), 70000);
  rp_plan_set_week_target_override (plan, 1, 30000);
  rp_planner_refill_all (plan);
  rp_history_commit (history);
  g_assert_false (rp_plan_equal (plan, original));

  rp_history_undo (history);
  g_assert_true (rp_plan_equal (plan, original));
}

#define N_GENERATED_PLANS 10000

/* Undoing N random edits, one by one, restores the original plan exactly;
 * redoing them all gives the edited plan back. Over 10,000 generated
 * plans, each with its own edits. */
static void
test_random_edits (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261126);

  for (guint round = 0; round < N_GENERATED_PLANS; round++)
    {
      g_autoptr(RpPlan) plan = new_filled_plan (g_rand_int_range (rand, 1, 7));
      g_autoptr(RpHistory) history = rp_history_new (plan);
      g_autoptr(RpPlan) original = rp_plan_copy (plan);
      g_autoptr(RpPlan) edited = NULL;
      guint n_edits = g_rand_int_range (rand, 1, 12);
      guint done = 0;

      for (guint i = 0; i < n_edits; i++)
        {
          RpDate date = rp_plan_get_start (plan) + g_rand_int_range (rand, 0, 49);
          RpKind kind = g_rand_int_range (rand, RP_KIND_INTERVALS, RP_KIND_RACE + 1);

          if (rp_plan_get_n_workouts (plan, date) > 0 &&
              rp_workout_get_pinned (rp_plan_get_workout (plan, date, 0)) &&
              g_rand_boolean (rand))
            {
              rp_history_begin (history, "Move");
              rp_planner_move (plan, date, 0, date + g_rand_int_range (rand, 1, 5), g_rand_boolean (rand), NULL);
              rp_history_commit (history);
            }
          else
            place (history, date, kind);
        }

      edited = rp_plan_copy (plan);
      while (rp_history_undo (history))
        done++;
      g_assert_cmpuint (done, >, 0);
      g_assert_true (rp_plan_equal (plan, original));
      while (rp_history_redo (history))
        ;
      g_assert_true (rp_plan_equal (plan, edited));
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/history/place-undo-redo", test_place_undo_redo);
  g_test_add_func ("/history/new-edit-clears-redo", test_new_edit_clears_redo);
  g_test_add_func ("/history/label-notify", test_label_notify);
  g_test_add_func ("/history/empty-edit-dropped", test_empty_edit_dropped);
  g_test_add_func ("/history/growth-undone", test_growth_undone);
  g_test_add_func ("/history/settings-undone", test_settings_undone);
  g_test_add_func ("/history/random-edits", test_random_edits);
  g_test_add_func ("/history/undo-sequence-rises", test_undo_sequence_rises);

  return g_test_run ();
}
