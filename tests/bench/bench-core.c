/* bench-core.c
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

/* Speed figures of the core on a 10-year plan (520 weeks, three hard
 * workouts a week, filled): fill, one placement with its local re-fill,
 * load and save against a json-glib-only parse of the same bytes, the
 * chart of one week, and the CLI's peak RSS. Prints one line per figure
 * with its target; the figures are information, not a test, so the exit
 * status is 0 whatever they are (1 only when the benchmark cannot run). */

#define G_LOG_DOMAIN "bench-core"

#include "config.h"

#include "bench-util.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "rp-chart.h"
#include "rp-date.h"
#include "rp-plan-file.h"
#include "rp-planner.h"

#define N_WEEKS BENCH_PLAN_WEEKS

static gboolean quick = FALSE;
static char *write_plan = NULL;




static guint
iterations (guint full)
{
  return quick ? MAX (3, full / 10) : full;
}

/* "1.8 ms", "23 µs": the unit of the target, so the two read together. */
static void
format_time (double      seconds,
             double      unit_of,
             char       *buf,
             gsize       size)
{
  if (unit_of < 1e-3)
    g_snprintf (buf, size, "%.1f µs", seconds * 1e6);
  else
    g_snprintf (buf, size, "%.2f ms", seconds * 1e3);
}

static void
report_time (const char *name,
             double      seconds,
             double      target)
{
  char value[32], goal[32];

  format_time (seconds, target, value, sizeof value);
  format_time (target, target, goal, sizeof goal);
  printf ("%s: %s (target <= %s) %s\n", name, value, goal, seconds <= target ? "ok" : "OVER");
  fflush (stdout);
}

static void
report_ratio (const char *name,
              double      seconds,
              double      baseline,
              double      target_ratio)
{
  double ratio = seconds / baseline;

  printf ("%s: %.2f ms = %.2f × json-glib parse (%.2f ms) (target <= %.1f×) %s\n",
          name, seconds * 1e3, ratio, baseline * 1e3, target_ratio,
          ratio <= target_ratio ? "ok" : "OVER");
  fflush (stdout);
}

static double
bench_fill (RpPlan *unfilled)
{
  guint n = iterations (20);
  g_autofree double *samples = g_new (double, n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(RpPlan) plan = rp_plan_copy (unfilled);
      double t0 = bench_now_s ();

      rp_planner_fill (plan);
      samples[i] = bench_now_s () - t0;
    }
  return bench_median (samples, n);
}

/* A tempo run placed on a Wednesday (after Tuesday's intervals: it
 * replaces the engine's recovery run and re-fills the week and the
 * next), spread over the plan; removed again outside the timing. */
static double
bench_place (RpPlan *plan)
{
  guint n = iterations (2000);
  g_autofree double *samples = g_new (double, n);
  g_autoptr(RpWorkout) template = rp_workout_new (RP_KIND_TEMPO);
  RpDate start = rp_plan_get_start (plan);

  for (guint i = 0; i < n; i++)
    {
      guint week = 5 + (i * 37) % (N_WEEKS - 10);
      RpDate date = start + week * 7 + 2;
      RpWorkout *placed;
      double t0 = bench_now_s ();

      placed = rp_planner_place (plan, date, template, NULL);
      samples[i] = bench_now_s () - t0;
      g_assert_nonnull (placed);
      rp_planner_remove (plan, date, rp_plan_get_n_workouts (plan, date) - 1, NULL);
    }
  return bench_median (samples, n);
}

static double
time_json_parse (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  double t0 = bench_now_s ();

  if (!json_parser_load_from_data (parser, data, size, &error))
    g_error ("json-glib cannot parse the plan: %s", error->message);
  root = json_parser_steal_root (parser);
  return bench_now_s () - t0;
}

