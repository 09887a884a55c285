/* bench-export.c
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

/* Export times of the 10-year plan (issue 11: all exports of a 10-year
 * plan within 1 s): each format in memory through the core, median of
 * several runs, and their sum against the target; then the CLI writing
 * every format to files, process start and plan load included, once.
 * A PNG or SVG holds a season at most (rp-export.h), so those two draw
 * the plan's last 52 weeks; the PDF draws all 520. Prints figures and
 * exits 0. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <glib/gstdio.h>

#include "bench-util.h"
#include "rp-export.h"
#include "rp-fit.h"
#include "rp-plan-file.h"
#include "rp-planner.h"

#define TARGET_ALL_S 1.0

static gboolean quick = FALSE;

typedef GBytes *(*ExportFunc) (RpPlan *plan);

/* The FIT files of every workout but rest, in memory. */
static GBytes *
export_fit (RpPlan *plan)
{
  gsize total = 0;

  for (RpDate date = rp_plan_get_start (plan); date <= rp_plan_get_end (plan); date++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
      {
        RpWorkout *workout = rp_plan_get_workout (plan, date, i);
        g_autoptr(GBytes) bytes = NULL;

        if (!rp_fit_exports_workout (workout))
          continue;
        bytes = rp_fit_encode_workout (plan, workout, 1800000000, NULL);
        g_assert (bytes != NULL);
        total += g_bytes_get_size (bytes);
      }
  return g_bytes_new (&total, sizeof total);
}

static GBytes *
export_csv (RpPlan *plan)
{
  return rp_export_csv (plan, rp_plan_get_start (plan), rp_plan_get_end (plan));
}

static GBytes *
export_json (RpPlan *plan)
{
  return rp_export_json (plan, rp_plan_get_start (plan), rp_plan_get_end (plan));
}

static GBytes *
export_chart (RpPlan              *plan,
              RpExportChartFormat  format,
              guint                n_weeks)
{
  RpDate last = rp_plan_get_end (plan);
  g_autoptr(GError) error = NULL;
  GBytes *bytes = rp_export_chart (plan, last + 1 - 7 * n_weeks, last, format, 800, 300, &error);

  if (bytes == NULL)
    g_error ("%s", error->message);
  return bytes;
}

static GBytes *
export_pdf (RpPlan *plan)
{
  return export_chart (plan, RP_EXPORT_CHART_PDF, rp_plan_get_n_weeks (plan));
}

static GBytes *
export_png (RpPlan *plan)
{
  return export_chart (plan, RP_EXPORT_CHART_PNG, 52);
}

static GBytes *
export_svg (RpPlan *plan)
{
  return export_chart (plan, RP_EXPORT_CHART_SVG, 52);
}

/* This process's CPU time in seconds: on a machine shared with other
 * work, the wall time says more about the neighbours. */
static double
cpu_now_s (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* The median wall time; *out_cpu_s the median CPU time. */
static double
bench_export (RpPlan     *plan,
              ExportFunc  func,
              guint       full,
              gsize      *out_size,
              double     *out_cpu_s)
{
  guint n = quick ? 2 : full;
  g_autofree double *samples = g_new (double, n);
  g_autofree double *cpu = g_new (double, n);

  for (guint i = 0; i < n; i++)
    {
      double t0 = bench_now_s (), c0 = cpu_now_s ();
      g_autoptr(GBytes) bytes = func (plan);

      samples[i] = bench_now_s () - t0;
      cpu[i] = cpu_now_s () - c0;
      *out_size = g_bytes_get_size (bytes);
    }
  *out_cpu_s = bench_median (cpu, n);
  return bench_median (samples, n);
}

/* run-planner-cli export FILE --format F -o OUT for every format: wall
 * time of the six runs, once. */
static void
bench_cli (const char *dir,
           const char *plan_path)
{
  static const char * const formats[] = { "csv", "json", "fit", "png", "svg", "pdf" };
  const char *cli = g_getenv ("RP_CLI");
  double total = 0;

  if (cli == NULL)
    {
      printf ("export-cli-all-formats: not measured (RP_CLI is not set)\n");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *out = g_strdup_printf ("%s/out.%s", dir, formats[i]);
      gboolean image = g_str_equal (formats[i], "png") || g_str_equal (formats[i], "svg");
      const char *argv[] = { cli, "export", plan_path, "--format", formats[i], "-o", out,
                             image ? "--from" : NULL, "2035-01-01", NULL };
      g_autoptr(GError) error = NULL;
      int status;
      double t0 = bench_now_s ();

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                         NULL, NULL, &status, &error) ||
          !g_spawn_check_wait_status (status, &error))
        {
          printf ("export-cli-all-formats: not measured (%s: %s)\n", formats[i], error->message);
          return;
        }
      total += bench_now_s () - t0;
    }
  printf ("export-cli-all-formats: %.0f ms (six runs of run-planner-cli export, each loading "
          "the plan; PNG and SVG from 2035-01-01) (information)\n", total * 1e3);
  fflush (stdout);
}

