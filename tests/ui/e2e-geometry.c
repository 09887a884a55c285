/* e2e-geometry.c — where test-e2e.py should press and release
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

/* A test-only module that test-e2e.py preloads (LD_PRELOAD) into the real
 * run-planner binary, which has no test hook of its own. Once the main
 * window shows its week, it writes to the file named by $RP_E2E_GEOMETRY
 * the window's X id and the centres, in window coordinates, of the palette
 * tiles and of the day columns, found by their CSS classes:
 *
 *   window 12582919
 *   tile kind-tempo 104 388
 *   day 0 412 180
 *
 * It only reads the widget tree, from a timeout on GTK's main loop. */

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#define N_DAYS 7
/* After the widgets first show up, the time the layout gets to settle. */
#define SETTLE_MS 500

static gint64 first_seen_us;

static void
collect (GtkWidget  *widget,
         const char *css_class,
         GPtrArray  *out)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (gtk_widget_has_css_class (widget, css_class))
    g_ptr_array_add (out, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, css_class, out);
}

static const char *
kind_class (GtkWidget *tile)
{
  g_auto(GStrv) classes = gtk_widget_get_css_classes (tile);

  for (guint i = 0; classes[i] != NULL; i++)
    if (g_str_has_prefix (classes[i], "kind-"))
      return g_intern_string (classes[i]);
  return "kind-unknown";
}

/* The point a test presses: the centre, but at most 60 px down a tall
 * day column, where its header and first card are. */
static gboolean
append_point (GString    *out,
              GtkWindow  *window,
              const char *what,
              const char *name,
              GtkWidget  *widget)
{
  graphene_rect_t bounds;
  double sx, sy;

  if (!gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds) ||
      bounds.size.width < 1 || bounds.size.height < 1)
    return FALSE;
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  g_string_append_printf (out, "%s %s %d %d\n", what, name,
                          (int) (sx + bounds.origin.x + bounds.size.width / 2),
                          (int) (sy + bounds.origin.y + MIN (bounds.size.height / 2, 60)));
  return TRUE;
}

static GString *
describe (GtkWindow *window)
{
  g_autoptr(GPtrArray) tiles = g_ptr_array_new ();
  g_autoptr(GPtrArray) days = g_ptr_array_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  collect (GTK_WIDGET (window), "palette-tile", tiles);
  collect (GTK_WIDGET (window), "day-column", days);
  if (tiles->len == 0 || days->len != N_DAYS)
    return NULL;

#ifdef GDK_WINDOWING_X11
  if (!GDK_IS_X11_SURFACE (surface))
    return NULL;
  g_string_append_printf (out, "window %lu\n", (gulong) gdk_x11_surface_get_xid (surface));
#else
  return NULL;
#endif
  for (guint i = 0; i < tiles->len; i++)
    if (!append_point (out, window, "tile", kind_class (tiles->pdata[i]), tiles->pdata[i]))
      return NULL;
  for (guint i = 0; i < days->len; i++)
    {
      char index[4];

      g_snprintf (index, sizeof index, "%u", i);
      if (!append_point (out, window, "day", index, days->pdata[i]))
        return NULL;
    }
  return g_steal_pointer (&out);
}

static gboolean
poll_cb (gpointer user_data)
{
  g_autoptr(GListModel) toplevels = NULL;

  if (!gtk_is_initialized ())
    return G_SOURCE_CONTINUE;

  toplevels = gtk_window_get_toplevels ();
  g_object_ref (toplevels);
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);
      g_autoptr(GString) out = gtk_widget_get_mapped (GTK_WIDGET (window)) ? describe (window)
                                                                          : NULL;
      g_autoptr(GError) error = NULL;

      if (out == NULL)
        continue;
      if (first_seen_us == 0)
        first_seen_us = g_get_monotonic_time ();
      if (g_get_monotonic_time () - first_seen_us < SETTLE_MS * 1000)
        return G_SOURCE_CONTINUE;
      if (!g_file_set_contents (g_getenv ("RP_E2E_GEOMETRY"), out->str, (gssize) out->len,
                                &error))
        g_printerr ("e2e-geometry: %s\n", error->message);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

__attribute__((constructor)) static void
e2e_geometry_init (void)
{
  if (g_getenv ("RP_E2E_GEOMETRY") != NULL)
    g_timeout_add (100, poll_cb, NULL);
}
