#!/usr/bin/env bash
# Doom in headless Chromium: doomgeneric's sources (the `doomgeneric` crate,
# as tests/doom.rs takes them) built with their own Makefile.emscripten, CC
# changed only, with Freedoom's freedoom1.wad as doom1.wad, by wasmcc and by
# Debian's emcc 3.1.6; then each page run with wasmrun.
#
# Usage (from the repository root):
#   bench/doom/run.sh             build wasmcc and wasmrun (cargo build --release)
#                                 and measure both compilers
#   bench/doom/run.sh --no-emcc   wasmcc only
#   bench/doom/run.sh --no-wasmcc emcc only (wasmrun is still built and used)
#
# Measured, for the Makefile's own flags (it passes no -O) and with CFLAGS=-O2
# in the environment (the Makefile appends its flags to it):
#   - the build's wall time (make -j2; the ports already in the cache);
#     before the game, each compiler's cache starts empty and a small SDL2 +
#     SDL2_mixer program fills it (its system libraries and ports): that
#     step's wall time is printed as the compiler's first-build cost;
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
# emcc (apt-get install emscripten; bench/run.sh --setup installs it and the
# acorn it needs) builds the same way: `emmake make -f Makefile.emscripten
# CC=emcc -j2`, whose sdl2-config answers -sUSE_SDL=2 and whose -lSDL2_mixer
# means -sUSE_SDL_MIXER=2. Nothing is
# downloaded (the proxy variables point at a closed port, so a fetch fails
# instead): Emscripten 3.1.6's own SDL2 2.0.20 and SDL2_mixer 2.0.2 recipes
# are given the Debian sources wasmcc's ports use (WASMCC_PORTS_SRC):
#   - sdl2: through EMCC_LOCAL_PORTS=sdl2=DIR, which copies DIR, unchanged,
#     over the folder the zip would have made. The recipe compiles a fixed
#     list of 2.0.20's files; SDL 2.26.5's core has seven more (SDL_guid.c,
#     SDL_list.c, SDL_utils.c, events/SDL_keysym_to_scancode.c,
#     events/SDL_scancode_tables.c, joystick/controller_type.c,
#     stdlib/SDL_crc16.c) that the listed ones call, so they are compiled
#     with the recipe's flags and added to the cached libSDL2.a.
#   - sdl2_mixer: 3.1.6 cannot take it through EMCC_LOCAL_PORTS (its recipe
#     lacks the SUBDIR that needs), so the folder the zip would have made
#     (ports/sdl2_mixer/SDL2_mixer-release-2.0.2, plus the marker naming the
#     zip's address that tells emcc it is unpacked) is filled from the
#     Debian tree: the recipe compiles every .c under the folder with only
#     the folder itself on the include path, as 2.0.2 was laid out, so it
#     gets 2.6.2's src/ with SDL_mixer.h, the codec headers and
#     native_midi.h beside it. The recipe leaves out native_midi, timidity
#     and the decoders it does not enable (Doom asks for "mid", which 3.1.6
#     does not know: WAV only, so no music).
# At -O1 and above emcc 3.1.6 minifies the page with htmlmin and fails, so
# its builds get LDFLAGS=-sMINIFY_HTML=0 (the Makefile appends to LDFLAGS).
#
# Environment:
#   WASMCC, WASMRUN  the binaries to use (default: the release builds, built)
#   WAD              the IWAD (default /usr/share/games/doom/freedoom1.wad)
#   RUNS             page runs per build (default 3)
#   WORK             keep the builds in this folder (default: a temporary one)
#   BENCH_CACHE      as for bench/run.sh: acorn for emcc in $BENCH_CACHE/node
#                    (default ~/.cache/wasmcc-bench)
#   DOOM_EM_CACHE    emcc's cache (default: a new, empty one under WORK, so
#                    the first-build cost is measured every time)
#   DOOM_WASMCC_CACHE  wasmcc's cache (WASMCC_CACHE; default: likewise)
#   WASMCC_PORTS_SRC the ports' Debian sources (default /var/cache/wasmcc/ports)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
wad=${WAD:-/usr/share/games/doom/freedoom1.wad}
runs=${RUNS:-3}

die() { echo "bench/doom/run.sh: $*" >&2; exit 1; }

with_wasmcc=1
with_emcc=1
for arg in "$@"; do
  case "$arg" in
    --no-emcc) with_emcc=0 ;;
    --no-wasmcc) with_wasmcc=0 ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown option $arg (see --help)" ;;
  esac
