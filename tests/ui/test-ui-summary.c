/* test-ui-summary.c
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

/* The week summary (RpWeekSummaryView) and its volume bar: a week on
 * target reads as full, the target is a tick, over target shows. The bar
 * is drawn into an image surface and its pixels read back. */

#include "config.h"

#include <adwaita.h>

#include "rp-date.h"
#include "rp-plan.h"
#include "rp-volume-bar.h"
#include "rp-week-summary-view.h"
#include "ui-test-util.h"

#define BAR_WIDTH 400

typedef struct
{
  gint64    volume_m;
  gint64    target_m;
  double    fill;       /* expected fill fraction */
  double    tick;       /* expected tick fraction, -1: none */
  gboolean  over;
  const char *text;     /* the volume label */
} VolumeCase;

static const VolumeCase volume_cases[] = {
  { 40000, 40000, 1.0, 1.0, FALSE, "40.0 km of 40.0 km" },
  { 20000, 40000, 0.5, 1.0, FALSE, "20.0 km of 40.0 km" },
  { 50000, 40000, 1.0, 0.8, TRUE, "50.0 km of 40.0 km" },
  { 0, 0, 0.0, -1, FALSE, "0.0 km of 0.0 km" },
};

static GtkWidget *
find_label_with (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label_with (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The bar's own drawing, rendered into an image of its size. */
static cairo_surface_t *
render (GtkWidget *widget)
{
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  return ((const guint32 *) (data + y * stride))[x];
}

static gboolean
pixel_is (guint32        pixel,
          const GdkRGBA *rgba)
{
  int channels[3] = { (pixel >> 16) & 0xff, (pixel >> 8) & 0xff, pixel & 0xff };
  double want[3] = { rgba->red, rgba->green, rgba->blue };

  if ((pixel >> 24) != 0xff)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    if (ABS (channels[i] - (int) lround (want[i] * 255)) > 2)
      return FALSE;
  return TRUE;
}

static void
lookup (GtkWidget  *widget,
        const char *name,
        GdkRGBA    *out)
{
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (widget),
                                                 name, out));
}

static void
test_volume_bar (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (rp_date_from_ymd (2026, 11, 23), 2);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rp_week_summary_view_new ();
  GtkWidget *bar = rp_week_summary_view_get_volume_bar (RP_WEEK_SUMMARY_VIEW (view));
  GdkRGBA accent, warning;

  gtk_widget_set_size_request (view, BAR_WIDTH + 400, -1);
  gtk_window_set_child (GTK_WINDOW (window), view);
  rp_week_summary_view_set_week_start (RP_WEEK_SUMMARY_VIEW (view), rp_plan_get_start (plan));
  rp_week_summary_view_set_plan (RP_WEEK_SUMMARY_VIEW (view), plan);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_laid_out (bar);
  lookup (bar, "accent_bg_color", &accent);
  lookup (bar, "warning_color", &warning);

  for (guint i = 0; i < G_N_ELEMENTS (volume_cases); i++)
    {
      const VolumeCase *c = &volume_cases[i];
      RpWeekSummary summary = { 0 };
      cairo_surface_t *surface;
      int width, middle, fill_end;

      g_test_message ("%" G_GINT64_FORMAT " m of %" G_GINT64_FORMAT " m",
                      c->volume_m, c->target_m);
      summary.volume_m = c->volume_m;
      summary.target_m = c->target_m;
      summary.duration_s = 3600;
      summary.low_intensity_share = 0.85;
      /* Through the plan's "changed" signal, as the engine does it. */
      rp_plan_set_week_summary (plan, 0, &summary);
      iterate (5);

      g_assert_nonnull (find_label_with (view, c->text));
      g_assert_cmpfloat_with_epsilon (rp_volume_bar_get_fill_fraction (RP_VOLUME_BAR (bar)),
                                      c->fill, 1e-9);
      g_assert_cmpfloat_with_epsilon (rp_volume_bar_get_tick_fraction (RP_VOLUME_BAR (bar)),
                                      c->tick, 1e-9);
      g_assert_cmpint (rp_volume_bar_get_over (RP_VOLUME_BAR (bar)), ==, c->over);
      g_assert_cmpint (gtk_widget_has_css_class (bar, "over"), ==, c->over);

      /* What a runner sees: the fill reaches where it should, in the
       * accent colour up to the target, in the warning colour past it. */
      surface = render (bar);
      width = cairo_image_surface_get_width (surface);
      middle = cairo_image_surface_get_height (surface) / 2;
      fill_end = (int) (c->fill * width);
      if (c->fill > 0)
        g_assert_true (pixel_is (pixel_at (surface, MAX (fill_end - 8, 0), middle),
                                 c->over ? &warning : &accent));
      if (c->fill < 1)
        {
          g_assert_false (pixel_is (pixel_at (surface, MIN (fill_end + 8, width - 1), middle),
                                    &accent));
          g_assert_false (pixel_is (pixel_at (surface, MIN (fill_end + 8, width - 1), middle),
                                    &warning));
        }
      if (c->over)
        g_assert_true (pixel_is (pixel_at (surface, (int) (c->tick * width) - 8, middle),
                                 &accent));
      /* The tick stands out of the bar where the target is; none without one. */
      if (c->tick >= 0)
        g_assert_cmpint (pixel_at (surface, CLAMP ((int) lround (c->tick * width), 0, width - 1), 0)
                         >> 24, >, 0);
      else
        for (int x = 0; x < width; x++)
          g_assert_cmpint (pixel_at (surface, x, 0) >> 24, ==, 0);
      cairo_surface_destroy (surface);
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The summary is a widget of its own: week-start and plan as properties,
 * and the week outside the plan shows no figures. */
static void
test_properties (void)
{
  g_autoptr(RpPlan) plan = rp_plan_new (rp_date_from_ymd (2026, 11, 23), 1);
  GtkWidget *view = g_object_ref_sink (rp_week_summary_view_new ());
  RpWeekSummary summary = { 0 };
  RpPlan *got = NULL;
  guint week_start = 0;

  summary.volume_m = 30000;
  summary.target_m = 40000;
  rp_plan_set_week_summary (plan, 0, &summary);
  g_object_set (view,
                "week-start", (guint) rp_plan_get_start (plan),
                "plan", plan,
                NULL);
  g_object_get (view, "week-start", &week_start, "plan", &got, NULL);
  g_assert_cmpuint (week_start, ==, rp_plan_get_start (plan));
  g_assert_true (got == plan);
  g_object_unref (got);
  g_assert_nonnull (find_label_with (view, "30.0 km of 40.0 km"));
  assert_label (view, "Week summary: volume 30.0 km of 40.0 km, low intensity 0 %, load 0");

  rp_week_summary_view_set_week_start (RP_WEEK_SUMMARY_VIEW (view), rp_plan_get_start (plan) + 7);
  g_assert_null (find_label_with (view, "30.0 km of 40.0 km"));
  assert_label (view, "Week summary: this week is outside the plan");

  g_assert_finalize_object (view);
}

int
main (int    argc,
      char **argv)
{
  ui_test_init (&argc, &argv);

  g_test_add_func ("/ui/summary/volume-bar", test_volume_bar);
  g_test_add_func ("/ui/summary/properties", test_properties);

  return ui_test_run ();
}
