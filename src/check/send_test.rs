//! The send-and-receive test: after both logins passed, one short, clearly labelled message from the
//! address to itself through the outgoing server ([`crate::proto::submit`]), then a wait until it is
//! in the inbox ([`crate::proto::find`]: IMAP IDLE where offered, else gentle polling), then that
//! message, and only that one, removed. Everything runs over the one session driver with the
//! check's time limits, the whole wait under the person's `--wait`.
//!
//! A message the server refuses is `send-refused`, with the server's words; one accepted but not
//! seen in time is `not-delivered`, and then the MX part of the domain check says where the
//! domain's mail actually goes (`doctor::mx`).

use std::time::{Duration, Instant, SystemTime};

use serde::Serialize;

use super::diagnosis::{Problem, ProblemKind};
use super::{CheckError, CheckTimeouts, LoginSecret};
use crate::address::Address;
use crate::model::{Direction, Protocol, Server};
use crate::net::{Net, Session, Target};
use crate::proto::dialogue::Dialogue;
use crate::proto::find::{Found, ImapFind, Pop3Find, Removal, Waiting};
use crate::proto::login::Credentials;
use crate::proto::submit::{Envelope, SmtpSubmit, Stage, Submission};
use crate::t;

/// How long to wait for the message when the person does not say.
pub const DEFAULT_WAIT: Duration = Duration::from_secs(60);
/// The longest wait a person may ask for, in seconds (`--wait`).
pub const MAX_WAIT_SECS: u64 = 600;
/// The longest wait a person may ask for.
pub const MAX_WAIT: Duration = Duration::from_secs(MAX_WAIT_SECS);
/// Longest IMAP IDLE before searching again anyway.
const IDLE_SLICE: Duration = Duration::from_secs(10);
/// The pause between two IMAP searches on a server without IDLE.
const IMAP_POLL: Duration = Duration::from_secs(3);
/// The pause between two POP3 looks (each is a new login: POP3 shows no new mail in a session).
const POP3_POLL: Duration = Duration::from_secs(5);
/// Time beyond the wait for a look that has found the message to finish removing it.
const FINISH_GRACE: Duration = Duration::from_secs(5);

/// What became of the test message after it arrived.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cleanup {
    /// Removed from the server.
    Removed,
    /// Marked as deleted and left (the server cannot remove one message alone).
    Flagged,
    /// The server would not remove it: it is still in the inbox.
    Left,
}

impl TestMessage {
    /// The test that was not run because a login failed (nothing was sent).
    pub fn not_run() -> TestMessage {
        TestMessage {
            sent: false,
            arrived: false,
            ms: None,
            problem: Some(Problem {
                kind: ProblemKind::NotChecked,
                message: t!("send-test-not-run"),
                advice: t!("send-test-not-run-advice"),
                admin_consent_url: None,
            }),
            cleanup: None,
            message_id: String::new(),
            transcript: Vec::new(),
        }
    }

    /// Whether the message went out and came back.
    pub fn ok(&self) -> bool {
        self.sent && self.arrived
    }

    /// What happened, as sentences for people (the command line and the wizard show the same).
    pub fn in_words(&self) -> Vec<String> {
        let mut out = Vec::new();
        if self.arrived {
            let seconds = format!("{:.1}", self.ms.map_or(0.0, |ms| ms as f64 / 1000.0));
            out.push(t!("send-test-sent-arrived", seconds = seconds));
            out.push(match self.cleanup {
                Some(Cleanup::Removed) => t!("send-test-removed"),
                Some(Cleanup::Flagged) => t!("send-test-flagged"),
                Some(Cleanup::Left) | None => t!("send-test-left"),
            });
        }
        if let Some(p) = &self.problem {
            out.push(p.message.clone());
            out.push(t!("fix-what-to-do", advice = p.advice.as_str()));
        }
        out
    }
}

/// The result: the `test_message` object of `check --json`.
#[derive(Debug, Clone, Serialize)]
pub struct TestMessage {
    pub sent: bool,
    pub arrived: bool,
    /// From the server accepting the message to seeing it in the inbox.
    pub ms: Option<u64>,
    pub problem: Option<Problem>,
    /// What became of it, once it arrived.
    pub cleanup: Option<Cleanup>,
    /// The test message's `Message-ID`, with its angle brackets.
    #[serde(skip)]
    pub message_id: String,
    /// What was said on the wire (the password and the message's text left out).
    #[serde(skip)]
    pub transcript: Vec<String>,
}

/// A fresh, unique Message-ID in the address's domain.
pub(crate) fn new_message_id(addr: &Address) -> String {
    format!(
        "<mailsetup-test.{}@{}>",
        uuid::Uuid::new_v4().simple(),
        addr.domain()
    )
}

