//! Random C programs from csmith: each is built natively with gcc and with
//! wasmcc, and both builds must print the same checksum of their globals.
//!
//! The seeds are fixed. `WASMCC_CSMITH_SEEDS=N` runs N seeds instead,
//! starting at `WASMCC_CSMITH_BASE` (default 1000). A seed whose native run
//! does not finish within 5 s is skipped: csmith can write programs that loop
//! for a very long time. A failing program is kept as
//! `target/tmp/csmith-failures/seed-N.c`.
//!
//! csmith's programs use the <stdint.h> types for all their variables and
//! print a `uint32_t` checksum, so they behave the same on LP64 (x86_64) and
//! ILP32 (wasm32). Packed structs are off: `#pragma pack(1)` gives misaligned
//! fields whose layout and access rules differ between the two targets.

mod common;

use common::{checked, scratch, wasmcc};
use std::collections::VecDeque;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const DEFAULT_SEEDS: &[u64] = &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const CSMITH_INCLUDE: &str = "/usr/include/csmith";
const NATIVE_LIMIT: Duration = Duration::from_secs(5);
const WASM_LIMIT: Duration = Duration::from_secs(120);
const WORKERS: usize = 2;

fn seeds() -> Vec<u64> {
    match std::env::var("WASMCC_CSMITH_SEEDS") {
        Ok(n) if !n.trim().is_empty() => {
            let n: u64 = n
                .trim()
                .parse()
                .expect("WASMCC_CSMITH_SEEDS must be a number");
            let base: u64 = std::env::var("WASMCC_CSMITH_BASE")
                .ok()
                .filter(|b| !b.trim().is_empty())
                .map(|b| {
                    b.trim()
                        .parse()
                        .expect("WASMCC_CSMITH_BASE must be a number")
                })
                .unwrap_or(1000);
            (base..base + n).collect()
        }
        _ => DEFAULT_SEEDS.to_vec(),
    }
}

struct Run {
    stdout: String,
    stderr: String,
    status: Option<i32>,
    elapsed: Duration,
    timed_out: bool,
}

/// Runs `cmd` with output to files in `dir`, killing it after `limit`.
fn run_limited(mut cmd: Command, dir: &Path, tag: &str, limit: Duration) -> Run {
    let out_path = dir.join(format!("{tag}.out"));
    let err_path = dir.join(format!("{tag}.err"));
    cmd.stdin(Stdio::null())
        .stdout(fs::File::create(&out_path).unwrap())
        .stderr(fs::File::create(&err_path).unwrap())
        .current_dir(dir);
    let start = Instant::now();
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {cmd:?}: {e}"));
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            timed_out = true;
            break child.wait().expect("wait");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Run {
        stdout: fs::read_to_string(&out_path).unwrap_or_default(),
        stderr: fs::read_to_string(&err_path).unwrap_or_default(),
        status: status.code(),
        elapsed: start.elapsed(),
        timed_out,
    }
}

enum Outcome {
    Same(String),
    Skipped(String),
    Differs(String),
}

/// The first per-variable checksum line where the two builds part ways,
/// from runs with csmith's `1` argument (print every hashed variable).
fn first_divergence(dir: &Path) -> String {
    let mut prog = Command::new(dir.join("prog"));
    prog.arg("1");
    let native = run_limited(prog, dir, "native-v", NATIVE_LIMIT);
    let mut node = Command::new("node");
    node.arg(dir.join("prog.js")).arg("1");
    let wasm = run_limited(node, dir, "wasm-v", WASM_LIMIT);
    for (a, b) in native.stdout.lines().zip(wasm.stdout.lines()) {
        if a != b {
            return format!("first differing line:\n  native: {a}\n  wasm:   {b}");
        }
    }
    "verbose runs agree line by line".into()
}

fn keep_failure(seed: u64, dir: &Path) -> PathBuf {
    let keep = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("csmith-failures");
    let _ = fs::create_dir_all(&keep);
    let dest = keep.join(format!("seed-{seed}.c"));
    let _ = fs::copy(dir.join("prog.c"), &dest);
    dest
}

