/* test-ui-season.c
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

/* The season (issue 11): the season view paints core's season chart, a
 * click or Enter on a week opens it in the week view, Left and Right
 * choose a week; Build Season sets the targets toward a race as one undo
 * step; the week operations (copy to, repeat, clear, down week) each
 * change the plan and undo. */

#include "config.h"

#include <adwaita.h>

#include "rp-chart-season.h"
#include "rp-plan-command.h"
#include "rp-planner.h"
#include "rp-season-dialog.h"
#include "rp-season-view.h"
#include "rp-season.h"
#include "ui-test-util.h"

static void
show_view (Fixture    *fixture,
           const char *view)
{
  g_action_group_activate_action (G_ACTION_GROUP (fixture->window), "view",
                                  g_variant_new_string (view));
  iterate (5);
}

static const char *
view_shown (Fixture *fixture)
{
  g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (fixture->window),
                                                               "view");
  static char name[16];

  g_strlcpy (name, g_variant_get_string (state, NULL), sizeof name);
  return name;
}

static RpSeasonView *
show_season (Fixture *fixture)
{
  RpSeasonView *view = rp_window_get_season_view (fixture->window);

  show_view (fixture, "season");
  wait_until_laid_out (rp_season_view_get_chart (view));
  g_assert_cmpstr (view_shown (fixture), ==, "season");
  return view;
}

/* The chart as GTK paints it: one pixel, as 0xRRGGBB. */
static guint32
chart_pixel (GtkWidget *chart,
             int        x,
             int        y)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (chart);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (chart));
  int width = gtk_widget_get_width (chart);
  int height = gtk_widget_get_height (chart);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  const guchar *p;

  g_assert_true (x >= 0 && x < width && y >= 0 && y < height);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  /* Cairo's ARGB32: B, G, R, A in memory on a little-endian machine. */
  p = pixels + ((gsize) y * width + x) * 4;
  return ((guint32) p[2] << 16) | ((guint32) p[1] << 8) | p[0];
}

static double
column_middle (RpSeasonView *view,
               RpDate        week)
{
  double x, w;

  g_assert_true (rp_season_view_get_week_extent (view, week, &x, &w));
  return x + w / 2;
}

static GtkGesture *
find_click (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        return GTK_GESTURE (controller);
    }
  g_assert_not_reached ();
  return NULL;
}

static gboolean
press_key (RpSeasonView *view,
           guint         keyval)
{
  return ui_test_press_key (GTK_WIDGET (view), keyval);
}

/* A plan of six weeks whose fourth is a week off: the chart has a column
 * with volume and one without. */
static RpPlan *
plan_with_week_off (RpDate start)
{
  RpPlan *plan = rp_plan_new (start, 6);

  rp_plan_set_week_target_override (plan, 3, 0);
  rp_planner_fill (plan);
  return plan;
}

static void
test_season_draws (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(RpPlan) plan = plan_with_week_off (fixture->week_start);
  g_autoptr(RpSeasonSummary) summary = rp_season_summary_new (plan);
  RpSeasonView *view;
  GtkWidget *chart;
  RpChartLayout layout;
  RpDate busy = fixture->week_start + 7, off = fixture->week_start + 3 * 7;
  guint n_shown;
  int y;

  g_assert_cmpint (summary->weeks[1].volume_m, >, 0);
  g_assert_cmpint (summary->weeks[3].volume_m, ==, 0);
  rp_window_set_plan (fixture->window, plan, NULL, NULL);
  rp_window_show_week (fixture->window, fixture->week_start + 5 * 7);
  view = show_season (fixture);
  chart = rp_season_view_get_chart (view);

  /* The whole short plan is shown, the last week selected. */
  g_assert_cmpuint (rp_season_view_get_first_week (view, &n_shown), ==, fixture->week_start);
  g_assert_cmpuint (n_shown, ==, 6);
  g_assert_cmpuint (rp_season_view_get_date (view), ==, fixture->week_start + 5 * 7);

  /* Halfway up the busy week's bar: the bar's colour there, not the
   * week off's (both columns unselected and not hovered). */
  rp_chart_season_get_layout (gtk_widget_get_width (chart), gtk_widget_get_height (chart),
                              &layout);
  y = (int) rp_chart_season_volume_y (summary, &layout, summary->weeks[1].volume_m / 2);
  g_assert_cmphex (chart_pixel (chart, (int) column_middle (view, busy), y), !=,
                   chart_pixel (chart, (int) column_middle (view, off), y));

  /* The selected week is named for screen readers, with its figures. */
  assert_has_label (GTK_WIDGET (view));
  assert_contains (rp_season_view_get_detail (view), "of");
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (view)));
}

