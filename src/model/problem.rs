//! A problem as a person reads it: what kind it is, one sentence saying what is wrong and one saying
//! what to do. Every layer that can fail in a way a person must act on (the check, the sign-in, the
//! diagnosis) reports one; the words are picked from the catalogue by whoever builds it.

use serde::{Deserialize, Serialize};

/// What kind of problem it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    WrongPassword,
    Unreachable,
    Timeout,
    Certificate,
    /// SSL/TLS was set where the server answers in plain text first (the port wants STARTTLS).
    WrongSecurity,
    /// The server ended the encrypted connection set-up with a TLS alert.
    TlsAborted,
    /// The server offers only encryption that is no longer safe (a TLS version older than 1.2, or
    /// no cipher suite in common).
    OldEncryption,
    NoEncryption,
    Dns,
    AuthUnsupported,
    /// The server is outside the address's domain and no trusted source vouched for it: the password
    /// was not sent (`check` without `--trust`).
    NotVouched,
    /// No server was found for this side.
    NotFound,
    /// The email address itself is not one (a helpdesk's batch: a row with a mistyped address).
    BadAddress,
    /// This side was not tried because the other side's server was not vouched for.
    NotChecked,
    /// The person, or the provider, said no on the provider's sign-in page (`access_denied`).
    SignInCancelled,
    /// The sign-in did not complete: the token endpoint failed, the answer did not match the
    /// request (`state`), the browser never came back, or the server refused the token.
    SignInFailed,
    /// The provider needs its own sign-in (OAuth2) and this copy has no client registration for it.
    NotConfigured,
    /// The organisation must approve Mail Setup before its people can sign in (a Microsoft tenant
    /// that restricts consent: AADSTS65001/90094/90095, or OAuth's `consent_required`).
    AdminApprovalNeeded,
    /// The provider refuses the account password here: it wants OAuth2 or an app password.
    PasswordNotAllowed,
    /// The send-and-receive test: the outgoing server refused the test message (its words say why).
    SendRefused,
    /// The send-and-receive test: the message was accepted but not seen in the inbox in time.
    NotDelivered,
    Other,
}

/// A problem as the user reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    pub kind: ProblemKind,
    pub message: String,
    pub advice: String,
    /// Where the organisation's administrator approves Mail Setup (`admin-approval-needed` at
    /// Microsoft), for the helpdesk.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub admin_consent_url: Option<String>,
}

impl Problem {
    /// A problem with its words.
    pub fn new(kind: ProblemKind, message: String, advice: String) -> Problem {
        Problem {
            kind,
            message,
            advice,
            admin_consent_url: None,
        }
    }
}
