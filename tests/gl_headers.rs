//! Checks the GLES2 / GLES3 / EGL headers of our sysroot and the WebGL
//! binding table `js-templates/webgl/gles.json`:
//!
//! - the headers compile cleanly with clang for wasm32, as C and as C++, in
//!   either include order, and a sample of their constants has the values the
//!   OpenGL ES 2.0 / 3.0 and EGL 1.4 specifications give;
//! - every entry point's `PFN...PROC` type agrees with its prototype;
//! - the table lists exactly the functions the headers declare, with the same
//!   parameters, kinds that fit the C types, and a stable order.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn include_dir() -> PathBuf {
    repo().join("sysroot/include")
}

/// A header's text, with the shared OpenGL ES 2.0 part included in place so
/// that gl2.h and gl3.h each read as the whole API they declare.
fn read(rel: &str) -> String {
    let path = repo().join(rel);
    let text = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    const SHARED: &str = "#include <GLES2/gles2_api.h>";
    if rel.ends_with("gles2_api.h") || !text.contains(SHARED) {
        return text;
    }
    text.replace(SHARED, &read("sysroot/include/GLES2/gles2_api.h"))
}

fn table() -> Value {
    serde_json::from_str(&read("js-templates/webgl/gles.json"))
        .expect("gles.json is not valid JSON")
}

// ---------------------------------------------------------------------------
// Header parsing
// ---------------------------------------------------------------------------

/// One `GL_APICALL <ret> GL_APIENTRY <name> (<params>);` declaration.
#[derive(Debug, Clone, PartialEq)]
struct Decl {
    ret: String,
    name: String,
    /// (C type, parameter name) pairs; empty for `(void)`.
    params: Vec<(String, String)>,
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Splits `const GLchar *const *string` into (`const GLchar *const *`, `string`).
fn split_param(p: &str) -> (String, String) {
    let p = p.trim();
    let cut = p
        .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .map(|i| i + 1)
        .unwrap_or(0);
    let ty = squash(&p[..cut]);
    let ty = ty.replace(" *", "*").replace("*", " *").trim().to_string();
    (squash(&ty), p[cut..].to_string())
}

/// Reads every `GL_APICALL` declaration of a header, in order.
fn parse_decls(text: &str) -> Vec<Decl> {
    let mut decls = Vec::new();
    let mut pending: Option<String> = None;
    for line in text.lines() {
        let t = line.trim();
        let mut cur = match pending.take() {
            Some(mut p) => {
                p.push(' ');
                p.push_str(t);
                p
            }
            None if t.starts_with("GL_APICALL ") => t.to_string(),
            None => continue,
        };
        if !cur.contains(';') {
            pending = Some(std::mem::take(&mut cur));
            continue;
        }
        let body = cur["GL_APICALL".len()..cur.find(';').unwrap()].trim();
        let (ret, rest) = body
            .split_once("GL_APIENTRY")
            .unwrap_or_else(|| panic!("no GL_APIENTRY in: {cur}"));
        let open = rest.find('(').unwrap_or_else(|| panic!("no '(' in: {cur}"));
        let close = rest
            .rfind(')')
            .unwrap_or_else(|| panic!("no ')' in: {cur}"));
        let name = rest[..open].trim().to_string();
        let inner = rest[open + 1..close].trim();
        let params = if inner == "void" || inner.is_empty() {
            Vec::new()
        } else {
            inner.split(',').map(split_param).collect()
        };
        decls.push(Decl {
            ret: squash(ret),
            name,
            params,
        });
    }
    decls
}

/// `#define NAME VALUE` lines of a header, in order.
fn parse_defines(text: &str) -> Vec<(String, String)> {
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("#define "))
        .filter_map(|rest| {
            let mut it = rest.splitn(2, char::is_whitespace);
            let name = it.next()?.to_string();
            Some((name, it.next().unwrap_or("").trim().to_string()))
        })
        .collect()
}

/// The text between `#ifndef <macro>` and `#endif /* <macro> */`.
fn version_block<'a>(text: &'a str, macro_name: &str) -> &'a str {
    let start = text
        .find(&format!("#ifndef {macro_name}\n"))
        .unwrap_or_else(|| panic!("no #ifndef {macro_name} block"));
    let end_marker = format!("#endif /* {macro_name} */");
    let end = text[start..]
        .find(&end_marker)
        .unwrap_or_else(|| panic!("{macro_name} block is not closed"));
    &text[start..start + end + end_marker.len()]
}

// ---------------------------------------------------------------------------
// Table checks
// ---------------------------------------------------------------------------

