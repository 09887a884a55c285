/* rp-document.c
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

#define G_LOG_DOMAIN "rp-document"

#include "config.h"

#include "rp-document.h"

#include <glib/gi18n.h>

#include "rp-plan-file.h"
#include "rp-planner.h"

/* A plan and its file: the history, the etag read or written last, the
 * reads (the latest wins), the debounced autosave and the watch on the
 * file for other programs' changes. It decides nothing the runner must
 * be asked about: it reports ("disk-changed", "save-failed") and the
 * window asks (docs/design-notes.md, "Who owns the file"). */

#define AUTOSAVE_DELAY_MS 1000
#define MONITOR_DELAY_MS 300

struct _RpDocument
{
  GObject          parent_instance;

  RpPlan          *plan;
  RpHistory       *history;
  GFile           *file;
  char            *title;
  char            *etag;           /* of the version read or written last */
  char            *declined_etag;  /* the version on disk the runner chose not to load */
  GFileMonitor    *monitor;
  GCancellable    *cancellable;    /* etag queries; cancelled at dispose */
  GCancellable    *read_cancellable; /* the latest read: a later one cancels it */
  GPtrArray       *save_waiters;   /* GTasks waiting for the next save to start */
  RpDocumentState  state;
  guint64          saved_state;    /* the history's state the file has */
  gulong           changed_id;
  gulong           undo_id;
  gulong           redo_id;
  guint            autosave_id;
  guint            monitor_check_id;
  guint            read_serial;    /* of the latest read: only it may return a plan */
  guint            n_ops;          /* reads, saves and etag queries in flight */
  gboolean         may_replace;    /* a chooser asked: the next save may replace the file */
  gboolean         changed_on_disk;
  gboolean         busy;           /* as last notified */
  gboolean         modified;       /* as last notified */
};

