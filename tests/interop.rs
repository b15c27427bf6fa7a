//! The JS interface: the Module object, calling C from JS, the module shapes,
//! inline and library JS. Each test builds a small program and drives it
//! from a Node script (or a page in headless Chromium) as a web developer would.
//!
//! The golden files in tests/golden/ are the JS emitted for three small
//! programs, readable (-O1, `--minify 0`) and minified (-O2 and above),
//! compared byte for byte; `WASMCC_BLESS=1 cargo test --test interop`
//! rewrites them, and a change is reviewed by reading the diff.

mod common;

use common::*;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// Runs `node -e script` in `dir` and returns its output, checking that it succeeded.
fn node_eval(dir: &Path, script: &str) -> String {
    let out = Command::new("node")
        .args(["-e", script])
        .current_dir(dir)
        .output()
        .expect("run node");
    assert!(
        out.status.success(),
        "node failed ({:?}):\nstdout:\n{}\nstderr:\n{}",
        out.status,
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

const LIB_C: &str = r#"
#include <emscripten.h>
#include <stdlib.h>
#include <string.h>
EMSCRIPTEN_KEEPALIVE int add(int a, int b) { return a + b; }
int mul(int a, int b) { return a * b; }
EMSCRIPTEN_KEEPALIVE const char *greet(const char *name) {
    static char buf[64];
    strcpy(buf, "hi ");
    strncat(buf, name, 50);
    return buf;
}
EMSCRIPTEN_KEEPALIVE int sum(const unsigned char *p, int n) {
    int s = 0;
    for (int i = 0; i < n; i++) s += p[i];
    return s;
}
EMSCRIPTEN_KEEPALIVE int is_even(int n) { return n % 2 == 0; }
EMSCRIPTEN_KEEPALIVE unsigned char *grow(int mb) {
    unsigned char *p = malloc((size_t)mb << 20);
    p[0] = 42;
    return p;
}
"#;

#[test]
fn calling_c_through_module_ccall_and_cwrap() {
    let d = scratch();
    let p = d.path();
    write(p, "lib.c", LIB_C);
    build_in(
        p,
        &[
            "lib.c",
            "-o",
            "lib.js",
            "-sEXPORTED_FUNCTIONS=_mul,_malloc,_free",
            "-sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8,getValue,setValue,HEAP8,HEAPU8,HEAP32,HEAPF64",
        ],
    );
    node_check(&p.join("lib.js"));
    let out = node_eval(
        p,
        r#"
const M = require('./lib.js');
M.onRuntimeInitialized = () => {
  console.log('direct', M._add(2, 3), M._mul(4, 5));
  console.log('ccall', M.ccall('add', 'number', ['number', 'number'], [1, 2]));
  console.log('string', M.ccall('greet', 'string', ['string'], ['bob']));
  console.log('array', M.cwrap('sum', 'number', ['array', 'number'])(new Uint8Array([1, 2, 3]), 3));
  console.log('boolean', M.ccall('is_even', 'boolean', ['number'], [4]));
  const heap = M.HEAPU8;
  const before = heap.length;
  const p = M._grow(64);
  console.log('grown', M.HEAPU8.length > before, M.HEAPU8[p], M.HEAP8.buffer === M.HEAPU8.buffer);
  const m = M._malloc(16);
  M.setValue(m, -7, 'i32');
  M.setValue(m + 8, 2.5, 'double');
  console.log('values', M.getValue(m, 'i32'), M.HEAP32[m >> 2], M.HEAPF64[(m + 8) >> 3]);
  const n = M.stringToUTF8('héllo', m, 16);
  console.log('utf8', n, M.lengthBytesUTF8('héllo'), M.UTF8ToString(m));
  M._free(m);
};
"#,
    );
    for want in [
        "direct 5 20",
        "ccall 3",
        "string hi bob",
        "array 6",
        "boolean true",
        "grown true 42 true",
        "values -7 -7 2.5",
        "utf8 6 6 héllo",
    ] {
        assert!(out.contains(want), "missing '{want}' in:\n{out}");
    }
}

#[test]
fn unknown_runtime_method_is_a_build_error() {
    let d = scratch();
    let p = d.path();
    write(p, "lib.c", LIB_C);
    let out = wasmcc([
        "lib.c",
        "-o",
        "lib.js",
        "-sEXPORTED_RUNTIME_METHODS=ccall,lengthBytesUTF16",
    ])
    .current_dir(p)
    .output()
    .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("no runtime method 'lengthBytesUTF16'"),
        "{err}"
    );
    assert!(err.contains("cwrap"), "the error lists what exists: {err}");
    assert!(!p.join("lib.js").exists());
}

#[test]
fn unexported_runtime_method_says_which_flag_exports_it() {
    let d = scratch();
    let p = d.path();
    write(p, "lib.c", LIB_C);
    // -sASSERTIONS is on by default at -O0, as with emcc.
    build_in(p, &["-O0", "lib.c", "-o", "lib.js"]);
    let out = node_eval(
        p,
        r#"
const M = require('./lib.js');
M.onRuntimeInitialized = () => {
  try { M.ccall('add', 'number', [], []); } catch (e) { console.log(e.message); }
  console.log('still', M._add(1, 1));
};
"#,
    );
    assert!(
        out.contains("'ccall' was not exported: add it to -sEXPORTED_RUNTIME_METHODS"),
        "{out}"
    );
    assert!(out.contains("still 2"), "{out}");
}

const COUNTER_C: &str = r#"
#include <emscripten.h>
#include <stdio.h>
static int count;
EMSCRIPTEN_KEEPALIVE int bump(void) { return ++count; }
EMSCRIPTEN_KEEPALIVE void say(void) { printf("said %d\n", count); fflush(stdout); }
"#;

#[test]
fn modularize_makes_independent_instances() {
    let d = scratch();
    let p = d.path();
    write(p, "counter.c", COUNTER_C);
    build_in(
        p,
        &[
            "counter.c",
            "-o",
            "counter.js",
            "-sMODULARIZE",
            "-sEXPORT_NAME=makeCounter",
        ],
    );
    node_check(&p.join("counter.js"));
    let js = fs::read_to_string(p.join("counter.js")).unwrap();
    assert!(
        js.contains("var makeCounter = "),
        "EXPORT_NAME names the factory"
    );
    let out = node_eval(
        p,
        r#"
const make = require('./counter.js');
const lines = [];
Promise.all([make(), make({ print: (l) => lines.push('b: ' + l) })]).then(([a, b]) => {
  a._bump(); a._bump();
  console.log('counts', a._bump(), b._bump());
  b._say();
  console.log(lines.join('|'));
});
"#,
    );
    assert!(out.contains("counts 3 1"), "{out}");
    assert!(
        out.contains("b: said 1"),
        "print of the second instance: {out}"
    );
}

#[test]
fn es_module_is_imported_and_also_runs_as_a_program() {
    let d = scratch();
    let p = d.path();
    write(p, "counter.c", COUNTER_C);
    build_in(p, &["counter.c", "-o", "counter.mjs"]);
    node_check(&p.join("counter.mjs"));
    write(
        p,
        "use.mjs",
        "import make from './counter.mjs';\nconst a = await make();\nconst b = await make();\na._bump();\nconsole.log('es', a._bump(), b._bump());\n",
    );
    let out = node(&p.join("use.mjs"), &[], b"", p);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("es 2 1"),
        "{}",
        text(&out.stdout)
    );

    // -sEXPORT_ES6 with a .js name gives the same shape.
    build_in(p, &["counter.c", "-o", "counter6.js", "-sEXPORT_ES6"]);
    let js = fs::read_to_string(p.join("counter6.js")).unwrap();
    assert!(js.contains("export default Module;"), "{js}");

    write(
        p,
        "main.c",
        "#include <stdio.h>\nint main(int argc, char **argv) { printf(\"main %s\\n\", argv[1]); return 3; }\n",
    );
    build_in(p, &["main.c", "-o", "main.mjs"]);
    let out = node(&p.join("main.mjs"), &["arg1"], b"", p);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "main arg1\n");
}

