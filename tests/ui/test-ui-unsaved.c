/* test-ui-unsaved.c
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

/* Unsaved changes are never dropped unasked (issue 8): once the window's
 * plan is not saved to its file (Keep Mine, a failed save, a plan that
 * has no file), opening a plan, New Plan and closing the window ask
 * first; of two plans asked for, the one asked last is shown; an edit
 * made while a plan loads is saved, not dropped. */

#include "config.h"

#include <adwaita.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/file.h>
#include <unistd.h>

#include "rp-date.h"
#include "rp-history.h"
#include "rp-kind.h"
#include "rp-plan-file.h"
#include "rp-plan-lock.h"
#include "rp-planner.h"
#include "rp-settings-window.h"
#include "rp-week-view.h"
#include "rp-window.h"
#include "rp-workout-editor.h"
#include "ui-test-util.h"

static gboolean
wait_idle (RpWindow *window)
{
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && rp_window_is_busy (window); i++)
    wait_ms (10);

  return !rp_window_is_busy (window);
}

static gboolean
shows_file (RpWindow *window,
            GFile    *file)
{
  GFile *shown = rp_window_get_file (window);

  return shown != NULL && g_file_equal (shown, file);
}

/* A window on a.json (four weeks from 2027-06-14) and, beside it, b.json
 * (four weeks from 2027-09-06) to open. */
typedef struct
{
  char     *dir;
  char     *a_path;
  char     *b_path;
  GFile    *a;
  GFile    *b;
  RpDate    start;
  RpDate    b_start;
  RpDate    saved_today;
  RpWindow *window;
} Files;

static void
files_set_up (Files         *files,
              gconstpointer  data)
{
  g_autoptr(RpPlan) a = NULL;
  g_autoptr(RpPlan) b = NULL;

  files->saved_today = rp_date_today ();
  rp_date_set_today_for_testing (rp_date_from_ymd (2027, 6, 16));
  files->start = rp_date_from_ymd (2027, 6, 14);
  files->b_start = rp_date_from_ymd (2027, 9, 6);
  files->dir = g_dir_make_tmp ("rp-unsaved-XXXXXX", NULL);
  files->a_path = g_build_filename (files->dir, "a.json", NULL);
  files->b_path = g_build_filename (files->dir, "b.json", NULL);
  files->a = g_file_new_for_path (files->a_path);
  files->b = g_file_new_for_path (files->b_path);
  a = filled_plan (files->start, 4);
  b = filled_plan (files->b_start, 4);
  write_plan (a, files->a_path);
  write_plan (b, files->b_path);

  files->window = rp_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (files->window), 1200, 800);
  g_object_add_weak_pointer (G_OBJECT (files->window), (gpointer *) &files->window);
  rp_window_open (files->window, files->a);
  g_assert_true (wait_idle (files->window));
  g_assert_true (shows_file (files->window, files->a));
  gtk_window_present (GTK_WINDOW (files->window));
  wait_until_laid_out (rp_week_view_get_day_widget (rp_window_get_week_view (files->window), 0));
}

static void
files_tear_down (Files         *files,
                 gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();
  g_autoptr(GDir) listing = NULL;
  const char *name;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) files->window)
      gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (toplevels);
  if (files->window != NULL)
    {
      wait_idle (files->window);
      gtk_window_destroy (GTK_WINDOW (files->window));
    }
  iterate (3);

  listing = g_dir_open (files->dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (files->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (files->dir);
  g_free (files->dir);
  g_free (files->a_path);
  g_free (files->b_path);
  g_object_unref (files->a);
  g_object_unref (files->b);
  rp_date_set_today_for_testing (files->saved_today);
}

#define FILES_TEST_ADD(path, func) \
  g_test_add (path, Files, NULL, files_set_up, func, files_tear_down)

/* What another program does: read a.json, add a long run, write it. */
static void
other_program_adds (Files *files)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = rp_plan_file_load (files->a, NULL, NULL, &error);
  g_autoptr(RpWorkout) template_ = rp_workout_new (RP_KIND_LONG);

  g_assert_no_error (error);
  g_assert_nonnull (rp_planner_place (plan, files->start + 5, template_, NULL));
  write_plan (plan, files->a_path);
}

/* An edit (Add Tempo on the Wednesday), then another program changes the
 * file and the runner keeps theirs: the window's plan is no longer saved
 * anywhere. */
