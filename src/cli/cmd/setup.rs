//! `mailsetup setup`: the wizard in the terminal, for people who use a screen reader (iced has no
//! accessibility tree yet) or work over SSH. The same steps and the same words (the same Fluent
//! messages) as the window, one plain line after another: name, address, the IMAP/POP3 choice with
//! the same explanations, the trust question (answered by typing the domain), then what the one
//! sign-in plan says (`oauth::plan`) — the password (not shown), or the sign-in on the provider's
//! page with the address printed and a wait that `cancel` or Ctrl-C ends, or, when neither is
//! possible here, the account offered to Thunderbird, which signs in by itself — the live check
//! with a line per server, then keeping the password or the sign-in and adding the account to
//! Thunderbird. It calls the library the window calls (`discover`, `check`, `secrets`,
//! `export::tb_profiles`); `term.rs` is the terminal itself, `receive.rs` the IMAP/POP3 and trust
//! questions.
//!
//! Ctrl-C stops it at once while it waits for an answer, a lookup or a check; the two writes
//! (the keyring entry, the Thunderbird profile) are never interrupted halfway, and the wizard stops
//! right after the one under way.

mod receive;
mod term;

use term::{Printer, Term, Tone};

use crate::address::Address;
use crate::check::{self, CheckReport, CheckTimeouts, LoginSecret};
use crate::cli::{CliError, Run};
use crate::discover::{self, Discovery, Progress};
use crate::export::{Account, Format, tb_profiles};
use crate::model::{Secret as ModelSecret, Server, SourceId};
use crate::net::Net;
use crate::oauth::{self, plan, plan::Plan};
use crate::t;

/// The step heading, as the window's step indicator says it.
fn step(term: &Term, number: u8, name: String) {
    term.gap();
    term.say(
        Tone::Heading,
        &t!(
            "step-of",
            number = number,
            total = crate::front::STEPS,
            name = name
        ),
    );
}

pub(crate) async fn run(run: &Run) -> Result<(), CliError> {
    let mut term = Term::new()?;
    let net = run.net()?;
    let result = wizard(run, &net, &mut term).await;
    // The message cli::main prints goes on a line of its own, not after a prompt.
    if matches!(&result, Err(e) if e.message().is_some()) {
        term.gap();
    }
    result
}

async fn wizard(run: &Run, net: &Net, term: &mut Term) -> Result<(), CliError> {
    if let Some(p) = &run.preset {
        term.say(Tone::Heading, &p.organisation);
    }
    let (name, address) = about_you(term).await?;

    step(term, 2, t!("step-finding"));
    let found = find(run, net, term, &address).await?;
    step(term, 3, t!("step-receive"));
    let Some((incoming, outgoing, leave_copy)) = receive::choose(term, &address, &found).await?
    else {
        return Err(CliError::Reported);
    };
    let account = Account {
        address,
        name,
        incoming,
        outgoing,
        leave_on_server: leave_copy,
    };
    let Some((report, secret)) = check_by_plan(run, net, term, &account).await? else {
        return Ok(());
    };
    works(run, term, account, report, secret).await
}

/// Step 1: the name, and the address asked until it parses.
async fn about_you(term: &mut Term) -> Result<(String, Address), CliError> {
    step(term, 1, t!("step-you"));
    term.say(Tone::Heading, &t!("you-title"));
    term.say(Tone::Plain, &t!("you-intro"));
    let name = term.ask(&t!("you-name")).await?.trim().to_owned();
    loop {
        let typed = term.ask(&t!("you-address")).await?;
        match Address::parse(&typed) {
            Ok(a) => {
                term.say(
                    Tone::Good,
                    &t!("you-address-ok", domain = a.domain_unicode()),
                );
                return Ok((name, a));
            }
            Err(_) if typed.trim().is_empty() => term.say(Tone::Plain, &t!("you-address-hint")),
            Err(e) => term.say(Tone::Bad, &e.explain()),
        }
    }
}

/// Step 4 as the one sign-in plan decides: the password (asked only now), the provider's page, or
/// neither here. The report that worked and what it logged in with; `None` when no check was
/// possible and the account was offered to Thunderbird instead.
async fn check_by_plan(
    run: &Run,
    net: &Net,
    term: &mut Term,
    account: &Account,
) -> Result<Option<(CheckReport, Secret)>, CliError> {
    let servers = std::iter::once(&account.incoming).chain(account.outgoing.as_ref());
    match plan::plan(&account.address, servers, &run.oauth) {
        Plan::Password { app_password } => {
            step(term, 4, t!("step-checking"));
            if let Some(a) = app_password {
                term.say(
                    Tone::Careful,
                    &t!("you-app-password", provider = a.provider, page = a.page),
                );
            }
            let password = ask_password(term, &t!("you-password")).await?;
            let (report, password) = check_password(run, net, term, account, password).await?;
            Ok(Some((report, Secret::Password(password))))
        }
        Plan::SignIn(p) => {
            step(term, 4, t!("step-checking"));
            check_signed_in(run, net, term, account, &p).await
        }
        Plan::Unavailable(u) => {
            unavailable(run, term, account, &u.problem()).await?;
            Ok(None)
        }
    }
}

