#!/bin/sh
# test-readme.sh
#
# Copyright 2026 The Run Planner authors
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The README's quick start as a newcomer runs it: exactly two commands; the
# first opens the app's window on the default plan (here on the test run's
# virtual display, with a home of its own), and says how to run it without
# a display. The second is the command this suite runs under, so it is
# only checked to be the one .ci/run calls. TAP output.

set -u

top=${G_TEST_SRCDIR:?}/../..
n=0
failed=0

ok () {
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok () {
  n=$((n + 1))
  failed=$((failed + 1))
  echo "not ok $n - $1"
  shift
  # Each line of each argument as a TAP comment: a log's lines too.
  for text in "$@"; do
    printf '%s\n' "$text" | sed 's/^/# /'
  done
}

echo "1..5"

# The commands of the quick start: the lines of its sh block.
commands=$(sed -n '/^## Quick start/,/^## /p' "$top/README.md" \
           | sed -n '/^```sh/,/^```/p' | grep -v '^```' | sed 's/ *#.*//')
count=$(printf '%s\n' "$commands" | grep -c .)
run_cmd=$(printf '%s\n' "$commands" | sed -n 1p)
test_cmd=$(printf '%s\n' "$commands" | sed -n 2p)
if [ "$count" -eq 2 ]; then
  ok "the quick start has exactly two commands"
else
  not_ok "the quick start has exactly two commands" "found $count: $commands"
fi

if grep -q "exec $test_cmd\$" "$top/.ci/run"; then
  ok ".ci/run calls the README's test command ($test_cmd)"
else
  not_ok ".ci/run calls the README's test command ($test_cmd)"
fi

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT INT TERM
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
       XDG_CACHE_HOME="$home/cache" XDG_STATE_HOME="$home/state"

# Without a display: exit 1 and the hint to use xvfb-run.
out=$(cd "$top" && env -u DISPLAY -u WAYLAND_DISPLAY sh -c "$run_cmd" 2>&1)
status=$?
if [ "$status" -eq 1 ] && printf '%s' "$out" | grep -q 'xvfb-run'; then
  ok "without a display the run command exits 1 and names xvfb-run"
else
  not_ok "without a display the run command exits 1 and names xvfb-run" \
         "status $status" "$out"
fi

# With the display: a window appears and the default plan is created.
# The command runs in a process group of its own, so that stopping it also
# stops a build it may still be running. It may have to build: wait long.
(cd "$top" && exec setsid sh -c "exec $run_cmd") >"$home/run.log" 2>&1 &
pid=$!
window=""
plan="$home/data/run-planner/plan.json"
i=0
while [ $i -lt 2400 ] && kill -0 "$pid" 2>/dev/null; do
  window=$(xwininfo -root -children 2>/dev/null | grep '"Run Planner"' | head -n 1)
  [ -n "$window" ] && [ -f "$plan" ] && break
  sleep 0.1
  i=$((i + 1))
done
# A run command that ended early says how: its exit status (128 + N for
# signal N) goes with its log.
ended=""
if ! kill -0 "$pid" 2>/dev/null; then
  wait "$pid"
  ended="the run command ended with status $? after $((i / 10)) s"
fi
if [ -n "$window" ]; then
  ok "the run command opens the Run Planner window"
else
  not_ok "the run command opens the Run Planner window" \
         "${ended:-no window after $((i / 10)) s}" "$(tail -n 20 "$home/run.log")"
fi
if [ -f "$plan" ] && grep -q '"format" *: *"run-planner-plan"' "$plan"; then
  ok "the app created the default plan"
else
  not_ok "the app created the default plan" "no plan at $plan"
fi
kill -TERM -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null
wait "$pid" 2>/dev/null

[ "$failed" -eq 0 ]
