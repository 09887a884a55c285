/* rp-limits.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-plan.h"

G_BEGIN_DECLS

/* The limits of a plan file (docs/reliability.md), checked where a plan is
 * edited: every edit operation refuses what the loader would refuse, with
 * an RP_LIMITS_ERROR that says why, and changes nothing. The writer never
 * clamps or drops anything, so nothing over a limit may reach it. */

#define RP_LIMITS_ERROR (rp_limits_error_quark ())

typedef enum
{
  RP_LIMITS_ERROR_DAY_FULL,     /* the day holds RP_MAX_WORKOUTS_PER_DAY */
  RP_LIMITS_ERROR_DATE_RANGE,   /* the date's week is not inside 1900–2200 */
  RP_LIMITS_ERROR_TOO_LONG,     /* the plan would pass RP_MAX_WEEKS */
  RP_LIMITS_ERROR_VALUE,        /* a workout's value is over a limit */
  RP_LIMITS_ERROR_NO_WORKOUT,   /* no workout at that index */
  RP_LIMITS_ERROR_NOT_PINNED,   /* an engine entry, which only the engine edits */
} RpLimitsError;

GQuark   rp_limits_error_quark     (void);

/* Whether plan can hold date: a valid date whose whole week (on the
 * plan's week start) is inside 1900-01-01 … 2200-12-31, with the plan
 * grown to it no longer than RP_MAX_WEEKS. */
gboolean rp_limits_check_date      (RpPlan     *plan,
                                    RpDate      date,
                                    GError    **error);
/* Whether date can take n_more pinned workouts: an edit clears the
 * engine's entries of the day, so only its pinned ones count. */
gboolean rp_limits_check_room      (RpPlan     *plan,
                                    RpDate      date,
                                    guint       n_more,
                                    GError    **error);
/* Whether date holds a workout at index ("2026-03-03 has no workout with
 * index 2 (it has 1 workout)" otherwise). */
gboolean rp_limits_check_index     (RpPlan     *plan,
                                    RpDate      date,
                                    guint       index,
                                    GError    **error);
/* Every value of a workout within the file's limits: distance, duration,
 * pace, notes (valid UTF-8, RP_PLAN_FILE_MAX_STRING bytes), steps. */
gboolean rp_limits_check_workout   (RpWorkout  *workout,
                                    GError    **error);
/* The whole plan (the writer's guard). */
gboolean rp_limits_check_plan      (RpPlan     *plan,
                                    GError    **error);

G_END_DECLS
