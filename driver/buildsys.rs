//! Building projects with their own build systems, as Emscripten's emcmake,
//! emconfigure and emmake do. The wasmcc binary, invoked as
//!
//! - `wasmcmake cmake ARGS...`: runs CMake with wasmcc's toolchain file;
//! - `wasmmeson meson setup BUILD ARGS...`: runs Meson with wasmcc's cross file;
//! - `wasmconfigure ./configure ARGS...` or `wasmmake make ARGS...`: runs
//!   the command with CC, CXX, AR, RANLIB and NM naming wasmcc's tools;
//!
//! and `wasmcc --print-cmake-toolchain` and `--print-meson-cross` print those
//! files' paths.
//!
//! The files and the compiler names they use live in the cache folder's
//! `buildsys-HASH/`, HASH naming this binary's path: outside any one
//! sysroot, so a build folder keeps working when wasmcc is upgraded in place,
//! and apart from another wasmcc's (a second install, a development build).
//! They are rewritten only when their content changes.

use crate::err;
use crate::error::{Error, IoContext, Result};
use crate::sysroot::{self, Sysroot};
use crate::toolchain::{self, Tools};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Set by `wasmconfigure` and `wasmmake`: programs are built to run as
/// commands, as gcc's are. Without `-o` the output is `a.out` (autoconf looks
/// for it), and an output without an extension uses the host's files
/// (`-sNODERAWFS=1`): configure's test programs write their answers to files,
/// and `make check` runs programs on the project's files.
fn host_commands_var() -> &'static str {
    crate::env::Var::HostCommands.name()
}

const TOOLCHAIN_TEMPLATE: &str = include_str!("../sysroot/cmake/wasmcc.cmake.hbs");
const PLATFORM_FILE: &str = include_str!("../sysroot/cmake/Platform/Emscripten.cmake");
const MESON_TEMPLATE: &str = include_str!("../sysroot/meson/wasmcc-cross.ini.hbs");

/// The build-system wrappers, by the name wasmcc is invoked as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wrapper {
    CMake,
    Meson,
    Configure,
    Make,
}

impl Wrapper {
    pub fn from_program(program: &str) -> Option<Wrapper> {
        match Path::new(program).file_name()?.to_str()? {
            "wasmcmake" => Some(Wrapper::CMake),
            "wasmmeson" => Some(Wrapper::Meson),
            "wasmconfigure" => Some(Wrapper::Configure),
            "wasmmake" => Some(Wrapper::Make),
            _ => None,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Wrapper::CMake => "wasmcmake",
            Wrapper::Meson => "wasmmeson",
            Wrapper::Configure => "wasmconfigure",
            Wrapper::Make => "wasmmake",
        }
    }

    fn example(self) -> &'static str {
        match self {
            Wrapper::CMake => "cmake -S . -B build",
            Wrapper::Meson => "meson setup build",
            Wrapper::Configure => "./configure",
            Wrapper::Make => "make",
        }
    }
}

