//! Data files as emcc spells them: `--preload-file SRC[@DST]` (a `.data`
//! package beside the script), `--embed-file` (inside the module),
//! `--exclude-file PATTERN`, and the JS `FS` object. A C program reads the
//! files with stdio in Node, in a page, and with `-sSINGLE_FILE`.

mod common;

use common::*;
use std::ffi::OsStr;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

/// Prints each file named on its command line (`path: contents`, or
/// `path: missing`); `-d DIR` lists a folder, sorted; `-a FILE` appends a
/// line to a file.
const READER: &str = r#"
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "-d") && i + 1 < argc) {
      const char *dir = argv[++i];
      DIR *d = opendir(dir);
      if (!d) { printf("%s/: missing\n", dir); continue; }
      char *names[64];
      int n = 0;
      struct dirent *e;
      while ((e = readdir(d)) && n < 64)
        if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) names[n++] = strdup(e->d_name);
      closedir(d);
      qsort(names, n, sizeof *names, by_name);
      printf("%s/:", dir);
      for (int k = 0; k < n; k++) printf(" %s", names[k]);
      printf("\n");
      continue;
    }
    if (!strcmp(argv[i], "-a") && i + 1 < argc) {
      FILE *f = fopen(argv[++i], "a");
      if (!f || fputs("more\n", f) < 0 || fclose(f)) printf("%s: cannot append\n", argv[i]);
      continue;
    }
    FILE *f = fopen(argv[i], "rb");
    if (!f) { printf("%s: missing\n", argv[i]); continue; }
    printf("%s: ", argv[i]);
    int c;
    while ((c = fgetc(f)) != EOF) putchar(c);
    fclose(f);
  }
  return 0;
}
"#;

/// A game's data: a folder with nested files (one of them a scratch file to
/// exclude, one an empty folder), and a file whose name has an `@`.
fn game_data(p: &Path) {
    fs::write(p.join("reader.c"), READER).unwrap();
    fs::create_dir_all(p.join("assets/levels/empty")).unwrap();
    fs::write(p.join("assets/title.txt"), "Space Game\n").unwrap();
    fs::write(p.join("assets/levels/one.map"), "#..#\n").unwrap();
    fs::write(p.join("assets/levels/two.map"), "@@..\n").unwrap();
    fs::write(p.join("assets/levels/two.map.tmp"), "editor backup\n").unwrap();
    fs::write(p.join("me@home.cfg"), "volume=7\n").unwrap();
}

/// What the reader prints for the game's data, mapped with the flags of `FLAGS`.
const READ_ARGS: &[&str] = &[
    "-d",
    "/assets/levels",
    "-d",
    "/assets/levels/empty",
    "assets/title.txt",
    "/assets/levels/one.map",
    "/assets/levels/two.map",
    "/assets/levels/two.map.tmp",
    "/etc/game.cfg",
    "-a",
    "/assets/title.txt",
    "/assets/title.txt",
];

/// The files' contents as the test wrote them; the backup is excluded, and
/// an appended line shows that a data file can be written.
const EXPECTED: &str = "/assets/levels/: empty one.map two.map\n\
    /assets/levels/empty/:\n\
    assets/title.txt: Space Game\n\
    /assets/levels/one.map: #..#\n\
    /assets/levels/two.map: @@..\n\
    /assets/levels/two.map.tmp: missing\n\
    /etc/game.cfg: volume=7\n\
    /assets/title.txt: Space Game\nmore\n";

fn game_flags(flag: &str) -> Vec<String> {
    vec![
        flag.into(),
        "assets".into(),
        flag.into(),
        "me@@home.cfg@/etc/game.cfg".into(),
        "--exclude-file".into(),
        "*.tmp".into(),
    ]
}

fn build_reader(p: &Path, flags: &[String], extra: &[&str], out: &str) {
    let mut args = vec!["reader.c"];
    args.extend(flags.iter().map(String::as_str));
    args.extend(extra);
    args.extend(["-o", out]);
    build_in(p, &args);
}

fn run_reader(p: &Path, js: &str) -> Output {
    node(&p.join(js), READ_ARGS, b"", p)
}

