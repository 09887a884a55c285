/* rp-season.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-plan.h"
#include "rp-thresholds.h"

G_BEGIN_DECLS

/* A season toward a goal race (docs/planning-rules.md, "Building a
 * season"): the week targets a build generates and why, and the per-week
 * figures the season chart draws. */

/* The largest figure a target reason carries in a file. */
#define RP_TARGET_REASON_MAX_FIGURE 1000

/* The share of the last build week a down week gets, in percent. */
#define RP_SEASON_DOWN_PERCENT 80
/* The most a build week rises on the week before, in percent: the
 * volume-ramp warning's limit, so a built season never warns of a ramp. */
#define RP_SEASON_BUILD_PERCENT RP_THRESHOLD_RAMP_PCT

/* Names in the file ("build", "down", "taper", "race-week"); NULL for NONE. */
const char *rp_target_reason_code_to_name   (RpTargetReasonCode  code);
gboolean    rp_target_reason_code_from_name (const char         *name,
                                             RpTargetReasonCode *out_code);
/* The key of the reason's figure in the file ("percent", "weeks"), or
 * NULL when the code has none. */
const char *rp_target_reason_figure_key     (RpTargetReasonCode  code);
/* The sentence shown for it: "Build: +10 %", "Down week", "Taper: 2 weeks
 * to the race", "Race week"; NULL for NONE. */
char       *rp_target_reason_format         (const RpTargetReason *reason);

/* The taper before a race of race_m metres: its weeks' shares of the peak
 * in percent, first taper week first (marathon 80, 65, 45; half 80, 60;
 * shorter 75). Returns the number of taper weeks. */
guint       rp_season_get_taper             (gint64               race_m,
                                             const guint        **out_percent);

typedef struct
{
  gint64         target_m;   /* RP_PLAN_TARGET_DEFAULT: leave the week to the default */
  RpTargetReason reason;     /* NONE with a target: the runner's, kept */
} RpSeasonTarget;

/* The targets of the weeks from first_week (a week start of the plan) to
 * the week of race_date, in order (index 0: first_week), for a runner now
 * at volume_m a week: build weeks up at most RP_SEASON_BUILD_PERCENT on
 * the week before (to at most 1.5 × volume_m), a down week of
 * RP_SEASON_DOWN_PERCENT of the build before it every 4th week counted back
 * from the taper, the taper, and the race week (the race plus half the
 * last taper week). Weeks whose target the runner set keep it and count as
 * built. Every week from first_week to the race week must be in the plan.
 * Pure: reads the plan, changes nothing. */
GArray     *rp_season_compute_targets       (RpPlan              *plan,
                                             RpDate               first_week,
                                             RpDate               race_date,
                                             gint64               race_m,
                                             gint64               volume_m);

/* One week of the season chart. */
typedef struct
{
  gint64         volume_m;     /* running volume (the planner's summary) */
  gint64         target_m;     /* the planner's running target */
  double         load;         /* session-RPE load of the week = the 7-day load at its end */
  double         chronic;      /* the 28 days to its end ÷ 4 (weekly average); 0 before 4 weeks */
  double         acwr;         /* the week's largest daily ratio (the planner's), 0: none */
  guint          warnings;     /* RP_WARNING_BIT mask, day warnings included */
  gboolean       race;         /* a pinned race in the week */
  RpTargetReason reason;       /* why the week has its own target */
} RpSeasonWeek;

typedef struct
{
  RpDate        start;         /* the plan's first week */
  guint         n_weeks;
  RpSeasonWeek *weeks;
  gint64        max_volume_m;  /* of volume and target, over the whole plan */
  double        max_load;      /* of load and 1.3 × chronic, over the whole plan */
} RpSeasonSummary;

/* Reads the plan once (O(days)): the week summaries the planner wrote
 * (rp_planner_fill or _analyze must have run) and each day's races. A
 * caller keeps it until the plan changes, and draws any window from it. */
RpSeasonSummary *rp_season_summary_new      (RpPlan              *plan);
void             rp_season_summary_free     (RpSeasonSummary     *summary);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpSeasonSummary, rp_season_summary_free)

G_END_DECLS
