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
    #[error("the server refused the connection: {0}")]
    Refused(String),
    #[error("the server does not speak the expected protocol")]
    NotProtocol,
    #[error("the server does not offer encryption (STARTTLS)")]
    NoEncryption,
    #[error("the server offered STARTTLS but then refused it: {0}")]
    StartTlsRefused(String),
    #[error("the server accepts no password login method we may use (it offers: {})", offered.join(" "))]
    NoPasswordMethod { offered: Vec<String> },
    #[error("the server takes only an OAuth2 sign-in here, not a password (it offers: {})", offered.join(" "))]
    PasswordNotAllowed { offered: Vec<String> },
    #[error("the server offers no OAuth2 login (OAUTHBEARER, XOAUTH2; it offers: {})", offered.join(" "))]
    NoTokenMethod { offered: Vec<String> },
    #[error("the server does not offer login on this port")]
    LoginNotOffered,
    /// A dry run ([`Credentials::dry_run`]) reached the login and stopped: the server
    /// answered, encrypted, and offers a login method we would use.
    #[error("the login was not tried (no password was given)")]
    NotSent,
    #[error("the login was refused: {text}")]
    Rejected { kind: Rejection, text: String },
    #[error("the password contains characters that cannot be sent to this server")]
    Unencodable,
    #[error("the server closed the connection")]
    Closed,
    #[error("the server sent a line longer than {} KiB", super::lines::MAX_LINE / 1024)]
    LineTooLong,
    /// A reply of more than [`MAX_REPLY_LINES`] lines, or capabilities past [`MAX_CAPS`].
    #[error(
        "the server sent a reply longer than {MAX_REPLY_LINES} lines or more than {MAX_CAPS} capabilities"
    )]
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
