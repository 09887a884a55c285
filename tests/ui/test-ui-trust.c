/* test-ui-trust.c
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

/* No edit may be lost, and a plan is never written unasked (issue 8):
 * signals save the pending edit, one instance per session, browsing
 * changes nothing, and the reload dialog says what each choice loses. */

#include "config.h"

#include <adwaita.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "rp-application.h"
#include "rp-date.h"
#include "rp-history.h"
#include "rp-kind.h"
#include "rp-month-view.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-ui-util.h"
#include "rp-week-view.h"
#include "rp-window.h"
#include "ui-test-util.h"

/* Helpers */

static char *
read_bytes (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

static gboolean
wait_idle (RpWindow *window)
{
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && rp_window_is_busy (window); i++)
    wait_ms (10);

  return !rp_window_is_busy (window);
}

static void
remove_dir (char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_chmod (file, 0644);
      g_unlink (file);
    }
  g_rmdir (dir);
  g_free (dir);
}

/* A temporary folder, removed with its files at the end of the scope. */
typedef char char_dir;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (char_dir, remove_dir)

/* "Today" for one test; the program's own comes back at its end. */
typedef struct
{
  RpDate saved;
} TodayGuard;

static TodayGuard
set_today (int year,
           int month,
           int day)
{
  TodayGuard guard = { rp_date_today () };

  rp_date_set_today_for_testing (rp_date_from_ymd (year, month, day));

  return guard;
}

static void
restore_today (TodayGuard *guard)
{
  rp_date_set_today_for_testing (guard->saved);
}

/* A window on file, opened as Open… does, shown and laid out. */
static RpWindow *
open_window_on (GFile *file)
{
  RpWindow *window = rp_window_new (NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  rp_window_open (window, file);
  g_assert_true (wait_idle (window));
  g_assert_nonnull (rp_window_get_plan (window));
  gtk_window_present (GTK_WINDOW (window));
  wait_until_laid_out (rp_week_view_get_day_widget (rp_window_get_week_view (window), 0));

  return window;
}

static void
close_all (RpWindow *window)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (l->data != (gpointer) window)
      gtk_window_destroy (GTK_WINDOW (l->data));
  g_list_free (toplevels);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate (3);
}

static void
activate (RpWindow   *window,
          const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
}

static GtkWidget *
find_extend_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)),
                        "plan.extend-to") == 0)
        return child;
      if ((found = find_extend_button (child)) != NULL)
        return found;
    }

  return NULL;
}

static void
assert_description (GtkWidget  *widget,
                    const char *prefix)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "rp-a11y-description");

  g_assert_nonnull (text);
  if (!g_str_has_prefix (text, prefix))
    g_error ("description “%s” does not start with “%s”", text, prefix);
}

/* Every day's warnings, to see that browsing changed none. */
static GArray *
all_warnings (RpPlan *plan)
{
  GArray *warnings = g_array_new (FALSE, FALSE, sizeof (guint));
  RpDate end = rp_plan_get_end (plan);

  for (RpDate date = rp_plan_get_start (plan); date <= end; date++)
    {
      guint mask = rp_plan_get_day_warnings (plan, date);

      g_array_append_val (warnings, mask);
    }

  return warnings;
}

/* Browsing: viewing changes nothing. */

/* A 16-week 2019 plan, read-only: paging far past both ends, "today" and
 * the month view neither grow it nor write it. */
