/* rp-history.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-history"

#include "config.h"

#include "rp-history.h"
#include "rp-planner.h"

/* Undo restores the days exactly as they were, engine entries included, so
 * only the derived warnings need recomputing afterwards; no re-fill runs. */

#define MAX_STEPS 200

typedef struct
{
  char       *label;
  RpPlanEdit *edit;
  guint64     id;      /* the state after it */
} Step;

struct _RpHistory
{
  GObject  parent_instance;

  RpPlan  *plan;
  GQueue   undo;     /* of Step, newest at the head */
  GQueue   redo;
  char    *pending_label;
  guint    depth;
  guint64  last_id;
  guint64  base_state;  /* the state with nothing left to undo */
};

G_DEFINE_FINAL_TYPE (RpHistory, rp_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->label);
  rp_plan_edit_free (step->edit);
  g_free (step);
}

static void
clear_queue (GQueue *queue)
{
  g_queue_clear_full (queue, step_free);
}

/* The properties before a change, to notify those it changed. A label
 * is copied: its step may be freed by the change. */
typedef struct
{
  gboolean  can_undo;
  gboolean  can_redo;
  char     *undo_label;
  char     *redo_label;
} Before;

static void
before_take (RpHistory *self,
             Before    *before)
{
  before->can_undo = rp_history_can_undo (self);
  before->can_redo = rp_history_can_redo (self);
  before->undo_label = g_strdup (rp_history_get_undo_label (self));
  before->redo_label = g_strdup (rp_history_get_redo_label (self));
}

/* Emits the notifies only for values that changed. The labels change
 * while can-undo stays TRUE (a second edit), which is why they are
 * properties of their own: a tooltip that follows only can-undo goes
 * stale. */
