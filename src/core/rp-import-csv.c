/* rp-import-csv.c — the app's CSV (rp-export-csv.c) read back
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

#define G_LOG_DOMAIN "rp-import"

#include "config.h"

#include "rp-import.h"

#include <string.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-json-doc.h"
#include "rp-kind.h"
#include "rp-limits.h"
#include "rp-plan-file.h"
#include "rp-plan-reader.h"
#include "rp-reason.h"
#include "rp-steps.h"
#include "rp-text.h"

/* The export's columns (rp-export-csv.c), by what the reader does with
 * them. A file may leave any out but date and kind, and may order them
 * as a spreadsheet left them; a column the export does not write is an
 * error, not something silently lost. */
typedef enum
{
  COL_DATE,
  COL_KIND,
  COL_PINNED,
  COL_DISTANCE,
  COL_DURATION,
  COL_PACE_FAST,
  COL_PACE_SLOW,
  COL_STEPS,
  COL_REASON,
  COL_REASON_TEXT,
  COL_NOTES,
  N_COLUMNS,
} Column;

static const char * const column_names[N_COLUMNS] = {
  "date", "kind", "pinned", "distance_m", "duration_s", "pace_fast_s_per_km",
  "pace_slow_s_per_km", "steps", "reason", "reason_text", "notes",
};

/* A quoted value shown in a message: escaped, and cut where a hostile
 * field would flood the message. */
#define SHOWN_VALUE_BYTES 40

typedef enum
{
  END_FIELD,   /* a comma: another field follows */
  END_LINE,    /* CRLF or LF */
  END_FILE,
} FieldEnd;

typedef struct
{
  const char  *data;
  gsize        len;
  gsize        pos;
  const char  *name;     /* escaped for messages */
  GError     **error;

  /* the header: which column each field of a row is */
  Column       columns[N_COLUMNS];
  guint        n_columns;

  /* the current row's fields and where each starts */
  GString     *fields[N_COLUMNS];
  gsize        offsets[N_COLUMNS];
  gboolean     present[N_COLUMNS];
} Csv;

static gboolean fail_at (Csv        *csv,
                         gsize       offset,
                         int         code,
                         const char *format,
                         ...) G_GNUC_PRINTF (4, 5);

static gboolean
fail_at (Csv        *csv,
         gsize       offset,
         int         code,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  g_autofree char *shown = NULL;
  va_list args;
  guint line, col;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* The message may quote the file: the app shows it in a label. */
  shown = rp_text_escape (message, -1, 0);
  rp_json_offset_to_position (csv->data, MIN (offset, csv->len), &line, &col);
  g_set_error (csv->error, RP_PLAN_FILE_ERROR, code, "%s:%u:%u: %s", csv->name, line, col, shown);
  return FALSE;
}

/* ------------------------------------------------------------------ */
/* RFC 4180 fields.                                                    */

static gboolean
check_length (Csv     *csv,
              GString *text,
              gsize    offset)
{
  if (text->len <= RP_PLAN_FILE_MAX_STRING)
    return TRUE;
  return fail_at (csv, offset, RP_PLAN_FILE_ERROR_LIMIT,
                  _("a field longer than %d bytes (the longest text a plan holds)"),
                  RP_PLAN_FILE_MAX_STRING);
}

/* After a field: a comma, a line end or the end of the file. A CR is a
 * line end only before an LF. */
static gboolean
read_field_end (Csv      *csv,
                FieldEnd *out_end)
{
  if (csv->pos >= csv->len)
    {
      *out_end = END_FILE;
      return TRUE;
    }
  switch (csv->data[csv->pos])
    {
    case ',':
      csv->pos++;
      *out_end = END_FIELD;
      return TRUE;
    case '\n':
      csv->pos++;
      *out_end = END_LINE;
      return TRUE;
    case '\r':
      if (csv->pos + 1 < csv->len && csv->data[csv->pos + 1] == '\n')
        {
          csv->pos += 2;
          *out_end = END_LINE;
          return TRUE;
        }
      return fail_at (csv, csv->pos, RP_PLAN_FILE_ERROR_SYNTAX,
                      _("a carriage return (CR) outside quotes that does not end the line "
                        "(lines end in CRLF or LF)"));
    default:
      return fail_at (csv, csv->pos, RP_PLAN_FILE_ERROR_SYNTAX,
                      _("text after the closing quote (a quote inside a quoted field is "
                        "written twice: \"\")"));
    }
}