#[test]
fn module_hooks_no_initial_run_and_call_main() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "main.c",
        r#"#include <stdio.h>
int main(int argc, char **argv) {
    printf("main %d %s %s\n", argc, argv[0], argc > 1 ? argv[1] : "-");
    fprintf(stderr, "to stderr\n");
    return 3;
}
"#,
    );
    build_in(p, &["main.c", "-o", "main.js"]);
    node_check(&p.join("main.js"));
    // Required by another script: the program never ends the host's process,
    // and the hooks run in order.
    let out = node_eval(
        p,
        r#"
const M = require('./main.js');
const log = [];
M.noInitialRun = true;
M.thisProgram = 'prog';
M.print = (l) => log.push('out:' + l);
M.printErr = (l) => log.push('err:' + l);
M.preRun = [() => log.push('preRun')];
M.postRun = () => log.push('postRun');
M.onExit = (s) => log.push('exit:' + s);
M.onRuntimeInitialized = () => {
  log.push('init');
  log.push('status:' + M.callMain(['x']));
  console.log(log.join('|'));
};
"#,
    );
    assert_eq!(
        out.trim(),
        "preRun|init|out:main 2 prog x|err:to stderr|postRun|exit:3|status:3"
    );
    // Run as a program, the same file ends with main's status.
    let out = node(&p.join("main.js"), &["a"], b"", p);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(text(&out.stdout), "main 2 main a\n");
}

