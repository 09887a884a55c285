/* test-ui-prefs.c
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

/* Preferences (issue 11): each row writes its setting and follows it;
 * the colour scheme reaches AdwStyleManager at once; a new plan (New
 * Plan, a first start) starts with the unit, volume, rest days, recovery
 * and first day of the week, and its week and month views start on that
 * day; a plan that exists keeps its own. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>

#include "rp-application.h"
#include "rp-day-column.h"
#include "rp-month-view.h"
#include "rp-preferences.h"
#include "rp-preferences-window.h"
#include "rp-setup-window.h"
#include "rp-ui-util.h"
#include "rp-week-view.h"
#include "ui-test-util.h"

static const char * const preference_keys[] = {
  "color-scheme", "first-day-of-week", "default-unit", "default-rest-days",
  "default-recovery", "default-volume-m",
};

static GSettings *
settings_new (void)
{
  GSettings *settings = rp_ui_settings_new ();

  g_assert_nonnull (settings);

  return settings;
}

/* Each test starts from the schema's defaults (the memory backend lives
 * as long as the test program). */
static void
reset_preferences (void)
{
  g_autoptr(GSettings) settings = settings_new ();

  for (guint i = 0; i < G_N_ELEMENTS (preference_keys); i++)
    g_settings_reset (settings, preference_keys[i]);
  g_settings_set_boolean (settings, "first-start-done", TRUE);
}

static void
set_up (Fixture       *fixture,
        gconstpointer  data)
{
  reset_preferences ();
  fixture_set_up (fixture, data);
}

#define PREFS_TEST_ADD(path, func) \
  g_test_add (path, Fixture, NULL, set_up, func, fixture_tear_down)

static GtkWidget *
find_row (GtkWidget  *widget,
          const char *title)
{
  if (ADW_IS_PREFERENCES_ROW (widget)
      && g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
row (GtkWidget  *window,
     const char *title)
{
  GtkWidget *found = find_row (window, title);

  if (found == NULL)
    g_error ("no row “%s”", title);

  return found;
}

static GtkWidget *
row_widget (GtkWidget  *window,
            const char *title)
{
  return adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row (window, title)));
}

static GtkWidget *
show_preferences (Fixture *fixture)
{
  GtkWidget *prefs = GTK_WIDGET (rp_preferences_window_new (GTK_WINDOW (fixture->window)));

  gtk_window_present (GTK_WINDOW (prefs));
  wait_until_laid_out (prefs);

  return prefs;
}

static char *
get_string (const char *key)
{
  g_autoptr(GSettings) settings = settings_new ();

  return g_settings_get_string (settings, key);
}

static void
assert_key (const char *key,
            const char *expected)
{
  g_autofree char *value = get_string (key);

  g_assert_cmpstr (value, ==, expected);
}

/* Every row writes its key, and follows the key when something else
 * writes it; every control has an accessible label. */
