/* rp-export-ics.c — a plan's workouts as iCalendar events, with libical
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-ical"

#include "config.h"

#include "rp-export-ics.h"

#include <string.h>

#include <glib/gi18n.h>
#include <libical/ical.h>

#include "rp-date.h"
#include "rp-describe.h"
#include "rp-export.h"
#include "rp-kind.h"
#include "rp-parse.h"
#include "rp-planner.h"
#include "rp-reason.h"
#include "rp-steps.h"

#define PRODID "-//Run Planner//NONSGML Run Planner " PACKAGE_VERSION "//EN"

static RpUnit
plan_unit (RpPlan *plan)
{
  return rp_athlete_get_unit (rp_plan_get_athlete (plan));
}

/* A floating DATE value (no time, no zone): the same day wherever the
 * runner's calendar is. */
static struct icaltimetype
ical_date (RpDate date)
{
  struct icaltimetype t = icaltime_null_date ();
  GDate gdate;

  rp_date_to_gdate (date, &gdate);
  t.year = g_date_get_year (&gdate);
  t.month = g_date_get_month (&gdate);
  t.day = g_date_get_day (&gdate);
  return t;
}

static struct icaltimetype
ical_utc (gint64 unix_seconds)
{
  return icaltime_from_timet_with_zone ((time_t) unix_seconds, FALSE,
                                        icaltimezone_get_utc_timezone ());
}

char *
rp_export_ics_summary (RpPlan    *plan,
                       RpWorkout *workout)
{
  RpKind kind;
  g_autofree char *size = NULL;
  gint64 distance, duration;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (RP_IS_WORKOUT (workout), NULL);

  kind = rp_workout_get_kind (workout);
  distance = rp_planner_workout_distance_m (plan, workout);
  duration = rp_planner_workout_duration_s (plan, workout);
  /* As a card shows it (rp_describe_workout_size), but a round distance
   * without its ".0": a calendar's line is short. */
  if (kind == RP_KIND_REST)
    size = NULL;
  else if (rp_workout_get_distance_m (workout) < 0 && rp_workout_get_duration_s (workout) > 0)
    size = rp_format_duration (rp_workout_get_duration_s (workout));
  else if (distance > 0 && rp_kind_is_running (kind))
    size = rp_format_distance_short (distance, plan_unit (plan));
  else if (duration > 0)
    size = rp_format_duration (duration);

  if (size == NULL)
    return g_strdup (rp_kind_get_label (kind));
  /* Translators: a calendar event's title, e.g. "Tempo 10 km" */
  return g_strdup_printf (C_("calendar event", "%s %s"), rp_kind_get_label (kind), size);
}

/* The lines of the event's text: what the week view's card and editor
 * say, in the runner's language and unit. */
static char *
description (RpPlan    *plan,
             RpWorkout *workout)
{
  GString *text = g_string_new (NULL);
  g_autofree char *pace = rp_describe_workout_pace (plan, workout);
  g_autofree char *steps = rp_steps_format_workout (workout, plan_unit (plan));
  const RpReason *reason = rp_workout_get_reason (workout);
  const char *notes = rp_workout_get_notes (workout);
  gint64 duration = rp_workout_get_duration_s (workout);

  if (pace != NULL)
    /* Translators: a line of a calendar event, e.g. "Pace: work at 4:15/km" */
    g_string_append_printf (text, _("Pace: %s\n"), pace);
  if (duration > 0 && rp_workout_get_distance_m (workout) >= 0)
    {
      g_autofree char *time = rp_format_duration (duration);

      /* Translators: a line of a calendar event, e.g. "Time: 45:00" */
      g_string_append_printf (text, _("Time: %s\n"), time);
    }
  if (steps != NULL && *steps != '\0')
    /* Translators: a line of a calendar event, e.g. "Steps: 6 × 800 m @ I, 400 m jog" */
    g_string_append_printf (text, _("Steps: %s\n"), steps);
  if (reason != NULL && reason->code != RP_REASON_NONE)
    {
      g_autofree char *why = rp_reason_format_on (reason, rp_workout_get_date (workout),
                                                  plan_unit (plan));

      /* Translators: a line of a calendar event: why the planner placed
       * the workout, e.g. "Why: Recovery after Tuesday's intervals" */
      g_string_append_printf (text, _("Why: %s\n"), why);
    }
  if (notes != NULL && *notes != '\0')
    /* Translators: a line of a calendar event: the runner's own notes */
    g_string_append_printf (text, _("Notes: %s\n"), notes);
  g_string_append (text, rp_workout_get_pinned (workout) ? _("Placed by you")
                                                         : _("Planned by Run Planner"));
  return g_string_free (text, FALSE);
}

static icalcomponent *
workout_event (RpPlan    *plan,
               RpWorkout *workout,
               gint64     dtstamp)
{
  icalcomponent *event = icalcomponent_new_vevent ();
  struct icaltimetype day = ical_date (rp_workout_get_date (workout));
  struct icaltimetype next = ical_date (rp_workout_get_date (workout) + 1);
  g_autofree char *summary = rp_export_ics_summary (plan, workout);
  g_autofree char *text = description (plan, workout);

  /* rp_plan_insert_workout gives every workout of a plan an id. */
  icalcomponent_add_property (event, icalproperty_new_uid (rp_workout_get_id (workout)));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (ical_utc (dtstamp)));
  icalcomponent_add_property (event, icalproperty_new_dtstart (day));
  icalcomponent_add_property (event, icalproperty_new_dtend (next));
  icalcomponent_add_property (event, icalproperty_new_sequence ((int) rp_workout_get_sequence (workout)));
  if (rp_workout_get_modified (workout) > 0)
    icalcomponent_add_property (event,
                                icalproperty_new_lastmodified (ical_utc (rp_workout_get_modified (workout))));
  icalcomponent_add_property (event, icalproperty_new_summary (summary));
  icalcomponent_add_property (event, icalproperty_new_description (text));
  icalcomponent_add_property (event, icalproperty_new_categories (rp_kind_get_label (rp_workout_get_kind (workout))));
  /* A training plan does not make the runner busy all day. */
  icalcomponent_add_property (event, icalproperty_new_transp (ICAL_TRANSP_TRANSPARENT));

  return event;
}

