//! The command line of gcc/clang and emcc. One table of flags drives
//! parsing, `--help` and the "unknown flag" error; each row says how the flag
//! takes its value and what it does to the `Options`.

use crate::err;
use crate::error::{IoContext, Result};
use crate::settings::{self, Settings};
use std::path::{Path, PathBuf};

/// What the build stops at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Link,
    CompileOnly,
    Preprocess,
    Assemble,
}

/// The optimisation level, from `-O`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptLevel {
    O0,
    O1,
    O2,
    O3,
    Os,
    Oz,
}

impl OptLevel {
    /// The flag clang and wasm-opt take for it.
    pub fn flag(self) -> &'static str {
        match self {
            OptLevel::O0 => "-O0",
            OptLevel::O1 => "-O1",
            OptLevel::O2 => "-O2",
            OptLevel::O3 => "-O3",
            OptLevel::Os => "-Os",
            OptLevel::Oz => "-Oz",
        }
    }

    /// Whether the build optimises (and runs wasm-opt).
    pub fn optimizes(self) -> bool {
        self != OptLevel::O0
    }

    /// `-O`'s value as gcc and clang read it.
    fn parse(text: &str) -> Option<OptLevel> {
        Some(match text {
            "0" => OptLevel::O0,
            "" | "1" | "g" => OptLevel::O1,
            "2" => OptLevel::O2,
            "3" | "fast" => OptLevel::O3,
            "s" => OptLevel::Os,
            "z" => OptLevel::Oz,
            _ => return None,
        })
    }
}

/// A source language, from `-x` or the file's extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    C,
    Cxx,
    /// Assembly (`.s`), and assembly to preprocess (`.S`).
    Asm,
    AsmCpp,
    /// Already preprocessed C (`.i`) and C++ (`.ii`).
    CppOutput,
    CxxCppOutput,
}

impl Lang {
    /// The name clang's `-x` takes.
    pub fn clang_name(self) -> &'static str {
        match self {
            Lang::C => "c",
            Lang::Cxx => "c++",
            Lang::Asm => "assembler",
            Lang::AsmCpp => "assembler-with-cpp",
            Lang::CppOutput => "cpp-output",
            Lang::CxxCppOutput => "c++-cpp-output",
        }
    }

    pub fn is_cxx(self) -> bool {
        matches!(self, Lang::Cxx | Lang::CxxCppOutput)
    }

    fn from_x(name: &str) -> Option<Option<Lang>> {
        Some(Some(match name {
            "c" | "c-header" => Lang::C,
            "c++" | "c++-header" => Lang::Cxx,
            "assembler" => Lang::Asm,
            "assembler-with-cpp" => Lang::AsmCpp,
            "cpp-output" => Lang::CppOutput,
            "c++-cpp-output" => Lang::CxxCppOutput,
            "none" => return Some(None),
            _ => return None,
        }))
    }
}

/// One input, in command-line order (the linker cares about the order).
#[derive(Clone, Debug)]
pub enum Input {
    Source(PathBuf, Lang),
    /// A `.o` or `.a` given on the command line.
    Object(PathBuf),
    /// `-lNAME`.
    Lib(String),
}

impl Input {
    /// A source read from stdin (`-`).
    pub fn is_stdin(&self) -> bool {
        matches!(self, Input::Source(p, _) if p.as_os_str() == "-")
    }
}

#[derive(Clone, Debug)]
pub struct Options {
    pub inputs: Vec<Input>,
    pub output: Option<PathBuf>,
    pub mode: Mode,
    pub opt: OptLevel,
    pub debug: bool,
    /// Source maps and kept names for crash reports and profiles (debuginfo.rs).
    pub reports: crate::debuginfo::Reports,
    /// Driven as a C++ compiler (`wasmc++`): C sources compile as C++, libc++ links.
    pub cxx_driver: bool,
    /// Arguments for every clang compile, in order (-I, -D, -W, -f, -std, ...).
    pub compile_args: Vec<String>,
    /// Arguments for wasm-ld, in order (-L, -Wl, -Xlinker).
    pub link_args: Vec<String>,
    pub lib_dirs: Vec<PathBuf>,
    pub settings: Settings,
    pub verbose: bool,
    pub print: Option<Print>,
    /// `--shell-file`: the page around the script for .html output.
    pub shell_file: Option<PathBuf>,
    /// `--pre-js`, `--post-js`: JS placed before and after the runtime, in order.
    pub pre_js: Vec<PathBuf>,
    pub post_js: Vec<PathBuf>,
    /// `--js-library`: JS functions the program may call.
    pub js_libraries: Vec<PathBuf>,
    /// `-pthread` was given (and warned about).
    pub pthread: bool,
    /// `--minify 0`: the JS stays readable at -O2 and above (glue/minify.rs).
    pub keep_js_readable: bool,
    /// `-shared`: one relocatable object instead of a program.
    pub shared: bool,
    /// `-nostdlib`, `-nodefaultlibs`: no system library in the link.
    pub nostdlib: bool,
    /// `-nostdlib`, `-nostartfiles`: no crt1 object in the link.
    pub nostartfiles: bool,
    /// `--preload-file`, `--embed-file`: data files for the program (datafiles.rs).
    pub data_files: Vec<crate::datafiles::Request>,
    /// `--exclude-file`: names left out of the folders of `data_files`.
    pub exclude_files: Vec<String>,
    /// A language from `-x`, applied to the inputs that follow it.
    forced_lang: Option<Lang>,
    /// `-` came without `-x`: allowed with `-E` only.
    stdin_lang_guessed: bool,
}

