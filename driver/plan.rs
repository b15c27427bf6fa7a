//! From what the flags said to what the run will do. `cli::parse` only
//! records the flags in `Options`; `resolve` turns them into a `Plan`: the
//! sources, the link inputs in order, the outputs as a typed value, the
//! effective settings, and the glue's inputs loaded and checked. Every check
//! that needs no tool is made here, so a typo fails in milliseconds, before
//! clang has compiled anything, and a bad command line never touches a file.

use crate::buildsys;
use crate::cli::{Input, Lang, Mode, Options};
use crate::err;
use crate::error::Result;
use crate::glue::{self, library::Library, Shape};
use crate::page;
use std::path::{Path, PathBuf};

/// What the command asks for.
pub enum Plan {
    /// `-c`, `-S` or `-E`: one output per source, as gcc does.
    Compile(Vec<CompileJob>),
    /// A program: compile, link, and write the outputs.
    Build(Box<Build>),
}

/// One source of `-c`, `-S` or `-E`, and where its output goes (`None`:
/// stdout, for `-E`).
pub struct CompileJob {
    pub src: PathBuf,
    pub lang: Lang,
    pub out: Option<PathBuf>,
}

/// One program.
pub struct Build {
    /// The flags, with the settings the outputs imply applied (a host
    /// command uses the host's files; a page has no Node code).
    pub opts: Options,
    /// Sources to compile into objects, in command-line order.
    pub sources: Vec<(PathBuf, Lang)>,
    /// What wasm-ld gets, in command-line order.
    pub link: Vec<LinkInput>,
    pub outputs: Outputs,
    /// `--preload-file` and `--embed-file`, resolved to host files.
    pub data: Option<crate::datafiles::Resolved>,
    /// The JS runtime's inputs; `None` for a standalone `.wasm`.
    pub glue: Option<GlueInputs>,
    /// `-gsource-map`: the map, beside the module.
    pub source_map: Option<PathBuf>,
}

/// One input of the link.
pub enum LinkInput {
    /// The object compiled from `sources[i]`.
    Compiled(usize),
    /// A `.o` or `.a` from the command line.
    Object(PathBuf),
    /// `-lNAME`.
    Lib(String),
}

/// The files a build writes, from `-o`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outputs {
    /// JS (a classic script or an ES module) and its module beside it, or
    /// with `-sSINGLE_FILE` the module inside the JS.
    Js {
        js: PathBuf,
        wasm: PathBuf,
        /// The `--preload-file` package, when there is one to write.
        data: Option<PathBuf>,
        shape: Shape,
        /// `-o prog`: a script to run as `./prog`, as a native build is.
        executable: bool,
        single_file: bool,
    },
    /// A page with its script and module beside it, or with `-sSINGLE_FILE`
    /// everything inside the page.
    Html {
        html: PathBuf,
        js: PathBuf,
        wasm: PathBuf,
        data: Option<PathBuf>,
        single_file: bool,
    },
    /// A standalone WASI command module.
    Wasm { wasm: PathBuf },
    /// `-shared`: the inputs linked into one relocatable object, which
    /// links into a program later, as emcc makes it.
    Relocatable { obj: PathBuf },
}

impl Outputs {
    /// The module's file name (the name section carries it into traces).
    pub fn wasm(&self) -> &Path {
        match self {
            Outputs::Js { wasm, .. } | Outputs::Html { wasm, .. } | Outputs::Wasm { wasm } => wasm,
            Outputs::Relocatable { obj } => obj,
        }
    }

    /// The `--preload-file` package's file.
    pub fn data(&self) -> Option<&Path> {
        match self {
            Outputs::Js { data, .. } | Outputs::Html { data, .. } => data.as_deref(),
            Outputs::Wasm { .. } | Outputs::Relocatable { .. } => None,
        }
    }

    /// The files the build writes, the one `-o` named first.
    pub fn written(&self) -> Vec<&Path> {
        let mut files = self.code();
        files.extend(self.data());
        files
    }

