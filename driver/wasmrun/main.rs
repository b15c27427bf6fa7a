//! `wasmrun PAGE.html [-- ARGS...]`: serves a page's folder over HTTP, opens
//! the page in headless Chromium and relays what the program reports through
//! `globalThis.wasmccTap` (stdout, stderr, exit status) to this process, so a
//! page behaves like a command in a shell and in tests.

mod browser;
mod cdp;
mod interrupt;
mod keys;
mod page;
mod sensors;
mod server;
#[path = "../url.rs"]
mod url;

use std::path::PathBuf;
use std::time::Duration;

/// A failure that ends the run: the message printed (if any) and the exit status.
#[derive(Debug)]
pub struct Fail {
    pub status: i32,
    pub message: String,
}

impl Fail {
    /// Bad command line or missing input: status 2, as for other tools.
    pub fn usage(message: impl Into<String>) -> Self {
        Fail {
            status: 2,
            message: message.into(),
        }
    }

    /// The run went wrong (browser, page or output): status 1.
    pub fn run(message: impl Into<String>) -> Self {
        Fail {
            status: 1,
            message: message.into(),
        }
    }
}

/// A key press scheduled `at` after the page's load event.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyAt {
    pub key: String,
    pub at: Duration,
}

/// Everything the command line decides.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    pub page: PathBuf,
    pub args: Vec<String>,
    pub timeout: Duration,
    pub port: u16,
    pub window: (u32, u32),
    pub browser: Option<PathBuf>,
    pub eval_after_exit: Option<String>,
    /// `--eval-before-load JS`: run in each document before its own scripts.
    pub eval_before_load: Option<String>,
    pub screenshot: Option<PathBuf>,
    pub screenshot_after: Option<Duration>,
    pub exit_after: Option<Duration>,
    pub keys: Vec<KeyAt>,
    /// `--resize WxH@MS`: the page's viewport changes to W x H at MS.
    pub resizes: Vec<(Duration, (u32, u32))>,
    /// `--orientation` and `--sensor`: device readings at their times.
    pub readings: Vec<sensors::ReadingAt>,
    pub console: bool,
    pub verbose: bool,
    /// Open the page as a file:// URL instead of serving its folder.
    pub file_url: bool,
    /// `--stdin FILE`: the program's stdin (typed into a page's terminal).
    pub stdin: Option<Vec<u8>>,
    /// `--reload-after-exit`, once per time given: how many times the page
    /// is reloaded in the same browser after its program exits with 0.
    pub reloads: u32,
}

const DEFAULT_TIMEOUT_SECS: u64 = 60;

const HELP: &str = "\
Usage: wasmrun [OPTIONS] PAGE.html [--] [ARGS...]

Serves the folder of PAGE.html on 127.0.0.1, opens the page in headless
Chromium and relays what the program reports: its stdout and stderr lines go
to this process's stdout and stderr, and its exit status becomes ours.
Everything after PAGE.html is passed to the program as Module.arguments.

