//! The wizard window (iced). This is the only module that imports iced.
//!
//! Steps are modules, each with its own `Message`, an `update` that returns an action for the parent,
//! and a `view` (docs/design.md, "House style"). [`App`] owns the transitions. Network work runs in
//! tasks that belong to the step that started them and stop when it is left.
//!
//! Keyboard: Tab / Shift+Tab move between fields, Enter does the step's main action, Escape goes
//! back, Up / Down switch between IMAP and POP3.

pub mod access;
mod branding;
pub mod checking;
pub mod domain_check;
pub mod done;
mod ending;
pub mod existing;
pub mod finding;
mod keys;
mod lead;
pub mod manual;
pub mod network;
pub mod outcome;
pub mod password;
mod programs;
mod react;
pub mod receive;
pub mod send_check;
pub mod sign_in;
mod style;
mod window;
pub mod you;

use branding::{LogoHandle, logo_handle};
pub use programs::Programs;
pub use style::{FONT, settings, theme};
pub use window::{APP_ID, open, run};

use iced::keyboard::{self, Key};
use iced::widget::{column, container, operation};
use iced::{Element, Length, Subscription, Task};

use crate::address::Address;
use crate::discover::{Discovery, Options};
use crate::model::Secret;
use crate::net::NetConfig;
use crate::t;
use done::{Done, DoneMessage};
use outcome::{Fix, FixMessage};
use receive::{Choice, Receive};

/// Where the wizard is.
pub enum Step {
    You(you::You),
    Finding(finding::Finding),
    Receive(Receive),
    Checking(checking::Checking),
    Done(Done),
    Fix(Fix),
    Manual(manual::Manual),
    DomainCheck(domain_check::DomainCheck),
    SignIn(sign_in::SignIn),
    /// The password, asked after discovery when the plan needs it and none was typed.
    Password(password::AskPassword),
    Existing(Box<existing::Existing>),
}

/// The wizard.
pub struct App {
    net: network::SharedNet,
    pub options: Options,
    pub step: Step,
    /// What the user typed on the first screen (kept when going back).
    pub you: you::You,
    pub name: String,
    pub address: Option<Address>,
    pub password: Secret<String>,
    pub discovery: Option<Discovery>,
    pub choice: Option<Choice>,
    /// Where "Check my domain" returns to.
    pub before_domain_check: Option<Box<Step>>,
    /// Why a helpdesk preset that was found cannot be used (shown on the first screen).
    pub preset_error: Option<String>,
    /// The helpdesk preset in force (also in `options`, where discovery sees it).
    preset: Option<std::sync::Arc<crate::preset::Preset>>,
    /// The preset's logo, made into a widget handle once (cheap to clone in every `view`).
    logo: Option<LogoHandle>,
    /// The home folder and the mail programs installed (found at start; tests set their own).
    pub programs: Programs,
    /// The dark theme is in use (the window follows the system's light or dark setting).
    pub dark: bool,
    /// How the sign-in page opens the browser (tests bring their own).
    pub opener: sign_in::Opener,
    /// The issuer and refresh token of the last sign-in, kept in the keyring when the person saves.
    pub signed_in: Option<(String, Secret<String>)>,
    /// What the last check logged in with (the password, or the access token of a sign-in): the
    /// Done page's test message logs in with the same.
    checked_with: Option<crate::check::LoginSecret>,
    /// Assistive technology: whether a screen reader listens, and where the focus is.
    pub access: access::Listener,
}

#[derive(Debug, Clone)]
pub enum Message {
    You(you::Message),
    Finding(finding::Message),
    Receive(receive::Message),
    Checking(checking::Message),
    Done(DoneMessage),
    Fix(FixMessage),
    Manual(manual::Message),
    DomainCheck(domain_check::Message),
    SignIn(sign_in::Message),
    Password(password::Message),
    /// Open "Check my domain" for the address's domain.
    CheckDomain,
    Existing(existing::Message),
    Key(Key, keyboard::Modifiers),
    /// The system's light or dark setting, at start and when it changes.
    Theme(iced::theme::Mode),
    /// Assistive technology (a screen reader) and the window's focus.
    Access(access::Event),
}

