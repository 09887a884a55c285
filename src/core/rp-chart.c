/* rp-chart.c
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

#define G_LOG_DOMAIN "rp-chart"

#include "config.h"

#include "rp-chart.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-load.h"
#include "rp-planner.h"
#include "rp-thresholds.h"
#include "rp-warning.h"

#define N_DAYS 7
/* The gauge's marker: the low-intensity-share warning's limit. */
#define LOW_INTENSITY_GOAL (RP_THRESHOLD_LOW_INTENSITY_MIN_PCT / 100.0)

/* Below this font size (px) the chart draws no text at all: bars and the
 * share gauge stay readable, glyphs would not. */
#define MIN_FONT_PX 7.0
#define MAX_FONT_PX 14.0

typedef struct
{
  guint       n;
  double      load[RP_MAX_WORKOUTS_PER_DAY];
  RpIntensity intensity[RP_MAX_WORKOUTS_PER_DAY];
  double      total;
} DayBar;

typedef struct
{
  double font_px;   /* 0: no text */
  double line;      /* height of one text row */
  double pad_x;     /* left and right padding */
  double plot_x;
  double plot_y;
  double plot_w;
  double plot_h;
  double gauge_y;
  double gauge_h;   /* 0: no gauge */
  double labels_y;  /* weekday labels; used only with text */
  double header_y;  /* the axis title and the legend; < 0: none */
} Layout;

typedef struct
{
  cairo_t            *cr;
  PangoLayout        *text;  /* NULL: no text */
  const RpChartStyle *style;
  Layout              layout;
} Painter;

/* GNOME HIG palette: each class gets its own hue family, ordered from
 * cool (easy) to hot (hard) so the bar reads at a glance. */
static const double default_classes[RP_N_INTENSITIES][4] = {
  [RP_INTENSITY_REST]      = { 0xde / 255., 0xdd / 255., 0xda / 255., 1 }, /* Light 3 */
  [RP_INTENSITY_RECOVERY]  = { 0x62 / 255., 0xa0 / 255., 0xea / 255., 1 }, /* Blue 2 */
  [RP_INTENSITY_EASY]      = { 0x33 / 255., 0xd1 / 255., 0x7a / 255., 1 }, /* Green 3 */
  [RP_INTENSITY_LONG]      = { 0x91 / 255., 0x41 / 255., 0xac / 255., 1 }, /* Purple 3 */
  [RP_INTENSITY_THRESHOLD] = { 0xf5 / 255., 0xc2 / 255., 0x11 / 255., 1 }, /* Yellow 4 */
  [RP_INTENSITY_INTERVAL]  = { 0xff / 255., 0x78 / 255., 0x00 / 255., 1 }, /* Orange 3 */
  [RP_INTENSITY_RACE]      = { 0xe0 / 255., 0x1b / 255., 0x24 / 255., 1 }, /* Red 3 */
};

static void
set_rgba (double       dst[4],
          const double src[4])
{
  memcpy (dst, src, 4 * sizeof (double));
}

static void
set_source (cairo_t      *cr,
            const double  rgba[4],
            double        alpha)
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3] * alpha);
}

void
rp_chart_style_init_default (RpChartStyle *style)
{
  static const double foreground[4] = { 0x24 / 255., 0x1f / 255., 0x31 / 255., 1 }; /* Dark 4 */
  static const double background[4] = { 0, 0, 0, 0 };
  static const double accent[4] = { 0x1a / 255., 0x5f / 255., 0xb4 / 255., 1 };     /* Blue 5 */
  /* libadwaita's warning_color of the light style. */
  static const double warning[4] = { 0x9c / 255., 0x6e / 255., 0x03 / 255., 1 };

  g_return_if_fail (style != NULL);

  set_rgba (style->foreground, foreground);
  set_rgba (style->background, background);
  set_rgba (style->accent, accent);
  set_rgba (style->warning, warning);
  for (guint i = 0; i < RP_N_INTENSITIES; i++)
    set_rgba (style->classes[i], default_classes[i]);
}

/* The horizontal layout depends on the width alone, so rp_chart_day_at
 * can answer without the plan, the font or the height. */
static double
axis_width_for (double width)
{
  return width >= 240 ? CLAMP (width * 0.06, 40, 56) : 0;
}

