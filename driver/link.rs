//! Linking with wasm-ld. The module is a WASI *reactor*: `_initialize` runs
//! the constructors once, and the glue calls `__main_void` and `exit` itself.
//! (A *command* module would re-run constructors and destructors around every
//! exported call.) Undefined symbols stay errors except for the names the JS
//! runtime provides, and wasm-ld's messages about them are rewritten to name
//! the symbol and the source that wants it.

use crate::cli::Options;
use crate::err;
use crate::error::{Error, IoContext, Result};
use crate::plan::LinkInput;
use crate::sysroot::Sysroot;
use std::path::{Path, PathBuf};
use std::process::Command;

/// What to link, in command-line order.
pub enum Item {
    /// An object or archive; `shown_as` is how errors name it (the source of
    /// an object wasmcc compiled into a temporary folder).
    Object {
        path: PathBuf,
        shown_as: String,
    },
    Lib(String),
}

/// What stands behind a `-lNAME` of a native build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Provider {
    /// Part of wasi-libc's libc.a, always linked (Debian ships `-lm` and
    /// friends as empty archives).
    Libc,
    /// The C++ standard library, linked for every C++ program.
    Cxx,
    /// The JS runtime and the support library: GL and OpenAL calls are JS
    /// imports and EGL is `libc-shims/js/egl.c`, so there is nothing to
    /// link, as with emcc.
    Runtime,
    /// A library that has nothing to add on the web: SDL2main wraps `main`
    /// on platforms whose entry point is not `main`.
    Empty,
    /// A port wasmcc builds from source (ports.rs); a build of it in the
    /// user's `-L` folders is linked instead.
    Port(crate::ports::Port),
    /// A library Emscripten ships (as a port or as JS) that wasmcc has not
    /// yet: linked only when the user's `-L` folders hold a build of it.
    NotYet,
    /// Anything else, looked up by wasm-ld in the `-L` folders.
    Search,
}

/// The libraries wasmcc knows by name; every other name is `Search`.
const LIBRARIES: &[(&str, Provider)] = &[
    ("c", Provider::Libc),
    ("m", Provider::Libc),
    ("dl", Provider::Libc),
    ("rt", Provider::Libc),
    ("pthread", Provider::Libc),
    ("util", Provider::Libc),
    ("crypt", Provider::Libc),
    ("resolv", Provider::Libc),
    ("xnet", Provider::Libc),
    ("stdc++", Provider::Cxx),
    ("c++", Provider::Cxx),
    ("c++abi", Provider::Cxx),
    ("GL", Provider::Runtime),
    ("GLESv2", Provider::Runtime),
    ("GLESv3", Provider::Runtime),
    ("EGL", Provider::Runtime),
    ("openal", Provider::Runtime),
    ("SDL2main", Provider::Empty),
    ("SDL", Provider::NotYet),
    ("SDL2", Provider::Port(crate::ports::Port::Sdl2)),
    ("SDL2_mixer", Provider::Port(crate::ports::Port::Sdl2Mixer)),
    ("SDL2_image", Provider::NotYet),
    ("SDL2_ttf", Provider::NotYet),
    ("SDL2_net", Provider::NotYet),
    ("SDL2_gfx", Provider::NotYet),
    ("glfw", Provider::NotYet),
    ("glfw3", Provider::NotYet),
    ("glut", Provider::NotYet),
];

fn provider(name: &str) -> Provider {
    LIBRARIES
        .iter()
        .find(|(n, _)| *n == name)
        .map_or(Provider::Search, |&(_, p)| p)
}

/// Whether `-lNAME` goes to wasm-ld: what the runtime, libc or the C++
/// library provide is linked anyway.
fn passed_to_linker(name: &str, lib_dirs: &[PathBuf]) -> bool {
    match provider(name) {
        Provider::Libc | Provider::Cxx | Provider::Runtime | Provider::Empty => false,
        Provider::NotYet | Provider::Port(_) => user_build_of(name, lib_dirs),
        Provider::Search => true,
    }
}

/// The port `-lNAME` links, unless a `-L` folder holds the user's own build.
pub fn port_of(name: &str, lib_dirs: &[PathBuf]) -> Option<crate::ports::Port> {
    match provider(name) {
        Provider::Port(port) if !user_build_of(name, lib_dirs) => Some(port),
        _ => None,
    }
}

