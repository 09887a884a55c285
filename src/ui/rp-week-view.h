/* rp-week-view.h
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

#define RP_TYPE_WEEK_VIEW (rp_week_view_get_type ())

G_DECLARE_FINAL_TYPE (RpWeekView, rp_week_view, RP, WEEK_VIEW, GtkWidget)

/* Seven day columns (RpDayColumn) of one week and the week's summary
 * (RpWeekSummaryView). It only views: one drop target for the whole view
 * finds the day under the pointer and emits "workout-dropped"; the window
 * makes the edit. Updates the days a plan "changed" signal names, reusing
 * their card widgets; holds no copy of the plan's state.
 *
 * Properties: "plan" (RpPlan), "week-start" (guint RpDate: the first day).
 *
 * Signals:
 *   "navigate" (int weeks): keyboard focus left the week (arrow keys past
 *     its first or last day); the window moves the week and calls
 *     rp_week_view_focus_day.
 *   "workout-dropped" (RpWorkout *workout, guint date, GdkDragAction
 *     action) → gboolean: a workout (a palette template or a card's) was
 *     dropped on date with action MOVE or COPY (GTK gives COPY while Ctrl
 *     is held); TRUE when the edit was made, FALSE refuses the drop. */
GtkWidget *rp_week_view_new            (void);
void       rp_week_view_set_plan       (RpWeekView *self,
                                        RpPlan     *plan);
RpPlan    *rp_week_view_get_plan       (RpWeekView *self);
void       rp_week_view_set_week_start (RpWeekView *self,
                                        RpDate      week_start);
RpDate     rp_week_view_get_week_start (RpWeekView *self);
/* The day holding the keyboard focus, or the last one that did. */
RpDate     rp_week_view_get_focus_date (RpWeekView *self);
void       rp_week_view_focus_day      (RpWeekView *self,
                                        RpDate      date);
/* Focuses the index-th card of date (or the day when there is none). */
void       rp_week_view_focus_workout  (RpWeekView *self,
                                        RpDate      date,
                                        guint       index);
/* For tests: the column of day 0–6, and the card
 * widgets shown for a day. */
GtkWidget *rp_week_view_get_day_widget (RpWeekView *self,
                                        guint       day);
guint      rp_week_view_get_n_cards    (RpWeekView *self,
                                        guint       day);
GtkWidget *rp_week_view_get_card       (RpWeekView *self,
                                        guint       day,
                                        guint       index);
GtkWidget *rp_week_view_get_summary    (RpWeekView *self);

G_END_DECLS