const PARAM_KINDS: &[&str] = &[
    "int",
    "uint",
    "float",
    "enum",
    "boolean",
    "bitfield",
    "sizei",
    "intptr",
    "sizeiptr",
    "uint64",
    "object",
    "in_ptr",
    "out_ptr",
    "string_in",
    "strings_in",
    "string_out",
    "names_in",
    "names_out",
];
const RET_KINDS: &[&str] = &[
    "void", "int", "uint", "float", "enum", "boolean", "bitfield", "sizei", "intptr", "sizeiptr",
    "pointer", "string",
];
const OBJECTS: &[&str] = &[
    "buffer",
    "texture",
    "program",
    "shader",
    "framebuffer",
    "renderbuffer",
    "vertex_array",
    "query",
    "sampler",
    "sync",
    "transform_feedback",
    "uniform_location",
];
const ELEMS: &[&str] = &["f32", "i32", "u32", "i64", "u8", "u16", "void", "ptr"];
const OFFSET_TARGETS: &[&str] = &[
    "array_buffer",
    "element_array_buffer",
    "pixel_pack_buffer",
    "pixel_unpack_buffer",
];

/// The return kind a C return type must have in the table.
fn ret_kind(c: &str) -> Option<&'static str> {
    Some(match c {
        "void" => "void",
        "GLenum" => "enum",
        "GLboolean" => "boolean",
        "GLint" => "int",
        "GLuint" => "uint",
        "GLfloat" => "float",
        "GLbitfield" => "bitfield",
        "GLsizei" => "sizei",
        "GLintptr" => "intptr",
        "GLsizeiptr" => "sizeiptr",
        "const GLubyte *" => "string",
        "void *" | "GLsync" => "pointer",
        _ => return None,
    })
}

/// Whether a table kind can describe a parameter of C type `c`.
fn kind_fits(c: &str, kind: &str, elem: Option<&str>) -> bool {
    let pointer = c.contains('*');
    if !pointer {
        return match c {
            "GLenum" => kind == "enum",
            "GLbitfield" => kind == "bitfield",
            "GLboolean" => kind == "boolean",
            "GLfloat" => kind == "float",
            "GLint" => kind == "int" || kind == "object",
            "GLuint" => kind == "uint" || kind == "object",
            "GLsizei" => kind == "sizei",
            "GLintptr" => kind == "intptr",
            "GLsizeiptr" => kind == "sizeiptr",
            "GLuint64" => kind == "uint64",
            "GLsync" => kind == "object",
            _ => false,
        };
    }
    let is_const = c.starts_with("const ");
    let base = c
        .trim_start_matches("const ")
        .split(' ')
        .next()
        .unwrap_or("");
    let stars = c.matches('*').count();
    match kind {
        "string_in" => c == "const GLchar *",
        "strings_in" => c == "const GLchar *const *",
        "string_out" => c == "GLchar *",
        "names_in" => c == "const GLuint *",
        "names_out" => c == "GLuint *",
        "in_ptr" | "out_ptr" => {
            if (kind == "in_ptr") != is_const {
                return false;
            }
            let want = match (base, stars) {
                ("void", 2) => "ptr",
                (_, 2) => return false,
                ("GLfloat", _) => "f32",
                ("GLint" | "GLsizei", _) => "i32",
                ("GLuint" | "GLenum", _) => "u32",
                ("GLint64", _) => "i64",
                ("GLboolean" | "GLubyte" | "GLchar", _) => "u8",
                ("GLushort", _) => "u16",
                ("void", _) => "void",
                _ => return false,
            };
            elem == Some(want)
        }
        _ => false,
    }
}