static void
test_browse_changes_nothing (void)
{
  TodayGuard today = set_today (2027, 6, 16);
  g_autoptr(char_dir) dir = g_dir_make_tmp ("rp-trust-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "2019.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RpDate start = rp_date_from_ymd (2019, 1, 7);
  g_autoptr(RpPlan) plan = filled_plan (start, 16);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GArray) warnings_before = NULL;
  g_autoptr(GArray) warnings_after = NULL;
  RpWindow *window;
  RpWeekView *week_view;
  RpPlan *shown;
  GtkWidget *button;

  write_plan (plan, path);
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  before = read_bytes (path);
  window = open_window_on (file);
  shown = rp_window_get_plan (window);
  week_view = rp_window_get_week_view (window);
  warnings_before = all_warnings (shown);

  /* Today is not in the plan: it opens on its first week. */
  g_assert_cmpuint (rp_window_get_week_start (window), ==, start);
  button = find_extend_button (GTK_WIDGET (week_view));
  g_assert_nonnull (button);
  g_assert_false (gtk_widget_is_visible (button));

  /* Past its end: shown as outside, with "Extend", and a summary and a
   * chart that claim nothing. */
  for (guint i = 0; i < 20; i++)
    activate (window, "week.next");
  iterate (3);
  g_assert_cmpuint (rp_window_get_week_start (window), ==, start + 20 * 7);
  g_assert_true (gtk_widget_has_css_class (rp_week_view_get_day_widget (week_view, 0),
                                           "outside-plan"));
  assert_description (rp_week_view_get_day_widget (week_view, 3), "Outside the plan");
  g_assert_true (gtk_widget_is_visible (button));
  assert_label (rp_week_view_get_summary (week_view),
                "Week summary: this week is outside the plan");
  if (rp_window_get_chart (window) != NULL)
    assert_label (rp_window_get_chart (window), "Intensity chart: this week is outside the plan");

  /* Before its start, today's week, and months on either side. */
  for (guint i = 0; i < 40; i++)
    activate (window, "week.previous");
  activate (window, "week.today");
  g_assert_cmpuint (rp_window_get_week_start (window), ==,
                    rp_date_week_start (rp_date_today (), G_DATE_MONDAY));
  g_assert_true (gtk_widget_has_css_class (rp_week_view_get_day_widget (week_view, 2),
                                           "outside-plan"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "month"));
  iterate (3);
  g_assert_true (gtk_widget_has_css_class (
                   rp_month_view_get_day_widget (rp_window_get_month_view (window),
                                                 rp_date_today ()),
                   "outside-plan"));
  rp_window_show_week (window, start + 14);
  iterate (3);
  g_assert_false (gtk_widget_has_css_class (
                    rp_month_view_get_day_widget (rp_window_get_month_view (window), start + 14),
                    "outside-plan"));
  for (guint i = 0; i < 4; i++)
    activate (window, "week.previous");
  for (guint i = 0; i < 12; i++)
    activate (window, "week.next");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.view", "s", "week"));

  /* Past the autosave delay: nothing to save, nothing said. */
  wait_ms (1300);
  g_assert_true (wait_idle (window));
  g_assert_true (rp_window_get_plan (window) == shown);
  g_assert_cmpuint (rp_plan_get_start (shown), ==, start);
  g_assert_cmpuint (rp_plan_get_n_workouts (shown, start), >, 0);
  g_assert_cmpuint (rp_plan_get_n_weeks (shown), ==, 16);
  g_assert_false (rp_history_can_undo (rp_window_get_history (window)));
  g_assert_null (rp_window_get_last_message (window));
  warnings_after = all_warnings (shown);
  g_assert_cmpmem (warnings_before->data, warnings_before->len * sizeof (guint),
                   warnings_after->data, warnings_after->len * sizeof (guint));
  after = read_bytes (path);
  g_assert_cmpstr (after, ==, before);

  close_all (window);
  restore_today (&today);
}

/* A plan that starts after today opens on its first week; "today" shows
 * today's week as outside, and no week is added in front. */
