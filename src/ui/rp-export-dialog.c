/* rp-export-dialog.c
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

#define G_LOG_DOMAIN "rp-export-dialog"

#include "config.h"

#include "rp-export-dialog.h"

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-export.h"
#include "rp-export-ics.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"

/* The formats, in the order the Format row lists them. A format of core
 * (rp_export_render) names its RpExportFormat; one made elsewhere gives
 * render instead, whose output is written as the others are. Adding a
 * format is one line here. */
typedef RpExportOutput *(*ExportRenderFunc) (RpPlan  *plan,
                                             RpDate   first,
                                             RpDate   last,
                                             GError **error);

typedef struct
{
  const char       *name;       /* as `run-planner-cli export --format` takes it */
  const char       *label;      /* N_() */
  const char       *extension;  /* of the file suggested; NULL: a folder (FIT) */
  const char       *hint;       /* N_(): what the runner gets */
  RpExportFormat    format;
  ExportRenderFunc  render;     /* NULL: core's rp_export_render of format */
} ExportFormatInfo;

/* iCalendar, from rp-ical (libical is kept out of core); DTSTAMP now, or
 * SOURCE_DATE_EPOCH, as `run-planner-cli export --format ics` writes. */
static RpExportOutput *
render_ics (RpPlan  *plan,
            RpDate   first,
            RpDate   last,
            GError **error)
{
  g_autoptr(GBytes) bytes = NULL;
  RpExportOptions options;

  rp_export_options_init (&options);
  bytes = rp_export_ics (plan, first, last, options.time_created);
  return rp_export_output_new_file (bytes);
}

static const ExportFormatInfo export_formats[] = {
  { "csv", N_("CSV spreadsheet"), ".csv",
    N_("One row per workout: date, kind, distance, duration, paces, steps and why the planner chose it."),
    RP_EXPORT_FORMAT_CSV, NULL },
  { "json", N_("Plan file (JSON)"), ".json",
    N_("A plan file of these days that Run Planner and run-planner-cli open."),
    RP_EXPORT_FORMAT_JSON, NULL },
  /* format unused: render makes the file. */
  { "ics", N_("Calendar (iCalendar)"), ".ics",
    N_("One all-day event per workout, for GNOME Calendar, Evolution or any calendar; a moved workout stays the same event."),
    RP_EXPORT_FORMAT_JSON, render_ics },
  { "fit", N_("Garmin FIT workouts"), NULL,
    N_("One .fit file per workout, into a folder you choose: a watch connected over USB takes them in its GARMIN/NewFiles folder."),
    RP_EXPORT_FORMAT_FIT, NULL },
  { "png", N_("Chart as an image (PNG)"), ".png",
    N_("The intensity chart of every week of these days, one under the other (a year at most)."),
    RP_EXPORT_FORMAT_PNG, NULL },
  { "svg", N_("Chart as a drawing (SVG)"), ".svg",
    N_("The intensity chart of every week of these days, one under the other (a year at most)."),
    RP_EXPORT_FORMAT_SVG, NULL },
  { "pdf", N_("Chart as a document (PDF)"), ".pdf",
    N_("The intensity chart of every week of these days, four weeks a page."),
    RP_EXPORT_FORMAT_PDF, NULL },
};

struct _RpExportDialog
{
  AdwWindow parent_instance;

  /* template widgets */
  AdwComboRow *format_row;
  AdwComboRow *range_row;
  AdwEntryRow *from_row;
  AdwEntryRow *to_row;
  GtkLabel    *hint_label;
  GtkLabel    *error_label;
  GtkWidget   *export_button;
  GtkWidget   *cancel_button;