    /// The files of code (and page) the build writes.
    fn code(&self) -> Vec<&Path> {
        match self {
            Outputs::Js {
                js,
                single_file: true,
                ..
            } => vec![js],
            Outputs::Js { js, wasm, .. } => vec![js, wasm],
            Outputs::Html {
                html,
                single_file: true,
                ..
            } => vec![html],
            Outputs::Html { html, js, wasm, .. } => vec![html, js, wasm],
            Outputs::Wasm { wasm } => vec![wasm],
            Outputs::Relocatable { obj } => vec![obj],
        }
    }
}

/// What the JS runtime is made from besides the module.
pub struct GlueInputs {
    pub library: Library,
    pub pre_js: String,
    pub post_js: String,
    /// The page around the script, for `.html` outputs.
    pub shell: Option<page::Shell>,
}

/// Resolves the options of a build into a plan, or says what is wrong.
pub fn resolve(opts: &Options) -> Result<Plan> {
    if opts.inputs.is_empty() {
        return Err(err!("no input files (wasmcc --help shows how to use it)"));
    }
    // clang would ignore an empty `-o ""` and write a.out.js or x.o instead.
    if opts
        .output
        .as_ref()
        .is_some_and(|o| o.as_os_str().is_empty())
    {
        return Err(err!("-o needs a file name, not an empty one"));
    }
    check_settings(opts)?;
    crate::ports::check(opts)?;
    let plan = match opts.mode {
        Mode::Link => Plan::Build(Box::new(resolve_build(opts)?)),
        Mode::CompileOnly | Mode::Assemble | Mode::Preprocess => {
            Plan::Compile(resolve_compile(opts)?)
        }
    };
    check_inputs(opts)?;
    let written: Vec<&Path> = match &plan {
        Plan::Compile(jobs) => jobs.iter().filter_map(|j| j.out.as_deref()).collect(),
        Plan::Build(build) => build.outputs.written(),
    };
    check_outputs(opts, &written)?;
    Ok(plan)
}

fn sources(opts: &Options) -> impl Iterator<Item = (&PathBuf, Lang)> {
    opts.inputs.iter().filter_map(|i| match i {
        Input::Source(src, lang) => Some((src, *lang)),
        _ => None,
    })
}

fn resolve_compile(opts: &Options) -> Result<Vec<CompileJob>> {
    let srcs: Vec<_> = sources(opts).collect();
    if srcs.is_empty() {
        return Err(err!(
            "no source files to compile (object files and libraries are only linked)"
        ));
    }
    if opts.output.is_some() && srcs.len() > 1 {
        return Err(err!(
            "-o with -c, -S or -E needs a single source file, not {}",
            srcs.len()
        ));
    }
    let ext = if opts.mode == Mode::Assemble {
        "s"
    } else {
        "o"
    };
    Ok(srcs
        .into_iter()
        .map(|(src, lang)| CompileJob {
            src: src.clone(),
            lang,
            out: match (&opts.output, opts.mode) {
                (Some(o), _) => Some(o.clone()),
                (None, Mode::Preprocess) => None,
                (None, _) => Some(crate::compile::default_output(src, ext)),
            },
        })
        .collect())
}

