/* rp-plan.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-plan"

#include "config.h"

#include <string.h>

#include "rp-date.h"
#include "rp-plan.h"

typedef struct
{
  GPtrArray *workouts;  /* of RpWorkout, NULL when the day is empty */
  guint      warnings;  /* derived: RP_WARNING_BIT mask */
} Day;

typedef struct
{
  gint64        target_override;  /* 0: the athlete's default */
  RpWeekSummary summary;          /* derived */
} Week;

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
  GHashTable *targets_before;  /* week start RpDate -> gint64 (boxed) */
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

G_DEFINE_FINAL_TYPE (RpPlan, rp_plan, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Helpers */

static Day *
get_day (RpPlan *self,
         RpDate  date)
{
  return &g_array_index (self->days, Day, date - self->start);
}

static Week *
get_week (RpPlan *self,
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

static GPtrArray *
copy_list (GPtrArray *list)
{
  GPtrArray *copy;

  if (list == NULL || list->len == 0)
    return NULL;

  copy = g_ptr_array_new_full (list->len, g_object_unref);
  for (guint i = 0; i < list->len; i++)
    g_ptr_array_add (copy, g_object_ref (g_ptr_array_index (list, i)));

  return copy;
}

static void
free_list (gpointer data)
{
  if (data != NULL)
    g_ptr_array_unref (data);
}

static gboolean
lists_equal (GPtrArray *a,
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

static void
note_changed (RpPlan *self,
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

static void
record_day (RpPlan *self,
            RpDate  date)
{
  gpointer key = GUINT_TO_POINTER (date);

  if (self->edit == NULL || g_hash_table_contains (self->edit->days_before, key))
    return;

  g_hash_table_insert (self->edit->days_before, key,
                       rp_plan_contains (self, date) ? copy_list (get_day (self, date)->workouts)
                                                     : NULL);
}

static void
record_target (RpPlan *self,
               guint   week)
{
  gpointer key = GUINT_TO_POINTER (rp_plan_get_week_start (self, week));

  if (self->edit == NULL || g_hash_table_contains (self->edit->targets_before, key))
    return;

  g_hash_table_insert (self->edit->targets_before, key,
                       g_memdup2 (&get_week (self, week)->target_override, sizeof (gint64)));
}

/* Re-lays the days and weeks for a new extent, keeping what overlaps.
 * Week targets follow the week holding their old week's middle day, so a
 * change of week start keeps them roughly where the runner put them. */
static void
set_extent (RpPlan *self,
            RpDate  start,
            guint   n_weeks)
{
  GArray *days = g_array_sized_new (FALSE, TRUE, sizeof (Day), n_weeks * 7);
  GArray *weeks = g_array_sized_new (FALSE, TRUE, sizeof (Week), n_weeks);
  RpDate end = start + n_weeks * 7 - 1;

  g_array_set_clear_func (days, clear_day);
  g_array_set_size (days, n_weeks * 7);
  g_array_set_size (weeks, n_weeks);

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
        *to = *get_week (self, w);
      else
        to->target_override = get_week (self, w)->target_override;
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

  set_extent (self, start, (end - start) / 7 + 1);
}

static void
on_athlete_changed_cb (RpPlan    *self,
                       RpAthlete *athlete)
{
  g_assert (RP_IS_PLAN (self));

  if (!self->applying_edit)
    realign_to_week_start (self);

  note_changed (self, self->start, rp_plan_get_end (self));
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
  set_extent (self, self->start, n_weeks);

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

      to->workouts = copy_list (from->workouts);
      to->warnings = from->warnings;
    }

  for (guint w = 0; w < self->n_weeks; w++)
    *get_week (copy, w) = *get_week (self, w);

  if (self->extra != NULL)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), self->extra);
      g_autoptr(JsonNode) node_copy = json_node_copy (node);

      copy->extra = json_object_ref (json_node_get_object (node_copy));
    }

  return copy;
}

