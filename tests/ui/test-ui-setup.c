/* test-ui-setup.c
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

/* The first start (issue 10 item 11): when Run Planner creates its first
 * plan, a short setup asks for the goal race and its day, a recent
 * result or none yet, the weekly volume, rest days and the unit; the
 * answers are one undoable edit, Skip leaves the plan as it is, and
 * either is asked once. */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "rp-kind.h"
#include "rp-setup-window.h"
#include "rp-ui-util.h"
#include "ui-test-util.h"

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_child (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static gboolean
wait_idle (RpWindow *window)
{
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && rp_window_is_busy (window); i++)
    wait_ms (10);

  return !rp_window_is_busy (window);
}

static void
set_setup_done (gboolean done)
{
  g_autoptr(GSettings) settings = rp_ui_settings_new ();

  g_assert_nonnull (settings);
  g_settings_set_boolean (settings, "first-start-done", done);
}

static gboolean
setup_done (void)
{
  g_autoptr(GSettings) settings = rp_ui_settings_new ();

  return g_settings_get_boolean (settings, "first-start-done");
}

/* Starts on a new default plan, as at a first start; returns the setup
 * shown over it, or NULL. */
static GtkWidget *
first_start (Fixture *fixture)
{
  clear_default_dir ();
  rp_window_open_at_start (fixture->window, NULL);
  g_assert_true (wait_idle (fixture->window));
  iterate (3);

  return find_toplevel (RP_TYPE_SETUP_WINDOW);
}

static void
choose (GtkWidget  *setup,
        const char *title,
        guint       position)
{
  GtkWidget *row = find_row (setup, title);

  g_assert_nonnull (row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), position);
}

static void
pick_day (GtkWidget *setup,
          RpDate     day)
{
  GtkCalendar *calendar = GTK_CALENDAR (find_child (find_row (setup, "Race day"),
                                                    GTK_TYPE_MENU_BUTTON) != NULL
                                        ? gtk_popover_get_child (gtk_menu_button_get_popover (
                                            GTK_MENU_BUTTON (find_child (find_row (setup, "Race day"),
                                                                         GTK_TYPE_MENU_BUTTON))))
                                        : NULL);
  g_autoptr(GDateTime) time = NULL;
  GDate date;

  g_assert_true (GTK_IS_CALENDAR (calendar));
  rp_date_to_gdate (day, &date);
  time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 0, 0, 0);
  gtk_calendar_select_day (calendar, time);
  g_signal_emit_by_name (calendar, "day-selected");
}

static void
set_switch (GtkWidget  *setup,
            const char *day,
            gboolean    active)
{
  GtkWidget *row = find_row (setup, day);

  g_assert_nonnull (row);
  gtk_switch_set_active (GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row))),
                         active);
}

/* The window's subtitle says when the paces are assumed. */
static gboolean
title_says_assumed (Fixture *fixture)
{
  AdwWindowTitle *title = ADW_WINDOW_TITLE (find_child (GTK_WIDGET (fixture->window),
                                                        ADW_TYPE_WINDOW_TITLE));

  return g_str_has_suffix (adw_window_title_get_subtitle (title), " · assumed paces");
}

static RpWorkout *
pinned_race (RpPlan *plan,
             RpDate  date)
{
  if (!rp_plan_contains (plan, date))
    return NULL;
  for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
    {
      RpWorkout *workout = rp_plan_get_workout (plan, date, i);

      if (rp_workout_get_kind (workout) == RP_KIND_RACE && rp_workout_get_pinned (workout))
        return workout;
    }

  return NULL;
}