G_DEFINE_FINAL_TYPE (RpDocument, rp_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_HISTORY,
  PROP_FILE,
  PROP_TITLE,
  PROP_BUSY,
  PROP_CHANGED_ON_DISK,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  SAVED,
  SAVE_FAILED,
  DISK_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* One read, save or etag query of file, with the history (and its
 * state) it began with: a save writes that state, and one of a plan no
 * longer shown is reported as such. */
typedef struct
{
  RpDocument   *self;
  GFile        *file;
  RpHistory    *history;
  guint64       state;
  guint         serial;
  GApplication *held;   /* kept running until a save is written */
  GPtrArray    *tasks;  /* a save's callers */
} Op;

static void update_busy (RpDocument *self);

static Op *
op_new (RpDocument *self,
        GFile      *file)
{
  Op *op = g_new0 (Op, 1);

  op->self = g_object_ref (self);
  op->file = g_object_ref (file);
  if (self->history != NULL)
    {
      op->history = g_object_ref (self->history);
      op->state = rp_history_get_state (self->history);
    }
  self->n_ops++;
  update_busy (self);

  return op;
}

static void
op_free (Op *op)
{
  RpDocument *self = op->self;

  self->n_ops--;
  update_busy (self);
  if (op->held != NULL)
    g_application_release (op->held);
  g_clear_object (&op->held);
  g_clear_pointer (&op->tasks, g_ptr_array_unref);
  g_clear_object (&op->history);
  g_object_unref (op->file);
  g_object_unref (op->self);
  g_free (op);
}

static gboolean
is_writing (RpDocument *self)
{
  return self->state == RP_DOCUMENT_STATE_SAVING
         || self->state == RP_DOCUMENT_STATE_SAVING_AGAIN
         || self->state == RP_DOCUMENT_STATE_BLOCKED_SAVING;
}

static gboolean
is_blocked (RpDocument *self)
{
  return self->state == RP_DOCUMENT_STATE_BLOCKED
         || self->state == RP_DOCUMENT_STATE_BLOCKED_SAVING;
}

static void
set_state (RpDocument      *self,
           RpDocumentState  state)
{
  if (state != RP_DOCUMENT_STATE_SAVE_PENDING)
    g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->state = state;
  update_busy (self);
}

static void
update_busy (RpDocument *self)
{
  gboolean busy = self->n_ops > 0 || self->state == RP_DOCUMENT_STATE_SAVE_PENDING;

  if (busy == self->busy)
    return;

  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
update_modified (RpDocument *self)
{
  gboolean modified = rp_document_get_modified (self);

  if (modified == self->modified)
    return;

  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
set_changed_on_disk (RpDocument *self,
                     gboolean    changed)
{
  if (changed == self->changed_on_disk)
    return;

  self->changed_on_disk = changed;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGED_ON_DISK]);
}

/* Sets the file saves go to; etag NULL: the file is not ours yet. */
static void
set_file (RpDocument *self,
          GFile      *file,
          const char *etag)
{
  g_autofree char *title = file != NULL ? g_file_get_basename (file) : NULL;
  gboolean file_changed = file != self->file;

  g_set_object (&self->file, file);
  g_free (self->etag);
  self->etag = g_strdup (etag);
  g_clear_pointer (&self->declined_etag, g_free);
  self->may_replace = FALSE;
  set_changed_on_disk (self, FALSE);

  if (file_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  if (g_strcmp0 (title, self->title) != 0)
    {
      g_free (self->title);
      self->title = g_steal_pointer (&title);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
    }
}

/* Saving */

static void check_disk_etag (RpDocument *self);

static void
return_tasks (GPtrArray    *tasks,
              const GError *error)
{
  for (guint i = 0; tasks != NULL && i < tasks->len; i++)
    {
      GTask *task = g_ptr_array_index (tasks, i);

      if (error != NULL)
        g_task_return_error (task, g_error_copy (error));
      else
        g_task_return_boolean (task, TRUE);
    }
}

/* Callers waiting for a save that will not be written. */
static void
refuse_waiters (RpDocument *self)
{
  g_autoptr(GPtrArray) tasks = g_steal_pointer (&self->save_waiters);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = self->file != NULL ? g_file_get_basename (self->file) : NULL;

  if (tasks == NULL)
    return;

  if (self->file == NULL)
    error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The plan has no file"));
  else
    error = g_error_new (RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_CHANGED,
                         _("%s: changed on disk since it was read; not overwritten"), name);
  return_tasks (tasks, error);
}

static void save_now (RpDocument *self);

/* What follows a save that ended: another if an edit (or another plan)
 * came while it ran and this one landed or was not of the plan shown. */
static void
finish_saving (RpDocument *self,
               gboolean    ok,
               gboolean    shown)
{
  switch (self->state)
    {
    case RP_DOCUMENT_STATE_SAVING:
      set_state (self, RP_DOCUMENT_STATE_IDLE);
      break;

    case RP_DOCUMENT_STATE_SAVING_AGAIN:
      set_state (self, RP_DOCUMENT_STATE_IDLE);
      if (ok || !shown)
        save_now (self);
      break;

    case RP_DOCUMENT_STATE_BLOCKED_SAVING:
      set_state (self, RP_DOCUMENT_STATE_BLOCKED);
      break;

    case RP_DOCUMENT_STATE_IDLE:
    case RP_DOCUMENT_STATE_SAVE_PENDING:
    case RP_DOCUMENT_STATE_BLOCKED:
    default:
      g_assert_not_reached ();
    }
}

static void
on_saved_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Op *op = user_data;
  RpDocument *self = op->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  gboolean ok = rp_plan_file_save_finish (result, &etag, &error);
  gboolean shown = op->file == self->file && op->history == self->history;

  if (ok && shown)
    {
      g_free (self->etag);
      self->etag = g_steal_pointer (&etag);
      self->may_replace = FALSE;
      self->saved_state = op->state;
      set_changed_on_disk (self, FALSE);
    }
  else if (shown && !is_blocked (self)
           && g_error_matches (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_CHANGED))
    set_changed_on_disk (self, TRUE);

  finish_saving (self, ok, shown);
  /* Callers of a save that will not follow get this one's result. */
  if (!is_writing (self) && self->save_waiters != NULL)
    {
      g_autoptr(GPtrArray) waiters = g_steal_pointer (&self->save_waiters);

      if (op->tasks == NULL)
        op->tasks = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < waiters->len; i++)
        g_ptr_array_add (op->tasks, g_object_ref (g_ptr_array_index (waiters, i)));
    }
  update_modified (self);
  /* Another program may have written between our rename and now, and
   * its monitor event may be merged with ours or never come: look. */
  if (ok && shown && self->state == RP_DOCUMENT_STATE_IDLE)
    check_disk_etag (self);

  return_tasks (op->tasks, error);
  if (ok)
    g_signal_emit (self, signals[SAVED], 0, op->file, shown);
  else
    g_signal_emit (self, signals[SAVE_FAILED], 0, op->file, shown, error);
  op_free (op);
}

