//! SQLite as a legacy program: the amalgamation (`sqlite3.c`, shipped by the
//! `libsqlite3-sys` crate and found with `cargo metadata`) and our own client
//! `tests/sqlite/dbtool.c` are built natively with gcc and with wasmcc -O2,
//! once with the default in-memory files and once with `-sNODERAWFS=1`. Each
//! run must print the same bytes and exit with the same status both ways,
//! and a database file the wasm build wrote must be one the native build
//! reads (and the other way round).
//!
//! sqlite3.c is compiled once per compiler, to an object both wasm links
//! share, so the whole file costs about one sqlite3.c build per compiler.

mod common;

use common::{
    checked, explain, first_difference, package_dir, repo_root, run_with_stdin, scratch,
    shell_status, wasmcc,
};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

struct Builds {
    native: PathBuf,
    /// Default file system: files live in the program's memory.
    memfs: PathBuf,
    /// `-sNODERAWFS=1`: the program sees the host's files.
    rawfs: PathBuf,
}

static BUILDS: OnceLock<Result<Builds, String>> = OnceLock::new();

fn builds() -> &'static Builds {
    match BUILDS.get_or_init(build_all) {
        Ok(b) => b,
        Err(e) => panic!("{e}"),
    }
}

fn dbtool_c() -> PathBuf {
    repo_root().join("tests/sqlite/dbtool.c")
}

fn build_all() -> Result<Builds, String> {
    let src = package_dir("libsqlite3-sys")?.join("sqlite3");
    if !src.join("sqlite3.c").is_file() {
        return Err(format!("no sqlite3.c in {}", src.display()));
    }
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("sqlite-test");
    let _ = fs::remove_dir_all(&work);
    fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    let include = format!("-I{}", src.display());
    let amalgamation = src.join("sqlite3.c");
    // SQLite's defaults (threads, extension loading) on both sides, as a
    // program that drops sqlite3.c into its build gets them.
    let native_obj = work.join("sqlite3-native.o");
    let wasm_obj = work.join("sqlite3-wasm.o");

    let mut gcc = Command::new("gcc");
    gcc.args(["-O2", "-w", "-c", &include])
        .arg(&amalgamation)
        .arg("-o")
        .arg(&native_obj);
    let mut wcc = wasmcc(["-O2", "-c", &include]);
    wcc.arg(&amalgamation).arg("-o").arg(&wasm_obj);
    let native_compile = std::thread::spawn(move || checked(&mut gcc, "gcc -c sqlite3.c"));
    checked(&mut wcc, "wasmcc -c sqlite3.c")?;
    native_compile
        .join()
        .map_err(|_| "the gcc build thread panicked".to_string())??;

    let native = work.join("dbtool");
    let memfs = work.join("dbtool-memfs.js");
    let rawfs = work.join("dbtool-rawfs.js");
    let mut gcc = Command::new("gcc");
    gcc.args(["-O2", "-Wall", &include])
        .arg(dbtool_c())
        .arg(&native_obj)
        .arg("-o")
        .arg(&native)
        .args(["-lm", "-lpthread", "-ldl"]);
    let mut mem = wasmcc(["-O2", &include]);
    mem.arg(dbtool_c()).arg(&wasm_obj).arg("-o").arg(&memfs);
    let mut raw = wasmcc(["-O2", &include, "-sNODERAWFS=1"]);
    raw.arg(dbtool_c()).arg(&wasm_obj).arg("-o").arg(&rawfs);
    let native_link = std::thread::spawn(move || checked(&mut gcc, "gcc (dbtool)"));
    let mem_link = std::thread::spawn(move || checked(&mut mem, "wasmcc (dbtool, memfs)"));
    checked(&mut raw, "wasmcc -sNODERAWFS=1 (dbtool)")?;
    mem_link
        .join()
        .map_err(|_| "the wasmcc build thread panicked".to_string())??;
    native_link
        .join()
        .map_err(|_| "the gcc build thread panicked".to_string())??;
    Ok(Builds {
        native,
        memfs,
        rawfs,
    })
}

#[derive(Clone, Copy, Debug)]
enum Build {
    Native,
    MemFs,
    RawFs,
}

