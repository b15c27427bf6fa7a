//! A small static file server for the page's folder. It answers GET and HEAD,
//! one request per connection, with the cross-origin isolation headers that
//! threaded builds (SharedArrayBuffer) need and no caching, so a rebuilt page
//! is always fetched fresh.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::thread;
use std::time::Duration;

/// The largest request head we accept; real browser requests are far smaller.
const MAX_HEAD: usize = 64 * 1024;

/// A server running on a background thread for the rest of the process.
pub struct Server {
    pub addr: SocketAddr,
}

/// Binds 127.0.0.1:`port` (0 picks a free port) and serves `root` from a
/// background thread.
pub fn start(root: &Path, port: u16, verbose: bool) -> io::Result<Server> {
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port))?;
    let addr = listener.local_addr()?;
    let root = root.to_path_buf();
    thread::Builder::new()
        .name("wasmrun-http".into())
        .spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let root = root.clone();
                // One thread per connection: the browser opens several at once
                // and a slow one must not hold up the others.
                let _ = thread::Builder::new()
                    .name("wasmrun-http-conn".into())
                    .spawn(move || {
                        if let Err(e) = handle(stream, &root, verbose) {
                            if verbose {
                                eprintln!("wasmrun: http: {e}");
                            }
                        }
                    });
            }
        })?;
    Ok(Server { addr })
}

/// The Content-Type for a file name.
pub fn mime_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" | "cjs" => "text/javascript",
        "wasm" => "application/wasm",
        "json" | "map" => "application/json",
        "css" => "text/css",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "wav" => "audio/wav",
        "mp3" => "audio/mpeg",
        "ogg" => "audio/ogg",
        "ttf" => "font/ttf",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        _ => "application/octet-stream",
    }
}

/// Decodes `%XX` escapes; `None` for a malformed escape or a NUL byte.
fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    if out.contains(&0) {
        return None;
    }
    String::from_utf8(out).ok()
}

/// Maps a request target to a file under `root`, or `None` when it is
/// malformed or tries to leave `root`.
pub fn resolve(root: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    if !path.starts_with('/') {
        return None;
    }
    let decoded = percent_decode(path)?;
    let mut out = root.to_path_buf();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            s if s.contains('\\') => return None,
            s => out.push(s),
        }
    }
    if out.is_dir() {
        out.push("index.html");
    }
    Some(out)
}

struct Request {
    method: String,
    target: String,
}

fn read_request(stream: &TcpStream) -> io::Result<Option<Request>> {
    let mut reader = BufReader::new(stream.take(MAX_HEAD as u64));
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Ok(None);
    };
    let request = Request {
        method: method.to_string(),
        target: target.to_string(),
    };
    // Drain the headers; nothing in them changes the answer.
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    Ok(Some(request))
}

fn write_head(out: &mut impl Write, status: &str, content_type: &str, len: u64) -> io::Result<()> {
    write!(
        out,
        "HTTP/1.1 {status}\r\n\
         Content-Type: {content_type}\r\n\
         Content-Length: {len}\r\n\
         Cross-Origin-Opener-Policy: same-origin\r\n\
         Cross-Origin-Embedder-Policy: require-corp\r\n\
         Cross-Origin-Resource-Policy: same-origin\r\n\
         Cache-Control: no-store\r\n\
         Connection: close\r\n\r\n"
    )
}

fn send_simple(stream: &mut TcpStream, status: &str, head_only: bool) -> io::Result<()> {
    let body = format!("{status}\n");
    write_head(
        stream,
        status,
        "text/plain; charset=utf-8",
        body.len() as u64,
    )?;
    if !head_only {
        stream.write_all(body.as_bytes())?;
    }
    stream.flush()
}

