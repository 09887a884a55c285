/* rp-window-dialogs.c
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

#define G_LOG_DOMAIN "rp-window"

#include "config.h"

#include "rp-window-private.h"

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-document.h"
#include "rp-export-ics.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-preferences.h"
#include "rp-setup-window.h"

/* What the window asks and says about its document's file: the file
 * choosers, the reload dialog when another program changed the file,
 * the unsaved-changes dialog before another plan or a close, errors,
 * and the start-up rules for the default plan (README.md, "Using the
 * app"). The file state itself (etag, autosave, watch) is the
 * document's (rp-document.c). */

#define NEW_PLAN_WEEKS 4

typedef enum
{
  LOAD_OPEN,          /* Open…: errors keep the current plan */
  LOAD_RELOAD,        /* the runner chose Reload, losing what the dialog named */
  LOAD_START_FILE,    /* run-planner FILE */
  LOAD_START_DEFAULT, /* the default plan at start */
} LoadMode;

typedef struct
{
  RpWindow     *self;
  GFile        *file;
  LoadMode      mode;
  RpHistory    *history; /* the plan's history when the load started */
  guint64       state;   /* and its state */
} LoadOp;

/* What waits for the window's unsaved changes: a plan to show (read,
 * new, or not saved) or the window to close. It goes ahead once they
 * are saved, or when the runner chose to discard them. */
typedef struct _RpLeave
{
  gboolean  close;
  RpPlan   *plan;
  GFile    *file;       /* where plan is saved (NULL: nowhere) */
  char     *etag;
  gboolean  create;     /* a new plan: write it at once */
  gboolean  overwrite;  /* over what is at file (the chooser asked) */
  char     *message;    /* a toast once it is shown */
  char     *banner;     /* or a banner, saying why it is not saved */
} RpLeave;

static void
leave_free (RpLeave *leave)
{
  g_clear_object (&leave->plan);
  g_clear_object (&leave->file);
  g_free (leave->etag);
  g_free (leave->message);
  g_free (leave->banner);
  g_free (leave);
}

static RpLeave *
leave_to_plan (RpPlan     *plan,
               GFile      *file,
               const char *etag)
{
  RpLeave *leave = g_new0 (RpLeave, 1);

  leave->plan = g_object_ref (plan);
  leave->file = file != NULL ? g_object_ref (file) : NULL;
  leave->etag = g_strdup (etag);

  return leave;
}

static LoadOp *
load_op_new (RpWindow *self,
             GFile    *file,
             LoadMode  mode)
{
  LoadOp *op = g_new0 (LoadOp, 1);

  op->self = g_object_ref (self);
  op->file = g_object_ref (file);
  op->mode = mode;
  if (self->history != NULL)
    {
      op->history = g_object_ref (self->history);
      op->state = rp_history_get_state (self->history);
    }

  return op;
}

static void
load_op_free (LoadOp *op)
{
  g_clear_object (&op->history);
  g_object_unref (op->self);
  g_object_unref (op->file);
  g_free (op);
}

/* A save is being written (perhaps one begun before Keep Mine). */
static gboolean
is_writing (RpWindow *self)
{
  RpDocumentState state = rp_document_get_state (self->document);

  return state == RP_DOCUMENT_STATE_SAVING || state == RP_DOCUMENT_STATE_SAVING_AGAIN
         || state == RP_DOCUMENT_STATE_BLOCKED_SAVING;
}

/* The runner kept their plan over a change on disk: it is not saved there. */
static gboolean
is_blocked (RpWindow *self)
{
  RpDocumentState state = rp_document_get_state (self->document);

  return state == RP_DOCUMENT_STATE_BLOCKED || state == RP_DOCUMENT_STATE_BLOCKED_SAVING;
}

static void
set_last_message (RpWindow   *self,
                  const char *message)
{
  g_free (self->last_message);
  self->last_message = g_strdup (message);
}

