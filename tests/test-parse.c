/* test-parse.c
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

#include "config.h"

#include <locale.h>
#include <math.h>

#include "rp-paces.h"
#include "rp-parse.h"

/* ---- distances ---------------------------------------------------------- */

typedef struct
{
  const char *text;
  RpUnit      unit;
  gboolean    allow_race;
  gint64      metres;       /* -1: refused */
} DistanceCase;

#define BAD (-1)

static const DistanceCase distance_cases[] = {
  { "10km", RP_UNIT_KM, FALSE, 10000 },
  { "10KM", RP_UNIT_KM, FALSE, 10000 },
  { "10 km", RP_UNIT_KM, FALSE, 10000 },
  { " 10km ", RP_UNIT_KM, FALSE, 10000 },
  { "10k", RP_UNIT_KM, FALSE, 10000 },       /* "k" is km, race or not */
  { "10k", RP_UNIT_MI, TRUE, 10000 },
  { "5K", RP_UNIT_MI, FALSE, 5000 },
  { "6.2mi", RP_UNIT_KM, FALSE, 9978 },      /* 6.2 × 1609.344 = 9977.9 */
  { "1mi", RP_UNIT_KM, FALSE, 1609 },
  { "26.2mi", RP_UNIT_KM, FALSE, 42165 },
  { "5000m", RP_UNIT_MI, FALSE, 5000 },
  { "400 m", RP_UNIT_KM, FALSE, 400 },
  { "12.5", RP_UNIT_KM, FALSE, 12500 },      /* bare: the default unit */
  { "3", RP_UNIT_MI, FALSE, 4828 },
  { "0.5", RP_UNIT_KM, FALSE, 500 },
  { ".5km", RP_UNIT_KM, FALSE, 500 },
  { "5.", RP_UNIT_KM, FALSE, 5000 },
  { "0.0004km", RP_UNIT_KM, FALSE, BAD },    /* rounds to 0 m */
  { "1m", RP_UNIT_KM, FALSE, 1 },
  { "1000km", RP_UNIT_KM, FALSE, 1000000 },  /* the limit itself */
  { "1000.001km", RP_UNIT_KM, FALSE, BAD },
  { "1000000m", RP_UNIT_KM, FALSE, 1000000 },
  { "1000001m", RP_UNIT_KM, FALSE, BAD },
  { "622mi", RP_UNIT_KM, FALSE, BAD },       /* 1001 km */
  { "half", RP_UNIT_KM, TRUE, 21098 },
  { "HALF", RP_UNIT_MI, TRUE, 21098 },
  { "Marathon", RP_UNIT_KM, TRUE, 42195 },
  { " marathon ", RP_UNIT_KM, TRUE, 42195 },
  { "half", RP_UNIT_KM, FALSE, BAD },        /* race names only for races */
  { "marathon", RP_UNIT_KM, FALSE, BAD },
  { "halfmarathon", RP_UNIT_KM, TRUE, BAD },
  { "", RP_UNIT_KM, FALSE, BAD },
  { "   ", RP_UNIT_KM, TRUE, BAD },
  { "km", RP_UNIT_KM, FALSE, BAD },
  { ".", RP_UNIT_KM, FALSE, BAD },
  { ".km", RP_UNIT_KM, FALSE, BAD },
  { "0", RP_UNIT_KM, FALSE, BAD },
  { "0km", RP_UNIT_KM, FALSE, BAD },
  { "-5km", RP_UNIT_KM, FALSE, BAD },
  { "+5km", RP_UNIT_KM, FALSE, BAD },
  { "-0", RP_UNIT_KM, FALSE, BAD },
  { "nan", RP_UNIT_KM, FALSE, BAD },
  { "NaN km", RP_UNIT_KM, FALSE, BAD },
  { "inf", RP_UNIT_KM, FALSE, BAD },
  { "infinity", RP_UNIT_KM, FALSE, BAD },
  { "1e3m", RP_UNIT_KM, FALSE, BAD },
  { "1e400", RP_UNIT_KM, FALSE, BAD },
  { "6,2km", RP_UNIT_KM, FALSE, BAD },       /* a comma only where the locale's point */
  { "1,000 m", RP_UNIT_KM, FALSE, BAD },     /* never a thousands separator */
  { "0x10km", RP_UNIT_KM, FALSE, BAD },
  { "10,5km", RP_UNIT_KM, FALSE, BAD },      /* the point is the separator */
  { "1.2.3km", RP_UNIT_KM, FALSE, BAD },
  { "10kmx", RP_UNIT_KM, FALSE, BAD },
  { "10km x", RP_UNIT_KM, FALSE, BAD },
  { "10 km km", RP_UNIT_KM, FALSE, BAD },
  { "10mile", RP_UNIT_KM, FALSE, BAD },
  { "10 kilometres", RP_UNIT_KM, FALSE, BAD },
  { "10ks", RP_UNIT_KM, FALSE, BAD },
  { "10\tkm", RP_UNIT_KM, FALSE, 10000 },
  { "10\nkm", RP_UNIT_KM, FALSE, BAD },
  { "99999999999999999999999999999km", RP_UNIT_KM, FALSE, BAD },
  { "000000000000000000005km", RP_UNIT_KM, FALSE, 5000 },
};