/// An RFC 5322 date (`Wed, 02 Dec 2026 03:04:05 +0000`) for `t`, in UTC.
pub(crate) fn rfc5322_date(t: SystemTime) -> String {
    let secs = t
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (year, month, day) = super::diagnosis::civil_date(days);
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    format!(
        "{}, {day:02} {} {year} {:02}:{:02}:{:02} +0000",
        DAYS[days.rem_euclid(7) as usize],
        MONTHS[(month - 1) as usize],
        rem / 3600,
        rem / 60 % 60,
        rem % 60
    )
}

/// A header value: as it is when ASCII, else an RFC 2047 encoded word.
fn header_text(s: &str) -> String {
    if s.is_ascii() {
        return s.to_owned();
    }
    use base64::Engine as _;
    format!(
        "=?utf-8?B?{}?=",
        base64::engine::general_purpose::STANDARD.encode(s)
    )
}

/// The test message: from the address to itself, labelled in its subject and first line, plain
/// text (base64 when the words are not ASCII), lines ending in CRLF.
pub(crate) fn compose(addr: &Address, message_id: &str, date: &str) -> String {
    use base64::Engine as _;
    let subject = header_text(&t!("send-test-subject"));
    let body = t!("send-test-body");
    let (encoding, body) = if body.is_ascii() {
        ("7bit", body)
    } else {
        let b = base64::engine::general_purpose::STANDARD.encode(body.as_bytes());
        let lines: Vec<&str> = b
            .as_bytes()
            .chunks(76)
            .map(|c| std::str::from_utf8(c).expect("base64 is ASCII"))
            .collect();
        ("base64", lines.join("\n"))
    };
    let mut m = format!(
        "Date: {date}\r\nFrom: <{addr}>\r\nTo: <{addr}>\r\nSubject: {subject}\r\n\
         Message-ID: {message_id}\r\nMIME-Version: 1.0\r\n\
         Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: {encoding}\r\n\
         Auto-Submitted: auto-generated\r\nX-Mailsetup-Test: yes\r\n\r\n"
    );
    for line in body.lines() {
        m.push_str(line);
        m.push_str("\r\n");
    }
    m
}

/// Opens a session to `server` and runs `dialogue` on it, each step under the check's limits.
async fn run<D: Dialogue>(
    net: &Net,
    server: &Server,
    dialogue: impl FnOnce(bool) -> D,
    t: &CheckTimeouts,
    transcript: &mut Vec<String>,
) -> Result<D::Done, CheckError> {
    let target = Target {
        host: &server.host,
        port: server.port,
        security: server.security,
    };
    let session = Session::open(net, target, dialogue, t.session(), transcript).await?;
    Ok(session.finish(transcript).await?)
}

fn credentials(server: &Server, secret: &LoginSecret) -> Credentials {
    secret.credentials(&server.username)
}

fn refused(stage: Stage, text: &str) -> Problem {
    Problem {
        kind: ProblemKind::SendRefused,
        message: t!("send-test-refused", reply = text),
        advice: match stage {
            Stage::Sender | Stage::Recipient => t!("send-test-refused-sender-advice"),
            Stage::Data | Stage::Message => t!("send-test-refused-message-advice"),
        },
        admin_consent_url: None,
    }
}

/// Looks for the message until it arrives or `deadline`; what became of it once found.
async fn look(
    net: &Net,
    incoming: &Server,
    secret: &LoginSecret,
    message_id: &str,
    deadline: Instant,
    t: &CheckTimeouts,
    transcript: &mut Vec<String>,
) -> Option<Removal> {
    let mut known: Vec<String> = Vec::new();
    loop {
        let remaining = deadline.saturating_duration_since(Instant::now());
        let creds = credentials(incoming, secret);
        let attempt = match incoming.protocol {
            Protocol::Pop3 => {
                let k = known.clone();
                let d = move |tls| Pop3Find::new(creds, tls, message_id, k);
                tokio::time::timeout(t.whole, run(net, incoming, d, t, transcript)).await
            }
            _ => {
                let waiting = Waiting {
                    idle: IDLE_SLICE.min(remaining.max(Duration::from_secs(1))),
                    poll: IMAP_POLL,
                    rounds: (remaining.as_millis() / IMAP_POLL.as_millis()) as u32,
                };
                let d = move |tls| ImapFind::new(creds, tls, message_id, waiting);
                let limit = remaining + FINISH_GRACE;
                tokio::time::timeout(limit, run(net, incoming, d, t, transcript)).await
            }
        };
        match attempt {
            Ok(Ok(Found::Here(r))) => return Some(r),
            Ok(Ok(Found::Missing { looked_at })) => known.extend(looked_at),
            // A look that failed (the server dropped us, a slow reply) is tried again while
            // there is time; the transcript keeps what happened.
            Ok(Err(e)) => transcript.push(format!("look failed: {e}")),
            Err(_) => return None,
        }
        let remaining = deadline.saturating_duration_since(Instant::now());
        if remaining.is_zero() {
            return None;
        }
        let pause = match incoming.protocol {
            Protocol::Pop3 => POP3_POLL,
            _ => IMAP_POLL,
        };
        tokio::time::sleep(pause.min(remaining)).await;
    }
}

