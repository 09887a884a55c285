#!/bin/sh
# Builds Run Planner for speed (buildtype=release, in build-bench/) and runs
# every benchmark, printing each figure with its target, one per line:
#   fill-520-weeks: 1.80 ms (target <= 5.00 ms) ok
# The figures are information, not tests: the script exits 0 whatever they
# are (1 only if the build fails). Results: docs/benchmarks.md.
#
# Usage: build-aux/bench.sh [--quick]   (--quick: fewer iterations, 3 GUI runs)
set -u

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1
dir=build-bench

quick=""
runs=5
if [ "${1:-}" = "--quick" ]; then
  quick="--quick"
  runs=3
fi

build-aux/install-deps.sh || exit 1

if [ -f "$dir/build.ninja" ]; then
  meson configure "$dir" -Dbuildtype=release >/dev/null || exit 1
else
  meson setup "$dir" -Dbuildtype=release >/dev/null || exit 1
fi
ninja -C "$dir" >/dev/null || { echo "bench.sh: the build failed" >&2; exit 1; }
# The uninstalled GUI finds its settings schema here.
export GSETTINGS_SCHEMA_DIR="$top/$dir/data"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

echo "== machine: $(nproc) cores, $(uname -r), $(date -u +%Y-%m-%d), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "== core (issue 3, Speed): 10-year plan, median of many runs"
RP_CLI="$dir/src/cli/run-planner-cli" LC_ALL=C.UTF-8 TZ=UTC \
  "$dir/tests/bench/bench-core" $quick

echo "== exports (issue 11): 10-year plan, median of several runs (wall and CPU time)"
RP_CLI="$dir/src/cli/run-planner-cli" LC_ALL=C.UTF-8 TZ=UTC \
  "$dir/tests/bench/bench-export" $quick

echo "== season chart (issue 11): 10-year plan, one frame per scroll step"
LC_ALL=C.UTF-8 TZ=UTC "$dir/tests/bench/bench-season" $quick

# The same 10-year plan as a file, for the CLI cross-check and the GUI.
"$dir/tests/bench/bench-core" --write-plan "$tmp/plan.json" || exit 1
if [ -x /usr/bin/time ]; then
  kib=$(/usr/bin/time -f %M "$dir/src/cli/run-planner-cli" show "$tmp/plan.json" 2>&1 >/dev/null | tail -n 1)
  echo "cli-show-peak-rss-by-time: $((kib / 1024)) MiB (/usr/bin/time -f %M; target <= 40 MiB)"
fi

echo "== GUI (issue 4, Speed): exec to first MapNotify, median of $runs, under Xvfb"
if [ -x "$dir/src/ui/run-planner" ]; then
  xvfb-run -a -s "-screen 0 1920x1200x24" dbus-run-session -- \
    "$dir/tests/bench/bench-startup" --runs "$runs" \
    "$dir/tests/bench/minimal-window" "$dir/src/ui/run-planner" "$tmp/plan.json" 2>/dev/null
else
  echo "startup: not measured ($dir/src/ui/run-planner is not built)"
fi

# frames_bench NAME WHAT: runs tests/bench/NAME in a home of its own under
# Xvfb, with GTK's default renderer and with cairo. Xvfb has no GPU: the
# default GL renderer runs on Mesa's software rasterizer there, so the
# cairo renderer's figure is given as well.
frames_bench () {
  if [ ! -x "$dir/tests/bench/$1" ]; then
    echo "$2: not measured (the GUI library is not built)"
    return
  fi
  for renderer in "" cairo; do
    env ${renderer:+GSK_RENDERER=$renderer} \
      XDG_DATA_HOME="$tmp/data" XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache" \
      GSETTINGS_BACKEND=memory xvfb-run -a -s "-screen 0 1920x1200x24" dbus-run-session -- \
      "$dir/tests/bench/$1" 2>/dev/null
  done
}

echo "== GUI (issue 4, Speed): edit to the next painted frame, 10-year plan open"
frames_bench bench-frames frames

echo "== GUI (issue 11): the season view's frames, 10-year plan open"
frames_bench bench-season-view "season view"
exit 0