static void
test_browse_future_plan (void)
{
  TodayGuard today = set_today (2026, 12, 9);
  g_autoptr(char_dir) dir = g_dir_make_tmp ("rp-trust-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "future.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  RpDate start = rp_date_from_ymd (2027, 3, 1);
  g_autoptr(RpPlan) plan = filled_plan (start, 8);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  RpWindow *window;

  write_plan (plan, path);
  before = read_bytes (path);
  window = open_window_on (file);
  g_assert_cmpuint (rp_window_get_week_start (window), ==, start);

  activate (window, "week.today");
  g_assert_cmpuint (rp_window_get_week_start (window), ==, rp_date_from_ymd (2026, 12, 7));
  g_assert_true (gtk_widget_has_css_class (
                   rp_week_view_get_day_widget (rp_window_get_week_view (window), 2),
                   "outside-plan"));
  g_assert_true (gtk_widget_is_visible (
                   find_extend_button (GTK_WIDGET (rp_window_get_week_view (window)))));

  wait_ms (1300);
  g_assert_true (wait_idle (window));
  g_assert_cmpuint (rp_plan_get_start (rp_window_get_plan (window)), ==, start);
  g_assert_cmpuint (rp_plan_get_n_weeks (rp_window_get_plan (window)), ==, 8);
  after = read_bytes (path);
  g_assert_cmpstr (after, ==, before);

  close_all (window);
  restore_today (&today);
}

/* "Extend the plan to here": one click, one undoable edit, filled weeks. */
static void
test_extend_button (void)
{
  TodayGuard today = set_today (2027, 6, 16);
  RpDate start = rp_date_from_ymd (2027, 6, 14);
  g_autoptr(RpPlan) plan = filled_plan (start, 4);
  RpWindow *window = rp_window_new (NULL);
  RpWeekView *week_view = rp_window_get_week_view (window);
  RpHistory *history;
  GtkWidget *button;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  rp_window_set_plan (window, plan, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_laid_out (rp_week_view_get_day_widget (week_view, 0));
  history = rp_window_get_history (window);
  button = find_extend_button (GTK_WIDGET (week_view));

  /* Three weeks past the end. */
  rp_window_show_week (window, start + 6 * 7);
  iterate (3);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 4);
  g_assert_true (gtk_widget_is_visible (button));
  g_signal_emit_by_name (button, "clicked");
  iterate (3);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 7);
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Extend the Plan");
  for (RpDate date = start + 4 * 7; date <= rp_plan_get_end (plan); date += 7)
    g_assert_cmpuint (rp_plan_get_n_workouts (plan, date + 3), >, 0);   /* filled */
  g_assert_false (gtk_widget_is_visible (button));
  g_assert_false (gtk_widget_has_css_class (rp_week_view_get_day_widget (week_view, 0),
                                            "outside-plan"));
  g_assert_cmpuint (rp_week_view_get_n_cards (week_view, 3), >, 0);

  g_assert_true (rp_history_undo (history));
  iterate (3);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 4);
  g_assert_true (gtk_widget_is_visible (button));
  g_assert_true (rp_history_redo (history));
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 7);

  /* Two weeks before the start. */
  rp_window_show_week (window, start - 2 * 7 + 4);
  iterate (3);
  g_assert_true (gtk_widget_is_visible (button));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpuint (rp_plan_get_start (plan), ==, start - 2 * 7);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 9);
  g_assert_true (rp_history_undo (history));
  g_assert_cmpuint (rp_plan_get_start (plan), ==, start);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 7);

  close_all (window);
  restore_today (&today);
}

/* A drop or an add outside the plan grows it as part of that edit: its
 * undo shrinks the plan back, and undoing a later edit never shrinks
 * what an earlier one grew. */
static void
test_edit_grows_in_its_step (void)
{
  TodayGuard today = set_today (2027, 6, 16);
  RpDate start = rp_date_from_ymd (2027, 6, 14);
  g_autoptr(RpPlan) plan = filled_plan (start, 4);
  RpWindow *window = rp_window_new (NULL);
  RpHistory *history;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  rp_window_set_plan (window, plan, NULL, NULL);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_laid_out (rp_week_view_get_day_widget (rp_window_get_week_view (window), 0));
  history = rp_window_get_history (window);

  /* A: a tempo two weeks past the end grows the plan to 6 weeks. */
  place_on (window, start + 5 * 7 + 2, "tempo");
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 6);
  g_assert_nonnull (find_pinned (plan, start + 5 * 7 + 2, RP_KIND_TEMPO));
  /* B: inside the plan, no growth. C: further out, to 9 weeks. */
  place_on (window, start + 7 + 5, "long");
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 6);
  place_on (window, start + 8 * 7 + 1, "intervals");
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 9);

  /* Undo C: back to A's extent. Undo B: A's extent stays. Undo A: the
   * plan as it was. */
  g_assert_true (rp_history_undo (history));
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 6);
  g_assert_true (rp_history_undo (history));
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 6);
  g_assert_nonnull (find_pinned (plan, start + 5 * 7 + 2, RP_KIND_TEMPO));
  g_assert_true (rp_history_undo (history));
  g_assert_cmpuint (rp_plan_get_start (plan), ==, start);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 4);
  g_assert_false (rp_history_can_undo (history));

  /* And forward again. */
  for (guint i = 0; i < 3; i++)
    g_assert_true (rp_history_redo (history));
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 9);
  g_assert_nonnull (find_pinned (plan, start + 8 * 7 + 1, RP_KIND_INTERVALS));

  /* Before the start, too. */
  place_on (window, start - 3 * 7 + 6, "long");
  g_assert_cmpuint (rp_plan_get_start (plan), ==, start - 3 * 7);
  g_assert_true (rp_history_undo (history));
  g_assert_cmpuint (rp_plan_get_start (plan), ==, start);
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 9);

  close_all (window);
  restore_today (&today);
}

