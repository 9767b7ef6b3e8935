//! Signing in with the provider (OAuth2) for mail: the authorization code flow of RFC 6749 with
//! PKCE S256 (RFC 7636), as RFC 8252 says a desktop program should run it — in the system browser,
//! with the answer coming back to a loopback listener that takes one request (`loopback.rs`), and
//! the browser started the way the desktop expects (`browser.rs`). The token requests go through the
//! `oauth2` crate on the project's own HTTP client, size-capped and under a time limit (`token.rs`).
//!
//! Client registrations are configuration, never borrowed from another program ([`Registrations`]):
//! `--oauth-client ISSUER=CLIENT_ID`, the helpdesk preset's `[[oauth]]` tables, then the defaults a
//! packager built in (`MAILSETUP_OAUTH_CLIENTS`, read by `build.rs`; packaging/README.md). The
//! endpoints come only from vouched provider data and only as `https://` URLs
//! ([`OAuthEndpoints::checked`]); docs/design.md, "Trust".

pub(crate) mod browser;
mod flow;
mod loopback;
pub mod plan;
pub(crate) mod register;
mod token;
pub mod words;

pub use flow::{Event, SignedIn, kept_token, sign_in_planned};

use std::time::Duration;

use crate::model::{OAuthEndpoints, Secret};
use crate::net::Net;

pub use token::refresh;

/// How long the browser may take to come back (the person reads, types, maybe sets up a second factor).
pub const SIGN_IN_WAIT: Duration = Duration::from_secs(5 * 60);

/// How long the token endpoint may take to answer.
pub const TOKEN_TIMEOUT: Duration = Duration::from_secs(20);

/// Largest token response read (real ones are a few KiB; Microsoft's JWTs are the biggest).
pub const MAX_TOKEN_RESPONSE: usize = 64 * 1024;

/// The environment variable a packager sets at build time: `ISSUER=CLIENT_ID` pairs separated by
/// spaces or `;` (build.rs checks it and hands it on).
pub const BUILD_ENV: &str = "MAILSETUP_OAUTH_CLIENTS";

pub use crate::model::provider::{GOOGLE_ISSUER, KNOWN_ISSUERS, MICROSOFT_ISSUER};

/// The organisation's administrator approves this program for everyone at Microsoft's
/// admin-consent page: the tenant of the registration (else `organizations`, which asks the
/// administrator's own) and our client id. Other issuers have no such page.
pub fn admin_consent_url(issuer: &str, client: &Client) -> Option<String> {
    if !issuer.eq_ignore_ascii_case(MICROSOFT_ISSUER) {
        return None;
    }
    let tenant = client.tenant.as_deref().unwrap_or("organizations");
    let mut u =
        url::Url::parse(&format!("https://{MICROSOFT_ISSUER}/{tenant}/adminconsent")).ok()?;
    u.query_pairs_mut()
        .append_pair("client_id", &client.client_id);
    Some(u.to_string())
}

/// One client registration: who we are to one issuer.
#[derive(Debug, Clone)]
pub struct Client {
    pub issuer: String,
    pub client_id: String,
    /// Some providers (Google) issue a "secret" even to desktop programs; it is not secret there,
    /// but is still kept out of logs.
    pub client_secret: Option<Secret<String>>,
    /// Microsoft's tenant (a domain or id) in place of `common` in the endpoints.
    pub tenant: Option<String>,
}

/// Two registrations are the same when every part is, the client secret included.
impl PartialEq for Client {
    fn eq(&self, other: &Client) -> bool {
        self.issuer == other.issuer
            && self.client_id == other.client_id
            && self.tenant == other.tenant
            && self.client_secret.as_ref().map(Secret::expose)
                == other.client_secret.as_ref().map(Secret::expose)
    }
}

impl Eq for Client {}

/// The registrations in force, first source first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Registrations {
    clients: Vec<Client>,
}

/// A `--oauth-client` value or build-time pair that is not `ISSUER=CLIENT_ID`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::t!("error-oauth-bad-registration", value = format!("{:?}", .0)))]
pub struct BadRegistration(pub String);

impl Client {
    /// Parses `ISSUER=CLIENT_ID`.
    pub fn parse(s: &str) -> Result<Client, BadRegistration> {
        let (issuer, id) = s
            .split_once('=')
            .ok_or_else(|| BadRegistration(s.to_owned()))?;
        let (issuer, id) = (issuer.trim(), id.trim());
        if issuer.is_empty() || id.is_empty() || id.contains(char::is_whitespace) {
            return Err(BadRegistration(s.to_owned()));
        }
        Ok(Client {
            issuer: issuer.to_owned(),
            client_id: id.to_owned(),
            client_secret: None,
            tenant: None,
        })
    }