/// Runs one build of dbtool in `dir` with `args` and `stdin`.
fn run(build: Build, dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let b = builds();
    let mut cmd = match build {
        Build::Native => Command::new(&b.native),
        Build::MemFs => {
            let mut c = Command::new("node");
            c.arg(&b.memfs);
            c
        }
        Build::RawFs => {
            let mut c = Command::new("node");
            c.arg(&b.rawfs);
            c
        }
    };
    cmd.args(args).current_dir(dir).env("TZ", "UTC");
    run_with_stdin(&mut cmd, stdin)
}

/// Asserts equal stdout and exit status, and a quiet stderr on the wasm side.
fn assert_same(what: &str, native: &Output, wasm: &Output) {
    assert!(
        native.stdout == wasm.stdout && shell_status(native) == shell_status(wasm),
        "{what}: native and wasm differ; first difference at {}\n===== native: {}\n===== wasm: {}",
        first_difference(&native.stdout, &wasm.stdout),
        explain(native),
        explain(wasm)
    );
    assert!(
        wasm.stderr.is_empty(),
        "{what}: wasm wrote to stderr: {}",
        explain(wasm)
    );
}

/// Runs `args` natively in one scratch folder and as `build` in another,
/// and asserts they agree. Returns the native output.
fn same(build: Build, native_dir: &Path, wasm_dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let native = run(Build::Native, native_dir, args, stdin);
    let wasm = run(build, wasm_dir, args, stdin);
    assert_same(&format!("dbtool {args:?} ({build:?})"), &native, &wasm);
    native
}

