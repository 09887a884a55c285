/* rp-cli.c
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

#define G_LOG_DOMAIN "rp-cli"

#include "config.h"

#include "rp-cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-export-ics.h"
#include "rp-plan-file.h"
#include "rp-text.h"

#define PROGRAM "run-planner-cli"

static const char formats_help[] =
  N_("DATE is an ISO date (2026-03-02). DIST is 10km, 10k, 6.2mi, 5000m, a bare\n"
     "number in the plan's unit, or a race: 5k, 10k, half, marathon. TIME is\n"
     "H:MM:SS, MM:SS or 45min.\n"
     "Exit status: 0 success, 1 bad data or impossible edit, 2 bad usage.");

static const char kinds_help[] =
  N_("KIND is one of: intervals, repetitions, tempo, hills, fartlek,\n"
     "marathon-pace, long, race, easy, recovery, cross-training, walk, rest.");

static const RpCliCommand commands[] = {
  {
    "new",
    "FILE --start DATE [--weeks N] [--goal 5k|10k|half|marathon] [--volume DIST] "
    "[--race DIST TIME] [--rest-days mon,fri] [--units km|mi] [--week-start DAY] "
    "[--recovery run|cross-training|walk] [--min-easy DIST] [--pace ZONE=PACE]… [--force]",
    N_("Create a plan and fill it"),
    N_("The start moves back to the first day of its week. Defaults: 12 weeks,\n"
       "goal half, volume 40 km (25 mi), rest day Monday, km, weeks from Monday,\n"
       "recovery runs, shortest easy run 5 km (3 mi). --volume and --min-easy\n"
       "take 0. --pace ZONE=PACE, repeated, types paces used without a race\n"
       "result: easy=FAST-SLOW, marathon, threshold, interval, repetition,\n"
       "recovery, half; in the plan's unit unless /km or /mi is given."),
    rp_cli_cmd_new,
  },
  {
    "target",
    "FILE DATE DIST|default",
    N_("Give the week of DATE its own volume target, or the plan's again"),
    NULL,
    rp_cli_cmd_target,
  },
  {
    "add",
    "FILE DATE KIND [--distance DIST] [--duration TIME] [--notes TEXT] [--steps TEXT]",
    N_("Place a workout (pinned) and re-fill the weeks around it"),
    kinds_help,
    rp_cli_cmd_add,
  },
  {
    "move",
    "FILE FROM-DATE TO-DATE [--index N]",
    N_("Move a workout to another day and re-fill"),
    N_("--index picks among several workouts on one day (default 0)."),
    rp_cli_cmd_move,
  },
  {
    "remove",
    "FILE DATE [--index N]",
    N_("Remove a workout you placed and re-fill"),
    N_("--index picks among several workouts on one day (default 0)."),
    rp_cli_cmd_remove,
  },
  {
    "fill",
    "FILE",
    N_("Re-fill every week of a plan"),
    NULL,
    rp_cli_cmd_fill,
  },
  {
    "show",
    "FILE [--week DATE] [--json]",
    N_("Print the plan (every week, or the week of DATE)"),
    NULL,
    rp_cli_cmd_show,
  },
  {
    "validate",
    "FILE…",
    N_("Check plan files"),
    N_("Prints “FILE: ok” or the problem for each file; exits 1 if any is bad."),
    rp_cli_cmd_validate,
  },
  {
    "paces",
    "--race DIST TIME [--json]",
    N_("Training paces and race predictions from a race result"),
    NULL,
    rp_cli_cmd_paces,
  },
  {
    "chart",
    "FILE --week DATE -o OUT.png|OUT.svg|OUT.pdf [--size WxH]",
    N_("Draw the intensity chart of a week"),
    NULL,
    rp_cli_cmd_chart,
  },
  {
    "export",
    "FILE -o OUT [--format csv|json|ics|fit|png|svg|pdf] [--from DATE] [--to DATE] [--size WxH]",
    N_("Write days of the plan as CSV, JSON, a calendar, FIT workouts or a chart"),
    N_("The plan is only read. Without --from and --to, the whole plan. csv: one\n"
       "row per workout (RFC 4180). json: a plan file of only those days. ics:\n"
       "an iCalendar file, one all-day event per workout, the same event when it\n"
       "moves (for GNOME Calendar, Evolution and other calendars). fit:\n"
       "one Garmin workout file per workout (not rest) into the folder OUT,\n"
       "named DATE-KIND.fit. png, svg, pdf: the intensity chart of each week,\n"
       "four weeks a page in a PDF. Without --format, OUT's extension says it."),
    rp_cli_cmd_export,
  },
  {
    "import",
    "FILE IN [--format csv|json] [--from DATE] [--to DATE]",
    N_("Merge the workouts of a CSV or JSON export into a plan"),
    N_("IN is a CSV written by export (any of its columns, date and kind at\n"
       "least) or a plan file, such as a JSON export. Your own workouts are added\n"
       "beside yours on their days, those the plan already has are skipped, the\n"
       "planner's entries are left to the planner, and the plan grows to hold\n"
       "them. A bad IN is named with its line and column, and FILE is left as it\n"
       "was. Without --format, IN's extension says it."),
    rp_cli_cmd_import,
  },
  {
    "season",
    "FILE --race DATE DIST [--volume DIST] [--from DATE]",
    N_("Set the week targets of a season toward a race"),
    /* xgettext:no-c-format */
    N_("Weeks from next week (or --from's) build up at most 10 % a week, a down\n"
       "week every 4th, then a taper (marathon 3 weeks, half 2, shorter 1), the race\n"
       "week with the race pinned on DATE, and the planner's return after it.\n"
       "--volume is your weekly volume now (default: the plan's target). Weeks\n"
       "you gave a target keep it. Each generated target says why."),
    rp_cli_cmd_season,
  },
  {
    "week",
    "copy FILE FROM TO | repeat FILE WEEK N | clear FILE WEEK | down FILE WEEK",
    N_("Copy, repeat or clear a week's workouts, or make it a down week"),
    /* xgettext:no-c-format */
    N_("Weeks are named by any of their days. copy and repeat copy the workouts\n"
       "you placed (the planner fills the rest); clear removes them; down gives\n"
       "the week 80 % of the build week before it."),
    rp_cli_cmd_week,
  },
  {
    "set",
    "FILE --calendar-file on|off",
    N_("Change a setting kept in the plan file"),
    N_("--calendar-file on: from now on each save of the plan (by the app or an\n"
       "edit here) also writes its workouts to PLAN.ics beside it, so a calendar\n"
       "that shows that file (Evolution's \"On This Computer\", GNOME Calendar)\n"
       "follows the plan. A calendar file that cannot be written is reported;\n"
       "the plan is saved all the same. off: saves leave PLAN.ics as it is."),
    rp_cli_cmd_set,
  },
};

