#!/usr/bin/env bash
# The cost of C++ exceptions (on by default in wasmc++, on Wasm exception
# handling): what a program pays when nothing throws, what each throw costs
# against native g++ and em++ -fwasm-exceptions, and what exceptions add to
# the size of real C++ programs.
#
# Usage (from the repository root):
#   bench/exceptions/run.sh --setup   once: apt-get install emscripten g++
#                                     nlohmann-json3-dev libfmt-dev, npm
#                                     install acorn; then measure
#   bench/exceptions/run.sh           build wasmcc (cargo build --release) and measure
#
# Measured (sources in bench/exceptions/), every timed program in RUNS
# interleaved rounds after one untimed round (interleave.py: each round runs
# every command once, so load that changes during the run falls on all of
# them alike); the tables give the minimum and median wall time and the
# median CPU time (user + system):
#   (1) hot.cpp: LOOP_N calls of a non-inlined function that may throw but
#       does not, each inside try/catch, built with wasmc++ -O2 (exceptions
#       on, the default) and with -fno-exceptions -DNO_EXCEPTIONS (the throw
#       replaced by abort(), try/catch by plain blocks). Target: within 5%.
#       For reference, the same with one try around the whole loop
#       (-DTRY_AROUND_LOOP), and em++ -O2 -fwasm-exceptions against em++ -O2
#       -fno-exceptions (what V8's Wasm exception handling costs there).
#   (2) throw.cpp: THROWS std::runtime_error thrown two frames below the
#       catch, through a destructor, built with g++ -O2, em++ -O2
#       -fwasm-exceptions and wasmc++ -O2; each also run with 0 throws, and
#       the cost per exception is (time for THROWS - time for 0) / THROWS.
#   (3) json_size.cpp (nlohmann-json3-dev) and fmt_size.cpp (libfmt-dev,
#       FMT_HEADER_ONLY): .wasm bytes, raw and gzip -9, for wasmc++ -O2 with
#       exceptions (default) and with -fno-exceptions (-DJSON_NOEXCEPTION;
#       {fmt} sets FMT_EXCEPTIONS=0 itself), and em++ -O2 -fwasm-exceptions.
# Every build's output is first checked against the native g++ build's.
# The Markdown summary is printed at the end (and kept in $WORK/summary.md
# when WORK is set).
#
# Environment:
#   WASMCC          the wasmcc binary (default: the release build, built); it
#                   is run as wasmc++ through a link of that name
#   RUNS            timed rounds (default 5)
#   LOOP_N          calls in (1) (default 100000000)
#   THROWS          throws in (2) (default 200000)
#   BENCH_CACHE     cache folder (default ~/.cache/wasmcc-bench): acorn for
#                   em++ lives in $BENCH_CACHE/node (as for bench/run.sh)
#   BENCH_EM_CACHE  em++'s library cache (default "debian": the prebuilt,
#                   frozen cache in /usr/share/emscripten/cache, which holds
#                   the -fwasm-exceptions builds of libc++/libc++abi, the
#                   `-except` archives, so nothing is built); a folder
#                   instead makes em++ fill a private cache there (minutes,
#                   on the first run only)
#   WORK            keep the builds in this folder (default: a temporary one)
#
# em++ 3.1.6 needs, on Node 20: NODE_PATH with acorn, and `node
# --no-experimental-fetch` to run its output. The headers of the two
# packages are reached through an include folder of links, never through
# /usr/include (tests/cpp_packages.rs does the same).
#
# Other load on the machine inflates every time: the summary records the
# load average at the start and at the end.
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }
die() { printf 'bench/exceptions/run.sh: %s\n' "$*" >&2; exit 1; }
log() { printf '\n== %s\n' "$*" >&2; }

SETUP=0
for arg in "$@"; do
  case "$arg" in
    --setup) SETUP=1 ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown option '$arg' (see --help)" ;;
  esac
done

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
RUNS="${RUNS:-5}"
LOOP_N="${LOOP_N:-100000000}"
THROWS="${THROWS:-200000}"
BENCH_CACHE="${BENCH_CACHE:-$HOME/.cache/wasmcc-bench}"
BENCH_EM_CACHE="${BENCH_EM_CACHE:-debian}"
for v in RUNS LOOP_N THROWS; do
  case "${!v}" in ''|*[!0-9]*|0) die "$v must be a positive whole number, not '${!v}'" ;; esac