static void
save_now (RpDocument *self)
{
  GApplication *app = g_application_get_default ();
  Op *op;

  if (self->file == NULL || self->plan == NULL || is_blocked (self))
    {
      refuse_waiters (self);
      return;
    }
  if (is_writing (self))
    {
      set_state (self, RP_DOCUMENT_STATE_SAVING_AGAIN);
      return;
    }

  set_state (self, RP_DOCUMENT_STATE_SAVING);
  op = op_new (self, self->file);
  op->tasks = g_steal_pointer (&self->save_waiters);
  /* Not cancellable, and the application stays up until it is written:
   * closing the window right after an edit still saves it. */
  if (app != NULL)
    {
      op->held = g_object_ref (app);
      g_application_hold (op->held);
    }
  rp_plan_file_save_async (self->plan, self->file, self->etag, self->may_replace,
                           NULL, on_saved_cb, op);
}

static gboolean
autosave_cb (gpointer user_data)
{
  RpDocument *self = RP_DOCUMENT (user_data);

  self->autosave_id = 0;
  set_state (self, RP_DOCUMENT_STATE_IDLE);
  save_now (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_autosave (RpDocument *self)
{
  if (self->file == NULL)
    return;

  switch (self->state)
    {
    case RP_DOCUMENT_STATE_IDLE:
    case RP_DOCUMENT_STATE_SAVE_PENDING:
      /* Debounced: a burst of edits is written once, a second after the last. */
      g_clear_handle_id (&self->autosave_id, g_source_remove);
      self->autosave_id = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_cb, self);
      set_state (self, RP_DOCUMENT_STATE_SAVE_PENDING);
      break;

    case RP_DOCUMENT_STATE_SAVING:
      set_state (self, RP_DOCUMENT_STATE_SAVING_AGAIN);
      break;

    case RP_DOCUMENT_STATE_SAVING_AGAIN:
    case RP_DOCUMENT_STATE_BLOCKED:
    case RP_DOCUMENT_STATE_BLOCKED_SAVING:
    default:
      break;
    }
}

/* Changes on disk */

static void
on_etag_queried_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  Op *op = user_data;
  RpDocument *self = op->self;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (object), result, NULL);
  const char *etag = info != NULL ? g_file_info_get_etag (info) : NULL;
  /* Not again about the version the runner chose not to load (a check
   * put off while saving comes after the answer), nor while that
   * version is still being looked up. */
  gboolean declined = is_blocked (self)
                      && (self->declined_etag == NULL
                          || g_strcmp0 (etag, self->declined_etag) == 0);

  if (op->file == self->file && !is_writing (self) && etag != NULL && !declined
      && g_strcmp0 (etag, self->etag) != 0)
    {
      set_changed_on_disk (self, TRUE);
      g_signal_emit (self, signals[DISK_CHANGED], 0);
    }

  op_free (op);
}

static void
check_disk_etag (RpDocument *self)
{
  if (self->file == NULL)
    return;

  g_file_query_info_async (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->cancellable, on_etag_queried_cb,
                           op_new (self, self->file));
}

static void
on_declined_etag_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  Op *op = user_data;
  RpDocument *self = op->self;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (object), result, NULL);

  if (info != NULL && op->file == self->file && is_blocked (self))
    {
      g_free (self->declined_etag);
      self->declined_etag = g_strdup (g_file_info_get_etag (info));
    }

  op_free (op);
}

static gboolean
check_file_cb (gpointer user_data)
{
  RpDocument *self = RP_DOCUMENT (user_data);

  self->monitor_check_id = 0;
  /* Our own save also makes events: wait until it finished and its etag is known. */
  if (is_writing (self))
    self->monitor_check_id = g_timeout_add (MONITOR_DELAY_MS, check_file_cb, self);
  else
    check_disk_etag (self);

  return G_SOURCE_REMOVE;
}

