/* test-export.c
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

/* G_LOG_DOMAIN comes from tests/meson.build. */
#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "cli-test-util.h"
#include "fit-decode.h"
#include "rp-date.h"
#include "rp-export.h"
#include "rp-kind.h"
#include "rp-plan-file.h"
#include "rp-plan-lock.h"
#include "rp-planner.h"
#include "rp-steps.h"

/* Notes a CSV writer gets wrong: a comma, quotes, CR, LF, CRLF, a
 * leading space, non-ASCII. */
static const char * const awkward_notes[] = {
  "plain",
  "hills, then strides",
  "say \"hi\" to the \"club\"",
  "line one\nline two",
  "cr\ronly",
  "crlf\r\nend",
  " leading space",
  "Straße, 5 × 1 km",
  "\"",
  ",",
};

/* 2027-03-22 is a Monday. */
static RpDate
monday (void)
{
  return rp_date_from_ymd (2027, 3, 22);
}

/* Three weeks: intervals with steps on the first Tuesday, a tempo with
 * each awkward note on the days after, a week target, filled. */
static RpPlan *
new_plan (void)
{
  RpPlan *plan = rp_plan_new (monday (), 3);
  g_autoptr(RpWorkout) intervals = rp_workout_new (RP_KIND_INTERVALS);
  g_autoptr(GArray) steps = NULL;

  rp_athlete_set_race_result (rp_plan_get_athlete (plan), 10000, 2700);
  g_assert_true (rp_steps_parse ("2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E", RP_UNIT_KM,
                                 &steps, NULL));
  rp_steps_apply (intervals, steps);
  g_assert_nonnull (rp_planner_place (plan, monday () + 1, intervals, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (awkward_notes); i++)
    {
      g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);

      rp_workout_set_notes (tempo, awkward_notes[i]);
      g_assert_nonnull (rp_planner_place (plan, monday () + 7 + i, tempo, NULL));
    }
  rp_plan_set_week_target_override (plan, 1, 50000);
  rp_planner_fill (plan);
  return plan;
}

/* ---- A small RFC 4180 reader, strict about what the writer promises ---- */

/* Rows of fields; FALSE on anything RFC 4180 does not allow (a bare quote,
 * a line end other than CRLF outside quotes). */
static gboolean
parse_csv (const char  *text,
           GPtrArray  **out_rows)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GPtrArray) row = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) field = g_string_new (NULL);
  const char *p = text;

  while (*p != '\0')
    {
      g_string_truncate (field, 0);
      if (*p == '"')
        {
          for (p++;; p++)
            {
              if (*p == '\0')
                return FALSE;
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
        }
      else
        {
          for (; *p != ',' && *p != '\r' && *p != '\0'; p++)
            {
              if (*p == '"' || *p == '\n')
                return FALSE;
              g_string_append_c (field, *p);
            }
        }
      g_ptr_array_add (row, g_strdup (field->str));
      if (*p == ',')
        {
          p++;
          continue;
        }
      if (p[0] != '\r' || p[1] != '\n')
        return FALSE;
      p += 2;
      g_ptr_array_add (row, NULL);
      g_ptr_array_add (rows, g_ptr_array_free (g_steal_pointer (&row), FALSE));
      row = g_ptr_array_new_with_free_func (g_free);
    }
  if (row->len != 0)
    return FALSE;  /* the last line ends in CRLF too */
  *out_rows = g_steal_pointer (&rows);
  return TRUE;
}

static guint
column (char      **header,
        const char *name)
{
  for (guint i = 0; header[i] != NULL; i++)
    if (g_str_equal (header[i], name))
      return i;
  g_error ("no column %s", name);
}

static char *
bytes_to_string (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_null (memchr (data, '\0', size));
  return g_strndup (data, size);
}

static void
test_csv_header (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GBytes) bytes = rp_export_csv (plan, monday (), monday () + 6);
  g_autofree char *text = bytes_to_string (bytes);

  g_assert_true (g_str_has_prefix (text,
                                   "date,kind,pinned,distance_m,duration_s,pace_fast_s_per_km,"
                                   "pace_slow_s_per_km,steps,reason,reason_text,notes\r\n"));
  /* Every line ends in CRLF (no note in this week has a line break). */
  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    g_assert_cmpint (p[-1], ==, '\r');
}

