//! `mailsetup diagnose`: reads the mail accounts of a Thunderbird profile, finds what is wrong with
//! each (without a password: the servers, encryption, ports, discovery and MX; with one: both logins
//! and, when asked, the send-and-receive test) and with `--fix` repairs what can be repaired.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::address::Address;
use crate::check::send_test;
use crate::cli::args::DiagnoseArgs;
use crate::cli::{CliError, Run, input, render};
use crate::diagnose::profile::{self, ProfileProblem};
use crate::diagnose::{self, TbAccount, fix};
use crate::export::tb_profiles;
use crate::model::Secret;
use crate::t;

/// How long the keyring may take to give a saved password.
const KEYRING_LIMIT: Duration = Duration::from_secs(5);

/// The profile folder: the one Thunderbird opens, or the folder given.
fn profile_dir(arg: &str) -> Result<PathBuf, CliError> {
    if arg != "default" {
        let dir = PathBuf::from(arg);
        if !dir.join("prefs.js").is_file() {
            return Err(CliError::BadInput(t!(
                "diagnose-not-a-profile",
                dir = dir.display().to_string()
            )));
        }
        return Ok(dir);
    }
    let home = dirs::home_dir();
    let installs = home
        .as_deref()
        .map(tb_profiles::installed)
        .unwrap_or_default();
    profile::default_profile(home.as_deref(), &installs).map_err(|p| match p {
        ProfileProblem::NoProfile => CliError::NotFound(format!(
            "{} {}",
            p.message(),
            t!("diagnose-no-profile-advice")
        )),
        other => CliError::BadInput(other.message()),
    })
}

/// The password saved in the keyring for `address`, if any (a keyring that fails or is slow counts
/// as none: the diagnosis then runs without logins and says so).
async fn saved_password(address: &str) -> Option<Secret<String>> {
    let address = address.to_owned();
    let load =
        tokio::task::spawn_blocking(move || crate::secrets::load_password_blocking(&address));
    match tokio::time::timeout(KEYRING_LIMIT, load).await {
        Ok(Ok(Ok(p))) => Some(p),
        _ => None,
    }
}

pub(crate) async fn run(run: &Run, args: &DiagnoseArgs) -> Result<(), CliError> {
    let dir = profile_dir(&args.thunderbird_profile)?;
    let (accounts, wanted) = chosen_accounts(&dir, args)?;
    let given = match (&wanted, args.password_stdin) {
        (Some(addr), true) => Some(input::password(true, addr)?),
        _ => None,
    };
    let net = run.net()?;
    let opts = options(run, args);
    let passwords = passwords(&accounts, given.as_ref(), args.json).await;
    // Every account at once: each diagnosis is bounded by its own limits.
    let mut reports = futures_util::future::join_all(
        accounts
            .iter()
            .zip(&passwords)
            .map(|(a, p)| diagnose::diagnose_account(&net, a, p.as_ref(), &opts)),
    )
    .await;
    let refused = if args.fix {
        apply_fixes(&dir, &mut reports)
    } else {
        None
    };
    report(&dir, &reports, refused.as_deref(), args.json)
}

/// The profile's accounts the diagnosis is about: every one, or the one `--account` names (then
/// also returned, parsed). None, or more than one with `--fix`, is an error.
fn chosen_accounts(
    dir: &Path,
    args: &DiagnoseArgs,
) -> Result<(Vec<TbAccount>, Option<Address>), CliError> {
    let mut accounts: Vec<TbAccount> =
        profile::accounts_in(dir).map_err(|p| CliError::BadInput(p.message()))?;
    let wanted = match &args.account {
        Some(a) => Some(input::address(a)?),
        None => None,
    };
    if let Some(addr) = &wanted {
        let want = addr.to_string();
        accounts.retain(|a| {
            a.address
                .as_deref()
                .is_some_and(|x| x.eq_ignore_ascii_case(&want))
        });
        if accounts.is_empty() {
            return Err(CliError::NotFound(t!(
                "diagnose-no-such-account",
                address = want.as_str()
            )));
        }
    }
    if accounts.is_empty() {
        return Err(CliError::NotFound(t!("diagnose-no-accounts")));
    }
    if args.fix && accounts.len() > 1 {
        return Err(CliError::BadInput(t!("diagnose-fix-needs-account")));
    }
    Ok((accounts, wanted))
}

/// The diagnosis's options from the run's settings and the flags.
fn options(run: &Run, args: &DiagnoseArgs) -> diagnose::Options {
    diagnose::Options {
        discovery: run.options(),
        check: Default::default(),
        send_test: args.send_test.then(|| {
            args.wait
                .map_or(send_test::DEFAULT_WAIT, Duration::from_secs)
        }),
        registrations: run.oauth.clone(),
    }
}

/// Each account's password: the one given on stdin, else the one saved in the keyring. An account
/// without one that signs in with a password is said on stderr (not with `--json`).
async fn passwords(
    accounts: &[TbAccount],
    given: Option<&Secret<String>>,
    json: bool,
) -> Vec<Option<Secret<String>>> {
    let mut passwords = Vec::new();
    for a in accounts {
        let password = match (given, &a.address) {
            (Some(p), _) => Some(p.clone()),
            (None, Some(address)) => saved_password(address).await,
            (None, None) => None,
        };
        if password.is_none() && !json && !a.incoming.signs_in_with_provider() {
            let address = a.shown_address();
            eprintln!("{}", t!("diagnose-no-password", address = address.as_str()));
        }
        passwords.push(password);
    }
    passwords
}

/// `--fix`: repairs each account with a fixable finding, marking what was fixed; returns why a
/// repair was refused, if one was.
fn apply_fixes(dir: &Path, reports: &mut [diagnose::AccountReport]) -> Option<String> {
    let mut refused = None;
    for r in reports
        .iter_mut()
        .filter(|r| r.findings.iter().any(|f| f.fixable))
    {
        match fix::apply(dir, &r.account, &r.repair) {
            Ok(ids) => {
                r.fixed = ids
                    .into_iter()
                    .filter(|id| r.findings.iter().any(|f| f.id == *id && f.fixable))
                    .collect();
            }
            Err(e) => refused = Some(e.to_string()),
        }
    }
    refused
}

/// Prints the reports (and a refused repair on stderr); an error when a problem is left unfixed
/// or a repair was refused.
fn report(
    dir: &Path,
    reports: &[diagnose::AccountReport],
    refused: Option<&str>,
    json: bool,
) -> Result<(), CliError> {
    if json {
        println!("{}", render::diagnose_json(dir, reports));
    } else {
        print!("{}", render::diagnose_text(reports));
    }
    if let Some(reason) = refused {
        eprintln!("mailsetup: {}", t!("diagnose-fix-refused", reason = reason));
    }
    let unfixed = reports.iter().any(|r| {
        r.findings
            .iter()
            .any(|f| f.status == diagnose::Level::Problem && !r.fixed.contains(&f.id))
    });
    if unfixed || refused.is_some() {
        Err(CliError::Reported)
    } else {
        Ok(())
    }
}
