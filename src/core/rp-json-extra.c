/* rp-json-extra.c
 *
 * Copyright 2026 The Run Planner authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "rp-json-extra"

#include "config.h"

#include "rp-json-extra.h"

JsonObject *
rp_json_extra_copy (JsonObject *extra)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) copy = NULL;

  if (extra == NULL)
    return NULL;

  node = json_node_init_object (json_node_alloc (), extra);
  copy = json_node_copy (node);

  return json_object_ref (json_node_get_object (copy));
}

static gboolean
is_empty (JsonObject *extra)
{
  return extra == NULL || json_object_get_size (extra) == 0;
}

gboolean
rp_json_extra_equal (JsonObject *a,
                     JsonObject *b)
{
  if (is_empty (a) || is_empty (b))
    return is_empty (a) && is_empty (b);

  return json_object_equal (a, b);
}
