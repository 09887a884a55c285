/* rp-day-column.c
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

#define G_LOG_DOMAIN "rp-day-column"

#include "config.h"

#include "rp-day-column.h"

#include "rp-date.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"

struct _RpDayColumn
{
  GtkWidget  parent_instance;

  /* template widgets */
  GtkLabel  *weekday_label;
  GtkWidget *warning_icon;
  GtkBox    *cards;

  RpDate     date;
  gboolean   has_warning;
};

G_DEFINE_FINAL_TYPE (RpDayColumn, rp_day_column, GTK_TYPE_WIDGET)

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
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               RpDayColumn     *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
rp_day_column_activate (RpDayColumn *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "plan.add-workout", NULL);
}

static void
rp_day_column_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RpDayColumn *self = RP_DAY_COLUMN (object);

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
rp_day_column_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RpDayColumn *self = RP_DAY_COLUMN (object);

  switch (prop_id)
    {
    case PROP_DATE:
      rp_day_column_set_date (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_day_column_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_DAY_COLUMN);
  /* The template's children without an id are not unparented by it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rp_day_column_parent_class)->dispose (object);
}

static void
rp_day_column_class_init (RpDayColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rp_day_column_get_property;
  object_class->set_property = rp_day_column_set_property;
  object_class->dispose = rp_day_column_dispose;

  properties[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL,
                       0, G_MAXUINT, RP_DATE_INVALID,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Enter and Space on a focused column (GtkWidget's activate keys). */
  signals[ACTIVATE] = g_signal_new_class_handler ("activate",
                                                  G_TYPE_FROM_CLASS (klass),
                                                  G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                                  G_CALLBACK (rp_day_column_activate),
                                                  NULL, NULL, NULL,
                                                  G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-day-column.ui");
  gtk_widget_class_bind_template_child (widget_class, RpDayColumn, weekday_label);
  gtk_widget_class_bind_template_child (widget_class, RpDayColumn, warning_icon);
  gtk_widget_class_bind_template_child (widget_class, RpDayColumn, cards);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "daycolumn");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rp_day_column_init (RpDayColumn *self)
{
  GtkLayoutManager *layout;
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  /* A click on the column (not on a card) focuses the day, for Ctrl+N. */
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  self->date = RP_DATE_INVALID;
}

GtkWidget *
rp_day_column_new (void)
{
  return g_object_new (RP_TYPE_DAY_COLUMN, NULL);
}

RpDate
rp_day_column_get_date (RpDayColumn *self)
{
  g_return_val_if_fail (RP_IS_DAY_COLUMN (self), RP_DATE_INVALID);

  return self->date;
}

void
rp_day_column_set_date (RpDayColumn *self,
                        RpDate       date)
{
  g_autofree char *weekday = NULL;

  g_return_if_fail (RP_IS_DAY_COLUMN (self));

  if (self->date == date)
    return;

  self->date = date;
  weekday = rp_date_is_valid (date) ? rp_date_format_day_short (date) : g_strdup ("");
  gtk_label_set_text (self->weekday_label, weekday);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

GtkBox *
rp_day_column_get_cards (RpDayColumn *self)
{
  g_return_val_if_fail (RP_IS_DAY_COLUMN (self), NULL);

  return self->cards;
}

void
rp_day_column_set_warnings (RpDayColumn *self,
                            const char  *warnings)
{
  gboolean has_warning = warnings != NULL;

  g_return_if_fail (RP_IS_DAY_COLUMN (self));

  rp_ui_set_tooltip (self->warning_icon, warnings);
  if (self->has_warning == has_warning)
    return;

  self->has_warning = has_warning;
  gtk_widget_set_opacity (self->warning_icon, has_warning ? 1.0 : 0.0);
  if (has_warning)
    gtk_widget_add_css_class (GTK_WIDGET (self), "has-warning");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "has-warning");
}

gboolean
rp_day_column_get_has_warning (RpDayColumn *self)
{
  g_return_val_if_fail (RP_IS_DAY_COLUMN (self), FALSE);

  return self->has_warning;
}