#[test]
fn em_js_and_em_asm() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "em.c",
        r#"#include <emscripten.h>
#include <stdio.h>
#include <stdlib.h>
EM_JS(int, add_len, (int x, const char *s), { return x + UTF8ToString(s).length; });
EM_JS(void, hello, (void), { out("hi 'there' from EM_JS"); });
EM_JS(int, peek, (unsigned char *p), { return HEAPU8[p]; });
EM_JS(int, unused_js, (void), { return "UNUSED_EM_JS"; });
int main(void) {
    long long big = 1LL << 40;
    int r = EM_ASM_INT({ return $0 + $1 + Number($2 / 1099511627776n); }, 1, 2.5, big);
    EM_ASM({ out('string arg: ' + UTF8ToString($0)); }, "hello");
    MAIN_THREAD_EM_ASM(out('no args'));
    double d = EM_ASM_DOUBLE({ return $0 / 4; }, 3.0f);
    unsigned char *p = (unsigned char *)malloc(32 << 20);
    p[5] = 9;
    printf("%d %d %.2f %d\n", add_len(1, "ab"), r, d, peek(p + 5));
    fflush(stdout);
    hello();
    emscripten_run_script("out('script ran')");
    printf("%d %s %d\n", emscripten_run_script_int("6*7"),
           emscripten_run_script_string("'abc'.toUpperCase()"), emscripten_get_now() > 0);
    return 0;
}
"#,
    );
    for (out_name, extra) in [("em.js", None), ("empp.js", Some("-xc++"))] {
        let mut args = vec!["-O2"];
        args.extend(extra);
        args.extend(["em.c", "-o", out_name]);
        build_in(p, &args);
        node_check(&p.join(out_name));
        let js = fs::read_to_string(p.join(out_name)).unwrap();
        assert!(
            !js.contains("UNUSED_EM_JS"),
            "an unused EM_JS function is left out"
        );
        let wasm = fs::read(p.join(out_name.replace(".js", ".wasm"))).unwrap();
        assert!(
            !wasm.windows(9).any(|w| w == b"wasmcc_js"),
            "the section is stripped"
        );
        let out = node(&p.join(out_name), &[], b"", p);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let stdout = text(&out.stdout);
        for want in [
            "string arg: hello",
            "no args",
            "3 4 0.75 9",
            "hi 'there' from EM_JS",
            "script ran",
            "42 ABC 1",
        ] {
            assert!(
                stdout.contains(want),
                "{out_name}: missing '{want}' in:\n{stdout}"
            );
        }
    }
    // Only the run_script functions evaluate text; a program without them has no eval.
    let js = fs::read_to_string(p.join("em.js")).unwrap();
    assert!(js.contains("eval"));
    write(
        p,
        "plain.c",
        "#include <emscripten.h>\nint main(void) { EM_ASM(out('x')); return 0; }\n",
    );
    build_in(p, &["plain.c", "-o", "plain.js"]);
    let js = fs::read_to_string(p.join("plain.js")).unwrap();
    assert!(
        !js.contains("eval(") && !js.contains("new Function"),
        "{js}"
    );
}

#[test]
fn js_library_emits_only_what_is_reachable() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "emlib.js",
        r#"
