//! The `.html` output: the page that loads the program's script, made from
//! our shell (`js-templates/shell.html.hbs`) or from the user's
//! `--shell-file`, and the base64 text that `-sSINGLE_FILE` inlines.

use crate::err;
use crate::error::{IoContext, Result};
use crate::glue::embedded_text;
use std::path::{Path, PathBuf};

/// Where a user's shell wants the script tag, as in Emscripten's shells.
pub const PLACEHOLDER: &str = "{{{ SCRIPT }}}";

const DEFAULT_SHELL: &str = "js-templates/shell.html.hbs";

/// The page around the script.
pub enum Shell {
    /// Ours, a handlebars template.
    Default,
    /// The text of a `--shell-file`, checked to hold the placeholder.
    User { path: PathBuf, text: String },
}

impl Shell {
    /// Reads and checks a `--shell-file`, so that a bad one fails the build
    /// before anything is compiled.
    pub fn load(path: Option<&Path>) -> Result<Shell> {
        let Some(path) = path else {
            return Ok(Shell::Default);
        };
        let text = std::fs::read_to_string(path).at("read the shell file", path)?;
        if !text.contains(PLACEHOLDER) {
            return Err(err!(
                "{}: the shell file has no {PLACEHOLDER} placeholder; put it where the program's <script> tag belongs",
                path.display()
            ));
        }
        Ok(Shell::User {
            path: path.to_path_buf(),
            text,
        })
    }
}

/// How the page gets the program's JS.
pub enum Script<'a> {
    /// Files beside the page, by their names: the script and the module it loads.
    Files { js: &'a str, wasm: &'a str },
    /// The JS itself (`-sSINGLE_FILE`).
    Inline(&'a str),
}

/// How the script starts the program.
#[derive(Clone, Copy)]
pub enum Launch<'a> {
    /// A classic script runs it as it loads.
    Script,
    /// `-sMODULARIZE`: the page calls the factory of this name.
    Factory(&'a str),
    /// `-sEXPORT_ES6`: the page imports the module and calls its default export.
    EsModule(&'a str),
}

/// What the page passes to a factory: the Module object a shell made, if
/// any. Read from `globalThis`, as the script's own declarations may shadow it.
const SHELL_MODULE: &str =
    "typeof globalThis.Module == 'object' && globalThis.Module ? globalThis.Module : {}";

/// The page's HTML. `title` names the page in our shell.
pub fn render(shell: &Shell, title: &str, script: Script, launch: Launch) -> Result<String> {
    let (tag, preload) = match script {
        Script::Files { js, wasm } => (
            files_tag(&crate::url::escape_segment(js), launch),
            Some(crate::url::escape_segment(wasm)),
        ),
        Script::Inline(js) => (inline_tag(&escape_inline_script(js), launch), None),
    };
    match shell {
        Shell::Default => {
            let mut hb = handlebars::Handlebars::new();
            hb.set_strict_mode(true);
            let data = serde_json::json!({ "title": title, "script": tag, "preload": preload });
            hb.render_template(embedded_text(DEFAULT_SHELL)?, &data)
                .map(|page| page.trim_start().to_string())
                .map_err(|e| err!("rendering {DEFAULT_SHELL}: {e} (a broken wasmcc build)"))
        }
        Shell::User { path, text } => {
            let count = text.matches(PLACEHOLDER).count();
            if count > 1 {
                return Err(err!(
                    "{}: the shell file has {count} {PLACEHOLDER} placeholders; the script can go in only one place",
                    path.display()
                ));
            }
            Ok(text.replacen(PLACEHOLDER, &tag, 1))
        }
    }
}

fn files_tag(src: &str, launch: Launch) -> String {
    match launch {
        // Async: the page's own content does not wait for the program's script.
        Launch::Script => format!("<script async src=\"{src}\"></script>"),
        // The shell's Module is taken before the script runs: with the default
        // EXPORT_NAME the factory's own declaration replaces it.
        Launch::Factory(name) => format!(
            "<script>\n((moduleArg) => {{\n  const script = document.createElement('script');\n  \
             script.src = '{src}';\n  script.onload = () => {name}(moduleArg);\n  \
             document.currentScript.after(script);\n}})({SHELL_MODULE});\n</script>"
        ),
        Launch::EsModule(_) => format!(
            "<script type=\"module\">\nimport start from './{src}';\nstart({SHELL_MODULE});\n</script>"
        ),
    }
}

fn inline_tag(js: &str, launch: Launch) -> String {
    match launch {
        Launch::Script => format!("<script>\n{js}\n</script>"),
        Launch::Factory(name) => format!(
            "<script>\n((moduleArg) => {{\n{js}\n{name}(moduleArg);\n}})({SHELL_MODULE});\n</script>"
        ),
        Launch::EsModule(name) => {
            format!("<script type=\"module\">\n{js}\n{name}({SHELL_MODULE});\n</script>")
        }
    }
}

/// JS placed inside `<script>`: the HTML parser would end the element at
/// the first `</script`, wherever it stands in the code. Written as `<\/script`
/// it means the same to JS inside strings, templates and regular expressions.
fn escape_inline_script(js: &str) -> String {
    const END: &[u8] = b"</script";
    let bytes = js.as_bytes();
    let mut out = String::with_capacity(js.len());
    let mut last = 0;
    let mut i = 0;
    while i + END.len() <= bytes.len() {
        if bytes[i..i + END.len()].eq_ignore_ascii_case(END) {
            out.push_str(&js[last..i + 1]);
            out.push('\\');
            last = i + 1;
            i += END.len();
        } else {
            i += 1;
        }
    }
    out.push_str(&js[last..]);
    out
}

/// Standard base64 with padding, as `atob` and `Buffer.from(s, 'base64')` read it.
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
        assert_eq!(base64(&[0, 0xff, 0xfe, 0x80]), "AP/+gA==");
    }

    #[test]
    fn inline_script_cannot_end_the_element() {
        assert_eq!(
            escape_inline_script("a('</script>'); b(\"</SCRIPT \")"),
            "a('<\\/script>'); b(\"<\\/SCRIPT \")"
        );
        assert_eq!(escape_inline_script("x < y"), "x < y");
    }

    #[test]
    fn shells() {
        let files = Script::Files {
            js: "my prog.js",
            wasm: "my prog.wasm",
        };
        let page = render(&Shell::Default, "a<b", files, Launch::Script).unwrap();
        assert!(page.starts_with("<!doctype html>"), "{page}");
        assert!(page.contains("<title>a&lt;b</title>"), "{page}");
        assert!(page.contains("<script async src=\"my%20prog.js\"></script>"));
        assert!(page.contains("<canvas id=\"canvas\""));
        assert!(page.contains("<link rel=\"preload\" href=\"my%20prog.wasm\""));

        let user = Shell::User {
            path: "s.html".into(),
            text: format!("<p>{{{{x}}}}</p>{PLACEHOLDER}"),
        };
        let page = render(&user, "t", Script::Inline("go()"), Launch::Script).unwrap();
        assert_eq!(page, "<p>{{x}}</p><script>\ngo()\n</script>");

        let twice = Shell::User {
            path: "s.html".into(),
            text: format!("{PLACEHOLDER}{PLACEHOLDER}"),
        };
        assert!(render(&twice, "t", Script::Inline(""), Launch::Script).is_err());
    }
}