    /// The provider's endpoints for this registration: Microsoft's `common` replaced by the tenant.
    pub fn endpoints(&self, e: &OAuthEndpoints) -> OAuthEndpoints {
        let Some(tenant) = &self.tenant else {
            return e.clone();
        };
        let with_tenant = |u: &str| u.replacen("/common/", &format!("/{tenant}/"), 1);
        OAuthEndpoints {
            auth_url: with_tenant(&e.auth_url),
            token_url: with_tenant(&e.token_url),
            ..e.clone()
        }
    }
}

impl Registrations {
    /// The defaults built into this copy (`MAILSETUP_OAUTH_CLIENTS` at build time).
    pub fn built_in() -> Registrations {
        let mut r = Registrations::default();
        // build.rs sets it (empty without registrations) and refused anything malformed.
        let built = option_env!("MAILSETUP_BUILTIN_OAUTH_CLIENTS").unwrap_or("");
        for pair in built.split(';').filter(|p| !p.is_empty()) {
            if let Ok(c) = Client::parse(pair) {
                r.add(c);
            }
        }
        r
    }

    /// Adds a registration unless one for the same issuer came first.
    pub fn add(&mut self, c: Client) {
        if self.get(&c.issuer).is_none() {
            self.clients.push(c);
        }
    }

    /// Adds every registration of `later` whose issuer has none yet.
    pub fn then(mut self, later: &Registrations) -> Registrations {
        for c in &later.clients {
            self.add(c.clone());
        }
        self
    }

    /// The registration for `issuer` (compared ignoring case).
    pub fn get(&self, issuer: &str) -> Option<&Client> {
        self.clients
            .iter()
            .find(|c| c.issuer.eq_ignore_ascii_case(issuer))
    }

    pub fn is_empty(&self) -> bool {
        self.clients.is_empty()
    }
}

/// What a sign-in gives: the access token for the logins and, usually, a refresh token to keep.
#[derive(Debug, Clone)]
pub struct Tokens {
    pub access: Secret<String>,
    pub refresh: Option<Secret<String>>,
}

/// Why a sign-in did not give tokens.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignInError {
    /// The person, or the provider, said no (`error=access_denied`).
    #[error("{}", crate::t!("error-oauth-cancelled"))]
    Cancelled,
    /// The provider answered with another error.
    #[error("{}", crate::t!("error-oauth-denied", reason = .0.as_str()))]
    Denied(String),
    /// The answer carried another `state` than ours: not the answer to this sign-in.
    #[error("{}", crate::t!("error-oauth-state-mismatch"))]
    StateMismatch,
    #[error("{}", crate::t!("error-oauth-timeout"))]
    Timeout,
    /// The browser's request carrying the answer is longer than the loopback listener reads.
    #[error("{}", crate::t!("error-oauth-answer-too-long", kib = loopback::MAX_REQUEST / 1024))]
    AnswerTooLong,
    #[error("{}", crate::t!("error-oauth-listener", reason = .0.as_str()))]
    Listener(String),
    #[error("{}", crate::t!("error-oauth-token", reason = .0.as_str()))]
    Token(String),
    #[error("{}", crate::t!("error-oauth-token-timeout"))]
    TokenTimeout,
    /// A kept refresh token was refused (expired or revoked): sign in again.
    #[error("{}", crate::t!("error-oauth-refresh-refused"))]
    RefreshRefused,
    #[error("{}", crate::t!("error-oauth-insecure-endpoint"))]
    InsecureEndpoint,
    /// The organisation must approve this program before its people can sign in (OAuth's
    /// `consent_required`, Microsoft's AADSTS65001/90094/90095); the admin-consent page, where
    /// the provider has one.
    #[error("{}", crate::t!("error-oauth-admin-approval"))]
    AdminApproval(Option<String>),
    /// The redirect named another issuer than the one asked (RFC 9207): a mix-up, not our answer.
    #[error("{}", crate::t!("error-oauth-issuer-mismatch"))]
    IssuerMismatch,
    /// The provider does not know our client (a registration it has dropped).
    #[error("{}", crate::t!("error-oauth-invalid-client"))]
    InvalidClient,
    /// No client for this issuer is configured, and the issuer offers no registration-free
    /// sign-in (no metadata, or no registration endpoint in it).
    #[error("{}", crate::t!("error-oauth-not-offered"))]
    NotOffered,
    /// The issuer's metadata could not be read or is not valid.
    #[error("{}", crate::t!("error-oauth-metadata", reason = .0.as_str()))]
    Metadata(String),
    /// The registration at the issuer was refused or failed.
    #[error("{}", crate::t!("error-oauth-registration", reason = .0.as_str()))]
    Registration(String),
}

