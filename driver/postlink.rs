//! After the link: wasm-opt at -O1 and above, and reading what the module
//! imports and exports, which decides the JS that is emitted.

use crate::err;
use crate::error::{IoContext, Result};
use crate::toolchain;
use std::path::Path;

/// The features wasm-opt accepts besides those the target_features section
/// names: what clang enables for every compile (sign-ext and mutable-globals
/// by default, bulk memory and non-trapping float-to-int through
/// `sysroot::FEATURE_ARGS`). wasm-opt reads that section, but `-Wl,--strip-all`
/// drops it, and the support library uses bulk memory whatever the user's flags.
pub const WASM_OPT_FEATURES: &[&str] = &[
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
];

/// Runs wasm-opt in place. The name section is kept so that a trap can name
/// the function it happened in (names.rs then drops what a trap never shows).
pub fn optimize(wasm: &Path, level: crate::cli::OptLevel, verbose: bool) -> Result<()> {
    let mut cmd = toolchain::find_tool(&toolchain::WASM_OPT)?.command();
    // --low-memory-unused lets wasm-opt fold a constant added to an address
    // into the access's offset, which differs only where the sum wraps
    // past 4 GiB into the first KiB. emcc leaves that KiB unused; here it is
    // the far end of the C stack (--stack-first), reached only by a program
    // within 1 KiB of overflowing its stack, and then only through such a
    // wrapped sum. Lua's code section is 0.6% smaller for it.
    cmd.arg(level.flag())
        .args(WASM_OPT_FEATURES)
        .arg("--low-memory-unused")
        .arg("--debuginfo")
        .args(["--strip-producers", "--strip-target-features"])
        .arg(wasm)
        .arg("-o")
        .arg(wasm);
    crate::run::run(&mut cmd, verbose)
}

/// The passes of a checked build (`-sSAFE_HEAP`, `-sSTACK_OVERFLOW_CHECK=2`),
/// run on the linked module before it is optimised, so that the checks see
/// every load, store and move of the stack pointer the program makes.
/// Returns whether it ran.
pub fn add_checks(wasm: &Path, opts: &crate::cli::Options) -> Result<bool> {
    let s = &opts.settings;
    if s.SAFE_HEAP {
        // Checks against the heap's end (libc-shims/safe_heap.c) and calls
        // env.segfault and env.alignfault (js-templates/lib/crash.js), which
        // then get the address (safeheap.rs).
        run_wasm_opt(wasm, &["--safe-heap"], opts.verbose)?;
        let bytes = std::fs::read(wasm).at("read", wasm)?;
        let bytes = crate::safeheap::pass_fault_addresses(&bytes)
            .map_err(|e| err!("{}: -sSAFE_HEAP: {e}", wasm.display()))?;
        std::fs::write(wasm, bytes).at("write", wasm)?;
    }
    if s.STACK_OVERFLOW_CHECK.0 >= 2 {
        // Each move of __stack_pointer is checked against the limits the
        // runtime sets through __set_stack_limits; past them, the pass calls
        // env.__handle_stack_overflow with the new value (crash.js).
        // binaryen 108 builds that call with the pointer's type as its
        // result type and its validator then rejects its own output, although
        // the binary it writes is right (a call's type comes from its callee):
        // so this run skips binaryen's validation and wasmparser's is made instead.
        run_wasm_opt(
            wasm,
            &[
                "--stack-check",
                "--pass-arg=stack-check-handler@__handle_stack_overflow",
                "--no-validation",
            ],
            opts.verbose,
        )?;
        let bytes = std::fs::read(wasm).at("read", wasm)?;
        wasmparser::Validator::new_with_features(wasmparser::WasmFeatures::all())
            .validate_all(&bytes)
            .map_err(|e| err!("{}: -sSTACK_OVERFLOW_CHECK=2: {e}", wasm.display()))?;
    }
    Ok(s.SAFE_HEAP || s.STACK_OVERFLOW_CHECK.0 >= 2)
}

fn run_wasm_opt(wasm: &Path, passes: &[&str], verbose: bool) -> Result<()> {
    let mut cmd = toolchain::find_tool(&toolchain::WASM_OPT)?.command();
    cmd.args(passes)
        .args(WASM_OPT_FEATURES)
        .arg("--debuginfo")
        .arg(wasm)
        .arg("-o")
        .arg(wasm);
    crate::run::run(&mut cmd, verbose)
}

/// A module import, as `module.field`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Import {
    pub module: String,
    pub field: String,
}

#[derive(Default)]
pub struct ModuleInfo {
    pub imports: Vec<Import>,
    /// The exported functions (`--export-all` exports data symbols too,
    /// which are not functions to call).
    pub exports: Vec<String>,
    /// The exported globals (`__stack_pointer`).
    pub exported_globals: Vec<String>,
    /// With `-sIMPORTED_MEMORY`, the imported memory's initial and largest
    /// size in 64 KiB pages.
    pub memory_import: Option<(u64, Option<u64>)>,
}

/// The linked module, read once after the tools have run: its bytes, which
/// the post-link steps rewrite in memory and which are written out once,
/// and what it imports and exports, which the glue follows.
pub struct Module {
    pub bytes: Vec<u8>,
    pub info: ModuleInfo,
}

impl Module {
    pub fn read(wasm: &Path) -> Result<Module> {
        let bytes = std::fs::read(wasm).at("read", wasm)?;
        Module::from_bytes(bytes).map_err(|e| err!("{}: {e}", wasm.display()))
    }

    pub fn from_bytes(bytes: Vec<u8>) -> Result<Module> {
        let info = imports_and_exports(&bytes)?;
        Ok(Module { bytes, info })
    }
}

fn imports_and_exports(bytes: &[u8]) -> Result<ModuleInfo> {
    let mut info = ModuleInfo::default();
    let bad = |e: wasmparser::BinaryReaderError| err!("not a valid module: {e}");
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload.map_err(bad)? {
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader {
                    let import = import.map_err(bad)?;
                    if let wasmparser::TypeRef::Memory(m) = import.ty {
                        info.memory_import = Some((m.initial, m.maximum));
                    }
                    info.imports.push(Import {
                        module: import.module.to_string(),
                        field: import.name.to_string(),
                    });
                }
            }
            wasmparser::Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export.map_err(bad)?;
                    match export.kind {
                        wasmparser::ExternalKind::Func => {
                            info.exports.push(export.name.to_string())
                        }
                        wasmparser::ExternalKind::Global => {
                            info.exported_globals.push(export.name.to_string())
                        }
                        _ => {}
                    }
                }
            }
            _ => {}
        }
    }
    Ok(info)
}