void
rp_window_show_message (RpWindow   *self,
                        const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  set_last_message (self, message);
  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

void
rp_window_show_error_dialog (RpWindow   *self,
                             const char *heading,
                             const char *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  set_last_message (self, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
rp_window_show_info_banner (RpWindow   *self,
                            const char *message)
{
  set_last_message (self, message);
  gtk_label_set_text (self->info_label, message);
  gtk_revealer_set_reveal_child (self->info_revealer, TRUE);
}

RpPlan *
rp_window_make_empty_plan (RpAthlete *athlete)
{
  /* The runner's own (race result, paces, goal) and the preferences'
   * unit, volume, rest days, recovery and week start. */
  g_autoptr(RpAthlete) a = rp_preferences_new_plan_athlete (athlete);
  RpDate start = rp_date_week_start (rp_date_today (), rp_athlete_get_week_start (a));
  RpPlan *plan = rp_plan_new_for_athlete (a, start, NEW_PLAN_WEEKS);
  RpAthlete *own = rp_plan_get_athlete (plan);

  /* The default volume reads as a round figure in the runner's unit. */
  rp_athlete_set_volume_m (own, rp_athlete_get_new_plan_volume_m (own));
  rp_planner_fill (plan);

  return plan;
}

/* Saving: the document saves; the window says what failed and lets a
 * plan switch or a close that waited for the save go on. */

static void ask_reload (RpWindow *self, const char *reason);
static void request_leave (RpWindow *self, RpLeave *leave);
static void continue_leave (RpWindow *self);
static void drop_leave (RpWindow *self);

/* The window shows another plan or file by now: a save of the one it
 * left that failed is still said, never dropped. */
static void
report_left_save (RpWindow *self,
                  GFile    *file,
                  GError   *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *text = NULL;

  text = g_strdup_printf (_("The last changes to “%s” were not saved: %s"), name, error->message);
  rp_window_show_error_dialog (self, _("Could Not Save the Plan"), text);
}

/* An open, New Plan or close waited for this save. If it failed, the
 * runner was just told why; they try again and are asked then. */
static void
after_save (RpWindow *self,
            gboolean  go_on)
{
  if (self->leave == NULL || is_writing (self))
    return;

  if (go_on)
    continue_leave (self);
  else
    drop_leave (self);
}

static void
on_document_saved_cb (RpDocument *document,
                      GFile      *file,
                      gboolean    shown,
                      RpWindow   *self)
{
  /* A banner of an earlier failed save is no longer true. */
  if (shown)
    gtk_revealer_set_reveal_child (self->info_revealer, FALSE);
  after_save (self, TRUE);
}

static void
on_document_save_failed_cb (RpDocument *document,
                            GFile      *file,
                            gboolean    shown,
                            GError     *error,
                            RpWindow   *self)
{
  if (!shown)
    report_left_save (self, file, error);
  else if (is_blocked (self))
    ;   /* a save started before the runner chose Keep: the banner says it */
  else if (g_error_matches (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_CHANGED))
    {
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *text = g_strdup_printf (_("“%s” was changed by another program, so "
                                                 "your changes were not saved there."), name);

      ask_reload (self, text);   /* this save did not land */
    }
  else
    {
      g_autofree char *banner = g_strdup_printf (_("Not saved: %s. Use Save As… to keep your "
                                                   "changes."), error->message);

      /* The dialog goes; the banner stays while the file lacks them. */
      rp_window_show_error_dialog (self, _("Could Not Save the Plan"), error->message);
      rp_window_show_info_banner (self, banner);
    }

  after_save (self, !shown);
}

static void
on_document_disk_changed_cb (RpDocument *document,
                             RpWindow   *self)
{
  g_autofree char *name = g_file_get_basename (rp_document_get_file (document));
  g_autofree char *text = g_strdup_printf (_("“%s” was changed by another program."), name);

  ask_reload (self, text);
}

/* Loading */

/* The plan is shown (and written) once the unsaved changes of the one
 * it replaces are saved or discarded. */
static void
start_new_plan_at (RpWindow   *self,
                   GFile      *file,
                   gboolean    overwrite,
                   RpAthlete  *athlete,
                   const char *message)
{
  g_autoptr(RpPlan) plan = rp_window_make_empty_plan (athlete);
  RpLeave *leave = leave_to_plan (plan, file, NULL);

  leave->create = TRUE;
  leave->overwrite = overwrite;
  leave->message = g_strdup (message);
  request_leave (self, leave);
}

static void
open_unsaved (RpWindow   *self,
              const char *why)
{
  g_autoptr(RpPlan) plan = rp_window_make_empty_plan (NULL);
  RpLeave *leave = leave_to_plan (plan, NULL, NULL);

  leave->banner = g_strdup (why);
  request_leave (self, leave);
}

static void
set_aside_default (RpWindow *self,
                   GFile    *file,
                   GError   *load_error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *aside_name = g_strdup_printf ("%s.broken-%s", name, stamp);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) aside = g_file_get_child (parent, aside_name);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  /* Keep the runner's unreadable plan untouched, under a new name. */
  if (!g_file_move (file, aside, G_FILE_COPY_NONE, NULL, NULL, NULL, &error))
    {
      text = g_strdup_printf (_("%s\n\nIt could not be set aside (%s), so it is left as it is "
                                "and this plan is not saved."),
                              load_error->message, error->message);
      open_unsaved (self, _("Your plan could not be read; this plan is not saved."));
      rp_window_show_error_dialog (self, _("Could Not Read Your Plan"), text);
      return;
    }

  start_new_plan_at (self, file, FALSE, NULL, NULL);
  text = g_strdup_printf (_("%s\n\nThe file was kept as “%s” and a new plan was started."),
                          load_error->message, aside_name);
  rp_window_show_error_dialog (self, _("Could Not Read Your Plan"), text);
}

static void
handle_load_error (RpWindow *self,
                   LoadOp   *op,
                   GError   *error)
{
  g_autofree char *name = g_file_get_basename (op->file);
  g_autofree char *why = NULL;

  switch (op->mode)
    {
    case LOAD_OPEN:
    case LOAD_RELOAD:
      rp_window_show_error_dialog (self, _("Could Not Open the Plan"), error->message);
      break;

    case LOAD_START_FILE:
      why = g_strdup_printf (_("“%s” could not be opened and was not changed. This plan is "
                               "not saved."), name);
      open_unsaved (self, why);
      rp_window_show_error_dialog (self, _("Could Not Open the Plan"), error->message);
      break;

    case LOAD_START_DEFAULT:
      if (g_error_matches (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_VERSION))
        {
          why = g_strdup_printf (_("Your plan was saved by a newer version of Run Planner and is "
                                   "left untouched. This plan is not saved: use Save As… to "
                                   "keep it."));
          open_unsaved (self, why);
        }
      else
        set_aside_default (self, op->file, error);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
on_read_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  LoadOp *op = user_data;
  RpWindow *self = op->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(RpPlan) plan = rp_document_read_finish (RP_DOCUMENT (object), result, &etag, &error);

  /* A later open, New Plan or reload replaced this one. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->document == NULL)
    {
      load_op_free (op);
      return;
    }

  if (plan == NULL)
    handle_load_error (self, op, error);
  else if (op->mode == LOAD_RELOAD && op->history == self->history
           && rp_history_get_state (self->history) == op->state)
    {
      /* The runner chose to lose what the dialog named, and edited
       * nothing since. */
      rp_window_set_plan (self, plan, op->file, etag);
      continue_leave (self);
    }
  else
    request_leave (self, leave_to_plan (plan, op->file, etag));

  load_op_free (op);
}

/* The latest request wins: a load still running is cancelled (and
 * ignored if it ends anyway), a plan waiting to be shown is dropped. A
 * close waiting for the unsaved changes stays. */
static void
supersede_requests (RpWindow *self)
{
  rp_document_cancel_reads (self->document);
  if (self->leave != NULL && !self->leave->close)
    drop_leave (self);
}

static void
load (RpWindow *self,
      GFile    *file,
      LoadMode  mode)
{
  supersede_requests (self);
  rp_document_read_async (self->document, file, on_read_cb, load_op_new (self, file, mode));
}

void
rp_window_open (RpWindow *self,
                GFile    *file)
{
  g_return_if_fail (RP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* The plan it leaves keeps its last edit. */
  rp_document_flush (self->document);
  load (self, file, LOAD_OPEN);
}

static GFile *
default_plan_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "run-planner", "plan.json",
                                            NULL);

  return g_file_new_for_path (path);
}

void
rp_window_open_at_start (RpWindow *self,
                         GFile    *file)
{
  g_autoptr(GFile) target = file != NULL ? g_object_ref (file) : default_plan_file ();
  g_autoptr(GFile) parent = g_file_get_parent (target);
  LoadMode mode;

  g_return_if_fail (RP_IS_WINDOW (self));

  /* A running instance given a file (rp_application_open): the plan it
   * leaves keeps its last edit, and a file that cannot be read leaves
   * it shown, as Open… does. */
  mode = file == NULL ? LOAD_START_DEFAULT : self->plan == NULL ? LOAD_START_FILE : LOAD_OPEN;
  rp_document_flush (self->document);
  if (g_file_query_exists (target, NULL))
    {
      /* Something to show until the file is read. */
      if (self->plan == NULL)
        {
          g_autoptr(RpPlan) placeholder = rp_window_make_empty_plan (NULL);

          rp_window_set_plan (self, placeholder, NULL, NULL);
        }
      load (self, target, mode);
      return;
    }

  if (parent != NULL)
    g_file_make_directory_with_parents (parent, NULL, NULL);
  supersede_requests (self);
  start_new_plan_at (self, target, FALSE, NULL,
                     file == NULL ? _("Drag a workout from the left onto a day: Run Planner "
                                      "fills the rest of the week")
                                  : NULL);
  /* The first plan: a few questions shape it (once). */
  if (file == NULL)
    rp_setup_window_offer (self);
}

/* Changes on disk */

/* Whether the plan in the window has edits its file does not have: the
 * history moved since the last save that landed. */
static gboolean
has_unsaved_changes (RpWindow *self)
{
  return rp_document_get_modified (self->document);
}

#define MAX_NAMED_CHANGES 3

/* "Add Tempo, Move Workout", from the undo history, and how many; NULL
 * when the history no longer reaches the saved state. */
static char *
unsaved_names (RpWindow *self,
               guint    *out_n)
{
  gboolean undone = FALSE;
  g_auto(GStrv) labels = rp_document_list_unsaved (self->document, &undone);
  g_autoptr(GString) names = g_string_new (NULL);
  guint n;

  if (labels == NULL)
    return NULL;

  n = g_strv_length (labels);
  for (guint i = 0; i < n && i < MAX_NAMED_CHANGES; i++)
    {
      g_autofree char *name = undone
                              /* Translators: an unsaved change that undid an edit,
                               * e.g. "Undo Add Tempo" */
                              ? g_strdup_printf (_("Undo %s"), labels[i])
                              : g_strdup (labels[i]);

      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", name);
    }
  if (n > MAX_NAMED_CHANGES)
    g_string_append (names, ", …");

  *out_n = n;
  return g_string_free (g_steal_pointer (&names), FALSE);
}

/* "Reload: your 2 unsaved changes in this window (Add Tempo, Move
 * Workout) would be lost." */
static char *
describe_unsaved (RpWindow *self)
{
  guint n = 0;
  g_autofree char *names = unsaved_names (self, &n);

  if (names == NULL)
    return g_strdup (_("Reload: your unsaved changes in this window would be lost."));

  return g_strdup_printf (ngettext ("Reload: your %u unsaved change in this window (%s) would "
                                    "be lost.",
                                    "Reload: your %u unsaved changes in this window (%s) would "
                                    "be lost.", n),
                          n, names);
}

/* What each choice gives up, by the real state: with unsaved changes,
 * reloading loses them and keeping them leaves the other program's
 * version on disk, unsaved over. */
static char *
reload_dialog_body (RpWindow   *self,
                    const char *reason)
{
  g_autofree char *reload = NULL;

  if (!has_unsaved_changes (self))
    return g_strdup_printf ("%s %s\n\n%s", reason,
                            _("Reload it to see the changes? Nothing in this window is "
                              "unsaved."),
                            _("Keep Current: this window stops saving to the file, so the "
                              "other program's changes stay there; use Save As… for new "
                              "changes."));

  reload = describe_unsaved (self);
  return g_strdup_printf ("%s\n\n%s\n%s", reason, reload,
                          _("Keep Mine: the other program's changes stay on disk; this "
                            "window's plan is not saved there until you use Save As…."));
}

static void
on_reload_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       RpWindow         *self)
{
  gboolean unsaved = has_unsaved_changes (self);
  guint64 *shown_state = g_object_get_data (G_OBJECT (dialog), "rp-state");
  const char *reason = g_object_get_data (G_OBJECT (dialog), "rp-reason");

  self->reload_asked = FALSE;
  if (g_strcmp0 (response, "reload") == 0 && rp_window_get_file (self) != NULL)
    {
      /* An edit came after the dialog was shown (the editor stays open,
       * an autosave was pending): the runner has not been told that
       * reloading loses it, so ask again, naming it. */
      if (self->history != NULL && rp_history_get_state (self->history) != *shown_state)
        {
          g_autofree char *again = g_strdup (reason);

          ask_reload (self, again);
          return;
        }
      load (self, rp_window_get_file (self), LOAD_RELOAD);
    }
  else if (g_strcmp0 (response, "save-as") == 0)
    rp_window_save_as_action (self);
  else
    {
      /* Keep ours, but never write over the other program's version. */
      rp_document_keep_mine (self->document);
      rp_window_show_info_banner (self, unsaved
                                  ? _("The file changed on disk, so your changes are not "
                                      "saved there. Use Save As… to keep them.")
                                  : _("The file changed on disk, so new changes are not "
                                      "saved there. Use Save As… to keep them."));
    }
}

