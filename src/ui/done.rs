//! Step 5 when both logins worked: "Your account works", then, once the account is in a mail
//! program, "Your email is ready".
//!
//! The page leads with one action that puts the account into the mail program this computer uses:
//! "Add to Thunderbird" (into the profile Thunderbird opens, beside the accounts already there) and
//! then "Open Thunderbird", or on macOS "Add to Apple Mail". Everything else sits under "Other ways to
//! use these settings", in a row that wraps at any width: the Apple profile file, the phone (a QR code
//! for Thunderbird for Android beside the few settings any phone asks for), the printable sheet and a
//! separate Thunderbird profile. Saving the password in the keyring stays as it was.

use iced::Element;
use iced::widget::{checkbox, column, space, svg, text};

use std::rc::Rc;

use super::access::{Page, Part};
pub use super::lead::Lead;
use super::style::{self, Status};
use crate::check::CheckReport;
use crate::desktop::MailProgram;
use crate::secrets::KeyringError;
use crate::t;

pub struct Done {
    pub report: CheckReport,
    pub save: bool,
    pub saving: bool,
    pub saved: Option<Result<(), KeyringError>>,
    pub lead: Lead,
    /// Adding to the lead program is under way.
    pub adding: bool,
    /// What adding to the lead program said: the account is in a mail program (Ok), or why not.
    pub added: Option<Result<String, String>>,
    /// What the last "other way" did.
    pub exported: Option<Result<String, String>>,
    /// "Send a test message" for the account just checked.
    pub send_check: Box<super::send_check::SendCheck>,
    /// The phone panel (QR code and settings) is shown.
    pub phone: bool,
    /// The logins were signed in on the provider's page (the keyring keeps the sign-in, not a
    /// password).
    pub signed_in: bool,
    /// Nothing was checked: no sign-in is possible here, and the page hands the settings to a mail
    /// program that signs in by itself (the report's problem says why, in one sentence).
    pub unchecked: bool,
    /// The other ways offered (a helpdesk preset may offer fewer).
    pub offer: Vec<App>,
    /// The QR code for Thunderbird for Android, made once.
    qr: Option<svg::Handle>,
    /// The settings a phone's mail app asks for, one line each.
    phone_lines: Vec<String>,
    /// With a [`Lead::ByHand`]: how to add the account there, with the settings.
    pub(super) by_hand: Vec<String>,
}

/// The other ways to use the settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum App {
    /// Another mail program on this computer (added to it, or the steps to add it by hand).
    Program(MailProgram),
    Thunderbird,
    AppleMail,
    AndroidQr,
    Sheet,
}

impl App {
    pub const ALL: [App; 4] = [App::AppleMail, App::AndroidQr, App::Sheet, App::Thunderbird];

    /// The export format behind this button (none for a mail program).
    pub fn format(self) -> Option<crate::export::Format> {
        match self {
            App::Program(_) => None,
            App::Thunderbird => Some(crate::export::Format::Thunderbird),
            App::AppleMail => Some(crate::export::Format::Apple),
            App::AndroidQr => Some(crate::export::Format::AndroidQr),
            App::Sheet => Some(crate::export::Format::Sheet),
        }
    }

    fn label(self) -> String {
        match self {
            App::Program(p) => t!("done-add-to", program = p.name()),
            App::Thunderbird => t!("done-app-thunderbird-separate"),
            App::AppleMail => t!("done-app-apple"),
            App::AndroidQr => t!("done-app-android"),
            App::Sheet => t!("done-app-sheet"),
        }
    }
}

#[derive(Debug, Clone)]
pub enum DoneMessage {
    Save(bool),
    Finish,
    Saved(Result<(), KeyringError>),
    Close,
    Add,
    Added(Result<String, String>),
    Open,
    Export(App),
    Exported(Result<String, String>),
    SendTest(super::send_check::Message),
}

pub enum DoneAction {
    None,
    SavePassword,
    Close,
    Add,
    Open,
    Export(App),
    /// Another mail program from "Other ways".
    AddTo(MailProgram),
    SendTest,
}

impl Done {
    pub fn new(report: CheckReport) -> Done {
        Done {
            report,
            save: true,
            saving: false,
            saved: None,
            lead: Lead::Nothing,
            adding: false,
            added: None,
            exported: None,
            send_check: Default::default(),
            phone: false,
            signed_in: false,
            unchecked: false,
            offer: App::ALL.to_vec(),
            qr: None,
            phone_lines: Vec::new(),
            by_hand: Vec::new(),
        }
    }

