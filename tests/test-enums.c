/* test-enums.c
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

#include "config.h"

#include "rp-athlete.h"
#include "rp-enum-types.h"
#include "rp-kind.h"
#include "rp-plan-reader.h"

/* The nick of value in enum type, checked to exist. */
static const char *
nick (GType type,
      int   value)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);

  g_assert_nonnull (ev);
  return ev->value_nick;
}

static guint
n_values (GType type)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (type);

  return klass->n_values;
}

/* The registered enums name their values as the plan file does, so a
 * nick can stand for a value anywhere a name is read or written. */
static void
test_nicks_are_file_names (void)
{
  g_assert_cmpuint (n_values (RP_TYPE_KIND), ==, RP_N_KINDS);
  for (RpKind kind = 0; kind < RP_N_KINDS; kind++)
    g_assert_cmpstr (nick (RP_TYPE_KIND, kind), ==, rp_kind_to_name (kind));

  g_assert_cmpuint (n_values (RP_TYPE_RACE), ==, RP_N_RACES);
  for (RpRace race = 0; race < RP_N_RACES; race++)
    g_assert_cmpstr (nick (RP_TYPE_RACE, race), ==, rp_race_to_name (race));

  g_assert_cmpuint (n_values (RP_TYPE_UNIT), ==, G_N_ELEMENTS (rp_plan_unit_names));
  for (guint i = 0; i < G_N_ELEMENTS (rp_plan_unit_names); i++)
    g_assert_cmpstr (nick (RP_TYPE_UNIT, (int) i), ==, rp_plan_unit_names[i]);

  g_assert_cmpuint (n_values (RP_TYPE_RECOVERY_PREFERENCE), ==, G_N_ELEMENTS (rp_plan_recovery_names));
  for (guint i = 0; i < G_N_ELEMENTS (rp_plan_recovery_names); i++)
    g_assert_cmpstr (nick (RP_TYPE_RECOVERY_PREFERENCE, (int) i), ==, rp_plan_recovery_names[i]);

  g_assert_cmpuint (n_values (RP_TYPE_INTENSITY), ==, RP_N_INTENSITIES);
}

/* The athlete's enum settings are enum properties: a value outside the
 * enum is refused by GObject, and the settings rows (a guint "selected")
 * still bind to them. */
static void
test_athlete_enum_properties (void)
{
  static const struct { const char *name; GType (*type) (void); int value; } cases[] = {
    { "goal", rp_race_get_type, RP_RACE_MARATHON },
    { "unit", rp_unit_get_type, RP_UNIT_MI },
    { "recovery-preference", rp_recovery_preference_get_type, RP_RECOVERY_WALK },
  };
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (athlete), cases[i].name);
      g_auto(GValue) value = G_VALUE_INIT;
      g_auto(GValue) as_uint = G_VALUE_INIT;

      g_test_message ("%s", cases[i].name);
      g_assert_nonnull (pspec);
      g_assert_true (G_IS_PARAM_SPEC_ENUM (pspec));
      g_assert_true (pspec->value_type == cases[i].type ());

      g_object_set (athlete, cases[i].name, cases[i].value, NULL);
      g_value_init (&value, cases[i].type ());
      g_object_get_property (G_OBJECT (athlete), cases[i].name, &value);
      g_assert_cmpint (g_value_get_enum (&value), ==, cases[i].value);

      g_value_init (&as_uint, G_TYPE_UINT);
      g_assert_true (g_value_transform (&value, &as_uint));
      g_assert_cmpuint (g_value_get_uint (&as_uint), ==, (guint) cases[i].value);
    }

  g_assert_cmpint (rp_athlete_get_goal (athlete), ==, RP_RACE_MARATHON);
  g_assert_cmpint (rp_athlete_get_unit (athlete), ==, RP_UNIT_MI);
  g_assert_cmpint (rp_athlete_get_recovery_preference (athlete), ==, RP_RECOVERY_WALK);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/enums/nicks-are-file-names", test_nicks_are_file_names);
  g_test_add_func ("/enums/athlete-properties", test_athlete_enum_properties);

  return g_test_run ();
}
