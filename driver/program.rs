//! Building a program: compile the sources, link, optimise, and write the
//! outputs that `-o` asks for. Everything is made in a temporary folder and
//! moved into place only when the whole build has succeeded.

use crate::asyncify;
use crate::buildsys;
use crate::cli::{Input, Options};
use crate::compile::{self, Job};
use crate::datafiles;
use crate::err;
use crate::error::{IoContext, Result};
use crate::glue::{self, Glue, Shape};
use crate::link::{self, Link};
use crate::page;
use crate::postlink;
use crate::sysroot::Sysroot;
use crate::toolchain::Tools;
use std::fs;
use std::path::{Path, PathBuf};

/// What `-o` asks for, from its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// JS (a classic script or an ES module) with its `.wasm` beside it.
    Js(Shape),
    /// A page with its script and its `.wasm` beside it.
    Html,
    /// A standalone WASI command module, for any WASI runtime.
    Wasm,
}

fn kind_of(output: &Path) -> Result<Kind> {
    match output.extension().and_then(|e| e.to_str()) {
        Some("mjs") => Ok(Kind::Js(Shape::EsModule)),
        Some("wasm") => Ok(Kind::Wasm),
        Some("html" | "htm") => Ok(Kind::Html),
        Some("o" | "obj") => Err(err!(
            "{}: to write an object file, add -c",
            output.display()
        )),
        // .js, and names without an extension, as emcc does.
        _ => Ok(Kind::Js(Shape::Script)),
    }
}

/// `prog.js` -> `prog.wasm` (and `prog` -> `prog.wasm`).
fn wasm_path_for(js: &Path) -> PathBuf {
    match js.extension().and_then(|e| e.to_str()) {
        Some("js" | "mjs") => js.with_extension("wasm"),
        _ => PathBuf::from(format!("{}.wasm", js.display())),
    }
}

fn file_name(path: &Path) -> Result<&str> {
    path.file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| err!("{}: not a usable output file name", path.display()))
}

pub fn build(tools: &Tools, sysroot: &Sysroot, opts: &Options) -> Result<()> {
    let output = opts.output.clone().unwrap_or_else(buildsys::default_output);
    let host_opts;
    let opts = if buildsys::is_host_command(&output) {
        let mut o = opts.clone();
        o.settings.NODERAWFS = true;
        host_opts = o;
        &host_opts
    } else {
        opts
    };
    let kind = kind_of(&output)?;
    // The JS and the module come last, in that order, for every kind that has them.
    let mut outputs: Vec<PathBuf> = match kind {
        Kind::Js(_) => vec![output.clone(), wasm_path_for(&output)],
        Kind::Html => vec![
            output.clone(),
            output.with_extension("js"),
            output.with_extension("wasm"),
        ],
        Kind::Wasm => vec![output.clone()],
    };
    // --preload-file: the .data package, beside the JS (which stays second to last).
    if kind != Kind::Wasm && datafiles::writes_package(opts) {
        let at = outputs.len() - 2;
        let package = datafiles::package_path(&outputs[at])?;
        outputs.insert(at, package);
    }
    if opts.shell_file.is_some() && kind != Kind::Html {
        eprintln!("wasmcc: warning: --shell-file is used only when -o names a .html page");
    }
    // With SINGLE_FILE only the first file is written; the others still name
    // the parts inside it.
    let written = if opts.settings.SINGLE_FILE {
        &outputs[..1]
    } else {
        &outputs[..]
    };
    let result = build_into(tools, sysroot, opts, kind, &outputs);
    if result.is_err() {
        // As ld does: a failed build leaves no output that looks good.
        for path in written {
            let _ = fs::remove_file(path);
        }
    }
    result
}

/// A page runs in a browser: its script leaves out the code for Node.
fn web_only(opts: &Options) -> Result<Options> {
    let mut page_opts = opts.clone();
    let env = &mut page_opts.settings.ENVIRONMENT;
    if !(env.web || env.worker) {
        return Err(err!(
            "a .html page runs in a browser, but -sENVIRONMENT names neither web nor worker"
        ));
    }
    env.node = false;
    Ok(page_opts)
}

