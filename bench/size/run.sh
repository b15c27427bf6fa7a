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
#   - hello.js as wasmcc writes it at -O2 (minified: glue/minify.rs) and
#     with --minify 0 (readable, as at -O1);
#   - examples/triangle.c as a page at -O2, both forms (html + js + wasm);
#   - with terser (when installed): the readable hello.js and the floor,
#     whitespace removed only, and compressed with names mangled, for
#     comparison with wasmcc's own minification.
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
row "wasmcc hello.js (minified)" "$(wc -c <hello.js)" "$(gz hello.js)" "$(($(gz hello.js) + wasm))"
for env in node web; do
  mkdir "$env"
  "$wasmcc" -O2 "$root/examples/hello.c" -sENVIRONMENT=$env -o "$env/hello.js"
  row "wasmcc -sENVIRONMENT=$env (minified)" "$(wc -c <$env/hello.js)" "$(gz $env/hello.js)" "$(($(gz $env/hello.js) + wasm))"
done
mkdir readable
"$wasmcc" -O2 --minify 0 "$root/examples/hello.c" -o readable/hello.js
cmp -s hello.wasm readable/hello.wasm || die "--minify 0 changed hello.wasm"
row "wasmcc hello.js --minify 0 (readable)" "$(wc -c <readable/hello.js)" "$(gz readable/hello.js)" "$(($(gz readable/hello.js) + wasm))"

echo
row "examples/triangle.c page, -O2" "html + js + wasm" "gzipped" "js gzipped"
row "---" "---" "---" "---"
for form in minified readable; do
  mkdir "tri-$form"
  flags=()
  [ "$form" = readable ] && flags=(--minify 0)
  "$wasmcc" -O2 "${flags[@]}" "$root/examples/triangle.c" -o "tri-$form/triangle.html"
  t="tri-$form/triangle"
  row "$form" "$(cat $t.html $t.js $t.wasm | wc -c)" "$(($(gz $t.html) + $(gz $t.js) + $(gz $t.wasm)))" "$(gz $t.js)"
done

echo
cp "$root/bench/size/floor-hello.js" floor.js
floors=(floor.js)
if [ "$(node floor.js 2>/dev/null)" = "Hello, WebAssembly!" ]; then
  row "floor-hello.js (by hand)" "$(wc -c <floor.js)" "$(gz floor.js)" "$(($(gz floor.js) + wasm))"
else
  # Written for an earlier hello.wasm: a module with other imports needs it rewritten.
  echo "(floor-hello.js does not run this hello.wasm: its rows are left out)"
  floors=()
fi

cp readable/hello.js hello.js
if [ -x "$terser" ]; then
  echo
  for f in hello.js "${floors[@]}"; do
    "$terser" "$f" -o "$f.ws.js"
    "$terser" "$f" -c -m -o "$f.min.js"
    row "$f, whitespace removed" "$(wc -c <$f.ws.js)" "$(gz $f.ws.js)" "$(($(gz $f.ws.js) + wasm))"
    row "$f, compressed and mangled" "$(wc -c <$f.min.js)" "$(gz $f.min.js)" "$(($(gz $f.min.js) + wasm))"
  done
else
  echo
  echo "(terser is not installed: bench/size/run.sh --setup adds the minified rows)"
fi
