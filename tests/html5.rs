//! html5.h input callbacks in headless Chromium through wasmrun: real keys
//! sent over the DevTools protocol reach key callbacks on the canvas, the
//! document and the window with the fields the DOM gives them; a callback
//! returning true cancels the event; mouse events dispatched at known
//! coordinates give the right client and target coordinates; a resize
//! callback reports the window; the example snake game turns, ends and
//! restarts on keys. Also: the event structs have Emscripten's layout, and
//! a program that only uses key callbacks gets no other event code.
//!
//! A test that needs the browser skips with a note when Chromium is not
//! installed, except under CI (the `CI` variable is set), where it must fail.

mod common;

use common::{
    browser_or_skip, build, explain, node, node_check, repo_root, scratch, stdout, wasmrun,
};
use std::path::{Path, PathBuf};

/// Builds `src` (relative to the repository) into `dir/NAME.html`.
fn page(dir: &Path, src: &str, name: &str) -> PathBuf {
    let html = dir.join(format!("{name}.html"));
    let src = repo_root().join(src);
    build(&[src.to_str().unwrap(), "-o", html.to_str().unwrap()]);
    html
}

/// The line starting with `prefix`, or a failure that shows the output.
fn line<'a>(text: &'a str, prefix: &str) -> &'a str {
    text.lines()
        .find(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line starting with '{prefix}' in:\n{text}"))
}

#[test]
fn event_structs_have_emscriptens_layout() {
    // The sizes and offsets are _Static_asserts: a wrong layout fails the build.
    let dir = scratch();
    let js = dir.path().join("layout.js");
    let src = repo_root().join("tests/html5/layout.c");
    build(&[src.to_str().unwrap(), "-o", js.to_str().unwrap()]);
    let out = node(&js, &[], b"", dir.path());
    assert_eq!(stdout(&out), "layouts match\n", "{}", explain(&out));
}

#[test]
fn keys_reach_canvas_document_and_window_with_dom_fields() {
    if !browser_or_skip("keys_reach_canvas_document_and_window_with_dom_fields") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "tests/html5/keys.c", "keys");
    let out = wasmrun(
        &html,
        &[
            "--send-key",
            "a@1700",
            "--send-key",
            "b@2000",
            "--send-key",
            "c@2300",
        ],
        &[],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // keydown of 'a' (UI Events: keyCode and which are the virtual key code
    // 65, charCode 0), at the focused canvas first, then bubbling up.
    let plain = "key=a code=KeyA keyCode=65 which=65 charCode=0 ctrl=0 shift=0 alt=0 meta=0 repeat=0 location=0 time=ok";
    for target in ["canvas", "document", "window"] {
        assert_eq!(
            line(&text, &format!("keydown {target} key=a")),
            format!("keydown {target} {plain}"),
            "{text}"
        );
    }
    let order: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("keydown") && l.contains("key=a "))
        .map(|l| l.split(' ').nth(1).unwrap())
        .collect();
    assert_eq!(order, ["canvas", "document", "window"], "{text}");
    // keypress carries the character code 97 of 'a'.
    assert!(
        line(&text, "keypress window key=a").contains("charCode=97"),
        "{text}"
    );
    assert!(
        line(&text, "keyup window key=a").contains("keyCode=65"),
        "{text}"
    );
    // The canvas callback returned true for 'b': preventDefault, so the
    // browser sends no keypress for it, and other listeners see it cancelled.
    assert!(text.contains("keydown window key=b"), "{text}");
    assert!(!text.contains("keypress window key=b"), "{text}");
    assert!(text.contains("b prevented=1\n"), "{text}");
    assert!(text.contains("keypress window key=c"), "{text}");
    // Modifiers, repeat and location of a dispatched event reach the struct.
    let z = line(&text, "keydown document key=Z");
    assert!(
        z.contains("ctrl=0 shift=1 alt=1 meta=1 repeat=1 location=1"),
        "{text}"
    );
    assert!(text.contains("keydown window key=Z"), "{text}");
    assert!(!text.contains("keydown canvas key=Z"), "{text}");
}

