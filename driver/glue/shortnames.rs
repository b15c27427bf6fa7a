//! Short import names for minified builds. With its JS minified (-O2 and
//! above, `minify::wanted`), a module's function imports are renamed in
//! the module and in the JS's import object alike: each import module
//! (`wasi_snapshot_preview1`, `env`) becomes `a`, `b`, ... and each function
//! within it `a`, `b`, ..., as Emscripten names them at -O2. The names are
//! in the module's import section and again in the JS, and nothing else
//! reads them: the glue picks its items by the original names before the
//! rename, and a trap names defined functions, not imports.
//!
//! Imports that are not functions (an imported memory, table or global)
//! keep their names, which a page that provides them (`env.memory` with
//! `-sIMPORTED_MEMORY`) spells. `-sSTANDALONE_WASM` promises a module that
//! runs without wasmcc's JS (in a WASI runtime), so its names stay.

use crate::cli::Options;
use crate::wasmbytes::{read_name, sections, write_name, write_uleb};

/// Whether this build's imports get short names.
pub fn wanted(opts: &Options) -> bool {
    super::minify::wanted(opts) && !opts.settings.STANDALONE_WASM
}

/// The short name of the `n`th module or field: `a`..`z`, `A`..`Z`, then
/// two letters and so on.
fn short(mut n: usize) -> String {
    const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    let mut name = Vec::new();
    loop {
        name.push(LETTERS[n % LETTERS.len()]);
        n /= LETTERS.len();
        if n == 0 {
            break;
        }
        n -= 1;
    }
    String::from_utf8(name).unwrap_or_default()
}

/// One import as the import section holds it.
struct Entry<'b> {
    module: &'b str,
    field: &'b str,
    /// The kind byte and the description that follows it.
    desc: &'b [u8],
}

/// Renames the module's function imports in place. Returns, for each import
/// in order, its new `(module, field)`, or `None` for one that keeps its
/// names.
pub fn apply(bytes: &mut Vec<u8>) -> Result<Vec<Option<(String, String)>>, String> {
    let Some(section) = sections(bytes)?.into_iter().find(|s| s.id == 2) else {
        return Ok(Vec::new());
    };
    let content = &bytes[section.content.clone()];
    // Where each import starts, from wasmparser, which knows every kind of
    // description; each ends where the next one starts.
    let reader = wasmparser::ImportSectionReader::new(wasmparser::BinaryReader::new(content, 0))
        .map_err(|e| e.to_string())?;
    let mut starts = Vec::new();
    let mut kinds = Vec::new();
    for item in reader.into_iter_with_offsets() {
        let (offset, import) = item.map_err(|e| e.to_string())?;
        starts.push(offset);
        kinds.push(matches!(import.ty, wasmparser::TypeRef::Func(_)));
    }
    starts.push(content.len());
    let mut entries = Vec::new();
    for w in starts.windows(2) {
        let mut pos = w[0];
        let module = read_name(content, &mut pos)?;
        let field = read_name(content, &mut pos)?;
        let desc = content
            .get(pos..w[1])
            .ok_or("an import runs past the end")?;
        entries.push(Entry {
            module,
            field,
            desc,
        });
    }
    // Short module names that no kept import uses.
    let kept: Vec<&str> = entries
        .iter()
        .zip(&kinds)
        .filter(|(_, &func)| !func)
        .map(|(e, _)| e.module)
        .collect();
    let mut modules: Vec<(&str, String, usize)> = Vec::new();
    let mut next_module = 0;
    let mut names = Vec::new();
    let mut out = Vec::new();
    write_uleb(&mut out, entries.len() as u64);
    for (entry, &func) in entries.iter().zip(&kinds) {
        if !func {
            write_name(&mut out, entry.module);
            write_name(&mut out, entry.field);
            out.extend_from_slice(entry.desc);
            names.push(None);
            continue;
        }
        let slot = match modules.iter().position(|(m, _, _)| *m == entry.module) {
            Some(i) => i,
            None => {
                let mut name = short(next_module);
                while kept.contains(&name.as_str()) {
                    next_module += 1;
                    name = short(next_module);
                }
                next_module += 1;
                modules.push((entry.module, name, 0));
                modules.len() - 1
            }
        };
        let (_, module, fields) = &mut modules[slot];
        let field = short(*fields);
        *fields += 1;
        write_name(&mut out, module);
        write_name(&mut out, &field);
        out.extend_from_slice(entry.desc);
        names.push(Some((module.clone(), field)));
    }
    let mut rebuilt = bytes[..section.start].to_vec();
    rebuilt.push(2);
    write_uleb(&mut rebuilt, out.len() as u64);
    rebuilt.extend_from_slice(&out);
    rebuilt.extend_from_slice(&bytes[section.content.end..]);
    *bytes = rebuilt;
    Ok(names)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_run_through_the_letters_then_two() {
        assert_eq!(short(0), "a");
        assert_eq!(short(25), "z");
        assert_eq!(short(26), "A");
        assert_eq!(short(51), "Z");
        assert_eq!(short(52), "aa");
        assert_eq!(short(53), "ba");
        let all: std::collections::HashSet<String> = (0..3000).map(short).collect();
        assert_eq!(all.len(), 3000);
    }

    #[test]
    fn function_imports_are_renamed_and_the_rest_keeps_its_names() {
        let mut bytes = wat::parse_str(
            r#"(module
                (import "wasi_snapshot_preview1" "fd_write" (func (param i32 i32 i32 i32) (result i32)))
                (import "env" "memory" (memory 1))
                (import "env" "emscripten_get_now" (func (result f64)))
                (import "wasi_snapshot_preview1" "proc_exit" (func (param i32)))
                (func (export "f") (result f64) call 1))"#,
        )
        .unwrap();
        let names = apply(&mut bytes).unwrap();
        let pair = |m: &str, f: &str| Some((m.to_string(), f.to_string()));
        assert_eq!(
            names,
            [pair("a", "a"), None, pair("b", "a"), pair("a", "b")]
        );
        let info = crate::postlink::Module::from_bytes(bytes).unwrap().info;
        let got: Vec<(String, String)> = info
            .imports
            .iter()
            .map(|i| (i.module.clone(), i.field.clone()))
            .collect();
        let want = [("a", "a"), ("env", "memory"), ("b", "a"), ("a", "b")];
        assert_eq!(
            got,
            want.map(|(m, f)| (m.to_string(), f.to_string())).to_vec()
        );
        assert_eq!(info.exports, ["f"]);
    }
}
