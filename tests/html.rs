//! `.html` output in a real browser: the page shows the program's output and
//! status, loads from a server or (with -sSINGLE_FILE) from disk, and says
//! what went wrong when it cannot. `wasmrun` drives headless Chromium.
//!
//! A test that needs the browser skips with a note when Chromium is not
//! installed, except under CI (the `CI` variable is set), where it must fail.

mod common;

use common::*;
use std::ffi::OsStr;
use std::fs;
use std::path::PathBuf;
use std::process::Output;

fn explain(out: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    )
}

/// The JSON value that `--eval-after-exit` printed.
fn eval_value(out: &Output) -> serde_json::Value {
    let stdout = text(&out.stdout);
    let line = stdout
        .lines()
        .find_map(|l| l.strip_prefix("eval: "))
        .unwrap_or_else(|| panic!("no eval line\n{}", explain(out)));
    serde_json::from_str(line).unwrap_or_else(|e| panic!("bad eval JSON {line}: {e}"))
}

/// What the default shell shows: the output panel, the status line, and
/// whether the status line is marked as a failure.
const PAGE_STATE: &str = "[document.querySelector('#output').textContent, \
     document.querySelector('#status').textContent, \
     document.querySelector('#status').className === 'failed', \
     document.querySelector('#canvas').hidden, \
     [...document.querySelectorAll('#output .err')].map((e) => e.textContent).join('')]";

fn hello_c() -> PathBuf {
    repo_root().join("examples/hello.c")
}

