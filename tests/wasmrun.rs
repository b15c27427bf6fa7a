//! `wasmrun` end to end: the fixture pages in tests/pages report through
//! `wasmccTap` as the runtime does, and headless Chromium runs them.
//!
//! A test that needs the browser skips with a note when Chromium is not
//! installed, except under CI (the `CI` variable is set), where it must fail.

mod common;

use common::{browser_or_skip, text};
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

fn explain(out: &Output) -> String {
    format!(
        "status {:?}\n--- stdout\n{}--- stderr\n{}",
        out.status.code(),
        text(&out.stdout),
        text(&out.stderr)
    )
}

#[test]
fn eval_before_load_runs_before_the_page_s_scripts() {
    if !browser_or_skip("eval_before_load_runs_before_the_page_s_scripts") {
        return;
    }
    let site = Site::new();
    let page = site.page("hello.html");
    // hello.html sets globalThis.finished as it ends: the script given
    // sees the page before that, and its own global is still there after.
    let (out, _) = site.run([
        OsStr::new("--eval-before-load"),
        OsStr::new("globalThis.before = typeof globalThis.finished + ' ' + document.readyState"),
        OsStr::new("--eval-after-exit"),
        OsStr::new("[globalThis.before, globalThis.finished.lines]"),
        page.as_os_str(),
    ]);
    assert_eq!(out.status.code(), Some(3), "{}", explain(&out));
    assert!(
        text(&out.stdout).ends_with("eval: [\"undefined loading\",2]\n"),
        "{}",
        explain(&out)
    );
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

/// A page, written next to the fixtures, that reports the path it was
/// served at and what its own fetches get: a symlink that stays in the
/// folder, a symlink to a file outside it, and the page by an absolute path
/// without the token.
const FETCHES_PAGE: &str = r#"<!doctype html>
<meta charset="utf-8">
<script>
  const tap = (kind, value) => globalThis.wasmccTap?.(kind, value);
  const tokened = /^\/[0-9a-f]{32}\/fetches\.html$/.test(location.pathname);
  tap('stdout', 'tokened path: ' + tokened);
  (async () => {
    for (const url of ['alias.txt', 'escape', '/fetches.html']) {
      const r = await fetch(url);
      tap('stdout', url + ' ' + r.status + (r.ok ? ' ' + (await r.text()) : ''));
    }
    tap('exit', 0);
  })().catch((e) => tap('error', String(e)));
</script>
"#;

#[test]
fn page_is_served_under_a_token_and_cannot_fetch_outside_its_folder() {
    if !browser_or_skip("page_is_served_under_a_token_and_cannot_fetch_outside_its_folder") {
        return;
    }
    let site = Site::new();
    std::fs::write(site.page("fetches.html"), FETCHES_PAGE).expect("write page");
    std::fs::write(site.page("inside.txt"), "inside").expect("write");
    std::fs::write(site.dir.path().join("secret"), "secret").expect("write");
    std::os::unix::fs::symlink("inside.txt", site.page("alias.txt")).expect("symlink");
    std::os::unix::fs::symlink("../secret", site.page("escape")).expect("symlink");
    let (out, _) = site.run([site.page("fetches.html")]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "tokened path: true\nalias.txt 200 inside\nescape 404\n/fetches.html 404\n",
        "{}",
        explain(&out)
    );
}

/// Sends `request` to `addr` and returns the status line.
fn status_line(addr: &str, request: &str) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).expect("connect to wasmrun");
    s.set_read_timeout(Some(Duration::from_secs(10)))
        .expect("timeout");
    s.write_all(request.as_bytes()).expect("send");
    let mut answer = Vec::new();
    s.read_to_end(&mut answer).expect("read answer");
    text(&answer).lines().next().unwrap_or("").to_string()
}

