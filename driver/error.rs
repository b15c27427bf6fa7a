//! The driver's error type: a message for the user, or a tool that failed
//! after printing its own diagnostics (clang's errors pass through as they are).

use std::fmt;
use std::path::Path;

#[derive(Debug)]
pub enum Error {
    /// Printed as `wasmcc: error: <message>`; exit status 1.
    Msg(String),
    /// A tool already told the user what went wrong; exit with its status.
    ToolFailed { status: i32 },
}

pub type Result<T> = std::result::Result<T, Error>;

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Msg(m) => f.write_str(m),
            Error::ToolFailed { status } => write!(f, "a tool failed with status {status}"),
        }
    }
}

/// Builds an `Error::Msg` from format arguments.
#[macro_export]
macro_rules! err {
    ($($arg:tt)*) => { $crate::error::Error::Msg(format!($($arg)*)) };
}

/// Adds the path and what was being done to an I/O error.
pub trait IoContext<T> {
    fn at(self, what: &str, path: &Path) -> Result<T>;
}

impl<T> IoContext<T> for std::io::Result<T> {
    fn at(self, what: &str, path: &Path) -> Result<T> {
        self.map_err(|e| Error::Msg(format!("cannot {what} {}: {}", path.display(), plain(&e))))
    }
}

/// An I/O error without Rust's "(os error N)" suffix.
pub fn plain(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
