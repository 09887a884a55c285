/* rp-export-write.c — an export's files, made in memory and written
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

#define G_LOG_DOMAIN "rp-export"

#include "config.h"

#include "rp-export.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rp-atomic-file.h"
#include "rp-fit.h"

/* The CLI's `export` and the app's Export… both come here, so one plan
 * and range give the same bytes from either (tests/test-export.c and
 * tests/ui/test-ui-export.c compare them). */

typedef struct
{
  char   *name;   /* in the folder; NULL for a one-file output */
  GBytes *bytes;
} OutputFile;

struct _RpExportOutput
{
  gboolean  folder;
  GArray   *files;  /* OutputFile */
};

static void
output_file_clear (gpointer data)
{
  OutputFile *file = data;

  g_free (file->name);
  g_bytes_unref (file->bytes);
}

static RpExportOutput *
output_new (gboolean folder)
{
  RpExportOutput *output = g_new0 (RpExportOutput, 1);

  output->folder = folder;
  output->files = g_array_new (FALSE, TRUE, sizeof (OutputFile));
  g_array_set_clear_func (output->files, output_file_clear);
  return output;
}

static void
output_add (RpExportOutput *output,
            char           *name,
            GBytes         *bytes)
{
  OutputFile file = { name, bytes };

  g_array_append_val (output->files, file);
}

RpExportOutput *
rp_export_output_new_file (GBytes *bytes)
{
  RpExportOutput *output;

  g_return_val_if_fail (bytes != NULL, NULL);

  output = output_new (FALSE);
  output_add (output, NULL, g_bytes_ref (bytes));
  return output;
}

void
rp_export_output_free (RpExportOutput *output)
{
  if (output == NULL)
    return;
  g_array_unref (output->files);
  g_free (output);
}

gboolean
rp_export_output_is_folder (RpExportOutput *output)
{
  g_return_val_if_fail (output != NULL, FALSE);

  return output->folder;
}

guint
rp_export_output_get_n_files (RpExportOutput *output)
{
  g_return_val_if_fail (output != NULL, 0);

  return output->files->len;
}

const char *
rp_export_output_get_name (RpExportOutput *output,
                           guint           index)
{
  g_return_val_if_fail (output != NULL, NULL);
  g_return_val_if_fail (index < output->files->len, NULL);

  return g_array_index (output->files, OutputFile, index).name;
}

GBytes *
rp_export_output_get_bytes (RpExportOutput *output,
                            guint           index)
{
  g_return_val_if_fail (output != NULL, NULL);
  g_return_val_if_fail (index < output->files->len, NULL);

  return g_array_index (output->files, OutputFile, index).bytes;
}

void
rp_export_options_init (RpExportOptions *options)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  char *end;

  g_return_if_fail (options != NULL);

  options->chart_width = RP_EXPORT_CHART_DEFAULT_WIDTH;
  options->chart_height = RP_EXPORT_CHART_DEFAULT_HEIGHT;
  options->time_created = g_get_real_time () / G_USEC_PER_SEC;
  if (epoch != NULL && g_ascii_isdigit (epoch[0]))
    {
      gint64 value = g_ascii_strtoll (epoch, &end, 10);

      if (*end == '\0')
        options->time_created = value;
    }
}

/* Every workout of the range encoded: the first refusal ends it. */
static RpExportOutput *
render_fit (RpPlan                *plan,
            RpDate                 first,
            RpDate                 last,
            const RpExportOptions *options,
            GError               **error)
{
  g_autoptr(RpExportOutput) output = output_new (TRUE);

  for (RpDate date = first; date <= last; date++)
    {
      guint n = rp_plan_get_n_workouts (plan, date);

      for (guint i = 0; i < n; i++)
        {
          RpWorkout *workout = rp_plan_get_workout (plan, date, i);
          GBytes *bytes;

          if (!rp_fit_exports_workout (workout))
            continue;
          bytes = rp_fit_encode_workout (plan, workout, options->time_created, error);
          if (bytes == NULL)
            {
              g_prefix_error (error, _("cannot export to FIT: "));
              return NULL;
            }
          output_add (output, rp_fit_file_name (workout, i), bytes);
        }
    }
  return g_steal_pointer (&output);
}

static RpExportChartFormat
chart_format (RpExportFormat format)
{
  switch (format)
    {
    case RP_EXPORT_FORMAT_SVG:
      return RP_EXPORT_CHART_SVG;
    case RP_EXPORT_FORMAT_PDF:
      return RP_EXPORT_CHART_PDF;
    case RP_EXPORT_FORMAT_PNG:
    case RP_EXPORT_FORMAT_CSV:
    case RP_EXPORT_FORMAT_JSON:
    case RP_EXPORT_FORMAT_FIT:
    default:
      return RP_EXPORT_CHART_PNG;
    }
}