static void
test_rows_write_keys (Fixture       *fixture,
                      gconstpointer  data)
{
  static const struct {
    const char *row;
    const char *key;
    guint       position;
    const char *value;
  } combos[] = {
    { "Colour scheme", "color-scheme", 2, "dark" },
    { "Colour scheme", "color-scheme", 1, "light" },
    { "Colour scheme", "color-scheme", 0, "follow-system" },
    { "First day of the week", "first-day-of-week", 7, "sunday" },
    { "First day of the week", "first-day-of-week", 6, "saturday" },
    { "First day of the week", "first-day-of-week", 0, "language" },
    { "First day of the week", "first-day-of-week", 1, "monday" },
    { "Unit", "default-unit", 1, "mi" },
    { "Unit", "default-unit", 0, "km" },
    { "Recovery after hard days", "default-recovery", 2, "walk" },
    { "Recovery after hard days", "default-recovery", 1, "cross-training" },
    { "Recovery after hard days", "default-recovery", 0, "run" },
  };
  g_autoptr(GSettings) settings = settings_new ();
  GtkWidget *prefs = show_preferences (fixture);
  GtkWidget *volume;
  GtkWidget *rest;

  for (guint i = 0; i < G_N_ELEMENTS (combos); i++)
    {
      g_test_message ("%s → %s", combos[i].row, combos[i].value);
      adw_combo_row_set_selected (ADW_COMBO_ROW (row (prefs, combos[i].row)), combos[i].position);
      assert_key (combos[i].key, combos[i].value);
      assert_has_label (row (prefs, combos[i].row));
    }

  /* A key written elsewhere (another window, gsettings) shows. */
  g_settings_set_string (settings, "default-recovery", "walk");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row (prefs, "Recovery after hard days"))),
                    ==, RP_RECOVERY_WALK);
  g_settings_set_string (settings, "first-day-of-week", "thursday");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row (prefs, "First day of the week"))),
                    ==, G_DATE_THURSDAY);

  /* The volume in the unit, stored in metres; a round default stays one
   * when the unit changes. */
  volume = row_widget (prefs, "Weekly volume");
  assert_label (volume, "Weekly volume");
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (volume)), 40.0, 0.001);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row (prefs, "Weekly volume"))),
                            "Kilometres"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (volume), 55.0);
  g_assert_cmpint (g_settings_get_int (settings, "default-volume-m"), ==, 55000);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (volume), 40.0);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (prefs, "Unit")), RP_UNIT_MI);
  g_assert_cmpint (g_settings_get_int (settings, "default-volume-m"), ==,
                   llround (25 * RP_METRES_PER_MILE));
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (volume)), 25.0, 0.001);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row (prefs, "Weekly volume"))),
                            "Miles"));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (volume), 30.0);
  g_assert_cmpint (g_settings_get_int (settings, "default-volume-m"), ==,
                   llround (30 * RP_METRES_PER_MILE));
  /* Another figure is kept as it is. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (prefs, "Unit")), RP_UNIT_KM);
  g_assert_cmpint (g_settings_get_int (settings, "default-volume-m"), ==,
                   llround (30 * RP_METRES_PER_MILE));
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (volume)), 48.28, 0.001);
  g_settings_set_int (settings, "default-volume-m", 20000);
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (GTK_SPIN_BUTTON (volume)), 20.0, 0.001);

  /* Rest days: one bit a day, Monday first, listed in the subtitle. */
  rest = row (prefs, "Rest days");
  assert_has_label (rest);
  g_assert_cmpuint (g_settings_get_flags (settings, "default-rest-days"), ==, 1u << 0);
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (rest)), "Monday;"));
  gtk_switch_set_active (GTK_SWITCH (row_widget (rest, "Friday")), TRUE);
  g_assert_cmpuint (g_settings_get_flags (settings, "default-rest-days"), ==, (1u << 0) | (1u << 4));
  gtk_switch_set_active (GTK_SWITCH (row_widget (rest, "Monday")), FALSE);
  g_assert_cmpuint (g_settings_get_flags (settings, "default-rest-days"), ==, 1u << 4);
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (rest)), "Friday;"));
  assert_label (row_widget (rest, "Sunday"), "Sunday");
  g_settings_set_flags (settings, "default-rest-days", (1u << 1) | (1u << 6));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (row_widget (rest, "Tuesday"))));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (row_widget (rest, "Sunday"))));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (row_widget (rest, "Friday"))));
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (rest)),
                                   "Tuesday, Sunday;"));
  gtk_switch_set_active (GTK_SWITCH (row_widget (rest, "Tuesday")), FALSE);
  gtk_switch_set_active (GTK_SWITCH (row_widget (rest, "Sunday")), FALSE);
  g_assert_cmpuint (g_settings_get_flags (settings, "default-rest-days"), ==, 0);
  g_assert_true (g_str_has_prefix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (rest)), "None;"));

  /* The rows for new plans say that a plan's own setting wins. */
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row (prefs, "Unit"))),
                            "Plan Settings wins"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row (prefs, "First day of the week"))),
                            "Plan Settings wins"));
  g_assert_nonnull (strstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (rest)),
                            "Plan Settings wins"));
}

