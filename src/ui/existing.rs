//! "Fix my existing email": the accounts already set up in the Thunderbird this computer opens, one
//! diagnosed at a time ([`crate::diagnose`]) with a progress checklist, each finding in plain words
//! with "Fix it" where a repair exists ([`crate::diagnose::fix`]: a backup first, never while
//! Thunderbird has the profile open, only repairs that passed a live check), and at the end the
//! send-and-receive test ([`super::send_check`]). Reached from the first screen.

use std::path::{Path, PathBuf};

use iced::task::Handle;
use iced::widget::{Column, column};
use iced::{Element, Task};

use super::access::{Page, Radio};
use super::network::SharedNet;
use super::send_check::{self, SendCheck};
use super::style::{self, Status};
use crate::diagnose::profile::{self, ProfileProblem};
use crate::diagnose::{self, AccountReport, DiagnosisId, Level, TbAccount, fix};
use crate::discover::Options;
use crate::export::tb_profiles::Install;
use crate::model::Secret;
use crate::t;

/// The password field's id.
pub const PASSWORD: &str = "existing-password";

pub struct Existing {
    net: SharedNet,
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
    Password(Secret<String>),
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
    let words = |p: ProfileProblem| match p {
        ProfileProblem::NoProfile => t!("existing-no-profile"),
        other => other.message(),
    };
    let dir = profile::default_profile(home, installs).map_err(words)?;
    let accounts = profile::accounts_in(&dir).map_err(words)?;
    if accounts.is_empty() {
        return Err(t!("diagnose-no-accounts"));
    }
    Ok((dir, accounts))
}

async fn diagnose_one(
    net: SharedNet,
    options: Options,
    account: TbAccount,
    password: Option<Secret<String>>,
) -> Message {
    let opts = diagnose::Options {
        discovery: options,
        ..diagnose::Options::default()
    };
    match net.get().await {
        Ok(n) => Message::Diagnosed(Box::new(
            diagnose::diagnose_account(&n, &account, password.as_ref(), &opts).await,
        )),
        Err(e) => Message::SetupFailed(t!("finding-setup-failed", reason = e.to_string())),
    }
}

impl Existing {
    pub fn open(
        net: SharedNet,
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
            Message::Password(p) => self.password = p,
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
        let mut list = column![].spacing(style::TIGHT);
        for f in &r.findings {
            let status = level_status(f.status);
            let mut item =
                column![style::status_row(status, style::body(f.message.clone()))].spacing(6);
            if !f.advice.is_empty() {
                item = item.push(style::small(t!(
                    "fix-what-to-do",
                    advice = f.advice.as_str()
                )));
            }
            if f.fixable && self.fixed.is_none() {
                item = item
                    .push(style::compact_button(t!("existing-fix-it")).on_press(Message::FixIt));
            }
            list = list.push(if f.status == Level::Ok {
                item.into()
            } else {
                style::card(item)
            });
        }
        if !r.has_problem() {
            list = list.push(style::status_row(
                Status::Success,
                style::body(t!("existing-all-well")),
            ));
        }
        list.into()
    }

    /// The findings for assistive technology (see [`Self::findings`]).
    fn describe_findings(&self, r: &AccountReport, p: &mut Page<Message>) {
        for f in &r.findings {
            p.status(level_status(f.status), f.message.clone());
            if !f.advice.is_empty() {
                p.text(t!("fix-what-to-do", advice = f.advice.as_str()));
            }
            if f.fixable && self.fixed.is_none() {
                p.button(t!("existing-fix-it"), Some(Message::FixIt));
            }
        }
        if !r.has_problem() {
            p.status(Status::Success, t!("existing-all-well"));
        }
    }

    /// The page for assistive technology (see [`Self::view`]).
    pub fn describe(&self) -> Page<Message> {
        let mut p = Page::new("existing");
        p.heading(t!("existing-title")).text(t!("existing-intro"));
        let mut primary = None;
        if let Some(problem) = &self.problem {
            p.status(Status::Problem, problem.clone());
        } else if let (Some(r), Some(a)) = (
            &self.report,
            self.selected.and_then(|i| self.accounts.get(i)),
        ) {
            p.text(account_line(a));
            self.describe_findings(r, &mut p);
            match &self.fixed {
                Some(Ok(_)) => {
                    p.status(Status::Success, t!("existing-fixed"));
                }
                Some(Err(e)) => {
                    p.status(Status::Problem, e.clone());
                }
                None => {}
            }
            if self.test_target().is_some() {
                p.text(t!("existing-test-intro"))
                    .extend(self.test.describe().map(Message::Test));
            }
            p.button(t!("existing-other"), Some(Message::Reset));
        } else {
            p.text(t!("existing-choose"));
            let options = self
                .accounts
                .iter()
                .enumerate()
                .map(|(i, a)| Radio {
                    label: a.shown_address(),
                    explained: format!("{} {}", a.incoming.protocol, a.incoming.host),
                    selected: self.selected == Some(i),
                    on_select: Message::Pick(i),
                })
                .collect();
            p.radios(t!("existing-choose"), options);
            if let Some(a) = self.selected.and_then(|i| self.accounts.get(i)) {
                let address = a.shown_address();
                let label = t!("existing-password", address = address.as_str());
                p.secret(PASSWORD, label, self.password.expose(), |s| {
                    Message::Password(Secret::new(s))
                });
                primary = Some((!self.running).then_some(Message::Check));
            }
        }
        if self.running {
            p.status(Status::Success, t!("existing-step-read"))
                .status(Status::InProgress, t!("existing-step-servers"))
                .status(Status::Waiting, t!("existing-step-login"))
                .text(t!("existing-running"));
        }
        p.button(t!("back"), Some(Message::Back));
        if let Some(check) = primary {
            p.default_button(t!("existing-check"), check);
        }
        p
    }

