//! libc++ with C++ exceptions, from Debian's `llvm-toolchain-19` source.
//!
//! Debian's prebuilt wasm32 libc++ was built with `-fno-exceptions`, so a
//! function compiled into the library (`std::stoi`, `basic_string<char>::at`,
//! `operator new`, a stream's `exceptions()`, `std::locale("name")`) aborts
//! where it should throw. This recipe compiles the same library again with
//! Wasm exception handling: the members of Debian's `libc++.a` that come
//! from libc++ (`LIBCXX`), each from its own source file, plus libc++abi's
//! `operator new` (`LIBCXXABI`), with Debian's configuration (its
//! `__config_site`: no threads, no filesystem, the installed headers of the
//! same 19.1.7) and the flags libc++'s CMake build gives them. The archive
//! takes the place of Debian's `libc++.a` in C++ links with exceptions on;
//! the rest of libc++abi still comes from Debian's `libc++abi.a` (its
//! exception runtime is ours, `libwasmcc-eh.a`). Each rebuilt member
//! defines the same strong symbols as Debian's (tests/cxx_exceptions.rs
//! checks), so no member of Debian's archives is pulled in beside it.
//!
//! `scripts/setup.sh` unpacks the sources into the ports folder as
//! `libcxx/` (the two libraries' `src/`, libc++abi's `include/`) and builds
//! the archive into the user's cache. Without the source, links use Debian's
//! library as before, and `-v` says how to get it.

use crate::error::{IoContext, Result};
use crate::sysroot::{self, Sysroot};
use crate::toolchain::Tools;
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

/// The folder of the ports folder that holds the source.
pub const FOLDER: &str = "libcxx";
/// The archive, inside the built folder.
const ARCHIVE: &str = "lib/libc++.a";

/// libc++'s members of Debian's wasm32 `libc++.a` (`llvm-ar t`), under
/// `libcxx/src/`.
const LIBCXX: &[&str] = &[
    "algorithm.cpp",
    "any.cpp",
    "bind.cpp",
    "call_once.cpp",
    "charconv.cpp",
    "chrono.cpp",
    "error_category.cpp",
    "exception.cpp",
    "expected.cpp",
    "filesystem/filesystem_clock.cpp",
    "filesystem/filesystem_error.cpp",
    "filesystem/path.cpp",
    "functional.cpp",
    "hash.cpp",
    "legacy_pointer_safety.cpp",
    "memory.cpp",
    "memory_resource.cpp",
    "new_handler.cpp",
    "new_helpers.cpp",
    "optional.cpp",
    "print.cpp",
    "random_shuffle.cpp",
    "ryu/d2fixed.cpp",
    "ryu/d2s.cpp",
    "ryu/f2s.cpp",
    "stdexcept.cpp",
    "string.cpp",
    "system_error.cpp",
    "typeinfo.cpp",
    "valarray.cpp",
    "variant.cpp",
    "vector.cpp",
    "verbose_abort.cpp",
    "random.cpp",
    "fstream.cpp",
    "ios.cpp",
    "ios.instantiations.cpp",
    "iostream.cpp",
    "locale.cpp",
    "ostream.cpp",
    "regex.cpp",
    "strstream.cpp",
];

/// libc++abi's members that throw, under `libcxxabi/src/`: `operator new`
/// (`bad_alloc`). The others either stay Debian's or are ours.
const LIBCXXABI: &[&str] = &["stdlib_new_delete.cpp"];

/// What both libraries' CMake builds give every file, as Debian configured
/// them (`-O2 -DNDEBUG -g0`, C++23), with exceptions on.
const FLAGS: &[&str] = &[
    "-fwasm-exceptions",
    "-O2",
    "-DNDEBUG",
    "-g0",
    "-fno-stack-protector",
    "-std=c++23",
    "-fvisibility-inlines-hidden",
    "-fsized-deallocation",
    "-D_LIBCPP_BUILDING_LIBRARY",
    // Library code, not the user's: its warnings are not theirs to read.
    "-w",
];

