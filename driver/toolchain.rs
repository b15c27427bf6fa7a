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

use crate::err;
use crate::error::Result;
use std::path::PathBuf;

pub struct ToolSpec {
    pub what: &'static str,
    pub var: &'static str,
    pub names: &'static [&'static str],
    pub package: &'static str,
}

pub const CLANG: ToolSpec = ToolSpec {
    what: "clang",
    var: "WASMCC_CLANG",
    names: &["clang-19", "clang"],
    package: "clang-19",
};
pub const WASM_LD: ToolSpec = ToolSpec {
    what: "wasm-ld",
    var: "WASMCC_WASM_LD",
    names: &["wasm-ld-19", "wasm-ld"],
    package: "lld-19",
};
pub const LLVM_AR: ToolSpec = ToolSpec {
    what: "llvm-ar",
    var: "WASMCC_LLVM_AR",
    names: &["llvm-ar-19", "llvm-ar"],
    package: "llvm-19",
};
/// ranlib, nm and node are what build systems run beside the compiler
/// (`wasmcmake`, `wasmconfigure`, `wasmmake`; see buildsys.rs).
pub const LLVM_RANLIB: ToolSpec = ToolSpec {
    what: "llvm-ranlib",
    var: "WASMCC_LLVM_RANLIB",
    names: &["llvm-ranlib-19", "llvm-ranlib"],
    package: "llvm-19",
};
pub const LLVM_NM: ToolSpec = ToolSpec {
    what: "llvm-nm",
    var: "WASMCC_LLVM_NM",
    names: &["llvm-nm-19", "llvm-nm"],
    package: "llvm-19",
};
pub const NODE: ToolSpec = ToolSpec {
    what: "node",
    var: "WASMCC_NODE",
    names: &["node", "nodejs"],
    package: "nodejs",
};
pub const WASM_OPT: ToolSpec = ToolSpec {
    what: "wasm-opt",
    var: "WASMCC_WASM_OPT",
    names: &["wasm-opt"],
    package: "binaryen",
};

/// Every tool wasmcc may run, for `--help`.
pub const ALL: &[&ToolSpec] = &[
    &CLANG,
    &WASM_LD,
    &LLVM_AR,
    &WASM_OPT,
    &LLVM_RANLIB,
    &LLVM_NM,
    &NODE,
];

/// Finds a tool, or says in one line which package provides it.
pub fn find(spec: &ToolSpec) -> Result<PathBuf> {
    if let Some(value) = std::env::var_os(spec.var).filter(|v| !v.is_empty()) {
        return which::which(&value).map_err(|_| {
            err!(
                "{} is set to '{}', which is not an executable",
                spec.var,
                value.to_string_lossy()
            )
        });
    }
    spec.names
        .iter()
        .find_map(|name| which::which(name).ok())
        .ok_or_else(|| {
            err!(
                "{} not found: install it with 'apt-get install {}' (or set {} to its path)",
                spec.what,
                spec.package,
                spec.var
            )
        })
}

/// The tools every build needs; wasm-opt and llvm-ar are found when needed.
pub struct Tools {
    pub clang: PathBuf,
    pub wasm_ld: PathBuf,
    pub llvm_ar: PathBuf,
}

impl Tools {
    pub fn find() -> Result<Tools> {
        Ok(Tools {
            clang: find(&CLANG)?,
            wasm_ld: find(&WASM_LD)?,
            llvm_ar: find(&LLVM_AR)?,
        })
    }
}

/// compiler-rt's builtins for wasm32, as clang names them.
pub fn clang_builtins(clang: &std::path::Path) -> Result<PathBuf> {
    let out = std::process::Command::new(clang)
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
