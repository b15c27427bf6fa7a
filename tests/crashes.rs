//! A crash says where: traps and aborts print the call chain, innermost
//! first, with function names and, with -g, `file:line:column` (in Node and
//! in pages run by wasmrun); `-gsource-map` writes a map browsers read;
//! `wasmcc --symbolize` turns a trace's offsets into lines; checked builds
//! (`-sSAFE_HEAP`, `-sSTACK_OVERFLOW_CHECK`, `-fsanitize=undefined`) report
//! what native tools report.
//!
//! Expected lines come from markers in the sources (tests/crashes/*.c), and
//! columns from where clang documents a location: a binary operator's at
//! the operator, a call's at the callee's name.

mod common;

use common::{browser_or_skip, explain, node, repo_root, scratch, shell_status, wasmcc};
use std::fs;
use std::path::Path;
use std::process::Output;

fn source(name: &str) -> String {
    fs::read_to_string(repo_root().join("tests/crashes").join(name)).expect("read source")
}

/// `file:line:column` of the marker `/* MARK */` in a test source, with the
/// column of `token` on that line (1-based, as DWARF counts).
fn place(file: &str, mark: &str, token: &str) -> String {
    let text = source(file);
    let (n, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(&format!("/* {mark} */")))
        .unwrap_or_else(|| panic!("{file} has no marker {mark}"));
    let column = line
        .find(token)
        .unwrap_or_else(|| panic!("{file}:{}: no {token}", n + 1));
    format!("{file}:{}:{}", n + 1, column + 1)
}

