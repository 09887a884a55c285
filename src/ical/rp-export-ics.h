/* rp-export-ics.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "rp-document.h"
#include "rp-plan.h"

G_BEGIN_DECLS

/* The plan's workouts as an iCalendar file (RFC 5545), made with libical:
 * what `run-planner-cli export --format ics` writes, and the calendar
 * file each save writes beside the plan when the plan asks for it
 * (docs/export.md). Kept out of rp-core, which depends on GLib, json-glib,
 * cairo and pango only. */

/* One all-day event per workout of days first..last (inside the plan,
 * rp_export_check_range): DTSTART;VALUE=DATE the day, DTEND the next,
 * floating; UID the workout's id, SEQUENCE and LAST-MODIFIED its changes;
 * SUMMARY "Tempo 10 km"; DESCRIPTION its pace, steps, reason and notes;
 * TRANSP:TRANSPARENT. dtstamp (Unix seconds) is the DTSTAMP of every
 * event: the time of the export. */
GBytes   *rp_export_ics                  (RpPlan        *plan,
                                          RpDate         first,
                                          RpDate         last,
                                          gint64         dtstamp);

/* The event's summary, "Tempo 10 km", "Long Run 1:30:00", "Rest". */
char     *rp_export_ics_summary          (RpPlan        *plan,
                                          RpWorkout     *workout);

/* The calendar file beside plan_file: its name without ".json" and
 * ".runplan", then ".ics" (marathon.runplan.json: marathon.ics). */
GFile    *rp_calendar_file_for_plan      (GFile         *plan_file);

/* Writes the whole plan to the calendar file beside plan_file,
 * atomically (rp_export_output_write): the calendar that reads it sees
 * the old file or the new one. FALSE with an RP_EXPORT_ERROR that names
 * the file. Does not look at the plan's calendar-file setting. */
gboolean  rp_calendar_file_write         (RpPlan        *plan,
                                          GFile         *plan_file,
                                          GError       **error);

/* After a save of plan to plan_file: writes the calendar file when the
 * plan asks for it (RpAthlete:calendar-file), else does nothing. TRUE
 * when nothing failed. The app and the CLI call it after each save. */
gboolean  rp_calendar_file_update        (RpPlan        *plan,
                                          GFile         *plan_file,
                                          GError       **error);

/* Told when the calendar file could not be written after a save of the
 * plan shown (the plan itself was saved). */
typedef void (*RpCalendarFileFailedFunc) (GFile        *calendar_file,
                                          const GError *error,
                                          gpointer      user_data);

/* Makes every save of document's plan (RpDocument::saved, the plan
 * shown) update its calendar file (rp_calendar_file_update): what the
 * app does; RpDocument is in rp-core, which cannot link libical. Loading
 * or showing a plan writes nothing. failed (may be NULL) is called with
 * user_data; g_signal_handlers_disconnect_by_data (document, user_data)
 * stops it. Once per document. */
void      rp_calendar_file_follow        (RpDocument               *document,
                                          RpCalendarFileFailedFunc  failed,
                                          gpointer                  user_data);

G_END_DECLS
