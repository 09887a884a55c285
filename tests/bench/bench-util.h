/* bench-util.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-plan.h"

G_BEGIN_DECLS

#define BENCH_PLAN_WEEKS 520

/* Monotonic time in seconds. */
double  bench_now_s              (void);
/* The median of n samples (sorts them). */
double  bench_median             (double *samples,
                                  guint   n);
/* The benchmarks' 10-year plan, unfilled: 520 weeks from Monday
 * 2026-01-05, three pinned hard workouts a week as a runner places them
 * (intervals on Tuesday, tempo on Thursday, the long run on Sunday). */
RpPlan *bench_ten_year_plan      (void);

G_END_DECLS
