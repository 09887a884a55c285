/* rp-window-adaptive.c
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

/* The window in a narrow space, down to a phone's 360 px, with
 * libadwaita 1.2's adaptive widgets: the palette is an AdwFlap that folds
 * over the views, shown by a header button; undo, redo and the view
 * switcher sit in AdwSqueezers that give them up where the header has no
 * room, and a bottom bar shows them then (as AdwViewSwitcherTitle and
 * AdwViewSwitcherBar do). The week lays its days out in a row or a list by
 * itself (RpReflowBox). */

#define G_LOG_DOMAIN "rp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-ui-a11y.h"
#include "rp-window-private.h"

/* Which header buttons the squeezers gave up: the bar shows those; and
 * the palette button while the flap is folded. Run from an idle: the
 * squeezers pick their child and the flap folds while they are allocated,
 * and a widget shown or hidden then asks its ancestors for a new
 * allocation that GTK drops (the header bar, allocated before the flap,
 * kept no allocation: "Trying to snapshot AdwHeaderBar without a current
 * allocation"). */
static gboolean
update_bottom_bar_cb (gpointer data)
{
  RpWindow *self = data;
  gboolean today_folded = adw_squeezer_get_visible_child (self->nav_squeezer)
                          != gtk_widget_get_first_child (GTK_WIDGET (self->nav_squeezer));
  gboolean undo_folded = adw_squeezer_get_visible_child (self->undo_squeezer) == NULL;
  gboolean view_folded = adw_squeezer_get_visible_child (self->view_squeezer) == NULL;

  self->bottom_bar_idle = 0;
  gtk_widget_set_visible (self->palette_button, adw_flap_get_folded (self->flap) &&
                                               gtk_widget_get_visible (self->palette_pane));
  gtk_widget_set_visible (self->bottom_today_button, today_folded);
  gtk_widget_set_visible (self->bottom_undo_box, undo_folded);
  gtk_widget_set_visible (self->bottom_view_box, view_folded);
  gtk_revealer_set_reveal_child (self->bottom_bar, today_folded || undo_folded || view_folded);

  return G_SOURCE_REMOVE;
}

static void
queue_update_bottom_bar (RpWindow *self)
{
  if (self->bottom_bar_idle == 0)
    self->bottom_bar_idle = g_idle_add (update_bottom_bar_cb, self);
}

static void
on_adaptive_child_cb (GObject    *squeezer_or_flap,
                      GParamSpec *pspec,
                      RpWindow   *self)
{
  queue_update_bottom_bar (self);
}

/* The palette is there for the views that take its tiles (Week and
 * Month), not beside the Season chart; folded, its button goes too. */
void
rp_window_adaptive_show_palette (RpWindow *self,
                                 gboolean  shown)
{
  if (!shown && adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
  gtk_widget_set_visible (self->palette_pane, shown);
  gtk_widget_set_visible (self->palette_separator, shown);
  queue_update_bottom_bar (self);
}

/* Shown over the views, the palette takes the keyboard focus (its first
 * tile), so Enter on a tile adds a workout without a pointer. */
static void
on_flap_reveal_cb (AdwFlap    *flap,
                   GParamSpec *pspec,
                   RpWindow   *self)
{
  if (adw_flap_get_folded (flap) && adw_flap_get_reveal_flap (flap))
    gtk_widget_child_focus (GTK_WIDGET (self->palette), GTK_DIR_TAB_FORWARD);
}

/* A tile dragged out of the folded palette onto the views: the palette
 * slides away, so the whole week is there to drop on. */
static void
on_views_drag_enter_cb (GtkDropControllerMotion *motion,
                        double                   x,
                        double                   y,
                        RpWindow                *self)
{
  if (adw_flap_get_folded (self->flap))
    adw_flap_set_reveal_flap (self->flap, FALSE);
}

void
rp_window_adaptive_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, RpWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, palette_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, palette_pane);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, palette_separator);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, nav_squeezer);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, undo_squeezer);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, view_squeezer);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, bottom_bar);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, bottom_today_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, bottom_undo_box);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, bottom_view_box);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, bottom_undo_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, bottom_redo_button);
}

void
rp_window_adaptive_init (RpWindow *self)
{
  GtkEventController *motion = gtk_drop_controller_motion_new ();

  rp_ui_set_label (self->palette_button, _("Show the workout palette"));

  g_signal_connect (self->nav_squeezer, "notify::visible-child",
                    G_CALLBACK (on_adaptive_child_cb), self);
  g_signal_connect (self->undo_squeezer, "notify::visible-child",
                    G_CALLBACK (on_adaptive_child_cb), self);
  g_signal_connect (self->view_squeezer, "notify::visible-child",
                    G_CALLBACK (on_adaptive_child_cb), self);
  g_signal_connect (self->flap, "notify::folded", G_CALLBACK (on_adaptive_child_cb), self);
  g_signal_connect (self->flap, "notify::reveal-flap", G_CALLBACK (on_flap_reveal_cb), self);

  g_signal_connect (motion, "enter", G_CALLBACK (on_views_drag_enter_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->stack), motion);
}

void
rp_window_adaptive_dispose (RpWindow *self)
{
  /* The squeezers may still pick a child as the template goes. */
  if (self->nav_squeezer != NULL)
    g_signal_handlers_disconnect_by_data (self->nav_squeezer, self);
  if (self->undo_squeezer != NULL)
    g_signal_handlers_disconnect_by_data (self->undo_squeezer, self);
  if (self->view_squeezer != NULL)
    g_signal_handlers_disconnect_by_data (self->view_squeezer, self);
  if (self->flap != NULL)
    g_signal_handlers_disconnect_by_data (self->flap, self);
  g_clear_handle_id (&self->bottom_bar_idle, g_source_remove);
}
