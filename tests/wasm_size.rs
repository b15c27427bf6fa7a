//! What makes every module smaller: bulk memory (memcpy, memmove and memset
//! as single instructions instead of musl's loops) and a name section that
//! holds only the names a stack trace shows.

mod common;

use common::*;
use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

/// What the tests read from a module or an object file.
#[derive(Default)]
struct Module {
    imports: Vec<(String, String)>,
    imported_functions: u32,
    module_name: Option<String>,
    /// Function index to name, from the name section.
    function_names: BTreeMap<u32, String>,
    /// Each defined function's operators, by function index, as Debug text.
    bodies: BTreeMap<u32, Vec<String>>,
}

fn read(path: &Path) -> Module {
    let bytes = fs::read(path).unwrap();
    let mut m = Module::default();
    let mut next_body = 0;
    for payload in wasmparser::Parser::new(0).parse_all(&bytes) {
        match payload.unwrap() {
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader {
                    let import = import.unwrap();
                    if matches!(import.ty, wasmparser::TypeRef::Func(_)) {
                        m.imported_functions += 1;
                    }
                    m.imports
                        .push((import.module.to_string(), import.name.to_string()));
                }
                next_body = m.imported_functions;
            }
            wasmparser::Payload::CodeSectionEntry(body) => {
                let mut ops = Vec::new();
                let mut reader = body.get_operators_reader().unwrap();
                while !reader.eof() {
                    ops.push(format!("{:?}", reader.read().unwrap()));
                }
                m.bodies.insert(next_body, ops);
                next_body += 1;
            }
            wasmparser::Payload::CustomSection(c) => {
                if let wasmparser::KnownCustom::Name(reader) = c.as_known() {
                    for sub in reader {
                        match sub.unwrap() {
                            wasmparser::Name::Module { name, .. } => {
                                m.module_name = Some(name.to_string())
                            }
                            wasmparser::Name::Function(map) => {
                                for n in map {
                                    let n = n.unwrap();
                                    m.function_names.insert(n.index, n.name.to_string());
                                }
                            }
                            _ => {}
                        }
                    }
                }
            }
            _ => {}
        }
    }
    m
}

impl Module {
    fn body_of(&self, name: &str) -> &[String] {
        let index = self
            .function_names
            .iter()
            .find(|(_, n)| n.as_str() == name)
            .map(|(i, _)| *i)
            .unwrap_or_else(|| panic!("no function named {name}: {:?}", self.function_names));
        &self.bodies[&index]
    }

    fn uses(&self, op: &str) -> bool {
        self.bodies.values().flatten().any(|o| o.starts_with(op))
    }
}

#[test]
fn memcpy_memmove_and_memset_are_bulk_memory_instructions() {
    let d = scratch();
    let p = d.path();
    // Called through volatile pointers, the functions themselves are linked
    // and kept whatever the optimiser inlines.
    fs::write(
        p.join("m.c"),
        "#include <stdio.h>\n#include <string.h>\n\
         void *(*volatile copy)(void *, const void *, size_t) = memcpy;\n\
         void *(*volatile move)(void *, const void *, size_t) = memmove;\n\
         void *(*volatile fill)(void *, int, size_t) = memset;\n\
         int main(void) {\n  char buf[32];\n  fill(buf, 0, sizeof buf);\n\
           copy(buf, \"hello, world\", 13);\n  move(buf + 1, buf, 5);\n\
           printf(\"%s\\n\", buf);\n  return 0;\n}\n",
    )
    .unwrap();
    for level in ["-O0", "-O2"] {
        build_in(p, &[level, "m.c", "-o", "m.js"]);
        let out = node(&p.join("m.js"), &[], b"", p);
        assert_eq!(stdout(&out), "hhello world\n", "{level}: {}", explain(&out));
        let m = read(&p.join("m.wasm"));
        for (name, op) in [
            ("memcpy", "MemoryCopy"),
            ("memset", "MemoryFill"),
            // wasm-opt merges memmove with memcpy, whose body is the same.
            ("memmove", "MemoryCopy"),
        ] {
            if level == "-O2" && name == "memmove" {
                continue;
            }
            let body = m.body_of(name);
            assert!(
                body.iter().any(|o| o.starts_with(op)),
                "{level}: {name} is not {op}: {body:?}"
            );
            // musl's versions copy in loops; ours stores small sizes of
            // memset in one.
            if name != "memset" {
                assert!(
                    !body.iter().any(|o| o.starts_with("Loop")),
                    "{level}: {name} loops: {body:?}"
                );
            }
        }
    }
}

#[test]
fn wasm_opt_accepts_the_features_without_a_target_features_section() {
    let d = scratch();
    let p = d.path();
    fs::write(
        p.join("s.c"),
        "#include <stdio.h>\n#include <string.h>\n\
         int main(int argc, char **argv) { char b[64]; memset(b, 'x', sizeof b);\n\
           memcpy(b, argv[0], argc); b[40] = 0; printf(\"%zu\\n\", strlen(b)); return 0; }\n",
    )
    .unwrap();
    // --strip-all drops the section wasm-opt would read the features from.
    for extra in [&[][..], &["-sASYNCIFY"][..]] {
        let mut args = vec!["-O2", "-Wl,--strip-all", "s.c", "-o", "s.js"];
        args.extend_from_slice(extra);
        build_in(p, &args);
        let out = node(&p.join("s.js"), &[], b"", p);
        assert_eq!(stdout(&out), "40\n", "{extra:?}: {}", explain(&out));
    }
}

