/* rp-reason.c
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

#define G_LOG_DOMAIN "rp-reason"

#include "config.h"

#include "rp-parse.h"
#include "rp-reason.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-date.h"

/* File codes, indexed by RpReasonCode. */
static const char * const code_names[RP_N_REASONS] = {
  [RP_REASON_NONE] = "none",
  [RP_REASON_RECOVERY_AFTER_HARD] = "recovery-after-hard",
  [RP_REASON_REST_AFTER_RACE] = "rest-after-race",
  [RP_REASON_RECOVERY_AFTER_RACE] = "recovery-after-race",
  [RP_REASON_RUNNER_REST_DAY] = "runner-rest-day",
  [RP_REASON_EASY_VOLUME] = "easy-volume",
  [RP_REASON_REST_NOT_NEEDED] = "rest-not-needed",
  [RP_REASON_EASY_CEILING] = "easy-ceiling",
  [RP_REASON_EASY_BEFORE_HARD] = "easy-before-hard",
  [RP_REASON_REST_BEFORE_HARD] = "rest-before-hard",
  [RP_REASON_REST_BELOW_MINIMUM] = "rest-below-minimum",
};

/* The hard workout as the object of "after Tuesday's …": lower case nouns,
 * so the sentence reads naturally. Indexed by RpKind. */
static const char * const kind_nouns[RP_N_KINDS] = {
  [RP_KIND_INTERVALS] = N_("intervals"),
  [RP_KIND_REPETITIONS] = N_("repetitions"),
  [RP_KIND_TEMPO] = N_("tempo run"),
  [RP_KIND_HILLS] = N_("hills"),
  [RP_KIND_FARTLEK] = N_("fartlek"),
  [RP_KIND_MARATHON_PACE] = N_("marathon-pace run"),
  [RP_KIND_LONG] = N_("long run"),
  [RP_KIND_RACE] = N_("race"),
  [RP_KIND_EASY] = N_("easy run"),
  [RP_KIND_RECOVERY] = N_("recovery run"),
  [RP_KIND_CROSS_TRAINING] = N_("cross-training"),
  [RP_KIND_WALK] = N_("walk"),
  [RP_KIND_REST] = N_("rest"),
};

const char *
rp_reason_code_to_name (RpReasonCode code)
{
  g_return_val_if_fail (code < RP_N_REASONS, NULL);

  return code_names[code];
}

