/* rp-preferences.h
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

#include "rp-athlete.h"

G_BEGIN_DECLS

/* The application's preferences (GSettings, edited in RpPreferencesWindow)
 * and where they apply. Two kinds:
 *
 * - What a new plan starts with: its unit, weekly volume, rest days,
 *   recovery after hard days and the first day of its weeks. A plan keeps
 *   its own copy of each (the plan file's athlete, changed in Plan
 *   Settings), so a preference never changes a plan that exists: its
 *   weeks, week targets and totals, and the week and month views cut on
 *   them, stay as they are.
 * - How the application looks: the colour scheme, applied at once.
 *
 * Without the settings schema (an uninstalled binary run without
 * GSETTINGS_SCHEMA_DIR) each falls back to the built-in default. */

/* The "first-day-of-week" key's "language": the first day of the week of
 * the language's region (LC_TIME), Monday where it cannot be known. */
GDateWeekday rp_preferences_language_week_start (void);

/* The weekday new plans' weeks start on, "language" resolved. */
GDateWeekday rp_preferences_get_week_start      (GSettings *settings);

/* The athlete a new plan starts with: a copy of runner (what is the
 * runner's own: race result, typed paces, goal race, shortest easy run),
 * or a new one when runner is NULL, with the preferences' unit, weekly
 * volume, rest days, recovery and week start. */
RpAthlete   *rp_preferences_new_plan_athlete    (RpAthlete *runner);

/* Keeps the first start's answers (unit, weekly volume, rest days) as
 * the preferences, so later plans start from them too. */
void         rp_preferences_keep_setup_answers  (RpAthlete *answers);

/* Makes AdwStyleManager follow the "color-scheme" key from now on (the
 * binding holds settings). */
void         rp_preferences_follow_color_scheme (GSettings *settings);

G_END_DECLS