static void
on_monitor_changed_cb (GFileMonitor      *monitor,
                       GFile             *file,
                       GFile             *other,
                       GFileMonitorEvent  event,
                       RpDocument        *self)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;

  g_clear_handle_id (&self->monitor_check_id, g_source_remove);
  self->monitor_check_id = g_timeout_add (MONITOR_DELAY_MS, check_file_cb, self);
}

static void
stop_monitor (RpDocument *self)
{
  g_clear_handle_id (&self->monitor_check_id, g_source_remove);
  if (self->monitor == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->monitor, self);
  g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
}

static void
watch_file (RpDocument *self)
{
  stop_monitor (self);
  if (self->file == NULL)
    return;

  self->monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_monitor_changed_cb), self);
}

/* The plan */

static void
on_plan_changed_cb (RpPlan     *plan,
                    RpDate      first,
                    RpDate      last,
                    RpDocument *self)
{
  update_modified (self);
  schedule_autosave (self);
}

static void
on_history_notify_cb (RpHistory  *history,
                      GParamSpec *pspec,
                      RpDocument *self)
{
  if (g_strcmp0 (pspec->name, "can-undo") == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  else
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
disconnect_plan (RpDocument *self)
{
  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_signal_handler (&self->undo_id, self->history);
  g_clear_signal_handler (&self->redo_id, self->history);
}

/* Reading */

typedef struct
{
  RpPlan *plan;
  char   *etag;
} ReadResult;

static void
read_result_free (ReadResult *read)
{
  g_clear_object (&read->plan);
  g_free (read->etag);
  g_free (read);
}

static void
on_read_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Op *op = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  ReadResult *read = g_new0 (ReadResult, 1);

  read->plan = rp_plan_file_load_finish (result, &read->etag, &error);
  /* A later read replaced this one: its plan is never shown. */
  if (error == NULL && op->serial != op->self->read_serial)
    error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_CANCELLED, _("A later plan was opened"));

  if (error != NULL)
    {
      read_result_free (read);
      g_task_return_error (task, g_steal_pointer (&error));
    }
  else
    g_task_return_pointer (task, read, (GDestroyNotify) read_result_free);
}

/* GObject */

static void
rp_document_dispose (GObject *object)
{
  RpDocument *self = RP_DOCUMENT (object);

  disconnect_plan (self);
  stop_monitor (self);
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  rp_document_cancel_reads (self);
  g_clear_object (&self->history);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (rp_document_parent_class)->dispose (object);
}

static void
rp_document_finalize (GObject *object)
{
  RpDocument *self = RP_DOCUMENT (object);

  g_assert (self->save_waiters == NULL);
  g_clear_object (&self->cancellable);
  g_free (self->title);
  g_free (self->etag);
  g_free (self->declined_etag);

  G_OBJECT_CLASS (rp_document_parent_class)->finalize (object);
}

static void
rp_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  RpDocument *self = RP_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_BUSY:
      g_value_set_boolean (value, rp_document_get_busy (self));
      break;

    case PROP_CHANGED_ON_DISK:
      g_value_set_boolean (value, self->changed_on_disk);
      break;

    case PROP_CAN_UNDO:
      g_value_set_boolean (value, rp_document_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, rp_document_get_can_redo (self));
      break;

    case PROP_MODIFIED:
      g_value_set_boolean (value, rp_document_get_modified (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
read_only_boolean (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
rp_document_class_init (RpDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = rp_document_dispose;
  object_class->finalize = rp_document_finalize;
  object_class->get_property = rp_document_get_property;

  /* The plan shown: replaced by a load, New Plan or a reload. */
  properties[PROP_PLAN] = g_param_spec_object ("plan", NULL, NULL, RP_TYPE_PLAN, flags);
  /* The plan's undo history: a new one with each plan. */
  properties[PROP_HISTORY] = g_param_spec_object ("history", NULL, NULL, RP_TYPE_HISTORY, flags);
  /* Where the plan is saved, or NULL. */
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, flags);
  /* The file's name, or NULL. */
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_BUSY] = read_only_boolean ("busy");
  properties[PROP_CHANGED_ON_DISK] = read_only_boolean ("changed-on-disk");
  properties[PROP_CAN_UNDO] = read_only_boolean ("can-undo");
  properties[PROP_CAN_REDO] = read_only_boolean ("can-redo");
  properties[PROP_MODIFIED] = read_only_boolean ("modified");
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A save landed: file, and whether it was of the plan shown. */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                 G_TYPE_FILE, G_TYPE_BOOLEAN);
  /* A save failed: file, whether it was of the plan shown (else the
   * document shows another plan or file by now), and why. A save the
   * file's change on disk refused fails with RP_PLAN_FILE_ERROR_CHANGED. */
  signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                       G_TYPE_FILE, G_TYPE_BOOLEAN, G_TYPE_ERROR);
  /* Another program changed the file (the etag on disk is not ours),
   * unless it is the version the runner chose to keep theirs over. */
  signals[DISK_CHANGED] = g_signal_new ("disk-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
rp_document_init (RpDocument *self)
{
  self->cancellable = g_cancellable_new ();
  self->state = RP_DOCUMENT_STATE_IDLE;
}

/* Public API */

RpDocument *
rp_document_new (void)
{
  return g_object_new (RP_TYPE_DOCUMENT, NULL);
}

RpPlan *
rp_document_get_plan (RpDocument *self)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), NULL);

  return self->plan;
}

