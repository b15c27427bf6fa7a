//! Building a program from its plan: compile the sources, link, run the
//! post-link steps, render the JS and the page, and put the outputs in
//! place. Everything is made in a temporary folder and moved into place only
//! when the whole build has succeeded (output.rs).

use crate::asyncify;
use crate::buildsys;
use crate::compile::{self, Job};
use crate::err;
use crate::error::{IoContext, Result};
use crate::glue::{self, Glue, Shape};
use crate::interrupt;
use crate::link::{self, Link};
use crate::output;
use crate::page;
use crate::plan::{Build, GlueInputs, Outputs};
use crate::postlink::{self, Module};
use crate::sysroot::Sysroot;
use crate::toolchain::Tools;
use std::fs;
use std::path::{Path, PathBuf};

fn file_name(path: &Path) -> Result<&str> {
    path.file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| err!("{}: not a usable output file name", path.display()))
}

/// The stages of a build, each over the plan.
pub fn build(tools: &Tools, sysroot: &Sysroot, mut plan: Build) -> Result<()> {
    let glue = plan.glue.take();
    let plan = &plan;
    let (tmp, _cleanup) = interrupt::TempPath::make(
        || tempfile::Builder::new().prefix("wasmcc-").tempdir(),
        |t| t.path(),
    )
    .map_err(|e| err!("cannot create a temporary folder: {e}"))?;
    let t = tmp.path();
    let result = (|| {
        let objects = compile_sources(tools, sysroot, plan, t)?;
        if let Outputs::Relocatable { obj } = &plan.outputs {
            return link_relocatable(tools, plan, t, &objects, obj);
        }
        let (linked, own) = link_module(tools, sysroot, plan, glue.as_ref(), t, &objects)?;
        let (module, program_loops) = after_link(plan, &linked, own.as_deref())?;
        render(plan, glue, module, &program_loops, t)
    })();
    match result {
        Ok(files) => {
            let pairs: Vec<(&Path, &Path)> = files.iter().map(|(f, d)| (f.as_path(), *d)).collect();
            output::commit(&pairs)
        }
        Err(e) => {
            // As ld does: a failed build leaves no earlier output that looks
            // like its result. (The plan made sure none of them is an input;
            // a device such as /dev/null is never removed.)
            for path in plan.outputs.written() {
                if std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()) {
                    let _ = fs::remove_file(path);
                }
            }
            Err(e)
        }
    }
}

/// Compiles each source into an object in the temporary folder.
fn compile_sources(
    tools: &Tools,
    sysroot: &Sysroot,
    plan: &Build,
    t: &Path,
) -> Result<Vec<PathBuf>> {
    let objects: Vec<PathBuf> = plan
        .sources
        .iter()
        .enumerate()
        .map(|(i, (src, _))| {
            t.join(format!(
                "{i}-{}",
                compile::default_output(src, "o").display()
            ))
        })
        .collect();
    let jobs: Vec<Job> = plan
        .sources
        .iter()
        .zip(&objects)
        .map(|((src, lang), out)| Job {
            src,
            lang: *lang,
            out: Some(out.clone()),
        })
        .collect();
    compile::run_jobs(&tools.clang, sysroot, &plan.opts, &jobs)?;
    Ok(objects)
}

