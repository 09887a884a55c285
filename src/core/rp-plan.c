/* rp-plan.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-plan"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-json-extra.h"
#include "rp-limits.h"
#include "rp-plan-private.h"

G_DEFINE_FINAL_TYPE (RpPlan, rp_plan, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

Day *
rp_plan_day (RpPlan *self,
             RpDate  date)
{
  return &g_array_index (self->days, Day, date - self->start);
}

Week *
rp_plan_week (RpPlan *self,
              guint   week)
{
  return &g_array_index (self->weeks, Week, week);
}

static void
clear_day (gpointer data)
{
  Day *day = data;

  g_clear_pointer (&day->workouts, g_ptr_array_unref);
}

GPtrArray *
rp_plan_copy_list (GPtrArray *list)
{
  GPtrArray *copy;

  if (list == NULL || list->len == 0)
    return NULL;

  copy = g_ptr_array_new_full (list->len, g_object_unref);
  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (list, i)));

  return copy;
}

void
rp_plan_free_list (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

gboolean
rp_plan_lists_equal (GPtrArray *a,
                     GPtrArray *b)
{
  guint n_a = a != NULL ? a->len : 0;
  guint n_b = b != NULL ? b->len : 0;

  if (n_a != n_b)
    return FALSE;

  for (guint i = 0; i < n_a; i++)
    {
      if (!rp_workout_equal (g_ptr_array_index (a, i), g_ptr_array_index (b, i)))
        return FALSE;
    }

  return TRUE;
}

void
rp_plan_note_changed (RpPlan *self,
                      RpDate  first,
                      RpDate  last)
{
  if (self->changed_first == RP_DATE_INVALID)
    {
      self->changed_first = first;
      self->changed_last = last;
    }
  else
    {
      self->changed_first = MIN (self->changed_first, first);
      self->changed_last = MAX (self->changed_last, last);
    }

  if (self->freeze_count == 0)
    {
      rp_plan_freeze_changed (self);
      rp_plan_thaw_changed (self);
    }
}



/* Re-lays the days and weeks for a new extent, keeping what overlaps.
 * Week targets follow the week holding their old week's middle day, so a
 * change of week start keeps them roughly where the runner put them. */
void
rp_plan_set_extent (RpPlan *self,
                    RpDate  start,
                    guint   n_weeks)
{
  GArray *days = g_array_sized_new (FALSE, TRUE, sizeof (Day), n_weeks * 7);
  GArray *weeks = g_array_sized_new (FALSE, TRUE, sizeof (Week), n_weeks);
  RpDate end = start + n_weeks * 7 - 1;

  g_array_set_clear_func (days, clear_day);
  g_array_set_size (days, n_weeks * 7);
  g_array_set_size (weeks, n_weeks);
  for (guint w = 0; w < n_weeks; w++)
    g_array_index (weeks, Week, w).target_override = RP_PLAN_TARGET_DEFAULT;

  for (guint i = 0; i < self->days->len; i++)
    {
      RpDate date = self->start + i;
      Day *old = &g_array_index (self->days, Day, i);

      if (date >= start && date <= end)
        {
          g_array_index (days, Day, date - start) = *old;
          old->workouts = NULL;
        }
    }

  for (guint w = 0; w < self->weeks->len; w++)
    {
      RpDate middle = self->start + w * 7 + 3;
      Week *to;

      if (middle < start || middle > end)
        continue;

      /* Same alignment (growth, undo): the week is the same week, derived
       * summary included. Otherwise only the runner's target carries over. */
      to = &g_array_index (weeks, Week, (middle - start) / 7);
      if (((gint64) self->start - (gint64) start) % 7 == 0)
        *to = *rp_plan_week (self, w);
      else
        {
          to->target_override = rp_plan_week (self, w)->target_override;
          to->target_reason = rp_plan_week (self, w)->target_reason;
        }
    }

  g_array_unref (self->days);
  g_array_unref (self->weeks);
  self->days = days;
  self->weeks = weeks;
  self->start = start;
  self->n_weeks = n_weeks;
}