impl App {
    pub fn new(net: NetConfig, options: Options) -> App {
        App {
            preset: None,
            logo: None,
            net: network::SharedNet::new(net),
            options,
            step: Step::You(you::You::default()),
            you: you::You::default(),
            name: String::new(),
            address: None,
            password: Secret::new(String::new()),
            discovery: None,
            choice: None,
            before_domain_check: None,
            preset_error: None,
            programs: Programs::detect(),
            dark: false,
            opener: sign_in::system_opener(),
            signed_in: None,
            checked_with: None,
            access: access::Listener::default(),
        }
    }

    /// The theme the window draws with.
    pub fn theme(&self) -> iced::Theme {
        style::theme(self.dark)
    }

    /// Where the page is on the main path (the step indicator), or `None` off it. The Done page
    /// is where the path ends, not a step on it.
    fn step_number(&self) -> Option<u8> {
        match &self.step {
            Step::You(_) => Some(1),
            Step::Finding(_) => Some(2),
            Step::Receive(_) | Step::Manual(_) => Some(3),
            Step::Checking(_) | Step::Fix(_) | Step::SignIn(_) | Step::Password(_) => Some(4),
            Step::Done(_) | Step::DomainCheck(_) | Step::Existing(_) => None,
        }
    }

    /// The helpdesk preset in force.
    pub fn preset(&self) -> Option<&crate::preset::Preset> {
        self.preset.as_deref()
    }

    /// Puts a helpdesk preset in force (or none).
    pub fn set_preset(&mut self, preset: Option<std::sync::Arc<crate::preset::Preset>>) {
        self.logo = preset.as_deref().and_then(logo_handle);
        self.options.preset = preset
            .clone()
            .map(|p| p as std::sync::Arc<dyn crate::discover::Authority>);
        self.preset = preset;
    }

    /// The first screen, with the address field focused.
    pub fn boot(net: NetConfig, options: Options) -> (App, Task<Message>) {
        (App::new(net, options), operation::focus(you::NAME))
    }

    pub fn title(&self) -> String {
        match self.preset() {
            Some(p) => t!("preset-title", organisation = p.organisation.as_str()),
            None => t!("app-title"),
        }
    }

    fn back_to_you(&mut self) -> Task<Message> {
        self.step = Step::You(self.you.clone());
        operation::focus(you::EMAIL)
    }

    /// The check of the chosen servers, as the one sign-in plan says: the password (asked now if
    /// none was typed), the provider's sign-in page, or — when neither is possible here — the
    /// settings handed to a mail program that signs in by itself.
    fn start_check(&mut self, choice: Choice, note: Option<String>) -> Task<Message> {
        let Some(addr) = self.address.clone() else {
            return self.back_to_you();
        };
        self.choice = Some(choice.clone());
        let servers = std::iter::once(&choice.incoming).chain(choice.outgoing.as_ref());
        match crate::oauth::plan::plan(&addr, servers, &self.options.oauth) {
            crate::oauth::plan::Plan::SignIn(p) => {
                let (step, task) =
                    sign_in::SignIn::start(self.net.clone(), p, &addr, self.opener.clone());
                self.step = Step::SignIn(step);
                task.map(Message::SignIn)
            }
            crate::oauth::plan::Plan::Unavailable(u) => self.unchecked(choice, u.problem()),
            plan @ crate::oauth::plan::Plan::Password { .. } => {
                if self.password.expose().is_empty() {
                    self.step =
                        Step::Password(password::AskPassword::new(&addr, plan.password_note()));
                    return operation::focus(password::FIELD);
                }
                let secret = crate::check::LoginSecret::Password(self.password.clone());
                self.check_with(&addr, choice, secret, note)
            }
        }
    }

    /// Back from a check or a sign-in: the choice of servers, or the form when there was none.
    fn back_to_choice(&mut self) -> Task<Message> {
        match &self.discovery {
            Some(d) => {
                self.step = Step::Receive(Receive::new(d));
                Task::none()
            }
            None => self.manual(),
        }
    }

