/* rp-json-reader.c
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

#define G_LOG_DOMAIN "rp-json-reader"

#include "config.h"

#include "rp-json-reader.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rp-json-scanner.h"
#include "rp-plan-file.h"
#include "rp-text.h"

gboolean
rp_json_reader_init (RpJsonReader  *r,
                     const char    *data,
                     gsize          len,
                     const char    *name,
                     GError       **error)
{
  memset (r, 0, sizeof *r);
  r->name = name;
  r->error = error;
  r->buf = g_string_sized_new (64);
  return rp_json_scan (&r->doc, data, len, name, error);
}

void
rp_json_reader_clear (RpJsonReader *r)
{
  rp_json_doc_clear (&r->doc);
  if (r->buf != NULL)
    g_string_free (r->buf, TRUE);
  r->buf = NULL;
}

void
rp_json_reader_push_key (RpJsonReader *r,
                         const char   *key,
                         guint         tok)
{
  g_assert (r->n_path < RP_JSON_READER_MAX_PATH);
  r->path[r->n_path].key = key;
  r->path[r->n_path].index = 0;
  r->path[r->n_path].tok = tok;
  r->n_path++;
}

void
rp_json_reader_push_index (RpJsonReader *r,
                           guint         index,
                           guint         tok)
{
  g_assert (r->n_path < RP_JSON_READER_MAX_PATH);
  r->path[r->n_path].key = NULL;
  r->path[r->n_path].index = index;
  r->path[r->n_path].tok = tok;
  r->n_path++;
}

void
rp_json_reader_pop (RpJsonReader *r)
{
  g_assert (r->n_path > 0);
  r->n_path--;
}

guint
rp_json_reader_enter (RpJsonReader *r,
                      guint         obj,
                      const char   *key)
{
  guint tok = rp_json_doc_member (&r->doc, obj, key);

  if (tok != 0)
    rp_json_reader_push_key (r, key, tok);
  return tok;
}

static char *
path_to_string (RpJsonReader *r)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < r->n_path; i++)
    {
      if (r->path[i].key == NULL)
        g_string_append_printf (str, "[%u]", r->path[i].index);
      else if (i == 0)
        g_string_append (str, r->path[i].key);
      else
        g_string_append_printf (str, ".%s", r->path[i].key);
    }
  return g_string_free (str, FALSE);
}

gboolean
rp_json_reader_fail (RpJsonReader *r,
                     int           code,
                     const char   *format,
                     ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  g_autofree char *shown = NULL;
  guint tok = r->n_path > 0 ? r->path[r->n_path - 1].tok : 0;
  guint line, col;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* Valid UTF-8 and no control characters, whatever the file holds. */
  shown = rp_text_escape (message, -1, 0);

  rp_json_offset_to_position (r->doc.data, r->doc.tokens[tok].offset, &line, &col);
  path = path_to_string (r);
  if (*path != '\0')
    g_set_error (r->error, RP_PLAN_FILE_ERROR, code, "%s:%u:%u: %s: %s",
                 r->name, line, col, path, shown);
  else
    g_set_error (r->error, RP_PLAN_FILE_ERROR, code, "%s:%u:%u: %s",
                 r->name, line, col, shown);
  return FALSE;
}

gboolean
rp_json_reader_fail_missing (RpJsonReader *r,
                             const char   *key)
{
  return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("missing \"%s\""), key);
}

gboolean
rp_json_reader_is_object (RpJsonReader *r,
                          guint         tok)
{
  if (r->doc.tokens[tok].type == RP_JSON_OBJECT)
    return TRUE;
  return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("must be an object"));
}

gboolean
rp_json_reader_is_array (RpJsonReader *r,
                         guint         tok)
{
  if (r->doc.tokens[tok].type == RP_JSON_ARRAY)
    return TRUE;
  return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("must be an array"));
}

const char *
rp_json_reader_get_string (RpJsonReader *r,
                           guint         tok)
{
  if (r->doc.tokens[tok].type != RP_JSON_STRING)
    return NULL;
  return rp_json_doc_get_string (&r->doc, tok, r->buf);
}

