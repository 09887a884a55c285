/* test-text.c — text made safe for messages and terminals, and the
 * loader's messages, which must be valid UTF-8 whatever the file holds
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

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "rp-plan-file.h"
#include "rp-text.h"

typedef struct
{
  const char *text;
  gssize      len;
  gsize       max_bytes;
  const char *expected;
} EscapeCase;

static void
test_escape (void)
{
  const EscapeCase cases[] = {
    { "plain text", -1, 0, "plain text" },
    { "", -1, 0, "" },
    { "café – 5 km/h ✓", -1, 0, "café – 5 km/h ✓" },
    /* Backslashes stay: escaping twice changes nothing. */
    { "a\\x1b\\n", -1, 0, "a\\x1b\\n" },
    { "\x1b]0;pwned\x07", -1, 0, "\\x1b]0;pwned\\x07" },
    { "\x1b[2J\x1b[H", -1, 0, "\\x1b[2J\\x1b[H" },
    { "line\nbreak\r\ttab", -1, 0, "line\\nbreak\\r\\ttab" },
    { "del\x7f", -1, 0, "del\\x7f" },
    /* C1: U+009B is CSI, U+0085 NEL. */
    { "csi\xc2\x9b" "2J nel\xc2\x85", -1, 0, "csi\\u009b2J nel\\u0085" },
    /* U+00A0 is just past C1: kept. */
    { "nbsp\xc2\xa0", -1, 0, "nbsp\xc2\xa0" },
    /* Bidirectional overrides and isolates. */
    { "\xe2\x80\xae" "evil\xe2\x80\xac", -1, 0, "\\u202eevil\\u202c" },
    { "\xe2\x81\xa6x\xe2\x81\xa9", -1, 0, "\\u2066x\\u2069" },
    /* Bytes that are not UTF-8: a lone continuation, a cut sequence, an
     * overlong form, a surrogate. */
    { "a\x80z", -1, 0, "a\\x80z" },
    { "caf\xc3", -1, 0, "caf\\xc3" },
    { "\xc0\xaf", -1, 0, "\\xc0\\xaf" },
    { "\xed\xa0\x80", -1, 0, "\\xed\\xa0\\x80" },
    /* A NUL inside an explicit length. */
    { "a\0b", 3, 0, "a\\x00b" },
    /* Cut at a character boundary, never inside one. */
    { "abcdé", -1, 5, "abcd…" },
    { "abcdé", -1, 6, "abcdé" },
    { "abcdef", -1, 3, "abc…" },
    { "€€", -1, 4, "€…" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *escaped = rp_text_escape (cases[i].text, cases[i].len, cases[i].max_bytes);
      g_autofree char *twice = rp_text_escape (escaped, -1, 0);

      g_test_message ("case %u", i);
      g_assert_true (g_utf8_validate (escaped, -1, NULL));
      g_assert_cmpstr (escaped, ==, cases[i].expected);
      g_assert_cmpstr (twice, ==, escaped);
    }
}

static char *
load_error (const char *data,
            gsize       len,
            const char *name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, len);
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlan) plan = rp_plan_file_load_bytes (bytes, name, &error);

  if (plan != NULL)
    return NULL;
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

static void
assert_safe_message (const char *message)
{
  g_assert_nonnull (message);
  if (!g_utf8_validate (message, -1, NULL))
    g_error ("not UTF-8: %s", message);
  for (const char *p = message; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        g_error ("control character U+%04X in: %s", c, message);
    }
}

/* The duplicate-key message quoted the key's first 64 bytes, cutting a
 * two-byte character in half. */
static void
test_duplicate_key_utf8 (void)
{
  g_autoptr(GString) key = g_string_new (NULL);
  g_autofree char *json = NULL;
  g_autofree char *message = NULL;

  for (int i = 0; i < 63; i++)
    g_string_append_c (key, 'a');
  g_string_append (key, "é and more");
  json = g_strdup_printf ("{\"format\": \"run-planner-plan\", \"%s\": 1, \"%s\": 2}",
                          key->str, key->str);
  message = load_error (json, strlen (json), "plan.json");
  assert_safe_message (message);
  g_assert_nonnull (strstr (message, "duplicate key"));
  g_assert_nonnull (strstr (message, "aaa…\""));
}

/* An escaped key decodes to control characters: quoted, they are shown
 * as escapes. */
static void
test_duplicate_key_controls (void)
{
  const char *json = "{\"\\u001b]0;x\\u0007\\u009b\": 1, \"\\u001b]0;x\\u0007\\u009b\": 2}";
  g_autofree char *message = load_error (json, strlen (json), "plan.json");

  assert_safe_message (message);
  g_assert_nonnull (strstr (message, "\\x1b]0;x\\x07\\u009b"));
}

