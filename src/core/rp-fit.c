/* rp-fit.c
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

#define G_LOG_DOMAIN "rp-fit"

#include "config.h"

#include "rp-fit.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-parse.h"
#include "rp-planner.h"

/* FIT base types (the protocol's table). */
#define BASE_ENUM   0x00
#define BASE_STRING 0x07
#define BASE_UINT16 0x84
#define BASE_UINT32 0x86

#define INVALID_UINT32 G_MAXUINT32

/* Local message types: one definition each, written before its data. */
enum
{
  LOCAL_FILE_ID,
  LOCAL_WORKOUT,
  LOCAL_WORKOUT_STEP,
};

/* One workout_step message, in FIT's units. */
typedef struct
{
  const char *name;  /* untranslated */
  guint8      duration_type;
  guint32     duration_value;
  guint8      target_type;
  guint32     target_value;
  guint32     speed_low;   /* mm/s; INVALID_UINT32: none */
  guint32     speed_high;
  guint8      intensity;
} FitStep;

G_DEFINE_QUARK (rp-fit-error-quark, rp_fit_error)

/* The FIT SDK's nibble table for CRC-16/ARC (polynomial 0x8005, reflected). */
static const guint16 crc_table[16] = {
  0x0000, 0xcc01, 0xd801, 0x1400, 0xf001, 0x3c00, 0x2800, 0xe401,
  0xa001, 0x6c00, 0x7800, 0xb401, 0x5000, 0x9c01, 0x8801, 0x4400,
};

guint16
rp_fit_crc16 (guint16       crc,
              const guint8 *data,
              gsize         size)
{
  g_return_val_if_fail (data != NULL || size == 0, crc);

  for (gsize i = 0; i < size; i++)
    {
      guint16 tmp = crc_table[crc & 0xf];

      crc = ((crc >> 4) & 0x0fff) ^ tmp ^ crc_table[data[i] & 0xf];
      tmp = crc_table[crc & 0xf];
      crc = ((crc >> 4) & 0x0fff) ^ tmp ^ crc_table[(data[i] >> 4) & 0xf];
    }
  return crc;
}

gboolean
rp_fit_exports_workout (RpWorkout *workout)
{
  g_return_val_if_fail (RP_IS_WORKOUT (workout), FALSE);

  return rp_workout_get_kind (workout) != RP_KIND_REST;
}

/* Little-endian writers. */
static void
put_u8 (GByteArray *out,
        guint8      value)
{
  g_byte_array_append (out, &value, 1);
}

static void
put_u16 (GByteArray *out,
         guint16     value)
{
  guint8 bytes[2] = { value & 0xff, value >> 8 };

  g_byte_array_append (out, bytes, sizeof bytes);
}

static void
put_u32 (GByteArray *out,
         guint32     value)
{
  guint8 bytes[4] = { value & 0xff, (value >> 8) & 0xff, (value >> 16) & 0xff, value >> 24 };

  g_byte_array_append (out, bytes, sizeof bytes);
}

/* A string field of a fixed size: cut at a character boundary, padded
 * with NULs (at least one). */
static void
put_string (GByteArray *out,
            const char *text,
            gsize       size)
{
  const char *end = text;
  guint8 zero = 0;

  while (*end != '\0')
    {
      const char *next = g_utf8_next_char (end);

      if ((gsize) (next - text) > size - 1)
        break;
      end = next;
    }
  g_byte_array_append (out, (const guint8 *) text, end - text);
  for (gsize i = end - text; i < size; i++)
    g_byte_array_append (out, &zero, 1);
}

typedef struct
{
  guint8 number;
  guint8 size;
  guint8 base_type;
} FieldDef;

