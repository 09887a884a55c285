/* rp-reflow-box.c
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

#define G_LOG_DOMAIN "rp-reflow-box"

#include "config.h"

#include "rp-reflow-box.h"

struct _RpReflowBox
{
  GtkWidget parent_instance;

  int       spacing;
  gboolean  homogeneous;
  int       min_row_child_width;
};

static void rp_reflow_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (RpReflowBox, rp_reflow_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      rp_reflow_box_buildable_init))

static GtkBuildableIface *parent_buildable_iface;

enum {
  PROP_0,
  PROP_SPACING,
  PROP_HOMOGENEOUS,
  PROP_MIN_ROW_CHILD_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint
count_visible (RpReflowBox *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child))
      n++;

  return n;
}

/* The widest minimum and natural widths, and their sums. */
static void
measure_children_widths (RpReflowBox *self,
                         int         *max_min,
                         int         *max_nat,
                         int         *sum_min,
                         int         *sum_nat)
{
  *max_min = *max_nat = *sum_min = *sum_nat = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min;
      int nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      *max_min = MAX (*max_min, min);
      *max_nat = MAX (*max_nat, nat);
      *sum_min += min;
      *sum_nat += nat;
    }
}

/* The narrowest row: a homogeneous box's columns at the width that makes
 * it fit, any other box at its children's natural widths. */
static int
row_width (RpReflowBox *self,
           guint        n)
{
  int max_min;
  int max_nat;
  int sum_min;
  int sum_nat;
  int spacing = self->spacing * (int) MAX (n, 1) - self->spacing;

  measure_children_widths (self, &max_min, &max_nat, &sum_min, &sum_nat);
  if (self->homogeneous)
    return (int) n * MAX (max_min, self->min_row_child_width) + spacing;

  return sum_nat + spacing;
}

gboolean
rp_reflow_box_fits_row (RpReflowBox *self,
                        int          width)
{
  guint n;

  g_return_val_if_fail (RP_IS_REFLOW_BOX (self), FALSE);

  n = count_visible (self);
  return n <= 1 || width >= row_width (self, n);
}

/* The width of each child in a row of width: equal parts when
 * homogeneous, else natural widths with what is left shared among the
 * children that expand. widths holds n entries. */
static void
row_child_widths (RpReflowBox *self,
                  int          width,
                  guint        n,
                  int         *widths)
{
  int available = MAX (width - self->spacing * ((int) n - 1), 0);
  guint n_expand = 0;
  guint i = 0;
  int used = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      if (self->homogeneous)
        widths[i] = available / (int) n + ((int) i < available % (int) n ? 1 : 0);
      else
        {
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &widths[i], NULL, NULL);
          if (gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
            n_expand++;
        }
      used += widths[i];
      i++;
    }

  if (self->homogeneous || used >= available)
    return;

  i = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      if (n_expand > 0 && gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL))
        widths[i] += (available - used) / (int) n_expand;
      i++;
    }
}

static int
measure_min_width (RpReflowBox *self)
{
  int max_min;
  int max_nat;
  int sum_min;
  int sum_nat;

  measure_children_widths (self, &max_min, &max_nat, &sum_min, &sum_nat);
  return max_min;
}

static GtkSizeRequestMode
rp_reflow_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
measure_height (RpReflowBox *self,
                int          width,
                int         *minimum,
                int         *natural)
{
  guint n = count_visible (self);
  gboolean row = rp_reflow_box_fits_row (self, width);
  g_autofree int *widths = g_new0 (int, MAX (n, 1));
  guint i = 0;

  *minimum = *natural = 0;
  if (n == 0)
    return;
  if (row)
    row_child_widths (self, width, n, widths);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min;
      int nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, row ? widths[i] : width,
                          &min, &nat, NULL, NULL);
      if (row)
        {
          *minimum = MAX (*minimum, min);
          *natural = MAX (*natural, nat);
        }
      else
        {
          *minimum += min;
          *natural += nat;
        }
      i++;
    }

  if (!row)
    {
      *minimum += self->spacing * ((int) n - 1);
      *natural += self->spacing * ((int) n - 1);
    }
}

static void
rp_reflow_box_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  RpReflowBox *self = RP_REFLOW_BOX (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Stacked, the widest child is the minimum; the row is natural. */
      *minimum = measure_min_width (self);
      *natural = MAX (*minimum, row_width (self, count_visible (self)));
    }
  else
    {
      int width = for_size;

      /* No width given: the row's, the natural one. */
      if (width < 0)
        width = MAX (measure_min_width (self), row_width (self, count_visible (self)));
      measure_height (self, width, minimum, natural);
    }
}

static void
allocate_row (RpReflowBox *self,
              int          width,
              int          height,
              guint        n)
{
  g_autofree int *widths = g_new0 (int, n);
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  guint i = 0;
  int x = 0;

  row_child_widths (self, width, n, widths);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { rtl ? width - x - widths[i] : x, 0, widths[i], height },
                                -1);
      x += widths[i] + self->spacing;
      i++;
    }
}

