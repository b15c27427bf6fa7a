//! Ports: libraries Emscripten ships as ports (`-sUSE_SDL=2`,
//! `-sUSE_SDL_MIXER=2`), which wasmcc
//! builds from Debian's source packages with its own clang. Nothing is
//! downloaded at build time: `scripts/setup.sh` fetches and unpacks the
//! sources (with Debian's patches) into the ports folder, `WASMCC_PORTS_SRC`
//! (default `/var/cache/wasmcc/ports`), and the first build that asks for a
//! port builds it into the cache beside the sysroot (`port-sdl2-HASH`),
//! under the sysroot's rules: built once under a lock, checked against its
//! manifest at each use, rebuilt when damaged (see sysroot.rs).
//!
//! The folder's name hashes the sysroot it was compiled against (our
//! headers, clang, wasi-libc), the source's Debian version and this module's
//! list of files and flags, so any of them changing builds a new one.
//!
//! `libcxx.rs` builds the same way a library no flag asks for: libc++ with
//! C++ exceptions on, for every C++ link that has them.

pub mod libcxx;
pub mod sdl2;
pub mod sdl2_mixer;

use crate::cli::{Input, Options};
use crate::env::{self, Var};
use crate::err;
use crate::error::{IoContext, Result};
use crate::sysroot::Sysroot;
use crate::toolchain::Tools;
use std::fs;
use std::hash::{Hash, Hasher};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

/// The ports wasmcc has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Port {
    Sdl2,
    Sdl2Mixer,
}

impl Port {
    /// The name `--use-port` takes and the cache folder carries.
    pub fn name(self) -> &'static str {
        match self {
            Port::Sdl2 => "sdl2",
            Port::Sdl2Mixer => "sdl2_mixer",
        }
    }

    /// How the user asks for it, for messages.
    fn flag(self) -> &'static str {
        match self {
            Port::Sdl2 => "-sUSE_SDL=2",
            Port::Sdl2Mixer => "-sUSE_SDL_MIXER=2",
        }
    }

    /// The Debian source package its source comes from.
    fn package(self) -> &'static str {
        match self {
            Port::Sdl2 => "libsdl2",
            Port::Sdl2Mixer => "libsdl2-mixer",
        }
    }

    /// The archive the link gets, inside the built folder.
    /// The version in the source's header (`sdl2-config --version`,
    /// `pkg-config --modversion`), when the source is there.
    pub fn version(self) -> Option<String> {
        let (header, prefix) = match self {
            Port::Sdl2 => ("include/SDL_version.h", "SDL_"),
            Port::Sdl2Mixer => ("include/SDL_mixer.h", "SDL_MIXER_"),
        };
        let text = fs::read_to_string(sources_root().join(self.name()).join(header)).ok()?;
        let number = |name: &str| {
            text.lines().find_map(|line| {
                let rest = line.trim().strip_prefix("#define")?.trim();
                let value = rest.strip_prefix(prefix)?.strip_prefix(name)?;
                value
                    .starts_with([' ', '\t'])
                    .then(|| value.trim().parse::<u32>().ok())?
            })
        };
        Some(format!(
            "{}.{}.{}",
            number("MAJOR_VERSION")?,
            number("MINOR_VERSION")?,
            number("PATCHLEVEL")?
        ))
    }

    fn archive(self) -> &'static str {
        match self {
            Port::Sdl2 => "lib/libSDL2.a",
            Port::Sdl2Mixer => "lib/libSDL2_mixer.a",
        }
    }

    /// The file that names its build in the cache folder's hash.
    fn recipe_hash(self, hasher: &mut impl Hasher) {
        match self {
            Port::Sdl2 => sdl2::recipe_hash(hasher),
            Port::Sdl2Mixer => sdl2_mixer::recipe_hash(hasher),
        }
    }
}

