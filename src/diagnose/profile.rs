//! The Thunderbird profile whose accounts are diagnosed, and reading them: one reader for the
//! command line and the window. `prefs.js` is read within [`super::prefs::MAX_PREFS`] (a larger
//! file is refused, never read cut).

use std::path::{Path, PathBuf};

use super::{TbAccount, account, prefs};
use crate::export::tb_profiles::{self, Install, Located};

/// Why there are no accounts to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileProblem {
    /// No profile that Thunderbird opens (or no home folder to look in).
    NoProfile,
    /// Thunderbird's list of profiles could not be read.
    Unlisted { path: PathBuf, reason: String },
    /// The profile's `prefs.js` could not be read.
    Unreadable { path: PathBuf, reason: String },
}

impl ProfileProblem {
    /// The problem in words (the command line adds its advice to `NoProfile`).
    pub fn message(&self) -> String {
        match self {
            ProfileProblem::NoProfile => crate::t!("diagnose-no-profile"),
            ProfileProblem::Unlisted { path, reason } => format!("{}: {reason}", path.display()),
            ProfileProblem::Unreadable { path, reason } => crate::t!(
                "diagnose-prefs-unreadable",
                path = path.display().to_string(),
                reason = reason.as_str()
            ),
        }
    }
}

/// The folder of the profile Thunderbird opens, when it has a `prefs.js`.
pub fn default_profile(
    home: Option<&Path>,
    installs: &[Install],
) -> Result<PathBuf, ProfileProblem> {
    let home = home.ok_or(ProfileProblem::NoProfile)?;
    match tb_profiles::locate(home, installs) {
        Ok(Located::Profile(p)) if p.dir.join("prefs.js").is_file() => Ok(p.dir),
        Ok(_) => Err(ProfileProblem::NoProfile),
        Err(e) => Err(ProfileProblem::Unlisted {
            path: e.path,
            reason: e.reason,
        }),
    }
}

/// The mail accounts in the profile at `dir`.
pub fn accounts_in(dir: &Path) -> Result<Vec<TbAccount>, ProfileProblem> {
    let path = dir.join("prefs.js");
    match prefs::read(&path) {
        Ok(p) => Ok(account::accounts(&p)),
        Err(e) => Err(ProfileProblem::Unreadable {
            path,
            reason: e.to_string(),
        }),
    }
}
