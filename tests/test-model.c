/* test-model.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-plan.h"
#include "rp-planner.h"

static RpDate
ymd (int y, int m, int d)
{
  return rp_date_from_ymd (y, m, d);
}

static void
test_date_iso (void)
{
  static const struct { const char *text; gboolean ok; } cases[] = {
    { "2026-11-24", TRUE },
    { "1900-01-01", TRUE },
    { "2200-12-31", TRUE },
    { "2024-02-29", TRUE },
    { "2023-02-29", FALSE },
    { "1899-12-31", FALSE },
    { "2201-01-01", FALSE },
    { "2026-13-01", FALSE },
    { "2026-00-10", FALSE },
    { "2026-1-01", FALSE },
    { "2026-11-24x", FALSE },
    { " 2026-11-24", FALSE },
    { "", FALSE },
    { "abcd-ef-gh", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RpDate date = 0;
      char buf[RP_DATE_ISO_LEN];

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (rp_date_parse_iso (cases[i].text, &date), ==, cases[i].ok);
      if (cases[i].ok)
        g_assert_cmpstr (rp_date_to_iso (date, buf), ==, cases[i].text);
    }

  g_assert_false (rp_date_parse_iso (NULL, NULL));
}

static void
test_date_weekday (void)
{
  /* 24 November 2026 is a Tuesday. */
  RpDate tuesday = ymd (2026, 11, 24);

  g_assert_cmpint (rp_date_get_weekday (tuesday), ==, G_DATE_TUESDAY);
  g_assert_cmpuint (rp_date_week_start (tuesday, G_DATE_MONDAY), ==, ymd (2026, 11, 23));
  g_assert_cmpuint (rp_date_week_start (tuesday, G_DATE_SUNDAY), ==, ymd (2026, 11, 22));
  g_assert_cmpuint (rp_date_week_start (tuesday, G_DATE_TUESDAY), ==, tuesday);
  g_assert_cmpuint (rp_date_week_start (tuesday, G_DATE_WEDNESDAY), ==, ymd (2026, 11, 18));

  /* The file's names ("mon") and the labels come from one table, and
   * read back. */
  g_assert_cmpstr (rp_date_weekday_to_name (G_DATE_MONDAY), ==, "mon");
  g_assert_cmpstr (rp_date_weekday_name (G_DATE_SUNDAY), ==, "Sunday");
  for (GDateWeekday d = G_DATE_MONDAY; d <= G_DATE_SUNDAY; d++)
    {
      GDateWeekday back = G_DATE_BAD_WEEKDAY;

      g_assert_true (rp_date_weekday_from_name (rp_date_weekday_to_name (d), &back));
      g_assert_cmpint (back, ==, d);
    }
}

static void
test_kind_names (void)
{
  for (guint i = 0; i < RP_N_KINDS; i++)
    {
      RpKind kind;

      g_assert_true (rp_kind_from_name (rp_kind_to_name (i), &kind));
      g_assert_cmpint (kind, ==, i);
    }

  g_assert_false (rp_kind_from_name ("jogging", NULL));
  g_assert_true (rp_kind_is_hard (RP_KIND_LONG));
  g_assert_true (rp_kind_is_hard (RP_KIND_RACE));
  g_assert_false (rp_kind_is_hard (RP_KIND_RECOVERY));
  g_assert_false (rp_kind_is_running (RP_KIND_CROSS_TRAINING));
  g_assert_false (rp_kind_is_running (RP_KIND_REST));
  g_assert_true (rp_kind_is_running (RP_KIND_EASY));
  g_assert_cmpint (rp_kind_get_info (RP_KIND_INTERVALS)->rpe, ==, 8);
  g_assert_cmpfloat (rp_kind_get_info (RP_KIND_MARATHON_PACE)->hard_share, ==, 0.75);
  g_assert_cmpint (rp_kind_get_info (RP_KIND_MARATHON_PACE)->default_distance_m, ==, 16000);
}

