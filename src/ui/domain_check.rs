//! "Check my domain": the domain health findings (MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT, published
//! settings) in plain words, reachable from the first screen and from "Something needs fixing".

use iced::task::Handle;
use iced::widget::column;
use iced::{Element, Task};

use super::access::Page;
use super::network::SharedNet;
use super::style::{self, Status};
use crate::doctor::{self, DoctorOptions, Report};
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

async fn run(net: SharedNet, domain: String) -> Message {
    match net.get().await {
        Ok(n) => Message::Done(Box::new(
            doctor::doctor(&n, &domain, &DoctorOptions::default()).await,
        )),
        Err(e) => Message::SetupFailed(e.to_string()),
    }
}

impl DomainCheck {
    pub fn start(net: SharedNet, domain: String) -> (DomainCheck, Task<Message>) {
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

    /// The page for assistive technology (see [`Self::view`]).
    pub fn describe(&self) -> Page<Message> {
        let mut p = Page::new("domain-check");
        p.heading(t!("doctor-title"))
            .text(t!("doctor-intro", domain = self.domain.as_str()));
        match (&self.report, &self.failed) {
            (_, Some(e)) => {
                p.status(Status::Problem, e.clone());
            }
            (None, None) => {
                p.status(Status::InProgress, t!("doctor-running"));
            }
            (Some(r), None) => {
                for f in &r.findings {
                    let mut item = Page::new("finding");
                    item.text(f.message.clone());
                    if !f.advice.is_empty() {
                        item.text(t!("fix-what-to-do", advice = f.advice.as_str()));
                    }
                    p.group(finding_title(f), item);
                }
                let (status, words) = summary(r);
                p.status(status, words);
            }
        }
        p.button(t!("back"), Some(Message::Back));
        p
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut content = column![
            style::title(t!("doctor-title")),
            style::body(t!("doctor-intro", domain = self.domain.as_str())),
        ];
        match (&self.report, &self.failed) {
            (_, Some(e)) => {
                content = content.push(style::status_row(Status::Problem, style::body(e.clone())))
            }
            (None, None) => {
                content = content.push(style::status_row(
                    Status::InProgress,
                    style::body(t!("doctor-running")),
                ))
            }
            (Some(r), None) => {
                for f in &r.findings {
                    let mut item = column![
                        style::status_row(
                            mark(f.status),
                            style::body(finding_title(f)).font(style::STRONG)
                        ),
                        style::small(f.message.clone()),
                    ]
                    .spacing(4);
                    if !f.advice.is_empty() {
                        item = item.push(style::small(t!(
                            "fix-what-to-do",
                            advice = f.advice.as_str()
                        )));
                    }
                    content = content.push(style::card(item));
                }
                content = content.push(style::body(summary(r).1));
            }
        }
        let back = style::secondary_button(t!("back")).on_press(Message::Back);
        style::page(content, style::actions([back.into()], None))
    }
}

/// A finding's icon.
fn mark(s: doctor::Status) -> Status {
    match s {
        doctor::Status::Ok => Status::Success,
        doctor::Status::Warning => Status::Warning,
        doctor::Status::Problem => Status::Problem,
        doctor::Status::Unknown => Status::Skipped,
    }
}

/// A finding's heading: what was checked, and how it came out.
fn finding_title(f: &doctor::Finding) -> String {
    format!("{} — {}", f.check.label(), f.status.label())
}

/// The line under the findings.
fn summary(r: &Report) -> (Status, String) {
    if r.has_problem() {
        (Status::Problem, t!("doctor-summary-problem"))
    } else {
        (Status::Success, t!("doctor-summary-ok"))
    }
}
