//! Emscripten's interface as the well-known tutorials and old Makefiles use
//! it: their commands verbatim (`-s WASM=1 -o hello.html`, a page that calls
//! `Module._main()`, a `--no-entry` module instantiated with `{}`, MDN's
//! `ccall(..., null, null, null)` button), the legacy settings and flags, and
//! the handles on the instance (`Module.wasmMemory`, `wasmExports`, `asm`).
//! Node drives most of them; pages run in headless Chromium through wasmrun.

mod common;

use common::*;
use std::ffi::OsStr;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn fails_in(dir: &Path, args: &[&str]) -> String {
    let out = wasmcc(args).current_dir(dir).output().expect("run wasmcc");
    assert!(!out.status.success(), "wasmcc {args:?} succeeded");
    text(&out.stderr)
}

/// Runs `node -e script ARGS` in `dir`.
fn node_eval(dir: &Path, script: &str, args: &[&str]) -> Output {
    Command::new("node")
        .args(["-e", script])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("run node")
}

/// Loads the classic script `js` as a page's `<script>` does, in the global
/// scope, after `page_js` (the page's own script, which may set `Module`).
const AS_A_PAGE: &str = r#"
const [js, pageJs] = process.argv.slice(1);
const vm = require('vm');
globalThis.require = require;
globalThis.__filename = require('path').resolve(js);
vm.runInThisContext(pageJs);
vm.runInThisContext(require('fs').readFileSync(js, 'utf8'), { filename: js });
"#;

fn run_as_page(dir: &Path, js: &str, page_js: &str) -> Output {
    node_eval(dir, AS_A_PAGE, &[js, page_js])
}

const HELLO_C: &str =
    "#include <stdio.h>\n\nint main() {\n  printf(\"Hello World\\n\");\n  return 0;\n}\n";

/// MDN's "Compiling a new C/C++ module to WebAssembly", with its button.
const MDN_C: &str = r#"#include <stdio.h>
#include <emscripten/emscripten.h>

int main() {
    printf("Hello World\n");
    return 0;
}

#ifdef __cplusplus
#define EXTERN extern "C"
#else
#define EXTERN
#endif

EXTERN EMSCRIPTEN_KEEPALIVE void myFunction(int argc, char ** argv) {
    printf("MyFunction Called\n");
}
"#;

/// The first command of the tutorials: `-s WASM=1` is what wasmcc always
/// does; `WASM=0` asked for asm.js, which wasmcc does not write.
#[test]
fn wasm_1_is_accepted_and_wasm_0_says_asm_js_is_not_supported() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO_C);
    build_in(p, &["hello.c", "-s", "WASM=1", "-o", "hello.html"]);
    for f in ["hello.html", "hello.js", "hello.wasm"] {
        assert!(p.join(f).is_file(), "{f} missing");
    }
    let e = fails_in(p, &["hello.c", "-sWASM=0", "-o", "x.js"]);
    assert!(e.contains("asm.js") && e.contains("not supported"), "{e}");
    assert!(!p.join("x.js").exists());
}

/// The tutorial's own page calls `Module._main()` from
/// onRuntimeInitialized; as with emcc, main then runs again by itself, so
/// the line is printed twice. `-sEXPORTED_FUNCTIONS=_main` changes nothing.
#[test]
fn module_main_from_on_runtime_initialized_runs_main() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO_C);
    build_in(p, &["hello.c", "-o", "hello.js"]);
    build_in(
        p,
        &["hello.c", "-sEXPORTED_FUNCTIONS=_main", "-o", "hello2.js"],
    );
    for js in ["hello.js", "hello2.js"] {
        // Before the script, as a page sets Module up.
        let out = run_as_page(
            p,
            js,
            "var Module = { onRuntimeInitialized: function() { Module._main(); } };",
        );
        assert_eq!(out.status.code(), Some(0), "{js}: {}", explain(&out));
        assert_eq!(text(&out.stdout), "Hello World\nHello World\n", "{js}");
    }
}