/* A dialog about the window's changes, tagged with the history state it
 * was asked at, so its answer can tell whether an edit came since. */
static AdwMessageDialog *
new_state_dialog (RpWindow   *self,
                  const char *heading,
                  const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  guint64 state = self->history != NULL ? rp_history_get_state (self->history) : 0;

  g_object_set_data_full (G_OBJECT (dialog), "rp-state", g_memdup2 (&state, sizeof state),
                          g_free);

  return ADW_MESSAGE_DIALOG (dialog);
}

/* The dialog words the choice by the real state: only with unsaved
 * changes does reloading lose anything, and it names them. */
static void
ask_reload (RpWindow   *self,
            const char *reason)
{
  AdwMessageDialog *message;
  gboolean unsaved = has_unsaved_changes (self);
  g_autofree char *body = reload_dialog_body (self, reason);

  set_last_message (self, body);
  if (self->reload_asked)
    return;

  self->reload_asked = TRUE;
  message = new_state_dialog (self, _("Plan Changed on Disk"), body);
  g_object_set_data_full (G_OBJECT (message), "rp-reason", g_strdup (reason), g_free);
  if (unsaved)
    adw_message_dialog_add_responses (message,
                                      "keep", _("_Keep Mine"),
                                      "save-as", _("Save _As…"),
                                      "reload", _("_Reload"),
                                      NULL);
  else
    adw_message_dialog_add_responses (message,
                                      "keep", _("_Keep Current"),
                                      "reload", _("_Reload"),
                                      NULL);
  adw_message_dialog_set_response_appearance (message, "reload",
                                              unsaved ? ADW_RESPONSE_DESTRUCTIVE
                                                      : ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (message, unsaved ? "keep" : "reload");
  adw_message_dialog_set_close_response (message, "keep");
  g_signal_connect (message, "response", G_CALLBACK (on_reload_response_cb), self);
  gtk_window_present (GTK_WINDOW (message));
}

/* Unsaved changes: another plan or closing the window waits until they
 * are saved, or asks. */

static void
drop_leave (RpWindow *self)
{
  g_clear_pointer (&self->leave, leave_free);
}

static gboolean
close_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));

  return G_SOURCE_REMOVE;
}

