#!/usr/bin/env bash
# Runs every libFuzzer harness (tests/fuzz/fuzz_*.cpp) for SECONDS each and prints a table:
# harness, executions, coverage (libFuzzer's cov: edges and ft: features at the end of the run),
# corpus size and findings.
#
#   bench/fuzz/run.sh SECONDS [HARNESS...]
#
# Builds build-fuzz/ first (clang, -DSMTP_TUTOR_FUZZ=ON; ninja rebuilds only what changed).
# Runs SMTP_TUTOR_FUZZ_JOBS harnesses at once (default: the number of cores); SMTP_TUTOR_FUZZ_NICE
# (default 0) is the nice level for each. The growing corpus lives in build-fuzz/corpus/<harness>/
# and is kept between runs; the seeds in tests/fuzz/corpus/<harness>/ are read, never written.
# Each harness's log is build-fuzz/logs/<harness>.log; a finding is written to
# build-fuzz/artifacts/<harness>-{crash,leak,timeout,oom,slow-unit}-<sha1>.
# The table is also written to build-fuzz/logs/summary.txt.
# Exit status: 0 no findings, 1 a harness found a problem (or could not run), 2 usage error.
#
# SMTP_TUTOR_FUZZ_RUNS=N stops each harness after N inputs (libFuzzer -runs) if SECONDS has not
# run out first. SMTP_TUTOR_FUZZ_SEED=S makes a run repeatable: libFuzzer's random seed is S,
# Qt's hash seed is 0, the corpus is not re-read on a timer, and it starts from the committed
# seeds only (in a scratch directory, build-fuzz/corpus-seeded/<harness>/, emptied first), as on
# a fresh clone. Two such runs on one machine try the same inputs; on another machine libFuzzer
# may read seeds of equal size in another order, so the search can differ a little there.
#
# tools/test runs the repeatable form (seed 1, SMTP_TUTOR_FUZZ_RUNS inputs, 30000 by default) as
# its fuzzing phase, so its verdict does not depend on the machine's speed; a long campaign that
# searches for new findings is this command with a large SECONDS (see docs/testing.md).
set -euo pipefail

source "$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)/../../tools/lib/common.sh"
cd "$SMTP_TUTOR_ROOT"

