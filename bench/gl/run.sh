#!/usr/bin/env bash
# GL bindings against Debian's emcc (3.1.6), in headless Chromium.
#
# Usage (from the repository root, after bench/run.sh --setup once):
#   bench/gl/run.sh [RUNS]     RUNS runs of each page, alternating (default 5)
#
# (1) bench/gl/gl_calls.c, a draw-call-heavy frame loop, built at -O2 by
#     wasmcc and by emcc, each run RUNS times with wasmrun (emcc's page
#     reports to wasmrun through bench/gl/emcc-tap.js, a --pre-js). Prints
#     every run's figures and the median of the runs per line.
# (2) examples/triangle.c built at -O2 as a page by both: the bytes of
#     html, js and wasm, raw and gzip -9 (each file gzipped, sizes summed).
#
# Environment: BENCH_CACHE and BENCH_EM_CACHE as for bench/run.sh.
set -euo pipefail

RUNS="${1:-5}"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH_CACHE="${BENCH_CACHE:-$HOME/.cache/wasmcc-bench}"
export NODE_PATH="$BENCH_CACHE/node/node_modules"
export EM_CACHE="${BENCH_EM_CACHE:-$BENCH_CACHE/em-cache}"
export EM_FROZEN_CACHE=
[ -d "$NODE_PATH/acorn" ] || { echo "bench/gl/run.sh: acorn is missing (run bench/run.sh --setup)" >&2; exit 1; }

WORK="$ROOT/bench/results/gl"
rm -rf "$WORK"
mkdir -p "$WORK/wasmcc" "$WORK/emcc" "$WORK/tri-wasmcc" "$WORK/tri-emcc"
(cd "$ROOT" && cargo build --release --bin wasmcc --bin wasmrun) >&2
WASMCC="$ROOT/target/release/wasmcc"
WASMRUN="$ROOT/target/release/wasmrun"
# emcc's HTML minifier fails at -O1 and above in 3.1.6: -sMINIFY_HTML=0.
EMCC=(emcc -O2 -sMINIFY_HTML=0)

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
"$WASMCC" -O2 "$ROOT/bench/gl/gl_calls.c" -o "$WORK/wasmcc/gl_calls.html"
"${EMCC[@]}" -sEXIT_RUNTIME=1 --pre-js "$ROOT/bench/gl/emcc-tap.js" \
  "$ROOT/bench/gl/gl_calls.c" -o "$WORK/emcc/gl_calls.html"

for i in $(seq "$RUNS"); do
  for c in wasmcc emcc; do
    "$WASMRUN" --browser-timeout 60 "$WORK/$c/gl_calls.html" | sed "s/^/$c run $i: /" | tee -a "$WORK/$c.txt"
  done
done
echo
echo "median of $RUNS runs (M calls/s, median frame):"
for c in wasmcc emcc; do
  python3 - "$WORK/$c.txt" "$c" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    m = re.match(r".*run \d+: (.*?): ([\d.]+) M calls/s", line)
    if m:
        rows.setdefault(m.group(1), []).append(float(m.group(2)))
for name, values in rows.items():
    print(f"  {sys.argv[2]:7} {name:40} {statistics.median(values):6.2f}  (runs: {', '.join(f'{v:.2f}' for v in values)})")
PY
done

echo
echo "examples/triangle.c page, -O2 (bytes raw / gzip -9):"
"$WASMCC" -O2 "$ROOT/examples/triangle.c" -o "$WORK/tri-wasmcc/triangle.html"
"${EMCC[@]}" "$ROOT/examples/triangle.c" -o "$WORK/tri-emcc/triangle.html"
for c in wasmcc emcc; do
  raw=0; gz=0
  for f in "$WORK/tri-$c"/triangle.*; do
    r=$(stat -c %s "$f"); g=$(gzip -9 -c "$f" | wc -c)
    printf '  %-7s %-14s %8d %8d\n' "$c" "$(basename "$f")" "$r" "$g"
    raw=$((raw + r)); gz=$((gz + g))
  done
  printf '  %-7s %-14s %8d %8d\n' "$c" "total" "$raw" "$gz"
done