/* The app and another program on one plan. */

/* What another program (the CLI) does: read the plan, add a long run on
 * date, write it back. */
static void
other_program_adds (const char *path,
                    RpDate      date)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = rp_plan_file_load (file, NULL, NULL, &error);
  g_autoptr(RpWorkout) template_ = rp_workout_new (RP_KIND_LONG);

  g_assert_no_error (error);
  g_assert_nonnull (rp_planner_place (plan, date, template_, NULL));
  write_plan (plan, path);
}

typedef struct
{
  TodayGuard today;
  char      *dir;
  char      *path;
  GFile     *file;
  RpDate     start;
  RpWindow  *window;
} Shared;

static void
shared_open (Shared *shared)
{
  g_autoptr(RpPlan) plan = NULL;

  shared->today = set_today (2027, 6, 16);
  shared->start = rp_date_from_ymd (2027, 6, 14);
  shared->dir = g_dir_make_tmp ("rp-trust-XXXXXX", NULL);
  shared->path = g_build_filename (shared->dir, "plan.json", NULL);
  shared->file = g_file_new_for_path (shared->path);
  plan = filled_plan (shared->start, 4);
  write_plan (plan, shared->path);
  shared->window = open_window_on (shared->file);
  /* A second later: the other program's writes get another etag. */
  wait_ms (1100);
}

static void
shared_close (Shared *shared)
{
  g_assert_true (wait_idle (shared->window));
  close_all (shared->window);
  restore_today (&shared->today);
  g_clear_object (&shared->file);
  g_clear_pointer (&shared->path, g_free);
  g_clear_pointer (&shared->dir, remove_dir);
}

/* An unsaved edit meets a change on disk: the dialog names the edit and
 * says what each choice gives up; Reload then shows the other version. */
static void
test_reload_names_unsaved (void)
{
  Shared shared = { 0 };
  AdwMessageDialog *dialog;
  const char *message;
  RpPlan *plan;

  shared_open (&shared);
  place_on (shared.window, shared.start + 2, "tempo");
  other_program_adds (shared.path, shared.start + 5);

  dialog = wait_for_dialog ();
  message = rp_window_get_last_message (shared.window);
  assert_contains (message, "another program");
  assert_contains (message, "your 1 unsaved change in this window (Add Tempo) would be lost");
  assert_contains (message, "the other program's changes stay on disk");
  assert_contains (message, "Save As");
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "keep");

  respond (dialog, "reload");
  g_assert_true (wait_idle (shared.window));
  plan = rp_window_get_plan (shared.window);
  g_assert_nonnull (find_pinned (plan, shared.start + 5, RP_KIND_LONG));
  g_assert_null (find_pinned (plan, shared.start + 2, RP_KIND_TEMPO));

  shared_close (&shared);
}

/* The dialog came when nothing was unsaved; then the runner edited (the
 * editor stays usable, an autosave was pending). Reload does not throw
 * that edit away unsaid: it asks again, naming it. */
