#!/bin/sh
# screenshot.sh: builds Run Planner, opens a demo plan with a filled week
# under Xvfb and saves the screen as docs/screenshot.png (or $1).
# VIEW=month shows the month, VIEW=season the season chart of a marathon
# season built on the plan (a race 18 weeks out); SCREENSHOT_KEYS="ctrl+comma" presses keys first;
# WIDTH and HEIGHT size the screen and the window (1360 × 900).
#
# Copyright 2026 The Run Planner authors
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

src=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$src/build-screenshot}
out=${1:-$src/docs/screenshot.png}
width=${WIDTH:-1360}
height=${HEIGHT:-900}

if [ ! -f "$build/build.ninja" ]; then
  meson setup "$build" "$src" -Dgui_tests=false >/dev/null
fi
ninja -C "$build" src/ui/run-planner src/cli/run-planner-cli data/gschemas.compiled >/dev/null

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM
mkdir -p "$home/data/run-planner" "$home/config/glib-2.0/settings"

# The window fills the virtual screen exactly (no window manager there).
cat > "$home/config/glib-2.0/settings/keyfile" <<KEYFILE
[io/github/runplanner/RunPlanner]
window-width=$width
window-height=$height
view='${VIEW:-week}'
KEYFILE

# A demo week: intervals on Tuesday, tempo on Thursday, a long run on Sunday.
plan=$home/data/run-planner/plan.json
cli=$build/src/cli/run-planner-cli
set -- $(python3 -c '
import datetime
t = datetime.date.today()
m = t - datetime.timedelta(days=t.weekday())
print(" ".join((m + datetime.timedelta(days=d)).isoformat() for d in (0, 1, 3, 6)))')
monday=$1 tuesday=$2 thursday=$3 sunday=$4
"$cli" new "$plan" --start "$monday" --weeks 8 --goal half --volume 50km --race 10k 44:30 >/dev/null
"$cli" add "$plan" "$tuesday" intervals >/dev/null
"$cli" add "$plan" "$thursday" tempo --distance 9km >/dev/null
"$cli" add "$plan" "$sunday" long --distance 16km >/dev/null
if [ "${VIEW:-week}" = season ]; then
  race=$(python3 -c '
import datetime
t = datetime.date.today()
print((t - datetime.timedelta(days=t.weekday()) + datetime.timedelta(weeks=18, days=6)).isoformat())')
  "$cli" season "$plan" --race "$race" marathon --volume 45km >/dev/null
fi

cat > "$home/shoot.sh" <<SHOOT
#!/bin/sh
"$build/src/ui/run-planner" &
pid=\$!
sleep 5
for key in ${SCREENSHOT_KEYS:-}; do
  xdotool key \$key
  sleep 1
done
import -window root "$out"
kill \$pid
wait \$pid 2>/dev/null || true
SHOOT
chmod +x "$home/shoot.sh"

HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config \
XDG_CACHE_HOME=$home/cache GSETTINGS_BACKEND=keyfile GSK_RENDERER=cairo \
GSETTINGS_SCHEMA_DIR=$build/data \
  xvfb-run -a -s "-screen 0 ${width}x${height}x24" dbus-run-session -- "$home/shoot.sh" 2>/dev/null

echo "screenshot: $out"
