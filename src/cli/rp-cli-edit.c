/* rp-cli-edit.c — new, add, move, remove, fill
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

#define G_LOG_DOMAIN "rp-cli"

#include "config.h"

#include "rp-cli.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-parse.h"
#include "rp-paces.h"
#include "rp-plan-command.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-steps.h"

#define DEFAULT_WEEKS 12

/* Options of `new`, as typed. */
typedef struct
{
  char     *start;
  int       weeks;
  char     *goal;
  char     *volume;
  char     *rest_days;
  char     *units;
  char     *week_start;
  char     *recovery;
  char     *min_easy;
  char    **paces;
  gboolean  force;
  RpCliRace race;
} NewOptions;

static void
new_options_clear (NewOptions *options)
{
  g_clear_pointer (&options->start, g_free);
  g_clear_pointer (&options->goal, g_free);
  g_clear_pointer (&options->volume, g_free);
  g_clear_pointer (&options->rest_days, g_free);
  g_clear_pointer (&options->units, g_free);
  g_clear_pointer (&options->week_start, g_free);
  g_clear_pointer (&options->recovery, g_free);
  g_clear_pointer (&options->min_easy, g_free);
  g_clear_pointer (&options->paces, g_strfreev);
}

/* A distance, or 0 ("0", "0 km"): a week off, any easy run worth doing. */
static gboolean
parse_distance_or_zero (const char *text,
                        RpUnit      unit,
                        gint64     *out_metres)
{
  g_autofree char *one = NULL;
  char *end = NULL;
  double value;

  if (rp_parse_distance (text, unit, TRUE, out_metres))
    return TRUE;
  value = g_ascii_strtod (text, &end);
  if (end == text || value != 0.0)
    return FALSE;
  /* The same unit suffix a 1 would take. */
  one = g_strconcat ("1", end, NULL);
  if (!rp_parse_distance (one, unit, FALSE, NULL))
    return FALSE;
  *out_metres = 0;
  return TRUE;
}

/* --pace ZONE=PACE, repeated: easy=FAST-SLOW, marathon, threshold,
 * interval, repetition, recovery, half. */
static gboolean
parse_typed_paces (char    **texts,
                   RpUnit    unit,
                   RpPaces  *out,
                   char    **out_bad)
{
  *out = (RpPaces) { 0 };

  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (texts[i], "=", 2);
      const char *zone = parts[0];
      const char *value = parts[1];
      gboolean ok = FALSE;

      if (value == NULL)
        ;
      else if (g_ascii_strcasecmp (zone, "easy") == 0)
        {
          g_auto(GStrv) ends = g_strsplit (value, "-", 2);

          ok = ends[1] != NULL && rp_parse_pace_in (ends[0], unit, &out->easy_fast)
               && rp_parse_pace_in (ends[1], unit, &out->easy_slow);
        }
      else if (g_ascii_strcasecmp (zone, "marathon") == 0)
        ok = rp_parse_pace_in (value, unit, &out->marathon);
      else if (g_ascii_strcasecmp (zone, "threshold") == 0)
        ok = rp_parse_pace_in (value, unit, &out->threshold);
      else if (g_ascii_strcasecmp (zone, "interval") == 0)
        ok = rp_parse_pace_in (value, unit, &out->interval);
      else if (g_ascii_strcasecmp (zone, "repetition") == 0)
        ok = rp_parse_pace_in (value, unit, &out->repetition);
      else if (g_ascii_strcasecmp (zone, "recovery") == 0)
        ok = rp_parse_pace_in (value, unit, &out->recovery);
      else if (g_ascii_strcasecmp (zone, "half") == 0)
        ok = rp_parse_pace_in (value, unit, &out->half);
      if (!ok)
        {
          *out_bad = texts[i];
          return FALSE;
        }
    }

  return TRUE;
}

/* "mon,fri" as a mask with bit (weekday - 1); "none" for no rest day. */
static gboolean
parse_rest_days (const char *text,
                 guint      *out_mask)
{
  g_auto(GStrv) parts = NULL;
  guint mask = 0;

  if (g_ascii_strcasecmp (text, "none") == 0)
    {
      *out_mask = 0;
      return TRUE;
    }
  parts = g_strsplit (text, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      GDateWeekday weekday;

      if (!rp_date_weekday_from_name (g_strstrip (parts[i]), &weekday))
        return FALSE;
      mask |= 1u << (weekday - 1);
    }
  *out_mask = mask;
  return parts[0] != NULL;
}

