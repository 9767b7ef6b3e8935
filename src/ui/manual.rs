//! "Edit settings": a form for the incoming and outgoing servers, each field validated, for when
//! nothing was found or the found settings need correcting.

use iced::Element;
use iced::widget::{column, radio, row, space, text};

use super::access::{Page, Radio};
use super::receive::Choice;
use super::style::{self, Status};
use crate::address::{Address, normalise_host};
use crate::model::{Auth, Protocol, Security, Server, SourceId};
use crate::t;

#[derive(Debug, Clone)]
pub struct Side {
    pub host: String,
    pub port: String,
    pub security: Security,
    pub username: String,
}

pub struct Manual {
    pub protocol: Protocol,
    pub incoming: Side,
    pub outgoing: Side,
    /// Shown after the first attempt to continue.
    show_errors: bool,
    /// Incoming protocols people may choose (a helpdesk preset may allow only one).
    pub allowed: Vec<Protocol>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Host,
    Port,
    Username,
}

#[derive(Debug, Clone)]
pub enum Message {
    Protocol(Protocol),
    Incoming(Field, String),
    Outgoing(Field, String),
    IncomingSecurity(Security),
    OutgoingSecurity(Security),
    Submit,
    Back,
}

pub enum Action {
    None,
    Back,
    Check(Choice),
}

fn side_from(s: Option<&Server>, fallback_host: String, port: u16, username: String) -> Side {
    match s {
        Some(s) => Side {
            host: s.host.clone(),
            port: s.port.to_string(),
            security: if s.security == Security::Starttls {
                Security::Starttls
            } else {
                Security::Tls
            },
            username: s.username.clone(),
        },
        None => Side {
            host: fallback_host,
            port: port.to_string(),
            security: Security::Tls,
            username,
        },
    }
}

/// Problems with one side's fields, in field order.
pub fn problems(side: &Side) -> Vec<(Field, String)> {
    let mut out = Vec::new();
    if normalise_host(&side.host).is_none() {
        out.push((Field::Host, t!("manual-bad-host")));
    }
    match side.port.trim().parse::<u16>() {
        Ok(p) if p > 0 => {}
        _ => out.push((Field::Port, t!("manual-bad-port"))),
    }
    if side.username.trim().is_empty() {
        out.push((Field::Username, t!("manual-bad-username")));
    }
    out
}

impl Manual {
    pub fn new(address: &Address, previous: Option<&Choice>) -> Manual {
        let d = address.domain();
        let user = address.to_string();
        let protocol = previous.map_or(Protocol::Imap, |c| c.incoming.protocol);
        Manual {
            protocol,
            incoming: side_from(
                previous.map(|c| &c.incoming),
                format!("mail.{d}"),
                Protocol::Imap.tls_port(),
                user.clone(),
            ),
            outgoing: side_from(
                previous.and_then(|c| c.outgoing.as_ref()),
                format!("mail.{d}"),
                Protocol::Smtp.tls_port(),
                user,
            ),
            show_errors: false,
            allowed: vec![Protocol::Imap, Protocol::Pop3],
        }
    }

    /// Limits the incoming protocols offered; the form switches to an allowed one if needed.
    pub fn allow_only(mut self, allowed: Vec<Protocol>) -> Manual {
        if let Some(&first) = allowed.first()
            && !allowed.contains(&self.protocol)
        {
            let _ = self.update(Message::Protocol(first));
        }
        self.allowed = allowed;
        self
    }

    fn server(protocol: Protocol, s: &Side) -> Option<Server> {
        Some(Server {
            protocol,
            host: normalise_host(&s.host)?,
            port: s.port.trim().parse().ok().filter(|p| *p > 0)?,
            security: s.security,
            username: s.username.trim().to_owned(),
            auth: Auth::PasswordCleartext,
            source: SourceId::Manual,
            url: "manual".into(),
            trusted: true,
            oauth: None,
        })
    }

