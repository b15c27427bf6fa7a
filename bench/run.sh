#!/usr/bin/env bash
# wasmcc benchmark: wasmcc against Debian's emcc (Emscripten 3.1.6) and native gcc.
#
# Usage (from the repository root):
#   bench/run.sh --setup   once: apt-get install emscripten hyperfine, npm install acorn
#   bench/run.sh           build wasmcc (cargo build --release) and measure
#
# Options:
#   --setup          install the tools first (needs root or sudo), then measure
#   --no-wasmcc      measure emcc and native only (wasmcc's column reads "n/a")
#   -h, --help       print this text
#
# Measured, each with hyperfine (JSON in bench/results/):
#   (a) `-O2 hello.c -o hello.js` wall time, wasmcc against emcc with a warm cache
#       (--warmup 2 --runs 10).
#   (b) the time wasmcc adds over the clang / wasm-ld / wasm-opt commands it runs:
#       the commands `wasmcc -v` prints on stderr are replayed as a bash script,
#       and the overhead is wasmcc's time minus the replay's (less bash's own
#       start-up): wall time of the means and of the fastest runs, and CPU time
#       (user + system, children included), which other load disturbs least.
#   (c) output size of hello.js + hello.wasm at -O2, raw and `gzip -9` (the sum of
#       each file's gzipped size), and of `-o hello.html` (page + js + wasm).
#   (d) Lua 5.4 (the lua-src crate's sources, every .c but luac.c, plus
#       bench/lua_main.c as the interpreter's main): full build time in one
#       compiler invocation with gcc -O2, emcc -O2 and wasmcc -O2; then the
#       run time of bench/fib.lua for n = 32 and n = 35.
#   (e) Lua's start-up (a script printing one line; 15 runs, native, emcc and
#       wasmcc interleaved), the same Lua built with -sNODE_OPTIMIZE_AT_LOAD=0
#       (start-up and fib(35)), the size of each .wasm and its code section,
#       and the first build of hello on a machine with an empty wasmcc cache.
# The Markdown summary is printed at the end and written to bench/results/summary.md.
#
# Environment:
#   BENCH_CACHE      cache folder (default ~/.cache/wasmcc-bench): acorn for emcc
#                    lives in $BENCH_CACHE/node.
#   BENCH_EM_CACHE   emcc's library cache (default $BENCH_CACHE/em-cache): a
#                    private cache that emcc fills itself (EM_FROZEN_CACHE is
#                    cleared). Filling it takes about 5.5 minutes on 2 cores, on
#                    the first run only. "debian" uses instead the prebuilt,
#                    frozen cache the emscripten package ships in
#                    /usr/share/emscripten/cache; both give the same output.
#   EMCC_LUA_FLAGS   extra emcc flags for Lua (default: the ones it needs, below)
#   WASMCC_LUA_FLAGS extra wasmcc flags for Lua (default: the same as emcc's)
#
# emcc 3.1.6 needs, on Node 20: NODE_PATH with acorn (the compiler's JS passes),
# and `node --no-experimental-fetch` to run its output. Lua built with emcc
# needs -sNODERAWFS=1 to read the script from the host's disk (the default
# file system is in memory) and -sALLOW_MEMORY_GROWTH=1 for any script that
# wants more than the fixed 16 MiB heap. Its `-o hello.html` at -O1 and above
# fails in the HTML minifier (a bug in 3.1.6, and it needs `htmlmin`), so the
# page is built with -sMINIFY_HTML=0.
#
# Other load on the machine inflates every figure: the summary records the load
# average seen at the start.
set -euo pipefail

usage() { sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'; }

SETUP=0
WITH_WASMCC=1
for arg in "$@"; do
  case "$arg" in
    --setup) SETUP=1 ;;
    --no-wasmcc) WITH_WASMCC=0 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "bench/run.sh: unknown option '$arg' (see --help)" >&2; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
