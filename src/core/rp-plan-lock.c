/* rp-plan-lock.c
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

#define G_LOG_DOMAIN "rp-plan-lock"

#include "config.h"

#include "rp-plan-lock.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "rp-atomic-file.h"
#include "rp-plan-file.h"

/* flock () on ".NAME.lock" beside the plan's real file. Not on the plan
 * itself: a save renames a new file over it, and a lock on the old inode
 * would keep out nobody.
 *
 * The lock file is removed on release, so plans do not collect them. That
 * is safe because a holder checks, once it has the lock, that the path
 * still names the file it locked: a waiter that wakes on a file its holder
 * has just removed sees the difference and starts over on the new one.
 * A program killed while holding the lock leaves the file; the kernel
 * releases the lock itself, and the next edit reuses and removes it.
 *
 * flock () on a second descriptor of the same file would wait for our own
 * lock, so the locks this process holds are counted in a table, shared
 * between threads (the app saves in a worker thread). */

#define MIN_DELAY_US 500
#define MAX_DELAY_US (10 * 1000)

struct _RpPlanLock
{
  char *lock_path;  /* NULL: nothing locked (no local path) */
};

typedef struct
{
  int   fd;
  guint refs;
} HeldLock;

static GMutex held_mutex;
static GHashTable *held;  /* lock path -> HeldLock */
static gint timeout_ms = RP_PLAN_LOCK_DEFAULT_TIMEOUT_MS;

void
rp_plan_lock_set_timeout (guint timeout)
{
  g_atomic_int_set (&timeout_ms, (gint) MIN (timeout, (guint) G_MAXINT));
}

static char *
lock_path_for (const char *resolved)
{
  g_autofree char *dir = g_path_get_dirname (resolved);
  g_autofree char *base = g_path_get_basename (resolved);
  g_autofree char *name = g_strconcat (".", base, ".lock", NULL);

  return g_build_filename (dir, name, NULL);
}

static RpPlanLock *
lock_new (const char *lock_path)
{
  RpPlanLock *lock = g_new0 (RpPlanLock, 1);

  lock->lock_path = g_strdup (lock_path);
  return lock;
}

/* One more reference if this process holds lock_path already. */
static gboolean
share_held (const char *lock_path)
{
  HeldLock *lock;

  g_mutex_lock (&held_mutex);
  lock = held != NULL ? g_hash_table_lookup (held, lock_path) : NULL;
  if (lock != NULL)
    lock->refs++;
  g_mutex_unlock (&held_mutex);
  return lock != NULL;
}

static void
add_held (const char *lock_path,
          int         fd)
{
  HeldLock *lock = g_new0 (HeldLock, 1);

  lock->fd = fd;
  lock->refs = 1;
  g_mutex_lock (&held_mutex);
  if (held == NULL)
    held = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_hash_table_insert (held, g_strdup (lock_path), lock);
  g_mutex_unlock (&held_mutex);
}

static int
open_lock_file (const char *lock_path)
{
  /* NOFOLLOW: a link planted in the lock file's place must not make us
   * create a file elsewhere. NONBLOCK: nor may a FIFO hang us. */
  int flags = O_CREAT | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY | O_NONBLOCK;
  int fd = g_open (lock_path, O_RDWR | flags, 0666);

  /* Another user's lock file that we may only read locks all the same. */
  if (fd < 0 && errno == EACCES)
    fd = g_open (lock_path, O_RDONLY | flags, 0666);
  return fd;
}

/* The path still names the file we locked (its holder may have removed
 * it while we waited). */
static gboolean
still_linked (int         fd,
              const char *lock_path)
{
  struct stat by_fd, by_path;

  return fstat (fd, &by_fd) == 0 && lstat (lock_path, &by_path) == 0 &&
         by_fd.st_dev == by_path.st_dev && by_fd.st_ino == by_path.st_ino;
}

static char *
display_name (GFile *file)
{
  const char *path = g_file_peek_path (file);

  return path != NULL ? g_strdup (path) : g_file_get_parse_name (file);
}

