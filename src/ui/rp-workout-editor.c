/* rp-workout-editor.c
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

#define G_LOG_DOMAIN "rp-workout-editor"

#include "config.h"

#include "rp-workout-editor.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-parse.h"
#include "rp-plan-command.h"
#include "rp-plan-file.h"
#include "rp-plan-reader.h"
#include "rp-planner.h"
#include "rp-steps.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"

struct _RpWorkoutEditor
{
  AdwWindow       parent_instance;

  /* template widgets */
  AdwWindowTitle *window_title;
  GtkWidget      *cancel_button;
  GtkWidget      *save_button;
  AdwComboRow    *kind_row;
  AdwEntryRow    *distance_row;
  AdwEntryRow    *duration_row;
  AdwEntryRow    *pace_row;
  AdwEntryRow    *notes_row;
  AdwActionRow   *keep_row;
  GtkSwitch      *keep_switch;   /* pinned: the runner's, not the planner's */
  AdwEntryRow    *steps_row;
  GtkLabel       *steps_message;
  GtkLabel       *fields_message;  /* what a bad distance, duration or pace should look like */
  GtkWidget      *delete_group;    /* shown for the runner's own workout only */

  /* owned */
  RpDocument     *document;
  RpHistory      *history;    /* the document's when the editor opened */
  RpWorkout      *original;   /* NULL when adding */
  char           *loaded_steps_text;  /* the original's steps as shown; NULL when adding */
  /* The original's fields as shown (NULL when adding): a field left as
   * shown keeps the stored value, so display rounding is never saved. */
  char           *loaded_distance;
  char           *loaded_duration;
  char           *loaded_pace;
  char           *loaded_notes;
  char           *steps_error;        /* why the steps text does not read; NULL when it does */
  RpDate          date;
  int             index;
};

G_DEFINE_FINAL_TYPE (RpWorkoutEditor, rp_workout_editor, ADW_TYPE_WINDOW)

static RpUnit
editor_unit (RpWorkoutEditor *self)
{
  if (self->history == NULL)
    return RP_UNIT_KM;
  return rp_athlete_get_unit (rp_plan_get_athlete (rp_history_get_plan (self->history)));
}

/* Marks row as valid or not, with the hint (NULL when valid) that says
 * what it accepts, for the screen reader too. */
static void
set_error (AdwEntryRow *row,
           const char  *hint)
{
  if (hint != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID,
                               hint != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                            : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
  rp_ui_set_description (GTK_WIDGET (row), hint != NULL ? hint : "");
}

static gboolean
parse_pace_text (RpWorkoutEditor *self,
                 const char      *text,
                 int             *out_fast,
                 int             *out_slow)
{
  *out_fast = *out_slow = 0;
  if (*text == '\0')
    return TRUE;

  /* "4:10–4:20", "4:10-4:20" or a single pace; typed in the display unit.
   * What rp_format_pace_range shows, rp_parse_pace_range reads. */
  return rp_parse_pace_range (text, editor_unit (self), RP_PACE_RANGE_CLOSED, out_fast, out_slow);
}

static GRegex *
space_regex (void)
{
  static GRegex *regex;

  /* The UI runs on one thread; the regex lives as long as the process. */
  if (regex == NULL)
    regex = g_regex_new ("\\s+", G_REGEX_OPTIMIZE, 0, NULL);

  return regex;
}

/* The text shown for the workout's own steps: kept as they are when it is
 * left alone, even where the text cannot say everything the file holds. */
static gboolean
steps_text_unchanged (RpWorkoutEditor *self,
                      const char      *text)
{
  return self->loaded_steps_text != NULL && g_strcmp0 (text, self->loaded_steps_text) == 0;
}

/* The line under the steps: how they read, or what is wrong with them.
 * Save is disabled while they do not read, so no edit is half-applied. */
static void
show_steps_message (RpWorkoutEditor *self,
                    const char      *message,
                    gboolean         error)
{
  GtkWidget *label = GTK_WIDGET (self->steps_message);

  gtk_label_set_text (self->steps_message, message);
  if (error)
    {
      gtk_widget_remove_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "error");
    }
  else
    {
      gtk_widget_remove_css_class (label, "error");
      gtk_widget_add_css_class (label, "dim-label");
    }
  set_error (self->steps_row, error ? message : NULL);
  /* Read out whether it is an error or not: how the steps were understood. */
  rp_ui_set_description (GTK_WIDGET (self->steps_row), message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", !error);
}

/* A warning when the steps add up to another distance than the distance
 * typed (steps of 8 km on a 10 km run), by more than 5 %; NULL if they
 * agree or no distance reads. */
static char *
steps_distance_mismatch (RpWorkoutEditor *self,
                         gint64           total_m)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->distance_row));
  g_autofree char *compact = g_regex_replace_literal (space_regex (), text, -1, 0, "", 0, NULL);
  RpUnit unit = editor_unit (self);
  g_autofree char *total_text = NULL;
  g_autofree char *distance_text = NULL;
  gint64 distance_m = 0;

  if (*compact == '\0' || !rp_parse_distance (compact, unit, TRUE, &distance_m) || distance_m <= 0)
    return NULL;
  if (ABS (total_m - distance_m) * 20 <= distance_m)
    return NULL;
  total_text = rp_format_distance (total_m, unit);
  distance_text = rp_format_distance (distance_m, unit);
  /* TRANSLATORS: the steps' total distance, then the workout's distance */
  return g_strdup_printf (_("The steps add up to %s, not the distance of %s."),
                          total_text, distance_text);
}


