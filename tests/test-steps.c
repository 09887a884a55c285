/* test-steps.c — structured steps as typed and as shown
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

#include "config.h"

#include <locale.h>
#include <string.h>

#include "rp-parse.h"
#include "rp-steps.h"

#define MILE_M 1609

typedef struct
{
  const char *text;
  RpUnit      unit;
  const char *canonical;
} GoodCase;

static const GoodCase good_cases[] = {
  { "6 × 800 m @ I, 400 m jog", RP_UNIT_KM, "6 × 800 m @ I, 400 m jog" },
  { "6x800m@i,400m jog", RP_UNIT_KM, "6 × 800 m @ I, 400 m jog" },
  { "  6 × 800 m @ I ,  400 m JOG  ", RP_UNIT_KM, "6 × 800 m @ I, 400 m jog" },
  { "6\u00a0×\u00a0800\u00a0m\t@ I", RP_UNIT_KM, "6 × 800 m @ I" },
  { "3 x 10min @ T / 2min jog", RP_UNIT_KM, "3 × 10 min @ T, 2 min jog" },
  { "2km @ E; 4 × 1 mi @ T w/ 90s rest; 2km @ E", RP_UNIT_KM,
    "2 km @ E; 4 × 1 mi @ T, 90 s jog; 2 km @ E" },
  { "2km @ E, 4 × 1 mi @ T, 2km @ E", RP_UNIT_KM, "2 km @ E; 4 × 1 mi @ T; 2 km @ E" },
  { "5 * 3:00 @ interval with 2:00 rest", RP_UNIT_KM, "5 × 3 min @ I, 2 min jog" },
  { "1 × 5 km @ threshold", RP_UNIT_KM, "5 km @ T" },
  { "10 X 200 m @ R, 200 m recovery", RP_UNIT_KM, "10 × 200 m @ R, 200 m jog" },
  { "8 x 1:30 @ repetition, 2:30 jog", RP_UNIT_KM, "8 × 90 s @ R, 2:30 jog" },
  { "20min @ easy", RP_UNIT_KM, "20 min @ E" },
  /* A full zone name needs no "@"; a letter does ("800 m" is metres). */
  { "2 km easy; 3 x 1 mi threshold, 2 min jog", RP_UNIT_KM, "2 km @ E; 3 × 1 mi @ T, 2 min jog" },
  { "1h30min @ marathon", RP_UNIT_KM, "90 min @ M" },
  { "1 h @ M", RP_UNIT_KM, "1 h @ M" },
  { "1:02:05 @ m", RP_UNIT_KM, "1:02:05 @ M" },
  { "400 m", RP_UNIT_KM, "400 m" },
  { "1.5 km @ easy-slow", RP_UNIT_KM, "1.5 km @ easy-slow" },
  { "2 × 10 km @ race", RP_UNIT_KM, "2 × 10 km @ race" },
  { "5 min @ recovery", RP_UNIT_KM, "5 min @ recovery" },
  { "3 @ E", RP_UNIT_KM, "3 km @ E" },
  { "1609 m", RP_UNIT_KM, "1 mi" },
  { "1.25km@T", RP_UNIT_KM, "1.25 km @ T" },
  { "50 × 50 m", RP_UNIT_KM, "50 × 50 m" },
  { "", RP_UNIT_KM, "" },
  { "   ", RP_UNIT_KM, "" },
  /* Miles: a bare number is miles; metres and km stay as typed. */
  { "2 mi @ E; 6 × 800 m @ I, 400 m jog", RP_UNIT_MI, "2 mi @ E; 6 × 800 m @ I, 400 m jog" },
  { "3 @ E", RP_UNIT_MI, "3 mi @ E" },
  { "5 km @ T", RP_UNIT_MI, "5 km @ T" },
  { "4 × 0.25 mi @ R, 0.25 mi jog", RP_UNIT_MI, "4 × 0.25 mi @ R, 0.25 mi jog" },
  { "1.5 @ T", RP_UNIT_MI, "1.5 mi @ T" },
};

typedef struct
{
  const char *text;
  const char *message_part;
} BadCase;