static gboolean
read_quoted (Csv     *csv,
             GString *text,
             gsize    offset)
{
  csv->pos++;   /* the opening quote */
  for (;;)
    {
      const char *quote;
      gsize run;

      if (csv->pos >= csv->len)
        return fail_at (csv, offset, RP_PLAN_FILE_ERROR_SYNTAX,
                        _("the quoted field that starts here never ends (a closing quote "
                          "is missing)"));
      /* Whole runs up to the next quote: a long field is not read a byte
       * at a time. */
      quote = memchr (csv->data + csv->pos, '"', csv->len - csv->pos);
      run = (quote != NULL ? (gsize) (quote - csv->data) : csv->len) - csv->pos;
      g_string_append_len (text, csv->data + csv->pos, MIN (run, RP_PLAN_FILE_MAX_STRING + 1));
      csv->pos += run;
      if (!check_length (csv, text, offset))
        return FALSE;
      if (quote == NULL)
        continue;
      if (csv->pos + 1 < csv->len && csv->data[csv->pos + 1] == '"')
        {
          g_string_append_c (text, '"');
          csv->pos += 2;
          if (!check_length (csv, text, offset))
            return FALSE;
          continue;
        }
      csv->pos++;   /* the closing quote */
      return TRUE;
    }
}

static gboolean
read_unquoted (Csv     *csv,
               GString *text,
               gsize    offset)
{
  gsize start = csv->pos;

  while (csv->pos < csv->len)
    {
      char c = csv->data[csv->pos];

      if (c == ',' || c == '\n' || c == '\r')
        break;
      if (c == '"')
        return fail_at (csv, csv->pos, RP_PLAN_FILE_ERROR_SYNTAX,
                        _("a quote inside a field that does not start with one (quote the "
                          "whole field and write the quote twice)"));
      csv->pos++;
      if (csv->pos - start > RP_PLAN_FILE_MAX_STRING)
        break;
    }
  g_string_append_len (text, csv->data + start, csv->pos - start);
  return check_length (csv, text, offset);
}

/* One field into text (emptied first); *out_offset is where it starts. */
static gboolean
read_field (Csv      *csv,
            GString  *text,
            gsize    *out_offset,
            gboolean *out_quoted,
            FieldEnd *out_end)
{
  gsize offset = csv->pos;

  g_string_truncate (text, 0);
  *out_offset = offset;
  *out_quoted = offset < csv->len && csv->data[offset] == '"';
  if (*out_quoted ? !read_quoted (csv, text, offset) : !read_unquoted (csv, text, offset))
    return FALSE;
  return read_field_end (csv, out_end);
}

/* ------------------------------------------------------------------ */
/* The header.                                                         */

static char *
column_list (void)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < N_COLUMNS; i++)
    g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", column_names[i]);
  return g_string_free (g_steal_pointer (&list), FALSE);
}

