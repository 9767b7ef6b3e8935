//! Step 5: "Your email is ready" (with saving the password to the system keyring), or "Something needs
//! fixing" (the checker's problem and advice for each side, Try again, Edit settings, and Copy details
//! for your helpdesk).

use iced::Element;
use iced::widget::{button, checkbox, column, container, row, space, text};

use super::style;
use crate::check::{CheckReport, ServerCheck};
use crate::secrets::KeyringError;
use crate::t;

pub struct Done {
    pub report: CheckReport,
    pub save: bool,
    pub saving: bool,
    pub saved: Option<Result<(), KeyringError>>,
    /// What the last "Set up an app" button did.
    pub exported: Option<Result<String, String>>,
    /// The apps offered (a helpdesk preset may offer fewer).
    pub offer: Vec<App>,
}

/// The apps "Set up an app" can prepare.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum App {
    Thunderbird,
    AppleMail,
    AndroidQr,
    Sheet,
}

impl App {
    pub const ALL: [App; 4] = [App::Thunderbird, App::AppleMail, App::AndroidQr, App::Sheet];

    /// The export format behind this button.
    pub fn format(self) -> crate::export::Format {
        match self {
            App::Thunderbird => crate::export::Format::Thunderbird,
            App::AppleMail => crate::export::Format::Apple,
            App::AndroidQr => crate::export::Format::AndroidQr,
            App::Sheet => crate::export::Format::Sheet,
        }
    }
}

#[derive(Debug, Clone)]
pub enum DoneMessage {
    Save(bool),
    Finish,
    Saved(Result<(), KeyringError>),
    Close,
    Export(App),
    Exported(Result<String, String>),
}

pub enum DoneAction {
    None,
    SavePassword,
    Close,
    Export(App),
}

impl Done {
    pub fn new(report: CheckReport) -> Done {
        Done {
            report,
            save: true,
            saving: false,
            saved: None,
            exported: None,
            offer: App::ALL.to_vec(),
        }
    }

    pub fn update(&mut self, m: DoneMessage) -> DoneAction {
        match m {
            DoneMessage::Save(b) => self.save = b,
            DoneMessage::Finish if self.saved.is_some() || !self.save => return DoneAction::Close,
            DoneMessage::Finish if !self.saving => {
                self.saving = true;
                return DoneAction::SavePassword;
            }
            DoneMessage::Finish => {}
            DoneMessage::Saved(r) => {
                self.saving = false;
                self.saved = Some(r);
            }
            DoneMessage::Close => return DoneAction::Close,
            DoneMessage::Export(app) => return DoneAction::Export(app),
            DoneMessage::Exported(r) => self.exported = Some(r),
        }
        DoneAction::None
    }

    pub fn view(&self) -> Element<'_, DoneMessage> {
        let mut content = column![
            text(t!("done-title")).size(style::TITLE),
            text(t!("done-intro")).size(style::TEXT),
        ]
        .spacing(style::SPACING);
        for c in std::iter::once(&self.report.incoming).chain(self.report.outgoing.as_ref()) {
            content = content.push(text(format!("✓ {}", side_line(c))).size(style::TEXT));
            for n in &c.notes {
                content = content.push(text(n.clone()).size(style::SMALL));
            }
            if let Some(a) = &c.alert {
                content = content
                    .push(text(t!("done-server-message", message = a.as_str())).size(style::SMALL));
            }
        }
        content = content.push(
            checkbox(self.save)
                .label(t!("done-save-password"))
                .text_size(style::TEXT)
                .on_toggle_maybe(
                    (self.saved.is_none() && !self.saving).then_some(DoneMessage::Save),
                ),
        );
        match &self.saved {
            Some(Ok(())) => {
                content = content.push(
                    text(t!("done-saved"))
                        .size(style::TEXT)
                        .style(text::success),
                )
            }
            Some(Err(e)) => {
                let why = match e {
                    KeyringError::Locked(_) => t!("done-keyring-locked"),
                    KeyringError::Unavailable(_) => t!("done-keyring-missing"),
                    KeyringError::Other(_) => t!("done-keyring-failed"),
                };
                content = content.push(text(why).size(style::TEXT).style(text::warning));
            }
            None if self.saving => {
                content = content.push(text(t!("done-saving")).size(style::SMALL))
            }
            None => {}
        }
        if !self.offer.is_empty() {
            content = content.push(text(t!("done-apps")).size(style::TEXT));
        }
        let apps = [
            (App::Thunderbird, t!("done-app-thunderbird")),
            (App::AppleMail, t!("done-app-apple")),
            (App::AndroidQr, t!("done-app-android")),
            (App::Sheet, t!("done-app-sheet")),
        ];
        let buttons = apps
            .into_iter()
            .filter(|(app, _)| self.offer.contains(app))
            .map(|(app, label)| {
                button(text(label).size(style::SMALL))
                    .style(button::secondary)
                    .on_press(DoneMessage::Export(app))
                    .into()
            });
        content = content.push(iced::widget::Row::with_children(buttons).spacing(8));
        match &self.exported {
            Some(Ok(msg)) => {
                content = content.push(text(msg.clone()).size(style::SMALL).style(text::success))
            }
            Some(Err(e)) => {
                content = content.push(text(e.clone()).size(style::SMALL).style(text::danger))
            }
            None => {}
        }
        let finish_label = if self.saved.is_some() || !self.save {
            t!("done-close")
        } else {
            t!("done-finish")
        };
        content
            .push(row![
                space::horizontal(),
                button(text(finish_label).size(style::TEXT))
                    .padding([10, 24])
                    .style(button::primary)
                    .on_press_maybe((!self.saving).then_some(DoneMessage::Finish)),
            ])
            .into()
    }
}

