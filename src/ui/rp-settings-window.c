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

#include "rp-settings-window.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-limits.h"
#include "rp-parse.h"
#include "rp-planner.h"
#include "rp-ui-util.h"

enum {
  PACE_EASY,
  PACE_MARATHON,
  PACE_THRESHOLD,
  PACE_INTERVAL,
  PACE_REPETITION,
  PACE_RECOVERY,
  N_PACES
};

struct _RpSettingsWindow
{
  AdwPreferencesWindow parent_instance;

  AdwComboRow    *goal_row;
  AdwComboRow    *race_distance_row;
  AdwEntryRow    *race_time_row;
  AdwActionRow   *vdot_row;
  GtkWidget      *pace_labels[N_PACES];
  /* Without a race result the paces are typed here instead. */
  AdwActionRow   *pace_rows[N_PACES];
  GtkWidget      *pace_entries[N_PACES];
  GtkSpinButton  *volume_spin;
  AdwActionRow   *volume_row;
  AdwExpanderRow *override_row;
  GtkSpinButton  *override_spin;
  GtkWidget      *rest_switches[7];
  AdwExpanderRow *rest_row;
  AdwComboRow    *unit_row;
  AdwComboRow    *recovery_row;
  AdwComboRow    *week_start_row;

  /* owned */
  RpHistory      *history;
  RpPlan         *plan;
  gulong          changed_id;
  RpDate          week_start;
  gint64          other_distance_m; /* a race result at no standard distance, else 0 */
  gboolean        syncing;   /* rows follow the model: do not write back */
};

/* The race distance row: None, the standard races, then Other when the
 * result is at another distance (set by a file or the command line). */
#define OTHER_RACE_POSITION (RP_N_RACES + 1)

G_DEFINE_FINAL_TYPE (RpSettingsWindow, rp_settings_window, ADW_TYPE_PREFERENCES_WINDOW)

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
static void
begin_change (RpSettingsWindow *self)
{
  rp_history_begin (self->history, _("Change Plan Settings"));
}

static void
end_change (RpSettingsWindow *self)
{
  rp_planner_refill_all (self->plan);
  rp_history_commit (self->history);
}

