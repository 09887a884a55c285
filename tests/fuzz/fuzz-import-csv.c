/* fuzz-import-csv.c
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

/* libFuzzer target for the CSV import: any bytes are either workouts
 * within the plan file's limits or refused with an error naming the file
 * (with a line and column where the problem is in the file). Workouts
 * read are merged into a plan, or refused with an error and the plan
 * unchanged; the plan's own CSV then reads back with as many of the
 * runner's workouts. */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rp-date.h"
#include "rp-export.h"
#include "rp-import.h"
#include "rp-limits.h"
#include "rp-plan-command-import.h"

#define DISPLAY_NAME "fuzz.csv"

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

static guint
count_pinned (GPtrArray *workouts)
{
  guint n = 0;

  for (guint i = 0; i < workouts->len; i++)
    n += rp_workout_get_pinned (g_ptr_array_index (workouts, i));
  return n;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(RpPlan) before = NULL;
  g_autoptr(GBytes) csv = NULL;
  RpImportResult result;
  const char *text;
  gsize len;

  workouts = rp_import_read_csv ((const char *) data, size, DISPLAY_NAME, RP_UNIT_KM, &error);
  if (workouts == NULL)
    {
      if (error == NULL || !g_str_has_prefix (error->message, DISPLAY_NAME ":"))
        fail ("refused without a proper error", error);
      return 0;
    }
  if (error != NULL)
    fail ("read but set an error", error);

  for (guint i = 0; i < workouts->len; i++)
    {
      RpWorkout *workout = g_ptr_array_index (workouts, i);

      if (!rp_date_is_valid (rp_workout_get_date (workout)) ||
          !rp_limits_check_workout (workout, &error))
        fail ("a workout over the limits", error);
    }

  plan = rp_plan_new (rp_date_from_ymd (2027, 3, 22), 1);
  before = rp_plan_copy (plan);
  if (!rp_plan_command_import (plan, NULL, workouts, RP_DATE_INVALID, RP_DATE_INVALID,
                               &result, &error))
    {
      if (error == NULL)
        fail ("a refused merge without an error", NULL);
      if (!rp_plan_equal (plan, before))
        fail ("a refused merge changed the plan", error);
      return 0;
    }
  if (result.added + result.duplicates != count_pinned (workouts))
    fail ("the merge lost workouts", NULL);

  /* What was merged exports, and the export reads back. */
  csv = rp_export_csv (plan, rp_plan_get_start (plan), rp_plan_get_end (plan));
  text = g_bytes_get_data (csv, &len);
  again = rp_import_read_csv (text, len, DISPLAY_NAME, RP_UNIT_KM, &error);
  if (again == NULL)
    fail ("the plan's own CSV does not read back", error);
  if (count_pinned (again) != result.added)
    fail ("the plan's own CSV has other workouts", NULL);
  return 0;
}