#[test]
fn hello_page_shows_its_output_and_exit_status() {
    let d = scratch();
    let p = d.path();
    let hello = hello_c();
    build_in(p, &["-O2", hello.to_str().unwrap(), "-o", "hello.html"]);
    for f in ["hello.html", "hello.js", "hello.wasm"] {
        assert!(p.join(f).is_file(), "{f} missing");
    }
    node_check(&p.join("hello.js"));
    // A page's script is for the web only.
    let js = fs::read_to_string(p.join("hello.js")).unwrap();
    assert!(
        !js.contains("nodePlatform"),
        "the page's script carries Node code"
    );
    let html = fs::read_to_string(p.join("hello.html")).unwrap();
    assert!(
        html.contains("<script async src=\"hello.js\"></script>"),
        "{html}"
    );
    if !browser_or_skip("hello_page_shows_its_output_and_exit_status") {
        return;
    }
    let page = p.join("hello.html");
    // The module is fetched once: the page's preload is what the script uses.
    let eval = format!(
        "[{PAGE_STATE}, performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.wasm')).length]"
    );
    let out = wasmrun_in(
        p,
        [
            OsStr::new("--eval-after-exit"),
            OsStr::new(&eval),
            page.as_os_str(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert!(
        text(&out.stdout).starts_with("Hello, WebAssembly!\neval: "),
        "{}",
        explain(&out)
    );
    assert_eq!(
        eval_value(&out),
        serde_json::json!([
            [
                "Hello, WebAssembly!\n",
                "Exited with status 0",
                false,
                true,
                ""
            ],
            1
        ])
    );
}

#[test]
fn failing_programs_show_their_error_and_status() {
    let d = scratch();
    let p = d.path();
    fs::write(
        p.join("ab.c"),
        "#include <stdio.h>\n#include <stdlib.h>\n\
         int main(void) { puts(\"before\"); fprintf(stderr, \"going down\\n\"); abort(); }\n",
    )
    .unwrap();
    fs::write(
        p.join("ex.c"),
        "#include <stdio.h>\n#include <stdlib.h>\n\
         int main(void) { fprintf(stderr, \"no input\\n\"); exit(3); }\n",
    )
    .unwrap();
    build_in(p, &["ab.c", "-o", "ab.html"]);
    build_in(p, &["-O2", "ex.c", "-o", "ex.html"]);
    if !browser_or_skip("failing_programs_show_their_error_and_status") {
        return;
    }
    let out = wasmrun_in(
        p,
        [
            OsStr::new("--eval-after-exit"),
            OsStr::new(PAGE_STATE),
            p.join("ab.html").as_os_str(),
        ],
    );
    assert_eq!(out.status.code(), Some(134), "{}", explain(&out));
    // abort() reports, then the call chain follows, innermost first.
    let err = text(&out.stderr);
    assert!(
        err.starts_with("going down\nAborted()\n    at abort ") && err.contains("\n    at main "),
        "{}",
        explain(&out)
    );
    let state = eval_value(&out);
    assert!(
        state[0]
            .as_str()
            .is_some_and(|s| s.starts_with("before\ngoing down\nAborted()\n    at abort ")),
        "{state}"
    );
    assert_eq!(state[1], "Exited with status 134: Aborted()", "{state}");
    assert_eq!(
        (&state[2], &state[3]),
        (&true.into(), &true.into()),
        "{state}"
    );
    assert_eq!(state[4].as_str(), Some(err.as_str()), "{state}");

    let out = wasmrun_in(
        p,
        [
            OsStr::new("--eval-after-exit"),
            OsStr::new(PAGE_STATE),
            p.join("ex.html").as_os_str(),
        ],
    );
    assert_eq!(out.status.code(), Some(3), "{}", explain(&out));
    let state = eval_value(&out);
    assert_eq!(state[1], "Exited with status 3: no input");
    assert_eq!(state[2], true);
}

#[test]
fn missing_wasm_is_a_visible_load_error() {
    let d = scratch();
    let p = d.path();
    let hello = hello_c();
    build_in(p, &[hello.to_str().unwrap(), "-o", "hello.html"]);
    fs::remove_file(p.join("hello.wasm")).unwrap();
    if !browser_or_skip("missing_wasm_is_a_visible_load_error") {
        return;
    }
    let out = wasmrun_in(
        p,
        [
            OsStr::new("--eval-after-exit"),
            OsStr::new(PAGE_STATE),
            p.join("hello.html").as_os_str(),
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    assert!(
        text(&out.stderr).contains("wasmcc: cannot load hello.wasm: the server answered 404"),
        "{}",
        explain(&out)
    );
    let state = eval_value(&out);
    let status = state[1].as_str().unwrap();
    assert!(
        status.starts_with("Exited with status 1: wasmcc: cannot load hello.wasm"),
        "{status}"
    );
    assert_eq!(state[2], true, "the status line is not marked as failed");
}

#[test]
fn missing_script_is_a_visible_load_error() {
    let d = scratch();
    let p = d.path();
    let hello = hello_c();
    build_in(p, &[hello.to_str().unwrap(), "-o", "hello.html"]);
    fs::remove_file(p.join("hello.js")).unwrap();
    if !browser_or_skip("missing_script_is_a_visible_load_error") {
        return;
    }
    let out = wasmrun_in(
        p,
        [
            OsStr::new("--eval-after-exit"),
            OsStr::new(PAGE_STATE),
            p.join("hello.html").as_os_str(),
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    assert!(
        text(&out.stderr).contains("Cannot load http://"),
        "{}",
        explain(&out)
    );
}

#[test]
fn single_file_page_runs_from_disk() {
    let d = scratch();
    let p = d.path();
    let hello = hello_c();
    build_in(
        p,
        &[
            "-O2",
            "-sSINGLE_FILE=1",
            hello.to_str().unwrap(),
            "-o",
            "hello.html",
        ],
    );
    assert!(p.join("hello.html").is_file());
    for f in ["hello.js", "hello.wasm"] {
        assert!(!p.join(f).exists(), "{f} written beside a single-file page");
    }
    if !browser_or_skip("single_file_page_runs_from_disk") {
        return;
    }
    let page = p.join("hello.html");
    let out = wasmrun_in(
        p,
        [
            OsStr::new("--file-url"),
            OsStr::new("--eval-after-exit"),
            OsStr::new(PAGE_STATE),
            page.as_os_str(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let state = eval_value(&out);
    assert_eq!(state[0], "Hello, WebAssembly!\n");
    assert_eq!(state[1], "Exited with status 0");
}

#[test]
fn plain_page_from_disk_says_why_it_cannot_load() {
    let d = scratch();
    let p = d.path();
    let hello = hello_c();
    build_in(p, &[hello.to_str().unwrap(), "-o", "hello.html"]);
    if !browser_or_skip("plain_page_from_disk_says_why_it_cannot_load") {
        return;
    }
    let page = p.join("hello.html");
    let out = wasmrun_in(
        p,
        [
            OsStr::new("--file-url"),
            OsStr::new("--eval-after-exit"),
            OsStr::new(PAGE_STATE),
            page.as_os_str(),
        ],
    );
    assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    let state = eval_value(&out);
    let shown = state[0].as_str().unwrap();
    for needle in [
        "opened from a file (file://)",
        "wasmrun hello.html",
        "python3 -m http.server",
        "-sSINGLE_FILE=1",
    ] {
        assert!(
            shown.contains(needle),
            "the page does not say '{needle}': {shown}"
        );
    }
    assert_eq!(state[2], true);
}

const MY_SHELL: &str = r#"<!doctype html>
<html><head><meta charset="utf-8"><title>mine</title></head>
<body>
<h1>My shell</h1>
<pre id="mine"></pre>
<script>
var Module = {
  statuses: [],
  setStatus(text) { this.statuses.push(text); },
  print(line) { document.getElementById('mine').textContent += line + '\n'; },
};
</script>
{{{ SCRIPT }}}
</body></html>
"#;

#[test]
fn shell_file_gets_the_script_and_the_status() {
    let d = scratch();
    let p = d.path();
    fs::write(p.join("shell.html"), MY_SHELL).unwrap();
    let hello = hello_c();
    build_in(
        p,
        &[
            "-O2",
            hello.to_str().unwrap(),
            "--shell-file",
            "shell.html",
            "-o",
            "mine.html",
        ],
    );
    let html = fs::read_to_string(p.join("mine.html")).unwrap();
    assert!(
        html.contains("<h1>My shell</h1>") && !html.contains("{{{ SCRIPT }}}"),
        "{html}"
    );
    if !browser_or_skip("shell_file_gets_the_script_and_the_status") {
        return;
    }
    let out = wasmrun_in(
        p,
        [
            OsStr::new("--eval-after-exit"),
            OsStr::new("[document.querySelector('#mine').textContent, Module.statuses]"),
            p.join("mine.html").as_os_str(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let state = eval_value(&out);
    assert_eq!(state[0], "Hello, WebAssembly!\n");
    // Downloading, with progress up to the module's size, then running.
    let size = fs::metadata(p.join("mine.wasm")).unwrap().len();
    let statuses: Vec<&str> = state[1]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|s| s.as_str())
        .collect();
    assert_eq!(
        statuses.first(),
        Some(&"Downloading mine.wasm..."),
        "{statuses:?}"
    );
    let done = format!("Downloading mine.wasm... ({size}/{size})");
    assert!(
        statuses.contains(&done.as_str()),
        "no '{done}' in {statuses:?}"
    );
    assert_eq!(statuses.last(), Some(&"Running..."), "{statuses:?}");
}

#[test]
fn shell_file_without_placeholder_is_an_error() {
    let d = scratch();
    let p = d.path();
    fs::write(
        p.join("shell.html"),
        "<!doctype html><p>no script here</p>\n",
    )
    .unwrap();
    let hello = hello_c();
    let out = wasmcc([
        hello.to_str().unwrap(),
        "--shell-file",
        "shell.html",
        "-o",
        "x.html",
    ])
    .current_dir(p)
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("shell.html: the shell file has no {{{ SCRIPT }}} placeholder"),
        "{err}"
    );
    for f in ["x.html", "x.js", "x.wasm"] {
        assert!(!p.join(f).exists(), "{f} left behind");
    }
    let out = wasmcc([
        hello.to_str().unwrap(),
        "--shell-file",
        "nope.html",
        "-o",
        "x.html",
    ])
    .current_dir(p)
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("nope.html"), "{}", explain(&out));
}

#[test]
fn failed_page_build_leaves_nothing() {
    let d = scratch();
    let p = d.path();
    fs::write(p.join("bad.c"), "int main(void) { return oops; }\n").unwrap();
    let out = wasmcc(["bad.c", "-o", "bad.html"])
        .current_dir(p)
        .output()
        .unwrap();
    assert!(!out.status.success());
    for f in ["bad.html", "bad.js", "bad.wasm"] {
        assert!(!p.join(f).exists(), "{f} left behind");
    }
    let hello = hello_c();
    let out = wasmcc([
        hello.to_str().unwrap(),
        "-sENVIRONMENT=node",
        "-o",
        "n.html",
    ])
    .current_dir(p)
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("names neither web nor worker"),
        "{}",
        explain(&out)
    );
    assert!(!p.join("n.html").exists());
}

#[test]
fn single_file_script_runs_in_node() {
    let d = scratch();
    let p = d.path();
    let hello = hello_c();
    build_in(
        p,
        &["-sSINGLE_FILE=1", hello.to_str().unwrap(), "-o", "one.js"],
    );
    assert!(!p.join("one.wasm").exists());
    node_check(&p.join("one.js"));
    let out = node(&p.join("one.js"), &[], b"", p);
    assert_eq!(
        text(&out.stdout),
        "Hello, WebAssembly!\n",
        "{}",
        explain(&out)
    );
    assert!(out.status.success());
}

#[test]
fn locate_file_finds_the_module_elsewhere() {
    let d = scratch();
    let p = d.path();
    // Emscripten's contract: locateFile(name, folder of the script).
    let shell = MY_SHELL.replace(
        "statuses: [],",
        "statuses: [],\n  locateFile: (name, dir) => { Module.asked = [name, dir]; return dir + 'assets/' + name; },",
    );
    fs::write(p.join("shell.html"), shell).unwrap();
    let hello = hello_c();
    build_in(
        p,
        &[
            hello.to_str().unwrap(),
            "--shell-file",
            "shell.html",
            "-o",
            "loc.html",
        ],
    );
    fs::create_dir(p.join("assets")).unwrap();
    fs::rename(p.join("loc.wasm"), p.join("assets/loc.wasm")).unwrap();
    if !browser_or_skip("locate_file_finds_the_module_elsewhere") {
        return;
    }
    let out = wasmrun_in(
        p,
        [
            OsStr::new("--eval-after-exit"),
            // wasmrun serves the folder under http://HOST/TOKEN/.
            OsStr::new("[document.querySelector('#mine').textContent, Module.asked[0], Module.asked[1].replace(/^http:\\/\\/[^/]*\\/[0-9a-f]{32}/, '')]"),
            p.join("loc.html").as_os_str(),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        eval_value(&out),
        serde_json::json!(["Hello, WebAssembly!\n", "loc.wasm", "/"])
    );
}

#[test]
fn factory_and_es_module_pages_start_the_program() {
    let hello = hello_c();
    for flags in [
        &["-sMODULARIZE=1"][..],
        &["-sEXPORT_ES6=1"],
        &["-sMODULARIZE=1", "-sSINGLE_FILE=1"],
        &["-sEXPORT_ES6=1", "-sSINGLE_FILE=1"],
    ] {
        let d = scratch();
        let p = d.path();
        let mut args = vec!["-O2", hello.to_str().unwrap(), "-o", "p.html"];
        args.extend_from_slice(flags);
        build_in(p, &args);
        if !browser_or_skip("factory_and_es_module_pages_start_the_program") {
            return;
        }
        let page = p.join("p.html");
        let mut run: Vec<&OsStr> = vec![OsStr::new("--eval-after-exit"), OsStr::new(PAGE_STATE)];
        if flags.contains(&"-sSINGLE_FILE=1") {
            run.push(OsStr::new("--file-url"));
        }
        run.push(page.as_os_str());
        let out = wasmrun_in(p, run);
        assert_eq!(out.status.code(), Some(0), "{flags:?}: {}", explain(&out));
        let state = eval_value(&out);
        assert_eq!(state[0], "Hello, WebAssembly!\n", "{flags:?}");
        assert_eq!(state[1], "Exited with status 0", "{flags:?}");
    }
}

/// examples/exports.c and exports.html, built as the example's comment says:
/// the page's own script calls the C functions through Module._add and cwrap.
#[test]
fn exports_example_is_called_from_the_page() {
    if !browser_or_skip("exports_example_is_called_from_the_page") {
        return;
    }
    let d = scratch();
    let p = d.path();
    let example = repo_root().join("examples");
    fs::copy(example.join("exports.html"), p.join("exports.html")).unwrap();
    let src = example.join("exports.c");
    build_in(
        p,
        &[
            src.to_str().unwrap(),
            "-o",
            "exports.js",
            "-sEXPORTED_RUNTIME_METHODS=ccall,cwrap",
        ],
    );
    let out = wasmrun_in(
        p,
        [
            "--exit-after",
            "1500",
            "--eval-after-exit",
            "[document.getElementById('sum').textContent, document.getElementById('shouted').textContent]",
            p.join("exports.html").to_str().unwrap(),
        ],
    );
    assert_eq!(
        eval_value(&out),
        serde_json::json!(["5", "HELLO FROM JS"]),
        "{}",
        explain(&out)
    );
}

/// EM_JS, EM_ASM and a --js-library function, built into a page and run in
/// Chromium: the inline and library JS reach the page's own JS world.
#[test]
fn inline_and_library_js_run_in_a_page() {
    if !browser_or_skip("inline_and_library_js_run_in_a_page") {
        return;
    }
    let d = scratch();
    let p = d.path();
    fs::write(
        p.join("lib.js"),
        "addToLibrary({\n  page_title__deps: ['$shout'],\n  page_title: function () { return shout(document.title.length); },\n  $shout: function (n) { return n * 10; },\n});\n",
    )
    .unwrap();
    fs::write(
        p.join("js.c"),
        "#include <stdio.h>\n#include <emscripten.h>\n\
         EM_JS(int, doubled_width, (int extra), { return document.body ? 2 * 21 + extra : -1; });\n\
         int page_title(void);\n\
         int main(void) {\n\
           int from_asm = EM_ASM_INT({ return typeof window == 'object' ? $0 + 1 : -1; }, 41);\n\
           printf(\"em_js %d em_asm %d library %d\\n\", doubled_width(0), from_asm, page_title() > 0);\n\
           return 0;\n}\n",
    )
    .unwrap();
    build_in(p, &["js.c", "--js-library", "lib.js", "-o", "js.html"]);
    node_check(&p.join("js.js"));
    let out = wasmrun_in(p, [p.join("js.html").to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "em_js 42 em_asm 42 library 1\n",
        "{}",
        explain(&out)
    );
}

/// The default page hides what it does not use: the progress bar once the
/// module has loaded and the canvas of a program that never reaches it are
/// not laid out at all (the `hidden` attribute wins over the page's CSS),
/// with and without -sSINGLE_FILE; and the output also reaches the console.
#[test]
fn a_text_program_page_shows_no_bar_and_no_canvas_and_logs_to_the_console() {
    let d = scratch();
    let p = d.path();
    let hello = hello_c();
    let hello = hello.to_str().unwrap();
    build_in(p, &[hello, "-o", "files.html"]);
    build_in(p, &[hello, "-sSINGLE_FILE=1", "-o", "single.html"]);
    if !browser_or_skip("a_text_program_page_shows_no_bar_and_no_canvas") {
        return;
    }
    let layout =
        "['#progress', '#canvas'].map((s) => getComputedStyle(document.querySelector(s)).display)";
    for page in ["files.html", "single.html"] {
        let out = wasmrun_in(
            p,
            [
                OsStr::new("--console"),
                OsStr::new("--eval-after-exit"),
                OsStr::new(layout),
                p.join(page).as_os_str(),
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
        assert_eq!(
            eval_value(&out),
            serde_json::json!(["none", "none"]),
            "{page}: {}",
            explain(&out)
        );
        assert!(
            text(&out.stderr).contains("console.log: Hello, WebAssembly!"),
            "{page}: {}",
            explain(&out)
        );
    }
}
