//! Step 2, "Finding your settings": every source as a live checklist. The lookup task belongs to this
//! step: it is aborted when the step is left (Back, Cancel) because its handle aborts on drop.

use iced::Element;
use iced::futures::SinkExt;
use iced::task::Handle;
use iced::widget::{column, space};
use iced::{Task, stream};

use super::access::Page;
use super::network::SharedNet;
use super::style::{self, Status};
use crate::address::Address;
use crate::discover::{self, Discovery, Options, Progress, SourceStatus};
use crate::model::SourceId;
use crate::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Row {
    Waiting,
    Running,
    Ended(SourceStatus),
}

impl Row {
    /// The row's icon and words.
    fn mark_and_words(self) -> (Status, String) {
        match self {
            Row::Waiting => (Status::Waiting, t!("finding-waiting")),
            Row::Running => (Status::InProgress, SourceStatus::Running.words()),
            Row::Ended(status) => (
                match status {
                    SourceStatus::Running => Status::InProgress,
                    SourceStatus::Found => Status::Success,
                    _ => Status::Skipped,
                },
                status.words(),
            ),
        }
    }
}

pub struct Finding {
    domain: String,
    rows: Vec<(SourceId, Row)>,
    /// Set when the lookup ended with nothing usable (or could not start).
    nothing: Option<String>,
    _task: Option<Handle>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Progress(Progress),
    Done(Box<Discovery>),
    /// The network layer could not be set up.
    SetupFailed(String),
    Back,
    Manual,
}

pub enum Action {
    None,
    Back,
    Found(Box<Discovery>),
    Manual,
}

/// The lookup as a stream of messages: progress events, then the result.
pub fn lookup(
    net: SharedNet,
    addr: Address,
    opts: Options,
) -> impl iced::futures::Stream<Item = Message> {
    stream::channel(
        64,
        move |mut out: iced::futures::channel::mpsc::Sender<Message>| async move {
            let net = match net.get().await {
                Ok(n) => n,
                Err(e) => {
                    let _ = out.send(Message::SetupFailed(e.to_string())).await;
                    return;
                }
            };
            let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
            let run = discover::discover(&net, &addr, &opts, Some(tx));
            tokio::pin!(run);
            let result = loop {
                tokio::select! {
                    d = &mut run => break d,
                    Some(p) = rx.recv() => { let _ = out.send(Message::Progress(p)).await; }
                }
            };
            while let Ok(p) = rx.try_recv() {
                let _ = out.send(Message::Progress(p)).await;
            }
            let _ = out.send(Message::Done(Box::new(result))).await;
        },
    )
}

impl Finding {
    pub fn start(net: SharedNet, addr: &Address, opts: Options) -> (Finding, Task<Message>) {
        let (task, handle) = Task::run(lookup(net, addr.clone(), opts), |m| m).abortable();
        let finding = Finding {
            domain: addr.domain_unicode(),
            rows: SourceId::ALL.iter().map(|s| (*s, Row::Waiting)).collect(),
            nothing: None,
            _task: Some(handle.abort_on_drop()),
        };
        (finding, task)
    }

    /// The screen for a lookup or check that could not even start (e.g. no network configuration).
    pub fn failed(addr: &Address, reason: String) -> Finding {
        Finding {
            domain: addr.domain_unicode(),
            rows: SourceId::ALL.iter().map(|s| (*s, Row::Waiting)).collect(),
            nothing: Some(t!("finding-setup-failed", reason = reason)),
            _task: None,
        }
    }

    fn set(&mut self, source: SourceId, row: Row) {
        if let Some(r) = self.rows.iter_mut().find(|(s, _)| *s == source) {
            r.1 = row;
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Progress(Progress::Started(s)) => self.set(s, Row::Running),
            Message::Progress(Progress::Found { source, .. }) => {
                self.set(source, Row::Ended(SourceStatus::Found))
            }
            Message::Progress(Progress::Finished(r)) => self.set(r.name, Row::Ended(r.status)),
            Message::Progress(Progress::Final) => {}
            Message::Done(d) => {
                if d.incoming.is_empty() {
                    self.nothing = Some(t!("finding-nothing", domain = self.domain.as_str()));
                } else {
                    return Action::Found(d);
                }
            }
            Message::SetupFailed(e) => self.nothing = Some(t!("finding-setup-failed", reason = e)),
            Message::Back => return Action::Back,
            Message::Manual => return Action::Manual,
        }
        Action::None
    }

    /// Enter: go on by hand once nothing was found.
    pub fn primary(&self) -> Option<Message> {
        self.nothing.as_ref().map(|_| Message::Manual)
    }

    /// The back button's words: Cancel while looking, Back once the lookup ended.
    fn back_words(&self) -> String {
        if self.nothing.is_some() {
            t!("back")
        } else {
            t!("cancel")
        }
    }

    /// The page for assistive technology (see [`Self::view`]). The sources' rows are plain lines,
    /// not announced one by one: the next page, or the notice when nothing was found, is.
    pub fn describe(&self) -> Page<Message> {
        let mut p = Page::new("finding");
        p.heading(t!("finding-title"))
            .text(t!("finding-intro", domain = self.domain.as_str()));
        for (source, state) in &self.rows {
            p.text(format!("{}: {}", source.label(), state.mark_and_words().1));
        }
        if let Some(why) = &self.nothing {
            p.status(Status::Warning, why.clone());
        }
        p.button(self.back_words(), Some(Message::Back));
        if self.nothing.is_some() {
            p.default_button(t!("finding-manual"), Some(Message::Manual));
        }
        p
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut list = column![].spacing(10);
        for (source, state) in &self.rows {
            let (mark, words) = state.mark_and_words();
            list = list.push(
                style::status_row(mark, style::body(source.label()))
                    .push(space::horizontal())
                    .push(style::small(words)),
            );
        }
        let mut content = column![
            style::title(t!("finding-title")),
            style::body(t!("finding-intro", domain = self.domain.as_str())),
            style::card(list),
        ];
        let back = style::secondary_button(self.back_words()).on_press(Message::Back);
        let mut manual = None;
        if let Some(why) = &self.nothing {
            content = content.push(style::notice(Status::Warning, style::body(why.clone())));
            manual = Some(
                style::primary_button(t!("finding-manual"))
                    .on_press(Message::Manual)
                    .into(),
            );
        }
        style::page(content, style::actions([back.into()], manual))
    }
}