fn resolve_build(opts: &Options) -> Result<Build> {
    let output = opts.output.clone().unwrap_or_else(buildsys::default_output);
    let mut opts = opts.clone();
    if buildsys::is_host_command(&output) {
        opts.settings.NODERAWFS = true;
    }
    imply_settings(&mut opts);
    let mut outputs = if opts.shared {
        eprintln!(
            "wasmcc: warning: -shared links a relocatable object, as emcc does: \
             the web has no shared libraries, and the object links into a program like a .o"
        );
        Outputs::Relocatable {
            obj: opts
                .output
                .clone()
                .unwrap_or_else(|| PathBuf::from("a.out.so")),
        }
    } else {
        outputs_for(&output, opts.settings.SINGLE_FILE)?
    };
    let has_runtime = !matches!(outputs, Outputs::Wasm { .. } | Outputs::Relocatable { .. });
    let data = crate::datafiles::resolve(&opts, has_runtime)?;
    if crate::datafiles::writes_package(&opts) {
        match &mut outputs {
            Outputs::Js { js, data, .. } | Outputs::Html { js, data, .. } => {
                *data = Some(crate::datafiles::package_path(js)?);
            }
            Outputs::Wasm { .. } | Outputs::Relocatable { .. } => {}
        }
    }
    let is_page = matches!(outputs, Outputs::Html { .. });
    if opts.shell_file.is_some() && !is_page {
        eprintln!("wasmcc: warning: --shell-file is used only when -o names a .html page");
    }
    if is_page {
        // A page runs in a browser: its script leaves out the code for Node.
        let env = &mut opts.settings.ENVIRONMENT;
        if !(env.web || env.worker) {
            return Err(err!(
                "a .html page runs in a browser, but -sENVIRONMENT names neither web nor worker"
            ));
        }
        env.node = false;
    }
    let glue = match outputs {
        Outputs::Relocatable { .. } => None,
        Outputs::Wasm { .. } => {
            if opts.settings.ASYNCIFY {
                return Err(err!(
                    "-sASYNCIFY needs wasmcc's JS runtime: write a .js, .mjs or .html output"
                ));
            }
            if !crate::ports::requested(&opts).is_empty() {
                return Err(err!(
                    "SDL2 (-sUSE_SDL=2) needs wasmcc's JS runtime: write a .js, .mjs or .html output"
                ));
            }
            None
        }
        _ => Some(GlueInputs {
            library: glue::load_library(&opts)?,
            pre_js: read_all(&opts.pre_js, "--pre-js")?,
            post_js: read_all(&opts.post_js, "--post-js")?,
            shell: if is_page {
                Some(page::Shell::load(opts.shell_file.as_deref())?)
            } else {
                None
            },
        }),
    };
    let mut srcs = Vec::new();
    let mut link = Vec::new();
    for input in &opts.inputs {
        link.push(match input {
            Input::Source(src, lang) => {
                srcs.push((src.clone(), *lang));
                LinkInput::Compiled(srcs.len() - 1)
            }
            Input::Object(path) => LinkInput::Object(path.clone()),
            Input::Lib(name) => {
                crate::link::check_library(name, &opts.lib_dirs)?;
                LinkInput::Lib(name.clone())
            }
        });
    }
    let source_map = match &outputs {
        Outputs::Relocatable { .. } => None,
        o if opts.reports.source_map => {
            let mut map = o.wasm().as_os_str().to_owned();
            map.push(".map");
            Some(PathBuf::from(map))
        }
        _ => None,
    };
    Ok(Build {
        source_map,
        opts,
        sources: srcs,
        link,
        outputs,
        data,
        glue,
    })
}

/// The outputs `-o` asks for, from its extension, as emcc reads it.
pub fn outputs_for(output: &Path, single_file: bool) -> Result<Outputs> {
    let name = output
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| err!("-o {}: not a usable output file name", output.display()))?;
    if name.is_empty() || output.as_os_str().to_string_lossy().ends_with('/') {
        return Err(err!("-o {}: names a folder, not a file", output.display()));
    }
    let ext = output.extension().and_then(|e| e.to_str());
    // `prog.js` -> `prog.wasm`, and `prog` -> `prog.wasm`.
    let wasm_beside = |path: &Path| match path.extension().and_then(|e| e.to_str()) {
        Some("js" | "mjs") => path.with_extension("wasm"),
        _ => PathBuf::from(format!("{}.wasm", path.display())),
    };
    Ok(match ext {
        Some("mjs") => Outputs::Js {
            js: output.to_path_buf(),
            wasm: wasm_beside(output),
            data: None,
            shape: Shape::EsModule,
            executable: false,
            single_file,
        },
        Some("wasm") => Outputs::Wasm {
            wasm: output.to_path_buf(),
        },
        Some("html" | "htm") => Outputs::Html {
            html: output.to_path_buf(),
            js: output.with_extension("js"),
            wasm: output.with_extension("wasm"),
            data: None,
            single_file,
        },
        Some("o" | "obj") => {
            return Err(err!(
                "{}: to write an object file, add -c",
                output.display()
            ))
        }
        // .js, and names without an extension, as emcc does.
        _ => Outputs::Js {
            js: output.to_path_buf(),
            wasm: wasm_beside(output),
            data: None,
            shape: Shape::Script,
            executable: ext.is_none(),
            single_file,
        },
    })
}

