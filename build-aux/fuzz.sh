#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan, and
# runs each for SECONDS (default 30), seeded from the corpora in the source
# tree. New corpus entries go to a temporary directory, never into git; a
# crash's input is kept under BUILDDIR/fuzz-artifacts/ for a regression case.
# Prints "fuzz-NAME: N executions, N crashes" per target and exits non-zero
# if any target crashed (or failed to build or run).
#
# Usage: build-aux/fuzz.sh [SECONDS]
#   FUZZ_BUILDDIR   build directory (default: build-fuzz in the source tree)
#   FUZZ_TARGETS    the targets to run (default: all of them)
set -u

duration=${1:-30}
case "$duration" in
  ''|*[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

top=$(cd "$(dirname "$0")/.." && pwd)
builddir=${FUZZ_BUILDDIR:-$top/build-fuzz}

# rp-core gets the coverage instrumentation (fuzzer-no-link) so libFuzzer can
# steer into the loader; only the targets link libFuzzer itself. Sanitizers
# on clang need b_lundef off. The GUI tests need a display: not here.
if [ ! -f "$builddir/build.ninja" ]; then
  CC=clang meson setup "$builddir" "$top" \
    -Dfuzzing=true \
    -Db_sanitize=address,undefined \
    -Db_lundef=false \
    -Dc_args=-fsanitize=fuzzer-no-link \
    -Dgui_tests=false || exit 1
fi

targets=${FUZZ_TARGETS:-"fuzz-parse fuzz-plan-load fuzz-fit-decode fuzz-import-csv"}
# shellcheck disable=SC2046
ninja -C "$builddir" $(for t in $targets; do echo "tests/fuzz/$t"; done) || exit 1

work=$(mktemp -d "${TMPDIR:-/tmp}/rp-fuzz.XXXXXX") || exit 1
trap 'rm -rf "$work"' EXIT INT TERM
artifacts="$builddir/fuzz-artifacts"
mkdir -p "$artifacts"

# seeds NAME: the read-only seed directories of a target.
seeds () {
  case "$1" in
    fuzz-parse) echo "$top/tests/fuzz/corpus-parse" ;;
    fuzz-plan-load) echo "$top/tests/fuzz/corpus-plan $top/tests/data/good $top/tests/data/bad" ;;
    fuzz-fit-decode) echo "$top/tests/fuzz/corpus-fit" ;;
    fuzz-import-csv) echo "$top/tests/fuzz/corpus-import-csv" ;;
  esac
}

status=0
for t in $targets; do
  corpus="$work/$t"
  log="$work/$t.log"
  mkdir -p "$corpus" "$work/$t-seeds"
  # Only regular, readable files of modest size seed the run: the bad-file
  # collection may hold FIFOs, unreadable or huge files made on purpose.
  for d in $(seeds "$t"); do
    [ -d "$d" ] || continue
    find "$d" -type f -readable -size -1024k \
      -exec cp -t "$work/$t-seeds" --backup=numbered {} + 2>/dev/null
  done

  # The first directory receives new inputs; the seed directories are read.
  # Leak reports are real here too, so detect_leaks stays on.
  G_DEBUG=fatal-warnings \
  ASAN_OPTIONS=abort_on_error=1:detect_leaks=1 \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS="suppressions=$top/tests/lsan.supp:print_suppressions=0" \
    "$builddir/tests/fuzz/$t" "$corpus" "$work/$t-seeds" \
      -max_total_time="$duration" \
      -print_final_stats=1 \
      -timeout=10 \
      -rss_limit_mb=2048 \
      -artifact_prefix="$artifacts/$t-" \
      -dict="$top/tests/fuzz/$t.dict" \
      >"$log" 2>&1
  rc=$?

  execs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9][0-9]*\).*/\1/p' "$log" | tail -n 1)
  crashes=0
  if [ "$rc" -ne 0 ] || [ -z "$execs" ]; then
    crashes=1
    status=1
    echo "---- $t (exit $rc), last lines of its log:" >&2
    tail -n 40 "$log" >&2
    sed -n 's/.*Test unit written to \(.*\)/  artifact: \1/p' "$log" >&2
  fi
  echo "$t: ${execs:-0} executions, $crashes crashes"
done

exit $status
