//! What the user gives the command line: the address, the password (standard input or a prompt
//! without echo) and a settings file, or a discovery when there is none.

use std::io::{BufRead, IsTerminal, Read};
use std::path::Path;

use super::args::ProtocolArg;
use super::{CliError, Run};
use crate::address::Address;
use crate::discover::{self, Discovery};
use crate::model::{Secret, Server};
use crate::net::Net;

/// Largest settings file read (`cli-settings-too-large` says 1 MiB).
const MAX_SETTINGS: u64 = 1024 * 1024;
/// Longest password line read from standard input (`cli-password-too-long` says 64 KiB).
const MAX_PASSWORD_INPUT: usize = 64 * 1024;

/// One line read within a limit ([`read_line_within`]).
#[derive(Debug, PartialEq, Eq)]
pub(super) enum LineRead {
    /// The line without its end (`\n` or `\r\n`).
    Line(Vec<u8>),
    /// The line is longer than the limit: skipped whole (and wiped), never cut.
    TooLong,
    /// The input has ended.
    End,
}

/// Reads one line of at most `max` bytes, its end not counted, from `input`.
pub(super) fn read_line_within(input: &mut impl BufRead, max: usize) -> std::io::Result<LineRead> {
    let mut buf = Vec::new();
    // Room for the limit and a CRLF: a longer read without its LF is a longer line.
    let n = (&mut *input)
        .take(max as u64 + 2)
        .read_until(b'\n', &mut buf)?;
    if n == 0 {
        return Ok(LineRead::End);
    }
    let ended = buf.last() == Some(&b'\n');
    if ended {
        buf.pop();
    }
    if buf.last() == Some(&b'\r') {
        buf.pop();
    }
    if buf.len() > max {
        buf.fill(0);
        if !ended {
            input.skip_until(b'\n')?;
        }
        return Ok(LineRead::TooLong);
    }
    Ok(LineRead::Line(buf))
}

/// The address argument, or why it is not an email address.
pub(super) fn address(input: &str) -> Result<Address, CliError> {
    Address::parse(input).map_err(|e| {
        CliError::BadInput(crate::t!(
            "cli-bad-address",
            address = input,
            reason = e.explain()
        ))
    })
}

/// The password: the first line of standard input with `--password-stdin`, else a prompt without
/// echo on a terminal.
pub(super) fn password(password_stdin: bool, addr: &Address) -> Result<Secret<String>, CliError> {
    let failed = |e: std::io::Error| {
        CliError::BadInput(format!(
            "{}.",
            crate::t!("cli-password-read-failed", reason = e.to_string())
        ))
    };
    let raw = if password_stdin {
        match read_line_within(&mut std::io::stdin().lock(), MAX_PASSWORD_INPUT).map_err(failed)? {
            LineRead::Line(bytes) => String::from_utf8(bytes).map_err(|_| {
                failed(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    crate::t!("cli-not-utf8"),
                ))
            })?,
            LineRead::TooLong => {
                return Err(CliError::BadInput(format!(
                    "{}.",
                    crate::t!("cli-password-too-long")
                )));
            }
            LineRead::End => String::new(),
        }
    } else if std::io::stdin().is_terminal() {
        rpassword::prompt_password(crate::t!("cli-password-prompt", address = addr.to_string()))
            .map_err(failed)?
    } else {
        return Err(CliError::BadInput(format!(
            "{}.",
            crate::t!("cli-password-needed")
        )));
    };
    if raw.is_empty() {
        return Err(CliError::BadInput(format!(
            "{}.",
            crate::t!("cli-password-empty")
        )));
    }
    Ok(Secret::new(raw))
}

/// A settings file from `mailsetup discover --json`, for `addr`.
pub(super) fn settings(path: &Path, addr: &Address) -> Result<Discovery, CliError> {
    let file = path.display().to_string();
    let file = file.as_str();
    let bad = |m: String| CliError::BadInput(format!("{m}."));
    let unreadable = |e: std::io::Error| {
        bad(crate::t!(
            "cli-settings-unreadable",
            file = file,
            reason = e.to_string()
        ))
    };
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|f| f.take(MAX_SETTINGS + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    if bytes.len() as u64 > MAX_SETTINGS {
        return Err(bad(crate::t!("cli-settings-too-large", file = file)));
    }
    let d: Discovery = serde_json::from_slice(&bytes).map_err(|e| {
        bad(crate::t!(
            "cli-settings-invalid",
            file = file,
            reason = e.to_string()
        ))
    })?;
    if d.address != *addr {
        return Err(bad(crate::t!(
            "cli-settings-other-address",
            file = file,
            other = d.address.to_string(),
            address = addr.to_string()
        )));
    }
    Ok(d)
}

/// The servers to use: from the settings file when one was given, else looked up (saying so on
/// stderr) over `net`, or a network layer made for it.
pub(super) async fn settings_or_discover(
    run: &Run,
    net: Option<&Net>,
    addr: &Address,
    settings: Option<Discovery>,
) -> Result<Discovery, CliError> {
    if let Some(d) = settings {
        return Ok(d);
    }
    let made;
    let net = match net {
        Some(n) => n,
        None => {
            made = run.net()?;
            &made
        }
    };
    eprintln!(
        "{}",
        crate::t!("cli-looking-up", address = addr.to_string())
    );
    Ok(discover::discover(net, addr, &run.options(), None).await)
}

/// The best incoming server, of the asked-for protocol if any.
pub(super) fn incoming(found: &Discovery, protocol: Option<ProtocolArg>) -> Option<&Server> {
    let wanted = protocol.map(ProtocolArg::protocol);
    found
        .incoming
        .iter()
        .find(|s| wanted.is_none_or(|w| s.protocol == w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_of_exactly_the_limit_is_read_and_a_longer_one_is_skipped_whole() {
        let mut input: &[u8] = b"abcd\nabcd\r\nabcde\nnext\nabcd";
        let mut read = || read_line_within(&mut input, 4).expect("read");
        assert_eq!(read(), LineRead::Line(b"abcd".to_vec()));
        assert_eq!(read(), LineRead::Line(b"abcd".to_vec()));
        assert_eq!(read(), LineRead::TooLong);
        assert_eq!(
            read(),
            LineRead::Line(b"next".to_vec()),
            "the rest is skipped"
        );
        assert_eq!(
            read(),
            LineRead::Line(b"abcd".to_vec()),
            "the last line, unended"
        );
        assert_eq!(read(), LineRead::End);

        let long = [b'x'; 64].repeat(3);
        let mut input: &[u8] = &long;
        assert_eq!(
            read_line_within(&mut input, 4).expect("read"),
            LineRead::TooLong
        );
        assert_eq!(
            read_line_within(&mut input, 4).expect("read"),
            LineRead::End
        );
    }

    #[test]
    fn a_settings_file_of_exactly_the_limit_is_read_and_one_byte_more_is_refused() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let addr = Address::parse("alice@example.test").expect("an address");
        let path = dir.path().join("settings.json");
        // Not JSON, so at the limit it is read (and then refused as not a settings file).
        std::fs::write(&path, vec![b'x'; MAX_SETTINGS as usize]).expect("write");
        let Err(CliError::BadInput(m)) = settings(&path, &addr) else {
            panic!("not a settings file")
        };
        assert!(!m.contains("1 MiB"), "{m}");
        std::fs::write(&path, vec![b'x'; MAX_SETTINGS as usize + 1]).expect("write");
        let Err(CliError::BadInput(m)) = settings(&path, &addr) else {
            panic!("too large")
        };
        assert!(m.contains("is larger than 1 MiB"), "{m}");
    }
}
