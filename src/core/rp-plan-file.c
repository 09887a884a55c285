/* rp-plan-file.c
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

#define G_LOG_DOMAIN "rp-plan-file"

#include "config.h"

#include "rp-plan-file.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rp-date.h"
#include "rp-kind.h"

/* Limits on values (docs/reliability.md). They are wider than anything a
 * runner plans and the serializer clamps to them, so a plan we write is
 * always a plan we read. */
#define MAX_NUMBER_CHARS  64
#define MAX_DISTANCE_M    1000000   /* 1,000 km in one workout */
#define MAX_DURATION_S    360000    /* 100 hours */
#define MAX_PACE_S_PER_KM 3600      /* 60:00 per km */
#define MAX_STEPS         32
#define MAX_REPEAT        1000
#define MAX_PATH          16

G_DEFINE_QUARK (rp-plan-file-error-quark, rp_plan_file_error)

static const char * const weekday_names[] = {
  NULL, "mon", "tue", "wed", "thu", "fri", "sat", "sun",
};

static const char * const race_names[] = { "5k", "10k", "half", "marathon", };

static const char * const unit_names[] = { "km", "mi", };

static const char * const recovery_names[] = { "run", "cross-training", "walk", };

static const char * const zone_names[] = {
  "none", "easy", "easy-slow", "marathon", "threshold", "interval",
  "repetition", "race", "recovery",
};

static const char * const top_keys[] = { "format", "version", "athlete", "weeks", NULL };

static const char * const athlete_keys[] = {
  "goal", "race_result", "volume_target_m", "rest_days", "unit", "recovery",
  "week_start", "min_easy_m", "manual_paces_s_per_km", NULL,
};

static const char * const workout_keys[] = {
  "kind", "distance_m", "duration_s", "pace_s_per_km", "notes", "pinned",
  "reason", "steps", NULL,
};

/* ------------------------------------------------------------------ */
/* Positions and names                                                */