static void
print_usage_line (FILE               *stream,
                  const RpCliCommand *command)
{
  fprintf (stream, "%s %s %s %s\n", _("Usage:"), PROGRAM, command->name, command->synopsis);
}

static void
print_tool_help (FILE *stream)
{
  fprintf (stream, "%s %s COMMAND [ARGUMENT…]\n\n", _("Usage:"), PROGRAM);
  fprintf (stream, "%s\n\n", _("Plan running training from the terminal."));
  fprintf (stream, "%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (stream, "  %-9s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n\n", _(formats_help));
  fprintf (stream, _("Run “%s COMMAND --help” for a command's options.\n"), PROGRAM);
}

char *
rp_cli_escape (const char *text)
{
  return rp_text_escape (text, -1, 0);
}

const char *
rp_cli_shown (const char *text)
{
  g_autofree char *escaped = rp_cli_escape (text);

  /* Interned: a few short strings (file names) per run. */
  return g_intern_string (escaped);
}

int
rp_cli_usage_error (const RpCliCommand *command,
                    const char         *format,
                    ...)
{
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* It may quote an argument, as typed. */
  escaped = rp_cli_escape (message);

  if (command == NULL)
    {
      fprintf (stderr, "%s: %s\n", PROGRAM, escaped);
      print_tool_help (stderr);
      return RP_CLI_EXIT_USAGE;
    }

  fprintf (stderr, "%s %s: %s\n", PROGRAM, command->name, escaped);
  print_usage_line (stderr, command);
  fprintf (stderr, _("Run “%s %s --help” for more.\n"), PROGRAM, command->name);
  return RP_CLI_EXIT_USAGE;
}

int
rp_cli_data_error (const char *file,
                   const char *format,
                   ...)
{
  g_autofree char *message = NULL;
  g_autofree char *escaped = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  /* The file's name and what the message quotes may hold any bytes. */
  escaped = rp_cli_escape (message);

  if (file != NULL)
    fprintf (stderr, "%s: %s\n", rp_cli_shown (file), escaped);
  else
    fprintf (stderr, "%s: %s\n", PROGRAM, escaped);
  return RP_CLI_EXIT_DATA;
}

/* Takes "--race DIST TIME" out of argv (up to "--"), shifting the rest down. */
static gboolean
take_race (const RpCliCommand *command,
           int                *argc,
           char              **argv,
           RpCliRace          *race,
           int                *out_status)
{
  for (int i = 1; i < *argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      if (!g_str_equal (argv[i], "--race"))
        continue;
      if (race->set)
        {
          *out_status = rp_cli_usage_error (command, _("--race given twice"));
          return FALSE;
        }
      if (i + 2 >= *argc)
        {
          *out_status = rp_cli_usage_error (command, _("--race needs a distance and a time"));
          return FALSE;
        }
      race->set = TRUE;
      race->distance = argv[i + 1];
      race->time = argv[i + 2];
      memmove (&argv[i], &argv[i + 3], sizeof (char *) * (*argc - i - 3 + 1));
      *argc -= 3;
      i--;
    }
  return TRUE;
}

/* The positional part of a synopsis, for GOption's usage line. */
static char *
get_parameter_string (const RpCliCommand *command)
{
  const char *end = strstr (command->synopsis, " [");

  return end ? g_strndup (command->synopsis, end - command->synopsis)
             : g_strdup (command->synopsis);
}

static GOptionContext *
new_option_context (const RpCliCommand *command,
                    const GOptionEntry *entries,
                    gboolean           *help)
{
  const GOptionEntry help_entries[] = {
    { "help", 'h', 0, G_OPTION_ARG_NONE, help, N_("Show help options"), NULL },
    { NULL }
  };
  g_autofree char *parameters = get_parameter_string (command);
  GOptionContext *context = g_option_context_new (parameters);
  g_autofree char *summary = g_strdup_printf ("%s %s — %s", PROGRAM, command->name,
                                              _(command->summary));
  g_autofree char *description = NULL;

  description = g_strdup_printf ("%s%s%s\n", command->description ? _(command->description) : "",
                                 command->description ? "\n\n" : "", _(formats_help));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  /* Our own --help, so it prints and returns instead of calling exit(). */
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_add_main_entries (context, help_entries, GETTEXT_PACKAGE);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_summary (context, summary);
  g_option_context_set_description (context, description);
  return context;
}

/* GOption converts string options from the locale's character set, so
 * under LC_ALL=C it refused any non-ASCII --notes with a message naming no
 * option. Arguments are UTF-8 whatever the locale: the string options are
 * parsed as file names (kept as they are) and checked here. */
static GOptionEntry *
raw_string_entries (const GOptionEntry *entries)
{
  GArray *raw = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));

  for (guint i = 0; entries != NULL && entries[i].long_name != NULL; i++)
    {
      GOptionEntry entry = entries[i];

      if (entry.arg == G_OPTION_ARG_STRING)
        entry.arg = G_OPTION_ARG_FILENAME;
      else if (entry.arg == G_OPTION_ARG_STRING_ARRAY)
        entry.arg = G_OPTION_ARG_FILENAME_ARRAY;
      g_array_append_val (raw, entry);
    }
  return (GOptionEntry *) g_array_free (raw, FALSE);
}

