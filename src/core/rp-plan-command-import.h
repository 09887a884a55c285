/* rp-plan-command-import.h
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

#include "rp-history.h"
#include "rp-plan.h"

G_BEGIN_DECLS

/* What an import did, for the runner's message. */
typedef struct
{
  guint added;        /* placed in the plan */
  guint duplicates;   /* already in the plan: skipped */
  guint planner;      /* the planner's entries in the file: left to the planner */
  guint outside;      /* outside first..last: not taken */
} RpImportResult;

/* Merges imported workouts (rp-import.h: each with its date) into the
 * plan, with the conventions of rp-plan-command.h (history may be NULL; a
 * refused import changes nothing and leaves no undo step). The rule
 * (docs/export.md, "Import"): only the runner's own workouts (pinned)
 * are taken, the planner re-derives its entries around them; one that the
 * plan already has (its id, wherever it is now) or shows on that day (the
 * same kind, size, pace, steps and notes) is skipped, so importing a file
 * twice adds nothing the second time; the others join the runner's own workouts of their day, pinned,
 * and the plan grows to hold their weeks. All or nothing: a day that
 * would pass RP_MAX_WORKOUTS_PER_DAY, a date outside the calendar or a
 * plan longer than RP_MAX_WEEKS refuses the whole import. first..last
 * (each RP_DATE_INVALID for no bound) limits the dates taken. Nothing to
 * add is no change and TRUE. Undo label: "Import Workouts". */
gboolean rp_plan_command_import (RpPlan          *plan,
                                 RpHistory       *history,
                                 GPtrArray       *workouts,
                                 RpDate           first,
                                 RpDate           last,
                                 RpImportResult  *out_result,
                                 GError         **error);

G_END_DECLS