static void
test_reload_after_later_edit (void)
{
  Shared shared = { 0 };
  AdwMessageDialog *dialog;
  const char *message;
  RpPlan *plan;

  shared_open (&shared);
  other_program_adds (shared.path, shared.start + 5);
  dialog = wait_for_dialog ();
  message = rp_window_get_last_message (shared.window);
  assert_contains (message, "Nothing in this window is unsaved");
  g_assert_null (strstr (message, "lost"));

  place_on (shared.window, shared.start + 2, "tempo");
  respond (dialog, "reload");
  g_assert_true (wait_idle (shared.window));
  plan = rp_window_get_plan (shared.window);
  g_assert_nonnull (find_pinned (plan, shared.start + 2, RP_KIND_TEMPO));

  dialog = wait_for_dialog ();
  assert_contains (rp_window_get_last_message (shared.window),
                   "your 1 unsaved change in this window (Add Tempo) would be lost");
  respond (dialog, "reload");
  g_assert_true (wait_idle (shared.window));
  plan = rp_window_get_plan (shared.window);
  g_assert_nonnull (find_pinned (plan, shared.start + 5, RP_KIND_LONG));
  g_assert_null (find_pinned (plan, shared.start + 2, RP_KIND_TEMPO));

  shared_close (&shared);
}

/* The other program edits while the app saves: it holds the plan's lock
 * (rp-plan-lock.c: ".NAME.lock" beside the plan) from its read to its
 * write, so the app's save waits and then finds the file changed. The
 * app never writes over it, and says which of its edits are not saved. */
static void
test_change_while_saving (void)
{
  Shared shared = { 0 };
  g_autofree char *lock_path = NULL;
  g_autofree char *other_bytes = NULL;
  g_autofree char *after = NULL;
  g_autoptr(RpPlan) on_disk = NULL;
  AdwMessageDialog *dialog;
  int fd;

  shared_open (&shared);
  lock_path = g_build_filename (shared.dir, ".plan.json.lock", NULL);

  place_on (shared.window, shared.start + 2, "tempo");
  fd = g_open (lock_path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);

  /* The autosave starts and waits for the lock; the other program
   * writes meanwhile, then lets go. */
  wait_ms (1500);
  g_assert_true (rp_window_is_busy (shared.window));
  other_program_adds (shared.path, shared.start + 5);
  other_bytes = read_bytes (shared.path);
  close (fd);

  dialog = wait_for_dialog ();
  assert_contains (rp_window_get_last_message (shared.window),
                   "your 1 unsaved change in this window (Add Tempo) would be lost");
  respond (dialog, "keep");

  /* Kept: later edits are not written over the other program's either. */
  place_on (shared.window, shared.start + 3, "hills");
  wait_ms (1300);
  g_assert_true (wait_idle (shared.window));
  after = read_bytes (shared.path);
  g_assert_cmpstr (after, ==, other_bytes);
  on_disk = rp_plan_file_load (shared.file, NULL, NULL, NULL);
  g_assert_nonnull (find_pinned (on_disk, shared.start + 5, RP_KIND_LONG));
  g_assert_null (find_pinned (on_disk, shared.start + 2, RP_KIND_TEMPO));

  g_unlink (lock_path);
  shared_close (&shared);
}

/* The history knows which edits a saved state lacks. */
static void
place_in (RpHistory  *history,
          const char *label,
          RpDate      date)
{
  g_autoptr(RpWorkout) template_ = rp_workout_new (RP_KIND_TEMPO);

  rp_history_begin (history, label);
  g_assert_nonnull (rp_planner_place (rp_history_get_plan (history), date, template_, NULL));
  rp_history_commit (history);
}

static void
assert_since (RpHistory  *history,
              guint64     state,
              const char *expected,
              gboolean    expected_undone)
{
  gboolean undone = !expected_undone;
  g_auto(GStrv) labels = rp_history_list_since (history, state, &undone);
  g_autofree char *joined = labels != NULL ? g_strjoinv (",", labels) : NULL;

  g_assert_cmpstr (joined, ==, expected);
  if (labels != NULL)
    g_assert_cmpint (undone, ==, expected_undone);
}