/* Every answer reaches the new plan, as one undo step. */
static void
test_setup_complete (Fixture       *fixture,
                     gconstpointer  data)
{
  RpDate today = rp_date_today ();
  /* A marathon on the Sunday 16 weeks on: past the new plan's weeks. */
  RpDate race_day = today + 16 * 7 + (G_DATE_SUNDAY - rp_date_get_weekday (today));
  GtkWidget *setup;
  RpPlan *plan;
  RpAthlete *athlete;
  RpHistory *history;
  GtkSpinButton *volume;
  gint64 distance;
  gint64 time;

  set_setup_done (FALSE);
  setup = first_start (fixture);
  g_assert_nonnull (setup);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (setup)));
  plan = rp_window_get_plan (fixture->window);
  g_assert_false (rp_history_can_undo (rp_window_get_history (fixture->window)));
  /* No goal race: no race day to pick. */
  g_assert_false (gtk_widget_get_sensitive (find_row (setup, "Race day")));

  choose (setup, "Goal race", 1 + RP_RACE_MARATHON);
  g_assert_true (gtk_widget_get_sensitive (find_row (setup, "Race day")));
  pick_day (setup, race_day);
  choose (setup, "Distance", 1 + RP_RACE_10K);
  gtk_editable_set_text (GTK_EDITABLE (find_row (setup, "Time (e.g. 45:00 or 1:31:35)")),
                         "48:30");
  /* 40 km becomes 25 mi with the unit; then the runner's 30 mi. */
  volume = GTK_SPIN_BUTTON (adw_action_row_get_activatable_widget (
                              ADW_ACTION_ROW (find_row (setup, "Weekly volume"))));
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (volume), 40.0, 0.01);
  choose (setup, "Unit", RP_UNIT_MI);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (volume), 25.0, 0.01);
  gtk_spin_button_set_value (volume, 30.0);
  set_switch (setup, "Monday", FALSE);
  set_switch (setup, "Friday", TRUE);
  g_assert_true (gtk_widget_activate_action (setup, "setup.apply", NULL));
  iterate (3);

  g_assert_null (find_toplevel (RP_TYPE_SETUP_WINDOW));
  g_assert_true (setup_done ());
  g_assert_true (rp_window_get_plan (fixture->window) == plan);
  athlete = rp_plan_get_athlete (plan);
  g_assert_cmpint (rp_athlete_get_goal (athlete), ==, RP_RACE_MARATHON);
  g_assert_cmpint (rp_athlete_get_unit (athlete), ==, RP_UNIT_MI);
  g_assert_cmpint (rp_athlete_get_volume_m (athlete), ==, llround (30 * RP_METRES_PER_MILE));
  g_assert_cmpuint (rp_athlete_get_rest_days (athlete), ==, 1u << (G_DATE_FRIDAY - 1));
  g_assert_true (rp_athlete_get_race_result (athlete, &distance, &time));
  g_assert_cmpint (distance, ==, 10000);
  g_assert_cmpint (time, ==, 48 * 60 + 30);
  g_assert_nonnull (pinned_race (plan, race_day));
  /* A result gives the paces: no longer assumed. */
  g_assert_false (rp_athlete_get_paces (athlete)->assumed);
  g_assert_false (title_says_assumed (fixture));
  /* The weeks' targets follow the volume; the rest day is rest. */
  g_assert_cmpint (rp_plan_get_week_target (plan, 0), ==, llround (30 * RP_METRES_PER_MILE));

  history = rp_window_get_history (fixture->window);
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Set Up the Plan");
  g_assert_true (rp_history_undo (history));
  g_assert_false (rp_history_can_undo (history));
  g_assert_cmpint (rp_athlete_get_unit (athlete), ==, RP_UNIT_KM);
  g_assert_false (rp_athlete_get_race_result (athlete, NULL, NULL));
  g_assert_null (pinned_race (plan, race_day));
}

/* Skip leaves the plan as created; the setup is not asked again, nor
 * when a plan file exists. */
static void
test_setup_skip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(RpPlan) before = NULL;
  GtkWidget *setup;

  set_setup_done (FALSE);
  setup = first_start (fixture);
  g_assert_nonnull (setup);
  before = rp_plan_copy (rp_window_get_plan (fixture->window));
  choose (setup, "Goal race", 1 + RP_RACE_5K);
  g_assert_true (gtk_widget_activate_action (setup, "setup.skip", NULL));
  iterate (3);
  g_assert_null (find_toplevel (RP_TYPE_SETUP_WINDOW));
  g_assert_true (setup_done ());
  g_assert_true (rp_plan_equal (rp_window_get_plan (fixture->window), before));
  g_assert_false (rp_history_can_undo (rp_window_get_history (fixture->window)));
  g_assert_true (rp_athlete_get_paces (rp_plan_get_athlete (before))->assumed);
  g_assert_true (title_says_assumed (fixture));

  /* Done once: a new first plan starts without it. */
  g_assert_null (first_start (fixture));
}

/* A plan file that exists is no first start. */
static void
test_setup_not_with_plan_file (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *path = default_plan_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  set_setup_done (FALSE);
  clear_default_dir ();
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  write_plan (fixture->plan, path);
  rp_window_open_at_start (fixture->window, NULL);
  g_assert_true (wait_idle (fixture->window));
  iterate (3);
  g_assert_null (find_toplevel (RP_TYPE_SETUP_WINDOW));
  g_assert_false (setup_done ());
}

/* A race day the plan cannot hold, or one already past, keeps the setup
 * open and says why; nothing is applied. */
static void
test_setup_refuses_past_day (Fixture       *fixture,
                             gconstpointer  data)
{
  GtkWidget *setup;
  GtkWidget *row;

  set_setup_done (FALSE);
  setup = first_start (fixture);
  g_assert_nonnull (setup);
  choose (setup, "Goal race", 1 + RP_RACE_HALF);
  pick_day (setup, rp_date_today () - 3);
  g_assert_true (gtk_widget_activate_action (setup, "setup.apply", NULL));
  iterate (3);
  g_assert_true (find_toplevel (RP_TYPE_SETUP_WINDOW) == setup);
  row = find_row (setup, "Race day");
  g_assert_nonnull (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)));
  g_assert_false (rp_history_can_undo (rp_window_get_history (fixture->window)));
  g_assert_false (setup_done ());

  /* Every control says what it is. */
  assert_has_label (find_child (row, GTK_TYPE_MENU_BUTTON));
  assert_has_label (find_row (setup, "Goal race"));
  assert_has_label (find_row (setup, "Unit"));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  UI_TEST_ADD ("/ui/setup/complete", test_setup_complete);
  UI_TEST_ADD ("/ui/setup/skip", test_setup_skip);
  UI_TEST_ADD ("/ui/setup/not-with-plan-file", test_setup_not_with_plan_file);
  UI_TEST_ADD ("/ui/setup/refuses-past-day", test_setup_refuses_past_day);

  return ui_test_run ();
}
