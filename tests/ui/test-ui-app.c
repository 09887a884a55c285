/* test-ui-app.c
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

/* The application and its window as a runner meets them, with the real
 * widgets on a real (headless) display: quitting with dialogs open, how
 * cards lay out their text, the settings' rows. Found by using the app. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "rp-application.h"
#include "rp-palette.h"
#include "rp-date.h"
#include "rp-kind.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-settings-window.h"
#include "rp-ui-util.h"
#include "rp-warning.h"
#include "rp-week-view.h"
#include "rp-window.h"
#include "rp-workout-editor.h"
#include "ui-test-util.h"

/* A window of the default size (1200 × 800) on a plan; shown and laid out. */
static RpWindow *
show_window (RpPlan *plan,
             int     width,
             int     height)
{
  RpWindow *window = rp_window_new (NULL);
  GtkWidget *monday;

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  rp_window_set_plan (window, plan, NULL, NULL);
  rp_window_show_week (window, rp_plan_get_start (plan));
  gtk_window_present (GTK_WINDOW (window));
  monday = rp_week_view_get_day_widget (rp_window_get_week_view (window), 0);
  /* The surface has the size asked for; the window widget is narrower by
   * its frame where nothing composites (Xvfb: Adwaita's solid-csd padding
   * and border, 10 px), so waiting for the widget's width never ends. */
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && (!gtk_widget_get_mapped (monday)
                                || gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window)))
                                   != width); i++)
    wait_ms (10);
  wait_ms (100);

  return window;
}

static void
close_window (RpWindow *window)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) window)
      gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (toplevels);
  gtk_window_destroy (GTK_WINDOW (window));
  wait_ms (20);
}

/* Quit (Ctrl+Q, or SIGTERM) with an editor and the About window open. */

typedef struct
{
  GtkApplication *app;
  guint           n_windows_at_quit;
  gboolean        quit_sent;
  gboolean        timed_out;
} QuitRun;

static gboolean
open_dialogs_and_quit_cb (gpointer user_data)
{
  QuitRun *run = user_data;
  GtkWindow *window = gtk_application_get_active_window (run->app);
  RpWindow *main_window;
  RpWorkoutEditor *editor;

  g_assert_true (RP_IS_WINDOW (window));
  main_window = RP_WINDOW (window);
  if (rp_window_is_busy (main_window) || rp_window_get_history (main_window) == NULL)
    return G_SOURCE_CONTINUE;

  /* An edit waiting for its autosave (so closing starts a save that ends
   * after the window is gone), an editor (destroyed with its parent) and
   * the About window (not). */
  gtk_widget_activate_action (GTK_WIDGET (main_window), "plan.place-kind", "s", "tempo");
  editor = rp_workout_editor_new (window, rp_window_get_document (main_window),
                                  rp_date_today (), -1);
  gtk_window_present (GTK_WINDOW (editor));
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "about", NULL);

  run->n_windows_at_quit = g_list_length (gtk_application_get_windows (run->app));
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);
  run->quit_sent = TRUE;

  return G_SOURCE_REMOVE;
}

static gboolean
quit_timeout_cb (gpointer user_data)
{
  QuitRun *run = user_data;

  run->timed_out = TRUE;
  for (GList *l = gtk_application_get_windows (run->app); l != NULL; l = l->next)
    g_printerr ("left open: %s\n", G_OBJECT_TYPE_NAME (l->data));
  g_application_quit (G_APPLICATION (run->app));

  return G_SOURCE_REMOVE;
}

static void
test_quit_with_dialogs_open (void)
{
  g_autoptr(RpApplication) app = rp_application_new ();
  g_autofree char *path = default_plan_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpPlan) saved = NULL;
  g_autoptr(GError) error = NULL;
  QuitRun run = { GTK_APPLICATION (app), 0, FALSE, FALSE };
  guint poll_id;
  guint timeout_id;
  int status;

  clear_default_dir ();
  poll_id = g_timeout_add (100, open_dialogs_and_quit_cb, &run);
  timeout_id = g_timeout_add_seconds (20, quit_timeout_cb, &run);
  status = g_application_run (G_APPLICATION (app), 0, NULL);
  if (!run.quit_sent)
    g_source_remove (poll_id);
  if (!run.timed_out)
    g_source_remove (timeout_id);

  /* Every window closed, the application ended by itself, and the edit
   * made just before quitting reached the file. */
  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.quit_sent);
  g_assert_false (run.timed_out);
  g_assert_cmpuint (run.n_windows_at_quit, >=, 1);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  saved = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (saved);
  for (guint i = 0; i < rp_plan_get_n_workouts (saved, rp_date_today ()); i++)
    if (rp_workout_get_kind (rp_plan_get_workout (saved, rp_date_today (), i)) == RP_KIND_TEMPO)
      return;
  g_assert_not_reached ();
}

