//! The sysroot we own. clang never sees `/usr` as a sysroot, because that
//! would let host headers such as glibc's `<pthread.h>` leak in. Instead a
//! cache folder holds:
//!
//! ```text
//! include/wasm32-wasi  -> Debian's wasi-libc headers (clang searches it last)
//! include/wasmcc/      our headers, searched first (setjmp.h, GLES2, ...)
//! lib/libwasmcc.a      our support library, built from libc-shims/*.c
//! lib/libwasmcc-cxx.a, lib/libwasmcc-eh.a  the C++ part and the C++ exception
//!                      runtime (libc-shims/*.cpp), built on the first C++ link
//! lib/libwasmcc-js.a   the part of it that needs our JS runtime (libc-shims/js/)
//! lib/libwasmcc-asyncify.a  what -sASYNCIFY adds: setjmp without Wasm
//!                      exception handling, the saved-stack buffer (libc-shims/asyncify/)
//! ```
//!
//! Headers and shim sources are embedded in the binary. The folder's name is a
//! hash of them and of the toolchain, so a new wasmcc or a new clang makes a new
//! folder. Building it takes about a second once, not minutes.
//! When a new folder is built, the ones no build has used for a month are
//! removed.

mod cache;
mod manifest;

use crate::embedded;
use crate::env::{self, Var};
use crate::err;
use crate::error::{IoContext, Result};
use crate::toolchain::{self, Tools};
use std::fs;
use std::hash::{Hash, Hasher};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

/// Where Debian puts wasi-libc (`include/wasm32-wasi`, `lib/wasm32-wasi`);
/// `WASMCC_WASI_SYSROOT` names another root.
fn wasi_root() -> PathBuf {
    env::get(Var::WasiSysroot)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr"))
}

pub struct Sysroot {
    pub root: PathBuf,
    /// Debian's wasi-libc libraries and crt1 objects.
    pub wasi_lib: PathBuf,
    /// compiler-rt's builtins archive for wasm32.
    pub builtins: PathBuf,
    /// The ports this build uses (`-sUSE_SDL=2`), built on first use
    /// (see ports.rs): their headers join every compile, their archives
    /// the link.
    pub ports: Vec<crate::ports::Built>,
}

impl Sysroot {
    pub fn our_include(&self) -> PathBuf {
        self.root.join("include/wasmcc")
    }
    /// Our support library: C only, usable in any WASI runtime.
    pub fn support_lib(&self) -> PathBuf {
        self.root.join("lib/libwasmcc.a")
    }
    /// The part of our support library that calls into wasmcc's JS runtime.
    pub fn support_lib_js(&self) -> PathBuf {
        self.root.join("lib/libwasmcc-js.a")
    }
    /// The support library's C++ part (`libc-shims/*.cpp`), which only
    /// C++ links need: built on the first one (see `ensure_cxx`).
    pub fn support_lib_cxx(&self) -> PathBuf {
        self.root.join("lib/libwasmcc-cxx.a")
    }
    /// The C++ exception runtime (`libc-shims/cxa_*.cpp`), built with the
    /// C++ part; not linked with `-sASYNCIFY` (no Wasm EH there).
    pub fn support_lib_eh(&self) -> PathBuf {
        self.root.join("lib/libwasmcc-eh.a")
    }
    /// What `-sASYNCIFY` links before the rest: its definitions of the setjmp
    /// helpers win over the Wasm EH ones in the support library.
    pub fn support_lib_asyncify(&self) -> PathBuf {
        self.root.join("lib/libwasmcc-asyncify.a")
    }
}

