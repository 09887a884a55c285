/* rp-workout-card.c
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

#define G_LOG_DOMAIN "rp-workout-card"

#include "config.h"

#include "rp-workout-card.h"

#include <glib/gi18n.h>

#include "rp-planner.h"
#include "rp-ui-util.h"

struct _RpWorkoutCard
{
  GtkWidget  parent_instance;

  /* owned */
  RpPlan    *plan;
  RpWorkout *workout;
  guint      index;
  gboolean   compact;
};

G_DEFINE_FINAL_TYPE (RpWorkoutCard, rp_workout_card, GTK_TYPE_WIDGET)

static GtkWidget *
add_label (GtkWidget  *box,
           const char *text,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);

  return label;
}

static GtkWidget *
build_title_row (RpWorkoutCard *self)
{
  RpKind kind = rp_workout_get_kind (self->workout);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *icon = gtk_image_new_from_icon_name (rp_ui_kind_icon_name (kind));
  GtkWidget *title;

  gtk_widget_add_css_class (icon, "kind-icon");
  gtk_box_append (GTK_BOX (row), icon);
  title = add_label (row, rp_ui_kind_label (kind), "card-title");
  gtk_widget_set_hexpand (title, TRUE);
  /* Narrow columns: "Marathon Pace" wraps rather than turning into "Mara…". */
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_NONE);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);

  if (rp_workout_get_pinned (self->workout))
    {
      GtkWidget *pin = gtk_image_new_from_icon_name ("view-pin-symbolic");

      gtk_widget_add_css_class (pin, "pin-icon");
      gtk_widget_set_tooltip_text (pin, _("Placed by you"));
      gtk_box_append (GTK_BOX (row), pin);
    }

  return row;
}

static void
build_contents (RpWorkoutCard *self)
{
  RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (self->plan));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  g_autofree char *size = rp_ui_format_workout_size (self->plan, self->workout);
  g_autofree char *pace = NULL;
  int fast = 0;
  int slow = 0;

  gtk_widget_set_parent (box, GTK_WIDGET (self));
  gtk_box_append (GTK_BOX (box), build_title_row (self));

  if (size != NULL)
    add_label (box, size, "card-size");

  rp_planner_workout_pace (self->plan, self->workout, &fast, &slow);
  pace = rp_ui_format_pace_range (fast, slow, unit);
  if (pace != NULL && !self->compact)
    add_label (box, pace, "card-pace");
}

static char *
build_tooltip (RpWorkoutCard *self)
{
  RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (self->plan));
  const RpReason *reason = rp_workout_get_reason (self->workout);
  const char *notes = rp_workout_get_notes (self->workout);
  GString *str = g_string_new (NULL);

  if (rp_workout_get_pinned (self->workout))
    g_string_append (str, _("Placed by you"));
  else if (reason != NULL && reason->code != RP_REASON_NONE)
    {
      g_autofree char *text = rp_reason_format (reason, unit);

      g_string_append (str, text);
    }
  else
    g_string_append (str, _("Planned by Run Planner"));

  if (notes != NULL && *notes != '\0')
    g_string_append_printf (str, "\n%s", notes);

  return g_string_free (str, FALSE);
}

static void
apply_style (RpWorkoutCard *self)
{
  RpKind kind = rp_workout_get_kind (self->workout);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_add_css_class (widget, "workout-card");
  gtk_widget_add_css_class (widget, rp_ui_kind_css_class (kind));
  if (kind == RP_KIND_REST)
    gtk_widget_add_css_class (widget, "rest");
  else if (rp_workout_get_pinned (self->workout))
    gtk_widget_add_css_class (widget, "pinned");
  else
    gtk_widget_add_css_class (widget, "engine");
  if (rp_kind_is_hard (kind))
    gtk_widget_add_css_class (widget, "hard");
  if (self->compact)
    gtk_widget_add_css_class (widget, "compact");
}

static void
activate_plan_action (RpWorkoutCard *self,
                      const char    *action,
                      int            delta)
{
  RpDate date = rp_workout_get_date (self->workout);

  if (delta == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), action, "(uu)", date, self->index);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), action, "(uui)", date, self->index, delta);
}

static void
card_edit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  activate_plan_action (RP_WORKOUT_CARD (widget), "plan.edit-workout", 0);
}

static void
card_remove_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  activate_plan_action (RP_WORKOUT_CARD (widget), "plan.remove-workout", 0);
}

static void
card_keep_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  activate_plan_action (RP_WORKOUT_CARD (widget), "plan.keep-workout", 0);
}

static void
card_move_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  int delta = g_variant_get_int32 (parameter);

  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    delta = -delta;
  activate_plan_action (RP_WORKOUT_CARD (widget), "plan.move-workout", delta);
}

static gboolean
unparent_idle_cb (gpointer user_data)
{
  /* The card may have been rebuilt (and the popover unparented) meanwhile. */
  if (gtk_widget_get_parent (GTK_WIDGET (user_data)) != NULL)
    gtk_widget_unparent (GTK_WIDGET (user_data));
  return G_SOURCE_REMOVE;
}

