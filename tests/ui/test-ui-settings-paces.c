/* test-ui-settings-paces.c
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

/* Plan Settings: a runner with no race result types their paces (issue
 * 9), stored as one undoable edit; what cannot be used is refused. */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include <glib/gstdio.h>

#include "rp-date.h"
#include "rp-document.h"
#include "rp-kind.h"
#include "rp-paces.h"
#include "rp-parse.h"
#include "rp-plan-file.h"
#include "rp-settings-window.h"
#include "rp-window.h"
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
open_settings (Fixture *fixture)
{
  GtkWidget *settings = GTK_WIDGET (rp_settings_window_new (GTK_WINDOW (fixture->window),
                                                            rp_window_get_history (fixture->window),
                                                            fixture->week_start));

  gtk_window_present (GTK_WINDOW (settings));
  wait_ms (100);

  return settings;
}

/* The entry of a pace row. */
static GtkWidget *
pace_entry (GtkWidget  *settings,
            const char *title)
{
  GtkWidget *row = find_row (settings, title);
  GtkWidget *entry;

  g_assert_nonnull (row);
  entry = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
  g_assert_true (GTK_IS_ENTRY (entry));

  return entry;
}

static void
type_pace (GtkWidget  *settings,
           const char *title,
           const char *text)
{
  GtkWidget *entry = pace_entry (settings, title);

  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "activate");
  iterate (5);
}

static const char *
vdot_text (GtkWidget *settings)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (settings, "VDOT")));
}

/* Typed paces are stored in the plan's athlete: only those typed (the
 * assumed VDOT 40 paces shown before are not the runner's); undo takes
 * each edit back. */
static void
test_typed_paces_stored (Fixture       *fixture,
                         gconstpointer  data)
{
  RpAthlete *athlete = rp_plan_get_athlete (fixture->plan);
  RpHistory *history = rp_window_get_history (fixture->window);
  GtkWidget *settings;
  RpPaces typed;

  g_assert_false (rp_athlete_get_race_result (athlete, NULL, NULL));
  settings = open_settings (fixture);
  g_assert_true (gtk_widget_get_visible (pace_entry (settings, "Threshold")));
  g_assert_false (rp_history_can_undo (history));

  /* T 4:15/km: 255 s/km; the zones not typed stay empty. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pace_entry (settings, "Threshold"))),
                   !=, "4:15");
  type_pace (settings, "Threshold", "4:15");
  g_assert_true (rp_athlete_get_manual_paces (athlete, &typed));
  g_assert_cmpfloat (typed.threshold, ==, 255);
  g_assert_cmpfloat (typed.marathon, ==, 0);
  g_assert_cmpfloat (typed.easy_fast, ==, 0);
  g_assert_cmpfloat (typed.easy_slow, ==, 0);
  g_assert_cmpfloat (typed.recovery, ==, 0);
  g_assert_cmpstr (vdot_text (settings), ==, "None: typed paces");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pace_entry (settings, "Threshold"))),
                   ==, "4:15");
  /* The empty zones hint at the paces T implies: T 4:15/km is VDOT 50
   * (Daniels' tables: T 4:15, E 4:56-5:34, M 4:31), so E's hint reads
   * 4:56-5:34 give or take the second our formula differs by. */
  {
    const char *hint = gtk_entry_get_placeholder_text (GTK_ENTRY (pace_entry (settings, "Easy")));

    g_test_message ("E hint: %s", hint);
    g_assert_nonnull (hint);
    g_assert_true (g_str_has_prefix (hint, "4:56-5:3") || g_str_has_prefix (hint, "4:57-5:3"));
    g_assert_true (g_str_has_suffix (hint, ":33") || g_str_has_suffix (hint, ":34"));
    g_assert_true (g_str_has_prefix (gtk_entry_get_placeholder_text (GTK_ENTRY (pace_entry (settings, "Marathon"))),
                                     "4:3"));
  }

  /* E as a range (an en dash too); T typed before stays. */
  type_pace (settings, "Easy", "5:00–5:40");
  g_assert_true (rp_athlete_get_manual_paces (athlete, &typed));
  g_assert_cmpfloat (typed.easy_fast, ==, 300);
  g_assert_cmpfloat (typed.easy_slow, ==, 340);
  g_assert_cmpfloat (typed.threshold, ==, 255);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pace_entry (settings, "Easy"))),
                   ==, "5:00-5:40");

  /* Each edit is one undo step. */
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Change Plan Settings");
  g_assert_true (rp_history_undo (history));
  iterate (5);
  g_assert_true (rp_athlete_get_manual_paces (athlete, &typed));
  g_assert_cmpfloat (typed.easy_fast, ==, 0);
  g_assert_cmpfloat (typed.threshold, ==, 255);
  g_assert_true (rp_history_undo (history));
  iterate (5);
  g_assert_false (rp_athlete_get_manual_paces (athlete, NULL));
  g_assert_false (rp_history_can_undo (history));
  g_assert_true (g_str_has_prefix (vdot_text (settings), "40.0 (assumed"));
}

