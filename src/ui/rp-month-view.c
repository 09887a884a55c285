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

#include <adwaita.h>
#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-describe.h"
#include "rp-month-cell.h"
#include "rp-parse.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"
#include "rp-warning.h"
#include "rp-workout-card.h"

#define MAX_WEEKS 6

struct _RpMonthView
{
  GtkWidget      parent_instance;

  /* template widgets */
  GtkWidget     *header_grid;
  GtkWidget     *grid;
  GtkLabel      *detail_label;

  /* The grid is built once (six weeks of cells and their totals) and
   * refreshed in place: a month or an edit changes texts and cards, not
   * the widget tree. */
  GtkWidget     *weekdays[7];
  RpMonthCell   *cells[MAX_WEEKS * 7];
  GtkWidget     *totals[MAX_WEEKS];       /* a box: volume, warning */
  GtkWidget     *total_labels[MAX_WEEKS];
  GtkWidget     *total_warnings[MAX_WEEKS];         /* shown with a warning */
  GtkWidget     *total_warning_labels[MAX_WEEKS];
  GtkWidget     *highlighted;
  GtkWidget     *detail_source;           /* what the detail line is about */

  /* owned */
  RpPlan        *plan;
  gulong         changed_id;
  GtkRoot       *root;
  gulong         focus_id;
  RpDate         date;        /* a day of the month shown */
  RpDate         first_day;   /* first cell */
  guint          n_weeks;
  GDateWeekday   shown_week_start;
  gboolean       dirty;       /* the cells do not show date and plan yet */
};

G_DEFINE_FINAL_TYPE (RpMonthView, rp_month_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DAY_ACTIVATED,
  WORKOUT_DROPPED,
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

static RpUnit
plan_unit (RpMonthView *self)
{
  return rp_athlete_get_unit (rp_plan_get_athlete (self->plan));
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
in_plan (RpMonthView *self,
         RpDate       date)
{
  return self->plan != NULL && rp_date_is_valid (date) && rp_plan_contains (self->plan, date);
}

/* The warnings of a day (one a line), or of a week's mask; NULL for none. */
static char *
warnings_text (RpMonthView         *self,
               guint                mask,
               const RpWeekSummary *summary)
{
  g_autoptr(GString) str = g_string_new (NULL);

  for (RpWarningCode code = 0; code < RP_N_WARNINGS; code++)
    {
      g_autofree char *text = NULL;

      if ((mask & RP_WARNING_BIT (code)) == 0)
        continue;
      text = rp_warning_format (code, summary, plan_unit (self));
      g_string_append_printf (str, "%s%s", str->len > 0 ? "\n" : "", text);
    }

  return str->len > 0 ? g_strdup (str->str) : NULL;
}

/* The day's workouts as compact cards, reusing the cards already there.
 * Rest has no card: the cell itself shows "Rest". */
static void
sync_cards (RpMonthView *self,
            GtkBox      *cards,
            RpDate       date,
            gboolean    *out_rest)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (cards));
  guint n = in_plan (self, date) ? rp_plan_get_n_workouts (self->plan, date) : 0;
  guint n_rest = 0;

  for (guint i = 0; i < n; i++)
    {
      RpWorkout *workout = rp_plan_get_workout (self->plan, date, i);

      if (rp_workout_get_kind (workout) == RP_KIND_REST)
        {
          n_rest++;
          continue;
        }
      if (child != NULL)
        {
          rp_workout_card_set_workout (RP_WORKOUT_CARD (child), self->plan, workout, i);
          child = gtk_widget_get_next_sibling (child);
        }
      else
        gtk_box_append (cards, rp_workout_card_new (self->plan, workout, i, TRUE));
    }

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (cards, child);
      child = next;
    }

  *out_rest = n > 0 && n_rest == n;
}

static void
fill_cell (RpMonthView *self,
           guint        i)
{
  RpMonthCell *cell = self->cells[i];
  RpDate date = self->first_day + i;
  gboolean inside = in_plan (self, date);
  guint n = inside ? rp_plan_get_n_workouts (self->plan, date) : 0;
  g_autofree char *name = rp_date_format_day_long (date);
  g_autofree char *warnings = NULL;
  g_autofree char *label = NULL;
  gboolean rest = FALSE;

  sync_cards (self, rp_month_cell_get_cards (cell), date, &rest);
  rp_month_cell_set_rest (cell, rest);
  if (inside)
    warnings = warnings_text (self, rp_plan_get_day_warnings (self->plan, date), NULL);
  rp_month_cell_set_warnings (cell, warnings);

  /* Translators: accessible label of a month day, e.g.
   * "Tuesday 24 November 2026, 2 workouts" */
  if (rest)
    label = g_strdup_printf (_("%s, rest day"), name);
  else
    label = g_strdup_printf (ngettext ("%s, %u workout", "%s, %u workouts", n), name, n);
  if (warnings != NULL)
    {
      g_autofree char *with_warnings = g_strdup_printf ("%s. %s", label, warnings);

      rp_ui_set_label (GTK_WIDGET (cell), with_warnings);
    }
  else
    rp_ui_set_label (GTK_WIDGET (cell), label);
}

