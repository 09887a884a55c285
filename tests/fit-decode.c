/* fit-decode.c
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

#include "fit-decode.h"

#include <string.h>

#define N_LOCAL_TYPES 16

/* The protocol's base types by their number (the low 5 bits). */
static const struct
{
  guint8  size;
  guint64 invalid;
  gboolean is_string;
} base_types[] = {
  [0] = { 1, 0xff },                          /* enum */
  [1] = { 1, 0x7f },                          /* sint8 */
  [2] = { 1, 0xff },                          /* uint8 */
  [3] = { 2, 0x7fff },                        /* sint16 */
  [4] = { 2, 0xffff },                        /* uint16 */
  [5] = { 4, 0x7fffffff },                    /* sint32 */
  [6] = { 4, 0xffffffff },                    /* uint32 */
  [7] = { 1, 0, TRUE },                       /* string */
  [8] = { 4, 0xffffffff },                    /* float32 */
  [9] = { 8, G_MAXUINT64 },                   /* float64 */
  [10] = { 1, 0 },                            /* uint8z */
  [11] = { 2, 0 },                            /* uint16z */
  [12] = { 4, 0 },                            /* uint32z */
  [13] = { 1, 0xff },                         /* byte */
  [14] = { 8, G_GUINT64_CONSTANT (0x7fffffffffffffff) }, /* sint64 */
  [15] = { 8, G_MAXUINT64 },                  /* uint64 */
  [16] = { 8, 0 },                            /* uint64z */
};

typedef struct
{
  guint8 number;
  guint8 size;
  guint8 base_type;
} FieldDef;

typedef struct
{
  gboolean  defined;
  gboolean  big_endian;
  guint16   global;
  guint     n_fields;
  FieldDef  fields[255];
  gsize     developer_size;  /* bytes of developer fields, skipped */
} Definition;

typedef struct
{
  const guint8 *data;
  gsize         end;  /* the records end here */
  gsize         pos;
  Definition    locals[N_LOCAL_TYPES];
} Reader;

G_DEFINE_QUARK (fit-decode-error-quark, fit_decode_error)

/* The same CRC as the encoder's, written again from the protocol text. */
static guint16
crc16 (const guint8 *data,
       gsize         size)
{
  guint16 crc = 0;

  for (gsize i = 0; i < size; i++)
    {
      crc ^= data[i];
      for (int bit = 0; bit < 8; bit++)
        crc = (crc & 1) ? (crc >> 1) ^ 0xa001 : crc >> 1;
    }
  return crc;
}

static guint64
read_uint (const guint8 *p,
           guint         size,
           gboolean      big_endian)
{
  guint64 value = 0;

  for (guint i = 0; i < size; i++)
    {
      guint byte = big_endian ? i : size - 1 - i;

      value = (value << 8) | p[byte];
    }
  return value;
}

static gboolean
fail (GError    **error,
      const char *format,
      ...) G_GNUC_PRINTF (2, 3);

static gboolean
fail (GError    **error,
      const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (FIT_DECODE_ERROR, 0, format, args);
  va_end (args);
  return FALSE;
}

/* The next n bytes, or NULL when the records end before them. */
static const guint8 *
take (Reader  *r,
      gsize    n,
      GError **error)
{
  const guint8 *p = r->data + r->pos;

  if (n > r->end - r->pos)
    {
      fail (error, "record at byte %zu runs past the data (%zu bytes wanted)", r->pos, n);
      return NULL;
    }
  r->pos += n;
  return p;
}

static gboolean
read_definition (Reader   *r,
                 guint     local,
                 gboolean  developer,
                 GError  **error)
{
  Definition *def = &r->locals[local];
  const guint8 *p;

  if ((p = take (r, 5, error)) == NULL)
    return FALSE;
  if (p[1] > 1)
    return fail (error, "architecture %u is neither little- nor big-endian", p[1]);
  def->big_endian = p[1] == 1;
  def->global = (guint16) read_uint (p + 2, 2, def->big_endian);
  def->n_fields = p[4];
  def->developer_size = 0;
  if ((p = take (r, 3 * (gsize) def->n_fields, error)) == NULL)
    return FALSE;
  for (guint i = 0; i < def->n_fields; i++)
    {
      FieldDef *field = &def->fields[i];
      guint type;

      field->number = p[3 * i];
      field->size = p[3 * i + 1];
      field->base_type = p[3 * i + 2];
      type = field->base_type & 0x1f;
      if (type >= G_N_ELEMENTS (base_types))
        return fail (error, "field %u has an unknown base type 0x%02x", field->number,
                     field->base_type);
      if (field->size == 0 || field->size % base_types[type].size != 0)
        return fail (error, "field %u's size %u does not fit its base type 0x%02x",
                     field->number, field->size, field->base_type);
    }
  if (developer)
    {
      guint n;

      if ((p = take (r, 1, error)) == NULL)
        return FALSE;
      n = p[0];
      if ((p = take (r, 3 * (gsize) n, error)) == NULL)
        return FALSE;
      for (guint i = 0; i < n; i++)
        def->developer_size += p[3 * i + 1];
    }
  def->defined = TRUE;
  return TRUE;
}

static void
field_clear (gpointer data)
{
  FitField *field = data;

  g_free (field->string);
}

static void
message_free (gpointer data)
{
  FitMessage *message = data;

  g_array_unref (message->fields);
  g_free (message);
}