gboolean
rp_plan_equal (RpPlan *a,
               RpPlan *b)
{
  gboolean a_extra, b_extra;

  g_return_val_if_fail (RP_IS_PLAN (a), FALSE);
  g_return_val_if_fail (RP_IS_PLAN (b), FALSE);

  if (a->start != b->start || a->n_weeks != b->n_weeks ||
      !rp_athlete_equal (a->athlete, b->athlete))
    return FALSE;

  for (guint w = 0; w < a->n_weeks; w++)
    {
      if (get_week (a, w)->target_override != get_week (b, w)->target_override)
        return FALSE;
    }

  for (guint i = 0; i < a->days->len; i++)
    {
      if (!lists_equal (g_array_index (a->days, Day, i).workouts,
                        g_array_index (b->days, Day, i).workouts))
        return FALSE;
    }

  a_extra = a->extra != NULL && json_object_get_size (a->extra) > 0;
  b_extra = b->extra != NULL && json_object_get_size (b->extra) > 0;

  return a_extra == b_extra && (!a_extra || json_object_equal (a->extra, b->extra));
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
  if (!rp_date_is_valid (date))
    return FALSE;

  start = MIN (self->start, rp_date_week_start (date, rp_athlete_get_week_start (self->athlete)));
  end = MAX (rp_plan_get_end (self), date);
  n_weeks = (end - start) / 7 + 1;
  if (n_weeks > RP_MAX_WEEKS)
    return FALSE;

  set_extent (self, start, n_weeks);
  note_changed (self, start, rp_plan_get_end (self));

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

  workouts = get_day (self, date)->workouts;

  return workouts != NULL ? workouts->len : 0;
}

RpWorkout *
rp_plan_get_workout (RpPlan *self,
                     RpDate  date,
                     guint   index)
{
  g_return_val_if_fail (RP_IS_PLAN (self), NULL);
  g_return_val_if_fail (index < rp_plan_get_n_workouts (self, date), NULL);

  return g_ptr_array_index (get_day (self, date)->workouts, index);
}

gboolean
rp_plan_insert_workout (RpPlan    *self,
                        RpDate     date,
                        guint      index,
                        RpWorkout *workout)
{
  Day *day;

  g_return_val_if_fail (RP_IS_PLAN (self), FALSE);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), FALSE);

  if (!rp_plan_ensure_date (self, date))
    return FALSE;

  record_day (self, date);
  day = get_day (self, date);
  if (day->workouts == NULL)
    day->workouts = g_ptr_array_new_with_free_func (g_object_unref);

  rp_workout_set_date (workout, date);
  index = MIN (index, day->workouts->len);
  g_ptr_array_insert (day->workouts, (int) index, g_object_ref (workout));
  note_changed (self, date, date);

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

  record_day (self, date);
  day = get_day (self, date);
  g_ptr_array_remove_index (day->workouts, index);
  if (day->workouts->len == 0)
    g_clear_pointer (&day->workouts, g_ptr_array_unref);
  note_changed (self, date, date);
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

  workouts = get_day (self, date)->workouts;
  if (g_ptr_array_index (workouts, index) == (gpointer) workout)
    return;

  record_day (self, date);
  rp_workout_set_date (workout, date);
  g_object_ref (workout);
  g_object_unref (g_ptr_array_index (workouts, index));
  g_ptr_array_index (workouts, index) = workout;
  note_changed (self, date, date);
}

void
rp_plan_clear_unpinned (RpPlan *self,
                        RpDate  date)
{
  GPtrArray *workouts;
  gboolean any = FALSE;

  g_return_if_fail (RP_IS_PLAN (self));

  if (!rp_plan_contains (self, date) || (workouts = get_day (self, date)->workouts) == NULL)
    return;

  for (guint i = 0; i < workouts->len && !any; i++)
    any = !rp_workout_get_pinned (g_ptr_array_index (workouts, i));
  if (!any)
    return;

  record_day (self, date);
  for (guint i = workouts->len; i > 0; i--)
    {
      if (!rp_workout_get_pinned (g_ptr_array_index (workouts, i - 1)))
        g_ptr_array_remove_index (workouts, i - 1);
    }
  if (workouts->len == 0)
    g_clear_pointer (&get_day (self, date)->workouts, g_ptr_array_unref);
  note_changed (self, date, date);
}

gint64
rp_plan_get_week_target_override (RpPlan *self,
                                  guint   week)
{
  g_return_val_if_fail (RP_IS_PLAN (self), 0);
  g_return_val_if_fail (week < self->n_weeks, 0);

  return get_week (self, week)->target_override;
}

void
rp_plan_set_week_target_override (RpPlan *self,
                                  guint   week,
                                  gint64  target_m)
{
  RpDate first;

  g_return_if_fail (RP_IS_PLAN (self));
  g_return_if_fail (week < self->n_weeks);
  g_return_if_fail (target_m >= 0 && target_m <= RP_MAX_VOLUME_M);

  if (get_week (self, week)->target_override == target_m)
    return;

  record_target (self, week);
  get_week (self, week)->target_override = target_m;
  first = rp_plan_get_week_start (self, week);
  note_changed (self, first, first + 6);
}

