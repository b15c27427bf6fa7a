//! wasmcc: compiles C and C++ to WebAssembly, with the JS that runs it in
//! Node and in browsers. docs/DESIGN.md is the map of this folder.

mod asyncify;
mod buildsys;
mod callgraph;
mod cli;
mod compile;
mod datafiles;
mod debuginfo;
mod env;
mod error;
mod glue;
mod interrupt;
mod link;
mod names;
mod output;
mod page;
mod plan;
mod ports;
mod postlink;
mod procaddress;
mod program;
mod query;
mod run;
mod safeheap;
mod settings;
mod spsave;
mod stackdepth;
mod sysroot;
mod terminal;
mod tiering;
mod toolchain;
mod url;
mod util;
mod wasmbytes;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

use error::{Error, Result};
use plan::Plan;
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
    if args.first().is_some_and(|a| a == "--symbolize") {
        return debuginfo::symbolize(&args[1..]);
    }
    let opts = cli::parse(program, args)?;
    if let Some(print) = &opts.print {
        return query::answer(print, &opts);
    }
    if opts.link_args.iter().any(|a| a == "--version") {
        // `cc -Wl,--version`: the linker's version, as gcc prints it (Meson
        // asks so); there is nothing to build.
        let tools = toolchain::Tools::find()?;
        let mut cmd = tools.wasm_ld.command();
        return run::run(cmd.arg("--version"), opts.verbose);
    }
    if opts.inputs.is_empty() && opts.verbose {
        // `cc -v` alone: the version, on stderr as gcc and clang print it.
        eprint!("{}", query::version_text());
        return Ok(());
    }
    // Every check that needs no tool is made before any tool is looked for.
    let plan = plan::resolve(&opts)?;
    interrupt::install();
    let tools = toolchain::Tools::find()?;
    let sysroot = ports::ensure(sysroot::get(&tools, opts.verbose)?, &tools, &opts)?;
    match plan {
        Plan::Build(build) => program::build(&tools, &sysroot, *build),
        Plan::Compile(jobs) => {
            let jobs: Vec<compile::Job> = jobs
                .iter()
                .map(|j| compile::Job {
                    src: &j.src,
                    lang: j.lang,
                    out: j.out.clone(),
                })
                .collect();
            compile::run_jobs(&tools.clang, &sysroot, &opts, &jobs)
        }
    }
}
