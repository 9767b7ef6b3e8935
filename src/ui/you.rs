//! Step 1, "You": name, email address and, if the person likes, the password, with inline address
//! validation. The password is optional here: the sign-in plan asks for it after discovery when the
//! provider takes one, and never when the provider signs in on its own page.

use iced::Element;
use iced::widget::{column, text};

use super::access::Page;
use super::style::{self, Status};
use crate::address::{Address, AddressError};
use crate::model::Secret;
use crate::t;

pub const NAME: &str = "name";
pub const EMAIL: &str = "email";
pub const PASSWORD: &str = "password";

#[derive(Debug, Clone)]
pub struct You {
    pub name: String,
    pub email: String,
    /// What was typed; `Debug` shows it as `[redacted]`.
    pub password: Secret<String>,
    pub show_password: bool,
    /// A word before the password is typed (a sign-in elsewhere, an app password needed).
    pub password_note: Option<String>,
}

impl Default for You {
    fn default() -> Self {
        You {
            name: String::new(),
            email: String::new(),
            password: Secret::new(String::new()),
            show_password: false,
            password_note: None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Name(String),
    Email(String),
    Password(Secret<String>),
    ShowPassword(bool),
    NameSubmitted,
    EmailSubmitted,
    Continue,
    /// "Fix my existing email": diagnose the accounts a mail program already has.
    FixExisting,
}

pub enum Action {
    None,
    Focus(&'static str),
    FixExisting,
    Continue {
        name: String,
        address: Address,
        password: Secret<String>,
    },
}

impl You {
    pub fn address(&self) -> Result<Address, AddressError> {
        Address::parse(&self.email)
    }

    pub fn can_continue(&self) -> bool {
        self.address().is_ok()
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Name(s) => self.name = s,
            Message::Email(s) => self.email = s,
            Message::Password(s) => self.password = s,
            Message::ShowPassword(b) => self.show_password = b,
            Message::NameSubmitted => return Action::Focus(EMAIL),
            Message::EmailSubmitted => return Action::Focus(PASSWORD),
            Message::FixExisting => return Action::FixExisting,
            Message::Continue => {
                return match self.address() {
                    Ok(address) => Action::Continue {
                        name: self.name.trim().to_owned(),
                        address,
                        password: self.password.clone(),
                    },
                    Err(_) => Action::Focus(EMAIL),
                };
            }
        }
        Action::None
    }

    /// What the line under the address says: a hint while it is empty, else whether it is an
    /// address (with the icon's status).
    fn validation(&self) -> (Option<Status>, String) {
        match self.address() {
            Err(_) if self.email.trim().is_empty() => (None, t!("you-address-hint")),
            Err(e) => (Some(Status::Problem), e.explain()),
            Ok(a) => (
                Some(Status::Success),
                t!("you-address-ok", domain = a.domain_unicode()),
            ),
        }
    }

    /// What the password's note says.
    fn password_words(&self) -> String {
        self.password_note
            .clone()
            .unwrap_or_else(|| t!("you-password-later"))
    }

    /// The page for assistive technology (see [`Self::view`]).
    pub fn describe(&self) -> Page<Message> {
        let mut p = Page::new("you");
        p.heading(t!("you-title")).text(t!("you-intro"));
        p.field(NAME, t!("you-name"), &self.name, Message::Name)
            .placeholder(t!("you-name-placeholder"));
        p.field(EMAIL, t!("you-address"), &self.email, Message::Email)
            .placeholder(t!("you-address-placeholder"));
        match self.validation() {
            // Not announced at every key: read with the page, and where it stands.
            (Some(status), words) => p.note(status, words),
            (None, words) => p.text(words),
        };
        p.text(self.password_words());
        super::password::describe_entry(
            &mut p,
            &self.password,
            self.show_password,
            PASSWORD,
            Message::Password,
            Message::ShowPassword,
        );
        p.button(t!("existing-open"), Some(Message::FixExisting));
        p.default_button(
            t!("you-continue"),
            self.can_continue().then_some(Message::Continue),
        );
        p
    }

    pub fn view(&self) -> Element<'_, Message> {
        let validation: Element<'_, Message> = match self.validation() {
            (None, words) => style::small(words).into(),
            (Some(Status::Problem), words) => {
                style::status_row(Status::Problem, style::small(words).style(text::danger)).into()
            }
            (Some(status), words) => style::status_row(status, style::small(words)).into(),
        };
        let continue_button = style::primary_button(t!("you-continue"))
            .on_press_maybe(self.can_continue().then_some(Message::Continue));
        let label = |s: String| style::body(s).font(style::STRONG);
        let content = column![
            style::title(t!("you-title")),
            style::body(t!("you-intro")),
            column![
                label(t!("you-name")),
                style::field(&t!("you-name-placeholder"), &self.name)
                    .id(NAME)
                    .on_input(Message::Name)
                    .on_submit(Message::NameSubmitted),
            ]
            .spacing(style::TIGHT),
            column![
                label(t!("you-address")),
                style::field(&t!("you-address-placeholder"), &self.email)
                    .id(EMAIL)
                    .on_input(Message::Email)
                    .on_submit(Message::EmailSubmitted),
                validation,
            ]
            .spacing(style::TIGHT),
            column![
                label(t!("you-password")),
                // The provider signs in on its own page, or wants an app password: said up front.
                style::small(self.password_words()),
                super::password::entry(
                    &self.password,
                    self.show_password,
                    PASSWORD,
                    Message::Password,
                    Message::Continue,
                    Message::ShowPassword,
                ),
            ]
            .spacing(style::TIGHT),
        ];
        let existing = style::link_button(t!("existing-open")).on_press(Message::FixExisting);
        style::page(
            content,
            style::actions([existing.into()], Some(continue_button.into())),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_typed_password_never_shows_in_debug_output() {
        let mut you = You::default();
        you.update(Message::Password(Secret::new("hunter2-typed".into())));
        let shown = format!(
            "{you:?} {:?}",
            Message::Password(Secret::new("hunter2-typed".into()))
        );
        assert!(!shown.contains("hunter2"), "{shown}");
        assert_eq!(you.password.expose(), "hunter2-typed");
    }
}
