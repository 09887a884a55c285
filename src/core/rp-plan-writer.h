/* rp-plan-writer.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-plan.h"

G_BEGIN_DECLS

/* The bytes of the plan file: pretty-printed, stable key order. */
GBytes *rp_plan_writer_write (RpPlan *plan);

G_END_DECLS
