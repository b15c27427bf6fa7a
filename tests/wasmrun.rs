//! `wasmrun` end to end: the fixture pages in tests/pages report through
//! `wasmccTap` as the runtime does, and headless Chromium runs them.
//!
//! A test that needs the browser skips with a note when Chromium is not
//! installed, except under CI (the `CI` variable is set), where it must fail.

mod common;

use common::browser_or_skip;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn wasmrun_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_wasmrun"))
}

fn pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages")
}

/// A scratch folder holding copies of the fixture pages, a minimal wasm
/// module next to them, and a private temporary folder for wasmrun itself.
struct Site {
    dir: tempfile::TempDir,
}

impl Site {
    fn new() -> Site {
        let dir = tempfile::tempdir().expect("scratch folder");
        let www = dir.path().join("www");
        std::fs::create_dir(&www).expect("mkdir www");
        std::fs::create_dir(dir.path().join("tmp")).expect("mkdir tmp");
        for entry in std::fs::read_dir(pages_dir()).expect("tests/pages") {
            let entry = entry.expect("entry");
            std::fs::copy(entry.path(), www.join(entry.file_name())).expect("copy page");
        }
        // The 8-byte header alone is a valid, empty module.
        std::fs::write(www.join("empty.wasm"), b"\0asm\x01\0\0\0").expect("write wasm");
        Site { dir }
    }

    fn page(&self, name: &str) -> PathBuf {
        self.dir.path().join("www").join(name)
    }

    fn tmp(&self) -> PathBuf {
        self.dir.path().join("tmp")
    }

    /// Runs wasmrun with TMPDIR pointing at our folder, then checks that it
    /// left neither files nor processes behind.
    fn run<I, S>(&self, args: I) -> (Output, Duration)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let start = Instant::now();
        let out = Command::new(wasmrun_path())
            .args(args)
            .env("TMPDIR", self.tmp())
            .output()
            .expect("run wasmrun");
        let took = start.elapsed();
        let left: Vec<_> = std::fs::read_dir(self.tmp())
            .expect("read tmp")
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert!(left.is_empty(), "wasmrun left files behind: {left:?}");
        let marker = self.tmp().to_string_lossy().into_owned();
        let procs = processes_mentioning(&marker);
        assert!(procs.is_empty(), "wasmrun left processes behind: {procs:?}");
        (out, took)
    }
}

/// Live processes whose command line mentions `marker`.
fn processes_mentioning(marker: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        if !entry
            .file_name()
            .to_string_lossy()
            .chars()
            .all(|c| c.is_ascii_digit())
        {
            continue;
        }
        let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
        let zombie = stat
            .rfind(')')
            .is_some_and(|i| stat[i + 1..].trim_start().starts_with('Z'));
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
        if !zombie && cmdline.contains(marker) {
            found.push(cmdline);
        }
    }
    found
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn explain(out: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    )
}