/// libc++'s own (`LIBCXX_CXX_ABI=libcxxabi`: the exception classes'
/// members are libc++abi's).
const LIBCXX_FLAGS: &[&str] = &[
    "-D_LIBCPP_REMOVE_TRANSITIVE_INCLUDES",
    "-DLIBCXX_BUILDING_LIBCXXABI",
];

/// libc++abi's, as Debian configured it (no threads, silent terminate).
const LIBCXXABI_FLAGS: &[&str] = &[
    "-D_LIBCXXABI_BUILDING_LIBRARY",
    "-DLIBCXXABI_SILENT_TERMINATE",
    "-D_LIBCXXABI_HAS_NO_THREADS",
    "-fstrict-aliasing",
];

/// The unpacked source, if it is there.
fn source() -> Option<PathBuf> {
    let dir = super::sources_root().join(FOLDER);
    dir.join("debian/changelog").is_file().then_some(dir)
}

/// Why the library throws abort, and how to change that, for `-v`.
fn note(why: &str) {
    eprintln!(
        "wasmcc: note: exceptions thrown inside libc++ (std::stoi, string::at, operator new, \
         ...) abort: {why}"
    );
}

/// The `_LIBCPP_VERSION` of a Debian version: `1:19.1.7-3~deb12u1` is 190107.
fn libcpp_version(debian: &str) -> Option<u32> {
    let upstream = debian.split_once(':').map_or(debian, |(_, v)| v);
    let upstream = upstream.split(['-', '~', '+']).next()?;
    let mut parts = upstream.split('.').map(|p| p.parse::<u32>().ok());
    let (major, minor, patch) = (parts.next()??, parts.next()??, parts.next()??);
    Some(major * 10_000 + minor * 100 + patch)
}

/// The `_LIBCPP_VERSION` the installed headers define.
fn installed_version(headers: &Path) -> Option<u32> {
    let text = fs::read_to_string(headers.join("__config")).ok()?;
    text.lines().find_map(|line| {
        let rest = line.trim_start_matches(['#', ' ']).strip_prefix("define")?;
        rest.trim()
            .strip_prefix("_LIBCPP_VERSION")?
            .trim()
            .parse()
            .ok()
    })
}

/// The archive a C++ link with exceptions gets instead of Debian's
/// `libc++.a`, built into the cache on first use; `None` (Debian's library
/// stays) when the source is missing or is not the installed headers' version.
pub fn ensure(sysroot: &Sysroot, tools: &Tools, verbose: bool) -> Result<Option<PathBuf>> {
    let root = super::sources_root();
    let Some(src) = source() else {
        if verbose {
            note(&format!(
                "the source of llvm-toolchain-19 is not in {} (WASMCC_PORTS_SRC names another \
                 folder); scripts/setup.sh from wasmcc's source fetches it",
                root.join(FOLDER).display()
            ));
        }
        return Ok(None);
    };
    let version = super::debian_version(&src)?;
    let headers = sysroot.root.join("include/wasm32-wasi/c++/v1");
    let installed = installed_version(&headers);
    if installed.is_none() || installed != libcpp_version(&version) {
        if verbose {
            note(&format!(
                "the source in {} ({version}) is not the version of the installed libc++ \
                 headers; scripts/setup.sh fetches the matching one",
                src.display()
            ));
        }
        return Ok(None);
    }
    // The library depends on the toolchain and the headers, not on the
    // rest of the sysroot: a new wasmcc does not rebuild it.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for p in [
        &tools.clang.path,
        &sysroot.wasi_lib.join("libc.a"),
        &sysroot.wasi_lib.join("libc++.a"),
        &headers.join("__config"),
    ] {
        p.hash(&mut hasher);
        fs::metadata(p)
            .and_then(|m| m.modified())
            .ok()
            .hash(&mut hasher);
    }
    src.hash(&mut hasher);
    version.hash(&mut hasher);
    recipe_hash(&mut hasher);
    let name = format!("libcxx-{:016x}", hasher.finish());
    let built = sysroot::cached_port(&name, |out| {
        let started = std::time::Instant::now();
        eprintln!(
            "wasmcc: building libc++ with C++ exceptions (llvm-toolchain-19 {version}) once for \
             this cache; this takes a minute or two"
        );
        super::check_trusted(&src)?;
        build(&src, out, sysroot, tools, verbose)?;
        if verbose {
            eprintln!(
                "wasmcc: built libc++ in {:.1} s",
                started.elapsed().as_secs_f64()
            );
        }
        Ok(())
    })?;
    Ok(Some(built.join(ARCHIVE)))
}

