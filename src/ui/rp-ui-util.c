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
#include <math.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-limits.h"
#include "rp-parse.h"
#include "rp-planner.h"

/* Our own symbolic icons (data/icons), so every kind has a recognisable
 * picture whatever the icon theme ships. */
static const char * const kind_icons[RP_N_KINDS] = {
  [RP_KIND_INTERVALS] = "rp-intervals-symbolic",
  [RP_KIND_REPETITIONS] = "rp-repetitions-symbolic",
  [RP_KIND_TEMPO] = "rp-tempo-symbolic",
  [RP_KIND_HILLS] = "rp-hills-symbolic",
  [RP_KIND_FARTLEK] = "rp-fartlek-symbolic",
  [RP_KIND_MARATHON_PACE] = "rp-marathon-pace-symbolic",
  [RP_KIND_LONG] = "rp-long-symbolic",
  [RP_KIND_RACE] = "rp-race-symbolic",
  [RP_KIND_EASY] = "rp-easy-symbolic",
  [RP_KIND_RECOVERY] = "rp-recovery-symbolic",
  [RP_KIND_CROSS_TRAINING] = "rp-cross-training-symbolic",
  [RP_KIND_WALK] = "rp-walk-symbolic",
  [RP_KIND_REST] = "rp-rest-symbolic",
};

static const char * const kind_classes[RP_N_KINDS] = {
  [RP_KIND_INTERVALS] = "kind-intervals",
  [RP_KIND_REPETITIONS] = "kind-repetitions",
  [RP_KIND_TEMPO] = "kind-tempo",
  [RP_KIND_HILLS] = "kind-hills",
  [RP_KIND_FARTLEK] = "kind-fartlek",
  [RP_KIND_MARATHON_PACE] = "kind-marathon-pace",
  [RP_KIND_LONG] = "kind-long",
  [RP_KIND_RACE] = "kind-race",
  [RP_KIND_EASY] = "kind-easy",
  [RP_KIND_RECOVERY] = "kind-recovery",
  [RP_KIND_CROSS_TRAINING] = "kind-cross-training",
  [RP_KIND_WALK] = "kind-walk",
  [RP_KIND_REST] = "kind-rest",
};

const char *
rp_ui_kind_label (RpKind kind)
{
  g_return_val_if_fail (kind < RP_N_KINDS, "");

  /* The core marks its labels with N_() in our gettext domain. */
  return _(rp_kind_get_info (kind)->label);
}

const char *
rp_ui_kind_icon_name (RpKind kind)
{
  g_return_val_if_fail (kind < RP_N_KINDS, NULL);

  return kind_icons[kind];
}

const char *
rp_ui_kind_css_class (RpKind kind)
{
  g_return_val_if_fail (kind < RP_N_KINDS, NULL);

  return kind_classes[kind];
}

static void
append_pace (GString *str,
             int      s_per_km,
             RpUnit   unit)
{
  double per_unit = unit == RP_UNIT_MI ? s_per_km * RP_METRES_PER_MILE / 1000.0 : s_per_km;
  int seconds = (int) lround (per_unit);

  g_string_append_printf (str, "%d:%02d", seconds / 60, seconds % 60);
}

