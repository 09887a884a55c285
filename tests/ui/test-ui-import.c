/* test-ui-import.c
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

/* Import… (plan.import) through the real chooser: a CSV merged into the
 * open plan as one undo step and saved; a bad file is an error dialog
 * naming the file, line and column, with the plan and its file as they
 * were; Cancel does nothing. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "rp-date.h"
#include "rp-document.h"
#include "rp-history.h"
#include "rp-kind.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-window.h"
#include "ui-test-util.h"

typedef struct
{
  char     *dir;
  char     *plan_path;
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

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
files_set_up (Files         *files,
              gconstpointer  data)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GFile) file = NULL;

  files->saved_today = rp_date_today ();
  rp_date_set_today_for_testing (rp_date_from_ymd (2027, 6, 16));
  files->start = rp_date_from_ymd (2027, 6, 14);
  files->dir = g_dir_make_tmp ("rp-import-XXXXXX", NULL);
  files->plan_path = file_path (files, "plan.json");
  plan = filled_plan (files->start, 4);
  write_plan (plan, files->plan_path);

  files->window = rp_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (files->window), 1200, 800);
  g_object_add_weak_pointer (G_OBJECT (files->window), (gpointer *) &files->window);
  file = g_file_new_for_path (files->plan_path);
  rp_window_open (files->window, file);
  g_assert_true (ui_test_wait_window_idle (files->window));
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

  listing = g_dir_open (files->dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (files->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (files->dir);
  g_free (files->dir);
  g_free (files->plan_path);
  rp_date_set_today_for_testing (files->saved_today);
}

#define FILES_TEST_ADD(path, func) \
  g_test_add (path, Files, NULL, files_set_up, func, files_tear_down)

/* GTK's file chooser leaks inside system libraries that tests/lsan.supp
 * must not hide (as in test-ui-document). */
#ifdef __SANITIZE_ADDRESS__
#define SKIP_CHOOSER_UNDER_ASAN() \
  G_STMT_START { \
    g_test_skip ("the file chooser's system libraries leak under LeakSanitizer"); \
    return; \
  } G_STMT_END
#else
#define SKIP_CHOOSER_UNDER_ASAN() G_STMT_START { } G_STMT_END
#endif

static GtkFileChooser *
open_chooser (Files *files)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (files->window), "plan.import", NULL));
  return ui_test_wait_for_chooser (GTK_FILE_CHOOSER_ACTION_OPEN);
}

/* Import… of the file name in the plan's folder, through the chooser. */
static void
import_through_chooser (Files      *files,
                        const char *name)
{
  GtkFileChooser *chooser = open_chooser (files);
  g_autofree char *path = file_path (files, name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);

  g_assert_cmpuint (g_list_model_get_n_items (filters), ==, 3);
  g_assert_true (gtk_file_chooser_set_file (chooser, file, NULL));
  ui_test_chooser_accept (chooser, file);
}

static void
write_text (Files      *files,
            const char *name,
            const char *text)
{
  g_autofree char *path = file_path (files, name);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
}

/* The CSV's own workouts join the plan as one undo step, and are saved;
 * undo takes them all back. */
