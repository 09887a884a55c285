/* rp-palette-tile.c
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

#define G_LOG_DOMAIN "rp-palette-tile"

#include "config.h"

#include "rp-palette-tile.h"

#include <glib/gi18n.h>

#include "rp-kind.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"

struct _RpPaletteTile
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkWidget *swatch;
  GtkImage  *icon;
  GtkLabel  *name_label;
  GtkLabel  *size_label;

  RpKind     kind;
  RpWorkout *workout;
};

G_DEFINE_FINAL_TYPE (RpPaletteTile, rp_palette_tile, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_KIND,
  PROP_WORKOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
rp_palette_tile_activate (RpPaletteTile *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "plan.place-kind", "s",
                              rp_kind_to_name (self->kind));
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    RpPaletteTile *self)
{
  g_autoptr(RpWorkout) workout = NULL;

  if (self->workout == NULL)
    return NULL;

  /* A copy: the drop target places it, and the tile keeps its own. */
  workout = rp_workout_copy (self->workout);
  return gdk_content_provider_new_typed (RP_TYPE_WORKOUT, workout);
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  RpPaletteTile *self)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, 16, 16);
}

static void
set_kind (RpPaletteTile *self,
          RpKind         kind)
{
  g_return_if_fail (kind < RP_N_KINDS);

  self->kind = kind;
  gtk_widget_add_css_class (GTK_WIDGET (self), rp_kind_get_css_class (kind));
  gtk_image_set_from_icon_name (self->icon, rp_kind_get_icon_name (kind));
  gtk_label_set_text (self->name_label, rp_kind_get_label (kind));
  rp_ui_set_label (GTK_WIDGET (self), rp_kind_get_label (kind));
}

static void
rp_palette_tile_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  RpPaletteTile *self = RP_PALETTE_TILE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_uint (value, self->kind);
      break;

    case PROP_WORKOUT:
      g_value_set_object (value, self->workout);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_palette_tile_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  RpPaletteTile *self = RP_PALETTE_TILE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      set_kind (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_palette_tile_dispose (GObject *object)
{
  GtkWidget *child;
  RpPaletteTile *self = RP_PALETTE_TILE (object);

  g_clear_object (&self->workout);
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_PALETTE_TILE);
  /* The template's children without an id are not unparented by it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rp_palette_tile_parent_class)->dispose (object);
}

static void
rp_palette_tile_class_init (RpPaletteTileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rp_palette_tile_get_property;
  object_class->set_property = rp_palette_tile_set_property;
  object_class->dispose = rp_palette_tile_dispose;

  properties[PROP_KIND] =
    g_param_spec_uint ("kind", NULL, NULL,
                       0, RP_N_KINDS - 1, RP_KIND_TEMPO,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WORKOUT] =
    g_param_spec_object ("workout", NULL, NULL,
                         RP_TYPE_WORKOUT,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ACTIVATE] = g_signal_new_class_handler ("activate",
                                                  G_TYPE_FROM_CLASS (klass),
                                                  G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                                  G_CALLBACK (rp_palette_tile_activate),
                                                  NULL, NULL, NULL,
                                                  G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-palette-tile.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPaletteTile, swatch);
  gtk_widget_class_bind_template_child (widget_class, RpPaletteTile, icon);
  gtk_widget_class_bind_template_child (widget_class, RpPaletteTile, name_label);
  gtk_widget_class_bind_template_child (widget_class, RpPaletteTile, size_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "palettetile");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
rp_palette_tile_init (RpPaletteTile *self)
{
  GtkLayoutManager *layout;
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 10);

  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
}

GtkWidget *
rp_palette_tile_new (RpKind kind)
{
  return g_object_new (RP_TYPE_PALETTE_TILE, "kind", (guint) kind, NULL);
}

RpKind
rp_palette_tile_get_kind (RpPaletteTile *self)
{
  g_return_val_if_fail (RP_IS_PALETTE_TILE (self), RP_KIND_REST);

  return self->kind;
}

RpWorkout *
rp_palette_tile_get_workout (RpPaletteTile *self)
{
  g_return_val_if_fail (RP_IS_PALETTE_TILE (self), NULL);

  return self->workout;
}

void
rp_palette_tile_set_workout (RpPaletteTile *self,
                             RpWorkout     *workout,
                             const char    *size_text)
{
  g_autofree char *label = NULL;

  g_return_if_fail (RP_IS_PALETTE_TILE (self));
  g_return_if_fail (workout == NULL || RP_IS_WORKOUT (workout));

  gtk_label_set_text (self->size_label, size_text != NULL ? size_text : "");
  /* Translators: accessible label of a palette tile, e.g.
   * "Tempo, 10.0 km: drag onto a day, or press Enter to add it to the focused day" */
  label = g_strdup_printf (_("%s, %s: drag onto a day, or press Enter to add it to the "
                             "focused day"),
                           rp_kind_get_label (self->kind), size_text != NULL ? size_text : "");
  rp_ui_set_label (GTK_WIDGET (self), label);

  if (g_set_object (&self->workout, workout))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKOUT]);
}