/// The contents of the `--pre-js` or `--post-js` files, in order.
fn read_all(files: &[PathBuf], flag: &str) -> Result<String> {
    let mut out = String::new();
    for path in files {
        let text = std::fs::read_to_string(path)
            .map_err(|e| err!("{flag} {}: {}", path.display(), crate::error::plain(&e)))?;
        out.push_str(text.trim_end());
        out.push('\n');
    }
    Ok(out)
}

/// Sources and objects exist before any tool runs. (Any file that exists
/// will do: configure scripts compile /dev/null; `-` is stdin.)
fn check_inputs(opts: &Options) -> Result<()> {
    for input in &opts.inputs {
        let (path, what) = match input {
            Input::Source(p, _) if p.as_os_str() != "-" => (p, "a source"),
            Input::Object(p) => (p, "an object or library"),
            _ => continue,
        };
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => {
                return Err(err!("{}: is a folder, not {what} file", path.display()))
            }
            Ok(_) => {}
            Err(_) => return Err(err!("{}: no such file", path.display())),
        }
    }
    Ok(())
}

/// Every file the build reads, for the check that no output is one of them.
fn read_files(opts: &Options) -> Vec<(&Path, &'static str)> {
    let mut files: Vec<(&Path, &'static str)> = Vec::new();
    for input in &opts.inputs {
        match input {
            Input::Source(p, _) | Input::Object(p) => files.push((p, "input")),
            Input::Lib(_) => {}
        }
    }
    files.extend(opts.pre_js.iter().map(|p| (p.as_path(), "--pre-js")));
    files.extend(opts.post_js.iter().map(|p| (p.as_path(), "--post-js")));
    files.extend(
        opts.js_libraries
            .iter()
            .map(|p| (p.as_path(), "--js-library")),
    );
    files.extend(
        opts.shell_file
            .iter()
            .map(|p| (p.as_path(), "--shell-file")),
    );
    files
}

/// No output is an input (the same file under any spelling or link, as
/// gcc refuses), and none is a folder. A device or FIFO is allowed: it is
/// written through, never replaced (see output.rs).
fn check_outputs(opts: &Options, written: &[&Path]) -> Result<()> {
    let inputs = read_files(opts);
    for out in written {
        let Ok(meta) = std::fs::metadata(out) else {
            if let Some(dir) = out.parent().filter(|d| !d.as_os_str().is_empty()) {
                if !dir.is_dir() {
                    let why = if dir.exists() {
                        format!("{} is not a folder", dir.display())
                    } else {
                        format!("the folder {} does not exist", dir.display())
                    };
                    return Err(err!("cannot write {}: {why}", out.display()));
                }
            }
            continue;
        };
        if meta.is_dir() {
            return Err(err!("cannot write {}: it is a folder", out.display()));
        }
        for (input, what) in &inputs {
            if same_file(&meta, input) {
                return Err(err!(
                    "{what} file '{}' is the same as output file '{}'; nothing was written",
                    input.display(),
                    out.display()
                ));
            }
        }
    }
    Ok(())
}

/// Whether `path` is the file `meta` describes (same device and inode:
/// hard links, symbolic links and other spellings included).
fn same_file(meta: &std::fs::Metadata, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    // Devices such as /dev/null may be read and written by one command.
    if !meta.is_file() {
        return false;
    }
    std::fs::metadata(path).is_ok_and(|m| m.dev() == meta.dev() && m.ino() == meta.ino())
}

/// The limits of each numeric setting, and the conflicts between them,
/// each named with its value.
fn check_settings(opts: &Options) -> Result<()> {
    if opts.verbose {
        for note in &opts.settings.accepted {
            eprintln!("wasmcc: note: -s{note}");
        }
    }
    const KIB: u64 = 1024;
    const PAGE: u64 = 64 * KIB;
    const GIB4: u64 = 4 << 30;
    let s = &opts.settings;
    if !s.WASM {
        return Err(err!(
            "-sWASM=0: asm.js output is not supported; wasmcc writes WebAssembly, which every current browser and Node run (leave out -sWASM, or use -sWASM=1)"
        ));
    }
    let stack = s.STACK_SIZE.0;
    let initial = s.INITIAL_MEMORY.0;
    let max = s.MAXIMUM_MEMORY.0;
    if max == 0 {
        return Err(err!(
            "-sMAXIMUM_MEMORY=0: the maximum must be at least 64KB (and at most 4GB); \
             for no growth at all use -sALLOW_MEMORY_GROWTH=0"
        ));
    }
    for (name, value) in [("INITIAL_MEMORY", initial), ("MAXIMUM_MEMORY", max)] {
        if value > GIB4 {
            return Err(err!("-s{name}={value} is more than wasm32's 4 GiB (4GB)"));
        }
        if !value.is_multiple_of(PAGE) {
            return Err(err!(
                "-s{name}={value} is not a multiple of the 64 KiB page size (65536)"
            ));
        }
    }
    if stack < 64 * KIB {
        return Err(err!(
            "-sSTACK_SIZE={stack} is too small: the stack must be at least 64KB"
        ));
    }
    // Room for the data and the heap beside the stack.
    let limit = if s.ALLOW_MEMORY_GROWTH || initial == 0 {
        ("MAXIMUM_MEMORY", max)
    } else {
        ("INITIAL_MEMORY", initial)
    };
    if stack > limit.1 / 2 {
        return Err(err!(
            "-sSTACK_SIZE={stack} leaves too little of -s{}={} for data and heap: \
             the stack may take at most half of it",
            limit.0,
            limit.1
        ));
    }
    // After the bounds: a huge value is reported as too big, not as odd.
    if !stack.is_multiple_of(16) {
        return Err(err!("-sSTACK_SIZE={stack} must be a multiple of 16"));
    }
    if initial > 0 && s.ALLOW_MEMORY_GROWTH && initial > max {
        return Err(err!(
            "-sINITIAL_MEMORY={initial} is more than -sMAXIMUM_MEMORY={max}"
        ));
    }
    if s.ASYNCIFY_STACK_SIZE.0 == 0 || s.ASYNCIFY_STACK_SIZE.0 > max / 2 {
        return Err(err!(
            "-sASYNCIFY_STACK_SIZE={} must be more than 0 and at most half of -sMAXIMUM_MEMORY={max}",
            s.ASYNCIFY_STACK_SIZE.0
        ));
    }
    check_export_name(&s.EXPORT_NAME)?;
    crate::asyncify::check_settings(opts)?;
    Ok(())
}

/// Settings that are other settings under an older name, what a linker flag
/// says of the entry point, and the defaults that depend on the optimisation
/// level, applied to the settings the build uses.
fn imply_settings(opts: &mut Options) {
    let s = &mut opts.settings;
    // emcc's documented default: runtime assertions in unoptimised builds only.
    if opts.opt.optimizes() && !s.given.contains(&"ASSERTIONS") {
        s.ASSERTIONS = crate::settings::Level(0);
    }
    if s.USE_WEBGL2 {
        s.MAX_WEBGL_VERSION = crate::settings::WebglVersion(2);
    }
    if s.FULL_ES3 {
        s.FULL_ES2 = true;
        s.MAX_WEBGL_VERSION = crate::settings::WebglVersion(2);
    }
    // `-Wl,--no-entry` says what --no-entry says; wasm-ld gets it once, from link.rs.
    if opts.link_args.iter().any(|a| a == "--no-entry") {
        s.EXPECT_MAIN = false;
        opts.link_args.retain(|a| a != "--no-entry");
    }
    if !s.WASM_BIGINT {
        eprintln!(
            "wasmcc: warning: -sWASM_BIGINT=0: 64-bit integers still cross into JS as BigInt \
             (wasmcc does not split them into two numbers)"
        );
    }
}

/// Words JavaScript reserves, which cannot name the Module object or factory.
const RESERVED: &[&str] = &[
    "arguments",
    "await",
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "eval",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "implements",
    "import",
    "in",
    "instanceof",
    "interface",
    "let",
    "new",
    "null",
    "package",
    "private",
    "protected",
    "public",
    "return",
    "static",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "undefined",
    "var",
    "void",
    "while",
    "with",
    "yield",
    "NaN",
    "Infinity",
];

/// `EXPORT_NAME` becomes a `var` (or `const`) in the emitted JS.
fn check_export_name(name: &str) -> Result<()> {
    let is_identifier = !name.is_empty()
        && !name.starts_with(|c: char| c.is_ascii_digit())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$');
    if !is_identifier {
        return Err(err!(
            "-sEXPORT_NAME={name}: the name must be a JavaScript identifier (letters, digits, _ and $, not starting with a digit)"
        ));
    }
    if RESERVED.contains(&name) {
        return Err(err!(
            "-sEXPORT_NAME={name}: '{name}' is a reserved word in JavaScript; choose another name"
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts(args: &[&str]) -> Options {
        crate::cli::parse("wasmcc", args.iter().map(|s| s.to_string()).collect()).unwrap()
    }

    fn error(args: &[&str]) -> String {
        match resolve(&opts(args)) {
            Ok(_) => panic!("{args:?} resolved"),
            Err(e) => e.to_string(),
        }
    }

    #[test]
    fn assertions_follow_the_level_unless_given() {
        // emcc's default: on at -O0, off from -O1; a value given wins.
        for (args, level) in [
            (&["x.c"][..], 1),
            (&["x.c", "-O1"], 0),
            (&["x.c", "-O2"], 0),
            (&["x.c", "-Oz"], 0),
            (&["x.c", "-O2", "-sASSERTIONS"], 1),
            (&["x.c", "-O3", "-sASSERTIONS=2"], 2),
            (&["x.c", "-O0", "-sASSERTIONS=0"], 0),
            (&["x.c", "-O2", "-sNO_ASSERTIONS=0"], 1),
        ] {
            let mut o = opts(args);
            imply_settings(&mut o);
            assert_eq!(o.settings.ASSERTIONS.0, level, "{args:?}");
        }
    }

    #[test]
    fn outputs_follow_the_extension() {
        let js = outputs_for(Path::new("out/p.js"), false).unwrap();
        assert_eq!(
            js.written(),
            [Path::new("out/p.js"), Path::new("out/p.wasm")]
        );
        let page = outputs_for(Path::new("p.html"), false).unwrap();
        assert_eq!(
            page.written(),
            [Path::new("p.html"), Path::new("p.js"), Path::new("p.wasm")]
        );
        let single = outputs_for(Path::new("p.html"), true).unwrap();
        assert_eq!(single.written(), [Path::new("p.html")]);
        assert_eq!(single.wasm(), Path::new("p.wasm"));
        let cmd = outputs_for(Path::new("prog"), false).unwrap();
        assert!(matches!(
            cmd,
            Outputs::Js {
                executable: true,
                ..
            }
        ));
        assert_eq!(cmd.wasm(), Path::new("prog.wasm"));
        assert!(matches!(
            outputs_for(Path::new("m.mjs"), false).unwrap(),
            Outputs::Js {
                shape: Shape::EsModule,
                ..
            }
        ));
        assert!(outputs_for(Path::new("x.o"), false).is_err());
        assert!(outputs_for(Path::new("dir/"), false).is_err());
    }

    #[test]
    fn settings_have_ranges_and_conflicts_name_both() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("a.c");
        std::fs::write(&src, "int main(void){return 0;}").unwrap();
        let a = src.to_str().unwrap();
        let e = error(&[a, "-sSTACK_SIZE=100"]);
        assert!(e.contains("at least 64KB"), "{e}");
        let e = error(&[a, "-sMAXIMUM_MEMORY=0"]);
        assert!(e.contains("-sMAXIMUM_MEMORY=0"), "{e}");
        let e = error(&[a, "-sMAXIMUM_MEMORY=100000"]);
        assert!(e.contains("64 KiB page"), "{e}");
        let e = error(&[a, "-sMAXIMUM_MEMORY=8GB"]);
        assert!(e.contains("4 GiB"), "{e}");
        let e = error(&[a, "-sINITIAL_MEMORY=64MB", "-sMAXIMUM_MEMORY=32MB"]);
        assert!(
            e.contains("-sINITIAL_MEMORY=67108864") && e.contains("-sMAXIMUM_MEMORY=33554432"),
            "{e}"
        );
        let e = error(&[a, "-sSTACK_SIZE=16MB", "-sMAXIMUM_MEMORY=16MB"]);
        assert!(
            e.contains("-sSTACK_SIZE=16777216") && e.contains("MAXIMUM_MEMORY"),
            "{e}"
        );
        let e = error(&[a, "-sEXPORT_NAME=1bad"]);
        assert!(e.contains("JavaScript identifier"), "{e}");
        let e = error(&[a, "-sEXPORT_NAME=class"]);
        assert!(e.contains("reserved word"), "{e}");
        let e = error(&[a, "-sASYNCIFY", "-o", "a.wasm"]);
        assert!(e.contains("-sASYNCIFY needs"), "{e}");
        let e = error(&[a, "-sEXPORTED_RUNTIME_METHODS=FS_nope"]);
        assert!(e.contains("EXPORTED_RUNTIME_METHODS"), "{e}");
        let e = error(&[a, "--pre-js", "/no/such/pre.js"]);
        assert!(e.contains("--pre-js /no/such/pre.js"), "{e}");
        let e = error(&[a, "--js-library", "/no/such/lib.js"]);
        assert!(e.contains("/no/such/lib.js"), "{e}");
        assert!(resolve(&opts(&[a, "-sSTACK_SIZE=64KB", "-o", "x.js"])).is_ok());
    }

    #[test]
    fn an_output_is_never_an_input() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("a.c");
        std::fs::write(&src, "int main(void){return 0;}").unwrap();
        let a = src.to_str().unwrap();
        let e = error(&[a, "-o", a]);
        assert!(e.contains("is the same as output file"), "{e}");
        let e = error(&["-c", a, "-o", a]);
        assert!(e.contains("is the same as output file"), "{e}");
        let e = error(&["-E", a, "-o", a]);
        assert!(e.contains("is the same as output file"), "{e}");
        // Through a link and another spelling.
        let link = dir.path().join("link.js");
        std::os::unix::fs::symlink(&src, &link).unwrap();
        let e = error(&[a, "-o", link.to_str().unwrap()]);
        assert!(e.contains("is the same as output file"), "{e}");
        let other = format!("{}/./a.c", dir.path().display());
        let e = error(&[a, "-c", "-o", &other]);
        assert!(e.contains("is the same as output file"), "{e}");
        // The derived module name too: `-o a` writes `a.wasm`.
        let wasm = dir.path().join("m.wasm");
        std::fs::write(&wasm, b"").unwrap();
        let stem = dir.path().join("m.js");
        let e = error(&[
            a,
            "--pre-js",
            wasm.to_str().unwrap(),
            "-o",
            stem.to_str().unwrap(),
        ]);
        assert!(e.contains("m.wasm"), "{e}");
        assert!(resolve(&opts(&[a, "-c", "-o", "/dev/null"])).is_ok());
    }
}
