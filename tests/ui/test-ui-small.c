/* test-ui-small.c
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

/* The smaller fixes of issue 10 (item 14): undo tooltips, keys, the
 * shortcuts window, the workout editor's hints and Delete. */

#include "config.h"

#include <math.h>
#include <string.h>

#include "rp-history.h"
#include "rp-month-cell.h"
#include "rp-month-view.h"
#include "rp-parse.h"
#include "rp-planner.h"
#include "rp-ui-util.h"
#include "rp-week-view.h"
#include "rp-workout-editor.h"
#include "ui-test-util.h"

static char *
tooltip_of (RpWindow   *window,
            const char *action)
{
  GtkWidget *child;

  /* The header bar's buttons with that action. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (window)); child != NULL;)
    {
      const char *name = GTK_IS_ACTIONABLE (child) ? gtk_actionable_get_action_name (GTK_ACTIONABLE (child)) : NULL;
      GtkWidget *next;

      if (g_strcmp0 (name, action) == 0 && GTK_IS_BUTTON (child))
        return gtk_widget_get_tooltip_text (child) != NULL
               ? g_strdup (gtk_widget_get_tooltip_text (child)) : NULL;
      /* Depth first over the whole tree. */
      next = gtk_widget_get_first_child (child);
      while (next == NULL && child != NULL && child != GTK_WIDGET (window))
        {
          next = gtk_widget_get_next_sibling (child);
          if (next == NULL)
            child = gtk_widget_get_parent (child);
        }
      if (child == GTK_WIDGET (window))
        break;
      child = next;
    }
  return NULL;
}

/* The undo button names the edit on top of the stack, after each edit,
 * not only after the first (it followed can-undo, which stays TRUE). */
static void
test_undo_tooltip_follows_top (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redo = NULL;

  place_on (fixture->window, fixture->week_start + 1, "tempo");
  iterate (3);
  first = tooltip_of (fixture->window, "plan.undo");
  place_on (fixture->window, fixture->week_start + 3, "hills");
  iterate (3);
  second = tooltip_of (fixture->window, "plan.undo");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpstr (first, !=, second);
  assert_contains (first, "Tempo");
  assert_contains (second, "Hills");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.undo", NULL));
  iterate (3);
  undone = tooltip_of (fixture->window, "plan.undo");
  redo = tooltip_of (fixture->window, "plan.redo");
  g_assert_cmpstr (undone, ==, first);
  assert_contains (redo, "Hills");
}

static char *
binding_for (GtkWidget  *widget,
             const char *trigger_text)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger_text);
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  char *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && found == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      GListModel *shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      shortcuts = G_LIST_MODEL (controller);
      for (guint j = 0; j < g_list_model_get_n_items (shortcuts) && found == NULL; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            found = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));
        }
    }
  g_object_unref (controllers);
  return found;
}

/* Ctrl+N is New Plan (GNOME HIG); Ctrl+Shift+N (as Files' New Folder: a
 * new item inside what is shown) and Insert add a workout. */
static void
test_keys (Fixture       *fixture,
           gconstpointer  data)
{
  static const struct { const char *trigger; const char *action; } cases[] = {
    { "<Control>n", "action(plan.new)" },
    { "<Control><Shift>n", "action(plan.add-workout)" },
    { "Insert", "action(plan.add-workout)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *binding = binding_for (GTK_WIDGET (fixture->window), cases[i].trigger);

      g_test_message ("%s", cases[i].trigger);
      g_assert_cmpstr (binding, ==, cases[i].action);
    }
}

/* The shortcuts window builds and shows without a GTK warning (the test
 * runs with G_DEBUG=fatal-warnings), and lists the keys above. */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/runplanner/RunPlanner/gtk/help-overlay.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GString) accels = g_string_new (NULL);
  GSList *objects;

  g_assert_nonnull (overlay);
  gtk_window_set_transient_for (overlay, GTK_WINDOW (fixture->window));
  gtk_window_present (overlay);
  wait_until_laid_out (GTK_WIDGET (overlay));
  iterate (5);

  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *accel = NULL;
        g_autofree char *title = NULL;

        g_object_get (l->data, "accelerator", &accel, "title", &title, NULL);
        g_string_append_printf (accels, "%s=%s\n", title, accel != NULL ? accel : "");
      }
  g_slist_free (objects);
  assert_contains (accels->str, "New plan=<Control>n\n");
  assert_contains (accels->str, "Add a workout to the focused day=<Control><Shift>n Insert\n");

  gtk_window_destroy (overlay);
  iterate (3);
}

