/* rp-workout-card.h
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

#include <gtk/gtk.h>

#include "rp-plan.h"

G_BEGIN_DECLS

#define RP_TYPE_WORKOUT_CARD (rp_workout_card_get_type ())

G_DECLARE_FINAL_TYPE (RpWorkoutCard, rp_workout_card, RP, WORKOUT_CARD, GtkWidget)

/* One workout of a day: kind, size, pace and, on a full-size planner
 * card, the planner's reason in one line (whole in the accessible
 * description and the tooltip). Its context menu is in its template. A view of the model: it keeps the workout, never a copy of its
 * figures. Views reuse cards when the plan changes: set_workout shows
 * another (or the same, changed) workout and touches only the parts whose
 * text or style differ, so an unchanged card costs no layout. Activating
 * it (Enter, double click) or its keys (Delete, Alt+arrows) go to the
 * window's "plan.*" actions with the card's date and index. */
GtkWidget *rp_workout_card_new         (RpPlan        *plan,
                                        RpWorkout     *workout,
                                        guint          index,
                                        gboolean       compact);
void       rp_workout_card_set_workout (RpWorkoutCard *self,
                                        RpPlan        *plan,
                                        RpWorkout     *workout,
                                        guint          index);
RpWorkout *rp_workout_card_get_workout (RpWorkoutCard *self);
guint      rp_workout_card_get_index   (RpWorkoutCard *self);
/* The planner's reason the card shows on its own line, or NULL. */
const char *rp_workout_card_get_reason (RpWorkoutCard *self);

G_END_DECLS
