//! SMTP submission login dialogue: 220 greeting (RFC 5321, multi-line), EHLO, STARTTLS (RFC 3207) and
//! EHLO again, AUTH PLAIN with an initial response or AUTH LOGIN (RFC 4954), enhanced status codes
//! (RFC 3463; 535 5.7.8 bad credentials, 534 5.7.9 web login / app password required, 530 5.7.0 and
//! 538 encryption required, 454 4.7.0 temporary), QUIT. Never MAIL FROM, never a message.
//!
//! Sans-IO: feed received bytes to [`SmtpLogin::receive`], act on the returned [`Step`].

use super::lines::LineBuffer;
use super::login::{Credentials, Failure, LoggedIn, MAX_REPLY_LINES, Rejection, Step};
use super::sasl;

/// The name we give in EHLO (no name of ours is meaningful to the server).
const EHLO_NAME: &str = "mailsetup.localhost";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Greeting,
    Ehlo,
    StartTls,
    AuthResult,
    LoginUser,
    LoginPass,
    Done,
}

/// A complete (possibly multi-line) reply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub code: u16,
    pub lines: Vec<String>,
}

impl Reply {
    /// The enhanced status code (e.g. `5.7.8`) at the start of the first line's text, if any.
    pub fn enhanced(&self) -> Option<&str> {
        let first = self.lines.first()?.split_whitespace().next()?;
        let parts: Vec<&str> = first.split('.').collect();
        (parts.len() == 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())))
        .then_some(first)
    }

    pub fn text(&self) -> String {
        self.lines.join(" ")
    }
}

/// One SMTP submission login.
#[derive(Debug)]
pub struct SmtpLogin {
    creds: Credentials,
    tls: bool,
    state: State,
    lines: LineBuffer,
    partial: Vec<String>,
    caps: Vec<String>,
}

/// Classifies a refused AUTH by its codes.
pub fn rejection(reply: &Reply) -> Rejection {
    match (reply.code, reply.enhanced()) {
        (534, _) | (_, Some("5.7.9")) => Rejection::WebLoginRequired,
        (530, _) | (538, _) | (_, Some("5.7.11")) => Rejection::EncryptionRequired,
        (400..=499, _) => Rejection::Temporary,
        _ => Rejection::BadCredentials,
    }
}

impl SmtpLogin {
    pub fn new(creds: Credentials, tls: bool) -> SmtpLogin {
        SmtpLogin {
            creds,
            tls,
            state: State::Greeting,
            lines: LineBuffer::default(),
            partial: Vec::new(),
            caps: Vec::new(),
        }
    }

