/* rp-setup-window.c
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

#define G_LOG_DOMAIN "rp-setup-window"

#include "config.h"

#include "rp-setup-window.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-limits.h"
#include "rp-parse.h"
#include "rp-plan-command.h"
#include "rp-preferences.h"
#include "rp-ui-util.h"

/* The race day offered first: a Sunday twelve weeks on, time enough
 * for a build-up to any of the races. */
#define DEFAULT_RACE_WEEKS 12

struct _RpSetupWindow
{
  AdwWindow       parent_instance;

  /* template widgets */
  AdwComboRow    *goal_row;
  AdwActionRow   *race_day_row;
  GtkMenuButton  *race_day_button;
  GtkCalendar    *race_day_calendar;
  AdwComboRow    *result_row;
  AdwEntryRow    *result_time_row;
  GtkSpinButton  *volume_spin;
  AdwExpanderRow *rest_row;
  GtkWidget      *rest_switches[7];
  AdwComboRow    *unit_row;

  /* borrowed */
  RpWindow       *window;

  RpDate          race_day;
  RpUnit          unit;      /* the unit the volume is shown in */
};

G_DEFINE_FINAL_TYPE (RpSetupWindow, rp_setup_window, ADW_TYPE_WINDOW)

static double
unit_metres (RpUnit unit)
{
  return unit == RP_UNIT_MI ? RP_METRES_PER_MILE : 1000.0;
}

static void
mark_done (void)
{
  g_autoptr(GSettings) settings = rp_ui_settings_new ();

  if (settings != NULL)
    g_settings_set_boolean (settings, "first-start-done", TRUE);
}

static void
show_race_day (RpSetupWindow *self)
{
  GDate date;
  char text[64];

  rp_date_to_gdate (self->race_day, &date);
  /* Translators: a race day, e.g. "Sun 20 Jun 2027"; see strftime(3) */
  g_date_strftime (text, sizeof text, C_("race day", "%a %-d %b %Y"), &date);
  gtk_menu_button_set_label (self->race_day_button, text);
  gtk_widget_set_sensitive (GTK_WIDGET (self->race_day_row),
                            adw_combo_row_get_selected (self->goal_row) != 0);
}

static void
on_goal_changed_cb (AdwComboRow   *row,
                    GParamSpec    *pspec,
                    RpSetupWindow *self)
{
  show_race_day (self);
}

static void
on_race_day_selected_cb (GtkCalendar   *calendar,
                         RpSetupWindow *self)
{
  g_autoptr(GDateTime) picked = gtk_calendar_get_date (calendar);
  RpDate day = rp_date_from_ymd (g_date_time_get_year (picked),
                                 g_date_time_get_month (picked),
                                 g_date_time_get_day_of_month (picked));

  if (!rp_date_is_valid (day) || day == self->race_day)
    return;
  self->race_day = day;
  adw_action_row_set_subtitle (self->race_day_row, NULL);
  show_race_day (self);
  gtk_menu_button_popdown (self->race_day_button);
}

static gboolean
read_result (RpSetupWindow *self,
             gint64        *out_distance,
             gint64        *out_time)
{
  guint selected = adw_combo_row_get_selected (self->result_row);

  if (selected == 0 || selected > RP_N_RACES)
    return FALSE;
  *out_distance = rp_race_distance_m ((RpRace) (selected - 1));

  return rp_parse_duration (gtk_editable_get_text (GTK_EDITABLE (self->result_time_row)), out_time)
         && *out_time > 0;
}

/* A time that cannot be read is marked as it is typed; with "None yet"
 * the row has nothing to say. */
static void
check_result (RpSetupWindow *self)
{
  gint64 distance;
  gint64 time;
  gboolean none = adw_combo_row_get_selected (self->result_row) == 0;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->result_time_row));

  gtk_widget_set_sensitive (GTK_WIDGET (self->result_time_row), !none);
  if (none || *text == '\0' || read_result (self, &distance, &time))
    gtk_widget_remove_css_class (GTK_WIDGET (self->result_time_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->result_time_row), "error");
}

static void
on_result_changed_cb (AdwComboRow   *row,
                      GParamSpec    *pspec,
                      RpSetupWindow *self)
{
  check_result (self);
}

static void
on_result_time_changed_cb (GtkEditable   *editable,
                           RpSetupWindow *self)
{
  check_result (self);
}

static void
show_volume_unit (RpSetupWindow *self)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (self->volume_spin),
                                                                        ADW_TYPE_ACTION_ROW)),
                               self->unit == RP_UNIT_MI ? _("Miles a week")
                                                        : _("Kilometres a week"));
}

/* The volume follows the unit: a round default stays a round default
 * (40 km, 25 mi), any other figure is converted. */