/* The rows say what the plan says; the notes come back exactly. */
static void
test_csv_round_trip (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  RpDate first = monday (), last = rp_plan_get_end (plan);
  g_autoptr(GBytes) bytes = rp_export_csv (plan, first, last);
  g_autofree char *text = bytes_to_string (bytes);
  g_autoptr(GPtrArray) rows = NULL;
  char **header;
  guint row = 1;

  g_assert_true (parse_csv (text, &rows));
  header = g_ptr_array_index (rows, 0);
  g_assert_cmpuint (g_strv_length (header), ==, 11);

  for (RpDate date = first; date <= last; date++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++, row++)
      {
        RpWorkout *workout = rp_plan_get_workout (plan, date, i);
        char **fields = g_ptr_array_index (rows, row);
        g_autofree char *distance = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                     rp_planner_workout_distance_m (plan, workout));
        char iso[RP_DATE_ISO_LEN];
        const char *notes = rp_workout_get_notes (workout);

        g_assert_cmpuint (g_strv_length (fields), ==, 11);
        g_assert_cmpstr (fields[column (header, "date")], ==, rp_date_to_iso (date, iso));
        g_assert_cmpstr (fields[column (header, "kind")], ==,
                         rp_kind_to_name (rp_workout_get_kind (workout)));
        g_assert_cmpstr (fields[column (header, "pinned")], ==,
                         rp_workout_get_pinned (workout) ? "true" : "false");
        if (rp_workout_get_kind (workout) != RP_KIND_REST)
          g_assert_cmpstr (fields[column (header, "distance_m")], ==, distance);
        g_assert_cmpstr (fields[column (header, "notes")], ==, notes != NULL ? notes : "");
      }
  g_assert_cmpuint (row, ==, rows->len);

  /* The interval session's steps as the app writes them. */
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 2))[column (header, "steps")], ==,
                   "2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E");
}

/* Only the range's days. */
static void
test_csv_range (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GBytes) bytes = rp_export_csv (plan, monday () + 8, monday () + 9);
  g_autofree char *text = bytes_to_string (bytes);
  g_autoptr(GPtrArray) rows = NULL;

  g_assert_true (parse_csv (text, &rows));
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[0], ==, "2027-03-30");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 2))[0], ==, "2027-03-31");
  g_assert_cmpstr (((char **) g_ptr_array_index (rows, 1))[10], ==, "hills, then strides");
}

