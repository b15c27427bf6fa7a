//! Which functions V8 compiles with its optimising tier before the program
//! starts (`-sNODE_OPTIMIZE_AT_LOAD`, on by default).
//!
//! V8 first runs a wasm function in its baseline tier and optimises it in the
//! background once it has run for a while; the optimised code is used from
//! the function's next call on, as V8 has no on-stack replacement for wasm. A
//! function that is entered once and then loops for long therefore never
//! leaves the baseline tier. Two kinds of function are like that, and only
//! they are named for optimisation at load, so a program starts as fast as
//! with the baseline tier alone:
//! - a function with a loop of the program's own code that runs at most
//!   once per run: `main` and what it calls once, outside any loop (a
//!   benchmark, a tool's work, a VM's run function). The loops are looked for
//!   in the module as linked, before wasm-opt inlines the C library's loops
//!   (`puts`' `strlen`, short and over a literal) into `main`, and each is
//!   followed to the function that holds it after (`program_loops`);
//! - an interpreter's dispatch loop: a loop with many branches back to its
//!   start (each case jumps back), entered again and again but each time for
//!   long.
//!
//! Every other function is left to V8's own tiering, which optimises the
//! functions that are called often. A program built with `-sASYNCIFY`
//! sleeps and must wake on time; V8 re-optimising a function in the
//! meantime made a 100 ms sleep last 120 to 230 ms, so there every function
//! is named, as all were before this choice. The choice travels in the module as a
//! `compilationHints` custom section (V8's experimental compilation hints,
//! read when the glue has set `--experimental-wasm-compilation-hints`): one
//! byte per defined function, in the layout V8 reads: bits 0-1 the strategy
//! (2: eager), bits 2-3 the first tier and bits 4-5 the top tier (2: the
//! optimising compiler); 0 keeps V8's default. Engines that do not read it
//! ignore a custom section.

use crate::callgraph::CallGraph;
use crate::error::Result;
use crate::wasmbytes::{section_bytes, sections, write_uleb};
use std::collections::HashMap;

/// Branches back to one loop's start that mark a dispatch loop. Ordinary
/// loops have one or a few; Lua's interpreter loop has 77, printf's state
/// machine 18.
const DISPATCH_BACK_EDGES: u32 = 32;

/// Compile eagerly, with the optimising compiler, at both tiers.
const EAGER_OPTIMISED: u8 = 2 | (2 << 2) | (2 << 4);

/// The custom section's name, as V8 reads it.
const SECTION: &str = "compilationHints";

/// The exports the runtime calls once per run.
const ENTRY_POINTS: &[&str] = &["_start", "__main_void", "__main_argc_argv", "_initialize"];

/// Whether a build names functions for their loops (`Choice::LongLoops`),
/// so that the link must say which functions are the program's own: output
/// that runs in Node, with `-sNODE_OPTIMIZE_AT_LOAD`, without `-sASYNCIFY`
/// (which names every function).
pub fn wants_program_loops(s: &crate::settings::Settings) -> bool {
    s.ENVIRONMENT.node && s.NODE_OPTIMIZE_AT_LOAD && !s.ASYNCIFY
}

/// The defined functions (index space) to optimise at load: those that
/// hold a loop `program_loops` found, and dispatch loops.
pub fn chosen(g: &CallGraph, program_loops: &[usize]) -> Vec<usize> {
    (g.imported..g.len())
        .filter(|&f| {
            g.body(f).is_some_and(|b| {
                b.has_loop && (program_loops.contains(&f) || b.back_edges >= DISPATCH_BACK_EDGES)
            })
        })
        .collect()
}

/// The functions of the optimised module (whose function names are
/// `after`) that hold a loop of the program's own code run at most once per
/// run. `before` is the module as linked, where `own` says, for each
/// defined function, whether it is the program's
/// (`Link::program_functions`). A function wasm-opt inlined into its only
/// caller is found in that caller, by name (a module linked without names
/// has none found).
pub fn program_loops(
    before: &CallGraph,
    own: &[bool],
    after: &HashMap<usize, String>,
) -> Vec<usize> {
    let (once, caller) = entered_once(before);
    let by_name: HashMap<&str, usize> = after.iter().map(|(&f, n)| (n.as_str(), f)).collect();
    let mut found = Vec::new();
    for (f, &runs_once) in once.iter().enumerate().skip(before.imported) {
        let looping = before.body(f).is_some_and(|b| b.has_loop);
        if !(looping && runs_once && own.get(f - before.imported).copied().unwrap_or(false)) {
            continue;
        }
        // Up the chain of only callers to a function the optimiser kept.
        let mut at = Some(f);
        while let Some(g) = at {
            if let Some(&kept) = before.names.get(&g).and_then(|n| by_name.get(n.as_str())) {
                found.push(kept);
                break;
            }
            at = caller[g];
        }
    }
    found.sort_unstable();
    found.dedup();
    found
}

