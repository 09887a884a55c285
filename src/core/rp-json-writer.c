/* rp-json-writer.c
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

#define G_LOG_DOMAIN "rp-json-writer"

#include "config.h"

#include "rp-json-writer.h"

#include <math.h>
#include <string.h>

/* The plan file style is what JsonGenerator (pretty, indent 2) prints for
 * the same tree, byte for byte (tests/test-plan-file.c regenerates every
 * file it writes with json-glib and compares): members as `"key" : value`,
 * one per line, a container's closing bracket on its own line at its
 * opening line's indent, `[]` for an empty array but `{` + the indent +
 * `}` for an empty object, integers in decimal, strings with `"` and `\`
 * escaped, \b \f \n \r \t, other control characters and DEL as \u00xx.
 * Two deliberate differences, both where json-glib 1.6 writes what is
 * not JSON (and the loader would refuse): U+001F is escaped as \u001f,
 * not written raw, and a double with an exponent gets no ".0" after it
 * (json-glib 1.6 prints 1e22 as "1e+22.0").
 *
 * Building a JsonBuilder tree and generating it cost twice a parse of
 * the same bytes; writing directly is a few times faster than the parse.
 *
 * The terminal style (the CLI's `show --json`) keeps big documents
 * readable and short: the outer levels one value per line, the inner
 * ones on one line, and it escapes what a terminal would act on. */

struct _RpJsonWriter
{
  GString           *out;
  GArray            *counts;       /* of the open containers: values so far */
  RpJsonWriterStyle  style;
  guint              pretty_depth;
  gboolean           after_key;    /* a member name was written; its value follows */
};

RpJsonWriter *
rp_json_writer_new (RpJsonWriterStyle style,
                    guint             pretty_depth,
                    gsize             reserve)
{
  RpJsonWriter *self = g_new0 (RpJsonWriter, 1);

  self->out = g_string_sized_new (reserve);
  self->counts = g_array_sized_new (FALSE, FALSE, sizeof (guint), 16);
  self->style = style;
  self->pretty_depth = style == RP_JSON_WRITER_STYLE_PLAN_FILE ? G_MAXUINT : pretty_depth;
  return self;
}

void
rp_json_writer_free (RpJsonWriter *self)
{
  if (self == NULL)
    return;
  g_string_free (self->out, TRUE);
  g_array_unref (self->counts);
  g_free (self);
}

GBytes *
rp_json_writer_free_to_bytes (RpJsonWriter *self)
{
  GBytes *bytes;

  g_return_val_if_fail (self != NULL, NULL);

  bytes = g_string_free_to_bytes (self->out);
  g_array_unref (self->counts);
  g_free (self);
  return bytes;
}

GString *
rp_json_writer_get_buffer (RpJsonWriter *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->out;
}

static void
indent (RpJsonWriter *self,
        guint         level)
{
  static const char spaces[] = "                                                                ";
  gsize n = 2 * (gsize) level;

  while (n > 0)
    {
      gsize chunk = MIN (n, sizeof spaces - 1);

      g_string_append_len (self->out, spaces, chunk);
      n -= chunk;
    }
}

/* Bytes json-glib escapes: 1 for "\\u00xx", or the letter of a short escape. */
static const char plan_file_escapes[128] = {
  0, 1, 1, 1, 1, 1, 1, 1, 'b', 't', 'n', 1, 'f', 'r', 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, '"', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\', 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
};

/* The terminal style: only \n and \t as short escapes. */
static const char terminal_escapes[128] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 't', 'n', 1, 1, 1, 1, 1,
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, '"', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, '\\', 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
};

/* The length of a C1 control (U+0080..U+009F) or a bidi override
 * (U+202A..U+202E, U+2066..U+2069) at p, in valid UTF-8, or 0. */
static guint
terminal_control_length (const guchar *p)
{
  if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
    return 2;
  if (p[0] == 0xe2 && p[1] == 0x80 && p[2] >= 0xaa && p[2] <= 0xae)
    return 3;
  if (p[0] == 0xe2 && p[1] == 0x81 && p[2] >= 0xa6 && p[2] <= 0xa9)
    return 3;
  return 0;
}

static void
quoted (RpJsonWriter *self,
        const char   *text)
{
  gboolean terminal = self->style == RP_JSON_WRITER_STYLE_TERMINAL;
  const char *escapes = terminal ? terminal_escapes : plan_file_escapes;
  const char *run = text;
  const char *p;

  g_string_append_c (self->out, '"');
  for (p = text; *p != '\0'; p++)
    {
      guchar c = (guchar) *p;
      guint length;
      char e;

      if (c >= 128)
        {
          if (!terminal || (length = terminal_control_length ((const guchar *) p)) == 0)
            continue;
          g_string_append_len (self->out, run, p - run);
          g_string_append_printf (self->out, "\\u%04x", g_utf8_get_char (p));
          p += length - 1;
          run = p + 1;
          continue;
        }
      if ((e = escapes[c]) == 0)
        continue;
      g_string_append_len (self->out, run, p - run);
      if (e == 1)
        g_string_append_printf (self->out, "\\u%04x", c);
      else
        {
          g_string_append_c (self->out, '\\');
          g_string_append_c (self->out, e);
        }
      run = p + 1;
    }
  g_string_append_len (self->out, run, p - run);
  g_string_append_c (self->out, '"');
}

