/* rp-planner-private.h
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

#include "rp-planner.h"
#include "rp-thresholds.h"

G_BEGIN_DECLS

/* What the engine's files share: the context of one operation and the
 * sizes of workouts (rp-planner-size.c), the week fill
 * (rp-planner-fill.c) and the analysis (rp-planner-analyze.c). */

#define ACWR_HISTORY_DAYS       RP_THRESHOLD_ACWR_CHRONIC_DAYS
/* A race's post-race window is ceil(race miles) days; capped so that the
 * days an edit can affect stay few (a marathon's is 27 days; only races
 * beyond 27 miles reach the cap). */
#define MAX_RACE_WINDOW_DAYS    28
/* How far back the engine looks for a race or a load that shapes a day:
 * the longest race window, and ACWR's 28 days. */
#define LOOKBACK_DAYS           MAX (MAX_RACE_WINDOW_DAYS, ACWR_HISTORY_DAYS)

/* Warning limits (rp-thresholds.h): the analysis applies them, and the
 * default sizes of the runner's workouts stay inside them (issue 9). */
#define LOW_INTENSITY_MIN_PCT   RP_THRESHOLD_LOW_INTENSITY_MIN_PCT
#define LONG_SHARE_PCT          RP_THRESHOLD_LONG_SHARE_PCT
#define LONG_SHARE_BIG_WEEK_PCT RP_THRESHOLD_LONG_SHARE_BIG_WEEK_PCT
#define BIG_WEEK_M              RP_THRESHOLD_BIG_WEEK_M
#define THRESHOLD_SHARE_PCT     RP_THRESHOLD_TEMPO_SHARE_PCT
#define TARGET_TOLERANCE_PCT    RP_THRESHOLD_TARGET_TOLERANCE_PCT

#define N_ZONES (RP_ZONE_RECOVERY + 1)
#define RACE_CACHE_SIZE 4
#define WEEK_RACE_CACHE_SIZE 8
/* Day arrays up to this size live on the stack (local edits). */
#define STACK_DAYS 128

/* The athlete's settings and paces, read once per operation. */
typedef struct
{
  RpPlan              *plan;
  RpAthlete           *athlete;
  const RpPaces       *paces;
  RpDate               start;
  RpDate               end;
  guint                n_weeks;
  RpUnit               unit;
  double               unit_m;
  RpRace               goal;
  gint64               goal_m;
  guint                rest_mask;
  RpRecoveryPreference preference;
  gint64               min_easy_m;
  double               vdot;
  RpPaces              implied_paces;  /* of typed paces' VDOT */
  /* Conversion paces; a zone the runner's paces lack has the assumed
   * VDOT's, so every zone with a pace has one here. */
  double               zone_pace[N_ZONES];
  /* Predicted race paces by distance: a plan has few distinct races. */
  gint64               race_cache_m[RACE_CACHE_SIZE];
  double               race_cache_pace[RACE_CACHE_SIZE];
  guint                race_cache_next;
  /* The longest pinned race of recent weeks (week + 1, 0: none), asked
   * for by every week's target and ramp. */
  guint                week_race_key[WEEK_RACE_CACHE_SIZE];
  gint64               week_race_m[WEEK_RACE_CACHE_SIZE];
  /* The engine's target of one week (after races), the last asked. */
  guint                target_cache_week;   /* week + 1; 0: none */
  gint64               target_cache_m;
} Ctx;

typedef struct
{
  gint64 distance_m;  /* -1: unknown */
  gint64 duration_s;  /* -1: unknown */
  gint64 work_s;      /* the hard part of the duration (0: none) */
} Size;

void     _rp_planner_ctx_init              (Ctx       *ctx,
                                            RpPlan    *plan);
/* Predicted race pace (s/km) over distance_m at the runner's VDOT. */
double   _rp_planner_race_pace             (Ctx       *ctx,
                                            gint64     distance_m);
/* The engine's target of the week holding date (the athlete's outside
 * the plan): the week's, reduced in the weeks after a race unless the
 * runner set it. */
gint64   _rp_planner_week_target           (Ctx       *ctx,
                                            RpDate     date);
gint64   _rp_planner_week_target_of        (Ctx       *ctx,
                                            guint      week);
/* The running target of a week whose engine target is base_m and which
 * holds n_replacing recovery cross-training sessions or walks: base_m
 * less the recovery runs they replace, never under 0. */
gint64   _rp_planner_run_target            (Ctx       *ctx,
                                            gint64     base_m,
                                            guint      n_replacing);
/* What the analysis reads of it: the engine's entries of the week. */
gint64   _rp_planner_week_run_target       (Ctx       *ctx,
                                            guint      week,
                                            gint64    *out_replaced_m);
/* How many weeks after a race's week come back gradually (0–3), and
 * their share of the target in percent. */
guint    _rp_planner_comeback_weeks        (gint64        race_m,
                                            const guint **out_percent);
/* The last day of the last week whose target a race on date of race_m
 * reduces (its own week's last day when none). */
RpDate   _rp_planner_comeback_end          (Ctx       *ctx,
                                            RpDate     date,
                                            gint64     race_m);
/* The longest pinned race of a week; 0 when none. */
gint64   _rp_planner_week_race_m           (Ctx       *ctx,
                                            guint      week);
/* A workout's distance and duration; target_m sizes a long run without one. */
void     _rp_planner_workout_size          (Ctx       *ctx,
                                            RpWorkout *workout,
                                            gint64     target_m,
                                            Size      *out);
/* The longest pinned race of a day; 0 when none. */
gint64   _rp_planner_day_race_m            (Ctx       *ctx,
                                            RpDate     date);
/* ceil(race miles) days, at most MAX_RACE_WINDOW_DAYS. */
guint    _rp_planner_race_window_days      (gint64     race_m);
/* A recovery run's length for a week of target_m (8 %, to 0.1 unit,
 * clamped by the goal race, at most 15 % of the target, at least the
 * floor). */
gint64   _rp_planner_recovery_size         (Ctx       *ctx,
                                            gint64     target_m);
/* The shortest recovery run: 2 km, or 1.5 mi. */
gint64   _rp_planner_recovery_floor        (Ctx       *ctx);
/* How far from its target a week may be and still meet it, in metres:
 * max(0.5 unit, 3 % of the target). */
double   _rp_planner_target_tolerance      (Ctx       *ctx,
                                            gint64     target_m);
/* Whether a week of volume_m meets its target: within max(0.5 unit, 3 %
 * of the target) either way. */
gboolean _rp_planner_target_met            (Ctx       *ctx,
                                            gint64     volume_m,
                                            gint64     target_m);

/* Re-fills weeks [first, last]; ctx must be current. */
void     _rp_planner_fill_range            (Ctx       *ctx,
                                            guint      first,
                                            guint      last);

/* Recomputes the summaries and day warnings of weeks [first, last]. */
void     _rp_planner_analyze_range         (Ctx       *ctx,
                                            guint      first,
                                            guint      last);
/* Analyses the weeks whose summary does not carry the week's target. */
void     _rp_planner_analyze_stale_weeks   (Ctx       *ctx);

G_END_DECLS
