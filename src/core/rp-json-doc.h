/* rp-json-doc.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A JSON document as a flat array of tokens (a "tape"), made by
 * rp_json_scan () in rp-json-scanner.c: one token per value and per
 * object key, in the order of the text. A container's token is followed
 * by its contents; an object's contents are key, value, key, value…
 * Every token knows the byte offset of its first character, so a reader
 * can say where any value is. Nothing else is allocated per value: one
 * array of 24-byte tokens instead of a tree of GObject-style nodes. */

typedef enum
{
  RP_JSON_OBJECT,
  RP_JSON_ARRAY,
  RP_JSON_STRING,   /* also an object's key */
  RP_JSON_INT,      /* no fraction, no exponent, within 64 bits */
  RP_JSON_DOUBLE,   /* any other (finite) number */
  RP_JSON_TRUE,
  RP_JSON_FALSE,
  RP_JSON_NULL,
} RpJsonType;

typedef struct
{
  guint8  type;      /* RpJsonType */
  guint8  escaped;   /* strings: has a backslash escape */
  guint32 offset;    /* byte offset of the value's first character */
  guint32 len;       /* strings: bytes between the quotes; containers: members or elements */
  guint32 next;      /* the token after this value and all it contains */
  union
  {
    gint64  i;       /* RP_JSON_INT: the value */
    guint64 end;     /* containers and doubles: the offset after the value */
  } v;
} RpJsonToken;

typedef struct
{
  const char  *data;
  gsize        len;
  RpJsonToken *tokens;
  guint        n_tokens;
} RpJsonDoc;

/* The 1-based line and column (in characters) of a byte offset. */
void         rp_json_offset_to_position (const char       *data,
                                         gsize             offset,
                                         guint            *out_line,
                                         guint            *out_col);
void         rp_json_doc_clear          (RpJsonDoc        *doc);

/* The value of key in the object at token obj, or 0 (the root is never a
 * member). Escaped keys are compared by their decoded text. */
guint        rp_json_doc_member         (const RpJsonDoc  *doc,
                                         guint             obj,
                                         const char       *key);
/* Whether the string token tok is exactly text. */
gboolean     rp_json_doc_string_is      (const RpJsonDoc  *doc,
                                         guint             tok,
                                         const char       *text);
/* The decoded text of the string token tok, in buf (replacing it). */
const char  *rp_json_doc_get_string     (const RpJsonDoc  *doc,
                                         guint             tok,
                                         GString          *buf);
/* The offset just after the value at tok. */
gsize        rp_json_doc_value_end      (const RpJsonDoc  *doc,
                                         guint             tok);

/* Iterating: the first child of a container is tok + 1 (when len > 0),
 * the one after child c is tokens[c].next; an object's children are
 * its keys, each followed by its value at key + 1. */

G_END_DECLS
