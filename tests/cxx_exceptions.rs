//! C++ exceptions: what the differential programs cannot see (stderr, the
//! flags that turn them off, -sASYNCIFY) and that C programs link none of
//! the machinery.

mod common;

use common::*;
use std::process::{Command, Output};

/// Throws an exception of a type chosen by argv[1] that nothing catches.
const UNCAUGHT: &str = r#"
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
namespace app { namespace io { struct Failure {}; } }
struct Plain {};
namespace { struct Hidden {}; }
void quiet(int k) noexcept {
    if (k == 9) throw std::invalid_argument("from noexcept");
}
int main(int argc, char **argv) {
    int k = argc > 1 ? atoi(argv[1]) : 0;
    printf("flushed before\n");
    fflush(stdout);
    printf("buffered, lost with abort\n");
    switch (k) {
    case 0: throw std::runtime_error("boom");
    case 1: throw 42;
    case 2: throw "text";
    case 3: throw app::io::Failure();
    case 4: throw Plain();
    case 5: throw std::out_of_range("range");
    case 6: throw (unsigned long)3;
    case 7: throw Hidden();
    case 8: throw &k;
    case 9: quiet(k);
    }
    return 0;
}
"#;

/// The first lines of stderr, up to `n`.
fn head(bytes: &[u8], n: usize) -> String {
    text(bytes)
        .split_inclusive('\n')
        .take(n)
        .collect::<String>()
}

/// Builds `source` with g++ and wasmc++ and runs both with each argument
/// 0..`cases`: (case, native, wasm), checked to end alike with status 134.
fn uncaught_runs(source: &str, cases: u32) -> Vec<(u32, Output, Output)> {
    let d = scratch();
    let p = d.path();
    write(p, "u.cpp", source);
    build_in(p, &["-O2", "u.cpp", "-o", "u.js"]);
    let native = p.join("u.native");
    let mut gxx = Command::new("g++");
    gxx.args(["-O2", "u.cpp", "-o"]).arg(&native).current_dir(p);
    checked(&mut gxx, "g++").unwrap();
    (0..cases)
        .map(|k| {
            let arg = k.to_string();
            let want = Command::new(&native).arg(&arg).output().unwrap();
            let got = node(&p.join("u.js"), &[&arg], b"", p);
            assert_eq!(shell_status(&got), 134, "{k}: {}", explain(&got));
            assert_eq!(shell_status(&got), shell_status(&want), "{k}");
            assert_eq!(stdout(&got), stdout(&want), "{k}");
            (k, want, got)
        })
        .collect()
}

/// An exception nothing catches, or one leaving a noexcept function, ends
/// the program as g++'s build does: the type (demangled) and what() on
/// stderr, status 134, unflushed stdout lost.
#[test]
fn uncaught_exceptions_are_reported_as_natively() {
    for (k, want, got) in uncaught_runs(UNCAUGHT, 10) {
        // Our abort() adds its own line and call chain after the message.
        let lines = text(&want.stderr).lines().count();
        assert!(lines >= 1, "{k}: {}", text(&want.stderr));
        assert_eq!(head(&got.stderr, lines), text(&want.stderr), "{k}");
    }
}

/// -fno-exceptions turns them off as clang does: `throw` is an error.
#[test]
fn fno_exceptions_rejects_throw() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "t.cpp",
        "int main() { try { throw 1; } catch (int) {} }\n",
    );
    let out = wasmcc(["-fno-exceptions", "-c", "t.cpp", "-o", "t.o"])
        .current_dir(p)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("exceptions disabled"),
        "{}",
        text(&out.stderr)
    );
    // The flags that ask for them are accepted and change nothing.
    for flag in ["-fexceptions", "-fcxx-exceptions", "-fwasm-exceptions"] {
        build_in(p, &[flag, "t.cpp", "-o", "t.js"]);
        let out = node(&p.join("t.js"), &[], b"", p);
        assert_eq!(shell_status(&out), 0, "{flag}: {}", explain(&out));
    }
}

