/* rp-plan-file.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-plan.h"

G_BEGIN_DECLS

#define RP_PLAN_FILE_FORMAT  "run-planner-plan"
#define RP_PLAN_FILE_VERSION 1

/* Limits enforced before and while parsing (docs/reliability.md). */
#define RP_PLAN_FILE_MAX_BYTES    (64 * 1024 * 1024)
#define RP_PLAN_FILE_MAX_DEPTH    32
#define RP_PLAN_FILE_MAX_STRING   4096

#define RP_PLAN_FILE_ERROR (rp_plan_file_error_quark ())

typedef enum
{
  RP_PLAN_FILE_ERROR_IO,        /* cannot open, read or write */
  RP_PLAN_FILE_ERROR_SYNTAX,    /* not JSON */
  RP_PLAN_FILE_ERROR_INVALID,   /* JSON, but not a valid plan */
  RP_PLAN_FILE_ERROR_VERSION,   /* a newer version of the format */
  RP_PLAN_FILE_ERROR_LIMIT,     /* over a limit */
  RP_PLAN_FILE_ERROR_CHANGED,   /* changed on disk since it was read */
  RP_PLAN_FILE_ERROR_LOCKED,    /* another program is editing it (rp-plan-lock.h) */
} RpPlanFileError;

GQuark   rp_plan_file_error_quark (void);

/* Every message starts with the file's name: "FILE:LINE:COL: message"
 * where a position is known, "FILE: message" otherwise. *out_etag (may be
 * NULL) receives the etag to pass to rp_plan_file_save. */
RpPlan  *rp_plan_file_load        (GFile         *file,
                                   char         **out_etag,
                                   GCancellable  *cancellable,
                                   GError       **error);
/* Parses bytes already read; display_name names the file in messages. */
RpPlan  *rp_plan_file_load_bytes  (GBytes        *bytes,
                                   const char    *display_name,
                                   GError       **error);
/* The file's bytes: pretty-printed, stable key order. */
GBytes  *rp_plan_file_serialize   (RpPlan        *plan);
/* Atomic save: a temporary file renamed over the plan's real file (a
 * symbolic link stays a link; the mode and owner are kept), under the
 * plan's lock (rp-plan-lock.h), so it waits for another program's edit
 * and fails with RP_PLAN_FILE_ERROR_LOCKED after the lock's timeout.
 * etag: the one read at load, or NULL for a new file (then an existing
 * file is refused unless overwrite is set, atomically at the rename);
 * refused with RP_PLAN_FILE_ERROR_CHANGED if the file changed since.
 * *out_etag receives the new etag. */
gboolean rp_plan_file_save        (RpPlan        *plan,
                                   GFile         *file,
                                   const char    *etag,
                                   gboolean       overwrite,
                                   char         **out_etag,
                                   GCancellable  *cancellable,
                                   GError       **error);
void     rp_plan_file_save_async  (RpPlan             *plan,
                                   GFile              *file,
                                   const char         *etag,
                                   gboolean            overwrite,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data);
gboolean rp_plan_file_save_finish (GAsyncResult       *result,
                                   char              **out_etag,
                                   GError            **error);
void     rp_plan_file_load_async  (GFile              *file,
                                   GCancellable       *cancellable,
                                   GAsyncReadyCallback callback,
                                   gpointer            user_data);
RpPlan  *rp_plan_file_load_finish (GAsyncResult       *result,
                                   char              **out_etag,
                                   GError            **error);

G_END_DECLS
