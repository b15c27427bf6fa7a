//! SDL2 through `-sUSE_SDL=2`: the port built from Debian's libsdl2 source
//! (once per cache: these tests share the default cache, so the first of
//! them builds it and the others wait for it), a game's window, renderer,
//! keys and audio in headless Chromium, SDL's software surface, its timers
//! in Node, and how build systems find it.
//!
//! Without the source (scripts/setup.sh fetches it) a test that needs it is
//! skipped with a note, except under CI, where setup.sh has run: there it fails.

mod common;

use common::{
    browser_or_skip, build, explain, node, pixel, repo_root, scratch, stdout, tool_or_skip, wasmcc,
    wasmcc_path, wasmrun,
};
use std::path::{Path, PathBuf};
use std::process::Command;

fn program(name: &str) -> PathBuf {
    repo_root().join("tests/sdl2").join(name)
}

/// Builds `tests/sdl2/NAME.c` with `flags` into `dir/OUT` and returns its path.
fn build_program(dir: &Path, name: &str, flags: &[&str], out: &str) -> PathBuf {
    let src = program(&format!("{name}.c"));
    let path = dir.join(out);
    let mut args = vec![src.to_str().unwrap()];
    args.extend(flags);
    args.extend(["-o", path.to_str().unwrap()]);
    build(&args);
    path
}

/// A CMake project in `dir/project` of the one program `tests/sdl2/NAME.c`,
/// finding `package` and linking `targets`, configured under `wasmcmake`
/// (with `env` added) and built into `dir/build`; returns that folder.
fn cmake_page(
    dir: &Path,
    name: &str,
    package: &str,
    targets: &str,
    env: &[(&str, &Path)],
) -> PathBuf {
    let bin = wrappers(dir);
    let project = dir.join("project");
    std::fs::create_dir_all(&project).unwrap();
    std::fs::copy(
        program(&format!("{name}.c")),
        project.join(format!("{name}.c")),
    )
    .unwrap();
    std::fs::write(
        project.join("CMakeLists.txt"),
        format!(
            "cmake_minimum_required(VERSION 3.13)\n\
             project({name} C)\n\
             find_package({package} 2.0 REQUIRED)\n\
             add_executable({name} {name}.c)\n\
             target_link_libraries({name} {targets})\n\
             set_target_properties({name} PROPERTIES SUFFIX \".html\")\n"
        ),
    )
    .unwrap();
    let build_dir = dir.join("build");
    let mut configure = Command::new(bin.join("wasmcmake"));
    configure
        .arg("cmake")
        .arg("-S")
        .arg(&project)
        .arg("-B")
        .arg(&build_dir);
    for (key, value) in env {
        configure.env(key, value);
    }
    let out = configure.output().unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    let out = Command::new("cmake")
        .arg("--build")
        .arg(&build_dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    build_dir
}

/// Whether SDL2's source is in the ports folder.
fn source_or_skip(test: &str) -> bool {
    port_source_or_skip(test, "sdl2", "SDL2")
}

/// Whether the source of the port `folder` (`what` in messages) is in the
/// ports folder.
fn port_source_or_skip(test: &str, folder: &str, what: &str) -> bool {
    let root = std::env::var_os("WASMCC_PORTS_SRC")
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from("/var/cache/wasmcc/ports"), PathBuf::from);
    if root.join(folder).join("debian/changelog").is_file() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{test}: {what}'s source is required under CI (scripts/setup.sh fetches it)"
    );
    eprintln!(
        "note: skipping {test}: {what}'s source is not in {} (scripts/setup.sh fetches it)",
        root.display()
    );
    false
}