/// Builds `file` from tests/crashes into `dir` with `args`; returns the output's path.
fn build(dir: &Path, file: &str, out: &str, args: &[&str]) -> std::path::PathBuf {
    fs::copy(repo_root().join("tests/crashes").join(file), dir.join(file)).expect("copy");
    let built = wasmcc([file, "-o", out])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run wasmcc");
    assert!(
        built.status.success(),
        "wasmcc {file} {args:?}: {}",
        explain(&built)
    );
    dir.join(out)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The frames of a report ("    at NAME ..." lines), in order.
fn frames(report: &str) -> Vec<&str> {
    report
        .lines()
        .map(str::trim)
        .filter(|l| l.starts_with("at "))
        .collect()
}

/// Asserts that `wanted` frames come in this order, each as a frame's start.
fn assert_chain(report: &str, wanted: &[String]) {
    let got = frames(report);
    let mut at = 0;
    for want in wanted {
        match got[at..].iter().position(|f| f.starts_with(want.as_str())) {
            Some(i) => at += i + 1,
            None => panic!("no frame '{want}' after frame {at} in:\n{report}"),
        }
    }
}

/// The chain of a division by zero three calls deep: the function that
/// divides (the token at its trap), the one that calls it (the token at
/// the call) and main.
fn chain_of(file: &str, divide: &str, compute: &str, trap: &str, call: &str) -> Vec<String> {
    [
        (divide, "TRAP", trap),
        (compute, "CALL divide", call),
        ("main", "CALL compute", "compute("),
    ]
    .iter()
    .map(|(name, mark, token)| format!("at {name} ({})", place(file, mark, token)))
    .collect()
}

fn divide_chain() -> Vec<String> {
    chain_of("divide.c", "divide", "compute", "/ b", "divide(")
}

/// Builds `file` with -g at -O0 and at -O2 and runs it: it traps with
/// status 1, its report's first line is `first`, and `chain` comes in order.
fn assert_trap_report(file: &str, first: &str, chain: &[String]) {
    for opt in ["-O0", "-O2"] {
        let d = scratch();
        let js = build(d.path(), file, "prog.js", &["-g", opt]);
        let out = node(&js, &[], b"", d.path());
        assert_eq!(shell_status(&out), 1, "{opt}: {}", explain(&out));
        let err = stderr(&out);
        assert!(err.starts_with(&format!("{first}\n")), "{opt}: {err}");
        assert_chain(&err, chain);
    }
}

#[test]
fn a_trap_prints_the_call_chain_with_lines_at_o0_and_o2() {
    assert_trap_report(
        "divide.c",
        "wasm trap: divide by zero in divide",
        &divide_chain(),
    );
}

/// C++ names hold spaces (`calc::divide(int, unsigned int)`): the trap's
/// line names the function, and every frame is in the chain.
#[test]
fn a_trap_in_cxx_names_functions_whose_names_hold_spaces() {
    assert_trap_report(
        "divide.cpp",
        "wasm trap: divide by zero in calc::divide(int, unsigned int)",
        &chain_of(
            "divide.cpp",
            "calc::divide(int, unsigned int)",
            "compute(int)",
            "/ (int)b",
            "calc::divide(",
        ),
    );
}

#[test]
fn without_g_frames_carry_names_and_offsets_only() {
    let d = scratch();
    let js = build(d.path(), "divide.c", "prog.js", &["-O0"]);
    let out = node(&js, &[], b"", d.path());
    let err = stderr(&out);
    assert_chain(
        &err,
        &[
            "at divide [prog.wasm+0x".into(),
            "at compute [prog.wasm+0x".into(),
            "at main [prog.wasm+0x".into(),
        ],
    );
    assert!(!err.contains("divide.c"), "{err}");
    let js_text = fs::read_to_string(&js).unwrap();
    assert!(
        !js_text.contains("wasmcc.lines"),
        "a build without -g carries no line-table reader"
    );
}

/// A trap in `int main(void)` names main, as the source does (clang calls
/// the function `__original_main`), in its first line and in the chain, with
/// and without -g and minified.
#[test]
fn a_trap_in_main_names_main() {
    let d = scratch();
    fs::write(
        d.path().join("m.c"),
        "#include <stdio.h>\nint main(void) { puts(\"before\"); fflush(stdout); __builtin_trap(); }\n",
    )
    .unwrap();
    for args in [&["-O0"][..], &["-O0", "-g"], &["-O2"]] {
        let built = wasmcc(["m.c", "-o", "m.js"])
            .args(args)
            .current_dir(d.path())
            .output()
            .unwrap();
        assert!(built.status.success(), "{}", explain(&built));
        let out = node(&d.path().join("m.js"), &[], b"", d.path());
        assert_eq!(shell_status(&out), 1, "{args:?}: {}", explain(&out));
        let err = stderr(&out);
        assert!(
            err.starts_with("wasm trap: unreachable in main\n    at main "),
            "{args:?}: {err}"
        );
        assert!(!err.contains("__original_main"), "{args:?}: {err}");
    }
}

#[test]
fn gline_tables_only_gives_lines_too() {
    let d = scratch();
    let js = build(
        d.path(),
        "divide.c",
        "prog.js",
        &["-gline-tables-only", "-O0"],
    );
    let out = node(&js, &[], b"", d.path());
    assert_chain(&stderr(&out), &divide_chain());
}

#[test]
fn a_failed_assert_prints_the_chain_through_abort() {
    let d = scratch();
    let js = build(d.path(), "assert.c", "prog.js", &["-g"]);
    let out = node(&js, &[], b"", d.path());
    assert_eq!(shell_status(&out), 134, "{}", explain(&out));
    let err = stderr(&out);
    assert!(err.contains("Assertion failed: v < 3"), "{err}");
    assert!(err.contains("Aborted()"), "{err}");
    assert_chain(
        &err,
        &[
            "at abort".into(),
            format!("at check ({})", place("assert.c", "ASSERT", "assert(")),
            format!("at main ({})", place("assert.c", "CALL check", "check(")),
        ],
    );
}

#[test]
fn a_page_relays_the_chain_with_lines() {
    if !browser_or_skip("a_page_relays_the_chain_with_lines") {
        return;
    }
    for opt in ["-O0", "-O2"] {
        let d = scratch();
        let page = build(d.path(), "divide.c", "prog.html", &["-g", opt]);
        let out = common::wasmrun(&page, &[], &[]);
        assert_eq!(shell_status(&out), 1, "{opt}: {}", explain(&out));
        let err = stderr(&out);
        assert!(
            err.contains("wasm trap: divide by zero in divide"),
            "{opt}: {err}"
        );
        assert_chain(&err, &divide_chain());
    }
}

#[test]
fn symbolize_turns_a_trace_offset_into_a_line() {
    let d = scratch();
    let js = build(d.path(), "divide.c", "prog.js", &["-g", "-O2"]);
    let out = node(&js, &[], b"", d.path());
    let err = stderr(&out);
    // The offset of the innermost frame, as a user's report would carry it.
    let frame = frames(&err)[0];
    let offset = frame
        .rsplit("+")
        .next()
        .and_then(|s| s.strip_suffix(']'))
        .unwrap_or_else(|| panic!("no offset in {frame}"));
    let sym = wasmcc(["--symbolize", "prog.wasm", offset])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert!(sym.status.success(), "{}", explain(&sym));
    let text = common::stdout(&sym);
    let want = place("divide.c", "TRAP", "/ b");
    assert!(text.starts_with(&format!("{offset}: divide at ")), "{text}");
    assert!(text.trim_end().ends_with(&want), "{text} (want {want})");

    // Without DWARF, the name section still names the function.
    let js = build(d.path(), "divide.c", "plain.js", &["-O0"]);
    let out = node(&js, &[], b"", d.path());
    let err = stderr(&out);
    let frame = frames(&err)[1];
    let offset = frame.rsplit('+').next().unwrap().trim_end_matches(']');
    let sym = wasmcc(["--symbolize", "plain.wasm", offset])
        .current_dir(d.path())
        .output()
        .unwrap();
    let text = common::stdout(&sym);
    assert!(text.starts_with(&format!("{offset}: compute ")), "{text}");

    let bad = wasmcc(["--symbolize", "plain.wasm", "zz"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert_eq!(shell_status(&bad), 1);
    assert!(
        stderr(&bad).contains("'zz' is not an offset"),
        "{}",
        stderr(&bad)
    );
}

/// The segments of a source map's one line: (column, source, line, column),
/// decoded from Base64 VLQ as the source map specification (version 3) says.
fn decode_mappings(mappings: &str) -> Vec<(i64, i64, i64, i64)> {
    const DIGITS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut state = [0i64; 4];
    let mut out = Vec::new();
    for segment in mappings.split(',') {
        let mut fields = Vec::new();
        let (mut value, mut shift) = (0i64, 0);
        for c in segment.chars() {
            let digit = DIGITS.find(c).expect("a base64 digit") as i64;
            value += (digit & 31) << shift;
            shift += 5;
            if digit & 32 == 0 {
                let v = if value & 1 == 1 {
                    -(value >> 1)
                } else {
                    value >> 1
                };
                fields.push(v);
                (value, shift) = (0, 0);
            }
        }
        for (i, f) in fields.iter().enumerate() {
            state[i] += f;
        }
        // A segment of one field maps its code to no source.
        if fields.len() >= 4 {
            out.push((state[0], state[1], state[2], state[3]));
        } else if fields.len() == 1 {
            out.push((state[0], -1, -1, -1));
        }
    }
    out
}

#[test]
fn gsource_map_writes_a_map_that_resolves_the_trap_to_its_line() {
    let d = scratch();
    let js = build(
        d.path(),
        "divide.c",
        "prog.js",
        &[
            "-gsource-map",
            "--source-map-base",
            "http://localhost:8000/maps/",
            "-O0",
        ],
    );
    let map: serde_json::Value =
        serde_json::from_slice(&fs::read(d.path().join("prog.wasm.map")).expect("prog.wasm.map"))
            .expect("the map is JSON");
    assert_eq!(map["version"], 3);
    let sources: Vec<&str> = map["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap())
        .collect();
    assert!(map["names"].is_array());
    let segments = decode_mappings(map["mappings"].as_str().unwrap());

    // The trap's offset, from the trace, maps to the division's line and column.
    let out = node(&js, &[], b"", d.path());
    let err = stderr(&out);
    let resolve = |offset: i64| {
        let i = segments.partition_point(|s| s.0 <= offset);
        let s = segments[i - 1];
        format!("{}:{}:{}", sources[s.1 as usize], s.2 + 1, s.3 + 1)
    };
    let offsets: Vec<i64> = frames(&err)
        .iter()
        .map(|f| {
            let hex = f.rsplit("+0x").next().unwrap().trim_end_matches(']');
            i64::from_str_radix(hex, 16).unwrap()
        })
        .collect();
    assert_eq!(resolve(offsets[0]), place("divide.c", "TRAP", "/ b"));
    assert_eq!(
        resolve(offsets[1]),
        place("divide.c", "CALL divide", "divide(")
    );

    // The module names the map's URL for browsers.
    let wasm = fs::read(d.path().join("prog.wasm")).unwrap();
    let url = b"http://localhost:8000/maps/prog.wasm.map";
    let found = wasmparser::Parser::new(0).parse_all(&wasm).any(|p| {
        matches!(p, Ok(wasmparser::Payload::CustomSection(c))
            if c.name() == "sourceMappingURL" && c.data()[1..] == url[..])
    });
    assert!(found, "no sourceMappingURL section naming {url:?}");
}

#[test]
fn safe_heap_stops_a_null_write_and_names_the_function() {
    for opt in ["-O0", "-O2"] {
        let d = scratch();
        // Unchecked, the write to address 0 goes unnoticed (wasm's address 0 is memory).
        let plain = build(d.path(), "null_write.c", "plain.js", &[opt]);
        let out = node(&plain, &[], b"", d.path());
        assert!(
            common::stdout(&out).contains("went unnoticed"),
            "{}",
            explain(&out)
        );

        let js = build(
            d.path(),
            "null_write.c",
            "prog.js",
            &["-sSAFE_HEAP=1", "-g", opt],
        );
        let out = node(&js, &[], b"", d.path());
        assert_eq!(shell_status(&out), 139, "{opt}: {}", explain(&out));
        assert!(
            common::stdout(&out).contains("stored 1"),
            "{}",
            explain(&out)
        );
        assert!(
            !common::stdout(&out).contains("unnoticed"),
            "{}",
            explain(&out)
        );
        let err = stderr(&out);
        assert!(
            err.starts_with("segmentation fault: store of 4 bytes to address 0x0 in store\n"),
            "{opt}: {err}"
        );
        assert_chain(
            &err,
            &[format!(
                "at store ({})",
                place("null_write.c", "STORE", "= v")
            )],
        );
    }
}

#[test]
fn ubsan_reports_a_signed_overflow_with_its_line_and_goes_on() {
    let d = scratch();
    let js = build(d.path(), "overflow.c", "prog.js", &["-fsanitize=undefined"]);
    let out = node(&js, &[], b"", d.path());
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    assert!(common::stdout(&out).contains("done"), "{}", explain(&out));
    let err = stderr(&out);
    // clang's runtime words these so, natively.
    let overflow = format!(
        "{}: runtime error: signed integer overflow: 2147483647 + 1 cannot be represented in type 'int'",
        place("overflow.c", "OVERFLOW", "+ b")
    );
    let shift = format!(
        "{}: runtime error: shift exponent 41 is too large for 32-bit type 'int'",
        place("overflow.c", "SHIFT", "<<")
    );
    assert!(err.contains(&overflow), "{err}\nwant {overflow}");
    assert!(err.contains(&shift), "{err}\nwant {shift}");
}

#[test]
fn ubsan_without_recovery_aborts_with_the_chain() {
    let d = scratch();
    let js = build(
        d.path(),
        "overflow.c",
        "prog.js",
        &[
            "-fsanitize=undefined",
            "-fno-sanitize-recover=undefined",
            "-g",
        ],
    );
    let out = node(&js, &[], b"", d.path());
    assert_eq!(shell_status(&out), 134, "{}", explain(&out));
    assert!(!common::stdout(&out).contains("done"), "{}", explain(&out));
    let err = stderr(&out);
    assert!(
        err.contains("runtime error: signed integer overflow"),
        "{err}"
    );
    assert_chain(
        &err,
        &[
            format!("at add ({})", place("overflow.c", "OVERFLOW", "+ b")),
            format!("at main ({})", place("overflow.c", "CALL add", "add(")),
        ],
    );
    assert!(!err.contains("SHIFT"), "{err}");
}

#[test]
fn safe_heap_names_the_address_of_a_null_or_out_of_bounds_read() {
    for opt in ["-O0", "-O2"] {
        let d = scratch();
        // Unchecked, a read of address 0 is a read of ordinary memory.
        let plain = build(d.path(), "bad_read.c", "plain.js", &[opt]);
        let out = node(&plain, &["0"], b"", d.path());
        assert_eq!(shell_status(&out), 0, "{opt}: {}", explain(&out));

        let js = build(
            d.path(),
            "bad_read.c",
            "prog.js",
            &["-sSAFE_HEAP=1", "-g", opt],
        );
        // Memory is far smaller than 2 GiB, so 0x7ffffff0 is past its end.
        for (arg, address) in [("0", "0x0"), ("0x7ffffff0", "0x7ffffff0")] {
            let out = node(&js, &[arg], b"", d.path());
            assert_eq!(shell_status(&out), 139, "{opt} {arg}: {}", explain(&out));
            assert!(!common::stdout(&out).contains("read"), "{}", explain(&out));
            let err = stderr(&out);
            assert!(
                err.starts_with(&format!(
                    "segmentation fault: load of 4 bytes from address {address} in load\n"
                )),
                "{opt} {arg}: {err}"
            );
            assert_chain(
                &err,
                &[
                    format!("at load ({})", place("bad_read.c", "LOAD", "*p")),
                    format!("at main ({})", place("bad_read.c", "CALL load", "load(")),
                ],
            );
        }
    }
}

/// Builds tests/crashes/`file` with `-g -sSTACK_SIZE=64KB` and `args`, runs it.
fn run_stack_program(dir: &Path, file: &str, args: &[&str]) -> (Output, String) {
    let mut all = vec!["-g", "-sSTACK_SIZE=64KB"];
    all.extend(args);
    let js = build(dir, file, "prog.js", &all);
    let js_text = fs::read_to_string(&js).unwrap();
    (node(&js, &[], b"", dir), js_text)
}

#[test]
fn stack_overflow_check_names_the_overflow_and_the_function() {
    let want = "stack overflow in deep: the stack pointer";
    // V8 keeps the innermost ten frames of a stack: main is not among them.
    let chain = [
        "at deep".to_string(),
        format!("at deep ({})", place("deep.c", "RECURSE", "deep(")),
    ];
    // 1: the frame that passes the stack's end traps as it writes below
    // address 0; the stack pointer, left outside the stack, says why.
    // 2: binaryen's check stops the frame before it writes anything.
    for (level, verb) in [("1", "moved"), ("2", "would move")] {
        let d = scratch();
        let (out, _) = run_stack_program(
            d.path(),
            "deep.c",
            &[&format!("-sSTACK_OVERFLOW_CHECK={level}")],
        );
        assert_eq!(shell_status(&out), 139, "level {level}: {}", explain(&out));
        let err = stderr(&out);
        assert!(
            err.starts_with(&format!("{want} {verb} to 0x")),
            "level {level}: {err}"
        );
        assert!(
            err.lines()
                .next()
                .unwrap()
                .ends_with("past the stack's end; the stack is 65536 bytes (-sSTACK_SIZE)"),
            "level {level}: {err}"
        );
        assert!(!err.contains("unreachable"), "{err}");
        assert_chain(&err, &chain);
    }

    // Without the setting: the trap, which -sASSERTIONS (the default) names
    // an overflow from the stack pointer, and no checks in the JS.
    let d = scratch();
    let (out, js) = run_stack_program(d.path(), "deep.c", &[]);
    assert_eq!(shell_status(&out), 1, "{}", explain(&out));
    let err = stderr(&out);
    assert!(
        err.starts_with(
            "wasm trap: memory access out of bounds in deep (stack overflow: \
             the program needs more C stack than -sSTACK_SIZE gives it)\n"
        ),
        "{err}"
    );
    assert_chain(&err, &chain);
    assert!(
        !js.contains("const stackChecks"),
        "no stack checks in the JS"
    );

    let bad = wasmcc(["deep.c", "-sSTACK_OVERFLOW_CHECK=3"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert!(
        stderr(&bad).contains("expected 0, 1 or 2"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn stack_overflow_check_1_finds_the_overwritten_cookie_when_main_returns() {
    let d = scratch();
    // Unchecked, nothing notices.
    let (out, _) = run_stack_program(d.path(), "cookie.c", &[]);
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));

    let (out, _) = run_stack_program(d.path(), "cookie.c", &["-sSTACK_OVERFLOW_CHECK=1"]);
    let js = d.path().join("prog.js");
    for out in [out, node(&js, &["exit"], b"", d.path())] {
        assert_eq!(shell_status(&out), 139, "{}", explain(&out));
        assert!(common::stdout(&out).contains("filled"), "{}", explain(&out));
        assert!(
            stderr(&out).starts_with("stack overflow: the cookie at the stack's end (0x10) was overwritten; the stack is 65536 bytes"),
            "{}",
            explain(&out)
        );
    }
    // A main loop's frame is checked when it returns to the event loop.
    let out = node(&js, &["loop"], b"", d.path());
    assert_eq!(shell_status(&out), 139, "{}", explain(&out));
    assert_eq!(common::stdout(&out), "frame 1\n", "{}", explain(&out));
    assert!(
        stderr(&out).starts_with("stack overflow: the cookie at the stack's end"),
        "{}",
        explain(&out)
    );

    // At 2 the frame is stopped before it reaches the cookie.
    let (out, _) = run_stack_program(d.path(), "cookie.c", &["-sSTACK_OVERFLOW_CHECK=2"]);
    assert_eq!(shell_status(&out), 139, "{}", explain(&out));
    assert!(
        !common::stdout(&out).contains("filled"),
        "{}",
        explain(&out)
    );
    assert!(
        stderr(&out).starts_with("stack overflow in fill: the stack pointer would move to 0x10,"),
        "{}",
        explain(&out)
    );
}

#[test]
fn profiling_funcs_keeps_every_name() {
    let d = scratch();
    let names = |file: &str| -> usize {
        let wasm = fs::read(d.path().join(file)).unwrap();
        let mut count = 0;
        for p in wasmparser::Parser::new(0).parse_all(&wasm) {
            if let Ok(wasmparser::Payload::CustomSection(c)) = p {
                if let wasmparser::KnownCustom::Name(reader) = c.as_known() {
                    count += reader.into_iter().count();
                }
            }
        }
        count
    };
    build(d.path(), "divide.c", "plain.js", &["-O2"]);
    build(d.path(), "divide.c", "prof.js", &["-O2", "--profiling"]);
    // Trimmed: the module's and the functions' names; kept: locals, globals, data too.
    assert!(names("prof.wasm") > names("plain.wasm"));
    let js = fs::read_to_string(d.path().join("prof.js")).unwrap();
    let plain = fs::read_to_string(d.path().join("plain.js")).unwrap();
    assert!(
        js.lines()
            .filter(|l| l.trim_start().starts_with("//"))
            .count()
            > plain
                .lines()
                .filter(|l| l.trim_start().starts_with("//"))
                .count()
    );
}
