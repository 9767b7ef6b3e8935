//! HTTP(S) fetching for autoconfig, ISPDB and autodiscover: bounded bodies, few redirects, no HTTPS→HTTP
//! downgrade, names resolved through our resolver, errors typed by cause.

use std::error::Error as _;
use std::net::SocketAddr;

use hickory_resolver::TokioResolver;

use super::{MAX_REDIRECTS, Net, SetupError};
use crate::model::limits::MAX_DOCUMENT as MAX_INPUT;

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
    #[error("{}", crate::t!("error-http-connect", reason = .0.as_str()))]
    Connect(String),
    #[error("{}", crate::t!("error-http-certificate", reason = .0.as_str()))]
    Certificate(String),
    #[error("{}", crate::t!("error-http-status", status = *.0))]
    Status(u16),
    /// The answer is longer than the caller's cap (`limit`, in bytes), announced or as sent.
    #[error("{}", too_large(*.limit))]
    TooLarge { limit: usize },
    #[error("{}", crate::t!("error-http-too-many-redirects"))]
    TooManyRedirects,
    #[error("{}", crate::t!("error-http-downgrade"))]
    Downgrade,
    #[error("{}", crate::t!("error-http-timeout"))]
    Timeout,
    #[error("{}", crate::t!("error-http-failed", reason = .0.as_str()))]
    Other(String),
}

#[derive(Debug)]
struct Downgrade;
impl std::fmt::Display for Downgrade {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("error-http-downgrade-refused"))
    }
}
impl std::error::Error for Downgrade {}

#[derive(Debug)]
struct TooMany;
impl std::fmt::Display for TooMany {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("error-http-too-many-redirects"))
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

/// [`FetchError::TooLarge`] in words, the cap as messages name it: "1 MiB", "64 KiB", else
/// "4097 bytes".
fn too_large(n: usize) -> String {
    const KIB: usize = 1024;
    const MIB: usize = 1024 * KIB;
    let (size, unit) = match n {
        n if n >= MIB && n % MIB == 0 => (n / MIB, "mib"),
        n if n >= KIB && n % KIB == 0 => (n / KIB, "kib"),
        n => (n, "bytes"),
    };
    crate::t!("error-http-too-large", size = size, unit = unit)
}

/// Adds `chunk` to `body`, or refuses it when the body would then be longer than `cap` bytes: an
/// answer is read whole or not at all, never cut.
fn push_within(body: &mut Vec<u8>, chunk: &[u8], cap: usize) -> Result<(), FetchError> {
    if body.len() + chunk.len() > cap {
        return Err(FetchError::TooLarge { limit: cap });
    }
    body.extend_from_slice(chunk);
    Ok(())
}

/// The whole body of `resp`, at most `cap` bytes: a longer one, announced (`Content-Length`) or as
/// sent, is [`FetchError::TooLarge`].
async fn body_within(resp: &mut reqwest::Response, cap: usize) -> Result<Vec<u8>, FetchError> {
    if resp.content_length().is_some_and(|n| n > cap as u64) {
        return Err(FetchError::TooLarge { limit: cap });
    }
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await.map_err(classify)? {
        push_within(&mut body, &chunk, cap)?;
    }
    Ok(body)
}

/// The body of a request, for POSTs.
pub(crate) struct Post {
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl Net {
    /// GETs (or POSTs) `url` and returns the body of a 200 answer; one longer than [`MAX_INPUT`]
    /// bytes is [`FetchError::TooLarge`].
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
        let final_url = resp.url().clone();
        let body = body_within(&mut resp, MAX_INPUT).await?;
        Ok(Fetched {
            url: final_url,
            body,
        })
    }
}

