/* rp-week-view.c
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

#define G_LOG_DOMAIN "rp-week-view"

#include "config.h"

#include "rp-week-view.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-date.h"
#include "rp-day-column.h"
#include "rp-parse.h"
#include "rp-reflow-box.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"
#include "rp-warning.h"
#include "rp-week-summary-view.h"
#include "rp-workout-card.h"

#define N_DAYS 7

struct _RpWeekView
{
  GtkWidget      parent_instance;

  /* template widgets */
  GtkWidget     *outside_box;
  GtkLabel      *outside_label;
  GtkWidget     *extend_button;
  GtkWidget     *days_box;
  RpWeekSummaryView *summary;

  RpDayColumn   *days[N_DAYS];
  GtkDropTarget *drop_target;
  int            highlighted;   /* day under a drag, or -1 */
  guint          focus_day;

  /* owned */
  RpPlan        *plan;
  gulong         changed_id;
  RpDate         week_start;
};

G_DEFINE_FINAL_TYPE (RpWeekView, rp_week_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_WEEK_START,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  NAVIGATE,
  WORKOUT_DROPPED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static RpUnit
plan_unit (RpWeekView *self)
{
  return rp_athlete_get_unit (rp_plan_get_athlete (self->plan));
}

static char *
day_warnings_text (RpWeekView *self,
                   RpDate      date)
{
  guint mask = rp_plan_get_day_warnings (self->plan, date);
  GString *str = g_string_new (NULL);

  for (RpWarningCode code = 0; code < RP_N_WARNINGS; code++)
    {
      g_autofree char *text = NULL;

      if ((mask & RP_WARNING_BIT (code)) == 0)
        continue;
      text = rp_warning_format (code, NULL, plan_unit (self));
      if (str->len > 0)
        g_string_append_c (str, '\n');
      g_string_append (str, text);
    }

  if (str->len == 0)
    {
      g_string_free (str, TRUE);
      return NULL;
    }

  return g_string_free (str, FALSE);
}

static void
update_day_label (RpWeekView *self,
                  guint       day,
                  const char *warnings)
{
  RpDate date = self->week_start + day;
  g_autofree char *name = rp_date_format_day_long (date);
  g_autofree char *label = NULL;
  guint n = rp_plan_get_n_workouts (self->plan, date);

  /* Translators: accessible label of a day column, e.g.
   * "Tuesday 24 November 2026, 2 workouts" */
  label = g_strdup_printf (ngettext ("%s, %u workout", "%s, %u workouts", n), name, n);
  if (warnings != NULL)
    {
      g_autofree char *with_warnings = g_strdup_printf ("%s. %s", label, warnings);

      rp_ui_set_label (GTK_WIDGET (self->days[day]), with_warnings);
    }
  else
    rp_ui_set_label (GTK_WIDGET (self->days[day]), label);
}

/* Shows the day's workouts in its cards, reusing the cards already there:
 * a card whose workout looks the same changes nothing, so an edit or a
 * week switch re-lays out only what it changed. */
static void
sync_cards (RpWeekView *self,
            GtkWidget  *cards,
            RpDate      date)
{
  GtkWidget *child = gtk_widget_get_first_child (cards);
  guint n = self->plan != NULL ? rp_plan_get_n_workouts (self->plan, date) : 0;

  for (guint i = 0; i < n; i++)
    {
      RpWorkout *workout = rp_plan_get_workout (self->plan, date, i);

      if (child != NULL)
        {
          rp_workout_card_set_workout (RP_WORKOUT_CARD (child), self->plan, workout, i);
          child = gtk_widget_get_next_sibling (child);
        }
      else
        gtk_box_append (GTK_BOX (cards), rp_workout_card_new (self->plan, workout, i, FALSE));
    }

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (GTK_BOX (cards), child);
      child = next;
    }
}

