/* rp-week-summary-view.c
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

#define G_LOG_DOMAIN "rp-week-summary-view"

#include "config.h"

#include "rp-week-summary-view.h"

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-parse.h"
#include "rp-reflow-box.h"
#include "rp-ui-a11y.h"
#include "rp-ui-util.h"
#include "rp-volume-bar.h"
#include "rp-warning.h"

#define N_DAYS 7

struct _RpWeekSummaryView
{
  GtkWidget    parent_instance;

  /* template widgets */
  GtkLabel    *volume_label;
  RpVolumeBar *volume_bar;
  GtkLabel    *intensity_label;
  GtkLabel    *load_label;
  GtkWidget   *warnings_box;

  /* owned */
  RpPlan      *plan;
  gulong       changed_id;
  RpDate       week_start;
};

G_DEFINE_FINAL_TYPE (RpWeekSummaryView, rp_week_summary_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PLAN,
  PROP_WEEK_START,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static RpUnit
plan_unit (RpWeekSummaryView *self)
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

/* The warning rows are kept and reused: most weeks show the same one or
 * two warnings. */
static GtkWidget *
add_warning_row (RpWeekSummaryView *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (row, "warning-row");
  gtk_widget_add_css_class (icon, "warning");
  gtk_label_set_xalign (GTK_LABEL (label), 0.0f);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_box_append (GTK_BOX (row), icon);
  gtk_box_append (GTK_BOX (row), label);
  gtk_box_append (GTK_BOX (self->warnings_box), row);

  return row;
}

/* Shows text in the index-th warning row, adding it if needed. */
static void
set_warning_row (RpWeekSummaryView *self,
                 guint              index,
                 const char        *text)
{
  GtkWidget *row = gtk_widget_get_first_child (self->warnings_box);

  for (guint i = 0; row != NULL && i < index; i++)
    row = gtk_widget_get_next_sibling (row);
  if (row == NULL)
    row = add_warning_row (self);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_last_child (row)), text);
  gtk_widget_set_visible (row, TRUE);
}

/* Hides the warning rows from index on. */
static void
hide_warning_rows (RpWeekSummaryView *self,
                   guint              index)
{
  GtkWidget *row = gtk_widget_get_first_child (self->warnings_box);

  for (guint i = 0; row != NULL; i++, row = gtk_widget_get_next_sibling (row))
    if (i >= index)
      gtk_widget_set_visible (row, FALSE);
}

static void
clear_summary (RpWeekSummaryView *self)
{
  gtk_label_set_text (self->volume_label, "–");
  gtk_label_set_text (self->intensity_label, "–");
  gtk_label_set_text (self->load_label, "–");
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->volume_bar),
                                 GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT);
  set_css_class (GTK_WIDGET (self->intensity_label), "warning", FALSE);
  rp_volume_bar_set_volume (self->volume_bar, 0);
  rp_volume_bar_set_target (self->volume_bar, 0);
  hide_warning_rows (self, 0);
}

static void
update_texts (RpWeekSummaryView   *self,
              const RpWeekSummary *summary)
{
  g_autofree char *volume = rp_format_distance (summary->volume_m, plan_unit (self));
  g_autofree char *target = rp_format_distance (summary->target_m, plan_unit (self));
  g_autofree char *volume_text = NULL;
  g_autofree char *share = NULL;
  g_autofree char *share_text = NULL;
  g_autofree char *load_text = NULL;
  g_autofree char *label = NULL;

  /* Translators: week volume against its target, e.g. "38.0 km of 40.0 km" */
  volume_text = g_strdup_printf (_("%s of %s"), volume, target);
  gtk_label_set_text (self->volume_label, volume_text);
  rp_volume_bar_set_volume (self->volume_bar, MAX (summary->volume_m, 0));
  rp_volume_bar_set_target (self->volume_bar, MAX (summary->target_m, 0));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->volume_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, volume_text,
                                  -1);

  /* As the low-intensity warning prints it (one number, one rounding),
   * and marked when that warning is given (not in a race week). */
  share = rp_format_low_intensity_share (summary->low_intensity_share);
  share_text = g_strdup_printf ("%s %%", share);
  gtk_label_set_text (self->intensity_label, share_text);
  set_css_class (GTK_WIDGET (self->intensity_label), "warning",
                 (summary->warnings & RP_WARNING_BIT (RP_WARNING_LOW_INTENSITY_SHARE)) != 0);

  load_text = g_strdup_printf ("%.0f", summary->load);
  gtk_label_set_text (self->load_label, load_text);

  /* Translators: accessible label of the week summary */
  label = g_strdup_printf (_("Week summary: volume %s, low intensity %s, load %s"),
                           volume_text, share_text, load_text);
  rp_ui_set_label (GTK_WIDGET (self), label);
}

