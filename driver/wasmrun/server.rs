//! A small static file server for the page's folder. It answers GET and HEAD,
//! one request per connection, with the cross-origin isolation headers that
//! threaded builds (SharedArrayBuffer) need and no caching, so a rebuilt page
//! is always fetched fresh.
//!
//! It serves that folder and nothing else, to the browser it started and
//! nobody else, even though any local user and any web page can reach a
//! loopback port:
//! - every URL starts with a random token (`/<token>/page.html`), so another
//!   user on the machine cannot read the folder while a run lasts;
//! - the Host header must name the address it bound, so a page on another
//!   site that rebinds its DNS name to 127.0.0.1 gets nothing;
//! - only regular files whose real path (symlinks resolved) lies inside the
//!   folder's real path are read, so a symlink or `..` cannot reach
//!   `/etc/shadow` when wasmrun runs as root.

use std::fs::{File, Metadata};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread;
use std::time::Duration;

/// The largest request head we accept; real browser requests are far smaller.
const MAX_HEAD: usize = 64 * 1024;

/// Random bytes in the token: 128 bits cannot be guessed over a socket.
const TOKEN_BYTES: usize = 16;

/// A server running on a background thread for the rest of the process.
pub struct Server {
    pub addr: SocketAddr,
    token: String,
}

impl Server {
    /// The URL of `name`, a file directly in the served folder.
    pub fn url(&self, name: &str) -> String {
        format!(
            "http://{}/{}/{}",
            self.addr,
            self.token,
            crate::url::escape_segment(name)
        )
    }
}

/// What one server answers for: its folder, its token and its port.
struct Site {
    /// The real path of the folder (canonical, no symlinks).
    root: PathBuf,
    token: String,
    port: u16,
}

/// A fresh token from the kernel's random source.
fn new_token() -> io::Result<String> {
    let mut bytes = [0u8; TOKEN_BYTES];
    File::open("/dev/urandom")?.read_exact(&mut bytes)?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Binds 127.0.0.1:`port` (0 picks a free port) and serves `root` from a
/// background thread.
pub fn start(root: &Path, port: u16, verbose: bool) -> io::Result<Server> {
    // Taken before binding, so a missing random source fails the run
    // instead of serving without a token.
    let token = new_token()?;
    let root = root.canonicalize()?;
    let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, port))?;
    let addr = listener.local_addr()?;
    let site = Arc::new(Site {
        root,
        token: token.clone(),
        port: addr.port(),
    });
    thread::Builder::new()
        .name("wasmrun-http".into())
        .spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let site = Arc::clone(&site);
                // One thread per connection: the browser opens several at once
                // and a slow one must not hold up the others.
                let _ = thread::Builder::new()
                    .name("wasmrun-http-conn".into())
                    .spawn(move || {
                        if let Err(e) = handle(stream, &site, verbose) {
                            if verbose {
                                eprintln!("wasmrun: http: {e}");
                            }
                        }
                    });
            }
        })?;
    Ok(Server { addr, token })
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

/// Whether `given` is `secret`, in a time that does not depend on where they
/// first differ, so timing the answers does not reveal the token bit by bit.
fn same_secret(given: &[u8], secret: &[u8]) -> bool {
    given.len() == secret.len()
        && given
            .iter()
            .zip(secret)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// Whether the Host header names this server: `127.0.0.1` or `localhost`
/// with the port it bound. Anything else is a request meant for another
/// site, such as a DNS-rebound name that now points at us.
fn host_ok(host: &str, port: u16) -> bool {
    let Some((name, p)) = host.rsplit_once(':') else {
        return false;
    };
    p == port.to_string() && (name == "127.0.0.1" || name.eq_ignore_ascii_case("localhost"))
}

/// The real path of `path` and what it is, if that real path lies inside
/// `root` (itself a real path).
fn real_inside(root: &Path, path: &Path) -> Option<(PathBuf, Metadata)> {
    let real = path.canonicalize().ok()?;
    if !real.starts_with(root) {
        return None;
    }
    let meta = std::fs::metadata(&real).ok()?;
    Some((real, meta))
}

/// Maps a request target `/<token>/path` to the real path of a regular file
/// inside the site's folder, with its metadata. `None` for a wrong or
/// missing token, a malformed path, a `..` segment (also encoded), and a path
/// whose real location (symlinks resolved) is outside the folder or is not a
/// regular file (devices, FIFOs, folders without an index.html).
fn resolve(site: &Site, target: &str) -> Option<(PathBuf, Metadata)> {
    let path = target.split(['?', '#']).next().unwrap_or("");
    let (token, rest) = path.strip_prefix('/')?.split_once('/')?;
    if !same_secret(token.as_bytes(), site.token.as_bytes()) {
        return None;
    }
    let decoded = percent_decode(rest)?;
    let mut out = site.root.clone();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            s if s.contains('\\') => return None,
            s => out.push(s),
        }
    }
    let (real, meta) = real_inside(&site.root, &out)?;
    let (real, meta) = if meta.is_dir() {
        real_inside(&site.root, &real.join("index.html"))?
    } else {
        (real, meta)
    };
    meta.is_file().then_some((real, meta))
}