static gboolean
parse_unit (const char *text,
            RpUnit     *out)
{
  if (g_ascii_strcasecmp (text, "km") == 0)
    *out = RP_UNIT_KM;
  else if (g_ascii_strcasecmp (text, "mi") == 0)
    *out = RP_UNIT_MI;
  else
    return FALSE;
  return TRUE;
}

static gboolean
parse_recovery (const char *text,
                guint      *out)
{
  static const char * const names[] = { "run", "cross-training", "walk" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (text, names[i]) == 0)
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

/* A race result typed as DIST TIME; FALSE with a usage error printed. */
static gboolean
parse_race (const RpCliCommand *command,
            const RpCliRace    *race,
            RpUnit              unit,
            gint64             *out_distance_m,
            gint64             *out_time_s,
            int                *out_status)
{
  if (!rp_parse_distance (race->distance, unit, TRUE, out_distance_m))
    *out_status = rp_cli_usage_error (command, _("malformed race distance “%s”"), race->distance);
  else if (!rp_parse_duration (race->time, out_time_s))
    *out_status = rp_cli_usage_error (command, _("malformed race time “%s”"), race->time);
  else if (rp_paces_vdot (*out_distance_m, *out_time_s) <= 0)
    *out_status = rp_cli_usage_error (command, _("%s in %s is not a plausible race result"),
                                      race->distance, race->time);
  else
    return TRUE;
  return FALSE;
}

/* Applies the options to a new athlete; FALSE with a usage error printed. */
static gboolean
configure_athlete (const RpCliCommand *command,
                   const NewOptions   *options,
                   RpAthlete          *athlete,
                   int                *out_status)
{
  RpUnit unit = RP_UNIT_KM;
  RpRace goal = RP_RACE_HALF;
  guint rest_days = 1u << (G_DATE_MONDAY - 1);
  gint64 volume_m = RP_DEFAULT_VOLUME_M;
  gint64 race_m = 0, race_s = 0;
  gint64 min_easy_m = -1;
  GDateWeekday week_start = G_DATE_MONDAY;
  guint recovery = RP_RECOVERY_RUN;
  RpPaces paces = { 0 };
  g_autofree char *paces_problem = NULL;
  char *bad_pace = NULL;

  if (options->units && !parse_unit (options->units, &unit))
    *out_status = rp_cli_usage_error (command, _("--units must be km or mi, not “%s”"),
                                      options->units);
  else if (options->week_start && !rp_date_weekday_from_name (options->week_start, &week_start))
    *out_status = rp_cli_usage_error (command, _("--week-start must be a weekday (mon … sun), "
                                                 "not “%s”"), options->week_start);
  else if (options->recovery && !parse_recovery (options->recovery, &recovery))
    *out_status = rp_cli_usage_error (command, _("--recovery must be run, cross-training or walk, "
                                                 "not “%s”"), options->recovery);
  else if (options->min_easy && (!parse_distance_or_zero (options->min_easy, unit, &min_easy_m)
                                 || min_easy_m > RP_MAX_VOLUME_M))
    *out_status = rp_cli_usage_error (command, _("malformed or too large --min-easy “%s”"),
                                      options->min_easy);
  else if (options->paces && !parse_typed_paces (options->paces, unit, &paces, &bad_pace))
    *out_status = rp_cli_usage_error (command, _("malformed --pace “%s” (e.g. threshold=4:20, "
                                                 "easy=5:00-5:40)"), bad_pace);
  else if (options->paces && (paces_problem = rp_paces_check_typed (&paces)) != NULL)
    *out_status = rp_cli_usage_error (command, _("--pace: %s"), paces_problem);
  else if (options->goal && !rp_race_from_name (options->goal, &goal))
    *out_status = rp_cli_usage_error (command, _("--goal must be 5k, 10k, half or marathon, not “%s”"),
                                      options->goal);
  else if (options->rest_days && !parse_rest_days (options->rest_days, &rest_days))
    *out_status = rp_cli_usage_error (command, _("malformed --rest-days “%s” (e.g. mon,fri)"),
                                      options->rest_days);
  else if (options->volume && (!parse_distance_or_zero (options->volume, unit, &volume_m) ||
                               volume_m > RP_MAX_VOLUME_M))
    *out_status = rp_cli_usage_error (command, _("malformed or too large --volume “%s”"),
                                      options->volume);
  else if (options->race.set &&
           !parse_race (command, &options->race, unit, &race_m, &race_s, out_status))
    ;
  else
    {
      /* The default in the runner's unit reads as a round figure: 25 mi,
       * not 40 km shown as 24.9 mi. */
      if (!options->volume)
        volume_m = rp_default_volume_m (unit);
      rp_athlete_set_unit (athlete, unit);
      rp_athlete_set_goal (athlete, goal);
      rp_athlete_set_rest_days (athlete, rest_days);
      rp_athlete_set_volume_m (athlete, volume_m);
      rp_athlete_set_week_start (athlete, week_start);
      rp_athlete_set_recovery_preference (athlete, recovery);
      if (options->min_easy)
        rp_athlete_set_min_easy_m (athlete, min_easy_m);
      if (options->paces)
        rp_athlete_set_manual_paces (athlete, &paces);
      if (options->race.set)
        rp_athlete_set_race_result (athlete, race_m, race_s);
      return TRUE;
    }
  return FALSE;
}

static int
create_plan (const char       *path,
             const NewOptions *options,
             RpAthlete        *athlete,
             RpDate            start)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  char iso[RP_DATE_ISO_LEN];
  int status;

  /* Refused before anything is written, as `add` refuses the same
   * dates: `validate` would refuse the file. */
  start = rp_date_week_start (start, rp_athlete_get_week_start (athlete));
  if (!rp_date_is_valid (start))
    return rp_cli_data_error (path, _("the week of %s would start before %d-01-01, the first day "
                                      "a plan can hold"),
                              options->start, RP_DATE_MIN_YEAR);
  rp_date_to_iso (start, iso);
  if (!rp_date_is_valid (start + (RpDate) options->weeks * 7 - 1))
    return rp_cli_data_error (path, ngettext ("a plan of %d week from %s would end after "
                                              "%d-12-31, the last day a plan can hold",
                                              "a plan of %d weeks from %s would end after "
                                              "%d-12-31, the last day a plan can hold",
                                              options->weeks),
                              options->weeks, iso, RP_DATE_MAX_YEAR);
  /* Two `new` at once: the second finds the first's file. */
  if ((lock = rp_cli_lock_plan (path)) == NULL)
    return RP_CLI_EXIT_DATA;
  if (!options->force && g_file_test (path, G_FILE_TEST_EXISTS))
    return rp_cli_data_error (path, _("already exists; use --force to overwrite it"));

  plan = rp_plan_new_for_athlete (athlete, start, options->weeks);
  rp_planner_fill (plan);
  status = rp_cli_save_plan (plan, path, NULL, options->force);
  if (status == RP_CLI_EXIT_OK)
    printf (_("%s: created %d weeks from %s\n"), rp_cli_shown (path), options->weeks, iso);
  return status;
}