/* A day warning in the summary says which days it is about:
 * "Second hard day in a row (Wed 25, Sat 28)". NULL when no day has it. */
static char *
warning_days (RpWeekSummaryView *self,
              RpWarningCode      code)
{
  g_autoptr(GString) days = g_string_new (NULL);

  for (guint day = 0; day < N_DAYS; day++)
    {
      g_autofree char *name = NULL;

      if ((rp_plan_get_day_warnings (self->plan, self->week_start + day)
           & RP_WARNING_BIT (code)) == 0)
        continue;
      name = rp_date_format_day_short (self->week_start + day);
      g_string_append_printf (days, "%s%s", days->len > 0 ? ", " : "", name);
    }

  return days->len > 0 ? g_strdup (days->str) : NULL;
}

static void
update_warnings (RpWeekSummaryView   *self,
                 const RpWeekSummary *summary)
{
  guint n_rows = 0;

  for (RpWarningCode code = 0; code < RP_N_WARNINGS; code++)
    {
      g_autofree char *text = NULL;
      g_autofree char *days = NULL;

      if ((summary->warnings & RP_WARNING_BIT (code)) == 0)
        continue;
      text = rp_warning_format (code, summary, plan_unit (self));
      days = warning_days (self, code);
      if (days != NULL)
        {
          /* Translators: a warning and the days it is about,
           * e.g. "Second hard day in a row (Wed 25)" */
          g_autofree char *with_days = g_strdup_printf (_("%s (%s)"), text, days);

          g_free (text);
          text = g_steal_pointer (&with_days);
        }
      set_warning_row (self, n_rows++, text);
    }
  hide_warning_rows (self, n_rows);
}

static gboolean
week_in_plan (RpWeekSummaryView *self)
{
  return self->plan != NULL
         && rp_plan_contains (self->plan, self->week_start)
         && rp_plan_contains (self->plan, self->week_start + N_DAYS - 1);
}

/* A week outside the plan shows nothing (no figures, no warnings). */
static void
update (RpWeekSummaryView *self)
{
  const RpWeekSummary *summary = NULL;

  if (week_in_plan (self))
    summary = rp_plan_get_week_summary (self->plan,
                                        rp_plan_get_week_index (self->plan, self->week_start));
  if (summary == NULL)
    {
      clear_summary (self);
      rp_ui_set_label (GTK_WIDGET (self),
                       self->plan != NULL
                       ? _("Week summary: this week is outside the plan")
                       : _("Week summary"));
      return;
    }

  update_texts (self, summary);
  update_warnings (self, summary);
}

static void
on_plan_changed_cb (RpPlan            *plan,
                    RpDate             first,
                    RpDate             last,
                    RpWeekSummaryView *self)
{
  /* "changed" names only days inside the plan: a week that an undo took
   * out of it is redone whatever the range. The range covers the days
   * whose derived data (warnings, week figures) moved too. */
  if (week_in_plan (self)
      && (last < self->week_start || first > self->week_start + N_DAYS - 1))
    return;

  update (self);
}

