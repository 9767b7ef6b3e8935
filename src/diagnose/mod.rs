//! "My email isn't working": read the mail accounts a person already has in Thunderbird
//! ([`prefs`], [`account`]), find what is wrong with each ([`finding`]: stable ids), and repair what
//! can be repaired ([`fix`]).
//!
//! For each account, without a password: the configured servers probed (connect, TLS or STARTTLS,
//! capabilities; [`live`]), the other standard port and the discovered server tried when they do not
//! answer, discovery's choice and the domain's MX compared with the configuration. With a password:
//! both logins (the other username form tried once), and the send-and-receive test when asked.

pub mod account;
pub mod finding;
pub(crate) mod fix;
mod live;
pub mod prefs;
pub mod profile;
mod run;

use std::time::Duration;

use serde::Serialize;

pub use account::{TbAccount, TbServer};
pub use finding::{DiagnosisId, Finding, Level};
pub use run::diagnose_account;

use crate::address::Address;
use crate::check::send_test::TestMessage;
use crate::check::{self, CheckTimeouts, ServerCheck, diagnosis};
use crate::discover::{self, Discovery};
use crate::model::{Direction, Protocol, Secret, Security, Server};
use crate::net::Net;
use crate::proto::login::{Failure, Rejection};
use crate::t;
use live::Reach;

/// What a diagnosis may do.
#[derive(Debug, Clone, Default)]
pub struct Options {
    pub discovery: discover::Options,
    pub check: CheckTimeouts,
    /// Run the send-and-receive test (with a password, when both logins work), waiting this long.
    pub send_test: Option<Duration>,
    /// The OAuth2 client registrations in force, to find a kept sign-in for accounts that sign in
    /// on the provider's page.
    pub registrations: crate::oauth::Registrations,
}

/// The live check's results, as `check --json` shows them.
#[derive(Debug, Clone, Serialize)]
pub struct AccountCheck {
    pub incoming: ServerCheck,
    pub outgoing: Option<ServerCheck>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub test_message: Option<TestMessage>,
}

/// The settings `--fix` would write, once checked live.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Repair {
    pub incoming: Option<Server>,
    pub outgoing: Option<Server>,
    /// Switch SMTP login on (with the outgoing username).
    pub smtp_login: bool,
    pub leave_on_server: bool,
    /// The findings these repairs fix.
    pub fixes: Vec<DiagnosisId>,
    /// Whether every repaired server passed a live check (a login when it changes the login).
    pub verified: bool,
}

/// One account's diagnosis.
#[derive(Debug, Clone, Serialize)]
pub struct AccountReport {
    pub address: Option<String>,
    pub incoming: Server,
    pub outgoing: Option<Server>,
    pub check: Option<AccountCheck>,
    pub findings: Vec<Finding>,
    /// The ids `--fix` repaired.
    pub fixed: Vec<DiagnosisId>,
    #[serde(skip)]
    pub account: TbAccount,
    #[serde(skip)]
    pub repair: Repair,
}

impl AccountReport {
    pub fn has_problem(&self) -> bool {
        self.findings.iter().any(|f| f.status == Level::Problem)
    }

    fn push(&mut self, f: Finding) {
        if !self.findings.iter().any(|g| g.id == f.id) {
            self.findings.push(f);
        }
    }
}

/// The best discovered server of one protocol.
fn best_of(found: Option<&Discovery>, protocol: Protocol) -> Option<&Server> {
    let found = found?;
    let list = match protocol {
        Protocol::Smtp => &found.outgoing,
        _ => &found.incoming,
    };
    list.iter().find(|s| s.protocol == protocol)
}

fn same_place(a: &Server, b: &Server) -> bool {
    a.host.eq_ignore_ascii_case(&b.host) && a.port == b.port && a.security == b.security
}

fn place(s: &Server) -> String {
    format!("{}:{} ({})", s.host, s.port, s.security)
}