/// Links the module, named as the output is (the name section carries it
/// into stack traces). With it, where V8 may optimise functions at load
/// (tiering.rs), which of the module's functions are the program's own.
fn link_module(
    tools: &Tools,
    sysroot: &Sysroot,
    plan: &Build,
    glue: Option<&GlueInputs>,
    t: &Path,
    objects: &[PathBuf],
) -> Result<(PathBuf, Option<Vec<bool>>)> {
    let opts = &plan.opts;
    let items = link::items(&plan.link, &plan.sources, objects);
    asyncify::check_objects(opts, &items)?;
    let symbols_file = t.join("js-symbols.txt");
    if let Some(glue) = glue {
        fs::write(&symbols_file, glue::js_symbols(&glue.library)).at("write", &symbols_file)?;
    }
    let linked = t.join(file_name(plan.outputs.wasm())?);
    if opts.links_cxx() {
        crate::sysroot::ensure_cxx(sysroot, tools, opts.verbose)?;
    }
    let exceptions = crate::compile::cxx_exception_args(opts).contains(&"-fwasm-exceptions");
    let libcxx_eh = if opts.links_cxx() && exceptions && !opts.nostdlib {
        crate::ports::libcxx::ensure(sysroot, tools, opts.verbose)?
    } else {
        None
    };
    let map = link::user_map(&opts.link_args).unwrap_or_else(|| t.join("link.map"));
    let hints = glue.is_some() && crate::tiering::wants_program_loops(&opts.settings);
    let mut link = Link {
        wasm_ld: &tools.wasm_ld,
        sysroot,
        opts,
        items,
        js_symbols: glue.is_some().then_some(symbols_file.as_path()),
        out: &linked,
        libcxx_eh: libcxx_eh.as_deref(),
        map: hints.then_some(map.as_path()),
    };
    link.run()?;
    // A program that reads stdin in a page is linked again with Asyncify (terminal.rs).
    let in_page = matches!(plan.outputs, Outputs::Html { .. });
    let terminal = match glue {
        Some(_) => crate::terminal::relink_options(opts, &linked, in_page)?,
        None => None,
    };
    if let Some(with) = &terminal {
        link.opts = with;
        link.run()?;
    }
    let own = link.program_functions()?;
    Ok((linked, own))
}

/// `-shared`: the objects and archives given, in order, linked into one
/// relocatable object (`wasm-ld -r`); libraries are linked with the program.
fn link_relocatable<'p>(
    tools: &Tools,
    plan: &'p Build,
    t: &Path,
    objects: &[PathBuf],
    obj: &'p Path,
) -> Result<Vec<(PathBuf, &'p Path)>> {
    let out = t.join("out.o");
    let mut cmd = tools.wasm_ld.command();
    cmd.args(["-m", "wasm32", "-r"]);
    for item in link::items(&plan.link, &plan.sources, objects) {
        if let link::Item::Object { path, .. } = item {
            cmd.arg(path);
        }
    }
    cmd.arg("-o").arg(&out);
    crate::run::run(&mut cmd, plan.opts.verbose)?;
    Ok(vec![(out, obj)])
}

/// Asyncify and wasm-opt, which work on the file; then the module is read
/// once, and the steps after that rewrite it in memory. With it, the
/// functions that hold a loop of the program's own code run once
/// (tiering.rs), found in the module before wasm-opt (where `own` says
/// which functions are the program's) and after.
fn after_link(plan: &Build, linked: &Path, own: Option<&[bool]>) -> Result<(Module, Vec<usize>)> {
    let opts = &plan.opts;
    postlink::add_checks(linked, opts)?;
    let mut module = Module::read(linked)?;
    let before = match own {
        Some(own) => Some((crate::callgraph::CallGraph::read(&module.bytes)?, own)),
        None => None,
    };
    let opts = &*crate::terminal::effective(&plan.opts, &module.info);
    let optimized = asyncify::after_link(
        &module,
        linked,
        opts,
        crate::terminal::active(opts, &module.info),
    )?;
    if opts.opt.optimizes() && !optimized {
        postlink::optimize(linked, opts.opt, opts.verbose)?;
    }
    if optimized || opts.opt.optimizes() {
        module = Module::read(linked)?;
    }
    let program_loops = match &before {
        Some((g, own)) => {
            let after = crate::callgraph::function_names(&module.bytes)?;
            crate::tiering::program_loops(g, own, &after)
        }
        None => Vec::new(),
    };
    // C++: a function without a stack frame copies the stack pointer for its
    // catch code where a try starts, not on every call (spsave.rs). Not with
    // -g: DWARF holds offsets into the code.
    if opts.opt.optimizes() && !opts.debug {
        if let Some((moved, functions)) = crate::spsave::apply(&module.bytes)
            .map_err(|e| err!("{}: not a valid module: {e}", linked.display()))?
        {
            if opts.verbose {
                eprintln!(
                    "wasmcc: {functions} functions copy the stack pointer where their try starts"
                );
            }
            module.bytes = moved;
        }
    }
    // With -g (or --profiling-funcs) every name stays, for debuggers and profilers.
    if !opts.debug && !opts.reports.profiling_funcs {
        let trimmed = crate::names::trim(&module.bytes)
            .map_err(|e| err!("{}: not a valid module: {e}", linked.display()))?;
        module.bytes = trimmed;
    }
    // A trap in main says main, as the source does, with -g too.
    module.bytes = crate::names::name_main(&module.bytes)
        .map_err(|e| err!("{}: not a valid module: {e}", linked.display()))?;
    Ok((module, program_loops))
}

