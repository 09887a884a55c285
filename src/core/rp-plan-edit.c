/* rp-plan-edit.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-plan"

#include "config.h"

#include "rp-plan-private.h"

/* An edit keeps, keyed by date, the contents each touched day and week
 * target had before and after, and the plan's extent and athlete on both
 * sides. Workouts are values (edits replace them), so keeping references
 * is enough: undo puts the very objects back. */

void
rp_plan_record_day (RpPlan *self,
                    RpDate  date)
{
  gpointer key = GUINT_TO_POINTER (date);

  if (self->edit == NULL || g_hash_table_contains (self->edit->days_before, key))
    return;

  g_hash_table_insert (self->edit->days_before, key,
                       rp_plan_contains (self, date)
                         ? rp_plan_copy_list (rp_plan_day (self, date)->workouts)
                         : NULL);
}

void
rp_plan_record_target (RpPlan *self,
                       guint   week)
{
  gpointer key = GUINT_TO_POINTER (rp_plan_get_week_start (self, week));

  Week *w;
  WeekTarget before;

  if (self->edit == NULL || g_hash_table_contains (self->edit->targets_before, key))
    return;

  w = rp_plan_week (self, week);
  before.target_override = w->target_override;
  before.target_reason = w->target_reason;
  g_hash_table_insert (self->edit->targets_before, key, g_memdup2 (&before, sizeof before));
}

RpPlanEdit *
rp_plan_edit_new (RpPlan *self)
{
  RpPlanEdit *edit = g_new0 (RpPlanEdit, 1);

  edit->start_before = self->start;
  edit->n_weeks_before = self->n_weeks;
  edit->days_before = g_hash_table_new_full (NULL, NULL, NULL, rp_plan_free_list);
  edit->days_after = g_hash_table_new_full (NULL, NULL, NULL, rp_plan_free_list);
  edit->targets_before = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  edit->targets_after = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  edit->athlete_before = rp_athlete_copy (self->athlete);

  return edit;
}

void
rp_plan_edit_free (RpPlanEdit *edit)
{
  if (edit == NULL)
    return;

  g_hash_table_unref (edit->days_before);
  g_hash_table_unref (edit->days_after);
  g_hash_table_unref (edit->targets_before);
  g_hash_table_unref (edit->targets_after);
  g_clear_object (&edit->athlete_before);
  g_clear_object (&edit->athlete_after);
  g_free (edit);
}

void
rp_plan_begin_edit (RpPlan *self)
{
  g_return_if_fail (RP_IS_PLAN (self));

  if (self->edit_depth++ == 0)
    self->edit = rp_plan_edit_new (self);
}

/* Fills the edit's "after" side and drops what did not change. */
static gboolean
finish_edit (RpPlan     *self,
             RpPlanEdit *edit)
{
  GHashTableIter iter;
  gpointer key, value;
  gboolean changed = FALSE;

  edit->start_after = self->start;
  edit->n_weeks_after = self->n_weeks;

  g_hash_table_iter_init (&iter, edit->days_before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RpDate date = GPOINTER_TO_UINT (key);
      GPtrArray *after = rp_plan_contains (self, date) ? rp_plan_day (self, date)->workouts : NULL;

      if (rp_plan_lists_equal (value, after))
        g_hash_table_iter_remove (&iter);
      else
        g_hash_table_insert (edit->days_after, key, rp_plan_copy_list (after));
    }

  g_hash_table_iter_init (&iter, edit->targets_before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RpDate week_start = GPOINTER_TO_UINT (key);
      WeekTarget after = { RP_PLAN_TARGET_DEFAULT, { RP_TARGET_REASON_NONE, 0 } };
      const WeekTarget *before = value;

      if (rp_plan_contains (self, week_start))
        {
          Week *w = rp_plan_week (self, rp_plan_get_week_index (self, week_start));

          after.target_override = w->target_override;
          after.target_reason = w->target_reason;
        }

      if (after.target_override == before->target_override &&
          after.target_reason.code == before->target_reason.code &&
          after.target_reason.figure == before->target_reason.figure)
        g_hash_table_iter_remove (&iter);
      else
        g_hash_table_insert (edit->targets_after, key, g_memdup2 (&after, sizeof after));
    }

  if (rp_athlete_equal (edit->athlete_before, self->athlete))
    g_clear_object (&edit->athlete_before);
  else
    edit->athlete_after = rp_athlete_copy (self->athlete);

  changed = g_hash_table_size (edit->days_after) > 0 ||
            g_hash_table_size (edit->targets_after) > 0 ||
            edit->athlete_after != NULL ||
            edit->start_before != edit->start_after ||
            edit->n_weeks_before != edit->n_weeks_after;

  return changed;
}

