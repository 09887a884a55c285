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
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rp-atomic-file.h"
#include "rp-plan-lock.h"
#include "rp-plan-reader.h"
#include "rp-plan-writer.h"
#include "rp-text.h"

/* The file's I/O: opening with checks, reading under the size limit,
 * atomic saving with the etag, and the async variants. The bytes are
 * checked and read by rp-plan-reader.c (over rp-json-scanner.c) and
 * written by rp-plan-writer.c. */

G_DEFINE_QUARK (rp-plan-file-error-quark, rp_plan_file_error)

/* The name in messages: a path may hold any bytes, and the app shows
 * messages in labels (UTF-8 only), the CLI on a terminal. */
static char *
file_display_name (GFile *file)
{
  const char *path = g_file_peek_path (file);
  g_autofree char *parse_name = NULL;

  if (path != NULL)
    return rp_text_escape (path, -1, 0);
  parse_name = g_file_get_parse_name (file);
  return rp_text_escape (parse_name, -1, 0);
}

RpPlan *
rp_plan_file_load_bytes (GBytes      *bytes,
                         const char  *display_name,
                         GError     **error)
{
  const char *name = display_name != NULL ? display_name : "<plan>";
  const char *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (len > RP_PLAN_FILE_MAX_BYTES)
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LIMIT,
                   _("%s: larger than the limit of %d MiB"), name,
                   RP_PLAN_FILE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }
  return rp_plan_reader_read (data != NULL ? data : "", len, name, error);
}

GBytes *
rp_plan_file_serialize (RpPlan *plan)
{
  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);

  return rp_plan_writer_write (plan);
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
  /* GIO describes the link itself when it cannot follow it: a dangling
   * link or a loop. stat () says which. */
  if (type == G_FILE_TYPE_SYMBOLIC_LINK)
    {
      const char *path = g_file_peek_path (file);
      GStatBuf st;

      if (path != NULL && g_stat (path, &st) != 0)
        errno_fail (error, name, _("cannot open"), errno);
      else
        g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO,
                     _("%s: cannot open: a symbolic link that leads nowhere"), name);
      return NULL;
    }
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

/* The temporary file GIO is writing for file, found among this process's
 * open descriptors: GIO does not give its name, and leaves it behind when
 * a save is abandoned. NULL when not found (not a local file, no /proc). */
static char *
find_own_temp_file (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GDir) fds = g_dir_open ("/proc/self/fd", 0, NULL);
  const char *dir = parent != NULL ? g_file_peek_path (parent) : NULL;
  const char *name;

  if (dir == NULL || fds == NULL)
    return NULL;
  while ((name = g_dir_read_name (fds)) != NULL)
    {
      g_autofree char *link = g_build_filename ("/proc/self/fd", name, NULL);
      g_autofree char *target = g_file_read_link (link, NULL);
      g_autofree char *target_dir = NULL;
      g_autofree char *base = NULL;

      if (target == NULL)
        continue;
      target_dir = g_path_get_dirname (target);
      base = g_path_get_basename (target);
      if (g_str_equal (target_dir, dir) && g_str_has_prefix (base, ".goutputstream-"))
        return g_steal_pointer (&target);
    }
  return NULL;
}

/* g_file_replace_contents () without its flaw: when a write fails (a full
 * disk, a file size limit), GLib 2.74 still closes the stream normally,
 * which renames the half-written temporary file over the plan. Here a
 * failed write closes the stream with a cancelled GCancellable, so GIO
 * keeps the old file, and removes what was written. */
static gboolean
replace_contents (GFile         *file,
                  const char    *data,
                  gsize          size,
                  const char    *etag,
                  char         **out_etag,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abort = NULL;
  gboolean existed = g_file_query_exists (file, cancellable);

  stream = g_file_replace (file, etag, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                           cancellable, error);
  if (stream == NULL)
    return FALSE;

  if (!g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, size, NULL,
                                  cancellable, error))
    {
      g_autofree char *temp = find_own_temp_file (file);

      abort = g_cancellable_new ();
      g_cancellable_cancel (abort);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abort, NULL);
      if (temp != NULL)
        g_unlink (temp);
      /* A new file is written in place: half of it is no plan either. */
      if (!existed)
        g_file_delete (file, NULL, NULL);
      return FALSE;
    }
  if (!g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error))
    return FALSE;

  if (out_etag != NULL)
    *out_etag = g_file_output_stream_get_etag (stream);
  return TRUE;
}

/* A local file: rp-atomic-file.c, which saves through symbolic links and
 * keeps the mode. Others (GVfs): GIO. Errors are GIO's. */
static gboolean
replace_file (GFile         *file,
              GBytes        *bytes,
              const char    *etag,
              gboolean       exclusive,
              char         **out_etag,
              GCancellable  *cancellable,
              GError       **error)
{
  const char *path = g_file_peek_path (file);
  gconstpointer data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (path != NULL)
    return rp_atomic_file_replace (path, data != NULL ? data : "", size, etag, exclusive,
                                   out_etag, cancellable, error);

  if (exclusive && g_file_query_exists (file, cancellable))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, g_strerror (EEXIST));
      return FALSE;
    }
  /* REPLACE_DESTINATION: without it, GIO falls back to rewriting the
   * file in place when it cannot create the temporary file (a read-only
   * directory), and a crash then leaves half a plan. */
  return replace_contents (file, data, size, etag, out_etag, cancellable, error);
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
  g_autoptr(RpPlanLock) lock = NULL;

  /* The etag check and the rename under the plan's lock: another of our
   * programs cannot slip its save in between. The CLI already holds it
   * from before its read; this takes it once more. */
  lock = rp_plan_lock_acquire (file, cancellable, error);
  if (lock == NULL)
    return FALSE;

  if (!replace_file (file, bytes, etag, etag == NULL && !overwrite, &new_etag,
                     cancellable, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        {
          g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_CHANGED,
                       _("%s: changed on disk since it was read; not overwritten"), name);
          return FALSE;
        }
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO,
                       _("%s: already exists; not overwritten"), name);
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
