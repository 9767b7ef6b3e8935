//! "Your password", asked only when the sign-in plan needs it: after discovery has shown that the
//! provider takes a password, and only when none was typed on the first step. The app-password note
//! (the provider, and where to make one) comes first when the provider wants one.

use iced::widget::{checkbox, column};
use iced::{Element, Task};

use super::access::Page;
use super::style;
use crate::model::Secret;
use crate::t;

/// The id of the password field (focused when the page opens).
pub const FIELD: &str = "password-later";

pub struct AskPassword {
    address: String,
    note: Option<String>,
    pub password: Secret<String>,
    show: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// What was typed; `Debug` shows it as `[redacted]`.
    Password(Secret<String>),
    Show(bool),
    Continue,
    Back,
}

pub enum Action {
    None,
    Back,
    Continue(Secret<String>),
}

impl AskPassword {
    pub fn new(address: &crate::address::Address, note: Option<String>) -> AskPassword {
        AskPassword {
            address: address.to_string(),
            note,
            password: Secret::new(String::new()),
            show: false,
        }
    }

    fn can_continue(&self) -> bool {
        !self.password.expose().is_empty()
    }

    pub fn update(&mut self, m: Message) -> Action {
        match m {
            Message::Password(p) => self.password = p,
            Message::Show(b) => self.show = b,
            Message::Continue if self.can_continue() => {
                return Action::Continue(self.password.clone());
            }
            Message::Continue => {}
            Message::Back => return Action::Back,
        }
        Action::None
    }

    /// The page for assistive technology (see [`Self::view`]).
    pub fn describe(&self) -> Page<Message> {
        let mut p = Page::new("password");
        p.heading(t!("password-title"))
            .text(t!("password-intro", address = self.address.as_str()));
        if let Some(note) = &self.note {
            p.text(note.clone());
        }
        describe_entry(
            &mut p,
            &self.password,
            self.show,
            FIELD,
            Message::Password,
            Message::Show,
        );
        p.button(t!("back"), Some(Message::Back));
        p.default_button(
            t!("you-continue"),
            self.can_continue().then_some(Message::Continue),
        );
        p
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut content = column![
            style::title(t!("password-title")),
            style::body(t!("password-intro", address = self.address.as_str())),
        ];
        if let Some(note) = &self.note {
            content = content.push(style::small(note.clone()));
        }
        content = content.push(
            column![style::body(t!("you-password")).font(style::STRONG)]
                .push(entry(
                    &self.password,
                    self.show,
                    FIELD,
                    Message::Password,
                    Message::Continue,
                    Message::Show,
                ))
                .spacing(style::TIGHT),
        );
        let back = style::secondary_button(t!("back")).on_press(Message::Back);
        let next = style::primary_button(t!("you-continue"))
            .on_press_maybe(self.can_continue().then_some(Message::Continue));
        style::page(content, style::actions([back.into()], Some(next.into())))
    }
}

/// The password field and "Show password" for assistive technology (see [`entry`]): the field
/// exposes only how many characters were typed.
pub(super) fn describe_entry<M: Clone + 'static>(
    page: &mut Page<M>,
    password: &Secret<String>,
    show: bool,
    id: &'static str,
    typed: fn(Secret<String>) -> M,
    toggle: fn(bool) -> M,
) {
    page.secret(id, t!("you-password"), password.expose(), move |s| {
        typed(Secret::new(s))
    })
    .placeholder(t!("you-password-placeholder"));
    page.check(t!("you-show-password"), show, toggle);
}

/// The password field with "Show password" under it, as the first step and this page show it.
pub(super) fn entry<'a, M: Clone + 'a>(
    password: &'a Secret<String>,
    show: bool,
    id: &'static str,
    typed: fn(Secret<String>) -> M,
    submit: M,
    toggle: fn(bool) -> M,
) -> Element<'a, M> {
    column![
        style::field(&t!("you-password-placeholder"), password.expose())
            .id(id)
            .secure(!show)
            .on_input(move |s| typed(Secret::new(s)))
            .on_submit(submit),
        checkbox(show)
            .label(t!("you-show-password"))
            .text_size(style::SMALL)
            .on_toggle(toggle),
    ]
    .spacing(style::TIGHT)
    .into()
}

/// The wizard's side of this page, and of the Done page's "not checked" form that the plan leads
/// to when no sign-in is possible here.
impl super::App {
    /// No sign-in is possible here: the settings go to a mail program that signs in by itself,
    /// marked as not checked yet (the Done page, leading with that program).
    pub(super) fn unchecked(
        &mut self,
        choice: super::receive::Choice,
        problem: crate::check::Problem,
    ) -> Task<super::Message> {
        self.choice = Some(choice.clone());
        let report = crate::check::CheckReport::not_started(
            &choice.incoming,
            choice.outgoing.as_ref(),
            problem,
        );
        let mut done = self.done(report);
        done.unchecked = true;
        self.step = super::Step::Done(done);
        Task::none()
    }

    pub(super) fn password_update(&mut self, m: Message) -> Task<super::Message> {
        let super::Step::Password(s) = &mut self.step else {
            return Task::none();
        };
        match s.update(m) {
            Action::None => Task::none(),
            Action::Back => self.back_to_choice(),
            Action::Continue(p) => {
                self.password = p.clone();
                self.you.password = p;
                match self.choice.clone() {
                    Some(c) => self.start_check(c, None),
                    None => self.back_to_you(),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continue_waits_for_a_password_and_debug_hides_it() {
        let a = crate::address::Address::parse("jo@example.com").expect("address");
        let mut page = AskPassword::new(&a, None);
        assert!(matches!(page.update(Message::Continue), Action::None));
        page.update(Message::Password(Secret::new("hunter2-later".into())));
        match page.update(Message::Continue) {
            Action::Continue(p) => assert_eq!(p.expose(), "hunter2-later"),
            _ => panic!("continues with the password"),
        }
        let shown = format!(
            "{:?}",
            Message::Password(Secret::new("hunter2-later".into()))
        );
        assert!(!shown.contains("hunter2"), "{shown}");
    }
}