static void
put_definition (GByteArray     *out,
                guint8          local_type,
                guint16         global_number,
                const FieldDef *fields,
                guint8          n_fields)
{
  put_u8 (out, 0x40 | local_type);  /* a definition message */
  put_u8 (out, 0);                  /* reserved */
  put_u8 (out, 0);                  /* little-endian */
  put_u16 (out, global_number);
  put_u8 (out, n_fields);
  for (guint i = 0; i < n_fields; i++)
    {
      put_u8 (out, fields[i].number);
      put_u8 (out, fields[i].size);
      put_u8 (out, fields[i].base_type);
    }
}

static void
put_file_id (GByteArray *out,
             gint64      time_created)
{
  static const FieldDef fields[] = {
    { 0, 1, BASE_ENUM },    /* type */
    { 1, 2, BASE_UINT16 },  /* manufacturer */
    { 2, 2, BASE_UINT16 },  /* product */
    { 4, 4, BASE_UINT32 },  /* time_created */
  };
  gint64 fit_time = time_created - RP_FIT_EPOCH_UNIX;

  put_definition (out, LOCAL_FILE_ID, RP_FIT_MESG_FILE_ID, fields, G_N_ELEMENTS (fields));
  put_u8 (out, LOCAL_FILE_ID);
  put_u8 (out, RP_FIT_FILE_WORKOUT);
  put_u16 (out, RP_FIT_MANUFACTURER_DEVELOPMENT);
  put_u16 (out, 0);
  /* Before 1990 or after 2126 is no time a file was made: invalid. */
  put_u32 (out, fit_time >= 0 && fit_time < INVALID_UINT32 ? (guint32) fit_time : INVALID_UINT32);
}

static void
put_workout (GByteArray *out,
             guint8      sport,
             guint16     n_steps,
             const char *name)
{
  static const FieldDef fields[] = {
    { 4, 1, BASE_ENUM },                   /* sport */
    { 6, 2, BASE_UINT16 },                 /* num_valid_steps */
    { 8, RP_FIT_NAME_SIZE, BASE_STRING },  /* wkt_name */
  };

  put_definition (out, LOCAL_WORKOUT, RP_FIT_MESG_WORKOUT, fields, G_N_ELEMENTS (fields));
  put_u8 (out, LOCAL_WORKOUT);
  put_u8 (out, sport);
  put_u16 (out, n_steps);
  put_string (out, name, RP_FIT_NAME_SIZE);
}

static void
put_steps (GByteArray *out,
           GArray     *steps)
{
  static const FieldDef fields[] = {
    { 254, 2, BASE_UINT16 },                   /* message_index */
    { 0, RP_FIT_STEP_NAME_SIZE, BASE_STRING }, /* wkt_step_name */
    { 1, 1, BASE_ENUM },                       /* duration_type */
    { 2, 4, BASE_UINT32 },                     /* duration_value */
    { 3, 1, BASE_ENUM },                       /* target_type */
    { 4, 4, BASE_UINT32 },                     /* target_value */
    { 5, 4, BASE_UINT32 },                     /* custom_target_value_low */
    { 6, 4, BASE_UINT32 },                     /* custom_target_value_high */
    { 7, 1, BASE_ENUM },                       /* intensity */
  };

  put_definition (out, LOCAL_WORKOUT_STEP, RP_FIT_MESG_WORKOUT_STEP, fields, G_N_ELEMENTS (fields));
  for (guint i = 0; i < steps->len; i++)
    {
      const FitStep *step = &g_array_index (steps, FitStep, i);

      put_u8 (out, LOCAL_WORKOUT_STEP);
      put_u16 (out, i);
      put_string (out, _(step->name), RP_FIT_STEP_NAME_SIZE);
      put_u8 (out, step->duration_type);
      put_u32 (out, step->duration_value);
      put_u8 (out, step->target_type);
      put_u32 (out, step->target_value);
      put_u32 (out, step->speed_low);
      put_u32 (out, step->speed_high);
      put_u8 (out, step->intensity);
    }
}

/* Speed in mm/s of a pace in s/km. */
static guint32
speed_of_pace (double s_per_km)
{
  return (guint32) lround (1e6 / s_per_km);
}

/* A speed target between two paces (fast ≤ slow, s/km), or open when
 * the pace is unknown. */
