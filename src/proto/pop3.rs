//! POP3 login dialogue: greeting (RFC 1939), CAPA (RFC 2449), STLS (RFC 2595; CAPA is asked again
//! afterwards), AUTH PLAIN with an initial response (RFC 5034) or USER/PASS, extended response codes
//! (RFC 2449 `[IN-USE]`, RFC 3206 `[AUTH]`, `[SYS/TEMP]`, `[SYS/PERM]`), QUIT.
//!
//! Sans-IO: feed received bytes to [`Pop3Login::receive`], act on the returned [`Step`].

use super::login::{Credentials, Failure, LoggedIn, Rejection, Replies, Step};
use super::sasl;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Greeting,
    /// Waiting for the +OK/-ERR that starts the CAPA answer.
    CapaStatus,
    /// Reading capability lines up to ".".
    CapaList,
    Stls,
    AuthResult,
    User,
    Pass,
    Done,
}

/// One POP3 login.
#[derive(Debug)]
pub struct Pop3Login {
    creds: Credentials,
    tls: bool,
    state: State,
    lines: Replies,
    caps: Vec<String>,
}

fn rejection(text: &str) -> Rejection {
    let code = text
        .strip_prefix('[')
        .and_then(|t| t.split(']').next())
        .unwrap_or("")
        .to_ascii_uppercase();
    match code.as_str() {
        "IN-USE" => Rejection::InUse,
        "SYS/TEMP" => Rejection::Temporary,
        _ => Rejection::BadCredentials,
    }
}

