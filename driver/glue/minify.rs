//! The last pass over the rendered JS: at -O2 and above (-Os, -Oz) the glue
//! loses its whitespace and comments, and names local to functions become
//! short. The templates stay the readable source; `-O0`/`-O1`, `-g`,
//! `--profiling`, `--profiling-funcs` and `--minify 0` keep the output as
//! rendered.
//!
//! oxc (parser, scope analysis, compressor, mangler and printer) does the
//! work: it is a library, so no Node tool is needed to build.
//!
//! Optional items: code tests for an optional item (the page's terminal,
//! the stack checks, Asyncify; `library::OPTIONAL_ITEMS`) with
//! `typeof NAME == 'object'` or `'function'`. Which items a build holds is
//! known when its JS is rendered, so the tests are resolved here: where the
//! build does not hold the item, NAME is declared nowhere in the JS and
//! `typeof` gives `'undefined'`, and the compressor drops the code behind
//! it (a hello world carries no terminal, Asyncify or data-file code); where
//! it does, the item's function or object makes the test true. Left to run
//! time, such a test would also see a global of the page's of that name (an
//! element with `id="terminal"` is one).
//!
//! The build's settings: the frame holds them as `const settings = {...}`
//! (JSON). When the code only ever reads `settings.KEY`, each read of a
//! number, string or boolean is replaced with its value, and a key the
//! object lacks with `undefined`, so the compressor can fold what depends on
//! them (`settings.exitRuntime`).
//!
//! The compressor (oxc_minifier) folds constants, removes code that cannot
//! run and functions nothing calls, and joins statements; it keeps what a
//! direct `eval` can see. Its output targets ES2022, which Node 20 and the
//! browsers wasmcc supports run.
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
use oxc_allocator::{Allocator, CloneIn};
use oxc_ast::ast::{
    BindingPattern, Expression, ObjectPropertyKind, Program, PropertyKind, VariableDeclarator,
};
use oxc_ast::builder::AstBuilder;
use oxc_ast::AstKind;
use oxc_ast_visit::{walk, walk_mut, Visit, VisitMut};
use oxc_codegen::{Codegen, CodegenOptions};
use oxc_compat::EngineTargets;
use oxc_mangler::{MangleOptions, Mangler};
use oxc_minifier::{CompressOptions, Compressor};
use oxc_parser::Parser;
use oxc_semantic::SemanticBuilder;
use oxc_span::SourceType;
use oxc_syntax::number::NumberBase;
use oxc_syntax::operator::UnaryOperator;
use oxc_syntax::reference::ReferenceId;
use oxc_syntax::symbol::SymbolId;
use std::collections::{HashMap, HashSet};

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
    let mut program = parsed.program;
    resolve_item_tests(&allocator, &mut program, super::library::OPTIONAL_ITEMS);
    inline_settings(&allocator, &mut program);
    let target = EngineTargets::from_target("es2022")
        .map_err(|e| err!("the minifier's target: {e} (a broken wasmcc build)"))?;
    Compressor::new(&allocator).build(
        &mut program,
        CompressOptions {
            target,
            ..CompressOptions::smallest()
        },
    );
    let mangled = Mangler::new()
        .with_options(MangleOptions {
            // The top level holds the names pages and other scripts use.
            top_level: Some(false),
            ..MangleOptions::default()
        })
        .build(&program);
    let printed = Codegen::new()
        .with_options(CodegenOptions::minify())
        .with_scoping(Some(mangled.scoping))
        .with_private_member_mappings(Some(mangled.class_private_mappings))
        .build(&program);
    let mut code = printed.code;
    // What follows (CMake's INFO comment) starts on a line of its own.
    if !code.ends_with('\n') {
        code.push('\n');
    }
    Ok(code)
}

/// Replaces `typeof NAME`, for each of `names`, with what it is in this
/// build: `'undefined'` where the program declares NAME nowhere (its item
/// is not in the build: no global of that name is meant), `'function'`
/// where NAME is a function declaration and `'object'` where it is a const
/// holding an object literal, neither ever assigned again (the item is in
/// the build). Any other NAME is left to be tested at run time.
fn resolve_item_tests<'a>(allocator: &'a Allocator, program: &mut Program<'a>, names: &[&str]) {
    let semantic = SemanticBuilder::new()
        .with_build_nodes(true)
        .build(program)
        .semantic;
    let scoping = semantic.scoping();
    let mut known: HashMap<ReferenceId, &'static str> = scoping
        .root_unresolved_references()
        .iter()
        .filter(|(name, _)| names.contains(&name.as_str()))
        .flat_map(|(_, ids)| ids.iter().map(|&id| (id, "undefined")))
        .collect();
    for symbol in scoping.symbol_ids() {
        if !names.contains(&scoping.symbol_name(symbol)) || scoping.symbol_is_mutated(symbol) {
            continue;
        }
        let kind = match semantic.nodes().kind(scoping.symbol_declaration(symbol)) {
            AstKind::Function(f) if f.is_declaration() => "function",
            AstKind::VariableDeclarator(d)
                if scoping.symbol_flags(symbol).is_const_variable()
                    && matches!(d.init, Some(Expression::ObjectExpression(_))) =>
            {
                "object"
            }
            _ => continue,
        };
        for &id in scoping.get_resolved_reference_ids(symbol) {
            known.insert(id, kind);
        }
    }
    drop(semantic);
    if known.is_empty() {
        return;
    }
    let mut pass = ItemTests {
        builder: AstBuilder::new(allocator),
        known,
    };
    pass.visit_program(program);
}