RpHistory *
rp_document_get_history (RpDocument *self)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), NULL);

  return self->history;
}

GFile *
rp_document_get_file (RpDocument *self)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), NULL);

  return self->file;
}

const char *
rp_document_get_title (RpDocument *self)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), NULL);

  return self->title;
}

RpDocumentState
rp_document_get_state (RpDocument *self)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), RP_DOCUMENT_STATE_IDLE);

  return self->state;
}

gboolean
rp_document_get_busy (RpDocument *self)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), FALSE);

  return self->n_ops > 0 || self->state == RP_DOCUMENT_STATE_SAVE_PENDING;
}

gboolean
rp_document_get_changed_on_disk (RpDocument *self)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), FALSE);

  return self->changed_on_disk;
}

gboolean
rp_document_get_can_undo (RpDocument *self)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), FALSE);

  return self->history != NULL && rp_history_can_undo (self->history);
}

gboolean
rp_document_get_can_redo (RpDocument *self)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), FALSE);

  return self->history != NULL && rp_history_can_redo (self->history);
}

gboolean
rp_document_get_modified (RpDocument *self)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), FALSE);

  return self->history != NULL && rp_history_get_state (self->history) != self->saved_state;
}

char **
rp_document_list_unsaved (RpDocument *self,
                          gboolean   *out_undone)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), NULL);

  if (self->history == NULL)
    return NULL;

  return rp_history_list_since (self->history, self->saved_state, out_undone);
}

void
rp_document_set_plan (RpDocument *self,
                      RpPlan     *plan,
                      GFile      *file,
                      const char *etag)
{
  g_autoptr(RpHistory) history = NULL;
  gboolean plan_changed;
  gboolean could_undo;
  gboolean could_redo;

  g_return_if_fail (RP_IS_DOCUMENT (self));
  g_return_if_fail (RP_IS_PLAN (plan));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  could_undo = rp_document_get_can_undo (self);
  could_redo = rp_document_get_can_redo (self);
  disconnect_plan (self);
  /* Derived data (summaries, warnings) is not in the file. */
  rp_planner_analyze (plan);

  history = rp_history_new (plan);
  plan_changed = plan != self->plan;
  g_set_object (&self->plan, plan);
  g_set_object (&self->history, history);
  self->saved_state = rp_history_get_state (history);
  set_file (self, file, etag);
  /* A save of the plan left may still be writing: it ends as it began. */
  set_state (self, is_writing (self) ? RP_DOCUMENT_STATE_SAVING : RP_DOCUMENT_STATE_IDLE);
  watch_file (self);

  self->changed_id = g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
  self->undo_id = g_signal_connect (history, "notify::can-undo",
                                    G_CALLBACK (on_history_notify_cb), self);
  self->redo_id = g_signal_connect (history, "notify::can-redo",
                                    G_CALLBACK (on_history_notify_cb), self);

  if (plan_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HISTORY]);
  if (could_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  update_modified (self);
}

