/* rp-print-sheet.c — the printed plan sheet of a week or a month
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

#define G_LOG_DOMAIN "rp-print"

#include "config.h"

#include "rp-print-sheet.h"

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "rp-chart.h"
#include "rp-date.h"
#include "rp-describe.h"
#include "rp-kind.h"
#include "rp-parse.h"
#include "rp-planner.h"
#include "rp-reason.h"
#include "rp-steps.h"
#include "rp-warning.h"

/* The sheet is a column of blocks (the title; per week a heading, the
 * table's header, a row per workout, the chart) placed on pages from the
 * top; a block never splits, a heading never ends a page, and a page that
 * goes on with a week's rows repeats the table's header. Sizes are in
 * the cairo units of the page: points when printing. */

enum
{
  COLUMN_DATE,
  COLUMN_WORKOUT,
  COLUMN_DISTANCE,
  COLUMN_PACE,
  COLUMN_REASON,
  N_COLUMNS
};

/* Each column's share of the width. */
static const double column_share[N_COLUMNS] = { 0.12, 0.28, 0.10, 0.19, 0.31 };

#define FONT_BODY    9.0
#define FONT_HEADER  8.5
#define FONT_WEEK    11.0
#define FONT_TITLE   16.0
#define CELL_PAD_X   3.0
#define CELL_PAD_Y   2.5
#define BLOCK_GAP    6.0
/* The chart's height: this share of the page, at most CHART_MAX. */
#define CHART_SHARE  0.25
#define CHART_MAX    170.0

typedef enum
{
  BLOCK_TITLE,
  BLOCK_WEEK,
  BLOCK_HEADER,
  BLOCK_ROW,
  BLOCK_CHART,
} BlockKind;

typedef struct
{
  BlockKind kind;
  RpDate    week_start;          /* BLOCK_WEEK and BLOCK_CHART */
  char     *text[N_COLUMNS];     /* a row's cells; a title's or heading's text in [0] */
  gboolean  day_start;           /* a row that starts its day: a rule above it */
  double    height;
  guint     page;
  double    y;
  gboolean  header_before;       /* a row that begins a page: the header above it */
} Block;

struct _RpPrintSheet
{
  RpPlan *plan;
  RpDate  first;
  RpDate  last;
  char   *title;
  GArray *blocks;   /* Block */
  double  width;
  double  header_height;
  double  max_load;
  guint   n_pages;
};

static void
block_clear (gpointer data)
{
  Block *block = data;

  for (guint i = 0; i < N_COLUMNS; i++)
    g_free (block->text[i]);
}

