//! Two legacy command-line tools, unchanged: bzip2 1.0.8 (`bzip2.c` and the
//! library, shipped by the `bzip2-sys` crate) and lz4 1.10 (`lib/` and
//! `programs/`, shipped by `lz4-sys`), found with `cargo metadata`. Each is
//! built natively with gcc and with wasmcc -O2, once with the default
//! in-memory files and once with `-sNODERAWFS=1`, and run the same way as
//! the native tool: what reaches stdout, the files left behind, the exit
//! status and what is said on stderr must agree.
//!
//! The three builds of a tool carry the same name (`native/bzip2`,
//! `memfs/bzip2.js`, `rawfs/bzip2.js`), so the program name the tools put
//! in their messages is the same on both sides: the wasm program's argv[0]
//! is its script's name without `.js`.
//!
//! bzip2's compressed bytes are the native ones. lz4's differ on purpose:
//! its match finder hashes 5 bytes where pointers are 64-bit and 4 where
//! they are 32-bit, so for lz4 the checks are round trips and the
//! decompression of files the native tool made.
//!
//! Both tools give the output the input's mode with chmod/fchmod: with
//! `-sNODERAWFS=1` wasmcc's stat reports the host's permission bits and its
//! chmod changes them, so a 0600 input gives a 0600 output on both sides.

mod common;

use common::{
    explain, first_difference, package_dir, run_with_stdin, shell_status, step_result, wasmcc,
};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, SystemTime};

struct Builds {
    native: PathBuf,
    /// Default file system: files live in the program's memory.
    memfs: PathBuf,
    /// `-sNODERAWFS=1`: the program sees the host's files.
    rawfs: PathBuf,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Build {
    Native,
    MemFs,
    RawFs,
}

/// What to compile for one tool: the package, the folder in it, the `.c`
/// files under that folder, and the extra flags its Makefile passes.
struct Recipe {
    name: &'static str,
    package: &'static str,
    folder: &'static str,
    sources: &'static [&'static str],
    includes: &'static [&'static str],
    defines: &'static [&'static str],
}

const BZIP2: Recipe = Recipe {
    name: "bzip2",
    package: "bzip2-sys",
    folder: "bzip2-1.0.8",
    sources: &[
        "blocksort.c",
        "huffman.c",
        "crctable.c",
        "randtable.c",
        "compress.c",
        "decompress.c",
        "bzlib.c",
        "bzip2.c",
    ],
    includes: &[],
    defines: &["-D_FILE_OFFSET_BITS=64"],
};

const LZ4: Recipe = Recipe {
    name: "lz4",
    package: "lz4-sys",
    folder: "liblz4",
    sources: &[
        "lib/lz4.c",
        "lib/lz4file.c",
        "lib/lz4frame.c",
        "lib/lz4hc.c",
        "lib/xxhash.c",
        "programs/bench.c",
        "programs/lorem.c",
        "programs/lz4cli.c",
        "programs/lz4io.c",
        "programs/threadpool.c",
        "programs/timefn.c",
        "programs/util.c",
    ],
    includes: &["lib"],
    defines: &[],
};

static BZIP2_BUILDS: OnceLock<Result<Builds, String>> = OnceLock::new();
static LZ4_BUILDS: OnceLock<Result<Builds, String>> = OnceLock::new();

fn builds(recipe: &Recipe) -> &'static Builds {
    let cell = if recipe.name == "bzip2" {
        &BZIP2_BUILDS
    } else {
        &LZ4_BUILDS
    };
    match cell.get_or_init(|| build(recipe)) {
        Ok(b) => b,
        Err(e) => panic!("{e}"),
    }
}

fn make_dir(dir: &Path) -> Result<(), String> {
    fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))
}

/// A build step started in the background, and what to call it.
struct Step(std::process::Child, String);

fn start(mut cmd: Command, what: String) -> Result<Step, String> {
    cmd.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map(|child| Step(child, what.clone()))
        .map_err(|e| format!("cannot run {what}: {e}"))
}

