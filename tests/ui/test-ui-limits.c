/* test-ui-limits.c
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

/* Widget tests of the limits of an edit and of what saving changes
 * (issue 8, items 3, 5 and 8): a drop onto a full day is refused with a
 * toast; the workout editor keeps what the runner did not change, pins a
 * planner workout only by its "Keep as my workout" switch, and refuses
 * notes and durations the file cannot hold. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-plan-command.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-history.h"
#include "rp-settings-window.h"
#include "rp-ui-util.h"
#include "rp-window.h"
#include "rp-workout-editor.h"
#include "ui-test-util.h"

static RpWorkoutEditor *
open_editor (Fixture *fixture,
             RpDate   date,
             int      index)
{
  RpWorkoutEditor *editor = rp_workout_editor_new (GTK_WINDOW (fixture->window),
                                                   rp_window_get_document (fixture->window),
                                                   date, index);

  gtk_window_present (GTK_WINDOW (editor));
  iterate (3);
  return editor;
}

/* The editor's row whose title starts with title. */
static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_PREFERENCES_ROW (child)
          && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title))
        return child;
      if ((found = find_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

static RpWorkout *
tempo (gint64 distance_m)
{
  RpWorkout *workout = rp_workout_new (RP_KIND_TEMPO);

  rp_workout_set_distance_m (workout, distance_m);
  return workout;
}

/* What a view's drop target emits for a drop: the window makes the edit. */
static gboolean
emit_dropped (GtkWidget     *view,
              RpWorkout     *workout,
              RpDate         date,
              GdkDragAction  action)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (view, "workout-dropped", workout, (guint) date, action, &handled);
  return handled;
}

/* A drop on a day that holds 8 workouts is refused and the window's toast
 * says why; a card dropped there from another day stays on its day. */
static void
test_drop_on_full_day (Fixture       *fixture,
                       gconstpointer  data)
{
  RpHistory *history = rp_window_get_history (fixture->window);
  GtkWidget *view = GTK_WIDGET (rp_window_get_week_view (fixture->window));
  RpPlan *plan = rp_window_get_plan (fixture->window);
  g_autoptr(RpWorkout) template_ = tempo (8000);
  g_autoptr(RpPlan) before = NULL;
  RpDate full = fixture->week_start + 2;
  RpDate other = fixture->week_start + 4;
  char iso[RP_DATE_ISO_LEN];
  g_autofree char *expected = NULL;
  RpWorkout *card;

  for (guint i = 0; i < RP_MAX_WORKOUTS_PER_DAY; i++)
    g_assert_nonnull (rp_plan_command_add (plan, history, full, template_, NULL));
  card = rp_plan_command_add (plan, history, other, template_, NULL);
  g_assert_nonnull (card);
  iterate (3);
  before = rp_plan_copy (plan);

  expected = g_strdup_printf ("%s already has 8 workouts, the most a day can hold",
                              rp_date_to_iso (full, iso));
  g_assert_false (emit_dropped (view, template_, full, GDK_ACTION_COPY));
  g_assert_cmpstr (rp_window_get_last_message (fixture->window), ==, expected);
  g_assert_true (rp_plan_equal (plan, before));

  g_assert_false (emit_dropped (view, card, full, GDK_ACTION_MOVE));
  g_assert_cmpstr (rp_window_get_last_message (fixture->window), ==, expected);
  g_assert_true (rp_plan_equal (plan, before));
  g_assert_nonnull (find_pinned (plan, other, RP_KIND_TEMPO));
}

/* Saving the editor unchanged in a miles plan keeps 10,000 m (it became
 * 9,978 m: "6.2 mi" written back), and changes nothing at all. */
static void
test_editor_unchanged_keeps_values (Fixture       *fixture,
                                    gconstpointer  data)
{
  RpPlan *plan = rp_window_get_plan (fixture->window);
  g_autoptr(RpWorkout) template_ = tempo (10000);
  g_autoptr(RpPlan) before = NULL;
  RpDate date = fixture->week_start + 2;
  RpWorkout *placed;
  RpWorkoutEditor *editor;

  rp_athlete_set_unit (rp_plan_get_athlete (plan), RP_UNIT_MI);
  rp_workout_set_duration_s (template_, 2437);
  rp_workout_set_pace (template_, 241, 247);
  rp_workout_set_notes (template_, "  two spaces\tand a tab  ");
  placed = rp_plan_command_add (plan, rp_window_get_history (fixture->window), date, template_,
                                NULL);
  g_assert_nonnull (placed);
  before = rp_plan_copy (plan);

  editor = open_editor (fixture, date, 0);
  g_assert_true (rp_workout_editor_get_keep (editor));
  g_assert_true (rp_workout_editor_save (editor));
  iterate (3);
  g_assert_true (rp_plan_equal (plan, before));
  g_assert_cmpint (rp_workout_get_distance_m (rp_plan_get_workout (plan, date, 0)), ==, 10000);

  /* A changed field is parsed and stored; the others keep their values. */
  editor = open_editor (fixture, date, 0);
  rp_workout_editor_set_distance_text (editor, "7 mi");
  g_assert_true (rp_workout_editor_save (editor));
  iterate (3);
  placed = rp_plan_get_workout (plan, date, 0);
  g_assert_cmpint (rp_workout_get_distance_m (placed), ==, 11265);
  g_assert_cmpint (rp_workout_get_duration_s (placed), ==, 2437);
  g_assert_cmpstr (rp_workout_get_notes (placed), ==, "  two spaces\tand a tab  ");
}

static int
engine_entry_index (RpPlan *plan,
                    RpDate  date)
{
  for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
    {
      RpWorkout *workout = rp_plan_get_workout (plan, date, i);

      if (!rp_workout_get_pinned (workout) && rp_workout_get_kind (workout) != RP_KIND_REST)
        return (int) i;
    }
  return -1;
}

/* A free day of this week with a planner workout that is not rest. */
static RpDate
engine_day (Fixture *fixture)
{
  RpPlan *plan = rp_window_get_plan (fixture->window);

  for (RpDate d = fixture->week_start; d < fixture->week_start + 7; d++)
    if (engine_entry_index (plan, d) >= 0)
      return d;
  g_assert_not_reached ();
}

/* Saving a planner card unchanged leaves it the planner's (it was pinned);
 * changing a field turns "Keep as my workout" on, visibly, and pins it;
 * with the switch turned off again, the change is refused, not lost. */
static void
test_editor_keep_switch (Fixture       *fixture,
                         gconstpointer  data)
{
  RpPlan *plan = rp_window_get_plan (fixture->window);
  RpDate date = engine_day (fixture);
  int index = engine_entry_index (plan, date);
  g_autoptr(RpPlan) before = rp_plan_copy (plan);
  RpWorkoutEditor *editor;
  GtkWidget *keep_row;
  RpWorkout *saved;

  editor = open_editor (fixture, date, index);
  keep_row = find_row (GTK_WIDGET (editor), "Keep as _my workout");
  g_assert_nonnull (keep_row);
  g_assert_true (gtk_widget_get_sensitive (keep_row));
  g_assert_false (rp_workout_editor_get_keep (editor));
  g_assert_true (rp_workout_editor_save (editor));
  iterate (3);
  g_assert_true (rp_plan_equal (plan, before));

  /* Changed, then the switch turned off: refused, and the editor says why. */
  editor = open_editor (fixture, date, index);
  rp_workout_editor_set_distance_text (editor, "11 km");
  g_assert_true (rp_workout_editor_get_keep (editor));
  rp_workout_editor_set_keep (editor, FALSE);
  g_assert_false (rp_workout_editor_save (editor));
  g_assert_nonnull (strstr (rp_workout_editor_get_message (editor), "Keep as my workout"));
  g_assert_true (rp_plan_equal (plan, before));

  /* On again: saved, pinned. */
  rp_workout_editor_set_keep (editor, TRUE);
  g_assert_true (rp_workout_editor_save (editor));
  iterate (3);
  saved = find_pinned (plan, date, rp_workout_get_kind (rp_plan_get_workout (before, date, index)));
  g_assert_nonnull (saved);
  g_assert_cmpint (rp_workout_get_distance_m (saved), ==, 11000);

  /* A pinned workout's switch is on and cannot be turned off here. */
  editor = open_editor (fixture, date, 0);
  keep_row = find_row (GTK_WIDGET (editor), "Keep as _my workout");
  g_assert_true (rp_workout_editor_get_keep (editor));
  g_assert_false (gtk_widget_get_sensitive (keep_row));
}

/* The notes field shows the limit; notes over it and durations over 100 h
 * are marked and Save is refused: nothing is cut (the app cut notes at
 * 4,096 bytes and saved 120 h as 100 h). */
static void
test_editor_limits (Fixture       *fixture,
                    gconstpointer  data)
{
  RpPlan *plan = rp_window_get_plan (fixture->window);
  g_autoptr(RpPlan) before = rp_plan_copy (plan);
  g_autoptr(GString) notes = g_string_new (NULL);
  RpDate date = fixture->week_start + 3;
  RpWorkoutEditor *editor = open_editor (fixture, date, -1);
  GtkWidget *notes_row = find_row (GTK_WIDGET (editor), "_Notes");
  GtkWidget *duration_row = find_row (GTK_WIDGET (editor), "D_uration");
  RpWorkout *saved;

  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (notes_row)),
                            "4,096 bytes at most"));

  for (guint i = 0; i < RP_PLAN_FILE_MAX_STRING / 2; i++)
    g_string_append (notes, "é");
  g_string_append_c (notes, '!');
  rp_workout_editor_set_notes_text (editor, notes->str);
  g_assert_true (gtk_widget_has_css_class (notes_row, "error"));
  g_assert_false (rp_workout_editor_save (editor));
  g_assert_nonnull (strstr (rp_workout_editor_get_message (editor),
                            "The notes are 4097 bytes long: 4,096 bytes at most."));
  g_assert_true (rp_plan_equal (plan, before));

  /* 4,096 bytes are fine; 120 hours are not. */
  g_string_truncate (notes, notes->len - 1);
  rp_workout_editor_set_notes_text (editor, notes->str);
  g_assert_false (gtk_widget_has_css_class (notes_row, "error"));
  rp_workout_editor_set_duration_text (editor, "120:00:00");
  g_assert_false (rp_workout_editor_save (editor));
  g_assert_true (gtk_widget_has_css_class (duration_row, "error"));
  g_assert_nonnull (strstr (rp_workout_editor_get_message (editor), "100 hours"));
  g_assert_true (rp_plan_equal (plan, before));

  rp_workout_editor_set_duration_text (editor, "100:00:00");
  g_assert_true (rp_workout_editor_save (editor));
  iterate (3);
  saved = find_pinned (plan, date, RP_KIND_TEMPO);
  g_assert_nonnull (saved);
  g_assert_cmpstr (rp_workout_get_notes (saved), ==, notes->str);
  g_assert_cmpint (rp_workout_get_duration_s (saved), ==, 360000);
}

