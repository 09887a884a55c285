/* rp-workout-editor.h
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

#include <adwaita.h>

#include "rp-document.h"

G_BEGIN_DECLS

#define RP_TYPE_WORKOUT_EDITOR (rp_workout_editor_get_type ())

G_DECLARE_FINAL_TYPE (RpWorkoutEditor, rp_workout_editor, RP, WORKOUT_EDITOR, AdwWindow)

/* Edits one workout (index >= 0) or adds one to date (index < 0): kind,
 * distance, duration, pace, notes and structured steps (rp-steps.h).
 * Saving pins the result through rp_planner_replace (or _place), as one
 * undoable edit, and closes. A field left as shown keeps its stored value
 * (no display rounding is saved); a planner workout is pinned only when
 * "Keep as my workout" is on (changing a field turns it on); saving what
 * was shown changes nothing. Values over the file's limits are marked and
 * refused, never cut. The edit goes to the document's plan and history;
 * the editor closes when the document shows another plan. */
RpWorkoutEditor *rp_workout_editor_new      (GtkWindow       *parent,
                                             RpDocument      *document,
                                             RpDate           date,
                                             int              index);
void             rp_workout_editor_set_kind (RpWorkoutEditor *self,
                                             RpKind           kind);
RpKind           rp_workout_editor_get_kind (RpWorkoutEditor *self);
/* Sets the distance field's text, as typed. */
void             rp_workout_editor_set_distance_text (RpWorkoutEditor *self,
                                                      const char      *text);
/* Sets the steps field's text, as typed ("6 × 800 m @ I, 400 m jog"). */
void             rp_workout_editor_set_steps_text (RpWorkoutEditor *self,
                                                   const char      *text);
/* Why the steps text does not read (shown under it, and Save disabled
 * until it does); NULL when it reads. */
const char      *rp_workout_editor_get_steps_error (RpWorkoutEditor *self);
/* The line under the steps: how they read, their total, or that they
 * disagree with the distance. */
const char      *rp_workout_editor_get_steps_message (RpWorkoutEditor *self);
void             rp_workout_editor_set_duration_text (RpWorkoutEditor *self,
                                                      const char      *text);
void             rp_workout_editor_set_notes_text (RpWorkoutEditor *self,
                                                   const char      *text);
/* "Keep as my workout": the saved workout is pinned. */
gboolean         rp_workout_editor_get_keep (RpWorkoutEditor *self);
void             rp_workout_editor_set_keep (RpWorkoutEditor *self,
                                             gboolean         keep);
/* The line under the fields (what a field accepts, or why Save was
 * refused); NULL when hidden. */
const char      *rp_workout_editor_get_message (RpWorkoutEditor *self);
/* What the Save button does; FALSE when a field is invalid. */
gboolean         rp_workout_editor_save     (RpWorkoutEditor *self);
/* The hint a field shows while it is empty and focused ("distance",
 * "duration" or "pace"): "≈ 52:30" for the distance typed, "≈ 10.5 km"
 * for the duration typed, the kind's pace with its unit ("4:56–5:34/km",
 * or "m:ss/km" when the plan has no pace for it); NULL when none. */
const char      *rp_workout_editor_get_placeholder (RpWorkoutEditor *self,
                                                    const char      *field);
/* Whether the Delete button shows: editing the runner's own workout (the
 * planner's come back, a new one has nothing to delete). */
gboolean         rp_workout_editor_get_can_delete (RpWorkoutEditor *self);
/* What the Delete button does: removes the workout being edited as one
 * undoable edit and closes; FALSE (the reason shown) when refused. */
gboolean         rp_workout_editor_delete   (RpWorkoutEditor *self);

G_END_DECLS
