//! How a check that worked ends: the servers that worked are kept, the Done page is built for the
//! mail program this computer leads with (within what a helpdesk preset offers), and the account
//! it adds or exports.

use super::App;
use super::done::{Done, Lead};

impl App {
    /// The servers as the check found them working (another port, the other security, the other
    /// username form): what is added to a mail program and exported from now on.
    pub(super) fn keep_what_worked(&mut self, report: &crate::check::CheckReport) {
        if let Some(c) = self.choice.as_mut() {
            c.incoming = report.incoming.server.clone();
            if let (Some(o), Some(checked)) = (c.outgoing.as_mut(), &report.outgoing) {
                *o = checked.server.clone();
            }
        }
    }

    pub(super) fn done(&self, report: crate::check::CheckReport) -> Done {
        // The lead is an export too: a preset that does not offer it leaves it out.
        let account = self.account();
        let (lead, others) = self.programs.lead(account.as_ref());
        let lead = match (lead, self.preset()) {
            (Lead::Thunderbird, Some(p)) if !p.offers(crate::export::Format::Thunderbird) => {
                Lead::Nothing
            }
            (Lead::AppleMail, Some(p)) if !p.offers(crate::export::Format::Apple) => Lead::Nothing,
            (lead, _) => lead,
        };
        let mut done = Done::new(report)
            .with(lead, account.as_ref())
            .with_others(&others);
        done.signed_in = matches!(self.checked_with, Some(crate::check::LoginSecret::Token(_)));
        // A sign-in that gave no refresh token leaves nothing to keep.
        if done.signed_in && self.signed_in.is_none() {
            done.save = false;
        }
        if let Some(p) = self.preset() {
            done.offer
                .retain(|app| app.format().is_none_or(|f| p.offers(f)));
        }
        done
    }

    /// The password the check logged in with, for a mail program that keeps it itself; none after
    /// a sign-in on the provider's page.
    pub(super) fn typed_password(&self) -> Option<crate::model::Secret<String>> {
        match &self.checked_with {
            Some(crate::check::LoginSecret::Password(p)) => Some(p.clone()),
            _ => None,
        }
    }

    /// The checked account, for exports.
    pub(super) fn account(&self) -> Option<crate::export::Account> {
        let choice = self.choice.clone()?;
        Some(crate::export::Account {
            address: self.address.clone()?,
            name: self.name.clone(),
            incoming: choice.incoming,
            outgoing: choice.outgoing,
            leave_on_server: choice.leave_copy,
        })
    }
}
