/* rp-month-view.c
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

#define G_LOG_DOMAIN "rp-month-view"

#include "config.h"

#include "rp-month-view.h"

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-parse.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"
#include "rp-workout-card.h"

#define MAX_WEEKS 6
#define DATE_KEY "rp-date"

struct _RpMonthView
{
  GtkWidget      parent_instance;

  /* The grid is built once (a header row and six weeks of cells) and
   * refreshed in place: a month or an edit changes texts and cards, not
   * the widget tree. */
  GtkWidget     *grid;
  GtkWidget     *weekdays[7];
  GtkWidget     *cells[MAX_WEEKS * 7];
  GtkWidget     *numbers[MAX_WEEKS * 7];
  GtkWidget     *cards[MAX_WEEKS * 7];
  GtkWidget     *week_labels[MAX_WEEKS];
  GtkWidget     *highlighted;

  /* owned */
  RpHistory     *history;
  RpPlan        *plan;
  gulong         changed_id;
  RpDate         date;        /* a day of the month shown */
  RpDate         first_day;   /* first cell */
  guint          n_weeks;
  GDateWeekday   shown_week_start;
  gboolean       dirty;       /* the cells do not show date and plan yet */
};

G_DEFINE_FINAL_TYPE (RpMonthView, rp_month_view, GTK_TYPE_WIDGET)

enum {
  DAY_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GDateWeekday
week_start_day (RpMonthView *self)
{
  if (self->plan == NULL)
    return G_DATE_MONDAY;

  return rp_athlete_get_week_start (rp_plan_get_athlete (self->plan));
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

/* The day's workouts as compact cards, reusing the cards already there.
 * Rest days stay quiet in the month: the empty cell says it. */
static void
sync_cards (RpMonthView *self,
            GtkWidget   *cards,
            RpDate       date)
{
  GtkWidget *child = gtk_widget_get_first_child (cards);
  guint n = self->plan != NULL && rp_date_is_valid (date) && rp_plan_contains (self->plan, date)
            ? rp_plan_get_n_workouts (self->plan, date) : 0;

  for (guint i = 0; i < n; i++)
    {
      RpWorkout *workout = rp_plan_get_workout (self->plan, date, i);

      if (rp_workout_get_kind (workout) == RP_KIND_REST)
        continue;
      if (child != NULL)
        {
          rp_workout_card_set_workout (RP_WORKOUT_CARD (child), self->plan, workout, i);
          child = gtk_widget_get_next_sibling (child);
        }
      else
        gtk_box_append (GTK_BOX (cards), rp_workout_card_new (self->plan, workout, i, TRUE));
    }

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (GTK_BOX (cards), child);
      child = next;
    }
}

static void
fill_cell (RpMonthView *self,
           guint        i)
{
  RpDate date = self->first_day + i;
  guint n = self->plan != NULL && rp_plan_contains (self->plan, date)
            ? rp_plan_get_n_workouts (self->plan, date) : 0;
  g_autofree char *name = rp_date_format_day_long (date);
  g_autofree char *label = NULL;

  sync_cards (self, self->cards[i], date);
  label = g_strdup_printf (ngettext ("%s, %u workout", "%s, %u workouts", n), name, n);
  rp_ui_set_label (self->cells[i], label);
  /* Keyboard users reach every day, once it is named: Enter opens it,
   * Ctrl+N adds to it. */
  gtk_widget_set_focusable (self->cells[i], TRUE);
}

/* The cell's date, its number and how it looks; then its cards. */
static void
refresh_cell (RpMonthView *self,
              guint        i,
              RpDate       month_first,
              RpDate       month_last)
{
  RpDate date = self->first_day + i;
  GDate gdate;
  char text[4];

  rp_date_to_gdate (date, &gdate);
  g_snprintf (text, sizeof text, "%d", g_date_get_day (&gdate));
  gtk_label_set_text (GTK_LABEL (self->numbers[i]), text);
  g_object_set_data (G_OBJECT (self->cells[i]), DATE_KEY, GUINT_TO_POINTER (date));
  set_css_class (self->cells[i], "other-month", date < month_first || date > month_last);
  set_css_class (self->cells[i], "today", date == rp_date_today ());
  /* Outside the plan: greyed, and said; opening the day shows it outside. */
  set_css_class (self->cells[i], "outside-plan",
                 self->plan != NULL && !rp_plan_contains (self->plan, date));
  rp_ui_set_description (self->cells[i],
                         gtk_widget_has_css_class (self->cells[i], "outside-plan")
                         ? _("Outside the plan. Press Enter to open this day, or Ctrl+N to "
                             "add a workout: the plan grows to it")
                         : _("Press Enter to open this day, or Ctrl+N to add a workout"));
  fill_cell (self, i);
}

static void
update_week_label (RpMonthView *self,
                   guint        week)
{
  RpDate start = self->first_day + week * 7;
  const RpWeekSummary *summary = NULL;
  g_autofree char *text = NULL;

  if (self->plan != NULL && rp_plan_contains (self->plan, start)
      && rp_plan_contains (self->plan, start + 6))
    summary = rp_plan_get_week_summary (self->plan, rp_plan_get_week_index (self->plan, start));
  if (summary == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->week_labels[week]), "");
      return;
    }

  text = rp_format_distance (summary->volume_m,
                             rp_athlete_get_unit (rp_plan_get_athlete (self->plan)));
  gtk_label_set_text (GTK_LABEL (self->week_labels[week]), text);
  set_css_class (self->week_labels[week], "warning", summary->warnings != 0);
}