/// As emcc does, an error thrown by onRuntimeInitialized comes before main,
/// which then does not run; the error is reported, not swallowed.
#[test]
fn an_error_thrown_by_on_runtime_initialized_is_reported_before_main() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO_C);
    build_in(p, &["hello.c", "-o", "hello.js"]);
    let out = run_as_page(
        p,
        "hello.js",
        "var Module = { onRuntimeInitialized() { throw new Error('boom in the hook'); } };",
    );
    assert_eq!(text(&out.stdout), "", "{}", explain(&out));
    assert!(
        text(&out.stderr).contains("boom in the hook"),
        "{}",
        explain(&out)
    );
}

/// The page of the tutorial in Chromium: the script, then the page's hook.
#[test]
fn tutorial_page_calling_module_main_prints_in_chromium() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO_C);
    build_in(p, &["hello.c", "-s", "WASM=1", "-o", "hello.js"]);
    write(
        p,
        "page.html",
        "<!doctype html><html><body>\n<script src=\"hello.js\"></script>\n\
         <script>Module.onRuntimeInitialized = function() { Module._main(); }</script>\n\
         </body></html>\n",
    );
    if !browser_or_skip("tutorial_page_calling_module_main_prints_in_chromium") {
        return;
    }
    let out = wasmrun_in(p, [p.join("page.html")]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(text(&out.stdout), "Hello World\nHello World\n");
}

/// The classic example: a module of one function, with no main and no
/// imports at any -O level, instantiated with an empty import object.
#[test]
fn no_entry_module_instantiates_with_an_empty_import_object() {
    let d = scratch();
    let p = d.path();
    write(p, "add.c", "int add(int a, int b) { return a + b; }\n");
    write(
        p,
        "keep.c",
        "#include <emscripten.h>\nEMSCRIPTEN_KEEPALIVE int add(int a, int b) { return a + b; }\n",
    );
    let builds: &[&[&str]] = &[
        &[
            "add.c",
            "-o",
            "add.wasm",
            "-sSTANDALONE_WASM",
            "--no-entry",
            "-sEXPORTED_FUNCTIONS=_add",
        ],
        &[
            "-O2",
            "add.c",
            "-o",
            "add.wasm",
            "-sSTANDALONE_WASM",
            "--no-entry",
            "-sEXPORTED_FUNCTIONS=_add",
        ],
        &[
            "add.c",
            "-o",
            "add.wasm",
            "-Wl,--no-entry",
            "-sEXPORTED_FUNCTIONS=_add",
        ],
        &["keep.c", "-o", "add.wasm", "--no-entry"],
        &[
            "-O3",
            "keep.c",
            "-o",
            "add.wasm",
            "-sSTANDALONE_WASM",
            "-sEXPECT_MAIN=0",
        ],
        &[
            "add.c",
            "-mexec-model=reactor",
            "-o",
            "add.wasm",
            "-sEXPORTED_FUNCTIONS=_add",
        ],
        &[
            "add.c",
            "-nostdlib",
            "--no-entry",
            "-o",
            "add.wasm",
            "-sEXPORTED_FUNCTIONS=_add",
        ],
    ];
    let script = r#"
const bytes = require('fs').readFileSync('add.wasm');
const imports = WebAssembly.Module.imports(new WebAssembly.Module(bytes));
WebAssembly.instantiate(bytes, {}).then(({ instance }) => {
  console.log(JSON.stringify(imports), instance.exports.add(40, 2));
});
"#;
    for args in builds {
        build_in(p, args);
        let out = node_eval(p, script, &[]);
        assert_eq!(text(&out.stdout), "[] 42\n", "{args:?}: {}", explain(&out));
    }
    // Without --no-entry the error says what to add.
    let e = fails_in(p, &["add.c", "-o", "x.wasm", "-sEXPORTED_FUNCTIONS=_add"]);
    assert!(e.contains("--no-entry"), "{e}");
}

/// `--no-entry` with JS: the exports are on Module and nothing runs main.
#[test]
fn no_entry_module_with_js_has_its_exports_on_module() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "lib.c",
        "#include <stdio.h>\nint add(int a, int b) { return a + b; }\nint main(void) { puts(\"main ran\"); return 0; }\n",
    );
    build_in(
        p,
        &[
            "lib.c",
            "--no-entry",
            "-sEXPORTED_FUNCTIONS=_add",
            "-o",
            "lib.js",
        ],
    );
    let out = run_as_page(
        p,
        "lib.js",
        "var Module = { onRuntimeInitialized() { console.log(Module._add(2, 3), typeof Module._main); } };",
    );
    assert_eq!(text(&out.stdout), "5 undefined\n", "{}", explain(&out));
}