static void
finish_leave (RpWindow *self)
{
  RpLeave *leave = g_steal_pointer (&self->leave);

  if (leave->close)
    {
      leave_free (leave);
      self->may_close = TRUE;
      /* Inside close_request, it returns that the window may go; else
       * the window closes from the main loop, not under the dialog or
       * the save that let it go (its dialogs go with it). */
      if (!self->in_close_request)
        g_idle_add_full (G_PRIORITY_DEFAULT, close_cb, g_object_ref (self), g_object_unref);
      return;
    }

  rp_window_set_plan (self, leave->plan, leave->file, leave->etag);
  if (leave->create && leave->overwrite)
    rp_document_save_as_async (self->document, leave->file, NULL, NULL);
  else if (leave->create)
    rp_document_save_async (self->document, NULL, NULL);
  if (leave->banner != NULL)
    rp_window_show_info_banner (self, leave->banner);
  if (leave->message != NULL)
    rp_window_show_message (self, leave->message);
  leave_free (leave);
}

/* "Your 1 change in this window (Add Tempo) is not saved. “plan.json”
 * was changed by another program, so it was not saved there." */
static char *
leave_dialog_body (RpWindow *self)
{
  guint n = 0;
  g_autofree char *names = unsaved_names (self, &n);
  GFile *file = rp_window_get_file (self);
  g_autofree char *file_name = file != NULL ? g_file_get_basename (file) : NULL;
  g_autofree char *changes = NULL;
  g_autofree char *why = NULL;

  if (names == NULL)
    changes = g_strdup (_("Your changes in this window are not saved."));
  else
    changes = g_strdup_printf (ngettext ("Your %u change in this window (%s) is not saved.",
                                         "Your %u changes in this window (%s) are not saved.", n),
                               n, names);

  if (file == NULL)
    why = g_strdup (_("This plan has no file."));
  else if (is_blocked (self))
    why = g_strdup_printf (_("“%s” was changed by another program, so they were not saved "
                             "there."), file_name);
  else
    why = g_strdup_printf (_("They could not be saved to “%s”."), file_name);

  return g_strdup_printf ("%s %s\n\n%s", changes, why,
                          _("Discard: they are lost. Save As…: keep them in a new file "
                            "first."));
}

