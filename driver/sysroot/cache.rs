//! Where the cache folder is, and whether it can be trusted.
//!
//! What the cache holds ends up in every program (its headers, its support
//! library), so a folder another user owns or can write to is refused: a
//! header planted there would be compiled in. Our folders are made mode 0700.
//!
//! `WASMCC_CACHE` is used as given or refused. The default location,
//! `$XDG_CACHE_HOME/wasmcc` else `~/.cache/wasmcc`, falls back when it is not
//! ours to use: a service account such as the one distccd runs compilers as
//! (`distccd` or `nobody`) inherits root's HOME, where it can create nothing.
//! Then the cache is a per-user folder in the temp folder,
//! `wasmcc-cache-UID`, made 0700 and checked to be ours like any other.

use crate::env::{self, Var};
use crate::err;
use crate::error::{plain, IoContext, Result};
use std::fs;
use std::os::unix::fs::{DirBuilderExt, MetadataExt};
use std::path::{Path, PathBuf};

extern "C" {
    fn geteuid() -> u32;
}

/// The user whose files we trust: the effective one, who owns what we create.
pub fn euid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { geteuid() }
}

/// Why a folder is not ours to trust.
#[derive(Debug, PartialEq, Eq)]
pub enum Distrust {
    OtherOwner(u32),
    WritableByOthers(u32),
    NotAFolder,
}

/// Judges a cache folder from its metadata: ours, a real folder, and
/// writable by no one else.
pub fn judge(meta: &fs::Metadata, euid: u32) -> Option<Distrust> {
    if !meta.is_dir() {
        Some(Distrust::NotAFolder)
    } else if meta.uid() != euid {
        Some(Distrust::OtherOwner(meta.uid()))
    } else if meta.mode() & 0o022 != 0 {
        Some(Distrust::WritableByOthers(meta.mode() & 0o7777))
    } else {
        None
    }
}

/// The message that refuses `dir`, with what to do about it.
pub fn refusal(dir: &Path, why: &Distrust) -> crate::error::Error {
    let fix = "remove it or set WASMCC_CACHE to a folder of your own";
    match why {
        Distrust::OtherOwner(uid) => err!(
            "the cache folder {} belongs to another user (uid {uid}), so what it holds cannot be trusted: {fix}",
            dir.display()
        ),
        Distrust::WritableByOthers(mode) => err!(
            "the cache folder {} can be written by other users (mode {mode:04o}), so what it holds cannot be trusted: {fix}",
            dir.display()
        ),
        Distrust::NotAFolder => err!("the cache folder {} is not a folder: {fix}", dir.display()),
    }
}

/// Checks `dir` (not following a final link, which would let whoever made
/// the link choose the folder).
pub fn check(dir: &Path) -> Result<()> {
    let meta = fs::symlink_metadata(dir).at("read", dir)?;
    match judge(&meta, euid()) {
        None => Ok(()),
        Some(why) => Err(refusal(dir, &why)),
    }
}

/// Creates `dir` and its missing parents, mode 0700.
fn create(dir: &Path) -> std::io::Result<()> {
    fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
}

/// Where the cache folder is, created and checked.
pub fn dir() -> Result<PathBuf> {
    if let Some(dir) = env::get(Var::Cache).map(PathBuf::from) {
        create(&dir).map_err(|e| {
            err!(
                "cannot create the cache folder {}: {}: set WASMCC_CACHE to a folder you can write",
                dir.display(),
                plain(&e)
            )
        })?;
        check(&dir)?;
        return Ok(dir);
    }
    let defaults = [
        env::get(Var::XdgCacheHome)
            .map(|base| (PathBuf::from(&base), PathBuf::from(base).join("wasmcc"))),
        env::get(Var::Home).map(|home| {
            (
                PathBuf::from(&home),
                PathBuf::from(home).join(".cache/wasmcc"),
            )
        }),
    ];
    for (base, dir) in defaults.into_iter().flatten() {
        if let Some(dir) = default_dir(&base, &dir)? {
            return Ok(dir);
        }
    }
    let tmp = env::get(Var::TmpDir).map_or_else(|| PathBuf::from("/tmp"), PathBuf::from);
    let dir = tmp.join(format!("wasmcc-cache-{}", euid()));
    match fs::DirBuilder::new().mode(0o700).create(&dir) {
        Err(e) if e.kind() != std::io::ErrorKind::AlreadyExists => {
            return Err(err!(
                "cannot create the cache folder {}: {}: set WASMCC_CACHE to a folder you can write",
                dir.display(),
                plain(&e)
            ))
        }
        _ => {}
    }
    check(&dir)?;
    Ok(dir)
}