/// What to print instead of building (see query.rs and buildsys.rs).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Print {
    Help,
    Version,
    CMakeToolchain,
    MesonCrossFile,
    Machine,
    DumpVersion,
    SearchDirs,
    FileName(String),
    ProgName(String),
    LibgccFileName,
}

/// How a flag takes its value.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Takes {
    /// Exactly the spelling, no value (`-c`).
    Nothing,
    /// `-o FILE` or `-oFILE` (and `--flag=VALUE` for long flags).
    Value,
    /// Only as the next argument (`-include FILE`).
    NextArg,
    /// Anything starting with the spelling; the whole argument is the value (`-Wall`).
    Prefix,
}

struct Flag {
    spelling: &'static str,
    takes: Takes,
    /// How `--help` shows the value, empty for none.
    meta: &'static str,
    help: &'static str,
    apply: fn(&mut Options, &str) -> Result<()>,
}

fn compile_arg(o: &mut Options, arg: &str) -> Result<()> {
    o.compile_args.push(arg.to_string());
    Ok(())
}

/// The table. Longer spellings are tried first, so `-include` wins over `-I`.
static FLAGS: &[Flag] = &[
    Flag { spelling: "-o", takes: Takes::Value, meta: "FILE", help: "Write the output to FILE; its extension picks the kind: .js (with .wasm beside it), .mjs, .html (page + .js + .wasm), .wasm, or .o with -c", apply: |o, v| { o.output = Some(PathBuf::from(v)); Ok(()) } },
    Flag { spelling: "-c", takes: Takes::Nothing, meta: "", help: "Compile only; write an object file", apply: |o, _| { o.mode = Mode::CompileOnly; Ok(()) } },
    Flag { spelling: "-E", takes: Takes::Nothing, meta: "", help: "Preprocess only; write to stdout or -o", apply: |o, _| { o.mode = Mode::Preprocess; Ok(()) } },
    Flag { spelling: "-S", takes: Takes::Nothing, meta: "", help: "Compile to assembly only", apply: |o, _| { o.mode = Mode::Assemble; Ok(()) } },
    Flag { spelling: "-O", takes: Takes::Prefix, meta: "LEVEL", help: "Optimise: -O0 -O1 -O2 -O3 -Os -Oz (-O1 and above also run wasm-opt)", apply: |o, v| {
        let other = &v[2..];
        o.opt = OptLevel::parse(other).ok_or_else(|| err!("unknown optimisation level '-O{other}' (use -O0, -O1, -O2, -O3, -Os or -Oz)"))?;
        o.compile_args.push(o.opt.flag().to_string());
        Ok(()) } },
    Flag { spelling: "-gsource-map", takes: Takes::Nothing, meta: "", help: "Write a source map (prog.wasm.map) beside the module for browsers' developer tools; implies -g", apply: |o, _| { o.debug = true; o.reports.source_map = true; o.compile_args.push("-g".into()); Ok(()) } },
    Flag { spelling: "--source-map-base", takes: Takes::Value, meta: "URL", help: "With -gsource-map, the URL the map is found under (default: beside the module)", apply: |o, v| { o.reports.source_map_base = v.to_string(); Ok(()) } },
    Flag { spelling: "--symbolize", takes: Takes::Nothing, meta: "", help: "wasmcc --symbolize prog.wasm 0xOFFSET...: print the function and file:line of code offsets from a crash report", apply: |_, _| Err(err!("--symbolize comes first: wasmcc --symbolize prog.wasm 0xOFFSET...")) },
    Flag { spelling: "--profiling-funcs", takes: Takes::Nothing, meta: "", help: "Keep every function name in the module, for profiles", apply: |o, _| { o.reports.profiling_funcs = true; Ok(()) } },
    Flag { spelling: "--profiling", takes: Takes::Nothing, meta: "", help: "Keep every function name and the JS's comments, for profiles", apply: |o, _| { o.reports.profiling_funcs = true; o.reports.profiling = true; Ok(()) } },
    Flag { spelling: "-g", takes: Takes::Prefix, meta: "", help: "Keep debug information (-g0 drops it)", apply: |o, v| { o.debug = v != "-g0"; o.compile_args.push(v.to_string()); Ok(()) } },
    Flag { spelling: "-I", takes: Takes::Value, meta: "DIR", help: "Add DIR to the include search path", apply: |o, v| { o.compile_args.push(format!("-I{v}")); Ok(()) } },
    Flag { spelling: "-isystem", takes: Takes::Value, meta: "DIR", help: "Add DIR to the system include search path", apply: |o, v| { o.compile_args.extend(["-isystem".into(), v.into()]); Ok(()) } },
    Flag { spelling: "-iquote", takes: Takes::Value, meta: "DIR", help: "Add DIR to the search path of #include \"...\"", apply: |o, v| { o.compile_args.extend(["-iquote".into(), v.into()]); Ok(()) } },
    Flag { spelling: "-idirafter", takes: Takes::Value, meta: "DIR", help: "Add DIR to the end of the include search path", apply: |o, v| { o.compile_args.extend(["-idirafter".into(), v.into()]); Ok(()) } },
    Flag { spelling: "-D", takes: Takes::Value, meta: "NAME[=VALUE]", help: "Define a macro", apply: |o, v| { o.compile_args.push(format!("-D{v}")); Ok(()) } },
    Flag { spelling: "-U", takes: Takes::Value, meta: "NAME", help: "Undefine a macro", apply: |o, v| { o.compile_args.push(format!("-U{v}")); Ok(()) } },
    Flag { spelling: "-include", takes: Takes::NextArg, meta: "FILE", help: "Include FILE before each source", apply: |o, v| { o.compile_args.extend(["-include".into(), v.into()]); Ok(()) } },
    Flag { spelling: "-imacros", takes: Takes::NextArg, meta: "FILE", help: "Take the macros of FILE before each source", apply: |o, v| { o.compile_args.extend(["-imacros".into(), v.into()]); Ok(()) } },
    Flag { spelling: "-std=", takes: Takes::Prefix, meta: "STD", help: "Language standard (c99, c11, gnu17, c++17, ...)", apply: compile_arg },
    Flag { spelling: "--std=", takes: Takes::Prefix, meta: "STD", help: "Same as -std=STD, as gcc and clang read it", apply: |o, v| { o.compile_args.push(v[1..].to_string()); Ok(()) } },
    Flag { spelling: "-ansi", takes: Takes::Nothing, meta: "", help: "Same as -std=c89 (C) or -std=c++98 (C++)", apply: compile_arg },
    Flag { spelling: "-x", takes: Takes::Value, meta: "LANG", help: "Treat the inputs that follow as LANG (c, c++, assembler, assembler-with-cpp, cpp-output, none)", apply: |o, v| {
        o.forced_lang = Lang::from_x(v).ok_or_else(|| err!("unknown language '-x {v}' (use c, c++, assembler, assembler-with-cpp, cpp-output or none)"))?;
        Ok(()) } },
    Flag { spelling: "-Wl,", takes: Takes::Prefix, meta: "ARGS", help: "Pass comma-separated ARGS to wasm-ld", apply: |o, v| { o.link_args.extend(v[4..].split(',').filter(|s| !s.is_empty()).map(String::from)); Ok(()) } },
    Flag { spelling: "-Xlinker", takes: Takes::NextArg, meta: "ARG", help: "Pass ARG to wasm-ld", apply: |o, v| { o.link_args.push(v.to_string()); Ok(()) } },
    Flag { spelling: "-Xclang", takes: Takes::NextArg, meta: "ARG", help: "Pass ARG to clang's compiler front end", apply: |o, v| { o.compile_args.extend(["-Xclang".into(), v.into()]); Ok(()) } },
    Flag { spelling: "-W", takes: Takes::Prefix, meta: "WARNING", help: "Warning options, passed to clang (-Wall, -Werror, ...)", apply: compile_arg },
    Flag { spelling: "-w", takes: Takes::Nothing, meta: "", help: "Silence all warnings", apply: compile_arg },
    Flag { spelling: "-pedantic", takes: Takes::Prefix, meta: "", help: "Warn about non-standard code (-pedantic-errors: fail)", apply: compile_arg },
    Flag { spelling: "-f", takes: Takes::Prefix, meta: "FEATURE", help: "Code generation options, passed to clang (C++ exceptions are on unless -fno-exceptions)", apply: compile_arg },
    Flag { spelling: "-m", takes: Takes::Prefix, meta: "FEATURE", help: "Target features, passed to clang (-msimd128, -mbulk-memory, ...)", apply: compile_arg },
    Flag { spelling: "-MD", takes: Takes::Nothing, meta: "", help: "Write a dependency file beside the object", apply: compile_arg },
    Flag { spelling: "-MMD", takes: Takes::Nothing, meta: "", help: "Like -MD, without system headers", apply: compile_arg },
    Flag { spelling: "-MF", takes: Takes::Value, meta: "FILE", help: "Name the dependency file", apply: |o, v| { o.compile_args.extend(["-MF".into(), v.into()]); Ok(()) } },
    Flag { spelling: "-MT", takes: Takes::Value, meta: "TARGET", help: "Name the target in the dependency file", apply: |o, v| { o.compile_args.extend(["-MT".into(), v.into()]); Ok(()) } },
    Flag { spelling: "-MQ", takes: Takes::Value, meta: "TARGET", help: "Like -MT, quoting make's special characters", apply: |o, v| { o.compile_args.extend(["-MQ".into(), v.into()]); Ok(()) } },
    Flag { spelling: "-MP", takes: Takes::Nothing, meta: "", help: "Add a phony target for each header", apply: compile_arg },
    Flag { spelling: "-d", takes: Takes::Prefix, meta: "LETTERS", help: "With -E, print the macros: -dM only the #defines, -dD with the output", apply: |o, v| {
        if !matches!(v, "-dM" | "-dD" | "-dN" | "-dI" | "-dU") {
            return Err(unknown_flag(v));
        }
        compile_arg(o, v) } },
    Flag { spelling: "-P", takes: Takes::Nothing, meta: "", help: "With -E, leave out the #line markers", apply: compile_arg },
    Flag { spelling: "-C", takes: Takes::Nothing, meta: "", help: "With -E, keep the comments (-CC also in macros)", apply: compile_arg },
    Flag { spelling: "-CC", takes: Takes::Nothing, meta: "", help: "With -E, keep the comments, in macro expansions too", apply: compile_arg },
    Flag { spelling: "-M", takes: Takes::Nothing, meta: "", help: "Print the dependencies instead of compiling", apply: |o, v| { o.mode = Mode::Preprocess; compile_arg(o, v) } },
    Flag { spelling: "-MM", takes: Takes::Nothing, meta: "", help: "Like -M, without system headers", apply: |o, v| { o.mode = Mode::Preprocess; compile_arg(o, v) } },
    Flag { spelling: "-L", takes: Takes::Value, meta: "DIR", help: "Add DIR to the library search path", apply: |o, v| { o.lib_dirs.push(PathBuf::from(v)); Ok(()) } },
    Flag { spelling: "-l", takes: Takes::Value, meta: "LIB", help: "Link libLIB.a (-lm, -lc and the like are part of libc and need nothing)", apply: |o, v| { o.inputs.push(Input::Lib(v.to_string())); Ok(()) } },
    Flag { spelling: "-s", takes: Takes::Value, meta: "KEY=VALUE", help: "Set a setting (see below)", apply: |o, v| {
        // Settings are upper case: `-shared` or `-save-temps` that no row
        // matched is an unknown flag, not a setting named `hared`.
        if !v.trim_start().starts_with(|c: char| c.is_ascii_uppercase()) {
            return Err(unknown_flag(&format!("-s{v}")));
        }
        o.settings.apply(v) } },
    Flag { spelling: "--shell-file", takes: Takes::Value, meta: "FILE", help: "For .html output, use the page FILE, which has {{{ SCRIPT }}} where the program's <script> goes", apply: |o, v| { o.shell_file = Some(PathBuf::from(v)); Ok(()) } },
    Flag { spelling: "--pre-js", takes: Takes::Value, meta: "FILE", help: "Put the JS of FILE before the runtime's code, in the scope of Module", apply: |o, v| { o.pre_js.push(PathBuf::from(v)); Ok(()) } },
    Flag { spelling: "--post-js", takes: Takes::Value, meta: "FILE", help: "Put the JS of FILE after the runtime's code, in the scope of Module", apply: |o, v| { o.post_js.push(PathBuf::from(v)); Ok(()) } },
    Flag { spelling: "--preload-file", takes: Takes::Value, meta: "SRC[@DST]", help: "Put the file or folder SRC in the program's file system at DST (default: its path from the current folder), from a .data file loaded with the module; @@ is a literal @", apply: |o, v| { o.data_files.push(crate::datafiles::Request { packing: crate::datafiles::Packing::Preload, spec: v.to_string() }); Ok(()) } },
    Flag { spelling: "--embed-file", takes: Takes::Value, meta: "SRC[@DST]", help: "Like --preload-file, with the files inside the .wasm", apply: |o, v| { o.data_files.push(crate::datafiles::Request { packing: crate::datafiles::Packing::Embed, spec: v.to_string() }); Ok(()) } },
    Flag { spelling: "--exclude-file", takes: Takes::Value, meta: "PATTERN", help: "Leave out of the folders of --preload-file and --embed-file the files named PATTERN (* and ? are wildcards)", apply: |o, v| { o.exclude_files.push(v.to_string()); Ok(()) } },
    Flag { spelling: "--use-port", takes: Takes::Value, meta: "NAME", help: "Use the port NAME (sdl2 as -sUSE_SDL=2, sdl2_mixer as -sUSE_SDL_MIXER=2)", apply: |o, v| crate::ports::use_port(&mut o.settings, v) },
    Flag { spelling: "--js-library", takes: Takes::Value, meta: "FILE", help: "JS functions for C to call (Emscripten's addToLibrary form or wasmcc's //! items); only those used are emitted", apply: |o, v| { o.js_libraries.push(PathBuf::from(v)); Ok(()) } },
    Flag { spelling: "-v", takes: Takes::Nothing, meta: "", help: "Print each command wasmcc runs (and clang's details); alone, the version", apply: |o, _| { o.verbose = true; Ok(()) } },
    Flag { spelling: "--version", takes: Takes::Nothing, meta: "", help: "Print the version", apply: |o, _| { o.print = Some(Print::Version); Ok(()) } },
    Flag { spelling: "--help", takes: Takes::Nothing, meta: "", help: "Print this help", apply: |o, _| { o.print = Some(Print::Help); Ok(()) } },
    Flag { spelling: "--print-cmake-toolchain", takes: Takes::Nothing, meta: "", help: "Print the path of the CMake toolchain file for wasmcc (wasmcmake passes it to cmake)", apply: |o, _| { o.print = Some(Print::CMakeToolchain); Ok(()) } },
    Flag { spelling: "--print-meson-cross", takes: Takes::Nothing, meta: "", help: "Print the path of the Meson cross file for wasmcc (wasmmeson passes it to meson setup)", apply: |o, _| { o.print = Some(Print::MesonCrossFile); Ok(()) } },
    Flag { spelling: "-dumpmachine", takes: Takes::Nothing, meta: "", help: "Print the target, wasm32-unknown-emscripten", apply: |o, _| { o.print = Some(Print::Machine); Ok(()) } },
    Flag { spelling: "-dumpversion", takes: Takes::Nothing, meta: "", help: "Print the version of the Emscripten interface wasmcc speaks, as emcc does", apply: |o, _| { o.print = Some(Print::DumpVersion); Ok(()) } },
    Flag { spelling: "-print-search-dirs", takes: Takes::Nothing, meta: "", help: "Print where programs and libraries are found (also --print-search-dirs)", apply: |o, _| { o.print = Some(Print::SearchDirs); Ok(()) } },
    Flag { spelling: "--print-search-dirs", takes: Takes::Nothing, meta: "", help: "Same as -print-search-dirs", apply: |o, _| { o.print = Some(Print::SearchDirs); Ok(()) } },
    Flag { spelling: "-print-file-name=", takes: Takes::Prefix, meta: "LIB", help: "Print the path of library file LIB", apply: |o, v| { o.print = Some(Print::FileName(v["-print-file-name=".len()..].to_string())); Ok(()) } },
    Flag { spelling: "-print-prog-name=", takes: Takes::Prefix, meta: "PROG", help: "Print the path of the tool run as PROG (ld, ar, ranlib, nm)", apply: |o, v| { o.print = Some(Print::ProgName(v["-print-prog-name=".len()..].to_string())); Ok(()) } },
    Flag { spelling: "-print-libgcc-file-name", takes: Takes::Nothing, meta: "", help: "Print the path of compiler-rt's builtins library", apply: |o, _| { o.print = Some(Print::LibgccFileName); Ok(()) } },
    Flag { spelling: "-pipe", takes: Takes::Nothing, meta: "", help: "Accepted and ignored, as by clang", apply: |_, _| Ok(()) },
    Flag { spelling: "-pthread", takes: Takes::Nothing, meta: "", help: "Accepted: programs have one thread, <pthread.h> works for it and pthread_create fails with EAGAIN (defines _REENTRANT, as gcc does)", apply: |o, _| {
        // Said once per command: the build goes on, without threads.
        if !o.pthread {
            eprintln!("wasmcc: warning: -pthread: threads are not supported; the program runs on one thread and pthread_create fails with EAGAIN");
        }
        o.pthread = true;
        o.compile_args.push("-D_REENTRANT".into());
        Ok(()) } },
    Flag { spelling: "-static", takes: Takes::Nothing, meta: "", help: "Accepted: every link is static", apply: |_, _| Ok(()) },
    Flag { spelling: "-static-libgcc", takes: Takes::Nothing, meta: "", help: "Accepted: compiler-rt is always linked statically", apply: |_, _| Ok(()) },
    Flag { spelling: "-static-libstdc++", takes: Takes::Nothing, meta: "", help: "Accepted: libc++ is always linked statically", apply: |_, _| Ok(()) },
    Flag { spelling: "-shared", takes: Takes::Nothing, meta: "", help: "Link the inputs into one relocatable object instead of a program, as emcc does (the web has no shared libraries)", apply: |o, _| { o.shared = true; Ok(()) } },
    Flag { spelling: "-save-temps", takes: Takes::Prefix, meta: "", help: "Keep clang's intermediate files (.i, .bc, .s) in the current folder", apply: compile_arg },
    Flag { spelling: "--no-entry", takes: Takes::Nothing, meta: "", help: "No main: a module of exported functions (-sEXPORTED_FUNCTIONS, EMSCRIPTEN_KEEPALIVE); same as -sEXPECT_MAIN=0", apply: |o, _| { o.settings.EXPECT_MAIN = false; Ok(()) } },
    Flag { spelling: "--closure", takes: Takes::Value, meta: "0|1", help: "Accepted: wasmcc's JS is already small and is not passed through Closure (1 warns so)", apply: |_, v| match v {
        "0" => Ok(()),
        "1" | "2" => { eprintln!("wasmcc: warning: --closure {v}: Closure Compiler is not used; the JS stays as wasmcc emits it (only the items the program needs, comments left out at -O1, whitespace and local names minified at -O2 and above)"); Ok(()) }
        _ => Err(err!("--closure takes 0, 1 or 2, not '{v}'")) } },
    Flag { spelling: "--minify", takes: Takes::Value, meta: "0", help: "0: keep the JS readable at -O2 and above (names and layout as at -O1)", apply: |o, v| if v == "0" { o.keep_js_readable = true; Ok(()) } else { Err(err!("--minify takes only 0 (the JS is minified at -O2 and above; 0 keeps it readable), not '{v}'")) } },
    Flag { spelling: "-mexec-model=", takes: Takes::Prefix, meta: "MODEL", help: "reactor: a module without main, like --no-entry; command: the default", apply: |o, v| match &v["-mexec-model=".len()..] {
        "reactor" => { o.settings.EXPECT_MAIN = false; Ok(()) }
        "command" => Ok(()),
        other => Err(err!("unknown -mexec-model '{other}' (use reactor or command)")) } },
    Flag { spelling: "--emrun", takes: Takes::Nothing, meta: "", help: "Accepted and ignored: a page needs nothing extra to be run from the command line (wasmrun PAGE.html runs one)", apply: |_, _| Ok(()) },
    Flag { spelling: "-nostdlib", takes: Takes::Nothing, meta: "", help: "Link no system library (libc, the support library, compiler-rt, libc++) and no start files, as emcc", apply: |o, _| { o.nostdlib = true; o.nostartfiles = true; Ok(()) } },
    Flag { spelling: "-nodefaultlibs", takes: Takes::Nothing, meta: "", help: "Link no system library (libc, the support library, compiler-rt, libc++)", apply: |o, _| { o.nostdlib = true; Ok(()) } },
    Flag { spelling: "-nostartfiles", takes: Takes::Nothing, meta: "", help: "Link no start file (crt1.o): the module has no _initialize or _start of libc's", apply: |o, _| { o.nostartfiles = true; Ok(()) } },
    Flag { spelling: "-specs=", takes: Takes::Prefix, meta: "FILE", help: "Accepted and ignored: gcc's spec files do not apply to clang", apply: |_, v| {
        eprintln!("wasmcc: warning: {v}: gcc spec files do not apply to wasmcc; ignored");
        Ok(()) } },
];

