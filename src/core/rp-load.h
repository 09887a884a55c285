/* rp-load.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-types.h"

G_BEGIN_DECLS

/* Plain arithmetic over numbers, so it is trivially testable; RpPlanner
 * feeds it. */

/* Foster's session-RPE load: RPE × minutes. */
double rp_load_session            (int           rpe,
                                   gint64        duration_s);
/* Mean ÷ population standard deviation of n daily loads; 0 when the
 * deviation is 0. */
double rp_load_monotony           (const double *daily,
                                   guint         n);
/* Weekly load × monotony. */
double rp_load_strain             (const double *daily,
                                   guint         n);
/* Share of running time at low intensity: 1 - hard_s / total_s; 1 when total is 0. */
double rp_load_low_intensity_share (double       hard_s,
                                    double       total_s);
/* volume / previous - 1; 0 when previous is 0. */
double rp_load_ramp               (gint64        volume_m,
                                   gint64        previous_m);
/* Acute (7 days) : chronic (28 days ÷ 4); 0 when chronic is 0. */
double rp_load_acwr               (double        acute_7d,
                                   double        chronic_28d);

G_END_DECLS
