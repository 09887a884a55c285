/* test-document.c
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

/* RpDocument headless: loading (bad files, the latest read wins), the
 * debounced autosave, failed saves, a save refused because the file
 * changed on disk, Keep Mine, the watch on the file and Save As. */

#include "config.h"

#include <glib/gstdio.h>
#include <unistd.h>
#include <utime.h>

#include "cli-test-util.h"
#include "rp-date.h"
#include "rp-document.h"
#include "rp-plan-file.h"
#include "rp-planner.h"

typedef struct
{
  char       *dir;
  char       *path;   /* plan.json, four filled weeks */
  GFile      *file;
  RpDocument *document;
  RpDate      start;
  guint       n_saved;
  guint       n_failed;
  guint       n_disk_changed;
  GError     *failure;  /* of the last "save-failed" */
  gboolean    failure_shown;
} Fixture;

static RpPlan *
filled_plan (RpDate start)
{
  RpPlan *plan = rp_plan_new (start, 4);

  rp_planner_fill (plan);

  return plan;
}

static void
write_plan (RpPlan     *plan,
            const char *path)
{
  g_autoptr(GBytes) bytes = rp_plan_file_serialize (plan);

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      (gssize) g_bytes_get_size (bytes), NULL));
}

static char *
read_bytes (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

static gboolean
fail_timeout_cb (gpointer user_data)
{
  g_error ("timed out waiting for %s", (const char *) user_data);

  return G_SOURCE_REMOVE;
}

static gboolean
not_busy (Fixture *fixture)
{
  return !rp_document_get_busy (fixture->document);
}

/* The 30 s cap is for a hung test, not a timing assertion. */
static void
wait_idle (Fixture *fixture)
{
  guint id = g_timeout_add_seconds (30, fail_timeout_cb, (gpointer) "the document to be idle");

  while (!not_busy (fixture))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);
}

static void
on_saved_cb (RpDocument *document,
             GFile      *file,
             gboolean    shown,
             Fixture    *fixture)
{
  fixture->n_saved++;
}

static void
on_save_failed_cb (RpDocument *document,
                   GFile      *file,
                   gboolean    shown,
                   GError     *error,
                   Fixture    *fixture)
{
  fixture->n_failed++;
  g_clear_error (&fixture->failure);
  fixture->failure = g_error_copy (error);
  fixture->failure_shown = shown;
}

