/* fuzz-plan-load.c
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

/* libFuzzer target for the plan loader: any bytes either load into a plan
 * or are refused with an error naming the file. A plan that loads must
 * save to bytes that load again, and saving those gives the same bytes. */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "rp-plan-file.h"

#define DISPLAY_NAME "fuzz.json"

int LLVMFuzzerInitialize (int    *argc,
                          char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a bug: make it a crash libFuzzer sees. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

static void
fail (const char *what,
      GError     *error,
      GBytes     *bytes)
{
  fprintf (stderr, "%s: %s\n", what, error != NULL ? error->message : "(no error)");
  if (bytes != NULL)
    fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stderr);
  abort ();
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(RpPlan) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  plan = rp_plan_file_load_bytes (bytes, DISPLAY_NAME, &error);
  if (plan == NULL)
    {
      /* Refused: with an error, and one that names the file. */
      if (error == NULL || !g_str_has_prefix (error->message, DISPLAY_NAME))
        fail ("refused without a proper error", error, NULL);
      return 0;
    }
  if (error != NULL)
    fail ("loaded but set an error", error, NULL);

  saved = rp_plan_file_serialize (plan);
  again = rp_plan_file_load_bytes (saved, DISPLAY_NAME, &error);
  if (again == NULL)
    fail ("a saved plan does not load again", error, saved);

  saved_again = rp_plan_file_serialize (again);
  if (!g_bytes_equal (saved, saved_again))
    fail ("save -> load -> save is not byte-identical", NULL, saved);

  return 0;
}
