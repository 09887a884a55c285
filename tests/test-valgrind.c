/* test-valgrind.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs run-planner-cli scenarios under valgrind's memcheck and asserts
 * that none of them loses a byte for good ("definitely lost: 0") and that
 * memcheck reports no invalid read, write or jump. Registered only in
 * builds without sanitizers, which cannot run under valgrind. */

#include "config.h"

#include <glib/gstdio.h>

typedef struct
{
  const char *name;
  const char *args;   /* after the CLI's path; PLAN is the scenario's plan */
  int         status; /* expected exit status of the CLI */
} Scenario;

static const Scenario scenarios[] = {
  { "new", "new PLAN --start 2026-11-23 --weeks 8 --goal marathon --volume 60km --race 10k 45:00", 0 },
  { "new-over-existing", "new PLAN --start 2026-11-23", 1 },
  { "add", "add PLAN 2026-11-24 intervals --distance 12km --notes 6x1k", 0 },
  { "add-duration", "add PLAN 2026-11-27 tempo --duration 45min", 0 },
  { "add-race", "add PLAN 2026-12-06 race --distance half", 0 },
  { "move", "move PLAN 2026-11-24 2026-11-25", 0 },
  { "move-bad-index", "move PLAN 2026-11-25 2026-11-26 --index 7", 1 },
  { "remove", "remove PLAN 2026-11-27", 0 },
  { "fill", "fill PLAN", 0 },
  { "show", "show PLAN", 0 },
  { "show-week-json", "show PLAN --week 2026-12-01 --json", 0 },
  { "validate", "validate PLAN", 0 },
  { "paces", "paces --race 5k 19:57 --json", 0 },
  { "chart-png", "chart PLAN --week 2026-11-23 -o OUT.png --size 800x300", 0 },
  { "chart-svg", "chart PLAN --week 2026-11-23 -o OUT.svg", 0 },
  { "chart-pdf", "chart PLAN --week 2026-11-23 -o OUT.pdf", 0 },
  { "bad-usage", "add PLAN not-a-date tempo", 2 },
  { "bad-file", "validate BAD", 1 },
};

typedef struct
{
  char *dir;
  char *plan;
  char *bad;
} Fixture;

static Fixture fixture;

static char *
expand (const char *args)
{
  g_autofree char *out = g_build_filename (fixture.dir, "chart", NULL);
  g_autoptr(GString) text = g_string_new (args);

  g_string_replace (text, "PLAN", fixture.plan, 0);
  g_string_replace (text, "BAD", fixture.bad, 0);
  g_string_replace (text, "OUT", out, 0);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The figure of "definitely lost: N bytes in M blocks" in the log. */
static gint64
definitely_lost (const char *log)
{
  /* Suppressed system-library blocks do not count: memcheck then prints
   * no "definitely lost" figure for ours, or 0. */
  const char *line = strstr (log, "definitely lost:");

  if (line == NULL)
    return strstr (log, "All heap blocks were freed") != NULL ? 0 : -1;

  line += strlen ("definitely lost:");
  while (*line == ' ')
    line++;

  /* Figures may carry thousands separators. */
  {
    gint64 value = 0;

    for (; g_ascii_isdigit (*line) || *line == ','; line++)
      if (*line != ',')
        value = value * 10 + (*line - '0');
    return value;
  }
}

static void
test_scenario (gconstpointer data)
{
  const Scenario *scenario = data;
  const char *cli = g_getenv ("RP_CLI");
  g_autofree char *supp = g_test_build_filename (G_TEST_DIST, "valgrind.supp", NULL);
  g_autofree char *args = expand (scenario->args);
  g_autofree char *command = NULL;
  g_autofree char *log_path = g_build_filename (fixture.dir, "valgrind.log", NULL);
  g_autofree char *log = NULL;
  g_auto(GStrv) argv = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_assert_nonnull (cli);
  command = g_strdup_printf ("valgrind --tool=memcheck --leak-check=full "
                             "--errors-for-leak-kinds=definite --error-exitcode=99 "
                             "--suppressions=%s --log-file=%s %s %s",
                             supp, log_path, cli, args);
  g_assert_true (g_shell_parse_argv (command, NULL, &argv, &error));
  g_assert_no_error (error);

  g_spawn_sync (fixture.dir, argv, NULL,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (log_path, &log, NULL, NULL));

  g_test_message ("%s: %s", scenario->name, args);
  g_assert_true (WIFEXITED (wait_status));
  if (WEXITSTATUS (wait_status) == 99)
    g_test_message ("%s", log);
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, scenario->status);
  g_assert_cmpint (definitely_lost (log), ==, 0);
  g_assert_null (strstr (log, "Invalid read"));
  g_assert_null (strstr (log, "Invalid write"));
  g_assert_null (strstr (log, "uninitialised"));
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);

  fixture.dir = g_dir_make_tmp ("rp-valgrind-XXXXXX", NULL);
  g_assert_nonnull (fixture.dir);
  fixture.plan = g_build_filename (fixture.dir, "plan.json", NULL);
  fixture.bad = g_build_filename (fixture.dir, "bad.json", NULL);
  g_assert_true (g_file_set_contents (fixture.bad, "{\"format\": \"run-planner-plan\", \"version\": 1,", -1, NULL));

  /* In order: each scenario edits the plan the one before made. */
  for (guint i = 0; i < G_N_ELEMENTS (scenarios); i++)
    {
      g_autofree char *path = g_strdup_printf ("/valgrind/cli/%02u-%s", i, scenarios[i].name);

      g_test_add_data_func (path, &scenarios[i], test_scenario);
    }

  status = g_test_run ();

  remove_dir (fixture.dir);
  g_free (fixture.dir);
  g_free (fixture.plan);
  g_free (fixture.bad);

  return status;
}
