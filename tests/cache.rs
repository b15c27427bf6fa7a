//! The sysroot cache heals itself and trusts no one else: a damaged or
//! half-built sysroot is rebuilt instead of failing, concurrent first uses
//! all succeed, and a cache folder that another user owns or can write to is
//! refused with what to do. Each test has its own WASMCC_CACHE.

mod common;

use common::{scratch, wasmcc};
use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Output;

/// setjmp and longjmp come from our support library (libwasmcc.a), so a
/// damaged one fails the link.
const PROGRAM: &str = "#include <setjmp.h>\n#include <stdio.h>\n\
    static jmp_buf env;\n\
    int main(void) { int v = setjmp(env); if (!v) longjmp(env, 7);\n\
    printf(\"jumped %d\\n\", v); return 3; }\n";

/// Builds PROGRAM in `dir` with the cache at `cache`.
fn build(dir: &Path, cache: &Path, out: &str) -> Output {
    fs::write(dir.join("p.c"), PROGRAM).unwrap();
    wasmcc(["p.c", "-o", out])
        .current_dir(dir)
        .env("WASMCC_CACHE", cache)
        .output()
        .unwrap()
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Builds and runs PROGRAM, which prints what its native build prints and
/// exits with 3.
fn build_and_run(dir: &Path, cache: &Path) -> Output {
    let out = build(dir, cache, "p.js");
    assert!(out.status.success(), "{}", stderr_of(&out));
    let run = common::node(&dir.join("p.js"), &[], b"", dir);
    assert_eq!(String::from_utf8_lossy(&run.stdout), "jumped 7\n");
    assert_eq!(run.status.code(), Some(3));
    out
}

/// The one sysroot folder in `cache`.
fn sysroot(cache: &Path) -> PathBuf {
    let found: Vec<PathBuf> = fs::read_dir(cache)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.is_dir()
                && p.file_name()
                    .unwrap()
                    .to_str()
                    .unwrap()
                    .starts_with("sysroot-")
        })
        .collect();
    assert_eq!(found.len(), 1, "{found:?}");
    found[0].clone()
}

#[test]
fn a_truncated_support_library_is_rebuilt() {
    let d = scratch();
    let cache = d.path().join("cache");
    build_and_run(d.path(), &cache);
    let lib = sysroot(&cache).join("lib/libwasmcc.a");
    let size = fs::metadata(&lib).unwrap().len();
    fs::File::options()
        .write(true)
        .open(&lib)
        .unwrap()
        .set_len(size / 3)
        .unwrap();
    let out = build_and_run(d.path(), &cache);
    assert!(
        stderr_of(&out).contains("rebuilding the damaged sysroot"),
        "{}",
        stderr_of(&out)
    );
    assert_eq!(fs::metadata(&lib).unwrap().len(), size);
    // Healed: the next build says nothing.
    let out = build_and_run(d.path(), &cache);
    assert_eq!(stderr_of(&out), "");
}

#[test]
fn a_sysroot_without_its_manifest_is_rebuilt() {
    let d = scratch();
    let cache = d.path().join("cache");
    build_and_run(d.path(), &cache);
    fs::remove_file(sysroot(&cache).join("ready")).unwrap();
    build_and_run(d.path(), &cache);
    assert!(sysroot(&cache).join("ready").is_file());
}