addToLibrary({
  js_twice__deps: ['$helper'],
  js_twice: function (x) { return helper(x) * 2; },
  $helper: (x) => x + 1,
  js_unused: function () { return 'UNUSED_MARKER'; },
  js_name__deps: ['$UTF8ToString'],
  js_name: function (p) { out('name: ' + UTF8ToString(p)); },
});
"#,
    );
    write(
        p,
        "ownlib.js",
        "//! env.js_own needs: ownHelper\nfunction js_own() {\n  return ownHelper();\n}\n\n//! ownHelper\nfunction ownHelper() {\n  return 5;\n}\n\n//! ownUnused\nconst OWN_UNUSED = 1;\n",
    );
    write(
        p,
        "use.c",
        "#include <stdio.h>\nint js_twice(int);\nint js_own(void);\nvoid js_name(const char *);\nint main(void) { printf(\"%d %d\\n\", js_twice(4), js_own()); fflush(stdout); js_name(\"zed\"); return 0; }\n",
    );
    build_in(
        p,
        &[
            "-O2",
            "use.c",
            "--js-library",
            "emlib.js",
            "--js-library=ownlib.js",
            "-o",
            "use.js",
        ],
    );
    node_check(&p.join("use.js"));
    let js = fs::read_to_string(p.join("use.js")).unwrap();
    assert!(
        !js.contains("UNUSED_MARKER") && !js.contains("OWN_UNUSED"),
        "{js}"
    );
    let out = node(&p.join("use.js"), &[], b"", p);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "10 5\nname: zed\n");

    // A dependency nobody defines is a build error naming it.
    write(
        p,
        "bad.js",
        "addToLibrary({ js_twice__deps: ['nowhere'], js_twice: function () {} });\n",
    );
    let out = wasmcc(["use.c", "--js-library", "bad.js", "-o", "bad.js.out.js"])
        .current_dir(p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("'nowhere'"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn pre_js_and_post_js() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "hello.c",
        "#include <stdio.h>\nint main(void) { puts(\"hello\"); return 0; }\n",
    );
    write(
        p,
        "pre.js",
        "Module.print = (l) => console.log('[' + l + ']');\n",
    );
    write(
        p,
        "post.js",
        "Module.postRun = () => console.log('post-js hook');\n",
    );
    for out_name in ["h.js", "h.mjs"] {
        build_in(
            p,
            &[
                "hello.c",
                "--pre-js",
                "pre.js",
                "--post-js=post.js",
                "-o",
                out_name,
            ],
        );
        node_check(&p.join(out_name));
        let mut cmd = Command::new("node");
        cmd.arg(out_name)
            .current_dir(p)
            .env("WASMCC_NO_WORKER", "1");
        let out: Output = cmd.output().unwrap();
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(text(&out.stdout), "[hello]\npost-js hook\n", "{out_name}");
    }
    let out = wasmcc(["hello.c", "--pre-js", "missing.js", "-o", "x.js"])
        .current_dir(p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("--pre-js missing.js"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn web_only_build_has_no_node_code_paths() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "hello.c",
        "#include <stdio.h>\nint main(void) { puts(\"hello\"); return 0; }\n",
    );
    build_in(p, &["hello.c", "-sENVIRONMENT=web", "-o", "w.js"]);
    node_check(&p.join("w.js"));
    let js = fs::read_to_string(p.join("w.js")).unwrap();
    assert!(
        !js.contains("worker_threads") && !js.contains("nodePlatform"),
        "{js}"
    );
    build_in(p, &["hello.c", "-sENVIRONMENT=node", "-o", "n.js"]);
    let js = fs::read_to_string(p.join("n.js")).unwrap();
    assert!(
        !js.contains("webPlatform") && !js.contains("fetch("),
        "{js}"
    );
}

/// At -O2 the JS is parsed to be minified: a --pre-js with a syntax error is
/// one line naming the code, with no output left behind.
#[test]
fn minifying_a_pre_js_that_does_not_parse_fails_the_build() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", "int main(void) { return 0; }\n");
    write(p, "bad.js", "Module.print = (l) => {\n  function (\n};\n");
    let out = wasmcc(["-O2", "hello.c", "--pre-js", "bad.js", "-o", "x.js"])
        .current_dir(p)
        .output()
        .expect("run wasmcc");
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("does not parse") && stderr.contains("function ("),
        "{stderr}"
    );
    assert!(!p.join("x.js").exists() && !p.join("x.wasm").exists());
}

/// Runs a page in headless Chromium with wasmrun; its output, checking that
/// it succeeded.
fn run_page(page: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_wasmrun"))
        .arg(page)
        .output()
        .expect("run wasmrun");
    let stdout = text(&out.stdout);
    assert!(
        out.status.success(),
        "stdout:\n{stdout}\nstderr:\n{}",
        text(&out.stderr)
    );
    stdout
}

/// Compares the JS emitted for `args` with tests/golden/NAME, or rewrites it
/// under WASMCC_BLESS=1.
fn golden(name: &str, source: &str, args: &[&str]) {
    let d = scratch();
    let p = d.path();
    write(p, "prog.c", source);
    let mut all = vec!["prog.c"];
    all.extend(args);
    all.extend(["-o", name]);
    build_in(p, &all);
    node_check(&p.join(name));
    let got = fs::read_to_string(p.join(name)).unwrap();
    let path = repo_root().join("tests/golden").join(name);
    if std::env::var_os("WASMCC_BLESS").is_some_and(|v| v == "1") {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(&path, &got).unwrap();
        return;
    }
    let want = fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing; WASMCC_BLESS=1 cargo test --test interop writes it",
            path.display()
        )
    });
    if got != want {
        let line = got
            .lines()
            .zip(want.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| got.lines().count().min(want.lines().count()));
        panic!(
            "{name} differs from {} from line {}:\n  got:  {}\n  want: {}\n\
             If the change is intended, rerun with WASMCC_BLESS=1 and review the diff.",
            path.display(),
            line + 1,
            got.lines().nth(line).unwrap_or("<end>"),
            want.lines().nth(line).unwrap_or("<end>")
        );
    }
}

