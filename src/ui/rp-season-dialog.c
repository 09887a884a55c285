/* rp-season-dialog.c
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

#define G_LOG_DOMAIN "rp-season-dialog"

#include "config.h"

#include "rp-season-dialog.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-go-to-button.h"
#include "rp-kind.h"
#include "rp-plan-command-season.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"

/* The race a season aims at by default: 16 weeks out, on the Sunday
 * that ends the week (a marathon's usual build). */
#define DEFAULT_WEEKS_TO_RACE 16

struct _RpSeasonDialog
{
  AdwWindow       parent_instance;

  /* template widgets */
  GtkWidget      *build_button;
  GtkWidget      *cancel_button;
  GtkMenuButton  *race_date_button;
  GtkCalendar    *race_calendar;
  AdwComboRow    *distance_row;
  AdwActionRow   *volume_row;
  GtkSpinButton  *volume_spin;
  AdwExpanderRow *start_row;
  GtkMenuButton  *start_button;
  GtkCalendar    *start_calendar;
  GtkLabel       *error_label;

  /* owned */
  RpDocument     *document;
  RpPlan         *plan;
};

G_DEFINE_FINAL_TYPE (RpSeasonDialog, rp_season_dialog, ADW_TYPE_WINDOW)

static double
unit_m (RpSeasonDialog *self)
{
  return rp_athlete_get_unit (rp_plan_get_athlete (self->plan)) == RP_UNIT_MI
         ? RP_METRES_PER_MILE : 1000.0;
}

static RpDate
calendar_get (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) time = gtk_calendar_get_date (calendar);

  return rp_date_from_ymd (g_date_time_get_year (time), g_date_time_get_month (time),
                           g_date_time_get_day_of_month (time));
}

static void
calendar_set (GtkCalendar *calendar,
              RpDate       date)
{
  g_autoptr(GDateTime) time = NULL;
  GDate gdate;

  rp_date_to_gdate (date, &gdate);
  /* Noon: no time zone moves it to another day. */
  time = g_date_time_new_local (g_date_get_year (&gdate), g_date_get_month (&gdate),
                                g_date_get_day (&gdate), 12, 0, 0);
  gtk_calendar_select_day (calendar, time);
}

/* The buttons name the day picked. */
static void
sync_button (GtkMenuButton *button,
             GtkCalendar   *calendar)
{
  g_autofree char *day = rp_date_format_day_long (calendar_get (calendar));

  gtk_menu_button_set_label (button, day);
  rp_ui_set_label (GTK_WIDGET (button), day);
}

static void
on_race_day_selected_cb (GtkCalendar    *calendar,
                         RpSeasonDialog *self)
{
  sync_button (self->race_date_button, calendar);
  gtk_menu_button_popdown (self->race_date_button);
}

static void
on_start_day_selected_cb (GtkCalendar    *calendar,
                          RpSeasonDialog *self)
{
  sync_button (self->start_button, calendar);
  gtk_menu_button_popdown (self->start_button);
}

static void
show_error (RpSeasonDialog *self,
            const char     *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
season_build_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  rp_season_dialog_build (RP_SEASON_DIALOG (widget));
}

/* A season built on a plan no longer shown would change nothing seen:
 * the dialog goes with the plan it was opened on. */
static void
on_document_history_cb (RpDocument     *document,
                        GParamSpec     *pspec,
                        RpSeasonDialog *self)
{
  if (rp_document_get_plan (document) != self->plan)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
rp_season_dialog_dispose (GObject *object)
{
  RpSeasonDialog *self = RP_SEASON_DIALOG (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_SEASON_DIALOG);

  G_OBJECT_CLASS (rp_season_dialog_parent_class)->dispose (object);
}

static void
rp_season_dialog_class_init (RpSeasonDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_season_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-season-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, RpSeasonDialog, build_button);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonDialog, race_date_button);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonDialog, race_calendar);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonDialog, distance_row);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonDialog, volume_row);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonDialog, volume_spin);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonDialog, start_row);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonDialog, start_button);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonDialog, start_calendar);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonDialog, error_label);

  gtk_widget_class_install_action (widget_class, "season.build", NULL, season_build_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_season_dialog_init (RpSeasonDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect (self->race_calendar, "day-selected",
                    G_CALLBACK (on_race_day_selected_cb), self);
  g_signal_connect (self->start_calendar, "day-selected",
                    G_CALLBACK (on_start_day_selected_cb), self);
  rp_ui_set_label (self->cancel_button, _("Cancel"));
  rp_ui_set_label (self->build_button, _("Build the season"));
  rp_ui_set_label (GTK_WIDGET (self->volume_spin), _("Weekly volume now"));
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (
                                    GTK_EDITABLE (self->volume_spin))), TRUE);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->build_button);
}

/* The plan's goal race (its last race the runner placed), when it is
 * after this week: the season is most likely toward it. */
