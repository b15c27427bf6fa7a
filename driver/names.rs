//! A lean name section. The name section is kept so that a trap names the
//! wasm function it happened in: V8 shows the module name and the names of
//! defined functions in a stack trace ("at hello.wasm.main (wasm://wasm/
//! hello.wasm-...)"). Everything else in it is never shown there: the names of
//! imported functions (wasm-ld's `__imported_wasi_snapshot_preview1_fd_write`
//! are long), of locals, globals and data segments. Without `-g` the section
//! is rewritten to hold the module name and the defined functions' names;
//! every other section keeps its content. In every build, `__original_main`
//! (clang's name for a `main` without arguments) is named `main`.

use crate::wasmbytes::{read_name, read_uleb, sections, write_name};

/// The name section's subsections, by id.
const MODULE_NAME: u8 = 0;
const FUNCTION_NAMES: u8 = 1;

const CUSTOM_SECTION: u8 = 0;

/// The module with its name section trimmed; every other section is copied
/// as it is. A name section wasmparser cannot read is left as it is:
/// trimming only saves bytes.
pub fn trim(bytes: &[u8]) -> std::result::Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut imported_functions = 0u32;
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        let payload = payload.map_err(|e| e.to_string())?;
        match &payload {
            wasmparser::Payload::Version { range, .. } => {
                out.extend_from_slice(&bytes[range.clone()]);
                continue;
            }
            wasmparser::Payload::ImportSection(imports) => {
                for import in imports.clone() {
                    let import = import.map_err(|e| e.to_string())?;
                    if matches!(import.ty, wasmparser::TypeRef::Func(_)) {
                        imported_functions += 1;
                    }
                }
            }
            wasmparser::Payload::CustomSection(custom) if custom.name() == "name" => {
                if let Some(lean) = lean_name_section(custom, imported_functions) {
                    if !lean.is_empty() {
                        write_subsection(&mut out, CUSTOM_SECTION, &lean);
                    }
                    continue;
                }
            }
            _ => {}
        }
        // Sections keep their content; their sizes are written again.
        // The code section's range is announced before its functions are
        // read, so it may run past the end of a truncated module.
        if let Some((id, range)) = payload.as_section() {
            let content = bytes
                .get(range)
                .ok_or_else(|| format!("section {id} runs past the end"))?;
            write_subsection(&mut out, id, content);
        }
    }
    Ok(out)
}

