/* rp-json-reader.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "rp-json-doc.h"

G_BEGIN_DECLS

/* Checked reading of the values of a scanned document. The reader keeps
 * the path to the value being read ("weeks[3].days[2].workouts[0]"), so
 * every refusal says "NAME:LINE:COL: PATH: message", the position being
 * that of the value (or of the object a key is missing from). */

#define RP_JSON_READER_MAX_PATH 16

typedef struct
{
  const char *key;     /* NULL: an array index */
  guint       index;
  guint       tok;     /* the value's token */
} RpJsonPathSeg;

typedef struct
{
  RpJsonDoc      doc;
  const char    *name;
  RpJsonPathSeg  path[RP_JSON_READER_MAX_PATH];
  guint          n_path;
  GString       *buf;
  GError       **error;
} RpJsonReader;

/* Scans data (rp_json_scan) into a reader; FALSE with error set if the
 * bytes are not strict JSON. Clear the reader in both cases. */
gboolean     rp_json_reader_init          (RpJsonReader        *r,
                                           const char          *data,
                                           gsize                len,
                                           const char          *name,
                                           GError             **error);
void         rp_json_reader_clear         (RpJsonReader        *r);

void         rp_json_reader_push_key      (RpJsonReader        *r,
                                           const char          *key,
                                           guint                tok);
void         rp_json_reader_push_index    (RpJsonReader        *r,
                                           guint                index,
                                           guint                tok);
void         rp_json_reader_pop           (RpJsonReader        *r);
/* The value of key in the object obj, pushed on the path; 0 if absent. */
guint        rp_json_reader_enter         (RpJsonReader        *r,
                                           guint                obj,
                                           const char          *key);

/* Sets the error at the innermost value of the path; returns FALSE. */
gboolean     rp_json_reader_fail          (RpJsonReader        *r,
                                           int                  code,
                                           const char          *format,
                                           ...) G_GNUC_PRINTF (3, 4);
gboolean     rp_json_reader_fail_missing  (RpJsonReader        *r,
                                           const char          *key);

gboolean     rp_json_reader_is_object     (RpJsonReader        *r,
                                           guint                tok);
gboolean     rp_json_reader_is_array      (RpJsonReader        *r,
                                           guint                tok);
/* The decoded string (valid until the next call), or NULL if tok is not
 * a string. */
const char  *rp_json_reader_get_string    (RpJsonReader        *r,
                                           guint                tok);

gboolean     rp_json_reader_check_int     (RpJsonReader        *r,
                                           guint                tok,
                                           gint64               min,
                                           gint64               max,
                                           gint64              *out);
/* An integer member; *out keeps its value when it is absent and not
 * required. */
gboolean     rp_json_reader_read_int      (RpJsonReader        *r,
                                           guint                obj,
                                           const char          *key,
                                           gboolean             required,
                                           gint64               min,
                                           gint64               max,
                                           gint64              *out);
/* A required string member that is one of names[0..n_names) (NULLs
 * skipped); *out receives its index. */
gboolean     rp_json_reader_read_name     (RpJsonReader        *r,
                                           guint                obj,
                                           const char          *key,
                                           const char * const  *names,
                                           guint                n_names,
                                           guint               *out);
gboolean     rp_json_reader_read_bool     (RpJsonReader        *r,
                                           guint                obj,
                                           const char          *key,
                                           gboolean            *out);
/* The members of obj whose keys are not in known (NULL-terminated), in
 * their order, as json-glib values; *out is NULL when there are none. */
gboolean     rp_json_reader_collect_extra (RpJsonReader        *r,
                                           guint                obj,
                                           const char * const  *known,
                                           JsonObject         **out);

G_END_DECLS
