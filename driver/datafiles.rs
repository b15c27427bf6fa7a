//! A program's data files, as emcc spells them: `--preload-file SRC[@DST]`
//! (one `.data` package beside the JS, fetched with the module),
//! `--embed-file SRC[@DST]` (inside the module) and `--exclude-file PATTERN`.
//! The runtime (`js-templates/lib/datafiles.js`) puts the files in the
//! in-memory file system before `main` starts.
//!
//! The mappings are resolved before anything is compiled, so a typo fails in
//! milliseconds; the packages are written once the module is linked.

use crate::cli::Options;
use crate::err;
use crate::error::{IoContext, Result};
use std::collections::{BTreeSet, HashMap};
use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// How a file travels with the program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Packing {
    /// `--preload-file`: in the `.data` package (in the JS with `-sSINGLE_FILE`).
    Preload,
    /// `--embed-file`: in the wasm module.
    Embed,
}

impl Packing {
    fn flag(self) -> &'static str {
        match self {
            Packing::Preload => "--preload-file",
            Packing::Embed => "--embed-file",
        }
    }
}

/// One `--preload-file` or `--embed-file` argument, as given.
#[derive(Clone, Debug)]
pub struct Request {
    pub packing: Packing,
    pub spec: String,
}

/// A file to package: where it is read from, where the program sees it.
#[derive(Debug, PartialEq, Eq)]
pub struct DataFile {
    pub host: PathBuf,
    pub virt: String,
    pub size: u64,
}

/// Every mapping, resolved to files.
#[derive(Debug, Default)]
pub struct Resolved {
    /// Folders to create, also empty ones, parents first.
    pub dirs: Vec<String>,
    pub preload: Vec<DataFile>,
    pub embed: Vec<DataFile>,
}

/// The name of the wasm custom section that holds the `--embed-file` bytes.
pub const EMBED_SECTION: &str = "wasmcc.files";

/// `prog.js`, `prog.mjs` or `prog` -> `prog.data`, beside the JS (as emcc names it).
pub fn package_path(js: &Path) -> Result<PathBuf> {
    let data = js.with_extension("data");
    if data == js {
        return Err(err!(
            "{}: the script would have the name of its .data package; name it .js",
            js.display()
        ));
    }
    Ok(data)
}

/// Whether the build has a `.data` file to write beside the JS.
pub fn writes_package(opts: &Options) -> bool {
    !opts.settings.SINGLE_FILE
        && opts
            .data_files
            .iter()
            .any(|r| r.packing == Packing::Preload)
}

/// Resolves the mappings into files, or `None` when there are none.
/// `has_runtime`: the output has wasmcc's JS, which unpacks them.
pub fn resolve(opts: &Options, has_runtime: bool) -> Result<Option<Resolved>> {
    let Some(first) = opts.data_files.first() else {
        return Ok(None);
    };
    let flag = first.packing.flag();
    if !has_runtime {
        return Err(err!(
            "{flag} needs wasmcc's JS runtime to unpack the files: write a .js, .mjs or .html output"
        ));
    }
    if opts.settings.NODERAWFS {
        return Err(err!(
            "{flag} fills the in-memory file system, but -sNODERAWFS gives the program the host's files instead"
        ));
    }
    let cwd = std::env::current_dir().map_err(|e| err!("cannot read the current folder: {e}"))?;
    let mut out = Resolved::default();
    for request in &opts.data_files {
        add(&mut out, request, &opts.exclude_files, &cwd)?;
    }
    out.dirs = all_dirs(&out);
    check_conflicts(&out)?;
    Ok(Some(out))
}

/// `SRC@DST` -> (SRC, DST): the last single `@` divides them and `@@` is a
/// literal `@`, as emcc reads it.
fn split_spec(spec: &str) -> (String, Option<String>) {
    let bytes = spec.as_bytes();
    let mut at = None;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'@' {
            if bytes.get(i + 1) == Some(&b'@') {
                i += 2;
                continue;
            }
            at = Some(i);
        }
        i += 1;
    }
    let unescape = |s: &str| s.replace("@@", "@");
    match at {
        Some(i) => (unescape(&spec[..i]), Some(unescape(&spec[i + 1..]))),
        None => (unescape(spec), None),
    }
}

