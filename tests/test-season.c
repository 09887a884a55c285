/* test-season.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "cli-test-util.h"
#include "rp-chart-season.h"
#include "rp-date.h"
#include "rp-limits.h"
#include "rp-plan-command-season.h"
#include "rp-plan-file.h"
#include "rp-planner.h"
#include "rp-season.h"

/* A season from Monday 7 December 2026 to a marathon on Sunday
 * 18 April 2027 (the season's 19th week), from 40 km a week. */
#define START     rp_date_from_ymd (2026, 12, 7)
#define RACE_DAY  rp_date_from_ymd (2027, 4, 18)
#define MARATHON  42195

static RpPlan *
new_plan (guint n_weeks)
{
  g_autoptr(RpAthlete) athlete = rp_athlete_new ();
  RpPlan *plan;

  rp_athlete_set_volume_m (athlete, 40000);
  plan = rp_plan_new_for_athlete (athlete, START, n_weeks);
  rp_planner_fill (plan);

  return plan;
}

static guint
week_of (RpPlan *plan,
         RpDate  date)
{
  return rp_plan_get_week_index (plan, date);
}

static gboolean
has_race (RpPlan *plan,
          RpDate  date,
          gint64  metres)
{
  for (guint i = 0; i < rp_plan_get_n_workouts (plan, date); i++)
    {
      RpWorkout *workout = rp_plan_get_workout (plan, date, i);

      if (rp_workout_get_pinned (workout) && rp_workout_get_kind (workout) == RP_KIND_RACE &&
          rp_workout_get_distance_m (workout) == metres)
        return TRUE;
    }

  return FALSE;
}

