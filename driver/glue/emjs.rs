//! Inline JS from C (`<emscripten.h>`): `EM_JS` functions arrive in the
//! custom section `wasmcc_js` of the linked module, and `EM_ASM` blocks as
//! strings in its data after a marker. After the link the driver takes them
//! out, strips the section, and writes JS for what the module still uses.

use crate::err;
use crate::error::Result;

const SECTION: &str = "wasmcc_js";
/// What `EM_ASM` puts before the text of its code in the data.
const ASM_MARKER: &[u8] = b"\x01wasmcc_asm\x01";

/// An `EM_JS` function: `EM_JS(int, name, (int a, char *b), { body })`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmJs {
    pub name: String,
    /// The C parameter list with its parentheses.
    pub params: String,
    /// The body with its braces.
    pub body: String,
    /// `EM_ASYNC_JS`: the body may await, and the C caller sleeps (Asyncify).
    pub is_async: bool,
}

/// The inline JS of a linked module.
#[derive(Debug, Default)]
pub struct InlineJs {
    pub em_js: Vec<EmJs>,
    /// The code of each distinct `EM_ASM` block, in the order found.
    pub em_asm: Vec<String>,
}

/// Reads the inline JS of the module, and removes its section from `bytes`.
pub fn take(bytes: &mut Vec<u8>) -> Result<InlineJs> {
    let bad = |e: String| err!("the linked module is not valid: {e}");
    let (stripped, section) = split_section(bytes).map_err(bad)?;
    let mut inline = InlineJs::default();
    for payload in section {
        inline.parse_records(&payload).map_err(bad)?;
    }
    inline.em_asm = asm_blocks(&stripped).map_err(bad)?;
    *bytes = stripped;
    Ok(inline)
}

/// The names of the module's `EM_ASYNC_JS` functions (the section stays).
pub fn async_names(bytes: &[u8]) -> Result<Vec<String>> {
    let bad = |e: String| err!("the linked module is not valid: {e}");
    let (_, section) = split_section(bytes).map_err(bad)?;
    let mut inline = InlineJs::default();
    for payload in section {
        inline.parse_records(&payload).map_err(bad)?;
    }
    Ok(inline
        .em_js
        .into_iter()
        .filter(|j| j.is_async)
        .map(|j| j.name)
        .collect())
}

/// The module without the `wasmcc_js` custom sections, and their contents.
fn split_section(bytes: &[u8]) -> std::result::Result<(Vec<u8>, Vec<Vec<u8>>), String> {
    let sections = crate::wasmbytes::sections(bytes)?;
    let mut out = bytes[..8].to_vec();
    let mut found = Vec::new();
    for section in sections {
        let content = section.content.clone();
        if section.id == 0 {
            let mut p = content.start;
            let name_len = crate::wasmbytes::read_uleb(bytes, &mut p)?;
            let name = bytes.get(p..p + name_len).ok_or("truncated section name")?;
            if name == SECTION.as_bytes() {
                found.push(bytes[p + name_len..content.end].to_vec());
                continue;
            }
        }
        out.extend_from_slice(&bytes[section.start..content.end]);
    }
    Ok((out, found))
}

impl InlineJs {
    /// Records are NUL-terminated strings: "J" name, parameters, body. The
    /// linker may pad between objects' parts, so empty strings are skipped.
    fn parse_records(&mut self, data: &[u8]) -> std::result::Result<(), String> {
        let mut strings = data
            .split(|&b| b == 0)
            .filter(|s| !s.is_empty())
            .map(|s| String::from_utf8_lossy(s).into_owned());
        while let Some(head) = strings.next() {
            let (name, is_async) = match (head.strip_prefix('J'), head.strip_prefix('A')) {
                (Some(name), _) => (name, false),
                (None, Some(name)) => (name, true),
                (None, None) => return Err(format!("unknown inline JS record '{head}'")),
            };
            let (Some(params), Some(body)) = (strings.next(), strings.next()) else {
                return Err(format!("EM_JS record of '{name}' is truncated"));
            };
            let js = EmJs {
                name: name.to_string(),
                params,
                body,
                is_async,
            };
            match self.em_js.iter().find(|j| j.name == js.name) {
                // The same EM_JS from a header included in several sources.
                Some(same) if *same == js => {}
                Some(_) => {
                    return Err(format!(
                        "EM_JS function '{name}' is defined twice with different bodies"
                    ))
                }
                None => self.em_js.push(js),
            }
        }
        Ok(())
    }
}

