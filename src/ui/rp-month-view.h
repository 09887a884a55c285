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

#include "rp-plan.h"

G_BEGIN_DECLS

#define RP_TYPE_MONTH_VIEW (rp_month_view_get_type ())

G_DECLARE_FINAL_TYPE (RpMonthView, rp_month_view, RP, MONTH_VIEW, GtkWidget)

/* The plan as a calendar month: the 4–6 weeks that hold the month, each
 * day an RpMonthCell with compact cards, day warnings and rest, and each
 * week's total with its warning in words. The weekday names stay in sight
 * above the scrolling weeks; a line below says what the pointer or the
 * keyboard focus is on (a planner card's reason, a day's warnings), so
 * nothing needs a tooltip. It only views: a drop emits "workout-dropped"
 * and the window makes the edit. While the view is not mapped it does no
 * work on plan changes or new dates; it catches up when mapped, or when a
 * getter below is called.
 *
 * Properties: "plan" (RpPlan), "date" (guint RpDate: the month holding it).
 *
 * Signals:
 *   "day-activated" (guint date): a day was clicked, or activated with
 *     Enter or Space.
 *   "workout-dropped" (RpWorkout *workout, guint date, GdkDragAction
 *     action) → gboolean: a workout (a palette template or a card's) was
 *     dropped on date with action MOVE or COPY; TRUE when the edit was
 *     made, FALSE refuses the drop. */
GtkWidget  *rp_month_view_new            (void);
void        rp_month_view_set_plan       (RpMonthView *self,
                                          RpPlan      *plan);
RpPlan     *rp_month_view_get_plan       (RpMonthView *self);
/* Shows the month holding date. */
void        rp_month_view_set_date       (RpMonthView *self,
                                          RpDate       date);
RpDate      rp_month_view_get_date       (RpMonthView *self);
guint       rp_month_view_get_n_weeks    (RpMonthView *self);
RpDate      rp_month_view_get_first_day  (RpMonthView *self);
/* The day's RpMonthCell, or NULL when the month shown has no such day. */
GtkWidget  *rp_month_view_get_day_widget (RpMonthView *self,
                                          RpDate       date);
/* The total of the week-th week shown (for tests). */
GtkWidget  *rp_month_view_get_week_total (RpMonthView *self,
                                          guint        week);
/* The text of the detail line. */
const char *rp_month_view_get_detail     (RpMonthView *self);
/* The day whose cell has the keyboard focus; FALSE when none has. */
gboolean    rp_month_view_get_focus_date (RpMonthView *self,
                                          RpDate      *out_date);

G_END_DECLS