static void
test_distance (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (distance_cases); i++)
    {
      const DistanceCase *c = &distance_cases[i];
      gint64 metres = 777;
      gboolean ok = rp_parse_distance (c->text, c->unit, c->allow_race, &metres);

      g_test_message ("distance \"%s\"", c->text);
      if (c->metres == BAD)
        {
          g_assert_false (ok);
          g_assert_cmpint (metres, ==, 777);   /* untouched */
        }
      else
        {
          g_assert_true (ok);
          g_assert_cmpint (metres, ==, c->metres);
        }
    }

  g_assert_false (rp_parse_distance (NULL, RP_UNIT_KM, TRUE, NULL));
  g_assert_true (rp_parse_distance ("5k", RP_UNIT_KM, TRUE, NULL));
}

/* ---- durations ---------------------------------------------------------- */

typedef struct
{
  const char *text;
  gint64      seconds;     /* -1: refused */
} DurationCase;

static const DurationCase duration_cases[] = {
  { "45:00", 2700 },
  { "19:57", 1197 },
  { "0:30", 30 },
  { "90:00", 5400 },        /* minutes of MM:SS may pass 59 */
  { "1:31:35", 5495 },
  { "01:31:35", 5495 },
  { "0:45:00", 2700 },
  { "100:00:00", 360000 },
  { "168:00:00", 604800 },  /* the limit itself */
  { "168:00:01", BAD },
  { "10081:00", BAD },
  { "45min", 2700 },
  { "45 min", 2700 },
  { "45MIN", 2700 },
  { "45m", 2700 },
  { "90s", 90 },
  { "1h", 3600 },
  { "1h30min", 5400 },
  { "1h 30min", 5400 },
  { "1h30m", 5400 },
  { "2h0min30s", 7230 },
  { "1.5h", 5400 },
  { "0.5min", 30 },
  { " 45min ", 2700 },
  { "1:60", BAD },          /* seconds field >= 60 */
  { "1:60:00", BAD },       /* minutes field >= 60 in H:MM:SS */
  { "1:00:60", BAD },
  { "1:5", BAD },           /* two-digit fields */
  { "1:5:00", BAD },
  { "1:05:0", BAD },
  { "1:005", BAD },
  { "1:2:3:4", BAD },
  { "1::00", BAD },
  { ":30", BAD },
  { "30:", BAD },
  { "::", BAD },
  { "0:00", BAD },          /* zero */
  { "0min", BAD },
  { "0:00:00", BAD },
  { "45", BAD },            /* a bare number has no unit */
  { "", BAD },
  { " ", BAD },
  { "min", BAD },
  { "-45min", BAD },
  { "-1:00", BAD },
  { "+1:00", BAD },
  { "1: 00", BAD },
  { "1 :00", BAD },
  { "19:57.5", BAD },
  { "nan min", BAD },
  { "infh", BAD },
  { "1e3s", BAD },
  { "30min1h", BAD },       /* largest unit first */
  { "30s1min", BAD },
  { "1h1h", BAD },
  { "30min30m", BAD },
  { "1h30", BAD },
  { "45mins", BAD },
  { "45minutes", BAD },
  { "45min junk", BAD },
  { "169h", BAD },
  { "10081min", BAD },
  { "999999999999:00", BAD },
  { "99999999999999999999999h", BAD },
  { "1:00:00x", BAD },
};