static const BadCase bad_cases[] = {
  { "6 × 800 m @ Q", "step 1: unknown zone “Q”" },
  { "2 km @ E; 6 × 800 m @ X", "step 2: unknown zone “X”" },
  { "6 × 800 @ I", "“800” has no unit" },
  { "0 × 800 m", "0 repeats" },
  { "51 × 200 m", "51 repeats" },
  { "99999999999999 x 400 m", "repeats" },
  { "6 × @ I", "a distance or time is missing" },
  { "6 × 800 m @", "a zone is missing" },
  { "6 × 800 m @ I @ T", "“@” appears twice" },
  { "400 m jog", "is a recovery" },
  { "2 km @ E; 400 m jog", "is a recovery" },
  { "6 × 800 m @ I, 400 m jog, 200 m jog", "step 1: it already has a recovery" },
  { "6 × 800 m @ I / 400 m jog, 200 m jog", "already has a recovery" },
  { "6 × 800 m @ I / ", "step 1: a distance or time is missing" },
  { "6 × 800 m @ I / banana", "“banana” is not a distance" },
  { "6 × 800 m @ I,, 2 km", "nothing between" },
  { "6 × 800 m @ I;", "nothing between" },
  { ", 2 km", "nothing between" },
  { "banana", "“banana” is not a distance" },
  { "10m @ T", "only 10 m" },
  { "3 × 45 m", "only 45 m" },
  { "2000 km", "not a distance" },
  { "-5 km", "not a distance" },
  { "nan km", "not a distance" },
  { "inf min", "not a distance" },
  { "1e3 m", "not a distance" },
  { "0x10 km", "0 repeats" },
  { "8 days", "not a distance" },
  { "200 h", "not a distance" },
  { "6 × 800 m @ I pace", "unknown zone “I pace”" },
  { "2 km E", "“2 km E” is not a distance" },
  { "2 km fast", "“2 km fast” is not a distance" },
  { "6 × 800 m\x01", "control characters" },
  { "6 × 800 m \xff", "UTF-8" },
};

static void
assert_parses_to (const char *text,
                  RpUnit      unit,
                  const char *canonical)
{
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GArray) again = NULL;
  g_autofree char *error = NULL;
  g_autofree char *formatted = NULL;
  g_autofree char *formatted_again = NULL;

  if (!rp_steps_parse (text, unit, &steps, &error))
    g_error ("“%s” refused: %s", text, error);
  g_assert_null (error);
  formatted = rp_steps_format ((const RpStep *) steps->data, steps->len, unit);
  g_assert_cmpstr (formatted, ==, canonical);

  /* parse (format (x)) == x */
  g_assert_true (rp_steps_parse (formatted, unit, &again, NULL));
  g_assert_cmpuint (again->len, ==, steps->len);
  for (guint i = 0; i < steps->len; i++)
    g_assert_true (rp_step_equal (&g_array_index (steps, RpStep, i),
                                  &g_array_index (again, RpStep, i)));
  formatted_again = rp_steps_format ((const RpStep *) again->data, again->len, unit);
  g_assert_cmpstr (formatted_again, ==, formatted);
}

static void
test_parse_good (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (good_cases); i++)
    assert_parses_to (good_cases[i].text, good_cases[i].unit, good_cases[i].canonical);
}

static void
test_parse_bad (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      GArray *steps = NULL;
      g_autofree char *error = NULL;

      if (rp_steps_parse (bad_cases[i].text, RP_UNIT_KM, &steps, &error))
        g_error ("“%s” accepted", bad_cases[i].text);
      g_assert_null (steps);
      g_assert_nonnull (error);
      if (strstr (error, bad_cases[i].message_part) == NULL)
        g_error ("“%s”: message “%s” lacks “%s”", bad_cases[i].text, error,
                 bad_cases[i].message_part);
      g_assert_true (g_utf8_validate (error, -1, NULL));

      /* No message wanted: still refused, nothing leaked. */
      g_assert_false (rp_steps_parse (bad_cases[i].text, RP_UNIT_KM, &steps, NULL));
      g_assert_null (steps);
    }
}