/// What the build is made of, for the cache folder's name: this recipe's
/// whole text (lists, flags and steps) and the shared feature flags.
fn recipe_hash(hasher: &mut impl Hasher) {
    (include_str!("libcxx.rs"), sysroot::FEATURE_ARGS).hash(hasher);
}

/// Compiles the two parts and archives them as `lib/libc++.a` in `out`.
fn build(src: &Path, out: &Path, sysroot: &Sysroot, tools: &Tools, verbose: bool) -> Result<()> {
    // Not base_compile_args: the library is built as Debian built it, with
    // Debian's __config_site rather than ours, and without __EMSCRIPTEN__
    // (libc++ would take Emscripten's libc paths).
    let mut base = vec![
        "--target=wasm32-wasi".to_string(),
        format!("--sysroot={}", sysroot.root.display()),
    ];
    base.extend(sysroot::FEATURE_ARGS.iter().map(|a| a.to_string()));
    base.extend(FLAGS.iter().map(|a| a.to_string()));
    let libcxx_src = src.join("libcxx/src");
    let abi = src.join("libcxxabi");
    // Objects named as Debian's members are (`algorithm.cpp.o`).
    let files = |dir: &Path, names: &[&str]| {
        names
            .iter()
            .map(|n| {
                let base = n.rsplit('/').next().unwrap_or(n);
                (base.to_string(), dir.join(n))
            })
            .collect::<Vec<_>>()
    };
    let mut cxx_args = base.clone();
    cxx_args.extend(LIBCXX_FLAGS.iter().map(|a| a.to_string()));
    cxx_args.push(format!("-I{}", libcxx_src.display()));
    let mut abi_args = base;
    abi_args.extend(LIBCXXABI_FLAGS.iter().map(|a| a.to_string()));
    abi_args.push(format!("-I{}", abi.join("include").display()));
    // libc++abi's operator new includes a header of libc++'s source.
    abi_args.push(format!("-I{}", libcxx_src.display()));
    let parts = [
        (files(&libcxx_src, LIBCXX), cxx_args, "lib/libcxx.a"),
        (
            files(&abi.join("src"), LIBCXXABI),
            abi_args,
            "lib/libcxxabi.a",
        ),
    ];
    let mut objects = Vec::new();
    for (sources, args, part) in &parts {
        super::compile_into("libc++", sources, args, out, part, tools, verbose)?;
        objects.push(out.join(part));
    }
    // One archive of both parts' members.
    let archive = out.join(ARCHIVE);
    let mut ar = tools.llvm_ar.command();
    ar.arg("qcsL").arg(&archive).args(&objects);
    crate::run::run(&mut ar, verbose)?;
    for part in &objects {
        fs::remove_file(part).at("clean", part)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debian_versions_map_to_libcpp_versions() {
        assert_eq!(libcpp_version("1:19.1.7-3~deb12u1"), Some(190107));
        assert_eq!(libcpp_version("19.1.0-1"), Some(190100));
        assert_eq!(libcpp_version("1:22.1"), None);
    }
}
