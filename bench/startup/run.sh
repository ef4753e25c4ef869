#!/bin/bash
# Start-up benchmark: smtp-tutor against a bare Qt Widgets window from the same build, each run
# N times until its first paint. Reports the median wall time and the median peak RSS
# (/usr/bin/time -v), and the ratios (target: at most 1.25x on both). Then the transcript benchmark.
#   bench/startup/run.sh [BUILD_DIR] [N]      (default build-gui, 15 runs; needs a display or xvfb-run)
set -euo pipefail
BUILD=${1:-$(dirname "$0")/../../build-gui}
N=${2:-15}
if [ -z "${DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi
export XDG_CONFIG_HOME=$(mktemp -d)   # a first launch every time, no saved window state
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT

measure() { # prints "wall_ms rss_kb cpu_ms" per run (cpu = user + system, 10 ms resolution)
  for _ in $(seq "$N"); do
    /usr/bin/time -v "$@" --quit-after-first-paint 2>&1 >/dev/null | awk '
      /Elapsed \(wall clock\)/ { split($NF, t, ":"); ms = (t[1] * 60 + t[2]) * 1000 }
      /Maximum resident set size/ { rss = $NF }
      /User time \(seconds\)/ { cpu += $NF * 1000 }
      /System time \(seconds\)/ { cpu += $NF * 1000 }
      END { printf "%d %d %d\n", ms, rss, cpu }'
  done
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

bare=$(measure "$BUILD/bin/bench_bare_window")
app=$(measure "$BUILD/bin/smtp-tutor")
bare_ms=$(echo "$bare" | cut -d' ' -f1 | median); bare_kb=$(echo "$bare" | cut -d' ' -f2 | median)
app_ms=$(echo "$app" | cut -d' ' -f1 | median);  app_kb=$(echo "$app" | cut -d' ' -f2 | median)
bare_cpu=$(echo "$bare" | cut -d' ' -f3 | median); app_cpu=$(echo "$app" | cut -d' ' -f3 | median)
echo "runs: $N (median); machine load: $(cut -d' ' -f1 /proc/loadavg)"
printf "bare Qt window : %5d ms wall  %5d ms CPU  %6d KiB peak RSS\n" "$bare_ms" "$bare_cpu" "$bare_kb"
printf "smtp-tutor     : %5d ms wall  %5d ms CPU  %6d KiB peak RSS\n" "$app_ms" "$app_cpu" "$app_kb"
awk -v a="$app_ms" -v b="$bare_ms" -v ar="$app_kb" -v br="$bare_kb" 'BEGIN {
  printf "ratio          : %.2fx wall time, %.2fx memory (target <= 1.25x)\n", (b ? a / b : 0), ar / br }'
echo
"$BUILD/bin/bench_gui_responsiveness"
