/* rp-season-view.c
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

#define G_LOG_DOMAIN "rp-season-view"

#include "config.h"

#include "rp-season-view.h"

#include <math.h>

#include <glib/gi18n.h>

#include "rp-chart-season.h"
#include "rp-date.h"
#include "rp-parse.h"
#include "rp-season.h"
#include "rp-ui-a11y.h"
#include "rp-warning.h"

/* A week's column is at least this wide: a phone-wide window shows about
 * 20 weeks, a wide one a year. */
#define MIN_COLUMN_PX 14.0
#define MAX_VISIBLE_WEEKS 52
/* A step of the wheel: about a month. */
#define SCROLL_STEP_WEEKS 4

struct _RpSeasonView
{
  GtkWidget        parent_instance;

  /* template widgets */
  GtkDrawingArea  *chart;
  GtkLabel        *detail_label;
  GtkWidget       *menu;        /* the week's menu (a GtkPopoverMenu) */

  /* owned */
  RpPlan          *plan;
  gulong           changed_id;
  RpSeasonSummary *summary;     /* NULL: to be read again (the plan changed) */
  RpDate           date;        /* the selected week's start */
  RpDate           first;       /* the first week shown */
  guint            n_visible;   /* weeks shown; from the chart's width */
  RpDate           hover;       /* the week under the pointer, or RP_DATE_INVALID */
  double           scroll_rest; /* smooth scrolling's part of a step */
};

