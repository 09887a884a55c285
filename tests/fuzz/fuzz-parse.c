/* fuzz-parse.c
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

/* libFuzzer target for what a runner types: distances, durations, paces
 * ISO dates and structured steps. Besides not crashing, whatever is accepted must be within
 * the documented limits and survive formatting and parsing again. */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rp-date.h"
#include "rp-parse.h"
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
check_distance (const char *text,
                RpUnit      unit,
                gboolean    allow_race)
{
  gint64 metres = 0;
  g_autofree char *shown = NULL;
  gint64 back = 0;

  if (!rp_parse_distance (text, unit, allow_race, &metres))
    return;

  g_assert_cmpint (metres, >=, 1);
  g_assert_cmpint (metres, <=, RP_PARSE_MAX_DISTANCE_M);

  /* The display form has 0.1 km of precision; it must parse again, unless
   * it shows "0.0 km". (In miles the last 0.1 mi may round past the limit.) */
  shown = rp_format_distance (metres, RP_UNIT_KM);
  g_assert_true (rp_parse_distance (shown, unit, FALSE, &back) || metres < 50);
  g_assert_true (back == 0 || llabs (back - metres) <= 50);
  g_free (rp_format_distance (metres, RP_UNIT_MI));
}

static void
check_duration (const char *text)
{
  gint64 seconds = 0;
  g_autofree char *shown = NULL;
  gint64 back = 0;

  if (!rp_parse_duration (text, &seconds))
    return;

  g_assert_cmpint (seconds, >=, 1);
  g_assert_cmpint (seconds, <=, RP_PARSE_MAX_DURATION_S);

  shown = rp_format_duration (seconds);
  g_assert_true (rp_parse_duration (shown, &back));
  g_assert_cmpint (back, ==, seconds);
}

static void
check_pace (const char *text)
{
  int s_per_km = 0;
  g_autofree char *shown = NULL;
  int back = 0;

  if (!rp_parse_pace (text, &s_per_km))
    return;

  g_assert_cmpint (s_per_km, >, 0);

  shown = rp_format_pace (s_per_km, RP_UNIT_KM);
  g_assert_true (rp_parse_pace (shown, &back));
  g_assert_cmpint (back, ==, s_per_km);

  g_free (rp_format_pace (s_per_km, RP_UNIT_MI));
}

static void
check_date (const char *text)
{
  RpDate date = RP_DATE_INVALID;
  char buf[RP_DATE_ISO_LEN];
  RpDate back = RP_DATE_INVALID;

  if (!rp_date_parse_iso (text, &date))
    return;

  g_assert_true (rp_date_is_valid (date));
  /* Exactly YYYY-MM-DD: what was accepted is what is written back. */
  g_assert_cmpstr (rp_date_to_iso (date, buf), ==, text);
  g_assert_true (rp_date_parse_iso (buf, &back));
  g_assert_cmpuint (back, ==, date);
}

/* Accepted steps print in canonical form, and that form reads back as the
 * very same steps, in either unit. */
static void
check_steps (const char *text,
             RpUnit      unit)
{
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GArray) back = NULL;
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;

  if (!rp_steps_parse (text, unit, &steps, &message))
    {
      g_assert_nonnull (message);
      return;
    }

  g_assert_cmpuint (steps->len, <=, RP_STEPS_MAX_STEPS);
  shown = rp_steps_format ((const RpStep *) (gpointer) steps->data, steps->len, unit);
  g_assert_true (rp_steps_parse (shown, unit, &back, NULL));
  g_assert_cmpuint (back->len, ==, steps->len);
  for (guint i = 0; i < steps->len; i++)
    g_assert_true (rp_step_equal (&g_array_index (steps, RpStep, i),
                                  &g_array_index (back, RpStep, i)));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* The parsers take C strings: cut at the first NUL like a C caller. */
  g_autofree char *text = g_strndup ((const char *) data, size);

  check_distance (text, RP_UNIT_KM, FALSE);
  check_distance (text, RP_UNIT_MI, TRUE);
  check_duration (text);
  check_pace (text);
  check_date (text);
  check_steps (text, RP_UNIT_KM);
  check_steps (text, RP_UNIT_MI);

  return 0;
}