/* Stored paces the rows round (a file, the command line) keep their
 * values exactly when another row is typed, or Enter pressed on them. */
static void
test_unchanged_paces_kept (Fixture       *fixture,
                           gconstpointer  data)
{
  RpAthlete *athlete = rp_plan_get_athlete (fixture->plan);
  RpPaces stored = { .easy_fast = 300.4, .easy_slow = 340.6, .marathon = 281.3,
                     .recovery = 371.7 };
  GtkWidget *settings;
  RpPaces typed;

  rp_athlete_set_manual_paces (athlete, &stored);
  settings = open_settings (fixture);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pace_entry (settings, "Marathon"))),
                   ==, "4:41");
  g_signal_emit_by_name (pace_entry (settings, "Marathon"), "activate");
  g_assert_false (rp_history_can_undo (rp_window_get_history (fixture->window)));

  type_pace (settings, "Interval", "3:50");
  g_assert_true (rp_athlete_get_manual_paces (athlete, &typed));
  g_assert_cmpfloat (typed.interval, ==, 230);
  g_assert_cmpfloat (typed.easy_fast, ==, 300.4);
  g_assert_cmpfloat (typed.easy_slow, ==, 340.6);
  g_assert_cmpfloat (typed.marathon, ==, 281.3);
  g_assert_cmpfloat (typed.recovery, ==, 371.7);
  g_assert_cmpfloat (typed.threshold, ==, 0);
}

/* A pace that cannot be read marks its row and says what it takes; a
 * recovery faster than the slow end of E is refused with the core's
 * reason. Neither changes the plan. */
static void
test_bad_paces_refused (Fixture       *fixture,
                        gconstpointer  data)
{
  RpAthlete *athlete = rp_plan_get_athlete (fixture->plan);
  RpHistory *history = rp_window_get_history (fixture->window);
  GtkWidget *settings = open_settings (fixture);
  GtkWidget *threshold = pace_entry (settings, "Threshold");
  GtkWidget *recovery = pace_entry (settings, "Recovery");
  const char *why;

  gtk_editable_set_text (GTK_EDITABLE (threshold), "4:1x");
  g_assert_true (gtk_widget_has_css_class (threshold, "error"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (settings, "Threshold"))),
                            "e.g. 4:15"));
  g_signal_emit_by_name (threshold, "activate");
  g_assert_false (rp_athlete_get_manual_paces (athlete, NULL));
  g_assert_false (rp_history_can_undo (history));
  g_assert_true (gtk_widget_has_css_class (threshold, "error"));

  /* Correcting it clears the mark. */
  gtk_editable_set_text (GTK_EDITABLE (threshold), "4:15");
  g_assert_false (gtk_widget_has_css_class (threshold, "error"));

  /* E 5:00-5:40, recovery 5:30: faster than E's slow end. */
  gtk_editable_set_text (GTK_EDITABLE (pace_entry (settings, "Easy")), "5:00-5:40");
  gtk_editable_set_text (GTK_EDITABLE (recovery), "5:30");
  g_signal_emit_by_name (recovery, "activate");
  iterate (5);
  g_assert_false (rp_athlete_get_manual_paces (athlete, NULL));
  g_assert_false (rp_history_can_undo (history));
  g_assert_true (gtk_widget_has_css_class (recovery, "error"));
  why = adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (settings, "Recovery")));
  g_assert_nonnull (strstr (why, "a recovery pace of 330 s/km is faster than the slow end of "
                                 "easy (340 s/km)"));
}

/* In miles the rows read and take minutes per mile. */
static void
test_paces_in_miles (Fixture       *fixture,
                     gconstpointer  data)
{
  RpAthlete *athlete = rp_plan_get_athlete (fixture->plan);
  GtkWidget *settings;
  RpPaces typed;
  int expected;

  rp_athlete_set_unit (athlete, RP_UNIT_MI);
  settings = open_settings (fixture);
  type_pace (settings, "Threshold", "7:00");
  g_assert_true (rp_parse_pace ("7:00/mi", &expected));
  g_assert_true (rp_athlete_get_manual_paces (athlete, &typed));
  g_assert_cmpfloat (typed.threshold, ==, expected);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pace_entry (settings, "Threshold"))),
                   ==, "7:00");
}

/* With a race result the paces come from it: nothing to type. */
static void
test_race_result_paces_read_only (Fixture       *fixture,
                                  gconstpointer  data)
{
  GtkWidget *settings;

  rp_athlete_set_race_result (rp_plan_get_athlete (fixture->plan), 10000, 45 * 60);
  settings = open_settings (fixture);
  g_assert_false (gtk_widget_get_visible (pace_entry (settings, "Threshold")));
}

