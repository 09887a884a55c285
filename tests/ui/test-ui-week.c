/* test-ui-week.c
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

/* Widget tests of the week and month views with the real widgets on a
 * real (headless) display: the palette, drops, the chart, undo and redo,
 * keyboard paths and accessible labels. */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-month-cell.h"
#include "rp-palette-tile.h"
#include "rp-day-column.h"
#include "rp-ui-util.h"
#include "rp-reason.h"
#include "rp-planner.h"
#include "rp-settings-window.h"
#include "rp-window.h"
#include "rp-workout-card.h"
#include "rp-workout-editor.h"
#include "ui-test-util.h"

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }

  return NULL;
}

static GtkDragSource *
find_drag_source (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller))
        return GTK_DRAG_SOURCE (controller);
    }

  return NULL;
}

/* What a drag source offers: the RpWorkout in its content provider. */
static RpWorkout *
drag_source_workout (GtkWidget *widget)
{
  GtkDragSource *source = find_drag_source (widget);
  g_autoptr(GdkContentProvider) provider = NULL;
  g_auto(GValue) value = G_VALUE_INIT;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (source);
  g_signal_emit_by_name (source, "prepare", 4.0, 4.0, &provider);
  g_assert_nonnull (provider);
  g_value_init (&value, RP_TYPE_WORKOUT);
  g_assert_true (gdk_content_provider_get_value (provider, &value, &error));
  g_assert_no_error (error);

  return g_value_dup_object (&value);
}

/* Emits the view's drop target "drop" at the centre of target_widget, as
 * GTK does when a drag ends there. */
static gboolean
drop_on (GtkWidget *drop_widget,
         GtkWidget *target_widget,
         RpWorkout *workout)
{
  GtkDropTarget *target = find_drop_target (drop_widget);
  g_auto(GValue) value = G_VALUE_INIT;
  graphene_point_t centre;
  gboolean handled = FALSE;

  g_assert_nonnull (target);
  g_assert_true (gtk_widget_compute_point (target_widget, drop_widget,
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (target_widget) / 2.0f,
                                                                 gtk_widget_get_height (target_widget) / 2.0f),
                                           &centre));
  g_value_init (&value, RP_TYPE_WORKOUT);
  g_value_set_object (&value, workout);
  g_signal_emit_by_name (target, "drop", &value, (double) centre.x, (double) centre.y, &handled);

  return handled;
}

static gboolean
day_has_kind (RpPlan *plan,
              RpDate  date,
              RpKind  kind)
{
  for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
    if (rp_workout_get_kind (rp_plan_get_workout (plan, date, i)) == kind)
      return TRUE;

  return FALSE;
}

static gboolean
cards_show_kind (RpWeekView *view,
                 guint       day,
                 RpKind      kind,
                 gboolean    pinned)
{
  for (guint i = 0; i < rp_week_view_get_n_cards (view, day); i++)
    {
      RpWorkoutCard *card = RP_WORKOUT_CARD (rp_week_view_get_card (view, day, i));
      RpWorkout *workout = rp_workout_card_get_workout (card);

      if (rp_workout_get_kind (workout) == kind && rp_workout_get_pinned (workout) == pinned
          && gtk_widget_has_css_class (GTK_WIDGET (card), pinned ? "pinned" : "engine"))
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
palette_tile (RpWindow *window,
              RpKind    kind)
{
  RpPalette *palette = rp_window_get_palette (window);

  for (guint i = 0; i < rp_palette_get_n_tiles (palette); i++)
    if (rp_palette_get_tile_kind (palette, i) == kind)
      return rp_palette_get_tile (palette, i);

  g_assert_not_reached ();
}

/* Renders a widget as GTK would paint it and returns the pixels. */
static GBytes *
render_widget (GtkWidget *widget)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (widget));
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guchar *pixels;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  pixels = g_malloc ((gsize) width * height * 4);
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  return g_bytes_new_take (pixels, (gsize) width * height * 4);
}

static void
test_palette_hard_kinds (Fixture       *fixture,
                         gconstpointer  data)
{
  RpPalette *palette = rp_window_get_palette (fixture->window);
  guint seen = 0;
  guint n_hard = 0;

  for (RpKind kind = 0; kind < RP_N_KINDS; kind++)
    if (rp_kind_is_hard (kind))
      n_hard++;
  g_assert_cmpuint (rp_palette_get_n_tiles (palette), ==, n_hard);

  for (guint i = 0; i < rp_palette_get_n_tiles (palette); i++)
    {
      GtkWidget *tile = rp_palette_get_tile (palette, i);
      RpKind kind = rp_palette_get_tile_kind (palette, i);
      g_autoptr(RpWorkout) offered = drag_source_workout (tile);

      g_assert_true (rp_kind_is_hard (kind));
      g_assert_cmpint (rp_workout_get_kind (offered), ==, kind);
      g_assert_true (rp_workout_get_pinned (offered));
      /* No size of its own: it gets the planner's for the week it lands
       * in (rp_plan_command_add), the size `add` gives (issue 10). */
      g_assert_cmpint (rp_workout_get_distance_m (offered), <, 0);
      g_assert_cmpint (rp_workout_get_duration_s (offered), <, 0);
      g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (tile),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
      g_assert_true (gtk_widget_get_focusable (tile));
      seen |= 1u << kind;
    }

  for (RpKind kind = 0; kind < RP_N_KINDS; kind++)
    g_assert_cmpint (!!(seen & (1u << kind)), ==, rp_kind_is_hard (kind));
}

