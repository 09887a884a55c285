/* rp-json-doc.c
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

#define G_LOG_DOMAIN "rp-json-doc"

#include "config.h"

#include "rp-json-doc.h"

#include <string.h>

/* ------------------------------------------------------------------ */
/* Positions and names                                                */

void
rp_json_offset_to_position (const char *data,
                            gsize       offset,
                            guint      *out_line,
                            guint      *out_col)
{
  guint line = 1;
  guint col = 1;

  /* A line ends at "\n", "\r\n" or a lone "\r" (JSON allows all three
   * as whitespace, and editors show each as a line break). */
  for (gsize i = 0; i < offset; i++)
    {
      guchar c = (guchar) data[i];

      if (c == '\n' && i > 0 && data[i - 1] == '\r')
        continue;   /* the line already ended at the "\r" */
      if (c == '\n' || c == '\r')
        {
          line++;
          col = 1;
        }
      else if ((c & 0xC0) != 0x80)
        {
          /* Columns count characters, not bytes. */
          col++;
        }
    }

  *out_line = line;
  *out_col = col;
}

void
rp_json_doc_clear (RpJsonDoc *doc)
{
  g_clear_pointer (&doc->tokens, g_free);
  doc->n_tokens = 0;
}

/* ------------------------------------------------------------------ */
/* Reading the tape.                                                   */

/* Decodes the escapes of a string the scan accepted. */
static void
decode_string (const char *p,
               const char *end,
               GString    *buf)
{
  while (p < end)
    {
      const char *run = p;
      gunichar ch;

      while (p < end && *p != '\\')
        p++;
      g_string_append_len (buf, run, p - run);
      if (p == end)
        break;
      p++;
      switch (*p++)
        {
        case 'b': ch = '\b'; break;
        case 'f': ch = '\f'; break;
        case 'n': ch = '\n'; break;
        case 'r': ch = '\r'; break;
        case 't': ch = '\t'; break;
        case 'u':
          ch = 0;
          for (guint i = 0; i < 4; i++)
            ch = ch * 16 + (gunichar) g_ascii_xdigit_value (p[i]);
          p += 4;
          if (ch >= 0xD800 && ch <= 0xDBFF)
            {
              gunichar low = 0;

              for (guint i = 2; i < 6; i++)
                low = low * 16 + (gunichar) g_ascii_xdigit_value (p[i]);
              p += 6;
              ch = 0x10000 + ((ch - 0xD800) << 10) + (low - 0xDC00);
            }
          break;
        default:
          ch = (gunichar) p[-1];   /* '"', '\\', '/' */
          break;
        }
      g_string_append_unichar (buf, ch);
    }
}

const char *
rp_json_doc_get_string (const RpJsonDoc *doc,
                        guint            tok,
                        GString         *buf)
{
  const RpJsonToken *t = &doc->tokens[tok];
  const char *start = doc->data + t->offset + 1;

  g_string_truncate (buf, 0);
  if (t->escaped)
    decode_string (start, start + t->len, buf);
  else
    g_string_append_len (buf, start, t->len);
  return buf->str;
}

gboolean
rp_json_doc_string_is (const RpJsonDoc *doc,
                       guint            tok,
                       const char      *text)
{
  const RpJsonToken *t = &doc->tokens[tok];
  g_autoptr(GString) buf = NULL;

  if (t->type != RP_JSON_STRING)
    return FALSE;
  if (!t->escaped)
    return strlen (text) == t->len && memcmp (doc->data + t->offset + 1, text, t->len) == 0;

  buf = g_string_new (NULL);
  return g_str_equal (rp_json_doc_get_string (doc, tok, buf), text);
}

guint
rp_json_doc_member (const RpJsonDoc *doc,
                    guint            obj,
                    const char      *key)
{
  guint n = doc->tokens[obj].len;
  guint k = obj + 1;

  g_assert (doc->tokens[obj].type == RP_JSON_OBJECT);
  for (guint i = 0; i < n; i++)
    {
      if (rp_json_doc_string_is (doc, k, key))
        return k + 1;
      k = doc->tokens[k + 1].next;
    }
  return 0;
}

gsize
rp_json_doc_value_end (const RpJsonDoc *doc,
                       guint            tok)
{
  const RpJsonToken *t = &doc->tokens[tok];
  const char *p;

  switch ((RpJsonType) t->type)
    {
    case RP_JSON_OBJECT:
    case RP_JSON_ARRAY:
    case RP_JSON_DOUBLE:
      return t->v.end;
    case RP_JSON_STRING:
      return t->offset + t->len + 2;
    case RP_JSON_TRUE:
    case RP_JSON_NULL:
      return t->offset + 4;
    case RP_JSON_FALSE:
      return t->offset + 5;
    case RP_JSON_INT:
    default:
      p = doc->data + t->offset;
      if (*p == '-')
        p++;
      while (p < doc->data + doc->len && g_ascii_isdigit (*p))
        p++;
      return p - doc->data;
    }
}
