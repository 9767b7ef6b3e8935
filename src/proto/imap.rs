//! IMAP login dialogue (RFC 9051 / RFC 3501): greeting (OK, PREAUTH, BYE), CAPABILITY, STARTTLS
//! (RFC 9051 §6.2.1; capabilities are asked again afterwards), LOGINDISABLED, AUTHENTICATE PLAIN with
//! SASL-IR (RFC 4959) or a continuation, LOGIN with quoted strings or a synchronizing literal, response
//! codes (RFC 5530: `[AUTHENTICATIONFAILED]`, `[UNAVAILABLE]`, `[PRIVACYREQUIRED]`, …; `[ALERT]`), LOGOUT.
//!
//! Sans-IO: feed received bytes to [`ImapLogin::receive`], act on the returned [`Step`].

use super::login::{Credentials, Failure, LoggedIn, Rejection, Replies, Step};
use super::sasl;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Greeting,
    Capability,
    StartTls,
    /// AUTHENTICATE PLAIN sent without an initial response: waiting for "+".
    AuthContinue,
    /// LOGIN with a literal password: waiting for "+" before sending it.
    LiteralContinue,
    AuthResult,
    Done,
}

/// One IMAP login.
#[derive(Debug)]
pub struct ImapLogin {
    creds: Credentials,
    tls: bool,
    state: State,
    lines: Replies,
    caps: Vec<String>,
    alert: Option<String>,
    /// A pending literal to send after "+".
    pending_literal: Option<Vec<u8>>,
}

fn status_of<'a>(line: &'a str, tag: &str) -> Option<(&'a str, &'a str)> {
    let rest = line.strip_prefix(tag)?.strip_prefix(' ')?;
    let (status, text) = rest.split_once(' ').unwrap_or((rest, ""));
    Some((status, text))
}

/// The response code at the start of a response text, e.g. `AUTHENTICATIONFAILED`.
pub fn response_code(text: &str) -> Option<&str> {
    let inner = text.strip_prefix('[')?;
    let end = inner.find(']')?;
    inner[..end].split_whitespace().next()
}

fn after_code(text: &str) -> &str {
    match text
        .strip_prefix('[')
        .and_then(|t| t.find(']').map(|i| &t[i + 1..]))
    {
        Some(rest) => rest.trim(),
        None => text.trim(),
    }
}

/// An IMAP quoted string, or `None` when the value needs a literal (non-ASCII, CR, LF, NUL).
pub fn quoted(s: &str) -> Option<String> {
    if s.bytes().any(|b| !(0x20..0x7f).contains(&b)) {
        return None;
    }
    Some(format!(
        "\"{}\"",
        s.replace('\\', "\\\\").replace('"', "\\\"")
    ))
}

impl ImapLogin {
    /// `tls`: whether the connection is already encrypted (implicit TLS).
    pub fn new(creds: Credentials, tls: bool) -> ImapLogin {
        ImapLogin {
            creds,
            tls,
            state: State::Greeting,
            lines: Replies::default(),
            caps: Vec::new(),
            alert: None,
            pending_literal: None,
        }
    }

    fn has(&self, cap: &str) -> bool {
        self.caps.iter().any(|c| c.eq_ignore_ascii_case(cap))
    }

    fn set_caps(&mut self, list: &str) {
        self.caps = list
            .split_whitespace()
            .take(512)
            .map(str::to_ascii_uppercase)
            .collect();
    }

    fn finish(&mut self, r: Result<LoggedIn, Failure>) -> Step {
        self.state = State::Done;
        Step::Finished(r)
    }

    fn send(&mut self, state: State, bytes: Vec<u8>, shown: String) -> Step {
        self.state = state;
        Step::Send { bytes, shown }
    }