#[test]
fn mouse_events_give_client_and_target_coordinates() {
    if !browser_or_skip("mouse_events_give_client_and_target_coordinates") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "tests/html5/mouse.c", "mouse");
    let out = wasmrun(&html, &[], &[]);
    let text = stdout(&out);
    // Every listener removed, the program ends when main returns.
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(line(&text, "status before:"), "status before: -7", "{text}");
    // Click (type 4) at client 47,73 on a canvas placed at 37,53.
    assert_eq!(
        line(&text, "4 canvas"),
        "4 canvas client=47,73 target=10,20 screen=147,173 movement=0,0 button=2 buttons=2 ctrl=1 shift=0 alt=1 meta=0",
        "{text}"
    );
    // On the document, target coordinates are client coordinates.
    assert_eq!(
        line(&text, "8 document"),
        "8 document client=100,150 target=100,150 screen=0,0 movement=5,-3 button=0 buttons=0 ctrl=0 shift=1 alt=0 meta=1",
        "{text}"
    );
    assert_eq!(line(&text, "status:"), "status: client=100,150", "{text}");
    // A mousedown on the canvas bubbles to the window (NULL target).
    assert!(
        line(&text, "5 window").starts_with("5 window client=60,90 target=60,90"),
        "{text}"
    );
    // The click listener was removed: one click line only.
    assert_eq!(text.matches("4 canvas").count(), 1, "{text}");
    assert!(text.ends_with("done\n"), "{text}");
}

#[test]
fn resize_callback_reports_the_window() {
    if !browser_or_skip("resize_callback_reports_the_window") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "tests/html5/resize.c", "resize");
    // The viewport changes size as when a user resizes the window. The
    // times leave the page's module time to load and set its callback while
    // other tests' browsers share the cores.
    let out = wasmrun(
        &html,
        &[
            "--window-size",
            "640x480",
            "--resize",
            "500x400@1500",
            "--resize",
            "420x300@3000",
        ],
        &[],
    );
    let text = stdout(&out);
    // main returned 3; the program ended when its last listener went.
    assert_eq!(out.status.code(), Some(3), "{}", explain(&out));
    assert!(text.starts_with("set: 0\nbad target: -4\n"), "{text}");
    assert!(
        text.contains("resize 1 type=10 inner=500x400 body=1 data=r\n"),
        "{text}"
    );
    assert!(
        text.contains("resize 2 type=10 inner=420x300 body=1 data=r\n"),
        "{text}"
    );
}

#[test]
fn key_callbacks_alone_bring_no_other_event_code() {
    let dir = scratch();
    let js = dir.path().join("keys.js");
    let src = repo_root().join("tests/html5/keys.c");
    build(&[src.to_str().unwrap(), "-o", js.to_str().unwrap()]);
    node_check(&js);
    let glue = std::fs::read_to_string(&js).expect("read keys.js");
    assert!(glue.contains("function __wasmcc_html5_key("), "no key code");
    for absent in [
        "__wasmcc_html5_mouse",
        "__wasmcc_html5_wheel",
        "__wasmcc_html5_touch",
        "__wasmcc_html5_gamepad",
        "getGamepads",
        "requestPointerLock",
        "requestFullscreen",
        "html5FillMouse",
        "__wasmcc_html5_orientation",
        "__wasmcc_html5_motion",
        "html5Sensors",
    ] {
        assert!(
            !glue.contains(absent),
            "{absent} in the glue of a keys-only program"
        );
    }
}

/// The snake's positions, as printed on each move.
fn positions(text: &str) -> Vec<(i32, i32)> {
    text.lines()
        .filter_map(|l| l.strip_prefix("pos "))
        .map(|p| {
            let (x, y) = p.split_once(',').expect("pos X,Y");
            (x.parse().expect("x"), y.parse().expect("y"))
        })
        .collect()
}

