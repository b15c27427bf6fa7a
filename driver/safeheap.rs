//! -sSAFE_HEAP: the address of a bad access for the report.
//!
//! binaryen's SafeHeap pass adds a checking function per kind of access
//! (`SAFE_HEAP_STORE_i32_4_4(ptr, offset, value)`, `SAFE_HEAP_LOAD_i32_4_4(ptr,
//! offset)`), which calls the imports `env.segfault` and `env.alignfault`
//! with no arguments. Here, right after the pass, those two imports are
//! given the type `(i32, i32) -> ()` and each of their calls gets the
//! checking function's first two parameters, the pointer and the offset, so
//! the runtime (js-templates/lib/crash.js) can name the address. Only the
//! checking functions change; binaryen appends them after the program's own
//! functions, so the code offsets DWARF holds for those stay as they were.

use crate::wasmbytes::{read_uleb, section_bytes, sections, write_uleb};
use std::collections::BTreeMap;
use wasmparser::{Operator, Parser, Payload, TypeRef, ValType};

const FAULTS: [&str; 2] = ["segfault", "alignfault"];
const SECTION_TYPE: u8 = 1;
const SECTION_IMPORT: u8 = 2;
const SECTION_CODE: u8 = 10;

/// The module with the fault imports taking (pointer, offset); unchanged
/// when it imports neither.
pub fn pass_fault_addresses(bytes: &[u8]) -> Result<Vec<u8>, String> {
    let mut type_count = 0usize;
    let mut params: Vec<Vec<ValType>> = Vec::new();
    // Import function index -> where its type index is written.
    let mut fault_imports: BTreeMap<u32, usize> = BTreeMap::new();
    let mut imported_functions = 0u32;
    let mut function_types: Vec<u32> = Vec::new();
    // Body start -> offsets of the calls to a fault import.
    let mut calls: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    let mut defined = 0u32;
    for payload in Parser::new(0).parse_all(bytes) {
        match payload.map_err(|e| e.to_string())? {
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    params.push(ty.map_err(|e| e.to_string())?.params().to_vec());
                    type_count += 1;
                }
            }
            Payload::ImportSection(reader) => {
                for entry in reader.into_iter_with_offsets() {
                    let (at, import) = entry.map_err(|e| e.to_string())?;
                    if let TypeRef::Func(_) = import.ty {
                        if import.module == "env" && FAULTS.contains(&import.name) {
                            fault_imports.insert(imported_functions, type_index_at(bytes, at)?);
                        }
                        imported_functions += 1;
                    }
                }
            }
            Payload::FunctionSection(reader) => {
                for ty in reader {
                    function_types.push(ty.map_err(|e| e.to_string())?);
                }
            }
            Payload::CodeSectionEntry(body) => {
                let index = defined;
                defined += 1;
                if fault_imports.is_empty() {
                    continue;
                }
                let mut found = Vec::new();
                let mut ops = body.get_operators_reader().map_err(|e| e.to_string())?;
                while !ops.eof() {
                    let (op, at) = ops.read_with_offset().map_err(|e| e.to_string())?;
                    if let Operator::Call { function_index } = op {
                        if fault_imports.contains_key(&function_index) {
                            found.push(at);
                        }
                    }
                }
                if found.is_empty() {
                    continue;
                }
                let ty = function_types.get(index as usize).copied();
                let takes_pointer = ty
                    .and_then(|t| params.get(t as usize))
                    .is_some_and(|p| p.len() >= 2 && p[0] == ValType::I32 && p[1] == ValType::I32);
                if !takes_pointer {
                    return Err(format!(
                        "function {} calls env.segfault but does not take (pointer, offset) as SafeHeap's checks do",
                        imported_functions + index
                    ));
                }
                calls.insert(body.range().start, found);
            }
            _ => {}
        }
    }
    if fault_imports.is_empty() {
        return Ok(bytes.to_vec());
    }

    let mut out = bytes[..8].to_vec();
    for section in sections(bytes)? {
        let content = &bytes[section.content.clone()];
        let base = section.content.start;
        let new_content = match section.id {
            SECTION_TYPE => {
                // One more type, (i32, i32) -> (), at the end: no index moves.
                let mut pos = 0;
                read_uleb(content, &mut pos)?;
                let mut c = Vec::new();
                write_uleb(&mut c, type_count as u64 + 1);
                c.extend_from_slice(&content[pos..]);
                c.extend_from_slice(&[0x60, 2, 0x7f, 0x7f, 0]);
                c
            }
            SECTION_IMPORT => {
                let mut c = Vec::new();
                let mut from = base;
                for &at in fault_imports.values() {
                    c.extend_from_slice(&bytes[from..at]);
                    let mut end = at;
                    read_uleb(bytes, &mut end)?;
                    write_uleb(&mut c, type_count as u64);
                    from = end;
                }
                c.extend_from_slice(&bytes[from..section.content.end]);
                c
            }
            SECTION_CODE => {
                let mut pos = 0;
                let count = read_uleb(content, &mut pos)?;
                let mut c = content[..pos].to_vec();
                for _ in 0..count {
                    let prefix = pos;
                    let size = read_uleb(content, &mut pos)?;
                    let body = base + pos..base + pos + size;
                    pos += size;
                    let Some(at) = calls.get(&body.start) else {
                        c.extend_from_slice(&content[prefix..pos]);
                        continue;
                    };
                    let mut new_body = Vec::new();
                    let mut from = body.start;
                    for &call in at {
                        new_body.extend_from_slice(&bytes[from..call]);
                        // local.get 0 (the pointer), local.get 1 (the offset).
                        new_body.extend_from_slice(&[0x20, 0, 0x20, 1]);
                        from = call;
                    }
                    new_body.extend_from_slice(&bytes[from..body.end]);
                    write_uleb(&mut c, new_body.len() as u64);
                    c.extend_from_slice(&new_body);
                }
                c
            }
            _ => {
                out.extend_from_slice(&bytes[section.start..section.content.end]);
                continue;
            }
        };
        out.extend_from_slice(&section_bytes(section.id, &new_content));
    }
    Ok(out)
}