static void
on_unit_changed_cb (AdwComboRow   *row,
                    GParamSpec    *pspec,
                    RpSetupWindow *self)
{
  RpUnit unit = adw_combo_row_get_selected (row) == RP_UNIT_MI ? RP_UNIT_MI : RP_UNIT_KM;
  gint64 metres;

  if (unit == self->unit)
    return;

  metres = llround (gtk_spin_button_get_value (self->volume_spin) * unit_metres (self->unit));
  if (metres == rp_default_volume_m (self->unit))
    metres = rp_default_volume_m (unit);
  self->unit = unit;
  gtk_spin_button_set_value (self->volume_spin, metres / unit_metres (unit));
  show_volume_unit (self);
}

static void
show_rest_days (RpSetupWindow *self)
{
  g_autoptr(GString) rest = g_string_new (NULL);

  for (guint i = 0; i < 7; i++)
    if (gtk_switch_get_active (GTK_SWITCH (self->rest_switches[i])))
      g_string_append_printf (rest, "%s%s", rest->len > 0 ? ", " : "",
                              rp_date_weekday_name ((GDateWeekday) (G_DATE_MONDAY + i)));
  adw_expander_row_set_subtitle (self->rest_row, rest->len > 0 ? rest->str : _("None"));
}

static void
on_rest_day_toggled_cb (GtkSwitch     *sw,
                        GParamSpec    *pspec,
                        RpSetupWindow *self)
{
  show_rest_days (self);
}

/* The athlete the answers make, from the plan's. */
static RpAthlete *
answered_athlete (RpSetupWindow *self,
                  RpAthlete     *athlete)
{
  RpAthlete *answers = rp_athlete_copy (athlete);
  guint goal = adw_combo_row_get_selected (self->goal_row);
  gint64 volume = llround (gtk_spin_button_get_value (self->volume_spin)
                           * unit_metres (self->unit));
  guint mask = 0;
  gint64 distance;
  gint64 time;

  for (guint i = 0; i < 7; i++)
    if (gtk_switch_get_active (GTK_SWITCH (self->rest_switches[i])))
      mask |= 1u << i;

  rp_athlete_set_unit (answers, self->unit);
  rp_athlete_set_volume_m (answers, CLAMP (volume, 0, RP_MAX_VOLUME_M));
  rp_athlete_set_rest_days (answers, mask);
  if (goal > 0 && goal <= RP_N_RACES)
    rp_athlete_set_goal (answers, (RpRace) (goal - 1));
  if (read_result (self, &distance, &time))
    rp_athlete_set_race_result (answers, distance, time);

  return answers;
}

/* What stops the answers from being applied, or NULL; *out_row is the
 * row it concerns. */
static char *
check_answers (RpSetupWindow *self,
               RpPlan        *plan,
               GtkWidget    **out_row)
{
  g_autoptr(GError) error = NULL;
  gint64 distance;
  gint64 time;

  *out_row = GTK_WIDGET (self->result_row);
  if (adw_combo_row_get_selected (self->result_row) != 0 && !read_result (self, &distance, &time))
    return g_strdup (_("Type the race's time, e.g. 45:00 or 1:31:35, or choose “None yet”"));
  *out_row = GTK_WIDGET (self->race_day_row);
  if (adw_combo_row_get_selected (self->goal_row) == 0)
    return NULL;
  if (self->race_day < rp_date_today ())
    return g_strdup (_("The race day has passed: pick a day from today on"));
  if (!rp_limits_check_date (plan, self->race_day, &error))
    return g_strdup_printf (_("The race cannot go on that day: %s"), error->message);

  return NULL;
}

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  RpSetupWindow *self = RP_SETUP_WINDOW (widget);
  RpHistory *history = rp_window_get_history (self->window);
  RpPlan *plan = rp_window_get_plan (self->window);
  g_autoptr(RpAthlete) answers = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  GtkWidget *row;

  /* The row says why; the window stays for the runner to fix it. */
  problem = check_answers (self, plan, &row);
  if (problem != NULL)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), problem);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, problem, -1);
      gtk_widget_grab_focus (row);
      return;
    }

  answers = answered_athlete (self, rp_plan_get_athlete (plan));
  rp_history_begin (history, _("Set Up the Plan"));
  rp_plan_command_set_athlete (plan, history, answers);
  if (adw_combo_row_get_selected (self->goal_row) != 0)
    {
      g_autoptr(RpWorkout) race = rp_workout_new (RP_KIND_RACE);

      /* Sized by the engine: the goal race's distance. */
      if (rp_plan_command_add (plan, history, self->race_day, race, &error) == NULL)
        g_warning ("The goal race was not placed: %s", error->message);
    }
  rp_history_commit (history);

  /* The answers started from the preferences (the new plan was made
   * from them); plans made later start from the answers. */
  rp_preferences_keep_setup_answers (answers);
  mark_done ();
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
skip_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  mark_done ();
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
rp_setup_window_class_init (RpSetupWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/runplanner/RunPlanner/ui/"
                                               "rp-setup-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RpSetupWindow, goal_row);
  gtk_widget_class_bind_template_child (widget_class, RpSetupWindow, race_day_row);
  gtk_widget_class_bind_template_child (widget_class, RpSetupWindow, race_day_button);
  gtk_widget_class_bind_template_child (widget_class, RpSetupWindow, race_day_calendar);
  gtk_widget_class_bind_template_child (widget_class, RpSetupWindow, result_row);
  gtk_widget_class_bind_template_child (widget_class, RpSetupWindow, result_time_row);
  gtk_widget_class_bind_template_child (widget_class, RpSetupWindow, volume_spin);
  gtk_widget_class_bind_template_child (widget_class, RpSetupWindow, rest_row);
  gtk_widget_class_bind_template_child (widget_class, RpSetupWindow, unit_row);
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *name = g_strdup_printf ("rest_switch_%u", i);

      gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                                 G_STRUCT_OFFSET (RpSetupWindow,
                                                                  rest_switches[i]));
    }
  gtk_widget_class_bind_template_callback (widget_class, on_goal_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_race_day_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_result_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_result_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_rest_day_toggled_cb);

  gtk_widget_class_install_action (widget_class, "setup.apply", NULL, apply_action);
  gtk_widget_class_install_action (widget_class, "setup.skip", NULL, skip_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "setup.skip", NULL);
}

