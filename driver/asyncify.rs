//! `-sASYNCIFY`: C code that sleeps gives the browser its turn. binaryen's
//! Asyncify pass rewrites the functions that can reach a sleeping import so
//! that their stack can be saved (unwind) and restored (rewind); the JS
//! runtime (`js-templates/lib/asyncify.js`) drives it.
//!
//! The sleeping imports are `env.emscripten_sleep` (and the waits of
//! `emscripten_wget` and `emscripten_promise_await`) and WASI's `poll_oneoff`,
//! through which wasi-libc's sleep(), usleep(), nanosleep() and
//! clock_nanosleep() wait: listing the one import makes all of them yield,
//! with no wrapper functions, and only their callers pay. The `invoke_*`
//! imports of the JS-based setjmp scheme are listed too, so a sleep under a
//! call that may longjmp unwinds through them.
//!
//! binaryen 108 aborts on modules with Wasm exception handling, so objects
//! compiled without `-sASYNCIFY` (whose setjmp uses Wasm EH) are refused
//! before the pass, naming the object or archive member.
//!
//! The user's lists of functions to instrument or not are in `lists`.

mod lists;

use crate::cli::Options;
use crate::err;
use crate::error::{IoContext, Result};
use crate::glue::library::{Item, Library};
use crate::link;
use crate::postlink::Import;
use crate::sysroot::Sysroot;
use crate::toolchain;
use std::ffi::OsString;
use std::path::Path;

/// The imports that sleep, besides the `invoke_*` ones and the user's.
const SLEEPING_IMPORTS: &[&str] = &[
    "env.emscripten_sleep",
    "env.__wasmcc_wget_sleep",
    "env.__wasmcc_promise_await",
    "wasi_snapshot_preview1.poll_oneoff",
];

/// What wasm-ld needs with `-sASYNCIFY`: our setjmp helpers before the
/// support library's Wasm EH ones, the saved-stack buffer, and the stack
/// pointer and table for the `invoke_*` functions.
pub fn link_args(sysroot: &Sysroot) -> Vec<OsString> {
    vec![
        sysroot.support_lib_asyncify().into_os_string(),
        "--export=__wasmcc_asyncify_buffer".into(),
        "--export=__stack_pointer".into(),
        "--export-table".into(),
        format!("--trace-symbol={EH_LONGJMP}").into(),
        // A page's terminal raises SIGINT and SIGWINCH (js-templates/lib/terminal.js)
        // through the program's raise, when the program has one (it set a handler).
        "--export-if-defined=raise".into(),
    ]
}

/// The longjmp of the Wasm exception-handling scheme: only code compiled
/// without `-sASYNCIFY` refers to it. wasm-ld traces who does, which names
/// the archive member that would otherwise show only as duplicate setjmp
/// helpers.
const EH_LONGJMP: &str = "__wasm_longjmp";

/// From wasm-ld's trace (its stdout), the first input, an object or an
/// archive member `lib.a(member.o)`, that was compiled without `-sASYNCIFY`.
pub fn eh_user_in_trace(stdout: &[u8]) -> Option<String> {
    let suffix = format!(": reference to {EH_LONGJMP}");
    String::from_utf8_lossy(stdout)
        .lines()
        .find_map(|line| line.strip_suffix(&suffix).map(str::to_string))
}

/// Whether the object at `path` uses Wasm exception handling. Archives (and
/// linker scripts) are not read: the link tells about their members.
fn uses_wasm_eh_object(path: &Path) -> Result<bool> {
    let bytes = std::fs::read(path).at("read", path)?;
    if !bytes.starts_with(b"\0asm") {
        return Ok(false);
    }
    uses_wasm_eh(&bytes).map_err(|e| err!("{}: not a valid object: {e}", path.display()))
}

/// The settings, checked before anything is compiled.
pub fn check_settings(opts: &Options) -> Result<()> {
    if opts.settings.ASYNCIFY {
        let asked = opts.compile_args.iter().find(|a| {
            matches!(
                a.as_str(),
                "-fexceptions" | "-fcxx-exceptions" | "-fwasm-exceptions"
            )
        });
        if let Some(flag) = asked {
            return Err(err!(
                "{flag} with -sASYNCIFY: C++ exceptions use Wasm exception handling, which \
                 Asyncify cannot instrument; build without -sASYNCIFY, or without exceptions \
                 (they are off by default with -sASYNCIFY)"
            ));
        }
    }
    lists::check(&opts.settings)
}

