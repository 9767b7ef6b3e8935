//! How the wizard reacts to each message: [`App::react`] hands a step's message to that step and
//! turns the action it returns into the next page (one method a step).

use iced::Task;
use iced::widget::operation;

use super::done::{DoneAction, DoneMessage};
use super::outcome::{Fix, FixMessage};
use super::programs::{add_to_program, export_for, open_thunderbird};
use super::receive::Receive;
use super::{
    App, Message, Step, checking, domain_check, finding, manual, outcome, receive, sign_in, you,
};
use crate::t;

impl App {
    /// A message's change to the wizard.
    pub(super) fn react(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Access(event) => self.access_event(event),
            Message::Key(key, modifiers) => self.key(key, modifiers),
            Message::Theme(mode) => {
                self.dark = mode == iced::theme::Mode::Dark;
                Task::none()
            }
            Message::SignIn(m) => self.signed_in(m),
            Message::Password(m) => self.password_update(m),
            Message::CheckDomain => self.domain_check(),
            Message::Existing(m) => self.existing_update(m),
            Message::DomainCheck(m) => self.domain_check_update(m),
            Message::You(m) => self.you_update(m),
            Message::Finding(m) => self.finding_update(m),
            Message::Receive(m) => self.receive_update(m),
            Message::Checking(m) => self.checking_update(m),
            Message::Done(m) => self.done_update(m),
            Message::Fix(m) => self.fix_update(m),
            Message::Manual(m) => self.manual_update(m),
        }
    }

    fn domain_check_update(&mut self, m: domain_check::Message) -> Task<Message> {
        let Step::DomainCheck(s) = &mut self.step else {
            return Task::none();
        };
        match s.update(m) {
            domain_check::Action::None => Task::none(),
            domain_check::Action::Back => {
                match self.before_domain_check.take() {
                    Some(previous) => self.step = *previous,
                    None => return self.back_to_you(),
                }
                Task::none()
            }
        }
    }

    fn you_update(&mut self, m: you::Message) -> Task<Message> {
        let Step::You(s) = &mut self.step else {
            return Task::none();
        };
        let action = s.update(m);
        let address = s.address().ok();
        s.password_note = address
            .as_ref()
            .and_then(|a| sign_in::password_note(a, &self.options.oauth));
        self.you = s.clone();
        match action {
            you::Action::None => Task::none(),
            you::Action::Focus(id) => operation::focus(id),
            you::Action::FixExisting => self.open_existing(),
            you::Action::Continue {
                name,
                address,
                password,
            } => {
                self.name = name;
                self.password = password;
                self.signed_in = None;
                self.checked_with = None;
                self.address = Some(address.clone());
                self.choice = None;
                let (step, task) =
                    finding::Finding::start(self.net.clone(), &address, self.options.clone());
                self.step = Step::Finding(step);
                task.map(Message::Finding)
            }
        }
    }

    fn finding_update(&mut self, m: finding::Message) -> Task<Message> {
        let Step::Finding(s) = &mut self.step else {
            return Task::none();
        };
        match s.update(m) {
            finding::Action::None => Task::none(),
            finding::Action::Back => self.back_to_you(),
            finding::Action::Found(d) => self.found(*d),
            finding::Action::Manual => self.manual(),
        }
    }

    fn receive_update(&mut self, m: receive::Message) -> Task<Message> {
        let Step::Receive(s) = &mut self.step else {
            return Task::none();
        };
        match s.update(m) {
            receive::Action::None => Task::none(),
            receive::Action::Back => self.back_to_you(),
            receive::Action::Continue(choice) => self.start_check(choice, None),
        }
    }

    fn checking_update(&mut self, m: checking::Message) -> Task<Message> {
        let Step::Checking(s) = &mut self.step else {
            return Task::none();
        };
        match s.update(m) {
            checking::Action::None => Task::none(),
            checking::Action::Back => self.back_to_choice(),
            checking::Action::Done(report) if report.ok() => {
                self.keep_what_worked(&report);
                self.step = Step::Done(self.done(*report));
                Task::none()
            }
            checking::Action::Done(report) => {
                let fix = Fix::new(*report);
                // After a refused password, the cursor waits in "Type your password again".
                let focus = fix.wrong_password();
                self.step = Step::Fix(fix);
                if focus {
                    operation::focus(outcome::PASSWORD)
                } else {
                    Task::none()
                }
            }
            checking::Action::Failed(e) => {
                let Some(addr) = self.address.clone() else {
                    return self.back_to_you();
                };
                self.step = Step::Finding(finding::Finding::failed(&addr, e));
                Task::none()
            }
        }
    }

    fn done_update(&mut self, m: DoneMessage) -> Task<Message> {
        let Step::Done(s) = &mut self.step else {
            return Task::none();
        };
        match s.update(m) {
            DoneAction::None => Task::none(),
            DoneAction::Close => iced::exit(),
            DoneAction::SendTest => self.send_test_start(),
            DoneAction::Export(app) => {
                let Some(account) = self.account() else {
                    return Task::none();
                };
                let Some(format) = app.format() else {
                    return Task::none();
                };
                let home = self.programs.home.clone();
                Task::perform(export_for(format, account, home), |r| {
                    Message::Done(DoneMessage::Exported(r))
                })
            }
            DoneAction::AddTo(program) => {
                let Some(account) = self.account() else {
                    return Task::none();
                };
                let Some(lead) = self.programs.how(program, &account) else {
                    return Task::none();
                };
                let (programs, password) = (self.programs.clone(), self.typed_password());
                Task::perform(add_to_program(lead, programs, account, password), |r| {
                    Message::Done(DoneMessage::Exported(r))
                })
            }
            DoneAction::Add => {
                let lead = s.lead;
                let Some(account) = self.account() else {
                    return Task::none();
                };
                let (programs, password) = (self.programs.clone(), self.typed_password());
                Task::perform(add_to_program(lead, programs, account, password), |r| {
                    Message::Done(DoneMessage::Added(r))
                })
            }
            DoneAction::Open => {
                if let Err(reason) = open_thunderbird(&self.programs) {
                    s.exported = Some(Err(t!("done-open-failed", reason = reason)));
                }
                Task::none()
            }
            DoneAction::SavePassword => {
                let Some(account) = self.address.as_ref().map(ToString::to_string) else {
                    // The Done page is only reached with a parsed address.
                    return Task::none();
                };
                if let Some((issuer, refresh)) = self.signed_in.clone() {
                    return Task::perform(
                        crate::secrets::save_refresh_token(account, issuer, refresh),
                        |r| Message::Done(DoneMessage::Saved(r)),
                    );
                }
                Task::perform(
                    crate::secrets::save_password(account, self.password.clone()),
                    |r| Message::Done(DoneMessage::Saved(r)),
                )
            }
        }
    }

    fn fix_update(&mut self, m: FixMessage) -> Task<Message> {
        let Step::Fix(s) = &mut self.step else {
            return Task::none();
        };
        match m {
            FixMessage::TryAgain => {
                // The password typed again on this page replaces the one from the start.
                if !s.password.expose().is_empty() {
                    self.password = s.password.clone();
                    self.you.password = s.password.clone();
                }
                match self.choice.clone() {
                    Some(c) => self.start_check(c, None),
                    None => self.back_to_you(),
                }
            }
            FixMessage::Password(p) => {
                s.password = p;
                Task::none()
            }
            FixMessage::Edit => self.manual(),
            FixMessage::Copy => {
                s.copied = true;
                iced::clipboard::write(s.report.details_for_helpdesk())
            }
            FixMessage::Back => match &self.discovery {
                Some(d) => {
                    self.step = Step::Receive(Receive::new(d));
                    Task::none()
                }
                None => self.back_to_you(),
            },
        }
    }

    fn manual_update(&mut self, m: manual::Message) -> Task<Message> {
        let Step::Manual(s) = &mut self.step else {
            return Task::none();
        };
        match s.update(m) {
            manual::Action::None => Task::none(),
            manual::Action::Back => match &self.discovery {
                Some(d) if !d.incoming.is_empty() => {
                    self.step = Step::Receive(Receive::new(d));
                    Task::none()
                }
                _ => self.back_to_you(),
            },
            manual::Action::Check(choice) => self.start_check(choice, None),
        }
    }
}
