/* rp-season-dialog.h
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

#include <adwaita.h>

#include "rp-document.h"
#include "rp-types.h"

G_BEGIN_DECLS

#define RP_TYPE_SEASON_DIALOG (rp_season_dialog_get_type ())

G_DECLARE_FINAL_TYPE (RpSeasonDialog, rp_season_dialog, RP, SEASON_DIALOG, AdwWindow)

/* Build Season: the goal race's date and distance, the runner's weekly
 * volume now and, optionally, the first week; Build sets the week
 * targets toward the race (rp_plan_command_build_season) as one undo
 * step of the document's history and shows the season. What core refuses
 * is said in the dialog, which stays open. It closes itself when the
 * document shows another plan. */
RpSeasonDialog *rp_season_dialog_new            (GtkWindow      *parent,
                                                 RpDocument     *document);
void            rp_season_dialog_set_race_date  (RpSeasonDialog *self,
                                                 RpDate          date);
RpDate          rp_season_dialog_get_race_date  (RpSeasonDialog *self);
void            rp_season_dialog_set_race       (RpSeasonDialog *self,
                                                 RpRace          race);
/* In metres; shown in the plan's unit. */
void            rp_season_dialog_set_volume_m   (RpSeasonDialog *self,
                                                 gint64          volume_m);
/* RP_DATE_INVALID: from the week after this one (core's default). */
void            rp_season_dialog_set_first_week (RpSeasonDialog *self,
                                                 RpDate          date);
/* What the Build button does: TRUE when the season was built (the
 * dialog closes), FALSE with the reason shown. */
gboolean        rp_season_dialog_build          (RpSeasonDialog *self);
/* The reason shown, or NULL. */
const char     *rp_season_dialog_get_error      (RpSeasonDialog *self);

G_END_DECLS