    /// With the mail program to lead with, and the phone panel's contents for this account.
    pub fn with(mut self, lead: Lead, account: Option<&crate::export::Account>) -> Done {
        self.lead = lead;
        // A separate Thunderbird profile stays among the other ways; the Apple file is the lead.
        if lead == Lead::AppleMail {
            self.offer.retain(|a| *a != App::AppleMail);
        }
        if let Some(a) = account {
            self.qr = crate::export::android_qr::svg(a)
                .ok()
                .map(|s| svg::Handle::from_memory(s.into_bytes()));
            self.phone_lines = crate::desktop::by_hand::settings_lines(a);
            if let Lead::ByHand(p) = lead {
                self.by_hand = crate::desktop::by_hand::steps(p, a);
            }
        }
        self
    }

    /// With the other mail programs on this computer first among the other ways.
    pub fn with_others(mut self, others: &[MailProgram]) -> Done {
        let programs = others.iter().map(|&p| App::Program(p));
        self.offer = programs.chain(self.offer).collect();
        self
    }

    /// Whether the account is in a mail program yet.
    pub fn in_program(&self) -> bool {
        matches!(self.added, Some(Ok(_)))
    }

    /// What Enter does: add to the mail program first, then finish.
    pub fn main_action(&self) -> DoneMessage {
        if self.lead.adds() && !self.in_program() && !self.adding {
            DoneMessage::Add
        } else if self.unchecked {
            DoneMessage::Close
        } else {
            DoneMessage::Finish
        }
    }

    pub fn update(&mut self, m: DoneMessage) -> DoneAction {
        match m {
            DoneMessage::SendTest(super::send_check::Message::Start) => {
                return DoneAction::SendTest;
            }
            DoneMessage::SendTest(super::send_check::Message::Finished(r)) => {
                self.send_check.finished(*r)
            }
            DoneMessage::Save(b) => self.save = b,
            // Nothing was checked, so there is nothing to keep: Finish closes.
            DoneMessage::Finish if self.unchecked => return DoneAction::Close,
            DoneMessage::Finish if self.saved.is_some() || !self.save => return DoneAction::Close,
            DoneMessage::Finish if !self.saving => {
                self.saving = true;
                return DoneAction::SavePassword;
            }
            DoneMessage::Finish => {}
            DoneMessage::Saved(r) => {
                self.saving = false;
                self.saved = Some(r);
            }
            DoneMessage::Close => return DoneAction::Close,
            DoneMessage::Add if !self.adding && !self.in_program() => {
                self.adding = true;
                return DoneAction::Add;
            }
            DoneMessage::Add => {}
            DoneMessage::Added(r) => {
                self.adding = false;
                self.added = Some(r);
            }
            DoneMessage::Open => return DoneAction::Open,
            DoneMessage::Export(App::AndroidQr) => self.phone = !self.phone,
            DoneMessage::Export(App::Program(p)) => return DoneAction::AddTo(p),
            DoneMessage::Export(app) => return DoneAction::Export(app),
            DoneMessage::Exported(r) => self.exported = Some(r),
        }
        DoneAction::None
    }

    fn title_words(&self) -> String {
        if self.in_program() {
            t!("done-title")
        } else if self.unchecked {
            t!("done-unchecked-title")
        } else {
            t!("done-works-title")
        }
    }

    fn finish_words(&self) -> String {
        if self.saved.is_some() || !self.save {
            t!("done-close")
        } else {
            t!("done-finish")
        }
    }

    /// Until the account is in the mail program, adding it is the main action, not Finish.
    fn finish_is_main(&self) -> bool {
        !self.lead.adds() || self.in_program()
    }

    fn keep_words(&self) -> String {
        if self.signed_in {
            t!("done-keep-signed-in")
        } else {
            t!("done-save-password")
        }
    }

    /// What saving in the keyring came to, or that it is under way.
    fn saved_status(&self) -> Option<(Status, String)> {
        match &self.saved {
            Some(Ok(())) => Some((Status::Success, t!("done-saved"))),
            Some(Err(e)) => Some((Status::Warning, e.message())),
            None if self.saving => Some((Status::InProgress, t!("done-saving"))),
            None => None,
        }
    }

    /// Why nothing was checked, in one sentence.
    fn why_unchecked(&self) -> String {
        let problem = self.report.incoming.problem.as_ref();
        problem.map(|p| p.message.clone()).unwrap_or_default()
    }

