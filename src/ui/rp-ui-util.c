/* rp-ui-util.c
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

#define G_LOG_DOMAIN "rp-ui-util"

#include "config.h"

#include "rp-ui-util.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-ui-a11y.h"

int
rp_ui_find_workout_index (RpPlan    *plan,
                          RpWorkout *workout)
{
  RpDate date = rp_workout_get_date (workout);
  guint n;

  if (!rp_date_is_valid (date) || !rp_plan_contains (plan, date))
    return -1;

  n = rp_plan_get_n_workouts (plan, date);
  for (guint i = 0; i < n; i++)
    if (rp_plan_get_workout (plan, date, i) == workout)
      return (int) i;

  return -1;
}

GSettings *
rp_ui_settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* g_settings_new () would abort without the schema: look it up first.
   * The build tree's schema comes through GSETTINGS_SCHEMA_DIR (tests,
   * `meson devenv`, build-aux/run.sh), which the default source searches
   * before the installed ones. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

void
rp_ui_show_message (GtkWidget  *widget,
                    const char *message)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (!gtk_widget_activate_action (widget, "window.show-message", "s", message))
    g_warning ("No window to show “%s”", message);
}

/* What the runner means by dragging this: a workout of the plan (it has
 * a date) is moved, a palette template is copied in. */
static GdkDragAction
natural_action (GtkDropTarget *target)
{
  const GValue *value = gtk_drop_target_get_value (target);
  RpWorkout *workout = value != NULL && G_VALUE_HOLDS (value, RP_TYPE_WORKOUT)
                       ? g_value_get_object (value) : NULL;

  if (workout != NULL && rp_date_is_valid (rp_workout_get_date (workout)))
    return GDK_ACTION_MOVE;

  return GDK_ACTION_COPY;
}

GdkDragAction
rp_ui_drop_preferred_action (GtkDropTarget *target)
{
  g_return_val_if_fail (GTK_IS_DROP_TARGET (target), 0);

  return natural_action (target);
}

GdkDragAction
rp_ui_drop_get_action (GtkDropTarget *target)
{
  GdkDrop *drop;
  GdkDragAction actions;

  g_return_val_if_fail (GTK_IS_DROP_TARGET (target), 0);

  /* GTK narrows the drop to one action when a modifier says which (Ctrl:
   * copy, Shift: move); with both still possible, the natural one. */
  drop = gtk_drop_target_get_current_drop (target);
  actions = drop != NULL ? gdk_drop_get_actions (drop) & (GDK_ACTION_MOVE | GDK_ACTION_COPY) : 0;
  if (gdk_drag_action_is_unique (actions))
    return actions;

  return natural_action (target);
}

GtkStringList *
rp_ui_race_list_new (const char *first)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (first != NULL)
    gtk_string_list_append (list, first);
  for (guint i = 0; i < RP_N_RACES; i++)
    gtk_string_list_append (list, rp_race_get_label ((RpRace) i));

  return list;
}

GtkStringList *
rp_ui_weekday_list_new (void)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  for (GDateWeekday d = G_DATE_MONDAY; d <= G_DATE_SUNDAY; d++)
    gtk_string_list_append (list, rp_date_weekday_name (d));

  return list;
}

void
rp_ui_name_weekday_switches (GtkWidget * const *switches)
{
  g_return_if_fail (switches != NULL);

  for (guint i = 0; i < 7; i++)
    {
      const char *name = rp_date_weekday_name ((GDateWeekday) (G_DATE_MONDAY + i));
      GtkWidget *row = gtk_widget_get_ancestor (switches[i], ADW_TYPE_PREFERENCES_ROW);

      rp_ui_set_label (switches[i], name);
      if (row != NULL)
        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
    }
}
