//! The live check: log in to the incoming and the outgoing server at once, the way the user's mail
//! program will, and explain any failure in plain words ([`diagnosis`]).
//!
//! Each server: the login dialogue from [`crate::proto`] run by the one session driver
//! ([`crate::net::Session`]: connect racing the addresses, TLS at once or after STARTTLS with a
//! certificate valid for the host name, each reply under its own time limit), the whole check under
//! one more. A failed or missing STARTTLS ends the
//! connection before any password is sent; so does a settings entry with no encryption.
//!
//! The connect, the TLS handshake and the server's greeting each have their own short limit, apart
//! from the later replies, so a server that accepts and then says nothing is reported within seconds.
//! When a port cannot be reached, or has not finished its greeting after [`HEDGE_AFTER`], the other
//! standard port of the same kind is opened alongside (465 ↔ 587, 993 ↔ 143 with STARTTLS,
//! 995 ↔ 110 with STLS); the first to be ready gets the login, the other is dropped before any
//! credential is sent, and a switch is reported. When a login is refused
//! and the username form was not vouched for, the other form (full address ↔ local part) is tried
//! once: never more than two login attempts per server, to stay clear of lock-outs.

pub mod diagnosis;
mod fallback;
pub mod send_test;
mod trust;

use fallback::{Either, after_plain_text, fallbacks, open_either};
pub use fallback::{Switch, SwitchReason};
pub(crate) use fallback::{moved, plain_text_tries, starttls_on_tls_port};

pub use trust::refuse_untrusted;

use std::time::Duration;

use serde::Serialize;

use crate::address::Address;
use crate::model::{Direction, Protocol, Secret, Server};
use crate::net::{ConnectError, DnsError, Limits, Net, Session, SessionError, Target, TlsFailure};
use crate::proto::dialogue::Dialogue;
use crate::proto::imap::ImapLogin;
use crate::proto::login::{Credentials, Failure, LoggedIn, Rejection, SecretKind};
use crate::proto::pop3::Pop3Login;
use crate::proto::smtp::SmtpLogin;
pub use diagnosis::{Problem, ProblemKind};

/// How long a server may take to be ready (connected, encrypted, greeted) before the other standard
/// port is opened alongside it.
pub const HEDGE_AFTER: Duration = Duration::from_secs(2);

/// Time limits for a check. The defaults keep a silent server's report under 10 s: a connection
/// that is accepted and then stalls is given up after the handshake or greeting limit, one that greets
/// and then stalls after one reply limit.
#[derive(Debug, Clone)]
pub struct CheckTimeouts {
    /// Opening the TCP connection (all addresses of the host together).
    pub connect: Duration,
    /// The TLS handshake (at once, or after STARTTLS).
    pub handshake: Duration,
    /// The server's greeting, the first thing it says.
    pub greeting: Duration,
    /// Each later reply from the server.
    pub reply: Duration,
    /// One whole server check, fallbacks included.
    pub whole: Duration,
}

impl Default for CheckTimeouts {
    fn default() -> Self {
        CheckTimeouts {
            connect: Duration::from_secs(6),
            handshake: Duration::from_secs(5),
            greeting: Duration::from_secs(5),
            reply: Duration::from_secs(8),
            whole: Duration::from_secs(45),
        }
    }
}

/// Why one login attempt failed, by cause (the diagnosis picks its words from this).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckError {
    #[error(transparent)]
    Dns(DnsError),
    #[error(transparent)]
    Connect(ConnectError),
    #[error("{}", crate::t!("error-check-connect-timeout"))]
    ConnectTimeout,
    #[error("{}", crate::t!("error-check-handshake-timeout"))]
    HandshakeTimeout,
    #[error("{}", crate::t!("error-check-greeting-timeout"))]
    GreetingTimeout,
    #[error("{}", crate::t!("error-check-reply-timeout"))]
    ReplyTimeout,
    #[error("{}", crate::t!("error-check-whole-timeout"))]
    WholeTimeout,
    #[error("{}", crate::t!("error-check-plain-refused"))]
    PlainRefused,
    #[error("{}", crate::t!("error-check-io", error = .0.as_str()))]
    Io(String),
    /// The provider data says this server takes only an OAuth2 sign-in; no password was sent.
    #[error("{}", crate::t!("error-check-oauth-only"))]
    OAuthOnly,
    #[error(transparent)]
    Login(Failure),
}

