//! Linking with wasm-ld. The module is a WASI *reactor*: `_initialize` runs
//! the constructors once, and the glue calls `__main_void` and `exit` itself.
//! (A *command* module would re-run constructors and destructors around every
//! exported call.) Undefined symbols stay errors except for the names the JS
//! runtime provides, and wasm-ld's messages about them are rewritten to name
//! the symbol and the source that wants it.

use crate::cli::Options;
use crate::error::{Error, Result};
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

/// Libraries whose contents live in wasi-libc's libc.a: `-lm` and friends
/// need nothing more (Debian ships them as empty archives).
const PART_OF_LIBC: &[&str] = &[
    "c", "m", "dl", "rt", "pthread", "util", "crypt", "resolv", "xnet",
];

pub struct Link<'a> {
    pub wasm_ld: &'a crate::toolchain::Tool,
    pub sysroot: &'a Sysroot,
    pub opts: &'a Options,
    pub items: Vec<Item>,
    /// The file listing the `env` imports the JS runtime provides; `None`
    /// for a standalone WASI command module, which runs without our JS.
    pub js_symbols: Option<&'a Path>,
    pub out: &'a Path,
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
        match self.js_symbols {
            Some(_) => cmd.arg("--no-entry").arg(lib.join("crt1-reactor.o")),
            None => cmd.arg(lib.join("crt1-command.o")),
        };
        for dir in &self.opts.lib_dirs {
            cmd.arg(format!("-L{}", dir.display()));
        }
        for item in &self.items {
            match item {
                Item::Object { path, .. } => {
                    cmd.arg(path);
                }
                Item::Lib(name) if PART_OF_LIBC.contains(&name.as_str()) => {}
                Item::Lib(name) if name == "stdc++" || name == "c++" || name == "c++abi" => {}
                Item::Lib(name) => {
                    cmd.arg(format!("-l{name}"));
                }
            }
        }
        cmd.args(wasm_ld_args(&self.opts.link_args));
        if self.js_symbols.is_some() {
            if s.ASYNCIFY {
                cmd.args(crate::asyncify::link_args(self.sysroot));
            }
            cmd.arg(self.sysroot.support_lib_js());
            if s.NODERAWFS {
                // An export keeps it: wasm-ld garbage-collects a constructor that is only `--undefined`.
                cmd.arg("--export=__wasmcc_rawfs_init");
            }
        }
        cmd.arg(self.sysroot.support_lib());
        if self.opts.links_cxx() {
            cmd.arg(self.sysroot.support_lib_cxx());
            cmd.arg(lib.join("libc++.a")).arg(lib.join("libc++abi.a"));
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
        if self.js_symbols.is_some() {
            cmd.arg("--export=_initialize");
            if with_main {
                cmd.args(["--export=__main_void", "--export=exit"]);
            }
        }
        if self.js_symbols.is_some() {
            let objects = self.items.iter().filter_map(|item| match item {
                Item::Object { path, .. } => Some(path.as_path()),
                Item::Lib(_) => None,
            });
            for name in crate::glue::interop::link_exports(self.opts, objects) {
                cmd.arg(format!("--export={name}"));
            }
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
        if !self.opts.debug {
            cmd.arg("--strip-debug");
        }
        cmd.arg("-o").arg(self.out);
        cmd
    }

    /// Links; a program without `main` (a library of exported functions) links too.
    pub fn run(&self) -> Result<()> {
        let out = crate::run::capture(&mut self.command(true, false), self.opts.verbose)?;
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
        let with_main = others.len() == undefined.len();
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