static gboolean
check_utf8_value (const RpCliCommand *command,
                  const GOptionEntry *entry,
                  const char         *value,
                  RpCliArgs          *out)
{
  if (value == NULL || g_utf8_validate (value, -1, NULL))
    return TRUE;
  out->status = rp_cli_usage_error (command, _("--%s: “%s” is not valid UTF-8"),
                                    entry->long_name, value);
  return FALSE;
}

static gboolean
check_utf8_options (const RpCliCommand *command,
                    const GOptionEntry *entries,
                    RpCliArgs          *out)
{
  for (guint i = 0; entries != NULL && entries[i].long_name != NULL; i++)
    {
      const GOptionEntry *entry = &entries[i];

      if (entry->arg == G_OPTION_ARG_STRING &&
          !check_utf8_value (command, entry, *(char **) entry->arg_data, out))
        return FALSE;
      if (entry->arg == G_OPTION_ARG_STRING_ARRAY && *(char ***) entry->arg_data != NULL)
        for (char **v = *(char ***) entry->arg_data; *v != NULL; v++)
          if (!check_utf8_value (command, entry, *v, out))
            return FALSE;
    }
  return TRUE;
}

static gboolean
check_n_args (const RpCliCommand *command,
              guint               min_args,
              int                 max_args,
              RpCliArgs          *out)
{
  if (out->n_args < min_args)
    {
      out->status = rp_cli_usage_error (command, _("missing argument"));
      return FALSE;
    }
  if (max_args >= 0 && out->n_args > (guint) max_args)
    {
      out->status = rp_cli_usage_error (command, _("unexpected argument “%s”"),
                                        out->args[max_args]);
      return FALSE;
    }
  return TRUE;
}

