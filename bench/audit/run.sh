#!/usr/bin/env bash
# Benchmark of the mail-server audit against testssl.sh on the same test server, in one
# hyperfine run, and a comparison of their protocol verdicts (TLS 1.0, 1.1, 1.2, 1.3).
#
#   bench/audit/run.sh [path/to/smtp-tutor-cli]
#
# The server is the lax Postfix (TLS 1.0 and 1.1 allowed, a weak suite, open to loopback) when
# SMTP_TUTOR_LAX_POSTFIX_PLAIN_PORT is set (tools/test sets it), else one started here with
# tools/postfix/start (profile lax) and stopped at the end.
# Goals (issue 13): the same protocol verdicts; the audit in at most 0.2 of testssl.sh's time.
# RUNS (default 2) is how often each tool runs: testssl.sh takes minutes per run.
set -euo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
CLI=${1:-${SMTP_TUTOR_CLI:-}}
if [[ -z $CLI ]]; then
  for candidate in "$ROOT"/build/bin/smtp-tutor-cli "$ROOT"/build-*/bin/smtp-tutor-cli; do
    [[ -x $candidate ]] && { CLI=$candidate; break; }
  done
fi
[[ -n $CLI && -x $CLI ]] || { echo "bench/audit: smtp-tutor-cli not found; pass its path" >&2; exit 2; }
for tool in hyperfine testssl python3; do
  command -v "$tool" >/dev/null || { echo "bench/audit: $tool is missing (package ${tool/testssl/testssl.sh})" >&2; exit 2; }
done

OUT=${SMTP_TUTOR_BENCH_OUT:-$(mktemp -d /tmp/smtp-tutor-bench-audit.XXXXXX)}
mkdir -p "$OUT"
if [[ -z ${SMTP_TUTOR_LAX_POSTFIX_PLAIN_PORT:-} ]]; then
  PF_DIR="$OUT/postfix-lax"
  eval "$(SMTP_TUTOR_POSTFIX_PROFILE=lax "$ROOT/tools/postfix/start" "$PF_DIR")"
  trap '"$ROOT/tools/postfix/stop" "$PF_DIR" >/dev/null 2>&1 || true' EXIT
fi
PORT=$SMTP_TUTOR_LAX_POSTFIX_PLAIN_PORT
echo "== smtp-tutor-cli: $CLI"
echo "== lax Postfix on 127.0.0.1:$PORT; results in $OUT"

AUDIT="$CLI audit 127.0.0.1 --port $PORT --tls starttls --json"
TESTSSL="testssl --quiet --color 0 --warnings off --starttls smtp --jsonfile $OUT/testssl.json 127.0.0.1:$PORT"
# Both run once outside the timing: the audit must work, and its verdicts are compared below.
$AUDIT >"$OUT/audit.json"
# testssl.sh refuses to overwrite its JSON file: each timed run starts without it.
hyperfine --runs "${RUNS:-2}" --prepare "rm -f $OUT/testssl.json" --export-json "$OUT/timing.json" --export-markdown "$OUT/timing.md" \
  -n smtp-tutor-audit "$AUDIT" \
  -n testssl.sh -i "$TESTSSL"

python3 - "$OUT/timing.json" "$OUT/audit.json" "$OUT/testssl.json" <<'PY'
import json, sys
timing, audit, testssl = (json.load(open(p)) for p in sys.argv[1:4])
medians = {r["command"]: r["median"] for r in timing["results"]}
ratio = medians["smtp-tutor-audit"] / medians["testssl.sh"]
print(f"median: audit {medians['smtp-tutor-audit']:.2f} s, testssl.sh {medians['testssl.sh']:.2f} s, "
      f"ratio {ratio:.3f} (goal <= 0.2)")
# testssl.sh ids and findings: "TLS1" ... "TLS1_3", "offered ..." or "not offered".
names = {"TLS1": "TLSv1.0", "TLS1_1": "TLSv1.1", "TLS1_2": "TLSv1.2", "TLS1_3": "TLSv1.3"}
theirs = {names[e["id"]]: not e["finding"].startswith("not offered")
          for e in testssl if e.get("id") in names}
ours = audit["tls"]["protocols"]
same = True
for version in sorted(names.values()):
    agree = ours.get(version) == theirs.get(version)
    same &= agree
    print(f"{version}: audit {ours.get(version)}, testssl.sh {theirs.get(version)}{'' if agree else '  <-- differs'}")
print("protocol verdicts: " + ("the same" if same else "DIFFERENT"))
sys.exit(0 if same and ratio <= 0.2 else 1)
PY