static void
test_plan_aligns_start (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (ymd (2026, 11, 26), 2);

  g_assert_cmpuint (rp_plan_get_start (plan), ==, ymd (2026, 11, 23));
  g_assert_cmpuint (rp_plan_get_end (plan), ==, ymd (2026, 12, 6));
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 2);
}

static void
on_changed_cb (RpPlan *plan,
               guint   first,
               guint   last,
               gpointer user_data)
{
  guint *counts = user_data;

  counts[0]++;
  counts[1] = first;
  counts[2] = last;
}

static void
test_plan_workouts_and_changed (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (ymd (2026, 11, 23), 1);
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  g_autoptr(RpWorkout) easy = rp_workout_new (RP_KIND_EASY);
  RpDate wednesday = ymd (2026, 11, 25);
  guint counts[3] = { 0, };

  g_signal_connect (plan, "changed", G_CALLBACK (on_changed_cb), counts);

  g_assert_true (rp_plan_insert_workout (plan, wednesday, G_MAXUINT, tempo, NULL));
  g_assert_cmpuint (counts[0], ==, 1);
  g_assert_cmpuint (counts[1], ==, wednesday);
  g_assert_cmpuint (counts[2], ==, wednesday);
  g_assert_cmpuint (rp_workout_get_date (tempo), ==, wednesday);

  rp_plan_insert_workout (plan, wednesday, 0, easy, NULL);
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, wednesday), ==, 2);
  g_assert_true (rp_plan_get_workout (plan, wednesday, 0) == easy);

  rp_workout_set_pinned (tempo, TRUE);
  rp_plan_freeze_changed (plan);
  rp_plan_clear_unpinned (plan, wednesday);
  rp_plan_set_week_target_override (plan, 0, 50000);
  g_assert_cmpuint (counts[0], ==, 2);
  rp_plan_thaw_changed (plan);
  g_assert_cmpuint (counts[0], ==, 3);
  g_assert_cmpuint (counts[1], ==, ymd (2026, 11, 23));
  g_assert_cmpuint (counts[2], ==, ymd (2026, 11, 29));

  g_assert_cmpuint (rp_plan_get_n_workouts (plan, wednesday), ==, 1);
  g_assert_true (rp_plan_get_workout (plan, wednesday, 0) == tempo);
  g_assert_cmpint (rp_plan_get_week_target (plan, 0), ==, 50000);

  rp_plan_remove_workout (plan, wednesday, 0);
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, wednesday), ==, 0);
}

static void
test_plan_grows (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (ymd (2026, 11, 23), 1);
  g_autoptr(RpWorkout) later = rp_workout_new (RP_KIND_LONG);
  g_autoptr(RpWorkout) earlier = rp_workout_new (RP_KIND_RACE);

  rp_plan_insert_workout (plan, ymd (2026, 12, 10), G_MAXUINT, later, NULL);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 3);
  rp_plan_insert_workout (plan, ymd (2026, 11, 15), G_MAXUINT, earlier, NULL);
  g_assert_cmpuint (rp_plan_get_start (plan), ==, ymd (2026, 11, 9));
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 5);
  g_assert_true (rp_plan_get_workout (plan, ymd (2026, 12, 10), 0) == later);

  g_assert_false (rp_plan_ensure_date (plan, ymd (2300, 1, 1)));
  g_assert_false (rp_plan_ensure_date (plan, RP_DATE_INVALID));
}

static void
test_plan_week_start_change (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (ymd (2026, 11, 23), 2);
  g_autoptr(RpWorkout) sunday = rp_workout_new (RP_KIND_LONG);

  rp_plan_insert_workout (plan, ymd (2026, 12, 6), 0, sunday, NULL);
  rp_athlete_set_week_start (rp_plan_get_athlete (plan), G_DATE_SUNDAY);

  g_assert_cmpint (rp_date_get_weekday (rp_plan_get_start (plan)), ==, G_DATE_SUNDAY);
  g_assert_true (rp_plan_contains (plan, ymd (2026, 12, 6)));
  g_assert_true (rp_plan_get_workout (plan, ymd (2026, 12, 6), 0) == sunday);
}