static void
test_duration (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (duration_cases); i++)
    {
      const DurationCase *c = &duration_cases[i];
      gint64 seconds = 777;
      gboolean ok = rp_parse_duration (c->text, &seconds);

      g_test_message ("duration \"%s\"", c->text);
      if (c->seconds == BAD)
        {
          g_assert_false (ok);
          g_assert_cmpint (seconds, ==, 777);
        }
      else
        {
          g_assert_true (ok);
          g_assert_cmpint (seconds, ==, c->seconds);
        }
    }

  g_assert_false (rp_parse_duration (NULL, NULL));
}

/* ---- paces -------------------------------------------------------------- */

typedef struct
{
  const char *text;
  int         s_per_km;   /* -1: refused */
} PaceCase;

static const PaceCase pace_cases[] = {
  { "4:30", 270 },
  { "4:56", 296 },
  { "04:30", 270 },
  { "4:30/km", 270 },
  { "4:30 /KM", 270 },
  { "7:15/mi", 270 },       /* 435 s ÷ 1.609344 = 270.3 */
  { "8:00/mi", 298 },
  { "1:00", 60 },           /* the fastest accepted */
  { "60:00", 3600 },        /* the slowest accepted */
  { "0:59", BAD },
  { "60:01", BAD },
  { "0:00", BAD },
  { "4:60", BAD },
  { "4:5", BAD },
  { "4", BAD },
  { "270", BAD },
  { "4:30/", BAD },
  { "4:30/m", BAD },
  { "4:30/km/km", BAD },
  { "4:30 km", BAD },
  { "1:04:30", BAD },       /* an hour per km and more */
  { "-4:30", BAD },
  { "4:30.5", BAD },
  { "", BAD },
  { "/km", BAD },
  { "nan", BAD },
};

static void
test_pace (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (pace_cases); i++)
    {
      const PaceCase *c = &pace_cases[i];
      int s = 777;
      gboolean ok = rp_parse_pace (c->text, &s);

      g_test_message ("pace \"%s\"", c->text);
      if (c->s_per_km == BAD)
        {
          g_assert_false (ok);
          g_assert_cmpint (s, ==, 777);
        }
      else
        {
          g_assert_true (ok);
          g_assert_cmpint (s, ==, c->s_per_km);
        }
    }

  g_assert_false (rp_parse_pace (NULL, NULL));
}

/* ---- formatting --------------------------------------------------------- */

typedef struct
{
  gint64      metres;
  RpUnit      unit;
  const char *text;
} FormatDistanceCase;

static const FormatDistanceCase format_distance_cases[] = {
  { 10000, RP_UNIT_KM, "10.0 km" },
  { 10000, RP_UNIT_MI, "6.2 mi" },
  { 21098, RP_UNIT_KM, "21.1 km" },
  { 42195, RP_UNIT_MI, "26.2 mi" },
  { 4828, RP_UNIT_MI, "3.0 mi" },
  { 0, RP_UNIT_KM, "0.0 km" },
  { 1234567, RP_UNIT_KM, "1234.6 km" },
  /* Half-way rounds up, as in the short form: 1.25 km is 1.3 km in a
   * summary and in a warning alike (printf's "%.1f" made it 1.2). */
  { 1250, RP_UNIT_KM, "1.3 km" },
  { 2350, RP_UNIT_KM, "2.4 km" },
};

typedef struct
{
  gint64      seconds;
  const char *text;
} FormatDurationCase;

static const FormatDurationCase format_duration_cases[] = {
  { 2700, "45:00" },
  { 5495, "1:31:35" },
  { 59, "0:59" },
  { 0, "0:00" },
  { 3600, "1:00:00" },
  { 11449, "3:10:49" },
  { 604800, "168:00:00" },
  { -90, "-1:30" },
};

typedef struct
{
  double      s_per_km;
  RpUnit      unit;
  const char *text;
} FormatPaceCase;

