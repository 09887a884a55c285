/* rp-settings-window.c
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

#define G_LOG_DOMAIN "rp-settings-window"

#include "config.h"

#include "rp-settings-window-private.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-date.h"
#include "rp-limits.h"
#include "rp-plan-command.h"
#include "rp-planner.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"

G_DEFINE_FINAL_TYPE (RpSettingsWindow, rp_settings_window, ADW_TYPE_PREFERENCES_WINDOW)

RpAthlete *
rp_settings_window_athlete (RpSettingsWindow *self)
{
  return rp_plan_get_athlete (self->plan);
}

static RpAthlete *
athlete (RpSettingsWindow *self)
{
  return rp_plan_get_athlete (self->plan);
}

static double
unit_metres (RpSettingsWindow *self)
{
  return rp_athlete_get_unit (athlete (self)) == RP_UNIT_MI ? RP_METRES_PER_MILE : 1000.0;
}

/* Every setting goes through here: one undoable edit, then the re-fill. */
void
rp_settings_window_begin_change (RpSettingsWindow *self)
{
  rp_history_begin (self->history, _("Change Plan Settings"));
}

void
rp_settings_window_end_change (RpSettingsWindow *self)
{
  rp_planner_refill_all (self->plan);
  rp_history_commit (self->history);
}

/* The rows that name the unit, the week and the rest days follow them. */
static void
sync_row_texts (RpSettingsWindow *self)
{
  RpAthlete *a = athlete (self);
  /* The week shown, as the plan's week start now cuts it. */
  g_autofree char *week = rp_date_format_week_range (rp_date_week_start (self->week_start,
                                                                       rp_athlete_get_week_start (a)));
  g_autofree char *override = NULL;
  g_autoptr(GString) rest = g_string_new (NULL);

  adw_action_row_set_subtitle (self->volume_row,
                               rp_athlete_get_unit (a) == RP_UNIT_MI
                               ? _("Miles a week, unless a week has its own")
                               : _("Kilometres a week, unless a week has its own"));

  /* Translators: %s is a week, e.g. "23 – 29 Nov 2026" */
  override = g_strdup_printf (_("Different target for %s"), week);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->override_row), override);
  rp_ui_set_label (GTK_WIDGET (self->override_row), override);

  for (GDateWeekday d = G_DATE_MONDAY; d <= G_DATE_SUNDAY; d++)
    if (rp_athlete_is_rest_day (a, d))
      g_string_append_printf (rest, "%s%s", rest->len > 0 ? ", " : "",
                              rp_date_weekday_name (d));
  adw_expander_row_set_subtitle (self->rest_row, rest->len > 0 ? rest->str : _("None"));
}

/* The rows the athlete's properties do not drive: the race and paces,
 * and the volumes, which are shown in the unit. */
static void
sync_from_model (RpSettingsWindow *self)
{
  RpAthlete *a = athlete (self);

  self->syncing = TRUE;
  rp_settings_window_sync_race (self);
  gtk_spin_button_set_value (self->volume_spin, rp_athlete_get_volume_m (a) / unit_metres (self));
  if (rp_plan_contains (self->plan, self->week_start))
    {
      guint week = rp_plan_get_week_index (self->plan, self->week_start);
      gint64 override = rp_plan_get_week_target_override (self->plan, week);

      adw_expander_row_set_enable_expansion (self->override_row,
                                             override != RP_PLAN_TARGET_DEFAULT);
      gtk_spin_button_set_value (self->override_spin,
                                 rp_plan_get_week_target (self->plan, week) / unit_metres (self));
    }
  else
    {
      /* A week outside the plan has no target of its own yet: enabling
       * one starts from the default. */
      adw_expander_row_set_enable_expansion (self->override_row, FALSE);
      gtk_spin_button_set_value (self->override_spin,
                                 rp_athlete_get_volume_m (a) / unit_metres (self));
    }
  sync_row_texts (self);
  self->syncing = FALSE;
}

static void
on_plan_changed_cb (RpPlan           *plan,
                    RpDate            first,
                    RpDate            last,
                    RpSettingsWindow *self)
{
  sync_from_model (self);
}

/* A change the plan cannot take: the row says why, a toast too, and the
 * rows show the plan's values again. */
