//! SASL mechanisms, as base64 strings ready for IMAP, POP3 and SMTP: for a password PLAIN (RFC 4616)
//! and LOGIN (draft-murchison-sasl-login), for an OAuth2 access token OAUTHBEARER (RFC 7628) and
//! XOAUTH2 (Google's and Microsoft's published form of the same idea). Authorization identity is
//! always empty.
//!
//! The dialogues know only [`choose`] (which mechanism, from what the server offers and the kind of
//! secret we hold) and an [`Exchange`] (the initial response and the answers to the server's
//! challenges): a new mechanism is a new [`Mechanism`] here and a place in the preference lists.
//!
//! A refused token comes back as an *error challenge* before the final refusal: base64 of a JSON
//! object with `status` (and `scope`, `schemes`, `openid-configuration`), RFC 7628 §3.2.2. It is
//! answered as each specification says — OAUTHBEARER with a single `%x01` (RFC 7628 §3.2.3), XOAUTH2
//! with an empty line — and decoded by [`parse_error_challenge`] into a [`TokenProblem`], which the
//! dialogue then reports with the server's refusal.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

pub use super::shared::TokenProblem;
use super::shared::{Credentials, Failure, SecretKind};

/// Largest error challenge decoded (RFC 7628's are a few hundred bytes; a line is capped anyway).
pub const MAX_CHALLENGE: usize = 4096;

/// A mechanism we can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mechanism {
    Plain,
    Login,
    /// RFC 7628.
    OAuthBearer,
    /// `XOAUTH2` as Google and Microsoft document it.
    XOAuth2,
}

/// Our preference for a password, best first.
const PASSWORD_PREFERENCE: [Mechanism; 2] = [Mechanism::Plain, Mechanism::Login];

/// Our preference for an access token, best first: the standard one when offered.
const TOKEN_PREFERENCE: [Mechanism; 2] = [Mechanism::OAuthBearer, Mechanism::XOAuth2];

/// Why credentials cannot be put into a mechanism.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SaslError {
    #[error("{}", crate::t!("error-sasl-has-nul"))]
    HasNul,
    #[error("{}", crate::t!("error-sasl-exhausted"))]
    Exhausted,
}

impl From<SaslError> for Failure {
    fn from(e: SaslError) -> Failure {
        match e {
            SaslError::HasNul => Failure::Unencodable,
            SaslError::Exhausted => Failure::NotProtocol,
        }
    }
}

/// Why an error challenge could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ChallengeError {
    #[error("{}", crate::t!("error-sasl-challenge-too-long", max = MAX_CHALLENGE))]
    TooLong,
    #[error("{}", crate::t!("error-sasl-challenge-not-base64"))]
    NotBase64,
    #[error("{}", crate::t!("error-sasl-challenge-not-json"))]
    NotJson,
}

#[derive(serde::Deserialize)]
struct ErrorChallenge {
    status: serde_json::Value,
}

/// Decodes an OAuth error challenge (base64 JSON, RFC 7628 §3.2.2). Pure; fuzzed.
pub fn parse_error_challenge(b64: &str) -> Result<TokenProblem, ChallengeError> {
    let b64 = b64.trim();
    if b64.len() > MAX_CHALLENGE {
        return Err(ChallengeError::TooLong);
    }
    let raw = STANDARD
        .decode(b64)
        .map_err(|_| ChallengeError::NotBase64)?;
    let c: ErrorChallenge = serde_json::from_slice(&raw).map_err(|_| ChallengeError::NotJson)?;
    let status = match &c.status {
        serde_json::Value::String(s) => s.trim().to_ascii_lowercase(),
        serde_json::Value::Number(n) => n.to_string(),
        _ => return Err(ChallengeError::NotJson),
    };
    Ok(match status.as_str() {
        "invalid_token" | "401" => TokenProblem::Invalid,
        "insufficient_scope" => TokenProblem::Scope,
        "403" => TokenProblem::NotAllowed,
        _ => TokenProblem::Other,
    })
}

impl Mechanism {
    /// The name in capability lists and AUTH commands.
    pub fn name(self) -> &'static str {
        match self {
            Mechanism::Plain => "PLAIN",
            Mechanism::Login => "LOGIN",
            Mechanism::OAuthBearer => "OAUTHBEARER",
            Mechanism::XOAuth2 => "XOAUTH2",
        }
    }

    /// Whether this mechanism carries an OAuth2 access token.
    pub fn is_oauth(self) -> bool {
        matches!(self, Mechanism::OAuthBearer | Mechanism::XOAuth2)
    }

    /// Whether the first message may go with the command (SASL-IR, RFC 4954, RFC 5034).
    fn has_initial_response(self) -> bool {
        !matches!(self, Mechanism::Login)
    }

    /// The client's `n`-th message (0-based), base64. For the OAuth mechanisms the second message
    /// answers the error challenge.
    fn message(self, n: usize, c: &Credentials) -> Result<String, SaslError> {
        match (self, n) {
            (Mechanism::Plain, 0) => plain(c),
            (Mechanism::Login, 0) => Ok(STANDARD.encode(c.username.as_bytes())),
            (Mechanism::Login, 1) => Ok(STANDARD.encode(c.secret.expose().as_bytes())),
            (Mechanism::OAuthBearer, 0) => oauthbearer(c),
            (Mechanism::XOAuth2, 0) => xoauth2(c),
            (Mechanism::OAuthBearer, 1) => Ok(STANDARD.encode([1u8])),
            (Mechanism::XOAuth2, 1) => Ok(String::new()),
            _ => Err(SaslError::Exhausted),
        }
    }
}