/* Exactly what the fields hold, not only what is printed. */
static void
test_parse_fields (void)
{
  g_autoptr(GArray) steps = NULL;
  const RpStep *step;

  g_assert_true (rp_steps_parse ("2km @ E; 4 × 1 mi @ T w/ 90s rest; 3 x 10min, 400 m jog",
                                 RP_UNIT_KM, &steps, NULL));
  g_assert_cmpuint (steps->len, ==, 3);

  step = &g_array_index (steps, RpStep, 0);
  g_assert_cmpint (step->repeat, ==, 1);
  g_assert_cmpint (step->distance_m, ==, 2000);
  g_assert_cmpint (step->duration_s, ==, -1);
  g_assert_cmpint (step->zone, ==, RP_ZONE_EASY_MID);
  g_assert_cmpint (step->recovery_distance_m, ==, -1);
  g_assert_cmpint (step->recovery_duration_s, ==, -1);

  step = &g_array_index (steps, RpStep, 1);
  g_assert_cmpint (step->repeat, ==, 4);
  g_assert_cmpint (step->distance_m, ==, MILE_M);
  g_assert_cmpint (step->zone, ==, RP_ZONE_THRESHOLD);
  g_assert_cmpint (step->recovery_distance_m, ==, -1);
  g_assert_cmpint (step->recovery_duration_s, ==, 90);

  step = &g_array_index (steps, RpStep, 2);
  g_assert_cmpint (step->repeat, ==, 3);
  g_assert_cmpint (step->distance_m, ==, -1);
  g_assert_cmpint (step->duration_s, ==, 600);
  g_assert_cmpint (step->zone, ==, RP_ZONE_NONE);
  g_assert_cmpint (step->recovery_distance_m, ==, 400);
  g_assert_cmpint (step->recovery_duration_s, ==, -1);
}

static void
test_limits (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GArray) steps = NULL;
  g_autofree char *error = NULL;
  g_autofree char *long_text = NULL;

  for (guint i = 0; i < RP_STEPS_MAX_STEPS; i++)
    g_string_append_printf (text, "%s%u km", i > 0 ? "; " : "", i + 1);
  g_assert_true (rp_steps_parse (text->str, RP_UNIT_KM, &steps, NULL));
  g_assert_cmpuint (steps->len, ==, RP_STEPS_MAX_STEPS);

  g_string_append (text, "; 1 km");
  g_assert_false (rp_steps_parse (text->str, RP_UNIT_KM, &steps, &error));
  g_assert_nonnull (strstr (error, "step 21: more than 20 steps"));
  g_clear_pointer (&error, g_free);

  /* Long text is refused whole, before anything is read. */
  long_text = g_strnfill (RP_STEPS_MAX_TEXT + 1, ' ');
  g_assert_false (rp_steps_parse (long_text, RP_UNIT_KM, &steps, &error));
  g_assert_nonnull (strstr (error, "longer than"));
  g_clear_pointer (&error, g_free);

  /* The largest amounts rp-parse takes, and the largest repeat. */
  g_clear_pointer (&steps, g_array_unref);
  g_assert_true (rp_steps_parse ("50 × 1000 km, 168 h jog", RP_UNIT_KM, &steps, NULL));
  g_assert_cmpint (g_array_index (steps, RpStep, 0).distance_m, ==, RP_PARSE_MAX_DISTANCE_M);
  g_assert_cmpint (g_array_index (steps, RpStep, 0).recovery_duration_s, ==, RP_PARSE_MAX_DURATION_S);
  g_assert_false (rp_steps_parse ("1000.001 km", RP_UNIT_KM, &steps, NULL));
  g_assert_false (rp_steps_parse ("168:00:01", RP_UNIT_KM, &steps, NULL));

  /* A NULL text is no steps. */
  g_clear_pointer (&steps, g_array_unref);
  g_assert_true (rp_steps_parse (NULL, RP_UNIT_KM, &steps, NULL));
  g_assert_cmpuint (steps->len, ==, 0);
}

static RpStep
random_step (GRand *rand)
{
  RpStep step = { 1, -1, -1, RP_ZONE_NONE, -1, -1 };

  step.repeat = g_rand_int_range (rand, 1, RP_STEPS_MAX_REPEAT + 1);
  if (g_rand_boolean (rand))
    step.distance_m = g_rand_int_range (rand, RP_STEPS_MIN_DISTANCE_M, RP_PARSE_MAX_DISTANCE_M + 1);
  else
    step.duration_s = g_rand_int_range (rand, 1, RP_PARSE_MAX_DURATION_S + 1);
  step.zone = (RpZone) g_rand_int_range (rand, RP_ZONE_NONE, RP_ZONE_RECOVERY + 1);
  switch (g_rand_int_range (rand, 0, 3))
    {
    case 0:
      step.recovery_distance_m = g_rand_int_range (rand, RP_STEPS_MIN_DISTANCE_M, 5000);
      break;
    case 1:
      step.recovery_duration_s = g_rand_int_range (rand, 1, 600);
      break;
    default:
      break;
    }
  return step;
}