fn side_line(c: &ServerCheck) -> String {
    match c.server.protocol.direction() {
        crate::model::Direction::Incoming => {
            t!("done-incoming-works", host = c.server.host.as_str())
        }
        crate::model::Direction::Outgoing => {
            t!("done-outgoing-works", host = c.server.host.as_str())
        }
    }
}

pub struct Fix {
    pub report: CheckReport,
    pub copied: bool,
}

#[derive(Debug, Clone)]
pub enum FixMessage {
    TryAgain,
    Edit,
    Copy,
    Back,
}

impl Fix {
    pub fn view(&self) -> Element<'_, FixMessage> {
        let mut content = column![text(t!("fix-title")).size(style::TITLE)].spacing(style::SPACING);
        let sides = [
            (t!("fix-incoming"), Some(&self.report.incoming)),
            (t!("fix-outgoing"), self.report.outgoing.as_ref()),
        ];
        for (label, check) in sides {
            let block: Element<'_, FixMessage> = match check {
                Some(c) if c.ok => text(format!("✓ {label}: {}", t!("fix-works")))
                    .size(style::TEXT)
                    .into(),
                Some(c) => {
                    let p = c.problem.clone();
                    let mut col = column![text(format!("✗ {label}")).size(style::TEXT)].spacing(6);
                    if let Some(p) = p {
                        col = col.push(text(p.message).size(style::TEXT));
                        col = col
                            .push(text(t!("fix-what-to-do", advice = p.advice)).size(style::SMALL));
                    }
                    for n in &c.notes {
                        col = col.push(text(n.clone()).size(style::SMALL));
                    }
                    container(col)
                        .padding(12)
                        .width(iced::Length::Fill)
                        .style(container::bordered_box)
                        .into()
                }
                None => column![
                    text(format!("✗ {label}")).size(style::TEXT),
                    text(t!("fix-no-outgoing")).size(style::TEXT)
                ]
                .spacing(6)
                .into(),
            };
            content = content.push(block);
        }
        if self.copied {
            content = content.push(
                text(t!("fix-copied"))
                    .size(style::SMALL)
                    .style(text::success),
            );
        }
        content
            .push(
                button(text(t!("fix-copy")).size(style::TEXT))
                    .padding([10, 20])
                    .style(button::secondary)
                    .on_press(FixMessage::Copy),
            )
            .push(
                row![
                    button(text(t!("back")).size(style::TEXT))
                        .padding([10, 20])
                        .style(button::secondary)
                        .on_press(FixMessage::Back),
                    space::horizontal(),
                    button(text(t!("fix-edit")).size(style::TEXT))
                        .padding([10, 20])
                        .style(button::secondary)
                        .on_press(FixMessage::Edit),
                    button(text(t!("fix-try-again")).size(style::TEXT))
                        .padding([10, 20])
                        .style(button::primary)
                        .on_press(FixMessage::TryAgain),
                ]
                .spacing(8),
            )
            .into()
    }
}
