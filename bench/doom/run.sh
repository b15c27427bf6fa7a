#!/usr/bin/env bash
# Doom in headless Chromium: doomgeneric's sources (the `doomgeneric` crate,
# as tests/doom.rs takes them) built by wasmcc with their own
# Makefile.emscripten, CC changed only, with Freedoom's freedoom1.wad as
# doom1.wad; then the page run with wasmrun.
#
# Usage (from the repository root):
#   bench/doom/run.sh         build wasmcc and wasmrun (cargo build --release)
#                             and measure
#
# Measured, for the Makefile's own flags (it passes no -O) and with CFLAGS=-O2
# in the environment (the Makefile appends its flags to it):
#   - the build's wall time (make -j2; the ports already in the cache);
#   - page + js + wasm + data bytes, raw and `gzip -9` (each file's own);
#   - in headless Chromium, RUNS times (default 3): the time from navigation
#     start to the first frame that drew (performance.now() at the end of the
#     first animation frame after which the program's WebGL canvas has a lit
#     pixel), and, over 8 s from 6 s after the load event (the title, then
#     the demo), the main-thread milliseconds each frame's callback took
#     (mean, median, 95th percentile) and the mean interval between frames.
#     Sound stays off: the page gets no user gesture, so its AudioContext is
#     never resumed.
#
# Environment:
#   WASMCC, WASMRUN  the binaries to use (default: the release builds, built)
#   WAD              the IWAD (default /usr/share/games/doom/freedoom1.wad)
#   RUNS             page runs per build (default 3)
#   WORK             keep the builds in this folder (default: a temporary one)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
wad=${WAD:-/usr/share/games/doom/freedoom1.wad}
runs=${RUNS:-3}

die() { echo "bench/doom/run.sh: $*" >&2; exit 1; }

case "${1:-}" in
  "") ;;
  -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown option $1 (see --help)" ;;
esac

[ -f "$wad" ] || die "no $wad (apt-get install freedoom)"
if [ -z "${WASMCC:-}" ] || [ -z "${WASMRUN:-}" ]; then
  cargo build --release --quiet --manifest-path "$root/Cargo.toml"
fi
wasmcc=${WASMCC:-$root/target/release/wasmcc}
wasmrun=${WASMRUN:-$root/target/release/wasmrun}

# The crate's folder, as cargo resolved it for this workspace.
crate=$(cargo metadata --format-version 1 --manifest-path "$root/Cargo.toml" | node -e '
  let text = "";
  process.stdin.on("data", (c) => (text += c)).on("end", () => {
    const p = JSON.parse(text).packages.find((p) => p.name == "doomgeneric");
    if (p) console.log(require("path").dirname(p.manifest_path));
  });')
[ -n "$crate" ] || die "cargo metadata does not list the doomgeneric crate"
sources="$crate/doomgeneric/doomgeneric"

if [ -n "${WORK:-}" ]; then
  work=$WORK
  mkdir -p "$work"
else
  work=$(mktemp -d)
  trap 'rm -rf "$work"' EXIT
fi

# Before the page's scripts: times each animation frame's callback, and
# notes when the WebGL canvas the program made first holds a lit pixel.
before_load='(() => {
  const bench = (globalThis.doomBench = { first: null, frames: [] });
  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (type, attrs) {
    const ctx = getContext.call(this, type, attrs);
    if (ctx && /webgl/.test(type)) bench.gl = ctx;
    return ctx;
  };
  const raf = window.requestAnimationFrame.bind(window);
  let last = null;
  window.requestAnimationFrame = (cb) => raf((t) => {
    const start = performance.now();
    cb(t);
    const end = performance.now();
    if (bench.first === null) {
      const gl = bench.gl;
      if (!gl) return;
      const w = gl.drawingBufferWidth, h = gl.drawingBufferHeight;
      const px = new Uint8Array(w * h * 4);
      gl.readPixels(0, 0, w, h, gl.RGBA, gl.UNSIGNED_BYTE, px);
      for (let i = 0; i < px.length; i += 4) {
        if (px[i] | px[i + 1] | px[i + 2]) { bench.first = end; break; }
      }
      return;
    }
    bench.frames.push([end - start, last === null ? null : t - last]);
    last = t;
  });
})()'
# After 6 s: 8 s of frames, summarised.
after_exit='new Promise((done) => {
  const bench = globalThis.doomBench;
  const from = bench.frames.length;
  setTimeout(() => {
    const frames = bench.frames.slice(from);
    const took = frames.map((f) => f[0]).sort((a, b) => a - b);
    const gaps = frames.map((f) => f[1]).filter((g) => g !== null);
    const at = (q) => took[Math.min(took.length - 1, Math.floor(q * took.length))];
    const mean = (a) => a.reduce((s, x) => s + x, 0) / Math.max(a.length, 1);
    done({ first: Math.round(bench.first), frames: frames.length,
      mean: +mean(took).toFixed(2), median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2),
      interval: +mean(gaps).toFixed(2) });
  }, 8000);
})'

gz() { gzip -9 -c "$1" | wc -c; }

measure() {
  local name=$1 cflags=$2 dir="$work/$1"
  mkdir -p "$dir/bin"
  for f in "$sources"/*; do
    if [ -f "$f" ]; then cp "$f" "$dir/"; fi
  done
  cp "$wad" "$dir/doom1.wad"
  ln -sf "$wasmcc" "$dir/bin/wasmmake"
  local start end
  start=$(date +%s.%N)
  (cd "$dir" && CFLAGS="$cflags" ./bin/wasmmake make -f Makefile.emscripten CC="$wasmcc" -j2 >build.log 2>&1) \
    || die "$name: the build failed (see $dir/build.log)"
  end=$(date +%s.%N)
  echo "### $name (CFLAGS='$cflags'): built in $(awk "BEGIN { printf \"%.1f\", $end - $start }") s"
  echo
  echo "| file | bytes | gzip -9 |"
  echo "|---|---|---|"
  local total=0 total_gz=0
  for ext in html js wasm data; do
    local f="$dir/doomgeneric.$ext" b g
    b=$(wc -c <"$f"); g=$(gz "$f")
    total=$((total + b)); total_gz=$((total_gz + g))
    echo "| doomgeneric.$ext | $b | $g |"
  done
  echo "| total | $total | $total_gz |"
  echo
  echo "| run | first frame (ms) | frames in 8 s | ms/frame mean | median | p95 | frame interval (ms) |"
  echo "|---|---|---|---|---|---|---|"
  for i in $(seq "$runs"); do
    local out value
    out=$("$wasmrun" --browser-timeout 120 --exit-after 6000 \
      --eval-before-load "$before_load" --eval-after-exit "$after_exit" \
      "$dir/doomgeneric.html" 2>&1) || die "$name: the page failed:"$'\n'"$out"
    value=$(printf '%s\n' "$out" | sed -n 's/^eval: //p')
    [ -n "$value" ] || die "$name: no measurement:"$'\n'"$out"
    node -e '
      const v = JSON.parse(process.argv[1]);
      console.log(`| ${process.argv[2]} | ${v.first} | ${v.frames} | ${v.mean} | ${v.median} | ${v.p95} | ${v.interval} |`);
    ' "$value" "$i"
  done
  echo
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo
measure makefile-flags ""
measure O2 "-O2"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
