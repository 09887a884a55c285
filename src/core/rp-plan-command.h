/* rp-plan-command.h
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

#include "rp-history.h"
#include "rp-plan.h"

G_BEGIN_DECLS

/* The runner's edits, one function each, shared by the app and the
 * command line. Each runs the planner (rp-planner.h) and, when history is
 * not NULL, records everything it changed as one undo step with its own
 * label ("Add Tempo", "Move Long Run", "Paste 2 Workouts", …). An edit
 * the planner refuses (RP_LIMITS_ERROR: a full day, the edge of the
 * calendar, a value over a limit, a missing workout) changes nothing and
 * leaves no undo step; error says why. */

/* Pins a copy of template on date. A template with neither a distance nor
 * a duration gets the size the planner gives its kind on that date
 * (rp_planner_apply_default_size), so a workout added from the palette, the
 * keyboard or `add` is the same size. Returns the placed workout (owned by
 * the plan), or NULL when refused. Undo label: "Add Tempo". */
RpWorkout *rp_plan_command_add             (RpPlan      *plan,
                                            RpHistory   *history,
                                            RpDate       date,
                                            RpWorkout   *template_,
                                            GError     **error);
/* Moves (or copies) the index-th workout of from to to, pinned; a planner
 * workout moved away leaves its old day to a pinned rest (rp_planner_move).
 * Undo label: "Move Long Run", "Copy Intervals". */
gboolean   rp_plan_command_move            (RpPlan      *plan,
                                            RpHistory   *history,
                                            RpDate       from,
                                            guint        index,
                                            RpDate       to,
                                            gboolean     copy,
                                            GError     **error);
/* Removes the index-th workout of date, which must be the runner's own
 * (an engine entry would come straight back: refused with
 * RP_LIMITS_ERROR_NOT_PINNED). Undo label: "Remove Easy Run". */
gboolean   rp_plan_command_remove          (RpPlan      *plan,
                                            RpHistory   *history,
                                            RpDate       date,
                                            guint        index,
                                            GError     **error);
/* Replaces the index-th workout of date by a pinned copy of workout.
 * Undo label: "Edit Tempo" (the new kind). */
gboolean   rp_plan_command_replace         (RpPlan      *plan,
                                            RpHistory   *history,
                                            RpDate       date,
                                            guint        index,
                                            RpWorkout   *workout,
                                            GError     **error);
/* Makes the index-th workout of date, an engine entry, the runner's own
 * as it is. Undo label: "Keep Easy Run". */
gboolean   rp_plan_command_keep            (RpPlan      *plan,
                                            RpHistory   *history,
                                            RpDate       date,
                                            guint        index,
                                            GError     **error);
/* Pins copies of the pinned workouts of workouts (a GPtrArray of
 * RpWorkout; engine entries are skipped, the target day re-derives its
 * own) on date: all of them, or none when the day has no room for them
 * all. FALSE without an error when there is nothing to paste.
 * Undo label: "Paste 2 Workouts". */
gboolean   rp_plan_command_paste           (RpPlan      *plan,
                                            RpHistory   *history,
                                            RpDate       date,
                                            GPtrArray   *workouts,
                                            GError     **error);
/* Grows the plan by filled weeks to hold the whole week of date (on the
 * athlete's week start). Undo label: "Extend the Plan". */
gboolean   rp_plan_command_extend_to       (RpPlan      *plan,
                                            RpHistory   *history,
                                            RpDate       date,
                                            GError     **error);
/* Gives the week holding date its own volume target (0: a week off), or
 * RP_PLAN_TARGET_DEFAULT: the athlete's again, and re-fills. A week
 * outside the plan joins it. Undo label: "Set Week Target". */
gboolean   rp_plan_command_set_week_target (RpPlan      *plan,
                                            RpHistory   *history,
                                            RpDate       date,
                                            gint64       target_m,
                                            GError     **error);
/* Copies settings (rp_athlete_assign) into the plan's athlete and re-fills
 * the plan. Undo label: "Change Plan Settings". */
void       rp_plan_command_set_athlete     (RpPlan      *plan,
                                            RpHistory   *history,
                                            RpAthlete   *settings);

G_END_DECLS
