//! What a built sysroot holds, so that a damaged one is found and rebuilt
//! instead of failing every later build with one wasm-ld line.
//!
//! A manifest lists each file the build wrote with its size and a hash, and
//! each link with its target. It is written last (to a temporary name, then
//! renamed), so its presence also says the build finished.
//!
//! Every use checks all of it: sizes and hashes of every file. The files are
//! small: 50 files, 395 KB (150 KB of archives, the rest headers; the C++
//! part adds 35 KB). Measured on 2 cores: reading and hashing them all takes
//! 0.35 ms in a release build (0.23 ms of it reading) and 2.4 ms in a debug
//! one; ten times as much would still be far less than the clang process
//! every build starts. Sizes and modification times alone would
//! miss a file overwritten in place with the same size, and checking hashes
//! only after a failed link would leave the user with the failure.
//!
//! The hash is std's SipHash (`DefaultHasher`): it guards against damage, not
//! against an attacker, who is kept out by the folder's owner and mode (see
//! cache.rs). Its algorithm may change between Rust releases; a wasmcc built
//! by another Rust then sees a mismatch and rebuilds once, which is harmless.

use crate::error::{IoContext, Result};
use std::fs;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

/// The first line of a manifest; another first line (an older wasmcc's empty
/// marker, a manifest of another format) means "not checked": rebuild.
const HEADER: &str = "wasmcc sysroot manifest 1";

/// One thing the build made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    File { path: String, size: u64, hash: u64 },
    Link { path: String, target: PathBuf },
}

/// Hashes a file's contents.
fn hash_file(path: &Path) -> std::io::Result<u64> {
    let data = fs::read(path)?;
    let mut hasher = std::hash::DefaultHasher::new();
    hasher.write(&data);
    Ok(hasher.finish())
}

/// Records every file and link under `root`, except `skip` (markers and
/// stamps written after the build), with paths relative to `root`.
pub fn record(root: &Path, skip: &[&str]) -> Result<Vec<Entry>> {
    let mut entries = Vec::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(rel) = pending.pop() {
        let dir = root.join(&rel);
        let mut children: Vec<_> = fs::read_dir(&dir)
            .at("read", &dir)?
            .map(|e| e.map(|e| e.file_name()))
            .collect::<std::io::Result<_>>()
            .at("read", &dir)?;
        children.sort();
        for name in children {
            let rel = rel.join(&name);
            let Some(text) = rel.to_str().filter(|t| !t.contains(['\t', '\n'])) else {
                // Our own file names are plain; anything else was not made by the build.
                continue;
            };
            if skip.contains(&text) {
                continue;
            }
            let path = root.join(&rel);
            let meta = fs::symlink_metadata(&path).at("read", &path)?;
            if meta.file_type().is_symlink() {
                let target = fs::read_link(&path).at("read the link", &path)?;
                entries.push(Entry::Link {
                    path: text.to_string(),
                    target,
                });
            } else if meta.is_dir() {
                pending.push(rel);
            } else {
                let hash = hash_file(&path).at("read", &path)?;
                entries.push(Entry::File {
                    path: text.to_string(),
                    size: meta.len(),
                    hash,
                });
            }
        }
    }
    entries.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(entries)
}

/// The entry of the one file `rel` under `root`.
pub fn file_entry(root: &Path, rel: &str) -> Result<Entry> {
    let path = root.join(rel);
    let size = fs::metadata(&path).at("read", &path)?.len();
    let hash = hash_file(&path).at("read", &path)?;
    Ok(Entry::File {
        path: rel.to_string(),
        size,
        hash,
    })
}

impl Entry {
    fn path(&self) -> &str {
        match self {
            Entry::File { path, .. } | Entry::Link { path, .. } => path,
        }
    }
}

/// The manifest's text: the header, then one tab-separated line per entry.
pub fn render(entries: &[Entry]) -> String {
    let mut text = format!("{HEADER}\n");
    for e in entries {
        match e {
            Entry::File { path, size, hash } => {
                text.push_str(&format!("file\t{path}\t{size}\t{hash:016x}\n"))
            }
            Entry::Link { path, target } => {
                text.push_str(&format!("link\t{path}\t{}\n", target.display()))
            }
        }
    }
    text
}

/// Reads a manifest's text; `None` when it is not one this wasmcc wrote.
pub fn parse(text: &str) -> Option<Vec<Entry>> {
    let mut lines = text.lines();
    if lines.next() != Some(HEADER) {
        return None;
    }
    lines
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            match fields[..] {
                ["file", path, size, hash] => Some(Entry::File {
                    path: path.to_string(),
                    size: size.parse().ok()?,
                    hash: u64::from_str_radix(hash, 16).ok()?,
                }),
                ["link", path, target] => Some(Entry::Link {
                    path: path.to_string(),
                    target: PathBuf::from(target),
                }),
                _ => None,
            }
        })
        .collect()
}

