/* test-png.c
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

/* The chart exports' PNG writer (rp-png.c): every image it writes
 * decodes, through cairo's reader (libpng, which checks the chunk CRCs
 * and zlib's checksum), to exactly the pixels cairo's own writer gives;
 * and the chart export, which draws and writes a week at a time, puts
 * each week's chart in its own row. */

#include "config.h"

#include <string.h>

#include "rp-date.h"
#include "rp-export.h"
#include "rp-planner.h"
#include "rp-png.h"

typedef struct
{
  const guint8 *data;
  gsize         len;
} Reader;

static cairo_status_t
read_bytes (void          *closure,
            unsigned char *data,
            unsigned int   length)
{
  Reader *reader = closure;

  if (length > reader->len)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data, length);
  reader->data += length;
  reader->len -= length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode (const guint8 *data,
        gsize         len)
{
  Reader reader = { data, len };
  cairo_surface_t *image = cairo_image_surface_create_from_png_stream (read_bytes, &reader);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  return image;
}

/* Both images have the same size and the same pixels. */
static void
assert_same_pixels (cairo_surface_t *a,
                    cairo_surface_t *b)
{
  int width = cairo_image_surface_get_width (a);
  int height = cairo_image_surface_get_height (a);

  g_assert_cmpint (cairo_image_surface_get_width (b), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (b), ==, height);
  cairo_surface_flush (a);
  cairo_surface_flush (b);
  for (int y = 0; y < height; y++)
    g_assert_cmpmem (cairo_image_surface_get_data (a) + y * cairo_image_surface_get_stride (a),
                     width * 4,
                     cairo_image_surface_get_data (b) + y * cairo_image_surface_get_stride (b),
                     width * 4);
}

/* Ours and cairo's PNG of the surface decode to the same pixels. */
static void
assert_encodes_like_cairo (cairo_surface_t *surface)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = rp_png_encode (surface, &error);
  g_autoptr(GByteArray) reference = g_byte_array_new ();
  cairo_surface_t *ours, *theirs;
  const guint8 *data;
  gsize len;

  g_assert_no_error (error);
  g_assert_nonnull (png);
  data = g_bytes_get_data (png, &len);
  g_assert_cmpmem (data, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_bytes, reference), ==,
                   CAIRO_STATUS_SUCCESS);

  ours = decode (data, len);
  theirs = decode (reference->data, reference->len);
  assert_same_pixels (ours, theirs);
  /* cairo decodes an opaque image as RGB24, one with alpha as ARGB32:
   * the same in both means the same colour type was read. */
  g_assert_cmpint (cairo_image_surface_get_format (ours), ==,
                   cairo_image_surface_get_format (theirs));
  cairo_surface_destroy (ours);
  cairo_surface_destroy (theirs);
}

static void
paint_scene (cairo_t *cr,
             int      width,
             int      height,
             gboolean opaque)
{
  cairo_pattern_t *gradient = cairo_pattern_create_linear (0, 0, width, height);

  if (opaque)
    {
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
    }
  /* Flat bars (the chart's runs and repeated rows), text-like noise and
   * a translucent gradient (every alpha, for the unpremultiplying). */
  cairo_set_source_rgba (cr, 0.2, 0.4, 0.8, 1);
  cairo_rectangle (cr, width / 8.0, height / 3.0, width / 4.0, height);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0.9, 0.3, 0.1, 0.5);
  cairo_rectangle (cr, width / 2.0, 0, width / 3.0, height / 2.0);
  cairo_fill (cr);
  cairo_pattern_add_color_stop_rgba (gradient, 0, 0, 0.6, 0.2, 0);
  cairo_pattern_add_color_stop_rgba (gradient, 1, 0.8, 0.1, 0.9, 1);
  cairo_set_source (cr, gradient);
  cairo_arc (cr, width / 2.0, height / 2.0, MIN (width, height) / 2.5, 0, 2 * G_PI);
  cairo_fill (cr);
  cairo_pattern_destroy (gradient);
  cairo_set_source_rgba (cr, 0, 0, 0, 0.8);
  cairo_set_line_width (cr, 1.3);
  for (int i = 0; i < 40; i++)
    {
      cairo_move_to (cr, (i * 37) % (width + 1), (i * 11) % (height + 1));
      cairo_line_to (cr, (i * 53) % (width + 1), (i * 29) % (height + 1));
    }
  cairo_stroke (cr);
}

static void
test_encodes_like_cairo (void)
{
  static const struct
  {
    int      width;
    int      height;
    gboolean opaque;
  } cases[] = {
    { 1, 1, FALSE },
    { 1, 1, TRUE },
    { 3, 7, FALSE },
    { 800, 300, FALSE },
    { 800, 300, TRUE },
    { 97, 1013, FALSE },
    /* Taller than one 64 KiB zlib buffer of output: several IDAT chunks. */
    { 640, 2000, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, cases[i].width,
                                                             cases[i].height);
      cairo_t *cr = cairo_create (surface);

      g_test_message ("%d × %d%s", cases[i].width, cases[i].height,
                      cases[i].opaque ? ", opaque" : "");
      paint_scene (cr, cases[i].width, cases[i].height, cases[i].opaque);
      cairo_destroy (cr);
      assert_encodes_like_cairo (surface);
      cairo_surface_destroy (surface);
    }
}

