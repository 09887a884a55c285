/* rp-palette.c
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

#define G_LOG_DOMAIN "rp-palette"

#include "config.h"

#include "rp-palette.h"

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-parse.h"
#include "rp-planner.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"

struct _RpPalette
{
  GtkWidget  parent_instance;

  GtkWidget *box;
  GPtrArray *tiles;       /* borrowed GtkWidget, in kind order */
  GPtrArray *size_labels; /* borrowed GtkLabel */

  /* owned */
  RpPlan    *plan;
  gulong     changed_id;
};

G_DEFINE_FINAL_TYPE (RpPalette, rp_palette, GTK_TYPE_WIDGET)

#define KIND_KEY "rp-kind"

static RpKind
tile_kind (GtkWidget *tile)
{
  return (RpKind) GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (tile), KIND_KEY));
}

RpWorkout *
rp_palette_make_template (RpPalette *self,
                          RpKind     kind)
{
  RpWorkout *workout = rp_workout_new (kind);

  g_return_val_if_fail (RP_IS_PALETTE (self), workout);

  /* No size: rp_plan_command_add gives it the planner's on the day it
   * lands (its week's target, docs/planning-rules.md), as `add` and the
   * keyboard do; sized for this week, a long run dropped on a bigger
   * week would be too short. */
  rp_workout_set_pinned (workout, TRUE);

  return workout;
}

/* The size the template gets this week: the tile shows the one it would
 * get if it landed today. */
static char *
template_size_text (RpPalette *self,
                    RpWorkout *template_)
{
  g_autoptr(RpWorkout) workout = rp_workout_copy (template_);
  RpUnit unit;

  if (self->plan == NULL)
    return g_strdup ("");

  unit = rp_athlete_get_unit (rp_plan_get_athlete (self->plan));
  rp_planner_apply_default_size (self->plan, workout, rp_date_today ());
  if (rp_workout_get_distance_m (workout) > 0)
    return rp_format_distance (rp_workout_get_distance_m (workout), unit);
  if (rp_workout_get_duration_s (workout) > 0)
    return rp_format_duration (rp_workout_get_duration_s (workout));

  return g_strdup ("");
}

static void
update_sizes (RpPalette *self)
{
  for (guint i = 0; i < self->tiles->len; i++)
    {
      GtkWidget *tile = g_ptr_array_index (self->tiles, i);
      g_autoptr(RpWorkout) workout = rp_palette_make_template (self, tile_kind (tile));
      g_autofree char *size = template_size_text (self, workout);
      g_autofree char *label = NULL;

      gtk_label_set_text (g_ptr_array_index (self->size_labels, i), size);
      /* Translators: accessible label of a palette tile, e.g.
       * "Tempo, 10.0 km: drag onto a day, or press Enter to add it to the focused day" */
      label = g_strdup_printf (_("%s, %s: drag onto a day, or press Enter to add it to the "
                                 "focused day"),
                               rp_kind_get_label (tile_kind (tile)), size);
      rp_ui_set_label (tile, label);
    }
}

static GdkContentProvider *
on_tile_drag_prepare_cb (GtkDragSource *source,
                         double         x,
                         double         y,
                         RpPalette     *self)
{
  GtkWidget *tile = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(RpWorkout) workout = rp_palette_make_template (self, tile_kind (tile));

  return gdk_content_provider_new_typed (RP_TYPE_WORKOUT, workout);
}

static void
on_tile_drag_begin_cb (GtkDragSource *source,
                       GdkDrag       *drag,
                       RpPalette     *self)
{
  GtkWidget *tile = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source));
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (tile);

  gtk_drag_source_set_icon (source, icon, 16, 16);
}

static gboolean
on_tile_activate_cb (GtkWidget *tile,
                     GVariant  *args,
                     gpointer   user_data)
{
  gtk_widget_activate_action (tile, "plan.place-kind", "s",
                              rp_kind_to_name (tile_kind (tile)));
  return TRUE;
}

static void
add_tile_keys (GtkWidget *tile)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  const guint keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_space };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i], 0),
                                                            gtk_callback_action_new (on_tile_activate_cb,
                                                                                     NULL, NULL)));
  gtk_widget_add_controller (tile, shortcuts);
}