/// Ports Emscripten has and wasmcc does not yet, by `--use-port` name.
const NOT_YET: &[&str] = &[
    "sdl2_image",
    "sdl2_ttf",
    "sdl2_net",
    "sdl2_gfx",
    "sdl3",
    "freetype",
    "harfbuzz",
    "zlib",
    "bzip2",
    "libpng",
    "libjpeg",
    "ogg",
    "vorbis",
    "mpg123",
    "giflib",
    "icu",
    "boost_headers",
    "bullet",
    "cocos2d",
    "regal",
    "sqlite3",
    "contrib.glfw3",
];

/// `--use-port=NAME[:OPTIONS]`: the setting that asks for the port.
pub fn use_port(settings: &mut crate::settings::Settings, spec: &str) -> Result<()> {
    let (name, options) = spec.split_once(':').unwrap_or((spec, ""));
    match name {
        "sdl2" => {
            if !options.is_empty() {
                eprintln!(
                    "wasmcc: warning: --use-port={spec}: the sdl2 port takes no options; ignored"
                );
            }
            settings.apply("USE_SDL=2")
        }
        // Emscripten's option: `--use-port=sdl2_mixer:formats=ogg,mp3`.
        "sdl2_mixer" => {
            for option in options.split(':').filter(|o| !o.is_empty()) {
                match option.split_once('=') {
                    Some(("formats", list)) => {
                        settings.apply(&format!("SDL2_MIXER_FORMATS={list}"))?
                    }
                    _ => eprintln!(
                        "wasmcc: warning: --use-port={spec}: the sdl2_mixer port takes only formats=LIST; {option} ignored"
                    ),
                }
            }
            settings.apply("USE_SDL_MIXER=2")
        }
        _ if NOT_YET.contains(&name) => Err(err!(
            "--use-port={name}: wasmcc has no {name} port yet (Emscripten provides one); \
             link a wasm build of it with -L DIR"
        )),
        _ => Err(err!(
            "--use-port={name}: unknown port (wasmcc has: sdl2, sdl2_mixer)"
        )),
    }
}

/// The ports the options ask for, each after those it needs: by setting, or
/// by `-lSDL2` / `-lSDL2_mixer` when no `-L` folder holds the user's own
/// build. SDL2 with SDL2_mixer's formats named (`-sUSE_SDL=2
/// -sSDL2_MIXER_FORMATS=[...]`) asks for SDL2_mixer too: Makefiles written
/// for emcc pass both to every compile (`sdl2-config --cflags` gives the
/// first) and expect `SDL_mixer.h` to be found, as it is in Emscripten's
/// cached sysroot once the mixer has been built.
pub fn requested(opts: &Options) -> Vec<Port> {
    let s = &opts.settings;
    let by_lib = |port| {
        opts.inputs.iter().any(|i| match i {
            Input::Lib(name) => crate::link::port_of(name, &opts.lib_dirs) == Some(port),
            _ => false,
        })
    };
    let mixer = s.USE_SDL_MIXER.0 == 2
        || (s.USE_SDL.0 == 2 && !s.SDL2_MIXER_FORMATS.is_empty())
        || by_lib(Port::Sdl2Mixer);
    // SDL2_mixer is built against SDL2 and calls it.
    let sdl2 = mixer || s.USE_SDL.0 == 2 || by_lib(Port::Sdl2);
    [(sdl2, Port::Sdl2), (mixer, Port::Sdl2Mixer)]
        .into_iter()
        .filter_map(|(wanted, port)| wanted.then_some(port))
        .collect()
}

/// The checks that need no tool, made before anything runs: the settings
/// that ask for what wasmcc has not yet, and the sources of the ports asked for.
pub fn check(opts: &Options) -> Result<()> {
    let s = &opts.settings;
    if s.USE_SDL.0 == 1 {
        return Err(err!(
            "-sUSE_SDL=1: wasmcc has no SDL 1.2 yet (Emscripten's is written in JS); use -sUSE_SDL=2"
        ));
    }
    for port in requested(opts) {
        source(port)?;
    }
    Ok(())
}

/// The folder the ports' sources are in.
pub fn sources_root() -> PathBuf {
    env::get(Var::PortsSrc)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/var/cache/wasmcc/ports"))
}