static void
cannot_lock (GFile       *file,
             const char  *reason,
             GError     **error)
{
  g_autofree char *name = display_name (file);

  g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO,
               "%s: %s: %s", name, _("cannot save"), reason);
}

static void
close_fd (int *fd)
{
  if (*fd >= 0)
    close (*fd);
  *fd = -1;
}

/* One attempt: 1 locked, 0 busy (or the file was replaced: try again at
 * once), -1 with errno set. */
static int
try_lock (int        *fd,
          const char *lock_path)
{
  if (*fd < 0 && (*fd = open_lock_file (lock_path)) < 0)
    return -1;
  if (flock (*fd, LOCK_EX | LOCK_NB) != 0)
    return errno == EWOULDBLOCK || errno == EINTR ? 0 : -1;
  if (still_linked (*fd, lock_path))
    return 1;
  close (*fd);
  *fd = -1;
  return 0;
}

/* Waits for the lock on lock_path: TRUE when held (or shared), FALSE
 * with *out_errno set, or with error set when it timed out or was
 * cancelled. */
static gboolean
wait_for_lock (const char    *lock_path,
               int           *out_errno,
               GCancellable  *cancellable,
               GError       **error)
{
  gint64 deadline = g_get_monotonic_time () + (gint64) g_atomic_int_get (&timeout_ms) * 1000;
  gulong delay_us = MIN_DELAY_US;
  int fd = -1;

  *out_errno = 0;
  for (;;)
    {
      int result;

      if (share_held (lock_path))
        {
          close_fd (&fd);
          return TRUE;
        }
      result = try_lock (&fd, lock_path);
      if (result > 0)
        {
          add_held (lock_path, fd);
          return TRUE;
        }
      if (result < 0)
        {
          *out_errno = errno;
          close_fd (&fd);
          return FALSE;
        }
      if (g_cancellable_set_error_if_cancelled (cancellable, error) ||
          g_get_monotonic_time () >= deadline)
        {
          close_fd (&fd);
          return FALSE;
        }
      g_usleep (delay_us);
      delay_us = MIN (delay_us * 2, MAX_DELAY_US);
    }
}

RpPlanLock *
rp_plan_lock_acquire (GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *resolved = NULL;
  g_autofree char *lock_path = NULL;
  const char *path;
  int saved_errno;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  path = g_file_peek_path (file);
  if (path == NULL)
    return lock_new (NULL);
  resolved = rp_atomic_file_resolve (path, &local_error);
  if (resolved == NULL)
    {
      cannot_lock (file, local_error->message, error);
      return NULL;
    }
  lock_path = lock_path_for (resolved);

  if (wait_for_lock (lock_path, &saved_errno, cancellable, &local_error))
    return lock_new (lock_path);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (saved_errno == 0)
    {
      g_autofree char *name = display_name (file);

      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LOCKED,
                   _("%s: another program is editing %s"), name, resolved);
      return NULL;
    }
  if (saved_errno == ENOLCK || saved_errno == EOPNOTSUPP || saved_errno == ENOSYS ||
      saved_errno == EBADF)
    {
      /* A file system without locks: the etag check still refuses to
       * overwrite another program's change. */
      g_debug ("%s: cannot lock: %s", lock_path, g_strerror (saved_errno));
      return lock_new (NULL);
    }
  cannot_lock (file, g_strerror (saved_errno), error);
  return NULL;
}

void
rp_plan_lock_release (RpPlanLock *lock)
{
  HeldLock *entry;

  if (lock == NULL)
    return;
  if (lock->lock_path != NULL)
    {
      g_mutex_lock (&held_mutex);
      entry = g_hash_table_lookup (held, lock->lock_path);
      g_assert (entry != NULL);
      if (--entry->refs == 0)
        {
          /* Removed while still locked: see the top of the file. */
          g_unlink (lock->lock_path);
          close (entry->fd);
          g_hash_table_remove (held, lock->lock_path);
        }
      g_mutex_unlock (&held_mutex);
    }
  g_free (lock->lock_path);
  g_free (lock);
}
