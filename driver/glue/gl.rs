//! The GLES 2.0 / 3.0 bindings, generated from the declarative table
//! `js-templates/webgl/gles.json`. Each function becomes one JS library item
//! `env.glXxx`, rendered from the template of its marshalling pattern
//! (`js-templates/webgl/*.js.hbs`), so only the functions a module imports are
//! emitted. The runtime they share (contexts, object tables, memory views)
//! is in `js-templates/lib/webgl-context.js`.

use super::embedded_text;
use super::library::Item;
use crate::err;
use crate::error::Result;
use crate::postlink::Import;
use serde::Deserialize;
use serde_json::{json, Value};
use std::fmt::Write;

const TABLE: &str = "js-templates/webgl/gles.json";

#[derive(Deserialize)]
struct Table {
    functions: Vec<Func>,
    extensions: Vec<Func>,
}

#[derive(Deserialize)]
struct Func {
    name: String,
    params: Vec<Param>,
    ret: String,
    version: u32,
    webgl: Option<String>,
    ret_object: Option<String>,
    webgl_extension: Option<String>,
}

#[derive(Deserialize)]
struct Param {
    kind: String,
    name: String,
    object: Option<String>,
    elem: Option<String>,
    len: Option<String>,
    offset_when_bound: Option<String>,
}

/// Implemented in C (`libc-shims/js/glstring.c`): their strings live in
/// wasm memory for the program's lifetime.
const IN_C: &[&str] = &["glGetString", "glGetStringi"];

/// WebGL methods whose GLES meaning needs more than the WebGL call: the
/// runtime's helper of the same parameters answers instead.
const HELPERS: &[(&str, &str)] = &[
    ("getParameter", "glParameter"),
    ("getShaderParameter", "glShaderParameter"),
    ("getProgramParameter", "glProgramParameter"),
    ("getError", "glTakeError"),
];

/// With `-sFULL_ES2`, the functions that emulate client-side arrays: each
/// calls the runtime's function of the same parameters (`glClientArrays`).
const CLIENT_ARRAYS: &[(&str, &str)] = &[
    ("glBindBuffer", "glClientBindBuffer"),
    ("glVertexAttribPointer", "glClientAttribPointer"),
    ("glDrawArrays", "glClientDrawArrays"),
    ("glDrawElements", "glClientDrawElements"),
    ("glDrawRangeElements", "glClientDrawRangeElements"),
    ("glDrawArraysInstanced", "glClientDrawArraysInstanced"),
    ("glDrawElementsInstanced", "glClientDrawElementsInstanced"),
    (
        "glDrawArraysInstancedANGLE",
        "glClientDrawArraysInstancedANGLE",
    ),
    (
        "glDrawElementsInstancedANGLE",
        "glClientDrawElementsInstancedANGLE",
    ),
    // Element buffers keep a copy of their indices, to size client arrays.
    ("glBufferData", "glClientBufferData"),
    ("glBufferSubData", "glClientBufferSubData"),
    ("glCopyBufferSubData", "glClientCopyBufferSubData"),
];

/// Functions the runtime implements whole, with the same parameters.
const IN_RUNTIME: &[(&str, &str)] = &[
    // Linking again gives the program's uniforms new locations.
    ("glLinkProgram", "glLinkProgramAndForget"),
    // Uniform locations are the current program's.
    ("glUseProgram", "glUseProgramAndRemember"),
];

/// The runtime items a generated body may use, found by name in the body.
const RUNTIME: &[(&str, &str)] = &[
    ("glViewOf(", "glViews"),
    ("glViews(", "glViews"),
    ("glScratch(", "glScratch"),
    ("glPixelView(", "glViews"),
    ("glWriteValues(", "glWriteValues"),
    ("glWriteString(", "glWriteString"),
    ("glParameter(", "glParameter"),
    ("glShaderParameter(", "glShaderParameter"),
    ("glProgramParameter(", "glProgramParameter"),
    ("glReadStrings(", "glReadStrings"),
    ("glUniformLocation(", "glUniforms"),
    ("glUniformOf(", "glUniforms"),
    ("glUniformAt(", "glUniforms"),
    ("glUseProgramAndRemember(", "glUniforms"),
    ("readCString(", "utf8"),
    ("glClient", "glClientArrays"),
    ("glCoreExtension(", "glCoreExtension"),
    ("glLinkProgramAndForget(", "glUniforms"),
    ("dv()", "mem"),
];

