/* rp-application.c
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

#define G_LOG_DOMAIN "rp-application"

#include "config.h"

#include "rp-application.h"

#include <glib/gi18n.h>
#include <errno.h>
#include <fcntl.h>
#include <glib-unix.h>
#include <signal.h>
#include <unistd.h>

#include "rp-preferences.h"
#include "rp-preferences-window.h"
#include "rp-ui-util.h"
#include "rp-window.h"

struct _RpApplication
{
  AdwApplication parent_instance;

  guint          sigterm_id;
  guint          sigint_id;
  guint          sighup_id;
  guint          sigquit_id;
  /* A signal asked the program to end: it closes its windows (saving
   * first) and opens none after that. */
  gboolean       terminating;
};

G_DEFINE_FINAL_TYPE (RpApplication, rp_application, ADW_TYPE_APPLICATION)

static RpWindow *
ensure_window (RpApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (rp_window_new (GTK_APPLICATION (self)));

  return RP_WINDOW (window);
}

static void
rp_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  /* A launch that raced a SIGTERM (its request can arrive after the
   * signal): the program is ending, and a new window on the default plan
   * would keep it running. */
  if (RP_APPLICATION (app)->terminating)
    {
      g_debug ("activation after a termination signal: ignored");
      return;
    }

  if (window == NULL)
    {
      window = GTK_WINDOW (ensure_window (RP_APPLICATION (app)));
      rp_window_open_at_start (RP_WINDOW (window), NULL);
    }

  gtk_window_present (window);
}

/* The application is single-instance: `run-planner FILE` started while
 * it runs ends up here, in the first instance. One window, one plan: the
 * file replaces the window's plan (its pending edit is written first),
 * so two windows never autosave one file. */
static void
rp_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  RpWindow *window;
  GFile *current;

  if (RP_APPLICATION (app)->terminating)
    {
      g_debug ("files to open after a termination signal: ignored");
      return;
    }

  window = ensure_window (RP_APPLICATION (app));
  current = rp_window_get_file (window);

  /* The first file wins; the plan already shown is not read again. */
  if (n_files > 0 && (current == NULL || !g_file_equal (current, files[0])))
    rp_window_open_at_start (window, files[0]);
  gtk_window_present (GTK_WINDOW (window));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  const char *developers[] = { "The Run Planner authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (app),
                        "application-name", _("Run Planner"),
                        "application-icon", APP_ID,
                        "developer-name", "The Run Planner authors",
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/runplanner/run-planner",
                        "issue-url", "https://github.com/runplanner/run-planner/issues",
                        "comments", _("Drag hard workouts onto a calendar; the rest of the week "
                                      "fills itself, with reasons, warnings and an intensity "
                                      "chart."),
                        "developers", developers,
                        "copyright", "© 2026 The Run Planner authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* One Preferences window: asked again, the open one comes forward. */
static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (app);
  GtkWindow *preferences = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL && preferences == NULL; l = l->next)
    if (RP_IS_PREFERENCES_WINDOW (l->data))
      preferences = l->data;
  g_list_free (toplevels);

  if (preferences == NULL)
    preferences = GTK_WINDOW (rp_preferences_window_new (parent));
  gtk_window_present (preferences);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows;

  /* Closing a window takes it out of the application's list, and its
   * destroy-with-parent dialogs with it: walk a referenced copy, and skip
   * the windows an earlier close already took away. */
  windows = g_list_copy (gtk_application_get_windows (app));
  g_list_foreach (windows, (GFunc) (void (*) (void)) g_object_ref, NULL);

  /* Closing the windows lets each one finish its autosave first. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (g_list_find (gtk_application_get_windows (app), l->data) != NULL)
      gtk_window_close (GTK_WINDOW (l->data));

  g_list_free_full (windows, g_object_unref);
}

/* A termination signal: close like the user would, so pending edits are
 * saved, and open nothing after it. */
static void
terminate (RpApplication *self)
{
  self->terminating = TRUE;
  quit_action (NULL, NULL, self);
}

static gboolean
on_terminate_cb (gpointer user_data)
{
  /* SIGTERM, SIGINT, SIGHUP (the terminal was closed). */
  terminate (RP_APPLICATION (user_data));

  return G_SOURCE_CONTINUE;
}

