/* rp-settings-window-paces.c
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

/* Plan Settings' recent race and pace rows: a race result gives the
 * paces (previewed as it is typed); without one the runner types them. */

#define G_LOG_DOMAIN "rp-settings-window"

#include "config.h"

#include "rp-settings-window-private.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rp-kind.h"
#include "rp-parse.h"
#include "rp-ui-util.h"

static RpAthlete *
athlete (RpSettingsWindow *self)
{
  return rp_settings_window_athlete (self);
}

static void
set_pace_label (GtkWidget *label,
                double     fast,
                double     slow,
                RpUnit     unit)
{
  g_autofree char *text = NULL;
  RpPaceRange range;

  if (rp_format_pace_range ((int) lround (fast), (int) lround (slow), unit, &range))
    text = rp_pace_range_to_string (&range);

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
show_vdot (RpSettingsWindow *self,
           const RpPaces    *paces,
           gboolean          preview)
{
  g_autofree char *vdot = NULL;

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

static void
show_paces (RpSettingsWindow *self,
            const RpPaces    *paces,
            gboolean          preview)
{
  RpUnit unit = rp_athlete_get_unit (athlete (self));
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
  show_vdot (self, paces, preview);
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

/* Shows text in the race time row. Setting a text, even the same one,
 * counts as an edit to the row and shows its apply button again (as
 * after Enter, when the plan's change comes back here): only a text
 * that differs is set, and the button is reset after it. */
static void
set_race_time_text (RpSettingsWindow *self,
                    const char       *text)
{
  AdwEntryRow *row = self->race_time_row;

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text) == 0)
    return;

  gtk_editable_set_text (GTK_EDITABLE (row), text);
  /* libadwaita 1.2 has no call to say the text is applied; turning the
   * button off and on again forgets the edit. */
  adw_entry_row_set_show_apply_button (row, FALSE);
  adw_entry_row_set_show_apply_button (row, TRUE);
}

void
rp_settings_window_sync_race (RpSettingsWindow *self)
{
  RpAthlete *a = athlete (self);
  gint64 distance = 0;
  gint64 time = 0;
  gboolean was_syncing = self->syncing;

  self->syncing = TRUE;
  if (rp_athlete_get_race_result (a, &distance, &time) && distance > 0)
    {
      g_autofree char *text = rp_format_duration (time);

      adw_combo_row_set_selected (self->race_distance_row, race_position (self, distance));
      set_race_time_text (self, text);
    }
  else
    {
      set_other_distance (self, 0);
      adw_combo_row_set_selected (self->race_distance_row, 0);
    }
  gtk_widget_remove_css_class (GTK_WIDGET (self->race_time_row), "error");
  show_paces (self, rp_athlete_get_paces (a), FALSE);
  self->syncing = was_syncing;
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
  gint64 had_distance;
  gint64 had_time;

  if (self->syncing || !parse_race (self, &distance, &time)
      || !rp_paces_from_race (distance, time, &paces))
    return;

  /* Enter on the result the plan has: nothing to undo. */
  if (rp_athlete_get_race_result (athlete (self), &had_distance, &had_time)
      && had_distance == distance && had_time == time)
    {
      rp_settings_window_sync_race (self);
      return;
    }

  rp_settings_window_begin_change (self);
  rp_athlete_set_race_result (athlete (self), distance, time);
  rp_settings_window_end_change (self);
}

static void
on_race_distance_changed_cb (AdwComboRow      *row,
                             GParamSpec       *pspec,
                             RpSettingsWindow *self)
{
  if (self->syncing || adw_combo_row_get_selected (row) == GTK_INVALID_LIST_POSITION)
    return;

  if (adw_combo_row_get_selected (row) != 0)
    {
      on_race_time_changed_cb (GTK_EDITABLE (self->race_time_row), self);
      on_race_apply_cb (self->race_time_row, self);
    }
  else if (rp_athlete_get_race_result (athlete (self), NULL, NULL))
    {
      rp_settings_window_begin_change (self);
      rp_athlete_clear_race_result (athlete (self));
      rp_settings_window_end_change (self);
    }
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

static void
mark_pace (RpSettingsWindow *self,
           guint             zone,
           const char       *why)
{
  if (why != NULL)
    gtk_widget_add_css_class (self->pace_entries[zone], "error");
  else
    gtk_widget_remove_css_class (self->pace_entries[zone], "error");
  adw_action_row_set_subtitle (self->pace_rows[zone], why);
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

  mark_pace (self, zone, parse_pace_entry (self, zone, &scratch) ? NULL : pace_hint (self, zone));
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
          mark_pace (self, i, pace_hint (self, i));
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
      rp_settings_window_refuse_change (self, GTK_WIDGET (self->pace_rows[zone]), why);
      mark_pace (self, zone, why);
      return;
    }

  rp_settings_window_begin_change (self);
  rp_athlete_set_manual_paces (a, &paces);
  rp_settings_window_end_change (self);
}

void
rp_settings_window_paces_class_init (GtkWidgetClass *widget_class)
{
  const char * const zones[N_PACES] = { "easy", "marathon", "threshold",
                                        "interval", "repetition", "recovery" };

  for (guint i = 0; i < N_PACES; i++)
    {
      g_autofree char *row = g_strdup_printf ("pace_%s_row", zones[i]);
      g_autofree char *label = g_strdup_printf ("pace_%s_label", zones[i]);
      g_autofree char *entry = g_strdup_printf ("pace_%s_entry", zones[i]);

      gtk_widget_class_bind_template_child_full (widget_class, row, FALSE,
                                                 G_STRUCT_OFFSET (RpSettingsWindow, pace_rows[i]));
      gtk_widget_class_bind_template_child_full (widget_class, label, FALSE,
                                                 G_STRUCT_OFFSET (RpSettingsWindow,
                                                                  pace_labels[i]));
      gtk_widget_class_bind_template_child_full (widget_class, entry, FALSE,
                                                 G_STRUCT_OFFSET (RpSettingsWindow,
                                                                  pace_entries[i]));
    }
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, race_distance_row);
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, race_time_row);
  gtk_widget_class_bind_template_child (widget_class, RpSettingsWindow, vdot_row);
  gtk_widget_class_bind_template_callback (widget_class, on_race_time_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_race_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_race_distance_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pace_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pace_activate_cb);
}