/// Whether a `-L` folder holds `libNAME.a` (or `.so`, which wasm-ld also reads).
fn user_build_of(name: &str, lib_dirs: &[PathBuf]) -> bool {
    lib_dirs.iter().any(|dir| {
        ["a", "so"]
            .iter()
            .any(|ext| dir.join(format!("lib{name}.{ext}")).is_file())
    })
}

/// The one-line error for a library wasmcc does not have yet, instead of
/// wasm-ld's "unable to find library".
/// The plan checks this before any tool runs.
pub fn check_library(name: &str, lib_dirs: &[PathBuf]) -> Result<()> {
    if provider(name) == Provider::NotYet && !user_build_of(name, lib_dirs) {
        return Err(err!(
            "-l{name}: wasmcc has no {name} port yet (Emscripten provides one); \
             link a wasm build of it with -L DIR"
        ));
    }
    Ok(())
}

pub struct Link<'a> {
    pub wasm_ld: &'a crate::toolchain::Tool,
    pub sysroot: &'a Sysroot,
    pub opts: &'a Options,
    pub items: Vec<Item>,
    /// The file listing the `env` imports the JS runtime provides; `None`
    /// for a standalone WASI command module, which runs without our JS.
    pub js_symbols: Option<&'a Path>,
    pub out: &'a Path,
    /// libc++ built with exceptions (ports/libcxx.rs), for C++ links with
    /// exceptions on; `None`: Debian's.
    pub libcxx_eh: Option<&'a Path>,
    /// Where wasm-ld writes its map (`-Map`): which input each function
    /// came from (`program_functions`). Not passed where the user's own
    /// `-Wl,-Map` names the file (`user_map`).
    pub map: Option<&'a Path>,
}

