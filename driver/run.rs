//! Running the tools: `-v` prints each command as a shell line, and a tool
//! that fails has already printed its diagnostics, so its status is passed on.

use crate::error::{Error, IoContext, Result};
use crate::interrupt;
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::time::Duration;

/// Quotes a word for the shell when it needs it.
fn shell_word(s: &str) -> String {
    let safe = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=,:+@%".contains(c));
    if safe {
        s.to_string()
    } else {
        format!("'{}'", s.replace('\'', "'\\''"))
    }
}

/// The command as one line a shell could run again.
pub fn line(cmd: &Command) -> String {
    std::iter::once(cmd.get_program())
        .chain(cmd.get_args())
        .map(|a| shell_word(&a.to_string_lossy()))
        .collect::<Vec<_>>()
        .join(" ")
}

/// With `-v`, prints the command to stderr before it runs, as gcc does.
pub fn echo(cmd: &Command, verbose: bool) {
    if verbose {
        eprintln!("{}", line(cmd));
    }
}

/// Runs a command whose output goes straight to the user's terminal.
pub fn run(cmd: &mut Command, verbose: bool) -> Result<()> {
    echo(cmd, verbose);
    let program = std::path::PathBuf::from(cmd.get_program());
    let (mut child, tracked) = interrupt::spawn(cmd).at("run", &program)?;
    let status = child.wait().at("run", &program)?;
    drop(tracked);
    if status.success() {
        Ok(())
    } else {
        Err(Error::ToolFailed {
            status: status.code().unwrap_or(1),
        })
    }
}

/// Runs a command and captures its output, for tools whose messages wasmcc rewrites.
pub fn capture(cmd: &mut Command, verbose: bool) -> Result<Output> {
    echo(cmd, verbose);
    let program = std::path::PathBuf::from(cmd.get_program());
    let (child, _tracked) = interrupt::spawn(
        cmd.stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped()),
    )
    .at("run", &program)?;
    child.wait_with_output().at("run", &program)
}

/// How many commands run_parallel may run at once: the machine's cores.
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// Runs the commands, `width` at once, starting them in the order given
/// (put the longest first). After a failure no new command starts, and every
/// command started is waited for, so none is left writing into a folder that
/// the caller removes. Returns the index and status of the first command (in
/// the given order) that failed.
pub fn run_parallel(
    cmds: Vec<Command>,
    width: usize,
    verbose: bool,
) -> Result<Option<(usize, ExitStatus)>> {
    let mut queue = cmds.into_iter().enumerate();
    let mut running: Vec<(usize, Child, interrupt::Child)> = Vec::new();
    let mut failed: Option<(usize, ExitStatus)> = None;
    let mut spawn_error = None;
    loop {
        while running.len() < width && failed.is_none() && spawn_error.is_none() {
            let Some((i, mut cmd)) = queue.next() else {
                break;
            };
            echo(&cmd, verbose);
            match interrupt::spawn(&mut cmd) {
                Ok((child, tracked)) => running.push((i, child, tracked)),
                Err(e) => spawn_error = Some((std::path::PathBuf::from(cmd.get_program()), e)),
            }
        }
        if running.is_empty() {
            break;
        }
        let more = queue.len() > 0 && failed.is_none() && spawn_error.is_none();
        if !more {
            // Nothing left to start: wait in order, without polling.
            let (i, mut child, _tracked) = running.remove(0);
            let status = child.wait().unwrap_or_else(|_| failure_status());
            note_failure(&mut failed, i, status);
            continue;
        }
        // A free core can start the next command as soon as any ends, and std
        // has no wait-for-any: poll, which costs nothing next to a compile.
        let before = running.len();
        let mut k = 0;
        while k < running.len() {
            let status = match running[k].1.try_wait() {
                Ok(None) => {
                    k += 1;
                    continue;
                }
                Ok(Some(status)) => status,
                Err(_) => running[k].1.wait().unwrap_or_else(|_| failure_status()),
            };
            let (i, _, _) = running.swap_remove(k);
            note_failure(&mut failed, i, status);
        }
        if running.len() == before {
            std::thread::sleep(Duration::from_millis(2));
        }
    }
    if let Some((program, e)) = spawn_error {
        return Err(e).at("run", &program);
    }
    Ok(failed)
}

/// Keeps the failure of the command that comes first in the given order.
fn note_failure(failed: &mut Option<(usize, ExitStatus)>, i: usize, status: ExitStatus) {
    if !status.success() && failed.is_none_or(|(f, _)| i < f) {
        *failed = Some((i, status));
    }
}

/// The status of a child that could not be waited for: a failure.
fn failure_status() -> ExitStatus {
    use std::os::unix::process::ExitStatusExt;
    ExitStatus::from_raw(1 << 8)
}
