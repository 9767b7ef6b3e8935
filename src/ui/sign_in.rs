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

use super::style::{self, Status};
use crate::address::Address;
use crate::check::Problem;
use crate::model::{Auth, OAuthEndpoints, Server};
use crate::net::{Net, NetConfig};
use crate::oauth::{self, Client, Registrations, SignInError, Tokens};
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

/// What a sign-in needs: the provider's endpoints and this copy's registration for it.
#[derive(Debug, Clone)]
pub struct Provider {
    pub name: String,
    pub endpoints: OAuthEndpoints,
    pub client: Client,
}

/// The provider to sign in with for these servers, when one of them signs in with OAuth2 and a
/// registration exists for its issuer.
pub fn provider_for<'a>(
    servers: impl IntoIterator<Item = &'a Server>,
    registrations: &Registrations,
) -> Option<Provider> {
    servers.into_iter().find_map(|s| {
        let e = s.oauth.as_deref().filter(|_| s.auth == Auth::OAuth2)?;
        Some(Provider {
            name: oauth::words::provider_name(e),
            endpoints: e.clone(),
            client: registrations.get(&e.issuer)?.clone(),
        })
    })
}

/// The `not-configured` problem when one of these servers signs in only with OAuth2 and this copy
/// has no registration for its issuer (the check then does not start).
pub fn unregistered<'a>(
    servers: impl IntoIterator<Item = &'a Server>,
    registrations: &Registrations,
) -> Option<Problem> {
    servers.into_iter().find_map(|s| {
        let e = s.oauth.as_deref().filter(|_| s.auth == Auth::OAuth2)?;
        registrations
            .get(&e.issuer)
            .is_none()
            .then(|| oauth::words::not_configured(e))
    })
}

/// The provider's name when the address's domain is known (bundled data) to sign in on the
/// provider's page and this copy can do that: the first step then asks for no password.
pub fn signs_in_elsewhere(addr: &Address, registrations: &Registrations) -> Option<String> {
    let data = crate::discover::bundled::data();
    let cfg = data.lookup(addr.domain())?;
    let e = cfg.oauth.as_ref()?;
    let offers = cfg
        .incoming
        .first()
        .is_some_and(|t| t.auth.contains(&Auth::OAuth2));
    (offers && registrations.get(&e.issuer).is_some()).then(|| oauth::words::provider_name(e))
}

/// The app-password pages of providers that refuse the account password from mail programs
/// (docs/formats.md, "App passwords"): domains, and the page to make one.
const APP_PASSWORD_PAGES: &[(&[&str], &str, &str)] = &[
    (
        &["gmail.com", "googlemail.com"],
        "Google",
        "https://myaccount.google.com/apppasswords",
    ),
    (
        &[
            "yahoo.com",
            "yahoo.co.uk",
            "ymail.com",
            "aol.com",
            "aim.com",
        ],
        "Yahoo",
        "https://login.yahoo.com/myaccount/security/app-password",
    ),
    (
        &["icloud.com", "me.com", "mac.com"],
        "Apple",
        "https://account.apple.com (Sign-In and Security ▸ App-Specific Passwords)",
    ),
];

/// What to say before the password is typed: that none is needed (the provider signs in on its own
/// page), or that the provider wants an app password, and where to make one — unless this copy can
/// sign in with that provider instead.
pub fn password_note(
    addr: &Address,
    provider: Option<&str>,
    registrations: &Registrations,
) -> Option<String> {
    if let Some(p) = provider {
        return Some(t!("you-password-not-needed", provider = p));
    }
    let (_, name, page) = APP_PASSWORD_PAGES
        .iter()
        .find(|(domains, _, _)| domains.contains(&addr.domain()))?;
    let google_signs_in = *name == "Google" && registrations.get("accounts.google.com").is_some();
    (!google_signs_in).then(|| t!("you-app-password", provider = *name, page = *page))
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
    Finished(Result<Tokens, SignInError>),
    TryAgain,
    Cancel,
    /// Copy the sign-in page's address, for a browser elsewhere.
    Copy,
}

pub enum Action {
    None,
    Back,
    TryAgain,
    Copy(String),
    SignedIn(Tokens),
}

async fn run(
    net: NetConfig,
    p: Provider,
    hint: String,
    open: Opener,
    mut out: iced::futures::channel::mpsc::Sender<Message>,
) {
    let result = match Net::new(&net) {
        // A sign-in kept in the keyring from last time, while the provider still honours it.
        Ok(net) => match oauth::kept_sign_in(&net, &p.endpoints, &p.client, &hint).await {
            Ok(Some(tokens)) => Ok(tokens),
            // Nothing kept, a locked keyring or a refused refresh: the browser.
            Ok(None) | Err(_) => browser_sign_in(net, p, hint, open, out.clone()).await,
        },
        Err(e) => Err(SignInError::Listener(e.to_string())),
    };
    // The step may be gone (Cancel): then nobody listens, which is fine.
    let _ = out.send(Message::Finished(result)).await;
}

async fn browser_sign_in(
    net: Net,
    p: Provider,
    hint: String,
    open: Opener,
    mut urls: iced::futures::channel::mpsc::Sender<Message>,
) -> Result<Tokens, SignInError> {
    oauth::sign_in_owned(
        net,
        p.endpoints,
        p.client,
        hint,
        oauth::Limits::default(),
        |url| {
            open(url.as_str());
            // The page shows it; a full channel only means it is being redrawn.
            let _ = urls.try_send(Message::Url(url.to_string()));
        },
    )
    .await
}

impl SignIn {
    /// Starts the sign-in at once (the browser opens).
    pub fn start(
        net: NetConfig,
        p: Provider,
        addr: &Address,
        open: Opener,
    ) -> (SignIn, Task<Message>) {
        let name = p.name.clone();
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
            Message::Finished(Ok(tokens)) => return Action::SignedIn(tokens),
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
        }
        Action::None
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
                        style::small(p.advice.clone())
                    ]
                    .spacing(style::TIGHT),
                ));
                let again =
                    style::primary_button(t!("sign-in-try-again")).on_press(Message::TryAgain);
                style::page(content, style::actions([cancel.into()], Some(again.into())))
            }
        }
    }
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
            Action::SignedIn(tokens) => {
                let (Some(addr), Some(choice)) = (self.address.clone(), self.choice.clone()) else {
                    return self.back_to_you();
                };
                let issuer = std::iter::once(&choice.incoming)
                    .chain(choice.outgoing.as_ref())
                    .find_map(|s| s.oauth.as_ref().map(|o| o.issuer.clone()));
                self.signed_in = issuer.zip(tokens.refresh);
                let secret = crate::check::LoginSecret::Token(tokens.access);
                self.check_with(&addr, choice, secret, None)
            }
        }
    }
}
