//! The JS glue: the items of the library that the module's imports reach,
//! placed in a frame (`js-templates/*.hbs`) for the output's shape.

pub mod emjs;
pub mod gl;
pub mod interop;
pub mod library;
pub mod minify;
pub mod shortnames;
pub mod userlib;

use crate::cli::Options;
use crate::embedded;
use crate::err;
use crate::error::Result;
use crate::postlink::{Import, ModuleInfo};
use library::Library;
use std::collections::BTreeMap;

/// The shape of the JS file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A classic script: `node prog.js`, or a `<script>` in a page.
    Script,
    /// An ES module (`.mjs`).
    EsModule,
}

impl Shape {
    /// The frame: `-sEXPORT_ES6` makes any script an ES module, and
    /// `-sMODULARIZE` makes a classic script a factory.
    fn frame(self, opts: &Options) -> &'static str {
        let s = &opts.settings;
        match self {
            Shape::EsModule => "js-templates/module.mjs.hbs",
            Shape::Script if s.EXPORT_ES6 => "js-templates/module.mjs.hbs",
            Shape::Script if s.MODULARIZE => "js-templates/modularize.js.hbs",
            Shape::Script => "js-templates/script.js.hbs",
        }
    }
}

pub struct Glue<'a> {
    pub opts: &'a Options,
    pub module: &'a ModuleInfo,
    pub shape: Shape,
    pub js_name: &'a str,
    pub wasm_name: &'a str,
    /// The module as base64, carried in the JS itself (`-sSINGLE_FILE`).
    pub wasm_inline: Option<&'a str>,
    /// The manifest of the `--preload-file` and `--embed-file` packages
    /// (`datafiles::package`), for `settings.dataFiles`.
    pub data_files: Option<&'a serde_json::Value>,
    /// EM_JS and EM_ASM code taken from the module (`emjs::take`).
    pub inline_js: &'a emjs::InlineJs,
    /// The JS is for a page wasmcc writes (`-o x.html`), with a status line.
    pub in_page: bool,
    /// In Node the program runs on a worker thread with a large stack
    /// (`stackdepth::needs_large_stack`).
    pub on_worker: bool,
    /// The module names functions for V8 to optimise at load
    /// (`tiering::add_hints`); the glue turns on V8's reading of them.
    pub optimize_at_load: bool,
    /// The `--pre-js` and `--post-js` code.
    pub pre_js: &'a str,
    pub post_js: &'a str,
    /// The imports' names in the module when `shortnames::apply` renamed
    /// them (one per import, `None` for one it left), else empty.
    pub short_imports: &'a [Option<(String, String)>],
}

/// The fd_* imports with a version for a module whose only descriptors are
/// stdin, stdout and stderr (`js-templates/lib/wasi-stdio.js`).
const STDIO_ONLY_CALLS: [&str; 6] = [
    "wasi_snapshot_preview1.fd_write",
    "wasi_snapshot_preview1.fd_read",
    "wasi_snapshot_preview1.fd_seek",
    "wasi_snapshot_preview1.fd_tell",
    "wasi_snapshot_preview1.fd_close",
    "wasi_snapshot_preview1.fd_fdstat_get",
];

/// Runtime calls of the support library that need the descriptor table.
const TABLE_CALLS: [&str; 3] = [
    "__wasmcc_fd_dup",
    "__wasmcc_file_mode",
    "__wasmcc_file_chmod",
];

/// Whether the module gets the stdio-only descriptor calls: it cannot open a
/// file or socket (wasi-libc reaches every path through the preopened
/// directories, fd_prestat_get; a socket comes from sock_accept), and every
/// fd_* call it makes has a stdio version, so that no call looks for a
/// descriptor table the others do not keep.
fn stdio_only(opts: &Options, module: &ModuleInfo) -> bool {
    // dup() and dup2() (libc-shims/js/dup.c) and the file modes
    // (libc-shims/js/file_modes.c) work on the descriptor table.
    let on_table = module
        .imports
        .iter()
        .any(|i| i.module == "env" && TABLE_CALLS.contains(&i.field.as_str()));
    // Data files and the JS FS object live in the file system the
    // descriptor table reaches.
    let has_files = !opts.data_files.is_empty() || interop::exports_fs(opts);
    !opts.settings.NODERAWFS
        && !has_files
        && !on_table
        && module
            .imports
            .iter()
            .filter(|i| i.module == "wasi_snapshot_preview1")
            .filter(|i| {
                ["fd_", "path_", "sock_"]
                    .iter()
                    .any(|p| i.field.starts_with(p))
            })
            .all(|i| STDIO_ONLY_CALLS.contains(&format!("{}.{}", i.module, i.field).as_str()))
}