void
rp_document_cancel_reads (RpDocument *self)
{
  g_return_if_fail (RP_IS_DOCUMENT (self));

  if (self->read_cancellable != NULL)
    g_cancellable_cancel (self->read_cancellable);
  g_clear_object (&self->read_cancellable);
  self->read_serial++;
}

void
rp_document_read_async (RpDocument          *self,
                        GFile               *file,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;
  Op *op;

  g_return_if_fail (RP_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  rp_document_cancel_reads (self);
  self->read_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->read_cancellable, callback, user_data);
  g_task_set_source_tag (task, rp_document_read_async);
  op = op_new (self, file);
  op->serial = self->read_serial;
  g_task_set_task_data (task, op, (GDestroyNotify) op_free);
  rp_plan_file_load_async (file, self->read_cancellable, on_read_cb, task);
}

RpPlan *
rp_document_read_finish (RpDocument    *self,
                         GAsyncResult  *result,
                         char         **out_etag,
                         GError       **error)
{
  ReadResult *read;
  RpPlan *plan;

  g_return_val_if_fail (RP_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == rp_document_read_async, NULL);

  read = g_task_propagate_pointer (G_TASK (result), error);
  if (read == NULL)
    return NULL;

  plan = g_steal_pointer (&read->plan);
  if (out_etag != NULL)
    *out_etag = g_steal_pointer (&read->etag);
  read_result_free (read);

  return plan;
}

static void
on_load_read_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  RpDocument *self = RP_DOCUMENT (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(RpPlan) plan = rp_document_read_finish (self, result, &etag, &error);

  if (plan == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  rp_document_set_plan (self, plan, g_task_get_task_data (task), etag);
  g_task_return_boolean (task, TRUE);
}

void
rp_document_load_async (RpDocument          *self,
                        GFile               *file,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (RP_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (task, rp_document_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  rp_document_read_async (self, file, on_load_read_cb, task);
}

gboolean
rp_document_load_finish (RpDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
wait_for_next_save (RpDocument          *self,
                    gpointer             source_tag,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  GTask *task = g_task_new (self, NULL, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  if (self->save_waiters == NULL)
    self->save_waiters = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->save_waiters, task);
}

void
rp_document_save_async (RpDocument          *self,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_return_if_fail (RP_IS_DOCUMENT (self));

  wait_for_next_save (self, rp_document_save_async, callback, user_data);
  if (self->state == RP_DOCUMENT_STATE_SAVE_PENDING)
    set_state (self, RP_DOCUMENT_STATE_IDLE);
  save_now (self);
}

gboolean
rp_document_save_finish (RpDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (RP_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
rp_document_save_as_async (RpDocument          *self,
                           GFile               *file,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_return_if_fail (RP_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  set_file (self, file, NULL);
  self->may_replace = TRUE;
  /* A new file: whatever was refused or declined at the old one is past. */
  set_state (self, is_writing (self) ? RP_DOCUMENT_STATE_SAVING : RP_DOCUMENT_STATE_IDLE);
  watch_file (self);
  wait_for_next_save (self, rp_document_save_async, callback, user_data);
  save_now (self);
}

gboolean
rp_document_save_as_finish (RpDocument    *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  return rp_document_save_finish (self, result, error);
}

void
rp_document_flush (RpDocument *self)
{
  g_return_if_fail (RP_IS_DOCUMENT (self));

  if (self->state != RP_DOCUMENT_STATE_SAVE_PENDING)
    return;

  set_state (self, RP_DOCUMENT_STATE_IDLE);
  save_now (self);
}

void
rp_document_keep_mine (RpDocument *self)
{
  g_return_if_fail (RP_IS_DOCUMENT (self));

  /* Never write over the other program's version. */
  set_state (self, is_writing (self) ? RP_DOCUMENT_STATE_BLOCKED_SAVING
                                     : RP_DOCUMENT_STATE_BLOCKED);
  refuse_waiters (self);

  /* The version on disk now is the one declined; only a later one is news. */
  g_clear_pointer (&self->declined_etag, g_free);
  if (self->file == NULL)
    return;

  g_file_query_info_async (self->file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_DEFAULT, self->cancellable, on_declined_etag_cb,
                           op_new (self, self->file));
}
