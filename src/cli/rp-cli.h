/* rp-cli.h
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

#include "rp-json-writer.h"
#include "rp-plan.h"
#include "rp-plan-lock.h"

G_BEGIN_DECLS

/* Exit statuses (docs/cli.md, "Exit status and output"). */
typedef enum
{
  RP_CLI_EXIT_OK = 0,
  RP_CLI_EXIT_DATA = 1,   /* bad data or an impossible edit */
  RP_CLI_EXIT_USAGE = 2,  /* bad usage: unknown option, malformed argument */
} RpCliExit;

typedef struct _RpCliCommand RpCliCommand;

/* argv[0] is the subcommand's name; returns the exit status. */
typedef int (*RpCliRunFunc) (const RpCliCommand *command,
                             int                 argc,
                             char              **argv);

struct _RpCliCommand
{
  const char   *name;
  const char   *synopsis;     /* what follows the name in a usage line */
  const char   *summary;      /* untranslated; shown with _() */
  const char   *description;  /* untranslated; may be NULL */
  RpCliRunFunc  run;
};

/* "--race DIST TIME" takes two values, which GOptionEntry cannot. */
typedef struct
{
  gboolean    set;
  const char *distance;
  const char *time;
} RpCliRace;

/* The outcome of parsing a subcommand's command line. */
typedef struct
{
  char **args;  /* positional arguments, NULL-terminated (owned) */
  guint  n_args;
  int    status;  /* the exit status when parsing ended the command */
} RpCliArgs;

int          rp_cli_run              (int                 argc,
                                      char              **argv);

/* Parses options (plus --help and, if race is not NULL, --race DIST TIME)
 * and checks there are between min_args and max_args positional arguments
 * (max_args -1: no limit). FALSE when the command must end with
 * out->status: help was printed (0) or the usage was bad (2). */
gboolean     rp_cli_parse_args       (const RpCliCommand *command,
                                      const GOptionEntry *entries,
                                      RpCliRace          *race,
                                      int                 argc,
                                      char              **argv,
                                      guint               min_args,
                                      int                 max_args,
                                      RpCliArgs          *out);
void         rp_cli_args_clear       (RpCliArgs          *args);

/* Text from a file or the command line as it may reach a terminal:
 * rp_text_escape () (control characters and bidi overrides escaped, valid
 * UTF-8). Every file name, note and quoted argument printed goes through
 * it, or through rp_cli_shown (), whose result lives until the program
 * ends (for printf arguments). The error functions below escape too. */
char        *rp_cli_escape           (const char         *text);
const char  *rp_cli_shown            (const char         *text);

/* Prints "run-planner-cli CMD: message" and the usage on stderr; returns 2. */
int          rp_cli_usage_error      (const RpCliCommand *command,
                                      const char         *format,
                                      ...) G_GNUC_PRINTF (2, 3);
/* Prints "FILE: message" (or just the message when file is NULL) on
 * stderr; returns 1. */
int          rp_cli_data_error       (const char         *file,
                                      const char         *format,
                                      ...) G_GNUC_PRINTF (2, 3);

/* Argument parsers. Each returns FALSE on malformed text (a usage error,
 * which the caller reports). */

/* An ISO date. A well-formed calendar date outside 1900–2200 is not
 * malformed: it parses with *out_in_range FALSE, so the caller can report it
 * as bad data (exit 1) after checking the other arguments' syntax. */
gboolean     rp_cli_parse_date       (const char         *text,
                                      RpDate             *out_date,
                                      gboolean           *out_in_range);
int          rp_cli_date_range_error (const char         *file,
                                      const char         *text);
gboolean     rp_cli_parse_index      (int                 value,
                                      guint              *out_index);

/* "sftp://host/plan.json", not "a:b.json": file arguments are paths
 * unless they are URIs with "//". */
gboolean     rp_cli_is_uri           (const char         *arg);

/* Loads a plan, printing the loader's message on failure. */
RpPlan      *rp_cli_load_plan        (const char         *path,
                                      char              **out_etag);
/* For an edit: takes the plan's lock (rp-plan-lock.h), waiting a while for
 * another program's edit to end, then loads. *out_lock is held until after
 * the save. NULL with the message printed (the plan's problem first, if it
 * cannot be read; "another program is editing FILE" if the lock stays
 * taken). */
RpPlan      *rp_cli_load_plan_for_edit (const char       *path,
                                        char            **out_etag,
                                        RpPlanLock      **out_lock);
/* The plan's lock alone, for a plan that is created (new). */
RpPlanLock  *rp_cli_lock_plan        (const char         *path);
/* Saves atomically; etag from the load (NULL for a new file). Returns the
 * exit status, the message printed. */
int          rp_cli_save_plan        (RpPlan             *plan,
                                      const char         *path,
                                      const char         *etag,
                                      gboolean            overwrite);

/* show --json and paces --json use the plan writer's emitter
 * (rp-json-writer.h) in its terminal style, with fixed decimals where
 * json-glib would print 0.80000000000000004; the output of a 10-year plan
 * is written week by week so memory stays flat. Writes what is buffered
 * to stdout and empties the buffer. */
void         rp_cli_json_flush       (RpJsonWriter       *json);

/* Files besides plans (charts, exports), rp-cli-output.c. */
#define RP_CLI_MAX_SIDE 4096  /* a 64 MiB image at most: a chart, not a poster */

/* "WxH", each 1..RP_CLI_MAX_SIDE; FALSE when malformed. */
gboolean     rp_cli_parse_size       (const char         *text,
                                      int                *out_width,
                                      int                *out_height);
/* Writes a local path atomically (rp-atomic-file.h), a URI with GIO. */
gboolean     rp_cli_write_output     (const char         *out_path,
                                      GBytes             *bytes,
                                      GError            **error);
/* The reason of a failed write, without GIO's repetition of the path. */
const char  *rp_cli_write_failure    (const GError       *error);

/* The subcommands. */
int          rp_cli_cmd_new          (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_add          (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_target       (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_move         (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_remove       (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_fill         (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_show         (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_validate     (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_paces        (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_chart        (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_export       (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_import       (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_season       (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_week         (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);
int          rp_cli_cmd_set          (const RpCliCommand *command,
                                      int                 argc,
                                      char              **argv);

G_END_DECLS
