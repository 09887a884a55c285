/* rp-preferences-window.h
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

G_BEGIN_DECLS

#define RP_TYPE_PREFERENCES_WINDOW (rp_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (RpPreferencesWindow, rp_preferences_window, RP, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

/* The application's Preferences (app.preferences, Ctrl+,): the colour
 * scheme, and the unit, first day of the week, weekly volume, rest days
 * and recovery new plans start with. Each row writes its setting as it
 * changes and follows it (rp-preferences.h says where each applies). */
RpPreferencesWindow *rp_preferences_window_new (GtkWindow *parent);

G_END_DECLS