static gboolean
column_from_name (const char *name,
                  Column     *out)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    if (strcmp (name, column_names[i]) == 0)
      {
        *out = (Column) i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
read_header (Csv *csv)
{
  g_autoptr(GString) text = g_string_new (NULL);
  gsize seen_at[N_COLUMNS];
  gboolean seen[N_COLUMNS] = { FALSE };
  FieldEnd end = END_FIELD;

  if (csv->len == 0)
    return fail_at (csv, 0, RP_PLAN_FILE_ERROR_INVALID,
                    _("the file is empty; a CSV to import starts with the export's header row"));

  while (end == END_FIELD)
    {
      g_autofree char *all = NULL;
      g_autofree char *shown = NULL;
      gboolean quoted;
      gsize offset;
      Column column;

      if (!read_field (csv, text, &offset, &quoted, &end))
        return FALSE;
      if (!column_from_name (text->str, &column))
        {
          all = column_list ();
          shown = rp_text_escape (text->str, -1, SHOWN_VALUE_BYTES);
          return fail_at (csv, offset, RP_PLAN_FILE_ERROR_INVALID,
                          _("unknown column “%s” in the header (the export's columns are %s)"),
                          shown, all);
        }
      if (seen[column])
        {
          guint line, col;

          rp_json_offset_to_position (csv->data, seen_at[column], &line, &col);
          return fail_at (csv, offset, RP_PLAN_FILE_ERROR_INVALID,
                          _("column “%s” appears twice in the header (first at column %u)"),
                          column_names[column], col);
        }
      seen[column] = TRUE;
      seen_at[column] = offset;
      csv->columns[csv->n_columns++] = column;
    }

  for (guint required = COL_DATE; required <= COL_KIND; required++)
    if (!seen[required])
      return fail_at (csv, 0, RP_PLAN_FILE_ERROR_INVALID,
                      _("the header has no “%s” column"), column_names[required]);
  return TRUE;
}

/* ------------------------------------------------------------------ */
/* A row's values.                                                     */

static gboolean
value_fail (Csv        *csv,
            Column      column,
            const char *problem)
{
  g_autofree char *shown = rp_text_escape (csv->fields[column]->str, -1, SHOWN_VALUE_BYTES);

  /* Translators: a bad value in a CSV file, e.g. "date “2027-02-30”:
   * must be a date (YYYY-MM-DD) from 1900-01-01 to 2200-12-31" */
  return fail_at (csv, csv->offsets[column], RP_PLAN_FILE_ERROR_INVALID, _("%s “%s”: %s"),
                  column_names[column], shown, problem);
}

/* Digits only (no sign, space or decimal point): 0..max, or -1 when the
 * field is absent or empty. */
static gboolean
read_int (Csv     *csv,
          Column   column,
          gint64   min,
          gint64   max,
          gint64  *out)
{
  const GString *text = csv->fields[column];
  g_autofree char *problem = NULL;
  guint64 value = 0;

  *out = -1;
  if (!csv->present[column] || text->len == 0)
    return TRUE;
  for (gsize i = 0; i < text->len && value <= (guint64) max; i++)
    {
      if (!g_ascii_isdigit (text->str[i]))
        {
          value = G_MAXUINT64;
          break;
        }
      value = value * 10 + (guint64) (text->str[i] - '0');
    }
  if (value >= (guint64) min && value <= (guint64) max)
    {
      *out = (gint64) value;
      return TRUE;
    }
  problem = g_strdup_printf (_("must be a whole number from %lld to %lld, or empty"),
                             (long long) min, (long long) max);
  return value_fail (csv, column, problem);
}

static gboolean
read_date (Csv    *csv,
           RpDate *out)
{
  g_autofree char *problem = NULL;

  if (rp_date_parse_iso (csv->fields[COL_DATE]->str, out))
    return TRUE;
  problem = g_strdup_printf (_("must be a date (YYYY-MM-DD) from %d-01-01 to %d-12-31"),
                             RP_DATE_MIN_YEAR, RP_DATE_MAX_YEAR);
  return value_fail (csv, COL_DATE, problem);
}

static gboolean
read_kind (Csv    *csv,
           RpKind *out)
{
  const char *text = csv->fields[COL_KIND]->str;
  g_autoptr(GString) names = g_string_new (NULL);

  /* Names are exact, as in the plan file: rp_kind_from_name also takes
   * "Tempo". */
  if (rp_kind_from_name (text, out) && strcmp (rp_kind_to_name (*out), text) == 0)
    return TRUE;
  for (guint i = 0; i < RP_N_KINDS; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", rp_kind_to_name ((RpKind) i));
  {
    g_autofree char *problem = g_strdup_printf (_("not a workout kind (%s)"), names->str);

    return value_fail (csv, COL_KIND, problem);
  }
}

static gboolean
read_pinned (Csv      *csv,
             gboolean *out)
{
  const char *text = csv->fields[COL_PINNED]->str;

  /* A hand-written file without the column lists the runner's own. */
  *out = TRUE;
  if (!csv->present[COL_PINNED] || strcmp (text, "true") == 0)
    return TRUE;
  if (strcmp (text, "false") == 0)
    {
      *out = FALSE;
      return TRUE;
    }
  return value_fail (csv, COL_PINNED, _("must be true (placed by you) or false (by the planner)"));
}

static gboolean
read_pace (Csv       *csv,
           RpWorkout *workout)
{
  gint64 fast, slow;

  if (!read_int (csv, COL_PACE_FAST, 1, RP_PLAN_MAX_PACE_S_PER_KM, &fast) ||
      !read_int (csv, COL_PACE_SLOW, 1, RP_PLAN_MAX_PACE_S_PER_KM, &slow))
    return FALSE;
  if (fast > 0 && slow > 0 && fast > slow)
    {
      g_autofree char *problem =
        g_strdup_printf (_("is slower than %s (%lld s/km)"),
                         column_names[COL_PACE_SLOW], (long long) slow);

      return value_fail (csv, COL_PACE_FAST, problem);
    }
  rp_workout_set_pace (workout, fast > 0 ? (int) fast : 0, slow > 0 ? (int) slow : 0);
  return TRUE;
}

static gboolean
read_steps (Csv       *csv,
            RpUnit     unit,
            RpWorkout *workout)
{
  g_autoptr(GArray) steps = NULL;
  g_autofree char *problem = NULL;

  if (!csv->present[COL_STEPS] || csv->fields[COL_STEPS]->len == 0)
    return TRUE;
  if (!rp_steps_parse (csv->fields[COL_STEPS]->str, unit, &steps, &problem))
    return value_fail (csv, COL_STEPS, problem);
  rp_steps_apply (workout, steps);
  return TRUE;
}

/* The code is checked, not kept: a reason is the planner's account of
 * its own entry, which it writes again; without its figures (only the
 * code is exported) it could not be shown anyway. */
static gboolean
check_reason (Csv *csv)
{
  const char *text = csv->fields[COL_REASON]->str;
  RpReasonCode code;

  if (!csv->present[COL_REASON] || *text == '\0')
    return TRUE;
  if (rp_reason_code_from_name (text, &code) && strcmp (rp_reason_code_to_name (code), text) == 0)
    return TRUE;
  return value_fail (csv, COL_REASON, _("not a reason code of the planner"));
}

static RpWorkout *
read_workout (Csv    *csv,
              RpUnit  unit)
{
  g_autoptr(RpWorkout) workout = NULL;
  g_autoptr(GError) limit_error = NULL;
  gint64 distance_m, duration_s;
  gboolean pinned;
  RpDate date;
  RpKind kind;

  if (!read_date (csv, &date) || !read_kind (csv, &kind) || !read_pinned (csv, &pinned))
    return NULL;
  workout = rp_workout_new (kind);
  rp_workout_set_date (workout, date);
  rp_workout_set_pinned (workout, pinned);

  /* Steps first: the sizes written beside them are what the app showed. */
  if (!read_steps (csv, unit, workout) ||
      !read_int (csv, COL_DISTANCE, 0, RP_PLAN_MAX_DISTANCE_M, &distance_m) ||
      !read_int (csv, COL_DURATION, 0, RP_PLAN_MAX_DURATION_S, &duration_s) ||
      !read_pace (csv, workout) ||
      !check_reason (csv))
    return NULL;
  rp_workout_set_distance_m (workout, distance_m);
  rp_workout_set_duration_s (workout, duration_s);
  if (csv->present[COL_NOTES] && csv->fields[COL_NOTES]->len > 0)
    rp_workout_set_notes (workout, csv->fields[COL_NOTES]->str);

  /* Each value was checked above; this is the writer's own guard. */
  if (!rp_limits_check_workout (workout, &limit_error))
    {
      fail_at (csv, csv->offsets[COL_DATE], RP_PLAN_FILE_ERROR_LIMIT, "%s", limit_error->message);
      return NULL;
    }
  return g_steal_pointer (&workout);
}

/* ------------------------------------------------------------------ */
/* Rows.                                                               */

/* Reads one row's fields; FALSE with *out_blank for a line with nothing
 * on it (skipped) and no error. */
static gboolean
read_row (Csv      *csv,
          gboolean *out_blank)
{
  gsize row_start = csv->pos;
  FieldEnd end = END_FIELD;
  guint n = 0;

  *out_blank = FALSE;
  memset (csv->present, 0, sizeof csv->present);
  while (end == END_FIELD)
    {
      gboolean quoted;
      gsize offset;
      GString *text;

      if (n == csv->n_columns)
        return fail_at (csv, csv->pos, RP_PLAN_FILE_ERROR_INVALID,
                        ngettext ("more fields than the header's %u column",
                                  "more fields than the header's %u columns",
                                  csv->n_columns),
                        csv->n_columns);
      text = csv->fields[csv->columns[n]];
      if (!read_field (csv, text, &offset, &quoted, &end))
        return FALSE;
      if (n == 0 && end != END_FIELD && !quoted && text->len == 0)
        {
          /* A blank line, a spreadsheet's trailing one among them. */
          *out_blank = TRUE;
          return FALSE;
        }
      csv->offsets[csv->columns[n]] = offset;
      csv->present[csv->columns[n]] = TRUE;
      n++;
    }
  if (n < csv->n_columns)
    {
      /* At the row's end: a field is missing there. */
      gsize at = csv->pos;

      while (at > row_start && (csv->data[at - 1] == '\n' || csv->data[at - 1] == '\r'))
        at--;
      return fail_at (csv, at, RP_PLAN_FILE_ERROR_INVALID,
                      ngettext ("%u field, the header has %u columns",
                                "%u fields, the header has %u columns", n),
                      n, csv->n_columns);
    }
  return TRUE;
}

/* At most RP_MAX_WORKOUTS_PER_DAY on a date, as in a plan. */
static gboolean
count_day (Csv        *csv,
           GHashTable *per_day,
           RpDate      date)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (per_day, GUINT_TO_POINTER (date))) + 1;
  char iso[RP_DATE_ISO_LEN];

  if (n <= RP_MAX_WORKOUTS_PER_DAY)
    {
      g_hash_table_insert (per_day, GUINT_TO_POINTER (date), GUINT_TO_POINTER (n));
      return TRUE;
    }
  return fail_at (csv, csv->offsets[COL_DATE], RP_PLAN_FILE_ERROR_LIMIT,
                  _("more than %d workouts on %s, the most a day holds"),
                  RP_MAX_WORKOUTS_PER_DAY, rp_date_to_iso (date, iso));
}

