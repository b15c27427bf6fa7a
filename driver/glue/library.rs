//! The JS library: items parsed from `js-templates/lib/*.js` (the format is
//! described in docs/DESIGN.md), and the choice of the items a module needs.

use crate::embedded;
use crate::err;
use crate::error::Result;
use crate::postlink::Import;
use std::collections::HashMap;

pub struct Item {
    /// `module.field` for an item that implements an import, else a plain name.
    pub name: &'static str,
    pub needs: Vec<&'static str>,
    pub body: &'static str,
    /// The JS name of an import's function when it is not the field name
    /// (a user library's `foo` is the function `_foo`).
    pub binding: Option<&'static str>,
    /// The user's code, emitted exactly as written.
    pub verbatim: bool,
}

impl Item {
    /// The import this item implements, as `(module, field)`.
    pub fn import(&self) -> Option<(&'static str, &'static str)> {
        self.name.split_once('.')
    }
}

pub struct Library {
    items: Vec<Item>,
    by_name: HashMap<&'static str, usize>,
    /// GL functions, whose items are generated only for a module that imports them.
    gl_names: Vec<&'static str>,
}

const MARKER: &str = "//! ";

/// Items the driver adds only to some programs, which the code of other
/// items tests for with `typeof NAME == 'object'` (or `'function'`) before
/// using them. Minified JS resolves such a test where the build lacks the
/// item (`glue/minify.rs`), so the code behind it goes too. A unit test
/// checks that every `typeof` of a name an item defines is of one of these
/// (or of `HOST_STAND_INS`), spelled that way.
pub const OPTIONAL_ITEMS: &[&str] = &[
    "asyncify",
    "callIntoProgram",
    "compilationHints",
    "crashPlace",
    "dataFiles",
    "downloadProgress",
    "liveRuntime",
    "moduleFromMainThread",
    "readStdin",
    "runDependencies",
    "runOnWorker",
    "stackChecks",
    "stackOverflowNote",
    "terminal",
    "uncaughtException",
];

/// Names an item defines in place of the host's own (webaudio.js): a
/// `typeof` of one of them asks about the host, and is not resolved.
#[cfg(test)]
const HOST_STAND_INS: &[&str] = &["AudioContext", "navigator"];

impl Library {
    /// Parses the embedded library files.
    pub fn load() -> Result<Library> {
        let mut lib = Library {
            items: Vec::new(),
            by_name: HashMap::new(),
            gl_names: crate::glue::gl::names()?,
        };
        for (path, data) in embedded::FILES {
            if path.starts_with("js-templates/lib/") && path.ends_with(".js") {
                let text = std::str::from_utf8(data)
                    .map_err(|_| err!("{path} is not UTF-8 (a broken wasmcc build)"))?;
                lib.parse_file(path, text)?;
            }
        }
        Ok(lib)
    }

    /// Generates the items of the GL functions among these imports;
    /// `full_es2` picks the versions that emulate client-side arrays.
    pub fn add_gl_items(&mut self, imports: &[Import], full_es2: bool) -> Result<()> {
        let wanted: Vec<&str> = imports
            .iter()
            .filter(|i| i.module == "env" && self.gl_names.contains(&i.field.as_str()))
            .filter(|i| {
                !self
                    .by_name
                    .contains_key(format!("env.{}", i.field).as_str())
            })
            .map(|i| i.field.as_str())
            .collect();
        for item in crate::glue::gl::items(&wanted, full_es2)? {
            self.add(item)?;
        }
        Ok(())
    }

    /// Adds, for each `env` import that nothing implements, a function that
    /// traps naming it: the module was linked with
    /// `-sERROR_ON_UNDEFINED_SYMBOLS=0`, and the trap says so when it is called.
    pub fn add_missing_stubs(&mut self, imports: &[Import]) -> Result<()> {
        for import in imports.iter().filter(|i| i.module == "env") {
            let name = format!("env.{}", import.field);
            if self.defines(&name) {
                continue;
            }
            // A prefix keeps a C name that is a JS keyword (`delete`) usable.
            let binding = format!("missing_{}", import.field);
            let body = format!(
                "function {binding}() {{\n  throw new WebAssembly.RuntimeError('{} was undefined when the program was linked (-sERROR_ON_UNDEFINED_SYMBOLS=0)');\n}}",
                import.field
            );
            self.add(Item {
                name: Box::leak(name.into_boxed_str()),
                needs: Vec::new(),
                body: Box::leak(body.into_boxed_str()),
                binding: Some(Box::leak(binding.into_boxed_str())),
                verbatim: false,
            })?;
        }
        Ok(())
    }