    /// What to send after the dialogue ended, to close politely (the answer does not matter).
    pub fn farewell(&self) -> &'static str {
        "a4 LOGOUT"
    }

    /// The connection is now encrypted after STARTTLS: ask for capabilities again.
    pub fn tls_ready(&mut self) -> Step {
        self.tls = true;
        self.caps.clear();
        self.send(
            State::Capability,
            b"a2 CAPABILITY\r\n".to_vec(),
            "a2 CAPABILITY".into(),
        )
    }

    /// Decide what to do once capabilities are known.
    fn with_caps(&mut self) -> Step {
        if !self.tls {
            if self.has("STARTTLS") {
                return self.send(
                    State::StartTls,
                    b"a1 STARTTLS\r\n".to_vec(),
                    "a1 STARTTLS".into(),
                );
            }
            return self.finish(Err(Failure::NoEncryption));
        }
        if self.has("AUTH=PLAIN") {
            let Ok(ir) = sasl::plain(&self.creds) else {
                return self.finish(Err(Failure::Unencodable));
            };
            if self.has("SASL-IR") {
                let bytes = format!("a3 AUTHENTICATE PLAIN {ir}\r\n").into_bytes();
                return self.send(
                    State::AuthResult,
                    bytes,
                    "a3 AUTHENTICATE PLAIN [redacted]".into(),
                );
            }
            return self.send(
                State::AuthContinue,
                b"a3 AUTHENTICATE PLAIN\r\n".to_vec(),
                "a3 AUTHENTICATE PLAIN".into(),
            );
        }
        if self.has("LOGINDISABLED") {
            let offered = self
                .caps
                .iter()
                .filter(|c| c.starts_with("AUTH="))
                .cloned()
                .collect();
            return self.finish(Err(Failure::NoPasswordMethod { offered }));
        }
        let Some(user) = quoted(&self.creds.username) else {
            return self.finish(Err(Failure::Unencodable));
        };
        let pass = self.creds.password.expose().clone();
        if pass.bytes().any(|b| b == 0 || b == b'\r' || b == b'\n') {
            return self.finish(Err(Failure::Unencodable));
        }
        match quoted(&pass) {
            Some(q) => {
                let bytes = format!("a3 LOGIN {user} {q}\r\n").into_bytes();
                self.send(
                    State::AuthResult,
                    bytes,
                    format!("a3 LOGIN {user} [redacted]"),
                )
            }
            None => {
                self.pending_literal = Some(format!("{pass}\r\n").into_bytes());
                let bytes = format!("a3 LOGIN {user} {{{}}}\r\n", pass.len()).into_bytes();
                self.send(
                    State::LiteralContinue,
                    bytes,
                    format!("a3 LOGIN {user} {{[redacted]}}"),
                )
            }
        }
    }

    /// Feeds received bytes; an empty slice means the server closed the connection.
    pub fn receive(&mut self, bytes: &[u8]) -> Step {
        if bytes.is_empty() {
            return self.finish(Err(Failure::Closed));
        }
        self.lines.push(bytes);
        loop {
            let line = match self.lines.next_line() {
                Ok(Some(l)) => l,
                Ok(None) => return Step::Read,
                Err(e) => return self.finish(Err(e)),
            };
            if let Some(step) = self.line(&line) {
                self.lines.reply_done();
                return step;
            }
        }
    }

    fn line(&mut self, line: &str) -> Option<Step> {
        let upper = line.to_ascii_uppercase();
        if let Some(text) = upper
            .strip_prefix("* OK ")
            .or_else(|| upper.strip_prefix("* NO "))
        {
            if response_code(text) == Some("ALERT") && self.state != State::Greeting {
                self.alert = Some(after_code(&line[5..]).to_owned());
                return None;
            }
        }
        if let Some(list) = upper.strip_prefix("* CAPABILITY ") {
            self.set_caps(list);
            return None;
        }
        match self.state {
            State::Greeting => {
                if let Some(text) = upper.strip_prefix("* OK") {
                    if let Some(rest) = text.trim_start().strip_prefix("[CAPABILITY ") {
                        self.set_caps(rest.split(']').next().unwrap_or(""));
                    }
                    if response_code(text.trim_start()) == Some("ALERT") {
                        self.alert = Some(after_code(line[4..].trim_start()).to_owned());
                    }
                    if self.caps.is_empty() {
                        return Some(self.send(
                            State::Capability,
                            b"a0 CAPABILITY\r\n".to_vec(),
                            "a0 CAPABILITY".into(),
                        ));
                    }
                    return Some(self.with_caps());
                }
                if upper.starts_with("* PREAUTH") {
                    return Some(self.finish(Ok(LoggedIn { alert: None })));
                }
                if upper.starts_with("* BYE") {
                    return Some(self.finish(Err(Failure::Refused(line[5..].trim().to_owned()))));
                }
                Some(self.finish(Err(Failure::NotProtocol)))
            }
            State::Capability => {
                let (status, text) = status_of(&upper, "A0").or_else(|| status_of(&upper, "A2"))?;
                if status == "OK" {
                    if !self.has("IMAP4REV1") && !self.has("IMAP4REV2") {
                        return Some(self.finish(Err(Failure::NotProtocol)));
                    }
                    return Some(self.with_caps());
                }
                Some(self.finish(Err(Failure::Refused(after_code(text).to_owned()))))
            }
            State::StartTls => {
                let (status, _) = status_of(&upper, "A1")?;
                if status == "OK" {
                    self.state = State::Done;
                    return Some(Step::StartTls);
                }
                Some(self.finish(Err(Failure::StartTlsRefused(line.to_owned()))))
            }
            State::AuthContinue => {
                if line.starts_with('+') {
                    let ir = sasl::plain(&self.creds).unwrap_or_default();
                    return Some(self.send(
                        State::AuthResult,
                        format!("{ir}\r\n").into_bytes(),
                        "[redacted]".into(),
                    ));
                }
                self.auth_result(line, &upper)
            }
            State::LiteralContinue => {
                if line.starts_with('+') {
                    let bytes = self.pending_literal.take().unwrap_or_default();
                    return Some(self.send(State::AuthResult, bytes, "[redacted]".into()));
                }
                self.auth_result(line, &upper)
            }
            State::AuthResult => self.auth_result(line, &upper),
            State::Done => None,
        }
    }

    fn auth_result(&mut self, line: &str, upper: &str) -> Option<Step> {
        let (status, text) = status_of(upper, "A3")?;
        let original_text = &line[line.len() - text.len()..];
        if status == "OK" {
            let alert = self.alert.take();
            return Some(self.finish(Ok(LoggedIn { alert })));
        }
        let kind = match response_code(text) {
            Some("UNAVAILABLE") | Some("SERVERBUG") | Some("LIMIT") => Rejection::Temporary,
            Some("PRIVACYREQUIRED") => Rejection::EncryptionRequired,
            Some("WEBALERT") => Rejection::WebLoginRequired,
            _ => Rejection::BadCredentials,
        };
        let mut shown = after_code(original_text).to_owned();
        if let Some(a) = &self.alert {
            shown = format!("{shown} ({a})");
        }
        Some(self.finish(Err(Failure::Rejected { kind, text: shown })))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::login::{creds, shown};

    fn bytes_of(step: &Step) -> String {
        match step {
            Step::Send { bytes, .. } => String::from_utf8_lossy(bytes).into_owned(),
            _ => String::new(),
        }
    }

    #[test]
    fn implicit_tls_with_sasl_ir() {
        let mut d = ImapLogin::new(creds("alice@example.test", "alicepw"), true);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] Dovecot ready.\r\n");
        assert_eq!(shown(&s), "C: a3 AUTHENTICATE PLAIN [redacted]");
        assert_eq!(
            bytes_of(&s),
            "a3 AUTHENTICATE PLAIN AGFsaWNlQGV4YW1wbGUudGVzdABhbGljZXB3\r\n"
        );
        assert_eq!(
            shown(&d.receive(b"a3 OK [CAPABILITY IMAP4rev1] Logged in\r\n")),
            "OK"
        );
    }

    #[test]
    fn starttls_then_capability_again_then_continuation() {
        let mut d = ImapLogin::new(creds("alice", "pw"), false);
        assert_eq!(shown(&d.receive(b"* OK ready\r\n")), "C: a0 CAPABILITY");
        assert_eq!(
            shown(&d.receive(b"* CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED\r\na0 OK done\r\n")),
            "C: a1 STARTTLS"
        );
        assert_eq!(shown(&d.receive(b"a1 OK Begin TLS\r\n")), "STARTTLS");
        assert_eq!(shown(&d.tls_ready()), "C: a2 CAPABILITY");
        assert_eq!(
            shown(&d.receive(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na2 OK\r\n")),
            "C: a3 AUTHENTICATE PLAIN"
        );
        assert_eq!(shown(&d.receive(b"+ \r\n")), "C: [redacted]");
        let end = d.receive(b"a3 NO [AUTHENTICATIONFAILED] Authentication failed.\r\n");
        assert_eq!(
            end,
            Step::Finished(Err(Failure::Rejected {
                kind: Rejection::BadCredentials,
                text: "Authentication failed.".into()
            }))
        );
    }

    #[test]
    fn no_starttls_means_no_password() {
        let mut d = ImapLogin::new(creds("alice", "secretpw"), false);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] hi\r\n");
        assert_eq!(s, Step::Finished(Err(Failure::NoEncryption)));
    }

    #[test]
    fn login_quoting_and_literal() {
        let mut d = ImapLogin::new(creds("bob", "pa\"s\\s"), true);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1] hi\r\n");
        assert_eq!(bytes_of(&s), "a3 LOGIN \"bob\" \"pa\\\"s\\\\s\"\r\n");
        assert_eq!(shown(&s), "C: a3 LOGIN \"bob\" [redacted]");
        let mut d = ImapLogin::new(creds("bob", "pässword"), true);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1] hi\r\n");
        assert_eq!(bytes_of(&s), "a3 LOGIN \"bob\" {9}\r\n");
        let s = d.receive(b"+ go ahead\r\n");
        assert_eq!(bytes_of(&s), "pässword\r\n");
        assert_eq!(shown(&d.receive(b"a3 OK\r\n")), "OK");
    }

    #[test]
    fn codes_greetings_and_alerts() {
        let mut d = ImapLogin::new(creds("a", "b"), true);
        d.receive(b"* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi\r\n");
        let s = d.receive(
            b"* OK [ALERT] Your account expires soon\r\na3 NO [UNAVAILABLE] Try later\r\n",
        );
        assert_eq!(
            s,
            Step::Finished(Err(Failure::Rejected {
                kind: Rejection::Temporary,
                text: "Try later (Your account expires soon)".into()
            }))
        );
        let mut d = ImapLogin::new(creds("a", "b"), true);
        assert!(matches!(
            d.receive(b"* BYE Too many connections\r\n"),
            Step::Finished(Err(Failure::Refused(_)))
        ));
        let mut d = ImapLogin::new(creds("a", "b"), true);
        assert_eq!(
            d.receive(b"HTTP/1.1 400 Bad\r\n"),
            Step::Finished(Err(Failure::NotProtocol))
        );
        let mut d = ImapLogin::new(creds("a", "b"), true);
        let s = d.receive(b"* OK [CAPABILITY IMAP4rev1 LOGINDISABLED AUTH=XOAUTH2] hi\r\n");
        assert_eq!(
            s,
            Step::Finished(Err(Failure::NoPasswordMethod {
                offered: vec!["AUTH=XOAUTH2".into()]
            }))
        );
        let mut d = ImapLogin::new(creds("a", "b"), true);
        assert_eq!(d.receive(b"* OK hi"), Step::Read);
        assert_eq!(d.receive(b""), Step::Finished(Err(Failure::Closed)));
    }
}