#[test]
fn a_damaged_cxx_part_is_rebuilt() {
    let d = scratch();
    let cache = d.path().join("cache");
    fs::write(
        d.path().join("s.cpp"),
        "#include <string>\n#include <iostream>\n\
         int main() { std::string s(3, 'x'); std::cout << s << '\\n'; }\n",
    )
    .unwrap();
    let cxx = || {
        let out = wasmcc(["s.cpp", "-o", "s.js"])
            .current_dir(d.path())
            .env("WASMCC_CACHE", &cache)
            // No rebuilt libc++ (ports/libcxx.rs): a minute of building
            // in this fresh cache that the test does not look at.
            .env("WASMCC_PORTS_SRC", d.path().join("no-ports"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        let run = common::node(&d.path().join("s.js"), &[], b"", d.path());
        assert_eq!(String::from_utf8_lossy(&run.stdout), "xxx\n");
    };
    cxx();
    let lib = sysroot(&cache).join("lib/libwasmcc-cxx.a");
    fs::write(&lib, "!<arch>\n").unwrap();
    cxx();
    assert!(fs::metadata(&lib).unwrap().len() > 8);
}

#[test]
fn a_cache_folder_others_can_write_is_refused() {
    let d = scratch();
    let cache = d.path().join("cache");
    fs::create_dir(&cache).unwrap();
    fs::set_permissions(&cache, fs::Permissions::from_mode(0o777)).unwrap();
    let out = build(d.path(), &cache, "p.js");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(err.contains(&cache.display().to_string()), "{err}");
    assert!(
        err.contains("remove it or set WASMCC_CACHE to a folder of your own"),
        "{err}"
    );
    assert!(!d.path().join("p.js").exists());
    // A sysroot folder inside a good cache is checked too.
    fs::set_permissions(&cache, fs::Permissions::from_mode(0o700)).unwrap();
    build_and_run(d.path(), &cache);
    let root = sysroot(&cache);
    fs::set_permissions(&root, fs::Permissions::from_mode(0o777)).unwrap();
    let err = stderr_of(&build(d.path(), &cache, "p.js"));
    assert!(err.contains(&root.display().to_string()), "{err}");
}

#[test]
fn cache_folders_are_private() {
    let d = scratch();
    let cache = d.path().join("new/cache");
    build_and_run(d.path(), &cache);
    for dir in [cache.clone(), sysroot(&cache)] {
        let mode = fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}", dir.display());
    }
}

#[test]
fn concurrent_first_uses_all_succeed() {
    let d = scratch();
    let cache = d.path().join("cache");
    fs::write(d.path().join("p.c"), PROGRAM).unwrap();
    let children: Vec<_> = (0..4)
        .map(|i| {
            wasmcc(["p.c", "-o", &format!("p{i}.js")])
                .current_dir(d.path())
                .env("WASMCC_CACHE", &cache)
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for (i, child) in children.into_iter().enumerate() {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "run {i}: {}", stderr_of(&out));
        assert_eq!(stderr_of(&out), "", "run {i}");
        let run = common::node(&d.path().join(format!("p{i}.js")), &[], b"", d.path());
        assert_eq!(String::from_utf8_lossy(&run.stdout), "jumped 7\n");
    }
    sysroot(&cache);
}

fn is_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| o.stdout == b"0\n")
}

/// The uid and gid of `nobody`, as `id` reports them.
fn nobody() -> (u32, u32) {
    let id = |flag: &str| {
        let out = std::process::Command::new("id")
            .args([flag, "nobody"])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
    };
    (id("-u"), id("-g"))
}

#[test]
fn a_cache_folder_of_another_user_is_refused() {
    if !is_root() {
        eprintln!("note: skipped: changing a folder's owner needs root");
        return;
    }
    let d = scratch();
    let cache = d.path().join("cache");
    build_and_run(d.path(), &cache);
    let (uid, gid) = nobody();
    std::os::unix::fs::chown(&cache, Some(uid), Some(gid)).unwrap();
    let out = build(d.path(), &cache, "p.js");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains(&format!("{} belongs to another user", cache.display())),
        "{err}"
    );
    assert!(
        err.contains("remove it or set WASMCC_CACHE to a folder of your own"),
        "{err}"
    );
}