/// SSL/TLS and STARTTLS as mail programs name them.
fn security_words(s: Security) -> &'static str {
    match s {
        Security::Tls => "SSL/TLS",
        Security::Starttls => "STARTTLS",
        Security::Plain => "—",
    }
}

/// "Port 143 uses STARTTLS, not SSL/TLS" (or, when SSL/TLS works only on the SSL/TLS port, "port
/// 143 does not use SSL/TLS; SSL/TLS works on port 993").
fn wrong_security(which: &str, configured: &Server, works: &Server) -> Finding {
    let host = configured.host.as_str();
    let (port, set) = (configured.port, security_words(configured.security));
    let now = security_words(works.security);
    let (message, advice) = if works.port == port {
        (
            t!(
                "diagnose-wrong-security",
                which = which,
                host = host,
                port = port,
                works = now,
                set = set
            ),
            t!("diagnose-wrong-security-advice", port = port, works = now),
        )
    } else {
        (
            t!(
                "diagnose-wrong-security-port",
                which = which,
                host = host,
                port = port,
                set = set,
                works = works.port
            ),
            t!(
                "diagnose-wrong-security-port-advice",
                port = works.port,
                security = now
            ),
        )
    };
    Finding::new(DiagnosisId::WrongSecurity, message, advice, true)
}

/// One side's reachability findings; the server to log in to, if any.
fn reach_findings(r: &mut AccountReport, outgoing: bool, configured: &Server, reach: &Reach) {
    let which = finding::side_words(outgoing);
    if configured.security == Security::Plain {
        r.push(Finding::new(
            DiagnosisId::NotEncrypted,
            t!(
                "diagnose-not-encrypted",
                which = which.as_str(),
                host = configured.host.as_str()
            ),
            t!("diagnose-not-encrypted-advice"),
            reach.server().is_some(),
        ));
    }
    let (finding, fix, works) = match reach {
        Reach::AsConfigured(s) if s.security != configured.security => (None, None, s),
        Reach::AsConfigured(_) => return,
        Reach::OtherSecurity(s) => (
            Some(wrong_security(which.as_str(), configured, s)),
            Some(DiagnosisId::WrongSecurity),
            s,
        ),
        Reach::OtherPort(s) => (
            Some(wrong_port(which.as_str(), configured, s.port)),
            Some(DiagnosisId::WrongPort),
            s,
        ),
        Reach::Discovered(s) => (
            Some(wrong_server(which.as_str(), configured, s)),
            Some(DiagnosisId::WrongServer),
            s,
        ),
        Reach::Nowhere => {
            r.push(cannot_connect(which.as_str(), configured));
            return;
        }
    };
    if let Some(f) = finding {
        r.push(f);
    }
    if outgoing {
        r.repair.outgoing = Some(works.clone());
    } else {
        r.repair.incoming = Some(works.clone());
    }
    r.repair.fixes.extend(fix);
    r.repair.fixes.push(DiagnosisId::NotEncrypted);
}

/// The server answers on another port than the one set.
fn wrong_port(which: &str, configured: &Server, works: u16) -> Finding {
    Finding::new(
        DiagnosisId::WrongPort,
        t!(
            "diagnose-wrong-port",
            which = which,
            host = configured.host.as_str(),
            port = configured.port,
            works = works
        ),
        t!("diagnose-wrong-port-advice", port = works),
        true,
    )
}

/// The server set does not answer; the one discovery found does.
fn wrong_server(which: &str, configured: &Server, works: &Server) -> Finding {
    Finding::new(
        DiagnosisId::WrongServer,
        t!(
            "diagnose-wrong-server",
            which = which,
            host = configured.host.as_str(),
            works = place(works)
        ),
        t!("diagnose-wrong-server-advice", works = works.host.as_str()),
        true,
    )
}

fn cannot_connect(which: &str, configured: &Server) -> Finding {
    Finding::new(
        DiagnosisId::CannotConnect,
        t!(
            "diagnose-cannot-connect",
            which = which,
            host = configured.host.as_str(),
            port = configured.port
        ),
        t!("diagnose-cannot-connect-advice"),
        false,
    )
}

