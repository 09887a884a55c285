/* rp-chart-view.c
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

#define G_LOG_DOMAIN "rp-chart-view"

#include "config.h"

#include "rp-chart-view.h"

#include <glib/gi18n.h>

#include "rp-chart.h"
#include "rp-date.h"
#include "rp-describe.h"
#include "rp-kind.h"
#include "rp-load.h"
#include "rp-planner.h"
#include "rp-thresholds.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"

#define N_DAYS 7

struct _RpChartView
{
  GtkWidget  parent_instance;

  /* owned */
  RpPlan    *plan;
  gulong     changed_id;
  RpDate     week_start;
  int        hover_day;  /* -1: none */
  /* The plan's scale (its largest day load) and the day that has it;
   * max_date RP_DATE_INVALID with scale_valid: nothing planned. */
  double     max_load;
  RpDate     max_date;
  gboolean   scale_valid;
};

G_DEFINE_FINAL_TYPE (RpChartView, rp_chart_view, GTK_TYPE_WIDGET)

static void
copy_rgba (double         dst[4],
           const GdkRGBA *rgba)
{
  dst[0] = rgba->red;
  dst[1] = rgba->green;
  dst[2] = rgba->blue;
  dst[3] = rgba->alpha;
}

/* Text and axes follow the theme (dark, high contrast); the 80 % marker
 * uses the accent colour and a figure under the goal the warning colour,
 * as the week summary does; the classes keep the palette, which reads on
 * light and dark backgrounds alike, and easy (low intensity) is the
 * style sheet's kind_easy, the colour the summary's share shows too. */
static void
style_from_widget (RpChartView  *self,
                   RpChartStyle *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self));
  GdkRGBA rgba;

  rp_chart_style_init_default (style);
  gtk_style_context_get_color (context, &rgba);
  copy_rgba (style->foreground, &rgba);
  if (gtk_style_context_lookup_color (context, "accent_color", &rgba))
    copy_rgba (style->accent, &rgba);
  if (gtk_style_context_lookup_color (context, "warning_color", &rgba))
    copy_rgba (style->warning, &rgba);
  if (gtk_style_context_lookup_color (context, "kind_easy", &rgba))
    copy_rgba (style->classes[RP_INTENSITY_EASY], &rgba);
}

/* One scale for the whole plan, so weeks compare by eye while paging. An
 * edit reads only its days, unless it touched the day that set the scale. */
static double
plan_scale (RpChartView *self)
{
  if (self->plan == NULL)
    return 0;
  if (!self->scale_valid)
    {
      self->max_load = rp_chart_get_max_load (self->plan, rp_plan_get_start (self->plan),
                                              rp_plan_get_end (self->plan), &self->max_date);
      self->scale_valid = TRUE;
    }
  return self->max_load;
}

/* TRUE when the scale moved. */
static gboolean
update_scale (RpChartView *self,
              RpDate       first,
              RpDate       last)
{
  double old_max = self->max_load;
  RpDate max_date;
  double range_max;

  if (!self->scale_valid)
    return TRUE;
  if (rp_date_is_valid (self->max_date) && self->max_date >= first && self->max_date <= last)
    {
      self->scale_valid = FALSE;
      return plan_scale (self) != old_max;
    }
  range_max = rp_chart_get_max_load (self->plan, first, last, &max_date);
  if (range_max <= self->max_load)
    return FALSE;
  self->max_load = range_max;
  self->max_date = max_date;
  return TRUE;
}

static gboolean
week_contains (RpChartView *self,
               RpDate       first,
               RpDate       last)
{
  return rp_date_is_valid (self->week_start)
         && last >= self->week_start
         && first <= self->week_start + N_DAYS - 1;
}

static const RpWeekSummary *
get_summary (RpChartView *self)
{
  if (self->plan == NULL || !rp_date_is_valid (self->week_start)
      || !rp_plan_contains (self->plan, self->week_start))
    return NULL;
  return rp_plan_get_week_summary (self->plan,
                                   rp_plan_get_week_index (self->plan, self->week_start));
}

