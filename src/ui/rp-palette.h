/* rp-palette.h
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

#define RP_TYPE_PALETTE (rp_palette_get_type ())

G_DECLARE_FINAL_TYPE (RpPalette, rp_palette, RP, PALETTE, GtkWidget)

/* One draggable tile per hard kind. A tile's drag source offers a template
 * RpWorkout of its kind with the default size; activating a tile (Enter)
 * runs "plan.place-kind" with the kind's name, for keyboard users. */
GtkWidget *rp_palette_new          (void);
void       rp_palette_set_plan     (RpPalette *self,
                                    RpPlan    *plan);
guint      rp_palette_get_n_tiles  (RpPalette *self);
GtkWidget *rp_palette_get_tile     (RpPalette *self,
                                    guint      index);
RpKind     rp_palette_get_tile_kind (RpPalette *self,
                                    guint      index);
/* A new template workout of kind, sized for the current plan. */
RpWorkout *rp_palette_make_template (RpPalette *self,
                                    RpKind     kind);

G_END_DECLS
