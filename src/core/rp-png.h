/* rp-png.h
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

#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* An ARGB32 image surface as a PNG (8-bit RGBA, or RGB when every pixel
 * is opaque; not interlaced): the pixels cairo_surface_write_to_png_stream
 * writes, encoded for speed: two cheap filters tried per row and zlib
 * (GIO's GZlibCompressor) at its fastest level, where cairo's writer tries
 * all five filters on every row and compresses at zlib's default level
 * (docs/export.md). NULL with G_IO_ERROR_INVALID_ARGUMENT if the surface
 * is not an ARGB32 image of at least one pixel, or zlib's error. */
GBytes      *rp_png_encode          (cairo_surface_t  *surface,
                                     GError          **error);

/* The same, a band of rows at a time, for an image too big to draw at
 * once (the chart export draws a week's row at a time): alpha FALSE
 * writes RGB, for pixels the caller knows are opaque. */
typedef struct _RpPngWriter RpPngWriter;

RpPngWriter *rp_png_writer_new      (int               width,
                                     int               height,
                                     gboolean          alpha);
/* The first n_rows rows of surface (an ARGB32 image as wide as the PNG)
 * are the image's next rows. */
gboolean     rp_png_writer_add_rows (RpPngWriter      *writer,
                                     cairo_surface_t  *surface,
                                     int               n_rows,
                                     GError          **error);
/* The file, once every row was added; the writer is only freed after. */
GBytes      *rp_png_writer_finish   (RpPngWriter      *writer,
                                     GError          **error);
void         rp_png_writer_free     (RpPngWriter      *writer);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (RpPngWriter, rp_png_writer_free)

G_END_DECLS
