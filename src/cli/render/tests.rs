//! The human and JSON renderings, from hand-made results: no network, no root.

use super::*;
use crate::address::Address;
use crate::check::refuse_untrusted;
use crate::discover::{SourceReport, SourceStatus};
use crate::model::{Auth, Protocol, Security, SourceId};

fn server(protocol: Protocol, host: &str, port: u16, source: SourceId, trusted: bool) -> Server {
    Server {
        protocol,
        host: host.into(),
        port,
        security: Security::Tls,
        username: "hello@example.co.uk".into(),
        auth: Auth::PasswordCleartext,
        source,
        url: format!("test:{host}"),
        trusted,
        oauth: None,
    }
}

/// An IMAP server on 993 from SRV records.
fn imap(host: &str, trusted: bool) -> Server {
    server(Protocol::Imap, host, 993, SourceId::Srv, trusted)
}

fn addr() -> Address {
    Address::parse("hello@example.co.uk").expect("a valid address")
}

fn discovery(incoming: Vec<Server>, outgoing: Vec<Server>) -> Discovery {
    Discovery {
        address: addr(),
        incoming,
        outgoing,
        sources: vec![SourceReport {
            name: SourceId::Srv,
            status: SourceStatus::Found,
            elapsed_ms: 12,
            detail: Some("two records".into()),
        }],
        elapsed_ms: 40,
    }
}

fn json(s: &str) -> serde_json::Value {
    serde_json::from_str(s).expect("the rendering is JSON")
}

#[test]
fn human_names_the_servers_and_warns_about_a_foreign_unvouched_one() {
    crate::i18n::set_thread_locale(Some("en-GB"));
    let d = discovery(
        vec![imap("mail.example.co.uk", false)],
        vec![server(
            Protocol::Smtp,
            "smtp.hoster.net",
            465,
            SourceId::Guess,
            false,
        )],
    );
    let out = human(&d);
    assert!(out.contains("mail.example.co.uk"), "{out}");
    assert!(out.contains("993"), "{out}");
    assert!(out.contains("smtp.hoster.net"), "{out}");
    // Only the outgoing server lies outside example.co.uk: one warning, naming its domain.
    assert_eq!(out.matches("Careful").count(), 1, "{out}");
    assert!(out.contains("hoster.net, not example.co.uk"), "{out}");
    assert!(out.contains("two records"), "{out}");
}

#[test]
fn human_says_when_nothing_was_found() {
    crate::i18n::set_thread_locale(Some("en-GB"));
    let out = human(&discovery(vec![], vec![]));
    assert!(out.starts_with("No incoming mail server could be found for hello@example.co.uk"));
}

#[test]
fn check_json_without_outgoing_has_a_null_server_and_not_found() {
    let d = discovery(vec![imap("mail.example.co.uk", true)], vec![]);
    let report = refuse_untrusted(
        &addr(),
        &server(
            Protocol::Imap,
            "imap.elsewhere.org",
            993,
            SourceId::Guess,
            false,
        ),
        None,
    )
    .expect("a foreign unvouched server is refused");
    // In the address's own domain, or vouched for, nothing is refused.
    for (host, trusted) in [("imap.example.co.uk", false), ("imap.elsewhere.org", true)] {
        assert!(
            refuse_untrusted(&addr(), &imap(host, trusted), None).is_none(),
            "{host}"
        );
    }
    let v = json(&check_json(&report, None));
    assert_eq!(v["incoming"]["problem"]["kind"], "not-vouched");
    assert_eq!(v["incoming"]["ok"], false);
    assert!(v["outgoing"]["server"].is_null());
    assert_eq!(v["outgoing"]["problem"]["kind"], "not-found");

    let v = json(&check_not_found_json(&discovery(
        vec![],
        d.incoming.clone(),
    )));
    assert!(v["incoming"]["server"].is_null());
    assert_eq!(v["incoming"]["problem"]["kind"], "not-found");
    assert_eq!(v["outgoing"]["problem"]["kind"], "not-checked");
}

#[test]
fn errors_render_as_one_json_object_with_their_kind() {
    for (e, kind, code) in [
        (CliError::NotFound("x".into()), "not-found", 1),
        (CliError::BadInput("x".into()), "bad-input", 2),
        (CliError::Local("x".into()), "local", 3),
    ] {
        let v = json(&error_json(&e, "words"));
        assert_eq!(v["error"]["kind"], kind);
        assert_eq!(v["error"]["message"], "words");
        assert_eq!(e.code(), code);
    }
    assert_eq!(CliError::Reported.code(), 1);
    assert_eq!(CliError::Reported.message(), None);
}

/// The domain check's status column starts after the longest label, in every language.
#[test]
fn the_status_column_fits_the_longest_label_in_each_language() {
    use crate::doctor::{Check, Finding, FindingId, Status};
    let checks = [Check::Mx, Check::TlsRpt, Check::Autoconfig];
    let report = crate::doctor::Report {
        domain: "example.co.uk".into(),
        findings: checks
            .into_iter()
            .map(|check| Finding {
                check,
                id: FindingId::AutoconfigOk,
                status: Status::Unknown,
                message: "m".into(),
                advice: String::new(),
            })
            .collect(),
    };
    for locale in ["en-GB", "de-DE", "fr-FR", "es-ES"] {
        crate::i18n::set_thread_locale(Some(locale));
        let text = doctor("example.co.uk", &report);
        let status = Status::Unknown.label();
        let longest = checks.map(|c| c.label().chars().count()).into_iter().max();
        crate::i18n::set_thread_locale(None);
        let starts: Vec<usize> = text
            .lines()
            .filter(|l| l.ends_with(&status))
            .map(|l| l.chars().count() - status.chars().count())
            .collect();
        assert_eq!(starts.len(), 3, "{locale}:\n{text}");
        assert!(
            starts.iter().all(|s| Some(*s) == longest.map(|l| l + 1)),
            "{locale}: statuses start at {starts:?}, the longest label is {longest:?}:\n{text}"
        );
    }
}

#[test]
fn a_spinner_line_is_cut_to_the_width_and_says_so() {
    assert_eq!(within_width("abcd", 4), "abcd");
    assert_eq!(within_width("abcde", 4), "abc…");
    assert_eq!(within_width("ééééé", 4).chars().count(), 4);
}
