//! Every word the front ends show comes from the catalogue: a string literal of two or more words in
//! the code of `src/cli/` or `src/ui/` fails this test, unless it is the message of a panic that
//! cannot happen (`expect`, `unreachable!`, `panic!`), inside an attribute, or on the allow-list
//! below with its reason. Tests (`tests.rs` files and `#[cfg(test)] mod` blocks) are not read.
//! Errors are shown to people too: anywhere in `src/`, an error's `#[error("…")]` text has no words
//! of its own (it takes them from the catalogue: `#[error("{}", crate::t!(…))]`).

use std::path::{Path, PathBuf};

/// Literals that are not words for a person, each with why.
const ALLOWED: &[(&str, &str, &str)] = &[
    (
        "src/ui/style.rs",
        "Fira Sans",
        "the embedded font's family name",
    ),
    (
        "src/ui/style.rs",
        "Mail Setup light",
        "iced's internal name of the light palette, never shown",
    ),
    (
        "src/ui/style.rs",
        "Mail Setup dark",
        "iced's internal name of the dark palette, never shown",
    ),
    (
        "src/cli/cmd/export.rs",
        "Mail Setup {addr}",
        "the Thunderbird profile's name: the product's name and the address",
    ),
];

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("folder") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs")
            && p.file_name().is_some_and(|n| n != "tests.rs")
        {
            out.push(p);
        }
    }
}

/// The code before its first `#[cfg(test)]` module (test modules sit at the end of a file).
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod ")
        .map_or(text, |at| &text[..at])
}

/// Each string literal in `code` with its line and the code just before it on that line; comments
/// and character literals are passed over.
fn literals(code: &str) -> Vec<(usize, String, String)> {
    let c: Vec<char> = code.chars().collect();
    let (mut out, mut i, mut line, mut line_start) = (Vec::new(), 0, 1, 0);
    // Inside `#[…]`, however many lines it spans: its literals are reported as the attribute's.
    let mut attribute = 0usize;
    while i < c.len() {
        match c[i] {
            '#' if c.get(i + 1) == Some(&'[') => {
                attribute = 1;
                i += 2;
            }
            '[' if attribute > 0 => {
                attribute += 1;
                i += 1;
            }
            ']' if attribute > 0 => {
                attribute -= 1;
                i += 1;
            }
            '\n' => {
                line += 1;
                line_start = i + 1;
                i += 1;
            }
            '/' if c.get(i + 1) == Some(&'/') => {
                while i < c.len() && c[i] != '\n' {
                    i += 1;
                }
            }
            '\'' if c.get(i + 2) == Some(&'\'') => i += 3,
            '\'' if c.get(i + 1) == Some(&'\\') => {
                i += 2;
                while i < c.len() && c[i] != '\'' {
                    i += 1;
                }
                i += 1;
            }
            '"' => {
                let before: String = if attribute > 0 {
                    "#[".into()
                } else {
                    c[line_start..i].iter().collect()
                };
                let mut j = i + 1;
                let mut text = String::new();
                while j < c.len() && c[j] != '"' {
                    if c[j] == '\\' {
                        text.push(c[j]);
                        j += 1;
                    }
                    if c[j] == '\n' {
                        line += 1;
                        line_start = j + 1;
                    }
                    text.push(c[j]);
                    j += 1;
                }
                out.push((line, before, text));
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// Two words of letters side by side: a sentence, not an id, a path or a format string.
fn is_words(s: &str) -> bool {
    let words: Vec<&str> = s.split(' ').collect();
    words.windows(2).any(|w| {
        w.iter()
            .all(|x| x.len() >= 2 && x.chars().all(char::is_alphabetic))
    })
}

/// Whether the literal is a panic message or sits in an attribute.
fn exempt(before: &str) -> bool {
    let b = before.trim_end();
    b.trim_start().starts_with("#[")
        || ["expect(", "unreachable!(", "panic!("]
            .iter()
            .any(|p| b.ends_with(p))
}

#[test]
fn the_front_ends_show_no_words_outside_the_catalogue() {
    let mut files = Vec::new();
    for dir in ["src/cli", "src/ui"] {
        rust_files(&Path::new(ROOT).join(dir), &mut files);
    }
    files.sort();
    let mut bad = Vec::new();
    for file in files {
        let rel = file
            .strip_prefix(ROOT)
            .expect("in the crate")
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(&file).expect("source");
        for (line, before, lit) in literals(without_tests(&text)) {
            let allowed = ALLOWED.iter().any(|(f, l, _)| *f == rel && *l == lit);
            if is_words(&lit) && !exempt(&before) && !allowed {
                bad.push(format!("{rel}:{line}: \"{lit}\""));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "words a person reads belong in assets/i18n (or on this test's allow-list, with a reason):\n{}",
        bad.join("\n")
    );
}

#[test]
fn error_texts_come_from_the_catalogue() {
    let mut files = Vec::new();
    rust_files(&Path::new(ROOT).join("src"), &mut files);
    files.sort();
    let mut bad = Vec::new();
    let mut seen = 0;
    for file in files {
        let text = std::fs::read_to_string(&file).expect("source");
        for (at, _) in without_tests(&text).match_indices("#[error(") {
            seen += 1;
            let rest = &text[at + "#[error(".len()..];
            // The attribute only (`transparent` has no text).
            let rest = &rest[..rest.find(")]\n").unwrap_or(rest.len())];
            let Some((_, _, first)) = literals(rest).into_iter().next() else {
                continue;
            };
            if is_words(&first) {
                let line = text[..at].matches('\n').count() + 1;
                let rel = file
                    .strip_prefix(ROOT)
                    .expect("in the crate")
                    .display()
                    .to_string();
                bad.push(format!("{rel}:{line}: \"{first}\""));
            }
        }
    }
    assert!(seen > 100, "the reader found the error attributes ({seen})");
    assert!(
        bad.is_empty(),
        "error texts belong in assets/i18n (`#[error(\"{{}}\", crate::t!(…))]`):\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_reader_finds_sentences_and_passes_over_the_rest() {
    let code = "#[command(\n  about = \"Two words\",\n)]\nlet a = t!(\"an-id\");\nlet b = format!(\"{}: {}\", x, y);\nlet c = \"Hello there\";\n// \"in a comment\"\nlet d = '\"'; x.expect(\"cannot happen here\");\n";
    let found: Vec<(usize, String)> = literals(code)
        .into_iter()
        .filter(|(_, before, lit)| is_words(lit) && !exempt(before))
        .map(|(line, _, lit)| (line, lit))
        .collect();
    assert_eq!(found, [(6, "Hello there".to_owned())]);
}
