//! Plain-English problems: every failed check becomes a [`Problem`] — a kind, one sentence saying what
//! is wrong and one saying what to do — chosen by the typed cause ([`CheckError`]), never by matching
//! error text. The advice follows what a helpdesk would say (receive works but send fails → the
//! outgoing login may not be switched on; nothing can be reached → a firewall or the wrong port …).

use serde::{Deserialize, Serialize};

use super::CheckError;
use crate::model::{Direction, Protocol, Server};
use crate::net::{CertProblem, ConnectError, DnsError};
use crate::proto::login::{Failure, Rejection};

/// What kind of problem it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    WrongPassword,
    Unreachable,
    Timeout,
    Certificate,
    NoEncryption,
    Dns,
    AuthUnsupported,
    Other,
}

/// A problem as the user reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub kind: ProblemKind,
    pub message: String,
    pub advice: String,
}

fn side(d: Direction) -> &'static str {
    match d {
        Direction::Incoming => "incoming mail server",
        Direction::Outgoing => "outgoing mail server",
    }
}

fn date(secs: u64) -> String {
    // Civil date from days since 1970-01-01 (proleptic Gregorian; Howard Hinnant's algorithm).
    let days = (secs / 86_400) as i64;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Turns a failed check of `server` into words. `other_side_ok` is whether the other direction's
/// check passed (None when it was not checked).
pub fn diagnose(
    direction: Direction,
    server: &Server,
    e: &CheckError,
    other_side_ok: Option<bool>,
) -> Problem {
    let host = &server.host;
    let port = server.port;
    let which = side(direction);
    let p = |kind, message: String, advice: String| Problem {
        kind,
        message,
        advice,
    };
    match e {
        CheckError::Dns(DnsError::NxDomain(_) | DnsError::NoRecords(_)) => p(
            ProblemKind::Dns,
            format!("The {which} {host} does not exist."),
            match direction {
                Direction::Incoming => "Check the server name for typing mistakes. If it is right, ask your email provider for the correct incoming server, and whether your domain's MX records point to them.".into(),
                Direction::Outgoing => "Check the server name for typing mistakes, or ask your email provider for the correct outgoing (SMTP) server.".into(),
            },
        ),
        CheckError::Dns(_) => p(
            ProblemKind::Dns,
            format!("The name {host} could not be looked up."),
            "Check that this computer is connected to the internet, then try again.".into(),
        ),
        CheckError::Connect(ConnectError::Dns(d)) => diagnose(direction, server, &CheckError::Dns(d.clone()), other_side_ok),
        CheckError::Connect(ConnectError::Refused | ConnectError::Unreachable | ConnectError::Io(_)) => p(
            ProblemKind::Unreachable,
            format!("The {which} {host} could not be reached on port {port}."),
            match (direction, server.protocol) {
                (Direction::Outgoing, Protocol::Smtp) => format!("Your network or firewall may block port {port} (many networks block sending ports), or the server does not accept mail on it. Try port 465 or 587, or ask whoever runs your network."),
                _ => format!("A firewall may block port {port}, or the server name or port is wrong. Check them with your email provider."),
            },
        ),
        CheckError::ConnectTimeout | CheckError::ReplyTimeout | CheckError::WholeTimeout => p(
            ProblemKind::Timeout,
            format!("The {which} {host} did not answer in time (port {port})."),
            "The server may be down or a firewall may silently block the port. Try again later, or on another network; if it keeps happening, ask your email provider.".into(),
        ),
        CheckError::Connect(ConnectError::Certificate(c)) => {
            let mut message = format!("The security certificate of {host} is not valid: {}.", c.problem);
            if !c.names.is_empty() {
                message.push_str(&format!(" It was made for: {}.", c.names.join(", ")));
            }
            if let Some(t) = c.not_after {
                message.push_str(&format!(" It expired on {}.", date(t)));
            }
            let mut advice = match c.problem {
                CertProblem::WrongName if !c.names.is_empty() => format!(
                    "The server may be known by another name: try {} as the server name, or ask your email provider which name to use.",
                    c.names[0]
                ),
                CertProblem::Expired | CertProblem::NotYetValid => "Check that this computer's date and time are right. If they are, the provider must renew its certificate: tell them.".into(),
                _ => "Your password was not sent. Ask your email provider to fix their certificate; do not connect until they have.".into(),
            };
            if let Some(fp) = &c.sha256 {
                advice.push_str(&format!(" Certificate fingerprint (SHA-256): {fp}."));
            }
            p(ProblemKind::Certificate, message, advice)
        }
        CheckError::Connect(ConnectError::Tls(_) | ConnectError::BadName(_)) => p(
            ProblemKind::Other,
            format!("A secure connection to {host} could not be set up."),
            "The server may use old encryption this program does not accept. Ask your email provider for current settings.".into(),
        ),
        CheckError::PlainRefused | CheckError::Login(Failure::NoEncryption | Failure::StartTlsRefused(_)) => p(
            ProblemKind::NoEncryption,
            format!("The {which} {host} does not offer an encrypted connection on port {port}."),
            "Your password was not sent, because anyone on the network could read it. Ask your email provider for secure settings (usually port 993 for incoming IMAP and 465 or 587 for outgoing mail).".into(),
        ),
        CheckError::Login(Failure::Rejected { kind, text }) => {
            let server_says = if text.trim().is_empty() { String::new() } else { format!(" The server said: \"{}\".", text.trim()) };
            match kind {
                Rejection::BadCredentials => {
                    let (message, advice) = match (direction, other_side_ok) {
                        (Direction::Outgoing, Some(true)) => (
                            format!("The outgoing mail server did not accept your login, although receiving works.{server_says}"),
                            "Sending may need its own setting: check that the outgoing (SMTP) login is switched on for your account, and whether the outgoing server wants a different username. Your provider's help pages or helpdesk can tell you.".to_string(),
                        ),
                        _ => (
                            format!("Your password was not accepted by {host}.{server_says}"),
                            format!("Check the password (capital letters, keyboard layout) and the username {:?}. If you use two-step sign-in, your provider may require an app password.", server.username),
                        ),
                    };
                    p(ProblemKind::WrongPassword, message, advice)
                }
                Rejection::WebLoginRequired => p(
                    ProblemKind::AuthUnsupported,
                    format!("{host} does not accept your normal password from mail programs.{server_says}"),
                    "Create an app password in your email account's security settings (or sign in once on the provider's website), then use that instead of your normal password.".into(),
                ),
                Rejection::Temporary => p(
                    ProblemKind::Other,
                    format!("{host} has a temporary problem and could not check your login.{server_says}"),
                    "Try again in a few minutes.".into(),
                ),
                Rejection::InUse => p(
                    ProblemKind::Other,
                    format!("Your mailbox on {host} is in use by another program.{server_says}"),
                    "Close other mail programs or devices that download this mailbox, wait a minute, and try again.".into(),
                ),
                Rejection::EncryptionRequired => p(
                    ProblemKind::NoEncryption,
                    format!("{host} wants a more secure connection before you log in.{server_says}"),
                    "Ask your email provider for the secure settings.".into(),
                ),
            }
        }
        CheckError::Login(Failure::NoPasswordMethod { offered }) => p(
            ProblemKind::AuthUnsupported,
            format!("{host} does not accept a password login from mail programs (it offers: {}).", offered.join(" ")),
            "The provider may require signing in through its website (OAuth2) or an app password. Check your provider's help pages for \"app password\" or \"IMAP access\".".into(),
        ),
        CheckError::Login(Failure::LoginNotOffered) => p(
            ProblemKind::AuthUnsupported,
            format!("The outgoing mail server {host} does not offer a login on port {port}."),
            "This port may be for servers only. Use the submission port (587 or 465) your provider gives, and check that sending by login is switched on for your account.".into(),
        ),
        CheckError::Login(Failure::Unencodable) => p(
            ProblemKind::AuthUnsupported,
            "Your password or username contains characters this server cannot receive.".into(),
            "Change the password to one without unusual characters, or ask your email provider.".into(),
        ),
        CheckError::Login(Failure::Refused(text)) => p(
            ProblemKind::Other,
            format!("{host} refused the connection: \"{}\".", text.trim()),
            "The server may be busy or may not accept connections from your network. Try again later, or ask your email provider.".into(),
        ),
        CheckError::Login(Failure::NotProtocol | Failure::LineTooLong | Failure::ReplyTooLong) => p(
            ProblemKind::Other,
            format!("{host} on port {port} does not answer like a {} server.", server.protocol),
            "The server name or port is probably wrong. Check them with your email provider.".into(),
        ),
        CheckError::Login(Failure::Closed) | CheckError::Io(_) => p(
            ProblemKind::Other,
            format!("{host} closed the connection unexpectedly."),
            "Try again. If it keeps happening, the server or your network may be refusing mail programs; ask your email provider.".into(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
        }
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
            ProblemKind::AuthUnsupported
        );
        assert_eq!(
            kind(CheckError::Login(Failure::NotProtocol)),
            ProblemKind::Other
        );
    }

    #[test]
    fn dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(1_700_000_000), "2023-11-14");
    }
}
