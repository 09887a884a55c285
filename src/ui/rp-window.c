/* rp-window.c
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

#define G_LOG_DOMAIN "rp-window"

#include "config.h"

#include "rp-window-private.h"
#include "rp-window-export.h"

#include <glib/gi18n.h>

#include "rp-chart-view.h"
#include "rp-date.h"
#include "rp-go-to-button.h"
#include "rp-kind.h"
#include "rp-plan-command.h"
#include "rp-planner.h"
#include "rp-settings-window.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"
#include "rp-workout-editor.h"

G_DEFINE_FINAL_TYPE (RpWindow, rp_window, ADW_TYPE_APPLICATION_WINDOW)

static GDateWeekday
plan_week_start (RpWindow *self)
{
  if (self->plan == NULL)
    return G_DATE_MONDAY;

  return rp_athlete_get_week_start (rp_plan_get_athlete (self->plan));
}

static void
update_title (RpWindow *self)
{
  gboolean month = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "month") == 0;
  g_autofree char *range = NULL;
  g_autofree char *subtitle = NULL;
  const char *name = self->document != NULL ? rp_document_get_title (self->document) : NULL;

  if (month)
    {
      GDate date;
      char buf[64];

      /* The month the view shows: the one holding the week's Thursday. */
      rp_date_to_gdate (self->week_start + 3, &date);
      g_date_strftime (buf, sizeof buf, C_("month view title", "%B %Y"), &date);
      range = g_strdup (buf);
    }
  else
    range = rp_date_format_week_range (self->week_start);

  adw_window_title_set_title (self->window_title, range);
  /* Until a race result or typed paces exist the paces are VDOT 40's:
   * the runner is told they are assumed. */
  if (self->plan != NULL && rp_athlete_get_paces (rp_plan_get_athlete (self->plan))->assumed)
    /* Translators: the window's subtitle, e.g. "plan.json · assumed paces" */
    subtitle = g_strdup_printf (_("%s · assumed paces"), name != NULL ? name : _("Not saved"));
  else
    subtitle = g_strdup (name != NULL ? name : _("Not saved"));
  adw_window_title_set_subtitle (self->window_title, subtitle);
}

/* The week holding date on the plan's week start; at the ends of the
 * calendar (1900-01-01 … 2200-12-31) the nearest whole week inside it:
 * a Sunday-start week of 1900-01-01 starts in 1899, the Monday-start
 * week of 2200-12-31 ends in 2201, and no view can show those days. */
static RpDate
whole_week_start (RpWindow *self,
                  RpDate    date)
{
  RpDate start = rp_date_week_start (date, plan_week_start (self));

  if (!rp_date_is_valid (start))
    start += 7;
  else if (!rp_date_is_valid (start + 6))
    start -= 7;

  return start;
}

void
rp_window_show_week (RpWindow *self,
                     RpDate    date)
{
  g_return_if_fail (RP_IS_WINDOW (self));
  g_return_if_fail (rp_date_is_valid (date));

  /* Viewing changes nothing: a week outside the plan is shown as outside
   * (the plan grows only by an edit, e.g. plan.extend-to). */
  self->week_start = whole_week_start (self, date);

  rp_week_view_set_week_start (self->week_view, self->week_start);
  rp_month_view_set_date (self->month_view, self->week_start + 3);
  rp_season_view_set_date (self->season_view, self->week_start);
  rp_chart_view_set_week (RP_CHART_VIEW (self->chart), self->week_start);
  update_title (self);
}

static void
update_undo_buttons (RpWindow *self)
{
  gboolean can_undo = self->history != NULL && rp_history_can_undo (self->history);
  gboolean can_redo = self->history != NULL && rp_history_can_redo (self->history);
  g_autofree char *undo = NULL;
  g_autofree char *redo = NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.undo", can_undo);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.redo", can_redo);
  /* Translators: tooltip of the undo button, e.g. "Undo Add Tempo" */
  undo = can_undo ? g_strdup_printf (_("Undo %s"), rp_history_get_undo_label (self->history))
                  : g_strdup (_("Undo"));
  redo = can_redo ? g_strdup_printf (_("Redo %s"), rp_history_get_redo_label (self->history))
                  : g_strdup (_("Redo"));
  rp_ui_set_tooltip (self->undo_button, undo);
  rp_ui_set_tooltip (self->redo_button, redo);
  rp_ui_set_tooltip (self->bottom_undo_button, undo);
  rp_ui_set_tooltip (self->bottom_redo_button, redo);
}