const GOLDEN_HELLO: &str =
    "#include <stdio.h>\nint main(void) { puts(\"Hello, WebAssembly!\"); return 0; }\n";

/// -O2: minified (glue/minify.rs).
#[test]
fn golden_hello_o2() {
    golden("hello-O2.js", GOLDEN_HELLO, &["-O2"]);
}

/// -O1: readable, without comments.
#[test]
fn golden_hello_o1() {
    golden("hello-O1.js", GOLDEN_HELLO, &["-O1"]);
}

#[test]
fn golden_exports_with_ccall() {
    golden(
        "exports-ccall.js",
        "int add(int a, int b) { return a + b; }\n",
        &[
            "-O2",
            "-sENVIRONMENT=web",
            "-sEXPORTED_FUNCTIONS=_add",
            "-sEXPORTED_RUNTIME_METHODS=ccall,cwrap",
            // The runtime's checks, which -O2 leaves out unless asked.
            "-sASSERTIONS",
            "--minify",
            "0",
        ],
    );
}

const GOLDEN_TWICE: &str =
    "#include <emscripten.h>\nEMSCRIPTEN_KEEPALIVE int twice(int x) { return 2 * x; }\n";

#[test]
fn golden_modularize() {
    golden(
        "modularize.js",
        GOLDEN_TWICE,
        &[
            "-O2",
            "-sENVIRONMENT=node",
            "-sMODULARIZE",
            "-sEXPORT_NAME=createTwice",
            "--minify",
            "0",
        ],
    );
}

#[test]
fn golden_modularize_minified() {
    golden(
        "modularize-O2.js",
        GOLDEN_TWICE,
        &[
            "-O2",
            "-sENVIRONMENT=node",
            "-sMODULARIZE",
            "-sEXPORT_NAME=createTwice",
        ],
    );
}

#[test]
fn golden_es_module_minified() {
    golden("es-O2.mjs", GOLDEN_TWICE, &["-Oz", "-sENVIRONMENT=web"]);
}

/// At -O2 the JS is minified, and what other code reaches by name keeps its
/// meaning: the EXPORT_NAME a page's own script fills in and calls,
/// Module's properties, a --pre-js function that --post-js, EM_JS and
/// emscripten_run_script (text run in the runtime's scope) call by name.
#[test]
fn minified_glue_keeps_the_names_other_code_uses() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "p.c",
        r#"#include <emscripten.h>
#include <stdio.h>
EM_JS(int, from_pre, (int x), { return preTwice(x) + HEAPU8[0] * 0; });
EMSCRIPTEN_KEEPALIVE int add(int a, int b) { return a + b; }
int main(void) {
#ifdef SCRIPT
    printf("%d %d\n", from_pre(4), emscripten_run_script_int("preTwice(Module._add(4, 6))"));
#else
    printf("%d\n", from_pre(4));
#endif
    return 0;
}
"#,
    );
    write(p, "pre.js", "function preTwice(x) {\n  return 2 * x;\n}\n");
    write(
        p,
        "post.js",
        "Module.postRun = () => out('post ' + preTwice(21));\n",
    );
    let common = [
        "-O2",
        "p.c",
        "--pre-js",
        "pre.js",
        "--post-js",
        "post.js",
        "-sEXPORT_NAME=Prog",
        "-sEXPORTED_RUNTIME_METHODS=ccall",
    ];
    for (name, define, want) in [
        ("p.js", "-DSCRIPT", "8 20\npost 42\n"),
        ("q.js", "-DNONE", "8\npost 42\n"),
    ] {
        let mut args = common.to_vec();
        args.extend([define, "-o", name]);
        build_in(p, &args);
        node_check(&p.join(name));
        let js = fs::read_to_string(p.join(name)).unwrap();
        assert!(
            !js.contains("\n  ") && !js.contains("function fd_write(fd"),
            "{name} is not minified:\n{js}"
        );
        let out = node(&p.join(name), &[], b"", p);
        assert_eq!(text(&out.stdout), want, "{}", text(&out.stderr));
        let got = node_eval(
            p,
            &format!(
                "const P = require('./{name}');\nP.print = () => {{}};\n\
                 P.onRuntimeInitialized = () => console.log(P._add(2, 3), P.ccall('add', 'number', ['number', 'number'], [4, 5]));\n"
            ),
        );
        assert_eq!(got, "5 9\n", "{name}");
    }
    if !browser_or_skip("minified_glue_keeps_the_names_other_code_uses") {
        return;
    }
    // A page's own script fills in the Module object before the program's
    // script and calls into it by the EXPORT_NAME.
    write(
        p,
        "page.html",
        r#"<!doctype html>
<html><head><meta charset="utf-8"><title>names</title></head>
<body>
<script>
var Prog = {
  onRuntimeInitialized() {
    globalThis.wasmccTap?.('stdout', 'page ' + Prog._add(40, 2));
  },
};
</script>
<script src="p.js"></script>
</body></html>
"#,
    );
    let stdout = run_page(&p.join("page.html"));
    for want in ["page 42", "8 20"] {
        assert!(stdout.contains(want), "missing '{want}' in:\n{stdout}");
    }
}

