/* rp-athlete.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-athlete"

#include "config.h"

#include <math.h>
#include <string.h>

#include "rp-athlete.h"
#include "rp-enum-types.h"
#include "rp-json-extra.h"
#include "rp-kind.h"

/* Everything a copy, equal and assign work on, in one plain struct so the
 * three cannot drift apart when a setting is added. */
typedef struct
{
  RpRace               goal;
  gint64               race_distance_m;
  gint64               race_time_s;
  gint64               volume_m;
  guint                rest_days;
  RpUnit               unit;
  RpRecoveryPreference recovery;
  GDateWeekday         week_start;
  gint64               min_easy_m;  /* -1: the unit's default */
  gboolean             has_manual_paces;
  RpPaces              manual_paces;
  gboolean             calendar_file;
} Settings;

struct _RpAthlete
{
  GObject     parent_instance;

  Settings    settings;
  JsonObject *extra;

  gboolean    paces_valid;
  RpPaces     paces;
  double      goal_race_pace;
};

G_DEFINE_FINAL_TYPE (RpAthlete, rp_athlete, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Every setting is a property, so that a settings row can bind to it;
 * the race result and typed paces are set as a whole by their setters
 * and read here. */
enum {
  PROP_0,
  PROP_GOAL,
  PROP_HAS_RACE_RESULT,
  PROP_RACE_DISTANCE_M,
  PROP_RACE_TIME_S,
  PROP_VOLUME_M,
  PROP_REST_DAYS,
  PROP_UNIT,
  PROP_RECOVERY_PREFERENCE,
  PROP_WEEK_START,
  PROP_MIN_EASY_M,
  PROP_HAS_MANUAL_PACES,
  PROP_PACES_ASSUMED,
  PROP_CALENDAR_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
settings_equal (const Settings *a,
                const Settings *b)
{
  return a->goal == b->goal &&
         a->race_distance_m == b->race_distance_m &&
         a->race_time_s == b->race_time_s &&
         a->volume_m == b->volume_m &&
         a->rest_days == b->rest_days &&
         a->unit == b->unit &&
         a->recovery == b->recovery &&
         a->week_start == b->week_start &&
         a->min_easy_m == b->min_easy_m &&
         a->has_manual_paces == b->has_manual_paces &&
         a->calendar_file == b->calendar_file &&
         (!a->has_manual_paces ||
          memcmp (&a->manual_paces, &b->manual_paces, sizeof a->manual_paces) == 0);
}

static gboolean
settings_assumed (const Settings *s)
{
  return s->race_distance_m <= 0 && !s->has_manual_paces;
}

/* Notifies each property whose value differs between a and b. */
static void
notify_differences (RpAthlete      *self,
                    const Settings *a,
                    const Settings *b)
{
  const struct {
    guint    prop;
    gboolean differs;
  } checks[] = {
    { PROP_GOAL, a->goal != b->goal },
    { PROP_HAS_RACE_RESULT, (a->race_distance_m > 0) != (b->race_distance_m > 0) },
    { PROP_RACE_DISTANCE_M, a->race_distance_m != b->race_distance_m },
    { PROP_RACE_TIME_S, a->race_time_s != b->race_time_s },
    { PROP_VOLUME_M, a->volume_m != b->volume_m },
    { PROP_REST_DAYS, a->rest_days != b->rest_days },
    { PROP_UNIT, a->unit != b->unit },
    { PROP_RECOVERY_PREFERENCE, a->recovery != b->recovery },
    { PROP_WEEK_START, a->week_start != b->week_start },
    /* The unit's default minimum follows the unit. */
    { PROP_MIN_EASY_M, a->min_easy_m != b->min_easy_m
                       || (a->min_easy_m < 0 && a->unit != b->unit) },
    { PROP_HAS_MANUAL_PACES, a->has_manual_paces != b->has_manual_paces },
    { PROP_PACES_ASSUMED, settings_assumed (a) != settings_assumed (b) },
    { PROP_CALENDAR_FILE, a->calendar_file != b->calendar_file },
  };

  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    if (checks[i].differs)
      g_object_notify_by_pspec (G_OBJECT (self), properties[checks[i].prop]);
}

/* Applies new settings; emits "changed" and the notifications only when
 * something differs. */
static void
apply_settings (RpAthlete      *self,
                const Settings *settings)
{
  Settings old;

  if (settings_equal (&self->settings, settings))
    return;

  old = self->settings;
  self->settings = *settings;
  self->paces_valid = FALSE;

  g_object_freeze_notify (G_OBJECT (self));
  notify_differences (self, &old, settings);
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
rp_athlete_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  RpAthlete *self = RP_ATHLETE (object);
  const Settings *s = &self->settings;

  switch (prop_id)
    {
    case PROP_GOAL:
      g_value_set_enum (value, s->goal);
      break;
    case PROP_HAS_RACE_RESULT:
      g_value_set_boolean (value, s->race_distance_m > 0);
      break;
    case PROP_RACE_DISTANCE_M:
      g_value_set_int64 (value, s->race_distance_m);
      break;
    case PROP_RACE_TIME_S:
      g_value_set_int64 (value, s->race_time_s);
      break;
    case PROP_VOLUME_M:
      g_value_set_int64 (value, s->volume_m);
      break;
    case PROP_REST_DAYS:
      g_value_set_uint (value, s->rest_days);
      break;
    case PROP_UNIT:
      g_value_set_enum (value, s->unit);
      break;
    case PROP_RECOVERY_PREFERENCE:
      g_value_set_enum (value, s->recovery);
      break;
    case PROP_WEEK_START:
      g_value_set_uint (value, s->week_start);
      break;
    case PROP_MIN_EASY_M:
      g_value_set_int64 (value, rp_athlete_get_min_easy_m (self));
      break;
    case PROP_HAS_MANUAL_PACES:
      g_value_set_boolean (value, s->has_manual_paces);
      break;
    case PROP_PACES_ASSUMED:
      g_value_set_boolean (value, settings_assumed (s));
      break;
    case PROP_CALENDAR_FILE:
      g_value_set_boolean (value, s->calendar_file);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_athlete_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  RpAthlete *self = RP_ATHLETE (object);

  switch (prop_id)
    {
    case PROP_GOAL:
      rp_athlete_set_goal (self, (RpRace) g_value_get_enum (value));
      break;
    case PROP_VOLUME_M:
      rp_athlete_set_volume_m (self, g_value_get_int64 (value));
      break;
    case PROP_REST_DAYS:
      rp_athlete_set_rest_days (self, g_value_get_uint (value));
      break;
    case PROP_UNIT:
      rp_athlete_set_unit (self, (RpUnit) g_value_get_enum (value));
      break;
    case PROP_RECOVERY_PREFERENCE:
      rp_athlete_set_recovery_preference (self, (RpRecoveryPreference) g_value_get_enum (value));
      break;
    case PROP_WEEK_START:
      rp_athlete_set_week_start (self, (GDateWeekday) g_value_get_uint (value));
      break;
    case PROP_MIN_EASY_M:
      rp_athlete_set_min_easy_m (self, g_value_get_int64 (value));
      break;
    case PROP_CALENDAR_FILE:
      rp_athlete_set_calendar_file (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
rp_athlete_finalize (GObject *object)
{
  RpAthlete *self = (RpAthlete *) object;

  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (rp_athlete_parent_class)->finalize (object);
}

static void
rp_athlete_class_init (RpAthleteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = rp_athlete_finalize;
  object_class->get_property = rp_athlete_get_property;
  object_class->set_property = rp_athlete_set_property;

  /**
   * RpAthlete:goal:
   *
   * The goal race, an #RpRace.
   */
  properties[PROP_GOAL] =
    g_param_spec_enum ("goal", NULL, NULL,
                       RP_TYPE_RACE, RP_RACE_HALF,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:has-race-result:
   *
   * Whether a recent race result gives the paces.
   */
  properties[PROP_HAS_RACE_RESULT] =
    g_param_spec_boolean ("has-race-result", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:race-distance-m:
   *
   * The race result's distance in metres, 0 without one; set with
   * rp_athlete_set_race_result().
   */
  properties[PROP_RACE_DISTANCE_M] =
    g_param_spec_int64 ("race-distance-m", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:race-time-s:
   *
   * The race result's time in seconds, 0 without one.
   */
  properties[PROP_RACE_TIME_S] =
    g_param_spec_int64 ("race-time-s", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:volume-m:
   *
   * The default weekly volume in metres.
   */
  properties[PROP_VOLUME_M] =
    g_param_spec_int64 ("volume-m", NULL, NULL,
                        0, RP_MAX_VOLUME_M, RP_DEFAULT_VOLUME_M,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:rest-days:
   *
   * Bit (weekday - 1) set for each rest day.
   */
  properties[PROP_REST_DAYS] =
    g_param_spec_uint ("rest-days", NULL, NULL,
                       0, 0x7f, 1u << (G_DATE_MONDAY - 1),
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:unit:
   *
   * The display unit, an #RpUnit.
   */
  properties[PROP_UNIT] =
    g_param_spec_enum ("unit", NULL, NULL,
                       RP_TYPE_UNIT, RP_UNIT_KM,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:recovery-preference:
   *
   * What follows a hard day, an #RpRecoveryPreference.
   */
  properties[PROP_RECOVERY_PREFERENCE] =
    g_param_spec_enum ("recovery-preference", NULL, NULL,
                       RP_TYPE_RECOVERY_PREFERENCE, RP_RECOVERY_RUN,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:week-start:
   *
   * The first day of the week, a #GDateWeekday (1 = Monday).
   */
  properties[PROP_WEEK_START] =
    g_param_spec_uint ("week-start", NULL, NULL,
                       G_DATE_MONDAY, G_DATE_SUNDAY, G_DATE_MONDAY,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:min-easy-m:
   *
   * The shortest easy run worth doing, as rp_athlete_get_min_easy_m()
   * reads it; setting -1 goes back to the unit's default.
   */
  properties[PROP_MIN_EASY_M] =
    g_param_spec_int64 ("min-easy-m", NULL, NULL,
                        -1, G_MAXINT64, 5000,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:has-manual-paces:
   *
   * Whether the runner typed paces (rp_athlete_set_manual_paces()).
   */
  properties[PROP_HAS_MANUAL_PACES] =
    g_param_spec_boolean ("has-manual-paces", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:paces-assumed:
   *
   * Whether the paces are assumed: neither a race result nor typed paces.
   */
  properties[PROP_PACES_ASSUMED] =
    g_param_spec_boolean ("paces-assumed", NULL, NULL,
                          TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * RpAthlete:calendar-file:
   *
   * Whether every save of the plan also writes its workouts as an
   * iCalendar file beside it (docs/export.md); kept in the plan file so
   * the app and the CLI both honour it.
   */
  properties[PROP_CALENDAR_FILE] =
    g_param_spec_boolean ("calendar-file", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * RpAthlete::changed:
   *
   * Emitted after any setting changed.
   */
  signals[CHANGED] = g_signal_new ("changed",
                                   G_TYPE_FROM_CLASS (klass),
                                   G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
}

static void
rp_athlete_init (RpAthlete *self)
{
  self->settings.goal = RP_RACE_HALF;
  self->settings.volume_m = RP_DEFAULT_VOLUME_M;
  self->settings.rest_days = 1u << (G_DATE_MONDAY - 1);
  self->settings.unit = RP_UNIT_KM;
  self->settings.recovery = RP_RECOVERY_RUN;
  self->settings.week_start = G_DATE_MONDAY;
  self->settings.min_easy_m = -1;
}

RpAthlete *
rp_athlete_new (void)
{
  return g_object_new (RP_TYPE_ATHLETE, NULL);
}

RpAthlete *
rp_athlete_copy (RpAthlete *self)
{
  RpAthlete *copy;

  g_return_val_if_fail (RP_IS_ATHLETE (self), NULL);

  copy = rp_athlete_new ();
  copy->settings = self->settings;
  copy->extra = rp_json_extra_copy (self->extra);

  return copy;
}

gboolean
rp_athlete_equal (RpAthlete *a,
                  RpAthlete *b)
{
  g_return_val_if_fail (RP_IS_ATHLETE (a), FALSE);
  g_return_val_if_fail (RP_IS_ATHLETE (b), FALSE);

  return settings_equal (&a->settings, &b->settings) &&
         rp_json_extra_equal (a->extra, b->extra);
}

void
rp_athlete_assign (RpAthlete *self,
                   RpAthlete *src)
{
  g_return_if_fail (RP_IS_ATHLETE (self));
  g_return_if_fail (RP_IS_ATHLETE (src));

  rp_athlete_set_extra (self, src->extra);
  apply_settings (self, &src->settings);
}

RpRace
rp_athlete_get_goal (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), RP_RACE_HALF);

  return self->settings.goal;
}

void
rp_athlete_set_goal (RpAthlete *self,
                     RpRace     goal)
{
  Settings settings;

  g_return_if_fail (RP_IS_ATHLETE (self));
  g_return_if_fail ((guint) goal < RP_N_RACES);

  settings = self->settings;
  settings.goal = goal;
  apply_settings (self, &settings);
}

gboolean
rp_athlete_get_race_result (RpAthlete *self,
                            gint64    *out_distance_m,
                            gint64    *out_time_s)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), FALSE);

  if (out_distance_m != NULL)
    *out_distance_m = self->settings.race_distance_m;
  if (out_time_s != NULL)
    *out_time_s = self->settings.race_time_s;

  return self->settings.race_distance_m > 0;
}

void
rp_athlete_set_race_result (RpAthlete *self,
                            gint64     distance_m,
                            gint64     time_s)
{
  Settings settings;

  g_return_if_fail (RP_IS_ATHLETE (self));
  g_return_if_fail (distance_m > 0 && time_s > 0);

  settings = self->settings;
  settings.race_distance_m = distance_m;
  settings.race_time_s = time_s;
  apply_settings (self, &settings);
}

void
rp_athlete_clear_race_result (RpAthlete *self)
{
  Settings settings;

  g_return_if_fail (RP_IS_ATHLETE (self));

  settings = self->settings;
  settings.race_distance_m = 0;
  settings.race_time_s = 0;
  apply_settings (self, &settings);
}

gint64
rp_athlete_get_volume_m (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), RP_DEFAULT_VOLUME_M);

  return self->settings.volume_m;
}

gint64
rp_default_volume_m (RpUnit unit)
{
  return unit == RP_UNIT_MI ? (gint64) llround (25 * RP_METRES_PER_MILE) : RP_DEFAULT_VOLUME_M;
}

gint64
rp_athlete_get_new_plan_volume_m (RpAthlete *self)
{
  gint64 volume_m;

  g_return_val_if_fail (RP_IS_ATHLETE (self), RP_DEFAULT_VOLUME_M);

  volume_m = self->settings.volume_m;
  if (volume_m == rp_default_volume_m (RP_UNIT_KM) || volume_m == rp_default_volume_m (RP_UNIT_MI))
    return rp_default_volume_m (self->settings.unit);
  return volume_m;
}

void
rp_athlete_set_volume_m (RpAthlete *self,
                         gint64     volume_m)
{
  Settings settings;

  g_return_if_fail (RP_IS_ATHLETE (self));
  g_return_if_fail (volume_m >= 0 && volume_m <= RP_MAX_VOLUME_M);

  settings = self->settings;
  settings.volume_m = volume_m;
  apply_settings (self, &settings);
}

guint
rp_athlete_get_rest_days (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), 0);

  return self->settings.rest_days;
}

void
rp_athlete_set_rest_days (RpAthlete *self,
                          guint      mask)
{
  Settings settings;

  g_return_if_fail (RP_IS_ATHLETE (self));

  settings = self->settings;
  settings.rest_days = mask & 0x7f;
  apply_settings (self, &settings);
}

gboolean
rp_athlete_is_rest_day (RpAthlete   *self,
                        GDateWeekday weekday)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), FALSE);
  g_return_val_if_fail (weekday >= G_DATE_MONDAY && weekday <= G_DATE_SUNDAY, FALSE);

  return (self->settings.rest_days & (1u << (weekday - 1))) != 0;
}

RpUnit
rp_athlete_get_unit (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), RP_UNIT_KM);

  return self->settings.unit;
}

void
rp_athlete_set_unit (RpAthlete *self,
                     RpUnit     unit)
{
  Settings settings;

  g_return_if_fail (RP_IS_ATHLETE (self));
  g_return_if_fail (unit == RP_UNIT_KM || unit == RP_UNIT_MI);

  settings = self->settings;
  settings.unit = unit;
  apply_settings (self, &settings);
}

RpRecoveryPreference
rp_athlete_get_recovery_preference (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), RP_RECOVERY_RUN);

  return self->settings.recovery;
}

void
rp_athlete_set_recovery_preference (RpAthlete           *self,
                                    RpRecoveryPreference preference)
{
  Settings settings;

  g_return_if_fail (RP_IS_ATHLETE (self));
  g_return_if_fail (preference <= RP_RECOVERY_WALK);

  settings = self->settings;
  settings.recovery = preference;
  apply_settings (self, &settings);
}

GDateWeekday
rp_athlete_get_week_start (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), G_DATE_MONDAY);

  return self->settings.week_start;
}

void
rp_athlete_set_week_start (RpAthlete   *self,
                           GDateWeekday week_start)
{
  Settings settings;

  g_return_if_fail (RP_IS_ATHLETE (self));
  g_return_if_fail (week_start >= G_DATE_MONDAY && week_start <= G_DATE_SUNDAY);

  settings = self->settings;
  settings.week_start = week_start;
  apply_settings (self, &settings);
}

gint64
rp_athlete_get_min_easy_m (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), 5000);

  /* 0 is a value the runner chose: every easy run is worth doing. */
  if (self->settings.min_easy_m >= 0)
    return self->settings.min_easy_m;

  /* 5 km, or 3 mi for a runner who thinks in miles. */
  return self->settings.unit == RP_UNIT_MI ? (gint64) llround (3 * RP_METRES_PER_MILE) : 5000;
}