/// Which variant of each many-variant item the settings and the module pick.
fn variants(
    opts: &Options,
    module: &ModuleInfo,
    embedded: bool,
    on_worker: bool,
) -> Vec<(&'static str, &'static str)> {
    let env = opts.settings.ENVIRONMENT;
    let web = env.web || env.worker;
    let platform = match (env.node, web) {
        (true, false) => "node",
        (false, true) => "web",
        _ => "any",
    };
    let fs = if opts.settings.NODERAWFS {
        "host"
    } else {
        "memory"
    };
    // With -sASYNCIFY a sleep gives the event loop its turn instead of blocking.
    let sleep = if opts.settings.ASYNCIFY {
        "yield"
    } else {
        "block"
    };
    let fds = if stdio_only(opts, module) {
        "stdio"
    } else {
        "files"
    };
    let mut picks = vec![
        ("isNode", platform),
        // Node has no WebAudio: a silent device stands in (webaudio.js).
        ("AudioContext", platform),
        ("loadWasm", if embedded { "embedded" } else { platform }),
        ("wasmBytesNode", if embedded { "embedded" } else { "file" }),
        // A program on a worker turns V8's flag off again before the worker starts.
        (
            "compilationHints",
            if on_worker { "worker" } else { "main" },
        ),
        ("fsBackend", fs),
        ("sleepMs", sleep),
        // -sASSERTIONS: a C function called from JS after exit says so.
        (
            "wasi_snapshot_preview1.proc_exit",
            if opts.settings.ASSERTIONS.0 >= 1 && interop::c_function_names(module).next().is_some()
            {
                "checked"
            } else {
                "plain"
            },
        ),
    ];
    picks.extend(STDIO_ONLY_CALLS.iter().map(|&call| (call, fds)));
    picks
}

/// The text of a file embedded from the repository.
pub fn embedded_text(path: &str) -> Result<&'static str> {
    embedded::FILES
        .iter()
        .find(|(p, _)| *p == path)
        .and_then(|(_, data)| std::str::from_utf8(data).ok())
        .ok_or_else(|| err!("{path} is missing from this wasmcc build"))
}