static void
realign_to_week_start (RpPlan *self)
{
  GDateWeekday week_start = rp_athlete_get_week_start (self->athlete);
  RpDate start = rp_date_week_start (self->start, week_start);
  RpDate end = rp_plan_get_end (self);

  if (start == self->start)
    return;

  rp_plan_set_extent (self, start, (end - start) / 7 + 1);
}

static void
on_athlete_changed_cb (RpPlan    *self,
                       RpAthlete *athlete)
{
  g_assert (RP_IS_PLAN (self));

  if (!self->applying_edit)
    realign_to_week_start (self);

  rp_plan_note_changed (self, self->start, rp_plan_get_end (self));
}

/* GObject */

static void
rp_plan_dispose (GObject *object)
{
  RpPlan *self = (RpPlan *) object;

  if (self->athlete != NULL)
    g_signal_handlers_disconnect_by_data (self->athlete, self);
  g_clear_object (&self->athlete);

  G_OBJECT_CLASS (rp_plan_parent_class)->dispose (object);
}

static void
rp_plan_finalize (GObject *object)
{
  RpPlan *self = (RpPlan *) object;

  g_clear_pointer (&self->edit, rp_plan_edit_free);
  g_clear_pointer (&self->days, g_array_unref);
  g_clear_pointer (&self->weeks, g_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (rp_plan_parent_class)->finalize (object);
}

static void
rp_plan_class_init (RpPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = rp_plan_dispose;
  object_class->finalize = rp_plan_finalize;

  /**
   * RpPlan::changed:
   * @first: the first day changed (Julian day)
   * @last: the last day changed
   *
   * Emitted once per change, or once per freeze/thaw pair.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_UINT);
}

static void
rp_plan_init (RpPlan *self)
{
  self->days = g_array_new (FALSE, TRUE, sizeof (Day));
  g_array_set_clear_func (self->days, clear_day);
  self->weeks = g_array_new (FALSE, TRUE, sizeof (Week));
}

/* Public API */

RpPlan *
rp_plan_new_for_athlete (RpAthlete *athlete,
                         RpDate     start,
                         guint      n_weeks)
{
  RpPlan *self;

  g_return_val_if_fail (athlete == NULL || RP_IS_ATHLETE (athlete), NULL);
  g_return_val_if_fail (rp_date_is_valid (start), NULL);

  self = g_object_new (RP_TYPE_PLAN, NULL);
  self->athlete = athlete != NULL ? rp_athlete_copy (athlete) : rp_athlete_new ();
  g_signal_connect_object (self->athlete, "changed",
                           G_CALLBACK (on_athlete_changed_cb), self, G_CONNECT_SWAPPED);

  n_weeks = CLAMP (n_weeks, 1, RP_MAX_WEEKS);
  self->start = rp_date_week_start (start, rp_athlete_get_week_start (self->athlete));
  rp_plan_set_extent (self, self->start, n_weeks);

  return self;
}

RpPlan *
rp_plan_new (RpDate start,
             guint  n_weeks)
{
  return rp_plan_new_for_athlete (NULL, start, n_weeks);
}

RpPlan *
rp_plan_copy (RpPlan *self)
{
  RpPlan *copy;

  g_return_val_if_fail (RP_IS_PLAN (self), NULL);

  copy = rp_plan_new_for_athlete (self->athlete, self->start, self->n_weeks);

  for (guint i = 0; i < self->days->len; i++)
    {
      Day *from = &g_array_index (self->days, Day, i);
      Day *to = &g_array_index (copy->days, Day, i);

      to->workouts = rp_plan_copy_list (from->workouts);
      to->warnings = from->warnings;
    }

  for (guint w = 0; w < self->n_weeks; w++)
    *rp_plan_week (copy, w) = *rp_plan_week (self, w);

  copy->extra = rp_json_extra_copy (self->extra);

  return copy;
}

gboolean
rp_plan_equal (RpPlan *a,
               RpPlan *b)
{
  g_return_val_if_fail (RP_IS_PLAN (a), FALSE);
  g_return_val_if_fail (RP_IS_PLAN (b), FALSE);

  if (a->start != b->start || a->n_weeks != b->n_weeks ||
      !rp_athlete_equal (a->athlete, b->athlete))
    return FALSE;

  for (guint w = 0; w < a->n_weeks; w++)
    {
      Week *wa = rp_plan_week (a, w), *wb = rp_plan_week (b, w);

      if (wa->target_override != wb->target_override ||
          wa->target_reason.code != wb->target_reason.code ||
          wa->target_reason.figure != wb->target_reason.figure)
        return FALSE;
    }

  for (guint i = 0; i < a->days->len; i++)
    {
      if (!rp_plan_lists_equal (g_array_index (a->days, Day, i).workouts,
                        g_array_index (b->days, Day, i).workouts))
        return FALSE;
    }

  return rp_json_extra_equal (a->extra, b->extra);
}

RpAthlete *
rp_plan_get_athlete (RpPlan *self)
{
  g_return_val_if_fail (RP_IS_PLAN (self), NULL);

  return self->athlete;
}

RpDate
rp_plan_get_start (RpPlan *self)
{
  g_return_val_if_fail (RP_IS_PLAN (self), RP_DATE_INVALID);

  return self->start;
}

guint
rp_plan_get_n_weeks (RpPlan *self)
{
  g_return_val_if_fail (RP_IS_PLAN (self), 0);

  return self->n_weeks;
}

RpDate
rp_plan_get_end (RpPlan *self)
{
  g_return_val_if_fail (RP_IS_PLAN (self), RP_DATE_INVALID);

  return self->start + self->n_weeks * 7 - 1;
}

gboolean
rp_plan_contains (RpPlan *self,
                  RpDate  date)
{
  g_return_val_if_fail (RP_IS_PLAN (self), FALSE);

  return date >= self->start && date <= rp_plan_get_end (self);
}

gboolean
rp_plan_ensure_date (RpPlan *self,
                     RpDate  date)
{
  RpDate start, end;
  guint n_weeks;

  g_return_val_if_fail (RP_IS_PLAN (self), FALSE);

  if (rp_plan_contains (self, date))
    return TRUE;
  /* The whole week must fit in the file's dates and weeks. */
  if (!rp_limits_check_date (self, date, NULL))
    return FALSE;

  start = MIN (self->start, rp_date_week_start (date, rp_athlete_get_week_start (self->athlete)));
  end = MAX (rp_plan_get_end (self), date);
  n_weeks = (end - start) / 7 + 1;
  if (n_weeks > RP_MAX_WEEKS)
    return FALSE;

  rp_plan_set_extent (self, start, n_weeks);
  rp_plan_note_changed (self, start, rp_plan_get_end (self));

  return TRUE;
}

guint
rp_plan_get_week_index (RpPlan *self,
                        RpDate  date)
{
  g_return_val_if_fail (RP_IS_PLAN (self), 0);
  g_return_val_if_fail (rp_plan_contains (self, date), 0);

  return (date - self->start) / 7;
}

RpDate
rp_plan_get_week_start (RpPlan *self,
                        guint   week)
{
  g_return_val_if_fail (RP_IS_PLAN (self), RP_DATE_INVALID);

  return self->start + week * 7;
}

guint
rp_plan_get_n_workouts (RpPlan *self,
                        RpDate  date)
{
  GPtrArray *workouts;

  g_return_val_if_fail (RP_IS_PLAN (self), 0);

  if (!rp_plan_contains (self, date))
    return 0;

  workouts = rp_plan_day (self, date)->workouts;

  return workouts != NULL ? workouts->len : 0;
}

RpWorkout *
rp_plan_get_workout (RpPlan *self,
                     RpDate  date,
                     guint   index)
{
  g_return_val_if_fail (RP_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < rp_plan_get_n_workouts (self, date), NULL);

  return g_ptr_array_index (rp_plan_day (self, date)->workouts, index);
}

/* Every workout in a plan has an id (docs/plan-format.md): a new one
 * gets a random UUID as it enters. */
static void
give_id (RpWorkout *workout)
{
  if (rp_workout_get_id (workout) == NULL)
    {
      g_autofree char *id = g_uuid_string_random ();

      rp_workout_set_id (workout, id);
    }
}

gboolean
rp_plan_insert_workout (RpPlan     *self,
                        RpDate      date,
                        guint       index,
                        RpWorkout  *workout,
                        GError    **error)
{
  Day *day;

  g_return_val_if_fail (RP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), FALSE);

  if (!rp_plan_contains (self, date) && !rp_limits_check_date (self, date, error))
    return FALSE;
  if (rp_plan_get_n_workouts (self, date) >= RP_MAX_WORKOUTS_PER_DAY)
    {
      char iso[RP_DATE_ISO_LEN];

      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DAY_FULL,
                   _("%s already has %d workouts, the most a day can hold"),
                   rp_date_to_iso (date, iso), RP_MAX_WORKOUTS_PER_DAY);
      return FALSE;
    }
  if (!rp_plan_ensure_date (self, date))
    return FALSE;

  rp_plan_record_day (self, date);
  day = rp_plan_day (self, date);
  if (day->workouts == NULL)
    day->workouts = g_ptr_array_new_with_free_func (g_object_unref);

  rp_workout_set_date (workout, date);
  give_id (workout);
  index = MIN (index, day->workouts->len);
  g_ptr_array_insert (day->workouts, (int) index, g_object_ref (workout));
  rp_plan_note_changed (self, date, date);

  return TRUE;
}