/* "Reads as “6 × 800 m @ I, 400 m jog” · 7.2 km in all": the canonical
 * text shows at once how a typo was understood ("10m" is metres). */
static char *
describe_steps (RpWorkoutEditor *self,
                const char      *text,
                GArray          *steps)
{
  RpUnit unit = editor_unit (self);
  g_autofree char *canonical = rp_steps_format ((const RpStep *) steps->data, steps->len, unit);
  g_autofree char *typed = g_strstrip (g_strdup (text));
  gint64 total = rp_steps_total_distance_m ((const RpStep *) steps->data, steps->len);
  g_autofree char *total_text = total > 0 ? rp_format_distance (total, unit) : NULL;
  gboolean same = g_strcmp0 (canonical, typed) == 0;

  if (steps->len == 0)
    return g_strdup (_("Optional, e.g. “2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E”. "
                       "Zones: E, M, T, I, R."));
  if (total > 0)
    {
      g_autofree char *mismatch = steps_distance_mismatch (self, total);

      if (mismatch != NULL)
        return g_steal_pointer (&mismatch);
    }
  if (!same && total_text != NULL)
    /* TRANSLATORS: the steps as understood, and their total distance */
    return g_strdup_printf (_("Reads as “%s” · %s in all"), canonical, total_text);
  if (!same)
    return g_strdup_printf (_("Reads as “%s”"), canonical);
  if (total_text != NULL)
    return g_strdup_printf (_("%s in all"), total_text);
  return g_strdup (_("Zones: E, M, T, I, R. Separate steps with “;”."));
}

/* Checks the steps text and shows the result; FALSE when it does not read. */
static gboolean
validate_steps (RpWorkoutEditor *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->steps_row));
  g_autoptr(GArray) steps = NULL;
  g_autofree char *error = NULL;
  g_autofree char *message = NULL;

  g_clear_pointer (&self->steps_error, g_free);
  if (!rp_steps_parse (text, editor_unit (self), &steps, &error))
    {
      if (steps_text_unchanged (self, text))
        {
          show_steps_message (self, _("As in the plan file."), FALSE);
          return TRUE;
        }
      show_steps_message (self, error, TRUE);
      self->steps_error = g_steal_pointer (&error);
      return FALSE;
    }

  message = describe_steps (self, text, steps);
  show_steps_message (self, message, FALSE);
  return TRUE;
}

/* The steps typed, in *out_steps; it stays NULL when the workout's own
 * steps are to be kept. FALSE when the text does not read. */
static gboolean
read_steps (RpWorkoutEditor  *self,
            GArray          **out_steps)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->steps_row));

  *out_steps = NULL;
  if (steps_text_unchanged (self, text))
    return TRUE;
  return validate_steps (self) && rp_steps_parse (text, editor_unit (self), out_steps, NULL);
}

