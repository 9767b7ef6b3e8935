//! The mail programs on this computer and putting the account into them: the Done page's lead
//! action (the person's own Thunderbird, or Apple Mail on a Mac), starting Thunderbird, and the
//! other ways in (a separate profile, a file in Downloads).

use super::done::{self, Lead};
use crate::t;

/// Where the person's files are and which mail programs this computer has.
#[derive(Debug, Clone, Default)]
pub struct Programs {
    pub home: Option<std::path::PathBuf>,
    pub thunderbird: Vec<crate::export::tb_profiles::Install>,
}

impl Programs {
    /// What this computer has.
    pub fn detect() -> Programs {
        let home = dirs::home_dir();
        let thunderbird = home
            .as_deref()
            .map(crate::export::tb_profiles::installed)
            .unwrap_or_default();
        Programs { home, thunderbird }
    }

    /// The mail program the Done page leads with.
    pub fn lead(&self) -> Lead {
        if cfg!(target_os = "macos") {
            Lead::AppleMail
        } else if self.thunderbird.is_empty() {
            Lead::Nothing
        } else {
            Lead::Thunderbird
        }
    }
}

/// Puts the account into the mail program the Done page leads with. Returns the words to show.
pub(super) async fn add_to_program(
    lead: Lead,
    programs: Programs,
    a: crate::export::Account,
) -> Result<String, String> {
    tokio::task::spawn_blocking(move || {
        let home = programs.home.as_deref();
        match lead {
            Lead::AppleMail => {
                let saved = crate::export::save_for(crate::export::Format::Apple, &a, home)
                    .map_err(|e| e.to_string())?;
                if let crate::export::SaveFor::File(path) = &saved {
                    std::process::Command::new("open")
                        .arg(path)
                        .status()
                        .map_err(|e| e.to_string())?;
                }
                Ok(t!("done-apple-opened", address = a.address.to_string()))
            }
            Lead::Thunderbird | Lead::Nothing => {
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
        }
    })
    .await
    .map_err(|e| e.to_string())?
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
    app: done::App,
    a: crate::export::Account,
    home: Option<std::path::PathBuf>,
) -> Result<String, String> {
    tokio::task::spawn_blocking(move || {
        crate::export::save_for(app.format(), &a, home.as_deref())
            .map(|saved| saved.message())
            .map_err(|e| e.to_string())
    })
    .await
    .map_err(|e| e.to_string())?
}