/* cairo names an SVG's surfaces by a counter of the whole process
 * ("surface107"): numbered from 1 in order here, so a chart's SVG is the
 * same bytes from the CLI and from the app, whatever each drew before. */
static GBytes *
renumber_svg_surfaces (GBytes *svg)
{
  static const char key[] = "\"surface";
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gsize size;
  const char *data = g_bytes_get_data (svg, &size);
  const char *end = data + size;
  GString *out = g_string_sized_new (size);
  const char *p = data;

  while (p < end)
    {
      const char *hit = g_strstr_len (p, end - p, key);
      const char *digits;
      g_autofree char *number = NULL;
      guint renumbered;

      if (hit == NULL)
        break;
      digits = hit + strlen (key);
      g_string_append_len (out, p, digits - p);
      p = digits;
      while (p < end && g_ascii_isdigit (*p))
        p++;
      number = g_strndup (digits, p - digits);
      renumbered = GPOINTER_TO_UINT (g_hash_table_lookup (numbers, number));
      if (renumbered == 0)
        {
          renumbered = g_hash_table_size (numbers) + 1;
          g_hash_table_insert (numbers, g_steal_pointer (&number), GUINT_TO_POINTER (renumbered));
        }
      if (p > digits)
        g_string_append_printf (out, "%u", renumbered);
    }
  g_string_append_len (out, p, end - p);
  return g_string_free_to_bytes (out);
}

RpExportOutput *
rp_export_render (RpPlan                *plan,
                  RpExportFormat         format,
                  RpDate                 first,
                  RpDate                 last,
                  const RpExportOptions *options,
                  GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;
  RpExportOptions defaults;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (format <= RP_EXPORT_FORMAT_PDF, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (options == NULL)
    {
      rp_export_options_init (&defaults);
      options = &defaults;
    }
  if (!rp_export_check_range (plan, first, last, error))
    return NULL;

  switch (format)
    {
    case RP_EXPORT_FORMAT_FIT:
      return render_fit (plan, first, last, options, error);
    case RP_EXPORT_FORMAT_CSV:
      bytes = rp_export_csv (plan, first, last);
      break;
    case RP_EXPORT_FORMAT_JSON:
      bytes = rp_export_json (plan, first, last);
      break;
    case RP_EXPORT_FORMAT_PNG:
    case RP_EXPORT_FORMAT_SVG:
    case RP_EXPORT_FORMAT_PDF:
    default:
      bytes = rp_export_chart (plan, first, last, chart_format (format),
                               options->chart_width, options->chart_height, error);
      if (bytes == NULL)
        return NULL;
      if (format == RP_EXPORT_FORMAT_SVG)
        {
          GBytes *renumbered = renumber_svg_surfaces (bytes);

          g_bytes_unref (bytes);
          bytes = renumbered;
        }
      break;
    }
  return rp_export_output_new_file (bytes);
}

const char *
rp_export_io_reason (const GError *error)
{
  static const struct { int code; int errnum; } reasons[] = {
    { G_IO_ERROR_NOT_FOUND, ENOENT },
    { G_IO_ERROR_PERMISSION_DENIED, EACCES },
    { G_IO_ERROR_IS_DIRECTORY, EISDIR },
    { G_IO_ERROR_NOT_DIRECTORY, ENOTDIR },
    { G_IO_ERROR_NO_SPACE, ENOSPC },
    { G_IO_ERROR_READ_ONLY, EROFS },
  };

  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain == G_IO_ERROR)
    for (guint i = 0; i < G_N_ELEMENTS (reasons); i++)
      if (error->code == reasons[i].code)
        return g_strerror (reasons[i].errnum);
  return error->message;
}

/* Whether a and b are one file: an export never replaces the plan it
 * reads, also through a symbolic link. */
static gboolean
same_file (GFile *a,
           GFile *b)
{
  g_autofree char *resolved_a = NULL;
  g_autofree char *resolved_b = NULL;

  if (a == NULL || b == NULL)
    return FALSE;
  if (g_file_peek_path (a) == NULL || g_file_peek_path (b) == NULL)
    return g_file_equal (a, b);
  resolved_a = rp_atomic_file_resolve (g_file_peek_path (a), NULL);
  resolved_b = rp_atomic_file_resolve (g_file_peek_path (b), NULL);
  return resolved_a != NULL && resolved_b != NULL && g_str_equal (resolved_a, resolved_b);
}

/* Local files as plans are written (rp-atomic-file.h): GIO's replace
 * renames a half-written file over a good one when a write fails. */
