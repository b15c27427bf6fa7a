//! Terminal programs in a page: a program that reads stdin gets a terminal
//! in headless Chromium, typed keys reach it in line and raw mode, its
//! escapes land in the right cells (read back from the terminal's screen
//! through `Module.terminal`), ^C raises SIGINT, and the window size is the
//! terminal's. A program that reads nothing gets no terminal code, and Node
//! reads stdin as before.

mod common;

use common::{browser_or_skip, build, explain, node, repo_root, scratch, shell_status, stdout};
use std::path::{Path, PathBuf};
use std::process::Output;

/// Builds tests/terminal/NAME.c into NAME.html in `dir`.
fn page(dir: &Path, name: &str, flags: &[&str]) -> PathBuf {
    let src = repo_root().join(format!("tests/terminal/{name}.c"));
    let html = dir.join(format!("{name}.html"));
    let mut args = vec![src.to_str().unwrap(), "-o", html.to_str().unwrap()];
    args.extend(flags);
    build(&args);
    html
}

fn run(html: &Path, options: &[&str], args: &[&str]) -> Output {
    common::wasmrun(html, options, args)
}

/// The value of `--eval-after-exit`'s line.
fn eval_line(out: &Output) -> serde_json::Value {
    let text = stdout(out);
    let line = text
        .lines()
        .find_map(|l| l.strip_prefix("eval: "))
        .unwrap_or_else(|| panic!("no eval line\n{}", explain(out)));
    serde_json::from_str(line).expect("eval is JSON")
}

const ROWS: &str = "[0,1,2,3].map(y => Module.terminal.text(y))";

#[test]
fn line_mode_reads_two_typed_lines_with_echo_and_editing() {
    if !browser_or_skip("line_mode_reads_two_typed_lines_with_echo_and_editing") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "lines", &[]);
    // "onx", Backspace, "e": the line discipline erases the x; ^D after the
    // second line is the end of input.
    let out = run(
        &html,
        &[
            "--send-key",
            "o n x Backspace e Enter@300",
            "--send-key",
            "t w o Enter Ctrl+D@700",
            "--eval-after-exit",
            ROWS,
        ],
        &[],
    );
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    assert!(
        stdout(&out).starts_with("tty: 111\nfirst? second? got [one] and [two]\nthen: end\n"),
        "{}",
        explain(&out)
    );
    // The screen shows the echoed input after each prompt.
    assert_eq!(
        eval_line(&out),
        serde_json::json!([
            "tty: 111",
            "first? one",
            "second? two",
            "got [one] and [two]"
        ])
    );
}

#[test]
fn stdin_from_a_file_is_typed_then_ends() {
    if !browser_or_skip("stdin_from_a_file_is_typed_then_ends") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "lines", &[]);
    let input = dir.path().join("input.txt");
    std::fs::write(&input, "alpha\nbeta\n").unwrap();
    let out = run(&html, &["--stdin", input.to_str().unwrap()], &[]);
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    assert!(
        stdout(&out).ends_with("got [alpha] and [beta]\nthen: end\n"),
        "{}",
        explain(&out)
    );
}

#[test]
fn raw_mode_gets_single_keys_and_xterm_sequences_without_echo() {
    if !browser_or_skip("raw_mode_gets_single_keys_and_xterm_sequences_without_echo") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "raw", &[]);
    let out = run(
        &html,
        &[
            "--send-key",
            "a ArrowUp F5 Ctrl+A b q@400",
            "--eval-after-exit",
            ROWS,
        ],
        &[],
    );
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    // xterm: ArrowUp is ESC [ A, F5 is ESC [ 1 5 ~, Ctrl+A is 0x01.
    assert!(
        stdout(&out).starts_with("icanon 0 echo 0\n61 1b 5b 41 1b 5b 31 35 7e 01 62 \n"),
        "{}",
        explain(&out)
    );
    // Nothing was echoed: the screen holds the program's output only.
    assert_eq!(
        eval_line(&out),
        serde_json::json!([
            "icanon 0 echo 0",
            "61 1b 5b 41 1b 5b 31 35 7e 01 62",
            "",
            ""
        ])
    );
}

#[test]
fn colours_attributes_and_cursor_movement_land_in_their_cells() {
    if !browser_or_skip("colours_attributes_and_cursor_movement_land_in_their_cells") {
        return;
    }
    let dir = scratch();
    // It reads nothing: -sTERMINAL=1 gives it the terminal anyway.
    let html = page(dir.path(), "screen", &["-sTERMINAL=1"]);
    let query = "(() => { const t = Module.terminal; return { rows: [2, 4, 6, 7, 9].map(y => t.text(y)), \
                 R: t.cell(2, 4), O: t.cell(2, 5), T: t.cell(2, 6), U: t.cell(4, 0), cursor: t.cursor() }; })()";
    let out = run(&html, &["--eval-after-exit", query], &[]);
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    // The escapes reach stdout intact.
    assert!(
        stdout(&out).starts_with("\x1b[2J\x1b[H\x1b[3;5H"),
        "{}",
        explain(&out)
    );
    let v = eval_line(&out);
    // Row 3 (index 2): R at column 5, O and T after it, X 6 columns right of
    // column 2 two rows up from U, and Z where the cursor was saved (after X).
    // Row 7: "abcdef" erased from column 4. Row 8: what the alternate screen
    // showed is gone, B written after leaving it. Y at 10;10.
    assert_eq!(
        v["rows"],
        serde_json::json!(["    ROTXZ", "U", "abc", "B", "         Y"])
    );
    assert_eq!(
        v["R"],
        serde_json::json!({"ch": "R", "fg": 1, "bg": -1, "bold": true, "underline": false, "inverse": false})
    );
    assert_eq!(v["O"]["fg"], 202);
    assert_eq!(v["T"]["fg"], "#0a141e");
    assert_eq!(v["T"]["bg"], 4);
    assert_eq!(v["U"]["underline"], true);
    assert_eq!(v["U"]["inverse"], true);
    assert_eq!(v["cursor"], serde_json::json!({"row": 11, "col": 0}));
}

