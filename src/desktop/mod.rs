//! The Linux desktop's own mail programs: which one this person uses ([`detect`]), and putting an
//! account into GNOME Online Accounts ([`goa`]) or Evolution ([`evolution`]) through their D-Bus
//! services, or into Geary and KMail by hand ([`by_hand`]). Thunderbird lives in `export`.
//!
//! Facts and sources: docs/notes/linux-mail-programs.md; the formats we write: docs/formats.md.

#[cfg(target_os = "linux")]
mod bus;
pub(crate) mod by_hand;
pub(crate) mod detect;
#[cfg(target_os = "linux")]
pub(crate) mod evolution;
#[cfg(target_os = "linux")]
pub(crate) mod goa;
mod keyfile;

pub use detect::{Env, MailProgram, detect};

use crate::export::Account;
use crate::model::{Auth, Protocol, Security};
use crate::t;

/// What adding the account to a desktop program did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    /// The account is there now; `keyring` says why its password is not stored, when it is not
    /// (the program then asks for it).
    Added {
        program: MailProgram,
        keyring: Option<crate::secrets::KeyringError>,
    },
    /// The address was already there (`program` is where): nothing was changed.
    AlreadyThere { program: MailProgram },
}

impl Added {
    /// The words for the person.
    pub fn message(&self, a: &Account) -> String {
        let address = a.address.to_string();
        match self {
            Added::Added {
                program: MailProgram::Goa,
                ..
            } => t!("desktop-added-goa", address = address),
            Added::Added { program, .. } => {
                t!("desktop-added", address = address, program = program.name())
            }
            Added::AlreadyThere {
                program: MailProgram::Goa,
            } => t!("desktop-already-goa", address = address),
            Added::AlreadyThere { program } => {
                t!(
                    "desktop-already",
                    address = address,
                    program = program.name()
                )
            }
        }
    }

    /// Why the password is not in the keyring, when it is not, in the person's words.
    pub fn keyring_message(&self) -> Option<String> {
        match self {
            Added::Added {
                keyring: Some(e), ..
            } => Some(format!("{} {}", e.message(), t!("desktop-password-asked"))),
            _ => None,
        }
    }
}

/// Why the account could not be added.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddError {
    /// GNOME Online Accounts (and Geary) only know IMAP.
    #[error("{}", t!("error-desktop-no-pop3"))]
    NoPop3,
    /// The servers want a sign-in on the provider's page (or another method we cannot hand over).
    #[error("{}", t!("error-desktop-not-password"))]
    NotPassword,
    /// The account has no outgoing server.
    #[error("{}", t!("error-desktop-no-outgoing"))]
    NoOutgoing,
    /// No password was given.
    #[error("{}", t!("error-desktop-no-password"))]
    NoPassword,
    /// No session bus, or the program's service is not installed or did not start.
    #[error("{}", t!("error-desktop-unavailable", program = format!("{:?}", .program), reason = .reason.as_str()))]
    Unavailable {
        program: MailProgram,
        reason: String,
    },
    /// The administrator allows no IMAP-and-SMTP accounts in GNOME Online Accounts.
    #[error("{}", t!("error-desktop-not-allowed"))]
    NotAllowed,
    /// The service answered with an error.
    #[error("{}", t!("error-desktop-refused", program = format!("{:?}", .program), reason = .reason.as_str()))]
    Refused {
        program: MailProgram,
        reason: String,
    },
    /// The program has no way in from outside: the person adds it by hand.
    #[error("{}", t!("error-desktop-by-hand", program = format!("{:?}", .0)))]
    ByHand(MailProgram),
}

impl AddError {
    /// The words for the person.
    pub fn message(&self) -> String {
        match self {
            AddError::NoPop3 => t!("desktop-goa-no-pop3"),
            AddError::NotPassword => t!("desktop-not-password"),
            AddError::NoOutgoing => t!("desktop-no-outgoing"),
            AddError::NoPassword => t!("desktop-no-password"),
            AddError::Unavailable { program, reason } => t!(
                "desktop-unavailable",
                program = program.name(),
                reason = reason.clone()
            ),
            AddError::NotAllowed => t!("desktop-goa-not-allowed"),
            AddError::Refused { program, reason } => t!(
                "desktop-refused",
                program = program.name(),
                reason = reason.clone()
            ),
            AddError::ByHand(program) => t!("desktop-by-hand", program = program.name()),
        }
    }
}

