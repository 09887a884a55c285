/* rp-chart-season.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-chart"

#include "config.h"

#include "rp-chart-season.h"

#include <math.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "rp-date.h"
#include "rp-thresholds.h"

#define MIN_FONT_PX 7.0
#define MAX_FONT_PX 13.0
/* The ACWR heuristic's band, up to where the acwr-high warning starts. */
#define BAND_LOW  (RP_THRESHOLD_ACWR_LOW_TENTHS / 10.0)
#define BAND_HIGH (RP_THRESHOLD_ACWR_HIGH_TENTHS / 10.0)
/* Room on each scale above the plan's largest figure. */
#define HEADROOM 1.08

typedef struct
{
  cairo_t               *cr;
  PangoLayout           *text;   /* NULL: no text */
  const RpChartStyle    *style;
  const RpSeasonSummary *summary;
  RpChartLayout          layout;
  guint                  first;  /* first visible week of the summary */
  guint                  n;      /* visible weeks */
  double                 column; /* width of one week */
} Painter;

/* Left: the volume axis; right: the load axis. Width alone decides. */
static void
columns_for (double  width,
             double *out_x,
             double *out_w)
{
  double axis = width >= 240 ? CLAMP (width * 0.06, 36, 56) : 0;
  double pad = CLAMP (floor (width * 0.01), 1, 8);

  *out_x = pad + axis;
  *out_w = MAX (0, width - 2 * (pad + axis));
}

void
rp_chart_season_get_layout (double         width,
                            double         height,
                            RpChartLayout *out)
{
  double px = MIN (height / 22, width / 50);
  double line, pad = CLAMP (floor (height * 0.02), 1, 8);

  g_return_if_fail (out != NULL);

  *out = (RpChartLayout) { 0 };
  out->font_px = px < MIN_FONT_PX ? 0 : MIN (px, MAX_FONT_PX);
  line = ceil (out->font_px * 1.4);
  columns_for (width, &out->plot.x, &out->plot.width);

  out->plot.y = pad;
  out->plot.height = MAX (0, height - 2 * pad);
  if (out->font_px > 0 && height - 2 * pad > 6 * line)
    {
      out->header = (RpChartRect) { out->plot.x, pad, out->plot.width, line };
      out->labels = (RpChartRect) { out->plot.x, height - pad - line, out->plot.width, line };
      out->plot.y = pad + line + ceil (line / 2);
      out->plot.height = MAX (0, out->labels.y - 2 - out->plot.y);
    }
}

/* The top strip of the plot holds the race flags, the bottom one the
 * warning marks; the scales use what is between. */
static double
strip_for (const RpChartLayout *l)
{
  return CLAMP (floor (l->plot.height * 0.06), 2, 10);
}

double
rp_chart_season_load_y (const RpSeasonSummary *summary,
                        const RpChartLayout   *l,
                        double                 load)
{
  double strip = strip_for (l);
  double top = l->plot.y + strip, bottom = l->plot.y + l->plot.height - strip;
  double max = summary->max_load > 0 ? summary->max_load * HEADROOM : 1;

  return bottom - (bottom - top) * MIN (load, max) / max;
}

double
rp_chart_season_volume_y (const RpSeasonSummary *summary,
                          const RpChartLayout   *l,
                          gint64                 volume_m)
{
  double strip = strip_for (l);
  double top = l->plot.y + strip, bottom = l->plot.y + l->plot.height - strip;
  double max = summary->max_volume_m > 0 ? summary->max_volume_m * HEADROOM : 1;

  return bottom - (bottom - top) * MIN (volume_m, max) / max;
}

char *
rp_chart_season_format_band_label (void)
{
  /* Translators: the shaded band of the season chart, "ACWR 0.8–1.3
   * (heuristic)"; ACWR is the acute:chronic workload ratio, a rough
   * guide, not a rule; the figures are the band's ends */
  return g_strdup_printf (_("ACWR %.1f–%.1f (heuristic)"), BAND_LOW, BAND_HIGH);
}

static void
set_source (cairo_t      *cr,
            const double  rgba[4],
            double        alpha)
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3] * alpha);
}

static double
column_x (Painter *p,
          guint    i)
{
  return p->layout.plot.x + i * p->column;
}