static gboolean
decode_field (const FieldDef *def,
              const guint8   *p,
              gboolean        big_endian,
              FitField       *out,
              GError        **error)
{
  guint type = def->base_type & 0x1f;

  out->number = def->number;
  out->base_type = def->base_type;
  out->size = def->size;
  if (base_types[type].is_string)
    {
      const guint8 *nul = memchr (p, 0, def->size);
      gsize length = nul != NULL ? (gsize) (nul - p) : def->size;

      if (!g_utf8_validate ((const char *) p, length, NULL))
        return fail (error, "string field %u is not UTF-8", def->number);
      out->string = g_strndup ((const char *) p, length);
      out->valid = length > 0;
      return TRUE;
    }
  out->value = read_uint (p, base_types[type].size, big_endian);
  out->valid = out->value != base_types[type].invalid;
  return TRUE;
}

static gboolean
read_data (Reader     *r,
           guint       local,
           GPtrArray  *messages,
           GError    **error)
{
  const Definition *def = &r->locals[local];
  FitMessage *message;
  const guint8 *p;

  if (!def->defined)
    return fail (error, "data message at byte %zu of undefined local type %u", r->pos - 1, local);

  message = g_new0 (FitMessage, 1);
  message->global = def->global;
  message->fields = g_array_new (FALSE, TRUE, sizeof (FitField));
  g_array_set_clear_func (message->fields, field_clear);
  g_ptr_array_add (messages, message);

  for (guint i = 0; i < def->n_fields; i++)
    {
      FitField field = { 0 };

      if ((p = take (r, def->fields[i].size, error)) == NULL ||
          !decode_field (&def->fields[i], p, def->big_endian, &field, error))
        return FALSE;
      g_array_append_val (message->fields, field);
    }
  return take (r, def->developer_size, error) != NULL;
}

static gboolean
read_header (const guint8  *data,
             gsize          size,
             FitFile       *file,
             GError       **error)
{
  if (size < 12)
    return fail (error, "%zu bytes is shorter than a FIT header", size);
  file->header_size = data[0];
  if (file->header_size != 12 && file->header_size != 14)
    return fail (error, "header size %u is neither 12 nor 14", file->header_size);
  if (size < file->header_size)
    return fail (error, "%zu bytes is shorter than the header's %u", size, file->header_size);
  if (memcmp (data + 8, ".FIT", 4) != 0)
    return fail (error, "no \".FIT\" in the header");
  file->protocol = data[1];
  if ((file->protocol >> 4) > 2)
    return fail (error, "protocol version 0x%02x is newer than 2", file->protocol);
  file->profile = (guint16) read_uint (data + 2, 2, FALSE);
  file->data_size = (guint32) read_uint (data + 4, 4, FALSE);
  if ((guint64) file->header_size + file->data_size + 2 != size)
    return fail (error, "header says %u + %u + 2 bytes, the file has %zu", file->header_size,
                 file->data_size, size);
  if (file->header_size == 14)
    {
      file->header_crc = (guint16) read_uint (data + 12, 2, FALSE);
      /* 0: the writer left it out. */
      if (file->header_crc != 0 && file->header_crc != crc16 (data, 12))
        return fail (error, "header CRC 0x%04x, computed 0x%04x", file->header_crc,
                     crc16 (data, 12));
    }
  file->crc = (guint16) read_uint (data + size - 2, 2, FALSE);
  if (file->crc != crc16 (data, size - 2))
    return fail (error, "file CRC 0x%04x, computed 0x%04x", file->crc, crc16 (data, size - 2));
  return TRUE;
}

FitFile *
fit_decode (const guint8  *data,
            gsize          size,
            GError       **error)
{
  g_autoptr(FitFile) file = g_new0 (FitFile, 1);
  g_autofree Reader *r = g_new0 (Reader, 1);

  g_return_val_if_fail (data != NULL || size == 0, NULL);

  file->messages = g_ptr_array_new_with_free_func (message_free);
  if (!read_header (data, size, file, error))
    return NULL;

  r->data = data;
  r->pos = file->header_size;
  r->end = size - 2;
  while (r->pos < r->end)
    {
      guint8 header = data[r->pos++];
      gboolean ok;

      if (header & 0x80)  /* compressed timestamp: a data message */
        ok = read_data (r, (header >> 5) & 0x3, file->messages, error);
      else if (header & 0x40)
        ok = read_definition (r, header & 0xf, (header & 0x20) != 0, error);
      else
        ok = read_data (r, header & 0xf, file->messages, error);
      if (!ok)
        return NULL;
    }
  return g_steal_pointer (&file);
}

void
fit_file_free (FitFile *file)
{
  if (file == NULL)
    return;
  g_clear_pointer (&file->messages, g_ptr_array_unref);
  g_free (file);
}

const FitMessage *
fit_file_find (const FitFile *file,
               guint16        global,
               guint          nth)
{
  for (guint i = 0; i < file->messages->len; i++)
    {
      const FitMessage *message = g_ptr_array_index (file->messages, i);

      if (message->global == global && nth-- == 0)
        return message;
    }
  return NULL;
}

guint
fit_file_count (const FitFile *file,
                guint16        global)
{
  guint n = 0;

  for (guint i = 0; i < file->messages->len; i++)
    if (((const FitMessage *) g_ptr_array_index (file->messages, i))->global == global)
      n++;
  return n;
}

const FitField *
fit_message_field (const FitMessage *message,
                   guint8            number)
{
  for (guint i = 0; i < message->fields->len; i++)
    {
      const FitField *field = &g_array_index (message->fields, FitField, i);

      if (field->number == number)
        return field;
    }
  return NULL;
}

gboolean
fit_message_get_uint (const FitMessage *message,
                      guint8            number,
                      guint64          *out_value)
{
  const FitField *field = fit_message_field (message, number);

  if (field == NULL || field->string != NULL || !field->valid)
    return FALSE;
  *out_value = field->value;
  return TRUE;
}

const char *
fit_message_get_string (const FitMessage *message,
                        guint8            number)
{
  const FitField *field = fit_message_field (message, number);

  return field != NULL ? field->string : NULL;
}
