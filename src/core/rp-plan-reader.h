/* rp-plan-reader.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-plan.h"

G_BEGIN_DECLS

/* Limits on values (docs/reliability.md). They are wider than anything a
 * runner plans and the writer clamps to them, so a plan we write is
 * always a plan we read. */
#define RP_PLAN_MAX_DISTANCE_M    1000000   /* 1,000 km in one workout */
#define RP_PLAN_MAX_DURATION_S    360000    /* 100 hours */
#define RP_PLAN_MAX_PACE_S_PER_KM 3600      /* 60:00 per km */
#define RP_PLAN_MAX_STEPS         32
#define RP_PLAN_MAX_REPEAT        1000

/* The names the file uses, indexed by the model's enums (races and
 * weekdays: rp_race_to_name, rp_date_weekday_to_name). Key lists end
 * with NULL. */
extern const char * const rp_plan_unit_names[2];
extern const char * const rp_plan_recovery_names[3];
extern const char * const rp_plan_zone_names[9];
extern const char * const rp_plan_top_keys[];
extern const char * const rp_plan_athlete_keys[];
extern const char * const rp_plan_workout_keys[];

/* The arguments each reason code carries. */
gboolean rp_plan_reason_has_kind   (RpReasonCode   code);
gboolean rp_plan_reason_has_target (RpReasonCode   code);

/* Checks and reads the bytes of a plan file; name is used in messages. */
RpPlan  *rp_plan_reader_read       (const char    *data,
                                    gsize          len,
                                    const char    *name,
                                    GError       **error);

G_END_DECLS