void
rp_plan_remove_workout (RpPlan *self,
                        RpDate  date,
                        guint   index)
{
  Day *day;

  g_return_if_fail (RP_IS_PLAN (self));
  g_return_if_fail (index < rp_plan_get_n_workouts (self, date));

  rp_plan_record_day (self, date);
  day = rp_plan_day (self, date);
  g_ptr_array_remove_index (day->workouts, index);
  if (day->workouts->len == 0)
    g_clear_pointer (&day->workouts, g_ptr_array_unref);
  rp_plan_note_changed (self, date, date);
}

void
rp_plan_replace_workout (RpPlan    *self,
                         RpDate     date,
                         guint      index,
                         RpWorkout *workout)
{
  GPtrArray *workouts;

  g_return_if_fail (RP_IS_PLAN (self));
  g_return_if_fail (RP_IS_WORKOUT (workout));
  g_return_if_fail (index < rp_plan_get_n_workouts (self, date));

  workouts = rp_plan_day (self, date)->workouts;
  if (g_ptr_array_index (workouts, index) == (gpointer) workout)
    return;

  rp_plan_record_day (self, date);
  rp_workout_set_date (workout, date);
  give_id (workout);
  g_object_ref (workout);
  g_object_unref (g_ptr_array_index (workouts, index));
  g_ptr_array_index (workouts, index) = workout;
  rp_plan_note_changed (self, date, date);
}