impl Link<'_> {
    /// The wasm-ld command. Without `main` the module is a library of
    /// exports; `allow_undefined` makes undefined functions imports (which
    /// the JS runtime fills with functions that trap).
    fn command(&self, with_main: bool, allow_undefined: bool) -> Command {
        let s = &self.opts.settings;
        let lib = &self.sysroot.wasi_lib;
        let mut cmd = self.wasm_ld.command();
        cmd.args(["-m", "wasm32"]);
        // A module with a JS runtime, or without main, is a reactor: its
        // `_initialize` runs the constructors, and no `_start` is exported.
        let reactor = self.js_symbols.is_some() || !s.EXPECT_MAIN;
        if reactor {
            cmd.arg("--no-entry");
        }
        if !self.opts.nostartfiles {
            cmd.arg(lib.join(if reactor {
                "crt1-reactor.o"
            } else {
                "crt1-command.o"
            }));
        }
        for dir in &self.opts.lib_dirs {
            cmd.arg(format!("-L{}", dir.display()));
        }
        for item in &self.items {
            match item {
                Item::Object { path, .. } => {
                    cmd.arg(path);
                }
                Item::Lib(name) if passed_to_linker(name, &self.opts.lib_dirs) => {
                    cmd.arg(format!("-l{name}"));
                }
                Item::Lib(_) => {}
            }
        }
        // The ports after the user's objects: they use the support library.
        for port in &self.sysroot.ports {
            cmd.arg(port.archive());
        }
        // With -flto, wasm-ld generates the code: it needs the setjmp scheme
        // and Wasm EH (C++ exceptions) that clang is told at compile time.
        cmd.args(crate::sysroot::codegen_args(s));
        if !s.ASYNCIFY {
            cmd.args(["-mllvm", "-wasm-enable-eh"]);
        }
        cmd.args(wasm_ld_args(&self.opts.link_args));
        if self.js_symbols.is_some() {
            if s.ASYNCIFY {
                cmd.args(crate::asyncify::link_args(self.sysroot));
            }
            cmd.arg(self.sysroot.support_lib_js());
            if s.TERMINAL == crate::terminal::Switch::On && s.ENVIRONMENT.web {
                // Marks the module as one with a terminal (driver/terminal.rs).
                cmd.arg(format!("--export={}", crate::terminal::MARKER));
            }
            if s.NODERAWFS {
                // An export keeps it: wasm-ld garbage-collects a constructor that is only `--undefined`.
                cmd.arg("--export=__wasmcc_rawfs_init");
            }
        }
        // -nostdlib: the user's objects and -l libraries only, as emcc links them.
        if !self.opts.nostdlib {
            cmd.arg(self.sysroot.support_lib());
            if self.opts.links_cxx() {
                cmd.arg(self.sysroot.support_lib_cxx());
                // The exception runtime, first to define what Debian's
                // libc++abi stubs out; Asyncify builds have no exceptions
                // and keep the stubs (Asyncify cannot take Wasm EH).
                if !s.ASYNCIFY {
                    cmd.arg(self.sysroot.support_lib_eh());
                }
                // libc++ that throws, where it is built; its members are
                // Debian's libc++.a's, so libc++abi.a still supplies the rest.
                match self.libcxx_eh {
                    Some(libcxx) if !s.ASYNCIFY => cmd.arg(libcxx),
                    _ => cmd.arg(lib.join("libc++.a")),
                };
                cmd.arg(lib.join("libc++abi.a"));
            }
            // printf and scanf of long double: wasi-libc leaves it out unless this
            // archive comes first, and aborts at run time without it. It costs
            // about 4 KB, only in programs that use printf or scanf.
            cmd.arg(lib.join("libc-printscan-long-double.a"));
            cmd.arg(lib.join("libc.a"));
            for emulation in ["mman", "signal", "process-clocks", "getpid"] {
                cmd.arg(lib.join(format!("libwasi-emulated-{emulation}.a")));
            }
            cmd.arg(&self.sysroot.builtins);
        }
        if reactor {
            // Without start files `_initialize` is the user's, if anything.
            cmd.arg(if self.opts.nostartfiles {
                "--export-if-defined=_initialize"
            } else {
                "--export=_initialize"
            });
        }
        if self.js_symbols.is_some() && with_main {
            cmd.args(["--export=__main_void", "--export=exit"]);
        }
        let objects = self.items.iter().filter_map(|item| match item {
            Item::Object { path, .. } => Some(path.as_path()),
            Item::Lib(_) => None,
        });
        for name in crate::glue::interop::link_exports(self.opts, objects) {
            cmd.arg(format!("--export={name}"));
        }
        if self.js_symbols.is_some() && s.ALLOW_TABLE_GROWTH {
            // addFunction (js-templates/lib/interop.js) grows the table from JS.
            cmd.args(["--export-table", "--growable-table"]);
        } else if self.js_symbols.is_some() && !s.ASYNCIFY && self.inline_js_calls_pointers() {
            cmd.arg("--export-table");
        }
        if s.IMPORTED_MEMORY {
            // The page's Module.wasmMemory (or one the runtime makes) is
            // env.memory; the export keeps `wasmExports.memory` for the runtime.
            cmd.args(["--import-memory", "--export-memory"]);
        }
        for f in &s.EXPORTED_FUNCTIONS {
            let name = f.strip_prefix('_').unwrap_or(f);
            if !(with_main && name == "main") {
                cmd.arg(format!("--export={name}"));
            }
        }
        // Our chdir (libc-shims/cwd.c) normalises the path before wasi-libc's.
        cmd.arg("--wrap=chdir");
        // The stat family reports permission bits (libc-shims/stat_modes.c).
        for call in ["stat", "fstat", "lstat", "fstatat"] {
            cmd.arg(format!("--wrap={call}"));
        }
        // Terminal requests (TIOCGWINSZ) before wasi-libc's ioctl (libc-shims/ioctl.c).
        cmd.arg("--wrap=ioctl");
        // Calls that keep errno or answer as glibc does: errno_kept.c,
        // memory_map.c, locale.c, clock.c.
        for call in [
            "__isatty",
            "__intscan",
            "__floatscan",
            "open",
            "__wasilibc_open_nomode",
            "mmap",
            "munmap",
            "setlocale",
            "newlocale",
            "clock",
        ] {
            cmd.arg(format!("--wrap={call}"));
        }
        if s.MAX_WEBGL_VERSION.0 >= 2 {
            cmd.arg(crate::procaddress::LINK_ARG_WEBGL2);
        }
        cmd.arg("-z")
            .arg(format!("stack-size={}", s.STACK_SIZE.0))
            .arg("--stack-first");
        if s.INITIAL_MEMORY.0 > 0 {
            cmd.arg(format!("--initial-memory={}", s.INITIAL_MEMORY.0));
        }
        if s.ALLOW_MEMORY_GROWTH {
            cmd.arg(format!("--max-memory={}", s.MAXIMUM_MEMORY.0));
        } else {
            cmd.arg("--no-growable-memory");
        }
        if let Some(list) = self.js_symbols {
            cmd.arg(format!("--allow-undefined-file={}", list.display()));
        }
        if allow_undefined {
            cmd.arg("--allow-undefined");
        }
        if s.SAFE_HEAP {
            // The end of the heap for binaryen's SafeHeap (libc-shims/safe_heap.c).
            cmd.arg("--export=emscripten_get_sbrk_ptr");
        }
        if s.STACK_OVERFLOW_CHECK.0 > 0 {
            // The stack's limits, for the cookie and binaryen's StackCheck,
            // and the stack pointer, which tells a trap from an overflow.
            cmd.args([
                "--export=emscripten_stack_get_base",
                "--export=emscripten_stack_get_end",
                "--export=emscripten_stack_get_current",
            ]);
        }
        if !self.opts.debug {
            cmd.arg("--strip-debug");
        }
        if let (Some(map), None) = (self.map, user_map(&self.opts.link_args)) {
            cmd.arg(format!("-Map={}", map.display()));
        }
        cmd.arg("-o").arg(self.out);
        cmd
    }

    /// For each function the module defines, in index order, whether it is
    /// the program's own code: it came from an object or archive the
    /// command line named, from a library in a `-L` folder, or from LTO's
    /// code generation (which only the program's bitcode reaches), and not
    /// from the C library, the support library, a port or the linker.
    /// Read from the map the last `run` wrote.
    pub fn program_functions(&self) -> Result<Option<Vec<bool>>> {
        let Some(map) = self.map else {
            return Ok(None);
        };
        let text = std::fs::read_to_string(map).at("read the linker's map", map)?;
        let given: Vec<String> = self
            .items
            .iter()
            .filter_map(|item| match item {
                Item::Object { path, .. } => Some(path.display().to_string()),
                Item::Lib(_) => None,
            })
            .collect();
        let dirs: Vec<String> = self
            .opts
            .lib_dirs
            .iter()
            .map(|d| format!("{}/", d.display().to_string().trim_end_matches('/')))
            .collect();
        let own = |input: &str| {
            // An archive member is `lib.a(member.o)`.
            let file = match input
                .strip_suffix(')')
                .and_then(|i| i.rfind('(').map(|at| &i[..at]))
            {
                Some(archive) => archive,
                None => input,
            };
            given.iter().any(|g| g == file)
                || dirs.iter().any(|d| file.starts_with(d.as_str()))
                || file == "lto.tmp"
        };
        Ok(Some(
            map_functions(&text)
                .iter()
                .map(|input| own(input))
                .collect(),
        ))
    }

    /// Links; a program without `main` (a library of exported functions) links too.
    pub fn run(&self) -> Result<()> {
        let expect_main = self.opts.settings.EXPECT_MAIN;
        let out = crate::run::capture(&mut self.command(expect_main, false), self.opts.verbose)?;
        if out.status.success() {
            eprint!(
                "{}",
                self.with_sources(&String::from_utf8_lossy(&out.stderr))
            );
            return Ok(());
        }
        if let Some(who) = crate::asyncify::eh_user_in_trace(&out.stdout) {
            return Err(crate::asyncify::not_recompiled(&self.shown_as(&who)));
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        let undefined = self.undefined_symbols(&stderr);
        let s = &self.opts.settings;
        let others: Vec<_> = undefined.iter().filter(|(sym, _)| sym != "main").collect();
        // No main: a library of exports. Other undefined symbols: an error,
        // unless -sERROR_ON_UNDEFINED_SYMBOLS=0 lets them be.
        if undefined.is_empty() || (!others.is_empty() && s.ERROR_ON_UNDEFINED_SYMBOLS) {
            return Err(self.explain(&stderr, out.status.code()));
        }
        if s.WARN_ON_UNDEFINED_SYMBOLS {
            for (sym, who) in &others {
                eprintln!(
                    "wasmcc: warning: undefined symbol: {sym} (referenced by {who}); calling it traps"
                );
            }
        }
        let with_main = expect_main && others.len() == undefined.len();
        let mut cmd = self.command(with_main, !others.is_empty());
        let out = crate::run::capture(&mut cmd, self.opts.verbose)?;
        if out.status.success() {
            eprint!(
                "{}",
                self.with_sources(&String::from_utf8_lossy(&out.stderr))
            );
            return Ok(());
        }
        Err(self.explain(&String::from_utf8_lossy(&out.stderr), out.status.code()))
    }

    /// Whether an object or archive on the command line holds inline JS that
    /// calls C function pointers (`dynCall`, `getWasmTableEntry`), which needs
    /// the function table exported. The text is searched as bytes: EM_ASM
    /// code is in the data, EM_JS code in a custom section.
    fn inline_js_calls_pointers(&self) -> bool {
        let objects = self.items.iter().filter_map(|item| match item {
            Item::Object { path, .. } => Some(path.clone()),
            Item::Lib(_) => None,
        });
        // SDL's audio calls the program's callback with dynCall.
        let ports = self.sysroot.ports.iter().map(|p| p.archive());
        objects.chain(ports).any(|path| {
            std::fs::read(path).is_ok_and(|bytes| {
                [&b"dynCall"[..], b"getWasmTableEntry"]
                    .iter()
                    .any(|needle| bytes.windows(needle.len()).any(|w| w == *needle))
            })
        })
    }

    /// `(symbol, who references it)` for each undefined-symbol error.
    fn undefined_symbols(&self, stderr: &str) -> Vec<(String, String)> {
        stderr
            .lines()
            .filter_map(|line| {
                let (_, rest) = line.split_once("error: ")?;
                let (who, sym) = rest.rsplit_once(": undefined symbol: ")?;
                Some((sym.trim().to_string(), self.shown_as(who.trim())))
            })
            .collect()
    }

    fn shown_as(&self, who: &str) -> String {
        let (path, member) = match who.split_once('(') {
            Some((p, m)) => (p, format!("({}", m)),
            None => (who, String::new()),
        };
        for item in &self.items {
            if let Item::Object { path: p, shown_as } = item {
                if Path::new(path) == p.as_path() {
                    return format!("{shown_as}{member}");
                }
            }
        }
        who.to_string()
    }

    /// wasm-ld's messages with each object wasmcc compiled named by its
    /// source, as the user knows it (duplicate symbols, bad relocations).
    fn with_sources(&self, text: &str) -> String {
        let mut out = text.to_string();
        for item in &self.items {
            if let Item::Object { path, shown_as } = item {
                let path = path.display().to_string();
                if path != *shown_as {
                    out = out.replace(&path, shown_as);
                }
            }
        }
        out
    }

    fn explain(&self, stderr: &str, status: Option<i32>) -> Error {
        let undefined = self.undefined_symbols(stderr);
        if undefined.is_empty() {
            eprint!("{}", self.with_sources(stderr));
            return Error::ToolFailed {
                status: status.unwrap_or(1),
            };
        }
        let mut msg = String::new();
        for (sym, who) in &undefined {
            msg.push_str(&format!("undefined symbol: {sym} (referenced by {who})\n"));
        }
        if undefined
            .iter()
            .any(|(sym, _)| sym.contains("::filesystem::"))
        {
            // <filesystem> compiles (see sysroot/include/__config_site), but
            // Debian's wasm32 libc++ has none of its operations.
            msg.push_str(
                "  std::filesystem's operations are not in the libc++ wasmcc links \
                 (Debian builds it without them); file streams (<fstream>), <cstdio> \
                 and POSIX calls (stat, opendir, mkdir, remove) work\n",
            );
        }
        if self.js_symbols.is_none() && undefined.iter().any(|(sym, _)| sym == "main") {
            // A .wasm of exported functions, as tutorials build one.
            msg.push_str(
                "  a module without main needs --no-entry (exports: -sEXPORTED_FUNCTIONS=_name or EMSCRIPTEN_KEEPALIVE)\n",
            );
        }
        msg.push_str("  define it, or link the object or library (-lNAME) that defines it");
        Error::Msg(msg)
    }
}