/// Where the type index of the function import whose entry starts at `at` is.
fn type_index_at(bytes: &[u8], at: usize) -> Result<usize, String> {
    let mut pos = at;
    for _ in 0..2 {
        let len = read_uleb(bytes, &mut pos)?;
        pos += len;
    }
    // The kind byte (0: a function).
    Ok(pos + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fault_calls_get_the_pointer_and_offset() {
        let module = wat::parse_str(
            r#"(module
              (import "env" "f" (func $f))
              (import "env" "segfault" (func $segfault))
              (import "env" "alignfault" (func $alignfault))
              (memory 1)
              (func $user (call $f))
              (func $SAFE_HEAP_LOAD_i32_4_4 (param i32 i32) (result i32)
                (if (i32.eqz (i32.add (local.get 0) (local.get 1))) (then (call $segfault)))
                (if (i32.and (local.get 0) (i32.const 3)) (then (call $alignfault)))
                (i32.load (i32.add (local.get 0) (local.get 1)))))"#,
        )
        .unwrap();
        let out = pass_fault_addresses(&module).unwrap();
        // Valid only if each call now passes two i32s to a function that takes them.
        wasmparser::Validator::new().validate_all(&out).unwrap();
        let mut before_calls = Vec::new();
        for payload in Parser::new(0).parse_all(&out) {
            if let Ok(Payload::CodeSectionEntry(body)) = payload {
                let ops: Vec<_> = body
                    .get_operators_reader()
                    .unwrap()
                    .into_iter()
                    .map(|o| format!("{:?}", o.unwrap()))
                    .collect();
                for (i, op) in ops.iter().enumerate() {
                    if op.starts_with("Call { function_index: 1")
                        || op.starts_with("Call { function_index: 2")
                    {
                        before_calls.push(ops[i - 2..i].join(" "));
                    }
                }
            }
        }
        assert_eq!(
            before_calls,
            vec!["LocalGet { local_index: 0 } LocalGet { local_index: 1 }"; 2]
        );
        // The program's own function is byte for byte the same.
        let user = |m: &[u8]| {
            let code = sections(m)
                .unwrap()
                .into_iter()
                .find(|s| s.id == 10)
                .unwrap();
            m[code.content.start..code.content.start + 6].to_vec()
        };
        assert_eq!(user(&module), user(&out));
        // A module without SafeHeap's imports is left alone.
        let plain = wat::parse_str("(module (func))").unwrap();
        assert_eq!(pass_fault_addresses(&plain).unwrap(), plain);
    }
}