impl Glue<'_> {
    pub fn render(&self, lib: &Library) -> Result<String> {
        let opts = self.opts;
        let s = &opts.settings;
        let inline = self.inline_js;
        let env_import = |name: &str| {
            self.module
                .imports
                .iter()
                .any(|i| i.module == "env" && i.field == name)
        };
        let em_js: Vec<&emjs::EmJs> = inline
            .em_js
            .iter()
            .filter(|j| env_import(&j.name))
            .collect();
        let em_asm: &[String] =
            if env_import("__wasmcc_asm_int") || env_import("__wasmcc_asm_double") {
                &inline.em_asm
            } else {
                &[]
            };
        let lib_imports: Vec<Import> = self
            .module
            .imports
            .iter()
            .filter(|i| !(i.module == "env" && em_js.iter().any(|j| j.name == i.field)))
            .cloned()
            .collect();

        let (pre_js, post_js) = (self.pre_js, self.post_js);
        let mut roots: Vec<&str> = vec!["start"];
        if self.on_worker {
            roots.push("runOnWorker");
        }
        if self.in_page {
            roots.push("downloadProgress");
        }
        if self.data_files.is_some() {
            roots.push("dataFiles");
        }
        if self.optimize_at_load {
            roots.push("compilationHints");
        }
        roots.extend(interop::roots(opts));
        if s.ASYNCIFY {
            roots.push("asyncify");
        }
        if s.STACK_OVERFLOW_CHECK.0 > 0 {
            roots.push("stackChecks");
        }
        if crate::terminal::active(opts, self.module) {
            roots.push("terminal");
        }
        // A -g build's crash report reads the module's line table.
        if opts.debug {
            roots.push("crashPlace");
        }
        // A trap past the stack's end is named an overflow where the module
        // exports its stack pointer (-sASSERTIONS).
        if self
            .module
            .exported_globals
            .iter()
            .any(|g| g == "__stack_pointer")
        {
            roots.push("stackOverflowNote");
        }
        // C++ exceptions: the hook that ends the program as std::terminate does.
        if self
            .module
            .exports
            .iter()
            .any(|e| e == "__wasmcc_uncaught_exception")
        {
            roots.push("uncaughtException");
        }
        let user_text = em_js
            .iter()
            .map(|j| j.body.as_str())
            .chain(em_asm.iter().map(String::as_str))
            .chain([pre_js, post_js]);
        let mut dyncalls = Vec::new();
        for text in user_text {
            roots.extend(userlib::implicit_needs(text));
            dyncalls.extend(userlib::dyncall_shims(text));
        }
        dyncalls.sort();
        dyncalls.dedup();
        let attach = interop::attach_exports(opts, self.module);
        if attach.contains("guardRuntimeMethods(") {
            roots.push("guardRuntimeMethods");
        }
        roots.sort();
        roots.dedup();

        gl::check_imports(&lib_imports, s.MAX_WEBGL_VERSION.0)?;
        let items = lib.select(
            &lib_imports,
            &roots,
            &variants(
                opts,
                self.module,
                self.wasm_inline.is_some(),
                self.on_worker,
            ),
        )?;
        let optimize = opts.opt.optimizes() && !opts.reports.profiling;
        let mut parts: Vec<String> = items
            .iter()
            .map(|item| {
                if optimize && !item.verbatim {
                    strip_comment_lines(item.body)
                } else {
                    item.body.to_string()
                }
            })
            .collect();
        for j in &em_js {
            let params = emjs::param_names(&j.params).join(", ");
            let body = userlib::with_fresh_heaps(&j.body);
            parts.push(if j.is_async {
                // EM_ASYNC_JS: the C caller sleeps until the body's promise
                // settles, and on the rewind gets its value (asyncify.js).
                format!(
                    "function {0}({params}) {{\n  return asyncify.handleSleep((wake) => {{\n    (async () => {body})().then(wake, (e) => {{\n      report(`EM_ASYNC_JS {0}: ${{e?.stack || e}}`);\n      wake(0);\n    }});\n  }});\n}}",
                    j.name
                )
            } else {
                format!("function {}({params}) {body}", j.name)
            });
        }
        parts.extend(dyncalls);
        if !em_asm.is_empty() {
            parts.push(asm_table(em_asm)?);
        }
        parts.push(attach);
        let body = parts.join("\n\n");

        let mut modules: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        for (i, import) in self.module.imports.iter().enumerate() {
            let field = import.field.as_str();
            let binding = lib
                .import_item(&import.module, field)
                .and_then(|item| item.binding);
            let (module, entry) = match (self.short_imports.get(i), binding) {
                (Some(Some((module, short))), _) => (
                    module.as_str(),
                    format!("{short}: {}", binding.unwrap_or(field)),
                ),
                (_, Some(binding)) => (import.module.as_str(), format!("{field}: {binding}")),
                (_, None) => (import.module.as_str(), field.to_string()),
            };
            modules.entry(module).or_default().push(entry);
        }
        let mut imports = String::from("{\n");
        for (module, fields) in &modules {
            imports.push_str(&format!("  {module}: {{ {} }},\n", fields.join(", ")));
        }
        imports.push('}');

        let mut settings = serde_json::json!({
            "exitRuntime": s.EXIT_RUNTIME,
        });
        if self.on_worker {
            // The thread that runs the program in Node gets eight times the C stack:
            // wasm frames on the engine's stack are larger than native ones.
            settings["threadStackMb"] = ((s.STACK_SIZE.0 >> 20) * 8).max(16).into();
        }
        // Only for the calls that ask, so other programs' JS stays as it was.
        let asks_limit =
            env_import("emscripten_get_heap_max") || env_import("emscripten_get_compiler_setting");
        if s.ALLOW_MEMORY_GROWTH && asks_limit {
            settings["maxMemory"] = s.MAXIMUM_MEMORY.0.into();
        }
        if !s.INVOKE_RUN {
            settings["invokeRun"] = false.into();
        }
        if let Some((initial, maximum)) = self.module.memory_import {
            let mut limits = serde_json::json!({ "initial": initial });
            if let Some(max) = maximum {
                limits["maximum"] = max.into();
            }
            settings["importedMemory"] = limits;
        }
        if s.ASYNCIFY {
            settings["asyncifyStackSize"] = s.ASYNCIFY_STACK_SIZE.0.into();
        }
        if s.MAX_WEBGL_VERSION.0 > 1 {
            settings["maxWebglVersion"] = s.MAX_WEBGL_VERSION.0.into();
        }
        if let Some(base64) = self.wasm_inline {
            settings["wasmBase64"] = base64.into();
        }
        if let Some(manifest) = self.data_files {
            settings["dataFiles"] = manifest.clone();
        }
        // Checked to be an identifier when the build was planned.
        let name = s.EXPORT_NAME.as_str();

        let hb = crate::util::code_templates();
        let data = serde_json::json!({
            "version": env!("CARGO_PKG_VERSION"),
            // File names are the user's: in comments with no line break, in
            // code as string literals.
            "jsName": comment_text(self.js_name),
            "wasmName": comment_text(self.wasm_name),
            "wasmFile": serde_json::Value::String(self.wasm_name.into()).to_string(),
            "jsFile": serde_json::Value::String(self.js_name.into()).to_string(),
            "exportName": name,
            "node": s.ENVIRONMENT.node,
            "settings": settings.to_string(),
            "preJs": pre_js,
            "items": body,
            "imports": imports,
            "postJs": post_js,
        });
        let frame = self.shape.frame(opts);
        hb.render_template(embedded_text(frame)?, &data)
            .map_err(|e| err!("rendering {frame}: {e} (a broken wasmcc build)"))
    }
}