static double
time_load_file (GFile *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = NULL;
  double t0 = bench_now_s ();
  double elapsed;

  plan = rp_plan_file_load (file, NULL, NULL, &error);
  elapsed = bench_now_s () - t0;
  if (plan == NULL)
    g_error ("cannot load the plan: %s", error->message);
  return elapsed;
}

static double
time_load_bytes (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = NULL;
  double t0 = bench_now_s ();
  double elapsed;

  plan = rp_plan_file_load_bytes (bytes, "bench.json", &error);
  elapsed = bench_now_s () - t0;
  if (plan == NULL)
    g_error ("cannot load the plan: %s", error->message);
  return elapsed;
}

static double
time_serialize (RpPlan *plan)
{
  double t0 = bench_now_s ();
  g_autoptr(GBytes) bytes = rp_plan_file_serialize (plan);

  return bench_now_s () - t0;
}

/* An atomic save over an existing file, as autosave does it. */
static double
time_save (RpPlan  *plan,
           GFile   *file,
           char   **etag)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *new_etag = NULL;
  double t0 = bench_now_s ();
  double elapsed;

  if (!rp_plan_file_save (plan, file, *etag, TRUE, &new_etag, NULL, &error))
    g_error ("cannot save the plan: %s", error->message);
  elapsed = bench_now_s () - t0;
  g_free (*etag);
  *etag = g_steal_pointer (&new_etag);
  return elapsed;
}

enum { PARSE, LOAD_FILE, LOAD_BYTES, SAVE, SERIALIZE, N_FILE_BENCHES };

/* The file operations and the json-glib baseline take turns in one loop,
 * so a machine shared with other work slows them alike and the ratios
 * stay meaningful. */
static void
bench_files (RpPlan *plan,
             GBytes *bytes,
             GFile  *file,
             double  out_median[N_FILE_BENCHES])
{
  guint n = iterations (21);
  g_autofree double *samples = g_new (double, N_FILE_BENCHES * n);
  g_autofree char *etag = NULL;

  for (guint i = 0; i < n; i++)
    {
      samples[PARSE * n + i] = time_json_parse (bytes);
      samples[LOAD_FILE * n + i] = time_load_file (file);
      samples[LOAD_BYTES * n + i] = time_load_bytes (bytes);
      samples[SAVE * n + i] = time_save (plan, file, &etag);
      samples[SERIALIZE * n + i] = time_serialize (plan);
    }
  for (guint b = 0; b < N_FILE_BENCHES; b++)
    out_median[b] = bench_median (samples + b * n, n);
}

static double
bench_chart (RpPlan *plan)
{
  guint n = iterations (200);
  g_autofree double *samples = g_new (double, n);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, 400);
  cairo_t *cr = cairo_create (surface);
  RpChartStyle style;
  RpDate week = rp_plan_get_week_start (plan, N_WEEKS / 2);

  /* The widget keeps the plan's scale between edits (see bench_chart_scale). */
  double max_load = rp_chart_get_plan_max_load (plan);

  rp_chart_style_init_default (&style);
  for (guint i = 0; i < n; i++)
    {
      double t0;

      cairo_save (cr);
      cairo_set_operator (cr, CAIRO_OPERATOR_CLEAR);
      cairo_paint (cr);
      cairo_restore (cr);
      cairo_surface_flush (surface);

      t0 = bench_now_s ();
      rp_chart_draw_scaled (cr, plan, week, 1600, 400, max_load, &style);
      cairo_surface_flush (surface);
      samples[i] = bench_now_s () - t0;
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return bench_median (samples, n);
}

/* The chart's one scale for the whole plan: every day read once, what
 * the chart widget pays when an edit removes the plan's largest day. */
static double
bench_chart_scale (RpPlan *plan)
{
  guint n = iterations (50);
  g_autofree double *samples = g_new (double, n);
  volatile double sink = 0;

  for (guint i = 0; i < n; i++)
    {
      double t0 = bench_now_s ();

      sink += rp_chart_get_plan_max_load (plan);
      samples[i] = bench_now_s () - t0;
    }
  (void) sink;
  return bench_median (samples, n);
}

