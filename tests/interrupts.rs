//! Builds cut short and builds side by side. SIGINT, SIGTERM or SIGHUP in
//! the middle of a build ends the tools it started, removes its temporary
//! files, leaves the previous outputs as they were, and exits with 128 + the
//! signal. Two builds writing the same `-o` at once leave the complete
//! outputs of one of them, never the JS of one with the module of the other.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

/// A C program of `n` functions, reached through a table so that none is
/// removed: clang at -O2 and wasm-opt take seconds over it.
fn big_source(n: usize) -> String {
    let mut c = String::from("#include <stdio.h>\n");
    for i in 0..n {
        c += &format!(
            "int f{i}(int x) {{ int s = x; for (int k = 0; k < x % 7 + {}; k++) {{ \
             s = s * {} + (s >> 3) ^ k; if (s & {}) s -= {i}; }} return s; }}\n",
            i % 5,
            i % 13 + 3,
            i % 17 + 1
        );
    }
    c += "int (*table[])(int) = {";
    c += &(0..n)
        .map(|i| format!("f{i}"))
        .collect::<Vec<_>>()
        .join(",");
    c += "};\nint main(int argc, char **argv) { int s = 0; \
          for (unsigned i = 0; i < sizeof table / sizeof *table; i++) s += table[i](argc + i); \
          printf(\"big %d\\n\", s != 12345); return 0; }\n";
    c
}

/// A process seen in /proc: its parent and its command name.
struct Proc {
    ppid: u32,
    comm: String,
    zombie: bool,
}

fn proc_info(pid: u32) -> Option<Proc> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // `pid (comm) state ppid ...`; the name may hold spaces and parentheses.
    let open = stat.find('(')?;
    let close = stat.rfind(')')?;
    let comm = stat[open + 1..close].to_string();
    let mut rest = stat[close + 1..].split_whitespace();
    let state = rest.next()?;
    let ppid = rest.next()?.parse().ok()?;
    Some(Proc {
        ppid,
        comm,
        zombie: state == "Z",
    })
}

/// The live children of `parent`: pid and command name.
fn children_of(parent: u32) -> Vec<(u32, String)> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter_map(|pid| proc_info(pid).map(|p| (pid, p)))
        .filter(|(_, p)| p.ppid == parent && !p.zombie)
        .map(|(pid, p)| (pid, p.comm))
        .collect()
}

/// Live processes whose command line mentions `marker`.
fn processes_mentioning(marker: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&pid| proc_info(pid).is_some_and(|p| !p.zombie))
        .filter_map(|pid| {
            let cmdline = std::fs::read(format!("/proc/{pid}/cmdline")).ok()?;
            let cmdline = String::from_utf8_lossy(&cmdline).replace('\0', " ");
            cmdline.contains(marker).then_some(cmdline)
        })
        .collect()
}

/// Every file under `dir` (not descending into `skip`) with its bytes.
fn files(dir: &Path, skip: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).expect("read dir").flatten() {
        let path = entry.path();
        if path == skip {
            continue;
        }
        if path.is_dir() {
            out.extend(files(&path, skip));
        } else {
            out.insert(path.clone(), std::fs::read(&path).unwrap_or_default());
        }
    }
    out
}