  /* owned */
  RpWindow             *window;
  RpPlan               *plan;
  GFile                *plan_file;    /* NULL: not saved */
  char                 *plan_name;
  RpDate                week_start;
  RpExportOutput       *output;       /* made, waiting for the chooser */
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (RpExportDialog, rp_export_dialog, ADW_TYPE_WINDOW)

static const ExportFormatInfo *
selected_format (RpExportDialog *self)
{
  guint i = adw_combo_row_get_selected (self->format_row);

  return &export_formats[MIN (i, G_N_ELEMENTS (export_formats) - 1)];
}

static void
show_error (RpExportDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

/* The month the window shows: the one holding its week's Thursday. */
static void
shown_month (RpExportDialog *self,
             RpDate         *out_first,
             RpDate         *out_last)
{
  GDate date;

  rp_date_to_gdate (self->week_start + 3, &date);
  *out_first = rp_date_from_ymd (g_date_get_year (&date), g_date_get_month (&date), 1);
  *out_last = *out_first + g_date_get_days_in_month (g_date_get_month (&date),
                                                    g_date_get_year (&date)) - 1;
}

static gboolean
parse_row (AdwEntryRow *row,
           RpDate      *out)
{
  return rp_date_parse_iso (gtk_editable_get_text (GTK_EDITABLE (row)), out);
}

/* The days of the range chosen; the week and the month shown are cut to
 * the plan, the runner's own days are checked as they are. */
static gboolean
resolve_range (RpExportDialog  *self,
               RpDate          *out_first,
               RpDate          *out_last,
               GError         **error)
{
  RpDate first, last;

  switch ((RpExportRange) adw_combo_row_get_selected (self->range_row))
    {
    case RP_EXPORT_RANGE_WEEK:
      first = self->week_start;
      last = self->week_start + 6;
      break;
    case RP_EXPORT_RANGE_MONTH:
      shown_month (self, &first, &last);
      break;
    case RP_EXPORT_RANGE_CUSTOM:
      if (!parse_row (self->from_row, &first) || !parse_row (self->to_row, &last))
        {
          g_set_error_literal (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_RANGE,
                               _("Type the first and last day as 2027-03-22"));
          return FALSE;
        }
      return rp_export_check_range (self->plan, *out_first = first, *out_last = last, error);
    case RP_EXPORT_RANGE_PLAN:
    default:
      first = rp_plan_get_start (self->plan);
      last = rp_plan_get_end (self->plan);
      break;
    }
  *out_first = MAX (first, rp_plan_get_start (self->plan));
  *out_last = MIN (last, rp_plan_get_end (self->plan));
  if (*out_first > *out_last)
    {
      g_set_error_literal (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_RANGE,
                           _("these days are outside the plan"));
      return FALSE;
    }
  return TRUE;
}

/* "plan.json: the range ends before it starts": an error of the plan is
 * named by its file, as the command line names it. */
static char *
plan_message (RpExportDialog *self,
              const char     *message)
{
  return g_strdup_printf ("%s: %s", self->plan_name, message);
}

static void
update (RpExportDialog *self)
{
  const ExportFormatInfo *info = selected_format (self);
  gboolean custom = adw_combo_row_get_selected (self->range_row) == RP_EXPORT_RANGE_CUSTOM;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  RpDate first, last;
  gboolean ok;

  /* The rows' models are set before the plan is. */
  if (self->plan == NULL)
    return;
  gtk_label_set_text (self->hint_label, _(info->hint));
  gtk_widget_set_visible (GTK_WIDGET (self->from_row), custom);
  gtk_widget_set_visible (GTK_WIDGET (self->to_row), custom);
  ok = resolve_range (self, &first, &last, &error);
  if (!ok)
    message = plan_message (self, error->message);
  show_error (self, message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose", ok);
  g_clear_pointer (&self->output, rp_export_output_free);
}

static void
on_row_selected_cb (RpExportDialog *self)
{
  update (self);
}

static void
on_date_changed_cb (RpExportDialog *self)
{
  update (self);
}

/* "run-plan-2027-03-22-to-2027-03-28.csv" */
static char *
suggested_name (RpExportDialog         *self,
                const ExportFormatInfo *info,
                RpDate                  first,
                RpDate                  last)
{
  char from[RP_DATE_ISO_LEN], to[RP_DATE_ISO_LEN];

  /* Translators: the file name an export suggests; keep the %s (dates) and the extension */
  return g_strdup_printf (_("run-plan-%s-to-%s%s"), rp_date_to_iso (first, from),
                          rp_date_to_iso (last, to),
                          info->extension != NULL ? info->extension : "");
}

typedef struct
{
  RpExportOutput *output;
  GFile          *out;
  GFile          *plan_file;
  GFile          *failed;
} WriteJob;

static void
write_job_free (WriteJob *job)
{
  rp_export_output_free (job->output);
  g_object_unref (job->out);
  g_clear_object (&job->plan_file);
  g_clear_object (&job->failed);
  g_free (job);
}

/* In a worker thread: only files, no plan (the plan is the main
 * thread's; its bytes were made there). */
static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteJob *job = task_data;
  GError *error = NULL;

  if (rp_export_output_write (job->output, job->out, job->plan_file, cancellable,
                              &job->failed, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static char *
success_message (WriteJob *job)
{
  g_autofree char *name = g_file_get_basename (job->out);
  guint n = rp_export_output_get_n_files (job->output);

  if (rp_export_output_is_folder (job->output))
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Exported %u FIT workout to %s",
                                         "Exported %u FIT workouts to %s", n), n, name);
  /* Translators: a toast once an export is written: "Exported to plan.csv" */
  return g_strdup_printf (_("Exported to %s"), name);
}

static void
show_failure (RpWindow   *window,
              GFile      *failed,
              const char *message)
{
  g_autofree char *name = g_file_get_parse_name (failed);
  /* Translators: the body of the Export Failed dialog: the file, then why */
  g_autofree char *body = g_strdup_printf (_("“%s”: %s"), name, message);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Export Failed"), body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_write_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  RpWindow *window = RP_WINDOW (source);
  WriteJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error))
    {
      text = success_message (job);
      rp_ui_show_message (GTK_WIDGET (window), text);
    }
  else
    show_failure (window, job->failed != NULL ? job->failed : job->out, error->message);
}

static void
start_write (RpExportDialog *self,
             GFile          *out)
{
  WriteJob *job = g_new0 (WriteJob, 1);
  g_autoptr(GTask) task = g_task_new (self->window, NULL, on_write_done_cb, NULL);

  job->output = g_steal_pointer (&self->output);
  job->out = g_object_ref (out);
  job->plan_file = self->plan_file != NULL ? g_object_ref (self->plan_file) : NULL;
  g_task_set_source_tag (task, start_write);
  g_task_set_task_data (task, job, (GDestroyNotify) write_job_free);
  g_task_run_in_thread (task, write_thread);
}

static void
on_chooser_response_cb (GtkNativeDialog *native,
                        int              response,
                        RpExportDialog  *self)
{
  g_autoptr(GFile) out = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    out = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  g_clear_object (&self->chooser);
  if (out == NULL)
    {
      /* Back to the choices. */
      gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
      return;
    }
  start_write (self, out);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
open_chooser (RpExportDialog         *self,
              const ExportFormatInfo *info,
              RpDate                  first,
              RpDate                  last)
{
  gboolean folder = info->extension == NULL;
  g_autofree char *name = suggested_name (self, info, first, last);
  g_autoptr(GFile) parent = self->plan_file != NULL ? g_file_get_parent (self->plan_file) : NULL;

  self->chooser = gtk_file_chooser_native_new (folder ? _("Choose a Folder for the FIT Workouts")
                                                      : _("Export To"),
                                               GTK_WINDOW (self->window),
                                               folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER
                                                      : GTK_FILE_CHOOSER_ACTION_SAVE,
                                               folder ? _("_Select") : _("_Export"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  if (parent != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), parent, NULL);
  if (!folder)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response_cb), self);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* The files are made now, from the plan as it is: a workout the watch
 * cannot take, or a chart too tall, is said here before any file is
 * chosen. */
static void
export_choose_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RpExportDialog *self = RP_EXPORT_DIALOG (widget);
  const ExportFormatInfo *info = selected_format (self);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  RpDate first, last;

  if (self->chooser != NULL || !resolve_range (self, &first, &last, &error))
    return;
  g_clear_pointer (&self->output, rp_export_output_free);
  if (info->render != NULL)
    self->output = info->render (self->plan, first, last, &error);
  else
    self->output = rp_export_render (self->plan, info->format, first, last, NULL, &error);
  if (self->output == NULL)
    {
      message = plan_message (self, error->message);
      show_error (self, message);
      return;
    }
  show_error (self, NULL);
  open_chooser (self, info, first, last);
}

static GtkStringList *
range_list_new (RpExportDialog *self)
{
  GtkStringList *list = gtk_string_list_new (NULL);
  g_autofree char *week = rp_date_format_week_range (self->week_start);
  g_autofree char *start = rp_date_format_day_month (rp_plan_get_start (self->plan));
  g_autofree char *end = rp_date_format_day_month (rp_plan_get_end (self->plan));
  g_autofree char *week_item = NULL, *month_item = NULL, *plan_item = NULL;
  RpDate first, last;
  GDate date;
  char month[64];

  shown_month (self, &first, &last);
  rp_date_to_gdate (first, &date);
  if (g_date_strftime (month, sizeof month, C_("month view title", "%B %Y"), &date) == 0)
    month[0] = '\0';
  /* Translators: the Days row of Export: "The week shown (22 – 28 Mar 2027)" */
  week_item = g_strdup_printf (_("The week shown (%s)"), week);
  /* Translators: the Days row of Export: "The month shown (March 2027)" */
  month_item = g_strdup_printf (_("The month shown (%s)"), month);
  /* Translators: the Days row of Export: "The whole plan (22 March – 2 May)" */
  plan_item = g_strdup_printf (_("The whole plan (%s – %s)"), start, end);
  gtk_string_list_append (list, week_item);
  gtk_string_list_append (list, month_item);
  gtk_string_list_append (list, plan_item);
  gtk_string_list_append (list, _("Days you choose"));
  return list;
}

static GtkStringList *
format_list_new (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    gtk_string_list_append (list, _(export_formats[i].label));
  return list;
}

static void
rp_export_dialog_dispose (GObject *object)
{
  RpExportDialog *self = RP_EXPORT_DIALOG (object);

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  g_clear_pointer (&self->output, rp_export_output_free);
  g_clear_object (&self->window);
  g_clear_object (&self->plan);
  g_clear_object (&self->plan_file);
  g_clear_pointer (&self->plan_name, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (rp_export_dialog_parent_class)->dispose (object);
}

static void
rp_export_dialog_class_init (RpExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_export_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, range_row);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, from_row);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, to_row);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, RpExportDialog, cancel_button);
  gtk_widget_class_bind_template_callback (widget_class, on_row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.choose", NULL, export_choose_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_export_dialog_init (RpExportDialog *self)
{
  g_autoptr(GtkStringList) formats = format_list_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (formats));
  rp_ui_set_label (GTK_WIDGET (self->format_row), _("Format"));
  rp_ui_set_label (GTK_WIDGET (self->range_row), _("Days"));
  rp_ui_set_label (GTK_WIDGET (self->from_row), _("First day"));
  rp_ui_set_label (GTK_WIDGET (self->to_row), _("Last day"));
  rp_ui_set_label (self->export_button, _("Export…"));
  rp_ui_set_label (self->cancel_button, _("Cancel"));
}

