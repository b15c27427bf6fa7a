//! The Chrome DevTools Protocol over `--remote-debugging-pipe`: JSON messages
//! separated by NUL bytes, commands written to the browser's fd 3 and
//! responses and events read from its fd 4. A reader thread turns the byte
//! stream into messages so the caller can wait on them with a deadline.

use std::collections::VecDeque;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use crate::{interrupt, Fail};

/// An event the browser sent on its own.
#[derive(Debug, Clone)]
pub struct Event {
    pub method: String,
    pub params: Value,
    /// The attached target it belongs to; `None` for browser-wide events.
    pub session: Option<String>,
}

enum Incoming {
    Message(Value),
    Closed(String),
}

/// One protocol connection.
pub struct Cdp {
    writer: Box<dyn Write + Send>,
    incoming: Receiver<Incoming>,
    next_id: u64,
    /// Events that arrived while waiting for a command's response.
    events: VecDeque<Event>,
    closed: Option<String>,
}

/// Why waiting for the browser ended without an answer.
#[derive(Debug)]
pub enum WaitError {
    /// The deadline passed.
    Timeout,
    /// The browser closed the pipe (it exited or crashed).
    Closed(String),
    /// The browser answered the command with an error.
    Protocol(String),
    /// A signal asked this program to stop.
    Interrupted(i32),
}

impl WaitError {
    pub fn into_fail(self, what: &str) -> Fail {
        match self {
            WaitError::Timeout => Fail::run(format!("{what}: the browser did not answer in time")),
            WaitError::Closed(why) => {
                Fail::run(format!("{what}: the browser exited unexpectedly ({why})"))
            }
            WaitError::Protocol(msg) => Fail::run(format!("{what}: {msg}")),
            // As a shell reports a command a signal ended.
            WaitError::Interrupted(sig) => Fail {
                status: 128 + sig,
                message: String::new(),
            },
        }
    }
}

impl Cdp {
    /// Starts the reader thread on `from_browser` and writes commands to `to_browser`.
    pub fn new(
        to_browser: impl Write + Send + 'static,
        from_browser: impl Read + Send + 'static,
    ) -> io::Result<Self> {
        let (tx, rx) = mpsc::channel();
        thread::Builder::new()
            .name("wasmrun-cdp".into())
            .spawn(move || {
                let mut reader = BufReader::new(from_browser);
                loop {
                    let mut buf = Vec::new();
                    match reader.read_until(0, &mut buf) {
                        Ok(0) => {
                            let _ = tx.send(Incoming::Closed("end of the DevTools pipe".into()));
                            return;
                        }
                        Ok(_) => {
                            if buf.last() == Some(&0) {
                                buf.pop();
                            }
                            match serde_json::from_slice::<Value>(&buf) {
                                Ok(v) => {
                                    if tx.send(Incoming::Message(v)).is_err() {
                                        return;
                                    }
                                }
                                Err(e) => {
                                    let _ = tx.send(Incoming::Closed(format!(
                                        "malformed DevTools message: {e}"
                                    )));
                                    return;
                                }
                            }
                        }
                        Err(e) => {
                            let _ = tx
                                .send(Incoming::Closed(format!("reading the DevTools pipe: {e}")));
                            return;
                        }
                    }
                }
            })?;
        Ok(Cdp {
            writer: Box::new(to_browser),
            incoming: rx,
            next_id: 1,
            events: VecDeque::new(),
            closed: None,
        })
    }

    /// Sends a command without waiting; returns its id.
    pub fn send(
        &mut self,
        method: &str,
        params: Value,
        session: Option<&str>,
    ) -> Result<u64, WaitError> {
        let id = self.next_id;
        self.next_id += 1;
        let mut msg = json!({ "id": id, "method": method, "params": params });
        if let Some(s) = session {
            msg["sessionId"] = Value::String(s.to_string());
        }
        let mut bytes = msg.to_string().into_bytes();
        bytes.push(0);
        self.writer
            .write_all(&bytes)
            .and_then(|_| self.writer.flush())
            .map_err(|e| WaitError::Closed(format!("writing the DevTools pipe: {e}")))?;
        Ok(id)
    }