/* Python's csv module (the reference reader) reads the same rows. */
static void
test_csv_python (void)
{
  const char *python = g_getenv ("PYTHON3");
  const char *script =
    "import csv, json, sys\n"
    "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
    "    rows = list(csv.reader(f, strict=True))\n"
    "print(json.dumps([r[10] for r in rows[1:] if r[1] == 'tempo']))\n";
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GBytes) bytes = rp_export_csv (plan, monday (), rp_plan_get_end (plan));
  g_autofree char *dir = make_tmp_dir ("test-export-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "plan.csv", NULL);
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonArray *notes;
  int status;

  if (python == NULL || !g_file_test (python, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("no python3");
      remove_tree (dir);
      return;
    }
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  g_assert_true (g_spawn_sync (NULL, (char *[]) { (char *) python, "-c", (char *) script, path, NULL },
                               NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_true (json_parser_load_from_data (parser, out, -1, NULL));
  notes = json_node_get_array (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (notes), ==, G_N_ELEMENTS (awkward_notes));
  for (guint i = 0; i < G_N_ELEMENTS (awkward_notes); i++)
    g_assert_cmpstr (json_array_get_string_element (notes, i), ==, awkward_notes[i]);
  remove_tree (dir);
}

/* A range as a plan file: it loads, holds the range's workouts as they
 * were, and nothing else. */
static void
test_json_range (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  RpDate first = monday () + 3, last = monday () + 9;
  g_autoptr(GBytes) bytes = rp_export_json (plan, first, last);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) loaded = rp_plan_file_load_bytes (bytes, "range.json", &error);

  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_cmpuint (rp_plan_get_start (loaded), ==, monday ());
  g_assert_cmpuint (rp_plan_get_n_weeks (loaded), ==, 2);
  g_assert_true (rp_athlete_equal (rp_plan_get_athlete (loaded), rp_plan_get_athlete (plan)));
  g_assert_cmpint (rp_plan_get_week_target_override (loaded, 1), ==, 50000);
  g_assert_cmpint (rp_plan_get_week_target_override (loaded, 0), ==, RP_PLAN_TARGET_DEFAULT);

  for (RpDate date = monday (); date <= rp_plan_get_end (loaded); date++)
    {
      guint n = rp_plan_get_n_workouts (loaded, date);

      if (date < first || date > last)
        {
          g_assert_cmpuint (n, ==, 0);
          continue;
        }
      g_assert_cmpuint (n, ==, rp_plan_get_n_workouts (plan, date));
      for (guint i = 0; i < n; i++)
        g_assert_true (rp_workout_equal (rp_plan_get_workout (loaded, date, i),
                                         rp_plan_get_workout (plan, date, i)));
    }
  /* Written as the plan writer writes it. */
  g_assert_true (g_str_has_prefix (g_bytes_get_data (bytes, NULL),
                                   "{\n  \"format\" : \"run-planner-plan\",\n  \"version\" : 1,"));
}

/* The whole plan as a range is the plan. */
static void
test_json_whole (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GBytes) bytes = rp_export_json (plan, rp_plan_get_start (plan), rp_plan_get_end (plan));
  g_autoptr(GBytes) serialized = rp_plan_file_serialize (plan);

  g_assert_true (g_bytes_equal (bytes, serialized));
}

static gsize
count (const char *haystack,
       gsize       size,
       const char *needle)
{
  gsize n = 0, length = strlen (needle);

  for (gsize i = 0; i + length <= size; i++)
    if (memcmp (haystack + i, needle, length) == 0)
      n++;
  return n;
}

static guint32
be32 (const guint8 *p)
{
  return (guint32) p[0] << 24 | p[1] << 16 | p[2] << 8 | p[3];
}

static void
test_chart_formats (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  RpDate last = rp_plan_get_end (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL, png_week = NULL, svg = NULL, pdf = NULL;
  const guint8 *data;
  gsize size;

  rp_planner_analyze (plan);
  png = rp_export_chart (plan, monday (), last, RP_EXPORT_CHART_PNG, 800, 300, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (png, &size);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  /* IHDR: one row of 300 plus a 28-pixel title per week. */
  g_assert_cmpuint (be32 (data + 16), ==, 800);
  g_assert_cmpuint (be32 (data + 20), ==, 3 * (300 + 28));

  /* One week: exactly the `chart` command's image, no title. */
  png_week = rp_export_chart (plan, monday () + 2, monday () + 4, RP_EXPORT_CHART_PNG, 640, 200, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (png_week, &size);
  g_assert_cmpuint (be32 (data + 16), ==, 640);
  g_assert_cmpuint (be32 (data + 20), ==, 200);

  svg = rp_export_chart (plan, monday (), last, RP_EXPORT_CHART_SVG, 800, 300, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (svg, &size);
  g_assert_cmpuint (size, >, 1000);
  g_assert_nonnull (g_strstr_len ((const char *) data, MIN (size, 200), "<svg"));

  pdf = rp_export_chart (plan, monday (), last, RP_EXPORT_CHART_PDF, 800, 300, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (pdf, &size);
  g_assert_cmpmem (data, 5, "%PDF-", 5);
  /* Three weeks fit on one page of four. */
  g_assert_cmpuint (count ((const char *) data, size, "/Type /Page\n") +
                    count ((const char *) data, size, "/Type /Page "), ==, 1);
}

/* A PDF has a page per four weeks; a PNG or SVG of more than a season is
 * refused, not a 20,000-pixel image. */
static void
test_chart_long (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (monday (), 60);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL, png = NULL, svg = NULL;
  const char *data;
  gsize size;

  rp_planner_fill (plan);
  rp_planner_analyze (plan);
  pdf = rp_export_chart (plan, monday (), rp_plan_get_end (plan), RP_EXPORT_CHART_PDF, 800, 300, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (pdf, &size);
  g_assert_cmpuint (count (data, size, "/Type /Page\n") + count (data, size, "/Type /Page "), ==, 15);

  png = rp_export_chart (plan, monday (), rp_plan_get_end (plan), RP_EXPORT_CHART_PNG, 800, 300, &error);
  g_assert_null (png);
  g_assert_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_RANGE);
  g_clear_error (&error);
  svg = rp_export_chart (plan, monday (), monday () + 70, RP_EXPORT_CHART_SVG, 800, 4000, &error);
  g_assert_null (svg);
  g_assert_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_RANGE);
}

static void
test_range_checks (void)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_export_check_range (plan, monday (), monday (), NULL));
  g_assert_false (rp_export_check_range (plan, monday () + 2, monday () + 1, &error));
  g_assert_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_RANGE);
  g_clear_error (&error);
  g_assert_false (rp_export_check_range (plan, monday () - 1, monday (), &error));
  g_assert_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "2027-03-22 to 2027-04-11"));
}