static void
refresh_weekdays (RpMonthView *self)
{
  RpDate any_week = rp_date_week_start (self->date, week_start_day (self));

  for (guint i = 0; i < 7; i++)
    {
      char buf[64];
      GDate gdate;

      rp_date_to_gdate (any_week + i, &gdate);
      g_date_strftime (buf, sizeof buf, "%a", &gdate);
      gtk_label_set_text (GTK_LABEL (self->weekdays[i]), buf);
    }
}

/* Brings every cell to the month of self->date and the plan. */
static void
refresh (RpMonthView *self)
{
  GDate gdate;
  RpDate month_first;
  RpDate month_last;

  rp_date_to_gdate (self->date, &gdate);
  month_first = rp_date_from_ymd (g_date_get_year (&gdate), g_date_get_month (&gdate), 1);
  month_last = month_first
               + g_date_get_days_in_month (g_date_get_month (&gdate), g_date_get_year (&gdate)) - 1;
  self->shown_week_start = week_start_day (self);
  self->first_day = rp_date_week_start (month_first, self->shown_week_start);
  self->n_weeks = (month_last - self->first_day) / 7 + 1;

  refresh_weekdays (self);
  for (guint week = 0; week < MAX_WEEKS; week++)
    {
      gboolean shown = week < self->n_weeks;

      for (guint day = 0; day < 7; day++)
        {
          guint i = week * 7 + day;

          gtk_widget_set_visible (self->cells[i], shown);
          if (shown)
            refresh_cell (self, i, month_first, month_last);
          else
            sync_cards (self, self->cards[i], RP_DATE_INVALID);
        }
      if (shown)
        update_week_label (self, week);
    }
  self->dirty = FALSE;
}

/* A hidden month view (the week view is shown) only notes that it is out
 * of date; it catches up when it is mapped, or when asked for a cell. */
static void
queue_refresh (RpMonthView *self)
{
  self->dirty = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
}

static void
ensure_fresh (RpMonthView *self)
{
  if (self->dirty)
    refresh (self);
}

static void
on_cell_pressed_cb (GtkGestureClick *gesture,
                    int              n_press,
                    double           x,
                    double           y,
                    RpMonthView     *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  RpDate date = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), DATE_KEY));

  g_signal_emit (self, signals[DAY_ACTIVATED], 0, (guint) date);
}

gboolean
rp_month_view_get_focus_date (RpMonthView *self,
                              RpDate      *out_date)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_val_if_fail (RP_IS_MONTH_VIEW (self), FALSE);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  if (focus == NULL)
    return FALSE;

  ensure_fresh (self);
  for (guint i = 0; i < G_N_ELEMENTS (self->cells) && self->cells[i] != NULL; i++)
    if (focus == self->cells[i] || gtk_widget_is_ancestor (focus, self->cells[i]))
      {
        *out_date = self->first_day + i;
        return TRUE;
      }

  return FALSE;
}

static void
month_activate_day_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  RpMonthView *self = RP_MONTH_VIEW (widget);
  RpDate date;

  if (rp_month_view_get_focus_date (self, &date))
    g_signal_emit (self, signals[DAY_ACTIVATED], 0, (guint) date);
}