/// For every function, whether it runs at most once per run: the runtime
/// calls it once, or its only call site is outside any loop in a function
/// that runs once. A function in the table, exported for JS, or on a cycle
/// is not. With it, the caller of each function's only call site (`None`:
/// the runtime, or more than one).
fn entered_once(g: &CallGraph) -> (Vec<bool>, Vec<Option<usize>>) {
    let n = g.len();
    // For each function: its call sites (2 stands for "more than one"), and
    // the caller of its only one (None: the runtime).
    let mut sites = vec![0u8; n];
    let mut caller: Vec<Option<usize>> = vec![None; n];
    let mut add = |f: usize, from: Option<usize>, many: bool| {
        if let Some(s) = sites.get_mut(f) {
            *s = if many { 2 } else { (*s + 1).min(2) };
            caller[f] = from;
        }
    };
    for (i, body) in g.bodies.iter().enumerate() {
        for call in &body.calls {
            add(call.callee, Some(g.imported + i), call.in_loop);
        }
    }
    for &f in &g.in_table {
        add(f, None, true);
    }
    for (f, name) in &g.exported {
        add(*f, None, !ENTRY_POINTS.contains(&name.as_str()));
    }
    let mut once = vec![false; n];
    if g.table_unknown {
        return (once, caller);
    }
    // Grows to a fixed point: a function joins once its caller has.
    let mut changed = true;
    while changed {
        changed = false;
        for f in g.imported..n {
            let joins = !once[f]
                && sites[f] == 1
                && caller[f].is_none_or(|c| once.get(c).copied().unwrap_or(false));
            if joins {
                once[f] = true;
                changed = true;
            }
        }
    }
    (once, caller)
}

/// Which functions to name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Choice<'a> {
    /// Those `chosen` picks, given what `program_loops` found.
    LongLoops(&'a [usize]),
    /// Every function: a program that sleeps (`-sASYNCIFY`) must wake on
    /// time, and V8 re-optimising a function meanwhile delayed a 100 ms
    /// sleep by 20 to 130 ms.
    All,
}

