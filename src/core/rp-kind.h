/* rp-kind.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-types.h"

G_BEGIN_DECLS

/* One row of the kinds table (docs/planning-rules.md, "Sizes of pinned
 * workouts"). */
typedef struct
{
  const char  *name;               /* file and CLI name, e.g. "marathon-pace" */
  const char  *label;              /* untranslated; translate with _() when shown */
  const char  *icon_name;          /* symbolic icon for palettes and cards */
  RpKindClass  klass;
  int          rpe;                /* CR-10 */
  RpZone       zone;
  double       hard_share;         /* share of its time that is hard */
  gint64       default_distance_m; /* 0: none (see default_duration_s or the engine) */
  gint64       default_duration_s; /* 0: none */
  RpIntensity  intensity;
  gboolean     counts_as_running;  /* everything but cross-training, walk and rest */
} RpKindInfo;

const RpKindInfo *rp_kind_get_info     (RpKind      kind);
const char       *rp_kind_to_name      (RpKind      kind);
gboolean          rp_kind_from_name    (const char *name,
                                        RpKind     *out_kind);
gboolean          rp_kind_is_hard      (RpKind      kind);
gboolean          rp_kind_is_running   (RpKind      kind);
/* A hard session run as warm-up + work + cool-down (intervals,
 * repetitions, tempo, hills, fartlek, marathon pace): its hard share at
 * its kind's pace, the rest at the middle of E; the pace shown is the
 * work's ("work at 3:55/km"). */
gboolean          rp_kind_is_session   (RpKind      kind);
/* The kind's name in the runner's language: "Long Run". */
const char       *rp_kind_get_label    (RpKind      kind);
/* Our own symbolic icon (data/icons): "rp-long-symbolic". */
const char       *rp_kind_get_icon_name (RpKind     kind);
/* The style class of its cards and tiles: "kind-long". */
const char       *rp_kind_get_css_class (RpKind     kind);

const char       *rp_race_to_name      (RpRace      race);
gboolean          rp_race_from_name    (const char *name,
                                        RpRace     *out_race);
gint64            rp_race_distance_m   (RpRace      race);
/* The race's exact distance (a half marathon is 21 097.5 m; the file
 * keeps whole metres, 21 098), for race predictions. */
double            rp_race_exact_m      (RpRace      race);
/* Its name in the runner's language: "Half Marathon". */
const char       *rp_race_get_label    (RpRace      race);

/* A race of any distance counts as a marathon or a half from these on
 * (26.2 mi and 13.1 mi, the shortest ways they are written, in whole
 * metres): the post-race return, the rest before a race and the
 * season's taper read them. */
#define RP_RACE_MARATHON_MIN_M 42165
#define RP_RACE_HALF_MIN_M     21082

G_END_DECLS
