//! Step 3, "How do you want to receive mail?": IMAP or POP3 in plain words, "leave a copy on the
//! server" for POP3, the servers behind a Details expander, and — when the password would go to a
//! server outside the address's domain that no trusted source vouched for — a banner naming that
//! domain in large type that must be confirmed before anything is sent.

use iced::Element;
use iced::widget::{checkbox, column, text};

use super::access::{Page, Radio};
use super::style::{self, Status};
use crate::address::Address;
use crate::discover::Discovery;
use crate::model::{Protocol, Server};
use crate::t;

/// What the user chose: the servers to check and save.
#[derive(Debug, Clone)]
pub struct Choice {
    pub incoming: Server,
    pub outgoing: Option<Server>,
    pub leave_copy: bool,
}

pub struct Receive {
    address: Address,
    incoming: Vec<Server>,
    outgoing: Vec<Server>,
    protocol: Protocol,
    leave_copy: bool,
    details: bool,
    trust_confirmed: bool,
}

#[derive(Debug, Clone)]
pub enum Message {
    Choose(Protocol),
    LeaveCopy(bool),
    ToggleDetails,
    Trust(bool),
    Continue,
    Back,
}

pub enum Action {
    None,
    Back,
    Continue(Choice),
}

impl Receive {
    pub fn new(d: &Discovery) -> Receive {
        let protocol = d.incoming.first().map_or(Protocol::Imap, |s| s.protocol);
        Receive {
            address: d.address.clone(),
            incoming: d.incoming.clone(),
            outgoing: d.outgoing.clone(),
            protocol,
            leave_copy: true,
            details: false,
            trust_confirmed: false,
        }
    }

    fn offers(&self, p: Protocol) -> bool {
        self.incoming.iter().any(|s| s.protocol == p)
    }

    fn chosen(&self) -> Option<Choice> {
        let incoming = self
            .incoming
            .iter()
            .find(|s| s.protocol == self.protocol)?
            .clone();
        Some(Choice {
            incoming,
            outgoing: self.outgoing.first().cloned(),
            leave_copy: self.leave_copy,
        })
    }

    /// The domains the user must confirm before the password goes there.
    pub fn foreign_domains(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if let Some(c) = self.chosen() {
            for s in std::iter::once(&c.incoming).chain(c.outgoing.as_ref()) {
                if let Some(d) = s.foreign_domain(&self.address) {
                    if !out.contains(&d) {
                        out.push(d);
                    }
                }
            }
        }
        out
    }

    /// When there is nothing to choose and nothing to confirm, the step is skipped: the choice and the
    /// one-line note to show instead.
    pub fn skip(&self) -> Option<(Choice, String)> {
        let only = match (self.offers(Protocol::Imap), self.offers(Protocol::Pop3)) {
            (true, false) => t!("receive-only-imap"),
            (false, true) => t!("receive-only-pop3"),
            _ => return None,
        };
        if !self.foreign_domains().is_empty() {
            return None;
        }
        self.chosen().map(|c| (c, only))
    }

