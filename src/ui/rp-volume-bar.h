/* rp-volume-bar.h
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

G_BEGIN_DECLS

#define RP_TYPE_VOLUME_BAR (rp_volume_bar_get_type ())

G_DECLARE_FINAL_TYPE (RpVolumeBar, rp_volume_bar, RP, VOLUME_BAR, GtkWidget)

/* A week's volume against its target: the bar spans the larger of the
 * two, so a week on target reads as full, and a tick marks the target.
 * Past the target the bar goes on in the warning colour (CSS node
 * "volumebar", class "over").
 *
 * Properties:
 *   "volume" (double, metres, >= 0)
 *   "target" (double, metres; 0: no target, no tick) */
GtkWidget *rp_volume_bar_new        (void);
void       rp_volume_bar_set_volume (RpVolumeBar *self,
                                     double       volume_m);
double     rp_volume_bar_get_volume (RpVolumeBar *self);
void       rp_volume_bar_set_target (RpVolumeBar *self,
                                     double       target_m);
double     rp_volume_bar_get_target (RpVolumeBar *self);

/* Where things are drawn, as fractions (0..1) of the bar's width: the end
 * of the fill, and the target tick (-1: no tick). */
double     rp_volume_bar_get_fill_fraction (RpVolumeBar *self);
double     rp_volume_bar_get_tick_fraction (RpVolumeBar *self);
gboolean   rp_volume_bar_get_over          (RpVolumeBar *self);

G_END_DECLS