done
ports_src=${WASMCC_PORTS_SRC:-/var/cache/wasmcc/ports}
bench_cache=${BENCH_CACHE:-$HOME/.cache/wasmcc-bench}
if [ "$with_emcc" = 1 ]; then
  command -v emcc >/dev/null || die "no emcc (bench/run.sh --setup installs it)"
  [ -d "$bench_cache/node/node_modules/acorn" ] \
    || die "acorn is missing from $bench_cache/node (run bench/run.sh --setup)"
  for port in sdl2 sdl2_mixer; do
    [ -d "$ports_src/$port/src" ] || die "no $ports_src/$port (run scripts/setup.sh)"
  done
fi

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

# A program that calls SDL2 and SDL2_mixer, to fill a compiler's cache.
write_probe() {
  printf '%s\n' '#include <SDL.h>' '#include <SDL_mixer.h>' \
    'int main(void) { SDL_Init(SDL_INIT_VIDEO | SDL_INIT_AUDIO); Mix_OpenAudio(44100, AUDIO_S16SYS, 2, 1024); Mix_CloseAudio(); SDL_Quit(); return 0; }' \
    >"$1/probe.c"
}

wasmcc_prepare() {
  local probe="$work/wasmcc-probe" start end
  mkdir -p "$probe" "$WASMCC_CACHE"
  write_probe "$probe"
  start=$(date +%s.%N)
  (cd "$probe" && "$wasmcc" -sUSE_SDL=2 -sUSE_SDL_MIXER=2 "-sSDL2_MIXER_FORMATS=[\"mid\"]" \
    probe.c -o probe.html) >"$probe/build.log" 2>&1 \
    || die "wasmcc: the ports did not build (see $probe/build.log)"
  end=$(date +%s.%N)
  echo "### wasmcc's first build: its sysroot, SDL2 and SDL2_mixer ports into an empty cache: $(awk "BEGIN { printf \"%.1f\", $end - $start }") s"
  echo
}

# emcc's environment: its JS passes need acorn; a private, writable cache;
# the SDL2 port from the Debian source; and no way to reach a server.
emcc_env() {
  env NODE_PATH="$bench_cache/node/node_modules" EM_CACHE="$em_cache" EM_FROZEN_CACHE= \
    EMCC_LOCAL_PORTS="sdl2=$ports_src/sdl2" \
    http_proxy=http://127.0.0.1:9 https_proxy=http://127.0.0.1:9 \
    HTTP_PROXY=http://127.0.0.1:9 HTTPS_PROXY=http://127.0.0.1:9 no_proxy= NO_PROXY= "$@"
}