/* Card texts at the default window size. */

/* The card's part with this style class, however deep it sits. */
static GtkWidget *
card_child (GtkWidget  *card,
            const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (card);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = gtk_widget_has_css_class (child, css_class)
                         ? child : card_child (child, css_class);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Each line of a wrapped label starts a word: no "Inter-vals". */
static void
assert_lines_start_words (GtkLabel *label)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *text = pango_layout_get_text (layout);

  g_assert_false (pango_layout_is_ellipsized (layout));
  for (int i = 1; i < pango_layout_get_line_count (layout); i++)
    {
      int start = pango_layout_get_line_readonly (layout, i)->start_index;
      char before = text[start - 1];

      if (before != ' ' && before != '-')
        g_error ("“%s” breaks inside a word, at “%s”", text, text + start);
    }
}

/* Nothing sits beside a workout's title (a rest day's has its icon):
 * even a card with no size keeps its icon off the title's line. */
static void
assert_title_alone (GtkWidget *card)
{
  GtkWidget *title = card_child (card, "card-title");
  graphene_rect_t title_bounds;

  g_assert_true (gtk_widget_compute_bounds (title, card, &title_bounds));
  for (GtkWidget *child = gtk_widget_get_first_child (card);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (child == title || !gtk_widget_get_mapped (child)
          || !gtk_widget_compute_bounds (child, card, &bounds))
        continue;
      g_assert_cmpfloat (bounds.origin.x, >=, title_bounds.origin.x);
    }
}

/* Every icon the card means to show is on screen: none gave way. */
static void
assert_icons_shown (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_IMAGE (child) && gtk_widget_get_visible (child))
        g_assert_true (gtk_widget_get_mapped (child));
      assert_icons_shown (child);
    }
}

static void
test_card_texts_whole (void)
{
  RpDate monday = rp_date_week_start (rp_date_today (), G_DATE_MONDAY);
  const struct { guint day; RpKind kind; gint64 metres; } placed[] = {
    { 1, RP_KIND_REPETITIONS, 0 },
    { 2, RP_KIND_INTERVALS, 0 },
    { 2, RP_KIND_CROSS_TRAINING, 0 },
    { 3, RP_KIND_MARATHON_PACE, 0 },
    { 5, RP_KIND_FARTLEK, 0 },
    { 5, RP_KIND_HILLS, 0 },
    { 6, RP_KIND_LONG, 16000 },
    { 0, RP_KIND_RECOVERY, -1 },
  };
  g_autoptr(RpPlan) plan = rp_plan_new (monday, 2);
  RpWeekView *view;
  RpWindow *window;
  guint n_cards = 0;

  rp_athlete_set_race_result (rp_plan_get_athlete (plan), 10000, 44 * 60 + 30);
  for (guint i = 0; i < G_N_ELEMENTS (placed); i++)
    {
      g_autoptr(RpWorkout) workout = rp_workout_new (placed[i].kind);

      if (placed[i].metres != 0)
        rp_workout_set_distance_m (workout, placed[i].metres);
      rp_workout_set_pinned (workout, TRUE);
      g_assert_nonnull (rp_planner_place (plan, monday + placed[i].day, workout, NULL));
    }
  rp_planner_fill (plan);

  /* Every title, size and pace whole at the size the window opens with;
   * the size on one line, with the kind's icon and the pin beside it. */
  window = show_window (plan, 1200, 800);
  view = rp_window_get_week_view (window);
  for (guint day = 0; day < 7; day++)
    for (guint i = 0; i < rp_week_view_get_n_cards (view, day); i++)
      {
        GtkWidget *card = rp_week_view_get_card (view, day, i);
        GtkWidget *size = card_child (card, "card-size");
        GtkWidget *pace = card_child (card, "card-pace");

        assert_lines_start_words (GTK_LABEL (card_child (card, "card-title")));
        if (!gtk_widget_has_css_class (card, "rest"))
          assert_title_alone (card);
        if (gtk_widget_get_visible (pace))
          assert_lines_start_words (GTK_LABEL (pace));
        if (!gtk_widget_get_visible (size))
          continue;
        g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (size))),
                         ==, 1);
        assert_icons_shown (card);
        n_cards++;
      }
  g_assert_cmpuint (n_cards, >=, 8);

  /* In a narrow window the icons give way, and a size still never breaks
   * inside a number ("16. 0 km"). */
  ui_test_resize (window, 900, 700);
  for (guint day = 0; day < 7; day++)
    for (guint i = 0; i < rp_week_view_get_n_cards (view, day); i++)
      {
        GtkWidget *size = card_child (rp_week_view_get_card (view, day, i), "card-size");

        if (gtk_widget_get_visible (size))
          assert_lines_start_words (GTK_LABEL (size));
      }

  close_window (window);
}

