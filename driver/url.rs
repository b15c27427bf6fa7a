//! Percent-encoding of file names for URLs, shared by wasmcc (script tags
//! in pages) and wasmrun (the URL it opens).

/// A file name as one URL path segment: everything but unreserved
/// characters is percent-encoded, so spaces, quotes and `#` survive.
pub fn escape_segment(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn reserved_characters_are_encoded() {
        assert_eq!(super::escape_segment("a b%.html"), "a%20b%25.html");
        assert_eq!(super::escape_segment("x#y\"z~_-.js"), "x%23y%22z~_-.js");
    }
}
