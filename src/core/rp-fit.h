/* rp-fit.h
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

#pragma once

#include <gio/gio.h>

#include "rp-plan.h"

G_BEGIN_DECLS

/* Garmin FIT workout files, written from the public FIT protocol
 * description (no FIT library: none is packaged for Debian, and Garmin's
 * SDK licence does not go with the GPL). Only what a workout file needs:
 * file_id, workout and workout_step messages (docs/export.md). */

#define RP_FIT_ERROR (rp_fit_error_quark ())

typedef enum
{
  RP_FIT_ERROR_UNSUPPORTED,  /* the workout has steps FIT cannot express */
} RpFitError;

/* The header's protocol (1.0) and profile (21.89: the first with the
 * recovery and interval intensities) versions. */
#define RP_FIT_PROTOCOL_VERSION 0x10
#define RP_FIT_PROFILE_VERSION  2189
#define RP_FIT_HEADER_SIZE      14

/* Global message numbers. */
#define RP_FIT_MESG_FILE_ID      0
#define RP_FIT_MESG_WORKOUT      26
#define RP_FIT_MESG_WORKOUT_STEP 27

/* Values of the profile's enums that the encoder writes. */
#define RP_FIT_FILE_WORKOUT              5
#define RP_FIT_MANUFACTURER_DEVELOPMENT  255
#define RP_FIT_SPORT_GENERIC             0
#define RP_FIT_SPORT_RUNNING             1
#define RP_FIT_SPORT_WALKING             11

typedef enum
{
  RP_FIT_DURATION_TIME = 0,                  /* duration_value in ms */
  RP_FIT_DURATION_DISTANCE = 1,              /* duration_value in cm */
  RP_FIT_DURATION_OPEN = 5,
  RP_FIT_DURATION_REPEAT_UNTIL_STEPS_CMPLT = 6,
} RpFitDuration;

typedef enum
{
  RP_FIT_TARGET_SPEED = 0,  /* custom low/high in mm/s */
  RP_FIT_TARGET_OPEN = 2,
} RpFitTarget;

typedef enum
{
  RP_FIT_INTENSITY_ACTIVE = 0,
  RP_FIT_INTENSITY_REST = 1,
  RP_FIT_INTENSITY_WARMUP = 2,
  RP_FIT_INTENSITY_COOLDOWN = 3,
  RP_FIT_INTENSITY_RECOVERY = 4,
  RP_FIT_INTENSITY_INTERVAL = 5,
} RpFitIntensity;

/* FIT's date_time counts seconds from 1989-12-31 00:00 UTC. */
#define RP_FIT_EPOCH_UNIX G_GINT64_CONSTANT (631065600)

/* A pace given as one value becomes a speed target of ± this much. */
#define RP_FIT_PACE_BAND_S_PER_KM 5
/* "4:56/km or slower" becomes 4:56 to this much slower. */
#define RP_FIT_OPEN_PACE_BAND_S_PER_KM 60

/* Longest wkt_name and wkt_step_name written, in bytes with the NUL. */
#define RP_FIT_NAME_SIZE      48
#define RP_FIT_STEP_NAME_SIZE 24

GQuark   rp_fit_error_quark     (void);

/* CRC-16 as the FIT protocol computes it (CRC-16/ARC), continued from
 * crc (0 to start). */
guint16  rp_fit_crc16           (guint16        crc,
                                 const guint8  *data,
                                 gsize          size);

/* Whether the workout gets a file: every kind but rest. */
gboolean rp_fit_exports_workout (RpWorkout     *workout);

/* The FIT workout file of a workout of plan (sizes, paces and names as the
 * app shows them, in the plan's unit). time_created is Unix seconds.
 * NULL with RP_FIT_ERROR_UNSUPPORTED, the message naming the workout's day
 * and kind, when a step cannot be written (both a distance and a time, or
 * neither). */
GBytes  *rp_fit_encode_workout  (RpPlan        *plan,
                                 RpWorkout     *workout,
                                 gint64         time_created,
                                 GError       **error);

/* "2027-03-28-tempo.fit"; index is the workout's place in its day, and
 * a second workout of a day gets "-2" and so on. */
char    *rp_fit_file_name       (RpWorkout     *workout,
                                 guint          index);

G_END_DECLS
