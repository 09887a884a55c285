/* rp-export-chart.c — the intensity chart of a range as PNG, SVG or PDF
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

#define G_LOG_DOMAIN "rp-export"

#include "config.h"

#include "rp-export.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "rp-chart.h"
#include "rp-date.h"
#include "rp-png.h"

/* Room for the dates above each week of a chart of several weeks. */
#define TITLE_HEIGHT 28
/* cairo's largest image side. */
#define MAX_IMAGE_SIDE 32767

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* cairo dates a PDF now; with SOURCE_DATE_EPOCH (a reproducible export,
 * as the FIT files' time_created) it is that time, so the CLI and the
 * app write the same bytes. */
static cairo_surface_t *
create_pdf_surface (GByteArray *out,
                    double      width,
                    double      height)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to_array, out,
                                                                  width, height);
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *iso = NULL;
  char *end;

  if (epoch == NULL || !g_ascii_isdigit (epoch[0]))
    return surface;
  time = g_date_time_new_from_unix_utc (g_ascii_strtoll (epoch, &end, 10));
  if (*end != '\0' || time == NULL)
    return surface;
  iso = g_date_time_format (time, "%Y-%m-%dT%H:%M:%SZ");
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, iso);
  return surface;
}

/* SVG and PDF surfaces write into out as they are finished (a PNG is
 * drawn a row at a time by draw_png). */
static cairo_surface_t *
create_surface (RpExportChartFormat  format,
                GByteArray          *out,
                double               width,
                double               height)
{
  switch (format)
    {
    case RP_EXPORT_CHART_SVG:
      return cairo_svg_surface_create_for_stream (append_to_array, out, width, height);
    case RP_EXPORT_CHART_PDF:
      return create_pdf_surface (out, width, height);
    case RP_EXPORT_CHART_PNG:
    default:
      return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
    }
}

/* "28 March 2027 – 3 April 2027" above a week's chart. */
static void
draw_title (cairo_t            *cr,
            PangoLayout        *layout,
            RpDate              week_start,
            const RpChartStyle *style)
{
  g_autofree char *from = rp_date_format_day_month (week_start);
  g_autofree char *to = rp_date_format_day_month (week_start + 6);
  g_autofree char *text = NULL;
  char iso[RP_DATE_ISO_LEN];
  int w, h;

  /* Translators: the dates of a week above its chart: "Week of 28 Mar – 3 Apr (2027-03-28)" */
  text = g_strdup_printf (_("Week of %s – %s (%s)"), from, to, rp_date_to_iso (week_start, iso));
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_set_source_rgba (cr, style->foreground[0], style->foreground[1],
                         style->foreground[2], style->foreground[3]);
  cairo_move_to (cr, 8, MAX (0, (TITLE_HEIGHT - h) / 2));
  pango_cairo_show_layout (cr, layout);
}

static PangoLayout *
create_title_layout (cairo_t *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans Bold");

  pango_font_description_set_absolute_size (font, 13 * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  return layout;
}

/* Weeks first_week..first_week + n - 1, one per row from the top; with a
 * title above each when titled. */
static void
draw_rows (cairo_t            *cr,
           RpPlan             *plan,
           guint               first_week,
           guint               n,
           gboolean            titled,
           int                 week_width,
           int                 week_height,
           double              max_load,
           const RpChartStyle *style)
{
  g_autoptr(PangoLayout) layout = titled ? create_title_layout (cr) : NULL;
  double row_height = week_height + (titled ? TITLE_HEIGHT : 0);

  for (guint i = 0; i < n; i++)
    {
      RpDate week_start = rp_plan_get_week_start (plan, first_week + i);

      cairo_save (cr);
      cairo_translate (cr, 0, i * row_height);
      if (titled)
        {
          draw_title (cr, layout, week_start, style);
          cairo_translate (cr, 0, TITLE_HEIGHT);
        }
      rp_chart_draw_scaled (cr, plan, week_start, week_width, week_height, max_load, style);
      cairo_restore (cr);
    }
}

static gboolean
check_size (RpExportChartFormat   format,
            guint                 n_weeks,
            double                height,
            GError              **error)
{
  if (format == RP_EXPORT_CHART_PDF)
    return TRUE;
  if (n_weeks > RP_EXPORT_CHART_MAX_IMAGE_WEEKS)
    {
      g_set_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_RANGE,
                   _("%u weeks is more than a PNG or SVG chart holds (%d); a PDF holds any range"),
                   n_weeks, RP_EXPORT_CHART_MAX_IMAGE_WEEKS);
      return FALSE;
    }
  if (height > MAX_IMAGE_SIDE)
    {
      g_set_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_RANGE,
                   _("a chart of %u weeks this tall would be %.0f pixels high, more than %d"),
                   n_weeks, height, MAX_IMAGE_SIDE);
      return FALSE;
    }
  return TRUE;
}