/// Everything wrong with `entries` (one array of the table) measured against
/// the declarations `decls` (name -> (declaration, version)).
fn table_mismatches(decls: &BTreeMap<String, (Decl, u64)>, entries: &[Value]) -> Vec<String> {
    let mut errs = Vec::new();
    let mut seen = BTreeSet::new();
    let mut prev: Option<(u64, String)> = None;
    for e in entries {
        let name = e["name"].as_str().unwrap_or("<no name>").to_string();
        let version = e["version"].as_u64().unwrap_or(0);
        if !seen.insert(name.clone()) {
            errs.push(format!("{name}: listed twice"));
        }
        if let Some(p) = &prev {
            if (version, name.clone()) <= *p {
                errs.push(format!("{name}: out of order (after {})", p.1));
            }
        }
        prev = Some((version, name.clone()));
        let Some((decl, decl_version)) = decls.get(&name) else {
            errs.push(format!(
                "{name}: in gles.json but not declared in the headers"
            ));
            continue;
        };
        if version != *decl_version {
            errs.push(format!(
                "{name}: version {version}, header says {decl_version}"
            ));
        }
        let ret = e["ret"].as_str().unwrap_or("");
        if !RET_KINDS.contains(&ret) || ret_kind(&decl.ret) != Some(ret) {
            errs.push(format!(
                "{name}: ret {ret:?} does not fit C type {:?}",
                decl.ret
            ));
        }
        if let Some(o) = e.get("ret_object") {
            if !OBJECTS.contains(&o.as_str().unwrap_or("")) {
                errs.push(format!("{name}: unknown ret_object {o}"));
            }
        }
        match e["webgl"] {
            Value::String(ref s) if !s.is_empty() => {}
            Value::Null => {
                if e["note"].as_str().is_none_or(str::is_empty) {
                    errs.push(format!("{name}: webgl is null but there is no note"));
                }
            }
            _ => errs.push(format!("{name}: webgl must be a method name or null")),
        }
        let params = e["params"].as_array().cloned().unwrap_or_default();
        if params.len() != decl.params.len() {
            errs.push(format!(
                "{name}: {} parameters in gles.json, {} in the header",
                params.len(),
                decl.params.len()
            ));
            continue;
        }
        let names: Vec<&str> = decl.params.iter().map(|p| p.1.as_str()).collect();
        for (p, (cty, cname)) in params.iter().zip(&decl.params) {
            let pname = p["name"].as_str().unwrap_or("");
            let kind = p["kind"].as_str().unwrap_or("");
            let elem = p.get("elem").and_then(Value::as_str);
            if pname != cname {
                errs.push(format!("{name}: parameter {pname:?}, header has {cname:?}"));
            }
            if !PARAM_KINDS.contains(&kind) {
                errs.push(format!("{name}.{pname}: unknown kind {kind:?}"));
            } else if !kind_fits(cty, kind, elem) {
                errs.push(format!(
                    "{name}.{pname}: kind {kind:?} (elem {elem:?}) does not fit C type {cty:?}"
                ));
            }
            let needs_object = matches!(kind, "object" | "names_in" | "names_out");
            match p.get("object").and_then(Value::as_str) {
                Some(o) if !OBJECTS.contains(&o) => {
                    errs.push(format!("{name}.{pname}: unknown object type {o:?}"))
                }
                Some(_) if !needs_object => {
                    errs.push(format!("{name}.{pname}: object type on a {kind} parameter"))
                }
                None if needs_object => errs.push(format!(
                    "{name}.{pname}: {kind} parameter without object type"
                )),
                _ => {}
            }
            if let Some(el) = elem {
                if !ELEMS.contains(&el) {
                    errs.push(format!("{name}.{pname}: unknown elem {el:?}"));
                }
            }
            if let Some(t) = p.get("offset_when_bound").and_then(Value::as_str) {
                if !OFFSET_TARGETS.contains(&t) || kind != "in_ptr" && kind != "out_ptr" {
                    errs.push(format!("{name}.{pname}: bad offset_when_bound {t:?}"));
                }
            }
            if let Some(len) = p.get("len").and_then(Value::as_str) {
                let ok = len.split('*').all(|f| {
                    f.chars().all(|c| c.is_ascii_digit()) && !f.is_empty() || names.contains(&f)
                });
                if !ok {
                    errs.push(format!("{name}.{pname}: len {len:?} names no parameter"));
                }
            }
        }
    }
    for (name, (_, version)) in decls {
        if !seen.contains(name) {
            errs.push(format!(
                "{name}: declared in the headers (ES {version}) but missing from gles.json"
            ));
        }
    }
    errs
}

fn core_decls() -> BTreeMap<String, (Decl, u64)> {
    let gl2 = parse_decls(&read("sysroot/include/GLES2/gl2.h"));
    let gl3 = parse_decls(&read("sysroot/include/GLES3/gl3.h"));
    let mut map = BTreeMap::new();
    for d in &gl2 {
        map.insert(d.name.clone(), (d.clone(), 2));
    }
    for d in &gl3 {
        match map.get(&d.name) {
            Some((d2, _)) => assert_eq!(d2, d, "gl2.h and gl3.h declare {} differently", d.name),
            None => {
                map.insert(d.name.clone(), (d.clone(), 3));
            }
        }
    }
    map
}

fn ext_decls() -> BTreeMap<String, (Decl, u64)> {
    parse_decls(&read("sysroot/include/GLES2/gl2ext.h"))
        .into_iter()
        .map(|d| (d.name.clone(), (d, 2)))
        .collect()
}

fn entries<'a>(t: &'a Value, key: &str) -> &'a [Value] {
    t[key]
        .as_array()
        .unwrap_or_else(|| panic!("gles.json has no {key:?} array"))
}

#[test]
fn headers_declare_the_full_es2_and_es3_api() {
    let decls = core_decls();
    let es2 = decls.values().filter(|(_, v)| *v == 2).count();
    let es3 = decls.values().filter(|(_, v)| *v == 3).count();
    // OpenGL ES 2.0 has 142 commands; OpenGL ES 3.0 adds 104.
    assert_eq!(
        (es2, es3),
        (142, 104),
        "number of ES 2.0 / ES 3.0 declarations"
    );
}