static void
draw_band (Painter *p)
{
  for (guint i = 0; i < p->n; i++)
    {
      const RpSeasonWeek *w = &p->summary->weeks[p->first + i];
      double y_high, y_low;

      if (w->chronic <= 0)
        continue;
      y_high = rp_chart_season_load_y (p->summary, &p->layout, BAND_HIGH * w->chronic);
      y_low = rp_chart_season_load_y (p->summary, &p->layout, BAND_LOW * w->chronic);
      cairo_rectangle (p->cr, column_x (p, i), y_high, p->column, y_low - y_high);
    }
  set_source (p->cr, p->style->accent, 0.22);
  cairo_fill (p->cr);
}

static void
draw_bars (Painter *p)
{
  double bar = MAX (p->column * 0.6, MIN (p->column, 1));
  double bottom = rp_chart_season_volume_y (p->summary, &p->layout, 0);

  for (guint i = 0; i < p->n; i++)
    {
      const RpSeasonWeek *w = &p->summary->weeks[p->first + i];
      double y = rp_chart_season_volume_y (p->summary, &p->layout, w->volume_m);

      if (w->volume_m > 0)
        cairo_rectangle (p->cr, column_x (p, i) + (p->column - bar) / 2, y, bar, bottom - y);
    }
  set_source (p->cr, p->style->classes[RP_INTENSITY_EASY], 0.85);
  cairo_fill (p->cr);

  /* Targets: a tick a little wider than the bar. */
  for (guint i = 0; i < p->n; i++)
    {
      const RpSeasonWeek *w = &p->summary->weeks[p->first + i];
      double y = round (rp_chart_season_volume_y (p->summary, &p->layout, w->target_m));

      cairo_rectangle (p->cr, column_x (p, i) + p->column * 0.1, y - 1, p->column * 0.8, 2);
    }
  set_source (p->cr, p->style->foreground, 0.9);
  cairo_fill (p->cr);
}

static void
draw_load_lines (Painter *p)
{
  static const double dash[] = { 4, 3 };

  cairo_set_line_width (p->cr, 2);
  cairo_set_line_join (p->cr, CAIRO_LINE_JOIN_ROUND);
  for (guint i = 0; i < p->n; i++)
    cairo_line_to (p->cr, column_x (p, i) + p->column / 2,
                   rp_chart_season_load_y (p->summary, &p->layout,
                                           p->summary->weeks[p->first + i].load));
  set_source (p->cr, p->style->classes[RP_INTENSITY_INTERVAL], 1);
  cairo_stroke (p->cr);

  cairo_set_dash (p->cr, dash, G_N_ELEMENTS (dash), 0);
  for (guint i = 0; i < p->n; i++)
    {
      const RpSeasonWeek *w = &p->summary->weeks[p->first + i];
      double x = column_x (p, i) + p->column / 2;
      double y = rp_chart_season_load_y (p->summary, &p->layout, w->chronic);

      if (w->chronic > 0)
        cairo_line_to (p->cr, x, y);
      else
        cairo_new_sub_path (p->cr);
    }
  set_source (p->cr, p->style->accent, 1);
  cairo_stroke (p->cr);
  cairo_set_dash (p->cr, NULL, 0, 0);
}

/* A flag on top of each race week, a triangle at the bottom of each week
 * with warnings. */
static void
draw_marks (Painter *p)
{
  double strip = strip_for (&p->layout);
  double size = MIN (strip, p->column);
  double top = p->layout.plot.y, bottom = p->layout.plot.y + p->layout.plot.height;

  for (guint i = 0; i < p->n; i++)
    {
      double mid = column_x (p, i) + p->column / 2;

      if (p->summary->weeks[p->first + i].race)
        {
          cairo_rectangle (p->cr, column_x (p, i), top, p->column, strip);
          cairo_rectangle (p->cr, mid - 0.5, top, 1, p->layout.plot.height);
        }
      (void) size;
    }
  set_source (p->cr, p->style->classes[RP_INTENSITY_RACE], 1);
  cairo_fill (p->cr);

  for (guint i = 0; i < p->n; i++)
    {
      double mid = column_x (p, i) + p->column / 2;

      if (p->summary->weeks[p->first + i].warnings == 0)
        continue;
      cairo_move_to (p->cr, mid, bottom - size);
      cairo_line_to (p->cr, mid + size / 2, bottom);
      cairo_line_to (p->cr, mid - size / 2, bottom);
      cairo_close_path (p->cr);
    }
  set_source (p->cr, p->style->warning, 1);
  cairo_fill (p->cr);
}

