//! The layer rule of docs/design.md, enforced: the design lists the modules of `src/` (and of
//! `src/proto/`) layer by layer, bottom first, and a module may import only modules in layers below
//! its own. Imports are read from the source: `crate::m` paths (and `super::m` inside `proto`), in
//! code, with comments, strings and `#[cfg(test)] mod` blocks left out (test code may reach across).
//! The test also fails when a module exists that the list does not name, or the list names one that
//! does not exist, so the design's map cannot drift from the code.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The layers of one `<!-- layers: DIR -->` block: module → layer number (0 at the bottom).
fn layers(design: &str, dir: &str) -> BTreeMap<String, usize> {
    let start = format!("<!-- layers: {dir} -->");
    let block = design
        .split_once(&start)
        .unwrap_or_else(|| panic!("docs/design.md has no {start} block"))
        .1
        .split_once("<!-- /layers -->")
        .expect("the layers block ends")
        .0;
    let mut out = BTreeMap::new();
    let bullets = block.lines().filter_map(|l| l.strip_prefix("- "));
    for (n, bullet) in bullets.enumerate() {
        let names = bullet.split_once(':').map_or(bullet, |(head, _)| head);
        for name in names.split('`').skip(1).step_by(2) {
            assert!(
                out.insert(name.to_owned(), n).is_none(),
                "{name} is listed twice in {dir}'s layers"
            );
        }
    }
    assert!(!out.is_empty(), "{dir}'s layers list no module");
    out
}

