//! The stack pointer's copy for catch code, taken where a `try` starts
//! rather than on every call.
//!
//! clang gives every function with a landing pad a copy of
//! `__stack_pointer` made at its entry, which its catch code writes back (a
//! callee that throws leaves the pointer where its own frame put it). A
//! function with a stack frame reads the global at its entry anyway, but in
//! one without, the copy is the only read, made on every call for the throw
//! path's sake: a small function that may throw (`if (bad) throw
//! std::runtime_error(...)`, whose landing pad frees the exception object if
//! the constructor throws) pays it wherever a loop calls it, a third of what
//! exceptions cost in bench/exceptions/hot.cpp's loop (where.sh).
//!
//! In such a function, and only when each of these holds, the copy moves to
//! the start of every outermost `try`:
//! - the function starts with `global.get $sp; local.set $k`, and nothing
//!   else writes `$k`;
//! - `$k` is read only inside catch code, and the global is written only
//!   there, from a local (`local.get $c; global.set $sp`): the function has
//!   no frame, and its catch code puts back the copy its function took
//!   (`$k`, or the copy of a function wasm-opt inlined here, taken with the
//!   pointer at the same value);
//! - every `catch` and `catch_all` starts with such a write (after storing
//!   the caught value), so an exception caught earlier leaves the pointer as
//!   it was at entry;
//! - no outermost `try` is inside a loop (the copy must not run more often).
//!
//! The pointer then has its entry value wherever a copy is taken, and every
//! catch runs inside an outermost `try`, after its copy. The module's other
//! sections keep their bytes; the pass runs before any offsets into the code
//! are taken, and not at all with `-g` (DWARF holds code offsets).

use crate::wasmbytes::write_uleb;
use wasmparser::{Operator, Payload};

/// The module with the copies moved, and in how many functions, or `None`
/// when no function qualifies.
pub fn apply(bytes: &[u8]) -> Result<Option<(Vec<u8>, usize)>, String> {
    let bad = |e: wasmparser::BinaryReaderError| e.to_string();
    let sp = stack_pointer(bytes).map_err(bad)?;
    let mut has_tags = false;
    let mut code = None;
    let mut edits: Vec<(std::ops::Range<usize>, Vec<u8>)> = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload.map_err(bad)? {
            Payload::TagSection(_) => has_tags = true,
            Payload::ImportSection(reader) => {
                for import in reader {
                    has_tags |= matches!(import.map_err(bad)?.ty, wasmparser::TypeRef::Tag(_));
                }
            }
            Payload::CodeSectionStart { range, .. } => {
                // Without exception tags (a C program) there is no catch code.
                if !has_tags || sp.is_none() {
                    return Ok(None);
                }
                code = Some(range);
            }
            Payload::CodeSectionEntry(body) => {
                let Some(sp) = sp else { return Ok(None) };
                if let Some(new) = moved(bytes, &body, sp).map_err(bad)? {
                    edits.push((body.range(), new));
                }
            }
            _ => {}
        }
    }
    let Some(code) = code.filter(|_| !edits.is_empty()) else {
        return Ok(None);
    };
    Ok(Some((rewrite(bytes, code, &edits)?, edits.len())))
}

