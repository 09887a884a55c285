/* rp-chart.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "rp-plan.h"

G_BEGIN_DECLS

/* Colours the caller takes from its style (the widget) or defaults. The
 * low-intensity share is drawn in the easy class's colour: green means
 * easy, low intensity, wherever the app shows it. */
typedef struct
{
  double foreground[4];  /* text and axes, RGBA */
  double background[4];  /* alpha 0: leave the surface as it is */
  double accent[4];      /* the 80 % marker */
  double warning[4];     /* the share's figure while under the goal */
  double classes[RP_N_INTENSITIES][4];
} RpChartStyle;

typedef struct
{
  double x;
  double y;
  double width;
  double height;  /* 0: not drawn */
} RpChartRect;

/* Where the parts of a chart go; all but the gauge are empty when the
 * size leaves no room for them. */
typedef struct
{
  RpChartRect gauge;   /* the low-intensity share and its 80 % marker, on top */
  RpChartRect header;  /* the axis's unit on the left, the legend on the right */
  RpChartRect plot;    /* the bars */
  RpChartRect labels;  /* the weekdays, under the bars */
  double      font_px; /* 0: no text at all */
} RpChartLayout;

void     rp_chart_style_init_default (RpChartStyle       *style);

/* Draws the intensity chart of the week starting at week_start (one stacked
 * bar per day, coloured by intensity class, height = session load, and the
 * week's low-intensity share against the 80 % marker) into a width ×
 * height area at the origin of cr. The y-scale is the plan's
 * (rp_chart_get_plan_max_load), the same for every week, so weeks compare
 * by eye. */
void     rp_chart_draw               (cairo_t            *cr,
                                      RpPlan             *plan,
                                      RpDate              week_start,
                                      double              width,
                                      double              height,
                                      const RpChartStyle *style);
/* rp_chart_draw with the scale's top given: max_load as
 * rp_chart_get_plan_max_load returned it for this plan (a caller keeps it
 * until the plan changes; a week above it raises it). */
void     rp_chart_draw_scaled        (cairo_t            *cr,
                                      RpPlan             *plan,
                                      RpDate              week_start,
                                      double              width,
                                      double              height,
                                      double              max_load,
                                      const RpChartStyle *style);
/* The largest day load (RPE × minutes) of the whole plan; 0 when nothing
 * is planned. Reads every day of the plan. */
double   rp_chart_get_plan_max_load  (RpPlan             *plan);
/* The largest day load of the days first..last of the plan, and the
 * (first) day that has it (RP_DATE_INVALID when none has a load). A
 * caller keeping the plan's scale reads only the days an edit changed. */
double   rp_chart_get_max_load       (RpPlan             *plan,
                                      RpDate              first,
                                      RpDate              last,
                                      RpDate             *out_date);
/* The axis: its step and top for a scale reaching max_load in a chart of
 * that size. Tests compare them across weeks. */
void     rp_chart_get_axis           (double              width,
                                      double              height,
                                      double              max_load,
                                      double             *out_step,
                                      double             *out_top);
/* The classes a legend of the week lists: those with a bar in it, in
 * class order. Returns their number (at most RP_N_INTENSITIES). */
guint    rp_chart_get_legend         (RpPlan             *plan,
                                      RpDate              week_start,
                                      RpIntensity         out[RP_N_INTENSITIES]);
const char *rp_chart_get_class_label (RpIntensity         intensity);
/* The axis's title, with its unit: "Load (RPE × min)". */
const char *rp_chart_get_axis_title  (void);
void     rp_chart_get_layout         (double              width,
                                      double              height,
                                      RpChartLayout      *out);
/* The day under x in a chart of that width, or -1. For hover. */
int      rp_chart_day_at             (double              x,
                                      double              width);

G_END_DECLS
