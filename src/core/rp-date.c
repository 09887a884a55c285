/* rp-date.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-date"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "rp-date.h"

static gboolean
read_digits (const char *text,
             guint       n,
             int        *out)
{
  int value = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      value = value * 10 + (text[i] - '0');
    }

  *out = value;
  return TRUE;
}

gboolean
rp_date_parse_iso (const char *text,
                   RpDate     *out_date)
{
  int year, month, day;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  if (!read_digits (text, 4, &year) ||
      !read_digits (text + 5, 2, &month) ||
      !read_digits (text + 8, 2, &day))
    return FALSE;

  if (year < RP_DATE_MIN_YEAR || year > RP_DATE_MAX_YEAR)
    return FALSE;

  if (!g_date_valid_dmy (day, month, year))
    return FALSE;

  if (out_date != NULL)
    *out_date = rp_date_from_ymd (year, month, day);

  return TRUE;
}

RpDate
rp_date_from_ymd (int year,
                  int month,
                  int day)
{
  GDate date;

  if (!g_date_valid_dmy (day, month, year))
    return RP_DATE_INVALID;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);

  return g_date_get_julian (&date);
}

void
rp_date_to_gdate (RpDate  date,
                  GDate  *out)
{
  g_date_clear (out, 1);
  if (g_date_valid_julian (date))
    g_date_set_julian (out, date);
}

gboolean
rp_date_is_valid (RpDate date)
{
  static RpDate first, last;

  if (first == 0)
    {
      first = rp_date_from_ymd (RP_DATE_MIN_YEAR, 1, 1);
      last = rp_date_from_ymd (RP_DATE_MAX_YEAR, 12, 31);
    }

  return date >= first && date <= last;
}

char *
rp_date_to_iso (RpDate date,
                char   buf[RP_DATE_ISO_LEN])
{
  GDate gdate;

  rp_date_to_gdate (date, &gdate);
  if (!g_date_valid (&gdate))
    {
      g_strlcpy (buf, "0000-00-00", RP_DATE_ISO_LEN);
      return buf;
    }

  g_snprintf (buf, RP_DATE_ISO_LEN, "%04u-%02u-%02u",
              (guint) g_date_get_year (&gdate) % 10000,
              (guint) g_date_get_month (&gdate),
              (guint) g_date_get_day (&gdate));

  return buf;
}

/* Set by tests so that nothing they check depends on the day they run. */
static RpDate today_for_testing = RP_DATE_INVALID;

void
rp_date_set_today_for_testing (RpDate date)
{
  g_return_if_fail (date == RP_DATE_INVALID || rp_date_is_valid (date));

  today_for_testing = date;
}

RpDate
rp_date_today (void)
{
  g_autoptr(GDateTime) now = NULL;

  if (today_for_testing != RP_DATE_INVALID)
    return today_for_testing;

  now = g_date_time_new_now_local ();

  return rp_date_from_ymd (g_date_time_get_year (now),
                           g_date_time_get_month (now),
                           g_date_time_get_day_of_month (now));
}

GDateWeekday
rp_date_get_weekday (RpDate date)
{
  /* Julian day 1 (1 January of year 1) was a Monday. */
  return (GDateWeekday) ((date - 1) % 7 + 1);
}

RpDate
rp_date_week_start (RpDate       date,
                    GDateWeekday week_start)
{
  guint back = (rp_date_get_weekday (date) - week_start + 7) % 7;

  return date - back;
}

char *
rp_date_format_day_month (RpDate date)
{
  GDate gdate;
  char buf[64];

  if (!rp_date_is_valid (date))
    return NULL;

  rp_date_to_gdate (date, &gdate);
  /* Translators: a day of the year in a sentence, "after the race on
   * 10 May": a strftime format */
  if (g_date_strftime (buf, sizeof buf, C_("day and month", "%-d %B"), &gdate) == 0)
    return NULL;

  return g_strdup (buf);
}

/* strftime of date, with the padding of %e ("Wed  9") squeezed out and
 * the ends trimmed. */
static char *
format_date (RpDate      date,
             const char *format)
{
  char buf[128];
  GDate gdate;
  GString *text;

  if (!rp_date_is_valid (date))
    return g_strdup ("");

  rp_date_to_gdate (date, &gdate);
  if (g_date_strftime (buf, sizeof buf, format, &gdate) == 0)
    return g_strdup ("");

  text = g_string_new (g_strstrip (buf));
  while (g_string_replace (text, "  ", " ", 0) > 0)
    ;
  return g_string_free (text, FALSE);
}

char *
rp_date_format_week_range (RpDate week_start)
{
  RpDate last = week_start + 6;
  g_autofree char *first_text = NULL;
  g_autofree char *last_text = NULL;
  GDate a;
  GDate b;

  if (!rp_date_is_valid (week_start) || !rp_date_is_valid (last))
    return g_strdup ("");

  rp_date_to_gdate (week_start, &a);
  rp_date_to_gdate (last, &b);

  /* Translators: strftime formats of a week's first and last day, as in
   * "24 – 30 Nov 2026" or "30 Nov – 6 Dec 2026". */
  if (g_date_get_month (&a) == g_date_get_month (&b))
    first_text = format_date (week_start, C_("week range start, same month", "%e"));
  else if (g_date_get_year (&a) == g_date_get_year (&b))
    first_text = format_date (week_start, C_("week range start, same year", "%e %b"));
  else
    first_text = format_date (week_start, C_("week range start, other year", "%e %b %Y"));
  last_text = format_date (last, C_("week range end", "%e %b %Y"));

  return g_strdup_printf ("%s – %s", first_text, last_text);
}

char *
rp_date_format_day_short (RpDate date)
{
  return format_date (date, C_("day column header", "%a %e"));
}

char *
rp_date_format_day_long (RpDate date)
{
  return format_date (date, C_("accessible day name", "%A %e %B %Y"));
}

/* Indexed by GDateWeekday (1 = Monday). */
static const struct
{
  const char *abbrev;
  const char *name;
  const char *label;
} weekdays[8] = {
  { NULL, NULL, NULL },
  { "mon", "monday", N_("Monday") },
  { "tue", "tuesday", N_("Tuesday") },
  { "wed", "wednesday", N_("Wednesday") },
  { "thu", "thursday", N_("Thursday") },
  { "fri", "friday", N_("Friday") },
  { "sat", "saturday", N_("Saturday") },
  { "sun", "sunday", N_("Sunday") },
};

const char *
rp_date_weekday_name (GDateWeekday weekday)
{
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, "");

  return _(weekdays[weekday].label);
}

const char *
rp_date_weekday_to_name (GDateWeekday weekday)
{
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, NULL);

  return weekdays[weekday].abbrev;
}

gboolean
rp_date_weekday_from_name (const char   *name,
                           GDateWeekday *out_weekday)
{
  if (name == NULL)
    return FALSE;

  for (guint i = G_DATE_MONDAY; i <= G_DATE_SUNDAY; i++)
    if (g_ascii_strcasecmp (name, weekdays[i].abbrev) == 0
        || g_ascii_strcasecmp (name, weekdays[i].name) == 0)
      {
        if (out_weekday != NULL)
          *out_weekday = (GDateWeekday) i;
        return TRUE;
      }

  return FALSE;
}