static void
test_marathon (void)
{
  g_autoptr(RpPlan) plan = new_plan (4);
  g_autoptr(RpPlan) before = NULL;
  g_autoptr(RpPlan) after = NULL;
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(GError) error = NULL;
  guint race_week, last_down = G_MAXUINT;
  gint64 prev_m = 40000, peak_m = 0;
  const guint shares[] = { 80, 65, 45 };

  before = rp_plan_copy (plan);
  g_assert_true (rp_plan_command_build_season (plan, history, START, RACE_DAY, MARATHON,
                                               40000, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Build Season");

  race_week = week_of (plan, RACE_DAY);
  g_assert_cmpuint (race_week, ==, 18);
  g_assert_true (has_race (plan, RACE_DAY, MARATHON));

  for (guint w = 0; w < race_week - 3; w++)
    {
      RpTargetReason reason = rp_plan_get_week_target_reason (plan, w);
      gint64 target_m = rp_plan_get_week_target_override (plan, w);
      g_autofree char *text = rp_target_reason_format (&reason);

      /* No week more than 10 % up on the week before. */
      g_assert_cmpint (target_m * 10, <=, prev_m * 11);
      g_assert_nonnull (text);
      if (reason.code == RP_TARGET_REASON_DOWN)
        {
          g_assert_cmpstr (text, ==, "Down week");
          /* Every 3rd or 4th week; the first after at most 4 builds. */
          if (last_down == G_MAXUINT)
            g_assert_cmpuint (w, <=, 4);
          else
            g_assert_cmpuint (w - last_down, >=, 3);
          if (last_down != G_MAXUINT)
            g_assert_cmpuint (w - last_down, <=, 4);
          /* About 70–80 % of the week before. */
          g_assert_cmpint (target_m * 100, >=, prev_m * 70 - 5000);
          g_assert_cmpint (target_m * 100, <=, prev_m * 80 + 5000);
          last_down = w;
        }
      else
        {
          g_assert_cmpint (reason.code, ==, RP_TARGET_REASON_BUILD);
          g_assert_true (g_str_has_prefix (text, "Build: "));
        }
      peak_m = MAX (peak_m, target_m);
      prev_m = target_m;
    }
  g_assert_cmpuint (last_down, !=, G_MAXUINT);
  /* The week before the taper is a build week, the peak. */
  g_assert_cmpint (rp_plan_get_week_target_reason (plan, race_week - 4).code, ==,
                   RP_TARGET_REASON_BUILD);
  g_assert_cmpint (rp_plan_get_week_target_override (plan, race_week - 4), ==, peak_m);

  for (guint k = 3; k >= 1; k--)
    {
      RpTargetReason reason = rp_plan_get_week_target_reason (plan, race_week - k);
      g_autofree char *text = rp_target_reason_format (&reason);
      g_autofree char *expected = g_strdup_printf ("Taper: %u week%s to the race", k,
                                                   k > 1 ? "s" : "");

      g_assert_cmpint (reason.code, ==, RP_TARGET_REASON_TAPER);
      g_assert_cmpstr (text, ==, expected);
      g_assert_cmpint (llabs (rp_plan_get_week_target_override (plan, race_week - k) -
                              peak_m * shares[3 - k] / 100), <=, 50);
    }
  g_assert_cmpint (rp_plan_get_week_target_reason (plan, race_week).code, ==,
                   RP_TARGET_REASON_RACE_WEEK);

  /* The return is the planner's: no generated target after the race. */
  for (guint k = 1; k <= 3; k++)
    g_assert_cmpint (rp_plan_get_week_target_override (plan, race_week + k), ==,
                     RP_PLAN_TARGET_DEFAULT);
  g_assert_cmpint (rp_plan_get_week_summary (plan, race_week + 1)->target_m, ==, 20000);

  /* One undo step, back to the plan as it was. */
  after = rp_plan_copy (plan);
  g_assert_true (rp_history_undo (history));
  g_assert_true (rp_plan_equal (plan, before));
  g_assert_false (rp_history_can_undo (history));
  g_assert_true (rp_history_redo (history));
  g_assert_true (rp_plan_equal (plan, after));
}

static void
test_runner_targets_kept (void)
{
  g_autoptr(RpPlan) plan = new_plan (12);
  g_autoptr(GError) error = NULL;

  rp_plan_set_week_target_override (plan, 5, 50000);
  g_assert_true (rp_plan_command_build_season (plan, NULL, START, RACE_DAY, MARATHON, 40000,
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 5), ==, 50000);
  g_assert_cmpint (rp_plan_get_week_target_reason (plan, 5).code, ==, RP_TARGET_REASON_NONE);
  /* The build goes on from the runner's week. */
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 6) * 10, <=, 50000 * 11);

  /* A second build replaces its own targets and still keeps the runner's. */
  g_assert_true (rp_plan_command_build_season (plan, NULL, START, RACE_DAY, MARATHON, 30000,
                                               &error));
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 5), ==, 50000);
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 0), <=, 33000);
}

static void
test_file_round_trip (void)
{
  g_autoptr(RpPlan) plan = new_plan (4);
  g_autoptr(RpPlan) read = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (rp_plan_command_build_season (plan, NULL, START, RACE_DAY, MARATHON, 40000,
                                               &error));
  bytes = rp_plan_file_serialize (plan);
  g_assert_nonnull (strstr (g_bytes_get_data (bytes, NULL),
                            "\"volume_target_reason\" : {\n"
                            "        \"code\" : \"taper\",\n"
                            "        \"weeks\" : 2\n"));
  read = rp_plan_file_load_bytes (bytes, "season.json", &error);
  g_assert_no_error (error);
  for (guint w = 0; w < rp_plan_get_n_weeks (plan); w++)
    {
      RpTargetReason a = rp_plan_get_week_target_reason (plan, w);
      RpTargetReason b = rp_plan_get_week_target_reason (read, w);

      g_assert_cmpint (a.code, ==, b.code);
      g_assert_cmpuint (a.figure, ==, b.figure);
    }
}