/* ---- The CLI ------------------------------------------------------------ */

static char *
fixture_path (CliFixture *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static void
write_plan (CliFixture *fixture,
            RpPlan     *plan)
{
  g_autoptr(GBytes) bytes = rp_plan_file_serialize (plan);
  g_autofree char *path = fixture_path (fixture, "plan.json");

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
}

static GBytes *
read_file (CliFixture *fixture,
           const char *name)
{
  g_autofree char *path = fixture_path (fixture, name);
  g_autofree char *contents = NULL;
  gsize size;

  if (!g_file_get_contents (path, &contents, &size, NULL))
    return NULL;
  return g_bytes_new_take (g_steal_pointer (&contents), size);
}

static void
expect (CliFixture *fixture,
        CliResult  *result,
        int         status,
        const char *in_out,
        const char *in_err)
{
  if (result->status != status)
    g_error ("exit %d, expected %d\nstdout: %s\nstderr: %s", result->status, status,
             result->out, result->err);
  if (in_out != NULL && strstr (result->out, in_out) == NULL)
    g_error ("stdout lacks “%s”: %s", in_out, result->out);
  if (in_err != NULL && strstr (result->err, in_err) == NULL)
    g_error ("stderr lacks “%s”: %s", in_err, result->err);
}

/* Each format from the CLI, the same bytes as the core's; the plan is
 * left byte for byte as it was. */
static void
test_cli_formats (CliFixture    *fixture,
                  gconstpointer  data)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GBytes) before = NULL, after = NULL, csv = NULL, json = NULL, core_json = NULL;
  static const struct { const char *format, *out, *magic; } charts[] = {
    { "png", "c.png", "\x89PNG" },
    { "svg", "c.svg", "<?xml" },
    { "pdf", "c.pdf", "%PDF-" },
  };

  write_plan (fixture, plan);
  before = read_file (fixture, "plan.json");

  {
    g_autoptr(CliResult) r = run_cli (fixture, "export", "plan.json", "--format", "csv", "-o", "out.csv");

    expect (fixture, r, 0, "written to out.csv", NULL);
  }
  csv = read_file (fixture, "out.csv");
  {
    g_autoptr(GBytes) core = rp_export_csv (plan, rp_plan_get_start (plan), rp_plan_get_end (plan));

    g_assert_true (g_bytes_equal (csv, core));
  }

  {
    g_autoptr(CliResult) r = run_cli (fixture, "export", "plan.json", "-o", "range.json",
                                      "--from", "2027-03-25", "--to", "2027-03-31");

    expect (fixture, r, 0, "2027-03-25 to 2027-03-31", NULL);
  }
  json = read_file (fixture, "range.json");
  core_json = rp_export_json (plan, monday () + 3, monday () + 9);
  g_assert_true (g_bytes_equal (json, core_json));

  for (guint i = 0; i < G_N_ELEMENTS (charts); i++)
    {
      g_autoptr(CliResult) r = run_cli (fixture, "export", "plan.json", "--format", charts[i].format,
                                        "-o", charts[i].out, "--size", "400x200");
      g_autoptr(GBytes) bytes = NULL;

      expect (fixture, r, 0, charts[i].out, NULL);
      bytes = read_file (fixture, charts[i].out);
      g_assert_nonnull (bytes);
      g_assert_cmpuint (g_bytes_get_size (bytes), >, 100);
      g_assert_cmpmem (g_bytes_get_data (bytes, NULL), strlen (charts[i].magic),
                       charts[i].magic, strlen (charts[i].magic));
    }

  after = read_file (fixture, "plan.json");
  g_assert_true (g_bytes_equal (before, after));
}