/// GNU ld flags that build systems pass (Meson wraps libraries in
/// `--start-group`, libtool adds `-rpath`) and that mean nothing for a
/// static wasm link: wasm-ld rejects them, so they are dropped. lld resolves
/// symbols across all archives without groups, and there are no shared
/// libraries to look up at run time.
const IGNORED_LD_FLAGS: &[&str] = &[
    "--start-group",
    "--end-group",
    "-(",
    "-)",
    "--as-needed",
    "--no-as-needed",
    "--enable-new-dtags",
    "--disable-new-dtags",
];
/// The same, for flags that take a value (`-rpath DIR` or `-rpath=DIR`).
const IGNORED_LD_FLAGS_WITH_VALUE: &[&str] =
    &["-rpath", "--rpath", "-rpath-link", "-soname", "--soname"];

/// The user's linker arguments without the flags in IGNORED_LD_FLAGS*.
fn wasm_ld_args(args: &[String]) -> Vec<&String> {
    let mut out = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if IGNORED_LD_FLAGS.contains(&arg.as_str()) {
            continue;
        }
        if IGNORED_LD_FLAGS_WITH_VALUE.contains(&arg.as_str()) {
            iter.next();
            continue;
        }
        let joined = IGNORED_LD_FLAGS_WITH_VALUE.iter().any(|f| {
            arg.strip_prefix(f)
                .is_some_and(|rest| rest.starts_with('='))
        });
        if !joined {
            out.push(arg);
        }
    }
    out
}