gboolean
rp_athlete_has_own_min_easy_m (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), FALSE);

  return self->settings.min_easy_m >= 0;
}

void
rp_athlete_set_min_easy_m (RpAthlete *self,
                           gint64     min_easy_m)
{
  Settings settings;

  g_return_if_fail (RP_IS_ATHLETE (self));
  g_return_if_fail (min_easy_m >= -1);

  settings = self->settings;
  settings.min_easy_m = min_easy_m;
  apply_settings (self, &settings);
}

gboolean
rp_athlete_get_manual_paces (RpAthlete *self,
                             RpPaces   *out)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), FALSE);

  if (!self->settings.has_manual_paces)
    return FALSE;

  if (out != NULL)
    *out = self->settings.manual_paces;

  return TRUE;
}

void
rp_athlete_set_manual_paces (RpAthlete     *self,
                             const RpPaces *paces)
{
  Settings settings;

  g_return_if_fail (RP_IS_ATHLETE (self));
  g_return_if_fail (paces != NULL);

  settings = self->settings;
  settings.has_manual_paces = TRUE;
  settings.manual_paces = *paces;
  settings.manual_paces.assumed = FALSE;
  apply_settings (self, &settings);
}

static void
update_paces (RpAthlete *self)
{
  const Settings *s = &self->settings;
  double goal_m = (double) rp_race_distance_m (s->goal);

  memset (&self->paces, 0, sizeof self->paces);

  if (s->race_distance_m > 0 &&
      rp_paces_from_race ((double) s->race_distance_m, (double) s->race_time_s, &self->paces))
    ;
  else if (s->has_manual_paces)
    {
      /* Typed paces feed every rule: a recovery from the typed half. */
      self->paces = s->manual_paces;
      rp_paces_complete_typed (&self->paces);
    }
  else
    {
      rp_paces_from_vdot (RP_ASSUMED_VDOT, &self->paces);
      self->paces.assumed = TRUE;
    }

  self->goal_race_pace = 0;
  if (self->paces.vdot > 0)
    self->goal_race_pace = rp_paces_predict (self->paces.vdot, goal_m) / (goal_m / 1000.0);

  self->paces_valid = TRUE;
}

const RpPaces *
rp_athlete_get_paces (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), NULL);

  if (!self->paces_valid)
    update_paces (self);

  return &self->paces;
}

double
rp_athlete_get_goal_race_pace (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), 0);

  if (!self->paces_valid)
    update_paces (self);

  return self->goal_race_pace;
}

JsonObject *
rp_athlete_get_extra (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), NULL);

  return self->extra;
}

void
rp_athlete_set_extra (RpAthlete  *self,
                      JsonObject *extra)
{
  g_return_if_fail (RP_IS_ATHLETE (self));

  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = extra;
}

gboolean
rp_athlete_get_calendar_file (RpAthlete *self)
{
  g_return_val_if_fail (RP_IS_ATHLETE (self), FALSE);

  return self->settings.calendar_file;
}

void
rp_athlete_set_calendar_file (RpAthlete *self,
                              gboolean   calendar_file)
{
  Settings settings;

  g_return_if_fail (RP_IS_ATHLETE (self));

  settings = self->settings;
  settings.calendar_file = !!calendar_file;
  apply_settings (self, &settings);
}