#[test]
fn snake_turns_on_keys_and_restarts_after_game_over() {
    if !browser_or_skip("snake_turns_on_keys_and_restarts_after_game_over") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "examples/snake.c", "snake");
    let out = wasmrun(
        &html,
        &[
            "--send-key",
            "ArrowDown@1000",
            "--send-key",
            "r@4000",
            "--send-key",
            "w@4400",
            "--exit-after",
            "5200",
        ],
        &[],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let (first, second) = text
        .split_once("restart\n")
        .unwrap_or_else(|| panic!("no restart after game over:\n{text}"));
    assert!(first.contains("game over, score 0"), "{text}");

    // First game: right from 5,10 until ArrowDown, then down to the wall.
    let moves = positions(first);
    assert_eq!(moves[0], (5, 10), "{text}");
    let turn = moves
        .windows(2)
        .position(|w| w[1].1 != w[0].1)
        .unwrap_or_else(|| panic!("the snake never turned:\n{text}"));
    for w in &moves[..=turn] {
        assert_eq!(w.1, 10, "moved off row 10 before the key:\n{text}");
    }
    for w in moves[turn..].windows(2) {
        assert_eq!(
            (w[1].0, w[1].1),
            (w[0].0, w[0].1 + 1),
            "not moving down:\n{text}"
        );
    }
    assert_eq!(moves.last().unwrap().1, 19, "{text}");

    // After R: the start again, then up on W.
    assert!(second.starts_with("score 0\npos 5,10\n"), "{text}");
    let moves = positions(second);
    let turn = moves
        .windows(2)
        .position(|w| w[1].1 != w[0].1)
        .unwrap_or_else(|| panic!("no turn on W:\n{text}"));
    assert_eq!(
        moves[turn + 1],
        (moves[turn].0, moves[turn].1 - 1),
        "{text}"
    );
}

#[test]
fn every_event_family_registers_and_fills_its_struct() {
    if !browser_or_skip("every_event_family_registers_and_fills_its_struct") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "tests/html5/families.c", "families");
    node_check(&dir.path().join("families.js"));
    let out = wasmrun(&html, &[], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert!(text.starts_with("set: 0\n"), "{text}");
    // A headless page is visible (EMSCRIPTEN_VISIBILITY_VISIBLE is 1).
    assert!(text.contains("visibility: 0 hidden=0 state=1\n"), "{text}");
    assert!(text.contains("pointerlock: 0 active=0\n"), "{text}");
    // Outside an input event: DEFERRED (1) when allowed to wait, else FAILED_NOT_DEFERRED (-2).
    assert!(text.contains("request lock: 1 -2\n"), "{text}");
    assert!(
        text.contains("wheel 9 client=3,4 delta=1.5,-2,0 mode=1\n"),
        "{text}"
    );
    assert!(text.contains("wheel prevented=1\n"), "{text}");
    assert!(text.contains("focus 13 node=CANVAS id=canvas\n"), "{text}");
    assert!(
        text.contains("touch 22 n=1 id=7 client=11,12 changed=1 onTarget=1\n"),
        "{text}"
    );
    assert!(text.ends_with("done\n"), "{text}");
}

