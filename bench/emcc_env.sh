# Sourced by the benchmark scripts: the environment Debian's emcc 3.1.6 needs
# on Node 20. Reads BENCH_CACHE (acorn in $BENCH_CACHE/node, for emcc's JS
# passes) and BENCH_EM_CACHE ("debian": the package's prebuilt, frozen cache
# in /usr/share/emscripten/cache; else a private cache folder that emcc
# fills itself); sets NODE_PATH, EM_CACHE, EM_FROZEN_CACHE and
# EM_CACHE_DESC (the cache in words, for summaries).
export NODE_PATH="$BENCH_CACHE/node/node_modules"
if [ "$BENCH_EM_CACHE" = debian ]; then
  unset EM_CACHE EM_FROZEN_CACHE
  EM_CACHE_DESC="Debian's prebuilt cache (/usr/share/emscripten/cache)"
else
  mkdir -p "$BENCH_EM_CACHE"
  export EM_CACHE="$BENCH_EM_CACHE"
  export EM_FROZEN_CACHE=
  EM_CACHE_DESC="private cache ($BENCH_EM_CACHE)"
fi