#[test]
fn relays_lines_exit_status_and_eval() {
    if !browser_or_skip("relays_lines_exit_status_and_eval") {
        return;
    }
    let site = Site::new();
    let page = site.page("hello.html");
    let (out, took) = site.run([
        OsStr::new("--eval-after-exit"),
        OsStr::new("globalThis.finished"),
        page.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(3), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "hello\nworld\neval: {\"lines\":2}\n",
        "{}",
        explain(&out)
    );
    assert_eq!(text(&out.stderr), "to stderr\n", "{}", explain(&out));
    eprintln!("hello.html: {took:?} from start to exit");
}

#[test]
fn uncaught_exception_ends_with_status_1() {
    if !browser_or_skip("uncaught_exception_ends_with_status_1") {
        return;
    }
    let site = Site::new();
    let (out, _) = site.run([site.page("throws.html")]);
    assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    assert_eq!(text(&out.stdout), "before\n");
    assert!(
        text(&out.stderr).contains("Error: boom from the page"),
        "{}",
        explain(&out)
    );
}

#[test]
fn reported_error_without_exit_ends_with_status_1() {
    if !browser_or_skip("reported_error_without_exit_ends_with_status_1") {
        return;
    }
    let site = Site::new();
    let (out, _) = site.run([site.page("error_only.html")]);
    assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    assert_eq!(
        text(&out.stderr),
        "could not load the program\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn page_that_never_exits_times_out() {
    if !browser_or_skip("page_that_never_exits_times_out") {
        return;
    }
    let site = Site::new();
    let page = site.page("never_exits.html");
    let (out, took) = site.run([
        OsStr::new("--browser-timeout"),
        OsStr::new("2"),
        page.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(124), "{}", explain(&out));
    assert_eq!(text(&out.stdout), "started\n");
    assert!(
        text(&out.stderr).contains("wasmrun: no exit from the page after 2 s"),
        "{}",
        explain(&out)
    );
    assert!(took < Duration::from_secs(10), "the timeout took {took:?}");
}

#[test]
fn wasm_is_served_for_streaming_in_an_isolated_page() {
    if !browser_or_skip("wasm_is_served_for_streaming_in_an_isolated_page") {
        return;
    }
    let site = Site::new();
    let (out, _) = site.run([site.page("wasm_stream.html")]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "isolated: true\nshared memory: true\nexports: 0\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn arguments_after_the_page_reach_module_arguments() {
    if !browser_or_skip("arguments_after_the_page_reach_module_arguments") {
        return;
    }
    let site = Site::new();
    let page = site.page("args.html");
    let (out, _) = site.run([
        page.as_os_str(),
        OsStr::new("--"),
        OsStr::new("one"),
        OsStr::new("two words"),
        OsStr::new("--flag"),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "argc 3\none\ntwo words\n--flag\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn arguments_reach_a_custom_module_but_do_not_replace_its_own() {
    if !browser_or_skip("arguments_reach_a_custom_module_but_do_not_replace_its_own") {
        return;
    }
    let site = Site::new();
    let (out, _) = site.run([site.page("custom_module.html"), PathBuf::from("x")]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(text(&out.stdout), "args [\"x\"]\n", "{}", explain(&out));
    let (out, _) = site.run([site.page("own_arguments.html"), PathBuf::from("x")]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(text(&out.stdout), "args [\"mine\"]\n", "{}", explain(&out));
}

#[test]
fn keys_are_sent_to_the_page() {
    if !browser_or_skip("keys_are_sent_to_the_page") {
        return;
    }
    let site = Site::new();
    let page = site.page("keys.html");
    let mut args: Vec<&OsStr> = Vec::new();
    for key in ["a@200", "Enter@250", "ArrowUp@300", "q@350"] {
        args.push(OsStr::new("--send-key"));
        args.push(OsStr::new(key));
    }
    args.push(page.as_os_str());
    let (out, _) = site.run(args);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "ready\nkeydown \"a\" KeyA 65\nkeypress \"a\"\nkeydown \"Enter\" Enter 13\nkeypress \"Enter\"\n\
         keydown \"ArrowUp\" ArrowUp 38\nkeydown \"q\" KeyQ 81\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn screenshot_of_a_main_loop_then_exit_after() {
    if !browser_or_skip("screenshot_of_a_main_loop_then_exit_after") {
        return;
    }
    let site = Site::new();
    let shot = site.dir.path().join("shot.png");
    let page = site.page("main_loop.html");
    let (out, _) = site.run([
        OsStr::new("--window-size"),
        OsStr::new("200x100"),
        OsStr::new("--screenshot"),
        shot.as_os_str(),
        OsStr::new("--screenshot-after"),
        OsStr::new("600"),
        OsStr::new("--exit-after"),
        OsStr::new("700"),
        OsStr::new("--eval-after-exit"),
        OsStr::new("[innerWidth, innerHeight, frames > 0]"),
        page.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "renderer: webgl2\neval: [200,100,true]\n",
        "{}",
        explain(&out)
    );
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    // IHDR: width and height, big-endian, right after the chunk header.
    let size = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    assert_eq!((size(16), size(20)), (200, 100));
}

#[test]
fn missing_page_is_a_usage_error() {
    let site = Site::new();
    let (out, _) = site.run([site.page("no-such-page.html")]);
    assert_eq!(out.status.code(), Some(2), "{}", explain(&out));
    assert!(
        text(&out.stderr).contains("no-such-page.html"),
        "{}",
        explain(&out)
    );
}

#[test]
fn missing_browser_is_one_clear_line() {
    let site = Site::new();
    let out = Command::new(wasmrun_path())
        .arg(site.page("hello.html"))
        .env("WASMRUN_BROWSER", site.dir.path().join("no-browser-here"))
        .env("TMPDIR", site.tmp())
        .output()
        .expect("run wasmrun");
    assert_eq!(out.status.code(), Some(2), "{}", explain(&out));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("wasmrun: chromium not found: install it with 'apt-get install chromium' (or set WASMRUN_BROWSER)"),
        "{err}"
    );
}

#[test]
fn browser_that_dies_at_once_fails_quickly() {
    let site = Site::new();
    let Ok(true_path) = which::which("true") else {
        return;
    };
    let start = Instant::now();
    let out = Command::new(wasmrun_path())
        .arg(site.page("hello.html"))
        .env("WASMRUN_BROWSER", true_path)
        .env("TMPDIR", site.tmp())
        .output()
        .expect("run wasmrun");
    assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    assert!(
        text(&out.stderr).contains("the browser exited unexpectedly"),
        "{}",
        explain(&out)
    );
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(
        std::fs::read_dir(site.tmp()).expect("tmp").count(),
        0,
        "profile left behind"
    );
}

#[test]
fn command_line_errors_and_help() {
    let out = Command::new(wasmrun_path())
        .arg("--no-such-flag")
        .arg("p.html")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(2), "{}", explain(&out));
    assert!(
        text(&out.stderr).contains("unknown option '--no-such-flag'"),
        "{}",
        explain(&out)
    );

    let out = Command::new(wasmrun_path()).output().expect("run");
    assert_eq!(out.status.code(), Some(2), "{}", explain(&out));

    let out = Command::new(wasmrun_path())
        .arg("--help")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    let help = text(&out.stdout);
    for needle in [
        "Usage: wasmrun",
        "--browser-timeout",
        "--eval-after-exit",
        "--screenshot",
        "--send-key",
    ] {
        assert!(help.contains(needle), "help lacks {needle}:\n{help}");
    }

    let out = Command::new(wasmrun_path())
        .arg("--version")
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("wasmrun "));
}