/// -sDISABLE_EXCEPTION_CATCHING=1 means what it means to emcc: catch
/// clauses are dropped and a throw ends the program.
#[test]
fn disable_exception_catching_makes_a_throw_terminate() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "t.cpp",
        "#include <cstdio>\n#include <stdexcept>\n\
         int main() { try { throw std::runtime_error(\"boom\"); } catch (...) { puts(\"caught\"); }\n\
           return 0; }\n",
    );
    build_in(p, &["t.cpp", "-o", "on.js"]);
    let out = node(&p.join("on.js"), &[], b"", p);
    assert_eq!(stdout(&out), "caught\n", "{}", explain(&out));
    build_in(
        p,
        &["-sDISABLE_EXCEPTION_CATCHING=1", "t.cpp", "-o", "off.js"],
    );
    let out = node(&p.join("off.js"), &[], b"", p);
    assert_eq!(shell_status(&out), 134, "{}", explain(&out));
    assert_eq!(stdout(&out), "");
    assert!(
        text(&out.stderr).starts_with(
            "terminate called after throwing an instance of 'std::runtime_error'\n  what():  boom\n"
        ),
        "{}",
        text(&out.stderr)
    );
}

/// binaryen 108's Asyncify cannot instrument Wasm EH: C++ under -sASYNCIFY
/// is built without exceptions, asking for them is one clear error, a
/// source whose try/throw fail to compile is told why, and an object built
/// with them is refused naming exceptions.
#[test]
fn asyncify_and_exceptions_are_one_clear_error() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "t.cpp",
        "#include <cstdio>\nint main() { std::puts(\"hi\"); return 0; }\n",
    );
    build_in(p, &["-sASYNCIFY", "t.cpp", "-o", "a.js"]);
    let out = node(&p.join("a.js"), &[], b"", p);
    assert_eq!(stdout(&out), "hi\n", "{}", explain(&out));
    let out = wasmcc(["-sASYNCIFY", "-fexceptions", "t.cpp", "-o", "b.js"])
        .current_dir(p)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let e = text(&out.stderr);
    assert!(
        e.contains("-fexceptions with -sASYNCIFY") && e.contains("C++ exceptions"),
        "{e}"
    );
    write(
        p,
        "t2.cpp",
        "int f(int x) { try { if (x) throw x; } catch (int v) { return v; } return 0; }\n",
    );
    // Source that uses try/throw, with no flag: clang's "exceptions
    // disabled" errors are followed by one line saying why.
    for args in [
        &["-sASYNCIFY", "-c", "t2.cpp", "-o", "t2.o"][..],
        &["-sASYNCIFY", "t.cpp", "t2.cpp", "-o", "d.js"][..],
    ] {
        let out = wasmcc(args).current_dir(p).output().unwrap();
        assert!(!out.status.success(), "{args:?}");
        let e = text(&out.stderr);
        assert!(
            e.contains("error: t2.cpp: uses C++ exceptions, which -sASYNCIFY turns off"),
            "{args:?}: {e}"
        );
        assert!(!p.join("t2.o").exists() && !p.join("d.js").exists());
    }
    // An unrelated error is left as clang reports it.
    write(p, "t3.cpp", "int main() { return missing; }\n");
    let out = wasmcc(["-sASYNCIFY", "-c", "t3.cpp"])
        .current_dir(p)
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        !text(&out.stderr).contains("exceptions"),
        "{}",
        text(&out.stderr)
    );
    build_in(p, &["-c", "t2.cpp", "-o", "t2.o"]);
    let out = wasmcc(["-sASYNCIFY", "t.cpp", "t2.o", "-o", "c.js"])
        .current_dir(p)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let e = text(&out.stderr);
    assert!(e.contains("t2.o") && e.contains("C++ exceptions"), "{e}");
}

/// Whether a module uses Wasm exception handling: a tag defined or imported.
fn has_tags(path: &std::path::Path) -> bool {
    let bytes = std::fs::read(path).unwrap();
    for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
        match payload.unwrap() {
            wasmparser::Payload::TagSection(_) => return true,
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader {
                    if matches!(import.unwrap().ty, wasmparser::TypeRef::Tag(_)) {
                        return true;
                    }
                }
            }
            _ => {}
        }
    }
    false
}

