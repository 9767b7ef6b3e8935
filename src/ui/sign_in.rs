//! The "Sign in with <provider>" step, for a provider that signs people in on its own page (OAuth2):
//! opens the browser on the provider's sign-in page, shows the address too (in case no browser
//! opened), waits with Cancel, and hands the access token to the check. The sign-in task belongs to
//! this step: Cancel, or leaving, drops it and its loopback listener. The rules (vouched `https://`
//! endpoints, PKCE, `state`, one request, 5 minutes) are the library's (`crate::oauth`).

use std::sync::Arc;

use iced::futures::SinkExt as _;
use iced::task::Handle;
use iced::widget::{column, text};
use iced::{Element, Task};

use super::access::Page;
use super::network::SharedNet;
use super::style::{self, Status};
use crate::address::Address;
use crate::check::Problem;
use crate::oauth::plan::{Plan, SignInPlan};
use crate::oauth::register::ClientStore;
use crate::oauth::{self, Registrations, SignInError, SignedIn};
use crate::t;

/// How the browser is started: [`oauth::browser::open`] in the program; tests bring their own.
pub type Opener = Arc<dyn Fn(&str) + Send + Sync>;

/// The opener the program uses: the person's browser (a failure leaves the address on the page).
pub fn system_opener() -> Opener {
    Arc::new(|url| {
        // The page shows the address either way; nothing more to do when no browser starts.
        let _ = oauth::browser::open(url);
    })
}

/// The first step's word before the password is typed, from the bundled provider data alone: that
/// none is needed (the provider signs in on its own page), or that the provider wants an app
/// password, and where to make one.
pub fn password_note(addr: &Address, registrations: &Registrations) -> Option<String> {
    crate::discover::bundled::early_plan(addr, registrations).and_then(|p| p.password_note())
}

/// The provider's name when the address's domain is known (bundled data) to sign in on the
/// provider's own page.
pub fn signs_in_elsewhere(addr: &Address, registrations: &Registrations) -> Option<String> {
    match crate::discover::bundled::early_plan(addr, registrations)? {
        Plan::SignIn(s) => Some(s.provider),
        _ => None,
    }
}

pub struct SignIn {
    pub provider: String,
    url: Option<String>,
    failed: Option<Problem>,
    _task: Option<Handle>,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// The sign-in page's address (the browser was asked to open it).
    Url(String),
    Finished(Result<SignedIn, SignInError>),
    TryAgain,
    Cancel,
    /// Copy the sign-in page's address, for a browser elsewhere.
    Copy,
    /// Copy what went wrong, for the helpdesk (with the admin-consent page when there is one).
    CopyDetails,
}

pub enum Action {
    None,
    Back,
    TryAgain,
    Copy(String),
    SignedIn(SignedIn),
    /// The provider offers no sign-in this copy can use: what still works instead.
    Unavailable,
}

async fn run(
    net: SharedNet,
    p: SignInPlan,
    hint: String,
    open: Opener,
    mut out: iced::futures::channel::mpsc::Sender<Message>,
) {
    let urls = out.clone();
    let events = move |e: oauth::Event| {
        if let oauth::Event::Url(url) = e {
            open(url.as_str());
            // The page shows it; a full channel only means it is being redrawn.
            let _ = urls.clone().try_send(Message::Url(url.to_string()));
        }
    };
    let result = match net.get().await {
        Ok(net) => {
            let store = ClientStore::user();
            let limits = oauth::Limits::default();
            oauth::sign_in_planned(&net, &p, &store, &hint, limits, &events).await
        }
        Err(e) => Err(SignInError::Listener(e.to_string())),
    };
    // The step may be gone (Cancel): then nobody listens, which is fine.
    let _ = out.send(Message::Finished(result)).await;
}