static void
set_css_class (GtkWidget  *widget,
               const char *css_class,
               gboolean    set)
{
  if (set)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

static gboolean
is_outside (RpWeekView *self,
            RpDate      date)
{
  return self->plan != NULL && !rp_plan_contains (self->plan, date);
}

/* A day outside the plan looks and reads as outside: nothing is planned
 * there, and only an edit (a drop, an add, "Extend") makes it part of it. */
static void
update_day_outside (RpWeekView *self,
                    guint       day)
{
  GtkWidget *column = GTK_WIDGET (self->days[day]);
  gboolean outside = is_outside (self, self->week_start + day);

  set_css_class (column, "outside-plan", outside);
  rp_ui_set_description (column,
                         outside
                         ? _("Outside the plan. Drop a workout here, or press Ctrl+N to add "
                             "one: the plan grows to this day")
                         : _("Drop a workout here, or press Ctrl+N to add one"));
}

static void
rebuild_day (RpWeekView *self,
             guint       day)
{
  RpDayColumn *column = self->days[day];
  GtkWidget *cards = GTK_WIDGET (rp_day_column_get_cards (column));
  RpDate date = self->week_start + day;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus = focus != NULL && gtk_widget_is_ancestor (focus, cards);
  g_autofree char *warnings = NULL;

  rp_day_column_set_date (column, date);
  set_css_class (GTK_WIDGET (column), "today", date == rp_date_today ());
  update_day_outside (self, day);

  sync_cards (self, cards, date);

  if (self->plan == NULL)
    return;

  warnings = day_warnings_text (self, date);
  rp_day_column_set_warnings (column, warnings);
  update_day_label (self, day, warnings);

  /* The card that had the focus is gone: keep it on the same day. */
  if (had_focus && (gtk_root_get_focus (root) == NULL
                    || !gtk_widget_is_ancestor (gtk_root_get_focus (root), cards)))
    gtk_widget_grab_focus (GTK_WIDGET (column));
}

/* A week outside the plan says so, with its one-click "Extend the plan
 * to here"; its summary (RpWeekSummaryView) shows nothing. */
static void
update_outside_banner (RpWeekView *self)
{
  gboolean outside = is_outside (self, self->week_start)
                     || is_outside (self, self->week_start + N_DAYS - 1);
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *text = NULL;

  gtk_widget_set_visible (self->outside_box, outside);
  if (!outside)
    return;

  first = rp_date_format_day_long (rp_plan_get_start (self->plan));
  last = rp_date_format_day_long (rp_plan_get_end (self->plan));
  /* Translators: shown above a week outside the plan, e.g. "This week is
   * outside the plan, which runs from Monday 1 March 2027 to Sunday 20 June 2027." */
  text = g_strdup_printf (_("This week is outside the plan, which runs from %s to %s."),
                          first, last);
  gtk_label_set_text (self->outside_label, text);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->extend_button), "u",
                                    (guint32) self->week_start);
}

static void
rebuild_all (RpWeekView *self)
{
  for (guint day = 0; day < N_DAYS; day++)
    rebuild_day (self, day);
  update_outside_banner (self);
}

static void
on_plan_changed_cb (RpPlan     *plan,
                    RpDate      first,
                    RpDate      last,
                    RpWeekView *self)
{
  RpDate week_last = self->week_start + N_DAYS - 1;

  /* "changed" names only days inside the plan: a week that an undo took
   * out of it (or that is outside anyway) is redone whole. */
  if (is_outside (self, self->week_start) || is_outside (self, week_last))
    {
      rebuild_all (self);
      return;
    }
  if (last < self->week_start || first > week_last)
    return;

  /* Only the days the plan names: a drop re-lays out a handful of cards. */
  for (RpDate date = MAX (first, self->week_start); date <= MIN (last, week_last); date++)
    rebuild_day (self, date - self->week_start);
  /* An extend that took this week into the plan hides its banner. */
  update_outside_banner (self);
}