/// The index of the global `__stack_pointer`: exported under that name
/// (with -sASSERTIONS, or for JS that allocates on the stack), or so named
/// in the name section, which wasm-ld writes and wasm-opt keeps (the
/// section comes after the code, hence a pass of its own).
fn stack_pointer(bytes: &[u8]) -> Result<Option<u32>, wasmparser::BinaryReaderError> {
    const NAME: &str = "__stack_pointer";
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload? {
            Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export?;
                    if export.kind == wasmparser::ExternalKind::Global && export.name == NAME {
                        return Ok(Some(export.index));
                    }
                }
            }
            Payload::CustomSection(c) => {
                if let wasmparser::KnownCustom::Name(names) = c.as_known() {
                    for part in names {
                        if let wasmparser::Name::Global(map) = part? {
                            for naming in map {
                                let naming = naming?;
                                if naming.name == NAME {
                                    return Ok(Some(naming.index));
                                }
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(None)
}

/// A block open at some point of a body.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    Loop,
    /// A `try` in its body (`catch` false) or in one of its catch clauses.
    Try {
        catch: bool,
    },
    Other,
}

/// The body (locals and code) of `body` with its copy moved, or `None` when
/// the function does not qualify (the module docs list the conditions).
fn moved(
    bytes: &[u8],
    body: &wasmparser::FunctionBody,
    sp: u32,
) -> Result<Option<Vec<u8>>, wasmparser::BinaryReaderError> {
    let mut reader = body.get_operators_reader()?;
    let mut ops = Vec::new();
    while !reader.eof() {
        ops.push(reader.read_with_offset()?);
    }
    let k = match ops.get(..2) {
        Some(
            [(Operator::GlobalGet { global_index }, _), (Operator::LocalSet { local_index }, _)],
        ) if *global_index == sp => *local_index,
        _ => return Ok(None),
    };
    let copy = ops[0].1..ops[2].1;
    let mut open: Vec<Open> = Vec::new();
    let mut starts = Vec::new();
    // Catch code putting back the copy its function took (`$k`, or that of
    // a function wasm-opt inlined here, whose entry value is the same).
    let restores_at = |i: usize| {
        matches!(
            (ops.get(i), ops.get(i + 1)),
            (Some((Operator::LocalGet { .. }, _)), Some((Operator::GlobalSet { global_index }, _)))
                if *global_index == sp
        )
    };
    for i in 2..ops.len() {
        let in_catch = open.contains(&Open::Try { catch: true });
        match &ops[i].0 {
            Operator::LocalSet { local_index } | Operator::LocalTee { local_index }
                if *local_index == k =>
            {
                return Ok(None);
            }
            Operator::LocalGet { local_index } if *local_index == k && !in_catch => {
                return Ok(None);
            }
            Operator::GlobalSet { global_index }
                if *global_index == sp && !(in_catch && restores_at(i - 1)) =>
            {
                return Ok(None);
            }
            Operator::Try { .. } => {
                let outermost = !open.iter().any(|o| matches!(o, Open::Try { .. }));
                if outermost {
                    if open.contains(&Open::Loop) {
                        return Ok(None);
                    }
                    starts.push(ops.get(i + 1).map_or(body.range().end, |o| o.1));
                }
                open.push(Open::Try { catch: false });
            }
            Operator::Catch { .. } => {
                let stored = matches!(
                    ops.get(i + 1),
                    Some((Operator::LocalSet { .. } | Operator::Drop, _))
                );
                if !restores_at(i + 1 + usize::from(stored)) {
                    return Ok(None);
                }
                if let Some(top) = open.last_mut() {
                    *top = Open::Try { catch: true };
                }
            }
            Operator::CatchAll => {
                if !restores_at(i + 1) {
                    return Ok(None);
                }
                if let Some(top) = open.last_mut() {
                    *top = Open::Try { catch: true };
                }
            }
            Operator::Loop { .. } => open.push(Open::Loop),
            Operator::Block { .. } | Operator::If { .. } => open.push(Open::Other),
            // Blocks this pass does not know how to reason about.
            Operator::TryTable { .. } => return Ok(None),
            Operator::Delegate { .. } | Operator::End => {
                open.pop();
            }
            _ => {}
        }
    }
    if starts.is_empty() {
        return Ok(None);
    }
    // The body without the entry copy, with a copy at each try's start.
    let range = body.range();
    let saved = &bytes[copy.clone()];
    let mut out = Vec::with_capacity(range.len() + saved.len() * starts.len());
    out.extend_from_slice(&bytes[range.start..copy.start]);
    let mut at = copy.end;
    for start in starts {
        out.extend_from_slice(&bytes[at..start]);
        out.extend_from_slice(saved);
        at = start;
    }
    out.extend_from_slice(&bytes[at..range.end]);
    Ok(Some(out))
}

/// The module with the code section's bodies in `edits` (each the range of
/// a body, without its size, and its new bytes) replaced.
fn rewrite(
    bytes: &[u8],
    code: std::ops::Range<usize>,
    edits: &[(std::ops::Range<usize>, Vec<u8>)],
) -> Result<Vec<u8>, String> {
    // The section's content: the count, then each body behind its size.
    let mut content = Vec::with_capacity(code.len() + 64);
    let mut pos = code.start;
    let count = crate::wasmbytes::read_uleb(bytes, &mut pos)?;
    write_uleb(&mut content, count as u64);
    let mut edits = edits.iter().peekable();
    for _ in 0..count {
        let size = crate::wasmbytes::read_uleb(bytes, &mut pos)?;
        let body = pos..pos + size;
        match edits.peek() {
            Some((range, new)) if *range == body => {
                write_uleb(&mut content, new.len() as u64);
                content.extend_from_slice(new);
                edits.next();
            }
            _ => {
                write_uleb(&mut content, size as u64);
                content.extend_from_slice(bytes.get(body.clone()).ok_or("truncated code")?);
            }
        }
        pos = body.end;
    }
    if edits.next().is_some() || pos != code.end {
        return Err("the code section does not read as it did".into());
    }
    // The section's header: its id byte, then its size, before `code`.
    let mut header_start = code.start - 1;
    while bytes[header_start - 1] & 0x80 != 0 {
        header_start -= 1;
    }
    let id_at = header_start - 1;
    let mut out = Vec::with_capacity(bytes.len() + content.len() - code.len());
    out.extend_from_slice(&bytes[..id_at]);
    out.extend_from_slice(&crate::wasmbytes::section_bytes(10, &content));
    out.extend_from_slice(&bytes[code.end..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(funcs: &str) -> Vec<u8> {
        wat::parse_str(format!(
            r#"(module
              (tag $e (param i32))
              (global $sp (mut i32) (i32.const 1024))
              (export "__stack_pointer" (global $sp))
              (func $may_throw (param i32))
              {funcs})"#
        ))
        .unwrap()
    }

    fn validate(bytes: &[u8]) {
        let mut features = wasmparser::WasmFeatures::default();
        features.insert(wasmparser::WasmFeatures::LEGACY_EXCEPTIONS);
        wasmparser::Validator::new_with_features(features)
            .validate_all(bytes)
            .unwrap();
    }

    /// The operators of the last function's body, as text.
    fn last_body(bytes: &[u8]) -> Vec<String> {
        let mut last = None;
        for payload in wasmparser::Parser::new(0).parse_all(bytes) {
            if let Payload::CodeSectionEntry(body) = payload.unwrap() {
                let mut r = body.get_operators_reader().unwrap();
                let mut ops = Vec::new();
                while !r.eof() {
                    ops.push(format!("{:?}", r.read().unwrap()));
                }
                last = Some(ops);
            }
        }
        last.unwrap()
    }

    // Legacy exception handling in flat form (`try ... catch_all ... end`).
    const THROWER: &str = r#"
      (func $step (param $x i32) (param $bad i32) (result i32) (local $k i32)
        global.get $sp
        local.set $k
        local.get $bad
        if
          try
            i32.const 8
            call $may_throw
          catch_all
            local.get $k
            global.set $sp
            rethrow 0
          end
        end
        local.get $x
        i32.const 1
        i32.add)"#;

    #[test]
    fn a_frameless_thrower_copies_the_pointer_on_its_throw_path() {
        let m = module(THROWER);
        let (out, _) = apply(&m).unwrap().expect("moved");
        validate(&out);
        let ops = last_body(&out);
        // The copy is now the first thing inside the try, and only there.
        let at_try = ops.iter().position(|o| o.starts_with("Try")).unwrap();
        assert!(ops[at_try + 1].starts_with("GlobalGet"), "{ops:?}");
        assert!(ops[at_try + 2].starts_with("LocalSet"), "{ops:?}");
        assert_eq!(ops.iter().filter(|o| o.starts_with("GlobalGet")).count(), 1);
        // A module that does not export the pointer (no -sASSERTIONS) names
        // it in its name section; one that does neither is left alone.
        let named = |name: &str| {
            wat::parse_str(format!(
                r#"(module (tag $e (param i32)) (global ${name} (mut i32) (i32.const 1024))
                  (func $may_throw (param i32)) {})"#,
                THROWER.replace("$sp", &format!("${name}"))
            ))
            .unwrap()
        };
        let (out, _) = apply(&named("__stack_pointer")).unwrap().expect("moved");
        validate(&out);
        assert_eq!(last_body(&out), ops);
        assert!(apply(&named("other")).unwrap().is_none());
    }

    #[test]
    fn catch_code_that_reads_the_copy_keeps_working_when_nested() {
        let m = module(
            r#"(func (param $bad i32) (local $k i32) (local $v i32)
                global.get $sp
                local.set $k
                try
                  try
                    local.get $bad
                    call $may_throw
                  catch $e
                    local.set $v
                    local.get $k
                    global.set $sp
                  end
                catch_all
                  local.get $k
                  global.set $sp
                  rethrow 0
                end)"#,
        );
        let (out, _) = apply(&m).unwrap().expect("moved");
        validate(&out);
        let ops = last_body(&out);
        assert!(ops[0].starts_with("Try"), "{ops:?}");
        assert!(ops[1].starts_with("GlobalGet"), "{ops:?}");
        assert!(ops[3].starts_with("Try"), "{ops:?}");
    }

    #[test]
    fn functions_that_do_not_qualify_are_left_alone() {
        // The function's start, and a try whose catch code restores the pointer.
        let entry = "global.get $sp local.set $k";
        let guarded = "try i32.const 0 call $may_throw \
                       catch_all local.get $k global.set $sp rethrow 0 end";
        let cases = [
            // A frame: the global is written with something else.
            format!(
                "(func (local $k i32) {entry}
                   local.get $k i32.const 16 i32.sub global.set $sp {guarded})"
            ),
            // The try is in a loop: the copy would run on every iteration.
            format!("(func (local $k i32) {entry} loop $l {guarded} end)"),
            // The copy is read outside catch code.
            format!("(func (result i32) (local $k i32) {entry} {guarded} local.get $k)"),
            // A catch that does not restore the pointer first.
            format!(
                "(func (local $k i32) {entry}
                   try i32.const 0 call $may_throw
                   catch_all i32.const 1 call $may_throw local.get $k global.set $sp
                   end)"
            ),
        ];
        for case in &cases {
            assert!(apply(&module(case)).unwrap().is_none(), "{case}");
        }
        // A C program: no tags, nothing read.
        let c = wat::parse_str(
            r#"(module (global $sp (mut i32) (i32.const 0))
                 (export "__stack_pointer" (global $sp)) (func))"#,
        )
        .unwrap();
        assert!(apply(&c).unwrap().is_none());
    }
}