/* The language's first day of the week: glibc's C locale (the tests run
 * in C.UTF-8) starts its weeks on Sunday, as POSIX's calendar does. */
static void
test_language_week_start (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GSettings) settings = settings_new ();
  GtkWidget *prefs = show_preferences (fixture);
  GListModel *model = adw_combo_row_get_model (ADW_COMBO_ROW (row (prefs, "First day of the week")));
  g_autoptr(GtkStringObject) first = g_list_model_get_item (model, 0);
  g_autoptr(GtkStringObject) sunday = g_list_model_get_item (model, G_DATE_SUNDAY);

  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 8);
  g_assert_cmpstr (gtk_string_object_get_string (first), ==, "Language default (Sunday)");
  g_assert_cmpstr (gtk_string_object_get_string (sunday), ==, "Sunday");
  g_assert_cmpint (rp_preferences_language_week_start (), ==, G_DATE_SUNDAY);

  g_assert_cmpint (rp_preferences_get_week_start (settings), ==, G_DATE_MONDAY);
  g_settings_set_string (settings, "first-day-of-week", "language");
  g_assert_cmpint (rp_preferences_get_week_start (settings), ==, G_DATE_SUNDAY);
  g_settings_set_string (settings, "first-day-of-week", "wednesday");
  g_assert_cmpint (rp_preferences_get_week_start (settings), ==, G_DATE_WEDNESDAY);
}

/* The widget whose children are the weekday labels above the month's
 * grid (labels with the "caption-heading" style), or NULL. */
static GtkWidget *
find_header (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "caption-heading"))
      return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_header (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The names above the month's grid, first to last: the weekdays, then
 * the week totals' column. */
static char *
month_header (RpMonthView *month)
{
  GString *text = g_string_new (NULL);
  GtkWidget *header = find_header (GTK_WIDGET (month));

  g_assert_nonnull (header);
  for (GtkWidget *child = gtk_widget_get_first_child (header);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "caption-heading"))
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "",
                              gtk_label_get_text (GTK_LABEL (child)));

  return g_string_free (text, FALSE);
}

static void
show_view (Fixture    *fixture,
           const char *view)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.view", "s", view));
  iterate (5);
  wait_ms (50);
}

/* New Plan starts with the preferences, keeps the runner's race result,
 * and its week and month views start on the preferred day; the plan
 * does not follow a later change of the preferences. */