G_DEFINE_FINAL_TYPE (RpSeasonView, rp_season_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_DATE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  WEEK_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
plan_n_weeks (RpSeasonView *self)
{
  return self->plan != NULL ? rp_plan_get_n_weeks (self->plan) : 0;
}

static RpDate
plan_last_week (RpSeasonView *self)
{
  return rp_plan_get_start (self->plan) + 7 * (plan_n_weeks (self) - 1);
}

/* The plan's week holding date, or the nearest. */
static RpDate
plan_week (RpSeasonView *self,
           RpDate        date)
{
  RpDate start = rp_plan_get_start (self->plan);

  if (date <= start)
    return start;
  return MIN (start + 7 * ((date - start) / 7), plan_last_week (self));
}

static RpUnit
plan_unit (RpSeasonView *self)
{
  return rp_athlete_get_unit (rp_plan_get_athlete (self->plan));
}

static const RpSeasonSummary *
get_summary (RpSeasonView *self)
{
  if (self->summary == NULL && self->plan != NULL)
    self->summary = rp_season_summary_new (self->plan);
  return self->summary;
}

/* The window of weeks: as many as fit, inside the plan. */
static void
clamp_range (RpSeasonView *self)
{
  guint n_weeks = plan_n_weeks (self);
  int width = gtk_widget_get_width (GTK_WIDGET (self->chart));
  RpDate last_first;

  if (n_weeks == 0)
    return;
  self->n_visible = rp_chart_season_fit_weeks (width > 0 ? width : 800, MIN_COLUMN_PX);
  self->n_visible = MIN (MIN (self->n_visible, MAX_VISIBLE_WEEKS), n_weeks);
  last_first = plan_last_week (self) - 7 * (self->n_visible - 1);
  self->first = CLAMP (plan_week (self, self->first), rp_plan_get_start (self->plan), last_first);
}

static void
show_selected (RpSeasonView *self)
{
  clamp_range (self);
  if (self->plan == NULL || !rp_date_is_valid (self->date))
    return;
  if (self->date < self->first)
    self->first = self->date;
  else if (self->date >= self->first + 7 * self->n_visible)
    self->first = self->date - 7 * (self->n_visible - 1);
}

/* "12.0 km of 40.0 km target (Down week)", "load 310", the race, the
 * warnings in words: what the detail line and the description say of a
 * week. */
static char *
describe_week (RpSeasonView *self,
               RpDate        week,
               gboolean      with_warnings)
{
  guint index = rp_plan_get_week_index (self->plan, week);
  const RpWeekSummary *summary = rp_plan_get_week_summary (self->plan, index);
  const RpSeasonSummary *season = get_summary (self);
  const RpSeasonWeek *w = season != NULL && index < season->n_weeks ? &season->weeks[index] : NULL;
  RpTargetReason reason = rp_plan_get_week_target_reason (self->plan, index);
  g_autofree char *range = rp_date_format_week_range (week);
  g_autofree char *volume = rp_format_distance (summary->volume_m, plan_unit (self));
  g_autofree char *target = rp_format_distance (summary->target_m, plan_unit (self));
  g_autofree char *why = rp_target_reason_format (&reason);
  GString *text = g_string_new (NULL);

  /* Translators: a week of the season view: its dates, its running
   * volume and its target, e.g. "7–13 Dec 2026: 38.0 km of 40.0 km" */
  g_string_append_printf (text, _("%s: %s of %s"), range, volume, target);
  if (why != NULL)
    g_string_append_printf (text, " (%s)", why);
  /* Translators: the week's session-RPE load in the season view */
  g_string_append_printf (text, _(", load %.0f"), summary->load);
  if (w != NULL && w->race)
    g_string_append_printf (text, ", %s", _("race week"));
  g_string_append_c (text, '.');
  if (with_warnings && w != NULL)
    for (RpWarningCode code = 0; code < RP_N_WARNINGS; code++)
      {
        g_autofree char *warning = NULL;

        if ((w->warnings & RP_WARNING_BIT (code)) == 0)
          continue;
        warning = rp_warning_format (code, summary, plan_unit (self));
        g_string_append_printf (text, " %s", warning);
      }

  return g_string_free (text, FALSE);
}

/* The detail line: the week under the pointer, else the selected one. */
static void
update_detail (RpSeasonView *self)
{
  g_autofree char *text = NULL;
  RpDate week = rp_date_is_valid (self->hover) ? self->hover : self->date;

  if (self->plan == NULL || !rp_date_is_valid (week))
    text = g_strdup (_("No plan"));
  else
    text = describe_week (self, week, TRUE);
  gtk_label_set_text (self->detail_label, text);
}

static void
update_accessible (RpSeasonView *self)
{
  g_autofree char *label = NULL;
  g_autofree char *week = NULL;
  g_autofree char *description = NULL;
  guint index;
  const RpSeasonSummary *season;

  if (self->plan == NULL || !rp_date_is_valid (self->date))
    {
      rp_ui_set_label (GTK_WIDGET (self), _("Season chart: no plan"));
      rp_ui_set_description (GTK_WIDGET (self), NULL);
      return;
    }

  week = describe_week (self, self->date, FALSE);
  /* Translators: accessible label of the season view, with the selected
   * week, e.g. "Season chart, selected week 7–13 Dec 2026: 38.0 km of
   * 40.0 km, load 310." */
  label = g_strdup_printf (_("Season chart, selected week %s"), week);
  rp_ui_set_label (GTK_WIDGET (self), label);

  index = rp_plan_get_week_index (self->plan, self->date);
  season = get_summary (self);
  {
    g_autoptr(GString) text = g_string_new (NULL);
    const RpWeekSummary *summary = rp_plan_get_week_summary (self->plan, index);

    for (RpWarningCode code = 0; code < RP_N_WARNINGS; code++)
      {
        g_autofree char *warning = NULL;

        if (index >= season->n_weeks || (season->weeks[index].warnings & RP_WARNING_BIT (code)) == 0)
          continue;
        warning = rp_warning_format (code, summary, plan_unit (self));
        g_string_append_printf (text, "%s ", warning);
      }
    if (text->len == 0)
      g_string_append_printf (text, "%s ", _("No warnings."));
    g_string_append (text, _("Left and Right choose a week, Enter opens it in the week view, "
                             "the Menu key shows what can be done with it"));
    description = g_strdup (text->str);
  }
  rp_ui_set_description (GTK_WIDGET (self), description);
}

static void
set_selected (RpSeasonView *self,
              RpDate        date)
{
  if (self->plan != NULL && rp_date_is_valid (date))
    date = plan_week (self, date);
  if (self->date == date)
    return;

  self->date = date;
  show_selected (self);
  update_detail (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

static RpDate
last_day_shown (RpSeasonView *self)
{
  return self->first + 7 * self->n_visible - 1;
}

static void
copy_rgba (double         dst[4],
           const GdkRGBA *rgba)
{
  dst[0] = rgba->red;
  dst[1] = rgba->green;
  dst[2] = rgba->blue;
  dst[3] = rgba->alpha;
}

/* As the week's chart (rp-chart-view.c): text and axes in the theme's
 * colour, light or dark; the accent and warning colours of the style. */
static void
style_from_widget (RpSeasonView *self,
                   RpChartStyle *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (GTK_WIDGET (self->chart));
  GdkRGBA rgba;

  rp_chart_style_init_default (style);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (context, &rgba);
  copy_rgba (style->foreground, &rgba);
  if (gtk_style_context_lookup_color (context, "accent_color", &rgba))
    copy_rgba (style->accent, &rgba);
  if (gtk_style_context_lookup_color (context, "warning_color", &rgba))
    copy_rgba (style->warning, &rgba);
  if (gtk_style_context_lookup_color (context, "kind_easy", &rgba))
    copy_rgba (style->classes[RP_INTENSITY_EASY], &rgba);
  G_GNUC_END_IGNORE_DEPRECATIONS
}

static gboolean
week_extent (RpSeasonView *self,
             RpDate        week,
             int           width,
             double       *out_x,
             double       *out_w)
{
  if (self->plan == NULL || !rp_date_is_valid (week))
    return FALSE;
  return rp_chart_season_get_week_extent (rp_plan_get_start (self->plan), self->first,
                                          last_day_shown (self), width, week, out_x, out_w);
}

/* Under the chart: the hovered week lightly shaded, the selected one in
 * the accent colour, outlined while the view has the keyboard focus. */
static void
draw_selection (RpSeasonView       *self,
                cairo_t            *cr,
                const RpChartStyle *style,
                int                 width,
                int                 height)
{
  double x, w;

  if (self->hover != self->date && week_extent (self, self->hover, width, &x, &w))
    {
      cairo_set_source_rgba (cr, style->foreground[0], style->foreground[1],
                             style->foreground[2], 0.08);
      cairo_rectangle (cr, x, 0, w, height);
      cairo_fill (cr);
    }
  if (!week_extent (self, self->date, width, &x, &w))
    return;
  cairo_set_source_rgba (cr, style->accent[0], style->accent[1], style->accent[2], 0.18);
  cairo_rectangle (cr, x, 0, w, height);
  cairo_fill (cr);
  if (gtk_widget_has_focus (GTK_WIDGET (self)))
    {
      cairo_set_source_rgba (cr, style->accent[0], style->accent[1], style->accent[2], 1);
      cairo_set_line_width (cr, 2);
      cairo_rectangle (cr, x + 1, 1, MAX (w - 2, 1), height - 2);
      cairo_stroke (cr);
    }
}

static void
draw_chart_cb (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        user_data)
{
  RpSeasonView *self = user_data;
  const RpSeasonSummary *summary = get_summary (self);
  RpChartStyle style;

  if (summary == NULL || summary->n_weeks == 0)
    return;

  style_from_widget (self, &style);
  draw_selection (self, cr, &style, width, height);
  rp_chart_season_draw_summary (cr, summary, plan_unit (self), self->first,
                                last_day_shown (self), width, height, &style);
}

static void
on_chart_resize_cb (GtkDrawingArea *area,
                    int             width,
                    int             height,
                    RpSeasonView   *self)
{
  guint old_n = self->n_visible;

  clamp_range (self);
  /* Narrower, the selected week stays in sight. */
  if (self->n_visible < old_n)
    show_selected (self);
}

static RpDate
week_at (RpSeasonView *self,
         double        x)
{
  if (self->plan == NULL)
    return RP_DATE_INVALID;
  return rp_chart_season_week_at (rp_plan_get_start (self->plan), self->first,
                                  last_day_shown (self),
                                  gtk_widget_get_width (GTK_WIDGET (self->chart)), x);
}

static void
set_hover (RpSeasonView *self,
           RpDate        week)
{
  if (self->hover == week)
    return;
  self->hover = week;
  update_detail (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

static void
on_motion_cb (GtkEventControllerMotion *controller,
              double                    x,
              double                    y,
              RpSeasonView             *self)
{
  set_hover (self, week_at (self, x));
}

static void
on_leave_cb (GtkEventControllerMotion *controller,
             RpSeasonView             *self)
{
  set_hover (self, RP_DATE_INVALID);
}

static void
activate_selected (RpSeasonView *self)
{
  if (self->plan != NULL && rp_date_is_valid (self->date))
    g_signal_emit (self, signals[WEEK_ACTIVATED], 0, (guint) self->date);
}

/* The week's menu at x, y of the chart (the selected week's column when
 * x < 0): the window's week operations, on the week just selected. */
static void
popup_menu (RpSeasonView *self,
            double        x,
            double        y)
{
  double col_x, col_w;
  graphene_point_t point;

  if (x < 0)
    {
      if (!week_extent (self, self->date, gtk_widget_get_width (GTK_WIDGET (self->chart)),
                        &col_x, &col_w))
        return;
      x = col_x + col_w / 2;
      y = gtk_widget_get_height (GTK_WIDGET (self->chart)) / 2.0;
    }
  if (!gtk_widget_compute_point (GTK_WIDGET (self->chart), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu),
                               &(GdkRectangle) { (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

static void
on_pressed_cb (GtkGestureClick *gesture,
               int              n_press,
               double           x,
               double           y,
               RpSeasonView    *self)
{
  RpDate week = week_at (self, x);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (!rp_date_is_valid (week))
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  set_selected (self, week);
  if (gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture)) == GDK_BUTTON_SECONDARY)
    popup_menu (self, x, y);
  else
    activate_selected (self);
}

static gboolean
on_scroll_cb (GtkEventControllerScroll *controller,
              double                    dx,
              double                    dy,
              RpSeasonView             *self)
{
  double steps;

  if (self->plan == NULL)
    return FALSE;
  /* A wheel notch or a touchpad's line is a step; sideways counts too. */
  self->scroll_rest += fabs (dx) > fabs (dy) ? dx : dy;
  steps = trunc (self->scroll_rest);
  self->scroll_rest -= steps;
  if (steps != 0)
    rp_season_view_scroll (self, (int) steps * SCROLL_STEP_WEEKS);
  return TRUE;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   RpSeasonView          *self)
{
  int delta;

  if (self->plan == NULL)
    return FALSE;
  if (keyval == GDK_KEY_Menu
      || (keyval == GDK_KEY_F10 && (state & GDK_MODIFIER_MASK) == GDK_SHIFT_MASK))
    {
      popup_menu (self, -1, -1);
      return TRUE;
    }
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      delta = -1;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      delta = 1;
      break;
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      delta = -(int) self->n_visible;
      break;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      delta = (int) self->n_visible;
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      set_selected (self, rp_plan_get_start (self->plan));
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      set_selected (self, plan_last_week (self));
      return TRUE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      activate_selected (self);
      return TRUE;
    default:
      return FALSE;
    }

  /* Past either end, the end week. */
  if (delta < 0 && self->date - rp_plan_get_start (self->plan) < (RpDate) (7 * -delta))
    set_selected (self, rp_plan_get_start (self->plan));
  else
    set_selected (self, self->date + 7 * delta);
  return TRUE;
}

static void
on_focus_changed_cb (GtkEventControllerFocus *controller,
                     RpSeasonView            *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

/* An edit: the summary is read again when next drawn (O(days), well
 * under a millisecond for ten years); a hidden view does nothing more. */
static void
on_plan_changed_cb (RpPlan       *plan,
                    RpDate        first,
                    RpDate        last,
                    RpSeasonView *self)
{
  g_clear_pointer (&self->summary, rp_season_summary_free);
  /* An undo may take the selected week out of the plan. */
  set_selected (self, self->date);
  clamp_range (self);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  update_detail (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

static void
rp_season_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  RpSeasonView *self = RP_SEASON_VIEW (widget);

  GTK_WIDGET_CLASS (rp_season_view_parent_class)->size_allocate (widget, width, height,
                                                                  baseline);
  /* The layout manager leaves popovers out. */
  gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
season_open_week_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  activate_selected (RP_SEASON_VIEW (widget));
}

static void
rp_season_view_map (GtkWidget *widget)
{
  RpSeasonView *self = RP_SEASON_VIEW (widget);

  GTK_WIDGET_CLASS (rp_season_view_parent_class)->map (widget);

  update_detail (self);
  update_accessible (self);
}

static void
rp_season_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  RpSeasonView *self = RP_SEASON_VIEW (object);

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
rp_season_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  RpSeasonView *self = RP_SEASON_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      rp_season_view_set_plan (self, g_value_get_object (value));
      break;

    case PROP_DATE:
      rp_season_view_set_date (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_season_view_dispose (GObject *object)
{
  RpSeasonView *self = RP_SEASON_VIEW (object);
  GtkWidget *child;

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->summary, rp_season_summary_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_SEASON_VIEW);
  /* The template's box has no id: it is not unparented by that. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rp_season_view_parent_class)->dispose (object);
}

static void
rp_season_view_class_init (RpSeasonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rp_season_view_get_property;
  object_class->set_property = rp_season_view_set_property;
  object_class->dispose = rp_season_view_dispose;
  widget_class->map = rp_season_view_map;
  widget_class->size_allocate = rp_season_view_size_allocate;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         RP_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_uint ("date", NULL, NULL,
                       0, G_MAXUINT, RP_DATE_INVALID,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[WEEK_ACTIVATED] = g_signal_new ("week-activated",
                                          G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-season-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RpSeasonView, chart);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonView, detail_label);
  gtk_widget_class_bind_template_child (widget_class, RpSeasonView, menu);
  gtk_widget_class_install_action (widget_class, "season.open-week", NULL,
                                   season_open_week_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "seasonview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rp_season_view_init (RpSeasonView *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll =
    gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  self->date = RP_DATE_INVALID;
  self->first = RP_DATE_INVALID;
  self->hover = RP_DATE_INVALID;
  self->n_visible = 1;

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  gtk_drawing_area_set_draw_func (self->chart, draw_chart_cb, self, NULL);
  g_signal_connect (self->chart, "resize", G_CALLBACK (on_chart_resize_cb), self);

  g_signal_connect (motion, "enter", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion_cb), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart), motion);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->chart), scroll);
  g_signal_connect (key, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect (focus, "enter", G_CALLBACK (on_focus_changed_cb), self);
  g_signal_connect (focus, "leave", G_CALLBACK (on_focus_changed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  update_accessible (self);
}

GtkWidget *
rp_season_view_new (void)
{
  return g_object_new (RP_TYPE_SEASON_VIEW, NULL);
}

void
rp_season_view_set_plan (RpSeasonView *self,
                         RpPlan       *plan)
{
  RpDate date;

  g_return_if_fail (RP_IS_SEASON_VIEW (self));
  g_return_if_fail (plan == NULL || RP_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->plan, plan);
  g_clear_pointer (&self->summary, rp_season_summary_free);
  if (plan != NULL)
    self->changed_id = g_signal_connect (plan, "changed", G_CALLBACK (on_plan_changed_cb), self);
  self->hover = RP_DATE_INVALID;
  self->first = plan != NULL ? rp_plan_get_start (plan) : RP_DATE_INVALID;

  /* The selection moves into the new plan. */
  date = rp_date_is_valid (self->date) ? self->date
         : plan != NULL ? rp_plan_get_start (plan) : RP_DATE_INVALID;
  set_selected (self, date);
  show_selected (self);
  update_detail (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

RpPlan *
rp_season_view_get_plan (RpSeasonView *self)
{
  g_return_val_if_fail (RP_IS_SEASON_VIEW (self), NULL);

  return self->plan;
}

void
rp_season_view_set_date (RpSeasonView *self,
                         RpDate        date)
{
  g_return_if_fail (RP_IS_SEASON_VIEW (self));
  g_return_if_fail (rp_date_is_valid (date));

  set_selected (self, date);
}

RpDate
rp_season_view_get_date (RpSeasonView *self)
{
  g_return_val_if_fail (RP_IS_SEASON_VIEW (self), RP_DATE_INVALID);

  return self->date;
}

RpDate
rp_season_view_get_first_week (RpSeasonView *self,
                               guint        *out_n_weeks)
{
  g_return_val_if_fail (RP_IS_SEASON_VIEW (self), RP_DATE_INVALID);

  if (out_n_weeks != NULL)
    *out_n_weeks = self->plan != NULL ? self->n_visible : 0;
  return self->first;
}

void
rp_season_view_scroll (RpSeasonView *self,
                       int           n_weeks)
{
  RpDate first;

  g_return_if_fail (RP_IS_SEASON_VIEW (self));

  if (self->plan == NULL || n_weeks == 0)
    return;

  first = self->first;
  if (n_weeks < 0 && first - rp_plan_get_start (self->plan) < (RpDate) (7 * -n_weeks))
    self->first = rp_plan_get_start (self->plan);
  else
    self->first = first + 7 * n_weeks;
  clamp_range (self);
  if (self->first == first)
    return;
  /* The week under a still pointer is another one now. */
  if (rp_date_is_valid (self->hover))
    set_hover (self, RP_DATE_INVALID);
  gtk_widget_queue_draw (GTK_WIDGET (self->chart));
}

GtkWidget *
rp_season_view_get_menu (RpSeasonView *self)
{
  g_return_val_if_fail (RP_IS_SEASON_VIEW (self), NULL);

  return self->menu;
}

GtkWidget *
rp_season_view_get_chart (RpSeasonView *self)
{
  g_return_val_if_fail (RP_IS_SEASON_VIEW (self), NULL);

  return GTK_WIDGET (self->chart);
}

gboolean
rp_season_view_get_week_extent (RpSeasonView *self,
                                RpDate        week,
                                double       *out_x,
                                double       *out_width)
{
  g_return_val_if_fail (RP_IS_SEASON_VIEW (self), FALSE);
  g_return_val_if_fail (out_x != NULL && out_width != NULL, FALSE);

  return week_extent (self, week, gtk_widget_get_width (GTK_WIDGET (self->chart)),
                      out_x, out_width);
}

const char *
rp_season_view_get_detail (RpSeasonView *self)
{
  g_return_val_if_fail (RP_IS_SEASON_VIEW (self), NULL);

  return gtk_label_get_text (self->detail_label);
}