fn text(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The lines every `write` run prints about the error paths; the codes are
/// SQLite's documented result codes (SQLITE_ERROR 1, SQLITE_CONSTRAINT 19
/// with its extended codes _PRIMARYKEY 1555, _NOTNULL 1299, _UNIQUE 2067).
const ERROR_LINES: &str = "\
syntax error: rc=1 extended=1 msg=near \"SELEC\": syntax error
unknown column: rc=1 msg=no such column: nosuchcolumn
constraint: rc=19 extended=1555 msg=UNIQUE constraint failed: item.id
constraint: rc=19 extended=1299 msg=NOT NULL constraint failed: item.qty
constraint: rc=19 extended=2067 msg=UNIQUE constraint failed: kind.label
exec error: rc=1 msg=table item already exists
";

/// What every `write` run prints, whatever the file; `journal` is the
/// journal mode SQLite documents: `delete` for a file, `memory` for
/// `:memory:`.
fn assert_write_output(out: &Output, journal: &str) {
    let t = text(out);
    assert_eq!(shell_status(out), 0, "{}", explain(out));
    assert!(t.contains(ERROR_LINES), "{t}");
    // 3000 rows; every 11th price NULL (272), every 5th note set (600).
    assert!(t.contains("-- counts\n3000|2728|600|"), "{t}");
    assert!(
        t.contains(&format!("-- journal mode\n'{journal}'\n")),
        "{t}"
    );
    assert!(
        t.contains("-- printf of doubles\n6.000000e+10 6.00E+10 6e+10 "),
        "{t}"
    );
}

#[test]
fn in_memory_database() {
    let (n, w) = (scratch(), scratch());
    let out = same(
        Build::MemFs,
        n.path(),
        w.path(),
        &["write", ":memory:"],
        b"",
    );
    assert_write_output(&out, "memory");
    assert!(
        text(&out).contains("journal during the transaction: none (in memory)\n"),
        "{}",
        explain(&out)
    );
}

/// With the default file system the database file and its journal live in
/// the program's memory: SQLite works on them as on disk (the journal comes
/// and goes, the file reopens read-only), and nothing reaches the host.
#[test]
fn database_file_in_memory_file_system() {
    let (n, w) = (scratch(), scratch());
    let out = same(Build::MemFs, n.path(), w.path(), &["write", "t.db"], b"");
    assert_write_output(&out, "delete");
    let t = text(&out);
    for line in [
        "journal during the transaction: present\n",
        "journal after commit: absent\n",
        "database file exists: yes, journal: absent\n",
        "-- after reopen\n3000|143775431325|'item-03000-special'\n-- integrity\n'ok'\n",
        // SQLITE_READONLY is 8.
        "write to read-only: rc=8 msg=attempt to write a readonly database\n",
    ] {
        assert!(t.contains(line), "{line:?} missing from\n{t}");
    }
    assert!(
        !w.path().join("t.db").exists(),
        "the in-memory build wrote to the host's disk"
    );
}

/// With `-sNODERAWFS=1` the file is the host's: a second and third run of
/// the program see what the earlier ones committed, and the file the wasm
/// build wrote is the same database to the native build and the other way
/// round.
#[test]
fn database_file_on_disk_across_runs_and_builds() {
    let (n, w) = (scratch(), scratch());
    let write = same(Build::RawFs, n.path(), w.path(), &["write", "t.db"], b"");
    assert_write_output(&write, "delete");
    assert!(text(&write).contains("journal during the transaction: present\n"));
    for marks in ["!", "!!"] {
        let read = same(Build::RawFs, n.path(), w.path(), &["read", "t.db"], b"");
        assert_eq!(shell_status(&read), 0, "{}", explain(&read));
        let t = text(&read);
        assert!(t.contains(&format!("4|'four{marks}'\n")), "{t}");
        assert!(t.contains("-- integrity\n'ok'\n"), "{t}");
    }
    for dir in [&n, &w] {
        assert!(dir.path().join("t.db").is_file());
        assert!(!dir.path().join("t.db-journal").exists());
    }

    // Each build reads the file the other one wrote, and both agree.
    let wasm_file = w.path().join("t.db");
    let native_file = n.path().join("t.db");
    let native_on_wasm = run(
        Build::Native,
        n.path(),
        &["read", wasm_file.to_str().unwrap()],
        b"",
    );
    let wasm_on_native = run(
        Build::RawFs,
        w.path(),
        &["read", native_file.to_str().unwrap()],
        b"",
    );
    assert_same(
        "read of each other's file",
        &native_on_wasm,
        &wasm_on_native,
    );
    let t = text(&native_on_wasm);
    assert_eq!(shell_status(&native_on_wasm), 0, "{t}");
    assert!(t.contains("4|'four!!!'\n"), "{t}");
    assert!(t.contains("-- counts\n3000|2728|600|143775431325|"), "{t}");
    // Same SQLite, same statements: the file format has no field that
    // depends on the host (no time, no process id), so the files are equal
    // to the byte, which also checks every pwrite landed at its offset.
    let (a, b) = (
        fs::read(&native_file).unwrap(),
        fs::read(&wasm_file).unwrap(),
    );
    assert!(
        a == b,
        "the database files differ ({} and {} bytes)",
        a.len(),
        b.len()
    );
}

/// A process that dies inside a transaction whose changes already reached
/// the database file leaves a hot journal; the next open rolls it back, so
/// the committed rows come back unchanged.
///
/// SQLite compiled for `__wasi__` (which wasmcc's target defines next to
/// `__EMSCRIPTEN__`) locks with the "unix-dotfile" VFS: the writer's lock is
/// a `DB.lock` folder, which a process killed while holding it leaves
/// behind (Node has no fcntl lock that dies with the process). Removing it
/// is that VFS's documented recovery, and the test does that before the
/// wasm build reopens the file.
#[test]
fn hot_journal_after_a_crash_is_rolled_back() {
    let (n, w) = (scratch(), scratch());
    same(Build::RawFs, n.path(), w.path(), &["write", "t.db"], b"");
    let crash = same(Build::RawFs, n.path(), w.path(), &["crash", "t.db"], b"");
    assert_eq!(shell_status(&crash), 7, "{}", explain(&crash));
    assert!(
        text(&crash).contains("journal before the crash: present\n"),
        "{}",
        explain(&crash)
    );
    for dir in [&n, &w] {
        assert!(dir.path().join("t.db-journal").is_file());
    }
    let _ = fs::remove_dir(w.path().join("t.db.lock"));
    let read = same(Build::RawFs, n.path(), w.path(), &["read", "t.db"], b"");
    let t = text(&read);
    assert_eq!(shell_status(&read), 0, "{t}");
    assert!(t.contains("-- counts\n3000|2728|600|143775431325|"), "{t}");
    assert!(t.contains("4|'four!'\n"), "{t}");
    for dir in [&n, &w] {
        assert!(!dir.path().join("t.db-journal").exists());
    }
}

/// Write-ahead logging in exclusive locking mode, where SQLite keeps the
/// WAL index in the heap: a checkpoint moves the log into the database.
/// (Shared-memory WAL, across processes, needs a file mapped MAP_SHARED
/// into memory, which a wasm program cannot have: SQLite leaves it out
/// for `__wasi__`, and `PRAGMA journal_mode=WAL` then answers `delete`
/// outside exclusive mode.)
#[test]
fn wal_in_exclusive_mode() {
    let script = "\
PRAGMA locking_mode = EXCLUSIVE;
PRAGMA journal_mode = WAL;
CREATE TABLE w(a, b);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
  INSERT INTO w SELECT i, 'row ' || i FROM n;
SELECT count(*), sum(a), max(b) FROM w;
PRAGMA wal_checkpoint(TRUNCATE);
";
    let (n, w) = (scratch(), scratch());
    let out = same(
        Build::RawFs,
        n.path(),
        w.path(),
        &["script", "w.db"],
        script.as_bytes(),
    );
    let t = text(&out);
    assert_eq!(shell_status(&out), 0, "{t}");
    assert!(
        t.contains("'exclusive'\n'wal'\n5000|12502500|'row 999'\n0|0|0\n"),
        "{t}"
    );
    // The checkpointed database alone holds the rows: the other build reads it.
    let read = run(
        Build::Native,
        n.path(),
        &["script", w.path().join("w.db").to_str().unwrap()],
        b"SELECT count(*) FROM w;",
    );
    assert!(text(&read).contains("\n5000\n"), "{}", explain(&read));
}

/// A missing folder in the path: SQLITE_CANTOPEN (14), reported, not a crash.
#[test]
fn open_failure_is_reported() {
    let (n, w) = (scratch(), scratch());
    for build in [Build::MemFs, Build::RawFs] {
        let out = same(
            build,
            n.path(),
            w.path(),
            &["open", "no/such/dir/x.db"],
            b"",
        );
        assert_eq!(shell_status(&out), 3, "{}", explain(&out));
        assert!(
            text(&out).contains(
                "open no/such/dir/x.db: rc=14 extended=14 (unable to open database file)\n"
            ),
            "{}",
            explain(&out)
        );
    }
}

const SCRIPT: &str = "\
-- a comment before the first statement
CREATE TABLE t(a INTEGER, b TEXT, c REAL);
INSERT INTO t VALUES (1, 'one', 1.5), (2, 'two', NULL), (3, NULL, -2.25e-3);
SELECT a, b, c, typeof(c) FROM t ORDER BY a;
SELECT count(*), sum(a), printf('%.4e', sum(c)) FROM t;
SELEKT 1;
INSERT INTO t(a) VALUES ('not a number'), (4);
CREATE TABLE u(x PRIMARY KEY);
INSERT INTO u VALUES (1);
INSERT INTO u VALUES (1);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10)
  SELECT group_concat(i * i, ' ') FROM n;
