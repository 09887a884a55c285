/* test-chart.c
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

/* G_LOG_DOMAIN comes from tests/meson.build. */
#include "config.h"

#include <math.h>
#include <string.h>

#include <cairo-pdf.h>
#include <cairo-svg.h>

#include "rp-chart.h"
#include "rp-date.h"
#include "rp-kind.h"
#include "rp-plan.h"
#include "rp-planner.h"
#include "rp-warning.h"

#define WIDTH 700
#define HEIGHT 300

/* 2026-11-23 is a Monday, the default week start. */
static RpDate
monday (void)
{
  return rp_date_from_ymd (2026, 11, 23);
}

static RpPlan *
plan_with (const RpKind *kinds,
           const int    *days,
           guint         n)
{
  RpPlan *plan = rp_plan_new (monday (), 2);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpWorkout) template = rp_workout_new (kinds[i]);

      g_assert_nonnull (rp_planner_place (plan, monday () + days[i], template, NULL));
    }
  rp_planner_fill (plan);
  return plan;
}

/* An opaque white chart style so every pixel is either white, text/axis,
 * or exactly a class colour inside a bar. */
static void
white_style (RpChartStyle *style)
{
  rp_chart_style_init_default (style);
  style->background[0] = style->background[1] = style->background[2] = 1;
  style->background[3] = 1;
}

static cairo_surface_t *
draw_to_image (RpPlan             *plan,
               int                 width,
               int                 height,
               const RpChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  rp_chart_draw (cr, plan, monday (), width, height, style);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return ((const guint32 *) (data + y * stride))[x];
}

static gboolean
pixel_is (guint32       pixel,
          const double  rgba[4])
{
  int channels[3] = { (pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff };

  if ((pixel >> 24) != 0xff)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    if (ABS (channels[i] - (int) lround (rgba[i] * 255)) > 1)
      return FALSE;
  return TRUE;
}

static int
class_of_pixel (guint32             pixel,
                const RpChartStyle *style)
{
  for (int i = RP_INTENSITY_RECOVERY; i < RP_N_INTENSITIES; i++)
    if (pixel_is (pixel, style->classes[i]))
      return i;
  return -1;
}

/* The middle x of a day's column, found through the hover mapping so the
 * test needs no knowledge of the layout. */
static int
day_centre (int day,
            int width)
{
  int first = -1, last = -1;

  for (int x = 0; x < width; x++)
    if (rp_chart_day_at (x + 0.5, width) == day)
      {
        if (first < 0)
          first = x;
        last = x;
      }
  g_assert_cmpint (first, >=, 0);
  return (first + last) / 2;
}

/* The first row below the share gauge: the gauge is the only thing drawn
 * in the accent colour (its 80 % marker spans the gauge's whole row). */
static int
below_gauge (cairo_surface_t    *surface,
             const RpChartStyle *style)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int last = -1;

  for (int y = 0; y < height / 2; y++)
    for (int x = 0; x < width; x++)
      if (pixel_is (pixel_at (surface, x, y), style->accent))
        last = y;
  g_assert_cmpint (last, >=, 0);
  return last + 1;
}

/* The class of a row of a bar: 25 pixels around x all of one class colour.
 * Legend swatches are narrower than that and text is never a class colour,
 * so only bars match. */
static int
row_class (cairo_surface_t    *surface,
           const RpChartStyle *style,
           int                 x,
           int                 y)
{
  int klass = class_of_pixel (pixel_at (surface, x, y), style);

  for (int dx = -12; klass >= 0 && dx <= 12; dx++)
    if (class_of_pixel (pixel_at (surface, x + dx, y), style) != klass)
      return -1;
  return klass;
}

/* Rows of a day's bar, and the class of its bottom segment (-1 if none). */
static int
count_bar_rows (cairo_surface_t    *surface,
                const RpChartStyle *style,
                int                 day,
                int                *out_bottom_class)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int x = day_centre (day, width);
  int rows = 0;

  *out_bottom_class = -1;
  for (int y = below_gauge (surface, style); y < height; y++)
    {
      int klass = row_class (surface, style, x, y);

      if (klass < 0)
        continue;
      rows++;
      *out_bottom_class = klass;
    }
  return rows;
}

