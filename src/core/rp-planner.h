/* rp-planner.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-limits.h"
#include "rp-plan.h"

G_BEGIN_DECLS

/* The planning engine (docs/planning-rules.md): fills recovery, easy and rest
 * days around the runner's pinned workouts, and computes warnings. It edits
 * the plan; the plan never calls it. Engine entries are never pinned and the
 * engine never changes a pinned entry. Every operation emits the plan's
 * "changed" once. */

/* Re-fills every week and recomputes every warning. */
void     rp_planner_fill          (RpPlan    *plan);
/* Re-fills weeks [first_week, last_week] and recomputes the warnings of
 * [first_week, last_week + 4]. */
void     rp_planner_fill_weeks    (RpPlan    *plan,
                                   guint      first_week,
                                   guint      last_week);
/* The runner's edits. Each checks the file's limits first (rp-limits.h):
 * a date whose week is outside 1900–2200 or would grow the plan past
 * RP_MAX_WEEKS, a day that already holds RP_MAX_WORKOUTS_PER_DAY pinned
 * workouts, a value over a limit, a missing workout. A refused edit sets
 * an RP_LIMITS_ERROR that says why and changes nothing. */

/* Pins a copy of template on date (appended to that day, after removing
 * the engine's entries there), grows the plan if needed and re-fills the
 * affected weeks. Returns the placed workout (owned by the plan), or NULL
 * when refused. */
RpWorkout *rp_planner_place       (RpPlan     *plan,
                                   RpDate      date,
                                   RpWorkout  *template,
                                   GError    **error);
/* Moves (or copies) the index-th workout of from to to, pinned. A planner
 * workout moved to another day leaves its old day to a pinned rest. */
gboolean rp_planner_move          (RpPlan     *plan,
                                   RpDate      from,
                                   guint       index,
                                   RpDate      to,
                                   gboolean    copy,
                                   GError    **error);
/* Removes the index-th workout of date and re-fills. An engine entry
 * removed this way comes back when the week is re-filled, so this is
 * meant for pinned workouts. */
gboolean rp_planner_remove        (RpPlan     *plan,
                                   RpDate      date,
                                   guint       index,
                                   GError    **error);
/* Replaces the index-th workout of date by a pinned copy of workout (an
 * edit, or "keep" of an engine entry) and re-fills. */
gboolean rp_planner_replace       (RpPlan     *plan,
                                   RpDate      date,
                                   guint       index,
                                   RpWorkout  *workout,
                                   GError    **error);
/* Grows the plan by filled weeks so that it holds date (and re-fills
 * its old first week when it grew at the start). TRUE if it holds date
 * now; FALSE, with nothing changed, if rp_plan_ensure_date refuses. */
gboolean rp_planner_extend_to     (RpPlan    *plan,
                                   RpDate     date);
/* Recomputes week summaries and warnings of every week without changing
 * any workout (e.g. after loading a file). */
void     rp_planner_analyze       (RpPlan    *plan);
/* Re-fills after a change of the athlete's settings or a week target. */
void     rp_planner_refill_all    (RpPlan    *plan);

/* Distance of a workout in metres: its own, or from its duration and its
 * kind's pace; -1 when unknown (cross-training, rest). */
gint64   rp_planner_workout_distance_m (RpPlan    *plan,
                                        RpWorkout *workout);
/* The size the engine gives a workout of kind placed on date without one
 * (its distance, else its duration; -1 for none): the kinds table, inside
 * every warning limit of the week's target, so that a default never warns
 * on its own. */
void     rp_planner_default_size       (RpPlan    *plan,
                                        RpKind     kind,
                                        RpDate     date,
                                        gint64    *out_distance_m,
                                        gint64    *out_duration_s);
/* Gives workout, placed on date with neither a distance nor a duration,
 * a size: its steps' total when every step is a distance, else the
 * default size above (stored, so it stays when the target changes); an
 * easy or recovery run is left to the engine, which sizes it with the
 * rest of the week. TRUE if it set a size. The one rule for every way of
 * adding a workout: the palette, the keyboard, the editor and `add`. */
gboolean rp_planner_apply_default_size (RpPlan    *plan,
                                        RpWorkout *workout,
                                        RpDate     date);
/* Duration in seconds: its own, or distance ÷ its kind's pace. */
gint64   rp_planner_workout_duration_s (RpPlan    *plan,
                                        RpWorkout *workout);
/* The pace range (s/km, fast first; 0 unknown) shown for a workout: its
 * own if set, else its kind's. A recovery run gets [recovery, 0]. */
void     rp_planner_workout_pace       (RpPlan    *plan,
                                        RpWorkout *workout,
                                        int       *out_fast,
                                        int       *out_slow);

G_END_DECLS
