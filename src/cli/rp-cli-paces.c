/* rp-cli-paces.c — paces
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

#include "rp-kind.h"
#include "rp-paces.h"
#include "rp-parse.h"

typedef struct
{
  double  distance_m;
  double  time_s;
  RpPaces paces;
} RaceResult;

/* The named paces, in the order they are printed. */
typedef struct
{
  const char *key;    /* JSON key */
  const char *label;  /* untranslated */
  gsize       offset; /* into RpPaces */
} PaceRow;

static const PaceRow pace_rows[] = {
  { "marathon", N_("Marathon (M)"), G_STRUCT_OFFSET (RpPaces, marathon) },
  { "threshold", N_("Threshold (T)"), G_STRUCT_OFFSET (RpPaces, threshold) },
  { "interval", N_("Interval (I)"), G_STRUCT_OFFSET (RpPaces, interval) },
  { "repetition", N_("Repetition (R)"), G_STRUCT_OFFSET (RpPaces, repetition) },
  { "recovery", N_("Recovery"), G_STRUCT_OFFSET (RpPaces, recovery) },
};

static double
pace_of (const RpPaces *paces,
         const PaceRow *row)
{
  return G_STRUCT_MEMBER (double, paces, row->offset);
}

static gint64
round_s (double value)
{
  return (gint64) round (value);
}

static void
print_json (const RaceResult *race)
{
  const RpPaces *p = &race->paces;
  g_autoptr(RpJsonWriter) json = rp_json_writer_new (RP_JSON_WRITER_STYLE_TERMINAL, 2, 4096);

  rp_json_writer_begin_object (json);
  rp_json_writer_member (json, "vdot");
  rp_json_writer_double_fixed (json, p->vdot, 1);
  rp_json_writer_member (json, "predictions_s");
  rp_json_writer_begin_object (json);
  for (RpRace r = 0; r < RP_N_RACES; r++)
    {
      rp_json_writer_member (json, rp_race_to_name (r));
      rp_json_writer_int (json, round_s (rp_paces_predict (p->vdot, rp_race_distance_m (r))));
    }
  rp_json_writer_end_object (json);
  rp_json_writer_member (json, "riegel_predictions_s");
  rp_json_writer_begin_object (json);
  for (RpRace r = 0; r < RP_N_RACES; r++)
    {
      rp_json_writer_member (json, rp_race_to_name (r));
      rp_json_writer_int (json, round_s (rp_paces_predict_riegel (race->distance_m, race->time_s,
                                                                rp_race_distance_m (r))));
    }
  rp_json_writer_end_object (json);
  rp_json_writer_member (json, "paces_s_per_km");
  rp_json_writer_begin_object (json);
  rp_json_writer_member (json, "easy");
  rp_json_writer_begin_array (json);
  rp_json_writer_int (json, round_s (p->easy_fast));
  rp_json_writer_int (json, round_s (p->easy_slow));
  rp_json_writer_end_array (json);
  for (guint i = 0; i < G_N_ELEMENTS (pace_rows); i++)
    {
      rp_json_writer_member (json, pace_rows[i].key);
      rp_json_writer_int (json, round_s (pace_of (p, &pace_rows[i])));
    }
  rp_json_writer_end_object (json);
  rp_json_writer_end_object (json);
  rp_cli_json_flush (json);
}

/* printf's widths count bytes; these count characters ("–", translations). */
static void
print_row (const char *first,
           const char *second,
           const char *third)
{
  glong pad_first = 16 - g_utf8_strlen (first, -1);
  glong pad_second = 22 - g_utf8_strlen (second, -1);

  printf ("%s%*s %s%*s %s\n", first, (int) MAX (pad_first, 0), "",
          second, (int) MAX (pad_second, 0), "", third);
}

