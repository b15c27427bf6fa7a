//! `--js-library FILE`: JS functions a C program calls, of which only those
//! the module imports (and what they need) are emitted. Two forms are read:
//!
//! - wasmcc's own item format, the one of `js-templates/lib` (docs/DESIGN.md):
//!   `//! env.my_func needs: helper` starts the function that implements
//!   the C function `my_func`; `//! helper` starts a plain item.
//! - Emscripten's `addToLibrary({ ... })` or
//!   `mergeInto(LibraryManager.library, { ... })`: `my_func: function (x) {...}`
//!   is the C function `my_func` (called `_my_func` from JS), `$helper` a JS
//!   value `helper`, and `my_func__deps: ['$helper']` what it needs. The object
//!   literal is read by a small scanner that knows JS strings, template
//!   literals, comments and brackets, not by running the file. A regular
//!   expression literal containing an unbalanced bracket or quote is not
//!   understood; `__postset` code is emitted after its item, and the other
//!   `__` keys (`__sig`, `__proxy`, ...) are ignored.
//!
//! Names the bodies use that are runtime methods (`UTF8ToString`, `HEAPU8`,
//! `out`, ...) are added to what they need without being listed.

use super::interop;
use super::library::{Item, Library};
use crate::err;
use crate::error::{IoContext, Result};
use std::path::Path;

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// Runtime items a piece of JS may use by name without listing them.
pub fn implicit_needs(body: &str) -> Vec<&'static str> {
    let mut needs: Vec<&'static str> = Vec::new();
    for id in super::emjs::identifiers(body) {
        let item = match id {
            "out" => Some("out"),
            "err" => Some("err"),
            "updateHeaps" => Some("heaps"),
            // Emscripten's runtime helpers that its users' EM_ASM code calls (SDL's).
            "autoResumeAudioContext" => Some("autoResumeAudioContext"),
            "createContext" => Some("createContext"),
            // WebAudio and navigator by their global names: Node lacks them.
            "AudioContext" => Some("AudioContext"),
            "navigator" => Some("navigator"),
            "getWasmTableEntry" => Some("dynCall"),
            _ if id == "dynCall" || id.starts_with("dynCall_") => Some("dynCall"),
            _ => interop::METHODS
                .iter()
                .find(|m| m.name == id)
                .map(|m| m.item),
        };
        if let Some(item) = item {
            if !needs.contains(&item) {
                needs.push(item);
            }
        }
    }
    needs
}

/// The `dynCall_SIG(ptr, ...args)` functions a body calls, which
/// Emscripten defines for each signature: each calls `dynCall`.
pub fn dyncall_shims(body: &str) -> Vec<String> {
    super::emjs::identifiers(body)
        .into_iter()
        .filter_map(|id| id.strip_prefix("dynCall_"))
        .filter(|sig| !sig.is_empty() && sig.chars().all(|c| "vidfjp".contains(c)))
        .map(|sig| format!("function dynCall_{sig}(ptr, ...args) {{\n  return dynCall('{sig}', ptr, args);\n}}"))
        .collect()
}

/// `{` + `updateHeaps();` when a function body uses the HEAP views, which
/// are stale after the C side grew memory.
pub fn with_fresh_heaps(body: &str) -> String {
    let uses_heaps = super::emjs::identifiers(body).iter().any(|id| {
        interop::METHODS
            .iter()
            .any(|m| m.item == "heaps" && m.name == *id)
    });
    match body.find('{') {
        Some(at) if uses_heaps => format!("{} updateHeaps();{}", &body[..=at], &body[at + 1..]),
        _ => body.to_string(),
    }
}

/// Adds the items of the library file at `path`.
pub fn load(lib: &mut Library, path: &Path) -> Result<()> {
    let text = std::fs::read_to_string(path).at("read the JS library", path)?;
    let shown = path.display().to_string();
    let items = if text.lines().any(|l| l.starts_with("//! ")) {
        parse_items(&text)
    } else {
        parse_emscripten(&text).map_err(|e| err!("{shown}: {e}"))?
    };
    if items.is_empty() {
        return Err(err!(
            "{shown}: no library functions found (expected addToLibrary({{ ... }}), \
             mergeInto(LibraryManager.library, {{ ... }}) or '//! name' items)"
        ));
    }
    let names: Vec<&str> = items.iter().map(|i| i.name).collect();
    for item in &items {
        for need in &item.needs {
            if !names.contains(need) && !lib.has(need) {
                return Err(err!(
                    "{shown}: '{}' needs '{need}', which no JS library defines",
                    item.name
                ));
            }
        }
    }
    for item in items {
        lib.add(item).map_err(|e| err!("{shown}: {e}"))?;
    }
    Ok(())
}

