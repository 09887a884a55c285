/* rp-json-scanner.h
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "rp-json-doc.h"

G_BEGIN_DECLS

/* Checks the bytes as strict RFC 8259 JSON (UTF-8, no BOM, one value,
 * no comments, unique keys, depth, string and number limits) and
 * records them in doc; doc->data points into data, which must outlive
 * it. Errors in RP_PLAN_FILE_ERROR, as "NAME:LINE:COL: message" or
 * "NAME: message". */
gboolean rp_json_scan (RpJsonDoc   *doc,
                       const char  *data,
                       gsize        len,
                       const char  *name,
                       GError     **error);

G_END_DECLS