static GPtrArray *
read_rows (Csv    *csv,
           RpUnit  unit)
{
  g_autoptr(GPtrArray) workouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) per_day = g_hash_table_new (NULL, NULL);

  while (csv->pos < csv->len)
    {
      RpWorkout *workout;
      gboolean blank;

      if (!read_row (csv, &blank))
        {
          if (blank)
            continue;
          return NULL;
        }
      if (workouts->len == RP_IMPORT_MAX_ROWS)
        {
          fail_at (csv, csv->offsets[csv->columns[0]], RP_PLAN_FILE_ERROR_LIMIT,
                   _("more than %d rows, the most workouts a plan holds"), RP_IMPORT_MAX_ROWS);
          return NULL;
        }
      if ((workout = read_workout (csv, unit)) == NULL)
        return NULL;
      g_ptr_array_add (workouts, workout);
      if (!count_day (csv, per_day, rp_workout_get_date (workout)))
        return NULL;
    }
  return g_steal_pointer (&workouts);
}

static gboolean
check_encoding (Csv *csv)
{
  const char *end = NULL;

  if (g_utf8_validate_len (csv->data, csv->len, &end))
    return TRUE;
  if (*end == '\0')
    return fail_at (csv, end - csv->data, RP_PLAN_FILE_ERROR_SYNTAX, _("NUL byte in the file"));
  return fail_at (csv, end - csv->data, RP_PLAN_FILE_ERROR_SYNTAX, _("invalid UTF-8"));
}

