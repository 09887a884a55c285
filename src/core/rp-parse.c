/* rp-parse.c
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

#define G_LOG_DOMAIN "rp-parse"

#include "config.h"

#include "rp-parse.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "rp-kind.h"

/* A number is plain decimal digits with at most one point: no sign, no
 * exponent, no "inf"/"nan", no hex (all of which strtod would take). The
 * point is '.' in any locale (scripts, docs), or the locale's own when it
 * is a comma ("12,5" in German): a comma is never a thousands separator
 * here, so "1,000" stays an error in English. The length cap keeps absurd
 * inputs cheap; every real value is far shorter. */
#define MAX_NUMBER_CHARS 24
/* Digits of one H, MM or SS field: enough for any duration under the limit. */
#define MAX_FIELD_DIGITS 9

/* A pace faster than 1:00/km or slower than an hour per km is a typo. */
#define MIN_PACE_S_PER_KM 60
#define MAX_PACE_S_PER_KM 3600

typedef struct
{
  const char *name;
  double      factor;   /* to metres, or to seconds */
  guint       rank;     /* durations: units must come in increasing rank */
} Unit;

static const Unit distance_units[] = {
  { "km", 1000.0, 0 },
  { "k", 1000.0, 0 },     /* "10k" is 10 km, race or not */
  { "mi", RP_METRES_PER_MILE, 0 },
  { "m", 1.0, 0 },
};

/* In the order they must appear: "1h30min", never "30min1h". */
static const Unit duration_units[] = {
  { "h", 3600.0, 0 },
  { "min", 60.0, 1 },
  { "m", 60.0, 1 },
  { "s", 1.0, 2 },
};

/* The LC_NUMERIC decimal point, when it is not '.' (only a one-byte one
 * is read or written: ',' in German and Spanish). */
static char
locale_point (void)
{
  const char *point = localeconv ()->decimal_point;

  if (point == NULL || point[0] == '\0' || point[1] != '\0' || point[0] == '.')
    return '\0';
  return point[0];
}

gboolean
rp_parse_decimal_comma (void)
{
  return locale_point () == ',';
}

static const char *
skip_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t')
    p++;
  return p;
}

/* Reads a plain decimal number at *p and advances past it. */
static gboolean
scan_number (const char **p,
             double      *out)
{
  const char *start = *p;
  const char *q = start;
  char buf[MAX_NUMBER_CHARS + 1];
  char point = locale_point ();
  char *comma;
  guint int_digits = 0;
  guint frac_digits = 0;
  gsize len;

  for (; g_ascii_isdigit (*q); q++)
    int_digits++;
  if (*q == '.' || (point != '\0' && *q == point))
    {
      for (q++; g_ascii_isdigit (*q); q++)
        frac_digits++;
    }

  len = q - start;
  if (int_digits + frac_digits == 0 || len > MAX_NUMBER_CHARS)
    return FALSE;

  memcpy (buf, start, len);
  buf[len] = '\0';
  if (point != '\0' && (comma = strchr (buf, point)) != NULL)
    *comma = '.';
  *out = g_ascii_strtod (buf, NULL);
  *p = q;

  return isfinite (*out);
}

/* Reads exactly n_digits digits (or 1..MAX_FIELD_DIGITS when n_digits is
 * 0) as an integer and advances past them. */
static gboolean
scan_field (const char **p,
            guint        n_digits,
            gint64      *out)
{
  const char *q = *p;
  gint64 value = 0;
  guint n = 0;

  for (; g_ascii_isdigit (*q) && n < MAX_FIELD_DIGITS; q++, n++)
    value = value * 10 + (*q - '0');

  if (n == 0 || g_ascii_isdigit (*q) || (n_digits != 0 && n != n_digits))
    return FALSE;

  *out = value;
  *p = q;
  return TRUE;
}

/* Matches the longest unit name at p (case-insensitive) that is not
 * followed by another letter, so "mi" never reads as "m" + junk. */