impl CheckError {
    /// Whether the port could not be reached at all (so another port may help).
    fn unreachable(&self) -> bool {
        matches!(
            self,
            CheckError::Connect(
                ConnectError::Refused | ConnectError::Unreachable | ConnectError::Io(_)
            ) | CheckError::ConnectTimeout
        )
    }

    /// Whether the port could not be reached, or stalled before the login (so another port may help).
    fn unreachable_or_stalled(&self) -> bool {
        self.unreachable()
            || matches!(
                self,
                CheckError::HandshakeTimeout
                    | CheckError::GreetingTimeout
                    | CheckError::ReplyTimeout
            )
    }
}

/// What the check logs in with: the password, or an OAuth2 access token from a sign-in.
#[derive(Debug, Clone)]
pub enum LoginSecret {
    Password(Secret<String>),
    /// An access token; used with OAUTHBEARER or XOAUTH2.
    Token(Secret<String>),
    /// No secret: the check goes as far as the login and stops before it (connection, encryption,
    /// greeting, capabilities and a login method we would use); nothing is sent.
    Nothing,
}

impl LoginSecret {
    pub(crate) fn credentials(&self, username: &str) -> Credentials {
        match self {
            LoginSecret::Password(p) => Credentials::password(username, p.clone()),
            LoginSecret::Token(t) => Credentials::token(username, t.clone()),
            LoginSecret::Nothing => Credentials::dry_run(username, SecretKind::Password),
        }
    }

    /// The credentials for `server`: a dry run looks for the login method its settings name (an
    /// OAuth2 method for a server that signs people in with the provider).
    fn credentials_for(&self, server: &Server) -> Credentials {
        match self {
            LoginSecret::Nothing if server.auth == crate::model::Auth::OAuth2 => {
                Credentials::dry_run(&server.username, SecretKind::AccessToken)
            }
            s => s.credentials(&server.username),
        }
    }

    fn kind(&self) -> Option<SecretKind> {
        match self {
            LoginSecret::Password(_) => Some(SecretKind::Password),
            LoginSecret::Token(_) => Some(SecretKind::AccessToken),
            LoginSecret::Nothing => None,
        }
    }
}

/// The result for one server.
#[derive(Debug, Clone, Serialize)]
pub struct ServerCheck {
    /// The server as finally tried (port or username may differ from the settings, see `notes`).
    pub server: Server,
    pub ok: bool,
    pub problem: Option<Problem>,
    /// Plain-English notes such as a port switch or a username change.
    #[serde(skip)]
    pub notes: Vec<String>,
    /// What was said on the wire, passwords and AUTH payloads replaced by `[redacted]`.
    #[serde(skip)]
    pub transcript: Vec<String>,
    /// A server alert for the user (IMAP `[ALERT]`).
    #[serde(skip)]
    pub alert: Option<String>,
    /// Whether a login was tried: not with [`LoginSecret::Nothing`], where `ok` means the server
    /// answered, encrypted, and offers a login method we would use.
    #[serde(skip)]
    pub login_tried: bool,
    /// The settings' own port or security did not work and `server` is what did instead.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub switched: Option<Switch>,
    #[serde(skip)]
    pub error: Option<CheckError>,
}

/// The result of a whole check.
#[derive(Debug, Clone, Serialize)]
pub struct CheckReport {
    pub incoming: ServerCheck,
    pub outgoing: Option<ServerCheck>,
}

