//! "Fix my existing email": the accounts already set up in the Thunderbird this computer opens, one
//! diagnosed at a time ([`crate::diagnose`]) with a progress checklist, each finding in plain words
//! with "Fix it" where a repair exists ([`crate::diagnose::fix`]: a backup first, never while
//! Thunderbird has the profile open, only repairs that passed a live check), and at the end the
//! send-and-receive test ([`super::send_check`]). Reached from the first screen.

use std::path::{Path, PathBuf};

use iced::task::Handle;
use iced::widget::{button, column, container, row, scrollable, space, text, text_input};
use iced::{Element, Length, Task};

use super::send_check::{self, SendCheck};
use super::style;
use crate::diagnose::{self, AccountReport, DiagnosisId, Level, TbAccount, account, fix, prefs};
use crate::discover::Options;
use crate::export::tb_profiles::{self, Install, Located};
use crate::model::Secret;
use crate::net::{Net, NetConfig};
use crate::t;

/// The password field's id.
pub const PASSWORD: &str = "existing-password";

pub struct Existing {
    net: NetConfig,
    options: Options,
    profile: Option<PathBuf>,
    pub accounts: Vec<TbAccount>,
    /// Why no account can be shown (no profile, an unreadable prefs.js).
    problem: Option<String>,
    selected: Option<usize>,
    password: Secret<String>,
    running: bool,
    pub report: Option<AccountReport>,
    fixed: Option<Result<Vec<DiagnosisId>, String>>,
    pub test: SendCheck,
    _task: Option<Handle>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Pick(usize),
    Password(String),
    Check,
    Diagnosed(Box<AccountReport>),
    FixIt,
    Test(send_check::Message),
    /// Back to the list of accounts.
    Reset,
    SetupFailed(String),
    Back,
}

pub enum Action {
    None,
    Back,
    Run(Task<Message>),
}

/// The accounts of the profile Thunderbird opens, or why there are none to show.
fn read_accounts(
    home: Option<&Path>,
    installs: &[Install],
) -> Result<(PathBuf, Vec<TbAccount>), String> {
    let home = home.ok_or_else(|| t!("existing-no-profile"))?;
    let dir = match tb_profiles::locate(home, installs) {
        Ok(Located::Profile(p)) => p.dir,
        Ok(Located::Nothing(_)) => return Err(t!("existing-no-profile")),
        Err(e) => return Err(format!("{}: {}", e.path.display(), e.reason)),
    };
    let path = dir.join("prefs.js");
    let unreadable = |reason: String| {
        t!(
            "diagnose-prefs-unreadable",
            path = path.display().to_string(),
            reason = reason
        )
    };
    let text = std::fs::read_to_string(&path).map_err(|e| unreadable(e.to_string()))?;
    let prefs = prefs::parse(&text).map_err(|e| unreadable(e.to_string()))?;
    let accounts = account::accounts(&prefs);
    if accounts.is_empty() {
        return Err(t!("diagnose-no-accounts"));
    }
    Ok((dir, accounts))
}

async fn diagnose_one(
    net: NetConfig,
    options: Options,
    account: TbAccount,
    password: Option<Secret<String>>,
) -> Message {
    let opts = diagnose::Options {
        discovery: options,
        ..diagnose::Options::default()
    };
    match Net::new(&net) {
        Ok(n) => Message::Diagnosed(Box::new(
            diagnose::diagnose_account(&n, &account, password.as_ref(), &opts).await,
        )),
        Err(e) => Message::SetupFailed(t!("finding-setup-failed", reason = e.to_string())),
    }
}

impl Existing {
    pub fn open(
        net: NetConfig,
        options: Options,
        home: Option<&Path>,
        installs: &[Install],
    ) -> Existing {
        let (profile, accounts, problem) = match read_accounts(home, installs) {
            Ok((dir, accounts)) => (Some(dir), accounts, None),
            Err(e) => (None, Vec::new(), Some(e)),
        };
        Existing {
            net,
            options,
            profile,
            selected: (accounts.len() == 1).then_some(0),
            accounts,
            problem,
            password: Secret::new(String::new()),
            running: false,
            report: None,
            fixed: None,
            test: SendCheck::default(),
            _task: None,
        }
    }

