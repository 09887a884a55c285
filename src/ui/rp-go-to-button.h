/* rp-go-to-button.h
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

#define RP_TYPE_GO_TO_BUTTON (rp_go_to_button_get_type ())

G_DECLARE_FINAL_TYPE (RpGoToButton, rp_go_to_button, RP, GO_TO_BUTTON, GtkWidget)

/* The header bar's "Go to a Date": a calendar in a popover, with Plan
 * Start and Goal Race shortcuts (the latter off without a goal race).
 * Picking a day shows its week in the RpWindow it is in (week view), or
 * its month (month view). Its actions: goto.plan-start, goto.goal-race. */
GtkWidget *rp_go_to_button_new        (void);
/* Opens the popover on the week shown. */
void       rp_go_to_button_popup      (RpGoToButton *self);
/* The day of the plan's goal race: its last pinned race; FALSE without. */
gboolean   rp_go_to_find_goal_race    (RpPlan       *plan,
                                       RpDate       *out_date);

G_END_DECLS
