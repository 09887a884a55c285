/* rp-steps.c
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

#define G_LOG_DOMAIN "rp-steps"

#include "config.h"

#include "rp-steps.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "rp-parse.h"

#define TIMES_SIGN "×"   /* U+00D7 */

/* Longest AMOUNT, ZONE or COUNT worth reading; anything longer is junk. */
#define MAX_WORD_BYTES 40

static const struct
{
  const char *name;
  RpZone      zone;
} zone_names[] = {
  { "e", RP_ZONE_EASY_MID },
  { "easy", RP_ZONE_EASY_MID },
  { "easy-slow", RP_ZONE_EASY_SLOW },
  { "m", RP_ZONE_MARATHON },
  { "marathon", RP_ZONE_MARATHON },
  { "t", RP_ZONE_THRESHOLD },
  { "threshold", RP_ZONE_THRESHOLD },
  { "i", RP_ZONE_INTERVAL },
  { "interval", RP_ZONE_INTERVAL },
  { "r", RP_ZONE_REPETITION },
  { "repetition", RP_ZONE_REPETITION },
  { "race", RP_ZONE_RACE },
  { "recovery", RP_ZONE_RECOVERY },
};

/* How each zone is written back, by RpZone value; NULL: no "@". */
static const char * const zone_symbols[] = {
  [RP_ZONE_NONE] = NULL,
  [RP_ZONE_EASY_MID] = "E",
  [RP_ZONE_EASY_SLOW] = "easy-slow",
  [RP_ZONE_MARATHON] = "M",
  [RP_ZONE_THRESHOLD] = "T",
  [RP_ZONE_INTERVAL] = "I",
  [RP_ZONE_REPETITION] = "R",
  [RP_ZONE_RACE] = "race",
  [RP_ZONE_RECOVERY] = "recovery",
};

static const char * const recovery_words[] = { "jog", "rest", "recovery" };

typedef struct
{
  RpUnit  unit;
  guint   step;    /* 1-based number of the step being read, for messages */
  char   *error;
} Parser;

/* ---- Parsing ------------------------------------------------------------ */

static gboolean fail (Parser     *parser,
                      const char *format,
                      ...) G_GNUC_PRINTF (2, 3);

/* Records the first error, prefixed with the step it is in; returns FALSE. */
static gboolean
fail (Parser     *parser,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (parser->error != NULL)
    return FALSE;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  if (parser->step > 0)
    /* TRANSLATORS: "step 2: “xyz” is not a distance or a time" */
    parser->error = g_strdup_printf (_("step %u: %s"), parser->step, message);
  else
    parser->error = g_steal_pointer (&message);
  return FALSE;
}

/* A copy with every kind of blank (tabs, newlines, no-break spaces pasted
 * from a web page) turned into a plain space, so the rest only sees ' '. */
static char *
normalize_blanks (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
          || c == 0x00A0 || c == 0x202F || c == 0x2009)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static gboolean
has_control_chars (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_iscntrl (g_utf8_get_char (p)))
      return TRUE;
  return FALSE;
}

/* Cuts a trailing " jog", " rest" or " recovery" off text (in place). */
static gboolean
cut_recovery_word (char *text)
{
  char *space;

  g_strchomp (text);
  space = strrchr (text, ' ');
  if (space == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (recovery_words); i++)
    {
      if (g_ascii_strcasecmp (space + 1, recovery_words[i]) == 0)
        {
          *space = '\0';
          g_strchomp (text);
          return TRUE;
        }
    }
  return FALSE;
}

static gboolean
is_bare_number (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p) && *p != '.')
      return FALSE;
  return *text != '\0';
}

/* A distance or a time, into exactly one of *out_metres, *out_seconds
 * (the other left at -1). */