static void
rp_setup_window_init (RpSetupWindow *self)
{
  /* Translators: no goal race */
  g_autoptr(GtkStringList) goals = rp_ui_race_list_new (C_("race", "None"));
  /* Translators: no recent race result */
  g_autoptr(GtkStringList) results = rp_ui_race_list_new (_("None yet"));

  gtk_widget_init_template (GTK_WIDGET (self));
  /* Races and weekdays in core's words; a race's position is its value
   * + 1. No race day or result to show yet: show_athlete () sets them. */
  g_signal_handlers_block_by_func (self->goal_row, on_goal_changed_cb, self);
  g_signal_handlers_block_by_func (self->result_row, on_result_changed_cb, self);
  adw_combo_row_set_model (self->goal_row, G_LIST_MODEL (goals));
  adw_combo_row_set_model (self->result_row, G_LIST_MODEL (results));
  g_signal_handlers_unblock_by_func (self->goal_row, on_goal_changed_cb, self);
  g_signal_handlers_unblock_by_func (self->result_row, on_result_changed_cb, self);
  rp_ui_name_weekday_switches (self->rest_switches);
}

/* The answers start from the plan's athlete: what Skip leaves. */
static void
show_athlete (RpSetupWindow *self,
              RpAthlete     *athlete)
{
  RpDate day = rp_date_today () + DEFAULT_RACE_WEEKS * 7;
  GDate date;
  g_autoptr(GDateTime) shown = NULL;

  self->unit = rp_athlete_get_unit (athlete);
  adw_combo_row_set_selected (self->unit_row, self->unit);
  show_volume_unit (self);
  gtk_spin_button_set_value (self->volume_spin,
                             rp_athlete_get_volume_m (athlete) / unit_metres (self->unit));
  for (guint i = 0; i < 7; i++)
    gtk_switch_set_active (GTK_SWITCH (self->rest_switches[i]),
                           rp_athlete_is_rest_day (athlete, (GDateWeekday) (i + 1)));
  show_rest_days (self);

  self->race_day = day + (G_DATE_SUNDAY - rp_date_get_weekday (day));
  rp_date_to_gdate (self->race_day, &date);
  shown = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                 g_date_get_day (&date), 0, 0, 0);
  gtk_calendar_select_day (self->race_day_calendar, shown);
  adw_combo_row_set_selected (self->goal_row, 0);
  adw_combo_row_set_selected (self->result_row, 0);
  check_result (self);
  show_race_day (self);
}

RpSetupWindow *
rp_setup_window_new (RpWindow *window)
{
  RpSetupWindow *self;

  g_return_val_if_fail (RP_IS_WINDOW (window), NULL);

  self = g_object_new (RP_TYPE_SETUP_WINDOW,
                       "transient-for", window,
                       NULL);
  self->window = window;
  show_athlete (self, rp_plan_get_athlete (rp_window_get_plan (window)));

  return self;
}

static void
on_window_map_cb (GtkWidget *window,
                  gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (window, on_window_map_cb, user_data);
  gtk_window_present (GTK_WINDOW (rp_setup_window_new (RP_WINDOW (window))));
}

void
rp_setup_window_offer (RpWindow *window)
{
  g_autoptr(GSettings) settings = rp_ui_settings_new ();

  g_return_if_fail (RP_IS_WINDOW (window));

  /* Without the settings schema (run uninstalled) every first start
   * asks again, as it should: nothing records the answer. */
  if (settings != NULL && g_settings_get_boolean (settings, "first-start-done"))
    return;

  /* Over the window: at start-up it is not shown yet, and a dialog shown
   * before its parent could end up behind it. */
  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    on_window_map_cb (GTK_WIDGET (window), NULL);
  else
    g_signal_connect (window, "map", G_CALLBACK (on_window_map_cb), NULL);
}