/* Peak RSS of `run-planner-cli show FILE` from the kernel's accounting of
 * the child (the same figure /usr/bin/time -f %M prints). */
static void
bench_cli_rss (const char *path)
{
  const char *cli = g_getenv ("RP_CLI");
  struct rusage usage;
  int status;
  pid_t pid;

  if (cli == NULL || !g_file_test (cli, G_FILE_TEST_IS_EXECUTABLE))
    {
      printf ("cli-show-peak-rss: not measured (set RP_CLI to run-planner-cli)\n");
      return;
    }

  pid = fork ();
  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      dup2 (null, STDOUT_FILENO);
      execl (cli, cli, "show", path, (char *) NULL);
      _exit (127);
    }
  if (wait4 (pid, &status, 0, &usage) < 0)
    g_error ("wait4: %s", g_strerror (errno));
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      printf ("cli-show-peak-rss: not measured (run-planner-cli show failed, status %d)\n",
              status);
      return;
    }
  printf ("cli-show-peak-rss: %.1f MiB (target <= 40 MiB) %s\n",
          usage.ru_maxrss / 1024.0, usage.ru_maxrss <= 40 * 1024 ? "ok" : "OVER");
  fflush (stdout);
}

static const GOptionEntry entries[] = {
  { "quick", 'q', 0, G_OPTION_ARG_NONE, &quick, "Fewer iterations (a smoke run)", NULL },
  { "write-plan", 'w', 0, G_OPTION_ARG_FILENAME, &write_plan,
    "Only write the filled 10-year plan to FILE", "FILE" },
  { NULL }
};

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- core benchmarks");
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) unfilled = NULL;
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  double files[N_FILE_BENCHES];
  double parse_s;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  unfilled = bench_ten_year_plan ();
  plan = rp_plan_copy (unfilled);
  rp_planner_fill (plan);
  bytes = rp_plan_file_serialize (plan);

  if (write_plan != NULL)
    {
      if (!g_file_set_contents (write_plan, g_bytes_get_data (bytes, NULL),
                                g_bytes_get_size (bytes), &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      g_free (write_plan);
      return 0;
    }

  dir = g_dir_make_tmp ("rp-bench-XXXXXX", &error);
  if (dir == NULL)
    g_error ("%s", error->message);
  path = g_build_filename (dir, "plan.json", NULL);
  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                            &error))
    g_error ("%s", error->message);
  file = g_file_new_for_path (path);

  printf ("# 10-year plan: %u weeks, 3 hard workouts a week, %zu bytes of JSON%s\n",
          rp_plan_get_n_weeks (plan), g_bytes_get_size (bytes), quick ? " (quick run)" : "");
  report_time ("fill-520-weeks", bench_fill (unfilled), 5e-3);
  report_time ("place-local-refill", bench_place (plan), 50e-6);

  bench_files (plan, bytes, file, files);
  parse_s = files[PARSE];
  printf ("json-glib-parse-baseline: %.2f ms (json_parser_load_from_data into a JsonNode)\n",
          parse_s * 1e3);
  report_ratio ("load-520-weeks", files[LOAD_FILE], parse_s, 1.5);
  report_ratio ("load-520-weeks-from-memory", files[LOAD_BYTES], parse_s, 1.5);
  report_ratio ("save-520-weeks", files[SAVE], parse_s, 1.5);
  report_ratio ("serialize-520-weeks", files[SERIALIZE], parse_s, 1.5);
  report_time ("chart-draw-1600x400", bench_chart (plan), 2e-3);
  printf ("chart-scale-520-weeks: %.2f ms (the plan's largest day load, every day read; "
          "the chart recomputes it only when an edit lowers its day)\n",
          bench_chart_scale (plan) * 1e3);
  bench_cli_rss (path);

  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
