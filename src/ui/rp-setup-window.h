/* rp-setup-window.h
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

#include "rp-window.h"

G_BEGIN_DECLS

#define RP_TYPE_SETUP_WINDOW (rp_setup_window_get_type ())

G_DECLARE_FINAL_TYPE (RpSetupWindow, rp_setup_window, RP, SETUP_WINDOW, AdwWindow)

/* The first start's questions: goal race and its day, a recent race
 * result or none yet, weekly volume, rest days and unit. Its actions:
 * setup.apply applies every answer to the window's plan as one undoable
 * edit ("Set Up the Plan") and closes; setup.skip (Escape) closes and
 * leaves the plan as it is. Either marks the setup done (the
 * first-start-done setting). The answers start from the plan's athlete,
 * which the Preferences made; applied, its unit, volume and rest days
 * become the Preferences too. */
RpSetupWindow *rp_setup_window_new   (RpWindow *window);

/* Shows the setup over window, whose plan was just created for a first
 * start (no plan file existed), unless it was done or skipped before. */
void           rp_setup_window_offer (RpWindow *window);

G_END_DECLS
