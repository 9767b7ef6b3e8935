//! Sending one message through the submission server after logging in: the SMTP login dialogue
//! ([`super::smtp::SmtpLogin`], so the same TLS and credential rules) and then one mail transaction,
//! `MAIL FROM`, `RCPT TO`, `DATA` and the message with its lines dot-stuffed (RFC 5321 §3.3,
//! §4.5.2), QUIT. A server that refuses the sender, the recipient or the message is not a failed
//! dialogue but its answer ([`Submission::Refused`], with the server's own words).
//!
//! Sans-IO: feed received bytes to [`Dialogue::receive`], act on the returned [`Step`].

use super::dialogue::{Core, Step};
use super::login::Credentials;
use super::smtp::{Replies, Reply, SmtpLogin};
use super::then::{Continuation, Then};

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
    Mail,
    Rcpt,
    Data,
    Message,
}

/// The mail transaction, after the login.
#[derive(Debug)]
pub struct Transaction {
    phase: Phase,
    envelope: Envelope,
    replies: Replies,
}

/// One login, then one message.
pub type SmtpSubmit = Then<SmtpLogin, Transaction>;

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
        let next = Transaction {
            phase: Phase::Mail,
            envelope,
            replies: Replies::default(),
        };
        Then::with(SmtpLogin::new(creds, tls), next)
    }
}

impl Transaction {
    fn refused(stage: Stage, core: &mut Core, r: &Reply) -> Step<Submission> {
        let text = format!("{} {}", r.code, r.text());
        core.finish(Ok(Submission::Refused { stage, text }))
    }

    fn reply(&mut self, core: &mut Core, r: Reply) -> Step<Submission> {
        match self.phase {
            Phase::Mail if r.code == 250 => {
                self.phase = Phase::Rcpt;
                core.send(&format!("RCPT TO:<{}>", self.envelope.to))
            }
            Phase::Mail => Self::refused(Stage::Sender, core, &r),
            Phase::Rcpt if r.code == 250 || r.code == 251 => {
                self.phase = Phase::Data;
                core.send("DATA")
            }
            Phase::Rcpt => Self::refused(Stage::Recipient, core, &r),
            Phase::Data if r.code == 354 => {
                self.phase = Phase::Message;
                let bytes = dot_stuffed(&self.envelope.message);
                let shown = format!("[the test message, {} bytes]", bytes.len());
                core.send_block(bytes, shown)
            }
            Phase::Data => Self::refused(Stage::Data, core, &r),
            Phase::Message if r.code == 250 => {
                let text = format!("{} {}", r.code, r.text());
                core.finish(Ok(Submission::Accepted(text)))
            }
            Phase::Message => Self::refused(Stage::Message, core, &r),
        }
    }
}

impl Continuation for Transaction {
    type Done = Submission;

    fn start(&mut self, core: &mut Core) -> Step<Submission> {
        core.send(&format!("MAIL FROM:<{}>", self.envelope.from))
    }

    fn line(&mut self, core: &mut Core, line: &str) -> Option<Step<Submission>> {
        match self.replies.line(line) {
            Ok(Some(reply)) => Some(self.reply(core, reply)),
            Ok(None) => None,
            Err(e) => Some(core.finish(Err(e))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::dialogue::{Dialogue, shown};
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
