/* ui-test-util.c
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

/* What the widget tests share: running the main loop, the window fixture,
 * finding widgets and a home of their own. */

#include "config.h"

#include "ui-test-util.h"

#include <string.h>

#include <glib/gstdio.h>

#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-week-view.h"

static char *test_home;

void
iterate (guint n)
{
  for (guint i = 0; i < n; i++)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

static gboolean
on_timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop for ms milliseconds (lets layouts, frames and the
 * debounced autosave happen). */
void
wait_ms (guint ms)
{
  gboolean done = FALSE;

  g_timeout_add (ms, on_timeout_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

gboolean
ui_test_wait_window_idle (RpWindow *window)
{
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && rp_window_is_busy (window); i++)
    wait_ms (10);

  return !rp_window_is_busy (window);
}

void
ui_test_resize (RpWindow *window,
                int       width,
                int       height)
{
  guint i;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  for (i = 0; i < UI_TEST_WAIT_STEPS && ABS (gtk_widget_get_width (GTK_WIDGET (window)) - width) > 10; i++)
    {
      /* Now and then (2 runs in 12 of test-ui-sizes under ASan and
       * load) the window stays at its old size: the request is lost, it
       * seems to a late configure event of the previous resize. Ask
       * again. */
      if (i % 50 == 49)
        {
          g_test_message ("resize to %d × %d asked again (the window is %d px wide)",
                          width, height, gtk_widget_get_width (GTK_WIDGET (window)));
          gtk_window_set_default_size (GTK_WINDOW (window), -1, -1);
          gtk_window_set_default_size (GTK_WINDOW (window), width, height);
        }
      wait_ms (10);
    }
  g_assert_cmpint (ABS (gtk_widget_get_width (GTK_WIDGET (window)) - width), <=, 10);
  /* Adaptive parts settle in idles after the resize. */
  wait_ms (100);
  iterate (10);
}

gboolean
ui_test_press_key (GtkWidget *widget,
                   guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, (GdkModifierType) 0,
                               &handled);
    }
  iterate (3);
  return handled;
}

void
wait_until_laid_out (GtkWidget *widget)
{
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && (!gtk_widget_get_mapped (widget)
                                || gtk_widget_get_width (widget) <= 0); i++)
    wait_ms (10);
  g_assert_true (gtk_widget_get_mapped (widget));
  iterate (5);
}

void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->week_start = rp_date_week_start (rp_date_today (), G_DATE_MONDAY);
  fixture->plan = rp_plan_new (fixture->week_start, 4);
  rp_planner_fill (fixture->plan);

  fixture->window = rp_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 1200, 800);
  rp_window_set_plan (fixture->window, fixture->plan, NULL, NULL);
  rp_window_show_week (fixture->window, fixture->week_start);
  gtk_window_present (GTK_WINDOW (fixture->window));
  wait_until_laid_out (rp_week_view_get_day_widget (rp_window_get_week_view (fixture->window), 0));
}

void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

  /* Dialogs the test opened go with it. */
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) fixture->window)
      gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (toplevels);

  gtk_window_destroy (GTK_WINDOW (fixture->window));
  iterate (3);
  g_clear_object (&fixture->plan);
}

GtkWidget *
find_toplevel (GType type)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);

  return found;
}

RpWorkout *
find_pinned (RpPlan *plan,
             RpDate  date,
             RpKind  kind)
{
  for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
    {
      RpWorkout *workout = rp_plan_get_workout (plan, date, i);

      if (rp_workout_get_kind (workout) == kind && rp_workout_get_pinned (workout))
        return workout;
    }

  return NULL;
}

void
assert_label (GtkWidget  *widget,
              const char *expected)
{
  char *message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                      expected);

  if (message != NULL)
    g_error ("%s: %s", G_OBJECT_TYPE_NAME (widget), message);
}

void
assert_has_label (GtkWidget *widget)
{
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
}

char *
default_plan_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "run-planner", "plan.json", NULL);
}

/* Each test that starts from the default plan starts without one. */
void
clear_default_dir (void)
{
  g_autofree char *path = default_plan_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_unlink (file), ==, 0);
    }
}

/* "Today" is fixed, so no test depends on the day it runs: the date in
 * RP_TEST_TODAY (meson runs each program at several: a Sunday, a month
 * end, a leap day, a year end, a DST change), else a plain Wednesday. */
static void
set_test_today (void)
{
  const char *text = g_getenv ("RP_TEST_TODAY");
  RpDate today = rp_date_from_ymd (2027, 6, 16);

  if (text != NULL && !rp_date_parse_iso (text, &today))
    g_error ("RP_TEST_TODAY: not a date: %s", text);
  rp_date_set_today_for_testing (today);
  g_test_message ("today is %s", text != NULL ? text : "2027-06-16");
}