const GL_INVALID_ENUM: &str = "0x500";
const GL_INVALID_VALUE: &str = "0x501";
const GL_INVALID_OPERATION: &str = "0x502";

fn load_table() -> Result<Table> {
    serde_json::from_str(embedded_text(TABLE)?)
        .map_err(|e| err!("{TABLE}: {e} (a broken wasmcc build)"))
}

/// The GL functions the JS runtime implements, for wasm-ld's list of
/// symbols JS provides. Their bodies are rendered only when imported.
pub fn names() -> Result<Vec<&'static str>> {
    let table = load_table()?;
    Ok(table
        .functions
        .iter()
        .chain(&table.extensions)
        .filter(|f| !IN_C.contains(&f.name.as_str()))
        .map(|f| &*Box::leak(f.name.clone().into_boxed_str()))
        .collect())
}

/// Every GL entry point, with the OpenGL ES version it belongs to (2 for
/// GLES 2 and the extensions, 3 for GLES 3), for the lookup tables of
/// eglGetProcAddress (driver/procaddress.rs).
pub fn entry_points() -> Result<Vec<(String, u32)>> {
    let table = load_table()?;
    Ok(table
        .functions
        .into_iter()
        .chain(table.extensions)
        .map(|f| (f.name, f.version))
        .collect())
}

/// One library item for each of these GL functions; `full_es2` emulates
/// client-side vertex and index arrays.
pub fn items(wanted: &[&str], full_es2: bool) -> Result<Vec<Item>> {
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    let table = load_table()?;
    let hb = crate::util::code_templates();
    let mut items = Vec::new();
    for f in table.functions.iter().chain(&table.extensions) {
        if IN_C.contains(&f.name.as_str()) || !wanted.contains(&f.name.as_str()) {
            continue;
        }
        let client = CLIENT_ARRAYS.iter().find(|(n, _)| *n == f.name);
        let runtime = IN_RUNTIME.iter().find(|(n, _)| *n == f.name);
        let (template, data) = match (client, runtime) {
            (Some((_, helper)), _) if full_es2 => ("delegate", delegate(f, helper)),
            (_, Some((_, helper))) => ("delegate", delegate(f, helper)),
            _ => shape(f)?,
        };
        let path = format!("js-templates/webgl/{template}.js.hbs");
        let body = hb
            .render_template(embedded_text(&path)?, &data)
            .map_err(|e| {
                err!(
                    "rendering {path} for {}: {e} (a broken wasmcc build)",
                    f.name
                )
            })?;
        let mut needs = vec!["glState"];
        for (marker, item) in RUNTIME {
            if body.contains(marker) && !needs.contains(item) {
                needs.push(item);
            }
        }
        items.push(Item {
            name: Box::leak(format!("env.{}", f.name).into_boxed_str()),
            needs,
            body: Box::leak(body.trim_end().to_string().into_boxed_str()),
            binding: None,
            verbatim: false,
        });
    }
    Ok(items)
}

/// An error when the module imports an OpenGL ES 3.0 function and the build
/// allows only WebGL 1, whose contexts cannot run it.
pub fn check_imports(imports: &[Import], max_webgl_version: u32) -> Result<()> {
    if max_webgl_version >= 2 || !imports.iter().any(|i| i.field.starts_with("gl")) {
        return Ok(());
    }
    let table = load_table()?;
    let es3: Vec<&str> = imports
        .iter()
        .filter(|i| i.module == "env")
        .filter(|i| {
            table
                .functions
                .iter()
                .any(|f| f.version >= 3 && f.name == i.field)
        })
        .map(|i| i.field.as_str())
        .collect();
    if es3.is_empty() {
        return Ok(());
    }
    Err(err!(
        "{} {} OpenGL ES 3.0, which needs WebGL 2: build with -sMAX_WEBGL_VERSION=2",
        es3.join(", "),
        if es3.len() == 1 { "is" } else { "are" }
    ))
}