static void
test_drop_fills_week (Fixture       *fixture,
                      gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  GtkWidget *day1 = rp_week_view_get_day_widget (view, 1);
  GtkWidget *chart = rp_window_get_chart (fixture->window);
  RpDate tuesday = fixture->week_start + 1;
  g_autoptr(RpWorkout) tempo = drag_source_workout (palette_tile (fixture->window, RP_KIND_TEMPO));
  g_autoptr(GBytes) chart_before = NULL;
  g_autoptr(GBytes) chart_after = NULL;

  g_assert_nonnull (chart);
  wait_until_laid_out (chart);
  chart_before = render_widget (chart);
  g_assert_false (cards_show_kind (view, 2, RP_KIND_RECOVERY, FALSE));

  g_assert_true (drop_on (gtk_widget_get_parent (day1), day1, tempo));

  /* The core placed it and re-filled the week... */
  g_assert_nonnull (find_pinned (fixture->plan, tuesday, RP_KIND_TEMPO));
  g_assert_true (day_has_kind (fixture->plan, tuesday + 1, RP_KIND_RECOVERY));
  /* ...and the views show it at once, from the plan's "changed". */
  g_assert_true (cards_show_kind (view, 1, RP_KIND_TEMPO, TRUE));
  g_assert_true (cards_show_kind (view, 2, RP_KIND_RECOVERY, FALSE));
  g_assert_false (cards_show_kind (view, 1, RP_KIND_EASY, FALSE));

  wait_ms (50);
  chart_after = render_widget (chart);
  g_assert_false (g_bytes_equal (chart_before, chart_after));
}

static void
test_undo_redo_exact (Fixture       *fixture,
                      gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  GtkWidget *day3 = rp_week_view_get_day_widget (view, 3);
  GtkWidget *day5 = rp_week_view_get_day_widget (view, 5);
  g_autoptr(RpPlan) original = rp_plan_copy (fixture->plan);
  g_autoptr(RpPlan) after_one = NULL;
  g_autoptr(RpPlan) after_two = NULL;
  g_autoptr(RpWorkout) intervals = drag_source_workout (palette_tile (fixture->window,
                                                                     RP_KIND_INTERVALS));
  g_autoptr(RpWorkout) long_run = drag_source_workout (palette_tile (fixture->window,
                                                                    RP_KIND_LONG));

  g_assert_true (drop_on (gtk_widget_get_parent (day3), day3, intervals));
  after_one = rp_plan_copy (fixture->plan);
  g_assert_true (drop_on (gtk_widget_get_parent (day5), day5, long_run));
  after_two = rp_plan_copy (fixture->plan);
  g_assert_false (rp_plan_equal (after_one, after_two));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.undo", NULL);
  g_assert_true (rp_plan_equal (fixture->plan, after_one));
  g_assert_false (cards_show_kind (view, 5, RP_KIND_LONG, TRUE));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.undo", NULL);
  g_assert_true (rp_plan_equal (fixture->plan, original));
  g_assert_false (cards_show_kind (view, 3, RP_KIND_INTERVALS, TRUE));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.redo", NULL);
  g_assert_true (rp_plan_equal (fixture->plan, after_one));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.redo", NULL);
  g_assert_true (rp_plan_equal (fixture->plan, after_two));
  g_assert_true (cards_show_kind (view, 5, RP_KIND_LONG, TRUE));
}

static void
test_move_and_copy_card (Fixture       *fixture,
                         gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  GtkWidget *day1 = rp_week_view_get_day_widget (view, 1);
  GtkWidget *day4 = rp_week_view_get_day_widget (view, 4);
  RpDate tuesday = fixture->week_start + 1;
  g_autoptr(RpWorkout) hills = drag_source_workout (palette_tile (fixture->window, RP_KIND_HILLS));
  g_autoptr(RpWorkout) offered = NULL;
  GtkWidget *card = NULL;

  g_assert_true (drop_on (gtk_widget_get_parent (day1), day1, hills));
  for (guint i = 0; i < rp_week_view_get_n_cards (view, 1); i++)
    if (gtk_widget_has_css_class (rp_week_view_get_card (view, 1, i), "pinned"))
      card = rp_week_view_get_card (view, 1, i);
  g_assert_nonnull (card);

  /* A card's drag source offers the plan's own workout, so the drop moves it. */
  offered = drag_source_workout (card);
  g_assert_true (offered == find_pinned (fixture->plan, tuesday, RP_KIND_HILLS));
  g_assert_true (drop_on (gtk_widget_get_parent (day4), day4, offered));
  g_assert_null (find_pinned (fixture->plan, tuesday, RP_KIND_HILLS));
  g_assert_nonnull (find_pinned (fixture->plan, tuesday + 3, RP_KIND_HILLS));
  g_assert_true (day_has_kind (fixture->plan, tuesday + 4, RP_KIND_RECOVERY));
  g_assert_true (cards_show_kind (view, 4, RP_KIND_HILLS, TRUE));
}

/* The class shortcut (keyboard binding) of widget for trigger, as text. */
static char *
binding_for (GtkWidget  *widget,
             const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));

          if (g_strcmp0 (text, trigger) == 0)
            return gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));
        }
    }

  return NULL;
}