static const Unit *
match_unit (const char  *p,
            const Unit  *units,
            guint        n_units,
            const char **end)
{
  const Unit *best = NULL;
  gsize best_len = 0;

  for (guint i = 0; i < n_units; i++)
    {
      gsize len = strlen (units[i].name);

      if (len > best_len
          && g_ascii_strncasecmp (p, units[i].name, len) == 0
          && !g_ascii_isalpha (p[len]))
        {
          best = &units[i];
          best_len = len;
        }
    }

  if (best != NULL)
    *end = p + best_len;
  return best;
}

/* Copies text without its surrounding blanks, or NULL if nothing is left. */
static char *
strip_copy (const char *text)
{
  char *copy;

  if (text == NULL)
    return NULL;

  copy = g_strstrip (g_strdup (text));
  if (*copy == '\0')
    g_clear_pointer (&copy, g_free);

  return copy;
}

/* The races' names and distances are rp-kind's table. */
static gboolean
parse_race_name (const char *text,
                 gint64     *out_metres)
{
  RpRace race;

  if (!rp_race_from_name (text, &race))
    return FALSE;

  *out_metres = rp_race_distance_m (race);
  return TRUE;
}

gboolean
rp_parse_distance (const char *text,
                   RpUnit      default_unit,
                   gboolean    allow_race,
                   gint64     *out_metres)
{
  g_autofree char *copy = strip_copy (text);
  const char *p = copy;
  const Unit *unit;
  double value;
  double factor;
  double metres;
  gint64 race_m;

  if (copy == NULL)
    return FALSE;

  if (allow_race && parse_race_name (copy, &race_m))
    {
      if (out_metres != NULL)
        *out_metres = race_m;
      return TRUE;
    }

  if (!scan_number (&p, &value))
    return FALSE;

  p = skip_spaces (p);
  if (*p == '\0')
    factor = default_unit == RP_UNIT_MI ? RP_METRES_PER_MILE : 1000.0;
  else if ((unit = match_unit (p, distance_units, G_N_ELEMENTS (distance_units), &p)) != NULL)
    factor = unit->factor;
  else
    return FALSE;

  if (*p != '\0')
    return FALSE;

  metres = round (value * factor);
  if (!(metres >= 1.0 && metres <= RP_PARSE_MAX_DISTANCE_M))
    return FALSE;

  if (out_metres != NULL)
    *out_metres = (gint64) metres;
  return TRUE;
}

/* "H:MM:SS" or "M:SS"; minutes of M:SS may exceed 59 ("90:00"). */
static gboolean
parse_clock (const char *p,
             gint64     *out_seconds)
{
  gint64 fields[3];
  guint n = 0;

  for (;;)
    {
      /* Only the leading field may have any number of digits. */
      if (!scan_field (&p, n == 0 ? 0 : 2, &fields[n]))
        return FALSE;
      n++;
      if (*p == '\0')
        break;
      if (*p != ':' || n == G_N_ELEMENTS (fields))
        return FALSE;
      p++;
    }

  if (n == 2 && fields[1] < 60)
    *out_seconds = fields[0] * 60 + fields[1];
  else if (n == 3 && fields[1] < 60 && fields[2] < 60)
    *out_seconds = (fields[0] * 60 + fields[1]) * 60 + fields[2];
  else
    return FALSE;

  return TRUE;
}

/* "1h30min", "45min", "90s", "1.5h": each unit once, largest first. */
static gboolean
parse_units (const char *p,
             gint64     *out_seconds)
{
  double total = 0.0;
  guint next_rank = 0;

  while (*p != '\0')
    {
      const Unit *unit;
      double value;

      if (!scan_number (&p, &value))
        return FALSE;
      p = skip_spaces (p);
      unit = match_unit (p, duration_units, G_N_ELEMENTS (duration_units), &p);
      if (unit == NULL || unit->rank < next_rank)
        return FALSE;
      next_rank = unit->rank + 1;

      total += value * unit->factor;
      p = skip_spaces (p);
    }

  total = round (total);
  if (!(total <= RP_PARSE_MAX_DURATION_S))
    return FALSE;

  *out_seconds = (gint64) total;
  return TRUE;
}