static void
test_style_default (void)
{
  RpChartStyle style;

  memset (&style, 0x7f, sizeof style);
  rp_chart_style_init_default (&style);
  g_assert_cmpfloat (style.foreground[3], ==, 1);
  g_assert_cmpfloat (style.background[3], ==, 0);
  g_assert_cmpfloat (style.accent[3], ==, 1);
  for (guint i = 0; i < RP_N_INTENSITIES; i++)
    {
      g_assert_cmpfloat (style.classes[i][3], ==, 1);
      for (guint c = 0; c < 3; c++)
        {
          g_assert_cmpfloat (style.classes[i][c], >=, 0);
          g_assert_cmpfloat (style.classes[i][c], <=, 1);
        }
      /* Every class tells apart from every other one. */
      for (guint j = 0; j < i; j++)
        g_assert_false (fabs (style.classes[i][0] - style.classes[j][0])
                        + fabs (style.classes[i][1] - style.classes[j][1])
                        + fabs (style.classes[i][2] - style.classes[j][2]) < 0.2);
    }
}

static void
test_day_at (void)
{
  static const double widths[] = { 70, 239, 240, 700, 1600, 12345 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      double w = widths[i];
      int seen[7] = { 0 };
      int previous = 0;
      gboolean inside = FALSE;

      g_assert_cmpint (rp_chart_day_at (-1, w), ==, -1);
      g_assert_cmpint (rp_chart_day_at (w, w), ==, -1);
      g_assert_cmpint (rp_chart_day_at (w + 10, w), ==, -1);
      /* Left to right, the days come in order, each once, with no gap. */
      for (double x = 0; x < w; x += 0.25)
        {
          int day = rp_chart_day_at (x, w);

          g_assert_cmpint (day, >=, -1);
          g_assert_cmpint (day, <=, 6);
          if (day < 0)
            {
              g_assert_true (!inside || previous == 6);
              continue;
            }
          if (inside)
            g_assert_true (day == previous || day == previous + 1);
          else
            g_assert_cmpint (day, ==, 0);
          inside = TRUE;
          previous = day;
          seen[day]++;
        }
      for (guint d = 0; d < 7; d++)
        g_assert_cmpint (seen[d], >, 0);
      /* Equal columns, within a pixel. */
      g_assert_cmpint (ABS (seen[0] - seen[6]), <=, 4);
    }

  g_assert_cmpint (rp_chart_day_at (0, 0), ==, -1);
  g_assert_cmpint (rp_chart_day_at (NAN, 700), ==, -1);
  g_assert_cmpint (rp_chart_day_at (10, NAN), ==, -1);
  g_assert_cmpint (rp_chart_day_at (10, -700), ==, -1);
}

static void
test_hard_day_taller (void)
{
  static const RpKind kinds[] = { RP_KIND_INTERVALS };
  static const int days[] = { 1 };
  g_autoptr(RpPlan) plan = plan_with (kinds, days, 1);
  cairo_surface_t *surface;
  RpChartStyle style;
  int hard_rows, recovery_rows, rest_rows, hard_class, recovery_class, rest_class;

  /* The engine puts a recovery run the day after the intervals. */
  g_assert_cmpint (rp_plan_get_n_workouts (plan, monday () + 2), >=, 1);
  g_assert_cmpint (rp_workout_get_kind (rp_plan_get_workout (plan, monday () + 2, 0)), ==,
                   RP_KIND_RECOVERY);

  white_style (&style);
  surface = draw_to_image (plan, WIDTH, HEIGHT, &style);

  hard_rows = count_bar_rows (surface, &style, 1, &hard_class);
  recovery_rows = count_bar_rows (surface, &style, 2, &recovery_class);
  /* Monday is the default rest day: no bar. */
  rest_rows = count_bar_rows (surface, &style, 0, &rest_class);

  g_assert_cmpint (recovery_rows, >, 0);
  g_assert_cmpint (hard_rows, >, recovery_rows);
  g_assert_cmpint (hard_class, ==, RP_INTENSITY_INTERVAL);
  g_assert_cmpint (recovery_class, ==, RP_INTENSITY_RECOVERY);
  g_assert_cmpint (rest_rows, ==, 0);
  g_assert_cmpint (rest_class, ==, -1);

  cairo_surface_destroy (surface);
}

