/* rp-paces.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-types.h"

G_BEGIN_DECLS

/* Training paces in seconds per kilometre (double precision; round when
 * storing). 0 means unknown. */
typedef struct
{
  double   vdot;
  double   easy_fast;    /* 73 % of VDOT */
  double   easy_slow;    /* 63 % of VDOT */
  double   marathon;     /* predicted marathon race pace */
  double   threshold;    /* 88 % */
  double   interval;     /* 98 % of the speed at 100 % */
  double   repetition;   /* I − 6 s per 400 m (15 s/km), as Daniels' tables */
  double   recovery;     /* half-marathon race pace + 74.6 s/km, never faster than easy_slow */
  double   half;         /* predicted half-marathon race pace */
  gboolean assumed;      /* TRUE when no race result: VDOT 40 is assumed */
} RpPaces;

#define RP_ASSUMED_VDOT 40.0
#define RP_RECOVERY_EXTRA_S_PER_KM 74.6

/* Daniels–Gilbert: oxygen cost of running at v m/min. */
double   rp_paces_oxygen_cost      (double   v_m_per_min);
/* Daniels–Gilbert: sustainable fraction of VO2max for t minutes. */
double   rp_paces_sustainable      (double   t_min);
/* VDOT of a race; 0 when the input is not a plausible race. */
double   rp_paces_vdot             (double   distance_m,
                                    double   time_s);
/* Predicted race time in seconds for a distance at a VDOT (Daniels–Gilbert). */
double   rp_paces_predict          (double   vdot,
                                    double   distance_m);
/* Riegel: t2 = t1 · (d2/d1)^1.06. */
double   rp_paces_predict_riegel   (double   distance_m,
                                    double   time_s,
                                    double   to_distance_m);
/* Speed in m/min at which the oxygen cost equals vo2. */
double   rp_paces_speed_for_vo2    (double   vo2);
/* All training paces for a VDOT. */
void     rp_paces_from_vdot        (double   vdot,
                                    RpPaces *out);
/* From a race result; FALSE (and out untouched) when it is implausible. */
gboolean rp_paces_from_race        (double   distance_m,
                                    double   time_s,
                                    RpPaces *out);
/* Typed paces feed every rule (issue 9): fills in what the typed ones
 * imply. A recovery pace not typed is the typed half-marathon pace +
 * 74.6 s/km; recovery is never faster than the slow end of typed E. */
void     rp_paces_complete_typed   (RpPaces *paces);
/* The VDOT typed paces imply, for race predictions: from the half
 * marathon pace, else the marathon pace, else T (88 % of VDOT); 0 when
 * none is typed. */
double   rp_paces_implied_vdot     (const RpPaces *paces);
/* Why typed paces cannot be used (a translated sentence), or NULL: a
 * recovery pace faster than the slow end of E, E's ends reversed. */
char    *rp_paces_check_typed      (const RpPaces *paces);
/* The pace used to convert a kind's distance and duration (the kinds
 * table of docs/planning-rules.md); 0 when the zone has none. race_pace is for RP_ZONE_RACE. */
double   rp_paces_for_zone         (const RpPaces *paces,
                                    RpZone         zone,
                                    double         race_pace);

G_END_DECLS
