/* test-i18n.c
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

/* Run Planner in German and Spanish, as a runner meets it: the CLI's
 * plan, week table and errors, and the app's week summary, under
 * LANGUAGE=de or es and the matching UTF-8 locale (meson runs this
 * program once for each). Checked: translated sentences (not English),
 * units, and the decimal comma in every distance shown; and the files
 * written stay the same in any locale. The catalogues are the build
 * tree's (po/<lang>/LC_MESSAGES, RP_LOCALEDIR). Without the locale
 * (build-aux/install-deps.sh makes it) every test is a TAP skip. */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "rp-date.h"
#include "rp-i18n.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-week-summary-view.h"
#include "ui-test-util.h"

typedef struct
{
  const char *language;
  /* run-planner-cli new, with a volume typed with the decimal comma */
  const char *created;
  /* show --week: heading, a planner reason, the summary line, a warning */
  const char *week_heading;
  const char *reason;
  const char *summary_line;
  const char *warning;
  /* errors: a file that is not there, a missing argument */
  const char *open_error;
  const char *missing_argument;
  /* the app's week summary: its headings and the volume against target */
  const char *volume_heading;
  const char *intensity_heading;
  const char *load_heading;
  const char *volume_text;
  const char *summary_warning;
} LanguageCase;

static const LanguageCase language_cases[] = {
  {
    "de",
    "plan.json: 12 Wochen ab 2026-03-02 angelegt",
    "Woche 2, ab 2026-03-09",
    "Regeneration nach dem Tempodauerlauf am Donnerstag",
    "Umfang 38,5 km von 42,5 km Ziel · niedrige Intensität 85 % · Belastung",
    "Warnung: Tempoarbeit macht 18 % der Woche aus (bleiben Sie innerhalb von 10 %)",
    "missing.json: kann nicht geöffnet werden",
    "fehlendes Argument",
    "Umfang",
    "Niedrige Intensität",
    "Belastung",
    "38,5 km von 42,5 km",
    "Geplant 38,5 km von 42,5 km Ziel",
  },
  {
    "es",
    "plan.json: creadas 12 semanas desde el 2026-03-02",
    "Semana 2, desde el 2026-03-09",
    "Recuperación tras la sesión de tempo del jueves",
    "Volumen 38,5 km de un objetivo de 42,5 km · baja intensidad 85 % · carga",
    "Aviso: El trabajo a ritmo umbral es el 18 % de la semana (no pase del 10 %)",
    "missing.json: no se puede abrir",
    "falta un argumento",
    "Volumen",
    "Baja intensidad",
    "Carga",
    "38,5 km de 42,5 km",
    "Previstos 38,5 km de un objetivo de 42,5 km",
  },
};

static const LanguageCase *lang;
static char *work_dir;
static gboolean plan_made;

/* Runs the CLI in work_dir; the environment is this program's (LANGUAGE,
 * LC_ALL, RP_LOCALEDIR), or the C locale's when c_locale. */