/// Runs the command in `args` for `wrapper` and returns only if it could not
/// be started or failed (its status becomes wasmcc's).
pub fn run_wrapper(wrapper: Wrapper, args: Vec<String>) -> Result<()> {
    let name = wrapper.name();
    let Some((command, rest)) = args.split_first() else {
        return Err(err!(
            "{name} runs a build command with wasmcc as its compiler: {name} {}",
            wrapper.example()
        ));
    };
    let tools = Tools::find()?;
    let sysroot = sysroot::get(&tools, false)?;
    let files = write_files(&tools, &sysroot)?;
    let mut cmd = Command::new(command);
    let mut rest = rest;
    match wrapper {
        Wrapper::CMake => {
            // `cmake --build` and the other modes take no -D.
            let configures = !rest
                .first()
                .is_some_and(|a| matches!(a.as_str(), "--build" | "--install" | "-E" | "-P"));
            if configures {
                cmd.arg(format!(
                    "-DCMAKE_TOOLCHAIN_FILE={}",
                    files.toolchain.display()
                ));
            }
        }
        Wrapper::Meson => {
            // Only `meson setup` takes a cross file; the other commands
            // read it from the build folder.
            if let Some((setup, after)) = rest.split_first().filter(|(a, _)| *a == "setup") {
                cmd.arg(setup).arg("--cross-file").arg(&files.meson);
                rest = after;
            }
        }
        Wrapper::Configure | Wrapper::Make => {
            // `sdl2-config` answers for the SDL2 port, before any host one.
            let mut path = std::ffi::OsString::from(files.cc.parent().unwrap_or(Path::new(".")));
            if let Some(old) = std::env::var_os("PATH") {
                path.push(":");
                path.push(old);
            }
            cmd.env("PATH", path)
                .env("CC", &files.cc)
                .env("CXX", &files.cxx)
                .env("AR", toolchain::find(&toolchain::LLVM_AR)?)
                .env("RANLIB", toolchain::find(&toolchain::LLVM_RANLIB)?)
                .env("NM", toolchain::find(&toolchain::LLVM_NM)?)
                // pkg-config finds no host library (none can be linked into
                // wasm); PKG_CONFIG_PATH still adds the user's own.
                .env("PKG_CONFIG_LIBDIR", &files.pkgconfig)
                .env(host_commands_var(), "1");
        }
    }
    cmd.args(rest);
    let status = cmd
        .status()
        .map_err(|e| err!("{name}: cannot run {command}: {e}"))?;
    match status.code() {
        Some(0) => Ok(()),
        Some(code) => Err(Error::ToolFailed { status: code }),
        None => Err(err!("{name}: {command} was killed ({status})")),
    }
}

/// The path of the CMake toolchain file, written if needed.
pub fn cmake_toolchain(tools: &Tools, sysroot: &Sysroot) -> Result<PathBuf> {
    Ok(write_files(tools, sysroot)?.toolchain)
}

/// The path of the Meson cross file, written if needed.
pub fn meson_cross_file(tools: &Tools, sysroot: &Sysroot) -> Result<PathBuf> {
    Ok(write_files(tools, sysroot)?.meson)
}

struct Files {
    toolchain: PathBuf,
    meson: PathBuf,
    cc: PathBuf,
    cxx: PathBuf,
    pkgconfig: PathBuf,
}

/// Writes `buildsys-HASH/` in the cache folder: the CMake toolchain file,
/// its Platform file, the Meson cross file, `bin/wasmcc` and `bin/wasmc++`
/// (links to this binary: the name selects C or C++), and an empty
/// pkg-config folder.
fn write_files(tools: &Tools, sysroot: &Sysroot) -> Result<Files> {
    let exe = std::env::current_exe().map_err(|e| err!("cannot find wasmcc's own path: {e}"))?;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    std::hash::Hash::hash(&exe, &mut hasher);
    let dir = sysroot::cache_dir()?.join(format!(
        "buildsys-{:016x}",
        std::hash::Hasher::finish(&hasher)
    ));
    let bin = dir.join("bin");
    let pkgconfig = dir.join("pkgconfig");
    for d in [&bin, &pkgconfig, &dir.join("Platform")] {
        fs::create_dir_all(d).at("create", d)?;
    }
    let (cc, cxx) = (bin.join("wasmcc"), bin.join("wasmc++"));
    for link in [&cc, &cxx] {
        link_to(&exe, link)?;
    }
    let (ranlib, nm, node) = (
        toolchain::find(&toolchain::LLVM_RANLIB)?,
        toolchain::find(&toolchain::LLVM_NM)?,
        toolchain::find(&toolchain::NODE)?,
    );
    let toolchain_text = render_with_paths(
        TOOLCHAIN_TEMPLATE,
        "CMake toolchain file",
        cmake_path,
        &[
            ("cc", &cc),
            ("cxx", &cxx),
            ("ar", &tools.llvm_ar.path),
            ("ranlib", &ranlib),
            ("node", &node),
            ("sysroot", &sysroot.root),
        ],
    )?;
    let toolchain = dir.join("wasmcc.cmake");
    write_if_changed(&toolchain, &toolchain_text)?;
    write_if_changed(&dir.join("Platform/Emscripten.cmake"), PLATFORM_FILE)?;
    let meson_text = render_with_paths(
        MESON_TEMPLATE,
        "Meson cross file",
        meson_path,
        &[
            ("cc", &cc),
            ("cxx", &cxx),
            ("ar", &tools.llvm_ar.path),
            ("nm", &nm),
            ("node", &node),
            ("pkgconfig", &pkgconfig),
        ],
    )?;
    let meson = dir.join("wasmcc-cross.ini");
    write_if_changed(&meson, &meson_text)?;
    write_port_files(&dir)?;
    Ok(Files {
        toolchain,
        meson,
        cc,
        cxx,
        pkgconfig,
    })
}

