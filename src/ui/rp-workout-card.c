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
#include <string.h>

#include "rp-describe.h"
#include "rp-kind.h"
#include "rp-planner.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"

struct _RpWorkoutCard
{
  GtkWidget    parent_instance;

  /* template children, updated in place */
  GtkWidget   *icon;        /* before the size */
  GtkWidget   *rest_icon;   /* before the title, on a rest day */
  GtkWidget   *title;
  GtkWidget   *pin;
  GtkWidget   *size;
  GtkWidget   *pace;
  GtkWidget   *reason;      /* the planner's, one line, on a full card */
  GMenuModel  *menu;

  /* owned */
  RpPlan      *plan;
  RpWorkout   *workout;
  guint        index;
  gboolean     compact;

  /* what the card shows, to change only what differs */
  RpKind       shown_kind;
  const char  *state_class;   /* "pinned", "engine" or "rest" */
};

G_DEFINE_FINAL_TYPE (RpWorkoutCard, rp_workout_card, GTK_TYPE_WIDGET)

#define H_SPACING 6
#define V_SPACING 2

static int
measure_width (GtkWidget *widget,
               gboolean   natural)
{
  int min = 0;
  int nat = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);

  return natural ? nat : min;
}

static int
measure_height (GtkWidget *widget,
                int        width)
{
  int nat = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, NULL, &nat, NULL, NULL);

  return nat;
}

/* An icon's width with its spacing, or 0 when it is not shown. */
static int
icon_room (GtkWidget *icon)
{
  return gtk_widget_get_visible (icon) ? measure_width (icon, TRUE) + H_SPACING : 0;
}

static void
place (GtkWidget *child,
       int        x,
       int        y,
       int        width,
       int        height,
       gboolean   allocate)
{
  if (allocate && gtk_widget_get_visible (child))
    gtk_widget_size_allocate (child, &(GtkAllocation) { x, y, width, height }, -1);
}

/* A month's small card too narrow for its kind's longest word or for
 * its size on one line ("10.0 km") shows only the kind's icon, so the
 * month's eight columns fit a phone's width (the detail line and the
 * description say the rest). */
static gboolean
may_show_icon_only (RpWorkoutCard *self)
{
  return self->compact && gtk_widget_get_visible (self->icon) &&
         !gtk_widget_get_visible (self->rest_icon);
}

static gboolean
shows_icon_only (RpWorkoutCard *self,
                 int            width)
{
  return may_show_icon_only (self) &&
         width < MAX (measure_width (self->title, FALSE), measure_width (self->size, TRUE));
}

static int
layout_icon_only (RpWorkoutCard *self,
                  int            width,
                  gboolean       allocate)
{
  int icon_width = measure_width (self->icon, TRUE);
  int icon_height = measure_height (self->icon, -1);

  if (allocate)
    {
      gtk_widget_set_child_visible (self->title, FALSE);
      gtk_widget_set_child_visible (self->size, FALSE);
      gtk_widget_set_child_visible (self->pin, FALSE);
      gtk_widget_set_child_visible (self->icon, TRUE);
    }
  /* Centred, and whole: in the narrowest column it reaches into the
   * card's padding. */
  place (self->icon, (width - icon_width) / 2, 0, icon_width, icon_height, allocate);

  return icon_height;
}

/* Lays the card out at this width (allocating when asked) and returns its
 * height. In a narrow column the icons beside the size give way, the
 * kind's icon first (the title names the kind), then the pin (the card's
 * fill says who placed it), so that the size itself stays whole. */