void
rp_settings_window_refuse_change (RpSettingsWindow *self,
                                  GtkWidget        *row,
                                  const char       *why)
{
  if (ADW_IS_EXPANDER_ROW (row))
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), why);
  else
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), why);
  rp_ui_set_description (row, why);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (why));
  sync_from_model (self);
}

/* Moving the week start moves the plan's first day back to it, and its
 * last week with it: both must stay inside 1900-01-01 … 2200-12-31
 * (the file could not be saved, nor the week shown, otherwise). */
static char *
check_week_start (RpSettingsWindow *self,
                  GDateWeekday      weekday)
{
  RpDate first_day = rp_date_from_ymd (RP_DATE_MIN_YEAR, 1, 1);
  RpDate last_day = rp_date_from_ymd (RP_DATE_MAX_YEAR, 12, 31);
  RpDate old_start = rp_plan_get_start (self->plan);
  gint64 start = (gint64) old_start - ((rp_date_get_weekday (old_start) - weekday + 7) % 7);
  gint64 n_weeks = ((gint64) rp_plan_get_end (self->plan) - start) / 7 + 1;

  if (start < (gint64) first_day)
    return g_strdup_printf (_("The weeks cannot start on that day: the plan's first week would "
                              "start before %d-01-01, the first day a plan can hold"),
                            RP_DATE_MIN_YEAR);
  if (start + n_weeks * 7 - 1 > (gint64) last_day)
    return g_strdup_printf (_("The weeks cannot start on that day: the plan's last week would "
                              "end after %d-12-31, the last day a plan can hold"),
                            RP_DATE_MAX_YEAR);
  if (n_weeks > RP_MAX_WEEKS)
    return g_strdup_printf (_("The weeks cannot start on that day: the plan would grow past %d "
                              "weeks"), RP_MAX_WEEKS);

  return NULL;
}

/* The athlete property a combo row is bound to, and the row position of
 * its value (the week start counts from Monday = 1). */
static const char *
combo_property (RpSettingsWindow *self,
                AdwComboRow      *row,
                guint            *out_position)
{
  RpAthlete *a = athlete (self);

  if (row == self->goal_row)
    *out_position = rp_athlete_get_goal (a);
  else if (row == self->unit_row)
    *out_position = rp_athlete_get_unit (a);
  else if (row == self->recovery_row)
    *out_position = rp_athlete_get_recovery_preference (a);
  else if (row == self->week_start_row)
    *out_position = rp_athlete_get_week_start (a) - 1;
  else
    g_return_val_if_reached (NULL);

  return row == self->goal_row ? "goal"
         : row == self->unit_row ? "unit"
         : row == self->recovery_row ? "recovery-preference"
         : "week-start";
}

/* A combo row the runner changed: its athlete property takes the new
 * value as one undoable edit. The binding that follows the athlete
 * brings the row back here with the value the athlete has: no edit. */
static void
on_combo_changed_cb (AdwComboRow      *row,
                     GParamSpec       *pspec,
                     RpSettingsWindow *self)
{
  guint selected = adw_combo_row_get_selected (row);
  guint current;
  const char *property;

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;
  property = combo_property (self, row, &current);
  if (property == NULL || selected == current)
    return;

  if (row == self->week_start_row)
    {
      g_autofree char *refused = check_week_start (self, (GDateWeekday) (selected + 1));

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), NULL);
      if (refused != NULL)
        {
          /* The binding only follows the athlete, which did not change. */
          adw_combo_row_set_selected (row, current);
          rp_settings_window_refuse_change (self, GTK_WIDGET (row), refused);
          return;
        }
      selected++;
    }

  rp_settings_window_begin_change (self);
  g_object_set (athlete (self), property, selected, NULL);
  rp_settings_window_end_change (self);
}

static gint64
spin_metres (RpSettingsWindow *self,
             GtkSpinButton    *spin)
{
  return (gint64) llround (gtk_spin_button_get_value (spin) * unit_metres (self));
}

/* Whether spin still shows metres as sync_from_model set it: a spin
 * rounds to its digits (40 km shows as 24.9 mi) and, on focus out,
 * takes that rounded value as its own. Writing it back would change
 * what the runner did not (40 km → 40,073 m) and refill the plan. */
