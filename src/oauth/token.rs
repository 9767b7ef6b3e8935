//! The token side of the sign-in, through the `oauth2` crate: the authorization URL with PKCE S256
//! (RFC 7636), `state` and `login_hint`, the code exchange and the refresh grant (RFC 6749 §4.1.3,
//! §6). HTTP goes through the project's own client (`Net::exchange`: our TLS and DNS, no redirects
//! from HTTPS to HTTP) with the answer capped at [`super::MAX_TOKEN_RESPONSE`] and the whole request
//! under a time limit. Client credentials go in the request body (RFC 6749 §2.3.1), which every
//! mail provider accepts.

use std::time::Duration;

use oauth2::basic::{BasicClient, BasicErrorResponseType};
use oauth2::{
    AuthType, AuthUrl, AuthorizationCode, ClientId, ClientSecret, CsrfToken, EndpointNotSet,
    EndpointSet, PkceCodeChallenge, PkceCodeVerifier, RedirectUrl, RefreshToken, RequestTokenError,
    Scope, TokenResponse as _, TokenUrl,
};

use super::loopback::Code;
use super::{Client, Limits, MAX_TOKEN_RESPONSE, SignInError, Tokens};
use crate::model::{OAuthEndpoints, Secret};
use crate::net::{FetchError, Net};

/// The HTTP client the `oauth2` crate calls: our own, through [`Net::exchange`] (a clone of the
/// network layer, which shares its connections). A named type that borrows nothing, not a closure,
/// so the request's future is `Send` whatever the lifetimes, as the wizard's tasks need.
struct Http(Net);

impl<'c> oauth2::AsyncHttpClient<'c> for Http {
    type Error = FetchError;
    type Future = std::pin::Pin<
        Box<dyn Future<Output = Result<oauth2::HttpResponse, FetchError>> + Send + 'c>,
    >;

    fn call(&'c self, request: oauth2::HttpRequest) -> Self::Future {
        Box::pin(self.0.exchange(request, MAX_TOKEN_RESPONSE))
    }
}

type Configured =
    BasicClient<EndpointSet, EndpointNotSet, EndpointNotSet, EndpointNotSet, EndpointSet>;

/// One sign-in: the configured client and the PKCE verifier of its authorization URL.
pub(crate) struct Flow {
    client: Configured,
    verifier: Option<PkceCodeVerifier>,
}

fn configured(
    endpoints: &OAuthEndpoints,
    c: &Client,
    redirect: Option<&str>,
) -> Result<Configured, SignInError> {
    let bad = |_| SignInError::InsecureEndpoint;
    let mut client = BasicClient::new(ClientId::new(c.client_id.clone()))
        .set_auth_uri(AuthUrl::new(endpoints.auth_url.clone()).map_err(bad)?)
        .set_token_uri(TokenUrl::new(endpoints.token_url.clone()).map_err(bad)?)
        .set_auth_type(AuthType::RequestBody);
    if let Some(r) = redirect {
        client = client.set_redirect_uri(RedirectUrl::new(r.to_owned()).map_err(bad)?);
    }
    if let Some(s) = &c.client_secret {
        client = client.set_client_secret(ClientSecret::new(s.expose().clone()));
    }
    Ok(client)
}

impl Flow {
    pub(crate) fn new(
        endpoints: &OAuthEndpoints,
        c: &Client,
        redirect: &str,
    ) -> Result<Flow, SignInError> {
        Ok(Flow {
            client: configured(endpoints, c, Some(redirect))?,
            verifier: None,
        })
    }

    /// The URL to open, and the `state` it carries.
    pub(crate) fn authorize_url(&mut self, scope: &str, login_hint: &str) -> (url::Url, String) {
        let (challenge, verifier) = PkceCodeChallenge::new_random_sha256();
        self.verifier = Some(verifier);
        let (url, state) = self
            .client
            .authorize_url(CsrfToken::new_random)
            .add_scopes(scope.split_whitespace().map(|s| Scope::new(s.to_owned())))
            .add_extra_param("login_hint", login_hint)
            .set_pkce_challenge(challenge)
            .url();
        (url, state.secret().clone())
    }

    /// Trades the code for tokens.
    pub(crate) async fn exchange(
        mut self,
        net: &Net,
        code: Code,
        limit: Duration,
    ) -> Result<Tokens, SignInError> {
        let http = Http(net.clone());
        let mut request = self
            .client
            .exchange_code(AuthorizationCode::new(code.0.expose().clone()));
        if let Some(v) = self.verifier.take() {
            request = request.set_pkce_verifier(v);
        }
        let answer = tokio::time::timeout(limit, request.request_async(&http))
            .await
            .map_err(|_| SignInError::TokenTimeout)?;
        tokens(answer, None)
    }
}

/// A new access token from a kept refresh token, without the browser. A refused refresh token
/// (`invalid_grant`: expired or revoked) is [`SignInError::RefreshRefused`], so the caller signs in
/// again.
pub async fn refresh(
    net: &Net,
    endpoints: &OAuthEndpoints,
    c: &Client,
    refresh: &Secret<String>,
    limits: Limits,
) -> Result<Tokens, SignInError> {
    let endpoints = c
        .endpoints(endpoints)
        .checked()
        .ok_or(SignInError::InsecureEndpoint)?;
    let client = configured(&endpoints, c, None)?;
    let http = Http(net.clone());
    let token = RefreshToken::new(refresh.expose().clone());
    let request = client.exchange_refresh_token(&token);
    let answer = tokio::time::timeout(limits.token, request.request_async(&http))
        .await
        .map_err(|_| SignInError::TokenTimeout)?;
    match tokens(answer, Some(refresh)) {
        Err(SignInError::Denied(e)) if e == "invalid_grant" => Err(SignInError::RefreshRefused),
        other => other,
    }
}

type Answer = Result<
    oauth2::basic::BasicTokenResponse,
    RequestTokenError<FetchError, oauth2::basic::BasicErrorResponse>,
>;

/// The tokens from an answer, or why there are none. A refresh answer without a new refresh token
/// keeps the old one (RFC 6749 §6).
fn tokens(answer: Answer, kept: Option<&Secret<String>>) -> Result<Tokens, SignInError> {
    match answer {
        Ok(t) => Ok(Tokens {
            access: Secret::new(t.access_token().secret().clone()),
            refresh: t
                .refresh_token()
                .map(|r| Secret::new(r.secret().clone()))
                .or_else(|| kept.cloned()),
        }),
        Err(RequestTokenError::ServerResponse(e)) => Err(match e.error() {
            other
                if super::loopback::needs_admin_approval(
                    other.as_ref(),
                    e.error_description().map(String::as_str),
                ) =>
            {
                SignInError::AdminApproval(None)
            }
            BasicErrorResponseType::InvalidGrant => SignInError::Denied("invalid_grant".into()),
            BasicErrorResponseType::InvalidClient => SignInError::InvalidClient,
            other => SignInError::Token(other.to_string()),
        }),
        Err(RequestTokenError::Request(e)) => Err(SignInError::Token(e.to_string())),
        Err(RequestTokenError::Parse(e, _)) => Err(SignInError::Token(format!(
            "the answer is not a token response ({})",
            e.path()
        ))),
        Err(RequestTokenError::Other(e)) => Err(SignInError::Token(e)),
    }
}