Only the browser can read the folder: its URLs start with a random token
(-v prints the page's URL) and must name 127.0.0.1 or localhost with the
port; only files inside the folder are served (symlinks that lead out of it
are refused), so the page must refer to its files by relative URLs.
Chromium keeps its sandbox unless wasmrun runs as root.

Options (before PAGE.html):
  --browser-timeout SECONDS  give up when the page has not exited after this
                             long (default 60); status 124
  --port N                   serve on this port (default: a free one)
  --window-size WxH          size of the browser window (default 800x600)
  --browser PATH             the Chromium to run (default: $WASMRUN_BROWSER,
                             then /usr/bin/chromium, then chromium on PATH)
  --eval-after-exit JS       after the exit, evaluate JS in the page and print
                             its JSON value on one line as `eval: VALUE`
  --eval-before-load JS      evaluate JS in the page before its own scripts
                             (on each load), to observe or stand in for
                             what the page will use
  --screenshot FILE.png      save a screenshot of the page after the exit
  --screenshot-after MS      take the screenshot MS ms after the page's load
                             event, even if the program has not exited
  --exit-after MS            end the run with status 0 MS ms after the page's
                             load event (for pages with a main loop)
  --send-key KEYS@MS         press KEYS MS ms after the page's load event: a
                             key (a character, or Enter, Space, Escape, Tab,
                             Backspace, ArrowLeft, ..., F1-F12), with Ctrl+,
                             Alt+ or Shift+ before it (Ctrl+C), or several
                             separated by spaces, pressed in turn
                             ('h i Enter'); repeatable
  --stdin FILE               the program's stdin: typed into a page's
                             terminal, then end of input (Module.stdin reads
                             it in a page without one)
  --resize WxH@MS            resize the page's viewport to W x H pixels MS ms
                             after the page's load event; repeatable
  --orientation A,B,G@MS     the device's orientation becomes alpha A, beta B,
                             gamma G degrees MS ms after the page's load
                             event (deviceorientation events); repeatable
  --sensor NAME=X,Y,Z@MS     the motion sensor NAME reads X,Y,Z MS ms after
                             the page's load event (devicemotion events):
                             accelerometer (accelerationIncludingGravity,
                             m/s²), linear-acceleration (acceleration, m/s²)
                             or gyroscope (rotationRate, read in rad/s and
                             given in deg/s); sensors never named are
                             missing; repeatable
  --reload-after-exit        when the program exits with status 0, reload
                             the page in the same browser (same profile,
                             origin and storage: IndexedDB, localStorage)
                             and run it again; the status is the last
                             run's; once per reload
  --console                  also relay the page's console messages to stderr
  --file-url                 open the page from disk (file://) instead of
                             serving its folder, as a double-click would
  -v, --verbose              log HTTP requests and the browser's own output
  -h, --help                 show this help
  --version                  show the version

Exit status: the program's status; 1 when the page fails (uncaught exception,
load error, browser crash); 2 for a bad command line or a missing page or
browser; 124 on timeout.
";

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Command {
    Run(Box<Options>),
    Help,
    Version,
}

pub(crate) fn parse_ms(flag: &str, value: &str) -> Result<Duration, Fail> {
    value
        .parse::<u64>()
        .map(Duration::from_millis)
        .map_err(|_| {
            Fail::usage(format!(
                "{flag} needs a whole number of milliseconds, not '{value}'"
            ))
        })
}

fn parse_window(flag: &str, value: &str) -> Result<(u32, u32), Fail> {
    let bad = || {
        Fail::usage(format!(
            "{flag} needs WIDTHxHEIGHT, like 800x600, not '{value}'"
        ))
    };
    let (w, h) = value.split_once(['x', 'X', ',']).ok_or_else(bad)?;
    let w: u32 = w.trim().parse().map_err(|_| bad())?;
    let h: u32 = h.trim().parse().map_err(|_| bad())?;
    if w == 0 || h == 0 || w > 16384 || h > 16384 {
        return Err(bad());
    }
    Ok((w, h))
}

fn parse_resize(value: &str) -> Result<(Duration, (u32, u32)), Fail> {
    let (size, ms) = value.rsplit_once('@').ok_or_else(|| {
        Fail::usage(format!(
            "--resize needs WIDTHxHEIGHT@MS, like 640x480@500, not '{value}'"
        ))
    })?;
    Ok((parse_ms("--resize", ms)?, parse_window("--resize", size)?))
}

fn parse_key(value: &str) -> Result<KeyAt, Fail> {
    let (key, ms) = value.rsplit_once('@').ok_or_else(|| {
        Fail::usage(format!(
            "--send-key needs KEY@MS, like Enter@500, not '{value}'"
        ))
    })?;
    if keys::sequence(key).is_none() {
        return Err(Fail::usage(format!(
            "--send-key: unknown key in '{key}' (use a single character or a name such as Enter, Space, ArrowUp, F1, with Ctrl+, Alt+ or Shift+ before it)"
        )));
    }
    Ok(KeyAt {
        key: key.to_string(),
        at: parse_ms("--send-key", ms)?,
    })
}

/// Parses the arguments after the program name.
pub fn parse_args(args: &[String]) -> Result<Command, Fail> {
    let mut timeout = Duration::from_secs(DEFAULT_TIMEOUT_SECS);
    let mut port = 0u16;
    let mut window = (800, 600);
    let mut browser = None;
    let mut eval_after_exit = None;
    let mut eval_before_load = None;
    let mut screenshot = None;
    let mut screenshot_after = None;
    let mut exit_after = None;
    let mut keys = Vec::new();
    let mut resizes = Vec::new();
    let mut readings = Vec::new();
    let mut console = false;
    let mut reloads = 0u32;
    let mut verbose = false;
    let mut file_url = false;
    let mut stdin = None;

    let mut i = 0;
    let mut page = None;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            break;
        }
        if !arg.starts_with('-') || arg == "-" {
            page = Some(arg.clone());
            break;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        match flag {
            "-h" | "--help" => return Ok(Command::Help),
            "--version" => return Ok(Command::Version),
            "--console" => console = true,
            "--reload-after-exit" => reloads = reloads.saturating_add(1),
            "--file-url" => file_url = true,
            "-v" | "--verbose" => verbose = true,
            "--browser-timeout" | "--port" | "--window-size" | "--browser"
            | "--eval-after-exit" | "--eval-before-load" | "--screenshot"
            | "--screenshot-after" | "--exit-after" | "--send-key" | "--resize"
            | "--orientation" | "--sensor" | "--stdin" => {
                let value = match inline {
                    Some(v) => v,
                    None => {
                        let v = args
                            .get(i)
                            .ok_or_else(|| Fail::usage(format!("{flag} needs a value")))?;
                        i += 1;
                        v.clone()
                    }
                };
                match flag {
                    "--browser-timeout" => {
                        let secs: f64 = value.parse().ok().filter(|s: &f64| s.is_finite() && *s > 0.0).ok_or_else(|| {
                            Fail::usage(format!("--browser-timeout needs a positive number of seconds, not '{value}'"))
                        })?;
                        timeout = Duration::from_secs_f64(secs);
                    }
                    "--port" => {
                        port = value.parse().map_err(|_| {
                            Fail::usage(format!("--port needs a port number, not '{value}'"))
                        })?
                    }
                    "--window-size" => window = parse_window(flag, &value)?,
                    "--resize" => resizes.push(parse_resize(&value)?),
                    "--orientation" => readings.push(sensors::parse_orientation(&value)?),
                    "--sensor" => readings.push(sensors::parse_sensor(&value)?),
                    "--browser" => browser = Some(PathBuf::from(value)),
                    "--eval-after-exit" => eval_after_exit = Some(value),
                    "--eval-before-load" => eval_before_load = Some(value),
                    "--screenshot" => screenshot = Some(PathBuf::from(value)),
                    "--screenshot-after" => screenshot_after = Some(parse_ms(flag, &value)?),
                    "--exit-after" => exit_after = Some(parse_ms(flag, &value)?),
                    "--stdin" => {
                        stdin = Some(std::fs::read(&value).map_err(|e| {
                            Fail::usage(format!("--stdin: cannot read '{value}': {e}"))
                        })?)
                    }
                    _ => keys.push(parse_key(&value)?),
                }
            }
            _ => {
                return Err(Fail::usage(format!(
                "unknown option '{arg}' (see wasmrun --help; program arguments go after the page)"
            )))
            }
        }
    }
    let page = match page {
        Some(p) => p,
        None => {
            let p = args.get(i).ok_or_else(|| {
                Fail::usage("no page given: usage: wasmrun [OPTIONS] PAGE.html [-- ARGS...]")
            })?;
            i += 1;
            p.clone()
        }
    };
    if args.get(i).map(String::as_str) == Some("--") {
        i += 1;
    }
    let program_args = args[i..].to_vec();
    if screenshot_after.is_some() && screenshot.is_none() {
        return Err(Fail::usage(
            "--screenshot-after needs --screenshot FILE.png",
        ));
    }
    Ok(Command::Run(Box::new(Options {
        page: PathBuf::from(page),
        args: program_args,
        timeout,
        port,
        window,
        browser,
        eval_after_exit,
        eval_before_load,
        screenshot,
        screenshot_after,
        exit_after,
        keys,
        resizes,
        readings,
        console,
        reloads,
        verbose,
        file_url,
        stdin,
    })))
}

