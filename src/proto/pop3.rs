//! POP3 login dialogue: greeting (RFC 1939), CAPA (RFC 2449), STLS (RFC 2595; CAPA is asked again
//! afterwards), AUTH PLAIN with an initial response (RFC 5034) or USER/PASS, AUTH OAUTHBEARER / XOAUTH2
//! with the token after the server's "+" (RFC 7628; too long for an initial response), extended response codes
//! (RFC 2449 `[IN-USE]`, RFC 3206 `[AUTH]`, `[SYS/TEMP]`, `[SYS/PERM]`), QUIT.
//!
//! Sans-IO: feed received bytes to [`Dialogue::receive`], act on the returned [`Step`].

use super::dialogue::{Core, CredentialLine, Dialogue};
use super::login::{Credentials, Failure, LoggedIn, Rejection, Step};
use super::sasl::Exchange;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Greeting,
    /// Waiting for the +OK/-ERR that starts the CAPA answer.
    CapaStatus,
    /// Reading capability lines up to ".".
    CapaList,
    Stls,
    /// AUTH sent: answering the server's "+" challenges until +OK or -ERR.
    Sasl(Exchange),
    User,
    Pass,
}

/// One POP3 login.
#[derive(Debug)]
pub struct Pop3Login {
    core: Core,
    state: State,
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
    /// `tls`: whether the connection is already encrypted (implicit TLS).
    pub fn new(creds: Credentials, tls: bool) -> Pop3Login {
        Pop3Login {
            core: Core::new(tls, Some(creds)),
            state: State::Greeting,
        }
    }

    fn capa(&mut self) -> Step {
        self.core.caps.clear();
        self.state = State::CapaStatus;
        self.core.send("CAPA")
    }

    fn with_caps(&mut self) -> Step {
        let offered = self.core.caps.has("STLS");
        if let Some(step) = self.core.upgrade_or_end(offered, "STLS") {
            self.state = State::Stls;
            return step;
        }
        let mechanisms = self.core.caps.mechanisms(&["SASL "]);
        let picked = match self.core.pick_mechanism(&mechanisms) {
            Ok(m) => m,
            Err(f) => return self.core.finish(Err(f)),
        };
        if let Some(m) = picked {
            let mut x = Exchange::new(m);
            // RFC 5034 §4 keeps an initial response within the 255-octet command line: a token is
            // longer, so it waits for the server's "+" (as Microsoft documents for POP3 XOAUTH2).
            let step = self.core.sasl_start("AUTH", &mut x, !m.is_oauth());
            self.state = State::Sasl(x);
            return step;
        }
        if !self.core.caps.is_empty()
            && !self.core.caps.has_word("USER")
            && self.core.caps.starting_with("SASL").next().is_some()
        {
            let offered = self
                .core
                .caps
                .starting_with("SASL")
                .map(str::to_owned)
                .collect();
            return self.core.finish(Err(Failure::NoPasswordMethod { offered }));
        }
        self.state = State::User;
        self.core.send_credential(|c| {
            if c.username.contains(['\r', '\n']) || c.secret.expose().contains(['\r', '\n', '\0']) {
                return Err(Failure::Unencodable);
            }
            Ok(CredentialLine {
                wire: format!("USER {}", c.username),
                shown: format!("USER {}", c.username),
            })
        })
    }
}

impl Dialogue for Pop3Login {
    type Done = LoggedIn;

    fn core(&mut self) -> &mut Core {
        &mut self.core
    }

    fn farewell(&self) -> &'static str {
        "QUIT"
    }

    /// CAPA is asked again over TLS (RFC 2595 §4).
    fn after_tls(&mut self) -> Step {
        self.capa()
    }

    fn line(&mut self, line: &str) -> Option<Step> {
        let ok = line.starts_with("+OK");
        let err = line.starts_with("-ERR");
        let text = line.get(if ok { 3 } else { 4 }..).unwrap_or("").trim();
        match self.state {
            State::Greeting if ok => Some(self.capa()),
            State::Greeting if err => {
                Some(self.core.finish(Err(Failure::Refused(text.to_owned()))))
            }
            State::Greeting => Some(self.core.finish(Err(Failure::NotProtocol))),
            State::CapaStatus if ok => {
                self.state = State::CapaList;
                None
            }
            // A server without CAPA: no STLS, no SASL; USER/PASS is all it can do.
            State::CapaStatus if err => Some(self.with_caps()),
            State::CapaStatus => Some(self.core.finish(Err(Failure::NotProtocol))),
            State::CapaList => {
                if line == "." {
                    return Some(self.with_caps());
                }
                self.core.caps.add(line);
                None
            }
            State::Stls => Some(self.core.upgrade_answer(ok, line.to_owned())),
            State::Sasl(mut x) if line.starts_with("+ ") || line == "+" => {
                let step = self.core.sasl_answer(&mut x, line[1..].trim());
                self.state = State::Sasl(x);
                Some(step)
            }
            State::User if ok => {
                self.state = State::Pass;
                Some(self.core.send_credential(|c| {
                    Ok(CredentialLine {
                        wire: format!("PASS {}", c.secret.expose()),
                        shown: "PASS [redacted]".into(),
                    })
                }))
            }
            State::Sasl(_) | State::User | State::Pass if ok => {
                Some(self.core.finish(Ok(LoggedIn::default())))
            }
            State::Sasl(x) if x.token_problem().is_some() => {
                Some(self.core.finish(Err(Failure::Rejected {
                    kind: Rejection::Token(x.token_problem().expect("checked")),
                    text: text.to_owned(),
                })))
            }
            State::Sasl(_) | State::User | State::Pass => {
                Some(self.core.finish(Err(Failure::Rejected {
                    kind: rejection(text),
                    text: text.to_owned(),
                })))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::dialogue::shown;
    use crate::proto::login::creds;

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

    #[test]
    fn a_token_waits_for_the_continuation() {
        let mut d = Pop3Login::new(crate::proto::login::token("jo@example.com", "tok"), true);
        d.receive(b"+OK ready\r\n");
        let s = d.receive(b"+OK\r\nSASL PLAIN XOAUTH2\r\nUSER\r\n.\r\n");
        assert_eq!(shown(&s), "C: AUTH XOAUTH2");
        assert_eq!(shown(&d.receive(b"+ \r\n")), "C: [redacted]");
        assert_eq!(shown(&d.receive(b"+OK Logged in.\r\n")), "OK");
    }
}
