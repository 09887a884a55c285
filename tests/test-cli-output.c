/* test-cli-output.c — what run-planner-cli prints is safe for a terminal,
 * and its arguments are UTF-8 whatever the locale
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

#include <json-glib/json-glib.h>

#include "cli-test-util.h"
#include "rp-text.h"

/* Notes that would retitle the terminal (OSC 0 … BEL), clear it (CSI 2J
 * as C1 U+009B), and reverse the rest of the line (U+202E). */
#define HOSTILE_NOTES "\x1b]0;pwned\x07 \xc2\x9b" "2J \xe2\x80\xae" "evil"
#define HOSTILE_SHOWN "\\x1b]0;pwned\\x07 \\u009b2J \\u202eevil"

/* No byte a terminal acts on: C0 but newline, DEL, C1, the bidi
 * overrides; and valid UTF-8. */
static void
assert_terminal_safe (const char *what,
                      const char *text)
{
  g_autofree char *shown = rp_text_escape (text, -1, 0);

  if (!g_utf8_validate (text, -1, NULL))
    g_error ("%s is not UTF-8: %s", what, shown);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) ||
          (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
        g_error ("%s has U+%04X at byte %d: %s", what, c, (int) (p - text), shown);
    }
}

/* A failure's message goes to the TAP stream: escaped, on one line. */
static void
assert_result (CliResult  *result,
               int         status,
               const char *out_part,
               const char *err_part)
{
  g_autofree char *out = rp_text_escape (result->out, -1, 0);
  g_autofree char *err = rp_text_escape (result->err, -1, 0);

  if (result->status != status)
    g_error ("exit %d, expected %d; stdout: %s; stderr: %s", result->status, status, out, err);
  if (out_part != NULL && strstr (result->out, out_part) == NULL)
    g_error ("stdout lacks “%s”: %s", out_part, out);
  if (err_part != NULL && strstr (result->err, err_part) == NULL)
    g_error ("stderr lacks “%s”: %s", err_part, err);
  assert_terminal_safe ("stdout", result->out);
  assert_terminal_safe ("stderr", result->err);
}

static void
write_file (CliFixture *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* tests/data/good/small.json with notes on its intervals of 2026-11-24. */
static void
write_plan_with_notes (CliFixture *fixture,
                       const char *name,
                       const char *notes)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "data", "good", "small.json",
                                                   NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  JsonObject *workout;

  json_parser_load_from_file (parser, source, &error);
  g_assert_no_error (error);
  workout = json_node_get_object (json_parser_get_root (parser));
  workout = json_array_get_object_element (json_object_get_array_member (workout, "weeks"), 0);
  workout = json_array_get_object_element (json_object_get_array_member (workout, "days"), 1);
  workout = json_array_get_object_element (json_object_get_array_member (workout, "workouts"), 0);
  g_assert_cmpstr (json_object_get_string_member (workout, "kind"), ==, "intervals");
  json_object_set_string_member (workout, "notes", notes);
  json_generator_set_root (generator, json_parser_get_root (parser));
  text = json_generator_to_data (generator, NULL);
  write_file (fixture, name, text);
}

static char *
json_notes (const char *out)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonObject *workout;

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  root = json_array_get_object_element (json_object_get_array_member (root, "weeks"), 0);
  root = json_array_get_object_element (json_object_get_array_member (root, "days"), 1);
  workout = json_array_get_object_element (json_object_get_array_member (root, "workouts"), 0);
  return g_strdup (json_object_get_string_member_with_default (workout, "notes", ""));
}

static void
test_show_notes (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autoptr(CliResult) text = NULL;
  g_autoptr(CliResult) json = NULL;
  g_autofree char *notes = NULL;

  write_plan_with_notes (fixture, "plan.json", HOSTILE_NOTES "\nsecond line");
  text = run_cli (fixture, "show", "plan.json");
  assert_result (text, 0, " — " HOSTILE_SHOWN "\\nsecond line\n", "");

  /* --json: valid JSON whose notes are exactly the file's, with every
   * character a terminal acts on written as a \u escape. */
  json = run_cli (fixture, "show", "plan.json", "--json");
  assert_result (json, 0, "\\u001b]0;pwned\\u0007 \\u009b2J \\u202eevil\\nsecond line", "");
  notes = json_notes (json->out);
  g_assert_cmpstr (notes, ==, HOSTILE_NOTES "\nsecond line");
}

/* A duplicate key quoted in validate's message, decoded from escapes. */
static void
test_validate_duplicate_key (CliFixture    *fixture,
                             gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;

  write_file (fixture, "dup.json",
              "{\"format\": \"run-planner-plan\", \"\\u001b]0;x\\u0007\": 1, \"\\u001b]0;x\\u0007\": 2}");
  result = run_cli (fixture, "validate", "dup.json");
  assert_result (result, 1, NULL, "dup.json:1:");
  g_assert_nonnull (strstr (result->err, "duplicate key \"\\x1b]0;x\\x07\""));
}

