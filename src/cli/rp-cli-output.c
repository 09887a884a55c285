/* rp-cli-output.c — files the CLI writes besides plans (charts, exports)
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

#define G_LOG_DOMAIN "rp-cli"

#include "config.h"

#include "rp-cli.h"

#include <gio/gio.h>

#include "rp-atomic-file.h"
#include "rp-export.h"

/* "WxH", each 1..RP_CLI_MAX_SIDE. */
gboolean
rp_cli_parse_size (const char *text,
                   int        *out_width,
                   int        *out_height)
{
  guint64 width, height;
  char *end;

  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  width = g_ascii_strtoull (text, &end, 10);
  if (*end != 'x' && *end != 'X')
    return FALSE;
  text = end + 1;
  if (!g_ascii_isdigit (text[0]))
    return FALSE;
  height = g_ascii_strtoull (text, &end, 10);
  if (*end != '\0' || width < 1 || height < 1 ||
      width > RP_CLI_MAX_SIDE || height > RP_CLI_MAX_SIDE)
    return FALSE;
  *out_width = (int) width;
  *out_height = (int) height;
  return TRUE;
}

const char *
rp_cli_write_failure (const GError *error)
{
  return rp_export_io_reason (error);
}

/* Local files as plans are written (rp-atomic-file.h): GIO's replace
 * renames a half-written file over a good one when a write fails. */
gboolean
rp_cli_write_output (const char  *out_path,
                     GBytes      *bytes,
                     GError     **error)
{
  g_autoptr(GFile) file = NULL;
  const char *path = out_path;
  gconstpointer data;
  gsize size;

  data = g_bytes_get_data (bytes, &size);
  if (rp_cli_is_uri (out_path))
    {
      file = g_file_new_for_uri (out_path);
      path = g_file_peek_path (file);
    }
  if (path != NULL)
    return rp_atomic_file_replace (path, data != NULL ? data : "", size, NULL, FALSE, NULL,
                                   NULL, error);
  return g_file_replace_contents (file, data, size, NULL, FALSE,
                                  G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, error);
}
