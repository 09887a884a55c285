/* rp-cli-season.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "rp-cli.h"
#include "rp-date.h"
#include "rp-parse.h"
#include "rp-plan-command-season.h"
#include "rp-season.h"

/* `season` and `week`: edits under the plan's lock, through the core's
 * season commands (rp-plan-command-season.h), like the other edits. */

static gboolean
parse_week_date (const RpCliCommand *command,
                 const char         *file,
                 const char         *text,
                 RpDate             *out_date,
                 int                *out_status)
{
  gboolean in_range;

  if (!rp_cli_parse_date (text, out_date, &in_range))
    {
      *out_status = rp_cli_usage_error (command, _("malformed date “%s”"), text);
      return FALSE;
    }
  if (!in_range)
    {
      *out_status = rp_cli_date_range_error (file, text);
      return FALSE;
    }

  return TRUE;
}

/* Prints each week from first to the race's with its target and why. */
static void
print_season (const char *path,
              RpPlan     *plan,
              RpDate      first,
              RpDate      race_date)
{
  RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  guint last = rp_plan_get_week_index (plan, race_date);
  char race_iso[RP_DATE_ISO_LEN];

  for (guint w = rp_plan_get_week_index (plan, first); w <= last; w++)
    {
      RpTargetReason reason = rp_plan_get_week_target_reason (plan, w);
      g_autofree char *target = rp_format_distance (rp_plan_get_week_target (plan, w), unit);
      g_autofree char *why = rp_target_reason_format (&reason);
      char iso[RP_DATE_ISO_LEN];

      printf ("%s  %s  %s\n", rp_date_to_iso (rp_plan_get_week_start (plan, w), iso), target,
              why != NULL ? why : _("your target"));
    }
  printf (_("%s: a season toward the race on %s\n"), rp_cli_shown (path),
          rp_date_to_iso (race_date, race_iso));
}

static int
build_season (const char *path,
              RpDate      race_date,
              const char *race_text,
              const char *volume_text,
              RpDate      first)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  g_autofree char *etag = NULL;
  gint64 race_m, volume_m = -1;
  RpUnit unit;
  int status;

  if ((plan = rp_cli_load_plan_for_edit (path, &etag, &lock)) == NULL)
    return RP_CLI_EXIT_DATA;
  unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
  if (!rp_parse_distance (race_text, unit, TRUE, &race_m))
    return rp_cli_data_error (path, _("malformed race distance “%s”"), race_text);
  if (volume_text != NULL && !rp_parse_distance (volume_text, unit, FALSE, &volume_m))
    return rp_cli_data_error (path, _("malformed --volume “%s”"), volume_text);

  if (!rp_date_is_valid (first))
    first = MAX (rp_date_week_start (rp_date_today (),
                                     rp_athlete_get_week_start (rp_plan_get_athlete (plan))) + 7,
                 rp_plan_get_start (plan));
  first = rp_date_week_start (first, rp_athlete_get_week_start (rp_plan_get_athlete (plan)));
  if (!rp_plan_command_build_season (plan, NULL, first, race_date, race_m, volume_m, &error))
    return rp_cli_data_error (path, "%s", error->message);
  status = rp_cli_save_plan (plan, path, etag, FALSE);
  if (status == RP_CLI_EXIT_OK)
    print_season (path, plan, first, race_date);

  return status;
}

int
rp_cli_cmd_season (const RpCliCommand *command,
                   int                 argc,
                   char              **argv)
{
  g_autofree char *volume = NULL;
  g_autofree char *from = NULL;
  const GOptionEntry entries[] = {
    { "volume", 0, 0, G_OPTION_ARG_STRING, &volume, N_("Weekly volume now"), "DIST" },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("First week of the season"), "DATE" },
    { NULL }
  };
  RpCliRace race = { 0 };
  RpCliArgs args;
  RpDate race_date, first = RP_DATE_INVALID;
  int status;

  /* --race DATE DIST: the pair parser of `new`'s --race DIST TIME. */
  if (!rp_cli_parse_args (command, entries, &race, argc, argv, 1, 1, &args))
    return args.status;

  if (!race.set)
    status = rp_cli_usage_error (command, _("--race DATE DIST is required"));
  else if (parse_week_date (command, args.args[0], race.distance, &race_date, &status) &&
           (from == NULL || parse_week_date (command, args.args[0], from, &first, &status)))
    status = build_season (args.args[0], race_date, race.time, volume, first);

  rp_cli_args_clear (&args);
  return status;
}

