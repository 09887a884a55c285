/* test-ui-document.c
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

/* The window over its RpDocument: the file choosers (Open, New Plan,
 * Save As, driven through the real chooser dialog), a file that cannot
 * be read, a save that fails (dialog, banner, Save As from the banner),
 * the reload dialog (Reload, Keep Mine) and the unsaved-changes ask. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <utime.h>

#include "rp-date.h"
#include "rp-document.h"
#include "rp-kind.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-window.h"
#include "ui-test-util.h"

typedef struct
{
  char     *dir;
  char     *a_path;
  GFile    *a;
  RpDate    start;
  RpDate    saved_today;
  RpWindow *window;
} Files;

static char *
file_path (Files      *files,
           const char *name)
{
  return g_build_filename (files->dir, name, NULL);
}

static gboolean
shows_path (RpWindow   *window,
            const char *path)
{
  GFile *shown = rp_window_get_file (window);
  g_autofree char *shown_path = shown != NULL ? g_file_get_path (shown) : NULL;

  return g_strcmp0 (shown_path, path) == 0;
}

static char *
read_bytes (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

static void
files_set_up (Files         *files,
              gconstpointer  data)
{
  g_autoptr(RpPlan) a = NULL;

  files->saved_today = rp_date_today ();
  rp_date_set_today_for_testing (rp_date_from_ymd (2027, 6, 16));
  files->start = rp_date_from_ymd (2027, 6, 14);
  files->dir = g_dir_make_tmp ("rp-document-XXXXXX", NULL);
  files->a_path = file_path (files, "a.json");
  files->a = g_file_new_for_path (files->a_path);
  a = filled_plan (files->start, 4);
  write_plan (a, files->a_path);

  files->window = rp_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (files->window), 1200, 800);
  g_object_add_weak_pointer (G_OBJECT (files->window), (gpointer *) &files->window);
  rp_window_open (files->window, files->a);
  g_assert_true (ui_test_wait_window_idle (files->window));
  g_assert_true (shows_path (files->window, files->a_path));
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
      ui_test_wait_window_idle (files->window);
      gtk_window_destroy (GTK_WINDOW (files->window));
    }
  iterate (3);

  g_chmod (files->dir, 0755);
  listing = g_dir_open (files->dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (files->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (files->dir);
  g_free (files->dir);
  g_free (files->a_path);
  g_object_unref (files->a);
  rp_date_set_today_for_testing (files->saved_today);
}

#define FILES_TEST_ADD(path, func) \
  g_test_add (path, Files, NULL, files_set_up, func, files_tear_down)

/* GTK's file chooser leaks inside system libraries (libcloudproviders,
 * GLib's quark table) that tests/lsan.supp must not hide. */
#ifdef __SANITIZE_ADDRESS__
#define SKIP_CHOOSER_UNDER_ASAN() \
  G_STMT_START { \
    g_test_skip ("the file chooser's system libraries leak under LeakSanitizer"); \
    return; \
  } G_STMT_END
#else
#define SKIP_CHOOSER_UNDER_ASAN() G_STMT_START { } G_STMT_END
#endif

/* Picks a new file name in dir, its whole path typed, and accepts. */
static void
choose_new (Files      *files,
            const char *name)
{
  g_autoptr(GFile) folder = g_file_new_for_path (files->dir);
  g_autoptr(GFile) expected = g_file_get_child (folder, name);

  ui_test_choose_new (expected);
}

static void
activate (Files      *files,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (files->window), action, NULL));
}

static gboolean
has_tempo (RpWindow *window,
           RpDate    date)
{
  return find_pinned (rp_window_get_plan (window), date, RP_KIND_TEMPO) != NULL;
}

static gboolean
on_disk_has_tempo (const char *path,
                   RpDate      date)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpPlan) plan = rp_plan_file_load (file, NULL, NULL, NULL);

  return plan != NULL && find_pinned (plan, date, RP_KIND_TEMPO) != NULL;
}

/* What another program does: writes its own plan of the file, with an
 * mtime (so an etag) no save of ours has. */
static void
other_program_writes (Files *files)
{
  g_autoptr(RpPlan) plan = filled_plan (files->start + 7, 4);
  struct utimbuf times = { 1000000000, 1000000000 };

  write_plan (plan, files->a_path);
  g_assert_cmpint (g_utime (files->a_path, &times), ==, 0);
}

/* Save As through the chooser: the plan is written to the new file,
 * which the window shows from then on; later edits leave the old file
 * as it was. */
static void
test_save_as_chooser (Files         *files,
                      gconstpointer  data)
{
  g_autofree char *c_path = file_path (files, "c.json");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  SKIP_CHOOSER_UNDER_ASAN ();
  place_on (files->window, files->start + 2, "tempo");
  /* The autosave writes it to a.json first (a chooser open for a second
   * would let it anyway). */
  g_assert_true (ui_test_wait_window_idle (files->window));
  before = read_bytes (files->a_path);
  activate (files, "plan.save-as");
  choose_new (files, "c.json");
  g_assert_true (ui_test_wait_window_idle (files->window));

  g_assert_true (shows_path (files->window, c_path));
  g_assert_true (on_disk_has_tempo (c_path, files->start + 2));
  g_assert_false (rp_document_get_modified (rp_window_get_document (files->window)));

  /* Later edits go to the new file only. */
  place_on (files->window, files->start + 4, "tempo");
  g_assert_true (ui_test_wait_window_idle (files->window));
  g_assert_true (on_disk_has_tempo (c_path, files->start + 4));
  after = read_bytes (files->a_path);
  g_assert_cmpstr (after, ==, before);
}