/* The editor says when the steps add up to another distance than the
 * distance typed, and stops saying it when they agree again. */
static void
test_editor_steps_disagree (Fixture       *fixture,
                            gconstpointer  data)
{
  RpWorkoutEditor *editor = rp_workout_editor_new (GTK_WINDOW (fixture->window),
                                                   rp_window_get_document (fixture->window),
                                                   fixture->week_start + 3, -1);

  gtk_window_present (GTK_WINDOW (editor));
  iterate (3);
  rp_workout_editor_set_kind (editor, RP_KIND_TEMPO);
  rp_workout_editor_set_distance_text (editor, "10 km");
  rp_workout_editor_set_steps_text (editor, "2 km @ E; 4 km @ T; 2 km @ E");
  g_assert_null (rp_workout_editor_get_steps_error (editor));
  assert_contains (rp_workout_editor_get_steps_message (editor),
                   "The steps add up to 8.0 km, not the distance of 10.0 km.");

  /* The distance changed to agree: the warning goes. */
  rp_workout_editor_set_distance_text (editor, "8 km");
  g_assert_null (strstr (rp_workout_editor_get_steps_message (editor), "add up to"));
  assert_contains (rp_workout_editor_get_steps_message (editor), "8.0 km in all");

  /* Within 5 %: no warning. */
  rp_workout_editor_set_distance_text (editor, "8.3 km");
  g_assert_null (strstr (rp_workout_editor_get_steps_message (editor), "add up to"));

  gtk_window_destroy (GTK_WINDOW (editor));
  iterate (3);
}

/* Rest labels: contrast measured on the pixels GTK draws. */

static GtkWidget *
child_with_class (GtkWidget  *widget,
                  const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gtk_widget_has_css_class (child, css_class)
                         ? child : child_with_class (child, css_class);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
ancestor_with_class (GtkWidget  *widget,
                     const char *css_class)
{
  while (widget != NULL && !gtk_widget_has_css_class (widget, css_class))
    widget = gtk_widget_get_parent (widget);
  g_assert_nonnull (widget);
  return widget;
}

static double
channel_luminance (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
pixel_luminance (const double rgb[3])
{
  return 0.2126 * channel_luminance (rgb[0]) + 0.7152 * channel_luminance (rgb[1])
         + 0.0722 * channel_luminance (rgb[2]);
}

/* The WCAG contrast of label's text on what is behind it, as drawn:
 * ancestor (which paints the background the label sits on) is rendered
 * over the window's background colour; within the label's box the most
 * common colour is the background, and the glyph pixel farthest from it
 * in luminance is the text. */
static double
measured_contrast (GtkWidget *label,
                   GtkWidget *ancestor)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (ancestor);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (ancestor));
  int width = gtk_widget_get_width (ancestor);
  int height = gtk_widget_get_height (ancestor);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  graphene_rect_t box;
  graphene_rect_t self_box;
  GdkRGBA window_bg;
  gpointer bg_key = NULL;
  guint bg_count = 0;
  double bg_luminance;
  double text_luminance;
  int x0, y0, x1, y1;
  GHashTableIter iter;
  gpointer key, value;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (ancestor),
                                                 "window_bg_color", &window_bg));
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_assert_true (gtk_widget_compute_bounds (label, ancestor, &box));
  /* The paintable draws ancestor's border box from (0, 0); a widget's own
   * coordinates start at its content box. */
  g_assert_true (gtk_widget_compute_bounds (ancestor, ancestor, &self_box));
  graphene_rect_offset (&box, -self_box.origin.x, -self_box.origin.y);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  x0 = MAX (0, (int) floor (box.origin.x));
  y0 = MAX (0, (int) floor (box.origin.y));
  x1 = MIN (width, (int) ceil (box.origin.x + box.size.width));
  y1 = MIN (height, (int) ceil (box.origin.y + box.size.height));
  g_assert_cmpint (x1 - x0, >, 4);
  g_assert_cmpint (y1 - y0, >, 4);

  /* Cairo's premultiplied ARGB32 (B, G, R, A in memory), composed over
   * the window's background, which the ancestor does not paint. */
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        const guchar *p = pixels + ((gsize) y * width + x) * 4;
        guint rgb = 0;
        guint n;

        for (guint c = 0; c < 3; c++)
          {
            double under = c == 0 ? window_bg.blue : c == 1 ? window_bg.green : window_bg.red;
            guint v = (guint) lround (p[c] + under * (255 - p[3]));

            rgb |= MIN (v, 255u) << (8 * c);
          }
        n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (rgb + 1))) + 1;
        g_hash_table_insert (counts, GUINT_TO_POINTER (rgb + 1), GUINT_TO_POINTER (n));
        if (n > bg_count)
          {
            bg_count = n;
            bg_key = GUINT_TO_POINTER (rgb + 1);
          }
      }