RESULTS="$BENCH/results"
WORK="$RESULTS/work"
BENCH_CACHE="${BENCH_CACHE:-$HOME/.cache/wasmcc-bench}"
BENCH_EM_CACHE="${BENCH_EM_CACHE:-$BENCH_CACHE/em-cache}"
EMCC_LUA_FLAGS="${EMCC_LUA_FLAGS:--sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1}"
WASMCC_LUA_FLAGS="${WASMCC_LUA_FLAGS:--sNODERAWFS=1 -sALLOW_MEMORY_GROWTH=1}"
NODE_EMCC=(node --no-experimental-fetch)

log() { printf '\n== %s\n' "$*" >&2; }
die() { printf 'bench/run.sh: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- setup
if [ "$SETUP" = 1 ]; then
  log "installing emscripten, hyperfine and acorn"
  SUDO=""
  if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
  $SUDO apt-get update
  $SUDO apt-get install -y emscripten hyperfine
  mkdir -p "$BENCH_CACHE/node"
  npm install --prefix "$BENCH_CACHE/node" acorn
fi

for tool in emcc hyperfine node gcc gzip python3 cargo; do
  command -v "$tool" >/dev/null || die "'$tool' not found (run bench/run.sh --setup)"
done
[ -d "$BENCH_CACHE/node/node_modules/acorn" ] \
  || die "acorn is missing from $BENCH_CACHE/node (run bench/run.sh --setup)"

. "$BENCH/emcc_env.sh"

LOAD_AT_START="$(cut -d' ' -f1-3 /proc/loadavg)"
if python3 -c 'import os,sys; sys.exit(0 if os.getloadavg()[0] > os.cpu_count() else 1)'; then
  echo "warning: load average $LOAD_AT_START on $(nproc) cores; timings will be inflated" >&2
fi
rm -rf "$WORK"
mkdir -p "$RESULTS" "$WORK"

# ---------------------------------------------------------------- helpers
# mean / stddev of command INDEX in a hyperfine JSON file, in seconds
hf() { # FILE INDEX FIELD
  python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])][sys.argv[3]] or 0)' "$1" "$2" "$3"
}
# "1.23 s ± 0.04" or "85 ms ± 3"
fmt_time() { # FILE INDEX
  python3 - "$1" "$2" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]
m, s = r["mean"], r["stddev"] or 0.0
if m >= 1.0:
    print(f"{m:.2f} s ± {s:.2f}")
else:
    print(f"{m*1000:.0f} ms ± {s*1000:.0f}")