static gboolean
spin_shows (RpSettingsWindow *self,
            GtkSpinButton    *spin,
            gint64            metres)
{
  double shown = gtk_spin_button_get_value (spin);
  double half_step = 0.5 * pow (10.0, -(double) gtk_spin_button_get_digits (spin));

  return fabs (shown - metres / unit_metres (self)) <= half_step + 1e-9;
}

static void
on_volume_changed_cb (GtkSpinButton    *spin,
                      RpSettingsWindow *self)
{
  if (self->syncing || spin_shows (self, spin, rp_athlete_get_volume_m (athlete (self))))
    return;

  rp_settings_window_begin_change (self);
  rp_athlete_set_volume_m (athlete (self), MIN (spin_metres (self, spin), RP_MAX_VOLUME_M));
  rp_settings_window_end_change (self);
}

static void
apply_override (RpSettingsWindow *self)
{
  g_autoptr(GError) error = NULL;
  gint64 target = RP_PLAN_TARGET_DEFAULT;
  gint64 current = RP_PLAN_TARGET_DEFAULT;

  if (self->syncing)
    return;

  if (adw_expander_row_get_enable_expansion (self->override_row))
    target = MIN (spin_metres (self, self->override_spin), RP_MAX_VOLUME_M);
  if (rp_plan_contains (self->plan, self->week_start))
    current = rp_plan_get_week_target_override (self->plan,
                                                rp_plan_get_week_index (self->plan,
                                                                        self->week_start));

  /* No edit: the spin's own rounding of the target shown, or no target
   * for a week that has none (which would grow the plan to a week
   * outside it for nothing). A target of 0 is a week off. */
  if (target == RP_PLAN_TARGET_DEFAULT
      ? current == RP_PLAN_TARGET_DEFAULT
      : current != RP_PLAN_TARGET_DEFAULT && spin_shows (self, self->override_spin, current))
    return;

  /* A week outside the plan joins it by this edit, undone with it; a week
   * the plan cannot hold (at the ends of the calendar) is refused. */
  if (!rp_plan_command_set_week_target (self->plan, self->history, self->week_start, target,
                                        &error))
    {
      g_autofree char *why = g_strdup_printf (_("This week cannot have its own target: %s"),
                                              error->message);

      rp_settings_window_refuse_change (self, GTK_WIDGET (self->override_row), why);
    }
}

static void
on_override_changed_cb (GtkSpinButton    *spin,
                        RpSettingsWindow *self)
{
  apply_override (self);
}

static void
on_override_enabled_cb (AdwExpanderRow   *row,
                        GParamSpec       *pspec,
                        RpSettingsWindow *self)
{
  apply_override (self);
}

/* Only the day toggled is read: while the binding moves the switches to
 * a new set of rest days one by one, the others are still the old set. */
static void
on_rest_day_toggled_cb (GtkSwitch        *sw,
                        GParamSpec       *pspec,
                        RpSettingsWindow *self)
{
  guint mask;
  guint day = 0;

  if (self->syncing)
    return;
  mask = rp_athlete_get_rest_days (athlete (self));

  while (day < 7 && self->rest_switches[day] != GTK_WIDGET (sw))
    day++;
  g_return_if_fail (day < 7);
  if (gtk_switch_get_active (sw) == ((mask & (1u << day)) != 0))
    return;

  rp_settings_window_begin_change (self);
  rp_athlete_set_rest_days (athlete (self), mask ^ (1u << day));
  rp_settings_window_end_change (self);
}

/* A setting of the plan file, undoable like the others: the app and the
 * CLI write PLAN.ics beside the plan on each save while it is on. */
static void
on_calendar_file_toggled_cb (GtkSwitch        *sw,
                             GParamSpec       *pspec,
                             RpSettingsWindow *self)
{
  gboolean on = gtk_switch_get_active (sw);

  if (self->syncing || on == rp_athlete_get_calendar_file (athlete (self)))
    return;

  rp_settings_window_begin_change (self);
  rp_athlete_set_calendar_file (athlete (self), on);
  rp_settings_window_end_change (self);
}