/// Limits of one sign-in (tests shorten them).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub wait: Duration,
    pub token: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            wait: SIGN_IN_WAIT,
            token: TOKEN_TIMEOUT,
        }
    }
}

/// Which host name the loopback redirect names. RFC 8252 §7.3 prefers the IP literal; Microsoft's
/// identity platform accepts any port only on a registered `http://localhost` redirect, so for it
/// the redirect says `localhost` while the listener is still bound to 127.0.0.1 alone.
pub(crate) fn redirect_host(issuer: &str) -> &'static str {
    if issuer.eq_ignore_ascii_case(MICROSOFT_ISSUER) {
        "localhost"
    } else {
        "127.0.0.1"
    }
}

/// A sign-in ready to start: complete endpoints, the client, and the issuer the answer must name
/// (when the provider's metadata promised it, RFC 9207).
#[derive(Debug, Clone)]
pub struct Ready {
    pub endpoints: OAuthEndpoints,
    pub client: Client,
    pub iss: Option<String>,
}

/// Signs `login_hint` in at the provider: listens on loopback, hands the authorization URL to
/// `show` (which opens the browser and prints it), waits for the one answer, checks its `state`
/// first, then trades the code (with the PKCE verifier) for tokens.
pub async fn sign_in(
    net: &Net,
    endpoints: &OAuthEndpoints,
    client: &Client,
    login_hint: &str,
    limits: Limits,
    show: impl FnOnce(&url::Url),
) -> Result<Tokens, SignInError> {
    let ready = Ready {
        endpoints: endpoints.clone(),
        client: client.clone(),
        iss: None,
    };
    sign_in_ready(net, &ready, login_hint, limits, show).await
}

/// The same for a prepared sign-in ([`Ready`]): the redirect's `iss` is checked when promised, and
/// an approval the organisation must give carries the admin-consent page.
pub async fn sign_in_ready(
    net: &Net,
    ready: &Ready,
    login_hint: &str,
    limits: Limits,
    show: impl FnOnce(&url::Url),
) -> Result<Tokens, SignInError> {
    let client = &ready.client;
    let endpoints = client
        .endpoints(&ready.endpoints)
        .checked()
        .ok_or(SignInError::InsecureEndpoint)?;
    let listener = loopback::Listener::bind()
        .await
        .map_err(|e| SignInError::Listener(e.to_string()))?;
    let redirect = format!(
        "http://{}:{}/",
        redirect_host(&endpoints.issuer),
        listener.port()
    );
    let mut flow = token::Flow::new(&endpoints, client, &redirect)?;
    let (url, state) = flow.authorize_url(&endpoints.scope, login_hint);
    show(&url);
    let result = async {
        let answer =
            tokio::time::timeout(limits.wait, listener.answer(&state, ready.iss.as_deref()))
                .await
                .map_err(|_| SignInError::Timeout)??;
        flow.exchange(net, answer, limits.token).await
    }
    .await;
    match result {
        Err(SignInError::AdminApproval(None)) => Err(SignInError::AdminApproval(
            admin_consent_url(&endpoints.issuer, client),
        )),
        other => other,
    }
}

/// Why a kept sign-in was not used (the browser is then the way).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeptError {
    /// The keyring is locked or refused: the person may want to know.
    #[error(transparent)]
    Keyring(crate::secrets::KeyringError),
    /// The provider no longer honours it (expired, revoked) or could not be asked.
    #[error(transparent)]
    Refused(SignInError),
}

/// A fresh access token from the refresh token kept in the keyring for `address` at this issuer.
/// `Ok(None)`: nothing kept, or no keyring on this computer.
pub async fn kept_sign_in(
    net: &Net,
    endpoints: &OAuthEndpoints,
    client: &Client,
    address: &str,
) -> Result<Option<Tokens>, KeptError> {
    let (a, i) = (address.to_owned(), endpoints.issuer.clone());
    let loaded =
        tokio::task::spawn_blocking(move || crate::secrets::load_refresh_token_blocking(&a, &i))
            .await
            .map_err(|e| KeptError::Keyring(crate::secrets::KeyringError::Other(e.to_string())))?;
    let kept = match loaded {
        Ok(Some(kept)) => kept,
        Ok(None) | Err(crate::secrets::KeyringError::Unavailable(_)) => return Ok(None),
        Err(e) => return Err(KeptError::Keyring(e)),
    };
    refresh(net, endpoints, client, &kept, Limits::default())
        .await
        .map(Some)
        .map_err(KeptError::Refused)
}

#[cfg(test)]
mod tests;
