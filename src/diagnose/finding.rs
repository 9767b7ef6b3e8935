//! What the diagnosis of an existing setup can find: each finding has a stable kebab-case id
//! (README, "Diagnosis findings"), a status, one sentence saying what is wrong, one saying what to
//! do, and whether `--fix` can repair it.

use serde::Serialize;

use crate::t;

/// A finding's status, as `diagnose --json` prints it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    Ok,
    Warning,
    Problem,
}

/// The stable identity of a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DiagnosisId {
    /// Sending without logging in (SMTP authentication switched off).
    OutgoingNoLogin,
    /// A POP3 account that removes mail from the server once downloaded.
    Pop3DeletesFromServer,
    /// A connection without encryption.
    NotEncrypted,
    /// The configured port does not answer; the standard or discovered one does.
    WrongPort,
    /// SSL/TLS and STARTTLS mixed up: the port speaks the other one.
    WrongSecurity,
    /// The account signs in on the provider's own page (OAuth2) and no kept sign-in was at hand:
    /// only the connection and its encryption were checked.
    ProviderSignIn,
    /// The configured server fails and the discovered one works.
    WrongServer,
    /// The login works only with the other username form.
    UsernameForm,
    /// The server refused the password.
    PasswordRejected,
    /// POP3 here while the provider recommends IMAP.
    MixedProtocols,
    /// The domain's MX points to a different provider than the incoming server.
    MxElsewhere,
    /// It works, but the provider now publishes other settings.
    SettingsDiffer,
    /// Neither the configured server nor any alternative could be reached.
    CannotConnect,
    /// The login failed for another reason than the password (the check's problem says which).
    LoginFailed,
    /// The send-and-receive test failed (its `test_message` says how).
    TestMessageFailed,
    /// The incoming server works with these settings.
    IncomingWorks,
    /// The outgoing server works with these settings.
    OutgoingWorks,
}

impl DiagnosisId {
    /// The status a finding with this id has.
    pub fn level(self) -> Level {
        use DiagnosisId::*;
        match self {
            MixedProtocols | MxElsewhere | SettingsDiffer | ProviderSignIn => Level::Warning,
            IncomingWorks | OutgoingWorks => Level::Ok,
            _ => Level::Problem,
        }
    }
}

/// One finding about one account.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub id: DiagnosisId,
    pub status: Level,
    pub message: String,
    pub advice: String,
    pub fixable: bool,
}

impl Finding {
    pub(crate) fn new(id: DiagnosisId, message: String, advice: String, fixable: bool) -> Finding {
        Finding {
            id,
            status: id.level(),
            message,
            advice,
            fixable,
        }
    }

    /// A finding with nothing to do.
    pub(crate) fn ok(id: DiagnosisId, message: String) -> Finding {
        Finding::new(id, message, String::new(), false)
    }
}

/// The words for the side a finding is about.
pub(crate) fn side_words(outgoing: bool) -> String {
    if outgoing {
        t!("side-outgoing")
    } else {
        t!("side-incoming")
    }
}