/// The password both sides log in with, or why the account cannot go to a desktop program that
/// stores passwords (GOA, Evolution): those never sign in on a provider's page for us.
pub(crate) fn password_only(a: &Account) -> Result<(), AddError> {
    let password = |auth: Auth| matches!(auth, Auth::PasswordCleartext | Auth::PasswordEncrypted);
    if !password(a.incoming.auth) {
        return Err(AddError::NotPassword);
    }
    match &a.outgoing {
        None => Err(AddError::NoOutgoing),
        Some(s) if !password(s.auth) && s.auth != Auth::None => Err(AddError::NotPassword),
        Some(_) => Ok(()),
    }
}

/// Refuses an account with a plain-text server for a desktop program that stores passwords (GOA,
/// Evolution): both would send the password unencrypted there, and nothing we check ever chooses one.
pub(crate) fn encrypted_only(a: &Account) -> Result<(), AddError> {
    let mut servers = std::iter::once(&a.incoming).chain(a.outgoing.as_ref());
    if servers.any(|s| s.security == Security::Plain) {
        return Err(AddError::NotPassword);
    }
    Ok(())
}

/// Whether the account receives with POP3.
pub(crate) fn is_pop3(a: &Account) -> bool {
    a.incoming.protocol == Protocol::Pop3
}

/// Whether the account can go to `program` (before asking for a password): GNOME Online
/// Accounts and Geary take IMAP only; Geary without GOA, and KMail, are [`AddError::ByHand`].
pub fn can_add(program: MailProgram, a: &Account, env: &Env) -> Result<(), AddError> {
    let goa = match program {
        MailProgram::Goa => true,
        MailProgram::Geary if cfg!(target_os = "linux") && env.has_goa() => true,
        MailProgram::Evolution if cfg!(target_os = "linux") => false,
        other => return Err(AddError::ByHand(other)),
    };
    password_only(a)?;
    if goa && is_pop3(a) {
        return Err(AddError::NoPop3);
    }
    Ok(())
}

/// Adds the account to `program` (GOA or Evolution), the password going to the keyring entries
/// that program reads. Geary goes through GOA when this session has it.
#[cfg(target_os = "linux")]
pub async fn add(
    program: MailProgram,
    a: &Account,
    password: Option<&crate::model::Secret<String>>,
    env: &Env,
) -> Result<Added, AddError> {
    match program {
        MailProgram::Goa => goa::add(a, password, env).await,
        MailProgram::Geary if env.has_goa() => goa::add(a, password, env).await,
        MailProgram::Evolution => evolution::add(a, password, env).await,
        other => Err(AddError::ByHand(other)),
    }
}

/// Elsewhere every desktop program here is added by hand.
#[cfg(not(target_os = "linux"))]
pub async fn add(
    program: MailProgram,
    _a: &Account,
    _password: Option<&crate::model::Secret<String>>,
    _env: &Env,
) -> Result<Added, AddError> {
    Err(AddError::ByHand(program))
}

/// Accounts for the unit tests of this module's files.
#[cfg(test)]
pub(crate) mod fixtures {
    use crate::export::Account;
    use crate::model::{Auth, Protocol, Security, Server, SourceId};

    pub(crate) fn server(protocol: Protocol, host: &str, port: u16, security: Security) -> Server {
        Server {
            protocol,
            host: host.into(),
            port,
            security,
            username: "hello@example.co.uk".into(),
            auth: Auth::PasswordCleartext,
            source: SourceId::Preset,
            url: String::new(),
            trusted: true,
            oauth: None,
        }
    }

    pub(crate) fn account(incoming: Server, outgoing: Server) -> Account {
        Account {
            address: crate::address::Address::parse("hello@example.co.uk").unwrap(),
            name: "Hello Ops".into(),
            incoming,
            outgoing: Some(outgoing),
            leave_on_server: true,
        }
    }
}