/* Card colours: text on a pinned card's fill reads at 4.5:1 or more
 * (WCAG AA for normal text), for every kind. */

static double
channel_luminance (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const GdkRGBA *c)
{
  return 0.2126 * channel_luminance (c->red) + 0.7152 * channel_luminance (c->green)
         + 0.0722 * channel_luminance (c->blue);
}

/* The card's fill: a pixel of its left padding, as GTK paints it. */
static GdkRGBA
card_fill (GtkWidget *card)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (card);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (gtk_widget_get_native (card));
  int width = gtk_widget_get_width (card);
  int height = gtk_widget_get_height (card);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  const guchar *p;

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, (gsize) width * 4);

  /* Cairo's ARGB32: B, G, R, A in memory on a little-endian machine. */
  p = pixels + ((gsize) (height / 2) * width + 3) * 4;
  g_assert_cmpuint (p[3], ==, 255);

  return (GdkRGBA) { p[2] / 255.0, p[1] / 255.0, p[0] / 255.0, 1.0 };
}

static double
text_contrast (GtkWidget     *label,
               const GdkRGBA *fill)
{
  GdkRGBA text;
  GdkRGBA seen;
  double a;
  double b;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &text);
  G_GNUC_END_IGNORE_DEPRECATIONS

  /* A translucent text colour shows the fill through it. */
  seen.red = text.red * text.alpha + fill->red * (1 - text.alpha);
  seen.green = text.green * text.alpha + fill->green * (1 - text.alpha);
  seen.blue = text.blue * text.alpha + fill->blue * (1 - text.alpha);
  a = luminance (&seen) + 0.05;
  b = luminance (fill) + 0.05;

  return MAX (a, b) / MIN (a, b);
}

static void
test_card_contrast (void)
{
  RpDate monday = rp_date_week_start (rp_date_today (), G_DATE_MONDAY);
  g_autoptr(RpPlan) plan = rp_plan_new (monday, 2);
  RpWeekView *view;
  RpWindow *window;
  guint n_checked = 0;
  guint slot = 0;

  for (RpKind kind = 0; kind < RP_N_KINDS; kind++)
    {
      g_autoptr(RpWorkout) workout = rp_workout_new (kind);

      if (kind == RP_KIND_REST)
        continue;
      rp_workout_set_distance_m (workout, 8000);
      rp_workout_set_pinned (workout, TRUE);
      g_assert_nonnull (rp_planner_place (plan, monday + slot++ / 2, workout, NULL));
    }
  rp_planner_fill (plan);

  window = show_window (plan, 1200, 800);
  view = rp_window_get_week_view (window);
  for (guint day = 0; day < 7; day++)
    for (guint i = 0; i < rp_week_view_get_n_cards (view, day); i++)
      {
        GtkWidget *card = rp_week_view_get_card (view, day, i);
        GdkRGBA fill;
        double title;
        double size;
        double pace;

        if (!gtk_widget_has_css_class (card, "pinned"))
          continue;
        fill = card_fill (card);
        title = text_contrast (card_child (card, "card-title"), &fill);
        size = text_contrast (card_child (card, "card-size"), &fill);
        pace = text_contrast (card_child (card, "card-pace"), &fill);
        if (title < 4.5 || size < 4.5 || pace < 4.5)
          g_error ("%s: text contrast %.2f (title), %.2f (size), %.2f (pace) on its fill",
                   gtk_widget_get_css_classes (card)[1], title, size, pace);
        n_checked++;
      }
  g_assert_cmpuint (n_checked, ==, RP_N_KINDS - 1);

  close_window (window);
}