/// The sign-in on the provider's page, then the check with its token. `None`: the provider offers
/// no sign-in this copy can use, and the account was offered to Thunderbird instead.
async fn check_signed_in(
    run: &Run,
    net: &Net,
    term: &mut Term,
    account: &Account,
    p: &plan::SignInPlan,
) -> Result<Option<(CheckReport, Secret)>, CliError> {
    let (address, incoming, outgoing) = (
        &account.address,
        &account.incoming,
        account.outgoing.as_ref(),
    );
    match sign_in(net, term, address, p).await? {
        SignInOutcome::Signed(done) => {
            let secret = LoginSecret::Token(done.tokens.access.clone());
            let report = check_once(net, term, address, incoming, outgoing, &secret).await?;
            if !report.ok() {
                explain(run, term, &report);
                return Err(CliError::Reported);
            }
            Ok(Some((report, Secret::SignedIn(done))))
        }
        SignInOutcome::Unavailable => {
            let problem = oauth::words::not_configured(&p.provider);
            unavailable(run, term, account, &problem).await?;
            Ok(None)
        }
        SignInOutcome::Failed(problem) => {
            let report = CheckReport::not_started(incoming, outgoing, problem);
            explain(run, term, &report);
            Err(CliError::Reported)
        }
    }
}

/// The check worked: a line for each server, the password or sign-in kept when wanted, the servers
/// that worked put in the account, and the account added to Thunderbird when offered.
async fn works(
    run: &Run,
    term: &mut Term,
    mut account: Account,
    report: CheckReport,
    secret: Secret,
) -> Result<(), CliError> {
    term.gap();
    term.say(Tone::Heading, &t!("done-works-title"));
    for c in report.sides() {
        term.say(Tone::Good, &c.works_line());
    }
    keep(term, &account.address, secret).await?;
    account.incoming = report.incoming.server.clone();
    account.outgoing = report.outgoing.as_ref().map(|o| o.server.clone());
    let offered = run
        .preset
        .as_ref()
        .is_none_or(|p| p.offers(Format::Thunderbird));
    if offered && add_to_thunderbird(term, &account, false).await? {
        term.say(Tone::Heading, &t!("done-title"));
    }
    Ok(())
}

/// What the check logged in with, to keep in the keyring afterwards.
enum Secret {
    Password(ModelSecret<String>),
    SignedIn(oauth::SignedIn),
}

/// The check with the password, asked again after a refusal: the report that worked, and the
/// password it worked with.
async fn check_password(
    run: &Run,
    net: &Net,
    term: &mut Term,
    account: &Account,
    mut password: ModelSecret<String>,
) -> Result<(CheckReport, ModelSecret<String>), CliError> {
    loop {
        let secret = LoginSecret::Password(password.clone());
        let (incoming, outgoing) = (&account.incoming, account.outgoing.as_ref());
        let report = check_once(net, term, &account.address, incoming, outgoing, &secret).await?;
        if report.ok() {
            return Ok((report, password));
        }
        explain(run, term, &report);
        if !report.wrong_password() {
            return Err(CliError::Reported);
        }
        let again = term.ask_secret(&t!("setup-password-again")).await?;
        if again.expose().is_empty() {
            return Err(CliError::Reported);
        }
        password = again;
        step(term, 4, t!("step-checking"));
    }
}

/// Keeps the password, or the sign-in, in the keyring when the person says so.
async fn keep(term: &mut Term, address: &Address, secret: Secret) -> Result<(), CliError> {
    let question = match &secret {
        Secret::Password(_) => t!("done-save-password"),
        Secret::SignedIn(s) if s.tokens.refresh.is_some() => t!("done-keep-signed-in"),
        // A sign-in without a refresh token leaves nothing to keep.
        Secret::SignedIn(_) => return Ok(()),
    };
    if !term.ask_yes_no(&question, true).await? {
        return Ok(());
    }
    // Not interrupted halfway: Ctrl-C now stops the wizard once the keyring has answered.
    let saved = match secret {
        Secret::Password(p) => crate::secrets::save_password(address.to_string(), p).await,
        Secret::SignedIn(s) => match s.tokens.refresh {
            Some(r) => crate::secrets::save_refresh_token(address.to_string(), s.issuer, r).await,
            None => Ok(()),
        },
    };
    match saved {
        Ok(()) => term.say(Tone::Good, &t!("done-saved")),
        Err(e) => term.say(Tone::Careful, &e.message()),
    }
    term.go_on()
}