RpExportDialog *
rp_export_dialog_new (RpWindow *window)
{
  RpExportDialog *self;
  RpDocument *document;
  g_autoptr(GtkStringList) ranges = NULL;
  g_autoptr(GVariant) view = NULL;
  char from[RP_DATE_ISO_LEN], to[RP_DATE_ISO_LEN];

  g_return_val_if_fail (RP_IS_WINDOW (window), NULL);
  g_return_val_if_fail (rp_window_get_plan (window) != NULL, NULL);

  self = g_object_new (RP_TYPE_EXPORT_DIALOG, "transient-for", window, NULL);
  document = rp_window_get_document (window);
  self->window = g_object_ref (window);
  self->plan = g_object_ref (rp_window_get_plan (window));
  self->plan_file = rp_document_get_file (document) != NULL
                    ? g_object_ref (rp_document_get_file (document)) : NULL;
  self->plan_name = g_strdup (rp_document_get_title (document) != NULL
                              ? rp_document_get_title (document) : _("The plan"));
  self->week_start = rp_window_get_week_start (window);

  ranges = range_list_new (self);
  adw_combo_row_set_model (self->range_row, G_LIST_MODEL (ranges));
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), rp_date_to_iso (self->week_start, from));
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), rp_date_to_iso (self->week_start + 6, to));
  view = g_action_group_get_action_state (G_ACTION_GROUP (window), "view");
  adw_combo_row_set_selected (self->range_row,
                              view != NULL && g_str_equal (g_variant_get_string (view, NULL), "month")
                              ? RP_EXPORT_RANGE_MONTH : RP_EXPORT_RANGE_WEEK);
  update (self);
  return self;
}

