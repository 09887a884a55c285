/* rp-reflow-box.h
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

#define RP_TYPE_REFLOW_BOX (rp_reflow_box_get_type ())

G_DECLARE_FINAL_TYPE (RpReflowBox, rp_reflow_box, RP, REFLOW_BOX, GtkWidget)

/* A box that lays its children out in a row when the row fits the width
 * it is given, and stacks them vertically otherwise: the week's days side
 * by side on a wide window, a list of days on a narrow one. The choice is
 * made from the width alone, in measure and allocate alike (height for
 * width), so it never changes anything while sizing.
 *
 * A homogeneous row gives every child the same width and fits when that
 * width is at least each child's minimum and min-row-child-width; any
 * other row fits when the children's natural widths do. */
GtkWidget *rp_reflow_box_new                     (void);
void       rp_reflow_box_append                  (RpReflowBox *self,
                                                  GtkWidget   *child);
int        rp_reflow_box_get_spacing             (RpReflowBox *self);
void       rp_reflow_box_set_spacing             (RpReflowBox *self,
                                                  int          spacing);
gboolean   rp_reflow_box_get_homogeneous         (RpReflowBox *self);
void       rp_reflow_box_set_homogeneous         (RpReflowBox *self,
                                                  gboolean     homogeneous);
int        rp_reflow_box_get_min_row_child_width (RpReflowBox *self);
void       rp_reflow_box_set_min_row_child_width (RpReflowBox *self,
                                                  int          width);
/* Whether width lays the children out in a row. */
gboolean   rp_reflow_box_fits_row                (RpReflowBox *self,
                                                  int          width);

G_END_DECLS