/// The best mechanism for `kind` among those offered (names as in the capability list, any case).
pub(crate) fn choose<S: AsRef<str>>(offered: &[S], kind: SecretKind) -> Option<Mechanism> {
    let preference: &[Mechanism] = match kind {
        SecretKind::Password => &PASSWORD_PREFERENCE,
        SecretKind::AccessToken => &TOKEN_PREFERENCE,
    };
    preference.iter().copied().find(|m| {
        offered
            .iter()
            .any(|o| o.as_ref().eq_ignore_ascii_case(m.name()))
    })
}

/// Whether the server offers OAuth2 mechanisms and nothing else: a password cannot be used there.
pub(crate) fn only_oauth<S: AsRef<str>>(offered: &[S]) -> bool {
    !offered.is_empty()
        && offered.iter().all(|o| {
            TOKEN_PREFERENCE
                .iter()
                .any(|m| o.as_ref().eq_ignore_ascii_case(m.name()))
        })
}

/// One SASL exchange: a mechanism, how many of its messages were sent and what the server's error
/// challenge said about a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exchange {
    mechanism: Mechanism,
    sent: usize,
    problem: Option<TokenProblem>,
}

impl Exchange {
    pub fn new(mechanism: Mechanism) -> Exchange {
        Exchange {
            mechanism,
            sent: 0,
            problem: None,
        }
    }

    pub fn mechanism(&self) -> Mechanism {
        self.mechanism
    }

    /// Whether an initial response will go with the command (when the protocol allows one).
    pub fn sends_initial(&self, allowed: bool) -> bool {
        allowed && self.mechanism.has_initial_response()
    }

    /// Reads a server challenge before it is answered: after an OAuth token was sent, a challenge
    /// is the error report.
    pub fn challenge(&mut self, text: &str) {
        if self.mechanism.is_oauth() && self.sent > 0 {
            self.problem = Some(parse_error_challenge(text).unwrap_or(TokenProblem::Other));
        }
    }

    /// What the error challenge said, if the server sent one.
    pub fn token_problem(&self) -> Option<TokenProblem> {
        self.problem
    }

    /// Whether the next message carries the secret (the answer to an error challenge does not).
    pub fn next_is_secret(&self) -> bool {
        !(self.mechanism.is_oauth() && self.sent > 0)
    }

    /// The next message, for the command's initial response or a server challenge.
    pub fn next(&mut self, c: &Credentials) -> Result<String, SaslError> {
        let m = self.mechanism.message(self.sent, c)?;
        self.sent += 1;
        Ok(m)
    }
}

fn no_nul(c: &Credentials) -> Result<(&[u8], &[u8]), SaslError> {
    let (user, secret) = (c.username.as_bytes(), c.secret.expose().as_bytes());
    if user.contains(&0) || secret.contains(&0) {
        return Err(SaslError::HasNul);
    }
    Ok((user, secret))
}

/// The PLAIN message: base64 of `"" NUL username NUL password`.
fn plain(c: &Credentials) -> Result<String, SaslError> {
    let (user, pass) = no_nul(c)?;
    let mut msg = Vec::with_capacity(user.len() + pass.len() + 2);
    msg.push(0);
    msg.extend_from_slice(user);
    msg.push(0);
    msg.extend_from_slice(pass);
    Ok(STANDARD.encode(msg))
}

/// A token may not hold the separators of the two OAuth formats.
fn token_of(c: &Credentials) -> Result<(&str, &str), SaslError> {
    no_nul(c)?;
    let token = c.secret.expose().as_str();
    if token.contains(['\x01', '\r', '\n']) || c.username.contains(['\x01', '\r', '\n']) {
        return Err(SaslError::HasNul);
    }
    Ok((c.username.as_str(), token))
}

/// OAUTHBEARER (RFC 7628 §3.1): the GS2 header with the user as authorization identity (`,` and `=`
/// escaped as RFC 5801 says), then `auth=Bearer <token>`, each key/value pair ended by `%x01`.
fn oauthbearer(c: &Credentials) -> Result<String, SaslError> {
    let (user, token) = token_of(c)?;
    let user = user.replace('=', "=3D").replace(',', "=2C");
    Ok(STANDARD.encode(format!("n,a={user},\x01auth=Bearer {token}\x01\x01")))
}

/// XOAUTH2: `user=<user>^Aauth=Bearer <token>^A^A`.
fn xoauth2(c: &Credentials) -> Result<String, SaslError> {
    let (user, token) = token_of(c)?;
    Ok(STANDARD.encode(format!("user={user}\x01auth=Bearer {token}\x01\x01")))
}

#[cfg(test)]
mod tests;