static void
test_season_click_opens (Fixture       *fixture,
                         gconstpointer  data)
{
  RpSeasonView *view = show_season (fixture);
  GtkWidget *chart = rp_season_view_get_chart (view);
  RpDate week = fixture->week_start + 2 * 7;
  double x = column_middle (view, week);

  g_signal_emit_by_name (find_click (chart), "pressed", 1, x,
                         gtk_widget_get_height (chart) / 2.0);
  iterate (5);
  g_assert_cmpstr (view_shown (fixture), ==, "week");
  g_assert_cmpuint (rp_window_get_week_start (fixture->window), ==, week);
  /* Beside the weeks (the axis), a click opens nothing. */
  view = show_season (fixture);
  g_signal_emit_by_name (find_click (chart), "pressed", 1, 1.0,
                         gtk_widget_get_height (chart) / 2.0);
  iterate (5);
  g_assert_cmpstr (view_shown (fixture), ==, "season");
}

static void
test_season_keys (Fixture       *fixture,
                  gconstpointer  data)
{
  RpSeasonView *view = show_season (fixture);
  RpDate start = fixture->week_start;

  /* Shown, the view has the keyboard focus. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (view)));
  g_assert_cmpuint (rp_season_view_get_date (view), ==, start);

  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_cmpuint (rp_season_view_get_date (view), ==, start + 7);
  /* The window shows the week chosen: its title, its operations. */
  g_assert_cmpuint (rp_window_get_week_start (fixture->window), ==, start + 7);
  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_true (press_key (view, GDK_KEY_Left));
  g_assert_cmpuint (rp_season_view_get_date (view), ==, start + 7);
  /* The ends stop it. */
  g_assert_true (press_key (view, GDK_KEY_End));
  g_assert_cmpuint (rp_season_view_get_date (view), ==, start + 3 * 7);
  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_cmpuint (rp_season_view_get_date (view), ==, start + 3 * 7);
  g_assert_true (press_key (view, GDK_KEY_Home));
  g_assert_true (press_key (view, GDK_KEY_Left));
  g_assert_cmpuint (rp_season_view_get_date (view), ==, start);
  g_assert_false (press_key (view, GDK_KEY_a));

  /* Enter opens the selected week in the week view. */
  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_true (press_key (view, GDK_KEY_Return));
  g_assert_cmpstr (view_shown (fixture), ==, "week");
  g_assert_cmpuint (rp_window_get_week_start (fixture->window), ==, start + 7);
}

/* A ten-year plan: a window of weeks, scrolled, the selection kept in
 * sight. */
static void
test_season_scrolls (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(RpPlan) plan = rp_plan_new (fixture->week_start, 520);
  RpSeasonView *view;
  RpDate first;
  guint n_shown;

  rp_planner_fill (plan);
  rp_window_set_plan (fixture->window, plan, NULL, NULL);
  rp_window_show_week (fixture->window, fixture->week_start);
  view = show_season (fixture);

  first = rp_season_view_get_first_week (view, &n_shown);
  g_assert_cmpuint (first, ==, fixture->week_start);
  g_assert_cmpuint (n_shown, >, 4);
  g_assert_cmpuint (n_shown, <=, 52);
  rp_season_view_scroll (view, 10);
  g_assert_cmpuint (rp_season_view_get_first_week (view, NULL), ==, first + 70);
  rp_season_view_scroll (view, 10000);
  g_assert_cmpuint (rp_season_view_get_first_week (view, NULL), ==,
                    fixture->week_start + 7 * (520 - n_shown));
  rp_season_view_scroll (view, -10000);
  g_assert_cmpuint (rp_season_view_get_first_week (view, NULL), ==, fixture->week_start);

  /* Page Down selects a window further, and shows it. */
  g_assert_true (press_key (view, GDK_KEY_Page_Down));
  g_assert_cmpuint (rp_season_view_get_date (view), ==, fixture->week_start + 7 * n_shown);
  g_assert_cmpuint (rp_season_view_get_first_week (view, NULL), ==, fixture->week_start + 7);
  g_assert_true (press_key (view, GDK_KEY_End));
  g_assert_cmpuint (rp_season_view_get_first_week (view, NULL), ==,
                    fixture->week_start + 7 * (520 - n_shown));
}

/* A phone-wide window: the season fits (fewer weeks at a time), and the
 * window needs no more width for it. */