    pub fn farewell(&self) -> &'static str {
        "QUIT"
    }

    fn finish(&mut self, r: Result<LoggedIn, Failure>) -> Step {
        self.state = State::Done;
        Step::Finished(r)
    }

    fn send(&mut self, state: State, text: String, shown: String) -> Step {
        self.state = state;
        Step::Send {
            bytes: format!("{text}\r\n").into_bytes(),
            shown,
        }
    }

    fn ehlo(&mut self) -> Step {
        self.caps.clear();
        self.send(
            State::Ehlo,
            format!("EHLO {EHLO_NAME}"),
            format!("EHLO {EHLO_NAME}"),
        )
    }

    pub fn tls_ready(&mut self) -> Step {
        self.tls = true;
        self.ehlo()
    }

    fn auth_mechs(&self) -> Vec<String> {
        self.caps
            .iter()
            .filter_map(|c| {
                let u = c.to_ascii_uppercase();
                u.strip_prefix("AUTH ")
                    .or_else(|| u.strip_prefix("AUTH="))
                    .map(str::to_owned)
            })
            .flat_map(|m| m.split_whitespace().map(str::to_owned).collect::<Vec<_>>())
            .collect()
    }

    fn with_caps(&mut self) -> Step {
        if !self.tls {
            if self.caps.iter().any(|c| c.eq_ignore_ascii_case("STARTTLS")) {
                return self.send(State::StartTls, "STARTTLS".into(), "STARTTLS".into());
            }
            return self.finish(Err(Failure::NoEncryption));
        }
        let mechs = self.auth_mechs();
        if mechs.is_empty() {
            return self.finish(Err(Failure::LoginNotOffered));
        }
        if mechs.iter().any(|m| m == "PLAIN") {
            let Ok(ir) = sasl::plain(&self.creds) else {
                return self.finish(Err(Failure::Unencodable));
            };
            return self.send(
                State::AuthResult,
                format!("AUTH PLAIN {ir}"),
                "AUTH PLAIN [redacted]".into(),
            );
        }
        if mechs.iter().any(|m| m == "LOGIN") {
            return self.send(State::LoginUser, "AUTH LOGIN".into(), "AUTH LOGIN".into());
        }
        self.finish(Err(Failure::NoPasswordMethod { offered: mechs }))
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
                Err(_) => return self.finish(Err(Failure::LineTooLong)),
            };
            let code = line.get(..3).and_then(|c| c.parse::<u16>().ok());
            let Some(code) = code.filter(|c| (200..=599).contains(c)) else {
                return self.finish(Err(Failure::NotProtocol));
            };
            let more = line.as_bytes().get(3) == Some(&b'-');
            if self.partial.len() >= MAX_REPLY_LINES {
                return self.finish(Err(Failure::ReplyTooLong));
            }
            self.partial.push(line.get(4..).unwrap_or("").to_owned());
            if more {
                continue;
            }
            let reply = Reply {
                code,
                lines: std::mem::take(&mut self.partial),
            };
            if let Some(step) = self.reply(reply) {
                return step;
            }
        }
    }

    fn reply(&mut self, r: Reply) -> Option<Step> {
        match self.state {
            State::Greeting if r.code == 220 => Some(self.ehlo()),
            State::Greeting => Some(self.finish(Err(Failure::Refused(r.text())))),
            State::Ehlo if r.code == 250 => {
                self.caps = r.lines.iter().skip(1).take(512).cloned().collect();
                Some(self.with_caps())
            }
            State::Ehlo => Some(self.finish(Err(Failure::NotProtocol))),
            State::StartTls if r.code == 220 => {
                self.state = State::Done;
                Some(Step::StartTls)
            }
            State::StartTls => Some(self.finish(Err(Failure::StartTlsRefused(format!(
                "{} {}",
                r.code,
                r.text()
            ))))),
            State::LoginUser if r.code == 334 => {
                let u = sasl::login_username(&self.creds);
                Some(self.send(State::LoginPass, u, "[redacted]".into()))
            }
            State::LoginPass if r.code == 334 => {
                let p = sasl::login_password(&self.creds);
                Some(self.send(State::AuthResult, p, "[redacted]".into()))
            }
            State::AuthResult | State::LoginUser | State::LoginPass if r.code == 235 => {
                Some(self.finish(Ok(LoggedIn::default())))
            }
            State::AuthResult | State::LoginUser | State::LoginPass => {
                let kind = rejection(&r);
                Some(self.finish(Err(Failure::Rejected {
                    kind,
                    text: format!("{} {}", r.code, r.text()),
                })))
            }
            State::Done => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::login::{creds, shown};

    #[test]
    fn starttls_ehlo_again_auth_plain() {
        let mut d = SmtpLogin::new(creds("alice", "pw"), false);
        assert_eq!(
            shown(&d.receive(b"220-mail.example.test\r\n220 ESMTP ready\r\n")),
            "C: EHLO mailsetup.localhost"
        );
        assert_eq!(
            shown(&d.receive(b"250-mail.example.test\r\n250-PIPELINING\r\n250 STARTTLS\r\n")),
            "C: STARTTLS"
        );
        assert_eq!(shown(&d.receive(b"220 2.0.0 Ready\r\n")), "STARTTLS");
        assert_eq!(shown(&d.tls_ready()), "C: EHLO mailsetup.localhost");
        assert_eq!(
            shown(&d.receive(b"250-mail.example.test\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME\r\n")),
            "C: AUTH PLAIN [redacted]"
        );
        assert_eq!(shown(&d.receive(b"235 2.7.0 Logged in.\r\n")), "OK");
    }

    #[test]
    fn auth_login_and_enhanced_codes() {
        let mut d = SmtpLogin::new(creds("alice", "pw"), true);
        d.receive(b"220 hi\r\n");
        assert_eq!(
            shown(&d.receive(b"250-x\r\n250 AUTH=LOGIN\r\n")),
            "C: AUTH LOGIN"
        );
        assert_eq!(shown(&d.receive(b"334 VXNlcm5hbWU6\r\n")), "C: [redacted]");
        assert_eq!(shown(&d.receive(b"334 UGFzc3dvcmQ6\r\n")), "C: [redacted]");
        let s = d.receive(b"535 5.7.8 Authentication credentials invalid\r\n");
        assert!(matches!(
            s,
            Step::Finished(Err(Failure::Rejected {
                kind: Rejection::BadCredentials,
                ..
            }))
        ));

        let mut d = SmtpLogin::new(creds("alice", "pw"), true);
        d.receive(b"220 hi\r\n");
        d.receive(b"250-x\r\n250 AUTH PLAIN\r\n");
        let s = d.receive(
            b"534-5.7.9 Application-specific password required.\r\n534 5.7.9 Learn more\r\n",
        );
        assert!(matches!(
            s,
            Step::Finished(Err(Failure::Rejected {
                kind: Rejection::WebLoginRequired,
                ..
            }))
        ));
    }

    #[test]
    fn no_auth_no_tls_and_garbage() {
        let mut d = SmtpLogin::new(creds("alice", "pw"), true);
        d.receive(b"220 hi\r\n");
        assert_eq!(
            d.receive(b"250-x\r\n250 SIZE 100\r\n"),
            Step::Finished(Err(Failure::LoginNotOffered))
        );
        let mut d = SmtpLogin::new(creds("alice", "pw"), false);
        d.receive(b"220 hi\r\n");
        assert_eq!(
            d.receive(b"250-x\r\n250 AUTH PLAIN\r\n"),
            Step::Finished(Err(Failure::NoEncryption))
        );
        let mut d = SmtpLogin::new(creds("alice", "pw"), true);
        assert_eq!(
            d.receive(b"* OK IMAP here\r\n"),
            Step::Finished(Err(Failure::NotProtocol))
        );
        let mut d = SmtpLogin::new(creds("alice", "pw"), true);
        assert!(matches!(
            d.receive(b"554 5.7.1 No service\r\n"),
            Step::Finished(Err(Failure::Refused(_)))
        ));
    }
}