int
rp_cli_cmd_new (const RpCliCommand *command,
                int                 argc,
                char              **argv)
{
  NewOptions options = { .weeks = DEFAULT_WEEKS };
  gboolean race_for_help = FALSE;
  const GOptionEntry entries[] = {
    { "start", 0, 0, G_OPTION_ARG_STRING, &options.start, N_("First day (moves back to its week's start)"), N_("DATE") },
    { "weeks", 0, 0, G_OPTION_ARG_INT, &options.weeks, N_("Number of weeks (default 12)"), "N" },
    { "goal", 0, 0, G_OPTION_ARG_STRING, &options.goal, N_("Goal race (default half)"), "5k|10k|half|marathon" },
    { "volume", 0, 0, G_OPTION_ARG_STRING, &options.volume, N_("Weekly volume target (default 40 km)"), N_("DIST") },
    { "rest-days", 0, 0, G_OPTION_ARG_STRING, &options.rest_days, N_("Rest days (default mon; none for none)"), "mon,fri" },
    { "units", 0, 0, G_OPTION_ARG_STRING, &options.units, N_("Display unit (default km)"), "km|mi" },
    { "week-start", 0, 0, G_OPTION_ARG_STRING, &options.week_start, N_("First day of a week (default mon)"), "mon…sun" },
    { "recovery", 0, 0, G_OPTION_ARG_STRING, &options.recovery, N_("Recovery after hard days (default run)"), "run|cross-training|walk" },
    { "min-easy", 0, 0, G_OPTION_ARG_STRING, &options.min_easy, N_("Shortest easy run (default 5 km, 3 mi; 0: any)"), N_("DIST") },
    { "pace", 0, 0, G_OPTION_ARG_STRING_ARRAY, &options.paces, N_("A typed pace, used without a race result (repeat it)"), "ZONE=PACE" },
    { "force", 0, 0, G_OPTION_ARG_NONE, &options.force, N_("Overwrite an existing file"), NULL },
    { "race", 0, 0, G_OPTION_ARG_NONE, &race_for_help, N_("A recent race result: --race DIST TIME"), NULL },
    { NULL }
  };
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();
  RpCliArgs args;
  RpDate start;
  gboolean in_range;
  int status;

  /* The --race entry above is only for --help; it is taken out before GOption parses. */
  if (!rp_cli_parse_args (command, entries, &options.race, argc, argv, 1, 1, &args))
    status = args.status;
  else if (options.start == NULL)
    status = rp_cli_usage_error (command, _("--start DATE is required"));
  else if (!rp_cli_parse_date (options.start, &start, &in_range))
    status = rp_cli_usage_error (command, _("malformed date “%s”"), options.start);
  else if (options.weeks < 1 || options.weeks > RP_MAX_WEEKS)
    status = rp_cli_usage_error (command, _("--weeks must be between 1 and %d"), RP_MAX_WEEKS);
  else if (!configure_athlete (command, &options, athlete, &status))
    ;
  else if (!in_range)
    status = rp_cli_date_range_error (args.args[0], options.start);
  else
    status = create_plan (args.args[0], &options, athlete, start);

  rp_cli_args_clear (&args);
  new_options_clear (&options);
  return status;
}

