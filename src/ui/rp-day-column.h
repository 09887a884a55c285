/* rp-day-column.h
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

#include "rp-date.h"

G_BEGIN_DECLS

#define RP_TYPE_DAY_COLUMN (rp_day_column_get_type ())

G_DECLARE_FINAL_TYPE (RpDayColumn, rp_day_column, RP, DAY_COLUMN, GtkWidget)

/* One day of the week view: its name, a warning icon and its cards. It
 * takes the keyboard focus itself (before its cards, in GTK's own Tab
 * order), and activating it (Enter, Space) adds a workout to it
 * ("plan.add-workout"). The row of the warning icon is always there, so a
 * column keeps its height as warnings come and go. */
GtkWidget *rp_day_column_new          (void);
RpDate     rp_day_column_get_date     (RpDayColumn *self);
void       rp_day_column_set_date     (RpDayColumn *self,
                                       RpDate       date);
/* The box the week view fills with RpWorkoutCards. */
GtkBox    *rp_day_column_get_cards    (RpDayColumn *self);
/* The day's warnings, one a line, or NULL: the icon shows and says them. */
void       rp_day_column_set_warnings (RpDayColumn *self,
                                       const char  *warnings);
gboolean   rp_day_column_get_has_warning (RpDayColumn *self);

G_END_DECLS