    fn can_continue(&self) -> bool {
        self.chosen().is_some() && (self.trust_confirmed || self.foreign_domains().is_empty())
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Choose(p) if self.offers(p) => {
                self.protocol = p;
                self.trust_confirmed = false;
            }
            Message::Choose(_) => {}
            Message::LeaveCopy(b) => self.leave_copy = b,
            Message::ToggleDetails => self.details = !self.details,
            Message::Trust(b) => self.trust_confirmed = b,
            Message::Continue => {
                if self.can_continue() {
                    if let Some(c) = self.chosen() {
                        return Action::Continue(c);
                    }
                }
            }
            Message::Back => return Action::Back,
        }
        Action::None
    }

    /// Up and Down switch between IMAP and POP3.
    pub fn other_protocol(&self) -> Message {
        Message::Choose(match self.protocol {
            Protocol::Imap => Protocol::Pop3,
            _ => Protocol::Imap,
        })
    }

    /// The protocols offered, each with its name and its explanation in plain words.
    fn protocols(&self) -> Vec<(Protocol, String, String)> {
        [
            (
                Protocol::Imap,
                t!("receive-imap"),
                t!("receive-imap-explained"),
            ),
            (
                Protocol::Pop3,
                t!("receive-pop3"),
                t!("receive-pop3-explained"),
            ),
        ]
        .into_iter()
        .filter(|(p, ..)| self.offers(*p))
        .collect()
    }

    fn details_words(&self) -> String {
        if self.details {
            t!("receive-hide-details")
        } else {
            t!("receive-show-details")
        }
    }

    /// The servers behind "Show details", one line a side.
    fn details_lines(&self) -> Option<[String; 2]> {
        let c = self.chosen()?;
        Some([
            t!("receive-incoming-server", server = c.incoming.line()),
            match &c.outgoing {
                Some(o) => t!("receive-outgoing-server", server = o.line()),
                None => t!("receive-no-outgoing"),
            },
        ])
    }

    /// The page for assistive technology (see [`Self::view`]).
    pub fn describe(&self) -> Page<Message> {
        let mut p = Page::new("receive");
        p.heading(t!("receive-title"));
        let options = self
            .protocols()
            .into_iter()
            .map(|(protocol, label, explained)| Radio {
                label,
                explained,
                selected: self.protocol == protocol,
                on_select: Message::Choose(protocol),
            })
            .collect();
        p.radios(t!("receive-title"), options);
        if self.protocol == Protocol::Pop3 {
            p.check(
                t!("receive-leave-copy"),
                self.leave_copy,
                Message::LeaveCopy,
            );
            if !self.leave_copy {
                p.status(Status::Warning, t!("receive-leave-copy-warning"));
            }
        }
        let foreign = self.foreign_domains();
        if !foreign.is_empty() {
            p.status(Status::Warning, t!("receive-foreign-title"));
            for d in &foreign {
                p.text(d.clone());
            }
            p.text(t!(
                "receive-foreign-explained",
                address_domain = self.address.registrable_domain()
            ));
            p.check(
                t!("receive-foreign-confirm", domain = foreign.join(", ")),
                self.trust_confirmed,
                Message::Trust,
            );
        }
        p.button(self.details_words(), Some(Message::ToggleDetails));
        if let (true, Some(lines)) = (self.details, self.details_lines()) {
            for l in lines {
                p.text(l);
            }
        }
        p.button(t!("back"), Some(Message::Back));
        p.default_button(
            t!("receive-continue"),
            self.can_continue().then_some(Message::Continue),
        );
        p
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut content = column![style::title(t!("receive-title"))];
        for (p, title, explained) in self.protocols() {
            content = content.push(
                style::choice_button(self.protocol == p, title, explained)
                    .on_press(Message::Choose(p)),
            );
        }
        if self.protocol == Protocol::Pop3 {
            content = content.push(
                checkbox(self.leave_copy)
                    .label(t!("receive-leave-copy"))
                    .text_size(style::TEXT)
                    .on_toggle(Message::LeaveCopy),
            );
            if !self.leave_copy {
                content = content.push(style::status_row(
                    Status::Warning,
                    style::small(t!("receive-leave-copy-warning")),
                ));
            }
        }
        let foreign = self.foreign_domains();
        if !foreign.is_empty() {
            let mut banner = column![style::status_row(
                Status::Warning,
                style::body(t!("receive-foreign-title")).font(style::STRONG)
            )]
            .spacing(8);
            for d in &foreign {
                banner = banner.push(text(d.clone()).size(style::BANNER).font(style::STRONG));
            }
            banner = banner.push(style::small(t!(
                "receive-foreign-explained",
                address_domain = self.address.registrable_domain()
            )));
            banner = banner.push(
                checkbox(self.trust_confirmed)
                    .label(t!("receive-foreign-confirm", domain = foreign.join(", ")))
                    .text_size(style::TEXT)
                    .on_toggle(Message::Trust),
            );
            content = content.push(style::notice(Status::Warning, banner));
        }
        content =
            content.push(style::link_button(self.details_words()).on_press(Message::ToggleDetails));
        if let (true, Some([incoming, outgoing])) = (self.details, self.details_lines()) {
            let d = column![style::small(incoming), style::small(outgoing)].spacing(4);
            content = content.push(style::card(d));
        }
        let back = style::secondary_button(t!("back")).on_press(Message::Back);
        let next = style::primary_button(t!("receive-continue"))
            .on_press_maybe(self.can_continue().then_some(Message::Continue));
        style::page(content, style::actions([back.into()], Some(next.into())))
    }
}