static void
test_plan_copy_equal (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (ymd (2026, 11, 23), 2);
  g_autoptr(RpPlan) copy = NULL;
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  g_autoptr(RpWorkout) changed = NULL;
  RpStep step = { 6, 800, -1, RP_ZONE_INTERVAL, 400, -1 };

  rp_workout_set_distance_m (tempo, 12000);
  rp_workout_set_notes (tempo, "Hilly route");
  rp_workout_add_step (tempo, &step);
  rp_plan_insert_workout (plan, ymd (2026, 11, 25), 0, tempo, NULL);
  copy = rp_plan_copy (plan);
  g_assert_true (rp_plan_equal (plan, copy));

  changed = rp_workout_copy (tempo);
  g_assert_true (rp_workout_equal (changed, tempo));
  step.repeat = 5;
  rp_workout_clear_steps (changed);
  rp_workout_add_step (changed, &step);
  g_assert_false (rp_workout_equal (changed, tempo));
  rp_plan_replace_workout (copy, ymd (2026, 11, 25), 0, changed);
  g_assert_false (rp_plan_equal (plan, copy));

  rp_plan_replace_workout (copy, ymd (2026, 11, 25), 0, tempo);
  g_assert_true (rp_plan_equal (plan, copy));
  rp_athlete_set_unit (rp_plan_get_athlete (copy), RP_UNIT_MI);
  g_assert_false (rp_plan_equal (plan, copy));
}

static void
test_plan_edit_undo_redo (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (ymd (2026, 11, 23), 1);
  g_autoptr(RpPlan) before = NULL;
  g_autoptr(RpPlan) after = NULL;
  g_autoptr(RpPlanEdit) edit = NULL;
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  g_autoptr(RpWorkout) race = rp_workout_new (RP_KIND_RACE);

  rp_plan_insert_workout (plan, ymd (2026, 11, 25), 0, tempo, NULL);
  before = rp_plan_copy (plan);

  rp_plan_begin_edit (plan);
  rp_plan_remove_workout (plan, ymd (2026, 11, 25), 0);
  rp_plan_insert_workout (plan, ymd (2026, 12, 20), 0, race, NULL);
  rp_plan_set_week_target_override (plan, 0, 60000);
  rp_athlete_set_goal (rp_plan_get_athlete (plan), RP_RACE_MARATHON);
  edit = rp_plan_end_edit (plan);
  g_assert_nonnull (edit);
  after = rp_plan_copy (plan);

  rp_plan_edit_undo (edit, plan);
  g_assert_true (rp_plan_equal (plan, before));
  rp_plan_edit_redo (edit, plan);
  g_assert_true (rp_plan_equal (plan, after));
  rp_plan_edit_undo (edit, plan);
  g_assert_true (rp_plan_equal (plan, before));

  /* An edit that changes nothing is no edit. */
  rp_plan_begin_edit (plan);
  rp_plan_set_week_target_override (plan, 0, RP_PLAN_TARGET_DEFAULT);
  g_assert_null (rp_plan_end_edit (plan));

  /* A week off (0) is a target of its own, undone back to no target. */
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 0), ==, RP_PLAN_TARGET_DEFAULT);
  rp_plan_begin_edit (plan);
  rp_plan_set_week_target_override (plan, 0, 0);
  g_clear_pointer (&edit, rp_plan_edit_free);
  edit = rp_plan_end_edit (plan);
  g_assert_nonnull (edit);
  g_assert_cmpint (rp_plan_get_week_target (plan, 0), ==, 0);
  g_assert_false (rp_plan_equal (plan, before));
  rp_plan_edit_undo (edit, plan);
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 0), ==, RP_PLAN_TARGET_DEFAULT);
  g_assert_true (rp_plan_equal (plan, before));
}

/* The default weekly volume is a round figure in the runner's unit: 40 km,
 * 25 mi = 25 × 1609.344 = 40 233.6, 40 234 m. A new plan turns a default of
 * either unit into the runner's unit's; a volume the runner chose stays. */