GPtrArray *
rp_import_read_csv (const char  *data,
                    gsize        len,
                    const char  *name,
                    RpUnit       unit,
                    GError     **error)
{
  g_autofree char *shown_name = NULL;
  GPtrArray *workouts = NULL;
  Csv csv = { NULL };

  g_return_val_if_fail (data != NULL || len == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  shown_name = rp_text_escape (name != NULL ? name : "<csv>", -1, 0);
  if (len > RP_PLAN_FILE_MAX_BYTES)
    {
      g_set_error (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LIMIT,
                   _("%s: larger than the limit of %d MiB"), shown_name,
                   RP_PLAN_FILE_MAX_BYTES / (1024 * 1024));
      return NULL;
    }

  /* A spreadsheet's "CSV UTF-8" starts with a byte order mark; lines and
   * columns count from after it, as an editor shows them. */
  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  csv.data = data != NULL ? data : "";
  csv.len = len;
  csv.name = shown_name;
  csv.error = error;
  for (guint i = 0; i < N_COLUMNS; i++)
    csv.fields[i] = g_string_new (NULL);

  if (check_encoding (&csv) && read_header (&csv))
    workouts = read_rows (&csv, unit);

  for (guint i = 0; i < N_COLUMNS; i++)
    g_string_free (csv.fields[i], TRUE);
  return workouts;
}
