/* test-fit.c
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

/* G_LOG_DOMAIN comes from tests/meson.build. */
#include "config.h"

#include <math.h>
#include <string.h>

#include "fit-decode.h"
#include "rp-date.h"
#include "rp-fit.h"
#include "rp-kind.h"
#include "rp-planner.h"
#include "rp-steps.h"

/* A fixed creation time: 2027-03-01 00:00 UTC. */
#define CREATED_UNIX G_GINT64_CONSTANT (1803945600)

/* workout_step fields */
enum
{
  STEP_NAME = 0,
  STEP_DURATION_TYPE = 1,
  STEP_DURATION_VALUE = 2,
  STEP_TARGET_TYPE = 3,
  STEP_TARGET_VALUE = 4,
  STEP_SPEED_LOW = 5,
  STEP_SPEED_HIGH = 6,
  STEP_INTENSITY = 7,
  STEP_MESSAGE_INDEX = 254,
};

/* 2027-03-22 is a Monday. */
static RpDate
monday (void)
{
  return rp_date_from_ymd (2027, 3, 22);
}

/* A plan with a 10K race result (45:00), so paces are known. */
static RpPlan *
new_plan (gboolean with_race)
{
  RpPlan *plan = rp_plan_new (monday (), 2);

  if (with_race)
    rp_athlete_set_race_result (rp_plan_get_athlete (plan), 10000, 2700);
  return plan;
}

static RpWorkout *
place (RpPlan     *plan,
       int         day,
       RpKind      kind,
       const char *steps_text)
{
  g_autoptr(RpWorkout) template = rp_workout_new (kind);
  RpWorkout *workout;

  if (steps_text != NULL)
    {
      g_autoptr(GArray) steps = NULL;
      g_autofree char *message = NULL;

      g_assert_true (rp_steps_parse (steps_text, RP_UNIT_KM, &steps, &message));
      rp_steps_apply (template, steps);
    }
  workout = rp_planner_place (plan, monday () + day, template, NULL);
  g_assert_nonnull (workout);
  return workout;
}

static FitFile *
encode_decode (RpPlan    *plan,
               RpWorkout *workout)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = rp_fit_encode_workout (plan, workout, CREATED_UNIX, &error);
  FitFile *file;
  gsize size;
  const guint8 *data;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  file = fit_decode (data, size, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);
  return file;
}

static guint64
get (const FitMessage *message,
     guint8            field)
{
  guint64 value = 0;

  g_assert_nonnull (message);
  if (!fit_message_get_uint (message, field, &value))
    g_error ("field %u of message %u is absent or invalid", field, message->global);
  return value;
}

static gboolean
is_set (const FitMessage *message,
        guint8            field)
{
  guint64 value;

  return fit_message_get_uint (message, field, &value);
}

static guint64
speed_of (double s_per_km)
{
  return (guint64) lround (1e6 / s_per_km);
}

static void
test_crc (void)
{
  const guint8 check[] = "123456789";

  /* CRC-16/ARC's check value, and what FIT's table gives. */
  g_assert_cmphex (rp_fit_crc16 (0, check, 9), ==, 0xbb3d);
  g_assert_cmphex (rp_fit_crc16 (0, NULL, 0), ==, 0);
  /* Continued in two parts: the same. */
  g_assert_cmphex (rp_fit_crc16 (rp_fit_crc16 (0, check, 4), check + 4, 5), ==, 0xbb3d);
}

static void
test_header (void)
{
  g_autoptr(RpPlan) plan = new_plan (TRUE);
  RpWorkout *workout = place (plan, 3, RP_KIND_TEMPO, NULL);
  g_autoptr(GBytes) bytes = rp_fit_encode_workout (plan, workout, CREATED_UNIX, NULL);
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autoptr(FitFile) file = encode_decode (plan, workout);
  const FitMessage *file_id = fit_file_find (file, 0, 0);

  g_assert_cmpuint (data[0], ==, 14);
  g_assert_cmpuint (data[1], ==, 0x10);
  g_assert_cmpmem (data + 8, 4, ".FIT", 4);
  g_assert_cmpuint (file->profile, ==, 2189);
  g_assert_cmpuint (file->data_size, ==, size - 16);
  g_assert_cmpuint (file->header_crc, !=, 0);
  /* The whole file's CRC over everything before it, header included. */
  g_assert_cmphex (rp_fit_crc16 (0, data, size - 2), ==, data[size - 2] | data[size - 1] << 8);

  /* file_id first, as the protocol asks. */
  g_assert_true (g_ptr_array_index (file->messages, 0) == file_id);
  g_assert_cmpuint (get (file_id, 0), ==, 5);      /* type: workout */
  g_assert_cmpuint (get (file_id, 1), ==, 255);    /* manufacturer: development */
  g_assert_cmpuint (get (file_id, 4), ==, CREATED_UNIX - 631065600);
}