# Fills emcc's cache: SDL2_mixer's folder laid out as the 3.1.6 recipe
# expects (see the top of this file), then the system libraries and both
# ports built by a small program, with SDL 2.26.5's files the SDL2 recipe
# does not list added to libSDL2.a.
emcc_prepare() {
  local mixer="$em_cache/ports/sdl2_mixer" tree src="$ports_src/sdl2_mixer"
  tree="$mixer/SDL2_mixer-release-2.0.2"
  mkdir -p "$em_cache"
  if [ ! -f "$tree/SDL_mixer.h" ]; then
    rm -rf "$mixer"
    mkdir -p "$tree/native_midi"
    cp -r "$src/src/." "$tree/"
    cp "$src/include/SDL_mixer.h" "$src"/src/codecs/*.h "$tree/"
    cp "$src"/src/codecs/native_midi/*.h "$tree/native_midi/"
    echo "https://github.com/emscripten-ports/SDL2_mixer/archive/release-2.0.2.zip" >"$mixer/.emscripten_url"
  fi
  local probe="$work/emcc-probe" start end
  mkdir -p "$probe"
  # SDL2's port is built first, alone, as SDL2_mixer's build needs it whole.
  printf '%s\n' '#include <SDL.h>' 'int main(void) { return SDL_Init(0); }' >"$probe/sdl2.c"
  write_probe "$probe"
  start=$(date +%s.%N)
  (cd "$probe" && emcc_env emcc -sUSE_SDL=2 -c sdl2.c -o sdl2.o) >"$probe/build.log" 2>&1 \
    || die "emcc: the SDL2 port did not build (see $probe/build.log)"
  local lib="$em_cache/sysroot/lib/wasm32-emscripten/libSDL2.a" objs=() f o
  if ! emcc_env emar t "$lib" 2>/dev/null | grep -qx 'SDL_guid.c.o'; then
    for f in SDL_guid.c SDL_list.c SDL_utils.c events/SDL_keysym_to_scancode.c \
      events/SDL_scancode_tables.c joystick/controller_type.c stdlib/SDL_crc16.c; do
      o="$em_cache/ports-builds/sdl2/src/$f.o"
      mkdir -p "$(dirname "$o")"
      emcc_env emcc -g -O2 -w -c "$em_cache/ports/sdl2/SDL-release-2.0.20/src/$f" -o "$o" \
        -I"$em_cache/sysroot/include/SDL2" >>"$probe/build.log" 2>&1 \
        || die "emcc: SDL2's $f did not build (see $probe/build.log)"
      objs+=("$o")
    done
    emcc_env emar rs "$lib" "${objs[@]}" >>"$probe/build.log" 2>&1 \
      || die "emcc: could not add to $lib (see $probe/build.log)"
  fi
  # Linked without and with -O: -O0 links the checked (-debug) variants of
  # the system libraries, -O1 and above the others.
  (cd "$probe" && emcc_env emcc -sUSE_SDL=2 -sUSE_SDL_MIXER=2 "-sSDL2_MIXER_FORMATS=[\"mid\"]" \
    probe.c -o probe.html \
    && emcc_env emcc -O2 -sMINIFY_HTML=0 -sUSE_SDL=2 -sUSE_SDL_MIXER=2 "-sSDL2_MIXER_FORMATS=[\"mid\"]" \
    probe.c -o probe-O2.html) >>"$probe/build.log" 2>&1 \
    || die "emcc: the ports or libraries did not build (see $probe/build.log)"
  end=$(date +%s.%N)
  echo "### emcc's first build: system libraries, SDL2 and SDL2_mixer ports into an empty cache: $(awk "BEGIN { printf \"%.1f\", $end - $start }") s"
  echo
}

measure() {
  local compiler=$1 name=$2 cflags=$3 dir="$work/$1-$2"
  mkdir -p "$dir/bin"
  for f in "$sources"/*; do
    if [ -f "$f" ]; then cp "$f" "$dir/"; fi
  done
  cp "$wad" "$dir/doom1.wad"
  ln -sf "$wasmcc" "$dir/bin/wasmmake"
  local start end
  start=$(date +%s.%N)
  if [ "$compiler" = wasmcc ]; then
    (cd "$dir" && CFLAGS="$cflags" ./bin/wasmmake make -f Makefile.emscripten CC="$wasmcc" -j2 >build.log 2>&1) \
      || die "$compiler $name: the build failed (see $dir/build.log)"
  else
    (cd "$dir" && CFLAGS="$cflags" LDFLAGS=-sMINIFY_HTML=0 emcc_env emmake make -f Makefile.emscripten CC=emcc -j2 >build.log 2>&1) \
      || die "$compiler $name: the build failed (see $dir/build.log)"
  fi
  end=$(date +%s.%N)
  echo "### $compiler, $name (CFLAGS='$cflags'): built in $(awk "BEGIN { printf \"%.1f\", $end - $start }") s"
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
      "$dir/doomgeneric.html" 2>&1) || die "$compiler $name: the page failed:"$'\n'"$out"
    value=$(printf '%s\n' "$out" | sed -n 's/^eval: //p')
    [ -n "$value" ] || die "$compiler $name: no measurement:"$'\n'"$out"
    node -e '
      const v = JSON.parse(process.argv[1]);
      console.log(`| ${process.argv[2]} | ${v.first} | ${v.frames} | ${v.mean} | ${v.median} | ${v.p95} | ${v.interval} |`);
    ' "$value" "$i"
  done
  echo
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg), $(nproc) cores"
echo
if [ "$with_wasmcc" = 1 ]; then
  export WASMCC_CACHE=${DOOM_WASMCC_CACHE:-$work/wasmcc-cache}
  wasmcc_prepare
  measure wasmcc makefile-flags ""
  measure wasmcc O2 "-O2"
fi
if [ "$with_emcc" = 1 ]; then
  em_cache=${DOOM_EM_CACHE:-$work/em-cache}
  emcc_prepare
  measure emcc makefile-flags ""
  measure emcc O2 "-O2"
fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