static void
test_new_plan_takes_preferences (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(GSettings) settings = settings_new ();
  g_autofree char *dir = g_dir_make_tmp ("rp-prefs-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *header = NULL;
  RpWeekView *week = rp_window_get_week_view (fixture->window);
  RpMonthView *month = rp_window_get_month_view (fixture->window);
  RpAthlete *athlete;
  RpPlan *fresh;
  RpDate first;
  gint64 distance = 0;
  gint64 time = 0;

  rp_athlete_set_race_result (rp_plan_get_athlete (fixture->plan), 10000, 44 * 60 + 30);
  g_settings_set_string (settings, "first-day-of-week", "sunday");
  g_settings_set_string (settings, "default-unit", "mi");
  g_settings_set_int (settings, "default-volume-m", (int) llround (30 * RP_METRES_PER_MILE));
  g_settings_set_flags (settings, "default-rest-days", (1u << 1) | (1u << 5));
  g_settings_set_string (settings, "default-recovery", "walk");

  /* The plan shown before New Plan keeps its Monday weeks. */
  g_assert_cmpint (rp_date_get_weekday (rp_week_view_get_week_start (week)), ==, G_DATE_MONDAY);

  rp_window_new_plan_at (fixture->window, file);
  g_assert_true (ui_test_wait_window_idle (fixture->window));
  iterate (5);

  fresh = rp_window_get_plan (fixture->window);
  g_assert_true (fresh != fixture->plan);
  athlete = rp_plan_get_athlete (fresh);
  g_assert_cmpint (rp_athlete_get_week_start (athlete), ==, G_DATE_SUNDAY);
  g_assert_cmpint (rp_athlete_get_unit (athlete), ==, RP_UNIT_MI);
  g_assert_cmpint (rp_athlete_get_volume_m (athlete), ==, llround (30 * RP_METRES_PER_MILE));
  g_assert_cmpuint (rp_athlete_get_rest_days (athlete), ==, (1u << 1) | (1u << 5));
  g_assert_cmpint (rp_athlete_get_recovery_preference (athlete), ==, RP_RECOVERY_WALK);
  g_assert_cmpint (rp_plan_get_week_target (fresh, 0), ==, llround (30 * RP_METRES_PER_MILE));
  g_assert_cmpint (rp_date_get_weekday (rp_plan_get_start (fresh)), ==, G_DATE_SUNDAY);
  /* The runner's own goes with the runner. */
  g_assert_true (rp_athlete_get_race_result (athlete, &distance, &time));
  g_assert_cmpint (distance, ==, 10000);
  g_assert_cmpint (time, ==, 44 * 60 + 30);

  /* The week view's first day column is a Sunday: today's week. */
  first = rp_day_column_get_date (RP_DAY_COLUMN (rp_week_view_get_day_widget (week, 0)));
  g_assert_cmpint (rp_date_get_weekday (first), ==, G_DATE_SUNDAY);
  g_assert_cmpuint (first, ==, rp_date_week_start (rp_date_today (), G_DATE_SUNDAY));
  g_assert_cmpuint (rp_week_view_get_week_start (week), ==, first);
  g_assert_cmpuint (rp_window_get_week_start (fixture->window), ==, first);

  /* The month's grid and its weekday names start on Sunday too. */
  show_view (fixture, "month");
  g_assert_cmpint (rp_date_get_weekday (rp_month_view_get_first_day (month)), ==, G_DATE_SUNDAY);
  header = month_header (month);
  g_assert_cmpstr (header, ==, "Sun Mon Tue Wed Thu Fri Sat Week");
  show_view (fixture, "week");

  /* A preference changed later leaves the plan's own setting be. */
  g_settings_set_string (settings, "first-day-of-week", "monday");
  g_settings_set_string (settings, "default-unit", "km");
  iterate (5);
  g_assert_cmpint (rp_athlete_get_week_start (athlete), ==, G_DATE_SUNDAY);
  g_assert_cmpint (rp_athlete_get_unit (athlete), ==, RP_UNIT_MI);
  g_assert_cmpuint (rp_week_view_get_week_start (week), ==, first);

  g_unlink (path);
  g_rmdir (dir);
}

/* With the defaults, a new plan is what it always was: Monday weeks,
 * kilometres, 40 km, Monday rest, recovery runs. */
static void
test_new_plan_defaults (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("rp-prefs-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "new.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpAthlete) built_in = rp_athlete_new ();
  RpAthlete *athlete;

  rp_window_new_plan_at (fixture->window, file);
  g_assert_true (ui_test_wait_window_idle (fixture->window));
  athlete = rp_plan_get_athlete (rp_window_get_plan (fixture->window));
  g_assert_true (rp_athlete_equal (athlete, built_in));

  g_unlink (path);
  g_rmdir (dir);
}

/* The first start's setup shows the preferences (the new plan was made
 * from them), and its answers become the preferences. */
static void
test_first_start (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = settings_new ();
  GtkWidget *setup;
  GtkSpinButton *volume;
  RpAthlete *athlete;

  g_settings_set_boolean (settings, "first-start-done", FALSE);
  g_settings_set_string (settings, "default-unit", "mi");
  g_settings_set_int (settings, "default-volume-m", (int) llround (30 * RP_METRES_PER_MILE));
  g_settings_set_flags (settings, "default-rest-days", 1u << 4);
  g_settings_set_string (settings, "default-recovery", "cross-training");
  g_settings_set_string (settings, "first-day-of-week", "saturday");

  clear_default_dir ();
  rp_window_open_at_start (fixture->window, NULL);
  g_assert_true (ui_test_wait_window_idle (fixture->window));
  iterate (3);
  setup = find_toplevel (RP_TYPE_SETUP_WINDOW);
  g_assert_nonnull (setup);

  athlete = rp_plan_get_athlete (rp_window_get_plan (fixture->window));
  g_assert_cmpint (rp_athlete_get_week_start (athlete), ==, G_DATE_SATURDAY);
  g_assert_cmpint (rp_athlete_get_recovery_preference (athlete), ==, RP_RECOVERY_CROSS_TRAINING);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row (setup, "Unit"))), ==, RP_UNIT_MI);
  volume = GTK_SPIN_BUTTON (row_widget (setup, "Weekly volume"));
  g_assert_cmpfloat_with_epsilon (gtk_spin_button_get_value (volume), 30.0, 0.001);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (row_widget (setup, "Friday"))));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (row_widget (setup, "Monday"))));

  /* The answers: kilometres, 50 km, rest on Wednesday. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row (setup, "Unit")), RP_UNIT_KM);
  gtk_spin_button_set_value (volume, 50.0);
  gtk_switch_set_active (GTK_SWITCH (row_widget (setup, "Friday")), FALSE);
  gtk_switch_set_active (GTK_SWITCH (row_widget (setup, "Wednesday")), TRUE);
  g_assert_true (gtk_widget_activate_action (setup, "setup.apply", NULL));
  iterate (3);

  assert_key ("default-unit", "km");
  g_assert_cmpint (g_settings_get_int (settings, "default-volume-m"), ==, 50000);
  g_assert_cmpuint (g_settings_get_flags (settings, "default-rest-days"), ==, 1u << 2);
  /* What the setup does not ask stays as it was. */
  assert_key ("default-recovery", "cross-training");
  assert_key ("first-day-of-week", "saturday");
}