static void
on_document_can_undo_cb (RpDocument *document,
                         GParamSpec *pspec,
                         RpWindow   *self)
{
  update_undo_buttons (self);
}

static void
on_history_label_cb (RpHistory  *history,
                     GParamSpec *pspec,
                     RpWindow   *self)
{
  update_undo_buttons (self);
}

static void
on_document_title_cb (RpDocument *document,
                      GParamSpec *pspec,
                      RpWindow   *self)
{
  update_title (self);
}

static void
on_plan_changed_cb (RpPlan   *plan,
                    RpDate    first,
                    RpDate    last,
                    RpWindow *self)
{
  /* The week start may have changed in the settings. */
  if (whole_week_start (self, self->week_start) != self->week_start)
    rp_window_show_week (self, self->week_start);
  else
    update_title (self);
}

static void
disconnect_plan (RpWindow *self)
{
  g_clear_signal_handler (&self->changed_id, self->plan);
}

/* The workout editor and the settings edit the plan they were opened
 * on: once it is replaced (a file given to the running instance, a
 * reload), a Save there would report success and change nothing shown
 * or saved, so they close with it. */
static void
close_plan_dialogs (RpWindow *self)
{
  GList *toplevels = gtk_window_list_toplevels ();

  /* Referenced: a window destroyed here may take others with it. */
  g_list_foreach (toplevels, (GFunc) (void (*) (void)) g_object_ref, NULL);
  for (GList *l = toplevels; l != NULL; l = l->next)
    if ((RP_IS_WORKOUT_EDITOR (l->data) || RP_IS_SETTINGS_WINDOW (l->data))
        && gtk_window_get_transient_for (GTK_WINDOW (l->data)) == GTK_WINDOW (self))
      gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free_full (toplevels, g_object_unref);
}

/* The document shows another plan, or the same one with a new history
 * (each set_plan makes one): the views follow. */
static void
on_document_history_cb (RpDocument *document,
                        GParamSpec *pspec,
                        RpWindow   *self)
{
  RpPlan *plan = rp_document_get_plan (document);

  if (self->plan != NULL && plan != self->plan)
    close_plan_dialogs (self);
  disconnect_plan (self);
  g_set_object (&self->plan, plan);
  g_set_object (&self->history, rp_document_get_history (document));
  /* The tooltips name the top of each stack, which changes while
   * can-undo stays TRUE. */
  g_signal_connect_object (self->history, "notify::undo-label",
                           G_CALLBACK (on_history_label_cb), self, 0);
  g_signal_connect_object (self->history, "notify::redo-label",
                           G_CALLBACK (on_history_label_cb), self, 0);

  rp_week_view_set_plan (self->week_view, plan);
  rp_month_view_set_plan (self->month_view, plan);
  rp_season_view_set_plan (self->season_view, plan);
  rp_palette_set_plan (self->palette, plan);
  rp_chart_view_set_plan (RP_CHART_VIEW (self->chart), plan);

  self->changed_id = g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
  update_undo_buttons (self);
  gtk_revealer_set_reveal_child (self->info_revealer, FALSE);

  /* A plan that does not hold today opens on its first week. */
  rp_window_show_week (self, rp_plan_contains (plan, rp_date_today ()) ? rp_date_today ()
                                                                       : rp_plan_get_start (plan));
}

void
rp_window_set_plan (RpWindow   *self,
                    RpPlan     *plan,
                    GFile      *file,
                    const char *etag)
{
  g_return_if_fail (RP_IS_WINDOW (self));
  g_return_if_fail (RP_IS_PLAN (plan));

  rp_document_set_plan (self->document, plan, file, etag);
}

/* A day of the month delta months from the one shown (the month of the
 * week's Thursday): its 8th, whose week's Thursday is always in it.
 * Four weeks are not a month: from 1 January they stay in January. */
static RpDate
month_step (RpWindow *self,
            int       delta)
{
  GDate date;

  rp_date_to_gdate (self->week_start + 3, &date);
  g_date_set_day (&date, 1);
  if (delta < 0)
    g_date_subtract_months (&date, (guint) -delta);
  else
    g_date_add_months (&date, (guint) delta);

  return rp_date_from_ymd (g_date_get_year (&date), g_date_get_month (&date), 8);
}

