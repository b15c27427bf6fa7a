//! The `-sKEY=VALUE` settings: one typed table drives parsing, `--help` and
//! the "unknown setting" error. Names and meanings follow Emscripten's; the
//! defaults are chosen so that legacy programs run unchanged (a stack of 8 MiB
//! like a native Linux thread, memory that grows, a runtime that exits and
//! flushes stdio after `main`).

use crate::err;
use crate::error::Result;

/// A value a setting can hold, parsed from the text after `=`.
pub trait Value: Sized {
    /// What the help text shows as the value's form.
    const FORM: &'static str;
    fn parse(text: &str) -> std::result::Result<Self, String>;
}

impl Value for bool {
    const FORM: &'static str = "0|1";
    fn parse(text: &str) -> std::result::Result<Self, String> {
        match text {
            "1" | "true" => Ok(true),
            "0" | "false" => Ok(false),
            _ => Err("expected 0 or 1".into()),
        }
    }
}

/// A size in bytes: a number with an optional KB, MB or GB suffix (powers of 1024).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Bytes(pub u64);

impl Value for Bytes {
    const FORM: &'static str = "bytes (e.g. 65536, 64KB, 16MB, 2GB)";
    fn parse(text: &str) -> std::result::Result<Self, String> {
        let t = text.trim();
        let (digits, scale) = [("KB", 1u64 << 10), ("MB", 1 << 20), ("GB", 1 << 30)]
            .iter()
            .find_map(|(suffix, scale)| t.strip_suffix(suffix).map(|d| (d, *scale)))
            .unwrap_or((t, 1));
        digits
            .trim()
            .parse::<u64>()
            .ok()
            .and_then(|n| n.checked_mul(scale))
            .map(Bytes)
            .ok_or_else(|| "expected a size in bytes such as 1048576 or 1MB".into())
    }
}

impl Value for String {
    const FORM: &'static str = "text";
    fn parse(text: &str) -> std::result::Result<Self, String> {
        Ok(unquote(text).to_string())
    }
}

/// A list: `a,b,c` or Emscripten's `['a','b']` / `["a","b"]` spelling.
impl Value for Vec<String> {
    const FORM: &'static str = "list (a,b or ['a','b'])";
    fn parse(text: &str) -> std::result::Result<Self, String> {
        let t = text.trim();
        // A half-written list would reach the tools as a name such as `['_main`.
        if t.starts_with('[') != t.ends_with(']') {
            return Err("a list in [ ] needs both brackets".into());
        }
        let inner = t
            .strip_prefix('[')
            .and_then(|r| r.strip_suffix(']'))
            .unwrap_or(t);
        let items: Vec<String> = split_list(inner)
            .into_iter()
            .map(|s| unquote(s.trim()).to_string())
            .filter(|s| !s.is_empty())
            .collect();
        match items.iter().find(|s| s.contains(['\'', '"'])) {
            Some(bad) => Err(format!("unbalanced quote in {bad}")),
            None => Ok(items),
        }
    }
}

/// Splits at the commas that are outside quotes and brackets, so that a C++
/// name such as `'draw(int, float)'` stays one entry.
fn split_list(text: &str) -> Vec<&str> {
    let (mut parts, mut start, mut depth, mut quote) = (Vec::new(), 0, 0i32, None);
    for (i, c) in text.char_indices() {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '<' | '[') => depth += 1,
            (None, ')' | '>' | ']') => depth -= 1,
            (None, ',') if depth <= 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

fn unquote(s: &str) -> &str {
    for q in ['"', '\''] {
        if let Some(inner) = s.strip_prefix(q).and_then(|r| r.strip_suffix(q)) {
            return inner;
        }
    }
    s
}

/// Which JS environments the output supports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Environments {
    pub web: bool,
    pub worker: bool,
    pub node: bool,
}

impl Value for Environments {
    const FORM: &'static str = "list of web, worker, node";
    fn parse(text: &str) -> std::result::Result<Self, String> {
        let mut env = Environments {
            web: false,
            worker: false,
            node: false,
        };
        for name in <Vec<String> as Value>::parse(text)? {
            match name.as_str() {
                "web" => env.web = true,
                "worker" => env.worker = true,
                "node" => env.node = true,
                // Emscripten's "webview" (Cordova and the like) is the web.
                "webview" => env.web = true,
                "shell" => {
                    return Err("'shell' (d8, jsc, SpiderMonkey's js) is not supported: the output runs in browsers, workers and Node".into())
                }
                other => {
                    return Err(format!(
                        "unknown environment '{other}' (known: web, webview, worker, node)"
                    ))
                }
            }
        }
        if !(env.web || env.worker || env.node) {
            return Err("name at least one of web, worker, node".into());
        }
        Ok(env)
    }
}

/// A small level, such as ASSERTIONS' 0, 1 or 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Level(pub u32);

impl Value for Level {
    const FORM: &'static str = "0|1|2";
    fn parse(text: &str) -> std::result::Result<Self, String> {
        match text.trim() {
            "0" | "false" => Ok(Level(0)),
            "1" | "true" => Ok(Level(1)),
            "2" => Ok(Level(2)),
            _ => Err("expected 0, 1 or 2".into()),
        }
    }
}

/// A WebGL major version: 1 or 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WebglVersion(pub u32);

impl Value for WebglVersion {
    const FORM: &'static str = "1|2";
    fn parse(text: &str) -> std::result::Result<Self, String> {
        match text.trim() {
            "1" => Ok(WebglVersion(1)),
            "2" => Ok(WebglVersion(2)),
            _ => Err("expected 1 or 2".into()),
        }
    }
}

/// One row of the table.
pub struct Def {
    pub name: &'static str,
    /// Older names Emscripten still accepts for the same setting.
    pub aliases: &'static [&'static str],
    pub form: &'static str,
    pub default: &'static str,
    pub help: &'static str,
    set: fn(&mut Settings, &str) -> std::result::Result<(), String>,
}