/* The cell's date and how it looks; then its cards. */
static void
refresh_cell (RpMonthView *self,
              guint        i,
              RpDate       month_first,
              RpDate       month_last)
{
  GtkWidget *cell = GTK_WIDGET (self->cells[i]);
  RpDate date = self->first_day + i;
  gboolean outside = self->plan != NULL && !in_plan (self, date);

  rp_month_cell_set_date (self->cells[i], date);
  set_css_class (cell, "other-month", date < month_first || date > month_last);
  set_css_class (cell, "today", date == rp_date_today ());
  /* Outside the plan: greyed, and said; opening the day shows it outside. */
  set_css_class (cell, "outside-plan", outside);
  rp_ui_set_description (cell,
                         outside
                         ? _("Outside the plan. Press Enter to open this day, or Ctrl+N to "
                             "add a workout: the plan grows to it")
                         : _("Press Enter to open this day, or Ctrl+N to add a workout"));
  fill_cell (self, i);
}

static const RpWeekSummary *
week_summary (RpMonthView *self,
              guint        week)
{
  RpDate start = self->first_day + week * 7;

  if (!in_plan (self, start) || !in_plan (self, start + 6))
    return NULL;

  return rp_plan_get_week_summary (self->plan, rp_plan_get_week_index (self->plan, start));
}

/* The week's volume, and when the week warns, which warning in words (not
 * a colour alone), readable in light and dark (style.css). */
static void
update_week_total (RpMonthView *self,
                   guint        week)
{
  const RpWeekSummary *summary = week_summary (self, week);
  GtkWidget *warning_label = self->total_warning_labels[week];
  g_autofree char *volume = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *label = NULL;
  g_autoptr(GString) short_text = g_string_new (NULL);
  guint n_warnings = 0;

  if (summary == NULL)
    {
      gtk_label_set_text (GTK_LABEL (self->total_labels[week]), "");
      gtk_widget_set_visible (self->total_warnings[week], FALSE);
      set_css_class (self->totals[week], "warning", FALSE);
      rp_ui_set_label (self->totals[week], _("Outside the plan"));
      rp_ui_set_description (self->totals[week], NULL);
      return;
    }

  volume = rp_format_distance (summary->volume_m, plan_unit (self));
  gtk_label_set_text (GTK_LABEL (self->total_labels[week]), volume);
  warnings = warnings_text (self, summary->warnings, summary);
  for (RpWarningCode code = 0; code < RP_N_WARNINGS; code++)
    if (summary->warnings & RP_WARNING_BIT (code))
      {
        if (n_warnings++ == 0)
          g_string_append (short_text, rp_warning_get_short_label (code));
      }
  if (n_warnings > 1)
    /* Translators: more warnings than the one named, e.g. "Volume jump +1" */
    g_string_append_printf (short_text, C_("more warnings", " +%u"), n_warnings - 1);
  gtk_label_set_text (GTK_LABEL (warning_label), short_text->str);
  gtk_widget_set_visible (self->total_warnings[week], n_warnings > 0);
  set_css_class (self->totals[week], "warning", n_warnings > 0);

  /* Translators: accessible label of a week's total, e.g. "Week volume 38.0 km" */
  label = g_strdup_printf (_("Week volume %s"), volume);
  rp_ui_set_label (self->totals[week], label);
  rp_ui_set_description (self->totals[week], warnings);
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
          gboolean rest;

          gtk_widget_set_visible (GTK_WIDGET (self->cells[i]), shown);
          if (shown)
            refresh_cell (self, i, month_first, month_last);
          else
            sync_cards (self, rp_month_cell_get_cards (self->cells[i]), RP_DATE_INVALID, &rest);
        }
      gtk_widget_set_visible (self->totals[week], shown);
      if (shown)
        update_week_total (self, week);
    }
  /* Its cards may be gone: the next hover or focus says anew. */
  self->detail_source = NULL;
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

