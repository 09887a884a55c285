/* rp-cli-json.c
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

#define G_LOG_DOMAIN "rp-cli"

#include "config.h"

#include "rp-cli.h"

#include <math.h>
#include <stdio.h>

/* Depth is bounded by what the CLI writes (a handful of levels); has_items
 * is a bit per level. */
#define MAX_DEPTH 63

void
rp_cli_json_init (RpCliJson *json,
                  guint      pretty_depth)
{
  json->buffer = g_string_new (NULL);
  json->depth = 0;
  json->pretty_depth = pretty_depth;
  json->has_items = 0;
  json->after_key = FALSE;
}

void
rp_cli_json_clear (RpCliJson *json)
{
  if (json->buffer != NULL)
    g_string_free (json->buffer, TRUE);
  json->buffer = NULL;
}

void
rp_cli_json_flush (RpCliJson *json)
{
  fwrite (json->buffer->str, 1, json->buffer->len, stdout);
  g_string_truncate (json->buffer, 0);
}

static void
newline (RpCliJson *json,
         guint      depth)
{
  g_string_append_c (json->buffer, '\n');
  for (guint i = 0; i < depth; i++)
    g_string_append (json->buffer, "  ");
}

/* The comma and line break before a value (not after a key). */
static void
begin_value (RpCliJson *json)
{
  guint64 bit = G_GUINT64_CONSTANT (1) << json->depth;

  if (json->after_key)
    {
      json->after_key = FALSE;
      return;
    }
  if (json->depth == 0)
    return;
  if (json->has_items & bit)
    g_string_append_c (json->buffer, ',');
  json->has_items |= bit;
  if (json->depth <= json->pretty_depth)
    newline (json, json->depth);
}

static void
open_container (RpCliJson *json,
                char       bracket)
{
  g_assert (json->depth < MAX_DEPTH);
  begin_value (json);
  g_string_append_c (json->buffer, bracket);
  json->depth++;
  json->has_items &= ~(G_GUINT64_CONSTANT (1) << json->depth);
}

static void
close_container (RpCliJson *json,
                 char       bracket)
{
  gboolean had_items = (json->has_items & (G_GUINT64_CONSTANT (1) << json->depth)) != 0;

  g_assert (json->depth > 0);
  json->depth--;
  if (had_items && json->depth < json->pretty_depth)
    newline (json, json->depth);
  g_string_append_c (json->buffer, bracket);
  if (json->depth == 0)
    g_string_append_c (json->buffer, '\n');
}

void
rp_cli_json_begin_object (RpCliJson *json)
{
  open_container (json, '{');
}

void
rp_cli_json_end_object (RpCliJson *json)
{
  close_container (json, '}');
}

void
rp_cli_json_begin_array (RpCliJson *json)
{
  open_container (json, '[');
}

void
rp_cli_json_end_array (RpCliJson *json)
{
  close_container (json, ']');
}

/* JSON needs only C0 escaped; DEL, the C1 controls and the bidi
 * overrides are escaped too, so that JSON printed on a terminal cannot
 * act on it (text is valid UTF-8 here). */
static gboolean
is_terminal_control (gunichar c)
{
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) ||
         (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

static void
append_escaped (GString    *buffer,
                const char *text)
{
  g_string_append_c (buffer, '"');
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '"' || c == '\\')
        g_string_append_printf (buffer, "\\%c", (char) c);
      else if (c == '\n')
        g_string_append (buffer, "\\n");
      else if (c == '\t')
        g_string_append (buffer, "\\t");
      else if (is_terminal_control (c))
        g_string_append_printf (buffer, "\\u%04x", c);
      else
        g_string_append_len (buffer, p, g_utf8_next_char (p) - p);
    }
  g_string_append_c (buffer, '"');
}

void
rp_cli_json_key (RpCliJson  *json,
                 const char *key)
{
  begin_value (json);
  append_escaped (json->buffer, key);
  g_string_append (json->buffer, json->depth <= json->pretty_depth ? ": " : ":");
  json->after_key = TRUE;
}

void
rp_cli_json_string (RpCliJson  *json,
                    const char *value)
{
  if (value == NULL)
    {
      rp_cli_json_null (json);
      return;
    }
  begin_value (json);
  /* Plan strings are checked UTF-8; make sure anyway, JSON must be. */
  if (g_utf8_validate (value, -1, NULL))
    append_escaped (json->buffer, value);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (value, -1);

      append_escaped (json->buffer, valid);
    }
}

void
rp_cli_json_int (RpCliJson *json,
                 gint64     value)
{
  begin_value (json);
  g_string_append_printf (json->buffer, "%" G_GINT64_FORMAT, value);
}

void
rp_cli_json_double (RpCliJson *json,
                    double     value,
                    int        decimals)
{
  char format[16];
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      rp_cli_json_null (json);
      return;
    }
  begin_value (json);
  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, 6));
  g_ascii_formatd (text, sizeof text, format, value);
  g_string_append (json->buffer, text);
}

void
rp_cli_json_boolean (RpCliJson *json,
                     gboolean   value)
{
  begin_value (json);
  g_string_append (json->buffer, value ? "true" : "false");
}

void
rp_cli_json_null (RpCliJson *json)
{
  begin_value (json);
  g_string_append (json->buffer, "null");
}