static void
show_text (Painter    *p,
           const char *text,
           double      x,
           double      y,
           int        *out_w)
{
  int w, h;

  pango_layout_set_text (p->text, text, -1);
  pango_layout_get_pixel_size (p->text, &w, &h);
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, p->text);
  if (out_w != NULL)
    *out_w = w;
}

/* The legend: a swatch and a name per part, the band's label last. */
static void
draw_legend (Painter *p,
             RpUnit   unit)
{
  const RpChartRect *h = &p->layout.header;
  /* Translators: the season chart's line of the load of the last 7 days */
  g_autofree char *acute = g_strdup_printf (_("%d-day load"), RP_THRESHOLD_ACWR_ACUTE_DAYS);
  /* Translators: the season chart's line of the weekly average load of
   * the last 28 days */
  g_autofree char *chronic = g_strdup_printf (_("%d-day load"), RP_THRESHOLD_ACWR_CHRONIC_DAYS);
  g_autofree char *band = rp_chart_season_format_band_label ();
  const char *names[] = {
    unit == RP_UNIT_MI ? _("Volume (mi)") : _("Volume (km)"),
    _("Target"),
    acute,
    chronic,
    band,
  };
  const double *colours[] = {
    p->style->classes[RP_INTENSITY_EASY],
    p->style->foreground,
    p->style->classes[RP_INTENSITY_INTERVAL],
    p->style->accent,
    p->style->accent,
  };
  double x = h->x, swatch = round (p->layout.font_px * 0.8);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      int w;

      cairo_rectangle (p->cr, x, h->y + (h->height - swatch) / 2, swatch, swatch);
      set_source (p->cr, colours[i], i == G_N_ELEMENTS (names) - 1 ? 0.35 : 1);
      cairo_fill (p->cr);
      x += swatch + 4;
      set_source (p->cr, p->style->foreground, 1);
      show_text (p, names[i], x, h->y, &w);
      x += w + p->layout.font_px;
      if (x > h->x + h->width)
        break;
    }
}

/* Month names under the plot, as many as fit without overlapping. */
static void
draw_months (Painter *p)
{
  double next_x = -G_MAXDOUBLE;

  set_source (p->cr, p->style->foreground, 0.8);
  for (guint i = 0; i < p->n; i++)
    {
      RpDate start = p->summary->start + 7 * (p->first + i);
      GDate date;
      char text[32];
      int w;

      rp_date_to_gdate (start, &date);
      if (i > 0 && g_date_get_day (&date) > 7)
        continue;
      if (column_x (p, i) < next_x)
        continue;
      g_date_strftime (text, sizeof text, g_date_get_month (&date) == G_DATE_JANUARY || i == 0
                                            ? "%b %Y" : "%b", &date);
      show_text (p, text, column_x (p, i), p->layout.labels.y, &w);
      next_x = column_x (p, i) + w + p->layout.font_px;
    }
}

/* Figures of the two axes at their tops. */
static void
draw_axes (Painter *p,
           RpUnit   unit)
{
  double unit_m = unit == RP_UNIT_MI ? RP_METRES_PER_MILE : 1000.0;
  char text[32];
  int w;

  set_source (p->cr, p->style->foreground, 0.8);
  g_snprintf (text, sizeof text, "%.0f", p->summary->max_volume_m * HEADROOM / unit_m);
  pango_layout_set_text (p->text, text, -1);
  pango_layout_get_pixel_size (p->text, &w, NULL);
  show_text (p, text, p->layout.plot.x - w - 4, p->layout.plot.y, NULL);
  g_snprintf (text, sizeof text, "%.0f", p->summary->max_load * HEADROOM);
  show_text (p, text, p->layout.plot.x + p->layout.plot.width + 4, p->layout.plot.y, NULL);
}

static void
visible_weeks (const RpSeasonSummary *summary,
               RpDate                 from,
               RpDate                 to,
               guint                 *out_first,
               guint                 *out_n)
{
  gint64 first = ((gint64) from - summary->start) / 7;
  gint64 last = ((gint64) to - summary->start) / 7;

  if (from < summary->start)
    first = 0;
  first = CLAMP (first, 0, (gint64) summary->n_weeks - 1);
  last = CLAMP (last, first, (gint64) summary->n_weeks - 1);
  *out_first = first;
  *out_n = last - first + 1;
}