/// Why a C++ source failed to compile under `-sASYNCIFY`, when the reason is
/// that its try/throw need the exceptions `-sASYNCIFY` turns off: clang
/// then says only "exceptions disabled", and this says why. Checked after
/// the failure (a syntax-only compile with exceptions on), so builds that
/// succeed pay nothing.
pub fn exceptions_were_why(
    clang: &toolchain::Tool,
    sysroot: &Sysroot,
    opts: &Options,
    src: &Path,
    lang: crate::cli::Lang,
) -> Option<crate::error::Error> {
    if !opts.settings.ASYNCIFY || !lang.is_cxx() || src.as_os_str() == "-" {
        return None;
    }
    let mut probe = opts.clone();
    probe.settings.ASYNCIFY = false;
    if crate::compile::cxx_exception_args(&probe).contains(&"-fno-exceptions") {
        return None; // the user's own -fno-exceptions
    }
    let mut cmd = crate::compile::clang_command(clang, sysroot, &probe, src, lang);
    cmd.arg("-fsyntax-only")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    match cmd.status() {
        Ok(status) if status.success() => Some(err!(
            "{}: uses C++ exceptions, which -sASYNCIFY turns off: they use Wasm exception \
             handling, which Asyncify cannot instrument; build without -sASYNCIFY, or without \
             try/throw",
            src.display()
        )),
        _ => None,
    }
}

/// Refuses, by name, an object on the command line compiled without
/// `-sASYNCIFY`. (The `invoke_*` functions its setjmp calls need no listing:
/// clang gives them an explicit import name, and wasm-ld lets such functions
/// stay undefined, as imports, wherever they come from.)
pub fn check_objects(opts: &Options, items: &[link::Item]) -> Result<()> {
    if !opts.settings.ASYNCIFY {
        return Ok(());
    }
    for item in items {
        let link::Item::Object { path, shown_as } = item else {
            continue;
        };
        if uses_wasm_eh_object(path)? {
            return Err(not_recompiled(shown_as));
        }
    }
    Ok(())
}

pub fn not_recompiled(what: &str) -> crate::error::Error {
    err!(
        "{what}: compiled without -sASYNCIFY: its setjmp/longjmp or C++ exceptions use Wasm \
         exception handling, which Asyncify cannot instrument; recompile it with -sASYNCIFY \
         (C++ exceptions are then off)"
    )
}