#[test]
fn es2_part_of_gl3_h_is_the_same_as_gl2_h() {
    let gl2 = read("sysroot/include/GLES2/gl2.h");
    let gl3 = read("sysroot/include/GLES3/gl3.h");
    assert_eq!(
        version_block(&gl2, "GL_ES_VERSION_2_0"),
        version_block(&gl3, "GL_ES_VERSION_2_0"),
        "the GL_ES_VERSION_2_0 blocks of gl2.h and gl3.h differ"
    );
    // No enumerant is defined twice with different values.
    let mut values = BTreeMap::new();
    for (name, value) in parse_defines(&gl3) {
        if let Some(old) = values.insert(name.clone(), value.clone()) {
            assert_eq!(old, value, "{name} is defined twice with different values");
        }
    }
}

#[test]
fn table_matches_the_core_headers() {
    let t = table();
    let errs = table_mismatches(&core_decls(), entries(&t, "functions"));
    assert!(
        errs.is_empty(),
        "gles.json vs gl2.h/gl3.h:\n{}",
        errs.join("\n")
    );
}

#[test]
fn table_matches_the_extension_header() {
    let t = table();
    let ext = entries(&t, "extensions");
    let errs = table_mismatches(&ext_decls(), ext);
    assert!(
        errs.is_empty(),
        "gles.json vs gl2ext.h:\n{}",
        errs.join("\n")
    );
    let text = read("sysroot/include/GLES2/gl2ext.h");
    for e in ext {
        let name = e["name"].as_str().unwrap();
        let macro_name = e["extension"].as_str().unwrap_or("");
        assert!(
            text.contains(&format!("#define {macro_name} 1")),
            "{name}: extension {macro_name:?} is not defined by gl2ext.h"
        );
        assert!(
            e["webgl_extension"].as_str().is_some_and(|s| !s.is_empty()),
            "{name}: no webgl_extension"
        );
    }
}

#[test]
fn table_file_is_stable() {
    // Re-serialising gives the file back byte for byte, so the generator and
    // hand edits keep one layout.
    let text = read("js-templates/webgl/gles.json");
    let t: Value = serde_json::from_str(&text).unwrap();
    let mut again = serde_json::to_string_pretty(&t).unwrap();
    again.push('\n');
    assert!(
        text == again,
        "gles.json is not in serde_json's pretty layout"
    );
}

#[test]
fn table_check_reports_mismatches() {
    let decls = core_decls();
    let t = table();
    let mut list = entries(&t, "functions").to_vec();
    // Drop one entry, break another's parameters and a third's kind.
    let dropped = list.remove(0);
    let i = list.iter().position(|e| e["name"] == "glViewport").unwrap();
    list[i]["params"].as_array_mut().unwrap().pop();
    let j = list
        .iter()
        .position(|e| e["name"] == "glClearColor")
        .unwrap();
    list[j]["params"][0]["kind"] = Value::from("int");
    list.push(
        serde_json::json!({"name": "glMadeUp", "version": 3, "ret": "void",
        "params": [], "webgl": null}),
    );
    let errs = table_mismatches(&decls, &list).join("\n");
    let dropped = dropped["name"].as_str().unwrap();
    for want in [
        format!("{dropped}: declared in the headers"),
        "glViewport: 3 parameters in gles.json, 4 in the header".to_string(),
        "glClearColor.red: kind \"int\"".to_string(),
        "glMadeUp: in gles.json but not declared".to_string(),
    ] {
        assert!(errs.contains(&want), "expected {want:?} in:\n{errs}");
    }
}

#[test]
fn header_parser_reads_declarations() {
    let d = parse_decls(
        "GL_APICALL const GLubyte *GL_APIENTRY glGetString (GLenum name);\n\
         GL_APICALL void GL_APIENTRY glShaderSource (GLuint shader, GLsizei count,\n\
             const GLchar *const*string, const GLint *length);\n\
         GL_APICALL void GL_APIENTRY glFinish (void);\n",
    );
    assert_eq!(d.len(), 3);
    assert_eq!(d[0].ret, "const GLubyte *");
    assert_eq!(d[0].name, "glGetString");
    assert_eq!(d[1].params.len(), 4);
    assert_eq!(
        d[1].params[2],
        ("const GLchar *const *".to_string(), "string".to_string())
    );
    assert!(d[2].params.is_empty());
}

// ---------------------------------------------------------------------------
// Compiling with clang
// ---------------------------------------------------------------------------

/// The clang to use, or `None` (with a note) when there is none outside CI.
fn clang() -> Option<String> {
    let clang = std::env::var("WASMCC_CLANG").unwrap_or_else(|_| "clang-19".to_string());
    let found = Command::new(&clang)
        .arg("--version")
        .output()
        .map(|o| o.status.success())
        .unwrap_or(false);
    if found {
        return Some(clang);
    }
    if std::env::var_os("CI").is_some() {
        panic!("{clang} is needed for the header checks and is not installed");
    }
    eprintln!("note: {clang} is not installed; skipping the header compile checks");
    None
}