/* Every flipped byte is noticed: by a CRC, or the header's checks. */
static void
test_corrupt (void)
{
  g_autoptr(RpPlan) plan = new_plan (TRUE);
  RpWorkout *workout = place (plan, 1, RP_KIND_INTERVALS, "2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E");
  g_autoptr(GBytes) bytes = rp_fit_encode_workout (plan, workout, CREATED_UNIX, NULL);
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);
  g_autofree guint8 *copy = g_memdup2 (data, size);

  for (gsize i = 0; i < size; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(FitFile) file = NULL;

      copy[i] ^= 0x5a;
      file = fit_decode (copy, size, &error);
      g_assert_null (file);
      g_assert_error (error, FIT_DECODE_ERROR, 0);
      copy[i] ^= 0x5a;
    }
  /* Cut short anywhere: refused. */
  for (gsize n = 0; n < size; n++)
    {
      g_autoptr(FitFile) file = fit_decode (data, n, NULL);

      g_assert_null (file);
    }
}

/* "2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E" as a watch gets it. */
static void
test_intervals (void)
{
  g_autoptr(RpPlan) plan = new_plan (TRUE);
  RpWorkout *workout = place (plan, 1, RP_KIND_INTERVALS, "2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E");
  const RpPaces *paces = rp_athlete_get_paces (rp_plan_get_athlete (plan));
  g_autoptr(FitFile) file = encode_decode (plan, workout);
  const FitMessage *wkt = fit_file_find (file, 26, 0);
  const FitMessage *s[5];

  g_assert_cmpuint (get (wkt, 4), ==, 1);  /* sport: running */
  g_assert_cmpuint (get (wkt, 6), ==, 5);  /* num_valid_steps */
  g_assert_true (g_str_has_prefix (fit_message_get_string (wkt, 8), "Intervals "));
  g_assert_cmpuint (fit_file_count (file, 27), ==, 5);
  for (guint i = 0; i < 5; i++)
    {
      s[i] = fit_file_find (file, 27, i);
      g_assert_cmpuint (get (s[i], STEP_MESSAGE_INDEX), ==, i);
    }

  /* Warm-up: 2 km at easy pace (the easy range). */
  g_assert_cmpuint (get (s[0], STEP_INTENSITY), ==, 2);
  g_assert_cmpuint (get (s[0], STEP_DURATION_TYPE), ==, 1);
  g_assert_cmpuint (get (s[0], STEP_DURATION_VALUE), ==, 200000);  /* cm */
  g_assert_cmpuint (get (s[0], STEP_TARGET_TYPE), ==, 0);          /* speed */
  g_assert_cmpuint (get (s[0], STEP_TARGET_VALUE), ==, 0);         /* custom */
  g_assert_cmpuint (get (s[0], STEP_SPEED_LOW), ==, speed_of (paces->easy_slow));
  g_assert_cmpuint (get (s[0], STEP_SPEED_HIGH), ==, speed_of (paces->easy_fast));
  g_assert_cmpstr (fit_message_get_string (s[0], STEP_NAME), ==, "Warm-up");

  /* The interval: 800 m at I pace ± 5 s/km. */
  g_assert_cmpuint (get (s[1], STEP_INTENSITY), ==, 5);
  g_assert_cmpuint (get (s[1], STEP_DURATION_TYPE), ==, 1);
  g_assert_cmpuint (get (s[1], STEP_DURATION_VALUE), ==, 80000);
  g_assert_cmpuint (get (s[1], STEP_TARGET_TYPE), ==, 0);
  g_assert_cmpuint (get (s[1], STEP_SPEED_LOW), ==, speed_of (paces->interval + 5));
  g_assert_cmpuint (get (s[1], STEP_SPEED_HIGH), ==, speed_of (paces->interval - 5));
  g_assert_cmpuint (get (s[1], STEP_SPEED_HIGH), >, get (s[1], STEP_SPEED_LOW));

  /* The jog: 400 m, recovery, no target. */
  g_assert_cmpuint (get (s[2], STEP_INTENSITY), ==, 4);
  g_assert_cmpuint (get (s[2], STEP_DURATION_VALUE), ==, 40000);
  g_assert_cmpuint (get (s[2], STEP_TARGET_TYPE), ==, 2);
  g_assert_false (is_set (s[2], STEP_SPEED_LOW));

  /* Repeat from step 1, 6 times in all. */
  g_assert_cmpuint (get (s[3], STEP_DURATION_TYPE), ==, 6);
  g_assert_cmpuint (get (s[3], STEP_DURATION_VALUE), ==, 1);
  g_assert_cmpuint (get (s[3], STEP_TARGET_VALUE), ==, 6);

  /* Cool-down. */
  g_assert_cmpuint (get (s[4], STEP_INTENSITY), ==, 3);
  g_assert_cmpuint (get (s[4], STEP_DURATION_VALUE), ==, 200000);
}