static void
rp_week_summary_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  RpWeekSummaryView *self = RP_WEEK_SUMMARY_VIEW (object);

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
rp_week_summary_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  RpWeekSummaryView *self = RP_WEEK_SUMMARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      rp_week_summary_view_set_plan (self, g_value_get_object (value));
      break;
    case PROP_WEEK_START:
      rp_week_summary_view_set_week_start (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_week_summary_view_dispose (GObject *object)
{
  RpWeekSummaryView *self = RP_WEEK_SUMMARY_VIEW (object);
  GtkWidget *child;

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_clear_object (&self->plan);
  gtk_widget_dispose_template (GTK_WIDGET (self), RP_TYPE_WEEK_SUMMARY_VIEW);
  /* The template's unnamed row of figures too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rp_week_summary_view_parent_class)->dispose (object);
}

static void
rp_week_summary_view_class_init (RpWeekSummaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rp_week_summary_view_get_property;
  object_class->set_property = rp_week_summary_view_set_property;
  object_class->dispose = rp_week_summary_view_dispose;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL,
                         RP_TYPE_PLAN,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* An RpDate; 0 (RP_DATE_INVALID) only before it is set. */
  properties[PROP_WEEK_START] =
    g_param_spec_uint ("week-start", NULL, NULL,
                       0, G_MAXUINT32, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (RP_TYPE_REFLOW_BOX);
  g_type_ensure (RP_TYPE_VOLUME_BAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/rp-week-summary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, RpWeekSummaryView, volume_label);
  gtk_widget_class_bind_template_child (widget_class, RpWeekSummaryView, volume_bar);
  gtk_widget_class_bind_template_child (widget_class, RpWeekSummaryView, intensity_label);
  gtk_widget_class_bind_template_child (widget_class, RpWeekSummaryView, load_label);
  gtk_widget_class_bind_template_child (widget_class, RpWeekSummaryView, warnings_box);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "weeksummary");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
rp_week_summary_view_init (RpWeekSummaryView *self)
{
  GtkLayoutManager *layout;

  gtk_widget_init_template (GTK_WIDGET (self));
  layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), 6);

  self->week_start = rp_date_week_start (rp_date_today (), G_DATE_MONDAY);
}

GtkWidget *
rp_week_summary_view_new (void)
{
  return g_object_new (RP_TYPE_WEEK_SUMMARY_VIEW, NULL);
}

void
rp_week_summary_view_set_plan (RpWeekSummaryView *self,
                               RpPlan            *plan)
{
  g_return_if_fail (RP_IS_WEEK_SUMMARY_VIEW (self));
  g_return_if_fail (plan == NULL || RP_IS_PLAN (plan));

  if (self->plan == plan)
    return;

  g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->plan, plan);
  if (plan != NULL)
    self->changed_id = g_signal_connect (plan, "changed",
                                         G_CALLBACK (on_plan_changed_cb), self);
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
}

RpPlan *
rp_week_summary_view_get_plan (RpWeekSummaryView *self)
{
  g_return_val_if_fail (RP_IS_WEEK_SUMMARY_VIEW (self), NULL);

  return self->plan;
}

void
rp_week_summary_view_set_week_start (RpWeekSummaryView *self,
                                     RpDate             week_start)
{
  g_return_if_fail (RP_IS_WEEK_SUMMARY_VIEW (self));
  g_return_if_fail (rp_date_is_valid (week_start));

  if (self->week_start == week_start)
    return;

  self->week_start = week_start;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK_START]);
}

RpDate
rp_week_summary_view_get_week_start (RpWeekSummaryView *self)
{
  g_return_val_if_fail (RP_IS_WEEK_SUMMARY_VIEW (self), RP_DATE_INVALID);

  return self->week_start;
}

GtkWidget *
rp_week_summary_view_get_volume_bar (RpWeekSummaryView *self)
{
  g_return_val_if_fail (RP_IS_WEEK_SUMMARY_VIEW (self), NULL);

  return GTK_WIDGET (self->volume_bar);
}