/* Plan settings at the ends of the calendar (1900-01-01 … 2200-12-31):
 * a change that would put a week of the plan outside is refused, says
 * why, and the row shows the plan's value again. */

static RpSettingsWindow *
open_settings (Fixture *fixture,
               RpDate   start,
               guint    n_weeks,
               RpDate   week)
{
  g_autoptr(RpPlan) plan = rp_plan_new (start, n_weeks);
  RpSettingsWindow *settings;

  rp_planner_fill (plan);
  rp_window_set_plan (fixture->window, plan, NULL, NULL);
  rp_window_show_week (fixture->window, week);
  settings = rp_settings_window_new (GTK_WINDOW (fixture->window),
                                     rp_window_get_history (fixture->window), week);
  gtk_window_present (GTK_WINDOW (settings));
  iterate (3);

  return settings;
}

static void
assert_unchanged (Fixture *fixture,
                  RpDate   start,
                  guint    n_weeks)
{
  RpPlan *plan = rp_window_get_plan (fixture->window);

  g_assert_cmpuint (rp_plan_get_start (plan), ==, start);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, n_weeks);
  g_assert_false (rp_history_can_undo (rp_window_get_history (fixture->window)));
}

static void
test_settings_target_at_edge (Fixture       *fixture,
                              gconstpointer  data)
{
  RpDate start = rp_date_from_ymd (2200, 11, 3);
  RpDate week = rp_date_from_ymd (2200, 12, 29);   /* its Sunday is in 2201 */
  RpSettingsWindow *settings = open_settings (fixture, start, 4, week);
  GtkWidget *row = find_row (GTK_WIDGET (settings), "Different target");

  g_assert_nonnull (row);
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), TRUE);
  iterate (3);
  assert_unchanged (fixture, start, 4);
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                            "would end after 2200-12-31"));

  /* The last whole week can have its own target. */
  gtk_window_destroy (GTK_WINDOW (settings));
  settings = rp_settings_window_new (GTK_WINDOW (fixture->window),
                                     rp_window_get_history (fixture->window), week - 7);
  row = find_row (GTK_WIDGET (settings), "Different target");
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), TRUE);
  iterate (3);
  g_assert_cmpuint (rp_plan_get_n_weeks (rp_window_get_plan (fixture->window)), ==, 8);
  gtk_window_destroy (GTK_WINDOW (settings));
}

