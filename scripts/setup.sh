#!/usr/bin/env bash
# Installs what wasmcc needs on Debian 12 (bookworm), idempotently, and
# installs the wasmcc binaries with cargo. Run as root or with sudo available.
#   scripts/setup.sh          the toolchain and wasmcc
#   scripts/setup.sh --test   also what the tests use (gcc, csmith, chromium)
set -euo pipefail

packages=(clang-19 lld-19 llvm-19 libclang-rt-19-dev-wasm32 wasi-libc
  libc++-19-dev-wasm32 libc++abi-19-dev-wasm32 binaryen nodejs dpkg-dev)
if [[ "${1:-}" == "--test" ]]; then
  # cmake, meson, autoconf, make and ccache for the build-system tests;
  # zlib1g-dev (with pkg-config) is the host library that a project must not find;
  # distcc for the distributed-build test; vorbis-tools (oggenc) makes the
  # OGG the SDL2_mixer test plays; freedoom's freedoom1.wad is the game the
  # Doom test runs.
  packages+=(gcc g++ csmith libcsmith-dev chromium cmake meson ninja-build
    pkg-config autoconf make ccache zlib1g-dev distcc vorbis-tools freedoom)
  # Header-only C++ that tests/cpp_packages.rs builds (exceptions in real code).
  packages+=(nlohmann-json3-dev libfmt-dev doctest-dev libboost-dev)
  # npm installs esbuild for the bundler tests. Debian's nodejs needs the npm
  # package; a nodejs that ships npm itself (NodeSource's) conflicts with it.
  command -v npm >/dev/null || packages+=(npm)
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