gboolean
rp_cli_parse_args (const RpCliCommand *command,
                   const GOptionEntry *entries,
                   RpCliRace          *race,
                   int                 argc,
                   char              **argv,
                   guint               min_args,
                   int                 max_args,
                   RpCliArgs          *out)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree GOptionEntry *raw_entries = NULL;
  g_autofree char **shallow = NULL;
  g_auto(GStrv) strv = NULL;
  gboolean help = FALSE;
  gboolean dash_dash_seen = FALSE;

  memset (out, 0, sizeof *out);
  /* --race first, so GOption never sees it; its values point into argv. */
  shallow = g_new0 (char *, argc + 1);
  memcpy (shallow, argv, sizeof (char *) * argc);
  if (race != NULL && !take_race (command, &argc, shallow, race, &out->status))
    return FALSE;
  /* A deep copy: parse_strv frees what it removes. */
  strv = g_strdupv (shallow);

  raw_entries = raw_string_entries (entries);
  context = new_option_context (command, raw_entries, &help);
  if (!g_option_context_parse_strv (context, &strv, &error))
    {
      out->status = rp_cli_usage_error (command, "%s", error->message);
      return FALSE;
    }
  if (!check_utf8_options (command, entries, out))
    return FALSE;
  if (help)
    {
      g_autofree char *text = g_option_context_get_help (context, TRUE, NULL);

      fputs (text, stdout);
      out->status = RP_CLI_EXIT_OK;
      return FALSE;
    }

  /* Drop the subcommand's name and a "--" that ends the options. */
  out->args = g_new0 (char *, g_strv_length (strv) + 1);
  for (guint i = 1; strv[i] != NULL; i++)
    {
      if (!dash_dash_seen && g_str_equal (strv[i], "--"))
        {
          dash_dash_seen = TRUE;
          continue;
        }
      out->args[out->n_args++] = g_strdup (strv[i]);
    }
  if (!check_n_args (command, min_args, max_args, out))
    {
      /* Callers only read the status of a failed parse. */
      rp_cli_args_clear (out);
      return FALSE;
    }
  return TRUE;
}

