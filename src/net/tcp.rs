//! TCP connections that race a host's addresses (a light "happy eyeballs", RFC 8305: the next address
//! starts 250 ms after the previous one or as soon as it fails), and TLS on top of them.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use tokio::net::TcpStream;
use tokio::task::JoinSet;

use super::{DnsError, Net};

/// A TLS stream over TCP.
pub type TlsStream = tokio_rustls::client::TlsStream<TcpStream>;

/// Delay before the next address is tried while the previous attempt is still pending.
const STAGGER: Duration = Duration::from_millis(250);

/// Why a connection could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConnectError {
    #[error(transparent)]
    Dns(#[from] DnsError),
    #[error("the connection was refused")]
    Refused,
    #[error("there is no route to the server")]
    Unreachable,
    #[error("the connection failed: {0}")]
    Io(String),
    #[error("the server's certificate was not accepted: {}", .0.problem)]
    Certificate(Box<CertDetails>),
    #[error("the TLS handshake failed: {0}")]
    Tls(String),
    #[error("{0:?} is not a valid host name for TLS")]
    BadName(String),
}

fn io_error(e: &std::io::Error) -> ConnectError {
    use std::io::ErrorKind::*;
    match e.kind() {
        ConnectionRefused => ConnectError::Refused,
        HostUnreachable | NetworkUnreachable => ConnectError::Unreachable,
        _ => ConnectError::Io(e.to_string()),
    }
}

async fn race(addrs: Vec<SocketAddr>) -> Result<TcpStream, ConnectError> {
    let mut set = JoinSet::new();
    let mut pending = addrs.into_iter();
    let mut first_err: Option<ConnectError> = None;
    if let Some(a) = pending.next() {
        set.spawn(TcpStream::connect(a));
    }
    loop {
        if set.is_empty() {
            return Err(first_err.unwrap_or(ConnectError::Unreachable));
        }
        let next = tokio::time::sleep(STAGGER);
        tokio::select! {
            done = set.join_next() => match done {
                Some(Ok(Ok(stream))) => return Ok(stream),
                Some(Ok(Err(e))) => {
                    first_err.get_or_insert(io_error(&e));
                    if let Some(a) = pending.next() {
                        set.spawn(TcpStream::connect(a));
                    }
                }
                Some(Err(join)) => {
                    first_err.get_or_insert(ConnectError::Io(join.to_string()));
                }
                None => {}
            },
            _ = next => {
                if let Some(a) = pending.next() {
                    set.spawn(TcpStream::connect(a));
                }
            }
        }
    }
}

impl Net {
    /// Connects to `host:port`, racing its addresses. The caller bounds the time.
    pub async fn connect(&self, host: &str, port: u16) -> Result<TcpStream, ConnectError> {
        let ips: Vec<IpAddr> = self.addresses(host).await?;
        let addrs = ips
            .into_iter()
            .map(|ip| SocketAddr::new(ip, port))
            .collect();
        let stream = race(addrs).await?;
        stream.set_nodelay(true).ok();
        Ok(stream)
    }

    /// Runs a TLS handshake for `host` over `stream` (implicit TLS, or after STARTTLS), verifying the
    /// certificate against the platform trust store plus any extra anchors.
    pub async fn tls(&self, stream: TcpStream, host: &str) -> Result<TlsStream, ConnectError> {
        let name = rustls_pki_types::ServerName::try_from(host.to_owned())
            .map_err(|_| ConnectError::BadName(host.to_owned()))?;
        // A per-connection copy of the configuration whose verifier remembers the certificate, so a
        // refusal can show which names it covers and its fingerprint.
        let seen = std::sync::Arc::new(std::sync::Mutex::new(None));
        let mut cfg = (*self.tls).clone();
        cfg.dangerous()
            .set_certificate_verifier(std::sync::Arc::new(Recording {
                inner: self.verifier.clone(),
                seen: seen.clone(),
                pins: self
                    .pins
                    .iter()
                    .filter(|p| p.host.eq_ignore_ascii_case(host))
                    .map(|p| p.sha256)
                    .collect(),
            }));
        let connector = tokio_rustls::TlsConnector::from(std::sync::Arc::new(cfg));
        connector.connect(name, stream).await.map_err(|e| {
            match e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
                Some(rustls::Error::InvalidCertificate(c)) => {
                    let der = seen.lock().ok().and_then(|mut s| s.take());
                    ConnectError::Certificate(Box::new(CertDetails::new(c, der.as_deref())))
                }
                Some(other) => ConnectError::Tls(other.to_string()),
                None => io_error(&e),
            }
        })
    }
}