#[test]
fn soft_fullscreen_fills_the_window_as_the_strategy_says_and_leaves_no_trace() {
    if !browser_or_skip("soft_fullscreen_fills_the_window_as_the_strategy_says_and_leaves_no_trace")
    {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "tests/html5/fullscreen.c", "fullscreen");
    let out = wasmrun(
        &html,
        &["--window-size", "640x480", "--resize", "500x400@1500"],
        &[],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // fit: object-fit fill 1, contain 2, none 3; +10 for pixelated.
    let before = "canvas=300x150 css=300x150 window=640x480 fit=1";
    assert_eq!(line(&text, "before: "), format!("before: {before}"));
    assert_eq!(line(&text, "no strategy: "), "no strategy: -5");
    assert_eq!(line(&text, "bad target: "), "bad target: -4");
    assert_eq!(line(&text, "enter: "), "enter: 0");
    // STRETCH at STDDEF resolution: the canvas is the window, in CSS and in pixels...
    assert_eq!(
        line(&text, "stretch: "),
        "stretch: canvas=640x480 css=640x480 window=640x480 fit=1"
    );
    // ...and follows it when the window resizes.
    assert_eq!(
        line(&text, "resized: "),
        "resized: canvas=500x400 css=500x400 window=500x400 fit=1"
    );
    // Leaving restores the canvas as it was, at the window's new size.
    assert_eq!(
        line(&text, "left: "),
        "left: canvas=300x150 css=300x150 window=500x400 fit=1"
    );
    // The callback heard entering, the resize and leaving, with its data.
    for n in 1..=3 {
        assert_eq!(
            line(&text, &format!("canvas resized {n}:")),
            format!("canvas resized {n}: type=37 reserved=1 data=s")
        );
    }
    assert!(!text.contains("canvas resized 4"), "{text}");
    // ASPECT at the canvas's own resolution, NEAREST filtering.
    assert_eq!(line(&text, "enter aspect: "), "enter aspect: 0");
    assert_eq!(
        line(&text, "aspect: "),
        "aspect: canvas=300x150 css=500x400 window=500x400 fit=12"
    );
    assert_eq!(
        line(&text, "left again: "),
        "left again: canvas=300x150 css=300x150 window=500x400 fit=1"
    );
}

#[test]
fn fullscreen_strategy_waits_for_a_key_then_sizes_and_restores_the_canvas() {
    if !browser_or_skip("fullscreen_strategy_waits_for_a_key_then_sizes_and_restores_the_canvas") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "tests/html5/fullscreen_strategy.c", "strategy");
    let out = wasmrun(
        &html,
        &["--window-size", "640x480", "--send-key", "f@1500"],
        &[],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.split(" screen=").next().unwrap())
        .collect();
    assert_eq!(
        lines,
        [
            // Browsers refuse fullscreen outside an input event.
            "not deferred: -2",
            "request: 1",
            // The key ran the request: STDDEF gives the canvas the area's size.
            "canvas resized: canvas=640x480 fullscreen=1",
            "fullscreenchange: 1",
            "fullscreenchange: 0",
            // Leaving fullscreen gave the canvas back its own size.
            "canvas resized: canvas=300x150 fullscreen=0",
        ],
        "{text}"
    );
}

