//! The wizard's keyboard: keys the focused widget did not use, per step (README, "Keyboard").

use iced::Task;
use iced::keyboard::{self, Key, key::Named};
use iced::widget::operation;

use super::done::{self, DoneMessage, Lead};
use super::outcome::FixMessage;
use super::{
    App, Message, Step, checking, domain_check, existing, finding, manual, password, receive,
    sign_in, you,
};

impl App {
    /// Keys the focused widget did not use.
    pub(super) fn key(&mut self, key: Key, modifiers: keyboard::Modifiers) -> Task<Message> {
        let message = match (&self.step, key.as_ref()) {
            (_, Key::Named(Named::Tab)) => {
                return if modifiers.shift() {
                    operation::focus_previous()
                } else {
                    operation::focus_next()
                };
            }
            (Step::You(_), Key::Named(Named::Enter)) => Message::You(you::Message::Continue),
            (Step::You(_), Key::Named(Named::Escape)) => return Task::none(),
            (Step::Finding(f), Key::Named(Named::Enter)) => match f.primary() {
                Some(m) => Message::Finding(m),
                None => return Task::none(),
            },
            (Step::Finding(_), Key::Named(Named::Escape)) => {
                Message::Finding(finding::Message::Back)
            }
            (Step::Receive(r), Key::Named(Named::ArrowUp | Named::ArrowDown)) => {
                Message::Receive(r.other_protocol())
            }
            (Step::Receive(_), Key::Named(Named::Enter)) => {
                Message::Receive(receive::Message::Continue)
            }
            (Step::Receive(_), Key::Named(Named::Escape)) => {
                Message::Receive(receive::Message::Back)
            }
            (Step::Checking(_), Key::Named(Named::Escape)) => {
                Message::Checking(checking::Message::Back)
            }
            (Step::Done(d), Key::Named(Named::Enter)) => Message::Done(d.main_action()),
            (Step::Done(d), Key::Character("o"))
                if d.in_program() && d.lead == Lead::Thunderbird =>
            {
                Message::Done(DoneMessage::Open)
            }
            (Step::Done(d), Key::Named(Named::Escape)) if d.phone => {
                Message::Done(DoneMessage::Export(done::App::AndroidQr))
            }
            (Step::Done(_), Key::Named(Named::Space)) => match &self.step {
                Step::Done(d) if !d.unchecked => Message::Done(DoneMessage::Save(!d.save)),
                _ => return Task::none(),
            },
            (Step::Fix(_), Key::Named(Named::Enter)) => Message::Fix(FixMessage::TryAgain),
            (Step::Fix(_), Key::Named(Named::Escape)) => Message::Fix(FixMessage::Back),
            (Step::Fix(_), Key::Character("e")) => Message::Fix(FixMessage::Edit),
            (Step::Fix(_), Key::Character("c")) => Message::Fix(FixMessage::Copy),
            (Step::Manual(_), Key::Named(Named::Enter)) => Message::Manual(manual::Message::Submit),
            (Step::Manual(_), Key::Named(Named::Escape)) => Message::Manual(manual::Message::Back),
            (Step::SignIn(_), Key::Named(Named::Escape)) => {
                Message::SignIn(sign_in::Message::Cancel)
            }
            (Step::Password(_), Key::Named(Named::Enter)) => {
                Message::Password(password::Message::Continue)
            }
            (Step::Password(_), Key::Named(Named::Escape)) => {
                Message::Password(password::Message::Back)
            }
            (Step::DomainCheck(_), Key::Named(Named::Escape)) => {
                Message::DomainCheck(domain_check::Message::Back)
            }
            (Step::Existing(_), Key::Named(Named::Escape)) => {
                Message::Existing(existing::Message::Back)
            }
            _ => return Task::none(),
        };
        self.update(message)
    }
}
