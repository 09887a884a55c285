/* rp-preferences.c
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

#define G_LOG_DOMAIN "rp-preferences"

#include "config.h"

#include "rp-preferences.h"

#include <adwaita.h>

#ifdef __GLIBC__
#include <langinfo.h>
#endif

#include "rp-ui-util.h"

GDateWeekday
rp_preferences_language_week_start (void)
{
#ifdef __GLIBC__
  /* As GtkCalendar reads it: the locale's first weekday (1 = the first
   * day of its week 1) counted from its week 1's first day, a date that
   * names a Sunday (19971130) or a Monday (19971201). */
  union { unsigned int word; char *string; } info;
  guint first_weekday;
  guint week_origin;
  guint sunday_based;

  info.string = nl_langinfo (_NL_TIME_FIRST_WEEKDAY);
  first_weekday = (guchar) info.string[0];
  info.string = nl_langinfo (_NL_TIME_WEEK_1STDAY);
  week_origin = info.word;
  if (first_weekday < 1 || first_weekday > 7
      || (week_origin != 19971130 && week_origin != 19971201))
    return G_DATE_MONDAY;

  /* 0 = Sunday … 6 = Saturday. */
  sunday_based = ((week_origin == 19971201 ? 1 : 0) + first_weekday - 1) % 7;

  return sunday_based == 0 ? G_DATE_SUNDAY : (GDateWeekday) sunday_based;
#else
  return G_DATE_MONDAY;
#endif
}

GDateWeekday
rp_preferences_get_week_start (GSettings *settings)
{
  int day;

  g_return_val_if_fail (G_IS_SETTINGS (settings), G_DATE_MONDAY);

  /* The schema's values are GDateWeekday's; 0 is "language". */
  day = g_settings_get_enum (settings, "first-day-of-week");
  if (day < G_DATE_MONDAY || day > G_DATE_SUNDAY)
    return rp_preferences_language_week_start ();

  return (GDateWeekday) day;
}

RpAthlete *
rp_preferences_new_plan_athlete (RpAthlete *runner)
{
  g_autoptr(GSettings) settings = rp_ui_settings_new ();
  RpAthlete *athlete;

  g_return_val_if_fail (runner == NULL || RP_IS_ATHLETE (runner), NULL);

  athlete = runner != NULL ? rp_athlete_copy (runner) : rp_athlete_new ();
  if (settings == NULL)
    return athlete;

  /* The schema's values are RpUnit's, RpRecoveryPreference's and the
   * rest-days mask's bits. */
  rp_athlete_set_unit (athlete, g_settings_get_enum (settings, "default-unit") == RP_UNIT_MI
                                ? RP_UNIT_MI : RP_UNIT_KM);
  rp_athlete_set_volume_m (athlete, CLAMP (g_settings_get_int (settings, "default-volume-m"),
                                           0, RP_MAX_VOLUME_M));
  rp_athlete_set_rest_days (athlete, g_settings_get_flags (settings, "default-rest-days"));
  rp_athlete_set_recovery_preference (athlete,
                                      (RpRecoveryPreference) CLAMP (g_settings_get_enum (settings,
                                                                                         "default-recovery"),
                                                                    RP_RECOVERY_RUN,
                                                                    RP_RECOVERY_WALK));
  rp_athlete_set_week_start (athlete, rp_preferences_get_week_start (settings));

  return athlete;
}

void
rp_preferences_keep_setup_answers (RpAthlete *answers)
{
  g_autoptr(GSettings) settings = rp_ui_settings_new ();

  g_return_if_fail (RP_IS_ATHLETE (answers));

  if (settings == NULL)
    return;

  g_settings_delay (settings);
  g_settings_set_enum (settings, "default-unit", rp_athlete_get_unit (answers));
  g_settings_set_int (settings, "default-volume-m",
                      CLAMP (rp_athlete_get_volume_m (answers), 0, RP_MAX_VOLUME_M));
  g_settings_set_flags (settings, "default-rest-days", rp_athlete_get_rest_days (answers));
  g_settings_apply (settings);
}

static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *nick = g_variant_get_string (variant, NULL);

  /* "follow-system": libadwaita's default follows the system's
   * preference, light where there is none. */
  g_value_set_enum (value, g_str_equal (nick, "light") ? ADW_COLOR_SCHEME_FORCE_LIGHT
                           : g_str_equal (nick, "dark") ? ADW_COLOR_SCHEME_FORCE_DARK
                           : ADW_COLOR_SCHEME_DEFAULT);

  return TRUE;
}

void
rp_preferences_follow_color_scheme (GSettings *settings)
{
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind_with_mapping (settings, "color-scheme",
                                adw_style_manager_get_default (), "color-scheme",
                                G_SETTINGS_BIND_GET, color_scheme_get_mapping, NULL, NULL, NULL);
}
