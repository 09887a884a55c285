/* rp-json-scanner.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One step of a path into a JSON document. */
typedef struct
{
  const char *key;    /* NULL: an array index */
  guint       index;
} RpJsonPathSeg;

/* The 1-based line and column (in characters) of a byte offset. */
void     rp_json_offset_to_position (const char           *data,
                                     gsize                 offset,
                                     guint                *out_line,
                                     guint                *out_col);
/* Strict RFC 8259 check of the bytes; errors in RP_PLAN_FILE_ERROR,
 * "NAME:LINE:COL: message". */
gboolean rp_json_prescan            (const char           *data,
                                     gsize                 len,
                                     const char           *name,
                                     GError              **error);
/* The offset of the value at path in bytes the pre-scan accepted. */
gboolean rp_json_locate_path        (const char           *data,
                                     gsize                 len,
                                     const RpJsonPathSeg  *path,
                                     guint                 n_path,
                                     gsize                *out_offset);

G_END_DECLS