static gboolean
parse_amount (Parser     *parser,
              char       *text,
              gint64     *out_metres,
              gint64     *out_seconds)
{
  g_strstrip (text);
  if (*text == '\0')
    return fail (parser, _("a distance or time is missing"));
  if (strlen (text) > MAX_WORD_BYTES)
    return fail (parser, _("“%.20s…” is too long for a distance or time"), text);

  if (is_bare_number (text) && g_ascii_strtod (text, NULL) >= RP_STEPS_MAX_BARE_NUMBER)
    return fail (parser, _("“%s” has no unit: write e.g. “%s m”"), text, text);

  if (rp_parse_distance (text, parser->unit, FALSE, out_metres))
    {
      if (*out_metres < RP_STEPS_MIN_DISTANCE_M)
        return fail (parser, _("“%s” is only %lld m (minutes are “min”)"),
                     text, (long long) *out_metres);
      *out_seconds = -1;
      return TRUE;
    }
  if (rp_parse_duration (text, out_seconds))
    {
      *out_metres = -1;
      return TRUE;
    }
  return fail (parser, _("“%s” is not a distance (e.g. 800 m, 1 mi) or a time (e.g. 90 s, 3:00)"),
               text);
}

static gboolean
parse_zone (Parser *parser,
            char   *text,
            RpZone *out_zone)
{
  g_strstrip (text);
  if (*text == '\0')
    return fail (parser, _("a zone is missing after “@” (E, M, T, I or R)"));

  for (guint i = 0; i < G_N_ELEMENTS (zone_names); i++)
    {
      if (g_ascii_strcasecmp (text, zone_names[i].name) == 0)
        {
          *out_zone = zone_names[i].zone;
          return TRUE;
        }
    }
  return fail (parser, _("unknown zone “%.*s” (use E, M, T, I, R or easy, marathon, threshold, "
                         "interval, repetition, recovery)"),
               (int) MIN (strlen (text), MAX_WORD_BYTES), text);
}

/* "2 km easy": a zone's full name after the amount, without "@", is
 * what a runner writes too. Letters alone are not taken ("800 m" is not
 * 800 at marathon pace). Returns where the name starts, or NULL. */
static char *
find_trailing_zone_name (char *text)
{
  char *space;

  g_strchomp (text);
  space = strrchr (text, ' ');
  if (space == NULL || strlen (space + 1) < 2)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (zone_names); i++)
    if (g_ascii_strcasecmp (space + 1, zone_names[i].name) == 0)
      return space + 1;
  return NULL;
}

/* "6 ×", "6x", "6 *": the count, and p moved past the sign. Without a
 * count, repeat is 1 and p stays. */
static gboolean
parse_count (Parser  *parser,
             char   **p,
             int     *out_repeat)
{
  char *q = *p;
  gint64 value = 0;
  guint digits = 0;

  *out_repeat = 1;
  for (; g_ascii_isdigit (*q); q++, digits++)
    if (digits < 9)
      value = value * 10 + (*q - '0');
  if (digits == 0)
    return TRUE;
  while (*q == ' ')
    q++;

  if (g_str_has_prefix (q, TIMES_SIGN))
    q += strlen (TIMES_SIGN);
  else if ((*q == 'x' || *q == 'X' || *q == '*') && !g_ascii_isalpha (q[1]))
    q++;
  else
    return TRUE;   /* no sign: the digits are the amount's */

  if (digits > 9 || value < 1 || value > RP_STEPS_MAX_REPEAT)
    return fail (parser, _("%.*s repeats: it must be 1 to %d"),
                 (int) MIN (digits, 12), *p, RP_STEPS_MAX_REPEAT);

  *out_repeat = (int) value;
  *p = q;
  return TRUE;
}

/* Where an inline recovery starts ("/", "w/", "with"), or NULL; *out_after
 * is where its amount begins. */