/* Bar height is proportional to the session load (RPE × minutes): a
 * 60-minute easy run (RPE 3) stands twice as tall as a 30-minute one. */
static void
test_height_proportional (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (monday (), 1);
  g_autoptr(RpWorkout) long_easy = rp_workout_new (RP_KIND_EASY);
  g_autoptr(RpWorkout) short_easy = rp_workout_new (RP_KIND_EASY);
  cairo_surface_t *surface;
  RpChartStyle style;
  int rows_long, rows_short, klass;

  rp_workout_set_duration_s (long_easy, 3600);
  rp_workout_set_duration_s (short_easy, 1800);
  rp_workout_set_pinned (long_easy, TRUE);
  rp_workout_set_pinned (short_easy, TRUE);
  g_assert_true (rp_plan_insert_workout (plan, monday () + 3, G_MAXUINT, long_easy, NULL));
  g_assert_true (rp_plan_insert_workout (plan, monday () + 4, G_MAXUINT, short_easy, NULL));

  white_style (&style);
  surface = draw_to_image (plan, WIDTH, HEIGHT, &style);
  rows_long = count_bar_rows (surface, &style, 3, &klass);
  g_assert_cmpint (klass, ==, RP_INTENSITY_EASY);
  rows_short = count_bar_rows (surface, &style, 4, &klass);
  g_assert_cmpint (klass, ==, RP_INTENSITY_EASY);
  g_assert_cmpint (rows_short, >, 10);
  g_assert_cmpint (ABS (rows_long - 2 * rows_short), <=, 2);
  cairo_surface_destroy (surface);
}

/* Two workouts on one day stack: both colours in the column, the first
 * one at the bottom. */
static void
test_stacked (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (monday (), 1);
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  g_autoptr(RpWorkout) easy = rp_workout_new (RP_KIND_EASY);
  cairo_surface_t *surface;
  RpChartStyle style;
  int x, seen_tempo = 0, seen_easy = 0, bottom_class = -1;

  rp_workout_set_duration_s (easy, 1800);
  rp_workout_set_duration_s (tempo, 2400);
  g_assert_true (rp_plan_insert_workout (plan, monday () + 3, G_MAXUINT, tempo, NULL));
  g_assert_true (rp_plan_insert_workout (plan, monday () + 3, G_MAXUINT, easy, NULL));

  white_style (&style);
  surface = draw_to_image (plan, WIDTH, HEIGHT, &style);
  x = day_centre (3, WIDTH);
  for (int y = below_gauge (surface, &style); y < HEIGHT; y++)
    {
      int klass = row_class (surface, &style, x, y);

      seen_tempo += klass == RP_INTENSITY_THRESHOLD;
      seen_easy += klass == RP_INTENSITY_EASY;
      if (klass >= 0)
        bottom_class = klass;
    }
  g_assert_cmpint (seen_tempo, >, 0);
  g_assert_cmpint (seen_easy, >, 0);
  g_assert_cmpint (bottom_class, ==, RP_INTENSITY_THRESHOLD);
  cairo_surface_destroy (surface);
}

static int
count_in_rows (cairo_surface_t *surface,
               const double     rgba[4],
               int              first_row,
               int              last_row)
{
  int width = cairo_image_surface_get_width (surface);
  int count = 0;

  for (int y = first_row; y < last_row; y++)
    for (int x = 0; x < width; x++)
      count += pixel_is (pixel_at (surface, x, y), rgba);
  return count;
}