done

if [ "$SETUP" = 1 ]; then
  log "installing emscripten, g++, nlohmann-json3-dev, libfmt-dev and acorn"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update
  $SUDO apt-get install -y emscripten g++ nlohmann-json3-dev libfmt-dev
  mkdir -p "$BENCH_CACHE/node"
  npm install --prefix "$BENCH_CACHE/node" acorn
fi

for tool in em++ g++ node gzip python3 cargo; do
  command -v "$tool" >/dev/null || die "'$tool' not found (run bench/exceptions/run.sh --setup)"
done
[ -d "$BENCH_CACHE/node/node_modules/acorn" ] \
  || die "acorn is missing from $BENCH_CACHE/node (run bench/exceptions/run.sh --setup)"
for d in nlohmann fmt; do
  [ -d "/usr/include/$d" ] || die "/usr/include/$d is missing (run bench/exceptions/run.sh --setup)"
done
. "$ROOT/bench/emcc_env.sh"
NODE_EMCC=(node --no-experimental-fetch)

if [ -z "${WASMCC:-}" ]; then
  log "cargo build --release"
  (cd "$ROOT" && cargo build --release --quiet --bin wasmcc) || die "cargo build --release failed"
fi
WASMCC="${WASMCC:-$ROOT/target/release/wasmcc}"
[ -x "$WASMCC" ] || die "no wasmcc at $WASMCC"

if [ -n "${WORK:-}" ]; then
  mkdir -p "$WORK"
  WORK="$(cd "$WORK" && pwd)"
else
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
fi
LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"

