/* rp-settings-window-private.h
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

#pragma once

#include "rp-settings-window.h"

#include "rp-plan.h"

G_BEGIN_DECLS

enum {
  PACE_EASY,
  PACE_MARATHON,
  PACE_THRESHOLD,
  PACE_INTERVAL,
  PACE_REPETITION,
  PACE_RECOVERY,
  N_PACES
};

/* The race distance row: None, the standard races, then Other when the
 * result is at another distance (set by a file or the command line). */
#define OTHER_RACE_POSITION (RP_N_RACES + 1)

struct _RpSettingsWindow
{
  AdwPreferencesWindow parent_instance;

  /* template widgets */
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
  GtkSwitch      *calendar_file_switch;

  /* owned */
  RpHistory      *history;
  RpPlan         *plan;
  gulong          changed_id;
  RpDate          week_start;
  gint64          other_distance_m; /* a race result at no standard distance, else 0 */
  gboolean        syncing;   /* rows follow the model: do not write back */
};

/* rp-settings-window.c */
RpAthlete *rp_settings_window_athlete       (RpSettingsWindow *self);
void       rp_settings_window_begin_change  (RpSettingsWindow *self);
void       rp_settings_window_end_change    (RpSettingsWindow *self);
void       rp_settings_window_refuse_change (RpSettingsWindow *self,
                                             GtkWidget        *row,
                                             const char       *why);

/* rp-settings-window-paces.c: the recent race and the pace rows. */
void       rp_settings_window_paces_class_init (GtkWidgetClass   *widget_class);
void       rp_settings_window_sync_race        (RpSettingsWindow *self);

G_END_DECLS