/// The flags every C/C++ compile gets, the support library's included.
/// The emulation macros switch on wasi-libc's mmap, signal, clock and getpid
/// emulations, which legacy programs expect.
pub fn base_compile_args(sysroot: &Sysroot) -> Vec<String> {
    vec![
        "--target=wasm32-wasi".into(),
        format!("--sysroot={}", sysroot.root.display()),
        "-isystem".into(),
        sysroot.our_include().display().to_string(),
        "-D__wasmcc__=1".into(),
        // Code written for Emscripten tests this to take its web paths, and
        // <emscripten.h> is there for it.
        "-D__EMSCRIPTEN__=1".into(),
    ]
    .into_iter()
    .chain(crate::query::version_macros())
    .chain([
        "-D_WASI_EMULATED_MMAN".into(),
        "-D_WASI_EMULATED_SIGNAL".into(),
        "-D_WASI_EMULATED_PROCESS_CLOCKS".into(),
        "-D_WASI_EMULATED_GETPID".into(),
    ])
    .chain(FEATURE_ARGS.iter().map(|a| a.to_string()))
    .collect()
}

/// Removes the include folders from `base_compile_args`, for a source that
/// is already preprocessed.
pub fn drop_include_args(args: &mut Vec<String>) {
    if let Some(i) = args.iter().position(|a| a == "-isystem") {
        args.drain(i..(i + 2).min(args.len()));
    }
}

/// WebAssembly features every compile enables, as LLVM 20 does
/// for the generic CPU (clang-19 does not): every browser and Node version
/// wasmcc targets runs them. Bulk memory turns memcpy and memset into
/// `memory.copy` and `memory.fill` (see libc-shims/memory.c), which are far
/// smaller than musl's loops; non-trapping float-to-int makes a C cast one
/// instruction instead of a range check and a branch. They come before the
/// user's flags, so `-mno-bulk-memory` still wins.
pub const FEATURE_ARGS: &[&str] = &["-mbulk-memory", "-mnontrapping-fptoint"];

/// Flags for C and C++ code generation: setjmp/longjmp through Wasm
/// exception handling (the cheap scheme: no cost where nothing jumps).
pub const CODEGEN_ARGS: &[&str] = &["-mllvm", "-wasm-enable-sjlj"];

/// The same with `-sASYNCIFY`: binaryen's Asyncify cannot instrument Wasm
/// exception handling, so setjmp/longjmp go through JS (invoke_* imports).
pub const ASYNCIFY_CODEGEN_ARGS: &[&str] = &["-mllvm", "-enable-emscripten-sjlj"];

/// The code generation flags for these settings.
pub fn codegen_args(settings: &crate::settings::Settings) -> &'static [&'static str] {
    if settings.ASYNCIFY {
        ASYNCIFY_CODEGEN_ARGS
    } else {
        CODEGEN_ARGS
    }
}

/// The cache folder, created and checked to be ours (see cache.rs):
/// `WASMCC_CACHE`, else `$XDG_CACHE_HOME/wasmcc`, else `~/.cache/wasmcc`,
/// else, for a user who cannot use those, `wasmcc-cache-UID` in the temp folder.
pub fn cache_dir() -> Result<PathBuf> {
    cache::dir()
}

/// The user whose files the cache trusts (see cache.rs).
pub fn euid() -> u32 {
    cache::euid()
}

/// The embedded files under `prefix`, with the prefix removed.
fn embedded_under(prefix: &str) -> impl Iterator<Item = (&'static str, &'static [u8])> + '_ {
    embedded::FILES
        .iter()
        .filter_map(move |(path, data)| path.strip_prefix(prefix).map(|rel| (rel, *data)))
}