/// MDN's button: `Module.ccall('myFunction', null, null, null)`, and cwrap
/// with null argument types.
#[test]
fn ccall_and_cwrap_take_null_for_no_types_and_no_arguments() {
    let d = scratch();
    let p = d.path();
    write(p, "hello3.c", MDN_C);
    build_in(
        p,
        &[
            "hello3.c",
            "-o",
            "hello3.js",
            "-sEXPORTED_RUNTIME_METHODS=ccall,cwrap",
        ],
    );
    let out = run_as_page(
        p,
        "hello3.js",
        "var Module = { onRuntimeInitialized() { \
           Module.ccall('myFunction', null, null, null); \
           Module.cwrap('myFunction', null, null)(); } };",
    );
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "MyFunction Called\nMyFunction Called\nHello World\n",
        "{}",
        explain(&out)
    );
}

/// The same in Chromium, through the page's button as MDN writes it.
#[test]
fn mdn_button_calls_c_in_chromium() {
    let d = scratch();
    let p = d.path();
    write(p, "hello3.c", MDN_C);
    build_in(
        p,
        &[
            "hello3.c",
            "-o",
            "hello3.js",
            "-sNO_EXIT_RUNTIME=1",
            "-sEXPORTED_RUNTIME_METHODS=['ccall']",
        ],
    );
    write(
        p,
        "page.html",
        r#"<!doctype html><html><body>
<button id="mybutton">Run myFunction</button>
<script>
  var Module = { onRuntimeInitialized() { document.getElementById('mybutton').click(); } };
  document.getElementById('mybutton').addEventListener('click', () => {
    Module.ccall('myFunction', null, null, null);
  });
</script>
<script async src="hello3.js"></script>
</body></html>
"#,
    );
    if !browser_or_skip("mdn_button_calls_c_in_chromium") {
        return;
    }
    let out = wasmrun_in(p, [p.join("page.html")]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(text(&out.stdout), "MyFunction Called\nHello World\n");
}

/// Settings and flags of tutorials and old Makefiles are accepted, each
/// with its meaning.
#[test]
fn legacy_settings_and_flags_are_accepted() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO_C);
    let settings = [
        "-sNO_EXIT_RUNTIME=1",
        "-sASSERTIONS=2",
        "-sUSE_WEBGL2=1",
        "-sFULL_ES3=1",
        "-sWASM_BIGINT=1",
        "-sFORCE_FILESYSTEM=1",
        "-sMINIFY_HTML=0",
        "-sDISABLE_EXCEPTION_CATCHING=1",
        "-sSTANDALONE_WASM",
        "--emrun",
        "--std=c11",
        "-nostartfiles",
        "--closure",
        "0",
        "--minify",
        "0",
    ];
    let mut args = vec!["hello.c", "-o", "hello.js"];
    args.extend(settings);
    build_in(p, &args);
    let out = node(&p.join("hello.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(text(&out.stdout), "Hello World\n");
    // --std=c11 is -std=c11: C11 without GNU extensions.
    write(
        p,
        "std.c",
        "#include <stdio.h>\nint main(void) {\n#ifdef __STRICT_ANSI__\n  puts(\"strict\");\n#endif\n  printf(\"%ld\\n\", (long)__STDC_VERSION__);\n  return 0;\n}\n",
    );
    build_in(p, &["std.c", "--std=c11", "-o", "std.js"]);
    let out = node(&p.join("std.js"), &[], b"", p);
    assert_eq!(text(&out.stdout), "strict\n201112\n", "{}", explain(&out));
}

/// `--closure 1` builds and says that Closure is not used; values emcc
/// does not take are refused.
#[test]
fn closure_1_warns_and_unknown_values_are_refused() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO_C);
    let out = wasmcc(["hello.c", "--closure", "1", "-o", "hello.js"])
        .current_dir(p)
        .output()
        .expect("run wasmcc");
    assert!(out.status.success(), "{}", explain(&out));
    assert!(text(&out.stderr).contains("Closure"), "{}", explain(&out));
    assert!(fails_in(p, &["hello.c", "--minify", "1", "-o", "x.js"]).contains("--minify"));
    assert!(fails_in(p, &["hello.c", "-mexec-model=x", "-o", "x.js"]).contains("reactor"));
}

