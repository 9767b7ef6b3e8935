//! Step 5 when a check failed: "Something needs fixing" (the checker's problem and advice for each
//! side, Try again, Edit settings, and Copy details for your helpdesk). The other ending is
//! [`super::done`].

use iced::Element;
use iced::widget::{button, column, container, row, space, text};

use super::style;
use crate::check::CheckReport;
use crate::t;

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
