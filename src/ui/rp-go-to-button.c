/* rp-go-to-button.c
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

#define G_LOG_DOMAIN "rp-go-to-button"

#include "config.h"

#include "rp-go-to-button.h"

#include "rp-date.h"
#include "rp-month-view.h"
#include "rp-window.h"

struct _RpGoToButton
{
  GtkWidget      parent_instance;

  /* template widgets */
  GtkMenuButton *menu_button;
  GtkPopover    *popover;
  GtkCalendar   *calendar;

  gboolean       syncing;  /* the calendar follows the week shown */
};

G_DEFINE_FINAL_TYPE (RpGoToButton, rp_go_to_button, GTK_TYPE_WIDGET)

static RpWindow *
window (RpGoToButton *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return RP_IS_WINDOW (root) ? RP_WINDOW (root) : NULL;
}

gboolean
rp_go_to_find_goal_race (RpPlan *plan,
                         RpDate *out_date)
{
  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);

  for (RpDate day = rp_plan_get_end (plan); day >= rp_plan_get_start (plan); day--)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, day); i++)
      {
        RpWorkout *workout = rp_plan_get_workout (plan, day, i);

        if (rp_workout_get_kind (workout) == RP_KIND_RACE && rp_workout_get_pinned (workout))
          {
            if (out_date != NULL)
              *out_date = day;
            return TRUE;
          }
      }

  return FALSE;
}

/* Shows date's week, or its month in the month view. */
static void
show_date (RpGoToButton *self,
           RpDate        date)
{
  RpWindow *win = window (self);
  RpMonthView *month;

  if (win == NULL || !rp_date_is_valid (date))
    return;

  rp_window_show_week (win, date);
  month = rp_window_get_month_view (win);
  if (month != NULL && gtk_widget_get_mapped (GTK_WIDGET (month)))
    rp_month_view_set_date (month, date);
  gtk_popover_popdown (self->popover);
}

static RpDate
calendar_date (RpGoToButton *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (self->calendar);

  return rp_date_from_ymd (g_date_time_get_year (picked), g_date_time_get_month (picked),
                           g_date_time_get_day_of_month (picked));
}

static void
on_calendar_day_selected_cb (GtkCalendar  *calendar,
                             RpGoToButton *self)
{
  if (!self->syncing)
    show_date (self, calendar_date (self));
}

/* The popover opens on the week shown; Goal Race is off without one. */
static void
on_popover_show_cb (GtkPopover   *popover,
                    RpGoToButton *self)
{
  RpWindow *win = window (self);
  RpPlan *plan = win != NULL ? rp_window_get_plan (win) : NULL;
  g_autoptr(GDateTime) shown = NULL;
  GDate date;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goto.plan-start", plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "goto.goal-race",
                                 plan != NULL && rp_go_to_find_goal_race (plan, NULL));
  if (win == NULL)
    return;

  rp_date_to_gdate (rp_window_get_week_start (win), &date);
  shown = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 0, 0, 0);
  self->syncing = TRUE;
  gtk_calendar_select_day (self->calendar, shown);
  self->syncing = FALSE;
  gtk_widget_grab_focus (GTK_WIDGET (self->calendar));
}

static void
plan_start_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpGoToButton *self = RP_GO_TO_BUTTON (widget);
  RpWindow *win = window (self);

  if (win != NULL && rp_window_get_plan (win) != NULL)
    show_date (self, rp_plan_get_start (rp_window_get_plan (win)));
}

static void
goal_race_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpGoToButton *self = RP_GO_TO_BUTTON (widget);
  RpWindow *win = window (self);
  RpDate race;

  if (win != NULL && rp_window_get_plan (win) != NULL
      && rp_go_to_find_goal_race (rp_window_get_plan (win), &race))
    show_date (self, race);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  rp_go_to_button_popup (RP_GO_TO_BUTTON (widget));
}

static void
rp_go_to_button_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), RP_TYPE_GO_TO_BUTTON);

  G_OBJECT_CLASS (rp_go_to_button_parent_class)->dispose (object);
}

static void
rp_go_to_button_class_init (RpGoToButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_go_to_button_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/runplanner/RunPlanner/ui/"
                                               "rp-go-to-button.ui");
  gtk_widget_class_bind_template_child (widget_class, RpGoToButton, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RpGoToButton, popover);
  gtk_widget_class_bind_template_child (widget_class, RpGoToButton, calendar);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_popover_show_cb);
  gtk_widget_class_install_action (widget_class, "goto.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "goto.plan-start", NULL, plan_start_action);
  gtk_widget_class_install_action (widget_class, "goto.goal-race", NULL, goal_race_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
rp_go_to_button_init (RpGoToButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
rp_go_to_button_new (void)
{
  return g_object_new (RP_TYPE_GO_TO_BUTTON, NULL);
}

void
rp_go_to_button_popup (RpGoToButton *self)
{
  g_return_if_fail (RP_IS_GO_TO_BUTTON (self));

  gtk_menu_button_popup (self->menu_button);
}