static void
on_disk_changed_cb (RpDocument *document,
                    Fixture    *fixture)
{
  fixture->n_disk_changed++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(RpPlan) plan = NULL;

  fixture->dir = make_tmp_dir ("test-document-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "plan.json", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
  fixture->start = rp_date_from_ymd (2027, 6, 14);
  plan = filled_plan (fixture->start);
  write_plan (plan, fixture->path);

  fixture->document = rp_document_new ();
  g_signal_connect (fixture->document, "saved", G_CALLBACK (on_saved_cb), fixture);
  g_signal_connect (fixture->document, "save-failed", G_CALLBACK (on_save_failed_cb), fixture);
  g_signal_connect (fixture->document, "disk-changed", G_CALLBACK (on_disk_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  wait_idle (fixture);
  g_assert_finalize_object (fixture->document);
  g_clear_error (&fixture->failure);
  g_object_unref (fixture->file);
  g_free (fixture->path);
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
on_loaded_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **error = user_data;

  if (!rp_document_load_finish (RP_DOCUMENT (object), result, error) && *error == NULL)
    g_assert_not_reached ();
  g_object_set_data (object, "test-done", GINT_TO_POINTER (1));
}

static void
load (Fixture  *fixture,
      GFile    *file,
      GError  **error)
{
  gboolean done = FALSE;

  g_object_set_data (G_OBJECT (fixture->document), "test-done", NULL);
  rp_document_load_async (fixture->document, file, on_loaded_cb, error);
  while (!done)
    {
      g_main_context_iteration (NULL, TRUE);
      done = g_object_get_data (G_OBJECT (fixture->document), "test-done") != NULL;
    }
}

static void
load_ok (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  load (fixture, fixture->file, &error);
  g_assert_no_error (error);
  wait_idle (fixture);
}

/* One undoable edit: a tempo on the plan's third day. */
static void
edit (Fixture *fixture)
{
  RpHistory *history = rp_document_get_history (fixture->document);
  g_autoptr(RpWorkout) template_ = rp_workout_new (RP_KIND_TEMPO);

  rp_history_begin (history, "Add Tempo");
  g_assert_nonnull (rp_planner_place (rp_history_get_plan (history), fixture->start + 2,
                                      template_, NULL));
  rp_history_commit (history);
}

/* What another program does: writes its own plan, with another etag
 * (an mtime no save of ours has). */
static void
other_program_writes (Fixture *fixture)
{
  g_autoptr(RpPlan) plan = filled_plan (fixture->start + 7);
  struct utimbuf times = { 1000000000, 1000000000 };

  write_plan (plan, fixture->path);
  g_assert_cmpint (g_utime (fixture->path, &times), ==, 0);
}

static void
test_load_ok (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *before = read_bytes (fixture->path);
  g_autofree char *after = NULL;

  load_ok (fixture);
  g_assert_nonnull (rp_document_get_plan (fixture->document));
  g_assert_cmpuint (rp_plan_get_start (rp_document_get_plan (fixture->document)), ==,
                    fixture->start);
  g_assert_true (rp_history_get_plan (rp_document_get_history (fixture->document))
                 == rp_document_get_plan (fixture->document));
  g_assert_true (g_file_equal (rp_document_get_file (fixture->document), fixture->file));
  g_assert_cmpstr (rp_document_get_title (fixture->document), ==, "plan.json");
  g_assert_false (rp_document_get_modified (fixture->document));
  g_assert_false (rp_document_get_can_undo (fixture->document));
  g_assert_false (rp_document_get_changed_on_disk (fixture->document));
  g_assert_cmpint (rp_document_get_state (fixture->document), ==, RP_DOCUMENT_STATE_IDLE);

  /* Loading writes nothing. */
  after = read_bytes (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (fixture->n_saved, ==, 0);
}

/* A broken file: the error names FILE:LINE:COL, the file is left as it
 * was and the document keeps what it showed. */
static void
test_load_bad (Fixture       *fixture,
               gconstpointer  data)
{
  const char *broken = "{\n  \"format\": \"run-planner-plan\",\n  \"version\": 1,\n  oops\n}\n";
  g_autofree char *bad_path = g_build_filename (fixture->dir, "bad.json", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *prefix = NULL;
  RpPlan *shown;

  load_ok (fixture);
  shown = rp_document_get_plan (fixture->document);
  g_assert_true (g_file_set_contents (bad_path, broken, -1, NULL));

  load (fixture, bad, &error);
  g_assert_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_SYNTAX);
  prefix = g_strdup_printf ("%s:4:3: ", bad_path);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  after = read_bytes (bad_path);
  g_assert_cmpstr (after, ==, broken);
  g_assert_true (rp_document_get_plan (fixture->document) == shown);
  g_assert_true (g_file_equal (rp_document_get_file (fixture->document), fixture->file));
}

typedef struct
{
  gboolean  done;
  RpPlan   *plan;
  GError   *error;
} Read;

static void
on_read_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  Read *read = user_data;

  read->plan = rp_document_read_finish (RP_DOCUMENT (object), result, NULL, &read->error);
  read->done = TRUE;
}

/* Two reads: the first, still running, ends cancelled; the second's
 * plan is the one returned. */
static void
test_latest_read_wins (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *b_path = g_build_filename (fixture->dir, "b.json", NULL);
  g_autoptr(GFile) b = g_file_new_for_path (b_path);
  g_autoptr(RpPlan) b_plan = filled_plan (fixture->start + 70);
  Read first = { FALSE, NULL, NULL };
  Read second = { FALSE, NULL, NULL };

  write_plan (b_plan, b_path);
  rp_document_read_async (fixture->document, fixture->file, on_read_cb, &first);
  rp_document_read_async (fixture->document, b, on_read_cb, &second);
  while (!first.done || !second.done)
    g_main_context_iteration (NULL, TRUE);

  g_assert_null (first.plan);
  g_assert_error (first.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_no_error (second.error);
  g_assert_true (RP_IS_PLAN (second.plan));
  g_assert_cmpuint (rp_plan_get_start (second.plan), ==, fixture->start + 70);
  /* Reading shows nothing. */
  g_assert_null (rp_document_get_plan (fixture->document));
  g_clear_error (&first.error);
  g_clear_object (&second.plan);
}

/* An edit is written once, after the debounce, with the history state
 * it had: the document is no longer modified and the file has it. */
static void
test_autosave (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(RpPlan) on_disk = NULL;
  g_autoptr(GError) error = NULL;

  load_ok (fixture);
  edit (fixture);
  g_assert_true (rp_document_get_modified (fixture->document));
  g_assert_true (rp_document_get_can_undo (fixture->document));
  g_assert_cmpint (rp_document_get_state (fixture->document), ==,
                   RP_DOCUMENT_STATE_SAVE_PENDING);
  g_assert_true (rp_document_get_busy (fixture->document));

  edit (fixture);   /* a burst: one save */
  wait_idle (fixture);
  g_assert_cmpuint (fixture->n_saved, ==, 1);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_assert_false (rp_document_get_modified (fixture->document));
  g_assert_cmpint (rp_document_get_state (fixture->document), ==, RP_DOCUMENT_STATE_IDLE);

  on_disk = rp_plan_file_load (fixture->file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (rp_plan_equal (on_disk, rp_document_get_plan (fixture->document)));
}

static void
on_save_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GError **error = user_data;

  if (rp_document_save_finish (RP_DOCUMENT (object), result, error))
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "saved");
}

/* rp_document_save_async, waiting for its result: NULL error means it
 * has not ended yet, "saved" (G_IO_ERROR_EXISTS) that it landed. */
static GError *
save (Fixture *fixture)
{
  GError *error = NULL;
  guint id = g_timeout_add_seconds (30, fail_timeout_cb, (gpointer) "a save");

  rp_document_save_async (fixture->document, on_save_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);

  return error;
}

/* A save that fails (a read-only folder; for root, a folder that is a file):
 * "save-failed" names the file and why, the edit stays unsaved, the
 * file as it was; a later save lands. */
static void
test_save_error (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) saved = NULL;
  g_autofree char *before = read_bytes (fixture->path);
  g_autofree char *after = NULL;

  load_ok (fixture);
  edit (fixture);
  if (geteuid () == 0)
    {
      g_autofree char *blocker = g_build_filename (fixture->dir, "not-a-dir", NULL);
      g_autofree char *inside = g_build_filename (blocker, "plan.json", NULL);
      g_autoptr(GFile) file = g_file_new_for_path (inside);

      /* Root writes read-only files: a path under a regular file fails for anyone. */
      g_assert_true (g_file_set_contents (blocker, "", 0, NULL));
      rp_document_save_as_async (fixture->document, file, NULL, NULL);
      wait_idle (fixture);
      g_assert_cmpuint (fixture->n_failed, ==, 1);
      g_assert_true (fixture->failure_shown);
      g_assert_true (g_str_has_prefix (fixture->failure->message, inside));
      g_assert_true (rp_document_get_modified (fixture->document));
      return;
    }

  g_assert_cmpint (g_chmod (fixture->dir, 0555), ==, 0);
  saved = save (fixture);
  g_assert_cmpint (g_chmod (fixture->dir, 0755), ==, 0);
  g_assert_false (g_error_matches (saved, G_IO_ERROR, G_IO_ERROR_EXISTS));
  g_assert_cmpuint (fixture->n_failed, ==, 1);
  g_assert_true (fixture->failure_shown);
  g_assert_true (g_str_has_prefix (fixture->failure->message, fixture->path));
  g_assert_true (rp_document_get_modified (fixture->document));
  after = read_bytes (fixture->path);
  g_assert_cmpstr (after, ==, before);

  g_clear_error (&saved);
  saved = save (fixture);
  g_assert_error (saved, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_false (rp_document_get_modified (fixture->document));
}

/* Another program wrote the file: our save is refused, changed-on-disk
 * turns on; Keep Mine stops the saves there (the other version stays),
 * and Save As writes elsewhere and clears it. */
static void
test_changed_on_disk (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *theirs = NULL;
  g_autofree char *after = NULL;
  g_autofree char *mine_path = g_build_filename (fixture->dir, "mine.json", NULL);
  g_autoptr(GFile) mine = g_file_new_for_path (mine_path);
  g_autoptr(GError) saved = NULL;
  g_autoptr(RpPlan) on_disk = NULL;

  load_ok (fixture);
  other_program_writes (fixture);
  theirs = read_bytes (fixture->path);
  edit (fixture);
  saved = save (fixture);
  g_assert_error (saved, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_CHANGED);
  g_assert_true (rp_document_get_changed_on_disk (fixture->document));
  g_assert_cmpuint (fixture->n_failed, ==, 1);
  g_assert_error (fixture->failure, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_CHANGED);

  rp_document_keep_mine (fixture->document);
  g_assert_cmpint (rp_document_get_state (fixture->document), ==, RP_DOCUMENT_STATE_BLOCKED);
  edit (fixture);
  /* Blocked: no autosave is pending, nothing is written. */
  g_assert_cmpint (rp_document_get_state (fixture->document), ==, RP_DOCUMENT_STATE_BLOCKED);
  wait_idle (fixture);
  g_clear_error (&saved);
  saved = save (fixture);
  g_assert_error (saved, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_CHANGED);
  after = read_bytes (fixture->path);
  g_assert_cmpstr (after, ==, theirs);
  g_assert_cmpuint (fixture->n_failed, ==, 1);

  rp_document_save_as_async (fixture->document, mine, NULL, NULL);
  wait_idle (fixture);
  g_assert_false (rp_document_get_changed_on_disk (fixture->document));
  g_assert_false (rp_document_get_modified (fixture->document));
  g_assert_cmpstr (rp_document_get_title (fixture->document), ==, "mine.json");
  g_assert_cmpint (rp_document_get_state (fixture->document), ==, RP_DOCUMENT_STATE_IDLE);
  on_disk = rp_plan_file_load (mine, NULL, NULL, NULL);
  g_assert_true (rp_plan_equal (on_disk, rp_document_get_plan (fixture->document)));
}

/* The watch on the file: another program's write, with no save of ours
 * to find it, is reported once; after Keep Mine, not again for that
 * same version. */
static void
test_watch (Fixture       *fixture,
            gconstpointer  data)
{
  gboolean changed = FALSE;

  load_ok (fixture);
  other_program_writes (fixture);
  while (fixture->n_disk_changed == 0)
    g_main_context_iteration (NULL, TRUE);
  changed = rp_document_get_changed_on_disk (fixture->document);
  g_assert_true (changed);
  g_assert_cmpuint (fixture->n_disk_changed, ==, 1);

  rp_document_keep_mine (fixture->document);
  wait_idle (fixture);
  g_assert_cmpuint (fixture->n_disk_changed, ==, 1);
}

/* A new plan at a file that does not exist yet: the first save creates
 * it; set at an existing file with no etag, it is refused, not
 * overwritten (the chooser did not ask). */
static void
test_create (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *new_path = g_build_filename (fixture->dir, "new.json", NULL);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(RpPlan) plan = filled_plan (fixture->start);
  g_autoptr(RpPlan) other = filled_plan (fixture->start + 7);
  g_autoptr(GError) saved = NULL;
  g_autofree char *before = read_bytes (fixture->path);
  g_autofree char *after = NULL;

  rp_document_set_plan (fixture->document, plan, new_file, NULL);
  saved = save (fixture);
  g_assert_error (saved, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_true (g_file_test (new_path, G_FILE_TEST_EXISTS));

  rp_document_set_plan (fixture->document, other, fixture->file, NULL);
  g_clear_error (&saved);
  saved = save (fixture);
  g_assert_false (g_error_matches (saved, G_IO_ERROR, G_IO_ERROR_EXISTS));
  after = read_bytes (fixture->path);
  g_assert_cmpstr (after, ==, before);

  /* No file: nothing to save to. */
  rp_document_set_plan (fixture->document, other, NULL, NULL);
  g_assert_null (rp_document_get_title (fixture->document));
  g_clear_error (&saved);
  saved = save (fixture);
  g_assert_error (saved, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

#define DOC_TEST_ADD(path, func) \
  g_test_add ((path), Fixture, NULL, fixture_set_up, (func), fixture_tear_down)

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  DOC_TEST_ADD ("/document/load/ok", test_load_ok);
  DOC_TEST_ADD ("/document/load/bad-file", test_load_bad);
  DOC_TEST_ADD ("/document/load/latest-wins", test_latest_read_wins);
  DOC_TEST_ADD ("/document/save/autosave", test_autosave);
  DOC_TEST_ADD ("/document/save/error", test_save_error);
  DOC_TEST_ADD ("/document/save/changed-on-disk", test_changed_on_disk);
  DOC_TEST_ADD ("/document/watch", test_watch);
  DOC_TEST_ADD ("/document/save/create", test_create);

  return g_test_run ();
}
