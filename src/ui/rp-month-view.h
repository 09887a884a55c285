/* rp-month-view.h
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

#include "rp-history.h"

G_BEGIN_DECLS

#define RP_TYPE_MONTH_VIEW (rp_month_view_get_type ())

G_DECLARE_FINAL_TYPE (RpMonthView, rp_month_view, RP, MONTH_VIEW, GtkWidget)

/* The plan as a calendar month: the 4–6 weeks that hold the month, each
 * day a drop target (one GtkDropTarget for the view) with compact cards.
 * The grid is built once and refreshed in place. While the view is not
 * mapped (the week view is shown) it does no work on plan changes or new
 * dates; it catches up when mapped, or when a getter below is called.
 *
 * Signals:
 *   "day-activated" (guint date): a day was clicked, or activated with
 *   Enter or Space. */
GtkWidget *rp_month_view_new          (void);
void       rp_month_view_set_history  (RpMonthView *self,
                                       RpHistory   *history);
/* Shows the month holding date. */
void       rp_month_view_set_date     (RpMonthView *self,
                                       RpDate       date);
guint      rp_month_view_get_n_weeks  (RpMonthView *self);
RpDate     rp_month_view_get_first_day (RpMonthView *self);
GtkWidget *rp_month_view_get_day_widget (RpMonthView *self,
                                        RpDate       date);
/* The day whose cell has the keyboard focus; FALSE when none has. Days
 * are focusable: Enter or Space activates the focused one. */
gboolean   rp_month_view_get_focus_date (RpMonthView *self,
                                         RpDate      *out_date);

G_END_DECLS