static int
day_at (RpWeekView *self,
        double      x,
        double      y)
{
  for (guint day = 0; day < N_DAYS; day++)
    {
      graphene_rect_t bounds;

      /* The drop target's coordinates: the days box's. */
      if (!gtk_widget_compute_bounds (GTK_WIDGET (self->days[day]), self->days_box, &bounds))
        continue;
      /* A row of days or a list of them: both coordinates count. */
      if (graphene_rect_contains_point (&bounds, &GRAPHENE_POINT_INIT (x, y)))
        return day;
    }

  return -1;
}

static void
set_highlight (RpWeekView *self,
               int         day)
{
  if (self->highlighted == day)
    return;

  if (self->highlighted >= 0)
    gtk_widget_remove_css_class (GTK_WIDGET (self->days[self->highlighted]), "drop-highlight");
  self->highlighted = day;
  if (day >= 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->days[day]), "drop-highlight");
}

static GdkDragAction
on_drop_target_motion_cb (GtkDropTarget *target,
                          double         x,
                          double         y,
                          RpWeekView    *self)
{
  int day = day_at (self, x, y);

  set_highlight (self, day);
  if (day < 0 || self->plan == NULL)
    return 0;

  return rp_ui_drop_preferred_action (target);
}

static void
on_drop_target_leave_cb (GtkDropTarget *target,
                         RpWeekView    *self)
{
  set_highlight (self, -1);
}

static gboolean
on_drop_target_drop_cb (GtkDropTarget *target,
                        const GValue  *value,
                        double         x,
                        double         y,
                        RpWeekView    *self)
{
  int day = day_at (self, x, y);
  RpWorkout *workout = g_value_get_object (value);
  gboolean handled = FALSE;

  set_highlight (self, -1);
  if (day < 0 || self->plan == NULL || workout == NULL)
    return FALSE;

  /* The view only says what was dropped where, and how: the window
   * makes the edit (and says why when it refuses it). */
  g_signal_emit (self, signals[WORKOUT_DROPPED], 0, workout,
                 (guint) (self->week_start + day), rp_ui_drop_get_action (target), &handled);
  return handled;
}

static int
focused_day (RpWeekView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL)
    return -1;
  for (guint day = 0; day < N_DAYS; day++)
    if (focus == GTK_WIDGET (self->days[day]) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->days[day])))
      return day;

  return -1;
}

/* A narrow window lists the days one above the other: there Up and Down
 * go from day to day, as Left and Right do in a row. Only from the day
 * itself: on a card, they are GTK's own moves between the cards. */
static gboolean
days_stacked_focus (RpWeekView *self,
                    int         day)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return root != NULL && gtk_root_get_focus (root) == GTK_WIDGET (self->days[day]) &&
         !rp_reflow_box_fits_row (RP_REFLOW_BOX (self->days_box),
                                  gtk_widget_get_width (self->days_box));
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   RpWeekView            *self)
{
  int day = focused_day (self);
  int delta;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0 || day < 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left)
    delta = -1;
  else if (keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right)
    delta = 1;
  else if ((keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) && days_stacked_focus (self, day))
    delta = -1;
  else if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && days_stacked_focus (self, day))
    delta = 1;
  else
    return GDK_EVENT_PROPAGATE;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL &&
      (keyval == GDK_KEY_Left || keyval == GDK_KEY_KP_Left ||
       keyval == GDK_KEY_Right || keyval == GDK_KEY_KP_Right))
    delta = -delta;

  day += delta;
  if (day < 0 || day >= N_DAYS)
    {
      self->focus_day = day < 0 ? N_DAYS - 1 : 0;
      g_signal_emit (self, signals[NAVIGATE], 0, delta);
      return GDK_EVENT_STOP;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->days[day]));
  return GDK_EVENT_STOP;
}

static void
on_column_focus_enter_cb (GtkEventControllerFocus *controller,
                          RpWeekView              *self)
{
  GtkWidget *column = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  for (guint day = 0; day < N_DAYS; day++)
    if (GTK_WIDGET (self->days[day]) == column)
      self->focus_day = day;
}