void
ui_test_init (int    *argc,
              char ***argv)
{
  g_autofree char *data_home = NULL;
  g_autofree char *config_home = NULL;
  g_autofree char *cache_home = NULL;

  test_home = g_dir_make_tmp ("rp-test-ui-XXXXXX", NULL);
  g_assert_nonnull (test_home);
  data_home = g_build_filename (test_home, "data", NULL);
  config_home = g_build_filename (test_home, "config", NULL);
  cache_home = g_build_filename (test_home, "cache", NULL);

  /* gtk_test_init cannot take G_TEST_OPTION_ISOLATE_DIRS: keep the
   * runner's own files out of reach by hand. */
  g_setenv ("HOME", test_home, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);
  g_setenv ("MESA_SHADER_CACHE_DISABLE", "true", TRUE);

  set_test_today ();
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

int
ui_test_run (void)
{
  g_autofree char *data_home = g_build_filename (test_home, "data", NULL);
  g_autofree char *config_home = g_build_filename (test_home, "config", NULL);
  g_autofree char *cache_home = g_build_filename (test_home, "cache", NULL);
  g_autofree char *plan_dir = g_build_filename (data_home, "run-planner", NULL);
  int status = g_test_run ();

  clear_default_dir ();
  g_rmdir (plan_dir);
  g_rmdir (data_home);
  g_rmdir (config_home);
  g_rmdir (cache_home);
  g_rmdir (test_home);
  g_clear_pointer (&test_home, g_free);

  return status;
}

RpPlan *
filled_plan (RpDate start,
             guint  n_weeks)
{
  RpPlan *plan = rp_plan_new (start, n_weeks);

  rp_planner_fill (plan);

  return plan;
}

void
write_plan (RpPlan     *plan,
            const char *path)
{
  g_autoptr(GBytes) bytes = rp_plan_file_serialize (plan);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL));
}

void
place_on (RpWindow   *window,
          RpDate      date,
          const char *kind)
{
  rp_window_show_week (window, date);
  rp_week_view_focus_day (rp_window_get_week_view (window), date);
  g_assert_cmpuint (rp_week_view_get_focus_date (rp_window_get_week_view (window)), ==, date);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "plan.place-kind", "s", kind));
}

AdwMessageDialog *
wait_for_dialog (void)
{
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && find_toplevel (ADW_TYPE_MESSAGE_DIALOG) == NULL; i++)
    wait_ms (10);
  g_assert_nonnull (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  return ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

void
assert_contains (const char *text,
                 const char *part)
{
  if (text == NULL || strstr (text, part) == NULL)
    g_error ("“%s” does not say “%s”", text, part);
}

void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate (3);
}

GtkFileChooser *
ui_test_wait_for_chooser (GtkFileChooserAction action)
{
  GtkFileChooser *chooser;

  for (guint i = 0; i < UI_TEST_WAIT_STEPS && find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) == NULL; i++)
    wait_ms (10);
  g_assert_nonnull (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  chooser = GTK_FILE_CHOOSER (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, action);

  return chooser;
}

void
ui_test_wait_chooser_gone (void)
{
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL; i++)
    wait_ms (10);
  g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

void
ui_test_chooser_accept (GtkFileChooser *chooser,
                        GFile          *expected)
{
  g_autoptr(GFile) chosen = NULL;

  for (guint i = 0; i < UI_TEST_WAIT_STEPS; i++)
    {
      g_clear_object (&chosen);
      chosen = gtk_file_chooser_get_file (chooser);
      if (chosen != NULL && g_file_equal (chosen, expected))
        break;
      wait_ms (10);
    }
  /* Never a file elsewhere (the test's working folder). */
  g_assert_true (chosen != NULL && g_file_equal (chosen, expected));
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  ui_test_wait_chooser_gone ();
}

void
ui_test_choose_existing (GFile *file)
{
  GtkFileChooser *chooser = ui_test_wait_for_chooser (GTK_FILE_CHOOSER_ACTION_OPEN);

  g_assert_true (gtk_file_chooser_set_file (chooser, file, NULL));
  ui_test_chooser_accept (chooser, file);
}

void
ui_test_choose_new (GFile *file)
{
  GtkFileChooser *chooser = ui_test_wait_for_chooser (GTK_FILE_CHOOSER_ACTION_SAVE);
  g_autofree char *typed = g_file_get_path (file);

  gtk_file_chooser_set_current_name (chooser, typed);
  ui_test_chooser_accept (chooser, file);
}