static void
test_athlete_new_plan_volume (void)
{
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();

  g_assert_cmpint (rp_default_volume_m (RP_UNIT_KM), ==, 40000);
  g_assert_cmpint (rp_default_volume_m (RP_UNIT_MI), ==, 40234);
  g_assert_cmpint (rp_athlete_get_new_plan_volume_m (athlete), ==, 40000);

  rp_athlete_set_unit (athlete, RP_UNIT_MI);
  g_assert_cmpint (rp_athlete_get_volume_m (athlete), ==, 40000);
  g_assert_cmpint (rp_athlete_get_new_plan_volume_m (athlete), ==, 40234);
  rp_athlete_set_volume_m (athlete, 30000);
  g_assert_cmpint (rp_athlete_get_new_plan_volume_m (athlete), ==, 30000);

  rp_athlete_set_unit (athlete, RP_UNIT_KM);
  rp_athlete_set_volume_m (athlete, 40234);
  g_assert_cmpint (rp_athlete_get_new_plan_volume_m (athlete), ==, 40000);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GPtrArray  *names)
{
  g_ptr_array_add (names, (gpointer) g_param_spec_get_name (pspec));
}

static gboolean
notified (GPtrArray  *names,
          const char *name)
{
  guint n = 0;

  for (guint i = 0; i < names->len; i++)
    n += g_strcmp0 (g_ptr_array_index (names, i), name) == 0;
  g_assert_cmpuint (n, <=, 1);

  return n == 1;
}

/* Every setting is a property, notified once when it changes and never
 * when it does not, so that settings rows can bind to it; the paces are
 * assumed until a race result or typed paces exist. */
static void
test_athlete_properties (void)
{
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();
  g_autoptr(RpAthlete) other = rp_athlete_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  RpPaces typed = { .threshold = 255 };
  guint unit;
  gint64 volume;
  gboolean assumed;

  g_signal_connect (athlete, "notify", G_CALLBACK (count_notify_cb), names);

  g_object_set (athlete, "volume-m", (gint64) 50000, "unit", (guint) RP_UNIT_MI, NULL);
  g_assert_cmpint (rp_athlete_get_volume_m (athlete), ==, 50000);
  g_assert_cmpint (rp_athlete_get_unit (athlete), ==, RP_UNIT_MI);
  g_assert_true (notified (names, "volume-m"));
  g_assert_true (notified (names, "unit"));
  /* The unit's default minimum easy run follows the unit. */
  g_assert_true (notified (names, "min-easy-m"));
  g_assert_false (notified (names, "goal"));

  g_ptr_array_set_size (names, 0);
  g_object_set (athlete, "volume-m", (gint64) 50000, "week-start", (guint) G_DATE_MONDAY, NULL);
  g_assert_cmpuint (names->len, ==, 0);

  g_object_set (athlete, "week-start", (guint) G_DATE_SUNDAY, "rest-days", 0x41u,
                "recovery-preference", (guint) RP_RECOVERY_WALK, "goal", (guint) RP_RACE_10K,
                NULL);
  g_assert_cmpint (rp_athlete_get_week_start (athlete), ==, G_DATE_SUNDAY);
  g_assert_cmpuint (rp_athlete_get_rest_days (athlete), ==, 0x41);
  g_assert_cmpint (rp_athlete_get_recovery_preference (athlete), ==, RP_RECOVERY_WALK);
  g_assert_cmpint (rp_athlete_get_goal (athlete), ==, RP_RACE_10K);
  g_assert_cmpuint (names->len, ==, 4);

  g_object_get (athlete, "paces-assumed", &assumed, "unit", &unit, "volume-m", &volume, NULL);
  g_assert_true (assumed);
  g_assert_cmpuint (unit, ==, RP_UNIT_MI);
  g_assert_cmpint (volume, ==, 50000);

  g_ptr_array_set_size (names, 0);
  rp_athlete_set_manual_paces (athlete, &typed);
  g_assert_true (notified (names, "has-manual-paces"));
  g_assert_true (notified (names, "paces-assumed"));
  g_ptr_array_set_size (names, 0);
  rp_athlete_set_race_result (athlete, 10000, 45 * 60);
  g_assert_true (notified (names, "has-race-result"));
  g_assert_true (notified (names, "race-distance-m"));
  g_assert_true (notified (names, "race-time-s"));
  g_assert_false (notified (names, "paces-assumed"));

  /* Assigning notifies what differs, as the setters do. */
  g_ptr_array_set_size (names, 0);
  rp_athlete_assign (athlete, other);
  g_assert_true (notified (names, "goal"));
  g_assert_true (notified (names, "paces-assumed"));
  g_assert_true (notified (names, "has-race-result"));
  g_object_get (athlete, "paces-assumed", &assumed, NULL);
  g_assert_true (assumed);
}