void
rp_plan_clear_unpinned (RpPlan *self,
                        RpDate  date)
{
  GPtrArray *workouts;
  gboolean any = FALSE;

  g_return_if_fail (RP_IS_PLAN (self));

  if (!rp_plan_contains (self, date) || (workouts = rp_plan_day (self, date)->workouts) == NULL)
    return;

  for (guint i = 0; i < workouts->len && !any; i++)
    any = !rp_workout_get_pinned (g_ptr_array_index (workouts, i));
  if (!any)
    return;

  rp_plan_record_day (self, date);
  for (guint i = workouts->len; i > 0; i--)
    {
      if (!rp_workout_get_pinned (g_ptr_array_index (workouts, i - 1)))
        g_ptr_array_remove_index (workouts, i - 1);
    }
  if (workouts->len == 0)
    g_clear_pointer (&rp_plan_day (self, date)->workouts, g_ptr_array_unref);
  rp_plan_note_changed (self, date, date);
}

gint64
rp_plan_get_week_target_override (RpPlan *self,
                                  guint   week)
{
  g_return_val_if_fail (RP_IS_PLAN (self), RP_PLAN_TARGET_DEFAULT);
  g_return_val_if_fail (week < self->n_weeks, RP_PLAN_TARGET_DEFAULT);

  return rp_plan_week (self, week)->target_override;
}

void
rp_plan_set_week_target_override (RpPlan *self,
                                  guint   week,
                                  gint64  target_m)
{
  rp_plan_set_week_target_with_reason (self, week, target_m, NULL);
}

