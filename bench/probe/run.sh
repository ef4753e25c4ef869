#!/usr/bin/env bash
# Benchmark of a full STARTTLS probe (connect, EHLO, STARTTLS, handshake, EHLO, QUIT) against the
# test Postfix: smtp-tutor-cli next to swaks and openssl s_client in one hyperfine run, then the
# four-port check against its slowest single port.
#
#   bench/probe/run.sh [path/to/smtp-tutor-cli]
#
# Uses the Postfix described by SMTP_TUTOR_POSTFIX_* / SMTP_TUTOR_TEST_CA when set (tools/test
# sets them); otherwise starts a private one with tools/postfix/start and stops it at the end.
# Targets: smtp-tutor-cli <= 0.25 x swaks and <= 2 x openssl; 4-port matrix <= 1.2 x slowest port.
set -euo pipefail

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd -- "$HERE/../.." && pwd)
CLI=${1:-${SMTP_TUTOR_CLI:-}}
if [[ -z $CLI ]]; then
  for candidate in "$ROOT"/build/bin/smtp-tutor-cli "$ROOT"/build-*/bin/smtp-tutor-cli; do
    [[ -x $candidate ]] && { CLI=$candidate; break; }
  done
fi
[[ -n $CLI && -x $CLI ]] || { echo "bench/probe: smtp-tutor-cli not found; pass its path" >&2; exit 2; }
for tool in hyperfine swaks openssl python3; do
  command -v "$tool" >/dev/null || { echo "bench/probe: $tool is missing" >&2; exit 2; }
done

OUT=${SMTP_TUTOR_BENCH_OUT:-$(mktemp -d /tmp/smtp-tutor-bench-probe.XXXXXX)}
mkdir -p "$OUT"
if [[ -z ${SMTP_TUTOR_POSTFIX_PLAIN_PORT:-} || -z ${SMTP_TUTOR_TEST_CA:-} ]]; then
  PF_DIR="$OUT/postfix"
  eval "$("$ROOT/tools/postfix/start" "$PF_DIR")"
  trap '"$ROOT/tools/postfix/stop" "$PF_DIR" >/dev/null 2>&1 || true' EXIT
fi
PLAIN=$SMTP_TUTOR_POSTFIX_PLAIN_PORT
SUBMISSION=$SMTP_TUTOR_POSTFIX_SUBMISSION_PORT
SMTPS=$SMTP_TUTOR_POSTFIX_SMTPS_PORT
CA=$SMTP_TUTOR_TEST_CA
# A closed port for the fourth column of the matrix (2525 on a real host).
CLOSED=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')

echo "== smtp-tutor-cli: $CLI"
echo "== Postfix on 127.0.0.1: plain $PLAIN, submission $SUBMISSION, smtps $SMTPS; results in $OUT"

# Each tool must succeed once before it is timed.
"$CLI" probe 127.0.0.1 --port "$PLAIN" --tls starttls --cafile "$CA" --quit-after tls >/dev/null
swaks --server "127.0.0.1:$PLAIN" --tls --quit-after tls >/dev/null
echo QUIT | openssl s_client -starttls smtp -connect "127.0.0.1:$PLAIN" -CAfile "$CA" -verify_return_error >/dev/null 2>&1

hyperfine --warmup 3 --runs "${RUNS:-30}" --export-json "$OUT/starttls.json" --export-markdown "$OUT/starttls.md" \
  -n smtp-tutor-cli "$CLI probe 127.0.0.1 --port $PLAIN --tls starttls --cafile $CA --quit-after tls" \
  -n swaks "swaks --server 127.0.0.1:$PLAIN --tls --quit-after tls" \
  -n openssl "echo QUIT | openssl s_client -starttls smtp -connect 127.0.0.1:$PLAIN -CAfile $CA -verify_return_error"

hyperfine --warmup 3 --runs "${RUNS:-30}" --export-json "$OUT/ports.json" --export-markdown "$OUT/ports.md" \
  -n "4 ports" "$CLI ports 127.0.0.1 --ports $PLAIN,$SUBMISSION,$SMTPS,$CLOSED" \
  -n "plain only" "$CLI ports 127.0.0.1 --ports $PLAIN" \
  -n "submission only" "$CLI ports 127.0.0.1 --ports $SUBMISSION" \
  -n "smtps only" "$CLI ports 127.0.0.1 --ports $SMTPS" \
  -n "closed only" -i "$CLI ports 127.0.0.1 --ports $CLOSED"

python3 - "$OUT/starttls.json" "$OUT/ports.json" <<'PY'
import json, sys
def means(path):
    return {r["command"]: r["mean"] * 1000 for r in json.load(open(path))["results"]}
s = means(sys.argv[1]); p = means(sys.argv[2])
ours, swaks, openssl = s["smtp-tutor-cli"], s["swaks"], s["openssl"]
matrix = p["4 ports"]; slowest = max(v for k, v in p.items() if k != "4 ports")
rows = [
    ("smtp-tutor-cli / swaks", ours / swaks, 0.25),
    ("smtp-tutor-cli / openssl", ours / openssl, 2.0),
    ("4-port matrix / slowest single port", matrix / slowest, 1.2),
]
print("\n| check | mean (ms) | ratio | target | verdict |\n|---|---|---|---|---|")
print(f"| smtp-tutor-cli STARTTLS probe | {ours:.1f} | | | |")
print(f"| swaks --tls --quit-after tls | {swaks:.1f} | | | |")
print(f"| openssl s_client -starttls smtp | {openssl:.1f} | | | |")
print(f"| 4-port matrix | {matrix:.1f} | | | |")
print(f"| slowest single port | {slowest:.1f} | | | |")
ok = True
for name, ratio, target in rows:
    good = ratio <= target
    ok = ok and good
    print(f"| {name} | | {ratio:.2f} | <= {target} | {'met' if good else 'MISSED'} |")
sys.exit(0 if ok else 1)
PY
