/* rp-cli-show.c — show (table and --json)
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
#include "rp-planner.h"
#include "rp-steps.h"

/* The table's columns before the reason. Each is as wide as its widest
 * cell in the week, and at least as wide as in English, so a translated
 * kind or pace ("5:58/km o más lento") never pushes a row out of line. */
typedef enum {
  COLUMN_DAY,
  COLUMN_KIND,
  COLUMN_DISTANCE,
  COLUMN_DURATION,
  COLUMN_PACE,
  N_COLUMNS
} Column;

static const int column_min_widths[N_COLUMNS] = { 15, 15, 10, 9, 18 };

/* ---- Table -------------------------------------------------------------- */

static void
append_cell (GString    *line,
             const char *text,
             int         width)
{
  glong length = g_utf8_strlen (text, -1);

  g_string_append (line, text);
  for (glong i = length; i < width; i++)
    g_string_append_c (line, ' ');
  g_string_append_c (line, ' ');
}

/* "4:56–5:34/km", "6:10/km or slower", "—": the core's text of a range. */
static char *
format_pace_range (int    fast,
                   int    slow,
                   RpUnit unit)
{
  RpPaceRange range;

  if (!rp_format_pace_range (fast, slow, unit, &range))
    return g_strdup ("—");

  return rp_pace_range_to_string (&range);
}

static char *
format_reason (RpWorkout *workout,
               RpUnit     unit)
{
  const RpReason *reason = rp_workout_get_reason (workout);

  if (rp_workout_get_pinned (workout))
    return g_strdup (_("placed by you"));
  if (reason == NULL || reason->code == RP_REASON_NONE)
    return g_strdup ("");
  return rp_reason_format_on (reason, rp_workout_get_date (workout), unit);
}

/* The structure on a line of its own, under the kind. */
static void
print_steps_row (RpWorkout *workout,
                 RpUnit     unit,
                 int        day_width)
{
  g_autoptr(GString) line = NULL;
  g_autofree char *steps = NULL;
  g_autofree char *shown = NULL;

  if (rp_workout_get_n_steps (workout) == 0)
    return;
  line = g_string_new ("  ");
  steps = rp_steps_format_workout (workout, unit);
  append_cell (line, "", day_width);
  g_string_append_printf (line, _("Steps: %s"), steps);
  shown = rp_cli_escape (line->str);
  printf ("%s\n", shown);
}

/* The cells of a workout's row after the day: kind, distance, duration
 * and pace. Free with free_cells(). */
static void
workout_cells (RpPlan    *plan,
               RpWorkout *workout,
               RpUnit     unit,
               char      *cells[N_COLUMNS])
{
  gint64 metres = rp_planner_workout_distance_m (plan, workout);
  gint64 seconds = rp_planner_workout_duration_s (plan, workout);
  int fast = 0, slow = 0;

  cells[COLUMN_DAY] = NULL;
  cells[COLUMN_KIND] = g_strdup (rp_kind_to_name (rp_workout_get_kind (workout)));
  cells[COLUMN_DISTANCE] = metres >= 0 ? rp_format_distance (metres, unit) : g_strdup ("—");
  cells[COLUMN_DURATION] = seconds >= 0 ? rp_format_duration (seconds) : g_strdup ("—");
  rp_planner_workout_pace (plan, workout, &fast, &slow);
  cells[COLUMN_PACE] = format_pace_range (fast, slow, unit);
  /* A session's warm-up and cool-down are at E: the pace is its work's. */
  if ((fast > 0 || slow > 0) && rp_kind_is_session (rp_workout_get_kind (workout)))
    {
      g_autofree char *range = g_steal_pointer (&cells[COLUMN_PACE]);

      /* Translators: the pace of a session's work, e.g. "work at 3:55/km" */
      cells[COLUMN_PACE] = g_strdup_printf (_("work at %s"), range);
    }
}

static void
free_cells (char *cells[N_COLUMNS])
{
  for (int c = 0; c < N_COLUMNS; c++)
    g_clear_pointer (&cells[c], g_free);
}

static void
widen_to_fit (int        widths[N_COLUMNS],
              Column     column,
              const char *text)
{
  widths[column] = MAX (widths[column], (int) g_utf8_strlen (text, -1));
}