static gboolean
weekday_to_position_cb (GBinding     *binding,
                        const GValue *from,
                        GValue       *to,
                        gpointer      user_data)
{
  g_value_set_uint (to, g_value_get_uint (from) - 1);

  return TRUE;
}

/* user_data: the day's bit in the rest-days mask. */
static gboolean
mask_to_active_cb (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  g_value_set_boolean (to, (g_value_get_uint (from) & GPOINTER_TO_UINT (user_data)) != 0);

  return TRUE;
}

/* The rows that show one athlete property as it is follow it through a
 * binding (undo, redo, a reload); writing goes through the handlers
 * above, so that each change is one undoable edit. */
static void
bind_rows (RpSettingsWindow *self)
{
  RpAthlete *a = athlete (self);

  self->syncing = TRUE;
  g_object_bind_property (a, "goal", self->goal_row, "selected", G_BINDING_SYNC_CREATE);
  g_object_bind_property (a, "unit", self->unit_row, "selected", G_BINDING_SYNC_CREATE);
  g_object_bind_property (a, "recovery-preference", self->recovery_row, "selected",
                          G_BINDING_SYNC_CREATE);
  g_object_bind_property_full (a, "week-start", self->week_start_row, "selected",
                               G_BINDING_SYNC_CREATE, weekday_to_position_cb, NULL, NULL, NULL);
  for (guint i = 0; i < 7; i++)
    g_object_bind_property_full (a, "rest-days", self->rest_switches[i], "active",
                                 G_BINDING_SYNC_CREATE, mask_to_active_cb, NULL,
                                 GUINT_TO_POINTER (1u << i), NULL);
  g_object_bind_property (a, "calendar-file", self->calendar_file_switch, "active",
                          G_BINDING_SYNC_CREATE);
  self->syncing = FALSE;
}

static void
rp_settings_window_dispose (GObject *object)
{
  RpSettingsWindow *self = RP_SETTINGS_WINDOW (object);

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  g_clear_object (&self->history);

  G_OBJECT_CLASS (rp_settings_window_parent_class)->dispose (object);
}

static void
rp_settings_window_class_init (RpSettingsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_settings_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/runplanner/RunPlanner/ui/"
                                               "rp-settings-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, goal_row);
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, volume_spin);
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, volume_row);
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, override_row);
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, override_spin);
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, rest_row);
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, recovery_row);
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, week_start_row);
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, calendar_file_switch);
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *name = g_strdup_printf ("rest_switch_%u", i);

      gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                                 G_STRUCT_OFFSET (RpSettingsWindow,
                                                                  rest_switches[i]));
    }
  gtk_widget_class_bind_template_callback (widget_class, on_combo_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_volume_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_override_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_override_enabled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_rest_day_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_calendar_file_toggled_cb);
  rp_settings_window_paces_class_init (widget_class);
}

static void
rp_settings_window_init (RpSettingsWindow *self)
{
  g_autoptr(GtkStringList) goals = rp_ui_race_list_new (NULL);
  /* Translators: no recent race */
  g_autoptr(GtkStringList) results = rp_ui_race_list_new (C_("race", "None"));
  g_autoptr(GtkStringList) weekdays = rp_ui_weekday_list_new ();

  /* The handlers run as the template sets the rows: no plan yet. */
  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Races and weekdays in core's words; positions are their values. */
  adw_combo_row_set_model (self->goal_row, G_LIST_MODEL (goals));
  adw_combo_row_set_model (self->race_distance_row, G_LIST_MODEL (results));
  adw_combo_row_set_model (self->week_start_row, G_LIST_MODEL (weekdays));
  rp_ui_name_weekday_switches (self->rest_switches);
}

RpSettingsWindow *
rp_settings_window_new (GtkWindow *parent,
                        RpHistory *history,
                        RpDate     week_start)
{
  RpSettingsWindow *self;

  g_return_val_if_fail (RP_IS_HISTORY (history), NULL);

  self = g_object_new (RP_TYPE_SETTINGS_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
  self->history = g_object_ref (history);
  self->plan = g_object_ref (rp_history_get_plan (history));
  self->week_start = week_start;
  bind_rows (self);
  sync_from_model (self);
  self->changed_id = g_signal_connect (self->plan, "changed",
                                       G_CALLBACK (on_plan_changed_cb), self);

  return self;
}
