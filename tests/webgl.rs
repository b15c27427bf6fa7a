//! WebGL in headless Chromium through wasmrun: the example triangles drawn
//! and read back with glReadPixels, a WebGL 2 context, GL errors, and main
//! loops (frames, pause, resume, cancel) in a page.
//!
//! A test that needs the browser skips with a note when Chromium is not
//! installed, except under CI (the `CI` variable is set), where it must fail.

mod common;

use common::{browser_or_skip, build, explain, pixel, repo_root, scratch, stdout, wasmcc, wasmrun};
use std::path::{Path, PathBuf};

/// Builds `src` into `dir/page.html` with extra flags.
fn page(dir: &Path, src: &Path, flags: &[&str]) -> PathBuf {
    let html = dir.join("page.html");
    let mut args = vec![src.to_str().unwrap(), "-o", html.to_str().unwrap()];
    args.extend(flags);
    build(&args);
    html
}

#[test]
fn triangle_draws_on_webgl1() {
    if !browser_or_skip("triangle_draws_on_webgl1") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), &repo_root().join("examples/triangle.c"), &[]);
    let out = wasmrun(&html, &[], &["--probe", "3"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert!(
        text.starts_with("OpenGL ES 2.0 (WebGL 1.0"),
        "{}",
        explain(&out)
    );
    let background = vec![26, 26, 26, 255];
    assert_eq!(pixel(&text, "2,2"), background, "{text}");
    assert_eq!(pixel(&text, "253,253"), background, "{text}");
    let centre = pixel(&text, "128,128");
    assert_ne!(centre, background, "{text}");
    // Each vertex colour has one strong channel: the centre mixes all three.
    assert!(centre[..3].iter().all(|&c| c > 60), "{text}");
    assert!(text.contains("frames: 3\nerror: 0x0\n"), "{text}");
}

#[test]
fn triangle2_runs_on_webgl2() {
    if !browser_or_skip("triangle2_runs_on_webgl2") {
        return;
    }
    let dir = scratch();
    let src = repo_root().join("examples/triangle2.c");
    let html = page(dir.path(), &src, &["-sMAX_WEBGL_VERSION=2"]);
    let out = wasmrun(&html, &[], &["--probe", "3"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert!(text.contains("OpenGL ES 3.0"), "{}", explain(&out));
    assert!(text.contains("OpenGL ES GLSL ES 3.00"), "{text}");
    assert_ne!(pixel(&text, "128,128"), vec![0, 0, 51, 255], "{text}");
    assert!(text.contains("major version: 3\nerror: 0x0\n"), "{text}");
}

#[test]
fn gles3_functions_need_max_webgl_version_2() {
    let dir = scratch();
    let src = repo_root().join("examples/triangle2.c");
    let js = dir.path().join("t.js");
    let out = wasmcc([src.to_str().unwrap(), "-o", js.to_str().unwrap()])
        .output()
        .expect("run wasmcc");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("-sMAX_WEBGL_VERSION=2"), "{err}");
    assert!(err.contains("glBindVertexArray"), "{err}");
}

#[test]
fn gl_errors_and_queries_answer_as_gles_does() {
    if !browser_or_skip("gl_errors_and_queries_answer_as_gles_does") {
        return;
    }
    let dir = scratch();
    let src = repo_root().join("tests/mainloop/gl_errors.c");
    let html = page(dir.path(), &src, &["-sMAX_WEBGL_VERSION=2"]);
    let out = wasmrun(&html, &[], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let text = stdout(&out);
    let viewport = text
        .lines()
        .find(|l| l.starts_with("viewport: 0 0 "))
        .is_some();
    assert!(viewport, "{text}");
    let expected = [
        "current: 1",
        "start: 0x0",
        "bad program: 0x501",
        "then: 0x0",
        "es3 on webgl1: 0x502",
        "bad enum: 0x500",
        "max texture size ok: 1",
        "extensions: yes",
        "destroy: 0",
        "current after: 0",
    ];
    for line in expected {
        assert!(
            text.lines().any(|l| l == line),
            "missing {line:?} in\n{text}"
        );
    }
}

#[test]
fn main_loop_frames_pause_resume_and_cancel_in_a_page() {
    if !browser_or_skip("main_loop_frames_pause_resume_and_cancel_in_a_page") {
        return;
    }
    let dir = scratch();
    let src = repo_root().join("tests/mainloop/pause_resume.c");
    let html = page(dir.path(), &src, &[]);
    let out = wasmrun(&html, &[], &[]);
    assert_eq!(out.status.code(), Some(7), "{}", explain(&out));
    assert_eq!(
        stdout(&out),
        "paused: 3 frames after 5 ticks\nresumed: 6 frames\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn main_loop_ending_by_cancel_reports_mains_status_in_a_page() {
    if !browser_or_skip("main_loop_ending_by_cancel_reports_mains_status_in_a_page") {
        return;
    }
    let dir = scratch();
    let src = repo_root().join("tests/mainloop/main_returns.c");
    let html = page(dir.path(), &src, &[]);
    let out = wasmrun(&html, &[], &[]);
    assert_eq!(out.status.code(), Some(5), "{}", explain(&out));
    assert!(
        stdout(&out).ends_with("frame 4\natexit\n"),
        "{}",
        explain(&out)
    );
}

#[test]
fn full_es2_draws_from_client_side_arrays() {
    if !browser_or_skip("full_es2_draws_from_client_side_arrays") {
        return;
    }
    let dir = scratch();
    let src = repo_root().join("tests/webgl/client_arrays.c");
    let html = page(dir.path(), &src, &["-sFULL_ES2=1"]);
    let out = wasmrun(&html, &[], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert!(text.contains("error: 0x0\n"), "{text}");
    // glDrawArrays from a client array (first 1, padded stride): red.
    assert_eq!(pixel(&text, "64,110"), vec![255, 0, 0, 255], "{text}");
    // glDrawElements with client indices and vertices: green.
    assert_eq!(pixel(&text, "192,110"), vec![0, 255, 0, 255], "{text}");
    assert_eq!(pixel(&text, "128,240"), vec![0, 0, 0, 255], "{text}");
}

#[test]
fn client_side_arrays_without_full_es2_are_gl_errors_as_in_webgl() {
    if !browser_or_skip("client_side_arrays_without_full_es2_are_gl_errors_as_in_webgl") {
        return;
    }
    let dir = scratch();
    let src = repo_root().join("tests/webgl/client_arrays.c");
    let html = page(dir.path(), &src, &[]);
    let out = wasmrun(&html, &[], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // GL_INVALID_OPERATION: a pointer with no ARRAY_BUFFER bound.
    assert!(text.contains("error: 0x502\n"), "{text}");
    assert_eq!(pixel(&text, "64,110"), vec![0, 0, 0, 255], "{text}");
    assert_eq!(pixel(&text, "192,110"), vec![0, 0, 0, 255], "{text}");
}

/// Runs tests/webgl/client_instanced.c with -sFULL_ES2 on a WebGL `version`
/// context and checks its 3 x 3 grid of cells (see the program's comment).
fn client_instanced_on(version: &str) {
    let dir = scratch();
    let src = repo_root().join("tests/webgl/client_instanced.c");
    let html = page(dir.path(), &src, &["-sFULL_ES2=1", "-sMAX_WEBGL_VERSION=2"]);
    let out = wasmrun(&html, &[], &[version]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let text = stdout(&out);
    let (black, red, green, blue) = ("0 0 0 255", "255 0 0 255", "0 255 0 255", "0 0 255 255");
    // glDrawRangeElements is OpenGL ES 3.0: on WebGL 1 the program skips it.
    let range = if version == "2" {
        "0 255 255 255"
    } else {
        black
    };
    has_lines(
        &text,
        &[
            "error: 0x0",
            // Client vertices sized from indices in a bound element buffer.
            &format!("bottom 0: {green}"),
            &format!("bottom 1: {range}"),
            &format!("bottom 2: {black}"),
            // Five instances of three client vertices, one offset each.
            &format!("middle 0: {red}"),
            &format!("middle 1: {red}"),
            &format!("middle 2: {red}"),
            // Four instances, divisor 2: two offsets, left and right.
            &format!("top 0: {blue}"),
            &format!("top 1: {black}"),
            &format!("top 2: {blue}"),
        ],
    );
}

#[test]
fn full_es2_client_arrays_with_element_buffers_and_instancing_on_webgl1() {
    if !browser_or_skip("full_es2_client_arrays_with_element_buffers_and_instancing_on_webgl1") {
        return;
    }
    client_instanced_on("1");
}

#[test]
fn full_es2_client_arrays_with_element_buffers_and_instancing_on_webgl2() {
    if !browser_or_skip("full_es2_client_arrays_with_element_buffers_and_instancing_on_webgl2") {
        return;
    }
    client_instanced_on("2");
}

/// Runs tests/webgl/egl_triangle.c, built with `flags`, with `args`.
fn egl_run(flags: &[&str], args: &[&str]) -> String {
    let dir = scratch();
    let src = repo_root().join("tests/webgl/egl_triangle.c");
    let html = page(dir.path(), &src, flags);
    let out = wasmrun(&html, &[], args);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    stdout(&out)
}

fn has_lines(text: &str, lines: &[&str]) {
    for line in lines {
        assert!(
            text.lines().any(|l| l == *line),
            "missing {line:?} in\n{text}"
        );
    }
}

#[test]
fn egl_context_draws_with_the_chosen_depth_and_stencil() {
    if !browser_or_skip("egl_context_draws_with_the_chosen_depth_and_stencil") {
        return;
    }
    let text = egl_run(&[], &[]);
    has_lines(
        &text,
        &[
            // EGL_BAD_DISPLAY for a display that is not ours.
            "no display yet: 0 0x3008",
            "initialize: 1 1.4",
            "bind api: 1",
            // DEPTH_SIZE 16 and STENCIL_SIZE 8 asked: at least that much.
            "config: 1 n=1 red=8 depth=24 stencil=8",
            // OpenGL ES 1 (EGL's default client version) is not offered: EGL_BAD_MATCH.
            "es1 context: no 0x3009",
            "context: yes",
            "make current: 1",
            "current: 1 1 1",
            "surface: 200x100, client version 2",
            "gl depth bits: >=16, stencil bits: 8",
            "gl error: 0x0",
            "swap: 1",
            "egl error: 0x3000",
            "release: 1 1",
            "destroy: 1 1",
            "terminate: 1",
        ],
    );
    assert!(text.contains("OpenGL ES 2.0 (WebGL 1.0"), "{text}");
    // The blue triangle on the yellow clear colour.
    assert_eq!(pixel(&text, "100,40"), vec![0, 0, 255, 255], "{text}");
    assert_eq!(pixel(&text, "5,95"), vec![255, 255, 0, 255], "{text}");
}

#[test]
fn egl_client_version_3_gives_webgl2_without_depth_when_not_asked() {
    if !browser_or_skip("egl_client_version_3_gives_webgl2_without_depth_when_not_asked") {
        return;
    }
    let text = egl_run(&["-sMAX_WEBGL_VERSION=2"], &["3"]);
    has_lines(
        &text,
        &[
            // The smallest config that fits comes first: no depth, no stencil.
            "config: 1 n=1 red=8 depth=0 stencil=0",
            "context: yes",
            "surface: 200x100, client version 3",
            "gl depth bits: 0, stencil bits: 0",
            "gl error: 0x0",
        ],
    );
    assert!(text.contains("OpenGL ES 3.0 (WebGL 2.0"), "{text}");
    assert_eq!(pixel(&text, "100,40"), vec![0, 0, 255, 255], "{text}");
}

/// The four numbers after `label: ` on its line.
fn rgba(text: &str, label: &str) -> Vec<i32> {
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix(&format!("{label}: ")))
        .unwrap_or_else(|| panic!("no {label:?} in:\n{text}"));
    line.split_whitespace()
        .map(|v| v.parse().unwrap())
        .collect()
}

/// Channels equal to `want` within one step of rounding (0.5 is 127 or 128).
fn near(got: &[i32], want: &[i32]) -> bool {
    got.len() == want.len() && got.iter().zip(want).all(|(g, w)| (g - w).abs() <= 1)
}

fn uniform_arrays_on(webgl: &str) {
    let dir = scratch();
    let src = repo_root().join("tests/webgl/uniform_arrays.c");
    let html = page(dir.path(), &src, &["-sMAX_WEBGL_VERSION=2"]);
    let out = wasmrun(&html, &[], &[webgl]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let text = stdout(&out);
    has_lines(
        &text,
        &[
            // GLES: "arr" and "arr[0]" name the first element; elements
            // follow one another; past the end and bad names are -1.
            "arr == arr[0]: 1",
            "arr[2] - arr: 2, arr[3] - arr: 3",
            "arr[4]: -1, missing: -1, bad index: -1",
            "scale[0] of a plain uniform: -1",
            // glGenVertexArraysOES and friends, on either WebGL version.
            "vao: 1, is vao: 1",
        ],
    );
    assert!(!text.contains("error: 0x5"), "{text}");
    // glUniform4fv count 4 from "arr": 4 x 0.25 red, green from element 3.
    assert!(
        near(&rgba(&text, "all four"), &[255, 255, 0, 255]),
        "{text}"
    );
    // count 2 from "arr[2]": elements 2 and 3 become 0.5 blue.
    assert!(
        near(&rgba(&text, "from [2]"), &[128, 0, 255, 255]),
        "{text}"
    );
    assert!(
        near(&rgba(&text, "[3] alone"), &[128, 255, 128, 255]),
        "{text}"
    );
    assert!(
        near(&rgba(&text, "after relink"), &[0, 0, 255, 255]),
        "{text}"
    );
    // Locations are numbered per program, as drivers do: the first
    // program's set the second's. Half of "all four" (scale 0.5).
    has_lines(&text, &["same locations: 1", "scales: 1.00 0.50"]);
    assert!(
        near(&rgba(&text, "second program"), &[128, 128, 0, 128]),
        "{text}"
    );
}

#[test]
fn uniform_array_locations_and_extension_entry_points_on_webgl1() {
    if !browser_or_skip("uniform_array_locations_and_extension_entry_points_on_webgl1") {
        return;
    }
    uniform_arrays_on("1");
}

#[test]
fn uniform_array_locations_and_extension_entry_points_on_webgl2() {
    if !browser_or_skip("uniform_array_locations_and_extension_entry_points_on_webgl2") {
        return;
    }
    uniform_arrays_on("2");
}

/// Runs tests/webgl/proc_address.c, built with `flags`, on a WebGL `version` context.
fn proc_address_run(flags: &[&str], version: &str) -> String {
    let dir = scratch();
    let src = repo_root().join("tests/webgl/proc_address.c");
    let html = page(dir.path(), &src, flags);
    let out = wasmrun(&html, &[], &[version]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    stdout(&out)
}

/// What both builds answer: pointers that draw, one function whichever
/// lookup finds it, extensions, EGL, and NULL for names that are not GL's.
const PROC_ADDRESS_LINES: &[&str] = &[
    "pixel: 255 0 255 255",
    "version through pointer: OpenGL ES",
    "same pointer: 1",
    "oes vao: 1",
    "webgl1 lookup of gles3: NULL",
    "egl lookup: 1",
    "unknown: NULL NULL NULL NULL",
    "gl error: 0x0",
];

#[test]
fn gl_functions_looked_up_by_name_draw_on_webgl1() {
    if !browser_or_skip("gl_functions_looked_up_by_name_draw_on_webgl1") {
        return;
    }
    let text = proc_address_run(&[], "1");
    has_lines(&text, PROC_ADDRESS_LINES);
    // A WebGL 1 build has no GLES 3 function to give.
    has_lines(&text, &["gles3 lookup: NULL"]);
}

#[test]
fn gles3_functions_looked_up_by_name_with_max_webgl_version_2() {
    if !browser_or_skip("gles3_functions_looked_up_by_name_with_max_webgl_version_2") {
        return;
    }
    let text = proc_address_run(&["-sMAX_WEBGL_VERSION=2"], "2");
    has_lines(&text, PROC_ADDRESS_LINES);
    has_lines(&text, &["gles3 lookup: found", "gles3 vao: 1"]);
}

#[test]
fn only_a_program_that_looks_names_up_links_every_gl_function() {
    let dir = scratch();
    let js = |name: &str, src: &Path, flags: &[&str]| {
        let out = dir.path().join(name);
        let mut args = vec![src.to_str().unwrap(), "-o", out.to_str().unwrap()];
        args.extend(flags);
        build(&args);
        std::fs::read_to_string(out).unwrap()
    };
    let lookup = repo_root().join("tests/webgl/proc_address.c");
    // WebGL 1: every GLES 2 function and extension, no GLES 3 one (and no
    // link error for them, as a direct call to one would give).
    let webgl1 = js("p1.js", &lookup, &[]);
    assert!(webgl1.contains("function glBlendColor("));
    assert!(webgl1.contains("function glDrawArraysInstancedANGLE("));
    assert!(!webgl1.contains("function glTexImage3D("));
    let webgl2 = js("p2.js", &lookup, &["-sMAX_WEBGL_VERSION=2"]);
    assert!(webgl2.contains("function glTexImage3D("));
    // A program that calls GL directly carries only what it calls.
    let direct = js("t.js", &repo_root().join("examples/triangle.c"), &[]);
    assert!(direct.contains("function glDrawArrays("));
    assert!(!direct.contains("function glBlendColor("));
}
