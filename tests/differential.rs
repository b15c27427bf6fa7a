//! Differential tests: every program in `tests/programs/` is built natively
//! with gcc/g++ and with wasmcc, both builds are run with the same arguments
//! and stdin in a fresh empty folder, and their stdout bytes and exit statuses
//! must agree.
//!
//! Side files next to `NAME.c` / `NAME.cpp`:
//! - `NAME.args`: command-line arguments, one per line.
//! - `NAME.stdin`: bytes fed to stdin.
//! - `NAME.flags`: extra flags for both compilers, one per line (after `-O2`).
//! - `NAME.expected`: the expected stdout, used instead of the native output
//!   where wasm32 legitimately differs from x86-64 (the ILP32 data model).
//! - `NAME.status`: the expected exit status, where it legitimately differs.
//!
//! `WASMCC_DIFF_FILTER=substring` runs only the programs whose name contains
//! it; `WASMCC_DIFF_JOBS=N` changes the number of programs run in parallel.

mod common;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// The suite must never pass because it found nothing to run.
const MIN_PROGRAMS: usize = 40;
const BUILD_TIMEOUT: Duration = Duration::from_secs(300);
const RUN_TIMEOUT: Duration = Duration::from_secs(120);
const DEFAULT_JOBS: usize = 2;

#[derive(Clone, Copy, PartialEq)]
enum Lang {
    C,
    Cpp,
}

struct Program {
    name: String,
    source: PathBuf,
    lang: Lang,
    args: Vec<String>,
    stdin: Vec<u8>,
    flags: Vec<String>,
    expected_stdout: Option<Vec<u8>>,
    expected_status: Option<i32>,
}

/// What running one command produced.
struct Run {
    status: i32,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    timed_out: bool,
}

fn programs_dir() -> PathBuf {
    common::repo_root().join("tests").join("programs")
}

/// Reads a side file of one-item-per-line values. A final newline does not
/// make an extra empty item; empty lines elsewhere are kept (an empty argument).
fn read_lines(path: &Path) -> Option<Vec<String>> {
    let text = std::fs::read_to_string(path).ok()?;
    let text = text.strip_suffix('\n').unwrap_or(&text);
    if text.is_empty() {
        return Some(Vec::new());
    }
    Some(text.split('\n').map(str::to_owned).collect())
}

fn discover() -> Vec<Program> {
    let dir = programs_dir();
    let mut programs = Vec::new();
    let entries = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read the program folder {}: {e}", dir.display()));
    for entry in entries {
        let path = entry.expect("read_dir entry").path();
        let lang = match path.extension().and_then(|e| e.to_str()) {
            Some("c") => Lang::C,
            Some("cpp") => Lang::Cpp,
            _ => continue,
        };
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let side = |ext: &str| dir.join(format!("{name}.{ext}"));
        let args = read_lines(&side("args")).unwrap_or_default();
        let stdin = std::fs::read(side("stdin")).unwrap_or_default();
        let flags = read_lines(&side("flags"))
            .unwrap_or_default()
            .into_iter()
            .map(|l| l.trim().to_owned())
            .filter(|l| !l.is_empty())
            .collect();
        let expected_stdout = std::fs::read(side("expected")).ok();
        let expected_status = std::fs::read_to_string(side("status")).ok().map(|s| {
            s.trim()
                .parse()
                .unwrap_or_else(|_| panic!("{name}.status must hold a number"))
        });
        programs.push(Program {
            name,
            source: path,
            lang,
            args,
            stdin,
            flags,
            expected_stdout,
            expected_status,
        });
    }
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    programs
}

/// Runs `cmd` in `dir` with `stdin`, killing it after `timeout`.
fn run(mut cmd: Command, dir: &Path, stdin: &[u8], timeout: Duration) -> Run {
    cmd.current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let deadline = Instant::now() + timeout;
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for child") {
            break status;
        }
        if Instant::now() >= deadline {
            timed_out = true;
            let _ = child.kill();
            break child.wait().expect("wait for killed child");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let _ = writer.join();
    let output = Output {
        status,
        stdout: out_reader.join().unwrap(),
        stderr: err_reader.join().unwrap(),
    };
    Run {
        status: common::shell_status(&output),
        stdout: output.stdout,
        stderr: output.stderr,
        timed_out,
    }
}

fn compiler_flags(p: &Program) -> Vec<String> {
    let mut flags = vec!["-O2".to_owned()];
    if p.lang == Lang::Cpp {
        flags.push("-std=c++17".to_owned());
    }
    flags.extend(p.flags.iter().cloned());
    flags
}

fn lossy_tail(bytes: &[u8], max: usize) -> String {
    let text = String::from_utf8_lossy(bytes);
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= max {
        text.into_owned()
    } else {
        let tail: String = chars[chars.len() - max..].iter().collect();
        format!("...{tail}")
    }
}

/// A few lines around the first difference between two outputs.
fn diff_excerpt(expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let e: Vec<&str> = exp.split_inclusive('\n').collect();
    let a: Vec<&str> = act.split_inclusive('\n').collect();
    let first = (0..e.len().max(a.len()))
        .find(|&i| e.get(i) != a.get(i))
        .unwrap_or(0);
    let from = first.saturating_sub(2);
    let to = first + 4;
    let mut out = format!(
        "    first difference at line {} (expected {} bytes / {} lines, got {} bytes / {} lines)\n",
        first + 1,
        expected.len(),
        e.len(),
        actual.len(),
        a.len()
    );
    for (label, lines) in [("expected", &e), ("actual  ", &a)] {
        for (i, line) in lines.iter().enumerate().take(to).skip(from) {
            let mark = if i == first { '>' } else { ' ' };
            let shown: String = line.chars().take(200).collect();
            out.push_str(&format!("    {label} {mark}{:4}| {shown:?}\n", i + 1));
        }
    }
    out
}

