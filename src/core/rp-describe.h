/* rp-describe.h
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

#include "rp-parse.h"
#include "rp-plan.h"

G_BEGIN_DECLS

/* A workout in words, in the runner's unit: what a card, the month view,
 * the chart and screen readers say of it. */

/* The main figure: "10.0 km" or "45:00" (what the runner typed first:
 * a duration-only workout shows its time); NULL for rest. */
char     *rp_describe_workout_size  (RpPlan      *plan,
                                     RpWorkout   *workout);
/* The pace range shown for a workout (rp_planner_workout_pace), figures
 * and unit apart; FALSE when unknown. *out_work is TRUE for a hard
 * session, whose range is the pace of its work, which its warm-up and
 * cool-down at E do not run at. */
gboolean  rp_describe_workout_pace_range (RpPlan      *plan,
                                          RpWorkout   *workout,
                                          RpPaceRange *out,
                                          gboolean    *out_work);
/* That pace as text: "4:56–5:34/km", "work at 3:55/km"; NULL when unknown. */
char     *rp_describe_workout_pace  (RpPlan      *plan,
                                     RpWorkout   *workout);
/* A full sentence for screen readers: "Tempo, 10.0 km, work at 4:15/km,
 * placed by you". */
char     *rp_describe_workout       (RpPlan      *plan,
                                     RpWorkout   *workout);

G_END_DECLS
