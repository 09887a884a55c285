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

#include "rp-history.h"
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

/* Drops of an RpWorkout (a palette template or a card's workout) on date:
 * a template is placed, a workout of the plan is moved, or copied while
 * Ctrl is held. A refused drop (FALSE) says why in a toast
 * (rp_ui_show_message). */
gboolean    rp_ui_drop_workout         (RpHistory  *history,
                                        GtkWidget  *widget,
                                        RpWorkout  *workout,
                                        RpDate      date);
/* The preferred action for the drop target's motion. */
GdkDragAction rp_ui_drop_action        (RpHistory  *history,
                                        GtkWidget  *widget,
                                        const GValue *value);

/* Tab and Shift+Tab along widgets in the order given (a GtkBox never
 * takes the focus itself, even when focusable); the other directions
 * are left to GTK. For a widget's focus vfunc. */
gboolean    rp_ui_focus_chain          (GtkWidget        *widget,
                                        GtkDirectionType  direction,
                                        GPtrArray        *chain);

G_END_DECLS
