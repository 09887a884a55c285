/* ui-test-util.h
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

#include <adwaita.h>

#include "rp-date.h"
#include "rp-kind.h"
#include "rp-plan.h"
#include "rp-window.h"

G_BEGIN_DECLS

/* A 1200 × 800 window on a filled four-week plan, showing this week. */
typedef struct
{
  RpWindow *window;
  RpPlan   *plan;
  RpDate    week_start;
} Fixture;

void        fixture_set_up       (Fixture       *fixture,
                                  gconstpointer  data);
/* Closes the window and every dialog the test opened. */
void        fixture_tear_down    (Fixture       *fixture,
                                  gconstpointer  data);

#define UI_TEST_ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

/* Gives the test program a home of its own (the runner's files stay out
 * of reach), then starts GTK and libadwaita. */
void        ui_test_init         (int           *argc,
                                  char        ***argv);
/* Runs the tests, then removes that home. */
int         ui_test_run          (void);

/* Runs what is pending in the main loop, n times over. */
/* The bound of a loop of wait_ms (10) that waits for a condition: a
 * minute, far past any normal wait on a loaded machine, so only a hang
 * reaches it (meson's timeout is the last resort). */
#define UI_TEST_WAIT_STEPS 6000

void        iterate              (guint          n);
/* Runs the main loop for ms milliseconds. */
void        wait_ms              (guint          ms);
/* Waits (bounded by UI_TEST_WAIT_STEPS) until the window has no read or
 * save under way; whether it got there. */
gboolean    ui_test_wait_window_idle (RpWindow   *window);
/* Resizes window (no window manager on the test display: the size asked
 * for is the size given) and waits until its widget is that wide, give or
 * take its frame (10 px), then lets the adaptive parts settle. */
void        ui_test_resize       (RpWindow      *window,
                                  int            width,
                                  int            height);
/* Waits until widget is mapped and has a size. */
void        wait_until_laid_out  (GtkWidget     *widget);

/* A key (no modifier) as widget's key controllers get it, then a few
 * main loop iterations; whether one handled it. */
gboolean    ui_test_press_key    (GtkWidget     *widget,
                                  guint          keyval);

/* The last shown toplevel of type, or NULL. */
GtkWidget  *find_toplevel        (GType          type);
/* The first pinned workout of kind on date, or NULL. */
RpWorkout  *find_pinned          (RpPlan        *plan,
                                  RpDate         date,
                                  RpKind         kind);
/* Fails unless widget's accessible label is expected. */
void        assert_label         (GtkWidget     *widget,
                                  const char    *expected);
void        assert_has_label     (GtkWidget     *widget);

/* Where the plan opened at start-up lives, and emptying its folder. */
char       *default_plan_path    (void);
void        clear_default_dir    (void);

/* A plan of n_weeks from start, filled by the planner. */
RpPlan     *filled_plan          (RpDate         start,
                                  guint          n_weeks);
/* Writes plan to path as the file format has it. */
void        write_plan           (RpPlan        *plan,
                                  const char    *path);
/* Shows date's week, focuses date and places a workout of kind there. */
void        place_on             (RpWindow      *window,
                                  RpDate         date,
                                  const char    *kind);

/* Waits for a message dialog (up to 5 s) and returns it. */
AdwMessageDialog *wait_for_dialog (void);
/* Fails unless text contains part. */
void        assert_contains      (const char    *text,
                                  const char    *part);
/* Answers dialog with response and closes it. */
void        respond              (AdwMessageDialog *dialog,
                                  const char       *response);

/* File choosers: GtkFileChooserNative shows a GtkFileChooserDialog where
 * no portal is used. The chooser the window opened, once shown; it must
 * be for action. */
GtkFileChooser *ui_test_wait_for_chooser (GtkFileChooserAction action);
/* Waits until no chooser is left (it may check a name before it goes). */
void        ui_test_wait_chooser_gone (void);
/* Accepts the chooser once it has chosen expected (it reads its folder
 * before it selects a file set in it: a response before that is refused,
 * and the chooser stays), and waits until it is gone. */
void        ui_test_chooser_accept (GtkFileChooser *chooser,
                                    GFile          *expected);
/* Open… of an existing file, as a runner picks it. */
void        ui_test_choose_existing (GFile         *file);
/* Save… of a new file, its whole path typed in the name entry. */
void        ui_test_choose_new   (GFile         *file);

G_END_DECLS
