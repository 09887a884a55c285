/* rp-history.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "rp-plan.h"

G_BEGIN_DECLS

#define RP_TYPE_HISTORY (rp_history_get_type ())

G_DECLARE_FINAL_TYPE (RpHistory, rp_history, RP, HISTORY, GObject)

/* Undo and redo of plan edits. Each edit is run between
 * rp_history_begin and rp_history_commit, so everything the operation and
 * its re-fill changed is undone in one step.
 *
 * Properties: "can-undo", "can-redo" (gboolean, read-only). */

RpHistory  *rp_history_new            (RpPlan     *plan);
RpPlan     *rp_history_get_plan       (RpHistory  *self);
/* Starts recording an edit; label is shown as "Undo <label>". */
void        rp_history_begin          (RpHistory  *self,
                                       const char *label);
/* Ends it; an edit that changed nothing is dropped. Clears redo. */
void        rp_history_commit         (RpHistory  *self);
gboolean    rp_history_can_undo       (RpHistory  *self);
gboolean    rp_history_can_redo       (RpHistory  *self);
const char *rp_history_get_undo_label (RpHistory  *self);
const char *rp_history_get_redo_label (RpHistory  *self);
gboolean    rp_history_undo           (RpHistory  *self);
gboolean    rp_history_redo           (RpHistory  *self);

/* Where the history stands, e.g. when the plan was saved: the same state
 * means the same edits applied. A new history is at state 0. */
guint64     rp_history_get_state      (RpHistory  *self);
/* The labels of the edits between state and now, in the order they were
 * made or undone (NULL-terminated; empty at state). *out_undone (may be
 * NULL) is TRUE when they are edits undone since state. NULL when the
 * history no longer reaches state (a new edit replaced the undone ones,
 * or they passed the undo limit). */
char      **rp_history_list_since     (RpHistory  *self,
                                       guint64     state,
                                       gboolean   *out_undone);

G_END_DECLS