/// A 16-bit mono WAV of `ms` milliseconds of a 440 Hz tone at 44.1 kHz.
fn tone_wav(ms: u32) -> Vec<u8> {
    let rate = 44_100u32;
    let samples = rate * ms / 1000;
    let data_len = samples * 2;
    let mut wav = Vec::new();
    wav.extend_from_slice(b"RIFF");
    wav.extend_from_slice(&(36 + data_len).to_le_bytes());
    wav.extend_from_slice(b"WAVEfmt ");
    wav.extend_from_slice(&16u32.to_le_bytes());
    wav.extend_from_slice(&1u16.to_le_bytes()); // PCM
    wav.extend_from_slice(&1u16.to_le_bytes()); // mono
    wav.extend_from_slice(&rate.to_le_bytes());
    wav.extend_from_slice(&(rate * 2).to_le_bytes());
    wav.extend_from_slice(&2u16.to_le_bytes());
    wav.extend_from_slice(&16u16.to_le_bytes());
    wav.extend_from_slice(b"data");
    wav.extend_from_slice(&data_len.to_le_bytes());
    for i in 0..samples {
        let t = f64::from(i) / f64::from(rate);
        let v = (8000.0 * (2.0 * std::f64::consts::PI * 440.0 * t).sin()) as i16;
        wav.extend_from_slice(&v.to_le_bytes());
    }
    wav
}