/// What the C struct should hold for the DOM's values in `dom` (a line
/// `dom KIND name=v,... name=v`): the same numbers, with null as 0 (a
/// whole null group as three zeros).
fn zeroed(dom: &str) -> String {
    dom.trim_start_matches("dom ")
        .split(' ')
        .map(|part| match part.split_once('=') {
            Some((name, "null")) if name != "alpha" && name != "beta" && name != "gamma" => {
                format!("{name}=0.000,0.000,0.000")
            }
            _ => part.replace("null", "0.000"),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The C line `KIND type=N data=D fields... [supportedFields=N]` without
/// its type, data and supportedFields, to compare with `zeroed`.
fn fields_of(c_line: &str) -> String {
    c_line
        .split(' ')
        .filter(|p| {
            !p.starts_with("type=") && !p.starts_with("data=") && !p.starts_with("supportedFields=")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn device_orientation_and_motion_come_from_the_browsers_sensors() {
    if !browser_or_skip("device_orientation_and_motion_come_from_the_browsers_sensors") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "tests/html5/sensors.c", "sensors");
    node_check(&dir.path().join("sensors.js"));
    // The sensors as a phone's would report them: an orientation in
    // degrees; gravity included acceleration in m/s²; the gyroscope in
    // rad/s (pi/2, 0, -pi); no linear-acceleration sensor at all.
    let out = wasmrun(
        &html,
        &[
            "--orientation",
            "90,45,-30@1500",
            "--sensor",
            "accelerometer=1,2,9.5@1500",
            "--sensor",
            "gyroscope=1.5707963267948966,0,-3.141592653589793@1500",
        ],
        &[],
    );
    let text = stdout(&out);
    // Both listeners removed: the program ends.
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // NO_DATA (-7) before any event.
    assert!(
        text.starts_with("orientation status: -7\nmotion status: -7\nset: 0 0\n"),
        "{text}"
    );
    let lines: Vec<&str> = text.lines().collect();
    let pair = |prefix: &str| {
        let i = lines
            .iter()
            .position(|l| l.starts_with(prefix))
            .unwrap_or_else(|| panic!("no line starting with '{prefix}' in:\n{text}"));
        assert!(i > 0 && lines[i - 1].starts_with("dom "), "{text}");
        (lines[i - 1], lines[i])
    };
    let orientation = "alpha=90.000 beta=45.000 gamma=-30.000 absolute=0";
    let (dom, c) = pair("orientation type=16 data=o alpha=90.000");
    assert_eq!(
        c,
        format!("orientation type=16 data=o {orientation}"),
        "{text}"
    );
    assert_eq!(fields_of(c), zeroed(dom), "{text}");
    // No linear-acceleration sensor: the DOM's acceleration has null
    // members, so its supportedFields bit is clear and it reads as zeros;
    // gravity (0x02) and rotation rate (0x04) are there.
    let (dom, c) = pair("motion type=17 data=m ");
    assert!(dom.contains("acceleration=null,null,null"), "{text}");
    assert!(
        c.contains(" acceleration=0.000,0.000,0.000 includingGravity=1.000,2.000,9.500 "),
        "{text}"
    );
    assert!(c.ends_with(" supportedFields=6"), "{text}");
    assert_eq!(fields_of(c), zeroed(dom), "{text}");
    // The rotation rate in degrees per second, whichever axis is which.
    let rates = c
        .split("rotationRate=")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .unwrap_or_else(|| panic!("no rotationRate in {c}"));
    let mut rates: Vec<&str> = rates.split(',').collect();
    rates.sort();
    assert_eq!(rates, ["-180.000", "0.000", "90.000"], "{text}");
    // The status functions give the last event of each kind.
    assert_eq!(
        line(&text, "orientation status alpha"),
        format!("orientation status {orientation}"),
        "{text}"
    );
    let motion = c.split_once(" data=m ").map(|(_, rest)| rest).unwrap_or("");
    assert_eq!(
        line(&text, "motion status acc"),
        format!("motion status {motion}"),
        "{text}"
    );
    assert!(text.contains("orientation status: 0\nor"), "{text}");
    assert!(text.contains("motion status: 0\nmo"), "{text}");
    assert!(text.ends_with("done\n"), "{text}");
}

#[test]
fn device_events_with_null_fields_read_as_zero_and_true_cancels() {
    if !browser_or_skip("device_events_with_null_fields_read_as_zero_and_true_cancels") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "tests/html5/sensors.c", "sensors");
    // Events built in JS and dispatched on the window (see sensors.c).
    let out = wasmrun(&html, &[], &["dispatched"]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let c: Vec<&str> = text
        .lines()
        .filter(|l| l.starts_with("orientation type") || l.starts_with("motion type"))
        .collect();
    assert_eq!(
        c,
        [
            // beta null reads 0.
            "orientation type=16 data=o alpha=10.500 beta=0.000 gamma=-20.250 absolute=1",
            "orientation type=16 data=o alpha=1.000 beta=2.000 gamma=0.000 absolute=0",
            // No accelerationIncludingGravity: bit 0x02 clear, zeros; a
            // rotation rate with one null member still counts (0x01|0x04).
            "motion type=17 data=m acceleration=0.500,-1.500,2.250 includingGravity=0.000,0.000,0.000 rotationRate=30.000,0.000,-45.000 supportedFields=5",
            // Nothing measured: all zeros, no bit.
            "motion type=17 data=m acceleration=0.000,0.000,0.000 includingGravity=0.000,0.000,0.000 rotationRate=0.000,0.000,0.000 supportedFields=0",
        ],
        "{text}"
    );
    // Each C line matches the DOM's values of the same event, null as 0.
    let lines: Vec<&str> = text.lines().collect();
    for (i, l) in lines.iter().enumerate() {
        if l.starts_with("orientation type") || l.starts_with("motion type") {
            assert_eq!(fields_of(l), zeroed(lines[i - 1]), "{text}");
        }
    }
    // The orientation callback returned true for the absolute event only.
    assert_eq!(line(&text, "prevented: "), "prevented: 1 0 0 0", "{text}");
    // The status functions give the last event of each kind.
    assert_eq!(
        line(&text, "orientation status alpha"),
        "orientation status alpha=1.000 beta=2.000 gamma=0.000 absolute=0"
    );
    assert!(
        line(&text, "motion status acc").ends_with(" supportedFields=0"),
        "{text}"
    );
    assert!(text.ends_with("done\n"), "{text}");
}
