/* cli-test-util.h
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

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A temporary directory of the test's own, named after the program. */
typedef struct
{
  char *dir;
} CliFixture;

void        cli_fixture_set_up   (CliFixture    *fixture,
                                  gconstpointer  data);
/* Removes the directory and everything in it. */
void        cli_fixture_tear_down (CliFixture   *fixture,
                                   gconstpointer data);

#define CLI_TEST_ADD(path, func) \
  g_test_add ((path), CliFixture, NULL, cli_fixture_set_up, (func), cli_fixture_tear_down)

/* What a run of the CLI gave: its exit status, stdout and stderr. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} CliResult;

void        cli_result_free      (CliResult     *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliResult, cli_result_free)

/* $RP_CLI, the run-planner-cli under test; fails if it is unset. */
const char *cli_path             (void);

/* g_dir_make_tmp (tmpl), failing the test if it cannot. */
char       *make_tmp_dir         (const char    *tmpl);
/* Removes path and everything under it; symlinks are not followed. */
void        remove_tree          (const char    *path);

/* Runs the CLI in dir with args; locale NULL keeps the test's own
 * (LC_ALL=C.UTF-8). */
CliResult  *run_cliv             (const char    *dir,
                                  const char    *locale,
                                  const char   **args);

#define run_cli(fixture, ...) \
  run_cliv ((fixture)->dir, NULL, (const char *[]) { __VA_ARGS__, NULL })
#define run_cli_in_locale(fixture, locale, ...) \
  run_cliv ((fixture)->dir, (locale), (const char *[]) { __VA_ARGS__, NULL })

/* Runs the CLI in dir (NULL: the test's own) with stdout thrown away,
 * child_setup run in the child before the exec; its exit status, and its
 * stderr if out_stderr is not NULL. */
int         run_cli_quiet        (const char          *dir,
                                  const char * const  *args,
                                  GSpawnChildSetupFunc child_setup,
                                  gpointer             user_data,
                                  char               **out_stderr);

G_END_DECLS