static char *
find_inline_recovery (char  *text,
                      char **out_after)
{
  char *slash = strchr (text, '/');
  char *with = NULL;

  for (char *p = text; (p = strchr (p, ' ')) != NULL; p++)
    {
      if (g_ascii_strncasecmp (p + 1, "with ", 5) == 0)
        {
          with = p + 1;
          break;
        }
    }

  if (slash != NULL && (with == NULL || slash < with))
    {
      *out_after = slash + 1;
      /* "w/": the w belongs to the separator, not to the amount. */
      if (slash > text && (slash[-1] == 'w' || slash[-1] == 'W')
          && (slash - 1 == text || slash[-2] == ' '))
        return slash - 1;
      return slash;
    }
  if (with != NULL)
    *out_after = with + 4;
  return with;
}

static gboolean
parse_recovery (Parser *parser,
                char   *text,
                RpStep *step)
{
  if (step->recovery_distance_m > 0 || step->recovery_duration_s > 0)
    return fail (parser, _("it already has a recovery"));

  cut_recovery_word (text);
  return parse_amount (parser, text, &step->recovery_distance_m, &step->recovery_duration_s);
}

/* [COUNT ×] AMOUNT [@ ZONE] [/ RECOVERY] */
static gboolean
parse_step (Parser *parser,
            char   *text,
            RpStep *step)
{
  char *p = text;
  char *recovery_after = NULL;
  char *recovery = find_inline_recovery (text, &recovery_after);
  char *zone = NULL;
  char *at;

  if (recovery != NULL)
    *recovery = '\0';

  while (*p == ' ')
    p++;
  if (!parse_count (parser, &p, &step->repeat))
    return FALSE;

  at = strchr (p, '@');
  if (at != NULL)
    {
      *at = '\0';
      zone = at + 1;
      if (strchr (zone, '@') != NULL)
        return fail (parser, _("“@” appears twice"));
    }
  else if ((zone = find_trailing_zone_name (p)) != NULL)
    zone[-1] = '\0';

  if (!parse_amount (parser, p, &step->distance_m, &step->duration_s))
    return FALSE;
  if (zone != NULL && !parse_zone (parser, zone, &step->zone))
    return FALSE;

  return recovery == NULL || parse_recovery (parser, recovery_after, step);
}

/* A part that is only "400 m jog": the recovery of the step before it. */
static gboolean
is_recovery_part (const char *part)
{
  g_autofree char *copy = g_strdup (part);
  char *after;

  if (strchr (part, '@') != NULL || find_inline_recovery (copy, &after) != NULL)
    return FALSE;
  return cut_recovery_word (copy);
}

static gboolean
parse_part (Parser     *parser,
            char       *part,
            char        separator,
            GArray     *steps)
{
  RpStep step = { 1, -1, -1, RP_ZONE_NONE, -1, -1 };

  g_strstrip (part);
  parser->step = steps->len + 1;

  if (*part == '\0')
    return fail (parser, _("nothing between two separators, or after the last one"));

  if (is_recovery_part (part))
    {
      parser->step = steps->len;
      if (steps->len == 0 || separator != ',')
        {
          parser->step = 0;
          return fail (parser, _("“%.*s” is a recovery: write it after its step and a comma, "
                                 "e.g. “6 × 800 m @ I, 400 m jog”"),
                       (int) MIN (strlen (part), MAX_WORD_BYTES), part);
        }
      return parse_recovery (parser, part, &g_array_index (steps, RpStep, steps->len - 1));
    }

  if (steps->len == RP_STEPS_MAX_STEPS)
    return fail (parser, _("more than %d steps"), RP_STEPS_MAX_STEPS);
  if (!parse_step (parser, part, &step))
    return FALSE;

  g_array_append_val (steps, step);
  return TRUE;
}

