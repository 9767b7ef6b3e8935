//! Step 5 when a check failed: "Something needs fixing" (the checker's problem and advice for each
//! side; after a refused password the password field right there, "Type your password again"; Try
//! again, Edit settings, and Copy details for your helpdesk). The other ending is [`super::done`].

use iced::Element;
use iced::widget::{column, row};

use super::access::Page;
use super::style::{self, Status};
use crate::check::CheckReport;
use crate::model::Secret;
use crate::t;

/// The id of the password field shown after a refused password.
pub const PASSWORD: &str = "fix-password";

pub struct Fix {
    pub report: CheckReport,
    pub copied: bool,
    /// The password typed again on this page (empty: try again with the one typed before).
    pub password: Secret<String>,
}

#[derive(Debug, Clone)]
pub enum FixMessage {
    TryAgain,
    Edit,
    Copy,
    Back,
    /// The password typed again; `Debug` shows it as `[redacted]`.
    Password(Secret<String>),
}

impl Fix {
    pub fn new(report: CheckReport) -> Fix {
        Fix {
            report,
            copied: false,
            password: Secret::new(String::new()),
        }
    }

    /// Whether a server refused the password (then the page asks for it again).
    pub fn wrong_password(&self) -> bool {
        self.report.wrong_password()
    }

    /// The page for assistive technology (see [`Self::view`]); `support` is the organisation's
    /// helpdesk, a heading and its lines.
    pub fn describe(&self, support: Option<(String, Vec<String>)>) -> Page<FixMessage> {
        let mut p = Page::new("fix");
        p.heading(t!("fix-title"));
        let mut working = Vec::new();
        for (label, check) in self.sides() {
            match check {
                Some(c) if c.ok => working.push(format!("{label}: {}", t!("fix-works"))),
                Some(c) => {
                    let mut side = Page::new("side");
                    if let Some(problem) = &c.problem {
                        side.status(Status::Problem, problem.message.clone())
                            .text(t!("fix-what-to-do", advice = problem.advice.as_str()));
                    }
                    for n in &c.notes {
                        side.text(n.clone());
                    }
                    p.group(label, side);
                }
                None => {
                    let mut side = Page::new("side");
                    side.status(Status::Problem, t!("fix-no-outgoing"));
                    p.group(label, side);
                }
            }
        }
        if self.wrong_password() {
            p.secret(
                PASSWORD,
                t!("fix-password-again"),
                self.password.expose(),
                |s| FixMessage::Password(Secret::new(s)),
            );
        }
        for w in working {
            p.status(Status::Success, w);
        }
        p.button(t!("fix-copy"), Some(FixMessage::Copy))
            .button(t!("fix-edit"), Some(FixMessage::Edit));
        if self.copied {
            p.status(Status::Success, t!("fix-copied"));
        }
        if let Some((heading, lines)) = support {
            let mut card = Page::new("support");
            for l in lines {
                card.text(l);
            }
            p.group(heading, card);
        }
        p.button(t!("back"), Some(FixMessage::Back))
            .default_button(t!("fix-try-again"), Some(FixMessage::TryAgain));
        p
    }

    /// Each side's heading and its check (the outgoing side may have none).
    fn sides(&self) -> [(String, Option<&crate::check::ServerCheck>); 2] {
        [
            (t!("fix-incoming"), Some(&self.report.incoming)),
            (t!("fix-outgoing"), self.report.outgoing.as_ref()),
        ]
    }

    /// The page; `support` is the organisation's helpdesk card, when a preset names one.
    pub fn view<'a>(&'a self, support: Option<Element<'a, FixMessage>>) -> Element<'a, FixMessage> {
        let mut content = column![style::title(t!("fix-title"))];
        let mut working = Vec::new();
        for (label, check) in self.sides() {
            let col = match check {
                Some(c) if c.ok => {
                    working.push(style::status_row(
                        Status::Success,
                        style::body(format!("{label}: {}", t!("fix-works"))),
                    ));
                    continue;
                }
                Some(c) => {
                    let mut col = column![style::status_row(
                        Status::Problem,
                        style::body(label).font(style::STRONG)
                    )];
                    if let Some(p) = &c.problem {
                        col = col
                            .push(style::body(p.message.clone()))
                            .push(style::small(t!(
                                "fix-what-to-do",
                                advice = p.advice.as_str()
                            )));
                    }
                    for n in &c.notes {
                        col = col.push(style::small(n.clone()));
                    }
                    col
                }
                None => column![
                    style::status_row(Status::Problem, style::body(label).font(style::STRONG)),
                    style::body(t!("fix-no-outgoing"))
                ],
            };
            content = content.push(style::card(col.spacing(style::TIGHT)));
        }
        // Right under the problem, so that it is in view even in a small window.
        if self.wrong_password() {
            content = content.push(
                column![
                    style::body(t!("fix-password-again")).font(style::STRONG),
                    style::field(&t!("you-password-placeholder"), self.password.expose())
                        .id(PASSWORD)
                        .secure(true)
                        .on_input(|s| FixMessage::Password(Secret::new(s)))
                        .on_submit(FixMessage::TryAgain),
                ]
                .spacing(style::TIGHT),
            );
        }
        for w in working {
            content = content.push(w);
        }
        content = content.push(
            row![
                style::link_button(t!("fix-copy")).on_press(FixMessage::Copy),
                style::link_button(t!("fix-edit")).on_press(FixMessage::Edit),
            ]
            .spacing(16)
            .wrap(),
        );
        if self.copied {
            content = content.push(style::status_row(
                Status::Success,
                style::small(t!("fix-copied")),
            ));
        }
        if let Some(s) = support {
            content = content.push(s);
        }
        let back = style::secondary_button(t!("back")).on_press(FixMessage::Back);
        let again = style::primary_button(t!("fix-try-again")).on_press(FixMessage::TryAgain);
        style::page(content, style::actions([back.into()], Some(again.into())))
    }
}