/// Finds the sysroot for these tools, building it on first use.
pub fn get(tools: &Tools, verbose: bool) -> Result<Sysroot> {
    let wasi = wasi_root();
    let wasi_include = wasi.join("include/wasm32-wasi");
    let wasi_lib = wasi.join("lib/wasm32-wasi");
    if !wasi_lib.join("libc.a").is_file() || !wasi_include.join("stdio.h").is_file() {
        return Err(err!(
            "wasi-libc not found under {}: install it with 'apt-get install wasi-libc' (or set WASMCC_WASI_SYSROOT)",
            wasi.display()
        ));
    }
    // Our sources' hash comes from the build; the toolchain's identity is
    // its paths and modification times.
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    embedded::SYSROOT_SOURCES_HASH.hash(&mut hasher);
    // The flags the shims are built with change the objects too. (The hash
    // from the build covers the sources generated from the GL table.)
    (FEATURE_ARGS, CODEGEN_ARGS).hash(&mut hasher);
    for p in [&tools.clang.path, &wasi_lib.join("libc.a")] {
        p.hash(&mut hasher);
        fs::metadata(p)
            .and_then(|m| m.modified())
            .ok()
            .hash(&mut hasher);
    }
    let hash = hasher.finish();
    let cache = cache_dir()?;
    let name = format!("sysroot-{hash:016x}");
    let root = cache.join(&name);
    let builtins_link = root.join("lib/libclang_rt.builtins-wasm32.a");
    let sysroot = Sysroot {
        root: root.clone(),
        wasi_lib,
        builtins: builtins_link,
        ports: Vec::new(),
    };
    if inspect(&root, READY)? != State::Good {
        // One wasmcc builds; the others wait here, then find it good.
        let _lock = cache::lock(&cache, &name);
        let state = inspect(&root, READY)?;
        if state != State::Good {
            note_rebuild(&root, &state, "sysroot");
            let staged = match copy_shared(&name, &cache) {
                Some(copy) => copy,
                None => build(&sysroot, &wasi_include, tools, verbose)?,
            };
            install(staged, &root, &cache)?;
            prune_unused(&cache, &root, SystemTime::now());
        }
    }
    mark_used(&root, SystemTime::now());
    Ok(sysroot)
}

/// The same sysroot from the shared cache that scripts/setup.sh fills for
/// every user (`WASMCC_SHARED_CACHE`), copied into a temporary folder in
/// `cache`, or `None` when there is none to trust (then it is built). A
/// shared sysroot is trusted as the system's own files are: owned by root
/// or by this user, writable by no one else, and whole by its manifest.
fn copy_shared(name: &str, cache: &Path) -> Option<tempfile::TempDir> {
    let shared = crate::env::get(crate::env::Var::SharedCache)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/var/cache/wasmcc/sysroot"));
    let from = shared.join(name);
    let trusted = |p: &Path| {
        fs::symlink_metadata(p).is_ok_and(|m| {
            use std::os::unix::fs::MetadataExt;
            m.is_dir() && (m.uid() == 0 || m.uid() == euid()) && m.mode() & 0o022 == 0
        })
    };
    if !trusted(&shared) || !trusted(&from) {
        return None;
    }
    let manifest_text = fs::read_to_string(from.join(READY)).ok()?;
    manifest::verify(&from, &manifest_text).ok()?;
    let to = tempfile::Builder::new()
        .prefix(".sysroot-")
        .permissions(fs::Permissions::from_mode(0o700))
        .tempdir_in(cache)
        .ok()?;
    for entry in walkdir::WalkDir::new(&from).min_depth(1) {
        let entry = entry.ok()?;
        let dest = to.path().join(entry.path().strip_prefix(&from).ok()?);
        let kind = entry.file_type();
        if kind.is_dir() {
            fs::create_dir(&dest).ok()?;
        } else if kind.is_symlink() {
            std::os::unix::fs::symlink(fs::read_link(entry.path()).ok()?, &dest).ok()?;
        } else {
            fs::copy(entry.path(), &dest).ok()?;
        }
    }
    // What was copied is checked as what is built: a file that changed
    // under the copy makes it a build.
    manifest::verify(to.path(), &manifest_text).ok()?;
    Some(to)
}

/// The marker a finished build writes last: the manifest of what it built
/// (see manifest.rs). An older wasmcc wrote it empty and only tests that it
/// exists, so it can still use the folders this one builds.
const READY: &str = "ready";
/// The same for the C++ part, built later by `ensure_cxx`.
const READY_CXX: &str = "ready-cxx";

/// What a sysroot folder (or its C++ part) is found to be.
#[derive(Debug, PartialEq, Eq)]
enum State {
    Good,
    /// Not built yet, or built by an older wasmcc that wrote no manifest.
    Missing,
    /// Half built or damaged since: why.
    Damaged(String),
}