/// Minified JS carries only the optional items the build holds: hello
/// world's has no code for a page's terminal, the stack checks, Asyncify,
/// data files or main loops (the tests for them are resolved when the JS is
/// minified, glue/minify.rs), and a program with a main loop keeps it.
#[test]
fn minified_glue_holds_only_the_optional_items_in_the_build() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", GOLDEN_HELLO);
    build_in(p, &["-O2", "hello.c", "-o", "hello.js"]);
    let js = fs::read_to_string(p.join("hello.js")).unwrap();
    for absent in [
        "terminal",
        "stackChecks",
        "asyncify",
        "dataFiles",
        "liveRuntime",
        "runDependencies",
        "downloadProgress",
        "runOnWorker",
        "typeof",
    ] {
        // `typeof` remains only for the host: `typeof process`, `typeof module`.
        let left: Vec<&str> = js
            .match_indices(absent)
            .map(|(at, _)| &js[at..(at + 24).min(js.len())])
            .filter(|t| {
                !["typeof process", "typeof module", "typeof __filename"]
                    .iter()
                    .any(|h| t.starts_with(h))
            })
            .collect();
        assert!(
            left.is_empty(),
            "{absent} in the minified hello.js: {left:?}\n{js}"
        );
    }
    let out = node(&p.join("hello.js"), &[], b"", p);
    assert_eq!(text(&out.stdout), "Hello, WebAssembly!\n");
    assert_eq!(shell_status(&out), 0);
    // -sASSERTIONS (the default at -O0 only, as with emcc) exports the
    // stack pointer, which names an overflow; without it the module has no
    // pointer and the JS no note.
    let note = "needs more C stack";
    assert!(!js.contains(note), "{js}");
    build_in(p, &["-O2", "-sASSERTIONS", "hello.c", "-o", "checked.js"]);
    let checked = fs::read_to_string(p.join("checked.js")).unwrap();
    assert!(checked.contains(note), "{checked}");
    let out = node(&p.join("checked.js"), &[], b"", p);
    assert_eq!(text(&out.stdout), "Hello, WebAssembly!\n");

    // main returns while a main loop runs: the program lives on
    // (liveRuntime) until the loop is cancelled, then exits with main's status.
    let src = repo_root().join("tests/mainloop/main_returns.c");
    build_in(p, &["-O2", src.to_str().unwrap(), "-o", "loop.js"]);
    let out = node(&p.join("loop.js"), &[], b"", p);
    assert_eq!(
        text(&out.stdout),
        "main done\nframe 1\nframe 2\nframe 3\nframe 4\natexit\n",
        "{}",
        text(&out.stderr)
    );
    assert_eq!(shell_status(&out), 5);
}