static int
run_cli (gboolean     c_locale,
         char       **out_stdout,
         char       **out_stderr,
         const char  *first_arg,
         ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, (char *) g_getenv ("RP_CLI"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  if (c_locale)
    {
      envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
      envp = g_environ_unsetenv (envp, "LANGUAGE");
    }
  g_assert_nonnull (argv->pdata[0]);
  g_assert_true (g_spawn_sync (work_dir, (char **) argv->pdata, envp, G_SPAWN_DEFAULT,
                               NULL, NULL, out_stdout, out_stderr, &wait_status, &error));
  g_assert_no_error (error);
  g_test_message ("%s%s", *out_stdout, *out_stderr);
  g_assert_true (WIFEXITED (wait_status));
  return WEXITSTATUS (wait_status);
}

static void
assert_has (const char *text,
            const char *fragment)
{
  if (strstr (text, fragment) == NULL)
    g_error ("“%s” not in:\n%s", fragment, text);
}

static void
assert_lacks (const char *text,
              const char *fragment)
{
  if (strstr (text, fragment) != NULL)
    g_error ("“%s” should not be in:\n%s", fragment, text);
}

/* The plan every test reads: a tempo run and a long run placed, the
 * volume typed as the runner of this language types it ("42,5"), and a
 * race result, so that the table shows paces. */
static void
make_plan (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  if (plan_made)
    return;
  g_assert_cmpint (run_cli (FALSE, &out, &err, "new", "plan.json", "--start", "2026-03-02",
                            "--volume", "42,5", "--race", "10k", "52:17", NULL), ==, 0);
  assert_has (out, lang->created);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (FALSE, &out, &err, "add", "plan.json", "2026-03-12", "tempo",
                            "--distance", "12,5km", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (FALSE, &out, &err, "add", "plan.json", "2026-03-15", "long",
                            NULL), ==, 0);
  plan_made = TRUE;
}

/* The character column at which fragment starts in the line that holds
 * it, or -1. */
static glong
column_of (const char *text,
           const char *fragment)
{
  const char *at = strstr (text, fragment);
  const char *line = at;

  if (at == NULL)
    return -1;
  while (line > text && line[-1] != '\n')
    line--;
  return g_utf8_pointer_to_offset (line, at);
}

/* The table's columns stay in line under translated words: a reason
 * starts under the header's last heading, even on the recovery row whose
 * pace ("… or slower") is longer in this language than in English. */
static void
assert_reason_aligned (const char *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  const char *header = NULL;
  const char *last_heading;

  /* The header is the line under the week's heading. */
  for (guint i = 0; lines[i] != NULL && lines[i + 1] != NULL; i++)
    if (g_str_has_prefix (lines[i], lang->week_heading))
      header = lines[i + 1];
  g_assert_nonnull (header);
  last_heading = strrchr (header, ' ');
  g_assert_nonnull (last_heading);
  g_assert_cmpint (column_of (out, lang->reason), ==,
                   g_utf8_pointer_to_offset (header, last_heading + 1));
}

static void
test_cli_week (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  make_plan ();
  g_assert_cmpint (run_cli (FALSE, &out, &err, "show", "plan.json", "--week", "2026-03-09",
                            NULL), ==, 0);
  assert_has (out, lang->week_heading);
  assert_has (out, lang->reason);
  assert_has (out, lang->summary_line);
  assert_has (out, lang->warning);
  assert_has (out, "12,5 km");
  assert_reason_aligned (out);
  /* No English left, and no distance with a decimal point. */
  assert_lacks (out, "Recovery after");
  assert_lacks (out, "Volume ");
  assert_lacks (out, "12.5 km");
  assert_lacks (out, "42.5 km");
  g_assert_cmpstr (err, ==, "");
}

static void
test_cli_errors (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_cli (FALSE, &out, &err, "show", "missing.json", NULL), ==, 1);
  assert_has (err, lang->open_error);
  assert_lacks (err, "cannot open");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (FALSE, &out, &err, "show", NULL), ==, 2);
  if (lang->missing_argument != NULL)
    assert_has (err, lang->missing_argument);
  assert_lacks (err, "missing argument");
}

/* A field of a CSV line up to its nth comma (the data columns before the
 * translated reason text, none of them quoted here). */
static char *
csv_head (const char *line,
          guint       n)
{
  const char *p = line;

  for (guint i = 0; i < n && p != NULL; i++)
    {
      p = strchr (p, ',');
      if (p != NULL)
        p++;
    }
  return p != NULL ? g_strndup (line, p - line) : g_strdup (line);
}

/* Files are the same in any locale: the plan file a German or Spanish
 * runner saved reads in C; the JSON export is byte for byte the C one;
 * the CSV's data columns too (only the reason's sentence is translated). */
