//! `mailsetup setup`: the wizard in the terminal, for people who use a screen reader (iced has no
//! accessibility tree yet) or work over SSH. The same steps and the same words (the same Fluent
//! messages) as the window, one plain line after another: name, address, the IMAP/POP3 choice with
//! the same explanations, the trust question (answered by typing the domain), then what the one
//! sign-in plan says (`oauth::plan`) — the password (not shown), or the sign-in on the provider's
//! page with the address printed and a wait that `cancel` or Ctrl-C ends, or, when neither is
//! possible here, the account offered to Thunderbird, which signs in by itself — the live check
//! with a line per server, then keeping the password or the sign-in and adding the account to
//! Thunderbird. It calls the library the window calls (`discover`, `check`, `secrets`,
//! `export::tb_profiles`); `term.rs` is the terminal itself.
//!
//! Ctrl-C stops it at once while it waits for an answer, a lookup or a check; the two writes
//! (the keyring entry, the Thunderbird profile) are never interrupted halfway, and the wizard stops
//! right after the one under way.

mod term;

use term::{Printer, Term, Tone};

use crate::address::Address;
use crate::check::{self, CheckReport, CheckTimeouts, LoginSecret};
use crate::cli::{CliError, Run};
use crate::discover::{self, Discovery, Progress};
use crate::export::{Account, Format, tb_profiles};
use crate::model::{Protocol, Secret as ModelSecret, Server, SourceId};
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
    step(term, 1, t!("step-you"));
    term.say(Tone::Heading, &t!("you-title"));
    term.say(Tone::Plain, &t!("you-intro"));
    let name = term.ask(&t!("you-name")).await?.trim().to_owned();
    let address = loop {
        let typed = term.ask(&t!("you-address")).await?;
        match Address::parse(&typed) {
            Ok(a) => {
                term.say(
                    Tone::Good,
                    &t!("you-address-ok", domain = a.domain_unicode()),
                );
                break a;
            }
            Err(_) if typed.trim().is_empty() => term.say(Tone::Plain, &t!("you-address-hint")),
            Err(e) => term.say(Tone::Bad, &e.explain()),
        }
    };

    step(term, 2, t!("step-finding"));
    let found = find(run, net, term, &address).await?;
    step(term, 3, t!("step-receive"));
    let Some((incoming, outgoing, leave_copy)) = choose(term, &address, &found).await? else {
        return Err(CliError::Reported);
    };
    let mut account = Account {
        address: address.clone(),
        name,
        incoming: incoming.clone(),
        outgoing: outgoing.clone(),
        leave_on_server: leave_copy,
    };

    // The one sign-in plan decides: the password (asked only now), the provider's page, or
    // neither here.
    let servers = std::iter::once(&incoming).chain(outgoing.as_ref());
    let (report, secret) = match plan::plan(&address, servers, &run.oauth) {
        Plan::Password { app_password } => {
            step(term, 4, t!("step-checking"));
            if let Some(a) = app_password {
                term.say(
                    Tone::Careful,
                    &t!("you-app-password", provider = a.provider, page = a.page),
                );
            }
            let password = ask_password(term, &t!("you-password")).await?;
            let (report, password) = check_password(run, net, term, &account, password).await?;
            (report, Secret::Password(password))
        }
        Plan::SignIn(p) => {
            step(term, 4, t!("step-checking"));
            match sign_in(net, term, &address, &p).await? {
                SignInOutcome::Signed(done) => {
                    let secret = LoginSecret::Token(done.tokens.access.clone());
                    let report =
                        check_once(net, term, &address, &incoming, outgoing.as_ref(), &secret)
                            .await?;
                    if !report.ok() {
                        explain(run, term, &report);
                        return Err(CliError::Reported);
                    }
                    (report, Secret::SignedIn(done))
                }
                SignInOutcome::Unavailable => {
                    let problem = oauth::words::not_configured(&p.provider);
                    return unavailable(run, term, &account, &problem).await;
                }
                SignInOutcome::Failed(problem) => {
                    let report = CheckReport::not_started(&incoming, outgoing.as_ref(), problem);
                    explain(run, term, &report);
                    return Err(CliError::Reported);
                }
            }
        }
        Plan::Unavailable(u) => return unavailable(run, term, &account, &u.problem()).await,
    };

    term.gap();
    term.say(Tone::Heading, &t!("done-works-title"));
    for c in report.sides() {
        term.say(Tone::Good, &c.works_line());
    }
    keep(term, &address, secret).await?;
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

