/* rp-month-cell.c
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

#define G_LOG_DOMAIN "rp-month-cell"

#include "config.h"

#include "rp-month-cell.h"
#include "rp-reflow-box.h"

#include "rp-kind.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"

struct _RpMonthCell
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkLabel  *number_label;
  GtkWidget *warning_icon;
  GtkWidget *rest_box;
  GtkImage  *rest_icon;
  GtkLabel  *rest_label;
  GtkBox    *cards;

  RpDate     date;
};

G_DEFINE_FINAL_TYPE (RpMonthCell, rp_month_cell, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_released_cb (GtkGestureClick *gesture,
                int              n_press,
                double           x,
                double           y,
                RpMonthCell     *self)
{
  g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
rp_month_cell_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RpMonthCell *self = RP_MONTH_CELL (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_uint (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_month_cell_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RpMonthCell *self = RP_MONTH_CELL (object);

  switch (prop_id)
    {
    case PROP_DATE:
      rp_month_cell_set_date (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_month_cell_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_MONTH_CELL);
  /* The template's children without an id are not unparented by it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rp_month_cell_parent_class)->dispose (object);
}

static void
rp_month_cell_class_init (RpMonthCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rp_month_cell_get_property;
  object_class->set_property = rp_month_cell_set_property;
  object_class->dispose = rp_month_cell_dispose;

  properties[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL,
                       0, G_MAXUINT, RP_DATE_INVALID,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ACTIVATE] = g_signal_new ("activate",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);

  g_type_ensure (RP_TYPE_REFLOW_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-month-cell.ui");
  gtk_widget_class_bind_template_child (widget_class, RpMonthCell, number_label);
  gtk_widget_class_bind_template_child (widget_class, RpMonthCell, warning_icon);
  gtk_widget_class_bind_template_child (widget_class, RpMonthCell, rest_box);
  gtk_widget_class_bind_template_child (widget_class, RpMonthCell, rest_icon);
  gtk_widget_class_bind_template_child (widget_class, RpMonthCell, rest_label);
  gtk_widget_class_bind_template_child (widget_class, RpMonthCell, cards);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "monthcell");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID_CELL);
}

static void
rp_month_cell_init (RpMonthCell *self)
{
  GtkLayoutManager *layout;
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Rest as every view names and draws it (core's kind table). */
  gtk_image_set_from_icon_name (self->rest_icon, rp_kind_get_icon_name (RP_KIND_REST));
  gtk_label_set_text (self->rest_label, rp_kind_get_label (RP_KIND_REST));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 4);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  self->date = RP_DATE_INVALID;
}

GtkWidget *
rp_month_cell_new (void)
{
  return g_object_new (RP_TYPE_MONTH_CELL, NULL);
}

RpDate
rp_month_cell_get_date (RpMonthCell *self)
{
  g_return_val_if_fail (RP_IS_MONTH_CELL (self), RP_DATE_INVALID);

  return self->date;
}

void
rp_month_cell_set_date (RpMonthCell *self,
                        RpDate       date)
{
  char text[4] = "";

  g_return_if_fail (RP_IS_MONTH_CELL (self));

  if (self->date == date)
    return;

  self->date = date;
  if (rp_date_is_valid (date))
    {
      GDate gdate;

      rp_date_to_gdate (date, &gdate);
      g_snprintf (text, sizeof text, "%d", g_date_get_day (&gdate));
    }
  gtk_label_set_text (self->number_label, text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

GtkBox *
rp_month_cell_get_cards (RpMonthCell *self)
{
  g_return_val_if_fail (RP_IS_MONTH_CELL (self), NULL);

  return self->cards;
}

void
rp_month_cell_set_warnings (RpMonthCell *self,
                            const char  *warnings)
{
  g_return_if_fail (RP_IS_MONTH_CELL (self));

  gtk_widget_set_visible (self->warning_icon, warnings != NULL);
  rp_ui_set_tooltip (self->warning_icon, warnings);
  if (warnings != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self), "has-warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "has-warning");
}

gboolean
rp_month_cell_get_has_warning (RpMonthCell *self)
{
  g_return_val_if_fail (RP_IS_MONTH_CELL (self), FALSE);

  return gtk_widget_get_visible (self->warning_icon);
}

void
rp_month_cell_set_rest (RpMonthCell *self,
                        gboolean     rest)
{
  g_return_if_fail (RP_IS_MONTH_CELL (self));

  gtk_widget_set_visible (self->rest_box, rest);
  if (rest)
    gtk_widget_add_css_class (GTK_WIDGET (self), "rest-day");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "rest-day");
}

gboolean
rp_month_cell_get_rest (RpMonthCell *self)
{
  g_return_val_if_fail (RP_IS_MONTH_CELL (self), FALSE);

  return gtk_widget_get_visible (self->rest_box);
}
