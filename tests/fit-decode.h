/* fit-decode.h
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

#include <glib.h>

G_BEGIN_DECLS

/* A FIT decoder for the tests and the fuzzer, written apart from the
 * encoder (src/core/rp-fit.c) from the protocol description, so the two
 * check each other: the header (size, ".FIT", data size, header CRC),
 * definition and data messages of either byte order, compressed timestamp
 * headers, developer fields (skipped), and the file's CRC. Any
 * inconsistency is an error; nothing is read past the end. */

typedef struct
{
  guint8   number;
  guint8   base_type;
  guint8   size;
  gboolean valid;     /* not the base type's invalid value */
  guint64  value;     /* integers: the first element, in host order */
  char    *string;    /* strings: up to the first NUL (valid UTF-8) */
} FitField;

typedef struct
{
  guint16  global;
  GArray  *fields;  /* of FitField */
} FitMessage;

typedef struct
{
  guint8     header_size;
  guint8     protocol;
  guint16    profile;
  guint32    data_size;
  guint16    header_crc;  /* 0 when the header has none */
  guint16    crc;
  GPtrArray *messages;    /* of FitMessage, in file order */
} FitFile;

#define FIT_DECODE_ERROR (fit_decode_error_quark ())

GQuark            fit_decode_error_quark (void);

FitFile          *fit_decode             (const guint8     *data,
                                          gsize             size,
                                          GError          **error);
void              fit_file_free          (FitFile          *file);

/* The nth (from 0) message of that global number, or NULL. */
const FitMessage *fit_file_find          (const FitFile    *file,
                                          guint16           global,
                                          guint             nth);
guint             fit_file_count         (const FitFile    *file,
                                          guint16           global);
const FitField   *fit_message_field      (const FitMessage *message,
                                          guint8            number);
/* The field's value; FALSE when it is absent or invalid. */
gboolean          fit_message_get_uint   (const FitMessage *message,
                                          guint8            number,
                                          guint64          *out_value);
/* NULL when absent. */
const char       *fit_message_get_string (const FitMessage *message,
                                          guint8            number);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (FitFile, fit_file_free)

G_END_DECLS
