//! The IMAP, POP3 and SMTP login dialogues never panic on any server bytes, however split, and what
//! they record for the transcript never contains the password or the OAuth2 token.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::model::Secret;
use mailsetup::proto::dialogue::Dialogue;
use mailsetup::proto::imap::ImapLogin;
use mailsetup::proto::login::{Credentials, LoggedIn, Step};
use mailsetup::proto::pop3::Pop3Login;
use mailsetup::proto::smtp::SmtpLogin;

const PASSWORD: &str = "Fuzz-Pässwörd-42";

/// Whether the dialogue goes on; fails when a transcript line holds the password.
fn check(step: &Step) -> bool {
    match step {
        Step::Send(o) => {
            assert!(
                !o.shown().contains(PASSWORD),
                "password in transcript: {}",
                o.shown()
            );
            true
        }
        Step::Read => true,
        Step::StartTls | Step::Finished(_) => false,
    }
}

/// Feeds `body` in chunks of `split`; after a STARTTLS, the rest goes over the "encrypted" side.
fn run(mut d: impl Dialogue<Done = LoggedIn>, body: &[u8], split: usize) {
    let mut chunks = body.chunks(split);
    for c in chunks.by_ref() {
        let step = d.receive(c);
        if step == Step::StartTls {
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
    match data[0] % 3 {
        0 => run(ImapLogin::new(creds, tls), body, split),
        1 => run(Pop3Login::new(creds, tls), body, split),
        _ => run(SmtpLogin::new(creds, tls), body, split),
    }
});