static void
step_view (RpWindow *self,
           int       delta)
{
  gboolean month = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "month") == 0;
  RpDate target = month ? month_step (self, delta) : self->week_start + 7 * delta;

  if (rp_date_is_valid (target))
    rp_window_show_week (self, target);
}

static void
week_previous_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  step_view (RP_WINDOW (widget), -1);
}

static void
week_next_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  step_view (RP_WINDOW (widget), 1);
}

static void
week_today_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);

  rp_window_show_week (self, rp_date_today ());
  rp_week_view_focus_day (self->week_view, rp_date_today ());
}

/* "Extend the plan to here" of a week outside the plan: one undoable
 * edit that adds the filled weeks up to the whole week of date. */
static void
plan_extend_to_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  RpDate date = g_variant_get_uint32 (parameter);

  if (self->history == NULL || !rp_date_is_valid (date))
    return;

  if (!rp_plan_command_extend_to (self->plan, self->history, date, NULL))
    rp_window_show_message (self, _("The plan cannot grow to this week: a plan holds at most "
                                    "a century of weeks, between 1900 and 2200"));
  else
    rp_week_view_focus_day (self->week_view, date);
}

static void
plan_undo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);

  if (self->history != NULL)
    rp_history_undo (self->history);
}

static void
plan_redo_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);

  if (self->history != NULL)
    rp_history_redo (self->history);
}

static void
open_editor (RpWindow *self,
             RpDate    date,
             int       index)
{
  RpWorkoutEditor *editor = rp_workout_editor_new (GTK_WINDOW (self), self->document, date, index);

  gtk_window_present (GTK_WINDOW (editor));
}

static void
plan_add_workout_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  RpDate date;

  /* In the month, the focused day; else the week's. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "month") != 0
      || !rp_month_view_get_focus_date (self->month_view, &date))
    date = rp_week_view_get_focus_date (self->week_view);
  open_editor (self, date, -1);
}

static void
plan_place_kind_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  g_autoptr(RpWorkout) template_ = NULL;
  g_autoptr(GError) error = NULL;
  RpDate date = rp_week_view_get_focus_date (self->week_view);
  RpKind kind;

  if (!rp_kind_from_name (g_variant_get_string (parameter, NULL), &kind))
    return;

  template_ = rp_palette_make_template (self->palette, kind);
  if (rp_plan_command_add (self->plan, self->history, date, template_, &error) == NULL)
    rp_window_show_message (self, error->message);
  else
    {
      g_autofree char *day = rp_date_format_day_long (date);
      g_autofree char *text = g_strdup_printf (_("%s added on %s"), rp_kind_get_label (kind), day);

      rp_window_show_message (self, text);
    }
}

static gboolean
workout_exists (RpWindow *self,
                RpDate    date,
                guint     index)
{
  return self->plan != NULL && index < rp_plan_get_n_workouts (self->plan, date);
}

static void
plan_edit_workout_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  guint date;
  guint index;

  g_variant_get (parameter, "(uu)", &date, &index);
  if (!workout_exists (self, date, index))
    return;
  if (rp_workout_get_kind (rp_plan_get_workout (self->plan, date, index)) == RP_KIND_REST)
    open_editor (self, date, -1);
  else
    open_editor (self, date, (int) index);
}

static void
plan_remove_workout_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  guint date;
  guint index;

  g_variant_get (parameter, "(uu)", &date, &index);
  if (!workout_exists (self, date, index))
    return;

  /* Engine entries come back on the next fill: only the runner's own go. */
  if (!rp_workout_get_pinned (rp_plan_get_workout (self->plan, date, index)))
    {
      rp_window_show_message (self, _("Only workouts you placed can be removed"));
      return;
    }

  if (!rp_plan_command_remove (self->plan, self->history, date, index, &error))
    rp_window_show_message (self, error->message);
  rp_week_view_focus_day (self->week_view, date);
}

static void
plan_keep_workout_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  guint date;
  guint index;

  g_variant_get (parameter, "(uu)", &date, &index);
  if (!workout_exists (self, date, index))
    return;

  if (!rp_plan_command_keep (self->plan, self->history, date, index, &error))
    rp_window_show_message (self, error->message);
}

