/* rp-plan-lock.h
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

G_BEGIN_DECLS

/* How long rp_plan_lock_acquire waits for another program by default. */
#define RP_PLAN_LOCK_DEFAULT_TIMEOUT_MS 10000

/* An advisory lock (flock) that serialises the read-modify-writes of one
 * plan file between programs: held from before the read to after the
 * rename. It locks ".NAME.lock" beside the plan's real file (symbolic
 * links resolved, so two links to one plan share one lock), and removes it
 * on release. Re-entrant within a process: the CLI holds it around its
 * load and save, and rp_plan_file_save takes it again. Files without a
 * local path are not locked. */
typedef struct _RpPlanLock RpPlanLock;

/* Waits up to the timeout for another program's edit to end: then fails
 * with RP_PLAN_FILE_ERROR_LOCKED, "FILE: another program is editing
 * FILE". A lock file that cannot be created (a read-only directory) fails
 * with RP_PLAN_FILE_ERROR_IO, "FILE: cannot save: REASON": no save could
 * succeed there either. */
RpPlanLock *rp_plan_lock_acquire     (GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error);
void        rp_plan_lock_release     (RpPlanLock    *lock);

/* The wait of every later rp_plan_lock_acquire in this process (tests). */
void        rp_plan_lock_set_timeout (guint          timeout_ms);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpPlanLock, rp_plan_lock_release)

G_END_DECLS
