//! Finding the tools wasmcc runs. Each tool is looked up on `PATH` under its
//! Debian names, and an environment variable overrides the search (as cc-rs
//! does with `CC`):
//!
//! | tool     | variable          | names tried                 | Debian package |
//! |----------|-------------------|-----------------------------|----------------|
//! | clang    | `WASMCC_CLANG`    | clang-19, clang             | clang-19       |
//! | wasm-ld  | `WASMCC_WASM_LD`  | wasm-ld-19, wasm-ld         | lld-19         |
//! | llvm-ar  | `WASMCC_LLVM_AR`  | llvm-ar-19, llvm-ar         | llvm-19        |
//! | llvm-ranlib | `WASMCC_LLVM_RANLIB` | llvm-ranlib-19, llvm-ranlib | llvm-19   |
//! | llvm-nm  | `WASMCC_LLVM_NM`  | llvm-nm-19, llvm-nm         | llvm-19        |
//! | node     | `WASMCC_NODE`     | node, nodejs                | nodejs         |
//! | wasm-opt | `WASMCC_WASM_OPT` | wasm-opt                    | binaryen       |

use crate::env::{self, Var};
use crate::err;
use crate::error::Result;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

pub struct ToolSpec {
    pub what: &'static str,
    pub var: Var,
    pub names: &'static [&'static str],
    pub package: &'static str,
}

pub const CLANG: ToolSpec = ToolSpec {
    what: "clang",
    var: Var::Clang,
    names: &["clang-19", "clang"],
    package: "clang-19",
};
pub const WASM_LD: ToolSpec = ToolSpec {
    what: "wasm-ld",
    var: Var::WasmLd,
    names: &["wasm-ld-19", "wasm-ld"],
    package: "lld-19",
};
pub const LLVM_AR: ToolSpec = ToolSpec {
    what: "llvm-ar",
    var: Var::LlvmAr,
    names: &["llvm-ar-19", "llvm-ar"],
    package: "llvm-19",
};
/// ranlib, nm and node are what build systems run beside the compiler
/// (`wasmcmake`, `wasmconfigure`, `wasmmake`; see buildsys.rs).
pub const LLVM_RANLIB: ToolSpec = ToolSpec {
    what: "llvm-ranlib",
    var: Var::LlvmRanlib,
    names: &["llvm-ranlib-19", "llvm-ranlib"],
    package: "llvm-19",
};
pub const LLVM_NM: ToolSpec = ToolSpec {
    what: "llvm-nm",
    var: Var::LlvmNm,
    names: &["llvm-nm-19", "llvm-nm"],
    package: "llvm-19",
};
pub const NODE: ToolSpec = ToolSpec {
    what: "node",
    var: Var::Node,
    names: &["node", "nodejs"],
    package: "nodejs",
};
pub const WASM_OPT: ToolSpec = ToolSpec {
    what: "wasm-opt",
    var: Var::WasmOpt,
    names: &["wasm-opt"],
    package: "binaryen",
};

/// A tool to run: the program, and the words that come before the
/// arguments when the variable named a wrapper (`ccache clang-19`,
/// `distcc clang-19`), as cc-rs reads `CC`. `path` is the tool itself (the
/// last word), for what asks where it is.
#[derive(Clone, Debug)]
pub struct Tool {
    pub path: PathBuf,
    program: PathBuf,
    pre_args: Vec<OsString>,
}

impl Tool {
    /// A `Command` that runs the tool (through its wrapper, if any).
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(&self.program);
        cmd.args(&self.pre_args);
        cmd
    }
}

/// Finds a tool, or says in one line which package provides it.
pub fn find(spec: &ToolSpec) -> Result<PathBuf> {
    Ok(find_tool(spec)?.path)
}

/// Finds a tool, with a wrapper when the variable names one.
pub fn find_tool(spec: &ToolSpec) -> Result<Tool> {
    if let Some(value) = env::get(spec.var) {
        return from_value(spec, &value);
    }
    spec.names
        .iter()
        .find_map(|name| which::which(name).ok())
        .map(|path| Tool {
            program: path.clone(),
            path,
            pre_args: Vec::new(),
        })
        .ok_or_else(|| {
            err!(
                "{} not found: install it with 'apt-get install {}' (or set {} to its path)",
                spec.what,
                spec.package,
                spec.var.name()
            )
        })
}

/// The tool a variable names: a path or a name on PATH, or words split at
/// spaces of which the first is the program to run and the last the tool.
fn from_value(spec: &ToolSpec, value: &std::ffi::OsStr) -> Result<Tool> {
    let not_found = |what: &str| {
        err!(
            "{} is set to '{}', but {what} is not an executable",
            spec.var.name(),
            value.to_string_lossy()
        )
    };
    // A path with spaces in it is still one program.
    if let Ok(path) = which::which(value) {
        return Ok(Tool {
            program: path.clone(),
            path,
            pre_args: Vec::new(),
        });
    }
    let text = value.to_string_lossy();
    let words: Vec<&str> = text.split_whitespace().collect();
    let [first, .., last] = words.as_slice() else {
        return Err(not_found("it"));
    };
    let program = which::which(first).map_err(|_| not_found(&format!("'{first}'")))?;
    let path = which::which(last).map_err(|_| not_found(&format!("'{last}'")))?;
    Ok(Tool {
        program,
        path,
        pre_args: words[1..].iter().map(OsString::from).collect(),
    })
}

/// The tools every build needs; wasm-opt is found when needed.
pub struct Tools {
    pub clang: Tool,
    pub wasm_ld: Tool,
    pub llvm_ar: Tool,
}

impl Tools {
    pub fn find() -> Result<Tools> {
        Ok(Tools {
            clang: find_tool(&CLANG)?,
            wasm_ld: find_tool(&WASM_LD)?,
            llvm_ar: find_tool(&LLVM_AR)?,
        })
    }
}

/// compiler-rt's builtins for wasm32, as clang names them.
pub fn clang_builtins(clang: &Path) -> Result<PathBuf> {
    let out = Command::new(clang)
        .args(["--target=wasm32-wasi", "-print-libgcc-file-name"])
        .output()
        .map_err(|e| err!("cannot run {}: {e}", clang.display()))?;
    let path = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
    if out.status.success() && path.is_file() {
        Ok(path)
    } else {
        Err(err!(
            "compiler-rt for wasm32 not found ({}): install it with 'apt-get install libclang-rt-19-dev-wasm32'",
            path.display()
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_wrapper_comes_before_the_tool() {
        let tool = from_value(&CLANG, std::ffi::OsStr::new("env true")).unwrap();
        assert!(tool.program.ends_with("env"), "{tool:?}");
        assert!(tool.path.ends_with("true"), "{tool:?}");
        let cmd = tool.command();
        assert_eq!(cmd.get_args().collect::<Vec<_>>(), ["true"]);
        let e = from_value(&CLANG, std::ffi::OsStr::new("env no-such-tool-x")).unwrap_err();
        assert!(
            e.to_string()
                .contains("'no-such-tool-x' is not an executable"),
            "{e}"
        );
    }
}
