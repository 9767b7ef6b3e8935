//! The Done page's lead box: the one action that puts the account into the mail program this
//! computer uses, or, for a program with no way in from outside, the steps to add it there.

use iced::Element;
use iced::widget::column;

use super::done::{Done, DoneMessage};
use super::style::{self, Status};
use crate::desktop::MailProgram;
use crate::t;

/// The action the page leads with: the mail program this computer uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lead {
    /// Thunderbird is installed: add the account to the profile it opens.
    Thunderbird,
    /// A Linux desktop's own: Evolution, GNOME Online Accounts, or Geary through GOA.
    Desktop(MailProgram),
    /// A program with no way in from outside (KMail, Geary without GOA): the steps to add it there.
    ByHand(MailProgram),
    /// macOS: hand an Apple profile to the system's profile installer.
    AppleMail,
    /// No mail program we can set up directly.
    Nothing,
}

impl Lead {
    /// Whether the page has a button that adds the account (the main action until it is done).
    pub fn adds(self) -> bool {
        !matches!(self, Lead::ByHand(_) | Lead::Nothing)
    }
}

impl Done {
    /// The lead box's words: what it does, its button, and the button once it is done.
    pub(super) fn lead_words(&self) -> Option<(String, String, Option<String>)> {
        match self.lead {
            Lead::Thunderbird => Some((
                t!("done-lead-thunderbird"),
                t!("done-add-thunderbird"),
                Some(t!("done-open-thunderbird")),
            )),
            Lead::AppleMail => Some((t!("done-lead-apple"), t!("done-add-apple"), None)),
            Lead::Desktop(MailProgram::Goa) => Some((
                t!("done-lead-goa"),
                t!("done-add-to", program = MailProgram::Goa.name()),
                None,
            )),
            Lead::Desktop(MailProgram::Geary) => Some((
                t!("done-lead-geary"),
                t!("done-add-to", program = MailProgram::Geary.name()),
                None,
            )),
            Lead::Desktop(p) => Some((
                t!("done-lead-program", program = p.name()),
                t!("done-add-to", program = p.name()),
                None,
            )),
            Lead::ByHand(_) | Lead::Nothing => None,
        }
    }

    /// The add button's words: again after a failure, "Adding…" while it runs.
    pub(super) fn add_words(&self, add: String) -> String {
        match &self.added {
            Some(Err(_)) => t!("fix-try-again"),
            _ if self.adding => t!("done-adding"),
            _ => add,
        }
    }

    /// The box with the one action that puts the account into the mail program.
    pub(super) fn lead_box(&self) -> Option<Element<'_, DoneMessage>> {
        if !self.by_hand.is_empty() {
            let lines = self.by_hand.iter().map(|l| style::body(l.clone()).into());
            return Some(style::card(
                iced::widget::Column::with_children(lines).spacing(4),
            ));
        }
        let (explain, add, open) = self.lead_words()?;
        let mut col = column![].spacing(8);
        match &self.added {
            Some(Ok(said)) => {
                col = col.push(style::status_row(
                    Status::Success,
                    style::body(said.clone()),
                ));
                if let Some(open) = open {
                    col = col.push(style::secondary_button(open).on_press(DoneMessage::Open));
                }
            }
            other => {
                col = col.push(style::body(explain));
                if let Some(Err(why)) = other {
                    col = col.push(style::status_row(Status::Warning, style::body(why.clone())));
                }
                let label = self.add_words(add);
                col = col.push(
                    style::primary_button(label)
                        .on_press_maybe((!self.adding).then_some(DoneMessage::Add)),
                );
            }
        }
        Some(style::card(col))
    }
}
