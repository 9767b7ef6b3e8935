//! The discovery probe: read a server's greeting and capabilities, and on a plain connection ask for
//! the STARTTLS upgrade, without ever authenticating (it is given no credentials).
//!
//! IMAP (RFC 9051 §7.1 greeting, §6.1.1 CAPABILITY, §6.2.1 STARTTLS), POP3 (RFC 1939 greeting,
//! RFC 2449 CAPA, RFC 2595 STLS) and SMTP submission (RFC 5321 greeting and EHLO, RFC 3207 STARTTLS).
//! A [`Dialogue`] like the logins: feed received bytes to [`Dialogue::receive`], act on the [`Step`].
//! Over implicit TLS it ends with the capabilities; after STARTTLS with none (what a server says in
//! plain text is not kept, and the probe asks nothing more once the handshake is done).

pub use super::dialogue::Capabilities;
use super::dialogue::{Core, Dialogue, Failure};
use super::smtp::EHLO_NAME;
use crate::model::Protocol;

/// A probe's step.
pub type Step = super::dialogue::Step<Capabilities>;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Greeting,
    Capabilities,
    StartTls,
}

/// A probe of one server.
#[derive(Debug)]
pub struct Probe {
    protocol: Protocol,
    core: Core,
    state: State,
}

impl Probe {
    /// A probe for `protocol`; `tls` when the connection is already encrypted (implicit TLS),
    /// otherwise it must be upgraded with STARTTLS.
    pub fn new(protocol: Protocol, tls: bool) -> Probe {
        Probe {
            protocol,
            core: Core::new(tls, None),
            state: State::Greeting,
        }
    }

