/* rp-ui-util.h
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

/* What the widgets share that is neither domain nor accessibility: the
 * settings, the window's toasts, and drag and drop. Workouts and dates in
 * words are rp-describe.h and rp-date.h, the kinds' labels, icons and
 * style classes rp-kind.h, accessible labels rp-ui-a11y.h, and the edits
 * rp_plan_command_* (rp-plan-command.h). */

/* Index of workout (by identity) on its day, or -1. */
int         rp_ui_find_workout_index   (RpPlan     *plan,
                                        RpWorkout  *workout);
/* The application's settings, or NULL when the schema is not installed
 * (an uninstalled binary run without GSETTINGS_SCHEMA_DIR, which tests,
 * `meson devenv` and build-aux/run.sh set to the build tree's data/). */
GSettings  *rp_ui_settings_new         (void);

/* Shows message in a toast of the window that holds widget (its
 * "window.show-message" action). */
void        rp_ui_show_message         (GtkWidget  *widget,
                                        const char *message);

/* For a view's GtkDropTarget of RpWorkout. The action its "motion"
 * prefers: MOVE for a workout of the plan (a card), COPY for a palette
 * template. And the action of the drop itself: the one GTK settled on
 * (COPY while Ctrl is held), else the preferred one. */
GdkDragAction rp_ui_drop_preferred_action (GtkDropTarget *target);
GdkDragAction rp_ui_drop_get_action       (GtkDropTarget *target);

/* The models of combo rows that list races or weekdays, in the words of
 * core's tables (rp_race_get_label, rp_date_weekday_name), so no
 * template repeats them: the races in RpRace order after first when it
 * is not NULL ("None"), the weekdays Monday first. */
GtkStringList *rp_ui_race_list_new    (const char  *first);
GtkStringList *rp_ui_weekday_list_new (void);
/* Names the seven rest-day switches (Monday first) and the rows that
 * hold them with the weekdays' names. */
void           rp_ui_name_weekday_switches (GtkWidget * const *switches);

G_END_DECLS