    fn check(&mut self) -> Action {
        let Some(account) = self.selected.and_then(|i| self.accounts.get(i)).cloned() else {
            return Action::None;
        };
        let password = (!self.password.expose().is_empty()).then(|| self.password.clone());
        self.running = true;
        self.report = None;
        self.fixed = None;
        self.test = SendCheck::default();
        let run = diagnose_one(self.net.clone(), self.options.clone(), account, password);
        let (task, handle) = Task::perform(run, |m| m).abortable();
        self._task = Some(handle.abort_on_drop());
        Action::Run(task)
    }

    fn fix_it(&mut self) {
        let (Some(dir), Some(r)) = (&self.profile, &self.report) else {
            return;
        };
        self.fixed = Some(match fix::apply(dir, &r.account, &r.repair) {
            Ok(ids) => Ok(ids),
            Err(fix::FixError::NotVerified) => Err(t!("existing-fix-needs-check")),
            Err(e) => Err(t!("existing-fix-failed", reason = e.to_string())),
        });
    }

    /// What the send-and-receive test needs, once both logins worked.
    fn test_target(&self) -> Option<send_check::Target> {
        let r = self.report.as_ref()?;
        let check = r.check.as_ref()?;
        let out = check.outgoing.as_ref()?;
        (check.incoming.ok && out.ok).then_some(())?;
        Some(send_check::Target {
            address: crate::address::Address::parse(r.address.as_deref()?).ok()?,
            incoming: check.incoming.server.clone(),
            outgoing: out.server.clone(),
            secret: crate::check::LoginSecret::Password(self.password.clone()),
        })
    }

    pub fn update(&mut self, m: Message) -> Action {
        match m {
            Message::Pick(i) => {
                self.selected = Some(i);
                self.report = None;
                self.fixed = None;
            }
            Message::Password(p) => self.password = Secret::new(p),
            Message::Check => return self.check(),
            Message::Diagnosed(r) => {
                self.running = false;
                self.report = Some(*r);
            }
            Message::FixIt => self.fix_it(),
            Message::Reset => {
                self.report = None;
                self.fixed = None;
                self.test = SendCheck::default();
                self._task = None;
            }
            Message::Test(send_check::Message::Start) => {
                let Some(target) = self.test_target() else {
                    return Action::None;
                };
                let task = self.test.start(self.net.clone(), target);
                return Action::Run(task.map(Message::Test));
            }
            Message::Test(send_check::Message::Finished(r)) => self.test.finished(*r),
            Message::SetupFailed(e) => {
                self.running = false;
                self.problem = Some(e);
            }
            Message::Back => return Action::Back,
        }
        Action::None
    }