/// When to send the signal.
#[derive(Clone, Copy, Debug)]
enum When {
    /// Once a child whose command name starts with this is running.
    ChildRuns(&'static str),
    /// About a second after the start, with a tool running.
    AfterASecond,
}

fn wait_for_moment(child: &mut Child, when: When) -> Vec<(u32, String)> {
    let start = Instant::now();
    loop {
        if let Ok(Some(status)) = child.try_wait() {
            panic!("wasmcc ended ({status}) before {when:?}: the build is too quick for the test");
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "{when:?} never came"
        );
        let kids = children_of(child.id());
        let ready = match when {
            When::ChildRuns(name) => kids.iter().any(|(_, comm)| comm.starts_with(name)),
            When::AfterASecond => !kids.is_empty() && start.elapsed() > Duration::from_secs(1),
        };
        if ready {
            // Well inside the tool's work, not at its first instruction.
            std::thread::sleep(Duration::from_millis(200));
            let kids = children_of(child.id());
            if !kids.is_empty() {
                return kids;
            }
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Runs `wasmcc args` in `dir`, signals it at `when`, and checks what is left.
fn interrupt(dir: &Path, args: &[&str], sig: i32, when: When) {
    let tmp = dir.join("tmp");
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir(&tmp).expect("mkdir tmp");
    let before = files(dir, &tmp);
    let mut child = common::wasmcc(args)
        .current_dir(dir)
        .env("TMPDIR", &tmp)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start wasmcc");
    let tools = wait_for_moment(&mut child, when);
    // SAFETY: kill() has no memory effects; the pid is our child, not yet waited for.
    let sent = unsafe { libc::kill(child.id() as libc::pid_t, sig) };
    assert_eq!(sent, 0, "kill");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "wasmcc did not end within 10 s of signal {sig}"
        );
        std::thread::sleep(Duration::from_millis(10));
    };
    let out = child.wait_with_output().expect("stderr");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        status.code(),
        Some(128 + sig),
        "signal {sig} during {tools:?}: {status}\n{stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    // The tools it ran are gone within 2 s.
    let marker = tmp.to_string_lossy().into_owned();
    let ended = Instant::now();
    loop {
        let alive: Vec<_> = tools
            .iter()
            .filter(|(pid, comm)| proc_info(*pid).is_some_and(|p| !p.zombie && p.comm == *comm))
            .collect();
        let mentioning = processes_mentioning(&marker);
        if alive.is_empty() && mentioning.is_empty() {
            break;
        }
        assert!(
            ended.elapsed() < Duration::from_secs(2),
            "signal {sig}: tools still running 2 s after wasmcc ended: {alive:?} {mentioning:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    let left: Vec<_> = std::fs::read_dir(&tmp)
        .expect("read tmp")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "signal {sig}: left in TMPDIR: {left:?}");
    let after = files(dir, &tmp);
    let changed: Vec<_> = after
        .iter()
        .filter(|(path, bytes)| before.get(*path) != Some(bytes))
        .map(|(path, _)| path)
        .chain(before.keys().filter(|p| !after.contains_key(*p)))
        .collect();
    assert!(
        changed.is_empty(),
        "signal {sig} during {tools:?} changed {changed:?}"
    );
}

#[test]
fn a_signal_ends_the_build_and_keeps_the_previous_outputs() {
    let scratch = common::scratch();
    let dir = scratch.path();
    std::fs::write(
        dir.join("prog.c"),
        "#include <stdio.h>\nint main(void) { puts(\"previous\"); return 0; }\n",
    )
    .expect("write prog.c");
    std::fs::write(dir.join("big.c"), big_source(1500)).expect("write big.c");
    // The previous good build, and an object for the rounds that reach wasm-opt.
    common::build_in(dir, &["prog.c", "-o", "out.js"]);
    common::build_in(dir, &["-c", "big.c", "-o", "big.o"]);
    let out = common::node(&dir.join("out.js"), &[], b"", dir);
    assert_eq!(common::stdout(&out), "previous\n");

    interrupt(
        dir,
        &["-O2", "big.c", "-o", "out.js"],
        libc::SIGINT,
        When::ChildRuns("clang"),
    );
    interrupt(
        dir,
        &["-O2", "big.o", "-o", "out.js"],
        libc::SIGTERM,
        When::ChildRuns("wasm-opt"),
    );
    interrupt(
        dir,
        &["-O2", "big.c", "-o", "out.js"],
        libc::SIGHUP,
        When::AfterASecond,
    );
    let out = common::node(&dir.join("out.js"), &[], b"", dir);
    assert_eq!(common::stdout(&out), "previous\n");
}

/// Two builds of different programs to the same `-o`, at the same moment,
/// 20 times: each time `out.js` and `out.wasm` come from the same build.
#[test]
fn concurrent_builds_to_one_output_leave_one_whole_build() {
    let scratch = common::scratch();
    let dir = scratch.path();
    let tmp = dir.join("tmp");
    std::fs::create_dir(&tmp).expect("mkdir tmp");
    for name in ["A", "B"] {
        std::fs::write(
            dir.join(format!("{name}.c")),
            format!(
                "#include <stdio.h>\nint main(void) {{ puts(\"program {name}\"); return 0; }}\n"
            ),
        )
        .expect("write source");
        // The .js alone says which build it comes from.
        std::fs::write(dir.join(format!("{name}.js")), format!("// build {name}\n"))
            .expect("write pre-js");
        common::build_in(
            dir,
            &["-c", &format!("{name}.c"), "-o", &format!("{name}.o")],
        );
    }
    for round in 0..20 {
        let order = if round % 2 == 0 {
            ["A", "B"]
        } else {
            ["B", "A"]
        };
        let builds: Vec<_> = order
            .iter()
            .map(|name| {
                common::wasmcc([
                    format!("{name}.o"),
                    "--pre-js".into(),
                    format!("{name}.js"),
                    "-o".into(),
                    "out.js".into(),
                ])
                .current_dir(dir)
                .env("TMPDIR", &tmp)
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .expect("start wasmcc")
            })
            .collect();
        for build in builds {
            let out = build.wait_with_output().expect("wait");
            assert!(
                out.status.success(),
                "round {round}: {}",
                common::explain(&out)
            );
        }
        let js = std::fs::read_to_string(dir.join("out.js")).expect("read out.js");
        let wasm = std::fs::read(dir.join("out.wasm")).expect("read out.wasm");
        let from_a = js.contains("// build A");
        assert_ne!(
            from_a,
            js.contains("// build B"),
            "round {round}: out.js is of neither build"
        );
        let name = if from_a { "A" } else { "B" };
        let line = format!("program {name}");
        assert!(
            wasm.windows(line.len()).any(|w| w == line.as_bytes()),
            "round {round}: out.js of build {name} beside the module of the other"
        );
        let run = common::node(&dir.join("out.js"), &[], b"", dir);
        assert_eq!(common::stdout(&run), format!("{line}\n"), "round {round}");
        let staged: Vec<_> = std::fs::read_dir(dir)
            .expect("read dir")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with(".wasmcc-out-"))
            .collect();
        assert!(staged.is_empty(), "round {round}: {staged:?}");
        let left = std::fs::read_dir(&tmp).expect("read tmp").count();
        assert_eq!(left, 0, "round {round}: TMPDIR not empty");
    }
}
