/* rp-limits.c
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

#define G_LOG_DOMAIN "rp-limits"

#include "config.h"

#include "rp-limits.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-parse.h"
#include "rp-plan-file.h"
#include "rp-plan-reader.h"

/* The loader refuses a file over any of these limits, and the writer
 * writes the model as it is: an edit that would pass one used to be
 * clamped or dropped on save (a ninth workout, notes cut at 4,096 bytes,
 * 120 h saved as 100 h), or saved and then refused by `validate` (a week
 * past 2200-12-31). So every edit checks them first, here. */

G_DEFINE_QUARK (rp-limits-error-quark, rp_limits_error)

static RpDate
first_day (void)
{
  return rp_date_from_ymd (RP_DATE_MIN_YEAR, 1, 1);
}

static RpDate
last_day (void)
{
  return rp_date_from_ymd (RP_DATE_MAX_YEAR, 12, 31);
}

gboolean
rp_limits_check_date (RpPlan  *plan,
                      RpDate   date,
                      GError **error)
{
  GDateWeekday week_start;
  char iso[RP_DATE_ISO_LEN];
  gint64 start, end;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);

  if (!rp_date_is_valid (date))
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE,
                   _("the date is outside the years %d–%d"), RP_DATE_MIN_YEAR, RP_DATE_MAX_YEAR);
      return FALSE;
    }

  /* Not rp_date_week_start (): a Sunday-start week of 1900-01-01 begins
   * on a day that is not a valid date. */
  week_start = rp_athlete_get_week_start (rp_plan_get_athlete (plan));
  start = (gint64) date - ((rp_date_get_weekday (date) - week_start + 7) % 7);
  end = start + 6;
  rp_date_to_iso (date, iso);
  if (start < (gint64) first_day ())
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE,
                   _("the week of %s would start before %d-01-01, the first day a plan can hold"),
                   iso, RP_DATE_MIN_YEAR);
      return FALSE;
    }
  if (end > (gint64) last_day ())
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE,
                   _("the week of %s would end after %d-12-31, the last day a plan can hold"),
                   iso, RP_DATE_MAX_YEAR);
      return FALSE;
    }

  start = MIN (start, (gint64) rp_plan_get_start (plan));
  end = MAX (end, (gint64) rp_plan_get_end (plan));
  if ((end - start + 1) / 7 > RP_MAX_WEEKS)
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_TOO_LONG,
                   _("the plan would grow past %d weeks (to reach %s it would have %lld)"),
                   RP_MAX_WEEKS, iso, (long long) ((end - start + 1) / 7));
      return FALSE;
    }
  return TRUE;
}

gboolean
rp_limits_check_room (RpPlan  *plan,
                      RpDate   date,
                      guint    n_more,
                      GError **error)
{
  guint n = rp_plan_get_n_workouts (plan, date);
  guint pinned = 0;
  char iso[RP_DATE_ISO_LEN];

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);

  for (guint i = 0; i < n; i++)
    if (rp_workout_get_pinned (rp_plan_get_workout (plan, date, i)))
      pinned++;
  if ((gint64) pinned + n_more <= RP_MAX_WORKOUTS_PER_DAY)
    return TRUE;

  rp_date_to_iso (date, iso);
  if (pinned >= RP_MAX_WORKOUTS_PER_DAY)
    g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DAY_FULL,
                 _("%s already has %d workouts, the most a day can hold"),
                 iso, RP_MAX_WORKOUTS_PER_DAY);
  else
    g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DAY_FULL,
                 ngettext ("%s has room for %u more workout, not %u (a day holds at most %d)",
                           "%s has room for %u more workouts, not %u (a day holds at most %d)",
                           RP_MAX_WORKOUTS_PER_DAY - pinned),
                 iso, RP_MAX_WORKOUTS_PER_DAY - pinned, n_more, RP_MAX_WORKOUTS_PER_DAY);
  return FALSE;
}

static gboolean
value_error (GError     **error,
             const char  *format,
             ...) G_GNUC_PRINTF (2, 3);

static gboolean
value_error (GError     **error,
             const char  *format,
             ...)
{
  va_list args;

  if (error == NULL)
    return FALSE;
  va_start (args, format);
  *error = g_error_new_valist (RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE, format, args);
  va_end (args);
  return FALSE;
}

/* -1 (unset) or 0 … max; where says where it is ("" or "step 2: "). */
static gboolean
check_distance (gint64       metres,
                const char  *where,
                GError     **error)
{
  if (metres >= -1 && metres <= RP_PLAN_MAX_DISTANCE_M)
    return TRUE;
  return value_error (error, _("%sa distance of %lld m is over the limit of %d km"),
                      where, (long long) metres, RP_PLAN_MAX_DISTANCE_M / 1000);
}

