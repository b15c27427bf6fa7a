//! emscripten/wget.h: the asynchronous forms fetch a file (Node) or a URL
//! beside the page (Chromium) into memory or into the file system and call
//! onload, or onerror for a missing one; an aborted request calls nothing;
//! the synchronous forms return when the download is over with -sASYNCIFY,
//! and without it the link says so.

mod common;

use common::*;
use std::ffi::OsStr;

const DATA: &str = "hello wget\n";

/// What async.c prints for a URL that exists (DATA, 11 bytes).
const FOUND: &str = "main returns\n\
    data A 11: hello wget\n\
    file copy.txt 11: hello wget\n\
    wget2 progress 100\n\
    wget2 handle 1 arg B\n\
    wget2 copy2.txt 11: hello wget\n\
    wget2_data progress 1\n\
    wget2_data C 11: hello wget\n\
    end\n";

/// What async.c prints for a URL that does not.
const MISSING: &str = "main returns\n\
    data error A\n\
    file error copy.txt\n\
    wget2 error handle 1 arg B status not 200 1\n\
    wget2_data error C text 1\n\
    end\n";

fn source(name: &str) -> String {
    repo_root()
        .join("tests/wget")
        .join(name)
        .to_string_lossy()
        .into_owned()
}

#[test]
fn async_wget_loads_a_file_or_calls_onerror_in_node() {
    let d = scratch();
    let p = d.path();
    write(p, "data.txt", DATA);
    build_in(p, &[&source("async.c"), "-o", "async.js"]);
    let out = node(&p.join("async.js"), &["data.txt"], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(text(&out.stdout), FOUND, "{}", explain(&out));
    let out = node(&p.join("async.js"), &["missing.txt"], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(text(&out.stdout), MISSING, "{}", explain(&out));
}

#[test]
fn async_wget_fetches_beside_the_page_in_chromium() {
    let d = scratch();
    let p = d.path();
    write(p, "data.txt", DATA);
    build_in(p, &[&source("async.c"), "-o", "async.html"]);
    if !browser_or_skip("async_wget_fetches_beside_the_page_in_chromium") {
        return;
    }
    for (arg, expected) in [("data.txt", FOUND), ("missing.txt", MISSING)] {
        let out = wasmrun_in(p, [p.join("async.html").as_os_str(), OsStr::new(arg)]);
        assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
        assert_eq!(text(&out.stdout), expected, "{}", explain(&out));
    }
}

#[test]
fn wget_waits_for_the_download_with_asyncify() {
    let d = scratch();
    let p = d.path();
    write(p, "data.txt", DATA);
    build_in(p, &[&source("sync.c"), "-sASYNCIFY", "-o", "sync.js"]);
    let out = node(&p.join("sync.js"), &["data.txt", "missing.txt"], b"", p);
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        "data error 0 size 11: hello wget\n\
         missing error 1 size 0 null 1\n\
         wget 0\n\
         copy 11: hello wget\n\
         wget missing 1\n\
         copy2 exists 0\n",
        "{}",
        explain(&out)
    );
}

#[test]
fn wget_without_asyncify_is_a_link_error_naming_it() {
    let d = scratch();
    let p = d.path();
    let stderr = build_fails_in(p, &[&source("sync.c"), "-o", "sync.js"]);
    assert!(
        stderr.contains("emscripten_wget") && stderr.contains("-sASYNCIFY"),
        "{stderr}"
    );
    assert!(!p.join("sync.js").exists() && !p.join("sync.wasm").exists());
}

#[test]
fn async_wget_fetches_over_http_in_node() {
    let d = scratch();
    let p = d.path();
    build_in(p, &[&source("async.c"), "-o", "async.js"]);
    // A local server: /data.txt is DATA, anything else 404; the program runs
    // once for each and its output is printed for both.
    let script = format!(
        "const http = require('http');\n\
         const server = http.createServer((req, res) => {{\n\
           if (req.url === '/data.txt') {{ res.writeHead(200); res.end({data:?}); }}\n\
           else {{ res.writeHead(404); res.end('no'); }}\n\
         }});\n\
         server.listen(0, '127.0.0.1', () => {{\n\
           const base = `http://127.0.0.1:${{server.address().port}}`;\n\
           const {{ execFile }} = require('child_process');\n\
           const run = (path) => new Promise((done) =>\n\
             execFile('node', ['async.js', base + path], (e, stdout) => done(stdout)));\n\
           (async () => {{\n\
             for (const path of ['/data.txt', '/gone']) process.stdout.write(await run(path));\n\
             server.close();\n\
           }})();\n\
         }});\n",
        data = DATA
    );
    let out = std::process::Command::new("node")
        .args(["-e", &script])
        .current_dir(p)
        .output()
        .expect("run node");
    assert_eq!(out.status.code(), Some(0), "{}", explain(&out));
    assert_eq!(
        text(&out.stdout),
        format!("{FOUND}{MISSING}"),
        "{}",
        explain(&out)
    );
}
