//! What a crash report needs from the module, derived at link time: the
//! line table of `-g` builds (a compact custom section the runtime reads
//! only when the program crashes), the source map of `-gsource-map`, and
//! `wasmcc --symbolize`, which turns code offsets from a report into
//! functions and lines.
//!
//! Offsets are module offsets, as V8 prints them in a stack trace
//! (`wasm-function[3]:0x1a2`); DWARF's addresses count from the start of the
//! code section's content, so the two differ by that start.

use crate::err;
use crate::error::{IoContext, Result};
use std::collections::HashMap;
use std::path::Path;

/// What the flags ask of reports besides `-g`.
#[derive(Clone, Debug, Default)]
pub struct Reports {
    /// `-gsource-map`: `prog.wasm.map` beside the module.
    pub source_map: bool,
    /// `--source-map-base`: the URL before the map's name in the module.
    pub source_map_base: String,
    /// `--profiling-funcs`: the whole name section stays.
    pub profiling_funcs: bool,
    /// `--profiling`: also the JS's comments.
    pub profiling: bool,
}

/// The custom section holding the line table.
pub const LINES_SECTION: &str = "wasmcc.lines";

/// The parts of a module the reports read.
struct Parts<'a> {
    /// The code section's content, as module offsets.
    code: std::ops::Range<usize>,
    /// Each defined function's body, as module offsets, with its index.
    bodies: Vec<(u32, std::ops::Range<usize>)>,
    /// Function names from the name section, by index.
    names: HashMap<u32, String>,
    /// The DWARF sections (`.debug_*` custom sections), by name.
    dwarf: HashMap<&'a str, &'a [u8]>,
}

fn parts(bytes: &[u8]) -> Result<Parts<'_>> {
    let bad = |e: wasmparser::BinaryReaderError| err!("not a valid module: {e}");
    let mut p = Parts {
        code: 0..0,
        bodies: Vec::new(),
        names: HashMap::new(),
        dwarf: HashMap::new(),
    };
    let mut imported = 0u32;
    let mut next = 0u32;
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload.map_err(bad)? {
            wasmparser::Payload::ImportSection(reader) => {
                for import in reader {
                    if matches!(import.map_err(bad)?.ty, wasmparser::TypeRef::Func(_)) {
                        imported += 1;
                    }
                }
                next = imported;
            }
            wasmparser::Payload::CodeSectionStart { range, .. } => p.code = range,
            wasmparser::Payload::CodeSectionEntry(body) => {
                p.bodies.push((next, body.range()));
                next += 1;
            }
            wasmparser::Payload::CustomSection(c) => {
                if c.name().starts_with(".debug_") {
                    p.dwarf.insert(c.name(), c.data());
                } else if let wasmparser::KnownCustom::Name(reader) = c.as_known() {
                    // A damaged name section only costs the names.
                    for sub in reader.flatten() {
                        if let wasmparser::Name::Function(map) = sub {
                            for naming in map.into_iter().flatten() {
                                p.names.insert(naming.index, naming.name.to_string());
                            }
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(p)
}

type Reader<'a> = gimli::EndianSlice<'a, gimli::LittleEndian>;

fn load_dwarf<'a>(p: &Parts<'a>) -> gimli::Dwarf<Reader<'a>> {
    let section = |id: gimli::SectionId| -> std::result::Result<Reader<'a>, gimli::Error> {
        let data = p.dwarf.get(id.name()).copied().unwrap_or(&[]);
        Ok(gimli::EndianSlice::new(data, gimli::LittleEndian))
    };
    // The loader never fails: a missing section reads as empty.
    gimli::Dwarf::load(section).unwrap_or_default()
}

/// One row of the line table: from `offset` on (a module offset), the code
/// is `files[file]:line:column`; line 0 ends a sequence (no location).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub offset: u32,
    pub file: u32,
    pub line: u32,
    pub column: u32,
}

/// The source files and rows of a module's DWARF line programs, sorted by
/// offset. Files are named as the compile named them: relative to the
/// folder of the compile when they were given so, else with their folder.
pub struct Lines {
    pub files: Vec<String>,
    pub rows: Vec<Row>,
}