/* The detail line says what widget (a card, a day, a week's total, or
 * something inside one) is about; NULL when it is none of those. */
static char *
detail_for (RpMonthView *self,
            GtkWidget   *widget)
{
  for (; widget != NULL && widget != GTK_WIDGET (self); widget = gtk_widget_get_parent (widget))
    {
      if (RP_IS_WORKOUT_CARD (widget))
        {
          RpWorkout *workout = rp_workout_card_get_workout (RP_WORKOUT_CARD (widget));
          g_autofree char *day = rp_date_format_day_long (rp_workout_get_date (workout));
          g_autofree char *what = rp_describe_workout (self->plan, workout);
          const RpReason *reason = rp_workout_get_reason (workout);
          g_autofree char *why = NULL;

          if (!rp_workout_get_pinned (workout) && reason != NULL && reason->code != RP_REASON_NONE)
            why = rp_reason_format_on (reason, rp_workout_get_date (workout), plan_unit (self));
          if (why != NULL)
            /* Translators: the month's detail line on a planner card:
             * day, workout, then the planner's reason */
            return g_strdup_printf (_("%s: %s. %s"), day, what, why);
          return g_strdup_printf (_("%s: %s"), day, what);
        }
      if (RP_IS_MONTH_CELL (widget))
        {
          RpDate date = rp_month_cell_get_date (RP_MONTH_CELL (widget));
          g_autofree char *day = rp_date_format_day_long (date);
          g_autofree char *warnings = NULL;
          g_autofree char *why = NULL;

          if (!in_plan (self, date))
            return g_strdup_printf (_("%s: outside the plan"), day);
          warnings = warnings_text (self, rp_plan_get_day_warnings (self->plan, date), NULL);
          /* A rest day says why it rests. */
          if (rp_month_cell_get_rest (RP_MONTH_CELL (widget)))
            {
              RpWorkout *rest = rp_plan_get_workout (self->plan, date, 0);
              const RpReason *reason = rp_workout_get_reason (rest);

              if (reason != NULL && reason->code != RP_REASON_NONE)
                why = rp_reason_format_on (reason, date, plan_unit (self));
            }
          if (warnings != NULL)
            return g_strdup_printf (_("%s: %s"), day, warnings);
          if (why != NULL)
            return g_strdup_printf (_("%s: %s"), day, why);
          return g_strdup (day);
        }
      for (guint week = 0; week < MAX_WEEKS; week++)
        if (widget == self->totals[week])
          {
            const RpWeekSummary *summary = week_summary (self, week);

            if (summary == NULL || summary->warnings == 0)
              return NULL;
            return warnings_text (self, summary->warnings, summary);
          }
    }

  return NULL;
}

static void
show_detail (RpMonthView *self,
             GtkWidget   *widget)
{
  g_autofree char *text = NULL;

  if (widget == self->detail_source)
    return;

  text = detail_for (self, widget);
  if (text == NULL)
    return;
  self->detail_source = widget;
  gtk_label_set_text (self->detail_label, text);
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              RpMonthView              *self)
{
  show_detail (self, gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT));
}

static void
on_root_focus_cb (GtkRoot     *root,
                  GParamSpec  *pspec,
                  RpMonthView *self)
{
  GtkWidget *focus = gtk_root_get_focus (root);

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)))
    show_detail (self, focus);
}

static void
on_cell_activate_cb (RpMonthCell *cell,
                     RpMonthView *self)
{
  g_signal_emit (self, signals[DAY_ACTIVATED], 0, (guint) rp_month_cell_get_date (cell));
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
  for (guint i = 0; i < G_N_ELEMENTS (self->cells); i++)
    if (focus == GTK_WIDGET (self->cells[i])
        || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->cells[i])))
      {
        *out_date = self->first_day + i;
        return TRUE;
      }

  return FALSE;
}

