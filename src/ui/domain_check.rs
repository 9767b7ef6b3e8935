//! "Check my domain": the domain health findings (MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT, published
//! settings) in plain words, reachable from the first screen and from "Something needs fixing".

use iced::task::Handle;
use iced::widget::{button, column, container, row, scrollable, space, text};
use iced::{Element, Task};

use super::style;
use crate::doctor::{self, DoctorOptions, Report, Status};
use crate::net::{Net, NetConfig};
use crate::t;

pub struct DomainCheck {
    pub domain: String,
    pub report: Option<Report>,
    failed: Option<String>,
    _task: Handle,
}

#[derive(Debug, Clone)]
pub enum Message {
    Done(Box<Report>),
    SetupFailed(String),
    Back,
}

pub enum Action {
    None,
    Back,
}

async fn run(net: NetConfig, domain: String) -> Message {
    match Net::new(&net) {
        Ok(n) => Message::Done(Box::new(
            doctor::doctor(&n, &domain, &DoctorOptions::default()).await,
        )),
        Err(e) => Message::SetupFailed(e.to_string()),
    }
}

impl DomainCheck {
    pub fn start(net: NetConfig, domain: String) -> (DomainCheck, Task<Message>) {
        let (task, handle) = Task::perform(run(net, domain.clone()), |m| m).abortable();
        (
            DomainCheck {
                domain,
                report: None,
                failed: None,
                _task: handle.abort_on_drop(),
            },
            task,
        )
    }

    pub fn update(&mut self, m: Message) -> Action {
        match m {
            Message::Done(r) => self.report = Some(*r),
            Message::SetupFailed(e) => self.failed = Some(t!("finding-setup-failed", reason = e)),
            Message::Back => return Action::Back,
        }
        Action::None
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut content = column![
            text(t!("doctor-title")).size(style::TITLE),
            text(t!("doctor-intro", domain = self.domain.as_str())).size(style::TEXT),
        ]
        .spacing(style::SPACING);
        match (&self.report, &self.failed) {
            (_, Some(e)) => content = content.push(text(e.clone()).size(style::TEXT)),
            (None, None) => content = content.push(text(t!("doctor-running")).size(style::TEXT)),
            (Some(r), None) => {
                let mut list = column![].spacing(10);
                for f in &r.findings {
                    let mark = match f.status {
                        Status::Ok => "✓",
                        Status::Warning => "!",
                        Status::Problem => "✗",
                        Status::Unknown => "?",
                    };
                    let mut item = column![
                        text(format!("{mark} {} — {}", f.check.label(), f.status.label()))
                            .size(style::TEXT),
                        text(f.message.clone()).size(style::SMALL),
                    ]
                    .spacing(4);
                    if !f.advice.is_empty() {
                        item = item.push(
                            text(t!("fix-what-to-do", advice = f.advice.as_str()))
                                .size(style::SMALL),
                        );
                    }
                    let boxed = container(item).padding(10).width(iced::Length::Fill);
                    list = list.push(if f.status == Status::Problem {
                        boxed.style(container::bordered_box)
                    } else {
                        boxed
                    });
                }
                content = content.push(scrollable(list).height(iced::Length::Fill));
                content = content.push(
                    text(if r.has_problem() {
                        t!("doctor-summary-problem")
                    } else {
                        t!("doctor-summary-ok")
                    })
                    .size(style::TEXT),
                );
            }
        }
        content
            .push(row![
                button(text(t!("back")).size(style::TEXT))
                    .padding([10, 24])
                    .style(button::secondary)
                    .on_press(Message::Back),
                space::horizontal()
            ])
            .into()
    }
}