/// Checks the sysroot at `root` against the manifest in `marker`. A folder
/// that is not ours is refused (an error), not rebuilt.
fn inspect(root: &Path, marker: &str) -> Result<State> {
    match fs::symlink_metadata(root) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(State::Missing),
        Err(e) => return Err(e).at("read", root),
        Ok(_) => cache::check(root)?,
    }
    let text = match fs::read_to_string(root.join(marker)) {
        Ok(text) if text.is_empty() => return Ok(State::Missing),
        Ok(text) => text,
        Err(_) if marker == READY_CXX => return Ok(State::Missing),
        Err(_) => {
            return Ok(State::Damaged(
                "it has no manifest (its build did not finish, or the manifest was removed)".into(),
            ))
        }
    };
    Ok(match manifest::verify(root, &text) {
        Ok(()) => State::Good,
        Err(why) => State::Damaged(why),
    })
}

/// Tells the user a damaged sysroot is being rebuilt: a cache that changes
/// under wasmcc is worth knowing about (a full disk, a cleaner, another tool).
fn note_rebuild(root: &Path, state: &State, what: &str) {
    if let State::Damaged(why) = state {
        eprintln!(
            "wasmcc: note: rebuilding the damaged {what} {}: {why}",
            root.display()
        );
    }
}

/// Puts the freshly built `staged` folder at `root`. Runs under the
/// sysroot's lock, just after `root` was found missing or damaged: a damaged
/// one is moved aside whole first (a rename, so no wasmcc sees it half
/// removed) and removed after.
fn install(staged: tempfile::TempDir, root: &Path, cache: &Path) -> Result<()> {
    if fs::symlink_metadata(root).is_ok() {
        // A rename replaces an empty folder, and this one has a fresh name.
        let aside = tempfile::Builder::new()
            .prefix(".damaged-")
            .tempdir_in(cache)
            .at("create a folder in", cache)?
            .keep();
        fs::rename(root, &aside).map_err(|e| {
            err!(
                "cannot move aside the damaged sysroot {}: {e}: remove it, or set WASMCC_CACHE to another folder",
                root.display()
            )
        })?;
        let _ = fs::remove_dir_all(&aside);
    }
    let staged = staged.keep();
    if let Err(e) = fs::rename(&staged, root) {
        let _ = fs::remove_dir_all(&staged);
        // Another wasmcc that took no lock (an older one, or a file system
        // without locks) finished first; its folder is as good as ours.
        if inspect(root, READY)? != State::Good {
            return Err(err!(
                "cannot create the sysroot at {}: {e}: remove that folder, or set WASMCC_CACHE to another one",
                root.display()
            ));
        }
    }
    Ok(())
}

/// A file each use of a sysroot touches, at most once a day.
const USED_STAMP: &str = "last-used";
const DAY: Duration = Duration::from_secs(24 * 60 * 60);
/// A sysroot folder unused for this long was left by an older wasmcc build.
/// Two wasmcc versions used side by side each keep their own.
const UNUSED_FOR: Duration = Duration::from_secs(30 * 24 * 60 * 60);

fn last_used(root: &Path) -> Option<SystemTime> {
    [USED_STAMP, "ready"].iter().find_map(|name| {
        fs::metadata(root.join(name))
            .and_then(|m| m.modified())
            .ok()
    })
}

/// Marks `root` as used. Failing to is harmless: the folder only looks older.
fn mark_used(root: &Path, now: SystemTime) {
    let stamp = root.join(USED_STAMP);
    let recent = fs::metadata(&stamp)
        .and_then(|m| m.modified())
        .is_ok_and(|t| now.duration_since(t).is_ok_and(|age| age < DAY));
    if !recent {
        let _ = fs::File::create(&stamp).and_then(|f| f.set_modified(now));
    }
}

