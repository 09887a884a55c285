/* rp-import.c — workouts from a JSON range or the app's CSV
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

#define G_LOG_DOMAIN "rp-import"

#include "config.h"

#include "rp-import.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rp-plan-file.h"
#include "rp-plan-reader.h"
#include "rp-text.h"

static const char * const format_names[] = {
  [RP_IMPORT_CSV] = "csv",
  [RP_IMPORT_JSON] = "json",
};

gboolean
rp_import_format_from_name (const char     *name,
                            RpImportFormat *out_format)
{
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (out_format != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (name, format_names[i]) == 0)
      {
        *out_format = (RpImportFormat) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
rp_import_format_from_path (const char     *path,
                            RpImportFormat *out_format)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (out_format != NULL, FALSE);

  dot = strrchr (path, '.');
  return dot != NULL && strchr (dot, '/') == NULL &&
         rp_import_format_from_name (dot + 1, out_format);
}

GPtrArray *
rp_import_read_json (const char  *data,
                     gsize        len,
                     const char  *name,
                     GError     **error)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GPtrArray *workouts;

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The plan loader's checks, limits and messages, size first. */
  bytes = g_bytes_new_static (data != NULL ? data : "", len);
  plan = rp_plan_file_load_bytes (bytes, name != NULL ? name : "<json>", error);
  if (plan == NULL)
    return NULL;

  workouts = g_ptr_array_new_with_free_func (g_object_unref);
  for (RpDate date = rp_plan_get_start (plan); date <= rp_plan_get_end (plan); date++)
    {
      guint n = rp_plan_get_n_workouts (plan, date);

      for (guint i = 0; i < n; i++)
        {
          RpWorkout *workout = rp_workout_copy (rp_plan_get_workout (plan, date, i));

          rp_workout_set_date (workout, date);
          g_ptr_array_add (workouts, workout);
        }
    }
  return workouts;
}

/* The name in messages: a path may hold any bytes (rp-plan-file.c). */
static char *
display_name (GFile *file)
{
  g_autofree char *parse_name = NULL;

  if (g_file_peek_path (file) != NULL)
    return rp_text_escape (g_file_peek_path (file), -1, 0);
  parse_name = g_file_get_parse_name (file);
  return rp_text_escape (parse_name, -1, 0);
}

/* GIO's messages repeat the path: the plain reason where it is one we
 * know, as the plan loader gives it. */
static const char *
io_reason (const GError *io_error)
{
  if (io_error->domain == G_IO_ERROR)
    switch (io_error->code)
      {
      case G_IO_ERROR_NOT_FOUND:         return g_strerror (ENOENT);
      case G_IO_ERROR_PERMISSION_DENIED: return g_strerror (EACCES);
      case G_IO_ERROR_IS_DIRECTORY:      return g_strerror (EISDIR);
      case G_IO_ERROR_NOT_DIRECTORY:     return g_strerror (ENOTDIR);
      default:                           break;
      }
  return io_error->message;
}

/* As the plan loader reads (rp-plan-file.c): the type first, since
 * opening a FIFO would block, and the size before any byte is read. */
static GBytes *
read_file (GFile         *file,
           const char    *name,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  char *contents = NULL;
  gsize len = 0;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO,
                   _("%s: cannot import: not a regular file"), name);
      return NULL;
    }
  if (info != NULL && g_file_info_get_size (info) > RP_PLAN_FILE_MAX_BYTES)
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LIMIT,
                   _("%s: larger than the limit of %d MiB"), name,
                   RP_PLAN_FILE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  if (info == NULL ||
      !g_file_load_contents (file, cancellable, &contents, &len, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO,
                   _("%s: cannot open: %s"), name, io_reason (local_error));
      return NULL;
    }
  return g_bytes_new_take (contents, len);
}

GPtrArray *
rp_import_load (GFile           *file,
                RpImportFormat   format,
                RpUnit           unit,
                GCancellable    *cancellable,
                GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  const char *data;
  gsize len;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = display_name (file);
  if ((bytes = read_file (file, name, cancellable, error)) == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = "";
  if (format == RP_IMPORT_CSV)
    return rp_import_read_csv (data, len, name, unit, error);
  return rp_import_read_json (data, len, name, error);
}