/// The new content of the name section (empty when nothing is left to
/// keep), or `None` when it cannot be read.
fn lean_name_section(
    custom: &wasmparser::CustomSectionReader,
    imported_functions: u32,
) -> Option<Vec<u8>> {
    let names = wasmparser::NameSectionReader::new(wasmparser::BinaryReader::new(
        custom.data(),
        custom.data_offset(),
    ));
    let mut kept = Vec::new();
    for subsection in names {
        match subsection.ok()? {
            wasmparser::Name::Module { name, .. } => {
                let mut body = Vec::new();
                write_name(&mut body, name);
                write_subsection(&mut kept, MODULE_NAME, &body);
            }
            wasmparser::Name::Function(map) => {
                let mut entries = Vec::new();
                for naming in map {
                    let naming = naming.ok()?;
                    if naming.index >= imported_functions {
                        entries.push(naming);
                    }
                }
                if entries.is_empty() {
                    continue;
                }
                let mut body = Vec::new();
                write_u32(&mut body, entries.len() as u32);
                for naming in entries {
                    write_u32(&mut body, naming.index);
                    write_name(&mut body, naming.name);
                }
                write_subsection(&mut kept, FUNCTION_NAMES, &body);
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    if !kept.is_empty() {
        write_name(&mut out, "name");
        out.extend_from_slice(&kept);
    }
    Some(out)
}

fn write_subsection(out: &mut Vec<u8>, id: u8, body: &[u8]) {
    out.push(id);
    write_u32(out, body.len() as u32);
    out.extend_from_slice(body);
}

/// clang's name for a `main` without arguments, which wasi-libc's
/// `__main_void` calls.
const ORIGINAL_MAIN: &str = "__original_main";

/// The module with `__original_main` named `main` in its name section, so
/// that a trap in it, and its frame in the call chain, say `main`, as the
/// source (and DWARF) does; every other byte is copied. A module without
/// that name comes back as it was.
pub fn name_main(bytes: &[u8]) -> std::result::Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(bytes.get(..8).ok_or("no wasm header")?);
    for section in sections(bytes)? {
        let content = &bytes[section.content.clone()];
        if section.id == CUSTOM_SECTION {
            let mut pos = 0;
            if read_name(content, &mut pos)? == "name" {
                let mut body = Vec::new();
                write_name(&mut body, "name");
                body.extend(main_renamed(&content[pos..])?);
                write_subsection(&mut out, CUSTOM_SECTION, &body);
                continue;
            }
        }
        out.extend_from_slice(&bytes[section.start..section.content.end]);
    }
    Ok(out)
}

/// The subsections of a name section, the function names' with
/// `__original_main` as `main`, the others as they were.
fn main_renamed(subsections: &[u8]) -> std::result::Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(subsections.len());
    let mut pos = 0;
    while pos < subsections.len() {
        let id = subsections[pos];
        pos += 1;
        let size = read_uleb(subsections, &mut pos)?;
        let end = pos.checked_add(size).filter(|&e| e <= subsections.len());
        let body = &subsections[pos..end.ok_or("a name subsection runs past the end")?];
        pos += size;
        if id != FUNCTION_NAMES {
            write_subsection(&mut out, id, body);
            continue;
        }
        let mut at = 0;
        let count = read_uleb(body, &mut at)?;
        let mut names = Vec::with_capacity(body.len());
        write_u32(&mut names, count as u32);
        for _ in 0..count {
            let index = read_uleb(body, &mut at)?;
            let name = read_name(body, &mut at)?;
            write_u32(&mut names, index as u32);
            write_name(
                &mut names,
                if name == ORIGINAL_MAIN { "main" } else { name },
            );
        }
        write_subsection(&mut out, id, &names);
    }
    Ok(out)
}

/// Unsigned LEB128, as the binary format writes every size and index.
fn write_u32(out: &mut Vec<u8>, value: u32) {
    crate::wasmbytes::write_uleb(out, value.into());
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The module name and the (index, name) pairs of the function names.
    fn names(bytes: &[u8]) -> (Option<String>, Vec<(u32, String)>, usize) {
        let mut module = None;
        let mut functions = Vec::new();
        let mut subsections = 0;
        for payload in wasmparser::Parser::new(0).parse_all(bytes) {
            if let wasmparser::Payload::CustomSection(c) = payload.unwrap() {
                if let wasmparser::KnownCustom::Name(reader) = c.as_known() {
                    for sub in reader {
                        subsections += 1;
                        match sub.unwrap() {
                            wasmparser::Name::Module { name, .. } => module = Some(name.into()),
                            wasmparser::Name::Function(map) => {
                                for n in map {
                                    let n = n.unwrap();
                                    functions.push((n.index, n.name.to_string()));
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
        (module, functions, subsections)
    }

    const MODULE: &str = r#"(module $demo.wasm
        (import "wasi_snapshot_preview1" "fd_write"
            (func $__imported_wasi_snapshot_preview1_fd_write (param i32 i32 i32 i32) (result i32)))
        (import "env" "now" (func $now (result f64)))
        (global $__stack_pointer (mut i32) (i32.const 1024))
        (memory 1)
        (data $.rodata (i32.const 16) "hello")
        (func $divide (param $a i32) (param $b i32) (result i32)
            (i32.div_s (local.get $a) (local.get $b)))
        (func $main (export "main") (result i32)
            (call $divide (i32.const 1) (i32.const 0)))
        (@custom "producers" "clang")
    )"#;

    #[test]
    fn keeps_module_and_defined_function_names_only() {
        let before = wat::parse_str(MODULE).unwrap();
        let (module, functions, subsections) = names(&before);
        assert_eq!(module.as_deref(), Some("demo.wasm"));
        assert_eq!(functions.len(), 4);
        assert!(subsections > 2, "locals, globals and data are named too");

        let after = trim(&before).unwrap();
        wasmparser::Validator::new().validate_all(&after).unwrap();
        let (module, functions, subsections) = names(&after);
        assert_eq!(module.as_deref(), Some("demo.wasm"));
        assert_eq!(
            functions,
            [(2, "divide".to_string()), (3, "main".to_string())]
        );
        assert_eq!(subsections, 2);
        assert!(after.len() < before.len());
    }

    #[test]
    fn original_main_is_named_main_and_the_rest_kept() {
        let module = MODULE.replace("$main", "$__original_main");
        let before = wat::parse_str(&module).unwrap();
        let after = name_main(&before).unwrap();
        wasmparser::Validator::new().validate_all(&after).unwrap();
        let (name, functions, subsections) = names(&after);
        let (name_before, mut functions_before, subsections_before) = names(&before);
        assert_eq!((name, subsections), (name_before, subsections_before));
        assert!(functions_before.contains(&(3, "__original_main".to_string())));
        functions_before[3].1 = "main".to_string();
        assert_eq!(functions, functions_before);
        // A module without the name is copied byte for byte.
        let plain = wat::parse_str(MODULE).unwrap();
        assert_eq!(name_main(&plain).unwrap(), plain);
    }

    #[test]
    fn other_sections_are_copied_unchanged() {
        let before = wat::parse_str(MODULE).unwrap();
        let after = trim(&before).unwrap();
        // Each section but the name section, as its id and content.
        let others = |bytes: &[u8]| -> Vec<(u8, Vec<u8>)> {
            wasmparser::Parser::new(0)
                .parse_all(bytes)
                .map(|p| p.unwrap())
                .filter(
                    |p| !matches!(p, wasmparser::Payload::CustomSection(c) if c.name() == "name"),
                )
                .filter_map(|p| p.as_section())
                .map(|(id, range)| (id, bytes[range].to_vec()))
                .collect()
        };
        assert_eq!(others(&before), others(&after));
        assert!(others(&after).len() >= 8, "the producers section is kept");
    }

    #[test]
    fn a_module_with_only_import_names_loses_its_name_section() {
        let before =
            wat::parse_str(r#"(module (import "env" "f" (func $f)) (func (call $f)))"#).unwrap();
        assert_eq!(names(&before).1.len(), 1);
        let after = trim(&before).unwrap();
        assert_eq!(names(&after), (None, vec![], 0));
        wasmparser::Validator::new().validate_all(&after).unwrap();
    }

    #[test]
    fn a_long_name_section_gets_multi_byte_sizes() {
        let long = "f".repeat(300);
        let before = wat::parse_str(format!(
            r#"(module (import "env" "g" (func $imported)) (func ${long}) (func $x))"#
        ))
        .unwrap();
        let after = trim(&before).unwrap();
        assert_eq!(names(&after).1, [(1, long), (2, "x".to_string())]);
    }

    #[test]
    fn truncated_input_is_an_error() {
        let bytes = wat::parse_str("(module (func))").unwrap();
        assert!(trim(&bytes[..bytes.len() - 1]).is_err());
        assert!(trim(b"not wasm").is_err());
    }
}
