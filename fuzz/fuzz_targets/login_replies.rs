//! The IMAP, POP3 and SMTP login dialogues, and the send-and-receive dialogues built on them (SMTP
//! submission, the IMAP and POP3 look for the test message), never panic on any server bytes,
//! however split, and what they record for the transcript never contains the password or the OAuth2
//! token.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::model::Secret;
use mailsetup::proto::dialogue::Dialogue;
use std::time::Duration;

use mailsetup::proto::dialogue::Step;
use mailsetup::proto::find::{ImapFind, Pop3Find, Waiting};
use mailsetup::proto::imap::ImapLogin;
use mailsetup::proto::login::Credentials;
use mailsetup::proto::pop3::Pop3Login;
use mailsetup::proto::smtp::SmtpLogin;
use mailsetup::proto::submit::{Envelope, SmtpSubmit};

const PASSWORD: &str = "Fuzz-Pässwörd-42";

/// Whether the dialogue goes on; fails when a transcript line holds the password.
fn check<T>(step: &Step<T>) -> bool {
    match step {
        Step::Send(o) => {
            assert!(
                !o.shown().contains(PASSWORD),
                "password in transcript: {}",
                o.shown()
            );
            true
        }
        Step::Read | Step::Wait(_) => true,
        Step::StartTls | Step::Finished(_) => false,
    }
}

/// Feeds `body` in chunks of `split`; after a STARTTLS, the rest goes over the "encrypted" side.
fn run(mut d: impl Dialogue, body: &[u8], split: usize) {
    let mut chunks = body.chunks(split);
    for c in chunks.by_ref() {
        let step = d.receive(c);
        if matches!(step, Step::StartTls) {
            if !check(&d.tls_ready()) {
                return;
            }
            break;
        }
        if !check(&step) {
            return;
        }
    }
    for c in chunks {
        if !check(&d.receive(c)) {
            return;
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    // Bit 1 of the second byte: the secret is a password or an OAuth2 token (same text).
    let secret = Secret::new(PASSWORD.into());
    let creds = if data[1] & 0x80 == 0 {
        Credentials::password("user@example.com", secret)
    } else {
        Credentials::token("user@example.com", secret)
    };
    let tls = data[1] & 1 == 1;
    let split = usize::from((data[1] & 0x7f) >> 1).max(1);
    let body = &data[2..];
    let id = "<mailsetup-test.1@example.com>";
    let waiting = Waiting {
        idle: Duration::from_secs(1),
        poll: Duration::from_secs(1),
        rounds: 3,
    };
    let envelope = Envelope {
        from: "user@example.com".into(),
        to: "user@example.com".into(),
        message: "Subject: test\r\n\r\n.\r\n".into(),
    };
    match data[0] % 6 {
        0 => run(ImapLogin::new(creds, tls), body, split),
        1 => run(Pop3Login::new(creds, tls), body, split),
        2 => run(SmtpLogin::new(creds, tls), body, split),
        3 => run(SmtpSubmit::new(creds, tls, envelope), body, split),
        4 => run(ImapFind::new(creds, tls, id, waiting), body, split),
        _ => run(Pop3Find::new(creds, tls, id, vec!["u1".into()]), body, split),
    }
});