/* Plan settings: what the rows say. */

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title_start)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)),
                           title_start))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title_start);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_settings_rows (void)
{
  RpDate monday = rp_date_week_start (rp_date_today (), G_DATE_MONDAY);
  g_autoptr(RpPlan) plan = rp_plan_new (monday, 2);
  g_autofree char *week = rp_date_format_week_range (monday);
  RpWindow *window;
  GtkWidget *settings;
  GtkWidget *time;
  GtkWidget *volume;
  GtkWidget *rest;
  GtkWidget *recovery;
  GListModel *choices;
  g_autoptr(GtkStringObject) first_choice = NULL;

  rp_planner_fill (plan);
  window = show_window (plan, 1200, 800);
  settings = GTK_WIDGET (rp_settings_window_new (GTK_WINDOW (window),
                                                 rp_window_get_history (window), monday));
  gtk_window_present (GTK_WINDOW (settings));
  wait_ms (100);

  /* Picking a race distance before typing its time is not an error. */
  time = find_row (settings, "Time");
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (settings, "Distance")), 2);
  g_assert_false (gtk_widget_has_css_class (time, "error"));
  gtk_editable_set_text (GTK_EDITABLE (time), "44:30");
  g_assert_false (gtk_widget_has_css_class (time, "error"));
  g_assert_true (g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (find_row (settings, "VDOT"))),
                                   "45.9"));
  gtk_editable_set_text (GTK_EDITABLE (time), "44:3x");
  g_assert_true (gtk_widget_has_css_class (time, "error"));

  /* The volume says its unit, and follows a change of unit. */
  volume = find_row (settings, "Default target");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (volume)), "Kilometres"));
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_row (settings, "Display unit")), RP_UNIT_MI);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (volume)), "Miles"));

  /* The week a different target is for is named. */
  g_assert_nonnull (find_row (settings, "Different target for "));
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (find_row (settings, "Different target"))),
                            week));

  /* The rest days read without opening the row, and follow a change. */
  rest = find_row (settings, "Rest days");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (rest)), ==, "Monday");
  gtk_switch_set_active (GTK_SWITCH (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (find_row (rest, "Friday")))),
                         TRUE);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (rest)), ==, "Monday, Friday");
  g_assert_true (rp_athlete_is_rest_day (rp_plan_get_athlete (plan), G_DATE_FRIDAY));

  /* Recovery after a hard day is a recovery run, not an easy run. */
  recovery = find_row (settings, "Recovery after hard days");
  choices = adw_combo_row_get_model (ADW_COMBO_ROW (recovery));
  first_choice = g_list_model_get_item (choices, RP_RECOVERY_RUN);
  g_assert_cmpstr (gtk_string_object_get_string (first_choice), ==, "Recovery run");

  close_window (window);
}

/* A race result at a distance the list does not name shows as Other
 * with its distance, and stays until the runner picks another. */
