/* test-ics.c — the iCalendar export (src/ical), read back with libical
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <libical/ical.h>

#include "cli-test-util.h"
#include "rp-date.h"
#include "rp-document.h"
#include "rp-export.h"
#include "rp-export-ics.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-reason.h"

#define DTSTAMP G_GINT64_CONSTANT (1796000000)   /* 2026-11-30T01:33:20Z */

static RpDate
start_date (void)
{
  return rp_date_from_ymd (2026, 11, 23);
}

/* Two weeks filled by the engine, a pinned tempo run with steps and notes
 * on the Wednesday. */
static RpPlan *
make_plan (void)
{
  RpPlan *plan = rp_plan_new (start_date (), 2);
  g_autoptr(RpWorkout) tempo = rp_workout_new (RP_KIND_TEMPO);
  RpStep step = { 1, 6000, -1, RP_ZONE_THRESHOLD, -1, -1 };

  /* A 10K in 45:00: the paces are known. */
  rp_athlete_set_race_result (rp_plan_get_athlete (plan), 10000, 2700);
  rp_planner_fill (plan);
  rp_workout_set_distance_m (tempo, 10000);
  rp_workout_add_step (tempo, &step);
  rp_workout_set_notes (tempo, "Flat loop, by the river");
  g_assert_nonnull (rp_planner_place (plan, start_date () + 2, tempo, NULL));
  rp_planner_analyze (plan);
  return plan;
}

static icalcomponent *
parse (GBytes *bytes)
{
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  icalcomponent *calendar = icalparser_parse_string (text);

  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_isa (calendar), ==, ICAL_VCALENDAR_COMPONENT);
  /* libical marks what it could not read with X-LIC-ERROR properties. */
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  return calendar;
}

/* The workout of plan whose id is uid. */
static RpWorkout *
find_workout (RpPlan     *plan,
              const char *uid)
{
  for (RpDate d = rp_plan_get_start (plan); d <= rp_plan_get_end (plan); d++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, d); i++)
      if (g_strcmp0 (rp_workout_get_id (rp_plan_get_workout (plan, d, i)), uid) == 0)
        return rp_plan_get_workout (plan, d, i);
  return NULL;
}

static RpDate
date_of (struct icaltimetype t)
{
  return rp_date_from_ymd (t.year, t.month, t.day);
}

static guint
count_workouts (RpPlan *plan,
                RpDate  first,
                RpDate  last)
{
  guint n = 0;

  for (RpDate d = first; d <= last; d++)
    n += rp_plan_get_n_workouts (plan, d);
  return n;
}

/* Every property of one event, against the workout it stands for. */
static void
check_event (RpPlan        *plan,
             icalcomponent *event)
{
  const char *uid = icalcomponent_get_uid (event);
  RpWorkout *workout;
  icalproperty *prop;
  struct icaltimetype start, end, stamp;
  g_autofree char *summary = NULL;
  const char *description;
  const RpReason *reason;

  g_assert_nonnull (uid);
  g_assert_true (g_uuid_string_is_valid (uid));
  workout = find_workout (plan, uid);
  g_assert_nonnull (workout);

  /* DTSTART;VALUE=DATE, floating (no zone), the workout's day; DTEND the next. */
  prop = icalcomponent_get_first_property (event, ICAL_DTSTART_PROPERTY);
  g_assert_nonnull (prop);
  g_assert_null (icalproperty_get_first_parameter (prop, ICAL_TZID_PARAMETER));
  start = icalproperty_get_dtstart (prop);
  g_assert_true (icaltime_is_date (start));
  g_assert_false (icaltime_is_utc (start));
  g_assert_cmpuint (date_of (start), ==, rp_workout_get_date (workout));
  prop = icalcomponent_get_first_property (event, ICAL_DTEND_PROPERTY);
  g_assert_nonnull (prop);
  end = icalproperty_get_dtend (prop);
  g_assert_true (icaltime_is_date (end));
  g_assert_cmpuint (date_of (end), ==, rp_workout_get_date (workout) + 1);

  stamp = icalcomponent_get_dtstamp (event);
  g_assert_true (icaltime_is_utc (stamp));
  g_assert_cmpint (icaltime_as_timet (stamp), ==, DTSTAMP);

  g_assert_cmpint (icalcomponent_get_sequence (event), ==, (int) rp_workout_get_sequence (workout));
  prop = icalcomponent_get_first_property (event, ICAL_LASTMODIFIED_PROPERTY);
  if (rp_workout_get_modified (workout) > 0)
    {
      g_assert_nonnull (prop);
      g_assert_cmpint (icaltime_as_timet (icalproperty_get_lastmodified (prop)), ==,
                       rp_workout_get_modified (workout));
    }
  else
    {
      g_assert_null (prop);
    }

  prop = icalcomponent_get_first_property (event, ICAL_TRANSP_PROPERTY);
  g_assert_nonnull (prop);
  g_assert_cmpint (icalproperty_get_transp (prop), ==, ICAL_TRANSP_TRANSPARENT);

  summary = rp_export_ics_summary (plan, workout);
  g_assert_cmpstr (icalcomponent_get_summary (event), ==, summary);
  g_assert_true (g_str_has_prefix (summary, rp_kind_get_label (rp_workout_get_kind (workout))));

  description = icalcomponent_get_description (event);
  g_assert_nonnull (description);
  reason = rp_workout_get_reason (workout);
  if (reason->code != RP_REASON_NONE)
    {
      g_autofree char *why = rp_reason_format_on (reason, rp_workout_get_date (workout),
                                                  RP_UNIT_KM);

      g_assert_nonnull (strstr (description, why));
    }
  g_assert_true (g_str_has_suffix (description, rp_workout_get_pinned (workout)
                                                  ? "Placed by you" : "Planned by Run Planner"));
}

