//! Finding and starting headless Chromium, and making sure it is gone again:
//! the browser runs in its own process group with a fresh profile folder, and
//! dropping `Browser` kills the whole group and removes the folder.

use std::ffi::c_int;
use std::fs::File;
use std::io;
use std::os::fd::AsRawFd;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::cdp::Cdp;
use crate::Fail;

extern "C" {
    fn dup2(old: c_int, new: c_int) -> c_int;
    fn close(fd: c_int) -> c_int;
    fn fcntl(fd: c_int, cmd: c_int, ...) -> c_int;
    fn kill(pid: c_int, sig: c_int) -> c_int;
    fn geteuid() -> u32;
    #[cfg(target_os = "linux")]
    fn prctl(option: c_int, ...) -> c_int;
}

const F_DUPFD: c_int = 0;
const SIGKILL: c_int = 9;
#[cfg(target_os = "linux")]
const PR_SET_PDEATHSIG: c_int = 1;

/// The fds the browser uses for `--remote-debugging-pipe`.
const BROWSER_READS: c_int = 3;
const BROWSER_WRITES: c_int = 4;

const NOT_FOUND: &str =
    "chromium not found: install it with 'apt-get install chromium' (or set WASMRUN_BROWSER)";

/// The browser to run: `--browser`, then `$WASMRUN_BROWSER`, then
/// `/usr/bin/chromium`, then `chromium` (or its other usual names) on PATH.
pub fn find(explicit: Option<&Path>) -> Result<PathBuf, Fail> {
    let given = explicit.map(Path::to_path_buf).or_else(|| {
        std::env::var_os("WASMRUN_BROWSER")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    });
    if let Some(path) = given {
        if path.components().count() > 1 {
            if path.is_file() {
                return Ok(path);
            }
            return Err(Fail::usage(format!(
                "{NOT_FOUND}; '{}' does not exist",
                path.display()
            )));
        }
        return which::which(&path)
            .map_err(|_| Fail::usage(format!("{NOT_FOUND}; '{}' is not on PATH", path.display())));
    }
    let debian = Path::new("/usr/bin/chromium");
    if debian.is_file() {
        return Ok(debian.to_path_buf());
    }
    for name in [
        "chromium",
        "chromium-browser",
        "google-chrome",
        "google-chrome-stable",
    ] {
        if let Ok(p) = which::which(name) {
            return Ok(p);
        }
    }
    Err(Fail::usage(NOT_FOUND))
}

/// A running browser. Dropping it ends the browser and all its helper
/// processes and removes its profile.
pub struct Browser {
    child: Child,
    // Holds the profile, logs and temporary files; `drop` removes it once
    // every browser process is gone.
    scratch: Option<tempfile::TempDir>,
    log: Option<PathBuf>,
}