    /// The page for assistive technology (see [`Self::view`]).
    pub fn describe(&self) -> Page<DoneMessage> {
        if self.phone {
            return self.describe_phone();
        }
        let mut p = Page::new(if self.unchecked { "unchecked" } else { "done" });
        p.heading(self.title_words());
        if self.unchecked {
            p.status(Status::Warning, self.why_unchecked())
                .text(t!("done-unchecked-explained"));
        } else {
            self.describe_works(&mut p);
        }
        for line in &self.by_hand {
            p.text(line.clone());
        }
        self.describe_lead(&mut p);
        self.describe_other_ways(&mut p);
        self.describe_end(&mut p);
        p
    }

    /// The phone page for assistive technology (see [`Self::phone_page`]).
    fn describe_phone(&self) -> Page<DoneMessage> {
        let mut p = Page::new("phone");
        p.heading(t!("done-phone-title"))
            .text(t!("done-phone-imap"))
            .text(t!("done-phone-qr"));
        for l in &self.phone_lines {
            p.text(l.clone());
        }
        p.button(t!("back"), Some(DoneMessage::Export(App::AndroidQr)));
        p
    }

    /// What works, side by side with its notes and server messages, then keeping the password or
    /// the sign-in (see [`Self::keyring`]).
    fn describe_works(&self, p: &mut Page<DoneMessage>) {
        for c in self.report.sides() {
            p.status(Status::Success, c.works_line());
            for n in &c.notes {
                p.text(n.clone());
            }
            if let Some(a) = &c.alert {
                p.text(t!("done-server-message", message = a.as_str()));
            }
        }
        let can_toggle = self.saved.is_none() && !self.saving;
        p.push(Part::Check {
            label: self.keep_words(),
            checked: self.save,
            on_toggle: can_toggle
                .then(|| Rc::new(DoneMessage::Save) as Rc<dyn Fn(bool) -> DoneMessage>),
        });
        if let Some((status, words)) = self.saved_status() {
            p.status(status, words);
        }
    }

    /// The lead action into the mail program, or what adding it said (see [`Self::lead_box`]).
    fn describe_lead(&self, p: &mut Page<DoneMessage>) {
        let Some((explain, add, open)) = self.lead_words() else {
            return;
        };
        match &self.added {
            Some(Ok(said)) => {
                p.status(Status::Success, said.clone());
                if let Some(open) = open {
                    p.button(open, Some(DoneMessage::Open));
                }
            }
            other => {
                p.text(explain);
                if let Some(Err(why)) = other {
                    p.status(Status::Warning, why.clone());
                }
                let press = (!self.adding).then_some(DoneMessage::Add);
                p.default_button(self.add_words(add), press);
            }
        }
    }

    /// "Other ways to use these settings" and what the last one did (see [`Self::other_ways`]).
    fn describe_other_ways(&self, p: &mut Page<DoneMessage>) {
        if self.offer.is_empty() {
            return;
        }
        p.text(t!("done-other-ways"));
        for &app in &self.offer {
            p.button(app.label(), Some(DoneMessage::Export(app)));
        }
        match &self.exported {
            Some(Ok(msg)) => p.status(Status::Success, msg.clone()),
            Some(Err(e)) => p.status(Status::Problem, e.clone()),
            None => p,
        };
    }

    /// The page's end: Close when nothing was checked, else the test message and Finish.
    fn describe_end(&self, p: &mut Page<DoneMessage>) {
        if self.unchecked {
            p.push(Part::Button {
                label: t!("done-close"),
                on_press: Some(DoneMessage::Close),
                default: self.finish_is_main(),
            });
        } else {
            p.extend(self.send_check.describe().map(DoneMessage::SendTest));
            p.push(Part::Button {
                label: self.finish_words(),
                on_press: (!self.saving).then_some(DoneMessage::Finish),
                default: self.finish_is_main(),
            });
        }
    }