    fn add_caps<'a>(&mut self, words: impl Iterator<Item = &'a str>) {
        for w in words {
            self.core.caps.add(w.trim_matches(|c| c == '[' || c == ']'));
        }
    }

    fn send(&mut self, state: State, line: &str) -> Step {
        self.state = state;
        self.core.send(line)
    }

    fn refused(&mut self, line: &str) -> Step {
        self.core.finish(Err(Failure::Refused(line.to_owned())))
    }

    fn after_caps(&mut self, upgrade_cmd: &str, cap: &str) -> Step {
        let offered = self.core.caps.has(cap);
        if let Some(step) = self.core.upgrade_or_end(offered, upgrade_cmd) {
            self.state = State::StartTls;
            return step;
        }
        let caps = self.core.caps.clone();
        self.core.finish(Ok(caps))
    }

    fn imap(&mut self, line: &str) -> Option<Step> {
        let upper = line.to_ascii_uppercase();
        match self.state {
            State::Greeting => {
                if upper.starts_with("* OK") || upper.starts_with("* PREAUTH") {
                    if let Some(rest) = upper.split("[CAPABILITY ").nth(1) {
                        let list = rest.split(']').next().unwrap_or("");
                        self.add_caps(list.split_whitespace());
                    }
                    Some(self.send(State::Capabilities, "a CAPABILITY"))
                } else if upper.starts_with("* BYE") {
                    Some(self.refused(line))
                } else {
                    Some(self.core.finish(Err(Failure::NotProtocol)))
                }
            }
            State::Capabilities => {
                if let Some(rest) = upper.strip_prefix("* CAPABILITY ") {
                    self.add_caps(rest.split_whitespace());
                    None
                } else if upper.starts_with("A OK") {
                    if !self.core.caps.has("IMAP4REV1") && !self.core.caps.has("IMAP4REV2") {
                        return Some(self.core.finish(Err(Failure::NotProtocol)));
                    }
                    Some(self.after_caps("b STARTTLS", "STARTTLS"))
                } else if upper.starts_with("A NO") || upper.starts_with("A BAD") {
                    Some(self.refused(line))
                } else {
                    None // other untagged data
                }
            }
            State::StartTls if upper.starts_with("B ") => Some(
                self.core
                    .upgrade_answer(upper.starts_with("B OK"), line.to_owned()),
            ),
            State::StartTls => None,
        }
    }

    fn pop3(&mut self, line: &str) -> Option<Step> {
        let upper = line.to_ascii_uppercase();
        match self.state {
            State::Greeting => {
                if upper.starts_with("+OK") {
                    Some(self.send(State::Capabilities, "CAPA"))
                } else if upper.starts_with("-ERR") {
                    Some(self.refused(line))
                } else {
                    Some(self.core.finish(Err(Failure::NotProtocol)))
                }
            }
            State::Capabilities => {
                if self.core.in_reply() == 1 {
                    if upper.starts_with("-ERR") {
                        // RFC 2449 servers answer CAPA; one that does not has no STLS either.
                        return Some(self.after_caps("STLS", "STLS"));
                    }
                    if !upper.starts_with("+OK") {
                        return Some(self.core.finish(Err(Failure::NotProtocol)));
                    }
                    return None;
                }
                if line == "." {
                    return Some(self.after_caps("STLS", "STLS"));
                }
                self.add_caps(upper.split_whitespace().take(1));
                None
            }
            State::StartTls => Some(
                self.core
                    .upgrade_answer(upper.starts_with("+OK"), line.to_owned()),
            ),
        }
    }

    fn smtp(&mut self, line: &str) -> Option<Step> {
        let code = line.get(..3).unwrap_or("");
        let more = line.as_bytes().get(3) == Some(&b'-');
        if !code.bytes().all(|b| b.is_ascii_digit()) || code.len() != 3 {
            return Some(self.core.finish(Err(Failure::NotProtocol)));
        }
        match self.state {
            State::Greeting if code != "220" => Some(self.refused(line)),
            State::Greeting if more => None,
            State::Greeting => Some(self.send(State::Capabilities, &format!("EHLO {EHLO_NAME}"))),
            State::Capabilities if code != "250" => Some(self.refused(line)),
            State::Capabilities => {
                // The first line is the server's name; the rest are extensions.
                if self.core.in_reply() > 1 {
                    let ext = line.get(4..).unwrap_or("").to_ascii_uppercase();
                    self.add_caps(ext.split_whitespace().take(1));
                }
                if more {
                    return None;
                }
                Some(self.after_caps("STARTTLS", "STARTTLS"))
            }
            State::StartTls if more => None,
            State::StartTls => Some(self.core.upgrade_answer(code == "220", line.to_owned())),
        }
    }
}

impl Dialogue for Probe {
    type Done = Capabilities;

    fn core(&mut self) -> &mut Core {
        &mut self.core
    }