static int
layout_with_texts (RpWorkoutCard *self,
                   int            width,
                   gboolean       allocate)
{
  int lead = icon_room (self->rest_icon);
  int title_height = measure_height (self->title, MAX (width - lead, 0));
  int y = MAX (title_height, lead > 0 ? measure_height (self->rest_icon, -1) : 0);

  if (allocate)
    {
      gtk_widget_set_child_visible (self->title, TRUE);
      gtk_widget_set_child_visible (self->size, TRUE);
    }

  place (self->rest_icon, 0, 0, MAX (lead - H_SPACING, 0), measure_height (self->title, -1),
         allocate);
  place (self->title, lead, 0, MAX (width - lead, 0), title_height, allocate);

  if (gtk_widget_get_visible (self->icon))
    {
      int size = gtk_widget_get_visible (self->size) ? measure_width (self->size, TRUE) : 0;
      int pin = icon_room (self->pin);
      int icon = icon_room (self->icon);
      gboolean show_pin = pin > 0 && size + pin <= width;
      gboolean show_icon = (show_pin || pin == 0) && size + pin + icon <= width;
      int x = show_icon ? icon : 0;
      int right = show_pin ? width - pin : width;
      int size_height = size > 0 ? measure_height (self->size, MAX (right - x, 0)) : 0;
      int row = MAX (size_height, measure_height (self->icon, -1));

      y += V_SPACING;
      if (allocate)
        {
          gtk_widget_set_child_visible (self->icon, show_icon);
          gtk_widget_set_child_visible (self->pin, show_pin);
        }
      place (self->icon, 0, y, MAX (icon - H_SPACING, 0), row, allocate);
      place (self->size, x, y, MAX (right - x, 0), row, allocate);
      place (self->pin, right + H_SPACING, y, MAX (pin - H_SPACING, 0), row, allocate);
      y += row;
    }

  if (gtk_widget_get_visible (self->pace))
    {
      int pace_height = measure_height (self->pace, width);

      y += V_SPACING;
      place (self->pace, 0, y, width, pace_height, allocate);
      y += pace_height;
    }

  if (gtk_widget_get_visible (self->reason))
    {
      int reason_height = measure_height (self->reason, width);

      y += V_SPACING;
      place (self->reason, 0, y, width, reason_height, allocate);
      y += reason_height;
    }

  return y;
}

static int
layout (RpWorkoutCard *self,
        int            width,
        gboolean       allocate)
{
  if (shows_icon_only (self, width))
    return layout_icon_only (self, width, allocate);

  return layout_with_texts (self, width, allocate);
}

static GtkSizeRequestMode
rp_workout_card_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
rp_workout_card_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  RpWorkoutCard *self = RP_WORKOUT_CARD (widget);
  int lead = icon_room (self->rest_icon);
  int min = lead + measure_width (self->title, FALSE);
  int nat = lead + measure_width (self->title, TRUE);

  /* The icons beside the size may give way: only the texts set the minimum. */
  if (gtk_widget_get_visible (self->size))
    min = MAX (min, measure_width (self->size, FALSE));
  if (gtk_widget_get_visible (self->icon))
    nat = MAX (nat, icon_room (self->icon) + icon_room (self->pin)
                    + (gtk_widget_get_visible (self->size) ? measure_width (self->size, TRUE) : 0));
  if (gtk_widget_get_visible (self->pace))
    {
      min = MAX (min, measure_width (self->pace, FALSE));
      nat = MAX (nat, measure_width (self->pace, TRUE));
    }
  /* The reason gives way (it ellipsizes): only its natural width counts. */
  if (gtk_widget_get_visible (self->reason))
    nat = MAX (nat, measure_width (self->reason, TRUE));
  /* A small card may narrow down to its kind's icon, and into its
   * padding: the month's eight columns fit a phone's width. */
  if (may_show_icon_only (self))
    min = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = min;
      *natural = nat;
    }
  else
    {
      *minimum = layout (self, for_size >= 0 ? MAX (for_size, min) : nat, FALSE);
      *natural = *minimum;
    }
}

static void
rp_workout_card_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  layout (RP_WORKOUT_CARD (widget), width, TRUE);
}

/* The planner's reason for an entry it filled in; NULL for the runner's. */
static char *
reason_text (RpWorkoutCard *self)
{
  RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (self->plan));
  const RpReason *reason = rp_workout_get_reason (self->workout);

  if (rp_workout_get_pinned (self->workout) || reason == NULL || reason->code == RP_REASON_NONE)
    return NULL;

  return rp_reason_format_on (reason, rp_workout_get_date (self->workout), unit);
}