/* parse (format (x)) == x for any steps parse can make, in both units. */
static void
test_round_trip_generated (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260301);

  for (guint round = 0; round < 10000; round++)
    {
      RpStep steps[4];
      guint n = g_rand_int_range (rand, 1, G_N_ELEMENTS (steps) + 1);
      RpUnit unit = g_rand_boolean (rand) ? RP_UNIT_MI : RP_UNIT_KM;
      g_autofree char *text = NULL;
      g_autofree char *error = NULL;
      g_autoptr(GArray) back = NULL;

      for (guint i = 0; i < n; i++)
        steps[i] = random_step (rand);
      text = rp_steps_format (steps, n, unit);
      if (!rp_steps_parse (text, unit, &back, &error))
        g_error ("“%s” (round %u) refused: %s", text, round, error);
      g_assert_cmpuint (back->len, ==, n);
      for (guint i = 0; i < n; i++)
        if (!rp_step_equal (&steps[i], &g_array_index (back, RpStep, i)))
          g_error ("“%s” (round %u) read back differently at step %u", text, round, i + 1);
    }
}

/* Random text made of the grammar's own pieces: whatever is accepted
 * formats to a text that reads back as the same steps; nothing else
 * matters but that nothing crashes (ASan/UBSan in CI). */
static void
test_parse_random (void)
{
  static const char * const pieces[] = {
    "6", "800", "0", "1.5", "99", "12345", " ", "  ", "×", "x", "X", "*", "m", "km", "mi", "min",
    "s", "h", ":", "3:00", "@", "E", "i", "easy", "threshold", "recovery", ",", ";", "/", "w/",
    "with", "jog", "rest", ".", "k", "\xc3", "\t", "é",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  guint accepted = 0;

  for (guint round = 0; round < 20000; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GArray) steps = NULL;
      g_autoptr(GArray) back = NULL;
      g_autofree char *error = NULL;
      g_autofree char *formatted = NULL;
      guint n = g_rand_int_range (rand, 1, 16);

      for (guint i = 0; i < n; i++)
        g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
      if (!rp_steps_parse (text->str, RP_UNIT_KM, &steps, &error))
        {
          g_assert_nonnull (error);
          continue;
        }
      accepted++;
      formatted = rp_steps_format ((const RpStep *) steps->data, steps->len, RP_UNIT_KM);
      if (!rp_steps_parse (formatted, RP_UNIT_KM, &back, NULL))
        g_error ("“%s” read, but its form “%s” does not", text->str, formatted);
      g_assert_cmpuint (back->len, ==, steps->len);
      for (guint i = 0; i < steps->len; i++)
        g_assert_true (rp_step_equal (&g_array_index (steps, RpStep, i),
                                      &g_array_index (back, RpStep, i)));
    }
  /* The mix reaches the accepting paths too, not only refusals. */
  g_assert_cmpuint (accepted, >, 100);
}

/* Distances read in miles are printed in miles where exact; metres typed
 * for track reps stay metres in either unit. */
static void
test_units (void)
{
  RpStep steps[] = {
    { 1, 2 * MILE_M + 1, -1, RP_ZONE_EASY_MID, -1, -1 },  /* 3219 m: 2 mi */
    { 6, 800, -1, RP_ZONE_INTERVAL, 402, -1 },           /* 0.25 mi */
    { 1, 10000, -1, RP_ZONE_THRESHOLD, -1, -1 },
    { 1, 10001, -1, RP_ZONE_NONE, -1, -1 },
  };
  g_autofree char *km = rp_steps_format (steps, G_N_ELEMENTS (steps), RP_UNIT_KM);
  g_autofree char *mi = rp_steps_format (steps, G_N_ELEMENTS (steps), RP_UNIT_MI);

  g_assert_cmpstr (km, ==, "2 mi @ E; 6 × 800 m @ I, 402 m jog; 10 km @ T; 10001 m");
  g_assert_cmpstr (mi, ==, "2 mi @ E; 6 × 800 m @ I, 0.25 mi jog; 10 km @ T; 10001 m");
}

/* Where the decimal point is a comma, a runner types "1,5 km": it is one
 * step of 1.5 km, never "1 km" and a step of 5 km; a comma after a unit
 * or a zone still brings the recovery. */