static void
assert_binding (GtkWidget  *widget,
                const char *trigger,
                const char *action)
{
  g_autofree char *text = binding_for (widget, trigger);
  g_autofree char *expected = g_strdup_printf ("action(%s)", action);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_keyboard_add_tempo_and_undo (Fixture       *fixture,
                                  gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  RpDate thursday = fixture->week_start + 3;
  g_autoptr(RpPlan) original = rp_plan_copy (fixture->plan);
  RpWorkoutEditor *editor;

  /* The keys exist: Ctrl+Shift+N adds, Ctrl+Z undoes, Enter saves in the editor. */
  assert_binding (GTK_WIDGET (fixture->window), "<Shift><Control>n", "plan.add-workout");
  assert_binding (GTK_WIDGET (fixture->window), "<Control>z", "plan.undo");
  assert_binding (GTK_WIDGET (fixture->window), "<Shift><Control>z", "plan.redo");

  /* Focus a day as the arrow keys would, then what Ctrl+Shift+N does. */
  rp_week_view_focus_day (view, thursday);
  g_assert_true (gtk_widget_has_focus (rp_week_view_get_day_widget (view, 3)));
  g_assert_cmpuint (rp_week_view_get_focus_date (view), ==, thursday);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.add-workout", NULL);
  iterate (3);

  editor = RP_WORKOUT_EDITOR (find_toplevel (RP_TYPE_WORKOUT_EDITOR));
  g_assert_nonnull (editor);
  g_assert_cmpint (rp_workout_editor_get_kind (editor), ==, RP_KIND_TEMPO);
  assert_binding (GTK_WIDGET (editor), "<Control>Return", "editor.save");
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL);
  iterate (3);

  g_assert_nonnull (find_pinned (fixture->plan, thursday, RP_KIND_TEMPO));
  g_assert_true (day_has_kind (fixture->plan, thursday + 1, RP_KIND_RECOVERY));
  g_assert_true (cards_show_kind (view, 3, RP_KIND_TEMPO, TRUE));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.undo", NULL);
  g_assert_true (rp_plan_equal (fixture->plan, original));
  g_assert_false (cards_show_kind (view, 3, RP_KIND_TEMPO, TRUE));
}

static void
test_keyboard_palette_and_move (Fixture       *fixture,
                                gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  RpDate tuesday = fixture->week_start + 1;
  GtkWidget *tile = palette_tile (fixture->window, RP_KIND_INTERVALS);
  GtkWidget *card;

  /* Enter on a palette tile places it on the focused day. */
  rp_week_view_focus_day (view, tuesday);
  gtk_widget_grab_focus (tile);
  gtk_widget_activate_action (tile, "plan.place-kind", "s", "intervals");
  g_assert_nonnull (find_pinned (fixture->plan, tuesday, RP_KIND_INTERVALS));

  /* Alt+Right on the card moves it a day (plan.move-workout). */
  card = rp_week_view_get_card (view, 1, 0);
  g_assert_true (RP_IS_WORKOUT_CARD (card));
  assert_binding (card, "<Alt>Right", "card.move");
  assert_binding (card, "Delete", "card.remove");
  gtk_widget_activate_action (card, "card.move", "i", 1);
  g_assert_null (find_pinned (fixture->plan, tuesday, RP_KIND_INTERVALS));
  g_assert_nonnull (find_pinned (fixture->plan, tuesday + 1, RP_KIND_INTERVALS));
  /* The focus followed the card. */
  card = rp_week_view_get_card (view, 2, 0);
  g_assert_true (gtk_widget_has_focus (card));

  /* Delete removes it. */
  gtk_widget_activate_action (card, "card.remove", NULL);
  g_assert_null (find_pinned (fixture->plan, tuesday + 1, RP_KIND_INTERVALS));
}

static void
test_copy_paste_day (Fixture       *fixture,
                     gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  RpDate tuesday = fixture->week_start + 1;

  rp_week_view_focus_day (view, tuesday);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "fartlek");
  assert_binding (GTK_WIDGET (fixture->window), "<Control>c", "plan.copy-day");
  assert_binding (GTK_WIDGET (fixture->window), "<Control>v", "plan.paste-day");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.copy-day", NULL);
  rp_week_view_focus_day (view, tuesday + 3);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.paste-day", NULL);

  g_assert_nonnull (find_pinned (fixture->plan, tuesday, RP_KIND_FARTLEK));
  g_assert_nonnull (find_pinned (fixture->plan, tuesday + 3, RP_KIND_FARTLEK));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.undo", NULL);
  g_assert_null (find_pinned (fixture->plan, tuesday + 3, RP_KIND_FARTLEK));
}

/* Every control in the window's tree that can be focused or clicked. */
static void
assert_controls_labelled (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *type = G_OBJECT_TYPE_NAME (child);

      /* Library-internal composites (toasts, window buttons) are theirs to label. */
      if (!gtk_widget_get_visible (child) || g_str_equal (type, "AdwToastWidget")
          || g_str_equal (type, "GtkWindowControls") || g_str_equal (type, "AdwViewSwitcher"))
        continue;
      if (GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child) || RP_IS_WORKOUT_CARD (child)
          || RP_IS_PALETTE_TILE (child) || RP_IS_DAY_COLUMN (child) || RP_IS_MONTH_CELL (child)
          || (gtk_widget_get_focusable (child) && GTK_IS_BOX (child)))
        {
          if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (child),
                                                 GTK_ACCESSIBLE_PROPERTY_LABEL))
            g_error ("%s in %s has no accessible label", G_OBJECT_TYPE_NAME (child),
                     G_OBJECT_TYPE_NAME (widget));
        }
      /* The parts of a composite control are labelled by the control. */
      if (!GTK_IS_MENU_BUTTON (child) && !GTK_IS_SPIN_BUTTON (child))
        assert_controls_labelled (child);
    }
}