gint64
rp_plan_get_week_target (RpPlan *self,
                         guint   week)
{
  gint64 target = rp_plan_get_week_target_override (self, week);

  return target > 0 ? target : rp_athlete_get_volume_m (self->athlete);
}

guint
rp_plan_get_day_warnings (RpPlan *self,
                          RpDate  date)
{
  g_return_val_if_fail (RP_IS_PLAN (self), 0);

  return rp_plan_contains (self, date) ? get_day (self, date)->warnings : 0;
}

void
rp_plan_set_day_warnings (RpPlan *self,
                          RpDate  date,
                          guint   mask)
{
  Day *day;

  g_return_if_fail (RP_IS_PLAN (self));
  g_return_if_fail (rp_plan_contains (self, date));

  day = get_day (self, date);
  if (day->warnings == mask)
    return;

  day->warnings = mask;
  note_changed (self, date, date);
}

const RpWeekSummary *
rp_plan_get_week_summary (RpPlan *self,
                          guint   week)
{
  g_return_val_if_fail (RP_IS_PLAN (self), NULL);
  g_return_val_if_fail (week < self->n_weeks, NULL);

  return &get_week (self, week)->summary;
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

  if (memcmp (&get_week (self, week)->summary, summary, sizeof *summary) == 0)
    return;

  get_week (self, week)->summary = *summary;
  first = rp_plan_get_week_start (self, week);
  note_changed (self, first, first + 6);
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

void
rp_plan_mark_changed (RpPlan *self,
                      RpDate  first,
                      RpDate  last)
{
  g_return_if_fail (RP_IS_PLAN (self));
  g_return_if_fail (first <= last);

  note_changed (self, first, last);
}

/* Edits */

static RpPlanEdit *
plan_edit_new (RpPlan *self)
{
  RpPlanEdit *edit = g_new0 (RpPlanEdit, 1);

  edit->start_before = self->start;
  edit->n_weeks_before = self->n_weeks;
  edit->days_before = g_hash_table_new_full (NULL, NULL, NULL, free_list);
  edit->days_after = g_hash_table_new_full (NULL, NULL, NULL, free_list);
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
    self->edit = plan_edit_new (self);
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
      GPtrArray *after = rp_plan_contains (self, date) ? get_day (self, date)->workouts : NULL;

      if (lists_equal (value, after))
        g_hash_table_iter_remove (&iter);
      else
        g_hash_table_insert (edit->days_after, key, copy_list (after));
    }

  g_hash_table_iter_init (&iter, edit->targets_before);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RpDate week_start = GPOINTER_TO_UINT (key);
      gint64 after = rp_plan_contains (self, week_start)
        ? get_week (self, rp_plan_get_week_index (self, week_start))->target_override : 0;

      if (after == *(gint64 *) value)
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

static void
apply_side (RpPlan     *self,
            RpDate      start,
            guint       n_weeks,
            GHashTable *days,
            GHashTable *targets,
            RpAthlete  *athlete)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (self->edit == NULL);

  rp_plan_freeze_changed (self);
  self->applying_edit = TRUE;

  if (athlete != NULL)
    {
      rp_athlete_assign (self->athlete, athlete);
    }

  if (start != self->start || n_weeks != self->n_weeks)
    {
      note_changed (self, MIN (start, self->start), MAX (start + n_weeks * 7 - 1, rp_plan_get_end (self)));
      set_extent (self, start, n_weeks);
    }

  g_hash_table_iter_init (&iter, days);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RpDate date = GPOINTER_TO_UINT (key);
      Day *day;

      if (!rp_plan_contains (self, date))
        continue;

      day = get_day (self, date);
      g_clear_pointer (&day->workouts, g_ptr_array_unref);
      day->workouts = copy_list (value);
      note_changed (self, date, date);
    }

  g_hash_table_iter_init (&iter, targets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      RpDate week_start = GPOINTER_TO_UINT (key);

      if (rp_plan_contains (self, week_start))
        {
          get_week (self, rp_plan_get_week_index (self, week_start))->target_override =
            *(gint64 *) value;
          note_changed (self, week_start, week_start + 6);
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