impl Options {
    fn new(cxx_driver: bool) -> Options {
        Options {
            inputs: Vec::new(),
            output: None,
            mode: Mode::Link,
            opt: OptLevel::O0,
            debug: false,
            reports: Default::default(),
            cxx_driver,
            compile_args: Vec::new(),
            link_args: Vec::new(),
            lib_dirs: Vec::new(),
            settings: Settings::default(),
            verbose: false,
            print: None,
            shell_file: None,
            pre_js: Vec::new(),
            post_js: Vec::new(),
            js_libraries: Vec::new(),
            pthread: false,
            keep_js_readable: false,
            shared: false,
            nostdlib: false,
            nostartfiles: false,
            data_files: Vec::new(),
            exclude_files: Vec::new(),
            forced_lang: None,
            stdin_lang_guessed: false,
        }
    }

    /// True when any input is C++ (or the driver is `wasmc++`): libc++ is linked.
    pub fn links_cxx(&self) -> bool {
        self.cxx_driver
            || self
                .inputs
                .iter()
                .any(|i| matches!(i, Input::Source(_, l) if l.is_cxx()))
            || self
                .inputs
                .iter()
                .any(|i| matches!(i, Input::Lib(l) if l == "stdc++" || l == "c++"))
    }

    fn add_input(&mut self, arg: &str) -> Result<()> {
        let path = PathBuf::from(arg);
        if arg == "-" {
            self.stdin_lang_guessed = self.forced_lang.is_none();
            let lang = match self.forced_lang {
                Some(lang) => lang,
                None if self.cxx_driver => Lang::Cxx,
                None => Lang::C,
            };
            self.inputs.push(Input::Source(path, lang));
            return Ok(());
        }
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let input = match (self.forced_lang, ext) {
            (Some(lang), _) => Input::Source(path, lang),
            (None, "o" | "obj" | "a" | "lo" | "so") => Input::Object(path),
            (None, _) => {
                let lang = match ext {
                    "c" => Lang::C,
                    "cc" | "cpp" | "cxx" | "c++" | "C" | "cp" | "CPP" => Lang::Cxx,
                    "s" => Lang::Asm,
                    "S" => Lang::AsmCpp,
                    "i" => Lang::CppOutput,
                    "ii" => Lang::CxxCppOutput,
                    _ => {
                        return Err(err!(
                        "{arg}: unknown kind of input file (expected .c, .cpp, .cc, .s, .S, .i, .o or .a; use -x LANG to say what it is)"
                    ))
                    }
                };
                let lang = if self.cxx_driver && lang == Lang::C {
                    Lang::Cxx
                } else {
                    lang
                };
                Input::Source(path, lang)
            }
        };
        self.inputs.push(input);
        Ok(())
    }
}

