/* rp-text.h
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

/* Text from a file or a command line, made safe to show in a message or
 * on a terminal: always valid UTF-8, one line, and unable to move the
 * cursor, retitle or clear a terminal, or reorder what follows it.
 *
 * Newline, carriage return and tab become \n, \r and \t; the other C0
 * controls and DEL become \xNN; the C1 controls (U+0080–U+009F) and the
 * bidirectional embeddings, overrides and isolates (U+202A–U+202E,
 * U+2066–U+2069) become \uNNNN; a byte that is not part of valid UTF-8
 * (or a NUL inside len) becomes \xNN. Everything else, backslashes
 * included, is kept as it is, so escaping twice changes nothing.
 *
 * len: bytes of text, or -1 up to its NUL. max_bytes: when more than
 * this many bytes of text would be shown, the text is cut at a character
 * boundary and "…" appended; 0 for no limit. */
char *rp_text_escape (const char *text,
                      gssize      len,
                      gsize       max_bytes);

G_END_DECLS