/// The line table of a -g build and the source map of -gsource-map
/// (debuginfo.rs), made last: they hold code offsets, which the other steps
/// could move. Returns the map's file with its destination.
fn crash_info<'p>(
    plan: &'p Build,
    module: &mut Module,
    t: &Path,
) -> Result<Vec<(PathBuf, &'p Path)>> {
    if !plan.opts.debug {
        return Ok(Vec::new());
    }
    let mut files = Vec::new();
    if let Some(map) = &plan.source_map {
        let name = file_name(plan.outputs.wasm())?;
        let base = &plan.opts.reports.source_map_base;
        let text = crate::debuginfo::add_source_map(&mut module.bytes, name, base)?;
        let map_file = t.join("out.wasm.map");
        fs::write(&map_file, text).at("write", &map_file)?;
        files.push((map_file, map.as_path()));
    }
    crate::debuginfo::add_line_table(&mut module.bytes)?;
    Ok(files)
}

/// Writes the outputs into the temporary folder; returns each finished
/// file with its destination.
fn render<'p>(
    plan: &'p Build,
    glue: Option<GlueInputs>,
    mut module: Module,
    program_loops: &[usize],
    t: &Path,
) -> Result<Vec<(PathBuf, &'p Path)>> {
    let opts = &*crate::terminal::effective(&plan.opts, &module.info);
    let wasm_file = t.join("out.wasm");
    let (glue_in, js_path, shape, executable, html, single_file) = match (&plan.outputs, glue) {
        (Outputs::Relocatable { .. }, _) => {
            return Err(err!("a relocatable object has no JS (a wasmcc bug)"))
        }
        (Outputs::Wasm { wasm }, _) => {
            let mut files = crash_info(plan, &mut module, t)?;
            fs::write(&wasm_file, &module.bytes).at("write", &wasm_file)?;
            files.insert(0, (wasm_file, wasm.as_path()));
            return Ok(files);
        }
        (
            Outputs::Js {
                js,
                shape,
                executable,
                single_file,
                ..
            },
            Some(g),
        ) => (g, js, *shape, *executable, None, *single_file),
        (
            Outputs::Html {
                html,
                js,
                single_file,
                ..
            },
            Some(g),
        ) => (g, js, Shape::Script, false, Some(html), *single_file),
        _ => {
            return Err(err!(
                "a build with JS output has no JS inputs (a wasmcc bug)"
            ))
        }
    };
    let GlueInputs {
        library,
        pre_js,
        post_js,
        shell,
    } = glue_in;
    let mut lib = library;
    let inline_js = glue::emjs::take(&mut module.bytes)?;
    // --preload-file and --embed-file: the package beside the JS, or inside
    // it, and the embedded files in the module.
    let data_file = t.join("out.data");
    let data_manifest = match &plan.data {
        Some(d) => {
            let name = match plan.outputs.data() {
                Some(p) => file_name(p)?,
                None => "",
            };
            Some(crate::datafiles::package(
                d,
                &mut module.bytes,
                &data_file,
                name,
                single_file,
            )?)
        }
        None => None,
    };
    // Node: the call graph (read once, before the imports are renamed)
    // says which functions V8 should optimise before the program starts,
    // and whether the program needs a worker's stack. The section goes
    // before the code, so before the crash report's offsets are taken.
    let s = &opts.settings;
    let graph = if s.ENVIRONMENT.node {
        Some(crate::callgraph::CallGraph::read(&module.bytes)?)
    } else {
        None
    };
    let mut optimize_at_load = false;
    if let (true, Some(g)) = (s.NODE_OPTIMIZE_AT_LOAD, &graph) {
        let choice = if s.ASYNCIFY {
            crate::tiering::Choice::All
        } else {
            crate::tiering::Choice::LongLoops(program_loops)
        };
        if let Some(hinted) = crate::tiering::add_hints(&module.bytes, g, choice)? {
            module.bytes = hinted;
            optimize_at_load = true;
        }
    }
    let info = &module.info;
    lib.add_gl_items(&info.imports, opts.settings.FULL_ES2)?;
    asyncify::add_invoke_items(&mut lib, &info.imports)?;
    if !opts.settings.ERROR_ON_UNDEFINED_SYMBOLS {
        lib.add_missing_stubs(&info.imports)?;
    }
    let on_worker = graph
        .as_ref()
        .is_some_and(crate::stackdepth::needs_large_stack);
    // Minified JS: the function imports get short names, in the module and
    // in the JS alike (glue/shortnames.rs).
    let short_imports = if glue::shortnames::wanted(opts) {
        glue::shortnames::apply(&mut module.bytes).map_err(|e| err!("the linked module: {e}"))?
    } else {
        Vec::new()
    };
    // Last of the edits that move code: the crash report's offsets.
    let map_file = crash_info(plan, &mut module, t)?;
    let info = &module.info;
    let inline = single_file.then(|| page::base64(&module.bytes));
    let wasm_path = plan.outputs.wasm();
    let glue = Glue {
        opts,
        module: info,
        shape,
        js_name: file_name(js_path)?,
        wasm_name: file_name(wasm_path)?,
        wasm_inline: inline.as_deref(),
        data_files: data_manifest.as_ref(),
        inline_js: &inline_js,
        in_page: shell.is_some(),
        on_worker,
        optimize_at_load,
        pre_js: &pre_js,
        post_js: &post_js,
        short_imports: &short_imports,
    };
    let mut js = glue.render(&lib)?;
    if glue::minify::wanted(opts) {
        js = glue::minify::minify(&js, shape, opts)?;
    }
    if executable {
        js.insert_str(0, "#!/usr/bin/env node\n");
    }
    js.push_str(&buildsys::cmake_info_comment(&module.bytes));

    let mut files = Vec::new();
    if let (Some(shell), Some(html)) = (&shell, html) {
        let title = html
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
        let s = &opts.settings;
        let launch = if s.EXPORT_ES6 {
            page::Launch::EsModule(&s.EXPORT_NAME)
        } else if s.MODULARIZE {
            page::Launch::Factory(&s.EXPORT_NAME)
        } else {
            page::Launch::Script
        };
        let html_file = t.join("out.html");
        fs::write(&html_file, page::render(shell, title, script, launch)?)
            .at("write", &html_file)?;
        files.push((html_file, html.as_path()));
    }
    if !(single_file && html.is_some()) {
        let js_file = t.join("out.js");
        fs::write(&js_file, js).at("write", &js_file)?;
        if executable {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&js_file, fs::Permissions::from_mode(0o755))
                .at("make executable", &js_file)?;
        }
        files.push((js_file, js_path.as_path()));
    }
    if !single_file {
        fs::write(&wasm_file, &module.bytes).at("write", &wasm_file)?;
        files.push((wasm_file, wasm_path));
    }
    if let Some(data) = plan.outputs.data() {
        files.push((data_file, data));
    }
    files.extend(map_file);
    // `-o /dev/null`: the named output is written through; the files that
    // would go beside it are not made (they would land in /dev).
    if files
        .first()
        .is_some_and(|(_, dest)| output::is_special(dest))
    {
        files.truncate(1);
    }
    Ok(files)
}