/// How build systems find the SDL2 port: `sdl2-config` in `bin/` (first on
/// PATH under wasmconfigure and wasmmake), `sdl2.pc` for pkg-config, and
/// `SDL2Config.cmake` for CMake's `find_package(SDL2)`. Each answers
/// `-sUSE_SDL=2`, which brings the headers to compiles and the library to
/// the link. SDL2_mixer likewise: `SDL2_mixer.pc` and `SDL2_mixerConfig.cmake`
/// answer `-sUSE_SDL_MIXER=2`. Written only for a port whose source is there
/// to build from.
fn write_port_files(dir: &Path) -> Result<()> {
    use crate::ports::Port;
    let Some(version) = Port::Sdl2.version() else {
        return Ok(());
    };
    let script = SDL2_CONFIG.replace("@VERSION@", &version);
    let config = dir.join("bin/sdl2-config");
    write_if_changed(&config, &script)?;
    use std::os::unix::fs::PermissionsExt;
    fs::set_permissions(&config, fs::Permissions::from_mode(0o755))
        .at("make executable", &config)?;
    write_if_changed(
        &dir.join("pkgconfig/sdl2.pc"),
        &SDL2_PC.replace("@VERSION@", &version),
    )?;
    write_cmake_package(dir, "SDL2", SDL2_CMAKE_CONFIG, &version)?;
    let Some(version) = Port::Sdl2Mixer.version() else {
        return Ok(());
    };
    write_if_changed(
        &dir.join("pkgconfig/SDL2_mixer.pc"),
        &SDL2_MIXER_PC.replace("@VERSION@", &version),
    )?;
    write_cmake_package(dir, "SDL2_mixer", SDL2_MIXER_CMAKE_CONFIG, &version)
}

/// `lib/cmake/NAME/NAMEConfig.cmake` and its version file, which accepts
/// any 2.x up to `version`.
fn write_cmake_package(dir: &Path, name: &str, config: &str, version: &str) -> Result<()> {
    let cmake = dir.join("lib/cmake").join(name);
    fs::create_dir_all(&cmake).at("create", &cmake)?;
    write_if_changed(&cmake.join(format!("{name}Config.cmake")), config)?;
    write_if_changed(
        &cmake.join(format!("{name}ConfigVersion.cmake")),
        &CMAKE_VERSION_2.replace("@VERSION@", version),
    )
}

const SDL2_CONFIG: &str = r#"#!/bin/sh
# sdl2-config for wasmcc: SDL2 is the port that -sUSE_SDL=2 builds from
# Debian's libsdl2 source and links.
if [ $# -eq 0 ]; then
  echo "Usage: sdl2-config [--version] [--cflags] [--libs] [--static-libs]" >&2
  exit 1
fi
for arg in "$@"; do
  case "$arg" in
    --version) echo "@VERSION@" ;;
    --cflags|--libs|--static-libs) echo "-sUSE_SDL=2" ;;
    --prefix|--exec-prefix) echo "${0%/bin/*}" ;;
    --prefix=*|--exec-prefix=*) ;;
    *) echo "sdl2-config: unknown option $arg" >&2; exit 1 ;;
  esac
done
"#;

const SDL2_PC: &str = "# SDL2 for wasmcc: the port that -sUSE_SDL=2 builds and links.
Name: sdl2
Description: Simple DirectMedia Layer, built by wasmcc from Debian's libsdl2 source
Version: @VERSION@
Cflags: -sUSE_SDL=2
Libs: -sUSE_SDL=2
";

