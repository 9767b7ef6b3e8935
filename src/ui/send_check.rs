//! "Send a test message": the send-and-receive test ([`crate::check::send_test`]) as a small panel,
//! on the Done page (for the account just checked) and at the end of "Fix my existing email". The
//! test runs as a task owned by the panel: leaving the page stops it.

use iced::task::Handle;
use iced::widget::column;
use iced::{Element, Task};

use super::access::Page;
use super::network::SharedNet;
use super::style::{self, Status};
use crate::address::Address;
use crate::check::send_test::{self, TestMessage};
use crate::check::{CheckTimeouts, LoginSecret};
use crate::model::Server;
use crate::t;

/// The panel: not run yet, running, or its result.
#[derive(Default)]
pub struct SendCheck {
    pub running: bool,
    pub result: Option<Result<Box<TestMessage>, String>>,
    task: Option<Handle>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Start,
    Finished(Box<Result<TestMessage, String>>),
}

/// What the test needs: the servers as the check finally tried them, and the password.
#[derive(Clone)]
pub struct Target {
    pub address: Address,
    pub incoming: Server,
    pub outgoing: Server,
    pub secret: LoginSecret,
}

async fn run(net: SharedNet, target: Target) -> Message {
    let result = match net.get().await {
        Ok(n) => Ok(send_test::send_test(
            &n,
            &target.address,
            &target.incoming,
            &target.outgoing,
            &target.secret,
            send_test::DEFAULT_WAIT,
            &CheckTimeouts::default(),
        )
        .await),
        Err(e) => Err(t!("finding-setup-failed", reason = e.to_string())),
    };
    Message::Finished(Box::new(result))
}

impl SendCheck {
    /// Starts the test (once at a time).
    pub fn start(&mut self, net: SharedNet, target: Target) -> Task<Message> {
        if self.running {
            return Task::none();
        }
        self.running = true;
        self.result = None;
        let (task, handle) = Task::perform(run(net, target), |m| m).abortable();
        self.task = Some(handle.abort_on_drop());
        task
    }

    /// The result arrived.
    pub fn finished(&mut self, r: Result<TestMessage, String>) {
        self.running = false;
        self.task = None;
        self.result = Some(r.map(Box::new));
    }

    /// The button and, once run, what happened, in words.
    /// How the last test came out: its status and its lines.
    fn outcome(&self) -> Option<(Status, Vec<String>)> {
        match self.result.as_ref()? {
            Ok(tm) if tm.ok() => Some((Status::Success, tm.in_words())),
            Ok(tm) => Some((Status::Problem, tm.in_words())),
            Err(e) => Some((Status::Problem, vec![e.clone()])),
        }
    }

    /// The part for assistive technology (see [`Self::view`]).
    pub fn describe(&self) -> Page<Message> {
        let mut p = Page::new("send-test");
        p.button(
            t!("send-test-button"),
            (!self.running).then_some(Message::Start),
        );
        if self.running {
            p.status(Status::InProgress, t!("send-test-waiting"));
        }
        if let Some((status, lines)) = self.outcome() {
            p.status(status, lines.join(" "));
        }
        p
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut col = column![
            style::compact_button(t!("send-test-button"))
                .on_press_maybe((!self.running).then_some(Message::Start)),
        ]
        .spacing(6);
        if self.running {
            col = col.push(style::status_row(
                Status::InProgress,
                style::small(t!("send-test-waiting")),
            ));
        }
        if let Some((status, words)) = self.outcome() {
            let mut lines = column![].spacing(4);
            for line in words {
                lines = lines.push(style::small(line));
            }
            col = col.push(style::status_row(status, lines));
        }
        col.into()
    }
}

impl super::App {
    /// "Send a test message" on the Done page, for the account just checked.
    pub(super) fn send_test_start(&mut self) -> Task<super::Message> {
        let address = self.address.clone();
        let secret = self
            .checked_with
            .clone()
            .unwrap_or_else(|| LoginSecret::Password(self.password.clone()));
        let net = self.net.clone();
        let (Some(address), super::Step::Done(done)) = (address, &mut self.step) else {
            return Task::none();
        };
        let Some(out) = done.report.outgoing.as_ref() else {
            return Task::none();
        };
        let target = Target {
            address,
            incoming: done.report.incoming.server.clone(),
            outgoing: out.server.clone(),
            secret,
        };
        done.send_check
            .start(net, target)
            .map(|m| super::Message::Done(super::DoneMessage::SendTest(m)))
    }
}
