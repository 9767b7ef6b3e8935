//! What every login dialogue (IMAP, POP3, SMTP) shares: the credentials it is given, the steps it asks
//! its driver to take, and how it ends. Dialogues never authenticate over a connection that is not
//! encrypted: they are told when TLS is in place and refuse to send a password before.

use crate::model::Secret;

/// Who logs in.
#[derive(Debug, Clone)]
pub struct Credentials {
    pub username: String,
    pub password: Secret<String>,
}

/// What the driver should do next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Read more bytes and feed them in.
    Read,
    /// Send `bytes`; `shown` is what the transcript records (secrets replaced).
    Send { bytes: Vec<u8>, shown: String },
    /// Run the TLS handshake now, then call `tls_ready`.
    StartTls,
    /// The dialogue is over.
    Finished(Result<LoggedIn, Failure>),
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
    #[error("the server does not offer login on this port")]
    LoginNotOffered,
    #[error("the login was refused: {text}")]
    Rejected { kind: Rejection, text: String },
    #[error("the password contains characters that cannot be sent to this server")]
    Unencodable,
    #[error("the server closed the connection")]
    Closed,
    #[error("the server sent a line that is too long")]
    LineTooLong,
    #[error("the server sent a reply that is too long")]
    ReplyTooLong,
}

/// Most lines one reply may have (capability lists included).
pub const MAX_REPLY_LINES: usize = 1024;

/// Received bytes as lines, with the per-reply line limit: what the IMAP and POP3 dialogues share.
#[derive(Debug, Default)]
pub struct Replies {
    lines: super::lines::LineBuffer,
    in_reply: usize,
}

impl Replies {
    pub fn push(&mut self, bytes: &[u8]) {
        self.lines.push(bytes);
    }

    /// The next complete line; `Ok(None)` when more input is needed.
    pub fn next_line(&mut self) -> Result<Option<String>, Failure> {
        match self.lines.next_line() {
            Ok(Some(l)) => {
                self.in_reply += 1;
                if self.in_reply > MAX_REPLY_LINES {
                    return Err(Failure::ReplyTooLong);
                }
                Ok(Some(l))
            }
            Ok(None) => Ok(None),
            Err(_) => Err(Failure::LineTooLong),
        }
    }

    /// The current reply is complete: start counting the next one.
    pub fn reply_done(&mut self) {
        self.in_reply = 0;
    }

    /// Lines read in the current reply so far.
    pub fn in_reply(&self) -> usize {
        self.in_reply
    }
}

/// Test helper: the text of every step, secrets as the transcript shows them.
#[cfg(test)]
pub(crate) fn shown(step: &Step) -> String {
    match step {
        Step::Read => "READ".into(),
        Step::Send { shown, .. } => format!("C: {shown}"),
        Step::StartTls => "STARTTLS".into(),
        Step::Finished(Ok(_)) => "OK".into(),
        Step::Finished(Err(e)) => format!("ERR: {e:?}"),
    }
}

#[cfg(test)]
pub(crate) fn creds(user: &str, pass: &str) -> Credentials {
    Credentials {
        username: user.into(),
        password: crate::model::Secret::new(pass.into()),
    }
}
