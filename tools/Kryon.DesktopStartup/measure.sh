#!/usr/bin/env bash
# Desktop platform figures (issue 7): time from process start to the first presented frame of
# examples/hello.kry, and the CPU an idle window uses over 10 s.
#
#   tools/Kryon.DesktopStartup/measure.sh [runs] -- <kryon command…>
#   e.g. measure.sh 7 -- dotnet /tmp/art/bin/Kryon.Cli/release/kryon.dll
#        measure.sh 7 -- /tmp/kryon-r2r/kryon                      (ReadyToRun publish)
#
# The app measures itself: KRYON_REPORT_FIRST_FRAME=1 makes it print "first frame presented N ms
# after process start" (from the kernel's process start time) once SDL_RenderPresent returned.
# Idle CPU: utime+stime from /proc/<pid>/stat, 10 s apart, with the window open and untouched.
# Uses its own Xvfb unless MEASURE_DISPLAY names a display to use.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}; shift || true
[ "${1:-}" = "--" ] && shift
[ $# -gt 0 ] || { echo "usage: $0 [runs] -- <kryon command>" >&2; exit 2; }
app=examples/hello.kry

if [ -n "${MEASURE_DISPLAY:-}" ]; then
  export DISPLAY=$MEASURE_DISPLAY
else
  n=$((RANDOM % 800 + 100))
  Xvfb ":$n" -screen 0 1024x768x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null || true' EXIT
  for _ in $(seq 100); do [ -S "/tmp/.X11-unix/X$n" ] && break; sleep 0.05; done
  export DISPLAY=":$n"
fi

# One run: start, read the first-frame line, optionally measure idle CPU, close with SIGTERM (the app stops in order).
run_once() {
  local idle=$1 err; shift; err=$(mktemp)
  KRYON_REPORT_FIRST_FRAME=1 "$@" run "$app" --platform desktop >/dev/null 2>"$err" &
  local pid=$!
  for _ in $(seq 400); do grep -q "first frame presented" "$err" && break; sleep 0.025; done
  sed -n 's/.*first frame presented \([0-9]*\) ms.*/\1/p' "$err"
  grep "first frame presented" "$err" | sed 's/^/  /' >&2 || true
  if [ "$idle" = 1 ]; then
    sleep 1   # let start-up work (tiered JIT, GC) settle
    local hz a b; hz=$(getconf CLK_TCK)
    a=$(awk '{print $14+$15}' "/proc/$pid/stat"); sleep 10; b=$(awk '{print $14+$15}' "/proc/$pid/stat")
    echo "idle CPU over 10 s: $(( (b - a) * 1000 / hz )) ms of CPU = $(awk "BEGIN{printf \"%.2f\", ($b-$a)*100/$hz/10}") %" >&2
  fi
  kill -TERM $pid; wait $pid 2>/dev/null || true
  grep -v "first frame presented\|ran on the desktop" "$err" >&2 || true
  rm -f "$err"
}

times=()
for i in $(seq "$runs"); do times+=("$(run_once 0 "$@")"); done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
echo "first frame (ms after process start), $runs runs: $(echo $sorted | tr '\n' ' ')"
echo "median: $(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}') ms"
run_once 1 "$@" >/dev/null
