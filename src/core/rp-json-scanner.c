/* rp-json-scanner.c
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

#define G_LOG_DOMAIN "rp-json-scanner"

#include "config.h"

#include "rp-json-scanner.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rp-plan-file.h"
#include "rp-text.h"

#define MAX_NUMBER_CHARS 64

/* Values and keys in one file. The tokens take 24 bytes each, and a dense
 * file ("[0,0,0,…") has one per two bytes: without this limit a 64 MiB file
 * cost 770 MiB of tokens. A 5,300-week filled plan (the largest the
 * format allows, 13.5 MB) has 737,000. */
#define MAX_TOKENS 4000000

/* ------------------------------------------------------------------ */
/* The scan: a strict RFC 8259 check of the bytes, recording the tape as
 * it goes. json-glib 1.6 accepts comments, single quotes, hex numbers, a
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
  RpJsonToken *tokens;
  guint        n_tokens;
  guint        n_alloc;
  GError     **error;
} Scanner;

/* Appends a token of type starting at offset; its index. */
static guint
emit (Scanner    *s,
      RpJsonType  type,
      gsize       offset)
{
  RpJsonToken *tok;

  if (s->n_tokens == s->n_alloc)
    {
      /* scan_value () stops at MAX_TOKENS values, after at most one key. */
      g_assert (s->n_alloc <= MAX_TOKENS);
      s->n_alloc = MIN (s->n_alloc * 2, MAX_TOKENS + 1);
      s->tokens = g_renew (RpJsonToken, s->tokens, s->n_alloc);
    }
  tok = &s->tokens[s->n_tokens];
  tok->type = type;
  tok->escaped = FALSE;
  tok->offset = (guint32) offset;
  tok->len = 0;
  tok->next = s->n_tokens + 1;
  tok->v.i = 0;
  return s->n_tokens++;
}

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
  g_autofree char *shown = NULL;
  va_list args;
  guint line, col;

  if (s->error == NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* A message may quote the file's content: the app shows it in a label,
   * which needs valid UTF-8, and the CLI on a terminal. */
  shown = rp_text_escape (message, -1, 0);

  rp_json_offset_to_position (s->data, MIN (offset, s->len), &line, &col);
  g_set_error (s->error, RP_PLAN_FILE_ERROR, code,
               "%s:%u:%u: %s", s->name, line, col, shown);
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
  guint tok = emit (s, RP_JSON_STRING, s->pos);
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
          gunichar ch = 0;

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

  s->tokens[tok].len = (guint32) (s->pos - start - 1);
  s->tokens[tok].escaped = escaped;
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

  /* emit () may move the tokens: index them only after it returns. */
  errno = 0;
  if (integer)
    {
      gint64 value = g_ascii_strtoll (text, NULL, 10);
      guint tok;

      if (errno == ERANGE)
        return scan_fail (s, start, RP_PLAN_FILE_ERROR_LIMIT,
                          _("number %s is out of range"), text);
      tok = emit (s, RP_JSON_INT, start);
      s->tokens[tok].v.i = value;
    }
  else if (!isfinite (g_ascii_strtod (text, NULL)))
    {
      return scan_fail (s, start, RP_PLAN_FILE_ERROR_LIMIT,
                        _("number %s is out of range"), text);
    }
  else
    {
      guint tok = emit (s, RP_JSON_DOUBLE, start);

      s->tokens[tok].v.end = s->pos;
    }
  return TRUE;

invalid:
  return scan_fail (s, start, RP_PLAN_FILE_ERROR_SYNTAX, _("invalid number"));
}

static gboolean
scan_literal (Scanner    *s,
              const char *word,
              RpJsonType  type)
{
  gsize n = strlen (word);

  if (s->len - s->pos >= n && memcmp (s->data + s->pos, word, n) == 0 &&
      (s->len - s->pos == n || !g_ascii_isalnum (s->data[s->pos + n])))
    {
      emit (s, type, s->pos);
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

static gboolean
key_equal (const KeyRec *a,
           const KeyRec *b)
{
  return a->len == b->len && memcmp (a->ptr, b->ptr, a->len) == 0;
}

/* Orders keys given as their position in Scanner.keys plus one. */
static int
key_compare (gconstpointer a,
             gconstpointer b,
             gpointer      user_data)
{
  Scanner *s = user_data;
  const KeyRec *ka = &g_array_index (s->keys, KeyRec, GPOINTER_TO_UINT (a) - 1);
  const KeyRec *kb = &g_array_index (s->keys, KeyRec, GPOINTER_TO_UINT (b) - 1);
  int order = memcmp (ka->ptr, kb->ptr, MIN (ka->len, kb->len));

  if (order != 0)
    return order;
  return ka->len < kb->len ? -1 : ka->len > kb->len;
}

/* The key of the object equal to the last one in s->keys, or NULL; puts
 * the last key in the object's index. Big objects get a balanced tree,
 * not a hash table: GLib's string hashes are fixed, so a file can choose
 * keys that all collide (131,072 of "Aa"/"B@" in a 5 MB file kept a
 * hash-indexed loader busy for minutes); a tree is O(log n) whatever the
 * keys are. */
static const KeyRec *
index_add_last (Scanner *s,
                GTree   *index)
{
  gpointer last = GUINT_TO_POINTER (s->keys->len);
  gpointer found = g_tree_lookup (index, last);

  if (found != NULL)
    return &g_array_index (s->keys, KeyRec, GPOINTER_TO_UINT (found) - 1);
  g_tree_insert (index, last, last);
  return NULL;
}

/* Records a key of the object whose keys start at base; FALSE on a
 * duplicate. Small objects compare linearly; big ones use an index. */
static gboolean
add_key (Scanner  *s,
         guint     base,
         GTree   **index,
         StrTok   *tok,
         gsize     offset)
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
      for (guint i = base; i < s->keys->len && first == NULL; i++)
        if (key_equal (&g_array_index (s->keys, KeyRec, i), &rec))
          first = &g_array_index (s->keys, KeyRec, i);
      if (first == NULL)
        g_array_append_val (s->keys, rec);
    }
  else
    {
      if (*index == NULL)
        {
          *index = g_tree_new_with_data (key_compare, s);
          for (guint i = base + 1; i <= s->keys->len; i++)
            g_tree_insert (*index, GUINT_TO_POINTER (i), GUINT_TO_POINTER (i));
        }
      g_array_append_val (s->keys, rec);
      first = index_add_last (s, *index);
    }

  if (first != NULL)
    {
      /* Cut at a character, not inside one: the message must stay UTF-8. */
      g_autofree char *shown = rp_text_escape (rec.ptr, (gssize) rec.len, 64);
      guint line, col;

      rp_json_offset_to_position (s->data, first->offset, &line, &col);
      return scan_fail (s, offset, RP_PLAN_FILE_ERROR_INVALID,
                        _("duplicate key \"%s\" (first at line %u, column %u)"),
                        shown, line, col);
    }
  return TRUE;
}

