/* rp-window-private.h
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

#pragma once

#include "rp-document.h"
#include "rp-window.h"

G_BEGIN_DECLS

struct _RpWindow
{
  AdwApplicationWindow parent_instance;

  /* template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkWidget       *previous_button;
  GtkWidget       *today_button;
  GtkWidget       *next_button;
  GtkWidget       *undo_button;
  GtkWidget       *redo_button;
  GtkWidget       *menu_button;
  GtkWidget       *week_button;
  GtkWidget       *month_button;
  GtkWidget       *season_button;
  GtkRevealer     *info_revealer;
  GtkLabel        *info_label;
  GtkWidget       *info_button;
  RpPalette       *palette;
  GtkStack        *stack;
  RpWeekView      *week_view;
  RpMonthView     *month_view;
  RpSeasonView    *season_view;
  GtkWidget       *chart_box;
  GtkWidget       *chart;
  /* narrow windows (rp-window-adaptive.c) */
  AdwFlap         *flap;
  GtkWidget       *palette_button;
  GtkWidget       *palette_pane;
  GtkWidget       *palette_separator;
  AdwSqueezer     *nav_squeezer;
  AdwSqueezer     *undo_squeezer;
  AdwSqueezer     *view_squeezer;
  GtkRevealer     *bottom_bar;
  GtkWidget       *bottom_today_button;
  GtkWidget       *bottom_undo_box;
  GtkWidget       *bottom_view_box;
  GtkWidget       *bottom_undo_button;
  GtkWidget       *bottom_redo_button;
  guint            bottom_bar_idle;

  /* owned */
  RpDocument      *document;      /* the plan, its history and its file state */
  GSettings       *settings;
  struct _RpLeave *leave;         /* what waits for the unsaved changes (rp-window-dialogs.c) */
  GPtrArray       *clipboard;     /* RpWorkout copies (Ctrl+C of a day) */
  char            *last_message;
  gulong           changed_id;
  RpDate           week_start;
  gboolean         reload_asked;  /* a reload dialog is up */
  gboolean         leave_asked;   /* the unsaved-changes dialog is up */
  gboolean         may_close;     /* closing was confirmed: close_request lets it go */
  gboolean         in_close_request;

  /* the document's plan and history, as last notified (views use them) */
  RpPlan          *plan;
  RpHistory       *history;
};

/* rp-window-adaptive.c: the palette folds, header buttons move to a
 * bottom bar, in a narrow window */
void rp_window_adaptive_class_init (GtkWidgetClass *widget_class);
void rp_window_adaptive_init       (RpWindow   *self);
void rp_window_adaptive_dispose    (RpWindow   *self);
void rp_window_adaptive_show_palette (RpWindow *self,
                                      gboolean  shown);

/* rp-window-season.c: the season view, Build Season… and the week
 * operations (week.copy-to, week.repeat, week.clear, week.make-down) */
void rp_window_season_class_init   (GtkWidgetClass *widget_class);
void rp_window_season_init         (RpWindow   *self);

/* rp-window-dialogs.c */
void rp_window_dialogs_init        (RpWindow   *self);
void rp_window_dialogs_dispose     (RpWindow   *self);
void rp_window_show_message        (RpWindow   *self,
                                    const char *message);
void rp_window_show_error_dialog   (RpWindow   *self,
                                    const char *heading,
                                    const char *message);
void rp_window_show_info_banner    (RpWindow   *self,
                                    const char *message);
void rp_window_new_plan_action     (RpWindow   *self);
void rp_window_open_action         (RpWindow   *self);
void rp_window_save_as_action      (RpWindow   *self);
/* rp-window-import.c: Import… (plan.import) */
void rp_window_import_action       (RpWindow   *self);
gboolean rp_window_close_or_ask    (RpWindow   *self);
RpPlan *rp_window_make_empty_plan  (RpAthlete  *athlete);

G_END_DECLS