impl Pop3Login {
    pub fn new(creds: Credentials, tls: bool) -> Pop3Login {
        Pop3Login {
            creds,
            tls,
            state: State::Greeting,
            lines: Replies::default(),
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

    fn capa(&mut self) -> Step {
        self.caps.clear();
        self.send(State::CapaStatus, "CAPA".into(), "CAPA".into())
    }

    pub fn tls_ready(&mut self) -> Step {
        self.tls = true;
        self.capa()
    }

    fn has(&self, word: &str) -> bool {
        self.caps
            .iter()
            .any(|c| c.split_whitespace().any(|w| w.eq_ignore_ascii_case(word)))
    }

    fn with_caps(&mut self) -> Step {
        if !self.tls {
            if self.caps.iter().any(|c| c.eq_ignore_ascii_case("STLS")) {
                return self.send(State::Stls, "STLS".into(), "STLS".into());
            }
            return self.finish(Err(Failure::NoEncryption));
        }
        let sasl_plain = self.caps.iter().any(|c| {
            c.to_ascii_uppercase().starts_with("SASL ")
                && c.split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("PLAIN"))
        });
        if sasl_plain {
            let Ok(ir) = sasl::plain(&self.creds) else {
                return self.finish(Err(Failure::Unencodable));
            };
            return self.send(
                State::AuthResult,
                format!("AUTH PLAIN {ir}"),
                "AUTH PLAIN [redacted]".into(),
            );
        }
        if self.creds.username.contains(['\r', '\n'])
            || self.creds.password.expose().contains(['\r', '\n', '\0'])
        {
            return self.finish(Err(Failure::Unencodable));
        }
        if !self.caps.is_empty()
            && !self.has("USER")
            && self
                .caps
                .iter()
                .any(|c| c.to_ascii_uppercase().starts_with("SASL"))
        {
            let offered = self
                .caps
                .iter()
                .filter(|c| c.to_ascii_uppercase().starts_with("SASL"))
                .cloned()
                .collect();
            return self.finish(Err(Failure::NoPasswordMethod { offered }));
        }
        let user = self.creds.username.clone();
        self.send(State::User, format!("USER {user}"), format!("USER {user}"))
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
        let ok = line.starts_with("+OK");
        let err = line.starts_with("-ERR");
        let text = line.get(if ok { 3 } else { 4 }..).unwrap_or("").trim();
        match self.state {
            State::Greeting if ok => Some(self.capa()),
            State::Greeting if err => Some(self.finish(Err(Failure::Refused(text.to_owned())))),
            State::Greeting => Some(self.finish(Err(Failure::NotProtocol))),
            State::CapaStatus if ok => {
                self.state = State::CapaList;
                None
            }
            // A server without CAPA: no STLS, no SASL; USER/PASS is all it can do.
            State::CapaStatus if err => Some(self.with_caps()),
            State::CapaStatus => Some(self.finish(Err(Failure::NotProtocol))),
            State::CapaList => {
                if line == "." {
                    return Some(self.with_caps());
                }
                if self.caps.len() < 512 {
                    self.caps.push(line.to_owned());
                }
                None
            }
            State::Stls if ok => {
                self.state = State::Done;
                Some(Step::StartTls)
            }
            State::Stls => Some(self.finish(Err(Failure::StartTlsRefused(line.to_owned())))),
            State::User if ok => {
                let pass = self.creds.password.expose().clone();
                Some(self.send(
                    State::Pass,
                    format!("PASS {pass}"),
                    "PASS [redacted]".into(),
                ))
            }
            State::AuthResult | State::User | State::Pass if ok => {
                Some(self.finish(Ok(LoggedIn::default())))
            }
            State::AuthResult | State::User | State::Pass => {
                Some(self.finish(Err(Failure::Rejected {
                    kind: rejection(text),
                    text: text.to_owned(),
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
    fn stls_then_sasl_plain() {
        let mut d = Pop3Login::new(creds("alice", "pw"), false);
        assert_eq!(shown(&d.receive(b"+OK Dovecot ready.\r\n")), "C: CAPA");
        assert_eq!(
            shown(&d.receive(b"+OK\r\nCAPA\r\nTOP\r\nSTLS\r\nUSER\r\n.\r\n")),
            "C: STLS"
        );
        assert_eq!(
            shown(&d.receive(b"+OK Begin TLS negotiation now.\r\n")),
            "STARTTLS"
        );
        assert_eq!(shown(&d.tls_ready()), "C: CAPA");
        assert_eq!(
            shown(&d.receive(b"+OK\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n")),
            "C: AUTH PLAIN [redacted]"
        );
        assert_eq!(shown(&d.receive(b"+OK Logged in.\r\n")), "OK");
    }

    #[test]
    fn user_pass_and_codes() {
        let mut d = Pop3Login::new(creds("alice", "pw"), true);
        d.receive(b"+OK hi\r\n");
        assert_eq!(shown(&d.receive(b"+OK\r\nUSER\r\n.\r\n")), "C: USER alice");
        assert_eq!(shown(&d.receive(b"+OK\r\n")), "C: PASS [redacted]");
        let s = d.receive(b"-ERR [AUTH] Authentication failed.\r\n");
        assert_eq!(
            s,
            Step::Finished(Err(Failure::Rejected {
                kind: Rejection::BadCredentials,
                text: "[AUTH] Authentication failed.".into()
            }))
        );
        let mut d = Pop3Login::new(creds("alice", "pw"), true);
        d.receive(b"+OK hi\r\n");
        d.receive(b"-ERR no CAPA here\r\n");
        d.receive(b"+OK\r\n");
        let s = d.receive(b"-ERR [IN-USE] Mailbox locked\r\n");
        assert!(matches!(
            s,
            Step::Finished(Err(Failure::Rejected {
                kind: Rejection::InUse,
                ..
            }))
        ));
    }

    #[test]
    fn no_stls_no_password() {
        let mut d = Pop3Login::new(creds("alice", "pw"), false);
        d.receive(b"+OK hi\r\n");
        assert_eq!(
            d.receive(b"+OK\r\nUSER\r\n.\r\n"),
            Step::Finished(Err(Failure::NoEncryption))
        );
        let mut d = Pop3Login::new(creds("alice", "pw"), false);
        assert!(matches!(
            d.receive(b"-ERR go away\r\n"),
            Step::Finished(Err(Failure::Refused(_)))
        ));
    }
}