#[test]
fn a_game_draws_reads_keys_and_plays_audio_in_chromium() {
    if !source_or_skip("a_game_draws_reads_keys_and_plays_audio_in_chromium")
        || !browser_or_skip("a_game_draws_reads_keys_and_plays_audio_in_chromium")
    {
        return;
    }
    let dir = scratch();
    let html = build_program(dir.path(), "game", &["-O2", "-sUSE_SDL=2"], "game.html");
    // Again later, in case the first key came before SDL listened (a slow start).
    let out = wasmrun(&html, &["--send-key", "a@600", "--send-key", "a@4000"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert!(text.contains("drivers: emscripten emscripten\n"), "{text}");
    // The colours the program filled: red top left, green below right, the
    // blue clear colour elsewhere.
    assert_eq!(pixel(&text, "10,10"), [255, 0, 0, 255], "{text}");
    assert_eq!(pixel(&text, "120,90"), [0, 255, 0, 255], "{text}");
    assert_eq!(pixel(&text, "150,10"), [0, 0, 255, 255], "{text}");
    // SDL names the key 'a' "A" (SDL_GetKeyName).
    assert!(text.contains("keydown A\n"), "{text}");
    assert!(text.contains("audio callback ran\n"), "{text}");
    assert!(text.contains("ticks advance: yes\n"), "{text}");
}

#[test]
fn sdl2_mixer_plays_a_wav_and_an_ogg_in_chromium() {
    let test = "sdl2_mixer_plays_a_wav_and_an_ogg_in_chromium";
    if !port_source_or_skip(test, "sdl2_mixer", "SDL2_mixer")
        || !source_or_skip(test)
        || !browser_or_skip(test)
    {
        return;
    }
    let dir = scratch();
    std::fs::write(dir.path().join("tone.wav"), tone_wav(250)).unwrap();
    // The OGG is made here, so no binary is committed; without oggenc
    // (Debian's vorbis-tools) only the WAV is played.
    let ogg = tool_or_skip(&format!("{test} (its OGG part)"), "oggenc", "vorbis-tools");
    if ogg {
        std::fs::write(dir.path().join("long.wav"), tone_wav(500)).unwrap();
        let out = Command::new("oggenc")
            .args(["-Q", "-o", "tone.ogg", "long.wav"])
            .current_dir(dir.path())
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", explain(&out));
    }
    let html = dir.path().join("mixer.html");
    let mut args = vec![
        program("mixer.c").to_str().unwrap().to_string(),
        "-O2".into(),
        "-sUSE_SDL_MIXER=2".into(),
        "--preload-file".into(),
        "tone.wav".into(),
    ];
    if ogg {
        args.extend(["--preload-file".into(), "tone.ogg".into()]);
    }
    args.extend(["-o".into(), html.to_str().unwrap().into()]);
    let out = wasmcc(&args).current_dir(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    // Browsers start audio on a key; again later in case of a slow start.
    let out = wasmrun(&html, &["--send-key", "a@600", "--send-key", "a@4000"], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // The decoded lengths are the files' (SDL_mixer converts to the
    // device's rate, so a millisecond either way is rounding).
    let ms = |key: &str| -> i64 {
        text.lines()
            .find_map(|l| l.strip_prefix(&format!("{key}: ")))
            .unwrap_or_else(|| panic!("no {key} in:\n{text}"))
            .parse()
            .unwrap()
    };
    assert!(text.contains("opened: yes\n"), "{text}");
    assert!((ms("wav ms") - 250).abs() <= 1, "{text}");
    assert!(text.contains("Mix_Playing: 1\n"), "{text}");
    // Finishing means the device consumed the mixed samples.
    assert!(
        text.contains("channel 0 finished; Mix_Playing: 0\n"),
        "{text}"
    );
    if ogg {
        assert!(text.contains("Mix_Init(MIX_INIT_OGG): yes\n"), "{text}");
        assert!((ms("ogg chunk ms") - 500).abs() <= 1, "{text}");
        assert!(text.contains("music type ogg: yes\n"), "{text}");
        assert_eq!(ms("music ms"), 500, "{text}");
        assert!(
            text.contains("music finished; Mix_PlayingMusic: 0\n"),
            "{text}"
        );
    }
}

#[test]
fn sdl2_mixer_plays_in_node_in_real_time() {
    let test = "sdl2_mixer_plays_in_node_in_real_time";
    if !port_source_or_skip(test, "sdl2_mixer", "SDL2_mixer") || !source_or_skip(test) {
        return;
    }
    let dir = scratch();
    std::fs::write(dir.path().join("tone.wav"), tone_wav(250)).unwrap();
    let js = dir.path().join("mixer.js");
    let src = program("mixer.c");
    let args = [
        src.to_str().unwrap(),
        "-O2",
        "-sUSE_SDL_MIXER=2",
        "--preload-file",
        "tone.wav",
        "-o",
        js.to_str().unwrap(),
    ];
    let out = wasmcc(args).current_dir(dir.path()).output().unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    let out = node(&js, &[], b"", dir.path());
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert!(text.contains("opened: yes\nwav ms: 250\n"), "{text}");
    assert!(
        text.contains("channel 0 finished; Mix_Playing: 0\n"),
        "{text}"
    );
    // The silent device plays the quarter second in real time. SDL_mixer
    // calls a chunk finished once it has mixed its last sample, which is
    // at most two device buffers (43 ms at 48 kHz) before that plays.
    let ms: u32 = text
        .lines()
        .find_map(|l| l.strip_prefix("finished after ms: "))
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("no finishing time in:\n{text}"));
    assert!((200..3000).contains(&ms), "finished after {ms} ms:\n{text}");
}

#[test]
fn sdl2_mixer_comes_with_its_library_and_headers() {
    let test = "sdl2_mixer_comes_with_its_library_and_headers";
    if !port_source_or_skip(test, "sdl2_mixer", "SDL2_mixer") || !source_or_skip(test) {
        return;
    }
    let dir = scratch();
    let src = dir.path().join("m.c");
    std::fs::write(
        &src,
        "#include <SDL_mixer.h>\n#include <SDL2/SDL_mixer.h>\n#include <stdio.h>\n\
         int main(void) { const SDL_version *v = Mix_Linked_Version();\n\
         printf(\"%d.%d.%d\\n\", v->major, v->minor, v->patch); return 0; }\n",
    )
    .unwrap();
    let js = dir.path().join("m.js");
    // -lSDL2_mixer alone, as a Makefile's LIBS would: the link brings the
    // port and SDL2 with it; the compile needs the setting, as with emcc.
    let obj = dir.path().join("m.o");
    build(&[
        src.to_str().unwrap(),
        "-sUSE_SDL_MIXER=2",
        "-c",
        "-o",
        obj.to_str().unwrap(),
    ]);
    build(&[
        obj.to_str().unwrap(),
        "-lSDL2_mixer",
        "-o",
        js.to_str().unwrap(),
    ]);
    let out = node(&js, &[], b"", dir.path());
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // Debian's libsdl2-mixer source is SDL_mixer 2.6.2.
    assert_eq!(stdout(&out), "2.6.2\n");
}

#[test]
fn a_legacy_sdl_loop_takes_keys_with_asyncify() {
    let test = "a_legacy_sdl_loop_takes_keys_with_asyncify";
    if !source_or_skip(test) || !browser_or_skip(test) {
        return;
    }
    let dir = scratch();
    let html = build_program(
        dir.path(),
        "loop",
        &["-O2", "-sASYNCIFY", "-sUSE_SDL=2"],
        "loop.html",
    );
    // Again later, in case the first key came before SDL listened (a slow start).
    let out = wasmrun(&html, &["--send-key", "x@600", "--send-key", "x@4000"], &[]);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(stdout(&out), "keydown X\nloop ended\n", "{}", explain(&out));
}

#[test]
fn the_software_surface_shows_on_the_canvas() {
    if !source_or_skip("the_software_surface_shows_on_the_canvas")
        || !browser_or_skip("the_software_surface_shows_on_the_canvas")
    {
        return;
    }
    let dir = scratch();
    let html = build_program(dir.path(), "surface", &["-sUSE_SDL=2"], "surface.html");
    let read = "(() => { const c = document.querySelector('canvas').getContext('2d'); \
                return [15, 40].map((p) => Array.from(c.getImageData(p, p, 1, 1).data)); })()";
    let out = wasmrun(&html, &["--eval-after-exit", read], &[]);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert!(text.contains("surface shown\n"), "{text}");
    // Magenta inside the square, yellow around it.
    assert!(
        text.contains("eval: [[255,0,255,255],[255,255,0,255]]"),
        "{text}"
    );
}

#[test]
fn sdl_timers_run_in_node_with_and_without_asyncify() {
    if !source_or_skip("sdl_timers_run_in_node_with_and_without_asyncify") {
        return;
    }
    let dir = scratch();
    for (name, extra) in [("ticks.js", None), ("ticks-async.js", Some("-sASYNCIFY"))] {
        let js = dir.path().join(name);
        let mut args = vec![
            program("ticks.c").to_str().unwrap().to_string(),
            "-sUSE_SDL=2".into(),
            "-o".into(),
            js.to_str().unwrap().into(),
        ];
        args.extend(extra.map(String::from));
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        build(&args);
        let out = node(&js, &[], b"", dir.path());
        let text = stdout(&out);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", explain(&out));
        assert_eq!(
            text,
            "platform: Emscripten\n\
             SDL_Delay(50) waited at least 50 ms: yes\n\
             waited less than a second: yes\n\
             performance counter runs: yes\n\
             version 2.26.5\n",
            "{name}"
        );
    }
}

/// The numbers after `prefix` on the line that starts with it.
fn numbers(text: &str, prefix: &str) -> Vec<f64> {
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("no line '{prefix}' in:\n{text}"));
    line.split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect()
}

#[test]
fn mouse_and_gamepad_reach_sdl_in_chromium() {
    let test = "mouse_and_gamepad_reach_sdl_in_chromium";
    if !source_or_skip(test) || !browser_or_skip(test) {
        return;
    }
    let dir = scratch();
    let html = build_program(dir.path(), "input", &["-sUSE_SDL=2"], "input.html");
    let out = wasmrun(&html, &[], &[]);
    let text = stdout(&out);
    // The program exits once the gamepad is gone.
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // The canvas has 320x240 pixels shown at 640x480: SDL reports positions
    // in the window's pixels, half the CSS offsets (200,100) and (600,440),
    // and the button events at the pointer's place (left is 1, right 3).
    for line in [
        "motion 100 50",
        "down 1 at 100 50",
        "up 1 at 100 50",
        "motion 300 220",
        "down 3 at 300 220",
        "up 3 at 300 220",
    ] {
        assert!(text.lines().any(|l| l == line), "no '{line}' in:\n{text}");
    }
    // A "standard" gamepad is a game controller by SDL's mapping for the
    // web: A is button 0, the left stick's x axis 0 (full left is -32767).
    for line in [
        "joystick added 0",
        "controller added 0: Standard Gamepad",
        // The joystick under it has the pad's id, axes and buttons.
        "joystick Test Pad (STANDARD GAMEPAD): 4 axes, 17 buttons",
        "controller button a",
        "controller axis leftx -32767",
        "controller removed",
    ] {
        assert!(text.lines().any(|l| l == line), "no '{line}' in:\n{text}");
    }
}

#[test]
fn sdl_audio_in_node_is_a_silent_device_that_keeps_time() {
    if !source_or_skip("sdl_audio_in_node_is_a_silent_device_that_keeps_time") {
        return;
    }
    let dir = scratch();
    let js = build_program(
        dir.path(),
        "audio_node",
        &["-sUSE_SDL=2", "-sASYNCIFY"],
        "audio.js",
    );
    let out = node(&js, &[], b"", dir.path());
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // SDL's own Emscripten backend, not a dummy one.
    assert!(text.starts_with("driver emscripten\n"), "{text}");
    let spec = numbers(&text, "spec ");
    let (freq, buffer) = (spec[0], spec[1]);
    assert!(freq >= 8000.0 && buffer >= 256.0, "{text}");
    // A paused device does not call its callback (SDL_PauseAudioDevice).
    assert_eq!(numbers(&text, "paused-frames "), [0.0], "{text}");
    // Unpaused, the callback is asked for the device's rate of frames: a
    // buffer when its time to play comes, the first at once. Never more;
    // fewer only when timers ran late on a busy machine (the device then
    // underran, as a browser's does).
    let callback = numbers(&text, "callback ");
    let expect = freq * callback[1] / 1000.0;
    assert!(
        callback[0] <= expect + 2.0 * buffer && callback[0] >= 0.6 * expect,
        "{} frames in {} ms at {freq} Hz:\n{text}",
        callback[0],
        callback[1]
    );
    // SDL_QueueAudio's queue keeps while paused and drains as it plays.
    let queued = numbers(&text, "queued ");
    assert_eq!(queued[0], queued[1], "{text}");
    let mid = numbers(&text, "after ");
    let played = (freq * mid[0] / 1000.0 * 4.0).min(queued[0]);
    let slack = 2.0 * buffer * 4.0;
    assert!(
        mid[1] >= queued[0] - played - slack && mid[1] <= queued[0] - 0.6 * played + slack,
        "{} bytes left after {} ms of {}:\n{text}",
        mid[1],
        mid[0],
        queued[0]
    );
    // Half a second of samples takes half a second to play, not less.
    let drained = numbers(&text, "drained in ")[0];
    let duration_ms = queued[0] / 4.0 / freq * 1000.0;
    let buffer_ms = buffer / freq * 1000.0;
    assert!(
        drained >= duration_ms - buffer_ms - 1.0 && drained < 3.0 * duration_ms,
        "drained in {drained} ms:\n{text}"
    );
}

#[test]
fn sdl_headers_come_with_the_setting_at_compile_time() {
    if !source_or_skip("sdl_headers_come_with_the_setting_at_compile_time") {
        return;
    }
    let dir = scratch();
    let src = dir.path().join("v.c");
    std::fs::write(
        &src,
        "#include <SDL.h>\n#include <SDL2/SDL_version.h>\nint v = SDL_MAJOR_VERSION;\n",
    )
    .unwrap();
    let obj = dir.path().join("v.o");
    let args = [src.to_str().unwrap(), "-c", "-o", obj.to_str().unwrap()];
    let out = wasmcc(args).output().unwrap();
    assert!(!out.status.success(), "SDL.h without the setting");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("'SDL.h' file not found"),
        "{}",
        explain(&out)
    );
    let out = wasmcc(args).arg("-sUSE_SDL=2").output().unwrap();
    assert!(out.status.success(), "{}", explain(&out));
}

/// A folder of links to wasmcc under the wrappers' names (made once).
fn wrappers(dir: &Path) -> PathBuf {
    let bin = dir.join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    for name in ["wasmmake", "wasmcmake"] {
        let link = bin.join(name);
        if link.symlink_metadata().is_err() {
            std::os::unix::fs::symlink(wasmcc_path(), link).unwrap();
        }
    }
    bin
}

#[test]
fn sdl2_config_and_pkg_config_answer_the_port_under_wasmmake() {
    if !source_or_skip("sdl2_config_and_pkg_config_answer_the_port_under_wasmmake")
        || !tool_or_skip(
            "sdl2_config_and_pkg_config_answer_the_port_under_wasmmake",
            "pkg-config",
            "pkg-config",
        )
    {
        return;
    }
    let dir = scratch();
    let bin = wrappers(dir.path());
    let script = "sdl2-config --version --cflags --libs && \
                  pkg-config --cflags --libs sdl2 && pkg-config --modversion sdl2 && \
                  pkg-config --exists 'sdl2 >= 2.0.8' && echo at-least-2.0.8";
    let out = Command::new(bin.join("wasmmake"))
        .args(["sh", "-c", script])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    assert_eq!(
        lines[..3],
        ["2.26.5", "-sUSE_SDL=2", "-sUSE_SDL=2"],
        "{text}"
    );
    assert!(
        lines[3].split_whitespace().all(|f| f == "-sUSE_SDL=2"),
        "{text}"
    );
    assert_eq!(lines[4..], ["2.26.5", "at-least-2.0.8"], "{text}");
}

#[test]
fn cmake_find_package_sdl2_builds_a_game_page() {
    let test = "cmake_find_package_sdl2_builds_a_game_page";
    if !source_or_skip(test) || !tool_or_skip(test, "cmake", "cmake") {
        return;
    }
    let dir = scratch();
    let build_dir = cmake_page(
        dir.path(),
        "surface",
        "SDL2",
        "SDL2::SDL2main SDL2::SDL2",
        &[],
    );
    assert!(build_dir.join("surface.html").is_file());
    assert!(build_dir.join("surface.wasm").is_file());
}

#[test]
fn sdl2_mixer_is_found_by_pkg_config_and_cmake_under_the_wrappers() {
    let test = "sdl2_mixer_is_found_by_pkg_config_and_cmake_under_the_wrappers";
    if !source_or_skip(test)
        || !port_source_or_skip(test, "sdl2_mixer", "SDL2_mixer")
        || !tool_or_skip(test, "pkg-config", "pkg-config")
        || !tool_or_skip(test, "cmake", "cmake")
    {
        return;
    }
    let dir = scratch();
    let bin = wrappers(dir.path());
    // A cache of its own, so that the files answering are this wasmcc's;
    // the build below takes the ports from the default cache.
    let cache = dir.path().join("cache");
    // As a Makefile asks: both packages at once, the mixer's version, and
    // its dependency on sdl2 (Debian's SDL2_mixer.pc requires sdl2 too).
    let script = "pkg-config --cflags --libs sdl2 SDL2_mixer && \
                  pkg-config --modversion SDL2_mixer && \
                  pkg-config --print-requires SDL2_mixer && \
                  pkg-config --exists 'SDL2_mixer >= 2.0.4' && echo at-least-2.0.4";
    let out = Command::new(bin.join("wasmmake"))
        .args(["sh", "-c", script])
        .env("WASMCC_CACHE", &cache)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().map(str::trim).collect();
    let mut flags: Vec<&str> = lines[0].split_whitespace().collect();
    flags.sort_unstable();
    flags.dedup();
    assert_eq!(flags, ["-sUSE_SDL=2", "-sUSE_SDL_MIXER=2"], "{text}");
    assert_eq!(lines[1..], ["2.6.2", "sdl2", "at-least-2.0.4"], "{text}");

    // find_package(SDL2_mixer) gives SDL_mixer's own target names; the
    // program calls Mix_*, so the link fails unless the target brings the port.
    let build_dir = cmake_page(
        dir.path(),
        "mixer",
        "SDL2_mixer",
        "SDL2_mixer::SDL2_mixer",
        &[("WASMCC_CACHE", &cache)],
    );
    assert!(build_dir.join("mixer.html").is_file());
    assert!(build_dir.join("mixer.wasm").is_file());
}

#[test]
fn a_missing_source_names_the_command_that_fetches_it() {
    let dir = scratch();
    let src = dir.path().join("g.c");
    std::fs::write(&src, "int main(void) { return 0; }\n").unwrap();
    let empty = dir.path().join("ports");
    std::fs::create_dir_all(&empty).unwrap();
    for flag in ["-sUSE_SDL=2", "--use-port=sdl2", "-lSDL2"] {
        let out = wasmcc([src.to_str().unwrap(), flag, "-o"])
            .arg(dir.path().join("g.js"))
            .env("WASMCC_PORTS_SRC", &empty)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{flag}: {}", explain(&out));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&format!("{}/sdl2", empty.display()))
                && stderr.contains("scripts/setup.sh")
                && stderr.contains("apt-get source libsdl2"),
            "{flag}: {stderr}"
        );
        assert!(!dir.path().join("g.js").exists());
    }
}