/* The line under the fields: what a bad field accepts, or why the planner
 * refused the edit ("" hides it). */
static void
show_fields_message (RpWorkoutEditor *self,
                     const char      *message)
{
  gtk_label_set_text (self->fields_message, message);
  gtk_widget_set_visible (GTK_WIDGET (self->fields_message), *message != '\0');
}

/* Whether row still shows the text it was loaded with. */
static gboolean
unchanged (AdwEntryRow *row,
           const char  *loaded)
{
  return loaded != NULL && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), loaded) == 0;
}

/* The notes' hint: the file keeps 4,096 bytes, and nothing is ever cut.
 * The limit is written in the sentence, so each language groups its digits
 * its own way ("4.096" in German), as the field's title does. */
G_STATIC_ASSERT (RP_PLAN_FILE_MAX_STRING == 4096);

static char *
notes_hint (RpWorkoutEditor *self)
{
  gsize len = strlen (gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));

  if (len <= RP_PLAN_FILE_MAX_STRING || unchanged (self->notes_row, self->loaded_notes))
    return NULL;
  /* TRANSLATORS: the number is the bytes typed; 4,096 bytes is the limit */
  return g_strdup_printf (_("The notes are %zu bytes long: 4,096 bytes at most."), len);
}

/* Reads distance, duration and pace; a field that does not read or is
 * over the file's limit is marked, and the line under the fields says
 * what it accepts. A field left as shown keeps the stored value. */
static gboolean
read_fields (RpWorkoutEditor *self,
             gint64          *out_distance,
             gint64          *out_duration,
             int             *out_fast,
             int             *out_slow)
{
  const char *distance_text = gtk_editable_get_text (GTK_EDITABLE (self->distance_row));
  const char *duration_text = gtk_editable_get_text (GTK_EDITABLE (self->duration_row));
  const char *pace_text = gtk_editable_get_text (GTK_EDITABLE (self->pace_row));
  g_autofree char *compact = g_regex_replace_literal (space_regex (), distance_text, -1, 0,
                                                      "", 0, NULL);
  g_autoptr(GString) message = g_string_new (NULL);
  g_autofree char *notes = notes_hint (self);
  const char *distance_hint = NULL;
  const char *duration_hint = NULL;
  const char *pace_hint = NULL;

  *out_distance = -1;
  *out_duration = -1;
  /* The field shows "10.0 km"; the parser takes "10.0km". */
  if (unchanged (self->distance_row, self->loaded_distance))
    *out_distance = rp_workout_get_distance_m (self->original);
  else if (*compact != '\0' && !rp_parse_distance (compact, editor_unit (self), TRUE, out_distance))
    distance_hint = _("Type a distance like 10 km, 6.2 mi or 5000 m.");
  if (unchanged (self->duration_row, self->loaded_duration))
    *out_duration = rp_workout_get_duration_s (self->original);
  else if (*duration_text != '\0' && !rp_parse_duration (duration_text, out_duration))
    duration_hint = _("Type a duration like 45 min or 1:05:00.");
  else if (*out_duration > RP_PLAN_MAX_DURATION_S)
    duration_hint = _("A duration is 100 hours (100:00:00) at most.");
  if (unchanged (self->pace_row, self->loaded_pace))
    rp_workout_get_pace (self->original, out_fast, out_slow);
  else if (!parse_pace_text (self, pace_text, out_fast, out_slow))
    pace_hint = editor_unit (self) == RP_UNIT_MI
                ? _("Type a pace per mile like 7:30 or 7:20–7:40.")
                : _("Type a pace per kilometre like 4:15 or 4:10–4:20.");

  set_error (self->distance_row, distance_hint);
  set_error (self->duration_row, duration_hint);
  set_error (self->pace_row, pace_hint);
  set_error (self->notes_row, notes);
  for (guint i = 0; i < 4; i++)
    {
      const char *hint = (const char *[]) { distance_hint, duration_hint, pace_hint, notes }[i];

      if (hint != NULL)
        g_string_append_printf (message, "%s%s", message->len > 0 ? "\n" : "", hint);
    }
  show_fields_message (self, message->str);

  return message->len == 0;
}