macro_rules! settings {
    ($(
        $(#[doc = $doc:literal])+
        $name:ident $([$($alias:ident),*])? : $ty:ty = $default:literal;
    )*) => {
        /// Every setting, typed; field names are the settings' own names.
        #[allow(non_snake_case)]
        #[derive(Clone, Debug)]
        pub struct Settings {
            $(pub $name: $ty,)*
            /// The notes of the Emscripten settings given that wasmcc
            /// accepts without a row (`OTHERS`), shown under `-v`.
            pub accepted: Vec<&'static str>,
            /// The settings the command line gave, by name: a default that
            /// depends on the optimisation level yields to them.
            pub given: Vec<&'static str>,
        }

        impl Default for Settings {
            fn default() -> Self {
                Settings {
                    $($name: <$ty as Value>::parse($default)
                        .unwrap_or_else(|e| panic!("default of {}: {e}", stringify!($name))),)*
                    accepted: Vec::new(),
                    given: Vec::new(),
                }
            }
        }

        pub static TABLE: &[Def] = &[$(
            Def {
                name: stringify!($name),
                aliases: &[$($(stringify!($alias)),*)?],
                form: <$ty as Value>::FORM,
                default: $default,
                help: concat!($($doc),+),
                set: |s, text| {
                    s.$name = <$ty as Value>::parse(text)?;
                    s.given.push(stringify!($name));
                    Ok(())
                },
            },
        )*];
    };
}

settings! {
    /// Bytes of stack for C code. An overflow traps instead of overwriting data.
    STACK_SIZE [TOTAL_STACK]: Bytes = "8MB";
    /// Bytes of memory at start; 0 means what the stack and static data need.
    INITIAL_MEMORY [TOTAL_MEMORY]: Bytes = "0";
    /// The most memory the program may grow to; malloc returns NULL past it.
    MAXIMUM_MEMORY: Bytes = "2GB";
    /// Let memory grow on demand, up to MAXIMUM_MEMORY.
    ALLOW_MEMORY_GROWTH: bool = "1";
    /// Run atexit handlers and flush stdio when main returns.
    EXIT_RUNTIME: bool = "1";
    /// In Node, give the program the host's files instead of an in-memory file system.
    NODERAWFS: bool = "0";
    /// Where the JS runs; code for other environments is left out.
    ENVIRONMENT: Environments = "web,worker,node";
    /// In Node, compile the functions that loop for long in one call (main's
    /// loops, an interpreter's dispatch loop) with V8's optimising tier before
    /// the program starts (wasmcc's own setting; driver/tiering.rs). V8
    /// otherwise runs a function in its baseline tier until it is called
    /// again, so a loop entered once stays slow.
    NODE_OPTIMIZE_AT_LOAD: bool = "1";
    /// Put the module in the JS as base64 (and, for .html, the JS in the page),
    /// so one file runs, even opened from disk (file://).
    SINGLE_FILE: bool = "0";
    /// The newest WebGL a context may use: 2 enables OpenGL ES 3.0 (WebGL 2).
    MAX_WEBGL_VERSION: WebglVersion = "1";
    /// Emulate OpenGL ES 2.0's client-side vertex and index arrays, which
    /// WebGL lacks: pointers into memory with no buffer bound are uploaded
    /// at each draw. Without it such calls are GL errors, as in WebGL.
    FULL_ES2: bool = "0";
    /// C functions to export, with a leading underscore: _main,_add.
    EXPORTED_FUNCTIONS: Vec<String> = "";
    /// Runtime methods to put on Module: ccall, cwrap, UTF8ToString,
    /// stringToUTF8, lengthBytesUTF8, getValue, setValue, stackSave,
    /// stackRestore, stackAlloc, the HEAP8..HEAPF64 views and FS.
    EXPORTED_RUNTIME_METHODS [EXTRA_EXPORTED_RUNTIME_METHODS]: Vec<String> = "";
    /// Include the in-memory file system and put its JS interface, FS, on
    /// Module (FS.writeFile, FS.readFile, FS.mkdir, ...), even for a program
    /// that opens no file itself.
    FORCE_FILESYSTEM: bool = "0";
    /// Emit a factory, EXPORT_NAME(overrides), that returns a promise of a new instance.
    MODULARIZE: bool = "0";
    /// Emit an ES module whose default export is the factory (implies MODULARIZE).
    EXPORT_ES6: bool = "0";
    /// The name of the global Module object, or of the factory.
    EXPORT_NAME: String = "Module";
    /// Let C code sleep with emscripten_sleep(), sleep(), usleep() or nanosleep()
    /// and give the browser (or Node's event loop) its turn meanwhile: binaryen's
    /// Asyncify pass saves and restores the stack of the functions that can
    /// reach a sleep. setjmp/longjmp then use the JS-based scheme.
    ASYNCIFY: bool = "0";
    /// More imports (env.NAME, or NAME for env) that may sleep, for JS
    /// library functions that call Asyncify.handleSleep.
    ASYNCIFY_IMPORTS: Vec<String> = "";
    /// Bytes for the saved stack of a sleeping program: the locals and call
    /// positions of the functions between the sleep and the JS that called C.
    ASYNCIFY_STACK_SIZE: Bytes = "64KB";
    /// Assume that calls through function pointers never sleep: a smaller,
    /// faster module, silently wrong if a sleep is reached through a function pointer.
    ASYNCIFY_IGNORE_INDIRECT: bool = "0";
    /// Functions (names as in the module, `*` a wildcard, `@FILE` a file of
    /// names, one a line) that Asyncify instruments although it sees no sleep
    /// under them, e.g. a sleep reached through a function pointer with
    /// ASYNCIFY_IGNORE_INDIRECT. Their callers are instrumented too.
    ASYNCIFY_ADD: Vec<String> = "";
    /// With ASYNCIFY_ADD, instrument the callers of the functions listed too.
    ASYNCIFY_PROPAGATE_ADD: bool = "1";
    /// Functions (as ASYNCIFY_ADD) that never sleep although Asyncify thinks
    /// they may: they are not instrumented, nor their callers on their
    /// account; a smaller, faster module. A sleep under one of them is an error at run time.
    ASYNCIFY_REMOVE: Vec<String> = "";
    /// If set, only these functions (as ASYNCIFY_ADD) are instrumented: every
    /// function between the JS and a sleep must be listed. Not with ADD or REMOVE.
    ASYNCIFY_ONLY: Vec<String> = "";
    /// Print which functions Asyncify instruments and why, to tune the lists above.
    ASYNCIFY_ADVISE: bool = "0";
    /// A terminal in the page (keys to stdin, ANSI output), with Asyncify so
    /// that reads wait for keys: auto gives one to a page whose program reads stdin.
    TERMINAL: crate::terminal::Switch = "auto";
    /// An undefined symbol is a link error that names it and who references
    /// it. With 0 the program links anyway, and a call to a missing function
    /// traps, naming it (build systems' link checks pass 0).
    ERROR_ON_UNDEFINED_SYMBOLS: bool = "1";
    /// With ERROR_ON_UNDEFINED_SYMBOLS=0, warn about each undefined symbol.
    WARN_ON_UNDEFINED_SYMBOLS: bool = "1";
    /// Output WebAssembly: always 1; 0 (asm.js) is not supported.
    WASM: bool = "1";
    /// The program has a main; 0 (also --no-entry) builds a module of
    /// exports only, with no main and no start.
    EXPECT_MAIN: bool = "1";
    /// Run main as soon as the runtime is ready; 0 leaves it to
    /// Module.callMain(), as Module.noInitialRun does.
    INVOKE_RUN: bool = "1";
    /// Export every C function, each as Module._name.
    EXPORT_ALL: bool = "0";
    /// A .wasm output that runs without wasmcc's JS: with EXPECT_MAIN=0 (or
    /// --no-entry) a module of exports that imports nothing it does not use.
    STANDALONE_WASM: bool = "0";
    /// Take the memory from JS: Module.wasmMemory (a WebAssembly.Memory)
    /// set by the page is the program's memory.
    IMPORTED_MEMORY: bool = "0";
    /// Let JS add functions to the table at run time: addFunction(f, sig)
    /// (a runtime method, e.g. -sEXPORTED_RUNTIME_METHODS=addFunction) turns
    /// a JS function into a C function pointer, removeFunction frees it.
    ALLOW_TABLE_GROWTH: bool = "0";
    /// Cheap runtime checks: a runtime method that was not exported names
    /// the setting that exports it, a C function called from JS before the
    /// runtime is ready or after it exited says so, and a trap past the end
    /// of the C stack is named a stack overflow (0 leaves them out). As with
    /// emcc, 0 at -O1 and above unless given.
    ASSERTIONS: Level = "1";
    /// Same as MAX_WEBGL_VERSION=2.
    USE_WEBGL2: bool = "0";
    /// Same as FULL_ES2=1 with MAX_WEBGL_VERSION=2 (OpenGL ES 3.0 on WebGL 2).
    FULL_ES3: bool = "0";
    /// 64-bit integers cross into JS as BigInt: always so in wasmcc (0 is
    /// accepted with a warning).
    WASM_BIGINT: bool = "1";
    /// Accepted; the page is written as it is.
    MINIFY_HTML: bool = "1";
    /// 1: C++ code is compiled with its catch clauses left out
    /// (-fignore-exceptions), so a throw ends the program as an uncaught
    /// exception does, as emcc's setting means; 0 (the default) or 2: exceptions work.
    DISABLE_EXCEPTION_CATCHING: Level = "0";
    /// Check every load and store (binaryen's SafeHeap): NULL, past the
    /// end of memory or misaligned ends the program, naming the function.
    SAFE_HEAP: bool = "0";
    /// 1: a cookie at the end of the stack, checked when main returns, at
    /// exit and after each event-loop call, and a trap off the stack named
    /// an overflow; 2: also each move of the stack pointer (binaryen's StackCheck).
    STACK_OVERFLOW_CHECK: Level = "0";
    /// 2: compile with SDL2's headers and link SDL2, built from Debian's
    /// source once per cache (also --use-port=sdl2 or -lSDL2); 1 (SDL 1.2) is not in wasmcc yet.
    USE_SDL: Level = "0";
    /// 2 would link SDL2_mixer, which wasmcc has no port of yet.
    USE_SDL_MIXER: Level = "1";
    /// The formats SDL2_mixer decodes (ogg, mp3, mod, mid); accepted for USE_SDL_MIXER.
    SDL2_MIXER_FORMATS: Vec<String> = "";
}

impl Settings {
    /// Applies one `KEY=VALUE` (or `KEY`, meaning `KEY=1`).
    pub fn apply(&mut self, assignment: &str) -> Result<()> {
        let (key, value) = assignment.split_once('=').unwrap_or((assignment, "1"));
        let key = key.trim();
        // The legacy spelling NO_X=1 of a setting X that takes 0 and 1 means
        // X=0 (emcc's NO_EXIT_RUNTIME, NO_DISABLE_EXCEPTION_CATCHING).
        let flips = |d: &&Def| d.form == <bool as Value>::FORM || d.form == <Level as Value>::FORM;
        if let Some(def) = key
            .strip_prefix("NO_")
            .and_then(find)
            .filter(|d| find(key).is_none() && flips(d))
        {
            let flipped = match <bool as Value>::parse(value.trim()) {
                Ok(v) => {
                    if v {
                        "0"
                    } else {
                        "1"
                    }
                }
                Err(why) => return Err(err!("bad value '{value}' for -s{key}: {why}")),
            };
            return (def.set)(self, flipped)
                .map_err(|why| err!("bad value '{value}' for -s{key}: {why}"));
        }
        if let Some(def) = find(key) {
            return (def.set)(self, value)
                .map_err(|why| err!("bad value '{value}' for -s{key}: {why}"));
        }
        let (name, off) = match key.strip_prefix("NO_") {
            Some(name) if other(name).is_some() => (name, value.trim() != "0"),
            _ => (
                key,
                matches!(unquote(value.trim()), "0" | "false" | "" | "[]"),
            ),
        };
        match other(name) {
            Some(Other::Accepted(note)) => {
                self.accepted.push(note);
                Ok(())
            }
            Some(Other::Refused(_)) if off => Ok(()),
            Some(Other::Refused(why)) => Err(err!("-s{key}={value}: {why}")),
            None => Err(unknown(key)),
        }
    }
}

/// What wasmcc does with an Emscripten setting that has no row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Other {
    /// wasmcc already behaves as the setting asks, whatever its value: the note says how.
    Accepted(&'static str),
    /// wasmcc cannot do what a value other than 0 asks: the message says what to do instead.
    Refused(&'static str),
}

const NO_PORT: &str = "wasmcc has no port of this library yet: build it from source with wasmcmake or wasmconfigure and link it with -L DIR -lNAME";

/// Emscripten's settings that tutorials and Makefiles pass and that need no
/// row of their own.
pub static OTHERS: &[(&str, Other)] = &[
    ("MIN_WEBGL_VERSION", Other::Accepted("MIN_WEBGL_VERSION: accepted; MAX_WEBGL_VERSION decides which WebGL contexts may be made")),
    ("DEFAULT_LIBRARY_FUNCS_TO_INCLUDE", Other::Accepted("DEFAULT_LIBRARY_FUNCS_TO_INCLUDE: accepted; the JS functions the program calls are included, and so are the runtime methods (ccall, UTF8ToString, ...) that --pre-js, --post-js or EM_JS code names")),
    ("RETAIN_COMPILER_SETTINGS", Other::Accepted("RETAIN_COMPILER_SETTINGS: accepted; emscripten_get_compiler_setting answers without it")),
    ("TEXTDECODER", Other::Accepted("TEXTDECODER: accepted; the runtime always decodes with TextDecoder")),
    ("DYNAMIC_EXECUTION", Other::Accepted("DYNAMIC_EXECUTION: accepted; the runtime uses eval only for emscripten_run_script")),
    ("ALLOW_UNIMPLEMENTED_SYSCALLS", Other::Accepted("ALLOW_UNIMPLEMENTED_SYSCALLS: accepted; calls a lone process cannot make fail with an errno")),
    ("MALLOC", Other::Accepted("MALLOC: accepted; programs use wasi-libc's malloc")),
    ("FILESYSTEM", Other::Accepted("FILESYSTEM: accepted; the file system is in the output only when the program opens files")),
    ("GL_ENABLE_GET_PROC_ADDRESS", Other::Accepted("GL_ENABLE_GET_PROC_ADDRESS: accepted; eglGetProcAddress always works")),
    ("SUPPORT_LONGJMP", Other::Accepted("SUPPORT_LONGJMP: accepted; setjmp/longjmp always work")),
    ("WASM_ASYNC_COMPILATION", Other::Accepted("WASM_ASYNC_COMPILATION: accepted; the module is always compiled asynchronously")),
    ("USE_CLOSURE_COMPILER", Other::Accepted("USE_CLOSURE_COMPILER: accepted; Closure is not used")),
    ("STRICT", Other::Accepted("STRICT: accepted; wasmcc has no deprecated defaults to turn off")),
    ("AUTO_JS_LIBRARIES", Other::Accepted("AUTO_JS_LIBRARIES: accepted; the runtime provides GL, EGL, OpenAL and html5.h as the program uses them")),
    ("LEGACY_GL_EMULATION", Other::Refused("fixed-function OpenGL (glBegin, glEnd, matrices) is not emulated: draw with OpenGL ES 2 shaders")),
    ("PTHREADS", Other::Refused("threads are not supported: programs run on one thread, where pthread_create fails with EAGAIN")),
    ("USE_PTHREADS", Other::Refused("threads are not supported: programs run on one thread, where pthread_create fails with EAGAIN")),
    ("PROXY_TO_PTHREAD", Other::Refused("threads are not supported: main runs on the page's thread, or with -sASYNCIFY sleeps without blocking it")),
    ("MAIN_MODULE", Other::Refused("dynamic linking is not supported: link every library statically (-shared makes a relocatable object)")),
    ("SIDE_MODULE", Other::Refused("dynamic linking is not supported: link every library statically (-shared makes a relocatable object)")),
    ("MEMORY64", Other::Refused("wasmcc builds wasm32 only (4 GiB at most)")),
    ("WASM2JS", Other::Refused("asm.js/JS output is not supported; wasmcc writes WebAssembly")),
    ("USE_ZLIB", Other::Refused(NO_PORT)),
    ("USE_LIBPNG", Other::Refused(NO_PORT)),
    ("USE_LIBJPEG", Other::Refused(NO_PORT)),
    ("USE_FREETYPE", Other::Refused(NO_PORT)),
    ("USE_HARFBUZZ", Other::Refused(NO_PORT)),
    ("USE_BZIP2", Other::Refused(NO_PORT)),
    ("USE_OGG", Other::Refused(NO_PORT)),
    ("USE_VORBIS", Other::Refused(NO_PORT)),
    ("USE_SDL_IMAGE", Other::Refused(NO_PORT)),
    ("USE_SDL_TTF", Other::Refused(NO_PORT)),
    ("USE_SDL_NET", Other::Refused(NO_PORT)),
    ("USE_BOOST_HEADERS", Other::Refused(NO_PORT)),
    ("USE_ICU", Other::Refused(NO_PORT)),
    ("USE_GLFW", Other::Refused(NO_PORT)),
    // The rest of Emscripten's settings reference, so that none is "unknown".
    ("CHECK_NULL_WRITES", Other::Accepted("CHECK_NULL_WRITES: accepted; -sSAFE_HEAP=1 is wasmcc's check of writes (and reads) through NULL")),
    ("VERBOSE", Other::Accepted("VERBOSE: accepted; -v prints the commands wasmcc runs")),
    ("ABORTING_MALLOC", Other::Accepted("ABORTING_MALLOC: accepted; malloc returns NULL when memory cannot grow, as with ABORTING_MALLOC=0")),
    ("INITIAL_HEAP", Other::Accepted("INITIAL_HEAP: accepted; memory grows as malloc needs it (INITIAL_MEMORY sets the size at start)")),
    ("MEMORY_GROWTH_GEOMETRIC_STEP", Other::Accepted("MEMORY_GROWTH_GEOMETRIC_STEP: accepted; the runtime picks how much memory grows at a time")),
    ("MEMORY_GROWTH_GEOMETRIC_CAP", Other::Accepted("MEMORY_GROWTH_GEOMETRIC_CAP: accepted; the runtime picks how much memory grows at a time")),
    ("MEMORY_GROWTH_LINEAR_STEP", Other::Accepted("MEMORY_GROWTH_LINEAR_STEP: accepted; the runtime picks how much memory grows at a time")),
    ("INITIAL_TABLE", Other::Accepted("INITIAL_TABLE: accepted; the table's size is fixed by the link (it matters only for dynamic linking, which wasmcc does not do)")),
    ("GLOBAL_BASE", Other::Refused("the start of static data is the linker's choice: pass -Wl,--global-base=N instead")),
    ("TABLE_BASE", Other::Refused("the first function table slot is the linker's choice: pass -Wl,--table-base=N instead")),
    ("CLOSURE_WARNINGS", Other::Accepted("CLOSURE_WARNINGS: accepted; Closure is not used")),
    ("IGNORE_CLOSURE_COMPILER_ERRORS", Other::Accepted("IGNORE_CLOSURE_COMPILER_ERRORS: accepted; Closure is not used")),
    ("DECLARE_ASM_MODULE_EXPORTS", Other::Accepted("DECLARE_ASM_MODULE_EXPORTS: accepted; the exported C functions are on Module as _name, and every export is in Module.wasmExports")),
    ("INLINING_LIMIT", Other::Accepted("INLINING_LIMIT: accepted with no effect; pass -fno-inline to compile without inlining")),
    ("SUPPORT_BIG_ENDIAN", Other::Refused("the runtime reads memory through typed arrays in the host's byte order, so big-endian hosts are not supported")),
    ("SAFE_HEAP_LOG", Other::Refused("accesses are not logged: -sSAFE_HEAP=1 stops at the first bad access and names the function")),
    ("EMULATE_FUNCTION_POINTER_CASTS", Other::Refused("a call through a function pointer of the wrong type traps (\"indirect call signature mismatch\"): fix the pointer's type")),
    ("EXCEPTION_DEBUG", Other::Accepted("EXCEPTION_DEBUG: accepted; the runtime has no debug log")),
    ("LIBRARY_DEBUG", Other::Accepted("LIBRARY_DEBUG: accepted; the runtime has no debug log")),
    ("SYSCALL_DEBUG", Other::Accepted("SYSCALL_DEBUG: accepted; the runtime has no debug log")),
    ("SOCKET_DEBUG", Other::Accepted("SOCKET_DEBUG: accepted; the runtime has no debug log")),
    ("DYLINK_DEBUG", Other::Accepted("DYLINK_DEBUG: accepted; the runtime has no debug log")),
    ("FS_DEBUG", Other::Accepted("FS_DEBUG: accepted; the runtime has no debug log")),
    ("OPENAL_DEBUG", Other::Accepted("OPENAL_DEBUG: accepted; the runtime has no debug log")),
    ("WEBSOCKET_DEBUG", Other::Accepted("WEBSOCKET_DEBUG: accepted; the runtime has no debug log")),
    ("GL_DEBUG", Other::Accepted("GL_DEBUG: accepted; the runtime has no debug log")),
    ("TRACE_WEBGL_CALLS", Other::Accepted("TRACE_WEBGL_CALLS: accepted; the runtime has no debug log")),
    ("PTHREADS_DEBUG", Other::Accepted("PTHREADS_DEBUG: accepted; the runtime has no debug log")),
    ("FETCH_DEBUG", Other::Accepted("FETCH_DEBUG: accepted; the runtime has no debug log")),
    ("WEBAUDIO_DEBUG", Other::Accepted("WEBAUDIO_DEBUG: accepted; the runtime has no debug log")),
    ("RUNTIME_DEBUG", Other::Accepted("RUNTIME_DEBUG: accepted; the runtime has no debug log")),
    ("ASYNCIFY_DEBUG", Other::Accepted("ASYNCIFY_DEBUG: accepted; the runtime has no debug log (-sASYNCIFY_ADVISE lists what is instrumented)")),
    ("SOCKET_WEBRTC", Other::Refused("sockets are not supported: socket() fails with EAFNOSUPPORT")),
    ("PROXY_POSIX_SOCKETS", Other::Refused("sockets are not supported: socket() fails with EAFNOSUPPORT")),
    ("WEBSOCKET_URL", Other::Accepted("WEBSOCKET_URL: accepted; sockets are not supported (socket() fails with EAFNOSUPPORT), so no WebSocket is opened")),
    ("WEBSOCKET_SUBPROTOCOL", Other::Accepted("WEBSOCKET_SUBPROTOCOL: accepted; sockets are not supported (socket() fails with EAFNOSUPPORT), so no WebSocket is opened")),
    ("GL_ASSERTIONS", Other::Accepted("GL_ASSERTIONS: accepted; GL errors are reported by glGetError as WebGL reports them")),
    ("GL_TESTING", Other::Accepted("GL_TESTING: accepted; ask for preserveDrawingBuffer in the context's attributes to read pixels back")),
    ("GL_MAX_TEMP_BUFFER_SIZE", Other::Accepted("GL_MAX_TEMP_BUFFER_SIZE: accepted; used only by fixed-function GL emulation, which wasmcc does not have")),
    ("GL_UNSAFE_OPTS", Other::Accepted("GL_UNSAFE_OPTS: accepted; used only by fixed-function GL emulation, which wasmcc does not have")),
    ("GL_FFP_ONLY", Other::Accepted("GL_FFP_ONLY: accepted; used only by fixed-function GL emulation, which wasmcc does not have")),
    ("GL_EMULATE_GLES_VERSION_STRING_FORMAT", Other::Accepted("GL_EMULATE_GLES_VERSION_STRING_FORMAT: accepted; glGetString answers in wasmcc's one format")),
    ("GL_EXTENSIONS_IN_PREFIXED_FORMAT", Other::Accepted("GL_EXTENSIONS_IN_PREFIXED_FORMAT: accepted; glGetString answers in wasmcc's one format")),
    ("GL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS", Other::Accepted("GL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS: accepted; the context attribute enableExtensionsByDefault decides")),
    ("GL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS", Other::Accepted("GL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS: accepted; emscripten_webgl_enable_extension is always available")),
    ("GL_TRACK_ERRORS", Other::Accepted("GL_TRACK_ERRORS: accepted; the GL calls are always the same")),
    ("GL_SUPPORT_EXPLICIT_SWAP_CONTROL", Other::Accepted("GL_SUPPORT_EXPLICIT_SWAP_CONTROL: accepted; frames are shown when the browser composites, as WebGL does")),
    ("GL_POOL_TEMP_BUFFERS", Other::Accepted("GL_POOL_TEMP_BUFFERS: accepted; the GL calls are always the same")),
    ("GL_DISABLE_HALF_FLOAT_EXTENSION_IF_BROKEN", Other::Accepted("GL_DISABLE_HALF_FLOAT_EXTENSION_IF_BROKEN: accepted; extensions are offered as the browser offers them")),
    ("GL_WORKAROUND_SAFARI_GETCONTEXT_BUG", Other::Accepted("GL_WORKAROUND_SAFARI_GETCONTEXT_BUG: accepted; contexts are made as the browser makes them")),
    ("GL_EXPLICIT_UNIFORM_LOCATION", Other::Refused("layout(location) on uniforms is not emulated: look locations up with glGetUniformLocation")),
    ("GL_EXPLICIT_UNIFORM_BINDING", Other::Refused("layout(binding) on uniforms is not emulated: set bindings with glUniform1i and glUniformBlockBinding")),
    ("WEBGL2_BACKWARDS_COMPATIBILITY_EMULATION", Other::Refused("WebGL 1 features are not emulated on WebGL 2 contexts: ask for a WebGL 1 context (majorVersion 1) for OpenGL ES 2 code")),
    ("GL_PREINITIALIZED_CONTEXT", Other::Refused("Module.preinitializedWebGLContext is not used: make the context from C with emscripten_webgl_create_context")),
    ("USE_WEBGPU", Other::Refused("WebGPU (webgpu/webgpu.h) is not supported: draw with OpenGL ES 2/3 (WebGL)")),
    ("STB_IMAGE", Other::Refused("stb_image is not built in: compile stb_image.h into the program")),
    ("JS_MATH", Other::Accepted("JS_MATH: accepted; the math functions are libc's, compiled to WebAssembly")),
    ("POLYFILL_OLD_MATH_FUNCTIONS", Other::Accepted("POLYFILL_OLD_MATH_FUNCTIONS: accepted; the output needs an engine with WebAssembly, which has them")),
    ("POLYFILL", Other::Accepted("POLYFILL: accepted; the output includes no polyfills")),
    ("LEGACY_VM_SUPPORT", Other::Refused("the output needs a JS engine with WebAssembly and BigInt; there is no asm.js fallback")),
    ("LZ4", Other::Refused("data packages are not compressed: serve the .data file with HTTP compression (gzip, br)")),
    ("EXCEPTION_CATCHING_ALLOWED", Other::Accepted("EXCEPTION_CATCHING_ALLOWED: accepted; catch clauses work in every function (DISABLE_EXCEPTION_CATCHING=0)")),
    ("DISABLE_EXCEPTION_THROWING", Other::Accepted("DISABLE_EXCEPTION_THROWING: accepted; compile with -fno-exceptions to leave out throwing")),
    ("EXPORT_EXCEPTION_HANDLING_HELPERS", Other::Refused("getExceptionMessage and the other JS helpers for C++ exceptions are not provided: catch the exception in C++")),
    ("EXCEPTION_STACK_TRACES", Other::Accepted("EXCEPTION_STACK_TRACES: accepted; an uncaught C++ exception is reported with its type and the call chain")),
    ("WASM_EXCEPTIONS", Other::Accepted("WASM_EXCEPTIONS: accepted; C++ exceptions always use Wasm exception handling, on by default (-fno-exceptions turns them off)")),
    ("WASM_LEGACY_EXCEPTIONS", Other::Accepted("WASM_LEGACY_EXCEPTIONS: accepted; wasmcc chooses how C++ exceptions are compiled")),
    ("NODEJS_CATCH_EXIT", Other::Accepted("NODEJS_CATCH_EXIT: accepted; exit() ends a Node program with its status, no handler needed")),
    ("NODEJS_CATCH_REJECTION", Other::Accepted("NODEJS_CATCH_REJECTION: accepted; Node 15 and later fail on an unhandled rejection by themselves")),
    ("ASYNCIFY_LAZY_LOAD_CODE", Other::Refused("code is not loaded lazily: the whole module loads at start")),
    ("ASYNCIFY_EXPORTS", Other::Refused("JSPI is not supported: use -sASYNCIFY, where every export may sleep")),
    ("JSPI", Other::Refused("JSPI is not supported: use -sASYNCIFY")),
    ("JSPI_EXPORTS", Other::Refused("JSPI is not supported: use -sASYNCIFY, where every export may sleep")),
    ("JSPI_IMPORTS", Other::Refused("JSPI is not supported: use -sASYNCIFY with -sASYNCIFY_IMPORTS")),
    ("INCOMING_MODULE_JS_API", Other::Accepted("INCOMING_MODULE_JS_API: accepted; every Module property wasmcc knows is read")),
    ("CASE_INSENSITIVE_FS", Other::Refused("the in-memory file system is case-sensitive, as Linux's: open files by their exact names")),
    ("NODE_CODE_CACHING", Other::Accepted("NODE_CODE_CACHING: accepted; V8 compiles the module at each run")),
    ("EXPORT_KEEPALIVE", Other::Accepted("EXPORT_KEEPALIVE: accepted; EMSCRIPTEN_KEEPALIVE functions are always on Module")),
    ("INCLUDE_FULL_LIBRARY", Other::Accepted("INCLUDE_FULL_LIBRARY: accepted; the JS library functions the program uses are included (there is no dlopen that could need more)")),
    ("RELOCATABLE", Other::Refused("dynamic linking is not supported: link every library statically (-shared makes a relocatable object)")),
    ("LINKABLE", Other::Refused("dynamic linking is not supported: link every library statically (-shared makes a relocatable object)")),
    ("RUNTIME_LINKED_LIBS", Other::Refused("dynamic linking is not supported: link every library statically (-shared makes a relocatable object)")),
    ("AUTOLOAD_DYLIBS", Other::Accepted("AUTOLOAD_DYLIBS: accepted; there are no dynamic libraries to load (dynamic linking is not supported)")),
    ("BUILD_AS_WORKER", Other::Refused("worker libraries (emscripten_call_worker) are not supported: run the program in the page, or with -sASYNCIFY let it sleep")),
    ("PROXY_TO_WORKER", Other::Refused("running the program in a worker behind the page is not supported: it runs in the page, or with -sASYNCIFY sleeps without blocking it")),
    ("PROXY_TO_WORKER_FILENAME", Other::Refused("running the program in a worker behind the page is not supported: it runs in the page")),
    ("IGNORE_MISSING_MAIN", Other::Accepted("IGNORE_MISSING_MAIN: accepted; a program without main is built with --no-entry (or -sEXPECT_MAIN=0)")),
    ("STRICT_JS", Other::Accepted("STRICT_JS: accepted; the JS is written as it is")),
    ("SMALL_XHR_CHUNKS", Other::Accepted("SMALL_XHR_CHUNKS: accepted; synchronous XHR is not used")),
    ("HEADLESS", Other::Refused("no fake browser is provided for Node: run the page in headless Chromium with wasmrun page.html")),
    ("DETERMINISTIC", Other::Refused("Date.now, Math.random and the clocks are not replaced with fixed values: seed the program's randomness yourself")),
    ("BOOTSTRAPPING_STRUCT_INFO", Other::Accepted("BOOTSTRAPPING_STRUCT_INFO: accepted; internal to Emscripten's own build")),
    ("EMSCRIPTEN_TRACING", Other::Accepted("EMSCRIPTEN_TRACING: accepted; the emscripten_trace_* functions of emscripten/trace.h do nothing")),
    ("BINARYEN_IGNORE_IMPLICIT_TRAPS", Other::Accepted("BINARYEN_IGNORE_IMPLICIT_TRAPS: accepted; wasm-opt keeps loads that may trap")),
    ("BINARYEN_EXTRA_PASSES", Other::Refused("extra wasm-opt passes are not run: run wasm-opt on the output yourself")),
    ("DYNCALLS", Other::Refused("the dynCall_SIG functions are not made: call a function pointer from JS as Module.wasmExports.__indirect_function_table.get(ptr)(...) with -Wl,--export-table")),
    ("EMIT_PRODUCERS_SECTION", Other::Accepted("EMIT_PRODUCERS_SECTION: accepted; wasmcc decides which custom sections the module keeps")),
    ("EMIT_EMSCRIPTEN_LICENSE", Other::Accepted("EMIT_EMSCRIPTEN_LICENSE: accepted; wasmcc's JS contains no Emscripten code")),
    ("LEGALIZE_JS_FFI", Other::Accepted("LEGALIZE_JS_FFI: accepted; 64-bit integers cross into JS as BigInt")),
    ("USE_SDL_GFX", Other::Refused(NO_PORT)),
    ("USE_GIFLIB", Other::Refused(NO_PORT)),
    ("USE_REGAL", Other::Refused(NO_PORT)),
    ("USE_BULLET", Other::Refused(NO_PORT)),
    ("USE_MPG123", Other::Refused(NO_PORT)),
    ("USE_COCOS2D", Other::Refused(NO_PORT)),
    ("USE_MODPLUG", Other::Refused(NO_PORT)),
    ("USE_SQLITE3", Other::Refused(NO_PORT)),
    ("SDL2_IMAGE_FORMATS", Other::Accepted("SDL2_IMAGE_FORMATS: accepted; wasmcc has no SDL2_image port (USE_SDL_IMAGE=2 is refused)")),
    ("SHARED_MEMORY", Other::Refused("threads are not supported: the memory is never shared")),
    ("WASM_WORKERS", Other::Refused("threads are not supported: programs run on one thread")),
    ("AUDIO_WORKLET", Other::Refused("Wasm audio worklets are not supported: play sound with OpenAL or SDL2's audio")),
    ("PTHREAD_POOL_SIZE", Other::Accepted("PTHREAD_POOL_SIZE: accepted; there is no pool (pthread_create fails with EAGAIN on the one thread)")),
    ("PTHREAD_POOL_SIZE_STRICT", Other::Accepted("PTHREAD_POOL_SIZE_STRICT: accepted; pthread_create always fails with EAGAIN")),
    ("PTHREAD_POOL_DELAY_LOAD", Other::Accepted("PTHREAD_POOL_DELAY_LOAD: accepted; there is no pool to load")),
    ("DEFAULT_PTHREAD_STACK_SIZE", Other::Accepted("DEFAULT_PTHREAD_STACK_SIZE: accepted; no thread other than main starts")),
    ("PTHREADS_PROFILING", Other::Accepted("PTHREADS_PROFILING: accepted; no thread other than main starts")),
    ("ALLOW_BLOCKING_ON_MAIN_THREAD", Other::Accepted("ALLOW_BLOCKING_ON_MAIN_THREAD: accepted; a wait that could never end fails with EDEADLK instead of blocking")),
    ("EVAL_CTORS", Other::Accepted("EVAL_CTORS: accepted; constructors run at start")),
    ("EMBIND_STD_STRING_IS_UTF8", Other::Accepted("EMBIND_STD_STRING_IS_UTF8: accepted; Embind is not part of wasmcc")),
    ("EMBIND_AOT", Other::Accepted("EMBIND_AOT: accepted; Embind is not part of wasmcc")),
    ("OFFSCREENCANVAS_SUPPORT", Other::Refused("OffscreenCanvas is not supported: contexts draw to the page's canvas")),
    ("OFFSCREENCANVASES_TO_PTHREAD", Other::Accepted("OFFSCREENCANVASES_TO_PTHREAD: accepted; canvases stay on the page's thread, the only one")),
    ("OFFSCREEN_FRAMEBUFFER", Other::Refused("explicit frame swaps (emscripten_webgl_commit_frame) are not supported: a frame is shown when the callback that drew it returns")),
    ("FETCH", Other::Accepted("FETCH: accepted; emscripten_fetch is always available")),
    ("FETCH_SUPPORT_INDEXEDDB", Other::Accepted("FETCH_SUPPORT_INDEXEDDB: accepted; emscripten_fetch does not store responses in IndexedDB")),
    ("WASMFS", Other::Accepted("WASMFS: accepted; files live in wasmcc's own in-memory file system")),
    ("AUTO_NATIVE_LIBRARIES", Other::Accepted("AUTO_NATIVE_LIBRARIES: accepted; GL, EGL, OpenAL and html5 are linked as the program uses them")),
    ("MIN_FIREFOX_VERSION", Other::Accepted("MIN_FIREFOX_VERSION: accepted; the output needs WebAssembly with BigInt integration (Firefox 78 and later)")),
    ("MIN_SAFARI_VERSION", Other::Accepted("MIN_SAFARI_VERSION: accepted; the output needs WebAssembly with BigInt integration (Safari 15 and later)")),
    ("MIN_CHROME_VERSION", Other::Accepted("MIN_CHROME_VERSION: accepted; the output needs WebAssembly with BigInt integration (Chrome 85 and later)")),
    ("MIN_NODE_VERSION", Other::Accepted("MIN_NODE_VERSION: accepted; the output is tested with Node 20")),
    ("MINIMAL_RUNTIME", Other::Refused("there is one runtime, which holds only the JS the program uses: leave MINIMAL_RUNTIME out and load the output with its Module object")),
    ("MINIMAL_RUNTIME_STREAMING_WASM_COMPILATION", Other::Accepted("MINIMAL_RUNTIME_STREAMING_WASM_COMPILATION: accepted; it applies only to MINIMAL_RUNTIME, which is refused")),
    ("MINIMAL_RUNTIME_STREAMING_WASM_INSTANTIATION", Other::Accepted("MINIMAL_RUNTIME_STREAMING_WASM_INSTANTIATION: accepted; it applies only to MINIMAL_RUNTIME, which is refused")),
    ("DISABLE_DEPRECATED_FIND_EVENT_TARGET_BEHAVIOR", Other::Accepted("DISABLE_DEPRECATED_FIND_EVENT_TARGET_BEHAVIOR: accepted; html5.h targets are found as wasmcc's html5 runtime finds them")),
    ("HTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS", Other::Accepted("HTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS: accepted; requests are made when the program makes them")),
    ("MAYBE_WASM2JS", Other::Refused("asm.js/JS output is not supported; wasmcc writes WebAssembly")),
    ("ASAN_SHADOW_SIZE", Other::Accepted("ASAN_SHADOW_SIZE: accepted; no longer used by Emscripten either")),
    ("USE_OFFSET_CONVERTER", Other::Accepted("USE_OFFSET_CONVERTER: accepted; V8 prints module offsets in stack traces by itself")),
    ("LOAD_SOURCE_MAP", Other::Accepted("LOAD_SOURCE_MAP: accepted; with -g crash reports read the module's line table")),
    ("SOURCE_MAP_PREFIXES", Other::Refused("source map paths are not rewritten: compile with -fdebug-prefix-map=OLD=NEW")),
    ("DEFAULT_TO_CXX", Other::Accepted("DEFAULT_TO_CXX: accepted; libc++ is linked for C++ sources, for wasmc++ and for -lc++ or -lstdc++")),
    ("PRINTF_LONG_DOUBLE", Other::Accepted("PRINTF_LONG_DOUBLE: accepted; printf prints long double at full precision")),
    ("SEPARATE_DWARF_URL", Other::Refused("the DWARF is not split out of the module: -g keeps it in the .wasm")),
    ("ERROR_ON_WASM_CHANGES_AFTER_LINK", Other::Refused("the module is always rewritten after the link (its names and custom sections)")),
    ("ABORT_ON_WASM_EXCEPTIONS", Other::Refused("a trap in C called from JS is thrown to that JS, and later calls are not blocked")),
    ("PURE_WASI", Other::Accepted("PURE_WASI: accepted; files, clocks and the environment already go through WASI imports (-sSTANDALONE_WASM leaves out wasmcc's JS)")),
    ("SPLIT_MODULE", Other::Refused("the module is not split: it loads whole")),
    ("TRUSTED_TYPES", Other::Accepted("TRUSTED_TYPES: accepted; in a page the runtime starts no Worker and calls no importScripts")),
    ("LEGACY_RUNTIME", Other::Accepted("LEGACY_RUNTIME: accepted; name the runtime functions JS needs in EXPORTED_RUNTIME_METHODS")),
    ("SIGNATURE_CONVERSIONS", Other::Accepted("SIGNATURE_CONVERSIONS: accepted; it applies only to MEMORY64, which is refused")),
    ("SOURCE_PHASE_IMPORTS", Other::Refused("source phase imports are not supported: use -sEXPORT_ES6, whose factory loads the .wasm")),
    ("WASM_ESM_INTEGRATION", Other::Refused("Wasm ES module integration is not supported: use -sEXPORT_ES6, whose factory loads the .wasm")),
    ("JS_BASE64_API", Other::Accepted("JS_BASE64_API: accepted; -sSINGLE_FILE decodes its base64 without it")),
];

fn other(name: &str) -> Option<Other> {
    OTHERS.iter().find(|(n, _)| *n == name).map(|(_, o)| *o)
}

fn find(key: &str) -> Option<&'static Def> {
    TABLE
        .iter()
        .find(|d| d.name == key || d.aliases.contains(&key))
}

fn unknown(key: &str) -> crate::error::Error {
    let nearest = TABLE
        .iter()
        .flat_map(|d| std::iter::once(d.name).chain(d.aliases.iter().copied()))
        .map(|name| (crate::util::edit_distance(key, name), name))
        .min();
    match nearest {
        Some((d, name)) if d <= key.len().max(3) / 2 => {
            err!("unknown setting '{key}'; did you mean '{name}'? (wasmcc --help lists the settings)")
        }
        _ => err!("unknown setting '{key}' (wasmcc --help lists the settings)"),
    }
}

/// The settings part of `--help`.
pub fn help() -> String {
    let mut out = String::from("Settings (-sKEY=VALUE or -s KEY=VALUE):\n");
    for d in TABLE {
        out.push_str(&format!("  {:<22} {}\n", d.name, d.help));
        let aliases = if d.aliases.is_empty() {
            String::new()
        } else {
            format!("; also spelled {}", d.aliases.join(", "))
        };
        out.push_str(&format!(
            "  {:<22} {}; default {}{}\n",
            "", d.form, d.default, aliases
        ));
    }
    out.push_str("\nEmscripten settings with no row above:\n");
    for (name, what) in OTHERS {
        let text = match what {
            Other::Accepted(note) => note.split_once(": ").map_or(*note, |(_, n)| n).to_string(),
            Other::Refused(why) => format!("refused unless 0: {why}"),
        };
        out.push_str(&format!("  {name:<22} {text}\n"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse_and_suit_legacy_programs() {
        let s = Settings::default();
        assert_eq!(s.STACK_SIZE, Bytes(8 << 20));
        assert_eq!(s.MAXIMUM_MEMORY, Bytes(2 << 30));
        assert!(s.ALLOW_MEMORY_GROWTH && s.EXIT_RUNTIME && !s.NODERAWFS);
    }

    #[test]
    fn parses_forms_and_aliases() {
        let mut s = Settings::default();
        s.apply("TOTAL_STACK=64KB").unwrap();
        assert_eq!(s.STACK_SIZE, Bytes(65536));
        s.apply("NODERAWFS").unwrap();
        assert!(s.NODERAWFS);
        s.apply("EXPORTED_FUNCTIONS=['_main','_add']").unwrap();
        assert_eq!(s.EXPORTED_FUNCTIONS, vec!["_main", "_add"]);
        s.apply("ASYNCIFY_REMOVE=[\"draw(int, float)\",'tick']")
            .unwrap();
        assert_eq!(s.ASYNCIFY_REMOVE, vec!["draw(int, float)", "tick"]);
        s.apply("ASYNCIFY_ADD=a,b*").unwrap();
        assert_eq!(s.ASYNCIFY_ADD, vec!["a", "b*"]);
        s.apply("ENVIRONMENT=node").unwrap();
        assert!(s.ENVIRONMENT.node && !s.ENVIRONMENT.web);
        s.apply("NO_EXIT_RUNTIME=1").unwrap();
        assert!(!s.EXIT_RUNTIME);
        s.apply("NO_EXIT_RUNTIME=0").unwrap();
        assert!(s.EXIT_RUNTIME);
        s.apply("ASSERTIONS=2").unwrap();
        assert_eq!(s.ASSERTIONS, Level(2));
        s.apply("DISABLE_EXCEPTION_CATCHING=1").unwrap();
        s.apply("NO_DISABLE_EXCEPTION_CATCHING").unwrap();
        assert_eq!(s.DISABLE_EXCEPTION_CATCHING, Level(0));
        assert!(s.apply("NO_ASSERTIONS=2").is_err());
        assert!(s.apply("NO_STACK_SIZE=1").is_err());
    }

    #[test]
    fn unknown_setting_suggests_nearest() {
        let e = Settings::default().apply("STACK_SIZ=1").unwrap_err();
        assert!(e.to_string().contains("did you mean 'STACK_SIZE'"), "{e}");
        let e = Settings::default().apply("ZZZZZZZZZZZZ=1").unwrap_err();
        assert!(!e.to_string().contains("did you mean"), "{e}");
    }

    #[test]
    fn other_emscripten_settings_are_accepted_or_refused_with_a_reason() {
        let mut s = Settings::default();
        s.apply("TEXTDECODER=2").unwrap();
        s.apply("NO_FILESYSTEM=1").unwrap();
        assert_eq!(s.accepted.len(), 2);
        s.apply("USE_PTHREADS=0").unwrap();
        s.apply("NO_LEGACY_GL_EMULATION=1").unwrap();
        // Emscripten's default of a text setting, quoted, is off too.
        s.apply("PROXY_TO_WORKER_FILENAME=''").unwrap();
        let e = s.apply("USE_PTHREADS=1").unwrap_err().to_string();
        assert!(
            e.contains("-sUSE_PTHREADS=1: threads are not supported"),
            "{e}"
        );
        let e = s.apply("USE_ZLIB=1").unwrap_err().to_string();
        assert!(e.contains("no port"), "{e}");
        for (name, _) in OTHERS {
            assert!(find(name).is_none(), "{name} has a row and is in OTHERS");
        }
        assert!(help().contains("LEGACY_GL_EMULATION"));
    }

    /// Every setting named in Emscripten's settings reference
    /// (emscripten.org/docs/tools_reference/settings_reference.html).
    const DOCUMENTED: &[&str] = &[
        "ASSERTIONS",
        "STACK_OVERFLOW_CHECK",
        "CHECK_NULL_WRITES",
        "VERBOSE",
        "INVOKE_RUN",
        "EXIT_RUNTIME",
        "STACK_SIZE",
        "MALLOC",
        "ABORTING_MALLOC",
        "INITIAL_HEAP",
        "INITIAL_MEMORY",
        "MAXIMUM_MEMORY",
        "ALLOW_MEMORY_GROWTH",
        "MEMORY_GROWTH_GEOMETRIC_STEP",
        "MEMORY_GROWTH_GEOMETRIC_CAP",
        "MEMORY_GROWTH_LINEAR_STEP",
        "MEMORY64",
        "INITIAL_TABLE",
        "ALLOW_TABLE_GROWTH",
        "GLOBAL_BASE",
        "TABLE_BASE",
        "USE_CLOSURE_COMPILER",
        "CLOSURE_WARNINGS",
        "IGNORE_CLOSURE_COMPILER_ERRORS",
        "DECLARE_ASM_MODULE_EXPORTS",
        "INLINING_LIMIT",
        "SUPPORT_BIG_ENDIAN",
        "SAFE_HEAP",
        "SAFE_HEAP_LOG",
        "EMULATE_FUNCTION_POINTER_CASTS",
        "EXCEPTION_DEBUG",
        "LIBRARY_DEBUG",
        "SYSCALL_DEBUG",
        "SOCKET_DEBUG",
        "DYLINK_DEBUG",
        "FS_DEBUG",
        "SOCKET_WEBRTC",
        "WEBSOCKET_URL",
        "PROXY_POSIX_SOCKETS",
        "WEBSOCKET_SUBPROTOCOL",
        "OPENAL_DEBUG",
        "WEBSOCKET_DEBUG",
        "GL_ASSERTIONS",
        "TRACE_WEBGL_CALLS",
        "GL_DEBUG",
        "GL_TESTING",
        "GL_MAX_TEMP_BUFFER_SIZE",
        "GL_UNSAFE_OPTS",
        "FULL_ES2",
        "GL_EMULATE_GLES_VERSION_STRING_FORMAT",
        "GL_EXTENSIONS_IN_PREFIXED_FORMAT",
        "GL_SUPPORT_AUTOMATIC_ENABLE_EXTENSIONS",
        "GL_SUPPORT_SIMPLE_ENABLE_EXTENSIONS",
        "GL_TRACK_ERRORS",
        "GL_SUPPORT_EXPLICIT_SWAP_CONTROL",
        "GL_POOL_TEMP_BUFFERS",
        "GL_EXPLICIT_UNIFORM_LOCATION",
        "GL_EXPLICIT_UNIFORM_BINDING",
        "USE_WEBGL2",
        "MIN_WEBGL_VERSION",
        "MAX_WEBGL_VERSION",
        "WEBGL2_BACKWARDS_COMPATIBILITY_EMULATION",
        "FULL_ES3",
        "LEGACY_GL_EMULATION",
        "GL_FFP_ONLY",
        "GL_PREINITIALIZED_CONTEXT",
        "USE_WEBGPU",
        "STB_IMAGE",
        "GL_DISABLE_HALF_FLOAT_EXTENSION_IF_BROKEN",
        "GL_WORKAROUND_SAFARI_GETCONTEXT_BUG",
        "GL_ENABLE_GET_PROC_ADDRESS",
        "JS_MATH",
        "POLYFILL_OLD_MATH_FUNCTIONS",
        "LEGACY_VM_SUPPORT",
        "ENVIRONMENT",
        "LZ4",
        "DISABLE_EXCEPTION_CATCHING",
        "EXCEPTION_CATCHING_ALLOWED",
        "DISABLE_EXCEPTION_THROWING",
        "EXPORT_EXCEPTION_HANDLING_HELPERS",
        "EXCEPTION_STACK_TRACES",
        "WASM_LEGACY_EXCEPTIONS",
        "WASM_EXCEPTIONS",
        "NODEJS_CATCH_EXIT",
        "NODEJS_CATCH_REJECTION",
        "ASYNCIFY",
        "ASYNCIFY_IMPORTS",
        "ASYNCIFY_IGNORE_INDIRECT",
        "ASYNCIFY_STACK_SIZE",
        "ASYNCIFY_REMOVE",
        "ASYNCIFY_ADD",
        "ASYNCIFY_PROPAGATE_ADD",
        "ASYNCIFY_ONLY",
        "ASYNCIFY_ADVISE",
        "ASYNCIFY_LAZY_LOAD_CODE",
        "ASYNCIFY_DEBUG",
        "ASYNCIFY_EXPORTS",
        "JSPI",
        "JSPI_EXPORTS",
        "JSPI_IMPORTS",
        "EXPORTED_RUNTIME_METHODS",
        "INCOMING_MODULE_JS_API",
        "CASE_INSENSITIVE_FS",
        "FILESYSTEM",
        "FORCE_FILESYSTEM",
        "NODERAWFS",
        "NODE_CODE_CACHING",
        "EXPORTED_FUNCTIONS",
        "EXPORT_ALL",
        "EXPORT_KEEPALIVE",
        "RETAIN_COMPILER_SETTINGS",
        "DEFAULT_LIBRARY_FUNCS_TO_INCLUDE",
        "INCLUDE_FULL_LIBRARY",
        "RELOCATABLE",
        "MAIN_MODULE",
        "SIDE_MODULE",
        "RUNTIME_LINKED_LIBS",
        "BUILD_AS_WORKER",
        "PROXY_TO_WORKER",
        "PROXY_TO_WORKER_FILENAME",
        "PROXY_TO_PTHREAD",
        "LINKABLE",
        "STRICT",
        "IGNORE_MISSING_MAIN",
        "STRICT_JS",
        "WARN_ON_UNDEFINED_SYMBOLS",
        "ERROR_ON_UNDEFINED_SYMBOLS",
        "SMALL_XHR_CHUNKS",
        "HEADLESS",
        "DETERMINISTIC",
        "MODULARIZE",
        "EXPORT_ES6",
        "EXPORT_NAME",
        "DYNAMIC_EXECUTION",
        "BOOTSTRAPPING_STRUCT_INFO",
        "EMSCRIPTEN_TRACING",
        "USE_GLFW",
        "WASM",
        "STANDALONE_WASM",
        "BINARYEN_IGNORE_IMPLICIT_TRAPS",
        "BINARYEN_EXTRA_PASSES",
        "WASM_ASYNC_COMPILATION",
        "DYNCALLS",
        "WASM_BIGINT",
        "EMIT_PRODUCERS_SECTION",
        "EMIT_EMSCRIPTEN_LICENSE",
        "LEGALIZE_JS_FFI",
        "USE_SDL",
        "USE_SDL_GFX",
        "USE_SDL_IMAGE",
        "USE_SDL_TTF",
        "USE_SDL_NET",
        "USE_ICU",
        "USE_ZLIB",
        "USE_BZIP2",
        "USE_GIFLIB",
        "USE_LIBJPEG",
        "USE_LIBPNG",
        "USE_REGAL",
        "USE_BOOST_HEADERS",
        "USE_BULLET",
        "USE_VORBIS",
        "USE_OGG",
        "USE_MPG123",
        "USE_FREETYPE",
        "USE_SDL_MIXER",
        "USE_HARFBUZZ",
        "USE_COCOS2D",
        "USE_MODPLUG",
        "SDL2_IMAGE_FORMATS",
        "SDL2_MIXER_FORMATS",
        "USE_SQLITE3",
        "SHARED_MEMORY",
        "WASM_WORKERS",
        "AUDIO_WORKLET",
        "WEBAUDIO_DEBUG",
        "PTHREAD_POOL_SIZE",
        "PTHREAD_POOL_SIZE_STRICT",
        "PTHREAD_POOL_DELAY_LOAD",
        "DEFAULT_PTHREAD_STACK_SIZE",
        "PTHREADS_PROFILING",
        "ALLOW_BLOCKING_ON_MAIN_THREAD",
        "PTHREADS_DEBUG",
        "EVAL_CTORS",
        "TEXTDECODER",
        "EMBIND_STD_STRING_IS_UTF8",
        "EMBIND_AOT",
        "OFFSCREENCANVAS_SUPPORT",
        "OFFSCREENCANVASES_TO_PTHREAD",
        "OFFSCREEN_FRAMEBUFFER",
        "FETCH_SUPPORT_INDEXEDDB",
        "FETCH_DEBUG",
        "FETCH",
        "WASMFS",
        "SINGLE_FILE",
        "AUTO_JS_LIBRARIES",
        "AUTO_NATIVE_LIBRARIES",
        "MIN_FIREFOX_VERSION",
        "MIN_SAFARI_VERSION",
        "MIN_CHROME_VERSION",
        "MIN_NODE_VERSION",
        "MINIMAL_RUNTIME",
        "MINIMAL_RUNTIME_STREAMING_WASM_COMPILATION",
        "MINIMAL_RUNTIME_STREAMING_WASM_INSTANTIATION",
        "SUPPORT_LONGJMP",
        "DISABLE_DEPRECATED_FIND_EVENT_TARGET_BEHAVIOR",
        "HTML5_SUPPORT_DEFERRING_USER_SENSITIVE_REQUESTS",
        "MINIFY_HTML",
        "MAYBE_WASM2JS",
        "ASAN_SHADOW_SIZE",
        "USE_OFFSET_CONVERTER",
        "LOAD_SOURCE_MAP",
        "SOURCE_MAP_PREFIXES",
        "DEFAULT_TO_CXX",
        "PRINTF_LONG_DOUBLE",
        "SEPARATE_DWARF_URL",
        "ERROR_ON_WASM_CHANGES_AFTER_LINK",
        "ABORT_ON_WASM_EXCEPTIONS",
        "PURE_WASI",
        "IMPORTED_MEMORY",
        "SPLIT_MODULE",
        "AUTOLOAD_DYLIBS",
        "ALLOW_UNIMPLEMENTED_SYSCALLS",
        "TRUSTED_TYPES",
        "POLYFILL",
        "RUNTIME_DEBUG",
        "LEGACY_RUNTIME",
        "SIGNATURE_CONVERSIONS",
        "SOURCE_PHASE_IMPORTS",
        "WASM_ESM_INTEGRATION",
        "JS_BASE64_API",
    ];

    #[test]
    fn every_documented_setting_is_accounted_for() {
        for name in DOCUMENTED {
            assert!(
                find(name).is_some() || other(name).is_some(),
                "{name}: neither a row nor in OTHERS"
            );
            // Whatever the value, the answer is never "unknown": a value is
            // taken, a note kept, or a reason given.
            for value in ["0", "1", "2", "web", "['x']"] {
                if let Err(e) = Settings::default().apply(&format!("{name}={value}")) {
                    let e = e.to_string();
                    assert!(!e.contains("unknown setting"), "{name}={value}: {e}");
                }
            }
            if let Some(Other::Refused(why)) = other(name) {
                let e = Settings::default().apply(&format!("{name}=1")).unwrap_err();
                assert!(e.to_string().contains(why), "{name}: {e}");
            }
        }
        // The documented default environments include "webview".
        let mut s = Settings::default();
        s.apply("ENVIRONMENT=web,webview,worker,node").unwrap();
        assert!(s.ENVIRONMENT.web && s.ENVIRONMENT.node);
        let e = s.apply("ENVIRONMENT=shell").unwrap_err().to_string();
        assert!(e.contains("not supported"), "{e}");
        // An accepted setting's note is kept for -v.
        s.apply("VERBOSE=1").unwrap();
        assert!(s.accepted.iter().any(|n| n.starts_with("VERBOSE: ")));
    }

    #[test]
    fn bad_values_are_errors() {
        assert!(Settings::default().apply("STACK_SIZE=lots").is_err());
        assert!(Settings::default().apply("EXIT_RUNTIME=2").is_err());
        assert!(Settings::default().apply("ENVIRONMENT=mars").is_err());
        assert!(Settings::default().apply("EXPORTED_FUNCTIONS=[").is_err());
        assert!(Settings::default()
            .apply("EXPORTED_FUNCTIONS=['_main'")
            .is_err());
        assert!(Settings::default()
            .apply("EXPORTED_FUNCTIONS=_a,'_b")
            .is_err());
    }
}