static void
offset_to_position (const char *data,
                    gsize       offset,
                    guint      *out_line,
                    guint      *out_col)
{
  guint line = 1;
  guint col = 1;

  for (gsize i = 0; i < offset; i++)
    {
      guchar c = (guchar) data[i];

      if (c == '\n')
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

static char *
file_display_name (GFile *file)
{
  const char *path = g_file_peek_path (file);

  if (path != NULL)
    return g_strdup (path);
  return g_file_get_parse_name (file);
}

/* ------------------------------------------------------------------ */
/* Pre-scan: a strict RFC 8259 check of the bytes before json-glib sees
 * them. json-glib 1.6 accepts comments, single quotes, hex numbers, a
 * BOM, trailing garbage and duplicate keys, wraps huge integers and has
 * no depth limit; every one of those is refused here, with its position. */

typedef struct
{
  const char *ptr;
  gsize       len;
  gsize       offset;  /* of the key's opening quote */
} KeyRec;

typedef struct
{
  const char  *ptr;
  gsize        len;
  gboolean     escaped;
} StrTok;

typedef struct
{
  const char  *data;
  gsize        len;
  gsize        pos;
  const char  *name;
  GArray      *keys;     /* KeyRec of the open objects, innermost last */
  GPtrArray   *owned;    /* decoded copies of escaped keys */
  GString     *buf;      /* scratch for decoding escapes */
  GError     **error;
} Scanner;

static gboolean scan_value (Scanner *s,
                            guint    depth);

G_GNUC_PRINTF (4, 5)
static gboolean
scan_fail (Scanner    *s,
           gsize       offset,
           int         code,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;
  guint line, col;

  if (s->error == NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  offset_to_position (s->data, MIN (offset, s->len), &line, &col);
  g_set_error (s->error, RP_PLAN_FILE_ERROR, code,
               "%s:%u:%u: %s", s->name, line, col, message);
  return FALSE;
}

/* A readable name for the character at pos, for messages. */
static char *
describe_char (Scanner *s,
               gsize    pos)
{
  guchar c = (guchar) s->data[pos];

  if (c > 0x20 && c < 0x7f)
    return g_strdup_printf ("'%c'", c);
  return g_strdup_printf ("U+%04X", g_utf8_get_char (s->data + pos));
}

static void
skip_ws (Scanner *s)
{
  while (s->pos < s->len)
    {
      char c = s->data[s->pos];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      s->pos++;
    }
}

static gboolean
fail_unexpected (Scanner    *s,
                 const char *expected)
{
  g_autofree char *what = NULL;

  if (s->pos >= s->len)
    return scan_fail (s, s->pos, RP_PLAN_FILE_ERROR_SYNTAX,
                      _("unexpected end of file, expected %s"), expected);

  if (s->data[s->pos] == '/')
    return scan_fail (s, s->pos, RP_PLAN_FILE_ERROR_SYNTAX,
                      _("comments are not allowed in JSON"));

  if (g_ascii_isalpha (s->data[s->pos]))
    {
      gsize end = s->pos;

      while (end < s->len && end - s->pos < 24 && g_ascii_isalnum (s->data[end]))
        end++;
      what = g_strndup (s->data + s->pos, end - s->pos);
      return scan_fail (s, s->pos, RP_PLAN_FILE_ERROR_SYNTAX,
                        _("unexpected word \"%s\", expected %s"), what, expected);
    }

  what = describe_char (s, s->pos);
  return scan_fail (s, s->pos, RP_PLAN_FILE_ERROR_SYNTAX,
                    _("unexpected character %s, expected %s"), what, expected);
}

static int
hex_value (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Reads the four hex digits after "\u" at s->pos. */
static gboolean
scan_hex4 (Scanner  *s,
           gunichar *out)
{
  gunichar value = 0;

  if (s->len - s->pos < 4)
    return FALSE;
  for (guint i = 0; i < 4; i++)
    {
      int digit = hex_value (s->data[s->pos + i]);

      if (digit < 0)
        return FALSE;
      value = value * 16 + (gunichar) digit;
    }
  s->pos += 4;
  *out = value;
  return TRUE;
}

/* s->pos is on the character after the backslash. */
static gboolean
scan_escape (Scanner  *s,
             gunichar *out)
{
  gsize start = s->pos - 1;
  gunichar low;

  switch (s->data[s->pos])
    {
    case '"': case '\\': case '/':
      *out = (gunichar) s->data[s->pos++];
      return TRUE;
    case 'b': *out = '\b'; s->pos++; return TRUE;
    case 'f': *out = '\f'; s->pos++; return TRUE;
    case 'n': *out = '\n'; s->pos++; return TRUE;
    case 'r': *out = '\r'; s->pos++; return TRUE;
    case 't': *out = '\t'; s->pos++; return TRUE;
    case 'u':
      break;
    default:
      return scan_fail (s, start, RP_PLAN_FILE_ERROR_SYNTAX,
                        _("invalid escape sequence in a string"));
    }

  s->pos++;
  if (!scan_hex4 (s, out))
    return scan_fail (s, start, RP_PLAN_FILE_ERROR_SYNTAX,
                      _("invalid \\u escape: four hex digits expected"));
  if (*out == 0)
    return scan_fail (s, start, RP_PLAN_FILE_ERROR_SYNTAX,
                      _("NUL character (\\u0000) in a string"));
  if (*out >= 0xDC00 && *out <= 0xDFFF)
    return scan_fail (s, start, RP_PLAN_FILE_ERROR_SYNTAX,
                      _("unpaired surrogate \\u%04X in a string"), *out);
  if (*out < 0xD800 || *out > 0xDBFF)
    return TRUE;

  /* A high surrogate must be followed by a low one. */
  if (s->len - s->pos < 2 || s->data[s->pos] != '\\' || s->data[s->pos + 1] != 'u')
    return scan_fail (s, start, RP_PLAN_FILE_ERROR_SYNTAX,
                      _("unpaired surrogate \\u%04X in a string"), *out);
  s->pos += 2;
  if (!scan_hex4 (s, &low) || low < 0xDC00 || low > 0xDFFF)
    return scan_fail (s, start, RP_PLAN_FILE_ERROR_SYNTAX,
                      _("unpaired surrogate \\u%04X in a string"), *out);
  *out = 0x10000 + ((*out - 0xD800) << 10) + (low - 0xDC00);
  return TRUE;
}

static gboolean
string_too_long (Scanner *s,
                 gsize    start)
{
  return scan_fail (s, start, RP_PLAN_FILE_ERROR_LIMIT,
                    _("string longer than %d bytes"), RP_PLAN_FILE_MAX_STRING);
}

/* Checks a string at s->pos; its decoded text goes to out when wanted. */
static gboolean
scan_string (Scanner *s,
             StrTok  *out)
{
  gsize start = s->pos;
  gsize run = ++s->pos;
  gsize decoded = 0;
  gboolean escaped = FALSE;

  if (out != NULL)
    g_string_truncate (s->buf, 0);

  for (;;)
    {
      guchar c;

      if (s->pos >= s->len)
        return scan_fail (s, start, RP_PLAN_FILE_ERROR_SYNTAX,
                          _("unterminated string"));
      c = (guchar) s->data[s->pos];
      if (c == '"')
        break;
      if (c < 0x20)
        return scan_fail (s, s->pos, RP_PLAN_FILE_ERROR_SYNTAX,
                          _("control character U+%04X in a string"), c);
      if (c == '\\')
        {
          gunichar ch;

          if (out != NULL)
            g_string_append_len (s->buf, s->data + run, s->pos - run);
          s->pos++;
          if (s->pos >= s->len)
            return scan_fail (s, start, RP_PLAN_FILE_ERROR_SYNTAX,
                              _("unterminated string"));
          if (!scan_escape (s, &ch))
            return FALSE;
          if (out != NULL)
            g_string_append_unichar (s->buf, ch);
          decoded += g_unichar_to_utf8 (ch, NULL);
          escaped = TRUE;
          run = s->pos;
        }
      else
        {
          s->pos++;
          decoded++;
        }
      if (decoded > RP_PLAN_FILE_MAX_STRING)
        return string_too_long (s, start);
    }

  if (out != NULL)
    {
      out->escaped = escaped;
      if (escaped)
        {
          g_string_append_len (s->buf, s->data + run, s->pos - run);
          out->ptr = s->buf->str;
          out->len = s->buf->len;
        }
      else
        {
          out->ptr = s->data + start + 1;
          out->len = s->pos - start - 1;
        }
    }
  s->pos++;
  return TRUE;
}

static void
skip_digits (Scanner *s)
{
  while (s->pos < s->len && g_ascii_isdigit (s->data[s->pos]))
    s->pos++;
}

static gboolean
scan_number (Scanner *s)
{
  char text[MAX_NUMBER_CHARS + 1];
  gsize start = s->pos;
  gboolean integer = TRUE;
  gsize n;

  if (s->data[s->pos] == '-')
    s->pos++;
  if (s->pos < s->len && s->data[s->pos] == '0')
    s->pos++;
  else if (s->pos < s->len && g_ascii_isdigit (s->data[s->pos]))
    skip_digits (s);
  else
    goto invalid;

  if (s->pos < s->len && s->data[s->pos] == '.')
    {
      integer = FALSE;
      s->pos++;
      if (s->pos >= s->len || !g_ascii_isdigit (s->data[s->pos]))
        goto invalid;
      skip_digits (s);
    }
  if (s->pos < s->len && (s->data[s->pos] == 'e' || s->data[s->pos] == 'E'))
    {
      integer = FALSE;
      s->pos++;
      if (s->pos < s->len && (s->data[s->pos] == '+' || s->data[s->pos] == '-'))
        s->pos++;
      if (s->pos >= s->len || !g_ascii_isdigit (s->data[s->pos]))
        goto invalid;
      skip_digits (s);
    }
  /* "01", "0x10", "1.5.2": a number glued to more number-like text. */
  if (s->pos < s->len && (g_ascii_isalnum (s->data[s->pos]) || s->data[s->pos] == '.'))
    goto invalid;

  n = s->pos - start;
  if (n > MAX_NUMBER_CHARS)
    return scan_fail (s, start, RP_PLAN_FILE_ERROR_LIMIT,
                      _("number longer than %d characters"), MAX_NUMBER_CHARS);
  memcpy (text, s->data + start, n);
  text[n] = '\0';

  errno = 0;
  if (integer)
    {
      g_ascii_strtoll (text, NULL, 10);
      if (errno == ERANGE)
        return scan_fail (s, start, RP_PLAN_FILE_ERROR_LIMIT,
                          _("number %s is out of range"), text);
    }
  else if (!isfinite (g_ascii_strtod (text, NULL)))
    {
      return scan_fail (s, start, RP_PLAN_FILE_ERROR_LIMIT,
                        _("number %s is out of range"), text);
    }
  return TRUE;

invalid:
  return scan_fail (s, start, RP_PLAN_FILE_ERROR_SYNTAX, _("invalid number"));
}

static gboolean
scan_literal (Scanner    *s,
              const char *word)
{
  gsize n = strlen (word);

  if (s->len - s->pos >= n && memcmp (s->data + s->pos, word, n) == 0 &&
      (s->len - s->pos == n || !g_ascii_isalnum (s->data[s->pos + n])))
    {
      s->pos += n;
      return TRUE;
    }
  return fail_unexpected (s, _("a value"));
}

static gboolean
check_depth (Scanner *s,
             guint    depth)
{
  if (depth <= RP_PLAN_FILE_MAX_DEPTH)
    return TRUE;
  return scan_fail (s, s->pos, RP_PLAN_FILE_ERROR_LIMIT,
                    _("nesting deeper than %d levels"), RP_PLAN_FILE_MAX_DEPTH);
}

/* Records a key of the object whose keys start at base; FALSE on a
 * duplicate. Small objects compare linearly; big ones use an index. */
static gboolean
add_key (Scanner     *s,
         guint        base,
         GHashTable **index,
         StrTok      *tok,
         gsize        offset)
{
  KeyRec rec = { tok->ptr, tok->len, offset };
  const KeyRec *first = NULL;
  guint count = s->keys->len - base;

  if (tok->escaped)
    {
      rec.ptr = g_strndup (tok->ptr, tok->len);
      g_ptr_array_add (s->owned, (gpointer) rec.ptr);
    }

  if (*index == NULL && count < 16)
    {
      for (guint i = base; i < s->keys->len; i++)
        {
          const KeyRec *other = &g_array_index (s->keys, KeyRec, i);

          if (other->len == rec.len && memcmp (other->ptr, rec.ptr, rec.len) == 0)
            first = other;
        }
    }
  else
    {
      g_autoptr(GBytes) key = g_bytes_new_static (rec.ptr, rec.len);

      if (*index == NULL)
        {
          *index = g_hash_table_new_full (g_bytes_hash, g_bytes_equal,
                                          (GDestroyNotify) g_bytes_unref, NULL);
          for (guint i = base; i < s->keys->len; i++)
            {
              const KeyRec *other = &g_array_index (s->keys, KeyRec, i);

              g_hash_table_insert (*index,
                                   g_bytes_new_static (other->ptr, other->len),
                                   GUINT_TO_POINTER (i + 1));
            }
        }
      if (g_hash_table_contains (*index, key))
        first = &g_array_index (s->keys, KeyRec,
                                GPOINTER_TO_UINT (g_hash_table_lookup (*index, key)) - 1);
      else
        g_hash_table_insert (*index, g_bytes_ref (key), GUINT_TO_POINTER (s->keys->len + 1));
    }

  if (first != NULL)
    {
      g_autofree char *shown = g_strndup (rec.ptr, MIN (rec.len, 64));
      guint line, col;

      offset_to_position (s->data, first->offset, &line, &col);
      return scan_fail (s, offset, RP_PLAN_FILE_ERROR_INVALID,
                        _("duplicate key \"%s\" (first at line %u, column %u)"),
                        shown, line, col);
    }

  g_array_append_val (s->keys, rec);
  return TRUE;
}

static gboolean
scan_object (Scanner *s,
             guint    depth)
{
  g_autoptr(GHashTable) index = NULL;
  guint base = s->keys->len;
  gboolean ok = FALSE;

  if (!check_depth (s, depth))
    return FALSE;
  s->pos++;
  skip_ws (s);
  if (s->pos < s->len && s->data[s->pos] == '}')
    {
      s->pos++;
      return TRUE;
    }

  for (;;)
    {
      StrTok key;
      gsize key_offset;

      skip_ws (s);
      if (s->pos < s->len && s->data[s->pos] == '}')
        {
          scan_fail (s, s->pos, RP_PLAN_FILE_ERROR_SYNTAX,
                     _("trailing comma before '}'"));
          break;
        }
      if (s->pos >= s->len || s->data[s->pos] != '"')
        {
          fail_unexpected (s, _("a string key"));
          break;
        }
      key_offset = s->pos;
      if (!scan_string (s, &key) || !add_key (s, base, &index, &key, key_offset))
        break;
      skip_ws (s);
      if (s->pos >= s->len || s->data[s->pos] != ':')
        {
          fail_unexpected (s, _("':' after a key"));
          break;
        }
      s->pos++;
      if (!scan_value (s, depth))
        break;
      skip_ws (s);
      if (s->pos < s->len && s->data[s->pos] == ',')
        {
          s->pos++;
          continue;
        }
      if (s->pos < s->len && s->data[s->pos] == '}')
        {
          s->pos++;
          ok = TRUE;
          break;
        }
      fail_unexpected (s, _("',' or '}'"));
      break;
    }

  g_array_set_size (s->keys, base);
  return ok;
}

static gboolean
scan_array (Scanner *s,
            guint    depth)
{
  if (!check_depth (s, depth))
    return FALSE;
  s->pos++;
  skip_ws (s);
  if (s->pos < s->len && s->data[s->pos] == ']')
    {
      s->pos++;
      return TRUE;
    }

  for (;;)
    {
      skip_ws (s);
      if (s->pos < s->len && s->data[s->pos] == ']')
        return scan_fail (s, s->pos, RP_PLAN_FILE_ERROR_SYNTAX,
                          _("trailing comma before ']'"));
      if (!scan_value (s, depth))
        return FALSE;
      skip_ws (s);
      if (s->pos < s->len && s->data[s->pos] == ',')
        {
          s->pos++;
          continue;
        }
      if (s->pos < s->len && s->data[s->pos] == ']')
        {
          s->pos++;
          return TRUE;
        }
      return fail_unexpected (s, _("',' or ']'"));
    }
}

/* depth: the nesting level of the value's parent (0 for the root). */
static gboolean
scan_value (Scanner *s,
            guint    depth)
{
  skip_ws (s);
  if (s->pos >= s->len)
    return fail_unexpected (s, _("a value"));

  switch (s->data[s->pos])
    {
    case '{':
      return scan_object (s, depth + 1);
    case '[':
      return scan_array (s, depth + 1);
    case '"':
      return scan_string (s, NULL);
    case '-':
    case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
      return scan_number (s);
    case 't':
      return scan_literal (s, "true");
    case 'f':
      return scan_literal (s, "false");
    case 'n':
      return scan_literal (s, "null");
    default:
      return fail_unexpected (s, _("a value"));
    }
}

static void
scanner_init (Scanner    *s,
              const char *data,
              gsize       len,
              const char *name,
              GError    **error)
{
  s->data = data;
  s->len = len;
  s->pos = 0;
  s->name = name;
  s->keys = g_array_new (FALSE, FALSE, sizeof (KeyRec));
  s->owned = g_ptr_array_new_with_free_func (g_free);
  s->buf = g_string_new (NULL);
  s->error = error;
}

static void
scanner_clear (Scanner *s)
{
  g_array_unref (s->keys);
  g_ptr_array_unref (s->owned);
  g_string_free (s->buf, TRUE);
}

static gboolean
check_encoding (const char  *data,
                gsize        len,
                const char  *name,
                GError     **error)
{
  const char *end = NULL;
  guint line, col;

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_SYNTAX,
                   _("%s:1:1: starts with a byte order mark (BOM); plan files are UTF-8 without one"),
                   name);
      return FALSE;
    }
  if (g_utf8_validate_len (data, len, &end))
    return TRUE;

  offset_to_position (data, end - data, &line, &col);
  if (*end == '\0')
    g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_SYNTAX,
                 _("%s:%u:%u: NUL byte in the file"), name, line, col);
  else
    g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_SYNTAX,
                 _("%s:%u:%u: invalid UTF-8"), name, line, col);
  return FALSE;
}