/* Everything bench_cli and main wrote under dir, and dir. */
static void
remove_outputs (const char *dir)
{
  static const char * const files[] = {
    "out.csv", "out.json", "out.png", "out.svg", "out.pdf", "plan.json",
  };
  g_autofree char *fit = g_build_filename (dir, "out.fit", NULL);
  g_autoptr(GDir) fit_dir = g_dir_open (fit, 0, NULL);
  const char *name;

  while (fit_dir != NULL && (name = g_dir_read_name (fit_dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (fit, name, NULL);

      g_unlink (file);
    }
  g_rmdir (fit);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *file = g_build_filename (dir, files[i], NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

static const GOptionEntry entries[] = {
  { "quick", 'q', 0, G_OPTION_ARG_NONE, &quick, "Fewer iterations (a smoke run)", NULL },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  static const struct
  {
    const char *name;
    ExportFunc  func;
    guint       runs;
    const char *what;
  } benches[] = {
    { "export-csv-520-weeks", export_csv, 9, "every workout" },
    { "export-json-520-weeks", export_json, 9, "the whole plan as a range" },
    { "export-fit-520-weeks", export_fit, 9, "one FIT file per workout but rest, in memory" },
    { "export-pdf-520-weeks", export_pdf, 5, "130 pages of 4 week charts" },
    { "export-png-52-weeks", export_png, 5, "a season: the most an image holds" },
    { "export-svg-52-weeks", export_svg, 5, "a season" },
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("- export benchmarks");
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  double total = 0, total_cpu = 0;
  double load[3];

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  plan = bench_ten_year_plan ();
  rp_planner_fill (plan);
  rp_planner_analyze (plan);

  printf ("# exports of the 10-year plan (%u weeks)%s\n", rp_plan_get_n_weeks (plan),
          quick ? " (quick run)" : "");
  if (getloadavg (load, G_N_ELEMENTS (load)) == G_N_ELEMENTS (load))
    printf ("# load average: %.2f %.2f %.2f on %u cores\n", load[0], load[1], load[2],
            g_get_num_processors ());
  for (guint i = 0; i < G_N_ELEMENTS (benches); i++)
    {
      gsize size = 0;
      double cpu_s = 0;
      double seconds = bench_export (plan, benches[i].func, benches[i].runs, &size, &cpu_s);

      total += seconds;
      total_cpu += cpu_s;
      printf ("%s: %.2f ms (CPU %.2f ms; %s; %zu bytes) (information)\n", benches[i].name,
              seconds * 1e3, cpu_s * 1e3, benches[i].what, size);
      fflush (stdout);
    }
  printf ("export-all-formats: %.2f ms (CPU %.2f ms) (target <= %.2f ms) %s\n", total * 1e3,
          total_cpu * 1e3, TARGET_ALL_S * 1e3, total <= TARGET_ALL_S ? "ok" : "OVER");
  /* The exports run on one thread in memory: on a quiet machine the wall
   * time is the CPU time; on a busy one the wall time also counts the
   * waits for a core, so both are judged (the load average says which
   * to read). */
  printf ("export-all-formats-cpu: %.2f ms (target <= %.2f ms) %s\n", total_cpu * 1e3,
          TARGET_ALL_S * 1e3, total_cpu <= TARGET_ALL_S ? "ok" : "OVER");
  fflush (stdout);

  dir = g_dir_make_tmp ("rp-bench-export-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "plan.json", NULL);
  bytes = rp_plan_file_serialize (plan);
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    g_error ("%s", error->message);
  bench_cli (dir, path);

  remove_outputs (dir);
  return 0;
}