/// Compiles `source` with `-fsyntax-only`; returns clang's diagnostics on failure.
fn syntax_check(clang: &str, source: &str, cplusplus: bool) -> Result<(), String> {
    let mut cmd = Command::new(clang);
    cmd.args(["--target=wasm32-wasi", "-fsyntax-only"])
        .args(["-Wall", "-Wextra", "-pedantic", "-Werror"])
        .arg("-I")
        .arg(include_dir());
    if cplusplus {
        cmd.args(["-x", "c++", "-std=c++17"]);
    } else {
        cmd.args(["-x", "c", "-std=c11"]);
    }
    cmd.arg("-")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("start clang");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(source.as_bytes())
        .unwrap();
    let out = child.wait_with_output().expect("wait for clang");
    if out.status.success() {
        Ok(())
    } else {
        Err(format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ))
    }
}

/// Values straight from the specifications' token tables.
const ES2_VALUES: &[(&str, &str)] = &[
    ("GL_TRIANGLES", "0x0004"),
    ("GL_TRIANGLE_STRIP", "0x0005"),
    ("GL_COLOR_BUFFER_BIT", "0x00004000"),
    ("GL_DEPTH_BUFFER_BIT", "0x00000100"),
    ("GL_ARRAY_BUFFER", "0x8892"),
    ("GL_ELEMENT_ARRAY_BUFFER", "0x8893"),
    ("GL_STATIC_DRAW", "0x88E4"),
    ("GL_FLOAT", "0x1406"),
    ("GL_UNSIGNED_BYTE", "0x1401"),
    ("GL_RGBA", "0x1908"),
    ("GL_TEXTURE_2D", "0x0DE1"),
    ("GL_TEXTURE0", "0x84C0"),
    ("GL_TEXTURE31", "0x84DF"),
    ("GL_LINEAR_MIPMAP_LINEAR", "0x2703"),
    ("GL_CLAMP_TO_EDGE", "0x812F"),
    ("GL_SRC_ALPHA", "0x0302"),
    ("GL_ONE_MINUS_SRC_ALPHA", "0x0303"),
    ("GL_DEPTH_TEST", "0x0B71"),
    ("GL_VERTEX_SHADER", "0x8B31"),
    ("GL_FRAGMENT_SHADER", "0x8B30"),
    ("GL_COMPILE_STATUS", "0x8B81"),
    ("GL_LINK_STATUS", "0x8B82"),
    ("GL_FRAMEBUFFER", "0x8D40"),
    ("GL_COLOR_ATTACHMENT0", "0x8CE0"),
    ("GL_FRAMEBUFFER_COMPLETE", "0x8CD5"),
    ("GL_INVALID_FRAMEBUFFER_OPERATION", "0x0506"),
    ("GL_MAX_VERTEX_ATTRIBS", "0x8869"),
];
const ES3_VALUES: &[(&str, &str)] = &[
    ("GL_RGBA8", "0x8058"),
    ("GL_RED", "0x1903"),
    ("GL_R8", "0x8229"),
    ("GL_RGBA16F", "0x881A"),
    ("GL_DEPTH24_STENCIL8", "0x88F0"),
    ("GL_HALF_FLOAT", "0x140B"),
    ("GL_UNIFORM_BUFFER", "0x8A11"),
    ("GL_MAX_UNIFORM_BUFFER_BINDINGS", "0x8A2F"),
    ("GL_TEXTURE_2D_ARRAY", "0x8C1A"),
    ("GL_TEXTURE_3D", "0x806F"),
    ("GL_READ_FRAMEBUFFER", "0x8CA8"),
    ("GL_DRAW_FRAMEBUFFER", "0x8CA9"),
    ("GL_COLOR_ATTACHMENT15", "0x8CEF"),
    ("GL_DRAW_BUFFER0", "0x8825"),
    ("GL_VERTEX_ARRAY_BINDING", "0x85B5"),
    ("GL_TRANSFORM_FEEDBACK_BUFFER", "0x8C8E"),
    ("GL_SYNC_GPU_COMMANDS_COMPLETE", "0x9117"),
    ("GL_MAP_WRITE_BIT", "0x0002"),
    ("GL_COMPRESSED_RGBA8_ETC2_EAC", "0x9278"),
    ("GL_INVALID_INDEX", "0xFFFFFFFFu"),
    ("GL_TIMEOUT_IGNORED", "0xFFFFFFFFFFFFFFFFull"),
];
const EXT_VALUES: &[(&str, &str)] = &[
    ("GL_VERTEX_ARRAY_BINDING_OES", "0x85B5"),
    ("GL_TEXTURE_MAX_ANISOTROPY_EXT", "0x84FE"),
    ("GL_MAX_TEXTURE_MAX_ANISOTROPY_EXT", "0x84FF"),
    ("GL_VERTEX_ATTRIB_ARRAY_DIVISOR_ANGLE", "0x88FE"),
    ("GL_COMPRESSED_RGBA_S3TC_DXT5_EXT", "0x83F3"),
    ("GL_HALF_FLOAT_OES", "0x8D61"),
];
const EGL_VALUES: &[(&str, &str)] = &[
    ("EGL_SUCCESS", "0x3000"),
    ("EGL_BAD_DISPLAY", "0x3008"),
    ("EGL_CONTEXT_LOST", "0x300E"),
    ("EGL_RED_SIZE", "0x3024"),
    ("EGL_DEPTH_SIZE", "0x3025"),
    ("EGL_NONE", "0x3038"),
    ("EGL_RENDERABLE_TYPE", "0x3040"),
    ("EGL_OPENGL_ES2_BIT", "0x0004"),
    ("EGL_WINDOW_BIT", "0x0004"),
    ("EGL_WIDTH", "0x3057"),
    ("EGL_HEIGHT", "0x3056"),
    ("EGL_CONTEXT_CLIENT_VERSION", "0x3098"),
    ("EGL_OPENGL_ES_API", "0x30A0"),
    ("EGL_DRAW", "0x3059"),
    ("EGL_EXTENSIONS", "0x3055"),
];

