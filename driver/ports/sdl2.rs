//! SDL2 from Debian's `libsdl2` source, built for the web with SDL's own
//! Emscripten backends: video and events on a canvas, WebAudio, gamepads,
//! timers, and the OpenGL ES 2 renderer over WebGL.
//!
//! The files are every `.c` of the folders below: SDL's platform-neutral
//! core, its Emscripten backends, and the dummy or generic backends where
//! the web has nothing (haptics, sensors, threads). This is the list SDL's
//! CMakeLists.txt selects for `EMSCRIPTEN`, taken by folder so that a newer
//! SDL's new files come along. The configuration is SDL's own
//! `SDL_config_emscripten.h`, which `SDL_config.h` picks for `__EMSCRIPTEN__`.
//! Our own list is faster than running SDL's CMake through wasmcmake (its
//! configure step alone runs hundreds of checks) and needs no CMake.

use super::Port;
use crate::error::Result;
use crate::sysroot::{self, Sysroot};
use crate::toolchain::Tools;
use std::hash::{Hash, Hasher};
use std::path::Path;

/// The folders of `src/` whose `.c` files make the library.
const FOLDERS: &[&str] = &[
    "",
    "atomic",
    "audio",
    "audio/disk",
    "audio/dummy",
    "audio/emscripten",
    "cpuinfo",
    "dynapi",
    "events",
    "file",
    "filesystem/emscripten",
    "haptic",
    "haptic/dummy",
    "hidapi",
    "joystick",
    "joystick/emscripten",
    "joystick/virtual",
    "libm",
    "loadso/dlopen",
    "locale",
    "locale/emscripten",
    "misc",
    "misc/emscripten",
    "power",
    "power/emscripten",
    "render",
    "render/opengles2",
    "render/software",
    "sensor",
    "sensor/dummy",
    "stdlib",
    "thread",
    "thread/generic",
    "timer",
    "timer/unix",
    "video",
    "video/emscripten",
    "video/yuv2rgb",
];

/// Flags for SDL's sources besides the sysroot's. SDL calls
/// `emscripten_sleep` only when `emscripten_has_asyncify()` says the program
/// was built with -sASYNCIFY; the call goes to `__wasmcc_port_sleep`, which
/// is emscripten_sleep with -sASYNCIFY (libc-shims/asyncify/port_sleep.c)
/// and a trap without (libc-shims/js/port_sleep.c), so that one library
/// serves both kinds of program.
const FLAGS: &[&str] = &["-O2", "-Demscripten_sleep=__wasmcc_port_sleep"];

/// What the build is made of, for the cache folder's name.
pub fn recipe_hash(hasher: &mut impl Hasher) {
    (FOLDERS, FLAGS, sysroot::CODEGEN_ARGS).hash(hasher);
}

/// Builds `lib/libSDL2.a` and `include/SDL2/` in `out` from the source in `src`.
pub fn build(
    src: &Path,
    out: &Path,
    sysroot: &Sysroot,
    tools: &Tools,
    verbose: bool,
) -> Result<()> {
    let headers = src.join("include");
    super::copy_headers(&headers, &out.join("include/SDL2"))?;
    let sources = super::c_files(&src.join("src"), FOLDERS)?;
    let mut args: Vec<String> = FLAGS.iter().map(|f| f.to_string()).collect();
    args.push(format!("-I{}", headers.display()));
    super::compile_archive(Port::Sdl2, &sources, &args, out, sysroot, tools, verbose)
}