/// Whether the module holds the exception runtime's functions, by name.
fn has_eh_runtime(wasm: &[u8]) -> bool {
    [
        "__cxa_throw",
        "__cxa_begin_catch",
        "__gxx_wasm_personality_v0",
    ]
    .iter()
    .any(|name| wasm.windows(name.len()).any(|w| w == name.as_bytes()))
}

/// A C program links no exception machinery: no tag, none of the runtime's
/// functions (the name section keeps every defined function's name), and the
/// same bytes whatever the C++ exception flags say. A C++ program built with
/// -fno-exceptions links none either.
#[test]
fn c_programs_link_no_exception_machinery() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "h.c",
        "#include <stdio.h>\nint main(void) { puts(\"hi\"); return 0; }\n",
    );
    build_in(p, &["-O2", "h.c", "-o", "h.js"]);
    let wasm = std::fs::read(p.join("h.wasm")).unwrap();
    assert!(!has_tags(&p.join("h.wasm")));
    assert!(!has_eh_runtime(&wasm));
    // No name of the C++ runtime's, nor the tag's import `__cpp_exception`.
    for name in ["__cxa_", "__cpp_exception"] {
        assert!(
            !wasm.windows(name.len()).any(|w| w == name.as_bytes()),
            "{name}"
        );
    }
    // The same output name: the name section holds it.
    for flag in ["-fexceptions", "-fno-exceptions"] {
        build_in(p, &["-O2", flag, "h.c", "-o", "h.js"]);
        let other = std::fs::read(p.join("h.wasm")).unwrap();
        assert_eq!(wasm.len(), other.len(), "{flag}");
        assert!(wasm == other, "{flag}");
    }
    write(
        p,
        "n.cpp",
        "#include <cstdio>\n#include <string>\n#include <vector>\n\
         int main(int argc, char **argv) { std::vector<std::string> v(argv, argv + argc);\n\
           std::printf(\"%zu\\n\", v.size()); return 0; }\n",
    );
    build_in(p, &["-O2", "-fno-exceptions", "n.cpp", "-o", "n.js"]);
    assert!(!has_tags(&p.join("n.wasm")));
    assert!(!has_eh_runtime(&std::fs::read(p.join("n.wasm")).unwrap()));
    let out = node(&p.join("n.js"), &[], b"", p);
    assert_eq!(stdout(&out), "1\n", "{}", explain(&out));
}

/// With -flto wasm-ld generates the code, and catches still catch (and
/// setjmp still jumps): it is told the Wasm EH and setjmp schemes too.
#[test]
fn link_time_optimisation_keeps_exceptions_and_setjmp() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "t.cpp",
        "#include <cstdio>\n#include <stdexcept>\n\
         struct Base { virtual ~Base() {} };\nstruct Derived : Base {};\n\
         void f(int i) { if (i) throw Derived(); throw std::runtime_error(\"boom\"); }\n\
         int main() { for (int i = 0; i < 2; i++) {\n\
           try { f(i); } catch (const std::exception &e) { std::printf(\"%s\\n\", e.what()); }\n\
           catch (Base &) { std::puts(\"base\"); } }\n\
           return 0; }\n",
    );
    build_in(p, &["-O2", "-flto", "t.cpp", "-o", "t.js"]);
    let out = node(&p.join("t.js"), &[], b"", p);
    assert_eq!(stdout(&out), "boom\nbase\n", "{}", explain(&out));
    write(
        p,
        "j.c",
        "#include <setjmp.h>\n#include <stdio.h>\nstatic jmp_buf b;\n\
         static void f(int i) { if (i) longjmp(b, i); }\n\
         int main(void) { volatile int n = 0; if (setjmp(b) < 3) { n++; f(n); }\n\
           printf(\"%d\\n\", n); return 0; }\n",
    );
    build_in(p, &["-O2", "-flto", "j.c", "-o", "j.js"]);
    let out = node(&p.join("j.js"), &[], b"", p);
    assert_eq!(stdout(&out), "3\n", "{}", explain(&out));
}

