//! The last pass over the rendered JS: at -O2 and above (-Os, -Oz) the glue
//! loses its whitespace and comments, and names local to functions become
//! short. The templates stay the readable source; `-O0`/`-O1`, `-g`,
//! `--profiling`, `--profiling-funcs` and `--minify 0` keep the output as
//! rendered.
//!
//! oxc (parser, scope analysis, mangler and printer) does the work: it is a
//! library, so no Node tool is needed to build, and only the mangler is used,
//! not its compressor, so the code keeps its statements as written.
//!
//! What may be renamed: every frame (`js-templates/*.hbs`) puts the runtime,
//! the `--pre-js`/`--post-js` code, the `--js-library` functions and the
//! EM_JS/EM_ASM bodies inside one function, so their names are local to it
//! and are renamed together, each use with its declaration. The frame's own
//! top-level names (the `EXPORT_NAME` variable a page and the user's scripts
//! call, and the ES module's top level) are never renamed, nor is a property
//! name (`Module._f`, `Module['x']`, an import object's keys). Names that a
//! direct `eval` can see (`emscripten_run_script`, which runs text in the
//! runtime's scope) keep their spelling in every scope the `eval` sees,
//! as the mangler leaves those scopes alone.

use super::Shape;
use crate::cli::{OptLevel, Options};
use crate::err;
use crate::error::Result;
use oxc_allocator::Allocator;
use oxc_codegen::{Codegen, CodegenOptions};
use oxc_mangler::{MangleOptions, Mangler};
use oxc_parser::Parser;
use oxc_span::SourceType;

/// Whether this build's JS is minified.
pub fn wanted(opts: &Options) -> bool {
    let level = matches!(
        opts.opt,
        OptLevel::O2 | OptLevel::O3 | OptLevel::Os | OptLevel::Oz
    );
    level && !opts.debug && !opts.reports.profiling_funcs && !opts.keep_js_readable
}

/// The JS without whitespace and comments, with local names shortened.
/// Code that does not parse (a `--pre-js` with a syntax error) fails the
/// build here, naming the line of the generated JS.
pub fn minify(js: &str, shape: Shape, opts: &Options) -> Result<String> {
    let module = shape == Shape::EsModule || opts.settings.EXPORT_ES6;
    let source_type = if module {
        SourceType::mjs()
    } else {
        SourceType::script()
    };
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, js, source_type).parse();
    if let Some(e) = parsed.diagnostics.first() {
        let at = e.labels.first().map_or(0, |l| l.offset() as usize);
        let before = &js.as_bytes()[..at.min(js.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let text = js.lines().nth(line - 1).unwrap_or("").trim();
        return Err(err!(
            "the JavaScript (--pre-js, --post-js, --js-library or EM_JS code) does not parse: {} at `{}` (line {line} of the generated JS; --minify 0 writes it unchanged)",
            e.message,
            text.chars().take(80).collect::<String>()
        ));
    }
    let mangled = Mangler::new()
        .with_options(MangleOptions {
            // The top level holds the names pages and other scripts use.
            top_level: Some(false),
            ..MangleOptions::default()
        })
        .build(&parsed.program);
    let printed = Codegen::new()
        .with_options(CodegenOptions::minify())
        .with_scoping(Some(mangled.scoping))
        .with_private_member_mappings(Some(mangled.class_private_mappings))
        .build(&parsed.program);
    let mut code = printed.code;
    // What follows (CMake's INFO comment) starts on a line of its own.
    if !code.ends_with('\n') {
        code.push('\n');
    }
    Ok(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(args: &[&str]) -> Options {
        let mut all: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        all.push("x.c".into());
        crate::cli::parse("wasmcc", all).unwrap()
    }

    #[test]
    fn minified_from_o2_without_debug_or_profiling() {
        for level in ["-O2", "-O3", "-Os", "-Oz"] {
            assert!(wanted(&opts(&[level])), "{level}");
        }
        for args in [
            &["-O0"][..],
            &["-O1"],
            &[],
            &["-O2", "-g"],
            &["-O3", "-gsource-map"],
            &["-O2", "--profiling"],
            &["-Os", "--profiling-funcs"],
            &["-O2", "--minify", "0"],
        ] {
            assert!(!wanted(&opts(args)), "{args:?}");
        }
        assert!(wanted(&opts(&["-O2", "-g", "-g0"])));
    }

    fn min(js: &str) -> String {
        minify(js, Shape::Script, &opts(&["-O2"])).unwrap()
    }

    #[test]
    fn top_level_names_and_properties_keep_their_spelling() {
        let js = "var Module = typeof Module != 'undefined' ? Module : {};\n\
                  ((Module) => {\n  function helper(value) { return value + 1; }\n  \
                  Module._f = helper;\n  Module['x'] = { helper };\n})(Module);\n";
        let out = min(js);
        assert!(out.starts_with("var Module="), "{out}");
        assert!(out.contains("._f="), "{out}");
        assert!(out.contains("[`x`]") || out.contains("[\"x\"]"), "{out}");
        // The shorthand property keeps its key.
        assert!(out.contains("{helper:"), "{out}");
        assert!(!out.contains("function helper"), "{out}");
    }

    #[test]
    fn names_a_direct_eval_sees_keep_their_spelling() {
        let js = "((Module) => {\n  const out = 1;\n  function runScript(text) { return eval(text); }\n  \
                  function other(longName) { return longName; }\n  Module.run = runScript;\n  \
                  Module.other = other;\n})({});\n";
        let out = min(js);
        assert!(
            out.contains("(Module)=>") || out.contains("Module=>"),
            "{out}"
        );
        assert!(out.contains("const out=1"), "{out}");
        assert!(out.contains("function runScript(text)"), "{out}");
    }

    #[test]
    fn code_that_does_not_parse_is_an_error_naming_its_line() {
        let e = minify("var a = 1;\nfunction (\n", Shape::Script, &opts(&["-O2"]))
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 2") && e.contains("--minify 0"), "{e}");
    }

    #[test]
    fn an_es_module_keeps_its_exports_and_top_level_await() {
        let js = "const scriptPath = (await import('node:url')).href;\n\
                  function instantiate(moduleArg) { const local = moduleArg; return local; }\n\
                  const createMod = (m = {}) => instantiate(m);\nexport default createMod;\n";
        let out = minify(js, Shape::EsModule, &opts(&["-O2"])).unwrap();
        assert!(out.contains("export default createMod"), "{out}");
        assert!(out.contains("const scriptPath="), "{out}");
    }
}