/// The values of a function that only calls a runtime function.
fn delegate(f: &Func, helper: &str) -> Value {
    let names: Vec<&str> = f.params.iter().map(|p| p.name.as_str()).collect();
    json!({
        "name": f.name,
        "params": names.join(", "),
        "helper": helper,
        "returns": f.ret != "void",
    })
}

/// A parameter's name as JS sees it, and the local that holds its WebGL object.
fn local(p: &Param) -> String {
    format!("${}", p.name)
}

/// Whether another parameter's `len` names this one: such counts size the
/// data in wasm memory and are not passed to WebGL, whose arrays know their length.
fn is_length_of_other(f: &Func, p: &Param) -> bool {
    f.params.iter().any(|q| {
        q.len.as_deref().is_some_and(|len| {
            len == p.name || len.split('*').next().map(str::trim) == Some(p.name.as_str())
        })
    })
}

/// The checks at the top of a function: the context's version, the
/// extension, and the objects its names refer to.
fn prologue(f: &Func, check_objects: bool) -> String {
    let mut out = String::new();
    let fail = "return glRecordError";
    if f.version >= 3 {
        let _ = writeln!(out, "  if (!glIsWebGL2) {fail}({GL_INVALID_OPERATION});");
    }
    if let Some(ext) = &f.webgl_extension {
        // On WebGL 2 the entry points of extensions made core call the core functions.
        let _ = writeln!(
            out,
            "  const $ext = glCurrent.exts.{ext} || glCoreExtension('{ext}');"
        );
        let _ = writeln!(out, "  if (!$ext) {fail}({GL_INVALID_OPERATION});");
    }
    if check_objects {
        for p in &f.params {
            if p.kind != "object" {
                continue;
            }
            let Some(object) = p.object.as_deref() else {
                continue;
            };
            if object == "uniform_location" {
                continue;
            }
            // Unknown names are errors; 0 is no object (null), as in GLES.
            let code = if matches!(object, "program" | "shader" | "sync" | "sampler") {
                GL_INVALID_VALUE
            } else {
                GL_INVALID_OPERATION
            };
            let _ = writeln!(
                out,
                "  const {} = glObjects.{object}[{}];\n  if ({} === undefined) {fail}({code});",
                local(p),
                p.name,
                local(p)
            );
        }
    }
    out
}

/// How a parameter crosses to the WebGL call, for the plain patterns.
fn convert(f: &Func, p: &Param, checked: bool) -> Result<Vec<String>> {
    let name = &p.name;
    let webgl = f.webgl.as_deref().unwrap_or("");
    Ok(match p.kind.as_str() {
        "enum" | "int" | "uint" | "sizei" | "bitfield" | "intptr" | "sizeiptr" | "float" => {
            vec![name.clone()]
        }
        "boolean" => vec![format!("!!{name}")],
        "uint64" => vec![format!("Number({name})")],
        "object" => match p.object.as_deref() {
            // A location belongs to the program named beside it, else to the current one.
            Some("uniform_location") => match f
                .params
                .iter()
                .find(|q| q.object.as_deref() == Some("program"))
            {
                Some(program) if checked => {
                    vec![format!("glUniformOf({}, {name})", local(program))]
                }
                Some(program) => vec![format!(
                    "glUniformOf(glObjects.program[{}], {name})",
                    program.name
                )],
                None => vec![format!("glUniformAt({name})")],
            },
            Some(object) if !checked => vec![format!("glObjects.{object}[{name}] || null")],
            _ => vec![local(p)],
        },
        "string_in" => vec![format!("readCString({name})")],
        "strings_in" => {
            let len = p.len.as_deref().unwrap_or("0");
            vec![format!("glReadStrings({name}, {len})")]
        }
        "in_ptr" if p.offset_when_bound.is_some() => vec![name.clone()],
        "in_ptr" => {
            let elem = p.elem.as_deref().unwrap_or("void");
            if !matches!(elem, "f32" | "i32" | "u32") {
                return Err(err!(
                    "{TABLE}: {}: no pattern for in_ptr of {elem} (a broken wasmcc build)",
                    f.name
                ));
            }
            match p.len.as_deref() {
                Some(len) => vec![format!(
                    "glViewOf('{elem}').subarray({name} >> 2, ({name} >> 2) + ({len}))"
                )],
                // A WebGL method taking a list reads it from memory at an offset;
                // one taking a scalar gets the first element (GLES's params[0]).
                None if webgl.ends_with('v') => {
                    vec![format!("glViewOf('{elem}')"), format!("{name} >> 2")]
                }
                None => vec![format!("glViewOf('{elem}')[{name} >> 2]")],
            }
        }
        other => {
            return Err(err!(
                "{TABLE}: {}: no pattern for a parameter of kind {other} (a broken wasmcc build)",
                f.name
            ))
        }
    })
}

