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
GBytes *rp_png_encode (cairo_surface_t  *surface,
                       GError          **error);

G_END_DECLS