typedef enum
{
  WEEK_COPY,
  WEEK_REPEAT,
  WEEK_CLEAR,
  WEEK_DOWN,
} WeekOp;

static int
run_week_op (WeekOp      op,
             const char *path,
             RpDate      week,
             RpDate      to,
             guint       n)
{
  g_autoptr(RpPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(RpPlanLock) lock = NULL;
  g_autofree char *etag = NULL;
  char iso[RP_DATE_ISO_LEN], to_iso[RP_DATE_ISO_LEN];
  gboolean ok = FALSE;
  int status;

  if ((plan = rp_cli_load_plan_for_edit (path, &etag, &lock)) == NULL)
    return RP_CLI_EXIT_DATA;

  switch (op)
    {
    case WEEK_COPY:
      ok = rp_plan_command_copy_week (plan, NULL, week, to, &error);
      break;
    case WEEK_REPEAT:
      ok = rp_plan_command_repeat_week (plan, NULL, week, n, &error);
      break;
    case WEEK_CLEAR:
      ok = rp_plan_command_clear_week (plan, NULL, week, &error);
      break;
    case WEEK_DOWN:
      ok = rp_plan_command_down_week (plan, NULL, week, &error);
      break;
    default:
      g_assert_not_reached ();
    }
  if (!ok)
    return rp_cli_data_error (path, "%s", error->message);

  status = rp_cli_save_plan (plan, path, etag, FALSE);
  if (status != RP_CLI_EXIT_OK)
    return status;

  week = rp_plan_get_week_start (plan, rp_plan_get_week_index (plan, week));
  rp_date_to_iso (week, iso);
  switch (op)
    {
    case WEEK_COPY:
      rp_date_to_iso (rp_plan_get_week_start (plan, rp_plan_get_week_index (plan, to)), to_iso);
      printf (_("%s: the week of %s copied to the week of %s\n"), rp_cli_shown (path), iso, to_iso);
      break;
    case WEEK_REPEAT:
      printf (ngettext ("%s: the week of %s repeated %u time\n",
                        "%s: the week of %s repeated %u times\n", n),
              rp_cli_shown (path), iso, n);
      break;
    case WEEK_CLEAR:
      printf (_("%s: your workouts of the week of %s removed\n"), rp_cli_shown (path), iso);
      break;
    case WEEK_DOWN:
      {
        RpUnit unit = rp_athlete_get_unit (rp_plan_get_athlete (plan));
        g_autofree char *target =
          rp_format_distance (rp_plan_get_week_target (plan, rp_plan_get_week_index (plan, week)),
                              unit);

        printf (_("%s: the week of %s is a down week, a target of %s\n"), rp_cli_shown (path),
                iso, target);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  return status;
}

int
rp_cli_cmd_week (const RpCliCommand *command,
                 int                 argc,
                 char              **argv)
{
  static const char * const names[] = { "copy", "repeat", "clear", "down" };
  static const guint n_args[] = { 4, 4, 3, 3 };
  RpCliArgs args;
  RpDate week, to = RP_DATE_INVALID;
  guint64 n = 0;
  int status = RP_CLI_EXIT_OK;
  guint op;

  if (!rp_cli_parse_args (command, NULL, NULL, argc, argv, 3, 4, &args))
    return args.status;

  for (op = 0; op < G_N_ELEMENTS (names); op++)
    if (g_str_equal (args.args[0], names[op]))
      break;

  if (op == G_N_ELEMENTS (names))
    status = rp_cli_usage_error (command, _("unknown week operation “%s”"), args.args[0]);
  else if (args.n_args != n_args[op])
    status = rp_cli_usage_error (command, _("“week %s” takes %u arguments"), names[op],
                                 n_args[op] - 1);
  else if (!parse_week_date (command, args.args[1], args.args[2], &week, &status))
    ;
  else if (op == WEEK_COPY && !parse_week_date (command, args.args[1], args.args[3], &to, &status))
    ;
  else if (op == WEEK_REPEAT &&
           (!g_ascii_string_to_unsigned (args.args[3], 10, 1, RP_MAX_WEEKS, &n, NULL)))
    status = rp_cli_usage_error (command, _("N must be a whole number from 1 to %d, not “%s”"),
                                 RP_MAX_WEEKS, args.args[3]);
  else
    status = run_week_op (op, args.args[1], week, to, (guint) n);

  rp_cli_args_clear (&args);
  return status;
}
