//! OpenAL 1.1 (`<AL/al.h>`, `<AL/alc.h>`, `-lopenal`) over the runtime's own
//! implementation. In Node the device is silent and keeps time, so the
//! state machine pages use is checked there: a 0.2 s tone plays for 0.2 s,
//! pause keeps the position, pitch 2 halves the time, a queue's buffers
//! become processed in turn and unqueue, getters return what setters set,
//! and bad names, enums and values give OpenAL's error codes. In headless
//! Chromium the same calls run without page errors, and a key press resumes
//! the AudioContext without the program asking.
//!
//! A test that needs the browser skips with a note when Chromium is not
//! installed, except under CI (the `CI` variable is set), where it must fail.

mod common;

use common::{
    browser_or_skip, build, explain, node, node_check, repo_root, scratch, stdout, wasmrun,
};
use std::path::Path;

/// Builds `tests/openal/NAME.c` with -sASYNCIFY (the programs sleep) into `dir/NAME.EXT`.
fn program(dir: &Path, name: &str, ext: &str) -> std::path::PathBuf {
    let src = repo_root().join(format!("tests/openal/{name}.c"));
    let out = dir.join(format!("{name}.{ext}"));
    build(&[
        src.to_str().unwrap(),
        "-sASYNCIFY",
        "-lopenal",
        "-o",
        out.to_str().unwrap(),
    ]);
    out
}

/// The value after `name ` on the line that starts with it.
fn value<'a>(text: &'a str, name: &str) -> &'a str {
    let prefix = format!("{name} ");
    text.lines()
        .find_map(|l| l.strip_prefix(&prefix))
        .unwrap_or_else(|| panic!("no line '{name}' in:\n{text}"))
}

#[test]
fn openal_in_node_keeps_time_and_reports_state_errors_and_strings() {
    let dir = scratch();
    let js = program(dir.path(), "basics", "js");
    let out = node(&js, &[], b"", dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let text = stdout(&out);
    let expect = [
        // ALC: one device; the list with no device ends with two NULs.
        ("device-list", "WebAudio then 0"),
        ("default-device", "WebAudio"),
        ("bad-device-name", "1"),
        ("bad-device-name-error", "0xa004"), // ALC_INVALID_VALUE
        ("device", "1"),
        ("device-name", "WebAudio"),
        ("alc-enumeration", "1 0"),
        ("context", "1"),
        ("current-before", "1"),
        ("make-current", "1"),
        ("current", "1"),
        ("contexts-device", "1"),
        ("alc-version", "1.1"),
        // The frequency the context asked for (there is no output in Node).
        ("alc-frequency", "22050"),
        ("alc-error", "0"),
        ("alc-bad-enum", "0xa003"),      // ALC_INVALID_ENUM
        ("alc-bad-context", "0 0xa002"), // ALC_INVALID_CONTEXT
        // AL strings.
        ("version", "1.1"),
        ("renderer", "1 vendor 1"),
        ("float32", "1 0"),
        ("extensions-has-float32", "1"),
        ("error-string", "Invalid Name"),
        ("enum-value", "0x10010"),
        ("bad-string", "1 0xa002"),
        // Buffers: 0.2 s of mono16 at 22050 Hz is 8820 bytes.
        ("is", "1 1 0 0"),
        ("buffer", "22050 16 1 8820"),
        ("float-buffer", "32 2 0"),
        // Getters return what setters set.
        (
            "gain",
            "0.50 position 1.0 2.0 -3.0 velocity 0.25 0.00 -0.50",
        ),
        ("distances", "2.0 0.5 100.0 relative 1"),
        ("initial", "initial type 0x1030"), // AL_UNDETERMINED
        ("listener", "0.75 4 5 6 orientation 1 0 -1 0 1 0"),
        ("distance-model", "0xd002"), // AL_INVERSE_DISTANCE_CLAMPED
        ("distance-model-set", "0xd004 doppler 2.0"),
        // Errors: the first one is kept until alGetError.
        ("no-error", "0"),
        ("bad-source", "0xa001"), // AL_INVALID_NAME
        ("bad-enum", "0xa002"),   // AL_INVALID_ENUM
        ("bad-value", "0xa003"),  // AL_INVALID_VALUE
        ("scalar-for-vector", "0xa002"),
        ("bad-buffer-for-source", "0xa003"),
        ("bad-format", "0xa002"),
        ("bad-size", "0xa003"),
        ("read-only", "0xa004"), // AL_INVALID_OPERATION
        ("first-error-kept", "0xa001 then 0"),
        // A static source plays for the buffer's duration.
        ("attached", "1 type 0x1028"), // AL_STATIC
        ("delete-in-use", "0xa004 still 1"),
        ("after-play", "playing"),
        ("mid-play", "playing offset-ok 1 samples-ok 1"),
        ("attach-while-playing", "0xa004"),
        ("after-duration", "stopped offset 0"),
        ("paused", "paused kept 1"),
        ("resumed-for", "1"),
        ("looping", "playing"),
        ("stopped", "stopped"),
        ("rewound", "initial"),
        ("from-offset-for", "1"),
        ("offset-past-end", "0xa003"),
        // A stream: buffers become processed as time passes.
        ("queued", "3 processed 0 type 0x1029"), // AL_STREAMING
        ("queue-on-static", "0xa004"),
        ("stream-start", "playing processed 0"),
        ("unqueue-unprocessed", "0xa003"),
        ("stream-grew", "1 1 3 monotonic 1"),
        ("stream-for", "1"),
        ("unqueued", "1 1 left 1 processed 1"),
        ("second-pass", "processed 1 of 2"),
        ("stopped-processed", "2"),
        ("end-error", "0"),
        ("deleted", "0"),
        ("buffers-free", "0 0"),
        ("closed", "1"),
    ];
    for (name, want) in expect {
        assert_eq!(value(&text, name), want, "{name} in:\n{text}");
    }
}

#[test]
fn openal_lib_is_accepted_and_only_called_functions_are_emitted() {
    let dir = scratch();
    let js = program(dir.path(), "basics", "js");
    node_check(&js);
    let glue = std::fs::read_to_string(&js).expect("read basics.js");
    assert!(glue.contains("function alSourcePlay("), "no AL code");
    // Called nowhere in the program: left out.
    for absent in ["function alSpeedOfSound(", "function alcCaptureOpenDevice("] {
        assert!(!glue.contains(absent), "{absent} in the glue");
    }
}

#[test]
fn openal_in_a_page_resumes_its_audio_context_on_a_key() {
    if !browser_or_skip("openal_in_a_page_resumes_its_audio_context_on_a_key") {
        return;
    }
    let dir = scratch();
    let html = program(dir.path(), "page", "html");
    let out = wasmrun(&html, &["--send-key", "a@1700"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // Browsers hold an AudioContext until the user's first gesture; the
    // source keeps time meanwhile, silently.
    assert_eq!(value(&text, "before-gesture"), "suspended", "{text}");
    assert_eq!(value(&text, "silent-play"), "1", "{text}");
    // The key press resumed it, with nothing asked of the program.
    assert_eq!(value(&text, "after-gesture"), "running", "{text}");
    assert_eq!(value(&text, "audible-play"), "1", "{text}");
    assert_eq!(value(&text, "frequency-positive"), "1", "{text}");
    assert_eq!(value(&text, "error"), "0", "{text}");
    assert!(text.ends_with("done\n"), "{text}");
}