    /// Checks that every item's needs exist: a property of wasmcc's own
    /// library, checked by its tests rather than on every build.
    #[cfg(test)]
    fn check_needs(&self) -> Result<()> {
        let lib = self;
        for item in &lib.items {
            for need in &item.needs {
                if !lib.defines(need) {
                    return Err(err!(
                        "JS library item '{}' needs '{need}', which no library file defines (a broken wasmcc build)",
                        item.name
                    ));
                }
            }
        }
        Ok(())
    }

    fn parse_file(&mut self, path: &str, text: &'static str) -> Result<()> {
        let mut starts: Vec<usize> = Vec::new();
        let mut offset = 0;
        for line in text.split_inclusive('\n') {
            if line.starts_with(MARKER) {
                starts.push(offset);
            }
            offset += line.len();
        }
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            let chunk = &text[start..end];
            let (header, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
            let header = &header[MARKER.len()..];
            let (name, needs) = match header.split_once(" needs:") {
                Some((n, rest)) => (n.trim(), rest),
                None => (header.trim(), ""),
            };
            let (name, variant) = match name.split_once(" [") {
                Some((n, v)) => (n.trim(), Some(v.trim_end_matches(']').trim())),
                None => (name, None),
            };
            let key: &'static str = match variant {
                Some(v) => Box::leak(format!("{name}[{v}]").into_boxed_str()),
                None => name,
            };
            let needs = needs
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .collect();
            if self.by_name.contains_key(key) {
                return Err(err!("{path}: JS library item '{key}' is defined twice"));
            }
            self.by_name.insert(key, self.items.len());
            self.items.push(Item {
                name,
                needs,
                body: body.trim_end(),
                binding: None,
                verbatim: false,
            });
        }
        Ok(())
    }

    /// Adds an item from outside the embedded files (a user's library).
    pub fn add(&mut self, item: Item) -> Result<()> {
        if self.by_name.contains_key(item.name) {
            return Err(err!(
                "JS library item '{}' is defined twice, or has the name of one of wasmcc's own",
                item.name
            ));
        }
        self.by_name.insert(item.name, self.items.len());
        self.items.push(item);
        Ok(())
    }

    /// Whether an item of this name exists, in one variant or several.
    fn defines(&self, name: &str) -> bool {
        self.items.iter().any(|i| i.name == name)
    }

    /// Whether an item of this name (without variants) exists.
    pub fn has(&self, name: &str) -> bool {
        self.by_name.contains_key(name)
    }

    /// The item implementing the import `module.field`, if any.
    pub fn import_item(&self, module: &str, field: &str) -> Option<&Item> {
        self.by_name
            .get(format!("{module}.{field}").as_str())
            .map(|&i| &self.items[i])
    }

    /// The field names of the `env` imports the library implements, for
    /// wasm-ld's `--allow-undefined-file`.
    pub fn env_symbols(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.items
            .iter()
            .filter_map(|i| i.import())
            .filter(|(module, _)| *module == "env")
            .map(|(_, field)| field)
            .chain(self.gl_names.iter().copied())
    }

    /// The items for these imports and these other roots, with everything
    /// they need, in library order. An import the library lacks is an error.
    ///
    /// `variants` picks the variant of each item that has several.
    pub fn select(
        &self,
        imports: &[Import],
        roots: &[&str],
        variants: &[(&str, &str)],
    ) -> Result<Vec<&Item>> {
        let mut wanted = Vec::new();
        for root in roots {
            wanted.push(self.resolve(root, variants)?);
        }
        let mut missing = Vec::new();
        for import in imports {
            let name = format!("{}.{}", import.module, import.field);
            match self.resolve(&name, variants) {
                Ok(idx) => wanted.push(idx),
                Err(_) => missing.push(name),
            }
        }
        if !missing.is_empty() {
            return Err(err!(
                "the module imports {}, which the JS runtime does not provide",
                missing.join(", ")
            ));
        }
        // Depth first, needs before the items that need them: an item that
        // runs code as the script loads (`const x = make()`) finds what it
        // uses already defined. Library order breaks ties.
        wanted.sort();
        let mut state = vec![Visit::New; self.items.len()];
        let mut order = Vec::new();
        for idx in wanted {
            self.visit(idx, variants, &mut state, &mut order)?;
        }
        Ok(order.into_iter().map(|i| &self.items[i]).collect())
    }

    fn resolve(&self, name: &str, variants: &[(&str, &str)]) -> Result<usize> {
        let idx = match variants.iter().find(|(n, _)| *n == name) {
            Some((n, v)) => self.by_name.get(format!("{n}[{v}]").as_str()),
            None => self.by_name.get(name),
        };
        idx.copied()
            .ok_or_else(|| err!("no JS library item '{name}' (a broken wasmcc build)"))
    }

    fn visit(
        &self,
        idx: usize,
        variants: &[(&str, &str)],
        state: &mut [Visit],
        order: &mut Vec<usize>,
    ) -> Result<()> {
        if state[idx] != Visit::New {
            // Done, or on the current path: functions may call each other.
            return Ok(());
        }
        state[idx] = Visit::Open;
        for need in &self.items[idx].needs {
            self.visit(self.resolve(need, variants)?, variants, state, order)?;
        }
        state[idx] = Visit::Done;
        order.push(idx);
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Visit {
    New,
    Open,
    Done,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn library_loads_and_every_need_exists() {
        let mut lib = Library::load().unwrap();
        let all_gl: Vec<Import> = lib
            .gl_names
            .iter()
            .map(|n| Import {
                module: "env".into(),
                field: n.to_string(),
            })
            .collect();
        lib.add_gl_items(&all_gl, false).unwrap();
        lib.check_needs().unwrap();
        let mut lib = Library::load().unwrap();
        lib.add_gl_items(&all_gl, true).unwrap();
        lib.check_needs().unwrap();
        assert!(lib.env_symbols().count() > 0);
    }

    /// The names an item defines at its top level (column 0): `function f`,
    /// `const x`, `let x`, `var x`, `class C`.
    fn top_level_names(body: &str) -> Vec<&str> {
        let mut names = Vec::new();
        for line in body.lines() {
            let line = line.strip_prefix("async ").unwrap_or(line);
            for kw in [
                "function ",
                "function* ",
                "const ",
                "let ",
                "var ",
                "class ",
            ] {
                if let Some(rest) = line.strip_prefix(kw) {
                    if let Some(name) = crate::glue::emjs::identifiers(rest).first() {
                        if rest.starts_with(name) {
                            names.push(*name);
                        }
                    }
                }
            }
        }
        names
    }

    /// The code of a JS item without its comments and the text of its
    /// string literals (template literals' text included: what they hold in
    /// `${}` is rare enough to be checked by hand).
    fn code_only(body: &str) -> String {
        let b = body.as_bytes();
        let mut out = String::with_capacity(body.len());
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c == b'/' && b.get(i + 1) == Some(&b'/') {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            } else if c == b'/' && b.get(i + 1) == Some(&b'*') {
                i += 2;
                while i + 1 < b.len() && !(b[i] == b'*' && b[i + 1] == b'/') {
                    i += 1;
                }
                i += 2;
            } else if c == b'\'' || c == b'"' || c == b'`' {
                i += 1;
                while i < b.len() && b[i] != c {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                out.push_str(" '' ");
            } else {
                out.push(c as char);
                i += 1;
            }
        }
        out
    }

    /// The parameter names of the functions in some code: the identifiers
    /// in the parentheses before `=>` or after `function name`.
    fn parameters(code: &str) -> Vec<&str> {
        let mut out = Vec::new();
        let mut rest = code;
        while let Some(open) = rest.find('(') {
            let Some(close) = rest[open..].find(')').map(|c| open + c) else {
                break;
            };
            let inside = &rest[open + 1..close];
            let before = rest[..open].trim_end();
            let after = rest[close + 1..].trim_start();
            let declared = after.starts_with("=>")
                || before.ends_with("function")
                || before
                    .rsplit(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
                    .nth(1)
                    .is_some_and(|_| {
                        let head = before.trim_end_matches(|c: char| {
                            c.is_ascii_alphanumeric() || c == '_' || c == '$'
                        });
                        head.trim_end().ends_with("function")
                            || (after.starts_with('{') && !before.ends_with(')'))
                    });
            if declared && !inside.contains('(') {
                out.extend(crate::glue::emjs::identifiers(inside));
            }
            rest = &rest[open + 1..];
        }
        out
    }

    #[test]
    fn every_name_an_item_uses_from_another_is_among_its_needs() {
        // An item that uses a name another item defines, without that item
        // among its needs (directly or through them), works only in programs
        // that happen to select both: "u8 is not defined" in the others.
        // A use guarded by `typeof name` is an optional item, allowed.
        let lib = Library::load().unwrap();
        let mut definers: HashMap<&str, Vec<&str>> = HashMap::new();
        for item in &lib.items {
            for name in top_level_names(item.body) {
                definers.entry(name).or_default().push(item.name);
            }
        }
        let mut problems = Vec::new();
        for item in &lib.items {
            // What the item reaches through its needs, all variants included;
            // `start` is in every program (glue/mod.rs roots it).
            let mut reach: Vec<&str> = vec![item.name, "start"];
            let mut i = 0;
            while i < reach.len() {
                let current = reach[i];
                for other in lib.items.iter().filter(|o| o.name == current) {
                    for need in &other.needs {
                        if !reach.contains(need) {
                            reach.push(need);
                        }
                    }
                }
                i += 1;
            }
            let code = code_only(item.body);
            let own = top_level_names(item.body);
            let mut seen = Vec::new();
            let ids = crate::glue::emjs::identifiers(&code);
            for id in &ids {
                let Some(defs) = definers.get(id) else {
                    continue;
                };
                if own.contains(id) || seen.contains(id) || defs.iter().any(|d| reach.contains(d)) {
                    continue;
                }
                // A property (`x.name`) or an object key (`name:`) is not a use.
                let at = id.as_ptr() as usize - code.as_ptr() as usize;
                let before = code[..at].trim_end();
                let after = code[at + id.len()..].trim_start();
                if before.ends_with('.') || (after.starts_with(':') && !after.starts_with("::")) {
                    continue;
                }
                // A method's definition (`name(args) {` on its own line) neither.
                let line_start = code[..at].rfind('\n').map_or(0, |n| n + 1);
                let line_end = code[at..].find('\n').map_or(code.len(), |n| at + n);
                let line = code[line_start..line_end].trim();
                let head = line.strip_prefix("async ").unwrap_or(line);
                if head.starts_with(&format!("{id}(")) && line.ends_with('{') {
                    continue;
                }
                // A local of the same name (declared or a parameter) shadows it.
                let local = ids
                    .windows(2)
                    .any(|w| w[1] == *id && matches!(w[0], "const" | "let" | "var" | "function"))
                    || parameters(&code).contains(id);
                let guarded = code.contains(&format!("typeof {id}"));
                if local || guarded {
                    continue;
                }
                seen.push(id);
                problems.push(format!(
                    "{} uses {id} (defined by {})",
                    item.name,
                    defs.join(", ")
                ));
            }
        }
        assert!(
            problems.is_empty(),
            "items missing needs:\n{}",
            problems.join("\n")
        );
    }

    #[test]
    fn every_test_for_an_item_is_of_an_optional_item_spelled_one_way() {
        // Minified JS resolves `typeof NAME` for the names of
        // OPTIONAL_ITEMS only: a test for another item's name would be left
        // to run time, and the code behind it kept in every program.
        let lib = Library::load().unwrap();
        let mut defined: Vec<&str> = Vec::new();
        for item in &lib.items {
            defined.extend(top_level_names(item.body));
        }
        for name in OPTIONAL_ITEMS {
            assert!(
                defined.contains(name),
                "OPTIONAL_ITEMS names {name}, which no item defines"
            );
        }
        let mut problems = Vec::new();
        for item in &lib.items {
            let code = code_only(item.body);
            let ids = crate::glue::emjs::identifiers(&code);
            for pair in ids.windows(2) {
                let [word, name] = pair else { continue };
                if *word != "typeof" || !defined.contains(name) || HOST_STAND_INS.contains(name) {
                    continue;
                }
                if !OPTIONAL_ITEMS.contains(name) {
                    problems.push(format!(
                        "{}: typeof {name}, not an optional item",
                        item.name
                    ));
                    continue;
                }
                let uses = item.body.matches(&format!("typeof {name}")).count();
                let spelled = [
                    format!("typeof {name} == 'object'"),
                    format!("typeof {name} == 'function'"),
                ]
                .iter()
                .map(|s| item.body.matches(s.as_str()).count())
                .sum::<usize>();
                if uses != spelled {
                    problems.push(format!(
                        "{}: typeof {name} is not spelled `typeof {name} == 'object'` or `== 'function'`",
                        item.name
                    ));
                }
            }
        }
        problems.dedup();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn selection_is_transitive_and_minimal() {
        let mut lib = Library {
            items: Vec::new(),
            by_name: HashMap::new(),
            gl_names: Vec::new(),
        };
        lib.parse_file(
            "t.js",
            "head\n//! env.f needs: a\nfunction f() {}\n//! a needs: b\nlet a;\n//! b\nlet b;\n//! c\nlet c;\n",
        )
        .unwrap();
        let imports = [Import {
            module: "env".into(),
            field: "f".into(),
        }];
        let names: Vec<_> = lib
            .select(&imports, &[], &[])
            .unwrap()
            .iter()
            .map(|i| i.name)
            .collect();
        // What an item needs comes before it; `c` is not reached.
        assert_eq!(names, ["b", "a", "env.f"]);
        let missing = [Import {
            module: "env".into(),
            field: "g".into(),
        }];
        let e = lib.select(&missing, &[], &[]).err().unwrap().to_string();
        assert!(e.contains("env.g"), "{e}");
    }
}