#define RGB_OF(k) { ((GPOINTER_TO_UINT (k) - 1) >> 16 & 0xff) / 255.0, \
                    ((GPOINTER_TO_UINT (k) - 1) >> 8 & 0xff) / 255.0, \
                    ((GPOINTER_TO_UINT (k) - 1) & 0xff) / 255.0 }
  {
    double bg[3] = RGB_OF (bg_key);

    bg_luminance = text_luminance = pixel_luminance (bg);
  }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      double rgb[3] = RGB_OF (key);
      double l = pixel_luminance (rgb);

      if (fabs (l - bg_luminance) > fabs (text_luminance - bg_luminance))
        text_luminance = l;
    }
#undef RGB_OF

  return (MAX (bg_luminance, text_luminance) + 0.05) / (MIN (bg_luminance, text_luminance) + 0.05);
}

static gboolean
on_tick_cb (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       user_data)
{
  guint *n = user_data;

  *n += 1;
  return G_SOURCE_CONTINUE;
}

/* Waits for widget's window to draw two frames: a new style (the colour
 * scheme, a style sheet) is applied, laid out and drawn by then. */
static void
wait_for_frames (GtkWidget *widget)
{
  guint n = 0;
  guint id = gtk_widget_add_tick_callback (widget, on_tick_cb, &n, NULL);

  gtk_widget_queue_draw (widget);
  while (n < 3)
    g_main_context_iteration (NULL, TRUE);
  gtk_widget_remove_tick_callback (widget, id);
  iterate (2);
}

/* The lowest contrast of the visible labels inside widget. */
static double
lowest_label_contrast (GtkWidget *widget,
                       GtkWidget *ancestor)
{
  double lowest = G_MAXDOUBLE;

  if (!gtk_widget_get_visible (widget))
    return lowest;
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return measured_contrast (widget, ancestor);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    lowest = MIN (lowest, lowest_label_contrast (child, ancestor));
  return lowest;
}

/* The rest card's word in the week and the month's "Rest" read at 4.5:1
 * or more in the light and the dark style, measured on the pixels drawn
 * (WCAG AA for normal text; they are small and italic). */
static void
test_rest_contrast (Fixture       *fixture,
                    gconstpointer  data)
{
  static const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT,
                                            ADW_COLOR_SCHEME_FORCE_DARK };
  AdwStyleManager *style = adw_style_manager_get_default ();
  RpWeekView *view = rp_window_get_week_view (fixture->window);
  RpMonthView *month = rp_window_get_month_view (fixture->window);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GtkWidget *rest_card = NULL;
  GtkWidget *rest_cell = NULL;
  RpDate rest_date = RP_DATE_INVALID;

  /* The application's style sheet, as AdwApplication loads it. */
  gtk_css_provider_load_from_resource (css, RESOURCE_PREFIX "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  for (guint day = 0; day < 7 && rest_card == NULL; day++)
    for (guint i = 0; i < rp_week_view_get_n_cards (view, day); i++)
      if (gtk_widget_has_css_class (rp_week_view_get_card (view, day, i), "rest"))
        {
          rest_card = rp_week_view_get_card (view, day, i);
          rest_date = fixture->week_start + day;
          break;
        }
  g_assert_nonnull (rest_card);

  for (guint s = 0; s < G_N_ELEMENTS (schemes); s++)
    {
      double card;
      double cell;

      adw_style_manager_set_color_scheme (style, schemes[s]);
      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "week");
      wait_until_laid_out (rest_card);
      wait_for_frames (rest_card);
      /* The day column paints the tint behind the card: its title and
       * its reason ("Rest day"). */
      card = lowest_label_contrast (rest_card, ancestor_with_class (rest_card, "day-column"));

      gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "month");
      rp_month_view_set_date (month, rest_date);
      rest_cell = rp_month_view_get_day_widget (month, rest_date);
      wait_until_laid_out (rest_cell);
      wait_for_frames (rest_cell);
      g_assert_true (rp_month_cell_get_rest (RP_MONTH_CELL (rest_cell)));
      cell = lowest_label_contrast (child_with_class (rest_cell, "month-rest"), rest_cell);

      g_test_message ("%s: rest card %.2f:1, month rest %.2f:1",
                      s == 0 ? "light" : "dark", card, cell);
      if (card < 4.5 || cell < 4.5)
        g_error ("%s style: rest card %.2f:1, month rest %.2f:1 (4.5:1 at least)",
                 s == 0 ? "light" : "dark", card, cell);
    }

  /* The view shown is remembered: the next test's window starts on the week. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", "week");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  iterate (2);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (css));
}

/* What the planner works out for a probe workout of kind on date. */
static char *
expected_duration_hint (RpPlan *plan,
                        RpKind  kind,
                        RpDate  date,
                        gint64  distance_m)
{
  g_autoptr(RpWorkout) probe = rp_workout_new (kind);
  g_autofree char *duration = NULL;

  rp_workout_set_date (probe, date);
  rp_workout_set_distance_m (probe, distance_m);
  duration = rp_format_duration (rp_planner_workout_duration_s (plan, probe));
  return g_strdup_printf ("≈ %s", duration);
}