/// After the link: refuses emscripten_sleep without `-sASYNCIFY`, and with
/// it runs the Asyncify pass (followed by the optimisations at -O1 and
/// above). With a page's terminal (`terminal`), reads of stdin wait for keys
/// too. Returns true when the module has been optimised here.
pub fn after_link(
    module: &crate::postlink::Module,
    wasm: &Path,
    opts: &Options,
    terminal: bool,
) -> Result<bool> {
    let s = &opts.settings;
    // EM_ASYNC_JS functions the program calls sleep like emscripten_sleep.
    let async_js: Vec<String> = crate::glue::emjs::async_names(&module.bytes)?
        .into_iter()
        .filter(|name| {
            module
                .info
                .imports
                .iter()
                .any(|i| i.module == "env" && i.field == *name)
        })
        .collect();
    if !s.ASYNCIFY {
        if let Some(name) = async_js.first() {
            return Err(err!(
                "EM_ASYNC_JS function '{name}' needs Asyncify: build with -sASYNCIFY (compile and link)"
            ));
        }
        if module
            .info
            .imports
            .iter()
            .any(|i| i.module == "env" && i.field == "emscripten_sleep")
        {
            return Err(err!(
                "emscripten_sleep needs Asyncify: build with -sASYNCIFY (compile and link)"
            ));
        }
        // The C functions that wait through a sleeping import of their own
        // (libc-shims/js/wget.c, promise.c).
        for (import, what, instead) in [
            (
                "__wasmcc_wget_sleep",
                "emscripten_wget and emscripten_wget_data",
                "emscripten_async_wget",
            ),
            (
                "__wasmcc_promise_await",
                "emscripten_promise_await",
                "emscripten_promise_then",
            ),
        ] {
            if module
                .info
                .imports
                .iter()
                .any(|i| i.module == "env" && i.field == import)
            {
                return Err(err!(
                    "{what} wait and need Asyncify: build with -sASYNCIFY (compile and link), or use {instead}"
                ));
            }
        }
        return Ok(false);
    }
    if uses_wasm_eh(&module.bytes).map_err(|e| err!("{}: {e}", wasm.display()))? {
        return Err(err!(
            "a linked library uses Wasm exception handling (setjmp/longjmp compiled without \
             -sASYNCIFY, or C++ exceptions), which Asyncify cannot instrument; recompile it with -sASYNCIFY"
        ));
    }
    let mut list: Vec<String> = SLEEPING_IMPORTS.iter().map(|s| s.to_string()).collect();
    if terminal {
        list.push("wasi_snapshot_preview1.fd_read".into());
    }
    list.extend(
        module
            .info
            .imports
            .iter()
            .filter(|i| i.module == "env" && i.field.starts_with("invoke_"))
            .map(|i| format!("env.{}", i.field)),
    );
    list.extend(async_js.iter().map(|name| format!("env.{name}")));
    for name in &s.ASYNCIFY_IMPORTS {
        list.push(if name.contains('.') {
            name.clone()
        } else {
            format!("env.{name}")
        });
    }
    let mut cmd = toolchain::find_tool(&toolchain::WASM_OPT)?.command();
    cmd.args(crate::postlink::WASM_OPT_FEATURES)
        .arg("--asyncify")
        .arg(format!("--pass-arg=asyncify-imports@{}", list.join(",")));
    if s.ASYNCIFY_IGNORE_INDIRECT {
        cmd.arg("--pass-arg=asyncify-ignore-indirect");
    }
    cmd.args(lists::pass_args(s, wasm)?);
    // Asyncify is needed for correctness, so it runs at -O0 too; the
    // optimisations after it shrink what it added.
    if opts.opt.optimizes() {
        cmd.arg(opts.opt.flag())
            .args(["--strip-producers", "--strip-target-features"]);
    }
    cmd.arg("--debuginfo").arg(wasm).arg("-o").arg(wasm);
    crate::run::run(&mut cmd, opts.verbose)?;
    Ok(true)
}

pub fn uses_wasm_eh(bytes: &[u8]) -> std::result::Result<bool, wasmparser::BinaryReaderError> {
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload? {
            wasmparser::Payload::TagSection(_) => return Ok(true),
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader {
                    if matches!(import?.ty, wasmparser::TypeRef::Tag(_)) {
                        return Ok(true);
                    }
                }
            }
            _ => {}
        }
    }
    Ok(false)
}

/// A JS function for each `invoke_SIG` the module imports. SIG is the
/// signature of the function called (return type first): the value returned
/// when a longjmp was caught is that type's zero, which the caller ignores.
pub fn add_invoke_items(lib: &mut Library, imports: &[Import]) -> Result<()> {
    for import in imports {
        if import.module != "env" || lib.has(&format!("env.{}", import.field)) {
            continue;
        }
        let Some(sig) = import.field.strip_prefix("invoke_") else {
            continue;
        };
        let zero = match sig.chars().next() {
            Some('v') => "undefined",
            Some('i' | 'p') => "0",
            Some('j') => "0n",
            Some('f' | 'd') => "0",
            _ => {
                return Err(err!(
                    "the module imports {}, whose signature the JS runtime does not know",
                    import.field
                ))
            }
        };
        let name: &'static str = Box::leak(format!("env.{}", import.field).into_boxed_str());
        let body: &'static str = Box::leak(
            format!(
                "function {}(index, ...args) {{\n  return invokeCatchingLongjmp(index, args, {zero});\n}}",
                import.field
            )
            .into_boxed_str(),
        );
        lib.add(Item {
            name,
            needs: vec!["invokeCatchingLongjmp"],
            body,
            binding: None,
            verbatim: false,
        })?;
    }
    Ok(())
}