static gboolean
prescan (const char  *data,
         gsize        len,
         const char  *name,
         GError     **error)
{
  Scanner s;
  gboolean ok;

  if (!check_encoding (data, len, name, error))
    return FALSE;

  scanner_init (&s, data, len, name, error);
  skip_ws (&s);
  if (s.pos == s.len)
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_SYNTAX,
                   _("%s: empty file"), name);
      scanner_clear (&s);
      return FALSE;
    }

  ok = scan_value (&s, 0);
  if (ok)
    {
      skip_ws (&s);
      if (s.pos < s.len)
        ok = scan_fail (&s, s.pos, RP_PLAN_FILE_ERROR_SYNTAX,
                        _("unexpected text after the end of the JSON value"));
    }
  scanner_clear (&s);
  return ok;
}

/* ------------------------------------------------------------------ */
/* Finding a value's position again, for a message about it. Only runs
 * on an error, over bytes the pre-scan accepted.                      */

typedef struct
{
  const char *key;    /* NULL: an array index */
  guint       index;
} PathSeg;

static gboolean
locate_step (Scanner       *s,
             const PathSeg *seg)
{
  if (s->pos >= s->len)
    return FALSE;

  if (seg->key != NULL)
    {
      if (s->data[s->pos] != '{')
        return FALSE;
      s->pos++;
      for (;;)
        {
          StrTok tok;
          gboolean match;

          skip_ws (s);
          if (s->pos >= s->len || s->data[s->pos] != '"' || !scan_string (s, &tok))
            return FALSE;
          match = tok.len == strlen (seg->key) && memcmp (tok.ptr, seg->key, tok.len) == 0;
          skip_ws (s);
          s->pos++;  /* ':' */
          skip_ws (s);
          if (match)
            return TRUE;
          if (!scan_value (s, 0))
            return FALSE;
          skip_ws (s);
          if (s->pos >= s->len || s->data[s->pos] != ',')
            return FALSE;
          s->pos++;
        }
    }

  if (s->data[s->pos] != '[')
    return FALSE;
  s->pos++;
  for (guint i = 0; i < seg->index; i++)
    {
      if (!scan_value (s, 0))
        return FALSE;
      skip_ws (s);
      if (s->pos >= s->len || s->data[s->pos] != ',')
        return FALSE;
      s->pos++;
    }
  skip_ws (s);
  return s->pos < s->len && s->data[s->pos] != ']';
}

static gboolean
locate_path (const char    *data,
             gsize          len,
             const PathSeg *path,
             guint          n_path,
             gsize         *out_offset)
{
  Scanner s;
  gboolean ok = TRUE;

  if (data == NULL)
    return FALSE;

  scanner_init (&s, data, len, "", NULL);
  skip_ws (&s);
  for (guint i = 0; ok && i < n_path; i++)
    ok = locate_step (&s, &path[i]);
  *out_offset = s.pos;
  scanner_clear (&s);
  return ok;
}

/* ------------------------------------------------------------------ */
/* From the JSON tree to the model, checking every value.              */

typedef struct
{
  const char  *name;
  const char  *data;
  gsize        len;
  PathSeg      path[MAX_PATH];
  guint        n_path;
  GError     **error;
} Loader;

static void
push_key (Loader     *l,
          const char *key)
{
  g_assert (l->n_path < MAX_PATH);
  l->path[l->n_path].key = key;
  l->path[l->n_path].index = 0;
  l->n_path++;
}

static void
push_index (Loader *l,
            guint   index)
{
  g_assert (l->n_path < MAX_PATH);
  l->path[l->n_path].key = NULL;
  l->path[l->n_path].index = index;
  l->n_path++;
}

static void
pop (Loader *l)
{
  g_assert (l->n_path > 0);
  l->n_path--;
}

static char *
path_to_string (Loader *l)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < l->n_path; i++)
    {
      if (l->path[i].key == NULL)
        g_string_append_printf (str, "[%u]", l->path[i].index);
      else if (i == 0)
        g_string_append (str, l->path[i].key);
      else
        g_string_append_printf (str, ".%s", l->path[i].key);
    }
  return g_string_free (str, FALSE);
}

/* "FILE:LINE:COL: PATH: message" (position and path where known). */
G_GNUC_PRINTF (3, 4)
static gboolean
fail (Loader     *l,
      int         code,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *where = NULL;
  g_autofree char *path = NULL;
  va_list args;
  gsize offset;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (locate_path (l->data, l->len, l->path, l->n_path, &offset))
    {
      guint line, col;

      offset_to_position (l->data, offset, &line, &col);
      where = g_strdup_printf ("%s:%u:%u", l->name, line, col);
    }
  else
    {
      where = g_strdup (l->name);
    }

  path = path_to_string (l);
  if (*path != '\0')
    g_set_error (l->error, RP_PLAN_FILE_ERROR, code, "%s: %s: %s", where, path, message);
  else
    g_set_error (l->error, RP_PLAN_FILE_ERROR, code, "%s: %s", where, message);
  return FALSE;
}

static gboolean
fail_missing (Loader     *l,
              const char *key)
{
  return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("missing \"%s\""), key);
}

/* Looks up key; pushes it on the path when present. */
static JsonNode *
enter (Loader     *l,
       JsonObject *obj,
       const char *key)
{
  JsonNode *node = json_object_get_member (obj, key);

  if (node != NULL)
    push_key (l, key);
  return node;
}

static JsonObject *
as_object (Loader   *l,
           JsonNode *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must be an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

static JsonArray *
as_array (Loader   *l,
          JsonNode *node)
{
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must be an array"));
      return NULL;
    }
  return json_node_get_array (node);
}

static gboolean
holds_int (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

static gboolean
holds_string (JsonNode *node)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
check_int (Loader   *l,
           JsonNode *node,
           gint64    min,
           gint64    max,
           gint64   *out)
{
  const char *what = min > 0 ? _("must be a positive integer") : _("must be a non-negative integer");
  gint64 value;

  if (!holds_int (node))
    return fail (l, RP_PLAN_FILE_ERROR_INVALID, "%s", what);
  value = json_node_get_int (node);
  if (value < MIN (min, 1))
    return fail (l, RP_PLAN_FILE_ERROR_INVALID, "%s", what);
  if (value < min)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("must be at least %" G_GINT64_FORMAT), min);
  if (value > max)
    return fail (l, RP_PLAN_FILE_ERROR_LIMIT,
                 _("%" G_GINT64_FORMAT " is over the limit of %" G_GINT64_FORMAT),
                 value, max);
  *out = value;
  return TRUE;
}

