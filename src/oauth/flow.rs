//! A planned sign-in, run the same way by every front end: settle what the plan left open (the
//! issuer's metadata, a client registered by the program itself), use the sign-in kept in the
//! keyring while the provider honours it, else the browser. A client the program registered
//! earlier that the provider no longer knows (`invalid_client`) is registered again, once.

use super::plan::SignInPlan;
use super::register::{self, ClientStore};
use super::{Client, KeptError, Limits, Ready, SignInError, Tokens, redirect_host};
use crate::net::Net;

/// What happens along the way, for the front end to show.
#[derive(Debug, Clone)]
pub enum Event {
    /// The provider's sign-in page: open it in the browser and show it (for a browser elsewhere).
    Url(url::Url),
    /// Something the person may want to know, already in words (a locked keyring, a kept
    /// sign-in that no longer works).
    Note(String),
}

/// A finished sign-in: the tokens, and the issuer to keep the refresh token under.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub tokens: Tokens,
    pub issuer: String,
}

/// Settles the plan into a sign-in that can start. `fresh`: do not reuse a client registered
/// before (it was refused).
pub(crate) async fn prepare(
    net: &Net,
    plan: &SignInPlan,
    store: &ClientStore,
    fresh: bool,
) -> Result<(Ready, bool), SignInError> {
    let issuer = plan.endpoints.issuer.clone();
    if let (Some(client), Some(endpoints)) = (&plan.client, plan.endpoints.clone().checked()) {
        let ready = Ready {
            endpoints,
            client: client.clone(),
            iss: None,
        };
        return Ok((ready, false));
    }
    let Some(meta) = register::fetch_metadata(net, &issuer).await? else {
        return Err(if plan.client.is_some() {
            SignInError::Metadata("the provider publishes no sign-in settings".into())
        } else {
            SignInError::NotOffered
        });
    };
    let mut endpoints = plan.endpoints.clone();
    if endpoints.auth_url.trim().is_empty() {
        endpoints.auth_url = meta.authorization_endpoint.clone().unwrap_or_default();
    }
    if endpoints.token_url.trim().is_empty() {
        endpoints.token_url = meta.token_endpoint.clone().unwrap_or_default();
    }
    if endpoints.scope.trim().is_empty() {
        endpoints.scope = meta.default_scope();
    }
    let endpoints = endpoints.checked().ok_or(SignInError::InsecureEndpoint)?;
    let iss = meta
        .authorization_response_iss_parameter_supported
        .then(|| meta.issuer.clone());
    // `stale`: a client the program registered on an earlier sign-in, which the provider may
    // have dropped since.
    let (client, stale) = match &plan.client {
        Some(c) => (c.clone(), false),
        None => match (!fresh).then(|| store.get(&issuer)).flatten() {
            Some(id) => (public_client(&issuer, id), true),
            None => {
                let endpoint = meta
                    .registration_endpoint
                    .as_deref()
                    .ok_or(SignInError::NotOffered)?;
                let id = register::register(net, endpoint, redirect_host(&issuer)).await?;
                // Not kept (a read-only config folder): the next sign-in registers again.
                let _ = store.set(&issuer, Some(&id));
                (public_client(&issuer, id), false)
            }
        },
    };
    let ready = Ready {
        endpoints,
        client,
        iss,
    };
    Ok((ready, stale))
}

fn public_client(issuer: &str, client_id: String) -> Client {
    Client {
        issuer: issuer.to_owned(),
        client_id,
        client_secret: None,
        tenant: None,
    }
}

/// An access token from the sign-in kept for `address`, without a browser and without registering
/// a new client: None when nothing is kept, the provider no longer honours it, or the keyring
/// cannot be read. For checks that may use a sign-in but must never start one (`diagnose`).
pub async fn kept_token(
    net: &Net,
    plan: &SignInPlan,
    store: &ClientStore,
    address: &str,
) -> Option<Tokens> {
    if plan.client.is_none() && store.get(&plan.endpoints.issuer).is_none() {
        // No client of ours there, so no sign-in of ours can be kept.
        return None;
    }
    let (ready, _) = prepare(net, plan, store, false).await.ok()?;
    super::kept_sign_in(net, &ready.endpoints, &ready.client, address)
        .await
        .ok()
        .flatten()
}

/// Signs `address` in as the plan says: the kept sign-in first, else the browser, with
/// `events` told the sign-in page's address and any note on the way.
pub async fn sign_in_planned(
    net: &Net,
    plan: &SignInPlan,
    store: &ClientStore,
    address: &str,
    limits: Limits,
    events: &(dyn Fn(Event) + Send + Sync),
) -> Result<SignedIn, SignInError> {
    let issuer = plan.endpoints.issuer.clone();
    let done = |tokens| SignedIn {
        tokens,
        issuer: issuer.clone(),
    };
    let (mut ready, mut stale) = prepare(net, plan, store, false).await?;
    match super::kept_sign_in(net, &ready.endpoints, &ready.client, address).await {
        Ok(Some(tokens)) => return Ok(done(tokens)),
        Ok(None) => {}
        Err(KeptError::Refused(SignInError::InvalidClient)) if stale => {
            (ready, stale) = again(net, plan, store).await?;
        }
        Err(KeptError::Keyring(e)) => events(Event::Note(e.message())),
        Err(KeptError::Refused(e)) => events(Event::Note(crate::t!(
            "cli-sign-in-again",
            reason = e.to_string()
        ))),
    }
    let show = |url: &url::Url| events(Event::Url(url.clone()));
    match super::sign_in_ready(net, &ready, address, limits, show).await {
        Err(SignInError::InvalidClient) if stale => {
            let (ready, _) = again(net, plan, store).await?;
            let show = |url: &url::Url| events(Event::Url(url.clone()));
            super::sign_in_ready(net, &ready, address, limits, show)
                .await
                .map(done)
        }
        other => other.map(done),
    }
}

/// The provider dropped the client registered before: forget it and register again, once.
async fn again(
    net: &Net,
    plan: &SignInPlan,
    store: &ClientStore,
) -> Result<(Ready, bool), SignInError> {
    let _ = store.set(&plan.endpoints.issuer, None);
    prepare(net, plan, store, true).await
}