/// The modules directly under `dir`: `m.rs` files and `m/` folders (not the crate root, `mod.rs`,
/// `tests.rs` or `bin/`).
fn modules(dir: &Path) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for e in std::fs::read_dir(dir).expect("src") {
        let e = e.expect("entry");
        let name = e.file_name().to_string_lossy().into_owned();
        if e.path().is_dir() {
            if name != "bin" {
                out.insert(name);
            }
        } else if let Some(stem) = name.strip_suffix(".rs")
            && !["lib", "main", "mod", "tests"].contains(&stem)
        {
            out.insert(stem.to_owned());
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).expect("folder") {
        let p = e.expect("entry").path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The code with comments, string and character literals blanked (newlines kept, so line numbers
/// still hold).
fn code_only(text: &str) -> String {
    let c: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let blank = |out: &mut String, s: &[char]| {
        out.extend(s.iter().map(|&ch| if ch == '\n' { '\n' } else { ' ' }));
    };
    while i < c.len() {
        let rest = &c[i..];
        let end = if rest.starts_with(&['/', '/']) {
            rest.iter().position(|&ch| ch == '\n').unwrap_or(rest.len())
        } else if rest.starts_with(&['/', '*']) {
            (2..rest.len())
                .find(|&j| rest[j - 1] == '*' && rest[j] == '/')
                .map_or(rest.len(), |j| j + 1)
        } else if rest[0] == 'r' && rest.get(1).is_some_and(|&ch| ch == '"' || ch == '#') {
            let hashes = rest[1..].iter().take_while(|&&ch| ch == '#').count();
            if rest.get(1 + hashes) != Some(&'"') {
                0
            } else {
                let close: Vec<char> = std::iter::once('"')
                    .chain(std::iter::repeat_n('#', hashes))
                    .collect();
                (2 + hashes..rest.len())
                    .find(|&j| rest[j..].starts_with(&close))
                    .map_or(rest.len(), |j| j + close.len())
            }
        } else if rest[0] == '"' {
            let mut j = 1;
            while j < rest.len() && rest[j] != '"' {
                j += if rest[j] == '\\' { 2 } else { 1 };
            }
            (j + 1).min(rest.len())
        } else if rest[0] == '\'' && rest.get(1) == Some(&'\\') {
            (2..rest.len())
                .find(|&j| rest[j] == '\'')
                .map_or(rest.len(), |j| j + 1)
        } else if rest[0] == '\'' && rest.get(2) == Some(&'\'') {
            3
        } else {
            0
        };
        if end == 0 {
            out.push(c[i]);
            i += 1;
        } else {
            blank(&mut out, &rest[..end]);
            i += end;
        }
    }
    out
}

/// The code without its `#[cfg(test)] mod name { … }` blocks (blanked, lines kept).
fn without_test_modules(code: &str) -> String {
    let mut out = code.to_owned();
    let mut from = 0;
    while let Some(at) = out[from..].find("#[cfg(test)]").map(|p| p + from) {
        let after = out[at + "#[cfg(test)]".len()..].trim_start();
        let open = out.len() - after.len();
        let is_mod = after.starts_with("mod ")
            && after
                .find(['{', ';'])
                .is_some_and(|p| after.as_bytes()[p] == b'{');
        if !is_mod {
            from = open;
            continue;
        }
        let brace = open + after.find('{').expect("brace");
        let mut depth = 0;
        let mut end = out.len();
        for (j, b) in out[brace..].bytes().enumerate() {
            depth += match b {
                b'{' => 1,
                b'}' => -1,
                _ => 0,
            };
            if depth == 0 {
                end = brace + j + 1;
                break;
            }
        }
        let blanked: String = out[at..end]
            .chars()
            .map(|ch| if ch == '\n' { '\n' } else { ' ' })
            .collect();
        out.replace_range(at..end, &blanked);
        from = end;
    }
    out
}

fn ident(s: &str) -> &str {
    let n = s
        .find(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
        .unwrap_or(s.len());
    &s[..n]
}

/// The modules named right after `prefix` in this code: `prefix m` and `prefix {m, n::x, …}`,
/// each with its line number.
fn named(code: &str, prefix: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    for (at, _) in code.match_indices(prefix) {
        let before = code[..at].chars().next_back();
        if before.is_some_and(|ch| ch.is_alphanumeric() || ch == '_' || ch == ':') {
            continue;
        }
        let line = code[..at].matches('\n').count() + 1;
        let rest = &code[at + prefix.len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let (mut depth, mut item_start) = (0usize, true);
            for (j, ch) in group.char_indices() {
                match ch {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => item_start = true,
                    ch if ch.is_whitespace() => {}
                    _ if item_start => {
                        item_start = false;
                        out.push((ident(&group[j..]).to_owned(), line));
                    }
                    _ => {}
                }
            }
        } else {
            out.push((ident(rest).to_owned(), line));
        }
    }
    out
}

/// Every import that breaks the rule for the modules under `dir`, as "file:line: a → b".
fn violations(dir: &str, prefixes: &[&str]) -> Vec<String> {
    let design = std::fs::read_to_string(Path::new(ROOT).join("docs/design.md")).expect("design");
    let layer = layers(&design, dir);
    let base = Path::new(ROOT).join(dir);
    let present = modules(&base);
    let listed: BTreeSet<String> = layer.keys().cloned().collect();
    let mut bad: Vec<String> = present
        .difference(&listed)
        .map(|m| format!("{dir}/{m} is not in docs/design.md's layers"))
        .chain(
            listed
                .difference(&present)
                .map(|m| format!("docs/design.md lists {m}, which is not in {dir}")),
        )
        .collect();
    let mut files = Vec::new();
    rust_files(&base, &mut files);
    files.sort();
    for file in files {
        let rel = file.strip_prefix(&base).expect("under the folder");
        if rel.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let first = rel.components().next().expect("a part");
        let first = first.as_os_str().to_string_lossy();
        let owner = first.strip_suffix(".rs").unwrap_or(&first);
        let Some(&own) = layer.get(owner) else {
            continue;
        };
        let text = std::fs::read_to_string(&file).expect("source");
        let code = without_test_modules(&code_only(&text));
        for prefix in prefixes {
            // `super::` names a sibling only from a module's own top file.
            if *prefix == "super::" && rel.components().count() > 1 {
                continue;
            }
            for (target, line) in named(&code, prefix) {
                match layer.get(&target) {
                    Some(&t) if target != owner && t >= own => bad.push(format!(
                        "{dir}/{}:{line}: {owner} (layer {own}) imports {target} (layer {t})",
                        rel.display()
                    )),
                    _ => {}
                }
            }
        }
    }
    bad
}

#[test]
fn top_level_modules_import_only_layers_below_their_own() {
    let bad = violations("src", &["crate::"]);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn proto_modules_import_only_layers_below_their_own() {
    let bad = violations("src/proto", &["crate::proto::", "super::"]);
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn the_reader_sees_imports_the_rule_forbids() {
    let code = code_only(
        "use crate::{net::Net, proto::{a, b}};\n// crate::cli\nlet s = \"crate::ui\";\nlet c = '\"'; crate::check::run();\n",
    );
    let found: Vec<String> = named(&code, "crate::")
        .into_iter()
        .map(|(m, _)| m)
        .collect();
    assert_eq!(found, ["net", "proto", "check"]);
    let code = without_test_modules("fn a() {}\n#[cfg(test)]\nmod tests {\n use crate::ui;\n}\n");
    assert!(named(&code, "crate::").is_empty());
    let design = "<!-- layers: x -->\n- `a`, `b`: words `c`\n  more\n- `d`: top\n<!-- /layers -->";
    let l = layers(design, "x");
    assert_eq!(l.get("a"), Some(&0));
    assert_eq!(l.get("d"), Some(&1));
    assert!(!l.contains_key("c"));
}