/// `path` as an absolute path of the virtual file system, with `.` and `..`
/// resolved; a relative path starts at the root (the program's starting
/// folder). `None` when `..` climbs past the root.
fn normalize_virtual(path: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            p => parts.push(p),
        }
    }
    Some(format!("/{}", parts.join("/")))
}

/// Where SRC appears without `@DST`: "at the same path relative to the
/// current directory", as emcc documents it; an absolute SRC too, when it
/// lies under the current folder.
fn default_virtual(src: &str, cwd: &Path) -> Option<String> {
    let path = Path::new(src);
    if !path.is_absolute() {
        return normalize_virtual(src);
    }
    // Lexically, as the path was written: `..` in it climbs the names given.
    let mut parts: Vec<&std::ffi::OsStr> = Vec::new();
    for c in path.components() {
        match c {
            Component::Normal(p) => parts.push(p),
            Component::ParentDir => {
                parts.pop();
            }
            _ => {}
        }
    }
    let absolute: PathBuf = std::iter::once(Path::new("/").as_os_str())
        .chain(parts)
        .collect();
    let rel = absolute.strip_prefix(cwd).ok()?;
    normalize_virtual(rel.to_str()?)
}

fn join_virtual(dir: &str, rel: &str) -> String {
    if dir == "/" {
        format!("/{rel}")
    } else {
        format!("{dir}/{rel}")
    }
}

fn add(out: &mut Resolved, request: &Request, excludes: &[String], cwd: &Path) -> Result<()> {
    let flag = request.packing.flag();
    let spec = &request.spec;
    let (src, dst) = split_spec(spec);
    if src.is_empty() {
        return Err(err!("{flag} {spec}: the source is empty"));
    }
    let host = PathBuf::from(&src);
    let meta = fs::metadata(&host).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => err!("{flag} {spec}: {src} does not exist"),
        _ => err!("{flag} {spec}: cannot read {src}: {e}"),
    })?;
    let virt = match &dst {
        Some(d) => normalize_virtual(d).ok_or_else(|| {
            err!("{flag} {spec}: {d} climbs above the root of the virtual file system")
        })?,
        None => default_virtual(&src, cwd).ok_or_else(|| {
            let escaped = src.replace('@', "@@");
            err!(
                "{flag} {spec}: {src} is outside the current folder, so it has no path of its own \
                 in the virtual file system; give it one with {escaped}@/PATH"
            )
        })?,
    };
    let files = match request.packing {
        Packing::Preload => &mut out.preload,
        Packing::Embed => &mut out.embed,
    };
    if meta.is_file() {
        // A file mapped to a folder (`x.txt@/`, `x.txt@/assets/`) goes in it under its own name.
        let into_dir = virt == "/" || dst.as_deref().is_some_and(|d| d.ends_with('/'));
        let virt = if into_dir {
            let name = host
                .file_name()
                .and_then(|n| n.to_str())
                .ok_or_else(|| err!("{flag} {spec}: {src} has no usable file name"))?;
            join_virtual(&virt, name)
        } else {
            virt
        };
        files.push(DataFile {
            host,
            virt,
            size: meta.len(),
        });
        return Ok(());
    }
    if !meta.is_dir() {
        return Err(err!("{flag} {spec}: {src} is neither a file nor a folder"));
    }
    out.dirs.push(virt.clone());
    let walk = walkdir::WalkDir::new(&host)
        .follow_links(true)
        .sort_by_file_name()
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| !excluded(e.path(), excludes));
    for entry in walk {
        let entry = entry.map_err(|e| err!("{flag} {spec}: {e}"))?;
        let rel = entry
            .path()
            .strip_prefix(&host)
            .ok()
            .and_then(|r| r.to_str())
            .ok_or_else(|| {
                err!(
                    "{flag} {spec}: {} is not a UTF-8 name, which a virtual path must be",
                    entry.path().display()
                )
            })?;
        let entry_virt = join_virtual(&virt, rel);
        let file_type = entry.file_type();
        if file_type.is_dir() {
            out.dirs.push(entry_virt);
        } else if file_type.is_file() {
            let size = entry
                .metadata()
                .map_err(|e| err!("{flag} {spec}: {e}"))?
                .len();
            let files = match request.packing {
                Packing::Preload => &mut out.preload,
                Packing::Embed => &mut out.embed,
            };
            files.push(DataFile {
                host: entry.path().to_path_buf(),
                virt: entry_virt,
                size,
            });
        }
        // Sockets, pipes and devices have no contents to package.
    }
    Ok(())
}

