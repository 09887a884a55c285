/* rp-kind.c
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

#define G_LOG_DOMAIN "rp-kind"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "rp-kind.h"

/* The kinds table of docs/planning-rules.md. The long run's size (25 % of the
 * week's target) and the race's (the goal race) are set by the engine, so
 * their default distance here is 0. */
static const RpKindInfo kinds[RP_N_KINDS] = {
  [RP_KIND_INTERVALS] = { "intervals", N_("Intervals"), "rp-intervals-symbolic",
                          RP_KIND_CLASS_HARD, 8, RP_ZONE_INTERVAL, 0.45, 10000, 0,
                          RP_INTENSITY_INTERVAL, TRUE },
  [RP_KIND_REPETITIONS] = { "repetitions", N_("Repetitions"), "rp-repetitions-symbolic",
                            RP_KIND_CLASS_HARD, 9, RP_ZONE_REPETITION, 0.35, 8000, 0,
                            RP_INTENSITY_INTERVAL, TRUE },
  [RP_KIND_TEMPO] = { "tempo", N_("Tempo"), "rp-tempo-symbolic",
                      RP_KIND_CLASS_HARD, 7, RP_ZONE_THRESHOLD, 0.55, 10000, 0,
                      RP_INTENSITY_THRESHOLD, TRUE },
  [RP_KIND_HILLS] = { "hills", N_("Hills"), "rp-hills-symbolic",
                      RP_KIND_CLASS_HARD, 8, RP_ZONE_THRESHOLD, 0.35, 8000, 0,
                      RP_INTENSITY_INTERVAL, TRUE },
  [RP_KIND_FARTLEK] = { "fartlek", N_("Fartlek"), "rp-fartlek-symbolic",
                        RP_KIND_CLASS_HARD, 7, RP_ZONE_THRESHOLD, 0.45, 10000, 0,
                        RP_INTENSITY_THRESHOLD, TRUE },
  [RP_KIND_MARATHON_PACE] = { "marathon-pace", N_("Marathon Pace"), "rp-marathon-pace-symbolic",
                              RP_KIND_CLASS_HARD, 6, RP_ZONE_MARATHON, 0.75, 16000, 0,
                              RP_INTENSITY_THRESHOLD, TRUE },
  /* Timed at the middle of E (issue 9): the slow end is the recovery
   * pace of every runner below about VDOT 49.5, and a recovery run must
   * be slower than the long run. */
  [RP_KIND_LONG] = { "long", N_("Long Run"), "rp-long-symbolic",
                     RP_KIND_CLASS_HARD, 5, RP_ZONE_EASY_MID, 0.0, 0, 0,
                     RP_INTENSITY_LONG, TRUE },
  [RP_KIND_RACE] = { "race", N_("Race"), "rp-race-symbolic",
                     RP_KIND_CLASS_HARD, 10, RP_ZONE_RACE, 1.0, 0, 0,
                     RP_INTENSITY_RACE, TRUE },
  [RP_KIND_EASY] = { "easy", N_("Easy Run"), "rp-easy-symbolic",
                     RP_KIND_CLASS_EASY, 3, RP_ZONE_EASY_MID, 0.0, 0, 0,
                     RP_INTENSITY_EASY, TRUE },
  [RP_KIND_RECOVERY] = { "recovery", N_("Recovery Run"), "rp-recovery-symbolic",
                         RP_KIND_CLASS_EASY, 2, RP_ZONE_RECOVERY, 0.0, 0, 0,
                         RP_INTENSITY_RECOVERY, TRUE },
  [RP_KIND_CROSS_TRAINING] = { "cross-training", N_("Cross-Training"), "rp-cross-training-symbolic",
                               RP_KIND_CLASS_EASY, 2, RP_ZONE_NONE, 0.0, 0, 40 * 60,
                               RP_INTENSITY_RECOVERY, FALSE },
  /* Not in the rules' table: the "recovery by walking" preference needs a
   * kind of its own. Easy class, no running volume. */
  [RP_KIND_WALK] = { "walk", N_("Walk"), "rp-walk-symbolic",
                     RP_KIND_CLASS_EASY, 1, RP_ZONE_NONE, 0.0, 0, 40 * 60,
                     RP_INTENSITY_RECOVERY, FALSE },
  [RP_KIND_REST] = { "rest", N_("Rest"), "rp-rest-symbolic",
                     RP_KIND_CLASS_REST, 0, RP_ZONE_NONE, 0.0, 0, 0,
                     RP_INTENSITY_REST, FALSE },
};

