//! A driver users can trust: a bad command line fails with one clear
//! message and status 1, never a panic, before any tool runs (in well under a
//! second), touching no file, and leaving no temporary folder or partial
//! output behind. A build that fails in a tool leaves no output either, and
//! `-o /dev/null` writes through the device without replacing it.
//!
//! Every row runs in a fresh folder of the same fixture files, with `TMPDIR`
//! pointing at a fresh folder of its own; after the run the fixture folder
//! is compared, entry by entry (bytes, mode, inode, link target), with what
//! it was before.

mod common;

use std::collections::BTreeMap;
use std::os::unix::fs::{FileTypeExt, MetadataExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const GOOD_C: &str = "#include <stdio.h>\nint main(void) { puts(\"good\"); return 0; }\n";
const BAD_C: &str = "int main(void) { return 0 }\n";
const UNDEF_C: &str =
    "int missing_function(void);\nint main(void) { return missing_function(); }\n";

/// The files every row starts from, in `dir`.
fn fixtures(dir: &Path) {
    use std::os::unix::fs::{symlink, PermissionsExt};
    let write = |name: &str, text: &str| std::fs::write(dir.join(name), text).expect(name);
    write("good.c", GOOD_C);
    write("bad.c", BAD_C);
    write("undef.c", UNDEF_C);
    write(
        "lib.js",
        "addToLibrary({\n  twice: function (x) { return 2 * x; },\n});\n",
    );
    write("garbage.js", "this is not a library {\n");
    write("pre.js", "// pre\n");
    write("post.js", "// post\n");
    write(
        "page.js",
        "// a --pre-js that a page's script would replace\n",
    );
    write("shell.html", "<!doctype html><body>{{{ SCRIPT }}}</body>\n");
    write("noph.html", "<!doctype html><body>no placeholder</body>\n");
    write("data.txt", "data\n");
    write("notes.txt", "notes\n");
    write("noext", "no extension\n");
    write("empty.o", "");
    write("r1.rsp", "@r2.rsp\n");
    write("r2.rsp", "@r1.rsp\n");
    write("setting.rsp", "good.c -sNOPE=1\n");
    write("lower.rsp", "good.c -sfoo\n");
    for folder in ["dir", "src.c", "objdir.o", "sub.wasm"] {
        std::fs::create_dir(dir.join(folder)).expect(folder);
    }
    write("dir/keep.txt", "kept\n");
    symlink("good.c", dir.join("link.js")).expect("symlink");
    symlink("good.c", dir.join("link.o")).expect("symlink");
    std::fs::hard_link(dir.join("good.c"), dir.join("hard.js")).expect("hard link");
    std::fs::hard_link(dir.join("good.c"), dir.join("hard.o")).expect("hard link");
    std::fs::hard_link(dir.join("bad.c"), dir.join("hardbad.js")).expect("hard link");
    // An unusual mode, which must survive too.
    std::fs::set_permissions(dir.join("good.c"), std::fs::Permissions::from_mode(0o640))
        .expect("chmod");
}

/// One entry of a folder, as the comparison sees it.
#[derive(Debug, PartialEq, Eq)]
enum Entry {
    File { ino: u64, mode: u32, bytes: Vec<u8> },
    Dir { mode: u32 },
    Link { target: PathBuf },
    Other { mode: u32 },
}

/// Every entry under `dir`, by path relative to it.
fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Entry> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, Entry>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = std::fs::symlink_metadata(&path) else {
                continue;
            };
            let rel = path.strip_prefix(root).unwrap_or(&path).to_path_buf();
            let kind = meta.file_type();
            let e = if kind.is_symlink() {
                Entry::Link {
                    target: std::fs::read_link(&path).unwrap_or_default(),
                }
            } else if kind.is_dir() {
                walk(root, &path, out);
                Entry::Dir { mode: meta.mode() }
            } else if kind.is_file() {
                Entry::File {
                    ino: meta.ino(),
                    mode: meta.mode(),
                    bytes: std::fs::read(&path).unwrap_or_default(),
                }
            } else {
                Entry::Other { mode: meta.mode() }
            };
            out.insert(rel, e);
        }
    }
    let mut out = BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// What differs between two snapshots, one line per path.
fn differences(before: &BTreeMap<PathBuf, Entry>, after: &BTreeMap<PathBuf, Entry>) -> Vec<String> {
    let mut diffs = Vec::new();
    for (path, was) in before {
        match after.get(path) {
            None => diffs.push(format!("{} was removed", path.display())),
            Some(now) if now != was => diffs.push(format!("{} was changed", path.display())),
            Some(_) => {}
        }
    }
    for path in after.keys().filter(|p| !before.contains_key(*p)) {
        diffs.push(format!("{} was created", path.display()));
    }
    diffs
}

/// A check of the folder after a row that succeeds.
type Check = fn(&Path) -> Result<(), String>;

