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

/* Helpers shared by the widgets: text for workouts in the runner's unit,
 * CSS classes and icons of the kinds, and the edits every view offers
 * (each one undoable: it runs between rp_history_begin and _commit). */

const char *rp_ui_kind_label           (RpKind      kind);
const char *rp_ui_kind_icon_name       (RpKind      kind);
/* "kind-intervals", … */
const char *rp_ui_kind_css_class       (RpKind      kind);

/* "4:15/km", "4:56–5:34/km", "6:40/km or slower"; NULL when unknown. */
char       *rp_ui_format_pace_range    (int         fast,
                                        int         slow,
                                        RpUnit      unit);
/* The pace shown for a workout: its range, or for a hard session the
 * pace of its work ("work at 3:55/km"), which its warm-up and cool-down
 * at E do not run at. NULL when unknown. */
char       *rp_ui_format_workout_pace (RpPlan    *plan,
                                       RpWorkout *workout);
/* The main figure of a card: "10.0 km" or "45:00"; NULL for rest. */
char       *rp_ui_format_workout_size  (RpPlan     *plan,
                                        RpWorkout  *workout);
/* A full sentence for screen readers: "Tempo, 10.0 km, 4:15/km, pinned". */
char       *rp_ui_describe_workout     (RpPlan     *plan,
                                        RpWorkout  *workout);
/* "24 – 30 Nov 2026" */
char       *rp_ui_format_week_range    (RpDate      week_start);
/* "Tue 24" */
char       *rp_ui_format_day_short     (RpDate      date);
/* "Tuesday 24 November 2026" */
char       *rp_ui_format_day_long      (RpDate      date);
/* Index of workout (by identity) on its day, or -1. */
int         rp_ui_find_workout_index   (RpPlan     *plan,
                                        RpWorkout  *workout);
/* Set the accessible label or description, or the tooltip, of a widget;
 * each does nothing when the text is the one already set (views call
 * them on every edit). Use them rather than GTK's own for these. */
void        rp_ui_set_label            (GtkWidget  *widget,
                                        const char *label);
void        rp_ui_set_description      (GtkWidget  *widget,
                                        const char *description);
void        rp_ui_set_tooltip          (GtkWidget  *widget,
                                        const char *text);

/* The application's settings, or NULL when the schema is not installed
 * (an uninstalled binary run without GSETTINGS_SCHEMA_DIR, which tests,
 * `meson devenv` and build-aux/run.sh set to the build tree's data/). */
GSettings  *rp_ui_settings_new         (void);

/* Undoable edits (see DESIGN.md, "data flow of one drag"). The planner
 * refuses an edit over the file's limits (a full day, the edge of the
 * calendar, a value too large): then nothing changes, no undo step is
 * made and error says why (RP_LIMITS_ERROR). */
RpWorkout  *rp_ui_edit_place           (RpHistory  *history,
                                        RpDate      date,
                                        RpWorkout  *template_,
                                        GError    **error);
gboolean    rp_ui_edit_move            (RpHistory  *history,
                                        RpDate      from,
                                        guint       index,
                                        RpDate      to,
                                        gboolean    copy,
                                        GError    **error);
gboolean    rp_ui_edit_remove          (RpHistory  *history,
                                        RpDate      date,
                                        guint       index,
                                        GError    **error);
gboolean    rp_ui_edit_replace         (RpHistory  *history,
                                        RpDate      date,
                                        guint       index,
                                        RpWorkout  *workout,
                                        GError    **error);
/* Pins copies of the pinned workouts in workouts (a GPtrArray of
 * RpWorkout) on date, as one undoable edit: all of them, or none when
 * the day has no room for them all. */
gboolean    rp_ui_edit_paste           (RpHistory  *history,
                                        RpDate      date,
                                        GPtrArray  *workouts,
                                        GError    **error);

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
