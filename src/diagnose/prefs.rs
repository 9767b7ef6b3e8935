//! A pure reader for Thunderbird's `prefs.js`: `user_pref("name", value);` statements (and `pref(…)`,
//! which Thunderbird reads the same way), with strings in double or single quotes and their escapes
//! (`\"`, `\'`, `\\`, `\n`, `\r`, `\t`, `\xHH`, `\uHHHH` with surrogate pairs), integers and booleans;
//! `//`, `#` and `/* … */` comments. The last statement setting a name wins, as in Thunderbird.
//!
//! The grammar is the subset of Mozilla's libpref format (Firefox source docs, "libpref") that
//! profiles hold; docs/formats.md lists it. Corrupt input is a typed [`PrefsError`] with its line,
//! never a panic; the input is capped at [`MAX_PREFS`] bytes.

use std::collections::BTreeMap;

/// The largest `prefs.js` read (real ones are tens of kilobytes; a profile with many accounts and
/// extensions stays well under a megabyte).
pub const MAX_PREFS: usize = 16 * 1024 * 1024;

/// One preference value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Str(String),
    Int(i64),
    Bool(bool),
}

/// Every preference set, the last statement for each name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prefs {
    values: BTreeMap<String, Value>,
}

impl Prefs {
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.values.get(name)
    }

    /// A string pref (`None` when absent or not a string).
    pub fn str(&self, name: &str) -> Option<&str> {
        match self.values.get(name) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        }
    }

    /// An integer pref; Thunderbird also stores some numbers as strings, which are read too.
    pub fn int(&self, name: &str) -> Option<i64> {
        match self.values.get(name) {
            Some(Value::Int(i)) => Some(*i),
            Some(Value::Str(s)) => s.trim().parse().ok(),
            _ => None,
        }
    }

    pub fn bool(&self, name: &str) -> Option<bool> {
        match self.values.get(name) {
            Some(Value::Bool(b)) => Some(*b),
            _ => None,
        }
    }

    pub fn len(&self) -> usize {
        self.values.len()
    }

    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Every name and value, by name.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.values.iter().map(|(k, v)| (k.as_str(), v))
    }
}

/// What is wrong with a `prefs.js`, and on which line (1-based).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PrefsError {
    #[error("{}", crate::t!("error-prefs-too-large", mib = MAX_PREFS / (1024 * 1024)))]
    TooLarge,
    #[error("{}", crate::t!("error-prefs-expected", line = .line, expected = expected_words(.expected)))]
    Expected { line: usize, expected: &'static str },
    #[error("{}", crate::t!("error-prefs-unterminated-string", line = .line))]
    UnterminatedString { line: usize },
    #[error("{}", crate::t!("error-prefs-unterminated-comment", line = .line))]
    UnterminatedComment { line: usize },
    #[error("{}", crate::t!("error-prefs-bad-escape", line = .line))]
    BadEscape { line: usize },
    #[error("{}", crate::t!("error-prefs-bad-number", line = .line))]
    BadNumber { line: usize },
}

// What [`PrefsError::Expected`] names in words (its other values are pieces of the syntax, such as
// `";"` or `user_pref(…);`, shown as they are).
const QUOTED_STRING: &str = "a string in quotes";
const UTF8_TEXT: &str = "text in UTF-8";
const NUMBER: &str = "a number";
const VALUE: &str = "a string, a number, true or false";
const ATTRIBUTE: &str = "an attribute";

/// `expected` in the language in use: the words from the catalogue, the syntax as it is.
fn expected_words(expected: &str) -> String {
    match expected {
        QUOTED_STRING => crate::t!("error-prefs-expected-quoted-string"),
        UTF8_TEXT => crate::t!("error-prefs-expected-utf8"),
        NUMBER => crate::t!("error-prefs-expected-number"),
        VALUE => crate::t!("error-prefs-expected-value"),
        ATTRIBUTE => crate::t!("error-prefs-expected-attribute"),
        syntax => syntax.to_owned(),
    }
}

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
    line: usize,
}