static void
print_workout_row (RpPlan     *plan,
                   RpWorkout  *workout,
                   const char *day,
                   RpUnit      unit,
                   const int   widths[N_COLUMNS])
{
  g_autoptr(GString) line = g_string_new ("  ");
  g_autofree char *reason = format_reason (workout, unit);
  g_autofree char *shown = NULL;
  char *cells[N_COLUMNS];

  workout_cells (plan, workout, unit, cells);
  append_cell (line, day, widths[COLUMN_DAY]);
  for (int c = COLUMN_KIND; c < N_COLUMNS; c++)
    append_cell (line, cells[c], widths[c]);
  free_cells (cells);
  g_string_append (line, reason);
  if (rp_workout_get_notes (workout) && *rp_workout_get_notes (workout))
    g_string_append_printf (line, " — %s", rp_workout_get_notes (workout));
  g_strchomp (line->str);
  /* Notes are the runner's own text, from a file: one line, no escapes. */
  shown = rp_cli_escape (line->str);
  printf ("%s\n", shown);
  print_steps_row (workout, unit, widths[COLUMN_DAY]);
}

static void
print_warnings (guint                mask,
                const RpWeekSummary *summary,
                RpUnit               unit,
                const char          *indent)
{
  for (guint code = 0; code < RP_N_WARNINGS; code++)
    {
      g_autofree char *text = NULL;

      if ((mask & RP_WARNING_BIT (code)) == 0)
        continue;
      text = rp_warning_format (code, summary, unit);
      printf ("%s%s %s (%s)\n", indent, _("Warning:"), text, rp_warning_code_to_name (code));
    }
}

/* "Tue 2026-03-03", in the user's language. */
static char *
format_day (RpDate date)
{
  char iso[RP_DATE_ISO_LEN];
  char weekday[64];
  GDate gdate;

  rp_date_to_gdate (date, &gdate);
  if (g_date_strftime (weekday, sizeof weekday, "%a", &gdate) == 0)
    weekday[0] = '\0';
  return g_strdup_printf ("%s %s", weekday, rp_date_to_iso (date, iso));
}

static void
print_day (RpPlan    *plan,
           RpDate     date,
           RpUnit     unit,
           const int  widths[N_COLUMNS])
{
  g_autofree char *day = format_day (date);
  guint n = rp_plan_get_n_workouts (plan, date);

  for (guint i = 0; i < n; i++)
    print_workout_row (plan, rp_plan_get_workout (plan, date, i), i == 0 ? day : "", unit, widths);
  if (n == 0)
    {
      g_autoptr(GString) line = g_string_new ("  ");

      append_cell (line, day, widths[COLUMN_DAY]);
      g_string_append (line, rp_kind_to_name (RP_KIND_REST));
      printf ("%s\n", line->str);
    }
  print_warnings (rp_plan_get_day_warnings (plan, date), NULL, unit, "    ");
}

static void
print_week_summary (const RpWeekSummary *summary,
                    RpUnit               unit)
{
  g_autofree char *volume = rp_format_distance (summary->volume_m, unit);
  g_autofree char *target = rp_format_distance (summary->target_m, unit);
  /* As the low-intensity warning prints it: one number, one rounding. */
  g_autofree char *share = rp_format_low_intensity_share (summary->low_intensity_share);

  printf ("  ");
  printf (_("Volume %s of %s target · low intensity %s %% · load %.0f"),
          volume, target, share, summary->load);
  printf ("\n");
  print_warnings (summary->warnings, summary, unit, "  ");
}

/* Each column's width in the week's table: its widest cell. */
static void
measure_week (RpPlan      *plan,
              RpDate       start,
              RpUnit       unit,
              const char  *headings[N_COLUMNS],
              int          widths[N_COLUMNS])
{
  for (int c = 0; c < N_COLUMNS; c++)
    {
      widths[c] = column_min_widths[c];
      widen_to_fit (widths, c, headings[c]);
    }
  for (guint d = 0; d < 7; d++)
    {
      g_autofree char *day = format_day (start + d);
      guint n = rp_plan_get_n_workouts (plan, start + d);

      widen_to_fit (widths, COLUMN_DAY, day);
      if (n == 0)
        widen_to_fit (widths, COLUMN_KIND, rp_kind_to_name (RP_KIND_REST));
      for (guint i = 0; i < n; i++)
        {
          char *cells[N_COLUMNS];

          workout_cells (plan, rp_plan_get_workout (plan, start + d, i), unit, cells);
          for (int c = COLUMN_KIND; c < N_COLUMNS; c++)
            widen_to_fit (widths, c, cells[c]);
          free_cells (cells);
        }
    }
}