/// Where the domain's mail goes, in words, from the MX part of the domain check.
async fn where_mail_goes(net: &Net, addr: &Address, incoming: &Server) -> String {
    let findings = crate::doctor::mx_against(net, addr, incoming).await;
    let words: Vec<String> = findings
        .iter()
        .map(|f| {
            if f.advice.is_empty() {
                f.message.clone()
            } else {
                format!("{} {}", f.message, f.advice)
            }
        })
        .collect();
    words.join(" ")
}

/// Sends the test message through `outgoing` and waits up to `wait` for it at `incoming` (both as
/// the check finally tried them), then removes it.
pub async fn send_test(
    net: &Net,
    addr: &Address,
    incoming: &Server,
    outgoing: &Server,
    secret: &LoginSecret,
    wait: Duration,
    t: &CheckTimeouts,
) -> TestMessage {
    let message_id = new_message_id(addr);
    let mut out = TestMessage {
        sent: false,
        arrived: false,
        ms: None,
        problem: None,
        cleanup: None,
        message_id: message_id.clone(),
        transcript: Vec::new(),
    };
    let envelope = Envelope {
        from: addr.to_string(),
        to: addr.to_string(),
        message: compose(addr, &message_id, &rfc5322_date(SystemTime::now())),
    };
    let creds = credentials(outgoing, secret);
    let submit = move |tls| SmtpSubmit::new(creds, tls, envelope);
    let sent = tokio::time::timeout(t.whole, run(net, outgoing, submit, t, &mut out.transcript))
        .await
        .unwrap_or(Err(CheckError::WholeTimeout));
    match sent {
        Ok(Submission::Accepted(_)) => out.sent = true,
        Ok(Submission::Refused { stage, text }) => {
            out.problem = Some(refused(stage, &text));
            return out;
        }
        Err(e) => {
            out.problem = Some(super::diagnosis::diagnose(
                Direction::Outgoing,
                outgoing,
                &e,
                Some(true),
            ));
            return out;
        }
    }
    let start = Instant::now();
    let found = look(
        net,
        incoming,
        secret,
        &message_id,
        start + wait.min(MAX_WAIT),
        t,
        &mut out.transcript,
    )
    .await;
    match found {
        Some(removal) => {
            out.arrived = true;
            out.ms = Some(start.elapsed().as_millis() as u64);
            out.cleanup = Some(match removal {
                Removal::Removed => Cleanup::Removed,
                Removal::Flagged => Cleanup::Flagged,
                Removal::Refused => Cleanup::Left,
            });
        }
        None => {
            let goes = where_mail_goes(net, addr, incoming).await;
            out.problem = Some(Problem {
                kind: ProblemKind::NotDelivered,
                message: t!("send-test-not-delivered", seconds = wait.as_secs()),
                advice: t!("send-test-not-delivered-advice", mx = goes),
                admin_consent_url: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_rfc5322_form() {
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(1_796_180_645);
        assert_eq!(rfc5322_date(t), "Wed, 02 Dec 2026 03:04:05 +0000");
        assert_eq!(
            rfc5322_date(SystemTime::UNIX_EPOCH + Duration::from_secs(951_782_400)),
            "Tue, 29 Feb 2000 00:00:00 +0000"
        );
    }

    #[test]
    fn the_message_is_labelled_and_unique() {
        let addr = Address::parse("alice@example.test").expect("an address");
        let a = new_message_id(&addr);
        assert_ne!(a, new_message_id(&addr));
        assert!(a.starts_with("<mailsetup-test.") && a.ends_with("@example.test>"));
        let m = compose(&addr, &a, "Wed, 02 Dec 2026 03:04:05 +0000");
        assert!(m.contains(&format!("\r\nMessage-ID: {a}\r\n")));
        assert!(m.contains("\r\nFrom: <alice@example.test>\r\nTo: <alice@example.test>\r\n"));
        assert!(m.contains("X-Mailsetup-Test: yes\r\n\r\n"));
        assert!(m.ends_with("\r\n") && !m.contains("\n\n"));
        assert!(m.lines().all(|l| l.len() < 998));
    }

    #[test]
    fn non_ascii_subjects_are_encoded_words() {
        assert_eq!(header_text("plain"), "plain");
        assert_eq!(header_text("é"), "=?utf-8?B?w6k=?=");
    }
}
