/* rp-i18n.c
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

#define G_LOG_DOMAIN "rp-i18n"

#include "config.h"

#include "rp-i18n.h"

#include <glib/gi18n.h>
#include <locale.h>

void
rp_i18n_init (void)
{
  /* Uninstalled, the .mo files are only in the build tree
   * (po/<lang>/LC_MESSAGES): the tests and `meson devenv` point here. */
  const char *localedir = g_getenv ("RP_LOCALEDIR");

  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