/// A test of one command line.
struct Row {
    args: Vec<&'static str>,
    status: i32,
    /// A part of the message stderr must hold.
    message: &'static str,
    /// Files that must be left as they were, besides those the arguments
    /// name (a failed run must leave the whole folder as it was).
    untouched: Vec<&'static str>,
    /// Fails in the plan, before any tool: one `wasmcc: error:` line, fast.
    tool_free: bool,
    stdin: &'static [u8],
    /// More checks of a row that succeeds, on the fixture folder.
    check: Option<Check>,
}

/// A command line that fails before any tool runs.
fn fails(args: &[&'static str], message: &'static str) -> Row {
    Row {
        args: args.to_vec(),
        status: 1,
        message,
        untouched: Vec::new(),
        tool_free: true,
        stdin: b"",
        check: None,
    }
}

impl Row {
    /// Fails (or succeeds) only once a tool has run.
    fn in_tools(mut self) -> Row {
        self.tool_free = false;
        self
    }

    fn keeps(mut self, files: &[&'static str]) -> Row {
        self.untouched.extend(files);
        self
    }

    fn stdin(mut self, bytes: &'static [u8]) -> Row {
        self.stdin = bytes;
        self
    }
}

/// A command line that succeeds (tools run), with a check of its own.
fn succeeds(args: &[&'static str], check: Check) -> Row {
    Row {
        args: args.to_vec(),
        status: 0,
        message: "",
        untouched: Vec::new(),
        tool_free: false,
        stdin: b"",
        check: Some(check),
    }
}

/// The fixture files an argument names (`-o good.c`, `--pre-js=pre.js`, `@r1.rsp`).
fn named_files(args: &[&str], dir: &Path) -> Vec<PathBuf> {
    args.iter()
        .map(|a| {
            let a = a.strip_prefix('@').unwrap_or(a);
            a.split_once('=').map_or(a, |(_, v)| v)
        })
        .map(|a| dir.join(a))
        .filter(|p| std::fs::symlink_metadata(p).is_ok())
        .collect()
}

/// `-o /dev/null` leaves the device as it was, with nothing beside it.
fn dev_null_stays(_: &Path) -> Result<(), String> {
    let meta = std::fs::metadata("/dev/null").map_err(|e| format!("/dev/null: {e}"))?;
    if !meta.file_type().is_char_device() {
        return Err("/dev/null is no longer a character device".into());
    }
    for beside in ["/dev/null.wasm", "/dev/null.js", "/dev/null.data"] {
        if Path::new(beside).exists() {
            return Err(format!("{beside} was written"));
        }
    }
    let staged: Vec<_> = std::fs::read_dir("/dev")
        .map_err(|e| e.to_string())?
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(".wasmcc-out-"))
        .map(|e| e.path())
        .collect();
    if !staged.is_empty() {
        return Err(format!("staging files in /dev: {staged:?}"));
    }
    Ok(())
}

/// `-x c -` built the program from stdin.
fn stdin_program_built(dir: &Path) -> Result<(), String> {
    let out = common::node(&dir.join("stdin.js"), &[], b"", dir);
    let text = String::from_utf8_lossy(&out.stdout);
    if text.trim() != "good" {
        return Err(format!("node stdin.js printed {text:?}"));
    }
    Ok(())
}

/// The table: bad command lines, builds that fail in a tool, and the few
/// successes where writing the wrong file would hurt.
fn rows() -> Vec<Row> {
    vec![
        // An output that is an input, under any name.
        fails(&["bad.c", "-o", "bad.c"], "is the same as output file"),
        fails(&["good.c", "-o", "good.c"], "is the same as output file"),
        fails(
            &["-c", "good.c", "-o", "good.c"],
            "is the same as output file",
        ),
        fails(
            &["-E", "good.c", "-o", "good.c"],
            "is the same as output file",
        ),
        fails(
            &["-S", "good.c", "-o", "good.c"],
            "is the same as output file",
        ),
        fails(&["good.c", "-o", "./good.c"], "is the same as output file"),
        fails(
            &["good.c", "-o", "dir/../good.c"],
            "is the same as output file",
        ),
        fails(
            &["-c", "good.c", "-o", "dir/../good.c"],
            "is the same as output file",
        ),
        fails(
            &["-c", "./good.c", "-o", "good.c"],
            "is the same as output file",
        ),
        fails(&["good.c", "-o", "link.js"], "is the same as output file"),
        fails(
            &["-c", "good.c", "-o", "link.o"],
            "is the same as output file",
        ),
        fails(&["good.c", "-o", "hard.js"], "is the same as output file"),
        fails(
            &["-c", "good.c", "-o", "hard.o"],
            "is the same as output file",
        ),
        fails(&["bad.c", "-o", "hardbad.js"], "is the same as output file"),
        fails(&["good.c", "-ohard.js"], "is the same as output file"),
        fails(
            &["good.c", "--pre-js", "pre.js", "-o", "pre.js"],
            "--pre-js file 'pre.js'",
        ),
        fails(
            &["good.c", "--post-js", "post.js", "-o", "post.js"],
            "--post-js file 'post.js'",
        ),
        fails(
            &["good.c", "--js-library", "lib.js", "-o", "lib.js"],
            "--js-library file 'lib.js'",
        ),
        fails(
            &["good.c", "--shell-file", "shell.html", "-o", "shell.html"],
            "--shell-file file 'shell.html'",
        ),
        // The page's script, beside the page, is the --pre-js.
        fails(
            &["good.c", "--pre-js", "page.js", "-o", "page.html"],
            "output file 'page.js'",
        ),
        // Outputs in the wrong place.
        fails(&["good.c", "-o", "dir"], "cannot write dir: it is a folder"),
        fails(&["good.c", "-o", "dir/"], "names a folder"),
        fails(&["-c", "good.c", "-o", "dir"], "it is a folder"),
        fails(&["-E", "good.c", "-o", "dir"], "it is a folder"),
        fails(
            &["good.c", "-o", "sub.js"],
            "cannot write sub.wasm: it is a folder",
        ),
        fails(
            &["good.c", "-o", "missing/x.js"],
            "the folder missing does not exist",
        ),
        fails(
            &["-c", "good.c", "-o", "missing/x.o"],
            "the folder missing does not exist",
        ),
        fails(
            &["good.c", "-o", "notes.txt/x.js"],
            "notes.txt is not a folder",
        ),
        fails(
            &["good.c", "-o", "out.o"],
            "to write an object file, add -c",
        ),
        fails(&["good.c", "-o", ""], "-o needs a file name"),
        fails(&["-c", "good.c", "-o", ""], "-o needs a file name"),
        fails(&["-E", "good.c", "-o", ""], "-o needs a file name"),
        fails(&["good.c", "-o", "."], "not a usable output file name"),
        fails(&["good.c", "-o", ".."], "not a usable output file name"),
        // Settings: names and values.
        fails(
            &["good.c", "-sEXPORT_NAME=1bad"],
            "must be a JavaScript identifier",
        ),
        fails(
            &["good.c", "-sEXPORT_NAME=class"],
            "'class' is a reserved word",
        ),
        fails(
            &["good.c", "-sEXPORT_NAME=await"],
            "'await' is a reserved word",
        ),
        fails(
            &["good.c", "-sEXPORT_NAME=a-b"],
            "must be a JavaScript identifier",
        ),
        fails(
            &["good.c", "-sEXPORT_NAME="],
            "must be a JavaScript identifier",
        ),
        fails(
            &["good.c", "-sMODULARIZE", "-sEXPORT_NAME=x.y"],
            "must be a JavaScript identifier",
        ),
        fails(
            &["good.c", "-sSTACK_SIZE=100"],
            "the stack must be at least 64KB",
        ),
        fails(
            &["good.c", "-sSTACK_SIZE=18446744073709551615"],
            "-sSTACK_SIZE=18446744073709551615 leaves too little of -sMAXIMUM_MEMORY",
        ),
        fails(
            &["good.c", "-sSTACK_SIZE=18446744073709551616"],
            "bad value",
        ),
        fails(
            &["good.c", "-sSTACK_SIZE=65544"],
            "must be a multiple of 16",
        ),
        fails(
            &["good.c", "-sSTACK_SIZE=4GB"],
            "leaves too little of -sMAXIMUM_MEMORY=2147483648",
        ),
        fails(&["good.c", "-sMAXIMUM_MEMORY=0"], "-sMAXIMUM_MEMORY=0"),
        fails(
            &["good.c", "-sMAXIMUM_MEMORY=100000"],
            "not a multiple of the 64 KiB page size",
        ),
        fails(
            &["good.c", "-sMAXIMUM_MEMORY=8GB"],
            "more than wasm32's 4 GiB",
        ),
        fails(
            &["good.c", "-sINITIAL_MEMORY=64MB", "-sMAXIMUM_MEMORY=32MB"],
            "-sINITIAL_MEMORY=67108864 is more than -sMAXIMUM_MEMORY=33554432",
        ),
        fails(
            &["good.c", "-sINITIAL_MEMORY=5GB"],
            "-sINITIAL_MEMORY=5368709120 is more than wasm32's 4 GiB",
        ),
        fails(
            &["good.c", "-sINITIAL_MEMORY=100000"],
            "not a multiple of the 64 KiB page size",
        ),
        fails(
            &["good.c", "-sALLOW_MEMORY_GROWTH=0", "-sINITIAL_MEMORY=1MB"],
            "-sSTACK_SIZE=8388608 leaves too little of -sINITIAL_MEMORY=1048576",
        ),
        fails(
            &["good.c", "-sASYNCIFY_STACK_SIZE=0"],
            "-sASYNCIFY_STACK_SIZE=0 must be more than 0",
        ),
        fails(
            &["good.c", "-sEXPORTED_RUNTIME_METHODS=nope"],
            "no runtime method 'nope'",
        ),
        fails(
            &["good.c", "-sEXPORTED_RUNTIME_METHODS=ccall,nope"],
            "no runtime method 'nope'",
        ),
        fails(
            &["good.c", "-sASYNCIFY", "-o", "a.wasm"],
            "-sASYNCIFY needs wasmcc's JS runtime",
        ),
        fails(
            &[
                "good.c",
                "-sASYNCIFY",
                "-sASYNCIFY_ONLY=a",
                "-sASYNCIFY_ADD=b",
            ],
            "-sASYNCIFY_ONLY cannot be combined",
        ),
        fails(&["good.c", "-sSTACK_SIZ=1MB"], "did you mean 'STACK_SIZE'"),
        fails(&["good.c", "-sNOPE=1"], "unknown setting 'NOPE'"),
        fails(&["good.c", "-s", "NOPE=1"], "unknown setting 'NOPE'"),
        fails(
            &["good.c", "-sEXPORTED_FUNCTION=_main"],
            "did you mean 'EXPORTED_FUNCTIONS'",
        ),
        fails(
            &["good.c", "-sEXIT_RUNTIME=2"],
            "bad value '2' for -sEXIT_RUNTIME",
        ),
        fails(
            &["good.c", "-sASYNCIFY=yes"],
            "bad value 'yes' for -sASYNCIFY",
        ),
        fails(
            &["good.c", "-sSINGLE_FILE=on"],
            "bad value 'on' for -sSINGLE_FILE",
        ),
        fails(
            &["good.c", "-sSTACK_SIZE=lots"],
            "bad value 'lots' for -sSTACK_SIZE",
        ),
        fails(
            &["good.c", "-sSTACK_SIZE=-1"],
            "bad value '-1' for -sSTACK_SIZE",
        ),
        fails(
            &["good.c", "-sTOTAL_STACK=lots"],
            "bad value 'lots' for -sTOTAL_STACK",
        ),
        fails(
            &["good.c", "-sINITIAL_MEMORY=1TB"],
            "bad value '1TB' for -sINITIAL_MEMORY",
        ),
        fails(
            &["good.c", "-sEXPORTED_FUNCTIONS=["],
            "bad value '[' for -sEXPORTED_FUNCTIONS",
        ),
        fails(
            &["good.c", "-sEXPORTED_FUNCTIONS=['_main'"],
            "for -sEXPORTED_FUNCTIONS",
        ),
        fails(
            &["good.c", "-sEXPORTED_FUNCTIONS=_main,'_f"],
            "unbalanced quote",
        ),
        fails(
            &["good.c", "-sENVIRONMENT=mars"],
            "unknown environment 'mars'",
        ),
        fails(
            &["good.c", "-sENVIRONMENT=web,mars"],
            "unknown environment 'mars'",
        ),
        fails(
            &["good.c", "-sENVIRONMENT="],
            "name at least one of web, worker, node",
        ),
        fails(
            &["good.c", "-sMAX_WEBGL_VERSION=3"],
            "bad value '3' for -sMAX_WEBGL_VERSION",
        ),
        fails(&["good.c", "-sMAX_WEBGL_VERSION=webgl2"], "expected 1 or 2"),
        fails(
            &["good.c", "-sENVIRONMENT=node", "-o", "x.html"],
            "-sENVIRONMENT names neither web nor worker",
        ),
        // Lower case after -s is a flag, never a setting.
        fails(&["good.c", "-sfoo"], "unknown flag '-sfoo'"),
        fails(
            &["good.c", "-sstack_size=1MB"],
            "unknown flag '-sstack_size=1MB'",
        ),
        // The runtime's inputs.
        fails(&["good.c", "--pre-js", "missing.js"], "--pre-js missing.js"),
        fails(&["good.c", "--pre-js=missing.js"], "--pre-js missing.js"),
        fails(
            &["good.c", "--post-js", "missing.js"],
            "--post-js missing.js",
        ),
        fails(&["good.c", "--js-library", "missing.js"], "missing.js"),
        fails(&["good.c", "--pre-js", "dir"], "--pre-js dir"),
        fails(
            &["good.c", "--js-library", "garbage.js"],
            "no library functions found",
        ),
        fails(
            &["good.c", "--shell-file", "missing.html", "-o", "x.html"],
            "missing.html",
        ),
        fails(
            &["good.c", "--shell-file", "noph.html", "-o", "x.html"],
            "no {{{ SCRIPT }}} placeholder",
        ),
        fails(
            &["good.c", "--shell-file", "dir", "-o", "x.html"],
            "the shell file dir",
        ),
        // Flags.
        fails(&["good.c", "--frobnicate"], "unknown flag '--frobnicate'"),
        fails(
            &["good.c", "--pre-jss", "pre.js"],
            "did you mean '--pre-js'",
        ),
        fails(&["good.c", "--verison"], "did you mean '--version'"),
        fails(
            &["good.c", "--shel-file", "shell.html"],
            "did you mean '--shell-file'",
        ),
        fails(
            &["good.c", "--js-libary", "lib.js"],
            "did you mean '--js-library'",
        ),
        fails(
            &["good.c", "--preload-fil", "data.txt"],
            "did you mean '--preload-file'",
        ),
        fails(&["good.c", "-std"], "did you mean '-std='"),
        fails(&["good.c", "-dX"], "unknown flag '-dX'"),
        fails(&["good.c", "--pre-js"], "--pre-js needs a value"),
        fails(&["good.c", "-o"], "-o needs a value"),
        fails(&["good.c", "-I"], "-I needs a value"),
        fails(&["good.c", "-x"], "-x needs a value"),
        fails(&["good.c", "-include"], "-include needs a value"),
        fails(&["good.c", "-MF"], "-MF needs a value"),
        fails(&["good.c", "-l"], "-l needs a value"),
        fails(&["good.c", "-L"], "-L needs a value"),
        fails(&["good.c", "-Xlinker"], "-Xlinker needs a value"),
        fails(&["good.c", "-s"], "-s needs a value"),
        fails(&["good.c", "--shell-file"], "--shell-file needs a value"),
        fails(
            &["good.c", "--exclude-file"],
            "--exclude-file needs a value",
        ),
        fails(
            &["-x", "fortran", "good.c"],
            "unknown language '-x fortran'",
        ),
        fails(&["-xfoo", "good.c"], "unknown language '-x foo'"),
        fails(&["good.c", "-O9"], "unknown optimisation level '-O9'"),
        fails(&["good.c", "-Ox"], "unknown optimisation level '-Ox'"),
        fails(&["good.c", "-O-1"], "unknown optimisation level"),
        fails(
            &["good.c", "-sASYNCIFY", "-fwasm-exceptions"],
            "-fwasm-exceptions with -sASYNCIFY",
        ),
        // Inputs.
        fails(&[], "no input files"),
        fails(&["-O2", "-o", "x.js"], "no input files"),
        fails(&["notes.txt"], "unknown kind of input file"),
        fails(&["noext"], "unknown kind of input file"),
        fails(&["missing.c"], "missing.c: no such file"),
        fails(&["good.c", "missing.c"], "missing.c: no such file"),
        fails(&["-c", "missing.c"], "missing.c: no such file"),
        fails(&["good.c", "missing.o"], "missing.o: no such file"),
        fails(&["good.c", "missing.a"], "missing.a: no such file"),
        fails(&["src.c"], "src.c: is a folder, not a source file"),
        fails(
            &["good.c", "objdir.o"],
            "objdir.o: is a folder, not an object or library file",
        ),
        fails(&["-x", "c", "dir"], "dir: is a folder"),
        fails(&["-", "-"], "'-' (stdin) can be an input only once"),
        fails(
            &["-x", "c", "-", "-"],
            "'-' (stdin) can be an input only once",
        ),
        fails(&["-"], "needs -x LANG before it"),
        fails(&["-c", "empty.o"], "no source files to compile"),
        fails(
            &["good.c", "bad.c", "-c", "-o", "x.o"],
            "needs a single source file, not 2",
        ),
        fails(
            &["good.c", "bad.c", "-E", "-o", "x.i"],
            "needs a single source file, not 2",
        ),
        fails(
            &["good.c", "bad.c", "-S", "-o", "x.s"],
            "needs a single source file, not 2",
        ),
        fails(&["good.c", "-lSDL2_image"], "no SDL2_image port yet"),
        fails(&["good.c", "-lglfw"], "no glfw port yet"),
        // Data files.
        fails(
            &["good.c", "--preload-file", "missing"],
            "--preload-file missing",
        ),
        fails(
            &["good.c", "--embed-file", "missing"],
            "--embed-file missing",
        ),
        fails(
            &["good.c", "--preload-file", "data.txt@/../../y"],
            "climbs above the root",
        ),
        fails(
            &[
                "good.c",
                "--embed-file",
                "good.c@/x",
                "--embed-file",
                "bad.c@/x",
            ],
            "both mapped to /x",
        ),
        fails(
            &["good.c", "--preload-file", "data.txt", "-o", "x.wasm"],
            "--preload-file needs wasmcc's JS runtime",
        ),
        // Response files.
        fails(&["@missing.rsp"], "cannot read response file missing.rsp"),
        fails(&["@r1.rsp"], "response files nest more than 16 deep"),
        fails(&["@dir"], "cannot read response file dir"),
        fails(&["@setting.rsp"], "unknown setting 'NOPE'"),
        fails(&["@lower.rsp"], "unknown flag '-sfoo'"),
        // Builds that fail in a tool leave no output.
        fails(&["bad.c"], "expected ';'").in_tools(),
        fails(&["bad.c", "-o", "out.js"], "expected ';'").in_tools(),
        fails(&["-c", "bad.c", "-o", "bad.o"], "expected ';'").in_tools(),
        fails(&["good.c", "bad.c", "-o", "out.html"], "expected ';'").in_tools(),
        fails(&["undef.c", "-o", "out.js"], "missing_function").in_tools(),
        fails(&["good.c", "-lnope", "-o", "out.js"], "-lnope").in_tools(),
        fails(
            &["good.c", "-Wl,--no-such-flag", "-o", "out.js"],
            "--no-such-flag",
        )
        .in_tools(),
        fails(&["-x", "c", "-", "-o", "out.js"], "expected ';'")
            .in_tools()
            .stdin(BAD_C.as_bytes()),
        // Successes where the wrong write would hurt.
        succeeds(&["-c", "good.c", "-o", "/dev/null"], dev_null_stays).keeps(&["good.c"]),
        succeeds(&["good.c", "-o", "/dev/null"], dev_null_stays).keeps(&["good.c"]),
        succeeds(&["-E", "good.c", "-o", "/dev/null"], dev_null_stays),
        succeeds(&["-x", "c", "-", "-o", "stdin.js"], stdin_program_built)
            .stdin(GOOD_C.as_bytes())
            .keeps(&["good.c", "bad.c"]),
    ]
}

/// Tool override variables are left out, so each row runs the tools PATH finds.
const CLEARED: &[&str] = &[
    "WASMCC_CLANG",
    "WASMCC_WASM_LD",
    "WASMCC_WASM_OPT",
    "WASMCC_LLVM_AR",
    "WASMCC_HOST_COMMANDS",
    "WASMCC_CMAKE_CHECKS",
];

fn run_wasmcc(args: &[&str], dir: &Path, tmp: &Path, stdin: &[u8]) -> (Output, Duration) {
    let mut cmd = common::wasmcc(args);
    cmd.current_dir(dir).env("TMPDIR", tmp);
    for var in CLEARED {
        cmd.env_remove(var);
    }
    let start = Instant::now();
    let out = common::run_with_stdin(&mut cmd, stdin);
    (out, start.elapsed())
}

/// Runs one row in a fresh folder; the problems found, if any.
fn check_row(row: &Row) -> Vec<String> {
    let root = common::scratch();
    let work = root.path().join("work");
    let tmp = root.path().join("tmp");
    std::fs::create_dir(&work).expect("mkdir work");
    std::fs::create_dir(&tmp).expect("mkdir tmp");
    fixtures(&work);
    let before = snapshot(&work);
    let mut untouched = named_files(&row.args, &work);
    untouched.extend(row.untouched.iter().map(|f| work.join(f)));
    let (out, took) = run_wasmcc(&row.args, &work, &tmp, row.stdin);
    let after = snapshot(&work);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut problems = Vec::new();
    let status = common::shell_status(&out);
    if status != row.status {
        problems.push(format!("status {status}, expected {}", row.status));
    }
    if !stderr.contains(row.message) {
        problems.push(format!("the message lacks {:?}", row.message));
    }
    for panic_text in ["panicked", "RUST_BACKTRACE"] {
        if stderr.contains(panic_text) {
            problems.push(format!("stderr holds {panic_text:?}"));
        }
    }
    let left: Vec<_> = std::fs::read_dir(&tmp)
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    if !left.is_empty() {
        problems.push(format!("left in TMPDIR: {left:?}"));
    }
    let staged: Vec<_> = after
        .keys()
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(".wasmcc-out-"))
        })
        .collect();
    if !staged.is_empty() {
        problems.push(format!("staging files left: {staged:?}"));
    }
    for path in untouched {
        let rel = path.strip_prefix(&work).unwrap_or(&path);
        if before.get(rel) != after.get(rel) {
            problems.push(format!("{} was touched", rel.display()));
        }
    }
    if row.status != 0 {
        // A failed run changes nothing: no new output, no old one removed.
        problems.extend(differences(&before, &after));
    }
    if row.tool_free {
        let errors = stderr
            .lines()
            .filter(|l| l.starts_with("wasmcc: error:"))
            .count();
        if errors != 1 {
            problems.push(format!("{errors} 'wasmcc: error:' lines, expected one"));
        }
        // Generous: the measured figure is in docs/PERFORMANCE.md.
        if took > Duration::from_secs(1) {
            problems.push(format!("took {took:?} without running a tool"));
        }
    }
    if let Some(check) = row.check {
        if let Err(e) = check(&work) {
            problems.push(e);
        }
    }
    if !problems.is_empty() {
        problems.push(format!("stderr was:\n{stderr}"));
    }
    problems
}