/* The workout on date whose id is id, or NULL. */
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

/* A workout keeps its id through moves and edits, and its sequence and
 * time of change move with them (a calendar sees the same event
 * modified); a copy is a new workout with an id of its own. */
static void
test_workout_identity (void)
{
  RpDate start = ymd (2026, 11, 23);
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();
  g_autoptr(RpPlan) plan = rp_plan_new_for_athlete (athlete, start, 2);
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  g_autoptr(RpWorkout) edited = NULL;
  g_autoptr(RpWorkout) same = NULL;
  g_autoptr(RpWorkout) cut = NULL;
  g_autoptr(RpWorkout) as_new = NULL;
  g_autofree char *id = NULL;
  RpWorkout *w, *copy = NULL;

  rp_workout_set_now_for_testing (G_GINT64_CONSTANT (1800000000));
  rp_planner_fill (plan);
  g_assert_null (rp_workout_get_id (tempo));
  rp_workout_set_distance_m (tempo, 10000);
  w = rp_planner_place (plan, start + 2, tempo, NULL);
  g_assert_nonnull (w);
  id = g_strdup (rp_workout_get_id (w));
  g_assert_true (g_uuid_string_is_valid (id));
  g_assert_cmpuint (rp_workout_get_sequence (w), ==, 0);
  g_assert_cmpint (rp_workout_get_modified (w), ==, 0);

  /* Moved: the same id, one change more. */
  g_assert_true (rp_planner_move (plan, start + 2, 0, start + 3, FALSE, NULL));
  g_assert_null (find_id (plan, start + 2, id));
  w = find_id (plan, start + 3, id);
  g_assert_nonnull (w);
  g_assert_cmpuint (rp_workout_get_sequence (w), ==, 1);
  g_assert_cmpint (rp_workout_get_modified (w), ==, G_GINT64_CONSTANT (1800000000));

  /* Copied: a new id; the original keeps its own. */
  rp_workout_set_now_for_testing (G_GINT64_CONSTANT (1800000100));
  g_assert_true (rp_planner_move (plan, start + 3, 0, start + 4, TRUE, NULL));
  g_assert_nonnull (find_id (plan, start + 3, id));
  for (guint i = 0; i < rp_plan_get_n_workouts (plan, start + 4); i++)
    if (rp_workout_get_kind (rp_plan_get_workout (plan, start + 4, i)) == RP_KIND_TEMPO)
      copy = rp_plan_get_workout (plan, start + 4, i);
  g_assert_nonnull (copy);
  g_assert_true (g_uuid_string_is_valid (rp_workout_get_id (copy)));
  g_assert_cmpstr (rp_workout_get_id (copy), !=, id);
  g_assert_cmpuint (rp_workout_get_sequence (copy), ==, 0);

  /* Edited: one change more; replaced by an equal copy: none. */
  edited = rp_workout_copy (find_id (plan, start + 3, id));
  rp_workout_set_distance_m (edited, 12000);
  g_assert_true (rp_planner_replace (plan, start + 3, 0, edited, NULL));
  w = find_id (plan, start + 3, id);
  g_assert_cmpuint (rp_workout_get_sequence (w), ==, 2);
  g_assert_cmpint (rp_workout_get_modified (w), ==, G_GINT64_CONSTANT (1800000100));
  same = rp_workout_copy (w);
  g_assert_true (rp_planner_replace (plan, start + 3, 0, same, NULL));
  g_assert_cmpuint (rp_workout_get_sequence (find_id (plan, start + 3, id)), ==, 2);

  /* Cut and pasted: the same workout, moved. */
  cut = rp_workout_copy (find_id (plan, start + 3, id));
  g_assert_true (rp_planner_remove (plan, start + 3, 0, NULL));
  w = rp_planner_place (plan, start + 9, cut, NULL);
  g_assert_cmpstr (rp_workout_get_id (w), ==, id);
  g_assert_cmpuint (rp_workout_get_sequence (w), ==, 3);
  /* Pasted again while it is in the plan: a new workout. */
  w = rp_planner_place (plan, start + 10, cut, NULL);
  g_assert_cmpstr (rp_workout_get_id (w), !=, id);

  as_new = rp_workout_copy_as_new (w);
  g_assert_null (rp_workout_get_id (as_new));
  g_assert_cmpuint (rp_workout_get_sequence (as_new), ==, 0);
  g_assert_true (rp_workout_equal (as_new, w));

  rp_workout_set_now_for_testing (0);
}

