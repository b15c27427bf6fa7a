//! Embeds the files the driver ships (JS templates, sysroot headers and the
//! support library's sources) into the binary, so that `wasmcc` works from
//! any directory after `cargo install` with nothing else to find.

use std::fs;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

const EMBEDDED_DIRS: &[&str] = &["js-templates", "sysroot/include", "libc-shims"];

/// Besides sysroot/ and libc-shims/, the sysroot is built from C tables that
/// GENERATOR makes out of GL_TABLE (eglGetProcAddress's lookup).
const GL_TABLE: &str = "js-templates/webgl/gles.json";
const GENERATOR: &str = "driver/procaddress.rs";

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let mut files = Vec::new();
    for dir in EMBEDDED_DIRS {
        println!("cargo:rerun-if-changed={dir}");
        collect(&root.join(dir), &mut files);
    }
    files.sort();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    let mut f = fs::File::create(out_dir.join("embedded.rs")).expect("write embedded.rs");
    // The sysroot's sources are fixed when wasmcc is built, so their hash
    // (part of the sysroot cache folder's name) is computed here, once, not
    // on every run.
    let mut sysroot_hash = std::collections::hash_map::DefaultHasher::new();
    env!("CARGO_PKG_VERSION").hash(&mut sysroot_hash);
    writeln!(f, "pub static FILES: &[(&str, &[u8])] = &[").unwrap();
    for path in &files {
        let rel = path
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            f,
            "    ({rel:?}, include_bytes!({:?})),",
            path.display().to_string()
        )
        .unwrap();
        if rel.starts_with("sysroot/") || rel.starts_with("libc-shims/") || rel == GL_TABLE {
            rel.hash(&mut sysroot_hash);
            fs::read(path)
                .expect("read an embedded file")
                .hash(&mut sysroot_hash);
        }
    }
    writeln!(f, "];").unwrap();
    println!("cargo:rerun-if-changed={GENERATOR}");
    fs::read(root.join(GENERATOR))
        .expect("read the generator")
        .hash(&mut sysroot_hash);
    writeln!(
        f,
        "pub const SYSROOT_SOURCES_HASH: u64 = {};",
        sysroot_hash.finish()
    )
    .unwrap();
}