const SDL2_CMAKE_CONFIG: &str = r#"# find_package(SDL2) for wasmcc: SDL2 is the port that -sUSE_SDL=2
# builds from Debian's libsdl2 source and links.
set(SDL2_FOUND TRUE)
set(SDL2_INCLUDE_DIRS "")
set(SDL2_LIBRARIES SDL2::SDL2)
set(SDL2_LIBRARY SDL2::SDL2)
set(SDL2MAIN_LIBRARY SDL2::SDL2main)
if(NOT TARGET SDL2::SDL2)
  add_library(SDL2::SDL2 INTERFACE IMPORTED)
  set_target_properties(SDL2::SDL2 PROPERTIES
    INTERFACE_COMPILE_OPTIONS "-sUSE_SDL=2"
    INTERFACE_LINK_OPTIONS "-sUSE_SDL=2")
  add_library(SDL2::SDL2-static INTERFACE IMPORTED)
  set_target_properties(SDL2::SDL2-static PROPERTIES INTERFACE_LINK_LIBRARIES SDL2::SDL2)
  # SDL2main wraps main on other platforms; on the web main is the entry point.
  add_library(SDL2::SDL2main INTERFACE IMPORTED)
endif()
"#;

const SDL2_MIXER_PC: &str =
    "# SDL2_mixer for wasmcc: the port that -sUSE_SDL_MIXER=2 builds and links.
Name: SDL2_mixer
Description: SDL2_mixer, built by wasmcc from Debian's libsdl2-mixer source
Version: @VERSION@
Requires: sdl2
Cflags: -sUSE_SDL_MIXER=2
Libs: -sUSE_SDL_MIXER=2
";

const SDL2_MIXER_CMAKE_CONFIG: &str = r#"# find_package(SDL2_mixer) for wasmcc: SDL2_mixer is the port that
# -sUSE_SDL_MIXER=2 builds from Debian's libsdl2-mixer source and links
# after SDL2.
include(CMakeFindDependencyMacro)
find_dependency(SDL2)
set(SDL2_mixer_FOUND TRUE)
set(SDL2_MIXER_INCLUDE_DIRS "")
set(SDL2_MIXER_LIBRARIES SDL2_mixer::SDL2_mixer)
if(NOT TARGET SDL2_mixer::SDL2_mixer)
  add_library(SDL2_mixer::SDL2_mixer INTERFACE IMPORTED)
  set_target_properties(SDL2_mixer::SDL2_mixer PROPERTIES
    INTERFACE_COMPILE_OPTIONS "-sUSE_SDL_MIXER=2"
    INTERFACE_LINK_OPTIONS "-sUSE_SDL_MIXER=2"
    INTERFACE_LINK_LIBRARIES SDL2::SDL2)
  add_library(SDL2_mixer::SDL2_mixer-static INTERFACE IMPORTED)
  set_target_properties(SDL2_mixer::SDL2_mixer-static PROPERTIES
    INTERFACE_LINK_LIBRARIES SDL2_mixer::SDL2_mixer)
endif()
"#;

const CMAKE_VERSION_2: &str = r#"set(PACKAGE_VERSION "@VERSION@")
if(PACKAGE_FIND_VERSION VERSION_GREATER PACKAGE_VERSION OR
   (PACKAGE_FIND_VERSION_MAJOR AND NOT PACKAGE_FIND_VERSION_MAJOR EQUAL 2))
  set(PACKAGE_VERSION_COMPATIBLE FALSE)
else()
  set(PACKAGE_VERSION_COMPATIBLE TRUE)
  if(PACKAGE_FIND_VERSION VERSION_EQUAL PACKAGE_VERSION)
    set(PACKAGE_VERSION_EXACT TRUE)
  endif()
endif()
"#;

/// Renders a build-system file whose values are paths, each written by
/// `quote` in the file's string syntax.
fn render_with_paths(
    template: &str,
    what: &str,
    quote: fn(&Path) -> Result<String>,
    paths: &[(&str, &Path)],
) -> Result<String> {
    let mut values = serde_json::Map::new();
    for (key, path) in paths {
        values.insert(key.to_string(), quote(path)?.into());
    }
    crate::util::code_templates()
        .render_template(template, &values)
        .map_err(|e| err!("cannot write the {what}: {e}"))
}

