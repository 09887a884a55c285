/* test-ui-sizes.c
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

/* Sizes (issue 10 item 13): the window narrows to a phone's width, the
 * week becomes a list of days there and one row on a wide screen, and no
 * kind name or pace is cut inside a word at any width. */

#include "config.h"

#include <string.h>

#include "rp-day-column.h"
#include "rp-month-view.h"
#include "rp-palette.h"
#include "rp-workout-card.h"
#include "rp-week-view.h"
#include "ui-test-util.h"

static void
measure_width (GtkWidget  *widget,
               const char *what,
               int        *minimum)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, minimum, &natural, NULL, NULL);
  g_test_message ("%s: minimum width %d, natural %d", what, *minimum, natural);
}

/* Resizes the window (no window manager on the test display: the size
 * asked for is the size given) and waits for the new layout. */
static void
resize_to (RpWindow *window,
           int       width)
{
  GtkWidget *day = rp_week_view_get_day_widget (rp_window_get_week_view (window), 0);

  ui_test_resize (window, width, 800);
  wait_until_laid_out (day);
}

static void
test_minimum_width (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWidget *window = GTK_WIDGET (fixture->window);
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));
  int window_min;
  int content_min;
  int other_min;

  measure_width (window, "window", &window_min);
  measure_width (content, "content", &content_min);
  /* The rows of the window: header bar, banner, views, bottom bar. */
  for (GtkWidget *row = gtk_widget_get_first_child (gtk_widget_get_first_child (content));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    measure_width (row, G_OBJECT_TYPE_NAME (row), &other_min);
  measure_width (GTK_WIDGET (rp_window_get_week_view (fixture->window)), "week view", &other_min);
  measure_width (GTK_WIDGET (rp_window_get_palette (fixture->window)), "palette", &other_min);
  measure_width (GTK_WIDGET (rp_window_get_month_view (fixture->window)), "month view", &other_min);
  if (rp_window_get_chart (fixture->window) != NULL)
    measure_width (rp_window_get_chart (fixture->window), "chart", &other_min);
  measure_width (rp_week_view_get_summary (rp_window_get_week_view (fixture->window)), "summary", &other_min);

  /* A phone's width (360 px) and the window's own border. */
  g_assert_cmpint (window_min, <=, 400);

  /* The month too: its seven days and the week total side by side. */
  g_assert_true (gtk_widget_activate_action (window, "win.view", "s", "month"));
  iterate (10);
  wait_until_laid_out (GTK_WIDGET (rp_window_get_month_view (fixture->window)));
  measure_width (GTK_WIDGET (rp_window_get_month_view (fixture->window)), "month view shown",
                 &other_min);
  measure_width (window, "window with the month", &window_min);
  g_assert_cmpint (window_min, <=, 400);
  /* The view is a setting: the next test's window opens on the week. */
  g_assert_true (gtk_widget_activate_action (window, "win.view", "s", "week"));
}

static void
test_narrow_stacks_days (Fixture       *fixture,
                         gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  graphene_rect_t previous = GRAPHENE_RECT_INIT (0, 0, 0, 0);

  resize_to (fixture->window, 400);

  for (guint day = 0; day < 7; day++)
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (rp_week_view_get_day_widget (view, day),
                                                GTK_WIDGET (view), &bounds));
      if (day > 0)
        {
          g_assert_cmpfloat (bounds.origin.x, ==, previous.origin.x);
          g_assert_cmpfloat (bounds.origin.y, >=, previous.origin.y + previous.size.height);
        }
      previous = bounds;
    }
}

static gboolean
day_has_focus (RpWeekView *view,
               guint       day)
{
  GtkWidget *widget = rp_week_view_get_day_widget (view, day);

  return gtk_root_get_focus (gtk_widget_get_root (widget)) == widget;
}

/* The week's total of date's week lies inside the month view: nothing is
 * scrolled out of sight. */