/// NO_EXIT_RUNTIME=1 is EXIT_RUNTIME=0: atexit handlers do not run after main.
#[test]
fn no_exit_runtime_keeps_the_runtime_after_main() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "ax.c",
        "#include <stdio.h>\n#include <stdlib.h>\nstatic void bye(void) { puts(\"atexit ran\"); }\n\
         int main(void) { atexit(bye); puts(\"main\"); return 0; }\n",
    );
    build_in(p, &["ax.c", "-o", "a.js"]);
    build_in(p, &["ax.c", "-sNO_EXIT_RUNTIME=1", "-o", "b.js"]);
    assert_eq!(
        stdout(&node(&p.join("a.js"), &[], b"", p)),
        "main\natexit ran\n"
    );
    assert_eq!(stdout(&node(&p.join("b.js"), &[], b"", p)), "main\n");
}

/// INVOKE_RUN=0: main waits for Module.callMain.
#[test]
fn invoke_run_0_leaves_main_to_call_main() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "args.c",
        "#include <stdio.h>\nint main(int argc, char **argv) { printf(\"main %d %s\\n\", argc, argv[argc - 1]); return 0; }\n",
    );
    build_in(p, &["args.c", "-sINVOKE_RUN=0", "-o", "args.js"]);
    let out = run_as_page(
        p,
        "args.js",
        "var Module = { onRuntimeInitialized() { console.log('ready'); setTimeout(() => Module.callMain(['x']), 10); } };",
    );
    assert_eq!(text(&out.stdout), "ready\nmain 2 x\n", "{}", explain(&out));
}

/// EXPORT_ALL: every C function of the program is on Module.
#[test]
fn export_all_puts_every_c_function_on_module() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "all.c",
        "int add(int a, int b) { return a + b; }\nstatic int twice(int x) { return 2 * x; }\n\
         int quad(int x) { return twice(twice(x)); }\nint main(void) { return 0; }\n",
    );
    build_in(p, &["all.c", "-sEXPORT_ALL", "-o", "all.js"]);
    let out = run_as_page(
        p,
        "all.js",
        "var Module = { onRuntimeInitialized() { console.log(Module._add(1, 2), Module._quad(3), typeof Module._twice); } };",
    );
    assert_eq!(text(&out.stdout), "3 12 undefined\n", "{}", explain(&out));
    // Without it, only what is asked for.
    build_in(p, &["all.c", "-o", "none.js"]);
    let out = run_as_page(
        p,
        "none.js",
        "var Module = { onRuntimeInitialized() { console.log(typeof Module._add); } };",
    );
    assert_eq!(text(&out.stdout), "undefined\n", "{}", explain(&out));
}

/// `-sUSE_WEBGL2=1` and `-sFULL_ES3` are MAX_WEBGL_VERSION=2: GLES 3 calls link.
#[test]
fn use_webgl2_and_full_es3_allow_gles3_calls() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "gl3.c",
        "#include <GLES3/gl3.h>\nint main(void) { GLuint vao; glGenVertexArrays(1, &vao); return 0; }\n",
    );
    fails_in(p, &["gl3.c", "-o", "gl.js"]);
    build_in(p, &["gl3.c", "-sUSE_WEBGL2=1", "-o", "gl.js"]);
    build_in(p, &["gl3.c", "-sFULL_ES3=1", "-o", "gl.js"]);
}

/// The handles on the instance, after instantiation: Module.wasmMemory,
/// Module.wasmExports, and Module.asm, its older name.
#[test]
fn module_has_wasm_memory_wasm_exports_and_asm() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO_C);
    build_in(p, &["hello.c", "-o", "hello.js"]);
    let out = run_as_page(
        p,
        "hello.js",
        "var Module = { onRuntimeInitialized() { console.log(\
           Module.wasmMemory instanceof WebAssembly.Memory, \
           Module.wasmExports.memory === Module.wasmMemory, \
           Module.asm === Module.wasmExports, \
           typeof Module.asm.__main_void); } };",
    );
    assert_eq!(
        text(&out.stdout),
        "true true true function\nHello World\n",
        "{}",
        explain(&out)
    );
}

