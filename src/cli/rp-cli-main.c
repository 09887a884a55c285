/* rp-cli-main.c
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
#include "rp-i18n.h"

int
main (int    argc,
      char **argv)
{
  rp_i18n_init ();

  return rp_cli_run (argc, argv);
}