static void
week_total_in_sight (RpMonthView *month,
                     RpDate       date)
{
  guint week = (date - rp_month_view_get_first_day (month)) / 7;
  GtkWidget *total = rp_month_view_get_week_total (month, week);
  graphene_rect_t bounds;

  g_assert_nonnull (total);
  g_assert_true (gtk_widget_compute_bounds (total, GTK_WIDGET (month), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=,
                     gtk_widget_get_width (GTK_WIDGET (month)) + 0.5);
}

/* Days listed one above the other: Down and Up go from day to day, and
 * past Sunday to the next week, as Right does in a row. */
static void
test_narrow_up_down (Fixture       *fixture,
                     gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  RpDate week_start = rp_week_view_get_week_start (view);

  resize_to (fixture->window, 400);
  gtk_widget_grab_focus (rp_week_view_get_day_widget (view, 2));
  g_assert_true (day_has_focus (view, 2));

  g_assert_true (ui_test_press_key (GTK_WIDGET (view), GDK_KEY_Down));
  g_assert_true (day_has_focus (view, 3));
  g_assert_true (ui_test_press_key (GTK_WIDGET (view), GDK_KEY_Up));
  g_assert_true (ui_test_press_key (GTK_WIDGET (view), GDK_KEY_Up));
  g_assert_true (day_has_focus (view, 1));

  gtk_widget_grab_focus (rp_week_view_get_day_widget (view, 6));
  g_assert_true (ui_test_press_key (GTK_WIDGET (view), GDK_KEY_Down));
  g_assert_cmpuint (rp_week_view_get_week_start (view), ==, week_start + 7);
  g_assert_cmpuint (rp_week_view_get_focus_date (view), ==, week_start + 7);

  /* In a row, Up and Down are not the days' keys. */
  resize_to (fixture->window, 1280);
  gtk_widget_grab_focus (rp_week_view_get_day_widget (view, 2));
  g_assert_false (ui_test_press_key (GTK_WIDGET (view), GDK_KEY_Down));
  g_assert_true (day_has_focus (view, 2));
}

/* A month in a phone-wide window: the seven days and the week's total
 * side by side, not scrolled sideways. */
static void
test_narrow_month_fits (Fixture       *fixture,
                        gconstpointer  data)
{
  RpMonthView *month = rp_window_get_month_view (fixture->window);

  /* Intervals on Tuesday: a recovery run on Wednesday, the kind with
   * the longest word. */
  place_on (fixture->window, fixture->week_start + 1, "intervals");
  for (guint i = 0; i < 2; i++)
    {
      /* resize_to () waits for the week's layout. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s",
                                                 "week"));
      resize_to (fixture->window, i == 0 ? 400 : 1280);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s",
                                                 "month"));
      wait_until_laid_out (GTK_WIDGET (month));
      wait_ms (100);
      iterate (10);
      week_total_in_sight (month, fixture->week_start + 1);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "week"));
}

static int
height_for_width (GtkWidget *widget,
                  int        width)
{
  int height = 0;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  return height;
}

/* A month's small card narrower than its words shows its kind's icon
 * alone (one icon high), so it asks for no width; wide, it has its name
 * and size again. The week's big cards never give their words up. */
static void
test_month_card_icon_only (Fixture       *fixture,
                           gconstpointer  data)
{
  RpDate date = fixture->week_start + 2;
  g_autoptr(RpWorkout) recovery = rp_workout_new (RP_KIND_RECOVERY);
  GtkWidget *small;
  GtkWidget *big;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  int minimum = -1;
  int icon_height;

  rp_workout_set_date (recovery, date);
  rp_workout_set_distance_m (recovery, 4800);
  small = rp_workout_card_new (fixture->plan, recovery, 0, TRUE);
  big = rp_workout_card_new (fixture->plan, recovery, 0, FALSE);
  gtk_box_append (GTK_BOX (box), small);
  gtk_box_append (GTK_BOX (box), big);
  /* In a window of its own, so that it has a style. */
  {
    GtkWidget *window = gtk_window_new ();

    gtk_window_set_child (GTK_WINDOW (window), box);
    gtk_widget_measure (small, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, ==, 0);
    icon_height = height_for_width (small, 12);
    g_assert_cmpint (icon_height, >, 0);
    g_assert_cmpint (height_for_width (small, 400), >, icon_height);

    gtk_widget_measure (big, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
    g_assert_cmpint (minimum, >, 20);
    gtk_window_destroy (GTK_WINDOW (window));
  }
}

static void
test_wide_one_row (Fixture       *fixture,
                   gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  graphene_rect_t previous = GRAPHENE_RECT_INIT (0, 0, 0, 0);

  resize_to (fixture->window, 1280);

  for (guint day = 0; day < 7; day++)
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (rp_week_view_get_day_widget (view, day),
                                                GTK_WIDGET (view), &bounds));
      if (day > 0)
        {
          g_assert_cmpfloat (bounds.origin.y, ==, previous.origin.y);
          g_assert_cmpfloat (bounds.origin.x, >=, previous.origin.x + previous.size.width);
        }
      previous = bounds;
    }
}

/* Fails if label's text is broken into lines anywhere but after a space:
 * no "Inter-vals", no "4:56–" above "5:34/km". */
static void
assert_breaks_at_spaces (GtkLabel *label,
                         int       window_width)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);
  GSList *lines = pango_layout_get_lines_readonly (layout);

  for (GSList *l = lines != NULL ? lines->next : NULL; l != NULL; l = l->next)
    {
      PangoLayoutLine *line = l->data;
      const char *before = g_utf8_find_prev_char (text, text + line->start_index);

      if (before == NULL || g_unichar_isspace (g_utf8_get_char (before)))
        continue;
      g_test_message ("\"%s\" breaks inside a word at %d px", text, window_width);
      g_test_fail ();
    }
}