/// The converted arguments of the parameters that WebGL takes.
fn call_args(f: &Func, params: &[&Param], checked: bool) -> Result<String> {
    let mut args = Vec::new();
    for p in params {
        if is_length_of_other(f, p) {
            continue;
        }
        args.extend(convert(f, p, checked)?);
    }
    Ok(args.join(", "))
}

fn callee(f: &Func) -> String {
    let webgl = f.webgl.as_deref().unwrap_or("");
    if f.webgl_extension.is_some() {
        return format!("$ext.{webgl}");
    }
    match HELPERS.iter().find(|(m, _)| *m == webgl) {
        Some((_, helper)) => helper.to_string(),
        None => format!("GLctx.{webgl}"),
    }
}

fn param<'a>(f: &'a Func, kind: &str) -> Option<&'a Param> {
    f.params.iter().find(|p| p.kind == kind)
}

fn name_of<'a>(f: &'a Func, kind: &str) -> Result<&'a str> {
    param(f, kind).map(|p| p.name.as_str()).ok_or_else(|| {
        err!(
            "{TABLE}: {} has no {kind} parameter (a broken wasmcc build)",
            f.name
        )
    })
}

/// The memory view (from `glViews`) of a pointer's element type.
fn heap_of(ptr: &Param) -> Option<&'static str> {
    match ptr.elem.as_deref() {
        Some("f32") => Some("heapF32"),
        Some("i32") => Some("heapI32"),
        Some("u32") => Some("heapU32"),
        _ => None,
    }
}

