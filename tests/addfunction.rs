//! -sALLOW_TABLE_GROWTH: addFunction turns a JS function into a C function
//! pointer that C calls with its arguments and result converted by the
//! signature; removeFunction frees the slot for the next one; without the
//! setting addFunction says what to add.

mod common;

use common::*;
use std::process::Command;

const APPLY_C: &str = "#include <emscripten.h>\n\
    typedef int (*binop)(int, int);\n\
    typedef double (*dop)(double);\n\
    EMSCRIPTEN_KEEPALIVE int apply(binop f, int a, int b) { return f(a, b); }\n\
    EMSCRIPTEN_KEEPALIVE double apply_d(dop f, double x) { return f(x); }\n";

/// Node loads the module and calls C with pointers to JS functions.
const SCRIPT: &str = "const M = require('./apply.js');\n\
    M.onRuntimeInitialized = () => {\n\
      try {\n\
        const mul = M.addFunction((a, b) => a * b, 'iii');\n\
        console.log(`mul ${M._apply(mul, 6, 7)}`);\n\
        const quarter = M.addFunction((x) => x / 4, 'dd');\n\
        console.log(`quarter ${M._apply_d(quarter, 10)}`);\n\
        M.removeFunction(mul);\n\
        const add = M.addFunction((a, b) => a + b, 'iii');\n\
        console.log(`add ${M._apply(add, 6, 7)} same slot ${add === mul}`);\n\
      } catch (e) {\n\
        console.log(e.message);\n\
      }\n\
    };\n";

fn run(dir: &std::path::Path) -> String {
    let out = Command::new("node")
        .args(["-e", SCRIPT])
        .current_dir(dir)
        .output()
        .expect("run node");
    text(&out.stdout)
}

#[test]
fn add_function_gives_c_a_pointer_to_a_js_function() {
    let d = scratch();
    let p = d.path();
    write(p, "apply.c", APPLY_C);
    for opt in ["-O0", "-O2"] {
        build_in(
            p,
            &[
                "apply.c",
                opt,
                "--no-entry",
                "-sALLOW_TABLE_GROWTH",
                "-sEXPORTED_RUNTIME_METHODS=addFunction,removeFunction",
                "-o",
                "apply.js",
            ],
        );
        assert_eq!(
            run(p),
            "mul 42\nquarter 2.5\nadd 13 same slot true\n",
            "{opt}"
        );
    }
    build_in(
        p,
        &[
            "apply.c",
            "--no-entry",
            "-sEXPORTED_RUNTIME_METHODS=addFunction,removeFunction",
            "-o",
            "apply.js",
        ],
    );
    assert_eq!(
        run(p),
        "addFunction: the function table is not exported: build with -sALLOW_TABLE_GROWTH\n"
    );
}