const EGL_FUNCTIONS: &[&str] = &[
    "eglBindAPI",
    "eglBindTexImage",
    "eglChooseConfig",
    "eglCopyBuffers",
    "eglCreateContext",
    "eglCreatePbufferFromClientBuffer",
    "eglCreatePbufferSurface",
    "eglCreatePixmapSurface",
    "eglCreateWindowSurface",
    "eglDestroyContext",
    "eglDestroySurface",
    "eglGetConfigAttrib",
    "eglGetConfigs",
    "eglGetCurrentContext",
    "eglGetCurrentDisplay",
    "eglGetCurrentSurface",
    "eglGetDisplay",
    "eglGetError",
    "eglGetProcAddress",
    "eglInitialize",
    "eglMakeCurrent",
    "eglQueryAPI",
    "eglQueryContext",
    "eglQueryString",
    "eglQuerySurface",
    "eglReleaseTexImage",
    "eglReleaseThread",
    "eglSurfaceAttrib",
    "eglSwapBuffers",
    "eglSwapInterval",
    "eglTerminate",
    "eglWaitClient",
    "eglWaitGL",
    "eglWaitNative",
];

/// Which headers a compile includes, in order.
#[derive(Clone, Copy, PartialEq)]
enum Header {
    Gl2,
    Gl2Ext,
    Gl3,
    Egl,
}

impl Header {
    fn path(self) -> &'static str {
        match self {
            Header::Gl2 => "GLES2/gl2.h",
            Header::Gl2Ext => "GLES2/gl2ext.h",
            Header::Gl3 => "GLES3/gl3.h",
            Header::Egl => "EGL/egl.h",
        }
    }
}

