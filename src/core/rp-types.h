/* rp-types.h
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

#include <glib.h>

G_BEGIN_DECLS

/* A calendar day as a GDate Julian day number (1 = 1 January of year 1).
 * Plain integers make "the next day" and "the week of" cheap and exact. */
typedef guint32 RpDate;

#define RP_DATE_INVALID 0
#define RP_DATE_MIN_YEAR 1900
#define RP_DATE_MAX_YEAR 2200

/* Text of "2026-11-24" plus NUL. */
#define RP_DATE_ISO_LEN 11

typedef enum
{
  RP_KIND_INTERVALS,
  RP_KIND_REPETITIONS,
  RP_KIND_TEMPO,
  RP_KIND_HILLS,
  RP_KIND_FARTLEK,
  RP_KIND_MARATHON_PACE,
  RP_KIND_LONG,
  RP_KIND_RACE,
  RP_KIND_EASY,
  RP_KIND_RECOVERY,
  RP_KIND_CROSS_TRAINING,
  RP_KIND_WALK,
  RP_KIND_REST,
  RP_N_KINDS /*< skip >*/
} RpKind;

typedef enum
{
  RP_KIND_CLASS_HARD,
  RP_KIND_CLASS_EASY,
  RP_KIND_CLASS_REST,
} RpKindClass;

/* Which training pace a kind's distance <-> duration conversion uses. */
typedef enum
{
  RP_ZONE_NONE,
  RP_ZONE_EASY_MID,
  RP_ZONE_EASY_SLOW,
  RP_ZONE_MARATHON,
  RP_ZONE_THRESHOLD,
  RP_ZONE_INTERVAL,
  RP_ZONE_REPETITION,
  RP_ZONE_RACE,
  RP_ZONE_RECOVERY,
} RpZone;

/* The chart's colour classes. */
typedef enum
{
  RP_INTENSITY_REST,
  RP_INTENSITY_RECOVERY,
  RP_INTENSITY_EASY,
  RP_INTENSITY_LONG,
  RP_INTENSITY_THRESHOLD,
  RP_INTENSITY_INTERVAL,
  RP_INTENSITY_RACE,
  RP_N_INTENSITIES /*< skip >*/
} RpIntensity;

typedef enum
{
  RP_RACE_5K,
  RP_RACE_10K,
  RP_RACE_HALF,
  RP_RACE_MARATHON,
  RP_N_RACES /*< skip >*/
} RpRace;

typedef enum
{
  RP_UNIT_KM,
  RP_UNIT_MI,
} RpUnit;

typedef enum
{
  RP_RECOVERY_RUN,
  RP_RECOVERY_CROSS_TRAINING,
  RP_RECOVERY_WALK,
} RpRecoveryPreference;

#define RP_METRES_PER_MILE 1609.344

G_END_DECLS
