/* test-ui-edit.c
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

/* Widget tests of editing and files with the real widgets on a real
 * (headless) display: the workout editor, bad files, autosave and reload,
 * the default plan at start-up and the settings. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-plan-command.h"
#include "rp-plan-file.h"
#include "rp-settings-window.h"
#include "rp-steps.h"
#include "rp-ui-util.h"
#include "rp-window.h"
#include "rp-workout-editor.h"
#include "ui-test-util.h"

/* The editor's entry row whose title starts with title. */
static GtkWidget *
find_entry_row (GtkWidget  *widget,
                const char *title)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (ADW_IS_ENTRY_ROW (child)
          && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child)), title))
        return child;
      if ((found = find_entry_row (child, title)) != NULL)
        return found;
    }
  return NULL;
}

/* The editor's steps row, found by its title. */
static GtkWidget *
find_steps_row (GtkWidget *widget)
{
  return find_entry_row (widget, "S_teps");
}

/* A shown label in widget's tree whose text contains text. */
static GtkWidget *
find_shown_label (GtkWidget  *widget,
                  const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_is_visible (child)
          && strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        return child;
      if ((found = find_shown_label (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/* The button in widget's tree that activates action. */
static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_action_button (child, action)) != NULL)
        return found;
    }
  return NULL;
}

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

static void
assert_invalid (GtkWidget *widget,
                gboolean   invalid)
{
  char *message = gtk_test_accessible_check_state (GTK_ACCESSIBLE (widget),
                                                   GTK_ACCESSIBLE_STATE_INVALID,
                                                   invalid ? GTK_ACCESSIBLE_INVALID_TRUE
                                                           : GTK_ACCESSIBLE_INVALID_FALSE);

  if (message != NULL)
    g_error ("%s", message);
}

/* A bad distance, duration or pace is marked and explained: the message
 * says what the field accepts, and goes once the field is fixed. */
static void
test_editor_field_messages (Fixture       *fixture,
                            gconstpointer  data)
{
  RpDate thursday = fixture->week_start + 3;
  g_autoptr(RpPlan) original = rp_plan_copy (fixture->plan);
  RpWorkoutEditor *editor = open_editor (fixture, thursday, -1);
  GtkWidget *distance = find_entry_row (GTK_WIDGET (editor), "_Distance");
  GtkWidget *duration = find_entry_row (GTK_WIDGET (editor), "D_uration");
  GtkWidget *pace = find_entry_row (GTK_WIDGET (editor), "_Pace");

  g_assert_nonnull (distance);
  g_assert_nonnull (duration);
  g_assert_nonnull (pace);
  g_assert_null (find_shown_label (GTK_WIDGET (editor), "Type a"));

  rp_workout_editor_set_distance_text (editor, "ten k");
  gtk_editable_set_text (GTK_EDITABLE (pace), "fast");
  g_assert_false (rp_workout_editor_save (editor));
  iterate (3);
  g_assert_true (rp_plan_equal (fixture->plan, original));
  g_assert_true (gtk_widget_has_css_class (distance, "error"));
  assert_invalid (distance, TRUE);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (editor),
                                      "Type a distance like 10 km, 6.2 mi or 5000 m"));
  g_assert_true (gtk_widget_has_css_class (pace, "error"));
  assert_invalid (pace, TRUE);
  g_assert_nonnull (find_shown_label (GTK_WIDGET (editor), "Type a pace per kilometre like 4:15"));
  g_assert_false (gtk_widget_has_css_class (duration, "error"));
  g_assert_null (find_shown_label (GTK_WIDGET (editor), "Type a duration"));

  gtk_editable_set_text (GTK_EDITABLE (duration), "an hour");
  g_assert_nonnull (find_shown_label (GTK_WIDGET (editor), "Type a duration like 45 min"));
  assert_invalid (duration, TRUE);

  /* Fixed fields lose their mark and message as they are typed. */
  rp_workout_editor_set_distance_text (editor, "10 km");
  gtk_editable_set_text (GTK_EDITABLE (pace), "4:10-4:20");
  gtk_editable_set_text (GTK_EDITABLE (duration), "");
  g_assert_false (gtk_widget_has_css_class (distance, "error"));
  assert_invalid (distance, FALSE);
  assert_invalid (pace, FALSE);
  g_assert_null (find_shown_label (GTK_WIDGET (editor), "Type a"));
  g_assert_true (rp_workout_editor_save (editor));
  iterate (3);
  g_assert_null (find_toplevel (RP_TYPE_WORKOUT_EDITOR));
}