/// The rebuilt libc++ (ports/libcxx.rs) is in the ports folder when
/// scripts/setup.sh has run; the library tests say so when it has not.
fn libcxx_source_or_fail() {
    let root = std::env::var_os("WASMCC_PORTS_SRC")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| "/var/cache/wasmcc/ports".into());
    assert!(
        root.join("libcxx/debian/changelog").is_file(),
        "the source of llvm-toolchain-19 is not in {}/libcxx: run scripts/setup.sh",
        root.display()
    );
}

/// Throws from inside the compiled C++ library, chosen by argv[1], that
/// nothing catches.
const LIBRARY_UNCAUGHT: &str = r#"
#include <cstdio>
#include <cstdlib>
#include <locale>
#include <new>
#include <string>
static volatile size_t huge = ~(size_t)0 / 2 + 1;
static void *volatile sink;
int main(int argc, char **argv) {
    int k = argc > 1 ? atoi(argv[1]) : 0;
    printf("flushed before\n");
    fflush(stdout);
    std::string s("ab");
    switch (k) {
    case 0: return std::stoi("x");
    case 1: return std::stoi("99999999999");
    case 2: return s.at(5);
    case 3: return (int)s.substr(9).size();
    case 4: sink = ::operator new(huge); break;
    case 5: { std::locale l("nonexistent"); } break;
    }
    return 0;
}
"#;

/// An exception thrown inside the library that nothing catches ends the
/// program as g++'s build does: std::terminate names the type (the what()
/// texts are each library's own), status 134, flushed stdout kept.
#[test]
fn uncaught_library_exceptions_terminate_as_natively() {
    libcxx_source_or_fail();
    for (k, want, got) in uncaught_runs(LIBRARY_UNCAUGHT, 6) {
        let want_err = text(&want.stderr);
        let got_err = text(&got.stderr);
        let first = want_err.lines().next().unwrap_or("");
        assert!(
            first.starts_with("terminate called after throwing an instance of 'std::"),
            "{k}: {want_err}"
        );
        assert_eq!(got_err.lines().next(), Some(first), "{k}: {got_err}");
        assert!(
            got_err
                .lines()
                .nth(1)
                .is_some_and(|l| l.starts_with("  what():  ")),
            "{k}: {got_err}"
        );
    }
}

/// operator new throws std::bad_alloc when the heap cannot grow: at
/// -sMAXIMUM_MEMORY with growth, and at the initial size without it, as
/// with emcc; a program that catches it goes on allocating.
#[test]
fn operator_new_past_the_memory_limit_throws_bad_alloc() {
    libcxx_source_or_fail();
    let d = scratch();
    let p = d.path();
    write(
        p,
        "m.cpp",
        "#include <cstdio>\n#include <new>\n#include <vector>\n\
         int main() { std::vector<char *> blocks; size_t mb = 0;\n\
           try { for (;;) { blocks.push_back(new char[1 << 20]); blocks.back()[0] = 1; mb++; } }\n\
           catch (const std::bad_alloc &) { std::printf(\"bad_alloc after %zu MB\\n\", mb); }\n\
           for (char *b : blocks) delete[] b;\n\
           char *again = new char[1 << 20]; again[0] = 2;\n\
           std::printf(\"again %d\\n\", again[0]); return 0; }\n",
    );
    for (flags, low, high) in [
        (&["-sMAXIMUM_MEMORY=64MB"][..], 40, 64),
        (
            &["-sALLOW_MEMORY_GROWTH=0", "-sINITIAL_MEMORY=32MB"][..],
            16,
            32,
        ),
    ] {
        let mut args = vec!["-O2", "m.cpp", "-o", "m.js"];
        args.extend_from_slice(flags);
        build_in(p, &args);
        let out = node(&p.join("m.js"), &[], b"", p);
        assert_eq!(shell_status(&out), 0, "{flags:?}: {}", explain(&out));
        let got = stdout(&out);
        let mb: usize = got
            .strip_prefix("bad_alloc after ")
            .and_then(|r| r.split(' ').next())
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("{flags:?}: {got}"));
        assert!((low..high).contains(&mb), "{flags:?}: {got}");
        assert!(got.ends_with("MB\nagain 2\n"), "{flags:?}: {got}");
    }
}

