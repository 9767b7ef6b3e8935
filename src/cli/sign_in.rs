//! What `mailsetup check` logs in with, as the one sign-in plan says (`oauth::plan`). For a password
//! server: the password (standard input or a prompt; an app password named when the provider wants
//! one). For a server that signs in with OAuth2: the kept refresh token from the keyring when there
//! is one and it still works, else the browser sign-in (with a client registered by the program
//! itself where the provider offers that), with the URL printed on stderr so it can be copied on a
//! computer without a browser. A sign-in that is not possible, or fails, is each side's problem
//! (`not-configured`, `admin-approval-needed`, `sign-in-cancelled`, `sign-in-failed`).

use super::{CliError, Run, input};
use crate::address::Address;
use crate::check::{CheckReport, LoginSecret, Problem};
use crate::model::{Secret, Server};
use crate::net::Net;
use crate::oauth;
use crate::oauth::plan::{self, Plan};
use crate::oauth::register::ClientStore;
use crate::oauth::words::{not_configured, sign_in_problem};

/// A sign-in to keep after the check worked (with `--remember`).
pub(super) struct Keep {
    pub issuer: String,
    pub refresh: Secret<String>,
}

/// What the check will use, or the report to give instead.
pub(super) enum Prepared {
    Ready(LoginSecret, Option<Keep>),
    Refused(Box<CheckReport>),
}

/// The report when the check cannot start: every side gets the same problem.
fn refused(incoming: &Server, outgoing: Option<&Server>, p: Problem) -> Prepared {
    Prepared::Refused(Box::new(CheckReport::not_started(incoming, outgoing, p)))
}

/// The password, or a token for the server that signs in with OAuth2, as the one sign-in plan
/// says (`oauth::plan`).
pub(super) async fn prepare(
    run: &Run,
    net: &Net,
    addr: &Address,
    incoming: &Server,
    outgoing: Option<&Server>,
    password_stdin: bool,
) -> Result<Prepared, CliError> {
    let servers = std::iter::once(incoming).chain(outgoing);
    let sign_in = match plan::plan(addr, servers, &run.oauth) {
        Plan::Password { app_password } => {
            if let (Some(a), false) = (app_password, password_stdin) {
                eprintln!(
                    "{}",
                    crate::t!("you-app-password", provider = a.provider, page = a.page)
                );
            }
            let password = input::password(password_stdin, addr)?;
            return Ok(Prepared::Ready(LoginSecret::Password(password), None));
        }
        Plan::Unavailable(u) => return Ok(refused(incoming, outgoing, u.problem())),
        Plan::SignIn(s) => s,
    };
    let provider = sign_in.provider.clone();
    let events = move |e: oauth::Event| match e {
        oauth::Event::Url(url) => {
            eprintln!(
                "{}\n  {url}",
                crate::t!("sign-in-open-browser", provider = provider.as_str())
            );
            if let Err(e) = oauth::browser::open(url.as_str()) {
                eprintln!("mailsetup: {e}");
            }
        }
        oauth::Event::Note(n) => eprintln!("mailsetup: {n}"),
    };
    let store = ClientStore::user();
    let address = addr.to_string();
    let limits = oauth::Limits::default();
    match oauth::sign_in_planned(net, &sign_in, &store, &address, limits, &events).await {
        Ok(done) => Ok(ready(done)),
        Err(oauth::SignInError::NotOffered) => {
            let p = not_configured(&sign_in.provider);
            Ok(refused(incoming, outgoing, p))
        }
        Err(e) => Ok(refused(incoming, outgoing, sign_in_problem(&e))),
    }
}

fn ready(done: oauth::SignedIn) -> Prepared {
    let keep = done.tokens.refresh.map(|refresh| Keep {
        issuer: done.issuer,
        refresh,
    });
    Prepared::Ready(LoginSecret::Token(done.tokens.access), keep)
}

/// Keeps the refresh token after a check that worked.
pub(super) async fn keep(addr: &Address, keep: Keep) {
    let address = addr.to_string();
    let saved = tokio::task::spawn_blocking(move || {
        crate::secrets::save_refresh_token_blocking(&address, &keep.issuer, &keep.refresh)
    })
    .await;
    match saved {
        Ok(Ok(())) => eprintln!("{}", crate::t!("cli-sign-in-kept")),
        Ok(Err(e)) => eprintln!("mailsetup: {}", e.message()),
        Err(e) => eprintln!("mailsetup: {e}"),
    }
}
