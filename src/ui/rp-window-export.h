/* rp-window-export.h
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

#pragma once

#include <gtk/gtk.h>

#include "rp-window.h"

G_BEGIN_DECLS

/* The window's way out of the app: Export… (plan.export, Ctrl+E, the
 * RpExportDialog) and Print (plan.print, Ctrl+P). */

/* Installs plan.export and plan.print with their keys. */
void                    rp_window_export_class_init (GtkWidgetClass          *widget_class);

/* Prints the plan sheet (rp-print-sheet.h) of the week the window shows,
 * or of its month in the month view; the print dialog's Plan Sheet tab
 * lets the runner switch. action GTK_PRINT_OPERATION_ACTION_EXPORT
 * writes the pages to export_filename as a PDF, with no dialog. */
GtkPrintOperationResult rp_window_print_sheet       (RpWindow                *self,
                                                     GtkPrintOperationAction  action,
                                                     const char              *export_filename,
                                                     GError                 **error);

G_END_DECLS