static void
test_settings_week_start_at_edge (Fixture       *fixture,
                                  gconstpointer  data)
{
  struct {
    int year, month, day;
    const char *says;
  } edges[] = {
    { 1900, 1, 1, "would start before 1900-01-01" },
    { 2200, 12, 1, "would end after 2200-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edges); i++)
    {
      RpDate start = rp_date_from_ymd (edges[i].year, edges[i].month, edges[i].day);
      RpSettingsWindow *settings = open_settings (fixture, start, 4, start);
      GtkWidget *row = find_row (GTK_WIDGET (settings), "Week starts on");
      RpPlan *plan;

      adw_combo_row_set_selected (ADW_COMBO_ROW (row), G_DATE_SUNDAY - 1);
      iterate (3);
      plan = rp_window_get_plan (fixture->window);
      assert_unchanged (fixture, start, 4);
      g_assert_cmpint (rp_athlete_get_week_start (rp_plan_get_athlete (plan)), ==, G_DATE_MONDAY);
      g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, G_DATE_MONDAY - 1);
      g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                edges[i].says));
      gtk_window_destroy (GTK_WINDOW (settings));
    }
}

/* Browsing to the ends of the calendar: the first and last whole weeks
 * are shown (no view can show 1899 or 2201), paging past them does
 * nothing, the month views of January 1900 and December 2200 open, and
 * a day outside the calendar cannot be picked. */
