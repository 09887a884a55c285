/* rp-season-view.h
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

#define RP_TYPE_SEASON_VIEW (rp_season_view_get_type ())

G_DECLARE_FINAL_TYPE (RpSeasonView, rp_season_view, RP, SEASON_VIEW, GtkWidget)

/* The plan as a season: core's season chart (rp-chart-season.h, the code
 * the exports paint with) of a window of weeks that scrolls through the
 * plan, one week selected. Left and Right (Home, End, Page Up, Page Down)
 * move the selection, the wheel scrolls the window; a click or Enter on a
 * week emits "week-activated". A line below says what the pointer is on,
 * or the selected week: volume against target, why the target, the load,
 * the warnings. The summary the chart draws from is read again only after
 * the plan changed, and only when drawn.
 *
 * Properties: "plan" (RpPlan), "date" (guint RpDate: the selected week's
 * start, a week of the plan; set to any day, it selects the plan's week
 * holding it, or the nearest). A secondary click, Menu or Shift+F10
 * opens the week's menu: Open Week and the window's week operations
 * (week.copy-to, week.repeat, week.make-down, week.clear), which act on
 * the window's week, the one selected here.
 *
 * Signals:
 *   "week-activated" (guint week_start): a week was clicked, or Enter or
 *     Space was pressed on the selected one. */
GtkWidget  *rp_season_view_new            (void);
void        rp_season_view_set_plan       (RpSeasonView *self,
                                           RpPlan       *plan);
RpPlan     *rp_season_view_get_plan       (RpSeasonView *self);
void        rp_season_view_set_date       (RpSeasonView *self,
                                           RpDate        date);
RpDate      rp_season_view_get_date       (RpSeasonView *self);
/* The weeks shown: the first one's start and how many. */
RpDate      rp_season_view_get_first_week (RpSeasonView *self,
                                           guint        *out_n_weeks);
/* Scrolls the weeks shown by n_weeks (negative: back), within the plan. */
void        rp_season_view_scroll         (RpSeasonView *self,
                                           int           n_weeks);
/* The widget the chart is painted on (clicks land there), and where a
 * week's column is in it; FALSE when the week is not shown. */
GtkWidget  *rp_season_view_get_chart      (RpSeasonView *self);
gboolean    rp_season_view_get_week_extent (RpSeasonView *self,
                                            RpDate        week,
                                            double       *out_x,
                                            double       *out_width);
/* The week's menu (a GtkPopoverMenu): a secondary click on a week, the
 * Menu key or Shift+F10 opens it on the selected week. */
GtkWidget  *rp_season_view_get_menu       (RpSeasonView *self);
/* The text of the detail line. */
const char *rp_season_view_get_detail     (RpSeasonView *self);

G_END_DECLS
