//! Step 4, "Checking your account": incoming and outgoing side by side, each with a turning
//! progress icon; the result is the next page. The check task belongs to this step and stops when
//! the step is left.

use iced::task::Handle;
use iced::widget::{column, row};
use iced::{Element, Task};

use super::access::Page;
use super::network::SharedNet;
use super::receive::Choice;
use super::style::{self, Status};
use crate::address::Address;
use crate::check::{self, CheckReport, CheckTimeouts, LoginSecret};
use crate::model::Secret;
use crate::t;

pub struct Checking {
    pub choice: Choice,
    note: Option<String>,
    frame: usize,
    _task: Handle,
}

#[derive(Debug, Clone)]
pub enum Message {
    Tick,
    Done(Box<CheckReport>),
    SetupFailed(String),
    Back,
}

pub enum Action {
    None,
    Back,
    Done(Box<CheckReport>),
    Failed(String),
}

/// Ticks in one turn of the in-progress icon.
const FRAMES: usize = 8;

/// The check itself, off the UI thread.
pub async fn run(net: SharedNet, addr: Address, choice: Choice, secret: LoginSecret) -> Message {
    let net = match net.get().await {
        Ok(n) => n,
        Err(e) => return Message::SetupFailed(e.to_string()),
    };
    let report = check::check_with(
        &net,
        &addr,
        &choice.incoming,
        choice.outgoing.as_ref(),
        &secret,
        &CheckTimeouts::default(),
    )
    .await;
    Message::Done(Box::new(report))
}

impl Checking {
    pub fn start(
        net: SharedNet,
        addr: &Address,
        choice: Choice,
        password: Secret<String>,
        note: Option<String>,
    ) -> (Checking, Task<Message>) {
        Checking::start_with(net, addr, choice, LoginSecret::Password(password), note)
    }

    /// The same with the password or an access token from a sign-in.
    pub fn start_with(
        net: SharedNet,
        addr: &Address,
        choice: Choice,
        secret: LoginSecret,
        note: Option<String>,
    ) -> (Checking, Task<Message>) {
        let (task, handle) =
            Task::perform(run(net, addr.clone(), choice.clone(), secret), |m| m).abortable();
        (
            Checking {
                choice,
                note,
                frame: 0,
                _task: handle.abort_on_drop(),
            },
            task,
        )
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Tick => self.frame = (self.frame + 1) % FRAMES,
            Message::Done(r) => return Action::Done(r),
            Message::SetupFailed(e) => return Action::Failed(e),
            Message::Back => return Action::Back,
        }
        Action::None
    }

    /// Each side's heading and server (the outgoing side may have none).
    fn sides(&self) -> [(String, String); 2] {
        [
            (t!("checking-incoming"), self.choice.incoming.host.clone()),
            (
                t!("checking-outgoing"),
                self.choice
                    .outgoing
                    .as_ref()
                    .map_or_else(|| t!("checking-no-outgoing"), |o| o.host.clone()),
            ),
        ]
    }

    /// The page for assistive technology (see [`Self::view`]).
    pub fn describe(&self) -> Page<Message> {
        let mut p = Page::new("checking");
        p.heading(t!("checking-title"));
        if let Some(n) = &self.note {
            p.text(n.clone());
        }
        p.text(t!("checking-intro"));
        for (title, host) in self.sides() {
            let mut side = Page::new("side");
            side.text(host).text(t!("checking-busy"));
            p.group(title, side);
        }
        p.button(t!("cancel"), Some(Message::Back));
        p
    }

    pub fn view(&self) -> Element<'_, Message> {
        // The in-progress icon turns an eighth of a circle a tick.
        let turn = iced::Radians(std::f32::consts::TAU * self.frame as f32 / FRAMES as f32);
        let side = |title: String, host: String| {
            style::card(
                column![
                    style::body(title).font(style::STRONG),
                    style::small(host),
                    row![
                        style::icon(Status::InProgress).rotation(turn),
                        style::body(t!("checking-busy"))
                    ]
                    .spacing(10)
                    .align_y(iced::Alignment::Center),
                ]
                .spacing(style::TIGHT),
            )
        };
        let [(t_in, h_in), (t_out, h_out)] = self.sides();
        let (incoming, outgoing) = (side(t_in, h_in), side(t_out, h_out));
        let mut content = column![style::title(t!("checking-title"))];
        if let Some(n) = &self.note {
            content = content.push(style::small(n.clone()));
        }
        content = content
            .push(style::body(t!("checking-intro")))
            .push(row![incoming, outgoing].spacing(16));
        let cancel = style::secondary_button(t!("cancel")).on_press(Message::Back);
        style::page(content, style::actions([cancel.into()], None))
    }
}
