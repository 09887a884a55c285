/* rp-window-season.c
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

/* The window's season: the season view (its selected week is the week
 * the window shows, so the header and the week operations follow it),
 * Build Season…, and the week operations (Copy Week To…, Repeat Week…,
 * Clear Week, Make Down Week) on the week shown, each one undo step of
 * core's commands (rp-plan-command-season.h). */

#define G_LOG_DOMAIN "rp-window"

#include "config.h"

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-plan-command-season.h"
#include "rp-season-dialog.h"
#include "rp-ui-a11y.h"
#include "rp-window-private.h"

#define REPEAT_DEFAULT 3
#define REPEAT_MAX 52

static gboolean
season_shown (RpWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "season") == 0;
}

/* Keys in the season view choose a week: the window shows it (title,
 * week operations, the week view behind). */
static void
on_season_date_cb (RpSeasonView *view,
                   GParamSpec   *pspec,
                   RpWindow     *self)
{
  RpDate date = rp_season_view_get_date (view);

  if (!season_shown (self) || !rp_date_is_valid (date))
    return;
  if (date < self->week_start || date > self->week_start + 6)
    rp_window_show_week (self, date);
}

/* A click or Enter on a week opens it in the week view. */
static void
on_season_week_activated_cb (RpSeasonView *view,
                             guint         date,
                             RpWindow     *self)
{
  if (!rp_date_is_valid (date))
    return;

  rp_window_show_week (self, date);
  g_action_group_change_action_state (G_ACTION_GROUP (self), "view",
                                      g_variant_new_string ("week"));
  rp_week_view_focus_day (self->week_view, self->week_start);
}

/* The toast of an operation: its undo label said, or core's refusal. */
static void
report (RpWindow *self,
        gboolean  ok,
        GError   *error)
{
  if (!ok)
    {
      rp_window_show_message (self, error != NULL ? error->message : _("The week was not changed"));
      return;
    }
  if (rp_history_can_undo (self->history))
    {
      /* Translators: a toast after a week operation, e.g. "Clear Week:
       * done. Ctrl+Z undoes it" */
      g_autofree char *text = g_strdup_printf (_("%s: done. Ctrl+Z undoes it"),
                                               rp_history_get_undo_label (self->history));

      rp_window_show_message (self, text);
    }
}

static void
week_clear_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->plan == NULL)
    return;
  ok = rp_plan_command_clear_week (self->plan, self->history, self->week_start, &error);
  report (self, ok, error);
}

static void
week_make_down_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->plan == NULL)
    return;
  ok = rp_plan_command_down_week (self->plan, self->history, self->week_start, &error);
  report (self, ok, error);
}

/* The week a dialog was opened on, kept with it: the window may show
 * another before it is answered. */
#define SOURCE_WEEK_KEY "rp-source-week"

static RpDate
dialog_week (AdwMessageDialog *dialog)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), SOURCE_WEEK_KEY));
}

static AdwMessageDialog *
week_dialog_new (RpWindow   *self,
                 const char *heading,
                 const char *body,
                 const char *apply_id,
                 const char *apply_label,
                 GtkWidget  *extra)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         heading, body));

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    apply_id, apply_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, apply_id, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, apply_id);
  adw_message_dialog_set_close_response (dialog, "cancel");
  adw_message_dialog_set_extra_child (dialog, extra);
  g_object_set_data (G_OBJECT (dialog), SOURCE_WEEK_KEY, GUINT_TO_POINTER (self->week_start));

  return dialog;
}

static RpDate
calendar_date (GtkCalendar *calendar)
{
  g_autoptr(GDateTime) time = gtk_calendar_get_date (calendar);

  return rp_date_from_ymd (g_date_time_get_year (time), g_date_time_get_month (time),
                           g_date_time_get_day_of_month (time));
}

static void
on_copy_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     RpWindow         *self)
{
  GtkCalendar *calendar = GTK_CALENDAR (adw_message_dialog_get_extra_child (dialog));
  g_autoptr(GError) error = NULL;
  RpDate to;
  gboolean ok;

  if (g_strcmp0 (response, "copy") != 0 || self->plan == NULL)
    return;

  to = calendar_date (calendar);
  ok = rp_plan_command_copy_week (self->plan, self->history, dialog_week (dialog), to, &error);
  report (self, ok, error);
  if (ok)
    rp_window_show_week (self, to);
}

