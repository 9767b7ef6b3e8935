//! Sending one message through the submission server after logging in: the SMTP login dialogue
//! ([`super::smtp::SmtpLogin`], so the same TLS and credential rules) and then one mail transaction,
//! `MAIL FROM`, `RCPT TO`, `DATA` and the message with its lines dot-stuffed (RFC 5321 §3.3,
//! §4.5.2), QUIT. A server that refuses the sender, the recipient or the message is not a failed
//! dialogue but its answer ([`Submission::Refused`], with the server's own words).
//!
//! Sans-IO: feed received bytes to [`Dialogue::receive`], act on the returned [`Step`].

use super::dialogue::{Core, Dialogue, Step};
use super::login::Credentials;
use super::smtp::{Reply, SmtpLogin};

/// Which command of the transaction the server refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    Sender,
    Recipient,
    Data,
    Message,
}

/// What the server did with the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Submission {
    /// Accepted for delivery; the server's reply to the message (often a queue id).
    Accepted(String),
    /// Refused at `stage`, with the server's code and words.
    Refused { stage: Stage, text: String },
}

/// The envelope and the message to send.
#[derive(Debug, Clone)]
pub struct Envelope {
    pub from: String,
    pub to: String,
    /// The message (header and body), lines ending in CRLF; dot-stuffed here.
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phase {
    Login,
    Mail,
    Rcpt,
    Data,
    Message,
}

/// One login, then one message.
#[derive(Debug)]
pub struct SmtpSubmit {
    login: SmtpLogin,
    phase: Phase,
    envelope: Envelope,
    partial: Vec<String>,
}

/// The message as it goes after DATA: every line that starts with "." gets one more, and the
/// end-of-data line ".".
pub(crate) fn dot_stuffed(message: &str) -> Vec<u8> {
    let mut out = String::with_capacity(message.len() + 8);
    for line in message.split_terminator("\r\n") {
        if line.starts_with('.') {
            out.push('.');
        }
        out.push_str(line);
        out.push_str("\r\n");
    }
    out.push_str(".\r\n");
    out.into_bytes()
}

impl SmtpSubmit {
    /// `tls`: whether the connection is already encrypted (implicit TLS).
    pub fn new(creds: Credentials, tls: bool, envelope: Envelope) -> SmtpSubmit {
        SmtpSubmit {
            login: SmtpLogin::new(creds, tls),
            phase: Phase::Login,
            envelope,
            partial: Vec::new(),
        }
    }

    fn core(&mut self) -> &mut Core {
        Dialogue::core(&mut self.login)
    }

    fn refused(&mut self, stage: Stage, r: &Reply) -> Step<Submission> {
        let text = format!("{} {}", r.code, r.text());
        self.core().finish(Ok(Submission::Refused { stage, text }))
    }

    fn reply(&mut self, r: Reply) -> Step<Submission> {
        match self.phase {
            // The login dialogue reads every reply up to the login's answer.
            Phase::Login => self
                .core()
                .finish(Err(super::dialogue::Failure::NotProtocol)),
            Phase::Mail if r.code == 250 => {
                self.phase = Phase::Rcpt;
                let to = format!("RCPT TO:<{}>", self.envelope.to);
                self.core().send(&to)
            }
            Phase::Mail => self.refused(Stage::Sender, &r),
            Phase::Rcpt if r.code == 250 || r.code == 251 => {
                self.phase = Phase::Data;
                self.core().send("DATA")
            }
            Phase::Rcpt => self.refused(Stage::Recipient, &r),
            Phase::Data if r.code == 354 => {
                self.phase = Phase::Message;
                let bytes = dot_stuffed(&self.envelope.message);
                let shown = format!("[the test message, {} bytes]", bytes.len());
                self.core().send_block(bytes, shown)
            }
            Phase::Data => self.refused(Stage::Data, &r),
            Phase::Message if r.code == 250 => {
                let text = format!("{} {}", r.code, r.text());
                self.core().finish(Ok(Submission::Accepted(text)))
            }
            Phase::Message => self.refused(Stage::Message, &r),
        }
    }
}

impl Dialogue for SmtpSubmit {
    type Done = Submission;

    fn core(&mut self) -> &mut Core {
        SmtpSubmit::core(self)
    }

    fn farewell(&self) -> &'static str {
        self.login.farewell()
    }