/// The line table of a module, or `None` when it carries no DWARF lines.
pub fn lines(bytes: &[u8]) -> Result<Option<Lines>> {
    let p = parts(bytes)?;
    if !p.dwarf.contains_key(".debug_line") {
        return Ok(None);
    }
    let dwarf = load_dwarf(&p);
    let code_len = (p.code.end - p.code.start) as u64;
    let mut files: Vec<String> = Vec::new();
    let mut file_ids: HashMap<String, u32> = HashMap::new();
    let mut rows = Vec::new();
    let bad = |e: gimli::Error| err!("the module's DWARF cannot be read: {e}");
    let mut units = dwarf.units();
    while let Some(header) = units.next().map_err(bad)? {
        let unit = dwarf.unit(header).map_err(bad)?;
        let Some(program) = unit.line_program.clone() else {
            continue;
        };
        let mut state = program.rows();
        let mut sequence: Vec<Row> = Vec::new();
        while let Some((header, row)) = state.next_row().map_err(bad)? {
            let end = row.end_sequence();
            let file = if end {
                0
            } else {
                let name = file_name(&dwarf, &unit, header, row.file_index());
                *file_ids.entry(name.clone()).or_insert_with(|| {
                    files.push(name);
                    files.len() as u32 - 1
                })
            };
            sequence.push(Row {
                offset: row.address().min(u32::MAX as u64) as u32,
                file,
                line: if end {
                    0
                } else {
                    row.line().map_or(0, |l| l.get() as u32)
                },
                column: match row.column() {
                    gimli::ColumnType::LeftEdge => 0,
                    gimli::ColumnType::Column(c) => c.get() as u32,
                },
            });
            if end {
                // wasm-ld gives the code of functions it dropped the address
                // 0 or ~0 (the content starts with the count, never code).
                let first = sequence[0].offset as u64;
                if first != 0 && first < code_len {
                    rows.extend(sequence.iter().map(|r| Row {
                        offset: r.offset + p.code.start as u32,
                        ..*r
                    }));
                }
                sequence.clear();
            }
        }
    }
    // A sequence that starts where another ends wins the shared offset.
    rows.sort_by_key(|r| (r.offset, r.line != 0));
    let mut kept: Vec<Row> = Vec::with_capacity(rows.len());
    for row in rows {
        match kept.last_mut() {
            Some(last) if last.offset == row.offset => *last = row,
            Some(last)
                if (last.file, last.line, last.column) == (row.file, row.line, row.column) => {}
            _ => kept.push(row),
        }
    }
    Ok(Some(Lines { files, rows: kept }))
}

fn file_name(
    dwarf: &gimli::Dwarf<Reader>,
    unit: &gimli::Unit<Reader>,
    header: &gimli::LineProgramHeader<Reader>,
    index: u64,
) -> String {
    let text = |attr: gimli::AttributeValue<Reader>| -> Option<String> {
        let s = dwarf.attr_string(unit, attr).ok()?;
        Some(s.to_string_lossy().into_owned())
    };
    let Some(file) = header.file(index) else {
        return "?".into();
    };
    let name = text(file.path_name()).unwrap_or_else(|| "?".into());
    if name.starts_with('/') {
        return name;
    }
    // Folder 0 is the folder of the compile: the name is as the user gave it.
    // (DWARF 5 counts files from 0 as well, and file 0's folder is that one.)
    if file.directory_index() == 0 {
        return name;
    }
    match file.directory(header).and_then(text) {
        Some(dir) if !dir.is_empty() => format!("{}/{name}", dir.trim_end_matches('/')),
        _ => name,
    }
}