/// Removes the sysroot folders beside `keep` that have not been used for
/// UNUSED_FOR, with their lock files, and the leftovers of builds that were
/// killed (temporary folders older than a day: a build takes seconds). Runs
/// only when a new sysroot was built, which is when an old one may have
/// become garbage; what cannot be removed is left.
fn prune_unused(parent: &Path, keep: &Path, now: SystemTime) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    let older_than = |path: &Path, age: Duration| {
        fs::symlink_metadata(path)
            .and_then(|m| m.modified())
            .is_ok_and(|t| now.duration_since(t).is_ok_and(|a| a > age))
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let Some(name) = name.to_str() else {
            continue;
        };
        if path == keep || !entry.file_type().is_ok_and(|t| t.is_dir()) {
            continue;
        }
        if name.starts_with("sysroot-") || name.starts_with(PORT_PREFIX) {
            let unused = last_used(&path)
                .is_some_and(|t| now.duration_since(t).is_ok_and(|age| age > UNUSED_FOR));
            if unused {
                let _ = fs::remove_dir_all(&path);
                let _ = fs::remove_file(parent.join(format!("{name}.lock")));
            }
        } else if [".sysroot-", ".damaged-", ".port-"]
            .iter()
            .any(|p| name.starts_with(p))
            && older_than(&path, DAY)
        {
            let _ = fs::remove_dir_all(&path);
        }
    }
}

/// The names of the cache's port folders start with this (`port-sdl2-HASH`).
pub const PORT_PREFIX: &str = "port-";

/// A port's folder in the cache, `port-NAME`, held to the sysroot's rules:
/// `build` fills a temporary folder beside it (mode 0700), which gets a
/// manifest and is renamed into place under the folder's lock, so
/// concurrent first uses build it once; each use checks the manifest, and a
/// damaged folder is rebuilt and swapped in whole.
pub fn cached_port(name: &str, build: impl FnOnce(&Path) -> Result<()>) -> Result<PathBuf> {
    let cache = cache_dir()?;
    let name = format!("{PORT_PREFIX}{name}");
    let root = cache.join(&name);
    if inspect(&root, READY)? != State::Good {
        let _lock = cache::lock(&cache, &name);
        let state = inspect(&root, READY)?;
        if state != State::Good {
            note_rebuild(&root, &state, "port");
            // An interrupted build leaves no half-made port behind.
            let (tmp, _cleanup) = crate::interrupt::TempPath::make(
                || {
                    tempfile::Builder::new()
                        .prefix(".port-")
                        .permissions(fs::Permissions::from_mode(0o700))
                        .tempdir_in(&cache)
                },
                |t| t.path(),
            )
            .at("create a folder in", &cache)?;
            build(tmp.path())?;
            write_manifest(tmp.path(), READY, manifest::record(tmp.path(), &[READY])?)?;
            install(tmp, &root, &cache)?;
        }
    }
    mark_used(&root, SystemTime::now());
    Ok(root)
}