/* Times in ms; a repeat without recovery goes back to its own step. */
static void
test_times (void)
{
  g_autoptr(RpPlan) plan = new_plan (TRUE);
  RpWorkout *workout = place (plan, 3, RP_KIND_TEMPO, "10 min @ E; 3 × 8 min @ T, 90 s jog; 5 × 1 min @ R; 10 min @ E");
  const RpPaces *paces = rp_athlete_get_paces (rp_plan_get_athlete (plan));
  g_autoptr(FitFile) file = encode_decode (plan, workout);
  static const struct
  {
    guint64 duration_type, duration_value, intensity, target_type;
  } expected[] = {
    { 0, 600000, 2, 0 },   /* warm-up 10 min */
    { 0, 480000, 5, 0 },   /* 8 min @ T */
    { 0, 90000, 4, 2 },    /* 90 s jog */
    { 6, 1, 5, 2 },        /* repeat from 1 … */
    { 0, 60000, 5, 0 },    /* 1 min @ R */
    { 6, 4, 5, 2 },        /* repeat from 4 … */
    { 0, 600000, 3, 0 },   /* cool-down 10 min */
  };

  g_assert_cmpuint (get (fit_file_find (file, 26, 0), 6), ==, G_N_ELEMENTS (expected));
  g_assert_cmpuint (fit_file_count (file, 27), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      const FitMessage *step = fit_file_find (file, 27, i);

      g_test_message ("step %u", i);
      g_assert_cmpuint (get (step, STEP_DURATION_TYPE), ==, expected[i].duration_type);
      g_assert_cmpuint (get (step, STEP_DURATION_VALUE), ==, expected[i].duration_value);
      g_assert_cmpuint (get (step, STEP_INTENSITY), ==, expected[i].intensity);
      g_assert_cmpuint (get (step, STEP_TARGET_TYPE), ==, expected[i].target_type);
    }
  g_assert_cmpuint (get (fit_file_find (file, 27, 3), STEP_TARGET_VALUE), ==, 3);
  g_assert_cmpuint (get (fit_file_find (file, 27, 5), STEP_TARGET_VALUE), ==, 5);
  g_assert_cmpuint (get (fit_file_find (file, 27, 1), STEP_SPEED_HIGH), ==,
                    speed_of (paces->threshold - 5));
}

/* Without steps: one step of the workout's size at its pace range. */
static void
test_whole (void)
{
  g_autoptr(RpPlan) plan = new_plan (TRUE);
  RpWorkout *easy;
  g_autoptr(FitFile) file = NULL;
  const FitMessage *step;
  int fast = 0, slow = 0;

  place (plan, 1, RP_KIND_INTERVALS, NULL);
  rp_planner_fill (plan);
  easy = rp_plan_get_workout (plan, monday () + 4, 0);
  g_assert_cmpint (rp_workout_get_kind (easy), ==, RP_KIND_EASY);
  rp_planner_workout_pace (plan, easy, &fast, &slow);
  g_assert_cmpint (fast, >, 0);
  g_assert_cmpint (slow, >, fast);

  file = encode_decode (plan, easy);
  g_assert_cmpuint (get (fit_file_find (file, 26, 0), 6), ==, 1);
  step = fit_file_find (file, 27, 0);
  g_assert_cmpuint (get (step, STEP_INTENSITY), ==, 0);
  g_assert_cmpuint (get (step, STEP_DURATION_TYPE), ==, 1);
  g_assert_cmpuint (get (step, STEP_DURATION_VALUE), ==,
                    rp_planner_workout_distance_m (plan, easy) * 100);
  g_assert_cmpuint (get (step, STEP_SPEED_LOW), ==, speed_of (slow));
  g_assert_cmpuint (get (step, STEP_SPEED_HIGH), ==, speed_of (fast));
}