static char *
build_tooltip (RpWorkoutCard *self)
{
  g_autofree char *reason = reason_text (self);
  const char *notes = rp_workout_get_notes (self->workout);
  GString *str = g_string_new (NULL);

  if (rp_workout_get_pinned (self->workout))
    g_string_append (str, _("Placed by you"));
  else if (reason != NULL)
    g_string_append (str, reason);
  else
    g_string_append (str, _("Planned by Run Planner"));

  if (notes != NULL && *notes != '\0')
    g_string_append_printf (str, "\n%s", notes);

  return g_string_free (str, FALSE);
}

/* The tooltip is written when it is about to show, not each time the
 * card is updated: setting a widget's tooltip text costs an X round trip. */
static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  RpWorkoutCard *self = RP_WORKOUT_CARD (widget);
  g_autofree char *text = NULL;

  if (self->workout == NULL)
    return FALSE;

  text = build_tooltip (self);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
set_label_text (GtkWidget  *label,
                const char *text)
{
  /* GtkLabel ignores the same text, so an unchanged card costs no layout. */
  gtk_widget_set_visible (label, text != NULL);
  if (text != NULL)
    gtk_label_set_text (GTK_LABEL (label), text);
}

/* A pace range reads as one figure: "4:56–5:34/km" may wrap before or
 * after it, never at its dash or slash (a word joiner, U+2060, after
 * each). Only what the card shows: core's string, which core parses back,
 * stays as it is. */
static char *
keep_pace_together (const char *pace)
{
  GString *str;

  if (pace == NULL)
    return NULL;

  str = g_string_sized_new (strlen (pace) + 8);
  for (const char *p = pace; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar next = g_utf8_get_char (g_utf8_next_char (p));

      g_string_append_unichar (str, c);
      if ((c == 0x2013 || c == '/') && next != 0 && !g_unichar_isspace (next))
        g_string_append_unichar (str, 0x2060);
    }

  return g_string_free (str, FALSE);
}

static void
update_texts (RpWorkoutCard *self)
{
  g_autofree char *size = rp_describe_workout_size (self->plan, self->workout);
  g_autofree char *pace = NULL;
  gboolean rest = rp_workout_get_kind (self->workout) == RP_KIND_REST;

  set_label_text (self->size, size);
  if (!self->compact)
    {
      g_autofree char *described = rp_describe_workout_pace (self->plan, self->workout);

      pace = keep_pace_together (described);
    }
  set_label_text (self->pace, pace);
  /* The why of a planner card, at a glance (touch has no tooltips); the
   * month's small cards show it on hover and focus instead. */
  if (!self->compact)
    {
      g_autofree char *reason = reason_text (self);

      set_label_text (self->reason, reason);
    }
  /* A rest day has no figures: its icon goes before the title. */
  gtk_widget_set_visible (self->icon, !rest);
  gtk_widget_set_visible (self->pin, !rest && rp_workout_get_pinned (self->workout));
  gtk_widget_set_visible (self->rest_icon, rest);
}

static void
swap_css_class (GtkWidget  *widget,
                const char *old_class,
                const char *new_class)
{
  if (old_class == new_class)
    return;
  if (old_class != NULL)
    gtk_widget_remove_css_class (widget, old_class);
  if (new_class != NULL)
    gtk_widget_add_css_class (widget, new_class);
}

static void
update_kind (RpWorkoutCard *self)
{
  RpKind kind = rp_workout_get_kind (self->workout);
  GtkWidget *widget = GTK_WIDGET (self);
  const char *state_class;

  if (kind == RP_KIND_REST)
    state_class = "rest";
  else if (rp_workout_get_pinned (self->workout))
    state_class = "pinned";
  else
    state_class = "engine";
  swap_css_class (widget, self->state_class, state_class);
  self->state_class = state_class;

  if (kind == self->shown_kind)
    return;

  swap_css_class (widget,
                  self->shown_kind < RP_N_KINDS ? rp_kind_get_css_class (self->shown_kind) : NULL,
                  rp_kind_get_css_class (kind));
  if (rp_kind_is_hard (kind))
    gtk_widget_add_css_class (widget, "hard");
  else
    gtk_widget_remove_css_class (widget, "hard");
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), rp_kind_get_icon_name (kind));
  gtk_image_set_from_icon_name (GTK_IMAGE (self->rest_icon), rp_kind_get_icon_name (kind));
  gtk_label_set_text (GTK_LABEL (self->title), rp_kind_get_label (kind));
  self->shown_kind = kind;
}