static void
test_settings_other_race_distance (void)
{
  RpDate monday = rp_date_week_start (rp_date_today (), G_DATE_MONDAY);
  g_autoptr(RpPlan) plan = rp_plan_new (monday, 2);
  RpAthlete *athlete = rp_plan_get_athlete (plan);
  RpWindow *window;
  GtkWidget *settings;
  AdwComboRow *distance_row;
  GtkStringObject *shown;
  gint64 distance = 0;
  gint64 time = 0;

  rp_athlete_set_race_result (athlete, 15000, 65 * 60);
  rp_planner_fill (plan);
  window = show_window (plan, 1200, 800);
  settings = GTK_WIDGET (rp_settings_window_new (GTK_WINDOW (window),
                                                 rp_window_get_history (window), monday));
  gtk_window_present (GTK_WINDOW (settings));
  wait_ms (100);

  distance_row = ADW_COMBO_ROW (find_row (settings, "Distance"));
  shown = adw_combo_row_get_selected_item (distance_row);
  g_assert_nonnull (shown);
  g_assert_cmpstr (gtk_string_object_get_string (shown), ==, "Other (15.0 km)");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_row (settings, "Time"))), ==,
                   "1:05:00");

  /* A new time for the same race keeps its distance. */
  gtk_editable_set_text (GTK_EDITABLE (find_row (settings, "Time")), "1:04:00");
  g_signal_emit_by_name (find_row (settings, "Time"), "apply");
  g_assert_true (rp_athlete_get_race_result (rp_plan_get_athlete (rp_window_get_plan (window)),
                                             &distance, &time));
  g_assert_cmpint (distance, ==, 15000);
  g_assert_cmpint (time, ==, 64 * 60);
  shown = adw_combo_row_get_selected_item (distance_row);
  g_assert_cmpstr (gtk_string_object_get_string (shown), ==, "Other (15.0 km)");

  /* Picking a listed race replaces it. */
  adw_combo_row_set_selected (distance_row, 2);
  g_assert_true (rp_athlete_get_race_result (rp_plan_get_athlete (rp_window_get_plan (window)),
                                             &distance, &time));
  g_assert_cmpint (distance, ==, 10000);
  shown = adw_combo_row_get_selected_item (distance_row);
  g_assert_cmpstr (gtk_string_object_get_string (shown), ==, "10K");

  close_window (window);
}

/* Keyboard: Tab and Shift+Tab reach every palette tile and every day. */
static void
test_tab_reaches_tiles_and_days (void)
{
  RpDate monday = rp_date_week_start (rp_date_today (), G_DATE_MONDAY);
  g_autoptr(RpPlan) plan = rp_plan_new (monday, 2);
  RpWindow *window;
  RpPalette *palette;
  RpWeekView *view;

  rp_planner_fill (plan);
  window = show_window (plan, 1200, 800);
  palette = rp_window_get_palette (window);
  view = rp_window_get_week_view (window);

  for (int pass = 0; pass < 2; pass++)
    {
      GtkDirectionType direction = pass == 0 ? GTK_DIR_TAB_FORWARD : GTK_DIR_TAB_BACKWARD;
      g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);

      /* Twice round the window is more than enough. */
      for (guint i = 0; i < 120; i++)
        {
          gtk_widget_child_focus (GTK_WIDGET (window), direction);
          g_hash_table_add (seen, gtk_root_get_focus (GTK_ROOT (window)));
        }

      for (guint i = 0; i < rp_palette_get_n_tiles (palette); i++)
        g_assert_true (g_hash_table_contains (seen, rp_palette_get_tile (palette, i)));
      for (guint day = 0; day < 7; day++)
        {
          g_assert_true (g_hash_table_contains (seen, rp_week_view_get_day_widget (view, day)));
          for (guint i = 0; i < rp_week_view_get_n_cards (view, day); i++)
            g_assert_true (g_hash_table_contains (seen, rp_week_view_get_card (view, day, i)));
        }
    }

  close_window (window);
}

/* The week summary names the days a day warning is about. */

static const char *
find_label_containing (GtkWidget  *widget,
                       const char *part)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget)
      && strstr (gtk_label_get_text (GTK_LABEL (widget)), part) != NULL)
    return gtk_label_get_text (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *found = find_label_containing (child, part);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
test_summary_names_warning_days (void)
{
  RpDate monday = rp_date_week_start (rp_date_today (), G_DATE_MONDAY);
  g_autoptr(RpPlan) plan = rp_plan_new (monday, 2);
  g_autoptr(RpWorkout) intervals = rp_workout_new (RP_KIND_INTERVALS);
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  g_autofree char *wednesday = rp_date_format_day_short (monday + 2);
  RpWindow *window;
  const char *text;

  rp_workout_set_pinned (intervals, TRUE);
  rp_workout_set_pinned (tempo, TRUE);
  rp_planner_place (plan, monday + 1, intervals, NULL);
  rp_planner_place (plan, monday + 2, tempo, NULL);
  rp_planner_fill (plan);
  g_assert_true (rp_plan_get_day_warnings (plan, monday + 2)
                 & RP_WARNING_BIT (RP_WARNING_BACK_TO_BACK_HARD));

  window = show_window (plan, 1200, 800);
  text = find_label_containing (rp_week_view_get_summary (rp_window_get_week_view (window)),
                                "in a row");
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, wednesday));

  close_window (window);
}