gboolean
rp_parse_duration (const char *text,
                   gint64     *out_seconds)
{
  g_autofree char *copy = strip_copy (text);
  gint64 seconds;
  gboolean ok;

  if (copy == NULL)
    return FALSE;

  if (strchr (copy, ':') != NULL)
    ok = parse_clock (copy, &seconds);
  else
    ok = parse_units (copy, &seconds);

  if (!ok || seconds <= 0 || seconds > RP_PARSE_MAX_DURATION_S)
    return FALSE;

  if (out_seconds != NULL)
    *out_seconds = seconds;
  return TRUE;
}

gboolean
rp_parse_pace (const char *text,
               int        *out_s_per_km)
{
  g_autofree char *copy = strip_copy (text);
  char *slash;
  double metres_per_unit = 1000.0;
  gint64 seconds;
  double s_per_km;

  if (copy == NULL)
    return FALSE;

  /* An optional "/km" or "/mi"; the pace is stored per km either way. */
  slash = strchr (copy, '/');
  if (slash != NULL)
    {
      const char *unit = skip_spaces (slash + 1);

      if (g_ascii_strcasecmp (unit, "mi") == 0)
        metres_per_unit = RP_METRES_PER_MILE;
      else if (g_ascii_strcasecmp (unit, "km") != 0)
        return FALSE;

      *slash = '\0';
      g_strchomp (copy);
    }

  if (!parse_clock (copy, &seconds))
    return FALSE;

  s_per_km = round (seconds * 1000.0 / metres_per_unit);
  if (s_per_km < MIN_PACE_S_PER_KM || s_per_km > MAX_PACE_S_PER_KM)
    return FALSE;

  if (out_s_per_km != NULL)
    *out_s_per_km = (int) s_per_km;
  return TRUE;
}

gboolean
rp_parse_pace_in (const char *text,
                  RpUnit      unit,
                  double     *out_s_per_km)
{
  g_autofree char *with_unit = NULL;
  int s_per_km;

  g_return_val_if_fail (text != NULL, FALSE);

  if (unit == RP_UNIT_MI && strchr (text, '/') == NULL)
    text = with_unit = g_strconcat (text, "/mi", NULL);
  if (!rp_parse_pace (text, &s_per_km))
    return FALSE;
  *out_s_per_km = s_per_km;
  return TRUE;
}

/* One number, one rounding (issue 9): every distance shown is rounded to
 * 0.1 unit here, half-way away from zero, so a summary ("1.3 km") and a
 * warning or reason ("1.3 km") never print one figure two ways (printf's
 * "%.1f" of 1.25 is 1.2). Shown, so with the locale's decimal point
 * ("1,3 km" in German), as the warnings' printf figures are; files keep
 * metres and never call these. */
static double
shown_tenths (gint64 metres,
              RpUnit unit)
{
  double per_unit = unit == RP_UNIT_MI ? RP_METRES_PER_MILE : 1000.0;

  return round (metres * 10.0 / per_unit);
}

/* format's figures of value, its point the locale's: what rp_parse_distance
 * reads back in the same locale. */
static void
format_shown (char       *number,
              gsize       size,
              const char *format,
              double      value)
{
  char point = locale_point ();
  char *dot;

  g_ascii_formatd (number, size, format, value);
  if (point != '\0' && (dot = strchr (number, '.')) != NULL)
    *dot = point;
}

char *
rp_format_distance (gint64 metres,
                    RpUnit unit)
{
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  format_shown (number, sizeof number, "%.1f", shown_tenths (metres, unit) / 10.0);
  if (unit == RP_UNIT_MI)
    /* TRANSLATORS: a distance, e.g. "6.2 mi" */
    return g_strdup_printf (_("%s mi"), number);

  /* TRANSLATORS: a distance, e.g. "10.0 km" */
  return g_strdup_printf (_("%s km"), number);
}