/* Ctrl+, is the application's Preferences; the plan's settings moved to
 * Alt+Enter (the window binds no Ctrl+, of its own). */
static void
test_plan_settings_key (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GtkShortcutTrigger) alt_return = gtk_shortcut_trigger_parse_string ("<Alt>Return");
  g_autoptr(GtkShortcutTrigger) ctrl_comma = gtk_shortcut_trigger_parse_string ("<Control>comma");
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  gboolean settings_found = FALSE;
  gboolean comma_found = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *action = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));

          if (gtk_shortcut_trigger_equal (trigger, alt_return))
            settings_found = g_str_equal (action, "action(plan.settings)");
          if (gtk_shortcut_trigger_equal (trigger, ctrl_comma))
            comma_found = TRUE;
        }
    }
  g_object_unref (controllers);

  g_assert_true (settings_found);
  g_assert_false (comma_found);
}

/* The application: app.preferences (Ctrl+,) shows one Preferences window
 * over the main one, and the colour scheme reaches AdwStyleManager at
 * once, from the key and from the row. */

typedef struct
{
  GtkApplication *app;
  gboolean        checked;
  gboolean        timed_out;
} AppRun;

static void
assert_color_scheme (AdwColorScheme expected)
{
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()), ==,
                   expected);
}

static gboolean
check_app_cb (gpointer user_data)
{
  AppRun *run = user_data;
  g_autoptr(GSettings) settings = settings_new ();
  g_auto(GStrv) accels = NULL;
  GtkWindow *main_window = gtk_application_get_active_window (run->app);
  GtkWidget *prefs;
  GtkWidget *scheme_row;

  if (main_window == NULL || rp_window_is_busy (RP_WINDOW (main_window))
      || rp_window_get_history (RP_WINDOW (main_window)) == NULL)
    return G_SOURCE_CONTINUE;

  accels = gtk_application_get_accels_for_action (run->app, "app.preferences");
  g_assert_cmpuint (g_strv_length (accels), ==, 1);
  g_assert_cmpstr (accels[0], ==, "<Control>comma");

  /* The key applies before any Preferences window is shown. */
  assert_color_scheme (ADW_COLOR_SCHEME_DEFAULT);
  g_settings_set_string (settings, "color-scheme", "dark");
  assert_color_scheme (ADW_COLOR_SCHEME_FORCE_DARK);
  g_settings_set_string (settings, "color-scheme", "light");
  assert_color_scheme (ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_settings_set_string (settings, "color-scheme", "follow-system");
  assert_color_scheme (ADW_COLOR_SCHEME_DEFAULT);

  g_action_group_activate_action (G_ACTION_GROUP (run->app), "preferences", NULL);
  iterate (3);
  prefs = find_toplevel (RP_TYPE_PREFERENCES_WINDOW);
  g_assert_nonnull (prefs);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (prefs)) == main_window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (prefs)));
  wait_until_laid_out (prefs);

  scheme_row = row (prefs, "Colour scheme");
  adw_combo_row_set_selected (ADW_COMBO_ROW (scheme_row), 2);
  assert_color_scheme (ADW_COLOR_SCHEME_FORCE_DARK);
  adw_combo_row_set_selected (ADW_COMBO_ROW (scheme_row), 1);
  assert_color_scheme (ADW_COLOR_SCHEME_FORCE_LIGHT);
  adw_combo_row_set_selected (ADW_COMBO_ROW (scheme_row), 0);
  assert_color_scheme (ADW_COLOR_SCHEME_DEFAULT);

  /* Asked again, the same window comes forward. */
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "preferences", NULL);
  iterate (3);
  g_assert_true (find_toplevel (RP_TYPE_PREFERENCES_WINDOW) == prefs);
  {
    GList *toplevels = gtk_window_list_toplevels ();
    guint n = 0;

    for (GList *l = toplevels; l != NULL; l = l->next)
      n += RP_IS_PREFERENCES_WINDOW (l->data);
    g_list_free (toplevels);
    g_assert_cmpuint (n, ==, 1);
  }

  run->checked = TRUE;
  g_action_group_activate_action (G_ACTION_GROUP (run->app), "quit", NULL);

  return G_SOURCE_REMOVE;
}

