/* rp-cli-validate.c — validate
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

#include <stdio.h>

#include <glib/gi18n.h>

int
rp_cli_cmd_validate (const RpCliCommand *command,
                     int                 argc,
                     char              **argv)
{
  RpCliArgs args;
  int status = RP_CLI_EXIT_OK;

  if (!rp_cli_parse_args (command, NULL, NULL, argc, argv, 1, -1, &args))
    return args.status;

  for (guint i = 0; i < args.n_args; i++)
    {
      /* The loader's message names the file (and line and column). */
      g_autoptr(RpPlan) plan = rp_cli_load_plan (args.args[i], NULL);

      if (plan == NULL)
        status = RP_CLI_EXIT_DATA;
      else
        printf (_("%s: ok\n"), rp_cli_shown (args.args[i]));
      /* Keep stdout and stderr lines in order when both go to a terminal. */
      fflush (stdout);
    }
  rp_cli_args_clear (&args);
  return status;
}