static cairo_surface_t *
draw_share (double              share,
            gboolean            warned,
            const RpChartStyle *style)
{
  g_autoptr(RpPlan) plan = rp_plan_new (monday (), 1);
  RpWeekSummary summary = { 0 };

  summary.duration_s = 3600;
  summary.low_intensity_share = share;
  if (warned)
    summary.warnings = RP_WARNING_BIT (RP_WARNING_LOW_INTENSITY_SHARE);
  rp_plan_set_week_summary (plan, 0, &summary);
  return draw_to_image (plan, WIDTH, HEIGHT, style);
}

/* Pixels of a colour in the gauge's rows. */
static int
gauge_count (double              share,
             gboolean            warned,
             const RpChartStyle *style,
             const double        rgba[4])
{
  cairo_surface_t *surface = draw_share (share, warned, style);
  RpChartLayout layout;
  int count;

  rp_chart_get_layout (WIDTH, HEIGHT, &layout);
  count = count_in_rows (surface, rgba, (int) layout.gauge.y,
                         (int) (layout.gauge.y + layout.gauge.height));
  cairo_surface_destroy (surface);
  return count;
}

/* The share fills in the easy colour whatever its value: one colour for
 * low intensity, in the chart as in the week summary. Under the goal its
 * figure turns the warning colour (as the summary's does), never the
 * race colour, which means a race. */
static void
test_share_gauge (void)
{
  RpChartStyle style;
  const double *easy, *race;
  int half, quarter;

  white_style (&style);
  easy = style.classes[RP_INTENSITY_EASY];
  race = style.classes[RP_INTENSITY_RACE];
  half = gauge_count (0.5, TRUE, &style, easy);
  quarter = gauge_count (0.25, TRUE, &style, easy);
  g_assert_cmpint (quarter, >, 0);
  g_assert_cmpint (ABS (half - 2 * quarter), <=, half / 10);
  g_assert_cmpint (gauge_count (0.9, FALSE, &style, easy), >, half);
  g_assert_cmpint (gauge_count (0.5, TRUE, &style, race), ==, 0);
  g_assert_cmpint (gauge_count (0.9, FALSE, &style, race), ==, 0);

  g_assert_cmpint (gauge_count (0.5, TRUE, &style, style.warning), >, 0);
  g_assert_cmpint (gauge_count (0.9, FALSE, &style, style.warning), ==, 0);
}

/* The columns of a colour in a row: first and last, or FALSE. */
static gboolean
columns_of (cairo_surface_t *surface,
            const double     rgba[4],
            int              y,
            int             *out_first,
            int             *out_last)
{
  int width = cairo_image_surface_get_width (surface);

  *out_first = *out_last = -1;
  for (int x = 0; x < width; x++)
    if (pixel_is (pixel_at (surface, x, y), rgba))
      {
        if (*out_first < 0)
          *out_first = x;
        *out_last = x;
      }
  return *out_first >= 0;
}

/* The 80 % marker sits at 80 % of the share's track and stands out of
 * the fill above and below it, in a light and in a dark style. */