static void
print_week_table (RpPlan *plan,
                  guint   week)
{
  RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  RpDate start = rp_plan_get_week_start (plan, week);
  const RpWeekSummary *summary = rp_plan_get_week_summary (plan, week);
  const char *headings[N_COLUMNS] = { _("Day"), _("Kind"), _("Distance"), _("Duration"), _("Pace") };
  g_autoptr(GString) header = g_string_new ("  ");
  int widths[N_COLUMNS];
  char iso[RP_DATE_ISO_LEN];

  measure_week (plan, start, unit, headings, widths);
  printf (_("Week %u, from %s\n"), week + 1, rp_date_to_iso (start, iso));
  for (int c = 0; c < N_COLUMNS; c++)
    append_cell (header, headings[c], widths[c]);
  g_string_append (header, _("Reason"));
  printf ("%s\n", header->str);
  for (guint d = 0; d < 7; d++)
    print_day (plan, start + d, unit, widths);
  if (summary != NULL)
    print_week_summary (summary, unit);
  printf ("\n");
}

static void
print_plan_header (RpPlan *plan)
{
  RpAthlete *athlete = rp_plan_get_athlete (plan);
  const RpPaces *paces = rp_athlete_get_paces (athlete);
  g_autofree char *volume = rp_format_distance (rp_athlete_get_volume_m (athlete),
                                                rp_athlete_get_unit (athlete));

  /* Typed paces carry no VDOT: say what the paces are, never "VDOT 0.0". */
  if (!paces->assumed && !(paces->vdot > 0))
    printf (_("Goal: %s · weekly target %s · typed paces\n\n"),
            rp_race_to_name (rp_athlete_get_goal (athlete)), volume);
  else
    printf (_("Goal: %s · weekly target %s · VDOT %.1f%s\n\n"),
            rp_race_to_name (rp_athlete_get_goal (athlete)), volume, paces->vdot,
            paces->assumed ? _(" (assumed: no race result)") : "");
}

/* ---- JSON --------------------------------------------------------------- */

void
rp_cli_json_flush (RpJsonWriter *json)
{
  GString *buffer = rp_json_writer_get_buffer (json);

  fwrite (buffer->str, 1, buffer->len, stdout);
  g_string_truncate (buffer, 0);
}

static void
json_warnings (RpJsonWriter        *json,
               guint                mask,
               const RpWeekSummary *summary,
               RpUnit               unit)
{
  rp_json_writer_begin_array (json);
  for (guint code = 0; code < RP_N_WARNINGS; code++)
    {
      g_autofree char *text = NULL;

      if ((mask & RP_WARNING_BIT (code)) == 0)
        continue;
      text = rp_warning_format (code, summary, unit);
      rp_json_writer_begin_object (json);
      rp_json_writer_member (json, "code");
      rp_json_writer_string (json, rp_warning_code_to_name (code));
      rp_json_writer_member (json, "message");
      rp_json_writer_string (json, text);
      rp_json_writer_end_object (json);
    }
  rp_json_writer_end_array (json);
}

static void
json_int_or_null (RpJsonWriter *json,
                  gint64        value)
{
  if (value < 0)
    rp_json_writer_null (json);
  else
    rp_json_writer_int (json, value);
}

static void
json_pace (RpJsonWriter *json,
           int           fast,
           int           slow)
{
  rp_json_writer_begin_array (json);
  if (fast > 0)
    rp_json_writer_int (json, fast);
  else
    rp_json_writer_null (json);
  if (slow > 0)
    rp_json_writer_int (json, slow);
  else
    rp_json_writer_null (json);
  rp_json_writer_end_array (json);
}