static const FormatPaceCase format_pace_cases[] = {
  { 296, RP_UNIT_KM, "4:56/km" },
  { 296, RP_UNIT_MI, "7:56/mi" },      /* 476.4 s */
  { 296.6, RP_UNIT_KM, "4:57/km" },
  { 359.6, RP_UNIT_KM, "6:00/km" },    /* never 5:60 */
  { 270, RP_UNIT_MI, "7:15/mi" },
  { 0, RP_UNIT_KM, "—" },              /* unknown is never 0:00 */
  { -3, RP_UNIT_MI, "—" },
  { NAN, RP_UNIT_KM, "—" },
  { INFINITY, RP_UNIT_KM, "—" },
};

static void
test_format (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (format_distance_cases); i++)
    {
      const FormatDistanceCase *c = &format_distance_cases[i];
      g_autofree char *text = rp_format_distance (c->metres, c->unit);

      g_assert_cmpstr (text, ==, c->text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (format_duration_cases); i++)
    {
      const FormatDurationCase *c = &format_duration_cases[i];
      g_autofree char *text = rp_format_duration (c->seconds);

      g_assert_cmpstr (text, ==, c->text);
    }

  for (guint i = 0; i < G_N_ELEMENTS (format_pace_cases); i++)
    {
      const FormatPaceCase *c = &format_pace_cases[i];
      g_autofree char *text = rp_format_pace (c->s_per_km, c->unit);

      g_assert_cmpstr (text, ==, c->text);
    }
}

/* What is formatted parses back to the same value (to display precision). */
static void
test_round_trip (void)
{
  for (gint64 s = 1; s <= 3 * 3600; s += 37)
    {
      g_autofree char *text = rp_format_duration (s);
      gint64 back = 0;

      g_assert_true (rp_parse_duration (text, &back));
      g_assert_cmpint (back, ==, s);
    }

  for (int p = 60; p <= 3600; p += 7)
    {
      g_autofree char *text = rp_format_pace (p, RP_UNIT_KM);
      int back = 0;

      g_assert_true (rp_parse_pace (text, &back));
      g_assert_cmpint (back, ==, p);
    }

  for (gint64 m = 100; m <= 100000; m += 100)
    {
      g_autofree char *text = rp_format_distance (m, RP_UNIT_KM);
      gint64 back = 0;

      g_assert_true (rp_parse_distance (text, RP_UNIT_MI, FALSE, &back));
      g_assert_cmpint (back, ==, m);
    }
}

/* Under a locale with a decimal comma (German, Spanish), distances are
 * shown with it, and read with it or with '.', as scripts and the docs
 * write them; every distance shown reads back. */
static void
test_locale_decimal_comma (void)
{
  const char *locales[] = { "de_DE.UTF-8", "es_ES.UTF-8", "fr_FR.UTF-8", "de_DE" };
  static const DistanceCase parse_cases[] = {
    { "6.2km", RP_UNIT_KM, FALSE, 6200 },
    { "6,2km", RP_UNIT_KM, FALSE, 6200 },
    { "12,5 km", RP_UNIT_KM, FALSE, 12500 },
    { "12,5", RP_UNIT_KM, FALSE, 12500 },
    { "26,2mi", RP_UNIT_KM, FALSE, 42165 },
    { ",5km", RP_UNIT_KM, FALSE, 500 },
    { "1,2,3km", RP_UNIT_KM, FALSE, BAD },
    { "1,2.3km", RP_UNIT_KM, FALSE, BAD },
    { ",", RP_UNIT_KM, FALSE, BAD },
  };
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  gboolean switched = FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (locales) && !switched; i++)
    switched = setlocale (LC_NUMERIC, locales[i]) != NULL;

  if (!switched)
    {
      g_test_skip ("no locale with a decimal comma installed");
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (parse_cases); i++)
    {
      const DistanceCase *c = &parse_cases[i];
      gint64 metres = -1;
      gboolean ok = rp_parse_distance (c->text, c->unit, c->allow_race, &metres);

      g_test_message ("distance %s", c->text);
      g_assert_cmpint (ok, ==, c->metres != BAD);
      if (ok)
        g_assert_cmpint (metres, ==, c->metres);
    }

  {
    gint64 seconds = 0;
    g_autofree char *text = rp_format_distance (6200, RP_UNIT_KM);
    g_autofree char *short_text = rp_format_distance_short (12500, RP_UNIT_KM);
    g_autofree char *whole = rp_format_distance_short (12000, RP_UNIT_KM);
    g_autofree char *miles = rp_format_distance (9978, RP_UNIT_MI);

    g_assert_cmpstr (text, ==, "6,2 km");
    g_assert_cmpstr (short_text, ==, "12,5 km");
    g_assert_cmpstr (whole, ==, "12 km");
    g_assert_cmpstr (miles, ==, "6,2 mi");
    g_assert_true (rp_parse_duration ("1,5h", &seconds));
    g_assert_cmpint (seconds, ==, 5400);
  }

  for (gint64 m = 100; m <= 100000; m += 100)
    {
      g_autofree char *text = rp_format_distance (m, RP_UNIT_KM);
      gint64 back = 0;

      g_assert_true (rp_parse_distance (text, RP_UNIT_KM, FALSE, &back));
      g_assert_cmpint (back, ==, m);
    }

  setlocale (LC_NUMERIC, saved);
}

