//! Doom as the acceptance test of the SDL2 and SDL2_mixer ports: the C
//! sources of the `doomgeneric` crate (a dev-dependency, so nothing of it is
//! committed) built with their own `Makefile.emscripten` through
//! `wasmmake make`, changing only `CC`, with Freedoom's `freedoom1.wad`
//! (Debian's `freedoom`) as the `doom1.wad` the Makefile preloads, then
//! played in headless Chromium: the title shows, Escape opens the menu.

mod common;

use common::{browser_or_skip, explain, package_dir, scratch, stdout, wasmcc_path};
use std::path::{Path, PathBuf};
use std::process::Command;

const WAD: &str = "/usr/share/games/doom/freedoom1.wad";

/// What is needed, or the note that skips the test (a failure under CI,
/// where scripts/setup.sh --test has installed it all).
fn ready(test: &str) -> bool {
    let ports = std::env::var_os("WASMCC_PORTS_SRC")
        .filter(|v| !v.is_empty())
        .map_or_else(|| PathBuf::from("/var/cache/wasmcc/ports"), PathBuf::from);
    let missing = if !Path::new(WAD).is_file() {
        Some(format!("{WAD} (apt-get install freedoom)"))
    } else {
        ["sdl2", "sdl2_mixer"]
            .iter()
            .find(|p| !ports.join(p).join("debian/changelog").is_file())
            .map(|p| format!("the {p} port's source (scripts/setup.sh fetches it)"))
    };
    let Some(missing) = missing else {
        return browser_or_skip(test);
    };
    assert!(
        std::env::var_os("CI").is_none(),
        "{test}: {missing} is required under CI"
    );
    eprintln!("note: skipping {test}: no {missing}");
    false
}

/// Reads the canvas right after the program's next frame that drew (a WebGL
/// canvas keeps its pixels only until the frame is shown): its size, how many
/// distinct colours it has, and a hash of its middle half, where Doom's
/// menu is drawn.
const READ_FRAME: &str = "new Promise((done) => {
  const c = document.querySelector('canvas');
  const gl = c.getContext('webgl2') || c.getContext('webgl');
  const raf = window.requestAnimationFrame;
  let tries = 0;
  const wrap = () => { window.requestAnimationFrame = (cb) => raf((t) => {
    cb(t);
    window.requestAnimationFrame = raf;
    const px = new Uint8Array(c.width * c.height * 4);
    gl.readPixels(0, 0, c.width, c.height, gl.RGBA, gl.UNSIGNED_BYTE, px);
    const colours = new Set();
    let middle = 0;
    for (let y = 0; y < c.height; y++) for (let x = 0; x < c.width; x++) {
      const i = (y * c.width + x) * 4;
      colours.add((px[i] << 16) | (px[i + 1] << 8) | px[i + 2]);
      if (x >= c.width / 4 && x < c.width * 3 / 4 && y >= c.height / 4 && y < c.height * 3 / 4)
        middle = (middle * 31 + px[i] + px[i + 1] * 7 + px[i + 2] * 13) % 1000000007;
    }
    // A frame in which Doom drew nothing (no new tic) shows the cleared buffer.
    if (colours.size > 1 || ++tries > 120) done([c.width, c.height, colours.size, middle]);
    else wrap();
  }); };
  wrap();
})";

/// The frame read `ms` after the page loaded, with `keys` sent before.
fn frame_at(html: &Path, ms: u32, keys: &[&str]) -> Vec<u64> {
    let exit = ms.to_string();
    let mut options = vec!["--exit-after", &exit, "--eval-after-exit", READ_FRAME];
    for key in keys {
        options.extend(["--send-key", key]);
    }
    let out = Command::new(env!("CARGO_BIN_EXE_wasmrun"))
        .args(["--browser-timeout", "90"])
        .args(&options)
        .arg(html)
        .output()
        .unwrap();
    let text = stdout(&out);
    // wasmrun fails on an uncaught exception or error in the page.
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // Doom's own start-up lines, ending with the video mode it set.
    assert!(
        text.contains("I_InitGraphics: DOOM screen size: w x h: 320 x 200"),
        "{text}"
    );
    let value = text
        .lines()
        .find_map(|l| l.strip_prefix("eval: "))
        .unwrap_or_else(|| panic!("no frame read:\n{}", explain(&out)));
    serde_json::from_str(value).unwrap_or_else(|e| panic!("{value}: {e}"))
}

#[test]
fn doom_builds_with_its_makefile_and_plays_in_chromium() {
    let test = "doom_builds_with_its_makefile_and_plays_in_chromium";
    if !ready(test) {
        return;
    }
    let crate_dir = package_dir("doomgeneric").unwrap();
    let sources = crate_dir.join("doomgeneric/doomgeneric");
    let dir = scratch();
    for entry in std::fs::read_dir(&sources).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    std::fs::copy(WAD, dir.path().join("doom1.wad")).unwrap();
    let bin = dir.path().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    std::os::unix::fs::symlink(wasmcc_path(), bin.join("wasmmake")).unwrap();
    // The Makefile names emcc; the one variable changed is CC.
    let cc = format!("CC={}", wasmcc_path().display());
    let out = Command::new(bin.join("wasmmake"))
        .args(["make", "-f", "Makefile.emscripten", &cc, "-j2"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", explain(&out));
    let html = dir.path().join("doomgeneric.html");
    for ext in ["html", "js", "wasm", "data"] {
        assert!(
            dir.path().join(format!("doomgeneric.{ext}")).is_file(),
            "{ext}"
        );
    }
    // The title picture: a 640x400 canvas (doomgeneric's size) of many
    // colours from Doom's palette.
    let title = frame_at(&html, 4000, &[]);
    assert_eq!(title[..2], [640, 400], "{title:?}");
    assert!(title[2] >= 64, "a frame of few colours: {title:?}");
    // Escape brings the menu over the middle of the screen (once: a second
    // Escape would close it).
    let menu = frame_at(&html, 4000, &["Escape@2500"]);
    assert!(menu[2] >= 64, "{menu:?}");
    assert_ne!(
        title[3], menu[3],
        "the middle did not change: {title:?} {menu:?}"
    );
}