/* Assumed paces (no race result, none typed) are no target. */
static void
test_assumed_paces (void)
{
  g_autoptr(RpPlan) plan = new_plan (FALSE);
  RpWorkout *workout = place (plan, 1, RP_KIND_INTERVALS, "2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E");
  g_autoptr(FitFile) file = encode_decode (plan, workout);

  g_assert_true (rp_athlete_get_paces (rp_plan_get_athlete (plan))->assumed);
  for (guint i = 0; i < fit_file_count (file, 27); i++)
    g_assert_cmpuint (get (fit_file_find (file, 27, i), STEP_TARGET_TYPE), ==, 2);
}

static void
test_sports (void)
{
  static const struct { RpKind kind; guint64 sport; } cases[] = {
    { RP_KIND_LONG, 1 },
    { RP_KIND_RACE, 1 },
    { RP_KIND_WALK, 11 },
    { RP_KIND_CROSS_TRAINING, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(RpPlan) plan = new_plan (TRUE);
      RpWorkout *workout = place (plan, 6, cases[i].kind, NULL);
      g_autoptr(FitFile) file = encode_decode (plan, workout);

      g_assert_cmpuint (get (fit_file_find (file, 26, 0), 4), ==, cases[i].sport);
      g_assert_cmpuint (fit_file_count (file, 27), ==, 1);
    }
  {
    g_autoptr(RpWorkout) rest = rp_workout_new (RP_KIND_REST);

    g_assert_false (rp_fit_exports_workout (rest));
  }
}

/* A step FIT cannot end (both a distance and a time, or neither) is
 * refused, the message naming the workout. */
static void
test_refused (void)
{
  static const RpStep bad[] = {
    { 1, 1000, 300, RP_ZONE_THRESHOLD, -1, -1 },
    { 2, -1, -1, RP_ZONE_INTERVAL, 400, -1 },
    { 3, 800, -1, RP_ZONE_INTERVAL, 400, 90 },
    { 1, 0, 0, RP_ZONE_THRESHOLD, -1, -1 },
  };
  static const RpStep good = { 1, 2000, -1, RP_ZONE_EASY_MID, -1, -1 };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(RpPlan) plan = new_plan (TRUE);
      g_autoptr(RpWorkout) template = rp_workout_new (RP_KIND_TEMPO);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      RpWorkout *workout;

      rp_workout_add_step (template, &good);
      rp_workout_add_step (template, &bad[i]);
      workout = rp_planner_place (plan, monday () + 6, template, NULL);
      bytes = rp_fit_encode_workout (plan, workout, CREATED_UNIX, &error);
      g_assert_null (bytes);
      g_assert_error (error, RP_FIT_ERROR, RP_FIT_ERROR_UNSUPPORTED);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "2027-03-28 tempo, step 2: "));
    }
}

static void
test_file_name (void)
{
  g_autoptr(RpPlan) plan = new_plan (TRUE);
  RpWorkout *workout = place (plan, 6, RP_KIND_TEMPO, NULL);
  g_autofree char *first = rp_fit_file_name (workout, 0);
  g_autofree char *second = rp_fit_file_name (workout, 1);

  g_assert_cmpstr (first, ==, "2027-03-28-tempo.fit");
  g_assert_cmpstr (second, ==, "2027-03-28-tempo-2.fit");
}

/* A name longer than the field is cut at a character, never mid-UTF-8. */
static void
test_names_fit (void)
{
  g_autoptr(RpPlan) plan = new_plan (TRUE);
  RpWorkout *workout = place (plan, 6, RP_KIND_MARATHON_PACE, "3 km @ E; 2 × 5 km @ M, 1 km jog; 3 km @ E");
  g_autoptr(FitFile) file = encode_decode (plan, workout);
  const char *name = fit_message_get_string (fit_file_find (file, 26, 0), 8);

  g_assert_nonnull (name);
  g_assert_cmpuint (strlen (name), <, RP_FIT_NAME_SIZE);
  g_assert_true (g_str_has_prefix (name, "Marathon"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fit/crc", test_crc);
  g_test_add_func ("/fit/header", test_header);
  g_test_add_func ("/fit/corrupt", test_corrupt);
  g_test_add_func ("/fit/intervals", test_intervals);
  g_test_add_func ("/fit/times", test_times);
  g_test_add_func ("/fit/whole", test_whole);
  g_test_add_func ("/fit/assumed-paces", test_assumed_paces);
  g_test_add_func ("/fit/sports", test_sports);
  g_test_add_func ("/fit/refused", test_refused);
  g_test_add_func ("/fit/file-name", test_file_name);
  g_test_add_func ("/fit/names-fit", test_names_fit);

  return g_test_run ();
}