EOF
}
# "min 143 ms, median 150 ms" of command INDEX
fmt_minmed() { # FILE INDEX
  python3 - "$1" "$2" <<'EOF2'
import json, sys
r = json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]
f = lambda t: f"{t:.2f} s" if t >= 1.0 else f"{t*1000:.0f} ms"
print(f"min {f(r['min'])}, median {f(r['median'])}")
EOF2
}
ratio() { python3 -c 'import sys; a,b=float(sys.argv[1]),float(sys.argv[2]); print(f"{a/b:.2f}x" if b else "n/a")' "$1" "$2"; }
# total raw and gzip -9 bytes of every file in a folder except sources: "RAW GZ"
sizes() { # DIR
  local raw=0 gz=0 f
  for f in "$1"/*; do
    case "$f" in *.c|*.cpp|*.lua) continue ;; esac
    [ -f "$f" ] || continue
    raw=$((raw + $(stat -c %s "$f")))
    gz=$((gz + $(gzip -9 -c "$f" | wc -c)))
  done
  echo "$raw $gz"
}
fmt_bytes() { python3 -c 'import sys; print(f"{int(sys.argv[1]):,}")' "$1"; }

HF=(hyperfine --style basic)

# ---------------------------------------------------------------- sources
cat > "$WORK/hello.c" <<'EOF'
#include <stdio.h>

int main(void) {
  printf("hello, world!\n");
  return 0;
}
EOF

LUA_DIR="$(cd "$ROOT" && cargo metadata --format-version 1 | python3 -c '
import glob, json, os, sys
d = json.load(sys.stdin)
for p in d["packages"]:
    if p["name"] == "lua-src":
        dirs = sorted(glob.glob(os.path.join(os.path.dirname(p["manifest_path"]), "lua-5.4.*")))
        if dirs:
            print(dirs[-1])
            break
')"
[ -n "$LUA_DIR" ] && [ -f "$LUA_DIR/lvm.c" ] || die "lua-src's lua-5.4.* sources not found via cargo metadata"
LUA_SRCS=()
for f in "$LUA_DIR"/*.c; do
  [ "$(basename "$f")" = luac.c ] || LUA_SRCS+=("$f")
done
LUA_SRCS+=("$BENCH/lua_main.c")
cp "$BENCH/fib.lua" "$WORK/fib.lua"

# ---------------------------------------------------------------- wasmcc
WASMCC=""
WASMCC_STATE="n/a"
if [ "$WITH_WASMCC" = 1 ]; then
  log "cargo build --release"
  if (cd "$ROOT" && cargo build --release --bin wasmcc) \
     && [ -x "$ROOT/target/release/wasmcc" ]; then
    mkdir -p "$WORK/check"
    cp "$WORK/hello.c" "$WORK/check/"
    if (cd "$WORK/check" && "$ROOT/target/release/wasmcc" -O2 hello.c -o hello.js \
        && [ "$(node hello.js)" = "hello, world!" ]); then
      WASMCC="$ROOT/target/release/wasmcc"
      WASMCC_STATE="ok"
    else
      echo "wasmcc does not build a working hello.js yet; its column reads 'failed'" >&2
      WASMCC_STATE="failed"
    fi
  else
    echo "cargo build --release failed; wasmcc's column reads 'failed'" >&2
    WASMCC_STATE="failed"
  fi
fi
have_wasmcc() { [ -n "$WASMCC" ]; }
# the value for the wasmcc column when it was not measured
W_NONE="$WASMCC_STATE"

# emcc's cache: the first run fills a private cache (minutes)
log "emcc warm-up ($EM_CACHE_DESC; the first run fills the cache, about 5.5 minutes)"
mkdir -p "$WORK/warm"
cp "$WORK/hello.c" "$WORK/warm/"
(cd "$WORK/warm" && emcc -O2 hello.c -o hello.js && "${NODE_EMCC[@]}" hello.js >/dev/null) \
  || die "emcc cannot build hello.c"

# ---------------------------------------------------------------- (a) hello build time
log "(a) hello.c -O2 -> hello.js build time"
mkdir -p "$WORK/a/emcc" "$WORK/a/wasmcc"
cp "$WORK/hello.c" "$WORK/a/"
A_JSON="$RESULTS/hello-build.json"
A_CMDS=(-n emcc "emcc -O2 hello.c -o emcc/hello.js")
if have_wasmcc; then A_CMDS+=(-n wasmcc "$WASMCC -O2 hello.c -o wasmcc/hello.js"); fi
(cd "$WORK/a" && "${HF[@]}" --warmup 2 --runs 10 --export-json "$A_JSON" "${A_CMDS[@]}")
A_EMCC="$(fmt_time "$A_JSON" 0)"
A_EMCC_MEAN="$(hf "$A_JSON" 0 mean)"
A_WASMCC="$W_NONE"; A_RATIO="$W_NONE"
if have_wasmcc; then
  A_WASMCC="$(fmt_time "$A_JSON" 1)"
  A_RATIO="$(ratio "$A_EMCC_MEAN" "$(hf "$A_JSON" 1 mean)") faster"
fi

# ---------------------------------------------------------------- (b) driver overhead
# wasmcc's commands are captured once through small wrappers (WASMCC_CLANG,
# WASMCC_WASM_LD, WASMCC_WASM_OPT) that save each input file found in the
# temporary folder, such as the list of JS symbols wasmcc writes for wasm-ld.
# The lines `wasmcc -v` prints that start with the absolute path of clang,
# wasm-ld or wasm-opt are the commands, shell-quoted; they are replayed in
# order with the real tools, after hyperfine's untimed --prepare step has put
# the saved files back.
B_OVER="$W_NONE"; B_TOTAL="$W_NONE"; B_REPLAY="$W_NONE"; B_NCMDS=0
real_tool() { # VARIABLE NAME... -> the tool wasmcc would run
  local var="$1" name; shift
  if [ -n "${!var:-}" ]; then command -v "${!var}"; return; fi
  for name in "$@"; do
    if command -v "$name" >/dev/null; then command -v "$name"; return; fi
  done
}
if have_wasmcc; then
  log "(b) wasmcc's own time over the tools it runs"
  B="$WORK/b"
  TMPROOT="$(cd "${TMPDIR:-/tmp}" && pwd -P)"
  mkdir -p "$B/wrap" "$B/snap"
  cp "$WORK/hello.c" "$B/"
  declare -A REAL=(
    [clang]="$(real_tool WASMCC_CLANG clang-19 clang)"
    [wasm-ld]="$(real_tool WASMCC_WASM_LD wasm-ld-19 wasm-ld)"
    [wasm-opt]="$(real_tool WASMCC_WASM_OPT wasm-opt)"
  )
  for t in clang wasm-ld wasm-opt; do
    [ -n "${REAL[$t]}" ] || die "$t not found"
    cat > "$B/wrap/$t" <<EOF
#!/usr/bin/env bash
for a in "\$@"; do
  p="\${a#@}"; p="\${p#*=}"
  case "\$p" in
    "$TMPROOT"/*) if [ -f "\$p" ]; then mkdir -p "$B/snap\${p%/*}"; cp "\$p" "$B/snap\$p"; fi ;;
  esac
done
exec "${REAL[$t]}" "\$@"
EOF
    chmod +x "$B/wrap/$t"
  done
  wrapped() {
    WASMCC_CLANG="$B/wrap/clang" WASMCC_WASM_LD="$B/wrap/wasm-ld" WASMCC_WASM_OPT="$B/wrap/wasm-opt" "$@"
  }
  (cd "$B" && wrapped "$WASMCC" -O2 hello.c -o hello.js)
  rm -rf "$B/snap" && mkdir -p "$B/snap"
  (cd "$B" && wrapped "$WASMCC" -v -O2 hello.c -o hello.js) 2> "$B/verbose.txt" >/dev/null
  python3 - "$B/verbose.txt" "$B/replay.sh" "$B/made-dirs.txt" \
    "$B/wrap/clang=${REAL[clang]}" "$B/wrap/wasm-ld=${REAL[wasm-ld]}" "$B/wrap/wasm-opt=${REAL[wasm-opt]}" <<'EOF'
import os, re, shlex, sys
verbose, replay, made_dirs = sys.argv[1:4]
real = dict(arg.split("=", 1) for arg in sys.argv[4:])
tool = re.compile(r"^/\S*/(clang|wasm-ld|wasm-opt)(-[0-9.]+)?$")
cmds = []
for line in open(verbose, encoding="utf-8", errors="replace"):
    line = line.rstrip("\n")
    if not line.startswith("/"):
        continue
    try:
        words = shlex.split(line)
    except ValueError:
        continue
    if words and tool.match(words[0]):
        words[0] = real.get(words[0], words[0])
        cmds.append(words)
dirs, made = set(), []
for words in cmds:
    for i, w in enumerate(words):
        target = None
        if w == "-o" and i + 1 < len(words):
            target = words[i + 1]
        elif w.startswith("-o") and len(w) > 2 and not w.startswith("-o="):
            target = w[2:]
        if target:
            d = os.path.dirname(os.path.abspath(target))
            if d not in dirs:
                dirs.add(d)
                if not os.path.isdir(d):
                    made.append(d)
with open(replay, "w") as out:
    out.write("set -e\n")
    for d in sorted(dirs):
        out.write("mkdir -p " + shlex.quote(d) + "\n")
    for words in cmds:
        out.write(" ".join(shlex.quote(w) for w in words) + "\n")
with open(made_dirs, "w") as out:
    out.writelines(d + "\n" for d in made)
EOF
  B_NCMDS="$(grep -c -E '^/' "$B/replay.sh" || true)"
  if [ "$B_NCMDS" -gt 0 ]; then
    B_JSON="$RESULTS/driver-overhead.json"
    RESTORE="true"
    if [ -d "$B/snap$TMPROOT" ]; then
      RESTORE="cp -R $(printf '%q' "$B/snap$TMPROOT")/. $(printf '%q' "$TMPROOT")/"
    fi
    (cd "$B" && "${HF[@]}" --shell=none --warmup 3 --runs 30 --prepare "$RESTORE" --export-json "$B_JSON" \
      -n wasmcc "$WASMCC -O2 hello.c -o hello.js" \
      -n replay "bash replay.sh" \
      -n bash "bash -c :")
    B_TOTAL="$(fmt_time "$B_JSON" 0)"
    B_REPLAY="$(fmt_time "$B_JSON" 1)"
    # bash's own start-up is part of the replay's time but not of wasmcc's: add it back
    B_OVER="$(python3 -c '
import json, sys
w, r, b = json.load(open(sys.argv[1]))["results"]
over = lambda f: "%.1f ms" % ((f(w) - (f(r) - f(b))) * 1000)
print(over(lambda x: x["mean"]) + " wall (means), "
      + over(lambda x: x["min"]) + " wall (fastest runs), "
      + over(lambda x: x["user"] + x["system"]) + " CPU")
' "$B_JSON")"
    # remove the temporary folders the replay and the restore step recreated
    while IFS= read -r d; do
      case "$d" in "$TMPROOT"/?*) rm -rf -- "$d" ;; esac
    done < "$B/made-dirs.txt"
    if [ -d "$B/snap$TMPROOT" ]; then
      for d in "$B/snap$TMPROOT"/*/; do
        d="$TMPROOT/$(basename "$d")"
        case "$d" in "$TMPROOT"/?*) rm -rf -- "$d" ;; esac
      done
    fi
  else
    echo "wasmcc -v printed no clang/wasm-ld/wasm-opt command lines; see $B/verbose.txt" >&2
    B_OVER="no -v output"
  fi
fi

# ---------------------------------------------------------------- (c) sizes
log "(c) output sizes"
size_of() { # COMPILER OUTPUT -> "RAW GZ", or "failed failed" when the build fails
  local dir="$WORK/c/$1-${2##*.}" ok=1
  mkdir -p "$dir"
  cp "$WORK/hello.c" "$dir/"
  if [ "$1" = emcc ]; then
    local extra=()
    case "$2" in *.html) extra=(-sMINIFY_HTML=0) ;; esac
    (cd "$dir" && emcc -O2 "${extra[@]}" hello.c -o "$2") >&2 || ok=0
  else
    (cd "$dir" && "$WASMCC" -O2 hello.c -o "$2") >&2 || ok=0
  fi
  if [ "$ok" = 1 ]; then sizes "$dir"; else echo "failed failed"; fi
}
fmt_size() { # NAME...: format the named variables' byte counts in place
  local v
  for v in "$@"; do
    case "${!v}" in *[!0-9]*|"") ;; *) printf -v "$v" '%s' "$(fmt_bytes "${!v}")" ;; esac
  done
}
read -r C_E_JS_RAW C_E_JS_GZ < <(size_of emcc hello.js)
read -r C_E_HTML_RAW C_E_HTML_GZ < <(size_of emcc hello.html)
C_W_JS_RAW="$W_NONE"; C_W_JS_GZ="$W_NONE"; C_W_HTML_RAW="$W_NONE"; C_W_HTML_GZ="$W_NONE"
if have_wasmcc; then
  read -r C_W_JS_RAW C_W_JS_GZ < <(size_of wasmcc hello.js)
  read -r C_W_HTML_RAW C_W_HTML_GZ < <(size_of wasmcc hello.html)
fi
fmt_size C_E_JS_RAW C_E_JS_GZ C_E_HTML_RAW C_E_HTML_GZ C_W_JS_RAW C_W_JS_GZ C_W_HTML_RAW C_W_HTML_GZ

# ---------------------------------------------------------------- (d) Lua
log "(d) Lua 5.4 build ($LUA_DIR)"
mkdir -p "$WORK/lua"
cp "$WORK/fib.lua" "$WORK/lua/"
D_BUILD_JSON="$RESULTS/lua-build.json"
LUA_INC="-I$LUA_DIR"
# a quoted list of the sources for hyperfine's shell
LUA_SRC_WORDS="$(printf '%q ' "${LUA_SRCS[@]}")"
prints_fib20() { # COMMAND...: run in the Lua folder, true when it prints fib(20)
  local out
  out="$(cd "$WORK/lua" && "$@" 2>&1)" || return 1
  [[ "$out" == *"fib(20) = 6765"* ]]
}
D_CMDS=(-n gcc "gcc -O2 $LUA_INC -o lua-native $LUA_SRC_WORDS -lm"
        -n emcc "emcc -O2 $EMCC_LUA_FLAGS $LUA_INC -o lua-emcc.js $LUA_SRC_WORDS")
D_B_WASMCC="$W_NONE"
D_LUA_WASMCC_OK=0
if have_wasmcc; then
  # one build first: a failing build is reported, not timed
  W_LUA_CMD="$WASMCC -O2 $WASMCC_LUA_FLAGS $LUA_INC -o lua-wasmcc.js $LUA_SRC_WORDS"
  if (cd "$WORK/lua" && bash -c "$W_LUA_CMD") >&2; then
    D_CMDS+=(-n wasmcc "$W_LUA_CMD")
    if prints_fib20 node lua-wasmcc.js fib.lua 20; then
      D_LUA_WASMCC_OK=1
    else
      echo "lua-wasmcc.js does not run fib.lua; its run times read 'failed'" >&2
    fi
  else
    echo "wasmcc cannot build Lua; its Lua figures read 'failed'" >&2
    D_B_WASMCC="failed"
  fi
fi
(cd "$WORK/lua" && "${HF[@]}" --runs 3 --export-json "$D_BUILD_JSON" "${D_CMDS[@]}")
D_B_GCC="$(fmt_time "$D_BUILD_JSON" 0)"
D_B_EMCC="$(fmt_time "$D_BUILD_JSON" 1)"
if [ "${#D_CMDS[@]}" -gt 4 ]; then D_B_WASMCC="$(fmt_time "$D_BUILD_JSON" 2)"; fi
prints_fib20 ./lua-native fib.lua 20 || die "lua-native does not print fib(20)"
prints_fib20 "${NODE_EMCC[@]}" lua-emcc.js fib.lua 20 || die "lua-emcc.js does not print fib(20)"

fib_run() { # N RUNS JSON
  local cmds=(-n native "./lua-native fib.lua $1"
              -n emcc "${NODE_EMCC[*]} lua-emcc.js fib.lua $1")
  if [ "$D_LUA_WASMCC_OK" = 1 ]; then cmds+=(-n wasmcc "node lua-wasmcc.js fib.lua $1"); fi
  (cd "$WORK/lua" && "${HF[@]}" --warmup 1 --runs "$2" --export-json "$3" "${cmds[@]}")
}
log "(d) fib(32)"
F32_JSON="$RESULTS/lua-fib32.json"
fib_run 32 5 "$F32_JSON"
log "(d) fib(35)"
F35_JSON="$RESULTS/lua-fib35.json"
fib_run 35 5 "$F35_JSON"

fib_cells() { # JSON -> sets FN FE FW FR
  FN="$(fmt_time "$1" 0)"; FE="$(fmt_time "$1" 1)"
  FW="$W_NONE"; FR=""
  if [ "$D_LUA_WASMCC_OK" = 1 ]; then
    FW="$(fmt_time "$1" 2)"
    FR=" ($(ratio "$(hf "$1" 2 mean)" "$(hf "$1" 0 mean)") native)"
  elif have_wasmcc; then
    FW="failed"
  fi
}
fib_cells "$F32_JSON"; F32N="$FN"; F32E="$FE (emcc $(ratio "$(hf "$F32_JSON" 1 mean)" "$(hf "$F32_JSON" 0 mean)") native)"; F32W="$FW$FR"
fib_cells "$F35_JSON"; F35N="$FN"; F35E="$FE (emcc $(ratio "$(hf "$F35_JSON" 1 mean)" "$(hf "$F35_JSON" 0 mean)") native)"; F35W="$FW$FR"

# ---------------------------------------------------------------- (e) start-up, tiers, size
# Lua printing one line (start-up), interleaved with emcc's build; the same
# Lua built with -sNODE_OPTIMIZE_AT_LOAD=0 (V8's own tiering only) for
# start-up and fib(35); the .wasm and its code section; the first build on
# a machine with an empty wasmcc cache.
log "(e) start-up and tiers"
echo 'print("one line")' > "$WORK/lua/one.lua"
E_START="$W_NONE"; E_START0="$W_NONE"; E_FIB0="$W_NONE"; E_W_SIZE="$W_NONE"; E_FIRST="$W_NONE"
START_JSON="$RESULTS/lua-start.json"
S_CMDS=(-n native "./lua-native one.lua" -n emcc "${NODE_EMCC[*]} lua-emcc.js one.lua")
if [ "$D_LUA_WASMCC_OK" = 1 ]; then
  (cd "$WORK/lua" && bash -c "$WASMCC -O2 $WASMCC_LUA_FLAGS -sNODE_OPTIMIZE_AT_LOAD=0 $LUA_INC -o lua-tiering.js $LUA_SRC_WORDS") >&2
  S_CMDS+=(-n wasmcc "node lua-wasmcc.js one.lua" -n wasmcc-tiering "node lua-tiering.js one.lua")
fi
(cd "$WORK/lua" && "${HF[@]}" -N --warmup 2 --runs 15 --export-json "$START_JSON" "${S_CMDS[@]}")
E_NATIVE="$(fmt_minmed "$START_JSON" 0)"
E_EMCC="$(fmt_minmed "$START_JSON" 1)"
if [ "$D_LUA_WASMCC_OK" = 1 ]; then
  E_START="$(fmt_minmed "$START_JSON" 2)"
  E_START0="$(fmt_minmed "$START_JSON" 3)"
  FIB0_JSON="$RESULTS/lua-fib35-tiering.json"
  (cd "$WORK/lua" && "${HF[@]}" --warmup 1 --runs 5 --export-json "$FIB0_JSON" -n wasmcc-tiering "node lua-tiering.js fib.lua 35")
  E_FIB0="$(fmt_minmed "$FIB0_JSON" 0)"
fi
F35_MM_E="$(fmt_minmed "$F35_JSON" 1)"; F35_MM_N="$(fmt_minmed "$F35_JSON" 0)"
F35_MM_W="$W_NONE"; [ "$D_LUA_WASMCC_OK" = 1 ] && F35_MM_W="$(fmt_minmed "$F35_JSON" 2)"
code_size() { # WASM: "total bytes (code section N)"
  python3 - "$1" <<'EOF2'
import sys
b = open(sys.argv[1], "rb").read()
def leb(p):
    r = s = 0
    while True:
        x = b[p]; p += 1; r |= (x & 0x7f) << s; s += 7
        if not x & 0x80:
            return r, p
p, code = 8, 0
while p < len(b):
    i = b[p]; n, q = leb(p + 1)
    if i == 10:
        code = n
    p = q + n
print(f"{len(b):,} (code {code:,})")
EOF2
}
E_E_SIZE="$(code_size "$WORK/lua/lua-emcc.wasm")"
[ "$D_LUA_WASMCC_OK" = 1 ] && E_W_SIZE="$(code_size "$WORK/lua/lua-wasmcc.wasm")"
if have_wasmcc; then
  FIRST_CACHE="$WORK/first-cache"
  FIRST_JSON="$RESULTS/first-build.json"
  # With the shared support library scripts/setup.sh builds, and without any.
  (cd "$WORK/check" && "${HF[@]}" --runs 5 --prepare "rm -rf $FIRST_CACHE" --export-json "$FIRST_JSON" \
     -n first "env WASMCC_CACHE=$FIRST_CACHE $ROOT/target/release/wasmcc -O2 hello.c -o first.js" \
     -n first-unshared "env WASMCC_CACHE=$FIRST_CACHE WASMCC_SHARED_CACHE=$WORK/no-shared $ROOT/target/release/wasmcc -O2 hello.c -o first.js")
  E_FIRST="$(fmt_minmed "$FIRST_JSON" 0) with the shared support library (scripts/setup.sh); $(fmt_minmed "$FIRST_JSON" 1) without"
fi

# ---------------------------------------------------------------- summary
CPU="$(grep -m1 'model name' /proc/cpuinfo | sed 's/.*: //')"
first_line() { local out; out="$("$@" 2>/dev/null)" || out="$1: not found"; printf '%s\n' "${out%%$'\n'*}"; }
EMCC_V="$(first_line emcc --version)"
CLANG_V="$(first_line clang-19 --version)"
NODE_V="$(node --version)"
SUMMARY="$RESULTS/summary.md"
{
  echo "# wasmcc benchmark"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Machine: $(nproc) cores, $CPU; load average at start: $LOAD_AT_START"
  echo "- emcc: $EMCC_V; library cache: $EM_CACHE_DESC"
  echo "- clang: $CLANG_V"
  echo "- node: $NODE_V"
  echo "- wasmcc: ${WASMCC_STATE}"
  echo
  echo "| Measure | native (gcc -O2) | emcc -O2 | wasmcc -O2 | Target for wasmcc |"
  echo "|---|---|---|---|---|"
  echo "| hello.c → hello.js build (warm) | | $A_EMCC | $A_WASMCC ($A_RATIO) | ≥ 4x faster than emcc |"
  echo "| wasmcc's own time (total − replay of its $B_NCMDS tool commands) | | | $B_OVER; wasmcc $B_TOTAL, replay $B_REPLAY | < 10 ms |"
  echo "| hello.js + hello.wasm, bytes | | $C_E_JS_RAW | $C_W_JS_RAW | |"
  echo "| hello.js + hello.wasm, gzip -9 | | $C_E_JS_GZ | $C_W_JS_GZ | < 3 KB |"
  echo "| hello.html + .js + .wasm, bytes | | $C_E_HTML_RAW | $C_W_HTML_RAW | |"
  echo "| hello.html + .js + .wasm, gzip -9 | | $C_E_HTML_GZ | $C_W_HTML_GZ | |"
  echo "| Lua 5.4 build (one command, ${#LUA_SRCS[@]} files) | $D_B_GCC | $D_B_EMCC | $D_B_WASMCC | |"
  echo "| Lua fib(32) | $F32N | $F32E | $F32W | ≤ 2x native, faster than emcc |"
  echo "| Lua fib(35) | $F35N | $F35E | $F35W | ≤ 2x native, faster than emcc |"
  echo "| Lua fib(35), min and median | $F35_MM_N | $F35_MM_E | $F35_MM_W | |"
  echo "| Lua fib(35) with \`-sNODE_OPTIMIZE_AT_LOAD=0\` | | | $E_FIB0 | |"
  echo "| Lua start (\`one.lua\` printing one line) | $E_NATIVE | $E_EMCC | $E_START | no slower than emcc |"
  echo "| Lua start with \`-sNODE_OPTIMIZE_AT_LOAD=0\` | | | $E_START0 | |"
  echo "| Lua .wasm, bytes | | $E_E_SIZE | $E_W_SIZE | no bigger than emcc's |"
  echo "| First build on a new machine (empty cache, hello -O2) | | | $E_FIRST | < 1.5 s |"
  echo
  echo "emcc Lua flags: \`-O2 $EMCC_LUA_FLAGS\`; wasmcc Lua flags: \`-O2 $WASMCC_LUA_FLAGS\`."
  echo "emcc's page is built with \`-sMINIFY_HTML=0\` (its minifier step fails in 3.1.6)."
  echo "emcc's output runs with \`node --no-experimental-fetch\`, wasmcc's with \`node\`."
  echo "Times are hyperfine means ± standard deviation; raw data: bench/results/*.json."
} > "$SUMMARY"
echo
cat "$SUMMARY"
