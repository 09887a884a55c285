/* rp-steps.h
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

#include "rp-types.h"
#include "rp-workout.h"

G_BEGIN_DECLS

/* Structured steps as a runner types them, and back:
 *
 *   "2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E"
 *
 * Grammar (docs/cli.md, "Steps"):
 *   steps    = part { ("," | ";") part }
 *   part     = step | recovery          a recovery part belongs to the step
 *                                       before it and follows it after ","
 *   step     = [COUNT ("×" | "x" | "*")] AMOUNT ["@" ZONE | ZONE-NAME]
 *              [("/" | "w/" | "with") AMOUNT [jog | rest | recovery]]
 *   recovery = AMOUNT (jog | rest | recovery)
 *   AMOUNT   = a distance ("800 m", "1 mi", "1.5 km") or a time ("90 s",
 *              "10 min", "3:00"); "m" is metres, minutes are "min".
 *   ZONE     = E, M, T, I, R or easy, easy-slow, marathon, threshold,
 *              interval, repetition, race, recovery (any case); a
 *              ZONE-NAME is one of those names (not a letter) without "@":
 *              "2 km easy"
 *
 * The plan keeps the recovery's size only: "jog" and "rest" read the
 * same, and the formatted text says "jog". */

#define RP_STEPS_MAX_STEPS    20
#define RP_STEPS_MAX_REPEAT   50
#define RP_STEPS_MAX_TEXT     1024  /* bytes */
/* Shorter distances are refused: "10m" is far more often a typo for ten
 * minutes than ten metres. */
#define RP_STEPS_MIN_DISTANCE_M 50
/* A bare number is in default_unit; from this value up it is refused as
 * more likely metres without the "m" ("6 × 400"). */
#define RP_STEPS_MAX_BARE_NUMBER 100

/* Parses text into a new GArray of RpStep (empty text: no steps). On
 * failure returns FALSE, leaves *out_steps alone and, if
 * out_error_message is not NULL, sets it to a message naming the part
 * that is wrong. */
gboolean rp_steps_parse            (const char    *text,
                                    RpUnit         default_unit,
                                    GArray       **out_steps,
                                    char         **out_error_message);
/* The canonical text, "6 × 800 m @ I, 400 m jog", with distances in unit
 * where that is exact; parsing it gives the same steps back. "" for none. */
char    *rp_steps_format           (const RpStep  *steps,
                                    guint          n_steps,
                                    RpUnit         unit);
char    *rp_steps_format_workout   (RpWorkout     *workout,
                                    RpUnit         unit);
/* Replaces the workout's steps with those of steps (may be NULL). */
void     rp_steps_apply            (RpWorkout     *workout,
                                    GArray        *steps);
/* The distance of the steps, recoveries included; -1 when any part is
 * given as a time only (its distance depends on the pace). */
gint64   rp_steps_total_distance_m (const RpStep  *steps,
                                    guint          n_steps);

G_END_DECLS