static double
workout_load (RpPlan    *plan,
              RpWorkout *workout)
{
  const RpKindInfo *info = rp_kind_get_info (rp_workout_get_kind (workout));
  gint64 duration_s = rp_planner_workout_duration_s (plan, workout);

  return duration_s > 0 ? rp_load_session (info->rpe, duration_s) : 0;
}

static void
update_accessible_label (RpChartView *self)
{
  const RpWeekSummary *summary = get_summary (self);
  g_autofree char *range = NULL;
  g_autofree char *label = NULL;

  if (summary == NULL)
    {
      rp_ui_set_label (GTK_WIDGET (self),
                       self->plan != NULL && rp_date_is_valid (self->week_start)
                       && !rp_plan_contains (self->plan, self->week_start)
                       ? _("Intensity chart: this week is outside the plan")
                       : _("Intensity chart: no planned week"));
      return;
    }

  range = rp_date_format_week_range (self->week_start);
  if (summary->duration_s > 0)
    /* Translators: the chart's description for screen readers; the last
     * figure is the goal (80) */
    label = g_strdup_printf (_("Intensity chart of the week %s: load %.0f, "
                               "%.0f %% of running time at low intensity (goal %d %%)"),
                             range, summary->load, summary->low_intensity_share * 100,
                             RP_THRESHOLD_LOW_INTENSITY_MIN_PCT);
  else
    label = g_strdup_printf (_("Intensity chart of the week %s: load %.0f, no running"),
                             range, summary->load);
  rp_ui_set_label (GTK_WIDGET (self), label);
}

/* The x extent of a day's column: the chart only exposes the reverse
 * mapping, and scanning one row of pixels is cheap. */
static gboolean
day_extent (int     day,
            int     width,
            double *out_x,
            double *out_w)
{
  int first = -1;
  int last = -1;

  for (int x = 0; x < width; x++)
    if (rp_chart_day_at (x + 0.5, width) == day)
      {
        if (first < 0)
          first = x;
        last = x;
      }
  if (first < 0)
    return FALSE;
  *out_x = first;
  *out_w = last - first + 1;
  return TRUE;
}

static char *
describe_day (RpChartView *self,
              RpDate       date)
{
  guint n = rp_plan_contains (self->plan, date) ? rp_plan_get_n_workouts (self->plan, date) : 0;
  g_autofree char *day = rp_date_format_day_long (date);
  GString *text = g_string_new (day);
  double total = 0;

  for (guint i = 0; i < n; i++)
    {
      RpWorkout *workout = rp_plan_get_workout (self->plan, date, i);
      g_autofree char *description = rp_describe_workout (self->plan, workout);
      double load = workout_load (self->plan, workout);

      total += load;
      g_string_append_printf (text, "\n• %s", description);
      if (load > 0)
        g_string_append_printf (text, _(" (load %.0f)"), load);
    }
  if (n == 0)
    g_string_append_printf (text, "\n%s", _("Nothing planned"));
  g_string_append_c (text, '\n');
  g_string_append_printf (text, _("Day load: %.0f (RPE × minutes)"), total);

  return g_string_free (text, FALSE);
}

static gboolean
on_query_tooltip_cb (GtkWidget  *widget,
                     int         x,
                     int         y,
                     gboolean    keyboard_mode,
                     GtkTooltip *tooltip,
                     gpointer    user_data)
{
  RpChartView *self = RP_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  g_autofree char *text = NULL;
  double col_x, col_w;
  int day;

  if (self->plan == NULL || !rp_date_is_valid (self->week_start) || keyboard_mode)
    return FALSE;
  day = rp_chart_day_at (x, width);
  if (day < 0 || !day_extent (day, width, &col_x, &col_w))
    return FALSE;

  text = describe_day (self, self->week_start + day);
  gtk_tooltip_set_text (tooltip, text);
  /* Moving to another column asks again. */
  gtk_tooltip_set_tip_area (tooltip, &(GdkRectangle) {
    (int) col_x, 0, (int) col_w, gtk_widget_get_height (widget)
  });
  return TRUE;
}