char *
rp_ui_format_pace_range (int    fast,
                         int    slow,
                         RpUnit unit)
{
  const char *suffix = unit == RP_UNIT_MI ? _("/mi") : _("/km");
  g_autoptr(GString) str = g_string_new (NULL);

  if (fast <= 0 && slow <= 0)
    return NULL;

  if (fast > 0 && slow > 0 && slow != fast)
    {
      append_pace (str, fast, unit);
      g_string_append (str, "–");
      append_pace (str, slow, unit);
      g_string_append (str, suffix);
    }
  else if (fast > 0 && slow == 0)
    {
      g_autofree char *pace = NULL;

      append_pace (str, fast, unit);
      g_string_append (str, suffix);
      pace = g_string_free (g_steal_pointer (&str), FALSE);
      /* Translators: a recovery pace, e.g. "6:40/km or slower" */
      return g_strdup_printf (_("%s or slower"), pace);
    }
  else
    {
      append_pace (str, fast > 0 ? fast : slow, unit);
      g_string_append (str, suffix);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

char *
rp_ui_format_workout_size (RpPlan    *plan,
                           RpWorkout *workout)
{
  RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  RpKind kind = rp_workout_get_kind (workout);
  gint64 distance;
  gint64 duration;

  if (kind == RP_KIND_REST)
    return NULL;

  /* What the runner typed comes first: a duration-only workout shows its time. */
  if (rp_workout_get_distance_m (workout) < 0 && rp_workout_get_duration_s (workout) > 0)
    return rp_format_duration (rp_workout_get_duration_s (workout));

  distance = rp_planner_workout_distance_m (plan, workout);
  if (distance > 0 && rp_kind_is_running (kind))
    return rp_format_distance (distance, unit);

  duration = rp_planner_workout_duration_s (plan, workout);
  if (duration > 0)
    return rp_format_duration (duration);

  return NULL;
}

char *
rp_ui_format_workout_pace (RpPlan    *plan,
                           RpWorkout *workout)
{
  RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  g_autofree char *pace = NULL;
  int fast = 0;
  int slow = 0;

  rp_planner_workout_pace (plan, workout, &fast, &slow);
  pace = rp_ui_format_pace_range (fast, slow, unit);
  if (pace == NULL || !rp_kind_is_session (rp_workout_get_kind (workout)))
    return g_steal_pointer (&pace);

  /* Translators: the pace of a session's work, e.g. "work at 3:55/km" */
  return g_strdup_printf (_("work at %s"), pace);
}

char *
rp_ui_describe_workout (RpPlan    *plan,
                        RpWorkout *workout)
{
  g_autofree char *size = rp_ui_format_workout_size (plan, workout);
  g_autofree char *pace = rp_ui_format_workout_pace (plan, workout);
  GString *str = g_string_new (rp_ui_kind_label (rp_workout_get_kind (workout)));

  if (size != NULL)
    g_string_append_printf (str, ", %s", size);
  if (pace != NULL)
    g_string_append_printf (str, ", %s", pace);
  g_string_append (str, ", ");
  g_string_append (str, rp_workout_get_pinned (workout) ? _("placed by you")
                                                        : _("planned by Run Planner"));

  return g_string_free (str, FALSE);
}

static char *
format_date (RpDate      date,
             const char *format)
{
  char buf[128];
  GDate gdate;

  rp_date_to_gdate (date, &gdate);
  if (g_date_strftime (buf, sizeof buf, format, &gdate) == 0)
    return g_strdup ("");

  return g_strdup (buf);
}

char *
rp_ui_format_week_range (RpDate week_start)
{
  RpDate last = week_start + 6;
  GDate a;
  GDate b;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;

  rp_date_to_gdate (week_start, &a);
  rp_date_to_gdate (last, &b);

  /* Translators: strftime formats of a week's first and last day, as in
   * "24 – 30 Nov 2026" or "30 Nov – 6 Dec 2026". */
  if (g_date_get_month (&a) == g_date_get_month (&b))
    first_text = format_date (week_start, C_("week range start, same month", "%e"));
  else if (g_date_get_year (&a) == g_date_get_year (&b))
    first_text = format_date (week_start, C_("week range start, same year", "%e %b"));
  else
    first_text = format_date (week_start, C_("week range start, other year", "%e %b %Y"));
  last_text = format_date (last, C_("week range end", "%e %b %Y"));

  return g_strdup_printf ("%s – %s", g_strstrip (first_text), g_strstrip (last_text));
}

char *
rp_ui_format_day_short (RpDate date)
{
  g_autofree char *text = format_date (date, C_("day column header", "%a %e"));

  return g_strdup (g_strstrip (text));
}

char *
rp_ui_format_day_long (RpDate date)
{
  g_autofree char *text = format_date (date, C_("accessible day name", "%A %e %B %Y"));

  return g_strdup (g_strstrip (text));
}

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

/* Accessible properties are pushed to the accessibility bus on every
 * update, even with the same value, and views refresh their labels on
 * each edit: remember the last value and only send a change. */
static void
update_text_property (GtkWidget             *widget,
                      GtkAccessibleProperty  property,
                      const char            *key,
                      const char            *text)
{
  const char *last = g_object_get_data (G_OBJECT (widget), key);

  if (last != NULL && g_strcmp0 (last, text) == 0)
    return;

  g_object_set_data_full (G_OBJECT (widget), key, g_strdup (text), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), property, text, -1);
}

void
rp_ui_set_label (GtkWidget  *widget,
                 const char *label)
{
  update_text_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL, "rp-a11y-label", label);
}