/// A service account (distccd runs compilers as `nobody`) keeps root's HOME,
/// where it can create nothing: its cache is a folder of its own in the temp
/// folder.
#[test]
fn a_user_whose_home_is_not_its_own_gets_a_cache_in_the_temp_folder() {
    if !is_root() {
        eprintln!("note: skipped: running wasmcc as another user needs root");
        return;
    }
    use std::os::unix::process::CommandExt;
    let d = scratch();
    let (uid, gid) = nobody();
    // nobody needs to reach the binary (cargo's target folder) and the sources.
    if !common::wasmcc_path()
        .ancestors()
        .all(|p| fs::metadata(p).is_ok_and(|m| p.is_file() || m.permissions().mode() & 0o001 != 0))
    {
        eprintln!("note: skipped: the test binary is not reachable by nobody");
        return;
    }
    let tmp = d.path().join("tmp");
    let work = d.path().join("work");
    for dir in [&tmp, &work] {
        fs::create_dir(dir).unwrap();
        fs::set_permissions(dir, fs::Permissions::from_mode(0o1777)).unwrap();
    }
    fs::set_permissions(d.path(), fs::Permissions::from_mode(0o755)).unwrap();
    fs::write(work.join("p.c"), PROGRAM).unwrap();
    let home = std::env::var("HOME").unwrap_or_else(|_| "/root".into());
    let out = wasmcc(["p.c", "-o", "p.js"])
        .current_dir(&work)
        .env_remove("WASMCC_CACHE")
        .env_remove("XDG_CACHE_HOME")
        .env("HOME", &home)
        .env("TMPDIR", &tmp)
        .uid(uid)
        .gid(gid)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let cache = tmp.join(format!("wasmcc-cache-{uid}"));
    let meta = fs::metadata(&cache).unwrap();
    use std::os::unix::fs::MetadataExt;
    assert_eq!((meta.uid(), meta.mode() & 0o777), (uid, 0o700));
    sysroot(&cache);
    let run = common::node(&work.join("p.js"), &[], b"", &work);
    assert_eq!(String::from_utf8_lossy(&run.stdout), "jumped 7\n");
    // A folder of that name made by someone else is refused, not used.
    let (_, _) = (fs::remove_dir_all(&cache), fs::create_dir(&cache));
    fs::set_permissions(&cache, fs::Permissions::from_mode(0o700)).unwrap();
    let out = wasmcc(["p.c", "-o", "p.js"])
        .current_dir(&work)
        .env_remove("WASMCC_CACHE")
        .env_remove("XDG_CACHE_HOME")
        .env("HOME", &home)
        .env("TMPDIR", &tmp)
        .uid(uid)
        .gid(gid)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("belongs to another user"),
        "{}",
        stderr_of(&out)
    );
}

/// Builds PROGRAM with `-v` and the shared cache at `shared`; true when the
/// support library was compiled (its shims went through clang).
fn built_shims(dir: &Path, cache: &Path, shared: &Path) -> bool {
    fs::write(dir.join("p.c"), PROGRAM).unwrap();
    let out = wasmcc(["-v", "p.c", "-o", "p.js"])
        .current_dir(dir)
        .env("WASMCC_CACHE", cache)
        .env("WASMCC_SHARED_CACHE", shared)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let run = common::node(&dir.join("p.js"), &[], b"", dir);
    assert_eq!(String::from_utf8_lossy(&run.stdout), "jumped 7\n");
    stderr_of(&out).contains("/shims/")
}

#[test]
fn a_sysroot_in_the_shared_cache_is_copied_not_built() {
    let d = scratch();
    let p = d.path();
    // What scripts/setup.sh does: a build with the shared folder as the
    // cache, then the folder opened to every user.
    let shared = p.join("shared");
    fs::create_dir(&shared).unwrap();
    let none = p.join("none");
    assert!(
        built_shims(p, &shared, &none),
        "the shared cache's own build compiles"
    );
    let mode =
        |path: &Path, m: u32| fs::set_permissions(path, fs::Permissions::from_mode(m)).unwrap();
    mode(&shared, 0o755);
    let root = sysroot(&shared);
    mode(&root, 0o755);

    // A new user's first build copies it: no shim is compiled.
    assert!(!built_shims(p, &p.join("user1"), &shared));
    sysroot(&p.join("user1"));

    // A shared folder others can write to is not trusted: the sysroot is built.
    mode(&shared, 0o777);
    assert!(built_shims(p, &p.join("user2"), &shared));
    mode(&shared, 0o755);

    // Nor is a damaged one (its manifest no longer matches).
    let lib = root.join("lib/libwasmcc.a");
    let len = fs::metadata(&lib).unwrap().len();
    fs::OpenOptions::new()
        .write(true)
        .open(&lib)
        .unwrap()
        .set_len(len / 2)
        .unwrap();
    assert!(built_shims(p, &p.join("user3"), &shared));
}
