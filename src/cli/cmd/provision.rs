//! `mailsetup provision`: sets up the email of the person logged in, with no window and no
//! question, for a helpdesk's rollout (run by hand, by a script, or at every login from the
//! organisation's package).
//!
//! The address and name come from the flags, else from the preset's `[provision]` templates
//! ([`crate::preset::Provision`]); the servers from the preset, else discovery. The account goes
//! into the Thunderbird profile the person's Thunderbird opens (or `--add-to DIR`), exactly as
//! "Add to Thunderbird" puts it there, with no password: Thunderbird asks on first use, or signs in
//! with the provider itself (OAuth2). Running it again changes nothing ([`plan`]); nothing is ever
//! written while Thunderbird runs (exit 3: "try again after Thunderbird closes").

mod log;
mod plan;

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::address::Address;
use crate::cli::args::ProvisionArgs;
use crate::cli::{CliError, Run, render};
use crate::export::Account;
use crate::export::tb_profiles::{self, Added, Located};
use crate::export::thunderbird;
use crate::model::Server;
use crate::preset::{Person, Unfilled};
use plan::Plan;

/// What happened, as `--json` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
enum Outcome {
    Added,
    AlreadySetUp,
    Updated,
    Skipped,
}

/// The `--json` object.
#[derive(Debug, Serialize)]
struct Report {
    address: String,
    name: String,
    profile: PathBuf,
    result: Outcome,
    incoming: Server,
    outgoing: Option<Server>,
    /// Skipped because the account there receives with this other protocol (even with --update).
    #[serde(skip_serializing_if = "Option::is_none")]
    existing_protocol: Option<String>,
    /// What the person reads.
    message: String,
}

/// A template's value, or the words saying why it cannot be filled.
fn filled(template: &str, who: &Person) -> Result<String, CliError> {
    crate::preset::fill(template, who).map_err(|Unfilled(placeholder)| {
        CliError::BadInput(crate::t!(
            "provision-unfilled",
            template = template,
            placeholder = placeholder
        ))
    })
}

/// The address and name: the flags, else the preset's templates (the name may stay empty).
fn who(run: &Run, args: &ProvisionArgs) -> Result<(Address, String), CliError> {
    let templates = run
        .preset
        .as_ref()
        .map(|p| p.provision.clone())
        .unwrap_or_default();
    // Asked of the system (a `getent` run) only when a template or the default name needs it.
    let person = std::cell::OnceCell::new();
    let person = || person.get_or_init(Person::this_session);
    let address = match (&args.address, &templates.address) {
        (Some(a), _) => a.clone(),
        (None, Some(t)) => filled(t, person())?,
        (None, None) => return Err(CliError::BadInput(crate::t!("provision-no-address"))),
    };
    let addr = crate::cli::input::address(&address)?;
    let name = match (&args.name, &templates.name) {
        (Some(n), _) => n.trim().to_owned(),
        (None, Some(t)) => filled(t, person())?,
        (None, None) => person().full_name.clone(),
    };
    Ok((addr, name))
}

fn io_error(path: &Path, e: impl std::fmt::Display) -> CliError {
    CliError::Local(crate::t!(
        "tb-could-not-add",
        reason = format!("{}: {e}", path.display())
    ))
}

fn thunderbird_open() -> CliError {
    CliError::Local(crate::t!("provision-thunderbird-running"))
}

/// Adds, keeps or updates the account in the profile at `dir`, whose `prefs.js` exists.
fn into_profile(
    dir: &Path,
    a: &Account,
    update: bool,
) -> Result<(Outcome, Option<String>), CliError> {
    let prefs = dir.join("prefs.js");
    let text = crate::diagnose::prefs::read_text(&prefs).map_err(|e| io_error(&prefs, e))?;
    let plan = plan::plan(&text, a, update).map_err(|e| io_error(&prefs, e))?;
    let write = !matches!(
        plan,
        Plan::AlreadySetUp | Plan::Skip | Plan::SkipOtherProtocol { .. }
    );
    if write && (thunderbird::thunderbird_running() || thunderbird::profile_locked(dir)) {
        return Err(thunderbird_open());
    }
    match plan {
        Plan::AlreadySetUp => Ok((Outcome::AlreadySetUp, None)),
        Plan::Skip => Ok((Outcome::Skipped, None)),
        Plan::SkipOtherProtocol { existing } => Ok((Outcome::Skipped, Some(existing))),
        Plan::Add => {
            thunderbird::add_to_profile(dir, a).map_err(|e| io_error(dir, e))?;
            Ok((Outcome::Added, None))
        }
        Plan::Update(lines) => {
            crate::diagnose::fix::write_lines(dir, &lines).map_err(|e| io_error(dir, e))?;
            Ok((Outcome::Updated, None))
        }
    }
}