void
rp_cli_args_clear (RpCliArgs *args)
{
  g_clear_pointer (&args->args, g_strfreev);
  args->n_args = 0;
}

static gboolean
is_digits (const char *text,
           guint       n)
{
  for (guint i = 0; i < n; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  return TRUE;
}

gboolean
rp_cli_parse_date (const char *text,
                   RpDate     *out_date,
                   gboolean   *out_in_range)
{
  int year, month, day;

  *out_date = RP_DATE_INVALID;
  *out_in_range = FALSE;
  if (strlen (text) != 10 || !is_digits (text, 4) || text[4] != '-' ||
      !is_digits (text + 5, 2) || text[7] != '-' || !is_digits (text + 8, 2))
    return FALSE;

  year = atoi (text);
  month = atoi (text + 5);
  day = atoi (text + 8);
  if (year < 1 || !g_date_valid_dmy (day, month, year))
    return FALSE;
  if (year < RP_DATE_MIN_YEAR || year > RP_DATE_MAX_YEAR)
    return TRUE;

  *out_in_range = rp_date_parse_iso (text, out_date);
  return *out_in_range;
}

int
rp_cli_date_range_error (const char *file,
                         const char *text)
{
  return rp_cli_data_error (file, _("%s is outside the years %d–%d"),
                            text, RP_DATE_MIN_YEAR, RP_DATE_MAX_YEAR);
}

gboolean
rp_cli_parse_index (int    value,
                    guint *out_index)
{
  if (value < 0)
    return FALSE;
  *out_index = (guint) value;
  return TRUE;
}

/* The core names a file by its absolute path; messages here name it as
 * typed, so "validate a.json" prints "a.json:3:15: …" and every line of
 * output starts with the argument it is about. */
static void
print_file_error (const char   *path,
                  GFile        *file,
                  const GError *error)
{
  g_autofree char *absolute = NULL;
  g_autofree char *message = rp_cli_escape (error->message);

  /* The core escapes the name in its messages the same way. */
  if (g_file_peek_path (file) != NULL)
    absolute = rp_cli_escape (g_file_peek_path (file));
  if (absolute != NULL && g_str_has_prefix (message, absolute) &&
      message[strlen (absolute)] == ':')
    fprintf (stderr, "%s%s\n", rp_cli_shown (path), message + strlen (absolute));
  else
    fprintf (stderr, "%s\n", message);
}

/* g_file_new_for_commandline_arg takes any "scheme:" for a URI, and no
 * backend serves the scheme "a" of "a:b.json". */
gboolean
rp_cli_is_uri (const char *arg)
{
  g_autofree char *scheme = g_uri_parse_scheme (arg);

  return scheme != NULL && g_str_has_prefix (arg + strlen (scheme), "://");
}

/* A path unless a real URI. "" would name the current directory. */
static GFile *
file_for_arg (const char *path)
{
  if (*path == '\0')
    {
      rp_cli_data_error (NULL, _("the file name is empty"));
      return NULL;
    }
  if (rp_cli_is_uri (path))
    return g_file_new_for_uri (path);
  return g_file_new_for_path (path);
}

RpPlan *
rp_cli_load_plan (const char  *path,
                  char       **out_etag)
{
  g_autoptr(GFile) file = file_for_arg (path);
  g_autoptr(GError) error = NULL;
  RpPlan *plan;

  if (file == NULL)
    return NULL;
  plan = rp_plan_file_load (file, out_etag, NULL, &error);
  if (plan == NULL)
    print_file_error (path, file, error);
  return plan;
}

RpPlanLock *
rp_cli_lock_plan (const char *path)
{
  g_autoptr(GFile) file = file_for_arg (path);
  g_autoptr(GError) error = NULL;
  RpPlanLock *lock;

  if (file == NULL)
    return NULL;
  lock = rp_plan_lock_acquire (file, NULL, &error);
  if (lock == NULL)
    print_file_error (path, file, error);
  return lock;
}

RpPlan *
rp_cli_load_plan_for_edit (const char  *path,
                           char       **out_etag,
                           RpPlanLock **out_lock)
{
  g_autoptr(GFile) file = file_for_arg (path);
  g_autoptr(RpPlanLock) lock = NULL;
  g_autoptr(GError) error = NULL;
  RpPlan *plan;

  if (file == NULL)
    return NULL;
  /* Held from before the read to after the rename: another program's
   * edit cannot fall in between and be lost. */
  lock = rp_plan_lock_acquire (file, NULL, &error);
  if (lock == NULL && !g_error_matches (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_LOCKED))
    {
      g_autoptr(GError) load_error = NULL;
      g_autoptr(RpPlan) unread = rp_plan_file_load (file, NULL, NULL, &load_error);

      /* A plan that cannot be read says so first: that is what to fix. */
      if (unread == NULL)
        {
          print_file_error (path, file, load_error);
          return NULL;
        }
    }
  if (lock == NULL)
    {
      print_file_error (path, file, error);
      return NULL;
    }
  plan = rp_plan_file_load (file, out_etag, NULL, &error);
  if (plan == NULL)
    {
      print_file_error (path, file, error);
      return NULL;
    }
  *out_lock = g_steal_pointer (&lock);
  return plan;
}

/* The plan was saved: the calendar file beside it follows when the plan
 * asks for it (docs/export.md). Its failure is told, but the edit is
 * done and saved, so the command still succeeds: running it again would
 * repeat the edit. */
static void
update_calendar_file (RpPlan     *plan,
                      const char *path,
                      GFile      *file)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *escaped = NULL;

  if (rp_calendar_file_update (plan, file, &error))
    return;
  escaped = rp_cli_escape (error->message);
  /* Translators: after a save, e.g. "plan.json: saved, but marathon.ics:
   * cannot write the export: Permission denied" */
  fprintf (stderr, _("%s: saved, but %s\n"), rp_cli_shown (path), escaped);
}