char *
rp_format_distance_short (gint64 metres,
                          RpUnit unit)
{
  double tenths = shown_tenths (metres, unit);
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  format_shown (number, sizeof number, fmod (tenths, 10.0) == 0.0 ? "%.0f" : "%.1f",
                tenths / 10.0);

  if (unit == RP_UNIT_MI)
    /* TRANSLATORS: a distance in a sentence, e.g. "7.5 mi" */
    return g_strdup_printf (_("%s mi"), number);

  /* TRANSLATORS: a distance in a sentence, e.g. "12 km" */
  return g_strdup_printf (_("%s km"), number);
}

char *
rp_format_duration (gint64 seconds)
{
  const char *sign = seconds < 0 ? "-" : "";
  guint64 s = seconds < 0 ? -(guint64) seconds : (guint64) seconds;

  if (s >= 3600)
    return g_strdup_printf ("%s%" G_GUINT64_FORMAT ":%02u:%02u",
                            sign, s / 3600, (guint) (s / 60 % 60), (guint) (s % 60));

  return g_strdup_printf ("%s%u:%02u", sign, (guint) (s / 60), (guint) (s % 60));
}

char *
rp_format_pace (double s_per_km,
                RpUnit unit)
{
  double per_unit;
  gint64 s;

  /* 0 means unknown: never show it as a pace of zero. */
  if (!isfinite (s_per_km) || s_per_km <= 0.0)
    return g_strdup ("—");

  per_unit = unit == RP_UNIT_MI ? s_per_km * RP_METRES_PER_MILE / 1000.0 : s_per_km;
  /* Round the whole first, so 359.6 s reads 6:00 and not 5:60. */
  s = (gint64) MIN (round (per_unit), (double) G_MAXINT32);

  if (unit == RP_UNIT_MI)
    /* TRANSLATORS: a pace per mile, e.g. "7:57/mi" */
    return g_strdup_printf (_("%u:%02u/mi"), (guint) (s / 60), (guint) (s % 60));

  /* TRANSLATORS: a pace per kilometre, e.g. "4:56/km" */
  return g_strdup_printf (_("%u:%02u/km"), (guint) (s / 60), (guint) (s % 60));
}

static double
metres_per_unit (RpUnit unit)
{
  return unit == RP_UNIT_MI ? RP_METRES_PER_MILE : 1000.0;
}

/* Seconds per unit as shown, rounded whole first (359.6 s is 6:00). */
static gint64
shown_seconds (int    s_per_km,
               RpUnit unit)
{
  return llround (s_per_km * metres_per_unit (unit) / 1000.0);
}

static void
append_clock (GString *str,
              gint64   seconds)
{
  g_string_append_printf (str, "%u:%02u", (guint) (seconds / 60), (guint) (seconds % 60));
}

gboolean
rp_format_pace_range (int          fast,
                      int          slow,
                      RpUnit       unit,
                      RpPaceRange *out)
{
  g_autoptr(GString) str = g_string_new (NULL);

  g_return_val_if_fail (out != NULL, FALSE);

  memset (out, 0, sizeof *out);
  if (fast <= 0 && slow <= 0)
    return FALSE;

  /* TRANSLATORS: the unit of a pace, after its figures: "4:56–5:34/km" */
  out->unit = unit == RP_UNIT_MI ? _("/mi") : _("/km");
  if (slow <= 0)
    out->open = RP_PACE_RANGE_OR_SLOWER;
  else if (fast <= 0)
    out->open = RP_PACE_RANGE_OR_FASTER;
  append_clock (str, shown_seconds (fast > 0 ? fast : slow, unit));
  if (fast > 0 && slow > 0 && shown_seconds (slow, unit) != shown_seconds (fast, unit))
    {
      g_string_append (str, "–");
      append_clock (str, shown_seconds (slow, unit));
    }
  g_strlcpy (out->figures, str->str, sizeof out->figures);

  return TRUE;
}

