//! GLib key files (the `.source` files of Evolution's registry): writing values with GLib's
//! escapes, and reading the few values the duplicate check needs.

/// A key file being written: groups in order, each with its keys in order.
#[derive(Debug, Default)]
pub(crate) struct KeyFile {
    text: String,
}

impl KeyFile {
    /// Starts a group (`[Data Source]`).
    pub(crate) fn group(mut self, name: &str) -> KeyFile {
        if !self.text.is_empty() {
            self.text.push('\n');
        }
        self.text.push_str(&format!("[{name}]\n"));
        self
    }

    /// One `Key=value` line, the value escaped as GLib reads it back.
    pub(crate) fn set(mut self, key: &str, value: &str) -> KeyFile {
        self.text.push_str(key);
        self.text.push('=');
        self.text.push_str(&escape(value));
        self.text.push('\n');
        self
    }

    pub(crate) fn text(self) -> String {
        self.text
    }
}

/// GLib's escapes for a string value: backslash, line breaks, tabs, and a leading space.
fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for (i, c) in value.chars().enumerate() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ' ' if i == 0 => out.push_str("\\s"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The value of `key` in `[group]`, unescaped; the first one when a key is repeated.
pub(crate) fn get(text: &str, group: &str, key: &str) -> Option<String> {
    let mut here = false;
    for line in text.lines().map(str::trim_start) {
        if let Some(name) = line.strip_prefix('[') {
            here = name.trim_end().strip_suffix(']') == Some(group);
        } else if here && !line.starts_with('#') {
            if let Some((k, v)) = line.split_once('=') {
                if k.trim_end() == key {
                    return Some(unescape(v.trim_start()));
                }
            }
        }
    }
    None
}

/// Whether the file has a `[group]`.
pub(crate) fn has_group(text: &str, group: &str) -> bool {
    let header = format!("[{group}]");
    text.lines().any(|l| l.trim() == header)
}

fn unescape(v: &str) -> String {
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('t') => out.push('\t'),
            Some('s') => out.push(' '),
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip() {
        let text = KeyFile::default()
            .group("Mail Identity")
            .set("Name", " Zoë \\ \"Ops\"\nline two\t!")
            .set("Address", "hello@example.co.uk")
            .group("Other")
            .set("Name", "not this")
            .text();
        assert!(text.starts_with("[Mail Identity]\nName=\\sZoë \\\\ \"Ops\"\\nline two\\t!\n"));
        assert_eq!(
            get(&text, "Mail Identity", "Name").as_deref(),
            Some(" Zoë \\ \"Ops\"\nline two\t!")
        );
        assert_eq!(
            get(&text, "Mail Identity", "Address").as_deref(),
            Some("hello@example.co.uk")
        );
        assert_eq!(get(&text, "Other", "Name").as_deref(), Some("not this"));
        assert_eq!(get(&text, "Other", "Address"), None);
        assert!(has_group(&text, "Other"));
        assert!(!has_group(&text, "Data Source"));
    }
}