/// The rebuilt library takes the place of Debian's libc++.a soundly: each
/// of its members is one of Debian's, built from the same source, and
/// defines the same strong symbols (weak ones are inline code that each
/// object may carry; the ABI tag of inline names marks exceptions on), so
/// no member of Debian's archives is ever linked beside it.
#[test]
fn rebuilt_libcxx_defines_what_debians_does() {
    libcxx_source_or_fail();
    let d = scratch();
    let p = d.path();
    write(
        p,
        "s.cpp",
        "#include <string>\nint main() { return std::stoi(\"0\"); }\n",
    );
    let out = wasmcc(["-v", "s.cpp", "-o", "s.js"])
        .current_dir(p)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    let ours = err
        .split_whitespace()
        .find(|a| a.contains("/port-libcxx-") && a.ends_with("/lib/libc++.a"))
        .unwrap_or_else(|| panic!("no rebuilt libc++ in the link:\n{err}"))
        .to_string();
    let debian = "/usr/lib/wasm32-wasi/libc++.a";
    // Member name to its strong defined symbols.
    let strong = |archive: &str| {
        let out = Command::new("llvm-nm-19")
            .args(["--defined-only", "-g", archive])
            .output()
            .unwrap();
        assert!(out.status.success(), "llvm-nm-19 {archive}");
        let mut members = std::collections::BTreeMap::<String, Vec<String>>::new();
        let mut member = String::new();
        for line in text(&out.stdout).lines() {
            if let Some(name) = line.strip_suffix(':') {
                member = name.rsplit(['/', '(']).next().unwrap_or(name).to_string();
                members.entry(member.clone()).or_default();
            } else if let [_, kind, name] = line.split_whitespace().collect::<Vec<_>>()[..] {
                if kind != "W" && kind != "V" {
                    let name = name.replace("B8ne190107", "B8nn190107");
                    members.entry(member.clone()).or_default().push(name);
                }
            }
        }
        for symbols in members.values_mut() {
            symbols.sort();
        }
        members
    };
    let ours = strong(&ours);
    let theirs = strong(debian);
    assert!(ours.len() >= 40, "{:?}", ours.keys());
    for (member, symbols) in &ours {
        let Some(expected) = theirs.get(member) else {
            panic!("{member} is not a member of {debian}");
        };
        assert_eq!(symbols, expected, "{member}");
    }
}

/// Without the source, a C++ link works as before: the library's throws
/// abort, and -v says how to get it. -fno-exceptions keeps Debian's library.
#[test]
fn without_the_source_the_library_still_links_and_v_says_why() {
    let d = scratch();
    let p = d.path();
    let empty = p.join("no-ports");
    std::fs::create_dir(&empty).unwrap();
    write(
        p,
        "s.cpp",
        "#include <cstdio>\n#include <string>\n\
         int main() { try { return std::stoi(\"x\"); } catch (...) { std::puts(\"caught\"); }\n\
           return 0; }\n",
    );
    let out = wasmcc(["-v", "s.cpp", "-o", "s.js"])
        .env("WASMCC_PORTS_SRC", &empty)
        .current_dir(p)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("exceptions thrown inside libc++")
            && err.contains("scripts/setup.sh")
            && err.contains("/usr/lib/wasm32-wasi/libc++.a"),
        "{err}"
    );
    let run = node(&p.join("s.js"), &[], b"", p);
    assert_eq!(shell_status(&run), 134, "{}", explain(&run));
    write(
        p,
        "n.cpp",
        "#include <string>\nint main() { return std::stoi(\"0\"); }\n",
    );
    let out = wasmcc(["-v", "-fno-exceptions", "n.cpp", "-o", "n.js"])
        .current_dir(p)
        .output()
        .unwrap();
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains("/usr/lib/wasm32-wasi/libc++.a") && !err.contains("port-libcxx-"),
        "{err}"
    );
}