void
rp_chart_season_draw_summary (cairo_t               *cr,
                              const RpSeasonSummary *summary,
                              RpUnit                 unit,
                              RpDate                 from,
                              RpDate                 to,
                              double                 width,
                              double                 height,
                              const RpChartStyle    *style)
{
  RpChartStyle default_style;
  Painter p = { 0 };

  g_return_if_fail (cr != NULL);
  g_return_if_fail (summary != NULL);

  if (style == NULL)
    {
      rp_chart_style_init_default (&default_style);
      style = &default_style;
    }
  if (style->background[3] > 0)
    {
      set_source (cr, style->background, 1);
      cairo_rectangle (cr, 0, 0, width, height);
      cairo_fill (cr);
    }
  if (summary->n_weeks == 0)
    return;

  p.cr = cr;
  p.style = style;
  p.summary = summary;
  rp_chart_season_get_layout (width, height, &p.layout);
  visible_weeks (summary, from, to, &p.first, &p.n);
  p.column = p.layout.plot.width / p.n;
  if (p.layout.plot.width < 1 || p.layout.plot.height < 1)
    return;

  cairo_save (cr);
  draw_band (&p);
  draw_bars (&p);
  draw_load_lines (&p);
  draw_marks (&p);

  if (p.layout.font_px > 0 && p.layout.header.height > 0)
    {
      PangoFontDescription *font = pango_font_description_from_string ("Sans");

      p.text = pango_cairo_create_layout (cr);
      pango_font_description_set_absolute_size (font, p.layout.font_px * PANGO_SCALE);
      pango_layout_set_font_description (p.text, font);
      pango_font_description_free (font);

      draw_legend (&p, unit);
      draw_months (&p);
      if (p.layout.plot.x >= 36)
        draw_axes (&p, unit);
      g_object_unref (p.text);
    }
  cairo_restore (cr);
}

void
rp_chart_season_draw (cairo_t            *cr,
                      RpPlan             *plan,
                      RpDate              from,
                      RpDate              to,
                      double              width,
                      double              height,
                      const RpChartStyle *style)
{
  g_autoptr(RpSeasonSummary) summary = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (RP_IS_PLAN (plan));

  summary = rp_season_summary_new (plan);
  rp_chart_season_draw_summary (cr, summary, rp_athlete_get_unit (rp_plan_get_athlete (plan)),
                                from, to, width, height, style);
}

/* The first week (an index from plan_start, negative before it) and the
 * number of weeks of a chart of from..to, as the draw clamps them. */
static void
chart_weeks (RpDate  plan_start,
             RpDate  from,
             RpDate  to,
             gint64 *out_first,
             gint64 *out_n)
{
  gint64 first, last;

  first = ((gint64) from - (gint64) plan_start) / 7;
  if (from < plan_start && ((gint64) plan_start - (gint64) from) % 7 != 0)
    first--;
  last = MAX (first, ((gint64) to - (gint64) plan_start) / 7);
  *out_first = first;
  *out_n = last - first + 1;
}

gboolean
rp_chart_season_get_week_extent (RpDate  plan_start,
                                 RpDate  from,
                                 RpDate  to,
                                 double  width,
                                 RpDate  week,
                                 double *out_x,
                                 double *out_width)
{
  double plot_x, plot_w;
  gint64 first, n, i;

  g_return_val_if_fail (out_x != NULL && out_width != NULL, FALSE);

  chart_weeks (plan_start, from, to, &first, &n);
  columns_for (width, &plot_x, &plot_w);
  if (plot_w <= 0 || week < plan_start)
    return FALSE;
  i = ((gint64) week - (gint64) plan_start) / 7 - first;
  if (i < 0 || i >= n)
    return FALSE;

  *out_x = plot_x + i * (plot_w / n);
  *out_width = plot_w / n;
  return TRUE;
}

guint
rp_chart_season_fit_weeks (double width,
                           double min_column)
{
  double plot_x, plot_w;

  g_return_val_if_fail (min_column > 0, 1);

  columns_for (width, &plot_x, &plot_w);
  return (guint) MAX (1, floor (plot_w / min_column));
}

RpDate
rp_chart_season_week_at (RpDate plan_start,
                         RpDate from,
                         RpDate to,
                         double width,
                         double x)
{
  double plot_x, plot_w;
  gint64 first, n, i;

  chart_weeks (plan_start, from, to, &first, &n);
  columns_for (width, &plot_x, &plot_w);
  if (plot_w <= 0 || x < plot_x || x >= plot_x + plot_w)
    return RP_DATE_INVALID;

  i = (gint64) floor ((x - plot_x) / (plot_w / n));
  return plan_start + 7 * (first + MIN (i, n - 1));
}