fn check_rows(rows: Vec<Row>) {
    let mut failures = Vec::new();
    for row in &rows {
        let problems = check_row(row);
        if !problems.is_empty() {
            failures.push(format!(
                "wasmcc {:?}:\n  {}",
                row.args,
                problems.join("\n  ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n")
    );
}

#[test]
fn bad_command_lines_fail_at_once_and_touch_nothing() {
    let rows: Vec<Row> = rows().into_iter().filter(|r| r.tool_free).collect();
    assert!(rows.len() >= 120, "{} rows", rows.len());
    check_rows(rows);
}

#[test]
fn failed_tools_leave_nothing_and_dev_null_stays_a_device() {
    check_rows(rows().into_iter().filter(|r| !r.tool_free).collect());
}

/// A scratch folder holding `good.o`, compiled once, to link under many names.
fn linked_object() -> tempfile::TempDir {
    let dir = common::scratch();
    std::fs::write(dir.path().join("good.c"), GOOD_C).expect("write good.c");
    let out = common::wasmcc(["-c", "good.c", "-o", "good.o"])
        .current_dir(dir.path())
        .output()
        .expect("run wasmcc");
    assert!(out.status.success(), "{}", common::explain(&out));
    dir
}

/// Links `good.o` to `name` (with `flags`); TMPDIR must be left empty.
fn link_as(dir: &Path, name: &str, flags: &[&str]) {
    let tmp = dir.join("tmp");
    std::fs::create_dir_all(&tmp).expect("mkdir tmp");
    let mut cmd = common::wasmcc(["good.o", "-o", name]);
    cmd.args(flags).current_dir(dir).env("TMPDIR", &tmp);
    let out = cmd.output().expect("run wasmcc");
    assert!(
        out.status.success(),
        "-o {name:?}: {}",
        common::explain(&out)
    );
    let left: Vec<_> = std::fs::read_dir(&tmp)
        .expect("read tmp")
        .flatten()
        .collect();
    assert!(left.is_empty(), "-o {name:?} left {left:?}");
}

/// File names with quotes, backslashes, spaces, URL and HTML characters and
/// non-ASCII letters reach the JS as the names of the files, never as code.
#[test]
fn odd_output_names_run_in_node_as_their_own_files() {
    let dir = linked_object();
    let p = dir.path();
    let names = [
        "it's.js",
        "a \"b\".js",
        "ünï.js",
        "back\\slash.js",
        "sp ace.js",
        "x#y%z.js",
        "a${x}`.js",
        "$&$'.js",
        "new\nline.js",
        "it's.mjs",
        // Crafted to close a string literal and run code of its own.
        "x';console.log('pwned');'.js",
        "x\";console.log(\"pwned\");\".js",
        "x`+console.log('pwned')+`.js",
        "x\\';console.log('pwned');'.js",
    ];
    for name in names {
        link_as(p, name, &[]);
        // node --check itself refuses some names (a backslash): check a copy.
        let copy = p.join(if name.ends_with(".mjs") {
            "check.mjs"
        } else {
            "check.js"
        });
        std::fs::copy(p.join(name), &copy).expect("copy");
        common::node_check(&copy);
        let out = common::node(&p.join(name), &[], b"", p);
        let all = format!(
            "{}{}",
            common::stdout(&out),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.status.success() && common::stdout(&out) == "good\n",
            "node {name:?}: {}",
            common::explain(&out)
        );
        assert!(!all.contains("pwned"), "{name:?} ran its own code");
    }
}

/// The same for pages, in headless Chromium: the page finds its script and
/// module under names that need URL and HTML escaping, in each way a page
/// starts its program.
#[test]
fn odd_page_names_run_in_chromium() {
    if !common::browser_or_skip("odd_page_names_run_in_chromium") {
        return;
    }
    let dir = linked_object();
    let p = dir.path();
    // `/` cannot be part of a file name: `</script>.html` is `script>.html`
    // in the folder `<`, whose name reaches the page as its title.
    std::fs::create_dir(p.join("<")).expect("mkdir <");
    let pages: &[(&str, &[&str])] = &[
        ("sp ace.html", &[]),
        ("</script>.html", &[]),
        ("<!--<script>.html", &[]),
        ("x#y%z.html", &[]),
        ("ünï.html", &[]),
        ("it's.html", &["-sMODULARIZE"]),
        ("a \"b\".html", &["-sEXPORT_ES6"]),
        ("x';alert(1);'<!--.html", &["-sSINGLE_FILE"]),
    ];
    for (name, flags) in pages {
        link_as(p, name, flags);
        let tmp = p.join("wasmrun-tmp");
        std::fs::create_dir_all(&tmp).expect("mkdir");
        let out = Command::new(env!("CARGO_BIN_EXE_wasmrun"))
            .args(["--browser-timeout", "40"])
            .arg(p.join(name))
            .env("TMPDIR", &tmp)
            .output()
            .expect("run wasmrun");
        assert!(
            out.status.success() && common::stdout(&out).trim() == "good",
            "wasmrun {name:?} ({flags:?}): {}",
            common::explain(&out)
        );
    }
}

/// `wasmcc` in `dir` with `TMPDIR` of its own and the given variables; the
/// temporary folder must be left empty.
fn run_with_env(dir: &Path, args: &[&str], vars: &[(&str, &str)]) -> Output {
    let tmp = dir.join("tmp");
    std::fs::create_dir_all(&tmp).expect("mkdir tmp");
    let mut cmd = common::wasmcc(args);
    cmd.current_dir(dir).env("TMPDIR", &tmp);
    for var in CLEARED {
        cmd.env_remove(var);
    }
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("run wasmcc");
    let left: Vec<_> = std::fs::read_dir(&tmp)
        .expect("read tmp")
        .flatten()
        .collect();
    assert!(left.is_empty(), "wasmcc {args:?} {vars:?} left {left:?}");
    out
}

/// A tool variable may name a wrapper before the tool (`ccache clang-19`, or
/// here `env`, which runs its argument); one that names a missing program
/// says which, and a tool-free error is found before any tool is looked for.
#[test]
fn tool_variables_take_a_wrapper_and_name_what_is_missing() {
    let scratch = common::scratch();
    let dir = scratch.path();
    std::fs::write(dir.join("good.c"), GOOD_C).expect("write good.c");
    let wrapped = [
        ("WASMCC_CLANG", "env clang-19"),
        ("WASMCC_WASM_LD", "env wasm-ld-19"),
    ];
    let out = run_with_env(dir, &["-v", "good.c", "-o", "out.js"], &wrapped);
    assert!(out.status.success(), "{}", common::explain(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for tool in ["clang-19 --target=", "wasm-ld-19 -m wasm32"] {
        assert!(
            stderr.lines().any(|l| l.contains(&format!("env {tool}"))),
            "no command of {tool} through env:\n{stderr}"
        );
    }
    let run = common::node(&dir.join("out.js"), &[], b"", dir);
    assert_eq!(common::stdout(&run), "good\n");

    if which::which("ccache").is_ok() {
        let cache = dir.join("ccache");
        let vars = [
            ("WASMCC_CLANG", "ccache clang-19"),
            ("CCACHE_DIR", cache.to_str().expect("utf-8 path")),
        ];
        for _ in 0..2 {
            let out = run_with_env(dir, &["-c", "good.c", "-o", "good.o"], &vars);
            assert!(out.status.success(), "{}", common::explain(&out));
        }
        assert!(cache.is_dir(), "ccache kept nothing");
    }

    type Vars<'a> = &'a [(&'a str, &'a str)];
    let cases: &[(Vars, &[&str], &str)] = &[
        (
            &[("WASMCC_CLANG", "env no-such-clang-for-wasmcc")],
            &["good.c", "-o", "missing.js"],
            "WASMCC_CLANG is set to 'env no-such-clang-for-wasmcc', but 'no-such-clang-for-wasmcc' is not an executable",
        ),
        (
            &[("WASMCC_CLANG", "/no/such/clang")],
            &["-c", "good.c", "-o", "missing.o"],
            "WASMCC_CLANG is set to '/no/such/clang', but it is not an executable",
        ),
        (
            &[("WASMCC_WASM_OPT", "no-such-wasm-opt-for-wasmcc")],
            &["-O2", "good.c", "-o", "missing.js"],
            "WASMCC_WASM_OPT is set to 'no-such-wasm-opt-for-wasmcc'",
        ),
        // The command line is checked first: its error, not the tool's.
        (
            &[("WASMCC_CLANG", "/no/such/clang")],
            &["good.c", "-sNOPE=1", "-o", "missing.js"],
            "unknown setting 'NOPE'",
        ),
    ];
    for (vars, args, message) in cases {
        let out = run_with_env(dir, args, vars);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(common::shell_status(&out), 1, "{vars:?} {args:?}: {stderr}");
        assert!(stderr.contains(message), "{vars:?} {args:?}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        for made in ["missing.js", "missing.wasm", "missing.o"] {
            assert!(!dir.join(made).exists(), "{vars:?} {args:?} wrote {made}");
        }
    }
}

/// `--help` names every variable of the driver's table (driver/env.rs),
/// read here from the source so that a new row needs no change to the test.
#[test]
fn help_lists_every_environment_variable() {
    let source = std::fs::read_to_string(common::repo_root().join("driver/env.rs"))
        .expect("read driver/env.rs");
    let table = source
        .split("pub static VARS")
        .nth(1)
        .and_then(|rest| rest.split("];").next())
        .expect("the VARS table");
    let names: Vec<&str> = table
        .lines()
        .filter_map(|l| l.trim().strip_prefix("name: \""))
        .filter_map(|l| l.split('"').next())
        .collect();
    assert!(names.len() >= 10, "{names:?}");
    let out = common::wasmcc(["--help"]).output().expect("run wasmcc");
    assert!(out.status.success());
    let help = common::stdout(&out);
    for name in names {
        assert!(
            help.lines().any(|l| l.trim_start().starts_with(name)),
            "--help does not list {name}"
        );
    }
}
