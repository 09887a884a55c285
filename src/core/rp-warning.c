/* rp-warning.c
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

#define G_LOG_DOMAIN "rp-warning"

#include "config.h"

#include "rp-date.h"
#include "rp-parse.h"
#include "rp-thresholds.h"
#include "rp-warning.h"

#include <glib/gi18n.h>
#include <math.h>

/* The sentences print the limits of rp-thresholds.h as arguments, the
 * ones the engine (rp-planner-analyze.c) applies: no figure is part of a
 * translated string. */

/* An ACWR limit in tenths as the ratio the sentences print: 13 → 1.3. */
static double
tenths (int value)
{
  return value / 10.0;
}

/* File and CLI codes, indexed by RpWarningCode. */
static const char * const code_names[RP_N_WARNINGS] = {
  [RP_WARNING_BACK_TO_BACK_HARD] = "back-to-back-hard",
  [RP_WARNING_POST_RACE_HARD] = "post-race-hard",
  [RP_WARNING_LOW_INTENSITY_SHARE] = "low-intensity-share",
  [RP_WARNING_VOLUME_RAMP] = "volume-ramp",
  [RP_WARNING_VOLUME_RAMP_STRONG] = "volume-ramp-strong",
  [RP_WARNING_LONG_RUN_SHARE] = "long-run-share",
  [RP_WARNING_THRESHOLD_SHARE] = "threshold-share",
  [RP_WARNING_ACWR_HIGH] = "acwr-high",
  [RP_WARNING_ACWR_VERY_HIGH] = "acwr-very-high",
  [RP_WARNING_VOLUME_TARGET_UNREACHABLE] = "volume-target-unreachable",
};

const char *
rp_warning_code_to_name (RpWarningCode code)
{
  g_return_val_if_fail (code < RP_N_WARNINGS, NULL);

  return code_names[code];
}

/* A figure on the warned side of its limit, with as few decimals as
 * that takes: a ramp of 10.04 % reads "10.04", not "10" (which would
 * contradict "keep it within 10 %"), 79.96 % easy reads "79.96". A
 * figure that is not past its limit at all prints with min_decimals. */
static char *
format_beyond (double   value,
               double   limit,
               gboolean above,
               int      min_decimals)
{
  for (int d = min_decimals; d <= min_decimals + 3; d++)
    {
      double scale = pow (10.0, d);
      double shown = round (value * scale) / scale;

      if (above ? shown > limit : shown < limit)
        return g_strdup_printf ("%.*f", d, shown);
    }

  return g_strdup_printf ("%.*f", min_decimals, value);
}

static char *
percent_beyond (double   share,
                int      limit,
                gboolean above)
{
  return format_beyond (share * 100.0, limit, above, 0);
}

char *
rp_format_low_intensity_share (double share)
{
  return percent_beyond (share, RP_THRESHOLD_LOW_INTENSITY_MIN_PCT, FALSE);
}

static char *
format_target (const RpWeekSummary *summary,
               RpUnit               unit)
{
  g_autofree char *volume = NULL;
  g_autofree char *target = NULL;

  if (summary == NULL)
    return g_strdup (_("The week’s volume target cannot be met"));

  volume = rp_format_distance_short (summary->volume_m, unit);
  target = rp_format_distance_short (summary->target_m, unit);

  if (summary->volume_m > summary->target_m)
    /* Translators: "Planned 56 km, above the 50 km target" */
    return g_strdup_printf (_("Planned %s, above the %s target"), volume, target);

  /* Translators: "Planned 44 km of the 50 km target" */
  return g_strdup_printf (_("Planned %s of the %s target"), volume, target);
}

static char *
format_long_share (const RpWeekSummary *summary)
{
  g_autofree char *share = NULL;
  int limit;

  /* Without the week's volume the limit (which depends on it) is unknown. */
  if (summary == NULL)
    return g_strdup (_("The long run is a large share of the week"));

  limit = summary->volume_m > RP_THRESHOLD_BIG_WEEK_M
          ? RP_THRESHOLD_LONG_SHARE_BIG_WEEK_PCT : RP_THRESHOLD_LONG_SHARE_PCT;
  share = percent_beyond (summary->long_share, limit, TRUE);
  /* Translators: "Long run is 38 % of the week (keep it under 30 %)";
   * the second figure is the limit, 30 or 25 */
  return g_strdup_printf (_("Long run is %s %% of the week (keep it under %d %%)"),
                          share, limit);
}

/* The ratio, the days it compares (the 7 days to its day against the
 * weekly average of the 28 days to it), and what it is: a heuristic, a
 * rough guide to a sudden rise in load rather than a rule (issue 9). */
