//! The no-credential-before-TLS rule: in the core itself, and through each login dialogue.

use super::*;
use crate::model::Protocol;
use crate::proto::imap::ImapLogin;
use crate::proto::login::{LoggedIn, creds};
use crate::proto::pop3::Pop3Login;
use crate::proto::probe::Probe;
use crate::proto::smtp::SmtpLogin;

const USER: &str = "alice@example.test";
const PASS: &str = "s3cret-pw";

/// Feeds `server` chunk by chunk to a dialogue on a plain connection; returns everything it sent and
/// how it ended. Fails the test if it ends early or never ends.
fn run<D: Dialogue>(d: &mut D, server: &[&str]) -> (Vec<Vec<u8>>, Result<D::Done, Failure>) {
    let mut sent = Vec::new();
    for chunk in server {
        match d.receive(chunk.as_bytes()) {
            Step::Read => {}
            Step::Send(o) => sent.push(o.bytes().to_vec()),
            Step::StartTls => panic!("STARTTLS accepted in a test where it must not be"),
            Step::Wait(_) => panic!("a login dialogue never waits"),
            Step::Finished(r) => return (sent, r),
        }
    }
    panic!("the dialogue did not end");
}

/// No byte sent holds the username, the password or their SASL encodings.
fn assert_no_credential(sent: &[Vec<u8>]) {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD;
    let plain = b64.encode(format!("\0{USER}\0{PASS}"));
    let forbidden = [
        USER.to_owned(),
        PASS.to_owned(),
        plain,
        b64.encode(USER),
        b64.encode(PASS),
    ];
    for bytes in sent {
        let text = String::from_utf8_lossy(bytes);
        for f in &forbidden {
            assert!(
                !text.contains(f.as_str()),
                "credential sent before TLS: {text:?}"
            );
        }
    }
}

fn refused(answer: &str) -> Result<LoggedIn, Failure> {
    Err(Failure::StartTlsRefused(answer.into()))
}

#[test]
fn the_core_hands_out_credentials_only_over_tls() {
    let mut core = Core::new(false, Some(creds(USER, PASS)));
    let step: Step<()> = core.send_credential(|_| panic!("credentials given out in plain text"));
    assert_eq!(step, Step::Finished(Err(Failure::NoEncryption)));

    let mut core = Core::new(false, Some(creds(USER, PASS)));
    assert_eq!(
        core.upgrade_or_end::<()>(false, "STARTTLS"),
        Some(Step::Finished(Err(Failure::NoEncryption)))
    );
    let mut core = Core::new(false, Some(creds(USER, PASS)));
    assert!(matches!(
        core.upgrade_or_end::<()>(true, "STARTTLS"),
        Some(Step::Send(_))
    ));
    assert_eq!(
        core.upgrade_answer::<()>(false, "NO".into()),
        Step::Finished(Err(Failure::StartTlsRefused("NO".into())))
    );
    // Nothing succeeds before TLS.
    assert_eq!(
        core.finish(Ok(())),
        Step::Finished(Err(Failure::NotProtocol))
    );

    let mut core = Core::new(false, Some(creds(USER, PASS)));
    assert_eq!(core.upgrade_answer::<()>(true, "OK".into()), Step::StartTls);
    core.encrypted();
    assert_eq!(core.upgrade_or_end::<()>(false, "STARTTLS"), None);
    let step: Step<()> = core.send_credential(|c| {
        Ok(CredentialLine {
            wire: format!("PASS {}", c.secret.expose()),
            shown: "PASS [redacted]".into(),
        })
    });
    let Step::Send(o) = &step else {
        panic!("{step:?}")
    };
    assert_eq!(o.bytes(), format!("PASS {PASS}\r\n").as_bytes());
    assert!(
        !format!("{step:?}").contains(PASS),
        "password in Debug output"
    );
}

#[test]
fn imap_never_sends_a_credential_without_starttls() {
    let mut d = ImapLogin::new(creds(USER, PASS), false);
    let (sent, end) = run(
        &mut d,
        &["* OK [CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN] hi\r\n"],
    );
    assert_no_credential(&sent);
    assert_eq!(end, Err(Failure::NoEncryption));

    let mut d = ImapLogin::new(creds(USER, PASS), false);
    let (sent, end) = run(
        &mut d,
        &[
            "* OK hi\r\n",
            "* CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN\r\na0 OK\r\n",
            "a1 NO [UNAVAILABLE] not now\r\n",
        ],
    );
    assert_no_credential(&sent);
    assert_eq!(sent.len(), 2);
    assert_eq!(end, refused("a1 NO [UNAVAILABLE] not now"));

    let mut d = ImapLogin::new(creds(USER, PASS), false);
    let (_, end) = run(&mut d, &["* PREAUTH logged in already\r\n"]);
    assert_eq!(end, Err(Failure::NotProtocol));
}

#[test]
fn pop3_never_sends_a_credential_without_stls() {
    let mut d = Pop3Login::new(creds(USER, PASS), false);
    let (sent, end) = run(
        &mut d,
        &["+OK hi\r\n", "+OK\r\nUSER\r\nSASL PLAIN LOGIN\r\n.\r\n"],
    );
    assert_no_credential(&sent);
    assert_eq!(end, Err(Failure::NoEncryption));

    // No CAPA at all: USER/PASS would be all it can do, and it may not do it in plain text.
    let mut d = Pop3Login::new(creds(USER, PASS), false);
    let (sent, end) = run(&mut d, &["+OK hi\r\n", "-ERR what is CAPA\r\n"]);
    assert_no_credential(&sent);
    assert_eq!(end, Err(Failure::NoEncryption));

    let mut d = Pop3Login::new(creds(USER, PASS), false);
    let (sent, end) = run(
        &mut d,
        &[
            "+OK hi\r\n",
            "+OK\r\nSTLS\r\nUSER\r\n.\r\n",
            "-ERR not today\r\n",
        ],
    );
    assert_no_credential(&sent);
    assert_eq!(sent.len(), 2);
    assert_eq!(end, refused("-ERR not today"));
}