static void
test_goal_marker (void)
{
  static const double dark_bg[4] = { 0x30 / 255., 0x30 / 255., 0x30 / 255., 1 };
  static const double dark_fg[4] = { 1, 1, 1, 1 };
  static const double dark_accent[4] = { 0x78 / 255., 0xae / 255., 0xed / 255., 1 };
  static const double dark_warning[4] = { 0xf8 / 255., 0xe4 / 255., 0x5c / 255., 1 };

  for (guint dark = 0; dark <= 1; dark++)
    {
      RpChartStyle style;
      RpChartLayout layout;
      cairo_surface_t *full;
      int mid, top, track_first, track_last, marker_first, marker_last;
      double expected;

      white_style (&style);
      if (dark)
        {
          memcpy (style.background, dark_bg, sizeof dark_bg);
          memcpy (style.foreground, dark_fg, sizeof dark_fg);
          memcpy (style.accent, dark_accent, sizeof dark_accent);
          memcpy (style.warning, dark_warning, sizeof dark_warning);
        }
      rp_chart_get_layout (WIDTH, HEIGHT, &layout);
      mid = (int) (layout.gauge.y + layout.gauge.height / 2);
      top = (int) layout.gauge.y + 1;

      /* A full share spans the track. */
      full = draw_share (1.0, FALSE, &style);
      g_assert_true (columns_of (full, style.classes[RP_INTENSITY_EASY], mid,
                                 &track_first, &track_last));
      g_assert_cmpint (track_last - track_first, >, WIDTH / 3);

      /* The marker, above the fill: where 80 % of the track is. */
      g_assert_true (columns_of (full, style.accent, top, &marker_first, &marker_last));
      g_assert_cmpint (marker_last - marker_first, <=, 2);
      expected = track_first + 0.8 * (track_last + 1 - track_first);
      g_assert_cmpfloat (fabs ((marker_first + marker_last + 1) / 2.0 - expected), <=, 1.5);
      /* Over the fill it cuts through it, edged in the text colour so it
       * shows on the green in the dark style too. */
      g_assert_true (pixel_is (pixel_at (full, marker_first, mid), style.accent));
      g_assert_true (pixel_is (pixel_at (full, marker_first - 1, mid), style.foreground));
      g_assert_true (pixel_is (pixel_at (full, marker_last + 1, mid), style.foreground));

      cairo_surface_destroy (full);
    }
}

/* One y-scale for the whole plan: the same 30-minute easy run is as tall
 * in a light week as in a heavy one, and both weeks' axes are the same. */
static void
test_one_scale (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (monday (), 2);
  static const struct { int day; gint64 duration_s; } runs[] = {
    { 3, 5400 }, { 4, 1800 },  /* heavy week: 90 and 30 minutes */
    { 7 + 3, 1800 },           /* light week: 30 minutes */
  };
  RpChartStyle style;
  cairo_surface_t *heavy, *light;
  double step_heavy, top_heavy, step_light, top_light;
  int rows_heavy, rows_light, rows_long, klass;

  for (guint i = 0; i < G_N_ELEMENTS (runs); i++)
    {
      g_autoptr(RpWorkout) run = rp_workout_new (RP_KIND_EASY);

      rp_workout_set_duration_s (run, runs[i].duration_s);
      rp_workout_set_pinned (run, TRUE);
      g_assert_true (rp_plan_insert_workout (plan, monday () + runs[i].day, G_MAXUINT, run, NULL));
    }

  white_style (&style);
  heavy = draw_to_image (plan, WIDTH, HEIGHT, &style);
  light = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  {
    cairo_t *cr = cairo_create (light);

    rp_chart_draw (cr, plan, monday () + 7, WIDTH, HEIGHT, &style);
    cairo_destroy (cr);
    cairo_surface_flush (light);
  }

  rows_long = count_bar_rows (heavy, &style, 3, &klass);
  rows_heavy = count_bar_rows (heavy, &style, 4, &klass);
  rows_light = count_bar_rows (light, &style, 3, &klass);
  g_assert_cmpint (rows_heavy, >, 10);
  g_assert_cmpint (ABS (rows_long - 3 * rows_heavy), <=, 3);
  g_assert_cmpint (rows_light, ==, rows_heavy);

  /* The plan's largest day sets the axis, whichever week is shown. */
  g_assert_cmpfloat (rp_chart_get_plan_max_load (plan), ==,
                     rp_chart_get_max_load (plan, monday () + 3, monday () + 3, NULL));
  rp_chart_get_axis (WIDTH, HEIGHT, rp_chart_get_plan_max_load (plan), &step_heavy, &top_heavy);
  rp_chart_get_axis (WIDTH, HEIGHT, rp_chart_get_max_load (plan, monday () + 7,
                                                           monday () + 13, NULL),
                     &step_light, &top_light);
  g_assert_cmpfloat (top_light, <, top_heavy);

  cairo_surface_destroy (heavy);
  cairo_surface_destroy (light);
}

