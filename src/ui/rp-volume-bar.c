/* rp-volume-bar.c
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

#define G_LOG_DOMAIN "rp-volume-bar"

#include "config.h"

#include "rp-volume-bar.h"

#include <math.h>

#define BAR_HEIGHT 8
#define TICK_WIDTH 2
/* The tick stands out of the bar by this much above and below. */
#define TICK_OVERHANG 4

struct _RpVolumeBar
{
  GtkWidget parent_instance;

  double    volume_m;
  double    target_m;
};

G_DEFINE_FINAL_TYPE (RpVolumeBar, rp_volume_bar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_VOLUME,
  PROP_TARGET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The bar spans the larger of volume and target. */
static double
bar_top (RpVolumeBar *self)
{
  return MAX (self->volume_m, self->target_m);
}

/* GTK 4.8 has no gtk_widget_get_color: the style context it is. */
static void
lookup_color (GtkWidget  *widget,
              const char *name,
              GdkRGBA    *out)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (name == NULL || !gtk_style_context_lookup_color (context, name, out))
    gtk_style_context_get_color (context, out);
}

static void
update_state (RpVolumeBar *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  if (rp_volume_bar_get_over (self))
    gtk_widget_add_css_class (widget, "over");
  else
    gtk_widget_remove_css_class (widget, "over");

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, MAX (bar_top (self), 1.0),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, self->volume_m,
                                  -1);
  gtk_widget_queue_draw (widget);
}

static void
append_part (GtkSnapshot   *snapshot,
             const GdkRGBA *color,
             double         x0,
             double         x1,
             double         y)
{
  x0 = round (x0);
  x1 = round (x1);
  if (x1 > x0)
    gtk_snapshot_append_color (snapshot, color, &GRAPHENE_RECT_INIT (x0, y, x1 - x0, BAR_HEIGHT));
}

static void
rp_volume_bar_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  RpVolumeBar *self = RP_VOLUME_BAR (widget);
  double width = gtk_widget_get_width (widget);
  double y = floor ((gtk_widget_get_height (widget) - BAR_HEIGHT) / 2.0);
  double fill = rp_volume_bar_get_fill_fraction (self) * width;
  double tick = rp_volume_bar_get_tick_fraction (self);
  double over_from = tick >= 0 ? tick * width : 0;
  GdkRGBA fg, accent, warning, trough;
  GskRoundedRect clip;

  if (width <= 0)
    return;

  lookup_color (widget, NULL, &fg);
  lookup_color (widget, "accent_bg_color", &accent);
  lookup_color (widget, "warning_color", &warning);
  trough = fg;
  trough.alpha *= 0.15f;

  gsk_rounded_rect_init_from_rect (&clip, &GRAPHENE_RECT_INIT (0, y, width, BAR_HEIGHT),
                                   BAR_HEIGHT / 2.0);
  gtk_snapshot_push_rounded_clip (snapshot, &clip);
  append_part (snapshot, &trough, 0, width, y);
  if (rp_volume_bar_get_over (self))
    {
      append_part (snapshot, &accent, 0, over_from, y);
      append_part (snapshot, &warning, over_from, fill, y);
    }
  else
    append_part (snapshot, &accent, 0, fill, y);
  gtk_snapshot_pop (snapshot);

  /* The target: inside the widget even at its ends. */
  if (tick >= 0)
    {
      double x = CLAMP (round (tick * width - TICK_WIDTH / 2.0), 0, width - TICK_WIDTH);

      gtk_snapshot_append_color (snapshot, &fg,
                                 &GRAPHENE_RECT_INIT (x, y - TICK_OVERHANG, TICK_WIDTH,
                                                      BAR_HEIGHT + 2 * TICK_OVERHANG));
    }
}

static void
rp_volume_bar_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 48;
      *natural = 160;
    }
  else
    *minimum = *natural = BAR_HEIGHT + 2 * TICK_OVERHANG;
}

static void
rp_volume_bar_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RpVolumeBar *self = RP_VOLUME_BAR (object);

  switch (prop_id)
    {
    case PROP_VOLUME:
      g_value_set_double (value, self->volume_m);
      break;
    case PROP_TARGET:
      g_value_set_double (value, self->target_m);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_volume_bar_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RpVolumeBar *self = RP_VOLUME_BAR (object);

  switch (prop_id)
    {
    case PROP_VOLUME:
      rp_volume_bar_set_volume (self, g_value_get_double (value));
      break;
    case PROP_TARGET:
      rp_volume_bar_set_target (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_volume_bar_class_init (RpVolumeBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rp_volume_bar_get_property;
  object_class->set_property = rp_volume_bar_set_property;
  widget_class->snapshot = rp_volume_bar_snapshot;
  widget_class->measure = rp_volume_bar_measure;

  properties[PROP_VOLUME] =
    g_param_spec_double ("volume", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TARGET] =
    g_param_spec_double ("target", NULL, NULL,
                         0, G_MAXDOUBLE, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "volumebar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_METER);
}

static void
rp_volume_bar_init (RpVolumeBar *self)
{
  update_state (self);
}

GtkWidget *
rp_volume_bar_new (void)
{
  return g_object_new (RP_TYPE_VOLUME_BAR, NULL);
}

void
rp_volume_bar_set_volume (RpVolumeBar *self,
                          double       volume_m)
{
  g_return_if_fail (RP_IS_VOLUME_BAR (self));
  g_return_if_fail (volume_m >= 0);

  if (self->volume_m == volume_m)
    return;

  self->volume_m = volume_m;
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOLUME]);
}

double
rp_volume_bar_get_volume (RpVolumeBar *self)
{
  g_return_val_if_fail (RP_IS_VOLUME_BAR (self), 0);

  return self->volume_m;
}

void
rp_volume_bar_set_target (RpVolumeBar *self,
                          double       target_m)
{
  g_return_if_fail (RP_IS_VOLUME_BAR (self));
  g_return_if_fail (target_m >= 0);

  if (self->target_m == target_m)
    return;

  self->target_m = target_m;
  update_state (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET]);
}

double
rp_volume_bar_get_target (RpVolumeBar *self)
{
  g_return_val_if_fail (RP_IS_VOLUME_BAR (self), 0);

  return self->target_m;
}

double
rp_volume_bar_get_fill_fraction (RpVolumeBar *self)
{
  g_return_val_if_fail (RP_IS_VOLUME_BAR (self), 0);

  return bar_top (self) > 0 ? self->volume_m / bar_top (self) : 0;
}

double
rp_volume_bar_get_tick_fraction (RpVolumeBar *self)
{
  g_return_val_if_fail (RP_IS_VOLUME_BAR (self), -1);

  return self->target_m > 0 ? self->target_m / bar_top (self) : -1;
}

/* A week off (target 0) that has running is over too. */
gboolean
rp_volume_bar_get_over (RpVolumeBar *self)
{
  g_return_val_if_fail (RP_IS_VOLUME_BAR (self), FALSE);

  return self->volume_m > self->target_m;
}