static void
check_labels (GtkWidget *widget,
              int        window_width,
              guint     *n_checked)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_label_get_wrap (GTK_LABEL (widget)))
    {
      assert_breaks_at_spaces (GTK_LABEL (widget), window_width);
      (*n_checked)++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_labels (child, window_width, n_checked);
}

/* From the narrowest window up through the widths where the week turns
 * from a list into a row (the narrowest columns). */
static void
test_no_word_split (Fixture       *fixture,
                    gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  int minimum;
  int widths[] = { 0, 400, 560, 720, 800, 880, 954, 1040, 1280 };

  gtk_widget_measure (GTK_WIDGET (fixture->window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  widths[0] = minimum;

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      guint n_checked = 0;

      if (i > 0 && widths[i] < minimum)
        continue;
      resize_to (fixture->window, widths[i]);
      for (guint day = 0; day < 7; day++)
        check_labels (rp_week_view_get_day_widget (view, day), widths[i], &n_checked);
      check_labels (GTK_WIDGET (rp_window_get_palette (fixture->window)), widths[i], &n_checked);
      g_test_message ("%u wrapping labels checked at %d px", n_checked, widths[i]);
      g_assert_cmpuint (n_checked, >, 7);
    }
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  UI_TEST_ADD ("/ui/sizes/minimum-width", test_minimum_width);
  UI_TEST_ADD ("/ui/sizes/narrow-stacks-days", test_narrow_stacks_days);
  UI_TEST_ADD ("/ui/sizes/narrow-up-down", test_narrow_up_down);
  UI_TEST_ADD ("/ui/sizes/wide-one-row", test_wide_one_row);
  UI_TEST_ADD ("/ui/sizes/narrow-month-fits", test_narrow_month_fits);
  UI_TEST_ADD ("/ui/sizes/month-card-icon-only", test_month_card_icon_only);
  UI_TEST_ADD ("/ui/sizes/no-word-split", test_no_word_split);

  return ui_test_run ();
}
