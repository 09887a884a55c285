/* rp-chart-season.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>

#include "rp-chart.h"
#include "rp-season.h"

G_BEGIN_DECLS

/* The season chart: one column per week from the week of from to the week
 * of to, each with its running volume as a bar and its target as a tick
 * (left axis), and over them the weekly load (the 7-day load at the
 * week's end) and the 28-day load as a weekly average (right axis), with
 * the band where the acute:chronic ratio is 0.8–1.3 shaded around the
 * 28-day line and labelled as the heuristic it is. Race weeks get a flag
 * on top, weeks with warnings a mark at the bottom. Both scales are the
 * whole plan's (RpSeasonSummary), so scrolling never rescales. */

/* Where the parts go: header (legend), plot (the weeks), labels (months
 * under the plot); gauge is unused. The horizontal layout depends on the
 * width alone, so rp_chart_season_week_at needs neither plan nor height. */
void   rp_chart_season_get_layout   (double                 width,
                                     double                 height,
                                     RpChartLayout         *out);

/* Draws from a summary kept by the caller: only the visible weeks are
 * read, so a frame costs the same in a 10-year plan as in a short one.
 * from and to are clamped to the summary's weeks. */
void   rp_chart_season_draw_summary (cairo_t               *cr,
                                     const RpSeasonSummary *summary,
                                     RpUnit                 unit,
                                     RpDate                 from,
                                     RpDate                 to,
                                     double                 width,
                                     double                 height,
                                     const RpChartStyle    *style);
/* The same, summarising the plan first (O(days)). */
void   rp_chart_season_draw         (cairo_t               *cr,
                                     RpPlan                *plan,
                                     RpDate                 from,
                                     RpDate                 to,
                                     double                 width,
                                     double                 height,
                                     const RpChartStyle    *style);

/* The week start (of the weeks of a summary starting at plan_start)
 * under x in a chart of the weeks from..to of that width, or
 * RP_DATE_INVALID off the weeks. For clicks. */
RpDate rp_chart_season_week_at      (RpDate                 plan_start,
                                     RpDate                 from,
                                     RpDate                 to,
                                     double                 width,
                                     double                 x);

/* The x extent of the column of week (a week start of the summary
 * starting at plan_start) in a chart of the weeks from..to of that width,
 * the inverse of rp_chart_season_week_at; FALSE when the week is not
 * shown. For a widget's selection and hover. */
gboolean rp_chart_season_get_week_extent (RpDate  plan_start,
                                          RpDate  from,
                                          RpDate  to,
                                          double  width,
                                          RpDate  week,
                                          double *out_x,
                                          double *out_width);
/* How many weeks a chart of that width shows with columns at least
 * min_column wide (at least 1): a scrolling widget's window of weeks. */
guint    rp_chart_season_fit_weeks       (double  width,
                                          double  min_column);

/* Where a load figure is drawn on the chart's y axis, for tests and
 * tooltips. */
double rp_chart_season_load_y       (const RpSeasonSummary *summary,
                                     const RpChartLayout   *layout,
                                     double                 load);
double rp_chart_season_volume_y     (const RpSeasonSummary *summary,
                                     const RpChartLayout   *layout,
                                     gint64                 volume_m);
/* The band's label: "ACWR 0.8–1.3 (heuristic)", its ends from
 * rp-thresholds.h. */
char  *rp_chart_season_format_band_label (void);

G_END_DECLS