static void
plan_move_workout_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  guint date;
  guint index;
  int delta;
  RpDate to;

  g_variant_get (parameter, "(uui)", &date, &index, &delta);
  if (!workout_exists (self, date, index) || delta == 0)
    return;
  if (rp_workout_get_kind (rp_plan_get_workout (self->plan, date, index)) == RP_KIND_REST)
    return;

  to = date + delta;
  if (!rp_plan_command_move (self->plan, self->history, date, index, to, FALSE, &error))
    {
      rp_window_show_message (self, error->message);
      return;
    }

  /* Follow the card, to the next week if it went there. */
  if (to < self->week_start || to >= self->week_start + 7)
    rp_window_show_week (self, to);
  rp_week_view_focus_workout (self->week_view, to, rp_plan_get_n_workouts (self->plan, to) - 1);
}

static void
plan_copy_day_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  RpDate date = rp_week_view_get_focus_date (self->week_view);
  guint n = rp_plan_get_n_workouts (self->plan, date);
  g_autofree char *day = rp_date_format_day_long (date);
  g_autofree char *text = NULL;
  guint copied = 0;

  g_ptr_array_set_size (self->clipboard, 0);
  for (guint i = 0; i < n; i++)
    {
      RpWorkout *workout = rp_plan_get_workout (self->plan, date, i);

      if (rp_workout_get_pinned (workout))
        {
          g_ptr_array_add (self->clipboard, rp_workout_copy (workout));
          copied++;
        }
    }

  text = g_strdup_printf (ngettext ("Copied %u workout of %s", "Copied %u workouts of %s", copied),
                          copied, day);
  rp_window_show_message (self, text);
}

static void
plan_paste_day_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  RpDate date = rp_week_view_get_focus_date (self->week_view);

  if (self->clipboard->len == 0)
    {
      rp_window_show_message (self, _("Nothing to paste: copy a day with your workouts first"));
      return;
    }

  if (!rp_plan_command_paste (self->plan, self->history, date, self->clipboard, &error)
      && error != NULL)
    rp_window_show_message (self, error->message);
  rp_week_view_focus_day (self->week_view, date);
}

/* How the views and the editor say why an edit was refused. */
static void
window_show_message_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  rp_window_show_message (RP_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
plan_settings_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  RpSettingsWindow *settings = rp_settings_window_new (GTK_WINDOW (self), self->history,
                                                       self->week_start);

  gtk_window_present (GTK_WINDOW (settings));
}

static void
plan_new_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  rp_window_new_plan_action (RP_WINDOW (widget));
}

static void
plan_open_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  rp_window_open_action (RP_WINDOW (widget));
}

static void
plan_save_as_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  rp_window_save_as_action (RP_WINDOW (widget));
}

static void
plan_import_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  rp_window_import_action (RP_WINDOW (widget));
}

static void
on_week_view_navigate_cb (RpWeekView *view,
                          int         delta,
                          RpWindow   *self)
{
  RpDate focus = delta < 0 ? self->week_start - 1 : self->week_start + 7;

  /* Past the first or last whole week of the calendar: nowhere to go. */
  if (!rp_date_is_valid (focus) || whole_week_start (self, focus) == self->week_start)
    return;

  rp_window_show_week (self, focus);
  rp_week_view_focus_day (self->week_view, focus);
}

/* A workout dropped on a day of a view: a palette template is added; a
 * card is moved, or copied (the drop's action, COPY while Ctrl is held).
 * A planner card moved is the runner's on its new day, and its old day
 * rests (rp_planner_move). A refused drop says why in a toast. */
static gboolean
on_view_workout_dropped_cb (GtkWidget     *view,
                            RpWorkout     *workout,
                            guint          date,
                            GdkDragAction  action,
                            RpWindow      *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;
  int index;

  if (self->history == NULL)
    return FALSE;

  index = rp_ui_find_workout_index (self->plan, workout);
  if (index < 0)
    ok = rp_plan_command_add (self->plan, self->history, date, workout, &error) != NULL;
  else if (action == GDK_ACTION_COPY)
    ok = rp_plan_command_move (self->plan, self->history, rp_workout_get_date (workout),
                               (guint) index, date, TRUE, &error);
  else if (rp_workout_get_date (workout) == date)
    return TRUE;
  else
    ok = rp_plan_command_move (self->plan, self->history, rp_workout_get_date (workout),
                               (guint) index, date, FALSE, &error);

  if (!ok && error != NULL)
    rp_window_show_message (self, error->message);
  return ok;
}