static double
padding_for (double extent)
{
  return CLAMP (floor (extent * 0.02), 1, 12);
}

static void
columns_for (double  width,
             double *out_x,
             double *out_w)
{
  double pad = padding_for (width);

  *out_x = pad + axis_width_for (width);
  *out_w = MAX (0, width - *out_x - pad);
}

static double
font_px_for (double width,
             double height)
{
  double px = MIN (height / 20, width / 40);

  return px < MIN_FONT_PX ? 0 : MIN (px, MAX_FONT_PX);
}

static void
compute_layout (double  width,
                double  height,
                Layout *l)
{
  double pad = padding_for (height);
  double bottom;

  columns_for (width, &l->plot_x, &l->plot_w);
  l->pad_x = padding_for (width);
  l->font_px = font_px_for (width, height);
  l->line = ceil (l->font_px * 1.4);
  l->header_y = -1;

  if (l->font_px > 0)
    {
      /* Everything but the weekdays on top, so nothing that explains the
       * bars sits where the window's toasts appear (its bottom). */
      l->gauge_y = pad;
      l->gauge_h = l->line;
      l->plot_y = l->gauge_y + l->gauge_h + ceil (l->line / 2);
      bottom = height - pad;
      l->labels_y = bottom - l->line;
      /* The axis title and legend only when the bars keep most of the
       * height; the top tick's figure needs half a line above the bars. */
      if (l->labels_y - 2 - (l->plot_y + 1.5 * l->line) >= 4 * l->line)
        {
          l->header_y = l->plot_y;
          l->plot_y += l->line + ceil (l->line / 2);
        }
      l->plot_h = MAX (0, floor (l->labels_y - 2 - l->plot_y));
      return;
    }

  /* No text: a thin gauge on top if there is room for it, then the bars. */
  l->gauge_h = height >= 16 ? MAX (2, floor (height * 0.06)) : 0;
  l->gauge_y = pad;
  l->plot_y = l->gauge_h > 0 ? l->gauge_y + l->gauge_h + pad : 0;
  l->plot_h = MAX (0, height - l->plot_y - (height >= 16 ? pad : 0));
  l->labels_y = height;
}

static void
collect_day (RpPlan *plan,
             RpDate  date,
             DayBar *bar)
{
  guint n = plan != NULL ? rp_plan_get_n_workouts (plan, date) : 0;

  bar->n = 0;
  bar->total = 0;
  for (guint i = 0; i < n && bar->n < RP_MAX_WORKOUTS_PER_DAY; i++)
    {
      RpWorkout *workout = rp_plan_get_workout (plan, date, i);
      const RpKindInfo *info = rp_kind_get_info (rp_workout_get_kind (workout));
      gint64 duration_s = rp_planner_workout_duration_s (plan, workout);
      double load;

      if (info->intensity == RP_INTENSITY_REST || duration_s <= 0)
        continue;
      load = rp_load_session (info->rpe, duration_s);
      if (!(load > 0) || !isfinite (load))
        continue;
      bar->load[bar->n] = load;
      bar->intensity[bar->n] = info->intensity;
      bar->n++;
      bar->total += load;
    }
}

