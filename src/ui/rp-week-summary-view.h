/* rp-week-summary-view.h
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

#define RP_TYPE_WEEK_SUMMARY_VIEW (rp_week_summary_view_get_type ())

/* Named ...View because core's RpWeekSummary is the figures it shows. */
G_DECLARE_FINAL_TYPE (RpWeekSummaryView, rp_week_summary_view, RP, WEEK_SUMMARY_VIEW, GtkWidget)

/* The summary card under a week: volume against target, low-intensity
 * share, load and the week's warnings. Follows the plan's "changed"
 * signal for its own week; holds no copy of the plan's state.
 *
 * Properties:
 *   "plan" (RpPlan, nullable)
 *   "week-start" (guint, an RpDate): the first day of the week shown */
GtkWidget *rp_week_summary_view_new            (void);
void       rp_week_summary_view_set_plan       (RpWeekSummaryView *self,
                                                RpPlan            *plan);
RpPlan    *rp_week_summary_view_get_plan       (RpWeekSummaryView *self);
void       rp_week_summary_view_set_week_start (RpWeekSummaryView *self,
                                                RpDate             week_start);
RpDate     rp_week_summary_view_get_week_start (RpWeekSummaryView *self);
/* For tests: the volume bar. */
GtkWidget *rp_week_summary_view_get_volume_bar (RpWeekSummaryView *self);

G_END_DECLS
