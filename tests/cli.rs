//! The command line as a user meets it: bad input gets one clear error and a
//! non-zero status and leaves no output behind; gcc's flags do what gcc does.

mod common;

use common::*;
use std::fs;
use std::path::Path;

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

const HELLO: &str = "#include <stdio.h>\nint main(void) { puts(\"hi there\"); return 0; }\n";

#[test]
fn missing_input_file_is_an_error() {
    let d = scratch();
    let out = wasmcc(["nope.c", "-o", "x.js"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("nope.c: no such file"),
        "{}",
        stderr_of(&out)
    );
    assert!(!d.path().join("x.js").exists());
}

#[test]
fn unknown_flag_is_named_with_a_suggestion() {
    let out = wasmcc(["--shell-fille=x", "a.c"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(err.contains("unknown flag '--shell-fille=x'"), "{err}");
    let out = wasmcc(["--versio"]).output().unwrap();
    assert!(stderr_of(&out).contains("did you mean '--version'"));
}

#[test]
fn unknown_setting_is_named_with_the_nearest_one() {
    let out = wasmcc(["-sALLOW_MEMORY_GROWHT=1", "a.c"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains("unknown setting 'ALLOW_MEMORY_GROWHT'; did you mean 'ALLOW_MEMORY_GROWTH'?"),
        "{err}"
    );
    let out = wasmcc(["-s", "STACK_SIZE=big", "a.c"]).output().unwrap();
    assert!(stderr_of(&out).contains("bad value 'big' for -sSTACK_SIZE"));
}

#[test]
fn c_errors_pass_through_from_clang() {
    let d = scratch();
    write(d.path(), "bad.c", "int main(void) { return 0 }\n");
    let out = wasmcc(["bad.c", "-o", "bad.js"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = stderr_of(&out);
    assert!(err.contains("bad.c:1:"), "clang's location: {err}");
    assert!(err.contains("expected ';'"), "clang's message: {err}");
    assert!(!d.path().join("bad.js").exists());
    assert!(!d.path().join("bad.wasm").exists());
}

#[test]
fn undefined_symbol_names_symbol_and_source() {
    let d = scratch();
    write(
        d.path(),
        "main.c",
        "int helper(int);\nint main(void) { return helper(2); }\n",
    );
    // A stale output from an earlier build must not survive a failed one.
    write(d.path(), "prog.js", "stale");
    let out = wasmcc(["main.c", "-o", "prog.js"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains("undefined symbol: helper (referenced by main.c)"),
        "{err}"
    );
    assert!(!d.path().join("prog.js").exists());
}

#[test]
fn std_filesystem_compiles_but_its_link_error_says_what_works_instead() {
    let d = scratch();
    write(
        d.path(),
        "fs.cpp",
        "#include <filesystem>\n#include <fstream>\n\
         int main() { std::ofstream(\"x\") << 1; return std::filesystem::exists(\"x\"); }\n",
    );
    let out = wasmcc(["fs.cpp", "-o", "fs.js"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(
        err.contains("undefined symbol: std::__2::filesystem::__status(")
            && err.contains("(referenced by fs.cpp)"),
        "{err}"
    );
    assert!(
        err.contains("std::filesystem's operations are not in the libc++ wasmcc links")
            && err.contains("file streams (<fstream>)"),
        "{err}"
    );
    // Nothing else is missing: file streams link.
    assert_eq!(err.matches("undefined symbol").count(), 1, "{err}");
}

#[test]
fn unwritable_output_is_an_error() {
    let d = scratch();
    write(d.path(), "hello.c", HELLO);
    let out = wasmcc(["hello.c", "-o", "no/such/dir/hello.js"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = stderr_of(&out);
    assert!(err.contains("no/such/dir"), "{err}");
}

#[test]
fn no_inputs_and_unknown_input_kinds() {
    let out = wasmcc(["-O2"]).output().unwrap();
    assert!(stderr_of(&out).contains("no input files"));
    let out = wasmcc(["notes.txt"]).output().unwrap();
    assert!(stderr_of(&out).contains("unknown kind of input file"));
}

#[test]
fn version_and_help() {
    let out = wasmcc(["--version"]).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("wasmcc "));
    let out = wasmcc(["--help"]).output().unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "-o FILE",
        "-sKEY=VALUE",
        "STACK_SIZE",
        "NODERAWFS",
        "WASMCC_CLANG",
        "WASMCC_LLVM_RANLIB",
        "WASMCC_NODE",
    ] {
        assert!(help.contains(needle), "--help lacks {needle}");
    }
}

#[test]
fn verbose_prints_each_command() {
    let d = scratch();
    write(d.path(), "hello.c", HELLO);
    let out = wasmcc(["-v", "-O1", "hello.c", "-o", "hello.js"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    let lines: Vec<&str> = err.lines().collect();
    assert!(
        lines
            .iter()
            .any(|l| l.contains("clang") && l.contains(" -c ")),
        "{err}"
    );
    assert!(lines.iter().any(|l| l.contains("wasm-ld")), "{err}");
    assert!(
        lines
            .iter()
            .any(|l| l.contains("wasm-opt") && l.contains("-O1")),
        "{err}"
    );
}

#[test]
fn separate_compilation_archives_and_response_files() {
    let d = scratch();
    let p = d.path();
    write(p, "add.c", "int add(int a, int b) { return a + b; }\n");
    write(p, "mul.c", "int mul(int a, int b) { return a * b; }\n");
    write(
        p,
        "main.c",
        "#include <stdio.h>\nint add(int, int); int mul(int, int);\n\
         int main(void) { printf(\"%d\\n\", add(2, mul(3, 4))); return 0; }\n",
    );
    build_in(p, &["-c", "add.c"]);
    assert!(p.join("add.o").exists(), "-c without -o writes add.o");
    build_in(p, &["-c", "mul.c", "-o", "mul.o"]);
    let ar = std::process::Command::new("llvm-ar-19")
        .args(["rcs", "libmath.a", "mul.o"])
        .current_dir(p)
        .status()
        .unwrap();
    assert!(ar.success());
    write(p, "args.rsp", "main.c add.o\n-L. -lmath -o 'prog.js'\n");
    build_in(p, &["@args.rsp"]);
    let out = node(&p.join("prog.js"), &[], b"", p);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "14\n");
}

#[test]
fn preprocess_assembly_and_dependency_files() {
    let d = scratch();
    let p = d.path();
    write(p, "dep.h", "#define VALUE 42\n");
    write(p, "m.c", "#include \"dep.h\"\nint value = VALUE;\n");
    let out = wasmcc(["-E", "m.c"]).current_dir(p).output().unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("int value = 42;"));
    build_in(p, &["-S", "m.c"]);
    assert!(fs::read_to_string(p.join("m.s")).unwrap().contains("value"));
    build_in(p, &["-c", "-MMD", "-MF", "m.d", "m.c"]);
    let deps = fs::read_to_string(p.join("m.d")).unwrap();
    assert!(deps.contains("m.o:") && deps.contains("dep.h"), "{deps}");
    // wasmcc's own headers count as system headers: -MMD leaves them out.
    assert!(!deps.contains("wasm32-wasi"), "{deps}");
}

#[test]
fn host_headers_do_not_leak_in() {
    // glibc has <gnu-versions.h>; wasi-libc and wasmcc do not. A sysroot
    // of /usr would find glibc's headers and fail later in obscure ways.
    let d = scratch();
    write(
        d.path(),
        "t.c",
        "#include <gnu-versions.h>\nint main(void){return 0;}\n",
    );
    let out = wasmcc(["-c", "t.c"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(
        stderr_of(&out).contains("gnu-versions.h' file not found"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn cxx_by_extension_and_as_wasmcxx() {
    let d = scratch();
    let p = d.path();
    let src = "#include <iostream>\n#include <vector>\n\
               int main() { std::vector<int> v{1, 2, 3}; int s = 0; for (int x : v) s += x;\n\
               std::cout << \"sum \" << s << std::endl; return 0; }\n";
    write(p, "v.cpp", src);
    build_in(p, &["v.cpp", "-o", "v.js"]);
    let out = node(&p.join("v.js"), &[], b"", p);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "sum 6\n");

    // Invoked through a link named wasmc++, a .c file is C++ (as with clang++).
    write(p, "w.c", src);
    std::os::unix::fs::symlink(wasmcc_path(), p.join("wasmc++")).unwrap();
    let out = std::process::Command::new(p.join("wasmc++"))
        .args(["w.c", "-o", "w.js"])
        .current_dir(p)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let out = node(&p.join("w.js"), &[], b"", p);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "sum 6\n");

    // Exceptions are on by default for C++; asking for them changes nothing.
    let out = wasmcc(["-fexceptions", "v.cpp", "-o", "v.js"])
        .current_dir(p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
}

#[test]
fn es_module_output_runs_in_node() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO);
    build_in(p, &["hello.c", "-o", "hello.mjs"]);
    assert!(p.join("hello.wasm").exists());
    let out = node(&p.join("hello.mjs"), &[], b"", p);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hi there\n");
}

#[test]
fn standalone_wasm_is_a_wasi_command() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "a.c",
        "#include <stdio.h>\nint main(int c, char **v) { printf(\"%s %d\\n\", v[1], c); return 5; }\n",
    );
    build_in(p, &["-O2", "a.c", "-o", "a.wasm"]);
    assert!(!p.join("a.js").exists());
    // Any WASI runtime can run it; Node's own is here.
    let runner = "const { WASI } = require('node:wasi');\
        const w = new WASI({ version: 'preview1', args: ['a', 'word'], returnOnExit: true });\
        const m = new WebAssembly.Module(require('fs').readFileSync('a.wasm'));\
        const i = new WebAssembly.Instance(m, w.getImportObject());\
        process.exitCode = w.start(i);";
    let out = std::process::Command::new("node")
        .args(["--no-warnings", "-e", runner])
        .current_dir(p)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "word 2\n");
    assert_eq!(out.status.code(), Some(5));
}

#[test]
fn trap_names_the_wasm_function() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "t.c",
        "#include <stdio.h>\n__attribute__((noinline)) int divide(int a, int b) { return a / b; }\n\
         int main(int argc, char **argv) { printf(\"before\\n\"); fflush(stdout); return divide(10, argc - 1); }\n",
    );
    // At -O0 nothing is inlined, so the function is the one in the source.
    build_in(p, &["-O0", "t.c", "-o", "t.js"]);
    let out = node(&p.join("t.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "before\n");
    let err = stderr_of(&out);
    assert!(err.contains("wasm trap: divide by zero in divide"), "{err}");
    // Optimised, the name section survives wasm-opt: some function is named.
    build_in(p, &["-O2", "t.c", "-o", "t.js"]);
    let out = node(&p.join("t.js"), &[], b"", p);
    let err = stderr_of(&out);
    assert!(err.contains("wasm trap: divide by zero in "), "{err}");
    assert!(!err.contains("wasm-function["), "{err}");
}

#[test]
fn stack_overflow_traps_instead_of_corrupting_data() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "s.c",
        "#include <stdio.h>\n#include <string.h>\nint guard = 12345;\n\
         int eat(int n) { volatile char buf[4096]; memset((char*)buf, n, sizeof buf); return n ? eat(n - 1) + buf[7] : guard; }\n\
         int main(int argc, char **argv) { printf(\"%d\\n\", eat(argc * 1000)); return 0; }\n",
    );
    // -O0: at -O1 LLVM turns this recursion into a loop.
    build_in(p, &["-O0", "-sSTACK_SIZE=1MB", "s.c", "-o", "s.js"]);
    let out = node(&p.join("s.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("wasm trap"), "{}", stderr_of(&out));
    assert!(out.stdout.is_empty());
    // -sASSERTIONS (the default) names the cause; a wild pointer is not
    // called a stack overflow, and with ASSERTIONS=0 nothing is said.
    assert!(
        stderr_of(&out).contains(
            "(stack overflow: the program needs more C stack than -sSTACK_SIZE gives it)"
        ),
        "{}",
        stderr_of(&out)
    );
    build_in(
        p,
        &[
            "-O0",
            "-sSTACK_SIZE=1MB",
            "-sASSERTIONS=0",
            "s.c",
            "-o",
            "s0.js",
        ],
    );
    let out = node(&p.join("s0.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    assert!(
        !stderr_of(&out).contains("stack overflow"),
        "{}",
        stderr_of(&out)
    );
    write(
        p,
        "wild.c",
        "int main(int argc, char **argv) { *(volatile int *)(0xfffffff0u - argc) = 1; return 0; }\n",
    );
    build_in(p, &["wild.c", "-o", "wild.js"]);
    let out = node(&p.join("wild.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.contains("out of bounds") && !err.contains("stack overflow"),
        "{err}"
    );
}

#[test]
fn memory_growth_and_its_limit() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "m.c",
        "#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n\
         struct block { struct block *next; char rest[(16 << 20) - 16]; };\n\
         int main(void) { size_t total = 0; struct block *list = NULL, *q;\n\
         while ((q = malloc(sizeof *q)) != NULL) { memset(q->rest, 1, sizeof q->rest); q->next = list; list = q; total += 16; }\n\
         for (q = list; q; q = list) { list = q->next; total += q->rest[99] - 1; free(q); }\n\
         printf(\"%zu\\n\", total); return 0; }\n",
    );
    build_in(p, &["-O2", "-sMAXIMUM_MEMORY=128MB", "m.c", "-o", "m.js"]);
    let out = node(&p.join("m.js"), &[], b"", p);
    assert!(out.status.success(), "{}", stderr_of(&out));
    let mb: usize = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    // 128 MiB less the 8 MiB stack and malloc's overheads.
    assert!((96..=112).contains(&mb), "allocated {mb} MiB");

    build_in(p, &["-O2", "-sALLOW_MEMORY_GROWTH=0", "m.c", "-o", "m.js"]);
    let out = node(&p.join("m.js"), &[], b"", p);
    let mb: usize = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    assert!(mb < 16, "fixed memory still grew to {mb} MiB");
}

#[test]
fn exit_runtime_zero_skips_atexit() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "e.c",
        "#include <stdio.h>\n#include <stdlib.h>\nvoid bye(void) { puts(\"bye\"); }\n\
         int main(void) { atexit(bye); puts(\"main\"); return 4; }\n",
    );
    build_in(p, &["e.c", "-o", "e.js"]);
    let out = node(&p.join("e.js"), &[], b"", p);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "main\nbye\n");
    assert_eq!(out.status.code(), Some(4));
    build_in(p, &["-sEXIT_RUNTIME=0", "e.c", "-o", "e.js"]);
    let out = node(&p.join("e.js"), &[], b"", p);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "main\n");
}

#[test]
fn noderawfs_reads_and_writes_host_files() {
    let d = scratch();
    let p = d.path();
    fs::create_dir(p.join("sub")).unwrap();
    write(p, "sub/in.txt", "from the host\n");
    write(
        p,
        "f.c",
        "#include <stdio.h>\n#include <unistd.h>\nint main(void) { char b[100]; char cwd[512];\n\
         FILE *f = fopen(\"sub/in.txt\", \"r\"); if (!f) { perror(\"open\"); return 2; }\n\
         fgets(b, sizeof b, f); fclose(f); printf(\"%s\", b);\n\
         f = fopen(\"out.txt\", \"w\"); fputs(\"written\\n\", f); fclose(f);\n\
         printf(\"%s\\n\", getcwd(cwd, sizeof cwd) ? \"cwd ok\" : \"no cwd\"); return 0; }\n",
    );
    build_in(p, &["f.c", "-o", "f.js", "-sNODERAWFS=1"]);
    let out = node(&p.join("f.js"), &[], b"", p);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "from the host\ncwd ok\n"
    );
    assert_eq!(fs::read_to_string(p.join("out.txt")).unwrap(), "written\n");

    // Without NODERAWFS the files are the program's own, in memory.
    build_in(p, &["f.c", "-o", "g.js"]);
    fs::remove_file(p.join("out.txt")).unwrap();
    let out = node(&p.join("g.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(2));
    assert!(!p.join("out.txt").exists());
}

#[test]
fn memory_file_system_has_tmp() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "t.c",
        "#include <stdio.h>\nint main(void) { FILE *f = fopen(\"/tmp/x.txt\", \"w\");\n\
         if (!f) { perror(\"fopen\"); return 1; } fputs(\"scratch\", f); fclose(f);\n\
         f = tmpfile(); if (!f) { perror(\"tmpfile\"); return 2; } fputs(\"t\", f); rewind(f);\n\
         printf(\"%c\\n\", fgetc(f)); return 0; }\n",
    );
    build_in(p, &["t.c", "-o", "t.js"]);
    let out = node(&p.join("t.js"), &[], b"", p);
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "t\n");
    assert!(!p.join("tmp").exists(), "the program's /tmp is its own");
}

#[test]
fn initial_memory_sets_the_start_size_and_checks_its_value() {
    let d = scratch();
    let p = d.path();
    write(
        p,
        "m.c",
        "#include <stdio.h>\nint main(void) { printf(\"%lu\\n\", (unsigned long)__builtin_wasm_memory_size(0) * 64); return 0; }\n",
    );
    build_in(p, &["m.c", "-o", "m.js", "-sINITIAL_MEMORY=64MB"]);
    let out = node(&p.join("m.js"), &[], b"", p);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "65536\n",
        "KiB at start"
    );
    // Without the setting, memory starts at what the 8 MiB stack and the data need.
    build_in(p, &["m.c", "-o", "m.js"]);
    let out = node(&p.join("m.js"), &[], b"", p);
    let kib: u64 = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    assert!((8192..9216).contains(&kib), "{kib} KiB at start");

    let out = wasmcc(["m.c", "-o", "m.js", "-sINITIAL_MEMORY=1000"])
        .current_dir(p)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("-sINITIAL_MEMORY=1000 is not a multiple of the 64 KiB page size"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn node_optimize_at_load_names_main_s_loop_for_v8_only_in_the_main_script() {
    let d = scratch();
    let p = d.path();
    // main loops: V8 would run it in its baseline tier to the end, so the
    // module names it for optimisation at load and the glue turns on V8's
    // reading of those names.
    write(
        p,
        "sum.c",
        "#include <stdio.h>\n\
         int main(int argc, char **argv) {\n\
           unsigned s = 0;\n\
           for (int i = 0; i < 1000 * argc; i++) s += i ^ (s >> 3);\n\
           printf(\"%u\\n\", s);\n\
           return 0;\n\
         }\n",
    );
    // The same loop in a program that recurses, so runs on a worker.
    write(
        p,
        "rec.c",
        "#include <stdio.h>\n\
         int depth(int n) { volatile int k = n; return k ? depth(k - 1) + 1 : 0; }\n\
         int main(int argc, char **argv) {\n\
           unsigned s = 0;\n\
           for (int i = 0; i < 1000 * argc; i++) s += i ^ (s >> 3);\n\
           printf(\"%u %d\\n\", s, depth(1000));\n\
           return 0;\n\
         }\n",
    );
    // Record the V8 flags the glue sets, and when the worker starts: a
    // preloaded script watches them (in the main thread; a worker's own
    // copy of it has nothing to say).
    write(
        p,
        "probe.js",
        "const v8 = require('v8'); const threads = require('worker_threads'); const seen = [];\
         const set = v8.setFlagsFromString; v8.setFlagsFromString = (f) => { seen.push(f); set(f); };\
         const W = threads.Worker; threads.Worker = class extends W {\
           constructor(...a) { seen.push('worker'); super(...a); } };\
         if (threads.isMainThread) process.on('exit', () => process.stderr.write(`flags ${JSON.stringify(seen)}\\n`));",
    );
    // On a worker, the flag is off again before the worker starts: the
    // compile has taken it already (a compile takes V8's flags when it
    // starts), and the worker boots from Node's code cache, keyed by the
    // flags, only if they are as Node's start left them.
    let hints = "flags [\"--experimental-wasm-compilation-hints\"]\n";
    let hints_then_worker = "flags [\"--experimental-wasm-compilation-hints\",\"--no-experimental-wasm-compilation-hints\",\"worker\"]\n";
    // 1680406373: what sum.c prints built with gcc.
    let sum = "1680406373\n";
    write(p, "none.c", "int main(void) { return 0; }\n");
    write(p, "hello.c", HELLO);
    for (source, flag, expected, printed) in [
        ("sum.c", None, hints, sum),
        ("rec.c", None, hints_then_worker, "1680406373 1000\n"),
        (
            "sum.c",
            Some("-sNODE_OPTIMIZE_AT_LOAD=0"),
            "flags []\n",
            sum,
        ),
        // Nothing loops: nothing to name, no flag.
        ("none.c", None, "flags []\n", ""),
        // main loops only where wasm-opt inlined the C library's loops over
        // the literal (puts' strlen): not the program's own, so no flag.
        ("hello.c", None, "flags []\n", "hi there\n"),
    ] {
        let mut args = vec![source, "-O2", "-o", "h.js"];
        args.extend(flag);
        build_in(p, &args);
        let wasm = fs::read(p.join("h.wasm")).unwrap();
        let named = wasm.windows(16).any(|w| w == b"compilationHints");
        assert_eq!(
            named,
            expected != "flags []\n",
            "{source} {flag:?}: the section"
        );
        // Run as the main script: the program's own process.
        let out = std::process::Command::new("node")
            .args(["-r", "./probe.js", "h.js"])
            .current_dir(p)
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), printed);
        assert_eq!(stderr_of(&out), expected, "{source} {flag:?}");
        // require()d by a host program: V8's flags are the host's own.
        let out = std::process::Command::new("node")
            .args(["-r", "./probe.js", "-e", "require('./h.js')"])
            .current_dir(p)
            .output()
            .unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), printed);
        assert_eq!(stderr_of(&out), "flags []\n", "{source} {flag:?}, required");
    }
}

