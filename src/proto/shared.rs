//! The words every dialogue shares, below all of them: who logs in and with what, how a dialogue
//! ends, and how a refusal is classified. `dialogue`, `login` and `sasl` import from here and not
//! from each other.

use crate::model::Secret;

/// Most lines one reply may have (capability lists included).
pub(crate) const MAX_REPLY_LINES: usize = 1024;

/// Most capabilities a server may list (real ones list a few dozen): more ends the dialogue
/// ([`Failure::ReplyTooLong`]) rather than leave some unread.
pub(crate) const MAX_CAPS: usize = 512;

/// How a dialogue failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Failure {
    #[error("{}", crate::t!("error-dialogue-refused", reply = .0.as_str()))]
    Refused(String),
    #[error("{}", crate::t!("error-dialogue-not-protocol"))]
    NotProtocol,
    #[error("{}", crate::t!("error-dialogue-no-encryption"))]
    NoEncryption,
    #[error("{}", crate::t!("error-dialogue-starttls-refused", reply = .0.as_str()))]
    StartTlsRefused(String),
    #[error("{}", crate::t!("error-dialogue-no-password-method", offered = offered.join(" ")))]
    NoPasswordMethod { offered: Vec<String> },
    #[error("{}", crate::t!("error-dialogue-password-not-allowed", offered = offered.join(" ")))]
    PasswordNotAllowed { offered: Vec<String> },
    #[error("{}", crate::t!("error-dialogue-no-token-method", offered = offered.join(" ")))]
    NoTokenMethod { offered: Vec<String> },
    #[error("{}", crate::t!("error-dialogue-login-not-offered"))]
    LoginNotOffered,
    /// A dry run ([`Credentials::dry_run`]) reached the login and stopped: the server
    /// answered, encrypted, and offers a login method we would use.
    #[error("{}", crate::t!("error-dialogue-not-sent"))]
    NotSent,
    #[error("{}", crate::t!("error-dialogue-rejected", reply = text.as_str()))]
    Rejected { kind: Rejection, text: String },
    #[error("{}", crate::t!("error-dialogue-unencodable"))]
    Unencodable,
    #[error("{}", crate::t!("error-dialogue-closed"))]
    Closed,
    #[error("{}", crate::t!("error-dialogue-line-too-long", kib = super::lines::MAX_LINE / 1024))]
    LineTooLong,
    /// A reply of more than [`MAX_REPLY_LINES`] lines, or capabilities past [`MAX_CAPS`].
    #[error("{}", crate::t!("error-dialogue-reply-too-long", lines = MAX_REPLY_LINES, capabilities = MAX_CAPS))]
    ReplyTooLong,
}

/// Who logs in, and with what.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub username: String,
    /// The password or the OAuth2 access token (see `kind`): read only by the dialogues, inside
    /// `Core::send_credential`.
    pub(in crate::proto) secret: Secret<String>,
    pub kind: SecretKind,
    /// A check without a secret (a helpdesk's batch without passwords): the dialogue goes as far as
    /// the login and stops there with [`Failure::NotSent`]; nothing is sent.
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
    /// [`Failure::NotSent`].
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
    Token(TokenProblem),
    /// Temporary trouble at the server (IMAP `[UNAVAILABLE]`, POP3 `[SYS/TEMP]`, SMTP 4xx).
    Temporary,
    /// The mailbox is in use by another client (POP3 `[IN-USE]`).
    InUse,
    /// The server wants encryption first (IMAP `[PRIVACYREQUIRED]`, SMTP 530 5.7.0 / 538).
    EncryptionRequired,
}

/// What the server's error challenge said about the token, by its `status` (RFC 6750 §3.1 names;
/// Google sends the HTTP status numbers instead).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenProblem {
    /// `invalid_token` / `401`: expired, revoked or not for this server.
    Invalid,
    /// `insufficient_scope`: the token does not include mail access.
    Scope,
    /// `403`: the provider does not allow this sign-in for this mailbox.
    NotAllowed,
    /// Any other status.
    Other,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The limits and the offered methods appear in the words as before.
    #[test]
    fn failures_name_their_limits() {
        crate::i18n::set_thread_locale(Some("en-GB"));
        let words = [
            Failure::LineTooLong.to_string(),
            Failure::ReplyTooLong.to_string(),
            Failure::NoPasswordMethod {
                offered: vec!["XOAUTH2".into(), "OAUTHBEARER".into()],
            }
            .to_string(),
        ];
        crate::i18n::set_thread_locale(None);
        assert_eq!(
            words,
            [
                "the server sent a line longer than 16 KiB",
                "the server sent a reply longer than 1024 lines or more than 512 capabilities",
                "the server accepts no password login method we may use (it offers: XOAUTH2 OAUTHBEARER)",
            ]
        );
    }
}