static void
json_reason (RpJsonWriter *json,
             RpWorkout    *workout,
             RpUnit        unit)
{
  const RpReason *reason = rp_workout_get_reason (workout);
  g_autofree char *text = NULL;

  if (reason == NULL || reason->code == RP_REASON_NONE)
    {
      rp_json_writer_member (json, "reason");
      rp_json_writer_null (json);
      return;
    }
  text = rp_reason_format_on (reason, rp_workout_get_date (workout), unit);
  rp_json_writer_member (json, "reason");
  rp_json_writer_string (json, rp_reason_code_to_name (reason->code));
  rp_json_writer_member (json, "reason_text");
  rp_json_writer_string (json, text);
}

static void
json_workout (RpJsonWriter *json,
              RpPlan       *plan,
              RpWorkout    *workout,
              RpUnit        unit)
{
  int fast = 0, slow = 0;
  const char *notes = rp_workout_get_notes (workout);

  rp_planner_workout_pace (plan, workout, &fast, &slow);
  rp_json_writer_begin_object (json);
  rp_json_writer_member (json, "kind");
  rp_json_writer_string (json, rp_kind_to_name (rp_workout_get_kind (workout)));
  rp_json_writer_member (json, "distance_m");
  json_int_or_null (json, rp_planner_workout_distance_m (plan, workout));
  rp_json_writer_member (json, "duration_s");
  json_int_or_null (json, rp_planner_workout_duration_s (plan, workout));
  rp_json_writer_member (json, "pace_s_per_km");
  json_pace (json, fast, slow);
  rp_json_writer_member (json, "pinned");
  rp_json_writer_boolean (json, rp_workout_get_pinned (workout));
  json_reason (json, workout, unit);
  if (notes != NULL && *notes != '\0')
    {
      rp_json_writer_member (json, "notes");
      rp_json_writer_string (json, notes);
    }
  if (rp_workout_get_n_steps (workout) > 0)
    {
      g_autofree char *steps = rp_steps_format_workout (workout, unit);

      rp_json_writer_member (json, "steps");
      rp_json_writer_string (json, steps);
    }
  rp_json_writer_end_object (json);
}

/* A day with nothing on it is a rest day: one workout of kind rest. */
static void
json_empty_rest (RpJsonWriter *json)
{
  rp_json_writer_begin_object (json);
  rp_json_writer_member (json, "kind");
  rp_json_writer_string (json, rp_kind_to_name (RP_KIND_REST));
  rp_json_writer_member (json, "distance_m");
  rp_json_writer_null (json);
  rp_json_writer_member (json, "duration_s");
  rp_json_writer_null (json);
  rp_json_writer_member (json, "pace_s_per_km");
  json_pace (json, 0, 0);
  rp_json_writer_member (json, "pinned");
  rp_json_writer_boolean (json, FALSE);
  rp_json_writer_member (json, "reason");
  rp_json_writer_null (json);
  rp_json_writer_end_object (json);
}

static void
json_day (RpJsonWriter *json,
          RpPlan       *plan,
          RpDate        date,
          RpUnit        unit)
{
  char iso[RP_DATE_ISO_LEN];
  guint n = rp_plan_get_n_workouts (plan, date);

  rp_json_writer_begin_object (json);
  rp_json_writer_member (json, "date");
  rp_json_writer_string (json, rp_date_to_iso (date, iso));
  rp_json_writer_member (json, "workouts");
  rp_json_writer_begin_array (json);
  for (guint i = 0; i < n; i++)
    json_workout (json, plan, rp_plan_get_workout (plan, date, i), unit);
  if (n == 0)
    json_empty_rest (json);
  rp_json_writer_end_array (json);
  rp_json_writer_member (json, "warnings");
  json_warnings (json, rp_plan_get_day_warnings (plan, date), NULL, unit);
  rp_json_writer_end_object (json);
}