static void
test_history_state (void)
{
  RpDate start = rp_date_from_ymd (2027, 6, 14);
  g_autoptr(RpPlan) plan = filled_plan (start, 4);
  g_autoptr(RpHistory) history = rp_history_new (plan);
  guint64 base = rp_history_get_state (history);
  guint64 after_a;

  assert_since (history, base, "", FALSE);
  place_in (history, "A", start + 1);
  after_a = rp_history_get_state (history);
  g_assert_cmpuint (after_a, !=, base);
  place_in (history, "B", start + 9);
  assert_since (history, base, "A,B", FALSE);
  assert_since (history, after_a, "B", FALSE);

  /* Undone since the save. */
  rp_history_undo (history);
  g_assert_cmpuint (rp_history_get_state (history), ==, after_a);
  assert_since (history, after_a, "", FALSE);
  rp_history_undo (history);
  assert_since (history, after_a, "A", TRUE);
  rp_history_redo (history);
  g_assert_cmpuint (rp_history_get_state (history), ==, after_a);

  /* A new edit after an undo: the undone B is out of reach. */
  place_in (history, "C", start + 16);
  assert_since (history, after_a, "C", FALSE);
  rp_history_undo (history);
  rp_history_undo (history);
  place_in (history, "D", start + 20);
  assert_since (history, after_a, NULL, FALSE);
  assert_since (history, base, "D", FALSE);
}

/* The application run in the test's process on a plan file. poll runs
 * every 50 ms until it has done its part (and set sent); past 20 s the
 * application is quit and timed_out set. */
typedef struct
{
  GtkApplication *app;
  gboolean        sent;
  gboolean        timed_out;
} AppRun;

static gboolean
app_run_timeout_cb (gpointer user_data)
{
  AppRun *run = user_data;

  run->timed_out = TRUE;
  g_application_quit (G_APPLICATION (run->app));

  return G_SOURCE_REMOVE;
}

/* The application's exit status. */
static int
run_app_on (AppRun      *run,
            const char  *path,
            GSourceFunc  poll)
{
  char *argv[] = { (char *) "run-planner", (char *) path, NULL };
  guint poll_id = g_timeout_add (50, poll, run);
  guint timeout_id = g_timeout_add_seconds (20, app_run_timeout_cb, run);
  int status = g_application_run (G_APPLICATION (run->app), 2, argv);

  if (!run->sent)
    g_source_remove (poll_id);
  if (!run->timed_out)
    g_source_remove (timeout_id);

  return status;
}

/* The main window once its plan is read, or NULL. */
static RpWindow *
ready_window (GtkApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (app);

  if (window == NULL || rp_window_is_busy (RP_WINDOW (window)) ||
      rp_window_get_file (RP_WINDOW (window)) == NULL)
    return NULL;

  return RP_WINDOW (window);
}

/* Signals: an edit inside the autosave delay is saved on SIGHUP (the
 * terminal was closed), SIGQUIT (Ctrl+\), SIGTERM and SIGINT. */

typedef struct
{
  AppRun  run;
  int     signum;
  RpDate  edited;
} SignalRun;

