/* bench-startup.c
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

/* Startup and memory of the GUI against a minimal libadwaita window, on
 * the X display in $DISPLAY (Xvfb in build-aux/bench.sh).
 *
 * Method: listen to the root window with SubstructureNotifyMask, note the
 * monotonic time, fork and exec the program, and stop the clock at the
 * first MapNotify of a top-level (not override-redirect) window. With no
 * window manager, GTK's toplevel is a child of the root, so its map is
 * reported there. The two programs run alternately (one warm-up run each,
 * not counted), median of the runs. For memory, each program is started
 * three times; after the map it is left to settle, its resident set
 * (VmRSS) is read from /proc, then it is sent SIGTERM; median of the
 * three. Memory is measured with GTK's default renderer and with cairo.
 *
 * Usage: bench-startup [--runs N] MINIMAL-WINDOW RUN-PLANNER [PLAN]
 * With PLAN, run-planner's memory is measured with that plan open. */

#define G_LOG_DOMAIN "bench-startup"

#include "config.h"

#include "bench-util.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>
#include <glib/gstdio.h>
#include <X11/Xlib.h>

#define MAP_TIMEOUT_S 30.0
#define SETTLE_S 2.0

typedef struct
{
  pid_t  pid;
  Window window;
  double map_s;   /* exec to MapNotify; < 0 on timeout */
} Launch;

static int runs = 5;




static void
drain_events (Display *display)
{
  XEvent event;

  XSync (display, False);
  while (XPending (display) > 0)
    XNextEvent (display, &event);
}

static gboolean
wait_readable (Display *display,
               double   timeout_s)
{
  int fd = ConnectionNumber (display);
  struct timeval tv = { (time_t) timeout_s, (suseconds_t) ((timeout_s - (time_t) timeout_s) * 1e6) };
  fd_set fds;

  FD_ZERO (&fds);
  FD_SET (fd, &fds);
  return select (fd + 1, &fds, NULL, NULL, &tv) > 0;
}

static pid_t
spawn (char **argv)
{
  pid_t pid = fork ();

  if (pid < 0)
    g_error ("fork: %s", g_strerror (errno));
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      dup2 (null, STDOUT_FILENO);
      dup2 (null, STDERR_FILENO);
      execv (argv[0], argv);
      _exit (127);
    }
  return pid;
}

/* Starts argv and waits for its first top-level MapNotify. */
static Launch
launch (Display  *display,
        char    **argv)
{
  Launch result = { 0, None, -1 };
  double t0, deadline;

  drain_events (display);
  t0 = bench_now_s ();
  result.pid = spawn (argv);
  deadline = t0 + MAP_TIMEOUT_S;

  while (bench_now_s () < deadline)
    {
      XEvent event;

      if (XPending (display) == 0 && !wait_readable (display, deadline - bench_now_s ()))
        continue;
      XNextEvent (display, &event);
      if (event.type == MapNotify && !event.xmap.override_redirect)
        {
          result.map_s = bench_now_s () - t0;
          result.window = event.xmap.window;
          break;
        }
    }
  return result;
}

/* Resident set in KiB from /proc, 0 if unknown. */
static long
rss_kib (pid_t pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", (int) pid);
  g_autofree char *text = NULL;
  const char *line;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return 0;
  line = strstr (text, "\nVmRSS:");
  return line != NULL ? strtol (line + strlen ("\nVmRSS:"), NULL, 10) : 0;
}

static void
finish (Launch *launched)
{
  int status;

  if (launched->pid <= 0)
    return;
  kill (launched->pid, SIGTERM);
  for (int i = 0; i < 50; i++)
    {
      if (waitpid (launched->pid, &status, WNOHANG) == launched->pid)
        return;
      g_usleep (100 * 1000);
    }
  kill (launched->pid, SIGKILL);
  waitpid (launched->pid, &status, 0);
}

static long
settled_rss (Launch *launched)
{
  g_usleep ((gulong) (SETTLE_S * G_USEC_PER_SEC));
  return rss_kib (launched->pid);
}

/* A fresh data, config and cache home and in-memory settings, so neither
 * program reads or writes the user's files and both start alike. */