/// Builds and runs one program both ways; returns a report on mismatch.
fn check(p: &Program, build_dir: &Path) -> Result<(), String> {
    let flags = compiler_flags(p);
    let native_exe = build_dir.join(format!("{}.native", p.name));
    let cc = match p.lang {
        Lang::C => "gcc",
        Lang::Cpp => "g++",
    };
    let mut native_build = Command::new(cc);
    native_build
        .args(&flags)
        .arg(&p.source)
        .arg("-o")
        .arg(&native_exe)
        .arg("-lm");
    let built = run(native_build, build_dir, b"", BUILD_TIMEOUT);
    if built.status != 0 {
        return Err(format!(
            "native {cc} build failed (the program is at fault):\n{}",
            lossy_tail(&built.stderr, 3000)
        ));
    }

    let js = build_dir.join(format!("{}.js", p.name));
    let mut wasm_build = common::wasmcc([p.source.as_os_str()]);
    wasm_build.arg("-o").arg(&js).args(&flags);
    let built = run(wasm_build, build_dir, b"", BUILD_TIMEOUT);
    if built.status != 0 || built.timed_out {
        return Err(format!(
            "wasmcc build failed (status {}{}):\n{}",
            built.status,
            if built.timed_out { ", timed out" } else { "" },
            lossy_tail(&built.stderr, 3000)
        ));
    }

    let native_dir = common::scratch();
    let mut native_run = Command::new(&native_exe);
    native_run.args(&p.args);
    let native = run(native_run, native_dir.path(), &p.stdin, RUN_TIMEOUT);
    if native.timed_out {
        return Err("the native build timed out (the program is at fault)".to_owned());
    }

    let wasm_dir = common::scratch();
    let mut node = Command::new("node");
    node.arg(&js).args(&p.args);
    let wasm = run(node, wasm_dir.path(), &p.stdin, RUN_TIMEOUT);

    let expected_stdout = p.expected_stdout.as_deref().unwrap_or(&native.stdout);
    let expected_status = p.expected_status.unwrap_or(native.status);
    let stdout_ok = wasm.stdout == expected_stdout;
    let status_ok = wasm.status == expected_status;
    if stdout_ok && status_ok && !wasm.timed_out {
        return Ok(());
    }
    let source_of_truth = if p.expected_stdout.is_some() {
        format!("{}.expected", p.name)
    } else {
        "native stdout".to_owned()
    };
    let mut report = String::new();
    if wasm.timed_out {
        report.push_str(&format!(
            "  wasm run timed out after {}s\n",
            RUN_TIMEOUT.as_secs()
        ));
    }
    if !status_ok {
        report.push_str(&format!(
            "  exit status: expected {expected_status}, wasm {}\n",
            wasm.status
        ));
    }
    if !stdout_ok {
        report.push_str(&format!("  stdout differs from {source_of_truth}:\n"));
        report.push_str(&diff_excerpt(expected_stdout, &wasm.stdout));
    }
    if !wasm.stderr.is_empty() {
        report.push_str(&format!(
            "  wasm stderr:\n    {}\n",
            lossy_tail(&wasm.stderr, 1500).replace('\n', "\n    ")
        ));
    }
    Err(report)
}

fn require_tool(tool: &str) {
    let ok = Command::new(tool)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    assert!(
        ok,
        "`{tool}` is required by the differential tests (it builds the reference \
         native programs) but was not found on PATH; install it (Debian: apt-get install gcc g++)"
    );
}

#[test]
fn programs_match_native() {
    let all = discover();
    assert!(
        all.len() >= MIN_PROGRAMS,
        "found only {} programs in {}; expected at least {MIN_PROGRAMS}",
        all.len(),
        programs_dir().display()
    );
    require_tool("gcc");
    require_tool("g++");
    require_tool("node");

    let filter = std::env::var("WASMCC_DIFF_FILTER").unwrap_or_default();
    let programs: Vec<&Program> = all.iter().filter(|p| p.name.contains(&filter)).collect();
    assert!(
        !programs.is_empty(),
        "no program matches WASMCC_DIFF_FILTER={filter:?}"
    );
    let jobs = std::env::var("WASMCC_DIFF_JOBS")
        .ok()
        .and_then(|j| j.parse().ok())
        .filter(|&j: &usize| j > 0)
        .unwrap_or(DEFAULT_JOBS);

    let build_dir = common::scratch();
    let next = AtomicUsize::new(0);
    let failures: Mutex<Vec<(String, String)>> = Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(p) = programs.get(i) else { break };
                let started = Instant::now();
                let result = check(p, build_dir.path());
                let verdict = if result.is_ok() { "ok" } else { "MISMATCH" };
                eprintln!(
                    "differential: {:<24} {verdict} ({:.1}s)",
                    p.name,
                    started.elapsed().as_secs_f64()
                );
                if let Err(report) = result {
                    failures.lock().unwrap().push((p.name.clone(), report));
                }
            });
        }
    });

    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    if !failures.is_empty() {
        let mut msg = format!(
            "{} of {} programs differ between native and wasm:\n",
            failures.len(),
            programs.len()
        );
        for (name, report) in &failures {
            msg.push_str(&format!("\n=== {name}\n{report}"));
        }
        panic!("{msg}");
    }
}
