/* cli-test-util.c
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

/* What the tests that run run-planner-cli share: a temporary directory
 * per test, and spawning the CLI. */

#include "config.h"

#include "cli-test-util.h"

#include <sys/wait.h>

#include <glib/gstdio.h>

const char *
cli_path (void)
{
  const char *path = g_getenv ("RP_CLI");

  g_assert_nonnull (path);
  return path;
}

char *
make_tmp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

void
cli_fixture_set_up (CliFixture    *fixture,
                    gconstpointer  data)
{
  g_autofree char *program = g_path_get_basename (g_get_prgname ());
  g_autofree char *tmpl = g_strconcat (program, "-XXXXXX", NULL);

  fixture->dir = make_tmp_dir (tmpl);
}

void
cli_fixture_tear_down (CliFixture    *fixture,
                       gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

void
cli_result_free (CliResult *result)
{
  g_free (result->out);
  g_free (result->err);
  g_free (result);
}

/* argv for the CLI: its path, then args; the strings are borrowed. */
static GPtrArray *
cli_argv (const char * const *args)
{
  GPtrArray *argv = g_ptr_array_new ();

  g_ptr_array_add (argv, (gpointer) cli_path ());
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  return argv;
}

CliResult *
run_cliv (const char  *dir,
          const char  *locale,
          const char **args)
{
  g_autoptr(GPtrArray) argv = cli_argv (args);
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  CliResult *result = g_new0 (CliResult, 1);
  int wait_status = 0;

  if (locale != NULL)
    envp = g_environ_setenv (envp, "LC_ALL", locale, TRUE);

  g_spawn_sync (dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
  return result;
}

int
run_cli_quiet (const char          *dir,
               const char * const  *args,
               GSpawnChildSetupFunc child_setup,
               gpointer             user_data,
               char               **out_stderr)
{
  g_autoptr(GPtrArray) argv = cli_argv (args);
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_spawn_sync (dir, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                child_setup, user_data, NULL, out_stderr, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}