static void
build_total (RpMonthView *self,
             guint        week)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *volume = gtk_label_new (NULL);
  GtkWidget *warning = adw_squeezer_new ();
  GtkWidget *with_text = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *text = gtk_label_new (NULL);

  gtk_widget_add_css_class (box, "week-total");
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  /* The column is as narrow as a day's (about 40 px in a phone-wide
   * window): the volume wraps between figure and unit, and the warning's
   * words give way to its icon alone where its longest word does not fit
   * (the detail line and the description say it whole). */
  gtk_label_set_xalign (GTK_LABEL (volume), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (volume), TRUE);
  gtk_widget_add_css_class (volume, "week-volume");
  gtk_label_set_xalign (GTK_LABEL (text), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (text), TRUE);
  gtk_label_set_lines (GTK_LABEL (text), 3);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (with_text), icon);
  gtk_box_append (GTK_BOX (with_text), text);
  adw_squeezer_set_homogeneous (ADW_SQUEEZER (warning), FALSE);
  adw_squeezer_set_switch_threshold_policy (ADW_SQUEEZER (warning),
                                            ADW_FOLD_THRESHOLD_POLICY_MINIMUM);
  adw_squeezer_set_transition_type (ADW_SQUEEZER (warning), ADW_SQUEEZER_TRANSITION_TYPE_NONE);
  adw_squeezer_set_xalign (ADW_SQUEEZER (warning), 0.0f);
  adw_squeezer_set_yalign (ADW_SQUEEZER (warning), 0.0f);
  adw_squeezer_add (ADW_SQUEEZER (warning), with_text);
  adw_squeezer_add (ADW_SQUEEZER (warning),
                    gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_widget_set_visible (warning, FALSE);
  gtk_box_append (GTK_BOX (box), volume);
  gtk_box_append (GTK_BOX (box), warning);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Week volume"), -1);

  self->totals[week] = box;
  self->total_labels[week] = volume;
  self->total_warnings[week] = warning;
  self->total_warning_labels[week] = text;
  gtk_grid_attach (GTK_GRID (self->grid), box, 7, (int) week, 1, 1);
}

static void
build_grid (RpMonthView *self)
{
  GtkWidget *week_heading = gtk_label_new (C_("month view column", "Week"));

  for (guint i = 0; i < 7; i++)
    {
      self->weekdays[i] = gtk_label_new (NULL);
      gtk_widget_add_css_class (self->weekdays[i], "caption-heading");
      gtk_grid_attach (GTK_GRID (self->header_grid), self->weekdays[i], (int) i, 0, 1, 1);
    }
  gtk_widget_add_css_class (week_heading, "caption-heading");
  gtk_grid_attach (GTK_GRID (self->header_grid), week_heading, 7, 0, 1, 1);

  /* Cells in reading order: GTK's Tab goes through the days of each week. */
  for (guint i = 0; i < MAX_WEEKS * 7; i++)
    {
      self->cells[i] = RP_MONTH_CELL (rp_month_cell_new ());
      g_signal_connect (self->cells[i], "activate", G_CALLBACK (on_cell_activate_cb), self);
      gtk_grid_attach (GTK_GRID (self->grid), GTK_WIDGET (self->cells[i]),
                       (int) (i % 7), (int) (i / 7), 1, 1);
    }

  for (guint week = 0; week < MAX_WEEKS; week++)
    build_total (self, week);
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

  /* Warnings reach the days around an edit: the whole month is cheap
   * enough (its cards are reused). */
  for (guint i = 0; i < self->n_weeks * 7; i++)
    fill_cell (self, i);
  for (guint week = 0; week < self->n_weeks; week++)
    update_week_total (self, week);
  self->detail_source = NULL;
}

static RpMonthCell *
cell_at (RpMonthView *self,
         double       x,
         double       y)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self), x, y, GTK_PICK_DEFAULT);

  for (; widget != NULL && widget != GTK_WIDGET (self); widget = gtk_widget_get_parent (widget))
    if (RP_IS_MONTH_CELL (widget))
      return RP_MONTH_CELL (widget);

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
  RpMonthCell *cell = cell_at (self, x, y);

  set_highlight (self, GTK_WIDGET (cell));
  if (cell == NULL || self->plan == NULL)
    return 0;

  return rp_ui_drop_preferred_action (target);
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
  RpMonthCell *cell = cell_at (self, x, y);
  RpWorkout *workout = g_value_get_object (value);
  gboolean handled = FALSE;

  set_highlight (self, NULL);
  if (cell == NULL || self->plan == NULL || workout == NULL)
    return FALSE;

  g_signal_emit (self, signals[WORKOUT_DROPPED], 0, workout,
                 (guint) rp_month_cell_get_date (cell), rp_ui_drop_get_action (target),
                 &handled);
  return handled;
}

static void
rp_month_view_map (GtkWidget *widget)
{
  RpMonthView *self = RP_MONTH_VIEW (widget);

  /* Catch up before the cells are mapped, so they map once. */
  ensure_fresh (self);

  GTK_WIDGET_CLASS (rp_month_view_parent_class)->map (widget);
}