    fn found(&mut self, d: Discovery) -> Task<Message> {
        let receive = Receive::new(&d);
        self.discovery = Some(d);
        match receive.skip() {
            Some((choice, note)) => self.start_check(choice, Some(note)),
            None => {
                self.step = Step::Receive(receive);
                Task::none()
            }
        }
    }

    fn manual(&mut self) -> Task<Message> {
        let Some(addr) = self.address.clone() else {
            return self.back_to_you();
        };
        let mut form = manual::Manual::new(&addr, self.choice.as_ref());
        if let Some(p) = self.preset() {
            form = form.allow_only(p.protocols.clone());
        }
        self.step = Step::Manual(form);
        operation::focus("in-host")
    }

    fn domain_check(&mut self) -> Task<Message> {
        let domain = match &self.step {
            Step::You(y) => y.address().ok().map(|a| a.domain().to_owned()),
            _ => self.address.as_ref().map(|a| a.domain().to_owned()),
        };
        let Some(domain) = domain else {
            return Task::none();
        };
        let (page, task) = domain_check::DomainCheck::start(self.net.clone(), domain);
        let previous = std::mem::replace(&mut self.step, Step::DomainCheck(page));
        self.before_domain_check = Some(Box::new(previous));
        task.map(Message::DomainCheck)
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        if let Message::Access(event) = message {
            return self.access_event(event);
        }
        let task = self.react(message);
        self.access_follow(task)
    }

    /// Whether the header offers "Check my domain" here, and whether it can be pressed.
    fn check_domain_offered(&self) -> Option<bool> {
        match &self.step {
            Step::You(s) => Some(s.address().is_ok()),
            Step::Fix(_) => Some(true),
            _ => None,
        }
    }

    pub fn view(&self) -> Element<'_, Message> {
        // "Check my domain" sits in the header, where it is out of the way of the page's own actions.
        let check_domain = self.check_domain_offered().map(|enabled| {
            style::link_button(t!("doctor-title"))
                .on_press_maybe(enabled.then_some(Message::CheckDomain))
                .into()
        });
        let body: Element<'_, Message> = match &self.step {
            Step::You(s) => s.view().map(Message::You),
            Step::Finding(s) => s.view().map(Message::Finding),
            Step::Receive(s) => s.view().map(Message::Receive),
            Step::Checking(s) => s.view().map(Message::Checking),
            Step::Done(s) => s.view().map(Message::Done),
            Step::Fix(s) => s.view(self.support()).map(Message::Fix),
            Step::Manual(s) => s.view().map(Message::Manual),
            Step::DomainCheck(s) => s.view().map(Message::DomainCheck),
            Step::SignIn(s) => s.view().map(Message::SignIn),
            Step::Password(s) => s.view().map(Message::Password),
            Step::Existing(s) => s.view().map(Message::Existing),
        };
        let (logo, name) = self.brand();
        let mut page = column![style::header(logo, name, check_domain)].spacing(style::SPACING);
        if let Some(n) = self.step_number() {
            page = page.push(style::step_indicator(n));
        }
        if let (Step::You(_), Some(notice)) = (&self.step, self.preset_notice()) {
            page = page.push(notice);
        }
        container(container(page.push(body)).max_width(style::CONTENT_WIDTH))
            .padding([style::PADDING - 8, style::PADDING])
            .width(Length::Fill)
            .height(Length::Fill)
            .center_x(Length::Fill)
            .into()
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let keys = keyboard::listen().filter_map(|event| match event {
            keyboard::Event::KeyPressed { key, modifiers, .. } => {
                Some(Message::Key(key, modifiers))
            }
            _ => None,
        });
        let theme = iced::system::theme_changes().map(Message::Theme);
        match self.step {
            Step::Checking(_) => Subscription::batch([
                keys,
                theme,
                self.access_subscription(),
                iced::time::every(std::time::Duration::from_millis(100))
                    .map(|_| Message::Checking(checking::Message::Tick)),
            ]),
            _ => Subscription::batch([keys, theme, self.access_subscription()]),
        }
    }
}