    fn findings(&self, r: &AccountReport) -> Element<'_, Message> {
        let mut list = column![].spacing(10);
        for f in &r.findings {
            let mark = match f.status {
                Level::Ok => "✓",
                Level::Warning => "!",
                Level::Problem => "✗",
            };
            let mut item =
                column![text(format!("{mark} {}", f.message)).size(style::TEXT)].spacing(4);
            if !f.advice.is_empty() {
                item = item.push(
                    text(t!("fix-what-to-do", advice = f.advice.as_str())).size(style::SMALL),
                );
            }
            if f.fixable && self.fixed.is_none() {
                item = item.push(
                    button(text(t!("existing-fix-it")).size(style::SMALL))
                        .padding([6, 14])
                        .on_press(Message::FixIt),
                );
            }
            let boxed = container(item).padding(10).width(Length::Fill);
            list = list.push(if f.status == Level::Problem {
                boxed.style(container::bordered_box)
            } else {
                boxed
            });
        }
        if !r.has_problem() {
            list = list.push(text(t!("existing-all-well")).size(style::TEXT));
        }
        list.into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut content = column![
            text(t!("existing-title")).size(style::TITLE),
            text(t!("existing-intro")).size(style::TEXT),
        ]
        .spacing(style::SPACING);
        if let Some(p) = &self.problem {
            content = content.push(text(p.clone()).size(style::TEXT));
        } else if let (Some(r), Some(a)) = (
            &self.report,
            self.selected.and_then(|i| self.accounts.get(i)),
        ) {
            // The diagnosis of the chosen account, first: what is wrong and what to do.
            let address = a.shown_address();
            content = content
                .push(
                    text(format!(
                        "{address} — {} {}",
                        a.incoming.protocol, a.incoming.host
                    ))
                    .size(style::TEXT),
                )
                .push(self.findings(r));
            match &self.fixed {
                Some(Ok(_)) => content = content.push(text(t!("existing-fixed")).size(style::TEXT)),
                Some(Err(e)) => content = content.push(text(e.clone()).size(style::TEXT)),
                None => {}
            }
            if self.test_target().is_some() {
                content = content
                    .push(text(t!("existing-test-intro")).size(style::SMALL))
                    .push(self.test.view().map(Message::Test));
            }
            content = content.push(
                button(text(t!("existing-other")).size(style::SMALL))
                    .style(button::text)
                    .on_press(Message::Reset),
            );
        } else {
            content = content.push(text(t!("existing-choose")).size(style::TEXT));
            let mut list = column![].spacing(6);
            for (i, a) in self.accounts.iter().enumerate() {
                let address = a.shown_address();
                let label = format!("{address} — {} {}", a.incoming.protocol, a.incoming.host);
                let chosen = self.selected == Some(i);
                list = list.push(
                    button(text(label).size(style::SMALL))
                        .width(Length::Fill)
                        .style(if chosen {
                            button::primary
                        } else {
                            button::secondary
                        })
                        .on_press(Message::Pick(i)),
                );
            }
            content = content.push(list);
            if let Some(a) = self.selected.and_then(|i| self.accounts.get(i)) {
                let address = a.shown_address();
                content = content
                    .push(
                        text(t!("existing-password", address = address.as_str()))
                            .size(style::SMALL),
                    )
                    .push(
                        text_input("", self.password.expose())
                            .id(PASSWORD)
                            .secure(true)
                            .on_input(Message::Password)
                            .padding(8),
                    )
                    .push(
                        button(text(t!("existing-check")).size(style::TEXT))
                            .padding([10, 24])
                            .on_press_maybe((!self.running).then_some(Message::Check)),
                    );
            }
        }
        if self.running {
            let steps = column![
                text(format!("✓ {}", t!("existing-step-read"))).size(style::SMALL),
                text(format!("… {}", t!("existing-step-servers"))).size(style::SMALL),
                text(format!("… {}", t!("existing-step-login"))).size(style::SMALL),
                text(t!("existing-running")).size(style::SMALL),
            ]
            .spacing(4);
            content = content.push(steps);
        }
        // The findings can be long: the page scrolls, Back stays in view.
        column![
            scrollable(content.padding(iced::Padding::ZERO.right(12))).height(Length::Fill),
            row![
                button(text(t!("back")).size(style::TEXT))
                    .padding([10, 24])
                    .style(button::secondary)
                    .on_press(Message::Back),
                space::horizontal()
            ],
        ]
        .spacing(style::SPACING)
        .into()
    }
}

impl super::App {
    /// Opens "Fix my existing email" on the profile this computer's Thunderbird opens.
    pub(super) fn open_existing(&mut self) -> Task<super::Message> {
        let page = Existing::open(
            self.net.clone(),
            self.options.clone(),
            self.programs.home.as_deref(),
            &self.programs.thunderbird,
        );
        self.step = super::Step::Existing(Box::new(page));
        Task::none()
    }

    pub(super) fn existing_update(&mut self, m: Message) -> Task<super::Message> {
        let super::Step::Existing(page) = &mut self.step else {
            return Task::none();
        };
        match page.update(m) {
            Action::None => Task::none(),
            Action::Back => self.back_to_you(),
            Action::Run(t) => t.map(super::Message::Existing),
        }
    }
}