static void
test_accessible_labels (Fixture       *fixture,
                        gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  RpDate tuesday = fixture->week_start + 1;
  GtkWidget *card;
  g_autofree char *expected = NULL;
  GtkWidget *settings;

  /* A 5K in 19:57 (VDOT 49.95): T, 88 % of it, is 255.4 s/km, 4:15/km. */
  rp_athlete_set_race_result (rp_plan_get_athlete (fixture->plan), 5000, 19 * 60 + 57);
  rp_week_view_focus_day (view, tuesday);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "tempo");
  card = rp_week_view_get_card (view, 1, 0);
  g_assert_cmpint (rp_workout_get_kind (rp_workout_card_get_workout (RP_WORKOUT_CARD (card))), ==,
                   RP_KIND_TEMPO);
  assert_has_label (card);
  /* The engine's default tempo at the default 40 km: its work inside the
   * 10 % threshold share of 38.8 km (40 km less 3 %), 3.88 ÷ 0.55 → 7.0 km;
   * a session's pace is its work's (issue 9). */
  expected = g_strdup_printf ("Tempo, 7.0 km, work at 4:15/km, placed by you");
  assert_label (card, expected);

  assert_has_label (rp_week_view_get_day_widget (view, 0));
  assert_has_label (rp_week_view_get_summary (view));
  assert_has_label (GTK_WIDGET (rp_window_get_palette (fixture->window)));
  assert_has_label (rp_window_get_chart (fixture->window));
  /* The month's cells too (named once it has shown a month). */
  g_assert_cmpuint (rp_month_view_get_n_weeks (rp_window_get_month_view (fixture->window)), >, 0);
  assert_controls_labelled (GTK_WIDGET (fixture->window));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.settings", NULL);
  iterate (3);
  settings = find_toplevel (RP_TYPE_SETTINGS_WINDOW);
  g_assert_nonnull (settings);
  assert_controls_labelled (settings);
}

static void
test_month_drop (Fixture       *fixture,
                 gconstpointer  data)
{
  RpMonthView *month = rp_window_get_month_view (fixture->window);
  RpDate date = fixture->week_start + 9;   /* next week's Wednesday */
  GtkWidget *cell;
  g_autoptr(RpWorkout) race = drag_source_workout (palette_tile (fixture->window, RP_KIND_RACE));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "month");
  rp_month_view_set_date (month, date);
  cell = rp_month_view_get_day_widget (month, date);
  g_assert_nonnull (cell);
  wait_until_laid_out (cell);
  assert_has_label (cell);

  g_assert_true (drop_on (GTK_WIDGET (month), cell, race));
  g_assert_nonnull (find_pinned (fixture->plan, date, RP_KIND_RACE));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "week");
}

/* Whether a month cell shows a card of kind. */
static gboolean
month_cell_shows (GtkWidget *cell,
                  RpKind     kind)
{
  GtkWidget *cards = gtk_widget_get_last_child (cell);

  for (GtkWidget *card = gtk_widget_get_first_child (cards);
       card != NULL;
       card = gtk_widget_get_next_sibling (card))
    if (rp_workout_get_kind (rp_workout_card_get_workout (RP_WORKOUT_CARD (card))) == kind)
      return TRUE;

  return FALSE;
}

/* Every card of the week shows the plan's workout at its index. */
static void
assert_week_cards_match (RpWeekView *view,
                         RpPlan     *plan)
{
  RpDate start = rp_week_view_get_week_start (view);

  for (guint day = 0; day < 7; day++)
    {
      guint n = rp_plan_get_n_workouts (plan, start + day);

      g_assert_cmpuint (rp_week_view_get_n_cards (view, day), ==, n);
      for (guint i = 0; i < n; i++)
        {
          RpWorkoutCard *card = RP_WORKOUT_CARD (rp_week_view_get_card (view, day, i));

          g_assert_true (rp_workout_card_get_workout (card)
                         == rp_plan_get_workout (plan, start + day, i));
          g_assert_cmpuint (rp_workout_card_get_index (card), ==, i);
          g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (card),
                                                   rp_workout_get_pinned (rp_workout_card_get_workout (card))
                                                   ? "pinned" : "engine")
                         || rp_workout_get_kind (rp_workout_card_get_workout (card)) == RP_KIND_REST);
        }
    }
}

/* Cards are reused, not rebuilt: a week switch keeps the widgets and
 * shows the other week's workouts in them. */
static void
test_week_reuses_cards (Fixture       *fixture,
                        gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  RpDate tuesday = fixture->week_start + 1;
  GtkWidget *sunday_card = rp_week_view_get_card (view, 6, 0);
  char *message;

  g_assert_nonnull (sunday_card);
  /* A 5K in 19:57 (VDOT 49.95): T, 88 % of it, is 255.4 s/km, 4:15/km. */
  rp_athlete_set_race_result (rp_plan_get_athlete (fixture->plan), 5000, 19 * 60 + 57);
  rp_week_view_focus_day (view, tuesday);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "tempo");
  assert_week_cards_match (view, fixture->plan);
  g_assert_true (rp_week_view_get_card (view, 6, 0) == sunday_card);

  rp_window_show_week (fixture->window, fixture->week_start + 7);
  assert_week_cards_match (view, fixture->plan);
  g_assert_true (rp_week_view_get_card (view, 6, 0) == sunday_card);
  g_assert_false (cards_show_kind (view, 1, RP_KIND_TEMPO, TRUE));

  rp_window_show_week (fixture->window, fixture->week_start);
  assert_week_cards_match (view, fixture->plan);
  g_assert_true (cards_show_kind (view, 1, RP_KIND_TEMPO, TRUE));

  /* The tooltip is written on demand; screen readers get it at once. */
  g_assert_null (gtk_widget_get_tooltip_text (rp_week_view_get_card (view, 1, 0)));
  g_assert_true (gtk_widget_get_has_tooltip (rp_week_view_get_card (view, 1, 0)));
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (rp_week_view_get_card (view, 1, 0)),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                "Placed by you");
  if (message != NULL)
    g_error ("%s", message);
}