/// The unpacked source of `port`, or the error that says how to get it.
fn source(port: Port) -> Result<PathBuf> {
    let root = sources_root();
    let dir = root.join(port.name());
    if dir.join("debian/changelog").is_file() {
        return Ok(dir);
    }
    Err(err!(
        "{}: the source of {} is not in {} (WASMCC_PORTS_SRC names another folder); \
         scripts/setup.sh from wasmcc's source fetches it, or as root with a deb-src line in apt's sources: \
         mkdir -p {root} && cd {root} && apt-get source {package} && mv {package}-*/ {name}",
        port.flag(),
        port.package(),
        dir.display(),
        root = root.display(),
        package = port.package(),
        name = port.name(),
    ))
}

/// A built port in the cache.
#[derive(Clone, Debug)]
pub struct Built {
    pub port: Port,
    pub root: PathBuf,
}

impl Built {
    /// What every compile gets: `#include <SDL.h>` and `<SDL2/SDL.h>`, as with emcc.
    pub fn include_args(&self) -> Vec<String> {
        // Both ports keep their headers in include/SDL2, as SDL's installs do.
        let include = self.root.join("include");
        vec![
            format!("-I{}", include.join("SDL2").display()),
            format!("-I{}", include.display()),
        ]
    }

    /// The archive the link gets.
    pub fn archive(&self) -> PathBuf {
        self.root.join(self.port.archive())
    }
}

/// Builds (on first use) the ports the options ask for and adds them to the
/// sysroot, so that compiles see their headers and the link their archives.
pub fn ensure(mut sysroot: Sysroot, tools: &Tools, opts: &Options) -> Result<Sysroot> {
    for port in requested(opts) {
        let src = source(port)?;
        let version = debian_version(&src)?;
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        sysroot.root.hash(&mut hasher);
        src.hash(&mut hasher);
        version.hash(&mut hasher);
        port.recipe_hash(&mut hasher);
        // A port built against another (SDL2_mixer against SDL2's headers)
        // changes with it.
        for built in &sysroot.ports {
            built.root.hash(&mut hasher);
        }
        let name = format!("{}-{:016x}", port.name(), hasher.finish());
        let root = crate::sysroot::cached_port(&name, |out| {
            let started = std::time::Instant::now();
            eprintln!(
                "wasmcc: building the {} port ({} {version}) once for this cache; this takes under a minute",
                port.name(),
                port.package()
            );
            check_trusted(&src)?;
            match port {
                Port::Sdl2 => sdl2::build(&src, out, &sysroot, tools, opts.verbose)?,
                Port::Sdl2Mixer => sdl2_mixer::build(&src, out, &sysroot, tools, opts.verbose)?,
            }
            if opts.verbose {
                eprintln!(
                    "wasmcc: built the {} port in {:.1} s",
                    port.name(),
                    started.elapsed().as_secs_f64()
                );
            }
            Ok(())
        })?;
        sysroot.ports.push(Built { port, root });
    }
    Ok(sysroot)
}

/// Copies the `.h` files of `from` (not its subfolders) into `to`.
fn copy_headers(from: &Path, to: &Path) -> Result<()> {
    fs::create_dir_all(to).at("create", to)?;
    for entry in fs::read_dir(from).at("read", from)? {
        let path = entry.at("read", from)?.path();
        if path.extension().is_some_and(|e| e == "h") {
            if let Some(name) = path.file_name() {
                fs::copy(&path, to.join(name)).at("copy", &path)?;
            }
        }
    }
    Ok(())
}