/// Parses the arguments after the program name. `program` is how wasmcc was
/// invoked: a name ending in `++` makes it a C++ driver, as with clang++.
pub fn parse(program: &str, args: Vec<String>) -> Result<Options> {
    let cxx = Path::new(program)
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.ends_with("++"));
    let mut o = Options::new(cxx);
    let args = expand_response_files(args, 0)?;
    let mut flags: Vec<&Flag> = FLAGS.iter().collect();
    flags.sort_by_key(|f| std::cmp::Reverse(f.spelling.len()));
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if !arg.starts_with('-') || arg == "-" {
            o.add_input(arg)?;
            continue;
        }
        let flag = flags
            .iter()
            .find(|f| match f.takes {
                Takes::Nothing | Takes::NextArg => arg == f.spelling,
                Takes::Value | Takes::Prefix => arg.starts_with(f.spelling),
            })
            .ok_or_else(|| unknown_flag(arg))?;
        let value = match flag.takes {
            Takes::Nothing | Takes::Prefix => arg.clone(),
            Takes::Value if arg.len() > flag.spelling.len() => {
                let rest = &arg[flag.spelling.len()..];
                if flag.spelling.starts_with("--") {
                    rest.strip_prefix('=')
                        .ok_or_else(|| unknown_flag(arg))?
                        .to_string()
                } else {
                    rest.to_string()
                }
            }
            Takes::Value | Takes::NextArg => {
                let v = args.get(i).ok_or_else(|| {
                    err!(
                        "{} needs a value: {} {}",
                        flag.spelling,
                        flag.spelling,
                        flag.meta
                    )
                })?;
                i += 1;
                v.clone()
            }
        };
        (flag.apply)(&mut o, &value)?;
    }
    check_stdin_input(&o)?;
    Ok(o)
}

