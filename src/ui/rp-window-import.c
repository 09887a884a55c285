/* rp-window-import.c — Import…: a CSV or JSON export merged into the plan
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

#define G_LOG_DOMAIN "rp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-import.h"
#include "rp-plan-command-import.h"
#include "rp-window-private.h"

/* The file is read in a thread (a plan's worth of CSV is up to 64 MiB);
 * the merge is one command on the main thread, into the plan the import
 * was asked for: if another plan was opened meanwhile, nothing is done. */
typedef struct
{
  GFile          *file;
  RpImportFormat  format;
  RpUnit          unit;
  RpPlan         *plan;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_object (&data->file);
  g_clear_object (&data->plan);
  g_free (data);
}

static void
read_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  ImportData *data = task_data;
  GPtrArray *workouts;
  GError *error = NULL;

  workouts = rp_import_load (data->file, data->format, data->unit, cancellable, &error);
  if (workouts == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, workouts, (GDestroyNotify) g_ptr_array_unref);
}

static char *
file_basename (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);

  if (info != NULL)
    return g_strdup (g_file_info_get_display_name (info));
  return g_file_get_basename (file);
}

static void
report_result (RpWindow             *self,
               GFile                *file,
               const RpImportResult *result)
{
  g_autofree char *name = file_basename (file);
  g_autofree char *message = NULL;

  if (result->added > 0)
    /* Translators: a toast after Import…, e.g. "Imported 5 workouts from runs.csv" */
    message = g_strdup_printf (ngettext ("Imported %u workout from %s",
                                         "Imported %u workouts from %s", result->added),
                               result->added, name);
  else
    /* Translators: a toast after Import… of a file whose workouts are all in the plan */
    message = g_strdup_printf (_("Nothing new in %s: its workouts are in the plan already"), name);
  rp_window_show_message (self, message);
}

static void
on_read_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  RpWindow *self = RP_WINDOW (source);
  ImportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GError) error = NULL;
  RpImportResult outcome;

  workouts = g_task_propagate_pointer (G_TASK (result), &error);
  /* The window shows another plan now (or none): not this one's import. */
  if (self->plan != data->plan)
    return;
  if (workouts == NULL)
    {
      /* The file's name, line and column, and the plan as it was. */
      rp_window_show_error_dialog (self, _("Could Not Import the Workouts"), error->message);
      return;
    }
  if (!rp_plan_command_import (self->plan, self->history, workouts, RP_DATE_INVALID,
                               RP_DATE_INVALID, &outcome, &error))
    {
      g_autofree char *name = file_basename (data->file);
      /* Translators: "runs.csv: 2027-03-23 has room for 1 more workout, not 2 …" */
      g_autofree char *message = g_strdup_printf (_("%s: %s"), name, error->message);

      rp_window_show_error_dialog (self, _("Could Not Import the Workouts"), message);
      return;
    }
  report_result (self, data->file, &outcome);
}

static void
start_import (RpWindow *self,
              GFile    *file)
{
  g_autoptr(GTask) task = NULL;
  ImportData *data;
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *uri = g_file_get_uri (file);

  if (self->plan == NULL)
    return;

  data = g_new0 (ImportData, 1);
  data->file = g_object_ref (file);
  /* A CSV by its name, anything else as a plan file (JSON). */
  if (!rp_import_format_from_path (path != NULL ? path : uri, &data->format))
    data->format = RP_IMPORT_JSON;
  data->unit = rp_athlete_get_unit (rp_plan_get_athlete (self->plan));
  data->plan = g_object_ref (self->plan);

  task = g_task_new (self, NULL, on_read_cb, NULL);
  g_task_set_source_tag (task, start_import);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, read_thread);
}

static void
on_import_response_cb (GtkNativeDialog *native,
                       int              response,
                       RpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      if (file != NULL)
        start_import (self, file);
    }
  g_object_unref (native);
}

static void
add_import_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) both = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  gtk_file_filter_set_name (both, _("CSV and JSON exports"));
  gtk_file_filter_add_mime_type (both, "text/csv");
  gtk_file_filter_add_suffix (both, "csv");
  gtk_file_filter_add_mime_type (both, "application/json");
  gtk_file_filter_add_mime_type (both, "application/x-run-planner-plan");
  gtk_file_filter_add_suffix (both, "json");
  gtk_file_chooser_add_filter (chooser, both);

  gtk_file_filter_set_name (csv, _("CSV files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_chooser_add_filter (chooser, csv);

  gtk_file_filter_set_name (json, _("JSON files"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_mime_type (json, "application/x-run-planner-plan");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (chooser, json);
}

void
rp_window_import_action (RpWindow *self)
{
  GtkFileChooserNative *native;

  g_return_if_fail (RP_IS_WINDOW (self));

  native = gtk_file_chooser_native_new (_("Import Workouts"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_import_filters (GTK_FILE_CHOOSER (native));
  g_signal_connect (native, "response", G_CALLBACK (on_import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