/* A key that the 64-byte cut split inside "é". */
static void
test_validate_duplicate_key_utf8 (CliFixture    *fixture,
                                  gconstpointer  data)
{
  g_autoptr(CliResult) result = NULL;
  g_autofree char *key = g_strnfill (63, 'k');
  g_autofree char *json = g_strdup_printf ("{\"%sé\": 1, \"%sé\": 2}", key, key);

  write_file (fixture, "dup.json", json);
  result = run_cli (fixture, "validate", "dup.json");
  assert_result (result, 1, NULL, "kkk…\"");
}

/* File names with a newline, ESC or a byte that is not UTF-8, in the
 * messages of validate (good and bad files), show and the edits. */
static void
test_file_names (CliFixture    *fixture,
                 gconstpointer  data)
{
  const char *good = "a\x1b]0;t\x07\nb.json";
  const char *bad = "bad\xff\x1b[2J.json";
  g_autoptr(CliResult) validate = NULL;
  g_autoptr(CliResult) missing = NULL;
  g_autoptr(CliResult) created = NULL;
  g_autoptr(CliResult) added = NULL;

  write_plan_with_notes (fixture, good, "");
  write_file (fixture, bad, "{\"format\": 1}");
  validate = run_cli (fixture, "validate", good, bad);
  assert_result (validate, 1, "a\\x1b]0;t\\x07\\nb.json: ok\n", "bad\\xff\\x1b[2J.json:1:");

  missing = run_cli (fixture, "show", "gone\x1b[H.json");
  assert_result (missing, 1, NULL, "gone\\x1b[H.json");

  created = run_cli (fixture, "new", "new\x1b[H.json", "--start", "2026-03-02", "--weeks", "2");
  assert_result (created, 0, "new\\x1b[H.json: created", "");
  added = run_cli (fixture, "add", "new\x1b[H.json", "2026-03-04", "tempo");
  assert_result (added, 0, "new\\x1b[H.json: added", "");
}

/* Usage errors quote the arguments. */
static void
test_usage_quotes (CliFixture    *fixture,
                   gconstpointer  data)
{
  g_autoptr(CliResult) extra = NULL;
  g_autoptr(CliResult) date = NULL;
  g_autoptr(CliResult) command = NULL;

  extra = run_cli (fixture, "show", "plan.json", "\x1b[2J");
  assert_result (extra, 2, NULL, "“\\x1b[2J”");
  date = run_cli (fixture, "show", "plan.json", "--week", "\xc2\x9b" "2J");
  assert_result (date, 2, NULL, "“\\u009b2J”");
  command = run_cli (fixture, "\x1b]0;x\x07");
  assert_result (command, 2, NULL, "“\\x1b]0;x\\x07”");
}

/* GOption converts string options from the locale's charset: under
 * LC_ALL=C any non-ASCII --notes was refused, naming no option. */
static void
test_arguments_c_locale (CliFixture    *fixture,
                         gconstpointer  data)
{
  g_autoptr(CliResult) created = NULL;
  g_autoptr(CliResult) added = NULL;
  g_autoptr(CliResult) shown = NULL;

  created = run_cli_in_locale (fixture, "C", "new", "plan.json", "--start", "2026-03-02",
                               "--weeks", "2");
  assert_result (created, 0, NULL, "");
  added = run_cli_in_locale (fixture, "C", "add", "plan.json", "2026-03-04", "tempo",
                             "--notes", "Piste à Vincennes – 5 × 1 km ✓",
                             "--steps", "2 km @ E; 6 × 800 m @ I, 400 m jog; 2 km @ E");
  assert_result (added, 0, NULL, "");

  shown = run_cli (fixture, "show", "plan.json", "--json");
  assert_result (shown, 0, "\"notes\":\"Piste à Vincennes – 5 × 1 km ✓\"", "");
  g_assert_nonnull (strstr (shown->out, "6 × 800 m @ I"));
}

/* An argument that is not UTF-8 is refused by name, in any locale. */
static void
test_arguments_not_utf8 (CliFixture    *fixture,
                         gconstpointer  data)
{
  const char *locales[] = { NULL, "C" };

  for (guint i = 0; i < G_N_ELEMENTS (locales); i++)
    {
      g_autoptr(CliResult) notes = NULL;
      g_autoptr(CliResult) steps = NULL;

      notes = run_cli_in_locale (fixture, locales[i], "add", "plan.json", "2026-03-04", "tempo",
                                 "--notes", "caf\xe9");
      assert_result (notes, 2, NULL, "--notes");
      g_assert_nonnull (strstr (notes->err, "UTF-8"));
      steps = run_cli_in_locale (fixture, locales[i], "add", "plan.json", "2026-03-04", "tempo",
                                 "--steps=\xff");
      assert_result (steps, 2, NULL, "--steps");
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) CLI_TEST_ADD ((path), (func))

  ADD ("/cli-output/show/notes", test_show_notes);
  ADD ("/cli-output/validate/duplicate-key", test_validate_duplicate_key);
  ADD ("/cli-output/validate/duplicate-key-utf8", test_validate_duplicate_key_utf8);
  ADD ("/cli-output/file-names", test_file_names);
  ADD ("/cli-output/usage-quotes", test_usage_quotes);
  ADD ("/cli-output/arguments/c-locale", test_arguments_c_locale);
  ADD ("/cli-output/arguments/not-utf8", test_arguments_not_utf8);

#undef ADD

  return g_test_run ();
}
