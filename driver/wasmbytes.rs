//! The few pieces of the wasm binary format that the post-link steps edit
//! by hand: LEB128 numbers and the list of sections.

use std::ops::Range;

/// Reads an unsigned LEB128 number at `pos` and moves past it.
pub fn read_uleb(bytes: &[u8], pos: &mut usize) -> Result<usize, String> {
    let mut value = 0usize;
    for shift in (0..35).step_by(7) {
        let b = *bytes.get(*pos).ok_or("truncated")?;
        *pos += 1;
        value |= ((b & 0x7f) as usize) << shift;
        if b & 0x80 == 0 {
            return Ok(value);
        }
    }
    Err("bad LEB128 number".into())
}

/// Appends `v` as an unsigned LEB128 number.
pub fn write_uleb(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// One section of a module: its id, where it starts (the id byte) and its content.
pub struct Section {
    pub id: u8,
    pub start: usize,
    pub content: Range<usize>,
}

/// The sections of a module, in order.
pub fn sections(bytes: &[u8]) -> Result<Vec<Section>, String> {
    if bytes.len() < 8 || &bytes[..4] != b"\0asm" {
        return Err("no wasm header".into());
    }
    let mut found = Vec::new();
    let mut pos = 8;
    while pos < bytes.len() {
        let start = pos;
        let id = bytes[pos];
        pos += 1;
        let size = read_uleb(bytes, &mut pos)?;
        let end = pos.checked_add(size).filter(|&e| e <= bytes.len());
        let end = end.ok_or("a section runs past the end")?;
        found.push(Section {
            id,
            start,
            content: pos..end,
        });
        pos = end;
    }
    Ok(found)
}

/// Reads a name (its length as LEB128, then UTF-8) at `pos` and moves past it.
pub fn read_name<'b>(bytes: &'b [u8], pos: &mut usize) -> Result<&'b str, String> {
    let len = read_uleb(bytes, pos)?;
    let end = pos.checked_add(len).filter(|&e| e <= bytes.len());
    let text = &bytes[*pos..end.ok_or("a name runs past the end")?];
    *pos += len;
    std::str::from_utf8(text).map_err(|_| "a name is not UTF-8".to_string())
}

/// Appends a name: its length as LEB128, then its UTF-8 bytes.
pub fn write_name(out: &mut Vec<u8>, name: &str) {
    write_uleb(out, name.len() as u64);
    out.extend_from_slice(name.as_bytes());
}

/// A section with `content`, header included.
pub fn section_bytes(id: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![id];
    write_uleb(&mut out, content.len() as u64);
    out.extend_from_slice(content);
    out
}
