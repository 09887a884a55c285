/* rp-athlete.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>
#include <json-glib/json-glib.h>

#include "rp-paces.h"
#include "rp-types.h"

G_BEGIN_DECLS

#define RP_TYPE_ATHLETE (rp_athlete_get_type ())

G_DECLARE_FINAL_TYPE (RpAthlete, rp_athlete, RP, ATHLETE, GObject)

#define RP_DEFAULT_VOLUME_M 40000
#define RP_MAX_VOLUME_M 400000

/* The runner's settings. Each is a property (goal, volume-m, rest-days,
 * unit, recovery-preference, week-start, min-easy-m, calendar-file; read-only:
 * has-race-result, race-distance-m, race-time-s, has-manual-paces,
 * paces-assumed), notified when it changes; "changed" (no arguments)
 * follows any setter that changed a value. */
RpAthlete           *rp_athlete_new                     (void);
RpAthlete           *rp_athlete_copy                    (RpAthlete  *self);
gboolean             rp_athlete_equal                   (RpAthlete  *a,
                                                         RpAthlete  *b);
/* Copies every setting of src into self, emitting "changed" once if any changed. */
void                 rp_athlete_assign                  (RpAthlete  *self,
                                                         RpAthlete  *src);

RpRace               rp_athlete_get_goal                (RpAthlete  *self);
void                 rp_athlete_set_goal                (RpAthlete  *self,
                                                         RpRace      goal);
/* A recent race; distance 0 means none. */
gboolean             rp_athlete_get_race_result         (RpAthlete  *self,
                                                         gint64     *out_distance_m,
                                                         gint64     *out_time_s);
void                 rp_athlete_set_race_result         (RpAthlete  *self,
                                                         gint64      distance_m,
                                                         gint64      time_s);
void                 rp_athlete_clear_race_result       (RpAthlete  *self);
gint64               rp_athlete_get_volume_m            (RpAthlete  *self);
/* The default weekly volume, a round figure in the unit: 40 km, 25 mi. */
gint64               rp_default_volume_m                (RpUnit      unit);
/* The weekly volume a new plan starts from: the runner's, except that a
 * default of either unit becomes the default of the runner's unit (a
 * runner who switched to miles gets 25 mi, not 40 km shown as 24.9 mi). */
gint64               rp_athlete_get_new_plan_volume_m   (RpAthlete  *self);
void                 rp_athlete_set_volume_m            (RpAthlete  *self,
                                                         gint64      volume_m);
/* Bit (weekday - 1) set for each rest day; 1 = Monday. */
guint                rp_athlete_get_rest_days           (RpAthlete  *self);
void                 rp_athlete_set_rest_days           (RpAthlete  *self,
                                                         guint       mask);
gboolean             rp_athlete_is_rest_day             (RpAthlete   *self,
                                                         GDateWeekday weekday);
RpUnit               rp_athlete_get_unit                (RpAthlete  *self);
void                 rp_athlete_set_unit                (RpAthlete  *self,
                                                         RpUnit      unit);
RpRecoveryPreference rp_athlete_get_recovery_preference (RpAthlete  *self);
void                 rp_athlete_set_recovery_preference (RpAthlete  *self,
                                                         RpRecoveryPreference preference);
GDateWeekday         rp_athlete_get_week_start          (RpAthlete  *self);
void                 rp_athlete_set_week_start          (RpAthlete  *self,
                                                         GDateWeekday week_start);
/* Shortest easy run worth doing: the runner's (0: any easy run), or the
 * default for the unit (5 km / 3 mi). */
gint64               rp_athlete_get_min_easy_m          (RpAthlete  *self);
/* Whether the runner chose the minimum (0 included), rather than the
 * unit's default. */
gboolean             rp_athlete_has_own_min_easy_m      (RpAthlete  *self);
/* -1: back to the unit's default. */
void                 rp_athlete_set_min_easy_m          (RpAthlete  *self,
                                                         gint64      min_easy_m);
/* Whether each save of the plan also writes PLAN.ics beside it (a
 * setting of the plan file, honoured by the app and the CLI). */
gboolean             rp_athlete_get_calendar_file       (RpAthlete  *self);
void                 rp_athlete_set_calendar_file       (RpAthlete  *self,
                                                         gboolean    calendar_file);
/* Paces typed by the runner, used when there is no race result. */
gboolean             rp_athlete_get_manual_paces        (RpAthlete  *self,
                                                         RpPaces    *out);
void                 rp_athlete_set_manual_paces        (RpAthlete     *self,
                                                         const RpPaces *paces);
/* The paces the engine uses: from the race result, else typed, else
 * VDOT 40 with out->assumed set. Cached. */
const RpPaces       *rp_athlete_get_paces               (RpAthlete  *self);
/* Predicted pace (s/km) of the goal race, 0 when unknown. */
double               rp_athlete_get_goal_race_pace      (RpAthlete  *self);

JsonObject          *rp_athlete_get_extra               (RpAthlete  *self);
void                 rp_athlete_set_extra               (RpAthlete  *self,
                                                         JsonObject *extra);

G_END_DECLS