#[test]
fn ports_wasmcc_lacks_are_named() {
    let dir = scratch();
    let src = dir.path().join("g.c");
    std::fs::write(&src, "int main(void) { return 0; }\n").unwrap();
    for (flag, says) in [
        ("--use-port=sdl2_image", "no sdl2_image port yet"),
        ("-sUSE_SDL=1", "use -sUSE_SDL=2"),
    ] {
        let out = wasmcc([src.to_str().unwrap(), flag]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{flag}: {}", explain(&out));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{flag}: {stderr}");
    }
    // Accepted, as emcc accepts them with the mixer off.
    let js = dir.path().join("g.js");
    build(&[
        src.to_str().unwrap(),
        "-sUSE_SDL_MIXER=1",
        "-sSDL2_MIXER_FORMATS=ogg,mp3",
        "-o",
        js.to_str().unwrap(),
    ]);
}

#[test]
fn sdl2_needs_the_js_runtime() {
    if !source_or_skip("sdl2_needs_the_js_runtime") {
        return;
    }
    let dir = scratch();
    let src = dir.path().join("g.c");
    std::fs::write(&src, "int main(void) { return 0; }\n").unwrap();
    let wasm = dir.path().join("g.wasm");
    let out = wasmcc([src.to_str().unwrap(), "-sUSE_SDL=2", "-o"])
        .arg(&wasm)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", explain(&out));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("-sUSE_SDL=2) needs wasmcc's JS runtime"),
        "{stderr}"
    );
    assert!(!wasm.exists());
}

#[test]
fn the_sdl_game_example_loads_its_sprites_and_takes_keys_in_chromium() {
    let test = "the_sdl_game_example_loads_its_sprites_and_takes_keys_in_chromium";
    if !source_or_skip(test) || !browser_or_skip(test) {
        return;
    }
    let dir = scratch();
    let html = dir.path().join("sdlgame.html");
    let examples = repo_root().join("examples");
    let sprites = format!(
        "{}@sprites.ppm",
        examples.join("sdlgame/sprites.ppm").display()
    );
    // The README's command.
    build(&[
        "-O2",
        "-sUSE_SDL=2",
        examples.join("sdlgame.c").to_str().unwrap(),
        "--preload-file",
        &sprites,
        "-o",
        html.to_str().unwrap(),
    ]);
    let out = wasmrun(
        &html,
        &["--exit-after", "3000", "--send-key", "ArrowLeft@1500"],
        &[],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // The sheet is two 8x8 sprites side by side.
    assert!(text.contains("sprites: 16x8\n"), "{text}");
    assert!(text.contains("playing\n"), "{text}");
    assert!(text.contains("key Left\n"), "{text}");
}