/// The `n` values at `ptr`, read from a view, as WebGL's scalar forms take them.
fn heap_values(heap: &str, ptr: &str, n: usize) -> String {
    (0..n)
        .map(|i| match i {
            0 => format!("{heap}[{ptr} >> 2]"),
            _ => format!("{heap}[({ptr} >> 2) + {i}]"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The template for a function, and the values it is rendered with.
fn shape(f: &Func) -> Result<(&'static str, Value)> {
    let params: Vec<&Param> = f.params.iter().collect();
    let names: Vec<&str> = params.iter().map(|p| p.name.as_str()).collect();
    let mut data = json!({
        "name": f.name,
        "params": names.join(", "),
        "webgl": f.webgl.clone().unwrap_or_default(),
        "callee": callee(f),
    });
    let set = |data: &mut Value, key: &str, value: Value| {
        data[key] = value;
    };
    let Some(webgl) = f.webgl.as_deref() else {
        let (error, why) = match f.name.as_str() {
            "glReleaseShaderCompiler" => ("", "only a hint; there is no compiler to release"),
            "glShaderBinary" | "glProgramBinary" | "glProgramParameteri" => {
                (GL_INVALID_ENUM, "WebGL supports no binary formats")
            }
            "glGetProgramBinary" => (GL_INVALID_OPERATION, "WebGL has no program binaries"),
            _ => (GL_INVALID_OPERATION, "WebGL 2 cannot map buffers"),
        };
        set(&mut data, "error", json!(error));
        set(&mut data, "why", json!(why));
        return Ok(("unsupported", data));
    };
    let has = |kind: &str| params.iter().any(|p| p.kind == kind);
    let out_ptrs: Vec<&&Param> = params.iter().filter(|p| p.kind == "out_ptr").collect();

    if has("names_out") && webgl.starts_with("create") {
        set(&mut data, "prologue", json!(prologue(f, false)));
        let out = param(f, "names_out").unwrap_or(params[0]);
        set(&mut data, "object", json!(out.object));
        set(&mut data, "count", json!(name_of(f, "sizei")?));
        set(&mut data, "names", json!(out.name));
        return Ok(("gen", data));
    }
    if has("names_in") && webgl.starts_with("delete") {
        set(&mut data, "prologue", json!(prologue(f, false)));
        let names_in = param(f, "names_in").unwrap_or(params[0]);
        set(&mut data, "object", json!(names_in.object));
        set(&mut data, "count", json!(name_of(f, "sizei")?));
        set(&mut data, "names", json!(names_in.name));
        return Ok(("delete", data));
    }
    if let Some(object) = &f.ret_object {
        if object == "uniform_location" {
            set(&mut data, "prologue", json!(prologue(f, true)));
            set(&mut data, "string", json!(name_of(f, "string_in")?));
            return Ok(("uniform-location", data));
        }
        set(&mut data, "prologue", json!(prologue(f, true)));
        set(&mut data, "object", json!(object));
        set(&mut data, "args", json!(call_args(f, &params, true)?));
        return Ok(("create", data));
    }
    if webgl == "shaderSource" {
        set(&mut data, "prologue", json!(prologue(f, true)));
        set(&mut data, "count", json!(name_of(f, "sizei")?));
        set(&mut data, "strings", json!(name_of(f, "strings_in")?));
        set(&mut data, "lengths", json!(name_of(f, "in_ptr")?));
        set(&mut data, "args", json!(call_args(f, &params[..1], true)?));
        return Ok(("shader-source", data));
    }
    if webgl == "bufferData" || webgl == "bufferSubData" {
        set(&mut data, "prologue", json!(prologue(f, true)));
        for (key, p) in ["target", "offset", "size", "data", "usage"]
            .iter()
            .zip(["enum", "intptr", "sizeiptr", "in_ptr"])
        {
            if let Some(p) = param(f, p) {
                set(&mut data, key, json!(p.name));
            }
        }
        let usage = params.iter().rev().find(|p| p.kind == "enum");
        if webgl == "bufferData" {
            set(&mut data, "usage", json!(usage.map(|p| p.name.as_str())));
            return Ok(("buffer-data", data));
        }
        return Ok(("buffer-sub-data", data));
    }
    let pixels = params
        .iter()
        .find(|p| matches!(p.offset_when_bound.as_deref(), Some(b) if b.starts_with("pixel_")));
    if let Some(pixels) = pixels {
        let pack = pixels.kind == "out_ptr";
        let before: Vec<&Param> = params
            .iter()
            .copied()
            .filter(|p| p.name != pixels.name)
            .collect();
        // For the buffer form every argument stays, imageSize included.
        let mut buffer_args = Vec::new();
        for p in &before {
            buffer_args.extend(convert(f, p, true)?);
        }
        set(&mut data, "prologue", json!(prologue(f, true)));
        set(&mut data, "bufferArgs", json!(buffer_args.join(", ")));
        set(&mut data, "args", json!(call_args(f, &before, true)?));
        set(&mut data, "ptr", json!(pixels.name));
        set(
            &mut data,
            "binding",
            json!(if pack { "0x88ED" } else { "0x88EF" }),
        );
        set(&mut data, "nullable", json!(!pack));
        let ty = params.iter().find(|p| p.name == "type");
        set(
            &mut data,
            "type",
            json!(ty
                .map(|p| p.name.clone())
                .unwrap_or_else(|| "0x1401".into())),
        );
        set(&mut data, "byteLength", json!(pixels.len));
        return Ok(("pixels", data));
    }
    if webgl.starts_with("uniform") && webgl.ends_with('v') && has("in_ptr") {
        let ptr = param(f, "in_ptr").unwrap_or(params[0]);
        let width = ptr
            .len
            .as_deref()
            .and_then(|l| l.split('*').nth(1))
            .unwrap_or("1")
            .trim();
        set(&mut data, "prologue", json!(prologue(f, false)));
        set(&mut data, "location", json!(params[0].name));
        set(&mut data, "count", json!(name_of(f, "sizei")?));
        set(
            &mut data,
            "transpose",
            json!(param(f, "boolean").map(|p| &p.name)),
        );
        set(&mut data, "elem", json!(ptr.elem));
        set(&mut data, "ptr", json!(ptr.name));
        set(&mut data, "width", json!(width));
        // Vectors (not matrices) of one element go through the scalar form.
        let scalar = (!webgl.starts_with("uniformMatrix"))
            .then(|| Some((heap_of(ptr)?, width.parse::<usize>().ok()?)))
            .flatten();
        match scalar {
            Some((heap, n)) if (1..=4).contains(&n) => {
                set(&mut data, "scalar", json!(webgl.trim_end_matches('v')));
                set(&mut data, "values", json!(heap_values(heap, &ptr.name, n)));
            }
            _ => set(&mut data, "scalar", json!(false)),
        }
        return Ok(("uniform-vector", data));
    }
    if webgl.starts_with("vertexAttrib") && webgl.ends_with('v') {
        let ptr = param(f, "in_ptr").unwrap_or(params[0]);
        set(&mut data, "prologue", json!(prologue(f, false)));
        set(&mut data, "index", json!(params[0].name));
        let heap = heap_of(ptr).ok_or_else(|| {
            err!(
                "{TABLE}: {}: no pattern for vertex attributes of {:?} (a broken wasmcc build)",
                f.name,
                ptr.elem
            )
        })?;
        let count: usize = ptr
            .len
            .as_deref()
            .and_then(|l| l.trim().parse().ok())
            .filter(|n| (1..=4).contains(n))
            .ok_or_else(|| {
                err!(
                    "{TABLE}: {}: a vertex attribute needs a length of 1 to 4 (a broken wasmcc build)",
                    f.name
                )
            })?;
        set(&mut data, "scalar", json!(webgl.trim_end_matches('v')));
        set(
            &mut data,
            "values",
            json!(heap_values(heap, &ptr.name, count)),
        );
        return Ok(("attrib-vector", data));
    }
    if webgl == "getShaderPrecisionFormat" {
        set(&mut data, "prologue", json!(prologue(f, true)));
        set(&mut data, "args", json!(call_args(f, &params[..2], true)?));
        set(&mut data, "first", json!(params[2].name));
        set(&mut data, "second", json!(params[3].name));
        return Ok(("query-pair", data));
    }
    if webgl == "getAttachedShaders" {
        set(&mut data, "prologue", json!(prologue(f, true)));
        set(&mut data, "args", json!(call_args(f, &params[..1], true)?));
        set(&mut data, "max", json!(params[1].name));
        set(&mut data, "count", json!(params[2].name));
        set(&mut data, "names", json!(params[3].name));
        return Ok(("names-query", data));
    }
    if webgl == "getSyncParameter" {
        set(&mut data, "prologue", json!(prologue(f, true)));
        set(&mut data, "args", json!(call_args(f, &params[..2], true)?));
        set(&mut data, "max", json!(params[2].name));
        set(&mut data, "length", json!(params[3].name));
        set(&mut data, "values", json!(params[4].name));
        return Ok(("sync-query", data));
    }
    if has("string_out") {
        let i = params
            .iter()
            .position(|p| p.kind == "sizei")
            .ok_or_else(|| err!("{TABLE}: {} has no bufSize (a broken wasmcc build)", f.name))?;
        set(&mut data, "prologue", json!(prologue(f, true)));
        set(&mut data, "args", json!(call_args(f, &params[..i], true)?));
        set(&mut data, "bufSize", json!(params[i].name));
        set(&mut data, "length", json!(params[i + 1].name));
        set(&mut data, "buf", json!(name_of(f, "string_out")?));
        if out_ptrs.len() == 3 {
            set(&mut data, "size", json!(out_ptrs[1].name));
            set(&mut data, "type", json!(out_ptrs[2].name));
            return Ok(("active-info", data));
        }
        return Ok(("string-out", data));
    }
    if out_ptrs.len() == 1 && params.last().map(|p| p.kind.as_str()) == Some("out_ptr") {
        let out = params[params.len() - 1];
        let elem = match out.elem.as_deref() {
            Some("ptr") => "i32",
            Some(e) => e,
            None => "i32",
        };
        set(&mut data, "prologue", json!(prologue(f, true)));
        set(
            &mut data,
            "args",
            json!(call_args(f, &params[..params.len() - 1], true)?),
        );
        set(&mut data, "out", json!(out.name));
        set(&mut data, "elem", json!(elem));
        set(&mut data, "max", json!(out.len));
        return Ok(("get", data));
    }
    if !out_ptrs.is_empty() || has("names_out") || has("names_in") || has("string_out") {
        return Err(err!(
            "{TABLE}: {}: no template fits its parameters (a broken wasmcc build)",
            f.name
        ));
    }
    // Everything else is a direct call with converted arguments.
    let is_query = webgl.starts_with("is");
    set(&mut data, "prologue", json!(prologue(f, !is_query)));
    let call = format!("{}({})", callee(f), call_args(f, &params, !is_query)?);
    let call = match f.ret.as_str() {
        "boolean" => format!("{call} ? 1 : 0"),
        _ => call,
    };
    set(&mut data, "call", json!(call));
    set(&mut data, "returns", json!(f.ret != "void"));
    Ok(("call", data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_function_renders() {
        let items = items(&names().unwrap(), false).unwrap();
        assert!(items.len() > 240, "{}", items.len());
        let find = |n: &str| items.iter().find(|i| i.name == n).unwrap().body;
        assert!(find("env.glUniform4fv").contains("glScratch('f32'"));
        assert!(find("env.glGenBuffers").contains("createBuffer"));
        assert!(find("env.glBindVertexArray").contains("glIsWebGL2"));
        assert!(!items.iter().any(|i| i.name == "env.glGetString"));
    }

    #[test]
    fn es3_functions_need_webgl2() {
        let import = |f: &str| Import {
            module: "env".into(),
            field: f.into(),
        };
        assert!(check_imports(&[import("glDrawArrays")], 1).is_ok());
        let e = check_imports(&[import("glBindVertexArray")], 1).unwrap_err();
        assert!(e.to_string().contains("MAX_WEBGL_VERSION=2"), "{e}");
        assert!(check_imports(&[import("glBindVertexArray")], 2).is_ok());
    }

    #[test]
    fn full_es2_replaces_only_the_client_array_functions() {
        let plain = items(&names().unwrap(), false).unwrap();
        let full = items(&names().unwrap(), true).unwrap();
        let find = |items: &[Item], n: &str| items.iter().find(|i| i.name == n).unwrap().body;
        assert!(find(&full, "env.glDrawElements").contains("glClientDrawElements("));
        assert!(find(&full, "env.glVertexAttribPointer").contains("glClientAttribPointer("));
        assert!(!find(&plain, "env.glDrawArrays").contains("glClient"));
        // Element buffers keep their indices, to size client vertex arrays.
        assert!(find(&full, "env.glBufferSubData").contains("glClientBufferSubData("));
        assert!(!find(&plain, "env.glBufferData").contains("glClient"));
        assert!(find(&full, "env.glDrawElementsInstancedANGLE").contains("glClient"));
        assert_eq!(
            find(&plain, "env.glUniform4f"),
            find(&full, "env.glUniform4f")
        );
    }

    #[test]
    fn generated_code_is_valid_javascript() {
        let mut js = String::from("'use strict';\n");
        for (i, full_es2) in [false, true].into_iter().enumerate() {
            // Each set in its own block, as the two share names.
            js.push_str(&format!("{{ // {i}\n"));
            for item in &items(&names().unwrap(), full_es2).unwrap() {
                js.push_str(item.body);
                js.push_str("\n\n");
            }
            js.push_str("}\n");
        }
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("gl.js");
        std::fs::write(&file, js).unwrap();
        let out = std::process::Command::new("node")
            .arg("--check")
            .arg(&file)
            .output()
            .expect("node is needed to check the generated code");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}