/// Waits for a step; a failure is its stderr. A step that fills its pipe
/// while another is waited for only pauses until its turn.
fn finish(Step(child, what): Step) -> Result<(), String> {
    let out = child
        .wait_with_output()
        .map_err(|e| format!("{what}: {e}"))?;
    step_result(&out, &what)
}

/// Builds one tool three ways. The wasm sources are compiled once, to
/// objects both links share; gcc builds while wasmcc does.
fn build(recipe: &Recipe) -> Result<Builds, String> {
    let src = package_dir(recipe.package)?.join(recipe.folder);
    let sources: Vec<PathBuf> = recipe.sources.iter().map(|s| src.join(s)).collect();
    if let Some(missing) = sources.iter().find(|s| !s.is_file()) {
        return Err(format!("{} is missing", missing.display()));
    }
    let mut flags: Vec<String> = recipe.defines.iter().map(|d| d.to_string()).collect();
    flags.extend(
        recipe
            .includes
            .iter()
            .map(|i| format!("-I{}", src.join(i).display())),
    );

    let work =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("real-clis-{}", recipe.name));
    let _ = fs::remove_dir_all(&work);
    let (obj, native_dir, mem_dir, raw_dir) = (
        work.join("obj"),
        work.join("native"),
        work.join("memfs"),
        work.join("rawfs"),
    );
    for dir in [&obj, &native_dir, &mem_dir, &raw_dir] {
        make_dir(dir)?;
    }
    let native = native_dir.join(recipe.name);
    let memfs = mem_dir.join(format!("{}.js", recipe.name));
    let rawfs = raw_dir.join(format!("{}.js", recipe.name));

    let mut gcc = Command::new("gcc");
    gcc.args(["-O2", "-w"])
        .args(&flags)
        .args(&sources)
        .arg("-o")
        .arg(&native);
    let gcc = start(gcc, format!("gcc ({})", recipe.name))?;

    // One `-c` call for all the files: wasmcc compiles them in parallel,
    // each to its own `.o` in the working folder.
    let mut compile = wasmcc(["-O2", "-c"]);
    compile.args(&flags).args(&sources).current_dir(&obj);
    let compiled = start(compile, format!("wasmcc -c ({})", recipe.name))?;
    finish(compiled)?;
    let objects: Vec<PathBuf> = sources
        .iter()
        .map(|s| obj.join(Path::new(s.file_name().unwrap()).with_extension("o")))
        .collect();
    let mut mem = wasmcc(["-O2"]);
    mem.args(&objects).arg("-o").arg(&memfs);
    let mut raw = wasmcc(["-O2", "-sNODERAWFS=1"]);
    raw.args(&objects).arg("-o").arg(&rawfs);
    let mem = start(mem, format!("wasmcc ({}, memfs)", recipe.name))?;
    let raw = start(raw, format!("wasmcc -sNODERAWFS=1 ({})", recipe.name))?;
    for step in [raw, mem, gcc] {
        finish(step)?;
    }
    Ok(Builds {
        native,
        memfs,
        rawfs,
    })
}

/// Runs one build of a tool in `dir` with `args` and `stdin`.
fn run(recipe: &Recipe, build: Build, dir: &Path, args: &[&str], stdin: &[u8]) -> Output {
    let b = builds(recipe);
    let mut cmd = match build {
        Build::Native => Command::new(&b.native),
        Build::MemFs | Build::RawFs => {
            let mut c = Command::new("node");
            c.arg(if build == Build::MemFs {
                &b.memfs
            } else {
                &b.rawfs
            });
            c
        }
    };
    cmd.args(args).current_dir(dir);
    run_with_stdin(&mut cmd, stdin)
}

/// Compressible text: words from a small vocabulary in lines of varying
/// length, about 300 KB, the same on every run.
fn text_input() -> Vec<u8> {
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let words: Vec<String> = (0..400)
        .map(|_| {
            let len = 2 + rng.below(9);
            (0..len)
                .map(|_| char::from(b'a' + rng.below(26) as u8))
                .collect()
        })
        .collect();
    let mut out = Vec::new();
    while out.len() < 300_000 {
        for _ in 0..1 + rng.below(14) {
            out.extend_from_slice(words[rng.below(words.len())].as_bytes());
            out.push(b' ');
        }
        out.push(b'\n');
    }
    out
}