/* The largest day of a range and the day that has it. */
static void
test_max_load (void)
{
  static const RpKind kinds[] = { RP_KIND_INTERVALS, RP_KIND_TEMPO, RP_KIND_LONG };
  static const int days[] = { 1, 3, 6 };
  g_autoptr(RpPlan) plan = plan_with (kinds, days, 3);
  g_autoptr(RpPlan) empty = rp_plan_new (monday (), 1);
  RpDate date = 1;
  double max_load = rp_chart_get_plan_max_load (plan);

  g_assert_cmpfloat (max_load, >, 0);
  g_assert_cmpfloat (rp_chart_get_max_load (plan, 0, G_MAXUINT32, &date), ==, max_load);
  g_assert_true (rp_plan_contains (plan, date));
  g_assert_cmpfloat (rp_chart_get_max_load (plan, date, date, NULL), ==, max_load);
  g_assert_cmpfloat (rp_chart_get_max_load (plan, monday (), monday (), &date), ==, 0);
  g_assert_cmpuint (date, ==, RP_DATE_INVALID);
  g_assert_cmpfloat (rp_chart_get_plan_max_load (empty), ==, 0);
}

static int
count_in_rect (cairo_surface_t   *surface,
               const double       rgba[4],
               const RpChartRect *rect)
{
  int count = 0;

  for (int y = (int) rect->y; y < (int) (rect->y + rect->height); y++)
    for (int x = (int) rect->x; x < (int) (rect->x + rect->width); x++)
      count += pixel_is (pixel_at (surface, x, y), rgba);
  return count;
}

/* The legend lists the classes the week has, and only those; it sits on
 * top with the axis's unit, above the bars, away from the bottom of the
 * window where toasts appear. */
static void
test_legend (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (monday (), 2);
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  g_autoptr(RpWorkout) easy = rp_workout_new (RP_KIND_EASY);
  RpIntensity classes[RP_N_INTENSITIES];
  RpChartStyle style;
  RpChartLayout layout;
  cairo_surface_t *surface;
  guint n;

  rp_workout_set_duration_s (easy, 1800);
  rp_workout_set_duration_s (tempo, 2400);
  g_assert_true (rp_plan_insert_workout (plan, monday () + 1, G_MAXUINT, tempo, NULL));
  g_assert_true (rp_plan_insert_workout (plan, monday () + 3, G_MAXUINT, easy, NULL));

  n = rp_chart_get_legend (plan, monday (), classes);
  g_assert_cmpuint (n, ==, 2);
  g_assert_cmpint (classes[0], ==, RP_INTENSITY_EASY);
  g_assert_cmpint (classes[1], ==, RP_INTENSITY_THRESHOLD);
  g_assert_cmpuint (rp_chart_get_legend (plan, monday () + 7, classes), ==, 0);
  g_assert_cmpuint (rp_chart_get_legend (NULL, monday (), classes), ==, 0);
  g_assert_cmpstr (rp_chart_get_class_label (RP_INTENSITY_THRESHOLD), ==, "Threshold");
  g_assert_cmpstr (rp_chart_get_axis_title (), ==, "Load (RPE × min)");

  rp_chart_get_layout (WIDTH, HEIGHT, &layout);
  g_assert_cmpfloat (layout.header.height, >, 0);
  g_assert_cmpfloat (layout.gauge.y + layout.gauge.height, <=, layout.header.y);
  g_assert_cmpfloat (layout.header.y + layout.header.height, <=, layout.plot.y);
  g_assert_cmpfloat (layout.plot.y + layout.plot.height, <=, layout.labels.y);
  g_assert_cmpfloat (layout.header.y, <, HEIGHT / 4.0);

  white_style (&style);
  surface = draw_to_image (plan, WIDTH, HEIGHT, &style);
  for (int i = RP_INTENSITY_RECOVERY; i < RP_N_INTENSITIES; i++)
    {
      int swatch = count_in_rect (surface, style.classes[i], &layout.header);

      if (i == RP_INTENSITY_EASY || i == RP_INTENSITY_THRESHOLD)
        g_assert_cmpint (swatch, >, 16);
      else
        g_assert_cmpint (swatch, ==, 0);
    }
  /* The unit is written on the left, over the axis's figures. */
  {
    RpChartRect left = { 0, layout.header.y, layout.plot.x + 20, layout.header.height };
    double white[4] = { 1, 1, 1, 1 };

    g_assert_cmpint (count_in_rect (surface, white, &left), <, (int) (left.width * left.height));
  }
  /* Nothing but weekdays below the bars. */
  {
    RpChartRect below = { 0, layout.labels.y + layout.labels.height, WIDTH,
                          HEIGHT - layout.labels.y - layout.labels.height };
    double white[4] = { 1, 1, 1, 1 };

    g_assert_cmpint (count_in_rect (surface, white, &below),
                     ==, (int) below.width * (int) below.height);
  }
  cairo_surface_destroy (surface);
}