static GtkWidget *
build_tile (RpPalette *self,
            RpKind     kind)
{
  GtkWidget *tile = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *icon = gtk_image_new_from_icon_name (rp_kind_get_icon_name (kind));
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *name = gtk_label_new (rp_kind_get_label (kind));
  GtkWidget *size = gtk_label_new (NULL);
  GtkDragSource *source = gtk_drag_source_new ();

  g_object_set_data (G_OBJECT (tile), KIND_KEY, GUINT_TO_POINTER (kind));
  gtk_widget_add_css_class (tile, "palette-tile");
  gtk_widget_add_css_class (tile, rp_kind_get_css_class (kind));
  gtk_widget_set_focusable (tile, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (tile),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Workout template"),
                                  -1);

  gtk_widget_add_css_class (swatch, "swatch");
  gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (swatch), icon);
  gtk_box_append (GTK_BOX (tile), swatch);

  gtk_label_set_xalign (GTK_LABEL (name), 0.0f);
  gtk_widget_add_css_class (name, "tile-name");
  gtk_label_set_xalign (GTK_LABEL (size), 0.0f);
  gtk_widget_add_css_class (size, "tile-size");
  gtk_widget_add_css_class (size, "dim-label");
  gtk_box_append (GTK_BOX (texts), name);
  gtk_box_append (GTK_BOX (texts), size);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (tile), texts);

  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (on_tile_drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_tile_drag_begin_cb), self);
  gtk_widget_add_controller (tile, GTK_EVENT_CONTROLLER (source));
  add_tile_keys (tile);

  g_ptr_array_add (self->size_labels, size);

  return tile;
}

static void
on_plan_changed_cb (RpPlan    *plan,
                    RpDate     first,
                    RpDate     last,
                    RpPalette *self)
{
  update_sizes (self);
}

/* Tab stops at each tile: a tile is a GtkBox, which GTK would skip, and
 * the palette could not be reached without a pointer. */
static gboolean
rp_palette_focus (GtkWidget        *widget,
                  GtkDirectionType  direction)
{
  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (rp_palette_parent_class)->focus (widget, direction);

  return rp_ui_focus_chain (widget, direction, RP_PALETTE (widget)->tiles);
}

static void
rp_palette_dispose (GObject *object)
{
  RpPalette *self = RP_PALETTE (object);

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (rp_palette_parent_class)->dispose (object);
}

static void
rp_palette_finalize (GObject *object)
{
  RpPalette *self = RP_PALETTE (object);

  g_ptr_array_unref (self->tiles);
  g_ptr_array_unref (self->size_labels);

  G_OBJECT_CLASS (rp_palette_parent_class)->finalize (object);
}

static void
rp_palette_class_init (RpPaletteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_palette_dispose;
  object_class->finalize = rp_palette_finalize;
  widget_class->focus = rp_palette_focus;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "palette");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
rp_palette_init (RpPalette *self)
{
  GtkWidget *heading = gtk_label_new (_("Workouts"));
  GtkWidget *hint = gtk_label_new (_("Drag onto a day"));

  self->tiles = g_ptr_array_new ();
  self->size_labels = g_ptr_array_new ();

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  gtk_label_set_xalign (GTK_LABEL (heading), 0.0f);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (self->box), heading);
  gtk_label_set_xalign (GTK_LABEL (hint), 0.0f);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_widget_set_margin_bottom (hint, 6);
  gtk_box_append (GTK_BOX (self->box), hint);

  for (RpKind kind = 0; kind < RP_N_KINDS; kind++)
    {
      GtkWidget *tile;

      if (!rp_kind_is_hard (kind))
        continue;
      tile = build_tile (self, kind);
      g_ptr_array_add (self->tiles, tile);
      gtk_box_append (GTK_BOX (self->box), tile);
    }

  rp_ui_set_label (GTK_WIDGET (self), _("Workout palette"));
  update_sizes (self);
}

GtkWidget *
rp_palette_new (void)
{
  return g_object_new (RP_TYPE_PALETTE, NULL);
}

void
rp_palette_set_plan (RpPalette *self,
                     RpPlan    *plan)
{
  g_return_if_fail (RP_IS_PALETTE (self));
  g_return_if_fail (plan == NULL || RP_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    self->changed_id = g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
  update_sizes (self);
}

guint
rp_palette_get_n_tiles (RpPalette *self)
{
  g_return_val_if_fail (RP_IS_PALETTE (self), 0);

  return self->tiles->len;
}

GtkWidget *
rp_palette_get_tile (RpPalette *self,
                     guint      index)
{
  g_return_val_if_fail (RP_IS_PALETTE (self), NULL);
  g_return_val_if_fail (index < self->tiles->len, NULL);

  return g_ptr_array_index (self->tiles, index);
}

RpKind
rp_palette_get_tile_kind (RpPalette *self,
                          guint      index)
{
  g_return_val_if_fail (RP_IS_PALETTE (self), RP_KIND_REST);
  g_return_val_if_fail (index < self->tiles->len, RP_KIND_REST);

  return tile_kind (g_ptr_array_index (self->tiles, index));
}