static RpWorkout *
find_pinned_anywhere (RpPlan *plan)
{
  for (RpDate date = rp_plan_get_start (plan); date <= rp_plan_get_end (plan); date++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
      if (rp_workout_get_pinned (rp_plan_get_workout (plan, date, i)))
        return rp_plan_get_workout (plan, date, i);

  return NULL;
}

/* New Plan keeps the runner's own (the race result) and starts with no
 * workouts; its unit and rest days are the Preferences' (issue 11; the
 * open plan had the same), and the default 40 km in miles becomes 25 mi
 * (40 234 m), a round figure in the runner's unit, as the CLI's `new
 * --units mi`. test-ui-prefs holds preferences that differ from the open
 * plan's. */
static void
test_new_plan_keeps_runner_settings (void)
{
  g_autoptr(GSettings) settings = rp_ui_settings_new ();
  RpDate monday = rp_date_week_start (rp_date_today (), G_DATE_MONDAY);
  g_autoptr(RpPlan) plan = rp_plan_new (monday, 2);
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  g_autofree char *dir = g_dir_make_tmp ("rp-new-plan-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpPlan) saved = NULL;
  RpAthlete *athlete = rp_plan_get_athlete (plan);
  RpPlan *fresh;
  RpWindow *window;
  gint64 distance = 0;
  gint64 time = 0;

  rp_athlete_set_unit (athlete, RP_UNIT_MI);
  rp_athlete_set_race_result (athlete, 10000, 44 * 60 + 30);
  rp_athlete_set_rest_days (athlete, (1u << 0) | (1u << 4));
  g_assert_nonnull (settings);
  g_settings_set_string (settings, "default-unit", "mi");
  g_settings_set_flags (settings, "default-rest-days", (1u << 0) | (1u << 4));
  rp_workout_set_pinned (tempo, TRUE);
  rp_planner_place (plan, monday + 1, tempo, NULL);
  rp_planner_fill (plan);
  window = show_window (plan, 1200, 800);

  rp_window_new_plan_at (window, file);
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && rp_window_is_busy (window); i++)
    wait_ms (10);

  fresh = rp_window_get_plan (window);
  g_assert_true (fresh != plan);
  g_assert_true (rp_window_get_file (window) != NULL
                 && g_file_equal (rp_window_get_file (window), file));
  g_assert_null (find_pinned_anywhere (fresh));
  athlete = rp_plan_get_athlete (fresh);
  g_assert_cmpint (rp_athlete_get_unit (athlete), ==, RP_UNIT_MI);
  g_assert_true (rp_athlete_get_race_result (athlete, &distance, &time));
  g_assert_cmpint (distance, ==, 10000);
  g_assert_true (rp_athlete_is_rest_day (athlete, G_DATE_FRIDAY));
  g_assert_cmpint (rp_athlete_get_volume_m (athlete), ==, 40234);

  /* And so does the file. */
  saved = rp_plan_file_load (file, NULL, NULL, NULL);
  g_assert_nonnull (saved);
  g_assert_cmpint (rp_athlete_get_unit (rp_plan_get_athlete (saved)), ==, RP_UNIT_MI);
  g_assert_cmpint (rp_athlete_get_volume_m (rp_plan_get_athlete (saved)), ==, 40234);

  close_window (window);
  g_settings_reset (settings, "default-unit");
  g_settings_reset (settings, "default-rest-days");
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/app/quit-with-dialogs-open", test_quit_with_dialogs_open);
  g_test_add_func ("/ui/card/texts-whole", test_card_texts_whole);
  g_test_add_func ("/ui/card/contrast", test_card_contrast);
  g_test_add_func ("/ui/settings/rows", test_settings_rows);
  g_test_add_func ("/ui/settings/other-race-distance", test_settings_other_race_distance);
  g_test_add_func ("/ui/keyboard/tab-reaches-tiles-and-days", test_tab_reaches_tiles_and_days);
  g_test_add_func ("/ui/week/summary-names-warning-days", test_summary_names_warning_days);
  g_test_add_func ("/ui/file/new-plan-keeps-runner-settings", test_new_plan_keeps_runner_settings);

  return ui_test_run ();
}