    /// Polite goodbye once the probe is done (over TLS if it was upgraded).
    fn farewell(&self) -> &'static str {
        match self.protocol {
            Protocol::Imap => "z LOGOUT",
            Protocol::Pop3 | Protocol::Smtp => "QUIT",
        }
    }

    /// The upgrade worked: that is all the probe wanted to know.
    fn after_tls(&mut self) -> Step {
        let caps = self.core.caps.clone();
        self.core.finish(Ok(caps))
    }

    fn line(&mut self, line: &str) -> Option<Step> {
        match self.protocol {
            Protocol::Imap => self.imap(line),
            Protocol::Pop3 => self.pop3(line),
            Protocol::Smtp => self.smtp(line),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::dialogue::shown;

    fn run(protocol: Protocol, tls: bool, server: &[&str]) -> Vec<String> {
        let mut p = Probe::new(protocol, tls);
        server
            .iter()
            .map(|chunk| shown(&p.receive(chunk.as_bytes())))
            .collect()
    }

    #[test]
    fn imap_tls() {
        let mut p = Probe::new(Protocol::Imap, true);
        let s = p.receive(b"* OK [CAPABILITY IMAP4rev1 STARTTLS] Dovecot ready.\r\n");
        assert_eq!(shown(&s), "C: a CAPABILITY");
        match p.receive(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na OK done\r\n") {
            Step::Finished(Ok(c)) => assert!(c.has("AUTH=PLAIN") && c.has("IMAP4REV1")),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn imap_starttls_and_stripped() {
        let a = run(
            Protocol::Imap,
            false,
            &[
                "* OK ready\r\n",
                "* CAPABILITY IMAP4rev1 STARTTLS\r\na OK\r\n",
                "b OK Begin TLS\r\n",
            ],
        );
        assert_eq!(a, ["C: a CAPABILITY", "C: b STARTTLS", "STARTTLS"]);
        let mut p = Probe::new(Protocol::Imap, false);
        p.receive(b"* OK ready\r\n");
        assert_eq!(
            p.receive(b"* CAPABILITY IMAP4rev1\r\na OK\r\n"),
            Step::Finished(Err(Failure::NoEncryption))
        );
    }

    #[test]
    fn after_starttls_the_probe_is_done() {
        let mut p = Probe::new(Protocol::Smtp, false);
        p.receive(b"220 hi\r\n");
        p.receive(b"250-x\r\n250 STARTTLS\r\n");
        assert_eq!(p.receive(b"220 go\r\n"), Step::StartTls);
        assert_eq!(p.tls_ready(), Step::Finished(Ok(Capabilities::default())));
        let mut p = Probe::new(Protocol::Smtp, false);
        p.receive(b"220 hi\r\n");
        p.receive(b"250-x\r\n250 STARTTLS\r\n");
        assert!(matches!(
            p.receive(b"454 4.7.0 not now\r\n"),
            Step::Finished(Err(Failure::StartTlsRefused(_)))
        ));
    }

    #[test]
    fn imap_bye_and_garbage() {
        assert!(run(Protocol::Imap, true, &["* BYE go away\r\n"])[0].starts_with("ERR: Refused"));
        assert_eq!(
            run(Protocol::Imap, true, &["SSH-2.0-OpenSSH\r\n"]),
            ["ERR: NotProtocol"]
        );
        assert_eq!(run(Protocol::Imap, true, &["* OK"]), ["READ"]);
    }

    #[test]
    fn pop3_stls() {
        let a = run(
            Protocol::Pop3,
            false,
            &[
                "+OK Dovecot ready.\r\n",
                "+OK\r\nCAPA\r\nTOP\r\nSTLS\r\nSASL PLAIN\r\n.\r\n",
                "+OK Begin TLS\r\n",
            ],
        );
        assert_eq!(a, ["C: CAPA", "C: STLS", "STARTTLS"]);
        let a = run(Protocol::Pop3, false, &["+OK hi\r\n", "-ERR what\r\n"]);
        assert_eq!(a[1], "ERR: NoEncryption");
    }

    #[test]
    fn smtp_multiline() {
        let a = run(
            Protocol::Smtp,
            false,
            &[
                "220-mail.example.test\r\n220 ESMTP\r\n",
                "250-mail.example.test\r\n250-PIPELINING\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n",
                "220 2.0.0 Go ahead\r\n",
            ],
        );
        assert_eq!(
            a,
            ["C: EHLO mailsetup.localhost", "C: STARTTLS", "STARTTLS"]
        );
        let a = run(Protocol::Smtp, true, &["554 no service\r\n"]);
        assert!(a[0].starts_with("ERR: Refused"));
    }

    #[test]
    fn endless_line_and_close() {
        let mut p = Probe::new(Protocol::Smtp, true);
        let big = vec![b'2'; super::super::lines::MAX_LINE + 10];
        assert_eq!(p.receive(&big), Step::Finished(Err(Failure::LineTooLong)));
        let mut p = Probe::new(Protocol::Pop3, true);
        assert_eq!(p.receive(b""), Step::Finished(Err(Failure::Closed)));
    }
}
