/* rp-palette-tile.h
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

#include "rp-workout.h"

G_BEGIN_DECLS

#define RP_TYPE_PALETTE_TILE (rp_palette_tile_get_type ())

G_DECLARE_FINAL_TYPE (RpPaletteTile, rp_palette_tile, RP, PALETTE_TILE, GtkWidget)

/* One kind of the palette. Its drag source offers a copy of its template
 * (the "workout" property, which the palette keeps sized for the plan);
 * activating it (Enter, Space) runs "plan.place-kind" with the kind's
 * name, which adds it to the focused day. */
GtkWidget *rp_palette_tile_new          (RpKind         kind);
RpKind     rp_palette_tile_get_kind     (RpPaletteTile *self);
RpWorkout *rp_palette_tile_get_workout  (RpPaletteTile *self);
/* Shows workout, a template of the tile's kind, and its size as text. */
void       rp_palette_tile_set_workout  (RpPaletteTile *self,
                                         RpWorkout     *workout,
                                         const char    *size_text);

G_END_DECLS