static char *
expected_pace_hint (RpPlan *plan,
                    RpKind  kind,
                    RpDate  date)
{
  g_autoptr(RpWorkout) probe = rp_workout_new (kind);
  RpPaceRange range;
  int fast;
  int slow;

  rp_workout_set_date (probe, date);
  rp_planner_workout_pace (plan, probe, &fast, &slow);
  g_assert_true (rp_format_pace_range (fast, slow, rp_athlete_get_unit (rp_plan_get_athlete (plan)),
                                       &range));
  return rp_pace_range_to_string (&range);
}

/* The editor shows what a distance implies: the duration at the plan's
 * pace for the kind, and the other way round; the pace field shows the
 * kind's pace with its unit (the plan's: /km or /mi). */
static void
test_editor_hints (Fixture       *fixture,
                   gconstpointer  data)
{
  RpAthlete *athlete = rp_plan_get_athlete (fixture->plan);
  RpDate thursday = fixture->week_start + 3;
  RpWorkoutEditor *editor;
  g_autofree char *duration = NULL;
  g_autofree char *pace = NULL;
  g_autofree char *pace_mi = NULL;
  const char *distance_hint;

  /* A race result: the plan has paces of its own, not assumed ones. */
  rp_athlete_set_race_result (athlete, 10000, 50 * 60);
  editor = rp_workout_editor_new (GTK_WINDOW (fixture->window),
                                  rp_window_get_document (fixture->window), thursday, -1);
  gtk_window_present (GTK_WINDOW (editor));
  iterate (3);

  rp_workout_editor_set_kind (editor, RP_KIND_TEMPO);
  rp_workout_editor_set_duration_text (editor, "");
  rp_workout_editor_set_distance_text (editor, "10 km");
  duration = expected_duration_hint (fixture->plan, RP_KIND_TEMPO, thursday, 10000);
  g_assert_cmpstr (rp_workout_editor_get_placeholder (editor, "duration"), ==, duration);
  pace = expected_pace_hint (fixture->plan, RP_KIND_TEMPO, thursday);
  g_assert_true (g_str_has_suffix (pace, "/km"));
  g_assert_cmpstr (rp_workout_editor_get_placeholder (editor, "pace"), ==, pace);

  /* A duration typed instead: the distance it implies, about 10 km. */
  rp_workout_editor_set_distance_text (editor, "");
  rp_workout_editor_set_duration_text (editor, duration + strlen ("≈ "));
  g_assert_null (rp_workout_editor_get_placeholder (editor, "duration"));
  distance_hint = rp_workout_editor_get_placeholder (editor, "distance");
  g_assert_nonnull (distance_hint);
  g_assert_true (g_str_has_prefix (distance_hint, "≈ 10.0 km") || g_str_has_prefix (distance_hint, "≈ 9.9 km")
                 || g_str_has_prefix (distance_hint, "≈ 10.1 km"));

  /* Nothing that reads: no hint. */
  rp_workout_editor_set_duration_text (editor, "soon");
  g_assert_null (rp_workout_editor_get_placeholder (editor, "distance"));
  gtk_window_destroy (GTK_WINDOW (editor));
  iterate (3);

  /* In miles the pace says so. */
  rp_athlete_set_unit (athlete, RP_UNIT_MI);
  editor = rp_workout_editor_new (GTK_WINDOW (fixture->window),
                                  rp_window_get_document (fixture->window), thursday, -1);
  rp_workout_editor_set_kind (editor, RP_KIND_TEMPO);
  pace_mi = expected_pace_hint (fixture->plan, RP_KIND_TEMPO, thursday);
  g_assert_true (g_str_has_suffix (pace_mi, "/mi"));
  g_assert_cmpstr (rp_workout_editor_get_placeholder (editor, "pace"), ==, pace_mi);
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Assumed paces are not shown as targets: the form of a pace instead. */
  rp_athlete_clear_race_result (athlete);
  rp_athlete_set_unit (athlete, RP_UNIT_KM);
  editor = rp_workout_editor_new (GTK_WINDOW (fixture->window),
                                  rp_window_get_document (fixture->window), thursday, -1);
  rp_workout_editor_set_kind (editor, RP_KIND_TEMPO);
  g_assert_cmpstr (rp_workout_editor_get_placeholder (editor, "pace"), ==, "m:ss/km");
  gtk_window_destroy (GTK_WINDOW (editor));
  iterate (3);
}