/* One event for each workout, each checked; the calendar's own lines. */
static void
test_events (void)
{
  g_autoptr(RpPlan) plan = make_plan ();
  RpDate first = rp_plan_get_start (plan), last = rp_plan_get_end (plan);
  g_autoptr(GBytes) bytes = rp_export_ics (plan, first, last, DTSTAMP);
  icalcomponent *calendar = parse (bytes);
  g_autoptr(GHashTable) uids = g_hash_table_new (g_str_hash, g_str_equal);
  icalproperty *prop;
  guint n = 0;
  gboolean tempo_seen = FALSE;

  prop = icalcomponent_get_first_property (calendar, ICAL_PRODID_PROPERTY);
  g_assert_nonnull (prop);
  g_assert_nonnull (strstr (icalproperty_get_prodid (prop), "Run Planner"));
  prop = icalcomponent_get_first_property (calendar, ICAL_VERSION_PROPERTY);
  g_assert_cmpstr (icalproperty_get_version (prop), ==, "2.0");
  /* RFC 5545 lines end in CRLF. */
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL), "BEGIN:VEVENT\r\n"));

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      check_event (plan, event);
      g_assert_true (g_hash_table_add (uids, (gpointer) icalcomponent_get_uid (event)));
      if (g_strcmp0 (icalcomponent_get_summary (event), "Tempo 10 km") == 0)
        {
          const char *text = icalcomponent_get_description (event);

          tempo_seen = TRUE;
          g_assert_nonnull (strstr (text, "Steps: 6 km @ T"));
          g_assert_nonnull (strstr (text, "Notes: Flat loop, by the river"));
          g_assert_nonnull (strstr (text, "Pace: work at "));
        }
      n++;
    }
  g_assert_true (tempo_seen);
  g_assert_cmpuint (n, ==, count_workouts (plan, first, last));
  g_assert_cmpuint (n, >=, 14);
  icalcomponent_free (calendar);
}

/* --from/--to: only the events of those days. */
static void
test_range (void)
{
  g_autoptr(RpPlan) plan = make_plan ();
  RpDate first = start_date () + 2, last = start_date () + 8;
  g_autoptr(GBytes) bytes = rp_export_ics (plan, first, last, DTSTAMP);
  icalcomponent *calendar = parse (bytes);
  guint n = 0;

  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      RpDate day = date_of (icalcomponent_get_dtstart (event));

      g_assert_cmpuint (day, >=, first);
      g_assert_cmpuint (day, <=, last);
      n++;
    }
  g_assert_cmpuint (n, ==, count_workouts (plan, first, last));
  icalcomponent_free (calendar);
}

static icalcomponent *
event_with_uid (icalcomponent *calendar,
                const char    *uid)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (event), uid) == 0)
      return event;
  return NULL;
}

/* A moved workout is the same event (UID), modified: a higher SEQUENCE,
 * LAST-MODIFIED, the new day. Through the plan file too. */
