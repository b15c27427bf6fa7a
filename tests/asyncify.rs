//! -sASYNCIFY: C code that sleeps (emscripten_sleep, sleep, usleep,
//! nanosleep) gives the event loop its turn and carries on afterwards. In
//! Node: timers run between iterations, the program ends with the right
//! status after its atexit handlers, setjmp/longjmp work together with
//! sleeping (against gcc's build), ccall with {async: true}. In Chromium: a
//! legacy while-loop game lets animation frames run and takes key presses.
//! And the clear errors: emscripten_sleep without -sASYNCIFY, an object
//! compiled with Wasm exception handling, C++ exceptions. The lists that tune
//! what Asyncify instruments (ASYNCIFY_ADD, _REMOVE, _ONLY), and setjmp with
//! sleeping inside a static library.

mod common;

use common::{
    browser_or_skip, build, explain, node, repo_root, scratch, shell_status, stdout, wasmcc,
    wasmrun,
};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn src(name: &str) -> String {
    repo_root()
        .join("tests/asyncify")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

/// Builds `source` with -sASYNCIFY and `flags` into `dir/NAME.js`.
fn build_js(dir: &Path, source: &str, flags: &[&str]) -> PathBuf {
    let stem = Path::new(source).file_stem().unwrap().to_str().unwrap();
    let js = dir.join(format!("{stem}.js"));
    let mut args = vec!["-sASYNCIFY", source, "-o", js.to_str().unwrap()];
    args.extend(flags);
    build(&args);
    js
}

#[test]
fn a_sleeping_loop_lets_a_js_timer_run_between_iterations() {
    let dir = scratch();
    let pre = src("ticks.pre.js");
    let js = build_js(dir.path(), &src("yield.c"), &["--pre-js", &pre]);
    let out = node(&js, &[], b"", dir.path());
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    assert_eq!(stdout(&out), "timer ran between iterations: yes\n");
}

#[test]
fn after_sleeping_main_returns_or_exits_with_its_status_and_atexit_runs() {
    let dir = scratch();
    for opt in ["-O0", "-O2"] {
        let js = build_js(dir.path(), &src("exit_after_sleep.c"), &[opt]);
        let out = node(&js, &[], b"", dir.path());
        assert_eq!(shell_status(&out), 3, "{opt}: {}", explain(&out));
        assert_eq!(
            stdout(&out),
            "before sleeping\nafter sleeping\natexit ran\n",
            "{opt}"
        );
        let out = node(&js, &["exit"], b"", dir.path());
        assert_eq!(shell_status(&out), 5, "{opt}: {}", explain(&out));
        assert_eq!(
            stdout(&out),
            "before sleeping\nafter sleeping\nexiting with 5\natexit ran\n",
            "{opt}"
        );
    }
}

/// gcc's build of a plain C program (usleep, setjmp) is the reference.
fn native(source: &str, dir: &Path) -> Output {
    native_of(&[source], dir)
}

fn native_of(sources: &[&str], dir: &Path) -> Output {
    let exe = dir.join("native");
    let cc = Command::new("cc")
        .args(["-O1", "-w"])
        .args(sources)
        .arg("-o")
        .arg(&exe)
        .output()
        .expect("run the native C compiler (cc)");
    assert!(
        cc.status.success(),
        "{}",
        String::from_utf8_lossy(&cc.stderr)
    );
    Command::new(&exe).output().expect("run the native build")
}

#[test]
fn setjmp_longjmp_and_sleep_together_match_the_native_program() {
    let dir = scratch();
    let source = src("pcall.c");
    let expected = native(&source, dir.path());
    assert_eq!(shell_status(&expected), 9);
    for opt in ["-O0", "-O2"] {
        let js = build_js(dir.path(), &source, &[opt]);
        let out = node(&js, &[], b"", dir.path());
        assert_eq!(shell_status(&out), 9, "{opt}: {}", explain(&out));
        assert_eq!(stdout(&out), stdout(&expected), "{opt}");
    }
}

#[test]
fn ccall_async_gives_a_promise_of_what_the_sleeping_function_returns() {
    let dir = scratch();
    let js = build_js(
        dir.path(),
        &src("ccall_async.c"),
        &["-sEXPORTED_RUNTIME_METHODS=ccall"],
    );
    let out = node(&js, &[], b"", dir.path());
    assert_eq!(shell_status(&out), 6, "{}", explain(&out));
    assert_eq!(
        stdout(&out),
        "sleeping on \"sleepy\"\nccall returned a promise: true\n\
         woke up on \"sleepy\"\nthe promise gave 6\n",
        "{}",
        explain(&out)
    );
}

fn game_page(dir: &Path) -> PathBuf {
    let html = dir.join("loop_game.html");
    let game = repo_root().join("examples/loop_game.c");
    build(&[
        "-sASYNCIFY",
        game.to_str().unwrap(),
        "-o",
        html.to_str().unwrap(),
    ]);
    html
}

#[test]
fn the_while_loop_game_yields_to_animation_frames_in_chromium() {
    if !browser_or_skip("the_while_loop_game_yields_to_animation_frames_in_chromium") {
        return;
    }
    let dir = scratch();
    let out = wasmrun(&game_page(dir.path()), &[], &["--frames", "40"]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let text = stdout(&out);
    // The browser's requestAnimationFrame counter advances only if the loop yields.
    let line = text
        .lines()
        .find(|l| l.starts_with("40 frames, "))
        .unwrap_or_else(|| panic!("no frame report in:\n{}", explain(&out)));
    let animation_frames: u32 = line
        .trim_start_matches("40 frames, ")
        .trim_end_matches(" animation frames")
        .parse()
        .unwrap();
    assert!(animation_frames >= 5, "{line}");
    assert!(text.ends_with("bye after 40 frames\n"), "{text}");
}

#[test]
fn the_while_loop_game_takes_key_presses_in_chromium() {
    if !browser_or_skip("the_while_loop_game_takes_key_presses_in_chromium") {
        return;
    }
    let dir = scratch();
    let out = wasmrun(
        &game_page(dir.path()),
        &[
            "--send-key",
            "ArrowLeft@1500",
            "--send-key",
            "Space@1800",
            "--send-key",
            "Escape@2200",
        ],
        &[],
    );
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let text = stdout(&out);
    let events: Vec<&str> = text
        .lines()
        .filter(|l| matches!(*l, "left" | "serve" | "quit"))
        .collect();
    assert_eq!(events, ["left", "serve", "quit"], "{}", explain(&out));
    assert!(text.lines().last().unwrap_or("").starts_with("bye after "));
}

fn failed_build(args: &[&str], dir: &Path) -> String {
    let out = wasmcc(args).current_dir(dir).output().expect("run wasmcc");
    assert!(!out.status.success(), "the build should fail");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn emscripten_sleep_without_asyncify_is_a_link_error_saying_what_to_do() {
    let dir = scratch();
    let err = failed_build(&[&src("yield.c"), "-o", "y.js"], dir.path());
    assert!(err.contains("build with -sASYNCIFY"), "{err}");
    assert!(!dir.path().join("y.js").exists());
}

#[test]
fn an_object_with_wasm_exception_handling_is_refused_by_name() {
    let dir = scratch();
    // Compiled without -sASYNCIFY, setjmp uses Wasm exception handling.
    build(&[
        "-c",
        &src("pcall.c"),
        "-o",
        dir.path().join("pcall.o").to_str().unwrap(),
    ]);
    let err = failed_build(&["-sASYNCIFY", "pcall.o", "-o", "p.js"], dir.path());
    assert!(err.contains("pcall.o"), "{err}");
    assert!(err.contains("recompile it with -sASYNCIFY"), "{err}");
    // Recompiled with it, the object links.
    build(&[
        "-sASYNCIFY",
        "-c",
        &src("pcall.c"),
        "-o",
        dir.path().join("pcall.o").to_str().unwrap(),
    ]);
    let out = wasmcc(["-sASYNCIFY", "pcall.o", "-o", "p.js"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", explain(&out));
}

#[test]
fn cxx_exceptions_with_asyncify_are_still_refused_clearly() {
    let dir = scratch();
    std::fs::write(
        dir.path().join("t.cpp"),
        "int main() { try { throw 1; } catch (int) {} }\n",
    )
    .unwrap();
    let err = failed_build(
        &["-sASYNCIFY", "-fexceptions", "t.cpp", "-o", "t.js"],
        dir.path(),
    );
    assert!(
        err.contains("C++ exceptions use Wasm exception handling"),
        "{err}"
    );
    // Without the flag, C++ under -sASYNCIFY builds as with -fno-exceptions.
    let err = failed_build(&["-sASYNCIFY", "t.cpp", "-o", "t.js"], dir.path());
    assert!(err.contains("exceptions disabled"), "{err}");
}

#[test]
fn main_loop_frames_wait_while_a_frame_sleeps() {
    let dir = scratch();
    let js = build_js(dir.path(), &src("loop_callback_sleeps.c"), &[]);
    let out = node(&js, &[], b"", dir.path());
    assert_eq!(shell_status(&out), 4, "{}", explain(&out));
    let want: String = (1..=3)
        .map(|n| format!("frame {n} begins\nframe {n} ends\n"))
        .collect();
    assert_eq!(stdout(&out), want, "{}", explain(&out));
}

#[test]
fn a_saved_stack_too_big_for_asyncify_stack_size_says_so() {
    let dir = scratch();
    let js = build_js(dir.path(), &src("deep_sleep.c"), &["-O0"]);
    let out = node(&js, &["200"], b"", dir.path());
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    assert_eq!(stdout(&out), "woke after 200 frames\n");

    // 200 frames do not fit in 256 bytes.
    let js = build_js(
        dir.path(),
        &src("deep_sleep.c"),
        &["-O0", "-sASYNCIFY_STACK_SIZE=256"],
    );
    let out = node(&js, &["200"], b"", dir.path());
    assert_eq!(shell_status(&out), 1, "{}", explain(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("wasm trap") && err.contains("-sASYNCIFY_STACK_SIZE=256"),
        "{err}"
    );
}

#[test]
fn asyncify_imports_lets_a_js_library_function_sleep() {
    let dir = scratch();
    let (pre, lib) = (src("ticks.pre.js"), src("wait.lib.js"));
    let js = build_js(
        dir.path(),
        &src("js_wait.c"),
        &[
            "--pre-js",
            &pre,
            "--js-library",
            &lib,
            "-sASYNCIFY_IMPORTS=js_wait",
        ],
    );
    let out = node(&js, &[], b"", dir.path());
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    assert_eq!(
        stdout(&out),
        "timer ran between iterations: yes; js_wait returned 11\n"
    );
}

#[test]
fn asyncify_ignore_indirect_instruments_less_and_direct_sleeps_still_work() {
    let dir = scratch();
    let game = repo_root().join("examples/loop_game.c");
    let size = |flags: &[&str]| {
        let js = dir.path().join("game.js");
        let mut args = vec![
            "-O2",
            "-sASYNCIFY",
            game.to_str().unwrap(),
            "-o",
            js.to_str().unwrap(),
        ];
        args.extend(flags);
        build(&args);
        std::fs::metadata(dir.path().join("game.wasm"))
            .unwrap()
            .len()
    };
    let all = size(&[]);
    let direct_only = size(&["-sASYNCIFY_IGNORE_INDIRECT"]);
    assert!(
        direct_only * 10 < all * 9,
        "{direct_only} bytes with the setting, {all} without"
    );

    let pre = src("ticks.pre.js");
    let js = build_js(
        dir.path(),
        &src("yield.c"),
        &["--pre-js", &pre, "-sASYNCIFY_IGNORE_INDIRECT"],
    );
    let out = node(&js, &[], b"", dir.path());
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    assert_eq!(stdout(&out), "timer ran between iterations: yes\n");
}

/// The size of `tuning.wasm` built at -O2 with `flags`, after checking that
/// the program still sleeps directly and through a function pointer.
fn tuned_size(dir: &Path, flags: &[&str]) -> u64 {
    let mut all = vec!["-O2"];
    all.extend(flags);
    let js = build_js(dir, &src("tuning.c"), &all);
    let out = node(&js, &[], b"", dir);
    assert_eq!(shell_status(&out), 0, "{flags:?}: {}", explain(&out));
    assert_eq!(
        stdout(&out),
        "crunch 770612\nslept directly\nslept through a pointer\n",
        "{flags:?}"
    );
    std::fs::metadata(dir.join("tuning.wasm")).unwrap().len()
}

#[test]
fn asyncify_remove_leaves_a_function_that_never_sleeps_uninstrumented() {
    let dir = scratch();
    let all = tuned_size(dir.path(), &[]);
    let removed = tuned_size(dir.path(), &["-sASYNCIFY_REMOVE=crunch"]);
    assert!(
        removed < all,
        "{removed} bytes with the list, {all} without"
    );
    // Emscripten's spellings of a list: quoted in brackets, a wildcard, a file.
    let quoted = tuned_size(dir.path(), &["-sASYNCIFY_REMOVE=['cru*','no_such']"]);
    assert_eq!(quoted, removed);
    std::fs::write(dir.path().join("remove.txt"), "crunch\n").unwrap();
    let file = dir.path().join("remove.txt");
    let from_file = tuned_size(
        dir.path(),
        &[&format!("-sASYNCIFY_REMOVE=@{}", file.display())],
    );
    assert_eq!(from_file, removed);
}

#[test]
fn asyncify_only_instruments_just_the_sleeping_chain() {
    let dir = scratch();
    let all = tuned_size(dir.path(), &[]);
    // main stands for the names the runtime enters it by, as in Emscripten.
    let only = tuned_size(
        dir.path(),
        &["-sASYNCIFY_ONLY=[\"main\",\"nap\",\"call_later\"]"],
    );
    assert!(
        only * 10 < all * 9,
        "{only} bytes with the list, {all} without"
    );
}

fn run_sleep_via_pointer(dir: &Path, flags: &[&str]) -> Output {
    let mut all = vec!["-sASYNCIFY_IGNORE_INDIRECT"];
    all.extend(flags);
    let js = build_js(dir, &src("sleep_via_pointer.c"), &all);
    node(&js, &[], b"", dir)
}

#[test]
fn asyncify_add_makes_a_sleep_through_a_function_pointer_work() {
    let dir = scratch();
    let want = "frame 0\nframe 1\nframe 2\ndone\n";
    // Without the list, Asyncify does not see the sleep and cannot unwind.
    let out = run_sleep_via_pointer(dir.path(), &[]);
    assert_ne!(shell_status(&out), 0, "{}", explain(&out));
    // The function making the call is enough: its callers are added too.
    let out = run_sleep_via_pointer(dir.path(), &["-sASYNCIFY_ADD=call_hook"]);
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    assert_eq!(stdout(&out), want);
    // Without the propagation every function on the way must be listed.
    let out = run_sleep_via_pointer(
        dir.path(),
        &["-sASYNCIFY_ADD=call_hook", "-sASYNCIFY_PROPAGATE_ADD=0"],
    );
    assert_ne!(shell_status(&out), 0, "{}", explain(&out));
    let out = run_sleep_via_pointer(
        dir.path(),
        &[
            "-sASYNCIFY_ADD=call_hook,frame,main",
            "-sASYNCIFY_PROPAGATE_ADD=0",
        ],
    );
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    assert_eq!(stdout(&out), want);
}

#[test]
fn asyncify_advise_prints_why_functions_are_instrumented() {
    let dir = scratch();
    let js = dir.path().join("tuning.js");
    let out = wasmcc([
        "-sASYNCIFY",
        "-sASYNCIFY_ADVISE",
        &src("tuning.c"),
        "-o",
        js.to_str().unwrap(),
    ])
    .output()
    .unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    let text = stdout(&out);
    assert!(
        text.contains("nap") && text.contains("emscripten_sleep"),
        "{text}"
    );
    assert!(text.contains("crunch"), "{text}");
}

#[test]
fn asyncify_only_with_add_is_a_clear_error_and_lists_without_asyncify_warn() {
    let dir = scratch();
    let err = failed_build(
        &[
            "-sASYNCIFY",
            "-sASYNCIFY_ONLY=main",
            "-sASYNCIFY_ADD=nap",
            &src("tuning.c"),
            "-o",
            "t.js",
        ],
        dir.path(),
    );
    assert!(err.contains("-sASYNCIFY_ONLY cannot be combined"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");

    let out = wasmcc(["-sASYNCIFY_REMOVE=crunch", &src("yield.c"), "-o", "y.js"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("-sASYNCIFY_REMOVE has no effect without -sASYNCIFY"),
        "{err}"
    );
}

/// Builds `sjlj_lib.c` into `libsjlj.a` with `flags`.
fn sjlj_archive(dir: &Path, flags: &[&str]) {
    let obj = dir.join("sjlj_lib.o");
    let mut args = vec!["-c", "-O1"];
    args.extend(flags);
    let lib = src("sjlj_lib.c");
    args.extend([lib.as_str(), "-o", obj.to_str().unwrap()]);
    build(&args);
    let _ = std::fs::remove_file(dir.join("libsjlj.a"));
    let ar = ["llvm-ar-19", "llvm-ar"]
        .into_iter()
        .find(|ar| Command::new(ar).arg("--version").output().is_ok())
        .expect("llvm-ar");
    let status = Command::new(ar)
        .args(["rcs", "libsjlj.a", "sjlj_lib.o"])
        .current_dir(dir)
        .status()
        .unwrap();
    assert!(status.success());
}

#[test]
fn setjmp_and_sleep_inside_a_static_library_run_like_the_native_build() {
    let dir = scratch();
    let (lib, main) = (src("sjlj_lib.c"), src("sjlj_main.c"));
    let expected = native_of(&[&lib, &main], dir.path());
    assert_eq!(shell_status(&expected), 4);
    sjlj_archive(dir.path(), &["-sASYNCIFY"]);
    for link in [&["libsjlj.a"][..], &["-L.", "-lsjlj"]] {
        let mut args = vec!["-sASYNCIFY", main.as_str()];
        args.extend(link);
        args.extend(["-o", "p.js"]);
        let out = wasmcc(&args).current_dir(dir.path()).output().unwrap();
        assert!(out.status.success(), "{}", explain(&out));
        let out = node(&dir.path().join("p.js"), &[], b"", dir.path());
        assert_eq!(shell_status(&out), 4, "{link:?}: {}", explain(&out));
        assert_eq!(stdout(&out), stdout(&expected), "{link:?}");
    }
}

#[test]
fn an_archive_member_with_wasm_exception_handling_is_refused_by_name() {
    let dir = scratch();
    sjlj_archive(dir.path(), &[]);
    let err = failed_build(
        &["-sASYNCIFY", &src("sjlj_main.c"), "libsjlj.a", "-o", "p.js"],
        dir.path(),
    );
    assert!(err.contains("libsjlj.a(sjlj_lib.o)"), "{err}");
    assert!(err.contains("recompile it with -sASYNCIFY"), "{err}");
}