/* Stacked: every child at its natural height for the width while there is
 * room, down to its minimum when there is not. */
static void
allocate_stack (RpReflowBox *self,
                int          width,
                int          height,
                guint        n)
{
  g_autofree GtkRequestedSize *sizes = g_new0 (GtkRequestedSize, n);
  int extra = height - self->spacing * ((int) n - 1);
  guint i = 0;
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width,
                          &sizes[i].minimum_size, &sizes[i].natural_size, NULL, NULL);
      extra -= sizes[i].minimum_size;
      i++;
    }
  gtk_distribute_natural_allocation (MAX (extra, 0), n, sizes);

  i = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_size_allocate (child, &(GtkAllocation) { 0, y, width, sizes[i].minimum_size }, -1);
      y += sizes[i].minimum_size + self->spacing;
      i++;
    }
}

static void
rp_reflow_box_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  RpReflowBox *self = RP_REFLOW_BOX (widget);
  guint n = count_visible (self);

  if (n == 0)
    return;
  if (rp_reflow_box_fits_row (self, width))
    allocate_row (self, width, height, n);
  else
    allocate_stack (self, width, height, n);
}

static void
rp_reflow_box_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  RpReflowBox *self = RP_REFLOW_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    case PROP_HOMOGENEOUS:
      g_value_set_boolean (value, self->homogeneous);
      break;

    case PROP_MIN_ROW_CHILD_WIDTH:
      g_value_set_int (value, self->min_row_child_width);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_reflow_box_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  RpReflowBox *self = RP_REFLOW_BOX (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      rp_reflow_box_set_spacing (self, g_value_get_int (value));
      break;

    case PROP_HOMOGENEOUS:
      rp_reflow_box_set_homogeneous (self, g_value_get_boolean (value));
      break;

    case PROP_MIN_ROW_CHILD_WIDTH:
      rp_reflow_box_set_min_row_child_width (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_reflow_box_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (rp_reflow_box_parent_class)->dispose (object);
}

/* Children in a .ui file: <child><object …/></child> (the month's cells). */
static void
rp_reflow_box_buildable_add_child (GtkBuildable *buildable,
                                   GtkBuilder   *builder,
                                   GObject      *child,
                                   const char   *type)
{
  if (GTK_IS_WIDGET (child) && type == NULL)
    rp_reflow_box_append (RP_REFLOW_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
rp_reflow_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = rp_reflow_box_buildable_add_child;
}

static void
rp_reflow_box_class_init (RpReflowBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = rp_reflow_box_get_property;
  object_class->set_property = rp_reflow_box_set_property;
  object_class->dispose = rp_reflow_box_dispose;

  widget_class->get_request_mode = rp_reflow_box_get_request_mode;
  widget_class->measure = rp_reflow_box_measure;
  widget_class->size_allocate = rp_reflow_box_size_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOMOGENEOUS] =
    g_param_spec_boolean ("homogeneous", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MIN_ROW_CHILD_WIDTH] =
    g_param_spec_int ("min-row-child-width", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "reflowbox");
}

static void
rp_reflow_box_init (RpReflowBox *self)
{
}

GtkWidget *
rp_reflow_box_new (void)
{
  return g_object_new (RP_TYPE_REFLOW_BOX, NULL);
}

void
rp_reflow_box_append (RpReflowBox *self,
                      GtkWidget   *child)
{
  g_return_if_fail (RP_IS_REFLOW_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));
  g_return_if_fail (gtk_widget_get_parent (child) == NULL);

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}

int
rp_reflow_box_get_spacing (RpReflowBox *self)
{
  g_return_val_if_fail (RP_IS_REFLOW_BOX (self), 0);

  return self->spacing;
}

void
rp_reflow_box_set_spacing (RpReflowBox *self,
                           int          spacing)
{
  g_return_if_fail (RP_IS_REFLOW_BOX (self));
  g_return_if_fail (spacing >= 0);

  if (self->spacing == spacing)
    return;

  self->spacing = spacing;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

gboolean
rp_reflow_box_get_homogeneous (RpReflowBox *self)
{
  g_return_val_if_fail (RP_IS_REFLOW_BOX (self), FALSE);

  return self->homogeneous;
}

void
rp_reflow_box_set_homogeneous (RpReflowBox *self,
                               gboolean     homogeneous)
{
  g_return_if_fail (RP_IS_REFLOW_BOX (self));

  homogeneous = !!homogeneous;
  if (self->homogeneous == homogeneous)
    return;

  self->homogeneous = homogeneous;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOMOGENEOUS]);
}

int
rp_reflow_box_get_min_row_child_width (RpReflowBox *self)
{
  g_return_val_if_fail (RP_IS_REFLOW_BOX (self), 0);

  return self->min_row_child_width;
}

void
rp_reflow_box_set_min_row_child_width (RpReflowBox *self,
                                       int          width)
{
  g_return_if_fail (RP_IS_REFLOW_BOX (self));
  g_return_if_fail (width >= 0);

  if (self->min_row_child_width == width)
    return;

  self->min_row_child_width = width;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MIN_ROW_CHILD_WIDTH]);
}