    pub fn update(&mut self, message: Message) -> Action {
        let set = |side: &mut Side, f: Field, v: String| match f {
            Field::Host => side.host = v,
            Field::Port => side.port = v,
            Field::Username => side.username = v,
        };
        match message {
            Message::Protocol(p) => {
                if !self.allowed.contains(&p) {
                    return Action::None;
                }
                self.protocol = p;
                // Move the port along when it is still the other incoming protocol's standard one
                // (as typed: "0993" stays).
                let other = match p {
                    Protocol::Imap => Some(Protocol::Pop3),
                    Protocol::Pop3 => Some(Protocol::Imap),
                    Protocol::Smtp => None,
                };
                let typed = self.incoming.port.trim();
                let swap = other.and_then(|o| {
                    let n = typed
                        .parse::<u16>()
                        .ok()
                        .filter(|n| n.to_string() == typed)?;
                    o.security_of_port(n).map(|sec| p.standard_port(sec))
                });
                if let Some(port) = swap {
                    self.incoming.port = port.to_string();
                }
            }
            Message::Incoming(f, v) => set(&mut self.incoming, f, v),
            Message::Outgoing(f, v) => set(&mut self.outgoing, f, v),
            Message::IncomingSecurity(s) => self.incoming.security = s,
            Message::OutgoingSecurity(s) => self.outgoing.security = s,
            Message::Submit => {
                self.show_errors = true;
                if let (Some(incoming), Some(outgoing)) = (
                    Self::server(self.protocol, &self.incoming),
                    Self::server(Protocol::Smtp, &self.outgoing),
                ) {
                    return Action::Check(Choice {
                        incoming,
                        outgoing: Some(outgoing),
                        leave_copy: true,
                    });
                }
            }
            Message::Back => return Action::Back,
        }
        Action::None
    }

    /// The problems shown for a side (none before the first attempt to continue).
    fn shown_problems(&self, side: &Side) -> Vec<(Field, String)> {
        if self.show_errors {
            problems(side)
        } else {
            Vec::new()
        }
    }

    /// One side for assistive technology (see [`Self::side_view`]).
    fn describe_side(
        &self,
        side: &Side,
        prefix: &'static str,
        on: fn(Field, String) -> Message,
        on_security: fn(Security) -> Message,
    ) -> Page<Message> {
        let errors = self.shown_problems(side);
        let mut p = Page::new(prefix);
        let field = |p: &mut Page<Message>, f: Field, name: &str, label: String, text: &str| {
            p.field(format!("{prefix}-{name}"), label, text, move |v| on(f, v));
            if let Some((_, e)) = errors.iter().find(|(g, _)| *g == f) {
                p.status(Status::Problem, e.clone());
            }
        };
        field(&mut p, Field::Host, "host", t!("manual-host"), &side.host);
        field(&mut p, Field::Port, "port", t!("manual-port"), &side.port);
        let security = [
            (Security::Tls, t!("manual-security-tls")),
            (Security::Starttls, t!("manual-security-starttls")),
        ]
        .into_iter()
        .map(|(s, label)| Radio {
            label,
            explained: String::new(),
            selected: side.security == s,
            on_select: on_security(s),
        })
        .collect();
        p.radios(t!("manual-security"), security);
        field(
            &mut p,
            Field::Username,
            "user",
            t!("manual-username"),
            &side.username,
        );
        p
    }

    /// The page for assistive technology (see [`Self::view`]).
    pub fn describe(&self) -> Page<Message> {
        let mut p = Page::new("manual");
        p.heading(t!("manual-title")).text(t!("manual-intro"));
        if let [only] = self.allowed.as_slice() {
            p.text(t!("manual-only-protocol", protocol = only.to_string()));
        } else {
            let options = [
                (Protocol::Imap, t!("manual-imap")),
                (Protocol::Pop3, t!("manual-pop3")),
            ]
            .into_iter()
            .filter(|(protocol, _)| self.allowed.contains(protocol))
            .map(|(protocol, label)| Radio {
                label,
                explained: String::new(),
                selected: self.protocol == protocol,
                on_select: Message::Protocol(protocol),
            })
            .collect();
            p.radios(t!("manual-protocol"), options);
        }
        let incoming = self.describe_side(
            &self.incoming,
            "in",
            Message::Incoming,
            Message::IncomingSecurity,
        );
        p.group(t!("manual-incoming"), incoming);
        let outgoing = self.describe_side(
            &self.outgoing,
            "out",
            Message::Outgoing,
            Message::OutgoingSecurity,
        );
        p.group(t!("manual-outgoing"), outgoing);
        p.button(t!("back"), Some(Message::Back));
        p.default_button(t!("manual-check"), Some(Message::Submit));
        p
    }