impl<'a> Reader<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let b = self.peek()?;
        self.at += 1;
        if b == b'\n' {
            self.line += 1;
        }
        Some(b)
    }

    fn expected(&self, expected: &'static str) -> PrefsError {
        PrefsError::Expected {
            line: self.line,
            expected,
        }
    }

    /// Skips whitespace and comments.
    fn blank(&mut self) -> Result<(), PrefsError> {
        loop {
            match (self.peek(), self.text.get(self.at + 1).copied()) {
                (Some(b' ' | b'\t' | b'\r' | b'\n'), _) => {
                    self.bump();
                }
                (Some(b'#'), _) | (Some(b'/'), Some(b'/')) => {
                    while self.peek().is_some_and(|b| b != b'\n') {
                        self.bump();
                    }
                }
                (Some(b'/'), Some(b'*')) => {
                    let line = self.line;
                    self.bump();
                    self.bump();
                    loop {
                        match self.bump() {
                            None => return Err(PrefsError::UnterminatedComment { line }),
                            Some(b'*') if self.peek() == Some(b'/') => {
                                self.bump();
                                break;
                            }
                            Some(_) => {}
                        }
                    }
                }
                _ => return Ok(()),
            }
        }
    }

    fn eat(&mut self, b: u8, expected: &'static str) -> Result<(), PrefsError> {
        self.blank()?;
        if self.peek() == Some(b) {
            self.bump();
            Ok(())
        } else {
            Err(self.expected(expected))
        }
    }

    fn word(&mut self) -> &'a [u8] {
        let start = self.at;
        while self
            .peek()
            .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_')
        {
            self.bump();
        }
        &self.text[start..self.at]
    }

    fn hex(&mut self, digits: usize) -> Result<u32, PrefsError> {
        let mut v = 0u32;
        for _ in 0..digits {
            let d = self
                .bump()
                .and_then(|b| (b as char).to_digit(16))
                .ok_or(PrefsError::BadEscape { line: self.line })?;
            v = v * 16 + d;
        }
        Ok(v)
    }

    fn string(&mut self) -> Result<String, PrefsError> {
        self.blank()?;
        let quote = match self.peek() {
            Some(q @ (b'"' | b'\'')) => q,
            _ => return Err(self.expected(QUOTED_STRING)),
        };
        let line = self.line;
        self.bump();
        let mut out: Vec<u8> = Vec::new();
        loop {
            match self.bump() {
                None => return Err(PrefsError::UnterminatedString { line }),
                Some(b) if b == quote => break,
                Some(b'\\') => {
                    let bad = PrefsError::BadEscape { line: self.line };
                    let c = match self.bump().ok_or(bad.clone())? {
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'x' => char::from_u32(self.hex(2)?).ok_or(bad)?,
                        b'u' => self.unicode_escape()?,
                        b @ (b'"' | b'\'' | b'\\') => b as char,
                        _ => return Err(bad),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                Some(b) => out.push(b),
            }
        }
        String::from_utf8(out).map_err(|_| self.expected(UTF8_TEXT))
    }

    /// After `\u`: four hex digits, a high surrogate followed by `\u` and a low one.
    fn unicode_escape(&mut self) -> Result<char, PrefsError> {
        let bad = PrefsError::BadEscape { line: self.line };
        let first = self.hex(4)?;
        if (0xD800..0xDC00).contains(&first) {
            if self.bump() != Some(b'\\') || self.bump() != Some(b'u') {
                return Err(bad);
            }
            let low = self.hex(4)?;
            if !(0xDC00..0xE000).contains(&low) {
                return Err(bad);
            }
            let c = 0x10000 + ((first - 0xD800) << 10) + (low - 0xDC00);
            return char::from_u32(c).ok_or(bad);
        }
        char::from_u32(first).ok_or(bad)
    }

    fn value(&mut self) -> Result<Value, PrefsError> {
        self.blank()?;
        match self.peek() {
            Some(b'"' | b'\'') => Ok(Value::Str(self.string()?)),
            Some(b'-' | b'+' | b'0'..=b'9') => {
                let negative = self.peek() == Some(b'-');
                if matches!(self.peek(), Some(b'-' | b'+')) {
                    self.bump();
                }
                let digits = self.word();
                if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) {
                    return Err(self.expected(NUMBER));
                }
                let text = std::str::from_utf8(digits).map_err(|_| self.expected(NUMBER))?;
                let n: i64 = text
                    .parse()
                    .map_err(|_| PrefsError::BadNumber { line: self.line })?;
                Ok(Value::Int(if negative { -n } else { n }))
            }
            _ => match self.word() {
                b"true" => Ok(Value::Bool(true)),
                b"false" => Ok(Value::Bool(false)),
                _ => Err(self.expected(VALUE)),
            },
        }
    }

    /// `user_pref(name, value);` (or `pref`, `sticky_pref`), the reader at its start.
    fn statement(&mut self) -> Result<(String, Value), PrefsError> {
        match self.word() {
            b"user_pref" | b"pref" | b"sticky_pref" => {}
            _ => return Err(self.expected("user_pref(…);")),
        }
        self.eat(b'(', "\"(\"")?;
        let name = self.string()?;
        self.eat(b',', "\",\"")?;
        let value = self.value()?;
        self.blank()?;
        // libpref allows attributes after the value (`, locked`, `, sticky`): skipped.
        while self.peek() == Some(b',') {
            self.bump();
            self.blank()?;
            if self.word().is_empty() {
                return Err(self.expected(ATTRIBUTE));
            }
            self.blank()?;
        }
        self.eat(b')', "\")\"")?;
        self.eat(b';', "\";\"")?;
        Ok((name, value))
    }
}