struct ItemTests<'a> {
    builder: AstBuilder<'a>,
    known: HashMap<ReferenceId, &'static str>,
}

impl<'a> VisitMut<'a> for ItemTests<'a> {
    fn visit_expression(&mut self, it: &mut Expression<'a>) {
        if let Expression::UnaryExpression(unary) = it {
            if unary.operator == UnaryOperator::Typeof {
                if let Expression::Identifier(id) = &unary.argument {
                    let kind = id.reference_id.get().and_then(|r| self.known.get(&r));
                    if let Some(&kind) = kind {
                        *it = Expression::new_string_literal(unary.span, kind, None, &self.builder);
                        return;
                    }
                }
            }
        }
        walk_mut::walk_expression(self, it);
    }
}

/// Replaces each `settings.KEY` read with the setting's value (see the
/// module's comment). Nothing changes when `settings` is anything but one
/// const object of plain keys whose every use is such a read, or when a
/// direct `eval` could see it.
fn inline_settings<'a>(allocator: &'a Allocator, program: &mut Program<'a>) {
    let semantic = SemanticBuilder::new().build(program).semantic;
    let scoping = semantic.scoping();
    if scoping.root_scope_flags().contains_direct_eval() {
        return;
    }
    let symbols: Vec<SymbolId> = scoping
        .symbol_ids()
        .filter(|&s| scoping.symbol_name(s) == "settings")
        .collect();
    let [symbol] = symbols[..] else {
        return;
    };
    if !scoping.symbol_flags(symbol).is_const_variable() {
        return;
    }
    let refs: HashSet<ReferenceId> = scoping
        .get_resolved_reference_ids(symbol)
        .iter()
        .copied()
        .collect();
    drop(semantic);
    let mut survey = SettingsSurvey {
        allocator,
        symbol,
        refs: &refs,
        values: None,
        reads: 0,
        deleted: false,
    };
    survey.visit_program(program);
    let Some(values) = survey.values else {
        return;
    };
    if survey.reads != refs.len() || survey.deleted {
        return;
    }
    let mut pass = SettingsInliner {
        builder: AstBuilder::new(allocator),
        allocator,
        refs: &refs,
        values,
    };
    pass.visit_program(program);
}

/// A setting's value: a literal to copy, or `None` for one that is not a
/// number, string, boolean or null (an object), which is left to be read.
type SettingValues<'a> = HashMap<String, Option<Expression<'a>>>;

/// Finds the settings object and counts the `settings.KEY` reads.
struct SettingsSurvey<'s, 'a> {
    allocator: &'a Allocator,
    symbol: SymbolId,
    refs: &'s HashSet<ReferenceId>,
    /// The keys and values, once the declaration is found and is plain.
    values: Option<SettingValues<'a>>,
    reads: usize,
    deleted: bool,
}

/// Whether `e` is `settings` (one of `refs`).
fn is_settings(e: &Expression, refs: &HashSet<ReferenceId>) -> bool {
    matches!(e, Expression::Identifier(id) if id.reference_id.get().is_some_and(|r| refs.contains(&r)))
}

impl<'a> Visit<'a> for SettingsSurvey<'_, 'a> {
    fn visit_variable_declarator(&mut self, it: &VariableDeclarator<'a>) {
        let declares = matches!(&it.id, BindingPattern::BindingIdentifier(b)
            if b.symbol_id.get() == Some(self.symbol));
        if declares {
            if let Some(Expression::ObjectExpression(object)) = &it.init {
                let mut values = HashMap::new();
                let mut plain = true;
                for property in &object.properties {
                    let ObjectPropertyKind::ObjectProperty(p) = property else {
                        plain = false;
                        break;
                    };
                    let key = p.key.static_name();
                    let (Some(key), false, PropertyKind::Init, false) =
                        (key, p.computed, p.kind, p.method)
                    else {
                        plain = false;
                        break;
                    };
                    let value = match &p.value {
                        Expression::BooleanLiteral(_)
                        | Expression::NumericLiteral(_)
                        | Expression::StringLiteral(_)
                        | Expression::NullLiteral(_) => Some(p.value.clone_in(self.allocator)),
                        _ => None,
                    };
                    values.insert(key.into_owned(), value);
                }
                if plain {
                    self.values = Some(values);
                }
            }
        }
        walk::walk_variable_declarator(self, it);
    }

    fn visit_expression(&mut self, it: &Expression<'a>) {
        match it {
            Expression::StaticMemberExpression(m) if is_settings(&m.object, self.refs) => {
                self.reads += 1;
            }
            Expression::UnaryExpression(u) if u.operator == UnaryOperator::Delete => {
                if let Expression::StaticMemberExpression(m) = &u.argument {
                    self.deleted |= is_settings(&m.object, self.refs);
                }
            }
            _ => {}
        }
        walk::walk_expression(self, it);
    }
}

