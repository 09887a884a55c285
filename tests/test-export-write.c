/* test-export-write.c
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

/* rp_export_write, which `run-planner-cli export` and the app's Export…
 * both call: the same bytes as the CLI for every format, a FIT folder,
 * the plan never written over, failures naming the file, and nothing
 * written when a workout cannot be a FIT file. */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"
#include "rp-date.h"
#include "rp-export.h"
#include "rp-fit.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-steps.h"

static RpDate
monday (void)
{
  return rp_date_from_ymd (2027, 3, 22);
}

/* Three weeks, filled, with intervals of steps on the first Tuesday. */
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
  rp_planner_fill (plan);
  return plan;
}

static char *
fixture_path (CliFixture *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static GFile *
fixture_file (CliFixture *fixture,
              const char *name)
{
  g_autofree char *path = fixture_path (fixture, name);

  return g_file_new_for_path (path);
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

/* The plan as the CLI reads it: written, then loaded back. */
static RpPlan *
write_and_load (CliFixture *fixture,
                RpPlan     *plan)
{
  g_autoptr(GBytes) bytes = rp_plan_file_serialize (plan);
  g_autofree char *path = fixture_path (fixture, "plan.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RpPlan *loaded;

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
  loaded = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  rp_planner_analyze (loaded);
  return loaded;
}

static const struct
{
  RpExportFormat format;
  const char    *name;
  const char    *file;
} formats[] = {
  { RP_EXPORT_FORMAT_CSV, "csv", "a.csv" },
  { RP_EXPORT_FORMAT_JSON, "json", "a.json" },
  { RP_EXPORT_FORMAT_PNG, "png", "a.png" },
  { RP_EXPORT_FORMAT_SVG, "svg", "a.svg" },
  { RP_EXPORT_FORMAT_PDF, "pdf", "a.pdf" },
};

/* Every one-file format: core's bytes are the CLI's, for a range and
 * for the whole plan. */
static void
test_same_as_cli (CliFixture    *fixture,
                  gconstpointer  data)
{
  g_autoptr(RpPlan) source = new_plan ();
  g_autoptr(RpPlan) plan = write_and_load (fixture, source);
  g_autoptr(GFile) plan_file = fixture_file (fixture, "plan.json");

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *core_name = g_strconcat ("core-", formats[i].file, NULL);
      g_autoptr(GFile) out = fixture_file (fixture, core_name);
      g_autoptr(GError) error = NULL;
      g_autoptr(CliResult) r = NULL;
      g_autoptr(GBytes) cli_bytes = NULL, core_bytes = NULL;
      guint n = 0;

      g_test_message ("%s", formats[i].name);
      g_assert_true (rp_export_write (plan, formats[i].format, monday () + 2, monday () + 12,
                                      NULL, plan_file, out, &n, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (n, ==, 1);
      r = run_cli (fixture, "export", "plan.json", "--format", formats[i].name,
                   "--from", "2027-03-24", "--to", "2027-04-03", "-o", formats[i].file);
      g_assert_cmpint (r->status, ==, 0);
      cli_bytes = read_file (fixture, formats[i].file);
      core_bytes = read_file (fixture, core_name);
      g_assert_nonnull (cli_bytes);
      g_assert_nonnull (core_bytes);
      g_assert_cmpuint (g_bytes_get_size (core_bytes), >, 0);
      g_assert_true (g_bytes_equal (cli_bytes, core_bytes));
    }
}

/* FIT: one file per workout in the folder, each the CLI's byte for byte
 * (SOURCE_DATE_EPOCH fixes time_created). */
static void
test_fit_folder (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autoptr(RpPlan) source = new_plan ();
  g_autoptr(RpPlan) plan = write_and_load (fixture, source);
  g_autoptr(GFile) out = fixture_file (fixture, "core-fit");
  g_autoptr(GError) error = NULL;
  g_autoptr(CliResult) r = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;
  guint n = 0, found = 0;

  g_assert_true (rp_export_write (plan, RP_EXPORT_FORMAT_FIT, monday (), monday () + 6, NULL,
                                  NULL, out, &n, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, >, 3);
  r = run_cli (fixture, "export", "plan.json", "--format", "fit", "--from", "2027-03-22",
               "--to", "2027-03-28", "-o", "cli-fit");
  g_assert_cmpint (r->status, ==, 0);

  dir = g_dir_open (g_file_peek_path (out), 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *core_name = g_build_filename ("core-fit", name, NULL);
      g_autofree char *cli_name = g_build_filename ("cli-fit", name, NULL);
      g_autoptr(GBytes) core_bytes = read_file (fixture, core_name);
      g_autoptr(GBytes) cli_bytes = read_file (fixture, cli_name);

      g_assert_true (g_str_has_suffix (name, ".fit"));
      g_assert_nonnull (cli_bytes);
      g_assert_true (g_bytes_equal (core_bytes, cli_bytes));
      found++;
    }
  g_assert_cmpuint (found, ==, n);
}

/* Never over the plan's own file, also through a symbolic link; the
 * plan stays as it was. */
static void
test_not_over_plan (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autoptr(RpPlan) source = new_plan ();
  g_autoptr(RpPlan) plan = write_and_load (fixture, source);
  g_autoptr(GFile) plan_file = fixture_file (fixture, "plan.json");
  g_autoptr(GFile) link = fixture_file (fixture, "link.json");
  g_autoptr(GBytes) before = read_file (fixture, "plan.json");
  g_autoptr(GBytes) after = NULL;
  GFile *outs[] = { plan_file, link };

  g_assert_true (g_file_make_symbolic_link (link, "plan.json", NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (outs); i++)
    {
      g_autoptr(GFile) failed = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_false (rp_export_write (plan, RP_EXPORT_FORMAT_JSON, monday (), monday () + 3,
                                       NULL, plan_file, outs[i], NULL, &failed, &error));
      g_assert_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_SAME_FILE);
      g_assert_true (g_file_equal (failed, outs[i]));
    }
  after = read_file (fixture, "plan.json");
  g_assert_true (g_bytes_equal (before, after));
}

/* A write that fails names the file and says why; nothing is left. */
static void
test_write_failure (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(GFile) out = fixture_file (fixture, "no-such-dir/a.csv");
  g_autoptr(GFile) folder = fixture_file (fixture, "no-such-dir/fit");
  g_autoptr(GFile) failed = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (rp_export_write (plan, RP_EXPORT_FORMAT_CSV, monday (), monday () + 3, NULL,
                                   NULL, out, NULL, &failed, &error));
  g_assert_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_WRITE);
  g_assert_cmpstr (error->message, ==, "cannot write the export: No such file or directory");
  g_assert_true (g_file_equal (failed, out));

  g_clear_object (&failed);
  g_clear_error (&error);
  g_assert_false (rp_export_write (plan, RP_EXPORT_FORMAT_FIT, monday (), monday () + 3, NULL,
                                   NULL, folder, NULL, &failed, &error));
  g_assert_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_WRITE);
  g_assert_cmpstr (error->message, ==, "cannot write the FIT files: No such file or directory");
  g_assert_true (g_file_equal (failed, folder));
}

/* Errors of the plan name no file: a range outside it, a workout FIT
 * cannot take (and then no folder is made). */
static void
test_plan_errors (CliFixture    *fixture,
                  gconstpointer  data)
{
  g_autoptr(RpPlan) plan = new_plan ();
  g_autoptr(RpWorkout) bad = rp_workout_new (RP_KIND_TEMPO);
  static const RpStep both = { 1, 1000, 300, RP_ZONE_THRESHOLD, -1, -1 };
  g_autoptr(GFile) out = fixture_file (fixture, "a.csv");
  g_autoptr(GFile) folder = fixture_file (fixture, "fit");
  g_autoptr(GFile) failed = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (rp_export_write (plan, RP_EXPORT_FORMAT_CSV, monday () - 1, monday () + 3,
                                   NULL, NULL, out, NULL, &failed, &error));
  g_assert_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_RANGE);
  g_assert_null (failed);
  g_assert_false (g_file_query_exists (out, NULL));

  g_clear_error (&error);
  rp_workout_add_step (bad, &both);
  g_assert_nonnull (rp_planner_place (plan, monday () + 3, bad, NULL));
  g_assert_false (rp_export_write (plan, RP_EXPORT_FORMAT_FIT, monday (), monday () + 6, NULL,
                                   NULL, folder, NULL, &failed, &error));
  g_assert_error (error, RP_FIT_ERROR, RP_FIT_ERROR_UNSUPPORTED);
  g_assert_true (g_str_has_prefix (error->message, "cannot export to FIT: 2027-03-25 tempo"));
  g_assert_null (failed);
  g_assert_false (g_file_query_exists (folder, NULL));
}

/* A one-file output made elsewhere (an iCalendar file) is written as
 * the others: atomically, never over the plan. */
static void
test_output_new_file (CliFixture    *fixture,
                      gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("BEGIN:VCALENDAR\r\n", 17);
  g_autoptr(RpExportOutput) output = rp_export_output_new_file (bytes);
  g_autoptr(GFile) out = fixture_file (fixture, "a.ics");
  g_autoptr(GBytes) written = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (rp_export_output_is_folder (output));
  g_assert_cmpuint (rp_export_output_get_n_files (output), ==, 1);
  g_assert_null (rp_export_output_get_name (output, 0));
  g_assert_true (rp_export_output_write (output, out, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  written = read_file (fixture, "a.ics");
  g_assert_true (g_bytes_equal (written, bytes));
  g_assert_false (rp_export_output_write (output, out, out, NULL, NULL, &error));
  g_assert_error (error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_SAME_FILE);
}

int
main (int    argc,
      char **argv)
{
  /* The FIT files' time_created, in this process and the CLI it runs. */
  g_setenv ("SOURCE_DATE_EPOCH", "1800000000", TRUE);
  g_test_init (&argc, &argv, NULL);

  CLI_TEST_ADD ("/export-write/same-as-cli", test_same_as_cli);
  CLI_TEST_ADD ("/export-write/fit-folder", test_fit_folder);
  CLI_TEST_ADD ("/export-write/not-over-plan", test_not_over_plan);
  CLI_TEST_ADD ("/export-write/write-failure", test_write_failure);
  CLI_TEST_ADD ("/export-write/plan-errors", test_plan_errors);
  CLI_TEST_ADD ("/export-write/output-new-file", test_output_new_file);

  return g_test_run ();
}
