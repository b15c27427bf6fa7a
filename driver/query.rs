//! What is printed instead of a build: `--help`, and what build systems ask
//! a compiler about itself, answered as gcc and emcc answer (`--version`,
//! `-v` alone, `-dumpmachine`, `-dumpversion`, `-print-search-dirs`,
//! `-print-file-name=`, `-print-prog-name=`, `-print-libgcc-file-name`, and
//! the paths of the CMake and Meson files).
//!
//! The version text leads with the Emscripten interface wasmcc speaks, so
//! that tools that recognise Emscripten by its `--version` (Meson requires
//! "Emscripten" and a version of at least 1.39.19) treat wasmcc as it: a
//! driver that takes `-s` settings and writes `.js` programs.

use crate::buildsys;
use crate::cli::{Options, Print};
use crate::err;
use crate::error::Result;
use crate::sysroot::Sysroot;
use crate::toolchain::{self, Tools};
use std::path::PathBuf;
use std::process::Command;

/// The Emscripten release whose interface (html5.h layouts, settings, the
/// Module object) wasmcc matches: Debian's emscripten package. Code tests
/// it through `__EMSCRIPTEN_major__` and friends, as with emcc.
pub const EMSCRIPTEN_INTERFACE: (u32, u32, u32) = (3, 1, 6);

/// The target triple emcc reports; autoconf's config.sub knows it.
pub const MACHINE: &str = "wasm32-unknown-emscripten";

pub fn emscripten_version() -> String {
    let (major, minor, tiny) = EMSCRIPTEN_INTERFACE;
    format!("{major}.{minor}.{tiny}")
}

/// The `-D` flags of the interface version, as emcc passes them.
pub fn version_macros() -> [String; 3] {
    let (major, minor, tiny) = EMSCRIPTEN_INTERFACE;
    [
        format!("-D__EMSCRIPTEN_major__={major}"),
        format!("-D__EMSCRIPTEN_minor__={minor}"),
        format!("-D__EMSCRIPTEN_tiny__={tiny}"),
    ]
}

/// `--version`: which wasmcc, the interface it speaks, the clang it runs.
pub fn version_text() -> String {
    let clang = toolchain::find(&toolchain::CLANG)
        .ok()
        .and_then(|clang| Command::new(clang).arg("--version").output().ok())
        .and_then(|out| {
            let text = String::from_utf8_lossy(&out.stdout);
            text.lines().next().map(str::to_string)
        })
        .unwrap_or_else(|| "clang not found".into());
    format!(
        "wasmcc (Emscripten {} compatible) {}\nUses {clang}\nTarget: {MACHINE}\n",
        emscripten_version(),
        env!("CARGO_PKG_VERSION"),
    )
}

/// Prints what `print` asks for. The toolchain and the sysroot are looked
/// up only for the answers that name their paths.
pub fn answer(print: &Print, opts: &Options) -> Result<()> {
    let located = || -> Result<(Tools, Sysroot)> {
        let tools = Tools::find()?;
        let sysroot = crate::sysroot::get(&tools, opts.verbose)?;
        Ok((tools, sysroot))
    };
    match print {
        Print::Help => print!("{}", crate::cli::help()),
        Print::Version => print!("{}", version_text()),
        Print::Machine => println!("{MACHINE}"),
        Print::DumpVersion => println!("{}", emscripten_version()),
        Print::ProgName(name) => println!("{}", prog_name(name, &Tools::find()?)),
        Print::CMakeToolchain => {
            let (tools, sysroot) = located()?;
            println!("{}", buildsys::cmake_toolchain(&tools, &sysroot)?.display());
        }
        Print::MesonCrossFile => {
            let (tools, sysroot) = located()?;
            println!(
                "{}",
                buildsys::meson_cross_file(&tools, &sysroot)?.display()
            );
        }
        Print::SearchDirs => {
            let (tools, sysroot) = located()?;
            let programs = tools
                .clang
                .path
                .parent()
                .map(PathBuf::from)
                .unwrap_or_default();
            println!("programs: ={}", programs.display());
            let libs: Vec<String> = library_dirs(&sysroot, opts)
                .iter()
                .map(|d| d.display().to_string())
                .collect();
            println!("libraries: ={}", libs.join(":"));
        }
        Print::FileName(name) => {
            let (tools, sysroot) = located()?;
            println!("{}", file_name(name, &tools, &sysroot, opts)?);
        }
        Print::LibgccFileName => println!("{}", located()?.1.builtins.display()),
    }
    Ok(())
}

/// Where libraries are found: the user's `-L` folders, then ours.
fn library_dirs(sysroot: &Sysroot, opts: &Options) -> Vec<PathBuf> {
    let mut dirs = opts.lib_dirs.clone();
    dirs.push(sysroot.root.join("lib"));
    dirs.push(sysroot.wasi_lib.clone());
    dirs
}

/// gcc's `-print-file-name=NAME`: the library file's path, else clang's
/// answer (its resource folder has `include` and the like), else NAME.
fn file_name(name: &str, tools: &Tools, sysroot: &Sysroot, opts: &Options) -> Result<String> {
    if let Some(found) = library_dirs(sysroot, opts)
        .into_iter()
        .map(|d| d.join(name))
        .find(|p| p.exists())
    {
        return Ok(found.display().to_string());
    }
    let out = tools
        .clang
        .command()
        .args(["--target=wasm32-wasi", &format!("-print-file-name={name}")])
        .output()
        .map_err(|e| err!("cannot run {}: {e}", tools.clang.path.display()))?;
    let answer = String::from_utf8_lossy(&out.stdout).trim().to_string();
    Ok(if answer.is_empty() {
        name.to_string()
    } else {
        answer
    })
}

/// gcc's `-print-prog-name=NAME`: the tool wasmcc runs for NAME, else NAME.
fn prog_name(name: &str, tools: &Tools) -> String {
    let found = match name {
        "ld" | "wasm-ld" => Some(tools.wasm_ld.path.clone()),
        "ar" => Some(tools.llvm_ar.path.clone()),
        "ranlib" => toolchain::find(&toolchain::LLVM_RANLIB).ok(),
        "nm" => toolchain::find(&toolchain::LLVM_NM).ok(),
        "cc" | "clang" => Some(tools.clang.path.clone()),
        _ => None,
    };
    found.map_or_else(|| name.to_string(), |p| p.display().to_string())
}