static double
nice_step (double raw)
{
  double magnitude = pow (10, floor (log10 (raw)));
  double f = raw / magnitude;

  if (f <= 1)
    return magnitude;
  if (f <= 2)
    return 2 * magnitude;
  if (f <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

/* A tick step giving about one tick per 2.5 text lines (or 3 ticks
 * without text), and the axis maximum as a whole number of steps. */
static void
compute_scale (const Layout *l,
               double        max_load,
               double       *out_step,
               double       *out_max)
{
  double n_ticks = l->font_px > 0 ? CLAMP (l->plot_h / (2.5 * l->line), 1, 6) : 3;
  double top = max_load > 0 ? max_load : 100;

  *out_step = nice_step (top / n_ticks);
  *out_max = *out_step * MAX (1, ceil (top / *out_step - 1e-9));
}

static void
set_text (Painter    *p,
          const char *text,
          int        *out_w,
          int        *out_h)
{
  pango_layout_set_text (p->text, text, -1);
  pango_layout_get_pixel_size (p->text, out_w, out_h);
}

static void
show_text_at (Painter *p,
              double   x,
              double   y)
{
  cairo_move_to (p->cr, x, y);
  pango_cairo_show_layout (p->cr, p->text);
}

static void
draw_axis (Painter *p,
           double   step,
           double   scale_max)
{
  const Layout *l = &p->layout;
  double base = l->plot_y + l->plot_h;
  guint n = (guint) llround (scale_max / step);

  cairo_set_line_width (p->cr, 1);
  for (guint i = 0; i <= n; i++)
    {
      double y = round (base - i * step / scale_max * l->plot_h) - 0.5;
      char label[32];
      int w, h;

      set_source (p->cr, p->style->foreground, i == 0 ? 0.6 : 0.15);
      cairo_move_to (p->cr, l->plot_x, y);
      cairo_line_to (p->cr, l->plot_x + l->plot_w, y);
      cairo_stroke (p->cr);

      if (p->text == NULL || l->plot_x < 8)
        continue;
      g_snprintf (label, sizeof label, "%.0f", i * step);
      set_text (p, label, &w, &h);
      if (w > l->plot_x - 4)
        continue;
      set_source (p->cr, p->style->foreground, 0.8);
      show_text_at (p, l->plot_x - 4 - w, y - h / 2.0);
    }
}

static void
bar_columns (const Layout *l,
             guint         day,
             double       *out_x,
             double       *out_w)
{
  double slot = l->plot_w / N_DAYS;
  double left = round (l->plot_x + day * slot + slot * 0.2);
  double right = round (l->plot_x + (day + 1) * slot - slot * 0.2);

  if (right <= left)
    right = left + (slot >= 1 ? 1 : 0);
  *out_x = left;
  *out_w = right - left;
}

static void
draw_bars (Painter      *p,
           const DayBar  bars[N_DAYS],
           double        scale_max)
{
  const Layout *l = &p->layout;
  double base = l->plot_y + l->plot_h;

  for (guint d = 0; d < N_DAYS; d++)
    {
      double x, w, sum = 0;
      double bottom = round (base) - 1;

      bar_columns (l, d, &x, &w);
      for (guint i = 0; i < bars[d].n; i++)
        {
          double top;

          sum += bars[d].load[i];
          /* Rounded edges: segments meet without seams or overlap. */
          top = round (base - 1 - sum / scale_max * (l->plot_h - 1));
          if (top >= bottom)
            continue;
          set_source (p->cr, p->style->classes[bars[d].intensity[i]], 1);
          cairo_rectangle (p->cr, x, top, w, bottom - top);
          cairo_fill (p->cr);
          bottom = top;
        }
    }
}

static void
draw_weekdays (Painter *p,
               RpDate   week_start)
{
  const Layout *l = &p->layout;
  double slot = l->plot_w / N_DAYS;

  set_source (p->cr, p->style->foreground, 0.8);
  for (guint d = 0; d < N_DAYS; d++)
    {
      char name[64];
      g_autofree char *label = NULL;
      GDate date;
      int w, h;

      if (!rp_date_is_valid (week_start + d))
        continue;
      rp_date_to_gdate (week_start + d, &date);
      if (g_date_strftime (name, sizeof name, "%a", &date) == 0)
        continue;
      /* As the day columns name it, in the language's order ("Mo 7."). */
      label = rp_date_format_day_short (week_start + d);
      set_text (p, label, &w, &h);
      if (w > slot)
        set_text (p, name, &w, &h);
      if (w > slot)
        continue;
      show_text_at (p, l->plot_x + d * slot + (slot - w) / 2, l->labels_y);
    }
}

typedef struct
{
  gboolean known;
  double   share;
  gboolean warned;  /* the low-intensity warning is given */
} Share;

static void
week_share (RpPlan *plan,
            RpDate  week_start,
            Share  *out)
{
  const RpWeekSummary *summary = NULL;

  if (plan != NULL && rp_plan_contains (plan, week_start))
    summary = rp_plan_get_week_summary (plan, rp_plan_get_week_index (plan, week_start));
  out->known = summary != NULL && summary->duration_s > 0
               && isfinite (summary->low_intensity_share);
  out->share = out->known ? CLAMP (summary->low_intensity_share, 0, 1) : 0;
  out->warned = out->known
                && (summary->warnings & RP_WARNING_BIT (RP_WARNING_LOW_INTENSITY_SHARE)) != 0;
}

/* The week's low-intensity share as a filled track with a marker at the
 * 80 % goal. The fill is the easy class's colour whatever the share (one
 * colour, one meaning: low intensity); a share the week summary warns
 * about has its figure in the warning colour, as the summary has. */
static void
draw_gauge (Painter     *p,
            const Share *s)
{
  gboolean known = s->known;
  double share = s->share;
  const Layout *l = &p->layout;
  double track_x = l->plot_x;
  double track_w = l->plot_w;
  double bar_h = p->text != NULL ? round (l->gauge_h * 0.4) : l->gauge_h;
  double bar_y = round (l->gauge_y + (l->gauge_h - bar_h) / 2);
  double marker;

  if (p->text != NULL)
    {
      g_autofree char *label = NULL;
      int w, h;

      if (known)
        {
          /* As the low-intensity warning prints it. */
          g_autofree char *figure = rp_format_low_intensity_share (share);

          /* Translators: the week's share of running time at low intensity. */
          label = g_strdup_printf (_("Low intensity %s %% (goal %d %%)"),
                                   figure, RP_THRESHOLD_LOW_INTENSITY_MIN_PCT);
        }
      else
        /* Translators: no share known this week; the figure is the goal */
        label = g_strdup_printf (_("Low intensity — (goal %d %%)"),
                                 RP_THRESHOLD_LOW_INTENSITY_MIN_PCT);
      set_text (p, label, &w, &h);
      if (w + 24 <= l->plot_w)
        {
          if (s->warned)
            set_source (p->cr, p->style->warning, 1);
          else
            set_source (p->cr, p->style->foreground, 0.9);
          show_text_at (p, l->plot_x, l->gauge_y + (l->gauge_h - h) / 2);
          track_x = l->plot_x + w + ceil (l->line / 2);
          track_w = l->plot_x + l->plot_w - track_x;
        }
    }

  track_x = round (track_x);
  track_w = round (track_w);
  if (track_w < 2 || bar_h < 1)
    return;

  set_source (p->cr, p->style->foreground, 0.12);
  cairo_rectangle (p->cr, track_x, bar_y, track_w, bar_h);
  cairo_fill (p->cr);

  if (known && share > 0)
    {
      set_source (p->cr, p->style->classes[RP_INTENSITY_EASY], 1);
      cairo_rectangle (p->cr, track_x, bar_y, round (share * track_w), bar_h);
      cairo_fill (p->cr);
    }

  /* Edged in the text colour: the accent alone is as light as the easy
   * green in the dark style, and would vanish over the fill. */
  marker = round (track_x + LOW_INTENSITY_GOAL * track_w);
  set_source (p->cr, p->style->foreground, 1);
  cairo_rectangle (p->cr, marker - 2, l->gauge_y, 4, l->gauge_h);
  cairo_fill (p->cr);
  set_source (p->cr, p->style->accent, 1);
  cairo_rectangle (p->cr, marker - 1, l->gauge_y, 2, l->gauge_h);
  cairo_fill (p->cr);
}

const char *
rp_chart_get_class_label (RpIntensity intensity)
{
  switch (intensity)
    {
    case RP_INTENSITY_RECOVERY:
      return _("Recovery");
    case RP_INTENSITY_EASY:
      return _("Easy");
    case RP_INTENSITY_LONG:
      return _("Long");
    case RP_INTENSITY_THRESHOLD:
      return _("Threshold");
    case RP_INTENSITY_INTERVAL:
      return _("Interval");
    case RP_INTENSITY_RACE:
      return _("Race");
    case RP_INTENSITY_REST:
    case RP_N_INTENSITIES:
    default:
      return _("Rest");
    }
}

const char *
rp_chart_get_axis_title (void)
{
  /* Translators: the chart's y axis: session load, RPE times minutes. */
  return _("Load (RPE × min)");
}

/* The classes with a bar in the week, in class order. */
static guint
legend_of (const DayBar bars[N_DAYS],
           RpIntensity  out[RP_N_INTENSITIES])
{
  gboolean present[RP_N_INTENSITIES] = { FALSE };
  guint n = 0;

  for (guint d = 0; d < N_DAYS; d++)
    for (guint i = 0; i < bars[d].n; i++)
      present[bars[d].intensity[i]] = TRUE;
  for (guint i = 0; i < RP_N_INTENSITIES; i++)
    if (present[i])
      out[n++] = i;
  return n;
}

/* The axis's title over its figures on the left; on the right, a swatch
 * and name for each class the week has, if they fit beside it. */
static void
draw_header (Painter           *p,
             const RpIntensity *classes,
             guint              n_classes)
{
  const Layout *l = &p->layout;
  double swatch = round (l->font_px * 0.8);
  double gap = ceil (l->font_px / 2);
  double left = l->pad_x;
  double total = 0;
  double x;
  int widths[RP_N_INTENSITIES] = { 0 };
  int title_w, w, h;

  set_text (p, rp_chart_get_axis_title (), &title_w, &h);
  if (left + title_w > l->plot_x + l->plot_w)
    return;
  set_source (p->cr, p->style->foreground, 0.8);
  show_text_at (p, left, l->header_y + (l->line - h) / 2);

  for (guint i = 0; i < n_classes; i++)
    {
      set_text (p, rp_chart_get_class_label (classes[i]), &widths[i], &h);
      total += (i > 0 ? 2 * gap : 0) + swatch + gap + widths[i];
    }
  if (n_classes == 0 || left + title_w + 4 * gap + total > l->plot_x + l->plot_w)
    return;

  x = l->plot_x + l->plot_w - total;
  for (guint i = 0; i < n_classes; i++)
    {
      set_source (p->cr, p->style->classes[classes[i]], 1);
      cairo_rectangle (p->cr, round (x), round (l->header_y + (l->line - swatch) / 2),
                       swatch, swatch);
      cairo_fill (p->cr);
      x += swatch + gap;
      set_text (p, rp_chart_get_class_label (classes[i]), &w, &h);
      set_source (p->cr, p->style->foreground, 0.8);
      show_text_at (p, x, l->header_y + (l->line - h) / 2);
      x += widths[i] + 2 * gap;
    }
}

static PangoLayout *
create_text_layout (cairo_t *cr,
                    double   font_px)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, font_px * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  return layout;
}

static void
collect_week (RpPlan *plan,
              RpDate  week_start,
              DayBar  bars[N_DAYS],
              double *out_max)
{
  *out_max = 0;
  for (guint d = 0; d < N_DAYS; d++)
    {
      collect_day (rp_date_is_valid (week_start) ? plan : NULL, week_start + d, &bars[d]);
      *out_max = MAX (*out_max, bars[d].total);
    }
}

double
rp_chart_get_max_load (RpPlan *plan,
                       RpDate  first,
                       RpDate  last,
                       RpDate *out_date)
{
  double max_load = 0;
  RpDate max_date = RP_DATE_INVALID;

  g_return_val_if_fail (RP_IS_PLAN (plan), 0);

  first = MAX (first, rp_plan_get_start (plan));
  last = MIN (last, rp_plan_get_end (plan));
  for (RpDate date = first; rp_date_is_valid (date) && date <= last; date++)
    {
      DayBar bar;

      collect_day (plan, date, &bar);
      if (bar.total > max_load)
        {
          max_load = bar.total;
          max_date = date;
        }
    }
  if (out_date != NULL)
    *out_date = max_date;
  return max_load;
}

double
rp_chart_get_plan_max_load (RpPlan *plan)
{
  g_return_val_if_fail (RP_IS_PLAN (plan), 0);

  return rp_chart_get_max_load (plan, rp_plan_get_start (plan), rp_plan_get_end (plan), NULL);
}

static gboolean
size_is_drawable (double width,
                  double height)
{
  /* Also refuses NaN, infinities and absurd sizes. */
  return width >= 1 && height >= 1 && width <= 1e5 && height <= 1e5;
}

void
rp_chart_get_axis (double  width,
                   double  height,
                   double  max_load,
                   double *out_step,
                   double *out_top)
{
  Layout l = { 0 };

  g_return_if_fail (out_step != NULL && out_top != NULL);

  if (size_is_drawable (width, height))
    compute_layout (width, height, &l);
  compute_scale (&l, max_load, out_step, out_top);
}

guint
rp_chart_get_legend (RpPlan      *plan,
                     RpDate       week_start,
                     RpIntensity  out[RP_N_INTENSITIES])
{
  DayBar bars[N_DAYS];
  double week_max;

  g_return_val_if_fail (plan == NULL || RP_IS_PLAN (plan), 0);
  g_return_val_if_fail (out != NULL, 0);

  collect_week (plan, week_start, bars, &week_max);
  return legend_of (bars, out);
}

static void
set_rect (RpChartRect *rect,
          double       x,
          double       y,
          double       width,
          double       height)
{
  *rect = (RpChartRect) { x, y, MAX (0, width), MAX (0, height) };
}

void
rp_chart_get_layout (double         width,
                     double         height,
                     RpChartLayout *out)
{
  Layout l = { 0 };

  g_return_if_fail (out != NULL);

  memset (out, 0, sizeof *out);
  if (!size_is_drawable (width, height))
    return;
  compute_layout (width, height, &l);
  out->font_px = l.font_px;
  set_rect (&out->gauge, l.plot_x, l.gauge_y, l.plot_w, l.gauge_h);
  if (l.header_y >= 0)
    set_rect (&out->header, 0, l.header_y, width, l.line);
  set_rect (&out->plot, l.plot_x, l.plot_y, l.plot_w, l.plot_h);
  if (l.font_px > 0)
    set_rect (&out->labels, l.plot_x, l.labels_y, l.plot_w, l.line);
}

void
rp_chart_draw (cairo_t            *cr,
               RpPlan             *plan,
               RpDate              week_start,
               double              width,
               double              height,
               const RpChartStyle *style)
{
  g_return_if_fail (cr != NULL);
  g_return_if_fail (plan == NULL || RP_IS_PLAN (plan));

  if (!size_is_drawable (width, height))
    return;
  rp_chart_draw_scaled (cr, plan, week_start, width, height,
                        plan != NULL ? rp_chart_get_plan_max_load (plan) : 0, style);
}

void
rp_chart_draw_scaled (cairo_t            *cr,
                      RpPlan             *plan,
                      RpDate              week_start,
                      double              width,
                      double              height,
                      double              max_load,
                      const RpChartStyle *style)
{
  RpChartStyle default_style;
  DayBar bars[N_DAYS];
  RpIntensity classes[RP_N_INTENSITIES];
  Painter p = { cr, NULL, style, { 0 } };
  double week_max, step, scale_max;
  Share share;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (plan == NULL || RP_IS_PLAN (plan));

  if (!size_is_drawable (width, height))
    return;
  if (style == NULL)
    {
      rp_chart_style_init_default (&default_style);
      p.style = &default_style;
    }

  collect_week (plan, week_start, bars, &week_max);
  /* A stale scale from before an edit still holds this week's bars. */
  if (!(max_load >= week_max) || !isfinite (max_load))
    max_load = week_max;
  week_share (plan, week_start, &share);
  compute_layout (width, height, &p.layout);

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (p.style->background[3] > 0)
    {
      set_source (cr, p.style->background, 1);
      cairo_paint (cr);
    }
  if (p.layout.font_px > 0)
    p.text = create_text_layout (cr, p.layout.font_px);

  if (p.layout.plot_h >= 1 && p.layout.plot_w >= 1)
    {
      compute_scale (&p.layout, max_load, &step, &scale_max);
      draw_axis (&p, step, scale_max);
      draw_bars (&p, bars, scale_max);
    }
  if (p.layout.gauge_h > 0)
    draw_gauge (&p, &share);
  if (p.text != NULL)
    draw_weekdays (&p, week_start);
  if (p.text != NULL && p.layout.header_y >= 0)
    draw_header (&p, classes, legend_of (bars, classes));

  g_clear_object (&p.text);
  cairo_restore (cr);
}

int
rp_chart_day_at (double x,
                 double width)
{
  double plot_x, plot_w;
  int day;

  if (!(width >= 1 && width <= 1e5))
    return -1;
  columns_for (width, &plot_x, &plot_w);
  if (!(plot_w > 0 && x >= plot_x && x < plot_x + plot_w))
    return -1;
  day = (int) floor ((x - plot_x) / (plot_w / N_DAYS));
  return CLAMP (day, 0, N_DAYS - 1);
}