/* Day columns are focusable widgets in date order: GTK's own Tab goes
 * through each day, then its cards. */
static void
build_day (RpWeekView *self,
           guint       day)
{
  GtkWidget *column = rp_day_column_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect (focus, "enter", G_CALLBACK (on_column_focus_enter_cb), self);
  gtk_widget_add_controller (column, focus);
  self->days[day] = RP_DAY_COLUMN (column);
  rp_reflow_box_append (RP_REFLOW_BOX (self->days_box), column);
}

static void
rp_week_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  RpWeekView *self = RP_WEEK_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_WEEK_START:
      g_value_set_uint (value, self->week_start);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_week_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  RpWeekView *self = RP_WEEK_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      rp_week_view_set_plan (self, g_value_get_object (value));
      break;

    case PROP_WEEK_START:
      rp_week_view_set_week_start (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_week_view_dispose (GObject *object)
{
  RpWeekView *self = RP_WEEK_VIEW (object);

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_WEEK_VIEW);

  G_OBJECT_CLASS (rp_week_view_parent_class)->dispose (object);
}

static void
rp_week_view_class_init (RpWeekViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rp_week_view_get_property;
  object_class->set_property = rp_week_view_set_property;
  object_class->dispose = rp_week_view_dispose;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         RP_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEEK_START] =
    g_param_spec_uint ("week-start", NULL, NULL,
                       1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[NAVIGATE] = g_signal_new ("navigate",
                                    G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 1, G_TYPE_INT);
  signals[WORKOUT_DROPPED] = g_signal_new ("workout-dropped",
                                           G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST,
                                           0, g_signal_accumulator_true_handled, NULL, NULL,
                                           G_TYPE_BOOLEAN, 3,
                                           RP_TYPE_WORKOUT, G_TYPE_UINT, GDK_TYPE_DRAG_ACTION);

  g_type_ensure (RP_TYPE_REFLOW_BOX);
  g_type_ensure (RP_TYPE_WEEK_SUMMARY_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-week-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RpWeekView, outside_box);
  gtk_widget_class_bind_template_child (widget_class, RpWeekView, outside_label);
  gtk_widget_class_bind_template_child (widget_class, RpWeekView, extend_button);
  gtk_widget_class_bind_template_child (widget_class, RpWeekView, days_box);
  gtk_widget_class_bind_template_child (widget_class, RpWeekView, summary);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "weekview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rp_week_view_init (RpWeekView *self)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkEventController *keys = gtk_event_controller_key_new ();
  GType types[] = { RP_TYPE_WORKOUT };

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 12);

  self->highlighted = -1;
  self->week_start = rp_date_week_start (rp_date_today (), G_DATE_MONDAY);
  self->focus_day = rp_date_get_weekday (rp_date_today ()) - 1;
  for (guint day = 0; day < N_DAYS; day++)
    build_day (self, day);

  /* One target for the whole view; motion finds the day (as gnome-calendar's
   * month view does). */
  self->drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY | GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (self->drop_target, types, G_N_ELEMENTS (types));
  gtk_drop_target_set_preload (self->drop_target, TRUE);
  g_signal_connect (self->drop_target, "motion", G_CALLBACK (on_drop_target_motion_cb), self);
  g_signal_connect (self->drop_target, "enter", G_CALLBACK (on_drop_target_motion_cb), self);
  g_signal_connect (self->drop_target, "leave", G_CALLBACK (on_drop_target_leave_cb), self);
  g_signal_connect (self->drop_target, "drop", G_CALLBACK (on_drop_target_drop_cb), self);
  gtk_widget_add_controller (self->days_box, GTK_EVENT_CONTROLLER (self->drop_target));

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* The target first: the action takes a date. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->extend_button), "u", (guint32) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->extend_button), "plan.extend-to");
}

