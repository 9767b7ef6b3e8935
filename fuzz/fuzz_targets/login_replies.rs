//! The IMAP, POP3 and SMTP login dialogues never panic on any server bytes, however split, and what
//! they record for the transcript never contains the password.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mailsetup::model::Secret;
use mailsetup::proto::imap::ImapLogin;
use mailsetup::proto::login::{Credentials, Step};
use mailsetup::proto::pop3::Pop3Login;
use mailsetup::proto::smtp::SmtpLogin;

const PASSWORD: &str = "Fuzz-Pässwörd-42";

fn check(step: &Step) -> bool {
    match step {
        Step::Send { shown, .. } => {
            assert!(!shown.contains(PASSWORD), "password in transcript: {shown}");
            true
        }
        Step::Read => true,
        Step::StartTls | Step::Finished(_) => false,
    }
}

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let creds = Credentials {
        username: "user@example.com".into(),
        password: Secret::new(PASSWORD.into()),
    };
    let tls = data[1] & 1 == 1;
    let split = usize::from(data[1] >> 1).max(1);
    let body = &data[2..];
    match data[0] % 3 {
        0 => {
            let mut d = ImapLogin::new(creds, tls);
            for c in body.chunks(split) {
                if !check(&d.receive(c)) {
                    if !tls {
                        let _ = check(&d.tls_ready());
                    }
                    return;
                }
            }
        }
        1 => {
            let mut d = Pop3Login::new(creds, tls);
            for c in body.chunks(split) {
                if !check(&d.receive(c)) {
                    return;
                }
            }
        }
        _ => {
            let mut d = SmtpLogin::new(creds, tls);
            for c in body.chunks(split) {
                if !check(&d.receive(c)) {
                    return;
                }
            }
        }
    }
});