static GtkWidget *
find_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child))
        return child;
      if ((found = find_button (child)) != NULL)
        return found;
    }

  return NULL;
}

/* A race time typed and applied with Enter: one undo step, and the row's
 * apply button goes (it came back when the plan's change set the row's
 * text again, issue 10 item 14). */
static void
test_race_time_enter_clears_apply (Fixture       *fixture,
                                   gconstpointer  data)
{
  RpAthlete *athlete = rp_plan_get_athlete (fixture->plan);
  RpHistory *history = rp_window_get_history (fixture->window);
  GtkWidget *settings = open_settings (fixture);
  GtkWidget *row = find_row (settings, "Time (e.g. 45:00 or 1:31:35)");
  GtkWidget *apply;
  gint64 distance;
  gint64 time;

  g_assert_nonnull (row);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (settings, "Distance")), 1 + RP_RACE_10K);
  iterate (3);
  g_assert_false (rp_history_can_undo (history));

  gtk_widget_grab_focus (row);
  iterate (3);
  apply = find_button (row);
  g_assert_nonnull (apply);
  gtk_editable_set_text (GTK_EDITABLE (row), "45:00");
  iterate (3);
  g_assert_true (gtk_widget_get_visible (apply));

  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
  iterate (5);
  g_assert_true (rp_athlete_get_race_result (athlete, &distance, &time));
  g_assert_cmpint (distance, ==, 10000);
  g_assert_cmpint (time, ==, 45 * 60);
  g_assert_false (gtk_widget_get_visible (apply));
  g_assert_true (rp_history_undo (history));
  iterate (3);
  g_assert_false (rp_history_can_undo (history));
  g_assert_false (rp_athlete_get_race_result (athlete, NULL, NULL));
}

/* The rows follow the athlete's properties: undo, or a change from
 * elsewhere, shows at once and is no edit of its own. */
static void
test_rows_follow_athlete (Fixture       *fixture,
                          gconstpointer  data)
{
  RpAthlete *athlete = rp_plan_get_athlete (fixture->plan);
  RpHistory *history = rp_window_get_history (fixture->window);
  GtkWidget *settings = open_settings (fixture);
  AdwComboRow *unit = ADW_COMBO_ROW (find_row (settings, "Display unit"));
  GtkWidget *sunday = find_row (settings, "Sunday");
  GtkWidget *sunday_switch;

  g_assert_nonnull (sunday);
  sunday_switch = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (sunday));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sunday_switch)));

  /* A runner's change: one step each. */
  adw_combo_row_set_selected (unit, RP_UNIT_MI);
  gtk_switch_set_active (GTK_SWITCH (sunday_switch), TRUE);
  iterate (3);
  g_assert_cmpint (rp_athlete_get_unit (athlete), ==, RP_UNIT_MI);
  g_assert_true (rp_athlete_is_rest_day (athlete, G_DATE_SUNDAY));
  g_assert_true (rp_athlete_is_rest_day (athlete, G_DATE_MONDAY));

  /* Undo brings the rows back, and makes no step of its own. */
  g_assert_true (rp_history_undo (history));
  iterate (3);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sunday_switch)));
  g_assert_true (rp_history_undo (history));
  iterate (3);
  g_assert_cmpuint (adw_combo_row_get_selected (unit), ==, RP_UNIT_KM);
  g_assert_false (rp_history_can_undo (history));
  g_assert_true (rp_history_can_redo (history));

  /* Several rest days at once (a file, the command line): the switches
   * follow, and none of them writes back. */
  rp_athlete_set_rest_days (athlete, 0x60);
  iterate (3);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (sunday_switch)));
  g_assert_cmpuint (rp_athlete_get_rest_days (athlete), ==, 0x60);
  g_assert_false (rp_history_can_undo (history));
}

/* The strings of a combo row's model, from position first on. */
static void
assert_model (GtkWidget          *row,
              guint               first,
              const char * const *expected,
              guint               n)
{
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row));

  g_assert_cmpuint (g_list_model_get_n_items (model), >=, first + n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), first + i),
                     ==, expected[i]);
}

/* The races and weekdays the rows list are core's (rp_race_get_label,
 * rp_date_weekday_name), in their values' order: no template repeats
 * them. */