usage() {
  sed -n '2,25p' "$0" | sed 's/^# \{0,1\}//'
  exit "${1:-2}"
}
[[ ${1:-} == -h || ${1:-} == --help ]] && usage 0
(($# >= 1)) || usage
SECONDS_EACH=$1
shift
[[ $SECONDS_EACH =~ ^[1-9][0-9]*$ ]] || st_die "SECONDS must be a whole number above 0, not '$SECONDS_EACH'"
JOBS=${SMTP_TUTOR_FUZZ_JOBS:-$(nproc)}
NICE=${SMTP_TUTOR_FUZZ_NICE:-0}
[[ $JOBS =~ ^[1-9][0-9]*$ ]] || st_die "SMTP_TUTOR_FUZZ_JOBS must be a whole number above 0"
[[ $NICE =~ ^[0-9]+$ ]] || st_die "SMTP_TUTOR_FUZZ_NICE must be a whole number from 0 to 19"
RUNS=${SMTP_TUTOR_FUZZ_RUNS:-}
SEED=${SMTP_TUTOR_FUZZ_SEED:-}
[[ -z $RUNS || $RUNS =~ ^[1-9][0-9]*$ ]] || st_die "SMTP_TUTOR_FUZZ_RUNS must be a whole number above 0"
[[ -z $SEED || $SEED =~ ^[1-9][0-9]*$ ]] || st_die "SMTP_TUTOR_FUZZ_SEED must be a whole number above 0"
limits=(-max_total_time="$SECONDS_EACH")
[[ -n $RUNS ]] && limits+=(-runs="$RUNS")
corpus_root=build-fuzz/corpus
if [[ -n $SEED ]]; then
  # -reload=0: libFuzzer would otherwise re-read the corpus on a timer, which makes two runs
  # with the same seed differ.
  limits+=(-seed="$SEED" -reload=0)
  corpus_root=build-fuzz/corpus-seeded
  rm -rf "$corpus_root"
  export QT_HASH_SEED=0 # QHash's order would otherwise differ from run to run
fi

# Which harnesses: all of tests/fuzz, or the ones named.
shopt -s nullglob
sources=(tests/fuzz/fuzz_*.cpp)
shopt -u nullglob
names=()
for source in "${sources[@]}"; do
  names+=("$(basename "$source" .cpp)")
done
if (($# > 0)); then
  for wanted in "$@"; do
    [[ " ${names[*]} " == *" $wanted "* ]] || st_die "no harness called '$wanted' (there are: ${names[*]})"
  done
  names=("$@")
fi
if ((${#names[@]} == 0)); then
  echo "no fuzz harnesses in tests/fuzz yet"
  exit 0
fi

# Ninja decides what is out of date; a harness that does not compile is reported below.
st_build_fuzz || st_warn "the build of build-fuzz/ had errors"

mkdir -p "$corpus_root" build-fuzz/artifacts build-fuzz/logs
rm -f build-fuzz/logs/summary.txt
for name in "${names[@]}"; do
  [[ -x build-fuzz/fuzz/$name ]] || st_die "build-fuzz/fuzz/$name was not built (see the build output above)"
done

# run_one NAME: one harness for SECONDS_EACH; libFuzzer's exit status goes to logs/NAME.rc.
run_one() {
  local name=$1 corpus=$corpus_root/$1 seeds=() rc=0
  mkdir -p "$corpus"
  [[ -d tests/fuzz/corpus/$name ]] && seeds=("tests/fuzz/corpus/$name")
  # -timeout: one input may take 10 s (a hang is a finding); -rss_limit_mb: growth is one too.
  nice -n "$NICE" "build-fuzz/fuzz/$name" "${limits[@]}" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="build-fuzz/artifacts/$name-" "$corpus" "${seeds[@]}" \
    >"build-fuzz/logs/$name.log" 2>&1 || rc=$?
  echo "$rc" >"build-fuzz/logs/$name.rc"
}

# Artifacts before the run, so only this run's findings are counted.
declare -A before
for name in "${names[@]}"; do
  before[$name]=$(find build-fuzz/artifacts -maxdepth 1 -name "$name-*" | wc -l)
  rm -f "build-fuzz/logs/$name.rc"
done

st_say "fuzzing ${#names[@]} harness(es) for ${SECONDS_EACH}s${RUNS:+ or $RUNS inputs} each${SEED:+ (seed $SEED, from the committed seeds)}, $JOBS at a time"
for name in "${names[@]}"; do
  while (($(jobs -rp | wc -l) >= JOBS)); do
    wait -n || true
  done
  run_one "$name" &
done
wait
declare -A status
for name in "${names[@]}"; do
  status[$name]=$(cat "build-fuzz/logs/$name.rc" 2>/dev/null || echo '?')
done

# The table. libFuzzer's last status line reads "#N DONE cov: C ft: F corp: K/..."; a run that
# stopped at a finding has no DONE line, so the last line with cov: is taken.
any_failed=0
summary=build-fuzz/logs/summary.txt
{
  printf '%-24s %14s %8s %8s %8s  %s\n' harness executions cov ft corpus findings
  for name in "${names[@]}"; do
    log=build-fuzz/logs/$name.log
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
    last=$(grep -E '^#[0-9]+.*cov: [0-9]+' "$log" | tail -n 1 || true)
    [[ -n $execs ]] || execs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
    cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$last")
    ft=$(sed -nE 's/.*ft: ([0-9]+).*/\1/p' <<<"$last")
    corpus=$(find "$corpus_root/$name" -type f | wc -l)
    found=$(($(find build-fuzz/artifacts -maxdepth 1 -name "$name-*" | wc -l) - ${before[$name]}))
    [[ ${status[$name]} == 0 ]] || ((found > 0)) || found="exit ${status[$name]}"
    printf '%-24s %14s %8s %8s %8s  %s\n' "$name" "${execs:-?}" "${cov:-?}" "${ft:-?}" "$corpus" "$found"
  done
} >"$summary"
cat "$summary"

for name in "${names[@]}"; do
  [[ ${status[$name]} == 0 ]] || any_failed=1
done
if ((any_failed)); then
  for name in "${names[@]}"; do
    [[ ${status[$name]} == 0 ]] && continue
    log=build-fuzz/logs/$name.log
    echo >&2
    st_warn "$name FOUND A PROBLEM (exit ${status[$name]}); log: $log"
    grep -E '^==[0-9]+==ERROR|invariant violated|runtime error|SUMMARY:|Test unit written to|deadly signal|timeout' \
      "$log" | head -n 20 >&2 || true
    tail -n 40 "$log" >&2
  done
  exit 1
fi