#[test]
fn only_a_program_that_can_recurse_runs_on_a_worker_thread() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO);
    build_in(p, &["-O2", "hello.c", "-o", "hello.js"]);
    let js = fs::read_to_string(p.join("hello.js")).unwrap();
    assert!(
        !js.contains("worker_threads"),
        "hello needs no worker:\n{js}"
    );

    // Node's main thread allows about 1 MB of stack: 200,000 frames of this
    // recursion need the worker's.
    write(
        p,
        "deep.c",
        "#include <stdio.h>\n\
         int depth(int n) { volatile int k = n; return k ? depth(k - 1) + 1 : 0; }\n\
         int main(void) { printf(\"%d\\n\", depth(200000)); return 0; }\n",
    );
    build_in(p, &["-O2", "deep.c", "-o", "deep.js"]);
    let js = fs::read_to_string(p.join("deep.js")).unwrap();
    assert!(
        js.contains("worker_threads"),
        "deep.js has no worker hand-off"
    );
    let out = node(&p.join("deep.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "200000\n");

    // -sSINGLE_FILE: the main thread compiles the module the script carries.
    build_in(p, &["-O2", "-sSINGLE_FILE", "deep.c", "-o", "deep1.js"]);
    let out = node(&p.join("deep1.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "200000\n");

    // The main thread compiles the module for the worker: a module it cannot
    // read is reported once, by the worker, as a program that cannot start.
    fs::remove_file(p.join("deep.wasm")).unwrap();
    let out = node(&p.join("deep.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(1), "{}", stderr_of(&out));
    let err = stderr_of(&out);
    assert!(
        err.starts_with("wasmcc: cannot load deep.wasm: ENOENT"),
        "{err}"
    );
    assert_eq!(err.matches("cannot load").count(), 1, "{err}");
}

#[test]
fn a_program_that_opens_no_files_carries_no_file_layer() {
    let d = scratch();
    let p = d.path();
    write(p, "hello.c", HELLO);
    // The items are found by their names, which minified JS does not keep.
    build_in(p, &["-O2", "--minify", "0", "hello.c", "-o", "hello.js"]);
    let js = fs::read_to_string(p.join("hello.js")).unwrap();
    for piece in ["fdTable", "ERRNO", "fsBackend"] {
        assert!(!js.contains(piece), "hello.js has {piece}:\n{js}");
    }

    // Opening a file brings the descriptor table and the in-memory files,
    // and the stdio calls go through it.
    write(
        p,
        "file.c",
        "#include <stdio.h>\n\
         int main(void) {\n\
           FILE *f = fopen(\"note.txt\", \"w\");\n\
           fputs(\"kept\\n\", f);\n\
           fclose(f);\n\
           char line[16] = \"\";\n\
           f = fopen(\"note.txt\", \"r\");\n\
           fgets(line, sizeof line, f);\n\
           printf(\"read %s\", line);\n\
           return 0;\n\
         }\n",
    );
    build_in(p, &["-O2", "--minify", "0", "file.c", "-o", "file.js"]);
    let js = fs::read_to_string(p.join("file.js")).unwrap();
    assert!(js.contains("fdTable") && js.contains("fsBackend"), "{js}");
    assert!(!js.contains("stdioClosed"), "file.js mixes the two layers");
    let out = node(&p.join("file.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", stderr_of(&out));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "read kept\n");
}

#[test]
fn undefined_symbols_may_link_when_asked_and_trap_naming_the_function() {
    // Build systems' link checks pass -sERROR_ON_UNDEFINED_SYMBOLS=0, as with
    // emcc: the program links, and only a call to the missing function fails.
    let d = scratch();
    write(
        d.path(),
        "main.c",
        "#include <stdio.h>\nint helper(int);\n\
         int main(int argc, char **argv) { puts(\"started\"); return argc > 1 ? helper(argc) : 0; }\n",
    );
    let out = wasmcc(["main.c", "-o", "prog.js", "-sERROR_ON_UNDEFINED_SYMBOLS=0"])
        .current_dir(d.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    assert!(
        stderr_of(&out).contains("warning: undefined symbol: helper (referenced by main.c)"),
        "{}",
        stderr_of(&out)
    );
    let js = d.path().join("prog.js");
    node_check(&js);
    let ok = node(&js, &[], b"", d.path());
    assert_eq!(shell_status(&ok), 0, "{}", explain(&ok));
    assert_eq!(stdout(&ok), "started\n");
    let trap = node(&js, &["x"], b"", d.path());
    assert_eq!(shell_status(&trap), 1, "{}", explain(&trap));
    assert_eq!(stdout(&trap), "started\n");
    let err = stderr_of(&trap);
    assert!(
        err.contains("helper was undefined when the program was linked")
            && err.contains(" in main"),
        "{err}"
    );
    // WARN_ON_UNDEFINED_SYMBOLS=0 links quietly.
    let out = wasmcc([
        "main.c",
        "-o",
        "quiet.js",
        "-sERROR_ON_UNDEFINED_SYMBOLS=0",
        "-sWARN_ON_UNDEFINED_SYMBOLS=0",
    ])
    .current_dir(d.path())
    .output()
    .unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    assert!(!stderr_of(&out).contains("helper"), "{}", stderr_of(&out));
}

#[test]
fn a_source_can_come_from_stdin_as_with_gcc() {
    let d = scratch();
    // `cc -dM -E - </dev/null` and `echo X | cc -E -P -`: Makefiles ask so.
    let out = run_with_stdin(
        wasmcc(["-E", "-P", "-"]).current_dir(d.path()),
        b"__EMSCRIPTEN__ __EMSCRIPTEN_major__ __EMSCRIPTEN_minor__ __EMSCRIPTEN_tiny__ __wasm32__\n",
    );
    assert!(out.status.success(), "{}", explain(&out));
    assert_eq!(stdout(&out).trim(), "1 3 1 6 1");

    // -C keeps the comments in the output.
    let out = run_with_stdin(
        wasmcc(["-E", "-P", "-C", "-"]).current_dir(d.path()),
        b"/* kept */ __wasm32__\n",
    );
    assert!(out.status.success(), "{}", explain(&out));
    assert_eq!(stdout(&out).trim(), "/* kept */ 1");

    let program = b"#include <stdio.h>\nint main(void) { puts(\"from stdin\"); return 4; }\n";
    let out = run_with_stdin(
        wasmcc(["-x", "c", "-", "-o", "stdin.js"]).current_dir(d.path()),
        program,
    );
    assert!(out.status.success(), "{}", explain(&out));
    let run = node(&d.path().join("stdin.js"), &[], b"", d.path());
    assert_eq!(stdout(&run), "from stdin\n");
    assert_eq!(shell_status(&run), 4);

    // Compiling needs the language, as gcc says.
    let out = run_with_stdin(wasmcc(["-c", "-"]).current_dir(d.path()), program);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr_of(&out).contains("needs -x LANG"),
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn compiler_queries_get_gcc_and_emcc_answers() {
    let text = |args: &[&str]| {
        let out = wasmcc(args).output().unwrap();
        assert!(out.status.success(), "{args:?}: {}", explain(&out));
        stdout(&out).trim().to_string()
    };
    // Meson takes a compiler whose --version says "Emscripten" for emcc,
    // and reads the first version in it (at least 1.39.19).
    let version = text(&["--version"]);
    assert!(
        version.starts_with("wasmcc (Emscripten 3.1.6 compatible) "),
        "{version}"
    );
    assert!(version.contains("clang version 19"), "{version}");
    assert_eq!(text(&["-dumpmachine"]), "wasm32-unknown-emscripten");
    assert_eq!(text(&["-dumpversion"]), "3.1.6");

    let dirs = text(&["-print-search-dirs"]);
    let libraries = dirs
        .lines()
        .find_map(|l| l.strip_prefix("libraries: ="))
        .unwrap_or_else(|| panic!("no libraries line: {dirs}"));
    assert!(
        libraries
            .split(':')
            .any(|d| Path::new(d).join("libc.a").is_file()),
        "{dirs}"
    );
    let libc = text(&["-print-file-name=libc.a"]);
    assert!(Path::new(&libc).is_file(), "{libc}");
    assert_eq!(text(&["-print-file-name=libnosuch.a"]), "libnosuch.a");
    let include = text(&["-print-file-name=include"]);
    assert!(Path::new(&include).join("stddef.h").is_file(), "{include}");
    let ld = text(&["-print-prog-name=ld"]);
    assert!(ld.contains("wasm-ld"), "{ld}");
    assert!(Path::new(&text(&["-print-libgcc-file-name"])).is_file());
    assert!(text(&["-Wl,--version"]).contains("LLD 19"));

    // `cc -v` alone prints the version on stderr and succeeds.
    let out = wasmcc(["-v"]).output().unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    assert!(stderr_of(&out).contains("Target: wasm32-unknown-emscripten"));
}

#[test]
fn the_cxx_part_of_the_support_library_is_built_on_the_first_cxx_link_only() {
    // A C user's first compile does not pay for parsing libc++'s headers;
    // the first C++ link builds that part once, and later links reuse it.
    let d = scratch();
    let cache = d.path().join("cache");
    write(d.path(), "hello.c", HELLO);
    write(
        d.path(),
        "f.cpp",
        "#include <fstream>\n#include <iostream>\n#include <mutex>\n\
         int main() { std::mutex m; std::lock_guard<std::mutex> g(m);\n\
         std::ofstream(\"x\") << 42; int v = 0; std::ifstream(\"x\") >> v;\n\
         std::cout << v << '\\n'; }\n",
    );
    let cxx_lib = || {
        fs::read_dir(&cache)
            .unwrap()
            .map(|e| e.unwrap().path().join("lib/libwasmcc-cxx.a"))
            .find(|p| p.parent().unwrap().join("libwasmcc.a").exists())
            .unwrap()
    };
    let out = wasmcc(["hello.c", "-o", "hello.js"])
        .current_dir(d.path())
        .env("WASMCC_CACHE", &cache)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(!cxx_lib().exists(), "a C build built the C++ part");
    for _ in 0..2 {
        let out = wasmcc(["f.cpp", "-o", "f.js"])
            .current_dir(d.path())
            .env("WASMCC_CACHE", &cache)
            // No rebuilt libc++ (ports/libcxx.rs): a minute of building
            // in this fresh cache that the test does not look at.
            .env("WASMCC_PORTS_SRC", d.path().join("no-ports"))
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", stderr_of(&out));
        assert!(cxx_lib().exists());
        let run = common::node(&d.path().join("f.js"), &[], b"", d.path());
        assert_eq!(String::from_utf8_lossy(&run.stdout), "42\n");
    }
}

/// `-shared` links a relocatable object, as emcc does (the web has no shared
/// libraries), which then links into a program like a `.o`; `-save-temps`
/// leaves clang's intermediate files in the current folder.
#[test]
fn shared_makes_a_relocatable_object_and_save_temps_keeps_clangs_files() {
    let d = scratch();
    let p = d.path();
    write(p, "lib.c", "int add(int a, int b) { return a + b; }\n");
    write(
        p,
        "m.c",
        "#include <stdio.h>\nint add(int, int);\nint main(void) { printf(\"%d\\n\", add(2, 3)); return 0; }\n",
    );
    let out = wasmcc(["-shared", "lib.c", "-o", "libadd.so"])
        .current_dir(p)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    assert!(stderr_of(&out).contains("-shared links a relocatable object"));
    build_in(p, &["m.c", "libadd.so", "-o", "m.js"]);
    let out = node(&p.join("m.js"), &[], b"", p);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "5\n");
    build_in(p, &["-save-temps", "-c", "m.c", "-o", "m.o"]);
    assert!(p.join("m.i").is_file(), "no preprocessed file kept");
}
