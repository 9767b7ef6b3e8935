//! HTTP(S) fetching for autoconfig, ISPDB and autodiscover: bounded bodies, few redirects, no HTTPS→HTTP
//! downgrade, names resolved through our resolver, errors typed by cause.

use std::error::Error as _;
use std::net::SocketAddr;

use hickory_resolver::TokioResolver;

use super::{MAX_REDIRECTS, Net, SetupError};
use crate::discover::xml::MAX_INPUT;

/// A fetched body and the URL it finally came from (after redirects).
#[derive(Debug, Clone)]
pub struct Fetched {
    pub url: url::Url,
    pub body: Vec<u8>,
}

/// Why a fetch failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error(transparent)]
    Dns(#[from] super::DnsError),
    #[error("could not connect: {0}")]
    Connect(String),
    #[error("the server's certificate was not accepted: {0}")]
    Certificate(String),
    #[error("the server answered HTTP {0}")]
    Status(u16),
    #[error("the answer is larger than {} KiB", MAX_INPUT / 1024)]
    TooLarge,
    #[error("too many redirects")]
    TooManyRedirects,
    #[error("a redirect tried to leave HTTPS for plain HTTP")]
    Downgrade,
    #[error("the server did not answer in time")]
    Timeout,
    #[error("the request failed: {0}")]
    Other(String),
}

#[derive(Debug)]
struct Downgrade;
impl std::fmt::Display for Downgrade {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("HTTPS to HTTP redirect refused")
    }
}
impl std::error::Error for Downgrade {}

#[derive(Debug)]
struct TooMany;
impl std::fmt::Display for TooMany {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("too many redirects")
    }
}
impl std::error::Error for TooMany {}

/// Resolves names for reqwest through our hickory resolver (so `--dns-server` applies to HTTP too).
struct HickoryResolve(TokioResolver);

impl reqwest::dns::Resolve for HickoryResolve {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let resolver = self.0.clone();
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let fq = if host.ends_with('.') {
                host.clone()
            } else {
                format!("{host}.")
            };
            let lookup = resolver.lookup_ip(fq).await.map_err(|e| {
                let err: Box<dyn std::error::Error + Send + Sync> = if e.is_nx_domain() {
                    Box::new(super::DnsError::NxDomain(host.clone()))
                } else if e.is_no_records_found() {
                    Box::new(super::DnsError::NoRecords(host.clone()))
                } else {
                    Box::new(super::DnsError::Failed(e.to_string()))
                };
                err
            })?;
            let addrs: Vec<SocketAddr> = lookup.iter().map(|ip| SocketAddr::new(ip, 0)).collect();
            Ok(Box::new(addrs.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

pub(super) fn client(
    resolver: &TokioResolver,
    tls: rustls::ClientConfig,
) -> Result<reqwest::Client, SetupError> {
    let policy = reqwest::redirect::Policy::custom(|attempt| {
        if attempt.previous().len() > MAX_REDIRECTS {
            return attempt.error(TooMany);
        }
        let was_https = attempt.previous().iter().any(|u| u.scheme() == "https");
        if was_https && attempt.url().scheme() != "https" {
            return attempt.error(Downgrade);
        }
        attempt.follow()
    });
    reqwest::Client::builder()
        .tls_backend_preconfigured(tls)
        .dns_resolver(std::sync::Arc::new(HickoryResolve(resolver.clone())))
        .redirect(policy)
        .no_proxy()
        .tcp_nodelay(true)
        .user_agent(concat!("mailsetup/", env!("CARGO_PKG_VERSION")))
        .build()
        .map_err(|e| SetupError::Http(e.to_string()))
}

/// Classifies a reqwest error by walking its typed source chain (never by its text).
fn classify(e: reqwest::Error) -> FetchError {
    if e.is_timeout() {
        return FetchError::Timeout;
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = e.source();
    while let Some(s) = source {
        if let Some(d) = s.downcast_ref::<super::DnsError>() {
            return FetchError::Dns(d.clone());
        }
        if let Some(t) = s.downcast_ref::<rustls::Error>() {
            return FetchError::Certificate(t.to_string());
        }
        if s.downcast_ref::<Downgrade>().is_some() {
            return FetchError::Downgrade;
        }
        if s.downcast_ref::<TooMany>().is_some() {
            return FetchError::TooManyRedirects;
        }
        if let Some(io) = s.downcast_ref::<std::io::Error>() {
            if let Some(inner) = io.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
                return FetchError::Certificate(inner.to_string());
            }
            if io.kind() == std::io::ErrorKind::TimedOut {
                return FetchError::Timeout;
            }
            if e.is_connect() {
                return FetchError::Connect(io.to_string());
            }
        }
        source = s.source();
    }
    if e.is_connect() {
        return FetchError::Connect(e.to_string());
    }
    FetchError::Other(e.to_string())
}

/// The body of a request, for POSTs.
pub(crate) struct Post {
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl Net {
    /// GETs (or POSTs) `url` and returns a body of at most [`MAX_INPUT`] bytes from a 200 answer.
    /// Time limits are the caller's (wrap in `tokio::time::timeout`).
    pub(crate) async fn fetch(
        &self,
        url: &url::Url,
        post: Option<Post>,
    ) -> Result<Fetched, FetchError> {
        let req = match post {
            Some(p) => self
                .http
                .post(url.clone())
                .header(reqwest::header::CONTENT_TYPE, p.content_type)
                .body(p.body),
            None => self.http.get(url.clone()),
        };
        let mut resp = req.send().await.map_err(classify)?;
        let status = resp.status();
        if !status.is_success() {
            return Err(FetchError::Status(status.as_u16()));
        }
        if resp.content_length().is_some_and(|n| n > MAX_INPUT as u64) {
            return Err(FetchError::TooLarge);
        }
        let final_url = resp.url().clone();
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(classify)? {
            if body.len() + chunk.len() > MAX_INPUT {
                return Err(FetchError::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(Fetched {
            url: final_url,
            body,
        })
    }
}

impl Net {
    /// Sends one request as it is (the OAuth2 token requests) and returns the answer whatever its
    /// status (token errors come as 400 with a JSON body), the body capped at `cap` bytes. Time
    /// limits are the caller's.
    pub(crate) async fn exchange(
        &self,
        req: oauth2::HttpRequest,
        cap: usize,
    ) -> Result<oauth2::HttpResponse, FetchError> {
        let (parts, body) = req.into_parts();
        let url = url::Url::parse(&parts.uri.to_string())
            .map_err(|e| FetchError::Other(e.to_string()))?;
        let mut resp = self
            .http
            .request(parts.method, url)
            .headers(parts.headers)
            .body(body)
            .send()
            .await
            .map_err(classify)?;
        if resp.content_length().is_some_and(|n| n > cap as u64) {
            return Err(FetchError::TooLarge);
        }
        let mut out = oauth2::http::Response::builder().status(resp.status());
        for (k, v) in resp.headers() {
            out = out.header(k, v);
        }
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(classify)? {
            if body.len() + chunk.len() > cap {
                return Err(FetchError::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        out.body(body).map_err(|e| FetchError::Other(e.to_string()))
    }
}