static void
test_rows_name_core (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *settings = open_settings (fixture);
  const char *races[RP_N_RACES];
  const char *days[7];

  for (guint i = 0; i < RP_N_RACES; i++)
    races[i] = rp_race_get_label ((RpRace) i);
  for (guint i = 0; i < 7; i++)
    days[i] = rp_date_weekday_name ((GDateWeekday) (G_DATE_MONDAY + i));
  g_assert_cmpstr (races[RP_RACE_HALF], ==, "Half Marathon");

  assert_model (find_row (settings, "Goal race"), 0, races, RP_N_RACES);
  assert_model (find_row (settings, "Distance"), 1, races, RP_N_RACES);
  assert_model (find_row (settings, "Week starts on"), 0, days, 7);
  for (guint i = 0; i < 7; i++)
    {
      GtkWidget *row = find_row (settings, days[i]);

      g_assert_nonnull (row);
      assert_label (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)), days[i]);
    }

  gtk_window_destroy (GTK_WINDOW (settings));
}

/* Waits (bounded, for a hung test only) until done (fixture) holds. */
static void
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && !done (data); i++)
    wait_ms (10);
  g_assert_true (done (data));
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_IS_REGULAR);
}

static gboolean
document_idle (gpointer window)
{
  RpDocument *document = rp_window_get_document (window);

  return !rp_document_get_busy (document) && !rp_document_get_modified (document);
}

static gboolean
has_calendar_message (gpointer window)
{
  const char *message = rp_window_get_last_message (window);

  return message != NULL && strstr (message, "calendar file was not written") != NULL;
}

/* Plan Settings' "Calendar file" switch: the plan's setting, one undoable
 * edit; while on, each save of the plan (the autosave) writes PLAN.ics
 * beside it; opening a plan writes nothing; a calendar file that cannot
 * be written is said in a toast, the plan saved all the same. */
static void
test_calendar_file_switch (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("test-ui-calendar-XXXXXX", NULL);
  g_autofree char *plan_path = g_build_filename (dir, "plan.runplan.json", NULL);
  g_autofree char *ics_path = g_build_filename (dir, "plan.ics", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (plan_path);
  g_autoptr(RpPlan) plan = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(GError) error = NULL;
  RpHistory *history;
  GtkWidget *settings, *row, *sw;

  write_plan (fixture->plan, plan_path);
  plan = rp_plan_file_load (file, &etag, NULL, &error);
  g_assert_no_error (error);
  rp_window_set_plan (fixture->window, plan, file, etag);
  history = rp_window_get_history (fixture->window);

  /* Shown, not edited: nothing is written. */
  iterate (10);
  g_assert_false (g_file_test (ics_path, G_FILE_TEST_EXISTS));

  settings = open_settings (fixture);
  row = find_row (settings, "Calendar file");
  g_assert_nonnull (row);
  sw = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));
  g_assert_true (GTK_IS_SWITCH (sw));
  assert_has_label (sw);
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sw)));

  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  g_assert_true (rp_athlete_get_calendar_file (rp_plan_get_athlete (plan)));
  g_assert_true (rp_history_can_undo (history));
  wait_for (file_exists, ics_path);
  wait_for (document_idle, fixture->window);

  /* Undo turns it off (and the switch follows); saves leave the file. */
  rp_history_undo (history);
  g_assert_false (rp_athlete_get_calendar_file (rp_plan_get_athlete (plan)));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (sw)));
  wait_for (document_idle, fixture->window);

  /* On again, with a folder where the file goes: a toast, the plan saved. */
  g_assert_cmpint (g_unlink (ics_path), ==, 0);
  g_assert_cmpint (g_mkdir (ics_path, 0700), ==, 0);
  gtk_switch_set_active (GTK_SWITCH (sw), TRUE);
  wait_for (has_calendar_message, fixture->window);
  wait_for (document_idle, fixture->window);
  {
    g_autoptr(RpPlan) saved = rp_plan_file_load (file, NULL, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (rp_athlete_get_calendar_file (rp_plan_get_athlete (saved)));
  }
  g_assert_cmpint (g_rmdir (ics_path), ==, 0);

  gtk_window_destroy (GTK_WINDOW (settings));
  rp_window_set_plan (fixture->window, fixture->plan, NULL, NULL);
  g_assert_cmpint (g_unlink (plan_path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  UI_TEST_ADD ("/ui/settings/paces/typed-stored", test_typed_paces_stored);
  UI_TEST_ADD ("/ui/settings/paces/unchanged-kept", test_unchanged_paces_kept);
  UI_TEST_ADD ("/ui/settings/paces/bad-refused", test_bad_paces_refused);
  UI_TEST_ADD ("/ui/settings/paces/miles", test_paces_in_miles);
  UI_TEST_ADD ("/ui/settings/paces/race-result-read-only", test_race_result_paces_read_only);
  UI_TEST_ADD ("/ui/settings/race-time/enter-clears-apply", test_race_time_enter_clears_apply);
  UI_TEST_ADD ("/ui/settings/rows-follow-athlete", test_rows_follow_athlete);
  UI_TEST_ADD ("/ui/settings/rows-name-core", test_rows_name_core);
  UI_TEST_ADD ("/ui/settings/calendar-file", test_calendar_file_switch);

  return ui_test_run ();
}
