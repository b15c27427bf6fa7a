//! Calling C from JS: which runtime methods exist (`-sEXPORTED_RUNTIME_METHODS`),
//! what the link must export for them and for `EMSCRIPTEN_KEEPALIVE`, and the
//! JS that puts the exports on `Module` once the module is instantiated.

use crate::cli::Options;
use crate::postlink::ModuleInfo;
use std::path::Path;

/// A runtime method: its name on `Module`, and the library item defining it.
pub struct Method {
    pub name: &'static str,
    pub item: &'static str,
}

const fn m(name: &'static str, item: &'static str) -> Method {
    Method { name, item }
}

/// Every runtime method wasmcc has. The HEAP views are getters on `Module`.
pub const METHODS: &[Method] = &[
    m("ccall", "ccall"),
    m("cwrap", "cwrap"),
    m("UTF8ToString", "UTF8ToString"),
    m("stringToUTF8", "stringToUTF8"),
    m("lengthBytesUTF8", "lengthBytesUTF8"),
    m("getValue", "getValue"),
    m("setValue", "setValue"),
    m("stackSave", "stack"),
    m("stackRestore", "stack"),
    m("stackAlloc", "stack"),
    m("HEAP8", "heaps"),
    m("HEAPU8", "heaps"),
    m("HEAP16", "heaps"),
    m("HEAPU16", "heaps"),
    m("HEAP32", "heaps"),
    m("HEAPU32", "heaps"),
    m("HEAPF32", "heaps"),
    m("HEAPF64", "heaps"),
    // The in-memory file system's JS interface (js-templates/lib/datafiles.js).
    m("FS", "FS"),
    // File system types to FS.mount: IDBFS keeps a folder in IndexedDB.
    m("IDBFS", "IDBFS"),
    m("MEMFS", "MEMFS"),
    m("NODEFS", "NODEFS"),
    // A preRun hook holds the start until its download is done.
    m("addRunDependency", "addRunDependency"),
    m("removeRunDependency", "removeRunDependency"),
    // JS functions as C function pointers (-sALLOW_TABLE_GROWTH).
    m("addFunction", "addFunction"),
    m("removeFunction", "addFunction"),
];

fn method(name: &str) -> Option<&'static Method> {
    METHODS.iter().find(|m| m.name == name)
}

/// Checks the names of `-sEXPORTED_RUNTIME_METHODS`: one we do not have is
/// an error that names it and lists the ones we have.
pub fn check_runtime_methods(names: &[String]) -> std::result::Result<(), String> {
    let unknown: Vec<&str> = names
        .iter()
        .map(|n| n.trim_start_matches('$'))
        .filter(|n| method(n).is_none())
        .collect();
    if unknown.is_empty() {
        return Ok(());
    }
    let have: Vec<&str> = METHODS.iter().map(|m| m.name).collect();
    Err(format!(
        "wasmcc has no runtime method {} (it has: {})",
        unknown
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(", "),
        have.join(", ")
    ))
}

fn exported_methods(opts: &Options) -> impl Iterator<Item = &'static Method> + '_ {
    // -sFORCE_FILESYSTEM puts FS on Module too.
    // With FS come the types it mounts, which Emscripten code names as
    // globals and as Module.IDBFS.
    let forced = opts.settings.FORCE_FILESYSTEM.then_some("FS");
    let wants_fs = forced.is_some()
        || opts
            .settings
            .EXPORTED_RUNTIME_METHODS
            .iter()
            .any(|n| n.trim_start_matches('$') == "FS");
    let types = wants_fs
        .then_some(["IDBFS", "MEMFS", "NODEFS"])
        .into_iter()
        .flatten();
    opts.settings
        .EXPORTED_RUNTIME_METHODS
        .iter()
        .map(String::as_str)
        .chain(forced)
        .chain(types)
        .filter_map(|n| method(n.trim_start_matches('$')))
}

