//! A terminal in the page for a program that reads stdin: the module
//! imports `fd_read` (every read of stdin, by `read`, `fgets`, `scanf` or
//! `getchar`, reaches it). `-sTERMINAL=1` or `=0` decides instead.
//!
//! A read that waits for a key must give the page its turn, so the terminal
//! needs Asyncify: the program is linked, its imports read, and, when it
//! gets a terminal and was not built with `-sASYNCIFY`, linked again with
//! Asyncify on (a link costs a fraction of a second; the objects are the
//! same, as Asyncify is applied after the link). The rest of the build
//! follows the options of that second link (`effective`). A program that
//! never reads stdin pays nothing: no second link, no terminal code.
//!
//! The other way, the program on a Worker blocking in `Atomics.wait`, needs
//! SharedArrayBuffer and so a cross-origin isolated page (COOP and COEP
//! headers), which a plain static server does not send.
//!
//! The JS side is `js-templates/lib/terminal.js`.

use crate::cli::Options;
use crate::err;
use crate::error::Result;
use crate::postlink::{Module, ModuleInfo};
use std::borrow::Cow;
use std::path::Path;

/// `-sTERMINAL`: on, off, or decided by what the program imports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Switch {
    Auto,
    On,
    Off,
}

impl crate::settings::Value for Switch {
    const FORM: &'static str = "0|1|auto";
    fn parse(text: &str) -> std::result::Result<Self, String> {
        match text.trim() {
            "1" | "true" => Ok(Switch::On),
            "0" | "false" => Ok(Switch::Off),
            "auto" => Ok(Switch::Auto),
            _ => Err("expected 0, 1 or auto".into()),
        }
    }
}

/// Whether the module reads stdin. Importing `fd_read` is not enough:
/// wasi-libc's hello world imports it, as stdin's FILE (with its read
/// function) joins every program that uses stdio. A program reads when it
/// has stdio's input paths (`__toread`, `__uflow`: fgets, getchar, scanf,
/// fread), or calls `read`, `readv` or the import itself from its own code.
/// The first link's module still has every function's name; without names
/// the import decides.
///
/// A program that also opens files (it imports `path_open`) may read them
/// alone, as a game reads its data: it gets a terminal only when it calls a
/// function that reads nothing but stdin (`getchar`, `scanf`, `gets`).
/// `-sTERMINAL=1` gives any program one.
fn reads_input(module: &Module) -> bool {
    let imports_read = module
        .info
        .imports
        .iter()
        .any(|i| i.module == "wasi_snapshot_preview1" && i.field == "fd_read");
    if !imports_read {
        return false;
    }
    let opens_files = module
        .info
        .imports
        .iter()
        .any(|i| i.module == "wasi_snapshot_preview1" && i.field == "path_open");
    calls_read(&module.bytes, opens_files).unwrap_or(true)
}

/// C functions that read stdin and nothing else.
const STDIN_READERS: &[&str] = &["getchar", "getchar_unlocked", "scanf", "vscanf", "gets"];

/// Functions through which libc itself reaches `fd_read`.
const LIBC_READERS: &[&str] = &["__stdio_read", "read", "readv", "__wasi_fd_read"];

