/* test-ui-export.c
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

/* Export… and Print as a runner uses them: the dialog driven to write
 * CSV, PNG and a folder of FIT workouts through the real file chooser,
 * each file the bytes core's rp_export_write (the CLI's writer) makes;
 * the plan's file untouched (bytes and mtime); a range outside the plan,
 * a workout FIT cannot take and a failed write said with the file named;
 * and the plan sheet printed to PDF (GTK_PRINT_OPERATION_ACTION_EXPORT)
 * with the pages core counts, for the week view and the month view. */

#include "config.h"

#include <string.h>

#include <adwaita.h>
#include <cairo.h>
#include <glib/gstdio.h>

#include "rp-date.h"
#include "rp-export-dialog.h"
#include "rp-export.h"
#include "rp-export-ics.h"
#include "rp-fit.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-print-sheet.h"
#include "rp-window-export.h"
#include "rp-window.h"
#include "ui-test-util.h"

typedef struct
{
  char     *dir;
  char     *plan_path;
  RpDate    start;
  RpDate    saved_today;
  RpWindow *window;
  char     *plan_bytes;
  gsize     plan_size;
  gint64    plan_mtime;
} Files;

static char *
file_path (Files      *files,
           const char *name)
{
  return g_build_filename (files->dir, name, NULL);
}

/* The modification time in microseconds. */
static gint64
mtime_of (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED ","
                                                 G_FILE_ATTRIBUTE_TIME_MODIFIED_USEC,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GDateTime) time = NULL;

  g_assert_nonnull (info);
  time = g_file_info_get_modification_date_time (info);
  return g_date_time_to_unix (time) * G_USEC_PER_SEC + g_date_time_get_microsecond (time);
}

/* The plan file, written before the window opens it: a filled plan, or
 * with a workout whose step FIT cannot take. */
static void
write_plan_file (Files    *files,
                 gboolean  unsupported_step)
{
  g_autoptr(RpPlan) plan = filled_plan (files->start, 4);

  if (unsupported_step)
    {
      g_autoptr(RpWorkout) bad = rp_workout_new (RP_KIND_TEMPO);
      static const RpStep both = { 1, 1000, 300, RP_ZONE_THRESHOLD, -1, -1 };

      rp_workout_add_step (bad, &both);
      g_assert_nonnull (rp_planner_place (plan, files->start + 3, bad, NULL));
    }
  write_plan (plan, files->plan_path);
}

static void
open_window (Files *files)
{
  g_autoptr(GFile) file = g_file_new_for_path (files->plan_path);

  files->window = rp_window_new (NULL);
  gtk_window_set_default_size (GTK_WINDOW (files->window), 1200, 800);
  g_object_add_weak_pointer (G_OBJECT (files->window), (gpointer *) &files->window);
  rp_window_open (files->window, file);
  g_assert_true (ui_test_wait_window_idle (files->window));
  gtk_window_present (GTK_WINDOW (files->window));
  wait_until_laid_out (rp_week_view_get_day_widget (rp_window_get_week_view (files->window), 0));
  rp_window_show_week (files->window, files->start + 7);

  /* What must not change. */
  g_assert_true (g_file_get_contents (files->plan_path, &files->plan_bytes, &files->plan_size,
                                      NULL));
  files->plan_mtime = mtime_of (files->plan_path);
}