static char *
format_acwr (const RpWeekSummary *summary,
             double               limit)
{
  g_autofree char *figure = format_beyond (summary->acwr, limit, TRUE, 2);
  g_autofree char *date = rp_date_format_day_month (summary->acwr_date);

  if (date == NULL)
    /* Translators: "Acute:chronic load ratio 1.42, above 1.3 (a heuristic)";
     * the second figure is the limit, 1.3 or 1.5 */
    return g_strdup_printf (_("Acute:chronic load ratio %s, above %.1f (a heuristic)"),
                            figure, limit);

  /* Translators: "Acute:chronic load ratio 1.42, above 1.3 (a heuristic):
   * the load of the 7 days to 2 February against the weekly average of
   * the 28 days to 2 February"; the second figure is the limit (1.3 or
   * 1.5), then the number of days, a date, the number of days, the date */
  return g_strdup_printf (_("Acute:chronic load ratio %s, above %.1f (a heuristic): "
                            "the load of the %d days to %s against the weekly average "
                            "of the %d days to %s"),
                          figure, limit,
                          RP_THRESHOLD_ACWR_ACUTE_DAYS, date,
                          RP_THRESHOLD_ACWR_CHRONIC_DAYS, date);
}

/* Sentences for the week warnings that have one figure from the summary. */
static char *
format_with_summary (RpWarningCode        code,
                     const RpWeekSummary *summary)
{
  g_autofree char *figure = NULL;

  switch (code)
    {
    case RP_WARNING_LOW_INTENSITY_SHARE:
      figure = rp_format_low_intensity_share (summary->low_intensity_share);
      /* Translators: "Only 72 % of running time is easy (aim for 80 %)";
       * the second figure is the goal */
      return g_strdup_printf (_("Only %s %% of running time is easy (aim for %d %%)"),
                              figure, RP_THRESHOLD_LOW_INTENSITY_MIN_PCT);
    case RP_WARNING_VOLUME_RAMP:
      figure = percent_beyond (summary->ramp, RP_THRESHOLD_RAMP_PCT, TRUE);
      if (summary->ramp_before_race)
        /* Translators: "Volume up 15 % on the last week before the race (keep it within 10 %)";
         * the second figure is the limit */
        return g_strdup_printf (_("Volume up %s %% on the last week before the race "
                                  "(keep it within %d %%)"), figure, RP_THRESHOLD_RAMP_PCT);
      /* Translators: "Volume up 15 % on last week (keep it within 10 %)";
       * the second figure is the limit */
      return g_strdup_printf (_("Volume up %s %% on last week (keep it within %d %%)"),
                              figure, RP_THRESHOLD_RAMP_PCT);
    case RP_WARNING_VOLUME_RAMP_STRONG:
      figure = percent_beyond (summary->ramp, RP_THRESHOLD_RAMP_STRONG_PCT, TRUE);
      if (summary->ramp_before_race)
        /* Translators: "Volume up 42 % on the last week before the race (more than 30 %)";
         * the second figure is the limit */
        return g_strdup_printf (_("Volume up %s %% on the last week before the race "
                                  "(more than %d %%)"), figure, RP_THRESHOLD_RAMP_STRONG_PCT);
      /* Translators: "Volume up 42 % on last week (more than 30 %)";
       * the second figure is the limit */
      return g_strdup_printf (_("Volume up %s %% on last week (more than %d %%)"),
                              figure, RP_THRESHOLD_RAMP_STRONG_PCT);
    case RP_WARNING_THRESHOLD_SHARE:
      figure = percent_beyond (summary->threshold_share, RP_THRESHOLD_TEMPO_SHARE_PCT, TRUE);
      /* Translators: "Tempo work is 14 % of the week (keep it within 10 %)";
       * the second figure is the limit */
      return g_strdup_printf (_("Tempo work is %s %% of the week (keep it within %d %%)"),
                              figure, RP_THRESHOLD_TEMPO_SHARE_PCT);
    case RP_WARNING_ACWR_HIGH:
      return format_acwr (summary, tenths (RP_THRESHOLD_ACWR_HIGH_TENTHS));
    case RP_WARNING_ACWR_VERY_HIGH:
      return format_acwr (summary, tenths (RP_THRESHOLD_ACWR_VERY_HIGH_TENTHS));
    case RP_WARNING_BACK_TO_BACK_HARD:
    case RP_WARNING_POST_RACE_HARD:
    case RP_WARNING_LONG_RUN_SHARE:
    case RP_WARNING_VOLUME_TARGET_UNREACHABLE:
    case RP_N_WARNINGS:
    default:
      g_assert_not_reached ();
    }
}