SELECT quote(x'00ff'), length(zeroblob(1000)), 7 / 2, 7 / 2.0, 1e308 * 10;
";

/// A SQL script read from stdin, with a syntax error and a constraint
/// violation in the middle: the statements around them still run, and the
/// exit status says one failed.
#[test]
fn sql_script_from_stdin() {
    let (n, w) = (scratch(), scratch());
    for (build, db) in [(Build::MemFs, ":memory:"), (Build::RawFs, "s.db")] {
        let out = same(
            build,
            n.path(),
            w.path(),
            &["script", db],
            SCRIPT.as_bytes(),
        );
        let t = text(&out);
        assert_eq!(shell_status(&out), 2, "{t}");
        for line in [
            "1|'one'|1.500000e+00|'real'\n",
            "3|NULL|-2.250000e-03|'real'\n",
            // 1.5 - 0.00225 is 1.49774999... as a double.
            "3|6|'1.4977e+00'\n",
            "error 1: near \"SELEKT\": syntax error\n",
            "error 1555: UNIQUE constraint failed: u.x\n",
            "'1 4 9 16 25 36 49 64 81 100'\n",
            // dbtool quotes text without escaping it.
            "'X'00FF''|1000|3|3.500000e+00|inf\n",
            "name=t type=table\n",
        ] {
            assert!(t.contains(line), "{line:?} missing from\n{t}");
        }
    }
}
