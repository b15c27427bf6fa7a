//! How deep the engine's stack can get while the module runs, read from its
//! call graph.
//!
//! Wasm frames live on the engine's native stack, which Node limits to about
//! 1 MB on its main thread; a program that recurses deeply therefore runs on a
//! worker thread with a larger stack. A program whose call graph has no cycle
//! (hello world, most tools that do not recurse) has a bounded depth and needs
//! no worker, which saves its start-up cost and the hand-off code.

use crate::err;
use crate::error::Result;
use wasmparser::{ElementItems, Operator, Payload, TypeRef};

/// A generous cost of one frame: the engine's own frame data and spills.
const FRAME_BYTES: u64 = 128;
/// Bytes per parameter or local.
const SLOT_BYTES: u64 = 16;

/// The engine stack a program may use on Node's main thread (about 1 MB);
/// a program that can recurse, or go deeper than this, needs a worker.
const MAIN_THREAD_STACK_BYTES: u64 = 256 * 1024;

/// Whether the module at `wasm` needs more engine stack than Node's main
/// thread gives.
pub fn needs_large_stack(bytes: &[u8]) -> Result<bool> {
    let deepest = max_stack_bytes(bytes)?;
    Ok(deepest.is_none_or(|b| b > MAIN_THREAD_STACK_BYTES))
}

/// The most bytes of engine stack the deepest chain of calls can take, or
/// `None` when the call graph has a cycle (the depth is unbounded).
///
/// Calls through the table may reach any function placed in it. A call to an
/// `env` import may call back into any export (EM_JS, a JS library, main
/// loops); WASI imports never call back.
pub fn max_stack_bytes(bytes: &[u8]) -> Result<Option<u64>> {
    let bad = |e: wasmparser::BinaryReaderError| err!("the linked module is not valid: {e}");
    let mut param_counts: Vec<u64> = Vec::new();
    // For every function, imported ones first: its type and whether it can call back.
    let mut func_types: Vec<u32> = Vec::new();
    let mut reenters: Vec<bool> = Vec::new();
    let mut imported = 0usize;
    let mut exported: Vec<usize> = Vec::new();
    let mut in_table: Vec<usize> = Vec::new();
    let mut calls: Vec<Vec<usize>> = Vec::new();
    let mut indirect: Vec<bool> = Vec::new();
    let mut slots: Vec<u64> = Vec::new();

    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload.map_err(bad)? {
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    param_counts.push(ty.map_err(bad)?.params().len() as u64);
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader {
                    let import = import.map_err(bad)?;
                    if let TypeRef::Func(ty) = import.ty {
                        func_types.push(ty);
                        reenters.push(import.module != "wasi_snapshot_preview1");
                        imported += 1;
                    }
                }
            }
            Payload::FunctionSection(reader) => {
                for ty in reader {
                    func_types.push(ty.map_err(bad)?);
                    reenters.push(false);
                }
            }
            Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export.map_err(bad)?;
                    if export.kind == wasmparser::ExternalKind::Func {
                        exported.push(export.index as usize);
                    }
                }
            }
            Payload::ElementSection(reader) => {
                for element in reader {
                    match element.map_err(bad)?.items {
                        ElementItems::Functions(funcs) => {
                            for f in funcs {
                                in_table.push(f.map_err(bad)? as usize);
                            }
                        }
                        ElementItems::Expressions(..) => {
                            return Ok(None);
                        }
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let mut locals = 0u64;
                for local in body.get_locals_reader().map_err(bad)? {
                    locals += u64::from(local.map_err(bad)?.0);
                }
                let mut callees = Vec::new();
                let mut has_indirect = false;
                let mut ops = body.get_operators_reader().map_err(bad)?;
                while !ops.eof() {
                    match ops.read().map_err(bad)? {
                        Operator::Call { function_index }
                        | Operator::ReturnCall { function_index }
                        | Operator::RefFunc { function_index } => {
                            callees.push(function_index as usize)
                        }
                        Operator::CallIndirect { .. }
                        | Operator::ReturnCallIndirect { .. }
                        | Operator::CallRef { .. }
                        | Operator::ReturnCallRef { .. } => has_indirect = true,
                        _ => {}
                    }
                }
                calls.push(callees);
                indirect.push(has_indirect);
                slots.push(locals);
            }
            _ => {}
        }
    }

    let count = func_types.len();
    let params = |f: usize| {
        func_types
            .get(f)
            .and_then(|&t| param_counts.get(t as usize))
            .copied()
            .unwrap_or(0)
    };
    // The edges of every function, imports included (an import's edges are
    // the callbacks it may make).
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); count];
    for (i, callees) in calls.into_iter().enumerate() {
        let f = imported + i;
        let Some(list) = edges.get_mut(f) else {
            return Ok(None);
        };
        *list = callees;
        if indirect[i] {
            list.extend(&in_table);
        }
    }
    for f in 0..imported {
        if reenters[f] {
            edges[f] = exported.clone();
        }
    }
    let cost = |f: usize| {
        let locals = f.checked_sub(imported).and_then(|i| slots.get(i)).copied();
        FRAME_BYTES + SLOT_BYTES * (params(f) + locals.unwrap_or(0))
    };

    // Depth-first search with an explicit stack: a node met again while still
    // on the path is a cycle; otherwise each node's deepest chain is its cost
    // plus its deepest callee's.
    const NEW: u8 = 0;
    const OPEN: u8 = 1;
    const DONE: u8 = 2;
    let mut state = vec![NEW; count];
    let mut depth = vec![0u64; count];
    let mut deepest = 0;
    for root in 0..count {
        if state[root] != NEW {
            continue;
        }
        let mut path: Vec<(usize, usize)> = vec![(root, 0)];
        state[root] = OPEN;
        while let Some(&mut (f, ref mut next)) = path.last_mut() {
            if let Some(&callee) = edges[f].get(*next) {
                *next += 1;
                if callee >= count {
                    return Ok(None);
                }
                match state[callee] {
                    OPEN => return Ok(None),
                    NEW => {
                        state[callee] = OPEN;
                        path.push((callee, 0));
                    }
                    _ => {}
                }
            } else {
                let below = edges[f].iter().map(|&c| depth[c]).max().unwrap_or(0);
                depth[f] = cost(f) + below;
                deepest = deepest.max(depth[f]);
                state[f] = DONE;
                path.pop();
            }
        }
    }
    Ok(Some(deepest))
}