static gboolean
parse_text (Parser     *parser,
            const char *text,
            GArray     *steps)
{
  g_autofree char *copy = NULL;
  char *part;
  char separator = '\0';
  gboolean decimal_comma = rp_parse_decimal_comma ();

  if (!g_utf8_validate (text, -1, NULL))
    return fail (parser, _("the text is not valid UTF-8"));
  if (strlen (text) > RP_STEPS_MAX_TEXT)
    return fail (parser, _("the text is longer than %d bytes"), RP_STEPS_MAX_TEXT);

  copy = normalize_blanks (text);
  if (has_control_chars (copy))
    return fail (parser, _("the text holds control characters"));
  if (*g_strstrip (copy) == '\0')
    return TRUE;

  /* "," and ";" are ASCII, so cutting the UTF-8 text at them is safe.
   * Where the decimal point is a comma, "1,5" between digits is a number
   * ("2 × 1,5 km @ T"), not a step and its recovery: cut there, it would
   * read as "2 × 1 km; 5 km". */
  part = copy;
  for (char *p = copy;; p++)
    {
      if ((*p == ',' && !(decimal_comma && p > copy
                          && g_ascii_isdigit (p[-1]) && g_ascii_isdigit (p[1])))
          || *p == ';' || *p == '\0')
        {
          char next_separator = *p;
          gboolean last = *p == '\0';

          *p = '\0';
          if (!parse_part (parser, part, separator, steps))
            return FALSE;
          if (last)
            return TRUE;
          separator = next_separator;
          part = p + 1;
        }
    }
}

gboolean
rp_steps_parse (const char  *text,
                RpUnit       default_unit,
                GArray     **out_steps,
                char       **out_error_message)
{
  g_autoptr(GArray) steps = g_array_new (FALSE, FALSE, sizeof (RpStep));
  Parser parser = { default_unit, 0, NULL };

  g_return_val_if_fail (out_steps != NULL, FALSE);

  if (text != NULL && !parse_text (&parser, text, steps))
    {
      if (parser.error == NULL)
        parser.error = g_strdup (_("the steps cannot be read"));
      if (out_error_message != NULL)
        *out_error_message = g_steal_pointer (&parser.error);
      g_free (parser.error);
      return FALSE;
    }

  *out_steps = g_steal_pointer (&steps);
  return TRUE;
}

/* ---- Formatting --------------------------------------------------------- */

