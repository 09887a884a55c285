/* rp-plan.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "rp-athlete.h"
#include "rp-warning.h"
#include "rp-workout.h"

G_BEGIN_DECLS

#define RP_MAX_WEEKS 5300   /* about a century; the file loader's limit too */
#define RP_MAX_WORKOUTS_PER_DAY 8

#define RP_TYPE_PLAN (rp_plan_get_type ())

G_DECLARE_FINAL_TYPE (RpPlan, rp_plan, RP, PLAN, GObject)

/* The plan: the athlete, then whole weeks of days from start, each day a
 * list of workouts. It knows nothing of the engine.
 *
 * Signals:
 *   "changed" (RpDate first, RpDate last): days in [first, last] changed
 *     (workouts, warnings or week targets); an athlete change reports the
 *     whole plan. Emitted once per freeze/thaw pair.
 */

RpPlan              *rp_plan_new                  (RpDate     start,
                                                   guint      n_weeks);
/* A new plan with the athlete's settings copied (week start from it). */
RpPlan              *rp_plan_new_for_athlete      (RpAthlete *athlete,
                                                   RpDate     start,
                                                   guint      n_weeks);
RpPlan              *rp_plan_copy                 (RpPlan    *self);
/* Same athlete, weeks, targets, workouts and extra keys. */
gboolean             rp_plan_equal                (RpPlan    *a,
                                                   RpPlan    *b);

RpAthlete           *rp_plan_get_athlete          (RpPlan    *self);
RpDate               rp_plan_get_start            (RpPlan    *self);
guint                rp_plan_get_n_weeks          (RpPlan    *self);
/* Last day of the plan. */
RpDate               rp_plan_get_end              (RpPlan    *self);
gboolean             rp_plan_contains             (RpPlan    *self,
                                                   RpDate     date);
/* Grows the plan by whole weeks at either end so that it holds date.
 * FALSE if rp_limits_check_date refuses the date (past RP_MAX_WEEKS, or
 * its week outside 1900-01-01 … 2200-12-31). */
gboolean             rp_plan_ensure_date          (RpPlan    *self,
                                                   RpDate     date);
/* Week index of a day in the plan (date must be inside). */
guint                rp_plan_get_week_index       (RpPlan    *self,
                                                   RpDate     date);
RpDate               rp_plan_get_week_start       (RpPlan    *self,
                                                   guint      week);

/* Workouts of a day, in order; 0 outside the plan. */
guint                rp_plan_get_n_workouts       (RpPlan    *self,
                                                   RpDate     date);
RpWorkout           *rp_plan_get_workout          (RpPlan    *self,
                                                   RpDate     date,
                                                   guint      index);
/* Adds at index (G_MAXUINT: at the end); sets the workout's date, and
 * its id if it has none (a random UUID; a copy that is a new workout is
 * made with rp_workout_copy_as_new). The plan takes a reference. Grows the plan as needed. Refuses (an
 * RP_LIMITS_ERROR, nothing changed) a day that already holds
 * RP_MAX_WORKOUTS_PER_DAY, or a date rp_limits_check_date refuses. */
gboolean             rp_plan_insert_workout       (RpPlan     *self,
                                                   RpDate      date,
                                                   guint       index,
                                                   RpWorkout  *workout,
                                                   GError    **error);
void                 rp_plan_remove_workout       (RpPlan    *self,
                                                   RpDate     date,
                                                   guint      index);
/* Like insert, gives the workout an id if it has none. */
void                 rp_plan_replace_workout      (RpPlan    *self,
                                                   RpDate     date,
                                                   guint      index,
                                                   RpWorkout *workout);
/* Removes every workout of the day that is not pinned. */
void                 rp_plan_clear_unpinned       (RpPlan    *self,
                                                   RpDate     date);

/* A week's own target: RP_PLAN_TARGET_DEFAULT when the week has none (it
 * takes the athlete's default); 0 is a week off. */
#define RP_PLAN_TARGET_DEFAULT ((gint64) -1)
gint64               rp_plan_get_week_target_override (RpPlan *self,
                                                       guint   week);
void                 rp_plan_set_week_target_override (RpPlan *self,
                                                       guint   week,
                                                       gint64  target_m);
/* Why a week has the target it has: NONE for the runner's own target (or
 * none at all); the others for a target a season build generated
 * (rp-plan-command-season.h), whose figure goes with the code: BUILD
 * the percent up on the week before (0: holding the peak), DOWN the
 * percent of the build week before, TAPER the weeks to the race. A
 * generated target is replaced by the next build; the runner's never is. */
typedef enum
{
  RP_TARGET_REASON_NONE,
  RP_TARGET_REASON_BUILD,
  RP_TARGET_REASON_DOWN,
  RP_TARGET_REASON_TAPER,
  RP_TARGET_REASON_RACE_WEEK,
} RpTargetReasonCode;

typedef struct
{
  RpTargetReasonCode code;
  guint              figure;
} RpTargetReason;

/* Sets a generated target with its reason (reason NULL or NONE: the
 * runner's own, as rp_plan_set_week_target_override, which clears the
 * reason). */
void                 rp_plan_set_week_target_with_reason (RpPlan               *self,
                                                          guint                 week,
                                                          gint64                target_m,
                                                          const RpTargetReason *reason);
RpTargetReason       rp_plan_get_week_target_reason (RpPlan *self,
                                                     guint   week);
/* The override, or the athlete's default. */
gint64               rp_plan_get_week_target      (RpPlan    *self,
                                                   guint      week);

/* Derived data the engine writes; never in the file. */
guint                rp_plan_get_day_warnings     (RpPlan    *self,
                                                   RpDate     date);
void                 rp_plan_set_day_warnings     (RpPlan    *self,
                                                   RpDate     date,
                                                   guint      mask);
const RpWeekSummary *rp_plan_get_week_summary     (RpPlan    *self,
                                                   guint      week);
void                 rp_plan_set_week_summary     (RpPlan              *self,
                                                   guint                week,
                                                   const RpWeekSummary *summary);

/* Unknown top-level keys of the file; may be NULL. */
JsonObject          *rp_plan_get_extra            (RpPlan    *self);
void                 rp_plan_set_extra            (RpPlan    *self,
                                                   JsonObject *extra);

/* Batches "changed": nested freezes emit once, at the last thaw, for the
 * union of the ranges touched. */
void                 rp_plan_freeze_changed       (RpPlan    *self);
void                 rp_plan_thaw_changed         (RpPlan    *self);

/* Edit recording, for undo. Between begin and end, the plan keeps the
 * previous contents of every day, week target and athlete setting it
 * changes; end returns them as an edit (NULL when nothing changed). */
typedef struct _RpPlanEdit RpPlanEdit;

void                 rp_plan_begin_edit           (RpPlan     *self);
RpPlanEdit          *rp_plan_end_edit             (RpPlan     *self);
void                 rp_plan_edit_undo            (RpPlanEdit *edit,
                                                   RpPlan     *plan);
void                 rp_plan_edit_redo            (RpPlanEdit *edit,
                                                   RpPlan     *plan);
void                 rp_plan_edit_free            (RpPlanEdit *edit);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpPlanEdit, rp_plan_edit_free)

G_END_DECLS