fn check_seed(seed: u64, root: &Path) -> Result<Outcome, String> {
    let dir = root.join(format!("seed-{seed}"));
    fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let include = format!("-I{CSMITH_INCLUDE}");

    checked(
        Command::new("csmith")
            .args([
                "--seed",
                &seed.to_string(),
                "--no-packed-struct",
                "-o",
                "prog.c",
            ])
            .current_dir(&dir),
        "csmith",
    )?;
    checked(
        Command::new("gcc")
            .args(["-O1", "-w", &include, "prog.c", "-o", "prog"])
            .current_dir(&dir),
        "gcc",
    )?;
    let native = run_limited(Command::new(dir.join("prog")), &dir, "native", NATIVE_LIMIT);
    if native.timed_out {
        return Ok(Outcome::Skipped(format!(
            "native run longer than {NATIVE_LIMIT:?}"
        )));
    }
    if native.status != Some(0) || !native.stdout.contains("checksum = ") {
        return Ok(Outcome::Skipped(format!(
            "native run failed ({:?}): {}",
            native.status, native.stderr
        )));
    }

    checked(
        wasmcc(["-O1", "-w", &include, "prog.c", "-o", "prog.js"]).current_dir(&dir),
        "wasmcc",
    )?;
    let mut node = Command::new("node");
    node.arg(dir.join("prog.js"));
    let wasm = run_limited(node, &dir, "wasm", WASM_LIMIT);
    if wasm.timed_out {
        let kept = keep_failure(seed, &dir);
        return Ok(Outcome::Differs(format!(
            "wasm run did not finish in {WASM_LIMIT:?} (native took {:?}); program kept as {}",
            native.elapsed,
            kept.display()
        )));
    }
    if wasm.stdout != native.stdout || wasm.status != native.status {
        let kept = keep_failure(seed, &dir);
        return Ok(Outcome::Differs(format!(
            "native: status {:?}, {:?}\nwasm:   status {:?}, {:?}, stderr {:?}\n{}\nprogram kept as {}",
            native.status,
            native.stdout.trim(),
            wasm.status,
            wasm.stdout.trim(),
            wasm.stderr.trim(),
            first_divergence(&dir),
            kept.display()
        )));
    }
    let _ = fs::remove_dir_all(&dir);
    Ok(Outcome::Same(format!(
        "{} (native {:.2?}, wasm {:.2?})",
        native.stdout.trim(),
        native.elapsed,
        wasm.elapsed
    )))
}

fn describe(seed: u64, outcome: &Result<Outcome, String>) -> String {
    match outcome {
        Ok(Outcome::Same(what)) => format!("seed {seed}: same {what}"),
        Ok(Outcome::Skipped(why)) => format!("seed {seed}: skipped, {why}"),
        Ok(Outcome::Differs(how)) => format!("seed {seed}: DIFFERS\n{how}"),
        Err(e) => format!("seed {seed}: ERROR {e}"),
    }
}

#[test]
fn csmith_programs_match_native() {
    assert!(
        Path::new(CSMITH_INCLUDE).join("csmith.h").is_file(),
        "csmith's headers are missing: install the csmith and libcsmith-dev packages"
    );
    let work = scratch();
    let root = work.path().to_path_buf();
    let all = seeds();
    let queue = Arc::new(Mutex::new(all.iter().copied().collect::<VecDeque<u64>>()));
    let results = Arc::new(Mutex::new(Vec::new()));
    let workers: Vec<_> = (0..WORKERS)
        .map(|_| {
            let (queue, results, root) = (queue.clone(), results.clone(), root.clone());
            std::thread::spawn(move || loop {
                let Some(seed) = queue.lock().unwrap().pop_front() else {
                    break;
                };
                let outcome = check_seed(seed, &root);
                eprintln!("{}", describe(seed, &outcome));
                results.lock().unwrap().push((seed, outcome));
            })
        })
        .collect();
    for w in workers {
        w.join().expect("worker panicked");
    }
    let mut results = Arc::try_unwrap(results).ok().unwrap().into_inner().unwrap();
    results.sort_by_key(|(seed, _)| *seed);

    let mut report = String::new();
    let (mut same, mut failures) = (0, 0);
    for (seed, outcome) in &results {
        match outcome {
            Ok(Outcome::Same(_)) => same += 1,
            Ok(Outcome::Skipped(_)) => {}
            Ok(Outcome::Differs(_)) | Err(_) => failures += 1,
        }
        report.push_str(&describe(*seed, outcome));
        report.push('\n');
    }
    assert_eq!(failures, 0, "csmith programs differ:\n{report}");
    assert!(
        same * 2 >= all.len(),
        "too few seeds could be compared ({same} of {}):\n{report}",
        all.len()
    );
}
