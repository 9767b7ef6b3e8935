//! The account list of `check --batch FILE`: CSV with a header row naming the columns `address`
//! (required), `password` and `name` (optional), in any order and any case. Read whole before
//! anything is checked: a file with passwords that others can read, or any malformed row, stops
//! the run with the file's line number (the header is line 1) and nothing is sent anywhere.
//!
//! Spreadsheet exports are taken as they come: a UTF-8 byte-order mark is skipped, and a header
//! separated by semicolons or tabs (what a spreadsheet set to a language with decimal commas
//! writes) sets the separator. The csv crate does the quoting.

use std::path::Path;

use crate::cli::CliError;
use crate::model::Secret;

/// Largest file read (a list of 10 000 accounts is well under 2 MiB).
const MAX_FILE: u64 = 16 * 1024 * 1024;
/// Most accounts in one run.
pub(crate) const MAX_ROWS: usize = 10_000;

/// One account to check.
#[derive(Debug)]
pub(crate) struct Row {
    /// Its line in the file (the header is line 1).
    pub(crate) line: u64,
    pub(crate) address: String,
    /// None: no password given; the check then stops before the login.
    pub(crate) password: Option<Secret<String>>,
    pub(crate) name: String,
}

/// Which field holds what.
#[derive(Debug, Default)]
struct Columns {
    address: Option<usize>,
    password: Option<usize>,
    name: Option<usize>,
}

fn bad(message: String) -> CliError {
    CliError::BadInput(message)
}

/// Reads and checks the whole file.
pub(crate) fn read(path: &Path) -> Result<Vec<Row>, CliError> {
    let file = path.display().to_string();
    let unreadable = |e: std::io::Error| {
        bad(crate::t!(
            "cli-settings-unreadable",
            file = file.as_str(),
            reason = e.to_string()
        ))
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if meta.len() > MAX_FILE {
        return Err(bad(crate::t!(
            "batch-too-large",
            file = file.as_str(),
            limit = MAX_FILE / (1024 * 1024)
        )));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let (rows, passwords) = parse(text, &file)?;
    // A password column makes the file private, even where its fields are empty.
    if passwords {
        refuse_if_others_can_read(&meta, &file)?;
    }
    Ok(rows)
}

/// A file with passwords in it must be readable by its owner only (no group or other bit at all).
fn refuse_if_others_can_read(meta: &std::fs::Metadata, file: &str) -> Result<(), CliError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = meta.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(bad(crate::t!(
                "batch-open-to-others",
                file = file,
                mode = format!("{mode:04o}")
            )));
        }
    }
    #[cfg(not(unix))]
    let _ = (meta, file);
    Ok(())
}

/// The separator the header uses: a comma, else a semicolon or a tab when the header has one of
/// those and no comma.
fn separator(text: &[u8]) -> u8 {
    let first = text.split(|b| *b == b'\n').next().unwrap_or_default();
    if first.contains(&b',') {
        b','
    } else if first.contains(&b';') {
        b';'
    } else if first.contains(&b'\t') {
        b'\t'
    } else {
        b','
    }
}

fn columns(header: &csv::StringRecord, file: &str) -> Result<Columns, CliError> {
    let mut c = Columns::default();
    for (i, name) in header.iter().enumerate() {
        let slot = match name.trim().to_ascii_lowercase().as_str() {
            "address" => &mut c.address,
            "password" => &mut c.password,
            "name" => &mut c.name,
            _ => {
                return Err(bad(crate::t!(
                    "batch-unknown-column",
                    file = file,
                    column = name
                )));
            }
        };
        if slot.replace(i).is_some() {
            return Err(bad(crate::t!(
                "batch-repeated-column",
                file = file,
                column = name
            )));
        }
    }
    if c.address.is_none() {
        return Err(bad(crate::t!("batch-no-address-column", file = file)));
    }
    Ok(c)
}

