//! Our outputs through a bundler (esbuild, which scripts/setup.sh --test
//! installs): an `-sEXPORT_ES6 -sENVIRONMENT=web` module bundled for the
//! browser runs main once and finds its .wasm through Module.locateFile; an
//! ES module bundled for Node prints what it prints unbundled, with main run
//! once and nothing run again in a worker thread; a `-sMODULARIZE` build
//! require()d through a CommonJS bundle does the same.

mod common;

use common::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// Prints one line each time main runs.
const MAIN_C: &str = "#include <stdio.h>\nint main(void) { printf(\"main ran\\n\"); return 0; }\n";

/// Where scripts/setup.sh --test installs esbuild; None (the test skipped)
/// when it is not there, except under CI, where that fails.
fn esbuild_or_skip(test: &str) -> Option<PathBuf> {
    let dir = std::env::var_os("WASMCC_TEST_NPM")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("XDG_CACHE_HOME").map(|c| PathBuf::from(c).join("wasmcc-test-npm"))
        })
        .or_else(|| {
            std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/wasmcc-test-npm"))
        })?;
    let esbuild = dir.join("node_modules/.bin/esbuild");
    if esbuild.is_file() {
        return Some(esbuild);
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{test}: esbuild is required under CI (scripts/setup.sh --test installs it in {})",
        dir.display()
    );
    eprintln!("note: skipping {test}: esbuild is not installed (scripts/setup.sh --test)");
    None
}

fn bundle(esbuild: &Path, dir: &Path, args: &[&str]) {
    let out = Command::new(esbuild)
        .args(args)
        .arg("--bundle")
        .arg("--log-level=warning")
        .current_dir(dir)
        .output()
        .expect("run esbuild");
    assert!(out.status.success(), "esbuild {args:?}: {}", explain(&out));
}

fn node_in(dir: &Path, script: &str) -> Output {
    Command::new("node")
        .arg(script)
        .current_dir(dir)
        .output()
        .expect("run node")
}

/// The application that imports our module: it says whether it runs on
/// Node's main thread, so a copy of it run again in a worker shows.
const APP_MJS: &str = "import { isMainThread } from 'node:worker_threads';\n\
    import createModule from './hello.mjs';\n\
    console.log(`app runs, main thread ${isMainThread}`);\n\
    const m = await createModule();\n\
    console.log(`factory resolved ${typeof m._main}`);\n";

const APP_OUTPUT: &str = "app runs, main thread true\nmain ran\nfactory resolved function\n";

/// Bundles the application `entry` for Node in `format` into out/, with
/// hello.wasm beside the bundle, and runs it: the output is the unbundled one.
fn run_node_bundle(esbuild: &Path, dir: &Path, entry: &str, format: &str) {
    let outfile = format!("out/bundle.{}", if format == "esm" { "mjs" } else { "js" });
    bundle(
        esbuild,
        dir,
        &[
            entry,
            "--platform=node",
            &format!("--format={format}"),
            &format!("--outfile={outfile}"),
        ],
    );
    fs::copy(dir.join("hello.wasm"), dir.join("out/hello.wasm")).unwrap();
    let bundled = node_in(dir, &outfile);
    assert_eq!(bundled.status.code(), Some(0), "{}", explain(&bundled));
    assert_eq!(text(&bundled.stdout), APP_OUTPUT, "{}", explain(&bundled));
}

#[test]
fn es_module_bundled_for_node_runs_main_once_on_the_main_thread() {
    let Some(esbuild) =
        esbuild_or_skip("es_module_bundled_for_node_runs_main_once_on_the_main_thread")
    else {
        return;
    };
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", MAIN_C);
    write(p, "app.mjs", APP_MJS);
    build_in(p, &["hello.c", "-o", "hello.mjs"]);
    let unbundled = node_in(p, "app.mjs");
    assert_eq!(
        text(&unbundled.stdout),
        APP_OUTPUT,
        "{}",
        explain(&unbundled)
    );
    run_node_bundle(&esbuild, p, "app.mjs", "esm");
    // Run by itself, the module is still a program.
    let alone = node_in(p, "hello.mjs");
    assert_eq!(text(&alone.stdout), "main ran\n", "{}", explain(&alone));
}

#[test]
fn modularize_build_required_through_a_commonjs_bundle() {
    let Some(esbuild) = esbuild_or_skip("modularize_build_required_through_a_commonjs_bundle")
    else {
        return;
    };
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", MAIN_C);
    write(
        p,
        "app.cjs",
        "const { isMainThread } = require('worker_threads');\n\
         const createHello = require('./hello.js');\n\
         console.log(`app runs, main thread ${isMainThread}`);\n\
         createHello().then((m) => console.log(`factory resolved ${typeof m._main}`));\n",
    );
    build_in(
        p,
        &[
            "hello.c",
            "-sMODULARIZE",
            "-sEXPORT_NAME=createHello",
            "-o",
            "hello.js",
        ],
    );
    let unbundled = node_in(p, "app.cjs");
    assert_eq!(
        text(&unbundled.stdout),
        APP_OUTPUT,
        "{}",
        explain(&unbundled)
    );
    run_node_bundle(&esbuild, p, "app.cjs", "cjs");
}

#[test]
fn web_es_module_bundled_for_the_browser_runs_main_once_in_chromium() {
    let Some(esbuild) =
        esbuild_or_skip("web_es_module_bundled_for_the_browser_runs_main_once_in_chromium")
    else {
        return;
    };
    let d = scratch();
    let p = d.path();
    // The program lives on after main, so that a second run of main would
    // still be seen; the page ends the run half a second after the factory's promise.
    write(
        p,
        "hello.c",
        "#include <emscripten/eventloop.h>\n#include <stdio.h>\n\
         int main(void) { printf(\"main ran\\n\"); emscripten_runtime_keepalive_push(); return 0; }\n",
    );
    build_in(p, &["hello.c", "-sENVIRONMENT=web", "-o", "hello.mjs"]);
    write(
        p,
        "page.js",
        "import createModule from './hello.mjs';\n\
         const located = [];\n\
         createModule({\n\
           locateFile: (name) => { located.push(name); return 'assets/' + name; },\n\
         }).then((m) => setTimeout(() => {\n\
           wasmccTap('stdout', `factory resolved ${typeof m._main}, located ${located.join(',')}`);\n\
           wasmccTap('exit', 0);\n\
         }, 500));\n",
    );
    bundle(
        &esbuild,
        p,
        &[
            "page.js",
            "--platform=browser",
            "--format=esm",
            "--outfile=site/dist/page.js",
        ],
    );
    // The .wasm is where locateFile says, not beside the bundle.
    fs::create_dir_all(p.join("site/assets")).unwrap();
    fs::copy(p.join("hello.wasm"), p.join("site/assets/hello.wasm")).unwrap();
    write(
        &p.join("site"),
        "index.html",
        "<!doctype html><html><body><script type=\"module\" src=\"dist/page.js\"></script></body></html>\n",
    );
    if !browser_or_skip("web_es_module_bundled_for_the_browser_runs_main_once_in_chromium") {
        return;
    }
    let out = wasmrun_in(p, [p.join("site/index.html")]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "main ran\nfactory resolved function, located hello.wasm\n",
        "{}",
        explain(&out)
    );
}
