/* rp-date.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-types.h"

G_BEGIN_DECLS

/* Parses exactly YYYY-MM-DD (ISO 8601 calendar date) within 1900–2200. */
gboolean     rp_date_parse_iso     (const char *text,
                                    RpDate     *out_date);
/* Writes YYYY-MM-DD into buf (RP_DATE_ISO_LEN bytes); returns buf. */
char        *rp_date_to_iso        (RpDate      date,
                                    char        buf[RP_DATE_ISO_LEN]);
gboolean     rp_date_is_valid      (RpDate      date);
RpDate       rp_date_from_ymd      (int         year,
                                    int         month,
                                    int         day);
/* The local date, or the one set with rp_date_set_today_for_testing. */
RpDate       rp_date_today         (void);
/* Makes rp_date_today return date (RP_DATE_INVALID: the real date again).
 * For tests only: the product never calls it. */
void         rp_date_set_today_for_testing (RpDate date);
/* 1 = Monday … 7 = Sunday, as GDateWeekday. */
GDateWeekday rp_date_get_weekday   (RpDate      date);
/* The first day of the week holding date, for a week starting on week_start. */
RpDate       rp_date_week_start    (RpDate      date,
                                    GDateWeekday week_start);
void         rp_date_to_gdate      (RpDate      date,
                                    GDate      *out);
/* The day and month in the user's language, e.g. "10 May"; NULL for an
 * invalid date. */
char        *rp_date_format_day_month (RpDate   date);
/* "24 – 30 Nov 2026", "30 Nov – 6 Dec 2026": the week from week_start. */
char        *rp_date_format_week_range (RpDate  week_start);
/* "Tue 24", a day column's header. */
char        *rp_date_format_day_short (RpDate   date);
/* "Tuesday 24 November 2026", for screen readers and messages. */
char        *rp_date_format_day_long  (RpDate   date);

/* The weekdays' names, the one table of them: "Monday" in the user's
 * language (1 = Monday … 7 = Sunday), and "mon" or "monday" (any case) as
 * the command line and the file take them. */
const char  *rp_date_weekday_name     (GDateWeekday weekday);
/* "mon": the weekday as the file writes it. */
const char  *rp_date_weekday_to_name  (GDateWeekday weekday);
gboolean     rp_date_weekday_from_name (const char   *name,
                                        GDateWeekday *out_weekday);

G_END_DECLS