/* `target FILE DATE DIST|default`: the week holding DATE gets its own
 * volume target, or the plan's again. */
static int
set_week_target (const char *path,
                 RpDate      date,
                 const char *value)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  g_autofree char *shown = NULL;
  char iso[RP_DATE_ISO_LEN], start_iso[RP_DATE_ISO_LEN];
  gboolean reset = g_ascii_strcasecmp (value, "default") == 0;
  gint64 target_m = 0;
  RpUnit unit;
  guint week;
  int status;

  if ((plan = rp_cli_load_plan_for_edit (path, &etag, &lock)) == NULL)
    return RP_CLI_EXIT_DATA;
  rp_date_to_iso (date, iso);
  if (!rp_plan_contains (plan, date))
    return rp_cli_data_error (path, _("%s is outside the plan (%s for %u weeks)"), iso,
                              rp_date_to_iso (rp_plan_get_start (plan), start_iso),
                              rp_plan_get_n_weeks (plan));
  unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  if (!reset && (!parse_distance_or_zero (value, unit, &target_m) || target_m > RP_MAX_VOLUME_M))
    return rp_cli_data_error (path, _("malformed or too large target “%s” (a distance, or default)"),
                              value);
  week = rp_plan_get_week_index (plan, date);
  if (!rp_plan_command_set_week_target (plan, NULL, date, reset ? RP_PLAN_TARGET_DEFAULT : target_m,
                                        &error))
    return rp_cli_data_error (path, "%s", error->message);
  status = rp_cli_save_plan (plan, path, etag, FALSE);
  if (status != RP_CLI_EXIT_OK)
    return status;
  rp_date_to_iso (rp_plan_get_week_start (plan, week), iso);
  shown = rp_format_distance (rp_plan_get_week_target (plan, week), unit);
  if (reset)
    printf (_("%s: the week of %s has the plan's target, %s\n"), rp_cli_shown (path), iso, shown);
  else if (target_m == 0)
    printf (_("%s: the week of %s is a week off, a target of %s\n"), rp_cli_shown (path), iso, shown);
  else
    printf (_("%s: the week of %s has a target of %s\n"), rp_cli_shown (path), iso, shown);
  return status;
}

