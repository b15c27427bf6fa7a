//! SIGINT, SIGTERM and SIGHUP during a build: the driver ends the tools it
//! started, removes its temporary files and folders, leaves the outputs of
//! the last good build as they were, and exits with 128 + the signal, as a
//! shell shows a program killed by it.
//!
//! A thread waits for the signals (signal-hook turns them into ordinary
//! events, so no work happens in a signal handler). The build registers
//! what would need cleaning: each running child and each temporary path.
//! Moving finished outputs into place runs under the same lock, so a signal
//! that arrives then waits for the last rename: the outputs are the old set
//! or the new set, never a mix.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, Once};

struct State {
    children: Vec<u32>,
    paths: Vec<PathBuf>,
}

static STATE: Mutex<State> = Mutex::new(State {
    children: Vec::new(),
    paths: Vec::new(),
});

fn state() -> MutexGuard<'static, State> {
    // A panic elsewhere must not stop the cleanup.
    STATE.lock().unwrap_or_else(|e| e.into_inner())
}

/// Starts listening for the signals; once per process.
pub fn install() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        // Without a listener the signals keep their default action, which
        // leaves the temporary files behind but still ends the driver.
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
            return;
        };
        let _ = std::thread::Builder::new()
            .name("signals".into())
            .spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    clean_up_and_exit(sig);
                }
            });
    });
}

fn clean_up_and_exit(sig: i32) -> ! {
    let state = state();
    for &pid in &state.children {
        // SAFETY: kill() has no memory effects; the pid is a child of ours
        // that has not been waited for (it is removed from the list first).
        unsafe {
            libc::kill(pid as libc::pid_t, libc::SIGTERM);
        }
    }
    for path in &state.paths {
        if path.is_dir() {
            let _ = std::fs::remove_dir_all(path);
        } else {
            let _ = std::fs::remove_file(path);
        }
    }
    std::process::exit(128 + sig);
}

/// Runs `f` with no cleanup in between: outputs move into place whole.
pub fn uninterrupted<R>(f: impl FnOnce() -> R) -> R {
    let _held = state();
    f()
}

/// A child is running; `Child` removes it when it has been waited for.
pub struct Child(u32);

/// Starts `cmd` and registers the child in one step: a signal that came
/// between the two would leave the tool running after the driver exits.
pub fn spawn(cmd: &mut std::process::Command) -> std::io::Result<(std::process::Child, Child)> {
    let mut state = state();
    let child = cmd.spawn()?;
    let pid = child.id();
    state.children.push(pid);
    Ok((child, Child(pid)))
}

impl Drop for Child {
    fn drop(&mut self) {
        state().children.retain(|&p| p != self.0);
    }
}

/// A temporary path that a signal removes, until the guard is dropped
/// (the owner removed it, or kept it on purpose).
pub struct TempPath(PathBuf);

impl TempPath {
    /// Makes a temporary file or folder and registers it in one step, so a
    /// signal never finds it made but unknown.
    pub fn make<T>(
        make: impl FnOnce() -> std::io::Result<T>,
        path_of: impl Fn(&T) -> &Path,
    ) -> std::io::Result<(T, TempPath)> {
        let mut state = state();
        let made = make()?;
        let path = path_of(&made).to_path_buf();
        state.paths.push(path.clone());
        Ok((made, TempPath(path)))
    }
}

impl Drop for TempPath {
    fn drop(&mut self) {
        state().paths.retain(|p| *p != self.0);
    }
}