#[test]
fn preloaded_folder_mapping_and_exclusion_in_node() {
    let d = scratch();
    let p = d.path();
    game_data(p);
    build_reader(p, &game_flags("--preload-file"), &[], "game.js");
    node_check(&p.join("game.js"));
    // The package is one file beside the script, named as emcc names it.
    assert!(p.join("game.data").is_file());
    let out = run_reader(p, "game.js");
    assert_eq!(stdout(&out), EXPECTED, "{}", explain(&out));
    assert!(out.status.success(), "{}", explain(&out));
    // The append changed the program's copy, not the package: a second run
    // reads the file as packaged.
    let again = run_reader(p, "game.js");
    assert_eq!(stdout(&again), EXPECTED, "{}", explain(&again));

    // Run from elsewhere, the script finds its package beside it, as it finds its module.
    let elsewhere = scratch();
    let out = node(
        &p.join("game.js"),
        &["/etc/game.cfg"],
        b"",
        elsewhere.path(),
    );
    assert_eq!(
        stdout(&out),
        "/etc/game.cfg: volume=7\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn embedded_files_live_in_the_module() {
    let d = scratch();
    let p = d.path();
    game_data(p);
    build_reader(p, &game_flags("--embed-file"), &["-O2"], "game.js");
    assert!(
        !p.join("game.data").exists(),
        "--embed-file wrote a package"
    );
    let out = run_reader(p, "game.js");
    assert_eq!(stdout(&out), EXPECTED, "{}", explain(&out));
    // The bytes are in the module as they are, not as base64.
    let wasm = fs::read(p.join("game.wasm")).unwrap();
    assert!(
        wasm.windows(b"Space Game\n".len())
            .any(|w| w == b"Space Game\n"),
        "the module does not carry the file's bytes"
    );
}

#[test]
fn single_file_carries_the_package_in_the_script() {
    let d = scratch();
    let p = d.path();
    game_data(p);
    // Preloaded and embedded files together, in the one script.
    let flags = vec![
        "--preload-file".to_string(),
        "assets".into(),
        "--embed-file".into(),
        "me@@home.cfg@/etc/game.cfg".into(),
        "--exclude-file".into(),
        "*.tmp".into(),
    ];
    build_reader(p, &flags, &["-sSINGLE_FILE"], "game.js");
    assert!(!p.join("game.data").exists() && !p.join("game.wasm").exists());
    let out = run_reader(p, "game.js");
    assert_eq!(stdout(&out), EXPECTED, "{}", explain(&out));
}

/// Records every status the runtime sets, in order.
const STATUS_SHELL: &str = r#"<!doctype html>
<html><head><meta charset="utf-8"><title>game</title></head>
<body>
<script>
var Module = { statuses: [], setStatus(text) { this.statuses.push(text); } };
</script>
{{{ SCRIPT }}}
</body></html>
"#;

#[test]
fn page_reads_a_preloaded_file_and_shows_the_download() {
    let d = scratch();
    let p = d.path();
    game_data(p);
    fs::write(p.join("shell.html"), STATUS_SHELL).unwrap();
    build_reader(
        p,
        &game_flags("--preload-file"),
        &["--shell-file", "shell.html"],
        "game.html",
    );
    assert!(p.join("game.data").is_file());
    if !browser_or_skip("page_reads_a_preloaded_file_and_shows_the_download") {
        return;
    }
    let tmp = p.join("wasmrun-tmp");
    fs::create_dir_all(&tmp).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_wasmrun"))
        .args([
            OsStr::new("--eval-after-exit"),
            OsStr::new("Module.statuses"),
            p.join("game.html").as_os_str(),
        ])
        .args(READ_ARGS)
        .env("TMPDIR", &tmp)
        .output()
        .expect("run wasmrun");
    let text = stdout(&out);
    assert!(
        text.starts_with(EXPECTED),
        "{}\nwant the output to start with:\n{EXPECTED}",
        explain(&out)
    );
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // The progress counts the package with the module: the last download
    // status names both and reaches their total size.
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("eval: "))
        .unwrap_or_else(|| panic!("no eval line\n{}", explain(&out)));
    let statuses: Vec<String> = serde_json::from_str(line).unwrap();
    let total = fs::metadata(p.join("game.wasm")).unwrap().len()
        + fs::metadata(p.join("game.data")).unwrap().len();
    let last = statuses
        .iter()
        .rfind(|s| s.starts_with("Downloading"))
        .unwrap_or_else(|| panic!("no download status in {statuses:?}"));
    assert!(
        last.contains("game.data") && last.ends_with(&format!("({total}/{total})")),
        "{statuses:?}"
    );
}