static void
notify_change (RpHistory *self,
               Before    *before)
{
  if (before->can_undo != rp_history_can_undo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before->can_redo != rp_history_can_redo (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (g_strcmp0 (before->undo_label, rp_history_get_undo_label (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (g_strcmp0 (before->redo_label, rp_history_get_redo_label (self)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
  g_free (before->undo_label);
  g_free (before->redo_label);
}

static void
rp_history_finalize (GObject *object)
{
  RpHistory *self = (RpHistory *) object;

  clear_queue (&self->undo);
  clear_queue (&self->redo);
  g_clear_pointer (&self->pending_label, g_free);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (rp_history_parent_class)->finalize (object);
}

static void
rp_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RpHistory *self = RP_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, rp_history_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, rp_history_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, rp_history_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, rp_history_get_redo_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_history_class_init (RpHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_history_finalize;
  object_class->get_property = rp_history_get_property;

  /**
   * RpHistory:can-undo:
   *
   * Whether there is an edit to undo.
   */
  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpHistory:can-redo:
   *
   * Whether there is an undone edit to redo.
   */
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpHistory:undo-label:
   *
   * The label of the edit undo would undo ("Add Tempo"), or %NULL.
   */
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpHistory:redo-label:
   *
   * The label of the edit redo would redo, or %NULL.
   */
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
rp_history_init (RpHistory *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}

RpHistory *
rp_history_new (RpPlan *plan)
{
  RpHistory *self;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);

  self = g_object_new (RP_TYPE_HISTORY, NULL);
  self->plan = g_object_ref (plan);

  return self;
}

RpPlan *
rp_history_get_plan (RpHistory *self)
{
  g_return_val_if_fail (RP_IS_HISTORY (self), NULL);

  return self->plan;
}

void
rp_history_begin (RpHistory  *self,
                  const char *label)
{
  g_return_if_fail (RP_IS_HISTORY (self));

  if (self->depth++ == 0)
    {
      g_free (self->pending_label);
      self->pending_label = g_strdup (label);
    }

  rp_plan_begin_edit (self->plan);
}

void
rp_history_commit (RpHistory *self)
{
  Before before;
  RpPlanEdit *edit;
  Step *step;

  g_return_if_fail (RP_IS_HISTORY (self));
  g_return_if_fail (self->depth > 0);

  edit = rp_plan_end_edit (self->plan);
  if (--self->depth > 0 || edit == NULL)
    return;

  before_take (self, &before);

  step = g_new0 (Step, 1);
  step->label = g_steal_pointer (&self->pending_label);
  step->edit = edit;
  step->id = ++self->last_id;
  g_queue_push_head (&self->undo, step);
  while (g_queue_get_length (&self->undo) > MAX_STEPS)
    {
      Step *oldest = g_queue_pop_tail (&self->undo);

      self->base_state = oldest->id;
      step_free (oldest);
    }
  clear_queue (&self->redo);

  notify_change (self, &before);
}

gboolean
rp_history_can_undo (RpHistory *self)
{
  g_return_val_if_fail (RP_IS_HISTORY (self), FALSE);

  return !g_queue_is_empty (&self->undo);
}

gboolean
rp_history_can_redo (RpHistory *self)
{
  g_return_val_if_fail (RP_IS_HISTORY (self), FALSE);

  return !g_queue_is_empty (&self->redo);
}

const char *
rp_history_get_undo_label (RpHistory *self)
{
  Step *step;

  g_return_val_if_fail (RP_IS_HISTORY (self), NULL);

  step = g_queue_peek_head (&self->undo);

  return step != NULL ? step->label : NULL;
}

const char *
rp_history_get_redo_label (RpHistory *self)
{
  Step *step;

  g_return_val_if_fail (RP_IS_HISTORY (self), NULL);

  step = g_queue_peek_head (&self->redo);

  return step != NULL ? step->label : NULL;
}

/* Moves one step from one queue to the other, applying it. */
static gboolean
travel (RpHistory *self,
        GQueue    *from,
        GQueue    *to,
        gboolean   undo)
{
  Before before;
  Step *step;

  g_return_val_if_fail (self->depth == 0, FALSE);

  if (g_queue_is_empty (from))
    return FALSE;
  before_take (self, &before);
  step = g_queue_pop_head (from);

  rp_plan_freeze_changed (self->plan);
  if (undo)
    rp_plan_edit_undo (step->edit, self->plan);
  else
    rp_plan_edit_redo (step->edit, self->plan);
  rp_planner_analyze (self->plan);
  rp_plan_thaw_changed (self->plan);

  g_queue_push_head (to, step);
  notify_change (self, &before);

  return TRUE;
}

gboolean
rp_history_undo (RpHistory *self)
{
  g_return_val_if_fail (RP_IS_HISTORY (self), FALSE);

  return travel (self, &self->undo, &self->redo, TRUE);
}

gboolean
rp_history_redo (RpHistory *self)
{
  g_return_val_if_fail (RP_IS_HISTORY (self), FALSE);

  return travel (self, &self->redo, &self->undo, FALSE);
}

guint64
rp_history_get_state (RpHistory *self)
{
  Step *step;

  g_return_val_if_fail (RP_IS_HISTORY (self), 0);

  step = g_queue_peek_head (&self->undo);

  return step != NULL ? step->id : self->base_state;
}

/* Adds the labels of queue's steps from its head on until the one that
 * leads to state (included when include_match); FALSE if none does. */
static gboolean
collect_until (GQueue    *queue,
               guint64    state,
               gboolean   include_match,
               GPtrArray *labels)
{
  for (GList *l = queue->head; l != NULL; l = l->next)
    {
      Step *step = l->data;

      if (step->id == state && !include_match)
        return TRUE;
      g_ptr_array_add (labels, g_strdup (step->label != NULL ? step->label : ""));
      if (step->id == state)
        return TRUE;
    }

  return FALSE;
}

static void
reverse (GPtrArray *array)
{
  for (guint i = 0; i < array->len / 2; i++)
    {
      gpointer tmp = array->pdata[i];

      array->pdata[i] = array->pdata[array->len - 1 - i];
      array->pdata[array->len - 1 - i] = tmp;
    }
}

char **
rp_history_list_since (RpHistory *self,
                       guint64    state,
                       gboolean  *out_undone)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  gboolean undone = FALSE;

  g_return_val_if_fail (RP_IS_HISTORY (self), NULL);

  /* Edits made since: state is below them in the undo queue (or is the
   * base under it). Else edits undone since: state is in the redo queue.
   * Never both: a new edit after an undo drops the redo queue. */
  if (!collect_until (&self->undo, state, FALSE, labels) && state != self->base_state)
    {
      g_ptr_array_set_size (labels, 0);
      if (!collect_until (&self->redo, state, TRUE, labels))
        return NULL;
      undone = TRUE;
    }

  /* Both queues hold the newest first. */
  reverse (labels);
  g_ptr_array_add (labels, NULL);
  if (out_undone != NULL)
    *out_undone = undone;

  return (char **) g_ptr_array_free (g_steal_pointer (&labels), FALSE);
}