GBytes *
rp_export_ics (RpPlan *plan,
               RpDate  first,
               RpDate  last,
               gint64  dtstamp)
{
  icalcomponent *calendar;
  char *text;
  GBytes *bytes;

  g_return_val_if_fail (RP_IS_PLAN (plan), NULL);
  g_return_val_if_fail (rp_export_check_range (plan, first, last, NULL), NULL);

  calendar = icalcomponent_new_vcalendar ();
  icalcomponent_add_property (calendar, icalproperty_new_prodid (PRODID));
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  icalcomponent_add_property (calendar, icalproperty_new_method (ICAL_METHOD_PUBLISH));

  for (RpDate date = first; date <= last; date++)
    {
      guint n = rp_plan_get_n_workouts (plan, date);

      for (guint i = 0; i < n; i++)
        icalcomponent_add_component (calendar,
                                     workout_event (plan, rp_plan_get_workout (plan, date, i), dtstamp));
    }

  /* libical folds the lines at 75 octets and ends them with CRLF. */
  text = icalcomponent_as_ical_string_r (calendar);
  bytes = g_bytes_new (text, strlen (text));
  icalmemory_free_buffer (text);
  icalcomponent_free (calendar);

  return bytes;
}

GFile *
rp_calendar_file_for_plan (GFile *plan_file)
{
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) parent = NULL;
  gsize len;

  g_return_val_if_fail (G_IS_FILE (plan_file), NULL);

  base = g_file_get_basename (plan_file);
  len = strlen (base);
  if (len > 5 && g_ascii_strcasecmp (base + len - 5, ".json") == 0)
    base[len -= 5] = '\0';
  if (len > 8 && g_ascii_strcasecmp (base + len - 8, ".runplan") == 0)
    base[len -= 8] = '\0';
  name = g_strconcat (base, ".ics", NULL);
  parent = g_file_get_parent (plan_file);

  return parent != NULL ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

gboolean
rp_calendar_file_write (RpPlan  *plan,
                        GFile   *plan_file,
                        GError **error)
{
  g_autoptr(GFile) out = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(RpExportOutput) output = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *shown = NULL;

  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (plan_file), FALSE);

  out = rp_calendar_file_for_plan (plan_file);
  bytes = rp_export_ics (plan, rp_plan_get_start (plan), rp_plan_get_end (plan),
                         g_get_real_time () / G_USEC_PER_SEC);
  output = rp_export_output_new_file (bytes);
  if (rp_export_output_write (output, out, plan_file, NULL, NULL, &local_error))
    return TRUE;

  shown = g_file_get_parse_name (out);
  g_set_error (error, RP_EXPORT_ERROR, local_error->code,
               /* Translators: the calendar file beside the plan could not be
                * written, e.g. "marathon.ics: cannot write the export:
                * Permission denied" */
               _("%s: %s"), shown, local_error->message);
  return FALSE;
}

gboolean
rp_calendar_file_update (RpPlan  *plan,
                         GFile   *plan_file,
                         GError **error)
{
  g_return_val_if_fail (RP_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (plan_file), FALSE);

  if (!rp_athlete_get_calendar_file (rp_plan_get_athlete (plan)))
    return TRUE;
  return rp_calendar_file_write (plan, plan_file, error);
}

/* The document's one follower: its failure callback. */
#define FOLLOW_KEY "rp-calendar-file-failed"

typedef struct
{
  RpCalendarFileFailedFunc failed;
} Follow;

/* Written from the plan as it is now, which may already hold an edit the
 * file does not: that edit's own save follows and writes it again. */
static void
on_document_saved_cb (RpDocument *document,
                      GFile      *file,
                      gboolean    shown,
                      gpointer    user_data)
{
  g_autoptr(GError) error = NULL;
  RpPlan *plan = rp_document_get_plan (document);
  Follow *follow = g_object_get_data (G_OBJECT (document), FOLLOW_KEY);

  if (!shown || plan == NULL || rp_calendar_file_update (plan, file, &error))
    return;
  if (follow != NULL && follow->failed != NULL)
    {
      g_autoptr(GFile) calendar = rp_calendar_file_for_plan (file);

      follow->failed (calendar, error, user_data);
    }
  else
    {
      g_warning ("%s", error->message);
    }
}

void
rp_calendar_file_follow (RpDocument               *document,
                         RpCalendarFileFailedFunc  failed,
                         gpointer                  user_data)
{
  Follow *follow;

  g_return_if_fail (RP_IS_DOCUMENT (document));
  g_return_if_fail (g_object_get_data (G_OBJECT (document), FOLLOW_KEY) == NULL);

  follow = g_new0 (Follow, 1);
  follow->failed = failed;
  g_object_set_data_full (G_OBJECT (document), FOLLOW_KEY, follow, g_free);
  /* Connected with user_data, so g_signal_handlers_disconnect_by_data
   * (document, user_data) ends it with the caller's other handlers. */
  g_signal_connect (document, "saved", G_CALLBACK (on_document_saved_cb), user_data);
}