#[cfg(test)]
mod tests {
    use super::max_stack_bytes;

    fn depth(wat: &str) -> Option<u64> {
        max_stack_bytes(&wat::parse_str(wat).expect("valid text")).expect("readable module")
    }

    #[test]
    fn a_chain_of_calls_has_a_bounded_depth() {
        let d = depth(
            r#"(module
                (func $a (call $b))
                (func $b (local i32 i32) (call $c))
                (func $c))"#,
        );
        // a + b (two locals) + c.
        assert_eq!(d, Some(3 * 128 + 2 * 16));
    }

    #[test]
    fn recursion_is_unbounded() {
        let d = depth(r#"(module (func $f (call $g)) (func $g (call $f)))"#);
        assert_eq!(d, None);
    }

    #[test]
    fn a_call_through_the_table_may_reach_any_function_in_it() {
        let d = depth(
            r#"(module
                (type $t (func))
                (table 1 funcref)
                (elem (i32.const 0) $f)
                (func $f (call_indirect (type $t) (i32.const 0))))"#,
        );
        assert_eq!(d, None);
    }

    #[test]
    fn env_imports_may_call_back_but_wasi_imports_do_not() {
        let wasi = r#"(module
            (import "wasi_snapshot_preview1" "fd_sync" (func $sync (param i32) (result i32)))
            (func (export "main") (drop (call $sync (i32.const 1)))))"#;
        assert!(depth(wasi).is_some());
        let env = r#"(module
            (import "env" "run_script" (func $js (param i32)))
            (func (export "main") (call $js (i32.const 1))))"#;
        assert_eq!(depth(env), None);
    }
}