static void
files_set_up (Files         *files,
              gconstpointer  data)
{
  files->saved_today = rp_date_today ();
  rp_date_set_today_for_testing (rp_date_from_ymd (2027, 6, 16));
  files->start = rp_date_from_ymd (2027, 6, 14);
  files->dir = g_dir_make_tmp ("rp-export-XXXXXX", NULL);
  files->plan_path = file_path (files, "a.json");
  write_plan_file (files, GPOINTER_TO_INT (data));
  open_window (files);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) listing = g_dir_open (path, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* The plan's file as it was when the window opened it. */
static void
assert_plan_untouched (Files *files)
{
  g_autofree char *bytes = NULL;
  gsize size;

  g_assert_true (ui_test_wait_window_idle (files->window));
  g_assert_true (g_file_get_contents (files->plan_path, &bytes, &size, NULL));
  g_assert_cmpmem (bytes, size, files->plan_bytes, files->plan_size);
  g_assert_cmpint (mtime_of (files->plan_path), ==, files->plan_mtime);
  g_assert_false (rp_history_can_undo (rp_window_get_history (files->window)));
}

static void
files_tear_down (Files         *files,
                 gconstpointer  data)
{
  GList *toplevels = gtk_window_list_toplevels ();

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
  remove_tree (files->dir);
  g_free (files->dir);
  g_free (files->plan_path);
  g_free (files->plan_bytes);
  rp_date_set_today_for_testing (files->saved_today);
}

#define FILES_TEST_ADD(path, func) \
  g_test_add (path, Files, GINT_TO_POINTER (FALSE), files_set_up, func, files_tear_down)
#define FILES_TEST_ADD_UNSUPPORTED(path, func) \
  g_test_add (path, Files, GINT_TO_POINTER (TRUE), files_set_up, func, files_tear_down)

/* GTK's file chooser leaks inside system libraries (as test-ui-document). */
#ifdef __SANITIZE_ADDRESS__
#define SKIP_CHOOSER_UNDER_ASAN() \
  G_STMT_START { \
    g_test_skip ("the file chooser's system libraries leak under LeakSanitizer"); \
    return; \
  } G_STMT_END
#else
#define SKIP_CHOOSER_UNDER_ASAN() G_STMT_START { } G_STMT_END
#endif

/* Export… from the menu's action: the dialog, its controls labelled. */
static RpExportDialog *
open_export_dialog (Files *files)
{
  RpExportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (files->window), "plan.export", NULL));
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && find_toplevel (RP_TYPE_EXPORT_DIALOG) == NULL; i++)
    wait_ms (10);
  dialog = RP_EXPORT_DIALOG (find_toplevel (RP_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  return dialog;
}

/* A new file's name typed whole in the chooser, as a runner may. */
static void
choose_new (Files      *files,
            const char *name)
{
  g_autofree char *typed = file_path (files, name);
  g_autoptr(GFile) expected = g_file_new_for_path (typed);

  ui_test_choose_new (expected);
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A folder chosen in the folder chooser, as a runner opens it and
 * presses Select. */
static void
choose_folder (const char *path)
{
  GtkFileChooser *chooser = ui_test_wait_for_chooser (GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
  g_autoptr(GFile) folder = g_file_new_for_path (path);

  /* The folder's path typed in the location entry (Ctrl+L), as a runner
   * may type it. */
  g_signal_emit_by_name (find_descendant (GTK_WIDGET (chooser), GTK_TYPE_FILE_CHOOSER_WIDGET),
                         "location-popup", path);
  ui_test_chooser_accept (chooser, folder);
}

/* The toast that says the export is written. */
static void
wait_for_message (Files      *files,
                  const char *part)
{
  for (guint i = 0; i < UI_TEST_WAIT_STEPS; i++)
    {
      const char *message = rp_window_get_last_message (files->window);

      if (message != NULL && strstr (message, part) != NULL)
        return;
      wait_ms (10);
    }
  assert_contains (rp_window_get_last_message (files->window), part);
}

/* What core's writer (the CLI's) makes of the plan's file for days
 * first..last, in expected_name beside. */
static void
core_export (Files          *files,
             RpExportFormat  format,
             RpDate          first,
             RpDate          last,
             const char     *expected_name)
{
  g_autoptr(GFile) plan_file = g_file_new_for_path (files->plan_path);
  g_autofree char *path = file_path (files, expected_name);
  g_autoptr(GFile) out = g_file_new_for_path (path);
  g_autoptr(RpPlan) plan = rp_plan_file_load (plan_file, NULL, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (plan);
  rp_planner_analyze (plan);
  g_assert_true (rp_export_write (plan, format, first, last, NULL, plan_file, out, NULL, NULL,
                                  &error));
  g_assert_no_error (error);
}

static void
assert_same_file (Files      *files,
                  const char *a,
                  const char *b)
{
  g_autofree char *a_path = file_path (files, a);
  g_autofree char *b_path = file_path (files, b);
  g_autofree char *a_bytes = NULL, *b_bytes = NULL;
  gsize a_size, b_size;

  g_assert_true (g_file_get_contents (a_path, &a_bytes, &a_size, NULL));
  g_assert_true (g_file_get_contents (b_path, &b_bytes, &b_size, NULL));
  g_assert_cmpuint (a_size, >, 0);
  g_assert_cmpmem (a_bytes, a_size, b_bytes, b_size);
}

/* CSV and PNG of days the runner types, and the week shown as FIT
 * workouts into a watch's folder: each file core's bytes, the plan's
 * file as it was, a toast naming what was written. */
static void
test_export_files (Files         *files,
                   gconstpointer  data)
{
  static const struct
  {
    const char     *name;
    RpExportFormat  format;
    const char     *file;
  } cases[] = {
    { "csv", RP_EXPORT_FORMAT_CSV, "out.csv" },
    { "png", RP_EXPORT_FORMAT_PNG, "out.png" },
  };
  RpDate first = files->start + 2, last = files->start + 12;
  g_autofree char *watch = file_path (files, "GARMIN");
  g_autofree char *new_files = file_path (files, "GARMIN/NewFiles");
  g_autoptr(GDir) listing = NULL;
  RpExportDialog *dialog;
  const char *name;
  guint n_fit = 0;

  SKIP_CHOOSER_UNDER_ASAN ();
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *expected = g_strconcat ("core-", cases[i].file, NULL);
      g_autofree char *toast = g_strdup_printf ("Exported to %s", cases[i].file);

      dialog = open_export_dialog (files);
      g_assert_true (rp_export_dialog_select_format (dialog, cases[i].name));
      rp_export_dialog_set_custom (dialog, first, last);
      g_assert_null (rp_export_dialog_get_error (dialog));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose", NULL));
      choose_new (files, cases[i].file);
      wait_for_message (files, toast);
      g_assert_null (find_toplevel (RP_TYPE_EXPORT_DIALOG));

      core_export (files, cases[i].format, first, last, expected);
      assert_same_file (files, cases[i].file, expected);
    }

  /* FIT: the week shown, into GARMIN/NewFiles as on a mounted watch. */
  g_assert_cmpint (g_mkdir (watch, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (new_files, 0755), ==, 0);
  dialog = open_export_dialog (files);
  g_assert_true (rp_export_dialog_select_format (dialog, "fit"));
  rp_export_dialog_select_range (dialog, RP_EXPORT_RANGE_WEEK);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose", NULL));
  choose_folder (new_files);
  wait_for_message (files, "FIT workouts to NewFiles");

  core_export (files, RP_EXPORT_FORMAT_FIT, files->start + 7, files->start + 13, "core-fit");
  listing = g_dir_open (new_files, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *ours = g_build_filename ("GARMIN", "NewFiles", name, NULL);
      g_autofree char *core = g_build_filename ("core-fit", name, NULL);

      g_assert_true (g_str_has_suffix (name, ".fit"));
      assert_same_file (files, ours, core);
      n_fit++;
    }
  g_assert_cmpuint (n_fit, >, 3);
  {
    g_autofree char *toast = g_strdup_printf ("Exported %u FIT workouts to NewFiles", n_fit);

    assert_contains (rp_window_get_last_message (files->window), toast);
  }
  assert_plan_untouched (files);
}

/* The dialog's controls are labelled, and it starts on the view shown:
 * the week in the week view, the month in the month view. */
static void
test_dialog_defaults (Files         *files,
                      gconstpointer  data)
{
  RpExportDialog *dialog = open_export_dialog (files);
  RpDate first, last;

  g_assert_true (rp_export_dialog_get_range (dialog, &first, &last));
  g_assert_cmpuint (first, ==, files->start + 7);
  g_assert_cmpuint (last, ==, files->start + 13);
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_action_group_change_action_state (G_ACTION_GROUP (files->window), "view",
                                      g_variant_new_string ("month"));
  dialog = open_export_dialog (files);
  g_assert_true (rp_export_dialog_get_range (dialog, &first, &last));
  /* June 2027, cut to the plan (14 June – 11 July). */
  g_assert_cmpuint (first, ==, files->start);
  g_assert_cmpuint (last, ==, rp_date_from_ymd (2027, 6, 30));
  rp_export_dialog_select_range (dialog, RP_EXPORT_RANGE_PLAN);
  g_assert_true (rp_export_dialog_get_range (dialog, &first, &last));
  g_assert_cmpuint (last, ==, files->start + 27);
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_action_group_change_action_state (G_ACTION_GROUP (files->window), "view",
                                      g_variant_new_string ("week"));
  assert_plan_untouched (files);
}

/* Days outside the plan: said in the dialog with the plan's file named,
 * Export… off until the days are right. */
static void
test_range_error (Files         *files,
                  gconstpointer  data)
{
  RpExportDialog *dialog = open_export_dialog (files);

  rp_export_dialog_set_custom (dialog, files->start - 3, files->start + 3);
  assert_contains (rp_export_dialog_get_error (dialog),
                   "a.json: the range is not inside the plan (2027-06-14 to 2027-07-11)");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose", NULL);
  iterate (3);
  g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  rp_export_dialog_set_custom (dialog, files->start + 5, files->start + 3);
  assert_contains (rp_export_dialog_get_error (dialog), "a.json: the range ends before it starts");
  rp_export_dialog_set_custom (dialog, files->start, files->start + 3);
  g_assert_null (rp_export_dialog_get_error (dialog));
  assert_plan_untouched (files);
}

/* A workout the watch cannot take: named in the dialog before any
 * folder is chosen; nothing written. */
static void
test_fit_refused (Files         *files,
                  gconstpointer  data)
{
  RpExportDialog *dialog = open_export_dialog (files);

  g_assert_true (rp_export_dialog_select_format (dialog, "fit"));
  rp_export_dialog_set_custom (dialog, files->start, files->start + 6);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose", NULL));
  iterate (3);
  assert_contains (rp_export_dialog_get_error (dialog),
                   "a.json: cannot export to FIT: 2027-06-17 tempo, step 1:");
  g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  assert_plan_untouched (files);
}

/* A write that fails: a dialog naming the file and why. */
static void
test_write_failure (Files         *files,
                    gconstpointer  data)
{
  g_autofree char *folder = file_path (files, "NewFiles");
  g_autofree char *blocker = NULL;
  g_autofree char *first_name = NULL;
  g_autoptr(GFile) plan_file = g_file_new_for_path (files->plan_path);
  g_autoptr(RpPlan) plan = rp_plan_file_load (plan_file, NULL, NULL, NULL);
  RpExportDialog *dialog;
  AdwMessageDialog *failed;
  RpDate date = files->start + 7;

  SKIP_CHOOSER_UNDER_ASAN ();
  /* A folder where the week's first FIT file would go. */
  while (rp_plan_get_n_workouts (plan, date) == 0 ||
         rp_workout_get_kind (rp_plan_get_workout (plan, date, 0)) == RP_KIND_REST)
    date++;
  first_name = rp_fit_file_name (rp_plan_get_workout (plan, date, 0), 0);
  blocker = g_build_filename (folder, first_name, NULL);
  g_assert_cmpint (g_mkdir_with_parents (blocker, 0755), ==, 0);

  dialog = open_export_dialog (files);
  g_assert_true (rp_export_dialog_select_format (dialog, "fit"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose", NULL));
  choose_folder (folder);
  failed = wait_for_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_heading (failed), ==, "Export Failed");
  assert_contains (adw_message_dialog_get_body (failed), blocker);
  assert_contains (adw_message_dialog_get_body (failed),
                   "cannot write the FIT file: Is a directory");
  respond (failed, "close");
  assert_plan_untouched (files);
}

static guint
count_pdf_pages (const char *path)
{
  g_autofree char *pdf = NULL;
  const char *key = "/Type /Page";
  gsize size, key_len = strlen (key);
  guint n = 0;

  g_assert_true (g_file_get_contents (path, &pdf, &size, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  for (gsize i = 0; i + key_len < size; i++)
    if (memcmp (pdf + i, key, key_len) == 0 && pdf[i + key_len] != 's')
      n++;
  return n;
}

/* The pages core lays the sheet out on for GTK's default page. */
static guint
expected_pages (RpPrintSheet *sheet)
{
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  double width = gtk_page_setup_get_page_width (setup, GTK_UNIT_POINTS);
  double height = gtk_page_setup_get_page_height (setup, GTK_UNIT_POINTS);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 10, 10);
  cairo_t *cr = cairo_create (surface);
  guint n = rp_print_sheet_paginate (sheet, cr, width, height);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return n;
}

/* Print to PDF: the week shown is one page, the month shown (month
 * view) as many as core counts, more than one; the plan unchanged. */
static void
test_print_pdf (Files         *files,
                gconstpointer  data)
{
  g_autofree char *week_pdf = file_path (files, "week.pdf");
  g_autofree char *month_pdf = file_path (files, "month.pdf");
  g_autoptr(RpPrintSheet) month = rp_print_sheet_new_month (rp_window_get_plan (files->window),
                                                            files->start + 10);
  g_autoptr(GError) error = NULL;
  guint n_month;

  g_assert_cmpint (rp_window_print_sheet (files->window, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                          week_pdf, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  g_assert_cmpuint (count_pdf_pages (week_pdf), ==, 1);

  g_action_group_change_action_state (G_ACTION_GROUP (files->window), "view",
                                      g_variant_new_string ("month"));
  g_assert_cmpint (rp_window_print_sheet (files->window, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                          month_pdf, &error), ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);
  n_month = expected_pages (month);
  g_assert_cmpuint (n_month, >, 1);
  g_assert_cmpuint (count_pdf_pages (month_pdf), ==, n_month);
  g_action_group_change_action_state (G_ACTION_GROUP (files->window), "view",
                                      g_variant_new_string ("week"));
  assert_plan_untouched (files);
}

/* Print… opens the print dialog (with the Plan Sheet tab); Cancel
 * prints nothing and leaves the plan as it was. */
static void
test_print_dialog (Files         *files,
                   gconstpointer  data)
{
  GtkWidget *dialog = NULL;
  GType type = 0;

  SKIP_CHOOSER_UNDER_ASAN ();   /* the print dialog holds a file chooser too */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (files->window), "plan.print", NULL));
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && dialog == NULL; i++)
    {
      type = g_type_from_name ("GtkPrintUnixDialog");
      dialog = type != 0 ? find_toplevel (type) : NULL;
      if (dialog == NULL)
        wait_ms (10);
    }
  g_assert_nonnull (dialog);
  gtk_dialog_response (GTK_DIALOG (dialog), GTK_RESPONSE_CANCEL);
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && find_toplevel (type) != NULL; i++)
    wait_ms (10);
  g_assert_null (find_toplevel (type));
  assert_plan_untouched (files);
}

/* Calendar (iCalendar): the bytes `run-planner-cli export --format ics`
 * writes (rp_export_ics, DTSTAMP SOURCE_DATE_EPOCH), a toast, the plan's
 * file as it was. */
static void
test_export_ics (Files         *files,
                 gconstpointer  data)
{
  RpDate first = files->start + 2, last = files->start + 12;
  g_autoptr(GFile) plan_file = g_file_new_for_path (files->plan_path);
  g_autoptr(RpPlan) plan = rp_plan_file_load (plan_file, NULL, NULL, NULL);
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *path = file_path (files, "plan.ics");
  g_autofree char *contents = NULL;
  gsize size = 0;
  RpExportDialog *dialog;

  SKIP_CHOOSER_UNDER_ASAN ();
  g_assert_nonnull (plan);
  expected = rp_export_ics (plan, first, last, 1800000000);
  dialog = open_export_dialog (files);
  g_assert_true (rp_export_dialog_select_format (dialog, "ics"));
  rp_export_dialog_set_custom (dialog, first, last);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose", NULL));
  choose_new (files, "plan.ics");
  wait_for_message (files, "Exported to plan.ics");
  g_assert_true (g_file_get_contents (path, &contents, &size, NULL));
  g_assert_cmpmem (contents, size, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  g_assert_nonnull (strstr (contents, "BEGIN:VEVENT\r\n"));
  assert_plan_untouched (files);
}

int
main (int   argc,
      char *argv[])
{
  /* The FIT files' time_created, in the app and in core's comparison. */
  g_setenv ("SOURCE_DATE_EPOCH", "1800000000", TRUE);
  ui_test_init (&argc, &argv);

  FILES_TEST_ADD ("/ui/export/files", test_export_files);
  FILES_TEST_ADD ("/ui/export/ics", test_export_ics);
  FILES_TEST_ADD ("/ui/export/dialog-defaults", test_dialog_defaults);
  FILES_TEST_ADD ("/ui/export/range-error", test_range_error);
  FILES_TEST_ADD_UNSUPPORTED ("/ui/export/fit-refused", test_fit_refused);
  FILES_TEST_ADD ("/ui/export/write-failure", test_write_failure);
  FILES_TEST_ADD ("/ui/print/pdf", test_print_pdf);
  FILES_TEST_ADD ("/ui/print/dialog", test_print_dialog);

  return ui_test_run ();
}