static void
test_files_locale_independent (void)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *json = NULL;
  g_autofree char *json_c = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *csv_c = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) lines_c = NULL;

  make_plan ();
  g_assert_cmpint (run_cli (TRUE, &out, &err, "validate", "plan.json", NULL), ==, 0);
  assert_has (out, "plan.json: ok");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  g_assert_cmpint (run_cli (FALSE, &out, &err, "export", "plan.json", "-o", "here.json", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (TRUE, &out, &err, "export", "plan.json", "-o", "c.json", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  path = g_build_filename (work_dir, "here.json", NULL);
  g_assert_true (g_file_get_contents (path, &json, NULL, NULL));
  g_free (path);
  path = g_build_filename (work_dir, "c.json", NULL);
  g_assert_true (g_file_get_contents (path, &json_c, NULL, NULL));
  g_assert_cmpstr (json, ==, json_c);
  assert_has (json, "42500");

  g_assert_cmpint (run_cli (FALSE, &out, &err, "export", "plan.json", "-o", "here.csv", NULL), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run_cli (TRUE, &out, &err, "export", "plan.json", "-o", "c.csv", NULL), ==, 0);
  g_free (path);
  path = g_build_filename (work_dir, "here.csv", NULL);
  g_assert_true (g_file_get_contents (path, &csv, NULL, NULL));
  g_free (path);
  path = g_build_filename (work_dir, "c.csv", NULL);
  g_assert_true (g_file_get_contents (path, &csv_c, NULL, NULL));
  lines = g_strsplit (csv, "\n", -1);
  lines_c = g_strsplit (csv_c, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, g_strv_length (lines_c));
  g_assert_cmpstr (lines[0], ==, lines_c[0]);
  for (guint i = 1; lines[i] != NULL; i++)
    {
      g_autofree char *head = csv_head (lines[i], 9);
      g_autofree char *head_c = csv_head (lines_c[i], 9);

      g_assert_cmpstr (head, ==, head_c);
    }
}

static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text,
            gboolean    suffix)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget))
    {
      const char *shown = gtk_label_get_text (GTK_LABEL (widget));

      if (suffix ? g_str_has_suffix (shown, text) : g_str_equal (shown, text))
        return widget;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text, suffix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
assert_summary_label (GtkWidget  *root,
                      const char *text,
                      gboolean    suffix)
{
  if (find_label (root, text, suffix) == NULL)
    g_error ("no label %s“%s” in the week summary", suffix ? "ending in " : "", text);
}

/* The app's week summary of the same plan, as the window shows it. */
static void
test_week_summary (void)
{
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view = rp_week_summary_view_new ();

  make_plan ();
  path = g_build_filename (work_dir, "plan.json", NULL);
  file = g_file_new_for_path (path);
  plan = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  rp_planner_fill (plan);

  /* A width, as the window gives it (test-ui-summary does the same: laid
   * out at an unbounded width a GtkBox inside reports two minimum heights). */
  gtk_widget_set_size_request (view, 800, -1);
  gtk_window_set_child (GTK_WINDOW (window), view);
  rp_week_summary_view_set_week_start (RP_WEEK_SUMMARY_VIEW (view),
                                       rp_date_from_ymd (2026, 3, 9));
  rp_week_summary_view_set_plan (RP_WEEK_SUMMARY_VIEW (view), plan);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_laid_out (view);

  assert_summary_label (view, lang->volume_heading, FALSE);
  assert_summary_label (view, lang->intensity_heading, FALSE);
  assert_summary_label (view, lang->load_heading, FALSE);
  assert_summary_label (view, lang->volume_text, FALSE);
  assert_summary_label (view, "85 %", FALSE);
  assert_summary_label (view, lang->summary_warning, FALSE);
  g_assert_null (find_label (view, "Volume", FALSE));
  g_assert_null (find_label (view, "42.5 km", TRUE));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_no_locale (gconstpointer data)
{
  g_test_skip (data);
}

static const LanguageCase *
find_language (const char *language)
{
  for (guint i = 0; i < G_N_ELEMENTS (language_cases); i++)
    if (g_strcmp0 (language_cases[i].language, language) == 0)
      return &language_cases[i];
  g_error ("LANGUAGE=%s: no expectations for it", language);
  return NULL;
}

static void
remove_work_dir (void)
{
  const char *names[] = { "plan.json", "here.json", "c.json", "here.csv", "c.csv" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (work_dir, names[i], NULL);

      g_remove (path);
    }
  g_rmdir (work_dir);
  g_free (work_dir);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  lang = find_language (g_getenv ("LANGUAGE"));

  /* GTK would only warn about a locale the C library lacks: say so as
   * a skip, before it starts. */
  if (setlocale (LC_ALL, "") == NULL)
    {
      static char reason[256];

      g_snprintf (reason, sizeof reason,
                  "locale %s is not installed (build-aux/install-deps.sh makes it)",
                  g_getenv ("LC_ALL"));
      g_test_init (&argc, &argv, NULL);
      g_test_add_data_func ("/i18n/locale", reason, test_no_locale);
      return g_test_run ();
    }

  rp_i18n_init ();
  ui_test_init (&argc, &argv);
  work_dir = g_dir_make_tmp ("rp-test-i18n-XXXXXX", NULL);
  g_assert_nonnull (work_dir);

  g_test_add_func ("/i18n/cli/week", test_cli_week);
  g_test_add_func ("/i18n/cli/errors", test_cli_errors);
  g_test_add_func ("/i18n/files/locale-independent", test_files_locale_independent);
  g_test_add_func ("/i18n/ui/week-summary", test_week_summary);

  status = ui_test_run ();
  remove_work_dir ();
  return status;
}
