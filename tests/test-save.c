/* test-save.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What a save keeps (issue 8, items 7 and 12): a symbolic link stays a
 * link and its target is saved; the mode and owner of the plan stay; a
 * file name with a colon is a file name. */

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"
#include "rp-atomic-file.h"
#include "rp-date.h"
#include "rp-plan-file.h"

#define NOBODY 65534

static char *tmp_dir;

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static RpPlan *
make_plan (guint n_weeks)
{
  RpDate start;

  g_assert_true (rp_date_parse_iso ("2026-03-02", &start));
  return rp_plan_new (start, n_weeks);
}

static void
save (RpPlan     *plan,
      const char *path,
      const char *etag,
      gboolean    overwrite)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_plan_file_save (plan, file, etag, overwrite, NULL, NULL, &error));
  g_assert_no_error (error);
}

static RpPlan *
load (const char  *path,
      char       **out_etag)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  RpPlan *plan = rp_plan_file_load (file, out_etag, NULL, &error);

  g_assert_no_error (error);
  return plan;
}

static void
assert_link_to (const char *path,
                const char *target)
{
  g_autofree char *read = g_file_read_link (path, NULL);
  GStatBuf st;

  g_assert_cmpint (g_lstat (path, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpstr (read, ==, target);
}

static guint
n_weeks_at (const char *path)
{
  g_autoptr(RpPlan) plan = load (path, NULL);

  return rp_plan_get_n_weeks (plan);
}

/* Saving through a link replaces its target, through a chain of links
 * and a relative one in another directory; the links stay links. */
static void
test_symlink (void)
{
  g_autofree char *dir = tmp_path ("links");
  g_autofree char *sub = g_build_filename (dir, "real", NULL);
  g_autofree char *real = g_build_filename (sub, "plan.json", NULL);
  g_autofree char *link = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *chain = g_build_filename (dir, "chain.json", NULL);
  g_autoptr(RpPlan) first = make_plan (2);
  g_autoptr(RpPlan) second = make_plan (3);
  g_autoptr(RpPlan) third = make_plan (4);
  g_autoptr(RpPlan) loaded = NULL;
  g_autofree char *etag = NULL;

  g_assert_cmpint (g_mkdir_with_parents (sub, 0755), ==, 0);
  save (first, real, NULL, FALSE);
  g_assert_cmpint (symlink ("real/plan.json", link), ==, 0);
  g_assert_cmpint (symlink ("plan.json", chain), ==, 0);

  loaded = load (link, &etag);
  save (second, link, etag, FALSE);
  assert_link_to (link, "real/plan.json");
  g_assert_cmpuint (n_weeks_at (real), ==, 3);

  g_clear_pointer (&etag, g_free);
  g_clear_object (&loaded);
  loaded = load (chain, &etag);
  save (third, chain, etag, FALSE);
  assert_link_to (chain, "plan.json");
  assert_link_to (link, "real/plan.json");
  g_assert_cmpuint (n_weeks_at (real), ==, 4);
}

/* A link to a plan not written yet: the save creates the target. */
static void
test_symlink_dangling (void)
{
  g_autofree char *link = tmp_path ("ahead.json");
  g_autofree char *target = tmp_path ("later.json");
  g_autoptr(RpPlan) plan = make_plan (2);

  g_assert_cmpint (symlink ("later.json", link), ==, 0);
  save (plan, link, NULL, FALSE);
  assert_link_to (link, "later.json");
  g_assert_cmpuint (n_weeks_at (target), ==, 2);
}

static guint
mode_of (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

/* A private plan stays private; a new plan gets 0666 less the umask. */
static void
test_mode (void)
{
  static const guint modes[] = { 0600, 0640, 0664, 0604 };
  g_autofree char *path = tmp_path ("mode.json");
  g_autofree char *fresh = tmp_path ("fresh.json");
  g_autoptr(RpPlan) plan = make_plan (2);
  mode_t old_umask;

  save (plan, path, NULL, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autofree char *etag = NULL;
      g_autoptr(RpPlan) loaded = NULL;

      g_assert_cmpint (g_chmod (path, modes[i]), ==, 0);
      loaded = load (path, &etag);
      save (loaded, path, etag, FALSE);
      g_assert_cmpuint (mode_of (path), ==, modes[i]);
    }

  old_umask = umask (027);
  save (plan, fresh, NULL, FALSE);
  umask (old_umask);
  g_assert_cmpuint (mode_of (fresh), ==, 0640);
}

/* Root saving another user's plan leaves it theirs. */
static void
test_owner (void)
{
  g_autofree char *path = tmp_path ("owner.json");
  g_autoptr(RpPlan) plan = make_plan (2);
  g_autoptr(RpPlan) loaded = NULL;
  g_autofree char *etag = NULL;
  GStatBuf st;

  if (getuid () != 0)
    {
      g_test_skip ("needs root to give the file away");
      return;
    }
  save (plan, path, NULL, FALSE);
  g_assert_cmpint (chown (path, NOBODY, NOBODY), ==, 0);
  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  loaded = load (path, &etag);
  save (loaded, path, etag, FALSE);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_uid, ==, NOBODY);
  g_assert_cmpuint (st.st_gid, ==, NOBODY);
  g_assert_cmpuint (st.st_mode & 07777, ==, 0600);
}

/* The etag a save returns is the one the next load reads, so the app's
 * next save is not refused as "changed on disk". */
static void
test_etag (void)
{
  g_autofree char *path = tmp_path ("etag.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpPlan) plan = make_plan (2);
  g_autoptr(RpPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved_etag = NULL;
  g_autofree char *loaded_etag = NULL;
  g_autofree char *again = NULL;

  g_assert_true (rp_plan_file_save (plan, file, NULL, FALSE, &saved_etag, NULL, &error));
  g_assert_no_error (error);
  loaded = load (path, &loaded_etag);
  g_assert_cmpstr (saved_etag, ==, loaded_etag);
  g_assert_true (rp_plan_file_save (plan, file, saved_etag, FALSE, &again, NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (again);
}

/* Saving onto what is not a regular file says so and changes nothing. */
static void
test_not_regular (void)
{
  g_autofree char *dir = tmp_path ("a-dir.json");
  g_autofree char *expected = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(RpPlan) plan = make_plan (1);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  file = g_file_new_for_path (dir);
  g_assert_false (rp_plan_file_save (plan, file, NULL, TRUE, NULL, NULL, &error));
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_IO);
  expected = g_strdup_printf ("%s: cannot save: %s", dir, g_strerror (EISDIR));
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (g_file_test (dir, G_FILE_TEST_IS_DIR));
}

/* rp_atomic_file_resolve follows links, missing files and all. */
static void
test_resolve (void)
{
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *real_tmp = rp_atomic_file_resolve (tmp_dir, NULL);
  g_autofree char *missing = g_build_filename (real_tmp, "none", "x.json", NULL);
  g_autofree char *loop = tmp_path ("loop.json");
  g_autoptr(GError) error = NULL;
  char *resolved;

  g_assert_nonnull (real_tmp);
  g_assert_cmpint (symlink ("loop.json", loop), ==, 0);
  resolved = rp_atomic_file_resolve (loop, &error);
  g_assert_null (resolved);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS);
  g_clear_error (&error);

  resolved = rp_atomic_file_resolve (missing, &error);
  g_assert_null (resolved);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, g_strerror (ENOENT));
  g_clear_error (&error);

  g_assert_cmpint (g_chdir (tmp_dir), ==, 0);
  resolved = rp_atomic_file_resolve ("not-yet.json", &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (resolved, real_tmp));
  g_assert_true (g_str_has_suffix (resolved, "/not-yet.json"));
  g_free (resolved);
  g_assert_cmpint (g_chdir (cwd), ==, 0);
}

/* ---- through the CLI ---------------------------------------------------- */

#define cli_ok(dir, ...) do { \
    g_autofree char *err_ = NULL; \
    int status_ = run_cli_quiet ((dir), (const char *[]) { __VA_ARGS__, NULL }, NULL, NULL, &err_); \
    if (status_ != 0) \
      g_error ("exit %d: %s", status_, err_); \
  } while (0)

/* "a:b.json" is a file, not a URI of the scheme "a" ("Operation not
 * supported"); a real URI still works. */
static void
test_cli_colon (void)
{
  g_autofree char *dir = tmp_path ("colon");
  g_autofree char *plan = g_build_filename (dir, "a:b.json", NULL);
  g_autofree char *chart = g_build_filename (dir, "c:d.png", NULL);
  g_autofree char *uri = NULL;

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  uri = g_filename_to_uri (plan, NULL, NULL);
  cli_ok (dir, "new", "a:b.json", "--start", "2026-03-02", "--weeks", "2");
  g_assert_true (g_file_test (plan, G_FILE_TEST_IS_REGULAR));
  cli_ok (dir, "add", "a:b.json", "2026-03-03", "tempo");
  cli_ok (dir, "move", "a:b.json", "2026-03-03", "2026-03-04");
  cli_ok (dir, "show", "a:b.json");
  cli_ok (dir, "validate", "a:b.json", uri);
  cli_ok (dir, "chart", "a:b.json", "--week", "2026-03-02", "-o", "c:d.png");
  g_assert_true (g_file_test (chart, G_FILE_TEST_IS_REGULAR));
  cli_ok (dir, "fill", uri);
}

/* The CLI's edits go through the link too, and keep the mode. */
static void
test_cli_symlink_mode (void)
{
  g_autofree char *dir = tmp_path ("cli-links");
  g_autofree char *real = g_build_filename (dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (dir, "plan.json", NULL);
  g_autofree char *chart = g_build_filename (dir, "week.png", NULL);

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  cli_ok (dir, "new", "real.json", "--start", "2026-03-02", "--weeks", "2");
  g_assert_cmpint (g_chmod (real, 0600), ==, 0);
  g_assert_cmpint (symlink ("real.json", link), ==, 0);
  cli_ok (dir, "add", "plan.json", "2026-03-03", "tempo");
  cli_ok (dir, "fill", "plan.json");
  assert_link_to (link, "real.json");
  g_assert_cmpuint (mode_of (real), ==, 0600);

  /* A chart replaced keeps its mode too. */
  cli_ok (dir, "chart", "plan.json", "--week", "2026-03-02", "-o", "week.png");
  g_assert_cmpint (g_chmod (chart, 0640), ==, 0);
  cli_ok (dir, "chart", "plan.json", "--week", "2026-03-02", "-o", "week.png");
  g_assert_cmpuint (mode_of (chart), ==, 0640);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  tmp_dir = g_dir_make_tmp ("test-save-XXXXXX", NULL);
  g_assert_nonnull (tmp_dir);

  g_test_add_func ("/save/symlink", test_symlink);
  g_test_add_func ("/save/symlink-dangling", test_symlink_dangling);
  g_test_add_func ("/save/mode", test_mode);
  g_test_add_func ("/save/owner", test_owner);
  g_test_add_func ("/save/etag", test_etag);
  g_test_add_func ("/save/not-regular", test_not_regular);
  g_test_add_func ("/save/resolve", test_resolve);
  g_test_add_func ("/save/cli/colon", test_cli_colon);
  g_test_add_func ("/save/cli/symlink-mode", test_cli_symlink_mode);

  status = g_test_run ();
  remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