/* Cancel in the chooser changes nothing. */
static void
test_save_as_cancel (Files         *files,
                     gconstpointer  data)
{
  SKIP_CHOOSER_UNDER_ASAN ();
  activate (files, "plan.save-as");
  gtk_dialog_response (GTK_DIALOG (ui_test_wait_for_chooser (GTK_FILE_CHOOSER_ACTION_SAVE)),
                       GTK_RESPONSE_CANCEL);
  iterate (3);
  g_assert_true (ui_test_wait_window_idle (files->window));
  g_assert_true (shows_path (files->window, files->a_path));
}

/* Open… and New Plan through the chooser. */
static void
test_open_and_new_chooser (Files         *files,
                           gconstpointer  data)
{
  g_autofree char *b_path = file_path (files, "b.json");
  g_autofree char *n_path = file_path (files, "n.json");
  g_autoptr(GFile) b = g_file_new_for_path (b_path);
  g_autoptr(RpPlan) b_plan = filled_plan (files->start + 70, 4);

  SKIP_CHOOSER_UNDER_ASAN ();
  write_plan (b_plan, b_path);
  activate (files, "plan.open");
  ui_test_choose_existing (b);
  g_assert_true (ui_test_wait_window_idle (files->window));
  g_assert_true (shows_path (files->window, b_path));
  g_assert_cmpuint (rp_plan_get_start (rp_window_get_plan (files->window)), ==,
                    files->start + 70);

  activate (files, "plan.new");
  choose_new (files, "n.json");
  g_assert_true (ui_test_wait_window_idle (files->window));
  g_assert_true (shows_path (files->window, n_path));
  g_assert_true (g_file_test (n_path, G_FILE_TEST_IS_REGULAR));
}

/* A file that cannot be read: the error names FILE:LINE:COL, the file
 * is left as it was and the window keeps its plan. */
static void
test_open_broken (Files         *files,
                  gconstpointer  data)
{
  const char *broken = "{\n  \"format\": \"run-planner-plan\",\n  oops\n}\n";
  g_autofree char *bad_path = file_path (files, "bad.json");
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autofree char *prefix = g_strdup_printf ("%s:3:3: ", bad_path);
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_set_contents (bad_path, broken, -1, NULL));
  rp_window_open (files->window, bad);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open the Plan");
  g_assert_true (g_str_has_prefix (rp_window_get_last_message (files->window), prefix));
  respond (dialog, "close");
  g_assert_true (ui_test_wait_window_idle (files->window));

  g_assert_true (shows_path (files->window, files->a_path));
  after = read_bytes (bad_path);
  g_assert_cmpstr (after, ==, broken);
}

/* A save that fails: a dialog says why, a banner stays while the file
 * lacks the edit, and Save As from the banner keeps it in a new file. */
static void
test_save_error (Files         *files,
                 gconstpointer  data)
{
  g_autofree char *blocker = file_path (files, "not-a-folder");
  g_autofree char *inside = g_build_filename (blocker, "plan.json", NULL);
  g_autofree char *d_path = file_path (files, "d.json");
  g_autoptr(GFile) unreachable = g_file_new_for_path (inside);
  g_autoptr(RpPlan) plan = filled_plan (files->start, 4);
  AdwMessageDialog *dialog;

  SKIP_CHOOSER_UNDER_ASAN ();
  /* Under a regular file: no one, not even root, can save there. */
  g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
  rp_window_set_plan (files->window, plan, unreachable, NULL);
  place_on (files->window, files->start + 2, "tempo");

  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save the Plan");
  respond (dialog, "close");
  assert_contains (rp_window_get_last_message (files->window), "Not saved: ");
  assert_contains (rp_window_get_last_message (files->window), inside);
  g_assert_true (ui_test_wait_window_idle (files->window));
  g_assert_true (rp_document_get_modified (rp_window_get_document (files->window)));

  /* The banner's button. */
  activate (files, "plan.save-as");
  choose_new (files, "d.json");
  g_assert_true (ui_test_wait_window_idle (files->window));
  g_assert_true (shows_path (files->window, d_path));
  g_assert_true (on_disk_has_tempo (d_path, files->start + 2));
  g_assert_false (rp_document_get_modified (rp_window_get_document (files->window)));
}

/* Another program wrote the file while nothing was unsaved: the watch
 * finds it, and Reload shows that version. */