void
rp_plan_set_week_target_with_reason (RpPlan               *self,
                                     guint                 week,
                                     gint64                target_m,
                                     const RpTargetReason *reason)
{
  RpTargetReason none = { RP_TARGET_REASON_NONE, 0 };
  Week *w;
  RpDate first;

  g_return_if_fail (RP_IS_PLAN (self));
  g_return_if_fail (week < self->n_weeks);
  g_return_if_fail (target_m == RP_PLAN_TARGET_DEFAULT
                    || (target_m >= 0 && target_m <= RP_MAX_VOLUME_M));

  /* A reason only explains a target; no target, no reason. */
  if (reason == NULL || target_m == RP_PLAN_TARGET_DEFAULT)
    reason = &none;

  w = rp_plan_week (self, week);
  if (w->target_override == target_m &&
      w->target_reason.code == reason->code &&
      w->target_reason.figure == reason->figure)
    return;

  rp_plan_record_target (self, week);
  w->target_override = target_m;
  w->target_reason = *reason;
  first = rp_plan_get_week_start (self, week);
  rp_plan_note_changed (self, first, first + 6);
}

RpTargetReason
rp_plan_get_week_target_reason (RpPlan *self,
                                guint   week)
{
  RpTargetReason none = { RP_TARGET_REASON_NONE, 0 };

  g_return_val_if_fail (RP_IS_PLAN (self), none);
  g_return_val_if_fail (week < self->n_weeks, none);

  return rp_plan_week (self, week)->target_reason;
}

gint64
rp_plan_get_week_target (RpPlan *self,
                         guint   week)
{
  gint64 target = rp_plan_get_week_target_override (self, week);

  return target != RP_PLAN_TARGET_DEFAULT ? target : rp_athlete_get_volume_m (self->athlete);
}

guint
rp_plan_get_day_warnings (RpPlan *self,
                          RpDate  date)
{
  g_return_val_if_fail (RP_IS_PLAN (self), 0);

  return rp_plan_contains (self, date) ? rp_plan_day (self, date)->warnings : 0;
}

void
rp_plan_set_day_warnings (RpPlan *self,
                          RpDate  date,
                          guint   mask)
{
  Day *day;

  g_return_if_fail (RP_IS_PLAN (self));
  g_return_if_fail (rp_plan_contains (self, date));

  day = rp_plan_day (self, date);
  if (day->warnings == mask)
    return;

  day->warnings = mask;
  rp_plan_note_changed (self, date, date);
}

const RpWeekSummary *
rp_plan_get_week_summary (RpPlan *self,
                          guint   week)
{
  g_return_val_if_fail (RP_IS_PLAN (self), NULL);
  g_return_val_if_fail (week < self->n_weeks, NULL);

  return &rp_plan_week (self, week)->summary;
}

void
rp_plan_set_week_summary (RpPlan              *self,
                          guint                week,
                          const RpWeekSummary *summary)
{
  RpDate first;

  g_return_if_fail (RP_IS_PLAN (self));
  g_return_if_fail (week < self->n_weeks);
  g_return_if_fail (summary != NULL);

  if (memcmp (&rp_plan_week (self, week)->summary, summary, sizeof *summary) == 0)
    return;

  rp_plan_week (self, week)->summary = *summary;
  first = rp_plan_get_week_start (self, week);
  rp_plan_note_changed (self, first, first + 6);
}

JsonObject *
rp_plan_get_extra (RpPlan *self)
{
  g_return_val_if_fail (RP_IS_PLAN (self), NULL);

  return self->extra;
}

void
rp_plan_set_extra (RpPlan     *self,
                   JsonObject *extra)
{
  g_return_if_fail (RP_IS_PLAN (self));

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

void
rp_plan_freeze_changed (RpPlan *self)
{
  g_return_if_fail (RP_IS_PLAN (self));

  self->freeze_count++;
}

void
rp_plan_thaw_changed (RpPlan *self)
{
  RpDate first, last;

  g_return_if_fail (RP_IS_PLAN (self));
  g_return_if_fail (self->freeze_count > 0);

  if (--self->freeze_count > 0 || self->changed_first == RP_DATE_INVALID)
    return;

  /* Clamp to the plan: a range may predate a shrink by undo. */
  first = MAX (self->changed_first, self->start);
  last = MIN (self->changed_last, rp_plan_get_end (self));
  self->changed_first = self->changed_last = RP_DATE_INVALID;

  if (first <= last)
    g_signal_emit (self, signals[CHANGED], 0, (guint) first, (guint) last);
}
