#!/usr/bin/env bash
# Where the cost of exceptions in hot.cpp's loop goes (run.sh's table (1)):
# the same module with one cause taken out at a time.
#
# Usage (from the repository root): bench/exceptions/where.sh
#
# hot.cpp is built with wasmc++ -O2 -g2 (names kept, so the functions can be
# found), with exceptions (the default) and with -fno-exceptions
# -DNO_EXCEPTIONS. The exceptions build is taken apart with wasm-dis and
# where.py writes three variants, each put back together with wasm-as:
#   asbuilt  unchanged;
#   sunk     step(), the function that may throw, reads __stack_pointer on
#            its throw path instead of at its entry (clang saves it at the
#            entry of every function with a landing pad, and wasm-opt 108
#            does not move it; driver/spsave.rs makes the same move in
#            builds without -g, which is why this build has -g2);
#   notry    as sunk, and main's loop calls step() outside any try.
# The -fno-exceptions build makes the same round trip. Every module runs
# with `node --no-liftoff` (the round trip drops the compilationHints
# section, so V8 is told to optimise every function instead), in RUNS
# interleaved rounds after one untimed round (interleave.py).
#
# Environment: WASMCC (default: the release build, built), RUNS (default
# 5), LOOP_N (default 100000000), WORK (keep the builds there).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUNS="${RUNS:-5}"
LOOP_N="${LOOP_N:-100000000}"
if [ -z "${WASMCC:-}" ]; then
  cargo build --release --quiet --manifest-path "$ROOT/Cargo.toml"
  WASMCC="$ROOT/target/release/wasmcc"
fi
WORK="${WORK:-$(mktemp -d)}"
mkdir -p "$WORK"
ln -sf "$WASMCC" "$WORK/wasmc++"
cp "$HERE/hot.cpp" "$WORK/"
cd "$WORK"

./wasmc++ -O2 -g2 hot.cpp -o on.js
./wasmc++ -O2 -g2 -fno-exceptions -DNO_EXCEPTIONS hot.cpp -o off.js
wasm-dis on.wasm -o on.wat
wasm-dis off.wasm -o off.wat
python3 "$HERE/where.py" on.wat .
cp off.wat noexceptions.wat

spec="["
for v in asbuilt sunk notry noexceptions; do
  mkdir -p "$v"
  wasm-as --all-features "$v.wat" -o "$v/hot.wasm"
  sed 's/\bon\.wasm\b/hot.wasm/g' on.js > "$v/hot.js"
  [ "$spec" = "[" ] || spec="$spec,"
  spec="$spec{\"name\":\"$v\",\"cwd\":\"$WORK/$v\",\"argv\":[\"node\",\"--no-liftoff\",\"hot.js\",\"$LOOP_N\"]}"
done
echo "$spec]" > spec.json
# The variants must print what the native program prints.
g++ -O2 hot.cpp -o native
want="$(./native "$LOOP_N")"
for v in asbuilt sunk notry noexceptions; do
  got="$(cd "$v" && node --no-liftoff hot.js "$LOOP_N")"
  [ "$got" = "$want" ] || { echo "where.sh: $v printed '$got', native '$want'" >&2; exit 1; }
done
python3 "$HERE/interleave.py" "$RUNS" spec.json times.json
python3 - "$WORK/times.json" <<'EOF'
import json, statistics, sys
t = json.load(open(sys.argv[1]))
base = statistics.median(t["noexceptions"]["wall"])
labels = {
    "asbuilt": "exceptions on, as built",
    "sunk": "step() reads __stack_pointer on its throw path",
    "notry": "and main's loop calls step() outside a try",
    "noexceptions": "-fno-exceptions",
}
print("| module (all with node --no-liftoff) | min | median | vs -fno-exceptions (median) |")
print("|---|---|---|---|")
for name, label in labels.items():
    w = t[name]["wall"]
    med = statistics.median(w)
    print(f"| {label} | {min(w)*1000:.0f} ms | {med*1000:.0f} ms | {(med/base-1)*100:+.1f}% |")
EOF