/// How a sign-in in the browser ended.
enum SignInOutcome {
    Signed(oauth::SignedIn),
    /// The provider offers no sign-in this copy can use.
    Unavailable,
    Failed(crate::check::Problem),
}

/// The sign-in on the provider's page: the address printed (for a browser elsewhere), the browser
/// opened, and a wait that typing `cancel` or Ctrl-C ends.
async fn sign_in(
    net: &Net,
    term: &mut Term,
    address: &Address,
    p: &plan::SignInPlan,
) -> Result<SignInOutcome, CliError> {
    let provider = p.provider.as_str();
    term.say(Tone::Heading, &t!("sign-in-title", provider = provider));
    term.say(Tone::Plain, &t!("sign-in-intro", provider = provider));
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let events = move |e: oauth::Event| {
        // The wizard prints what arrives; nothing to do once it has stopped listening.
        let _ = tx.send(e);
    };
    let store = oauth::register::ClientStore::user();
    let hint = address.to_string();
    let limits = oauth::Limits::default();
    let said = |term: &Printer, e: oauth::Event| match e {
        oauth::Event::Url(url) => {
            term.say(Tone::Plain, &t!("sign-in-no-browser"));
            term.say(Tone::Plain, &format!("  {url}"));
            // The address is on the screen either way.
            let _ = oauth::browser::open(url.as_str());
            term.say(Tone::Plain, &t!("setup-sign-in-waiting"));
        }
        oauth::Event::Note(n) => term.say(Tone::Careful, &n),
    };
    // The wait below reads the terminal's lines (for `cancel`); the lines on the way are printed
    // through a printer of its own.
    let printer = term.printer();
    let work = async {
        let run = oauth::sign_in_planned(net, p, &store, &hint, limits, &events);
        tokio::pin!(run);
        loop {
            tokio::select! {
                r = &mut run => break r,
                Some(e) = rx.recv() => said(&printer, e),
            }
        }
    };
    let result = match term.or_cancel(work).await? {
        None => {
            term.say(Tone::Careful, &t!("sign-in-cancelled"));
            return Err(CliError::Reported);
        }
        Some(r) => r,
    };
    Ok(match result {
        Ok(done) => {
            term.say(Tone::Good, &t!("setup-signed-in", provider = provider));
            SignInOutcome::Signed(done)
        }
        Err(oauth::SignInError::NotOffered) => SignInOutcome::Unavailable,
        Err(e) => SignInOutcome::Failed(oauth::words::sign_in_problem(&e)),
    })
}

/// No sign-in is possible here: say so in one sentence, and offer what works — the account in
/// Thunderbird, which signs in by itself when it starts.
async fn unavailable(
    run: &Run,
    term: &mut Term,
    account: &Account,
    problem: &crate::check::Problem,
) -> Result<(), CliError> {
    term.gap();
    term.say(Tone::Careful, &problem.message);
    let offered = run
        .preset
        .as_ref()
        .is_none_or(|p| p.offers(Format::Thunderbird));
    if offered && add_to_thunderbird(term, account, true).await? {
        term.say(Tone::Plain, &t!("setup-unchecked-added"));
        return Ok(());
    }
    term.say(Tone::Plain, &problem.advice);
    Err(CliError::Reported)
}

/// A password, asked again while empty.
async fn ask_password(term: &mut Term, label: &str) -> Result<ModelSecret<String>, CliError> {
    loop {
        let p = term.ask_secret(label).await?;
        if !p.expose().is_empty() {
            return Ok(p);
        }
        term.say(Tone::Bad, &t!("setup-password-empty"));
    }
}

/// Step 2: the lookup, a line for each source as it ends.
async fn find(
    run: &Run,
    net: &Net,
    term: &mut Term,
    address: &Address,
) -> Result<Discovery, CliError> {
    term.say(Tone::Heading, &t!("finding-title"));
    term.say(
        Tone::Plain,
        &t!("finding-intro", domain = address.domain_unicode()),
    );
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let options = run.options();
    let term: &Term = term;
    let mut said = Vec::new();
    let lookup = async {
        let run = discover::discover(net, address, &options, Some(tx));
        tokio::pin!(run);
        let found = loop {
            tokio::select! {
                d = &mut run => break d,
                Some(p) = rx.recv() => progress_line(term, &p, &mut said),
            }
        };
        while let Ok(p) = rx.try_recv() {
            progress_line(term, &p, &mut said);
        }
        found
    };
    let found = term.or_stop(lookup).await?;
    if found.incoming.is_empty() {
        term.say(
            Tone::Bad,
            &t!("finding-nothing", domain = address.domain_unicode()),
        );
        term.say(Tone::Plain, &t!("setup-by-hand"));
        return Err(CliError::Reported);
    }
    Ok(found)
}