static void
test_moved (void)
{
  g_autoptr(RpPlan) plan = make_plan ();
  RpDate wed = start_date () + 2, fri = start_date () + 4;
  g_autofree char *uid = NULL;
  g_autoptr(GBytes) before_bytes = NULL, after_bytes = NULL, file_bytes = NULL;
  g_autoptr(RpPlan) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  icalcomponent *before, *after, *event_before, *event_after;

  for (guint i = 0; i < rp_plan_get_n_workouts (plan, wed); i++)
    if (rp_workout_get_kind (rp_plan_get_workout (plan, wed, i)) == RP_KIND_TEMPO)
      uid = g_strdup (rp_workout_get_id (rp_plan_get_workout (plan, wed, i)));
  g_assert_nonnull (uid);

  before_bytes = rp_export_ics (plan, rp_plan_get_start (plan), rp_plan_get_end (plan), DTSTAMP);
  rp_workout_set_now_for_testing (DTSTAMP + 60);
  g_assert_true (rp_planner_move (plan, wed, rp_plan_get_n_workouts (plan, wed) - 1, fri, FALSE, &error));
  g_assert_no_error (error);
  rp_workout_set_now_for_testing (0);
  /* What the file keeps, the calendar file written at the next save shows. */
  file_bytes = rp_plan_file_serialize (plan);
  reloaded = rp_plan_file_load_bytes (file_bytes, "plan.json", &error);
  g_assert_no_error (error);
  after_bytes = rp_export_ics (reloaded, rp_plan_get_start (plan), rp_plan_get_end (plan), DTSTAMP);

  before = parse (before_bytes);
  after = parse (after_bytes);
  event_before = event_with_uid (before, uid);
  event_after = event_with_uid (after, uid);
  g_assert_nonnull (event_before);
  g_assert_nonnull (event_after);
  g_assert_cmpuint (date_of (icalcomponent_get_dtstart (event_before)), ==, wed);
  g_assert_cmpuint (date_of (icalcomponent_get_dtstart (event_after)), ==, fri);
  g_assert_cmpint (icalcomponent_get_sequence (event_after), >, icalcomponent_get_sequence (event_before));
  g_assert_cmpint (icaltime_as_timet (icalproperty_get_lastmodified (
                     icalcomponent_get_first_property (event_after, ICAL_LASTMODIFIED_PROPERTY))),
                   ==, DTSTAMP + 60);
  check_event (reloaded, event_after);
  icalcomponent_free (before);
  icalcomponent_free (after);
}

static void
test_calendar_file_name (void)
{
  static const struct { const char *plan; const char *ics; } cases[] = {
    { "/p/marathon.runplan.json", "/p/marathon.ics" },
    { "/p/plan.json", "/p/plan.ics" },
    { "/p/Plan.JSON", "/p/Plan.ics" },
    { "/p/plan", "/p/plan.ics" },
    { "/p/.json", "/p/.json.ics" },
    { "/p/a.runplan", "/p/a.ics" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) plan = g_file_new_for_path (cases[i].plan);
      g_autoptr(GFile) ics = rp_calendar_file_for_plan (plan);
      g_autofree char *path = g_file_get_path (ics);

      g_assert_cmpstr (path, ==, cases[i].ics);
    }
}

/* ------------------------------------------------------------------ */
/* The CLI: export --format ics, and the calendar file on each save.  */

static char *
fixture_path (CliFixture *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static GBytes *
read_or_null (CliFixture *fixture,
              const char *name)
{
  g_autofree char *path = fixture_path (fixture, name);
  char *contents = NULL;
  gsize len = 0;

  if (!g_file_get_contents (path, &contents, &len, NULL))
    return NULL;
  return g_bytes_new_take (contents, len);
}

static void
write_plan (CliFixture *fixture,
            RpPlan     *plan)
{
  g_autoptr(GBytes) bytes = rp_plan_file_serialize (plan);
  g_autofree char *path = fixture_path (fixture, "plan.runplan.json");

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
}

static void
expect_ok (CliResult *r)
{
  if (r->status != 0)
    g_error ("exit %d: %s", r->status, r->err);
}

static void
test_cli_export (CliFixture    *fixture,
                 gconstpointer  data)
{
  g_autoptr(RpPlan) plan = make_plan ();
  g_autoptr(CliResult) by_format = NULL;
  g_autoptr(CliResult) by_name = NULL;
  g_autoptr(GBytes) a = NULL, b = NULL;
  icalcomponent *calendar;
  guint n = 0;

  write_plan (fixture, plan);
  by_format = run_cli (fixture, "export", "plan.runplan.json", "--format", "ics", "-o", "a.txt",
                       "--from", "2026-11-25", "--to", "2026-12-01");
  expect_ok (by_format);
  g_assert_nonnull (strstr (by_format->out, "2026-11-25 to 2026-12-01 written to a.txt (ics)"));
  by_name = run_cli (fixture, "export", "plan.runplan.json", "-o", "b.ics");
  expect_ok (by_name);

  a = read_or_null (fixture, "a.txt");
  b = read_or_null (fixture, "b.ics");
  g_assert_nonnull (a);
  g_assert_nonnull (b);
  calendar = parse (b);
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL;
       event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    {
      g_assert_nonnull (find_workout (plan, icalcomponent_get_uid (event)));
      n++;
    }
  g_assert_cmpuint (n, ==, count_workouts (plan, rp_plan_get_start (plan), rp_plan_get_end (plan)));
  icalcomponent_free (calendar);
  calendar = parse (a);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==,
                   (int) count_workouts (plan, start_date () + 2, start_date () + 8));
  icalcomponent_free (calendar);
}