static AdwComboRow *
add_combo (AdwPreferencesGroup *group,
           const char          *title,
           const char * const  *items)
{
  AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
  g_autoptr(GtkStringList) model = gtk_string_list_new ((const char * const *) items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (row, G_LIST_MODEL (model));
  rp_ui_set_label (GTK_WIDGET (row), title);
  adw_preferences_group_add (group, GTK_WIDGET (row));

  return row;
}

static GtkSpinButton *
add_spin_row (AdwPreferencesGroup *group,
              GtkWidget           *expander,
              const char          *title,
              const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0.0, 400.0, 0.5);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), 1);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  rp_ui_set_label (spin, title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  if (expander != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
  else
    adw_preferences_group_add (group, row);

  return GTK_SPIN_BUTTON (spin);
}

static void
set_pace_label (GtkWidget *label,
                double     fast,
                double     slow,
                RpUnit     unit)
{
  g_autofree char *text = rp_ui_format_pace_range ((int) lround (fast), (int) lround (slow), unit);

  gtk_label_set_text (GTK_LABEL (label), text != NULL ? text : _("Unknown"));
}

/* One pace as the runner types it, in the plan's unit: "4:15". */
static void
append_typed_pace (GString *str,
                   double   s_per_km,
                   RpUnit   unit)
{
  double per_unit = unit == RP_UNIT_MI ? s_per_km * RP_METRES_PER_MILE / 1000.0 : s_per_km;
  int seconds = (int) lround (per_unit);

  g_string_append_printf (str, "%d:%02d", seconds / 60, seconds % 60);
}

/* What a pace entry shows for paces: "5:00-5:40" for E, "4:15" else;
 * empty for a pace not known. */
static char *
typed_pace_text (const RpPaces *paces,
                 guint          zone,
                 RpUnit         unit)
{
  const double values[N_PACES] = { paces->easy_fast, paces->marathon, paces->threshold,
                                   paces->interval, paces->repetition, paces->recovery };
  GString *str = g_string_new (NULL);

  if (zone == PACE_EASY)
    {
      if (paces->easy_fast > 0 && paces->easy_slow > 0)
        {
          append_typed_pace (str, paces->easy_fast, unit);
          g_string_append_c (str, '-');
          append_typed_pace (str, paces->easy_slow, unit);
        }
    }
  else if (values[zone] > 0)
    append_typed_pace (str, values[zone], unit);

  return g_string_free (str, FALSE);
}

static void
show_paces (RpSettingsWindow *self,
            const RpPaces    *paces,
            gboolean          preview)
{
  RpUnit unit = rp_athlete_get_unit (athlete (self));
  g_autofree char *vdot = NULL;
  gboolean typed = !rp_athlete_get_race_result (athlete (self), NULL, NULL) && !preview;
  gboolean was_syncing = self->syncing;

  RpPaces implied = { 0 };
  double implied_vdot = rp_paces_implied_vdot (paces);

  /* A zone left empty is run at the pace the typed ones imply (the
   * engine's rule): its entry shows that pace as a hint. */
  if (implied_vdot > 0)
    rp_paces_from_vdot (implied_vdot, &implied);

  /* No race result: the paces are the runner's to type. */
  self->syncing = TRUE;
  for (guint i = 0; i < N_PACES; i++)
    {
      g_autofree char *text = typed_pace_text (paces, i, unit);
      g_autofree char *hint = typed_pace_text (&implied, i, unit);

      gtk_widget_set_visible (self->pace_labels[i], !typed);
      gtk_widget_set_visible (self->pace_entries[i], typed);
      gtk_editable_set_text (GTK_EDITABLE (self->pace_entries[i]), text);
      gtk_entry_set_placeholder_text (GTK_ENTRY (self->pace_entries[i]),
                                      *hint != '\0' ? hint : NULL);
      gtk_widget_remove_css_class (self->pace_entries[i], "error");
      adw_action_row_set_subtitle (self->pace_rows[i], NULL);
    }
  self->syncing = was_syncing;

  set_pace_label (self->pace_labels[PACE_EASY], paces->easy_fast, paces->easy_slow, unit);
  set_pace_label (self->pace_labels[PACE_MARATHON], paces->marathon, paces->marathon, unit);
  set_pace_label (self->pace_labels[PACE_THRESHOLD], paces->threshold, paces->threshold, unit);
  set_pace_label (self->pace_labels[PACE_INTERVAL], paces->interval, paces->interval, unit);
  set_pace_label (self->pace_labels[PACE_REPETITION], paces->repetition, paces->repetition, unit);
  set_pace_label (self->pace_labels[PACE_RECOVERY], paces->recovery, 0, unit);

  if (!paces->assumed && !(paces->vdot > 0))
    vdot = g_strdup (_("None: typed paces"));
  else if (paces->assumed)
    vdot = g_strdup_printf (_("%.1f (assumed: enter a race result)"), paces->vdot);
  else if (preview)
    vdot = g_strdup_printf (_("%.1f (press Enter to use this result)"), paces->vdot);
  else
    vdot = g_strdup_printf ("%.1f", paces->vdot);
  adw_action_row_set_subtitle (self->vdot_row, vdot);
}

static gboolean
parse_race (RpSettingsWindow *self,
            gint64           *out_distance,
            gint64           *out_time)
{
  guint selected = adw_combo_row_get_selected (self->race_distance_row);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->race_time_row));

  if (selected == OTHER_RACE_POSITION && self->other_distance_m > 0)
    *out_distance = self->other_distance_m;
  else if (selected == 0 || selected > RP_N_RACES)
    return FALSE;
  else
    *out_distance = rp_race_distance_m ((RpRace) (selected - 1));

  return rp_parse_duration (text, out_time) && *out_time > 0;
}

