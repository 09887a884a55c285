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
  RP_EXPORT_ERROR_SAME_FILE, /* the output is the plan's own file */
  RP_EXPORT_ERROR_WRITE,  /* a file or the folder could not be written */
} RpExportError;

/* What rp_export_render makes. FIT is a folder of files, one per
 * workout; the others one file. */
typedef enum
{
  RP_EXPORT_FORMAT_CSV,
  RP_EXPORT_FORMAT_JSON,
  RP_EXPORT_FORMAT_FIT,
  RP_EXPORT_FORMAT_PNG,
  RP_EXPORT_FORMAT_SVG,
  RP_EXPORT_FORMAT_PDF,
} RpExportFormat;

/* One week's chart size when none is asked for (pixels, or points). */
#define RP_EXPORT_CHART_DEFAULT_WIDTH  800
#define RP_EXPORT_CHART_DEFAULT_HEIGHT 300

typedef struct
{
  int     chart_width;   /* one week's chart */
  int     chart_height;
  gint64  time_created;  /* the FIT files' time_created, Unix seconds */
} RpExportOptions;

/* The files of an export, made before anything is written (a workout the
 * watch cannot take is named before any file is). */
typedef struct _RpExportOutput RpExportOutput;

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

/* The default chart size, and now (or SOURCE_DATE_EPOCH, for a
 * reproducible export) as the FIT files' creation time. */
void            rp_export_options_init       (RpExportOptions       *options);

/* The files of days first..last of plan in format, made in memory: NULL
 * with RP_EXPORT_ERROR_RANGE or _DRAW, or RP_FIT_ERROR_UNSUPPORTED whose
 * message names the workout. Only reads the plan; its week summaries
 * should be current for a chart (rp_planner_analyze). options may be NULL
 * (rp_export_options_init's). */
RpExportOutput *rp_export_render             (RpPlan                *plan,
                                              RpExportFormat         format,
                                              RpDate                 first,
                                              RpDate                 last,
                                              const RpExportOptions *options,
                                              GError               **error);
/* A one-file output of bytes made elsewhere (e.g. an iCalendar file), to
 * be written as the others are. */
RpExportOutput *rp_export_output_new_file    (GBytes                *bytes);
void            rp_export_output_free        (RpExportOutput        *output);
/* Whether out is a folder that receives the files (FIT). */
gboolean        rp_export_output_is_folder   (RpExportOutput        *output);
guint           rp_export_output_get_n_files (RpExportOutput        *output);
/* The file's name in the folder; NULL for a one-file output. */
const char     *rp_export_output_get_name    (RpExportOutput        *output,
                                              guint                  index);
GBytes         *rp_export_output_get_bytes   (RpExportOutput        *output,
                                              guint                  index);

/* Writes output to out: the file itself, or the folder (made when missing;
 * its parent must exist) that receives each file. Each file is replaced
 * atomically (rp-atomic-file.h for a local file). plan_file (may be NULL)
 * is the plan's own file: never written over (RP_EXPORT_ERROR_SAME_FILE).
 * Other failures are RP_EXPORT_ERROR_WRITE with a sentence ("cannot write
 * the export: Permission denied"); *out_failed (may be NULL) receives the
 * file or folder the error is about. Touches no plan: callable from a
 * thread. */
gboolean        rp_export_output_write       (RpExportOutput        *output,
                                              GFile                 *out,
                                              GFile                 *plan_file,
                                              GCancellable          *cancellable,
                                              GFile                **out_failed,
                                              GError               **error);

/* rp_export_render, then rp_export_output_write: what
 * `run-planner-cli export` and the app's Export… both do, so they write
 * the same bytes. *out_n_files (may be NULL) receives the number of files
 * written. *out_failed is NULL when the error is about the plan (its
 * range, a workout FIT cannot take, a chart cairo cannot draw). */
gboolean        rp_export_write              (RpPlan                *plan,
                                              RpExportFormat         format,
                                              RpDate                 first,
                                              RpDate                 last,
                                              const RpExportOptions *options,
                                              GFile                 *plan_file,
                                              GFile                 *out,
                                              guint                 *out_n_files,
                                              GFile                **out_failed,
                                              GError               **error);

/* The plain reason of a failed write ("No such file or directory"), for
 * GIO's errors whose messages name the file again. */
const char     *rp_export_io_reason          (const GError          *error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpExportOutput, rp_export_output_free)

G_END_DECLS