gboolean
rp_export_dialog_select_format (RpExportDialog *self,
                                const char     *name)
{
  g_return_val_if_fail (RP_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (export_formats); i++)
    if (g_str_equal (export_formats[i].name, name))
      {
        adw_combo_row_set_selected (self->format_row, i);
        return TRUE;
      }
  return FALSE;
}

void
rp_export_dialog_select_range (RpExportDialog *self,
                               RpExportRange   range)
{
  g_return_if_fail (RP_IS_EXPORT_DIALOG (self));
  g_return_if_fail (range <= RP_EXPORT_RANGE_CUSTOM);

  adw_combo_row_set_selected (self->range_row, range);
}

void
rp_export_dialog_set_custom (RpExportDialog *self,
                             RpDate          first,
                             RpDate          last)
{
  char from[RP_DATE_ISO_LEN], to[RP_DATE_ISO_LEN];

  g_return_if_fail (RP_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (self->range_row, RP_EXPORT_RANGE_CUSTOM);
  gtk_editable_set_text (GTK_EDITABLE (self->from_row), rp_date_to_iso (first, from));
  gtk_editable_set_text (GTK_EDITABLE (self->to_row), rp_date_to_iso (last, to));
}

gboolean
rp_export_dialog_get_range (RpExportDialog *self,
                            RpDate         *out_first,
                            RpDate         *out_last)
{
  g_return_val_if_fail (RP_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (out_first != NULL && out_last != NULL, FALSE);

  return resolve_range (self, out_first, out_last, NULL);
}

const char *
rp_export_dialog_get_error (RpExportDialog *self)
{
  g_return_val_if_fail (RP_IS_EXPORT_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}