/* An optional integer member; *out keeps its value when absent. */
static gboolean
read_int (Loader     *l,
          JsonObject *obj,
          const char *key,
          gboolean    required,
          gint64      min,
          gint64      max,
          gint64     *out)
{
  JsonNode *node = enter (l, obj, key);
  gboolean ok;

  if (node == NULL)
    return required ? fail_missing (l, key) : TRUE;
  ok = check_int (l, node, min, max, out);
  pop (l);
  return ok;
}

/* A string member that must be one of names[0..n_names) (NULLs skipped). */
static gboolean
read_name (Loader             *l,
           JsonObject         *obj,
           const char         *key,
           const char * const *names,
           guint               n_names,
           guint              *out)
{
  JsonNode *node = enter (l, obj, key);
  g_autoptr(GString) list = g_string_new (NULL);

  if (node == NULL)
    return fail_missing (l, key);

  for (guint i = 0; i < n_names; i++)
    {
      if (names[i] == NULL)
        continue;
      if (holds_string (node) && g_strcmp0 (json_node_get_string (node), names[i]) == 0)
        {
          *out = i;
          pop (l);
          return TRUE;
        }
      g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", names[i]);
    }
  return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must be one of: %s"), list->str);
}

static gboolean
check_date (Loader   *l,
            JsonNode *node,
            RpDate   *out)
{
  if (!holds_string (node) || !rp_date_parse_iso (json_node_get_string (node), out))
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("must be a date (YYYY-MM-DD) from 1900-01-01 to 2200-12-31"));
  return TRUE;
}

static gboolean
read_date (Loader     *l,
           JsonObject *obj,
           const char *key,
           gboolean    required,
           RpDate     *out)
{
  JsonNode *node = enter (l, obj, key);
  gboolean ok;

  if (node == NULL)
    return required ? fail_missing (l, key) : TRUE;
  ok = check_date (l, node, out);
  pop (l);
  return ok;
}

static gboolean
read_bool (Loader     *l,
           JsonObject *obj,
           const char *key,
           gboolean   *out)
{
  JsonNode *node = enter (l, obj, key);

  if (node == NULL)
    return fail_missing (l, key);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must be true or false"));
  *out = json_node_get_boolean (node);
  pop (l);
  return TRUE;
}

/* Names in the file are exact: rp_kind_from_name also takes "Tempo". */
static gboolean
kind_from_file_name (JsonNode *node,
                     RpKind   *out_kind)
{
  return holds_string (node) &&
         rp_kind_from_name (json_node_get_string (node), out_kind) &&
         g_strcmp0 (rp_kind_to_name (*out_kind), json_node_get_string (node)) == 0;
}

static gboolean
reason_from_file_name (JsonNode     *node,
                       RpReasonCode *out_code)
{
  return holds_string (node) &&
         rp_reason_code_from_name (json_node_get_string (node), out_code) &&
         g_strcmp0 (rp_reason_code_to_name (*out_code), json_node_get_string (node)) == 0;
}

/* The members whose keys are not in known, copied; NULL when none. */
static JsonObject *
collect_extra (JsonObject         *obj,
               const char * const *known)
{
  JsonObject *extra = NULL;
  guint n_known = 0;
  GList *members;

  /* Most objects have no unknown keys: count before listing. */
  for (guint i = 0; known[i] != NULL; i++)
    n_known += json_object_has_member (obj, known[i]);
  if (json_object_get_size (obj) == n_known)
    return NULL;

  members = json_object_get_members (obj);
  for (GList *iter = members; iter != NULL; iter = iter->next)
    {
      const char *key = iter->data;

      if (g_strv_contains (known, key))
        continue;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, key, json_node_copy (json_object_get_member (obj, key)));
    }
  g_list_free (members);
  return extra;
}

/* [fast, slow], each a positive integer or null (0 in the model). */
static gboolean
check_pace_pair (Loader   *l,
                 JsonNode *node,
                 int      *out_fast,
                 int      *out_slow)
{
  JsonArray *array = as_array (l, node);
  gint64 values[2] = { 0, 0 };

  if (array == NULL)
    return FALSE;
  if (json_array_get_length (array) != 2)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("must be a pair [fast, slow] of seconds per km"));

  for (guint i = 0; i < 2; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      gboolean ok;

      if (JSON_NODE_HOLDS_NULL (element))
        continue;
      push_index (l, i);
      ok = check_int (l, element, 1, MAX_PACE_S_PER_KM, &values[i]);
      pop (l);
      if (!ok)
        return FALSE;
    }
  *out_fast = (int) values[0];
  *out_slow = (int) values[1];
  return TRUE;
}

static gboolean
read_pace (Loader     *l,
           JsonObject *obj,
           const char *key,
           double     *out)
{
  gint64 value = 0;

  if (!read_int (l, obj, key, FALSE, 1, MAX_PACE_S_PER_KM, &value))
    return FALSE;
  *out = (double) value;
  return TRUE;
}

static gboolean
read_manual_paces (Loader     *l,
                   JsonNode   *node,
                   RpAthlete  *athlete)
{
  JsonObject *obj = as_object (l, node);
  RpPaces paces = { 0 };
  JsonNode *easy;

  if (obj == NULL)
    return FALSE;

  easy = enter (l, obj, "easy");
  if (easy != NULL)
    {
      int fast, slow;

      if (!check_pace_pair (l, easy, &fast, &slow))
        return FALSE;
      paces.easy_fast = fast;
      paces.easy_slow = slow;
      pop (l);
    }

  if (!read_pace (l, obj, "marathon", &paces.marathon) ||
      !read_pace (l, obj, "threshold", &paces.threshold) ||
      !read_pace (l, obj, "interval", &paces.interval) ||
      !read_pace (l, obj, "repetition", &paces.repetition) ||
      !read_pace (l, obj, "recovery", &paces.recovery) ||
      !read_pace (l, obj, "half", &paces.half))
    return FALSE;

  rp_athlete_set_manual_paces (athlete, &paces);
  return TRUE;
}

static gboolean
read_race_result (Loader    *l,
                  JsonNode  *node,
                  RpAthlete *athlete)
{
  JsonObject *obj = as_object (l, node);
  gint64 distance_m = 0;
  gint64 time_s = 0;

  if (obj == NULL ||
      !read_int (l, obj, "distance_m", TRUE, 1, MAX_DISTANCE_M, &distance_m) ||
      !read_int (l, obj, "time_s", TRUE, 1, MAX_DURATION_S, &time_s))
    return FALSE;

  rp_athlete_set_race_result (athlete, distance_m, time_s);
  return TRUE;
}

static gboolean
read_rest_days (Loader     *l,
                JsonObject *obj,
                guint      *out_mask)
{
  JsonNode *node = enter (l, obj, "rest_days");
  JsonArray *array;
  guint mask = 0;
  guint n;

  if (node == NULL)
    return fail_missing (l, "rest_days");
  if ((array = as_array (l, node)) == NULL)
    return FALSE;
  n = json_array_get_length (array);
  if (n > 7)
    return fail (l, RP_PLAN_FILE_ERROR_LIMIT, _("more than 7 rest days"));

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *name = holds_string (element) ? json_node_get_string (element) : NULL;
      guint day = 0;

      push_index (l, i);
      for (guint d = 1; d <= 7; d++)
        if (g_strcmp0 (name, weekday_names[d]) == 0)
          day = d;
      if (day == 0)
        return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                     _("must be one of: mon, tue, wed, thu, fri, sat, sun"));
      if (mask & (1u << (day - 1)))
        return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("duplicate rest day \"%s\""), name);
      mask |= 1u << (day - 1);
      pop (l);
    }

  pop (l);
  *out_mask = mask;
  return TRUE;
}

static RpAthlete *
read_athlete (Loader     *l,
              JsonObject *top)
{
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();
  g_autoptr(JsonObject) extra = NULL;
  JsonNode *node = enter (l, top, "athlete");
  JsonObject *obj;
  guint goal, unit, recovery, week_start;
  guint rest_mask = 0;
  gint64 volume_m = 0;
  gint64 min_easy_m = 0;

  if (node == NULL)
    {
      fail_missing (l, "athlete");
      return NULL;
    }
  if ((obj = as_object (l, node)) == NULL)
    return NULL;

  if (!read_name (l, obj, "goal", race_names, G_N_ELEMENTS (race_names), &goal) ||
      !read_int (l, obj, "volume_target_m", TRUE, 0, RP_MAX_VOLUME_M, &volume_m) ||
      !read_rest_days (l, obj, &rest_mask) ||
      !read_name (l, obj, "unit", unit_names, G_N_ELEMENTS (unit_names), &unit) ||
      !read_name (l, obj, "recovery", recovery_names, G_N_ELEMENTS (recovery_names), &recovery) ||
      !read_name (l, obj, "week_start", weekday_names, G_N_ELEMENTS (weekday_names), &week_start) ||
      !read_int (l, obj, "min_easy_m", FALSE, 0, RP_MAX_VOLUME_M, &min_easy_m))
    return NULL;

  rp_athlete_set_goal (athlete, (RpRace) goal);
  rp_athlete_set_volume_m (athlete, volume_m);
  rp_athlete_set_rest_days (athlete, rest_mask);
  rp_athlete_set_unit (athlete, (RpUnit) unit);
  rp_athlete_set_recovery_preference (athlete, (RpRecoveryPreference) recovery);
  rp_athlete_set_week_start (athlete, (GDateWeekday) week_start);
  rp_athlete_set_min_easy_m (athlete, min_easy_m);

  if ((node = enter (l, obj, "race_result")) != NULL)
    {
      if (!read_race_result (l, node, athlete))
        return NULL;
      pop (l);
    }
  if ((node = enter (l, obj, "manual_paces_s_per_km")) != NULL)
    {
      if (!read_manual_paces (l, node, athlete))
        return NULL;
      pop (l);
    }

  extra = collect_extra (obj, athlete_keys);
  if (extra != NULL)
    rp_athlete_set_extra (athlete, extra);
  pop (l);
  return g_steal_pointer (&athlete);
}

