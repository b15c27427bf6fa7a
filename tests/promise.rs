//! emscripten/promise.h in Node: then with each result code, a NULL
//! callback passing a value or reason on, MATCH and MATCH_RELEASE, a handle
//! destroyed before its promise settles, all, all_settled, any and race, as
//! the header documents them; emscripten_promise_await with -sASYNCIFY, and
//! without it a link error that names it.

mod common;

use common::*;

fn source(name: &str) -> String {
    repo_root()
        .join("tests/promise")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn promise_callbacks_follow_the_documented_result_codes() {
    let d = scratch();
    let p = d.path();
    build_in(p, &[&source("promise.c"), "-o", "promise.js"]);
    let out = node(&p.join("promise.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    let stdout = text(&out.stdout);
    // JS runs promise callbacks after the current call: main's line is first.
    assert!(stdout.starts_with("main returns\n"), "{}", explain(&out));
    let mut lines: Vec<&str> = stdout.lines().skip(1).collect();
    lines.sort_unstable();
    let mut expected = vec![
        "fulfilled chain 42",
        "rejected passed on 7",
        "rejected by callback 99",
        "fulfilled match 5",
        "fulfilled match_release 8",
        "fulfilled destroyed early 3",
        "all same array 1: 10 20 30",
        "rejected all 2",
        "all_settled same array 1: 1 11, 1 12",
        "fulfilled any 21",
        "any rejected same array 1: 31 32",
        "rejected race 41",
    ];
    expected.sort_unstable();
    assert_eq!(lines, expected, "{}", explain(&out));
}

#[test]
fn promise_await_sleeps_until_the_promise_settles_with_asyncify() {
    let d = scratch();
    let p = d.path();
    build_in(p, &[&source("await.c"), "-sASYNCIFY", "-o", "await.js"]);
    let out = node(&p.join("await.js"), &[], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "timer resolves\nawait fulfilled 1 42\nawait rejected 1 5\n",
        "{}",
        explain(&out)
    );
    let stderr = build_fails_in(p, &[&source("await.c"), "-o", "no.js"]);
    assert!(
        stderr.contains("emscripten_promise_await") && stderr.contains("-sASYNCIFY"),
        "{stderr}"
    );
    assert!(!p.join("no.js").exists());
}
