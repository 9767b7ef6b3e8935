//! What adding to the person's Thunderbird did, or why it failed, in words: shared by the wizard
//! and `mailsetup export --add-to default`.

use super::tb_profiles::{AddError, Added};
use super::thunderbird::ProfileError;
use crate::address::Address;

impl Added {
    /// What was done, naming the program and the profile (and other Thunderbirds found).
    pub fn message(&self, addr: &Address) -> String {
        let p = self.profile();
        let address = addr.to_string();
        let address = address.as_str();
        let program = p.root.packaging.label();
        let profile = p.name.as_str();
        let path = p.dir.display().to_string();
        let path = path.as_str();
        let mut out = match self {
            Added::Added { default: false, .. } => crate::t!(
                "tb-added",
                address = address,
                program = program,
                profile = profile,
                path = path
            ),
            Added::Added { default: true, .. } => crate::t!(
                "tb-added-default",
                address = address,
                program = program,
                profile = profile,
                path = path
            ),
            Added::AlreadySetUp(_) => crate::t!(
                "tb-already",
                address = address,
                program = program,
                profile = profile
            ),
            Added::Created(_) => crate::t!(
                "tb-created",
                address = address,
                program = program,
                path = path
            ),
        };
        if !p.also.is_empty() {
            let others: Vec<&str> = p.also.iter().map(|k| k.label()).collect();
            out.push(' ');
            out.push_str(&crate::t!("tb-also-found", others = others.join(", ")));
        }
        out
    }
}

impl AddError {
    /// Nothing was written because Thunderbird has the profile open (or, for a new profile, runs).
    pub fn thunderbird_open(&self) -> bool {
        matches!(
            self,
            AddError::Profile(ProfileError::Locked(_) | ProfileError::Running)
        )
    }

    /// Why the account could not be added, in words.
    pub fn message(&self) -> String {
        if self.thunderbird_open() {
            crate::t!("tb-close-first")
        } else {
            crate::t!("tb-could-not-add", reason = self.to_string())
        }
    }
}