static void
on_month_day_activated_cb (RpMonthView *view,
                           guint        date,
                           RpWindow    *self)
{
  /* The month of December 2200 shows days of 2201: no week holds them. */
  if (!rp_date_is_valid (date))
    return;

  rp_window_show_week (self, date);
  g_action_group_change_action_state (G_ACTION_GROUP (self), "view",
                                      g_variant_new_string ("week"));
  rp_week_view_focus_day (self->week_view, date);
}

static void
show_view (RpWindow   *self,
           const char *view)
{
  if (g_strcmp0 (view, "month") == 0 || g_strcmp0 (view, "season") == 0)
    gtk_stack_set_visible_child_name (self->stack, view);
  else
    gtk_stack_set_visible_child_name (self->stack, "week");
  rp_window_adaptive_show_palette (self, g_strcmp0 (view, "season") != 0);
  update_title (self);
}

static void
on_view_changed_cb (GSettings  *settings,
                    const char *key,
                    RpWindow   *self)
{
  g_autofree char *view = g_settings_get_string (settings, "view");

  show_view (self, view);
}

static void
on_view_change_state_cb (GSimpleAction *action,
                         GVariant      *state,
                         gpointer       user_data)
{
  g_simple_action_set_state (action, state);
  show_view (RP_WINDOW (user_data), g_variant_get_string (state, NULL));
}

static gboolean
rp_window_close_request (GtkWindow *window)
{
  /* A pending autosave is written first; changes that cannot be saved
   * are asked about. The window closes once that is done. */
  if (!rp_window_close_or_ask (RP_WINDOW (window)))
    return TRUE;

  return GTK_WINDOW_CLASS (rp_window_parent_class)->close_request (window);
}

static void
rp_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (rp_window_parent_class)->map (widget);

  /* Keyboard users start on today, ready for the arrow keys and Ctrl+N. */
  rp_week_view_focus_day (RP_WINDOW (widget)->week_view, rp_date_today ());
}

static void
setup_settings (RpWindow *self)
{
  g_autoptr(GAction) view_action = NULL;

  self->settings = rp_ui_settings_new ();
  if (self->settings == NULL)
    {
      /* No schema (main () said so): the window works, and forgets its
       * size and view. */
      view_action = G_ACTION (g_simple_action_new_stateful ("view", G_VARIANT_TYPE_STRING,
                                                            g_variant_new_string ("week")));
      g_signal_connect (view_action, "change-state", G_CALLBACK (on_view_change_state_cb), self);
      g_action_map_add_action (G_ACTION_MAP (self), view_action);
      show_view (self, "week");
      return;
    }

  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized",
                   G_SETTINGS_BIND_DEFAULT);
  view_action = g_settings_create_action (self->settings, "view");
  g_action_map_add_action (G_ACTION_MAP (self), view_action);
  g_signal_connect (self->settings, "changed::view", G_CALLBACK (on_view_changed_cb), self);
  on_view_changed_cb (self->settings, "view", self);
}

static void
label_controls (RpWindow *self)
{
  rp_ui_set_label (self->previous_button, _("Previous week"));
  rp_ui_set_label (self->today_button, _("Go to this week"));
  rp_ui_set_label (self->next_button, _("Next week"));
  rp_ui_set_label (self->undo_button, _("Undo"));
  rp_ui_set_label (self->redo_button, _("Redo"));
  rp_ui_set_label (self->bottom_undo_button, _("Undo"));
  rp_ui_set_label (self->bottom_redo_button, _("Redo"));
  rp_ui_set_label (self->menu_button, _("Main menu"));
  rp_ui_set_label (self->week_button, _("Week view"));
  rp_ui_set_label (self->month_button, _("Month view"));
  rp_ui_set_label (self->season_button, _("Season view"));
  rp_ui_set_label (self->info_button, _("Save this plan as a new file"));
  rp_ui_set_label (self->chart_box, _("Intensity chart of the week"));
}

