//! The one place that builds the DNS resolver, the HTTP client and the TLS configuration, that
//! opens TCP connections (racing a host's addresses), and that runs the mail dialogues over them
//! ([`Session`]: connect, TLS or STARTTLS, reads under time limits).
//!
//! Defaults follow the system: `/etc/resolv.conf` for DNS and the platform trust store for TLS
//! ([`trust`]: on Linux the same files rustls-platform-verifier reads, honouring `SSL_CERT_FILE` /
//! `SSL_CERT_DIR`; elsewhere rustls-platform-verifier itself). `--dns-server`,
//! `--ca-file` and `--ispdb-url` override them ([`NetConfig`]). The HTTP client resolves names through
//! the same resolver, follows at most [`MAX_REDIRECTS`] redirects, never downgrades HTTPS to HTTP and caps
//! bodies at [`crate::model::limits::MAX_DOCUMENT`].

mod dns;
mod http;
mod per_host;
mod session;
mod tcp;
mod trust;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use hickory_resolver::TokioResolver;
use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;

pub use dns::{DnsError, Mx, Srv, Validated};
pub(crate) use http::Post;
pub use http::{FetchError, Fetched};

/// A certificate a helpdesk preset vouches for, for one host (its SHA-256): accepted for that host
/// even when no authority signed it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin {
    pub host: String,
    pub sha256: [u8; 32],
}

/// A POST body of XML.
pub(crate) fn http_post_xml(body: Vec<u8>) -> Post {
    Post {
        content_type: "text/xml; charset=utf-8",
        body,
    }
}
pub use session::{Limits, Session, SessionError, Target};
use tcp::tls_outcome;
pub use tcp::{CertDetails, CertProblem, ConnectError, TlsFailure, TlsStream};
use trust::Verifier;
pub(crate) use trust::start_reading as start_reading_trust_store;

/// Most redirects one HTTP fetch follows.
pub(crate) const MAX_REDIRECTS: usize = 3;

/// The default ISPDB base URL.
pub(crate) const DEFAULT_ISPDB_URL: &str = "https://autoconfig.thunderbird.net/v1.1/";

/// What the user (or a test) may override about the network.
#[derive(Debug, Clone, Default)]
pub struct NetConfig {
    /// Ask this DNS server instead of the ones in `/etc/resolv.conf` (port 53 unless given).
    pub dns_server: Option<SocketAddr>,
    /// Extra PEM files of trust anchors, added to the system's.
    pub ca_files: Vec<PathBuf>,
    /// ISPDB base URL; the domain is appended.
    pub ispdb_url: Option<url::Url>,
    /// Certificates a helpdesk preset pins, by host (mail connections only).
    pub pins: Vec<Pin>,
}

/// Why the network layer could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("{}", crate::t!("error-net-resolver", reason = .0.as_str()))]
    Resolver(String),
    #[error("{}", crate::t!("error-net-ca-file", path = path.display().to_string(), reason = reason.as_str()))]
    CaFile { path: PathBuf, reason: String },
    #[error("{}", crate::t!("error-net-ca-file-empty", path = path.display().to_string()))]
    CaFileEmpty { path: PathBuf },
    #[error("{}", crate::t!("error-net-tls", reason = .0.as_str()))]
    Tls(String),
    #[error("{}", crate::t!("error-net-http", reason = .0.as_str()))]
    Http(String),
}

/// Resolver, HTTP client and TLS settings, built once and shared by every source and check.
#[derive(Clone)]
pub struct Net {
    pub(crate) resolver: TokioResolver,
    /// A second resolver that validates DNSSEC, used to tell whether an answer can be vouched for.
    pub(crate) validating: TokioResolver,
    pub(crate) http: reqwest::Client,
    pub(crate) tls: Arc<rustls::ClientConfig>,
    /// The verifier inside `tls`, wrapped per connection when certificate details are wanted.
    pub(crate) verifier: Arc<dyn rustls::client::danger::ServerCertVerifier>,
    /// Pinned certificates for mail hosts (see [`NetConfig::pins`]).
    pub(crate) pins: Arc<Vec<Pin>>,
    ispdb_url: url::Url,
    /// At most so many connections to one server host at once (a helpdesk's batch); none: no limit.
    per_host: Option<Arc<per_host::PerHost>>,
}

impl std::fmt::Debug for Net {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Net")
            .field("ispdb_url", &self.ispdb_url.as_str())
            .finish()
    }
}

fn read_ca_file(path: &Path) -> Result<Vec<CertificateDer<'static>>, SetupError> {
    let iter = CertificateDer::pem_file_iter(path).map_err(|e| SetupError::CaFile {
        path: path.to_owned(),
        reason: e.to_string(),
    })?;
    let certs = iter
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| SetupError::CaFile {
            path: path.to_owned(),
            reason: e.to_string(),
        })?;
    if certs.is_empty() {
        return Err(SetupError::CaFileEmpty {
            path: path.to_owned(),
        });
    }
    Ok(certs)
}