/// Incompressible bytes, about 200 KB: neither tool can shrink them.
fn noise_input() -> Vec<u8> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    (0..200_000).map(|_| rng.next() as u8).collect()
}

/// xorshift64: deterministic and enough to defeat a compressor.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 >> 16
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

fn inputs() -> [(&'static str, Vec<u8>); 2] {
    [("text", text_input()), ("noise", noise_input())]
}

/// Asserts the same status, stderr and (if `stdout`) stdout bytes.
fn assert_same(what: &str, native: &Output, wasm: &Output, stdout: bool) {
    assert!(
        shell_status(native) == shell_status(wasm)
            && native.stderr == wasm.stderr
            && (!stdout || native.stdout == wasm.stdout),
        "{what}: native and wasm differ; first stdout difference at {}\n===== native: {}\n===== wasm: {}",
        first_difference(&native.stdout, &wasm.stdout),
        explain(native),
        explain(wasm)
    );
}

/// Runs `args` natively in `native_dir` and as `build` in `wasm_dir`, and
/// asserts the same status and stderr, and stdout unless `stdout` is false.
/// Returns both outputs.
fn same(
    recipe: &Recipe,
    build: Build,
    dirs: (&Path, &Path),
    args: &[&str],
    stdin: &[u8],
    stdout: bool,
) -> (Output, Output) {
    let native = run(recipe, Build::Native, dirs.0, args, stdin);
    let wasm = run(recipe, build, dirs.1, args, stdin);
    assert_same(
        &format!("{} {args:?} ({build:?})", recipe.name),
        &native,
        &wasm,
        stdout,
    );
    (native, wasm)
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The names in a folder, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

fn assert_same_listing(n: &Path, w: &Path, expected: &[&str]) {
    assert_eq!(listing(n), expected, "native folder");
    assert_eq!(listing(w), expected, "wasm folder");
}

/// An hour in 2001, far from now, so that a copied time is told apart from
/// the time the file was written.
fn old_time() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(981_173_106)
}

/// Writes `data` to `path` with an old modification time.
fn write_old(path: &Path, data: &[u8]) {
    fs::write(path, data).unwrap();
    fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(old_time())
        .unwrap();
}

fn modified(path: &Path) -> SystemTime {
    fs::metadata(path).unwrap().modified().unwrap()
}

/// A file's permission bits.
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

/// Makes `name` private (0600) in both folders, as an input whose mode the
/// tools copy.
fn make_private(dirs: (&Path, &Path), name: &str) {
    use std::os::unix::fs::PermissionsExt;
    for dir in [dirs.0, dirs.1] {
        fs::set_permissions(dir.join(name), fs::Permissions::from_mode(0o600)).unwrap();
    }
}

/// A copy of `data` with bytes in the middle overwritten: the checksum
/// (bzip2's block CRC, lz4's content checksum) no longer matches.
fn corrupted(data: &[u8]) -> Vec<u8> {
    let mut bad = data.to_vec();
    let at = bad.len() / 2;
    for b in &mut bad[at..at + 3] {
        *b ^= 0x5a;
    }
    bad
}

/// For each input, file system and set of compression `options`: the wasm
/// tool compresses stdin to stdout with the native status and stderr (and
/// the native bytes if `same_bytes`), the native tool gets the input back
/// from that, and the wasm tool decompresses the native tool's output.
fn stdin_round_trips(recipe: &Recipe, options: &[&[&str]], same_bytes: bool) {
    let (n, w) = (common::scratch(), common::scratch());
    let dirs = (n.path(), w.path());
    for (name, data) in inputs() {
        for build in [Build::MemFs, Build::RawFs] {
            for &args in options {
                let what = format!("{} {args:?} on {name} ({build:?})", recipe.name);
                let (native, wasm) = same(recipe, build, dirs, args, &data, same_bytes);
                assert_eq!(shell_status(&native), 0, "{what}: {}", explain(&native));
                let back = run(recipe, Build::Native, n.path(), &["-d", "-c"], &wasm.stdout);
                assert!(
                    shell_status(&back) == 0 && back.stdout == data,
                    "{what}: the native tool does not get the input back: {}",
                    stderr(&back)
                );
                let (back, _) = same(recipe, build, dirs, &["-d", "-c"], &native.stdout, true);
                assert!(
                    back.stdout == data,
                    "{what}: the round trip changed the data"
                );
            }
        }
    }
}

/// Two scratch folders (native, wasm), each with `f` (text) and `g`
/// (noise) written long ago, so that a copied modification time shows.
fn folders_with_inputs() -> (tempfile::TempDir, tempfile::TempDir) {
    let (n, w) = (common::scratch(), common::scratch());
    for dir in [n.path(), w.path()] {
        write_old(&dir.join("f"), &text_input());
        write_old(&dir.join("g"), &noise_input());
    }
    (n, w)
}

// ---------------------------------------------------------------- bzip2

/// Compressing stdin to stdout gives the native bytes, at the default and
/// the smallest block size, and decompressing them gives the input back.
#[test]
fn bzip2_stdin_to_stdout() {
    stdin_round_trips(&BZIP2, &[&["-c"], &["-1", "-c"]], true);
}

/// `bzip2 FILE` replaces the file by FILE.bz2 (or keeps it with -k), with
/// the input's modification time; `-d` brings it back; an existing output
/// is not overwritten; -v reports the ratio.
#[test]
fn bzip2_files_in_place() {
    let (n, w) = folders_with_inputs();
    let dirs = (n.path(), w.path());
    let text = text_input();
    make_private(dirs, "f");

    same(&BZIP2, Build::RawFs, dirs, &["f"], b"", true);
    assert_same_listing(n.path(), w.path(), &["f.bz2", "g"]);
    assert_eq!(mode(&n.path().join("f.bz2")), 0o600, "native");
    assert_eq!(mode(&w.path().join("f.bz2")), 0o600, "the input's mode");
    let compressed = fs::read(n.path().join("f.bz2")).unwrap();
    assert!(
        compressed == fs::read(w.path().join("f.bz2")).unwrap(),
        "f.bz2 differs from the native one"
    );
    assert_eq!(modified(&w.path().join("f.bz2")), old_time());

    let (native, _) = same(&BZIP2, Build::RawFs, dirs, &["-k", "-v", "g"], b"", true);
    assert_same_listing(n.path(), w.path(), &["f.bz2", "g", "g.bz2"]);
    // Noise does not shrink: bzip2 says so with a negative saving.
    assert!(
        stderr(&native).starts_with("  g: ") && stderr(&native).contains("% saved, 200000 in, "),
        "{}",
        explain(&native)
    );

    let (native, _) = same(&BZIP2, Build::RawFs, dirs, &["-k", "g"], b"", true);
    assert_eq!(shell_status(&native), 1);
    assert_eq!(
        stderr(&native),
        "bzip2: Output file g.bz2 already exists.\n"
    );

    let (native, _) = same(
        &BZIP2,
        Build::RawFs,
        dirs,
        &["-d", "-v", "f.bz2"],
        b"",
        true,
    );
    // bzip2 pads the name to a column, then says "done".
    let said = stderr(&native);
    assert!(
        said.starts_with("  f.bz2: ") && said.ends_with(" done\n"),
        "{said:?}"
    );
    assert_same_listing(n.path(), w.path(), &["f", "g", "g.bz2"]);
    assert!(fs::read(w.path().join("f")).unwrap() == text);
    assert_eq!(modified(&w.path().join("f")), old_time());
}

/// -t on a good and a damaged file, a file that is not bzip2 data, and a
/// missing file: the same status and message.
#[test]
fn bzip2_test_and_errors() {
    let (n, w) = (common::scratch(), common::scratch());
    let dirs = (n.path(), w.path());
    let good = run(&BZIP2, Build::Native, n.path(), &[], &text_input()).stdout;
    for dir in [n.path(), w.path()] {
        fs::write(dir.join("good.bz2"), &good).unwrap();
        fs::write(dir.join("bad.bz2"), corrupted(&good)).unwrap();
        fs::write(dir.join("plain.bz2"), b"not compressed\n").unwrap();
    }

    let (native, _) = same(&BZIP2, Build::RawFs, dirs, &["-tv", "good.bz2"], b"", true);
    assert_eq!(shell_status(&native), 0);
    assert_eq!(stderr(&native), "  good.bz2: ok\n");

    // Status 2: corrupt compressed data, as bzip2's manual says.
    let (native, _) = same(&BZIP2, Build::RawFs, dirs, &["-t", "bad.bz2"], b"", true);
    assert_eq!(shell_status(&native), 2);
    assert!(
        stderr(&native).starts_with("bzip2: bad.bz2: data integrity (CRC) error in data\n"),
        "{}",
        explain(&native)
    );

    let (native, _) = same(&BZIP2, Build::RawFs, dirs, &["-t", "plain.bz2"], b"", true);
    assert_eq!(shell_status(&native), 2);
    assert!(
        stderr(&native)
            .starts_with("bzip2: plain.bz2: bad magic number (file not created by bzip2)\n"),
        "{}",
        explain(&native)
    );

    // A missing file is status 1 with errno's text, in either file system.
    for build in [Build::MemFs, Build::RawFs] {
        for args in [&["nosuch"][..], &["-d", "nosuch.bz2"][..]] {
            let (native, _) = same(&BZIP2, build, dirs, args, b"", true);
            assert_eq!(shell_status(&native), 1);
            assert_eq!(
                stderr(&native),
                format!(
                    "bzip2: Can't open input file {}: No such file or directory.\n",
                    args[args.len() - 1]
                )
            );
        }
    }
    assert_same_listing(n.path(), w.path(), &["bad.bz2", "good.bz2", "plain.bz2"]);
}

// ---------------------------------------------------------------- lz4

/// Compressing stdin to stdout (fast, high compression, and the legacy
/// format) gives data the native tool decompresses to the input, and the
/// wasm tool decompresses what the native one made.
#[test]
fn lz4_stdin_to_stdout() {
    stdin_round_trips(&LZ4, &[&["-c"], &["-9", "-c"], &["-l", "-c"]], false);
}

/// `lz4 FILE` writes FILE.lz4 and keeps the file (`--rm` removes it), with
/// the input's modification time; `-d` decompresses a file the native tool
/// made; an existing output is not overwritten.
#[test]
fn lz4_files_in_place() {
    let (n, w) = folders_with_inputs();
    let dirs = (n.path(), w.path());
    let text = text_input();
    make_private(dirs, "f");
    // -q: the progress lines are timed, and the sizes lz4 reports differ.
    same(&LZ4, Build::RawFs, dirs, &["-q", "f"], b"", true);
    assert_eq!(mode(&n.path().join("f.lz4")), 0o600, "native");
    assert_eq!(mode(&w.path().join("f.lz4")), 0o600, "the input's mode");
    same(&LZ4, Build::RawFs, dirs, &["-q", "--rm", "g"], b"", true);
    assert_same_listing(n.path(), w.path(), &["f", "f.lz4", "g.lz4"]);
    assert_eq!(modified(&w.path().join("f.lz4")), old_time());

    let (native, _) = same(&LZ4, Build::RawFs, dirs, &["-q", "f"], b"", true);
    assert_eq!(shell_status(&native), 1);
    assert_eq!(stderr(&native), "f.lz4 already exists; not overwritten  \n");

    // Each side decompresses the native tool's file in place.
    fs::copy(n.path().join("g.lz4"), w.path().join("g.lz4")).unwrap();
    same(
        &LZ4,
        Build::RawFs,
        dirs,
        &["-q", "-d", "--rm", "g.lz4"],
        b"",
        true,
    );
    assert_same_listing(n.path(), w.path(), &["f", "f.lz4", "g"]);
    assert!(fs::read(w.path().join("g")).unwrap() == noise_input());

    // And its own: the wasm tool reads back what it wrote.
    for dir in [n.path(), w.path()] {
        fs::remove_file(dir.join("f")).unwrap();
    }
    same(&LZ4, Build::RawFs, dirs, &["-q", "-d", "f.lz4"], b"", true);
    assert_same_listing(n.path(), w.path(), &["f", "f.lz4", "g"]);
    assert!(fs::read(w.path().join("f")).unwrap() == text);
    assert_eq!(modified(&w.path().join("f")), old_time());
}

/// The part of each stderr line that a terminal would show last: lz4's
/// progress lines end in `\r` and are redrawn by the next.
fn last_redraws(text: &str) -> Vec<&str> {
    text.lines()
        .map(|l| l.rsplit('\r').next().unwrap_or(""))
        .collect()
}

/// -t on a good and a damaged file, and missing files: the same status and
/// message; -v names the version and reports the decoded size.
#[test]
fn lz4_test_and_errors() {
    let (n, w) = (common::scratch(), common::scratch());
    let dirs = (n.path(), w.path());
    let good = run(&LZ4, Build::Native, n.path(), &["-c"], &text_input()).stdout;
    for dir in [n.path(), w.path()] {
        fs::write(dir.join("good.lz4"), &good).unwrap();
        fs::write(dir.join("bad.lz4"), corrupted(&good)).unwrap();
    }

    let (native, _) = same(
        &LZ4,
        Build::RawFs,
        dirs,
        &["-q", "-t", "good.lz4"],
        b"",
        true,
    );
    assert_eq!(shell_status(&native), 0, "{}", explain(&native));
    assert_eq!(stderr(&native), "");

    let (native, _) = same(
        &LZ4,
        Build::RawFs,
        dirs,
        &["-q", "-t", "bad.lz4"],
        b"",
        true,
    );
    assert_eq!(shell_status(&native), 66, "{}", explain(&native));
    assert_eq!(
        stderr(&native),
        "Error 66 : Decompression error : ERROR_contentChecksum_invalid \n"
    );

    // -v: the banner says how wide a pointer is (the wasm build is 32-bit,
    // the native one 64-bit); the last line is the decoded size.
    let native = run(
        &LZ4,
        Build::Native,
        n.path(),
        &["-v", "-t", "good.lz4"],
        b"",
    );
    let wasm = run(&LZ4, Build::RawFs, w.path(), &["-v", "-t", "good.lz4"], b"");
    assert_eq!(shell_status(&native), 0);
    assert_eq!(shell_status(&wasm), 0, "{}", explain(&wasm));
    let (ne, we) = (stderr(&native), stderr(&wasm));
    let (nl, wl) = (last_redraws(&ne), last_redraws(&we));
    assert_eq!(
        nl[0],
        "*** lz4 v1.10.0 64-bit single-thread, by Yann Collet ***"
    );
    assert_eq!(
        wl[0],
        "*** lz4 v1.10.0 32-bit single-thread, by Yann Collet ***"
    );
    let decoded = format!("{:<30} : decoded {} bytes ", "good.lz4", text_input().len());
    assert_eq!(nl.last(), Some(&decoded.as_str()), "{ne}");
    assert_eq!(wl.last(), Some(&decoded.as_str()), "{we}");

    // A missing input: lz4 names the output it would write, then errno's
    // text; decompressing, it has already created the (empty) output.
    for build in [Build::MemFs, Build::RawFs] {
        let (native, _) = same(&LZ4, build, dirs, &["nosuch"], b"", true);
        assert_eq!(shell_status(&native), 1);
        assert_eq!(
            stderr(&native),
            "Compressed filename will be : nosuch.lz4 \nnosuch: No such file or directory \n"
        );
    }
    let (native, _) = same(&LZ4, Build::RawFs, dirs, &["-d", "nosuch.lz4"], b"", true);
    assert_eq!(shell_status(&native), 1);
    assert_eq!(
        stderr(&native),
        "Decoding file nosuch \nnosuch.lz4: No such file or directory \n"
    );
    assert_same_listing(n.path(), w.path(), &["bad.lz4", "good.lz4", "nosuch"]);
}