struct SettingsInliner<'s, 'a> {
    builder: AstBuilder<'a>,
    allocator: &'a Allocator,
    refs: &'s HashSet<ReferenceId>,
    values: SettingValues<'a>,
}

impl<'a> VisitMut<'a> for SettingsInliner<'_, 'a> {
    fn visit_expression(&mut self, it: &mut Expression<'a>) {
        if let Expression::StaticMemberExpression(m) = it {
            if is_settings(&m.object, self.refs) {
                let key = m.property.name.as_str();
                match self.values.get(key) {
                    Some(Some(value)) => *it = value.clone_in(self.allocator),
                    // An object: read as before.
                    Some(None) => {}
                    // A key the settings lack reads as undefined, unless it
                    // is one every object inherits.
                    None if !INHERITED.contains(&key) => {
                        let zero = Expression::new_numeric_literal(
                            m.span,
                            0.0,
                            None,
                            NumberBase::Decimal,
                            &self.builder,
                        );
                        *it = Expression::new_unary_expression(
                            m.span,
                            UnaryOperator::Void,
                            zero,
                            &self.builder,
                        );
                    }
                    None => {}
                }
                return;
            }
        }
        walk_mut::walk_expression(self, it);
    }
}

/// The properties of Object.prototype, which every object has.
const INHERITED: &[&str] = &[
    "constructor",
    "hasOwnProperty",
    "isPrototypeOf",
    "propertyIsEnumerable",
    "toLocaleString",
    "toString",
    "valueOf",
    "__proto__",
    "__defineGetter__",
    "__defineSetter__",
    "__lookupGetter__",
    "__lookupSetter__",
];

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
        assert!(
            out.contains("[`x`]") || out.contains("[\"x\"]") || out.contains(".x="),
            "{out}"
        );
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
                  function instantiate(moduleArg) { const local = moduleArg; return [local, scriptPath]; }\n\
                  const createMod = (m = {}) => instantiate(m);\nexport default createMod;\n";
        let out = minify(js, Shape::EsModule, &opts(&["-O2"])).unwrap();
        assert!(out.contains("export default createMod"), "{out}");
        assert!(out.contains("scriptPath=(await import("), "{out}");
    }

    #[test]
    fn settings_read_only_are_replaced_with_their_values() {
        let frame = |extra: &str| {
            format!(
                "((Module) => {{\n  const settings = {{\"exitRuntime\":false,\"stackMb\":16,\"files\":{{\"a\":1}}}};\n  \
                 function end(status) {{\n    if (settings.exitRuntime) Module.exited = status;\n    \
                 if (settings.invokeRun !== false) Module.ran = settings.stackMb;\n    \
                 Module.files = settings.files;\n{extra}  }}\n  Module.end = end;\n}})({{}});\n"
            )
        };
        let out = min(&frame(""));
        // exitRuntime is false and invokeRun absent: the tests fold away.
        assert!(
            !out.contains("exited") && !out.contains("invokeRun"),
            "{out}"
        );
        assert!(out.contains(".ran=16"), "{out}");
        // An object-valued setting is still read from the object.
        assert!(
            out.contains("files:{a:1}") && out.contains(".files"),
            "{out}"
        );
        // Code that writes a setting keeps every read.
        let out = min(&frame("    settings.exitRuntime = true;\n"));
        assert!(out.contains(".exitRuntime"), "{out}");
    }

    /// A frame holding a runtime whose end tests for two optional items.
    fn runtime_with(declared: &str) -> String {
        format!(
            "((Module) => {{\n{declared}\n  function endProgram(status) {{\n    \
             if (typeof terminal == 'object') terminal.end();\n    \
             if (typeof stackChecks == 'object' && stackChecks.check()) return;\n    \
             if (typeof navigator == 'object') Module.agent = navigator.userAgent;\n    \
             Module.status = status;\n  }}\n  Module.end = endProgram;\n}})({{}});\n"
        )
    }

    #[test]
    fn tests_for_items_not_in_the_build_go_with_the_code_behind_them() {
        let out = min(&runtime_with(""));
        for gone in ["terminal", "stackChecks", "typeof"] {
            // `typeof navigator` stays: navigator is the host's.
            if gone != "typeof" {
                assert!(!out.contains(gone), "{gone} in {out}");
            }
        }
        assert!(out.contains("typeof navigator"), "{out}");
        assert!(out.contains(".status="), "{out}");
        // Where the item, or the user's code, declares the name, the test stays.
        let out = min(&runtime_with(
            "  const terminal = { end() { Module.ended = true; } };",
        ));
        assert!(out.contains(".end()") && out.contains(".ended="), "{out}");
        // ... and is known to be true.
        // (`typeof navigator`, the host's, is the one left.)
        assert_eq!(out.matches("typeof").count(), 1, "{out}");
        assert!(!out.contains("stackChecks"), "{out}");
    }
}
