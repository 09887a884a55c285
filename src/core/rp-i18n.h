/* rp-i18n.h
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

#include <glib.h>

G_BEGIN_DECLS

/* The programs' locale and message catalogue: setlocale (LC_ALL, "") and
 * the run-planner text domain, read from RP_LOCALEDIR when it is set (the
 * build tree's po/, for tests and `meson devenv`), else the installed
 * LOCALEDIR. */
void rp_i18n_init (void);

G_END_DECLS