static void
keep_mine (Files *files)
{
  /* A second later: the other program's write gets another etag. */
  wait_ms (1100);
  place_on (files->window, files->start + 2, "tempo");
  other_program_adds (files);
  respond (wait_for_dialog (), "keep");
  g_assert_true (wait_idle (files->window));
  /* An autosave that started before the answer does not ask again. */
  iterate (3);
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* Another program writes while the app's autosave waits for the plan's
 * lock: the save finds the change and asks; the window's own check of
 * the file, put off while it saved, comes right after. The runner who
 * kept theirs is not asked again about that same change, but is about
 * a later one. */
static void
test_keep_asked_once (Files         *files,
                      gconstpointer  data)
{
  g_autofree char *lock_path = g_build_filename (files->dir, ".a.json.lock", NULL);
  int fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);
  wait_ms (1100);
  place_on (files->window, files->start + 2, "tempo");
  wait_ms (1300);
  other_program_adds (files);
  wait_ms (500);
  close (fd);

  respond (wait_for_dialog (), "keep");
  wait_ms (1000);
  g_assert_true (wait_idle (files->window));
  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));

  /* A later change on disk is news. */
  wait_ms (1100);
  other_program_adds (files);
  respond (wait_for_dialog (), "keep");
}

static gboolean
has_tempo (RpWindow *window,
           RpDate    date)
{
  return find_pinned (rp_window_get_plan (window), date, RP_KIND_TEMPO) != NULL;
}

/* The unsaved-changes dialog: names the edit and what each choice does. */
static AdwMessageDialog *
wait_for_unsaved_dialog (RpWindow *window)
{
  AdwMessageDialog *dialog = wait_for_dialog ();
  const char *message = rp_window_get_last_message (window);

  assert_contains (message, "(Add Tempo)");
  assert_contains (message, "not saved");
  assert_contains (message, "Discard");
  assert_contains (message, "Save As");
  g_assert_true (adw_message_dialog_has_response (dialog, "discard"));
  g_assert_true (adw_message_dialog_has_response (dialog, "save-as"));
  g_assert_cmpstr (adw_message_dialog_get_close_response (dialog), ==, "cancel");

  return dialog;
}

static void
test_open_asks (Files         *files,
                gconstpointer  data)
{
  keep_mine (files);

  /* Cancel keeps everything as it was. */
  rp_window_open (files->window, files->b);
  respond (wait_for_unsaved_dialog (files->window), "cancel");
  g_assert_true (wait_idle (files->window));
  g_assert_true (shows_file (files->window, files->a));
  g_assert_true (has_tempo (files->window, files->start + 2));

  /* Discard opens the other plan. */
  rp_window_open (files->window, files->b);
  respond (wait_for_unsaved_dialog (files->window), "discard");
  g_assert_true (wait_idle (files->window));
  g_assert_true (shows_file (files->window, files->b));
  g_assert_cmpuint (rp_plan_get_start (rp_window_get_plan (files->window)), ==, files->b_start);
}

/* Save As… writes the unsaved plan to a new file, then the New Plan the
 * runner asked for goes ahead. */
static void
test_new_plan_asks (Files         *files,
                    gconstpointer  data)
{
  g_autofree char *c_path = g_build_filename (files->dir, "c.json", NULL);
  g_autofree char *kept_path = g_build_filename (files->dir, "kept.json", NULL);
  g_autoptr(GFile) c = g_file_new_for_path (c_path);
  g_autoptr(GFile) kept = g_file_new_for_path (kept_path);
  g_autoptr(GFile) dir = g_file_new_for_path (files->dir);
  g_autoptr(RpPlan) kept_plan = NULL;
  GtkWidget *chooser;

  keep_mine (files);

  rp_window_new_plan_at (files->window, c);
  respond (wait_for_unsaved_dialog (files->window), "cancel");
  g_assert_true (wait_idle (files->window));
  g_assert_false (g_file_query_exists (c, NULL));
  g_assert_true (has_tempo (files->window, files->start + 2));

#ifdef __SANITIZE_ADDRESS__
  /* GTK's file chooser leaks inside system libraries (libcloudproviders,
   * GLib's quark table) that tests/lsan.supp must not hide. */
  g_test_skip ("the file chooser's system libraries leak under LeakSanitizer");
  return;
#endif

  rp_window_new_plan_at (files->window, c);
  respond (wait_for_unsaved_dialog (files->window), "save-as");
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) == NULL; i++)
    wait_ms (10);
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), dir, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), "kept.json");
  /* The chooser checks the name (asynchronously) before it answers. */
  g_object_add_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && chooser != NULL && gtk_widget_get_visible (chooser); i++)
    wait_ms (10);
  g_assert_true (chooser == NULL || !gtk_widget_get_visible (chooser));
  if (chooser != NULL)
    g_object_remove_weak_pointer (G_OBJECT (chooser), (gpointer *) &chooser);
  iterate (3);
  g_assert_true (wait_idle (files->window));

  kept_plan = rp_plan_file_load (kept, NULL, NULL, NULL);
  g_assert_nonnull (kept_plan);
  g_assert_nonnull (find_pinned (kept_plan, files->start + 2, RP_KIND_TEMPO));
  g_assert_true (shows_file (files->window, c));
  g_assert_true (g_file_query_exists (c, NULL));
}

