/* rp-reason.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-types.h"

G_BEGIN_DECLS

/* Why the engine placed an entry. Stored in the file as a code with its
 * arguments; the sentence is rendered when shown, in the user's language
 * and unit, so changing either never rewrites the plan. */
typedef enum
{
  RP_REASON_NONE,
  RP_REASON_RECOVERY_AFTER_HARD, /* kind, date: the hard workout */
  RP_REASON_REST_AFTER_RACE,     /* kind = race, date: race day */
  RP_REASON_RECOVERY_AFTER_RACE, /* kind = race, date: race day */
  RP_REASON_RUNNER_REST_DAY,     /* one of the runner's rest days */
  RP_REASON_EASY_VOLUME,         /* metres: left for easy days; target_m */
  RP_REASON_REST_NOT_NEEDED,     /* target_m: the week's target, reached without the day */
  RP_REASON_EASY_CEILING,        /* metres: left for easy days; target_m */
  RP_REASON_EASY_BEFORE_HARD,    /* kind, date: the hard workout of the next day */
  RP_REASON_REST_BEFORE_HARD,    /* kind, date: the hard workout of the next day */
  RP_REASON_REST_BELOW_MINIMUM,  /* metres: the shortest run the engine places that day */
  RP_N_REASONS
} RpReasonCode;

typedef struct
{
  RpReasonCode code;
  RpKind       kind;      /* the hard workout's kind, where it has one */
  RpDate       date;      /* the hard workout's or race's date, where it has one */
  gint64       metres;    /* metres left for easy days, or the shortest run */
  gint64       target_m;  /* the week's volume target */
} RpReason;

const char *rp_reason_code_to_name    (RpReasonCode    code);
gboolean    rp_reason_code_from_name  (const char     *name,
                                       RpReasonCode   *out_code);
/* The arguments a code carries (what rp_reason_equal compares and the file
 * stores). */
gboolean    rp_reason_code_has_kind   (RpReasonCode    code);
gboolean    rp_reason_code_has_metres (RpReasonCode    code);
gboolean    rp_reason_code_has_target (RpReasonCode    code);
gboolean    rp_reason_equal           (const RpReason *a,
                                       const RpReason *b);
/* A sentence a runner understands, e.g. "Recovery after Tuesday's intervals". */
char       *rp_reason_format          (const RpReason *reason,
                                       RpUnit          unit);
/* The same for the entry on the day on: a day the reason names that is
 * more than 6 days from it is named by its date ("Recovery after the
 * race on 10 May"), not by a weekday that would read as another day. */
char       *rp_reason_format_on       (const RpReason *reason,
                                       RpDate          on,
                                       RpUnit          unit);

G_END_DECLS