static void
update_accessible (RpWorkoutCard *self)
{
  g_autofree char *description = rp_describe_workout (self->plan, self->workout);
  g_autofree char *tooltip = build_tooltip (self);

  rp_ui_set_label (GTK_WIDGET (self), description);
  rp_ui_set_description (GTK_WIDGET (self), tooltip);
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
  GtkWidget *popover;

  /* What the keys do, for the mouse (the menu of the template): edit,
   * keep an engine entry, remove your own. */
  popover = gtk_popover_menu_new_from_model (self->menu);
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
  /* Rest is the absence of a workout: nothing to move. */
  if (self->workout == NULL || rp_workout_get_kind (self->workout) == RP_KIND_REST)
    return NULL;

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
  GtkDragSource *source = gtk_drag_source_new ();

  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (secondary), GDK_BUTTON_SECONDARY);
  g_signal_connect (secondary, "pressed", G_CALLBACK (on_secondary_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (secondary));

  /* Always there (a card may turn from rest into a run); "prepare"
   * refuses a rest day. */
  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE | GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (on_drag_prepare_cb), self);
  g_signal_connect (source, "drag-begin", G_CALLBACK (on_drag_begin_cb), self);
  g_signal_connect (source, "drag-end", G_CALLBACK (on_drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (source));

  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);
}

static void
rp_workout_card_dispose (GObject *object)
{
  RpWorkoutCard *self = RP_WORKOUT_CARD (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_WORKOUT_CARD);
  /* A context menu still open. */
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

  widget_class->get_request_mode = rp_workout_card_get_request_mode;
  widget_class->measure = rp_workout_card_measure;
  widget_class->size_allocate = rp_workout_card_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "workoutcard");
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-workout-card.ui");
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutCard, rest_icon);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutCard, title);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutCard, icon);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutCard, size);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutCard, pin);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutCard, pace);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutCard, reason);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutCard, menu);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);

  gtk_widget_class_install_action (widget_class, "card.edit", NULL, card_edit_action);
  gtk_widget_class_install_action (widget_class, "card.remove", NULL, card_remove_action);
  gtk_widget_class_install_action (widget_class, "card.keep", NULL, card_keep_action);
  /* The menu's Remove, shown on the runner's own workouts only (Delete on
   * a planner card says why it stays). */
  gtk_widget_class_install_action (widget_class, "card.remove-own", NULL, card_remove_action);
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
  self->shown_kind = RP_N_KINDS;
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_controllers (self);
}

GtkWidget *
rp_workout_card_new (RpPlan    *plan,
                     RpWorkout *workout,
                     guint      index,
                     gboolean   compact)
{
  RpWorkoutCard *self;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), NULL);

  self = g_object_new (RP_TYPE_WORKOUT_CARD, NULL);
  self->compact = compact;
  if (compact)
    gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
  rp_workout_card_set_workout (self, plan, workout, index);

  return GTK_WIDGET (self);
}

void
rp_workout_card_set_workout (RpWorkoutCard *self,
                             RpPlan        *plan,
                             RpWorkout     *workout,
                             guint          index)
{
  g_return_if_fail (RP_IS_WORKOUT_CARD (self));
  g_return_if_fail (RP_IS_PLAN (plan));
  g_return_if_fail (RP_IS_WORKOUT (workout));

  g_set_object (&self->plan, plan);
  g_set_object (&self->workout, workout);
  self->index = index;

  update_kind (self);
  update_texts (self);
  update_accessible (self);
  /* Engine entries come back on the next fill: only the runner's own are
   * removed; only the planner's are kept as the runner's. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.keep",
                                 !rp_workout_get_pinned (workout));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "card.remove-own",
                                 rp_workout_get_pinned (workout));
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

const char *
rp_workout_card_get_reason (RpWorkoutCard *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT_CARD (self), NULL);

  if (!gtk_widget_get_visible (self->reason))
    return NULL;

  return gtk_label_get_text (GTK_LABEL (self->reason));
}