mkdir -p "$WORK/bin" "$WORK/inc"
ln -sf "$WASMCC" "$WORK/bin/wasmc++"
CXX_W="$WORK/bin/wasmc++"
ln -sfn /usr/include/nlohmann "$WORK/inc/nlohmann"
ln -sfn /usr/include/fmt "$WORK/inc/fmt"
cp "$HERE"/*.cpp "$WORK/"

# build NAME COMPILER FLAGS... SOURCE: NAME is a native binary or NAME.js;
# the build's output goes to $WORK/build-NAME.log
build() {
  local name=$1 cc=$2; shift 2
  local out=$name
  case "$cc" in g++) ;; *) out=$name.js ;; esac
  (cd "$WORK" && "$cc" "$@" -o "$out") >"$WORK/build-$name.log" 2>&1 \
    || die "$name: the build failed: $cc $* (see $WORK/build-$name.log)"
}
# runner NAME: the command that runs a build, as words
runner() {
  case "$1" in
    *native*) printf '%s\n' "./$1" ;;
    *-em|*-em-*) printf '%s\n' "${NODE_EMCC[@]}" "$1.js" ;;
    *) printf '%s\n' node "$1.js" ;;
  esac
}
# same_output NAME ARGS...: the build prints what the native build prints
same_output() {
  local name=$1 ref=$2; shift 2
  local want got
  mapfile -t cmd < <(runner "$ref"); want="$(cd "$WORK" && "${cmd[@]}" "$@")" || die "$ref failed"
  mapfile -t cmd < <(runner "$name"); got="$(cd "$WORK" && "${cmd[@]}" "$@")" || die "$name failed"
  [ "$want" = "$got" ] || die "$name printed '$got', native '$want'"
}
# spec OUT (NAME ARGS)...: the JSON list interleave.py reads; each entry is
# NAME (a build) and one argument string
spec() {
  local out=$1; shift
  local items=() cmd
  while [ $# -gt 0 ]; do
    mapfile -t cmd < <(runner "$1")
    items+=("$(python3 -c 'import json,sys; print(json.dumps({"name": sys.argv[1], "cwd": sys.argv[2], "argv": sys.argv[4:] + [sys.argv[3]]}))' \
      "$1 $2" "$WORK" "$2" "${cmd[@]}")")
    shift 2
  done
  (IFS=,; printf '[%s]\n' "${items[*]}") > "$out"
}

# ---------------------------------------------------------------- builds
log "building (wasmc++ $("$CXX_W" --version | head -n1); em++ cache: $EM_CACHE_DESC)"
build hot-native g++ -O2 hot.cpp
build hot-on "$CXX_W" -O2 hot.cpp
build hot-off "$CXX_W" -O2 -fno-exceptions -DNO_EXCEPTIONS hot.cpp
build hot-on-around "$CXX_W" -O2 -DTRY_AROUND_LOOP hot.cpp
build hot-em-on em++ -O2 -fwasm-exceptions hot.cpp
build hot-em-off em++ -O2 -fno-exceptions -DNO_EXCEPTIONS hot.cpp
build throw-native g++ -O2 throw.cpp
build throw-wasmcc "$CXX_W" -O2 throw.cpp
build throw-em em++ -O2 -fwasm-exceptions throw.cpp
for t in hot-on hot-off hot-on-around hot-em-on hot-em-off; do same_output "$t" hot-native 1000; done
for t in throw-wasmcc throw-em; do same_output "$t" throw-native 1000; done

# ---------------------------------------------------------------- (1) and (2)
log "(1) hot loop, $LOOP_N calls; $RUNS rounds"
spec "$WORK/hot.json" hot-on "$LOOP_N" hot-off "$LOOP_N" hot-on-around "$LOOP_N" \
  hot-em-on "$LOOP_N" hot-em-off "$LOOP_N"
python3 "$HERE/interleave.py" "$RUNS" "$WORK/hot.json" "$WORK/hot-times.json"
log "(2) throw and catch, $THROWS throws; $RUNS rounds"
spec "$WORK/throw.json" throw-native 0 throw-native "$THROWS" throw-em 0 throw-em "$THROWS" \
  throw-wasmcc 0 throw-wasmcc "$THROWS"
python3 "$HERE/interleave.py" "$RUNS" "$WORK/throw.json" "$WORK/throw-times.json"

# ---------------------------------------------------------------- (3) sizes
log "(3) sizes"
build json-native g++ -O2 -Iinc json_size.cpp
build json-on "$CXX_W" -O2 -Iinc json_size.cpp
build json-off "$CXX_W" -O2 -Iinc -fno-exceptions -DJSON_NOEXCEPTION json_size.cpp
build json-em em++ -O2 -Iinc -fwasm-exceptions json_size.cpp
build fmt-native g++ -O2 -Iinc -DFMT_HEADER_ONLY fmt_size.cpp
build fmt-on "$CXX_W" -O2 -Iinc -DFMT_HEADER_ONLY fmt_size.cpp
build fmt-off "$CXX_W" -O2 -Iinc -DFMT_HEADER_ONLY -fno-exceptions fmt_size.cpp
build fmt-em em++ -O2 -Iinc -DFMT_HEADER_ONLY -fwasm-exceptions fmt_size.cpp
for p in json fmt; do
  for t in on off em; do same_output "$p-$t" "$p-native"; done
done

# ---------------------------------------------------------------- summary
LOAD_AT_END="$(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$WORK" "$LOOP_N" "$THROWS" "$RUNS" <<'EOF' > "$WORK/summary.md"
import gzip, json, os, statistics, sys
work, loop_n, throws, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
hot = json.load(open(os.path.join(work, "hot-times.json")))
thr = json.load(open(os.path.join(work, "throw-times.json")))
med = statistics.median
ms = lambda s: f"{s * 1000:,.0f} ms"

def row(r):
    return f"{ms(min(r['wall']))} | {ms(med(r['wall']))} | {ms(med(r['cpu']))}"

print(f"### (1) Hot loop: {loop_n:,} calls that may throw, -O2, {runs} interleaved runs")
print()
print("| build | min | median | CPU (median) | vs the same compiler's -fno-exceptions (min / median / CPU) |")
print("|---|---|---|---|---|")
pct = lambda a, b: f"{(a / b - 1) * 100:+.1f}%"
for name, label, ref in (("hot-on", "wasmc++, exceptions on (default), try in the loop", "hot-off"),
                         ("hot-off", "wasmc++ `-fno-exceptions`", None),
                         ("hot-on-around", "wasmc++, exceptions on, try around the loop", "hot-off"),
                         ("hot-em-on", "em++ `-fwasm-exceptions`, try in the loop", "hot-em-off"),
                         ("hot-em-off", "em++ `-fno-exceptions`", None)):
    r = hot[f"{name} {loop_n}"]
    vs = ""
    if ref:
        o = hot[f"{ref} {loop_n}"]
        vs = " / ".join(pct(f(r[k]), f(o[k])) for f, k in ((min, "wall"), (med, "wall"), (med, "cpu")))
    print(f"| {label} | {row(r)} | {vs} |")
print()
print(f"### (2) Throw and catch: {throws:,} std::runtime_error, two frames up, {runs} interleaved runs")
print()
print("| build | 0 throws: min / median | N throws: min / median | per exception (min, median) | vs native (median) |")
print("|---|---|---|---|---|")
per = {}
for name, label in (("throw-native", "g++ -O2 (native)"), ("throw-em", "em++ -O2 -fwasm-exceptions"),
                    ("throw-wasmcc", "wasmc++ -O2")):
    z, n = thr[f"{name} 0"], thr[f"{name} {throws}"]
    p_min = (min(n["wall"]) - min(z["wall"])) / throws * 1e6
    p_med = (med(n["wall"]) - med(z["wall"])) / throws * 1e6
    per[name] = p_med
    vs = f"{p_med / per['throw-native']:.1f}x" if per["throw-native"] > 0 else "n/a"
    print(f"| {label} | {ms(min(z['wall']))} / {ms(med(z['wall']))} | {ms(min(n['wall']))} / {ms(med(n['wall']))} "
          f"| {p_min:.2f} µs, {p_med:.2f} µs | {vs} |")
print()
print("### (3) Code size (.wasm, -O2)")
print()
print("Bytes, then gzip -9 bytes. wasmc++ keeps a name section (function names for")
print("trap stacks) that em++ -O2 drops; the second table leaves custom sections out.")
print()

def leb(d, i):
    r = s = 0
    while True:
        b = d[i]; i += 1; r |= (b & 0x7f) << s; s += 7
        if b < 0x80:
            return r, i

def without_custom(d):
    # the module with its custom sections (id 0: names, producers...) left out
    out, i = bytearray(d[:8]), 8
    while i < len(d):
        n, j = leb(d, i + 1)
        if d[i] != 0:
            out += d[i:j + n]
        i = j + n
    return bytes(out)

def size(name, strip):
    data = open(os.path.join(work, name + ".wasm"), "rb").read()
    if strip:
        data = without_custom(data)
    return len(data), len(gzip.compress(data, 9))

for strip in (False, True):
    what = "without custom sections" if strip else "as written"
    print(f"| program (.wasm {what}) | wasmc++ (exceptions on) | wasmc++ `-fno-exceptions` | exceptions add | em++ `-fwasm-exceptions` |")
    print("|---|---|---|---|---|")
    for prog, label in (("json", "nlohmann-json (json_size.cpp)"), ("fmt", "{fmt} (fmt_size.cpp)")):
        on, off, em = (size(prog + t, strip) for t in ("-on", "-off", "-em"))
        cell = lambda s: f"{s[0]:,} / {s[1]:,}"
        add = f"{(on[0] / off[0] - 1) * 100:+.1f}% / {(on[1] / off[1] - 1) * 100:+.1f}%"
        print(f"| {label} | {cell(on)} | {cell(off)} | {add} | {cell(em)} |")
    print()
EOF
{
  echo "# C++ exceptions: cost"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
  echo "- Load average at start: $LOAD_AT_START; at end: $LOAD_AT_END"
  echo "- wasmcc: $("$CXX_W" --version | head -n1); g++: $(g++ --version | head -n1); em++: $(em++ --version 2>/dev/null | head -n1) ($EM_CACHE_DESC); node $(node --version)"
  echo
  cat "$WORK/summary.md"
} > "$WORK/summary.tmp" && mv "$WORK/summary.tmp" "$WORK/summary.md"
echo
cat "$WORK/summary.md"