static void
set_pace_target (FitStep *step,
                 double   fast,
                 double   slow)
{
  if (!(fast > 0) || !(slow >= fast))
    {
      step->target_type = RP_FIT_TARGET_OPEN;
      step->target_value = 0;
      step->speed_low = step->speed_high = INVALID_UINT32;
      return;
    }
  step->target_type = RP_FIT_TARGET_SPEED;
  step->target_value = 0;  /* 0: a custom range, not a speed zone */
  step->speed_low = speed_of_pace (slow);
  step->speed_high = speed_of_pace (fast);
}

/* A single pace: a band around it, so a watch does not beep at 1 s/km. */
static void
set_zone_target (FitStep       *step,
                 const RpPaces *paces,
                 RpZone         zone,
                 double         race_pace)
{
  double pace;

  /* Assumed paces (no race result, none typed) size workouts, but are
   * no target: unknown, never made up (as the app's cards). */
  if (paces->assumed || zone == RP_ZONE_NONE)
    {
      set_pace_target (step, 0, 0);
      return;
    }
  if (zone == RP_ZONE_EASY_MID)
    {
      set_pace_target (step, paces->easy_fast, paces->easy_slow);
      return;
    }
  pace = rp_paces_for_zone (paces, zone, race_pace);
  if (pace > RP_FIT_PACE_BAND_S_PER_KM)
    set_pace_target (step, pace - RP_FIT_PACE_BAND_S_PER_KM, pace + RP_FIT_PACE_BAND_S_PER_KM);
  else
    set_pace_target (step, 0, 0);
}

/* The end of a step: a distance or a time, exactly one of them. */
static gboolean
set_duration (FitStep *step,
              gint64   distance_m,
              gint64   duration_s)
{
  gboolean has_distance = distance_m > 0, has_time = duration_s > 0;

  if (has_distance == has_time)
    return FALSE;
  if (has_distance)
    {
      step->duration_type = RP_FIT_DURATION_DISTANCE;
      step->duration_value = (guint32) MIN (distance_m * 100, (gint64) INVALID_UINT32 - 1);
    }
  else
    {
      step->duration_type = RP_FIT_DURATION_TIME;
      step->duration_value = (guint32) MIN (duration_s * 1000, (gint64) INVALID_UINT32 - 1);
    }
  return TRUE;
}

static gboolean
is_easy_zone (RpZone zone)
{
  return zone == RP_ZONE_EASY_MID || zone == RP_ZONE_EASY_SLOW ||
         zone == RP_ZONE_RECOVERY || zone == RP_ZONE_NONE;
}

/* The work part's intensity: an easy first or last part of a session is
 * its warm-up or cool-down; a repeated part is an interval. */
static guint8
work_intensity (RpWorkout    *workout,
                const RpStep *step,
                guint         index,
                guint         n_steps)
{
  if (n_steps > 1 && rp_kind_is_session (rp_workout_get_kind (workout)) &&
      step->repeat == 1 && is_easy_zone (step->zone))
    {
      if (index == 0)
        return RP_FIT_INTENSITY_WARMUP;
      if (index == n_steps - 1)
        return RP_FIT_INTENSITY_COOLDOWN;
    }
  return step->repeat > 1 ? RP_FIT_INTENSITY_INTERVAL : RP_FIT_INTENSITY_ACTIVE;
}

static const char *
intensity_name (guint8 intensity)
{
  switch (intensity)
    {
    case RP_FIT_INTENSITY_WARMUP:
      return N_("Warm-up");
    case RP_FIT_INTENSITY_COOLDOWN:
      return N_("Cool-down");
    case RP_FIT_INTENSITY_INTERVAL:
      return N_("Interval");
    case RP_FIT_INTENSITY_RECOVERY:
      return N_("Recovery");
    default:
      return N_("Run");
    }
}