/// The code of every `EM_ASM` block in the module's data.
fn asm_blocks(module: &[u8]) -> std::result::Result<Vec<String>, String> {
    let mut blocks: Vec<String> = Vec::new();
    for payload in wasmparser::Parser::new(0).parse_all(module) {
        let wasmparser::Payload::DataSection(reader) = payload.map_err(|e| e.to_string())? else {
            continue;
        };
        for data in reader {
            let data = data.map_err(|e| e.to_string())?.data;
            let mut rest = data;
            while let Some(at) = find(rest, ASM_MARKER) {
                let text = &rest[at + ASM_MARKER.len()..];
                let end = text.iter().position(|&b| b == 0).unwrap_or(text.len());
                let code = String::from_utf8_lossy(&text[..end]).into_owned();
                if !blocks.contains(&code) {
                    blocks.push(code);
                }
                rest = &text[end..];
            }
        }
    }
    Ok(blocks)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// The hash the JS side computes over a block's text to find its function
/// (32-bit FNV-1a, as `emAsm` in js-templates/lib/interop.js).
pub fn asm_hash(code: &str) -> u32 {
    code.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    })
}

/// The JS parameter names of a C parameter list: the last identifier of
/// each parameter (`(const char *s, int n[])` gives `s, n`).
pub fn param_names(params: &str) -> Vec<String> {
    let inner = params.trim().trim_start_matches('(').trim_end_matches(')');
    if inner.trim() == "void" {
        return Vec::new();
    }
    inner
        .split(',')
        .filter_map(|p| {
            let p = p.split('[').next().unwrap_or(p);
            identifiers(p).last().map(|s| s.to_string())
        })
        .collect()
}

/// The identifiers in a piece of JS or C, in order (strings and comments
/// are not skipped: this is for finding names that may be used).
pub fn identifiers(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let ident = c.is_ascii_alphanumeric() || c == '_' || c == '$';
        match (start, ident) {
            (None, true) if !c.is_ascii_digit() => start = Some(i),
            (Some(s), false) => {
                out.push(&text[s..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// The highest `$N` an EM_ASM block uses, plus one.
pub fn asm_arity(code: &str) -> usize {
    identifiers(code)
        .iter()
        .filter_map(|id| id.strip_prefix('$')?.parse::<usize>().ok())
        .map(|n| n + 1)
        .max()
        .unwrap_or(0)
}

/// A body in braces: EM_ASM code may be given without them.
pub fn braced(code: &str) -> String {
    let t = code.trim();
    if t.starts_with('{') && t.ends_with('}') {
        t.to_string()
    } else {
        format!("{{ {t} }}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_parse_and_duplicates_merge() {
        let mut js = InlineJs::default();
        let rec = b"Jf\0(int a, const char *s)\0{ return a; }\0\0Jg\0(void)\0{ }\0";
        js.parse_records(rec).unwrap();
        js.parse_records(b"Jf\0(int a, const char *s)\0{ return a; }\0")
            .unwrap();
        assert_eq!(js.em_js.len(), 2);
        assert!(js.parse_records(b"Jf\0(int a)\0{ }\0").is_err());
        assert_eq!(param_names(&js.em_js[0].params), ["a", "s"]);
        assert!(param_names("(void)").is_empty());
        assert!(param_names("()").is_empty());
    }

    #[test]
    fn asm_helpers() {
        assert_eq!(asm_arity("{ return $0 + $10; }"), 11);
        assert_eq!(asm_hash(""), 0x811c_9dc5);
        assert_eq!(braced("console.log(1)"), "{ console.log(1) }");
    }
}