/// The map file a `-Wl,-Map=FILE` of the user's names, if any: wasm-ld
/// writes one map, so the program's own functions are read from that one.
pub fn user_map(link_args: &[String]) -> Option<PathBuf> {
    let mut args = link_args.iter();
    while let Some(arg) = args.next() {
        let flag = arg.strip_prefix("--").or_else(|| arg.strip_prefix('-'));
        match flag {
            Some("Map") => return args.next().map(PathBuf::from),
            Some(f) => {
                if let Some(file) = f.strip_prefix("Map=") {
                    return Some(PathBuf::from(file));
                }
            }
            None => {}
        }
    }
    None
}

/// The input of each function in the code section of wasm-ld's map, in
/// index order: `file.o`, `lib.a(member.o)` or `<internal>`. A line of the
/// map is an output section (in the `Out` column), an input chunk (`In`:
/// `FILE:(NAME)`) or a symbol it defines (`Symbol`), told apart by the
/// column its text starts in, as the header places them.
pub fn map_functions(map: &str) -> Vec<&str> {
    let mut lines = map.lines();
    let Some(header) = lines.next() else {
        return Vec::new();
    };
    let (Some(out), Some(input)) = (header.find("Out"), header.find("In ")) else {
        return Vec::new();
    };
    let starts_at = |line: &str, col: usize| {
        line.len() > col
            && line.as_bytes()[..col].last() == Some(&b' ')
            && line.as_bytes()[col] != b' '
    };
    let mut in_code = false;
    let mut found = Vec::new();
    for line in lines {
        if starts_at(line, out) {
            in_code = line[out..].trim() == "CODE";
        } else if in_code && starts_at(line, input) {
            let chunk = &line[input..];
            found.push(chunk.find(":(").map_or(chunk, |at| &chunk[..at]));
        }
    }
    found
}