/* The rows that name the unit, the week and the rest days follow them. */
static void
sync_row_texts (RpSettingsWindow *self)
{
  RpAthlete *a = athlete (self);
  /* The week shown, as the plan's week start now cuts it. */
  g_autofree char *week = rp_ui_format_week_range (rp_date_week_start (self->week_start,
                                                                       rp_athlete_get_week_start (a)));
  g_autofree char *override = NULL;
  g_autoptr(GString) rest = g_string_new (NULL);
  const char * const days[] = { N_("Monday"), N_("Tuesday"), N_("Wednesday"), N_("Thursday"),
                                N_("Friday"), N_("Saturday"), N_("Sunday") };

  adw_action_row_set_subtitle (self->volume_row,
                               rp_athlete_get_unit (a) == RP_UNIT_MI
                               ? _("Miles a week, unless a week has its own")
                               : _("Kilometres a week, unless a week has its own"));

  /* Translators: %s is a week, e.g. "23 – 29 Nov 2026" */
  override = g_strdup_printf (_("Different target for %s"), week);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->override_row), override);
  rp_ui_set_label (GTK_WIDGET (self->override_row), override);

  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    if (rp_athlete_is_rest_day (a, (GDateWeekday) (i + 1)))
      g_string_append_printf (rest, "%s%s", rest->len > 0 ? ", " : "", _(days[i]));
  adw_expander_row_set_subtitle (self->rest_row, rest->len > 0 ? rest->str : _("None"));
}

/* Shows distance as the Other choice, or drops that choice when 0: a
 * distance the list does not name is kept, never shown as None. */
static void
set_other_distance (RpSettingsWindow *self,
                    gint64            distance)
{
  GtkStringList *model = GTK_STRING_LIST (adw_combo_row_get_model (self->race_distance_row));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (model));
  g_autofree char *text = NULL;

  self->other_distance_m = distance;
  if (distance > 0)
    {
      g_autofree char *size = rp_format_distance (distance, rp_athlete_get_unit (athlete (self)));
      /* Translators: a race distance not in the list, e.g. "Other (15.0 km)" */
      text = g_strdup_printf (_("Other (%s)"), size);
    }

  if (n > OTHER_RACE_POSITION)
    {
      const char *shown = gtk_string_list_get_string (model, OTHER_RACE_POSITION);

      if (g_strcmp0 (shown, text) == 0)
        return;
      gtk_string_list_remove (model, OTHER_RACE_POSITION);
    }
  if (text != NULL)
    gtk_string_list_append (model, text);
}

/* The row position of a race result's distance. */
static guint
race_position (RpSettingsWindow *self,
               gint64            distance)
{
  for (RpRace race = 0; race < RP_N_RACES; race++)
    if (rp_race_distance_m (race) == distance)
      {
        set_other_distance (self, 0);
        return race + 1;
      }

  set_other_distance (self, distance);

  return OTHER_RACE_POSITION;
}