/* set --calendar-file on: each edit's save writes plan.ics beside the
 * plan; reading the plan never writes it; off stops it; a calendar file
 * that cannot be written is told, and the plan is saved all the same. */
static void
test_cli_calendar_file (CliFixture    *fixture,
                        gconstpointer  data)
{
  g_autoptr(RpPlan) plan = make_plan ();
  g_autofree char *ics_path = fixture_path (fixture, "plan.ics");
  g_autoptr(GBytes) plan_before = NULL, plan_after = NULL, ics = NULL, ics_after = NULL;
  icalcomponent *calendar;

  write_plan (fixture, plan);
  {
    g_autoptr(CliResult) r = run_cli (fixture, "set", "plan.runplan.json", "--calendar-file", "on");

    expect_ok (r);
    g_assert_nonnull (strstr (r->out, "plan.ics"));
  }
  ics = read_or_null (fixture, "plan.ics");
  g_assert_nonnull (ics);
  calendar = parse (ics);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==,
                   (int) count_workouts (plan, rp_plan_get_start (plan), rp_plan_get_end (plan)));
  icalcomponent_free (calendar);
  g_clear_pointer (&ics, g_bytes_unref);

  /* Reading writes nothing. */
  g_assert_cmpint (g_unlink (ics_path), ==, 0);
  plan_before = read_or_null (fixture, "plan.runplan.json");
  {
    g_autoptr(CliResult) show = run_cli (fixture, "show", "plan.runplan.json");
    g_autoptr(CliResult) validate = run_cli (fixture, "validate", "plan.runplan.json");
    g_autoptr(CliResult) export = run_cli (fixture, "export", "plan.runplan.json", "-o", "x.csv");

    expect_ok (show);
    expect_ok (validate);
    expect_ok (export);
  }
  plan_after = read_or_null (fixture, "plan.runplan.json");
  g_assert_true (g_bytes_equal (plan_before, plan_after));
  g_assert_false (g_file_test (ics_path, G_FILE_TEST_EXISTS));

  /* An edit writes it. */
  {
    g_autoptr(CliResult) r = run_cli (fixture, "add", "plan.runplan.json", "2026-12-02", "hills",
                                      "--distance", "8km");

    expect_ok (r);
    g_assert_cmpstr (r->err, ==, "");
  }
  ics = read_or_null (fixture, "plan.ics");
  g_assert_nonnull (ics);
  g_assert_nonnull (strstr (g_bytes_get_data (ics, NULL), "SUMMARY:Hills 8 km"));

  /* It cannot be written (a folder has its name): told, the edit saved. */
  g_assert_cmpint (g_unlink (ics_path), ==, 0);
  g_assert_cmpint (g_mkdir (ics_path, 0700), ==, 0);
  g_clear_pointer (&plan_before, g_bytes_unref);
  plan_before = read_or_null (fixture, "plan.runplan.json");
  {
    g_autoptr(CliResult) r = run_cli (fixture, "remove", "plan.runplan.json", "2026-12-02");

    expect_ok (r);
    g_assert_nonnull (strstr (r->err, "plan.runplan.json: saved, but "));
    g_assert_nonnull (strstr (r->err, "plan.ics: cannot write the export"));
  }
  g_clear_pointer (&plan_after, g_bytes_unref);
  plan_after = read_or_null (fixture, "plan.runplan.json");
  g_assert_false (g_bytes_equal (plan_before, plan_after));
  g_assert_cmpint (g_rmdir (ics_path), ==, 0);

  /* Off: saves leave it alone; the plan file no longer says on. */
  {
    g_autoptr(CliResult) off = run_cli (fixture, "set", "plan.runplan.json", "--calendar-file", "off");
    g_autoptr(CliResult) edit = NULL;

    expect_ok (off);
    edit = run_cli (fixture, "add", "plan.runplan.json", "2026-12-03", "easy");
    expect_ok (edit);
  }
  g_assert_false (g_file_test (ics_path, G_FILE_TEST_EXISTS));
  g_clear_pointer (&plan_after, g_bytes_unref);
  plan_after = read_or_null (fixture, "plan.runplan.json");
  g_assert_null (strstr (g_bytes_get_data (plan_after, NULL), "calendar_file"));

  {
    g_autoptr(CliResult) bad = run_cli (fixture, "set", "plan.runplan.json", "--calendar-file", "yes");
    g_autoptr(CliResult) none = run_cli (fixture, "set", "plan.runplan.json");

    g_assert_cmpint (bad->status, ==, 2);
    g_assert_nonnull (strstr (bad->err, "--calendar-file must be on or off"));
    g_assert_cmpint (none->status, ==, 2);
  }
}