static void
test_close_asks (Files         *files,
                 gconstpointer  data)
{
  keep_mine (files);

  gtk_window_close (GTK_WINDOW (files->window));
  iterate (3);
  g_assert_nonnull (files->window);
  respond (wait_for_unsaved_dialog (files->window), "cancel");
  g_assert_nonnull (files->window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (files->window)));

  gtk_window_close (GTK_WINDOW (files->window));
  iterate (3);
  g_assert_nonnull (files->window);
  respond (wait_for_unsaved_dialog (files->window), "discard");
  g_assert_null (files->window);
}

/* A save that failed (here: another program held the plan's lock past
 * the wait) leaves the edit unsaved: opening another plan asks. */
static void
test_failed_save_asks (Files         *files,
                       gconstpointer  data)
{
  g_autofree char *lock_path = g_build_filename (files->dir, ".a.json.lock", NULL);
  int fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);
  rp_plan_lock_set_timeout (200);
  place_on (files->window, files->start + 2, "tempo");
  respond (wait_for_dialog (), "close");
  assert_contains (rp_window_get_last_message (files->window), "Not saved: ");
  assert_contains (rp_window_get_last_message (files->window), "another program is editing");
  g_assert_true (wait_idle (files->window));
  close (fd);
  rp_plan_lock_set_timeout (RP_PLAN_LOCK_DEFAULT_TIMEOUT_MS);

  rp_window_open (files->window, files->b);
  respond (wait_for_unsaved_dialog (files->window), "cancel");
  g_assert_true (shows_file (files->window, files->a));
  g_assert_true (has_tempo (files->window, files->start + 2));
}

/* A plan the runner made read-only: the edit is refused by the file
 * system, the runner is told, the file is left as it was, and opening
 * another plan asks. Root writes anyway, so it is skipped there. */