gboolean
rp_json_reader_check_int (RpJsonReader *r,
                          guint         tok,
                          gint64        min,
                          gint64        max,
                          gint64       *out)
{
  const char *what = min > 0 ? _("must be a positive integer") : _("must be a non-negative integer");
  gint64 value;

  if (r->doc.tokens[tok].type != RP_JSON_INT)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, "%s", what);
  value = r->doc.tokens[tok].v.i;
  if (value < MIN (min, 1))
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, "%s", what);
  if (value < min)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID,
                                _("must be at least %lld"), (long long) min);
  if (value > max)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_LIMIT,
                                _("%lld is over the limit of %lld"),
                                (long long) value, (long long) max);
  *out = value;
  return TRUE;
}

gboolean
rp_json_reader_read_int (RpJsonReader *r,
                         guint         obj,
                         const char   *key,
                         gboolean      required,
                         gint64        min,
                         gint64        max,
                         gint64       *out)
{
  guint tok = rp_json_reader_enter (r, obj, key);
  gboolean ok;

  if (tok == 0)
    return required ? rp_json_reader_fail_missing (r, key) : TRUE;
  ok = rp_json_reader_check_int (r, tok, min, max, out);
  rp_json_reader_pop (r);
  return ok;
}

gboolean
rp_json_reader_read_name (RpJsonReader       *r,
                          guint               obj,
                          const char         *key,
                          const char * const *names,
                          guint               n_names,
                          guint              *out)
{
  guint tok = rp_json_reader_enter (r, obj, key);
  g_autoptr(GString) list = NULL;

  if (tok == 0)
    return rp_json_reader_fail_missing (r, key);

  for (guint i = 0; i < n_names; i++)
    {
      if (names[i] != NULL && rp_json_doc_string_is (&r->doc, tok, names[i]))
        {
          *out = i;
          rp_json_reader_pop (r);
          return TRUE;
        }
    }

  list = g_string_new (NULL);
  for (guint i = 0; i < n_names; i++)
    if (names[i] != NULL)
      g_string_append_printf (list, "%s%s", list->len > 0 ? ", " : "", names[i]);
  return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("must be one of: %s"), list->str);
}

gboolean
rp_json_reader_read_bool (RpJsonReader *r,
                          guint         obj,
                          const char   *key,
                          gboolean     *out)
{
  guint tok = rp_json_reader_enter (r, obj, key);
  guint8 type;

  if (tok == 0)
    return rp_json_reader_fail_missing (r, key);
  type = r->doc.tokens[tok].type;
  if (type != RP_JSON_TRUE && type != RP_JSON_FALSE)
    return rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_INVALID, _("must be true or false"));
  *out = type == RP_JSON_TRUE;
  rp_json_reader_pop (r);
  return TRUE;
}

static gboolean
is_known (RpJsonReader       *r,
          guint               key,
          const char * const *known)
{
  for (guint i = 0; known[i] != NULL; i++)
    if (rp_json_doc_string_is (&r->doc, key, known[i]))
      return TRUE;
  return FALSE;
}

/* The value's exact bytes, parsed by json-glib: the scan has already
 * refused everything json-glib would take too laxly. */
static JsonNode *
parse_value (RpJsonReader *r,
             guint         tok)
{
  gsize start = r->doc.tokens[tok].offset;
  gsize end = rp_json_doc_value_end (&r->doc, tok);
  g_autofree char *text = g_strndup (r->doc.data + start, end - start);
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  if (node == NULL)
    rp_json_reader_fail (r, RP_PLAN_FILE_ERROR_SYNTAX, "%s",
                         error != NULL ? error->message : _("unreadable value"));
  return node;
}

gboolean
rp_json_reader_collect_extra (RpJsonReader        *r,
                              guint                obj,
                              const char * const  *known,
                              JsonObject         **out)
{
  g_autoptr(JsonObject) extra = NULL;
  guint n = r->doc.tokens[obj].len;
  guint key = obj + 1;

  for (guint i = 0; i < n; key = r->doc.tokens[key + 1].next, i++)
    {
      g_autofree char *name = NULL;
      JsonNode *node;

      if (is_known (r, key, known))
        continue;
      name = g_strdup (rp_json_doc_get_string (&r->doc, key, r->buf));
      rp_json_reader_push_key (r, name, key + 1);
      node = parse_value (r, key + 1);
      rp_json_reader_pop (r);
      if (node == NULL)
        return FALSE;
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, node);
    }
  *out = g_steal_pointer (&extra);
  return TRUE;
}