/* Whether the runner changed anything of a workout being edited. */
static gboolean
any_field_changed (RpWorkoutEditor *self)
{
  return (RpKind) adw_combo_row_get_selected (self->kind_row) != rp_workout_get_kind (self->original) ||
         !unchanged (self->distance_row, self->loaded_distance) ||
         !unchanged (self->duration_row, self->loaded_duration) ||
         !unchanged (self->pace_row, self->loaded_pace) ||
         !unchanged (self->notes_row, self->loaded_notes) ||
         !unchanged (self->steps_row, self->loaded_steps_text);
}

/* A runner who changes a planner workout wants it kept as changed: the
 * switch turns on where they can see it, and they may turn it off. */
static void
update_keep (RpWorkoutEditor *self)
{
  if (self->original == NULL || self->loaded_notes == NULL || rp_workout_get_pinned (self->original))
    return;
  if (any_field_changed (self))
    gtk_switch_set_active (self->keep_switch, TRUE);
}

static void
set_placeholder (AdwEntryRow *row,
                 char        *text)
{
  GtkEditable *delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));

  /* AdwEntryRow 1.2 has no placeholder of its own: its title stands in
   * until the row is focused, then its text's placeholder shows. */
  if (GTK_IS_TEXT (delegate))
    gtk_text_set_placeholder_text (GTK_TEXT (delegate), text);
  g_free (text);
}

/* "≈ 52:30" for the distance typed, or "≈ 10.5 km" for the duration
 * typed, at the pace the planner converts the kind's sizes with; the
 * kind's pace with its unit ("4:56–5:34/km") in the pace field, or the
 * form a pace takes ("m:ss/km") when the plan has none for it. */
static void
update_hints (RpWorkoutEditor *self)
{
  RpPlan *plan = self->history != NULL ? rp_history_get_plan (self->history) : NULL;
  RpUnit unit = editor_unit (self);
  RpKind kind = (RpKind) adw_combo_row_get_selected (self->kind_row);
  const char *duration_text = gtk_editable_get_text (GTK_EDITABLE (self->duration_row));
  g_autofree char *compact = g_regex_replace_literal (space_regex (),
                                                      gtk_editable_get_text (GTK_EDITABLE (self->distance_row)),
                                                      -1, 0, "", 0, NULL);
  g_autoptr(RpWorkout) probe = NULL;
  char *distance_hint = NULL;
  char *duration_hint = NULL;
  RpPaceRange range;
  gint64 distance_m = -1;
  gint64 duration_s = -1;
  int fast = 0;
  int slow = 0;

  if (plan == NULL || kind >= RP_N_KINDS)
    return;
  probe = rp_workout_new (kind);
  rp_workout_set_date (probe, self->date);
  if (*compact != '\0' && rp_parse_distance (compact, unit, TRUE, &distance_m) && distance_m > 0)
    {
      gint64 implied;

      rp_workout_set_distance_m (probe, distance_m);
      implied = rp_planner_workout_duration_s (plan, probe);
      if (implied > 0)
        {
          g_autofree char *text = rp_format_duration (implied);

          /* TRANSLATORS: a duration or distance worked out from the other */
          duration_hint = g_strdup_printf (_("≈ %s"), text);
        }
    }
  else if (*duration_text != '\0' && rp_parse_duration (duration_text, &duration_s)
           && duration_s > 0)
    {
      gint64 implied;

      rp_workout_set_duration_s (probe, duration_s);
      implied = rp_planner_workout_distance_m (plan, probe);
      if (implied > 0)
        {
          g_autofree char *text = rp_format_distance (implied, unit);

          distance_hint = g_strdup_printf (_("≈ %s"), text);
        }
    }
  set_placeholder (self->duration_row, duration_hint);
  set_placeholder (self->distance_row, distance_hint);

  rp_planner_workout_pace (plan, probe, &fast, &slow);
  if (rp_format_pace_range (fast, slow, unit, &range))
    set_placeholder (self->pace_row, rp_pace_range_to_string (&range));
  else if (rp_format_pace_range (300, 300, unit, &range))
    /* TRANSLATORS: how a pace is typed (minutes:seconds), before "/km" or "/mi" */
    set_placeholder (self->pace_row, g_strdup_printf ("%s%s", C_("pace form", "m:ss"),
                                                      range.unit));
}

