//! What the three login dialogues (IMAP, POP3, SMTP) share beyond the [`super::dialogue`] core: the
//! credentials they are given, what a successful login yields and how a refusal is classified (all
//! defined in [`super::shared`], below every dialogue).

#[cfg(test)]
use crate::model::Secret;

pub use super::shared::{Credentials, Failure, LoggedIn, Rejection, SecretKind};

/// A login dialogue's step.
pub type Step = super::dialogue::Step<LoggedIn>;

#[cfg(test)]
pub(crate) fn creds(user: &str, pass: &str) -> Credentials {
    Credentials::password(user, Secret::new(pass.into()))
}

#[cfg(test)]
pub(crate) fn token(user: &str, token: &str) -> Credentials {
    Credentials::token(user, Secret::new(token.into()))
}