/// `-` reads a source from stdin, as with gcc: once, and with `-x LANG`
/// unless only preprocessing (then it is C, or C++ for `wasmc++`).
fn check_stdin_input(o: &Options) -> Result<()> {
    let from_stdin = o.inputs.iter().filter(|i| i.is_stdin()).count();
    if from_stdin > 1 {
        return Err(err!("'-' (stdin) can be an input only once"));
    }
    if from_stdin == 1 && o.stdin_lang_guessed && o.mode != Mode::Preprocess {
        return Err(err!(
            "'-' (a source from stdin) needs -x LANG before it, as in -x c - (or -E to preprocess it)"
        ));
    }
    Ok(())
}

fn unknown_flag(arg: &str) -> crate::error::Error {
    let name = arg.split('=').next().unwrap_or(arg);
    let nearest = FLAGS
        .iter()
        .filter(|f| f.spelling.len() > 2)
        .map(|f| (crate::util::edit_distance(name, f.spelling), f.spelling))
        .min();
    match nearest {
        Some((d, s)) if d <= 2 => {
            err!("unknown flag '{arg}'; did you mean '{s}'? (wasmcc --help lists the flags)")
        }
        _ => err!("unknown flag '{arg}' (wasmcc --help lists the flags)"),
    }
}

/// Expands `@file` arguments: whitespace-separated words with '' and ""
/// quoting and backslash escapes, as gcc reads them. Nested files are allowed.
fn expand_response_files(args: Vec<String>, depth: usize) -> Result<Vec<String>> {
    if depth > 16 {
        return Err(err!("response files nest more than 16 deep"));
    }
    let mut out = Vec::new();
    for arg in args {
        let Some(file) = arg.strip_prefix('@') else {
            out.push(arg);
            continue;
        };
        let path = Path::new(file);
        let text = std::fs::read_to_string(path).at("read response file", path)?;
        out.extend(expand_response_files(split_words(&text), depth + 1)?);
    }
    Ok(out)
}

