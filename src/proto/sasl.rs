//! SASL mechanisms for a password: PLAIN (RFC 4616) and LOGIN (draft-murchison-sasl-login), as
//! base64 strings ready for IMAP, POP3 and SMTP. Authorization identity is always empty.
//!
//! The dialogues know only [`choose`] (which mechanism, from what the server offers) and an
//! [`Exchange`] (the initial response and the answers to the server's challenges): a new mechanism
//! (XOAUTH2, OAUTHBEARER) is a new [`Mechanism`] here and a place in [`choose`]'s preference.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::dialogue::Failure;
use super::login::Credentials;

/// A mechanism we can run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mechanism {
    Plain,
    Login,
}

/// Our preference, best first.
const PREFERENCE: [Mechanism; 2] = [Mechanism::Plain, Mechanism::Login];

/// Why credentials cannot be put into a mechanism.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SaslError {
    #[error("the username or password contains a NUL character")]
    HasNul,
    #[error("the server asked for more than the mechanism has to say")]
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

impl Mechanism {
    /// The name in capability lists and AUTH commands.
    pub fn name(self) -> &'static str {
        match self {
            Mechanism::Plain => "PLAIN",
            Mechanism::Login => "LOGIN",
        }
    }

    /// Whether the first message may go with the command (SASL-IR, RFC 4954, RFC 5034).
    fn has_initial_response(self) -> bool {
        match self {
            Mechanism::Plain => true,
            Mechanism::Login => false,
        }
    }

    /// The client's `n`-th message (0-based), base64.
    fn message(self, n: usize, c: &Credentials) -> Result<String, SaslError> {
        match (self, n) {
            (Mechanism::Plain, 0) => plain(c),
            (Mechanism::Login, 0) => Ok(STANDARD.encode(c.username.as_bytes())),
            (Mechanism::Login, 1) => Ok(STANDARD.encode(c.password.expose().as_bytes())),
            _ => Err(SaslError::Exhausted),
        }
    }
}

/// The best mechanism among those offered (names as in the capability list, any case).
pub(crate) fn choose<S: AsRef<str>>(offered: &[S]) -> Option<Mechanism> {
    PREFERENCE.into_iter().find(|m| {
        offered
            .iter()
            .any(|o| o.as_ref().eq_ignore_ascii_case(m.name()))
    })
}

/// One SASL exchange: a mechanism and how many of its messages were sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exchange {
    mechanism: Mechanism,
    sent: usize,
}

impl Exchange {
    pub fn new(mechanism: Mechanism) -> Exchange {
        Exchange { mechanism, sent: 0 }
    }

    pub fn mechanism(&self) -> Mechanism {
        self.mechanism
    }

    /// Whether an initial response will go with the command (when the protocol allows one).
    pub fn sends_initial(&self, allowed: bool) -> bool {
        allowed && self.mechanism.has_initial_response()
    }

    /// The next message, for the command's initial response or a server challenge.
    pub fn next(&mut self, c: &Credentials) -> Result<String, SaslError> {
        let m = self.mechanism.message(self.sent, c)?;
        self.sent += 1;
        Ok(m)
    }
}

/// The PLAIN message: base64 of `"" NUL username NUL password`.
fn plain(c: &Credentials) -> Result<String, SaslError> {
    let (user, pass) = (c.username.as_bytes(), c.password.expose().as_bytes());
    if user.contains(&0) || pass.contains(&0) {
        return Err(SaslError::HasNul);
    }
    let mut msg = Vec::with_capacity(user.len() + pass.len() + 2);
    msg.push(0);
    msg.extend_from_slice(user);
    msg.push(0);
    msg.extend_from_slice(pass);
    Ok(STANDARD.encode(msg))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::proto::login::creds;

    #[test]
    fn plain_matches_rfc4616_layout() {
        let c = creds("tim", "tanstaaftanstaaf");
        let mut x = Exchange::new(Mechanism::Plain);
        assert!(x.sends_initial(true) && !x.sends_initial(false));
        assert_eq!(x.next(&c).unwrap(), "AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
        assert_eq!(x.next(&c), Err(SaslError::Exhausted));
        let mut x = Exchange::new(Mechanism::Plain);
        assert_eq!(x.next(&creds("a\0b", "x")), Err(SaslError::HasNul));
        assert_eq!(Failure::from(SaslError::HasNul), Failure::Unencodable);
    }

    #[test]
    fn login_sends_username_then_password() {
        let c = creds("tim", "pw");
        let mut x = Exchange::new(Mechanism::Login);
        assert!(!x.sends_initial(true));
        assert_eq!(x.next(&c).unwrap(), "dGlt");
        assert_eq!(x.next(&c).unwrap(), "cHc=");
        assert_eq!(x.next(&c), Err(SaslError::Exhausted));
    }

    #[test]
    fn choice_prefers_plain_and_ignores_unknown() {
        assert_eq!(choose(&["LOGIN", "plain"]), Some(Mechanism::Plain));
        assert_eq!(choose(&["XOAUTH2", "LOGIN"]), Some(Mechanism::Login));
        assert_eq!(choose(&["XOAUTH2", "CRAM-MD5"]), None);
        assert_eq!(choose::<&str>(&[]), None);
    }
}