#[test]
fn features_are_on_by_default_and_the_users_flags_win() {
    let d = scratch();
    let p = d.path();
    fs::write(
        p.join("f.c"),
        "#include <string.h>\n\
         void copy(char *d, const char *s, unsigned long n) { memcpy(d, s, n); }\n\
         int truncate(float x) { return (int)x; }\n",
    )
    .unwrap();
    build_in(p, &["-O2", "-c", "f.c", "-o", "f.o"]);
    let m = read(&p.join("f.o"));
    assert!(
        m.uses("MemoryCopy"),
        "memcpy of a run-time size is memory.copy"
    );
    assert!(
        !m.imports.iter().any(|(_, name)| name == "memcpy"),
        "{:?}",
        m.imports
    );
    assert!(m.uses("I32TruncSatF32S"), "a float-to-int cast saturates");

    build_in(
        p,
        &[
            "-O2",
            "-mno-bulk-memory",
            "-mno-nontrapping-fptoint",
            "-c",
            "f.c",
            "-o",
            "g.o",
        ],
    );
    let m = read(&p.join("g.o"));
    assert!(!m.uses("MemoryCopy"));
    assert!(m.imports.iter().any(|(_, name)| name == "memcpy"));
    assert!(!m.uses("I32TruncSat"));
}

const TRAP: &str = "#include <stdio.h>\n\
    __attribute__((noinline)) int divide(int a, int b) { return a / b; }\n\
    int main(int argc, char **argv) { printf(\"before\\n\"); fflush(stdout); return divide(10, argc - 1); }\n";

#[test]
fn the_name_section_keeps_what_a_trap_shows_and_drops_import_names() {
    let d = scratch();
    let p = d.path();
    fs::write(p.join("t.c"), TRAP).unwrap();
    for level in ["-O0", "-O2"] {
        build_in(p, &[level, "t.c", "-o", "t.js"]);
        let out = node(&p.join("t.js"), &[], b"", p);
        assert_eq!(out.status.code(), Some(1));
        assert!(
            explain(&out).contains("wasm trap: divide by zero in "),
            "{level}: {}",
            explain(&out)
        );
        let m = read(&p.join("t.wasm"));
        assert!(m.imported_functions > 0);
        // V8 shows the module name in stack traces ("at t.wasm.main").
        assert_eq!(m.module_name.as_deref(), Some("t.wasm"));
        assert!(
            m.function_names.keys().all(|&i| i >= m.imported_functions),
            "{level}: imported functions are named: {:?}",
            m.function_names
        );
        assert!(m
            .function_names
            .values()
            .any(|n| n == "main" || n == "__main_void"));
        if level == "-O0" {
            assert!(explain(&out).contains("wasm trap: divide by zero in divide"));
        }
    }
    // With -g every name stays, the imports' too.
    build_in(p, &["-O2", "-g", "t.c", "-o", "t.js"]);
    let m = read(&p.join("t.wasm"));
    assert!(
        m.function_names
            .values()
            .any(|n| n.starts_with("__imported_wasi_snapshot_preview1_")),
        "{:?}",
        m.function_names
    );
}

#[test]
fn a_program_that_never_reads_links_no_reader() {
    // hello writes to stdout and never reads: stdin's FILE and its reader
    // (and so the fd_read import and its JS) stay out. The support library's
    // wrapped calls are loaded into every link, so any of them that named
    // stdin would bring it in.
    let d = scratch();
    let p = d.path();
    fs::write(
        p.join("hello.c"),
        "#include <stdio.h>\nint main(void) { printf(\"hi\\n\"); return 0; }\n",
    )
    .unwrap();
    // (`--minify 0` keeps the import names, which -O2 otherwise shortens.)
    for level in ["-O0", "-O2"] {
        build_in(p, &[level, "--minify", "0", "hello.c", "-o", "hello.js"]);
        let m = read(&p.join("hello.wasm"));
        assert!(
            !m.imports.iter().any(|(_, name)| name == "fd_read"),
            "{level}: {:?}",
            m.imports
        );
        let out = node(&p.join("hello.js"), &[], b"", p);
        assert_eq!(String::from_utf8_lossy(&out.stdout), "hi\n");
    }
    // A program that reads has its reader.
    fs::write(
        p.join("echo.c"),
        "#include <stdio.h>\nint main(void) { int c; while ((c = getchar()) != EOF) putchar(c); return 0; }\n",
    )
    .unwrap();
    build_in(p, &["-O2", "--minify", "0", "echo.c", "-o", "echo.js"]);
    let m = read(&p.join("echo.wasm"));
    assert!(m.imports.iter().any(|(_, name)| name == "fd_read"));
    let out = node(&p.join("echo.js"), &[], b"abc\n", p);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "abc\n");
}