static void
test_season_narrow (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(RpPlan) plan = rp_plan_new (fixture->week_start, 104);
  RpSeasonView *view;
  GtkWidget *chart;
  guint wide_n, narrow_n;
  int minimum;

  rp_planner_fill (plan);
  rp_window_set_plan (fixture->window, plan, NULL, NULL);
  view = show_season (fixture);
  chart = rp_season_view_get_chart (view);
  rp_season_view_get_first_week (view, &wide_n);

  ui_test_resize (fixture->window, 400, 800);
  /* The window got that narrow; the season asks for less than a phone's
   * width (the header and the bottom bar decide the window's). */
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (fixture->window)), <=, 410);
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum,
                      NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  g_assert_cmpint (gtk_widget_get_width (chart), >, 200);
  rp_season_view_get_first_week (view, &narrow_n);
  g_assert_cmpuint (narrow_n, <, wide_n);
  g_assert_cmpuint (narrow_n, >=, 10);
  /* The selected week stays in sight. */
  g_assert_true (press_key (view, GDK_KEY_End));
  g_assert_true (rp_season_view_get_week_extent (view, rp_season_view_get_date (view),
                                                 &(double) { 0 }, &(double) { 0 }));
}

static GtkWidget *
find_toggle_with_tooltip (GtkWidget  *widget,
                          const char *tooltip)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toggle_with_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The palette is for the views that take its tiles: beside the Season
 * chart it is gone, and in a narrow window so is its button; back in
 * the Week view both return. */
static void
test_season_no_palette (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkWidget *palette = GTK_WIDGET (rp_window_get_palette (fixture->window));
  GtkWidget *palette_button = find_toggle_with_tooltip (GTK_WIDGET (fixture->window),
                                                        "Show Workouts");

  g_assert_nonnull (palette_button);
  g_assert_true (gtk_widget_get_mapped (palette));

  show_season (fixture);
  wait_ms (50);
  iterate (5);
  g_assert_false (gtk_widget_get_mapped (palette));
  show_view (fixture, "month");
  wait_until_laid_out (palette);

  /* Narrow: the palette folds behind its button, which the Season view
   * does not show. */
  ui_test_resize (fixture->window, 400, 800);
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && !gtk_widget_get_visible (palette_button); i++)
    wait_ms (10);
  g_assert_true (gtk_widget_get_visible (palette_button));
  show_season (fixture);
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && gtk_widget_get_visible (palette_button); i++)
    wait_ms (10);
  g_assert_false (gtk_widget_get_visible (palette_button));
  show_view (fixture, "week");
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && !gtk_widget_get_visible (palette_button); i++)
    wait_ms (10);
  g_assert_true (gtk_widget_get_visible (palette_button));
}

static RpSeasonDialog *
open_season_dialog (Fixture *fixture)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.build-season",
                                             NULL));
  iterate (5);
  dialog = find_toplevel (RP_TYPE_SEASON_DIALOG);
  g_assert_nonnull (dialog);
  return RP_SEASON_DIALOG (dialog);
}