static gboolean
check_duration (gint64       seconds,
                const char  *where,
                GError     **error)
{
  g_autofree char *text = NULL;

  if (seconds >= -1 && seconds <= RP_PLAN_MAX_DURATION_S)
    return TRUE;
  text = rp_format_duration (seconds);
  return value_error (error, _("%sa duration of %s is over the limit of %d hours"),
                      where, text, RP_PLAN_MAX_DURATION_S / 3600);
}

static gboolean
check_pace (int      fast,
            int      slow,
            GError **error)
{
  if (fast < 0 || slow < 0 || fast > RP_PLAN_MAX_PACE_S_PER_KM || slow > RP_PLAN_MAX_PACE_S_PER_KM)
    return value_error (error, _("a pace must be at most %d s/km (60:00 per km)"),
                        RP_PLAN_MAX_PACE_S_PER_KM);
  /* A pair the wrong way round is written in order: nothing is lost. */
  return TRUE;
}

static gboolean
check_notes (const char  *notes,
             GError     **error)
{
  gsize len;

  if (notes == NULL)
    return TRUE;
  if (!g_utf8_validate (notes, -1, NULL))
    return value_error (error, _("the notes are not valid UTF-8"));
  len = strlen (notes);
  if (len > RP_PLAN_FILE_MAX_STRING)
    return value_error (error, _("the notes are %zu bytes long, over the limit of %d bytes"),
                        len, RP_PLAN_FILE_MAX_STRING);
  return TRUE;
}

static gboolean
check_step (const RpStep  *step,
            guint          index,
            GError       **error)
{
  /* TRANSLATORS: the start of a message about one step of a workout */
  g_autofree char *where = g_strdup_printf (_("step %u: "), index + 1);

  if (step->repeat < 1 || step->repeat > RP_PLAN_MAX_REPEAT)
    return value_error (error, _("step %u repeats %d times; a step repeats 1 to %d times"),
                        index + 1, step->repeat, RP_PLAN_MAX_REPEAT);
  if ((guint) step->zone >= G_N_ELEMENTS (rp_plan_zone_names))
    return value_error (error, _("step %u has an unknown zone"), index + 1);
  return check_distance (step->distance_m, where, error) &&
         check_duration (step->duration_s, where, error) &&
         check_distance (step->recovery_distance_m, where, error) &&
         check_duration (step->recovery_duration_s, where, error);
}

static gboolean
check_reason (const RpReason  *reason,
              GError         **error)
{
  if (reason == NULL || reason->code == RP_REASON_NONE)
    return TRUE;
  if (reason->code >= RP_N_REASONS ||
      (rp_plan_reason_has_kind (reason->code) &&
       ((guint) reason->kind >= RP_N_KINDS || !rp_date_is_valid (reason->date))) ||
      reason->metres < 0 || reason->metres > RP_MAX_VOLUME_M ||
      reason->target_m < 0 || reason->target_m > RP_MAX_VOLUME_M)
    return value_error (error, _("the planner's reason is out of range"));
  return TRUE;
}

gboolean
rp_limits_check_workout (RpWorkout  *workout,
                         GError    **error)
{
  guint n_steps;
  int fast, slow;

  g_return_val_if_fail (RP_IS_WORKOUT (workout), FALSE);

  if ((guint) rp_workout_get_kind (workout) >= RP_N_KINDS)
    return value_error (error, _("unknown workout kind"));
  if (!check_distance (rp_workout_get_distance_m (workout), "", error) ||
      !check_duration (rp_workout_get_duration_s (workout), "", error))
    return FALSE;
  rp_workout_get_pace (workout, &fast, &slow);
  if (!check_pace (fast, slow, error) ||
      !check_notes (rp_workout_get_notes (workout), error) ||
      !check_reason (rp_workout_get_reason (workout), error))
    return FALSE;

  n_steps = rp_workout_get_n_steps (workout);
  if (n_steps > RP_PLAN_MAX_STEPS)
    return value_error (error, _("%u steps is over the limit of %d"), n_steps, RP_PLAN_MAX_STEPS);
  for (guint i = 0; i < n_steps; i++)
    if (!check_step (rp_workout_get_step (workout, i), i, error))
      return FALSE;
  return TRUE;
}

/* A pace the writer rounds to a whole number of seconds: 0 (unset) or
 * one that rounds to 1 … the limit. */
static gboolean
pace_in_range (double pace)
{
  return pace == 0 || (round (pace) >= 1 && round (pace) <= RP_PLAN_MAX_PACE_S_PER_KM);
}