/// The items to link, in the plan's order, given each source's object file.
pub fn items(
    inputs: &[LinkInput],
    sources: &[(PathBuf, crate::cli::Lang)],
    objects: &[PathBuf],
) -> Vec<Item> {
    inputs
        .iter()
        .map(|input| match input {
            LinkInput::Compiled(i) => Item::Object {
                path: objects[*i].clone(),
                shown_as: sources[*i].0.display().to_string(),
            },
            LinkInput::Object(path) => Item::Object {
                path: path.clone(),
                shown_as: path.display().to_string(),
            },
            LinkInput::Lib(name) => Item::Lib(name.clone()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_map_the_user_asks_for_is_the_one_read() {
        let args = |a: &[&str]| a.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(user_map(&args(&["-Map=out.map"])), Some("out.map".into()));
        assert_eq!(
            user_map(&args(&["--gc-sections", "--Map=a/b.map"])),
            Some("a/b.map".into())
        );
        assert_eq!(user_map(&args(&["-Map", "x.map"])), Some("x.map".into()));
        assert_eq!(user_map(&args(&["--strip-all", "-Mapx"])), None);
        assert_eq!(user_map(&args(&[])), None);
    }

    #[test]
    fn the_map_names_each_function_s_input_in_index_order() {
        // wasm-ld's -Map layout: sections in `Out`, input chunks in `In`,
        // symbols in `Symbol`; a data symbol's chunk in another section.
        let map = "    Addr      Off     Size Out     In      Symbol\n\
        \x20      -        8       75 TYPE\n\
        \x20      -      173        a GLOBAL\n\
        \x20      0        0        0         __stack_pointer\n\
        \x20      -      1bd     4809 CODE\n\
        \x20      -      1be        3         <internal>:(__wasm_call_ctors)\n\
        \x20      -      1c1        9         /w/crt1-reactor.o:(_initialize)\n\
        \x20      -      1c1        9                 _initialize\n\
        \x20      -      1ca       6b         /tmp/x/0-u.o:(__main_argc_argv)\n\
        \x20      -      1ca       6b                 main\n\
        \x20      -      235        9         /w/libc.a(ofl.o):(__ofl_lock)\n\
        \x20      -      235        9                 __ofl_lock\n\
        \x20      -      2f0       40         lto.tmp:(ns::(anonymous namespace)::f)\n\
        \x20      -     49c6      4a6 DATA\n\
        \x20    400      49c7       4b         /w/libc.a(x.o):(.rodata.x)\n";
        assert_eq!(
            map_functions(map),
            vec![
                "<internal>",
                "/w/crt1-reactor.o",
                "/tmp/x/0-u.o",
                "/w/libc.a(ofl.o)",
                "lto.tmp"
            ]
        );
        assert!(map_functions("").is_empty());
    }

    #[test]
    fn libraries_map_to_what_provides_them() {
        let none: &[PathBuf] = &[];
        // (name, passed to wasm-ld without -L folders, an error without them)
        let table = [
            ("m", false, false),
            ("pthread", false, false),
            ("stdc++", false, false),
            ("GL", false, false),
            ("GLESv2", false, false),
            ("EGL", false, false),
            ("SDL2main", false, false),
            ("SDL2", false, false),
            ("SDL2_mixer", false, false),
            ("SDL2_image", false, true),
            ("openal", false, false),
            ("glfw", false, true),
            ("glut", false, true),
            ("z", true, false),
            ("mylib", true, false),
        ];
        for (name, linked, error) in table {
            assert_eq!(passed_to_linker(name, none), linked, "-l{name}");
            assert_eq!(check_library(name, none).is_err(), error, "-l{name}");
        }
        assert_eq!(port_of("SDL2", none), Some(crate::ports::Port::Sdl2));
        assert_eq!(
            port_of("SDL2_mixer", none),
            Some(crate::ports::Port::Sdl2Mixer)
        );
        assert_eq!(port_of("SDL2_image", none), None);
        let e = check_library("SDL2_image", none).unwrap_err();
        let e = e.to_string();
        assert!(
            e.contains("-lSDL2_image") && e.contains("no SDL2_image port yet"),
            "{e}"
        );
        assert!(!e.contains('\n'), "one line: {e}");
    }

    #[test]
    fn a_users_own_build_of_a_missing_port_is_linked() {
        let dir = std::env::temp_dir().join(format!("wasmcc-libtest-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("libSDL2.a"), b"!<arch>\n").unwrap();
        let dirs = [dir.clone()];
        assert!(passed_to_linker("SDL2", &dirs));
        assert_eq!(
            port_of("SDL2", &dirs),
            None,
            "the user's build wins over the port"
        );
        assert!(check_library("SDL2", &dirs).is_ok());
        assert!(!passed_to_linker("SDL2_mixer", &dirs));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn gnu_ld_flags_without_meaning_for_wasm_are_dropped() {
        let args: Vec<String> = [
            "--start-group",
            "-lm",
            "--end-group",
            "-rpath",
            "/x",
            "--as-needed",
            "-rpath=/y",
            "-soname",
            "libz.so.1",
            "--export=f",
            "-z",
            "stack-size=1",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let kept: Vec<&str> = wasm_ld_args(&args).iter().map(|s| s.as_str()).collect();
        assert_eq!(kept, ["-lm", "--export=f", "-z", "stack-size=1"]);
    }
}
