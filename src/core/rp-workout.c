/* rp-workout.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-workout"

#include "config.h"

#include <string.h>

#include "rp-json-extra.h"
#include "rp-workout.h"

struct _RpWorkout
{
  GObject     parent_instance;

  RpKind      kind;
  RpDate      date;
  gint64      distance_m;
  gint64      duration_s;
  int         pace_fast;
  int         pace_slow;
  gboolean    pinned;
  RpReason    reason;
  char       *notes;
  GArray     *steps;   /* of RpStep, NULL when none */
  JsonObject *extra;
  char       *id;      /* lower-case UUID, NULL until in a plan */
  guint       sequence;
  gint64      modified;
};

G_DEFINE_FINAL_TYPE (RpWorkout, rp_workout, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (RpStep, rp_step, rp_step_copy, rp_step_free)

RpStep *
rp_step_copy (const RpStep *step)
{
  return g_memdup2 (step, sizeof *step);
}

void
rp_step_free (RpStep *step)
{
  g_free (step);
}

gboolean
rp_step_equal (const RpStep *a,
               const RpStep *b)
{
  return a->repeat == b->repeat &&
         a->distance_m == b->distance_m &&
         a->duration_s == b->duration_s &&
         a->zone == b->zone &&
         a->recovery_distance_m == b->recovery_distance_m &&
         a->recovery_duration_s == b->recovery_duration_s;
}

static void
rp_workout_finalize (GObject *object)
{
  RpWorkout *self = (RpWorkout *) object;

  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->steps, g_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (rp_workout_parent_class)->finalize (object);
}

static void
rp_workout_class_init (RpWorkoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_workout_finalize;
}

static void
rp_workout_init (RpWorkout *self)
{
  self->kind = RP_KIND_REST;
  self->distance_m = -1;
  self->duration_s = -1;
}

RpWorkout *
rp_workout_new (RpKind kind)
{
  RpWorkout *self;

  g_return_val_if_fail ((guint) kind < RP_N_KINDS, NULL);

  self = g_object_new (RP_TYPE_WORKOUT, NULL);
  self->kind = kind;

  return self;
}

RpWorkout *
rp_workout_copy (RpWorkout *self)
{
  RpWorkout *copy;

  g_return_val_if_fail (RP_IS_WORKOUT (self), NULL);

  copy = rp_workout_new (self->kind);
  copy->date = self->date;
  copy->distance_m = self->distance_m;
  copy->duration_s = self->duration_s;
  copy->pace_fast = self->pace_fast;
  copy->pace_slow = self->pace_slow;
  copy->pinned = self->pinned;
  copy->reason = self->reason;
  copy->notes = g_strdup (self->notes);
  if (self->steps != NULL)
    copy->steps = g_array_copy (self->steps);
  copy->extra = rp_json_extra_copy (self->extra);
  copy->id = g_strdup (self->id);
  copy->sequence = self->sequence;
  copy->modified = self->modified;

  return copy;
}

RpWorkout *
rp_workout_copy_as_new (RpWorkout *self)
{
  RpWorkout *copy;

  g_return_val_if_fail (RP_IS_WORKOUT (self), NULL);

  copy = rp_workout_copy (self);
  g_clear_pointer (&copy->id, g_free);
  copy->sequence = 0;
  copy->modified = 0;

  return copy;
}

static gboolean
steps_equal (GArray *a,
             GArray *b)
{
  guint n_a = a != NULL ? a->len : 0;
  guint n_b = b != NULL ? b->len : 0;

  if (n_a != n_b)
    return FALSE;

  for (guint i = 0; i < n_a; i++)
    {
      if (!rp_step_equal (&g_array_index (a, RpStep, i), &g_array_index (b, RpStep, i)))
        return FALSE;
    }

  return TRUE;
}

gboolean
rp_workout_equal (RpWorkout *a,
                  RpWorkout *b)
{
  g_return_val_if_fail (RP_IS_WORKOUT (a), FALSE);
  g_return_val_if_fail (RP_IS_WORKOUT (b), FALSE);

  if (a == b)
    return TRUE;

  return a->kind == b->kind &&
         a->date == b->date &&
         a->distance_m == b->distance_m &&
         a->duration_s == b->duration_s &&
         a->pace_fast == b->pace_fast &&
         a->pace_slow == b->pace_slow &&
         a->pinned == b->pinned &&
         rp_reason_equal (&a->reason, &b->reason) &&
         g_strcmp0 (a->notes, b->notes) == 0 &&
         steps_equal (a->steps, b->steps) &&
         rp_json_extra_equal (a->extra, b->extra);
}

RpKind
rp_workout_get_kind (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), RP_KIND_REST);

  return self->kind;
}

void
rp_workout_set_kind (RpWorkout *self,
                     RpKind     kind)
{
  g_return_if_fail (RP_IS_WORKOUT (self));
  g_return_if_fail ((guint) kind < RP_N_KINDS);

  self->kind = kind;
}

