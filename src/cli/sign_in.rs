//! What `mailsetup check` logs in with. For a password server: the password (standard input or a
//! prompt). For a server that signs in with OAuth2: the kept refresh token from the keyring when
//! there is one and it still works, else the browser sign-in, with the URL printed on stderr so it
//! can be copied on a computer without a browser. No registration for the provider, or a sign-in
//! that fails, is each side's problem (`not-configured`, `sign-in-cancelled`, `sign-in-failed`).

use super::{CliError, Run, input};
use crate::address::Address;
use crate::check::{CheckReport, LoginSecret, Problem};
use crate::model::{Auth, OAuthEndpoints, Secret, Server};
use crate::net::Net;
use crate::oauth::words::{not_configured, provider_name, sign_in_problem};
use crate::oauth::{self, Client};

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

/// The password, or a token for the server that signs in with OAuth2.
pub(super) async fn prepare(
    run: &Run,
    net: &Net,
    addr: &Address,
    incoming: &Server,
    outgoing: Option<&Server>,
    password_stdin: bool,
) -> Result<Prepared, CliError> {
    let oauth_server = std::iter::once(incoming)
        .chain(outgoing)
        .find(|s| s.auth == Auth::OAuth2);
    let Some(server) = oauth_server else {
        let password = input::password(password_stdin, addr)?;
        return Ok(Prepared::Ready(LoginSecret::Password(password), None));
    };
    let Some(endpoints) = &server.oauth else {
        // OAuth2 only, and no vouched source said where to sign in: nothing we can do here.
        let e = OAuthEndpoints {
            issuer: server.host.clone(),
            auth_url: String::new(),
            token_url: String::new(),
            scope: String::new(),
        };
        return Ok(refused(incoming, outgoing, not_configured(&e)));
    };
    let Some(client) = run.oauth.get(&endpoints.issuer) else {
        return Ok(refused(incoming, outgoing, not_configured(endpoints)));
    };
    let address = addr.to_string();
    if let Some(tokens) = from_keyring(net, endpoints, client, &address).await {
        return Ok(ready(tokens, endpoints));
    }
    let provider = provider_name(endpoints);
    let shown = |url: &url::Url| {
        eprintln!(
            "{}\n  {url}",
            crate::t!("sign-in-open-browser", provider = provider.as_str())
        );
        if let Err(e) = oauth::browser::open(url.as_str()) {
            eprintln!("mailsetup: {e}");
        }
    };
    match oauth::sign_in(
        net,
        endpoints,
        client,
        &address,
        oauth::Limits::default(),
        shown,
    )
    .await
    {
        Ok(tokens) => Ok(ready(tokens, endpoints)),
        Err(e) => Ok(refused(incoming, outgoing, sign_in_problem(&e))),
    }
}

fn ready(tokens: oauth::Tokens, endpoints: &OAuthEndpoints) -> Prepared {
    let keep = tokens.refresh.map(|refresh| Keep {
        issuer: endpoints.issuer.clone(),
        refresh,
    });
    Prepared::Ready(LoginSecret::Token(tokens.access), keep)
}

/// A fresh access token from the kept refresh token, if there is one and the provider still
/// honours it; otherwise the browser, and why on stderr (a locked keyring, a refused refresh).
async fn from_keyring(
    net: &Net,
    endpoints: &OAuthEndpoints,
    client: &Client,
    address: &str,
) -> Option<oauth::Tokens> {
    match oauth::kept_sign_in(net, endpoints, client, address).await {
        Ok(kept) => kept,
        Err(oauth::KeptError::Keyring(e)) => {
            eprintln!("mailsetup: {e}");
            None
        }
        Err(oauth::KeptError::Refused(e)) => {
            eprintln!(
                "mailsetup: {}",
                crate::t!("cli-sign-in-again", reason = e.to_string())
            );
            None
        }
    }
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
