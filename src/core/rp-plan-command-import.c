/* rp-plan-command-import.c — merging imported workouts into a plan
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

#define G_LOG_DOMAIN "rp-plan-command"

#include "config.h"

#include "rp-plan-command-import.h"

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-limits.h"
#include "rp-planner.h"

/* An imported workout and where it was in the file, so workouts of one
 * day keep the file's order. */
typedef struct
{
  RpWorkout *workout;
  guint      index;
} Entry;

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a, *y = b;
  RpDate dx = rp_workout_get_date (x->workout), dy = rp_workout_get_date (y->workout);

  if (dx != dy)
    return dx < dy ? -1 : 1;
  return x->index < y->index ? -1 : x->index > y->index;
}

static gboolean
same_steps (RpWorkout *a,
            RpWorkout *b)
{
  guint n = rp_workout_get_n_steps (a);

  if (n != rp_workout_get_n_steps (b))
    return FALSE;
  for (guint i = 0; i < n; i++)
    if (!rp_step_equal (rp_workout_get_step (a, i), rp_workout_get_step (b, i)))
      return FALSE;
  return TRUE;
}

/* Whether the plan shows imported as it shows existing: what a CSV row
 * holds (a size or pace the planner chose for one is the same as that
 * size typed), so the app's own CSV imported again matches. */
static gboolean
shows_same (RpPlan    *plan,
            RpWorkout *existing,
            RpWorkout *imported)
{
  int fast_a = 0, slow_a = 0, fast_b = 0, slow_b = 0;
  const char *notes_a = rp_workout_get_notes (existing);
  const char *notes_b = rp_workout_get_notes (imported);

  if (rp_workout_get_kind (existing) != rp_workout_get_kind (imported) ||
      g_strcmp0 (notes_a != NULL ? notes_a : "", notes_b != NULL ? notes_b : "") != 0 ||
      !same_steps (existing, imported))
    return FALSE;
  rp_planner_workout_pace (plan, existing, &fast_a, &slow_a);
  rp_planner_workout_pace (plan, imported, &fast_b, &slow_b);
  return fast_a == fast_b && slow_a == slow_b &&
         rp_planner_workout_distance_m (plan, existing) == rp_planner_workout_distance_m (plan, imported) &&
         rp_planner_workout_duration_s (plan, existing) == rp_planner_workout_duration_s (plan, imported);
}

/* The ids of the plan's workouts (docs/plan-format.md, "A workout"). */
static GHashTable *
plan_ids (RpPlan *plan)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);
  RpDate end = rp_plan_get_end (plan);

  for (RpDate date = rp_plan_get_start (plan); date <= end; date++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
      {
        const char *id = rp_workout_get_id (rp_plan_get_workout (plan, date, i));

        if (id != NULL)
          g_hash_table_add (ids, (gpointer) id);
      }
  return ids;
}

/* The imported workouts of one day (entries[first..end)) that the day
 * does not already show; each of its own workouts matches one at most,
 * so two identical runs in the file and one in the plan add one. */
static void
pick_new (RpPlan     *plan,
          GHashTable *ids,
          GArray     *entries,
          guint       first,
          guint       end,
          GPtrArray  *to_add,
          guint      *n_duplicates)
{
  RpDate date = rp_workout_get_date (g_array_index (entries, Entry, first).workout);
  guint n = rp_plan_contains (plan, date) ? rp_plan_get_n_workouts (plan, date) : 0;
  gboolean matched[RP_MAX_WORKOUTS_PER_DAY * 2] = { FALSE };

  for (guint e = first; e < end; e++)
    {
      RpWorkout *imported = g_array_index (entries, Entry, e).workout;
      const char *id = rp_workout_get_id (imported);
      /* The same workout, wherever the plan has it now and whatever was
       * changed since: the plan's version is kept. */
      gboolean duplicate = id != NULL && g_hash_table_contains (ids, id);

      for (guint i = 0; i < n && i < G_N_ELEMENTS (matched) && !duplicate; i++)
        {
          RpWorkout *existing = rp_plan_get_workout (plan, date, i);

          if (matched[i] || !rp_workout_get_pinned (existing))
            continue;
          duplicate = matched[i] = shows_same (plan, existing, imported);
        }
      if (duplicate)
        (*n_duplicates)++;
      else
        g_ptr_array_add (to_add, imported);
    }
}

/* The plan grown to hold every date of to_add (sorted by date) stays
 * inside the calendar and RP_MAX_WEEKS. */