static gboolean
fail_step (RpWorkout   *workout,
           guint        index,
           const char  *what,
           GError     **error)
{
  char iso[RP_DATE_ISO_LEN];

  g_set_error (error, RP_FIT_ERROR, RP_FIT_ERROR_UNSUPPORTED,
               /* Translators: "2027-03-28 tempo, step 2: has both a distance and a time; …" */
               _("%s %s, step %u: %s; a FIT workout step ends on one distance or one time"),
               rp_date_to_iso (rp_workout_get_date (workout), iso),
               rp_kind_to_name (rp_workout_get_kind (workout)), index + 1, what);
  return FALSE;
}

static gboolean
check_amount (RpWorkout   *workout,
              guint        index,
              gint64       distance_m,
              gint64       duration_s,
              gboolean     recovery,
              GError     **error)
{
  if (distance_m > 0 && duration_s > 0)
    return fail_step (workout, index, recovery ? _("its recovery has both a distance and a time")
                                               : _("it has both a distance and a time"), error);
  if (distance_m <= 0 && duration_s <= 0)
    return fail_step (workout, index, recovery ? _("its recovery has no distance or time")
                                               : _("it has no distance or time"), error);
  return TRUE;
}

/* One RpStep: the work part, its recovery, and a repeat step back to the
 * work part when it is done more than once. */
static gboolean
add_structured_step (GArray        *steps,
                     RpWorkout     *workout,
                     const RpPaces *paces,
                     double         race_pace,
                     guint          index,
                     guint          n_steps,
                     GError       **error)
{
  const RpStep *step = rp_workout_get_step (workout, index);
  gboolean has_recovery = step->recovery_distance_m > 0 || step->recovery_duration_s > 0;
  guint first = steps->len;
  FitStep work = { 0 };

  if (!check_amount (workout, index, step->distance_m, step->duration_s, FALSE, error) ||
      (has_recovery && !check_amount (workout, index, step->recovery_distance_m,
                                      step->recovery_duration_s, TRUE, error)))
    return FALSE;

  set_duration (&work, step->distance_m, step->duration_s);
  set_zone_target (&work, paces, step->zone, race_pace);
  work.intensity = work_intensity (workout, step, index, n_steps);
  work.name = intensity_name (work.intensity);
  g_array_append_val (steps, work);

  if (has_recovery)
    {
      FitStep recovery = { N_("Recovery") };

      set_duration (&recovery, step->recovery_distance_m, step->recovery_duration_s);
      set_pace_target (&recovery, 0, 0);
      recovery.intensity = RP_FIT_INTENSITY_RECOVERY;
      g_array_append_val (steps, recovery);
    }

  if (step->repeat > 1)
    {
      FitStep repeat = { N_("Repeat") };

      repeat.duration_type = RP_FIT_DURATION_REPEAT_UNTIL_STEPS_CMPLT;
      repeat.duration_value = first;            /* the step to go back to */
      repeat.target_type = RP_FIT_TARGET_OPEN;
      repeat.target_value = step->repeat;       /* how many times in all */
      repeat.speed_low = repeat.speed_high = INVALID_UINT32;
      repeat.intensity = RP_FIT_INTENSITY_INTERVAL;
      g_array_append_val (steps, repeat);
    }
  return TRUE;
}

/* A workout without steps: one step of its size at its pace. */
static void
add_whole_step (GArray    *steps,
                RpPlan    *plan,
                RpWorkout *workout)
{
  FitStep step = { N_("Run") };
  int fast = 0, slow = 0;

  if (!set_duration (&step, rp_planner_workout_distance_m (plan, workout), -1) &&
      !set_duration (&step, -1, rp_planner_workout_duration_s (plan, workout)))
    {
      step.duration_type = RP_FIT_DURATION_OPEN;
      step.duration_value = INVALID_UINT32;
    }
  rp_planner_workout_pace (plan, workout, &fast, &slow);
  if (fast > 0 && slow == 0)
    slow = fast + RP_FIT_OPEN_PACE_BAND_S_PER_KM;
  else if (fast > 0 && slow == fast)
    {
      fast -= RP_FIT_PACE_BAND_S_PER_KM;
      slow += RP_FIT_PACE_BAND_S_PER_KM;
    }
  set_pace_target (&step, fast, slow);
  step.intensity = RP_FIT_INTENSITY_ACTIVE;
  g_array_append_val (steps, step);
}