static void
set_hover_day (RpChartView *self,
               int          day)
{
  if (self->hover_day == day)
    return;
  self->hover_day = day;
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              RpChartView              *self)
{
  set_hover_day (self, rp_chart_day_at (x, gtk_widget_get_width (GTK_WIDGET (self))));
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             RpChartView              *self)
{
  set_hover_day (self, -1);
}

static void
on_plan_changed_cb (RpPlan      *plan,
                    guint        first,
                    guint        last,
                    RpChartView *self)
{
  gboolean rescaled = update_scale (self, first, last);

  /* "changed" names only days inside the plan: a week an undo took out
   * of it is drawn again too. */
  if (!rescaled && !week_contains (self, first, last)
      && (!rp_date_is_valid (self->week_start) || rp_plan_contains (plan, self->week_start)))
    return;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible_label (self);
}

static void
snapshot_hover (RpChartView        *self,
                GtkSnapshot        *snapshot,
                const RpChartStyle *style,
                int                 width,
                int                 height)
{
  GdkRGBA shade = { style->foreground[0], style->foreground[1], style->foreground[2], 0.06f };
  double x, w;

  if (self->hover_day < 0 || !day_extent (self->hover_day, width, &x, &w))
    return;
  gtk_snapshot_append_color (snapshot, &shade, &GRAPHENE_RECT_INIT (x, 0, w, height));
}

static void
rp_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  RpChartView *self = RP_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  RpChartStyle style;
  cairo_t *cr;

  if (width <= 0 || height <= 0)
    return;

  style_from_widget (self, &style);
  snapshot_hover (self, snapshot, &style, width, height);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  rp_chart_draw_scaled (cr, self->plan, self->week_start, width, height, plan_scale (self),
                        &style);
  cairo_destroy (cr);
}

static void
rp_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  /* Small enough for a narrow window; the chart adapts to any size. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 140;
      *natural = 560;
    }
  else
    {
      *minimum = 100;
      *natural = 200;
    }
}

static void
rp_chart_view_dispose (GObject *object)
{
  RpChartView *self = RP_CHART_VIEW (object);

  if (self->plan != NULL)
    g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);

  G_OBJECT_CLASS (rp_chart_view_parent_class)->dispose (object);
}

static void
rp_chart_view_class_init (RpChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = rp_chart_view_dispose;
  widget_class->snapshot = rp_chart_view_snapshot;
  widget_class->measure = rp_chart_view_measure;

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
rp_chart_view_init (RpChartView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->hover_day = -1;
  self->week_start = RP_DATE_INVALID;

  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (on_query_tooltip_cb), NULL);

  update_accessible_label (self);
}

RpChartView *
rp_chart_view_new (void)
{
  return g_object_new (RP_TYPE_CHART_VIEW, NULL);
}

void
rp_chart_view_set_plan (RpChartView *self,
                        RpPlan      *plan)
{
  g_return_if_fail (RP_IS_CHART_VIEW (self));
  g_return_if_fail (plan == NULL || RP_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  if (self->plan != NULL)
    g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->plan, plan);
  self->scale_valid = FALSE;
  if (plan != NULL)
    self->changed_id = g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible_label (self);
}

void
rp_chart_view_set_week (RpChartView *self,
                        RpDate       week_start)
{
  g_return_if_fail (RP_IS_CHART_VIEW (self));

  if (self->week_start == week_start)
    return;

  self->week_start = week_start;
  gtk_widget_queue_draw (GTK_WIDGET (self));
  update_accessible_label (self);
}