static void ask_leave (RpWindow *self);

static void
on_leave_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      RpWindow         *self)
{
  guint64 *shown_state = g_object_get_data (G_OBJECT (dialog), "rp-state");

  self->leave_asked = FALSE;
  if (self->leave == NULL)
    return;

  if (g_strcmp0 (response, "discard") == 0)
    {
      /* An edit came after the dialog was shown (the editor stays
       * open): the runner was not told it would go, so ask again. */
      if (self->history != NULL && rp_history_get_state (self->history) != *shown_state)
        ask_leave (self);
      else
        finish_leave (self);
    }
  else if (g_strcmp0 (response, "save-as") == 0)
    rp_window_save_as_action (self);   /* on_saved_cb goes on */
  else
    drop_leave (self);
}

static void
ask_leave (RpWindow *self)
{
  AdwMessageDialog *message;
  g_autofree char *body = leave_dialog_body (self);

  set_last_message (self, body);
  if (self->leave_asked)
    return;

  self->leave_asked = TRUE;
  message = new_state_dialog (self, _("Unsaved Changes"), body);
  adw_message_dialog_add_responses (message,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save-as", _("Save _As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (message, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (message, "save-as", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (message, "save-as");
  adw_message_dialog_set_close_response (message, "cancel");
  g_signal_connect (message, "response", G_CALLBACK (on_leave_response_cb), self);
  gtk_window_present (GTK_WINDOW (message));
}

/* The pending edit is written first; a save under way is waited for
 * (on_saved_cb comes back here); what is still unsaved then is asked
 * about. */
static void
continue_leave (RpWindow *self)
{
  if (self->leave == NULL || self->leave_asked)
    return;

  rp_document_flush (self->document);
  if (is_writing (self))
    return;

  if (has_unsaved_changes (self))
    ask_leave (self);
  else
    finish_leave (self);
}

/* The latest request replaces one still waiting, but not a close. */
static void
request_leave (RpWindow *self,
               RpLeave  *leave)
{
  if (self->leave != NULL && self->leave->close && !leave->close)
    {
      leave_free (leave);
      return;
    }

  g_clear_pointer (&self->leave, leave_free);
  self->leave = leave;
  continue_leave (self);
}

/* close_request: TRUE if the window may close now; else it closes once
 * its changes are saved, or after asking. */
gboolean
rp_window_close_or_ask (RpWindow *self)
{
  if (!self->may_close)
    {
      RpLeave *leave = g_new0 (RpLeave, 1);

      leave->close = TRUE;
      self->in_close_request = TRUE;
      request_leave (self, leave);
      self->in_close_request = FALSE;
    }

  return self->may_close;
}

/* The plan was saved, its calendar file was not (Plan Settings' "Calendar
 * file" is on): said, and tried again at the next save. */
static void
on_calendar_file_failed (GFile        *calendar_file,
                         const GError *error,
                         gpointer      user_data)
{
  RpWindow *self = RP_WINDOW (user_data);
  g_autofree char *text = NULL;

  /* Translators: a toast; the plan itself was saved. %s says which file
   * and why, e.g. "marathon.ics: cannot write the export: Permission denied" */
  text = g_strdup_printf (_("Saved, but the calendar file was not written: %s"), error->message);
  rp_window_show_message (self, text);
}

void
rp_window_dialogs_init (RpWindow *self)
{
  /* Each save also writes the calendar file when the plan asks for it. */
  rp_calendar_file_follow (self->document, on_calendar_file_failed, self);
  g_signal_connect (self->document, "saved", G_CALLBACK (on_document_saved_cb), self);
  g_signal_connect (self->document, "save-failed", G_CALLBACK (on_document_save_failed_cb),
                    self);
  g_signal_connect (self->document, "disk-changed", G_CALLBACK (on_document_disk_changed_cb),
                    self);
}

void
rp_window_dialogs_dispose (RpWindow *self)
{
  g_clear_pointer (&self->leave, leave_free);
  if (self->document == NULL)
    return;

  /* Saves still being written end as the document's own business. */
  g_signal_handlers_disconnect_by_data (self->document, self);
  rp_document_cancel_reads (self->document);
}

/* File choosers */

static void
add_json_filter (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  /* Plans by type (data/run-planner-plan.mime.xml, which also knows a plan
   * named *.json by its content) or by name, for an uninstalled app; any
   * JSON file second, for plans the MIME database does not know. */
  gtk_file_filter_set_name (plans, _("Run Planner plans"));
  gtk_file_filter_add_mime_type (plans, "application/x-run-planner-plan");
  gtk_file_filter_add_suffix (plans, "runplan.json");
  gtk_file_chooser_add_filter (chooser, plans);
  gtk_file_filter_set_name (json, _("JSON files"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_suffix (json, "json");
  gtk_file_chooser_add_filter (chooser, json);
}

static GtkFileChooserNative *
make_chooser (RpWindow             *self,
              const char           *title,
              GtkFileChooserAction  action,
              const char           *accept)
{
  GtkFileChooserNative *native = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action,
                                                              accept, _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  add_json_filter (GTK_FILE_CHOOSER (native));
  if (action == GTK_FILE_CHOOSER_ACTION_SAVE)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), _("plan.runplan.json"));

  return native;
}

static void
on_new_response_cb (GtkNativeDialog *native,
                    int              response,
                    RpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      rp_window_new_plan_at (self, file);
    }
  g_object_unref (native);
}

void
rp_window_new_plan_at (RpWindow *self,
                       GFile    *file)
{
  g_return_if_fail (RP_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* The chooser already asked before replacing an existing file. The
   * runner's race result, paces and goal race are the runner's, not the
   * plan's: the new plan keeps them. Its unit, volume, rest days,
   * recovery and week start are the Preferences' (what they are for). */
  supersede_requests (self);
  start_new_plan_at (self, file, TRUE,
                     self->plan != NULL ? rp_plan_get_athlete (self->plan) : NULL, NULL);
}

void
rp_window_new_plan_action (RpWindow *self)
{
  GtkFileChooserNative *native = make_chooser (self, _("New Plan"),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Create"));

  g_signal_connect (native, "response", G_CALLBACK (on_new_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
on_open_response_cb (GtkNativeDialog *native,
                     int              response,
                     RpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      rp_window_open (self, file);
    }
  g_object_unref (native);
}

void
rp_window_open_action (RpWindow *self)
{
  GtkFileChooserNative *native = make_chooser (self, _("Open Plan"),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));

  g_signal_connect (native, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

static void
on_save_as_response_cb (GtkNativeDialog *native,
                        int              response,
                        RpWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->plan != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));

      gtk_revealer_set_reveal_child (self->info_revealer, FALSE);
      rp_document_save_as_async (self->document, file, NULL, NULL);
    }
  else
    drop_leave (self);   /* an open or close that waited for this Save As */
  g_object_unref (native);
}

void
rp_window_save_as_action (RpWindow *self)
{
  GtkFileChooserNative *native = make_chooser (self, _("Save Plan As"),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));

  g_signal_connect (native, "response", G_CALLBACK (on_save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}