/// The module (`bytes`, whose graph is `g`) with a `compilationHints`
/// section naming the functions `choice` picks, or `None` when it picks none (the module is left as it
/// is, and the glue sets no V8 flag).
pub fn add_hints(bytes: &[u8], g: &CallGraph, choice: Choice) -> Result<Option<Vec<u8>>> {
    let picked: Vec<usize> = match choice {
        Choice::LongLoops(program_loops) => chosen(g, program_loops),
        Choice::All => (g.imported..g.len()).collect(),
    };
    if picked.is_empty() {
        return Ok(None);
    }
    let mut hints = vec![0u8; g.bodies.len()];
    for f in picked {
        hints[f - g.imported] = EAGER_OPTIMISED;
    }
    let mut content = Vec::new();
    write_uleb(&mut content, SECTION.len() as u64);
    content.extend_from_slice(SECTION.as_bytes());
    write_uleb(&mut content, hints.len() as u64);
    content.extend_from_slice(&hints);
    // V8 reads the section only between the function and code sections.
    let all = sections(bytes).map_err(|e| crate::err!("the linked module: {e}"))?;
    let Some(code) = all.iter().find(|s| s.id == 10) else {
        return Ok(None);
    };
    let mut out = Vec::with_capacity(bytes.len() + content.len() + 8);
    out.extend_from_slice(&bytes[..code.start]);
    out.extend_from_slice(&section_bytes(0, &content));
    out.extend_from_slice(&bytes[code.start..]);
    Ok(Some(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(bytes: &[u8]) -> CallGraph {
        CallGraph::read(bytes).expect("readable module")
    }

    /// What is chosen in a module that wasm-opt left as it was, all of
    /// whose code is the program's own.
    fn picked(wat: &str) -> Vec<usize> {
        let bytes = wat::parse_str(wat).expect("valid text");
        let g = graph(&bytes);
        let own = vec![true; g.bodies.len()];
        chosen(&g, &program_loops(&g, &own, &g.names))
    }

    #[test]
    fn a_loop_is_the_program_s_own_as_linked_and_found_where_it_was_inlined() {
        // As linked: main calls run once, and run loops; main calls puts,
        // the C library's, which loops over the string.
        let before = graph(
            &wat::parse_str(
                r#"(module
                  (func $main (export "__main_void") (result i32) (call $run) (call $puts) (i32.const 0))
                  (func $run (loop $l (br_if $l (i32.const 0))))
                  (func $puts (loop $l (br_if $l (i32.const 0)))))"#,
            )
            .unwrap(),
        );
        let own = [true, true, false];
        // After wasm-opt: both were inlined into main, which now loops.
        let after = graph(
            &wat::parse_str(
                r#"(module
                  (func $main (export "__main_void") (result i32)
                    (loop $l (br_if $l (i32.const 0))) (loop $k (br_if $k (i32.const 0))) (i32.const 0)))"#,
            )
            .unwrap(),
        );
        let found = program_loops(&before, &own, &after.names);
        assert_eq!(found, vec![0]);
        assert_eq!(chosen(&after, &found), vec![0]);
        // Only the library's loop was inlined: main is left to V8.
        let found = program_loops(&before, &[true, false, false], &after.names);
        assert_eq!(chosen(&after, &found), Vec::<usize>::new());
    }

    #[test]
    fn main_and_what_it_calls_once_are_optimised_when_they_loop() {
        // 0 main (loops), 1 work (called once, loops), 2 step (called in a
        // loop: V8's tiering optimises it), 3 tidy (called once, no loop).
        let p = picked(
            r#"(module
              (func $main (export "__main_void") (result i32)
                (call $work) (call $tidy)
                (loop $l (br_if $l (i32.const 0))) (i32.const 0))
              (func $work (loop $l (call $step) (br_if $l (i32.const 0))))
              (func $step (loop $l (br_if $l (i32.const 0))))
              (func $tidy))"#,
        );
        assert_eq!(p, vec![0, 1]);
    }

    #[test]
    fn functions_called_twice_exported_in_the_table_or_recursive_are_not() {
        let p = picked(
            r#"(module
              (type $v (func))
              (table 1 funcref)
              (elem (i32.const 0) $viatable)
              (func $main (export "__main_void") (result i32)
                (call $twice) (call $twice) (call $rec) (i32.const 0))
              (func $twice (loop $l (br_if $l (i32.const 0))))
              (func $forjs (export "step") (loop $l (br_if $l (i32.const 0))))
              (func $viatable (loop $l (br_if $l (i32.const 0))))
              (func $rec (call $rec2) (loop $l (br_if $l (i32.const 0))))
              (func $rec2 (call $rec)))"#,
        );
        assert_eq!(p, Vec::<usize>::new());
    }

    #[test]
    fn a_dispatch_loop_is_optimised_wherever_it_is_called_from() {
        // A loop whose br_table sends every case back to its start, called
        // from a loop: it is entered many times, each time for long.
        let cases = "$l ".repeat(40);
        let p = picked(&format!(
            r#"(module
              (func $main (export "__main_void") (result i32)
                (loop $k (call $vm) (call $small) (br_if $k (i32.const 0))) (i32.const 0))
              (func $vm (loop $l (br_table {cases} $l (i32.const 0))))
              (func $small (loop $l (br_table $l $l $l (i32.const 0)))))"#
        ));
        assert_eq!(p, vec![0, 1]);
    }

    #[test]
    fn the_section_lies_before_the_code_with_a_byte_per_defined_function() {
        let bytes = wat::parse_str(
            r#"(module
              (import "wasi_snapshot_preview1" "proc_exit" (func (param i32)))
              (func $main (export "__main_void") (result i32) (loop $l (br_if $l (i32.const 0))) (i32.const 0))
              (func $other))"#,
        )
        .unwrap();
        let g = graph(&bytes);
        let loops = program_loops(&g, &[true, true], &g.names);
        let out = add_hints(&bytes, &g, Choice::LongLoops(&loops))
            .unwrap()
            .expect("main loops");
        let found = sections(&out).unwrap();
        let ids: Vec<u8> = found.iter().map(|s| s.id).collect();
        let custom = ids.iter().position(|&i| i == 0).unwrap();
        assert_eq!(ids[custom + 1], 10, "{ids:?}");
        let body = &out[found[custom].content.clone()];
        let mut expected = vec![SECTION.len() as u8];
        expected.extend_from_slice(SECTION.as_bytes());
        expected.extend_from_slice(&[2, EAGER_OPTIMISED, 0]);
        assert_eq!(body, &expected[..]);
        wasmparser::validate(&out).expect("still valid");
        // Nothing loops: the module is left alone.
        let plain =
            wat::parse_str(r#"(module (func (export "__main_void") (result i32) (i32.const 0)))"#)
                .unwrap();
        assert!(add_hints(&plain, &graph(&plain), Choice::LongLoops(&[]))
            .unwrap()
            .is_none());
        // A program that sleeps: every function.
        let all = add_hints(&plain, &graph(&plain), Choice::All)
            .unwrap()
            .expect("one function");
        let found = sections(&all).unwrap();
        let custom = found.iter().find(|s| s.id == 0).unwrap();
        assert_eq!(all[custom.content.clone()].last(), Some(&EAGER_OPTIMISED));
    }
}