    fn after_tls(&mut self) -> Step<Submission> {
        self.login
            .after_tls()
            .map(|_| unreachable_login("after STARTTLS"))
    }

    fn line(&mut self, line: &str) -> Option<Step<Submission>> {
        if self.phase == Phase::Login {
            return Some(match self.login.line(line)? {
                Step::Finished(Ok(_)) => {
                    self.core().resume();
                    self.phase = Phase::Mail;
                    let from = format!("MAIL FROM:<{}>", self.envelope.from);
                    self.core().send(&from)
                }
                step => step.map(|_| unreachable_login("before the login's answer")),
            });
        }
        let code = line.get(..3).and_then(|c| c.parse::<u16>().ok());
        let Some(code) = code.filter(|c| (200..=599).contains(c)) else {
            return Some(
                self.core()
                    .finish(Err(super::dialogue::Failure::NotProtocol)),
            );
        };
        self.partial.push(line.get(4..).unwrap_or("").to_owned());
        if line.as_bytes().get(3) == Some(&b'-') {
            return None;
        }
        let reply = Reply {
            code,
            lines: std::mem::take(&mut self.partial),
        };
        Some(self.reply(reply))
    }
}

/// A login step that finished well is caught before it is passed on; this is never called.
fn unreachable_login(when: &str) -> Submission {
    Submission::Refused {
        stage: Stage::Sender,
        text: format!("the login ended {when}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::dialogue::shown;
    use crate::proto::login::creds;

    fn envelope() -> Envelope {
        Envelope {
            from: "alice@example.test".into(),
            to: "alice@example.test".into(),
            message: "Subject: hi\r\n\r\n.hidden\r\nend\r\n".into(),
        }
    }

    fn logged_in() -> SmtpSubmit {
        let mut d = SmtpSubmit::new(creds("alice", "pw"), true, envelope());
        d.receive(b"220 hi\r\n");
        assert_eq!(
            shown(&d.receive(b"250-x\r\n250 AUTH PLAIN\r\n")),
            "C: AUTH PLAIN [redacted]"
        );
        assert_eq!(
            shown(&d.receive(b"235 2.7.0 ok\r\n")),
            "C: MAIL FROM:<alice@example.test>"
        );
        d
    }

    #[test]
    fn login_then_one_transaction() {
        let mut d = logged_in();
        assert_eq!(
            shown(&d.receive(b"250 2.1.0 ok\r\n")),
            "C: RCPT TO:<alice@example.test>"
        );
        assert_eq!(shown(&d.receive(b"250 2.1.5 ok\r\n")), "C: DATA");
        match d.receive(b"354 go ahead\r\n") {
            Step::Send(o) => assert_eq!(
                o.bytes(),
                b"Subject: hi\r\n\r\n..hidden\r\nend\r\n.\r\n".as_slice()
            ),
            other => panic!("{other:?}"),
        }
        assert_eq!(
            d.receive(b"250 2.0.0 Ok: queued as ABC\r\n"),
            Step::Finished(Ok(Submission::Accepted(
                "250 2.0.0 Ok: queued as ABC".into()
            )))
        );
    }

    #[test]
    fn refusals_carry_the_servers_words() {
        let mut d = logged_in();
        d.receive(b"250 ok\r\n");
        assert_eq!(
            d.receive(b"553-5.7.1 Sender address rejected:\r\n553 5.7.1 not owned by user\r\n"),
            Step::Finished(Ok(Submission::Refused {
                stage: Stage::Recipient,
                text: "553 5.7.1 Sender address rejected: 5.7.1 not owned by user".into()
            }))
        );
        let mut d = logged_in();
        assert!(matches!(
            d.receive(b"550 no\r\n"),
            Step::Finished(Ok(Submission::Refused {
                stage: Stage::Sender,
                ..
            }))
        ));
        let mut d = logged_in();
        assert_eq!(shown(&d.receive(b"* OK imap?\r\n")), "ERR: NotProtocol");
    }

    #[test]
    fn a_refused_login_ends_before_any_mail_command() {
        let mut d = SmtpSubmit::new(creds("alice", "pw"), true, envelope());
        d.receive(b"220 hi\r\n");
        d.receive(b"250-x\r\n250 AUTH PLAIN\r\n");
        assert!(matches!(
            d.receive(b"535 5.7.8 no\r\n"),
            Step::Finished(Err(super::super::dialogue::Failure::Rejected { .. }))
        ));
    }
}