/// Step 2, continued: IMAP or POP3 (when both are offered), a copy on the server for POP3, and the
/// trust question for a server outside the address's domain. `None`: the person did not confirm.
async fn choose(
    term: &mut Term,
    address: &Address,
    found: &Discovery,
) -> Result<Option<(Server, Option<Server>, bool)>, CliError> {
    let offers = |p: Protocol| found.incoming.iter().any(|s| s.protocol == p);
    let protocol = match (offers(Protocol::Imap), offers(Protocol::Pop3)) {
        (true, true) => {
            term.say(Tone::Heading, &t!("receive-title"));
            term.say(Tone::Plain, &format!("1. {}", t!("receive-imap")));
            term.say(Tone::Plain, &format!("   {}", t!("receive-imap-explained")));
            term.say(Tone::Plain, &format!("2. {}", t!("receive-pop3")));
            term.say(Tone::Plain, &format!("   {}", t!("receive-pop3-explained")));
            loop {
                match term.ask(&t!("setup-choose")).await?.trim() {
                    "" | "1" => break Protocol::Imap,
                    "2" => break Protocol::Pop3,
                    _ => term.say(Tone::Careful, &t!("setup-choose-again")),
                }
            }
        }
        (false, true) => {
            term.say(Tone::Plain, &t!("receive-only-pop3"));
            Protocol::Pop3
        }
        _ => {
            term.say(Tone::Plain, &t!("receive-only-imap"));
            Protocol::Imap
        }
    };
    let mut leave_copy = true;
    if protocol == Protocol::Pop3 {
        leave_copy = term.ask_yes_no(&t!("receive-leave-copy"), true).await?;
        if !leave_copy {
            term.say(Tone::Careful, &t!("receive-leave-copy-warning"));
        }
    }
    let Some(incoming) = found.incoming.iter().find(|s| s.protocol == protocol) else {
        return Ok(None);
    };
    let outgoing = found.outgoing.first();
    term.say(
        Tone::Plain,
        &t!("receive-incoming-server", server = incoming.line()),
    );
    term.say(
        Tone::Plain,
        &match outgoing {
            Some(o) => t!("receive-outgoing-server", server = o.line()),
            None => t!("receive-no-outgoing"),
        },
    );
    let mut foreign: Vec<String> = Vec::new();
    for d in std::iter::once(incoming)
        .chain(outgoing)
        .filter_map(|s| s.foreign_domain(address))
    {
        if !foreign.contains(&d) {
            foreign.push(d);
        }
    }
    for domain in &foreign {
        term.gap();
        term.say(Tone::Careful, &t!("receive-foreign-title"));
        term.say(Tone::Heading, &format!("   {domain}"));
        term.say(
            Tone::Plain,
            &t!(
                "receive-foreign-explained",
                address_domain = address.registrable_domain()
            ),
        );
        let typed = term
            .ask(&t!("setup-trust-type", domain = domain.as_str()))
            .await?;
        if !typed.trim().eq_ignore_ascii_case(domain) {
            term.say(
                Tone::Bad,
                &t!("setup-trust-refused", domain = domain.as_str()),
            );
            return Ok(None);
        }
    }
    Ok(Some((incoming.clone(), outgoing.cloned(), leave_copy)))
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
