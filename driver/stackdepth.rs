//! How deep the engine's stack can get while the module runs, read from its
//! call graph.
//!
//! Wasm frames live on the engine's native stack, which Node limits to about
//! 1 MB on its main thread; a program that recurses deeply therefore runs on a
//! worker thread with a larger stack. A program whose call graph has no cycle
//! (hello world, most tools that do not recurse) has a bounded depth and needs
//! no worker, which saves its start-up cost and the hand-off code.

use crate::callgraph::CallGraph;

/// A generous cost of one frame: the engine's own frame data and spills.
const FRAME_BYTES: u64 = 128;
/// Bytes per parameter or local.
const SLOT_BYTES: u64 = 16;

/// The engine stack a program may use on Node's main thread (about 1 MB);
/// a program that can recurse, or go deeper than this, needs a worker.
const MAIN_THREAD_STACK_BYTES: u64 = 256 * 1024;

/// C library functions that call themselves once at most: the frame counts
/// twice and the call is no cycle. (`frexp` scales a subnormal argument and
/// calls itself again; printf's floating-point conversions use it.)
const BOUNDED_SELF_CALLS: &[&str] = &["frexp", "frexpf", "frexpl"];

/// Whether the module whose call graph is `g` needs more engine stack
/// than Node's main thread gives.
pub fn needs_large_stack(g: &CallGraph) -> bool {
    let deepest = max_stack_bytes(g);
    deepest.is_none_or(|b| b > MAIN_THREAD_STACK_BYTES)
}

/// The most bytes of engine stack the deepest chain of calls can take, or
/// `None` when the call graph has a cycle (the depth is unbounded).
///
/// Calls through the table may reach any function placed in it. A call to an
/// `env` import may call back into any export (EM_JS, a JS library, main
/// loops); WASI imports never call back.
pub fn max_stack_bytes(g: &CallGraph) -> Option<u64> {
    if g.table_unknown {
        return None;
    }
    let imported = g.imported;
    let in_table = &g.in_table;
    let count = g.len();
    // The edges of every function, imports included (an import's edges are
    // the callbacks it may make).
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); count];
    let bounded = |f: usize| {
        g.names
            .get(&f)
            .is_some_and(|n| BOUNDED_SELF_CALLS.contains(&n.as_str()))
    };
    for (i, body) in g.bodies.iter().enumerate() {
        let f = imported + i;
        let list = &mut edges[f];
        let calls = body.calls.iter().map(|c| c.callee);
        list.extend(calls.filter(|&c| !(c == f && bounded(f))));
        if body.indirect {
            list.extend(in_table);
        }
    }
    for (list, &reenters) in edges.iter_mut().zip(&g.reenters) {
        if reenters {
            *list = g.exported.iter().map(|(e, _)| *e).collect();
        }
    }
    let cost = |f: usize| {
        let locals = g.body(f).map_or(0, |b| b.locals);
        let params = g.params.get(f).copied().unwrap_or(0);
        let frames = if bounded(f) { 2 } else { 1 };
        frames * (FRAME_BYTES + SLOT_BYTES * (params + locals))
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
                    return None;
                }
                match state[callee] {
                    OPEN => return None,
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
    Some(deepest)
}

#[cfg(test)]
mod tests {
    use super::max_stack_bytes;
    use crate::callgraph::CallGraph;

    fn depth(wat: &str) -> Option<u64> {
        let bytes = wat::parse_str(wat).expect("valid text");
        max_stack_bytes(&CallGraph::read(&bytes).expect("readable module"))
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
    fn frexp_calling_itself_once_is_no_cycle() {
        // printf's floating-point conversions reach it.
        let d = depth(
            r#"(module
                (func $printf_core (call $frexpl))
                (func $frexpl (call $frexpl)))"#,
        );
        assert_eq!(d, Some(3 * 128));
        let d = depth(r#"(module (func $mine (call $mine)))"#);
        assert_eq!(d, None);
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
