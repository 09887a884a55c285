/* rp-atomic-file.c
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

/* renameat2 () and RENAME_NOREPLACE. */
#define _GNU_SOURCE

#define G_LOG_DOMAIN "rp-atomic-file"

#include "config.h"

#include "rp-atomic-file.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

/* Replacing a local file without GIO's g_file_replace (): GLib 2.74
 * renames a half-written file over the old one when a write fails, writes
 * through a symbolic link by replacing the link with a regular file, and
 * creates the new file with the default mode. Here every step is checked,
 * the link's target is replaced, and the old file's mode and owner are
 * kept. rp-plan-file.c and the CLI's chart share it. */

#define MAX_LINKS 40  /* as the kernel's own limit on a path's links */
#define WRITE_CHUNK (1024 * 1024)

static gboolean
errno_error (GError **error,
             int      saved_errno)
{
  g_set_error_literal (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
  return FALSE;
}

/* realpath (), in GLib's allocator. */
static char *
real_path (const char *path)
{
  char *real = realpath (path, NULL);
  char *copy;

  if (real == NULL)
    return NULL;
  copy = g_strdup (real);
  free (real);
  return copy;
}

char *
rp_atomic_file_resolve (const char  *path,
                        GError     **error)
{
  g_autofree char *current = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_path_is_absolute (path))
    current = g_strdup (path);
  else
    {
      g_autofree char *cwd = g_get_current_dir ();

      /* Not canonicalised: "link/.." is the kernel's business. */
      current = g_build_filename (cwd, path, NULL);
    }

  for (guint hops = 0; hops < MAX_LINKS; hops++)
    {
      g_autofree char *real = real_path (current);
      g_autofree char *dir = NULL;
      g_autofree char *base = NULL;
      g_autofree char *real_dir = NULL;
      g_autofree char *candidate = NULL;
      g_autofree char *target = NULL;
      struct stat st;

      if (real != NULL)
        return g_steal_pointer (&real);
      if (errno != ENOENT)
        {
          errno_error (error, errno);
          return NULL;
        }

      /* The file does not exist yet, or is a link to a missing file:
       * resolve its directory, then follow the link by hand. */
      dir = g_path_get_dirname (current);
      base = g_path_get_basename (current);
      real_dir = real_path (dir);
      if (real_dir == NULL)
        {
          errno_error (error, errno);
          return NULL;
        }
      candidate = g_build_filename (real_dir, base, NULL);
      if (lstat (candidate, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&candidate);
      target = g_file_read_link (candidate, NULL);
      if (target == NULL)
        return g_steal_pointer (&candidate);

      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target)
                                            : g_build_filename (real_dir, target, NULL);
    }
  errno_error (error, ELOOP);
  return NULL;
}

static char *
query_etag (const char    *path,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                            cancellable, &local_error);
  if (info == NULL)
    {
      /* GIO's message repeats the path; the caller names the file. */
      g_set_error_literal (error, local_error->domain, local_error->code,
                           local_error->domain == G_IO_ERROR &&
                           local_error->code == G_IO_ERROR_NOT_FOUND
                           ? g_strerror (ENOENT) : local_error->message);
      return NULL;
    }
  return g_strdup (g_file_info_get_etag (info));
}

/* What is at target now: *out_exists and its stat. Only a regular file
 * we may write is replaced. */
static gboolean
check_target (const char   *target,
              struct stat  *out_st,
              gboolean     *out_exists,
              GError      **error)
{
  *out_exists = FALSE;
  if (stat (target, out_st) != 0)
    return errno == ENOENT ? TRUE : errno_error (error, errno);
  *out_exists = TRUE;
  if (S_ISDIR (out_st->st_mode))
    return errno_error (error, EISDIR);
  if (!S_ISREG (out_st->st_mode))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("not a regular file"));
      return FALSE;
    }
  /* The directory may be writable where the file is not: a read-only
   * plan stays read-only, as GIO's replace refuses it too. */
  if (faccessat (AT_FDCWD, target, W_OK, AT_EACCESS) != 0)
    return errno_error (error, errno);
  return TRUE;
}

static gboolean
write_all (int            fd,
           const guint8  *data,
           gsize          size,
           GCancellable  *cancellable,
           GError       **error)
{
  while (size > 0)
    {
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
      n = write (fd, data, MIN (size, WRITE_CHUNK));
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        return errno_error (error, errno);
      data += n;
      size -= (gsize) n;
    }
  return TRUE;
}

/* The old file's owner and mode on the new one. Only root can give a file
 * away; a member of the file's group keeps at least the group. The mode
 * comes after the owner: chown () may clear set-id bits. */
