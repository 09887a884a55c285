/* rp-json-writer.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* One JSON emitter for the plan file and the CLI's `show --json`. */
typedef enum
{
  /* json-glib's pretty layout (indent 2), byte for byte: `"key" : value`,
   * every value on its own line, json-glib's escapes. */
  RP_JSON_WRITER_STYLE_PLAN_FILE,
  /* `"key": value` down to the pretty depth, deeper containers on one
   * line as `"key":value`; escapes also the C1 controls and the bidi
   * overrides, so that JSON printed on a terminal cannot act on it, and
   * writes invalid UTF-8 as U+FFFD. */
  RP_JSON_WRITER_STYLE_TERMINAL,
} RpJsonWriterStyle;

typedef struct _RpJsonWriter RpJsonWriter;

/* pretty_depth: containers opened at depth >= pretty_depth are written on
 * one line (only in the terminal style; the plan file style ignores it).
 * reserve: the bytes to allocate up front. */
RpJsonWriter *rp_json_writer_new          (RpJsonWriterStyle  style,
                                           guint              pretty_depth,
                                           gsize              reserve);
void          rp_json_writer_free         (RpJsonWriter      *self);
/* Frees the writer; the bytes written and not taken are returned. */
GBytes       *rp_json_writer_free_to_bytes (RpJsonWriter     *self);
/* The bytes written so far, owned by the writer: a caller that streams
 * writes them out and truncates the string. */
GString      *rp_json_writer_get_buffer   (RpJsonWriter      *self);

void          rp_json_writer_begin_object (RpJsonWriter      *self);
/* The top-level container's end writes a line break after it. */
void          rp_json_writer_end_object   (RpJsonWriter      *self);
void          rp_json_writer_begin_array  (RpJsonWriter      *self);
void          rp_json_writer_end_array    (RpJsonWriter      *self);
/* A member's name; its value is the next value written. */
void          rp_json_writer_member       (RpJsonWriter      *self,
                                           const char        *key);
/* NULL writes null. */
void          rp_json_writer_string       (RpJsonWriter      *self,
                                           const char        *value);
void          rp_json_writer_int          (RpJsonWriter      *self,
                                           gint64             value);
/* Shortest round-trip digits, ".0" after a whole number (as json-glib);
 * a non-finite value writes null. */
void          rp_json_writer_double       (RpJsonWriter      *self,
                                           double             value);
/* With a fixed number of decimals (0..6); a non-finite value writes null. */
void          rp_json_writer_double_fixed (RpJsonWriter      *self,
                                           double             value,
                                           int                decimals);
void          rp_json_writer_boolean      (RpJsonWriter      *self,
                                           gboolean           value);
void          rp_json_writer_null         (RpJsonWriter      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpJsonWriter, rp_json_writer_free)

G_END_DECLS
