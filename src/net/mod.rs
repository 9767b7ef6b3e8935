//! The one place that builds the DNS resolver, the HTTP client and the TLS configuration, that
//! opens TCP connections (racing a host's addresses), and that runs the mail dialogues over them
//! ([`Session`]: connect, TLS or STARTTLS, reads under time limits).
//!
//! Defaults follow the system: `/etc/resolv.conf` for DNS and the platform trust store for TLS
//! (rustls-platform-verifier, which honours `SSL_CERT_FILE` / `SSL_CERT_DIR` on Linux). `--dns-server`,
//! `--ca-file` and `--ispdb-url` override them ([`NetConfig`]). The HTTP client resolves names through
//! the same resolver, follows at most [`MAX_REDIRECTS`] redirects, never downgrades HTTPS to HTTP and caps
//! bodies at [`crate::discover::xml::MAX_INPUT`].

mod dns;
mod http;
mod session;
mod tcp;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use hickory_resolver::TokioResolver;
use rustls_pki_types::CertificateDer;
use rustls_pki_types::pem::PemObject;

pub use dns::{DnsError, Mx, Srv, Validated};
pub(crate) use http::Post;
pub use http::{FetchError, Fetched};

/// A POST body of XML.
pub(crate) fn http_post_xml(body: Vec<u8>) -> Post {
    Post {
        content_type: "text/xml; charset=utf-8",
        body,
    }
}
pub use session::{Limits, Session, SessionError, Target};
pub use tcp::{CertDetails, CertProblem, ConnectError, TlsStream};

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
    pub pins: Vec<crate::preset::Pin>,
}

/// Why the network layer could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("could not read the system's DNS configuration: {0}")]
    Resolver(String),
    #[error("could not read certificates from {path}: {reason}")]
    CaFile { path: PathBuf, reason: String },
    #[error("{path} holds no PEM certificate")]
    CaFileEmpty { path: PathBuf },
    #[error("could not set up TLS: {0}")]
    Tls(String),
    #[error("could not set up the HTTP client: {0}")]
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
    pub(crate) pins: Arc<Vec<crate::preset::Pin>>,
    ispdb_url: url::Url,
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

/// The TLS client configuration: platform verifier plus the extra anchors, aws-lc-rs provider.
type Verifier = Arc<dyn rustls::client::danger::ServerCertVerifier>;

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
        system_trust()
    } else {
        Arc::new(Deferred::start(extra, provider.clone()))
    };
    let cfg = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| SetupError::Tls(e.to_string()))?
        .dangerous()
        .with_custom_certificate_verifier(verifier.clone())
        .with_no_client_auth();
    Ok((cfg, verifier))
}

/// The verifier over the system's trust store alone, shared by every `Net` of the process.
fn system_trust() -> Verifier {
    static SYSTEM: std::sync::OnceLock<Arc<Deferred>> = std::sync::OnceLock::new();
    SYSTEM
        .get_or_init(|| {
            Arc::new(Deferred::start(
                Vec::new(),
                Arc::new(rustls::crypto::aws_lc_rs::default_provider()),
            ))
        })
        .clone()
}

/// Starts reading the system's trust store on a thread of its own; called first thing at start-up,
/// so that it is ready by the time the first server shows its certificate.
pub(crate) fn start_reading_trust_store() {
    let _ = system_trust();
}

type Built = Result<Arc<rustls_platform_verifier::Verifier>, rustls::Error>;

/// The platform verifier, built on a thread of its own. Building it reads and parses the system's
/// whole trust store (a few milliseconds), which then overlaps with the DNS lookups and the TCP
/// connect instead of delaying every command before it starts; the first certificate to check waits
/// for it if it is not ready yet. Checks are exactly the platform verifier's.
#[derive(Debug)]
struct Deferred {
    built: Arc<std::sync::OnceLock<Built>>,
    provider: Arc<rustls::crypto::CryptoProvider>,
    extra: Arc<Vec<CertificateDer<'static>>>,
}

impl Deferred {
    fn start(
        extra: Vec<CertificateDer<'static>>,
        provider: Arc<rustls::crypto::CryptoProvider>,
    ) -> Deferred {
        let d = Deferred {
            built: Arc::new(std::sync::OnceLock::new()),
            provider,
            extra: Arc::new(extra),
        };
        let (built, provider, extra) = (d.built.clone(), d.provider.clone(), d.extra.clone());
        // If the thread cannot start, the first check builds the verifier itself.
        let _ = std::thread::Builder::new()
            .name("trust-store".into())
            .spawn(move || {
                built.get_or_init(|| build_verifier(&extra, provider));
            });
        d
    }

    fn get(&self) -> Result<&rustls_platform_verifier::Verifier, rustls::Error> {
        self.built
            .get_or_init(|| build_verifier(&self.extra, self.provider.clone()))
            .as_deref()
            .map_err(Clone::clone)
    }
}

fn build_verifier(
    extra: &[CertificateDer<'static>],
    provider: Arc<rustls::crypto::CryptoProvider>,
) -> Built {
    rustls_platform_verifier::Verifier::new_with_extra_roots(extra.iter().cloned(), provider)
        .map(Arc::new)
}

impl rustls::client::danger::ServerCertVerifier for Deferred {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &rustls_pki_types::ServerName<'_>,
        ocsp_response: &[u8],
        now: rustls_pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        self.get()?
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.get()?.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.get()?.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        // What the platform verifier answers too (webpki over this provider's algorithms), known
        // without waiting for the trust store: the ClientHello goes out at once.
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
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
        })
    }

    /// The ISPDB base URL in force.
    pub fn ispdb_url(&self) -> &url::Url {
        &self.ispdb_url
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rustls::client::danger::ServerCertVerifier;

    #[test]
    fn the_deferred_verifier_offers_what_the_platform_verifier_offers() {
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let deferred = Deferred::start(Vec::new(), provider.clone());
        let schemes = deferred.supported_verify_schemes();
        match deferred.get() {
            Ok(platform) => assert_eq!(schemes, platform.supported_verify_schemes()),
            // A machine with no trust store at all: the refusal is the platform verifier's own.
            Err(e) => assert!(e.to_string().contains("CA"), "{e}"),
        }
        assert!(!schemes.is_empty());
    }
}
