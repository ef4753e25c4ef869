#!/bin/bash
# Start-up benchmark: smtp-tutor against a bare Qt Widgets window from the same build, N runs
# each (measure.py: launch -> first frame, launch -> complete window, peak RSS, and the ratios;
# target at most 1.25x). Then the transcript responsiveness benchmark.
#   bench/startup/run.sh [BUILD_DIR] [N]      (default build-gui, 15 runs; needs a display or xvfb-run)
set -euo pipefail
BUILD=${1:-$(dirname "$0")/../../build-gui}
N=${2:-15}
if [ -z "${DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"
fi
export XDG_CONFIG_HOME=$(mktemp -d)   # a first launch every time, no saved window state
trap 'rm -rf "$XDG_CONFIG_HOME"' EXIT
python3 "$(dirname "$0")/measure.py" "$BUILD" "$N"
echo
"$BUILD/bin/bench_gui_responsiveness"