fn run(args: &[String]) -> Result<i32, Fail> {
    match parse_args(args)? {
        Command::Help => {
            print!("{HELP}");
            Ok(0)
        }
        Command::Version => {
            println!("wasmrun {}", env!("CARGO_PKG_VERSION"));
            Ok(0)
        }
        Command::Run(opts) => {
            interrupt::install();
            page::run(&opts)
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let status = match run(&args) {
        Ok(status) => status,
        Err(fail) => {
            if !fail.message.is_empty() {
                eprintln!("wasmrun: {}", fail.message);
            }
            fail.status
        }
    };
    std::process::exit(status);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Command, Fail> {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        parse_args(&args)
    }

    fn opts(args: &[&str]) -> Options {
        match parse(args) {
            Ok(Command::Run(o)) => *o,
            other => panic!("expected a run for {args:?}, got {other:?}"),
        }
    }

    #[test]
    fn page_and_program_arguments() {
        let o = opts(&["--browser-timeout", "2", "p.html", "--", "a", "--b"]);
        assert_eq!(o.page, PathBuf::from("p.html"));
        assert_eq!(o.args, vec!["a", "--b"]);
        assert_eq!(o.timeout, Duration::from_secs(2));
        let o = opts(&["p.html", "x", "--port", "3"]);
        assert_eq!(o.args, vec!["x", "--port", "3"]);
        assert_eq!(o.timeout, Duration::from_secs(DEFAULT_TIMEOUT_SECS));
        let o = opts(&["--", "-odd.html"]);
        assert_eq!(o.page, PathBuf::from("-odd.html"));
    }

    #[test]
    fn eval_before_load_takes_its_script() {
        let o = opts(&["--eval-before-load", "window.x = 1", "p.html"]);
        assert_eq!(o.eval_before_load.as_deref(), Some("window.x = 1"));
    }

    #[test]
    fn reloads_count_the_flag() {
        assert_eq!(opts(&["p.html"]).reloads, 0);
        let o = opts(&["--reload-after-exit", "--reload-after-exit", "p.html"]);
        assert_eq!(o.reloads, 2);
    }

    #[test]
    fn option_values() {
        let o = opts(&[
            "--port=8123",
            "--window-size",
            "320x200",
            "--send-key",
            "Enter@500",
            "--send-key=a@0",
            "--screenshot",
            "s.png",
            "--screenshot-after",
            "100",
            "--exit-after",
            "200",
            "--eval-after-exit",
            "1+1",
            "--file-url",
            "--resize",
            "640x480@250",
            "p.html",
        ]);
        assert_eq!(o.port, 8123);
        assert_eq!(o.window, (320, 200));
        assert_eq!(o.keys.len(), 2);
        assert_eq!(o.keys[0].at, Duration::from_millis(500));
        assert_eq!(o.screenshot_after, Some(Duration::from_millis(100)));
        assert_eq!(o.exit_after, Some(Duration::from_millis(200)));
        assert_eq!(o.eval_after_exit.as_deref(), Some("1+1"));
        assert!(o.file_url);
        assert_eq!(o.resizes, vec![(Duration::from_millis(250), (640, 480))]);
        let o = opts(&[
            "--orientation",
            "1,2,3@10",
            "--sensor=gyroscope=0,0,1@20",
            "p.html",
        ]);
        assert_eq!(o.readings.len(), 2);
        assert_eq!(o.readings[1].at, Duration::from_millis(20));
        assert!(!opts(&["p.html"]).file_url);
    }

    #[test]
    fn usage_errors() {
        for bad in [
            vec!["--frobnicate", "p.html"],
            vec![],
            vec!["--port"],
            vec!["--port", "x", "p.html"],
            vec!["--browser-timeout", "0", "p.html"],
            vec!["--send-key", "NoSuchKey@5", "p.html"],
            vec!["--send-key", "a", "p.html"],
            vec!["--window-size", "big", "p.html"],
            vec!["--resize", "640x480", "p.html"],
            vec!["--resize", "0x480@5", "p.html"],
            vec!["--screenshot-after", "5", "p.html"],
            vec!["--orientation", "1,2@5", "p.html"],
            vec!["--sensor", "magnetometer=1,2,3@5", "p.html"],
        ] {
            match parse(&bad) {
                Err(f) => assert_eq!(f.status, 2, "{bad:?}"),
                Ok(c) => panic!("{bad:?} parsed as {c:?}"),
            }
        }
        assert_eq!(parse(&["-h"]).ok(), Some(Command::Help));
        assert_eq!(parse(&["--version"]).ok(), Some(Command::Version));
    }
}