/* The hidden month view catches up with edits made in the week view when
 * it is shown. */
static void
test_month_catches_up (Fixture       *fixture,
                       gconstpointer  data)
{
  RpMonthView *month = rp_window_get_month_view (fixture->window);
  RpDate thursday = fixture->week_start + 3;

  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (month)));
  rp_week_view_focus_day (rp_window_get_week_view (fixture->window), thursday);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "hills");
  g_assert_nonnull (find_pinned (fixture->plan, thursday, RP_KIND_HILLS));

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "month");
  iterate (3);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (month)));
  g_assert_true (month_cell_shows (rp_month_view_get_day_widget (month, thursday),
                                   RP_KIND_HILLS));

  /* And an undo made while it is shown updates it at once. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.undo", NULL);
  g_assert_false (month_cell_shows (rp_month_view_get_day_widget (month, thursday),
                                    RP_KIND_HILLS));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "week");
}

/* Next and previous step by calendar months in the month view, through a
 * 10-year plan: four weeks from 1 January would stay in January. */
static void
test_month_steps_through_long_plan (Fixture       *fixture,
                                    gconstpointer  data)
{
  RpDate start = rp_date_from_ymd (2026, 1, 5);
  g_autoptr(RpPlan) plan = rp_plan_new (start, 520);
  RpMonthView *month = rp_window_get_month_view (fixture->window);
  GDate gdate;

  for (guint week = 0; week < 520; week++)
    {
      g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);

      rp_workout_set_pinned (tempo, TRUE);
      rp_plan_insert_workout (plan, start + week * 7 + 3, G_MAXUINT, tempo, NULL);
    }
  rp_planner_fill (plan);
  rp_window_set_plan (fixture->window, plan, NULL, NULL);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "month");
  rp_window_show_week (fixture->window, rp_date_from_ymd (2032, 1, 1));  /* a Thursday */

  for (guint i = 1; i <= 24; i++)
    {
      RpDate first;

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "week.next", NULL);
      rp_date_to_gdate (rp_window_get_week_start (fixture->window) + 3, &gdate);
      g_assert_cmpint (g_date_get_month (&gdate), ==, (i % 12) + 1);
      g_assert_cmpint (g_date_get_year (&gdate), ==, 2032 + (int) i / 12);

      /* The grid shows that month, its Thursdays with their tempo runs. */
      first = rp_month_view_get_first_day (month);
      g_assert_cmpuint (rp_month_view_get_n_weeks (month), >=, 4);
      g_assert_cmpuint (rp_month_view_get_n_weeks (month), <=, 6);
      for (guint week = 0; week < rp_month_view_get_n_weeks (month); week++)
        g_assert_true (month_cell_shows (rp_month_view_get_day_widget (month, first + week * 7 + 3),
                                         RP_KIND_TEMPO));
    }

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "week.previous", NULL);
  rp_date_to_gdate (rp_window_get_week_start (fixture->window) + 3, &gdate);
  g_assert_cmpint (g_date_get_month (&gdate), ==, 12);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 520);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "week");
}

/* Keyboard: a month day takes the focus; Ctrl+Shift+N adds to that day and
 * Enter opens it in the week. */
static void
test_month_keyboard (Fixture       *fixture,
                     gconstpointer  data)
{
  RpMonthView *month = rp_window_get_month_view (fixture->window);
  RpDate date = fixture->week_start + 9;   /* next week's Wednesday */
  RpDate focused = 0;
  GtkWidget *editor;
  GtkWidget *cell;

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "month");
  rp_month_view_set_date (month, date);
  cell = rp_month_view_get_day_widget (month, date);
  g_assert_nonnull (cell);
  wait_until_laid_out (cell);
  /* With the focus outside the grid, no day is the focused one. */
  g_assert_true (gtk_widget_grab_focus (rp_palette_get_tile (rp_window_get_palette (fixture->window),
                                                            0)));
  g_assert_false (rp_month_view_get_focus_date (month, &focused));
  g_assert_true (gtk_widget_get_focusable (cell));
  g_assert_true (gtk_widget_grab_focus (cell));
  g_assert_true (rp_month_view_get_focus_date (month, &focused));
  g_assert_cmpuint (focused, ==, date);
  g_assert_true (RP_IS_MONTH_CELL (cell));
  {
    g_autofree char *binding = binding_for (cell, "Return");

    g_assert_cmpstr (binding, ==, "signal(activate)");
  }
  assert_binding (GTK_WIDGET (fixture->window), "<Shift><Control>n", "plan.add-workout");

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.add-workout", NULL);
  iterate (3);
  editor = find_toplevel (RP_TYPE_WORKOUT_EDITOR);
  g_assert_nonnull (editor);
  rp_workout_editor_set_kind (RP_WORKOUT_EDITOR (editor), RP_KIND_REPETITIONS);
  rp_workout_editor_set_distance_text (RP_WORKOUT_EDITOR (editor), "8km");
  g_assert_true (rp_workout_editor_save (RP_WORKOUT_EDITOR (editor)));
  iterate (3);
  g_assert_nonnull (find_pinned (fixture->plan, date, RP_KIND_REPETITIONS));

  cell = rp_month_view_get_day_widget (month, date);
  g_assert_true (gtk_widget_grab_focus (cell));
  g_assert_true (gtk_widget_activate (cell));
  iterate (3);
  g_assert_cmpuint (rp_week_view_get_focus_date (rp_window_get_week_view (fixture->window)), ==,
                    date);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "week");
}

