//! `-sASYNCIFY_ADD`, `_REMOVE` and `_ONLY`: the user's corrections to
//! binaryen's guess of which functions may be on the stack when the program
//! sleeps, and `-sASYNCIFY_ADVISE`, which shows that guess.
//!
//! The names are those of the module's name section (C names; C++ names
//! demangled, as wasm-ld writes them), which the module still has when the
//! pass runs: it is trimmed afterwards. binaryen 108 matches `*` as a
//! wildcard, keeps `f(int, char)` whole in a comma-separated list, and warns
//! about names the module lacks. What it lacks is done here:
//!
//! - `@FILE` entries are read here, one name a line, so that a name may hold
//!   any character.
//! - ADD propagates to the callers (Emscripten's ASYNCIFY_PROPAGATE_ADD,
//!   which binaryen 108 does not have): the direct callers of an added
//!   function, and theirs, are added too.
//! - `main` stands for every name the program's main has in the module:
//!   clang names `int main(void)` `__original_main`, and the JS runtime
//!   enters it through `__main_void`, which must be instrumented with it.

use crate::err;
use crate::error::{IoContext, Result};
use crate::settings::Settings;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// The other names of `main` in the module (see the module comment).
const MAIN_ALIASES: &[&str] = &["__main_void", "__original_main", "__main_argc_argv"];