static gboolean
app_timeout_cb (gpointer user_data)
{
  AppRun *run = user_data;

  run->timed_out = TRUE;
  g_application_quit (G_APPLICATION (run->app));

  return G_SOURCE_REMOVE;
}

static void
test_app_preferences (void)
{
  g_autoptr(RpApplication) app = rp_application_new ();
  AppRun run = { GTK_APPLICATION (app), FALSE, FALSE };
  guint poll_id;
  guint timeout_id;
  int status;

  reset_preferences ();
  clear_default_dir ();
  poll_id = g_timeout_add (50, check_app_cb, &run);
  timeout_id = g_timeout_add_seconds (60, app_timeout_cb, &run);
  status = g_application_run (G_APPLICATION (app), 0, NULL);
  if (!run.checked)
    g_source_remove (poll_id);
  if (!run.timed_out)
    g_source_remove (timeout_id);

  g_assert_cmpint (status, ==, 0);
  g_assert_true (run.checked);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  PREFS_TEST_ADD ("/ui/prefs/rows-write-keys", test_rows_write_keys);
  PREFS_TEST_ADD ("/ui/prefs/language-week-start", test_language_week_start);
  PREFS_TEST_ADD ("/ui/prefs/new-plan", test_new_plan_takes_preferences);
  PREFS_TEST_ADD ("/ui/prefs/new-plan-defaults", test_new_plan_defaults);
  PREFS_TEST_ADD ("/ui/prefs/first-start", test_first_start);
  PREFS_TEST_ADD ("/ui/prefs/plan-settings-key", test_plan_settings_key);
  g_test_add_func ("/ui/prefs/app", test_app_preferences);

  return ui_test_run ();
}
