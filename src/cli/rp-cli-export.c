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

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rp-atomic-file.h"
#include "rp-date.h"
#include "rp-export.h"
#include "rp-fit.h"
#include "rp-planner.h"

#define DEFAULT_WIDTH 800
#define DEFAULT_HEIGHT 300

typedef enum
{
  FORMAT_CSV,
  FORMAT_JSON,
  FORMAT_FIT,
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} ExportFormat;

static const char * const format_names[] = {
  [FORMAT_CSV] = "csv",
  [FORMAT_JSON] = "json",
  [FORMAT_FIT] = "fit",
  [FORMAT_PNG] = "png",
  [FORMAT_SVG] = "svg",
  [FORMAT_PDF] = "pdf",
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

static RpExportChartFormat
chart_format (ExportFormat format)
{
  switch (format)
    {
    case FORMAT_SVG:
      return RP_EXPORT_CHART_SVG;
    case FORMAT_PDF:
      return RP_EXPORT_CHART_PDF;
    case FORMAT_PNG:
    default:
      return RP_EXPORT_CHART_PNG;
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
    return rp_cli_usage_error (command, _("unknown format “%s” (csv, json, fit, png, svg or pdf)"),
                               options->format_text);
  if (options->format_text == NULL && !format_from_output (options->output, &options->format))
    return rp_cli_usage_error (command, _("--format is required: OUT does not end in "
                                          ".csv, .json, .png, .svg or .pdf"));
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

/* Whether two names are one file: an export must never replace the plan
 * it reads. */
static gboolean
same_file (const char *a,
           const char *b)
{
  g_autofree char *resolved_a = NULL;
  g_autofree char *resolved_b = NULL;

  if (rp_cli_is_uri (a) || rp_cli_is_uri (b))
    return g_str_equal (a, b);
  resolved_a = rp_atomic_file_resolve (a, NULL);
  resolved_b = rp_atomic_file_resolve (b, NULL);
  return resolved_a != NULL && resolved_b != NULL && g_str_equal (resolved_a, resolved_b);
}

/* The FIT files' time_created: now, or SOURCE_DATE_EPOCH for a
 * reproducible export. */
static gint64
creation_time (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  gint64 value;
  char *end;

  if (epoch != NULL && g_ascii_isdigit (epoch[0]))
    {
      value = g_ascii_strtoll (epoch, &end, 10);
      if (*end == '\0')
        return value;
    }
  return g_get_real_time () / G_USEC_PER_SEC;
}

typedef struct
{
  char   *name;
  GBytes *bytes;
} FitFile;

static void
fit_file_clear (gpointer data)
{
  FitFile *file = data;

  g_free (file->name);
  g_bytes_unref (file->bytes);
}

/* Every workout of the range encoded, or NULL with the first refusal
 * printed: a workout the watch cannot take is named before any file is
 * written. */
static GArray *
encode_fit_files (const char *path,
                  RpPlan     *plan,
                  RpDate      from,
                  RpDate      to)
{
  g_autoptr(GArray) files = g_array_new (FALSE, TRUE, sizeof (FitFile));
  gint64 now = creation_time ();

  g_array_set_clear_func (files, fit_file_clear);
  for (RpDate date = from; date <= to; date++)
    {
      guint n = rp_plan_get_n_workouts (plan, date);

      for (guint i = 0; i < n; i++)
        {
          RpWorkout *workout = rp_plan_get_workout (plan, date, i);
          g_autoptr(GError) error = NULL;
          FitFile file;

          if (!rp_fit_exports_workout (workout))
            continue;
          file.bytes = rp_fit_encode_workout (plan, workout, now, &error);
          if (file.bytes == NULL)
            {
              rp_cli_data_error (path, _("cannot export to FIT: %s"), error->message);
              return NULL;
            }
          file.name = rp_fit_file_name (workout, i);
          g_array_append_val (files, file);
        }
    }
  return g_steal_pointer (&files);
}

/* OUT is a folder: made if missing (its parent must exist). */
static int
make_folder (const char *folder)
{
  if (g_mkdir (folder, 0777) == 0 || errno == EEXIST)
    {
      if (g_file_test (folder, G_FILE_TEST_IS_DIR))
        return RP_CLI_EXIT_OK;
      return rp_cli_data_error (folder, _("cannot write the FIT files: %s"), g_strerror (ENOTDIR));
    }
  return rp_cli_data_error (folder, _("cannot write the FIT files: %s"), g_strerror (errno));
}

static int
export_fit (const char  *path,
            RpPlan      *plan,
            RpDate       from,
            RpDate       to,
            const char  *folder,
            guint       *out_n)
{
  g_autoptr(GArray) files = NULL;
  int status;

  if (rp_cli_is_uri (folder))
    return rp_cli_data_error (folder, _("FIT files go to a local folder"));
  if ((files = encode_fit_files (path, plan, from, to)) == NULL)
    return RP_CLI_EXIT_DATA;
  if ((status = make_folder (folder)) != RP_CLI_EXIT_OK)
    return status;

  for (guint i = 0; i < files->len; i++)
    {
      FitFile *file = &g_array_index (files, FitFile, i);
      g_autofree char *out_path = g_build_filename (folder, file->name, NULL);
      g_autoptr(GError) error = NULL;

      if (same_file (path, out_path))
        return rp_cli_data_error (out_path, _("is the plan being exported; nothing written over it"));
      if (!rp_cli_write_output (out_path, file->bytes, &error))
        return rp_cli_data_error (out_path, _("cannot write the FIT file: %s"),
                                  rp_cli_write_failure (error));
    }
  *out_n = files->len;
  return RP_CLI_EXIT_OK;
}

/* CSV, JSON or a chart: one file. */
static int
export_one_file (const char    *path,
                 RpPlan        *plan,
                 ExportOptions *options)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  switch (options->format)
    {
    case FORMAT_CSV:
      bytes = rp_export_csv (plan, options->from, options->to);
      break;
    case FORMAT_JSON:
      bytes = rp_export_json (plan, options->from, options->to);
      break;
    case FORMAT_PNG:
    case FORMAT_SVG:
    case FORMAT_PDF:
    default:
      rp_planner_analyze (plan);
      bytes = rp_export_chart (plan, options->from, options->to, chart_format (options->format),
                               options->width, options->height, &error);
      if (bytes == NULL)
        return rp_cli_data_error (path, "%s", error->message);
      break;
    case FORMAT_FIT:
      g_assert_not_reached ();
    }

  if (!rp_cli_write_output (options->output, bytes, &error))
    return rp_cli_data_error (options->output, _("cannot write the export: %s"),
                              rp_cli_write_failure (error));
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
  if (options->format != FORMAT_FIT && same_file (path, options->output))
    return rp_cli_data_error (options->output, _("is the plan being exported; nothing written over it"));

  if (options->format == FORMAT_FIT)
    status = export_fit (path, plan, options->from, options->to, options->output, &n_fit);
  else
    status = export_one_file (path, plan, options);
  if (status != RP_CLI_EXIT_OK)
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
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format_text, N_("csv, json, fit, png, svg or pdf (default: OUT's extension)"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &options.output, N_("The file to write (a folder for fit)"), N_("OUT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from_text, N_("First day (default: the plan's first)"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to_text, N_("Last day (default: the plan's last)"), N_("DATE") },
    { "size", 0, 0, G_OPTION_ARG_STRING, &options.size, N_("A chart's size of one week (default 800x300)"), N_("WxH") },
    { NULL }
  };
  RpCliArgs args;
  int status;

  options.width = DEFAULT_WIDTH;
  options.height = DEFAULT_HEIGHT;
  if (!rp_cli_parse_args (command, entries, NULL, argc, argv, 1, 1, &args))
    status = args.status;
  else if ((status = check_options (command, &options)) == 0)
    status = export_plan (args.args[0], &options);

  rp_cli_args_clear (&args);
  export_options_clear (&options);
  return status;
}