static gboolean
is_pretty (RpJsonWriter *self)
{
  return self->counts->len <= self->pretty_depth;
}

/* The separator and line break before a value, unless it follows its key. */
static void
value_start (RpJsonWriter *self)
{
  guint *count;

  if (self->after_key)
    {
      self->after_key = FALSE;
      return;
    }
  if (self->counts->len == 0)
    return;
  count = &g_array_index (self->counts, guint, self->counts->len - 1);
  if (!is_pretty (self))
    {
      if ((*count)++ > 0)
        g_string_append_c (self->out, ',');
      return;
    }
  g_string_append (self->out, (*count)++ > 0 ? ",\n" : "\n");
  indent (self, self->counts->len);
}

void
rp_json_writer_member (RpJsonWriter *self,
                       const char   *key)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->counts->len > 0);

  value_start (self);
  quoted (self, key);
  if (self->style == RP_JSON_WRITER_STYLE_PLAN_FILE)
    g_string_append (self->out, " : ");
  else
    g_string_append (self->out, is_pretty (self) ? ": " : ":");
  self->after_key = TRUE;
}

static void
begin_container (RpJsonWriter *self,
                 char          bracket)
{
  guint zero = 0;

  value_start (self);
  g_string_append_c (self->out, bracket);
  g_array_append_val (self->counts, zero);
}

void
rp_json_writer_begin_object (RpJsonWriter *self)
{
  g_return_if_fail (self != NULL);

  begin_container (self, '{');
}

void
rp_json_writer_begin_array (RpJsonWriter *self)
{
  g_return_if_fail (self != NULL);

  begin_container (self, '[');
}

/* json-glib writes an empty object as `{` + the indent + `}`. */
static void
end_container (RpJsonWriter *self,
               char          bracket)
{
  guint count = g_array_index (self->counts, guint, self->counts->len - 1);
  gboolean pretty = is_pretty (self);

  g_array_set_size (self->counts, self->counts->len - 1);
  if (pretty && count > 0)
    {
      g_string_append_c (self->out, '\n');
      indent (self, self->counts->len);
    }
  else if (count == 0 && bracket == '}' && self->style == RP_JSON_WRITER_STYLE_PLAN_FILE)
    indent (self, self->counts->len);
  g_string_append_c (self->out, bracket);
  if (self->counts->len == 0)
    g_string_append_c (self->out, '\n');
}

void
rp_json_writer_end_object (RpJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->counts->len > 0);

  end_container (self, '}');
}

void
rp_json_writer_end_array (RpJsonWriter *self)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (self->counts->len > 0);

  end_container (self, ']');
}

void
rp_json_writer_int (RpJsonWriter *self,
                    gint64        value)
{
  char buf[24];
  char *p = buf + sizeof buf;
  guint64 u = value < 0 ? -(guint64) value : (guint64) value;

  g_return_if_fail (self != NULL);

  value_start (self);
  do
    *--p = (char) ('0' + u % 10);
  while ((u /= 10) > 0);
  if (value < 0)
    *--p = '-';
  g_string_append_len (self->out, p, buf + sizeof buf - p);
}

void
rp_json_writer_string (RpJsonWriter *self,
                       const char   *value)
{
  g_return_if_fail (self != NULL);

  if (value == NULL)
    {
      rp_json_writer_null (self);
      return;
    }
  value_start (self);
  /* The plan's strings are checked UTF-8; a terminal gets valid UTF-8
   * whatever a caller passes. */
  if (self->style == RP_JSON_WRITER_STYLE_TERMINAL && !g_utf8_validate (value, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (value, -1);

      quoted (self, valid);
    }
  else
    quoted (self, value);
}

void
rp_json_writer_boolean (RpJsonWriter *self,
                        gboolean      value)
{
  g_return_if_fail (self != NULL);

  value_start (self);
  g_string_append (self->out, value ? "true" : "false");
}

void
rp_json_writer_null (RpJsonWriter *self)
{
  g_return_if_fail (self != NULL);

  value_start (self);
  g_string_append (self->out, "null");
}

/* As json-glib prints a double (shortest round-trip digits, ".0" added
 * to a whole number), except that json-glib 1.6 also adds ".0" after an
 * exponent ("1e+22.0", not JSON); later json-glib does not, nor do we. */
void
rp_json_writer_double (RpJsonWriter *self,
                       double        value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (self != NULL);

  if (!isfinite (value))
    {
      rp_json_writer_null (self);
      return;
    }
  value_start (self);
  g_ascii_dtostr (buf, sizeof buf, value);
  g_string_append (self->out, buf);
  if (strpbrk (buf, ".eE") == NULL)
    g_string_append (self->out, ".0");
}

void
rp_json_writer_double_fixed (RpJsonWriter *self,
                             double        value,
                             int           decimals)
{
  char format[16];
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_if_fail (self != NULL);

  if (!isfinite (value))
    {
      rp_json_writer_null (self);
      return;
    }
  value_start (self);
  g_snprintf (format, sizeof format, "%%.%df", CLAMP (decimals, 0, 6));
  g_ascii_formatd (text, sizeof text, format, value);
  g_string_append (self->out, text);
}