static guint8
sport_of (RpKind kind)
{
  switch (kind)
    {
    case RP_KIND_WALK:
      return RP_FIT_SPORT_WALKING;
    case RP_KIND_CROSS_TRAINING:
      return RP_FIT_SPORT_GENERIC;
    default:
      return RP_FIT_SPORT_RUNNING;
    }
}

/* "Tempo 10 km", as the card says it. */
static char *
workout_name (RpPlan    *plan,
              RpWorkout *workout)
{
  const RpKindInfo *info = rp_kind_get_info (rp_workout_get_kind (workout));
  RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  gint64 metres = rp_planner_workout_distance_m (plan, workout);
  gint64 seconds = rp_planner_workout_duration_s (plan, workout);
  g_autofree char *size = NULL;

  if (metres > 0)
    size = rp_format_distance_short (metres, unit);
  else if (seconds > 0)
    size = rp_format_duration (seconds);
  if (size == NULL)
    return g_strdup (_(info->label));
  /* Translators: a workout's name on a watch: kind and size, "Tempo 10 km" */
  return g_strdup_printf (_("%s %s"), _(info->label), size);
}

GBytes *
rp_fit_encode_workout (RpPlan     *plan,
                       RpWorkout  *workout,
                       gint64      time_created,
                       GError    **error)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, TRUE, sizeof (FitStep));
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autofree char *name = NULL;
  RpAthlete *athlete;
  guint n = 0;
  guint16 crc;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  athlete = rp_plan_get_athlete (plan);
  n = rp_workout_get_n_steps (workout);
  for (guint i = 0; i < n; i++)
    if (!add_structured_step (steps, workout, rp_athlete_get_paces (athlete),
                              rp_athlete_get_goal_race_pace (athlete), i, n, error))
      return NULL;
  if (n == 0)
    add_whole_step (steps, plan, workout);

  /* The header with a data size of 0 for now. */
  put_u8 (out, RP_FIT_HEADER_SIZE);
  put_u8 (out, RP_FIT_PROTOCOL_VERSION);
  put_u16 (out, RP_FIT_PROFILE_VERSION);
  put_u32 (out, 0);
  g_byte_array_append (out, (const guint8 *) ".FIT", 4);
  put_u16 (out, 0);

  name = workout_name (plan, workout);
  put_file_id (out, time_created);
  put_workout (out, sport_of (rp_workout_get_kind (workout)), steps->len, name);
  put_steps (out, steps);

  /* Now the sizes are known: the data size and both CRCs. */
  {
    guint32 data_size = out->len - RP_FIT_HEADER_SIZE;

    out->data[4] = data_size & 0xff;
    out->data[5] = (data_size >> 8) & 0xff;
    out->data[6] = (data_size >> 16) & 0xff;
    out->data[7] = data_size >> 24;
    crc = rp_fit_crc16 (0, out->data, 12);
    out->data[12] = crc & 0xff;
    out->data[13] = crc >> 8;
  }
  crc = rp_fit_crc16 (0, out->data, out->len);
  put_u16 (out, crc);

  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

char *
rp_fit_file_name (RpWorkout *workout,
                  guint      index)
{
  char iso[RP_DATE_ISO_LEN];
  const char *kind;

  g_return_val_if_fail (RP_IS_WORKOUT (workout), NULL);

  rp_date_to_iso (rp_workout_get_date (workout), iso);
  kind = rp_kind_to_name (rp_workout_get_kind (workout));
  if (index == 0)
    return g_strdup_printf ("%s-%s.fit", iso, kind);
  return g_strdup_printf ("%s-%s-%u.fit", iso, kind, index + 1);
}