/// Minified builds give the module's function imports one-letter names, in
/// the module and in the JS alike; the program runs as before, also when a
/// page instantiates the module itself (Module.instantiateWasm) with the
/// runtime's imports, and `--minify 0` keeps the names.
#[test]
fn minified_builds_give_imports_short_names() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "now.c",
        "#include <stdio.h>\n#include <emscripten.h>\n\
         EM_JS(int, twice, (int x), { return 2 * x; });\n\
         int main(void) { printf(\"%d %d\\n\", twice(21), emscripten_get_now() > 0); return 3; }\n",
    );
    let imports = |wasm: &str| {
        node_eval(
            p,
            &format!(
                "const m = new WebAssembly.Module(require('fs').readFileSync('{wasm}'));\n\
                 console.log(WebAssembly.Module.imports(m).map((i) => i.module + '.' + i.name).join(' '));"
            ),
        )
    };
    build_in(p, &["-O2", "now.c", "-o", "now.js"]);
    let short = imports("now.wasm");
    assert!(
        short
            .split_whitespace()
            .all(|i| i.len() == 3 && i.as_bytes()[1] == b'.'),
        "{short}"
    );
    let out = node(&p.join("now.js"), &[], b"", p);
    assert_eq!(text(&out.stdout), "42 1\n", "{}", text(&out.stderr));
    assert_eq!(shell_status(&out), 3);
    write(
        p,
        "pre.js",
        "Module.instantiateWasm = (imports, done) => {\n\
           const bytes = require('fs').readFileSync(require('path').join(__dirname, 'inst.wasm'));\n\
           WebAssembly.instantiate(bytes, imports).then((r) => { console.log('instantiated by the page'); done(r.instance, r.module); });\n\
           return {};\n\
         };\n",
    );
    build_in(p, &["-O2", "now.c", "--pre-js", "pre.js", "-o", "inst.js"]);
    let out = node(&p.join("inst.js"), &[], b"", p);
    assert_eq!(
        text(&out.stdout),
        "instantiated by the page\n42 1\n",
        "{}",
        text(&out.stderr)
    );
    assert_eq!(shell_status(&out), 3);

    // -sSTANDALONE_WASM promises a module that runs without the JS: its
    // imports keep their names too.
    build_in(p, &["-O2", "--minify", "0", "now.c", "-o", "long.js"]);
    build_in(p, &["-O2", "-sSTANDALONE_WASM", "now.c", "-o", "alone.js"]);
    assert_eq!(imports("alone.wasm"), imports("long.wasm"));
    let out = node(&p.join("alone.js"), &[], b"", p);
    assert_eq!(text(&out.stdout), "42 1\n", "{}", text(&out.stderr));
    let long = imports("long.wasm");
    assert!(
        long.contains("env.twice") && long.contains("wasi_snapshot_preview1.fd_write"),
        "{long}"
    );
}

#[test]
fn page_uses_modularize_instances_ccall_and_es_module() {
    if !browser_or_skip("page_uses_modularize_instances_ccall_and_es_module") {
        return;
    }
    let d = scratch();
    let p = d.path();
    write(p, "counter.c", COUNTER_C);
    write(p, "lib.c", LIB_C);
    build_in(
        p,
        &[
            "counter.c",
            "-o",
            "counter.js",
            "-sMODULARIZE",
            "-sEXPORT_NAME=makeCounter",
            "-sENVIRONMENT=web",
        ],
    );
    build_in(p, &["counter.c", "-o", "counter.mjs", "-sENVIRONMENT=web"]);
    build_in(
        p,
        &[
            "lib.c",
            "-o",
            "lib.js",
            "-sENVIRONMENT=web",
            "-sMODULARIZE",
            "-sEXPORT_NAME=makeLib",
            "-sEXPORTED_RUNTIME_METHODS=ccall,cwrap,HEAPU8",
        ],
    );
    write(
        p,
        "page.html",
        r#"<!doctype html>
<html><head><meta charset="utf-8"><title>interop</title></head>
<body>
<script src="counter.js"></script>
<script src="lib.js"></script>
<script type="module">
  const tap = (kind, value) => globalThis.wasmccTap?.(kind, value);
  try {
    const [a, b] = await Promise.all([makeCounter(), makeCounter()]);
    a._bump(); a._bump();
    tap('stdout', `counts ${a._bump()} ${b._bump()}`);
    const lib = await makeLib();
    tap('stdout', `ccall ${lib.ccall('add', 'number', ['number', 'number'], [20, 22])}`);
    tap('stdout', `string ${lib.ccall('greet', 'string', ['string'], ['page'])}`);
    tap('stdout', `array ${lib.cwrap('sum', 'number', ['array', 'number'])([5, 6], 2)}`);
    const before = lib.HEAPU8.length;
    const ptr = lib._grow(32);
    tap('stdout', `grown ${lib.HEAPU8.length > before} ${lib.HEAPU8[ptr]}`);
    const { default: make } = await import('./counter.mjs');
    const c = await make();
    tap('stdout', `es ${c._bump()}`);
    tap('exit', 0);
  } catch (e) {
    tap('stderr', String(e && e.stack || e));
    tap('exit', 1);
  }
</script>
</body></html>
"#,
    );
    let stdout = run_page(&p.join("page.html"));
    for want in [
        "counts 3 1",
        "ccall 42",
        "string hi page",
        "array 11",
        "grown true 42",
        "es 1",
    ] {
        assert!(stdout.contains(want), "missing '{want}' in:\n{stdout}");
    }
}

