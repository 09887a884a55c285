/* rp-cli-export.c — export
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
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-export.h"
#include "rp-export-ics.h"
#include "rp-planner.h"

typedef enum
{
  FORMAT_CSV,
  FORMAT_JSON,
  FORMAT_FIT,
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
  FORMAT_ICS,
} ExportFormat;

static const char * const format_names[] = {
  [FORMAT_CSV] = "csv",
  [FORMAT_JSON] = "json",
  [FORMAT_FIT] = "fit",
  [FORMAT_PNG] = "png",
  [FORMAT_SVG] = "svg",
  [FORMAT_PDF] = "pdf",
  [FORMAT_ICS] = "ics",
};

/* Options of `export`, as typed, and what they mean. */
typedef struct
{
  char *format_text;
  char *output;
  char *from_text;
  char *to_text;
  char *size;

  ExportFormat format;
  RpDate       from;
  RpDate       to;
  gboolean     from_in_range;
  gboolean     to_in_range;
  int          width;
  int          height;
} ExportOptions;

static void
export_options_clear (ExportOptions *options)
{
  g_clear_pointer (&options->format_text, g_free);
  g_clear_pointer (&options->output, g_free);
  g_clear_pointer (&options->from_text, g_free);
  g_clear_pointer (&options->to_text, g_free);
  g_clear_pointer (&options->size, g_free);
}

static gboolean
format_from_name (const char   *name,
                  ExportFormat *out)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        *out = (ExportFormat) i;
        return TRUE;
      }
  return FALSE;
}

/* Without --format, OUT's extension says it (a FIT folder has none). */
static gboolean
format_from_output (const char   *path,
                    ExportFormat *out)
{
  const char *dot = strrchr (path, '.');

  return dot != NULL && strchr (dot, '/') == NULL && format_from_name (dot + 1, out) &&
         *out != FORMAT_FIT;
}

static RpExportFormat
core_format (ExportFormat format)
{
  switch (format)
    {
    case FORMAT_CSV:
      return RP_EXPORT_FORMAT_CSV;
    case FORMAT_JSON:
      return RP_EXPORT_FORMAT_JSON;
    case FORMAT_FIT:
      return RP_EXPORT_FORMAT_FIT;
    case FORMAT_SVG:
      return RP_EXPORT_FORMAT_SVG;
    case FORMAT_PDF:
      return RP_EXPORT_FORMAT_PDF;
    case FORMAT_PNG:
    default:
      return RP_EXPORT_FORMAT_PNG;
    }
}

/* The usage error, or 0 when the options are well-formed. */
static int
check_options (const RpCliCommand *command,
               ExportOptions      *options)
{
  if (options->output == NULL)
    return rp_cli_usage_error (command, _("-o OUT is required"));
  if (options->format_text != NULL && !format_from_name (options->format_text, &options->format))
    return rp_cli_usage_error (command, _("unknown format “%s” (csv, json, ics, fit, png, svg or pdf)"),
                               options->format_text);
  if (options->format_text == NULL && !format_from_output (options->output, &options->format))
    return rp_cli_usage_error (command, _("--format is required: OUT does not end in "
                                          ".csv, .json, .ics, .png, .svg or .pdf"));
  if (options->from_text != NULL &&
      !rp_cli_parse_date (options->from_text, &options->from, &options->from_in_range))
    return rp_cli_usage_error (command, _("malformed date “%s”"), options->from_text);
  if (options->to_text != NULL &&
      !rp_cli_parse_date (options->to_text, &options->to, &options->to_in_range))
    return rp_cli_usage_error (command, _("malformed date “%s”"), options->to_text);
  if (options->size != NULL && !rp_cli_parse_size (options->size, &options->width, &options->height))
    return rp_cli_usage_error (command, _("malformed size “%s” (e.g. 800x300, at most %d)"),
                               options->size, RP_CLI_MAX_SIDE);
  if (options->size != NULL && options->format != FORMAT_PNG &&
      options->format != FORMAT_SVG && options->format != FORMAT_PDF)
    return rp_cli_usage_error (command, _("--size is for a chart (png, svg or pdf)"));
  return 0;
}

/* The range from the options: the whole plan where one is not given. */
static int
resolve_range (const char    *path,
               RpPlan        *plan,
               ExportOptions *options)
{
  g_autoptr(GError) error = NULL;

  if (options->from_text != NULL && !options->from_in_range)
    return rp_cli_date_range_error (path, options->from_text);
  if (options->to_text != NULL && !options->to_in_range)
    return rp_cli_date_range_error (path, options->to_text);
  if (options->from_text == NULL)
    options->from = rp_plan_get_start (plan);
  if (options->to_text == NULL)
    options->to = rp_plan_get_end (plan);
  if (!rp_export_check_range (plan, options->from, options->to, &error))
    return rp_cli_data_error (path, "%s", error->message);
  return RP_CLI_EXIT_OK;
}