fn split_words(text: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur: Option<String> = None;
    let mut quote: Option<char> = None;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '\'' | '"') => {
                quote = Some(c);
                cur.get_or_insert_with(String::new);
            }
            (_, '\\') => {
                if let Some(n) = chars.next() {
                    cur.get_or_insert_with(String::new).push(n);
                }
            }
            (None, c) if c.is_whitespace() => {
                if let Some(w) = cur.take() {
                    words.push(w);
                }
            }
            (_, c) => cur.get_or_insert_with(String::new).push(c),
        }
    }
    words.extend(cur);
    words
}

/// The text of `--help`, made from the tables.
pub fn help() -> String {
    let mut out = String::from(
        "wasmcc: compile C and C++ to WebAssembly for Node and the web\n\n\
         Usage: wasmcc [options] file...\n       wasmc++ [options] file...   (C++)\n\
         \x20      wasmcmake cmake ARGS...     (CMake with wasmcc's toolchain file)\n\
         \x20      wasmmeson meson setup ARGS... (Meson with wasmcc's cross file)\n\
         \x20      wasmconfigure ./configure ARGS...,  wasmmake make ARGS...\n\
         \x20                                   (CC, CXX, AR, RANLIB, NM set to wasmcc's)\n\n\
         Options:\n",
    );
    for f in FLAGS {
        let left = match (f.takes, f.meta) {
            (_, "") => f.spelling.to_string(),
            (Takes::Prefix, m) => format!("{}{m}", f.spelling),
            (_, m) if f.spelling.starts_with("--") => format!("{}={m}", f.spelling),
            (_, m) => format!("{} {m}", f.spelling),
        };
        out.push_str(&format!("  {left:<22} {}\n", f.help));
    }
    out.push_str("  @FILE                  Read more arguments from FILE\n\n");
    out.push_str(&settings::help());
    out.push_str(&crate::env::help());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(args: &[&str]) -> Result<Options> {
        parse("wasmcc", args.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn joined_and_separate_values() {
        let o = p(&["-I", "inc", "-Iinc2", "-DX=1", "-o", "out.js", "a.c", "-lm"]).unwrap();
        assert_eq!(o.compile_args, ["-Iinc", "-Iinc2", "-DX=1"]);
        assert_eq!(o.output, Some(PathBuf::from("out.js")));
        assert!(matches!(&o.inputs[1], Input::Lib(l) if l == "m"));
    }

    #[test]
    fn longest_spelling_wins() {
        let o = p(&["-include", "pre.h", "-std=c99", "-sSTACK_SIZE=1MB", "a.c"]).unwrap();
        assert_eq!(o.compile_args, ["-include", "pre.h", "-std=c99"]);
        assert_eq!(o.settings.STACK_SIZE.0, 1 << 20);
        let o = p(&["-s", "EXIT_RUNTIME=0", "-Wl,--foo,--bar", "a.c"]).unwrap();
        assert!(!o.settings.EXIT_RUNTIME);
        assert_eq!(o.link_args, ["--foo", "--bar"]);
    }

    #[test]
    fn languages() {
        let o = p(&["a.c", "b.cpp", "-x", "c++", "c.c", "-x", "none", "d.o"]).unwrap();
        assert!(matches!(o.inputs[0], Input::Source(_, Lang::C)));
        assert!(matches!(o.inputs[1], Input::Source(_, Lang::Cxx)));
        assert!(matches!(o.inputs[2], Input::Source(_, Lang::Cxx)));
        assert!(matches!(o.inputs[3], Input::Object(_)));
        let o = parse("/usr/bin/wasmc++", vec!["a.c".into()]).unwrap();
        assert!(o.links_cxx());
    }

    #[test]
    fn errors_name_the_problem() {
        let e = p(&["--frobnicate"]).unwrap_err().to_string();
        assert!(e.contains("unknown flag '--frobnicate'"), "{e}");
        let e = p(&["--versio"]).unwrap_err().to_string();
        assert!(e.contains("did you mean '--version'"), "{e}");
        let e = p(&["-o"]).unwrap_err().to_string();
        assert!(e.contains("-o needs a value"), "{e}");
        for flag in ["-fexceptions", "-fcxx-exceptions", "-fwasm-exceptions"] {
            assert_eq!(p(&[flag, "a.cpp"]).unwrap().compile_args, [flag]);
        }
        assert!(p(&["notes.txt"]).is_err());
    }

    /// The row that takes `arg`, as `parse` finds it.
    fn row_for(arg: &str) -> Option<&'static str> {
        let mut flags: Vec<&Flag> = FLAGS.iter().collect();
        flags.sort_by_key(|f| std::cmp::Reverse(f.spelling.len()));
        flags
            .iter()
            .find(|f| match f.takes {
                Takes::Nothing | Takes::NextArg => arg == f.spelling,
                Takes::Value | Takes::Prefix => arg.starts_with(f.spelling),
            })
            .map(|f| f.spelling)
    }

    #[test]
    fn the_flag_table_has_one_row_per_spelling() {
        let mut spellings: Vec<_> = FLAGS.iter().map(|f| f.spelling).collect();
        spellings.sort();
        let before = spellings.len();
        spellings.dedup();
        assert_eq!(before, spellings.len(), "a spelling appears twice");
        for f in FLAGS {
            assert!(f.spelling.starts_with('-'), "{}", f.spelling);
            assert!(!f.help.is_empty(), "{} has no help", f.spelling);
        }
    }

    /// gcc's and emcc's spellings, each with the row that must take it: no
    /// short prefix row (`-s`, `-l`, `-f`, `-W`, `-d`, ...) swallows a flag
    /// that means something else.
    #[test]
    fn known_spellings_reach_their_own_rows() {
        let table: &[(&str, &str)] = &[
            ("-shared", "-shared"),
            ("-static", "-static"),
            ("-static-libgcc", "-static-libgcc"),
            ("-static-libstdc++", "-static-libstdc++"),
            ("-save-temps", "-save-temps"),
            ("-save-temps=obj", "-save-temps"),
            ("-specs=x.specs", "-specs="),
            ("-sWASM=1", "-s"),
            ("-sSTACK_SIZE=1MB", "-s"),
            ("-std=c11", "-std="),
            ("--std=c11", "--std="),
            ("--no-entry", "--no-entry"),
            ("--emrun", "--emrun"),
            ("--closure", "--closure"),
            ("--minify", "--minify"),
            ("-mexec-model=reactor", "-mexec-model="),
            ("-msimd128", "-m"),
            ("-nostdlib", "-nostdlib"),
            ("-nostartfiles", "-nostartfiles"),
            ("-nodefaultlibs", "-nodefaultlibs"),
            ("-include", "-include"),
            ("-imacros", "-imacros"),
            ("-isystem", "-isystem"),
            ("-isystemdir", "-isystem"),
            ("-iquote", "-iquote"),
            ("-idirafter", "-idirafter"),
            ("-Idir", "-I"),
            ("-pthread", "-pthread"),
            ("-pedantic", "-pedantic"),
            ("-pedantic-errors", "-pedantic"),
            ("-pipe", "-pipe"),
            ("-dumpmachine", "-dumpmachine"),
            ("-dumpversion", "-dumpversion"),
            ("-dM", "-d"),
            ("-print-search-dirs", "-print-search-dirs"),
            ("-print-file-name=libc.a", "-print-file-name="),
            ("-print-prog-name=ar", "-print-prog-name="),
            ("-print-libgcc-file-name", "-print-libgcc-file-name"),
            ("-MD", "-MD"),
            ("-MMD", "-MMD"),
            ("-MF", "-MF"),
            ("-MT", "-MT"),
            ("-MQ", "-MQ"),
            ("-MP", "-MP"),
            ("-M", "-M"),
            ("-MM", "-MM"),
            ("-Wl,--gc-sections", "-Wl,"),
            ("-Wall", "-W"),
            ("-Xlinker", "-Xlinker"),
            ("-Xclang", "-Xclang"),
            ("-fPIC", "-f"),
            ("-msimd128", "-m"),
            ("-lm", "-l"),
            ("-Ldir", "-L"),
            ("-O2", "-O"),
            ("-g", "-g"),
            ("-o", "-o"),
            ("-c", "-c"),
            ("-v", "-v"),
            ("--version", "--version"),
            ("--help", "--help"),
            ("--shell-file", "--shell-file"),
            ("--pre-js", "--pre-js"),
            ("--post-js", "--post-js"),
            ("--js-library", "--js-library"),
            ("--preload-file", "--preload-file"),
            ("--embed-file", "--embed-file"),
            ("--exclude-file", "--exclude-file"),
        ];
        for (arg, row) in table {
            assert_eq!(row_for(arg), Some(*row), "{arg}");
        }
        // Lower-case words after -s are flags, never settings.
        for arg in ["-shared-libgcc", "-sfoo", "-s"] {
            let e = p(&[arg, "x=1", "a.c"]).err().map(|e| e.to_string());
            assert!(
                e.as_deref().is_none_or(|e| !e.contains("unknown setting")),
                "{arg}: {e:?}"
            );
        }
    }

    #[test]
    fn response_file_words() {
        assert_eq!(
            split_words("-DA='x y' \"b c\"\n d\\ e"),
            ["-DA=x y", "b c", "d e"]
        );
    }
}