static void
test_import_csv (Files         *files,
                 gconstpointer  data)
{
  RpDate tuesday = rp_date_from_ymd (2027, 6, 22);
  RpHistory *history = rp_window_get_history (files->window);
  g_autoptr(RpPlan) before = rp_plan_copy (rp_window_get_plan (files->window));
  g_autoptr(GFile) file = g_file_new_for_path (files->plan_path);

  SKIP_CHOOSER_UNDER_ASAN ();

  write_text (files, "runs.csv",
              "date,kind,pinned,distance_m,notes\r\n"
              "2027-06-22,tempo,true,10000,\"club run, fast\"\r\n"
              "2027-06-24,hills,true,8000,\r\n"
              "2027-06-25,easy,false,6000,\r\n");
  import_through_chooser (files, "runs.csv");

  for (guint i = 0; i < UI_TEST_WAIT_STEPS &&
                    find_pinned (rp_window_get_plan (files->window), tuesday, RP_KIND_TEMPO) == NULL; i++)
    wait_ms (10);
  {
    RpWorkout *tempo = find_pinned (rp_window_get_plan (files->window), tuesday, RP_KIND_TEMPO);

    g_assert_nonnull (tempo);
    g_assert_cmpint (rp_workout_get_distance_m (tempo), ==, 10000);
    g_assert_cmpstr (rp_workout_get_notes (tempo), ==, "club run, fast");
  }
  g_assert_nonnull (find_pinned (rp_window_get_plan (files->window), tuesday + 2, RP_KIND_HILLS));
  g_assert_cmpstr (rp_window_get_last_message (files->window), ==, "Imported 2 workouts from runs.csv");
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Import Workouts");

  /* Saved like any edit. */
  for (guint i = 0; i < UI_TEST_WAIT_STEPS; i++)
    {
      g_autoptr(RpPlan) on_disk = NULL;

      ui_test_wait_window_idle (files->window);
      on_disk = rp_plan_file_load (file, NULL, NULL, NULL);
      if (on_disk != NULL && find_pinned (on_disk, tuesday, RP_KIND_TEMPO) != NULL)
        break;
      wait_ms (10);
    }
  {
    g_autoptr(RpPlan) on_disk = rp_plan_file_load (file, NULL, NULL, NULL);

    g_assert_nonnull (find_pinned (on_disk, tuesday, RP_KIND_TEMPO));
  }

  /* One step: one undo takes back both. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (files->window), "plan.undo", NULL));
  g_assert_true (rp_plan_equal (rp_window_get_plan (files->window), before));

  /* Importing the same file twice adds nothing the second time. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (files->window), "plan.redo", NULL));
  import_through_chooser (files, "runs.csv");
  for (guint i = 0; i < UI_TEST_WAIT_STEPS &&
                    g_strcmp0 (rp_window_get_last_message (files->window),
                               "Nothing new in runs.csv: its workouts are in the plan already") != 0; i++)
    wait_ms (10);
  g_assert_cmpstr (rp_window_get_last_message (files->window), ==,
                   "Nothing new in runs.csv: its workouts are in the plan already");
}

/* A bad file: a dialog with the file's name, line and column; the plan,
 * its undo history and its file are as they were. */
static void
test_import_bad (Files         *files,
                 gconstpointer  data)
{
  RpHistory *history = rp_window_get_history (files->window);
  g_autoptr(RpPlan) before = rp_plan_copy (rp_window_get_plan (files->window));
  g_autofree char *on_disk = read_text (files->plan_path);
  g_autofree char *bad_path = file_path (files, "bad.csv");
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;
  AdwMessageDialog *dialog;

  SKIP_CHOOSER_UNDER_ASAN ();

  write_text (files, "bad.csv", "date,kind\r\n2027-06-22,tempo\r\n2027-06-23,Tempo\r\n");
  import_through_chooser (files, "bad.csv");
  dialog = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Import the Workouts");
  expected = g_strdup_printf ("%s:3:12: kind “Tempo”: not a workout kind", bad_path);
  assert_contains (adw_message_dialog_get_body (dialog), expected);
  respond (dialog, "close");

  g_assert_true (rp_plan_equal (rp_window_get_plan (files->window), before));
  g_assert_false (rp_history_can_undo (history));
  ui_test_wait_window_idle (files->window);
  after = read_text (files->plan_path);
  g_assert_cmpstr (after, ==, on_disk);
}

/* Cancel in the chooser does nothing. */
static void
test_import_cancel (Files         *files,
                    gconstpointer  data)
{
  g_autoptr(RpPlan) before = rp_plan_copy (rp_window_get_plan (files->window));

  SKIP_CHOOSER_UNDER_ASAN ();

  gtk_dialog_response (GTK_DIALOG (open_chooser (files)), GTK_RESPONSE_CANCEL);
  ui_test_wait_chooser_gone ();
  iterate (3);
  g_assert_true (rp_plan_equal (rp_window_get_plan (files->window), before));
  g_assert_false (rp_history_can_undo (rp_window_get_history (files->window)));
}

/* The primary menu has Import… beside Open… and Save As…. */
static gboolean
menu_has_action (GMenuModel *menu,
                 const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

/* The first menu button down the tree that has a menu model. */
static GMenuModel *
find_menu (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) &&
      gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    return gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GMenuModel *menu = find_menu (child);

      if (menu != NULL)
        return menu;
    }
  return NULL;
}

static void
test_menu_item (Files         *files,
                gconstpointer  data)
{
  GMenuModel *menu = find_menu (GTK_WIDGET (files->window));

  g_assert_nonnull (menu);
  g_assert_true (menu_has_action (menu, "plan.open"));
  g_assert_true (menu_has_action (menu, "plan.import"));
}

int
main (int    argc,
      char **argv)
{
  ui_test_init (&argc, &argv);

  FILES_TEST_ADD ("/ui/import/csv", test_import_csv);
  FILES_TEST_ADD ("/ui/import/bad-file", test_import_bad);
  FILES_TEST_ADD ("/ui/import/cancel", test_import_cancel);
  FILES_TEST_ADD ("/ui/import/menu", test_menu_item);

  return ui_test_run ();
}