static void
rp_month_view_root (GtkWidget *widget)
{
  RpMonthView *self = RP_MONTH_VIEW (widget);

  GTK_WIDGET_CLASS (rp_month_view_parent_class)->root (widget);

  /* The detail line follows the keyboard focus too, not only the pointer. */
  self->root = gtk_widget_get_root (widget);
  self->focus_id = g_signal_connect (self->root, "notify::focus-widget",
                                     G_CALLBACK (on_root_focus_cb), self);
}

static void
rp_month_view_unroot (GtkWidget *widget)
{
  RpMonthView *self = RP_MONTH_VIEW (widget);

  g_clear_signal_handler (&self->focus_id, self->root);
  self->root = NULL;

  GTK_WIDGET_CLASS (rp_month_view_parent_class)->unroot (widget);
}

static void
rp_month_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RpMonthView *self = RP_MONTH_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_DATE:
      g_value_set_uint (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_month_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RpMonthView *self = RP_MONTH_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      rp_month_view_set_plan (self, g_value_get_object (value));
      break;

    case PROP_DATE:
      rp_month_view_set_date (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_month_view_dispose (GObject *object)
{
  GtkWidget *child;
  RpMonthView *self = RP_MONTH_VIEW (object);

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_MONTH_VIEW);
  /* The template's children without an id are not unparented by it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rp_month_view_parent_class)->dispose (object);
}

static void
rp_month_view_class_init (RpMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rp_month_view_get_property;
  object_class->set_property = rp_month_view_set_property;
  object_class->dispose = rp_month_view_dispose;
  widget_class->map = rp_month_view_map;
  widget_class->root = rp_month_view_root;
  widget_class->unroot = rp_month_view_unroot;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         RP_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL,
                       0, G_MAXUINT, RP_DATE_INVALID,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[DAY_ACTIVATED] = g_signal_new ("day-activated",
                                         G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[WORKOUT_DROPPED] = g_signal_new ("workout-dropped",
                                           G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST,
                                           0, g_signal_accumulator_true_handled, NULL, NULL,
                                           G_TYPE_BOOLEAN, 3,
                                           RP_TYPE_WORKOUT, G_TYPE_UINT, GDK_TYPE_DRAG_ACTION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-month-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RpMonthView, header_grid);
  gtk_widget_class_bind_template_child (widget_class, RpMonthView, grid);
  gtk_widget_class_bind_template_child (widget_class, RpMonthView, detail_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "monthview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GRID);
}

static void
rp_month_view_init (RpMonthView *self)
{
  GtkDropTarget *target;
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GType types[] = { RP_TYPE_WORKOUT };

  gtk_widget_init_template (GTK_WIDGET (self));
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

  g_signal_connect (motion, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);
}

GtkWidget *
rp_month_view_new (void)
{
  return g_object_new (RP_TYPE_MONTH_VIEW, NULL);
}

void
rp_month_view_set_plan (RpMonthView *self,
                        RpPlan      *plan)
{
  g_return_if_fail (RP_IS_MONTH_VIEW (self));
  g_return_if_fail (plan == NULL || RP_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    self->changed_id = g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
  self->detail_source = NULL;
  queue_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

RpPlan *
rp_month_view_get_plan (RpMonthView *self)
{
  g_return_val_if_fail (RP_IS_MONTH_VIEW (self), NULL);

  return self->plan;
}

void
rp_month_view_set_date (RpMonthView *self,
                        RpDate       date)
{
  GDate a;
  GDate b;
  gboolean same_month;

  g_return_if_fail (RP_IS_MONTH_VIEW (self));
  g_return_if_fail (rp_date_is_valid (date));

  if (self->date == date)
    return;

  rp_date_to_gdate (self->date, &a);
  rp_date_to_gdate (date, &b);
  same_month = g_date_get_month (&a) == g_date_get_month (&b)
               && g_date_get_year (&a) == g_date_get_year (&b);
  self->date = date;
  if (!same_month)
    queue_refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

RpDate
rp_month_view_get_date (RpMonthView *self)
{
  g_return_val_if_fail (RP_IS_MONTH_VIEW (self), RP_DATE_INVALID);

  return self->date;
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

  return GTK_WIDGET (self->cells[date - self->first_day]);
}

GtkWidget *
rp_month_view_get_week_total (RpMonthView *self,
                              guint        week)
{
  g_return_val_if_fail (RP_IS_MONTH_VIEW (self), NULL);
  g_return_val_if_fail (week < MAX_WEEKS, NULL);

  ensure_fresh (self);
  return self->totals[week];
}

const char *
rp_month_view_get_detail (RpMonthView *self)
{
  g_return_val_if_fail (RP_IS_MONTH_VIEW (self), NULL);

  return gtk_label_get_text (self->detail_label);
}
