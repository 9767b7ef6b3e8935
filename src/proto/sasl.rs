//! SASL mechanisms for a password: PLAIN (RFC 4616) and LOGIN (draft-murchison-sasl-login), as
//! base64 strings ready for IMAP, POP3 and SMTP. Authorization identity is always empty.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;

use super::login::Credentials;

/// Why credentials cannot be put into a mechanism.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HasNul;

/// The PLAIN initial response: base64 of `"" NUL username NUL password`.
pub fn plain(c: &Credentials) -> Result<String, HasNul> {
    let (user, pass) = (c.username.as_bytes(), c.password.expose().as_bytes());
    if user.contains(&0) || pass.contains(&0) {
        return Err(HasNul);
    }
    let mut msg = Vec::with_capacity(user.len() + pass.len() + 2);
    msg.push(0);
    msg.extend_from_slice(user);
    msg.push(0);
    msg.extend_from_slice(pass);
    Ok(STANDARD.encode(msg))
}

/// The two LOGIN responses: base64 username, base64 password.
pub fn login_username(c: &Credentials) -> String {
    STANDARD.encode(c.username.as_bytes())
}

pub fn login_password(c: &Credentials) -> String {
    STANDARD.encode(c.password.expose().as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Secret;

    #[test]
    fn plain_matches_rfc4616_layout() {
        let c = Credentials {
            username: "tim".into(),
            password: Secret::new("tanstaaftanstaaf".into()),
        };
        assert_eq!(plain(&c).unwrap(), "AHRpbQB0YW5zdGFhZnRhbnN0YWFm");
        assert_eq!(login_username(&c), "dGlt");
        let bad = Credentials {
            username: "a\0b".into(),
            password: Secret::new("x".into()),
        };
        assert_eq!(plain(&bad), Err(HasNul));
    }
}
