/* rp-png.c — a fast PNG writer for the chart exports
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

#define G_LOG_DOMAIN "rp-png"

#include "config.h"

#include "rp-png.h"

#include <string.h>

/* zlib's fastest level: a chart is flat colours and repeated rows, which
 * the row filters turn into runs of zeros; higher levels spend several
 * times the time for a few per cent of size (docs/export.md). */
#define ZLIB_LEVEL 1
/* Rows filtered before each call into zlib. */
#define ROWS_PER_BATCH 32

enum
{
  FILTER_NONE = 0,
  FILTER_SUB = 1,
  FILTER_UP = 2,
};

static const guint8 signature[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

static guint32 crc_table[256];

/* The PNG (and zlib, gzip) CRC-32: polynomial 0xedb88320, reflected. */
static void
init_crc_table (void)
{
  static gsize done = 0;

  if (!g_once_init_enter (&done))
    return;
  for (guint32 n = 0; n < 256; n++)
    {
      guint32 c = n;

      for (int k = 0; k < 8; k++)
        c = c & 1 ? 0xedb88320u ^ (c >> 1) : c >> 1;
      crc_table[n] = c;
    }
  g_once_init_leave (&done, 1);
}

static guint32
crc_update (guint32       crc,
            const guint8 *data,
            gsize         len)
{
  for (gsize i = 0; i < len; i++)
    crc = crc_table[(crc ^ data[i]) & 0xff] ^ (crc >> 8);
  return crc;
}

static void
append_be32 (GByteArray *out,
             guint32     value)
{
  guint8 be[4] = { value >> 24, value >> 16, value >> 8, value };

  g_byte_array_append (out, be, 4);
}

/* A chunk: length, type, data, CRC of type and data. */
static void
append_chunk (GByteArray   *out,
              const char   *type,
              const guint8 *data,
              gsize         len)
{
  guint32 crc;

  append_be32 (out, len);
  g_byte_array_append (out, (const guint8 *) type, 4);
  if (len > 0)
    g_byte_array_append (out, data, len);
  crc = crc_update (0xffffffffu, (const guint8 *) type, 4);
  crc = crc_update (crc, data, len);
  append_be32 (out, crc ^ 0xffffffffu);
}

/* cairo's premultiplied native-endian ARGB32 to PNG's RGBA, with the
 * rounding cairo's own PNG writer uses (so the files decode alike). */
static void
unpremultiply_row (const guint32 *src,
                   guint8        *dst,
                   int            width)
{
  for (int x = 0; x < width; x++, dst += 4)
    {
      guint32 p = src[x];
      guint a = p >> 24;

      if (a == 0)
        {
          memset (dst, 0, 4);
        }
      else if (a == 255)
        {
          dst[0] = p >> 16;
          dst[1] = p >> 8;
          dst[2] = p;
          dst[3] = 255;
        }
      else
        {
          dst[0] = (((p >> 16) & 0xff) * 255 + a / 2) / a;
          dst[1] = (((p >> 8) & 0xff) * 255 + a / 2) / a;
          dst[2] = ((p & 0xff) * 255 + a / 2) / a;
          dst[3] = a;
        }
    }
}

/* An opaque row to PNG's RGB. */
static void
rgb_row (const guint32 *src,
         guint8        *dst,
         int            width)
{
  for (int x = 0; x < width; x++, dst += 3)
    {
      dst[0] = src[x] >> 16;
      dst[1] = src[x] >> 8;
      dst[2] = src[x];
    }
}

/* Whether every pixel is opaque: then the file is RGB, as cairo writes
 * it, a quarter smaller. */
static gboolean
is_opaque (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *pixels = cairo_image_surface_get_data (surface);

  for (int y = 0; y < height; y++)
    {
      const guint32 *row = (const guint32 *) (pixels + (gsize) y * stride);

      for (int x = 0; x < width; x++)
        if (row[x] >> 24 != 255)
          return FALSE;
    }
  return TRUE;
}

/* The sum of the filtered bytes read as signed: libpng's heuristic for
 * the filter that compresses best. */
static guint
cost (const guint8 *row,
      gsize         len)
{
  guint sum = 0;

  for (gsize i = 0; i < len; i++)
    sum += row[i] < 128 ? row[i] : 256 - row[i];
  return sum;
}

/* One filtered row into out (its filter byte first): Up when it repeats
 * the row above or costs less, else Sub. Two filters, not libpng's five:
 * a chart's rows are runs of one colour (Sub) or the row above (Up). */
static void
filter_row (const guint8 *row,
            const guint8 *prev,
            gsize         len,
            guint         bpp,
            guint8       *out,
            guint8       *scratch)
{
  if (prev != NULL && memcmp (row, prev, len) == 0)
    {
      out[0] = FILTER_UP;
      memset (out + 1, 0, len);
      return;
    }

  out[0] = FILTER_SUB;
  memcpy (out + 1, row, bpp);
  for (gsize i = bpp; i < len; i++)
    out[1 + i] = row[i] - row[i - bpp];
  if (prev == NULL)
    return;

  for (gsize i = 0; i < len; i++)
    scratch[i] = row[i] - prev[i];
  if (cost (scratch, len) < cost (out + 1, len))
    {
      out[0] = FILTER_UP;
      memcpy (out + 1, scratch, len);
    }
}

/* Feeds len bytes (all of them) to zlib and appends what it writes to
 * out, an IDAT chunk for each buffer full (a decoder joins consecutive
 * IDAT chunks); at_end finishes the stream. */
static gboolean
deflate_into (GConverter    *zlib,
              const guint8  *data,
              gsize          len,
              gboolean       at_end,
              GByteArray    *out,
              GError       **error)
{
  guint8 buf[65536];
  GConverterResult result;

  do
    {
      gsize read = 0, written = 0;

      result = g_converter_convert (zlib, data, len, buf, sizeof buf,
                                    at_end ? G_CONVERTER_INPUT_AT_END : G_CONVERTER_NO_FLAGS,
                                    &read, &written, error);
      if (result == G_CONVERTER_ERROR)
        return FALSE;
      if (written > 0)
        append_chunk (out, "IDAT", buf, written);
      data += read;
      len -= read;
    }
  while (len > 0 || (at_end && result != G_CONVERTER_FINISHED));
  return TRUE;
}

struct _RpPngWriter
{
  GByteArray *out;
  GConverter *zlib;
  int         width;
  int         height;
  int         rows_left;
  guint       bpp;
  gsize       len;     /* bytes in a row, without its filter byte */
  guint8     *row;     /* the row being filtered, and the one above */
  guint8     *prev;
  gboolean    has_prev;
  guint8     *scratch;
  guint8     *batch;   /* ROWS_PER_BATCH filtered rows for zlib */
};

RpPngWriter *
rp_png_writer_new (int      width,
                   int      height,
                   gboolean alpha)
{
  RpPngWriter *writer;
  guint8 ihdr[13];

  g_return_val_if_fail (width > 0 && height > 0, NULL);

  init_crc_table ();
  writer = g_new0 (RpPngWriter, 1);
  writer->out = g_byte_array_new ();
  writer->zlib = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_ZLIB, ZLIB_LEVEL));
  writer->width = width;
  writer->height = height;
  writer->rows_left = height;
  writer->bpp = alpha ? 4 : 3;
  writer->len = (gsize) width * writer->bpp;
  writer->row = g_malloc (writer->len);
  writer->prev = g_malloc (writer->len);
  writer->scratch = g_malloc (writer->len);
  writer->batch = g_malloc ((writer->len + 1) * ROWS_PER_BATCH);

  /* Width, height, 8 bits a sample, colour type 2 (RGB) or 6 (RGBA),
   * deflate, adaptive filtering, no interlace. */
  memset (ihdr, 0, sizeof ihdr);
  for (int i = 0; i < 4; i++)
    {
      ihdr[i] = (guint32) width >> (24 - 8 * i);
      ihdr[4 + i] = (guint32) height >> (24 - 8 * i);
    }
  ihdr[8] = 8;
  ihdr[9] = alpha ? 6 : 2;
  g_byte_array_append (writer->out, signature, sizeof signature);
  append_chunk (writer->out, "IHDR", ihdr, sizeof ihdr);
  return writer;
}