static gboolean
edit_and_signal_cb (gpointer user_data)
{
  SignalRun *signal_run = user_data;
  RpWindow *window = ready_window (signal_run->run.app);

  if (window == NULL)
    return G_SOURCE_CONTINUE;

  /* The edit waits for its autosave when the signal comes. */
  signal_run->edited = rp_week_view_get_focus_date (rp_window_get_week_view (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "plan.place-kind", "s", "tempo");
  g_assert_true (rp_window_is_busy (window));
  g_assert_cmpint (kill (getpid (), signal_run->signum), ==, 0);
  signal_run->run.sent = TRUE;

  return G_SOURCE_REMOVE;
}

static void
test_signal_saves (gconstpointer data)
{
  g_autoptr(char_dir) dir = g_dir_make_tmp ("rp-trust-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpPlan) plan = filled_plan (rp_date_week_start (rp_date_today (), G_DATE_MONDAY), 4);
  g_autoptr(RpApplication) app = rp_application_new ();
  g_autoptr(RpPlan) saved = NULL;
  g_autoptr(GError) error = NULL;
  SignalRun signal_run = { { GTK_APPLICATION (app), FALSE, FALSE }, GPOINTER_TO_INT (data), 0 };
  int status;

  write_plan (plan, path);
  status = run_app_on (&signal_run.run, path, edit_and_signal_cb);

  /* The signal closed the application by itself, after the save. */
  g_assert_true (signal_run.run.sent);
  g_assert_false (signal_run.run.timed_out);
  g_assert_cmpint (status, ==, 0);

  saved = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (find_pinned (saved, signal_run.edited, RP_KIND_TEMPO));
  g_unlink (path);
}

/* A launch that races SIGTERM: its request to show a window can reach
 * the running instance after the signal. The instance is ending, so it
 * opens nothing (a window on the default plan would keep it running). */

typedef struct
{
  AppRun  run;
  gboolean activated;
  guint    n_windows_after;
} LateLaunch;

static gboolean
late_activate_cb (gpointer user_data)
{
  LateLaunch *launch = user_data;
  GtkApplication *app = launch->run.app;

  /* Once the signal has closed the window. */
  if (gtk_application_get_windows (app) != NULL)
    return G_SOURCE_CONTINUE;

  g_application_activate (G_APPLICATION (app));
  launch->activated = TRUE;
  launch->n_windows_after = g_list_length (gtk_application_get_windows (app));
  g_application_release (G_APPLICATION (app));

  return G_SOURCE_REMOVE;
}

static gboolean
signal_then_launch_cb (gpointer user_data)
{
  LateLaunch *launch = user_data;

  if (ready_window (launch->run.app) == NULL)
    return G_SOURCE_CONTINUE;

  /* Held, so that the instance is still there for the late launch. */
  g_application_hold (G_APPLICATION (launch->run.app));
  g_assert_cmpint (kill (getpid (), SIGTERM), ==, 0);
  launch->run.sent = TRUE;
  g_idle_add_full (G_PRIORITY_LOW, late_activate_cb, launch, NULL);

  return G_SOURCE_REMOVE;
}

static void
test_signal_then_launch (void)
{
  g_autoptr(char_dir) dir = g_dir_make_tmp ("rp-trust-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.json", NULL);
  g_autoptr(RpPlan) plan = filled_plan (rp_date_week_start (rp_date_today (), G_DATE_MONDAY), 4);
  g_autoptr(RpApplication) app = rp_application_new ();
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LateLaunch launch = { { GTK_APPLICATION (app), FALSE, FALSE }, FALSE, 0 };
  int status;

  write_plan (plan, path);
  before = read_bytes (path);
  status = run_app_on (&launch.run, path, signal_then_launch_cb);

  g_assert_true (launch.run.sent);
  g_assert_true (launch.activated);
  g_assert_false (launch.run.timed_out);
  /* No window came back: the instance ended by itself. */
  g_assert_cmpuint (launch.n_windows_after, ==, 0);
  g_assert_cmpint (status, ==, 0);
  /* Only looked at: the plan is as it was. */
  after = read_bytes (path);
  g_assert_cmpstr (after, ==, before);
  g_unlink (path);
}

/* Single instance: a second launch hands its file to the first and ends;
 * the first opens it. Runs the real binary twice on the test's own
 * session bus (dbus-run-session). */

static gboolean
name_has_owner (GDBusConnection *bus,
                const char      *name)
{
  g_autoptr(GVariant) reply = NULL;
  gboolean owned = FALSE;

  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "NameHasOwner",
                                       g_variant_new ("(s)", name), G_VARIANT_TYPE ("(b)"),
                                       G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply != NULL)
    g_variant_get (reply, "(b)", &owned);

  return owned;
}

static void
on_exited_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_subprocess_wait_finish (G_SUBPROCESS (object), result, NULL);
  *(gboolean *) user_data = TRUE;
}

/* In the child before exec: an instance left by a failed assertion
 * goes with the test, instead of holding the test's output open until
 * meson's timeout. */
static void
die_with_test (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

static GSubprocess *
launch (const char *file,
        gboolean   *exited)
{
  g_autoptr(GError) error = NULL;
  const char *binary = g_getenv ("RUN_PLANNER");
  GSubprocess *proc;

  g_autoptr(GSubprocessLauncher) launcher = NULL;

  /* stdout is the test's TAP stream: the app stays off it. */
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_test, NULL, NULL);
  proc = g_subprocess_launcher_spawn (launcher, &error, binary, file, NULL);
  g_assert_no_error (error);
  *exited = FALSE;
  g_subprocess_wait_async (proc, NULL, on_exited_cb, exited);

  return proc;
}