/* SIGQUIT (Ctrl+\ in the terminal) cannot be watched with
 * g_unix_signal_add, so a one-shot handler writes to a pipe that the main
 * loop watches. The first SIGQUIT saves and quits like SIGTERM; the
 * handler is then reset (SA_RESETHAND), so a second one still ends the
 * program at once with a core dump. */
static int sigquit_pipe[2] = { -1, -1 };

static void
on_sigquit (int signum)
{
  int saved_errno = errno;
  char byte = 'q';

  /* Only async-signal-safe calls here. */
  if (write (sigquit_pipe[1], &byte, 1) < 0)
    {
      /* Nothing can be done: the pipe is non-blocking and a byte is
       * already waiting. */
    }
  errno = saved_errno;
}

static gboolean
on_sigquit_readable_cb (int          fd,
                        GIOCondition condition,
                        gpointer     user_data)
{
  char buf[16];

  while (read (fd, buf, sizeof buf) > 0)
    ;
  terminate (RP_APPLICATION (user_data));

  return G_SOURCE_CONTINUE;
}

static guint
watch_sigquit (GApplication *app)
{
  struct sigaction action = { 0 };

  if (sigquit_pipe[0] < 0 && !g_unix_open_pipe (sigquit_pipe, FD_CLOEXEC, NULL))
    return 0;
  g_unix_set_fd_nonblocking (sigquit_pipe[0], TRUE, NULL);
  g_unix_set_fd_nonblocking (sigquit_pipe[1], TRUE, NULL);

  action.sa_handler = on_sigquit;
  action.sa_flags = SA_RESETHAND | SA_RESTART;
  sigemptyset (&action.sa_mask);
  if (sigaction (SIGQUIT, &action, NULL) != 0)
    return 0;

  return g_unix_fd_add (sigquit_pipe[0], G_IO_IN, on_sigquit_readable_cb, app);
}

static void
unwatch_sigquit (guint *id)
{
  if (*id == 0)
    return;

  /* Back to the default: the handler must not outlive the application. */
  signal (SIGQUIT, SIG_DFL);
  g_clear_handle_id (id, g_source_remove);
}

static void
rp_application_startup (GApplication *app)
{
  static const GActionEntry entries[] = {
    { "about", about_action, NULL, NULL, NULL, { 0 } },
    { "preferences", preferences_action, NULL, NULL, NULL, { 0 } },
    { "quit", quit_action, NULL, NULL, NULL, { 0 } },
  };
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };
  g_autoptr(GSettings) settings = NULL;
  const char *week_accels[] = { "<Control>1", NULL };
  const char *month_accels[] = { "<Control>2", NULL };
  const char *season_accels[] = { "<Control>3", NULL };

  G_APPLICATION_CLASS (rp_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), entries, G_N_ELEMENTS (entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.preferences",
                                         preferences_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.view::week", week_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.view::month", month_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.view::season",
                                         season_accels);

  /* The colour scheme applies from the first window on, and at once when
   * it changes. */
  settings = rp_ui_settings_new ();
  if (settings != NULL)
    rp_preferences_follow_color_scheme (settings);

  RP_APPLICATION (app)->sigterm_id = g_unix_signal_add (SIGTERM, on_terminate_cb, app);
  RP_APPLICATION (app)->sigint_id = g_unix_signal_add (SIGINT, on_terminate_cb, app);
  RP_APPLICATION (app)->sighup_id = g_unix_signal_add (SIGHUP, on_terminate_cb, app);
  RP_APPLICATION (app)->sigquit_id = watch_sigquit (app);
}

static void
rp_application_shutdown (GApplication *app)
{
  RpApplication *self = RP_APPLICATION (app);

  /* The handlers point at the application: not past its life. */
  g_clear_handle_id (&self->sigterm_id, g_source_remove);
  g_clear_handle_id (&self->sigint_id, g_source_remove);
  g_clear_handle_id (&self->sighup_id, g_source_remove);
  unwatch_sigquit (&self->sigquit_id);

  G_APPLICATION_CLASS (rp_application_parent_class)->shutdown (app);
}

static void
rp_application_class_init (RpApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = rp_application_activate;
  app_class->open = rp_application_open;
  app_class->startup = rp_application_startup;
  app_class->shutdown = rp_application_shutdown;
}

static void
rp_application_init (RpApplication *self)
{
}

RpApplication *
rp_application_new (void)
{
  return g_object_new (RP_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       /* Single instance: a second launch hands its file
                        * to the first, so two never autosave one plan. */
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_PREFIX,
                       NULL);
}