static char *
isolate_environment (void)
{
  g_autoptr(GError) error = NULL;
  char *home = g_dir_make_tmp ("rp-bench-startup-XXXXXX", &error);
  const char *dirs[] = { "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" };

  if (home == NULL)
    g_error ("%s", error->message);
  for (guint i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir = g_build_filename (home, dirs[i], NULL);

      g_mkdir_with_parents (dir, 0700);
      g_setenv (dirs[i], dir, TRUE);
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  return home;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          remove_tree (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

static gboolean
time_both (Display *display,
           char   **minimal_argv,
           char   **app_argv,
           double  *out_minimal,
           double  *out_app)
{
  g_autofree double *minimal = g_new (double, runs);
  g_autofree double *app = g_new (double, runs);

  for (int i = -1; i < runs; i++)
    {
      Launch a = launch (display, minimal_argv);
      Launch b;

      finish (&a);
      b = launch (display, app_argv);
      finish (&b);
      if (a.map_s < 0 || b.map_s < 0)
        {
          printf ("startup: not measured (%s did not map a window within %.0f s)\n",
                  a.map_s < 0 ? minimal_argv[0] : app_argv[0], MAP_TIMEOUT_S);
          return FALSE;
        }
      if (i >= 0)
        {
          minimal[i] = a.map_s;
          app[i] = b.map_s;
        }
    }
  *out_minimal = bench_median (minimal, runs);
  *out_app = bench_median (app, runs);
  return TRUE;
}

#define N_RSS_SAMPLES 3

/* Median of a few settled resident sets of argv (one launch each). */
static long
median_rss (Display *display,
            char   **argv)
{
  double samples[N_RSS_SAMPLES];

  for (int i = 0; i < N_RSS_SAMPLES; i++)
    {
      Launch launched = launch (display, argv);

      samples[i] = launched.map_s >= 0 ? settled_rss (&launched) : 0;
      finish (&launched);
      if (samples[i] == 0)
        return 0;
    }
  return (long) bench_median (samples, N_RSS_SAMPLES);
}

static void
measure_memory (Display    *display,
                char      **minimal_argv,
                char      **app_argv,
                gboolean    with_plan,
                const char *renderer)
{
  long minimal_kib;
  long app_kib;
  double limit;
  g_autofree char *suffix = NULL;

  /* Both programs inherit the renderer; NULL keeps GTK's default. */
  if (renderer != NULL)
    g_setenv ("GSK_RENDERER", renderer, TRUE);
  minimal_kib = median_rss (display, minimal_argv);
  app_kib = median_rss (display, app_argv);
  if (renderer != NULL)
    g_unsetenv ("GSK_RENDERER");

  if (minimal_kib == 0 || app_kib == 0)
    {
      printf ("gui-rss: not measured\n");
      return;
    }
  suffix = renderer != NULL ? g_strdup_printf (" (GSK_RENDERER=%s)", renderer) : g_strdup ("");
  limit = minimal_kib / 1024.0 + 30;
  printf ("gui-rss-minimal-window%s: %.1f MiB (median of %d)\n", suffix, minimal_kib / 1024.0,
          N_RSS_SAMPLES);
  printf ("gui-rss-run-planner%s%s: %.1f MiB (median of %d; target <= minimal + 30 = %.1f MiB) "
          "%s\n",
          with_plan ? "-10-year-plan" : "", suffix, app_kib / 1024.0, N_RSS_SAMPLES, limit,
          app_kib / 1024.0 <= limit ? "ok" : "OVER");
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;
  char *minimal_argv[2] = { NULL, NULL };
  char *app_argv[3] = { NULL, NULL, NULL };
  double minimal_s, app_s;
  Display *display;
  int first = 1;

  if (argc > 2 && strcmp (argv[1], "--runs") == 0)
    {
      runs = CLAMP (atoi (argv[2]), 1, 100);
      first = 3;
    }
  if (argc - first < 2)
    {
      g_printerr ("Usage: %s [--runs N] MINIMAL-WINDOW RUN-PLANNER [PLAN]\n", argv[0]);
      return 2;
    }
  minimal_argv[0] = argv[first];
  app_argv[0] = argv[first + 1];
  for (int i = 0; i < 2; i++)
    if (!g_file_test (argv[first + i], G_FILE_TEST_IS_EXECUTABLE))
      {
        printf ("startup: not measured (%s is not built)\n", argv[first + i]);
        return 0;
      }

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      printf ("startup: not measured (no X display; run under xvfb-run)\n");
      return 0;
    }
  XSelectInput (display, DefaultRootWindow (display), SubstructureNotifyMask);
  home = isolate_environment ();

  if (time_both (display, minimal_argv, app_argv, &minimal_s, &app_s))
    {
      printf ("startup-to-map-minimal-window: %.1f ms (median of %d)\n", minimal_s * 1e3, runs);
      printf ("startup-to-map-run-planner: %.1f ms (median of %d)\n", app_s * 1e3, runs);
      printf ("startup-ratio: %.2f × minimal window (target <= 1.5×) %s\n", app_s / minimal_s,
              app_s / minimal_s <= 1.5 ? "ok" : "OVER");
    }
  /* GTK's default renderer, then cairo unless a renderer was chosen: on a
   * display without a GPU the default is GL in software (llvmpipe), whose
   * own allocations dominate the difference. */
  for (int r = 0; r < 2; r++)
    {
      const char *renderer = r == 0 ? NULL : "cairo";

      if (r == 1 && g_getenv ("GSK_RENDERER") != NULL)
        break;
      app_argv[1] = NULL;
      measure_memory (display, minimal_argv, app_argv, FALSE, renderer);
      if (argc - first >= 3)
        {
          app_argv[1] = argv[first + 2];
          measure_memory (display, minimal_argv, app_argv, TRUE, renderer);
        }
    }

  XCloseDisplay (display);
  remove_tree (home);
  return 0;
}