static void
test_browse_calendar_ends (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(RpPlan) late = rp_plan_new (rp_date_from_ymd (2200, 11, 3), 4);
  g_autoptr(RpAthlete) sunday = rp_athlete_new ();
  g_autoptr(RpPlan) early = NULL;
  RpWindow *window = fixture->window;
  RpWeekView *week_view = rp_window_get_week_view (window);
  RpDate last_week = rp_date_from_ymd (2200, 12, 22);
  RpDate first_week = rp_date_from_ymd (1900, 1, 7);

  rp_planner_fill (late);
  rp_window_set_plan (window, late, NULL, NULL);
  rp_window_show_week (window, rp_date_from_ymd (2200, 12, 31));
  g_assert_cmpuint (rp_window_get_week_start (window), ==, last_week);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "week.next", NULL));
  g_assert_cmpuint (rp_window_get_week_start (window), ==, last_week);
  g_signal_emit_by_name (week_view, "navigate", 1);
  g_assert_cmpuint (rp_window_get_week_start (window), ==, last_week);
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("month"));
  iterate (3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "week.next", NULL));
  iterate (3);
  g_signal_emit_by_name (rp_window_get_month_view (window), "day-activated",
                         (guint) rp_date_from_ymd (2200, 12, 31) + 3);
  iterate (3);
  g_assert_cmpuint (rp_window_get_week_start (window), ==, last_week);
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("week"));

  rp_athlete_set_week_start (sunday, G_DATE_SUNDAY);
  early = rp_plan_new_for_athlete (sunday, first_week, 4);
  rp_planner_fill (early);
  rp_window_set_plan (window, early, NULL, NULL);
  rp_window_show_week (window, rp_date_from_ymd (1900, 1, 1));
  g_assert_cmpuint (rp_window_get_week_start (window), ==, first_week);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "week.previous", NULL));
  g_assert_cmpuint (rp_window_get_week_start (window), ==, first_week);
  g_signal_emit_by_name (week_view, "navigate", -1);
  g_assert_cmpuint (rp_window_get_week_start (window), ==, first_week);
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("month"));
  iterate (3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "week.previous", NULL));
  iterate (3);
  g_action_group_activate_action (G_ACTION_GROUP (window), "view", g_variant_new_string ("week"));
  g_assert_cmpuint (rp_plan_get_n_weeks (rp_window_get_plan (window)), ==, 4);
}

