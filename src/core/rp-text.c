/* rp-text.c
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

#define G_LOG_DOMAIN "rp-text"

#include "config.h"

#include "rp-text.h"

#include <string.h>

#define INVALID ((gunichar) -1)

static gboolean
is_unsafe_char (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/* The character at p and its length in bytes; INVALID and 1 for a byte
 * that does not start valid UTF-8 within end (or is a NUL). */
static gunichar
next_char (const char *p,
           const char *end,
           gsize      *out_len)
{
  gunichar c = g_utf8_get_char_validated (p, end - p);

  if (c == (gunichar) -1 || c == (gunichar) -2 || (c == 0 && p < end))
    {
      *out_len = 1;
      return INVALID;
    }
  *out_len = g_utf8_next_char (p) - p;
  return c;
}

static void
append_escape (GString    *out,
               gunichar    c,
               const char *p)
{
  if (c == INVALID)
    g_string_append_printf (out, "\\x%02x", (guchar) *p);
  else if (c == '\n')
    g_string_append (out, "\\n");
  else if (c == '\r')
    g_string_append (out, "\\r");
  else if (c == '\t')
    g_string_append (out, "\\t");
  else if (c < 0x80)
    g_string_append_printf (out, "\\x%02x", c);
  else
    g_string_append_printf (out, "\\u%04x", c);
}

char *
rp_text_escape (const char *text,
                gssize      len,
                gsize       max_bytes)
{
  const char *p = text;
  const char *end;
  GString *out;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  if (len < 0)
    len = (gssize) strlen (text);
  end = text + len;
  out = g_string_sized_new (len + 1);
  while (p < end)
    {
      gsize n;
      gunichar c = next_char (p, end, &n);

      /* Cut before a character, never inside one. */
      if (max_bytes > 0 && (gsize) (p - text) + n > max_bytes)
        {
          g_string_append (out, "…");
          break;
        }
      if (c == INVALID || is_unsafe_char (c))
        append_escape (out, c, p);
      else
        g_string_append_len (out, p, (gssize) n);
      p += n;
    }
  return g_string_free (out, FALSE);
}