GtkWidget *
rp_week_view_new (void)
{
  return g_object_new (RP_TYPE_WEEK_VIEW, NULL);
}

void
rp_week_view_set_plan (RpWeekView *self,
                       RpPlan     *plan)
{
  g_return_if_fail (RP_IS_WEEK_VIEW (self));
  g_return_if_fail (plan == NULL || RP_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    self->changed_id = g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
  rp_week_summary_view_set_plan (self->summary, plan);
  rebuild_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

RpPlan *
rp_week_view_get_plan (RpWeekView *self)
{
  g_return_val_if_fail (RP_IS_WEEK_VIEW (self), NULL);

  return self->plan;
}

void
rp_week_view_set_week_start (RpWeekView *self,
                             RpDate      week_start)
{
  g_return_if_fail (RP_IS_WEEK_VIEW (self));
  g_return_if_fail (rp_date_is_valid (week_start));

  if (self->week_start == week_start)
    return;

  self->week_start = week_start;
  rp_week_summary_view_set_week_start (self->summary, week_start);
  rebuild_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK_START]);
}

RpDate
rp_week_view_get_week_start (RpWeekView *self)
{
  g_return_val_if_fail (RP_IS_WEEK_VIEW (self), RP_DATE_INVALID);

  return self->week_start;
}

RpDate
rp_week_view_get_focus_date (RpWeekView *self)
{
  int day;

  g_return_val_if_fail (RP_IS_WEEK_VIEW (self), RP_DATE_INVALID);

  day = focused_day (self);
  if (day < 0)
    day = (int) self->focus_day;

  return self->week_start + (guint) day;
}

void
rp_week_view_focus_day (RpWeekView *self,
                        RpDate      date)
{
  g_return_if_fail (RP_IS_WEEK_VIEW (self));

  if (date < self->week_start || date >= self->week_start + N_DAYS)
    return;

  self->focus_day = date - self->week_start;
  gtk_widget_grab_focus (GTK_WIDGET (self->days[self->focus_day]));
}

void
rp_week_view_focus_workout (RpWeekView *self,
                            RpDate      date,
                            guint       index)
{
  GtkWidget *card;

  g_return_if_fail (RP_IS_WEEK_VIEW (self));

  if (date < self->week_start || date >= self->week_start + N_DAYS)
    return;

  card = rp_week_view_get_card (self, date - self->week_start, index);
  if (card != NULL)
    gtk_widget_grab_focus (card);
  else
    rp_week_view_focus_day (self, date);
}

GtkWidget *
rp_week_view_get_day_widget (RpWeekView *self,
                             guint       day)
{
  g_return_val_if_fail (RP_IS_WEEK_VIEW (self), NULL);
  g_return_val_if_fail (day < N_DAYS, NULL);

  return GTK_WIDGET (self->days[day]);
}

guint
rp_week_view_get_n_cards (RpWeekView *self,
                          guint       day)
{
  guint n = 0;

  g_return_val_if_fail (RP_IS_WEEK_VIEW (self), 0);
  g_return_val_if_fail (day < N_DAYS, 0);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (rp_day_column_get_cards (self->days[day])));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

GtkWidget *
rp_week_view_get_card (RpWeekView *self,
                       guint       day,
                       guint       index)
{
  GtkWidget *child;

  g_return_val_if_fail (RP_IS_WEEK_VIEW (self), NULL);
  g_return_val_if_fail (day < N_DAYS, NULL);

  child = gtk_widget_get_first_child (GTK_WIDGET (rp_day_column_get_cards (self->days[day])));
  for (guint i = 0; child != NULL && i < index; i++)
    child = gtk_widget_get_next_sibling (child);

  return child;
}

GtkWidget *
rp_week_view_get_summary (RpWeekView *self)
{
  g_return_val_if_fail (RP_IS_WEEK_VIEW (self), NULL);

  return GTK_WIDGET (self->summary);
}