static void
sync_from_model (RpSettingsWindow *self)
{
  RpAthlete *a = athlete (self);
  gint64 distance = 0;
  gint64 time = 0;
  guint week;

  self->syncing = TRUE;
  adw_combo_row_set_selected (self->goal_row, rp_athlete_get_goal (a));
  if (rp_athlete_get_race_result (a, &distance, &time) && distance > 0)
    {
      g_autofree char *text = rp_format_duration (time);

      adw_combo_row_set_selected (self->race_distance_row, race_position (self, distance));
      gtk_editable_set_text (GTK_EDITABLE (self->race_time_row), text);
    }
  else
    {
      set_other_distance (self, 0);
      adw_combo_row_set_selected (self->race_distance_row, 0);
    }
  show_paces (self, rp_athlete_get_paces (a), FALSE);

  gtk_spin_button_set_value (self->volume_spin, rp_athlete_get_volume_m (a) / unit_metres (self));
  if (rp_plan_contains (self->plan, self->week_start))
    {
      gint64 override;

      week = rp_plan_get_week_index (self->plan, self->week_start);
      override = rp_plan_get_week_target_override (self->plan, week);
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

  for (guint i = 0; i < 7; i++)
    gtk_switch_set_active (GTK_SWITCH (self->rest_switches[i]),
                           rp_athlete_is_rest_day (a, (GDateWeekday) (i + 1)));
  adw_combo_row_set_selected (self->unit_row, rp_athlete_get_unit (a));
  adw_combo_row_set_selected (self->recovery_row, rp_athlete_get_recovery_preference (a));
  adw_combo_row_set_selected (self->week_start_row, rp_athlete_get_week_start (a) - 1);
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
static void
refuse_change (RpSettingsWindow *self,
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

static void
on_combo_changed_cb (AdwComboRow      *row,
                     GParamSpec       *pspec,
                     RpSettingsWindow *self)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->syncing || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (row == self->week_start_row)
    {
      g_autofree char *refused = NULL;

      /* The row coming back to the plan's value after a refusal. */
      if (selected + 1 == (guint) rp_athlete_get_week_start (athlete (self)))
        return;
      refused = check_week_start (self, (GDateWeekday) (selected + 1));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), NULL);
      if (refused != NULL)
        {
          refuse_change (self, GTK_WIDGET (row), refused);
          return;
        }
    }

  begin_change (self);
  if (row == self->goal_row)
    rp_athlete_set_goal (athlete (self), (RpRace) selected);
  else if (row == self->unit_row)
    rp_athlete_set_unit (athlete (self), (RpUnit) selected);
  else if (row == self->recovery_row)
    rp_athlete_set_recovery_preference (athlete (self), (RpRecoveryPreference) selected);
  else if (row == self->week_start_row)
    rp_athlete_set_week_start (athlete (self), (GDateWeekday) (selected + 1));
  else if (row == self->race_distance_row && selected == 0)
    rp_athlete_clear_race_result (athlete (self));
  end_change (self);
}

static void
on_race_time_changed_cb (GtkEditable      *editable,
                         RpSettingsWindow *self)
{
  RpPaces paces;
  gint64 distance;
  gint64 time;

  if (self->syncing)
    return;

  /* Live preview: the paces follow what is typed before it is applied.
   * A field not filled in yet is not an error. */
  if (*gtk_editable_get_text (editable) == '\0')
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->race_time_row), "error");
      show_paces (self, rp_athlete_get_paces (athlete (self)), FALSE);
    }
  else if (parse_race (self, &distance, &time) && rp_paces_from_race (distance, time, &paces))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->race_time_row), "error");
      show_paces (self, &paces, TRUE);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->race_time_row), "error");
      show_paces (self, rp_athlete_get_paces (athlete (self)), FALSE);
    }
}

static void
on_race_apply_cb (AdwEntryRow      *row,
                  RpSettingsWindow *self)
{
  RpPaces paces;
  gint64 distance;
  gint64 time;

  if (self->syncing || !parse_race (self, &distance, &time)
      || !rp_paces_from_race (distance, time, &paces))
    return;

  begin_change (self);
  rp_athlete_set_race_result (athlete (self), distance, time);
  end_change (self);
}

