/* rp-print-sheet.h
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

#include <cairo.h>
#include <glib.h>

#include "rp-plan.h"

G_BEGIN_DECLS

/* The printed plan sheet of a week or a month (docs/export.md, "Print"):
 * a title, then for each week a heading with its volume and target, a
 * table of its days (date, workouts with their steps, distance, pace and
 * why the planner chose each) and the week's intensity chart. Drawn with
 * cairo and pango on any cairo_t, so the app's GtkPrintOperation and the
 * tests (a PDF surface) draw the same pages. Only reads the plan, whose
 * week summaries should be current (rp_planner_analyze). */

typedef struct _RpPrintSheet RpPrintSheet;

/* The sheet of the week starting at week_start (a day of the plan's
 * week start). */
RpPrintSheet *rp_print_sheet_new_week      (RpPlan       *plan,
                                            RpDate        week_start);
/* The sheet of the month holding date: its days, by the plan's weeks. */
RpPrintSheet *rp_print_sheet_new_month     (RpPlan       *plan,
                                            RpDate        date);
void          rp_print_sheet_free          (RpPrintSheet *self);

/* The days the sheet shows. */
RpDate        rp_print_sheet_get_first     (RpPrintSheet *self);
RpDate        rp_print_sheet_get_last      (RpPrintSheet *self);
/* "Week of 28 March – 3 April 2027", "April 2027". */
const char   *rp_print_sheet_get_title     (RpPrintSheet *self);

/* Lays the sheet out on pages of width × height in cr's units (points
 * for print; the print context's area inside the margins) and returns
 * the number of pages (at least 1). cr gives the target's font options:
 * measure with the cairo_t the pages are drawn on, or one like it. */
guint         rp_print_sheet_paginate      (RpPrintSheet *self,
                                            cairo_t      *cr,
                                            double        width,
                                            double        height);
guint         rp_print_sheet_get_n_pages   (RpPrintSheet *self);
/* Draws page (0-based, below the count paginate returned) at cr's origin. */
void          rp_print_sheet_draw_page     (RpPrintSheet *self,
                                            cairo_t      *cr,
                                            guint         page);
/* The text drawn on page, each piece on a line of its own (tests). */
char         *rp_print_sheet_get_page_text (RpPrintSheet *self,
                                            guint         page);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpPrintSheet, rp_print_sheet_free)

G_END_DECLS