/* The container at token tok ends at s->pos with count children. */
static gboolean
close_container (Scanner *s,
                 guint    tok,
                 guint    count)
{
  s->tokens[tok].len = count;
  s->tokens[tok].next = s->n_tokens;
  s->tokens[tok].v.end = s->pos;
  return TRUE;
}

static gboolean
scan_object (Scanner *s,
             guint    depth)
{
  g_autoptr(GTree) index = NULL;
  guint base = s->keys->len;
  guint tok = emit (s, RP_JSON_OBJECT, s->pos);
  gboolean ok = FALSE;

  if (!check_depth (s, depth))
    return FALSE;
  s->pos++;
  skip_ws (s);
  if (s->pos < s->len && s->data[s->pos] == '}')
    {
      s->pos++;
      return close_container (s, tok, 0);
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
          ok = close_container (s, tok, s->keys->len - base);
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
  guint tok = emit (s, RP_JSON_ARRAY, s->pos);
  guint count = 0;

  if (!check_depth (s, depth))
    return FALSE;
  s->pos++;
  skip_ws (s);
  if (s->pos < s->len && s->data[s->pos] == ']')
    {
      s->pos++;
      return close_container (s, tok, 0);
    }

  for (;;)
    {
      skip_ws (s);
      if (s->pos < s->len && s->data[s->pos] == ']')
        return scan_fail (s, s->pos, RP_PLAN_FILE_ERROR_SYNTAX,
                          _("trailing comma before ']'"));
      if (!scan_value (s, depth))
        return FALSE;
      count++;
      skip_ws (s);
      if (s->pos < s->len && s->data[s->pos] == ',')
        {
          s->pos++;
          continue;
        }
      if (s->pos < s->len && s->data[s->pos] == ']')
        {
          s->pos++;
          return close_container (s, tok, count);
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
  if (s->n_tokens >= MAX_TOKENS)
    return scan_fail (s, s->pos, RP_PLAN_FILE_ERROR_LIMIT,
                      _("more than %d values and keys in the file"), MAX_TOKENS);

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
      return scan_literal (s, "true", RP_JSON_TRUE);
    case 'f':
      return scan_literal (s, "false", RP_JSON_FALSE);
    case 'n':
      return scan_literal (s, "null", RP_JSON_NULL);
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
  /* A pretty-printed plan has one token per 18 bytes or so: start a
   * little above that, and double when a denser file needs more. */
  s->n_alloc = (guint) CLAMP (len / 16, 16, MAX_TOKENS + 1);
  s->tokens = g_new (RpJsonToken, s->n_alloc);
  s->n_tokens = 0;
  s->error = error;
}

static void
scanner_clear (Scanner *s)
{
  g_array_unref (s->keys);
  g_ptr_array_unref (s->owned);
  g_string_free (s->buf, TRUE);
  g_free (s->tokens);
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

  rp_json_offset_to_position (data, end - data, &line, &col);
  if (*end == '\0')
    g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_SYNTAX,
                 _("%s:%u:%u: NUL byte in the file"), name, line, col);
  else
    g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_SYNTAX,
                 _("%s:%u:%u: invalid UTF-8"), name, line, col);
  return FALSE;
}

gboolean
rp_json_scan (RpJsonDoc   *doc,
              const char  *data,
              gsize        len,
              const char  *name,
              GError     **error)
{
  Scanner s;
  gboolean ok;

  memset (doc, 0, sizeof *doc);
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
  if (ok)
    {
      doc->data = data;
      doc->len = len;
      doc->tokens = g_steal_pointer (&s.tokens);
      doc->n_tokens = s.n_tokens;
    }
  scanner_clear (&s);
  return ok;
}