static void
test_read_only (Files         *files,
                gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("root can write a read-only file");
      return;
    }

  g_assert_true (g_file_get_contents (files->a_path, &before, NULL, NULL));
  g_assert_cmpint (g_chmod (files->a_path, 0444), ==, 0);
  place_on (files->window, files->start + 2, "tempo");
  respond (wait_for_dialog (), "close");
  /* The banner stays: what is not saved, why, and what to do. */
  assert_contains (rp_window_get_last_message (files->window), "Not saved: ");
  assert_contains (rp_window_get_last_message (files->window), "Permission denied");
  assert_contains (rp_window_get_last_message (files->window), "Use Save As");
  g_assert_true (wait_idle (files->window));
  g_assert_true (g_file_get_contents (files->a_path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  rp_window_open (files->window, files->b);
  respond (wait_for_unsaved_dialog (files->window), "cancel");
  g_assert_true (shows_file (files->window, files->a));
  g_assert_true (has_tempo (files->window, files->start + 2));
}

/* A plan that has no file (Not saved) and was edited. */
static void
test_no_file_asks (Files         *files,
                   gconstpointer  data)
{
  g_autoptr(RpPlan) plan = filled_plan (files->start, 4);

  rp_window_set_plan (files->window, plan, NULL, NULL);
  place_on (files->window, files->start + 2, "tempo");
  rp_window_open (files->window, files->b);
  respond (wait_for_unsaved_dialog (files->window), "discard");
  g_assert_true (wait_idle (files->window));
  g_assert_true (shows_file (files->window, files->b));
}

/* Two plans asked for while the first still loads: the one asked for
 * last is shown, whichever load ends last. The first is large (slow to
 * read), the second small. */
static void
test_latest_open_wins (Files         *files,
                       gconstpointer  data)
{
  g_autofree char *big_path = g_build_filename (files->dir, "big.json", NULL);
  g_autoptr(GFile) big = g_file_new_for_path (big_path);
  g_autoptr(RpPlan) plan = filled_plan (rp_date_from_ymd (1990, 1, 1), 1500);

  write_plan (plan, big_path);
  rp_window_open (files->window, big);
  rp_window_open (files->window, files->b);
  g_assert_true (wait_idle (files->window));
  iterate (3);
  g_assert_true (shows_file (files->window, files->b));
  g_assert_cmpuint (rp_plan_get_start (rp_window_get_plan (files->window)), ==, files->b_start);

  /* And the other way round. */
  rp_window_open (files->window, files->b);
  rp_window_open (files->window, big);
  g_assert_true (wait_idle (files->window));
  iterate (3);
  g_assert_true (shows_file (files->window, big));
}

/* An edit made while another plan loads is saved to its own file, not
 * dropped when the loaded plan replaces it. */
static void
test_edit_while_loading (Files         *files,
                         gconstpointer  data)
{
  g_autofree char *big_path = g_build_filename (files->dir, "big.json", NULL);
  g_autoptr(GFile) big = g_file_new_for_path (big_path);
  g_autoptr(RpPlan) plan = filled_plan (rp_date_from_ymd (1990, 1, 1), 1500);
  g_autoptr(RpPlan) a = NULL;

  write_plan (plan, big_path);
  rp_window_open (files->window, big);
  place_on (files->window, files->start + 2, "tempo");
  g_assert_true (wait_idle (files->window));
  g_assert_true (shows_file (files->window, big));

  a = rp_plan_file_load (files->a, NULL, NULL, NULL);
  g_assert_nonnull (a);
  g_assert_nonnull (find_pinned (a, files->start + 2, RP_KIND_TEMPO));
}

/* A file given to the running instance (a second launch) replaces the
 * plan while the workout editor or the settings are open: they edited
 * the plan that was replaced, so a Save there reported success and went
 * nowhere. They close with the plan they edit. */
static void
test_dialogs_of_replaced_plan (Files         *files,
                               gconstpointer  data)
{
  RpHistory *history = rp_window_get_history (files->window);
  GtkWidget *editor = GTK_WIDGET (rp_workout_editor_new (GTK_WINDOW (files->window),
                                                         rp_window_get_document (files->window),
                                                         files->start + 2, -1));
  GtkWidget *settings = GTK_WIDGET (rp_settings_window_new (GTK_WINDOW (files->window), history,
                                                            files->start));

  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_object_add_weak_pointer (G_OBJECT (settings), (gpointer *) &settings);
  gtk_window_present (GTK_WINDOW (settings));
  gtk_window_present (GTK_WINDOW (editor));
  iterate (3);

  rp_window_open_at_start (files->window, files->b);
  g_assert_true (wait_idle (files->window));
  iterate (3);
  g_assert_true (shows_file (files->window, files->b));
  g_assert_null (editor);
  g_assert_null (settings);
}

/* A file given to the running instance that cannot be read leaves the
 * plan shown, as Open… does (it used to be replaced by an empty plan
 * saved nowhere). */
static void
test_second_launch_broken_file (Files         *files,
                                gconstpointer  data)
{
  g_autofree char *broken_path = g_build_filename (files->dir, "broken.json", NULL);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);

  g_assert_true (g_file_set_contents (broken_path, "{ \"format\": ", -1, NULL));
  rp_window_open_at_start (files->window, broken);
  g_assert_true (wait_idle (files->window));
  g_assert_nonnull (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_true (shows_file (files->window, files->a));
  g_assert_cmpuint (rp_plan_get_start (rp_window_get_plan (files->window)), ==, files->start);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  FILES_TEST_ADD ("/ui/unsaved/keep-asked-once", test_keep_asked_once);
  FILES_TEST_ADD ("/ui/unsaved/open-asks", test_open_asks);
  FILES_TEST_ADD ("/ui/unsaved/new-plan-asks", test_new_plan_asks);
  FILES_TEST_ADD ("/ui/unsaved/close-asks", test_close_asks);
  FILES_TEST_ADD ("/ui/unsaved/failed-save-asks", test_failed_save_asks);
  FILES_TEST_ADD ("/ui/unsaved/read-only", test_read_only);
  FILES_TEST_ADD ("/ui/unsaved/no-file-asks", test_no_file_asks);
  FILES_TEST_ADD ("/ui/unsaved/latest-open-wins", test_latest_open_wins);
  FILES_TEST_ADD ("/ui/unsaved/edit-while-loading", test_edit_while_loading);
  FILES_TEST_ADD ("/ui/unsaved/dialogs-of-replaced-plan", test_dialogs_of_replaced_plan);
  FILES_TEST_ADD ("/ui/unsaved/second-launch-broken-file", test_second_launch_broken_file);

  return ui_test_run ();
}
