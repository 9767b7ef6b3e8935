use super::*;
use crate::proto::dialogue::{Dialogue, shown};
use crate::proto::login::creds;

const ID: &str = "<mailsetup-test-1@example.test>";

const WAITING: Waiting = Waiting {
    idle: Duration::from_secs(10),
    poll: Duration::from_secs(3),
    rounds: 2,
};

fn imap_logged_in() -> ImapFind {
    let mut d = ImapFind::new(creds("alice", "pw"), true, ID, WAITING);
    assert_eq!(
        shown(&d.receive(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN SASL-IR] ready\r\n")),
        "C: a3 AUTHENTICATE PLAIN [redacted]"
    );
    assert_eq!(
        shown(&d.receive(b"a3 OK logged in\r\n")),
        "C: m1 CAPABILITY"
    );
    d
}

#[test]
fn imap_found_at_once_flagged_and_expunged_by_uid() {
    let mut d = imap_logged_in();
    assert_eq!(
        shown(&d.receive(b"* CAPABILITY IMAP4rev1 IDLE UIDPLUS\r\nm1 OK done\r\n")),
        "C: m2 SELECT INBOX"
    );
    assert_eq!(
        shown(&d.receive(b"* 3 EXISTS\r\n* OK [UIDVALIDITY 1] x\r\nm2 OK [READ-WRITE] done\r\n")),
        "C: m3 UID SEARCH HEADER Message-ID \"<mailsetup-test-1@example.test>\""
    );
    assert_eq!(
        shown(&d.receive(b"* SEARCH 7\r\nm3 OK done\r\n")),
        "C: m4 UID STORE 7 +FLAGS.SILENT (\\Deleted)"
    );
    assert_eq!(shown(&d.receive(b"m4 OK done\r\n")), "C: m5 UID EXPUNGE 7");
    assert_eq!(
        d.receive(b"* 3 EXPUNGE\r\nm5 OK done\r\n"),
        Step::Finished(Ok(Found::Here(Removal::Removed)))
    );
}

#[test]
fn imap_idles_until_the_message_comes_and_without_uidplus_leaves_it_flagged() {
    let mut d = imap_logged_in();
    d.receive(b"* CAPABILITY IMAP4rev1 IDLE\r\nm1 OK done\r\n");
    d.receive(b"m2 OK done\r\n");
    assert_eq!(
        shown(&d.receive(b"* SEARCH\r\nm3 OK done\r\n")),
        "C: m4 IDLE"
    );
    assert_eq!(shown(&d.receive(b"+ idling\r\n")), "WAIT 10s");
    // Silence: end the IDLE and search again.
    assert_eq!(shown(&d.quiet()), "C: DONE");
    assert!(shown(&d.receive(b"m4 OK idle done\r\n")).starts_with("C: m5 UID SEARCH"));
    assert_eq!(shown(&d.receive(b"* SEARCH\r\nm5 OK\r\n")), "C: m6 IDLE");
    d.receive(b"+ idling\r\n");
    assert_eq!(shown(&d.receive(b"* 4 EXISTS\r\n")), "C: DONE");
    assert!(shown(&d.receive(b"m6 OK\r\n")).starts_with("C: m7 UID SEARCH"));
    assert_eq!(
        shown(&d.receive(b"* SEARCH 9\r\nm7 OK\r\n")),
        "C: m8 UID STORE 9 +FLAGS.SILENT (\\Deleted)"
    );
    assert_eq!(
        d.receive(b"m8 OK\r\n"),
        Step::Finished(Ok(Found::Here(Removal::Flagged)))
    );
}

#[test]
fn imap_without_idle_polls_and_gives_up_after_the_rounds() {
    let mut d = imap_logged_in();
    d.receive(b"* CAPABILITY IMAP4rev1\r\nm1 OK done\r\n");
    d.receive(b"m2 OK done\r\n");
    assert_eq!(shown(&d.receive(b"m3 OK done\r\n")), "WAIT 3s");
    assert_eq!(shown(&d.quiet()), "C: m4 NOOP");
    assert!(shown(&d.receive(b"m4 OK\r\n")).starts_with("C: m5 UID SEARCH"));
    assert_eq!(shown(&d.receive(b"m5 OK\r\n")), "WAIT 3s");
    d.quiet();
    d.receive(b"m6 OK\r\n");
    assert_eq!(
        d.receive(b"m7 OK\r\n"),
        Step::Finished(Ok(Found::Missing {
            looked_at: Vec::new()
        }))
    );
}

fn pop3_logged_in(known: &[&str]) -> Pop3Find {
    let known = known.iter().map(|k| k.to_string()).collect();
    let mut d = Pop3Find::new(creds("alice", "pw"), true, ID, known);
    d.receive(b"+OK ready\r\n");
    d.receive(b"+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n");
    assert_eq!(shown(&d.receive(b"+OK logged in\r\n")), "C: UIDL");
    d
}

#[test]
fn pop3_looks_at_new_messages_newest_first_and_deletes_only_the_match() {
    let mut d = pop3_logged_in(&["u1"]);
    assert_eq!(
        shown(&d.receive(b"+OK\r\n1 u1\r\n2 u2\r\n3 u3\r\n.\r\n")),
        "C: TOP 3 0"
    );
    assert_eq!(
        shown(&d.receive(b"+OK\r\nSubject: other\r\nMessage-ID: <x@y>\r\n\r\n.\r\n")),
        "C: TOP 2 0"
    );
    assert_eq!(
        shown(&d.receive(
            b"+OK\r\nSubject: test\r\nMessage-ID:\r\n <mailsetup-test-1@example.test>\r\n\r\n.\r\n"
        )),
        "C: DELE 2"
    );
    assert_eq!(shown(&d.receive(b"+OK deleted\r\n")), "C: QUIT");
    assert_eq!(
        d.receive(b"+OK bye\r\n"),
        Step::Finished(Ok(Found::Here(Removal::Removed)))
    );
}

#[test]
fn pop3_missing_reports_what_it_looked_at() {
    let mut d = pop3_logged_in(&[]);
    d.receive(b"+OK\r\n1 u1\r\n.\r\n");
    assert_eq!(
        d.receive(b"+OK\r\nMessage-ID: <x@y>\r\n\r\n.\r\n"),
        Step::Finished(Ok(Found::Missing {
            looked_at: vec!["u1".into()]
        }))
    );
}

#[test]
fn pop3_compares_a_folded_header_up_to_the_line_limit_and_never_a_cut_one() {
    // "Message-ID:", the ID folded onto the next line and a blank fold: the limit exactly.
    let head = "Message-ID:";
    let id = format!(" {ID}");
    let fill = " ".repeat(super::super::lines::MAX_LINE - head.len() - id.len());
    let top = |more: &str| format!("+OK\r\n{head}\r\n{id}\r\n{fill}\r\n{more}\r\n.\r\n");
    let mut d = pop3_logged_in(&[]);
    d.receive(b"+OK\r\n1 u1\r\n.\r\n");
    assert_eq!(shown(&d.receive(top("").as_bytes())), "C: DELE 1");

    // A fold more past the limit makes it another ID: not ours, and not compared cut.
    let mut d = pop3_logged_in(&[]);
    d.receive(b"+OK\r\n1 u1\r\n.\r\n");
    let over = top(" x\r\n");
    assert_eq!(
        d.receive(over.as_bytes()),
        Step::Finished(Ok(Found::Missing {
            looked_at: vec!["u1".into()]
        }))
    );
}

#[test]
fn message_id_compared_exactly() {
    assert!(is_message_id("Message-Id:  <a@b> ", "<a@b>"));
    assert!(!is_message_id("Message-ID: <a@bc>", "<a@b>"));
    assert!(!is_message_id("In-Reply-To: <a@b>", "<a@b>"));
}