static void
test_season_build (Fixture       *fixture,
                   gconstpointer  data)
{
  RpPlan *plan = rp_window_get_plan (fixture->window);
  RpHistory *history = rp_window_get_history (fixture->window);
  RpDate race = fixture->week_start + 12 * 7 + 6;
  RpSeasonDialog *dialog = open_season_dialog (fixture);
  guint race_week;

  /* It proposes the plan's goal race when there is one ahead. */
  {
    RpDate goal = fixture->week_start + 3 * 7 + 6;
    g_autoptr(RpWorkout) ten_k = rp_workout_new (RP_KIND_RACE);

    gtk_window_destroy (GTK_WINDOW (dialog));
    rp_workout_set_distance_m (ten_k, rp_race_distance_m (RP_RACE_10K));
    g_assert_nonnull (rp_plan_command_add (plan, NULL, goal, ten_k, NULL));
    dialog = open_season_dialog (fixture);
    g_assert_cmpuint (rp_season_dialog_get_race_date (dialog), ==, goal);
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, goal); i++)
      if (rp_workout_get_kind (rp_plan_get_workout (plan, goal, i)) == RP_KIND_RACE)
        g_assert_true (rp_plan_command_remove (plan, NULL, goal, i, NULL));
    g_assert_null (find_pinned (plan, goal, RP_KIND_RACE));
  }

  /* Core's refusal is said in the dialog; nothing changes. */
  rp_season_dialog_set_race (dialog, RP_RACE_HALF);
  rp_season_dialog_set_race_date (dialog, fixture->week_start - 30);
  g_assert_false (rp_season_dialog_build (dialog));
  g_assert_nonnull (rp_season_dialog_get_error (dialog));
  g_assert_false (rp_history_can_undo (history));
  g_assert_true (find_toplevel (RP_TYPE_SEASON_DIALOG) == GTK_WIDGET (dialog));

  rp_season_dialog_set_race_date (dialog, race);
  rp_season_dialog_set_volume_m (dialog, 40000);
  rp_season_dialog_set_first_week (dialog, fixture->week_start + 7);
  g_assert_true (rp_season_dialog_build (dialog));
  iterate (5);
  g_assert_null (find_toplevel (RP_TYPE_SEASON_DIALOG));

  /* The targets toward the race, each with its reason, and the race. */
  race_week = rp_plan_get_week_index (plan, race);
  g_assert_cmpint (rp_plan_get_week_target_reason (plan, race_week).code, ==,
                   RP_TARGET_REASON_RACE_WEEK);
  g_assert_cmpint (rp_plan_get_week_target_reason (plan, race_week - 1).code, ==,
                   RP_TARGET_REASON_TAPER);
  g_assert_cmpint (rp_plan_get_week_target_reason (plan, 1).code, ==, RP_TARGET_REASON_BUILD);
  g_assert_cmpint (rp_plan_get_week_target_reason (plan, 0).code, ==, RP_TARGET_REASON_NONE);
  g_assert_nonnull (find_pinned (plan, race, RP_KIND_RACE));
  /* The runner sees the season. */
  g_assert_cmpstr (view_shown (fixture), ==, "season");

  /* One undo step takes it all back. */
  g_assert_true (rp_history_can_undo (history));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Build Season");
  rp_history_undo (history);
  g_assert_false (rp_history_can_undo (history));
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 4);
  g_assert_cmpint (rp_plan_get_week_target_reason (plan, 1).code, ==, RP_TARGET_REASON_NONE);
}

static void
add_tempo (Fixture *fixture,
           RpDate   date)
{
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);

  g_assert_nonnull (rp_plan_command_add (rp_window_get_plan (fixture->window),
                                         rp_window_get_history (fixture->window),
                                         date, tempo, NULL));
}

static void
test_week_copy_to (Fixture       *fixture,
                   gconstpointer  data)
{
  RpPlan *plan = rp_window_get_plan (fixture->window);
  RpHistory *history = rp_window_get_history (fixture->window);
  RpDate day = fixture->week_start + 1, target = fixture->week_start + 2 * 7 + 1;
  AdwMessageDialog *dialog;
  g_autoptr(GDateTime) time = NULL;
  GDate date;

  add_tempo (fixture, day);
  g_assert_null (find_pinned (plan, target, RP_KIND_TEMPO));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "week.copy-to", NULL));
  dialog = wait_for_dialog ();
  rp_date_to_gdate (target + 2, &date);
  time = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);
  gtk_calendar_select_day (GTK_CALENDAR (adw_message_dialog_get_extra_child (dialog)), time);
  respond (dialog, "copy");

  g_assert_nonnull (find_pinned (plan, target, RP_KIND_TEMPO));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Copy Week");
  /* The window shows where it went. */
  g_assert_cmpuint (rp_window_get_week_start (fixture->window), ==, target - 1);
  rp_history_undo (history);
  g_assert_null (find_pinned (plan, target, RP_KIND_TEMPO));
  g_assert_nonnull (find_pinned (plan, day, RP_KIND_TEMPO));
}

static void
test_week_repeat (Fixture       *fixture,
                  gconstpointer  data)
{
  RpPlan *plan = rp_window_get_plan (fixture->window);
  RpHistory *history = rp_window_get_history (fixture->window);
  RpDate day = fixture->week_start + 1;
  AdwMessageDialog *dialog;
  GtkWidget *box;

  add_tempo (fixture, day);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "week.repeat", NULL));
  dialog = wait_for_dialog ();
  box = adw_message_dialog_get_extra_child (dialog);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (gtk_widget_get_last_child (box)), 2);
  assert_has_label (gtk_widget_get_last_child (box));
  respond (dialog, "repeat");

  g_assert_nonnull (find_pinned (plan, day + 7, RP_KIND_TEMPO));
  g_assert_nonnull (find_pinned (plan, day + 14, RP_KIND_TEMPO));
  g_assert_null (find_pinned (plan, day + 21, RP_KIND_TEMPO));
  rp_history_undo (history);
  g_assert_null (find_pinned (plan, day + 7, RP_KIND_TEMPO));
  g_assert_null (find_pinned (plan, day + 14, RP_KIND_TEMPO));

  /* Cancelled, nothing happens. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "week.repeat", NULL));
  respond (wait_for_dialog (), "cancel");
  g_assert_null (find_pinned (plan, day + 7, RP_KIND_TEMPO));
}

/* Clear and Make Down Week act on the week shown, in the season view the
 * week selected there. */
