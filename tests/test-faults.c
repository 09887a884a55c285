/* test-faults.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Saving when the disk is full. A file-size limit (RLIMIT_FSIZE) makes
 * every write past it fail with EFBIG, as a full disk fails with ENOSPC:
 * the write of the new plan stops halfway. The old file must survive
 * byte for byte, the CLI must say which file could not be saved, and no
 * half-written temporary file may be left beside it. */

#include "config.h"

#include <signal.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"
#include "rp-plan-file.h"

typedef struct
{
  char *dir;
  char *plan;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = make_tmp_dir ("rp-faults-XXXXXX");
  fixture->plan = g_build_filename (fixture->dir, "plan.json", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->plan);
}

static void
limit_file_size (gpointer user_data)
{
  struct rlimit limit;

  limit.rlim_cur = limit.rlim_max = GPOINTER_TO_SIZE (user_data);
  /* Without this the kernel kills the writer with SIGXFSZ instead of
   * failing the write, which is the crash test's business, not this one's. */
  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &limit);
}

/* Runs the CLI under a file-size limit (0: none); returns its exit
 * status, and its stderr. */
static int
run_cli_capped (const char * const *args,
                gsize               file_size_limit,
                char              **out_stderr)
{
  return run_cli_quiet (NULL, args, file_size_limit > 0 ? limit_file_size : NULL,
                        GSIZE_TO_POINTER (file_size_limit), out_stderr);
}

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (dir != NULL && g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

static void
test_full_disk_keeps_old_file (Fixture       *fixture,
                               gconstpointer  data)
{
  const char *new_args[] = { "new", fixture->plan, "--start", "2026-11-23", "--weeks", "52", NULL };
  const char *add_args[] = { "add", fixture->plan, "2026-11-24", "intervals", NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *errors = NULL;
  gsize before_len, after_len;

  g_assert_cmpint (run_cli_capped (new_args, 0, NULL), ==, 0);
  g_assert_true (g_file_get_contents (fixture->plan, &before, &before_len, NULL));
  g_assert_cmpuint (before_len, >, 64 * 1024);

  /* Room for a third of the new plan only. */
  g_assert_cmpint (run_cli_capped (add_args, before_len / 3, &errors), ==, 1);
  g_test_message ("stderr: %s", errors);
  g_assert_nonnull (strstr (errors, "plan.json"));

  g_assert_true (g_file_get_contents (fixture->plan, &after, &after_len, NULL));
  g_assert_cmpmem (before, before_len, after, after_len);
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);

  /* With room again, the same edit goes through. */
  g_assert_cmpint (run_cli_capped (add_args, 0, NULL), ==, 0);
}

static void
test_full_disk_on_new_file (Fixture       *fixture,
                            gconstpointer  data)
{
  const char *new_args[] = { "new", fixture->plan, "--start", "2026-11-23", "--weeks", "52", NULL };
  g_autofree char *errors = NULL;

  g_assert_cmpint (run_cli_capped (new_args, 4096, &errors), ==, 1);
  g_assert_nonnull (strstr (errors, "plan.json"));
  g_assert_false (g_file_test (fixture->plan, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (fixture->dir), ==, 0);
}

/* A chart that fails to write (issue 8, item 9) keeps the good image it
 * was to replace: g_file_replace_contents () renamed the truncated one
 * over it. PNG is encoded in one go, SVG streamed by cairo: both. */
static void
test_full_disk_chart (Fixture       *fixture,
                      gconstpointer  data)
{
  const char *new_args[] = { "new", fixture->plan, "--start", "2026-11-23", "--weeks", "4", NULL };
  const char *extensions[] = { "png", "svg" };

  g_assert_cmpint (run_cli_capped (new_args, 0, NULL), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (extensions); i++)
    {
      g_autofree char *name = g_strdup_printf ("week.%s", extensions[i]);
      g_autofree char *out = g_build_filename (fixture->dir, name, NULL);
      const char *small_args[] = { "chart", fixture->plan, "--week", "2026-11-24", "-o", out,
                                   "--size", "400x150", NULL };
      const char *big_args[] = { "chart", fixture->plan, "--week", "2026-11-24", "-o", out,
                                 "--size", "1600x600", NULL };
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *errors = NULL;
      gsize before_len, after_len;

      g_assert_cmpint (run_cli_capped (small_args, 0, NULL), ==, 0);
      g_assert_true (g_file_get_contents (out, &before, &before_len, NULL));

      /* The bigger image does not fit under a limit the smaller one does. */
      g_assert_cmpint (run_cli_capped (big_args, before_len + 16, &errors), ==, 1);
      g_test_message ("stderr: %s", errors);
      g_assert_nonnull (strstr (errors, "cannot write the chart"));
      g_assert_true (g_file_get_contents (out, &after, &after_len, NULL));
      g_assert_cmpmem (before, before_len, after, after_len);
      /* The plan and the image: no temporary file left. */
      g_assert_cmpuint (count_files (fixture->dir), ==, 2);
      g_assert_cmpint (g_unlink (out), ==, 0);

      /* A new image that cannot be written leaves none. */
      g_clear_pointer (&errors, g_free);
      g_assert_cmpint (run_cli_capped (big_args, before_len + 16, &errors), ==, 1);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (count_files (fixture->dir), ==, 1);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/faults/full-disk/keeps-old-file", Fixture, NULL,
              fixture_set_up, test_full_disk_keeps_old_file, fixture_tear_down);
  g_test_add ("/faults/full-disk/new-file", Fixture, NULL,
              fixture_set_up, test_full_disk_on_new_file, fixture_tear_down);
  g_test_add ("/faults/full-disk/chart", Fixture, NULL,
              fixture_set_up, test_full_disk_chart, fixture_tear_down);

  return g_test_run ();
}
