//! Real C++ from Debian's header-only packages, built with `wasmc++` and no
//! flag about exceptions, against the native g++ build of the same source:
//! the same stdout and exit status. The sources are in `tests/cpp_packages/`;
//! the headers are the installed packages' (scripts/setup.sh --test).
//!
//! wasmcc never searches `/usr/include` (glibc's headers would leak in), so
//! each test gets an include folder holding links to the package's folders.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;

/// A scratch folder holding `tests/cpp_packages/SRC` and `inc/` for
/// `-I inc`, in which `/usr/include/DIR` is linked (with `link` true) or
/// left for the test to fill; None, with a note, when `package` is not
/// installed (under CI, which installs it, that fails).
fn package_scratch(
    test: &str,
    dir: &str,
    package: &str,
    src: &str,
    link: bool,
) -> Option<tempfile::TempDir> {
    let headers = Path::new("/usr/include").join(dir);
    if !present_or_skip(
        test,
        headers.is_dir(),
        &headers.display().to_string(),
        package,
    ) {
        return None;
    }
    let d = scratch();
    let inc = d.path().join("inc");
    std::fs::create_dir_all(&inc).unwrap();
    if link {
        std::os::unix::fs::symlink(&headers, inc.join(dir)).unwrap();
    }
    let from = repo_root().join("tests/cpp_packages").join(src);
    std::fs::copy(&from, d.path().join(src)).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    Some(d)
}

/// Builds `name` natively with g++ and with `wasmc++` (the driver invoked by
/// that name, as a build system would), both with `flags`, runs both in
/// `dir` and compares stdout and status; returns the native stdout.
fn same_as_native(dir: &Path, name: &str, flags: &[&str]) -> String {
    let native = dir.join("prog.native");
    let mut gxx = Command::new("g++");
    gxx.arg("-O2")
        .args(flags)
        .arg(name)
        .arg("-o")
        .arg(&native)
        .current_dir(dir);
    checked(&mut gxx, "g++").unwrap();
    let cxx = dir.join("wasmc++");
    if !cxx.exists() {
        std::os::unix::fs::symlink(wasmcc_path(), &cxx).unwrap();
    }
    let out = Command::new(&cxx)
        .args(["-O2", "-I", "inc"])
        .args(flags)
        .args([name, "-o", "prog.js"])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "wasmc++ {name}:\n{}", explain(&out));
    let want = Command::new(&native).current_dir(dir).output().unwrap();
    let got = node(&dir.join("prog.js"), &[], b"", dir);
    assert_eq!(
        stdout(&got),
        stdout(&want),
        "{name}: {}\n{}",
        first_difference(&want.stdout, &got.stdout),
        explain(&got)
    );
    assert_eq!(
        shell_status(&got),
        shell_status(&want),
        "{name}: {}",
        explain(&got)
    );
    stdout(&want)
}

/// nlohmann::json's parse_error, type_error and out_of_range are caught by
/// their class and by the library's base class, with the same what() text.
#[test]
fn nlohmann_json_errors_are_exceptions() {
    let Some(d) = package_scratch("json", "nlohmann", "nlohmann-json3-dev", "json.cpp", true)
    else {
        return;
    };
    let out = same_as_native(d.path(), "json.cpp", &[]);
    // The comparison means something only if the errors were thrown.
    assert!(out.contains("[json.exception.parse_error.101]"), "{out}");
    assert!(out.contains("[json.exception.type_error.302]"), "{out}");
}

/// {fmt} built header-only: formatting as natively, and a bad format string
/// at run time is an fmt::format_error the program catches.
#[test]
fn fmt_format_errors_are_exceptions() {
    let Some(d) = package_scratch("fmt", "fmt", "libfmt-dev", "fmt.cpp", true) else {
        return;
    };
    let out = same_as_native(d.path(), "fmt.cpp", &["-DFMT_HEADER_ONLY"]);
    assert!(out.contains("format_error for '{'"), "{out}");
}

/// A doctest suite with failing and passing REQUIREs, CHECK_THROWS_AS and
/// an exception escaping a test case: doctest's report and its status 1.
///
/// doctest 2.4.9 switches exceptions off by itself on any `__wasi__`
/// target, which wasmcc's is (wasi-libc and libc++'s configuration key on
/// it), and its REQUIRE then refuses to compile. With the header as shipped,
/// wasmcc's error names that condition and what to do; the test then removes
/// it from a copy of the header, as the error says, and everything else is
/// Debian's header.
#[test]
fn doctest_suite_reports_as_natively() {
    let Some(d) = package_scratch(
        "doctest",
        "doctest",
        "doctest-dev",
        "doctest_suite.cpp",
        false,
    ) else {
        return;
    };
    let p = d.path();
    std::os::unix::fs::symlink("/usr/include/doctest", p.join("inc/doctest")).unwrap();
    let shipped = wasmcc(["-x", "c++", "-I", "inc", "-c", "doctest_suite.cpp"])
        .current_dir(p)
        .output()
        .unwrap();
    assert!(!shipped.status.success(), "{}", explain(&shipped));
    let said = String::from_utf8_lossy(&shipped.stderr);
    assert!(
        said.contains("doctest.h turns exceptions off on WASI targets")
            && said.contains("delete that condition in your copy of doctest.h"),
        "{said}"
    );
    assert!(!p.join("doctest_suite.o").exists());
    std::fs::remove_file(p.join("inc/doctest")).unwrap();
    let header = std::fs::read_to_string("/usr/include/doctest/doctest.h").unwrap();
    let wasi_switch = "#if !defined(__cpp_exceptions) && !defined(__EXCEPTIONS) && !defined(_CPPUNWIND)                   \\\n        || defined(__wasi__)\n";
    assert_eq!(
        header.matches(wasi_switch).count(),
        1,
        "doctest.h no longer has its __wasi__ exception switch"
    );
    let header = header.replace(
        wasi_switch,
        "#if !defined(__cpp_exceptions) && !defined(__EXCEPTIONS) && !defined(_CPPUNWIND)\n",
    );
    std::fs::create_dir_all(p.join("inc/doctest")).unwrap();
    write(&p.join("inc/doctest"), "doctest.h", &header);
    let out = same_as_native(p, "doctest_suite.cpp", &[]);
    assert!(out.contains("threw a DIFFERENT exception"), "{out}");
    assert!(
        out.contains("test cases:  6 | 2 passed | 4 failed"),
        "{out}"
    );
}

/// Boost's lexical_cast, optional and property_tree's JSON reader throw and
/// the program catches, as natively.
#[test]
fn boost_header_only_libraries_throw_and_catch() {
    let Some(d) = package_scratch("boost", "boost", "libboost-dev", "boost.cpp", true) else {
        return;
    };
    let out = same_as_native(d.path(), "boost.cpp", &[]);
    assert!(out.contains("bad_lexical_cast for '12abc'"), "{out}");
    assert!(out.contains("json_parser_error line 1"), "{out}");
}