static gboolean
keep_owner_and_mode (int                fd,
                     const struct stat *old,
                     GError           **error)
{
  struct stat now;

  if (fstat (fd, &now) != 0)
    return errno_error (error, errno);
  if ((now.st_uid != old->st_uid || now.st_gid != old->st_gid) &&
      fchown (fd, old->st_uid, old->st_gid) != 0 &&
      now.st_gid != old->st_gid && fchown (fd, (uid_t) -1, old->st_gid) != 0)
    g_debug ("cannot keep the group %u of the replaced file", (guint) old->st_gid);
  if (fchmod (fd, old->st_mode & 07777) != 0)
    return errno_error (error, errno);
  return TRUE;
}

/* Renames temp to target unless target exists, atomically where the file
 * system can. errno is set on failure (EEXIST: target exists). */
static gboolean
rename_exclusive (const char *temp,
                  const char *target)
{
  struct stat st;

  if (renameat2 (AT_FDCWD, temp, AT_FDCWD, target, RENAME_NOREPLACE) == 0)
    return TRUE;
  if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
    return FALSE;
  /* No RENAME_NOREPLACE here: link () refuses an existing target too. */
  if (link (temp, target) == 0)
    {
      g_unlink (temp);
      return TRUE;
    }
  if (errno != EPERM && errno != ENOTSUP && errno != ENOSYS)
    return FALSE;
  /* Neither (FAT): the plan lock still keeps our own programs apart. */
  if (lstat (target, &st) == 0)
    {
      errno = EEXIST;
      return FALSE;
    }
  return g_rename (temp, target) == 0;
}

/* The rename itself is durable once the directory is synced; a file
 * system that cannot sync a directory loses nothing it would keep. */
static void
sync_directory (const char *dir)
{
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  if (fsync (fd) != 0)
    g_debug ("cannot sync the directory %s: %s", dir, g_strerror (errno));
  close (fd);
}

/* Writes and syncs the temporary file; the old file's owner and mode go
 * on it before it has a name anyone else uses. */
static gboolean
write_temp (int                fd,
            const guint8      *data,
            gsize              size,
            const struct stat *old,
            GCancellable      *cancellable,
            GError           **error)
{
  if (!write_all (fd, data, size, cancellable, error))
    return FALSE;
  if (old != NULL && !keep_owner_and_mode (fd, old, error))
    return FALSE;
  if (fsync (fd) != 0)
    return errno_error (error, errno);
  return TRUE;
}

/* Renames the written temporary file over target, after checking the
 * target again right before: the window for a program that does not lock
 * is as short as can be. */
static gboolean
commit (const char    *temp,
        const char    *target,
        const char    *etag,
        gboolean       exclusive,
        char         **out_etag,
        GCancellable  *cancellable,
        GError       **error)
{
  g_autofree char *new_etag = NULL;
  struct stat st;
  gboolean exists;

  if (!check_target (target, &st, &exists, error))
    return FALSE;
  if (exists && exclusive)
    return errno_error (error, EEXIST);
  if (exists && etag != NULL)
    {
      g_autofree char *current = query_etag (target, cancellable, error);

      if (current == NULL)
        return FALSE;
      if (g_strcmp0 (current, etag) != 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                               _("the file was changed"));
          return FALSE;
        }
    }
  /* The temporary file is ours alone: its etag is the new file's (a
   * rename keeps the modification time), with no race after the rename. */
  if (out_etag != NULL && (new_etag = query_etag (temp, cancellable, error)) == NULL)
    return FALSE;

  if (exclusive ? !rename_exclusive (temp, target) : g_rename (temp, target) != 0)
    return errno_error (error, errno);

  if (out_etag != NULL)
    *out_etag = g_steal_pointer (&new_etag);
  return TRUE;
}

gboolean
rp_atomic_file_replace (const char    *path,
                        const void    *data,
                        gsize          size,
                        const char    *etag,
                        gboolean       exclusive,
                        char         **out_etag,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *temp = NULL;
  struct stat st;
  gboolean exists;
  gboolean ok;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (data != NULL || size == 0, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  target = rp_atomic_file_resolve (path, error);
  if (target == NULL)
    return FALSE;
  /* Refused before anything is written, then again at the rename. */
  if (!check_target (target, &st, &exists, error))
    return FALSE;
  if (exists && exclusive)
    return errno_error (error, EEXIST);

  dir = g_path_get_dirname (target);
  temp = g_build_filename (dir, RP_ATOMIC_FILE_TEMP_PREFIX "XXXXXX", NULL);
  /* 0666 less the umask: the mode a new file gets. */
  fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0666);
  if (fd < 0)
    return errno_error (error, errno);

  ok = write_temp (fd, data, size, exists ? &st : NULL, cancellable, error);
  if (close (fd) != 0 && ok)
    ok = errno_error (error, errno);
  if (!ok || !commit (temp, target, etag, exclusive, out_etag, cancellable, error))
    {
      g_unlink (temp);
      return FALSE;
    }
  sync_directory (dir);
  return TRUE;
}