# The sources of the ports (-sUSE_SDL=2, -sUSE_SDL_MIXER=2), from Debian's source packages.
# wasmcc builds them once per cache on first use; it never downloads.
# A private sources list leaves the system's apt configuration alone: one
# deb-src line naming the mirror the system's own sources name.
ports="${WASMCC_PORTS_SRC:-/var/cache/wasmcc/ports}"
fetch_source() { # PACKAGE FOLDER [PATH...]: unpacks PACKAGE's source as $ports/FOLDER
  # With PATHs, only those folders of the upstream tarball (see libcxx below).
  local package=$1 folder=$2
  shift 2
  local only=("$@")
  if [[ -f "$ports/$folder/debian/changelog" ]]; then return; fi
  local mirror suite
  mirror=$( (grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list || true) |
    grep -v security | sed -E 's/^URIs:[[:space:]]*//; s/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//' |
    awk '{print $1; exit}')
  suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
  if [[ -z "$mirror" ]]; then
    echo "setup: no Debian mirror named in /etc/apt/sources.list(.d); cannot fetch $package" >&2
    exit 1
  fi
  echo "setup: fetching the source of $package from $mirror ($suite) into $ports/$folder"
  "${sudo_cmd[@]}" mkdir -p "$ports"
  "${sudo_cmd[@]}" chmod 755 "$ports"
  local work log
  work=$("${sudo_cmd[@]}" mktemp -d "$ports/.fetch-XXXXXX")
  log=$(mktemp)
  "${sudo_cmd[@]}" mkdir -p "$work/lists/partial"
  echo "deb-src $mirror $suite main" | "${sudo_cmd[@]}" tee "$work/sources.list" >/dev/null
  local apt_opts=(-o "Dir::Etc::sourcelist=$work/sources.list" -o Dir::Etc::sourceparts=/dev/null
    -o "Dir::State::lists=$work/lists" -q)
  # apt's messages (a warning that _apt cannot read the folder, the
  # packaging's git address) are kept in a log, shown only on failure.
  if ! { "${sudo_cmd[@]}" apt-get "${apt_opts[@]}" update &&
    (cd "$work" && "${sudo_cmd[@]}" apt-get "${apt_opts[@]}" source --download-only "$package"); } \
    >"$log" 2>&1; then
    cat "$log" >&2
    echo "setup: could not fetch the source of $package" >&2
    exit 1
  fi
  local dsc
  dsc=$(ls "$work"/"${package}"_*.dsc)
  if ((${#only[@]})); then
    if ! unpack_parts "$work" "${only[@]}" >>"$log" 2>&1; then
      cat "$log" >&2
      exit 1
    fi
  # dpkg-source applies Debian's patches as it unpacks.
  elif ! "${sudo_cmd[@]}" dpkg-source -q -x "$dsc" "$work/src" >>"$log" 2>&1; then
    cat "$log" >&2
    exit 1
  fi
  "${sudo_cmd[@]}" chmod -R u+rwX,go+rX,go-w "$work/src"
  "${sudo_cmd[@]}" rm -rf "${ports:?}/$folder"
  "${sudo_cmd[@]}" mv "$work/src" "$ports/$folder"
  "${sudo_cmd[@]}" rm -rf "$work"
  rm -f "$log"
}
# unpack_parts WORK PATH...: the PATHs of the upstream tarball in WORK and
# Debian's packaging, as $WORK/src, with those of Debian's patches that
# apply to them. For llvm-toolchain-19, whose whole tree is 1.5 GB.
unpack_parts() {
  local work=$1
  shift
  local orig top
  orig=$(ls "$work"/*.orig.tar.*)
  # head closes the pipe early: tar's SIGPIPE is not a failure.
  top=$(tar -tf "$orig" | head -1 | cut -d/ -f1 || true)
  [[ -n "$top" ]] || return 1
  "${sudo_cmd[@]}" mkdir -p "$work/src"
  "${sudo_cmd[@]}" tar --no-same-owner -xf "$orig" -C "$work/src" --strip-components=1 "${@/#/$top/}"
  "${sudo_cmd[@]}" tar --no-same-owner -xf "$(ls "$work"/*.debian.tar.*)" -C "$work/src"
  local series="$work/src/debian/patches/series" patch
  [[ -f "$series" ]] || return 0
  # A patch that also touches files left out does not apply, and is skipped.
  grep -v '^#' "$series" | while read -r patch; do
    [[ -n "$patch" ]] || continue
    if (cd "$work/src" && "${sudo_cmd[@]}" patch -p1 -s -f --dry-run <"debian/patches/$patch" >/dev/null 2>&1); then
      (cd "$work/src" && "${sudo_cmd[@]}" patch -p1 -s -f <"debian/patches/$patch")
    fi
  done
}

fetch_source libsdl2 sdl2
fetch_source libsdl2-mixer sdl2_mixer
# libc++ and libc++abi's library sources (the same 19.1.7 as Debian's
# prebuilt wasm32 libc++), which wasmcc builds with C++ exceptions on
# (driver/ports/libcxx.rs): 164 MB fetched, 13 MB kept.
fetch_source llvm-toolchain-19 libcxx libcxx/src libcxxabi/src libcxxabi/include LICENSE.TXT

# esbuild for the bundler tests (tests/bundlers.rs), in a folder of the
# tests' own (the tests look there too), not in the project or globally.
if [[ "${1:-}" == "--test" ]]; then
  npm_dir="${WASMCC_TEST_NPM:-${XDG_CACHE_HOME:-$HOME/.cache}/wasmcc-test-npm}"
  if [[ ! -x "$npm_dir/node_modules/.bin/esbuild" ]]; then
    echo "setup: installing esbuild into $npm_dir"
    mkdir -p "$npm_dir"
    npm install --prefix "$npm_dir" --no-save --no-audit --no-fund --loglevel=error esbuild@0.28.2
  fi
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
# The support library for every user of this machine: a user's first build
# copies it from here instead of compiling it (driver/sysroot.rs,
# copy_shared). Owned by root and writable by no one else, as wasmcc requires.
shared="${WASMCC_SHARED_CACHE:-/var/cache/wasmcc/sysroot}"
prime=$(mktemp -d)
chmod 755 "$prime"
printf 'int main(void) { return 0; }\n' >"$prime/p.c"
"${sudo_cmd[@]}" mkdir -p "$shared"
if (cd "$prime" && "${sudo_cmd[@]}" env WASMCC_CACHE="$shared" "$bin/wasmcc" p.c -o "$prime/p.js"); then
  "${sudo_cmd[@]}" chmod -R go-w,a+rX "$shared"
else
  echo "setup: warning: could not build the shared support library; each user builds it on first use" >&2
fi
rm -rf "$prime"
# The first C++ link builds libc++ with exceptions into the user's cache (a
# minute or two on 2 cores, once per toolchain); doing it here keeps the
# first wasmc++ quick.
prime=$(mktemp -d)
printf 'int main() { return 0; }\n' >"$prime/p.cpp"
if ! (cd "$prime" && "$bin/wasmc++" p.cpp -o p.js); then
  echo "setup: warning: wasmc++ could not link a C++ program; see the message above" >&2
fi
rm -rf "$prime"