/// Reads a whole `prefs.js`.
pub fn parse(text: &str) -> Result<Prefs, PrefsError> {
    if text.len() > MAX_PREFS {
        return Err(PrefsError::TooLarge);
    }
    let mut r = Reader {
        text: text.as_bytes(),
        at: 0,
        line: 1,
    };
    let mut prefs = Prefs::default();
    loop {
        r.blank()?;
        if r.peek().is_none() {
            return Ok(prefs);
        }
        let (name, value) = r.statement()?;
        prefs.values.insert(name, value);
    }
}

/// Why a `prefs.js` on disk could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Prefs(#[from] PrefsError),
}

/// Reads and parses the `prefs.js` at `path`, reading no more than [`MAX_PREFS`] bytes and one: a
/// larger file is [`PrefsError::TooLarge`], never parsed cut.
pub fn read(path: &std::path::Path) -> Result<Prefs, ReadError> {
    Ok(parse(&read_text(path)?)?)
}

/// The text of the `prefs.js` at `path`, within [`MAX_PREFS`] bytes (a larger file is
/// [`PrefsError::TooLarge`]).
pub fn read_text(path: &std::path::Path) -> Result<String, ReadError> {
    use std::io::Read as _;
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(MAX_PREFS as u64 + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() > MAX_PREFS {
        return Err(PrefsError::TooLarge.into());
    }
    let text = String::from_utf8(bytes).map_err(|_| {
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            crate::t!("error-prefs-not-utf8"),
        )
    })?;
    Ok(text)
}

#[cfg(test)]
mod read_tests {
    use super::*;

    #[test]
    fn a_file_of_exactly_the_limit_is_read_and_one_byte_more_is_refused() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("prefs.js");
        let mut text = "user_pref(\"a\", 1);\n".to_owned();
        text.push_str(&" ".repeat(MAX_PREFS - text.len()));
        std::fs::write(&path, &text).expect("write");
        assert_eq!(read(&path).expect("read").int("a"), Some(1));
        text.push(' ');
        std::fs::write(&path, &text).expect("write");
        let e = read(&path).expect_err("too large");
        assert!(matches!(e, ReadError::Prefs(PrefsError::TooLarge)), "{e:?}");
        assert_eq!(e.to_string(), "the file is larger than 16 MiB");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statements_values_comments_and_the_last_wins() {
        let text = "// Mozilla User Preferences\n/* a\n block */\n# hash\n\
            user_pref(\"a.s\", \"x\\\"y\\\\z\\n\\u00e9\\ud83d\\ude00\\x41\");\n\
            user_pref('b.i', -42);\nuser_pref(\"c.b\", true);\n  pref(\"d\",false , locked) ;\n\
            user_pref(\"b.i\", 7);\n";
        let p = parse(text).expect("parses");
        assert_eq!(p.str("a.s"), Some("x\"y\\z\né😀A"));
        assert_eq!(p.int("b.i"), Some(7));
        assert_eq!(p.bool("c.b"), Some(true));
        assert_eq!(p.bool("d"), Some(false));
        assert_eq!(p.len(), 4);
        assert!(parse("").expect("empty").is_empty());
    }

