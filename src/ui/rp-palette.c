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
#include "rp-palette-tile.h"
#include "rp-parse.h"
#include "rp-planner.h"
#include "rp-ui-util.h"

struct _RpPalette
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkWidget *box;

  GPtrArray *tiles;       /* borrowed RpPaletteTile, in kind order */

  /* owned */
  RpPlan    *plan;
  gulong     changed_id;
};

G_DEFINE_FINAL_TYPE (RpPalette, rp_palette, GTK_TYPE_WIDGET)

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
      RpPaletteTile *tile = g_ptr_array_index (self->tiles, i);
      g_autoptr(RpWorkout) workout = rp_palette_make_template (self,
                                                               rp_palette_tile_get_kind (tile));
      g_autofree char *size = template_size_text (self, workout);

      rp_palette_tile_set_workout (tile, workout, size);
    }
}

static void
on_plan_changed_cb (RpPlan    *plan,
                    RpDate     first,
                    RpDate     last,
                    RpPalette *self)
{
  update_sizes (self);
}

static void
rp_palette_dispose (GObject *object)
{
  RpPalette *self = RP_PALETTE (object);

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_PALETTE);

  G_OBJECT_CLASS (rp_palette_parent_class)->dispose (object);
}

static void
rp_palette_finalize (GObject *object)
{
  RpPalette *self = RP_PALETTE (object);

  g_ptr_array_unref (self->tiles);

  G_OBJECT_CLASS (rp_palette_parent_class)->finalize (object);
}

static void
rp_palette_class_init (RpPaletteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_palette_dispose;
  object_class->finalize = rp_palette_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-palette.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPalette, box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "palette");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LIST);
}

static void
rp_palette_init (RpPalette *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->tiles = g_ptr_array_new ();

  /* Tiles are focusable widgets in kind order: GTK's Tab goes through
   * them top to bottom. */
  for (RpKind kind = 0; kind < RP_N_KINDS; kind++)
    {
      GtkWidget *tile;

      if (!rp_kind_is_hard (kind))
        continue;
      tile = rp_palette_tile_new (kind);
      g_ptr_array_add (self->tiles, tile);
      gtk_box_append (GTK_BOX (self->box), tile);
    }

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

  return rp_palette_tile_get_kind (g_ptr_array_index (self->tiles, index));
}
