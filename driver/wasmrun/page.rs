//! One run of a page: serve its folder, open it in the browser, relay what the
//! program reports through `wasmccTap` until it exits, fails or times out,
//! then take the screenshot and evaluate the expression the caller asked for.

use std::collections::HashMap;
use std::io::Write;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::browser::{self, Browser};
use crate::cdp::{Cdp, Event, WaitError};
use crate::keys::{self, KeySpec};
use crate::{server, Fail, Options};

/// The name of the binding the page calls; `wasmccTap` wraps it.
const BINDING: &str = "wasmccTapBinding";

/// How long an error or uncaught exception waits for the exit the runtime
/// may report right after it, before the run ends with status 1.
const EXIT_GRACE: Duration = Duration::from_millis(300);

/// The longest the browser may take to start before the page is loaded.
const STARTUP_LIMIT: Duration = Duration::from_secs(30);

/// Status for "no exit in time", as `timeout(1)` uses.
const TIMEOUT_STATUS: i32 = 124;

/// The script that runs in every new document before the page's own:
/// it defines `wasmccTap` and gives the program its arguments. `Module` is an
/// accessor so that a page which assigns its own `Module` object (a custom
/// shell's `var Module = {...}`) still gets the arguments, unless it set
/// `arguments` itself.
///
/// With `--stdin`, `wasmccStdin` holds the bytes, which a page's terminal
/// types; a page without one reads them through `Module.stdin`.
fn init_script(args: &[String], stdin: Option<&[u8]>) -> String {
    let args = serde_json::to_string(args).unwrap_or_else(|_| "[]".to_string());
    let stdin = match stdin {
        Some(bytes) => format!(
            "Uint8Array.from({})",
            serde_json::to_string(bytes).unwrap_or_else(|_| "[]".to_string())
        ),
        None => "null".to_string(),
    };
    format!(
        r#"(() => {{
  const send = (text) => {{
    const bind = globalThis.{BINDING};
    if (typeof bind === 'function') bind(text);
  }};
  globalThis.wasmccTap = (kind, value) => {{
    let text;
    try {{
      text = JSON.stringify([String(kind), value === undefined ? null : value]);
    }} catch (e) {{
      // BigInts and cyclic objects do not serialise; their text still does.
      text = JSON.stringify([String(kind), String(value)]);
    }}
    send(text);
  }};
  const args = {args};
  const stdin = {stdin};
  let read = 0;
  if (stdin) globalThis.wasmccStdin = stdin;
  const withArgs = (m) => {{
    if (m !== null && typeof m === 'object' && !('arguments' in m)) m.arguments = args.slice();
    if (stdin && m !== null && typeof m === 'object' && !('stdin' in m)) {{
      m.stdin = () => (read < stdin.length ? stdin[read++] : null);
    }}
    return m;
  }};
  let current = withArgs(globalThis.Module || {{}});
  Object.defineProperty(globalThis, 'Module', {{
    configurable: true,
    enumerable: true,
    get() {{ return current; }},
    set(v) {{ current = withArgs(v); }},
  }});
}})();"#
    )
}

/// Decodes standard base64 (the screenshot's PNG bytes).
fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut acc: u32 = 0;
    let mut bits = 0;
    for c in text.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            b'\r' | b'\n' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

fn seconds(d: Duration) -> String {
    format!("{}", d.as_secs_f64())
}

/// Text for a value the page reported: strings as they are, the rest as JSON.
fn as_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

fn write_line(out: &mut impl Write, text: &str) {
    // A closed stdout (`| head`) must not end the run early.
    let _ = writeln!(out, "{text}");
    let _ = out.flush();
}

/// The message of an uncaught exception from `Runtime.exceptionThrown`.
fn exception_message(params: &Value) -> String {
    let details = &params["exceptionDetails"];
    let description = details["exception"]["description"]
        .as_str()
        .or_else(|| details["exception"]["value"].as_str())
        .map(str::to_string);
    let text = details["text"].as_str().unwrap_or("Uncaught");
    match description {
        Some(d) => format!("{text} {d}"),
        None => {
            let url = details["url"].as_str().unwrap_or("");
            let line = details["lineNumber"].as_i64().map(|l| l + 1).unwrap_or(0);
            format!("{text} at {url}:{line}")
        }
    }
}