/// wasmcc's item format.
fn parse_items(text: &str) -> Vec<Item> {
    let mut items: Vec<Item> = Vec::new();
    let mut body = String::new();
    let mut header: Option<(&str, Vec<&'static str>)> = None;
    let mut finish = |header: Option<(&str, Vec<&'static str>)>, body: &mut String| {
        if let Some((name, mut needs)) = header {
            for n in implicit_needs(body) {
                if !needs.contains(&n) {
                    needs.push(n);
                }
            }
            items.push(Item {
                name: leak(name.to_string()),
                needs,
                body: leak(body.trim_end().to_string()),
                binding: None,
                verbatim: true,
            });
        }
        body.clear();
    };
    for line in text.lines() {
        if let Some(head) = line.strip_prefix("//! ") {
            finish(header.take(), &mut body);
            let (name, needs) = head.split_once(" needs:").unwrap_or((head, ""));
            let needs = needs
                .split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| leak(s.to_string()))
                .collect();
            header = Some((name.trim(), needs));
        } else if header.is_some() {
            body.push_str(line);
            body.push('\n');
        }
    }
    finish(header.take(), &mut body);
    items
}

/// One `key: value` of an Emscripten library object.
struct Entry {
    key: String,
    value: String,
}

/// Emscripten's form: every `addToLibrary({...})` and
/// `mergeInto(LibraryManager.library, {...})` in the file.
fn parse_emscripten(text: &str) -> std::result::Result<Vec<Item>, String> {
    let mut entries = Vec::new();
    let mut rest = text;
    while let Some(at) = ["addToLibrary(", "mergeInto("]
        .iter()
        .filter_map(|call| rest.find(call).map(|i| i + call.len()))
        .min()
    {
        let after = &rest[at..];
        let open = after.find('{').ok_or("a library call without an object")?;
        let (found, used) = object_entries(&after[open..])?;
        entries.extend(found);
        rest = &after[open + used..];
    }
    let mut items: Vec<Item> = Vec::new();
    let key_item = |key: &str| -> String {
        match key.strip_prefix('$') {
            Some(js) => js.to_string(),
            None => format!("env.{key}"),
        }
    };
    for e in entries.iter().filter(|e| !e.key.contains("__")) {
        let (name, binding) = match e.key.strip_prefix('$') {
            Some(js) => (js.to_string(), js.to_string()),
            None => (format!("env.{}", e.key), format!("_{}", e.key)),
        };
        let value = with_fresh_heaps(&e.value);
        let mut body = format!("var {binding} = {value};");
        if let Some(post) = entries
            .iter()
            .find(|p| p.key == format!("{}__postset", e.key))
        {
            body.push('\n');
            body.push_str(&js_string(&post.value).unwrap_or_else(|| post.value.clone()));
        }
        let mut needs: Vec<&'static str> = Vec::new();
        if let Some(deps) = entries.iter().find(|d| d.key == format!("{}__deps", e.key)) {
            for dep in string_list(&deps.value)? {
                let need = if entries.iter().any(|x| x.key == dep) {
                    key_item(&dep)
                } else {
                    let plain = dep.trim_start_matches('$');
                    match interop::METHODS.iter().find(|m| m.name == plain) {
                        Some(m) => m.item.to_string(),
                        None if matches!(plain, "out" | "err") => plain.to_string(),
                        None => {
                            return Err(format!(
                                "'{}' depends on '{dep}', which is neither in this library nor a runtime method wasmcc has",
                                e.key
                            ))
                        }
                    }
                };
                needs.push(leak(need));
            }
        }
        for n in implicit_needs(&e.value) {
            if !needs.contains(&n) {
                needs.push(n);
            }
        }
        items.push(Item {
            name: leak(name.clone()),
            needs,
            body: leak(body),
            binding: (!e.key.starts_with('$')).then(|| leak(binding)),
            verbatim: true,
        });
    }
    Ok(items)
}

/// The entries of the object literal that `text` starts with, and how many
/// bytes the literal takes.
fn object_entries(text: &str) -> std::result::Result<(Vec<Entry>, usize), String> {
    let b = text.as_bytes();
    let mut entries = Vec::new();
    let mut i = 1;
    loop {
        i = skip_space(b, i);
        match b.get(i) {
            None => return Err("the library object is not closed".into()),
            Some(b'}') => return Ok((entries, i + 1)),
            Some(b',') => {
                i += 1;
                continue;
            }
            _ => {}
        }
        let (key, after_key) = read_key(text, i)?;
        i = skip_space(b, after_key);
        let value_start;
        let method = b.get(i) == Some(&b'(');
        if method {
            value_start = i;
        } else if b.get(i) == Some(&b':') {
            value_start = i + 1;
        } else {
            return Err(format!("expected ':' after the key '{key}'"));
        }
        let end = value_end(b, value_start)?;
        let value = text[value_start..end].trim();
        let value = if method {
            format!("function {value}")
        } else {
            value.to_string()
        };
        entries.push(Entry { key, value });
        i = end;
    }
}