#[test]
fn ctrl_c_ends_the_program_with_status_130_or_runs_its_handler() {
    if !browser_or_skip("ctrl_c_ends_the_program_with_status_130_or_runs_its_handler") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "sigint", &[]);
    let out = run(
        &html,
        &["--send-key", "a Enter@300", "--send-key", "Ctrl+C@700"],
        &[],
    );
    assert_eq!(shell_status(&out), 130, "{}", explain(&out));
    assert_eq!(stdout(&out), "reading\nline: a\n", "{}", explain(&out));

    let out = run(&html, &["--send-key", "Ctrl+C@500"], &["handler"]);
    assert_eq!(shell_status(&out), 3, "{}", explain(&out));
    assert_eq!(
        stdout(&out),
        "reading\ncaught SIGINT\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn the_window_size_is_the_terminals_and_a_resize_raises_sigwinch() {
    if !browser_or_skip("the_window_size_is_the_terminals_and_a_resize_raises_sigwinch") {
        return;
    }
    let dir = scratch();
    let html = page(dir.path(), "winsize", &[]);
    let out = run(
        &html,
        &[
            "--resize",
            "640x400@300",
            "--send-key",
            "q Enter@900",
            "--eval-after-exit",
            "[Module.terminal.rows, Module.terminal.cols]",
        ],
        &[],
    );
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    let text = stdout(&out);
    let mut lines = text.lines();
    let size = lines.next().unwrap_or("");
    let winch = lines.next().unwrap_or("");
    let v = eval_line(&out);
    // After the resize the program's size is the terminal's; before it, a larger one.
    assert_eq!(
        winch,
        format!("winch {} {}", v[0], v[1]),
        "{}",
        explain(&out)
    );
    let before: Vec<u64> = size
        .strip_prefix("size ")
        .unwrap_or_else(|| panic!("{}", explain(&out)))
        .split(' ')
        .map(|n| n.parse().unwrap())
        .collect();
    assert!(
        before[0] > v[0].as_u64().unwrap() && before[1] > v[1].as_u64().unwrap(),
        "{}",
        explain(&out)
    );
}

#[test]
fn a_program_that_never_reads_stdin_gets_no_terminal_code() {
    let dir = scratch();
    let src = dir.path().join("hello.c");
    std::fs::write(
        &src,
        "#include <stdio.h>\nint main(void) { puts(\"hi\"); return 0; }\n",
    )
    .unwrap();
    let html = dir.path().join("hello.html");
    build(&[src.to_str().unwrap(), "-o", html.to_str().unwrap()]);
    let js = std::fs::read_to_string(dir.path().join("hello.js")).unwrap();
    assert!(
        !js.contains("const terminal ="),
        "hello world got the terminal"
    );
    assert!(!js.contains("const asyncify ="), "hello world got Asyncify");

    // One that reads does, with Asyncify; -sTERMINAL=0 takes it away.
    let html = page(dir.path(), "lines", &[]);
    let js = std::fs::read_to_string(html.with_extension("js")).unwrap();
    assert!(js.contains("const terminal =") && js.contains("const asyncify ="));
    let html = page(dir.path(), "lines", &["-sTERMINAL=0"]);
    let js = std::fs::read_to_string(html.with_extension("js")).unwrap();
    assert!(!js.contains("const terminal =") && !js.contains("const asyncify ="));

    // A program that reads only its data files (as a game loads its levels)
    // gets none either; one that also calls getchar does.
    for (name, body, wants) in [
        ("data", "", false),
        ("data_and_keys", "if (getchar() == 'q') return 1;", true),
    ] {
        let src = dir.path().join(format!("{name}.c"));
        std::fs::write(
            &src,
            format!(
                "#include <stdio.h>\nint main(void) {{ char line[64]; FILE *f = fopen(\"level.txt\", \"r\");\n\
                 if (f && fgets(line, sizeof line, f)) fputs(line, stdout); {body} return 0; }}\n"
            ),
        )
        .unwrap();
        let html = dir.path().join(format!("{name}.html"));
        build(&[src.to_str().unwrap(), "-o", html.to_str().unwrap()]);
        let js = std::fs::read_to_string(html.with_extension("js")).unwrap();
        assert_eq!(js.contains("const terminal ="), wants, "{name}");
    }
}

#[test]
fn node_reads_stdin_as_before() {
    let dir = scratch();
    let src = repo_root().join("tests/terminal/lines.c");
    let js = dir.path().join("lines.js");
    build(&[src.to_str().unwrap(), "-o", js.to_str().unwrap()]);
    let js_text = std::fs::read_to_string(&js).unwrap();
    assert!(!js_text.contains("const terminal ="));
    let out = node(&js, &[], b"one\ntwo\n", dir.path());
    assert_eq!(shell_status(&out), 0, "{}", explain(&out));
    // Pipes are not terminals, as natively.
    assert_eq!(
        stdout(&out),
        "tty: 000\nfirst? second? got [one] and [two]\nthen: end\n"
    );
}