/// The line a csv error happened on, and its words.
fn row_error(e: &csv::Error, file: &str) -> CliError {
    let line = e.position().map_or(0, csv::Position::line);
    match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => bad(crate::t!(
            "batch-row-fields",
            file = file,
            line = line,
            found = len,
            expected = expected_len
        )),
        csv::ErrorKind::Utf8 { .. } => {
            bad(crate::t!("batch-row-not-text", file = file, line = line))
        }
        _ => bad(crate::t!(
            "cli-settings-unreadable",
            file = file,
            reason = e.to_string()
        )),
    }
}

/// Parses the file's text (pure): the rows, and whether the header names a password column.
fn parse(text: &[u8], file: &str) -> Result<(Vec<Row>, bool), CliError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator(text))
        .flexible(false)
        .from_reader(text);
    let header = reader.headers().map_err(|e| row_error(&e, file))?.clone();
    let c = columns(&header, file)?;
    let mut rows: Vec<Row> = Vec::new();
    let mut seen = std::collections::HashMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| row_error(&e, file))?;
        let line = record.position().map_or(0, csv::Position::line);
        if rows.len() == MAX_ROWS {
            return Err(bad(crate::t!(
                "batch-too-many-rows",
                file = file,
                limit = MAX_ROWS
            )));
        }
        let field = |i: Option<usize>| i.and_then(|i| record.get(i)).unwrap_or_default();
        let address = field(c.address).trim().to_owned();
        if address.is_empty() {
            return Err(bad(crate::t!(
                "batch-row-no-address",
                file = file,
                line = line
            )));
        }
        // The same account twice would be logged in to twice, and a wrong password tried twice.
        if let Some(first) = seen.insert(address.to_lowercase(), line) {
            return Err(bad(crate::t!(
                "batch-row-repeated",
                file = file,
                line = line,
                address = address.as_str(),
                first = first
            )));
        }
        let password = Some(field(c.password))
            .filter(|p| !p.is_empty())
            .map(|p| Secret::new(p.to_owned()));
        rows.push(Row {
            line,
            address,
            password,
            name: field(c.name).trim().to_owned(),
        });
    }
    if rows.is_empty() {
        return Err(bad(crate::t!("batch-empty", file = file)));
    }
    Ok((rows, c.password.is_some()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(r: Result<(Vec<Row>, bool), CliError>) -> String {
        match r {
            Err(CliError::BadInput(m)) => m,
            other => panic!("expected bad input, got {other:?}"),
        }
    }

    #[test]
    fn columns_in_any_order_case_and_separator_with_quotes() {
        let rows = parse(
            b"Name;ADDRESS;password\n\"Smith; Jo\";jo@example.test;\"p;w\"\"1\"\n;ann@example.test;\n",
            "f.csv",
        )
        .expect("parses")
        .0;
        assert_eq!(rows.len(), 2);
        assert_eq!(
            (rows[0].line, rows[0].address.as_str()),
            (2, "jo@example.test")
        );
        assert_eq!(rows[0].name, "Smith; Jo");
        assert_eq!(
            rows[0].password.as_ref().map(|p| p.expose().as_str()),
            Some("p;w\"1")
        );
        assert_eq!((rows[1].line, rows[1].password.is_none()), (3, true));
    }

    #[test]
    fn a_malformed_row_is_named_by_its_line_the_header_being_line_one() {
        let m = message(parse(
            b"address,password\na@x.test,1\nb@x.test,2,extra\n",
            "f.csv",
        ));
        assert!(m.contains("f.csv") && m.contains(" 3"), "{m}");
        let m = message(parse(b"address\na@x.test\n\"\"\n", "f.csv"));
        assert!(m.contains(" 3"), "{m}");
        let m = message(parse(b"address\na@x.test\nA@X.test\n", "f.csv"));
        assert!(m.contains(" 3") && m.contains(" 2"), "{m}");
        let m = message(parse(b"address,pasword\na@x.test,1\n", "f.csv"));
        assert!(m.contains("pasword"), "{m}");
        let m = message(parse(b"email\na@x.test\n", "f.csv"));
        assert!(m.contains("address"), "{m}");
        let m = message(parse(b"address\n", "f.csv"));
        assert!(m.contains("f.csv"), "{m}");
    }
}
