//! The mail programs on this computer and putting the account into them: the Done page's lead
//! action (the person's own mail program: Thunderbird, Evolution, GNOME Online Accounts…, or Apple
//! Mail on a Mac), starting Thunderbird, and the other ways in (the other mail programs here, a
//! separate profile, a file in Downloads).

use super::done::Lead;
use crate::desktop::{self, AddError, MailProgram};
use crate::model::Secret;
use crate::t;

/// Where the person's files are and which mail programs this computer has.
#[derive(Debug, Clone, Default)]
pub struct Programs {
    pub home: Option<std::path::PathBuf>,
    pub thunderbird: Vec<crate::export::tb_profiles::Install>,
    /// The mail programs this person may use, likeliest first ([`desktop::detect`]).
    pub order: Vec<MailProgram>,
    /// The desktop those were found on.
    pub env: desktop::Env,
}

impl Programs {
    /// What this computer has.
    pub fn detect() -> Programs {
        let home = dirs::home_dir();
        let thunderbird = home
            .as_deref()
            .map(crate::export::tb_profiles::installed)
            .unwrap_or_default();
        let env = desktop::Env::from_process();
        let order = if cfg!(target_os = "linux") {
            desktop::detect(&env, !thunderbird.is_empty())
        } else if thunderbird.is_empty() {
            Vec::new()
        } else {
            vec![MailProgram::Thunderbird]
        };
        Programs {
            home,
            thunderbird,
            order,
            env,
        }
    }

    /// How the Done page offers `program` for this account: added by us, added by hand, or not at
    /// all (GNOME Online Accounts takes no POP3 account, nor one that signs in on a provider's page).
    pub fn how(&self, program: MailProgram, a: &crate::export::Account) -> Option<Lead> {
        if program == MailProgram::Thunderbird {
            return (!self.thunderbird.is_empty()).then_some(Lead::Thunderbird);
        }
        match desktop::can_add(program, a, &self.env) {
            Ok(()) => Some(Lead::Desktop(program)),
            Err(AddError::ByHand(p)) => Some(Lead::ByHand(p)),
            Err(_) => None,
        }
    }

    /// The mail program the Done page leads with, and the others it offers under "Other ways".
    pub fn lead(&self, a: Option<&crate::export::Account>) -> (Lead, Vec<MailProgram>) {
        if cfg!(target_os = "macos") {
            return (Lead::AppleMail, Vec::new());
        }
        let Some(a) = a else {
            return (Lead::Nothing, Vec::new());
        };
        // A Thunderbird the caller found counts even when detection did not list it (tests).
        let thunderbird =
            (!self.order.contains(&MailProgram::Thunderbird)).then_some(MailProgram::Thunderbird);
        let mut usable = self
            .order
            .iter()
            .copied()
            .chain(thunderbird)
            .filter_map(|p| self.how(p, a).map(|lead| (p, lead)));
        match usable.next() {
            Some((_, lead)) => (lead, usable.map(|(p, _)| p).collect()),
            None => (Lead::Nothing, Vec::new()),
        }
    }
}

/// Puts the account into the mail program `lead` names (the page's lead, or one of the other
/// ways). `password` is what the check logged in with, for programs that keep it themselves (none
/// after a sign-in on the provider's page). Returns the words to show.
pub(super) async fn add_to_program(
    lead: Lead,
    programs: Programs,
    a: crate::export::Account,
    password: Option<Secret<String>>,
) -> Result<String, String> {
    match lead {
        Lead::Desktop(program) => {
            let added = desktop::add(program, &a, password.as_ref(), &programs.env)
                .await
                .map_err(|e| e.message())?;
            let mut words = added.message(&a);
            if let Some(problem) = added.keyring_message() {
                words = format!("{words} {problem}");
            }
            Ok(words)
        }
        Lead::ByHand(program) => Ok(desktop::by_hand::steps(program, &a).join("\n")),
        Lead::AppleMail | Lead::Thunderbird | Lead::Nothing => {
            tokio::task::spawn_blocking(move || add_to_file_program(lead, programs, a))
                .await
                .map_err(|e| e.to_string())?
        }
    }
}

/// Apple Mail (a profile handed to the system) and Thunderbird (the profile it opens).
fn add_to_file_program(
    lead: Lead,
    programs: Programs,
    a: crate::export::Account,
) -> Result<String, String> {
    let home = programs.home.as_deref();
    if lead == Lead::AppleMail {
        let saved = crate::export::save_for(crate::export::Format::Apple, &a, home)
            .map_err(|e| e.to_string())?;
        if let crate::export::SaveFor::File(path) = &saved {
            std::process::Command::new("open")
                .arg(path)
                .status()
                .map_err(|e| e.to_string())?;
        }
        return Ok(t!("done-apple-opened", address = a.address.to_string()));
    }
    let home = home.ok_or_else(|| t!("done-export-no-home"))?;
    crate::export::tb_profiles::add_to_default(home, &programs.thunderbird, &a)
        .map(|added| added.message(&a.address))
        .map_err(|e| {
            if e.thunderbird_open() {
                t!("done-close-thunderbird")
            } else {
                e.message()
            }
        })
}

/// Starts the Thunderbird whose profile holds the account, with that profile.
pub(super) fn open_thunderbird(p: &Programs) -> Result<(), String> {
    use crate::export::tb_profiles::{Located, locate};
    let home = p.home.as_deref().ok_or_else(|| t!("done-export-no-home"))?;
    let (install, profile) = match locate(home, &p.thunderbird).map_err(|e| e.to_string())? {
        Located::Profile(profile) => (
            p.thunderbird
                .iter()
                .find(|i| i.packaging == profile.root.packaging)
                .or(p.thunderbird.first()),
            Some(profile.dir),
        ),
        Located::Nothing(_) => (p.thunderbird.first(), None),
    };
    let install = install.ok_or_else(|| t!("done-no-thunderbird"))?;
    install.open(profile.as_deref()).map_err(|e| e.to_string())
}

/// Prepares the account for another app: a separate Thunderbird profile registered in
/// ~/.thunderbird, or a file in the Downloads folder. Returns the words to show.
pub(super) async fn export_for(
    format: crate::export::Format,
    a: crate::export::Account,
    home: Option<std::path::PathBuf>,
) -> Result<String, String> {
    tokio::task::spawn_blocking(move || {
        crate::export::save_for(format, &a, home.as_deref())
            .map(|saved| saved.message())
            .map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}
