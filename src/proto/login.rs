//! What the three login dialogues (IMAP, POP3, SMTP) share beyond the [`super::dialogue`] core: the
//! credentials they are given, what a successful login yields and how a refusal is classified.

use crate::model::Secret;

pub use super::dialogue::Failure;

/// A login dialogue's step.
pub type Step = super::dialogue::Step<LoggedIn>;

/// Who logs in.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub username: String,
    pub password: Secret<String>,
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
    /// Temporary trouble at the server (IMAP `[UNAVAILABLE]`, POP3 `[SYS/TEMP]`, SMTP 4xx).
    Temporary,
    /// The mailbox is in use by another client (POP3 `[IN-USE]`).
    InUse,
    /// The server wants encryption first (IMAP `[PRIVACYREQUIRED]`, SMTP 530 5.7.0 / 538).
    EncryptionRequired,
}

#[cfg(test)]
pub(crate) fn creds(user: &str, pass: &str) -> Credentials {
    Credentials {
        username: user.into(),
        password: crate::model::Secret::new(pass.into()),
    }
}