static void
build_cell (RpMonthView *self,
            guint        i)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *cards = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_label_set_xalign (GTK_LABEL (number), 0.0f);
  gtk_widget_set_hexpand (number, TRUE);
  gtk_widget_add_css_class (number, "day-number");
  gtk_box_append (GTK_BOX (header), number);

  gtk_widget_add_css_class (cell, "month-cell");
  gtk_widget_set_hexpand (cell, TRUE);
  gtk_widget_set_vexpand (cell, TRUE);
  gtk_box_append (GTK_BOX (cell), header);
  gtk_box_append (GTK_BOX (cell), cards);

  rp_ui_set_description (cell, _("Press Enter to open this day, or Ctrl+N to add a workout"));

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_cell_pressed_cb), self);
  gtk_widget_add_controller (cell, GTK_EVENT_CONTROLLER (click));

  self->cells[i] = cell;
  self->numbers[i] = number;
  self->cards[i] = cards;
  gtk_grid_attach (GTK_GRID (self->grid), cell, (int) (i % 7), (int) (i / 7) + 1, 1, 1);
}

static void
build_grid (RpMonthView *self)
{
  for (guint i = 0; i < 7; i++)
    {
      self->weekdays[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->weekdays[i], "caption-heading");
      gtk_widget_add_css_class (self->weekdays[i], "dim-label");
      gtk_grid_attach (GTK_GRID (self->grid), self->weekdays[i], (int) i, 0, 1, 1);
    }

  for (guint i = 0; i < MAX_WEEKS * 7; i++)
    build_cell (self, i);

  /* The week's volume sits in the header of its last day. */
  for (guint week = 0; week < MAX_WEEKS; week++)
    {
      self->week_labels[week] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->week_labels[week], "week-volume");
      gtk_widget_add_css_class (self->week_labels[week], "dim-label");
      gtk_widget_set_tooltip_text (self->week_labels[week], _("Running volume of the week"));
      gtk_box_append (GTK_BOX (gtk_widget_get_first_child (self->cells[week * 7 + 6])),
                      self->week_labels[week]);
    }
}

static void
on_plan_changed_cb (RpPlan      *plan,
                    RpDate       first,
                    RpDate       last,
                    RpMonthView *self)
{
  RpDate view_last = self->first_day + self->n_weeks * 7 - 1;

  /* "changed" names only days inside the plan: a month with days an
   * undo took out of it (or outside anyway) is redone whole. */
  if (self->dirty || !gtk_widget_get_mapped (GTK_WIDGET (self))
      || week_start_day (self) != self->shown_week_start
      || !rp_plan_contains (plan, self->first_day)
      || !rp_plan_contains (plan, view_last))
    {
      queue_refresh (self);
      return;
    }
  if (last < self->first_day || first > view_last)
    return;

  for (RpDate date = MAX (first, self->first_day); date <= MIN (last, view_last); date++)
    fill_cell (self, date - self->first_day);
  for (guint week = 0; week < self->n_weeks; week++)
    update_week_label (self, week);
}

static GtkWidget *
cell_at (RpMonthView *self,
         double       x,
         double       y)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  for (; widget != NULL && widget != GTK_WIDGET (self); widget = gtk_widget_get_parent (widget))
    if (g_object_get_data (G_OBJECT (widget), DATE_KEY) != NULL)
      return widget;

  return NULL;
}

static void
set_highlight (RpMonthView *self,
               GtkWidget   *cell)
{
  if (self->highlighted == cell)
    return;
  if (self->highlighted != NULL)
    gtk_widget_remove_css_class (self->highlighted, "drop-highlight");
  self->highlighted = cell;
  if (cell != NULL)
    gtk_widget_add_css_class (cell, "drop-highlight");
}

static GdkDragAction
on_drop_target_motion_cb (GtkDropTarget *target,
                          double         x,
                          double         y,
                          RpMonthView   *self)
{
  GtkWidget *cell = cell_at (self, x, y);

  set_highlight (self, cell);
  if (cell == NULL || self->history == NULL)
    return 0;

  return rp_ui_drop_action (self->history, GTK_WIDGET (self), gtk_drop_target_get_value (target));
}

static void
on_drop_target_leave_cb (GtkDropTarget *target,
                         RpMonthView   *self)
{
  set_highlight (self, NULL);
}