    /// Receives one message, or `None` at the deadline.
    fn receive(&mut self, deadline: Instant) -> Result<Option<Value>, WaitError> {
        if let Some(why) = &self.closed {
            return Err(WaitError::Closed(why.clone()));
        }
        loop {
            if let Some(sig) = interrupt::requested() {
                return Err(WaitError::Interrupted(sig));
            }
            let left = deadline.saturating_duration_since(Instant::now());
            // Wake up now and then to notice a Ctrl-C.
            match self
                .incoming
                .recv_timeout(left.min(Duration::from_millis(50)))
            {
                Ok(Incoming::Message(v)) => return Ok(Some(v)),
                Ok(Incoming::Closed(why)) => {
                    self.closed = Some(why.clone());
                    return Err(WaitError::Closed(why));
                }
                Err(RecvTimeoutError::Timeout) => {
                    if Instant::now() >= deadline {
                        return Ok(None);
                    }
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let why = "the DevTools reader stopped".to_string();
                    self.closed = Some(why.clone());
                    return Err(WaitError::Closed(why));
                }
            }
        }
    }

    fn as_event(msg: Value) -> Option<Event> {
        let method = msg.get("method")?.as_str()?.to_string();
        Some(Event {
            method,
            session: msg
                .get("sessionId")
                .and_then(Value::as_str)
                .map(str::to_string),
            params: msg.get("params").cloned().unwrap_or(Value::Null),
        })
    }

    /// Sends a command and waits for its result, keeping the events that
    /// arrive meanwhile for `next_event`.
    pub fn call(
        &mut self,
        method: &str,
        params: Value,
        session: Option<&str>,
        deadline: Instant,
    ) -> Result<Value, WaitError> {
        let id = self.send(method, params, session)?;
        loop {
            let Some(msg) = self.receive(deadline)? else {
                return Err(WaitError::Timeout);
            };
            if msg.get("id").and_then(Value::as_u64) == Some(id) {
                if let Some(err) = msg.get("error") {
                    let text = err
                        .get("message")
                        .and_then(Value::as_str)
                        .unwrap_or("unknown error");
                    return Err(WaitError::Protocol(format!("{method} failed: {text}")));
                }
                return Ok(msg.get("result").cloned().unwrap_or(Value::Null));
            }
            if let Some(ev) = Self::as_event(msg) {
                self.events.push_back(ev);
            }
        }
    }

    /// The next event, or `None` when the deadline passes first.
    pub fn next_event(&mut self, deadline: Instant) -> Result<Option<Event>, WaitError> {
        if let Some(ev) = self.events.pop_front() {
            return Ok(Some(ev));
        }
        loop {
            let Some(msg) = self.receive(deadline)? else {
                return Ok(None);
            };
            // Responses to commands sent without waiting are of no interest.
            if let Some(ev) = Self::as_event(msg) {
                return Ok(Some(ev));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_messages_and_matches_responses() {
        let (to_r, to_w) = std::io::pipe().expect("pipe");
        let (from_r, mut from_w) = std::io::pipe().expect("pipe");
        let mut cdp = Cdp::new(to_w, from_r).expect("cdp");
        from_w
            .write_all(
                b"{\"method\":\"A.b\",\"params\":{\"x\":1}}\0{\"id\":1,\"result\":{\"ok\":true}}\0",
            )
            .expect("write");
        let deadline = Instant::now() + Duration::from_secs(5);
        let r = cdp
            .call("X.y", json!({}), Some("s1"), deadline)
            .expect("call");
        assert_eq!(r, json!({"ok": true}));
        let ev = cdp.next_event(deadline).expect("event").expect("some");
        assert_eq!(ev.method, "A.b");
        assert_eq!(ev.params, json!({"x": 1}));

        let mut sent = Vec::new();
        let mut reader = BufReader::new(to_r);
        reader.read_until(0, &mut sent).expect("read");
        let v: Value = serde_json::from_slice(&sent[..sent.len() - 1]).expect("json");
        assert_eq!(v["method"], "X.y");
        assert_eq!(v["sessionId"], "s1");

        let soon = Instant::now() + Duration::from_millis(20);
        assert!(cdp.next_event(soon).expect("no error").is_none());
        drop(from_w);
        assert!(matches!(
            cdp.next_event(deadline),
            Err(WaitError::Closed(_))
        ));
    }
}