impl Lines {
    /// The table as the runtime reads it (`crashTrace` in
    /// js-templates/lib/crash.js): ULEB128 numbers, the file count and each
    /// file as its length and UTF-8, then the row count and each row as the
    /// offset's growth, the file, the line's change (zigzag) and the column.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = Vec::new();
        uleb(&mut out, self.files.len() as u64);
        for f in &self.files {
            uleb(&mut out, f.len() as u64);
            out.extend_from_slice(f.as_bytes());
        }
        uleb(&mut out, self.rows.len() as u64);
        let (mut offset, mut line) = (0u32, 0i64);
        for r in &self.rows {
            uleb(&mut out, (r.offset - offset) as u64);
            uleb(&mut out, r.file as u64);
            let change = r.line as i64 - line;
            uleb(&mut out, ((change << 1) ^ (change >> 63)) as u64);
            uleb(&mut out, r.column as u64);
            offset = r.offset;
            line = r.line as i64;
        }
        out
    }

    /// The row in force at a module offset, if it has a location (as
    /// `crashLookup` in js-templates/lib/crash.js finds it).
    #[cfg(test)]
    pub fn at(&self, offset: u32) -> Option<&Row> {
        let i = self.rows.partition_point(|r| r.offset <= offset);
        let row = self.rows.get(i.checked_sub(1)?)?;
        (row.line != 0).then_some(row)
    }

    /// A standard source map (version 3) whose columns are module offsets,
    /// as browsers read one for wasm: one line, a segment per row.
    pub fn source_map(&self, wasm_name: &str) -> String {
        let mut mappings = String::new();
        let (mut offset, mut file, mut line, mut column) = (0i64, 0i64, 0i64, 0i64);
        for r in &self.rows {
            if !mappings.is_empty() {
                mappings.push(',');
            }
            vlq(&mut mappings, r.offset as i64 - offset);
            offset = r.offset as i64;
            if r.line == 0 {
                // The end of a sequence: a segment with no source.
                continue;
            }
            let (l, c) = (r.line as i64 - 1, (r.column as i64 - 1).max(0));
            vlq(&mut mappings, r.file as i64 - file);
            vlq(&mut mappings, l - line);
            vlq(&mut mappings, c - column);
            (file, line, column) = (r.file as i64, l, c);
        }
        serde_json::json!({
            "version": 3,
            "file": wasm_name,
            "sources": self.files,
            "names": [],
            "mappings": mappings,
        })
        .to_string()
    }
}

use crate::wasmbytes::write_uleb as uleb;

/// Base64 VLQ, the number format of a source map's mappings.
fn vlq(out: &mut String, v: i64) {
    const DIGITS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut n = if v < 0 { ((-v) << 1) | 1 } else { v << 1 } as u64;
    loop {
        let mut digit = (n & 31) as usize;
        n >>= 5;
        if n != 0 {
            digit |= 32;
        }
        out.push(DIGITS[digit] as char);
        if n == 0 {
            return;
        }
    }
}

/// A custom section with `name` and `content`, appended to the module.
pub fn append_custom(bytes: &mut Vec<u8>, name: &str, content: &[u8]) {
    let mut body = Vec::new();
    uleb(&mut body, name.len() as u64);
    body.extend_from_slice(name.as_bytes());
    body.extend_from_slice(content);
    bytes.push(0);
    uleb(bytes, body.len() as u64);
    bytes.extend_from_slice(&body);
}

/// Adds the line table of a `-g` build, which the runtime reads only when
/// the program crashes. A module without DWARF lines is left as it is.
pub fn add_line_table(bytes: &mut Vec<u8>) -> Result<()> {
    if let Some(lines) = lines(bytes)? {
        let table = lines.encode();
        append_custom(bytes, LINES_SECTION, &table);
    }
    Ok(())
}

/// `-gsource-map`: the map's text, and the `sourceMappingURL` section
/// (`base` followed by the map's file name) appended to the module.
pub fn add_source_map(bytes: &mut Vec<u8>, wasm_name: &str, base: &str) -> Result<String> {
    let lines = lines(bytes)?.ok_or_else(|| {
        err!("-gsource-map: the module has no line information (was a source compiled with -g0?)")
    })?;
    let map = lines.source_map(wasm_name);
    let url = format!("{base}{wasm_name}.map");
    let mut content = Vec::new();
    uleb(&mut content, url.len() as u64);
    content.extend_from_slice(url.as_bytes());
    append_custom(bytes, "sourceMappingURL", &content);
    Ok(map)
}

