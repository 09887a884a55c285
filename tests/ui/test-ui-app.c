/* test-ui-app.c
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

/* The application and its window as a runner meets them, with the real
 * widgets on a real (headless) display: quitting with dialogs open, how
 * cards lay out their text, the settings' rows. Found by using the app. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "rp-application.h"
#include "rp-date.h"
#include "rp-kind.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-window.h"
#include "rp-workout-editor.h"

static char *
default_plan_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "run-planner", "plan.json", NULL);
}

static void
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

/* Quit (Ctrl+Q, or SIGTERM) with an editor and the About window open. */

typedef struct
{
  GtkApplication *app;
  guint           n_windows_at_quit;
  gboolean        quit_sent;
  gboolean        timed_out;
} QuitRun;

static gboolean
open_dialogs_and_quit_cb (gpointer user_data)
{
  QuitRun *run = user_data;
  GtkWindow *window = gtk_application_get_active_window (run->app);
  RpWindow *main_window;
  RpWorkoutEditor *editor;

  g_assert_true (RP_IS_WINDOW (window));
  main_window = RP_WINDOW (window);
  if (rp_window_is_busy (main_window) || rp_window_get_history (main_window) == NULL)
    return G_SOURCE_CONTINUE;

  /* An edit waiting for its autosave (so closing starts a save that ends
   * after the window is gone), an editor (destroyed with its parent) and
   * the About window (not). */
  gtk_widget_activate_action (GTK_WIDGET (main_window), "plan.place-kind", "s", "tempo");
  editor = rp_workout_editor_new (window, rp_window_get_history (main_window),
                                  rp_date_today (), -1);
  gtk_window_present (GTK_WINDOW (editor));
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "about", NULL);

  run->n_windows_at_quit = g_list_length (gtk_application_get_windows (run->app));
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
  run->quit_sent = TRUE;

  return G_SOURCE_REMOVE;
}

static gboolean
quit_timeout_cb (gpointer user_data)
{
  QuitRun *run = user_data;

  run->timed_out = TRUE;
  for (GList *l = gtk_application_get_windows (run->app); l != NULL; l = l->next)
    g_printerr ("left open: %s\n", G_OBJECT_TYPE_NAME (l->data));
  g_application_quit (G_APPLICATION (run->app));

  return G_SOURCE_REMOVE;
}

static void
test_quit_with_dialogs_open (void)
{
  g_autoptr(RpApplication) app = rp_application_new ();
  g_autofree char *path = default_plan_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpPlan) saved = NULL;
  g_autoptr(GError) error = NULL;
  QuitRun run = { GTK_APPLICATION (app), 0, FALSE, FALSE };
  guint poll_id;
  guint timeout_id;
  int status;

  clear_default_dir ();
  poll_id = g_timeout_add (100, open_dialogs_and_quit_cb, &run);
  timeout_id = g_timeout_add_seconds (20, quit_timeout_cb, &run);
  status = g_application_run (G_APPLICATION (app), 0, NULL);
  if (!run.quit_sent)
    g_source_remove (poll_id);
  if (!run.timed_out)
    g_source_remove (timeout_id);

  /* Every window closed, the application ended by itself, and the edit
   * made just before quitting reached the file. */
  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.quit_sent);
  g_assert_false (run.timed_out);
  g_assert_cmpuint (run.n_windows_at_quit, >=, 1);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  saved = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  for (guint i = 0; i < rp_plan_get_n_workouts (saved, rp_date_today ()); i++)
    if (rp_workout_get_kind (rp_plan_get_workout (saved, rp_date_today (), i)) == RP_KIND_TEMPO)
      return;
  g_assert_not_reached ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("rp-test-ui-app-XXXXXX", NULL);
  g_autofree char *data_home = g_build_filename (home, "data", NULL);
  g_autofree char *config_home = g_build_filename (home, "config", NULL);
  g_autofree char *cache_home = g_build_filename (home, "cache", NULL);
  g_autofree char *plan_dir = g_build_filename (data_home, "run-planner", NULL);
  int status;

  /* gtk_test_init cannot take G_TEST_OPTION_ISOLATE_DIRS: keep the
   * runner's own files out of reach by hand. */
  g_setenv ("HOME", home, TRUE);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("XDG_CACHE_HOME", cache_home, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/app/quit-with-dialogs-open", test_quit_with_dialogs_open);

  status = g_test_run ();

  clear_default_dir ();
  g_rmdir (plan_dir);
  g_rmdir (data_home);
  g_rmdir (config_home);
  g_rmdir (cache_home);
  g_rmdir (home);

  return status;
}
