/* rp-document.h
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

#include <gio/gio.h>

#include "rp-history.h"
#include "rp-plan.h"

G_BEGIN_DECLS

/* Where the document's saving stands. One state instead of flags, so
 * that no combination the code never meant can arise. */
typedef enum
{
  /* The file has every edit, or the plan has no file. */
  RP_DOCUMENT_STATE_IDLE,
  /* An edit waits for the debounced autosave. */
  RP_DOCUMENT_STATE_SAVE_PENDING,
  /* A save is being written. */
  RP_DOCUMENT_STATE_SAVING,
  /* A save is being written and an edit (or another plan) came since:
   * another save follows once it ends. */
  RP_DOCUMENT_STATE_SAVING_AGAIN,
  /* The file changed on disk and the runner kept the plan shown: nothing
   * is written there until Save As, a reload or another plan. */
  RP_DOCUMENT_STATE_BLOCKED,
  /* BLOCKED while a save begun before is still being written (it will be
   * refused: the file is not the version it was read as). */
  RP_DOCUMENT_STATE_BLOCKED_SAVING,
} RpDocumentState;

#define RP_TYPE_DOCUMENT (rp_document_get_type ())

G_DECLARE_FINAL_TYPE (RpDocument, rp_document, RP, DOCUMENT, GObject)

RpDocument     *rp_document_new                 (void);

RpPlan         *rp_document_get_plan            (RpDocument          *self);
RpHistory      *rp_document_get_history         (RpDocument          *self);
GFile          *rp_document_get_file            (RpDocument          *self);
/* The file's name for a title, or NULL when the plan has no file. */
const char     *rp_document_get_title           (RpDocument          *self);
RpDocumentState rp_document_get_state           (RpDocument          *self);
/* TRUE while a load or save is under way or an autosave is pending. */
gboolean        rp_document_get_busy            (RpDocument          *self);
/* TRUE once the file on disk is known not to be the version read or
 * written here, until a reload, Save As or another plan. */
gboolean        rp_document_get_changed_on_disk (RpDocument          *self);
gboolean        rp_document_get_can_undo        (RpDocument          *self);
gboolean        rp_document_get_can_redo        (RpDocument          *self);
/* TRUE while the plan has edits its file does not have. */
gboolean        rp_document_get_modified        (RpDocument          *self);
/* The undo labels of those edits (see rp_history_list_since). */
char          **rp_document_list_unsaved        (RpDocument          *self,
                                                 gboolean            *out_undone);

/* Shows plan (the document takes a reference), saved at file (NULL: not
 * saved) with the etag read when it was loaded. A new history. */
void            rp_document_set_plan            (RpDocument          *self,
                                                 RpPlan              *plan,
                                                 GFile               *file,
                                                 const char          *etag);

/* Reads a plan file without showing it. The latest read wins: a read
 * still running is cancelled and ends with G_IO_ERROR_CANCELLED. */
void            rp_document_read_async          (RpDocument          *self,
                                                 GFile               *file,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
RpPlan         *rp_document_read_finish         (RpDocument          *self,
                                                 GAsyncResult        *result,
                                                 char               **out_etag,
                                                 GError             **error);
/* Cancels a read still running: a later request (New Plan) wins. */
void            rp_document_cancel_reads        (RpDocument          *self);
/* Reads file and shows its plan (rp_document_set_plan). */
void            rp_document_load_async          (RpDocument          *self,
                                                 GFile               *file,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean        rp_document_load_finish         (RpDocument          *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);

/* Writes the plan to its file now (a pending autosave with it). The
 * result is that of the save that wrote it; "saved" or "save-failed"
 * is emitted too. */
void            rp_document_save_async          (RpDocument          *self,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean        rp_document_save_finish         (RpDocument          *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
/* Saves to file from now on, replacing what is there (a chooser asked). */
void            rp_document_save_as_async       (RpDocument          *self,
                                                 GFile               *file,
                                                 GAsyncReadyCallback  callback,
                                                 gpointer             user_data);
gboolean        rp_document_save_as_finish      (RpDocument          *self,
                                                 GAsyncResult        *result,
                                                 GError             **error);
/* Writes a pending autosave now (before another plan or a close). */
void            rp_document_flush               (RpDocument          *self);
/* The runner kept the plan shown over a change on disk: the document
 * stops saving there (RP_DOCUMENT_STATE_BLOCKED), and only a later
 * version on disk is news. */
void            rp_document_keep_mine           (RpDocument          *self);

G_END_DECLS