/* Once a field was marked, fixing it clears the mark and the message;
 * notes over the limit are marked as they are typed. */
static void
on_field_changed_cb (GtkEditable     *editable,
                     RpWorkoutEditor *self)
{
  g_autofree char *notes = notes_hint (self);
  gint64 distance;
  gint64 duration;
  int fast;
  int slow;

  update_keep (self);
  update_hints (self);
  /* The steps may now disagree with the distance, or agree again. */
  if (GTK_WIDGET (editable) == GTK_WIDGET (self->distance_row))
    validate_steps (self);
  if (gtk_widget_get_visible (GTK_WIDGET (self->fields_message)) || notes != NULL)
    read_fields (self, &distance, &duration, &fast, &slow);
}

/* Reads the fields into a new workout; NULL (and the bad rows marked)
 * when a field does not parse. */
static RpWorkout *
build_workout (RpWorkoutEditor *self)
{
  RpKind kind = (RpKind) adw_combo_row_get_selected (self->kind_row);
  g_autoptr(RpWorkout) workout = NULL;
  g_autoptr(GArray) steps = NULL;
  gint64 distance = -1;
  gint64 duration = -1;
  int fast;
  int slow;
  gboolean ok = TRUE;

  if (!read_fields (self, &distance, &duration, &fast, &slow))
    ok = FALSE;
  if (!read_steps (self, &steps))
    ok = FALSE;

  if (!ok)
    return NULL;

  /* Pinned or not is the switch's, applied by the caller. */
  workout = self->original != NULL ? rp_workout_copy (self->original) : rp_workout_new (kind);
  rp_workout_set_kind (workout, kind);
  rp_workout_set_distance_m (workout, distance);
  rp_workout_set_duration_s (workout, duration);
  rp_workout_set_pace (workout, fast, slow);
  if (!unchanged (self->notes_row, self->loaded_notes))
    rp_workout_set_notes (workout, gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
  if (steps != NULL)
    rp_steps_apply (workout, steps);

  return g_steal_pointer (&workout);
}

gboolean
rp_workout_editor_save (RpWorkoutEditor *self)
{
  g_autoptr(RpWorkout) workout = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  g_return_val_if_fail (RP_IS_WORKOUT_EDITOR (self), FALSE);

  workout = build_workout (self);
  if (workout == NULL)
    return FALSE;

  /* Saving what was shown changes nothing; a planner workout becomes the
   * runner's only by the switch. */
  if (self->original != NULL && !gtk_switch_get_active (self->keep_switch))
    {
      if (!rp_workout_equal (workout, self->original))
        {
          show_fields_message (self, _("Turn on “Keep as my workout” to save your changes: "
                                       "the planner sizes its own workouts."));
          return FALSE;
        }
      gtk_window_destroy (GTK_WINDOW (self));
      return TRUE;
    }
  if (self->original != NULL && rp_workout_get_pinned (self->original) &&
      rp_workout_equal (workout, self->original))
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return TRUE;
    }

  if (self->index < 0)
    ok = rp_plan_command_add (rp_history_get_plan (self->history), self->history, self->date,
                              workout, &error) != NULL;
  else
    ok = rp_plan_command_replace (rp_history_get_plan (self->history), self->history,
                                  self->date, (guint) self->index, workout, &error);

  if (ok)
    gtk_window_destroy (GTK_WINDOW (self));
  else if (error != NULL)
    show_fields_message (self, error->message);

  return ok;
}

/* Removes the workout being edited, as one undoable edit, and closes;
 * FALSE (and the reason under the fields) if the plan refuses. */
