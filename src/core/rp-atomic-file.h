/* rp-atomic-file.h
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

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The prefix of the temporary file a replace writes beside its target
 * (GIO's own, so tools that know GIO's leftovers know ours). */
#define RP_ATOMIC_FILE_TEMP_PREFIX ".goutputstream-"

/* The absolute path of the file that path names, symbolic links followed,
 * also when the file (or the link's target) does not exist yet: two links
 * to one file resolve to one path. Errors are G_IO_ERROR with the plain
 * reason as message ("No such file or directory" for a missing directory). */
char    *rp_atomic_file_resolve (const char    *path,
                                 GError       **error);

/* Replaces the local file at path (through symbolic links: the link stays a
 * link) by data: a temporary file in the same directory, written, synced,
 * given the old file's mode and owner, then renamed over it. A failure at
 * any point leaves the old file (or no file) and no temporary file.
 *
 * etag: when not NULL and the file exists with another etag, nothing is
 * written (G_IO_ERROR_WRONG_ETAG). exclusive: the file must not exist
 * (G_IO_ERROR_EXISTS), checked atomically at the rename. *out_etag (may be
 * NULL) receives the new file's etag. Errors are G_IO_ERROR whose message
 * is the plain reason, without the path. */
gboolean rp_atomic_file_replace (const char    *path,
                                 const void    *data,
                                 gsize          size,
                                 const char    *etag,
                                 gboolean       exclusive,
                                 char         **out_etag,
                                 GCancellable  *cancellable,
                                 GError       **error);

G_END_DECLS