static Block *
add_block (RpPrintSheet *self,
           BlockKind     kind)
{
  Block block = { kind };

  g_array_append_val (self->blocks, block);
  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

static char *
collapse_spaces (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (*p != ' ' || (out->len > 0 && out->str[out->len - 1] != ' '))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

static char *
format_day (RpDate date)
{
  GDate gdate;
  char buf[64];

  rp_date_to_gdate (date, &gdate);
  /* Translators: strftime format of a day in the printed plan's table: "Tue 24 Nov" */
  if (g_date_strftime (buf, sizeof buf, C_("print sheet day", "%a %e %b"), &gdate) == 0)
    return NULL;
  /* %e pads a day below 10 with a space: "Thu  1 Apr". */
  return collapse_spaces (g_strstrip (buf));
}

/* The workout and its steps and notes, as a card says them. */
static char *
workout_text (RpPlan    *plan,
              RpWorkout *workout,
              RpUnit     unit)
{
  GString *text = g_string_new (rp_kind_get_label (rp_workout_get_kind (workout)));
  g_autofree char *size = rp_describe_workout_size (plan, workout);
  g_autofree char *steps = rp_steps_format_workout (workout, unit);
  const char *notes = rp_workout_get_notes (workout);

  if (size != NULL)
    g_string_append_printf (text, " %s", size);
  if (steps != NULL && *steps != '\0')
    g_string_append_printf (text, "\n%s", steps);
  if (notes != NULL && *notes != '\0')
    g_string_append_printf (text, "\n%s", notes);
  return g_string_free (text, FALSE);
}

static char *
reason_text (RpWorkout *workout,
             RpUnit     unit)
{
  const RpReason *reason = rp_workout_get_reason (workout);

  if (reason != NULL && reason->code != RP_REASON_NONE)
    return rp_reason_format_on (reason, rp_workout_get_date (workout), unit);
  if (rp_workout_get_pinned (workout))
    return g_strdup (_("Placed by you"));
  return NULL;
}

static void
add_workout_row (RpPrintSheet *self,
                 RpWorkout    *workout,
                 gboolean      day_start,
                 RpUnit        unit)
{
  Block *row = add_block (self, BLOCK_ROW);
  gint64 metres = rp_planner_workout_distance_m (self->plan, workout);

  row->day_start = day_start;
  row->text[COLUMN_DATE] = day_start ? format_day (rp_workout_get_date (workout)) : NULL;
  row->text[COLUMN_WORKOUT] = workout_text (self->plan, workout, unit);
  row->text[COLUMN_DISTANCE] = metres > 0 ? rp_format_distance (metres, unit) : NULL;
  row->text[COLUMN_PACE] = rp_describe_workout_pace (self->plan, workout);
  row->text[COLUMN_REASON] = reason_text (workout, unit);
}

static void
add_day_rows (RpPrintSheet *self,
              RpDate        date,
              RpUnit        unit)
{
  guint n = rp_plan_get_n_workouts (self->plan, date);
  Block *row;

  for (guint i = 0; i < n; i++)
    add_workout_row (self, rp_plan_get_workout (self->plan, date, i), i == 0, unit);
  if (n > 0)
    return;
  row = add_block (self, BLOCK_ROW);
  row->day_start = TRUE;
  row->text[COLUMN_DATE] = format_day (date);
  row->text[COLUMN_WORKOUT] = g_strdup (_("Nothing planned"));
}

/* "Week of 24 – 30 Nov 2026 · 52.0 km planned, target 55.0 km". */
static char *
week_heading (RpPrintSheet *self,
              RpDate        week_start,
              RpUnit        unit)
{
  guint week = rp_plan_get_week_index (self->plan, week_start);
  const RpWeekSummary *summary = rp_plan_get_week_summary (self->plan, week);
  g_autofree char *range = rp_date_format_week_range (week_start);
  g_autofree char *volume = rp_format_distance (summary->volume_m, unit);
  g_autofree char *target = rp_format_distance (summary->target_m, unit);

  /* A week's sheet has its dates in the title already. */
  if (self->first >= week_start && self->last <= week_start + 6)
    {
      if (summary->target_m <= 0)
        /* Translators: the heading of a printed week: "52.0 km planned" */
        return g_strdup_printf (_("%s planned"), volume);
      /* Translators: the heading of a printed week: "52.0 km planned, target 55.0 km" */
      return g_strdup_printf (_("%s planned, target %s"), volume, target);
    }
  if (summary->target_m <= 0)
    /* Translators: a week's heading in the printed plan: "Week of 24 – 30 Nov 2026 · 52.0 km planned" */
    return g_strdup_printf (_("Week of %s · %s planned"), range, volume);
  /* Translators: a week's heading in the printed plan: "Week of 24 – 30 Nov 2026 · 52.0 km planned, target 55.0 km" */
  return g_strdup_printf (_("Week of %s · %s planned, target %s"), range, volume, target);
}

static void
add_week (RpPrintSheet *self,
          RpDate        week_start,
          RpUnit        unit)
{
  Block *block = add_block (self, BLOCK_WEEK);
  static const char *headers[N_COLUMNS] = {
    N_("Day"), N_("Workout"), N_("Distance"), N_("Pace"), N_("Why"),
  };

  block->week_start = week_start;
  block->text[0] = week_heading (self, week_start, unit);
  block = add_block (self, BLOCK_HEADER);
  for (guint i = 0; i < N_COLUMNS; i++)
    block->text[i] = g_strdup (_(headers[i]));
  for (RpDate date = MAX (week_start, self->first); date <= MIN (week_start + 6, self->last); date++)
    add_day_rows (self, date, unit);
  block = add_block (self, BLOCK_CHART);
  block->week_start = week_start;
}

static RpPrintSheet *
sheet_new (RpPlan     *plan,
           RpDate      first,
           RpDate      last,
           char       *title)
{
  RpPrintSheet *self = g_new0 (RpPrintSheet, 1);
  RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  Block *block;

  self->plan = g_object_ref (plan);
  self->first = MAX (first, rp_plan_get_start (plan));
  self->last = MIN (last, rp_plan_get_end (plan));
  self->title = title;
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->max_load = rp_chart_get_plan_max_load (plan);

  block = add_block (self, BLOCK_TITLE);
  block->text[0] = g_strdup (title);
  if (self->first > self->last)
    return self;
  for (guint w = rp_plan_get_week_index (plan, self->first);
       w <= rp_plan_get_week_index (plan, self->last); w++)
    add_week (self, rp_plan_get_week_start (plan, w), unit);
  return self;
}

RpPrintSheet *
rp_print_sheet_new_week (RpPlan *plan,
                         RpDate  week_start)
{
  g_autofree char *range = NULL;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (rp_date_is_valid (week_start), NULL);

  range = rp_date_format_week_range (week_start);
  /* Translators: the printed plan's title: "Week of 24 – 30 Nov 2026" */
  return sheet_new (plan, week_start, week_start + 6, g_strdup_printf (_("Week of %s"), range));
}

RpPrintSheet *
rp_print_sheet_new_month (RpPlan *plan,
                          RpDate  date)
{
  GDate gdate;
  char buf[64];
  RpDate first;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (rp_date_is_valid (date), NULL);

  rp_date_to_gdate (date, &gdate);
  g_date_set_day (&gdate, 1);
  first = rp_date_from_ymd (g_date_get_year (&gdate), g_date_get_month (&gdate), 1);
  if (g_date_strftime (buf, sizeof buf, C_("month view title", "%B %Y"), &gdate) == 0)
    buf[0] = '\0';
  return sheet_new (plan, first,
                    first + g_date_get_days_in_month (g_date_get_month (&gdate),
                                                      g_date_get_year (&gdate)) - 1,
                    g_strdup (buf));
}

void
rp_print_sheet_free (RpPrintSheet *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->plan);
  g_array_unref (self->blocks);
  g_free (self->title);
  g_free (self);
}

RpDate
rp_print_sheet_get_first (RpPrintSheet *self)
{
  g_return_val_if_fail (self != NULL, RP_DATE_INVALID);

  return self->first;
}

RpDate
rp_print_sheet_get_last (RpPrintSheet *self)
{
  g_return_val_if_fail (self != NULL, RP_DATE_INVALID);

  return self->last;
}

const char *
rp_print_sheet_get_title (RpPrintSheet *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->title;
}

/* Unhinted metrics, so a layout measured for the pages is as high when
 * drawn (on another cairo_t, or scaled for a printer). */
static PangoContext *
create_context (cairo_t *cr)
{
  PangoContext *context = pango_cairo_create_context (cr);
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  return context;
}

static PangoLayout *
create_layout (PangoContext *context,
               const char   *text,
               double        size,
               gboolean      bold,
               double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, (int) (MAX (width, 1.0) * PANGO_SCALE));
  pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
column_x (RpPrintSheet *self,
          guint         column)
{
  double x = 0;

  for (guint i = 0; i < column; i++)
    x += column_share[i] * self->width;
  return x;
}

static double
layout_height (PangoLayout *layout)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  return (double) logical.height / PANGO_SCALE;
}