void
rp_png_writer_free (RpPngWriter *writer)
{
  if (writer == NULL)
    return;
  g_clear_pointer (&writer->out, g_byte_array_unref);
  g_clear_object (&writer->zlib);
  g_free (writer->row);
  g_free (writer->prev);
  g_free (writer->scratch);
  g_free (writer->batch);
  g_free (writer);
}

static gboolean
is_argb32 (cairo_surface_t *surface)
{
  return cairo_surface_status (surface) == CAIRO_STATUS_SUCCESS &&
         cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE &&
         cairo_image_surface_get_format (surface) == CAIRO_FORMAT_ARGB32;
}

gboolean
rp_png_writer_add_rows (RpPngWriter      *writer,
                        cairo_surface_t  *surface,
                        int               n_rows,
                        GError          **error)
{
  const guint8 *pixels;
  int stride;
  int y = 0;

  g_return_val_if_fail (writer != NULL, FALSE);
  g_return_val_if_fail (surface != NULL && is_argb32 (surface), FALSE);
  g_return_val_if_fail (cairo_image_surface_get_width (surface) == writer->width, FALSE);
  g_return_val_if_fail (n_rows >= 0 && n_rows <= cairo_image_surface_get_height (surface), FALSE);
  g_return_val_if_fail (n_rows <= writer->rows_left, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  cairo_surface_flush (surface);
  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  while (y < n_rows)
    {
      guint n = 0;

      for (; n < ROWS_PER_BATCH && y < n_rows; n++, y++)
        {
          const guint32 *src = (const guint32 *) (pixels + (gsize) y * stride);
          guint8 *swap;

          if (writer->bpp == 3)
            rgb_row (src, writer->row, writer->width);
          else
            unpremultiply_row (src, writer->row, writer->width);
          filter_row (writer->row, writer->has_prev ? writer->prev : NULL, writer->len,
                      writer->bpp, writer->batch + n * (writer->len + 1), writer->scratch);
          swap = writer->prev;
          writer->prev = writer->row;
          writer->row = swap;
          writer->has_prev = TRUE;
        }
      writer->rows_left -= n;
      if (!deflate_into (writer->zlib, writer->batch, n * (writer->len + 1),
                         writer->rows_left == 0, writer->out, error))
        return FALSE;
    }
  return TRUE;
}

GBytes *
rp_png_writer_finish (RpPngWriter  *writer,
                      GError      **error)
{
  g_return_val_if_fail (writer != NULL, NULL);
  g_return_val_if_fail (writer->rows_left == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  append_chunk (writer->out, "IEND", NULL, 0);
  return g_byte_array_free_to_bytes (g_steal_pointer (&writer->out));
}

GBytes *
rp_png_encode (cairo_surface_t  *surface,
               GError          **error)
{
  g_autoptr(RpPngWriter) writer = NULL;
  int height;

  g_return_val_if_fail (surface != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!is_argb32 (surface) ||
      cairo_image_surface_get_width (surface) < 1 ||
      cairo_image_surface_get_height (surface) < 1)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           "not an ARGB32 image surface of at least 1 × 1 pixels");
      return NULL;
    }

  cairo_surface_flush (surface);
  height = cairo_image_surface_get_height (surface);
  writer = rp_png_writer_new (cairo_image_surface_get_width (surface), height,
                              !is_opaque (surface));
  if (!rp_png_writer_add_rows (writer, surface, height, error))
    return NULL;
  return rp_png_writer_finish (writer, error);
}