static void
on_race_distance_changed_cb (AdwComboRow      *row,
                             GParamSpec       *pspec,
                             RpSettingsWindow *self)
{
  if (adw_combo_row_get_selected (row) == 0)
    on_combo_changed_cb (row, pspec, self);
  else
    {
      on_race_time_changed_cb (GTK_EDITABLE (self->race_time_row), self);
      on_race_apply_cb (self->race_time_row, self);
    }
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

  begin_change (self);
  rp_athlete_set_volume_m (athlete (self), MIN (spin_metres (self, spin), RP_MAX_VOLUME_M));
  end_change (self);
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
  if (!rp_plan_contains (self->plan, self->week_start)
      && !rp_limits_check_date (self->plan, self->week_start, &error))
    {
      g_autofree char *why = g_strdup_printf (_("This week cannot have its own target: %s"),
                                              error->message);

      refuse_change (self, GTK_WIDGET (self->override_row), why);
      return;
    }

  begin_change (self);
  if (rp_plan_ensure_date (self->plan, self->week_start))
    rp_plan_set_week_target_override (self->plan,
                                      rp_plan_get_week_index (self->plan, self->week_start),
                                      target);
  end_change (self);
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

static void
on_rest_day_toggled_cb (GtkSwitch        *sw,
                        GParamSpec       *pspec,
                        RpSettingsWindow *self)
{
  guint mask = 0;

  if (self->syncing)
    return;

  for (guint i = 0; i < 7; i++)
    if (gtk_switch_get_active (GTK_SWITCH (self->rest_switches[i])))
      mask |= 1u << i;

  begin_change (self);
  rp_athlete_set_rest_days (athlete (self), mask);
  end_change (self);
}

/* Reads zone's entry into paces; FALSE when it is not a pace (a range
 * "5:00-5:40" for E). Empty is a zone not typed (0): it follows the
 * VDOT the typed ones imply, as on the command line. */
static gboolean
parse_pace_entry (RpSettingsWindow *self,
                  guint             zone,
                  RpPaces          *paces)
{
  RpUnit unit = rp_athlete_get_unit (athlete (self));
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->pace_entries[zone]));
  double *fields[N_PACES] = { NULL, &paces->marathon, &paces->threshold,
                              &paces->interval, &paces->repetition, &paces->recovery };
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  if (*stripped == '\0')
    {
      if (zone == PACE_EASY)
        paces->easy_fast = paces->easy_slow = 0;
      else
        *fields[zone] = 0;
      return TRUE;
    }
  if (zone == PACE_EASY)
    {
      g_auto(GStrv) ends = g_strsplit (text, strstr (text, "–") != NULL ? "–" : "-", 2);

      return ends[0] != NULL && ends[1] != NULL
             && rp_parse_pace_in (ends[0], unit, &paces->easy_fast)
             && rp_parse_pace_in (ends[1], unit, &paces->easy_slow);
    }

  return rp_parse_pace_in (text, unit, fields[zone]);
}

static const char *
pace_hint (RpSettingsWindow *self,
           guint             zone)
{
  gboolean miles = rp_athlete_get_unit (athlete (self)) == RP_UNIT_MI;

  if (zone == PACE_EASY)
    return miles ? _("Type a range in minutes per mile, e.g. 8:00-9:00")
                 : _("Type a range in minutes per kilometre, e.g. 5:00-5:40");
  return miles ? _("Type a pace in minutes per mile, e.g. 7:00")
               : _("Type a pace in minutes per kilometre, e.g. 4:15");
}

static guint
pace_zone (RpSettingsWindow *self,
           GtkWidget        *entry)
{
  for (guint i = 0; i < N_PACES; i++)
    if (self->pace_entries[i] == entry)
      return i;
  g_return_val_if_reached (PACE_EASY);
}

/* Marks a pace that cannot be read while it is typed. */
static void
on_pace_changed_cb (GtkEditable      *editable,
                    RpSettingsWindow *self)
{
  guint zone = pace_zone (self, GTK_WIDGET (editable));
  RpPaces scratch = { 0 };

  if (self->syncing)
    return;

  if (parse_pace_entry (self, zone, &scratch))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (editable), "error");
      adw_action_row_set_subtitle (self->pace_rows[zone], NULL);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (editable), "error");
      adw_action_row_set_subtitle (self->pace_rows[zone], pace_hint (self, zone));
    }
}

/* Enter stores the typed paces, one undoable edit. Only the rows whose
 * text changed are read: the others keep their stored values exactly,
 * not the rounding the rows show. The first paces typed are the only
 * ones stored (the assumed VDOT 40 ones shown before are not the
 * runner's): the zones not typed follow the VDOT the typed ones imply. */