    pub fn view(&self) -> Element<'_, Message> {
        let head = column![
            style::title(t!("existing-title")),
            style::body(t!("existing-intro")),
        ];
        let (mut content, primary) = if let Some(p) = &self.problem {
            let notice = style::notice(Status::Problem, style::body(p.clone()));
            (head.push(notice), None)
        } else if let (Some(r), Some(a)) = (
            &self.report,
            self.selected.and_then(|i| self.accounts.get(i)),
        ) {
            (self.view_report(head, r, a), None)
        } else {
            self.view_choice(head)
        };
        if self.running {
            content = content.push(running_checklist());
        }
        // The findings can be long: the page scrolls, Back stays in view.
        let back = style::secondary_button(t!("back")).on_press(Message::Back);
        style::page(content, style::actions([back.into()], primary))
    }

    /// The diagnosis of the chosen account, first: what is wrong and what to do; then the repair's
    /// outcome, the send-and-receive test when it can run, and the way back to the list.
    fn view_report<'a>(
        &'a self,
        mut content: Column<'a, Message>,
        r: &AccountReport,
        a: &TbAccount,
    ) -> Column<'a, Message> {
        content = content
            .push(style::body(account_line(a)).font(style::STRONG))
            .push(self.findings(r));
        match &self.fixed {
            Some(Ok(_)) => {
                content = content.push(style::status_row(
                    Status::Success,
                    style::body(t!("existing-fixed")),
                ))
            }
            Some(Err(e)) => {
                content = content.push(style::status_row(Status::Problem, style::body(e.clone())))
            }
            None => {}
        }
        if self.test_target().is_some() {
            content = content
                .push(style::small(t!("existing-test-intro")))
                .push(self.test.view().map(Message::Test));
        }
        content.push(style::link_button(t!("existing-other")).on_press(Message::Reset))
    }

    /// The accounts to choose from and, once one is chosen, its password field; with the Check
    /// button then, as the page's primary action.
    fn view_choice<'a>(
        &'a self,
        mut content: Column<'a, Message>,
    ) -> (Column<'a, Message>, Option<Element<'a, Message>>) {
        content = content.push(style::body(t!("existing-choose")));
        let mut list = column![].spacing(style::TIGHT);
        for (i, a) in self.accounts.iter().enumerate() {
            let address = a.shown_address();
            let detail = format!("{} {}", a.incoming.protocol, a.incoming.host);
            let chosen = self.selected == Some(i);
            list =
                list.push(style::choice_button(chosen, address, detail).on_press(Message::Pick(i)));
        }
        content = content.push(list);
        let Some(a) = self.selected.and_then(|i| self.accounts.get(i)) else {
            return (content, None);
        };
        let address = a.shown_address();
        content = content.push(
            column![
                style::body(t!("existing-password", address = address.as_str()))
                    .font(style::STRONG),
                style::field(&t!("you-password-placeholder"), self.password.expose())
                    .id(PASSWORD)
                    .secure(true)
                    .on_input(|s| Message::Password(Secret::new(s)))
                    .on_submit(Message::Check),
            ]
            .spacing(style::TIGHT),
        );
        let check = style::primary_button(t!("existing-check"))
            .on_press_maybe((!self.running).then_some(Message::Check));
        (content, Some(check.into()))
    }
}

/// The progress checklist while the diagnosis runs.
fn running_checklist<'a>() -> Column<'a, Message> {
    column![
        style::status_row(Status::Success, style::small(t!("existing-step-read"))),
        style::status_row(
            Status::InProgress,
            style::small(t!("existing-step-servers"))
        ),
        style::status_row(Status::Waiting, style::small(t!("existing-step-login"))),
        style::small(t!("existing-running")),
    ]
    .spacing(6)
}

/// A finding's icon.
fn level_status(l: Level) -> Status {
    match l {
        Level::Ok => Status::Success,
        Level::Warning => Status::Warning,
        Level::Problem => Status::Problem,
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

/// The chosen account in one line: its address, protocol and server.
fn account_line(a: &TbAccount) -> String {
    format!(
        "{} — {} {}",
        a.shown_address(),
        a.incoming.protocol,
        a.incoming.host
    )
}
