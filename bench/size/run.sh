#!/usr/bin/env bash
# Where hello's bytes go: wasmcc's -O2 hello.js against the smallest readable
# glue found for the same module, and against minified copies of both.
#
# Usage (from the repository root):
#   bench/size/run.sh            build wasmcc (cargo build --release) and measure
#   bench/size/run.sh --setup    first install terser from npm into the cache
#
# Measured, each file `gzip -9` (the sum of each file's gzipped size):
#   - hello.js (default, -sENVIRONMENT=node, -sENVIRONMENT=web) and hello.wasm;
#   - bench/size/floor-hello.js, glue written by hand as one piece for the same
#     hello.wasm: it must print the greeting in Node before it is measured;
#   - with terser (when installed): both, whitespace removed only, and
#     compressed with names mangled. Minified JS is not what wasmcc ships
#     (its glue stays readable); the rows show what minifying would buy.
#
# Environment:
#   BENCH_CACHE   cache folder (default ~/.cache/wasmcc-bench): terser lives in
#                 $BENCH_CACHE/node, beside bench/run.sh's acorn.
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
cache=${BENCH_CACHE:-$HOME/.cache/wasmcc-bench}
terser="$cache/node/node_modules/.bin/terser"

die() { echo "bench/size/run.sh: $*" >&2; exit 1; }

case "${1:-}" in
  --setup) npm install --silent --prefix "$cache/node" terser@5 ;;
  "") ;;
  -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown option $1 (see --help)" ;;
esac

cargo build --release --quiet --manifest-path "$root/Cargo.toml"
wasmcc="$root/target/release/wasmcc"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

gz() { gzip -9 -c "$1" | wc -c; }
row() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4"; }

cd "$work"
"$wasmcc" -O2 "$root/examples/hello.c" -o hello.js
wasm=$(gz hello.wasm)
echo "hello.wasm: $(wc -c <hello.wasm) bytes, $wasm gzipped"
echo
row "Glue" "JS" "JS gzipped" "+ hello.wasm gzipped"
row "---" "---" "---" "---"
row "wasmcc hello.js" "$(wc -c <hello.js)" "$(gz hello.js)" "$(($(gz hello.js) + wasm))"
for env in node web; do
  mkdir "$env"
  "$wasmcc" -O2 "$root/examples/hello.c" -sENVIRONMENT=$env -o "$env/hello.js"
  row "wasmcc -sENVIRONMENT=$env" "$(wc -c <$env/hello.js)" "$(gz $env/hello.js)" "$(($(gz $env/hello.js) + wasm))"
done

cp "$root/bench/size/floor-hello.js" floor.js
[ "$(node floor.js)" = "Hello, WebAssembly!" ] || die "floor-hello.js does not run hello.wasm"
row "floor-hello.js (by hand)" "$(wc -c <floor.js)" "$(gz floor.js)" "$(($(gz floor.js) + wasm))"

if [ -x "$terser" ]; then
  for f in hello.js floor.js; do
    "$terser" "$f" -o "$f.ws.js"
    "$terser" "$f" -c -m -o "$f.min.js"
    row "$f, whitespace removed" "$(wc -c <$f.ws.js)" "$(gz $f.ws.js)" "$(($(gz $f.ws.js) + wasm))"
    row "$f, compressed and mangled" "$(wc -c <$f.min.js)" "$(gz $f.min.js)" "$(($(gz $f.min.js) + wasm))"
  done
else
  echo
  echo "(terser is not installed: bench/size/run.sh --setup adds the minified rows)"
fi
