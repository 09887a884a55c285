/* main.c
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

#define G_LOG_DOMAIN "run-planner"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "rp-application.h"
#include "rp-i18n.h"
#include "rp-ui-util.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(RpApplication) app = NULL;
  g_autoptr(GSettings) settings = NULL;

  rp_i18n_init ();

  /* Say what to do instead of GTK's bare warning and a crash. */
  if (!gtk_init_check ())
    {
      fprintf (stderr, "run-planner: %s\n", _("cannot open display; run it under xvfb-run"));
      return 1;
    }

  /* Run uninstalled, the schema is found through GSETTINGS_SCHEMA_DIR
   * (build-aux/run.sh, `meson devenv`). Without it the app still runs. */
  settings = rp_ui_settings_new ();
  if (settings == NULL)
    {
      fprintf (stderr, "run-planner: ");
      fprintf (stderr, _("GSettings schema %s is not installed: the window’s size and view "
                         "will not be kept (run it uninstalled with build-aux/run.sh or "
                         "meson devenv)"), APP_ID);
      fprintf (stderr, "\n");
    }

  g_set_application_name (_("Run Planner"));
  app = rp_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