static gboolean
emit_dropped (RpWeekView    *view,
              RpWorkout     *workout,
              RpDate         date,
              GdkDragAction  action)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (view, "workout-dropped", workout, (guint) date, action, &handled);
  return handled;
}

/* The view only reports the drop; the window's edit follows its action:
 * COPY leaves the card where it was, MOVE takes it along. */
static void
test_drop_signal_move_copy (Fixture       *fixture,
                            gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  RpDate tuesday = fixture->week_start + 1;
  RpWorkout *hills;

  rp_week_view_focus_day (view, tuesday);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "hills");
  hills = find_pinned (fixture->plan, tuesday, RP_KIND_HILLS);
  g_assert_nonnull (hills);

  g_assert_true (emit_dropped (view, hills, tuesday + 2, GDK_ACTION_COPY));
  g_assert_nonnull (find_pinned (fixture->plan, tuesday, RP_KIND_HILLS));
  g_assert_nonnull (find_pinned (fixture->plan, tuesday + 2, RP_KIND_HILLS));
  g_assert_cmpstr (rp_history_get_undo_label (rp_window_get_history (fixture->window)), ==,
                   "Copy Hills");

  hills = find_pinned (fixture->plan, tuesday, RP_KIND_HILLS);
  g_assert_true (emit_dropped (view, hills, tuesday + 4, GDK_ACTION_MOVE));
  g_assert_null (find_pinned (fixture->plan, tuesday, RP_KIND_HILLS));
  g_assert_nonnull (find_pinned (fixture->plan, tuesday + 4, RP_KIND_HILLS));
  g_assert_true (cards_show_kind (view, 5, RP_KIND_HILLS, TRUE));
}

/* The first planner card of the shown week that is a run (not rest). */
static GtkWidget *
find_planner_run_card (RpWeekView *view,
                       guint      *out_day)
{
  for (guint day = 0; day < 7; day++)
    for (guint i = 0; i < rp_week_view_get_n_cards (view, day); i++)
      {
        GtkWidget *card = rp_week_view_get_card (view, day, i);
        RpWorkout *workout = rp_workout_card_get_workout (RP_WORKOUT_CARD (card));

        if (!rp_workout_get_pinned (workout) && rp_workout_get_kind (workout) != RP_KIND_REST)
          {
            *out_day = day;
            return card;
          }
      }

  return NULL;
}

/* Dragging a planner card moves it: it is the runner's on its new day and
 * its old day rests, instead of the planner filling it again (a copy). */
