/* rp-plan-command-season.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-history.h"
#include "rp-plan.h"

G_BEGIN_DECLS

/* Season and week edits, shared by the app and the command line, with the
 * conventions of rp-plan-command.h: history may be NULL; when given,
 * everything an edit changed is one undo step with its label; a refused
 * edit (an RP_LIMITS_ERROR saying why) changes nothing and leaves no
 * step. Weeks are named by any day in them. Rules: docs/planning-rules.md,
 * "Building a season" and "Week operations". */

/* Sets the week targets from first_week's week (RP_DATE_INVALID: the week
 * after today's, or the plan's first week if that is later) to the race's
 * (rp_season_compute_targets), pins a race of race_m on race_date unless
 * the day holds one of the runner's races already, leaves the weeks after
 * it to the planner's post-race return (their generated targets are
 * dropped) and re-fills. The runner's own week targets are kept. volume_m
 * is the runner's weekly volume now (-1: the plan's default target). The
 * plan grows to hold the race and its return. Undo label: "Build Season". */
gboolean rp_plan_command_build_season (RpPlan      *plan,
                                       RpHistory   *history,
                                       RpDate       first_week,
                                       RpDate       race_date,
                                       gint64       race_m,
                                       gint64       volume_m,
                                       GError     **error);

/* Makes the runner's own workouts of to's week copies of those of from's
 * week, day by day (the week's target stays). The planner re-fills the
 * rest. to's week may be outside the plan: it joins it.
 * Undo label: "Copy Week". */
gboolean rp_plan_command_copy_week    (RpPlan      *plan,
                                       RpHistory   *history,
                                       RpDate       from,
                                       RpDate       to,
                                       GError     **error);

/* Copies week's own workouts to each of the n weeks after it (1 to
 * RP_MAX_WEEKS). Undo label: "Repeat Week 3 Times". */
gboolean rp_plan_command_repeat_week  (RpPlan      *plan,
                                       RpHistory   *history,
                                       RpDate       week,
                                       guint        n,
                                       GError     **error);

/* Removes the runner's own workouts of the week; refused when it has
 * none. Undo label: "Clear Week". */
gboolean rp_plan_command_clear_week   (RpPlan      *plan,
                                       RpHistory   *history,
                                       RpDate       week,
                                       GError     **error);

/* Gives the week a down week's target: RP_SEASON_DOWN_PERCENT of the
 * last build week before it (the nearest of the 4 weeks before that is
 * not a down or taper week; the week before, else the week's own target),
 * with the reason "Down week". The runner's workouts stay as they are.
 * Refused for a week that already has that target.
 * Undo label: "Make Down Week". */
gboolean rp_plan_command_down_week    (RpPlan      *plan,
                                       RpHistory   *history,
                                       RpDate       week,
                                       GError     **error);

G_END_DECLS