/// One page being run.
struct PageRun<'a> {
    opts: &'a Options,
    cdp: Cdp,
    browser: Browser,
    session: String,
    frame: String,
    url: String,
    deadline: Instant,
    /// When the first error or uncaught exception arrived without an exit.
    failed_at: Option<Instant>,
    screenshot_taken: bool,
    /// Whether the page has been asked to load (the run's timeout counts
    /// from then).
    page_started: bool,
    /// When the page's load event fired.
    loaded_at: Option<Instant>,
    /// Reloads still to do after a successful exit (`--reload-after-exit`).
    reloads_left: u32,
    requests: HashMap<String, String>,
}

impl PageRun<'_> {
    /// Turns a protocol failure into the run's failure, with the browser's
    /// last words when it went away.
    fn wait_fail(&mut self, e: WaitError, what: &str) -> Fail {
        match e {
            WaitError::Timeout if !self.page_started => Fail::run(format!(
                "the browser did not start within {} s ({what})",
                seconds(self.opts.timeout.max(STARTUP_LIMIT))
            )),
            WaitError::Timeout => Fail {
                status: TIMEOUT_STATUS,
                message: format!(
                    "no exit from the page after {} s ({what})",
                    seconds(self.opts.timeout)
                ),
            },
            WaitError::Closed(_) => {
                let tail = self.browser.log_tail();
                let mut f = e.into_fail(what);
                if !tail.is_empty() {
                    f.message.push_str("; the browser said:\n");
                    f.message.push_str(&tail);
                }
                f
            }
            other => other.into_fail(what),
        }
    }

    fn call(&mut self, method: &str, params: Value) -> Result<Value, Fail> {
        let session = self.session.clone();
        self.cdp
            .call(method, params, Some(&session), self.deadline)
            .map_err(|e| self.wait_fail(e, method))
    }

    fn press(&mut self, key: &KeySpec) -> Result<(), Fail> {
        let mut down = json!({
            "type": if key.text.is_some() { "keyDown" } else { "rawKeyDown" },
            "key": key.key,
            "code": key.code,
            "windowsVirtualKeyCode": key.key_code,
            "nativeVirtualKeyCode": key.key_code,
            "modifiers": key.modifiers,
        });
        if let Some(text) = &key.text {
            down["text"] = json!(text);
            down["unmodifiedText"] = json!(text);
        }
        self.call("Input.dispatchKeyEvent", down)?;
        self.call(
            "Input.dispatchKeyEvent",
            json!({
                "type": "keyUp",
                "key": key.key,
                "code": key.code,
                "windowsVirtualKeyCode": key.key_code,
                "nativeVirtualKeyCode": key.key_code,
                "modifiers": key.modifiers,
            }),
        )?;
        Ok(())
    }

    /// Resizes the viewport as a window resize would: the page gets its
    /// `resize` event and new `innerWidth`/`innerHeight`.
    fn resize(&mut self, (width, height): (u32, u32)) -> Result<(), Fail> {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
        )?;
        Ok(())
    }

    fn screenshot(&mut self) -> Result<(), Fail> {
        let Some(path) = self.opts.screenshot.clone() else {
            return Ok(());
        };
        if self.screenshot_taken {
            return Ok(());
        }
        self.screenshot_taken = true;
        let result = self.call("Page.captureScreenshot", json!({ "format": "png" }))?;
        let data = result["data"]
            .as_str()
            .and_then(base64_decode)
            .ok_or_else(|| Fail::run("the browser sent a malformed screenshot"))?;
        std::fs::write(&path, data)
            .map_err(|e| Fail::run(format!("cannot write {}: {e}", path.display())))
    }

    fn eval(&mut self) -> Result<(), Fail> {
        let Some(expr) = self.opts.eval_after_exit.clone() else {
            return Ok(());
        };
        let result = self.call(
            "Runtime.evaluate",
            json!({ "expression": expr, "returnByValue": true, "awaitPromise": true }),
        )?;
        if result.get("exceptionDetails").is_some() {
            return Err(Fail::run(format!(
                "--eval-after-exit threw: {}",
                exception_message(&json!({ "exceptionDetails": result["exceptionDetails"] }))
            )));
        }
        let r = &result["result"];
        let text = if let Some(v) = r.get("value") {
            v.to_string()
        } else if let Some(u) = r["unserializableValue"].as_str() {
            u.to_string()
        } else {
            r["type"].as_str().unwrap_or("undefined").to_string()
        };
        write_line(&mut std::io::stdout().lock(), &format!("eval: {text}"));
        Ok(())
    }

    /// Loads the page again in the same tab, as a user's reload: the same
    /// origin and profile, so what the first load stored is there. Timed
    /// actions not yet done count from the new load event, and the page's
    /// timeout starts again.
    fn reload(&mut self) -> Result<(), Fail> {
        self.reloads_left -= 1;
        self.loaded_at = None;
        self.failed_at = None;
        self.deadline = Instant::now() + self.opts.timeout;
        self.call("Page.reload", json!({}))?;
        Ok(())
    }

    /// The run is over with `status`: the screenshot and eval still run.
    fn finish(&mut self, status: i32) -> Result<i32, Fail> {
        // The program is done; what is left may take a moment even when the
        // exit came just before the deadline.
        self.deadline = self.deadline.max(Instant::now() + Duration::from_secs(10));
        self.screenshot()?;
        self.eval()?;
        Ok(status)
    }

    /// Handles one event; `Some(status)` when the program exited.
    fn handle(&mut self, ev: Event) -> Result<Option<i32>, Fail> {
        let ours = ev.session.as_deref() == Some(self.session.as_str());
        let p = &ev.params;
        match ev.method.as_str() {
            "Runtime.bindingCalled" if ours && p["name"] == BINDING => {
                let payload = p["payload"].as_str().unwrap_or("");
                let Ok(Value::Array(parts)) = serde_json::from_str::<Value>(payload) else {
                    return Ok(None);
                };
                let kind = parts.first().and_then(Value::as_str).unwrap_or("");
                let value = parts.get(1).cloned().unwrap_or(Value::Null);
                match kind {
                    "stdout" => write_line(&mut std::io::stdout().lock(), &as_text(&value)),
                    "stderr" => write_line(&mut std::io::stderr().lock(), &as_text(&value)),
                    "error" => {
                        write_line(&mut std::io::stderr().lock(), &as_text(&value));
                        self.failed_at.get_or_insert_with(Instant::now);
                    }
                    "exit" => {
                        let status = value
                            .as_i64()
                            .or_else(|| value.as_f64().map(|f| f as i64))
                            .or_else(|| value.as_str().and_then(|s| s.trim().parse().ok()))
                            .ok_or_else(|| {
                                Fail::run(format!(
                                    "the page reported a malformed exit status: {value}"
                                ))
                            })?;
                        // As a shell sees it: the low 8 bits.
                        return Ok(Some((status & 0xff) as i32));
                    }
                    _ => {}
                }
            }
            "Runtime.exceptionThrown" if ours => {
                let msg = exception_message(p);
                write_line(&mut std::io::stderr().lock(), &format!("wasmrun: {msg}"));
                self.failed_at.get_or_insert_with(Instant::now);
            }
            "Runtime.consoleAPICalled" if ours && self.opts.console => {
                let kind = p["type"].as_str().unwrap_or("log");
                let args: Vec<String> = p["args"]
                    .as_array()
                    .map(|a| {
                        a.iter()
                            .map(|x| {
                                x.get("value")
                                    .map(as_text)
                                    .or_else(|| x["description"].as_str().map(str::to_string))
                                    .unwrap_or_else(|| x["type"].as_str().unwrap_or("").to_string())
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                write_line(
                    &mut std::io::stderr().lock(),
                    &format!("console.{kind}: {}", args.join(" ")),
                );
            }
            "Network.requestWillBeSent" if ours => {
                if let (Some(id), Some(url)) =
                    (p["requestId"].as_str(), p["request"]["url"].as_str())
                {
                    self.requests.insert(id.to_string(), url.to_string());
                }
            }
            "Network.responseReceived" if ours => {
                let status = p["response"]["status"].as_i64().unwrap_or(0);
                if p["type"] == "Document" && p["frameId"] == self.frame.as_str() && status >= 400 {
                    let text = p["response"]["statusText"].as_str().unwrap_or("");
                    let url = p["response"]["url"].as_str().unwrap_or(&self.url);
                    return Err(Fail::run(format!(
                        "cannot load {url}: HTTP {status} {text}"
                    )));
                }
            }
            "Network.loadingFailed" if ours => {
                let error = p["errorText"].as_str().unwrap_or("unknown error");
                let url = p["requestId"]
                    .as_str()
                    .and_then(|id| self.requests.get(id))
                    .cloned()
                    .unwrap_or_else(|| "a resource".to_string());
                if p["canceled"] == true || error == "net::ERR_ABORTED" {
                    return Ok(None);
                }
                if p["type"] == "Document" && url == self.url {
                    return Err(Fail::run(format!("cannot load {url}: {error}")));
                }
                write_line(
                    &mut std::io::stderr().lock(),
                    &format!("wasmrun: loading {url} failed: {error}"),
                );
            }
            "Page.loadEventFired" if ours => {
                self.loaded_at.get_or_insert_with(Instant::now);
            }
            "Inspector.targetCrashed" if ours => return Err(Fail::run("the page crashed")),
            "Target.detachedFromTarget" if p["sessionId"] == self.session.as_str() => {
                return Err(Fail::run("the page was closed before the program exited"));
            }
            _ => {}
        }
        Ok(None)
    }

    /// Relays events until the program exits, fails or runs out of time.
    /// Timed actions count from the page's load event, so they do not race
    /// the page's own scripts.
    fn relay(&mut self) -> Result<i32, Fail> {
        let mut keys: Vec<(Duration, KeySpec)> = self
            .opts
            .keys
            .iter()
            .flat_map(|k| {
                keys::sequence(&k.key)
                    .unwrap_or_default()
                    .into_iter()
                    .map(move |spec| (k.at, spec))
            })
            .collect();
        keys.sort_by_key(|(at, _)| *at);
        let mut keys = std::collections::VecDeque::from(keys);
        let mut resizes = self.opts.resizes.clone();
        resizes.sort_by_key(|(at, _)| *at);
        let mut resizes = std::collections::VecDeque::from(resizes);
        let mut readings = self.opts.readings.clone();
        readings.sort_by_key(|r| r.at);
        let mut readings = std::collections::VecDeque::from(readings);
        loop {
            let now = Instant::now();
            let after = |d: Option<Duration>| Option::zip(self.loaded_at, d).map(|(t, d)| t + d);
            let screenshot_at =
                after(self.opts.screenshot_after).filter(|_| !self.screenshot_taken);
            let exit_at = after(self.opts.exit_after);
            let key_at = after(keys.front().map(|(d, _)| *d));
            let resize_at = after(resizes.front().map(|(d, _)| *d));
            let reading_at = after(readings.front().map(|r| r.at));
            if let Some(since) = self.failed_at {
                if now >= since + EXIT_GRACE {
                    return Ok(1);
                }
            }
            if exit_at.is_some_and(|t| now >= t) {
                return self.finish(0);
            }
            if screenshot_at.is_some_and(|t| now >= t) {
                self.screenshot()?;
            }
            if key_at.is_some_and(|t| now >= t) {
                if let Some((_, key)) = keys.pop_front() {
                    self.press(&key)?;
                }
                continue;
            }
            if resize_at.is_some_and(|t| now >= t) {
                if let Some((_, size)) = resizes.pop_front() {
                    self.resize(size)?;
                }
                continue;
            }
            if reading_at.is_some_and(|t| now >= t) {
                if let Some(r) = readings.pop_front() {
                    let (method, params) = r.reading.command();
                    self.call(method, params)?;
                }
                continue;
            }
            if now >= self.deadline {
                return Err(Fail {
                    status: TIMEOUT_STATUS,
                    message: format!(
                        "no exit from the page after {} s",
                        seconds(self.opts.timeout)
                    ),
                });
            }
            let mut wake = self.deadline;
            let timers = [
                self.failed_at.map(|t| t + EXIT_GRACE),
                exit_at,
                screenshot_at,
                key_at,
                resize_at,
                reading_at,
            ];
            for t in timers.into_iter().flatten() {
                wake = wake.min(t);
            }
            match self.cdp.next_event(wake) {
                Ok(Some(ev)) => match self.handle(ev)? {
                    Some(0) if self.reloads_left > 0 => self.reload()?,
                    Some(status) => return self.finish(status),
                    None => {}
                },
                Ok(None) => {}
                Err(e) => return Err(self.wait_fail(e, "waiting for the page")),
            }
        }
    }
}

/// Runs the page `opts.page` and returns the exit status.
pub fn run(opts: &Options) -> Result<i32, Fail> {
    let page = &opts.page;
    if !page.is_file() {
        return Err(Fail::usage(format!(
            "cannot open page '{}': no such file",
            page.display()
        )));
    }
    let page = page
        .canonicalize()
        .map_err(|e| Fail::usage(format!("cannot open page '{}': {e}", page.display())))?;
    let (Some(root), Some(name)) = (page.parent(), page.file_name().and_then(|n| n.to_str()))
    else {
        return Err(Fail::usage(format!(
            "cannot serve '{}': not a file name in UTF-8",
            page.display()
        )));
    };
    let exe = browser::find(opts.browser.as_deref())?;
    let url = if opts.file_url {
        // As a user who double-clicks the page would open it: nothing is served.
        let mut url = String::from("file://");
        for part in page.iter().skip(1) {
            let part = part.to_str().ok_or_else(|| {
                Fail::usage(format!("cannot open '{}': not UTF-8", page.display()))
            })?;
            url.push('/');
            url.push_str(&crate::url::escape_segment(part));
        }
        url
    } else {
        let srv = server::start(root, opts.port, opts.verbose)
            .map_err(|e| Fail::run(format!("cannot serve on 127.0.0.1:{}: {e}", opts.port)))?;
        let url = srv.url(name);
        if opts.verbose {
            eprintln!("wasmrun: serving {} at {url}", root.display());
        }
        url
    };

    let started = Instant::now();
    // The timeout is the page's; starting the browser gets its own bound so
    // a slow start on a busy machine does not eat into a short timeout.
    let deadline = started + opts.timeout.max(STARTUP_LIMIT);
    let (browser, cdp) = browser::launch(&exe, opts.window, opts.verbose)?;
    let mut run = PageRun {
        opts,
        cdp,
        browser,
        session: String::new(),
        frame: String::new(),
        url: url.clone(),
        deadline,
        failed_at: None,
        screenshot_taken: false,
        loaded_at: None,
        reloads_left: opts.reloads,
        page_started: false,
        requests: HashMap::new(),
    };
    let status = open_and_relay(&mut run);
    if opts.verbose {
        eprintln!(
            "wasmrun: {:.2} s from start to the end of the run",
            started.elapsed().as_secs_f64()
        );
    }
    // Dropping `run` ends the browser and removes its profile on every path.
    drop(run);
    status
}

fn open_and_relay(run: &mut PageRun) -> Result<i32, Fail> {
    let opts = run.opts;
    let deadline = run.deadline;
    let target = run
        .cdp
        .call(
            "Target.createTarget",
            json!({ "url": "about:blank" }),
            None,
            deadline,
        )
        .map_err(|e| run.wait_fail(e, "opening a tab"))?;
    let target_id = target["targetId"]
        .as_str()
        .ok_or_else(|| Fail::run("the browser opened a tab without an id"))?
        .to_string();
    let attached = run
        .cdp
        .call(
            "Target.attachToTarget",
            json!({ "targetId": target_id, "flatten": true }),
            None,
            deadline,
        )
        .map_err(|e| run.wait_fail(e, "attaching to the tab"))?;
    run.session = attached["sessionId"]
        .as_str()
        .ok_or_else(|| Fail::run("the browser attached to the tab without a session id"))?
        .to_string();
    run.frame = target_id;

    // A tab opened over the protocol does not take the size of the window
    // given on the command line, so the page's viewport is set here.
    run.call(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": opts.window.0, "height": opts.window.1, "deviceScaleFactor": 1, "mobile": false }),
    )?;
    for (method, params) in crate::sensors::setup(&opts.readings) {
        run.call(method, params)?;
    }
    run.call("Runtime.enable", json!({}))?;
    run.call("Page.enable", json!({}))?;
    run.call("Network.enable", json!({}))?;
    run.call("Runtime.addBinding", json!({ "name": BINDING }))?;
    run.call(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": init_script(&opts.args, opts.stdin.as_deref()) }),
    )?;
    if let Some(source) = &opts.eval_before_load {
        run.call(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": source }),
        )?;
    }
    let url = run.url.clone();
    run.page_started = true;
    let navigated = Instant::now();
    run.deadline = navigated + opts.timeout;
    let nav = run.call("Page.navigate", json!({ "url": url }))?;
    if let Some(err) = nav["errorText"].as_str().filter(|e| !e.is_empty()) {
        return Err(Fail::run(format!("cannot load {url}: {err}")));
    }
    if let Some(frame) = nav["frameId"].as_str() {
        run.frame = frame.to_string();
    }
    let status = run.relay();
    if opts.verbose {
        eprintln!(
            "wasmrun: {:.2} s from loading the page to the end of the run",
            navigated.elapsed().as_secs_f64()
        );
    }
    status
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64() {
        assert_eq!(base64_decode("aGVsbG8=").as_deref(), Some(&b"hello"[..]));
        assert_eq!(
            base64_decode("AAEC/w==").as_deref(),
            Some(&[0u8, 1, 2, 255][..])
        );
        assert_eq!(base64_decode("").as_deref(), Some(&[][..]));
        assert!(base64_decode("a*b").is_none());
    }

    #[test]
    fn durations_and_exit_texts() {
        assert_eq!(seconds(Duration::from_secs(2)), "2");
        assert_eq!(seconds(Duration::from_millis(1500)), "1.5");
        assert_eq!(as_text(&json!("x")), "x");
        assert_eq!(as_text(&json!(3)), "3");
    }
}
