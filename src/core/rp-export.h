/* rp-export.h
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

#pragma once

#include <gio/gio.h>

#include "rp-plan.h"

G_BEGIN_DECLS

/* A plan, or days first..last of it, as other programs read it
 * (docs/export.md). The plan is only read. FIT workout files are in
 * rp-fit.h. */

#define RP_EXPORT_ERROR (rp_export_error_quark ())

typedef enum
{
  RP_EXPORT_ERROR_RANGE,  /* the range is not inside the plan, or too long */
  RP_EXPORT_ERROR_DRAW,   /* cairo could not draw or encode the chart */
} RpExportError;

typedef enum
{
  RP_EXPORT_CHART_PNG,
  RP_EXPORT_CHART_SVG,
  RP_EXPORT_CHART_PDF,
} RpExportChartFormat;

/* A chart image stacks one week's chart per row; a PDF puts this many
 * rows on each page. */
#define RP_EXPORT_CHART_WEEKS_PER_PAGE 4
/* PNG and SVG hold a season at most; a longer range is a PDF. */
#define RP_EXPORT_CHART_MAX_IMAGE_WEEKS 53

GQuark  rp_export_error_quark  (void);

/* Whether first..last is a range inside the plan (first <= last); if not,
 * FALSE with RP_EXPORT_ERROR_RANGE saying why. */
gboolean rp_export_check_range (RpPlan               *plan,
                                RpDate                first,
                                RpDate                last,
                                GError              **error);

/* RFC 4180 CSV: a header row, then one row per workout of the days in
 * order, CRLF line ends; ISO dates, metres, seconds, s/km. */
GBytes *rp_export_csv          (RpPlan               *plan,
                                RpDate                first,
                                RpDate                last);

/* A plan of the same athlete holding only the workouts of first..last
 * (and the week targets of its weeks): whole weeks from the week of
 * first to the week of last, the days outside the range empty. */
RpPlan *rp_export_plan_range   (RpPlan               *plan,
                                RpDate                first,
                                RpDate                last);
/* That plan as a plan file (rp_plan_file_serialize). */
GBytes *rp_export_json         (RpPlan               *plan,
                                RpDate                first,
                                RpDate                last);

/* The intensity chart (rp_chart_draw) of every week that first..last
 * touches, one week per row of week_width × week_height with its dates
 * above it. NULL with RP_EXPORT_ERROR_RANGE for a PNG or SVG of more than
 * RP_EXPORT_CHART_MAX_IMAGE_WEEKS weeks, RP_EXPORT_ERROR_DRAW when cairo
 * fails. The engine's week summaries should be current
 * (rp_planner_analyze). */
GBytes *rp_export_chart        (RpPlan               *plan,
                                RpDate                first,
                                RpDate                last,
                                RpExportChartFormat   format,
                                int                   week_width,
                                int                   week_height,
                                GError              **error);

G_END_DECLS