impl Browser {
    /// The last lines the browser printed, to explain an unexpected exit.
    pub fn log_tail(&self) -> String {
        let Some(log) = &self.log else {
            return String::new();
        };
        let text = std::fs::read_to_string(log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let start = lines.len().saturating_sub(15);
        let mut tail = lines[start..].join("\n");
        if text.contains("No usable sandbox") {
            // Its own advice (--no-sandbox) is not a wasmrun option: the
            // sandbox is kept for every user but root.
            tail.push_str(
                "\nwasmrun: Chromium's sandbox needs unprivileged user namespaces, which this system does not allow",
            );
        }
        tail
    }

    fn kill_all(&mut self) {
        let Ok(pid) = c_int::try_from(self.child.id()) else {
            return;
        };
        if pid <= 1 {
            return;
        }
        let marker = self
            .scratch
            .as_ref()
            .map(|d| d.path().to_string_lossy().into_owned());
        // SAFETY: plain system calls on the process group this program created
        // for the browser (`process_group(0)` makes its id the browser's pid).
        unsafe {
            kill(-pid, SIGKILL);
        }
        // The crash handler leaves the group; it is recognised by the scratch
        // folder on its command line, which is unique to this run.
        for p in live_processes(pid, marker.as_deref()) {
            // SAFETY: a process started for this run, found just above.
            unsafe {
                kill(p, SIGKILL);
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        // Killed helpers need a moment to die; the profile folder can only be
        // removed once none of them writes to it any more.
        let until = Instant::now() + Duration::from_secs(2);
        while !live_processes(pid, marker.as_deref()).is_empty() && Instant::now() < until {
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

/// The processes of this run that are still alive (zombies excluded): those
/// in the browser's process group and those whose command line mentions
/// `marker`.
#[cfg(target_os = "linux")]
fn live_processes(group: c_int, marker: Option<&str>) -> Vec<c_int> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for entry in entries.flatten() {
        let Some(pid) = entry
            .file_name()
            .to_str()
            .and_then(|n| n.parse::<c_int>().ok())
        else {
            continue;
        };
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses.
        let Some(rest) = stat.rfind(')').map(|i| &stat[i + 1..]) else {
            continue;
        };
        let fields: Vec<&str> = rest.split_whitespace().collect();
        let (Some(state), Some(pgrp)) = (
            fields.first(),
            fields.get(2).and_then(|g| g.parse::<c_int>().ok()),
        ) else {
            continue;
        };
        if *state == "Z" || *state == "X" {
            continue;
        }
        let ours = pgrp == group
            || marker.is_some_and(|m| {
                std::fs::read(entry.path().join("cmdline"))
                    .map(|c| String::from_utf8_lossy(&c).contains(m))
                    .unwrap_or(false)
            });
        if ours {
            found.push(pid);
        }
    }
    found
}

#[cfg(not(target_os = "linux"))]
fn live_processes(_group: c_int, _marker: Option<&str>) -> Vec<c_int> {
    Vec::new()
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.kill_all();
        if let Some(dir) = self.scratch.take() {
            let path = dir.path().to_path_buf();
            if dir.close().is_err() {
                // A helper may have written one last file while dying.
                let _ = std::fs::remove_dir_all(&path);
            }
        }
    }
}

/// Starts the browser headless with a fresh profile and returns it with the
/// protocol connection to it.
pub fn launch(exe: &Path, window: (u32, u32), verbose: bool) -> Result<(Browser, Cdp), Fail> {
    let scratch = tempfile::Builder::new()
        .prefix("wasmrun-")
        .tempdir()
        .map_err(|e| Fail::run(format!("cannot create a temporary profile folder: {e}")))?;
    let profile = scratch.path().join("profile");
    let log_path = scratch.path().join("browser.log");
    std::fs::create_dir(&profile)
        .map_err(|e| Fail::run(format!("cannot create {}: {e}", profile.display())))?;

    let (browser_reads, to_browser) =
        io::pipe().map_err(|e| Fail::run(format!("cannot create a pipe: {e}")))?;
    let (from_browser, browser_writes) =
        io::pipe().map_err(|e| Fail::run(format!("cannot create a pipe: {e}")))?;

    let mut cmd = Command::new(exe);
    cmd.args([
        "--headless",
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--mute-audio",
        "--disable-breakpad",
        "--disable-crash-reporter",
        "--remote-debugging-pipe",
    ]);
    // Chromium will not start as root with its sandbox, so root goes
    // without; for everyone else the sandbox stays, so a page that breaks
    // into the renderer is still confined.
    // SAFETY: geteuid has no preconditions and cannot fail.
    if unsafe { geteuid() } == 0 {
        cmd.arg("--no-sandbox");
    }
    cmd.arg(format!("--window-size={},{}", window.0, window.1));
    cmd.arg(format!("--user-data-dir={}", profile.display()));
    cmd.arg("about:blank");
    cmd.stdin(Stdio::null());
    // Whatever the browser still writes outside the profile (crash reports,
    // caches, temporary files) lands in the scratch folder too, not in the
    // user's home or the shared temporary folder.
    cmd.env("XDG_CONFIG_HOME", scratch.path().join("config"));
    cmd.env("XDG_CACHE_HOME", scratch.path().join("cache"));
    // With --disable-dev-shm-usage, shared memory lives in files under TMPDIR.
    let tmp = scratch.path().join("tmp");
    std::fs::create_dir(&tmp)
        .map_err(|e| Fail::run(format!("cannot create {}: {e}", tmp.display())))?;
    cmd.env("TMPDIR", &tmp);
    let log = if verbose {
        cmd.stdout(Stdio::inherit()).stderr(Stdio::inherit());
        None
    } else {
        let file = File::create(&log_path)
            .map_err(|e| Fail::run(format!("cannot create {}: {e}", log_path.display())))?;
        let file2 = file
            .try_clone()
            .map_err(|e| Fail::run(format!("cannot create {}: {e}", log_path.display())))?;
        cmd.stdout(file).stderr(file2);
        Some(log_path)
    };
    // Its own process group, so ending the run can end every helper process.
    cmd.process_group(0);

    let reads_fd = browser_reads.as_raw_fd();
    let writes_fd = browser_writes.as_raw_fd();
    // SAFETY: the closure runs in the forked child before exec and only makes
    // async-signal-safe system calls; it allocates nothing.
    unsafe {
        cmd.pre_exec(move || {
            // Move both ends above the target numbers first, so placing one
            // cannot overwrite the other.
            let r = fcntl(reads_fd, F_DUPFD, 10);
            if r < 0 {
                return Err(io::Error::last_os_error());
            }
            let w = fcntl(writes_fd, F_DUPFD, 10);
            if w < 0 {
                return Err(io::Error::last_os_error());
            }
            // dup2 leaves close-on-exec clear on the new descriptors.
            if dup2(r, BROWSER_READS) < 0 || dup2(w, BROWSER_WRITES) < 0 {
                return Err(io::Error::last_os_error());
            }
            close(r);
            close(w);
            // If this program dies without cleaning up (SIGKILL), the browser
            // goes too instead of lingering.
            #[cfg(target_os = "linux")]
            prctl(PR_SET_PDEATHSIG, SIGKILL as std::ffi::c_ulong);
            Ok(())
        });
    }
    let child = cmd.spawn().map_err(|e| {
        if e.kind() == io::ErrorKind::NotFound {
            Fail::usage(format!("{NOT_FOUND}; cannot run '{}'", exe.display()))
        } else {
            Fail::run(format!("cannot start {}: {e}", exe.display()))
        }
    })?;
    let browser = Browser {
        child,
        scratch: Some(scratch),
        log,
    };
    // The child holds its own copies; ours must close so the pipe reports
    // end-of-file when the browser exits.
    drop(browser_reads);
    drop(browser_writes);
    let cdp = Cdp::new(to_browser, from_browser)
        .map_err(|e| Fail::run(format!("cannot start the DevTools reader: {e}")))?;
    Ok((browser, cdp))
}