#[test]
fn server_answers_only_its_browser_and_only_from_the_folder() {
    if !browser_or_skip("server_answers_only_its_browser_and_only_from_the_folder") {
        return;
    }
    use std::io::BufRead;
    let site = Site::new();
    std::fs::write(site.dir.path().join("secret"), "secret").expect("write");
    std::os::unix::fs::symlink("../secret", site.page("escape")).expect("symlink");
    let mut child = Command::new(wasmrun_path())
        .args([
            OsStr::new("-v"),
            OsStr::new("--browser-timeout"),
            OsStr::new("60"),
            site.page("never_exits.html").as_os_str(),
        ])
        .env("TMPDIR", site.tmp())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("start wasmrun");
    // -v names the URL; the rest of stderr (the browser's own output) is
    // drained so the browser never blocks on a full pipe.
    let stderr = child.stderr.take().expect("stderr");
    let (url_tx, url_rx) = std::sync::mpsc::channel();
    let reader = std::thread::spawn(move || {
        let mut all = String::new();
        for line in std::io::BufReader::new(stderr)
            .lines()
            .map_while(Result::ok)
        {
            if let Some((_, url)) = line
                .strip_prefix("wasmrun: serving ")
                .and_then(|l| l.rsplit_once(" at "))
            {
                let _ = url_tx.send(url.to_string());
            }
            all.push_str(&line);
            all.push('\n');
        }
        all
    });
    let url = url_rx.recv_timeout(Duration::from_secs(30));
    let answers = url.as_ref().map(|url| {
        let rest = url.strip_prefix("http://").expect("an http URL");
        let (addr, path) = rest.split_once('/').expect("a path");
        let (token, page) = path.split_once('/').expect("a token segment");
        let port = addr.rsplit_once(':').expect("a port").1;
        let get = |path: String, host: &str| {
            status_line(addr, &format!("GET {path} HTTP/1.1\r\n{host}\r\n"))
        };
        let host = format!("Host: {addr}\r\n");
        let answers = [
            get(format!("/{token}/{page}"), &host),
            get(
                format!("/{token}/{page}"),
                &format!("Host: localhost:{port}\r\n"),
            ),
            get(
                format!("/{token}/{page}"),
                &format!("Host: rebound.example:{port}\r\n"),
            ),
            get(format!("/{token}/{page}"), ""),
            get(format!("/{page}"), &host),
            get(format!("/{token}/escape"), &host),
            get(format!("/{token}/../secret"), &host),
            get(format!("/{token}/%2e%2e/secret"), &host),
        ];
        (token.len(), page.to_string(), answers)
    });
    // SIGTERM ends the run through its normal path, browser and all.
    extern "C" {
        fn kill(pid: i32, sig: i32) -> i32;
    }
    // SAFETY: the pid of the child started above, not yet reaped.
    unsafe {
        kill(child.id() as i32, 15);
    }
    let _ = child.wait();
    let stderr = reader.join().expect("stderr reader");
    let Ok((token_len, page, answers)) = answers else {
        panic!("wasmrun -v did not name the URL it serves:\n{stderr}");
    };
    assert_eq!(
        (token_len, page.as_str()),
        (32, "never_exits.html"),
        "{stderr}"
    );
    assert_eq!(
        answers,
        [
            "HTTP/1.1 200 OK",
            "HTTP/1.1 200 OK",
            "HTTP/1.1 421 Misdirected Request",
            "HTTP/1.1 421 Misdirected Request",
            "HTTP/1.1 404 Not Found",
            "HTTP/1.1 404 Not Found",
            "HTTP/1.1 404 Not Found",
            "HTTP/1.1 404 Not Found",
        ],
        "answers to: the page, via localhost, a rebound host, no Host, no token, \
         a symlink out, .., %2e%2e\n{stderr}"
    );
    let left = std::fs::read_dir(site.tmp()).expect("tmp").count();
    assert_eq!(left, 0, "wasmrun left files behind");
}

/// The effective uid of this process.
fn euid() -> u32 {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|l| l.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1))
        .and_then(|id| id.parse().ok())
        .expect("an effective uid")
}

#[test]
fn chromium_keeps_its_sandbox_unless_wasmrun_runs_as_root() {
    use std::os::unix::fs::PermissionsExt;
    // Everything is open to every user, so wasmrun can also run as nobody.
    let dir = tempfile::tempdir().expect("scratch");
    let open = |p: &Path, mode: u32| {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(mode)).expect("chmod")
    };
    open(dir.path(), 0o777);
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).expect("mkdir");
    open(&tmp, 0o777);
    let page = dir.path().join("hello.html");
    std::fs::copy(pages_dir().join("hello.html"), &page).expect("copy page");
    open(&page, 0o644);
    // A stand-in browser that writes down its arguments and exits.
    let browser = dir.path().join("browser");
    std::fs::write(
        &browser,
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$0.args.$(id -u)\"\n",
    )
    .expect("write browser");
    open(&browser, 0o755);
    let args_of = |uid: u32| {
        let file = dir.path().join(format!("browser.args.{uid}"));
        std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()))
    };
    let wasmrun = |prefix: &[&str]| {
        let mut cmd = match prefix.split_first() {
            Some((first, rest)) => {
                let mut c = Command::new(first);
                c.args(rest).arg(wasmrun_path());
                c
            }
            None => Command::new(wasmrun_path()),
        };
        let out = cmd
            .arg("--browser")
            .arg(&browser)
            .arg(&page)
            .env("TMPDIR", &tmp)
            .output()
            .expect("run wasmrun");
        assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    };

    wasmrun(&[]);
    let uid = euid();
    let args = args_of(uid);
    assert!(args.lines().any(|a| a == "--headless"), "{args}");
    assert_eq!(
        args.lines().any(|a| a == "--no-sandbox"),
        uid == 0,
        "uid {uid}: {args}"
    );
    // As root, the case that matters is checked as the user nobody.
    if uid == 0 && which::which("setpriv").is_ok() {
        wasmrun(&[
            "setpriv",
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
        ]);
        let args = args_of(65534);
        assert!(args.lines().any(|a| a == "--headless"), "{args}");
        assert!(!args.lines().any(|a| a == "--no-sandbox"), "{args}");
    }
}