/// What was wrong with a certificate, by kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CertProblem {
    #[error("it has expired")]
    Expired,
    #[error("it is not valid yet")]
    NotYetValid,
    #[error("it was made for other names")]
    WrongName,
    #[error(
        "it is not signed by an authority this computer trusts (self-signed or unknown issuer)"
    )]
    UnknownIssuer,
    #[error("it has been revoked")]
    Revoked,
    /// A helpdesk preset pins this host's certificate, and this is not the pinned one.
    #[error("it is not the certificate your organisation said to expect")]
    PinMismatch,
    #[error("it is not valid: {0}")]
    Other(String),
}

/// A refused certificate, with what a person needs to judge it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CertDetails {
    pub problem: CertProblem,
    /// The names the certificate covers, when known.
    pub names: Vec<String>,
    /// When it expired (seconds since the Unix epoch), for expired certificates.
    pub not_after: Option<u64>,
    /// SHA-256 of the certificate, as colon-separated hex.
    pub sha256: Option<String>,
}

impl CertDetails {
    fn new(e: &rustls::CertificateError, der: Option<&[u8]>) -> CertDetails {
        use rustls::CertificateError as C;
        let mut names = Vec::new();
        let mut not_after = None;
        let problem = match e {
            C::Expired => CertProblem::Expired,
            C::ExpiredContext { not_after: t, .. } => {
                not_after = Some(t.as_secs());
                CertProblem::Expired
            }
            C::NotValidYet | C::NotValidYetContext { .. } => CertProblem::NotYetValid,
            C::NotValidForName => CertProblem::WrongName,
            C::NotValidForNameContext { presented, .. } => {
                names = presented.clone();
                CertProblem::WrongName
            }
            C::UnknownIssuer | C::BadSignature => CertProblem::UnknownIssuer,
            C::Revoked => CertProblem::Revoked,
            C::ApplicationVerificationFailure => CertProblem::PinMismatch,
            other => CertProblem::Other(format!("{other:?}")),
        };
        let sha256 = der.map(|d| {
            sha256(d)
                .iter()
                .map(|b| format!("{b:02X}"))
                .collect::<Vec<_>>()
                .join(":")
        });
        CertDetails {
            problem,
            names,
            not_after,
            sha256,
        }
    }
}

fn sha256(der: &[u8]) -> [u8; 32] {
    use sha2::Digest;
    sha2::Sha256::digest(der).into()
}

/// Delegates to the real verifier and keeps the end-entity certificate it was shown. When a preset
/// pins the host's certificate, the pins decide instead: exactly the pinned certificates are accepted
/// (self-signed ones included), any other is refused even if an authority signed it.
#[derive(Debug)]
struct Recording {
    inner: std::sync::Arc<dyn rustls::client::danger::ServerCertVerifier>,
    seen: std::sync::Arc<std::sync::Mutex<Option<Vec<u8>>>>,
    pins: Vec<[u8; 32]>,
}

impl rustls::client::danger::ServerCertVerifier for Recording {
    fn verify_server_cert(
        &self,
        end_entity: &rustls_pki_types::CertificateDer<'_>,
        intermediates: &[rustls_pki_types::CertificateDer<'_>],
        server_name: &rustls_pki_types::ServerName<'_>,
        ocsp_response: &[u8],
        now: rustls_pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        if let Ok(mut s) = self.seen.lock() {
            *s = Some(end_entity.to_vec());
        }
        if !self.pins.is_empty() {
            return if self.pins.contains(&sha256(end_entity)) {
                Ok(rustls::client::danger::ServerCertVerified::assertion())
            } else {
                Err(rustls::Error::InvalidCertificate(
                    rustls::CertificateError::ApplicationVerificationFailure,
                ))
            };
        }
        self.inner
            .verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &rustls_pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(message, cert, dss)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &rustls_pki_types::CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(message, cert, dss)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}
