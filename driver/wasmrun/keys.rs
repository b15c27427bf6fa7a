//! Key names for `--send-key` and the fields of `Input.dispatchKeyEvent`
//! that make the browser produce the same `keydown`/`keyup` (and, for keys
//! that type text, `keypress`) events as a real keyboard.

/// What the browser needs to know to press one key.
#[derive(Debug, Clone, PartialEq)]
pub struct KeySpec {
    /// `KeyboardEvent.key`.
    pub key: String,
    /// `KeyboardEvent.code`.
    pub code: String,
    /// `KeyboardEvent.keyCode`, which older input code (SDL, GLUT) reads.
    pub key_code: u32,
    /// The text the key types, if any.
    pub text: Option<String>,
    /// `Input.dispatchKeyEvent`'s modifiers: Alt 1, Ctrl 2, Meta 4, Shift 8.
    pub modifiers: u32,
}

/// Keys given as `--send-key` writes them: one key, a key with `Ctrl+`,
/// `Alt+` or `Shift+` before it, or several separated by spaces, pressed in
/// turn. `None` when one of them is unknown.
pub fn sequence(text: &str) -> Option<Vec<KeySpec>> {
    if text == " " {
        return describe(text).map(|k| vec![k]);
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() {
        return None;
    }
    words.iter().map(|w| with_modifiers(w)).collect()
}

/// A key with its modifiers: a Ctrl or Alt combination types no text, as
/// the browser's own keyboard gives none.
fn with_modifiers(word: &str) -> Option<KeySpec> {
    let mut rest = word;
    let mut modifiers = 0;
    while let Some((prefix, tail)) = rest.split_once('+').filter(|(_, t)| !t.is_empty()) {
        modifiers |= match prefix {
            "Alt" => 1,
            "Ctrl" | "Control" => 2,
            "Meta" => 4,
            "Shift" => 8,
            _ => return None,
        };
        rest = tail;
    }
    let mut key = describe(rest)?;
    if modifiers & 3 != 0 {
        key.text = None;
        // Ctrl+C is reported as the key "c".
        if key.key.chars().count() == 1 {
            key.key = key.key.to_lowercase();
        }
    }
    key.modifiers = modifiers;
    Some(key)
}

fn spec(key: &str, code: &str, key_code: u32, text: Option<&str>) -> KeySpec {
    KeySpec {
        key: key.to_string(),
        code: code.to_string(),
        key_code,
        text: text.map(str::to_string),
        modifiers: 0,
    }
}

/// Describes a key given as a single character or a `KeyboardEvent.key`
/// name; `None` for names we do not know.
pub fn describe(name: &str) -> Option<KeySpec> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return describe_char(c);
    }
    let named = match name {
        "Enter" | "Return" => spec("Enter", "Enter", 13, Some("\r")),
        "Tab" => spec("Tab", "Tab", 9, None),
        "Space" => spec(" ", "Space", 32, Some(" ")),
        "Escape" | "Esc" => spec("Escape", "Escape", 27, None),
        "Backspace" => spec("Backspace", "Backspace", 8, None),
        "Delete" => spec("Delete", "Delete", 46, None),
        "Insert" => spec("Insert", "Insert", 45, None),
        "Home" => spec("Home", "Home", 36, None),
        "End" => spec("End", "End", 35, None),
        "PageUp" => spec("PageUp", "PageUp", 33, None),
        "PageDown" => spec("PageDown", "PageDown", 34, None),
        "ArrowLeft" | "Left" => spec("ArrowLeft", "ArrowLeft", 37, None),
        "ArrowUp" | "Up" => spec("ArrowUp", "ArrowUp", 38, None),
        "ArrowRight" | "Right" => spec("ArrowRight", "ArrowRight", 39, None),
        "ArrowDown" | "Down" => spec("ArrowDown", "ArrowDown", 40, None),
        "Shift" => spec("Shift", "ShiftLeft", 16, None),
        "Control" | "Ctrl" => spec("Control", "ControlLeft", 17, None),
        "Alt" => spec("Alt", "AltLeft", 18, None),
        _ => {
            let n: u32 = name.strip_prefix('F')?.parse().ok()?;
            if !(1..=12).contains(&n) {
                return None;
            }
            spec(name, name, 111 + n, None)
        }
    };
    Some(named)
}

fn describe_char(c: char) -> Option<KeySpec> {
    let text = c.to_string();
    let (code, key_code) = match c {
        'a'..='z' | 'A'..='Z' => (
            format!("Key{}", c.to_ascii_uppercase()),
            c.to_ascii_uppercase() as u32,
        ),
        '0'..='9' => (format!("Digit{c}"), c as u32),
        ' ' => ("Space".to_string(), 32),
        '-' => ("Minus".to_string(), 189),
        '=' => ("Equal".to_string(), 187),
        ',' => ("Comma".to_string(), 188),
        '.' => ("Period".to_string(), 190),
        '/' => ("Slash".to_string(), 191),
        ';' => ("Semicolon".to_string(), 186),
        '\'' => ("Quote".to_string(), 222),
        '[' => ("BracketLeft".to_string(), 219),
        ']' => ("BracketRight".to_string(), 221),
        '\\' => ("Backslash".to_string(), 220),
        '`' => ("Backquote".to_string(), 192),
        c if !c.is_control() => (String::new(), 0),
        _ => return None,
    };
    Some(KeySpec {
        key: text.clone(),
        code,
        key_code,
        text: Some(text),
        modifiers: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_characters() {
        let a = describe("a").expect("a");
        assert_eq!(
            (a.code.as_str(), a.key_code, a.text.as_deref()),
            ("KeyA", 65, Some("a"))
        );
        let up = describe("ArrowUp").expect("up");
        assert_eq!(
            (up.key.as_str(), up.key_code, up.text),
            ("ArrowUp", 38, None)
        );
        assert_eq!(describe("F5").map(|k| k.key_code), Some(116));
        assert_eq!(describe("Space").map(|k| k.key), Some(" ".to_string()));
        assert!(describe("F13").is_none());
        assert!(describe("Nope").is_none());
        assert!(describe("").is_none());
    }

    #[test]
    fn sequences_and_modifiers() {
        let keys = sequence("h i Enter").expect("keys");
        let names: Vec<&str> = keys.iter().map(|k| k.key.as_str()).collect();
        assert_eq!(names, ["h", "i", "Enter"]);
        let ctrl_c = &sequence("Ctrl+C").expect("ctrl")[0];
        assert_eq!(
            (
                ctrl_c.key.as_str(),
                ctrl_c.modifiers,
                ctrl_c.text.as_deref()
            ),
            ("c", 2, None)
        );
        assert_eq!(
            sequence("+").map(|k| k[0].key.clone()),
            Some("+".to_string())
        );
        assert!(sequence("Hyper+a").is_none());
        assert!(sequence("a Nope").is_none());
    }
}
