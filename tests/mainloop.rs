//! Main loops in Node, where animation frames are 16 ms timers: frames run,
//! pause, resume and cancel; the program ends with the right status, after
//! its atexit handlers, in each way it can end.

mod common;

use common::{build, explain, node, repo_root, scratch, shell_status, stdout};
use std::process::Output;

/// Builds tests/mainloop/NAME.c for Node and runs it.
fn run(name: &str) -> Output {
    let dir = scratch();
    let src = repo_root().join(format!("tests/mainloop/{name}.c"));
    let js = dir.path().join(format!("{name}.js"));
    build(&[src.to_str().unwrap(), "-o", js.to_str().unwrap()]);
    node(&js, &[], b"", dir.path())
}

#[test]
fn simulated_infinite_loop_skips_the_rest_of_main_and_force_exit_runs_atexit() {
    let out = run("cancel_force_exit");
    assert_eq!(shell_status(&out), 3, "{}", explain(&out));
    assert_eq!(
        stdout(&out),
        "cancelled\natexit ran after 5 frames\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn main_that_returns_lives_on_until_the_loop_is_cancelled() {
    let out = run("main_returns");
    assert_eq!(shell_status(&out), 5, "{}", explain(&out));
    assert_eq!(
        stdout(&out),
        "main done\nframe 1\nframe 2\nframe 3\nframe 4\natexit\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn pause_stops_frames_and_resume_restarts_them() {
    let out = run("pause_resume");
    assert_eq!(shell_status(&out), 7, "{}", explain(&out));
    assert_eq!(
        stdout(&out),
        "paused: 3 frames after 5 ticks\nresumed: 6 frames\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn fps_paces_the_loop_and_timing_can_change() {
    let out = run("pacing");
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    assert_eq!(
        stdout(&out),
        "timing without a loop\n20 frames at 50 fps: in time\n200 immediate frames: faster\n",
        "{}",
        explain(&out)
    );
}