/// `None` when the module has no names to tell by.
fn calls_read(bytes: &[u8], opens_files: bool) -> Option<bool> {
    use std::collections::HashMap;
    use wasmparser::{Operator, Parser, Payload, TypeRef};
    let mut names: HashMap<u32, String> = HashMap::new();
    let mut calls: Vec<(u32, u32)> = Vec::new();
    let mut read_import = None;
    let mut next = 0u32;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.ok()? {
            Payload::ImportSection(reader) => {
                for import in reader {
                    let import = import.ok()?;
                    if matches!(import.ty, TypeRef::Func(_)) {
                        if import.module == "wasi_snapshot_preview1" && import.name == "fd_read" {
                            read_import = Some(next);
                        }
                        next += 1;
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let caller = next;
                next += 1;
                let mut ops = body.get_operators_reader().ok()?;
                while !ops.eof() {
                    if let Operator::Call { function_index } = ops.read().ok()? {
                        calls.push((caller, function_index));
                    }
                }
            }
            Payload::CustomSection(custom) if custom.name() == "name" => {
                let reader = wasmparser::NameSectionReader::new(wasmparser::BinaryReader::new(
                    custom.data(),
                    custom.data_offset(),
                ));
                for sub in reader.flatten() {
                    if let wasmparser::Name::Function(map) = sub {
                        for naming in map.into_iter().flatten() {
                            names.insert(naming.index, naming.name.to_string());
                        }
                    }
                }
            }
            _ => {}
        }
    }
    if names.is_empty() {
        return None;
    }
    if opens_files {
        return Some(names.values().any(|n| STDIN_READERS.contains(&n.as_str())));
    }
    if names.values().any(|n| n == "__toread" || n == "__uflow") {
        return Some(true);
    }
    let named = |i: u32, list: &[&str]| names.get(&i).is_some_and(|n| list.contains(&n.as_str()));
    Some(calls.iter().any(|&(caller, callee)| {
        (Some(callee) == read_import || named(callee, LIBC_READERS)) && !named(caller, LIBC_READERS)
    }))
}

/// Whether the program (its first link) gets a terminal.
fn wanted(opts: &Options, module: &Module, in_page: bool) -> bool {
    match opts.settings.TERMINAL {
        Switch::Off => false,
        // The terminal lives in a document; Node keeps its own stdio.
        Switch::On => opts.settings.ENVIRONMENT.web,
        Switch::Auto => in_page && reads_input(module),
    }
}

/// The export that marks a module linked for a terminal (libc-shims/js/terminal.c).
pub const MARKER: &str = "__wasmcc_terminal";

/// Whether the JS gets the terminal, after the link: the module was linked
/// for one (`MARKER`) and with Asyncify.
pub fn active(opts: &Options, info: &ModuleInfo) -> bool {
    opts.settings.ASYNCIFY && info.exports.iter().any(|e| e == MARKER)
}

/// After the first link of `linked`: the options to link again with when
/// the program gets a terminal and needs Asyncify for it; `None` otherwise.
pub fn relink_options(opts: &Options, linked: &Path, in_page: bool) -> Result<Option<Options>> {
    let s = &opts.settings;
    if (s.ASYNCIFY && s.TERMINAL == Switch::On) || s.TERMINAL == Switch::Off {
        return Ok(None);
    }
    let module = Module::read(linked)?;
    if !wanted(opts, &module, in_page) {
        return Ok(None);
    }
    let mut with = opts.clone();
    with.settings.ASYNCIFY = true;
    with.settings.TERMINAL = Switch::On;
    if s.ASYNCIFY {
        return Ok(Some(with));
    }
    let eh = crate::asyncify::uses_wasm_eh(&module.bytes)
        .map_err(|e| err!("{}: {e}", linked.display()))?;
    if eh {
        let why = "it uses Wasm exception handling (setjmp/longjmp compiled without -sASYNCIFY, \
                   or C++ exceptions), which Asyncify cannot instrument, and a terminal's reads \
                   need Asyncify";
        if opts.settings.TERMINAL == Switch::On {
            return Err(err!("-sTERMINAL=1: {why}; compile with -sASYNCIFY"));
        }
        eprintln!(
            "wasmcc: warning: the page gets no terminal for the program's stdin: {why}; \
             compile with -sASYNCIFY to get one, or -sTERMINAL=0 to silence this"
        );
        return Ok(None);
    }
    Ok(Some(with))
}

/// The options the build follows after the link: with Asyncify and the
/// terminal on when the module was linked again for its terminal.
pub fn effective<'a>(opts: &'a Options, info: &ModuleInfo) -> Cow<'a, Options> {
    let s = &opts.settings;
    if (s.ASYNCIFY && s.TERMINAL == Switch::On) || !info.exports.iter().any(|e| e == MARKER) {
        return Cow::Borrowed(opts);
    }
    let mut with = opts.clone();
    with.settings.ASYNCIFY = true;
    with.settings.TERMINAL = Switch::On;
    Cow::Owned(with)
}