fn skip_space(b: &[u8], mut i: usize) -> usize {
    loop {
        while b.get(i).is_some_and(|c| c.is_ascii_whitespace()) {
            i += 1;
        }
        if b[i..].starts_with(b"//") {
            while b.get(i).is_some_and(|&c| c != b'\n') {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            i = match find_from(b, i + 2, b"*/") {
                Some(e) => e + 2,
                None => b.len(),
            };
        } else {
            return i;
        }
    }
}

fn find_from(b: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    b.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

fn read_key(text: &str, i: usize) -> std::result::Result<(String, usize), String> {
    let b = text.as_bytes();
    match b[i] {
        q @ (b'\'' | b'"') => {
            let end = skip_string(b, i, q);
            let key = js_string(&text[i..end]).ok_or("a bad quoted key")?;
            Ok((key, end))
        }
        _ => {
            let len = text[i..]
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$'))
                .unwrap_or(text.len() - i);
            if len == 0 {
                let near: String = text[i..].chars().take(20).collect();
                return Err(format!("expected a key at '{near}'"));
            }
            Ok((text[i..i + len].to_string(), i + len))
        }
    }
}

/// The index just past the string starting at `i` with quote `q`.
fn skip_string(b: &[u8], mut i: usize, q: u8) -> usize {
    i += 1;
    while let Some(&c) = b.get(i) {
        i += 1;
        if c == b'\\' {
            i += 1;
        } else if c == q {
            break;
        }
    }
    i.min(b.len())
}

/// Where the value starting at `i` ends: the `,` or `}` at its own depth.
fn value_end(b: &[u8], mut i: usize) -> std::result::Result<usize, String> {
    let mut depth = 0usize;
    let mut prev = b'(';
    while let Some(&c) = b.get(i) {
        match c {
            b'\'' | b'"' | b'`' => {
                i = skip_string(b, i, c);
                prev = b'a';
                continue;
            }
            b'/' if b.get(i + 1) == Some(&b'/') || b.get(i + 1) == Some(&b'*') => {
                i = skip_space(b, i);
                continue;
            }
            b'/' if b"(,=:[!&|?{};+-*%<>~^".contains(&prev) => {
                // A regular expression literal.
                let mut in_class = false;
                i += 1;
                while let Some(&r) = b.get(i) {
                    i += 1;
                    match r {
                        b'\\' => i += 1,
                        b'[' => in_class = true,
                        b']' => in_class = false,
                        b'/' if !in_class => break,
                        _ => {}
                    }
                }
                prev = b'a';
                continue;
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth > 0 => depth -= 1,
            b'}' | b',' if depth == 0 => return Ok(i),
            _ => {}
        }
        if !c.is_ascii_whitespace() {
            prev = c;
        }
        i += 1;
    }
    Err("the library object is not closed".into())
}

/// The value of a JS string literal in '' or "" quotes.
fn js_string(lit: &str) -> Option<String> {
    let lit = lit.trim();
    let q = lit
        .chars()
        .next()
        .filter(|q| matches!(q, '\'' | '"' | '`'))?;
    let inner = lit.strip_prefix(q)?.strip_suffix(q)?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next()? {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '0' => out.push('\0'),
            other => out.push(other),
        }
    }
    Some(out)
}

/// `['a', "$b"]` as strings.
fn string_list(value: &str) -> std::result::Result<Vec<String>, String> {
    let inner = value
        .trim()
        .strip_prefix('[')
        .and_then(|v| v.strip_suffix(']'))
        .ok_or_else(|| format!("expected a list of names, not {value}"))?;
    inner
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| js_string(s).ok_or_else(|| format!("expected a quoted name, not {s}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emscripten_form() {
        let text = r#"
// A comment { with a brace
addToLibrary({
  twice__deps: ['$helper'],
  twice: function (x) { return helper(x) * 2; /* } */ },
  $helper: (x) => x + "}" .length,
  $re: /[{]/g,
  "quoted": function () { return '{'; },
  method(a, b) { return `${a},${b}`; },
  twice__sig: 'ii',
});
mergeInto(LibraryManager.library, { other: function () { return HEAPU8[0]; } });
"#;
        let items = parse_emscripten(text).unwrap();
        let names: Vec<_> = items.iter().map(|i| i.name).collect();
        assert_eq!(
            names,
            [
                "env.twice",
                "helper",
                "re",
                "env.quoted",
                "env.method",
                "env.other"
            ]
        );
        assert_eq!(items[0].needs, ["helper"]);
        assert_eq!(items[0].binding, Some("_twice"));
        assert!(
            items[4].body.starts_with("var _method = function (a, b)"),
            "{}",
            items[4].body
        );
        assert!(
            items[5].body.contains("{ updateHeaps();"),
            "{}",
            items[5].body
        );
        assert_eq!(items[5].needs, ["heaps"]);
    }

    #[test]
    fn bad_deps_are_named() {
        let e = parse_emscripten("addToLibrary({ f__deps: ['nope'], f: function () {} });")
            .err()
            .unwrap();
        assert!(e.contains("'nope'"), "{e}");
    }
}
