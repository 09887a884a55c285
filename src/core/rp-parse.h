/* rp-parse.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-types.h"

G_BEGIN_DECLS

/* Parsers for what a runner types (CLI arguments, entry fields). Each
 * refuses trailing junk, negative, NaN, infinite and absurd values. */

#define RP_PARSE_MAX_DISTANCE_M 1000000  /* 1000 km */
#define RP_PARSE_MAX_DURATION_S (7 * 24 * 3600)

/* "10km", "10k", "6.2mi", "5000m", a bare number in default_unit, and,
 * if allow_race, "5k", "10k", "half", "marathon" (case-insensitive). The
 * point is '.', or also the locale's decimal comma ("6,2mi" in German). */
gboolean rp_parse_distance (const char *text,
                            RpUnit      default_unit,
                            gboolean    allow_race,
                            gint64     *out_metres);
/* "H:MM:SS", "MM:SS", "45min", "90s", "1h", "1h30min". */
gboolean rp_parse_duration (const char *text,
                            gint64     *out_seconds);
/* "4:30" (per km) as seconds per km. */
gboolean rp_parse_pace     (const char *text,
                            int        *out_s_per_km);
/* A pace in unit unless the text says "/km" or "/mi": what the runner
 * types for a typed pace, on the command line and in Plan Settings. */
gboolean rp_parse_pace_in  (const char *text,
                            RpUnit      unit,
                            double     *out_s_per_km);

/* TRUE when the LC_NUMERIC decimal point is a comma (German, Spanish):
 * rp_parse_distance reads "6,2" then, and the distances shown use it. */
gboolean rp_parse_decimal_comma (void);

/* Display text in the runner's unit: "10.0 km", "6.2 mi"; the locale's
 * decimal point ("10,0 km" in German). */
char    *rp_format_distance (gint64     metres,
                             RpUnit     unit);
/* For sentences: "12 km", "12.5 km", "7.5 mi": one decimal, none when whole. */
char    *rp_format_distance_short (gint64  metres,
                                   RpUnit  unit);
/* "45:00", "1:31:35". */
char    *rp_format_duration (gint64     seconds);
/* "4:56/km" or "7:57/mi" for s/km. */
char    *rp_format_pace     (double     s_per_km,
                             RpUnit     unit);

/* A pace range as shown, its figures and its unit apart, so that no
 * caller cuts a translated string: figures "4:56–5:34" (fast first),
 * "4:15" (one pace, or an open end: a recovery pace is "6:40 or
 * slower"); unit "/km" or "/mi", translated. */
typedef enum
{
  RP_PACE_RANGE_CLOSED,
  RP_PACE_RANGE_OR_SLOWER,   /* fast known, slow not */
  RP_PACE_RANGE_OR_FASTER,   /* slow known, fast not */
} RpPaceRangeEnd;

typedef struct
{
  char            figures[32];
  const char     *unit;
  RpPaceRangeEnd  open;
} RpPaceRange;

/* fast and slow in s/km, 0 unknown. FALSE (and out cleared) when both
 * are unknown. */
gboolean rp_format_pace_range     (int                fast,
                                   int                slow,
                                   RpUnit             unit,
                                   RpPaceRange       *out);
/* The whole text: "4:56–5:34/km", "4:15/km", "6:40/km or slower";
 * NULL for a range cleared as unknown. */
char    *rp_pace_range_to_string  (const RpPaceRange *range);
/* The figures of rp_format_pace_range (or as typed: "4:56-5:34", "5:34 -
 * 4:56", "4:15", "7:30/mi": a unit typed wins) in unit, back to s/km:
 * one pace is fast = slow, or with an open end the other 0. Formatting
 * the result gives the same figures. */
gboolean rp_parse_pace_range      (const char        *figures,
                                   RpUnit             unit,
                                   RpPaceRangeEnd     open,
                                   int               *out_fast,
                                   int               *out_slow);

G_END_DECLS
