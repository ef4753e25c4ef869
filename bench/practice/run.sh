#!/usr/bin/env bash
# Practice server benchmark: messages per second accepted from Postfix's own load generator,
# smtp-source (package postfix), against `smtp-tutor-cli serve` and against the test Postfix's
# smtpd, side by side in one run; then memory with 200 sessions open at once.
#
#   bench/practice/run.sh [path/to/smtp-tutor-cli]
#
# Environment: MESSAGES (2000), SESSIONS (20 in parallel), LENGTH (1000 payload bytes),
# RUNS (3; the median is reported). The test Postfix is the one tools/test started when
# SMTP_TUTOR_POSTFIX_PLAIN_PORT and SMTP_TUTOR_POSTFIX_DIR are set; otherwise (as root) this
# script starts its own with tools/postfix/start on ports 27325/27587/27465 (BENCH_POSTFIX_*_PORT)
# and stops it after.
# Everything runs on 127.0.0.1.
set -euo pipefail

ROOT=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")/../.." && pwd)
MESSAGES=${MESSAGES:-2000}
SESSIONS=${SESSIONS:-20}
LENGTH=${LENGTH:-1000}
RUNS=${RUNS:-3}
OPEN_SESSIONS=200
SMTP_SOURCE=${SMTP_SOURCE:-/usr/sbin/smtp-source}

die() { echo "bench/practice: $*" >&2; exit 1; }

CLI=${1:-${SMTP_TUTOR_CLI:-}}
if [[ -z $CLI ]]; then
  for candidate in "$ROOT"/build/bin/smtp-tutor-cli "$ROOT"/build-*/bin/smtp-tutor-cli; do
    [[ -x $candidate ]] && { CLI=$candidate; break; }
  done
fi
[[ -n $CLI && -x $CLI ]] || die "smtp-tutor-cli not found; build it or pass its path"
[[ -x $SMTP_SOURCE ]] || die "$SMTP_SOURCE is missing (package postfix)"

WORK=$(mktemp -d)
chmod 755 "$WORK" # the postfix user must reach the Postfix folder inside it
SERVE_PIDS=()
OWN_POSTFIX=
cleanup() {
  for pid in "${SERVE_PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${SERVE_PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n $OWN_POSTFIX ]]; then "$ROOT/tools/postfix/stop" "$OWN_POSTFIX" >/dev/null 2>&1 || true; fi
  rm -rf -- "$WORK"
}
trap cleanup EXIT

# start_serve NAME ARGS... : starts serve on a free port, sets SERVE_PORT and SERVE_PID.
start_serve() {
  local name=$1; shift
  XDG_DATA_HOME="$WORK/xdg" "$CLI" serve --listen 127.0.0.1:0 --scenario relay --max-connections 300 "$@" \
    >"$WORK/$name.out" 2>&1 &
  SERVE_PID=$!
  SERVE_PIDS+=("$SERVE_PID")
  for _ in $(seq 100); do
    grep -q '^Limits:' "$WORK/$name.out" 2>/dev/null && break
    sleep 0.1
  done
  SERVE_PORT=$(sed -n 's/^Listening on 127\.0\.0\.1:\([0-9]*\) .*/\1/p' "$WORK/$name.out" | head -1)
  [[ -n $SERVE_PORT ]] || die "serve did not start: $(cat "$WORK/$name.out")"
}

