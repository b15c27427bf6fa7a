//! Emscripten's C interfaces beyond main loops and html5.h events: every
//! header compiles in C and C++ (with the older macro spellings); the
//! timers of eventloop.h fire in order and keep the program alive; the
//! smaller calls give their documented answers in Node and, for the page
//! facts, in headless Chromium; `-lGL -lEGL -lGLESv2` link as with emcc, and
//! a library wasmcc has no port of yet is named in one line.

mod common;

use common::{browser_or_skip, build, explain, node, repo_root, scratch, stdout, wasmcc, wasmrun};
use std::path::Path;
use std::process::Output;

/// Builds tests/emscripten/FILE for Node and runs it.
fn run(file: &str) -> Output {
    let dir = scratch();
    let src = repo_root().join("tests/emscripten").join(file);
    let js = dir.path().join("prog.js");
    build(&[src.to_str().unwrap(), "-o", js.to_str().unwrap()]);
    node(&js, &[], b"", dir.path())
}

#[test]
fn every_header_compiles_in_c_and_cxx_with_em_js_without_semicolon() {
    // EM_JS with and without ';', EM_JS_DEPS, EGL 1.5's types, the align
    // typedefs, and a trace call whose argument names nothing (not evaluated).
    for file in ["all_headers.c", "all_headers.cpp"] {
        let out = run(file);
        assert_eq!(out.status.code(), Some(0), "{file}: {}", explain(&out));
        assert_eq!(stdout(&out), "42 9 1 1 7\n", "{file}: {}", explain(&out));
    }
}

#[test]
fn timers_fire_in_order_and_keep_the_program_alive() {
    let out = run("eventloop.c");
    assert_eq!(out.status.code(), Some(3), "{}", explain(&out));
    let expected = [
        "before: keepalive 0",
        "main returns: keepalive 1",
        // The timeout loop's first call is at once, from the event loop.
        "loop 1",
        "timeout 100",
        // Set by the 100 ms timeout: runs before the next timer.
        "immediate",
        "interval 1",
        "timeout 400",
        "interval 2",
        "async call 600",
        "timeout 800",
        "loop 2",
        "loop 3",
        "immediate loop ran 5 times",
        // The last keepalive popped: main's status, after atexit.
        "atexit: keepalive 0",
    ];
    assert_eq!(
        stdout(&out),
        expected.join("\n") + "\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn small_calls_give_their_documented_answers_in_node() {
    let out = run("runtime.c");
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let text = stdout(&out);
    let expected_lines = [
        // EM_ASM_ARGS and EM_ASM_ return ints; the _V forms take no arguments.
        "em_asm 5 40 11 2.5",
        // dynCall('ii', f, [5]) + dynCall_ii(f, 1) with f(x) = x + 7.
        "dynCall 20",
        // JS's String(x): "0.1" (3 bytes), "1e+21" (5 bytes).
        "print_double 0.1 3 5",
        "print_double -1.5",
        "random in range 1",
        // Without a page, the title set is the title read.
        "title wasmcc été",
        "screen 0 0",
        "dpr 1",
        // Node has no battery API: EMSCRIPTEN_RESULT_NOT_SUPPORTED.
        "battery -1",
        "asyncify 0",
        "setting 0 0",
        "heap 1 1",
        "resize 1 1",
        "resize past max 0",
        "stack 1 1 1",
        "threads 1 1 0 1",
        // Emscripten's DOM_PK values: KeyA 0x1E, ArrowUp 0xE048, the alias
        // VolumeMute of AudioVolumeMute 0xE020, an unknown string 0.
        "pk 0x1e 0xe048 0xe020 0 Enter",
        // KeyboardEvent.keyCode of Enter is 13.
        "vk DOM_VK_A DOM_VK_F12 13",
        // Math.round rounds halves up; Math.pow(1, Infinity) is NaN.
        "math 3 -2 -1 5 3 nan",
        "emmalloc 1 1",
        "before log",
        "log plain text",
        "out 42",
    ];
    let printed: Vec<&str> = text.lines().filter(|l| !l.starts_with("console")).collect();
    assert_eq!(printed, expected_lines, "{}", explain(&out));
    // console.log goes to stdout in Node, console.error and the warnings to stderr.
    assert!(text.contains("console log\n"), "{}", explain(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The console's stream and C's stderr are separate writers: only the
    // C side's lines have an order to keep.
    let errors: Vec<&str> = stderr
        .lines()
        .filter(|l| !l.starts_with("console"))
        .collect();
    assert_eq!(errors, ["log warning 1", "err 43"], "{}", explain(&out));
    assert!(stderr.contains("console error\n"), "{}", explain(&out));
}

#[test]
fn page_facts_in_a_browser() {
    if !browser_or_skip("page_facts_in_a_browser") {
        return;
    }
    let dir = scratch();
    let html = dir.path().join("page.html");
    let src = repo_root().join("tests/emscripten/page.c");
    build(&[src.to_str().unwrap(), "-o", html.to_str().unwrap()]);
    let out = wasmrun(&html, &[], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let expected = [
        "title wasmcc page title",
        // document.title is what the program set.
        "document.title wasmcc page title",
        "set css 0",
        // getBoundingClientRect gives back the CSS size set.
        "css 123.5 45",
        "style 123.5px",
        // EMSCRIPTEN_RESULT_UNKNOWN_TARGET
        "missing -4",
        "dpr matches 1",
        "screen matches 1",
        "cursor none",
        "beforeunload 0",
        // Chromium's navigator.getBattery() has answered by then.
        "battery 0 level_ok 1",
    ];
    assert_eq!(
        stdout(&out),
        expected.join("\n") + "\n",
        "{}",
        explain(&out)
    );
}

fn link(dir: &Path, libs: &[&str]) -> Output {
    let src = repo_root().join("tests/webgl/egl_triangle.c");
    let html = dir.join("gl.html");
    let mut args = vec![src.to_str().unwrap(), "-o", html.to_str().unwrap()];
    args.extend(libs);
    wasmcc(&args).output().expect("run wasmcc")
}

#[test]
fn gl_libraries_link_as_with_emcc() {
    let dir = scratch();
    let out = link(
        dir.path(),
        &["-lGL", "-lEGL", "-lGLESv2", "-lSDL2main", "-lm"],
    );
    assert!(out.status.success(), "{}", explain(&out));
    assert!(dir.path().join("gl.js").is_file());
}

#[test]
fn a_library_without_a_port_yet_is_named_in_one_line() {
    let dir = scratch();
    for lib in ["SDL2_image", "glfw"] {
        let out = link(dir.path(), &["-lGL", &format!("-l{lib}")]);
        assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr.lines().count(), 1, "{stderr}");
        assert!(
            stderr.contains(&format!("-l{lib}: wasmcc has no {lib} port yet")),
            "{stderr}"
        );
        assert!(!stderr.contains("unable to find library"), "{stderr}");
    }
}
