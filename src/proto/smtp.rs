//! SMTP submission login dialogue: 220 greeting (RFC 5321, multi-line), EHLO, STARTTLS (RFC 3207) and
//! EHLO again, AUTH PLAIN with an initial response or AUTH LOGIN (RFC 4954), enhanced status codes
//! (RFC 3463; 535 5.7.8 bad credentials, 534 5.7.9 web login / app password required, 530 5.7.0 and
//! 538 encryption required, 454 4.7.0 temporary), QUIT. Never MAIL FROM, never a message.
//!
//! Sans-IO: feed received bytes to [`Dialogue::receive`], act on the returned [`Step`].

use super::dialogue::{Core, Dialogue};
use super::login::{Credentials, Failure, LoggedIn, Rejection, Step};
use super::sasl::Exchange;

/// The name we give in EHLO (no name of ours is meaningful to the server).
pub(crate) const EHLO_NAME: &str = "mailsetup.localhost";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Greeting,
    Ehlo,
    StartTls,
    /// AUTH sent: answering the server's 334 challenges until 235 or a refusal.
    Sasl(Exchange),
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

/// Collects the lines of one reply, multi-line (`250-…`) up to its last line (`250 …`).
#[derive(Debug, Default)]
pub(crate) struct Replies {
    partial: Vec<String>,
}

impl Replies {
    /// A complete reply, `Ok(None)` while it goes on, `Err` for a line that is no SMTP reply.
    pub(crate) fn line(&mut self, line: &str) -> Result<Option<Reply>, Failure> {
        let code = line.get(..3).and_then(|c| c.parse::<u16>().ok());
        let Some(code) = code.filter(|c| (200..=599).contains(c)) else {
            return Err(Failure::NotProtocol);
        };
        self.partial.push(line.get(4..).unwrap_or("").to_owned());
        if line.as_bytes().get(3) == Some(&b'-') {
            return Ok(None);
        }
        Ok(Some(Reply {
            code,
            lines: std::mem::take(&mut self.partial),
        }))
    }

    pub(crate) fn clear(&mut self) {
        self.partial.clear();
    }
}

/// One SMTP submission login.
#[derive(Debug)]
pub struct SmtpLogin {
    core: Core,
    state: State,
    replies: Replies,
}

/// Classifies a refused AUTH by its codes.
pub(crate) fn rejection(reply: &Reply) -> Rejection {
    match (reply.code, reply.enhanced()) {
        (534, _) | (_, Some("5.7.9")) => Rejection::WebLoginRequired,
        // Microsoft 365: "basic authentication is disabled" / "SmtpClientAuthentication disabled".
        (_, Some("5.7.139")) | (_, Some("5.7.30")) => Rejection::PasswordNotAllowed,
        (530, _) | (538, _) | (_, Some("5.7.11")) => Rejection::EncryptionRequired,
        (400..=499, _) => Rejection::Temporary,
        _ => Rejection::BadCredentials,
    }
}

impl SmtpLogin {
    /// `tls`: whether the connection is already encrypted (implicit TLS).
    pub fn new(creds: Credentials, tls: bool) -> SmtpLogin {
        SmtpLogin {
            core: Core::new(tls, Some(creds)),
            state: State::Greeting,
            replies: Replies::default(),
        }
    }

    fn ehlo(&mut self) -> Step {
        self.core.caps.clear();
        self.state = State::Ehlo;
        self.core.send(&format!("EHLO {EHLO_NAME}"))
    }

    fn with_caps(&mut self) -> Step {
        let offered = self.core.caps.has("STARTTLS");
        if let Some(step) = self.core.upgrade_or_end(offered, "STARTTLS") {
            self.state = State::StartTls;
            return step;
        }
        let mechanisms = self.core.caps.mechanisms(&["AUTH ", "AUTH="]);
        if mechanisms.is_empty() {
            return self.core.finish(Err(Failure::LoginNotOffered));
        }
        let m = match self.core.pick_mechanism(&mechanisms) {
            Ok(Some(m)) => m,
            Ok(None) => {
                return self.core.finish(Err(Failure::NoPasswordMethod {
                    offered: mechanisms,
                }));
            }
            Err(f) => return self.core.finish(Err(f)),
        };
        let mut x = Exchange::new(m);
        let step = self.core.sasl_start("AUTH", &mut x, true);
        self.state = State::Sasl(x);
        step
    }

