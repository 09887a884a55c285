/* rp-cli-import.c — import
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
#include <string.h>

#include <glib/gi18n.h>

#include "rp-date.h"
#include "rp-import.h"
#include "rp-plan-command-import.h"

/* Options of `import`, as typed, and what they mean. */
typedef struct
{
  char           *format_text;
  char           *from_text;
  char           *to_text;

  RpImportFormat  format;
  RpDate          from;
  RpDate          to;
  gboolean        from_in_range;
  gboolean        to_in_range;
} ImportOptions;

static void
import_options_clear (ImportOptions *options)
{
  g_clear_pointer (&options->format_text, g_free);
  g_clear_pointer (&options->from_text, g_free);
  g_clear_pointer (&options->to_text, g_free);
}

/* The usage error, or 0 when the options are well-formed. */
static int
check_options (const RpCliCommand *command,
               const char         *in,
               ImportOptions      *options)
{
  if (options->format_text != NULL &&
      !rp_import_format_from_name (options->format_text, &options->format))
    return rp_cli_usage_error (command, _("unknown format “%s” (csv or json)"),
                               options->format_text);
  if (options->format_text == NULL && !rp_import_format_from_path (in, &options->format))
    return rp_cli_usage_error (command, _("--format is required: IN does not end in .csv or .json"));
  if (options->from_text != NULL &&
      !rp_cli_parse_date (options->from_text, &options->from, &options->from_in_range))
    return rp_cli_usage_error (command, _("malformed date “%s”"), options->from_text);
  if (options->to_text != NULL &&
      !rp_cli_parse_date (options->to_text, &options->to, &options->to_in_range))
    return rp_cli_usage_error (command, _("malformed date “%s”"), options->to_text);
  return 0;
}

/* The range's problem (exit 1), or 0. */
static int
check_range (const char    *path,
             ImportOptions *options)
{
  if (options->from_text != NULL && !options->from_in_range)
    return rp_cli_date_range_error (path, options->from_text);
  if (options->to_text != NULL && !options->to_in_range)
    return rp_cli_date_range_error (path, options->to_text);
  if (options->from_text == NULL)
    options->from = RP_DATE_INVALID;
  if (options->to_text == NULL)
    options->to = RP_DATE_INVALID;
  if (options->from != RP_DATE_INVALID && options->to != RP_DATE_INVALID &&
      options->from > options->to)
    return rp_cli_data_error (path, _("the range ends before it starts"));
  return 0;
}

/* The core names IN by its absolute path; the message names it as typed,
 * as a plan's own problems are ("in.csv:3:15: …"), and starts the line. */
static int
in_error (const char   *in,
          GFile        *file,
          const GError *error)
{
  g_autofree char *absolute = NULL;
  g_autofree char *message = rp_cli_escape (error->message);

  if (g_file_peek_path (file) != NULL)
    absolute = rp_cli_escape (g_file_peek_path (file));
  if (absolute != NULL && g_str_has_prefix (message, absolute) &&
      message[strlen (absolute)] == ':')
    fprintf (stderr, "%s%s\n", rp_cli_shown (in), message + strlen (absolute));
  else
    fprintf (stderr, "%s\n", message);
  return RP_CLI_EXIT_DATA;
}

static void
print_result (const char           *path,
              const char           *in,
              const RpImportResult *result)
{
  printf (g_dngettext (GETTEXT_PACKAGE, "%s: %u workout imported from %s",
                       "%s: %u workouts imported from %s", result->added),
          rp_cli_shown (path), result->added, rp_cli_shown (in));
  if (result->duplicates > 0)
    printf (g_dngettext (GETTEXT_PACKAGE, "; %u already in the plan", "; %u already in the plan",
                         result->duplicates),
            result->duplicates);
  if (result->planner > 0)
    printf (g_dngettext (GETTEXT_PACKAGE, "; %u planner entry left to the planner",
                         "; %u planner entries left to the planner", result->planner),
            result->planner);
  if (result->outside > 0)
    printf (g_dngettext (GETTEXT_PACKAGE, "; %u outside the range", "; %u outside the range",
                         result->outside),
            result->outside);
  printf ("\n");
}

static int
import_into (const char    *path,
             const char    *in,
             ImportOptions *options)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  g_autoptr(GPtrArray) workouts = NULL;
  g_autoptr(GFile) file = NULL;
  RpImportResult result;
  int status;

  if ((status = check_range (path, options)) != 0)
    return status;
  if (*in == '\0')
    return rp_cli_data_error (NULL, _("the file name is empty"));

  /* Read, merge and save under the plan's lock, as every edit is, so an
   * edit of the app in between is never lost. */
  if ((plan = rp_cli_load_plan_for_edit (path, &etag, &lock)) == NULL)
    return RP_CLI_EXIT_DATA;
  file = rp_cli_is_uri (in) ? g_file_new_for_uri (in) : g_file_new_for_path (in);
  workouts = rp_import_load (file, options->format,
                             rp_athlete_get_unit (rp_plan_get_athlete (plan)), NULL, &error);
  if (workouts == NULL)
    return in_error (in, file, error);

  if (!rp_plan_command_import (plan, NULL, workouts, options->from, options->to, &result, &error))
    return rp_cli_data_error (path, _("cannot import %s: %s"), rp_cli_shown (in), error->message);
  /* Nothing new: the file is left as it was, not rewritten. */
  if (result.added > 0 && (status = rp_cli_save_plan (plan, path, etag, FALSE)) != RP_CLI_EXIT_OK)
    return status;
  print_result (path, in, &result);
  return RP_CLI_EXIT_OK;
}

int
rp_cli_cmd_import (const RpCliCommand *command,
                   int                 argc,
                   char              **argv)
{
  ImportOptions options = { NULL };
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &options.format_text, N_("csv or json (default: IN's extension)"), N_("FORMAT") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &options.from_text, N_("Import no workout before this day"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &options.to_text, N_("Import no workout after this day"), N_("DATE") },
    { NULL }
  };
  RpCliArgs args;
  int status;

  if (!rp_cli_parse_args (command, entries, NULL, argc, argv, 2, 2, &args))
    status = args.status;
  else if ((status = check_options (command, args.args[1], &options)) == 0)
    status = import_into (args.args[0], args.args[1], &options);

  rp_cli_args_clear (&args);
  import_options_clear (&options);
  return status;
}