/// Builds the sysroot in a temporary folder beside its final place (mode
/// 0700, as every cache folder), with its manifest; `install` puts it in
/// place, so no wasmcc ever sees a half-made one.
fn build(
    sysroot: &Sysroot,
    wasi_include: &Path,
    tools: &Tools,
    verbose: bool,
) -> Result<tempfile::TempDir> {
    let parent = sysroot.root.parent().unwrap_or(Path::new("."));
    // An interrupted build leaves no half-made sysroot behind.
    let (tmp, _cleanup) = crate::interrupt::TempPath::make(
        || {
            tempfile::Builder::new()
                .prefix(".sysroot-")
                .permissions(fs::Permissions::from_mode(0o700))
                .tempdir_in(parent)
        },
        |t| t.path(),
    )
    .at("create a folder in", parent)?;
    let t = tmp.path();
    fs::create_dir_all(t.join("include/wasmcc")).at("create", t)?;
    fs::create_dir_all(t.join("lib")).at("create", t)?;
    std::os::unix::fs::symlink(wasi_include, t.join("include/wasm32-wasi"))
        .at("link wasi-libc headers into", t)?;
    for (rel, data) in embedded_under("sysroot/include/") {
        let dest = t.join("include/wasmcc").join(rel);
        if let Some(dir) = dest.parent() {
            fs::create_dir_all(dir).at("create", dir)?;
        }
        fs::write(&dest, data).at("write", &dest)?;
    }

    let builtins = toolchain::clang_builtins(&tools.clang.path)?;
    std::os::unix::fs::symlink(&builtins, t.join("lib/libclang_rt.builtins-wasm32.a"))
        .at("link compiler-rt into", t)?;

    // Compile the shims in parallel: each is one clang process.
    let staged = Sysroot {
        root: t.to_path_buf(),
        wasi_lib: sysroot.wasi_lib.clone(),
        builtins,
        ports: Vec::new(),
    };
    let shim_dir = t.join("shims");
    fs::create_dir_all(shim_dir.join("js")).at("create", &shim_dir)?;
    fs::create_dir_all(shim_dir.join("asyncify")).at("create", &shim_dir)?;
    let mut objects: [Vec<PathBuf>; 3] = [Vec::new(), Vec::new(), Vec::new()];
    // Our sources, then the lookup tables generated from the GL table.
    let generated = crate::procaddress::sources()?;
    let mut sources: Vec<(&str, &[u8])> = embedded_under("libc-shims/").collect();
    sources.extend(generated.iter().map(|(rel, text)| (*rel, text.as_bytes())));
    // Every file is written before any compile starts: a source may include
    // a header that comes after it.
    let mut compiles = Vec::new();
    for (rel, data) in sources {
        let part = match rel.split_once('/') {
            Some(("js", name)) if !name.contains('/') => 1,
            Some(("asyncify", name)) if !name.contains('/') => 2,
            None => 0,
            _ => continue,
        };
        let src = shim_dir.join(rel);
        fs::write(&src, data).at("write", &src)?;
        // The C++ part is built on the first C++ link (ensure_cxx): parsing
        // libc++'s headers would more than double the time of this build.
        if rel.ends_with(".c") {
            compiles.push((rel, part, src));
        }
    }
    let mut commands = Vec::new();
    for (_, part, src) in &compiles {
        let obj = src.with_extension("o");
        commands.push(shim_command(&staged, tools, src, &obj, *part == 2));
        objects[*part].push(obj);
    }
    if let Some((i, _)) = crate::run::run_parallel(commands, crate::run::cores(), verbose)? {
        return Err(err!(
            "building the support library failed on libc-shims/{}",
            compiles[i].0
        ));
    }
    for (lib, objs) in [
        staged.support_lib(),
        staged.support_lib_js(),
        staged.support_lib_asyncify(),
    ]
    .into_iter()
    .zip(&objects)
    {
        let mut ar = tools.llvm_ar.command();
        ar.arg("rcs").arg(lib).args(objs);
        crate::run::run(&mut ar, verbose)?;
    }
    fs::remove_dir_all(&shim_dir).at("clean", &shim_dir)?;
    write_manifest(t, READY, manifest::record(t, &[READY])?)?;
    Ok(tmp)
}

/// Writes a manifest under a temporary name and renames it into place, so
/// that it is whole whenever it exists.
fn write_manifest(root: &Path, marker: &str, entries: Vec<manifest::Entry>) -> Result<()> {
    let staged = root.join(format!(".{marker}.tmp-{}", std::process::id()));
    fs::write(&staged, manifest::render(&entries)).at("write", &staged)?;
    let dest = root.join(marker);
    fs::rename(&staged, &dest).at("write", &dest)
}

/// The clang command that compiles one shim, C or C++; the asyncify part
/// must hold no Wasm exception handling.
fn shim_command(
    sysroot: &Sysroot,
    tools: &Tools,
    src: &Path,
    obj: &Path,
    asyncify: bool,
) -> Command {
    let mut cmd = tools.clang.command();
    cmd.args(base_compile_args(sysroot))
        .args(if asyncify { &[][..] } else { CODEGEN_ARGS });
    if src.extension().is_some_and(|e| e == "cpp") {
        // The exception runtime (cxa_*.cpp) throws and catches; the rest is
        // built as Debian's libc++ was, so that a program that never throws
        // links no exception machinery through it.
        let runtime = src
            .file_name()
            .and_then(|n| n.to_str())
            .is_some_and(|n| n.starts_with("cxa_"));
        cmd.arg(if runtime {
            "-fwasm-exceptions"
        } else {
            "-fno-exceptions"
        });
    }
    cmd.args(["-O2", "-Wall", "-c"]).arg(src).arg("-o").arg(obj);
    cmd
}

