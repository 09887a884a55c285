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
  RP_REASON_REST_NOT_NEEDED,     /* target_m: the week's target */
  RP_N_REASONS
} RpReasonCode;

typedef struct
{
  RpReasonCode code;
  RpKind       kind;      /* the hard workout's kind, where it has one */
  RpDate       date;      /* the hard workout's or race's date, where it has one */
  gint64       metres;    /* RP_REASON_EASY_VOLUME: metres left for easy days */
  gint64       target_m;  /* the week's volume target */
} RpReason;

const char *rp_reason_code_to_name   (RpReasonCode    code);
gboolean    rp_reason_code_from_name (const char     *name,
                                      RpReasonCode   *out_code);
gboolean    rp_reason_equal          (const RpReason *a,
                                      const RpReason *b);
/* A sentence a runner understands, e.g. "Recovery after Tuesday's intervals". */
char       *rp_reason_format         (const RpReason *reason,
                                      RpUnit          unit);

G_END_DECLS
