//! Plain-English problems: every failed check becomes a [`Problem`] — a kind, one sentence saying what
//! is wrong and one saying what to do — chosen by the typed cause ([`CheckError`]), never by matching
//! error text. The advice follows what a helpdesk would say (receive works but send fails → the
//! outgoing login may not be switched on; nothing can be reached → a firewall or the wrong port …).

use super::CheckError;
use crate::model::{Direction, Protocol, Server};
use crate::net::{CertProblem, ConnectError, DnsError, TlsFailure};
use crate::proto::login::{Failure, Rejection};
use crate::proto::sasl::TokenProblem;
use crate::t;

pub use crate::model::problem::{Problem, ProblemKind};
use crate::model::provider::{Provider, provider_of};

fn side(d: Direction) -> String {
    match d {
        Direction::Incoming => t!("side-incoming"),
        Direction::Outgoing => t!("side-outgoing"),
    }
}

/// The civil date (year, month, day) of `days` since 1970-01-01, proleptic Gregorian (Howard
/// Hinnant's algorithm).
pub(crate) fn civil_date(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn date(secs: u64) -> String {
    let (y, m, d) = civil_date((secs / 86_400) as i64);
    format!("{y:04}-{m:02}-{d:02}")
}

fn cert_reason(p: &CertProblem) -> String {
    match p {
        CertProblem::Expired => t!("check-cert-reason-expired"),
        CertProblem::NotYetValid => t!("check-cert-reason-not-yet-valid"),
        CertProblem::WrongName => t!("check-cert-reason-wrong-name"),
        CertProblem::UnknownIssuer => t!("check-cert-reason-unknown-issuer"),
        CertProblem::Revoked => t!("check-cert-reason-revoked"),
        CertProblem::PinMismatch => t!("check-cert-reason-pin"),
        CertProblem::Other(_) => t!("check-cert-reason-other"),
    }
}

/// A problem with its words and no approval page.
pub(crate) fn problem(kind: ProblemKind, message: String, advice: String) -> Problem {
    Problem {
        kind,
        message,
        advice,
        admin_consent_url: None,
    }
}

/// Turns a failed check of `server` into words. `other_side_ok` is whether the other direction's
/// check passed (None when it was not checked).
pub fn diagnose(
    direction: Direction,
    server: &Server,
    e: &CheckError,
    other_side_ok: Option<bool>,
) -> Problem {
    let (host, port) = (server.host.as_str(), server.port);
    match e {
        CheckError::Dns(d) | CheckError::Connect(ConnectError::Dns(d)) => {
            dns_problem(direction, host, d)
        }
        CheckError::Connect(ConnectError::Certificate(c)) => certificate_problem(host, c),
        CheckError::Connect(ConnectError::Tls(f)) => tls_problem(server, f),
        CheckError::Connect(ConnectError::BadName(_)) => problem(
            ProblemKind::Other,
            t!("check-tls-failed", host = host),
            t!("check-tls-failed-advice"),
        ),
        CheckError::Connect(
            ConnectError::Refused | ConnectError::Unreachable | ConnectError::Io(_),
        ) => problem(
            ProblemKind::Unreachable,
            t!(
                "check-unreachable",
                which = side(direction),
                host = host,
                port = port
            ),
            match (direction, server.protocol) {
                (Direction::Outgoing, Protocol::Smtp) => {
                    t!("check-unreachable-advice-outgoing", port = port)
                }
                _ => t!("check-unreachable-advice", port = port),
            },
        ),
        CheckError::ConnectTimeout
        | CheckError::HandshakeTimeout
        | CheckError::GreetingTimeout
        | CheckError::ReplyTimeout
        | CheckError::WholeTimeout => problem(
            ProblemKind::Timeout,
            t!(
                "check-timeout",
                which = side(direction),
                host = host,
                port = port
            ),
            t!("check-timeout-advice"),
        ),
        CheckError::PlainRefused => no_encryption(direction, server),
        CheckError::OAuthOnly => password_not_allowed(server),
        CheckError::Login(f) => login_problem(direction, server, f, other_side_ok),
        CheckError::Io(_) => closed(host),
    }
}

/// A host name that does not resolve, or a DNS lookup that failed.
fn dns_problem(direction: Direction, host: &str, d: &DnsError) -> Problem {
    match d {
        DnsError::NxDomain(_) | DnsError::NoRecords(_) => problem(
            ProblemKind::Dns,
            t!("check-dns-missing", which = side(direction), host = host),
            match direction {
                Direction::Incoming => t!("check-dns-missing-advice-incoming"),
                Direction::Outgoing => t!("check-dns-missing-advice-outgoing"),
            },
        ),
        _ => problem(
            ProblemKind::Dns,
            t!("check-dns-failed", host = host),
            t!("check-dns-failed-advice"),
        ),
    }
}

/// A certificate we do not accept: why, the names it is for, when it expired, what to do.
fn certificate_problem(host: &str, c: &crate::net::CertDetails) -> Problem {
    let mut message = t!("check-cert", host = host, reason = cert_reason(&c.problem));
    if !c.names.is_empty() {
        message.push_str(&t!("check-cert-names", names = c.names.join(", ")));
    }
    if let Some(secs) = c.not_after {
        message.push_str(&t!("check-cert-expired-on", date = date(secs)));
    }
    let mut advice = match (&c.problem, c.names.first()) {
        (CertProblem::WrongName, Some(name)) => t!("check-cert-advice-name", name = name.as_str()),
        (CertProblem::Expired | CertProblem::NotYetValid, _) => t!("check-cert-advice-date"),
        (CertProblem::PinMismatch, _) => t!("check-cert-advice-pin"),
        _ => t!("check-cert-advice"),
    };
    if let Some(fp) = &c.sha256 {
        advice.push_str(&t!("check-cert-fingerprint", fingerprint = fp.as_str()));
    }
    problem(ProblemKind::Certificate, message, advice)
}

/// The server offers no encryption, or refused the STARTTLS it offered.
fn no_encryption(direction: Direction, server: &Server) -> Problem {
    problem(
        ProblemKind::NoEncryption,
        t!(
            "check-no-encryption",
            which = side(direction),
            host = server.host.as_str(),
            port = server.port
        ),
        t!("check-no-encryption-advice"),
    )
}

/// The provider takes no password here (an app password or its own sign-in instead).
fn password_not_allowed(server: &Server) -> Problem {
    problem(
        ProblemKind::PasswordNotAllowed,
        t!("check-password-not-allowed", host = server.host.as_str()),
        password_not_allowed_advice(server),
    )
}

/// The server closed the connection, or reading from it failed.
fn closed(host: &str) -> Problem {
    problem(
        ProblemKind::Other,
        t!("check-closed", host = host),
        t!("check-closed-advice"),
    )
}

/// A refused login, by the kind of refusal; a wrong password on the outgoing side while the
/// incoming one logged in means the outgoing login is not switched on.
fn rejection_problem(
    direction: Direction,
    server: &Server,
    kind: Rejection,
    text: &str,
    other_side_ok: Option<bool>,
) -> Problem {
    let host = server.host.as_str();
    let server_says = server_said(text);
    match kind {
        Rejection::BadCredentials => match (direction, other_side_ok) {
            (Direction::Outgoing, Some(true)) => problem(
                ProblemKind::WrongPassword,
                t!("check-send-login", server_says = server_says),
                t!("check-send-login-advice"),
            ),
            _ => problem(
                ProblemKind::WrongPassword,
                t!(
                    "check-wrong-password",
                    host = host,
                    server_says = server_says
                ),
                t!(
                    "check-wrong-password-advice",
                    username = server.username.as_str()
                ),
            ),
        },
        Rejection::WebLoginRequired | Rejection::PasswordNotAllowed => problem(
            ProblemKind::PasswordNotAllowed,
            t!("check-app-password", host = host, server_says = server_says),
            password_not_allowed_advice(server),
        ),
        Rejection::Token(p) => token_problem(p, host, &server_says),
        Rejection::Temporary => problem(
            ProblemKind::Other,
            t!("check-temporary", host = host, server_says = server_says),
            t!("check-temporary-advice"),
        ),
        Rejection::InUse => problem(
            ProblemKind::Other,
            t!("check-in-use", host = host, server_says = server_says),
            t!("check-in-use-advice"),
        ),
        Rejection::EncryptionRequired => problem(
            ProblemKind::NoEncryption,
            t!(
                "check-encryption-required",
                host = host,
                server_says = server_says
            ),
            t!("check-encryption-required-advice"),
        ),
    }
}

/// A login dialogue that failed: a refusal, no usable login method, no encryption, a server that is
/// not what it should be.
fn login_problem(
    direction: Direction,
    server: &Server,
    f: &Failure,
    other_side_ok: Option<bool>,
) -> Problem {
    let (host, port) = (server.host.as_str(), server.port);
    match f {
        Failure::NoEncryption | Failure::StartTlsRefused(_) => no_encryption(direction, server),
        Failure::Rejected { kind, text } => {
            rejection_problem(direction, server, *kind, text, other_side_ok)
        }
        Failure::NoPasswordMethod { offered } => problem(
            ProblemKind::AuthUnsupported,
            t!(
                "check-no-password-method",
                host = host,
                offered = offered.join(" ")
            ),
            t!("check-no-password-method-advice"),
        ),
        Failure::PasswordNotAllowed { .. } => password_not_allowed(server),
        Failure::NoTokenMethod { offered } => problem(
            ProblemKind::AuthUnsupported,
            t!(
                "check-no-token-method",
                host = host,
                offered = offered.join(" ")
            ),
            t!("check-no-token-method-advice"),
        ),
        // A dry run that reached the login is a working side (the check marks it ok); were it ever
        // diagnosed, the login method is what it could not confirm.
        Failure::LoginNotOffered | Failure::NotSent => problem(
            ProblemKind::AuthUnsupported,
            t!("check-login-not-offered", host = host, port = port),
            t!("check-login-not-offered-advice"),
        ),
        Failure::Unencodable => problem(
            ProblemKind::AuthUnsupported,
            t!("check-unencodable"),
            t!("check-unencodable-advice"),
        ),
        Failure::Refused(text) => problem(
            ProblemKind::Other,
            t!("check-refused", host = host, text = text.trim()),
            t!("check-refused-advice"),
        ),
        Failure::LineTooLong | Failure::ReplyTooLong => problem(
            ProblemKind::Other,
            t!("check-too-long", host = host, limit = f.to_string()),
            t!("check-too-long-advice"),
        ),
        Failure::NotProtocol => problem(
            ProblemKind::Other,
            t!(
                "check-not-protocol",
                host = host,
                port = port,
                protocol = server.protocol.to_string()
            ),
            t!("check-not-protocol-advice"),
        ),
        Failure::Closed => closed(host),
    }
}

/// A TLS handshake that failed, in the words for its kind.
fn tls_problem(server: &Server, f: &TlsFailure) -> Problem {
    let host = server.host.as_str();
    let port = server.port;
    match f {
        TlsFailure::PlainText { greeting } => problem(
            ProblemKind::WrongSecurity,
            t!(
                "check-tls-plain-text",
                host = host,
                port = port,
                greeting = greeting.as_str()
            ),
            t!(
                "check-tls-plain-text-advice",
                port = port,
                tls_port = server.protocol.tls_port()
            ),
        ),
        TlsFailure::Alert { alert } => problem(
            ProblemKind::TlsAborted,
            t!("check-tls-alert", host = host, alert = alert.as_str()),
            t!("check-tls-alert-advice"),
        ),
        TlsFailure::OldVersion { offered } => problem(
            ProblemKind::OldEncryption,
            match offered {
                Some(v) => t!("check-tls-old-offered", host = host, offered = v.as_str()),
                None => t!("check-tls-old", host = host),
            },
            t!("check-tls-old-advice"),
        ),
        TlsFailure::NoCommonCipher => problem(
            ProblemKind::OldEncryption,
            t!("check-tls-no-cipher", host = host),
            t!("check-tls-old-advice"),
        ),
        TlsFailure::Other(detail) => problem(
            ProblemKind::Other,
            t!("check-tls-failed", host = host),
            t!("check-tls-failed-other-advice", detail = detail.as_str()),
        ),
    }
}

/// "Microsoft 365 needs you to sign in with Microsoft" / "Google needs an app password …".
fn password_not_allowed_advice(server: &Server) -> String {
    match provider_of(server) {
        Some(Provider::Microsoft) => t!("check-password-not-allowed-advice-microsoft"),
        Some(Provider::Google) => t!("check-password-not-allowed-advice-google"),
        None => t!("check-password-not-allowed-advice"),
    }
}

/// A token the server refused, by what its error challenge said.
fn token_problem(p: TokenProblem, host: &str, server_says: &str) -> Problem {
    match p {
        TokenProblem::Invalid | TokenProblem::Other => problem(
            ProblemKind::SignInFailed,
            t!(
                "check-token-refused",
                host = host,
                server_says = server_says
            ),
            t!("check-token-refused-advice"),
        ),
        TokenProblem::Scope => problem(
            ProblemKind::SignInFailed,
            t!("check-token-scope", host = host, server_says = server_says),
            t!("check-token-scope-advice"),
        ),
        TokenProblem::NotAllowed => problem(
            ProblemKind::AuthUnsupported,
            t!(
                "check-token-not-allowed",
                host = host,
                server_says = server_says
            ),
            t!("check-token-not-allowed-advice"),
        ),
    }
}

/// The provider's help page for a problem only the provider can solve (app passwords, IMAP access,
/// OAuth2), when the provider data has one: found by the address's domain, then by the server's.
pub fn add_help_link(p: &mut Problem, addr: &crate::address::Address, server: &Server) {
    if !matches!(
        p.kind,
        ProblemKind::AuthUnsupported | ProblemKind::PasswordNotAllowed
    ) {
        return;
    }
    let data = crate::discover::bundled::data();
    let provider = data
        .lookup(addr.domain())
        .or_else(|| crate::address::registrable_domain(&server.host).and_then(|d| data.lookup(d)));
    if let Some(url) = provider.and_then(|p| p.documentation.first()) {
        p.advice
            .push_str(&t!("check-help-link", url = url.as_str()));
    }
}

/// " The server said: “…”." with the reply quoted as it came, and no doubled full stop when the
/// reply ends its own sentence.
fn server_said(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        String::new()
    } else if text.ends_with(['.', '!', '?', '…']) {
        t!("check-server-said-ended", text = text)
    } else {
        t!("check-server-said", text = text)
    }
}

#[cfg(test)]
mod tests;
