//! What the three login dialogues (IMAP, POP3, SMTP) share beyond the [`super::dialogue`] core: the
//! credentials they are given, what a successful login yields and how a refusal is classified.

use crate::model::Secret;

pub use super::dialogue::Failure;

/// A login dialogue's step.
pub type Step = super::dialogue::Step<LoggedIn>;

/// Who logs in, and with what.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub username: String,
    /// The password or the OAuth2 access token (see `kind`).
    pub secret: Secret<String>,
    pub kind: SecretKind,
    /// A check without a secret (a helpdesk's batch without passwords): the dialogue goes as far as
    /// the login and stops there with [`super::dialogue::Failure::NotSent`]; nothing is sent.
    pub(crate) dry: bool,
}

/// What the secret is: it decides the SASL mechanisms a dialogue may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    Password,
    /// An OAuth2 access token (OAUTHBEARER, XOAUTH2).
    AccessToken,
}

impl Credentials {
    pub fn password(username: &str, password: Secret<String>) -> Credentials {
        Credentials {
            username: username.to_owned(),
            secret: password,
            kind: SecretKind::Password,
            dry: false,
        }
    }

    pub fn token(username: &str, token: Secret<String>) -> Credentials {
        Credentials {
            username: username.to_owned(),
            secret: token,
            kind: SecretKind::AccessToken,
            dry: false,
        }
    }

    /// Credentials that are never sent: the dialogue reads the greeting and the capabilities, sets
    /// up encryption, picks the login method `kind` would use, and ends before the login with
    /// [`super::dialogue::Failure::NotSent`].
    pub fn dry_run(username: &str, kind: SecretKind) -> Credentials {
        Credentials {
            username: username.to_owned(),
            secret: Secret::new(String::new()),
            kind,
            dry: true,
        }
    }
}

/// A successful login.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LoggedIn {
    /// An alert the server asked to show the user (IMAP `[ALERT]`).
    pub alert: Option<String>,
}

/// Why a server refused a login, in categories a helpdesk would use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rejection {
    /// The username or password is wrong (IMAP `[AUTHENTICATIONFAILED]`, POP3 `[AUTH]`, SMTP 535 5.7.8,
    /// or a bare NO/-ERR to the login).
    BadCredentials,
    /// The provider wants an app password or web sign-in (SMTP 534 5.7.9, IMAP `[WEBALERT]`-style codes).
    WebLoginRequired,
    /// The provider refuses the account password here and wants OAuth2 or an app password
    /// (Microsoft's 5.7.139 / 5.7.30 "basic authentication is disabled").
    PasswordNotAllowed,
    /// The server's error challenge said what is wrong with the OAuth2 token.
    Token(super::sasl::TokenProblem),
    /// Temporary trouble at the server (IMAP `[UNAVAILABLE]`, POP3 `[SYS/TEMP]`, SMTP 4xx).
    Temporary,
    /// The mailbox is in use by another client (POP3 `[IN-USE]`).
    InUse,
    /// The server wants encryption first (IMAP `[PRIVACYREQUIRED]`, SMTP 530 5.7.0 / 538).
    EncryptionRequired,
}

#[cfg(test)]
pub(crate) fn creds(user: &str, pass: &str) -> Credentials {
    Credentials::password(user, Secret::new(pass.into()))
}

#[cfg(test)]
pub(crate) fn token(user: &str, token: &str) -> Credentials {
    Credentials::token(user, Secret::new(token.into()))
}