gboolean
rp_workout_editor_delete (RpWorkoutEditor *self)
{
  RpPlan *plan;
  g_autoptr(GError) error = NULL;
  guint n;
  guint index;

  g_return_val_if_fail (RP_IS_WORKOUT_EDITOR (self), FALSE);
  g_return_val_if_fail (self->original != NULL, FALSE);

  /* The workout where it is now, not where it was when the editor opened. */
  plan = rp_history_get_plan (self->history);
  n = rp_plan_get_n_workouts (plan, self->date);
  for (index = 0; index < n; index++)
    if (rp_plan_get_workout (plan, self->date, index) == self->original)
      break;
  if (index == n)
    {
      show_fields_message (self, _("This workout is no longer in the plan."));
      return FALSE;
    }
  if (!rp_plan_command_remove (plan, self->history, self->date, index, &error))
    {
      show_fields_message (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
editor_delete_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  rp_workout_editor_delete (RP_WORKOUT_EDITOR (widget));
}

static void
editor_save_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  rp_workout_editor_save (RP_WORKOUT_EDITOR (widget));
}

static void
fill_kinds (RpWorkoutEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);

  for (RpKind kind = 0; kind < RP_N_KINDS; kind++)
    gtk_string_list_append (kinds, rp_kind_get_label (kind));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
}

static void
set_text (AdwEntryRow *row,
          char        *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
  g_free (text);
}

static void
load_workout (RpWorkoutEditor *self,
              RpWorkout       *workout)
{
  RpUnit unit = editor_unit (self);
  int fast;
  int slow;

  adw_combo_row_set_selected (self->kind_row, rp_workout_get_kind (workout));
  if (rp_workout_get_distance_m (workout) > 0)
    set_text (self->distance_row, rp_format_distance (rp_workout_get_distance_m (workout), unit));
  if (rp_workout_get_duration_s (workout) > 0)
    set_text (self->duration_row, rp_format_duration (rp_workout_get_duration_s (workout)));
  rp_workout_get_pace (workout, &fast, &slow);
  if (fast > 0)
    {
      RpPaceRange range;

      /* The field takes the figures only; the unit is the display unit. */
      if (rp_format_pace_range (fast, slow == 0 ? fast : slow, unit, &range))
        set_text (self->pace_row, g_strdup (range.figures));
    }
  set_text (self->notes_row, g_strdup (rp_workout_get_notes (workout)));
  g_free (self->loaded_distance);
  self->loaded_distance = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->distance_row)));
  g_free (self->loaded_duration);
  self->loaded_duration = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->duration_row)));
  g_free (self->loaded_pace);
  self->loaded_pace = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->pace_row)));
  g_free (self->loaded_notes);
  self->loaded_notes = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->notes_row)));
  /* Known before the text is set, so the text reads as unchanged. */
  g_free (self->loaded_steps_text);
  self->loaded_steps_text = rp_steps_format_workout (workout, unit);
  gtk_editable_set_text (GTK_EDITABLE (self->steps_row), self->loaded_steps_text);
}

static void
label_rows (RpWorkoutEditor *self)
{
  rp_ui_set_label (GTK_WIDGET (self->kind_row), _("Kind"));
  rp_ui_set_label (GTK_WIDGET (self->distance_row), _("Distance"));
  rp_ui_set_label (GTK_WIDGET (self->duration_row), _("Duration"));
  rp_ui_set_label (GTK_WIDGET (self->pace_row), _("Pace"));
  rp_ui_set_label (GTK_WIDGET (self->notes_row), _("Notes"));
  rp_ui_set_label (GTK_WIDGET (self->keep_switch), _("Keep as my workout"));
  rp_ui_set_label (GTK_WIDGET (self->steps_row), _("Steps"));
  rp_ui_set_label (self->save_button, _("Save workout"));
  rp_ui_set_label (self->cancel_button, _("Cancel"));
}

static void
on_kind_selected_cb (AdwComboRow     *row,
                     GParamSpec      *pspec,
                     RpWorkoutEditor *self)
{
  if (self->original == NULL)
    rp_workout_editor_set_kind (self, (RpKind) adw_combo_row_get_selected (row));
  else
    update_keep (self);
  update_hints (self);
}

static void
on_steps_changed_cb (GtkEditable     *editable,
                     RpWorkoutEditor *self)
{
  validate_steps (self);
  update_keep (self);
}