/* The name is a path, which may be any bytes. */
static void
test_name_not_utf8 (void)
{
  const char *json = "{\"format\": 1}";
  g_autofree char *message = load_error (json, strlen (json), "/tmp/\xff\x1b[2Jplan\n.json");

  assert_safe_message (message);
  g_assert_true (g_str_has_prefix (message, "/tmp/\\xff\\x1b[2Jplan\\n.json:"));
}

/* Errors before any parsing (a directory, a missing file) name the file
 * too, and the app shows them in a label. */
static void
test_io_error_name (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-text-XXXXXX", &error);
  g_autofree char *odd = NULL;
  const char *names[] = { "\xff\x1b]0;x\x07plan", "gone\n\xc3.json" };

  g_assert_no_error (error);
  odd = g_build_filename (dir, names[0], NULL);
  g_assert_cmpint (g_mkdir (odd, 0700), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GError) load_error = NULL;
      g_autoptr(RpPlan) plan = rp_plan_file_load (file, NULL, NULL, &load_error);

      g_assert_null (plan);
      g_assert_nonnull (load_error);
      assert_safe_message (load_error->message);
    }
  g_rmdir (odd);
  g_rmdir (dir);
}

static GPtrArray *
bad_files (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (files, g_build_filename (path, name, NULL));
  g_ptr_array_sort (files, (GCompareFunc) g_strcmp0);
  return files;
}

/* Mutations that aim at messages: a byte of a multi-byte character, a
 * control character, a byte that is never UTF-8, an escaped control. */
static const char * const insertions[] = {
  "\xc3", "\xa9", "\xe2\x82", "\x1b", "\xff", "\\u001b", "\\u202e", "é", "\xc2\x9b",
};

static void
check_message (const char *data,
               gsize       len,
               guint      *n_errors)
{
  g_autofree char *message = load_error (data, len, "plan.json");

  if (message == NULL)
    return;
  assert_safe_message (message);
  (*n_errors)++;
}

/* Every key made longer than the 64 bytes a message quotes, with a
 * two-byte character across the cut. */
static void
check_long_keys (const char *data,
                 gsize       len,
                 guint      *n_errors)
{
  /* Raw: some files are not UTF-8. */
  g_autoptr(GRegex) key = g_regex_new ("\"([a-z_]+)\"(\\s*:)", G_REGEX_RAW, 0, NULL);
  const char *replacement = "\"a" "éééééééééééééééééééééééééééééééééééééééé" "\\1\"\\2";
  g_autofree char *mutated = g_regex_replace (key, data, (gssize) len, 0, replacement, 0, NULL);

  g_assert_nonnull (mutated);
  check_message (mutated, strlen (mutated), n_errors);
}

/* Every message of the loader, over the bad files and mutations of them
 * at pseudo-random places (a fixed seed, so every run sees the same). */
static void
test_fuzz_messages (void)
{
  g_autoptr(GPtrArray) files = bad_files ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261206);
  guint n_errors = 0;

  g_assert_cmpuint (files->len, >, 100);
  for (guint f = 0; f < files->len; f++)
    {
      g_autofree char *data = NULL;
      gsize len = 0;
      g_autoptr(GError) error = NULL;

      g_file_get_contents (g_ptr_array_index (files, f), &data, &len, &error);
      g_assert_no_error (error);
      check_message (data, len, &n_errors);
      if (len == 0 || len > 4096 || memchr (data, '\0', len) != NULL)
        continue;
      check_long_keys (data, len, &n_errors);
      for (guint m = 0; m < 24; m++)
        {
          g_autoptr(GString) mutated = g_string_new_len (data, (gssize) len);
          gsize at = (gsize) g_rand_int_range (rand, 0, (gint32) len);
          const char *insertion = insertions[g_rand_int_range (rand, 0, G_N_ELEMENTS (insertions))];

          if (m % 3 == 0)
            g_string_truncate (mutated, at);
          else
            g_string_insert (mutated, (gssize) at, insertion);
          check_message (mutated->str, mutated->len, &n_errors);
        }
    }
  g_test_message ("%u messages checked", n_errors);
  g_assert_cmpuint (n_errors, >, files->len * 10);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text/escape", test_escape);
  g_test_add_func ("/text/loader/duplicate-key-utf8", test_duplicate_key_utf8);
  g_test_add_func ("/text/loader/duplicate-key-controls", test_duplicate_key_controls);
  g_test_add_func ("/text/loader/name-not-utf8", test_name_not_utf8);
  g_test_add_func ("/text/loader/io-error-name", test_io_error_name);
  g_test_add_func ("/text/loader/fuzz-messages", test_fuzz_messages);

  return g_test_run ();
}
