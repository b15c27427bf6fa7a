//! `CC="distcc wasmcc"`: compiles run on a distcc helper. distcc
//! preprocesses each source here (`wasmcc -E`), sends the text, and the
//! helper's distccd runs `wasmcc -c` on it as its service user (`nobody`,
//! with root's HOME inherited), so wasmcc there must find a cache of its own.
//! Skipped, with a note, where distcc is not installed.

mod common;

use common::scratch;
use std::fs;
use std::net::{TcpListener, TcpStream};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A running distccd, stopped (its whole process group: it forks workers)
/// when dropped, also when an assertion fails.
struct Daemon {
    child: Child,
}

impl Drop for Daemon {
    fn drop(&mut self) {
        let group = format!("-{}", self.child.id());
        for signal in ["-TERM", "-KILL"] {
            let _ = Command::new("kill").args([signal, "--", &group]).status();
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        }
    }
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout == b"0\n")
}

fn uid_of(user: &str) -> Option<u32> {
    let out = Command::new("id").args(["-u", user]).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// A port nothing listens on now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Starts distccd on 127.0.0.1:`port`, allowed to run `wasmcc` from `bin`
/// only (DISTCC_CMDLIST, as /usr/lib/distcc/ would on a helper machine).
fn start_distccd(d: &Path, bin: &Path, port: u16, log: &Path, tmp: &Path) -> Daemon {
    let cmdlist = d.join("cmdlist");
    fs::write(&cmdlist, format!("{}\n", bin.join("wasmcc").display())).unwrap();
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = Command::new("distccd");
    cmd.args([
        "--daemon",
        "--no-detach",
        "--listen",
        "127.0.0.1",
        "--allow",
        "127.0.0.1",
    ])
    .args([
        "--port",
        &port.to_string(),
        "--log-level",
        "info",
        "--jobs",
        "2",
    ])
    .arg("--log-file")
    .arg(log)
    .env("PATH", path)
    .env("DISTCC_CMDLIST", &cmdlist)
    // What a helper started by root has: its HOME, no cache setting.
    .env_remove("WASMCC_CACHE")
    .env_remove("XDG_CACHE_HOME")
    .env("TMPDIR", tmp)
    .stdin(Stdio::null())
    .process_group(0);
    if is_root() {
        // distccd refuses to run compilers as root.
        cmd.args(["--user", "nobody"]);
    }
    let child = cmd.spawn().expect("start distccd");
    let daemon = Daemon { child };
    let deadline = Instant::now() + Duration::from_secs(10);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "distccd did not listen: {}",
            read(log)
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    daemon
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_default()
}

/// `distcc wasmcc ARGS` in `dir`, sent to the helper only (no fallback to a
/// local compile).
fn distcc(dir: &Path, bin: &Path, port: u16, cache: &Path, args: &[&str]) -> Output {
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    Command::new("distcc")
        .arg("wasmcc")
        .args(args)
        .current_dir(dir)
        .env("PATH", path)
        .env("DISTCC_HOSTS", format!("127.0.0.1:{port}/2"))
        .env("DISTCC_FALLBACK", "0")
        .env("DISTCC_BACKOFF_PERIOD", "0")
        // A helper that stops answering fails the test instead of hanging it.
        .env("DISTCC_IO_TIMEOUT", "120")
        .env("DISTCC_DIR", dir.join(".distcc"))
        .env("WASMCC_CACHE", cache)
        .output()
        .expect("run distcc")
}

#[test]
fn distcc_compiles_on_a_helper_and_links_here() {
    if which("distcc").is_none() || which("distccd").is_none() {
        eprintln!("note: skipped: distcc is not installed (apt-get install distcc)");
        return;
    }
    let d = scratch();
    // distccd's user (nobody, when we are root) reads the folders and writes
    // the log and its temporary files.
    fs::set_permissions(d.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let bin = d.path().join("bin");
    let tmp = d.path().join("tmp");
    let src = d.path().join("src");
    fs::create_dir(&bin).unwrap();
    fs::create_dir(&src).unwrap();
    fs::create_dir(&tmp).unwrap();
    fs::set_permissions(&tmp, fs::Permissions::from_mode(0o1777)).unwrap();
    std::os::unix::fs::symlink(common::wasmcc_path(), bin.join("wasmcc")).unwrap();
    let log = d.path().join("distccd.log");
    fs::write(&log, "").unwrap();
    fs::set_permissions(&log, fs::Permissions::from_mode(0o666)).unwrap();

    fs::write(src.join("sum.h"), "#define FIRST 1\nint sum_to(int n);\n").unwrap();
    fs::write(
        src.join("sum.c"),
        "#include \"sum.h\"\nint sum_to(int n) { int s = 0;\n\
         for (int i = FIRST; i <= n; i++) s += i; return s; }\n",
    )
    .unwrap();
    fs::write(
        src.join("main.c"),
        "#include <stdio.h>\n#include \"sum.h\"\n\
         int main(void) { printf(\"sum %d\\n\", sum_to(10)); return 0; }\n",
    )
    .unwrap();

    let port = free_port();
    let daemon = start_distccd(d.path(), &bin, port, &log, &tmp);
    let cache = d.path().join("cache");
    fs::create_dir(src.join(".distcc")).unwrap();
    for name in ["main", "sum"] {
        let (c, o) = (format!("{name}.c"), format!("{name}.o"));
        let out = distcc(&src, &bin, port, &cache, &["-O2", "-c", &c, "-o", &o]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            out.status.success(),
            "distcc wasmcc -c {c}: {stderr}\n{}",
            read(&log)
        );
        // Nothing the helper printed: no warnings about its flags.
        assert_eq!(stderr, "", "{}", read(&log));
    }
    let text = read(&log);
    for name in ["main.c", "sum.c"] {
        assert!(
            text.lines()
                .any(|l| l.contains("COMPILE_OK") && l.ends_with(&format!("wasmcc {name}"))),
            "{name} was not compiled by distccd:\n{text}"
        );
    }
    if is_root() {
        // The helper's wasmcc ran as nobody, whose cache is in the temp folder.
        let uid = uid_of("nobody").expect("nobody's uid");
        assert!(tmp.join(format!("wasmcc-cache-{uid}")).is_dir(), "{text}");
    }
    drop(daemon);

    let out = common::wasmcc(["main.o", "sum.o", "-o", "prog.js"])
        .current_dir(&src)
        .env("WASMCC_CACHE", &cache)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let run = common::node(&src.join("prog.js"), &[], b"", &src);
    assert_eq!(String::from_utf8_lossy(&run.stdout), "sum 55\n");
    assert_eq!(run.status.code(), Some(0));
}

fn which(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|p| p.join(name))
            .find(|p| p.is_file())
    })
}

/// What distcc does, without distcc: preprocess here, compile the text
/// there. The second step must be as quiet as a compile of the source.
#[test]
fn a_preprocessed_source_compiles_without_warnings() {
    let d = scratch();
    fs::write(
        d.path().join("p.c"),
        "#include <stdio.h>\nint main(void) { puts(\"preprocessed\"); return 0; }\n",
    )
    .unwrap();
    let cache = d.path().join("cache");
    for args in [
        &["-E", "p.c", "-o", "p.i"][..],
        &["-c", "p.i", "-o", "p.o"],
        &["p.o", "-o", "p.js"],
    ] {
        let out = common::wasmcc(args)
            .current_dir(d.path())
            .env("WASMCC_CACHE", &cache)
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{args:?}");
    }
    let run = common::node(&d.path().join("p.js"), &[], b"", d.path());
    assert_eq!(String::from_utf8_lossy(&run.stdout), "preprocessed\n");
}