static void
rp_window_dispose (GObject *object)
{
  RpWindow *self = RP_WINDOW (object);

  disconnect_plan (self);
  rp_window_adaptive_dispose (self);
  rp_window_dialogs_dispose (self);
  g_clear_object (&self->history);
  g_clear_object (&self->plan);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->clipboard, g_ptr_array_unref);
  g_clear_pointer (&self->last_message, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_WINDOW);

  G_OBJECT_CLASS (rp_window_parent_class)->dispose (object);
}

static void
install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "week.previous", NULL, week_previous_action);
  gtk_widget_class_install_action (widget_class, "week.next", NULL, week_next_action);
  gtk_widget_class_install_action (widget_class, "week.today", NULL, week_today_action);
  gtk_widget_class_install_action (widget_class, "plan.extend-to", "u", plan_extend_to_action);
  gtk_widget_class_install_action (widget_class, "plan.undo", NULL, plan_undo_action);
  gtk_widget_class_install_action (widget_class, "plan.redo", NULL, plan_redo_action);
  gtk_widget_class_install_action (widget_class, "plan.new", NULL, plan_new_action);
  gtk_widget_class_install_action (widget_class, "plan.open", NULL, plan_open_action);
  gtk_widget_class_install_action (widget_class, "plan.save-as", NULL, plan_save_as_action);
  gtk_widget_class_install_action (widget_class, "plan.import", NULL, plan_import_action);
  gtk_widget_class_install_action (widget_class, "plan.settings", NULL, plan_settings_action);
  gtk_widget_class_install_action (widget_class, "plan.add-workout", NULL,
                                   plan_add_workout_action);
  gtk_widget_class_install_action (widget_class, "plan.place-kind", "s", plan_place_kind_action);
  gtk_widget_class_install_action (widget_class, "plan.edit-workout", "(uu)",
                                   plan_edit_workout_action);
  gtk_widget_class_install_action (widget_class, "plan.remove-workout", "(uu)",
                                   plan_remove_workout_action);
  gtk_widget_class_install_action (widget_class, "plan.keep-workout", "(uu)",
                                   plan_keep_workout_action);
  gtk_widget_class_install_action (widget_class, "plan.move-workout", "(uui)",
                                   plan_move_workout_action);
  gtk_widget_class_install_action (widget_class, "plan.copy-day", NULL, plan_copy_day_action);
  gtk_widget_class_install_action (widget_class, "plan.paste-day", NULL, plan_paste_day_action);
  gtk_widget_class_install_action (widget_class, "window.show-message", "s",
                                   window_show_message_action);
}

static void
add_accels (GtkWidgetClass *widget_class)
{
  static const struct {
    guint           key;
    GdkModifierType mods;
    const char     *action;
  } accels[] = {
    { GDK_KEY_Page_Up, 0, "week.previous" },
    { GDK_KEY_Page_Down, 0, "week.next" },
    { GDK_KEY_t, GDK_CONTROL_MASK, "week.today" },
    { GDK_KEY_z, GDK_CONTROL_MASK, "plan.undo" },
    { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "plan.redo" },
    { GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "plan.redo" },
    { GDK_KEY_y, GDK_CONTROL_MASK, "plan.redo" },
    { GDK_KEY_o, GDK_CONTROL_MASK, "plan.open" },
    { GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "plan.save-as" },
    { GDK_KEY_S, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "plan.save-as" },
    /* Ctrl+, is the application's Preferences (GNOME HIG); the plan's
     * own settings are its properties, Alt+Enter. */
    { GDK_KEY_Return, GDK_ALT_MASK, "plan.settings" },
    { GDK_KEY_KP_Enter, GDK_ALT_MASK, "plan.settings" },
    /* Ctrl+N is New (GNOME HIG); adding a workout is a new item inside
     * what is shown, Ctrl+Shift+N as Files' New Folder. */
    { GDK_KEY_n, GDK_CONTROL_MASK, "plan.new" },
    { GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "plan.add-workout" },
    { GDK_KEY_N, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "plan.add-workout" },
    { GDK_KEY_Insert, 0, "plan.add-workout" },
    { GDK_KEY_c, GDK_CONTROL_MASK, "plan.copy-day" },
    { GDK_KEY_v, GDK_CONTROL_MASK, "plan.paste-day" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_widget_class_add_binding_action (widget_class, accels[i].key, accels[i].mods,
                                         accels[i].action, NULL);
}

static void
rp_window_class_init (RpWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_window_dispose;
  widget_class->map = rp_window_map;
  GTK_WINDOW_CLASS (klass)->close_request = rp_window_close_request;

  g_type_ensure (RP_TYPE_PALETTE);
  g_type_ensure (RP_TYPE_WEEK_VIEW);
  g_type_ensure (RP_TYPE_MONTH_VIEW);
  g_type_ensure (RP_TYPE_GO_TO_BUTTON);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_PREFIX "/ui/rp-window.ui");
  gtk_widget_class_bind_template_child (widget_class, RpWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, previous_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, today_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, next_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, week_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, month_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, info_revealer);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, info_label);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, info_button);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, palette);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, week_view);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, month_view);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, chart_box);
  rp_window_adaptive_class_init (widget_class);
  rp_window_season_class_init (widget_class);

  install_actions (widget_class);
  add_accels (widget_class);
  rp_window_export_class_init (widget_class);
}