static double
text_height (PangoContext *context,
             const char   *text,
             double        size,
             gboolean      bold,
             double        width)
{
  g_autoptr(PangoLayout) layout = create_layout (context, text, size, bold, width);

  return layout_height (layout);
}

/* A row's (or the header's) height: its tallest cell. */
static double
row_height (RpPrintSheet *self,
            PangoContext *context,
            Block        *block)
{
  gboolean header = block->kind == BLOCK_HEADER;
  double height = 0;

  for (guint i = 0; i < N_COLUMNS; i++)
    height = MAX (height, text_height (context, block->text[i], header ? FONT_HEADER : FONT_BODY,
                                       header, column_share[i] * self->width - 2 * CELL_PAD_X));
  return height + 2 * CELL_PAD_Y;
}

static double
block_height (RpPrintSheet *self,
              PangoContext *context,
              Block        *block,
              double        page_height)
{
  switch (block->kind)
    {
    case BLOCK_TITLE:
      return text_height (context, block->text[0], FONT_TITLE, TRUE, self->width) + BLOCK_GAP;
    case BLOCK_WEEK:
      return BLOCK_GAP + text_height (context, block->text[0], FONT_WEEK, TRUE, self->width)
             + BLOCK_GAP / 2;
    case BLOCK_CHART:
      return MIN (CHART_MAX, page_height * CHART_SHARE) + BLOCK_GAP;
    case BLOCK_HEADER:
    case BLOCK_ROW:
    default:
      return row_height (self, context, block);
    }
}

/* What must go on the page with block i: it, and while a block is a
 * heading, the block after it (a week's heading, header and first row
 * stay together). */
static double
needed_height (RpPrintSheet *self,
               guint         i)
{
  double needed = 0;

  for (; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      needed += block->height;
      if (block->kind != BLOCK_WEEK && block->kind != BLOCK_HEADER)
        break;
    }
  return needed;
}

