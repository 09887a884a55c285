#!/bin/sh
# Installs what is missing, builds Run Planner and starts it on the user's
# default plan (or on FILE). Usage: build-aux/run.sh [FILE]
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

build-aux/install-deps.sh
[ -f _build/build.ninja ] || meson setup _build -Dbuildtype=debugoptimized
ninja -C _build

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run-planner: no display to open; run it under a virtual one:" >&2
  echo "  xvfb-run -a build-aux/run.sh" >&2
  exit 1
fi

# The uninstalled binary's settings schema, compiled into the build tree.
export GSETTINGS_SCHEMA_DIR="$top/_build/data"
exec _build/src/ui/run-planner "$@"
