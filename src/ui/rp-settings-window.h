/* rp-settings-window.h
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

#include "rp-history.h"

G_BEGIN_DECLS

#define RP_TYPE_SETTINGS_WINDOW (rp_settings_window_get_type ())

G_DECLARE_FINAL_TYPE (RpSettingsWindow, rp_settings_window, RP, SETTINGS_WINDOW,
                      AdwPreferencesWindow)

/* The plan's settings: goal race, a recent race result (paces update as
 * it is typed), weekly volume (default and week_start's override), rest
 * days, display unit and recovery preference. Every change is one
 * undoable edit followed by rp_planner_refill_all; the rows follow the
 * plan when it changes (undo). */
RpSettingsWindow *rp_settings_window_new (GtkWindow *parent,
                                          RpHistory *history,
                                          RpDate     week_start);

G_END_DECLS