guint
rp_print_sheet_paginate (RpPrintSheet *self,
                         cairo_t      *cr,
                         double        width,
                         double        height)
{
  PangoContext *context;
  double y = 0;
  guint page = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (cr != NULL, 0);
  g_return_val_if_fail (width > 0 && height > 0, 0);

  context = create_context (cr);
  self->width = width;
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      block->height = block_height (self, context, block, height);
      if (block->kind == BLOCK_HEADER)
        self->header_height = block->height;
    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      block->header_before = FALSE;
      if (y > 0 && y + needed_height (self, i) > height)
        {
          page++;
          y = 0;
          /* A week's rows go on under the header again. */
          if (block->kind == BLOCK_ROW)
            {
              block->header_before = TRUE;
              y = self->header_height;
            }
        }
      block->page = page;
      block->y = y;
      y += block->height;
    }
  g_object_unref (context);
  self->n_pages = page + 1;
  return self->n_pages;
}

guint
rp_print_sheet_get_n_pages (RpPrintSheet *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_pages;
}

static void
show_text (cairo_t      *cr,
           PangoContext *context,
           const char   *text,
           double        size,
           gboolean      bold,
           double        x,
           double        y,
           double        width)
{
  g_autoptr(PangoLayout) layout = NULL;

  if (text == NULL)
    return;
  layout = create_layout (context, text, size, bold, width);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_rule (cairo_t *cr,
           double   y,
           double   width,
           double   grey)
{
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, 0, y);
  cairo_line_to (cr, width, y);
  cairo_stroke (cr);
}

static void
draw_cells (RpPrintSheet *self,
            cairo_t      *cr,
            PangoContext *context,
            Block        *block,
            double        y)
{
  gboolean header = block->kind == BLOCK_HEADER;

  if (header)
    {
      cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
      cairo_rectangle (cr, 0, y, self->width, block->height);
      cairo_fill (cr);
    }
  else if (block->day_start)
    draw_rule (cr, y, self->width, 0.6);

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < N_COLUMNS; i++)
    show_text (cr, context, block->text[i], header ? FONT_HEADER : FONT_BODY, header,
               column_x (self, i) + CELL_PAD_X, y + CELL_PAD_Y,
               column_share[i] * self->width - 2 * CELL_PAD_X);
}

static Block *
header_block (RpPrintSheet *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    if (g_array_index (self->blocks, Block, i).kind == BLOCK_HEADER)
      return &g_array_index (self->blocks, Block, i);
  return NULL;
}

static void
draw_block (RpPrintSheet       *self,
            cairo_t            *cr,
            PangoContext       *context,
            Block              *block,
            const RpChartStyle *style)
{
  Block *header = header_block (self);

  if (block->header_before && header != NULL)
    draw_cells (self, cr, context, header, 0);

  cairo_set_source_rgb (cr, 0, 0, 0);
  switch (block->kind)
    {
    case BLOCK_TITLE:
      show_text (cr, context, block->text[0], FONT_TITLE, TRUE, 0, block->y, self->width);
      break;
    case BLOCK_WEEK:
      show_text (cr, context, block->text[0], FONT_WEEK, TRUE, 0, block->y + BLOCK_GAP,
                 self->width);
      break;
    case BLOCK_CHART:
      cairo_save (cr);
      cairo_translate (cr, 0, block->y + BLOCK_GAP / 2);
      rp_chart_draw_scaled (cr, self->plan, block->week_start, self->width,
                            block->height - BLOCK_GAP, self->max_load, style);
      cairo_restore (cr);
      break;
    case BLOCK_HEADER:
    case BLOCK_ROW:
    default:
      draw_cells (self, cr, context, block, block->y);
      break;
    }
}

void
rp_print_sheet_draw_page (RpPrintSheet *self,
                          cairo_t      *cr,
                          guint         page)
{
  PangoContext *context;
  RpChartStyle style;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->n_pages);

  context = create_context (cr);
  rp_chart_style_init_default (&style);
  cairo_save (cr);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      if (block->page == page)
        draw_block (self, cr, context, block, &style);
    }
  cairo_restore (cr);
  g_object_unref (context);
}

char *
rp_print_sheet_get_page_text (RpPrintSheet *self,
                              guint         page)
{
  Block *header;
  GString *text;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (page < self->n_pages, NULL);

  text = g_string_new (NULL);
  header = header_block (self);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = &g_array_index (self->blocks, Block, i);

      if (block->page != page)
        continue;
      if (block->header_before && header != NULL)
        for (guint c = 0; c < N_COLUMNS; c++)
          g_string_append_printf (text, "%s\n", header->text[c]);
      for (guint c = 0; c < N_COLUMNS; c++)
        if (block->text[c] != NULL)
          g_string_append_printf (text, "%s\n", block->text[c]);
    }
  return g_string_free (text, FALSE);
}