fn build_into(
    tools: &Tools,
    sysroot: &Sysroot,
    opts: &Options,
    kind: Kind,
    outputs: &[PathBuf],
) -> Result<()> {
    // Data files that do not exist fail the build before anything is compiled.
    let data = datafiles::resolve(opts, kind != Kind::Wasm)?;
    // A bad shell file fails the build before anything is compiled.
    let shell = match kind {
        Kind::Html => Some(page::Shell::load(opts.shell_file.as_deref())?),
        _ => None,
    };
    let page_opts = match kind {
        Kind::Html => Some(web_only(opts)?),
        _ => None,
    };
    let tmp = tempfile::Builder::new()
        .prefix("wasmcc-")
        .tempdir()
        .map_err(|e| err!("cannot create a temporary folder: {e}"))?;
    let t = tmp.path();
    asyncify::check_settings(opts)?;

    let jobs: Vec<Job> = opts
        .inputs
        .iter()
        .filter_map(|input| match input {
            Input::Source(src, lang) => Some((src, *lang)),
            _ => None,
        })
        .enumerate()
        .map(|(i, (src, lang))| Job {
            src,
            lang,
            out: Some(t.join(format!(
                "{i}-{}",
                compile::default_output(src, "o").display()
            ))),
        })
        .collect();
    for input in &opts.inputs {
        if let Input::Object(path) = input {
            if !path.is_file() {
                return Err(err!("{}: no such file", path.display()));
            }
        }
    }
    compile::run_jobs(&tools.clang, sysroot, opts, &jobs)?;

    let mut lib = glue::load_library(opts)?;
    let mut objects = jobs.iter().filter_map(|j| j.out.clone());
    let items = link::items(opts, &mut objects);
    if opts.settings.ASYNCIFY && kind == Kind::Wasm {
        return Err(err!(
            "-sASYNCIFY needs wasmcc's JS runtime: write a .js, .mjs or .html output"
        ));
    }
    asyncify::check_objects(opts, &items)?;
    let symbols_file = t.join("js-symbols.txt");
    fs::write(&symbols_file, glue::js_symbols(&lib)).at("write", &symbols_file)?;
    // Named as the output is: the name section carries it into stack traces.
    let linked_wasm = t.join(file_name(outputs.last().unwrap_or(&outputs[0]))?);
    if opts.links_cxx() {
        crate::sysroot::ensure_cxx(sysroot, tools, opts.verbose)?;
    }
    let link = Link {
        wasm_ld: &tools.wasm_ld,
        sysroot,
        opts,
        items,
        js_symbols: matches!(kind, Kind::Js(_) | Kind::Html).then_some(symbols_file.as_path()),
        out: &linked_wasm,
    };
    link.run()?;
    let optimized = asyncify::after_link(&linked_wasm, opts)?;
    if opts.opt != "0" && !optimized {
        postlink::optimize(&linked_wasm, &opts.opt, opts.verbose)?;
    }
    // With -g every name stays, for debuggers and profilers.
    if !opts.debug {
        crate::names::trim_file(&linked_wasm)?;
    }

    let mut staged: Vec<(PathBuf, &Path)> = Vec::new();
    match kind {
        Kind::Wasm => staged.push((linked_wasm, &outputs[0])),
        Kind::Js(_) | Kind::Html => {
            let shape = match kind {
                Kind::Js(shape) => shape,
                _ => Shape::Script,
            };
            let (js_path, wasm_path) = (&outputs[outputs.len() - 2], &outputs[outputs.len() - 1]);
            let single_file = opts.settings.SINGLE_FILE;
            let inline_js = glue::emjs::take(&linked_wasm)?;
            // --preload-file, --embed-file: the packages (the embedded one joins the module).
            let data_path = match &data {
                Some(_) => Some(datafiles::package_path(js_path)?),
                None => None,
            };
            let data_manifest = match (&data, &data_path) {
                (Some(d), Some(p)) => {
                    let out = t.join("out.data");
                    Some(datafiles::package(
                        d,
                        &linked_wasm,
                        &out,
                        file_name(p)?,
                        single_file,
                    )?)
                }
                _ => None,
            };
            let module = postlink::read_module(&linked_wasm)?;
            lib.add_gl_items(&module.imports, opts.settings.FULL_ES2)?;
            asyncify::add_invoke_items(&mut lib, &module.imports)?;
            if !opts.settings.ERROR_ON_UNDEFINED_SYMBOLS {
                lib.add_missing_stubs(&module.imports)?;
            }
            let inline = if single_file {
                Some(page::base64(
                    &fs::read(&linked_wasm).at("read", &linked_wasm)?,
                ))
            } else {
                None
            };
            let glue_opts = page_opts.as_ref().unwrap_or(opts);
            let glue = Glue {
                opts: glue_opts,
                module: &module,
                shape,
                js_name: file_name(js_path)?,
                wasm_name: file_name(wasm_path)?,
                wasm_inline: inline.as_deref(),
                data_files: data_manifest.as_ref(),
                inline_js: &inline_js,
                in_page: shell.is_some(),
                // Read only for output that can run in Node.
                on_worker: glue_opts.settings.ENVIRONMENT.node
                    && crate::stackdepth::needs_large_stack(&linked_wasm)?,
            };
            let mut js = glue.render(&lib)?;
            // `-o prog`: a program to run as `./prog`, as a native build is.
            let executable = kind == Kind::Js(Shape::Script) && js_path.extension().is_none();
            if executable {
                js.insert_str(0, "#!/usr/bin/env node\n");
            }
            js.push_str(&buildsys::cmake_info_comment(&linked_wasm)?);
            if let Some(shell) = &shell {
                let title = outputs[0]
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("wasmcc");
                let script = if single_file {
                    page::Script::Inline(&js)
                } else {
                    page::Script::Files {
                        js: file_name(js_path)?,
                        wasm: file_name(wasm_path)?,
                    }
                };
                let html_file = t.join("out.html");
                let s = &opts.settings;
                let launch = if s.EXPORT_ES6 {
                    page::Launch::EsModule(&s.EXPORT_NAME)
                } else if s.MODULARIZE {
                    page::Launch::Factory(&s.EXPORT_NAME)
                } else {
                    page::Launch::Script
                };
                fs::write(&html_file, page::render(shell, title, script, launch)?)
                    .at("write", &html_file)?;
                staged.push((html_file, &outputs[0]));
            }
            if !(single_file && shell.is_some()) {
                let js_file = t.join("out.js");
                fs::write(&js_file, js).at("write", &js_file)?;
                if executable {
                    use std::os::unix::fs::PermissionsExt;
                    fs::set_permissions(&js_file, fs::Permissions::from_mode(0o755))
                        .at("make executable", &js_file)?;
                }
                staged.push((js_file, js_path));
            }
            if !single_file {
                staged.push((linked_wasm, wasm_path));
            }
            if let Some(data_path) = outputs
                .iter()
                .find(|p| Some(p.as_path()) == data_path.as_deref())
            {
                staged.push((t.join("out.data"), data_path));
            }
        }
    }
    commit(&staged)
}

/// Moves finished files into place: first next to their destination under a
/// temporary name (the temporary folder may be on another file system), then
/// renamed, which replaces a file atomically.
fn commit(files: &[(PathBuf, &Path)]) -> Result<()> {
    let mut placed = Vec::new();
    for (from, to) in files {
        let dir = match to.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let staging = tempfile::Builder::new()
            .prefix(".wasmcc-out-")
            .tempfile_in(dir)
            .at("write the output in", dir)?;
        fs::copy(from, staging.path()).at("write", to)?;
        placed.push((staging, *to));
    }
    for (staging, to) in placed {
        staging
            .persist(to)
            .map_err(|e| err!("cannot write {}: {}", to.display(), e.error))?;
    }
    Ok(())
}
