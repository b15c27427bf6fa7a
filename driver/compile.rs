//! Compiling sources with clang: one `clang -c` per source, run side by side.
//! wasmcc links with wasm-ld itself (clang's own link step would run wasm-opt
//! behind our back; see the toolchain facts).

use crate::cli::{Lang, Mode, Options};
use crate::err;
use crate::error::{Error, Result};
use crate::sysroot::{self, Sysroot};
use crate::toolchain::Tool;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The clang command for one source, without the mode and output flags.
pub fn clang_command(
    clang: &Tool,
    sysroot: &Sysroot,
    opts: &Options,
    src: &Path,
    lang: Lang,
) -> Command {
    let mut cmd = clang.command();
    let mut base = sysroot::base_compile_args(sysroot);
    let preprocessed = matches!(lang, Lang::CppOutput | Lang::CxxCppOutput);
    if preprocessed {
        // Its headers were read when it was preprocessed (distcc sends such
        // files to its helpers), and clang warns of an unused `-isystem`.
        sysroot::drop_include_args(&mut base);
    }
    cmd.args(base);
    if !preprocessed {
        // The ports' headers (-sUSE_SDL=2), after ours and before the user's.
        for port in &sysroot.ports {
            cmd.args(port.include_args());
        }
    }
    if matches!(
        lang,
        Lang::C | Lang::Cxx | Lang::CppOutput | Lang::CxxCppOutput
    ) {
        cmd.args(sysroot::codegen_args(&opts.settings));
    }
    if lang.is_cxx() {
        cmd.args(cxx_exception_args(opts));
    }
    cmd.args(&opts.compile_args);
    cmd.arg("-x").arg(lang.clang_name()).arg(src);
    cmd
}

/// How C++ code handles exceptions: on Wasm exception handling, whose
/// runtime is ours (libc-shims/cxa_exception.cpp), unless the user turns them
/// off. clang lets `-fno-exceptions` win wherever it comes, so the user's
/// stands alone. Asyncify cannot instrument Wasm EH (see asyncify.rs), so
/// `-sASYNCIFY` builds keep them off, as `-fno-exceptions` does.
pub fn cxx_exception_args(opts: &Options) -> &'static [&'static str] {
    let off = opts
        .compile_args
        .iter()
        .any(|a| a == "-fno-exceptions" || a == "-fno-cxx-exceptions");
    if off || opts.settings.ASYNCIFY {
        &["-fno-exceptions"]
    } else if opts.settings.DISABLE_EXCEPTION_CATCHING.0 == 1 {
        // Throws compile; catch clauses are dropped, so a throw terminates.
        &["-fwasm-exceptions", "-fignore-exceptions"]
    } else {
        &["-fwasm-exceptions"]
    }
}

/// A job for one source: where its object (or other output) goes.
pub struct Job<'a> {
    pub src: &'a Path,
    pub lang: Lang,
    pub out: Option<PathBuf>,
}

/// Runs the jobs, at most as many at once as the machine has cores. clang's
/// diagnostics go straight to the user's stderr.
pub fn run_jobs(clang: &Tool, sysroot: &Sysroot, opts: &Options, jobs: &[Job]) -> Result<()> {
    for job in jobs {
        // Any file that exists: configure scripts compile /dev/null; `-` is stdin.
        let stdin = job.src.as_os_str() == "-";
        if !stdin && (!job.src.exists() || job.src.is_dir()) {
            return Err(err!("{}: no such file", job.src.display()));
        }
    }
    let mut commands = Vec::new();
    for job in jobs {
        let mut cmd = clang_command(clang, sysroot, opts, job.src, job.lang);
        match opts.mode {
            Mode::Preprocess => {
                cmd.arg("-E");
            }
            Mode::Assemble => {
                cmd.arg("-S");
            }
            Mode::CompileOnly | Mode::Link => {
                cmd.arg("-c");
            }
        }
        if let Some(out) = &job.out {
            cmd.arg("-o").arg(out);
        }
        // gcc's -v also shows what the compiler proper does: its
        // version and include search path (Meson reads the latter).
        if opts.verbose {
            cmd.arg("-v");
        }
        commands.push(cmd);
    }
    // Preprocessed text on stdout comes one source after another, as gcc's.
    let to_stdout = opts.mode == Mode::Preprocess && jobs.iter().any(|j| j.out.is_none());
    let width = if to_stdout { 1 } else { crate::run::cores() };
    if let Some((i, status)) = crate::run::run_parallel(commands, width, opts.verbose)? {
        if let Some(why) = jobs.get(i).and_then(|job| {
            crate::asyncify::exceptions_were_why(clang, sysroot, opts, job.src, job.lang)
                .or_else(|| doctest_was_why(clang, sysroot, opts, job.src, job.lang))
        }) {
            return Err(why);
        }
        return Err(Error::ToolFailed {
            status: status.code().unwrap_or(1),
        });
    }
    Ok(())
}

/// Why a C++ source failed to compile, when the reason is doctest's own
/// switch: doctest (2.4.9, as Debian ships it) turns its exception support
/// off on any `__wasi__` target, which wasmcc's is (wasi-libc and libc++'s
/// configuration need the macro), and its REQUIRE family then stops the
/// compile with "Exceptions are disabled!". The reason is confirmed after
/// the failure, by a syntax-only compile in which doctest makes those checks
/// empty, so builds that succeed pay nothing.
fn doctest_was_why(
    clang: &Tool,
    sysroot: &Sysroot,
    opts: &Options,
    src: &Path,
    lang: Lang,
) -> Option<Error> {
    if !lang.is_cxx() || src.as_os_str() == "-" {
        return None;
    }
    if !cxx_exception_args(opts).contains(&"-fwasm-exceptions") {
        return None; // exceptions are off by the user's choice
    }
    let mut cmd = clang_command(clang, sysroot, opts, src, lang);
    cmd.args([
        "-fsyntax-only",
        "-DDOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS",
    ])
    .stdin(std::process::Stdio::null())
    .stdout(std::process::Stdio::null())
    .stderr(std::process::Stdio::null());
    match cmd.status() {
        Ok(status) if status.success() => Some(err!(
            "{}: doctest.h turns exceptions off on WASI targets (`|| defined(__wasi__)` in its \
             DOCTEST_CONFIG_NO_EXCEPTIONS test), so REQUIRE does not compile; wasmcc builds \
             C++ with exceptions: delete that condition in your copy of doctest.h and REQUIRE \
             works as natively (DOCTEST_CONFIG_NO_EXCEPTIONS_BUT_WITH_ALL_ASSERTS compiles \
             too, but makes REQUIRE and the *_THROWS checks do nothing)",
            src.display()
        )),
        _ => None,
    }
}

/// The output name gcc picks for a source with `-c` or `-S` and no `-o`:
/// the source's stem, in the current folder.
pub fn default_output(src: &Path, ext: &str) -> PathBuf {
    let stem = src.file_stem().unwrap_or(src.as_os_str());
    PathBuf::from(stem).with_extension(ext)
}