static void
test_parse_decimal_comma (void)
{
  const char *locales[] = { "de_DE.UTF-8", "es_ES.UTF-8", "fr_FR.UTF-8" };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autoptr(GArray) steps = NULL;
  g_autoptr(GArray) with_zone = NULL;
  g_autoptr(GArray) refused = NULL;
  gboolean switched = FALSE;
  const RpStep *step;

  for (guint i = 0; i < G_N_ELEMENTS (locales) && !switched; i++)
    switched = setlocale (LC_NUMERIC, locales[i]) != NULL;
  if (!switched)
    {
      g_test_skip ("no locale with a decimal comma installed");
      return;
    }

  g_assert_true (rp_steps_parse ("2 × 1,5 km @ T, 400 m jog", RP_UNIT_KM, &steps, NULL));
  g_assert_cmpuint (steps->len, ==, 1);
  step = &g_array_index (steps, RpStep, 0);
  g_assert_cmpint (step->repeat, ==, 2);
  g_assert_cmpint (step->distance_m, ==, 1500);
  g_assert_cmpint (step->zone, ==, RP_ZONE_THRESHOLD);
  g_assert_cmpint (step->recovery_distance_m, ==, 400);

  g_assert_true (rp_steps_parse ("6 × 800 m @ I,400 m jog", RP_UNIT_KM, &with_zone, NULL));
  g_assert_cmpuint (with_zone->len, ==, 1);
  g_assert_cmpint (g_array_index (with_zone, RpStep, 0).recovery_distance_m, ==, 400);

  /* Digits on both sides and no unit between: refused, not guessed. */
  g_assert_false (rp_steps_parse ("6 × 3:00,2:00 jog", RP_UNIT_KM, &refused, NULL));

  setlocale (LC_NUMERIC, saved);
}

/* What only a hand-written file can hold is still shown, not dropped. */
static void
test_format_file_only (void)
{
  RpStep steps[] = {
    { 200, 10, -1, RP_ZONE_NONE, -1, -1 },
    { 1, -1, -1, RP_ZONE_RACE, -1, 3725 },
    { 1, 1000, 300, (RpZone) 99, 0, -1 },
  };
  g_autofree char *text = rp_steps_format (steps, G_N_ELEMENTS (steps), RP_UNIT_KM);
  g_autofree char *none = rp_steps_format (NULL, 0, RP_UNIT_KM);

  g_assert_cmpstr (text, ==, "200 × 10 m; ? @ race, 1:02:05 jog; 1 km");
  g_assert_cmpstr (none, ==, "");
}

static void
test_workout (void)
{
  g_autoptr(RpWorkout) workout = rp_workout_new (RP_KIND_INTERVALS);
  g_autoptr(GArray) steps = NULL;
  g_autofree char *text = NULL;
  g_autofree char *empty = NULL;

  g_assert_true (rp_steps_parse ("2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E", RP_UNIT_KM,
                                 &steps, NULL));
  rp_steps_apply (workout, steps);
  g_assert_cmpuint (rp_workout_get_n_steps (workout), ==, 3);
  text = rp_steps_format_workout (workout, RP_UNIT_KM);
  g_assert_cmpstr (text, ==, "2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E");

  /* Applying again replaces, never appends. */
  rp_steps_apply (workout, steps);
  g_assert_cmpuint (rp_workout_get_n_steps (workout), ==, 3);

  rp_steps_apply (workout, NULL);
  g_assert_cmpuint (rp_workout_get_n_steps (workout), ==, 0);
  empty = rp_steps_format_workout (workout, RP_UNIT_KM);
  g_assert_cmpstr (empty, ==, "");
}

static void
test_total_distance (void)
{
  static const struct
  {
    const char *text;
    gint64      metres;
  } cases[] = {
    { "2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E", 2000 + 6 * 1200 + 2000 },
    { "4 × 1 mi @ T", 4 * MILE_M },
    { "3 × 10 min @ T", -1 },
    { "6 × 800 m @ I, 90 s jog", -1 },
    { "", 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GArray) steps = NULL;

      g_assert_true (rp_steps_parse (cases[i].text, RP_UNIT_KM, &steps, NULL));
      g_assert_cmpint (rp_steps_total_distance_m ((const RpStep *) steps->data, steps->len),
                       ==, cases[i].metres);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/steps/parse/good", test_parse_good);
  g_test_add_func ("/steps/parse/bad", test_parse_bad);
  g_test_add_func ("/steps/parse/fields", test_parse_fields);
  g_test_add_func ("/steps/parse/limits", test_limits);
  g_test_add_func ("/steps/parse/random", test_parse_random);
  g_test_add_func ("/steps/parse/decimal-comma", test_parse_decimal_comma);
  g_test_add_func ("/steps/format/round-trip-generated", test_round_trip_generated);
  g_test_add_func ("/steps/format/units", test_units);
  g_test_add_func ("/steps/format/file-only", test_format_file_only);
  g_test_add_func ("/steps/workout", test_workout);
  g_test_add_func ("/steps/total-distance", test_total_distance);

  return g_test_run ();
}