static void
test_week_clear_and_down (Fixture       *fixture,
                          gconstpointer  data)
{
  RpPlan *plan = rp_window_get_plan (fixture->window);
  RpHistory *history = rp_window_get_history (fixture->window);
  RpDate day = fixture->week_start + 7 + 2;
  RpSeasonView *view;

  add_tempo (fixture, day);
  view = show_season (fixture);
  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_cmpuint (rp_window_get_week_start (fixture->window), ==, fixture->week_start + 7);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "week.clear", NULL));
  iterate (3);
  g_assert_null (find_pinned (plan, day, RP_KIND_TEMPO));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Clear Week");
  rp_history_undo (history);
  g_assert_nonnull (find_pinned (plan, day, RP_KIND_TEMPO));

  /* A week with none of the runner's workouts: core refuses, a toast
   * says why, nothing changes. */
  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "week.clear", NULL));
  g_assert_nonnull (rp_window_get_last_message (fixture->window));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Add Tempo");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "week.make-down",
                                             NULL));
  iterate (3);
  g_assert_cmpint (rp_plan_get_week_target_reason (plan, 2).code, ==, RP_TARGET_REASON_DOWN);
  g_assert_cmpint (rp_plan_get_week_target (plan, 2), <, rp_plan_get_week_target (plan, 1));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Make Down Week");
  assert_contains (rp_season_view_get_detail (view), "Down week");
  rp_history_undo (history);
  g_assert_cmpint (rp_plan_get_week_target_reason (plan, 2).code, ==, RP_TARGET_REASON_NONE);
}

/* The week's menu (Menu, Shift+F10, a secondary click) offers the week
 * operations on the selected week, and Open Week. */
static void
test_season_week_menu (Fixture       *fixture,
                       gconstpointer  data)
{
  RpSeasonView *view = show_season (fixture);
  GtkWidget *menu = rp_season_view_get_menu (view);

  g_assert_true (GTK_IS_POPOVER_MENU (menu));
  g_assert_false (gtk_widget_get_visible (menu));
  g_assert_true (press_key (view, GDK_KEY_Right));
  g_assert_true (press_key (view, GDK_KEY_Menu));
  g_assert_true (gtk_widget_get_visible (menu));
  gtk_popover_popdown (GTK_POPOVER (menu));
  iterate (3);

  /* Its actions resolve from the view: the window's week operations. */
  g_assert_true (gtk_widget_activate_action (menu, "week.make-down", NULL));
  iterate (3);
  g_assert_cmpint (rp_plan_get_week_target_reason (rp_window_get_plan (fixture->window), 1).code,
                   ==, RP_TARGET_REASON_DOWN);
  g_assert_true (gtk_widget_activate_action (menu, "season.open-week", NULL));
  iterate (3);
  g_assert_cmpstr (view_shown (fixture), ==, "week");
  g_assert_cmpuint (rp_window_get_week_start (fixture->window), ==, fixture->week_start + 7);
}

/* The view is a setting (in memory for the whole program): the next
 * test's window opens on the week again. */
static void
tear_down (Fixture       *fixture,
           gconstpointer  data)
{
  show_view (fixture, "week");
  fixture_tear_down (fixture, data);
}

#define SEASON_TEST_ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, tear_down)

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  SEASON_TEST_ADD ("/ui/season/draws", test_season_draws);
  SEASON_TEST_ADD ("/ui/season/click-opens", test_season_click_opens);
  SEASON_TEST_ADD ("/ui/season/keys", test_season_keys);
  SEASON_TEST_ADD ("/ui/season/scrolls", test_season_scrolls);
  SEASON_TEST_ADD ("/ui/season/week-menu", test_season_week_menu);
  SEASON_TEST_ADD ("/ui/season/narrow", test_season_narrow);
  SEASON_TEST_ADD ("/ui/season/no-palette", test_season_no_palette);
  SEASON_TEST_ADD ("/ui/season/build", test_season_build);
  SEASON_TEST_ADD ("/ui/season/week-copy-to", test_week_copy_to);
  SEASON_TEST_ADD ("/ui/season/week-repeat", test_week_repeat);
  SEASON_TEST_ADD ("/ui/season/week-clear-and-down", test_week_clear_and_down);

  return ui_test_run ();
}