RpPlanEdit *
rp_plan_end_edit (RpPlan *self)
{
  RpPlanEdit *edit;

  g_return_val_if_fail (RP_IS_PLAN (self), NULL);
  g_return_val_if_fail (self->edit_depth > 0, NULL);

  if (--self->edit_depth > 0)
    return NULL;

  edit = g_steal_pointer (&self->edit);
  if (!finish_edit (self, edit))
    g_clear_pointer (&edit, rp_plan_edit_free);

  return edit;
}

/* The workouts with an id on the days about to be replaced, by id. */
static GHashTable *
index_replaced (RpPlan     *self,
                GHashTable *days)
{
  GHashTable *by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      RpDate date = GPOINTER_TO_UINT (key);
      GPtrArray *workouts;

      if (!rp_plan_contains (self, date))
        continue;
      workouts = rp_plan_day (self, date)->workouts;
      for (guint i = 0; workouts != NULL && i < workouts->len; i++)
        {
          RpWorkout *workout = g_ptr_array_index (workouts, i);

          if (rp_workout_get_id (workout) != NULL)
            g_hash_table_insert (by_id, (gpointer) rp_workout_get_id (workout),
                                 g_object_ref (workout));
        }
    }

  return by_id;
}

/* Undo and redo put back a workout as it was, but a calendar that has
 * seen a later version of it (iCalendar's SEQUENCE) ignores an event
 * whose sequence went down. So a workout put back, unless it is the very
 * object already there, is a change of its own: a copy numbered after
 * both itself and the version it replaces, changed now. The history's
 * own objects stay as they were. */
static GPtrArray *
put_back (GPtrArray  *restored,
          GHashTable *replaced)
{
  GPtrArray *list = rp_plan_copy_list (restored);

  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      RpWorkout *workout = g_ptr_array_index (list, i);
      RpWorkout *previous;
      RpWorkout *copy;

      if (rp_workout_get_id (workout) == NULL)
        continue;
      previous = g_hash_table_lookup (replaced, rp_workout_get_id (workout));
      if (previous == workout)
        continue;
      /* A change after whichever version is the later one (the one it
       * replaces, or itself when it comes back after a removal). */
      if (previous == NULL || rp_workout_get_sequence (previous) < rp_workout_get_sequence (workout))
        previous = workout;
      copy = rp_workout_copy (workout);
      rp_workout_follow (copy, previous);
      g_ptr_array_index (list, i) = copy;
      g_object_unref (workout);
    }

  return list;
}

static void
apply_side (RpPlan     *self,
            RpDate      start,
            guint       n_weeks,
            GHashTable *days,
            GHashTable *targets,
            RpAthlete  *athlete)
{
  g_autoptr(GHashTable) replaced = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (self->edit == NULL);

  replaced = index_replaced (self, days);
  rp_plan_freeze_changed (self);
  self->applying_edit = TRUE;

  if (athlete != NULL)
    {
      rp_athlete_assign (self->athlete, athlete);
    }

  if (start != self->start || n_weeks != self->n_weeks)
    {
      rp_plan_note_changed (self, MIN (start, self->start), MAX (start + n_weeks * 7 - 1, rp_plan_get_end (self)));
      rp_plan_set_extent (self, start, n_weeks);
    }

  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RpDate date = GPOINTER_TO_UINT (key);
      Day *day;

      if (!rp_plan_contains (self, date))
        continue;

      day = rp_plan_day (self, date);
      g_clear_pointer (&day->workouts, g_ptr_array_unref);
      day->workouts = put_back (value, replaced);
      rp_plan_note_changed (self, date, date);
    }

  g_hash_table_iter_init (&iter, targets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RpDate week_start = GPOINTER_TO_UINT (key);

      if (rp_plan_contains (self, week_start))
        {
          Week *w = rp_plan_week (self, rp_plan_get_week_index (self, week_start));
          const WeekTarget *target = value;

          w->target_override = target->target_override;
          w->target_reason = target->target_reason;
          rp_plan_note_changed (self, week_start, week_start + 6);
        }
    }

  self->applying_edit = FALSE;
  rp_plan_thaw_changed (self);
}

void
rp_plan_edit_undo (RpPlanEdit *edit,
                   RpPlan     *plan)
{
  g_return_if_fail (edit != NULL);
  g_return_if_fail (RP_IS_PLAN (plan));

  apply_side (plan, edit->start_before, edit->n_weeks_before,
              edit->days_before, edit->targets_before, edit->athlete_before);
}

void
rp_plan_edit_redo (RpPlanEdit *edit,
                   RpPlan     *plan)
{
  g_return_if_fail (edit != NULL);
  g_return_if_fail (RP_IS_PLAN (plan));

  apply_side (plan, edit->start_after, edit->n_weeks_after,
              edit->days_after, edit->targets_after, edit->athlete_after);
}