impl ServerCheck {
    /// "Receiving mail works (host)" or "Sending mail works (host)", as the wizard says it.
    pub fn works_line(&self) -> String {
        let host = self.server.host.as_str();
        match self.server.protocol.direction() {
            crate::model::Direction::Incoming => crate::t!("done-incoming-works", host = host),
            crate::model::Direction::Outgoing => crate::t!("done-outgoing-works", host = host),
        }
    }
}

impl CheckReport {
    pub fn ok(&self) -> bool {
        self.incoming.ok && self.outgoing.as_ref().is_some_and(|o| o.ok)
    }

    /// The incoming side, then the outgoing one when there is one.
    pub fn sides(&self) -> impl Iterator<Item = &ServerCheck> {
        std::iter::once(&self.incoming).chain(self.outgoing.as_ref())
    }

    /// Whether a server refused the password (the wizards then ask for it again).
    pub fn wrong_password(&self) -> bool {
        self.sides().any(|c| {
            c.problem
                .as_ref()
                .is_some_and(|p| p.kind == ProblemKind::WrongPassword)
        })
    }

    /// Everything a helpdesk needs, with no secret in it.
    pub fn details_for_helpdesk(&self) -> String {
        let mut out = String::new();
        for c in self.sides() {
            let s = &c.server;
            out.push_str(&format!(
                "== {} {}:{} {} user {} ({}; source {}, {}) ==\n",
                s.protocol,
                s.host,
                s.port,
                s.security,
                s.username,
                if c.ok { "OK" } else { "FAILED" },
                s.source,
                if s.trusted { "vouched" } else { "not vouched" }
            ));
            for n in &c.notes {
                out.push_str(&format!("note: {n}\n"));
            }
            if let Some(e) = &c.error {
                out.push_str(&format!("error: {e}\n"));
            }
            // Where the organisation's administrator approves Mail Setup (a sign-in that needs it).
            if let Some(u) = c
                .problem
                .as_ref()
                .and_then(|p| p.admin_consent_url.as_ref())
            {
                out.push_str(&format!("admin consent: {u}\n"));
            }
            for l in &c.transcript {
                out.push_str(l);
                out.push('\n');
            }
        }
        out
    }
}

/// The other username form: the local part for a full address, the full address for a local part.
pub(crate) fn other_username(username: &str, addr: &Address) -> Option<String> {
    use crate::address::UsernameForm;
    Some(addr.username(match addr.username_form(username)? {
        UsernameForm::Address => UsernameForm::LocalPart,
        UsernameForm::LocalPart => UsernameForm::Address,
    }))
}

/// A login dialogue for one of the three protocols.
type Login = Box<dyn Dialogue<Done = LoggedIn> + Send>;

/// A connection that is encrypted, with a certificate valid for the host, and has heard from the
/// server; no credential has been sent on it yet.
type Opened = Session<Login>;

impl From<SessionError> for CheckError {
    fn from(e: SessionError) -> CheckError {
        match e {
            SessionError::Connect(ConnectError::Dns(e)) => CheckError::Dns(e),
            SessionError::Connect(e) => CheckError::Connect(e),
            SessionError::ConnectTimeout => CheckError::ConnectTimeout,
            SessionError::HandshakeTimeout => CheckError::HandshakeTimeout,
            SessionError::GreetingTimeout => CheckError::GreetingTimeout,
            SessionError::ReplyTimeout => CheckError::ReplyTimeout,
            SessionError::PlainRefused => CheckError::PlainRefused,
            SessionError::Io(e) => CheckError::Io(e),
            SessionError::Dialogue(f) => CheckError::Login(f),
        }
    }
}

impl CheckTimeouts {
    fn session(&self) -> Limits {
        Limits {
            connect: self.connect,
            handshake: self.handshake,
            greeting: self.greeting,
            reply: self.reply,
        }
    }
}

