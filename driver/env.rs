//! Every environment variable wasmcc reads, in one table, read through one
//! function (`get`). The table drives `--help`, so a variable the driver
//! reads is a variable the user can find. The environment is read once, the
//! first time any variable is asked for: a build sees one consistent view.

use std::collections::HashMap;
use std::ffi::OsString;
use std::sync::OnceLock;

/// A variable the driver reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Var {
    Clang,
    WasmLd,
    LlvmAr,
    WasmOpt,
    LlvmRanlib,
    LlvmNm,
    Node,
    WasiSysroot,
    Cache,
    XdgCacheHome,
    Home,
    TmpDir,
    HostCommands,
    CmakeChecks,
    PortsSrc,
    SharedCache,
}

pub struct VarDef {
    pub var: Var,
    pub name: &'static str,
    pub help: &'static str,
}

/// The table, in the order `--help` shows it.
pub static VARS: &[VarDef] = &[
    VarDef {
        var: Var::Clang,
        name: "WASMCC_CLANG",
        help: "the clang to run (a wrapper may come first: 'ccache clang-19')",
    },
    VarDef {
        var: Var::WasmLd,
        name: "WASMCC_WASM_LD",
        help: "the wasm-ld to run (a wrapper may come first)",
    },
    VarDef {
        var: Var::LlvmAr,
        name: "WASMCC_LLVM_AR",
        help: "the llvm-ar to run",
    },
    VarDef {
        var: Var::WasmOpt,
        name: "WASMCC_WASM_OPT",
        help: "the wasm-opt to run (a wrapper may come first)",
    },
    VarDef {
        var: Var::LlvmRanlib,
        name: "WASMCC_LLVM_RANLIB",
        help: "the llvm-ranlib build systems get as RANLIB",
    },
    VarDef {
        var: Var::LlvmNm,
        name: "WASMCC_LLVM_NM",
        help: "the llvm-nm build systems get as NM",
    },
    VarDef {
        var: Var::Node,
        name: "WASMCC_NODE",
        help: "the node that runs programs for CMake, Meson and configure",
    },
    VarDef {
        var: Var::WasiSysroot,
        name: "WASMCC_WASI_SYSROOT",
        help: "the root of wasi-libc (default /usr)",
    },
    VarDef {
        var: Var::Cache,
        name: "WASMCC_CACHE",
        help: "the folder of the sysroot cache (default ~/.cache/wasmcc)",
    },
    VarDef {
        var: Var::PortsSrc,
        name: "WASMCC_PORTS_SRC",
        help: "the folder of the ports' sources, which scripts/setup.sh fetches (default /var/cache/wasmcc/ports)",
    },
    VarDef {
        var: Var::SharedCache,
        name: "WASMCC_SHARED_CACHE",
        help: "a sysroot cache for every user, which scripts/setup.sh fills; a sysroot found there is copied, not built (default /var/cache/wasmcc/sysroot)",
    },
    VarDef {
        var: Var::XdgCacheHome,
        name: "XDG_CACHE_HOME",
        help: "where the cache goes when WASMCC_CACHE is not set",
    },
    VarDef {
        var: Var::Home,
        name: "HOME",
        help: "where the cache goes when neither of the above is set",
    },
    VarDef {
        var: Var::TmpDir,
        name: "TMPDIR",
        help: "where temporary folders are made (default /tmp)",
    },
    VarDef {
        var: Var::HostCommands,
        name: "WASMCC_HOST_COMMANDS",
        help:
            "set by wasmconfigure and wasmmake: outputs without an extension use the host's files",
    },
    VarDef {
        var: Var::CmakeChecks,
        name: "WASMCC_CMAKE_CHECKS",
        help: "set by the CMake toolchain file while CMake runs its checks",
    },
];

impl Var {
    pub fn name(self) -> &'static str {
        VARS.iter().find(|d| d.var == self).map_or("", |d| d.name)
    }
}

/// The value of `var`, or `None` when it is unset or empty (an empty value
/// means "not set", as in cc-rs).
pub fn get(var: Var) -> Option<OsString> {
    static SNAPSHOT: OnceLock<HashMap<Var, OsString>> = OnceLock::new();
    SNAPSHOT
        .get_or_init(|| {
            VARS.iter()
                .filter_map(|d| {
                    std::env::var_os(d.name)
                        .filter(|v| !v.is_empty())
                        .map(|v| (d.var, v))
                })
                .collect()
        })
        .get(&var)
        .cloned()
}

/// Whether `var` is set to something.
pub fn is_set(var: Var) -> bool {
    get(var).is_some()
}

/// The `--help` section listing every variable.
pub fn help() -> String {
    let mut out = String::from("\nEnvironment:\n");
    for d in VARS {
        out.push_str(&format!("  {:<22} {}\n", d.name, d.help));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_variable_has_one_row() {
        let mut names: Vec<_> = VARS.iter().map(|d| d.name).collect();
        let mut vars: Vec<_> = VARS.iter().map(|d| format!("{:?}", d.var)).collect();
        names.sort();
        names.dedup();
        vars.sort();
        vars.dedup();
        assert_eq!(names.len(), VARS.len(), "a name appears twice");
        assert_eq!(vars.len(), VARS.len(), "a variable appears twice");
        assert!(VARS.iter().all(|d| d.var.name() == d.name));
    }
}