/// A bad mapping says what is wrong in one line, before compiling, and
/// touches no file: the outputs of the earlier build stay as they were.
fn assert_fails_cleanly(p: &Path, args: &[&str], needle: &str) {
    let names = ["game.js", "game.wasm", "game.data"];
    let before: Vec<Option<Vec<u8>>> = names.iter().map(|n| fs::read(p.join(n)).ok()).collect();
    let out = wasmcc(args).current_dir(p).output().expect("run wasmcc");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_ne!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(stderr.lines().count(), 1, "{}", explain(&out));
    assert!(
        stderr.starts_with("wasmcc: error: ") && stderr.contains(needle),
        "want one error line naming '{needle}':\n{}",
        explain(&out)
    );
    for (name, old) in names.iter().zip(before) {
        assert_eq!(fs::read(p.join(name)).ok(), old, "{name} was changed");
    }
}

#[test]
fn bad_mappings_fail_at_once_and_leave_nothing() {
    let d = scratch();
    let p = d.path();
    game_data(p);
    build_reader(p, &game_flags("--preload-file"), &[], "game.js");
    // A source that would not compile shows that the check comes first:
    // clang's errors would be more than one line.
    fs::write(p.join("broken.c"), "int main( {\n").unwrap();
    let base = ["broken.c", "-o", "game.js"];
    let with = |extra: &[&'static str]| -> Vec<&'static str> {
        let mut v: Vec<&str> = base.to_vec();
        v.extend(extra);
        v
    };
    assert_fails_cleanly(p, &with(&["--preload-file", "asets"]), "asets");
    build_reader(p, &game_flags("--preload-file"), &[], "game.js");
    assert_fails_cleanly(
        p,
        &with(&["--preload-file", "assets@/../../outside"]),
        "/../../outside",
    );
    // Without @DST a file outside the current folder has no place either.
    let inner = p.join("inner");
    fs::create_dir(&inner).unwrap();
    fs::write(inner.join("broken.c"), "int main( {\n").unwrap();
    let out = wasmcc([
        "broken.c",
        "--preload-file",
        "../me@@home.cfg",
        "-o",
        "game.js",
    ])
    .current_dir(&inner)
    .output()
    .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !out.status.success() && stderr.lines().count() == 1 && stderr.contains("@/PATH"),
        "{}",
        explain(&out)
    );
}

#[test]
fn js_writes_a_file_with_fs_before_main_and_reads_the_program_s() {
    let d = scratch();
    let p = d.path();
    fs::write(p.join("reader.c"), READER).unwrap();
    // Emscripten's FS calls, from --pre-js and --post-js.
    fs::write(
        p.join("pre.js"),
        "Module.preRun = [() => {\n\
           Module.FS.mkdir('/config');\n\
           Module.FS.writeFile('/config/settings.ini', 'fullscreen=1\\n');\n\
           Module.FS.createDataFile('/config', 'key.bin', new Uint8Array([75, 69, 89, 10]), true, false);\n\
         }];\n",
    )
    .unwrap();
    fs::write(
        p.join("post.js"),
        "Module.postRun = [() => {\n\
           const FS = Module.FS;\n\
           const text = FS.readFile('/config/settings.ini', { encoding: 'utf8' });\n\
           console.error(JSON.stringify([FS.readdir('/config'), text, FS.stat('/config/key.bin').size,\n\
             FS.analyzePath('/config/none').exists, FS.isDir(FS.stat('/config').mode)]));\n\
         }];\n",
    )
    .unwrap();
    for setting in ["-sFORCE_FILESYSTEM=1", "-sEXPORTED_RUNTIME_METHODS=FS"] {
        build_in(
            p,
            &[
                "reader.c",
                setting,
                "--pre-js",
                "pre.js",
                "--post-js",
                "post.js",
                "-o",
                "fs.js",
            ],
        );
        let out = node(
            &p.join("fs.js"),
            &[
                "-a",
                "/config/settings.ini",
                "/config/settings.ini",
                "/config/key.bin",
            ],
            b"",
            p,
        );
        assert!(out.status.success(), "{}", explain(&out));
        assert_eq!(
            String::from_utf8_lossy(&out.stderr).trim_end(),
            r#"[[".","..","settings.ini","key.bin"],"fullscreen=1\nmore\n",4,false,true]"#,
            "{setting}: {}",
            explain(&out)
        );
        assert_eq!(
            stdout(&out),
            "/config/settings.ini: fullscreen=1\nmore\n/config/key.bin: KEY\n",
            "{setting}: {}",
            explain(&out)
        );
    }
}