/// IMPORTED_MEMORY: a page's own Module.wasmMemory is the program's memory;
/// without one the runtime makes it.
#[test]
fn imported_memory_uses_the_pages_module_wasm_memory() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "mem.c",
        "#include <stdio.h>\n#include <string.h>\n#include <emscripten.h>\n\
         static char message[] = \"written by C\";\n\
         EMSCRIPTEN_KEEPALIVE char *where(void) { return message; }\n\
         int main(void) { puts(message); return 0; }\n",
    );
    build_in(
        p,
        &[
            "mem.c",
            "-sIMPORTED_MEMORY",
            "-sALLOW_MEMORY_GROWTH=0",
            "-sINITIAL_MEMORY=32MB",
            "-o",
            "mem.js",
        ],
    );
    let out = run_as_page(
        p,
        "mem.js",
        "const mine = new WebAssembly.Memory({ initial: 512, maximum: 512 });\n\
         var Module = { wasmMemory: mine, onRuntimeInitialized() {\n\
           const at = Module._where();\n\
           const text = new TextDecoder().decode(new Uint8Array(mine.buffer, at, 12));\n\
           console.log(Module.wasmMemory === mine, text);\n\
         } };",
    );
    assert_eq!(
        text(&out.stdout),
        "true written by C\nwritten by C\n",
        "{}",
        explain(&out)
    );
    let out = node(&p.join("mem.js"), &[], b"", p);
    assert_eq!(text(&out.stdout), "written by C\n", "{}", explain(&out));
    let imports = node_eval(
        p,
        "const m = new WebAssembly.Module(require('fs').readFileSync('mem.wasm'));\
         console.log(WebAssembly.Module.imports(m).filter((i) => i.kind === 'memory').map((i) => i.module + '.' + i.name).join());",
        &[],
    );
    assert_eq!(text(&imports.stdout), "env.memory\n");
}

/// `EM_JS(...)` as Emscripten documents it, without a `;` after the body,
/// compiles without a warning, and with one too.
#[test]
fn em_js_without_a_trailing_semicolon_compiles() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "emjs.c",
        "#include <emscripten.h>\n#include <stdio.h>\n\
         EM_JS(int, twice, (int x), {\n  return x * 2;\n})\n\
         EM_JS(void, say, (const char *s), {\n  out(UTF8ToString(s));\n});\n\
         int main(void) { say(\"from EM_JS\"); printf(\"%d\\n\", twice(21)); return 0; }\n",
    );
    build_in(p, &["-Wall", "-Werror", "emjs.c", "-o", "emjs.js"]);
    let out = node(&p.join("emjs.js"), &[], b"", p);
    assert_eq!(text(&out.stdout), "from EM_JS\n42\n", "{}", explain(&out));
}

/// emscripten/fetch.h's basic use: a GET into memory, then onsuccess or
/// onerror, while the program lives on after main.
const FETCH_C: &str = r#"#include <emscripten/fetch.h>
#include <stdio.h>
#include <string.h>

static void done(emscripten_fetch_t *f) {
    printf("success %d %s %llu bytes: %.*s", f->status, f->url,
           (unsigned long long)f->numBytes, (int)f->numBytes, f->data);
    printf("user data: %s\n", (const char *)f->userData);
    emscripten_fetch_close(f);
}

static void failed(emscripten_fetch_t *f) {
    printf("error %s ready %d\n", f->url, f->readyState);
    emscripten_fetch_close(f);
}

int main(int argc, char **argv) {
    for (int i = 1; i < argc; i++) {
        emscripten_fetch_attr_t attr;
        emscripten_fetch_attr_init(&attr);
        strcpy(attr.requestMethod, "GET");
        attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
        attr.onsuccess = done;
        attr.onerror = failed;
        attr.userData = "mine";
        emscripten_fetch(&attr, argv[i]);
    }
    puts("main returns");
    return 0;
}
"#;