/// `--exclude-file`: the pattern matches the path as walked (`assets/a.tmp`)
/// or the name alone (`a.tmp`); `*` matches any characters, `/` included,
/// and `?` one, as in emcc (Python's fnmatch).
fn excluded(path: &Path, patterns: &[String]) -> bool {
    let full = path.to_string_lossy();
    let name = path.file_name().map(|n| n.to_string_lossy());
    patterns
        .iter()
        .any(|p| glob_match(p, &full) || name.as_deref().is_some_and(|n| glob_match(p, n)))
}

fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    let (mut pi, mut ti) = (0, 0);
    // Where the last `*` was and the text position it matched up to.
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// The folders to create: those walked, and every folder above a file or
/// a folder, without the root; in sorted order, which puts parents first.
fn all_dirs(r: &Resolved) -> Vec<String> {
    let mut dirs: BTreeSet<&str> = r.dirs.iter().map(String::as_str).collect();
    for path in r
        .dirs
        .iter()
        .chain(r.preload.iter().chain(&r.embed).map(|f| &f.virt))
    {
        let mut at = path.as_str();
        while let Some(i) = at.rfind('/') {
            at = &at[..i];
            if at.is_empty() {
                break;
            }
            dirs.insert(at);
        }
    }
    dirs.remove("/");
    dirs.into_iter().map(String::from).collect()
}

/// Two files at one path, or a file where a folder must be, is an error:
/// one of them would silently be lost.
fn check_conflicts(r: &Resolved) -> Result<()> {
    let mut files: HashMap<&str, &Path> = HashMap::new();
    let dirs: BTreeSet<&str> = r.dirs.iter().map(String::as_str).collect();
    for f in r.preload.iter().chain(&r.embed) {
        if let Some(other) = files.insert(&f.virt, &f.host) {
            return Err(err!(
                "{} and {} are both mapped to {} in the virtual file system",
                other.display(),
                f.host.display(),
                f.virt
            ));
        }
        if f.virt == "/" || dirs.contains(f.virt.as_str()) {
            return Err(err!(
                "{} is mapped to {}, which must be a folder for other data files",
                f.host.display(),
                f.virt
            ));
        }
    }
    Ok(())
}

/// Copies the files one after the other into `out`; returns the manifest
/// entries `[path, offset, size]`.
fn concat(files: &[DataFile], out: &mut dyn Write) -> Result<Vec<serde_json::Value>> {
    let mut entries = Vec::new();
    let mut offset = 0u64;
    for f in files {
        let mut src = fs::File::open(&f.host).at("read", &f.host)?;
        // The size copied, not the one seen earlier: the file may have changed since.
        let size = std::io::copy(&mut src, out).at("package", &f.host)?;
        entries.push(serde_json::json!([f.virt, offset, size]));
        offset += size;
    }
    Ok(entries)
}

