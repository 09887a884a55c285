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

#include "rp-date.h"
#include "rp-plan-command.h"

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

static gboolean
can_take_focus (GtkWidget *widget)
{
  return gtk_widget_is_visible (widget) && gtk_widget_is_sensitive (widget)
         && gtk_widget_get_focusable (widget) && gtk_widget_get_can_focus (widget);
}

/* Where the focus is along the chain: the item that has it, or holds it. */
static int
chain_position (GPtrArray *chain,
                GtkWidget *focus)
{
  int holder = -1;

  if (focus == NULL)
    return -1;
  for (guint i = 0; i < chain->len; i++)
    {
      GtkWidget *item = g_ptr_array_index (chain, i);

      if (item == focus)
        return (int) i;
      if (gtk_widget_is_ancestor (focus, item))
        holder = (int) i;
    }

  return holder;
}

gboolean
rp_ui_focus_chain (GtkWidget        *widget,
                   GtkDirectionType  direction,
                   GPtrArray        *chain)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  int step = direction == GTK_DIR_TAB_BACKWARD ? -1 : 1;
  int i;

  g_return_val_if_fail (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD,
                        FALSE);

  /* From outside, enter at the first (or, going back, the last) item. */
  if (focus == NULL || !gtk_widget_is_ancestor (focus, widget))
    i = step > 0 ? 0 : (int) chain->len - 1;
  else
    i = chain_position (chain, focus) + step;

  for (; i >= 0 && i < (int) chain->len; i += step)
    if (can_take_focus (g_ptr_array_index (chain, i)))
      return gtk_widget_grab_focus (g_ptr_array_index (chain, i));

  return FALSE;
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

static gboolean
is_copy_requested (GtkWidget *widget)
{
  GdkSeat *seat = gdk_display_get_default_seat (gtk_widget_get_display (widget));
  GdkDevice *keyboard = seat != NULL ? gdk_seat_get_keyboard (seat) : NULL;

  /* Drag-and-drop events carry no modifier state on every backend, and
   * GDK suggests "copy" by default when both are offered, so ask the
   * keyboard itself whether Ctrl is held. */
  return keyboard != NULL && (gdk_device_get_modifier_state (keyboard) & GDK_CONTROL_MASK) != 0;
}

gboolean
rp_ui_drop_workout (RpHistory *history,
                    GtkWidget *widget,
                    RpWorkout *workout,
                    RpDate     date)
{
  g_autoptr(GError) error = NULL;
  RpPlan *plan;
  gboolean ok;
  int index;

  g_return_val_if_fail (RP_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), FALSE);

  plan = rp_history_get_plan (history);
  index = rp_ui_find_workout_index (plan, workout);

  if (index < 0)
    ok = rp_plan_command_add (plan, history, date, workout, &error) != NULL;
  else if (is_copy_requested (widget))
    ok = rp_plan_command_move (plan, history, rp_workout_get_date (workout), index, date, TRUE,
                               &error);
  else if (rp_workout_get_date (workout) == date)
    return TRUE;
  else
    ok = rp_plan_command_move (plan, history, rp_workout_get_date (workout), index, date, FALSE,
                               &error);

  /* The drop is refused (the card goes back) and the toast says why. */
  if (!ok && error != NULL)
    rp_ui_show_message (widget, error->message);
  return ok;
}

GdkDragAction
rp_ui_drop_action (RpHistory    *history,
                   GtkWidget    *widget,
                   const GValue *value)
{
  RpWorkout *workout;

  if (history == NULL || value == NULL || !G_VALUE_HOLDS (value, RP_TYPE_WORKOUT))
    return GDK_ACTION_COPY;

  workout = g_value_get_object (value);
  if (workout == NULL || rp_ui_find_workout_index (rp_history_get_plan (history), workout) < 0)
    return GDK_ACTION_COPY;

  return is_copy_requested (widget) ? GDK_ACTION_COPY : GDK_ACTION_MOVE;
}