/// Whether `Module.FS` is asked for, by either setting.
pub fn exports_fs(opts: &Options) -> bool {
    exported_methods(opts).any(|m| m.name == "FS")
}

/// Library items the JS needs for the exported runtime methods.
pub fn roots(opts: &Options) -> Vec<&'static str> {
    let mut roots: Vec<&'static str> = exported_methods(opts).map(|m| m.item).collect();
    roots.dedup();
    roots
}

/// What wasm-ld must export beyond the usual: the stack pointer when JS
/// allocates on the C stack, and the functions marked `EMSCRIPTEN_KEEPALIVE`
/// (`__attribute__((used))`) in the objects being linked, or with
/// `-sEXPORT_ALL` every function they define. (wasm-ld's own --export-all
/// also exports the libraries' wrapped functions, which breaks the module.)
pub fn link_exports<'a>(opts: &Options, objects: impl Iterator<Item = &'a Path>) -> Vec<String> {
    let mut names = Vec::new();
    // -sASSERTIONS: a trap past the stack's end is reported as a stack
    // overflow (start.js reads the pointer). A module of exports only
    // (--no-entry, STANDALONE_WASM) keeps just the exports asked for.
    let assertions = opts.settings.ASSERTIONS.0 >= 1
        && opts.settings.EXPECT_MAIN
        && !opts.settings.STANDALONE_WASM;
    if assertions || exported_methods(opts).any(|m| matches!(m.item, "stack" | "ccall" | "cwrap")) {
        names.push("__stack_pointer".to_string());
    }
    for path in objects {
        names.extend(exported_functions(path, opts.settings.EXPORT_ALL));
    }
    names.sort();
    names.dedup();
    names
}

/// The defined, global functions of an object that the module exports:
/// those marked as not to be stripped, or with `all` every one (main's
/// symbols aside: the runtime calls main). Anything that is not a wasm
/// object (an archive, say) has none.
fn exported_functions(path: &Path, all: bool) -> Vec<String> {
    use wasmparser::{KnownCustom, Linking, Payload, SymbolFlags, SymbolInfo};
    let Ok(bytes) = std::fs::read(path) else {
        return Vec::new();
    };
    if !bytes.starts_with(b"\0asm") {
        return Vec::new();
    }
    let mut names = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
        let Ok(Payload::CustomSection(section)) = payload else {
            continue;
        };
        let KnownCustom::Linking(reader) = section.as_known() else {
            continue;
        };
        for sub in reader.subsections().flatten() {
            let Linking::SymbolTable(symbols) = sub else {
                continue;
            };
            for symbol in symbols.into_iter().flatten() {
                if let SymbolInfo::Func {
                    flags,
                    name: Some(name),
                    ..
                } = symbol
                {
                    let is_main = matches!(
                        name,
                        "main" | "__original_main" | "__main_void" | "__main_argc_argv"
                    );
                    let keep = (flags.contains(SymbolFlags::NO_STRIP) || (all && !is_main))
                        && !flags.contains(SymbolFlags::UNDEFINED)
                        && !flags.contains(SymbolFlags::BINDING_LOCAL);
                    if keep {
                        names.push(name.to_string());
                    }
                }
            }
        }
    }
    names
}

/// Exports the runtime itself uses, not shown on `Module` as C functions.
const RUNTIME_EXPORTS: &[&str] = &[
    "memory",
    "_initialize",
    "__main_void",
    "exit",
    "__stack_pointer",
    "__indirect_function_table",
];

/// Exports the runtime uses itself: the fixed ones above, and every name in
/// wasmcc's own `__wasmcc_` namespace (the support library's helpers).
fn is_runtime_export(name: &str) -> bool {
    RUNTIME_EXPORTS.contains(&name)
        || name.starts_with("__wasmcc_")
        || name.starts_with("asyncify_")
}