/// A line for a source once it has found something or ended (`said`: the sources already told).
fn progress_line(term: &Term, p: &Progress, said: &mut Vec<SourceId>) {
    let (source, status) = match p {
        Progress::Found { source, .. } => (*source, discover::SourceStatus::Found),
        Progress::Finished(r) => (r.name, r.status),
        Progress::Started(_) | Progress::Final => return,
    };
    if said.contains(&source) {
        return;
    }
    said.push(source);
    let tone = match status {
        discover::SourceStatus::Found => Tone::Good,
        _ => Tone::Plain,
    };
    term.say(
        tone,
        &t!(
            "setup-source",
            source = source.label(),
            status = status.words()
        ),
    );
}

/// Step 3: one live check, a line for each server before and after.
async fn check_once(
    net: &Net,
    term: &mut Term,
    address: &Address,
    incoming: &Server,
    outgoing: Option<&Server>,
    secret: &LoginSecret,
) -> Result<CheckReport, CliError> {
    term.say(Tone::Heading, &t!("checking-title"));
    term.say(Tone::Plain, &t!("checking-intro"));
    let sides = [
        (t!("checking-incoming"), Some(incoming)),
        (t!("checking-outgoing"), outgoing),
    ];
    for (side, server) in sides {
        let host = server.map_or_else(|| t!("checking-no-outgoing"), |s| s.host.clone());
        term.say(
            Tone::Plain,
            &t!(
                "setup-checking",
                side = side,
                host = host,
                status = t!("checking-busy")
            ),
        );
    }
    let timeouts = CheckTimeouts::default();
    term.or_stop(check::check_with(
        net, address, incoming, outgoing, secret, &timeouts,
    ))
    .await
}

/// "Something needs fixing": each side's problem and what to do, and the helpdesk.
fn explain(run: &Run, term: &Term, report: &CheckReport) {
    term.gap();
    term.say(Tone::Heading, &t!("fix-title"));
    let sides = [
        (t!("fix-incoming"), Some(&report.incoming)),
        (t!("fix-outgoing"), report.outgoing.as_ref()),
    ];
    for (label, check) in sides {
        match check {
            Some(c) if c.ok => term.say(Tone::Good, &format!("{label}: {}", t!("fix-works"))),
            Some(c) => {
                match &c.problem {
                    Some(p) => {
                        term.say(Tone::Bad, &format!("{label}: {}", p.message));
                        term.say(
                            Tone::Plain,
                            &t!("fix-what-to-do", advice = p.advice.as_str()),
                        );
                    }
                    None => term.say(
                        Tone::Bad,
                        &format!("{label}: {}", t!("cli-check-not-working")),
                    ),
                }
                for n in &c.notes {
                    term.say(Tone::Plain, n);
                }
            }
            None => term.say(Tone::Bad, &format!("{label}: {}", t!("fix-no-outgoing"))),
        }
    }
    if let Some(contact) = run.help_contact() {
        term.say(Tone::Plain, &contact);
    }
}

/// Step 4, continued: into the Thunderbird this computer uses, when there is one. Whether the
/// account is now in it. `unchecked`: nothing was checked (no sign-in possible here), so the
/// question says Thunderbird will ask the person to sign in, and "no" is the default.
async fn add_to_thunderbird(
    term: &mut Term,
    account: &Account,
    unchecked: bool,
) -> Result<bool, CliError> {
    let Some(home) = dirs::home_dir() else {
        return Ok(false);
    };
    let installs = tb_profiles::installed(&home);
    if installs.is_empty() {
        return Ok(false);
    }
    term.gap();
    let asked = if unchecked {
        term.ask_yes_no(&t!("setup-add-unchecked"), false).await?
    } else {
        term.say(Tone::Plain, &t!("done-lead-thunderbird"));
        term.ask_yes_no(&t!("done-add-thunderbird"), true).await?
    };
    if !asked {
        return Ok(false);
    }
    loop {
        // Not interrupted halfway: the profile is written whole or not at all, then Ctrl-C counts.
        let (home, installs, a) = (home.clone(), installs.clone(), account.clone());
        let added = tokio::task::spawn_blocking(move || {
            tb_profiles::add_to_default(&home, &installs, &a).map(|added| added.message(&a.address))
        })
        .await
        .map_err(|e| CliError::Local(e.to_string()))?;
        term.go_on()?;
        match added {
            Ok(said) => {
                term.say(Tone::Good, &said);
                return Ok(true);
            }
            Err(e) if e.thunderbird_open() => {
                term.say(Tone::Careful, &e.message());
                if !term.ask_yes_no(&t!("fix-try-again"), true).await? {
                    return Ok(false);
                }
            }
            Err(e) => {
                term.say(Tone::Bad, &e.message());
                return Ok(false);
            }
        }
    }
}
