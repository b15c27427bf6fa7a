//! Lua 5.4 as a legacy program: the interpreter is built natively with gcc and
//! with wasmcc from the same sources, and each script in `tests/lua/` must
//! print the same bytes and exit with the same status under both.
//!
//! The Lua sources come from the `lua-src` crate in the cargo registry. That
//! copy switches some functions off when `__wasi__` is defined (io.tmpfile,
//! io.popen, os.tmpname, os.clock, os.execute, and it picks another pivot
//! source for table.sort). The test undoes that switch in its own copy of the
//! sources, so the wasm build is the upstream program, exactly what the
//! native build compiles, and needs from wasmcc what any legacy program
//! needs (tmpnam, tmpfile, clock, system, setjmp/longjmp).
//!
//! `tests/lua/frontend.c` is the stand-alone interpreter (`lua script args`,
//! `lua -` for stdin); `lua-src` ships no `lua.c`.

mod common;

use common::{first_difference, package_dir, repo_root, run_with_stdin, shell_status, wasmcc};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

struct Builds {
    native: PathBuf,
    js: PathBuf,
}

static BUILDS: OnceLock<Result<Builds, String>> = OnceLock::new();

/// Both interpreters, built once for all the tests in this file.
fn builds() -> &'static Builds {
    match BUILDS.get_or_init(build_both) {
        Ok(b) => b,
        Err(e) => panic!("{e}"),
    }
}

fn scripts_dir() -> PathBuf {
    repo_root().join("tests/lua")
}