static void
rp_workout_editor_dispose (GObject *object)
{
  RpWorkoutEditor *self = RP_WORKOUT_EDITOR (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_object (&self->history);
  g_clear_object (&self->original);
  g_clear_pointer (&self->loaded_steps_text, g_free);
  g_clear_pointer (&self->loaded_distance, g_free);
  g_clear_pointer (&self->loaded_duration, g_free);
  g_clear_pointer (&self->loaded_pace, g_free);
  g_clear_pointer (&self->loaded_notes, g_free);
  g_clear_pointer (&self->steps_error, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_WORKOUT_EDITOR);

  G_OBJECT_CLASS (rp_workout_editor_parent_class)->dispose (object);
}

static void
rp_workout_editor_class_init (RpWorkoutEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_workout_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-workout-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, distance_row);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, duration_row);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, pace_row);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, notes_row);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, keep_row);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, keep_switch);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, steps_row);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, steps_message);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, fields_message);
  gtk_widget_class_bind_template_child (widget_class, RpWorkoutEditor, delete_group);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, editor_save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, editor_delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
rp_workout_editor_init (RpWorkoutEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fill_kinds (self);
  label_rows (self);
  gtk_window_set_default_widget (GTK_WINDOW (self), self->save_button);
  g_signal_connect (self->kind_row, "notify::selected", G_CALLBACK (on_kind_selected_cb), self);
  g_signal_connect (self->steps_row, "changed", G_CALLBACK (on_steps_changed_cb), self);
  g_signal_connect (self->distance_row, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->duration_row, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->pace_row, "changed", G_CALLBACK (on_field_changed_cb), self);
  g_signal_connect (self->notes_row, "changed", G_CALLBACK (on_field_changed_cb), self);
}

/* The document shows another plan (a reload, Open, New Plan): the day
 * and workout this editor was opened on are gone with the old one. */
static void
on_document_history_cb (RpDocument      *document,
                        GParamSpec      *pspec,
                        RpWorkoutEditor *self)
{
  if (rp_document_get_history (document) != self->history)
    gtk_window_destroy (GTK_WINDOW (self));
}

RpWorkoutEditor *
rp_workout_editor_new (GtkWindow  *parent,
                       RpDocument *document,
                       RpDate      date,
                       int         index)
{
  RpWorkoutEditor *self;
  RpPlan *plan;
  g_autofree char *day = NULL;

  g_return_val_if_fail (RP_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (RP_IS_HISTORY (rp_document_get_history (document)), NULL);

  self = g_object_new (RP_TYPE_WORKOUT_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->document = g_object_ref (document);
  self->history = g_object_ref (rp_document_get_history (document));
  self->date = date;
  self->index = index;
  plan = rp_history_get_plan (self->history);
  g_signal_connect (document, "notify::history", G_CALLBACK (on_document_history_cb), self);

  day = rp_date_format_day_long (date);
  adw_window_title_set_subtitle (self->window_title, day);
  if (index >= 0 && (guint) index < rp_plan_get_n_workouts (plan, date))
    {
      self->original = g_object_ref (rp_plan_get_workout (plan, date, (guint) index));
      adw_window_title_set_title (self->window_title, _("Edit Workout"));
      gtk_window_set_title (GTK_WINDOW (self), _("Edit Workout"));
      load_workout (self, self->original);
    }
  else
    {
      /* A tempo run is the most common session a runner adds by hand. */
      self->index = -1;
      adw_window_title_set_title (self->window_title, _("Add Workout"));
      gtk_window_set_title (GTK_WINDOW (self), _("Add Workout"));
      rp_workout_editor_set_kind (self, RP_KIND_TEMPO);
    }

  /* What the runner adds or placed is theirs; a planner workout is the
   * planner's until the runner keeps it. */
  gtk_switch_set_active (self->keep_switch,
                         self->original == NULL || rp_workout_get_pinned (self->original));
  gtk_widget_set_sensitive (GTK_WIDGET (self->keep_row),
                            self->original != NULL && !rp_workout_get_pinned (self->original));
  /* Only the runner's own workouts can go: the planner's come back on
   * the next fill, and a new one has nothing to delete. */
  gtk_widget_set_visible (self->delete_group,
                          self->original != NULL && rp_workout_get_pinned (self->original));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete",
                                 self->original != NULL && rp_workout_get_pinned (self->original));
  update_hints (self);

  validate_steps (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->kind_row));

  return self;
}