/* The same sentences when no figures are at hand. */
static char *
format_without_summary (RpWarningCode code)
{
  switch (code)
    {
    case RP_WARNING_LOW_INTENSITY_SHARE:
      /* Translators: "Less than 80 % of running time is easy" */
      return g_strdup_printf (_("Less than %d %% of running time is easy"),
                              RP_THRESHOLD_LOW_INTENSITY_MIN_PCT);
    case RP_WARNING_VOLUME_RAMP:
      /* Translators: "Volume more than 10 % above last week" */
      return g_strdup_printf (_("Volume more than %d %% above last week"),
                              RP_THRESHOLD_RAMP_PCT);
    case RP_WARNING_VOLUME_RAMP_STRONG:
      /* Translators: "Volume more than 30 % above last week" */
      return g_strdup_printf (_("Volume more than %d %% above last week"),
                              RP_THRESHOLD_RAMP_STRONG_PCT);
    case RP_WARNING_THRESHOLD_SHARE:
      /* Translators: "Tempo work is more than 10 % of the week" */
      return g_strdup_printf (_("Tempo work is more than %d %% of the week"),
                              RP_THRESHOLD_TEMPO_SHARE_PCT);
    case RP_WARNING_ACWR_HIGH:
    case RP_WARNING_ACWR_VERY_HIGH:
      /* Translators: "Acute:chronic load ratio above 1.3 (a heuristic)" */
      return g_strdup_printf (_("Acute:chronic load ratio above %.1f (a heuristic)"),
                              tenths (code == RP_WARNING_ACWR_HIGH
                                      ? RP_THRESHOLD_ACWR_HIGH_TENTHS
                                      : RP_THRESHOLD_ACWR_VERY_HIGH_TENTHS));
    case RP_WARNING_BACK_TO_BACK_HARD:
    case RP_WARNING_POST_RACE_HARD:
    case RP_WARNING_LONG_RUN_SHARE:
    case RP_WARNING_VOLUME_TARGET_UNREACHABLE:
    case RP_N_WARNINGS:
    default:
      g_assert_not_reached ();
    }
}

char *
rp_warning_format (RpWarningCode        code,
                   const RpWeekSummary *summary,
                   RpUnit               unit)
{
  g_return_val_if_fail (code < RP_N_WARNINGS, NULL);

  switch (code)
    {
    case RP_WARNING_BACK_TO_BACK_HARD:
      return g_strdup (_("Second hard day in a row"));
    case RP_WARNING_POST_RACE_HARD:
      return g_strdup (_("Hard workout too soon after a race"));
    case RP_WARNING_LONG_RUN_SHARE:
      return format_long_share (summary);
    case RP_WARNING_VOLUME_TARGET_UNREACHABLE:
      return format_target (summary, unit);
    case RP_WARNING_LOW_INTENSITY_SHARE:
    case RP_WARNING_VOLUME_RAMP:
    case RP_WARNING_VOLUME_RAMP_STRONG:
    case RP_WARNING_THRESHOLD_SHARE:
    case RP_WARNING_ACWR_HIGH:
    case RP_WARNING_ACWR_VERY_HIGH:
      if (summary == NULL)
        return format_without_summary (code);
      return format_with_summary (code, summary);
    case RP_N_WARNINGS:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
rp_warning_get_short_label (RpWarningCode code)
{
  switch (code)
    {
    case RP_WARNING_BACK_TO_BACK_HARD:
      return C_("week warning, short", "Hard days in a row");
    case RP_WARNING_POST_RACE_HARD:
      return C_("week warning, short", "Hard after a race");
    case RP_WARNING_LOW_INTENSITY_SHARE:
      return C_("week warning, short", "Too little easy");
    case RP_WARNING_VOLUME_RAMP:
    case RP_WARNING_VOLUME_RAMP_STRONG:
      return C_("week warning, short", "Volume jump");
    case RP_WARNING_LONG_RUN_SHARE:
      return C_("week warning, short", "Long run too long");
    case RP_WARNING_THRESHOLD_SHARE:
      return C_("week warning, short", "Much threshold");
    case RP_WARNING_ACWR_HIGH:
    case RP_WARNING_ACWR_VERY_HIGH:
      return C_("week warning, short", "Load rising fast");
    case RP_WARNING_VOLUME_TARGET_UNREACHABLE:
      return C_("week warning, short", "Target out of reach");
    case RP_N_WARNINGS:
    default:
      break;
    }

  return "";
}