/// The list settings, with their names for messages.
fn lists(s: &Settings) -> [(&'static str, &Vec<String>); 3] {
    [
        ("ASYNCIFY_ADD", &s.ASYNCIFY_ADD),
        ("ASYNCIFY_REMOVE", &s.ASYNCIFY_REMOVE),
        ("ASYNCIFY_ONLY", &s.ASYNCIFY_ONLY),
    ]
}

/// Checked before anything is compiled. Without `-sASYNCIFY` the lists only
/// warn: nothing is instrumented then, so the program is still right, and
/// build systems often pass the same flags to every step; the warning points
/// at the likely forgotten `-sASYNCIFY`.
pub fn check(s: &Settings) -> Result<()> {
    if !s.ASYNCIFY {
        for (name, list) in lists(s) {
            if !list.is_empty() {
                eprintln!("wasmcc: warning: -s{name} has no effect without -sASYNCIFY");
            }
        }
        if s.ASYNCIFY_ADVISE {
            eprintln!("wasmcc: warning: -sASYNCIFY_ADVISE has no effect without -sASYNCIFY");
        }
        return Ok(());
    }
    let tuned = !(s.ASYNCIFY_ADD.is_empty() && s.ASYNCIFY_REMOVE.is_empty());
    if !s.ASYNCIFY_ONLY.is_empty() && tuned {
        return Err(err!(
            "-sASYNCIFY_ONLY cannot be combined with -sASYNCIFY_ADD or -sASYNCIFY_REMOVE: \
             it already names every function to instrument"
        ));
    }
    Ok(())
}

/// The `--pass-arg`s for wasm-opt's Asyncify pass on the linked module `wasm`.
pub fn pass_args(s: &Settings, wasm: &Path) -> Result<Vec<String>> {
    let mut args = Vec::new();
    if s.ASYNCIFY_ADVISE {
        args.push("--pass-arg=asyncify-verbose".into());
    }
    if lists(s).iter().all(|(_, list)| list.is_empty()) {
        return Ok(args);
    }
    let graph = CallGraph::read(wasm)?;
    let add = expand("ASYNCIFY_ADD", &s.ASYNCIFY_ADD, &graph)?;
    let remove = expand("ASYNCIFY_REMOVE", &s.ASYNCIFY_REMOVE, &graph)?;
    let only = expand("ASYNCIFY_ONLY", &s.ASYNCIFY_ONLY, &graph)?;
    let add = if !add.is_empty() && s.ASYNCIFY_PROPAGATE_ADD {
        with_callers(&add, &graph)
    } else {
        add
    };
    for (arg, list) in [
        ("asyncify-addlist", add),
        ("asyncify-removelist", remove),
        ("asyncify-onlylist", only),
    ] {
        if list.is_empty() {
            continue;
        }
        let joined = list.join(",");
        // A propagated list can outgrow what one argument may hold (128 KiB
        // on Linux): binaryen reads `@@FILE` as the same comma-separated text.
        if joined.len() > 16 << 10 {
            let file = wasm.with_extension(format!("{arg}.txt"));
            std::fs::write(&file, joined).at("write", &file)?;
            args.push(format!("--pass-arg={arg}@@{}", file.display()));
        } else {
            args.push(format!("--pass-arg={arg}@{joined}"));
        }
    }
    Ok(args)
}

/// The list with `@FILE` entries read and `main`'s other names in the
/// module added.
fn expand(setting: &str, list: &[String], graph: &CallGraph) -> Result<Vec<String>> {
    let mut out = BTreeSet::new();
    for entry in list {
        match entry.strip_prefix('@') {
            Some(file) => {
                let path = Path::new(file);
                let text = std::fs::read_to_string(path)
                    .at(&format!("read the -s{setting} list"), path)?;
                out.extend(
                    text.lines()
                        .map(str::trim)
                        .filter(|l| !l.is_empty())
                        .map(String::from),
                );
            }
            None => {
                out.insert(entry.clone());
            }
        }
    }
    if out.iter().any(|pattern| matches(pattern, "main")) {
        let present = |alias: &&&str| graph.names.values().any(|n| n == **alias);
        out.extend(MAIN_ALIASES.iter().filter(present).map(|s| s.to_string()));
    }
    for name in &out {
        // binaryen reads a leading @ as a file, and splits at commas
        // outside brackets: such a name cannot be passed through.
        if name.starts_with('@') || has_bare_comma(name) {
            return Err(err!(
                "-s{setting}: the function name '{name}' cannot be passed to binaryen \
                 (it starts with @ or has a comma outside brackets)"
            ));
        }
    }
    Ok(out.into_iter().collect())
}

fn has_bare_comma(name: &str) -> bool {
    let mut depth = 0i32;
    name.chars().any(|c| {
        match c {
            '(' | '<' | '[' | '{' => depth += 1,
            ')' | '>' | ']' | '}' => depth -= 1,
            _ => {}
        }
        c == ',' && depth <= 0
    })
}

/// binaryen's list matching: `*` matches any run of characters.
fn matches(pattern: &str, name: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = name.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        // No `*`: the whole name.
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

/// Who calls whom directly, by function name.
struct CallGraph {
    /// The name of each function, by index (imports included).
    names: HashMap<u32, String>,
    /// For each function index, the functions that call it.
    callers: HashMap<u32, BTreeSet<u32>>,
}

impl CallGraph {
    fn read(wasm: &Path) -> Result<CallGraph> {
        let bytes = std::fs::read(wasm).at("read", wasm)?;
        let bad =
            |e: wasmparser::BinaryReaderError| err!("{}: not a valid module: {e}", wasm.display());
        let mut graph = CallGraph {
            names: HashMap::new(),
            callers: HashMap::new(),
        };
        let mut next_function = 0u32;
        for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
            match payload.map_err(bad)? {
                wasmparser::Payload::ImportSection(reader) => {
                    for import in reader {
                        if matches!(import.map_err(bad)?.ty, wasmparser::TypeRef::Func(_)) {
                            next_function += 1;
                        }
                    }
                }
                wasmparser::Payload::CodeSectionEntry(body) => {
                    let caller = next_function;
                    next_function += 1;
                    let mut ops = body.get_operators_reader().map_err(bad)?;
                    while !ops.eof() {
                        match ops.read().map_err(bad)? {
                            wasmparser::Operator::Call { function_index }
                            | wasmparser::Operator::ReturnCall { function_index } => {
                                graph
                                    .callers
                                    .entry(function_index)
                                    .or_default()
                                    .insert(caller);
                            }
                            _ => {}
                        }
                    }
                }
                wasmparser::Payload::CustomSection(custom) if custom.name() == "name" => {
                    let names = wasmparser::NameSectionReader::new(wasmparser::BinaryReader::new(
                        custom.data(),
                        custom.data_offset(),
                    ));
                    // A name section that cannot be read names nothing.
                    for subsection in names.flatten() {
                        if let wasmparser::Name::Function(map) = subsection {
                            for naming in map.into_iter().flatten() {
                                graph.names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        Ok(graph)
    }
}

/// The patterns, and the names of every function that calls, directly and
/// at any depth, a function one of them matches.
fn with_callers(patterns: &[String], graph: &CallGraph) -> Vec<String> {
    let mut seen: BTreeSet<u32> = graph
        .names
        .iter()
        .filter(|(_, name)| patterns.iter().any(|p| matches(p, name)))
        .map(|(index, _)| *index)
        .collect();
    let mut work: Vec<u32> = seen.iter().copied().collect();
    while let Some(callee) = work.pop() {
        for &caller in graph.callers.get(&callee).into_iter().flatten() {
            if seen.insert(caller) {
                work.push(caller);
            }
        }
    }
    let mut out: BTreeSet<String> = patterns.iter().cloned().collect();
    out.extend(seen.iter().filter_map(|i| graph.names.get(i).cloned()));
    out.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards_match_as_binaryen_does() {
        assert!(matches("main", "main"));
        assert!(!matches("main", "main2"));
        assert!(matches("ma*", "main"));
        assert!(matches("*loop*", "game_loop_step"));
        assert!(matches("draw(*)", "draw(int, float)"));
        assert!(!matches("a*b", "ab_c"));
        assert!(matches("*", ""));
    }

    #[test]
    fn main_brings_its_other_names_and_commas_in_brackets_pass() {
        let graph = CallGraph {
            names: [(0, "__main_void".to_string()), (1, "main".to_string())].into(),
            callers: HashMap::new(),
        };
        let list = ["main".into(), "draw(int, float)".into()];
        let list = expand("ASYNCIFY_ONLY", &list, &graph).unwrap();
        assert_eq!(list, ["__main_void", "draw(int, float)", "main"]);
        assert!(expand("ASYNCIFY_ONLY", &["a,b".into()], &graph).is_err());
    }

    #[test]
    fn callers_are_added_through_every_level() {
        let names = [(0, "leaf"), (1, "mid"), (2, "top"), (3, "other")];
        let graph = CallGraph {
            names: names.iter().map(|(i, n)| (*i, n.to_string())).collect(),
            callers: [(0, [1].into()), (1, [2].into())].into_iter().collect(),
        };
        assert_eq!(
            with_callers(&["le*".into()], &graph),
            ["le*", "leaf", "mid", "top"]
        );
    }
}
