/* rp-import.h
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

/* Workouts read back from what the exporters write (docs/export.md,
 * "Import"): the app's CSV or a JSON plan file of a range. A file is read
 * whole and checked with the plan file's limits before anything is done
 * with it; a bad one is refused with an RP_PLAN_FILE_ERROR whose message
 * starts "NAME:LINE:COL: " (or "NAME: " where no position fits), as a bad
 * plan is. The workouts come in a GPtrArray of RpWorkout, each with its
 * date set, in the file's order; rp_plan_command_import merges them. */

typedef enum
{
  RP_IMPORT_CSV,
  RP_IMPORT_JSON,
} RpImportFormat;

/* A CSV file holds no more rows than a plan holds workouts. */
#define RP_IMPORT_MAX_ROWS (RP_MAX_WEEKS * 7 * RP_MAX_WORKOUTS_PER_DAY)

/* "csv" or "json" (any case); FALSE for another name. */
gboolean   rp_import_format_from_name (const char      *name,
                                       RpImportFormat  *out_format);
/* The format a file name's extension says (".csv", ".json"). */
gboolean   rp_import_format_from_path (const char      *path,
                                       RpImportFormat  *out_format);

/* The rows of the app's CSV (RFC 4180 with a header row naming the
 * export's columns; CRLF or LF line ends; a UTF-8 byte order mark is
 * skipped). unit reads a bare number in the steps column (the export
 * writes every distance with its unit). */
GPtrArray *rp_import_read_csv         (const char      *data,
                                       gsize            len,
                                       const char      *name,
                                       RpUnit           unit,
                                       GError         **error);
/* Every workout of a plan file (rp_plan_reader_read). */
GPtrArray *rp_import_read_json        (const char      *data,
                                       gsize            len,
                                       const char      *name,
                                       GError         **error);
/* Reads a file as the plan loader does (a regular file, within
 * RP_PLAN_FILE_MAX_BYTES), then one of the above. */
GPtrArray *rp_import_load             (GFile           *file,
                                       RpImportFormat   format,
                                       RpUnit           unit,
                                       GCancellable    *cancellable,
                                       GError         **error);

G_END_DECLS
