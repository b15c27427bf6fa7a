//! SDL2_mixer from Debian's `libsdl2-mixer` source, built against the SDL2
//! port's headers. Its decoders are the ones SDL_mixer bundles, so nothing
//! else is needed: WAV (and AIFF, VOC) always, OGG through stb_vorbis, MP3
//! and FLAC through dr_libs, and MIDI through its copy of TiMidity (which
//! plays only when the program ships a `timidity.cfg` and its patches).
//! Every format is built in, whatever `SDL2_MIXER_FORMATS` names: the
//! decoders the program does not call are dropped by the link, so one
//! build serves all programs.
//!
//! The file list is SDL_mixer's CMakeLists.txt's (its `src`, `src/codecs`
//! and, with MIDI, `src/codecs/timidity`), taken by folder; each codec's
//! file compiles to nothing unless its `MUSIC_*` macro is defined.

use super::Port;
use crate::error::Result;
use crate::sysroot::{self, Sysroot};
use crate::toolchain::Tools;
use std::hash::{Hash, Hasher};
use std::path::Path;

/// The folders whose `.c` files make the library.
const FOLDERS: &[&str] = &["src", "src/codecs", "src/codecs/timidity"];

/// The formats, as SDL_mixer's CMake options define them for its bundled
/// decoders, and the macros its own build defines.
const FLAGS: &[&str] = &[
    "-O2",
    "-DBUILD_SDL",
    "-DMUSIC_WAV",
    "-DMUSIC_OGG",
    "-DOGG_USE_STB",
    "-DMUSIC_MP3_DRMP3",
    "-DMUSIC_FLAC_DRFLAC",
    "-DMUSIC_MID_TIMIDITY",
];

/// What the build is made of, for the cache folder's name.
pub fn recipe_hash(hasher: &mut impl Hasher) {
    (FOLDERS, FLAGS, sysroot::CODEGEN_ARGS).hash(hasher);
}

/// Builds `lib/libSDL2_mixer.a` and `include/SDL2/SDL_mixer.h` in `out`
/// from the source in `src`; the sysroot already holds the SDL2 port.
pub fn build(
    src: &Path,
    out: &Path,
    sysroot: &Sysroot,
    tools: &Tools,
    verbose: bool,
) -> Result<()> {
    let Some(sdl2) = sysroot.ports.iter().find(|p| p.port == Port::Sdl2) else {
        return Err(crate::err!(
            "the sdl2_mixer port needs the sdl2 port built first"
        ));
    };
    super::copy_headers(&src.join("include"), &out.join("include/SDL2"))?;
    let sources = super::c_files(src, FOLDERS)?;
    let mut args: Vec<String> = FLAGS.iter().map(|f| f.to_string()).collect();
    args.extend(sdl2.include_args());
    for dir in ["include", "src", "src/codecs"] {
        args.push(format!("-I{}", src.join(dir).display()));
    }
    super::compile_archive(
        Port::Sdl2Mixer,
        &sources,
        &args,
        out,
        sysroot,
        tools,
        verbose,
    )
}