static void
json_week_summary (RpJsonWriter        *json,
                   const RpWeekSummary *summary,
                   RpUnit               unit)
{
  RpWeekSummary empty = { .low_intensity_share = 1.0 };

  if (summary == NULL)
    summary = &empty;
  rp_json_writer_member (json, "volume_m");
  rp_json_writer_int (json, summary->volume_m);
  rp_json_writer_member (json, "target_m");
  rp_json_writer_int (json, summary->target_m);
  rp_json_writer_member (json, "duration_s");
  rp_json_writer_int (json, summary->duration_s);
  rp_json_writer_member (json, "low_intensity_share");
  rp_json_writer_double_fixed (json, CLAMP (summary->low_intensity_share, 0.0, 1.0), 3);
  rp_json_writer_member (json, "load");
  rp_json_writer_int (json, (gint64) round (summary->load));
  rp_json_writer_member (json, "warnings");
  json_warnings (json, summary->warnings, summary, unit);
}

static void
json_week (RpJsonWriter *json,
           RpPlan       *plan,
           guint         week)
{
  RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  RpDate start = rp_plan_get_week_start (plan, week);
  char iso[RP_DATE_ISO_LEN];

  rp_json_writer_begin_object (json);
  rp_json_writer_member (json, "start");
  rp_json_writer_string (json, rp_date_to_iso (start, iso));
  json_week_summary (json, rp_plan_get_week_summary (plan, week), unit);
  rp_json_writer_member (json, "days");
  rp_json_writer_begin_array (json);
  for (guint d = 0; d < 7; d++)
    json_day (json, plan, start + d, unit);
  rp_json_writer_end_array (json);
  rp_json_writer_end_object (json);
}

/* Written week by week, so a 10-year plan never sits in memory as text. */
static void
print_json (RpPlan *plan,
            guint   first,
            guint   last)
{
  g_autoptr(RpJsonWriter) json = rp_json_writer_new (RP_JSON_WRITER_STYLE_TERMINAL, 4, 4096);

  rp_json_writer_begin_object (json);
  rp_json_writer_member (json, "weeks");
  rp_json_writer_begin_array (json);
  for (guint week = first; week <= last; week++)
    {
      json_week (json, plan, week);
      rp_cli_json_flush (json);
    }
  rp_json_writer_end_array (json);
  rp_json_writer_end_object (json);
  rp_cli_json_flush (json);
}

/* ---- The command -------------------------------------------------------- */

static int
show_plan (const char *path,
           const char *week_text,
           RpDate      week_date,
           gboolean    as_json)
{
  g_autoptr(RpPlan) plan = NULL;
  guint first = 0, last;

  if ((plan = rp_cli_load_plan (path, NULL)) == NULL)
    return RP_CLI_EXIT_DATA;
  last = rp_plan_get_n_weeks (plan) - 1;
  if (week_text != NULL)
    {
      char start[RP_DATE_ISO_LEN], end[RP_DATE_ISO_LEN];

      if (!rp_plan_contains (plan, week_date))
        return rp_cli_data_error (path, _("%s is outside the plan (%s to %s)"), week_text,
                                  rp_date_to_iso (rp_plan_get_start (plan), start),
                                  rp_date_to_iso (rp_plan_get_end (plan), end));
      first = last = rp_plan_get_week_index (plan, week_date);
    }

  rp_planner_analyze (plan);
  if (as_json)
    {
      print_json (plan, first, last);
      return RP_CLI_EXIT_OK;
    }
  print_plan_header (plan);
  for (guint week = first; week <= last; week++)
    print_week_table (plan, week);
  return RP_CLI_EXIT_OK;
}

int
rp_cli_cmd_show (const RpCliCommand *command,
                 int                 argc,
                 char              **argv)
{
  g_autofree char *week = NULL;
  gboolean as_json = FALSE;
  const GOptionEntry entries[] = {
    { "week", 0, 0, G_OPTION_ARG_STRING, &week, N_("Only the week holding DATE"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { NULL }
  };
  RpCliArgs args;
  RpDate date = RP_DATE_INVALID;
  gboolean in_range = TRUE;
  int status;

  if (!rp_cli_parse_args (command, entries, NULL, argc, argv, 1, 1, &args))
    return args.status;

  if (week != NULL && !rp_cli_parse_date (week, &date, &in_range))
    status = rp_cli_usage_error (command, _("malformed date “%s”"), week);
  else if (!in_range)
    status = rp_cli_date_range_error (args.args[0], week);
  else
    status = show_plan (args.args[0], week, date, as_json);
  rp_cli_args_clear (&args);
  return status;
}