static void
test_planner_card_drag_moves (Fixture       *fixture,
                              gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  guint day = 0;
  GtkWidget *card = find_planner_run_card (view, &day);
  g_autoptr(RpWorkout) offered = NULL;
  RpDate from;
  RpDate to;
  RpKind kind;
  GtkWidget *target;

  g_assert_nonnull (card);
  offered = drag_source_workout (card);
  kind = rp_workout_get_kind (offered);
  from = fixture->week_start + day;
  to = fixture->week_start + (day + 2) % 7;
  target = rp_week_view_get_day_widget (view, to - fixture->week_start);

  g_assert_true (drop_on (gtk_widget_get_parent (target), target, offered));
  g_assert_nonnull (find_pinned (fixture->plan, to, kind));
  g_assert_cmpuint (rp_plan_get_n_workouts (fixture->plan, from), ==, 1);
  g_assert_cmpint (rp_workout_get_kind (rp_plan_get_workout (fixture->plan, from, 0)), ==,
                   RP_KIND_REST);
  g_assert_false (day_has_kind (fixture->plan, from, kind));

  /* One step undoes it all. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.undo", NULL);
  g_assert_true (day_has_kind (fixture->plan, from, kind));
  g_assert_null (find_pinned (fixture->plan, to, kind));
}

/* A planner card says why it is there, on the card itself. */
static void
test_reason_on_planner_card (Fixture       *fixture,
                             gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  guint day = 0;
  GtkWidget *card = find_planner_run_card (view, &day);
  RpWorkout *workout;
  g_autofree char *expected = NULL;
  char *message;

  g_assert_nonnull (card);
  workout = rp_workout_card_get_workout (RP_WORKOUT_CARD (card));
  expected = rp_reason_format_on (rp_workout_get_reason (workout), rp_workout_get_date (workout),
                                  rp_athlete_get_unit (rp_plan_get_athlete (fixture->plan)));
  g_assert_nonnull (expected);
  g_assert_cmpstr (rp_workout_card_get_reason (RP_WORKOUT_CARD (card)), ==, expected);
  message = gtk_test_accessible_check_property (GTK_ACCESSIBLE (card),
                                                GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                expected);
  if (message != NULL)
    g_error ("%s", message);

  /* The runner's own cards carry no reason line. */
  rp_week_view_focus_day (view, fixture->week_start + 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "tempo");
  g_assert_null (rp_workout_card_get_reason (RP_WORKOUT_CARD (rp_week_view_get_card (view, 1, 0))));
}

static double
luminance (const GdkRGBA *c)
{
  double rgb[3] = { c->red, c->green, c->blue };

  for (guint i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/* WCAG contrast of a label's text on the window's background. */
static double
text_contrast (GtkWidget *label)
{
  GtkStyleContext *context = gtk_widget_get_style_context (label);
  GdkRGBA fg;
  GdkRGBA bg;
  double a;
  double b;

  gtk_style_context_get_color (context, &fg);
  g_assert_true (gtk_style_context_lookup_color (context, "window_bg_color", &bg));
  g_assert_cmpfloat (fg.alpha, >, 0.99);
  a = luminance (&fg);
  b = luminance (&bg);
  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

/* The first label in widget, or NULL. */
static GtkWidget *
find_label_in (GtkWidget *widget)
{
  if (widget == NULL || GTK_IS_LABEL (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_in (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The month shows trouble: a day's warning icon, rest days as rest, days
 * outside the plan as outside, and a week total that warns in words. It
 * also says a planner card's reason when the card takes the focus. */
static void
test_month_shows_trouble (Fixture       *fixture,
                          gconstpointer  data)
{
  RpMonthView *month = rp_window_get_month_view (fixture->window);
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  RpDate tuesday = fixture->week_start + 1;
  RpDate outside = rp_plan_get_start (fixture->plan) - 1;
  RpMonthCell *cell;
  GtkWidget *total;
  GtkWidget *warning;
  GtkWidget *warning_text;
  GtkWidget *card;
  guint week;
  gboolean any_rest = FALSE;

  /* Two hard days in a row: Wednesday warns. */
  rp_week_view_focus_day (view, tuesday);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "intervals");
  rp_week_view_focus_day (view, tuesday + 1);
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.place-kind", "s", "tempo");
  g_assert_true (rp_plan_get_day_warnings (fixture->plan, tuesday + 1) != 0);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "month");
  rp_month_view_set_date (month, tuesday);
  iterate (3);
  cell = RP_MONTH_CELL (rp_month_view_get_day_widget (month, tuesday + 1));
  wait_until_laid_out (GTK_WIDGET (cell));
  g_assert_true (rp_month_cell_get_has_warning (cell));
  g_assert_false (rp_month_cell_get_has_warning (RP_MONTH_CELL (rp_month_view_get_day_widget (month,
                                                                                              tuesday))));

  for (RpDate date = fixture->week_start; date < fixture->week_start + 7; date++)
    {
      RpMonthCell *day = RP_MONTH_CELL (rp_month_view_get_day_widget (month, date));
      gboolean rest = rp_plan_get_n_workouts (fixture->plan, date) == 1
                      && rp_workout_get_kind (rp_plan_get_workout (fixture->plan, date, 0))
                         == RP_KIND_REST;

      g_assert_cmpint (rp_month_cell_get_rest (day), ==, rest);
      any_rest |= rest;
    }
  g_assert_true (any_rest);

  if (rp_month_view_get_day_widget (month, outside) != NULL)
    g_assert_true (gtk_widget_has_css_class (rp_month_view_get_day_widget (month, outside),
                                             "outside-plan"));

  /* The week of the two hard days warns (too little easy running), in words. */
  week = (fixture->week_start - rp_month_view_get_first_day (month)) / 7;
  total = rp_month_view_get_week_total (month, week);
  g_assert_true (gtk_widget_has_css_class (total, "warning"));
  warning = gtk_widget_get_last_child (total);
  g_assert_true (gtk_widget_get_visible (warning));
  /* Wide enough: the words beside the icon, not the icon alone. */
  g_assert_true (ADW_IS_SQUEEZER (warning));
  warning_text = find_label_in (adw_squeezer_get_visible_child (ADW_SQUEEZER (warning)));
  g_assert_nonnull (warning_text);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (warning_text)), !=, "");
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (total),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  /* Readable in light and dark: 4.5:1 at least. */
  {
    AdwStyleManager *style = adw_style_manager_get_default ();
    GtkWidget *text = warning_text;
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    /* The application's style sheet, as AdwApplication loads it. */
    gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
    iterate (2);
    g_assert_cmpfloat (text_contrast (text), >=, 4.5);
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
    iterate (2);
    g_assert_cmpfloat (text_contrast (text), >=, 4.5);
    adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
    iterate (2);
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (css));
  }

  /* A planner card focused (or tapped): the detail line gives its reason. */
  for (RpDate date = fixture->week_start; date < fixture->week_start + 7; date++)
    {
      GtkWidget *cards = GTK_WIDGET (rp_month_cell_get_cards (RP_MONTH_CELL (rp_month_view_get_day_widget (month, date))));

      for (card = gtk_widget_get_first_child (cards); card != NULL;
           card = gtk_widget_get_next_sibling (card))
        if (!rp_workout_get_pinned (rp_workout_card_get_workout (RP_WORKOUT_CARD (card))))
          break;
      if (card != NULL)
        break;
    }
  g_assert_nonnull (card);
  {
    RpWorkout *workout = rp_workout_card_get_workout (RP_WORKOUT_CARD (card));
    g_autofree char *why = rp_reason_format_on (rp_workout_get_reason (workout),
                                                rp_workout_get_date (workout),
                                                rp_athlete_get_unit (rp_plan_get_athlete (fixture->plan)));

    g_assert_true (gtk_widget_grab_focus (card));
    iterate (2);
    g_assert_nonnull (strstr (rp_month_view_get_detail (month), why));
  }
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "week");
}

/* GTK's own Tab order: through the palette's tiles top to bottom, and
 * through the week day by day, each day before its cards. */
static void
test_focus_order (Fixture       *fixture,
                  gconstpointer  data)
{
  RpPalette *palette = rp_window_get_palette (fixture->window);
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  GtkWidget *window = GTK_WIDGET (fixture->window);
  guint n;

  g_assert_true (gtk_widget_grab_focus (rp_palette_get_tile (palette, 0)));
  for (guint i = 1; i < rp_palette_get_n_tiles (palette); i++)
    {
      g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
      g_assert_true (gtk_widget_has_focus (rp_palette_get_tile (palette, i)));
    }

  rp_week_view_focus_day (view, fixture->week_start);
  for (guint day = 0; day < 7; day++)
    {
      g_assert_true (gtk_widget_has_focus (rp_week_view_get_day_widget (view, day)));
      for (guint i = 0; i < rp_week_view_get_n_cards (view, day); i++)
        {
          g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
          g_assert_true (gtk_widget_has_focus (rp_week_view_get_card (view, day, i)));
        }
      if (day < 6)
        g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD));
    }

  /* And back: from Sunday's last card to the card or day before it. */
  n = rp_week_view_get_n_cards (view, 6);
  g_assert_cmpuint (n, >, 0);
  g_assert_true (gtk_widget_child_focus (window, GTK_DIR_TAB_BACKWARD));
  g_assert_true (gtk_widget_has_focus (n >= 2 ? rp_week_view_get_card (view, 6, n - 2)
                                              : rp_week_view_get_day_widget (view, 6)));
}