/* The style classes of the kinds (data/style.css). */
static const char * const css_classes[RP_N_KINDS] = {
  [RP_KIND_INTERVALS] = "kind-intervals",
  [RP_KIND_REPETITIONS] = "kind-repetitions",
  [RP_KIND_TEMPO] = "kind-tempo",
  [RP_KIND_HILLS] = "kind-hills",
  [RP_KIND_FARTLEK] = "kind-fartlek",
  [RP_KIND_MARATHON_PACE] = "kind-marathon-pace",
  [RP_KIND_LONG] = "kind-long",
  [RP_KIND_RACE] = "kind-race",
  [RP_KIND_EASY] = "kind-easy",
  [RP_KIND_RECOVERY] = "kind-recovery",
  [RP_KIND_CROSS_TRAINING] = "kind-cross-training",
  [RP_KIND_WALK] = "kind-walk",
  [RP_KIND_REST] = "kind-rest",
};

/* The races: file and CLI name, label, distance. The one table of them. */
static const struct
{
  const char *name;
  const char *label;
  double      exact_m;
} races[RP_N_RACES] = {
  [RP_RACE_5K] = { "5k", N_("5K"), 5000.0 },
  [RP_RACE_10K] = { "10k", N_("10K"), 10000.0 },
  [RP_RACE_HALF] = { "half", N_("Half Marathon"), 21097.5 },
  [RP_RACE_MARATHON] = { "marathon", N_("Marathon"), 42195.0 },
};

const RpKindInfo *
rp_kind_get_info (RpKind kind)
{
  g_return_val_if_fail ((guint) kind < RP_N_KINDS, &kinds[RP_KIND_REST]);

  return &kinds[kind];
}

const char *
rp_kind_to_name (RpKind kind)
{
  return rp_kind_get_info (kind)->name;
}

gboolean
rp_kind_from_name (const char *name,
                   RpKind     *out_kind)
{
  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < RP_N_KINDS; i++)
    {
      if (g_ascii_strcasecmp (name, kinds[i].name) == 0)
        {
          if (out_kind != NULL)
            *out_kind = (RpKind) i;
          return TRUE;
        }
    }

  return FALSE;
}

gboolean
rp_kind_is_hard (RpKind kind)
{
  return rp_kind_get_info (kind)->klass == RP_KIND_CLASS_HARD;
}

gboolean
rp_kind_is_running (RpKind kind)
{
  return rp_kind_get_info (kind)->counts_as_running;
}

gboolean
rp_kind_is_session (RpKind kind)
{
  const RpKindInfo *info = rp_kind_get_info (kind);

  return info->klass == RP_KIND_CLASS_HARD && info->hard_share > 0 && info->hard_share < 1;
}

const char *
rp_kind_get_label (RpKind kind)
{
  /* The table marks its labels with N_() in our gettext domain. */
  return _(rp_kind_get_info (kind)->label);
}

const char *
rp_kind_get_icon_name (RpKind kind)
{
  return rp_kind_get_info (kind)->icon_name;
}

const char *
rp_kind_get_css_class (RpKind kind)
{
  g_return_val_if_fail ((guint) kind < RP_N_KINDS, NULL);

  return css_classes[kind];
}

const char *
rp_race_to_name (RpRace race)
{
  g_return_val_if_fail ((guint) race < RP_N_RACES, NULL);

  return races[race].name;
}

gboolean
rp_race_from_name (const char *name,
                   RpRace     *out_race)
{
  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < RP_N_RACES; i++)
    {
      if (g_ascii_strcasecmp (name, races[i].name) == 0)
        {
          if (out_race != NULL)
            *out_race = (RpRace) i;
          return TRUE;
        }
    }

  return FALSE;
}

gint64
rp_race_distance_m (RpRace race)
{
  g_return_val_if_fail ((guint) race < RP_N_RACES, 0);

  /* Whole metres, as the file keeps them: 21 097.5 m is 21 098. */
  return (gint64) round (races[race].exact_m);
}

double
rp_race_exact_m (RpRace race)
{
  g_return_val_if_fail ((guint) race < RP_N_RACES, 0.0);

  return races[race].exact_m;
}

const char *
rp_race_get_label (RpRace race)
{
  g_return_val_if_fail ((guint) race < RP_N_RACES, NULL);

  return _(races[race].label);
}