#[test]
fn smtp_never_sends_a_credential_without_starttls() {
    let mut d = SmtpLogin::new(creds(USER, PASS), false);
    let (sent, end) = run(&mut d, &["220 hi\r\n", "250-x\r\n250 AUTH PLAIN LOGIN\r\n"]);
    assert_no_credential(&sent);
    assert_eq!(end, Err(Failure::NoEncryption));

    let mut d = SmtpLogin::new(creds(USER, PASS), false);
    let (sent, end) = run(
        &mut d,
        &[
            "220 hi\r\n",
            "250-x\r\n250-STARTTLS\r\n250 AUTH PLAIN LOGIN\r\n",
            "454 4.7.0 TLS not available\r\n",
        ],
    );
    assert_no_credential(&sent);
    assert_eq!(sent.len(), 2);
    assert_eq!(end, refused("454 4.7.0 TLS not available"));
}

#[test]
fn what_the_server_sends_after_agreeing_to_starttls_is_discarded() {
    let mut d = ImapLogin::new(creds(USER, PASS), false);
    d.receive(b"* OK hi\r\n");
    d.receive(b"* CAPABILITY IMAP4rev1 STARTTLS\r\na0 OK\r\n");
    // An attacker on the path appends a forged answer to the next command in plain text.
    let s = d.receive(b"a1 OK go ahead\r\n* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\na2 NO forged\r\n");
    assert_eq!(s, Step::StartTls);
    assert_eq!(shown(&d.tls_ready()), "C: a2 CAPABILITY");
    let s = d.receive(b"* CAPABILITY IMAP4rev1 SASL-IR AUTH=PLAIN\r\na2 OK\r\n");
    assert_eq!(shown(&s), "C: a3 AUTHENTICATE PLAIN [redacted]");
}

#[test]
fn the_probe_upgrades_or_ends_like_the_logins() {
    let mut p = Probe::new(Protocol::Pop3, false);
    let (sent, end) = run(&mut p, &["+OK hi\r\n", "+OK\r\nUSER\r\n.\r\n"]);
    assert_eq!(sent, [b"CAPA\r\n".to_vec()]);
    assert_eq!(end, Err(Failure::NoEncryption));
}

#[test]
fn capabilities_are_bounded_and_case_blind() {
    let mut c = Capabilities::default();
    for i in 0..MAX_CAPS + 10 {
        c.add(&format!("x{i}"));
    }
    c.add("sasl plain login");
    assert!(c.has("X0") && !c.has("SASL PLAIN LOGIN"));
    assert!(
        c.overflowed(),
        "a capability past the limit is not dropped quietly"
    );
    c.clear();
    assert!(!c.overflowed());
    let mut c = Capabilities::default();
    c.add("sasl plain login");
    c.add("SASL PLAIN LOGIN");
    assert!(c.has_word("login"));
    assert_eq!(c.mechanisms(&["SASL "]), ["PLAIN", "LOGIN"]);
}

#[test]
fn capabilities_up_to_the_limit_are_read_and_one_more_ends_the_dialogue() {
    let mut c = Capabilities::default();
    for i in 0..MAX_CAPS {
        c.add(&format!("x{i}"));
    }
    c.add("x0");
    assert!(!c.overflowed(), "exactly the limit, a repeat not counted");

    // An EHLO reply (its first line the server's name) listing `n` extensions, STARTTLS last.
    let ehlo = |n: usize| {
        let mut r = String::from("250-mail.example.test\r\n");
        for i in 1..n {
            r.push_str(&format!("250-X{i}\r\n"));
        }
        r + "250 STARTTLS\r\n"
    };
    let mut d = SmtpLogin::new(creds(USER, PASS), false);
    d.receive(b"220 hi\r\n");
    assert_eq!(shown(&d.receive(ehlo(MAX_CAPS).as_bytes())), "C: STARTTLS");
    let mut d = SmtpLogin::new(creds(USER, PASS), false);
    d.receive(b"220 hi\r\n");
    assert_eq!(
        d.receive(ehlo(MAX_CAPS + 1).as_bytes()),
        Step::Finished(Err(Failure::ReplyTooLong))
    );
    assert_eq!(
        Failure::ReplyTooLong.to_string(),
        "the server sent a reply longer than 1024 lines or more than 512 capabilities"
    );
}

#[test]
fn a_reply_of_exactly_the_line_limit_is_read() {
    let mut d = SmtpLogin::new(creds(USER, PASS), false);
    d.receive(b"220 hi\r\n");
    let mut reply = "250-x\r\n".repeat(MAX_REPLY_LINES - 2);
    reply.push_str("250-STARTTLS\r\n250 AUTH PLAIN\r\n");
    assert_eq!(shown(&d.receive(reply.as_bytes())), "C: STARTTLS");
}

#[test]
fn a_reply_of_too_many_lines_ends_the_dialogue() {
    let mut d = SmtpLogin::new(creds(USER, PASS), true);
    let many = "220-x\r\n".repeat(MAX_REPLY_LINES + 1);
    assert_eq!(
        d.receive(many.as_bytes()),
        Step::Finished(Err(Failure::ReplyTooLong))
    );
}