/// The findings from one login.
fn login_findings(
    r: &mut AccountReport,
    outgoing: bool,
    tried: &Server,
    c: &mut ServerCheck,
    other_ok: Option<bool>,
) {
    let direction = if outgoing {
        Direction::Outgoing
    } else {
        Direction::Incoming
    };
    if let Some(e) = &c.error {
        c.problem = Some(diagnosis::diagnose(direction, &c.server, e, other_ok));
    }
    if c.ok {
        login_worked(r, outgoing, tried, c);
    } else {
        login_failed(r, c);
    }
}

/// A login that worked: the username form or the port it took, and the settings to keep.
fn login_worked(r: &mut AccountReport, outgoing: bool, tried: &Server, c: &ServerCheck) {
    let which = finding::side_words(outgoing);
    if !c.server.username.eq_ignore_ascii_case(&tried.username) {
        r.push(Finding::new(
            DiagnosisId::UsernameForm,
            t!(
                "diagnose-username-form",
                which = which.as_str(),
                configured = tried.username.as_str(),
                works = c.server.username.as_str()
            ),
            t!("diagnose-username-form-advice"),
            true,
        ));
        r.repair.fixes.push(DiagnosisId::UsernameForm);
    }
    if c.switched.is_some_and(|w| w.is_security_mixup()) {
        r.push(wrong_security(which.as_str(), tried, &c.server));
        r.repair.fixes.push(DiagnosisId::WrongSecurity);
    } else if c.server.port != tried.port {
        r.push(wrong_port(which.as_str(), tried, c.server.port));
        r.repair.fixes.push(DiagnosisId::WrongPort);
    }
    if !same_place(&c.server, tried) || c.server.username != tried.username {
        if outgoing {
            r.repair.outgoing = Some(c.server.clone());
        } else {
            r.repair.incoming = Some(c.server.clone());
        }
    }
    let id = if outgoing {
        DiagnosisId::OutgoingWorks
    } else {
        DiagnosisId::IncomingWorks
    };
    // Sending worked only with the login switched on: not "works with these settings".
    if !(outgoing && r.repair.smtp_login) {
        r.push(Finding::ok(
            id,
            t!("diagnose-works", which = which.as_str()),
        ));
    }
}

/// A login that failed: the password refused, or another failure, in the check's words.
fn login_failed(r: &mut AccountReport, c: &ServerCheck) {
    let rejected = matches!(
        &c.error,
        Some(check::CheckError::Login(Failure::Rejected {
            kind: Rejection::BadCredentials,
            ..
        }))
    );
    let id = if rejected {
        DiagnosisId::PasswordRejected
    } else {
        DiagnosisId::LoginFailed
    };
    match &c.problem {
        Some(p) => r.push(Finding::new(id, p.message.clone(), p.advice.clone(), false)),
        // A failed check always has its error, so its problem was set above.
        None => r.push(Finding::new(
            id,
            t!("diagnose-login-failed"),
            String::new(),
            false,
        )),
    }
}

/// Whether a server of the account signs in on the provider's page (OAuth2).
fn uses_provider_sign_in(account: &TbAccount) -> bool {
    std::iter::once(&account.incoming)
        .chain(&account.outgoing)
        .any(TbServer::signs_in_with_provider)
}

/// The access token of the sign-in kept for `addr`, at the issuer discovery names for it.
async fn kept_token(
    net: &Net,
    addr: &Address,
    found: Option<&Discovery>,
    registrations: &crate::oauth::Registrations,
) -> Option<Secret<String>> {
    let found = found?;
    let servers = found.incoming.iter().chain(&found.outgoing);
    let crate::oauth::plan::Plan::SignIn(plan) =
        crate::oauth::plan::plan(addr, servers, registrations)
    else {
        return None;
    };
    let store = crate::oauth::register::ClientStore::user();
    let tokens = crate::oauth::kept_token(net, &plan, &store, &addr.to_string()).await?;
    Some(tokens.access)
}