static void
on_popover_closed_cb (GtkPopover *popover,
                      gpointer    user_data)
{
  /* After the menu item's action ran. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, unparent_idle_cb, g_object_ref (popover),
                   g_object_unref);
}

static void
on_click_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     RpWorkoutCard   *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (n_press == 2)
    card_edit_action (GTK_WIDGET (self), NULL, NULL);
}

static void
on_secondary_pressed_cb (GtkGestureClick *gesture,
                         int              n_press,
                         double           x,
                         double           y,
                         RpWorkoutCard   *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *popover;

  /* What the keys do, for the mouse: edit, keep an engine entry, remove. */
  g_menu_append (menu, _("_Edit…"), "card.edit");
  if (!rp_workout_get_pinned (self->workout))
    g_menu_append (menu, _("_Keep as Mine"), "card.keep");
  else
    g_menu_append (menu, _("_Remove"), "card.remove");

  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
  gtk_widget_set_parent (popover, GTK_WIDGET (self));
  gtk_popover_set_pointing_to (GTK_POPOVER (popover),
                               &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_set_has_arrow (GTK_POPOVER (popover), FALSE);
  g_signal_connect (popover, "closed", G_CALLBACK (on_popover_closed_cb), NULL);
  gtk_popover_popup (GTK_POPOVER (popover));
}

static GdkContentProvider *
on_drag_prepare_cb (GtkDragSource *source,
                    double         x,
                    double         y,
                    RpWorkoutCard *self)
{
  /* The model object itself: the drop target finds its day and index. */
  return gdk_content_provider_new_typed (RP_TYPE_WORKOUT, self->workout);
}

static void
on_drag_begin_cb (GtkDragSource *source,
                  GdkDrag       *drag,
                  RpWorkoutCard *self)
{
  g_autoptr(GdkPaintable) icon = gtk_widget_paintable_new (GTK_WIDGET (self));

  gtk_drag_source_set_icon (source, icon, 12, 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "dragging");
}

static void
on_drag_end_cb (GtkDragSource *source,
                GdkDrag       *drag,
                gboolean       delete_data,
                RpWorkoutCard *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self), "dragging");
}

static void
setup_controllers (RpWorkoutCard *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *secondary = gtk_gesture_click_new ();

  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect (secondary, "pressed", G_CALLBACK (on_secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));

  if (rp_workout_get_kind (self->workout) != RP_KIND_REST)
    {
      GtkDragSource *source = gtk_drag_source_new ();

      gtk_drag_source_set_actions (source, GDK_ACTION_MOVE | GDK_ACTION_COPY);
      g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
      g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
      g_signal_connect (source, "drag-end", G_CALLBACK (on_drag_end_cb), self);
      gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));
    }
}

static void
rp_workout_card_dispose (GObject *object)
{
  RpWorkoutCard *self = RP_WORKOUT_CARD (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->workout);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (rp_workout_card_parent_class)->dispose (object);
}

static void
rp_workout_card_class_init (RpWorkoutCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_workout_card_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "workoutcard");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);

  gtk_widget_class_install_action (widget_class, "card.edit", NULL, card_edit_action);
  gtk_widget_class_install_action (widget_class, "card.remove", NULL, card_remove_action);
  gtk_widget_class_install_action (widget_class, "card.keep", NULL, card_keep_action);
  gtk_widget_class_install_action (widget_class, "card.move", "i", card_move_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "card.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "card.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "card.edit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "card.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "card.remove", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_k, GDK_CONTROL_MASK,
                                       "card.keep", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "card.move", "i", -1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Right, GDK_ALT_MASK,
                                       "card.move", "i", 1);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK,
                                       "card.move", "i", -7);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK,
                                       "card.move", "i", 7);
}

static void
rp_workout_card_init (RpWorkoutCard *self)
{
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
}

GtkWidget *
rp_workout_card_new (RpPlan    *plan,
                     RpWorkout *workout,
                     guint      index,
                     gboolean   compact)
{
  RpWorkoutCard *self;
  g_autofree char *description = NULL;
  g_autofree char *tooltip = NULL;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), NULL);

  self = g_object_new (RP_TYPE_WORKOUT_CARD, NULL);
  self->plan = g_object_ref (plan);
  self->workout = g_object_ref (workout);
  self->index = index;
  self->compact = compact;

  build_contents (self);
  apply_style (self);
  setup_controllers (self);

  tooltip = build_tooltip (self);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), tooltip);
  description = rp_ui_describe_workout (plan, workout);
  rp_ui_set_label (GTK_WIDGET (self), description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);

  return GTK_WIDGET (self);
}

RpWorkout *
rp_workout_card_get_workout (RpWorkoutCard *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT_CARD (self), NULL);

  return self->workout;
}

guint
rp_workout_card_get_index (RpWorkoutCard *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT_CARD (self), 0);

  return self->index;
}