/// The module's C functions, which JS sees as `Module._name`.
pub fn c_function_names(module: &ModuleInfo) -> impl Iterator<Item = &String> {
    module.exports.iter().filter(|n| !is_runtime_export(n))
}

/// `attachExports()`: the module's C functions as `Module._name`, the
/// exported runtime methods, and an explanatory error for the others.
pub fn attach_exports(opts: &Options, module: &ModuleInfo) -> String {
    let mut out = String::from("function attachExports() {\n");
    let mut c_functions = 0;
    // main, as emcc shows it: Module._main() runs it (a page's
    // onRuntimeInitialized may call it), with Module.arguments as argv.
    if module.exports.iter().any(|e| e == "__main_void") {
        out.push_str("  Module._main = () => wasmExports.__main_void();\n");
    }
    for name in c_function_names(module) {
        out.push_str(&format!("  Module._{name} = wasmExports.{name};\n"));
        c_functions += 1;
    }
    let mut exported: Vec<&str> = Vec::new();
    for m in exported_methods(opts) {
        if exported.contains(&m.name) {
            continue;
        }
        exported.push(m.name);
        if m.item == "heaps" {
            out.push_str(&format!(
                "  Object.defineProperty(Module, '{0}', {{ get: () => (updateHeaps(), {0}) }});\n",
                m.name
            ));
        } else {
            out.push_str(&format!("  Module.{0} = {0};\n", m.name));
        }
    }
    let others: Vec<&str> = METHODS
        .iter()
        .map(|m| m.name)
        .filter(|n| !exported.contains(n))
        .collect();
    // The error matters where JS calls into C; a program that exports
    // nothing for JS is spared its table at -O1 and above.
    // -sASSERTIONS=0 leaves it out.
    let assertions = opts.settings.ASSERTIONS.0 >= 1;
    if assertions && !others.is_empty() && (c_functions > 0 || !opts.opt.optimizes()) {
        out.push_str(&format!("  guardRuntimeMethods('{}');\n", others.join(" ")));
    }
    out.push('}');
    // -sASSERTIONS: a C function called from JS before the module is ready
    // says so, instead of "Module._f is not a function".
    let c_names: Vec<String> = c_function_names(module).map(|n| format!("'{n}'")).collect();
    if assertions && !c_names.is_empty() {
        out.push_str(&format!(
            "\nfor (const name of [{}]) {{\n  Module['_' + name] ??= () => {{\n    \
             throw new Error(`native function '${{name}}' called before the runtime is ready: call it from Module.onRuntimeInitialized or later`);\n  }};\n}}",
            c_names.join(", ")
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_helpers_are_not_shown_as_c_functions() {
        let opts = crate::cli::parse("wasmcc", vec!["-O2".into(), "a.c".into()]).unwrap();
        let module = ModuleInfo {
            imports: Vec::new(),
            exports: ["memory", "__wasmcc_call_v", "__wasmcc_rawfs_init", "add"]
                .map(String::from)
                .to_vec(),
            ..Default::default()
        };
        let js = attach_exports(&opts, &module);
        assert!(js.contains("Module._add = wasmExports.add;"), "{js}");
        assert!(!js.contains("wasmcc_"), "{js}");
        let only_helpers = ModuleInfo {
            imports: Vec::new(),
            exports: vec!["__wasmcc_call_v".into()],
            ..Default::default()
        };
        // Nothing for JS to call: no table of runtime-method errors at -O2.
        assert!(!attach_exports(&opts, &only_helpers).contains("guardRuntimeMethods"));
    }

    #[test]
    fn unknown_methods_are_named_with_the_known_ones() {
        assert!(check_runtime_methods(&["ccall".into(), "HEAPU8".into()]).is_ok());
        let e = check_runtime_methods(&["ccall".into(), "lengthBytesUTF16".into()]).unwrap_err();
        assert!(
            e.contains("'lengthBytesUTF16'") && e.contains("cwrap"),
            "{e}"
        );
    }
}