const EXITS_C: &str = r#"
#include <emscripten.h>
#include <stdio.h>
EMSCRIPTEN_KEEPALIVE int add(int a, int b) { printf("add\n"); return a + b; }
int main(void) { printf("main\n"); return 0; }
"#;

/// Calls into C after the program has ended, as a page's button would.
const AFTER_EXIT_JS: &str = r#"
const M = require('./prog.js');
M.onExit = () => setTimeout(() => {
  for (const f of [() => M._add(1, 2), () => M.ccall('add', 'number', ['number', 'number'], [1, 2])]) {
    try { console.log('returned', f()); } catch (e) { console.log(e.message); }
  }
}, 0);
"#;

#[test]
fn assertions_name_a_c_call_after_the_runtime_exited() {
    let d = scratch();
    let p = d.path();
    write(p, "prog.c", EXITS_C);
    let said = "native function 'add' called after the runtime exited: build with -sEXIT_RUNTIME=0 to keep it running after main returns";
    build_in(
        p,
        &[
            "prog.c",
            "-sEXPORTED_RUNTIME_METHODS=ccall",
            "-o",
            "prog.js",
        ],
    );
    let out = node_eval(p, AFTER_EXIT_JS);
    assert_eq!(out.matches(said).count(), 2, "Module._add and ccall: {out}");
    assert!(!out.contains("returned"), "{out}");

    // A runtime that stays alive after main serves the calls.
    build_in(
        p,
        &[
            "prog.c",
            "-sEXPORTED_RUNTIME_METHODS=ccall",
            "-sEXIT_RUNTIME=0",
            "-o",
            "prog.js",
        ],
    );
    let out = node_eval(p, AFTER_EXIT_JS);
    assert_eq!(out.matches("returned 3").count(), 2, "{out}");

    // Without the check the calls run on a runtime whose stdout is closed.
    build_in(
        p,
        &[
            "prog.c",
            "-sEXPORTED_RUNTIME_METHODS=ccall",
            "-sASSERTIONS=0",
            "-o",
            "prog.js",
        ],
    );
    let out = node_eval(p, AFTER_EXIT_JS);
    assert!(!out.contains(said), "{out}");
}

#[test]
fn assertions_name_the_setting_for_each_runtime_method_not_exported() {
    let d = scratch();
    let p = d.path();
    write(p, "lib.c", LIB_C);
    let script = r#"
const M = require('./lib.js');
M.onRuntimeInitialized = () => {
  for (const name of ['FS', 'UTF8ToString', 'cwrap']) {
    try { console.log(name, typeof M[name]); } catch (e) { console.log(e.message); }
  }
};
"#;
    // -sASSERTIONS: on at -O0 and off from -O1 unless given, as with emcc;
    // without it, plain properties, as emcc leaves them.
    for (flags, guarded) in [
        (&["-O0"][..], true),
        (&["-O2", "-sASSERTIONS"], true),
        (&["-O2"], false),
        (&["-O0", "-sASSERTIONS=0"], false),
    ] {
        build_in(
            p,
            &[
                flags,
                &["lib.c", "-sEXPORTED_RUNTIME_METHODS=ccall", "-o", "lib.js"],
            ]
            .concat(),
        );
        let out = node_eval(p, script);
        if !guarded {
            assert_eq!(
                out, "FS undefined\nUTF8ToString undefined\ncwrap undefined\n",
                "{flags:?}"
            );
            continue;
        }
        for name in ["FS", "UTF8ToString", "cwrap"] {
            assert!(
                out.contains(&format!(
                    "'{name}' was not exported: add it to -sEXPORTED_RUNTIME_METHODS"
                )),
                "{flags:?}: {out}"
            );
        }
    }
}

#[test]
fn assertions_0_leaves_every_check_out() {
    let d = scratch();
    let p = d.path();
    write(p, "prog.c", EXITS_C);
    // -O2 leaves them out unless -sASSERTIONS is given, as with emcc.
    let args = ["-O2", "prog.c", "-sEXPORTED_RUNTIME_METHODS=ccall"];
    build_in(p, &[&args[..], &["-sASSERTIONS", "-o", "on.js"]].concat());
    build_in(p, &[&args[..], &["-o", "off.js"]].concat());
    let on = fs::read_to_string(p.join("on.js")).unwrap();
    let off = fs::read_to_string(p.join("off.js")).unwrap();
    for check in [
        "was not exported",
        "called before the runtime is ready",
        "called after the runtime exited",
    ] {
        assert!(on.contains(check), "{check}");
        assert!(!off.contains(check), "{check}");
    }
    assert!(off.len() < on.len());
}
