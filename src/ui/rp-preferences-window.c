/* rp-preferences-window.c
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

#define G_LOG_DOMAIN "rp-preferences-window"

#include "config.h"

#include "rp-preferences-window.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-athlete.h"
#include "rp-date.h"
#include "rp-preferences.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"

struct _RpPreferencesWindow
{
  AdwPreferencesWindow parent_instance;

  /* template widgets */
  AdwComboRow    *color_scheme_row;
  AdwComboRow    *week_start_row;
  AdwComboRow    *unit_row;
  AdwActionRow   *volume_row;
  GtkSpinButton  *volume_spin;
  GtkAdjustment  *volume_adjustment;
  AdwExpanderRow *rest_row;
  AdwComboRow    *recovery_row;
  GtkWidget      *rest_switches[7];

  /* owned */
  GSettings      *settings;

  RpUnit          unit;      /* the unit the volume is shown in */
  gboolean        syncing;   /* the rows are being set from the settings */
};

G_DEFINE_FINAL_TYPE (RpPreferencesWindow, rp_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* A combo row's positions and its enum key's values (the schema's nicks),
 * in the order of the row's model. */
static const char * const color_scheme_nicks[] = { "follow-system", "light", "dark", NULL };
static const char * const week_start_nicks[] = {
  "language", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL
};
static const char * const unit_nicks[] = { "km", "mi", NULL };
static const char * const recovery_nicks[] = { "run", "cross-training", "walk", NULL };

static double
unit_metres (RpUnit unit)
{
  return unit == RP_UNIT_MI ? RP_METRES_PER_MILE : 1000.0;
}

static gboolean
nick_to_position_cb (GValue   *value,
                     GVariant *variant,
                     gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
position_to_nick_cb (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  /* No selection (GTK_INVALID_LIST_POSITION) writes nothing. */
  if (position >= g_strv_length ((char **) nicks))
    return NULL;

  return g_variant_new_string (nicks[position]);
}

static void
bind_combo (RpPreferencesWindow *self,
            const char          *key,
            AdwComboRow         *row,
            const char * const  *nicks)
{
  g_settings_bind_with_mapping (self->settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position_cb, position_to_nick_cb, (gpointer) nicks, NULL);
}

/* Whether the spin still shows metres: it rounds to its digits (25 mi
 * is 40,234 m, shown as 25.0) and takes the rounded figure as its own
 * value on focus out; writing that back would change what the runner
 * did not. */
static gboolean
spin_shows (RpPreferencesWindow *self,
            gint64               metres)
{
  double shown = gtk_spin_button_get_value (self->volume_spin);
  double half_step = 0.5 * pow (10.0, -(double) gtk_spin_button_get_digits (self->volume_spin));

  return fabs (shown - metres / unit_metres (self->unit)) <= half_step + 1e-9;
}

static void
show_volume (RpPreferencesWindow *self)
{
  gint64 metres = g_settings_get_int (self->settings, "default-volume-m");

  self->syncing = TRUE;
  gtk_adjustment_set_upper (self->volume_adjustment,
                            floor (RP_MAX_VOLUME_M / unit_metres (self->unit) * 10.0) / 10.0);
  if (!spin_shows (self, metres))
    gtk_spin_button_set_value (self->volume_spin, metres / unit_metres (self->unit));
  adw_action_row_set_subtitle (self->volume_row,
                               self->unit == RP_UNIT_MI
                               ? _("Miles a week; a plan’s own in Plan Settings wins")
                               : _("Kilometres a week; a plan’s own in Plan Settings wins"));
  self->syncing = FALSE;
}

static void
show_rest_days (RpPreferencesWindow *self)
{
  guint mask = g_settings_get_flags (self->settings, "default-rest-days");
  g_autoptr(GString) days = g_string_new (NULL);
  g_autofree char *subtitle = NULL;

  self->syncing = TRUE;
  for (guint i = 0; i < 7; i++)
    {
      gboolean rest = (mask & (1u << i)) != 0;

      gtk_switch_set_active (GTK_SWITCH (self->rest_switches[i]), rest);
      if (rest)
        g_string_append_printf (days, "%s%s", days->len > 0 ? ", " : "",
                                rp_date_weekday_name ((GDateWeekday) (G_DATE_MONDAY + i)));
    }
  self->syncing = FALSE;

  /* Translators: %s lists the rest days, e.g. "Monday, Friday", or says "None" */
  subtitle = g_strdup_printf (_("%s; a plan’s own in Plan Settings wins"),
                              days->len > 0 ? days->str : _("None"));
  adw_expander_row_set_subtitle (self->rest_row, subtitle);
}

/* The unit moves the volume's figures; a round default stays one (40 km
 * becomes 25 mi, not 24.9 mi), as in the first start's setup. */
static void
follow_unit (RpPreferencesWindow *self)
{
  RpUnit old_unit = self->unit;
  gint64 metres = g_settings_get_int (self->settings, "default-volume-m");

  self->unit = g_settings_get_enum (self->settings, "default-unit") == RP_UNIT_MI
               ? RP_UNIT_MI : RP_UNIT_KM;
  if (self->unit == old_unit)
    return;

  /* The volume's own "changed" shows it, in the new unit. */
  if (metres == rp_default_volume_m (old_unit)
      && g_settings_is_writable (self->settings, "default-volume-m"))
    g_settings_set_int (self->settings, "default-volume-m", (int) rp_default_volume_m (self->unit));
  show_volume (self);
}

static void
on_settings_changed_cb (GSettings           *settings,
                        const char          *key,
                        RpPreferencesWindow *self)
{
  if (g_str_equal (key, "default-unit"))
    follow_unit (self);
  else if (g_str_equal (key, "default-volume-m"))
    show_volume (self);
  else if (g_str_equal (key, "default-rest-days"))
    show_rest_days (self);
}

static void
on_volume_changed_cb (GtkSpinButton       *spin,
                      RpPreferencesWindow *self)
{
  gint64 metres;

  if (self->syncing || self->settings == NULL
      || spin_shows (self, g_settings_get_int (self->settings, "default-volume-m")))
    return;

  metres = llround (gtk_spin_button_get_value (spin) * unit_metres (self->unit));
  g_settings_set_int (self->settings, "default-volume-m", (int) CLAMP (metres, 0, RP_MAX_VOLUME_M));
}

/* Only the day toggled is read: the others may still be on their way to
 * a new set of rest days. */
static void
on_rest_day_toggled_cb (GtkSwitch           *sw,
                        GParamSpec          *pspec,
                        RpPreferencesWindow *self)
{
  guint mask;
  guint day = 0;

  if (self->syncing || self->settings == NULL)
    return;

  while (day < 7 && self->rest_switches[day] != GTK_WIDGET (sw))
    day++;
  g_return_if_fail (day < 7);

  mask = g_settings_get_flags (self->settings, "default-rest-days");
  if (gtk_switch_get_active (sw) == ((mask & (1u << day)) != 0))
    return;
  g_settings_set_flags (self->settings, "default-rest-days", mask ^ (1u << day));
}

/* "Language default (Monday)", then the weekdays in core's words. */
static void
fill_week_start_model (RpPreferencesWindow *self)
{
  g_autoptr(GtkStringList) days = rp_ui_weekday_list_new ();
  g_autofree char *language = NULL;
  const char *first[2] = { NULL, NULL };

  /* Translators: %s is the weekday the language's region starts weeks on */
  language = g_strdup_printf (_("Language default (%s)"),
                              rp_date_weekday_name (rp_preferences_language_week_start ()));
  first[0] = language;
  gtk_string_list_splice (days, 0, 0, first);
  adw_combo_row_set_model (self->week_start_row, G_LIST_MODEL (days));
}

static void
bind_rows (RpPreferencesWindow *self)
{
  bind_combo (self, "color-scheme", self->color_scheme_row, color_scheme_nicks);
  bind_combo (self, "first-day-of-week", self->week_start_row, week_start_nicks);
  bind_combo (self, "default-unit", self->unit_row, unit_nicks);
  bind_combo (self, "default-recovery", self->recovery_row, recovery_nicks);

  self->unit = g_settings_get_enum (self->settings, "default-unit") == RP_UNIT_MI
               ? RP_UNIT_MI : RP_UNIT_KM;
  show_volume (self);
  show_rest_days (self);
  g_signal_connect (self->settings, "changed", G_CALLBACK (on_settings_changed_cb), self);
}

static void
rp_preferences_window_dispose (GObject *object)
{
  RpPreferencesWindow *self = RP_PREFERENCES_WINDOW (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (rp_preferences_window_parent_class)->dispose (object);
}

static void
rp_preferences_window_class_init (RpPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/runplanner/RunPlanner/ui/"
                                               "rp-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, week_start_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, unit_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, volume_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, volume_spin);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, volume_adjustment);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, rest_row);
  gtk_widget_class_bind_template_child (widget_class, RpPreferencesWindow, recovery_row);
  for (guint i = 0; i < 7; i++)
    {
      g_autofree char *name = g_strdup_printf ("rest_switch_%u", i);

      gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                                 G_STRUCT_OFFSET (RpPreferencesWindow,
                                                                  rest_switches[i]));
    }
  gtk_widget_class_bind_template_callback (widget_class, on_volume_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_rest_day_toggled_cb);
}

static void
rp_preferences_window_init (RpPreferencesWindow *self)
{
  /* The handlers run as the template sets the rows: no settings yet. */
  self->syncing = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->syncing = FALSE;
  fill_week_start_model (self);
  rp_ui_name_weekday_switches (self->rest_switches);

  self->settings = rp_ui_settings_new ();
  if (self->settings == NULL)
    {
      /* Run uninstalled without the schema: nothing could be kept. */
      GtkWidget *rows[] = {
        GTK_WIDGET (self->color_scheme_row), GTK_WIDGET (self->week_start_row),
        GTK_WIDGET (self->unit_row), GTK_WIDGET (self->volume_row),
        GTK_WIDGET (self->rest_row), GTK_WIDGET (self->recovery_row),
      };

      for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
        gtk_widget_set_sensitive (rows[i], FALSE);
      return;
    }
  bind_rows (self);
}

RpPreferencesWindow *
rp_preferences_window_new (GtkWindow *parent)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);

  return g_object_new (RP_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", parent != NULL,
                       "destroy-with-parent", TRUE,
                       NULL);
}
