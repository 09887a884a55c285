/* rp-export-dialog.h
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

#include <adwaita.h>

#include "rp-window.h"

G_BEGIN_DECLS

/* Export… (plan.export): the format and the days, then a file chooser
 * (a folder for FIT), then the files written off the main thread by
 * core's exporters (rp_export_render, rp_export_output_write), the same
 * bytes as `run-planner-cli export`. The plan is only read. Success is a
 * toast "Exported to …"; a failure a dialog naming the file. */

#define RP_TYPE_EXPORT_DIALOG (rp_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RpExportDialog, rp_export_dialog, RP, EXPORT_DIALOG, AdwWindow)

typedef enum
{
  RP_EXPORT_RANGE_WEEK,    /* the week the window shows */
  RP_EXPORT_RANGE_MONTH,   /* the month it shows */
  RP_EXPORT_RANGE_PLAN,    /* the whole plan */
  RP_EXPORT_RANGE_CUSTOM,  /* From and To as typed */
} RpExportRange;

/* Opens on the window's plan, week and month; the range starts as the
 * view shown (the month in the month view, else the week). */
RpExportDialog *rp_export_dialog_new            (RpWindow       *window);

/* What the rows choose, as a runner picks them (tests drive these). The
 * format by its CLI name ("csv", "fit", …): FALSE for an unknown one. */
gboolean        rp_export_dialog_select_format  (RpExportDialog *self,
                                                 const char     *name);
void            rp_export_dialog_select_range   (RpExportDialog *self,
                                                 RpExportRange   range);
/* Types first and last into From and To (and chooses the custom range). */
void            rp_export_dialog_set_custom     (RpExportDialog *self,
                                                 RpDate          first,
                                                 RpDate          last);
/* The days chosen; FALSE (and the dialog says why) when there are none. */
gboolean        rp_export_dialog_get_range      (RpExportDialog *self,
                                                 RpDate         *out_first,
                                                 RpDate         *out_last);
/* The error the dialog shows, or NULL. */
const char     *rp_export_dialog_get_error      (RpExportDialog *self);

G_END_DECLS
