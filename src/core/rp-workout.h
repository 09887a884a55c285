/* rp-workout.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "rp-kind.h"
#include "rp-reason.h"

G_BEGIN_DECLS

/* One part of a structured workout: "6 × 800 m @ I, 400 m jog". */
typedef struct
{
  int    repeat;              /* >= 1 */
  gint64 distance_m;          /* -1: unset */
  gint64 duration_s;          /* -1: unset */
  RpZone zone;                /* the pace of the work part */
  gint64 recovery_distance_m; /* -1: none */
  gint64 recovery_duration_s; /* -1: none */
} RpStep;

#define RP_TYPE_STEP (rp_step_get_type ())
GType    rp_step_get_type (void) G_GNUC_CONST;
RpStep  *rp_step_copy     (const RpStep *step);
void     rp_step_free     (RpStep       *step);
gboolean rp_step_equal    (const RpStep *a,
                           const RpStep *b);

#define RP_TYPE_WORKOUT (rp_workout_get_type ())

G_DECLARE_FINAL_TYPE (RpWorkout, rp_workout, RP, WORKOUT, GObject)

/* A workout inside a plan is treated as a value: edits replace it with a
 * changed copy through RpPlan, so undo can keep references to old ones. */
RpWorkout      *rp_workout_new              (RpKind          kind);
RpWorkout      *rp_workout_copy             (RpWorkout      *self);
/* A copy that is another workout (a duplicate, a copied week): the same
 * content without the identity below, so the plan gives it a new id. */
RpWorkout      *rp_workout_copy_as_new      (RpWorkout      *self);
/* The same content; the identity below is not compared, so an edit that
 * changes nothing is still "no change". */
gboolean        rp_workout_equal            (RpWorkout      *a,
                                             RpWorkout      *b);

/* Identity, for calendars (docs/plan-format.md, "A workout"): a UUID kept
 * in the plan file, and a sequence number and time of the last change
 * that move when the workout is edited or moved, so a calendar sees the
 * same event modified. The id is NULL until the workout enters a plan
 * (rp_plan_insert_workout gives it one). */
const char     *rp_workout_get_id           (RpWorkout      *self);
/* id: a UUID (g_uuid_string_is_valid), stored in lower case, or NULL. */
void            rp_workout_set_id           (RpWorkout      *self,
                                             const char     *id);
guint           rp_workout_get_sequence     (RpWorkout      *self);
void            rp_workout_set_sequence     (RpWorkout      *self,
                                             guint           sequence);
/* Seconds since 1970 (UTC) of the last change; 0: never changed. */
gint64          rp_workout_get_modified     (RpWorkout      *self);
void            rp_workout_set_modified     (RpWorkout      *self,
                                             gint64          modified);
/* Makes self the changed version of previous: previous's id, its
 * sequence + 1, modified now. */
void            rp_workout_follow           (RpWorkout      *self,
                                             RpWorkout      *previous);
/* The time rp_workout_follow stamps: the real time, or the one set for
 * tests (0 clears it). */
gint64          rp_workout_now              (void);
void            rp_workout_set_now_for_testing (gint64       now);

RpKind          rp_workout_get_kind         (RpWorkout      *self);
void            rp_workout_set_kind         (RpWorkout      *self,
                                             RpKind          kind);
/* The day it is on; set by RpPlan when added. */
RpDate          rp_workout_get_date         (RpWorkout      *self);
void            rp_workout_set_date         (RpWorkout      *self,
                                             RpDate          date);
/* -1: unset */
gint64          rp_workout_get_distance_m   (RpWorkout      *self);
void            rp_workout_set_distance_m   (RpWorkout      *self,
                                             gint64          distance_m);
gint64          rp_workout_get_duration_s   (RpWorkout      *self);
void            rp_workout_set_duration_s   (RpWorkout      *self,
                                             gint64          duration_s);
/* Target pace range in s/km, fast end first; 0: unset ("or slower" when
 * only the fast end is set). */
void            rp_workout_get_pace         (RpWorkout      *self,
                                             int            *out_fast,
                                             int            *out_slow);
void            rp_workout_set_pace         (RpWorkout      *self,
                                             int             fast,
                                             int             slow);
const char     *rp_workout_get_notes        (RpWorkout      *self);
void            rp_workout_set_notes        (RpWorkout      *self,
                                             const char     *notes);
gboolean        rp_workout_get_pinned       (RpWorkout      *self);
void            rp_workout_set_pinned       (RpWorkout      *self,
                                             gboolean        pinned);
const RpReason *rp_workout_get_reason       (RpWorkout      *self);
void            rp_workout_set_reason       (RpWorkout      *self,
                                             const RpReason *reason);
guint           rp_workout_get_n_steps      (RpWorkout      *self);
const RpStep   *rp_workout_get_step         (RpWorkout      *self,
                                             guint           index);
void            rp_workout_add_step         (RpWorkout      *self,
                                             const RpStep   *step);
void            rp_workout_clear_steps      (RpWorkout      *self);
/* Keys of the file's workout object this version does not know; kept and
 * written back. May be NULL. */
JsonObject     *rp_workout_get_extra        (RpWorkout      *self);
void            rp_workout_set_extra        (RpWorkout      *self,
                                             JsonObject     *extra);

G_END_DECLS