static void
week_copy_to_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  g_autofree char *range = rp_date_format_week_range (self->week_start);
  g_autofree char *body = NULL;
  g_autoptr(GDateTime) next = NULL;
  GtkWidget *calendar = gtk_calendar_new ();
  AdwMessageDialog *dialog;
  GDate date;

  if (self->plan == NULL)
    return;

  /* The week after, by default. */
  rp_date_to_gdate (self->week_start + 7, &date);
  next = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);
  gtk_calendar_select_day (GTK_CALENDAR (calendar), next);
  rp_ui_set_label (calendar, _("A day of the week to copy to"));

  /* Translators: the Copy Week To dialog; %s is the week, "7–13 Dec 2026" */
  body = g_strdup_printf (_("Your workouts of the week %s replace yours in the week of the "
                            "day you pick, day by day; the planner fills the rest of it."),
                          range);
  dialog = week_dialog_new (self, _("Copy Week To"), body, "copy", _("_Copy"), calendar);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_copy_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_repeat_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       RpWindow         *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  GtkSpinButton *spin = GTK_SPIN_BUTTON (gtk_widget_get_last_child (box));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_strcmp0 (response, "repeat") != 0 || self->plan == NULL)
    return;

  gtk_spin_button_update (spin);
  ok = rp_plan_command_repeat_week (self->plan, self->history, dialog_week (dialog),
                                    (guint) gtk_spin_button_get_value_as_int (spin), &error);
  report (self, ok, error);
}

static void
week_repeat_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  g_autofree char *range = rp_date_format_week_range (self->week_start);
  g_autofree char *body = NULL;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Weeks after it"));
  GtkWidget *spin = gtk_spin_button_new_with_range (1, REPEAT_MAX, 1);
  AdwMessageDialog *dialog;

  if (self->plan == NULL)
    return;

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), REPEAT_DEFAULT);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  /* Enter answers the dialog (GtkSpinButton has no activates-default in
   * GTK 4.8: its text delegate has). */
  gtk_text_set_activates_default (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (spin))),
                                  TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  rp_ui_set_label (spin, _("Number of weeks after it to copy the week to"));
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), spin);

  /* Translators: the Repeat Week dialog; %s is the week, "7–13 Dec 2026" */
  body = g_strdup_printf (_("Your workouts of the week %s are copied to each of the weeks "
                            "after it; the planner fills the rest of them."), range);
  dialog = week_dialog_new (self, _("Repeat Week"), body, "repeat", _("_Repeat"), box);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_repeat_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
plan_build_season_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  RpWindow *self = RP_WINDOW (widget);
  RpSeasonDialog *dialog;

  if (self->plan == NULL)
    return;
  dialog = rp_season_dialog_new (GTK_WINDOW (self), self->document);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
rp_window_season_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (RP_TYPE_SEASON_VIEW);

  gtk_widget_class_bind_template_child (widget_class, RpWindow, season_view);
  gtk_widget_class_bind_template_child (widget_class, RpWindow, season_button);

  gtk_widget_class_install_action (widget_class, "plan.build-season", NULL,
                                   plan_build_season_action);
  gtk_widget_class_install_action (widget_class, "week.copy-to", NULL, week_copy_to_action);
  gtk_widget_class_install_action (widget_class, "week.repeat", NULL, week_repeat_action);
  gtk_widget_class_install_action (widget_class, "week.clear", NULL, week_clear_action);
  gtk_widget_class_install_action (widget_class, "week.make-down", NULL,
                                   week_make_down_action);
}

/* Shown, the season view takes the keyboard focus: the arrows choose a
 * week straight away. */
static void
on_stack_child_cb (GtkStack   *stack,
                   GParamSpec *pspec,
                   RpWindow   *self)
{
  if (!season_shown (self))
    return;
  /* A week outside the plan is shown as its nearest week there: the
   * window follows, so the title and the week operations name it. */
  on_season_date_cb (self->season_view, NULL, self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_grab_focus (GTK_WIDGET (self->season_view));
}

/* A window opening on the season (the view is remembered) starts with
 * the keyboard there, not on the hidden week's day. */
static void
on_window_map_cb (GtkWidget *widget,
                  RpWindow  *self)
{
  if (season_shown (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->season_view));
}

void
rp_window_season_init (RpWindow *self)
{
  g_signal_connect_after (self, "map", G_CALLBACK (on_window_map_cb), self);
  g_signal_connect (self->stack, "notify::visible-child-name", G_CALLBACK (on_stack_child_cb),
                    self);
  g_signal_connect (self->season_view, "notify::date", G_CALLBACK (on_season_date_cb), self);
  g_signal_connect (self->season_view, "week-activated",
                    G_CALLBACK (on_season_week_activated_cb), self);
}