/* "1.5", "2", "0.25": at most decimals places, no trailing zeros. */
static char *
format_number (double value,
               int    decimals)
{
  char format[8];
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  char *end;

  g_snprintf (format, sizeof format, "%%.%df", decimals);
  g_ascii_formatd (buffer, sizeof buffer, format, value);
  if (strchr (buffer, '.') != NULL)
    {
      end = buffer + strlen (buffer) - 1;
      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  return g_strdup (buffer);
}

/* The text if it reads back as exactly metres, else NULL. */
static char *
exact_or_null (char   *text,
               gint64  metres)
{
  gint64 back = -1;

  if (text != NULL && rp_parse_distance (text, RP_UNIT_KM, FALSE, &back) && back == metres)
    return text;
  g_free (text);
  return NULL;
}

/* Miles with up to two decimals, when that is exactly metres ("1 mi",
 * "0.25 mi"); NULL when not (800 m is not 0.5 mi). */
static char *
format_miles (gint64 metres)
{
  for (int decimals = 0; decimals <= 2; decimals++)
    {
      double scale = pow (10.0, decimals);
      double miles = round (metres / RP_METRES_PER_MILE * scale) / scale;
      g_autofree char *number = NULL;
      char *text;

      if (miles <= 0.0)
        continue;
      number = format_number (miles, decimals);
      if ((text = exact_or_null (g_strdup_printf ("%s mi", number), metres)) != NULL)
        return text;
    }
  return NULL;
}

/* "800 m", "1.5 km", "10 km"; NULL when only metres are exact (1609). */
static char *
format_km (gint64 metres)
{
  g_autofree char *number = NULL;

  if (metres < 1000)
    return g_strdup_printf ("%" G_GINT64_FORMAT " m", metres);
  if (metres % 10 != 0)
    return NULL;
  number = format_number (metres / 1000.0, 2);
  return exact_or_null (g_strdup_printf ("%s km", number), metres);
}

/* Short track distances stay in metres either way; longer ones in the
 * runner's unit when exact, else in whichever unit was typed. */
static void
append_distance (GString *out,
                 gint64   metres,
                 RpUnit   unit)
{
  g_autofree char *text = NULL;

  if (unit == RP_UNIT_MI)
    text = format_miles (metres);
  if (text == NULL)
    text = format_km (metres);
  if (text == NULL)
    text = format_miles (metres);
  if (text == NULL)
    text = g_strdup_printf ("%" G_GINT64_FORMAT " m", metres);
  g_string_append (out, text);
}

/* "1 h", "10 min", "90 s", "2:30", "1:02:05": each reads back exactly. */
static void
append_duration (GString *out,
                 gint64   seconds)
{
  g_autofree char *clock = NULL;

  if (seconds % 3600 == 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT " h", seconds / 3600);
  else if (seconds % 60 == 0)
    g_string_append_printf (out, "%" G_GINT64_FORMAT " min", seconds / 60);
  else if (seconds < 120)
    g_string_append_printf (out, "%" G_GINT64_FORMAT " s", seconds);
  else
    {
      clock = rp_format_duration (seconds);
      g_string_append (out, clock);
    }
}

static void
append_amount (GString *out,
               gint64   metres,
               gint64   seconds,
               RpUnit   unit)
{
  if (metres > 0)
    append_distance (out, metres, unit);
  else if (seconds > 0)
    append_duration (out, seconds);
  else
    g_string_append (out, "?");  /* only a hand-written file can lack both */
}

static void
append_step (GString      *out,
             const RpStep *step,
             RpUnit        unit)
{
  if (step->repeat > 1)
    g_string_append_printf (out, "%d " TIMES_SIGN " ", step->repeat);
  append_amount (out, step->distance_m, step->duration_s, unit);
  if ((guint) step->zone < G_N_ELEMENTS (zone_symbols) && zone_symbols[step->zone] != NULL)
    g_string_append_printf (out, " @ %s", zone_symbols[step->zone]);
  if (step->recovery_distance_m > 0 || step->recovery_duration_s > 0)
    {
      g_string_append (out, ", ");
      append_amount (out, step->recovery_distance_m, step->recovery_duration_s, unit);
      g_string_append (out, " jog");
    }
}

char *
rp_steps_format (const RpStep *steps,
                 guint         n_steps,
                 RpUnit        unit)
{
  GString *out;

  g_return_val_if_fail (steps != NULL || n_steps == 0, NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < n_steps; i++)
    {
      if (i > 0)
        g_string_append (out, "; ");
      append_step (out, &steps[i], unit);
    }
  return g_string_free (out, FALSE);
}

char *
rp_steps_format_workout (RpWorkout *workout,
                         RpUnit     unit)
{
  GString *out;

  g_return_val_if_fail (RP_IS_WORKOUT (workout), NULL);

  out = g_string_new (NULL);
  for (guint i = 0; i < rp_workout_get_n_steps (workout); i++)
    {
      if (i > 0)
        g_string_append (out, "; ");
      append_step (out, rp_workout_get_step (workout, i), unit);
    }
  return g_string_free (out, FALSE);
}

void
rp_steps_apply (RpWorkout *workout,
                GArray    *steps)
{
  g_return_if_fail (RP_IS_WORKOUT (workout));

  rp_workout_clear_steps (workout);
  for (guint i = 0; steps != NULL && i < steps->len; i++)
    rp_workout_add_step (workout, &g_array_index (steps, RpStep, i));
}

gint64
rp_steps_total_distance_m (const RpStep *steps,
                           guint         n_steps)
{
  gint64 total = 0;

  g_return_val_if_fail (steps != NULL || n_steps == 0, -1);

  for (guint i = 0; i < n_steps; i++)
    {
      const RpStep *step = &steps[i];
      gint64 each;

      if (step->distance_m <= 0)
        return -1;
      if (step->recovery_distance_m <= 0 && step->recovery_duration_s > 0)
        return -1;
      each = step->distance_m + MAX (step->recovery_distance_m, 0);
      total += MAX (step->repeat, 1) * each;
    }
  return total;
}