/// A default location: `None` when its base (HOME or XDG_CACHE_HOME) is not
/// ours or the folder cannot be made there, which is how a service account
/// looks; a folder that exists in a base of ours but is not ours is refused,
/// since it is nobody's accident.
fn default_dir(base: &Path, dir: &Path) -> Result<Option<PathBuf>> {
    let base_is_ours = fs::metadata(base).is_ok_and(|m| m.uid() == euid());
    if !base_is_ours || create(dir).is_err() {
        return Ok(None);
    }
    check(dir)?;
    Ok(Some(dir.to_path_buf()))
}

/// Holds the lock of one sysroot while it is built or repaired, so that
/// concurrent first uses build it once and a repair never moves away a
/// folder another wasmcc has just put in place. `None` where the file
/// system has no locks: the renames keep concurrent builds correct anyway.
pub fn lock(cache: &Path, name: &str) -> Option<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    let path = cache.join(format!("{name}.lock"));
    let file = fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(path)
        .ok()?;
    file.lock().ok()?;
    Some(file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    fn folder(mode: u32) -> (tempfile::TempDir, fs::Metadata) {
        let d = tempfile::tempdir().unwrap();
        fs::set_permissions(d.path(), fs::Permissions::from_mode(mode)).unwrap();
        let meta = fs::symlink_metadata(d.path()).unwrap();
        (d, meta)
    }

    #[test]
    fn only_our_folders_writable_by_no_one_else_are_trusted() {
        let me = euid();
        for mode in [0o700, 0o755, 0o750, 0o555] {
            assert_eq!(judge(&folder(mode).1, me), None, "mode {mode:o}");
        }
        for mode in [0o777, 0o775, 0o702, 0o720] {
            assert_eq!(
                judge(&folder(mode).1, me),
                Some(Distrust::WritableByOthers(mode)),
                "mode {mode:o}"
            );
        }
        assert_eq!(
            judge(&folder(0o700).1, me + 1),
            Some(Distrust::OtherOwner(me))
        );
    }

    #[test]
    fn a_link_or_a_file_is_not_a_cache_folder() {
        let d = tempfile::tempdir().unwrap();
        let link = d.path().join("link");
        std::os::unix::fs::symlink(d.path(), &link).unwrap();
        let e = check(&link).unwrap_err().to_string();
        assert!(e.contains("is not a folder"), "{e}");
        let file = d.path().join("file");
        fs::write(&file, "").unwrap();
        assert!(check(&file).is_err());
    }

    #[test]
    fn the_refusal_names_the_folder_and_the_fix() {
        let e = refusal(Path::new("/c/wasmcc"), &Distrust::WritableByOthers(0o777)).to_string();
        assert!(e.contains("/c/wasmcc") && e.contains("0777"), "{e}");
        assert!(
            e.contains("remove it or set WASMCC_CACHE to a folder of your own"),
            "{e}"
        );
        let e = refusal(Path::new("/c/wasmcc"), &Distrust::OtherOwner(65534)).to_string();
        assert!(e.contains("another user (uid 65534)"), "{e}");
    }

    #[test]
    fn created_folders_are_private() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join("a/b");
        create(&dir).unwrap();
        for p in [d.path().join("a"), dir] {
            assert_eq!(fs::metadata(&p).unwrap().mode() & 0o777, 0o700);
        }
    }

    #[test]
    fn a_home_that_is_not_ours_falls_back_and_one_that_is_ours_is_used() {
        let d = tempfile::tempdir().unwrap();
        let dir = d.path().join(".cache/wasmcc");
        assert_eq!(default_dir(d.path(), &dir).unwrap(), Some(dir.clone()));
        // Missing: the service account's HOME may not exist at all.
        let gone = d.path().join("missing");
        assert_eq!(
            default_dir(&gone, &gone.join(".cache/wasmcc")).unwrap(),
            None
        );
        // Ours, but the folder in it is open to all: refused, not bypassed.
        fs::set_permissions(&dir, fs::Permissions::from_mode(0o777)).unwrap();
        assert!(default_dir(d.path(), &dir).is_err());
    }
}
