/* rp-cli-chart.c — chart
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

#include <stdio.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-export.h"
#include "rp-planner.h"

#define DEFAULT_WIDTH 800
#define DEFAULT_HEIGHT 300

static gboolean
format_from_path (const char          *path,
                  RpExportChartFormat *out)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *out = RP_EXPORT_CHART_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *out = RP_EXPORT_CHART_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *out = RP_EXPORT_CHART_PDF;
  else
    return FALSE;
  return TRUE;
}

/* Drawn in memory by the core (the same code as `export --format png`),
 * then written in one atomic replace: a failed write (no such directory,
 * a full disk) leaves the old image or none, and says why. */
static int
draw_chart (RpPlan              *plan,
            RpDate               week_start,
            RpExportChartFormat  format,
            const char          *out_path,
            int                  width,
            int                  height)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = rp_export_chart (plan, week_start, week_start, format, width, height, &error);
  if (bytes == NULL)
    return rp_cli_data_error (out_path, "%s", error->message);
  if (!rp_cli_write_output (out_path, bytes, &error))
    return rp_cli_data_error (out_path, _("cannot write the chart: %s"),
                              rp_cli_write_failure (error));
  return RP_CLI_EXIT_OK;
}

static int
chart_plan (const char          *path,
            const char          *week_text,
            RpDate               week_date,
            RpExportChartFormat  format,
            const char          *out_path,
            int                  width,
            int                  height)
{
  g_autoptr(RpPlan) plan = NULL;
  int status;

  if ((plan = rp_cli_load_plan (path, NULL)) == NULL)
    return RP_CLI_EXIT_DATA;
  if (!rp_plan_contains (plan, week_date))
    {
      char start[RP_DATE_ISO_LEN], end[RP_DATE_ISO_LEN];

      return rp_cli_data_error (path, _("%s is outside the plan (%s to %s)"), week_text,
                                rp_date_to_iso (rp_plan_get_start (plan), start),
                                rp_date_to_iso (rp_plan_get_end (plan), end));
    }

  rp_planner_analyze (plan);
  status = draw_chart (plan, rp_plan_get_week_start (plan, rp_plan_get_week_index (plan, week_date)),
                       format, out_path, width, height);
  if (status == RP_CLI_EXIT_OK)
    printf (_("%s: chart of the week of %s written to %s\n"), rp_cli_shown (path),
            week_text, rp_cli_shown (out_path));
  return status;
}

/* Options of `chart`, as typed. */
typedef struct
{
  char *week;
  char *output;
  char *size;
} ChartOptions;

static void
chart_options_clear (ChartOptions *options)
{
  g_clear_pointer (&options->week, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->size, g_free);
}

int
rp_cli_cmd_chart (const RpCliCommand *command,
                  int                 argc,
                  char              **argv)
{
  ChartOptions options = { NULL };
  const GOptionEntry entries[] = {
    { "week", 0, 0, G_OPTION_ARG_STRING, &options.week, N_("A day of the week to draw"), N_("DATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("The image to write (.png, .svg or .pdf)"), N_("OUT") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &options.size, N_("Size in pixels or points (default 800x300)"), N_("WxH") },
    { NULL }
  };
  RpCliArgs args;
  RpDate date;
  gboolean in_range;
  RpExportChartFormat format;
  int width = DEFAULT_WIDTH, height = DEFAULT_HEIGHT;
  int status;

  if (!rp_cli_parse_args (command, entries, NULL, argc, argv, 1, 1, &args))
    status = args.status;
  else if (options.week == NULL)
    status = rp_cli_usage_error (command, _("--week DATE is required"));
  else if (options.output == NULL)
    status = rp_cli_usage_error (command, _("-o OUT is required"));
  else if (!rp_cli_parse_date (options.week, &date, &in_range))
    status = rp_cli_usage_error (command, _("malformed date “%s”"), options.week);
  else if (!format_from_path (options.output, &format))
    status = rp_cli_usage_error (command, _("OUT must end in .png, .svg or .pdf"));
  else if (options.size && !rp_cli_parse_size (options.size, &width, &height))
    status = rp_cli_usage_error (command, _("malformed size “%s” (e.g. 800x300, at most %d)"),
                                 options.size, RP_CLI_MAX_SIDE);
  else if (!in_range)
    status = rp_cli_date_range_error (args.args[0], options.week);
  else
    status = chart_plan (args.args[0], options.week, date, format, options.output, width, height);

  rp_cli_args_clear (&args);
  chart_options_clear (&options);
  return status;
}