/// A translation unit that includes `headers` and checks what they provide.
fn check_source(headers: &[Header], extra: &str) -> String {
    let has = |h| headers.contains(&h);
    let gl = has(Header::Gl2) || has(Header::Gl3) || has(Header::Gl2Ext);
    let mut s = String::new();
    s.push_str("#define GL_GLEXT_PROTOTYPES 1\n");
    for h in headers {
        s.push_str(&format!("#include <{}>\n", h.path()));
    }
    s.push_str(
        "#ifdef __cplusplus\n\
         #define CHECK(e) static_assert(e, #e)\n\
         template <class A, class B> struct same_type { enum { value = 0 }; };\n\
         template <class A> struct same_type<A, A> { enum { value = 1 }; };\n\
         #define SAME(a, b) (same_type<a, b>::value)\n\
         #else\n\
         #define CHECK(e) _Static_assert(e, #e)\n\
         #define SAME(a, b) _Generic((a)0, b: 1, default: 0)\n\
         #endif\n",
    );
    // The ILP32 data model of wasm32.
    s.push_str(
        "CHECK(sizeof(void *) == 4);\n\
         CHECK(sizeof(khronos_int32_t) == 4 && sizeof(khronos_uint32_t) == 4);\n\
         CHECK(sizeof(khronos_int64_t) == 8 && sizeof(khronos_uint64_t) == 8);\n\
         CHECK(SAME(khronos_int64_t, long long));\n\
         CHECK(SAME(khronos_intptr_t, long) && SAME(khronos_ssize_t, long));\n\
         CHECK(sizeof(khronos_intptr_t) == sizeof(void *));\n\
         CHECK(sizeof(khronos_uint8_t) == 1 && sizeof(khronos_uint16_t) == 2);\n\
         CHECK(sizeof(khronos_float_t) == 4);\n",
    );
    if gl {
        s.push_str(
            "CHECK(sizeof(GLintptr) == 4 && sizeof(GLsizeiptr) == 4);\n\
             CHECK(sizeof(GLint) == 4 && sizeof(GLuint) == 4 && sizeof(GLenum) == 4);\n\
             CHECK(sizeof(GLsizei) == 4 && sizeof(GLbitfield) == 4 && sizeof(GLfloat) == 4);\n\
             CHECK(sizeof(GLboolean) == 1 && sizeof(GLubyte) == 1 && sizeof(GLchar) == 1);\n\
             CHECK(sizeof(GLshort) == 2 && sizeof(GLfixed) == 4);\n\
             CHECK(sizeof(GLint64) == 8 && sizeof(GLuint64) == 8);\n\
             CHECK(GL_ES_VERSION_2_0 == 1);\n",
        );
        s.push_str("CHECK(GL_TRUE == 1 && GL_FALSE == 0 && GL_NONE == 0 && GL_NO_ERROR == 0);\n");
    }
    let mut values: Vec<(&str, &str)> = Vec::new();
    if gl {
        values.extend_from_slice(ES2_VALUES);
    }
    if has(Header::Gl3) {
        s.push_str("CHECK(GL_ES_VERSION_3_0 == 1);\nCHECK(sizeof(GLhalf) == 2);\n");
        values.extend_from_slice(ES3_VALUES);
    }
    if has(Header::Gl2Ext) {
        values.extend_from_slice(EXT_VALUES);
        for m in [
            "GL_OES_vertex_array_object",
            "GL_OES_element_index_uint",
            "GL_ANGLE_instanced_arrays",
            "GL_EXT_texture_filter_anisotropic",
        ] {
            s.push_str(&format!("CHECK({m} == 1);\n"));
        }
    }
    if has(Header::Egl) {
        values.extend_from_slice(EGL_VALUES);
        s.push_str(
            "CHECK(sizeof(EGLint) == 4 && sizeof(EGLBoolean) == 4 && sizeof(EGLenum) == 4);\n\
             CHECK(EGL_TRUE == 1 && EGL_FALSE == 0 && EGL_VERSION_1_4 == 1);\n\
             CHECK(EGL_DONT_CARE == -1);\n",
        );
    }
    for (name, value) in &values {
        s.push_str(&format!("CHECK({name} == {value});\n"));
    }
    // Every prototype agrees with its PFN...PROC type (and so is declared).
    let t = table();
    let mut n = 0;
    let mut list: Vec<&Value> = entries(&t, "functions").iter().collect();
    if has(Header::Gl2Ext) {
        list.extend(entries(&t, "extensions"));
    }
    for e in list {
        let name = e["name"].as_str().unwrap();
        let version = e["version"].as_u64().unwrap();
        let ext = e.get("extension").is_some();
        let visible = if ext {
            has(Header::Gl2Ext)
        } else if version == 3 {
            has(Header::Gl3)
        } else {
            gl
        };
        if visible {
            s.push_str(&format!(
                "PFN{}PROC check_fn_{n} = {name};\n",
                name.to_uppercase()
            ));
            n += 1;
        }
    }
    if has(Header::Egl) {
        for name in EGL_FUNCTIONS {
            s.push_str(&format!(
                "PFN{}PROC check_fn_{n} = {name};\n",
                name.to_uppercase()
            ));
            n += 1;
        }
        // Typical window setup, as ported programs write it.
        s.push_str(
            "EGLBoolean check_egl_setup(void);\n\
             EGLBoolean check_egl_setup(void) {\n\
               static const EGLint attribs[] = { EGL_RED_SIZE, 8, EGL_DEPTH_SIZE, 24, EGL_NONE };\n\
               static const EGLint ctx_attribs[] = { EGL_CONTEXT_CLIENT_VERSION, 2, EGL_NONE };\n\
               EGLDisplay dpy = eglGetDisplay(EGL_DEFAULT_DISPLAY);\n\
               EGLint major = 0, minor = 0, count = 0;\n\
               EGLConfig config;\n\
               EGLSurface surface;\n\
               EGLContext ctx;\n\
               if (dpy == EGL_NO_DISPLAY || !eglInitialize(dpy, &major, &minor)) return EGL_FALSE;\n\
               eglChooseConfig(dpy, attribs, &config, 1, &count);\n\
               surface = eglCreateWindowSurface(dpy, config, 0, NULL_PTR);\n\
               ctx = eglCreateContext(dpy, config, EGL_NO_CONTEXT, ctx_attribs);\n\
               return eglMakeCurrent(dpy, surface, surface, ctx) && eglSwapBuffers(dpy, surface);\n\
             }\n",
        );
    }
    if gl {
        // Typical shader setup, as ported programs write it.
        s.push_str(
            "GLuint check_gl_setup(const char *src);\n\
             GLuint check_gl_setup(const char *src) {\n\
               GLuint shader = glCreateShader(GL_VERTEX_SHADER);\n\
               GLint ok = 0;\n\
               GLuint buf;\n\
               static const GLfloat verts[] = { 0.0f, 1.0f, -1.0f, -1.0f, 1.0f, -1.0f };\n\
               glShaderSource(shader, 1, &src, NULL_PTR);\n\
               glCompileShader(shader);\n\
               glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);\n\
               glGenBuffers(1, &buf);\n\
               glBindBuffer(GL_ARRAY_BUFFER, buf);\n\
               glBufferData(GL_ARRAY_BUFFER, sizeof verts, verts, GL_STATIC_DRAW);\n\
               glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, (const void *)0);\n\
               glDrawArrays(GL_TRIANGLES, 0, 3);\n\
               return ok ? shader : 0;\n\
             }\n",
        );
    }
    s.push_str(extra);
    // NULL without a libc header.
    format!("#define NULL_PTR 0\n{s}")
}

