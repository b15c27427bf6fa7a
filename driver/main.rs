//! wasmcc: compiles C and C++ to WebAssembly, with the JS that runs it in
//! Node and in browsers. docs/DESIGN.md is the map of this folder.

mod asyncify;
mod buildsys;
mod cli;
mod compile;
mod datafiles;
mod error;
mod glue;
mod link;
mod names;
mod page;
mod postlink;
mod procaddress;
mod program;
mod query;
mod run;
mod settings;
mod stackdepth;
mod sysroot;
mod toolchain;
mod url;
mod util;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

use cli::{Input, Mode};
use error::{Error, Result};
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os();
    let program = args
        .next()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| "wasmcc".into());
    let args: std::result::Result<Vec<String>, _> = args.map(|a| a.into_string()).collect();
    let result = match args {
        Ok(args) => run(&program, args),
        Err(bad) => Err(err!(
            "argument {} is not valid UTF-8",
            bad.to_string_lossy()
        )),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Error::Msg(message)) => {
            eprintln!("wasmcc: error: {message}");
            ExitCode::from(1)
        }
        Err(Error::ToolFailed { status }) => ExitCode::from(status.clamp(1, 255) as u8),
    }
}

fn run(program: &str, args: Vec<String>) -> Result<()> {
    if let Some(wrapper) = buildsys::Wrapper::from_program(program) {
        return buildsys::run_wrapper(wrapper, args);
    }
    let opts = cli::parse(program, args)?;
    if let Some(print) = &opts.print {
        return query::answer(print, &opts);
    }
    if opts.link_args.iter().any(|a| a == "--version") {
        // `cc -Wl,--version`: the linker's version, as gcc prints it (Meson
        // asks so); there is nothing to build.
        let tools = toolchain::Tools::find()?;
        let mut cmd = std::process::Command::new(&tools.wasm_ld);
        return run::run(cmd.arg("--version"), opts.verbose);
    }
    if opts.inputs.is_empty() && opts.verbose {
        // `cc -v` alone: the version, on stderr as gcc and clang print it.
        eprint!("{}", query::version_text());
        return Ok(());
    }
    if opts.inputs.is_empty() {
        return Err(err!("no input files (wasmcc --help shows how to use it)"));
    }
    let tools = toolchain::Tools::find()?;
    let sysroot = sysroot::get(&tools, opts.verbose)?;
    match opts.mode {
        Mode::Link => program::build(&tools, &sysroot, &opts),
        Mode::CompileOnly | Mode::Assemble | Mode::Preprocess => {
            compile_only(&tools, &sysroot, &opts)
        }
    }
}

/// `-c`, `-S` and `-E`: one output per source, as gcc does.
fn compile_only(
    tools: &toolchain::Tools,
    sysroot: &sysroot::Sysroot,
    opts: &cli::Options,
) -> Result<()> {
    let sources: Vec<_> = opts
        .inputs
        .iter()
        .filter_map(|i| match i {
            Input::Source(src, lang) => Some((src, *lang)),
            _ => None,
        })
        .collect();
    if sources.is_empty() {
        return Err(err!(
            "no source files to compile (object files and libraries are only linked)"
        ));
    }
    if opts.output.is_some() && sources.len() > 1 {
        return Err(err!(
            "-o with -c, -S or -E needs a single source file, not {}",
            sources.len()
        ));
    }
    let ext = if opts.mode == Mode::Assemble {
        "s"
    } else {
        "o"
    };
    let jobs: Vec<compile::Job> = sources
        .into_iter()
        .map(|(src, lang)| compile::Job {
            src,
            lang,
            out: match (&opts.output, opts.mode) {
                (Some(o), _) => Some(o.clone()),
                (None, Mode::Preprocess) => None,
                (None, _) => Some(compile::default_output(src, ext)),
            },
        })
        .collect();
    compile::run_jobs(&tools.clang, sysroot, opts, &jobs)
}
