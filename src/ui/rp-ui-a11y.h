/* rp-ui-a11y.h
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

/* Set the accessible label or description, or the tooltip, of a widget;
 * each does nothing when the text is the one already set (views call
 * them on every edit). Use them rather than GTK's own for these. */
void rp_ui_set_label       (GtkWidget  *widget,
                            const char *label);
void rp_ui_set_description (GtkWidget  *widget,
                            const char *description);
void rp_ui_set_tooltip     (GtkWidget  *widget,
                            const char *text);

G_END_DECLS