impl SignIn {
    /// Starts the sign-in at once (the browser opens).
    pub fn start(
        net: SharedNet,
        p: SignInPlan,
        addr: &Address,
        open: Opener,
    ) -> (SignIn, Task<Message>) {
        let name = p.provider.clone();
        let hint = addr.to_string();
        // Boxed as `dyn Future + Send`, which settles the future's lifetimes at one place.
        let stream = iced::stream::channel(
            4,
            move |out| -> std::pin::Pin<Box<dyn Future<Output = ()> + Send>> {
                Box::pin(run(net, p, hint, open, out))
            },
        );
        let (task, handle) = Task::run(stream, |m| m).abortable();
        (
            SignIn {
                provider: name,
                url: None,
                failed: None,
                _task: Some(handle.abort_on_drop()),
            },
            task,
        )
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Url(u) => self.url = Some(u),
            Message::Finished(Ok(done)) => return Action::SignedIn(done),
            Message::Finished(Err(SignInError::NotOffered)) => {
                self._task = None;
                return Action::Unavailable;
            }
            Message::Finished(Err(e)) => {
                self._task = None;
                self.failed = Some(oauth::words::sign_in_problem(&e));
            }
            Message::TryAgain => return Action::TryAgain,
            Message::Cancel => return Action::Back,
            Message::Copy => {
                if let Some(u) = &self.url {
                    return Action::Copy(u.clone());
                }
            }
            Message::CopyDetails => {
                if let Some(p) = &self.failed {
                    return Action::Copy(details_for_helpdesk(&self.provider, p));
                }
            }
        }
        Action::None
    }

    /// The page for assistive technology (see [`Self::view`]).
    pub fn describe(&self) -> Page<Message> {
        let provider = self.provider.as_str();
        let mut p = Page::new("sign-in");
        p.heading(t!("sign-in-title", provider = provider))
            .text(t!("sign-in-intro", provider = provider));
        match &self.failed {
            None => {
                p.status(Status::InProgress, t!("sign-in-waiting"));
                if let Some(u) = &self.url {
                    p.text(t!("sign-in-no-browser"))
                        .text(u.clone())
                        .button(t!("sign-in-copy"), Some(Message::Copy));
                }
                p.button(t!("cancel"), Some(Message::Cancel));
            }
            Some(problem) => {
                p.status(Status::Problem, problem.message.clone())
                    .text(problem.advice.clone())
                    .button(t!("fix-copy"), Some(Message::CopyDetails))
                    .button(t!("cancel"), Some(Message::Cancel))
                    .default_button(t!("sign-in-try-again"), Some(Message::TryAgain));
            }
        }
        p
    }

    pub fn view(&self) -> Element<'_, Message> {
        let provider = self.provider.as_str();
        let mut content = column![
            style::title(t!("sign-in-title", provider = provider)),
            style::body(t!("sign-in-intro", provider = provider)),
        ];
        let cancel = style::secondary_button(t!("cancel")).on_press(Message::Cancel);
        match &self.failed {
            None => {
                content = content.push(style::status_row(
                    Status::InProgress,
                    style::body(t!("sign-in-waiting")),
                ));
                if let Some(u) = &self.url {
                    content = content.push(style::card(
                        column![
                            style::small(t!("sign-in-no-browser")),
                            // A long address with no spaces: broken anywhere rather than cut off.
                            style::small(u.clone()).wrapping(text::Wrapping::Glyph),
                            style::link_button(t!("sign-in-copy")).on_press(Message::Copy),
                        ]
                        .spacing(style::TIGHT),
                    ));
                }
                style::page(content, style::actions([cancel.into()], None))
            }
            Some(p) => {
                content = content.push(style::notice(
                    Status::Problem,
                    column![
                        style::body(p.message.clone()),
                        style::small(p.advice.clone()).wrapping(text::Wrapping::WordOrGlyph)
                    ]
                    .spacing(style::TIGHT),
                ));
                content =
                    content.push(style::link_button(t!("fix-copy")).on_press(Message::CopyDetails));
                let again =
                    style::primary_button(t!("sign-in-try-again")).on_press(Message::TryAgain);
                style::page(content, style::actions([cancel.into()], Some(again.into())))
            }
        }
    }
}

/// What went wrong with a sign-in, for the helpdesk: the provider, the problem's kind and words,
/// and the admin-consent page when the organisation must approve Mail Setup. No token or code.
fn details_for_helpdesk(provider: &str, p: &crate::check::Problem) -> String {
    let kind = serde_json::to_value(p.kind)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default();
    let heading = t!("sign-in-details-heading", provider = provider, kind = kind);
    let mut out = format!("{heading}\n{}\n{}\n", p.message, p.advice);
    if let Some(u) = &p.admin_consent_url {
        out.push_str(&t!("sign-in-details-admin-consent", url = u.as_str()));
        out.push('\n');
    }
    out
}

/// The wizard's side of this step: what a finished sign-in leads to.
impl super::App {
    pub(super) fn check_with(
        &mut self,
        addr: &Address,
        choice: super::receive::Choice,
        secret: crate::check::LoginSecret,
        note: Option<String>,
    ) -> Task<super::Message> {
        self.checked_with = Some(secret.clone());
        let (step, task) =
            super::checking::Checking::start_with(self.net.clone(), addr, choice, secret, note);
        self.step = super::Step::Checking(step);
        task.map(super::Message::Checking)
    }

    pub(super) fn signed_in(&mut self, m: Message) -> Task<super::Message> {
        let super::Step::SignIn(s) = &mut self.step else {
            return Task::none();
        };
        match s.update(m) {
            Action::None => Task::none(),
            Action::Copy(url) => iced::clipboard::write(url),
            Action::Back => self.back_to_choice(),
            Action::TryAgain => match self.choice.clone() {
                Some(c) => self.start_check(c, None),
                None => self.back_to_you(),
            },
            Action::SignedIn(done) => {
                let (Some(addr), Some(choice)) = (self.address.clone(), self.choice.clone()) else {
                    return self.back_to_you();
                };
                self.signed_in = done.tokens.refresh.map(|r| (done.issuer, r));
                let secret = crate::check::LoginSecret::Token(done.tokens.access);
                self.check_with(&addr, choice, secret, None)
            }
            Action::Unavailable => {
                let provider = s.provider.clone();
                match self.choice.clone() {
                    Some(c) => self.unchecked(c, oauth::words::not_configured(&provider)),
                    None => self.back_to_you(),
                }
            }
        }
    }
}