static void
on_pace_activate_cb (GtkEntry         *entry,
                     RpSettingsWindow *self)
{
  RpAthlete *a = athlete (self);
  RpUnit unit = rp_athlete_get_unit (a);
  const RpPaces *shown = rp_athlete_get_paces (a);
  g_autofree char *problem = NULL;
  RpPaces paces;
  gboolean changed = FALSE;

  if (self->syncing || rp_athlete_get_race_result (a, NULL, NULL))
    return;

  if (!rp_athlete_get_manual_paces (a, &paces))
    paces = (RpPaces) { 0 };

  for (guint i = 0; i < N_PACES; i++)
    {
      g_autofree char *was = typed_pace_text (shown, i, unit);

      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->pace_entries[i])), was) == 0)
        continue;
      if (!parse_pace_entry (self, i, &paces))
        {
          gtk_widget_add_css_class (self->pace_entries[i], "error");
          adw_action_row_set_subtitle (self->pace_rows[i], pace_hint (self, i));
          return;
        }
      changed = TRUE;
    }
  if (!changed)
    return;

  problem = rp_paces_check_typed (&paces);
  if (problem != NULL)
    {
      guint zone = pace_zone (self, GTK_WIDGET (entry));
      g_autofree char *why = g_strdup_printf (_("These paces cannot be used: %s"), problem);

      /* The rows show the stored paces again; this one still says why. */
      refuse_change (self, GTK_WIDGET (self->pace_rows[zone]), why);
      adw_action_row_set_subtitle (self->pace_rows[zone], why);
      gtk_widget_add_css_class (self->pace_entries[zone], "error");
      return;
    }

  begin_change (self);
  rp_athlete_set_manual_paces (a, &paces);
  end_change (self);
}

static void
build_goal_group (RpSettingsWindow *self,
                  AdwPreferencesPage *page)
{
  const char * const races[] = { _("5K"), _("10K"), _("Half Marathon"), _("Marathon"), NULL };
  const char * const results[] = { _("None"), _("5K"), _("10K"), _("Half Marathon"),
                                   _("Marathon"), NULL };
  const char * const titles[N_PACES] = { _("Easy"), _("Marathon"), _("Threshold"),
                                         _("Interval"), _("Repetition"), _("Recovery") };
  AdwPreferencesGroup *goal = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *race = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (goal, _("Goal"));
  self->goal_row = add_combo (goal, _("Goal race"), races);
  adw_preferences_page_add (page, goal);

  adw_preferences_group_set_title (race, _("Recent Race"));
  adw_preferences_group_set_description (race, _("Your training paces come from it"));
  self->race_distance_row = add_combo (race, _("Distance"), results);
  self->race_time_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->race_time_row),
                                 _("Time (e.g. 45:00 or 1:31:35)"));
  adw_entry_row_set_show_apply_button (self->race_time_row, TRUE);
  rp_ui_set_label (GTK_WIDGET (self->race_time_row), _("Race time"));
  adw_preferences_group_add (race, GTK_WIDGET (self->race_time_row));

  self->vdot_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->vdot_row), _("VDOT"));
  adw_preferences_group_add (race, GTK_WIDGET (self->vdot_row));
  for (guint i = 0; i < N_PACES; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), titles[i]);
      self->pace_rows[i] = ADW_ACTION_ROW (row);
      self->pace_labels[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->pace_labels[i], "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->pace_labels[i]);
      self->pace_entries[i] = gtk_entry_new ();
      gtk_widget_add_css_class (self->pace_entries[i], "numeric");
      gtk_widget_set_valign (self->pace_entries[i], GTK_ALIGN_CENTER);
      gtk_editable_set_width_chars (GTK_EDITABLE (self->pace_entries[i]),
                                    i == PACE_EASY ? 10 : 6);
      rp_ui_set_label (self->pace_entries[i], titles[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->pace_entries[i]);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->pace_entries[i]);
      adw_preferences_group_add (race, row);
    }
  adw_preferences_page_add (page, race);
}

static void
build_volume_group (RpSettingsWindow   *self,
                    AdwPreferencesPage *page)
{
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *expander = adw_expander_row_new ();

  adw_preferences_group_set_title (group, _("Weekly Volume"));
  self->volume_spin = add_spin_row (group, NULL, _("Default target"), NULL);
  self->volume_row = ADW_ACTION_ROW (gtk_widget_get_ancestor (GTK_WIDGET (self->volume_spin),
                                                              ADW_TYPE_ACTION_ROW));
  adw_expander_row_set_show_enable_switch (ADW_EXPANDER_ROW (expander), TRUE);
  self->override_row = ADW_EXPANDER_ROW (expander);
  adw_preferences_group_add (group, expander);
  self->override_spin = add_spin_row (group, expander, _("Target"), _("0: a week off"));
  adw_preferences_page_add (page, group);
}