#[test]
fn fetch_loads_a_file_into_memory_in_node() {
    let d = scratch();
    let p = d.path();
    write(p, "fetch.c", FETCH_C);
    write(p, "data.txt", "hello from a file\n");
    build_in(p, &["fetch.c", "-o", "fetch.js"]);
    let out = node(&p.join("fetch.js"), &["data.txt"], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "main returns\nsuccess 200 data.txt 18 bytes: hello from a file\nuser data: mine\n"
    );
    let out = node(&p.join("fetch.js"), &["no-such-file.txt"], b"", p);
    assert_eq!(
        text(&out.stdout),
        "main returns\nerror no-such-file.txt ready 4\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn fetch_gets_from_a_local_http_server_in_node() {
    let d = scratch();
    let p = d.path();
    write(p, "fetch.c", FETCH_C);
    build_in(p, &["fetch.c", "-o", "fetch.js"]);
    let script = r#"
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/data.txt') { res.writeHead(200); res.end('served over http\n'); }
  else { res.writeHead(404); res.end('no'); }
});
server.listen(0, '127.0.0.1', () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  require('child_process').execFile('node', ['fetch.js', `${base}/data.txt`, `${base}/gone`], (e, stdout) => {
    process.stdout.write(stdout.replaceAll(base, 'BASE'));
    server.close();
  });
});
"#;
    let out = node_eval(p, script, &[]);
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("main returns\n"), "{}", explain(&out));
    assert!(
        stdout.contains("success 200 BASE/data.txt 17 bytes: served over http\nuser data: mine\n"),
        "{}",
        explain(&out)
    );
    assert!(
        stdout.contains("error BASE/gone ready 4\n"),
        "{}",
        explain(&out)
    );
}

#[test]
fn fetch_gets_a_file_beside_the_page_in_chromium() {
    let d = scratch();
    let p = d.path();
    write(p, "fetch.c", FETCH_C);
    write(p, "data.txt", "hello from the server\n");
    build_in(p, &["fetch.c", "-o", "fetch.html"]);
    if !browser_or_skip("fetch_gets_a_file_beside_the_page_in_chromium") {
        return;
    }
    let out = wasmrun_in(
        p,
        [
            p.join("fetch.html").as_os_str(),
            OsStr::new("data.txt"),
            OsStr::new("missing.txt"),
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let stdout = text(&out.stdout);
    assert!(stdout.starts_with("main returns\n"), "{}", explain(&out));
    assert!(
        stdout.contains("success 200 data.txt 22 bytes: hello from the server\nuser data: mine\n"),
        "{}",
        explain(&out)
    );
    assert!(
        stdout.contains("error missing.txt ready 4\n"),
        "{}",
        explain(&out)
    );
}

/// EM_ASYNC_JS: with -sASYNCIFY the C caller sleeps until the body's
/// promise settles and gets its value; without it the build says so.
#[test]
fn em_async_js_awaits_with_asyncify() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "aj.c",
        "#include <emscripten.h>\n#include <stdio.h>\n\
         EM_ASYNC_JS(int, later, (int x), {\n  out('waiting');\n  await new Promise((r) => setTimeout(r, 20));\n  return x + 1;\n})\n\
         int main(void) { printf(\"got %d\\n\", later(41)); return 0; }\n",
    );
    let e = fails_in(p, &["aj.c", "-o", "aj.js"]);
    assert!(e.contains("EM_ASYNC_JS") && e.contains("-sASYNCIFY"), "{e}");
    build_in(p, &["aj.c", "-sASYNCIFY", "-o", "aj.js"]);
    let out = node(&p.join("aj.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(text(&out.stdout), "waiting\ngot 42\n");
}

/// Module.preInit runs first; a preRun hook's addRunDependency holds the
/// start until removeRunDependency, as Emscripten documents.
#[test]
fn run_dependencies_hold_the_start_and_pre_init_runs_first() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO_C);
    write(
        p,
        "pre.js",
        "Module.preInit = () => console.log('preInit');\n\
         Module.preRun = () => {\n\
           console.log('preRun');\n\
           Module.addRunDependency('download');\n\
           setTimeout(() => { console.log('released'); Module.removeRunDependency('download'); }, 100);\n\
         };\n",
    );
    build_in(
        p,
        &[
            "hello.c",
            "--pre-js",
            "pre.js",
            "-sEXPORTED_RUNTIME_METHODS=addRunDependency,removeRunDependency",
            "-o",
            "hello.js",
        ],
    );
    let out = node(&p.join("hello.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "preInit\npreRun\nreleased\nHello World\n",
        "{}",
        explain(&out)
    );
}

/// The module's bytes from Module.wasmBinary, or its instance from
/// Module.instantiateWasm, instead of the file beside the script.
#[test]
fn wasm_binary_and_instantiate_wasm_replace_loading_the_file() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO_C);
    write(
        p,
        "binary.js",
        "Module.wasmBinary = require('fs').readFileSync(require('path').join(__dirname, 'moved.wasm'));\n",
    );
    write(
        p,
        "inst.js",
        "Module.instantiateWasm = (imports, done) => {\n\
           const bytes = require('fs').readFileSync(require('path').join(__dirname, 'moved.wasm'));\n\
           WebAssembly.instantiate(bytes, imports).then((r) => { console.log('instantiated by the page'); done(r.instance, r.module); });\n\
           return {};\n\
         };\n",
    );
    for (pre, expected) in [
        ("binary.js", "Hello World\n"),
        ("inst.js", "instantiated by the page\nHello World\n"),
    ] {
        build_in(p, &["hello.c", "--pre-js", pre, "-o", "hello.js"]);
        fs::rename(p.join("hello.wasm"), p.join("moved.wasm")).unwrap();
        let out = node(&p.join("hello.js"), &[], b"", p);
        assert_eq!(out.status.code(), Some(0), "{pre}: {}", explain(&out));
        assert_eq!(text(&out.stdout), expected, "{pre}: {}", explain(&out));
    }
}