# Seconds (with milliseconds) that smtp-source needs for MESSAGES messages to 127.0.0.1:PORT.
time_source() {
  local port=$1 start end
  start=$(date +%s%N)
  "$SMTP_SOURCE" -l "$LENGTH" -m "$MESSAGES" -s "$SESSIONS" -f alice@example.com -t bob@example.com \
    "127.0.0.1:$port" >"$WORK/source.out" 2>&1 || die "smtp-source failed against port $port: $(tail -3 "$WORK/source.out")"
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

# Proportional set size (KiB) of a list of processes: shared pages counted once.
pss_kib() {
  local total=0 pid value
  for pid in "$@"; do
    value=$(awk '/^Pss:/ {print $2}' "/proc/$pid/smaps_rollup" 2>/dev/null || echo 0)
    total=$((total + ${value:-0}))
  done
  echo "$total"
}
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status"; }

# Postfix processes of one instance: its master and everything under it.
postfix_pids() {
  local master=$1
  echo "$master"
  ps -o pid= --ppid "$master" | tr -d ' '
}

# Holds OPEN_SESSIONS sessions open at once (each sends a message, waits 4 s, sends another)
# and samples memory while they are open. Prints "peak_open peak_kib".
open_sessions_memory() {
  local port=$1; shift
  local sampler=$1; shift
  "$SMTP_SOURCE" -d -s "$OPEN_SESSIONS" -m $((OPEN_SESSIONS * 2)) -w 4 -l 200 -f alice@example.com -t bob@example.com \
    "127.0.0.1:$port" >"$WORK/open.out" 2>&1 &
  local source_pid=$! peak=0 open=0 peak_open=0 value
  for _ in $(seq 40); do
    sleep 0.2
    open=$(ss -Htn state established "( sport = :$port )" | wc -l)
    value=$($sampler "$@")
    ((value > peak)) && peak=$value
    ((open > peak_open)) && peak_open=$open
  done
  wait "$source_pid" || true
  echo "$peak_open $peak"
}

# --- the test Postfix --------------------------------------------------------------------------
if [[ -n ${SMTP_TUTOR_POSTFIX_PLAIN_PORT:-} && -n ${SMTP_TUTOR_POSTFIX_DIR:-} ]]; then
  POSTFIX_PORT=$SMTP_TUTOR_POSTFIX_PLAIN_PORT
  POSTFIX_DIR=$SMTP_TUTOR_POSTFIX_DIR
else
  [[ $(id -u) -eq 0 ]] || die "no test Postfix (run under tools/test, or as root so this script can start one)"
  OWN_POSTFIX="$WORK/postfix"
  exports=$(SMTP_TUTOR_POSTFIX_PLAIN_PORT=${BENCH_POSTFIX_PLAIN_PORT:-27325} \
            SMTP_TUTOR_POSTFIX_SUBMISSION_PORT=${BENCH_POSTFIX_SUBMISSION_PORT:-27587} \
            SMTP_TUTOR_POSTFIX_SMTPS_PORT=${BENCH_POSTFIX_SMTPS_PORT:-27465} \
            "$ROOT/tools/postfix/start" "$OWN_POSTFIX") || die "tools/postfix/start failed"
  eval "$exports"
  POSTFIX_PORT=$SMTP_TUTOR_POSTFIX_PLAIN_PORT
  POSTFIX_DIR=$SMTP_TUTOR_POSTFIX_DIR
fi
POSTFIX_MASTER=$(head -1 "$(find "$POSTFIX_DIR" -name master.pid -path '*pid*' | head -1)" | tr -d ' ')
[[ -n $POSTFIX_MASTER ]] || die "cannot find the Postfix master's pid under $POSTFIX_DIR"
POSTFIX_LIMIT=$(postconf -c "$POSTFIX_DIR/etc" -h default_process_limit 2>/dev/null || echo "?")

# --- the practice server, logging every line to a file, and with --quiet ----------------------
start_serve full --log "$WORK/serve-full.log"
FULL_PORT=$SERVE_PORT FULL_PID=$SERVE_PID
start_serve quiet --quiet --log "$WORK/serve-quiet.log"
QUIET_PORT=$SERVE_PORT QUIET_PID=$SERVE_PID

echo "smtp-source -l $LENGTH -m $MESSAGES -s $SESSIONS, $RUNS runs each (median), $(nproc) CPU cores" >&2
declare -A SECONDS_OF
for target in postfix:$POSTFIX_PORT practice:$FULL_PORT practice-quiet:$QUIET_PORT; do
  name=${target%%:*} port=${target##*:}
  times=()
  time_source "$port" >/dev/null # warm-up
  for _ in $(seq "$RUNS"); do times+=("$(time_source "$port")"); done
  SECONDS_OF[$name]=$(median "${times[@]}")
  echo "  $name: ${times[*]} s" >&2
done

FULL_BEFORE=$(rss_kib "$FULL_PID")
read -r FULL_OPEN FULL_PEAK < <(open_sessions_memory "$FULL_PORT" rss_kib "$FULL_PID")
FULL_PSS=$(pss_kib "$FULL_PID")
read -r PF_OPEN PF_PEAK < <(open_sessions_memory "$POSTFIX_PORT" pss_kib $(postfix_pids "$POSTFIX_MASTER"))

rate() { echo "scale=0; $MESSAGES / $1" | bc; }
printf '\n| server | %s messages (s, median of %s) | messages/s |\n|---|---|---|\n' "$MESSAGES" "$RUNS"
printf '| Postfix 3.7 smtpd (test instance, queue on disk, process limit %s) | %s | %s |\n' \
  "$POSTFIX_LIMIT" "${SECONDS_OF[postfix]}" "$(rate "${SECONDS_OF[postfix]}")"
printf '| practice server, transcript of every line to a file | %s | %s |\n' \
  "${SECONDS_OF[practice]}" "$(rate "${SECONDS_OF[practice]}")"
printf '| practice server, --quiet | %s | %s |\n' \
  "${SECONDS_OF[practice-quiet]}" "$(rate "${SECONDS_OF[practice-quiet]}")"
printf '\n| memory with %s sessions opened at once | sessions seen open | peak |\n|---|---|---|\n' "$OPEN_SESSIONS"
printf '| practice server (one process; RSS idle after the rate runs: %s KiB) | %s | %s KiB RSS (PSS now %s KiB) |\n' \
  "$FULL_BEFORE" "$FULL_OPEN" "$FULL_PEAK" "$FULL_PSS"
printf '| Postfix master + children (PSS summed) | %s | %s KiB PSS |\n' "$PF_OPEN" "$PF_PEAK"
