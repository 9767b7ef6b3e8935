use super::*;

#[test]
fn a_quoted_reply_ends_with_one_full_stop() {
    assert!(server_said("Authentication failed.").ends_with("“Authentication failed.”"));
    assert!(server_said("Authentication failed").ends_with("“Authentication failed”."));
    assert!(server_said("Go away!").ends_with("“Go away!”"));
    assert_eq!(server_said("  "), "");
}
use crate::model::{Auth, Security, SourceId};
use crate::net::CertDetails;

fn server(protocol: Protocol, port: u16) -> Server {
    Server {
        protocol,
        host: "mail.example.com".into(),
        port,
        security: Security::Tls,
        username: "jo@example.com".into(),
        auth: Auth::PasswordCleartext,
        source: SourceId::Autoconfig,
        url: "u".into(),
        trusted: true,
        oauth: None,
    }
}

#[test]
fn advice_names_the_provider() {
    let mut s = server(Protocol::Smtp, 587);
    s.host = "smtp.office365.com".into();
    let e = CheckError::Login(Failure::Rejected {
        kind: Rejection::PasswordNotAllowed,
        text: "5.7.139 Authentication unsuccessful, basic authentication is disabled".into(),
    });
    let p = diagnose(Direction::Outgoing, &s, &e, Some(false));
    assert!(p.advice.contains("sign in with Microsoft"), "{}", p.advice);
    s.host = "smtp.gmail.com".into();
    let p = diagnose(Direction::Outgoing, &s, &e, Some(false));
    assert!(p.advice.contains("app password"), "{}", p.advice);
}

#[test]
fn wrong_password_depends_on_the_other_side() {
    let e = CheckError::Login(Failure::Rejected {
        kind: Rejection::BadCredentials,
        text: "535 5.7.8 nope".into(),
    });
    let out = diagnose(
        Direction::Outgoing,
        &server(Protocol::Smtp, 465),
        &e,
        Some(true),
    );
    assert_eq!(out.kind, ProblemKind::WrongPassword);
    assert!(out.message.contains("although receiving works"));
    assert!(out.advice.contains("outgoing (SMTP) login is switched on"));
    let inc = diagnose(
        Direction::Incoming,
        &server(Protocol::Imap, 993),
        &e,
        Some(false),
    );
    assert!(inc.message.starts_with("Your password was not accepted"));
}

#[test]
fn certificate_details_are_shown() {
    let e = CheckError::Connect(ConnectError::Certificate(Box::new(CertDetails {
        problem: CertProblem::WrongName,
        names: vec!["other.example.net".into()],
        not_after: None,
        sha256: Some("AB:CD".into()),
    })));
    let p = diagnose(Direction::Incoming, &server(Protocol::Imap, 993), &e, None);
    assert_eq!(p.kind, ProblemKind::Certificate);
    assert!(p.message.contains("other.example.net"));
    assert!(p.advice.contains("AB:CD"));
}

#[test]
fn kinds_by_cause() {
    let s = server(Protocol::Smtp, 587);
    let kind = |e: CheckError| diagnose(Direction::Outgoing, &s, &e, None).kind;
    assert_eq!(
        kind(CheckError::Connect(ConnectError::Refused)),
        ProblemKind::Unreachable
    );
    assert_eq!(kind(CheckError::ConnectTimeout), ProblemKind::Timeout);
    assert_eq!(
        kind(CheckError::Dns(DnsError::NxDomain("x".into()))),
        ProblemKind::Dns
    );
    assert_eq!(
        kind(CheckError::Login(Failure::NoEncryption)),
        ProblemKind::NoEncryption
    );
    assert_eq!(kind(CheckError::PlainRefused), ProblemKind::NoEncryption);
    assert_eq!(
        kind(CheckError::Login(Failure::NoPasswordMethod {
            offered: vec!["XOAUTH2".into()]
        })),
        ProblemKind::AuthUnsupported
    );
    assert_eq!(
        kind(CheckError::Login(Failure::Rejected {
            kind: Rejection::WebLoginRequired,
            text: String::new()
        })),
        ProblemKind::PasswordNotAllowed,
        "Google's 534-5.7.9: never wrong-password"
    );
    assert_eq!(
        kind(CheckError::Login(Failure::Rejected {
            kind: Rejection::PasswordNotAllowed,
            text: String::new()
        })),
        ProblemKind::PasswordNotAllowed,
        "Microsoft's 5.7.139"
    );
    assert_eq!(
        kind(CheckError::Login(Failure::PasswordNotAllowed {
            offered: vec!["XOAUTH2".into()]
        })),
        ProblemKind::PasswordNotAllowed
    );
    assert_eq!(kind(CheckError::OAuthOnly), ProblemKind::PasswordNotAllowed);
    assert_eq!(
        kind(CheckError::Login(Failure::Rejected {
            kind: Rejection::Token(TokenProblem::Invalid),
            text: String::new()
        })),
        ProblemKind::SignInFailed
    );
    assert_eq!(
        kind(CheckError::Login(Failure::NotProtocol)),
        ProblemKind::Other
    );
}

#[test]
fn provider_help_link_for_auth_problems() {
    let addr = crate::address::Address::parse("jo@gmail.com").unwrap();
    let mut s = server(Protocol::Imap, 993);
    s.host = "imap.gmail.com".into();
    let mut p = diagnose(
        Direction::Incoming,
        &s,
        &CheckError::Login(Failure::NoPasswordMethod {
            offered: vec!["AUTH=XOAUTH2".into()],
        }),
        None,
    );
    add_help_link(&mut p, &addr, &s);
    assert!(
        p.advice
            .contains("http://mail.google.com/support/bin/answer.py?answer=13273"),
        "{}",
        p.advice
    );
    let mut wrong = diagnose(
        Direction::Incoming,
        &s,
        &CheckError::Login(Failure::Rejected {
            kind: Rejection::BadCredentials,
            text: String::new(),
        }),
        None,
    );
    let before = wrong.advice.clone();
    add_help_link(&mut wrong, &addr, &s);
    assert_eq!(
        wrong.advice, before,
        "only for problems the provider must solve"
    );
}

#[test]
fn dates() {
    assert_eq!(date(0), "1970-01-01");
    assert_eq!(date(1_700_000_000), "2023-11-14");
}