static gboolean
wait_for (gboolean *flag,
          guint     ms)
{
  for (guint i = 0; i < ms / 10 && !*flag; i++)
    wait_ms (10);

  return *flag;
}

static void
test_single_instance (void)
{
  g_autoptr(char_dir) dir = g_dir_make_tmp ("rp-trust-XXXXXX", NULL);
  g_autofree char *first_path = g_build_filename (dir, "first.json", NULL);
  g_autofree char *second_path = g_build_filename (dir, "second.json", NULL);
  g_autoptr(RpPlan) plan = filled_plan (rp_date_from_ymd (2019, 1, 7), 16);
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autoptr(GSubprocess) third = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gboolean first_exited, second_exited, third_exited;
  gboolean owned = FALSE;
  gboolean created = FALSE;

  if (g_getenv ("RUN_PLANNER") == NULL || bus == NULL)
    {
      g_test_skip ("needs RUN_PLANNER and a session bus (dbus-run-session)");
      return;
    }
  g_assert_false (name_has_owner (bus, APP_ID));

  /* A 2019 plan: whatever today is, it is outside it. */
  write_plan (plan, first_path);
  before = read_bytes (first_path);
  first = launch (first_path, &first_exited);
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && !first_exited && !(owned = name_has_owner (bus, APP_ID)); i++)
    wait_ms (10);
  g_assert_true (owned);

  /* The second launch gives its file to the first and ends. */
  second = launch (second_path, &second_exited);
  g_assert_true (wait_for (&second_exited, 20000));
  g_assert_true (g_subprocess_get_if_exited (second));
  g_assert_cmpint (g_subprocess_get_exit_status (second), ==, 0);
  for (guint i = 0; i < UI_TEST_WAIT_STEPS && !(created = g_file_test (second_path, G_FILE_TEST_EXISTS)); i++)
    wait_ms (10);
  g_assert_true (created);       /* the first instance started the new plan */
  g_assert_false (first_exited);

  /* A plain second launch raises the window of the first and ends. */
  third = launch (NULL, &third_exited);
  g_assert_true (wait_for (&third_exited, 20000));
  g_assert_cmpint (g_subprocess_get_exit_status (third), ==, 0);
  g_assert_false (first_exited);

  g_subprocess_send_signal (first, SIGTERM);
  g_assert_true (wait_for (&first_exited, 20000));
  g_assert_true (g_subprocess_get_if_exited (first));
  g_assert_cmpint (g_subprocess_get_exit_status (first), ==, 0);

  /* Viewing the first plan wrote nothing. */
  after = read_bytes (first_path);
  g_assert_cmpstr (after, ==, before);
  g_unlink (first_path);
  g_unlink (second_path);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  g_test_add_data_func ("/ui/trust/signal/hup", GINT_TO_POINTER (SIGHUP), test_signal_saves);
  g_test_add_data_func ("/ui/trust/signal/quit", GINT_TO_POINTER (SIGQUIT), test_signal_saves);
  g_test_add_data_func ("/ui/trust/signal/term", GINT_TO_POINTER (SIGTERM), test_signal_saves);
  g_test_add_data_func ("/ui/trust/signal/int", GINT_TO_POINTER (SIGINT), test_signal_saves);
  g_test_add_func ("/ui/trust/signal/then-launch", test_signal_then_launch);
  g_test_add_func ("/ui/trust/single-instance", test_single_instance);
  g_test_add_func ("/ui/trust/browse/changes-nothing", test_browse_changes_nothing);
  g_test_add_func ("/ui/trust/browse/future-plan", test_browse_future_plan);
  g_test_add_func ("/ui/trust/browse/extend-button", test_extend_button);
  g_test_add_func ("/ui/trust/browse/edit-grows-in-its-step", test_edit_grows_in_its_step);
  g_test_add_func ("/ui/trust/reload/names-unsaved", test_reload_names_unsaved);
  g_test_add_func ("/ui/trust/reload/after-later-edit", test_reload_after_later_edit);
  g_test_add_func ("/ui/trust/reload/change-while-saving", test_change_while_saving);
  g_test_add_func ("/ui/trust/history/state", test_history_state);

  return ui_test_run ();
}