/* Steps typed in the editor: a bad text is marked and explained and saves
 * nothing, without losing the other fields; a good one is saved. */
static void
test_editor_steps (Fixture       *fixture,
                   gconstpointer  data)
{
  RpDate thursday = fixture->week_start + 3;
  g_autoptr(RpPlan) original = rp_plan_copy (fixture->plan);
  g_autofree char *text = NULL;
  RpWorkoutEditor *editor = open_editor (fixture, thursday, -1);
  GtkWidget *row = find_steps_row (GTK_WIDGET (editor));
  GtkWidget *save = find_action_button (GTK_WIDGET (editor), "editor.save");
  RpWorkout *saved;

  g_assert_nonnull (row);
  g_assert_nonnull (save);
  g_assert_true (gtk_widget_get_sensitive (save));
  assert_label (row, "Steps");
  g_assert_null (rp_workout_editor_get_steps_error (editor));

  rp_workout_editor_set_distance_text (editor, "12km");
  rp_workout_editor_set_steps_text (editor, "6 × 800 @ I, 400 m jog");
  g_assert_nonnull (strstr (rp_workout_editor_get_steps_error (editor), "“800” has no unit"));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  assert_invalid (row, TRUE);
  g_assert_false (gtk_widget_get_sensitive (save));
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  g_assert_false (rp_workout_editor_save (editor));
  iterate (3);
  g_assert_true (find_toplevel (RP_TYPE_WORKOUT_EDITOR) == GTK_WIDGET (editor));
  g_assert_true (rp_plan_equal (fixture->plan, original));

  rp_workout_editor_set_steps_text (editor, "2km @ E; 6x800m @ i, 400m jog; 2 km easy");
  g_assert_null (rp_workout_editor_get_steps_error (editor));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  assert_invalid (row, FALSE);
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_true (rp_workout_editor_save (editor));
  iterate (3);
  g_assert_null (find_toplevel (RP_TYPE_WORKOUT_EDITOR));

  saved = find_pinned (fixture->plan, thursday, RP_KIND_TEMPO);
  g_assert_nonnull (saved);
  g_assert_cmpint (rp_workout_get_distance_m (saved), ==, 12000);
  text = rp_steps_format_workout (saved, RP_UNIT_KM);
  g_assert_cmpstr (text, ==, "2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E");

  /* One edit: undo takes the steps with it. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.undo", NULL);
  g_assert_true (rp_plan_equal (fixture->plan, original));
}

/* Steps the text cannot say (a hand-written file's) survive an edit of
 * another field; cleared, they are gone. */
static void
test_editor_steps_kept (Fixture       *fixture,
                        gconstpointer  data)
{
  RpDate tuesday = fixture->week_start + 1;
  RpStep odd = { 200, 10, 300, RP_ZONE_RACE, -1, -1 };
  g_autoptr(RpWorkout) workout = rp_workout_new (RP_KIND_INTERVALS);
  RpWorkoutEditor *editor;
  RpWorkout *placed;

  rp_workout_add_step (workout, &odd);
  placed = rp_plan_command_add (fixture->plan, rp_window_get_history (fixture->window), tuesday,
                                workout, NULL);
  g_assert_nonnull (placed);

  editor = open_editor (fixture, tuesday, rp_ui_find_workout_index (fixture->plan, placed));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_steps_row (GTK_WIDGET (editor)))),
                   ==, "200 × 10 m @ race");
  g_assert_null (rp_workout_editor_get_steps_error (editor));
  rp_workout_editor_set_distance_text (editor, "9km");
  g_assert_true (rp_workout_editor_save (editor));
  iterate (3);

  placed = find_pinned (fixture->plan, tuesday, RP_KIND_INTERVALS);
  g_assert_cmpint (rp_workout_get_distance_m (placed), ==, 9000);
  g_assert_cmpuint (rp_workout_get_n_steps (placed), ==, 1);
  g_assert_true (rp_step_equal (rp_workout_get_step (placed, 0), &odd));

  editor = open_editor (fixture, tuesday, rp_ui_find_workout_index (fixture->plan, placed));
  rp_workout_editor_set_steps_text (editor, "");
  g_assert_true (rp_workout_editor_save (editor));
  iterate (3);
  placed = find_pinned (fixture->plan, tuesday, RP_KIND_INTERVALS);
  g_assert_cmpuint (rp_workout_get_n_steps (placed), ==, 0);
  g_assert_cmpint (rp_workout_get_distance_m (placed), ==, 9000);
}