static void
test_reload (Files         *files,
             gconstpointer  data)
{
  AdwMessageDialog *dialog;

  other_program_writes (files);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Plan Changed on Disk");
  g_assert_true (adw_message_dialog_has_response (dialog, "reload"));
  g_assert_true (rp_document_get_changed_on_disk (rp_window_get_document (files->window)));
  assert_contains (rp_window_get_last_message (files->window), "Nothing in this window is unsaved");
  respond (dialog, "reload");
  g_assert_true (ui_test_wait_window_idle (files->window));

  g_assert_cmpuint (rp_plan_get_start (rp_window_get_plan (files->window)), ==, files->start + 7);
  g_assert_false (rp_document_get_changed_on_disk (rp_window_get_document (files->window)));
}

/* An edit whose save the change on disk refused: the dialog names it;
 * Keep Mine leaves the other version on disk and saves nothing there;
 * Reload, chosen later through Save As's neighbour, is not needed. */
static void
test_save_refused_keep_mine (Files         *files,
                             gconstpointer  data)
{
  RpDocument *document = rp_window_get_document (files->window);
  g_autofree char *theirs = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;

  other_program_writes (files);
  theirs = read_bytes (files->a_path);
  place_on (files->window, files->start + 2, "tempo");
  /* The watch or the refused save: either way the dialog names the edit. */
  dialog = wait_for_dialog ();
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && rp_document_get_busy (document); i++)
    wait_ms (10);
  g_assert_true (rp_document_get_changed_on_disk (document));
  assert_contains (rp_window_get_last_message (files->window), "(Add Tempo)");
  g_assert_true (adw_message_dialog_has_response (dialog, "keep"));
  respond (dialog, "keep");
  g_assert_true (ui_test_wait_window_idle (files->window));

  g_assert_cmpint (rp_document_get_state (document), ==, RP_DOCUMENT_STATE_BLOCKED);
  g_assert_true (has_tempo (files->window, files->start + 2));
  place_on (files->window, files->start + 4, "tempo");
  g_assert_true (ui_test_wait_window_idle (files->window));
  after = read_bytes (files->a_path);
  g_assert_cmpstr (after, ==, theirs);
}

/* Unsaved edits in a plan with no file: opening another asks; Save As
 * there goes through the chooser, saves, then the open goes on. */
static void
test_unsaved_ask_save_as (Files         *files,
                          gconstpointer  data)
{
  g_autofree char *e_path = file_path (files, "e.json");
  g_autoptr(RpPlan) plan = filled_plan (files->start, 4);
  AdwMessageDialog *dialog;

  SKIP_CHOOSER_UNDER_ASAN ();
  rp_window_set_plan (files->window, plan, NULL, NULL);
  place_on (files->window, files->start + 2, "tempo");
  g_assert_true (ui_test_wait_window_idle (files->window));

  rp_window_open (files->window, files->a);
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Unsaved Changes");
  assert_contains (rp_window_get_last_message (files->window), "This plan has no file.");
  respond (dialog, "save-as");
  choose_new (files, "e.json");
  g_assert_true (ui_test_wait_window_idle (files->window));

  g_assert_true (on_disk_has_tempo (e_path, files->start + 2));
  g_assert_true (shows_path (files->window, files->a_path));
  g_assert_false (has_tempo (files->window, files->start + 2));
}

/* The same ask, answered Save As and then Cancel in the chooser: the
 * open is dropped, the plan and its edit stay. */
static void
test_unsaved_ask_chooser_cancel (Files         *files,
                                 gconstpointer  data)
{
  g_autoptr(RpPlan) plan = filled_plan (files->start, 4);

  SKIP_CHOOSER_UNDER_ASAN ();
  rp_window_set_plan (files->window, plan, NULL, NULL);
  place_on (files->window, files->start + 2, "tempo");
  rp_window_open (files->window, files->a);
  respond (wait_for_dialog (), "save-as");
  gtk_dialog_response (GTK_DIALOG (ui_test_wait_for_chooser (GTK_FILE_CHOOSER_ACTION_SAVE)),
                       GTK_RESPONSE_CANCEL);
  iterate (3);
  g_assert_true (ui_test_wait_window_idle (files->window));

  g_assert_null (rp_window_get_file (files->window));
  g_assert_true (has_tempo (files->window, files->start + 2));
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  FILES_TEST_ADD ("/ui/document/save-as-chooser", test_save_as_chooser);
  FILES_TEST_ADD ("/ui/document/save-as-cancel", test_save_as_cancel);
  FILES_TEST_ADD ("/ui/document/open-and-new-chooser", test_open_and_new_chooser);
  FILES_TEST_ADD ("/ui/document/open-broken", test_open_broken);
  FILES_TEST_ADD ("/ui/document/save-error", test_save_error);
  FILES_TEST_ADD ("/ui/document/reload", test_reload);
  FILES_TEST_ADD ("/ui/document/save-refused-keep-mine", test_save_refused_keep_mine);
  FILES_TEST_ADD ("/ui/document/unsaved-ask-save-as", test_unsaved_ask_save_as);
  FILES_TEST_ADD ("/ui/document/unsaved-ask-chooser-cancel", test_unsaved_ask_chooser_cancel);

  return ui_test_run ();
}
