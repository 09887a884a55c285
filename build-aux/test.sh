#!/bin/sh
# Installs what is missing, builds Run Planner with warnings as errors and
# runs the whole test suite twice: a plain build, then one with
# AddressSanitizer and UndefinedBehaviorSanitizer. GUI tests run on a
# virtual X display with their own session bus. With CI set (or --fuzz),
# the libFuzzer targets run too. The last line is "N passed, N failed".
#
# Usage: build-aux/test.sh [--quick] [--fuzz] [-- MESON-TEST-ARGS...]
#   --quick   skip the sanitizer build
#   --fuzz    also run each fuzz target for 30 s (always on when CI is set)
set -u

top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top" || exit 1

quick=0
fuzz=0
[ -n "${CI:-}" ] && fuzz=1
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --fuzz) fuzz=1 ;;
    --) shift; break ;;
    *) echo "usage: $0 [--quick] [--fuzz] [-- MESON-TEST-ARGS...]" >&2; exit 2 ;;
  esac
  shift
done

build-aux/install-deps.sh || exit 1

passed=0
failed=0
status=0
digest=$(mktemp)
trap 'rm -f "$digest"' EXIT

# digest_failures DIR LOG: notes each test that LOG (meson's console
# output) calls failed, timed out or errored, with its failed checks and
# the last lines of its output, so that the end of a long CI log says what
# failed and why.
digest_failures () {
  sed -n 's#^ *[0-9]*/[0-9]* \(.*[^ ]\) *\(FAIL\|TIMEOUT\|ERROR\) .*#\1#p' "$2" \
    | sed 's/ *$//' >"$digest.names"
  awk -v dir="$1" -v names="$digest.names" '
    BEGIN { while ((getline line < names) > 0) failed[line] = 1 }
    /^=+ [0-9]+\/[0-9]+ =+$/ { flush(); name = ""; result = ""; n = 0; next }
    /^test: / { sub(/^test: +/, ""); name = $0; next }
    /^result: / { sub(/^result: +/, ""); result = $0; next }
    { lines[n++] = $0 }
    END { flush() }
    function flush(  i, from, shown) {
      if (!(name in failed)) return
      printf "%s: %s (%s)\n", dir, name, result
      shown = 0
      for (i = 0; i < n && shown < 10; i++)
        if (lines[i] ~ /^not ok|^Bail out|ERROR|CRITICAL/) { print "    " lines[i]; shown++ }
      print "    ... its last lines:"
      from = n > 15 ? n - 15 : 0
      for (i = from; i < n; i++) print "    " lines[i]
    }
  ' "$1/meson-logs/testlog.txt" >>"$digest"
  rm -f "$digest.names"
}

# setup DIR ARGS...: configures (or reconfigures) a build directory.
setup () {
  dir=$1; shift
  if [ -f "$dir/build.ninja" ]; then
    meson configure "$dir" "$@" >/dev/null && return 0
  fi
  rm -rf "$dir"
  meson setup "$dir" "$@"
}

# run_suite DIR: builds and tests DIR under Xvfb, adding meson's counts.
run_suite () {
  dir=$1; shift
  if ! ninja -C "$dir"; then
    echo "test.sh: build in $dir failed" >&2
    failed=$((failed + 1))
    status=1
    return
  fi
  log="$dir/test-summary.txt"
  xvfb-run -a -s "-screen 0 1920x1200x24" dbus-run-session -- \
    meson test -C "$dir" --print-errorlogs --num-processes 2 "$@" 2>&1 | tee "$log"
  ok=$(sed -n 's/^Ok: *\([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)
  bad=$(sed -n 's/^Fail: *\([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)
  timeouts=$(sed -n 's/^Timeout: *\([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)
  if [ -z "$ok" ]; then
    echo "test.sh: meson test in $dir printed no summary" >&2
    bad=$((${bad:-0} + 1))
  fi
  passed=$((passed + ${ok:-0}))
  failed=$((failed + ${bad:-0} + ${timeouts:-0}))
  if [ "${bad:-0}" -ne 0 ] || [ "${timeouts:-0}" -ne 0 ] || [ -z "$ok" ]; then
    status=1
    digest_failures "$dir" "$log"
  fi
}

echo "== plain build (warnings are errors)"
setup _build --werror -Dbuildtype=debugoptimized || exit 1
run_suite _build "$@"

if [ "$quick" -eq 0 ]; then
  echo "== AddressSanitizer + UndefinedBehaviorSanitizer build"
  setup _build-asan --werror -Dbuildtype=debug -Db_sanitize=address,undefined -Db_lundef=false || exit 1
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 run_suite _build-asan "$@"
fi

if [ "$fuzz" -eq 1 ] && [ -x build-aux/fuzz.sh ]; then
  echo "== fuzzing"
  if build-aux/fuzz.sh 30; then
    passed=$((passed + 1))
  else
    failed=$((failed + 1))
    status=1
  fi
fi

if [ -s "$digest" ]; then
  echo "== what failed"
  cat "$digest"
fi
echo "$passed passed, $failed failed"
exit $status
