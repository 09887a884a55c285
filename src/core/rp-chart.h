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

/* Colours the caller takes from its style (the widget) or defaults. */
typedef struct
{
  double foreground[4];  /* text and axes, RGBA */
  double background[4];  /* alpha 0: leave the surface as it is */
  double accent[4];      /* the 80 % line */
  double classes[RP_N_INTENSITIES][4];
} RpChartStyle;

void     rp_chart_style_init_default (RpChartStyle       *style);

/* Draws the intensity chart of the week starting at week_start (one stacked
 * bar per day, coloured by intensity class, height = session load, and the
 * week's low-intensity share against the 80 % line) into a width × height
 * area at the origin of cr. */
void     rp_chart_draw               (cairo_t            *cr,
                                      RpPlan             *plan,
                                      RpDate              week_start,
                                      double              width,
                                      double              height,
                                      const RpChartStyle *style);
/* The day under x in a chart of that width, or -1. For hover. */
int      rp_chart_day_at             (double              x,
                                      double              width);

G_END_DECLS
