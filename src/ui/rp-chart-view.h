/* rp-chart-view.h
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

#define RP_TYPE_CHART_VIEW (rp_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (RpChartView, rp_chart_view, RP, CHART_VIEW, GtkWidget)

/* The week's intensity chart (rp_chart_draw) as a widget: redraws when the
 * plan changes inside its week, shows a day's figures as a tooltip and
 * describes the week to screen readers. */
RpChartView *rp_chart_view_new      (void);
void         rp_chart_view_set_plan (RpChartView *self,
                                     RpPlan      *plan);
void         rp_chart_view_set_week (RpChartView *self,
                                     RpDate       week_start);

G_END_DECLS
