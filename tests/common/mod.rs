//! Helpers shared by the integration tests: run the built `wasmcc`, make
//! scratch folders, and run what it emits in Node.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The `wasmcc` binary cargo built for this test run.
pub fn wasmcc_path() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_wasmcc"))
}

/// A `Command` for `wasmcc` with the given arguments.
pub fn wasmcc<I, S>(args: I) -> Command
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let mut cmd = Command::new(wasmcc_path());
    cmd.args(args);
    cmd
}

/// Runs a command to completion, feeding `stdin`, and returns its output.
pub fn run_with_stdin(cmd: &mut Command, stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let mut pipe = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&data);
    });
    let out = child.wait_with_output().expect("wait");
    let _ = writer.join();
    out
}

/// Writes a file of a test's own.
pub fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap_or_else(|e| panic!("write {name}: {e}"));
}

/// Output bytes as text, for messages and comparisons.
pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Builds `args` with wasmcc in `dir`; on failure panics with what it said.
pub fn build_in(dir: &Path, args: &[&str]) {
    let out = wasmcc(args).current_dir(dir).output().expect("run wasmcc");
    assert!(
        out.status.success(),
        "wasmcc {args:?} failed:\n{}",
        explain(&out)
    );
}

/// Runs wasmcc with `args` in `dir`, expecting it to fail; returns its stderr.
pub fn build_fails_in(dir: &Path, args: &[&str]) -> String {
    let out = wasmcc(args).current_dir(dir).output().expect("run wasmcc");
    assert!(!out.status.success(), "wasmcc {args:?} succeeded");
    text(&out.stderr)
}

/// Builds `args` with wasmcc and panics with clang's/wasmcc's message on failure.
pub fn build(args: &[&str]) {
    let out = wasmcc(args).output().expect("run wasmcc");
    assert!(
        out.status.success(),
        "wasmcc {args:?} failed:\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `node file.js args...` with `stdin`, run in `dir`.
pub fn node(js: &Path, args: &[&str], stdin: &[u8], dir: &Path) -> Output {
    let mut cmd = Command::new("node");
    cmd.arg(js).args(args).current_dir(dir);
    run_with_stdin(&mut cmd, stdin)
}

/// A fresh scratch folder, removed when dropped.
pub fn scratch() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("wasmcc-test-")
        .tempdir()
        .expect("temp dir")
}

/// The repository root (where Cargo.toml is).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Exit status as a shell sees it: the code, or 128 + signal.
pub fn shell_status(out: &Output) -> i32 {
    use std::os::unix::process::ExitStatusExt;
    match out.status.code() {
        Some(c) => c,
        None => 128 + out.status.signal().unwrap_or(0),
    }
}

/// Whether Chromium is there to run pages. Without it a test is skipped with
/// a note, except under CI, which installs it: there a missing browser fails.
pub fn browser_or_skip(test: &str) -> bool {
    let found = std::env::var_os("WASMRUN_BROWSER").is_some_and(|v| !v.is_empty())
        || Path::new("/usr/bin/chromium").is_file()
        || which::which("chromium").is_ok();
    if found {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{test}: chromium is required under CI (apt-get install chromium)"
    );
    eprintln!("note: skipping {test}: chromium is not installed");
    false
}

/// Whether `tool` is on PATH. Missing, the test is skipped, except under CI
/// (scripts/setup.sh --test installs `package`), where it fails.
pub fn tool_or_skip(test: &str, tool: &str, package: &str) -> bool {
    present_or_skip(test, which::which(tool).is_ok(), tool, package)
}

/// `found`, or a skipped test with a note naming `what`, except under CI
/// (scripts/setup.sh --test installs `package`), where it fails.
pub fn present_or_skip(test: &str, found: bool, what: &str, package: &str) -> bool {
    if found {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{test}: {what} is required under CI (apt-get install {package})"
    );
    eprintln!("note: skipping {test}: {what} is not installed");
    false
}

/// `node --check` on an emitted file: it must be valid JavaScript.
pub fn node_check(js: &Path) {
    let out = Command::new("node")
        .arg("--check")
        .arg(js)
        .output()
        .expect("run node");
    assert!(
        out.status.success(),
        "{} is not valid JavaScript:\n{}",
        js.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A process's stdout as text.
pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Status, stdout and stderr, for an assertion's message.
pub fn explain(out: &Output) -> String {
    format!(
        "status {}\n--- stdout\n{}--- stderr\n{}",
        shell_status(out),
        stdout(out),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Runs `wasmrun OPTIONS PAGE ARGS` (ARGS are the program's arguments), with
/// a browser timeout long enough for a loaded machine.
pub fn wasmrun(page: &Path, options: &[&str], args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wasmrun"))
        .args(["--browser-timeout", "40"])
        .args(options)
        .arg(page)
        .args(args)
        .output()
        .expect("run wasmrun")
}

/// The folder of the package `name` that cargo resolved for this workspace
/// (a dev-dependency whose files a test builds, never links), found with
/// `cargo metadata` so nothing of it is committed here.
pub fn package_dir(name: &str) -> Result<PathBuf, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let out = Command::new(&cargo)
        .args(["metadata", "--format-version", "1"])
        .current_dir(repo_root())
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "cargo metadata failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let meta: serde_json::Value =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let manifest = meta["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|p| p["name"] == name)
        .and_then(|p| p["manifest_path"].as_str())
        .ok_or_else(|| format!("package {name} is not in cargo metadata"))?;
    Path::new(manifest)
        .parent()
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("{manifest}: no parent folder"))
}

/// Runs a build step to completion; a failure is its stderr, with `what`.
pub fn checked(cmd: &mut Command, what: &str) -> Result<(), String> {
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run {what}: {e}"))?;
    step_result(&out, what)
}

/// A finished build step's outcome: a failure is its stderr, with `what`.
pub fn step_result(out: &Output, what: &str) -> Result<(), String> {
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{what} failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// The first line where a native and a wasm run's outputs differ, for a
/// failure message.
pub fn first_difference(native: &[u8], wasm: &[u8]) -> String {
    let n = String::from_utf8_lossy(native);
    let w = String::from_utf8_lossy(wasm);
    let (mut nl, mut wl) = (n.split('\n'), w.split('\n'));
    for line in 1.. {
        match (nl.next(), wl.next()) {
            (None, None) => break,
            (a, b) if a == b => continue,
            (a, b) => {
                return format!("line {line}:\n  native: {a:?}\n  wasm:   {b:?}");
            }
        }
    }
    "no line differs (bytes do)".into()
}

/// The RGBA values a test program printed as `pixel X,Y: R G B A`.
pub fn pixel(out: &str, at: &str) -> Vec<u32> {
    let line = out
        .lines()
        .find(|l| l.starts_with(&format!("pixel {at}:")))
        .unwrap_or_else(|| panic!("no pixel {at} in:\n{out}"));
    line.split(':')
        .nth(1)
        .unwrap()
        .split_whitespace()
        .map(|v| v.parse().unwrap())
        .collect()
}

/// Runs `wasmrun ARGS`; its temporary files go to a folder of the test's own.
pub fn wasmrun_in<I, S>(dir: &Path, args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let tmp = dir.join("wasmrun-tmp");
    std::fs::create_dir_all(&tmp).unwrap();
    Command::new(env!("CARGO_BIN_EXE_wasmrun"))
        .args(args)
        .env("TMPDIR", &tmp)
        .output()
        .expect("run wasmrun")
}