static void
test_bad_file_kept (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("rp-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "bad.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *bad = "{\n  \"format\": \"run-planner-plan\",\n  \"version\": 1,\n  \"weeks\": [ 1, \n";
  g_autoptr(RpPlan) before = rp_plan_copy (fixture->plan);
  g_autofree char *after_bytes = NULL;
  const char *message;
  gsize length;

  g_assert_true (g_file_set_contents (path, bad, -1, NULL));
  rp_window_open (fixture->window, file);
  g_assert_true (ui_test_wait_window_idle (fixture->window));
  iterate (3);

  /* The core's message, naming the file, in a dialog. */
  message = rp_window_get_last_message (fixture->window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "bad.json"));
  g_assert_nonnull (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* The current plan stays, and the bad file is never written. */
  g_assert_true (rp_window_get_plan (fixture->window) == fixture->plan);
  g_assert_true (rp_plan_equal (fixture->plan, before));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "tempo");
  wait_ms (1300);
  g_assert_true (ui_test_wait_window_idle (fixture->window));
  g_assert_true (g_file_get_contents (path, &after_bytes, &length, NULL));
  g_assert_cmpstr (after_bytes, ==, bad);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_autosave_and_reload (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("rp-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = rp_plan_file_serialize (fixture->plan);
  g_autoptr(RpPlan) saved = NULL;
  g_autoptr(GError) error = NULL;
  RpDate wednesday = fixture->week_start + 2;
  GtkWidget *dialog;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL));
  rp_window_open (fixture->window, file);
  g_assert_true (ui_test_wait_window_idle (fixture->window));
  g_assert_true (rp_window_get_file (fixture->window) != NULL);

  rp_week_view_focus_day (rp_window_get_week_view (fixture->window), wednesday);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "repetitions");
  g_assert_true (rp_window_is_busy (fixture->window));   /* debounced, not yet written */
  g_assert_true (ui_test_wait_window_idle (fixture->window));

  saved = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_pinned (saved, wednesday, RP_KIND_REPETITIONS));

  /* Another program rewrites the file: the window offers to reload. */
  wait_ms (1100);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL));
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL; i++)
    wait_ms (10);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (rp_window_get_last_message (fixture->window), "another program"));

  /* Everything was saved: nothing would be lost, so the dialog just offers to reload. */
  g_assert_null (strstr (rp_window_get_last_message (fixture->window), "lost"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "reload"),
                   ==, "_Reload");
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "keep"),
                   ==, "_Keep Current");
  g_assert_false (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "save-as"));
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)),
                   ==, "reload");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_unlink (path);
  g_rmdir (dir);
}

/* With an edit not yet written, the reload dialog says it would be lost. */
static void
test_reload_unsaved (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("rp-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = rp_plan_file_serialize (fixture->plan);
  GtkWidget *dialog;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL));
  rp_window_open (fixture->window, file);
  g_assert_true (ui_test_wait_window_idle (fixture->window));

  /* Another program rewrites the file just as the runner edits. */
  wait_ms (1100);
  g_assert_true (g_file_set_contents (path, "{}", -1, NULL));
  rp_week_view_focus_day (rp_window_get_week_view (fixture->window), fixture->week_start + 2);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "tempo");
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL; i++)
    wait_ms (10);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (rp_window_get_last_message (fixture->window), "would be lost"));
  g_assert_true (adw_message_dialog_has_response (ADW_MESSAGE_DIALOG (dialog), "save-as"));
  g_assert_cmpstr (adw_message_dialog_get_response_label (ADW_MESSAGE_DIALOG (dialog), "keep"),
                   ==, "_Keep Mine");
  /* Losing work is never the default. */
  g_assert_cmpstr (adw_message_dialog_get_default_response (ADW_MESSAGE_DIALOG (dialog)),
                   ==, "keep");
  g_assert_cmpint (adw_message_dialog_get_response_appearance (ADW_MESSAGE_DIALOG (dialog),
                                                               "reload"),
                   ==, ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (ui_test_wait_window_idle (fixture->window));

  /* Kept: the other program's version is never written over. */
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "{}");
  }

  g_unlink (path);
  g_rmdir (dir);
}

static GtkSpinButton *
find_spin (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkSpinButton *found;

      if (GTK_IS_SPIN_BUTTON (child))
        return GTK_SPIN_BUTTON (child);
      if ((found = find_spin (child)) != NULL)
        return found;
    }

  return NULL;
}