/* The engine re-sizing its own workout of a day keeps that workout's id:
 * a calendar sees the run change, not one go and another come. */
static void
test_workout_identity_engine (void)
{
  RpDate start = ymd (2026, 11, 23);
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();
  g_autoptr(RpPlan) plan = rp_plan_new_for_athlete (athlete, start, 1);
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_changed = 0;

  rp_workout_set_now_for_testing (G_GINT64_CONSTANT (1800000000));
  rp_planner_fill (plan);
  for (RpDate d = start; d < start + 7; d++)
    {
      g_assert_cmpuint (rp_plan_get_n_workouts (plan, d), ==, 1);
      g_ptr_array_add (before, g_object_ref (rp_plan_get_workout (plan, d, 0)));
    }

  rp_athlete_set_volume_m (rp_plan_get_athlete (plan), 70000);
  rp_planner_refill_all (plan);
  for (RpDate d = start; d < start + 7; d++)
    {
      RpWorkout *old = before->pdata[d - start];
      RpWorkout *now;

      g_assert_cmpuint (rp_plan_get_n_workouts (plan, d), ==, 1);
      now = rp_plan_get_workout (plan, d, 0);
      g_assert_cmpstr (rp_workout_get_id (now), ==, rp_workout_get_id (old));
      if (!rp_workout_equal (now, old))
        {
          g_assert_cmpuint (rp_workout_get_sequence (now), ==, rp_workout_get_sequence (old) + 1);
          g_assert_cmpint (rp_workout_get_modified (now), ==, G_GINT64_CONSTANT (1800000000));
          n_changed++;
        }
    }
  g_assert_cmpuint (n_changed, >, 0);
  rp_workout_set_now_for_testing (0);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/date/iso", test_date_iso);
  g_test_add_func ("/model/date/weekday", test_date_weekday);
  g_test_add_func ("/model/kind/names", test_kind_names);
  g_test_add_func ("/model/plan/aligns-start", test_plan_aligns_start);
  g_test_add_func ("/model/plan/workouts-and-changed", test_plan_workouts_and_changed);
  g_test_add_func ("/model/plan/grows", test_plan_grows);
  g_test_add_func ("/model/plan/week-start-change", test_plan_week_start_change);
  g_test_add_func ("/model/plan/copy-equal", test_plan_copy_equal);
  g_test_add_func ("/model/plan/edit-undo-redo", test_plan_edit_undo_redo);
  g_test_add_func ("/model/athlete/new-plan-volume", test_athlete_new_plan_volume);
  g_test_add_func ("/model/athlete/properties", test_athlete_properties);
  g_test_add_func ("/model/workout/identity", test_workout_identity);
  g_test_add_func ("/model/workout/identity-engine", test_workout_identity_engine);

  return g_test_run ();
}
