/* test-print-sheet.c
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

/* The printed plan sheet (rp-print-sheet.c), headless: a week fits one
 * A4 page, a month takes a few, every day and the planner's reasons are
 * on them, a small page repeats the table's header, and the pages drawn
 * to a PDF surface are as many as the sheet counted. */

#include "config.h"

#include <string.h>

#include <cairo-pdf.h>

#include "rp-date.h"
#include "rp-plan.h"
#include "rp-planner.h"
#include "rp-print-sheet.h"
#include "rp-reason.h"
#include "rp-steps.h"

/* A4 inside 36-point margins, as a print context gives it. */
#define A4_WIDTH  (595.0 - 72.0)
#define A4_HEIGHT (842.0 - 72.0)

static RpDate
monday (void)
{
  return rp_date_from_ymd (2027, 3, 22);
}

/* Seven weeks from 22 March 2027 (April whole), filled, with intervals
 * of steps on the first Tuesday and a note on a tempo. */
static RpPlan *
new_plan (void)
{
  RpPlan *plan = rp_plan_new (monday (), 7);
  g_autoptr(RpWorkout) intervals = rp_workout_new (RP_KIND_INTERVALS);
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  g_autoptr(GArray) steps = NULL;

  rp_athlete_set_race_result (rp_plan_get_athlete (plan), 10000, 2700);
  g_assert_true (rp_steps_parse ("2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E", RP_UNIT_KM,
                                 &steps, NULL));
  rp_steps_apply (intervals, steps);
  g_assert_nonnull (rp_planner_place (plan, monday () + 1, intervals, NULL));
  rp_workout_set_notes (tempo, "Track at the park");
  g_assert_nonnull (rp_planner_place (plan, monday () + 10, tempo, NULL));
  rp_planner_fill (plan);
  rp_planner_analyze (plan);
  return plan;
}

static cairo_status_t
append_to_array (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* "/Type /Page" objects, not "/Type /Pages". */
static guint
count_pdf_pages (GByteArray *pdf)
{
  const char *key = "/Type /Page";
  gsize key_len = strlen (key);
  guint n = 0;

  for (gsize i = 0; i + key_len < pdf->len; i++)
    if (memcmp (pdf->data + i, key, key_len) == 0 && pdf->data[i + key_len] != 's')
      n++;
  return n;
}

/* Paginates on a PDF surface of width × height and draws every page;
 * the PDF's page count. */
static guint
draw_pdf (RpPrintSheet *sheet,
          double        width,
          double        height)
{
  g_autoptr(GByteArray) pdf = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_to_array, pdf,
                                                                  width, height);
  cairo_t *cr = cairo_create (surface);
  guint n = rp_print_sheet_paginate (sheet, cr, width, height);

  g_assert_cmpuint (n, ==, rp_print_sheet_get_n_pages (sheet));
  for (guint page = 0; page < n; page++)
    {
      rp_print_sheet_draw_page (sheet, cr, page);
      cairo_show_page (cr);
    }
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return count_pdf_pages (pdf);
}

static char *
all_text (RpPrintSheet *sheet)
{
  GString *text = g_string_new (NULL);

  for (guint page = 0; page < rp_print_sheet_get_n_pages (sheet); page++)
    {
      g_autofree char *part = rp_print_sheet_get_page_text (sheet, page);

      g_string_append (text, part);
    }
  return g_string_free (text, FALSE);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("“%s” not in:\n%s", part, text);
}