static void
print_prediction_rows (const RaceResult *race)
{
  print_row (_("Race"), _("Daniels–Gilbert"), _("Riegel"));
  for (RpRace r = 0; r < RP_N_RACES; r++)
    {
      double metres = rp_race_distance_m (r);
      g_autofree char *daniels = rp_format_duration (round_s (rp_paces_predict (race->paces.vdot,
                                                                                 metres)));
      g_autofree char *riegel = rp_format_duration (round_s (rp_paces_predict_riegel (race->distance_m,
                                                                                       race->time_s,
                                                                                       metres)));

      print_row (rp_race_to_name (r), daniels, riegel);
    }
}

static void
print_pace_row (const char *label,
                double      fast,
                double      slow)
{
  g_autofree char *km_fast = rp_format_pace (round (fast), RP_UNIT_KM);
  g_autofree char *mi_fast = rp_format_pace (round (fast), RP_UNIT_MI);
  g_autofree char *km_slow = slow > 0 ? rp_format_pace (round (slow), RP_UNIT_KM) : NULL;
  g_autofree char *mi_slow = slow > 0 ? rp_format_pace (round (slow), RP_UNIT_MI) : NULL;
  g_autofree char *km = km_slow ? g_strdup_printf ("%s – %s", km_fast, km_slow) : g_strdup (km_fast);
  g_autofree char *mi = mi_slow ? g_strdup_printf ("%s – %s", mi_fast, mi_slow) : g_strdup (mi_fast);

  print_row (label, km, mi);
}

static void
print_table (const RaceResult *race)
{
  const RpPaces *p = &race->paces;
  g_autofree char *distance = rp_format_distance ((gint64) race->distance_m, RP_UNIT_KM);
  g_autofree char *time = rp_format_duration ((gint64) race->time_s);

  printf (_("%s in %s: VDOT %.1f\n\n"), distance, time, p->vdot);
  print_prediction_rows (race);
  printf ("\n%s\n", _("Riegel: T2 = T1 × (D2 / D1)^1.06, a second predictor."));
  printf ("\n");
  print_row (_("Pace"), _("per km"), _("per mile"));
  print_pace_row (_("Easy (E)"), p->easy_fast, p->easy_slow);
  for (guint i = 0; i < G_N_ELEMENTS (pace_rows); i++)
    print_pace_row (_(pace_rows[i].label), pace_of (p, &pace_rows[i]), 0);
  printf ("%s\n", _("Recovery: this pace or slower."));
}

static gboolean
parse_race_result (const RpCliCommand *command,
                   const RpCliRace    *race,
                   RaceResult         *out,
                   int                *out_status)
{
  gint64 metres, seconds;

  if (!race->set)
    *out_status = rp_cli_usage_error (command, _("--race DIST TIME is required"));
  else if (!rp_parse_distance (race->distance, RP_UNIT_KM, TRUE, &metres))
    *out_status = rp_cli_usage_error (command, _("malformed distance “%s”"), race->distance);
  else if (!rp_parse_duration (race->time, &seconds))
    *out_status = rp_cli_usage_error (command, _("malformed time “%s”"), race->time);
  else if (!rp_paces_from_race (metres, seconds, &out->paces))
    *out_status = rp_cli_usage_error (command, _("%s in %s is not a plausible race result"),
                                      race->distance, race->time);
  else
    {
      out->distance_m = metres;
      out->time_s = seconds;
      return TRUE;
    }
  return FALSE;
}

int
rp_cli_cmd_paces (const RpCliCommand *command,
                  int                 argc,
                  char              **argv)
{
  gboolean as_json = FALSE;
  gboolean race_for_help = FALSE;
  const GOptionEntry entries[] = {
    { "race", 0, 0, G_OPTION_ARG_NONE, &race_for_help, N_("A race result: --race DIST TIME"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &as_json, N_("Print JSON"), NULL },
    { NULL }
  };
  RpCliRace race = { FALSE };
  RaceResult result = { 0 };
  RpCliArgs args;
  int status = RP_CLI_EXIT_OK;

  if (!rp_cli_parse_args (command, entries, &race, argc, argv, 0, 0, &args))
    return args.status;

  if (parse_race_result (command, &race, &result, &status))
    {
      if (as_json)
        print_json (&result);
      else
        print_table (&result);
    }
  rp_cli_args_clear (&args);
  return status;
}