int
rp_cli_save_plan (RpPlan     *plan,
                  const char *path,
                  const char *etag,
                  gboolean    overwrite)
{
  g_autoptr(GFile) file = file_for_arg (path);
  g_autoptr(GError) error = NULL;

  if (file == NULL)
    return RP_CLI_EXIT_DATA;
  if (!rp_plan_file_save (plan, file, etag, overwrite, NULL, NULL, &error))
    {
      print_file_error (path, file, error);
      if (g_error_matches (error, RP_PLAN_FILE_ERROR, RP_PLAN_FILE_ERROR_CHANGED))
        fprintf (stderr, "%s: %s\n", rp_cli_shown (path),
                 _("not saved: the file changed on disk since it was read; run the command again"));
      return RP_CLI_EXIT_DATA;
    }
  update_calendar_file (plan, path, file);
  return RP_CLI_EXIT_OK;
}

static const RpCliCommand *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

int
rp_cli_run (int    argc,
            char **argv)
{
  const RpCliCommand *command;

  if (argc < 2)
    return rp_cli_usage_error (NULL, _("missing command"));
  if (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
      g_str_equal (argv[1], "help"))
    {
      print_tool_help (stdout);
      return RP_CLI_EXIT_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      printf ("%s %s\n", PROGRAM, PACKAGE_VERSION);
      return RP_CLI_EXIT_OK;
    }

  command = find_command (argv[1]);
  if (command == NULL)
    return rp_cli_usage_error (NULL, _("unknown command “%s”"), argv[1]);

  /* GOption's usage line names the program with this. */
  {
    g_autofree char *prgname = g_strdup_printf ("%s %s", PROGRAM, command->name);

    g_set_prgname (prgname);
  }
  return command->run (command, argc - 1, argv + 1);
}
