/* test-ui-small.c
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

/* The smaller fixes of issue 10 (item 14): undo tooltips, keys, the
 * shortcuts window, the workout editor's hints and Delete. */

#include "config.h"

#include <string.h>

#include "rp-history.h"
#include "rp-workout-editor.h"
#include "ui-test-util.h"

static char *
tooltip_of (RpWindow   *window,
            const char *action)
{
  GtkWidget *child;

  /* The header bar's buttons with that action. */
  for (child = gtk_widget_get_first_child (GTK_WIDGET (window)); child != NULL;)
    {
      const char *name = GTK_IS_ACTIONABLE (child) ? gtk_actionable_get_action_name (GTK_ACTIONABLE (child)) : NULL;
      GtkWidget *next;

      if (g_strcmp0 (name, action) == 0 && GTK_IS_BUTTON (child))
        return gtk_widget_get_tooltip_text (child) != NULL
               ? g_strdup (gtk_widget_get_tooltip_text (child)) : NULL;
      /* Depth first over the whole tree. */
      next = gtk_widget_get_first_child (child);
      while (next == NULL && child != NULL && child != GTK_WIDGET (window))
        {
          next = gtk_widget_get_next_sibling (child);
          if (next == NULL)
            child = gtk_widget_get_parent (child);
        }
      if (child == GTK_WIDGET (window))
        break;
      child = next;
    }
  return NULL;
}

/* The undo button names the edit on top of the stack, after each edit,
 * not only after the first (it followed can-undo, which stays TRUE). */
static void
test_undo_tooltip_follows_top (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redo = NULL;

  place_on (fixture->window, fixture->week_start + 1, "tempo");
  iterate (3);
  first = tooltip_of (fixture->window, "plan.undo");
  place_on (fixture->window, fixture->week_start + 3, "hills");
  iterate (3);
  second = tooltip_of (fixture->window, "plan.undo");
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpstr (first, !=, second);
  assert_contains (first, "Tempo");
  assert_contains (second, "Hills");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "plan.undo", NULL));
  iterate (3);
  undone = tooltip_of (fixture->window, "plan.undo");
  redo = tooltip_of (fixture->window, "plan.redo");
  g_assert_cmpstr (undone, ==, first);
  assert_contains (redo, "Hills");
}

static char *
binding_for (GtkWidget  *widget,
             const char *trigger_text)
{
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger_text);
  GListModel *controllers = gtk_widget_observe_controllers (widget);
  char *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && found == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);
      GListModel *shortcuts;

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      shortcuts = G_LIST_MODEL (controller);
      for (guint j = 0; j < g_list_model_get_n_items (shortcuts) && found == NULL; j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            found = gtk_shortcut_action_to_string (gtk_shortcut_get_action (shortcut));
        }
    }
  g_object_unref (controllers);
  return found;
}

/* Ctrl+N is New Plan (GNOME HIG); Ctrl+Shift+N (as Files' New Folder: a
 * new item inside what is shown) and Insert add a workout. */
static void
test_keys (Fixture       *fixture,
           gconstpointer  data)
{
  static const struct { const char *trigger; const char *action; } cases[] = {
    { "<Control>n", "action(plan.new)" },
    { "<Control><Shift>n", "action(plan.add-workout)" },
    { "Insert", "action(plan.add-workout)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *binding = binding_for (GTK_WIDGET (fixture->window), cases[i].trigger);

      g_test_message ("%s", cases[i].trigger);
      g_assert_cmpstr (binding, ==, cases[i].action);
    }
}

/* The shortcuts window builds and shows without a GTK warning (the test
 * runs with G_DEBUG=fatal-warnings), and lists the keys above. */
static void
test_shortcuts_window (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/runplanner/RunPlanner/gtk/help-overlay.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GString) accels = g_string_new (NULL);
  GSList *objects;

  g_assert_nonnull (overlay);
  gtk_window_set_transient_for (overlay, GTK_WINDOW (fixture->window));
  gtk_window_present (overlay);
  wait_until_laid_out (GTK_WIDGET (overlay));
  iterate (5);

  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    if (GTK_IS_SHORTCUTS_SHORTCUT (l->data))
      {
        g_autofree char *accel = NULL;
        g_autofree char *title = NULL;

        g_object_get (l->data, "accelerator", &accel, "title", &title, NULL);
        g_string_append_printf (accels, "%s=%s\n", title, accel != NULL ? accel : "");
      }
  g_slist_free (objects);
  assert_contains (accels->str, "New plan=<Control>n\n");
  assert_contains (accels->str, "Add a workout to the focused day=<Control><Shift>n Insert\n");

  gtk_window_destroy (overlay);
  iterate (3);
}

/* The editor says when the steps add up to another distance than the
 * distance typed, and stops saying it when they agree again. */
static void
test_editor_steps_disagree (Fixture       *fixture,
                            gconstpointer  data)
{
  RpWorkoutEditor *editor = rp_workout_editor_new (GTK_WINDOW (fixture->window),
                                                   rp_window_get_history (fixture->window),
                                                   fixture->week_start + 3, -1);

  gtk_window_present (GTK_WINDOW (editor));
  iterate (3);
  rp_workout_editor_set_kind (editor, RP_KIND_TEMPO);
  rp_workout_editor_set_distance_text (editor, "10 km");
  rp_workout_editor_set_steps_text (editor, "2 km @ E; 4 km @ T; 2 km @ E");
  g_assert_null (rp_workout_editor_get_steps_error (editor));
  assert_contains (rp_workout_editor_get_steps_message (editor),
                   "The steps add up to 8.0 km, not the distance of 10.0 km.");

  /* The distance changed to agree: the warning goes. */
  rp_workout_editor_set_distance_text (editor, "8 km");
  g_assert_null (strstr (rp_workout_editor_get_steps_message (editor), "add up to"));
  assert_contains (rp_workout_editor_get_steps_message (editor), "8.0 km in all");

  /* Within 5 %: no warning. */
  rp_workout_editor_set_distance_text (editor, "8.3 km");
  g_assert_null (strstr (rp_workout_editor_get_steps_message (editor), "add up to"));

  gtk_window_destroy (GTK_WINDOW (editor));
  iterate (3);
}

int
main (int   argc,
      char *argv[])
{
  ui_test_init (&argc, &argv);

  UI_TEST_ADD ("/ui/small/undo-tooltip-follows-top", test_undo_tooltip_follows_top);
  UI_TEST_ADD ("/ui/small/keys", test_keys);
  UI_TEST_ADD ("/ui/small/shortcuts-window", test_shortcuts_window);
  UI_TEST_ADD ("/ui/small/editor-steps-disagree", test_editor_steps_disagree);

  return ui_test_run ();
}