    pub fn view(&self) -> Element<'_, DoneMessage> {
        if self.phone {
            return self.phone_page();
        }
        if self.unchecked {
            return self.unchecked_page();
        }
        let title = self.title_words();
        // The success lines say that both directions work; the page must fit the smallest window.
        let mut works = column![].spacing(style::TIGHT);
        for c in self.report.sides() {
            works = works.push(style::status_row(
                Status::Success,
                style::body(c.works_line()),
            ));
            for n in &c.notes {
                works = works.push(style::small(n.clone()));
            }
            if let Some(a) = &c.alert {
                works = works.push(style::small(t!(
                    "done-server-message",
                    message = a.as_str()
                )));
            }
        }
        let mut content = column![style::title(title), works, self.keyring()];
        if let Some(lead) = self.lead_box() {
            content = content.push(lead);
        }
        content = content.push(self.other_ways());
        content = content.push(self.send_check.view().map(DoneMessage::SendTest));
        let finish_label = self.finish_words();
        let finish = if self.finish_is_main() {
            style::primary_button(finish_label)
        } else {
            style::secondary_button(finish_label)
        }
        .on_press_maybe((!self.saving).then_some(DoneMessage::Finish));
        style::page(content, style::actions([], Some(finish.into())))
    }

    fn keyring(&self) -> Element<'_, DoneMessage> {
        let mut col = column![
            checkbox(self.save)
                .label(self.keep_words())
                .text_size(style::TEXT)
                .on_toggle_maybe(
                    (self.saved.is_none() && !self.saving).then_some(DoneMessage::Save),
                )
        ]
        .spacing(6);
        match self.saved_status() {
            Some((Status::InProgress, words)) => {
                col = col.push(style::status_row(Status::InProgress, style::small(words)))
            }
            Some((status, words)) => col = col.push(style::status_row(status, style::body(words))),
            None => {}
        }
        col.into()
    }

    /// No sign-in is possible here: one sentence saying so, then what works — the mail program
    /// (which signs in by itself when it starts), the other ways — and Close.
    fn unchecked_page(&self) -> Element<'_, DoneMessage> {
        let why = self.why_unchecked();
        let mut content = column![
            style::title(self.title_words()),
            style::notice(
                Status::Warning,
                column![
                    style::body(why),
                    style::small(t!("done-unchecked-explained"))
                ]
                .spacing(style::TIGHT)
            ),
        ];
        if let Some(lead) = self.lead_box() {
            content = content.push(lead);
        }
        content = content.push(self.other_ways());
        let close = if self.finish_is_main() {
            style::primary_button(t!("done-close"))
        } else {
            style::secondary_button(t!("done-close"))
        }
        .on_press(DoneMessage::Close);
        style::page(content, style::actions([], Some(close.into())))
    }

    /// "Other ways to use these settings": a wrapping row of lighter buttons, what the last one did,
    /// and the phone panel when it is open.
    fn other_ways(&self) -> Element<'_, DoneMessage> {
        let mut col = column![].spacing(8);
        if self.offer.is_empty() {
            return col.into();
        }
        col = col.push(style::body(t!("done-other-ways")));
        let buttons = self.offer.iter().map(|&app| {
            style::compact_button(app.label())
                .on_press(DoneMessage::Export(app))
                .into()
        });
        col = col.push(
            iced::widget::Row::with_children(buttons)
                .spacing(8)
                .wrap()
                .vertical_spacing(8),
        );
        match &self.exported {
            Some(Ok(msg)) => {
                col = col.push(style::status_row(
                    Status::Success,
                    style::small(msg.clone()),
                ))
            }
            Some(Err(e)) => {
                col = col.push(style::status_row(Status::Problem, style::small(e.clone())))
            }
            None => {}
        }
        col.into()
    }

    /// "On your phone": the QR code for Thunderbird for Android beside the settings any mail app
    /// asks for, in large type, and the advice to use IMAP everywhere. Back (or Escape) returns.
    fn phone_page(&self) -> Element<'_, DoneMessage> {
        let mut settings = column![].spacing(4);
        for (i, l) in self.phone_lines.iter().enumerate() {
            // Every fourth line heads a side (incoming, outgoing); the rest are its settings.
            let line = text(l.clone()).size(style::PHONE);
            settings = settings.push(if i % 4 == 0 {
                iced::widget::Column::new()
                    .push(space::vertical().height(if i == 0 { 0 } else { 8 }))
                    .push(line)
            } else {
                iced::widget::Column::new().push(line)
            });
        }
        let mut panel = iced::widget::Row::new().spacing(24);
        if let Some(qr) = &self.qr {
            panel = panel.push(
                column![
                    svg(qr.clone()).width(200).height(200),
                    style::small(t!("done-phone-qr")).width(200),
                ]
                .spacing(6),
            );
        }
        let content = column![
            style::title(t!("done-phone-title")),
            style::body(t!("done-phone-imap")),
            panel.push(settings).wrap().vertical_spacing(16),
        ];
        let back =
            style::secondary_button(t!("back")).on_press(DoneMessage::Export(App::AndroidQr));
        style::page(content, style::actions([back.into()], None))
    }
}