/// Connects, sets up TLS (at once or after STARTTLS) and reads the greeting, each under its own limit.
async fn open(
    net: &Net,
    server: &Server,
    secret: &LoginSecret,
    t: &CheckTimeouts,
    transcript: &mut Vec<String>,
) -> Result<Opened, CheckError> {
    let creds = secret.credentials_for(server);
    let protocol = server.protocol;
    let dialogue = move |tls: bool| -> Login {
        match protocol {
            Protocol::Imap => Box::new(ImapLogin::new(creds, tls)),
            Protocol::Pop3 => Box::new(Pop3Login::new(creds, tls)),
            Protocol::Smtp => Box::new(SmtpLogin::new(creds, tls)),
        }
    };
    let target = Target {
        host: &server.host,
        port: server.port,
        security: server.security,
    };
    Ok(Session::open(net, target, dialogue, t.session(), transcript).await?)
}

/// Runs the login on an opened connection.
async fn login(o: Opened, transcript: &mut Vec<String>) -> Result<LoggedIn, CheckError> {
    Ok(o.finish(transcript).await?)
}

/// One login attempt against one server.
async fn attempt(
    net: &Net,
    server: &Server,
    secret: &LoginSecret,
    t: &CheckTimeouts,
    transcript: &mut Vec<String>,
) -> Result<LoggedIn, CheckError> {
    let opened = open(net, server, secret, t, transcript).await?;
    login(opened, transcript).await
}

async fn check_server_inner(
    net: &Net,
    addr: &Address,
    settings: &Server,
    secret: &LoginSecret,
    t: &CheckTimeouts,
    out: &mut ServerCheck,
) {
    if settings.auth == crate::model::Auth::OAuth2 && secret.kind() == Some(SecretKind::Password) {
        out.error = Some(CheckError::OAuthOnly);
        return;
    }
    let (mut server, opened) = open_settings(net, settings, secret, t, out).await;
    let mut result = match opened {
        Ok(o) => login(o, &mut out.transcript).await,
        Err(e) => Err(e),
    };
    // A refused token is never a wrong password, even from a server that sends no error challenge.
    if let (LoginSecret::Token(_), Err(CheckError::Login(Failure::Rejected { kind, .. }))) =
        (secret, &mut result)
    {
        if *kind == Rejection::BadCredentials {
            *kind = Rejection::Token(crate::proto::sasl::TokenProblem::Other);
        }
    }
    let refused = matches!(
        &result,
        Err(CheckError::Login(Failure::Rejected {
            kind: Rejection::BadCredentials,
            ..
        }))
    );
    if refused && !server.trusted {
        if let Some((alt, r)) = other_form(net, addr, &server, secret, t, out).await {
            server = alt;
            result = r;
        }
    }
    out.server = server;
    match result {
        Ok(logged_in) => {
            out.ok = true;
            out.alert = logged_in.alert;
        }
        // A dry run that reached the login: everything before it works.
        Err(CheckError::Login(Failure::NotSent)) => {
            out.ok = true;
            out.login_tried = false;
        }
        Err(e) => out.error = Some(e),
    }
}

/// Opens the settings' server, or the other standard port or security when the settings' own
/// cannot be reached or answer in plain text (the switch is noted in `out`): the server that was
/// opened, and how.
async fn open_settings(
    net: &Net,
    settings: &Server,
    secret: &LoginSecret,
    t: &CheckTimeouts,
    out: &mut ServerCheck,
) -> (Server, Result<Opened, CheckError>) {
    let (slow, gone) = fallbacks(settings);
    let tr = &mut out.transcript;
    let mut opened =
        open_either(net, settings, (slow.as_ref(), gone.as_ref()), secret, t, tr).await;
    if let Either::First(Err(CheckError::Connect(ConnectError::Tls(TlsFailure::PlainText {
        ..
    })))) = &opened
    {
        if let Some(o) = after_plain_text(net, settings, secret, t, tr).await {
            opened = o;
        }
    }
    match opened {
        Either::First(r) => (settings.clone(), r),
        Either::Other(alt, reason, r) => {
            let switch = Switch {
                from_port: settings.port,
                from_security: settings.security,
                reason,
            };
            out.notes.push(switch.note(&alt, r.is_ok()));
            out.switched = Some(switch);
            (alt, r)
        }
    }
}

