//! Running the tools: `-v` prints each command as a shell line, and a tool
//! that fails has already printed its diagnostics, so its status is passed on.

use crate::error::{Error, IoContext, Result};
use std::process::{Command, Output};

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
    let status = cmd.status().at("run", &program)?;
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
    cmd.output().at("run", &program)
}