/* The arguments each reason code carries (what rp_reason_equal compares). */
static gboolean
reason_has_kind (RpReasonCode code)
{
  return code == RP_REASON_RECOVERY_AFTER_HARD ||
         code == RP_REASON_REST_AFTER_RACE ||
         code == RP_REASON_RECOVERY_AFTER_RACE;
}

static gboolean
reason_has_target (RpReasonCode code)
{
  return code == RP_REASON_EASY_VOLUME || code == RP_REASON_REST_NOT_NEEDED;
}

static gboolean
read_reason (Loader    *l,
             JsonNode  *node,
             RpWorkout *workout)
{
  JsonObject *obj = as_object (l, node);
  RpReason reason = { 0 };
  JsonNode *member;

  if (obj == NULL)
    return FALSE;

  if ((member = enter (l, obj, "code")) == NULL)
    return fail_missing (l, "code");
  if (!reason_from_file_name (member, &reason.code))
    return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("unknown reason code"));
  pop (l);

  if (reason_has_kind (reason.code))
    {
      if ((member = enter (l, obj, "kind")) == NULL)
        return fail_missing (l, "kind");
      if (!kind_from_file_name (member, &reason.kind))
        return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("unknown workout kind"));
      pop (l);
      if (!read_date (l, obj, "date", TRUE, &reason.date))
        return FALSE;
    }
  if (reason.code == RP_REASON_EASY_VOLUME &&
      !read_int (l, obj, "metres", TRUE, 0, RP_MAX_VOLUME_M, &reason.metres))
    return FALSE;
  if (reason_has_target (reason.code) &&
      !read_int (l, obj, "target_m", TRUE, 0, RP_MAX_VOLUME_M, &reason.target_m))
    return FALSE;

  rp_workout_set_reason (workout, &reason);
  return TRUE;
}

static gboolean
read_step (Loader    *l,
           JsonNode  *node,
           RpWorkout *workout)
{
  JsonObject *obj = as_object (l, node);
  RpStep step = { 1, -1, -1, RP_ZONE_NONE, -1, -1 };
  gint64 repeat = 1;
  guint zone;

  if (obj == NULL ||
      !read_int (l, obj, "repeat", TRUE, 1, MAX_REPEAT, &repeat) ||
      !read_int (l, obj, "distance_m", FALSE, 0, MAX_DISTANCE_M, &step.distance_m) ||
      !read_int (l, obj, "duration_s", FALSE, 0, MAX_DURATION_S, &step.duration_s) ||
      !read_name (l, obj, "zone", zone_names, G_N_ELEMENTS (zone_names), &zone) ||
      !read_int (l, obj, "recovery_distance_m", FALSE, 0, MAX_DISTANCE_M, &step.recovery_distance_m) ||
      !read_int (l, obj, "recovery_duration_s", FALSE, 0, MAX_DURATION_S, &step.recovery_duration_s))
    return FALSE;

  step.repeat = (int) repeat;
  step.zone = (RpZone) zone;
  rp_workout_add_step (workout, &step);
  return TRUE;
}

static gboolean
read_steps (Loader    *l,
            JsonNode  *node,
            RpWorkout *workout)
{
  JsonArray *array = as_array (l, node);
  guint n;

  if (array == NULL)
    return FALSE;
  n = json_array_get_length (array);
  if (n > MAX_STEPS)
    return fail (l, RP_PLAN_FILE_ERROR_LIMIT,
                 _("%u steps is over the limit of %d"), n, MAX_STEPS);

  for (guint i = 0; i < n; i++)
    {
      push_index (l, i);
      if (!read_step (l, json_array_get_element (array, i), workout))
        return FALSE;
      pop (l);
    }
  return TRUE;
}

/* The optional members of a workout, after its kind. */
static gboolean
read_workout_details (Loader     *l,
                      JsonObject *obj,
                      RpWorkout  *workout)
{
  gint64 distance_m = -1;
  gint64 duration_s = -1;
  gboolean pinned = FALSE;
  JsonNode *node;

  if (!read_int (l, obj, "distance_m", FALSE, 0, MAX_DISTANCE_M, &distance_m) ||
      !read_int (l, obj, "duration_s", FALSE, 0, MAX_DURATION_S, &duration_s) ||
      !read_bool (l, obj, "pinned", &pinned))
    return FALSE;
  rp_workout_set_distance_m (workout, distance_m);
  rp_workout_set_duration_s (workout, duration_s);
  rp_workout_set_pinned (workout, pinned);

  if ((node = enter (l, obj, "pace_s_per_km")) != NULL)
    {
      int fast, slow;

      if (!check_pace_pair (l, node, &fast, &slow))
        return FALSE;
      rp_workout_set_pace (workout, fast, slow);
      pop (l);
    }
  if ((node = enter (l, obj, "notes")) != NULL)
    {
      if (!holds_string (node))
        return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must be a string"));
      rp_workout_set_notes (workout, json_node_get_string (node));
      pop (l);
    }
  if ((node = enter (l, obj, "reason")) != NULL)
    {
      if (!read_reason (l, node, workout))
        return FALSE;
      pop (l);
    }
  if ((node = enter (l, obj, "steps")) != NULL)
    {
      if (!read_steps (l, node, workout))
        return FALSE;
      pop (l);
    }
  return TRUE;
}

static RpWorkout *
read_workout (Loader   *l,
              JsonNode *node)
{
  g_autoptr(RpWorkout) workout = NULL;
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *obj = as_object (l, node);
  JsonNode *kind_node;
  RpKind kind;

  if (obj == NULL)
    return NULL;

  if ((kind_node = enter (l, obj, "kind")) == NULL)
    {
      fail_missing (l, "kind");
      return NULL;
    }
  if (!kind_from_file_name (kind_node, &kind))
    {
      fail (l, RP_PLAN_FILE_ERROR_INVALID, _("unknown workout kind"));
      return NULL;
    }
  pop (l);

  workout = rp_workout_new (kind);
  if (!read_workout_details (l, obj, workout))
    return NULL;

  extra = collect_extra (obj, workout_keys);
  if (extra != NULL)
    rp_workout_set_extra (workout, extra);
  return g_steal_pointer (&workout);
}

static gboolean
read_day (Loader   *l,
          JsonNode *node,
          RpPlan   *plan,
          RpDate    expected)
{
  JsonObject *obj = as_object (l, node);
  JsonArray *workouts;
  JsonNode *member;
  RpDate date;
  guint n;

  if (obj == NULL || !read_date (l, obj, "date", TRUE, &date))
    return FALSE;
  if (date != expected)
    {
      char buf[RP_DATE_ISO_LEN];

      push_key (l, "date");
      return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("expected %s (the days of a week follow each other)"),
                   rp_date_to_iso (expected, buf));
    }

  if ((member = enter (l, obj, "workouts")) == NULL)
    return fail_missing (l, "workouts");
  if ((workouts = as_array (l, member)) == NULL)
    return FALSE;
  n = json_array_get_length (workouts);
  if (n > RP_MAX_WORKOUTS_PER_DAY)
    return fail (l, RP_PLAN_FILE_ERROR_LIMIT,
                 _("%u workouts is over the limit of %d a day"), n, RP_MAX_WORKOUTS_PER_DAY);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpWorkout) workout = NULL;

      push_index (l, i);
      workout = read_workout (l, json_array_get_element (workouts, i));
      if (workout == NULL)
        return FALSE;
      rp_plan_insert_workout (plan, date, G_MAXUINT, workout);
      pop (l);
    }
  pop (l);
  return TRUE;
}

static gboolean
read_week (Loader   *l,
           JsonNode *node,
           RpPlan   *plan,
           guint     week)
{
  JsonObject *obj = as_object (l, node);
  RpDate expected = rp_plan_get_week_start (plan, week);
  JsonNode *member;
  JsonArray *days;
  gint64 target_m = 0;
  RpDate start;

  if (obj == NULL || !read_date (l, obj, "start", TRUE, &start))
    return FALSE;
  if (start != expected)
    {
      char buf[RP_DATE_ISO_LEN];

      push_key (l, "start");
      return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("expected %s (weeks follow each other without gaps)"),
                   rp_date_to_iso (expected, buf));
    }

  if (!read_int (l, obj, "volume_target_m", FALSE, 0, RP_MAX_VOLUME_M, &target_m))
    return FALSE;
  rp_plan_set_week_target_override (plan, week, target_m);

  if ((member = enter (l, obj, "days")) == NULL)
    return fail_missing (l, "days");
  if ((days = as_array (l, member)) == NULL)
    return FALSE;
  if (json_array_get_length (days) != 7)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must have 7 days, not %u"),
                 json_array_get_length (days));

  for (guint i = 0; i < 7; i++)
    {
      push_index (l, i);
      if (!read_day (l, json_array_get_element (days, i), plan, start + i))
        return FALSE;
      pop (l);
    }
  pop (l);
  return TRUE;
}