    fn reply(&mut self, r: Reply) -> Step {
        match self.state {
            State::Greeting if r.code == 220 => self.ehlo(),
            State::Greeting => self.core.finish(Err(Failure::Refused(r.text()))),
            State::Ehlo if r.code == 250 => {
                // The first line is the server's name; the rest are extensions.
                for ext in r.lines.iter().skip(1) {
                    self.core.caps.add(ext);
                }
                self.with_caps()
            }
            State::Ehlo => self.core.finish(Err(Failure::NotProtocol)),
            State::StartTls => self
                .core
                .upgrade_answer(r.code == 220, format!("{} {}", r.code, r.text())),
            State::Sasl(mut x) if r.code == 334 => {
                let step = self.core.sasl_answer(&mut x, &r.text());
                self.state = State::Sasl(x);
                step
            }
            State::Sasl(_) if r.code == 235 => self.core.finish(Ok(LoggedIn::default())),
            State::Sasl(x) => {
                let kind = match x.token_problem() {
                    Some(p) => Rejection::Token(p),
                    None => rejection(&r),
                };
                self.core.finish(Err(Failure::Rejected {
                    kind,
                    text: format!("{} {}", r.code, r.text()),
                }))
            }
        }
    }
}

impl Dialogue for SmtpLogin {
    type Done = LoggedIn;

    fn core(&mut self) -> &mut Core {
        &mut self.core
    }

    fn farewell(&self) -> &'static str {
        "QUIT"
    }

    /// EHLO again over TLS (RFC 3207 §4.2).
    fn after_tls(&mut self) -> Step {
        self.replies.clear();
        self.ehlo()
    }

    fn line(&mut self, line: &str) -> Option<Step> {
        match self.replies.line(line) {
            Ok(Some(reply)) => Some(self.reply(reply)),
            Ok(None) => None,
            Err(e) => Some(self.core.finish(Err(e))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::dialogue::shown;
    use crate::proto::login::creds;

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

        // The kind of refusal after AUTH PLAIN is answered with `reply`.
        let refused = |reply: &[u8]| {
            let mut d = SmtpLogin::new(creds("alice", "pw"), true);
            d.receive(b"220 hi\r\n");
            d.receive(b"250-x\r\n250 AUTH PLAIN XOAUTH2\r\n");
            match d.receive(reply) {
                Step::Finished(Err(Failure::Rejected { kind, .. })) => Some(kind),
                _ => None,
            }
        };
        assert_eq!(
            refused(
                b"534-5.7.9 Application-specific password required.\r\n534 5.7.9 Learn more\r\n"
            ),
            Some(Rejection::WebLoginRequired)
        );
        // Microsoft 365 with basic authentication switched off for SMTP.
        assert_eq!(
            refused(b"535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.\r\n"),
            Some(Rejection::PasswordNotAllowed)
        );
    }

    #[test]
    fn a_token_at_submission_reads_the_error_challenge() {
        let mut d = SmtpLogin::new(crate::proto::login::token("jo@example.com", "tok"), true);
        d.receive(b"220 hi\r\n");
        let s = d.receive(b"250-x\r\n250 AUTH PLAIN XOAUTH2\r\n");
        assert_eq!(shown(&s), "C: AUTH XOAUTH2 [redacted]");
        // {"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}
        let s = d.receive(b"334 eyJzdGF0dXMiOiI0MDEiLCJzY2hlbWVzIjoiYmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ==\r\n");
        assert_eq!(shown(&s), "C: ", "XOAUTH2: an empty answer");
        let s =
            d.receive(b"535-5.7.8 Username and Password not accepted.\r\n535 5.7.8 Learn more\r\n");
        assert!(matches!(
            s,
            Step::Finished(Err(Failure::Rejected {
                kind: Rejection::Token(crate::proto::sasl::TokenProblem::Invalid),
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