static void
test_settings_undoable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(RpPlan) original = rp_plan_copy (fixture->plan);
  RpAthlete *athlete = rp_plan_get_athlete (fixture->plan);
  GtkWidget *settings;
  GtkSpinButton *volume;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.settings", NULL);
  iterate (3);
  settings = find_toplevel (RP_TYPE_SETTINGS_WINDOW);
  g_assert_nonnull (settings);

  /* The first spin button is the default weekly volume, in km. */
  volume = find_spin (settings);
  g_assert_nonnull (volume);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (volume), 40.0, 0.01);
  gtk_spin_button_set_value (volume, 60.0);
  g_assert_cmpint (rp_athlete_get_volume_m (athlete), ==, 60000);
  g_assert_cmpint (rp_plan_get_week_summary (fixture->plan, 0)->target_m, ==, 60000);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.undo", NULL);
  g_assert_true (rp_plan_equal (fixture->plan, original));
  /* The settings follow the model back. */
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (volume), 40.0, 0.01);
}

static void
write_default_plan (const char *contents)
{
  g_autofree char *path = default_plan_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static char *
find_broken_copy (void)
{
  g_autofree char *path = default_plan_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "plan.json.broken-"))
      return g_build_filename (dir, name, NULL);

  return NULL;
}

static void
test_first_start (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *path = default_plan_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpPlan) saved = NULL;
  g_autoptr(GError) error = NULL;

  clear_default_dir ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  rp_window_open_at_start (fixture->window, NULL);
  g_assert_true (ui_test_wait_window_idle (fixture->window));

  /* An empty plan for this week, filled, saved, and a hint (a toast). */
  saved = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_contains (saved, rp_date_today ()));
  g_assert_cmpuint (rp_plan_get_n_workouts (saved, rp_date_today ()), >, 0);
  g_assert_nonnull (strstr (rp_window_get_last_message (fixture->window), "Drag"));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

static void
test_default_unreadable_set_aside (Fixture       *fixture,
                                   gconstpointer  data)
{
  const char *garbage = "{ \"format\": \"run-planner-plan\", \"version\": 1, oops";
  g_autofree char *path = default_plan_path ();
  g_autofree char *aside = NULL;
  g_autofree char *aside_bytes = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpPlan) fresh = NULL;

  clear_default_dir ();
  write_default_plan (garbage);
  rp_window_open_at_start (fixture->window, NULL);
  g_assert_true (ui_test_wait_window_idle (fixture->window));

  /* Kept aside, byte for byte, under a timestamped name; the user told. */
  aside = find_broken_copy ();
  g_assert_nonnull (aside);
  g_assert_true (g_file_get_contents (aside, &aside_bytes, NULL, NULL));
  g_assert_cmpstr (aside_bytes, ==, garbage);
  g_assert_nonnull (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (strstr (rp_window_get_last_message (fixture->window), "plan.json.broken-"));

  /* And a new default plan started in its place. */
  fresh = rp_plan_file_load (file, NULL, NULL, NULL);
  g_assert_nonnull (fresh);
  g_unlink (aside);
}

static void
test_default_newer_version (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *newer = "{\n  \"format\" : \"run-planner-plan\",\n  \"version\" : 99\n}\n";
  g_autofree char *path = default_plan_path ();
  g_autofree char *bytes = NULL;

  clear_default_dir ();
  write_default_plan (newer);
  rp_window_open_at_start (fixture->window, NULL);
  g_assert_true (ui_test_wait_window_idle (fixture->window));

  /* Left in place, untouched; an unsaved plan with a banner saying why. */
  g_assert_null (find_broken_copy ());
  g_assert_null (rp_window_get_file (fixture->window));
  g_assert_nonnull (strstr (rp_window_get_last_message (fixture->window), "newer version"));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "tempo");
  wait_ms (1300);
  g_assert_true (g_file_get_contents (path, &bytes, NULL, NULL));
  g_assert_cmpstr (bytes, ==, newer);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  UI_TEST_ADD ("/ui/editor/steps", test_editor_steps);
  UI_TEST_ADD ("/ui/editor/steps-kept", test_editor_steps_kept);
  UI_TEST_ADD ("/ui/file/bad-file-kept", test_bad_file_kept);
  UI_TEST_ADD ("/ui/file/autosave-and-reload", test_autosave_and_reload);
  UI_TEST_ADD ("/ui/file/reload-unsaved", test_reload_unsaved);
  UI_TEST_ADD ("/ui/editor/field-messages", test_editor_field_messages);
  UI_TEST_ADD ("/ui/file/first-start", test_first_start);
  UI_TEST_ADD ("/ui/file/default-unreadable-set-aside", test_default_unreadable_set_aside);
  UI_TEST_ADD ("/ui/file/default-newer-version", test_default_newer_version);
  UI_TEST_ADD ("/ui/settings/undoable", test_settings_undoable);

  return ui_test_run ();
}
