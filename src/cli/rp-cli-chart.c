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
#include <errno.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>

#include "rp-atomic-file.h"
#include "rp-chart.h"
#include "rp-date.h"
#include "rp-planner.h"

#define DEFAULT_WIDTH 800
#define DEFAULT_HEIGHT 300
#define MAX_SIDE 4096  /* a 64 MiB image at most: a chart, not a poster */

typedef enum
{
  FORMAT_PNG,
  FORMAT_SVG,
  FORMAT_PDF,
} ChartFormat;

static gboolean
format_from_path (const char  *path,
                  ChartFormat *out)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    *out = FORMAT_PNG;
  else if (g_str_has_suffix (lower, ".svg"))
    *out = FORMAT_SVG;
  else if (g_str_has_suffix (lower, ".pdf"))
    *out = FORMAT_PDF;
  else
    return FALSE;
  return TRUE;
}

/* "WxH", each 1..MAX_SIDE. */
static gboolean
parse_size (const char *text,
            int        *out_width,
            int        *out_height)
{
  guint64 width, height;
  char *end;

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  width = g_ascii_strtoull (text, &end, 10);
  if (*end != 'x' && *end != 'X')
    return FALSE;
  text = end + 1;
  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  height = g_ascii_strtoull (text, &end, 10);
  if (*end != '\0' || width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE)
    return FALSE;
  *out_width = (int) width;
  *out_height = (int) height;
  return TRUE;
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* SVG and PDF surfaces write into out as they are finished; a PNG is an
 * image surface, encoded into out afterwards. */
static cairo_surface_t *
create_surface (ChartFormat  format,
                GByteArray  *out,
                int          width,
                int          height)
{
  switch (format)
    {
    case FORMAT_SVG:
      return cairo_svg_surface_create_for_stream (append_to_array, out, width, height);
    case FORMAT_PDF:
      return cairo_pdf_surface_create_for_stream (append_to_array, out, width, height);
    case FORMAT_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
    }
}

/* The chart's bytes, or NULL with the error printed. */
static GBytes *
render_chart (RpPlan      *plan,
              RpDate       week_start,
              ChartFormat  format,
              const char  *out_path,
              int          width,
              int          height)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  cairo_surface_t *surface = create_surface (format, out, width, height);
  cairo_status_t status = cairo_surface_status (surface);
  RpChartStyle style;

  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_t *cr = cairo_create (surface);

      rp_chart_style_init_default (&style);
      rp_chart_draw (cr, plan, week_start, width, height, &style);
      status = cairo_status (cr);
      cairo_destroy (cr);
    }
  if (status == CAIRO_STATUS_SUCCESS && format == FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, append_to_array, out);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      rp_cli_data_error (out_path, _("cannot draw the chart: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* The reason of a failed write, without GIO's repetition of the path. */
static const char *
write_failure (const GError *error)
{
  static const struct { int code; int errnum; } reasons[] = {
    { G_IO_ERROR_NOT_FOUND, ENOENT },
    { G_IO_ERROR_PERMISSION_DENIED, EACCES },
    { G_IO_ERROR_IS_DIRECTORY, EISDIR },
    { G_IO_ERROR_NOT_DIRECTORY, ENOTDIR },
    { G_IO_ERROR_NO_SPACE, ENOSPC },
    { G_IO_ERROR_READ_ONLY, EROFS },
  };

  if (error->domain == G_IO_ERROR)
    for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
      if (error->code == reasons[i].code)
        return g_strerror (reasons[i].errnum);
  return error->message;
}

/* Local files as plans are written (rp-atomic-file.h): GIO's replace
 * renames a half-written image over a good one when a write fails. */
static gboolean
write_chart (const char  *out_path,
             GBytes      *bytes,
             GError     **error)
{
  g_autoptr(GFile) file = NULL;
  const char *path = out_path;
  gconstpointer data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (rp_cli_is_uri (out_path))
    {
      file = g_file_new_for_uri (out_path);
      path = g_file_peek_path (file);
    }
  if (path != NULL)
    return rp_atomic_file_replace (path, data != NULL ? data : "", size, NULL, FALSE, NULL,
                                   NULL, error);
  return g_file_replace_contents (file, data, size, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}

/* Drawn in memory, then written in one atomic replace: a failed write
 * (no such directory, a full disk) leaves the old image or none, and says
 * why. */
static int
draw_chart (RpPlan      *plan,
            RpDate       week_start,
            ChartFormat  format,
            const char  *out_path,
            int          width,
            int          height)
{
  g_autoptr(GBytes) bytes = render_chart (plan, week_start, format, out_path, width, height);
  g_autoptr(GError) error = NULL;

  if (bytes == NULL)
    return RP_CLI_EXIT_DATA;
  if (!write_chart (out_path, bytes, &error))
    return rp_cli_data_error (out_path, _("cannot write the chart: %s"), write_failure (error));
  return RP_CLI_EXIT_OK;
}

static int
chart_plan (const char  *path,
            const char  *week_text,
            RpDate       week_date,
            ChartFormat  format,
            const char  *out_path,
            int          width,
            int          height)
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
  ChartFormat format;
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
  else if (options.size && !parse_size (options.size, &width, &height))
    status = rp_cli_usage_error (command, _("malformed size “%s” (e.g. 800x300, at most %d)"),
                                 options.size, MAX_SIDE);
  else if (!in_range)
    status = rp_cli_date_range_error (args.args[0], options.week);
  else
    status = chart_plan (args.args[0], options.week, date, format, options.output, width, height);

  rp_cli_args_clear (&args);
  chart_options_clear (&options);
  return status;
}