/* One FIT file per workout that is not rest, each read back whole. */
static void
test_cli_fit (CliFixture    *fixture,
              gconstpointer  data)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(CliResult) r = NULL;
  g_autofree char *folder = fixture_path (fixture, "NewFiles");
  guint expected = 0, found = 0;

  write_plan (fixture, plan);
  r = run_cli (fixture, "export", "plan.json", "--format", "fit", "-o", "NewFiles",
               "--from", "2027-03-22", "--to", "2027-04-04");
  expect (fixture, r, 0, "FIT workouts written to NewFiles", NULL);

  for (RpDate date = monday (); date <= monday () + 13; date++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
      {
        RpWorkout *workout = rp_plan_get_workout (plan, date, i);
        g_autofree char *name = NULL;
        g_autofree char *relative = NULL;
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(FitFile) file = NULL;
        g_autoptr(GError) error = NULL;
        guint64 n_steps = 0;

        if (rp_workout_get_kind (workout) == RP_KIND_REST)
          continue;
        expected++;
        name = g_strdup_printf ("%s-%s.fit", rp_date_to_iso (date, (char[RP_DATE_ISO_LEN]) { 0 }),
                                rp_kind_to_name (rp_workout_get_kind (workout)));
        relative = g_build_filename ("NewFiles", name, NULL);
        bytes = read_file (fixture, relative);
        g_assert_nonnull (bytes);
        file = fit_decode (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
        g_assert_no_error (error);
        g_assert_true (fit_message_get_uint (fit_file_find (file, 26, 0), 6, &n_steps));
        g_assert_cmpuint (n_steps, ==, fit_file_count (file, 27));
      }

  {
    g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);

    while (g_dir_read_name (dir) != NULL)
      found++;
  }
  g_assert_cmpuint (found, ==, expected);
  g_assert_cmpuint (expected, >, 10);
}

/* A step the watch cannot take: exit 1, the workout named, nothing
 * written. */
static void
test_cli_fit_refused (CliFixture    *fixture,
                      gconstpointer  data)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpWorkout) bad = rp_workout_new (RP_KIND_TEMPO);
  static const RpStep both = { 1, 1000, 300, RP_ZONE_THRESHOLD, -1, -1 };
  g_autoptr(CliResult) r = NULL;
  g_autofree char *folder = fixture_path (fixture, "out");

  rp_workout_add_step (bad, &both);
  g_assert_nonnull (rp_planner_place (plan, monday () + 17, bad, NULL));
  write_plan (fixture, plan);
  r = run_cli (fixture, "export", "plan.json", "--format", "fit", "-o", "out");
  expect (fixture, r, 1, NULL, "plan.json: cannot export to FIT: 2027-04-08 tempo, step 1:");
  g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
}

