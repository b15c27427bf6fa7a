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
            cmd.env("CC", &files.cc)
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
    Ok(Files {
        toolchain,
        meson,
        cc,
        cxx,
        pkgconfig,
    })
}

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