int
rp_cli_cmd_target (const RpCliCommand *command,
                   int                 argc,
                   char              **argv)
{
  RpCliArgs args;
  RpDate date;
  gboolean in_range;
  int status;

  if (!rp_cli_parse_args (command, NULL, NULL, argc, argv, 3, 3, &args))
    status = args.status;
  else if (!rp_cli_parse_date (args.args[1], &date, &in_range))
    status = rp_cli_usage_error (command, _("malformed date “%s”"), args.args[1]);
  else if (!in_range)
    status = rp_cli_date_range_error (args.args[0], args.args[1]);
  else
    status = set_week_target (args.args[0], date, args.args[2]);

  rp_cli_args_clear (&args);
  return status;
}

/* Options of `add`, as typed. */
typedef struct
{
  char *distance;
  char *duration;
  char *notes;
  char *steps;
} AddOptions;

static void
add_options_clear (AddOptions *options)
{
  g_clear_pointer (&options->distance, g_free);
  g_clear_pointer (&options->duration, g_free);
  g_clear_pointer (&options->notes, g_free);
  g_clear_pointer (&options->steps, g_free);
}

/* --steps, checked for syntax only: whether a bare number is km or mi is
 * known once the plan is read, and that never changes what is valid. */
static gboolean
check_steps_syntax (const RpCliCommand *command,
                    const char         *text,
                    int                *out_status)
{
  g_autoptr(GArray) steps = NULL;
  g_autofree char *message = NULL;

  if (text == NULL || rp_steps_parse (text, RP_UNIT_KM, &steps, &message))
    return TRUE;
  *out_status = rp_cli_usage_error (command, _("malformed --steps “%s”: %s"), text, message);
  return FALSE;
}

/* Checks the syntax of every argument before the file is read, so bad
 * usage is reported as such whatever the file holds. */
static gboolean
check_add_syntax (const RpCliCommand *command,
                  const RpCliArgs    *args,
                  const AddOptions   *options,
                  RpWorkout         **out_template,
                  RpDate             *out_date,
                  gboolean           *out_in_range,
                  int                *out_status)
{
  RpKind kind;
  gint64 metres, seconds;

  if (!rp_cli_parse_date (args->args[1], out_date, out_in_range))
    *out_status = rp_cli_usage_error (command, _("malformed date “%s”"), args->args[1]);
  else if (!rp_kind_from_name (args->args[2], &kind))
    *out_status = rp_cli_usage_error (command, _("unknown kind “%s”"), args->args[2]);
  else if (options->distance && !rp_parse_distance (options->distance, RP_UNIT_KM, TRUE, &metres))
    *out_status = rp_cli_usage_error (command, _("malformed distance “%s”"), options->distance);
  else if (options->duration && !rp_parse_duration (options->duration, &seconds))
    *out_status = rp_cli_usage_error (command, _("malformed duration “%s”"), options->duration);
  else if (options->notes && !g_utf8_validate (options->notes, -1, NULL))
    *out_status = rp_cli_usage_error (command, _("--notes is not valid UTF-8"));
  /* The file keeps notes up to the string limit: refuse, never cut. */
  else if (options->notes && strlen (options->notes) > RP_PLAN_FILE_MAX_STRING)
    *out_status = rp_cli_usage_error (command, _("--notes is longer than %d bytes"),
                                      RP_PLAN_FILE_MAX_STRING);
  else if (!check_steps_syntax (command, options->steps, out_status))
    ;
  else
    {
      *out_template = rp_workout_new (kind);
      if (options->duration)
        rp_workout_set_duration_s (*out_template, seconds);
      if (options->notes)
        rp_workout_set_notes (*out_template, options->notes);
      return TRUE;
    }
  return FALSE;
}

/* The syntax was checked before the file was read. */
static void
apply_steps (RpWorkout  *workout,
             const char *text,
             RpUnit      unit)
{
  g_autoptr(GArray) steps = NULL;

  if (rp_steps_parse (text, unit, &steps, NULL))
    rp_steps_apply (workout, steps);
}