static GtkSpinButton *
find_spin (GtkWidget *widget)
{
  if (GTK_IS_SPIN_BUTTON (widget))
    return GTK_SPIN_BUTTON (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkSpinButton *found = find_spin (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Looking through the settings of a miles plan changes nothing: the
 * spin buttons show 24.9 mi for 40 km, and their update (on focus out)
 * wrote 24.9 mi (40,073 m) back and refilled the plan. */
static void
test_settings_unchanged_keep_values (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(RpPlan) plan = rp_plan_new (fixture->week_start, 4);
  RpAthlete *athlete = rp_plan_get_athlete (plan);
  RpSettingsWindow *settings;
  const char *rows[] = { "Default target", "Target" };

  rp_athlete_set_unit (athlete, RP_UNIT_MI);
  rp_athlete_set_volume_m (athlete, 40000);
  rp_plan_set_week_target_override (plan, 1, 33333);
  rp_planner_fill (plan);
  rp_window_set_plan (fixture->window, plan, NULL, NULL);
  settings = rp_settings_window_new (GTK_WINDOW (fixture->window),
                                     rp_window_get_history (fixture->window),
                                     fixture->week_start + 7);
  gtk_window_present (GTK_WINDOW (settings));
  iterate (3);

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *row = find_row (GTK_WIDGET (settings), rows[i]);
      GtkSpinButton *spin = row != NULL ? find_spin (row) : NULL;

      g_assert_nonnull (spin);
      gtk_spin_button_update (spin);
    }
  iterate (3);

  g_assert_cmpint (rp_athlete_get_volume_m (rp_plan_get_athlete (plan)), ==, 40000);
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 1), ==, 33333);
  g_assert_false (rp_history_can_undo (rp_window_get_history (fixture->window)));
  gtk_window_destroy (GTK_WINDOW (settings));
}

/* A week off in Plan Settings: the week's own target switched on at 0
 * is a week off (target 0), shown again as on at 0; switched off, the
 * week has no target of its own and takes the 40 km default. */
static void
test_settings_week_off (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(RpPlan) plan = rp_plan_new (fixture->week_start, 4);
  RpSettingsWindow *settings;
  GtkWidget *row;
  GtkSpinButton *spin;

  rp_athlete_set_volume_m (rp_plan_get_athlete (plan), 40000);
  rp_planner_fill (plan);
  rp_window_set_plan (fixture->window, plan, NULL, NULL);
  settings = rp_settings_window_new (GTK_WINDOW (fixture->window),
                                     rp_window_get_history (fixture->window),
                                     fixture->week_start + 7);
  gtk_window_present (GTK_WINDOW (settings));
  iterate (3);

  row = find_row (GTK_WIDGET (settings), "Target");
  spin = row != NULL ? find_spin (row) : NULL;
  g_assert_nonnull (spin);
  row = gtk_widget_get_ancestor (GTK_WIDGET (spin), ADW_TYPE_EXPANDER_ROW);
  g_assert_nonnull (row);
  g_assert_false (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));

  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), TRUE);
  gtk_spin_button_set_value (spin, 0.0);
  iterate (3);
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 1), ==, 0);
  g_assert_cmpint (rp_plan_get_week_summary (plan, 1)->volume_m, ==, 0);
  gtk_window_destroy (GTK_WINDOW (settings));

  settings = rp_settings_window_new (GTK_WINDOW (fixture->window),
                                     rp_window_get_history (fixture->window),
                                     fixture->week_start + 7);
  gtk_window_present (GTK_WINDOW (settings));
  iterate (3);
  spin = find_spin (find_row (GTK_WIDGET (settings), "Target"));
  row = gtk_widget_get_ancestor (GTK_WIDGET (spin), ADW_TYPE_EXPANDER_ROW);
  g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (row)));
  g_assert_cmpfloat (gtk_spin_button_get_value (spin), ==, 0.0);

  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (row), FALSE);
  iterate (3);
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 1), ==, RP_PLAN_TARGET_DEFAULT);
  g_assert_cmpint (rp_plan_get_week_target (plan, 1), ==, 40000);
  gtk_window_destroy (GTK_WINDOW (settings));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  UI_TEST_ADD ("/ui-limits/drop-on-full-day", test_drop_on_full_day);
  UI_TEST_ADD ("/ui-limits/editor/unchanged-keeps-values", test_editor_unchanged_keeps_values);
  UI_TEST_ADD ("/ui-limits/editor/keep-switch", test_editor_keep_switch);
  UI_TEST_ADD ("/ui-limits/editor/limits", test_editor_limits);
  UI_TEST_ADD ("/ui-limits/settings/target-at-edge", test_settings_target_at_edge);
  UI_TEST_ADD ("/ui-limits/settings/week-off", test_settings_week_off);
  UI_TEST_ADD ("/ui-limits/browse/calendar-ends", test_browse_calendar_ends);
  UI_TEST_ADD ("/ui-limits/settings/unchanged-keep-values", test_settings_unchanged_keep_values);
  UI_TEST_ADD ("/ui-limits/settings/week-start-at-edge", test_settings_week_start_at_edge);

  return ui_test_run ();
}
