//! Building with the project's own build system: a program linked without an
//! extension runs as a command, `wasmconfigure`/`wasmmake` drive an autoconf
//! project, and `wasmcmake` a CMake one. The expected sizes are wasm32's
//! ILP32 data model (4-byte long and pointer, 8-byte long long), written by
//! hand.

mod common;

use common::*;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn project(name: &str) -> PathBuf {
    repo_root().join("tests/buildsys").join(name)
}

/// A folder of links to the wasmcc binary under the wrappers' names.
fn wrapper_bin(dir: &Path) -> PathBuf {
    let bin = dir.join("bin");
    fs::create_dir_all(&bin).unwrap();
    for name in [
        "wasmcc",
        "wasmcmake",
        "wasmmeson",
        "wasmconfigure",
        "wasmmake",
    ] {
        std::os::unix::fs::symlink(wasmcc_path(), bin.join(name)).unwrap();
    }
    bin
}

fn run_ok(cmd: &mut Command) -> Output {
    let out = cmd
        .output()
        .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?} failed:\n{}", explain(&out));
    out
}

/// Host zlib (headers, library, zlib.pc) is what a project's search for
/// zlib must not find; setup.sh --test installs it, and CI must have it.
fn expect_host_zlib(test: &str) {
    assert!(
        Path::new("/usr/include/zlib.h").exists() || std::env::var_os("CI").is_none(),
        "{test}: install zlib1g-dev"
    );
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

#[test]
fn a_program_linked_without_an_extension_runs_as_a_command() {
    let dir = scratch();
    let src = project("command.c");
    build(&[
        src.to_str().unwrap(),
        "-o",
        dir.path().join("command").to_str().unwrap(),
    ]);
    let native = dir.path().join("native");
    run_ok(Command::new("gcc").arg(&src).arg("-o").arg(&native));

    let input = b"one\ntwo\nthree\n";
    // Started directly, as a shell starts ./command: no `node` in front.
    let wasm = run_with_stdin(
        Command::new(dir.path().join("command")).args(["a", "b c"]),
        input,
    );
    let native = run_with_stdin(Command::new(&native).args(["a", "b c"]), input);
    assert_eq!(stdout(&wasm), stdout(&native), "{}", explain(&wasm));
    assert_eq!(shell_status(&wasm), 3, "{}", explain(&wasm));
    assert!(dir.path().join("command.wasm").is_file());
}

#[test]
fn macros_are_listed_with_dm_as_configure_scripts_ask() {
    let out = wasmcc(["-E", "-dM", "-x", "c", "/dev/null"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    let macros = stdout(&out);
    for line in [
        "#define __EMSCRIPTEN__ 1",
        "#define __ILP32__ 1",
        "#define __wasm32__ 1",
    ] {
        assert!(
            macros.lines().any(|l| l == line),
            "no '{line}' in:\n{macros}"
        );
    }
}

#[test]
fn an_autoconf_project_configures_builds_and_checks_through_wasmconfigure() {
    let test = "an_autoconf_project_configures_builds_and_checks_through_wasmconfigure";
    if !tool_or_skip(test, "autoconf", "autoconf") || !tool_or_skip(test, "make", "make") {
        return;
    }
    let dir = scratch();
    let bin = wrapper_bin(dir.path());
    let src = dir.path().join("greet");
    copy_dir(&project("autoconf"), &src);
    run_ok(Command::new("autoconf").current_dir(&src));
    run_ok(Command::new("autoheader").current_dir(&src));

    let out = run_ok(
        Command::new(bin.join("wasmconfigure"))
            .arg("./configure")
            .current_dir(&src),
    );
    let log = stdout(&out);
    // configure runs its test programs (./conftest) and so is not cross compiling.
    assert!(
        log.contains("checking whether we are cross compiling... no"),
        "{log}"
    );
    let config = fs::read_to_string(src.join("config.h")).unwrap();
    for line in [
        "#define SIZEOF_LONG 4",
        "#define SIZEOF_VOID_P 4",
        "#define HAVE_MMAP 1",
        "#define RUNS_ON_ILP32 1",
    ] {
        assert!(config.contains(line), "no '{line}' in config.h:\n{config}");
    }
    assert!(
        !config.contains("#define HAVE_NO_SUCH_FUNCTION_HERE"),
        "{config}"
    );
    let makefile = fs::read_to_string(src.join("Makefile")).unwrap();
    assert!(
        makefile.contains("AR = ") && makefile.contains("llvm-ar"),
        "{makefile}"
    );

    let out = run_ok(
        Command::new(bin.join("wasmmake"))
            .args(["make", "check"])
            .current_dir(&src),
    );
    assert!(
        stdout(&out).contains(
            "long: 4 bytes, pointer: 4 bytes; the test program ran\n\
             mmap found, no_such_function_here not found\n\
             data.txt: the project's data\n"
        ),
        "{}",
        explain(&out)
    );
    // The program wrote to the project's folder, not to a file system in memory.
    assert_eq!(
        fs::read_to_string(src.join("greet.out")).unwrap(),
        "written by greet\n"
    );
}

#[test]
fn a_cmake_project_configures_builds_and_tests_through_wasmcmake() {
    let test = "a_cmake_project_configures_builds_and_tests_through_wasmcmake";
    if !tool_or_skip(test, "cmake", "cmake") || !tool_or_skip(test, "ctest", "cmake") {
        return;
    }
    expect_host_zlib(test);

    let dir = scratch();
    let bin = wrapper_bin(dir.path());
    let src = project("cmake");
    // A library of the user's, built for wasm and kept in a prefix of its own.
    let prefix = dir.path().join("prefix");
    fs::create_dir_all(prefix.join("lib")).unwrap();
    fs::create_dir_all(prefix.join("include")).unwrap();
    fs::copy(src.join("extra/extra.h"), prefix.join("include/extra.h")).unwrap();
    let object = dir.path().join("extra.o");
    build(&[
        "-c",
        src.join("extra/extra.c").to_str().unwrap(),
        "-o",
        object.to_str().unwrap(),
    ]);
    let ar = which::which("llvm-ar-19")
        .or_else(|_| which::which("llvm-ar"))
        .expect("llvm-ar");
    run_ok(
        Command::new(ar)
            .arg("rcs")
            .arg(prefix.join("lib/libextra.a"))
            .arg(&object),
    );

    let build_dir = dir.path().join("build");
    let out = run_ok(
        Command::new(bin.join("wasmcmake"))
            .arg("cmake")
            .arg("-S")
            .arg(&src)
            .arg("-B")
            .arg(&build_dir)
            .arg(format!("-DCMAKE_PREFIX_PATH={}", prefix.display())),
    );
    let log = stdout(&out);
    let checks = log
        .lines()
        .find_map(|l| l.strip_prefix("-- wasmcc-check: "))
        .unwrap_or_else(|| panic!("no check line in:\n{log}"));
    assert_eq!(
        checks,
        "voidp=4 long=4 longlong=8 mmap=1 nosuch= runs=1 zlib=FALSE emscripten=1"
    );

    run_ok(Command::new("cmake").arg("--build").arg(&build_dir));
    assert!(
        build_dir.join("libgreet.a").is_file(),
        "SHARED builds a static library"
    );
    let out = run_ok(
        Command::new("ctest")
            .arg("--output-on-failure")
            .current_dir(&build_dir),
    );
    assert!(
        stdout(&out).contains("100% tests passed"),
        "{}",
        explain(&out)
    );
    let out = node(&build_dir.join("demo.js"), &["one", "two"], b"", &build_dir);
    assert_eq!(
        stdout(&out),
        "greet: 2 arguments, extra: 42\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn the_cmake_toolchain_and_meson_cross_files_name_this_wasmcc() {
    let dir = scratch();
    let out = wasmcc(["--print-cmake-toolchain"])
        .env("WASMCC_CACHE", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    let path = PathBuf::from(stdout(&out).trim());
    let folder = path.parent().unwrap();
    assert_eq!(folder.parent(), Some(dir.path()));
    assert!(folder
        .file_name()
        .unwrap()
        .to_str()
        .unwrap()
        .starts_with("buildsys-"));
    assert_eq!(path.file_name().unwrap(), "wasmcc.cmake");
    let text = fs::read_to_string(&path).unwrap();
    for compiler in ["wasmcc", "wasmc++"] {
        let link = folder.join("bin").join(compiler);
        assert!(text.contains(&format!("\"{}\"", link.display())), "{text}");
        assert_eq!(
            fs::canonicalize(&link).unwrap(),
            fs::canonicalize(wasmcc_path()).unwrap()
        );
    }

    // The Meson cross file sits beside it and names the same compilers.
    let out = wasmcc(["--print-meson-cross"])
        .env("WASMCC_CACHE", dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    let cross_path = PathBuf::from(stdout(&out).trim());
    assert_eq!(cross_path.parent(), Some(folder));
    let cross = fs::read_to_string(&cross_path).unwrap();
    assert!(cross.contains("system = 'emscripten'"), "{cross}");
    for (key, compiler) in [("c", "wasmcc"), ("cpp", "wasmc++")] {
        let line = format!("{key} = '{}'", folder.join("bin").join(compiler).display());
        assert!(cross.lines().any(|l| l == line), "{line} in {cross}");
    }
}

#[test]
fn a_wrapper_without_a_command_says_how_to_use_it() {
    let dir = scratch();
    let bin = wrapper_bin(dir.path());
    let out = Command::new(bin.join("wasmcmake")).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("wasmcmake cmake -S . -B build"), "{err}");
}

#[test]
fn a_wrapper_names_the_variable_of_a_tool_it_cannot_find() {
    let dir = scratch();
    let bin = wrapper_bin(dir.path());
    let out = Command::new(bin.join("wasmconfigure"))
        .arg("true")
        .env("WASMCC_LLVM_RANLIB", dir.path().join("no-such-ranlib"))
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("WASMCC_LLVM_RANLIB is set to"), "{err}");
}

#[test]
fn a_meson_project_configures_builds_and_tests_through_wasmmeson() {
    let test = "a_meson_project_configures_builds_and_tests_through_wasmmeson";
    if !tool_or_skip(test, "meson", "meson") || !tool_or_skip(test, "ninja", "ninja-build") {
        return;
    }
    expect_host_zlib(test);
    let dir = scratch();
    let bin = wrapper_bin(dir.path());
    let src = dir.path().join("src");
    copy_dir(&project("meson"), &src);
    let out = run_ok(
        Command::new(bin.join("wasmmeson"))
            .args(["meson", "setup", "build"])
            .current_dir(&src),
    );
    let log = stdout(&out);
    let checks = log
        .lines()
        .find_map(|l| l.strip_prefix("Message: wasmcc-check: "))
        .unwrap_or_else(|| panic!("no check line in:\n{log}"));
    // Meson knows wasmcc as Emscripten; the sizes are wasm32's; cc.run()
    // ran a program through Node; libm links; host zlib is not found.
    assert_eq!(
        checks,
        "system=emscripten cpu=wasm32 long=4 voidp=4 mmap=true nosuch=false runs=true libm=true zlib=false suffix=emscripten"
    );
    // Commands other than setup pass through unchanged.
    run_ok(
        Command::new(bin.join("wasmmeson"))
            .args(["meson", "compile", "-C", "build"])
            .current_dir(&src),
    );
    let build_dir = src.join("build");
    assert!(build_dir.join("libgreet.a").is_file());
    let out = run_ok(
        Command::new("meson")
            .args(["test", "-C", "build"])
            .current_dir(&src),
    );
    assert!(
        stdout(&out).contains("Ok:                 1"),
        "{}",
        explain(&out)
    );
    let out = node(&build_dir.join("demo.js"), &["one", "two"], b"", &build_dir);
    assert_eq!(
        stdout(&out),
        "sizeof(long) 4, mmap 1\ngreet: 2 arguments\nsqrt 1.414\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn ccache_caches_wasmcc_compiles_and_sees_header_changes() {
    let test = "ccache_caches_wasmcc_compiles_and_sees_header_changes";
    if !tool_or_skip(test, "ccache", "ccache") {
        return;
    }
    let dir = scratch();
    let cache = dir.path().join("ccache");
    fs::write(
        dir.path().join("prog.c"),
        "#include <stdio.h>\n#include \"value.h\"\nint main(void) { printf(\"%d\\n\", VALUE); return 0; }\n",
    )
    .unwrap();
    let compile_and_run = |value: u32| {
        fs::write(
            dir.path().join("value.h"),
            format!("#define VALUE {value}\n"),
        )
        .unwrap();
        run_ok(
            Command::new("ccache")
                .arg(wasmcc_path())
                .args(["-O2", "-c", "prog.c", "-o", "prog.o"])
                .env("CCACHE_DIR", &cache)
                .current_dir(dir.path()),
        );
        run_ok(wasmcc(["prog.o", "-o", "prog.js"]).current_dir(dir.path()));
        stdout(&node(&dir.path().join("prog.js"), &[], b"", dir.path()))
    };
    let hits = || {
        let out = run_ok(
            Command::new("ccache")
                .arg("--print-stats")
                .env("CCACHE_DIR", &cache),
        );
        let stats = stdout(&out);
        ["direct_cache_hit", "preprocessed_cache_hit"]
            .iter()
            .map(|key| {
                stats
                    .lines()
                    .find_map(|l| l.strip_prefix(key)?.trim().parse::<u32>().ok())
                    .unwrap_or(0)
            })
            .sum::<u32>()
    };
    assert_eq!(compile_and_run(1), "1\n");
    assert_eq!(hits(), 0);
    assert_eq!(compile_and_run(1), "1\n");
    assert_eq!(hits(), 1, "the second compile of the same source is a hit");
    assert_eq!(compile_and_run(2), "2\n", "a changed header is a miss");
    assert_eq!(hits(), 1);
}
