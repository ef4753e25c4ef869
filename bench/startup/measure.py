#!/usr/bin/env python3
"""Start-up benchmark: launch -> first frame, and peak memory, of smtp-tutor against a bare Qt
Widgets window built in the same tree.

Each round starts every variant once, in turn, so machine noise hits them alike:
  bare      bench_bare_window --quit-after-first-paint
  first     smtp-tutor --quit-after-first-paint   (the window's first frame)
  complete  smtp-tutor --quit-when-complete       (the first frame with every panel filled in)
Launch -> frame is the process's own CLOCK_MONOTONIC stamp (FrameQuitter, app/gui/framequitter.h)
minus the same clock read just before the launch; the exit is not part of it. Peak RSS comes
from /usr/bin/time. Prints medians and the ratios against the bare window (target <= 1.25x).

usage: measure.py BUILD_DIR RUNS
"""
import statistics
import subprocess
import sys
import time

build, runs = sys.argv[1], int(sys.argv[2])
variants = {
    "bare": [f"{build}/bin/bench_bare_window", "--quit-after-first-paint"],
    "first": [f"{build}/bin/smtp-tutor", "--quit-after-first-paint"],
    "complete": [f"{build}/bin/smtp-tutor", "--quit-when-complete"],
}
labels = {
    "bare": "bare Qt window",
    "first": "smtp-tutor, first frame",
    "complete": "smtp-tutor, complete",
}


def run_once(command):
    start = time.monotonic_ns()
    result = subprocess.run(["/usr/bin/time", "-f", "rss-kb %M"] + command,
                            capture_output=True, text=True, timeout=60)
    end = time.monotonic_ns()
    if result.returncode != 0:
        sys.exit(f"{' '.join(command)} failed ({result.returncode}): {result.stderr.strip()}")
    frame = next(int(l.split()[1]) for l in result.stdout.splitlines() if l.startswith("frame-ns "))
    rss = next(int(l.split()[1]) for l in result.stderr.splitlines() if l.startswith("rss-kb "))
    return (frame - start) / 1e6, (end - start) / 1e6, rss


samples = {name: [] for name in variants}
for _ in range(2):  # warm the page cache; not counted
    for command in variants.values():
        run_once(command)
for _ in range(runs):
    for name, command in variants.items():
        samples[name].append(run_once(command))

median = {name: [statistics.median(s[i] for s in rows) for i in range(3)] for name, rows in samples.items()}
with open("/proc/loadavg") as f:
    load = f.read().split()[0]
print(f"runs: {runs} per variant, interleaved (medians); machine load: {load}")
print(f"{'':26}{'launch->frame':>14}{'process':>10}{'peak RSS':>12}{'frame ratio':>13}{'RSS ratio':>11}")
bare_frame, _, bare_rss = median["bare"]
for name in variants:
    frame, total, rss = median[name]
    print(f"{labels[name]:26}{frame:11.1f} ms{total:7.1f} ms{rss:8d} KiB"
          f"{frame / bare_frame:12.2f}x{rss / bare_rss:10.2f}x")
print("target: at most 1.25x on launch->frame and on peak RSS")
