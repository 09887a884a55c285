/* fuzz-fit-decode.c
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

/* libFuzzer target for FIT files, both ways:
 * - the bytes as a FIT file to the tests' decoder (tests/fit-decode.c):
 *   refused with an error, or decoded the same way twice;
 * - the bytes as the structured steps a runner types: when they parse,
 *   the workout encodes (rp-fit.c), and the file decodes with as many
 *   workout_step messages as the workout message says. */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fit-decode.h"
#include "rp-date.h"
#include "rp-fit.h"
#include "rp-planner.h"
#include "rp-steps.h"

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
fail (const char   *what,
      const GError *error)
{
  fprintf (stderr, "%s: %s\n", what, error != NULL ? error->message : "(no error)");
  abort ();
}

static void
decode (const uint8_t *data,
        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FitFile) file = fit_decode (data, size, &error);
  g_autoptr(FitFile) again = NULL;

  if (file == NULL)
    {
      if (error == NULL)
        fail ("refused without an error", NULL);
      return;
    }
  if (error != NULL)
    fail ("decoded but set an error", error);
  again = fit_decode (data, size, NULL);
  if (again == NULL || again->messages->len != file->messages->len)
    fail ("decoded differently the second time", NULL);
}

static void
encode_steps (const uint8_t *data,
              size_t         size)
{
  g_autofree char *text = NULL;
  g_autoptr(GArray) steps = NULL;
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(RpWorkout) template = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(FitFile) file = NULL;
  g_autoptr(GError) error = NULL;
  const FitMessage *workout;
  RpWorkout *placed;
  guint64 n_steps = 0;

  if (size > RP_STEPS_MAX_TEXT || memchr (data, '\0', size) != NULL ||
      !g_utf8_validate ((const char *) data, size, NULL))
    return;
  text = g_strndup ((const char *) data, size);
  if (!rp_steps_parse (text, RP_UNIT_KM, &steps, NULL) || steps->len == 0)
    return;

  plan = rp_plan_new (rp_date_from_ymd (2027, 3, 22), 1);
  rp_athlete_set_race_result (rp_plan_get_athlete (plan), 10000, 2700);
  template = rp_workout_new (RP_KIND_INTERVALS);
  rp_steps_apply (template, steps);
  placed = rp_planner_place (plan, rp_date_from_ymd (2027, 3, 23), template, NULL);
  if (placed == NULL)
    return;

  /* Steps a runner can type have one amount each: FIT takes them all. */
  bytes = rp_fit_encode_workout (plan, placed, 1800000000, &error);
  if (bytes == NULL)
    fail ("typed steps refused", error);
  file = fit_decode (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  if (file == NULL)
    fail ("an encoded workout does not decode", error);
  workout = fit_file_find (file, 26, 0);
  if (workout == NULL || !fit_message_get_uint (workout, 6, &n_steps) ||
      n_steps != fit_file_count (file, 27) || fit_file_count (file, 0) != 1)
    fail ("num_valid_steps is not the number of workout_step messages", NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  decode (data, size);
  encode_steps (data, size);
  return 0;
}