/// Builds the support library's C++ part once, on the first C++ link: the
/// `.cpp` shims into `lib/libwasmcc-cxx.a`, with its own manifest
/// (`ready-cxx`). A damaged one is rebuilt, under the sysroot's lock.
pub fn ensure_cxx(sysroot: &Sysroot, tools: &Tools, verbose: bool) -> Result<()> {
    let root = &sysroot.root;
    if inspect(root, READY_CXX)? == State::Good {
        return Ok(());
    }
    let cache = root.parent().unwrap_or(Path::new("."));
    let name = root
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("sysroot");
    let _lock = cache::lock(cache, name);
    let state = inspect(root, READY_CXX)?;
    if state == State::Good {
        return Ok(());
    }
    note_rebuild(root, &state, "sysroot");
    let (tmp, _cleanup) = crate::interrupt::TempPath::make(
        || tempfile::Builder::new().prefix(".cxx-").tempdir_in(root),
        |t| t.path(),
    )
    .at("create a folder in", root)?;
    // Two archives: the exception runtime (cxa_*.cpp) and the rest.
    let mut objects: [Vec<PathBuf>; 2] = [Vec::new(), Vec::new()];
    let mut commands = Vec::new();
    let mut names = Vec::new();
    // Headers too: a source may include one.
    for (rel, data) in embedded_under("libc-shims/").filter(|(rel, _)| !rel.contains('/')) {
        let src = tmp.path().join(rel);
        fs::write(&src, data).at("write", &src)?;
        if !rel.ends_with(".cpp") {
            continue;
        }
        let obj = src.with_extension("o");
        commands.push(shim_command(sysroot, tools, &src, &obj, false));
        objects[usize::from(rel.starts_with("cxa_"))].push(obj);
        names.push(rel);
    }
    if let Some((i, _)) = crate::run::run_parallel(commands, crate::run::cores(), verbose)? {
        return Err(err!(
            "building the support library failed on libc-shims/{}",
            names[i]
        ));
    }
    // The old manifest goes first, so that it never vouches for a library
    // being replaced; each library is moved into place whole.
    let marker = root.join(READY_CXX);
    if let Err(e) = fs::remove_file(&marker) {
        if e.kind() != std::io::ErrorKind::NotFound {
            return Err(e).at("remove", &marker);
        }
    }
    let mut entries = Vec::new();
    for (lib, objs) in [sysroot.support_lib_cxx(), sysroot.support_lib_eh()]
        .iter()
        .zip(&objects)
    {
        let name = lib.file_name().unwrap_or_default();
        let staged = tmp.path().join(name);
        let mut ar = tools.llvm_ar.command();
        ar.arg("rcs").arg(&staged).args(objs);
        crate::run::run(&mut ar, verbose)?;
        fs::rename(&staged, lib).at("move into place", lib)?;
        let rel = Path::new("lib").join(name);
        entries.push(manifest::file_entry(root, &rel.to_string_lossy())?);
    }
    write_manifest(root, READY_CXX, entries)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_sysroots_unused_for_a_month_are_pruned() {
        let cache = tempfile::tempdir().unwrap();
        let now = SystemTime::now();
        let make = |name: &str, age_days: u64| {
            let root = cache.path().join(name);
            fs::create_dir_all(&root).unwrap();
            fs::File::create(root.join("ready")).unwrap();
            mark_used(&root, now - DAY * age_days as u32);
            root
        };
        let current = make("sysroot-current", 400);
        let old = make("sysroot-old", 45);
        let recent = make("sysroot-recent", 3);
        let other = cache.path().join("not-a-sysroot");
        fs::create_dir_all(&other).unwrap();
        prune_unused(cache.path(), &current, now);
        assert!(current.exists(), "the sysroot in use is kept");
        assert!(!old.exists(), "a sysroot unused for 45 days is removed");
        assert!(recent.exists(), "a sysroot used 3 days ago is kept");
        assert!(other.exists(), "other folders are left alone");
    }

    #[test]
    fn use_is_marked_at_most_once_a_day() {
        let root = tempfile::tempdir().unwrap();
        let now = SystemTime::now();
        mark_used(root.path(), now - DAY / 2);
        mark_used(root.path(), now);
        let stamped = last_used(root.path()).unwrap();
        assert_eq!(stamped, now - DAY / 2);
        mark_used(root.path(), now + DAY * 2);
        assert_eq!(last_used(root.path()).unwrap(), now + DAY * 2);
    }

    /// A small sysroot-like folder with its manifest in `ready`.
    fn built(cache: &Path) -> PathBuf {
        let root = cache.join("sysroot-test");
        fs::create_dir_all(root.join("lib")).unwrap();
        fs::set_permissions(&root, fs::Permissions::from_mode(0o700)).unwrap();
        fs::write(root.join("lib/libwasmcc.a"), vec![1u8; 3000]).unwrap();
        write_manifest(&root, READY, manifest::record(&root, &[READY]).unwrap()).unwrap();
        root
    }

    #[test]
    fn a_sysroot_is_good_missing_damaged_or_refused() {
        let cache = tempfile::tempdir().unwrap();
        let root = cache.path().join("sysroot-test");
        assert_eq!(inspect(&root, READY).unwrap(), State::Missing);
        let root = built(cache.path());
        assert_eq!(inspect(&root, READY).unwrap(), State::Good);
        // The C++ part is missing until the first C++ link.
        assert_eq!(inspect(&root, READY_CXX).unwrap(), State::Missing);
        // An older wasmcc's empty marker: rebuilt without a word.
        fs::write(root.join(READY), "").unwrap();
        assert_eq!(inspect(&root, READY).unwrap(), State::Missing);
        fs::remove_file(root.join(READY)).unwrap();
        assert!(matches!(inspect(&root, READY).unwrap(), State::Damaged(_)));
        let root = built(cache.path());
        fs::write(root.join("lib/libwasmcc.a"), "!<arch>\n").unwrap();
        assert!(matches!(inspect(&root, READY).unwrap(), State::Damaged(_)));
        fs::set_permissions(&root, fs::Permissions::from_mode(0o777)).unwrap();
        let e = inspect(&root, READY).unwrap_err().to_string();
        assert!(e.contains("can be written by other users"), "{e}");
    }

    #[test]
    fn a_damaged_sysroot_is_replaced_whole() {
        let cache = tempfile::tempdir().unwrap();
        let root = built(cache.path());
        fs::write(root.join("stray"), "").unwrap();
        let staged = tempfile::tempdir_in(cache.path()).unwrap();
        fs::write(staged.path().join("new"), "").unwrap();
        install(staged, &root, cache.path()).unwrap();
        assert!(root.join("new").exists() && !root.join("stray").exists());
        let left: Vec<_> = fs::read_dir(cache.path()).unwrap().collect();
        assert_eq!(left.len(), 1, "the damaged folder is removed: {left:?}");
    }

    #[test]
    fn leftovers_of_killed_builds_are_pruned_after_a_day() {
        let cache = tempfile::tempdir().unwrap();
        let keep = cache.path().join("sysroot-keep");
        let stale = cache.path().join(".sysroot-abc");
        let fresh = cache.path().join(".damaged-def");
        fs::create_dir_all(&stale).unwrap();
        fs::create_dir_all(&fresh).unwrap();
        fs::File::open(&stale)
            .unwrap()
            .set_modified(SystemTime::now() - DAY * 2)
            .unwrap();
        prune_unused(cache.path(), &keep, SystemTime::now());
        assert!(!stale.exists(), "a two-day-old build folder is removed");
        assert!(fresh.exists(), "a folder a build may still use is kept");
    }
}