/* Day names have one space: "Wed 9", never "Wed  9". */
static void
test_day_names_single_spaces (Fixture       *fixture,
                              gconstpointer  data)
{
  RpDate date = rp_date_from_ymd (2026, 12, 9);
  g_autofree char *text = rp_date_format_day_short (date);
  g_autofree char *long_text = rp_date_format_day_long (date);
  g_autofree char *range = rp_date_format_week_range (rp_date_from_ymd (2026, 12, 7));

  g_assert_null (strstr (text, "  "));
  g_assert_null (strstr (long_text, "  "));
  g_assert_null (strstr (range, "  "));
  g_assert_cmpstr (text, ==, "Wed 9");
}

/* A warning coming or going does not change a day column's height. */
static void
test_day_height_keeps (Fixture       *fixture,
                       gconstpointer  data)
{
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  RpDayColumn *column = RP_DAY_COLUMN (rp_week_view_get_day_widget (view, 3));
  int before;
  int after;

  gtk_widget_measure (GTK_WIDGET (column), GTK_ORIENTATION_VERTICAL, 160, &before, NULL, NULL, NULL);
  g_assert_false (rp_day_column_get_has_warning (column));
  rp_day_column_set_warnings (column, "Second hard day in a row");
  gtk_widget_measure (GTK_WIDGET (column), GTK_ORIENTATION_VERTICAL, 160, &after, NULL, NULL, NULL);
  g_assert_true (rp_day_column_get_has_warning (column));
  g_assert_cmpint (before, ==, after);
  rp_day_column_set_warnings (column, NULL);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  UI_TEST_ADD ("/ui/palette/hard-kinds", test_palette_hard_kinds);
  UI_TEST_ADD ("/ui/week/drop-fills-week-and-chart", test_drop_fills_week);
  UI_TEST_ADD ("/ui/week/undo-redo-exact", test_undo_redo_exact);
  UI_TEST_ADD ("/ui/week/move-card", test_move_and_copy_card);
  UI_TEST_ADD ("/ui/keyboard/add-tempo-and-undo", test_keyboard_add_tempo_and_undo);
  UI_TEST_ADD ("/ui/keyboard/palette-move-delete", test_keyboard_palette_and_move);
  UI_TEST_ADD ("/ui/keyboard/copy-paste-day", test_copy_paste_day);
  UI_TEST_ADD ("/ui/a11y/labels", test_accessible_labels);
  UI_TEST_ADD ("/ui/week/reuses-cards", test_week_reuses_cards);
  UI_TEST_ADD ("/ui/month/drop", test_month_drop);
  UI_TEST_ADD ("/ui/month/keyboard-add-and-open", test_month_keyboard);
  UI_TEST_ADD ("/ui/month/catches-up-when-shown", test_month_catches_up);
  UI_TEST_ADD ("/ui/month/steps-by-month-through-10-years", test_month_steps_through_long_plan);
  UI_TEST_ADD ("/ui/week/drop-signal-move-copy", test_drop_signal_move_copy);
  UI_TEST_ADD ("/ui/week/planner-card-drag-moves", test_planner_card_drag_moves);
  UI_TEST_ADD ("/ui/week/reason-on-planner-card", test_reason_on_planner_card);
  UI_TEST_ADD ("/ui/month/shows-trouble", test_month_shows_trouble);
  UI_TEST_ADD ("/ui/keyboard/focus-order", test_focus_order);
  UI_TEST_ADD ("/ui/week/day-names-single-spaces", test_day_names_single_spaces);
  UI_TEST_ADD ("/ui/week/day-height-keeps", test_day_height_keeps);

  return ui_test_run ();
}
