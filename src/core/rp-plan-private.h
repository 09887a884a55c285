/* rp-plan-private.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-plan.h"

G_BEGIN_DECLS

/* Shared by rp-plan.c (the model) and rp-plan-edit.c (edit recording,
 * undo and redo); nothing else includes this. */

typedef struct
{
  GPtrArray *workouts;  /* of RpWorkout, NULL when the day is empty */
  guint      warnings;  /* derived: RP_WARNING_BIT mask */
} Day;

typedef struct
{
  gint64        target_override;  /* RP_PLAN_TARGET_DEFAULT: the athlete's; 0: a week off */
  RpTargetReason target_reason;   /* NONE: the runner's (or no) target */
  RpWeekSummary summary;          /* derived */
} Week;

/* A week's target as an edit records it. */
typedef struct
{
  gint64         target_override;
  RpTargetReason target_reason;
} WeekTarget;

/* What an edit changed: the plan's extent, and the before/after contents
 * of each day and week target it touched, keyed by date so that a change
 * of extent in between does not confuse them. */
struct _RpPlanEdit
{
  RpDate      start_before;
  guint       n_weeks_before;
  RpDate      start_after;
  guint       n_weeks_after;
  GHashTable *days_before;     /* RpDate -> GPtrArray (NULL: empty) */
  GHashTable *days_after;
  GHashTable *targets_before;  /* week start RpDate -> WeekTarget (boxed) */
  GHashTable *targets_after;
  RpAthlete  *athlete_before;
  RpAthlete  *athlete_after;
};

struct _RpPlan
{
  GObject     parent_instance;

  RpAthlete  *athlete;
  RpDate      start;
  guint       n_weeks;
  GArray     *days;    /* of Day, 7 × n_weeks */
  GArray     *weeks;   /* of Week */
  JsonObject *extra;

  guint       freeze_count;
  RpDate      changed_first;  /* RP_DATE_INVALID: nothing pending */
  RpDate      changed_last;

  guint       edit_depth;
  RpPlanEdit *edit;           /* recording, NULL when not */
  gboolean    applying_edit;  /* undo/redo in progress: do not re-align */
};

Day        *rp_plan_day           (RpPlan     *self,
                                   RpDate      date);
Week       *rp_plan_week          (RpPlan     *self,
                                   guint       week);
GPtrArray  *rp_plan_copy_list     (GPtrArray  *list);
void        rp_plan_free_list     (gpointer    data);
gboolean    rp_plan_lists_equal   (GPtrArray  *a,
                                   GPtrArray  *b);
void        rp_plan_note_changed  (RpPlan     *self,
                                   RpDate      first,
                                   RpDate      last);
void        rp_plan_set_extent    (RpPlan     *self,
                                   RpDate      start,
                                   guint       n_weeks);
/* Keep the day's or week target's contents before its first change in
 * the edit being recorded, if any. */
void        rp_plan_record_day    (RpPlan     *self,
                                   RpDate      date);
void        rp_plan_record_target (RpPlan     *self,
                                   guint       week);
RpPlanEdit *rp_plan_edit_new      (RpPlan     *self);

G_END_DECLS