static int
add_workout (const char       *path,
             const AddOptions *options,
             RpWorkout        *template,
             RpDate            date)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  RpUnit unit;
  char iso[RP_DATE_ISO_LEN];
  int status;

  if ((plan = rp_cli_load_plan_for_edit (path, &etag, &lock)) == NULL)
    return RP_CLI_EXIT_DATA;

  /* A bare number means the plan's unit, known only now. */
  unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  if (options->steps)
    apply_steps (template, options->steps, unit);
  if (options->distance)
    {
      gint64 metres = 0;

      rp_parse_distance (options->distance, unit, TRUE, &metres);
      rp_workout_set_distance_m (template, metres);
    }

  /* Without a size, the steps' or the planner's (rp_plan_command_add). The
   * planner checks the file's limits: a refused edit saves nothing. */
  if (rp_plan_command_add (plan, NULL, date, template, &error) == NULL)
    return rp_cli_data_error (path, _("cannot add a workout on %s: %s"),
                              rp_date_to_iso (date, iso), error->message);
  status = rp_cli_save_plan (plan, path, etag, FALSE);
  if (status == RP_CLI_EXIT_OK)
    printf (_("%s: added %s on %s\n"), rp_cli_shown (path),
            rp_kind_to_name (rp_workout_get_kind (template)), rp_date_to_iso (date, iso));
  return status;
}

int
rp_cli_cmd_add (const RpCliCommand *command,
                int                 argc,
                char              **argv)
{
  AddOptions options = { NULL };
  const GOptionEntry entries[] = {
    { "distance", 0, 0, G_OPTION_ARG_STRING, &options.distance, N_("Distance"), N_("DIST") },
    { "duration", 0, 0, G_OPTION_ARG_STRING, &options.duration, N_("Duration"), N_("TIME") },
    { "notes", 0, 0, G_OPTION_ARG_STRING, &options.notes, N_("Notes"), N_("TEXT") },
    { "steps", 0, 0, G_OPTION_ARG_STRING, &options.steps,
      N_("Structured steps, e.g. “2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E”"), N_("TEXT") },
    { NULL }
  };
  g_autoptr(RpWorkout) template = NULL;
  RpCliArgs args;
  RpDate date;
  gboolean in_range;
  int status;

  if (!rp_cli_parse_args (command, entries, NULL, argc, argv, 3, 3, &args))
    status = args.status;
  else if (!check_add_syntax (command, &args, &options, &template, &date, &in_range, &status))
    ;
  else if (!in_range)
    status = rp_cli_date_range_error (args.args[0], args.args[1]);
  else
    status = add_workout (args.args[0], &options, template, date);

  rp_cli_args_clear (&args);
  add_options_clear (&options);
  return status;
}

/* "FILE: 2026-03-03 has no workout 2 (it has 1)". */
static int
index_error (const char *path,
             RpPlan     *plan,
             RpDate      date,
             guint       index)
{
  char iso[RP_DATE_ISO_LEN];
  guint n = rp_plan_get_n_workouts (plan, date);

  rp_date_to_iso (date, iso);
  if (n == 0)
    return rp_cli_data_error (path, _("%s has no workout"), iso);
  return rp_cli_data_error (path, ngettext ("%s has no workout with index %u (it has %u workout)",
                                            "%s has no workout with index %u (it has %u workouts)",
                                            n),
                            iso, index, n);
}

static int
move_workout (const char *path,
              RpDate      from,
              RpDate      to,
              guint       index)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  char from_iso[RP_DATE_ISO_LEN], to_iso[RP_DATE_ISO_LEN];
  int status;

  if ((plan = rp_cli_load_plan_for_edit (path, &etag, &lock)) == NULL)
    return RP_CLI_EXIT_DATA;
  if (index >= rp_plan_get_n_workouts (plan, from))
    return index_error (path, plan, from, index);

  rp_date_to_iso (from, from_iso);
  rp_date_to_iso (to, to_iso);
  /* A full day or the edge of the calendar: the workout stays where it is. */
  if (!rp_plan_command_move (plan, NULL, from, index, to, FALSE, &error))
    return rp_cli_data_error (path, _("cannot move the workout of %s to %s: %s"),
                              from_iso, to_iso, error->message);
  status = rp_cli_save_plan (plan, path, etag, FALSE);
  if (status == RP_CLI_EXIT_OK)
    printf (_("%s: moved the workout of %s to %s\n"), rp_cli_shown (path), from_iso, to_iso);
  return status;
}