static void
test_cli_errors (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GBytes) before = NULL, after = NULL;
  static const struct
  {
    int         status;
    const char *in_err;
    const char *args[12];
  } cases[] = {
    { 2, "-o OUT", { "export", "plan.json", "--format", "csv" } },
    { 2, "unknown format “xls” (csv, json, ics, fit, png, svg or pdf)", { "export", "plan.json", "--format", "xls", "-o", "a.xls" } },
    { 2, "--format is required: OUT does not end in .csv, .json, .ics, .png, .svg or .pdf", { "export", "plan.json", "-o", "a.txt" } },
    { 2, "--format is required", { "export", "plan.json", "-o", "folder" } },
    { 2, "malformed date", { "export", "plan.json", "-o", "a.csv", "--from", "2027-3-1" } },
    { 2, "malformed size", { "export", "plan.json", "-o", "a.png", "--size", "0x10" } },
    { 2, "--size", { "export", "plan.json", "-o", "a.csv", "--size", "10x10" } },
    { 2, "missing argument", { "export", "-o", "a.csv" } },
    { 2, "unexpected argument", { "export", "plan.json", "b.json", "-o", "a.csv" } },
    { 1, "plan.json: the range ends before it starts", { "export", "plan.json", "-o", "a.csv", "--from", "2027-04-01", "--to", "2027-03-30" } },
    { 1, "plan.json: the range is not inside the plan (2027-03-22 to 2027-04-11)", { "export", "plan.json", "-o", "a.csv", "--from", "2027-01-01" } },
    { 1, "outside the years", { "export", "plan.json", "-o", "a.csv", "--to", "2300-01-01" } },
    { 1, "missing.json", { "export", "missing.json", "-o", "a.csv" } },
    { 1, "plan.json: is the plan being exported", { "export", "plan.json", "--format", "json", "-o", "plan.json" } },
    { 1, "./plan.json: is the plan being exported", { "export", "plan.json", "--format", "json", "-o", "./plan.json" } },
    { 1, "no-such-dir/a.csv: cannot write the export: No such file or directory", { "export", "plan.json", "-o", "no-such-dir/a.csv" } },
    { 1, "cannot write the FIT files: No such file or directory", { "export", "plan.json", "--format", "fit", "-o", "no-such-dir/fit" } },
  };

  write_plan (fixture, plan);
  before = read_file (fixture, "plan.json");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(CliResult) r = run_cliv (fixture->dir, NULL, (const char **) cases[i].args);

      g_test_message ("case %u", i);
      expect (fixture, r, cases[i].status, NULL, cases[i].in_err);
      g_assert_cmpstr (r->out, ==, "");
    }
  after = read_file (fixture, "plan.json");
  g_assert_true (g_bytes_equal (before, after));

  {
    g_autoptr(CliResult) r = run_cli (fixture, "export", "--help");

    expect (fixture, r, 0, "run-planner-cli export", NULL);
    g_assert_nonnull (strstr (r->out, "--format"));
  }
}

/* The plan is only read: exporting while another program holds the
 * plan's lock (an edit in progress) neither waits nor fails, and leaves
 * nothing beside the plan. */
static void
test_cli_read_only (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autofree char *path = fixture_path (fixture, "plan.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  g_autoptr(CliResult) r = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  write_plan (fixture, plan);
  lock = rp_plan_lock_acquire (file, NULL, &error);
  g_assert_no_error (error);
  r = run_cli (fixture, "export", "plan.json", "-o", "out.csv");
  expect (fixture, r, 0, "written", NULL);
  g_clear_pointer (&lock, rp_plan_lock_release);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_assert_true (g_str_equal (name, "plan.json") || g_str_equal (name, "out.csv"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/csv/header", test_csv_header);
  g_test_add_func ("/export/csv/round-trip", test_csv_round_trip);
  g_test_add_func ("/export/csv/range", test_csv_range);
  g_test_add_func ("/export/csv/python", test_csv_python);
  g_test_add_func ("/export/json/range", test_json_range);
  g_test_add_func ("/export/json/whole", test_json_whole);
  g_test_add_func ("/export/chart/formats", test_chart_formats);
  g_test_add_func ("/export/chart/long", test_chart_long);
  g_test_add_func ("/export/range-checks", test_range_checks);
  CLI_TEST_ADD ("/export/cli/formats", test_cli_formats);
  CLI_TEST_ADD ("/export/cli/fit", test_cli_fit);
  CLI_TEST_ADD ("/export/cli/fit-refused", test_cli_fit_refused);
  CLI_TEST_ADD ("/export/cli/errors", test_cli_errors);
  CLI_TEST_ADD ("/export/cli/read-only", test_cli_read_only);

  return g_test_run ();
}