/// Opens the file `resolve` chose and makes sure the file opened is still
/// inside the folder: someone who can write there could have swapped it, or
/// a folder on its path, for a symlink in the meantime.
fn open_checked(site: &Site, path: &Path, checked: &Metadata) -> Option<(File, u64)> {
    let file = File::open(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() {
        return None;
    }
    let fd = std::os::fd::AsRawFd::as_raw_fd(&file);
    let inside = match std::fs::read_link(format!("/proc/self/fd/{fd}")) {
        // Linux names the file actually opened.
        Ok(real) => real.starts_with(&site.root),
        // Elsewhere, it must at least be the very file that was checked.
        Err(_) => meta.dev() == checked.dev() && meta.ino() == checked.ino(),
    };
    inside.then_some((file, meta.len()))
}

struct Request {
    method: String,
    target: String,
    /// The values of every Host header (a valid request has exactly one).
    hosts: Vec<String>,
}

fn read_request(stream: &TcpStream) -> io::Result<Option<Request>> {
    let mut reader = BufReader::new(stream.take(MAX_HEAD as u64));
    let mut line = Vec::new();
    if reader.read_until(b'\n', &mut line)? == 0 {
        return Ok(None);
    }
    let line = String::from_utf8_lossy(&line);
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Ok(None);
    };
    let mut request = Request {
        method: method.to_string(),
        target: target.to_string(),
        hosts: Vec::new(),
    };
    loop {
        let mut header = Vec::new();
        if reader.read_until(b'\n', &mut header)? == 0 || header == b"\r\n" || header == b"\n" {
            break;
        }
        let header = String::from_utf8_lossy(&header);
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("host") {
                request.hosts.push(value.trim().to_string());
            }
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

fn handle(mut stream: TcpStream, site: &Site, verbose: bool) -> io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let Some(request) = read_request(&stream)? else {
        return Ok(());
    };
    let log = |status: &str| {
        if verbose {
            eprintln!(
                "wasmrun: http: {} {} -> {status}",
                request.method, request.target
            );
        }
    };
    let head_only = request.method == "HEAD";
    if !matches!(request.hosts.as_slice(), [host] if host_ok(host, site.port)) {
        log("421");
        return send_simple(&mut stream, "421 Misdirected Request", head_only);
    }
    if request.method != "GET" && !head_only {
        log("405");
        return send_simple(&mut stream, "405 Method Not Allowed", false);
    }
    let file = resolve(site, &request.target)
        .and_then(|(path, meta)| Some((open_checked(site, &path, &meta)?, path)));
    let Some(((mut file, len), path)) = file else {
        log("404");
        return send_simple(&mut stream, "404 Not Found", head_only);
    };
    log("200");
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
        // A server that blocks (on a FIFO, say) fails the test instead of
        // hanging it.
        s.set_read_timeout(Some(Duration::from_secs(10)))
            .expect("timeout");
        s.write_all(request.as_bytes()).expect("write");
        let mut out = Vec::new();
        s.read_to_end(&mut out).expect("read");
        String::from_utf8_lossy(&out).into_owned()
    }

    /// GET `path` with the Host header a browser sends for the server.
    fn get(server: &Server, path: &str) -> String {
        fetch(
            server.addr,
            &format!("GET {path} HTTP/1.1\r\nHost: {}\r\n\r\n", server.addr),
        )
    }

    /// A folder `www` holding `p.html` and `sub/`, next to a `secret` file
    /// that is outside it.
    fn site() -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().expect("tempdir");
        let www = dir.path().join("www");
        std::fs::create_dir_all(www.join("sub")).expect("mkdir");
        std::fs::write(www.join("p.html"), b"<p>hi</p>").expect("write");
        std::fs::write(dir.path().join("secret"), b"secret").expect("write");
        (dir, www)
    }

    #[test]
    fn serves_files_with_types_and_headers() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::write(dir.path().join("a.wasm"), b"\0asm\x01\0\0\0").expect("write");
        std::fs::write(dir.path().join("p.html"), b"<p>hi</p>").expect("write");
        std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
        std::fs::write(dir.path().join("sub/x y.js"), b"1").expect("write");
        std::fs::write(dir.path().join("sub/index.html"), b"index").expect("write");
        let server = start(dir.path(), 0, false).expect("start");
        let t = &server.token;
        let host = server.addr;

        let r = get(&server, &format!("/{t}/a.wasm"));
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

        let r = fetch(
            server.addr,
            &format!("HEAD /{t}/p.html?x=1 HTTP/1.1\r\nhost: {host}\r\n\r\n"),
        );
        assert!(r.contains("Content-Type: text/html"), "{r}");
        assert!(r.ends_with("\r\n\r\n"), "HEAD has no body: {r}");

        let r = get(&server, &format!("/{t}/sub/x%20y.js"));
        assert!(
            r.contains("Content-Type: text/javascript\r\n") && r.ends_with("\r\n1"),
            "{r}"
        );
        let r = get(&server, &format!("/{t}/sub/"));
        assert!(
            r.ends_with("\r\nindex"),
            "a folder serves its index.html: {r}"
        );

        for missing in [format!("/{t}/nope.html"), format!("/{t}/"), "/".to_string()] {
            let r = get(&server, &missing);
            assert!(r.starts_with("HTTP/1.1 404 "), "{missing}: {r}");
        }
        let r = fetch(
            server.addr,
            &format!("POST /{t}/p.html HTTP/1.1\r\nHost: {host}\r\n\r\n"),
        );
        assert!(r.starts_with("HTTP/1.1 405 "), "{r}");
    }

    #[test]
    fn token_is_random_and_required() {
        let (_dir, www) = site();
        let server = start(&www, 0, false).expect("start");
        let other = start(&www, 0, false).expect("start");
        let t = server.token.clone();
        assert_eq!(t.len(), 2 * TOKEN_BYTES, "{t}");
        assert!(t.bytes().all(|b| b.is_ascii_hexdigit()), "{t}");
        assert_ne!(t, other.token, "each server draws its own token");
        assert_eq!(
            server.url("a b.html"),
            format!("http://{}/{t}/a%20b.html", server.addr)
        );

        assert!(get(&server, &format!("/{t}/p.html")).starts_with("HTTP/1.1 200 "));
        let mut wrong = t.clone().into_bytes();
        wrong[5] = if wrong[5] == b'0' { b'1' } else { b'0' };
        let wrong = String::from_utf8(wrong).expect("hex");
        for path in [
            "/p.html".to_string(),
            format!("/{wrong}/p.html"),
            format!("/{}/p.html", other.token),
            format!("/{}/p.html", &t[..t.len() - 1]),
            format!("/{t}x/p.html"),
            format!("/{}/p.html", t.to_uppercase()),
            format!("/./{t}/p.html"),
            format!("//{t}/p.html"),
            format!("http://{}/{t}/p.html", server.addr),
        ] {
            let r = get(&server, &path);
            assert!(r.starts_with("HTTP/1.1 404 "), "{path}: {r}");
        }
    }

    #[test]
    fn only_the_bound_host_is_answered() {
        let (_dir, www) = site();
        let server = start(&www, 0, false).expect("start");
        let t = &server.token;
        let port = server.addr.port();
        let with_host = |headers: &str| {
            fetch(
                server.addr,
                &format!("GET /{t}/p.html HTTP/1.1\r\n{headers}\r\n"),
            )
        };
        for good in [
            format!("Host: 127.0.0.1:{port}\r\n"),
            format!("Host: localhost:{port}\r\n"),
            format!("HOST:LocalHost:{port} \r\n"),
        ] {
            let r = with_host(&good);
            assert!(r.starts_with("HTTP/1.1 200 "), "{good}: {r}");
        }
        for bad in [
            String::new(),
            "Host: \r\n".to_string(),
            format!("Host: attacker.example:{port}\r\n"),
            format!("Host: 127.0.0.1.nip.io:{port}\r\n"),
            format!("Host: 127.0.0.1:{}\r\n", port.wrapping_add(1)),
            format!("Host: 127.0.0.1:0{port}\r\n"),
            "Host: 127.0.0.1\r\n".to_string(),
            "Host: localhost\r\n".to_string(),
            format!("Host: [::1]:{port}\r\n"),
            format!("Host: 127.0.0.1:{port}\r\nHost: attacker.example:{port}\r\n"),
        ] {
            let r = with_host(&bad);
            assert!(r.starts_with("HTTP/1.1 421 "), "{bad:?}: {r}");
            assert!(!r.contains("<p>hi</p>"), "{bad:?}: {r}");
        }
    }

    #[test]
    fn nothing_outside_the_folder_is_served() {
        let (dir, www) = site();
        let outside = dir.path().join("secret");
        std::os::unix::fs::symlink(&outside, www.join("escape")).expect("symlink");
        std::os::unix::fs::symlink("../secret", www.join("sub/relative")).expect("symlink");
        std::os::unix::fs::symlink(dir.path(), www.join("parent")).expect("symlink");
        std::os::unix::fs::symlink("/etc/passwd", www.join("passwd")).expect("symlink");
        std::os::unix::fs::symlink("/dev/zero", www.join("zero")).expect("symlink");
        // Symlinks that stay inside the folder keep working.
        std::os::unix::fs::symlink("p.html", www.join("alias.html")).expect("symlink");
        std::os::unix::fs::symlink("../p.html", www.join("sub/up.html")).expect("symlink");
        std::os::unix::fs::symlink(www.join("sub"), www.join("same")).expect("symlink");
        std::fs::write(www.join("sub/q.txt"), b"q").expect("write");
        let server = start(&www, 0, false).expect("start");
        let t = &server.token;

        for inside in ["alias.html", "sub/up.html", "same/q.txt", "sub/./q.txt"] {
            let r = get(&server, &format!("/{t}/{inside}"));
            assert!(r.starts_with("HTTP/1.1 200 "), "{inside}: {r}");
        }
        for escape in [
            "escape",
            "sub/relative",
            "parent/secret",
            "passwd",
            "zero",
            "..",
            "../secret",
            "sub/../../secret",
            "%2e%2e/secret",
            "%2E%2E/secret",
            "sub/%2e%2e/%2e%2e/secret",
            "%2e%2e%2fsecret",
            "sub%2f..%2f..%2fsecret",
            ".%2e/secret",
            "..%5csecret",
            "%2fetc%2fpasswd",
            "sub/q.txt%00.html",
        ] {
            let r = get(&server, &format!("/{t}/{escape}"));
            assert!(r.starts_with("HTTP/1.1 404 "), "{escape}: {r}");
            assert!(
                !r.contains("secret\n") && !r.ends_with("secret"),
                "{escape}: {r}"
            );
        }
        // Traversal before the token does not reach the folder either.
        let r = get(&server, &format!("/{t}/../{t}/p.html"));
        assert!(r.starts_with("HTTP/1.1 404 "), "{r}");
    }

    #[test]
    fn special_files_are_not_opened() {
        extern "C" {
            fn mkfifo(path: *const std::ffi::c_char, mode: u32) -> std::ffi::c_int;
        }
        let (_dir, www) = site();
        let fifo = std::ffi::CString::new(www.join("fifo").into_os_string().into_encoded_bytes())
            .expect("path");
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { mkfifo(fifo.as_ptr(), 0o644) }, 0, "mkfifo");
        let server = start(&www, 0, false).expect("start");
        let t = &server.token;
        // Opening the FIFO would block until a writer came: the answer would
        // never arrive and `fetch` would time out.
        for special in ["fifo", "sub", "sub/"] {
            let r = get(&server, &format!("/{t}/{special}"));
            assert!(r.starts_with("HTTP/1.1 404 "), "{special}: {r}");
        }
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