    fn side_view<'a>(
        &self,
        title: String,
        side: &'a Side,
        prefix: &'static str,
        on: fn(Field, String) -> Message,
        on_security: fn(Security) -> Message,
    ) -> Element<'a, Message> {
        let errors = self.shown_problems(side);
        let error_for = |f: Field| -> Element<'a, Message> {
            match errors.iter().find(|(g, _)| *g == f) {
                Some((_, e)) => {
                    style::status_row(Status::Problem, style::small(e.clone()).style(text::danger))
                        .into()
                }
                None => space::vertical().height(0).into(),
            }
        };
        let id = |name: &str| format!("{prefix}-{name}");
        column![
            style::body(title).font(style::STRONG),
            style::small(t!("manual-host")),
            style::field("mail.example.com", &side.host)
                .id(id("host"))
                .on_input(move |v| on(Field::Host, v))
                .on_submit(Message::Submit),
            error_for(Field::Host),
            style::small(t!("manual-port")),
            style::field("993", &side.port)
                .id(id("port"))
                .on_input(move |v| on(Field::Port, v))
                .on_submit(Message::Submit),
            error_for(Field::Port),
            row![
                radio(
                    t!("manual-security-tls"),
                    Security::Tls,
                    Some(side.security),
                    on_security
                )
                .text_size(style::SMALL),
                radio(
                    t!("manual-security-starttls"),
                    Security::Starttls,
                    Some(side.security),
                    on_security
                )
                .text_size(style::SMALL),
            ]
            .spacing(16),
            style::small(t!("manual-username")),
            style::field("", &side.username)
                .id(id("user"))
                .on_input(move |v| on(Field::Username, v))
                .on_submit(Message::Submit),
            error_for(Field::Username),
        ]
        .spacing(6)
        .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let choices = [
            (Protocol::Imap, t!("manual-imap")),
            (Protocol::Pop3, t!("manual-pop3")),
        ];
        let protocol: Element<'_, Message> = if let [only] = self.allowed.as_slice() {
            style::body(t!("manual-only-protocol", protocol = only.to_string())).into()
        } else {
            iced::widget::Row::with_children(
                choices
                    .into_iter()
                    .filter(|(p, _)| self.allowed.contains(p))
                    .map(|(p, label)| {
                        radio(label, p, Some(self.protocol), Message::Protocol)
                            .text_size(style::TEXT)
                            .into()
                    }),
            )
            .spacing(24)
            .into()
        };
        let content = column![
            style::title(t!("manual-title")),
            style::body(t!("manual-intro")),
            protocol,
            style::card(self.side_view(
                t!("manual-incoming"),
                &self.incoming,
                "in",
                Message::Incoming,
                Message::IncomingSecurity
            )),
            style::card(self.side_view(
                t!("manual-outgoing"),
                &self.outgoing,
                "out",
                Message::Outgoing,
                Message::OutgoingSecurity
            )),
        ];
        let back = style::secondary_button(t!("back")).on_press(Message::Back);
        let check = style::primary_button(t!("manual-check")).on_press(Message::Submit);
        style::page(content, style::actions([back.into()], Some(check.into())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_incoming_port_follows_the_protocol_while_it_is_standard() {
        let a = Address::parse("jo@example.com").expect("address");
        let mut form = Manual::new(&a, None);
        let mut switch = |to: Protocol, port: &str| {
            form.incoming.port = port.into();
            let _ = form.update(Message::Protocol(to));
            form.incoming.port.clone()
        };
        assert_eq!(switch(Protocol::Pop3, "993"), "995");
        assert_eq!(switch(Protocol::Pop3, " 143 "), "110");
        assert_eq!(switch(Protocol::Imap, "995"), "993");
        assert_eq!(switch(Protocol::Imap, "110"), "143");
        // Already the protocol's own, another port, or not written as a standard one: kept.
        assert_eq!(switch(Protocol::Imap, "993"), "993");
        assert_eq!(switch(Protocol::Pop3, "587"), "587");
        assert_eq!(switch(Protocol::Pop3, "0993"), "0993");
        assert_eq!(switch(Protocol::Pop3, "+993"), "+993");
    }
}