/// Checks the files under `root` against the manifest's text. `Err` says what
/// is wrong, for the note printed before the rebuild.
pub fn verify(root: &Path, text: &str) -> std::result::Result<(), String> {
    let entries = parse(text).ok_or("its manifest is not readable")?;
    // Sizes first, all of them: a truncated archive is the common damage and
    // is found without reading anything.
    for e in &entries {
        let path = root.join(e.path());
        match e {
            Entry::File {
                path: rel, size, ..
            } => match fs::symlink_metadata(&path) {
                Ok(meta) if meta.is_file() && meta.len() == *size => {}
                Ok(meta) if meta.is_file() => {
                    return Err(format!("{rel} has {} bytes instead of {size}", meta.len()))
                }
                Ok(_) => return Err(format!("{rel} is not a file")),
                Err(_) => return Err(format!("{rel} is missing")),
            },
            Entry::Link { path: rel, target } => match fs::read_link(&path) {
                Ok(t) if t == *target => {}
                _ => return Err(format!("{rel} does not link to {}", target.display())),
            },
        }
    }
    for e in &entries {
        if let Entry::File {
            path: rel, hash, ..
        } = e
        {
            if hash_file(&root.join(rel)).ok() != Some(*hash) {
                return Err(format!("{rel} has changed since it was built"));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        fs::create_dir_all(d.path().join("lib")).unwrap();
        fs::create_dir_all(d.path().join("include/wasmcc/GLES2")).unwrap();
        fs::write(d.path().join("lib/libwasmcc.a"), vec![7u8; 5000]).unwrap();
        fs::write(
            d.path().join("include/wasmcc/GLES2/gl2.h"),
            "#pragma once\n",
        )
        .unwrap();
        std::os::unix::fs::symlink(
            "/usr/include/wasm32-wasi",
            d.path().join("include/wasm32-wasi"),
        )
        .unwrap();
        fs::write(d.path().join("ready"), "").unwrap();
        d
    }

    fn manifest_of(d: &Path) -> String {
        render(&record(d, &["ready"]).unwrap())
    }

    #[test]
    fn a_manifest_lists_files_and_links_and_reads_back() {
        let d = sample();
        let entries = record(d.path(), &["ready"]).unwrap();
        let paths: Vec<&str> = entries.iter().map(|e| e.path()).collect();
        assert_eq!(
            paths,
            [
                "include/wasm32-wasi",
                "include/wasmcc/GLES2/gl2.h",
                "lib/libwasmcc.a"
            ]
        );
        assert_eq!(parse(&render(&entries)), Some(entries));
        assert_eq!(verify(d.path(), &manifest_of(d.path())), Ok(()));
    }

    #[test]
    fn a_truncated_archive_is_found() {
        let d = sample();
        let text = manifest_of(d.path());
        let lib = d.path().join("lib/libwasmcc.a");
        fs::File::options()
            .write(true)
            .open(&lib)
            .unwrap()
            .set_len(100)
            .unwrap();
        let why = verify(d.path(), &text).unwrap_err();
        assert_eq!(why, "lib/libwasmcc.a has 100 bytes instead of 5000");
    }

    #[test]
    fn a_file_changed_in_place_with_the_same_size_is_found() {
        let d = sample();
        let text = manifest_of(d.path());
        fs::write(d.path().join("include/wasmcc/GLES2/gl2.h"), "#pragma twice").unwrap();
        let why = verify(d.path(), &text).unwrap_err();
        assert!(why.contains("gl2.h has changed"), "{why}");
    }

    #[test]
    fn missing_files_and_moved_links_are_found() {
        let d = sample();
        let text = manifest_of(d.path());
        fs::remove_file(d.path().join("include/wasm32-wasi")).unwrap();
        std::os::unix::fs::symlink("/elsewhere", d.path().join("include/wasm32-wasi")).unwrap();
        assert!(verify(d.path(), &text)
            .unwrap_err()
            .contains("does not link"));
        let d = sample();
        let text = manifest_of(d.path());
        fs::remove_file(d.path().join("lib/libwasmcc.a")).unwrap();
        assert_eq!(
            verify(d.path(), &text).unwrap_err(),
            "lib/libwasmcc.a is missing"
        );
    }

    #[test]
    fn an_old_empty_marker_or_garbage_is_not_a_manifest() {
        let d = sample();
        assert!(verify(d.path(), "").is_err());
        assert!(verify(d.path(), "wasmcc sysroot manifest 1\nfile\tx\n").is_err());
        assert!(verify(d.path(), "wasmcc sysroot manifest 1\n").is_ok());
    }
}