static void
rp_window_init (RpWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* A -Ddevelopment=true build (the .Devel app id, the Devel Flatpak)
   * wears libadwaita's striped header bar, so it is not taken for the
   * installed app. */
  if (g_str_has_suffix (APP_ID, ".Devel"))
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  self->clipboard = g_ptr_array_new_with_free_func (g_object_unref);
  self->week_start = rp_date_week_start (rp_date_today (), G_DATE_MONDAY);

  self->chart = GTK_WIDGET (rp_chart_view_new ());
  gtk_widget_set_size_request (self->chart, -1, 220);
  rp_ui_set_label (self->chart, _("Intensity chart: load of each day by intensity"));
  gtk_box_append (GTK_BOX (self->chart_box), self->chart);

  g_signal_connect (self->week_view, "navigate", G_CALLBACK (on_week_view_navigate_cb), self);
  g_signal_connect (self->week_view, "workout-dropped",
                    G_CALLBACK (on_view_workout_dropped_cb), self);
  g_signal_connect (self->month_view, "workout-dropped",
                    G_CALLBACK (on_view_workout_dropped_cb), self);
  g_signal_connect (self->month_view, "day-activated",
                    G_CALLBACK (on_month_day_activated_cb), self);

  self->document = rp_document_new ();
  g_signal_connect (self->document, "notify::history", G_CALLBACK (on_document_history_cb),
                    self);
  g_signal_connect (self->document, "notify::title", G_CALLBACK (on_document_title_cb), self);
  g_signal_connect (self->document, "notify::can-undo", G_CALLBACK (on_document_can_undo_cb),
                    self);
  g_signal_connect (self->document, "notify::can-redo", G_CALLBACK (on_document_can_undo_cb),
                    self);
  rp_window_dialogs_init (self);
  rp_window_adaptive_init (self);
  rp_window_season_init (self);

  setup_settings (self);
  label_controls (self);
  update_undo_buttons (self);
  update_title (self);
}

RpWindow *
rp_window_new (GtkApplication *application)
{
  return g_object_new (RP_TYPE_WINDOW, "application", application, NULL);
}

RpPlan *
rp_window_get_plan (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);

  return self->plan;
}

RpHistory *
rp_window_get_history (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);

  return self->history;
}

GFile *
rp_window_get_file (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);

  return rp_document_get_file (self->document);
}

RpDocument *
rp_window_get_document (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);

  return self->document;
}

RpWeekView *
rp_window_get_week_view (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);

  return self->week_view;
}

RpMonthView *
rp_window_get_month_view (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);

  return self->month_view;
}

RpSeasonView *
rp_window_get_season_view (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);

  return self->season_view;
}

RpPalette *
rp_window_get_palette (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);

  return self->palette;
}

GtkWidget *
rp_window_get_chart (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);

  return self->chart;
}

RpDate
rp_window_get_week_start (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), RP_DATE_INVALID);

  return self->week_start;
}

const char *
rp_window_get_last_message (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), NULL);

  return self->last_message;
}

gboolean
rp_window_is_busy (RpWindow *self)
{
  g_return_val_if_fail (RP_IS_WINDOW (self), FALSE);

  return rp_document_get_busy (self->document);
}