static gboolean
on_drop_target_drop_cb (GtkDropTarget *target,
                        const GValue  *value,
                        double         x,
                        double         y,
                        RpMonthView   *self)
{
  GtkWidget *cell = cell_at (self, x, y);
  RpWorkout *workout = g_value_get_object (value);
  RpDate date;

  set_highlight (self, NULL);
  if (cell == NULL || self->history == NULL || workout == NULL)
    return FALSE;

  date = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (cell), DATE_KEY));
  return rp_ui_drop_workout (self->history, GTK_WIDGET (self), workout, date);
}

static void
rp_month_view_map (GtkWidget *widget)
{
  /* Catch up before the cells are mapped, so they map once. */
  ensure_fresh (RP_MONTH_VIEW (widget));

  GTK_WIDGET_CLASS (rp_month_view_parent_class)->map (widget);
}

static void
rp_month_view_dispose (GObject *object)
{
  RpMonthView *self = RP_MONTH_VIEW (object);

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  g_clear_object (&self->history);
  g_clear_pointer (&self->grid, gtk_widget_unparent);

  G_OBJECT_CLASS (rp_month_view_parent_class)->dispose (object);
}

static void
rp_month_view_class_init (RpMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_month_view_dispose;
  widget_class->map = rp_month_view_map;

  signals[DAY_ACTIVATED] = g_signal_new ("day-activated",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "month.activate-day", NULL,
                                   month_activate_day_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, 0, "month.activate-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, 0, "month.activate-day", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "month.activate-day", NULL);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "monthview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
rp_month_view_init (RpMonthView *self)
{
  GtkDropTarget *target;
  GType types[] = { RP_TYPE_WORKOUT };

  self->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 4);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 4);
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));
  self->date = rp_date_today ();
  self->dirty = TRUE;
  build_grid (self);

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY | GDK_ACTION_MOVE);
  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  gtk_drop_target_set_preload (target, TRUE);
  g_signal_connect (target, "enter", G_CALLBACK (on_drop_target_motion_cb), self);
  g_signal_connect (target, "motion", G_CALLBACK (on_drop_target_motion_cb), self);
  g_signal_connect (target, "leave", G_CALLBACK (on_drop_target_leave_cb), self);
  g_signal_connect (target, "drop", G_CALLBACK (on_drop_target_drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  rp_ui_set_label (GTK_WIDGET (self), _("Month"));
}

GtkWidget *
rp_month_view_new (void)
{
  return g_object_new (RP_TYPE_MONTH_VIEW, NULL);
}

void
rp_month_view_set_history (RpMonthView *self,
                           RpHistory   *history)
{
  g_return_if_fail (RP_IS_MONTH_VIEW (self));
  g_return_if_fail (history == NULL || RP_IS_HISTORY (history));

  if (self->history == history)
    return;

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->history, history);
  if (history != NULL)
    g_set_object (&self->plan, rp_history_get_plan (history));
  else
    g_clear_object (&self->plan);
  if (self->plan != NULL)
    self->changed_id = g_signal_connect (self->plan, "changed",
                                         G_CALLBACK (on_plan_changed_cb), self);
  queue_refresh (self);
}

void
rp_month_view_set_date (RpMonthView *self,
                        RpDate       date)
{
  GDate a;
  GDate b;

  g_return_if_fail (RP_IS_MONTH_VIEW (self));
  g_return_if_fail (rp_date_is_valid (date));

  rp_date_to_gdate (self->date, &a);
  rp_date_to_gdate (date, &b);
  self->date = date;
  if (g_date_get_month (&a) == g_date_get_month (&b)
      && g_date_get_year (&a) == g_date_get_year (&b))
    return;

  queue_refresh (self);
}

guint
rp_month_view_get_n_weeks (RpMonthView *self)
{
  g_return_val_if_fail (RP_IS_MONTH_VIEW (self), 0);

  ensure_fresh (self);
  return self->n_weeks;
}

RpDate
rp_month_view_get_first_day (RpMonthView *self)
{
  g_return_val_if_fail (RP_IS_MONTH_VIEW (self), RP_DATE_INVALID);

  ensure_fresh (self);
  return self->first_day;
}

GtkWidget *
rp_month_view_get_day_widget (RpMonthView *self,
                              RpDate       date)
{
  g_return_val_if_fail (RP_IS_MONTH_VIEW (self), NULL);

  ensure_fresh (self);
  if (date < self->first_day || date >= self->first_day + self->n_weeks * 7)
    return NULL;

  return self->cells[date - self->first_day];
}