/* Delete removes the runner's workout as one undoable edit and closes
 * the editor; it is not there for a new workout or a planner one. */
static void
test_editor_delete (Fixture       *fixture,
                    gconstpointer  data)
{
  RpHistory *history = rp_window_get_history (fixture->window);
  RpDate tuesday = fixture->week_start + 1;
  RpWorkoutEditor *editor;
  RpWorkout *placed;
  RpWorkout *engine = NULL;
  guint n_before;
  guint n_placed;
  int index;

  /* A new workout: nothing to delete. */
  editor = rp_workout_editor_new (GTK_WINDOW (fixture->window),
                                  rp_window_get_document (fixture->window), tuesday, -1);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_false (rp_workout_editor_get_can_delete (editor));
  /* Its action is off too (the key or a stray activation does nothing). */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  iterate (2);
  g_assert_nonnull (editor);
  gtk_window_destroy (GTK_WINDOW (editor));
  g_assert_null (editor);

  /* A planner workout comes back on the next fill: no Delete either. */
  for (RpDate date = fixture->week_start; date < fixture->week_start + 7 && engine == NULL; date++)
    for (guint i = 0; i < rp_plan_get_n_workouts (fixture->plan, date); i++)
      {
        RpWorkout *workout = rp_plan_get_workout (fixture->plan, date, i);

        if (!rp_workout_get_pinned (workout) && rp_workout_get_kind (workout) != RP_KIND_REST)
          {
            engine = workout;
            editor = rp_workout_editor_new (GTK_WINDOW (fixture->window),
                                            rp_window_get_document (fixture->window),
                                            date, (int) i);
            g_assert_false (rp_workout_editor_get_can_delete (editor));
            gtk_window_destroy (GTK_WINDOW (editor));
            break;
          }
      }
  g_assert_nonnull (engine);

  n_before = rp_plan_get_n_workouts (fixture->plan, tuesday);
  place_on (fixture->window, tuesday, "tempo");
  placed = find_pinned (fixture->plan, tuesday, RP_KIND_TEMPO);
  g_assert_nonnull (placed);
  n_placed = rp_plan_get_n_workouts (fixture->plan, tuesday);
  index = rp_ui_find_workout_index (fixture->plan, placed);
  editor = rp_workout_editor_new (GTK_WINDOW (fixture->window),
                                  rp_window_get_document (fixture->window), tuesday, index);
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_window_present (GTK_WINDOW (editor));
  iterate (3);
  g_assert_true (rp_workout_editor_get_can_delete (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL));
  iterate (3);
  g_assert_null (editor);   /* closed */
  g_assert_null (find_pinned (fixture->plan, tuesday, RP_KIND_TEMPO));
  g_assert_cmpuint (rp_plan_get_n_workouts (fixture->plan, tuesday), ==, n_before);
  assert_contains (rp_history_get_undo_label (history), "Tempo");

  /* One step: a single undo brings it back. */
  rp_history_undo (history);
  g_assert_nonnull (find_pinned (fixture->plan, tuesday, RP_KIND_TEMPO));
  g_assert_cmpuint (rp_plan_get_n_workouts (fixture->plan, tuesday), ==, n_placed);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  UI_TEST_ADD ("/ui/small/undo-tooltip-follows-top", test_undo_tooltip_follows_top);
  UI_TEST_ADD ("/ui/small/keys", test_keys);
  UI_TEST_ADD ("/ui/small/shortcuts-window", test_shortcuts_window);
  UI_TEST_ADD ("/ui/small/editor-steps-disagree", test_editor_steps_disagree);
  UI_TEST_ADD ("/ui/small/rest-contrast", test_rest_contrast);
  UI_TEST_ADD ("/ui/small/editor-hints", test_editor_hints);
  UI_TEST_ADD ("/ui/small/editor-delete", test_editor_delete);

  return ui_test_run ();
}