static gboolean
all_pixels (cairo_surface_t *surface,
            guint32          value)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (pixel_at (surface, x, y) != value)
        return FALSE;
  return TRUE;
}

static void
test_empty (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (monday (), 1);
  RpChartStyle style;
  cairo_surface_t *surface;
  int klass;

  white_style (&style);
  /* A plan never filled, no plan, and a week outside the plan. */
  surface = draw_to_image (plan, WIDTH, HEIGHT, &style);
  for (int d = 0; d < 7; d++)
    g_assert_cmpint (count_bar_rows (surface, &style, d, &klass), ==, 0);
  /* Something was drawn: axis, labels. */
  g_assert_false (all_pixels (surface, 0xffffffff));
  cairo_surface_destroy (surface);

  surface = draw_to_image (NULL, WIDTH, HEIGHT, NULL);
  cairo_surface_destroy (surface);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  {
    cairo_t *cr = cairo_create (surface);

    rp_chart_draw (cr, plan, monday () + 700, WIDTH, HEIGHT, &style);
    rp_chart_draw (cr, plan, RP_DATE_INVALID, WIDTH, HEIGHT, &style);
    g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
    cairo_destroy (cr);
  }
  cairo_surface_destroy (surface);
}

/* Every size draws inside its own area only, without crashing. The chart
 * is drawn at (5, 5) into a surface filled with a sentinel colour. */
static void
test_tiny_sizes (void)
{
  static const double sizes[][2] = {
    { 0, 0 }, { 1, 1 }, { 2, 3 }, { 7, 7 }, { 13, 5 }, { 16, 16 }, { 50, 20 }, { 100, 40 },
    { 150, 140 }, { 239, 60 }, { 0, 100 }, { 100, 0 }, { -5, 40 }, { 40.5, 17.25 },
    { 3000, 12 }, { 12, 3000 },
  };
  static const RpKind kinds[] = { RP_KIND_INTERVALS, RP_KIND_TEMPO, RP_KIND_LONG };
  static const int days[] = { 1, 3, 6 };
  g_autoptr(RpPlan) plan = plan_with (kinds, days, 3);
  const guint32 sentinel = 0xff123456;

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int w = (int) ceil (MAX (0, sizes[i][0])) + 10;
      int h = (int) ceil (MAX (0, sizes[i][1])) + 10;
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
      cairo_t *cr = cairo_create (surface);

      cairo_set_source_rgb (cr, 0x12 / 255., 0x34 / 255., 0x56 / 255.);
      cairo_paint (cr);
      cairo_translate (cr, 5, 5);
      rp_chart_draw (cr, plan, monday (), sizes[i][0], sizes[i][1], NULL);
      g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
      cairo_destroy (cr);
      cairo_surface_flush (surface);

      for (int y = 0; y < h; y++)
        for (int x = 0; x < w; x++)
          {
            gboolean inside = x >= 5 && y >= 5
                              && x < 5 + ceil (sizes[i][0]) && y < 5 + ceil (sizes[i][1]);

            if (!inside)
              g_assert_cmphex (pixel_at (surface, x, y), ==, sentinel);
          }
      cairo_surface_destroy (surface);
    }

  /* NaN and infinite sizes draw nothing. */
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 20, 20);
    cairo_t *cr = cairo_create (surface);

    rp_chart_draw (cr, plan, monday (), NAN, 10, NULL);
    rp_chart_draw (cr, plan, monday (), 10, INFINITY, NULL);
    cairo_destroy (cr);
    g_assert_true (all_pixels (surface, 0));
    cairo_surface_destroy (surface);
  }
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static RpPlan *
busy_plan (void)
{
  static const RpKind kinds[] = { RP_KIND_INTERVALS, RP_KIND_TEMPO, RP_KIND_LONG };
  static const int days[] = { 1, 3, 6 };

  return plan_with (kinds, days, 3);
}