static gboolean
write_bytes (GFile         *file,
             GBytes        *bytes,
             GCancellable  *cancellable,
             GError       **error)
{
  gsize size;
  gconstpointer data = g_bytes_get_data (bytes, &size);

  if (data == NULL)
    data = "";
  if (g_file_peek_path (file) != NULL)
    return rp_atomic_file_replace (g_file_peek_path (file), data, size, NULL, FALSE, NULL,
                                   cancellable, error);
  return g_file_replace_contents (file, data, size, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, cancellable, error);
}

static gboolean
fail (GFile       *file,
      GFile      **out_failed,
      GError     **error,
      int          code,
      const char  *format,
      ...) G_GNUC_PRINTF (5, 6);

static gboolean
fail (GFile       *file,
      GFile      **out_failed,
      GError     **error,
      int          code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, RP_EXPORT_ERROR, code, message);
  if (out_failed != NULL)
    *out_failed = g_object_ref (file);
  return FALSE;
}

/* The folder: made if missing (its parent must exist). */
static gboolean
make_folder (GFile   *folder,
             GFile  **out_failed,
             GError **error)
{
  const char *path = g_file_peek_path (folder);
  int saved_errno;

  if (path == NULL)
    return fail (folder, out_failed, error, RP_EXPORT_ERROR_WRITE,
                 "%s", _("FIT files go to a local folder"));
  if (g_mkdir (path, 0777) == 0)
    return TRUE;
  saved_errno = errno;
  if (saved_errno == EEXIST && g_file_test (path, G_FILE_TEST_IS_DIR))
    return TRUE;
  return fail (folder, out_failed, error, RP_EXPORT_ERROR_WRITE, _("cannot write the FIT files: %s"),
               g_strerror (saved_errno == EEXIST ? ENOTDIR : saved_errno));
}

static gboolean
write_folder (RpExportOutput  *output,
              GFile           *folder,
              GFile           *plan_file,
              GCancellable    *cancellable,
              GFile          **out_failed,
              GError         **error)
{
  if (!make_folder (folder, out_failed, error))
    return FALSE;

  for (guint i = 0; i < output->files->len; i++)
    {
      OutputFile *file = &g_array_index (output->files, OutputFile, i);
      g_autoptr(GFile) child = g_file_get_child (folder, file->name);
      g_autoptr(GError) local_error = NULL;

      if (same_file (plan_file, child))
        return fail (child, out_failed, error, RP_EXPORT_ERROR_SAME_FILE,
                     "%s", _("is the plan being exported; nothing written over it"));
      if (!write_bytes (child, file->bytes, cancellable, &local_error))
        return fail (child, out_failed, error, RP_EXPORT_ERROR_WRITE,
                     _("cannot write the FIT file: %s"), rp_export_io_reason (local_error));
    }
  return TRUE;
}

gboolean
rp_export_output_write (RpExportOutput  *output,
                        GFile           *out,
                        GFile           *plan_file,
                        GCancellable    *cancellable,
                        GFile          **out_failed,
                        GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  OutputFile *file;

  g_return_val_if_fail (output != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);
  g_return_val_if_fail (plan_file == NULL || G_IS_FILE (plan_file), FALSE);
  g_return_val_if_fail (out_failed == NULL || *out_failed == NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (output->folder)
    return write_folder (output, out, plan_file, cancellable, out_failed, error);

  g_return_val_if_fail (output->files->len == 1, FALSE);
  file = &g_array_index (output->files, OutputFile, 0);
  if (same_file (plan_file, out))
    return fail (out, out_failed, error, RP_EXPORT_ERROR_SAME_FILE,
                 "%s", _("is the plan being exported; nothing written over it"));
  if (!write_bytes (out, file->bytes, cancellable, &local_error))
    return fail (out, out_failed, error, RP_EXPORT_ERROR_WRITE,
                 _("cannot write the export: %s"), rp_export_io_reason (local_error));
  return TRUE;
}

gboolean
rp_export_write (RpPlan                *plan,
                 RpExportFormat         format,
                 RpDate                 first,
                 RpDate                 last,
                 const RpExportOptions *options,
                 GFile                 *plan_file,
                 GFile                 *out,
                 guint                 *out_n_files,
                 GFile                **out_failed,
                 GError               **error)
{
  g_autoptr(RpExportOutput) output = NULL;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (out), FALSE);

  output = rp_export_render (plan, format, first, last, options, error);
  if (output == NULL)
    return FALSE;
  if (!rp_export_output_write (output, out, plan_file, NULL, out_failed, error))
    return FALSE;
  if (out_n_files != NULL)
    *out_n_files = output->files->len;
  return TRUE;
}