fn handle(mut stream: TcpStream, root: &Path, verbose: bool) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let Some(request) = read_request(&stream)? else {
        return Ok(());
    };
    let head_only = request.method == "HEAD";
    if request.method != "GET" && !head_only {
        if verbose {
            eprintln!(
                "wasmrun: http: {} {} -> 405",
                request.method, request.target
            );
        }
        return send_simple(&mut stream, "405 Method Not Allowed", false);
    }
    let file = resolve(root, &request.target).and_then(|p| {
        let f = File::open(&p).ok()?;
        let meta = f.metadata().ok()?;
        meta.is_file().then_some((p, f, meta.len()))
    });
    let Some((path, mut file, len)) = file else {
        if verbose {
            eprintln!(
                "wasmrun: http: {} {} -> 404",
                request.method, request.target
            );
        }
        return send_simple(&mut stream, "404 Not Found", head_only);
    };
    if verbose {
        eprintln!(
            "wasmrun: http: {} {} -> 200",
            request.method, request.target
        );
    }
    write_head(&mut stream, "200 OK", mime_type(&path), len)?;
    if !head_only {
        io::copy(&mut file, &mut stream)?;
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fetch(addr: SocketAddr, request: &str) -> String {
        let mut s = TcpStream::connect(addr).expect("connect");
        s.write_all(request.as_bytes()).expect("write");
        let mut out = Vec::new();
        s.read_to_end(&mut out).expect("read");
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn serves_files_with_types_and_headers() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("a.wasm"), b"\0asm\x01\0\0\0").expect("write");
        std::fs::write(dir.path().join("p.html"), b"<p>hi</p>").expect("write");
        std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
        std::fs::write(dir.path().join("sub/x y.js"), b"1").expect("write");
        let server = start(dir.path(), 0, false).expect("start");

        let r = fetch(server.addr, "GET /a.wasm HTTP/1.1\r\nHost: x\r\n\r\n");
        assert!(r.starts_with("HTTP/1.1 200 OK\r\n"), "{r}");
        assert!(r.contains("Content-Type: application/wasm\r\n"), "{r}");
        assert!(r.contains("Content-Length: 8\r\n"), "{r}");
        assert!(
            r.contains("Cross-Origin-Opener-Policy: same-origin\r\n"),
            "{r}"
        );
        assert!(
            r.contains("Cross-Origin-Embedder-Policy: require-corp\r\n"),
            "{r}"
        );
        assert!(r.contains("Cache-Control: no-store\r\n"), "{r}");
        assert!(r.ends_with("\0asm\x01\0\0\0"), "{r}");

        let r = fetch(server.addr, "HEAD /p.html?x=1 HTTP/1.1\r\n\r\n");
        assert!(r.contains("Content-Type: text/html"), "{r}");
        assert!(r.ends_with("\r\n\r\n"), "HEAD has no body: {r}");

        let r = fetch(server.addr, "GET /sub/x%20y.js HTTP/1.1\r\n\r\n");
        assert!(
            r.contains("Content-Type: text/javascript\r\n") && r.ends_with("\r\n1"),
            "{r}"
        );

        for missing in [
            "/nope.html",
            "/../p.html",
            "/sub/../../etc/passwd",
            "/%2e%2e/p.html",
            "/sub",
        ] {
            let r = fetch(server.addr, &format!("GET {missing} HTTP/1.1\r\n\r\n"));
            assert!(r.starts_with("HTTP/1.1 404 "), "{missing}: {r}");
        }
        let r = fetch(server.addr, "POST /p.html HTTP/1.1\r\n\r\n");
        assert!(r.starts_with("HTTP/1.1 405 "), "{r}");
    }

    #[test]
    fn mime_types() {
        for (name, ty) in [
            ("a.html", "text/html; charset=utf-8"),
            ("a.js", "text/javascript"),
            ("a.mjs", "text/javascript"),
            ("a.wasm", "application/wasm"),
            ("a.json", "application/json"),
            ("a.png", "image/png"),
            ("a.css", "text/css"),
            ("a.data", "application/octet-stream"),
            ("noext", "application/octet-stream"),
        ] {
            assert_eq!(mime_type(Path::new(name)), ty, "{name}");
        }
    }
}