/* The first week's start: a valid date on the athlete's week start, with
 * the whole plan inside the date range. */
static gboolean
read_plan_start (Loader    *l,
                 JsonArray *weeks,
                 RpAthlete *athlete,
                 RpDate    *out_start)
{
  GDateWeekday week_start = rp_athlete_get_week_start (athlete);
  guint n = json_array_get_length (weeks);
  JsonObject *obj;
  RpDate start;

  push_index (l, 0);
  if ((obj = as_object (l, json_array_get_element (weeks, 0))) == NULL ||
      !read_date (l, obj, "start", TRUE, &start))
    return FALSE;

  push_key (l, "start");
  if (rp_date_get_weekday (start) != week_start)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("%s is not a %s, the plan's week start"),
                 json_object_get_string_member (obj, "start"), weekday_names[week_start]);
  if ((gint64) start + 7 * (gint64) n - 1 > (gint64) rp_date_from_ymd (RP_DATE_MAX_YEAR, 12, 31))
    return fail (l, RP_PLAN_FILE_ERROR_LIMIT, _("the plan would end after %d-12-31"),
                 RP_DATE_MAX_YEAR);
  pop (l);
  pop (l);
  *out_start = start;
  return TRUE;
}

static RpPlan *
read_plan (Loader     *l,
           JsonObject *top,
           RpAthlete  *athlete)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(JsonObject) extra = NULL;
  JsonNode *node = enter (l, top, "weeks");
  JsonArray *weeks;
  RpDate start = RP_DATE_INVALID;
  guint n;

  if (node == NULL)
    {
      fail_missing (l, "weeks");
      return NULL;
    }
  if ((weeks = as_array (l, node)) == NULL)
    return NULL;
  n = json_array_get_length (weeks);
  if (n == 0)
    {
      fail (l, RP_PLAN_FILE_ERROR_INVALID, _("must have at least one week"));
      return NULL;
    }
  if (n > RP_MAX_WEEKS)
    {
      fail (l, RP_PLAN_FILE_ERROR_LIMIT, _("%u weeks is over the limit of %d"), n, RP_MAX_WEEKS);
      return NULL;
    }
  if (!read_plan_start (l, weeks, athlete, &start))
    return NULL;

  plan = rp_plan_new_for_athlete (athlete, start, n);
  /* One "changed" for the whole load rather than one per workout. */
  rp_plan_freeze_changed (plan);
  for (guint i = 0; i < n; i++)
    {
      push_index (l, i);
      if (!read_week (l, json_array_get_element (weeks, i), plan, i))
        return NULL;
      pop (l);
    }
  pop (l);

  extra = collect_extra (top, top_keys);
  if (extra != NULL)
    rp_plan_set_extra (plan, extra);
  rp_plan_thaw_changed (plan);
  return g_steal_pointer (&plan);
}

/* "format" and "version" come first: a newer file is refused before any
 * of it is read. */
static gboolean
check_header (Loader     *l,
              JsonObject *top)
{
  JsonNode *node;
  gint64 version = 0;

  if ((node = enter (l, top, "format")) == NULL)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("not a Run Planner plan: missing \"format\""));
  if (!holds_string (node) || g_strcmp0 (json_node_get_string (node), RP_PLAN_FILE_FORMAT) != 0)
    return fail (l, RP_PLAN_FILE_ERROR_INVALID,
                 _("not a Run Planner plan: must be \"%s\""), RP_PLAN_FILE_FORMAT);
  pop (l);

  if (!read_int (l, top, "version", TRUE, 1, G_MAXINT64, &version))
    return FALSE;
  if (version > RP_PLAN_FILE_VERSION)
    {
      g_set_error (l->error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_VERSION,
                   _("%s: version %" G_GINT64_FORMAT " is newer than this Run Planner reads (%d)"),
                   l->name, version, RP_PLAN_FILE_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* json-glib says "<data>:LINE:COL: Parse error: message"; we say
 * "FILE:LINE:COL: message". Only reached if the pre-scan let through
 * something json-glib refuses. */
static void
set_parser_error (GError     **error,
                  const char  *name,
                  GError      *parser_error)
{
  const char *message = parser_error->message;
  guint line = 0, col = 0;
  const char *rest;

  if (g_str_has_prefix (message, "<data>:") &&
      sscanf (message, "<data>:%u:%u:", &line, &col) == 2 &&
      (rest = strstr (message + 7, ": ")) != NULL)
    {
      rest += 2;
      if (g_str_has_prefix (rest, "Parse error: "))
        rest += strlen ("Parse error: ");
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_SYNTAX,
                   "%s:%u:%u: %s", name, line, col, rest);
      return;
    }
  g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_SYNTAX,
               "%s: %s", name, message);
}

RpPlan *
rp_plan_file_load_bytes (GBytes      *bytes,
                         const char  *display_name,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parser_error = NULL;
  g_autoptr(RpAthlete) athlete = NULL;
  const char *name = display_name != NULL ? display_name : "<plan>";
  Loader l = { name, NULL, 0, { { NULL, 0 } }, 0, error };
  JsonNode *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  l.data = g_bytes_get_data (bytes, &l.len);
  if (l.len > RP_PLAN_FILE_MAX_BYTES)
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LIMIT,
                   _("%s: larger than the limit of %d MiB"), name,
                   RP_PLAN_FILE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (l.data == NULL)
    l.data = "";
  if (!prescan (l.data, l.len, name, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, l.data, (gssize) l.len, &parser_error))
    {
      set_parser_error (error, name, parser_error);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_INVALID,
                   _("%s: not a Run Planner plan: the top level must be a JSON object"), name);
      return NULL;
    }

  if (!check_header (&l, json_node_get_object (root)))
    return NULL;
  if ((athlete = read_athlete (&l, json_node_get_object (root))) == NULL)
    return NULL;
  return read_plan (&l, json_node_get_object (root), athlete);
}

/* ------------------------------------------------------------------ */
/* From the model to bytes. Values are clamped to the loader's limits so
 * that whatever the model holds, the file we write is one we read.     */

static void
add_int (JsonBuilder *b,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_int_value (b, value);
}

static void
add_string (JsonBuilder *b,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (b, key);
  json_builder_add_string_value (b, value);
}

/* Optional integer: written when set (>= 0), clamped to max. */
static void
add_opt_int (JsonBuilder *b,
             const char  *key,
             gint64       value,
             gint64       max)
{
  if (value >= 0)
    add_int (b, key, MIN (value, max));
}

static void
add_pace_value (JsonBuilder *b,
                double       pace)
{
  gint64 value = (gint64) round (pace);

  if (value <= 0)
    json_builder_add_null_value (b);
  else
    json_builder_add_int_value (b, MIN (value, MAX_PACE_S_PER_KM));
}

/* Unknown keys of a loaded object, after the known ones; a key that
 * collides with one we write is dropped (it would be a duplicate). */
static void
add_extra (JsonBuilder        *b,
           JsonObject         *extra,
           const char * const *known)
{
  GList *members;

  if (extra == NULL)
    return;

  members = json_object_get_members (extra);
  for (GList *iter = members; iter != NULL; iter = iter->next)
    {
      const char *key = iter->data;

      if (g_strv_contains (known, key) || !g_utf8_validate (key, -1, NULL))
        continue;
      json_builder_set_member_name (b, key);
      json_builder_add_value (b, json_node_copy (json_object_get_member (extra, key)));
    }
  g_list_free (members);
}

static void
add_manual_paces (JsonBuilder *b,
                  RpAthlete   *athlete)
{
  static const char * const keys[] = {
    "marathon", "threshold", "interval", "repetition", "recovery", "half",
  };
  RpPaces paces;

  if (!rp_athlete_get_manual_paces (athlete, &paces))
    return;

  json_builder_set_member_name (b, "manual_paces_s_per_km");
  json_builder_begin_object (b);
  if (round (paces.easy_fast) > 0 || round (paces.easy_slow) > 0)
    {
      json_builder_set_member_name (b, "easy");
      json_builder_begin_array (b);
      add_pace_value (b, paces.easy_fast);
      add_pace_value (b, paces.easy_slow);
      json_builder_end_array (b);
    }
  {
    const double values[G_N_ELEMENTS (keys)] = {
      paces.marathon, paces.threshold, paces.interval,
      paces.repetition, paces.recovery, paces.half,
    };

    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      if (round (values[i]) > 0)
        add_int (b, keys[i], MIN ((gint64) round (values[i]), MAX_PACE_S_PER_KM));
  }
  json_builder_end_object (b);
}