static gboolean
check_span (RpPlan     *plan,
            GPtrArray  *to_add,
            GError    **error)
{
  RpDate first = rp_workout_get_date (g_ptr_array_index (to_add, 0));
  RpDate last = rp_workout_get_date (g_ptr_array_index (to_add, to_add->len - 1));
  GDateWeekday week_start = rp_athlete_get_week_start (rp_plan_get_athlete (plan));
  gint64 start, end;
  char iso[RP_DATE_ISO_LEN];

  if (!rp_limits_check_date (plan, first, error) || !rp_limits_check_date (plan, last, error))
    return FALSE;
  /* Each end fits alone; both at once may not. */
  start = MIN ((gint64) rp_date_week_start (first, week_start), (gint64) rp_plan_get_start (plan));
  end = MAX ((gint64) rp_date_week_start (last, week_start) + 6, (gint64) rp_plan_get_end (plan));
  if ((end - start + 1) / 7 <= RP_MAX_WEEKS)
    return TRUE;
  g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_TOO_LONG,
               _("the plan would grow past %d weeks (to reach %s it would have %lld)"),
               RP_MAX_WEEKS, rp_date_to_iso (last, iso), (long long) ((end - start + 1) / 7));
  return FALSE;
}

/* Every check before anything changes: the workouts' values, the span,
 * and the room on each day. */
static gboolean
check_import (RpPlan     *plan,
              GPtrArray  *to_add,
              GError    **error)
{
  guint day_first = 0;

  for (guint i = 0; i < to_add->len; i++)
    if (!rp_limits_check_workout (g_ptr_array_index (to_add, i), error))
      return FALSE;
  if (!check_span (plan, to_add, error))
    return FALSE;
  for (guint i = 1; i <= to_add->len; i++)
    {
      RpDate date = rp_workout_get_date (g_ptr_array_index (to_add, day_first));

      if (i < to_add->len && rp_workout_get_date (g_ptr_array_index (to_add, i)) == date)
        continue;
      if (rp_plan_contains (plan, date) && !rp_limits_check_room (plan, date, i - day_first, error))
        return FALSE;
      day_first = i;
    }
  return TRUE;
}

/* The pinned workouts within first..last, by date, the file's order
 * within a day; the others counted. */
static GArray *
select_entries (GPtrArray      *workouts,
                RpDate          first,
                RpDate          last,
                RpImportResult *result)
{
  GArray *entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), workouts->len);

  for (guint i = 0; i < workouts->len; i++)
    {
      RpWorkout *workout = g_ptr_array_index (workouts, i);
      RpDate date = rp_workout_get_date (workout);
      Entry entry = { workout, i };

      if ((first != RP_DATE_INVALID && date < first) || (last != RP_DATE_INVALID && date > last))
        result->outside++;
      else if (!rp_workout_get_pinned (workout))
        result->planner++;
      else
        g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_entries);
  return entries;
}

gboolean
rp_plan_command_import (RpPlan          *plan,
                        RpHistory       *history,
                        GPtrArray       *workouts,
                        RpDate           first,
                        RpDate           last,
                        RpImportResult  *out_result,
                        GError         **error)
{
  g_autoptr(GArray) entries = NULL;
  g_autoptr(GPtrArray) to_add = NULL;
  g_autoptr(GHashTable) ids = NULL;
  RpImportResult result = { 0 };
  gboolean ok = TRUE;
  guint day_first = 0;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (history == NULL || RP_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (workouts != NULL, FALSE);
  if (history != NULL && rp_history_get_plan (history) != plan)
    g_critical ("The history given records another plan");

  entries = select_entries (workouts, first, last, &result);
  ids = plan_ids (plan);
  to_add = g_ptr_array_new ();
  for (guint i = 1; i <= entries->len; i++)
    {
      RpDate date = rp_workout_get_date (g_array_index (entries, Entry, day_first).workout);

      if (i < entries->len && rp_workout_get_date (g_array_index (entries, Entry, i).workout) == date)
        continue;
      pick_new (plan, ids, entries, day_first, i, to_add, &result.duplicates);
      day_first = i;
    }

  if (to_add->len > 0 && !check_import (plan, to_add, error))
    return FALSE;

  if (to_add->len > 0)
    {
      if (history != NULL)
        rp_history_begin (history, _("Import Workouts"));
      rp_plan_freeze_changed (plan);
      for (guint i = 0; i < to_add->len && ok; i++)
        {
          RpWorkout *workout = g_ptr_array_index (to_add, i);

          /* Checked above: cannot be refused. */
          ok = rp_planner_place (plan, rp_workout_get_date (workout), workout, error) != NULL;
          g_warn_if_fail (ok);
          result.added += ok;
        }
      rp_plan_thaw_changed (plan);
      if (history != NULL)
        rp_history_commit (history);
    }

  if (out_result != NULL)
    *out_result = result;
  return ok;
}
