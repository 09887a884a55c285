/* rp-json-extra.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The unknown keys a file carried, as kept on RpPlan, RpAthlete and
 * RpWorkout: copies must be deep (later edits of one must not show in the
 * other) and an empty object means the same as none. */

/* A deep copy; NULL for NULL. */
JsonObject *rp_json_extra_copy  (JsonObject *extra);
/* Same keys and values; NULL and {} are equal. */
gboolean    rp_json_extra_equal (JsonObject *a,
                                 JsonObject *b);

G_END_DECLS