void
rp_ui_set_description (GtkWidget  *widget,
                       const char *description)
{
  update_text_property (widget, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "rp-a11y-description",
                        description);
}

void
rp_ui_set_tooltip (GtkWidget  *widget,
                   const char *text)
{
  /* Setting a tooltip asks the X server where the pointer is (a round
   * trip), so only a new text is worth it. */
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
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

RpWorkout *
rp_ui_edit_place (RpHistory  *history,
                  RpDate      date,
                  RpWorkout  *template_,
                  GError    **error)
{
  g_autofree char *label = NULL;
  RpWorkout *placed;

  g_return_val_if_fail (RP_IS_HISTORY (history), NULL);
  g_return_val_if_fail (RP_IS_WORKOUT (template_), NULL);

  /* Translators: undo label, e.g. "Add Tempo" */
  label = g_strdup_printf (_("Add %s"), rp_ui_kind_label (rp_workout_get_kind (template_)));
  rp_history_begin (history, label);
  placed = rp_planner_place (rp_history_get_plan (history), date, template_, error);
  rp_history_commit (history);

  return placed;
}

gboolean
rp_ui_edit_move (RpHistory  *history,
                 RpDate      from,
                 guint       index,
                 RpDate      to,
                 gboolean    copy,
                 GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (RP_IS_HISTORY (history), FALSE);

  rp_history_begin (history, copy ? _("Copy Workout") : _("Move Workout"));
  ok = rp_planner_move (rp_history_get_plan (history), from, index, to, copy, error);
  rp_history_commit (history);

  return ok;
}

gboolean
rp_ui_edit_remove (RpHistory  *history,
                   RpDate      date,
                   guint       index,
                   GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (RP_IS_HISTORY (history), FALSE);

  rp_history_begin (history, _("Remove Workout"));
  ok = rp_planner_remove (rp_history_get_plan (history), date, index, error);
  rp_history_commit (history);

  return ok;
}

gboolean
rp_ui_edit_replace (RpHistory  *history,
                    RpDate      date,
                    guint       index,
                    RpWorkout  *workout,
                    GError    **error)
{
  gboolean ok;

  g_return_val_if_fail (RP_IS_HISTORY (history), FALSE);

  rp_history_begin (history, _("Edit Workout"));
  ok = rp_planner_replace (rp_history_get_plan (history), date, index, workout, error);
  rp_history_commit (history);

  return ok;
}

/* The whole paste is checked first, so that it lands whole or not at all. */
static gboolean
check_paste (RpPlan     *plan,
             RpDate      date,
             GPtrArray  *workouts,
             GError    **error)
{
  guint n = 0;

  for (guint i = 0; i < workouts->len; i++)
    {
      RpWorkout *workout = g_ptr_array_index (workouts, i);

      if (!rp_workout_get_pinned (workout))
        continue;
      if (!rp_limits_check_workout (workout, error))
        return FALSE;
      n++;
    }
  return rp_limits_check_date (plan, date, error) && rp_limits_check_room (plan, date, n, error);
}

gboolean
rp_ui_edit_paste (RpHistory  *history,
                  RpDate      date,
                  GPtrArray  *workouts,
                  GError    **error)
{
  RpPlan *plan;
  gboolean any = FALSE;

  g_return_val_if_fail (RP_IS_HISTORY (history), FALSE);

  plan = rp_history_get_plan (history);
  if (!check_paste (plan, date, workouts, error))
    return FALSE;

  rp_history_begin (history, _("Paste Workouts"));
  rp_plan_freeze_changed (plan);
  for (guint i = 0; i < workouts->len; i++)
    {
      RpWorkout *workout = g_ptr_array_index (workouts, i);

      /* Engine entries are re-derived on the target day, so only the
       * runner's own workouts are worth copying. */
      if (!rp_workout_get_pinned (workout))
        continue;
      if (rp_planner_place (plan, date, workout, error) == NULL)
        break;
      any = TRUE;
    }
  rp_plan_thaw_changed (plan);
  rp_history_commit (history);

  return any;
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
    ok = rp_ui_edit_place (history, date, workout, &error) != NULL;
  else if (is_copy_requested (widget))
    ok = rp_ui_edit_move (history, rp_workout_get_date (workout), index, date, TRUE, &error);
  else if (rp_workout_get_date (workout) == date)
    return TRUE;
  else
    ok = rp_ui_edit_move (history, rp_workout_get_date (workout), index, date, FALSE, &error);

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