/* The compact form used inside reasons and warnings. */
static void
test_format_short (void)
{
  static const struct { gint64 metres; RpUnit unit; const char *text; } cases[] = {
    { 12000, RP_UNIT_KM, "12 km" },
    { 12500, RP_UNIT_KM, "12.5 km" },
    { 12449, RP_UNIT_KM, "12.4 km" },
    { 1250, RP_UNIT_KM, "1.3 km" },
    { 11960, RP_UNIT_KM, "12 km" },
    { 0, RP_UNIT_KM, "0 km" },
    { 12070, RP_UNIT_MI, "7.5 mi" },
    { 64374, RP_UNIT_MI, "40 mi" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = rp_format_distance_short (cases[i].metres, cases[i].unit);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

/* Figures and unit apart; what a caller shows is the two together. */
static void
test_pace_range (void)
{
  static const struct
  {
    int         fast, slow;
    RpUnit      unit;
    const char *figures;
    const char     *unit_text;
    RpPaceRangeEnd  open;
    const char     *text;
  } cases[] = {
    { 296, 334, RP_UNIT_KM, "4:56–5:34", "/km", RP_PACE_RANGE_CLOSED, "4:56–5:34/km" },
    { 255, 255, RP_UNIT_KM, "4:15", "/km", RP_PACE_RANGE_CLOSED, "4:15/km" },
    { 255, 0, RP_UNIT_KM, "4:15", "/km", RP_PACE_RANGE_OR_SLOWER, "4:15/km or slower" },
    { 0, 400, RP_UNIT_KM, "6:40", "/km", RP_PACE_RANGE_OR_FASTER, "6:40/km or faster" },
    { 296, 334, RP_UNIT_MI, "7:56–8:58", "/mi", RP_PACE_RANGE_CLOSED, "7:56–8:58/mi" },
    /* Not every second per mile is a whole s/km: 8:20/mi is none. */
    { 310, 311, RP_UNIT_MI, "8:19–8:21", "/mi", RP_PACE_RANGE_CLOSED, "8:19–8:21/mi" },
    { 359, 360, RP_UNIT_KM, "5:59–6:00", "/km", RP_PACE_RANGE_CLOSED, "5:59–6:00/km" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      RpPaceRange range;
      g_autofree char *text = NULL;
      int fast = -1, slow = -1;

      g_assert_true (rp_format_pace_range (cases[i].fast, cases[i].slow, cases[i].unit, &range));
      g_assert_cmpstr (range.figures, ==, cases[i].figures);
      g_assert_cmpstr (range.unit, ==, cases[i].unit_text);
      g_assert_cmpint (range.open, ==, cases[i].open);
      text = rp_pace_range_to_string (&range);
      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (rp_parse_pace_range (range.figures, cases[i].unit, range.open,
                                          &fast, &slow));
      g_assert_cmpint (fast, ==, cases[i].fast);
      g_assert_cmpint (slow, ==, cases[i].slow);
    }

  /* Both unknown: nothing to show. */
  {
    RpPaceRange range;

    g_assert_false (rp_format_pace_range (0, 0, RP_UNIT_KM, &range));
    g_assert_null (rp_pace_range_to_string (&range));
  }

  /* What a runner types: a hyphen, spaces, slow first, a unit; never junk. */
  {
    int fast = 0, slow = 0;

    g_assert_true (rp_parse_pace_range (" 4:56 - 5:34 ", RP_UNIT_KM, RP_PACE_RANGE_CLOSED, &fast, &slow));
    g_assert_cmpint (fast, ==, 296);
    g_assert_cmpint (slow, ==, 334);
    g_assert_true (rp_parse_pace_range ("5:34–4:56", RP_UNIT_KM, RP_PACE_RANGE_CLOSED, &fast, &slow));
    g_assert_cmpint (fast, ==, 296);
    g_assert_cmpint (slow, ==, 334);
    g_assert_true (rp_parse_pace_range ("7:30/mi", RP_UNIT_KM, RP_PACE_RANGE_CLOSED, &fast, &slow));
    g_assert_cmpint (fast, ==, 280);
    g_assert_false (rp_parse_pace_range ("4:56/m", RP_UNIT_KM, RP_PACE_RANGE_CLOSED, NULL, NULL));
    g_assert_false (rp_parse_pace_range ("4:56–5:00–5:10", RP_UNIT_KM, RP_PACE_RANGE_CLOSED, NULL,
                                         NULL));
    g_assert_false (rp_parse_pace_range ("4:56–", RP_UNIT_KM, RP_PACE_RANGE_CLOSED, NULL, NULL));
    g_assert_false (rp_parse_pace_range ("", RP_UNIT_KM, RP_PACE_RANGE_CLOSED, NULL, NULL));
    g_assert_false (rp_parse_pace_range ("0:30", RP_UNIT_KM, RP_PACE_RANGE_CLOSED, NULL, NULL));
    g_assert_false (rp_parse_pace_range ("4:00–5:00", RP_UNIT_KM, RP_PACE_RANGE_OR_SLOWER,
                                         NULL, NULL));
  }
}

/* What core formats, core parses: every zone's pace and range at VDOT
 * 30–80, in km and mi, parses back to the same s/km (miles: to a pace
 * shown the same, a mile's second being 0.6 s/km). */
static void
check_range_round_trip (int    fast,
                        int    slow,
                        RpUnit unit)
{
  RpPaceRange range, again;
  int parsed_fast = -1, parsed_slow = -1;

  g_assert_true (rp_format_pace_range (fast, slow, unit, &range));
  g_assert_true (rp_parse_pace_range (range.figures, unit, range.open,
                                      &parsed_fast, &parsed_slow));
  g_assert_true (rp_format_pace_range (parsed_fast, parsed_slow, unit, &again));
  g_assert_cmpstr (again.figures, ==, range.figures);
  g_assert_cmpint (again.open, ==, range.open);
  if (unit == RP_UNIT_KM)
    {
      g_assert_cmpint (parsed_fast, ==, fast);
      g_assert_cmpint (parsed_slow, ==, slow);
    }
  else
    g_assert_cmpint (ABS (parsed_fast - fast), <=, 1);
}

static void
test_pace_range_round_trip (void)
{
  for (int vdot = 30; vdot <= 80; vdot++)
    {
      RpPaces paces;
      int zones[7];

      rp_paces_from_vdot (vdot, &paces);
      zones[0] = (int) lround (paces.easy_fast);
      zones[1] = (int) lround (paces.easy_slow);
      zones[2] = (int) lround (paces.marathon);
      zones[3] = (int) lround (paces.threshold);
      zones[4] = (int) lround (paces.interval);
      zones[5] = (int) lround (paces.repetition);
      zones[6] = (int) lround (paces.half);

      for (RpUnit unit = RP_UNIT_KM; unit <= RP_UNIT_MI; unit++)
        {
          check_range_round_trip (zones[0], zones[1], unit);
          check_range_round_trip ((int) lround (paces.recovery), 0, unit);
          for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
            {
              check_range_round_trip (zones[z], zones[z], unit);
              check_range_round_trip (zones[z] - 5, zones[z] + 5, unit);
            }
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parse/distance", test_distance);
  g_test_add_func ("/parse/duration", test_duration);
  g_test_add_func ("/parse/pace", test_pace);
  g_test_add_func ("/parse/format", test_format);
  g_test_add_func ("/parse/format-short", test_format_short);
  g_test_add_func ("/parse/round-trip", test_round_trip);
  g_test_add_func ("/parse/pace-range", test_pace_range);
  g_test_add_func ("/parse/pace-range-round-trip", test_pace_range_round_trip);
  g_test_add_func ("/parse/locale-decimal-comma", test_locale_decimal_comma);

  return g_test_run ();
}