const ORDERS: &[(&str, &[Header])] = &[
    (
        "gl2, gl2ext, gl3, egl",
        &[Header::Gl2, Header::Gl2Ext, Header::Gl3, Header::Egl],
    ),
    (
        "egl, gl3, gl2ext, gl2",
        &[Header::Egl, Header::Gl3, Header::Gl2Ext, Header::Gl2],
    ),
    (
        "gl3, gl2, egl, gl2ext",
        &[Header::Gl3, Header::Gl2, Header::Egl, Header::Gl2Ext],
    ),
    ("gl2 alone", &[Header::Gl2]),
    ("gl3 alone", &[Header::Gl3]),
    ("gl2ext alone", &[Header::Gl2Ext]),
    ("egl alone", &[Header::Egl]),
];

#[test]
fn headers_compile_and_match_the_spec_values() {
    let Some(clang) = clang() else { return };
    let mut failures = Vec::new();
    for (label, headers) in ORDERS {
        let source = check_source(headers, "");
        for cplusplus in [false, true] {
            let lang = if cplusplus { "C++" } else { "C" };
            if let Err(diag) = syntax_check(&clang, &source, cplusplus) {
                failures.push(format!("[{label}, {lang}]\n{diag}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn headers_compile_without_prototypes() {
    let Some(clang) = clang() else { return };
    // With prototypes switched off only the PFN types remain, as loaders want.
    let source = "#define GL_GLES_PROTOTYPES 0\n#define EGL_EGL_PROTOTYPES 0\n\
                  #include <GLES3/gl3.h>\n#include <GLES2/gl2ext.h>\n#include <EGL/egl.h>\n\
                  PFNGLDRAWARRAYSPROC draw_arrays;\nPFNGLBINDVERTEXARRAYOESPROC bind_vao;\n\
                  PFNEGLGETPROCADDRESSPROC get_proc;\nint glDrawArrays;\nint eglGetError;\n";
    for cplusplus in [false, true] {
        if let Err(diag) = syntax_check(&clang, source, cplusplus) {
            panic!("{diag}");
        }
    }
}

#[test]
fn compile_check_catches_a_wrong_value() {
    let Some(clang) = clang() else { return };
    let source = check_source(
        &[Header::Gl3, Header::Egl],
        "CHECK(GL_TRIANGLES == 0x0005);\n",
    );
    for cplusplus in [false, true] {
        let err = syntax_check(&clang, &source, cplusplus)
            .expect_err("a wrong constant value must fail the compile check");
        assert!(
            err.contains("GL_TRIANGLES"),
            "unexpected diagnostics:\n{err}"
        );
    }
}

#[test]
fn headers_exist() {
    for rel in [
        "GLES2/gl2.h",
        "GLES2/gl2platform.h",
        "GLES2/gl2ext.h",
        "GLES3/gl3.h",
        "GLES3/gl3platform.h",
        "EGL/egl.h",
        "EGL/eglplatform.h",
        "KHR/khrplatform.h",
    ] {
        assert!(
            Path::new(&include_dir().join(rel)).is_file(),
            "missing sysroot/include/{rel}"
        );
    }
}

/// Every EGL 1.4 function links: the runtime (libc-shims/js/egl.c) defines
/// them all, so a legacy program's unused calls never fail the link.
#[test]
fn every_egl_1_4_function_links() {
    let dir = tempfile::tempdir().unwrap();
    let src = dir.path().join("all_egl.c");
    let refs: Vec<String> = EGL_FUNCTIONS
        .iter()
        .map(|n| format!("(void (*)(void)){n}"))
        .collect();
    std::fs::write(
        &src,
        format!(
            "#include <EGL/egl.h>\nstatic void (*const all[])(void) = {{{}}};\n\
             int main(int argc, char **argv) {{ (void)argv; return all[argc] == 0; }}\n",
            refs.join(", ")
        ),
    )
    .unwrap();
    let js = dir.path().join("all_egl.js");
    let out = Command::new(env!("CARGO_BIN_EXE_wasmcc"))
        .arg(&src)
        .arg("-o")
        .arg(&js)
        .output()
        .expect("run wasmcc");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
