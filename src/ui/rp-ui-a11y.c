/* rp-ui-a11y.c
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

#define G_LOG_DOMAIN "rp-ui-a11y"

#include "config.h"

#include "rp-ui-a11y.h"

/* Accessible properties are pushed to the accessibility bus on every
 * update, even with the same value, and views refresh their labels on
 * each edit: remember the last value and only send a change. */
static void
update_text_property (GtkWidget             *widget,
                      GtkAccessibleProperty  property,
                      const char            *key,
                      const char            *text)
{
  const char *last = g_object_get_data (G_OBJECT (widget), key);

  if (last != NULL && g_strcmp0 (last, text) == 0)
    return;

  g_object_set_data_full (G_OBJECT (widget), key, g_strdup (text), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), property, text, -1);
}

void
rp_ui_set_label (GtkWidget  *widget,
                 const char *label)
{
  update_text_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL, "rp-a11y-label", label);
}

void
rp_ui_set_description (GtkWidget  *widget,
                       const char *description)
{
  update_text_property (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "rp-a11y-description",
                        description);
}

void
rp_ui_set_tooltip (GtkWidget  *widget,
                   const char *text)
{
  /* Setting a tooltip asks the X server where the pointer is (a round
   * trip), so only a new text is worth it. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}
