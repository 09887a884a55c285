/* test-ui-goto.c
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

/* Go to a Date (issue 10 item 12): the header's calendar shows the week
 * (or month) of the day picked; Plan Start and Goal Race go straight to
 * those, Goal Race only when the plan has one. A plan whose range leaves
 * out today opens on its first week: test-ui-trust's browse tests. */

#include "config.h"

#include <adwaita.h>

#include "rp-go-to-button.h"
#include "rp-month-view.h"
#include "rp-plan-command.h"
#include "ui-test-util.h"

static GtkWidget *
find_child (GtkWidget *widget,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_child (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_action_button (child, action)) != NULL)
        return found;
    }

  return NULL;
}

/* Opens the popover; returns its calendar. */
static GtkCalendar *
open_picker (Fixture       *fixture,
             RpGoToButton **out_button)
{
  GtkWidget *button = find_child (GTK_WIDGET (fixture->window), RP_TYPE_GO_TO_BUTTON);
  GtkWidget *menu;
  GtkWidget *popover;

  g_assert_nonnull (button);
  rp_go_to_button_popup (RP_GO_TO_BUTTON (button));
  iterate (5);
  menu = find_child (button, GTK_TYPE_MENU_BUTTON);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)));
  g_assert_true (gtk_widget_get_visible (popover));
  *out_button = RP_GO_TO_BUTTON (button);

  return GTK_CALENDAR (find_child (popover, GTK_TYPE_CALENDAR));
}

static void
pick (GtkCalendar *calendar,
      RpDate       day)
{
  g_autoptr(GDateTime) time = NULL;
  GDate date;

  rp_date_to_gdate (day, &date);
  time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 0, 0, 0);
  gtk_calendar_select_day (calendar, time);
  g_signal_emit_by_name (calendar, "day-selected");
  iterate (3);
}

/* A day picked shows its week; in the month view, its month. */
static void
test_goto_pick_day (Fixture       *fixture,
                    gconstpointer  data)
{
  RpDate target = fixture->week_start + 9 * 7 + 3;
  RpGoToButton *button;
  GtkCalendar *calendar = open_picker (fixture, &button);
  RpMonthView *month = rp_window_get_month_view (fixture->window);

  g_assert_nonnull (calendar);
  /* It opens on the week shown. */
  {
    g_autoptr(GDateTime) shown = gtk_calendar_get_date (calendar);
    GDate date;

    rp_date_to_gdate (fixture->week_start, &date);
    g_assert_cmpint (g_date_time_get_day_of_month (shown), ==, g_date_get_day (&date));
  }
  assert_has_label (GTK_WIDGET (calendar));
  assert_has_label (find_child (GTK_WIDGET (button), GTK_TYPE_MENU_BUTTON));

  pick (calendar, target);
  g_assert_cmpuint (rp_window_get_week_start (fixture->window), ==, target - 3);
  /* Looking changes nothing. */
  g_assert_false (rp_history_can_undo (rp_window_get_history (fixture->window)));

  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "view",
                                  g_variant_new_string ("month"));
  iterate (3);
  calendar = open_picker (fixture, &button);
  pick (calendar, fixture->week_start + 20 * 7);
  g_assert_cmpuint (rp_month_view_get_date (month), ==, fixture->week_start + 20 * 7);
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "view",
                                  g_variant_new_string ("week"));
}

/* Plan Start shows the first week; Goal Race is off until the plan has
 * a race, then shows its week. */
static void
test_goto_shortcuts (Fixture       *fixture,
                     gconstpointer  data)
{
  RpDate race_day = fixture->week_start + 3 * 7 + 6;
  g_autoptr(RpWorkout) race = rp_workout_new (RP_KIND_RACE);
  RpGoToButton *button;
  GtkWidget *goal;

  rp_window_show_week (fixture->window, fixture->week_start + 2 * 7);
  open_picker (fixture, &button);
  goal = find_action_button (GTK_WIDGET (button), "goto.goal-race");
  g_assert_nonnull (goal);
  g_assert_false (gtk_widget_get_sensitive (goal));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (button), "goto.plan-start", NULL));
  iterate (3);
  g_assert_cmpuint (rp_window_get_week_start (fixture->window), ==,
                    rp_plan_get_start (rp_window_get_plan (fixture->window)));

  g_assert_nonnull (rp_plan_command_add (rp_window_get_plan (fixture->window),
                                         rp_window_get_history (fixture->window),
                                         race_day, race, NULL));
  open_picker (fixture, &button);
  g_assert_true (gtk_widget_get_sensitive (goal));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (button), "goto.goal-race", NULL));
  iterate (3);
  g_assert_cmpuint (rp_window_get_week_start (fixture->window), ==, race_day - 6);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  UI_TEST_ADD ("/ui/goto/pick-day", test_goto_pick_day);
  UI_TEST_ADD ("/ui/goto/shortcuts", test_goto_shortcuts);

  return ui_test_run ();
}