char *
rp_pace_range_to_string (const RpPaceRange *range)
{
  g_return_val_if_fail (range != NULL, NULL);

  if (range->figures[0] == '\0')
    return NULL;
  if (range->open == RP_PACE_RANGE_OR_SLOWER)
    /* TRANSLATORS: a recovery pace: figures and unit, e.g. "6:40" and "/km" */
    return g_strdup_printf (_("%s%s or slower"), range->figures, range->unit);
  if (range->open == RP_PACE_RANGE_OR_FASTER)
    /* TRANSLATORS: a pace at most this slow: figures and unit, e.g. "6:40" and "/km" */
    return g_strdup_printf (_("%s%s or faster"), range->figures, range->unit);

  /* TRANSLATORS: a pace range: figures and unit, e.g. "4:56–5:34" and "/km" */
  return g_strdup_printf (_("%s%s"), range->figures, range->unit);
}

/* Seconds per unit back to s/km: the whole s/km that is shown as those
 * seconds when there is one (a mile holds 1.6 km, so not every second
 * per mile is), else the nearest. */
static gboolean
pace_from_shown (gint64  seconds,
                 RpUnit  unit,
                 int    *out_s_per_km)
{
  double s_per_km = seconds * 1000.0 / metres_per_unit (unit);
  int nearest = (int) MIN (round (s_per_km), (double) G_MAXINT);

  if (nearest < MIN_PACE_S_PER_KM || nearest > MAX_PACE_S_PER_KM)
    return FALSE;

  *out_s_per_km = nearest;
  for (int delta = -1; delta <= 1; delta++)
    if (shown_seconds (nearest + delta, unit) == seconds)
      {
        *out_s_per_km = nearest + delta;
        break;
      }

  return TRUE;
}

gboolean
rp_parse_pace_range (const char     *figures,
                     RpUnit          unit,
                     RpPaceRangeEnd  open,
                     int            *out_fast,
                     int            *out_slow)
{
  g_autofree char *copy = strip_copy (figures);
  char *second = NULL;
  char *dash;
  gint64 seconds;
  int fast, slow;

  if (copy == NULL)
    return FALSE;

  /* A unit typed after the figures is the one they are in. */
  if ((dash = strchr (copy, '/')) != NULL)
    {
      const char *typed = skip_spaces (dash + 1);

      if (g_ascii_strcasecmp (typed, "km") == 0)
        unit = RP_UNIT_KM;
      else if (g_ascii_strcasecmp (typed, "mi") == 0)
        unit = RP_UNIT_MI;
      else
        return FALSE;
      *dash = '\0';
      g_strchomp (copy);
    }

  /* The en dash we write, or the hyphen a runner types. */
  if ((dash = strstr (copy, "–")) != NULL)
    second = dash + strlen ("–");
  else if ((dash = strchr (copy, '-')) != NULL)
    second = dash + 1;
  if (dash != NULL)
    {
      *dash = '\0';
      g_strchomp (copy);
      second = (char *) skip_spaces (second);
    }

  if (!parse_clock (copy, &seconds) || !pace_from_shown (seconds, unit, &fast))
    return FALSE;
  slow = fast;
  if (second != NULL
      && (!parse_clock (second, &seconds) || !pace_from_shown (seconds, unit, &slow)
          || open != RP_PACE_RANGE_CLOSED))
    return FALSE;
  /* Typed slow first, it is the same range. */
  if (slow < fast)
    {
      int tmp = fast;

      fast = slow;
      slow = tmp;
    }
  if (open == RP_PACE_RANGE_OR_SLOWER)
    slow = 0;
  else if (open == RP_PACE_RANGE_OR_FASTER)
    fast = 0;

  if (out_fast != NULL)
    *out_fast = fast;
  if (out_slow != NULL)
    *out_slow = slow;
  return TRUE;
}
