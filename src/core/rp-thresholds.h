/* rp-thresholds.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

/* Every limit the warnings apply (docs/planning-rules.md, "Warnings"),
 * once. The engine decides on them (rp-planner-analyze.c) and sizes the
 * runner's workouts to stay inside them (rp-planner-size.c); the warning
 * sentences print them as arguments (rp-warning.c); the charts draw them
 * (rp-chart.c, rp-chart-season.c) and the season builds within the ramp.
 *
 * Shares are whole percent and ratios whole tenths, so that each limit
 * is decided on exact integers: 44 km after 40 km is +10 % exactly, not
 * +10.000001 %. Every limit is strict ("more than", "less than"). */

/* low-intensity-share: less than this share of the week's time easy. */
#define RP_THRESHOLD_LOW_INTENSITY_MIN_PCT   80
/* volume-ramp and volume-ramp-strong: volume more than this above the
 * week it compares with. */
#define RP_THRESHOLD_RAMP_PCT                10
#define RP_THRESHOLD_RAMP_STRONG_PCT         30
/* long-run-share: the longest long run above this share of the week's
 * volume, and above the second once the week exceeds RP_THRESHOLD_BIG_WEEK_M. */
#define RP_THRESHOLD_LONG_SHARE_PCT          30
#define RP_THRESHOLD_LONG_SHARE_BIG_WEEK_PCT 25
#define RP_THRESHOLD_BIG_WEEK_M              64000
/* threshold-share: tempo distance × its hard share above this share of
 * the week's volume. */
#define RP_THRESHOLD_TEMPO_SHARE_PCT         10
/* acwr-high and acwr-very-high: the acute:chronic load ratio above 1.3
 * and 1.5 (in tenths); the season chart's band starts at 0.8. */
#define RP_THRESHOLD_ACWR_HIGH_TENTHS        13
#define RP_THRESHOLD_ACWR_VERY_HIGH_TENTHS   15
#define RP_THRESHOLD_ACWR_LOW_TENTHS         8
/* The days the ratio compares: the last 7 against the weekly average of
 * the last 28. */
#define RP_THRESHOLD_ACWR_ACUTE_DAYS         7
#define RP_THRESHOLD_ACWR_CHRONIC_DAYS       28
/* volume-target-unreachable: a target counts as met within
 * max(0.5 unit, this share) either way. */
#define RP_THRESHOLD_TARGET_TOLERANCE_PCT    3