/// What the save program prints: the saved files come back from the store
/// with their contents, and a file removed before the second save does not.
const SAVE_EXPECTED: &str = "/save/slot1.sav: level=3 lives=2\n\
    /save/levels/best.txt: 12.5s\n\
    /save/old.sav: missing\n";

fn build_save(p: &Path, out: &str) {
    fs::write(p.join("save.c"), include_str!("datafiles/idbfs_save.c")).unwrap();
    build_in(p, &["save.c", "-sFORCE_FILESYSTEM=1", "-o", out]);
}

#[test]
fn idbfs_save_folder_round_trips_through_indexeddb_in_a_page() {
    let d = scratch();
    let p = d.path();
    build_save(p, "save.html");
    if !browser_or_skip("idbfs_save_folder_round_trips_through_indexeddb_in_a_page") {
        return;
    }
    let tmp = p.join("wasmrun-tmp");
    fs::create_dir_all(&tmp).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_wasmrun"))
        .args([
            OsStr::new("--eval-after-exit"),
            OsStr::new("typeof indexedDB + ' ' + typeof Module.IDBFS.sync"),
            p.join("save.html").as_os_str(),
        ])
        .env("TMPDIR", &tmp)
        .output()
        .expect("run wasmrun");
    let text = stdout(&out);
    assert!(text.starts_with(SAVE_EXPECTED), "{}", explain(&out));
    // The page had IndexedDB, so the files went through it, not the Node fallback.
    assert!(
        text.contains("eval: \"object function\""),
        "{}",
        explain(&out)
    );
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
}

#[test]
fn idbfs_save_survives_a_page_reload() {
    let d = scratch();
    let p = d.path();
    fs::write(p.join("reload.c"), include_str!("datafiles/idbfs_reload.c")).unwrap();
    build_in(
        p,
        &["reload.c", "-sFORCE_FILESYSTEM=1", "-o", "reload.html"],
    );
    if !browser_or_skip("idbfs_save_survives_a_page_reload") {
        return;
    }
    let tmp = p.join("wasmrun-tmp");
    fs::create_dir_all(&tmp).unwrap();
    let run = |options: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_wasmrun"))
            .args(["--browser-timeout", "40"])
            .args(options)
            .arg(p.join("reload.html"))
            .env("TMPDIR", &tmp)
            .output()
            .expect("run wasmrun")
    };
    // The first load finds no save and stores one; the reload, in the same
    // browser and origin, loads it from IndexedDB with FS.syncfs(true).
    let out = run(&["--reload-after-exit"]);
    assert_eq!(
        stdout(&out),
        "no save yet\nstored\nfound: level=7 score=1200\n",
        "{}",
        explain(&out)
    );
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    // The save lived in that browser's profile: a new browser starts without it.
    let out = run(&[]);
    assert_eq!(stdout(&out), "no save yet\nstored\n", "{}", explain(&out));
}

#[test]
fn idbfs_keeps_its_store_in_memory_in_node() {
    let d = scratch();
    let p = d.path();
    build_save(p, "save.js");
    node_check(&p.join("save.js"));
    let out = node(&p.join("save.js"), &[], b"", p);
    assert_eq!(stdout(&out), SAVE_EXPECTED, "{}", explain(&out));
    assert!(out.status.success(), "{}", explain(&out));
}