impl Net {
    /// Sends one request as it is (the OAuth2 token requests) and returns the answer whatever its
    /// status (token errors come as 400 with a JSON body); a body longer than `cap` bytes is
    /// [`FetchError::TooLarge`]. Time limits are the caller's.
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
        let mut out = oauth2::http::Response::builder().status(resp.status());
        for (k, v) in resp.headers() {
            out = out.header(k, v);
        }
        let body = body_within(&mut resp, cap).await?;
        out.body(body).map_err(|e| FetchError::Other(e.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};

    #[test]
    fn a_body_may_fill_its_cap_but_not_pass_it() {
        let mut body = Vec::new();
        push_within(&mut body, &[b'x'; 10], 16).expect("within");
        push_within(&mut body, &[b'x'; 6], 16).expect("exactly the cap");
        assert_eq!(body.len(), 16);
        assert_eq!(
            push_within(&mut body, b"x", 16),
            Err(FetchError::TooLarge { limit: 16 })
        );
        assert_eq!(body.len(), 16, "nothing of a refused chunk is kept");
    }

    #[test]
    fn the_error_names_the_limit() {
        let said = |limit| FetchError::TooLarge { limit }.to_string();
        assert_eq!(said(MAX_INPUT), "the answer is larger than 1 MiB");
        assert_eq!(
            said(crate::oauth::MAX_TOKEN_RESPONSE),
            "the answer is larger than 64 KiB"
        );
        assert_eq!(said(4097), "the answer is larger than 4097 bytes");
    }

    /// A loopback HTTP server that answers one request with `len` bytes, with or without a
    /// `Content-Length` (without, the body ends when the connection closes).
    async fn serve(len: usize, announced: bool) -> url::Url {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let url = format!("http://{}/cfg.xml", listener.local_addr().expect("bound"));
        tokio::spawn(async move {
            let (mut s, _) = listener.accept().await.expect("a client connects");
            let mut head = Vec::new();
            let mut buf = [0u8; 1024];
            while !head.windows(4).any(|w| w == b"\r\n\r\n") {
                match s.read(&mut buf).await {
                    Ok(0) | Err(_) => return,
                    Ok(n) => head.extend_from_slice(&buf[..n]),
                }
            }
            let length = if announced {
                format!("Content-Length: {len}\r\n")
            } else {
                String::new()
            };
            let reply = format!("HTTP/1.1 200 OK\r\n{length}Connection: close\r\n\r\n");
            let _ = s.write_all(reply.as_bytes()).await;
            let _ = s.write_all(&vec![b' '; len]).await;
            let _ = s.shutdown().await;
        });
        url::Url::parse(&url).expect("a URL")
    }

    #[tokio::test]
    async fn an_answer_of_exactly_the_cap_is_read_and_one_byte_more_is_refused() {
        let cfg = super::super::NetConfig {
            dns_server: Some("127.0.0.1:53".parse().expect("a socket address")),
            ..Default::default()
        };
        let net = Net::new(&cfg).expect("the network layer");
        for announced in [true, false] {
            let url = serve(MAX_INPUT, announced).await;
            let fetched = net.fetch(&url, None).await.expect("exactly the cap");
            assert_eq!(fetched.body.len(), MAX_INPUT, "announced: {announced}");
            let url = serve(MAX_INPUT + 1, announced).await;
            assert_eq!(
                net.fetch(&url, None).await.map(|f| f.body.len()),
                Err(FetchError::TooLarge { limit: MAX_INPUT }),
                "announced: {announced}"
            );
            // The token and metadata answers, under the caller's cap.
            let request = |url: &url::Url| {
                oauth2::http::Request::builder()
                    .uri(url.as_str())
                    .body(Vec::new())
                    .expect("a request")
            };
            let url = serve(64, announced).await;
            let answer = net.exchange(request(&url), 64).await.expect("exactly");
            assert_eq!(answer.body().len(), 64, "announced: {announced}");
            let url = serve(65, announced).await;
            assert_eq!(
                net.exchange(request(&url), 64)
                    .await
                    .map(|a| a.body().len()),
                Err(FetchError::TooLarge { limit: 64 }),
                "announced: {announced}"
            );
        }
    }
}
