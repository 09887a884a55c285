/* rp-window-export.c
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

#include "rp-window-export.h"

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-export-dialog.h"
#include "rp-print-sheet.h"
#include "rp-ui-a11y.h"

/* Export… and Print only read the plan: neither edits nor saves it. The
 * print operation draws core's plan sheet (rp-print-sheet.c) page by
 * page, so what is printed is what the tests draw to PDF. */

typedef struct
{
  RpWindow     *window;
  RpPlan       *plan;
  RpDate        week_start;
  gboolean      month;        /* the month of week_start's Thursday, else the week */
  RpPrintSheet *sheet;
  GtkWidget    *month_button; /* the Plan Sheet tab's choice, while it is shown */
  gboolean      in_progress;  /* run returned: "done" ends the operation */
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_pointer (&job->sheet, rp_print_sheet_free);
  g_object_unref (job->window);
  g_object_unref (job->plan);
  g_free (job);
}

static gboolean
shows_month (RpWindow *self)
{
  g_autoptr(GVariant) view = g_action_group_get_action_state (G_ACTION_GROUP (self), "view");

  return view != NULL && g_str_equal (g_variant_get_string (view, NULL), "month");
}

static void
on_print_begin_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  guint n_pages;

  g_clear_pointer (&job->sheet, rp_print_sheet_free);
  job->sheet = job->month ? rp_print_sheet_new_month (job->plan, job->week_start + 3)
                          : rp_print_sheet_new_week (job->plan, job->week_start);
  n_pages = rp_print_sheet_paginate (job->sheet, gtk_print_context_get_cairo_context (context),
                                     gtk_print_context_get_width (context),
                                     gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, (int) n_pages);
}

static void
on_print_draw_page_cb (GtkPrintOperation *operation,
                       GtkPrintContext   *context,
                       int                page,
                       PrintJob          *job)
{
  rp_print_sheet_draw_page (job->sheet, gtk_print_context_get_cairo_context (context),
                            (guint) page);
}

/* The Plan Sheet tab: the week or the month shown. */
static GObject *
on_print_create_custom_widget_cb (GtkPrintOperation *operation,
                                  PrintJob          *job)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *week = rp_date_format_week_range (job->week_start);
  g_autofree char *week_text = g_strdup_printf (_("The _week shown (%s)"), week);
  GtkWidget *week_button = gtk_check_button_new_with_mnemonic (week_text);
  GtkWidget *month_button = gtk_check_button_new_with_mnemonic (_("The _month shown, week by week"));

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 12);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (month_button), GTK_CHECK_BUTTON (week_button));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (job->month ? month_button : week_button), TRUE);
  rp_ui_set_label (week_button, _("Print the week shown"));
  rp_ui_set_label (month_button, _("Print the month shown"));
  gtk_box_append (GTK_BOX (box), week_button);
  gtk_box_append (GTK_BOX (box), month_button);
  job->month_button = month_button;
  return G_OBJECT (box);
}

static void
on_print_custom_widget_apply_cb (GtkPrintOperation *operation,
                                 GtkWidget         *widget,
                                 PrintJob          *job)
{
  job->month = gtk_check_button_get_active (GTK_CHECK_BUTTON (job->month_button));
  job->month_button = NULL;
}

static void
show_print_error (RpWindow     *window,
                  const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (window), _("Printing Failed"),
                                              error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  PrintJob                *job)
{
  g_autoptr(GError) error = NULL;

  /* A run that returned at once reports its own result. */
  if (!job->in_progress)
    return;
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    gtk_print_operation_get_error (operation, &error);
  if (error != NULL)
    show_print_error (job->window, error);
  g_object_unref (operation);
}

GtkPrintOperationResult
rp_window_print_sheet (RpWindow                *self,
                       GtkPrintOperationAction  action,
                       const char              *export_filename,
                       GError                 **error)
{
  GtkPrintOperation *operation;
  GtkPrintOperationResult result;
  PrintJob *job;

  g_return_val_if_fail (RP_IS_WINDOW (self), GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (rp_window_get_plan (self) != NULL, GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || export_filename != NULL,
                        GTK_PRINT_OPERATION_RESULT_ERROR);

  job = g_new0 (PrintJob, 1);
  job->window = g_object_ref (self);
  job->plan = g_object_ref (rp_window_get_plan (self));
  job->week_start = rp_window_get_week_start (self);
  job->month = shows_month (self);

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "rp-print-job", job,
                          (GDestroyNotify) print_job_free);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("Run Planner plan sheet"));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_custom_tab_label (operation, _("Plan Sheet"));
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);
  /* The dialog leaves the window usable; an export is written at once. */
  gtk_print_operation_set_allow_async (operation, action != GTK_PRINT_OPERATION_ACTION_EXPORT);
  g_signal_connect (operation, "begin-print", G_CALLBACK (on_print_begin_cb), job);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_print_draw_page_cb), job);
  g_signal_connect (operation, "create-custom-widget",
                    G_CALLBACK (on_print_create_custom_widget_cb), job);
  g_signal_connect (operation, "custom-widget-apply",
                    G_CALLBACK (on_print_custom_widget_apply_cb), job);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done_cb), job);

  result = gtk_print_operation_run (operation, action, GTK_WINDOW (self), error);
  if (result == GTK_PRINT_OPERATION_RESULT_IN_PROGRESS)
    job->in_progress = TRUE;   /* "done" drops the operation */
  else
    g_object_unref (operation);
  return result;
}

static void
plan_print_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (rp_window_get_plan (self) == NULL)
    return;
  if (rp_window_print_sheet (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error)
      == GTK_PRINT_OPERATION_RESULT_ERROR && error != NULL)
    show_print_error (self, error);
}

static void
plan_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);

  if (rp_window_get_plan (self) == NULL)
    return;
  gtk_window_present (GTK_WINDOW (rp_export_dialog_new (self)));
}

void
rp_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "plan.export", NULL, plan_export_action);
  gtk_widget_class_install_action (widget_class, "plan.print", NULL, plan_print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "plan.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "plan.print", NULL);
}
