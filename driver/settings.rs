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
                other => {
                    return Err(format!(
                        "unknown environment '{other}' (known: web, worker, node)"
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
        }

        impl Default for Settings {
            fn default() -> Self {
                Settings {
                    $($name: <$ty as Value>::parse($default)
                        .unwrap_or_else(|e| panic!("default of {}: {e}", stringify!($name))),)*
                    accepted: Vec::new(),
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
    /// In Node, compile with V8's optimising tier from the start (wasmcc's own
    /// setting). V8 otherwise runs a function in its baseline tier until it is
    /// called again, so a loop entered once, like an interpreter's, stays slow.
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
    /// Cheap runtime checks: a runtime method that was not exported names
    /// the setting that exports it, and a C function called from JS before
    /// the runtime is ready or after it exited says so (0 leaves them out).
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
        // The legacy spelling NO_X=1 of a 0|1 setting X means X=0.
        if let Some(def) = key
            .strip_prefix("NO_")
            .and_then(find)
            .filter(|d| find(key).is_none() && d.form == <bool as Value>::FORM)
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
            _ => (key, matches!(value.trim(), "0" | "false" | "" | "[]")),
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
    ("ALLOW_TABLE_GROWTH", Other::Accepted("ALLOW_TABLE_GROWTH: accepted; the table is not grown from JS (wasmcc has no addFunction)")),
    ("MIN_WEBGL_VERSION", Other::Accepted("MIN_WEBGL_VERSION: accepted; MAX_WEBGL_VERSION decides which WebGL contexts may be made")),
    ("DEFAULT_LIBRARY_FUNCS_TO_INCLUDE", Other::Accepted("DEFAULT_LIBRARY_FUNCS_TO_INCLUDE: accepted; JS library functions are included when the program uses them")),
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
        s.apply("ALLOW_TABLE_GROWTH=1").unwrap();
        s.apply("NO_FILESYSTEM=1").unwrap();
        assert_eq!(s.accepted.len(), 2);
        s.apply("USE_PTHREADS=0").unwrap();
        s.apply("NO_LEGACY_GL_EMULATION=1").unwrap();
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