/// The `.c` files directly in each of `folders` (relative to `base`), as
/// (path under `base`, path), sorted.
fn c_files(base: &Path, folders: &[&str]) -> Result<Vec<(String, PathBuf)>> {
    let mut files = Vec::new();
    for folder in folders {
        let dir = base.join(folder);
        for entry in fs::read_dir(&dir).at("read", &dir)? {
            let path = entry.at("read", &dir)?.path();
            if path.extension().is_some_and(|e| e == "c") && path.is_file() {
                let rel = path
                    .strip_prefix(base)
                    .unwrap_or(&path)
                    .display()
                    .to_string();
                files.push((rel, path));
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Compiles `sources` (from `c_files`) in parallel with the sysroot's flags
/// and `args`, and archives them as the port's archive in `out`.
fn compile_archive(
    port: Port,
    sources: &[(String, PathBuf)],
    args: &[String],
    out: &Path,
    sysroot: &Sysroot,
    tools: &Tools,
    verbose: bool,
) -> Result<()> {
    let mut all = crate::sysroot::base_compile_args(sysroot);
    all.extend(crate::sysroot::CODEGEN_ARGS.iter().map(|a| a.to_string()));
    all.extend_from_slice(args);
    let what = format!("the {} port", port.name());
    compile_into(&what, sources, &all, out, port.archive(), tools, verbose)
}

/// Compiles `sources` in parallel with exactly `args` into the archive
/// `archive` (a path under `out`), for `what` (in messages).
fn compile_into(
    what: &str,
    sources: &[(String, PathBuf)],
    args: &[String],
    out: &Path,
    archive: &str,
    tools: &Tools,
    verbose: bool,
) -> Result<()> {
    if sources.is_empty() {
        return Err(err!("{what} has no sources"));
    }
    let archive = out.join(archive);
    let objects_dir = out.join("obj");
    fs::create_dir_all(&objects_dir).at("create", &objects_dir)?;
    let mut objects = Vec::new();
    let mut commands = Vec::new();
    for (rel, path) in sources {
        let obj = objects_dir.join(format!("{}.o", rel.replace('/', "_")));
        let mut cmd = tools.clang.command();
        cmd.args(args).arg("-c").arg(path).arg("-o").arg(&obj);
        commands.push(cmd);
        objects.push(obj);
    }
    if let Some((i, _)) = crate::run::run_parallel(commands, crate::run::cores(), verbose)? {
        return Err(err!("building {what} failed on {}", sources[i].1.display()));
    }
    if let Some(lib) = archive.parent() {
        fs::create_dir_all(lib).at("create", lib)?;
    }
    let mut ar = tools.llvm_ar.command();
    ar.arg("rcs").arg(&archive).args(&objects);
    crate::run::run(&mut ar, verbose)?;
    fs::remove_dir_all(&objects_dir).at("clean", &objects_dir)
}

/// The Debian version from the first line of `debian/changelog`
/// (`libsdl2 (2.26.5+dfsg-1) unstable; ...`).
fn debian_version(src: &Path) -> Result<String> {
    let path = src.join("debian/changelog");
    let text = fs::read_to_string(&path).at("read", &path)?;
    let first = text.lines().next().unwrap_or("");
    first
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map(|(v, _)| v.to_string())
        .ok_or_else(|| err!("{}: not a Debian changelog", path.display()))
}

/// The source is compiled into programs, so, as the cache, it must be
/// writable only by its owner, who is root or the user building: a folder
/// or file another user could change is refused.
fn check_trusted(src: &Path) -> Result<()> {
    let me = crate::sysroot::euid();
    let mut pending = vec![src.to_path_buf()];
    if let Some(parent) = src.parent() {
        judge_source(parent, me)?;
    }
    while let Some(dir) = pending.pop() {
        judge_source(&dir, me)?;
        for entry in fs::read_dir(&dir).at("read", &dir)? {
            let path = entry.at("read", &dir)?.path();
            let meta = fs::symlink_metadata(&path).at("read", &path)?;
            if meta.is_dir() {
                pending.push(path);
            } else {
                judge_source(&path, me)?;
            }
        }
    }
    Ok(())
}

fn judge_source(path: &Path, me: u32) -> Result<()> {
    let meta = fs::symlink_metadata(path).at("read", path)?;
    // A link's own mode means nothing; where it leads is checked when read.
    if meta.file_type().is_symlink() {
        return Ok(());
    }
    if meta.uid() != 0 && meta.uid() != me {
        return Err(err!(
            "{} belongs to another user (uid {}), so it cannot be compiled into programs: \
             fetch the ports' sources again with scripts/setup.sh",
            path.display(),
            meta.uid()
        ));
    }
    if meta.mode() & 0o022 != 0 {
        return Err(err!(
            "{} can be written by other users (mode {:04o}), so it cannot be compiled into programs: \
             run chmod -R go-w on the ports folder",
            path.display(),
            meta.mode() & 0o7777
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(args: &[&str]) -> Options {
        crate::cli::parse("wasmcc", args.iter().map(|s| s.to_string()).collect()).unwrap()
    }

    #[test]
    fn sdl2_is_asked_for_by_setting_port_or_library() {
        assert_eq!(requested(&opts(&["a.c", "-sUSE_SDL=2"])), [Port::Sdl2]);
        assert_eq!(requested(&opts(&["a.c", "--use-port=sdl2"])), [Port::Sdl2]);
        assert_eq!(requested(&opts(&["a.c", "-lSDL2"])), [Port::Sdl2]);
        assert!(requested(&opts(&["a.c", "-lSDL2main"])).is_empty());
        assert!(requested(&opts(&["a.c"])).is_empty());
    }

    #[test]
    fn ports_and_settings_wasmcc_lacks_are_named() {
        let e = check(&opts(&["a.c", "-sUSE_SDL=1"]))
            .unwrap_err()
            .to_string();
        assert!(e.contains("-sUSE_SDL=2"), "{e}");
        let mut s = crate::settings::Settings::default();
        let e = use_port(&mut s, "sdl2_image").unwrap_err().to_string();
        assert!(e.contains("no sdl2_image port yet"), "{e}");
        let e = use_port(&mut s, "sdl9").unwrap_err().to_string();
        assert!(e.contains("unknown port"), "{e}");
    }

    #[test]
    fn sdl2_mixer_is_asked_for_with_sdl2_before_it() {
        let both = [Port::Sdl2, Port::Sdl2Mixer];
        assert_eq!(requested(&opts(&["a.c", "-sUSE_SDL_MIXER=2"])), both);
        assert_eq!(requested(&opts(&["a.c", "--use-port=sdl2_mixer"])), both);
        assert_eq!(requested(&opts(&["a.c", "-lSDL2_mixer"])), both);
        // emcc Makefiles name the formats on every compile (doomgeneric's does).
        assert_eq!(
            requested(&opts(&[
                "a.c",
                "-sUSE_SDL=2",
                "-sSDL2_MIXER_FORMATS=[\"mid\"]"
            ])),
            both
        );
        // The formats alone leave the mixer off, as with emcc.
        assert!(requested(&opts(&["a.c", "-sSDL2_MIXER_FORMATS=ogg"])).is_empty());
        let o = opts(&["a.c", "--use-port=sdl2_mixer:formats=ogg,mp3"]);
        assert_eq!(o.settings.SDL2_MIXER_FORMATS, ["ogg", "mp3"]);
        assert_eq!(requested(&opts(&["a.c", "-sUSE_SDL=2"])), [Port::Sdl2]);
    }

    #[test]
    fn a_debian_version_is_read_from_the_changelog() {
        let d = tempfile::tempdir().unwrap();
        fs::create_dir_all(d.path().join("debian")).unwrap();
        fs::write(
            d.path().join("debian/changelog"),
            "libsdl2 (2.26.5+dfsg-1) unstable; urgency=medium\n",
        )
        .unwrap();
        assert_eq!(debian_version(d.path()).unwrap(), "2.26.5+dfsg-1");
    }

    #[test]
    fn a_source_others_can_write_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let src = d.path().join("sdl2");
        fs::create_dir_all(src.join("src")).unwrap();
        fs::write(src.join("src/a.c"), "").unwrap();
        for p in [d.path(), &src, &src.join("src")] {
            fs::set_permissions(p, fs::Permissions::from_mode(0o755)).unwrap();
        }
        fs::set_permissions(src.join("src/a.c"), fs::Permissions::from_mode(0o644)).unwrap();
        assert!(check_trusted(&src).is_ok());
        fs::set_permissions(src.join("src/a.c"), fs::Permissions::from_mode(0o666)).unwrap();
        let e = check_trusted(&src).unwrap_err().to_string();
        assert!(e.contains("a.c can be written by other users"), "{e}");
    }
}