/// The TLS client configuration: the trust store ([`trust`]) plus the extra anchors, aws-lc-rs
/// provider.
fn tls_config(
    extra: Vec<CertificateDer<'static>>,
) -> Result<(rustls::ClientConfig, Verifier), SetupError> {
    let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    // The extra anchors are few: refuse a broken one now, not at the first connection.
    let mut check = rustls::RootCertStore::empty();
    for cert in &extra {
        check
            .add(cert.clone())
            .map_err(|e| SetupError::Tls(e.to_string()))?;
    }
    let verifier: Verifier = if extra.is_empty() {
        trust::system()
    } else {
        trust::with_extra(extra, provider.clone())
    };
    let cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| SetupError::Tls(e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(verifier.clone())
        .with_no_client_auth();
    Ok((cfg, verifier))
}

impl Net {
    /// Builds the network layer. Must run inside a tokio runtime.
    pub fn new(cfg: &NetConfig) -> Result<Net, SetupError> {
        let mut extra = Vec::new();
        for path in &cfg.ca_files {
            extra.extend(read_ca_file(path)?);
        }
        let (tls, verifier) = tls_config(extra)?;
        let (resolver, validating) = dns::resolvers(cfg.dns_server)?;
        let http = http::client(&resolver, tls.clone())?;
        let ispdb_url = cfg
            .ispdb_url
            .clone()
            .unwrap_or_else(|| url::Url::parse(DEFAULT_ISPDB_URL).expect("valid constant URL"));
        Ok(Net {
            resolver,
            validating,
            http,
            tls: Arc::new(tls),
            verifier,
            pins: Arc::new(cfg.pins.clone()),
            ispdb_url,
            per_host: None,
        })
    }

    /// The same network layer, opening at most `limit` connections to one server host at once
    /// (and running at most `limit` server checks on it at once); see [`per_host`].
    pub fn with_per_host_limit(mut self, limit: usize) -> Net {
        self.per_host = Some(Arc::new(per_host::PerHost::new(limit)));
        self
    }

    /// Waits for the host's turn for a whole server check, when there is a per-host limit.
    pub(crate) async fn turn(&self, host: &str) -> Option<per_host::Held> {
        match &self.per_host {
            Some(p) => p.turn(host).await,
            None => None,
        }
    }

    /// Waits for a free connection to the host, when there is a per-host limit.
    pub(crate) async fn connection_slot(&self, host: &str) -> Option<per_host::Held> {
        match &self.per_host {
            Some(p) => p.connection(host).await,
            None => None,
        }
    }

    /// The ISPDB base URL in force.
    pub fn ispdb_url(&self) -> &url::Url {
        &self.ispdb_url
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The network's errors in both languages: the British English words are the ones the tests and
    /// scripts know (quotes, sizes and numbers as before), and a German reader reads German.
    fn words(locale: &str) -> Vec<String> {
        crate::i18n::set_thread_locale(Some(locale));
        let certificate = ConnectError::Certificate(Box::new(CertDetails {
            problem: CertProblem::Expired,
            names: Vec::new(),
            not_after: None,
            sha256: None,
        }));
        let words = vec![
            certificate.to_string(),
            ConnectError::BadName("a b".into()).to_string(),
            TlsFailure::OldVersion {
                offered: Some("TLS 1.0".into()),
            }
            .to_string(),
            TlsFailure::OldVersion { offered: None }.to_string(),
            TlsFailure::PlainText {
                greeting: "* OK hi".into(),
            }
            .to_string(),
            FetchError::Status(404).to_string(),
            FetchError::TooLarge { limit: 1 << 20 }.to_string(),
            FetchError::TooLarge { limit: 64 << 10 }.to_string(),
            FetchError::TooLarge { limit: 4097 }.to_string(),
            DnsError::NxDomain("a.example".into()).to_string(),
            SessionError::GreetingTimeout.to_string(),
            SetupError::CaFile {
                path: PathBuf::from("/tmp/ca.pem"),
                reason: "gone".into(),
            }
            .to_string(),
        ];
        crate::i18n::set_thread_locale(None);
        words
    }

    #[test]
    fn errors_are_worded_by_the_catalogue() {
        assert_eq!(
            words("en-GB"),
            [
                "the server's certificate was not accepted: it has expired",
                "\"a b\" is not a valid host name for TLS",
                "the server offers only old encryption (TLS 1.0)",
                "the server offers only old encryption",
                "the server answered without encryption where encryption was expected: \"* OK hi\"",
                "the server answered HTTP 404",
                "the answer is larger than 1 MiB",
                "the answer is larger than 64 KiB",
                "the answer is larger than 4097 bytes",
                "a.example does not exist",
                "the server accepted the connection but did not greet in time",
                "could not read certificates from /tmp/ca.pem: gone",
            ]
        );
        let german = words("de-DE");
        assert_eq!(
            german[0],
            "Das Zertifikat des Servers wurde nicht akzeptiert: Es ist abgelaufen"
        );
        assert_eq!(german[5], "Der Server hat mit HTTP 404 geantwortet");
        assert_eq!(german[8], "Die Antwort ist größer als 4097 Bytes");
    }
}