gboolean
rp_reason_code_from_name (const char   *name,
                          RpReasonCode *out_code)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < RP_N_REASONS; i++)
    {
      if (g_str_equal (name, code_names[i]))
        {
          if (out_code != NULL)
            *out_code = (RpReasonCode) i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
rp_reason_code_has_kind (RpReasonCode code)
{
  return code == RP_REASON_RECOVERY_AFTER_HARD
         || code == RP_REASON_REST_AFTER_RACE
         || code == RP_REASON_RECOVERY_AFTER_RACE
         || code == RP_REASON_EASY_BEFORE_HARD
         || code == RP_REASON_REST_BEFORE_HARD;
}

gboolean
rp_reason_code_has_metres (RpReasonCode code)
{
  return code == RP_REASON_EASY_VOLUME
         || code == RP_REASON_EASY_CEILING
         || code == RP_REASON_REST_BELOW_MINIMUM;
}

gboolean
rp_reason_code_has_target (RpReasonCode code)
{
  return code == RP_REASON_EASY_VOLUME
         || code == RP_REASON_EASY_CEILING
         || code == RP_REASON_REST_NOT_NEEDED;
}

static const RpReason none_reason = { RP_REASON_NONE, 0, 0, 0, 0 };

/* Only the arguments a code uses take part: a reason read from a file
 * leaves the others at whatever the reader chose. */
gboolean
rp_reason_equal (const RpReason *a,
                 const RpReason *b)
{
  if (a == NULL)
    a = &none_reason;
  if (b == NULL)
    b = &none_reason;

  if (a->code != b->code)
    return FALSE;
  if (rp_reason_code_has_kind (a->code) && (a->kind != b->kind || a->date != b->date))
    return FALSE;
  if (rp_reason_code_has_metres (a->code) && a->metres != b->metres)
    return FALSE;
  if (rp_reason_code_has_target (a->code) && a->target_m != b->target_m)
    return FALSE;

  return TRUE;
}

static const char *
weekday_name (RpDate date)
{
  if (!rp_date_is_valid (date))
    return NULL;

  return rp_date_weekday_name (rp_date_get_weekday (date));
}

static const char *
kind_noun (RpKind kind)
{
  if ((guint) kind >= RP_N_KINDS)
    kind = RP_KIND_RACE;

  return _(kind_nouns[kind]);
}

/* A day more than 6 days from the one the reason sits on is named by its
 * date: "Saturday's race" 7 or 14 days later reads as the last Saturday. */
#define WEEKDAY_REACH_DAYS 6

static char *
format_after_dated (const RpReason *reason,
                    const char     *date)
{
  const char *what = kind_noun (reason->kind);

  switch (reason->code)
    {
    case RP_REASON_RECOVERY_AFTER_HARD:
      /* Translators: "Recovery after the intervals on 10 May" */
      return g_strdup_printf (_("Recovery after the %s on %s"), what, date);
    case RP_REASON_RECOVERY_AFTER_RACE:
      /* Translators: %s is a date: "Recovery after the race on 10 May" */
      return g_strdup_printf (_("Recovery after the race on %s"), date);
    case RP_REASON_REST_AFTER_RACE:
      /* Translators: %s is a date: "Rest after the race on 10 May" */
      return g_strdup_printf (_("Rest after the race on %s"), date);
    case RP_REASON_EASY_BEFORE_HARD:
      /* Translators: "Easy: short, before the long run on 10 May" */
      return g_strdup_printf (_("Easy: short, before the %s on %s"), what, date);
    case RP_REASON_REST_BEFORE_HARD:
      /* Translators: "Rest before the long run on 10 May" */
      return g_strdup_printf (_("Rest before the %s on %s"), what, date);
    case RP_REASON_NONE:
    case RP_REASON_RUNNER_REST_DAY:
    case RP_REASON_EASY_VOLUME:
    case RP_REASON_REST_NOT_NEEDED:
    case RP_REASON_EASY_CEILING:
    case RP_REASON_REST_BELOW_MINIMUM:
    case RP_N_REASONS:
    default:
      g_assert_not_reached ();
    }
}

static char *
format_after (const RpReason *reason,
              RpDate          on)
{
  const char *day = weekday_name (reason->date);
  const char *what = kind_noun (reason->kind);

  if (day != NULL && rp_date_is_valid (on)
      && (on > reason->date ? on - reason->date : reason->date - on) > WEEKDAY_REACH_DAYS)
    {
      g_autofree char *date = rp_date_format_day_month (reason->date);

      if (date != NULL)
        return format_after_dated (reason, date);
    }

  switch (reason->code)
    {
    case RP_REASON_RECOVERY_AFTER_HARD:
      if (day == NULL)
        /* Translators: %s is a workout, e.g. "intervals" */
        return g_strdup_printf (_("Recovery after the %s"), what);
      /* Translators: "Recovery after Tuesday's intervals" */
      return g_strdup_printf (_("Recovery after %s's %s"), day, what);

    case RP_REASON_RECOVERY_AFTER_RACE:
      if (day == NULL)
        return g_strdup (_("Recovery after the race"));
      /* Translators: %s is a weekday: "Recovery after Sunday's race" */
      return g_strdup_printf (_("Recovery after %s's race"), day);

    case RP_REASON_REST_AFTER_RACE:
      if (day == NULL)
        return g_strdup (_("Rest after the race"));
      /* Translators: %s is a weekday: "Rest after Sunday's race" */
      return g_strdup_printf (_("Rest after %s's race"), day);

    case RP_REASON_EASY_BEFORE_HARD:
      if (day == NULL)
        /* Translators: %s is a workout, e.g. "long run" */
        return g_strdup_printf (_("Easy: short, before the %s"), what);
      /* Translators: "Easy: short, before Sunday's long run" */
      return g_strdup_printf (_("Easy: short, before %s's %s"), day, what);

    case RP_REASON_REST_BEFORE_HARD:
      if (day == NULL)
        /* Translators: %s is a workout, e.g. "long run" */
        return g_strdup_printf (_("Rest before the %s"), what);
      /* Translators: "Rest before Sunday's long run" */
      return g_strdup_printf (_("Rest before %s's %s"), day, what);

    case RP_REASON_NONE:
    case RP_REASON_RUNNER_REST_DAY:
    case RP_REASON_EASY_VOLUME:
    case RP_REASON_REST_NOT_NEEDED:
    case RP_REASON_EASY_CEILING:
    case RP_REASON_REST_BELOW_MINIMUM:
    case RP_N_REASONS:
    default:
      g_assert_not_reached ();
    }
}

/* NULL for RP_REASON_NONE (the runner's own workouts carry no reason). */
char *
rp_reason_format (const RpReason *reason,
                  RpUnit          unit)
{
  return rp_reason_format_on (reason, RP_DATE_INVALID, unit);
}

char *
rp_reason_format_on (const RpReason *reason,
                     RpDate          on,
                     RpUnit          unit)
{
  g_autofree char *left = NULL;
  g_autofree char *target = NULL;

  g_return_val_if_fail (reason != NULL, NULL);

  switch (reason->code)
    {
    case RP_REASON_RECOVERY_AFTER_HARD:
    case RP_REASON_RECOVERY_AFTER_RACE:
    case RP_REASON_REST_AFTER_RACE:
    case RP_REASON_EASY_BEFORE_HARD:
    case RP_REASON_REST_BEFORE_HARD:
      return format_after (reason, on);

    case RP_REASON_RUNNER_REST_DAY:
      return g_strdup (_("Rest day"));

    case RP_REASON_EASY_VOLUME:
      left = rp_format_distance_short (reason->metres, unit);
      target = rp_format_distance_short (reason->target_m, unit);
      /* Translators: every easy run of the week gets the same share:
       * "Easy: an even share of the 12 km left to reach 50 km" */
      return g_strdup_printf (_("Easy: an even share of the %s left to reach %s"), left, target);

    case RP_REASON_EASY_CEILING:
      left = rp_format_distance_short (reason->metres, unit);
      target = rp_format_distance_short (reason->target_m, unit);
      /* Translators: the run is as long as an easy run may be (90 min, the
       * long run, a quarter of the week): "Easy: the longest easy run
       * this week (90.4 km were left to reach 120 km)" */
      return g_strdup_printf (_("Easy: the longest easy run this week (%s were left to reach %s)"),
                              left, target);

    case RP_REASON_REST_BELOW_MINIMUM:
      left = rp_format_distance_short (reason->metres, unit);
      /* Translators: "Rest: a run here would be under the 5 km minimum" */
      return g_strdup_printf (_("Rest: a run here would be under the %s minimum"), left);

    case RP_REASON_REST_NOT_NEEDED:
      target = rp_format_distance_short (reason->target_m, unit);
      /* Translators: "Rest: not needed to reach 50 km" */
      return g_strdup_printf (_("Rest: not needed to reach %s"), target);

    case RP_REASON_NONE:
    case RP_N_REASONS:
    default:
      return NULL;
    }
}