/// After a refused login, the other username form (full address ↔ local part), once: the server
/// with it and the result, when it logged in.
async fn other_form(
    net: &Net,
    addr: &Address,
    server: &Server,
    secret: &LoginSecret,
    t: &CheckTimeouts,
    out: &mut ServerCheck,
) -> Option<(Server, Result<LoggedIn, CheckError>)> {
    let other = other_username(&server.username, addr)?;
    let mut alt = server.clone();
    alt.username = other.clone();
    let r = attempt(net, &alt, secret, t, &mut out.transcript).await;
    if r.is_err() {
        return None;
    }
    out.notes
        .push(crate::t!("check-note-username", username = other.as_str()));
    Some((alt, r))
}

/// Checks one server with the password, under the whole-check time limit.
pub async fn check_server(
    net: &Net,
    addr: &Address,
    settings: &Server,
    password: &Secret<String>,
    t: &CheckTimeouts,
) -> ServerCheck {
    let secret = LoginSecret::Password(password.clone());
    check_server_with(net, addr, settings, &secret, t).await
}

/// Checks one server with the password or an access token, under the whole-check time limit.
pub async fn check_server_with(
    net: &Net,
    addr: &Address,
    settings: &Server,
    secret: &LoginSecret,
    t: &CheckTimeouts,
) -> ServerCheck {
    let mut out = ServerCheck {
        server: settings.clone(),
        ok: false,
        problem: None,
        notes: Vec::new(),
        transcript: Vec::new(),
        alert: None,
        login_tried: !matches!(secret, LoginSecret::Nothing),
        switched: None,
        error: None,
    };
    // With a per-host limit (a helpdesk's batch), wait for this host's turn before the clock starts.
    let _turn = net.turn(&settings.host).await;
    if tokio::time::timeout(
        t.whole,
        check_server_inner(net, addr, settings, secret, t, &mut out),
    )
    .await
    .is_err()
    {
        out.ok = false;
        out.error = Some(CheckError::WholeTimeout);
    }
    out
}

/// Checks incoming and outgoing at once with the password and explains what failed.
pub async fn check(
    net: &Net,
    addr: &Address,
    incoming: &Server,
    outgoing: Option<&Server>,
    password: &Secret<String>,
    t: &CheckTimeouts,
) -> CheckReport {
    let secret = LoginSecret::Password(password.clone());
    check_with(net, addr, incoming, outgoing, &secret, t).await
}

/// Checks incoming and outgoing at once with the password or an access token.
pub async fn check_with(
    net: &Net,
    addr: &Address,
    incoming: &Server,
    outgoing: Option<&Server>,
    secret: &LoginSecret,
    t: &CheckTimeouts,
) -> CheckReport {
    let (mut inc, mut out) =
        tokio::join!(check_server_with(net, addr, incoming, secret, t), async {
            match outgoing {
                Some(o) => Some(check_server_with(net, addr, o, secret, t).await),
                None => None,
            }
        });
    let out_ok = out.as_ref().map(|o| o.ok);
    if let Some(e) = &inc.error {
        inc.problem = Some(diagnosis::diagnose(
            Direction::Incoming,
            &inc.server,
            e,
            out_ok,
        ));
    }
    if let Some(o) = out.as_mut() {
        if let Some(e) = &o.error {
            o.problem = Some(diagnosis::diagnose(
                Direction::Outgoing,
                &o.server,
                e,
                Some(inc.ok),
            ));
        }
    }
    CheckReport {
        incoming: inc,
        outgoing: out,
    }
}
