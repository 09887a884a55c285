/* rp-warning.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-thresholds.h"
#include "rp-types.h"

G_BEGIN_DECLS

typedef enum
{
  RP_WARNING_BACK_TO_BACK_HARD,
  RP_WARNING_POST_RACE_HARD,
  RP_WARNING_LOW_INTENSITY_SHARE,
  RP_WARNING_VOLUME_RAMP,
  RP_WARNING_VOLUME_RAMP_STRONG,
  RP_WARNING_LONG_RUN_SHARE,
  RP_WARNING_THRESHOLD_SHARE,
  RP_WARNING_ACWR_HIGH,
  RP_WARNING_ACWR_VERY_HIGH,
  RP_WARNING_VOLUME_TARGET_UNREACHABLE,
  RP_N_WARNINGS
} RpWarningCode;

#define RP_WARNING_BIT(code) (1u << (code))

/* What the engine computed for one week (derived data, not stored in the file). */
typedef struct
{
  gint64 volume_m;             /* running volume */
  gint64 target_m;             /* the week's volume target */
  gint64 duration_s;           /* running time */
  double low_intensity_share;  /* 0..1 of running, cross-training and walking time; 1 when no running */
  double load;                 /* session-RPE load of the week */
  double monotony;             /* 0: none (standard deviation 0) */
  double strain;
  double ramp;                 /* volume / previous week's - 1; 0: none */
  gboolean ramp_before_race;   /* ramp is on the last week before a race, not
                                * on a post-race week of reduced target */
  double long_share;           /* longest long run / volume */
  double threshold_share;      /* tempo metres × hard share / volume */
  double acwr;                 /* the largest daily acute:chronic ratio; 0: none */
  RpDate acwr_date;            /* the (first) day with that ratio; 0: none */
  guint  warnings;             /* RP_WARNING_BIT mask of week warnings */
} RpWeekSummary;

const char *rp_warning_code_to_name (RpWarningCode        code);
/* The low-intensity share (0..1) as a number of percent, the way the
 * low-intensity-share warning prints it: whole, with the decimals it
 * takes to read as under 80 % when it is ("79.96", never "80"). Every
 * summary that shows the share prints this: one number, one rounding. */
char       *rp_format_low_intensity_share (double      share);
/* A sentence for the warning, with the figures from the week summary
 * (summary may be NULL for day warnings). */
char       *rp_warning_format       (RpWarningCode        code,
                                     const RpWeekSummary *summary,
                                     RpUnit               unit);
/* The warning in two or three words, for a narrow place (the month
 * view's week totals) beside the whole sentence; "" for none. */
const char *rp_warning_get_short_label (RpWarningCode     code);

G_END_DECLS