/// Writes the packages and returns the manifest the JS reads
/// (`settings.dataFiles`). The preload package goes to `data_out`, or with
/// `single_file` into the manifest as base64; the embed package is appended
/// to `wasm` as a custom section.
pub fn package(
    r: &Resolved,
    wasm: &mut Vec<u8>,
    data_out: &Path,
    data_name: &str,
    single_file: bool,
) -> Result<serde_json::Value> {
    let mut manifest = serde_json::json!({ "dirs": r.dirs });
    if !r.preload.is_empty() {
        if single_file {
            let mut bytes = Vec::new();
            manifest["preload"] = concat(&r.preload, &mut bytes)?.into();
            manifest["base64"] = crate::page::base64(&bytes).into();
        } else {
            let mut file =
                std::io::BufWriter::new(fs::File::create(data_out).at("write", data_out)?);
            manifest["preload"] = concat(&r.preload, &mut file)?.into();
            file.flush().at("write", data_out)?;
            manifest["file"] = data_name.into();
        }
    }
    if !r.embed.is_empty() {
        // A custom section rather than a data segment: the engine never
        // copies it into linear memory, where the bytes would sit twice
        // (the file system lives in JS) and count against the program's
        // memory; JS reads it once with WebAssembly.Module.customSections.
        let mut bytes = Vec::new();
        manifest["embed"] = concat(&r.embed, &mut bytes)?.into();
        append_custom_section(wasm, EMBED_SECTION, &bytes);
    }
    Ok(manifest)
}

fn leb128(n: usize, out: &mut Vec<u8>) {
    crate::wasmbytes::write_uleb(out, n as u64);
}

/// Appends a custom section (id 0: size, name, bytes) to the module at `wasm`.
fn append_custom_section(wasm: &mut Vec<u8>, name: &str, payload: &[u8]) {
    let mut name_part = Vec::new();
    leb128(name.len(), &mut name_part);
    name_part.extend_from_slice(name.as_bytes());
    let mut header = vec![0u8];
    leb128(name_part.len() + payload.len(), &mut header);
    header.extend_from_slice(&name_part);
    wasm.extend_from_slice(&header);
    wasm.extend_from_slice(payload);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn at_divides_and_double_at_escapes() {
        assert_eq!(split_spec("a.txt"), ("a.txt".into(), None));
        assert_eq!(
            split_spec("a.txt@/b.txt"),
            ("a.txt".into(), Some("/b.txt".into()))
        );
        assert_eq!(split_spec("me@@home.txt"), ("me@home.txt".into(), None));
        assert_eq!(
            split_spec("me@@home.txt@/x@@y"),
            ("me@home.txt".into(), Some("/x@y".into()))
        );
        // The last single `@` divides (emcc 3.1.2 and later).
        assert_eq!(split_spec("a@b@c"), ("a@b".into(), Some("c".into())));
    }

    #[test]
    fn virtual_paths() {
        assert_eq!(
            normalize_virtual("assets/./x").as_deref(),
            Some("/assets/x")
        );
        assert_eq!(normalize_virtual("/a/../b/").as_deref(), Some("/b"));
        assert_eq!(normalize_virtual("/../x"), None);
        assert_eq!(normalize_virtual("../x"), None);
        let cwd = Path::new("/home/me/game");
        assert_eq!(
            default_virtual("/home/me/game/data/x.png", cwd).as_deref(),
            Some("/data/x.png")
        );
        assert_eq!(default_virtual("/etc/passwd", cwd), None);
    }

    #[test]
    fn globs() {
        assert!(glob_match("*.tmp", "a.tmp"));
        assert!(glob_match("*.tmp", "assets/sub/a.tmp"));
        assert!(!glob_match("*.tmp", "a.tmpx"));
        assert!(glob_match("level?.dat", "level1.dat"));
        assert!(!glob_match("level?.dat", "level10.dat"));
        assert!(glob_match("*", ""));
        assert!(glob_match("a*b*c", "aXXbYYc"));
    }

    #[test]
    fn custom_section_bytes() {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        append_custom_section(&mut wasm, "ab", b"xyz");
        assert_eq!(wasm, b"\0asm\x01\0\0\0\x00\x06\x02abxyz".to_vec());
    }
}
