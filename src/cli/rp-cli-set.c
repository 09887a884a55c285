/* rp-cli-set.c — set: the plan file's own settings
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-cli"

#include "config.h"

#include "rp-cli.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "rp-export-ics.h"

static gboolean
parse_on_off (const char *text,
              gboolean   *out)
{
  if (g_ascii_strcasecmp (text, "on") == 0)
    *out = TRUE;
  else if (g_ascii_strcasecmp (text, "off") == 0)
    *out = FALSE;
  else
    return FALSE;
  return TRUE;
}

/* The setting is the plan's (RpAthlete:calendar-file): the save writes
 * it, and, when on, the calendar file with it (rp_cli_save_plan). */
static int
set_calendar_file (const char *path,
                   gboolean    on)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autofree char *etag = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) calendar = NULL;
  g_autofree char *shown = NULL;
  int status;

  if ((plan = rp_cli_load_plan_for_edit (path, &etag, &lock)) == NULL)
    return RP_CLI_EXIT_DATA;
  rp_athlete_set_calendar_file (rp_plan_get_athlete (plan), on);
  status = rp_cli_save_plan (plan, path, etag, FALSE);
  if (status != RP_CLI_EXIT_OK)
    return status;

  file = rp_cli_is_uri (path) ? g_file_new_for_uri (path) : g_file_new_for_path (path);
  calendar = rp_calendar_file_for_plan (file);
  shown = g_file_get_parse_name (calendar);
  if (on)
    printf (_("%s: each save also writes the calendar file %s\n"), rp_cli_shown (path),
            rp_cli_shown (shown));
  else
    printf (_("%s: saves no longer write a calendar file (%s is left as it is)\n"),
            rp_cli_shown (path), rp_cli_shown (shown));
  return status;
}

int
rp_cli_cmd_set (const RpCliCommand *command,
                int                 argc,
                char              **argv)
{
  g_autofree char *calendar_file = NULL;
  const GOptionEntry entries[] = {
    { "calendar-file", 0, 0, G_OPTION_ARG_STRING, &calendar_file,
      N_("on: each save also writes PLAN.ics beside the plan; off: no longer"), N_("on|off") },
    { NULL }
  };
  RpCliArgs args;
  gboolean on = FALSE;
  int status;

  if (!rp_cli_parse_args (command, entries, NULL, argc, argv, 1, 1, &args))
    status = args.status;
  else if (calendar_file == NULL)
    status = rp_cli_usage_error (command, _("nothing to set (--calendar-file on|off)"));
  else if (!parse_on_off (calendar_file, &on))
    status = rp_cli_usage_error (command, _("--calendar-file must be on or off, not “%s”"),
                                 calendar_file);
  else
    status = set_calendar_file (args.args[0], on);

  rp_cli_args_clear (&args);
  return status;
}