/// `-sEXPORT_ES6` for the web imports nothing from `node:`, so a browser
/// bundler resolves every import; for Node it still runs as a program.
#[test]
fn es_module_for_the_web_imports_nothing_from_node() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO_C);
    build_in(p, &["hello.c", "-sENVIRONMENT=web", "-o", "web.mjs"]);
    let web = fs::read_to_string(p.join("web.mjs")).unwrap();
    assert!(!web.contains("import('node:"), "{web}");
    node_check(&p.join("web.mjs"));
    build_in(p, &["hello.c", "-o", "any.mjs"]);
    let out = node(&p.join("any.mjs"), &[], b"", p);
    assert_eq!(text(&out.stdout), "Hello World\n", "{}", explain(&out));
}

/// An error thrown by a Module hook fails the Node process, whether the
/// program runs as the main script or is require()d by another.
#[test]
fn a_hook_error_fails_node_when_run_or_required() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO_C);
    write(
        p,
        "hook.js",
        "Module.onRuntimeInitialized = () => { throw new Error('boom'); };\n",
    );
    build_in(
        p,
        &["hello.c", "--pre-js", "hook.js", "-o", "hook.js.out.js"],
    );
    let run = node(&p.join("hook.js.out.js"), &[], b"", p);
    let required = Command::new("node")
        .args(["-e", "require('./hook.js.out.js')"])
        .current_dir(p)
        .output()
        .unwrap();
    for out in [run, required] {
        assert_ne!(out.status.code(), Some(0), "{}", explain(&out));
        assert!(text(&out.stderr).contains("boom"), "{}", explain(&out));
    }
}

/// -sASSERTIONS (on by default): a C function called from JS before the
/// runtime is ready says so; with 0 it is simply not there yet.
#[test]
fn assertions_name_a_call_before_the_runtime_is_ready() {
    let d = scratch();
    let p = d.path();
    write(p, "add.c", "int add(int a, int b) { return a + b; }\n");
    let script = "const M = require('./add.js');\n\
                  try { M._add(1, 2); } catch (e) { console.log(e.message); }\n\
                  setTimeout(() => console.log(M._add(2, 3)), 300);";
    for (flags, early) in [
        (
            &[][..],
            "native function 'add' called before the runtime is ready",
        ),
        (&["-sASSERTIONS=0"][..], "M._add is not a function"),
    ] {
        let mut args = vec![
            "add.c",
            "--no-entry",
            "-sEXPORTED_FUNCTIONS=_add",
            "-o",
            "add.js",
        ];
        args.extend(flags);
        build_in(p, &args);
        let out = Command::new("node")
            .args(["-e", script])
            .current_dir(p)
            .output()
            .unwrap();
        let text = text(&out.stdout);
        assert!(
            text.starts_with(early) && text.ends_with("\n5\n"),
            "{flags:?}: {}",
            explain(&out)
        );
    }
}