static void
test_refusals (void)
{
  g_autoptr(RpPlan) plan = new_plan (4);
  g_autoptr(RpPlan) before = rp_plan_copy (plan);
  g_autoptr(RpHistory) history = rp_history_new (plan);
  GError *error = NULL;

  /* A race before the season's first week. */
  g_assert_false (rp_plan_command_build_season (plan, history, START + 14, START, MARATHON,
                                                40000, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE);
  g_clear_error (&error);
  /* Its return would pass the end of the calendar. */
  g_assert_false (rp_plan_command_build_season (plan, history, START,
                                                rp_date_from_ymd (2200, 12, 20), MARATHON,
                                                40000, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (rp_plan_command_build_season (plan, history, START, RACE_DAY, 0, 40000,
                                                &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (rp_history_can_undo (history));
  g_assert_true (rp_plan_equal (plan, before));
}

/* The week operations. */

static void
place (RpPlan *plan,
       RpDate  date,
       RpKind  kind,
       gint64  metres)
{
  g_autoptr(RpWorkout) workout = rp_workout_new (kind);

  rp_workout_set_distance_m (workout, metres);
  g_assert_nonnull (rp_planner_place (plan, date, workout, NULL));
}

static guint
n_pinned (RpPlan *plan,
          RpDate  week_start)
{
  guint n = 0;

  for (RpDate d = week_start; d < week_start + 7; d++)
    for (guint i = 0; i < rp_plan_get_n_workouts (plan, d); i++)
      n += rp_workout_get_pinned (rp_plan_get_workout (plan, d, i));

  return n;
}

static void
test_week_ops (void)
{
  g_autoptr(RpPlan) plan = new_plan (4);
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(RpPlan) before = NULL;
  GError *error = NULL;

  place (plan, START + 1, RP_KIND_TEMPO, 8000);
  place (plan, START + 6, RP_KIND_LONG, 14000);
  before = rp_plan_copy (plan);

  /* Copy: the same workouts on the same weekdays of the other week. */
  g_assert_true (rp_plan_command_copy_week (plan, history, START + 3, START + 14, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Copy Week");
  g_assert_cmpuint (n_pinned (plan, START + 14), ==, 2);
  g_assert_cmpint (rp_workout_get_kind (rp_plan_get_workout (plan, START + 15, 0)), ==,
                   RP_KIND_TEMPO);
  g_assert_true (rp_history_undo (history));
  g_assert_true (rp_plan_equal (plan, before));

  /* Repeat 3 times: weeks 2–4, one step. */
  g_assert_true (rp_plan_command_repeat_week (plan, history, START, 3, &error));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Repeat Week 3 Times");
  for (guint k = 1; k <= 3; k++)
    g_assert_cmpuint (n_pinned (plan, START + 7 * k), ==, 2);
  /* Past the plan's end: the plan grows, in the same step. */
  g_assert_true (rp_plan_command_repeat_week (plan, history, START + 21, 2, &error));
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 6);
  g_assert_true (rp_history_undo (history));
  g_assert_cmpuint (rp_plan_get_n_weeks (plan), ==, 4);
  g_assert_true (rp_history_undo (history));
  g_assert_true (rp_plan_equal (plan, before));

  /* Clear: the runner's workouts go, the planner fills the week. */
  g_assert_true (rp_plan_command_clear_week (plan, history, START + 2, &error));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Clear Week");
  g_assert_cmpuint (n_pinned (plan, START), ==, 0);
  g_assert_cmpuint (rp_plan_get_n_workouts (plan, START + 1), ==, 1);
  g_assert_true (rp_history_undo (history));
  g_assert_true (rp_plan_equal (plan, before));

  /* Down: 80 % of the build week before; the runner's workouts stay. */
  rp_plan_set_week_target_override (plan, 1, 45000);
  g_assert_true (rp_plan_command_down_week (plan, history, START + 14, &error));
  g_assert_cmpstr (rp_history_get_undo_label (history), ==, "Make Down Week");
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 2), ==, 36000);
  g_assert_cmpint (rp_plan_get_week_target_reason (plan, 2).code, ==, RP_TARGET_REASON_DOWN);
  g_assert_false (rp_plan_command_down_week (plan, history, START + 14, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_true (rp_history_undo (history));
  g_assert_cmpint (rp_plan_get_week_target_override (plan, 2), ==, RP_PLAN_TARGET_DEFAULT);
}

static void
test_week_refusals (void)
{
  g_autoptr(RpPlan) plan = new_plan (2);
  g_autoptr(RpPlan) edge = NULL;
  g_autoptr(RpHistory) history = rp_history_new (plan);
  g_autoptr(RpPlan) before = NULL;
  GError *error = NULL;
  RpDate last_week = rp_date_from_ymd (2200, 12, 22);   /* a Monday */

  place (plan, START + 1, RP_KIND_TEMPO, 8000);
  before = rp_plan_copy (plan);

  g_assert_false (rp_plan_command_copy_week (plan, history, START, START + 3, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (rp_plan_command_copy_week (plan, history, START + 70, START, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE);
  g_clear_error (&error);
  g_assert_false (rp_plan_command_repeat_week (plan, history, START, 0, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_VALUE);
  g_clear_error (&error);
  g_assert_false (rp_plan_command_repeat_week (plan, history, START, RP_MAX_WEEKS, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_false (rp_plan_command_clear_week (plan, history, START + 7, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_NO_WORKOUT);
  g_clear_error (&error);
  g_assert_false (rp_plan_command_down_week (plan, history, START - 7, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE);
  g_clear_error (&error);
  g_assert_false (rp_history_can_undo (history));
  g_assert_true (rp_plan_equal (plan, before));

  /* The calendar's last week cannot be repeated past 2200. */
  edge = rp_plan_new (last_week, 1);
  rp_planner_fill (edge);
  place (edge, last_week, RP_KIND_TEMPO, 8000);
  g_assert_false (rp_plan_command_repeat_week (edge, NULL, last_week, 1, &error));
  g_assert_error (error, RP_LIMITS_ERROR, RP_LIMITS_ERROR_DATE_RANGE);
  g_clear_error (&error);
  g_assert_cmpuint (rp_plan_get_n_weeks (edge), ==, 1);
}

/* The chart, on an image: the band, the race flag, the hit-test. */

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4) &
         0xffffff;
}

static guint32
over_white (const double rgba[4],
            double       alpha)
{
  guint32 out = 0;

  for (guint c = 0; c < 3; c++)
    out = out << 8 | (guint32) lround (255 * (1 - alpha * rgba[3]) + 255 * rgba[c] * alpha * rgba[3]);
  return out;
}

static gboolean
close_to (guint32 a,
          guint32 b)
{
  for (guint shift = 0; shift < 24; shift += 8)
    if (ABS ((int) ((a >> shift) & 0xff) - (int) ((b >> shift) & 0xff)) > 3)
      return FALSE;
  return TRUE;
}

static void
test_chart (void)
{
  g_autoptr(RpPlan) plan = new_plan (4);
  g_autoptr(RpSeasonSummary) summary = NULL;
  g_autofree char *band = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  RpChartStyle style;
  RpChartLayout layout;
  RpDate from = START, to;
  const int width = 800, height = 300;
  double column;
  guint n, race_col, band_col = G_MAXUINT;

  g_assert_true (rp_plan_command_build_season (plan, NULL, START, RACE_DAY, MARATHON, 40000,
                                               NULL));
  summary = rp_season_summary_new (plan);
  g_assert_cmpuint (summary->n_weeks, ==, rp_plan_get_n_weeks (plan));
  /* The whole plan: the season and the 3 weeks of return. */
  n = summary->n_weeks;
  g_assert_cmpuint (n, ==, 22);
  to = START + 7 * (n - 1) + 3;
  race_col = week_of (plan, RACE_DAY);
  g_assert_true (summary->weeks[race_col].race);

  rp_chart_style_init_default (&style);
  style.background[0] = style.background[1] = style.background[2] = style.background[3] = 1;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  rp_chart_season_draw_summary (cr, summary, RP_UNIT_KM, from, to, width, height, &style);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  rp_chart_season_get_layout (width, height, &layout);
  column = layout.plot.width / n;

  /* The band of a week with 4 weeks behind it: its top edge shaded,
   * just above it not. */
  for (guint w = 4; w < n && band_col == G_MAXUINT; w++)
    if (summary->weeks[w].chronic > 0 && !summary->weeks[w].race)
      band_col = w;
  g_assert_cmpuint (band_col, !=, G_MAXUINT);
  {
    int x = (int) (layout.plot.x + band_col * column + 2);
    double top = rp_chart_season_load_y (summary, &layout, 1.3 * summary->weeks[band_col].chronic);

    g_assert_true (close_to (pixel (surface, x, (int) ceil (top) + 1), over_white (style.accent, 0.22)));
    g_assert_cmphex (pixel (surface, x, (int) floor (top) - 2), ==, 0xffffff);
  }

  /* The race week's flag, on top of its column, in the race colour. */
  {
    int x = (int) (layout.plot.x + race_col * column + 2);

    g_assert_true (close_to (pixel (surface, x, (int) layout.plot.y + 1),
                             over_white (style.classes[RP_INTENSITY_RACE], 1)));
    g_assert_cmphex (pixel (surface, (int) (layout.plot.x + (race_col - 2) * column + 2),
                            (int) layout.plot.y + 1), ==, 0xffffff);
  }
  cairo_surface_destroy (surface);

  /* Clicks: each column's week; nothing beside the plot. */
  for (guint w = 0; w < n; w++)
    g_assert_cmpuint (rp_chart_season_week_at (START, from, to, width,
                                               layout.plot.x + (w + 0.5) * column),
                      ==, START + 7 * w);
  g_assert_cmpuint (rp_chart_season_week_at (START, from, to, width, layout.plot.x - 2), ==,
                    RP_DATE_INVALID);
  g_assert_cmpuint (rp_chart_season_week_at (START, from, to, width, width - 1), ==,
                    RP_DATE_INVALID);
  /* The extent of each column is where a click finds it, in a window of
   * the weeks too (a scrolled widget's); none off that window. */
  for (guint w = 0; w < n; w++)
    {
      RpDate win_from = START + 7 * 5, win_to = START + 7 * 14 + 6;
      RpDate week = START + 7 * w;
      double x, col_w;
      gboolean shown = rp_chart_season_get_week_extent (START, win_from, win_to, width, week,
                                                        &x, &col_w);

      g_assert_cmpint (shown, ==, w >= 5 && w <= 14);
      if (!shown)
        continue;
      g_assert_cmpfloat_with_epsilon (col_w, layout.plot.width / 10, 1e-9);
      g_assert_cmpuint (rp_chart_season_week_at (START, win_from, win_to, width, x + 0.5), ==,
                        week);
      g_assert_cmpuint (rp_chart_season_week_at (START, win_from, win_to, width, x + col_w - 0.5),
                        ==, week);
    }
  /* A window of weeks fits the width at the columns asked for. */
  g_assert_cmpuint (rp_chart_season_fit_weeks (width, 16), ==,
                    (guint) floor (layout.plot.width / 16));
  g_assert_cmpuint (rp_chart_season_fit_weeks (10, 16), ==, 1);
  band = rp_chart_season_format_band_label ();
  g_assert_cmpstr (band, ==, "ACWR 0.8–1.3 (heuristic)");
}

/* The command line. */

static void
test_cli (CliFixture    *fixture,
          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "p.runplan.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(RpPlan) plan = NULL;
  CliResult *r;

  r = run_cli (fixture, "new", "p.runplan.json", "--start", "2026-12-07", "--weeks", "4",
               "--volume", "40");
  g_assert_cmpint (r->status, ==, 0);
  cli_result_free (r);

  r = run_cli (fixture, "season", "p.runplan.json", "--race", "2027-04-18", "marathon",
               "--volume", "40", "--from", "2026-12-09");
  g_assert_cmpint (r->status, ==, 0);
  g_assert_nonnull (strstr (r->out, "2026-12-07  44.0 km  Build: +10 %\n"));
  g_assert_nonnull (strstr (r->out, "Down week\n"));
  g_assert_nonnull (strstr (r->out, "  Taper: 2 weeks to the race\n"));
  g_assert_nonnull (strstr (r->out, "2027-04-12  "));
  g_assert_nonnull (strstr (r->out, "  Race week\n"));
  cli_result_free (r);

  plan = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (has_race (plan, RACE_DAY, MARATHON));
  g_clear_object (&plan);

  r = run_cli (fixture, "week", "down", "p.runplan.json", "2026-12-28");
  g_assert_cmpint (r->status, ==, 1);
  g_assert_true (g_str_has_prefix (r->err, "p.runplan.json: The week is a down week already"));
  cli_result_free (r);

  r = run_cli (fixture, "add", "p.runplan.json", "2026-12-08", "tempo", "--distance", "8");
  g_assert_cmpint (r->status, ==, 0);
  cli_result_free (r);
  r = run_cli (fixture, "week", "repeat", "p.runplan.json", "2026-12-07", "2");
  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->out, ==, "p.runplan.json: the week of 2026-12-07 repeated 2 times\n");
  cli_result_free (r);
  r = run_cli (fixture, "week", "copy", "p.runplan.json", "2026-12-07", "2027-01-04");
  g_assert_cmpint (r->status, ==, 0);
  cli_result_free (r);
  r = run_cli (fixture, "week", "clear", "p.runplan.json", "2026-12-14");
  g_assert_cmpint (r->status, ==, 0);
  g_assert_cmpstr (r->out, ==, "p.runplan.json: your workouts of the week of 2026-12-14 removed\n");
  cli_result_free (r);

  plan = rp_plan_file_load (file, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (n_pinned (plan, START), ==, 1);
  g_assert_cmpuint (n_pinned (plan, START + 7), ==, 0);
  g_assert_cmpuint (n_pinned (plan, START + 14), ==, 1);
  g_assert_cmpuint (n_pinned (plan, START + 28), ==, 1);

  /* Usage and data errors. */
  r = run_cli (fixture, "week", "clear", "p.runplan.json", "2026-12-14");
  g_assert_cmpint (r->status, ==, 1);
  cli_result_free (r);
  r = run_cli (fixture, "week", "fold", "p.runplan.json", "2026-12-14");
  g_assert_cmpint (r->status, ==, 2);
  cli_result_free (r);
  r = run_cli (fixture, "week", "repeat", "p.runplan.json", "2026-12-14", "x");
  g_assert_cmpint (r->status, ==, 2);
  cli_result_free (r);
  r = run_cli (fixture, "season", "p.runplan.json", "--volume", "40");
  g_assert_cmpint (r->status, ==, 2);
  cli_result_free (r);
  r = run_cli (fixture, "season", "p.runplan.json", "--race", "2026-11-01", "10k",
               "--from", "2026-12-07");
  g_assert_cmpint (r->status, ==, 1);
  g_assert_true (g_str_has_prefix (r->err, "p.runplan.json: "));
  cli_result_free (r);
  r = run_cli (fixture, "season", "missing.json", "--race", "2027-04-18", "10k");
  g_assert_cmpint (r->status, ==, 1);
  g_assert_nonnull (strstr (r->err, "missing.json"));
  cli_result_free (r);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/season/marathon", test_marathon);
  g_test_add_func ("/season/runner-targets-kept", test_runner_targets_kept);
  g_test_add_func ("/season/file-round-trip", test_file_round_trip);
  g_test_add_func ("/season/refusals", test_refusals);
  g_test_add_func ("/season/week-ops", test_week_ops);
  g_test_add_func ("/season/week-refusals", test_week_refusals);
  g_test_add_func ("/season/chart", test_chart);
  g_test_add ("/season/cli", CliFixture, NULL, cli_fixture_set_up, test_cli,
              cli_fixture_tear_down);

  return g_test_run ();
}