/* The getter answers the unit's default when none is set; only a value
 * the runner chose goes to the file, so a unit change still moves it. */
static gboolean
has_own_min_easy (RpAthlete *athlete)
{
  g_autoptr(RpAthlete) copy = rp_athlete_copy (athlete);

  rp_athlete_set_min_easy_m (copy, 0);
  return !rp_athlete_equal (copy, athlete);
}

static void
add_athlete (JsonBuilder *b,
             RpAthlete   *athlete)
{
  guint rest = rp_athlete_get_rest_days (athlete);
  GDateWeekday week_start = rp_athlete_get_week_start (athlete);
  gint64 distance_m, time_s;

  json_builder_set_member_name (b, "athlete");
  json_builder_begin_object (b);
  add_string (b, "goal", rp_race_to_name (rp_athlete_get_goal (athlete)));
  if (rp_athlete_get_race_result (athlete, &distance_m, &time_s) && distance_m > 0 && time_s > 0)
    {
      json_builder_set_member_name (b, "race_result");
      json_builder_begin_object (b);
      add_int (b, "distance_m", MIN (distance_m, MAX_DISTANCE_M));
      add_int (b, "time_s", MIN (time_s, MAX_DURATION_S));
      json_builder_end_object (b);
    }
  add_int (b, "volume_target_m", CLAMP (rp_athlete_get_volume_m (athlete), 0, RP_MAX_VOLUME_M));

  json_builder_set_member_name (b, "rest_days");
  json_builder_begin_array (b);
  for (guint d = 1; d <= 7; d++)
    if (rest & (1u << (d - 1)))
      json_builder_add_string_value (b, weekday_names[d]);
  json_builder_end_array (b);

  add_string (b, "unit", unit_names[rp_athlete_get_unit (athlete) == RP_UNIT_MI]);
  add_string (b, "recovery",
              recovery_names[MIN ((guint) rp_athlete_get_recovery_preference (athlete), 2)]);
  if (week_start < G_DATE_MONDAY || week_start > G_DATE_SUNDAY)
    week_start = G_DATE_MONDAY;
  add_string (b, "week_start", weekday_names[week_start]);
  if (has_own_min_easy (athlete))
    add_int (b, "min_easy_m", CLAMP (rp_athlete_get_min_easy_m (athlete), 0, RP_MAX_VOLUME_M));
  add_manual_paces (b, athlete);
  add_extra (b, rp_athlete_get_extra (athlete), athlete_keys);
  json_builder_end_object (b);
}

/* The code, then the arguments that code carries. */
static void
add_reason (JsonBuilder    *b,
            const RpReason *reason)
{
  char buf[RP_DATE_ISO_LEN];
  RpDate date;

  if (reason == NULL || reason->code == RP_REASON_NONE || reason->code >= RP_N_REASONS)
    return;

  json_builder_set_member_name (b, "reason");
  json_builder_begin_object (b);
  add_string (b, "code", rp_reason_code_to_name (reason->code));
  if (reason_has_kind (reason->code))
    {
      date = rp_date_is_valid (reason->date) ? reason->date : rp_date_from_ymd (2000, 1, 1);
      add_string (b, "kind", rp_kind_to_name (MIN (reason->kind, RP_N_KINDS - 1)));
      add_string (b, "date", rp_date_to_iso (date, buf));
    }
  if (reason->code == RP_REASON_EASY_VOLUME)
    add_int (b, "metres", CLAMP (reason->metres, 0, RP_MAX_VOLUME_M));
  if (reason_has_target (reason->code))
    add_int (b, "target_m", CLAMP (reason->target_m, 0, RP_MAX_VOLUME_M));
  json_builder_end_object (b);
}

static void
add_steps (JsonBuilder *b,
           RpWorkout   *workout)
{
  guint n = MIN (rp_workout_get_n_steps (workout), MAX_STEPS);

  if (n == 0)
    return;

  json_builder_set_member_name (b, "steps");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    {
      const RpStep *step = rp_workout_get_step (workout, i);

      json_builder_begin_object (b);
      add_int (b, "repeat", CLAMP (step->repeat, 1, MAX_REPEAT));
      add_opt_int (b, "distance_m", step->distance_m, MAX_DISTANCE_M);
      add_opt_int (b, "duration_s", step->duration_s, MAX_DURATION_S);
      add_string (b, "zone", zone_names[MIN ((guint) step->zone, G_N_ELEMENTS (zone_names) - 1)]);
      add_opt_int (b, "recovery_distance_m", step->recovery_distance_m, MAX_DISTANCE_M);
      add_opt_int (b, "recovery_duration_s", step->recovery_duration_s, MAX_DURATION_S);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
}

/* Notes are cut to the string limit (at a character boundary) and made
 * valid UTF-8, so the loader never refuses our own file. */
static void
add_notes (JsonBuilder *b,
           const char  *notes)
{
  g_autofree char *valid = NULL;
  gsize len;

  if (notes == NULL || *notes == '\0')
    return;

  valid = g_utf8_make_valid (notes, -1);
  len = strlen (valid);
  if (len > RP_PLAN_FILE_MAX_STRING)
    {
      const char *end = g_utf8_find_prev_char (valid, valid + RP_PLAN_FILE_MAX_STRING + 1);

      len = end - valid;
    }
  valid[len] = '\0';
  add_string (b, "notes", valid);
}

static void
add_workout (JsonBuilder *b,
             RpWorkout   *workout)
{
  int fast, slow;

  json_builder_begin_object (b);
  add_string (b, "kind", rp_kind_to_name (rp_workout_get_kind (workout)));
  add_opt_int (b, "distance_m", rp_workout_get_distance_m (workout), MAX_DISTANCE_M);
  add_opt_int (b, "duration_s", rp_workout_get_duration_s (workout), MAX_DURATION_S);
  rp_workout_get_pace (workout, &fast, &slow);
  if (fast > 0 || slow > 0)
    {
      json_builder_set_member_name (b, "pace_s_per_km");
      json_builder_begin_array (b);
      add_pace_value (b, fast);
      add_pace_value (b, slow);
      json_builder_end_array (b);
    }
  add_notes (b, rp_workout_get_notes (workout));
  json_builder_set_member_name (b, "pinned");
  json_builder_add_boolean_value (b, rp_workout_get_pinned (workout));
  add_reason (b, rp_workout_get_reason (workout));
  add_steps (b, workout);
  add_extra (b, rp_workout_get_extra (workout), workout_keys);
  json_builder_end_object (b);
}

static void
add_day (JsonBuilder *b,
         RpPlan      *plan,
         RpDate       date)
{
  guint n = MIN (rp_plan_get_n_workouts (plan, date), RP_MAX_WORKOUTS_PER_DAY);
  char buf[RP_DATE_ISO_LEN];

  json_builder_begin_object (b);
  add_string (b, "date", rp_date_to_iso (date, buf));
  json_builder_set_member_name (b, "workouts");
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    add_workout (b, rp_plan_get_workout (plan, date, i));
  json_builder_end_array (b);
  json_builder_end_object (b);
}

static void
add_week (JsonBuilder *b,
          RpPlan      *plan,
          guint        week)
{
  RpDate start = rp_plan_get_week_start (plan, week);
  gint64 target_m = rp_plan_get_week_target_override (plan, week);
  char buf[RP_DATE_ISO_LEN];

  json_builder_begin_object (b);
  add_string (b, "start", rp_date_to_iso (start, buf));
  if (target_m > 0)
    add_int (b, "volume_target_m", MIN (target_m, RP_MAX_VOLUME_M));
  json_builder_set_member_name (b, "days");
  json_builder_begin_array (b);
  for (guint i = 0; i < 7; i++)
    add_day (b, plan, start + i);
  json_builder_end_array (b);
  json_builder_end_object (b);
}

GBytes *
rp_plan_file_serialize (RpPlan *plan)
{
  g_autoptr(JsonBuilder) b = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  guint n_weeks;
  GString *out;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);

  n_weeks = MIN (rp_plan_get_n_weeks (plan), RP_MAX_WEEKS);

  json_builder_begin_object (b);
  add_string (b, "format", RP_PLAN_FILE_FORMAT);
  add_int (b, "version", RP_PLAN_FILE_VERSION);
  add_athlete (b, rp_plan_get_athlete (plan));
  json_builder_set_member_name (b, "weeks");
  json_builder_begin_array (b);
  for (guint i = 0; i < n_weeks; i++)
    add_week (b, plan, i);
  json_builder_end_array (b);
  add_extra (b, rp_plan_get_extra (plan), top_keys);
  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);

  out = g_string_new (NULL);
  json_generator_to_gstring (generator, out);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

/* ------------------------------------------------------------------ */
/* Reading and writing files.                                          */