/// The `lua-5.4.*` folder of the `lua-src` package cargo resolved for us.
fn lua_source_dir() -> Result<PathBuf, String> {
    let root = package_dir("lua-src")?;
    let mut dirs: Vec<PathBuf> = fs::read_dir(&root)
        .map_err(|e| format!("{}: {e}", root.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("lua-5.4."))
        .map(|e| e.path())
        .collect();
    dirs.sort();
    dirs.pop()
        .ok_or_else(|| format!("no lua-5.4.* folder in {}", root.display()))
}

/// Copies the library sources (no `lua.c`, `luac.c`, `onelua.c`: the front
/// end is ours) into `dest`, undoing the `__wasi__` switches, and returns the
/// `.c` files.
fn prepare_sources(from: &Path, dest: &Path) -> Result<Vec<PathBuf>, String> {
    let _ = fs::remove_dir_all(dest);
    fs::create_dir_all(dest).map_err(|e| format!("{}: {e}", dest.display()))?;
    let mut c_files = Vec::new();
    for entry in fs::read_dir(from).map_err(|e| format!("{}: {e}", from.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let is_c = name.ends_with(".c");
        if !(is_c || name.ends_with(".h")) || ["lua.c", "luac.c", "onelua.c"].contains(&&*name) {
            continue;
        }
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let target = dest.join(&name);
        fs::write(&target, text.replace("__wasi__", "LUA_SRC_WASI_PATCHES"))
            .map_err(|e| format!("{}: {e}", target.display()))?;
        if is_c {
            c_files.push(target);
        }
    }
    c_files.sort();
    c_files.push(scripts_dir().join("frontend.c"));
    Ok(c_files)
}

fn build_both() -> Result<Builds, String> {
    let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("lua-test");
    let src = work.join("src");
    let c_files = prepare_sources(&lua_source_dir()?, &src)?;
    let native = work.join("lua");
    let js = work.join("lua.js");
    let _ = fs::remove_file(&native);
    let _ = fs::remove_file(&js);

    let include = format!("-I{}", src.display());
    let mut gcc = Command::new("gcc");
    gcc.args(["-O2", "-w", &include])
        .args(&c_files)
        .arg("-o")
        .arg(&native)
        .arg("-lm");
    let mut wcc = wasmcc(["-O2", &include]);
    wcc.args(&c_files).arg("-o").arg(&js).arg("-sNODERAWFS=1");

    // The two builds run side by side.
    let native_build = std::thread::spawn(move || gcc.output());
    let wasm_out = wcc
        .output()
        .map_err(|e| format!("cannot run wasmcc: {e}"))?;
    let native_out = native_build
        .join()
        .unwrap()
        .map_err(|e| format!("cannot run gcc: {e}"))?;
    if !native_out.status.success() {
        return Err(format!(
            "native Lua build failed:\n{}",
            String::from_utf8_lossy(&native_out.stderr)
        ));
    }
    if !wasm_out.status.success() || !js.is_file() {
        return Err(format!(
            "wasmcc Lua build failed:\n{}",
            String::from_utf8_lossy(&wasm_out.stderr)
        ));
    }
    Ok(Builds { native, js })
}

/// Runs the native interpreter in `tests/lua` with `args`.
fn run_native(args: &[&str], stdin: &[u8]) -> Output {
    let mut cmd = Command::new(&builds().native);
    cmd.args(args).current_dir(scripts_dir()).env("TZ", "UTC");
    run_with_stdin(&mut cmd, stdin)
}

/// Runs `node lua.js` in `tests/lua` with `args`.
fn run_wasm(args: &[&str], stdin: &[u8]) -> Output {
    let mut cmd = Command::new("node");
    cmd.arg(&builds().js)
        .args(args)
        .current_dir(scripts_dir())
        .env("TZ", "UTC");
    run_with_stdin(&mut cmd, stdin)
}

fn show(out: &Output) -> String {
    format!(
        "status {}\n--- stdout ---\n{}\n--- stderr ---\n{}",
        shell_status(out),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// Runs the interpreter both ways and asserts equal stdout and exit status.
/// Returns (native, wasm).
fn same(args: &[&str], stdin: &[u8]) -> (Output, Output) {
    let native = run_native(args, stdin);
    let wasm = run_wasm(args, stdin);
    assert!(
        native.stdout == wasm.stdout && shell_status(&native) == shell_status(&wasm),
        "`lua {args:?}` differs between native and wasm; first difference at {}\n\
         ===== native: {}\n===== wasm: {}",
        first_difference(&native.stdout, &wasm.stdout),
        show(&native),
        show(&wasm)
    );
    (native, wasm)
}

/// A script that must run to completion, printing the same thing both ways.
fn script_ok(args: &[&str]) -> String {
    let (native, wasm) = same(args, b"");
    assert_eq!(
        shell_status(&native),
        0,
        "native run failed: {}",
        show(&native)
    );
    assert!(
        wasm.stderr.is_empty(),
        "wasm run wrote to stderr: {}",
        show(&wasm)
    );
    let text = String::from_utf8_lossy(&native.stdout).into_owned();
    assert!(text.lines().count() > 5, "too little output: {text}");
    text
}

#[test]
fn strings() {
    script_ok(&["strings.lua"]);
}

#[test]
fn tables() {
    script_ok(&["tables.lua"]);
}

#[test]
fn numbers_and_math() {
    script_ok(&["math.lua"]);
}

#[test]
fn errors_and_nested_pcall() {
    let out = script_ok(&["errors.lua"]);
    assert!(out.contains("failures\t1000\n"), "{out}");
}

#[test]
fn coroutines() {
    script_ok(&["coroutines.lua"]);
}

#[test]
fn closures_and_upvalues() {
    script_ok(&["closures.lua"]);
}

#[test]
fn big_strings_grow_the_heap() {
    let out = script_ok(&["buffer.lua"]);
    assert!(out.contains("40 MB\t40000000\t"), "{out}");
}

#[test]
fn deep_recursion() {
    let out = script_ok(&["recursion.lua"]);
    assert!(out.contains("c stack\tfalse\tC stack overflow\n"), "{out}");
}

#[test]
fn io_write_os_time_and_temporary_files() {
    let out = script_ok(&["io_os.lua"]);
    assert!(out.contains("time\t1577880000\tinteger\n"), "{out}");
    assert!(out.contains("tmpfile\tfile\n"), "{out}");
}

#[test]
fn data_file_by_relative_path() {
    script_ok(&["files.lua", "data.txt"]);
}

#[test]
fn data_file_and_script_by_absolute_path() {
    let dir = scripts_dir();
    let script = dir.join("files.lua");
    let data = dir.join("data.txt");
    script_ok(&[script.to_str().unwrap(), data.to_str().unwrap()]);
}

#[test]
fn script_reads_its_own_file() {
    let out = script_ok(&["selfread.lua", "one", "two"]);
    assert!(out.starts_with("true\t@\n"), "{out}");
    assert!(out.contains("8\t2\tone\ttwo\n"), "{out}");
}

#[test]
fn fib_benchmark_script() {
    let (native, _) = same(&["fib.lua"], b"");
    assert_eq!(
        String::from_utf8_lossy(&native.stdout),
        "fib(32) = 2178309\n"
    );
}

#[test]
fn top_level_error_exits_with_status_1() {
    let (native, wasm) = same(&["fail.lua"], b"");
    let message = "fail.lua:3: top-level failure: 42";
    for (what, out) in [("native", &native), ("wasm", &wasm)] {
        assert_eq!(shell_status(out), 1, "{what}: {}", show(out));
        assert_eq!(out.stdout, b"before the error\n", "{what}: {}", show(out));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.starts_with(&format!("lua: {message}\n")),
            "{what}: {}",
            show(out)
        );
        assert!(err.contains("stack traceback:"), "{what}: {}", show(out));
    }
}

#[test]
fn error_object_at_top_level() {
    let script = b"error(setmetatable({}, {__tostring = function() return 'custom object' end}))";
    let (native, wasm) = same(&["-"], script);
    for out in [&native, &wasm] {
        assert_eq!(shell_status(out), 1, "{}", show(out));
        assert_eq!(String::from_utf8_lossy(&out.stderr), "lua: custom object\n");
    }
    let (_, wasm) = same(&["-"], b"error({})");
    assert!(
        String::from_utf8_lossy(&wasm.stderr).starts_with("lua: (error object is a table value)"),
        "{}",
        show(&wasm)
    );
}

#[test]
fn os_exit_status_and_flush() {
    for (arg, status) in [("7", 7), ("true", 0), ("false", 1), ("", 3)] {
        let (native, wasm) = same(&["exit.lua", arg], b"");
        assert_eq!(shell_status(&native), status);
        assert_eq!(wasm.stdout, b"buffered output without newline");
    }
}

#[test]
fn script_from_stdin() {
    let script = b"local t = {}\n\
        for i = 1, select('#', ...) do t[i] = select(i, ...):upper() end\n\
        print(arg[0], #arg, table.concat(t, '+'))\n\
        print(string.format('%5.2f', 10 / 4), #io.read('a'))\n";
    let (native, _) = same(&["-", "x", "yz"], script);
    assert_eq!(
        String::from_utf8_lossy(&native.stdout),
        "-\t2\tX+YZ\n 2.50\t0\n"
    );
}

#[test]
fn stdin_data() {
    let input = b"12 0x1F  tail of line\nfirst\nsecond\nthird\n\nlast without newline";
    let (native, _) = same(&["stdin_data.lua"], input);
    let out = String::from_utf8_lossy(&native.stdout);
    assert!(
        out.starts_with("numbers\t12\t31\tinteger\tinteger\n"),
        "{out}"
    );
    assert!(out.contains("lines\t5\tchars\t36\tnil\t\n"), "{out}");
}

/// A wasm program has no shell: `os.execute` reports that the POSIX way.
/// (The native build has one, so this is not a comparison.)
#[test]
fn no_shell_in_wasm() {
    let script = b"print(os.execute())\nlocal ok, msg = os.execute('echo hi')\nprint(ok, msg)\n";
    let wasm = run_wasm(&["-"], script);
    assert_eq!(shell_status(&wasm), 0, "{}", show(&wasm));
    assert_eq!(
        String::from_utf8_lossy(&wasm.stdout),
        "false\nnil\tFunction not implemented\n",
        "{}",
        show(&wasm)
    );
}