static GFile *
file_for_arg (const char *arg)
{
  return rp_cli_is_uri (arg) ? g_file_new_for_uri (arg) : g_file_new_for_path (arg);
}

/* A file an export failed on, named as the runner typed OUT: OUT itself
 * or, for FIT, a file in it; NULL (an error of the plan) is the plan. */
static const char *
failed_name (const char *path,
             const char *output,
             GFile      *out,
             GFile      *failed)
{
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;

  if (failed == NULL)
    return path;
  if (g_file_equal (failed, out))
    return output;
  base = g_file_get_basename (failed);
  name = g_build_filename (output, base, NULL);
  return g_intern_string (name);
}

/* iCalendar (rp-ical, outside core), written as core writes the others;
 * DTSTAMP is the export's time (SOURCE_DATE_EPOCH when set). */
static int
export_ics (const char            *path,
            RpPlan                *plan,
            ExportOptions         *options,
            GFile                 *plan_file,
            GFile                 *out,
            const RpExportOptions *export_options)
{
  g_autoptr(GBytes) bytes = rp_export_ics (plan, options->from, options->to,
                                           export_options->time_created);
  g_autoptr(RpExportOutput) output = rp_export_output_new_file (bytes);
  g_autoptr(GFile) failed = NULL;
  g_autoptr(GError) error = NULL;

  if (!rp_export_output_write (output, out, plan_file, NULL, &failed, &error))
    return rp_cli_data_error (failed_name (path, options->output, out, failed), "%s",
                              error->message);
  return RP_CLI_EXIT_OK;
}

/* Through core's rp_export_write, as the app's Export… writes. */
static int
export_files (const char    *path,
              RpPlan        *plan,
              ExportOptions *options,
              guint         *out_n)
{
  g_autoptr(GFile) plan_file = file_for_arg (path);
  g_autoptr(GFile) out = file_for_arg (options->output);
  g_autoptr(GFile) failed = NULL;
  g_autoptr(GError) error = NULL;
  RpExportOptions export_options;

  rp_export_options_init (&export_options);
  if (options->format == FORMAT_ICS)
    return export_ics (path, plan, options, plan_file, out, &export_options);
  export_options.chart_width = options->width;
  export_options.chart_height = options->height;
  if (options->format != FORMAT_CSV && options->format != FORMAT_JSON)
    rp_planner_analyze (plan);
  if (!rp_export_write (plan, core_format (options->format), options->from, options->to,
                        &export_options, plan_file, out, out_n, &failed, &error))
    return rp_cli_data_error (failed_name (path, options->output, out, failed), "%s",
                              error->message);
  return RP_CLI_EXIT_OK;
}

static int
export_plan (const char    *path,
             ExportOptions *options)
{
  g_autoptr(RpPlan) plan = NULL;
  char from[RP_DATE_ISO_LEN], to[RP_DATE_ISO_LEN];
  guint n_fit = 0;
  int status;

  /* Only read: no lock, the plan is never written. */
  if ((plan = rp_cli_load_plan (path, NULL)) == NULL)
    return RP_CLI_EXIT_DATA;
  if ((status = resolve_range (path, plan, options)) != RP_CLI_EXIT_OK)
    return status;
  if ((status = export_files (path, plan, options, &n_fit)) != RP_CLI_EXIT_OK)
    return status;

  rp_date_to_iso (options->from, from);
  rp_date_to_iso (options->to, to);
  if (options->format == FORMAT_FIT)
    printf (g_dngettext (GETTEXT_PACKAGE, "%s: %s to %s: %u FIT workout written to %s\n",
                         "%s: %s to %s: %u FIT workouts written to %s\n", n_fit),
            rp_cli_shown (path), from, to, n_fit, rp_cli_shown (options->output));
  else
    printf (_("%s: %s to %s written to %s (%s)\n"), rp_cli_shown (path), from, to,
            rp_cli_shown (options->output), format_names[options->format]);
  return RP_CLI_EXIT_OK;
}

int
rp_cli_cmd_export (const RpCliCommand *command,
                   int                 argc,
                   char              **argv)
{
  ExportOptions options = { NULL };
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format_text, N_("csv, json, ics, fit, png, svg or pdf (default: OUT's extension)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("The file to write (a folder for fit)"), N_("OUT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from_text, N_("First day (default: the plan's first)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to_text, N_("Last day (default: the plan's last)"), N_("DATE") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &options.size, N_("A chart's size of one week (default 800x300)"), N_("WxH") },
    { NULL }
  };
  RpCliArgs args;
  int status;

  options.width = RP_EXPORT_CHART_DEFAULT_WIDTH;
  options.height = RP_EXPORT_CHART_DEFAULT_HEIGHT;
  if (!rp_cli_parse_args (command, entries, NULL, argc, argv, 1, 1, &args))
    status = args.status;
  else if ((status = check_options (command, &options)) == 0)
    status = export_plan (args.args[0], &options);

  rp_cli_args_clear (&args);
  export_options_clear (&options);
  return status;
}
