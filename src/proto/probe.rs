//! The discovery probe: read a server's greeting and capabilities, and for STARTTLS candidates ask for
//! the upgrade, without ever authenticating.
//!
//! IMAP (RFC 9051 §7.1 greeting, §6.1.1 CAPABILITY, §6.2.1 STARTTLS), POP3 (RFC 1939 greeting,
//! RFC 2449 CAPA, RFC 2595 STLS) and SMTP submission (RFC 5321 greeting and EHLO, RFC 3207 STARTTLS).
//! The caller feeds received bytes to [`Probe::receive`] and acts on the returned [`Action`].

use super::lines::{LineBuffer, LineError};
use crate::model::Protocol;

/// Most capability lines we keep (servers may send long lists; we only need a few names).
const MAX_CAPS: usize = 512;
/// Most lines one reply may have before we give up on the server.
const MAX_REPLY_LINES: usize = 1024;

/// What the driver should do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Read more bytes and call `receive` again.
    Read,
    /// Send these bytes, then read.
    Send(Vec<u8>),
    /// The server agreed to STARTTLS: run the TLS handshake now, then the probe is complete.
    StartTls,
    /// The server is what we hoped for.
    Done(Capabilities),
    /// It is not.
    Fail(ProbeError),
}

/// What the server said it can do (upper-cased capability names).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Capabilities {
    pub names: Vec<String>,
}

impl Capabilities {
    pub fn has(&self, name: &str) -> bool {
        self.names.iter().any(|n| n.eq_ignore_ascii_case(name))
    }
}

/// Why a probe did not succeed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProbeError {
    #[error("the server refused us: {0}")]
    Refused(String),
    #[error("the server does not speak {0}")]
    WrongProtocol(Protocol),
    #[error("the server does not offer STARTTLS")]
    NoStartTls,
    #[error("the server refused STARTTLS: {0}")]
    StartTlsRefused(String),
    #[error(transparent)]
    Line(#[from] LineError),
    #[error("the server sent a reply of more than {MAX_REPLY_LINES} lines")]
    TooManyLines,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Greeting,
    Capabilities,
    StartTls,
    Finished,
}

/// A probe of one server.
#[derive(Debug)]
pub struct Probe {
    protocol: Protocol,
    starttls: bool,
    state: State,
    lines: LineBuffer,
    caps: Capabilities,
    reply_lines: usize,
}

impl Probe {
    /// A probe for `protocol`; `starttls` when the connection is plain and must be upgraded.
    pub fn new(protocol: Protocol, starttls: bool) -> Probe {
        Probe {
            protocol,
            starttls,
            state: State::Greeting,
            lines: LineBuffer::default(),
            caps: Capabilities::default(),
            reply_lines: 0,
        }
    }