static gboolean
check_athlete (RpAthlete  *athlete,
               GError    **error)
{
  gint64 distance_m, time_s;
  RpPaces paces;

  if (rp_athlete_get_race_result (athlete, &distance_m, &time_s) &&
      (distance_m > RP_PLAN_MAX_DISTANCE_M || time_s < 1 || time_s > RP_PLAN_MAX_DURATION_S))
    return value_error (error, _("the race result is over the limits"));
  if (rp_athlete_get_volume_m (athlete) < 0 || rp_athlete_get_volume_m (athlete) > RP_MAX_VOLUME_M ||
      rp_athlete_get_min_easy_m (athlete) < 0 || rp_athlete_get_min_easy_m (athlete) > RP_MAX_VOLUME_M)
    return value_error (error, _("a volume is over the limit of %d km a week"), RP_MAX_VOLUME_M / 1000);
  if (rp_athlete_get_manual_paces (athlete, &paces))
    {
      const double values[] = {
        paces.easy_fast, paces.easy_slow, paces.marathon, paces.threshold,
        paces.interval, paces.repetition, paces.recovery, paces.half,
      };

      for (guint i = 0; i < G_N_ELEMENTS (values); i++)
        if (!pace_in_range (values[i]))
          return value_error (error, _("a pace must be at most %d s/km (60:00 per km)"),
                              RP_PLAN_MAX_PACE_S_PER_KM);
    }
  return TRUE;
}

static gboolean
check_day (RpPlan  *plan,
           RpDate   date,
           GError **error)
{
  guint n = rp_plan_get_n_workouts (plan, date);
  char iso[RP_DATE_ISO_LEN];

  if (n > RP_MAX_WORKOUTS_PER_DAY)
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DAY_FULL,
                   _("%s has %u workouts, over the limit of %d a day"),
                   rp_date_to_iso (date, iso), n, RP_MAX_WORKOUTS_PER_DAY);
      return FALSE;
    }
  for (guint i = 0; i < n; i++)
    if (!rp_limits_check_workout (rp_plan_get_workout (plan, date, i), error))
      {
        g_prefix_error (error, "%s: ", rp_date_to_iso (date, iso));
        return FALSE;
      }
  return TRUE;
}

gboolean
rp_limits_check_plan (RpPlan  *plan,
                      GError **error)
{
  guint n_weeks;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);

  n_weeks = rp_plan_get_n_weeks (plan);
  if (n_weeks > RP_MAX_WEEKS)
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_TOO_LONG,
                   _("%u weeks is over the limit of %d"), n_weeks, RP_MAX_WEEKS);
      return FALSE;
    }
  if (rp_plan_get_start (plan) < first_day () || rp_plan_get_end (plan) > last_day ())
    {
      g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE,
                   _("the plan is not inside the years %d–%d"), RP_DATE_MIN_YEAR, RP_DATE_MAX_YEAR);
      return FALSE;
    }
  if (!check_athlete (rp_plan_get_athlete (plan), error))
    return FALSE;

  for (guint week = 0; week < n_weeks; week++)
    {
      RpDate start = rp_plan_get_week_start (plan, week);
      gint64 target_m = rp_plan_get_week_target_override (plan, week);

      if ((target_m < 0 && target_m != RP_PLAN_TARGET_DEFAULT) || target_m > RP_MAX_VOLUME_M)
        return value_error (error, _("a week's target is over the limit of %d km"),
                            RP_MAX_VOLUME_M / 1000);
      for (guint d = 0; d < 7; d++)
        if (!check_day (plan, start + d, error))
          return FALSE;
    }
  return TRUE;
}

gboolean
rp_limits_check_index (RpPlan  *plan,
                       RpDate   date,
                       guint    index,
                       GError **error)
{
  guint n;
  char iso[RP_DATE_ISO_LEN];

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);

  n = rp_plan_get_n_workouts (plan, date);

  if (index < n)
    return TRUE;

  if (!rp_date_is_valid (date))
    g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_NO_WORKOUT,
                 _("the date is outside the years %d–%d"), RP_DATE_MIN_YEAR, RP_DATE_MAX_YEAR);
  else if (n == 0)
    g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_NO_WORKOUT,
                 _("%s has no workout"), rp_date_to_iso (date, iso));
  else
    g_set_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_NO_WORKOUT,
                 ngettext ("%s has no workout with index %u (it has %u workout)",
                           "%s has no workout with index %u (it has %u workouts)", n),
                 rp_date_to_iso (date, iso), index, n);
  return FALSE;
}
