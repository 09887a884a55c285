/* rp-window.h
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

#include "rp-document.h"
#include "rp-history.h"
#include "rp-month-view.h"
#include "rp-palette.h"
#include "rp-season-view.h"
#include "rp-week-view.h"

G_BEGIN_DECLS

#define RP_TYPE_WINDOW (rp_window_get_type ())

G_DECLARE_FINAL_TYPE (RpWindow, rp_window, RP, WINDOW, AdwApplicationWindow)

RpWindow    *rp_window_new                (GtkApplication *application);

/* Shows plan (the window takes a reference) saved at file (NULL: not
 * saved) with the etag read when it was loaded. Clears undo. */
void         rp_window_set_plan           (RpWindow       *self,
                                           RpPlan         *plan,
                                           GFile          *file,
                                           const char     *etag);
/* Opens a plan file the user chose: on failure the error is shown and the
 * current plan is kept. */
void         rp_window_open               (RpWindow       *self,
                                           GFile          *file);
/* New Plan: an empty plan from this week, saved at file (replacing it),
 * with the current plan's race result, paces and goal (the runner's) and
 * the Preferences' unit, volume, rest days, recovery and week start. */
void         rp_window_new_plan_at        (RpWindow       *self,
                                           GFile          *file);
/* Start-up: opens file (NULL: the default plan), creating it if missing. */
void         rp_window_open_at_start      (RpWindow       *self,
                                           GFile          *file);

/* The plan, its history and its file: the document's. */
RpDocument  *rp_window_get_document       (RpWindow       *self);
RpPlan      *rp_window_get_plan           (RpWindow       *self);
RpHistory   *rp_window_get_history        (RpWindow       *self);
GFile       *rp_window_get_file           (RpWindow       *self);
RpWeekView  *rp_window_get_week_view      (RpWindow       *self);
RpMonthView *rp_window_get_month_view     (RpWindow       *self);
RpSeasonView *rp_window_get_season_view   (RpWindow       *self);
RpPalette   *rp_window_get_palette        (RpWindow       *self);
/* The chart widget (an RpChartView), or NULL if built without it. */
GtkWidget   *rp_window_get_chart          (RpWindow       *self);
RpDate       rp_window_get_week_start     (RpWindow       *self);
/* Shows the week holding date. Viewing changes nothing: a week outside
 * the plan is shown as outside, and the plan is not grown. */
void         rp_window_show_week          (RpWindow       *self,
                                           RpDate          date);
/* The last error or notice shown to the user (toast or dialog), for tests. */
const char  *rp_window_get_last_message   (RpWindow       *self);
/* TRUE while a load or save is under way or an autosave is pending. */
gboolean     rp_window_is_busy            (RpWindow       *self);

G_END_DECLS
