/* rp-month-cell.h
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

#include "rp-date.h"

G_BEGIN_DECLS

#define RP_TYPE_MONTH_CELL (rp_month_cell_get_type ())

G_DECLARE_FINAL_TYPE (RpMonthCell, rp_month_cell, RP, MONTH_CELL, GtkWidget)

/* One day of the month view: its number, a warning icon, "Rest" on a rest
 * day, and its compact cards. Focusable; a click, Enter or Space emits
 * "activate" (the month view opens the day in the week). */
GtkWidget *rp_month_cell_new          (void);
RpDate     rp_month_cell_get_date     (RpMonthCell *self);
void       rp_month_cell_set_date     (RpMonthCell *self,
                                       RpDate       date);
GtkBox    *rp_month_cell_get_cards    (RpMonthCell *self);
/* The day's warnings, one a line, or NULL. */
void       rp_month_cell_set_warnings (RpMonthCell *self,
                                       const char  *warnings);
gboolean   rp_month_cell_get_has_warning (RpMonthCell *self);
/* A rest day: only rest planned (the planner's or the runner's). */
void       rp_month_cell_set_rest     (RpMonthCell *self,
                                       gboolean     rest);
gboolean   rp_month_cell_get_rest     (RpMonthCell *self);

G_END_DECLS