/// A path as a CMake string: forward slashes, no quote or backslash.
fn cmake_path(path: &Path) -> Result<String> {
    let s = path
        .to_str()
        .ok_or_else(|| err!("{}: not a UTF-8 path", path.display()))?;
    if s.contains(['"', '\\', '$', ';']) {
        return Err(err!(
            "{s}: CMake cannot use a path with '\"', '\\', '$' or ';' in it"
        ));
    }
    Ok(s.to_string())
}

/// A path as a Meson string, which is in single quotes.
fn meson_path(path: &Path) -> Result<String> {
    let s = path
        .to_str()
        .ok_or_else(|| err!("{}: not a UTF-8 path", path.display()))?;
    if s.contains(['\'', '\\']) {
        return Err(err!(
            "{s}: a Meson cross file cannot name a path with a quote or a backslash"
        ));
    }
    Ok(s.to_string())
}

/// Points `link` at `target`, replacing another link atomically.
fn link_to(target: &Path, link: &Path) -> Result<()> {
    if fs::read_link(link).is_ok_and(|t| t == target) {
        return Ok(());
    }
    let tmp = link.with_extension(format!("tmp{}", std::process::id()));
    let _ = fs::remove_file(&tmp);
    std::os::unix::fs::symlink(target, &tmp).at("create", &tmp)?;
    fs::rename(&tmp, link).at("replace", link)
}

/// Writes through a temporary file and a rename, so that a CMake run reading
/// the file never sees half of it; an unchanged file keeps its time.
fn write_if_changed(path: &Path, text: &str) -> Result<()> {
    if fs::read_to_string(path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    fs::write(&tmp, text).at("write", &tmp)?;
    fs::rename(&tmp, path).at("replace", path)
}

fn host_commands() -> bool {
    crate::env::is_set(crate::env::Var::HostCommands)
}

/// The output path when `-o` is absent.
pub fn default_output() -> PathBuf {
    PathBuf::from(if host_commands() { "a.out" } else { "a.out.js" })
}

/// Whether `output` is a command for the host: it has no extension, so it
/// runs as `./prog`, and the build runs under `wasmconfigure` or `wasmmake`.
pub fn is_host_command(output: &Path) -> bool {
    output.extension().is_none() && host_commands()
}

/// While CMake configures, comment lines with the `INFO:` strings of the
/// module's data. CMake learns pointer and type sizes (`CMAKE_SIZEOF_VOID_P`,
/// `check_type_size`) by reading such strings from the program a check
/// built, and it reads the file named as the executable: the `.js`.
/// Empty at any other time.
pub fn cmake_info_comment(bytes: &[u8]) -> String {
    if !crate::env::is_set(crate::env::Var::CmakeChecks) {
        return String::new();
    }
    printable_runs(bytes)
        .filter(|run| run.contains("INFO:"))
        .map(|run| format!("// {run}\n"))
        .collect()
}

/// The runs of printable ASCII in `bytes`, as `strings` finds them.
fn printable_runs(bytes: &[u8]) -> impl Iterator<Item = &str> {
    bytes
        .split(|b| !(b' '..=b'~').contains(b))
        .filter(|run| run.len() >= 4)
        .filter_map(|run| std::str::from_utf8(run).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrappers_are_chosen_by_the_invoked_name() {
        assert_eq!(
            Wrapper::from_program("/usr/bin/wasmcmake"),
            Some(Wrapper::CMake)
        );
        assert_eq!(
            Wrapper::from_program("wasmconfigure"),
            Some(Wrapper::Configure)
        );
        assert_eq!(Wrapper::from_program("./wasmmake"), Some(Wrapper::Make));
        assert_eq!(Wrapper::from_program("wasmcc"), None);
    }

    #[test]
    fn printable_runs_find_the_strings_cmake_reads() {
        let data = b"\0\x01INFO:size[4]\0ab\0INFO:abi[ELF]\xff";
        let runs: Vec<&str> = printable_runs(data).collect();
        assert_eq!(runs, ["INFO:size[4]", "INFO:abi[ELF]"]);
    }
}
