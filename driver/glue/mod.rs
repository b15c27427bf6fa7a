//! The JS glue: the items of the library that the module's imports reach,
//! placed in a frame (`js-templates/*.hbs`) for the output's shape.

pub mod library;

use crate::cli::Options;
use crate::embedded;
use crate::err;
use crate::error::Result;
use crate::postlink::ModuleInfo;
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
    fn frame(self) -> &'static str {
        match self {
            Shape::Script => "js-templates/script.js.hbs",
            Shape::EsModule => "js-templates/module.mjs.hbs",
        }
    }
}

pub struct Glue<'a> {
    pub opts: &'a Options,
    pub module: &'a ModuleInfo,
    pub shape: Shape,
    pub js_name: &'a str,
    pub wasm_name: &'a str,
}

/// Which variant of each many-variant item the settings pick.
fn variants(opts: &Options) -> Vec<(&'static str, &'static str)> {
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
    vec![("platform", platform), ("fsBackend", fs)]
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
        let items = lib.select(&self.module.imports, &["start"], &variants(self.opts))?;
        let optimize = self.opts.opt != "0";
        let body = items
            .iter()
            .map(|item| {
                if optimize {
                    strip_comment_lines(item.body)
                } else {
                    item.body.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("\n\n");

        let mut modules: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for import in &self.module.imports {
            modules
                .entry(import.module.as_str())
                .or_default()
                .push(import.field.as_str());
        }
        let mut imports = String::from("{\n");
        for (module, fields) in &modules {
            imports.push_str(&format!("  {module}: {{ {} }},\n", fields.join(", ")));
        }
        imports.push('}');

        let s = &self.opts.settings;
        // The thread that runs the program in Node gets eight times the C stack:
        // wasm frames on the engine's stack are larger than native ones.
        let thread_stack_mb = ((s.STACK_SIZE.0 >> 20) * 8).max(16);
        let settings = serde_json::json!({
            "exitRuntime": s.EXIT_RUNTIME,
            "threadStackMb": thread_stack_mb,
            "optimizeAtLoad": s.NODE_OPTIMIZE_AT_LOAD,
        });

        let mut hb = handlebars::Handlebars::new();
        hb.set_strict_mode(true);
        hb.register_escape_fn(handlebars::no_escape);
        let data = serde_json::json!({
            "version": env!("CARGO_PKG_VERSION"),
            "jsName": self.js_name,
            "wasmName": self.wasm_name,
            "settings": settings.to_string(),
            "items": body,
            "imports": imports,
        });
        hb.render_template(embedded_text(self.shape.frame())?, &data)
            .map_err(|e| {
                err!(
                    "rendering {}: {e} (a broken wasmcc build)",
                    self.shape.frame()
                )
            })
    }
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