static void
draw_on (cairo_surface_t *surface,
         RpPlan          *plan,
         double           width,
         double           height)
{
  cairo_t *cr = cairo_create (surface);

  rp_chart_draw (cr, plan, monday (), width, height, NULL);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
}

static void
test_png (void)
{
  g_autoptr(RpPlan) plan = busy_plan ();
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 800, 300);
  static const guchar signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

  draw_on (surface, plan, 800, 300);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, bytes), ==,
                   CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (bytes->len, >, 1000);
  g_assert_cmpmem (bytes->data, 8, signature, 8);
}

static void
test_svg (void)
{
  g_autoptr(RpPlan) plan = busy_plan ();
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_svg_surface_create_for_stream (append_bytes, bytes, 800, 300);
  g_autofree char *text = NULL;

  draw_on (surface, plan, 800, 300);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (bytes->len, >, 1000);
  text = g_strndup ((const char *) bytes->data, bytes->len);
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_nonnull (strstr (text, "<svg"));
  g_assert_nonnull (strstr (text, "</svg>"));
  /* The bars are vector rectangles, filled in the interval colour. */
  g_assert_nonnull (strstr (text, "rgb(100%,47.058824%,0%)"));
}

static void
test_pdf (void)
{
  g_autoptr(RpPlan) plan = busy_plan ();
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_bytes, bytes, 800, 300);

  draw_on (surface, plan, 800, 300);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  g_assert_cmpuint (bytes->len, >, 1000);
  g_assert_cmpmem (bytes->data, 5, "%PDF-", 5);
  g_assert_nonnull (g_strstr_len ((const char *) bytes->data + bytes->len - 32, 32, "%%EOF"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/style/default", test_style_default);
  g_test_add_func ("/chart/day-at", test_day_at);
  g_test_add_func ("/chart/pixels/hard-taller-than-recovery", test_hard_day_taller);
  g_test_add_func ("/chart/pixels/height-proportional-to-load", test_height_proportional);
  g_test_add_func ("/chart/pixels/stacked", test_stacked);
  g_test_add_func ("/chart/pixels/share-gauge", test_share_gauge);
  g_test_add_func ("/chart/pixels/goal-marker", test_goal_marker);
  g_test_add_func ("/chart/pixels/one-scale-for-the-plan", test_one_scale);
  g_test_add_func ("/chart/max-load", test_max_load);
  g_test_add_func ("/chart/pixels/legend-of-present-classes", test_legend);
  g_test_add_func ("/chart/empty", test_empty);
  g_test_add_func ("/chart/tiny-sizes", test_tiny_sizes);
  g_test_add_func ("/chart/surface/png", test_png);
  g_test_add_func ("/chart/surface/svg", test_svg);
  g_test_add_func ("/chart/surface/pdf", test_pdf);

  return g_test_run ();
}