/* ------------------------------------------------------------------ */
/* The app's way: RpDocument's saves, followed (rp_calendar_file_follow). */

typedef struct
{
  guint   n_failed;
  GError *error;
} FollowResult;

static void
on_failed (GFile        *calendar,
           const GError *error,
           gpointer      user_data)
{
  FollowResult *result = user_data;

  result->n_failed++;
  g_clear_error (&result->error);
  result->error = g_error_copy (error);
}

static gboolean
fail_timeout_cb (gpointer user_data)
{
  g_error ("timed out waiting for the document's save");
  return G_SOURCE_REMOVE;
}

static void
on_save_done_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_document_save_finish (RP_DOCUMENT (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* The 60 s bound is for a hung test, not a timing assertion. */
static void
save_and_wait (RpDocument *document)
{
  gboolean done = FALSE;
  guint id = g_timeout_add_seconds (60, fail_timeout_cb, NULL);

  rp_document_save_async (document, on_save_done_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);
}

static void
test_document_follow (CliFixture    *fixture,
                      gconstpointer  data)
{
  g_autoptr(RpPlan) written = make_plan ();
  g_autoptr(RpPlan) plan = NULL;
  g_autofree char *plan_path = fixture_path (fixture, "plan.runplan.json");
  g_autofree char *ics_path = fixture_path (fixture, "plan.ics");
  g_autoptr(GFile) file = g_file_new_for_path (plan_path);
  g_autoptr(RpDocument) document = rp_document_new ();
  g_autoptr(GBytes) ics = NULL;
  FollowResult result = { 0 };
  RpWorkout *placed;

  g_autofree char *etag = NULL;
  g_autoptr(GError) error = NULL;

  write_plan (fixture, written);
  plan = rp_plan_file_load (file, &etag, NULL, &error);
  g_assert_no_error (error);
  rp_calendar_file_follow (document, on_failed, &result);
  rp_document_set_plan (document, plan, file, etag);

  /* Off: a save writes no calendar file. */
  save_and_wait (document);
  g_assert_false (g_file_test (ics_path, G_FILE_TEST_EXISTS));

  /* On (the plan's setting, as Plan Settings' switch sets it). */
  rp_athlete_set_calendar_file (rp_plan_get_athlete (plan), TRUE);
  {
    g_autoptr(RpWorkout) hills = rp_workout_new (RP_KIND_HILLS);

    rp_workout_set_distance_m (hills, 8000);
    placed = rp_planner_place (plan, start_date () + 9, hills, NULL);
    g_assert_nonnull (placed);
  }
  save_and_wait (document);
  ics = read_or_null (fixture, "plan.ics");
  g_assert_nonnull (ics);
  {
    g_autofree char *uid_line = g_strdup_printf ("UID:%s\r\n", rp_workout_get_id (placed));

    g_assert_nonnull (strstr (g_bytes_get_data (ics, NULL), uid_line));
  }
  g_assert_cmpuint (result.n_failed, ==, 0);

  /* It cannot be written: told through the callback; the plan saved. */
  g_assert_cmpint (g_unlink (ics_path), ==, 0);
  g_assert_cmpint (g_mkdir (ics_path, 0700), ==, 0);
  save_and_wait (document);
  g_assert_cmpuint (result.n_failed, ==, 1);
  g_assert_error (result.error, RP_EXPORT_ERROR, RP_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (result.error->message, "plan.ics"));
  g_assert_cmpint (g_rmdir (ics_path), ==, 0);
  g_clear_error (&result.error);
  /* The document goes before result does: no call after this test. */
  g_clear_object (&document);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ics/events", test_events);
  g_test_add_func ("/ics/range", test_range);
  g_test_add_func ("/ics/moved", test_moved);
  g_test_add_func ("/ics/calendar-file-name", test_calendar_file_name);
  CLI_TEST_ADD ("/ics/cli/export", test_cli_export);
  CLI_TEST_ADD ("/ics/cli/calendar-file", test_cli_calendar_file);
  CLI_TEST_ADD ("/ics/document/follow", test_document_follow);

  return g_test_run ();
}