/// `wasmcc --symbolize prog.wasm 0xOFFSET...`: each offset's function (and
/// the functions inlined there) and `file:line:column`, one offset a line.
pub fn symbolize(args: &[String]) -> Result<()> {
    let Some((wasm, offsets)) = args.split_first() else {
        return Err(err!(
            "--symbolize needs a module and offsets: wasmcc --symbolize prog.wasm 0x1a2 ..."
        ));
    };
    if offsets.is_empty() {
        return Err(err!(
            "--symbolize {wasm}: no offsets given (as a trace prints them, 0x1a2)"
        ));
    }
    let path = Path::new(wasm);
    let bytes = std::fs::read(path).at("read", path)?;
    let p = parts(&bytes).map_err(|e| err!("{wasm}: {e}"))?;
    let dwarf = load_dwarf(&p);
    let context = addr2line::Context::from_dwarf(dwarf)
        .map_err(|e| err!("{wasm}: the DWARF cannot be read: {e}"))?;
    let has_dwarf = p.dwarf.contains_key(".debug_info");
    for text in offsets {
        let digits = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X"));
        let offset = match digits {
            Some(hex) => u64::from_str_radix(hex, 16),
            None => text.parse(),
        }
        .map_err(|_| err!("--symbolize: '{text}' is not an offset (0x1a2 or 418)"))?;
        println!("{}", describe(&p, &context, has_dwarf, offset));
    }
    Ok(())
}

fn describe(
    p: &Parts,
    context: &addr2line::Context<Reader>,
    has_dwarf: bool,
    offset: u64,
) -> String {
    let off = offset as usize;
    let owner = p.bodies.iter().find(|(_, r)| r.contains(&off));
    let Some((index, _)) = owner else {
        return format!("0x{offset:x}: not in the code of this module");
    };
    let name = p
        .names
        .get(index)
        .cloned()
        .unwrap_or_else(|| format!("wasm-function[{index}]"));
    let mut out = format!("0x{offset:x}: ");
    if has_dwarf {
        let address = (off - p.code.start) as u64;
        let mut frames = Vec::new();
        if let Ok(mut iter) = context.find_frames(address).skip_all_loads() {
            while let Ok(Some(frame)) = iter.next() {
                let function = frame
                    .function
                    .as_ref()
                    .and_then(|f| f.raw_name().ok())
                    .map(|n| n.into_owned());
                let place = frame.location.map(|l| {
                    format!(
                        "{}:{}:{}",
                        l.file.unwrap_or("?"),
                        l.line.unwrap_or(0),
                        l.column.unwrap_or(0)
                    )
                });
                frames.push((function, place));
            }
        }
        if !frames.is_empty() {
            let shown: Vec<String> = frames
                .into_iter()
                .map(|(f, place)| {
                    let f = f.unwrap_or_else(|| name.clone());
                    match place {
                        Some(place) => format!("{f} at {place}"),
                        None => f,
                    }
                })
                .collect();
            // Innermost first: the others are the functions it was inlined into.
            out.push_str(&shown.join("\n    inlined into "));
            return out;
        }
    }
    out.push_str(&name);
    if !has_dwarf {
        out.push_str(" (no line information: build with -g)");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vlq_matches_the_source_map_spec() {
        // Values from the spec's examples: 0 → A, 1 → C, -1 → D, 16 → gB.
        let mut s = String::new();
        for v in [0, 1, -1, 16, 123] {
            vlq(&mut s, v);
            s.push(' ');
        }
        assert_eq!(s, "A C D gB 2H ");
    }

    #[test]
    fn lookup_takes_the_row_in_force() {
        let lines = Lines {
            files: vec!["a.c".into()],
            rows: vec![
                Row {
                    offset: 10,
                    file: 0,
                    line: 5,
                    column: 3,
                },
                Row {
                    offset: 20,
                    file: 0,
                    line: 6,
                    column: 1,
                },
                Row {
                    offset: 30,
                    file: 0,
                    line: 0,
                    column: 0,
                },
            ],
        };
        assert_eq!(lines.at(9), None);
        assert_eq!(lines.at(10).map(|r| r.line), Some(5));
        assert_eq!(lines.at(25).map(|r| r.line), Some(6));
        assert_eq!(lines.at(31), None);
        // The encoding: 1 file "a.c", 3 rows.
        let enc = lines.encode();
        assert_eq!(&enc[..6], &[1, 3, b'a', b'.', b'c', 3]);
        assert_eq!(&enc[6..10], &[10, 0, 10, 3]);
    }

    #[test]
    fn a_module_without_dwarf_has_no_table() {
        let bytes = wat::parse_str("(module (func))").unwrap();
        assert!(lines(&bytes).unwrap().is_none());
    }
}