static gboolean
io_fail (GError     **error,
         const char  *name,
         const char  *what,
         GError      *io_error)
{
  const char *reason = io_error->message;

  if (g_error_matches (io_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_error_copy (io_error));
      return FALSE;
    }

  /* GIO's own messages repeat the path (or a temporary file's); give
   * the plain reason where it is one we know. */
  if (io_error->domain == G_IO_ERROR)
    {
      switch (io_error->code)
        {
        case G_IO_ERROR_NOT_FOUND:         reason = g_strerror (ENOENT); break;
        case G_IO_ERROR_PERMISSION_DENIED: reason = g_strerror (EACCES); break;
        case G_IO_ERROR_NO_SPACE:          reason = g_strerror (ENOSPC); break;
        case G_IO_ERROR_READ_ONLY:         reason = g_strerror (EROFS); break;
        case G_IO_ERROR_IS_DIRECTORY:      reason = g_strerror (EISDIR); break;
        case G_IO_ERROR_NOT_DIRECTORY:     reason = g_strerror (ENOTDIR); break;
        default: break;
        }
    }
  g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO,
               "%s: %s: %s", name, what, reason);
  return FALSE;
}

static gboolean
errno_fail (GError     **error,
            const char  *name,
            const char  *what,
            int          saved_errno)
{
  g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO,
               "%s: %s: %s", name, what, g_strerror (saved_errno));
  return FALSE;
}

static gboolean
size_fail (GError     **error,
           const char  *name)
{
  g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LIMIT,
               _("%s: larger than the limit of %d MiB"), name,
               RP_PLAN_FILE_MAX_BYTES / (1024 * 1024));
  return FALSE;
}

/* Reads a local file opened without blocking (a FIFO swapped in after
 * the type check must not hang us) and checked again on the descriptor. */
static GBytes *
read_local (const char    *path,
            const char    *name,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GByteArray) array = NULL;
  struct stat st;
  int fd;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      errno_fail (error, name, _("cannot open"), errno);
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO,
                   _("%s: not a regular file"), name);
      close (fd);
      return NULL;
    }
  if (st.st_size > RP_PLAN_FILE_MAX_BYTES)
    {
      size_fail (error, name);
      close (fd);
      return NULL;
    }

  array = g_byte_array_sized_new ((guint) st.st_size + 1);
  for (;;)
    {
      guint used = array->len;
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        break;
      g_byte_array_set_size (array, used + 65536);
      n = read (fd, array->data + used, 65536);
      if (n < 0 && errno == EINTR)
        {
          g_byte_array_set_size (array, used);
          continue;
        }
      if (n < 0)
        {
          errno_fail (error, name, _("cannot read"), errno);
          break;
        }
      g_byte_array_set_size (array, used + (guint) n);
      if (array->len > RP_PLAN_FILE_MAX_BYTES)
        {
          size_fail (error, name);
          break;
        }
      if (n == 0)
        {
          close (fd);
          return g_byte_array_free_to_bytes (g_steal_pointer (&array));
        }
    }
  close (fd);
  return NULL;
}

/* Files without a local path (GVfs): GIO streams, with the same limit. */
static GBytes *
read_stream (GFile         *file,
             const char    *name,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInputStream) stream = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GByteArray) array = g_byte_array_new ();

  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      io_fail (error, name, _("cannot read"), local_error);
      return NULL;
    }

  for (;;)
    {
      g_autoptr(GBytes) chunk = NULL;

      chunk = g_input_stream_read_bytes (G_INPUT_STREAM (stream), 65536,
                                         cancellable, &local_error);
      if (chunk == NULL)
        {
          io_fail (error, name, _("cannot read"), local_error);
          return NULL;
        }
      if (g_bytes_get_size (chunk) == 0)
        break;
      g_byte_array_append (array, g_bytes_get_data (chunk, NULL), g_bytes_get_size (chunk));
      if (array->len > RP_PLAN_FILE_MAX_BYTES)
        {
          size_fail (error, name);
          return NULL;
        }
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&array));
}

static GBytes *
read_file (GFile         *file,
           const char    *name,
           char         **out_etag,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  GFileType type;

  /* The type first: opening a FIFO would block. The etag is taken
   * before reading, so a change during the read makes a later save
   * refuse rather than overwrite. */
  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_ETAG_VALUE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      io_fail (error, name, _("cannot open"), local_error);
      return NULL;
    }

  type = g_file_info_get_file_type (info);
  if (type == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO,
                   _("%s: is a directory, not a plan file"), name);
      return NULL;
    }
  if (type != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO,
                   _("%s: not a regular file (a FIFO, socket or device)"), name);
      return NULL;
    }
  if (g_file_info_get_size (info) > RP_PLAN_FILE_MAX_BYTES)
    {
      size_fail (error, name);
      return NULL;
    }

  if (out_etag != NULL)
    *out_etag = g_strdup (g_file_info_get_etag (info));
  if (g_file_peek_path (file) != NULL)
    return read_local (g_file_peek_path (file), name, cancellable, error);
  return read_stream (file, name, cancellable, error);
}

RpPlan *
rp_plan_file_load (GFile         *file,
                   char         **out_etag,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autofree char *name = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(GBytes) bytes = NULL;
  RpPlan *plan;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = file_display_name (file);
  bytes = read_file (file, name, &etag, cancellable, error);
  if (bytes == NULL)
    return NULL;

  plan = rp_plan_file_load_bytes (bytes, name, error);
  if (plan != NULL && out_etag != NULL)
    *out_etag = g_steal_pointer (&etag);
  return plan;
}

static gboolean
save_bytes (GFile         *file,
            GBytes        *bytes,
            const char    *etag,
            gboolean       overwrite,
            char         **out_etag,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autofree char *name = file_display_name (file);
  g_autoptr(GError) local_error = NULL;
  g_autofree char *new_etag = NULL;
  gconstpointer data;
  gsize size;

  if (etag == NULL && !overwrite && g_file_query_exists (file, cancellable))
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO,
                   _("%s: already exists; not overwritten"), name);
      return FALSE;
    }

  /* REPLACE_DESTINATION: without it, GIO falls back to rewriting the
   * file in place when it cannot create the temporary file (a read-only
   * directory), and a crash then leaves half a plan. */
  data = g_bytes_get_data (bytes, &size);
  if (!g_file_replace_contents (file, data, size, etag, FALSE,
                                G_FILE_CREATE_REPLACE_DESTINATION,
                                &new_etag, cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        {
          g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_CHANGED,
                       _("%s: changed on disk since it was read; not overwritten"), name);
          return FALSE;
        }
      return io_fail (error, name, _("cannot save"), local_error);
    }

  if (out_etag != NULL)
    *out_etag = g_steal_pointer (&new_etag);
  return TRUE;
}

gboolean
rp_plan_file_save (RpPlan        *plan,
                   GFile         *file,
                   const char    *etag,
                   gboolean       overwrite,
                   char         **out_etag,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = rp_plan_file_serialize (plan);
  return save_bytes (file, bytes, etag, overwrite, out_etag, cancellable, error);
}

/* ------------------------------------------------------------------ */
/* Async variants: the plan is serialized on the calling thread (the
 * model is not thread-safe); the I/O runs in a worker.                */

typedef struct
{
  GFile    *file;
  GBytes   *bytes;
  char     *etag;
  gboolean  overwrite;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data->etag);
  g_free (data);
}

/* The new etag, or "" when the backend has none. */
static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;
  char *new_etag = NULL;

  if (!save_bytes (data->file, data->bytes, data->etag, data->overwrite,
                   &new_etag, cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, new_etag != NULL ? new_etag : g_strdup (""), g_free);
}

void
rp_plan_file_save_async (RpPlan              *plan,
                         GFile               *file,
                         const char          *etag,
                         gboolean             overwrite,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;

  g_return_if_fail (RP_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file);
  data->bytes = rp_plan_file_serialize (plan);
  data->etag = g_strdup (etag);
  data->overwrite = overwrite;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rp_plan_file_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  g_task_run_in_thread (task, save_thread);
}

gboolean
rp_plan_file_save_finish (GAsyncResult  *result,
                          char         **out_etag,
                          GError       **error)
{
  g_autofree char *new_etag = NULL;

  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rp_plan_file_save_async, FALSE);

  new_etag = g_task_propagate_pointer (G_TASK (result), error);
  if (new_etag == NULL)
    return FALSE;
  if (out_etag != NULL)
    *out_etag = *new_etag != '\0' ? g_steal_pointer (&new_etag) : NULL;
  return TRUE;
}

typedef struct
{
  RpPlan *plan;
  char   *etag;
} LoadResult;

static void
load_result_free (LoadResult *result)
{
  g_clear_object (&result->plan);
  g_free (result->etag);
  g_free (result);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  LoadResult *result = g_new0 (LoadResult, 1);

  result->plan = rp_plan_file_load (file, &result->etag, cancellable, &error);
  if (result->plan == NULL)
    {
      load_result_free (result);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, result, (GDestroyNotify) load_result_free);
}

void
rp_plan_file_load_async (GFile               *file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, rp_plan_file_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

RpPlan *
rp_plan_file_load_finish (GAsyncResult  *result,
                          char         **out_etag,
                          GError       **error)
{
  LoadResult *loaded;
  RpPlan *plan;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rp_plan_file_load_async, NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;
  plan = g_steal_pointer (&loaded->plan);
  if (out_etag != NULL)
    *out_etag = g_steal_pointer (&loaded->etag);
  load_result_free (loaded);
  return plan;
}