static void
build_week_group (RpSettingsWindow   *self,
                  AdwPreferencesPage *page)
{
  const char * const units[] = { _("Kilometres"), _("Miles"), NULL };
  const char * const recovery[] = { _("Recovery run"), _("Cross-training"), _("Walk"), NULL };
  const char * const days[] = { _("Monday"), _("Tuesday"), _("Wednesday"), _("Thursday"),
                                _("Friday"), _("Saturday"), _("Sunday"), NULL };
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *rest = adw_expander_row_new ();

  adw_preferences_group_set_title (group, _("Week"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rest), _("Rest days"));
  rp_ui_set_label (rest, _("Rest days"));
  self->rest_row = ADW_EXPANDER_ROW (rest);
  adw_preferences_group_add (group, rest);
  for (guint i = 0; i < 7; i++)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), days[i]);
      self->rest_switches[i] = gtk_switch_new ();
      gtk_widget_set_valign (self->rest_switches[i], GTK_ALIGN_CENTER);
      rp_ui_set_label (self->rest_switches[i], days[i]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), self->rest_switches[i]);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), self->rest_switches[i]);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (rest), row);
    }

  self->week_start_row = add_combo (group, _("Week starts on"), days);
  self->unit_row = add_combo (group, _("Display unit"), units);
  self->recovery_row = add_combo (group, _("Recovery after hard days"), recovery);
  adw_preferences_page_add (page, group);
}

static void
connect_rows (RpSettingsWindow *self)
{
  g_signal_connect (self->goal_row, "notify::selected", G_CALLBACK (on_combo_changed_cb), self);
  g_signal_connect (self->unit_row, "notify::selected", G_CALLBACK (on_combo_changed_cb), self);
  g_signal_connect (self->recovery_row, "notify::selected",
                    G_CALLBACK (on_combo_changed_cb), self);
  g_signal_connect (self->week_start_row, "notify::selected",
                    G_CALLBACK (on_combo_changed_cb), self);
  g_signal_connect (self->race_distance_row, "notify::selected",
                    G_CALLBACK (on_race_distance_changed_cb), self);
  g_signal_connect (self->race_time_row, "changed", G_CALLBACK (on_race_time_changed_cb), self);
  g_signal_connect (self->race_time_row, "apply", G_CALLBACK (on_race_apply_cb), self);
  g_signal_connect (self->race_time_row, "entry-activated", G_CALLBACK (on_race_apply_cb), self);
  for (guint i = 0; i < N_PACES; i++)
    {
      g_signal_connect (self->pace_entries[i], "changed", G_CALLBACK (on_pace_changed_cb), self);
      g_signal_connect (self->pace_entries[i], "activate", G_CALLBACK (on_pace_activate_cb), self);
    }
  g_signal_connect (self->volume_spin, "value-changed", G_CALLBACK (on_volume_changed_cb), self);
  g_signal_connect (self->override_spin, "value-changed",
                    G_CALLBACK (on_override_changed_cb), self);
  g_signal_connect (self->override_row, "notify::enable-expansion",
                    G_CALLBACK (on_override_enabled_cb), self);
  for (guint i = 0; i < 7; i++)
    g_signal_connect (self->rest_switches[i], "notify::active",
                      G_CALLBACK (on_rest_day_toggled_cb), self);
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

  object_class->dispose = rp_settings_window_dispose;
}

static void
rp_settings_window_init (RpSettingsWindow *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());

  gtk_window_set_title (GTK_WINDOW (self), _("Plan Settings"));
  gtk_window_set_default_size (GTK_WINDOW (self), 560, 720);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
  adw_preferences_page_set_title (page, _("Plan"));
  adw_preferences_page_set_icon_name (page, "x-office-calendar-symbolic");
  build_goal_group (self, page);
  build_volume_group (self, page);
  build_week_group (self, page);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
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
  sync_from_model (self);
  connect_rows (self);
  self->changed_id = g_signal_connect (self->plan, "changed",
                                       G_CALLBACK (on_plan_changed_cb), self);

  return self;
}