    /// Every cut and every one-byte change of a real-looking file parses or fails, never panics.
    #[test]
    fn cut_or_changed_input_never_panics() {
        let text = "// c\nuser_pref(\"a.b\", \"x\\u00e9\\ud83d\\ude00\");\n/* x */ pref('n', -5, locked);\nuser_pref(\"t\", true);\n";
        for cut in 0..=text.len() {
            if let Some(prefix) = text.get(..cut) {
                let _ = parse(prefix);
            }
        }
        for i in 0..text.len() {
            for b in [b'"', b'\\', b'(', b')', b';', b'/', b'*', b'u', b'9', b' '] {
                let mut bytes = text.as_bytes().to_vec();
                bytes[i] = b;
                if let Ok(t) = std::str::from_utf8(&bytes) {
                    let _ = parse(t);
                }
            }
        }
    }

    /// The words come from the catalogue in the language in use; pieces of the syntax stay as they are.
    #[test]
    fn errors_are_worded_in_the_language_in_use() {
        let said = |locale: &str| {
            crate::i18n::set_thread_locale(Some(locale));
            let out = [
                PrefsError::TooLarge.to_string(),
                parse("\n\nuser_pref(\"a\", maybe);")
                    .map_or_else(|e| e.to_string(), |_| "ok".into()),
                parse("user_pref(\"a\", 1)").map_or_else(|e| e.to_string(), |_| "ok".into()),
            ];
            crate::i18n::set_thread_locale(None);
            out
        };
        assert_eq!(
            said("en-GB"),
            [
                "the file is larger than 16 MiB",
                "line 3: expected a string, a number, true or false",
                "line 1: expected \";\"",
            ]
        );
        assert_eq!(
            said("de-DE"),
            [
                "Die Datei ist größer als 16 MiB",
                "Zeile 3: Erwartet wurde ein Text in Anführungszeichen, eine Zahl, true oder false",
                "Zeile 1: Erwartet wurde \";\"",
            ]
        );
    }

    #[test]
    fn numbers_in_strings_are_read_as_numbers() {
        let p = parse("user_pref(\"p\", \"993\");").expect("parses");
        assert_eq!(p.int("p"), Some(993));
    }

    #[test]
    fn corrupt_input_is_a_typed_error_with_its_line() {
        let cases: [(&str, PrefsError); 8] = [
            (
                "user_pref(\"a\", \"open);",
                PrefsError::UnterminatedString { line: 1 },
            ),
            (
                "\n/* never closed",
                PrefsError::UnterminatedComment { line: 2 },
            ),
            (
                "user_pref(\"a\", \"\\q\");",
                PrefsError::BadEscape { line: 1 },
            ),
            (
                "user_pref(\"a\", \"\\ud800x\");",
                PrefsError::BadEscape { line: 1 },
            ),
            (
                "user_pref(\"a\", 99999999999999999999);",
                PrefsError::BadNumber { line: 1 },
            ),
            (
                "\n\nuser_pref(\"a\", maybe);",
                PrefsError::Expected {
                    line: 3,
                    expected: "a string, a number, true or false",
                },
            ),
            (
                "user_pref(\"a\", 1)",
                PrefsError::Expected {
                    line: 1,
                    expected: "\";\"",
                },
            ),
            (
                "garbage",
                PrefsError::Expected {
                    line: 1,
                    expected: "user_pref(…);",
                },
            ),
        ];
        for (text, want) in cases {
            assert_eq!(parse(text), Err(want), "{text:?}");
        }
        assert_eq!(parse(&" ".repeat(MAX_PREFS + 1)), Err(PrefsError::TooLarge));
    }
}