/* Draws every row, a PDF page by page; the surface's status after. */
static cairo_status_t
draw_chart (cairo_surface_t     *surface,
            RpPlan              *plan,
            guint                first_week,
            guint                n_weeks,
            RpExportChartFormat  format,
            int                  week_width,
            int                  week_height)
{
  cairo_t *cr = cairo_create (surface);
  gboolean titled = n_weeks > 1;
  guint per_page = format == RP_EXPORT_CHART_PDF ? RP_EXPORT_CHART_WEEKS_PER_PAGE : n_weeks;
  RpChartStyle style;
  cairo_status_t status;
  /* The plan's scale, as the app draws every week (rp_chart_draw reads
   * the whole plan for it: once, not once a week). */
  double max_load = rp_chart_get_plan_max_load (plan);

  rp_chart_style_init_default (&style);
  for (guint done = 0; done < n_weeks; done += per_page)
    {
      draw_rows (cr, plan, first_week + done, MIN (per_page, n_weeks - done), titled,
                 week_width, week_height, max_load, &style);
      if (format == RP_EXPORT_CHART_PDF)
        cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  return status;
}

/* A PNG drawn a week's row at a time into one small surface and written
 * as it goes: a season at 800 × 300 is 17,000 rows, 54 MB as one image
 * (much of its time was the kernel handing out those pages); a row is
 * 1 MB, reused. Each row is cleared and clipped to itself, as it is
 * within a whole image (the chart stays inside its size). */
static GBytes *
draw_png (RpPlan   *plan,
          guint     first_week,
          guint     n_weeks,
          int       week_width,
          int       week_height,
          GError  **error)
{
  gboolean titled = n_weeks > 1;
  int row_height = week_height + (titled ? TITLE_HEIGHT : 0);
  cairo_surface_t *band = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, week_width, row_height);
  cairo_t *cr = cairo_create (band);
  g_autoptr(RpPngWriter) writer = rp_png_writer_new (week_width, row_height * n_weeks, TRUE);
  double max_load = rp_chart_get_plan_max_load (plan);
  g_autoptr(GError) png_error = NULL;
  RpChartStyle style;
  cairo_status_t status = cairo_status (cr);

  rp_chart_style_init_default (&style);
  for (guint i = 0; i < n_weeks && status == CAIRO_STATUS_SUCCESS && png_error == NULL; i++)
    {
      cairo_save (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_restore (cr);
      draw_rows (cr, plan, first_week + i, 1, titled, week_width, week_height, max_load, &style);
      status = cairo_status (cr);
      if (status == CAIRO_STATUS_SUCCESS)
        rp_png_writer_add_rows (writer, band, row_height, &png_error);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (band);

  if (status != CAIRO_STATUS_SUCCESS)
    g_set_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_DRAW,
                 _("cannot draw the chart: %s"), cairo_status_to_string (status));
  else if (png_error != NULL)
    g_set_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_DRAW,
                 _("cannot draw the chart: %s"), png_error->message);
  else
    return rp_png_writer_finish (writer, error);
  return NULL;
}

GBytes *
rp_export_chart (RpPlan               *plan,
                 RpDate                first,
                 RpDate                last,
                 RpExportChartFormat   format,
                 int                   week_width,
                 int                   week_height,
                 GError              **error)
{
  g_autoptr(GByteArray) out = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  guint first_week, n_weeks, rows;
  double height;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (week_width > 0 && week_height > 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!rp_export_check_range (plan, first, last, error))
    return NULL;
  first_week = rp_plan_get_week_index (plan, first);
  n_weeks = rp_plan_get_week_index (plan, last) - first_week + 1;
  rows = format == RP_EXPORT_CHART_PDF ? MIN (n_weeks, RP_EXPORT_CHART_WEEKS_PER_PAGE) : n_weeks;
  height = rows * (double) (week_height + (n_weeks > 1 ? TITLE_HEIGHT : 0));
  if (!check_size (format, n_weeks, height, error))
    return NULL;

  if (format == RP_EXPORT_CHART_PNG)
    return draw_png (plan, first_week, n_weeks, week_width, week_height, error);

  out = g_byte_array_new ();
  surface = create_surface (format, out, week_width, height);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = draw_chart (surface, plan, first_week, n_weeks, format, week_width, week_height);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_DRAW,
                   _("cannot draw the chart: %s"), cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}