/* Random pixels: nothing for the filters to find, zlib's output outgrows
 * its input, every premultiplied value (colour ≤ alpha) round-trips. */
static void
test_noise (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 301, 257);
  guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  GRand *rand = g_rand_new_with_seed (11);

  for (int y = 0; y < 257; y++)
    for (int x = 0; x < 301; x++)
      {
        guint32 a = g_rand_int_range (rand, 0, 256);
        guint32 r = g_rand_int_range (rand, 0, a + 1);
        guint32 g = g_rand_int_range (rand, 0, a + 1);
        guint32 b = g_rand_int_range (rand, 0, a + 1);

        ((guint32 *) (data + y * stride))[x] = a << 24 | r << 16 | g << 8 | b;
      }
  cairo_surface_mark_dirty (surface);
  g_rand_free (rand);
  assert_encodes_like_cairo (surface);
  cairo_surface_destroy (surface);
}

static void
test_refuses (void)
{
  cairo_surface_t *rgb = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_surface_t *empty = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 0, 0);
  g_autoptr(GError) error = NULL;

  g_assert_null (rp_png_encode (rgb, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_null (rp_png_encode (empty, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  cairo_surface_destroy (rgb);
  cairo_surface_destroy (empty);
}

/* A PNG written in bands of rows is the PNG of the whole image. */
static void
test_writer_bands (void)
{
  cairo_surface_t *whole = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 90);
  cairo_surface_t *band = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 40);
  cairo_t *cr = cairo_create (whole);
  g_autoptr(RpPngWriter) writer = rp_png_writer_new (200, 90, TRUE);
  g_autoptr(GBytes) expected = NULL, banded = NULL;
  g_autoptr(GError) error = NULL;

  paint_scene (cr, 200, 90, FALSE);
  cairo_destroy (cr);
  expected = rp_png_encode (whole, &error);
  g_assert_no_error (error);
  /* Rows 0–39, 40–79, then 80–89 from a band only partly used. */
  for (int y = 0; y < 90; y += 40)
    {
      cr = cairo_create (band);
      cairo_set_operator (cr, CAIRO_OPERATOR_SOURCE);
      cairo_set_source_surface (cr, whole, 0, -y);
      cairo_paint (cr);
      cairo_destroy (cr);
      g_assert_true (rp_png_writer_add_rows (writer, band, MIN (40, 90 - y), &error));
      g_assert_no_error (error);
    }
  banded = rp_png_writer_finish (writer, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (banded, expected));
  cairo_surface_destroy (whole);
  cairo_surface_destroy (band);
}

/* Three weeks as one PNG: under each week's 28-pixel title line, exactly
 * the pixels of that week's own chart (a range within one week). */
static void
test_export_rows (void)
{
  RpDate monday = rp_date_from_ymd (2027, 3, 22);
  g_autoptr(RpPlan) plan = rp_plan_new (monday, 3);
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  g_autoptr(RpWorkout) intervals = rp_workout_new (RP_KIND_INTERVALS);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) all = NULL;
  cairo_surface_t *image;
  const guint8 *data;
  gsize len;

  g_assert_nonnull (rp_planner_place (plan, monday + 3, tempo, NULL));
  g_assert_nonnull (rp_planner_place (plan, monday + 15, intervals, NULL));
  rp_planner_fill (plan);
  rp_planner_analyze (plan);
  all = rp_export_chart (plan, monday, monday + 20, RP_EXPORT_CHART_PNG, 320, 120, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (all, &len);
  image = decode (data, len);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, 3 * (120 + 28));

  for (int week = 0; week < 3; week++)
    {
      g_autoptr(GBytes) one = rp_export_chart (plan, monday + 7 * week, monday + 7 * week,
                                               RP_EXPORT_CHART_PNG, 320, 120, &error);
      cairo_surface_t *alone, *row;
      int stride = cairo_image_surface_get_stride (image);

      g_assert_no_error (error);
      data = g_bytes_get_data (one, &len);
      alone = decode (data, len);
      row = cairo_image_surface_create_for_data (cairo_image_surface_get_data (image) +
                                                 (week * (120 + 28) + 28) * stride,
                                                 CAIRO_FORMAT_ARGB32, 320, 120, stride);
      assert_same_pixels (alone, row);
      cairo_surface_destroy (row);
      cairo_surface_destroy (alone);
    }
  cairo_surface_destroy (image);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/png/encodes-like-cairo", test_encodes_like_cairo);
  g_test_add_func ("/png/noise", test_noise);
  g_test_add_func ("/png/refuses", test_refuses);
  g_test_add_func ("/png/writer-bands", test_writer_bands);
  g_test_add_func ("/png/export-rows", test_export_rows);
  return g_test_run ();
}