int
rp_cli_cmd_move (const RpCliCommand *command,
                 int                 argc,
                 char              **argv)
{
  int index = 0;
  const GOptionEntry entries[] = {
    { "index", 0, 0, G_OPTION_ARG_INT, &index, N_("Which workout of the day (default 0)"), "N" },
    { NULL }
  };
  RpCliArgs args;
  RpDate from, to;
  gboolean from_ok, to_ok;
  guint uindex = 0;
  int status;

  if (!rp_cli_parse_args (command, entries, NULL, argc, argv, 3, 3, &args))
    status = args.status;
  else if (!rp_cli_parse_date (args.args[1], &from, &from_ok))
    status = rp_cli_usage_error (command, _("malformed date “%s”"), args.args[1]);
  else if (!rp_cli_parse_date (args.args[2], &to, &to_ok))
    status = rp_cli_usage_error (command, _("malformed date “%s”"), args.args[2]);
  else if (!from_ok || !to_ok)
    status = rp_cli_date_range_error (args.args[0], args.args[from_ok ? 2 : 1]);
  else if (!rp_cli_parse_index (index, &uindex))
    status = rp_cli_data_error (args.args[0], _("--index %d is out of range"), index);
  else
    status = move_workout (args.args[0], from, to, uindex);

  rp_cli_args_clear (&args);
  return status;
}

static int
remove_workout (const char *path,
                RpDate      date,
                guint       index)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  char iso[RP_DATE_ISO_LEN];
  RpWorkout *workout;
  int status;

  if ((plan = rp_cli_load_plan_for_edit (path, &etag, &lock)) == NULL)
    return RP_CLI_EXIT_DATA;
  if (index >= rp_plan_get_n_workouts (plan, date))
    return index_error (path, plan, date, index);

  rp_date_to_iso (date, iso);
  workout = rp_plan_get_workout (plan, date, index);
  /* The engine would put its own entry straight back: refuse, not pretend. */
  if (!rp_workout_get_pinned (workout))
    return rp_cli_data_error (path, _("the %s on %s was filled in by the planner, not placed by you; "
                                      "it cannot be removed"),
                              rp_kind_to_name (rp_workout_get_kind (workout)), iso);
  if (!rp_plan_command_remove (plan, NULL, date, index, &error))
    return rp_cli_data_error (path, _("cannot remove the workout of %s: %s"), iso, error->message);
  status = rp_cli_save_plan (plan, path, etag, FALSE);
  if (status == RP_CLI_EXIT_OK)
    printf (_("%s: removed the workout of %s\n"), rp_cli_shown (path), iso);
  return status;
}

int
rp_cli_cmd_remove (const RpCliCommand *command,
                   int                 argc,
                   char              **argv)
{
  int index = 0;
  const GOptionEntry entries[] = {
    { "index", 0, 0, G_OPTION_ARG_INT, &index, N_("Which workout of the day (default 0)"), "N" },
    { NULL }
  };
  RpCliArgs args;
  RpDate date;
  gboolean in_range;
  guint uindex = 0;
  int status;

  if (!rp_cli_parse_args (command, entries, NULL, argc, argv, 2, 2, &args))
    status = args.status;
  else if (!rp_cli_parse_date (args.args[1], &date, &in_range))
    status = rp_cli_usage_error (command, _("malformed date “%s”"), args.args[1]);
  else if (!in_range)
    status = rp_cli_date_range_error (args.args[0], args.args[1]);
  else if (!rp_cli_parse_index (index, &uindex))
    status = rp_cli_data_error (args.args[0], _("--index %d is out of range"), index);
  else
    status = remove_workout (args.args[0], date, uindex);

  rp_cli_args_clear (&args);
  return status;
}

int
rp_cli_cmd_fill (const RpCliCommand *command,
                 int                 argc,
                 char              **argv)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  RpCliArgs args;
  int status;

  if (!rp_cli_parse_args (command, NULL, NULL, argc, argv, 1, 1, &args))
    return args.status;

  if ((plan = rp_cli_load_plan_for_edit (args.args[0], &etag, &lock)) == NULL)
    status = RP_CLI_EXIT_DATA;
  else
    {
      rp_planner_fill (plan);
      status = rp_cli_save_plan (plan, args.args[0], etag, FALSE);
      if (status == RP_CLI_EXIT_OK)
        printf (_("%s: filled %u weeks\n"), rp_cli_shown (args.args[0]),
                rp_plan_get_n_weeks (plan));
    }
  rp_cli_args_clear (&args);
  return status;
}