/// Where the account goes, and what happened there.
fn place(
    args: &ProvisionArgs,
    a: &Account,
) -> Result<(PathBuf, (Outcome, Option<String>)), CliError> {
    if args.add_to != Path::new("default") {
        let dir = args.add_to.clone();
        if !dir.is_dir() {
            return Err(CliError::BadInput(crate::t!(
                "provision-no-profile-folder",
                path = dir.display().to_string()
            )));
        }
        if !dir.join("prefs.js").exists() {
            if thunderbird::thunderbird_running() {
                return Err(thunderbird_open());
            }
            thunderbird::create_profile(&dir, a).map_err(|e| io_error(&dir, e))?;
            return Ok((dir, (Outcome::Added, None)));
        }
        let outcome = into_profile(&dir, a, args.update)?;
        return Ok((dir, outcome));
    }
    let home = dirs::home_dir().ok_or_else(|| CliError::Local(crate::t!("done-export-no-home")))?;
    let installs = tb_profiles::installed(&home);
    let located = tb_profiles::locate(&home, &installs)
        .map_err(|e| CliError::Local(crate::t!("tb-could-not-add", reason = e.to_string())))?;
    match located {
        Located::Profile(p) if p.dir.join("prefs.js").exists() => {
            let outcome = into_profile(&p.dir, a, args.update)?;
            Ok((p.dir, outcome))
        }
        // No profile, or one never started: made (or filled) the way "Add to Thunderbird" does.
        _ => {
            if thunderbird::thunderbird_running() {
                return Err(thunderbird_open());
            }
            let added = tb_profiles::add_to_default(&home, &installs, a).map_err(|e| {
                if e.thunderbird_open() {
                    thunderbird_open()
                } else {
                    CliError::Local(e.message())
                }
            })?;
            let outcome = match added {
                Added::AlreadySetUp(_) => Outcome::AlreadySetUp,
                Added::Added { .. } | Added::Created(_) => Outcome::Added,
            };
            Ok((added.profile().dir.clone(), (outcome, None)))
        }
    }
}

/// The words for what happened.
fn message(r: &Report) -> String {
    let address = r.address.as_str();
    let profile = r.profile.display().to_string();
    let profile = profile.as_str();
    let signs_in = r.incoming.auth == crate::model::Auth::OAuth2;
    match r.result {
        Outcome::Added if signs_in => crate::t!(
            "provision-added-sign-in",
            address = address,
            profile = profile
        ),
        Outcome::Added => crate::t!("provision-added", address = address, profile = profile),
        Outcome::AlreadySetUp => {
            crate::t!("provision-already", address = address, profile = profile)
        }
        Outcome::Updated => crate::t!("provision-updated", address = address, profile = profile),
        Outcome::Skipped => match &r.existing_protocol {
            Some(existing) => crate::t!(
                "provision-skipped-protocol",
                address = address,
                profile = profile,
                existing = existing.as_str(),
                wanted = r.incoming.protocol.to_string()
            ),
            None => crate::t!("provision-skipped", address = address, profile = profile),
        },
    }
}

async fn provision(run: &Run, args: &ProvisionArgs) -> Result<Report, CliError> {
    let (addr, name) = who(run, args)?;
    let net = run.net()?;
    let found = crate::discover::discover(&net, &addr, &run.options(), None).await;
    let incoming = crate::cli::input::incoming(&found, None)
        .ok_or_else(|| CliError::NotFound(render::not_found_message(&found)))?;
    let account = Account {
        address: addr.clone(),
        name: name.clone(),
        incoming: incoming.clone(),
        outgoing: found.outgoing.first().cloned(),
        leave_on_server: true,
    };
    let (profile, (result, existing_protocol)) = place(args, &account)?;
    let mut report = Report {
        address: addr.to_string(),
        name,
        profile,
        result,
        incoming: account.incoming,
        outgoing: account.outgoing,
        existing_protocol,
        message: String::new(),
    };
    report.message = message(&report);
    Ok(report)
}

pub(crate) async fn run(run: &Run, args: &ProvisionArgs) -> Result<(), CliError> {
    let result = provision(run, args).await;
    if args.log {
        let line = match &result {
            Ok(r) => r.message.clone(),
            Err(e) => e.message().unwrap_or_default().to_owned(),
        };
        // The log is a record, not the job: a log that cannot be written changes nothing.
        let _ = log::append(&line);
        return result.map(|_| ());
    }
    let report = result?;
    if args.json {
        println!("{}", render::json(&report));
    } else {
        println!("{}", report.message);
    }
    Ok(())
}