void
rp_workout_editor_set_kind (RpWorkoutEditor *self,
                            RpKind           kind)
{
  const RpKindInfo *info;

  g_return_if_fail (RP_IS_WORKOUT_EDITOR (self));
  g_return_if_fail (kind < RP_N_KINDS);

  adw_combo_row_set_selected (self->kind_row, kind);
  if (self->original != NULL)
    return;

  /* A new workout starts at its kind's default size. */
  info = rp_kind_get_info (kind);
  gtk_editable_set_text (GTK_EDITABLE (self->distance_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->duration_row), "");
  if (info->default_distance_m > 0)
    set_text (self->distance_row, rp_format_distance (info->default_distance_m,
                                                      editor_unit (self)));
  else if (info->default_duration_s > 0)
    set_text (self->duration_row, rp_format_duration (info->default_duration_s));
}

RpKind
rp_workout_editor_get_kind (RpWorkoutEditor *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT_EDITOR (self), RP_KIND_REST);

  return (RpKind) adw_combo_row_get_selected (self->kind_row);
}

void
rp_workout_editor_set_distance_text (RpWorkoutEditor *self,
                                     const char      *text)
{
  g_return_if_fail (RP_IS_WORKOUT_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->distance_row), text);
}

void
rp_workout_editor_set_steps_text (RpWorkoutEditor *self,
                                  const char      *text)
{
  g_return_if_fail (RP_IS_WORKOUT_EDITOR (self));
  g_return_if_fail (text != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->steps_row), text);
}

const char *
rp_workout_editor_get_steps_error (RpWorkoutEditor *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT_EDITOR (self), NULL);

  return self->steps_error;
}

const char *
rp_workout_editor_get_steps_message (RpWorkoutEditor *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT_EDITOR (self), NULL);

  return gtk_label_get_text (self->steps_message);
}

void
rp_workout_editor_set_duration_text (RpWorkoutEditor *self,
                                     const char      *text)
{
  g_return_if_fail (RP_IS_WORKOUT_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->duration_row), text);
}

void
rp_workout_editor_set_notes_text (RpWorkoutEditor *self,
                                  const char      *text)
{
  g_return_if_fail (RP_IS_WORKOUT_EDITOR (self));

  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), text);
}

gboolean
rp_workout_editor_get_keep (RpWorkoutEditor *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT_EDITOR (self), FALSE);

  return gtk_switch_get_active (self->keep_switch);
}

void
rp_workout_editor_set_keep (RpWorkoutEditor *self,
                            gboolean         keep)
{
  g_return_if_fail (RP_IS_WORKOUT_EDITOR (self));

  gtk_switch_set_active (self->keep_switch, keep);
}

const char *
rp_workout_editor_get_placeholder (RpWorkoutEditor *self,
                                   const char      *field)
{
  AdwEntryRow *row;
  GtkEditable *delegate;
  const char *text;

  g_return_val_if_fail (RP_IS_WORKOUT_EDITOR (self), NULL);
  g_return_val_if_fail (field != NULL, NULL);

  if (g_str_equal (field, "distance"))
    row = self->distance_row;
  else if (g_str_equal (field, "duration"))
    row = self->duration_row;
  else if (g_str_equal (field, "pace"))
    row = self->pace_row;
  else
    g_return_val_if_reached (NULL);

  delegate = gtk_editable_get_delegate (GTK_EDITABLE (row));
  text = GTK_IS_TEXT (delegate) ? gtk_text_get_placeholder_text (GTK_TEXT (delegate)) : NULL;
  return text != NULL && *text != '\0' ? text : NULL;
}

gboolean
rp_workout_editor_get_can_delete (RpWorkoutEditor *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT_EDITOR (self), FALSE);

  return gtk_widget_get_visible (self->delete_group);
}

const char *
rp_workout_editor_get_message (RpWorkoutEditor *self)
{
  g_return_val_if_fail (RP_IS_WORKOUT_EDITOR (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->fields_message)))
    return NULL;
  return gtk_label_get_text (self->fields_message);
}