static void
preselect_goal_race (RpSeasonDialog *self,
                     RpDate          this_week)
{
  RpDate race;

  if (!rp_go_to_find_goal_race (self->plan, &race) || race < this_week + 7)
    return;

  rp_season_dialog_set_race_date (self, race);
  for (guint i = 0; i < rp_plan_get_n_workouts (self->plan, race); i++)
    {
      RpWorkout *workout = rp_plan_get_workout (self->plan, race, i);

      if (rp_workout_get_kind (workout) != RP_KIND_RACE || !rp_workout_get_pinned (workout))
        continue;
      for (RpRace r = 0; r < RP_N_RACES; r++)
        if (rp_race_distance_m (r) == rp_workout_get_distance_m (workout))
          adw_combo_row_set_selected (self->distance_row, r);
    }
}

RpSeasonDialog *
rp_season_dialog_new (GtkWindow  *parent,
                      RpDocument *document)
{
  g_autoptr(GtkStringList) races = rp_ui_race_list_new (NULL);
  RpSeasonDialog *self;
  RpAthlete *athlete;
  RpDate week;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (RP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (RP_IS_PLAN (rp_document_get_plan (document)), NULL);

  self = g_object_new (RP_TYPE_SEASON_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->plan = g_object_ref (rp_document_get_plan (document));
  g_signal_connect (document, "notify::history", G_CALLBACK (on_document_history_cb), self);
  athlete = rp_plan_get_athlete (self->plan);

  adw_combo_row_set_model (self->distance_row, G_LIST_MODEL (races));
  adw_combo_row_set_selected (self->distance_row, rp_athlete_get_goal (athlete));
  adw_action_row_set_subtitle (self->volume_row,
                               rp_athlete_get_unit (athlete) == RP_UNIT_MI
                               ? _("Miles a week") : _("Kilometres a week"));
  rp_season_dialog_set_volume_m (self, rp_athlete_get_volume_m (athlete));

  week = rp_date_week_start (rp_date_today (), rp_athlete_get_week_start (athlete));
  rp_season_dialog_set_race_date (self, week + 7 * DEFAULT_WEEKS_TO_RACE + 6);
  preselect_goal_race (self, week);
  calendar_set (self->start_calendar, week + 7);
  sync_button (self->start_button, self->start_calendar);

  return self;
}

void
rp_season_dialog_set_race_date (RpSeasonDialog *self,
                                RpDate          date)
{
  g_return_if_fail (RP_IS_SEASON_DIALOG (self));
  g_return_if_fail (rp_date_is_valid (date));

  calendar_set (self->race_calendar, date);
  sync_button (self->race_date_button, self->race_calendar);
}

RpDate
rp_season_dialog_get_race_date (RpSeasonDialog *self)
{
  g_return_val_if_fail (RP_IS_SEASON_DIALOG (self), RP_DATE_INVALID);

  return calendar_get (self->race_calendar);
}

void
rp_season_dialog_set_race (RpSeasonDialog *self,
                           RpRace          race)
{
  g_return_if_fail (RP_IS_SEASON_DIALOG (self));
  g_return_if_fail (race < RP_N_RACES);

  adw_combo_row_set_selected (self->distance_row, race);
}

void
rp_season_dialog_set_volume_m (RpSeasonDialog *self,
                               gint64          volume_m)
{
  g_return_if_fail (RP_IS_SEASON_DIALOG (self));

  gtk_spin_button_set_value (self->volume_spin, round (volume_m / unit_m (self)));
}

void
rp_season_dialog_set_first_week (RpSeasonDialog *self,
                                 RpDate          date)
{
  g_return_if_fail (RP_IS_SEASON_DIALOG (self));

  adw_expander_row_set_enable_expansion (self->start_row, rp_date_is_valid (date));
  if (rp_date_is_valid (date))
    {
      calendar_set (self->start_calendar, date);
      sync_button (self->start_button, self->start_calendar);
    }
}

gboolean
rp_season_dialog_build (RpSeasonDialog *self)
{
  g_autoptr(GError) error = NULL;
  GtkWindow *parent;
  RpDate first = RP_DATE_INVALID;
  guint race;
  gint64 volume_m;

  g_return_val_if_fail (RP_IS_SEASON_DIALOG (self), FALSE);

  race = adw_combo_row_get_selected (self->distance_row);
  if (race >= RP_N_RACES)
    race = RP_RACE_MARATHON;
  gtk_spin_button_update (self->volume_spin);
  volume_m = (gint64) round (gtk_spin_button_get_value (self->volume_spin) * unit_m (self));
  if (adw_expander_row_get_enable_expansion (self->start_row))
    first = calendar_get (self->start_calendar);

  if (!rp_plan_command_build_season (self->plan, rp_document_get_history (self->document), first,
                                     calendar_get (self->race_calendar),
                                     rp_race_distance_m ((RpRace) race), volume_m, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }

  /* The runner sees what was built. */
  parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  if (parent != NULL)
    gtk_widget_activate_action (GTK_WIDGET (parent), "win.view", "s", "season");
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

const char *
rp_season_dialog_get_error (RpSeasonDialog *self)
{
  g_return_val_if_fail (RP_IS_SEASON_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;
  return gtk_label_get_text (self->error_label);
}