RpDate
rp_workout_get_date (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), RP_DATE_INVALID);

  return self->date;
}

void
rp_workout_set_date (RpWorkout *self,
                     RpDate     date)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  self->date = date;
}

gint64
rp_workout_get_distance_m (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), -1);

  return self->distance_m;
}

void
rp_workout_set_distance_m (RpWorkout *self,
                           gint64     distance_m)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  self->distance_m = distance_m < 0 ? -1 : distance_m;
}

gint64
rp_workout_get_duration_s (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), -1);

  return self->duration_s;
}

void
rp_workout_set_duration_s (RpWorkout *self,
                           gint64     duration_s)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  self->duration_s = duration_s < 0 ? -1 : duration_s;
}

void
rp_workout_get_pace (RpWorkout *self,
                     int       *out_fast,
                     int       *out_slow)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  if (out_fast != NULL)
    *out_fast = self->pace_fast;
  if (out_slow != NULL)
    *out_slow = self->pace_slow;
}

void
rp_workout_set_pace (RpWorkout *self,
                     int        fast,
                     int        slow)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  self->pace_fast = MAX (fast, 0);
  self->pace_slow = MAX (slow, 0);
}

const char *
rp_workout_get_notes (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), NULL);

  return self->notes != NULL ? self->notes : "";
}

void
rp_workout_set_notes (RpWorkout  *self,
                      const char *notes)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  g_free (self->notes);
  self->notes = (notes != NULL && notes[0] != '\0') ? g_strdup (notes) : NULL;
}

gboolean
rp_workout_get_pinned (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), FALSE);

  return self->pinned;
}

void
rp_workout_set_pinned (RpWorkout *self,
                       gboolean   pinned)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  self->pinned = !!pinned;
}

const RpReason *
rp_workout_get_reason (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), NULL);

  return &self->reason;
}

void
rp_workout_set_reason (RpWorkout      *self,
                       const RpReason *reason)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  if (reason != NULL)
    self->reason = *reason;
  else
    memset (&self->reason, 0, sizeof self->reason);
}

guint
rp_workout_get_n_steps (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), 0);

  return self->steps != NULL ? self->steps->len : 0;
}

const RpStep *
rp_workout_get_step (RpWorkout *self,
                     guint      index)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), NULL);
  g_return_val_if_fail (index < rp_workout_get_n_steps (self), NULL);

  return &g_array_index (self->steps, RpStep, index);
}

void
rp_workout_add_step (RpWorkout    *self,
                     const RpStep *step)
{
  g_return_if_fail (RP_IS_WORKOUT (self));
  g_return_if_fail (step != NULL);

  if (self->steps == NULL)
    self->steps = g_array_new (FALSE, FALSE, sizeof (RpStep));
  g_array_append_val (self->steps, *step);
}

void
rp_workout_clear_steps (RpWorkout *self)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  g_clear_pointer (&self->steps, g_array_unref);
}

JsonObject *
rp_workout_get_extra (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), NULL);

  return self->extra;
}

void
rp_workout_set_extra (RpWorkout  *self,
                      JsonObject *extra)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

const char *
rp_workout_get_id (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), NULL);

  return self->id;
}

void
rp_workout_set_id (RpWorkout  *self,
                   const char *id)
{
  g_return_if_fail (RP_IS_WORKOUT (self));
  g_return_if_fail (id == NULL || g_uuid_string_is_valid (id));

  g_free (self->id);
  self->id = id != NULL ? g_ascii_strdown (id, -1) : NULL;
}

guint
rp_workout_get_sequence (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), 0);

  return self->sequence;
}

void
rp_workout_set_sequence (RpWorkout *self,
                         guint      sequence)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  self->sequence = sequence;
}

gint64
rp_workout_get_modified (RpWorkout *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT (self), 0);

  return self->modified;
}

void
rp_workout_set_modified (RpWorkout *self,
                         gint64     modified)
{
  g_return_if_fail (RP_IS_WORKOUT (self));

  self->modified = MAX (modified, 0);
}

static gint64 now_for_testing;

gint64
rp_workout_now (void)
{
  if (now_for_testing > 0)
    return now_for_testing;
  return g_get_real_time () / G_USEC_PER_SEC;
}

void
rp_workout_set_now_for_testing (gint64 now)
{
  now_for_testing = MAX (now, 0);
}

void
rp_workout_follow (RpWorkout *self,
                   RpWorkout *previous)
{
  g_return_if_fail (RP_IS_WORKOUT (self));
  g_return_if_fail (RP_IS_WORKOUT (previous));

  if (self == previous)
    return;
  g_free (self->id);
  self->id = g_strdup (previous->id);
  /* The file keeps a sequence within 32 bits (SEQUENCE in iCalendar is an
   * integer). */
  self->sequence = MIN (previous->sequence, (guint) G_MAXINT32 - 1) + 1;
  /* Never before the previous change, whatever the clock says. */
  self->modified = MAX (rp_workout_now (), previous->modified);
}