/// A name as comment text: escaped as a Rust string's debug form is, so no
/// line break (nor U+2028/U+2029, which JS also reads as one) ends the comment.
fn comment_text(name: &str) -> String {
    name.chars()
        .flat_map(|c| match c {
            '\u{2028}' | '\u{2029}' => c.escape_unicode().collect::<Vec<_>>(),
            c => c.escape_debug().collect(),
        })
        .collect()
}

/// The functions of the EM_ASM blocks, keyed by the hash of their text.
fn asm_table(blocks: &[String]) -> Result<String> {
    let mut out = String::from("const emAsmCode = {\n");
    let mut seen = BTreeMap::new();
    for code in blocks {
        let hash = emjs::asm_hash(code);
        if let Some(other) = seen.insert(hash, code) {
            return Err(err!(
                "two EM_ASM blocks have the same hash; change one of them a little:\n  {other}\n  {code}"
            ));
        }
        let params: Vec<String> = (0..emjs::asm_arity(code))
            .map(|i| format!("${i}"))
            .collect();
        out.push_str(&format!(
            "  {hash}: function ({}) {},\n",
            params.join(", "),
            userlib::with_fresh_heaps(&emjs::braced(code))
        ));
    }
    out.push_str("};");
    Ok(out)
}

/// The library, with the user's `--js-library` files added. Asking for a
/// runtime method wasmcc does not have fails here, before the link.
pub fn load_library(opts: &Options) -> Result<Library> {
    interop::check_runtime_methods(&opts.settings.EXPORTED_RUNTIME_METHODS)
        .map_err(|e| err!("-sEXPORTED_RUNTIME_METHODS: {e}"))?;
    let mut lib = Library::load()?;
    for path in &opts.js_libraries {
        userlib::load(&mut lib, path)?;
    }
    Ok(lib)
}

/// The code without its full-line comments: optimised output stays readable
/// (formatted, with real names) but carries no commentary.
fn strip_comment_lines(body: &str) -> String {
    let mut out = String::with_capacity(body.len());
    let mut in_block = false;
    for line in body.lines() {
        let t = line.trim_start();
        if in_block {
            in_block = !t.contains("*/");
            continue;
        }
        if t.starts_with("/*") {
            in_block = !t.contains("*/");
            continue;
        }
        if t.starts_with("//") || t.is_empty() {
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out.truncate(out.trim_end().len());
    out
}

/// The `env` functions the JS runtime provides, one per line, for wasm-ld.
pub fn js_symbols(lib: &Library) -> String {
    let mut out = String::new();
    for name in lib.env_symbols() {
        out.push_str(name);
        out.push('\n');
    }
    out
}
