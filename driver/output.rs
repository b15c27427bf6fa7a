//! Putting finished outputs in place. Everything a build writes is made in
//! a temporary folder first; only when the whole build has succeeded are the
//! files moved into place, so a failed or interrupted build never leaves a
//! file that looks good, and never touches the previous outputs.
//!
//! - Each file is copied next to its destination under a temporary name (the
//!   temporary folder may be on another file system), then renamed, which
//!   replaces a file atomically.
//! - The renames of one build hold a lock on the destination folder, so two
//!   builds writing the same `-o` at once leave one build's complete set
//!   (js, wasm, html), never the `.js` of one and the `.wasm` of the other.
//! - A destination that exists and is not a regular file (`/dev/null`, a
//!   FIFO) is written through, never replaced.

use crate::err;
use crate::error::{IoContext, Result};
use crate::interrupt;
use std::fs;
use std::path::Path;

/// Moves `(finished file, destination)` pairs into place.
pub fn commit(files: &[(&Path, &Path)]) -> Result<()> {
    let Some((_, first)) = files.first() else {
        return Ok(());
    };
    let folder = folder_of(first);
    let mut staged = Vec::new();
    let mut through = Vec::new();
    for (from, to) in files {
        if is_special(to) {
            through.push((*from, *to));
            continue;
        }
        let (staging, guard) = interrupt::TempPath::make(
            || {
                tempfile::Builder::new()
                    .prefix(".wasmcc-out-")
                    .tempfile_in(folder_of(to))
            },
            |f| f.path(),
        )
        .at("write the output in", folder_of(to))?;
        fs::copy(from, staging.path()).at("write", to)?;
        if let Ok(meta) = fs::metadata(from) {
            // The mode the build gave it (an executable script stays executable).
            let _ = fs::set_permissions(staging.path(), meta.permissions());
        }
        staged.push((staging, *to, guard));
    }
    let lock = fs::File::open(folder).at("open the folder", folder)?;
    lock.lock().at("lock the folder", folder)?;
    // The guards are dropped after the lock is given back: dropping one takes it.
    let (staged, guards): (Vec<_>, Vec<_>) =
        staged.into_iter().map(|(f, to, g)| ((f, to), g)).unzip();
    let result = interrupt::uninterrupted(|| -> Result<()> {
        for (staging, to) in staged {
            staging
                .persist(to)
                .map_err(|e| err!("cannot write {}: {}", to.display(), e.error))?;
        }
        for (from, to) in through {
            let mut dest = fs::OpenOptions::new()
                .write(true)
                .open(to)
                .at("write", to)?;
            let mut src = fs::File::open(from).at("read", from)?;
            std::io::copy(&mut src, &mut dest).at("write", to)?;
        }
        Ok(())
    });
    drop(guards);
    result
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// An existing destination that is not a regular file (or a link to one).
pub fn is_special(path: &Path) -> bool {
    fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_replace_and_devices_are_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let made = dir.path().join("made");
        fs::write(&made, b"new").unwrap();
        let out = dir.path().join("out.js");
        fs::write(&out, b"old").unwrap();
        commit(&[(&made, &out), (&made, Path::new("/dev/null"))]).unwrap();
        assert_eq!(fs::read(&out).unwrap(), b"new");
        let null = fs::metadata("/dev/null").unwrap();
        assert!(!null.is_file(), "/dev/null stays a device");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with(".wasmcc-out-"))
            .collect();
        assert!(leftovers.is_empty());
    }
}