    /// Polite goodbye to send once the probe is done (over TLS if it was upgraded).
    pub fn farewell(&self) -> &'static [u8] {
        match self.protocol {
            Protocol::Imap => b"z LOGOUT\r\n",
            Protocol::Pop3 | Protocol::Smtp => b"QUIT\r\n",
        }
    }

    fn add_caps<'a>(&mut self, words: impl Iterator<Item = &'a str>) {
        for w in words {
            if self.caps.names.len() >= MAX_CAPS {
                break;
            }
            let w = w
                .trim_matches(|c| c == '[' || c == ']')
                .to_ascii_uppercase();
            if !w.is_empty() && !self.caps.has(&w) {
                self.caps.names.push(w);
            }
        }
    }

    /// Feeds received bytes; an empty slice means the server closed the connection.
    pub fn receive(&mut self, bytes: &[u8]) -> Action {
        if bytes.is_empty() && self.state != State::Finished {
            return Action::Fail(ProbeError::Refused(
                "the server closed the connection".into(),
            ));
        }
        self.lines.push(bytes);
        loop {
            let line = match self.lines.next_line() {
                Ok(Some(l)) => l,
                Ok(None) => return Action::Read,
                Err(e) => return Action::Fail(e.into()),
            };
            self.reply_lines += 1;
            if self.reply_lines > MAX_REPLY_LINES {
                return Action::Fail(ProbeError::TooManyLines);
            }
            let action = match self.protocol {
                Protocol::Imap => self.imap(&line),
                Protocol::Pop3 => self.pop3(&line),
                Protocol::Smtp => self.smtp(&line),
            };
            if let Some(a) = action {
                self.reply_lines = 0;
                return a;
            }
        }
    }

    fn after_caps(&mut self, upgrade_cmd: &'static [u8], cap: &str) -> Action {
        if !self.starttls {
            self.state = State::Finished;
            return Action::Done(self.caps.clone());
        }
        if !self.caps.has(cap) {
            self.state = State::Finished;
            return Action::Fail(ProbeError::NoStartTls);
        }
        self.state = State::StartTls;
        Action::Send(upgrade_cmd.to_vec())
    }

    fn imap(&mut self, line: &str) -> Option<Action> {
        let upper = line.to_ascii_uppercase();
        match self.state {
            State::Greeting => {
                if upper.starts_with("* OK") || upper.starts_with("* PREAUTH") {
                    if let Some(rest) = upper.split("[CAPABILITY ").nth(1) {
                        let list = rest.split(']').next().unwrap_or("");
                        self.add_caps(list.split_whitespace());
                    }
                    self.state = State::Capabilities;
                    Some(Action::Send(b"a CAPABILITY\r\n".to_vec()))
                } else if upper.starts_with("* BYE") {
                    Some(Action::Fail(ProbeError::Refused(line.to_owned())))
                } else {
                    Some(Action::Fail(ProbeError::WrongProtocol(Protocol::Imap)))
                }
            }
            State::Capabilities => {
                if let Some(rest) = upper.strip_prefix("* CAPABILITY ") {
                    self.add_caps(rest.split_whitespace());
                    None
                } else if upper.starts_with("A OK") {
                    if !self.caps.has("IMAP4REV1") && !self.caps.has("IMAP4REV2") {
                        return Some(Action::Fail(ProbeError::WrongProtocol(Protocol::Imap)));
                    }
                    Some(self.after_caps(b"b STARTTLS\r\n", "STARTTLS"))
                } else if upper.starts_with("A NO") || upper.starts_with("A BAD") {
                    Some(Action::Fail(ProbeError::Refused(line.to_owned())))
                } else {
                    None // other untagged data
                }
            }
            State::StartTls => {
                if upper.starts_with("B OK") {
                    self.state = State::Finished;
                    Some(Action::StartTls)
                } else if upper.starts_with("B ") {
                    Some(Action::Fail(ProbeError::StartTlsRefused(line.to_owned())))
                } else {
                    None
                }
            }
            State::Finished => None,
        }
    }

    fn pop3(&mut self, line: &str) -> Option<Action> {
        let upper = line.to_ascii_uppercase();
        match self.state {
            State::Greeting => {
                if upper.starts_with("+OK") {
                    self.state = State::Capabilities;
                    Some(Action::Send(b"CAPA\r\n".to_vec()))
                } else if upper.starts_with("-ERR") {
                    Some(Action::Fail(ProbeError::Refused(line.to_owned())))
                } else {
                    Some(Action::Fail(ProbeError::WrongProtocol(Protocol::Pop3)))
                }
            }
            State::Capabilities => {
                if self.reply_lines == 1 {
                    if upper.starts_with("-ERR") {
                        // RFC 2449 servers answer CAPA; one that does not has no STLS either.
                        return Some(self.after_caps(b"STLS\r\n", "STLS"));
                    }
                    if !upper.starts_with("+OK") {
                        return Some(Action::Fail(ProbeError::WrongProtocol(Protocol::Pop3)));
                    }
                    return None;
                }
                if line == "." {
                    return Some(self.after_caps(b"STLS\r\n", "STLS"));
                }
                self.add_caps(upper.split_whitespace().take(1));
                None
            }
            State::StartTls => {
                if upper.starts_with("+OK") {
                    self.state = State::Finished;
                    Some(Action::StartTls)
                } else {
                    Some(Action::Fail(ProbeError::StartTlsRefused(line.to_owned())))
                }
            }
            State::Finished => None,
        }
    }

    fn smtp(&mut self, line: &str) -> Option<Action> {
        let code = line.get(..3).unwrap_or("");
        let more = line.as_bytes().get(3) == Some(&b'-');
        if !code.bytes().all(|b| b.is_ascii_digit()) || code.len() != 3 {
            return Some(Action::Fail(ProbeError::WrongProtocol(Protocol::Smtp)));
        }
        match self.state {
            State::Greeting => {
                if code != "220" {
                    return Some(Action::Fail(ProbeError::Refused(line.to_owned())));
                }
                if more {
                    return None;
                }
                self.state = State::Capabilities;
                Some(Action::Send(b"EHLO mailsetup.localhost\r\n".to_vec()))
            }
            State::Capabilities => {
                if code != "250" {
                    return Some(Action::Fail(ProbeError::Refused(line.to_owned())));
                }
                // The first line is the server's name; the rest are extensions.
                if self.reply_lines > 1 {
                    let ext = line.get(4..).unwrap_or("").to_ascii_uppercase();
                    self.add_caps(ext.split_whitespace().take(1));
                }
                if more {
                    return None;
                }
                Some(self.after_caps(b"STARTTLS\r\n", "STARTTLS"))
            }
            State::StartTls => {
                if more {
                    return None;
                }
                if code == "220" {
                    self.state = State::Finished;
                    Some(Action::StartTls)
                } else {
                    Some(Action::Fail(ProbeError::StartTlsRefused(line.to_owned())))
                }
            }
            State::Finished => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(protocol: Protocol, starttls: bool, server: &[&str]) -> Vec<Action> {
        let mut p = Probe::new(protocol, starttls);
        server
            .iter()
            .map(|chunk| p.receive(chunk.as_bytes()))
            .collect()
    }

    #[test]
    fn imap_tls() {
        let a = run(
            Protocol::Imap,
            false,
            &[
                "* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready.\r\n",
                "* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na OK done\r\n",
            ],
        );
        assert_eq!(a[0], Action::Send(b"a CAPABILITY\r\n".to_vec()));
        match &a[1] {
            Action::Done(c) => assert!(c.has("AUTH=PLAIN") && c.has("IMAP4REV1")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn imap_starttls_and_stripped() {
        let a = run(
            Protocol::Imap,
            true,
            &[
                "* OK ready\r\n",
                "* CAPABILITY IMAP4rev1 STARTTLS\r\na OK\r\n",
                "b OK Begin TLS\r\n",
            ],
        );
        assert_eq!(a[1], Action::Send(b"b STARTTLS\r\n".to_vec()));
        assert_eq!(a[2], Action::StartTls);
        let a = run(
            Protocol::Imap,
            true,
            &["* OK ready\r\n* CAPABILITY IMAP4rev1\r\na OK\r\n"],
        );
        assert_eq!(a[0], Action::Send(b"a CAPABILITY\r\n".to_vec()));
        let mut p = Probe::new(Protocol::Imap, true);
        p.receive(b"* OK ready\r\n");
        assert_eq!(
            p.receive(b"* CAPABILITY IMAP4rev1\r\na OK\r\n"),
            Action::Fail(ProbeError::NoStartTls)
        );
    }

    #[test]
    fn imap_bye_and_garbage() {
        assert!(matches!(
            run(Protocol::Imap, false, &["* BYE go away\r\n"])[0],
            Action::Fail(ProbeError::Refused(_))
        ));
        assert_eq!(
            run(Protocol::Imap, false, &["SSH-2.0-OpenSSH\r\n"])[0],
            Action::Fail(ProbeError::WrongProtocol(Protocol::Imap))
        );
        assert_eq!(run(Protocol::Imap, false, &["* OK"])[0], Action::Read);
    }

    #[test]
    fn pop3_stls() {
        let a = run(
            Protocol::Pop3,
            true,
            &[
                "+OK Dovecot ready.\r\n",
                "+OK\r\nCAPA\r\nTOP\r\nSTLS\r\nSASL PLAIN\r\n.\r\n",
                "+OK Begin TLS\r\n",
            ],
        );
        assert_eq!(a[0], Action::Send(b"CAPA\r\n".to_vec()));
        assert_eq!(a[1], Action::Send(b"STLS\r\n".to_vec()));
        assert_eq!(a[2], Action::StartTls);
        let a = run(Protocol::Pop3, true, &["+OK hi\r\n", "-ERR what\r\n"]);
        assert_eq!(a[1], Action::Fail(ProbeError::NoStartTls));
    }

    #[test]
    fn smtp_multiline() {
        let a = run(
            Protocol::Smtp,
            true,
            &[
                "220-mail.example.test\r\n220 ESMTP\r\n",
                "250-mail.example.test\r\n250-PIPELINING\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n",
                "220 2.0.0 Go ahead\r\n",
            ],
        );
        assert_eq!(a[0], Action::Send(b"EHLO mailsetup.localhost\r\n".to_vec()));
        assert_eq!(a[1], Action::Send(b"STARTTLS\r\n".to_vec()));
        assert_eq!(a[2], Action::StartTls);
        let a = run(Protocol::Smtp, false, &["554 no service\r\n"]);
        assert!(matches!(a[0], Action::Fail(ProbeError::Refused(_))));
    }

    #[test]
    fn endless_line_and_close() {
        let mut p = Probe::new(Protocol::Smtp, false);
        let big = vec![b'2'; super::super::lines::MAX_LINE + 10];
        assert_eq!(
            p.receive(&big),
            Action::Fail(ProbeError::Line(LineError::TooLong))
        );
        let mut p = Probe::new(Protocol::Pop3, false);
        assert!(matches!(
            p.receive(b""),
            Action::Fail(ProbeError::Refused(_))
        ));
    }
}