/* The planner's workouts of first..last say why they are there. */
static void
assert_reasons (RpPlan     *plan,
                RpDate      first,
                RpDate      last,
                const char *text)
{
  RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  guint n_reasons = 0;

  for (RpDate date = first; date <= last; date++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
      {
        RpWorkout *workout = rp_plan_get_workout (plan, date, i);
        const RpReason *reason = rp_workout_get_reason (workout);
        g_autofree char *sentence = NULL;

        if (reason == NULL || reason->code == RP_REASON_NONE)
          continue;
        sentence = rp_reason_format_on (reason, date, unit);
        assert_contains (text, sentence);
        n_reasons++;
      }
  g_assert_cmpuint (n_reasons, >, 2);
}

/* A week: one A4 page with its title, every day, the steps, the notes,
 * the table's columns and why each workout is there. */
static void
test_week (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpPrintSheet) sheet = rp_print_sheet_new_week (plan, monday ());
  g_autofree char *text = NULL;

  g_assert_cmpuint (rp_print_sheet_get_first (sheet), ==, monday ());
  g_assert_cmpuint (rp_print_sheet_get_last (sheet), ==, monday () + 6);
  g_assert_cmpuint (draw_pdf (sheet, A4_WIDTH, A4_HEIGHT), ==, 1);
  g_assert_cmpuint (rp_print_sheet_get_n_pages (sheet), ==, 1);

  text = all_text (sheet);
  assert_contains (text, rp_print_sheet_get_title (sheet));
  assert_contains (text, "Week of 22 – 28 Mar 2027");
  for (RpDate date = monday (); date <= monday () + 6; date++)
    {
      g_autofree char *day = g_strdup_printf ("%s %d Mar\n",
                                              (const char *[]) { "Mon", "Tue", "Wed", "Thu",
                                                                 "Fri", "Sat", "Sun" }[date - monday ()],
                                              22 + (int) (date - monday ()));
      assert_contains (text, day);
    }
  assert_contains (text, "Day\nWorkout\nDistance\nPace\nWhy\n");
  assert_contains (text, "6 × 800 m @ I, 400 m jog");
  assert_contains (text, "Placed by you");
  assert_contains (text, " km planned");
  assert_reasons (plan, monday (), monday () + 6, text);
  g_assert_null (strstr (text, "Track at the park"));
}

/* April 2027: its 30 days and only them, by week, on a few pages. */
static void
test_month (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpPrintSheet) sheet = rp_print_sheet_new_month (plan, rp_date_from_ymd (2027, 4, 17));
  g_autofree char *text = NULL;
  guint pages;

  g_assert_cmpuint (rp_print_sheet_get_first (sheet), ==, rp_date_from_ymd (2027, 4, 1));
  g_assert_cmpuint (rp_print_sheet_get_last (sheet), ==, rp_date_from_ymd (2027, 4, 30));
  g_assert_cmpstr (rp_print_sheet_get_title (sheet), ==, "April 2027");
  pages = draw_pdf (sheet, A4_WIDTH, A4_HEIGHT);
  g_assert_cmpuint (pages, ==, rp_print_sheet_get_n_pages (sheet));
  /* Five weeks of rows and charts: more than one page, about two weeks a page. */
  g_assert_cmpuint (pages, >=, 2);
  g_assert_cmpuint (pages, <=, 4);

  text = all_text (sheet);
  for (int day = 1; day <= 30; day++)
    {
      g_autofree char *needle = g_strdup_printf (" %d Apr\n", day);

      assert_contains (text, needle);
    }
  g_assert_null (strstr (text, " Mar\n"));
  g_assert_null (strstr (text, " May\n"));
  assert_contains (text, "Track at the park");
  assert_reasons (plan, rp_date_from_ymd (2027, 4, 1), rp_date_from_ymd (2027, 4, 30), text);
}

/* A page too small for a week: the rows go on over pages, each page
 * after the first that begins with rows repeats the table's header, and
 * nothing is lost. */
static void
test_small_page (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpPrintSheet) sheet = rp_print_sheet_new_week (plan, monday ());
  g_autofree char *text = NULL;
  guint pages = draw_pdf (sheet, 300, 220);

  g_assert_cmpuint (pages, >, 2);
  for (guint page = 1; page < pages; page++)
    {
      g_autofree char *page_text = rp_print_sheet_get_page_text (sheet, page);

      g_assert_true (g_str_has_prefix (page_text, "Day\nWorkout\n") ||
                     strstr (page_text, "Week of") == NULL);
    }
  text = all_text (sheet);
  assert_contains (text, "Sun 28 Mar\n");
  assert_contains (text, "6 × 800 m @ I, 400 m jog");
}

/* A sheet reaching past the plan shows the plan's days only. */
static void
test_outside_plan (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpPrintSheet) sheet = rp_print_sheet_new_month (plan, monday ());
  g_autofree char *text = NULL;

  g_assert_cmpuint (rp_print_sheet_get_first (sheet), ==, monday ());
  g_assert_cmpuint (rp_print_sheet_get_last (sheet), ==, rp_date_from_ymd (2027, 3, 31));
  g_assert_cmpuint (draw_pdf (sheet, A4_WIDTH, A4_HEIGHT), >=, 1);
  text = all_text (sheet);
  assert_contains (text, "Mon 22 Mar\n");
  assert_contains (text, "Wed 31 Mar\n");
  g_assert_null (strstr (text, "Sun 21 Mar"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/print-sheet/week", test_week);
  g_test_add_func ("/print-sheet/month", test_month);
  g_test_add_func ("/print-sheet/small-page", test_small_page);
  g_test_add_func ("/print-sheet/outside-plan", test_outside_plan);

  return g_test_run ();
}
