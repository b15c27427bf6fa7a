#!/usr/bin/env bash
# Installs what wasmcc needs on Debian 12 (bookworm), idempotently, and
# installs the wasmcc binaries with cargo. Run as root or with sudo available.
#   scripts/setup.sh          the toolchain and wasmcc
#   scripts/setup.sh --test   also what the tests use (gcc, csmith, chromium)
set -euo pipefail

packages=(clang-19 lld-19 llvm-19 libclang-rt-19-dev-wasm32 wasi-libc
  libc++-19-dev-wasm32 libc++abi-19-dev-wasm32 binaryen nodejs)
if [[ "${1:-}" == "--test" ]]; then
  # cmake, meson, autoconf, make and ccache for the build-system tests;
  # zlib1g-dev (with pkg-config) is the host library that a project must not find;
  # distcc for the distributed-build test.
  packages+=(gcc g++ csmith libcsmith-dev chromium cmake meson ninja-build
    pkg-config autoconf make ccache zlib1g-dev distcc)
fi

sudo_cmd=()
if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

cd "$(dirname "$0")/.."
cargo install --quiet --locked --path . --root "${CARGO_HOME:-$HOME/.cargo}"
bin="${CARGO_HOME:-$HOME/.cargo}/bin"
# wasmc++ is the same binary; the name selects C++, as clang++ does. So do
# the build-system wrappers (wasmcmake cmake ..., wasmmeson meson setup ...,
# wasmconfigure ./configure, wasmmake make), as Emscripten's emcmake,
# emconfigure and emmake.
for name in wasmc++ wasmcmake wasmmeson wasmconfigure wasmmake; do
  ln -sf wasmcc "$bin/$name"
done
echo "setup: wasmcc installed in $bin"