/// A small function that may throw, called in a hot loop, and the stack
/// after each caught throw: the same as g++'s build.
const THROWS_SOMETIMES: &str = r#"
#include <cstdio>
#include <cstring>
#include <stdexcept>
__attribute__((noinline)) static unsigned step(unsigned x, unsigned i) {
    if (i % 1000 == 999) throw std::runtime_error("every thousandth");
    return x * 1664525u + i + 1013904223u;
}
// Uses the C stack after each throw: a stack pointer left where a throw
// put it would show as different sums or a crash.
__attribute__((noinline)) static unsigned deep(unsigned n) {
    volatile char frame[256];
    memset((char *)frame, (int)n, sizeof frame);
    return n == 0 ? frame[7] : frame[n % 256] + deep(n - 1);
}
int main() {
    unsigned x = 1, errors = 0, sum = 0;
    for (unsigned i = 0; i < 100000; i++) {
        try {
            x = step(x, i);
        } catch (const std::exception &e) {
            errors++;
            sum += deep(200) + (unsigned)strlen(e.what());
        }
    }
    printf("%u %u %u\n", x, errors, sum);
    return 0;
}
"#;

/// The body of the function named `name` starts by reading the global
/// exported as `__stack_pointer`, or, where it is not exported (-O2 without
/// -sASSERTIONS), global 0, where wasm-ld puts the stack pointer.
fn reads_stack_pointer_first(wasm: &[u8], name: &str) -> bool {
    let mut sp = None;
    let mut index = None;
    let mut imported = 0;
    let mut bodies = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(wasm) {
        match payload.unwrap() {
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader {
                    if matches!(import.unwrap().ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
            }
            wasmparser::Payload::ExportSection(reader) => {
                for export in reader {
                    let export = export.unwrap();
                    if export.name == "__stack_pointer" {
                        sp = Some(export.index);
                    }
                }
            }
            wasmparser::Payload::CodeSectionEntry(body) => {
                let mut ops = body.get_operators_reader().unwrap();
                bodies.push(
                    ops.read().unwrap()
                        == wasmparser::Operator::GlobalGet {
                            global_index: sp.unwrap_or(0),
                        },
                );
            }
            wasmparser::Payload::CustomSection(c) => {
                if let wasmparser::KnownCustom::Name(names) = c.as_known() {
                    for part in names {
                        if let wasmparser::Name::Function(map) = part.unwrap() {
                            for naming in map {
                                let naming = naming.unwrap();
                                if naming.name.starts_with(name) {
                                    index = Some(naming.index);
                                }
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let index = index.unwrap_or_else(|| panic!("no function named {name}")) as usize;
    bodies[index - imported]
}

/// A function without a stack frame that may throw reads the stack pointer
/// for its catch code only on its throw path, not on every call (spsave.rs:
/// the copy is a third of what exceptions cost in a hot loop), and throws,
/// catches and the stack afterwards behave as natively. With -g the module
/// is left as wasm-opt wrote it.
#[test]
fn a_function_that_may_throw_reads_the_stack_pointer_only_when_it_throws() {
    let d = scratch();
    let p = d.path();
    write(p, "t.cpp", THROWS_SOMETIMES);
    let native = p.join("t.native");
    checked(
        Command::new("g++")
            .args(["-O2", "t.cpp", "-o"])
            .arg(&native)
            .current_dir(p),
        "g++",
    )
    .unwrap();
    let want = Command::new(&native).output().unwrap();
    // With -sASSERTIONS the pointer is exported; without, named only.
    for (flags, moved) in [
        (&["-O2"][..], true),
        (&["-O2", "-sASSERTIONS"], true),
        (&["-O2", "-g"], false),
    ] {
        let out = wasmcc(["-x", "c++"])
            .args(flags)
            .args(["t.cpp", "-o", "t.js"])
            .current_dir(p)
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", explain(&out));
        let wasm = std::fs::read(p.join("t.wasm")).unwrap();
        assert_eq!(
            reads_stack_pointer_first(&wasm, "step"),
            !moved,
            "{flags:?}"
        );
        let got = node(&p.join("t.js"), &[], b"", p);
        assert_eq!(stdout(&got), stdout(&want), "{flags:?}: {}", explain(&got));
    }
}
