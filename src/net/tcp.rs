//! TCP connections that race a host's addresses (a light "happy eyeballs", RFC 8305: the next address
//! starts 250 ms after the previous one or as soon as it fails), and TLS on top of them.

use std::net::{IpAddr, SocketAddr};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio::task::JoinSet;

use super::{DnsError, Net};

/// A TLS stream over TCP.
pub type TlsStream = tokio_rustls::client::TlsStream<Sniffed>;

/// How many of the server's first bytes are kept to explain a failed handshake.
const SNIFF: usize = 256;
/// Most characters of a plain-text greeting kept for the words.
const GREETING_CHARS: usize = 120;

/// Delay before the next address is tried while the previous attempt is still pending.
const STAGGER: Duration = Duration::from_millis(250);

/// Why a connection could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConnectError {
    #[error(transparent)]
    Dns(#[from] DnsError),
    #[error("{}", crate::t!("error-tcp-refused"))]
    Refused,
    #[error("{}", crate::t!("error-tcp-unreachable"))]
    Unreachable,
    #[error("{}", crate::t!("error-tcp-failed", reason = .0.as_str()))]
    Io(String),
    #[error("{}", crate::t!("error-tcp-certificate", reason = .0.problem.to_string()))]
    Certificate(Box<CertDetails>),
    #[error(transparent)]
    Tls(TlsFailure),
    #[error("{}", crate::t!("error-tcp-bad-name", name = format!("{:?}", .0)))]
    BadName(String),
}

/// How a TLS handshake failed, by kind: each has its own words and advice in the diagnosis.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TlsFailure {
    /// The server's first bytes were plain text (a mail greeting such as `* OK`, `+OK` or `220`),
    /// not a TLS record: this port wants STARTTLS (or no encryption), not SSL/TLS.
    #[error("{}", crate::t!("error-tls-plain-text", greeting = format!("{greeting:?}")))]
    PlainText { greeting: String },
    /// The server ended the handshake with a TLS alert, named as the TLS standard spells it.
    #[error("{}", crate::t!("error-tls-alert", alert = alert.as_str()))]
    Alert { alert: String },
    /// No protocol version in common: the server offers only versions this program refuses
    /// (older than TLS 1.2); `offered` names the one it answered with, when known.
    #[error("{}", match offered {
        Some(v) => crate::t!("error-tls-old-version-offered", version = v.as_str()),
        None => crate::t!("error-tls-old-version"),
    })]
    OldVersion { offered: Option<String> },
    /// No cipher suite in common.
    #[error("{}", crate::t!("error-tls-no-common-cipher"))]
    NoCommonCipher,
    /// Anything else rustls refused, in its own words.
    #[error("{}", crate::t!("error-tls-failed", reason = .0.as_str()))]
    Other(String),
}

impl TlsFailure {
    /// Classifies a refused handshake from rustls's error and the first bytes the server sent.
    fn classify(e: &rustls::Error, first: &[u8]) -> TlsFailure {
        use rustls::{AlertDescription as A, Error as E, PeerIncompatible as P};
        if let Some(greeting) = plain_text(first) {
            return TlsFailure::PlainText { greeting };
        }
        match e {
            E::AlertReceived(A::ProtocolVersion) => TlsFailure::OldVersion {
                offered: offered_version(first),
            },
            E::AlertReceived(A::InsufficientSecurity) => TlsFailure::NoCommonCipher,
            E::AlertReceived(a) => TlsFailure::Alert {
                alert: alert_name(*a),
            },
            E::PeerIncompatible(
                P::ServerDoesNotSupportTls12Or13 | P::ServerTlsVersionIsDisabledByOurConfig,
            ) => TlsFailure::OldVersion {
                offered: offered_version(first),
            },
            E::PeerIncompatible(P::NoCipherSuitesInCommon) => TlsFailure::NoCommonCipher,
            other => TlsFailure::Other(other.to_string()),
        }
    }
}

/// The first line of what the server sent, when it is not a TLS record but text.
fn plain_text(first: &[u8]) -> Option<String> {
    // A TLS record starts with its content type: 20 to 23 (change cipher spec, alert, handshake,
    // application data); a mail greeting starts with a printable letter.
    let b = *first.first()?;
    if (20..=23).contains(&b) || !b.is_ascii_graphic() {
        return None;
    }
    let text = String::from_utf8_lossy(first);
    let line = text.lines().next().unwrap_or_default();
    let mut greeting: String = line
        .chars()
        .filter(|c| !c.is_control())
        .take(GREETING_CHARS)
        .collect();
    if line.chars().count() > GREETING_CHARS {
        greeting.push('…');
    }
    Some(greeting)
}

/// The TLS version a server's ServerHello names, when the first bytes hold one.
fn offered_version(first: &[u8]) -> Option<String> {
    // Record: type 22 (handshake), version (2), length (2); message: type 2 (ServerHello), length
    // (3), then the version the server chose (2).
    if first.len() < 11 || first[0] != 22 || first[5] != 2 {
        return None;
    }
    Some(version_name(first[9], first[10]))
}

fn version_name(major: u8, minor: u8) -> String {
    match (major, minor) {
        (3, 0) => "SSL 3.0".into(),
        (3, m @ 1..=4) => format!("TLS 1.{}", m - 1),
        (ma, mi) => format!("version {ma}.{mi}"),
    }
}

/// An alert's name as the TLS standard spells it (`handshake_failure`).
fn alert_name(a: rustls::AlertDescription) -> String {
    let camel = format!("{a:?}");
    let mut out = String::new();
    for (i, c) in camel.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// The TLS outcome of a connection for the helpdesk's transcript: version and cipher suite.
pub(crate) fn tls_outcome(s: &TlsStream) -> String {
    let c = s.get_ref().1;
    let version = c
        .protocol_version()
        .map(|v| {
            let [major, minor] = u16::from(v).to_be_bytes();
            version_name(major, minor)
        })
        .unwrap_or_default();
    let suite = c
        .negotiated_cipher_suite()
        .map(|s| format!("{:?}", s.suite()))
        .unwrap_or_default();
    format!("{version}, {suite}")
}

/// A TCP stream that keeps the server's first bytes, so a failed handshake can say what came back
/// instead of a TLS answer (a plain-text greeting, or the old version a server chose).
pub struct Sniffed {
    inner: TcpStream,
    first: Vec<u8>,
}

impl Sniffed {
    pub(crate) fn new(inner: TcpStream) -> Sniffed {
        Sniffed {
            inner,
            first: Vec::new(),
        }
    }
}

impl AsyncRead for Sniffed {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let r = Pin::new(&mut self.inner).poll_read(cx, buf);
        if self.first.len() < SNIFF {
            let room = SNIFF - self.first.len();
            let new = &buf.filled()[before..];
            let keep = &new[..new.len().min(room)];
            self.first.extend_from_slice(keep);
        }
        r
    }
}

impl AsyncWrite for Sniffed {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        Pin::new(&mut self.inner).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Pin::new(&mut self.inner).poll_shutdown(cx)
    }
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
        let connect = connector
            .connect(name, Sniffed::new(stream))
            .into_fallible();
        connect.await.map_err(|(e, sniffed)| {
            match e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
                Some(rustls::Error::InvalidCertificate(c)) => {
                    let der = seen.lock().ok().and_then(|mut s| s.take());
                    ConnectError::Certificate(Box::new(CertDetails::new(c, der.as_deref())))
                }
                Some(other) => ConnectError::Tls(TlsFailure::classify(other, &sniffed.first)),
                // The server closed or reset the connection after plain text: still a greeting.
                None => match plain_text(&sniffed.first) {
                    Some(greeting) => ConnectError::Tls(TlsFailure::PlainText { greeting }),
                    None => io_error(&e),
                },
            }
        })
    }
}

/// What was wrong with a certificate, by kind.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CertProblem {
    #[error("{}", crate::t!("error-cert-expired"))]
    Expired,
    #[error("{}", crate::t!("error-cert-not-yet-valid"))]
    NotYetValid,
    #[error("{}", crate::t!("error-cert-wrong-name"))]
    WrongName,
    #[error("{}", crate::t!("error-cert-unknown-issuer"))]
    UnknownIssuer,
    #[error("{}", crate::t!("error-cert-revoked"))]
    Revoked,
    /// A helpdesk preset pins this host's certificate, and this is not the pinned one.
    #[error("{}", crate::t!("error-cert-pin-mismatch"))]
    PinMismatch,
    #[error("{}", crate::t!("error-cert-other", reason = .0.as_str()))]
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mail_greeting_is_plain_text_and_a_tls_record_is_not() {
        for greeting in ["* OK ready", "+OK POP3 ready", "220 mail ESMTP"] {
            let bytes = format!("{greeting}\r\nmore\r\n");
            assert_eq!(plain_text(bytes.as_bytes()).as_deref(), Some(greeting));
        }
        assert_eq!(plain_text(&[22, 3, 3, 0, 5]), None);
        assert_eq!(plain_text(&[21, 3, 3, 0, 2, 2, 40]), None);
        assert_eq!(plain_text(b""), None);
        let long = "* OK ".to_owned() + &"x".repeat(500);
        let cut = plain_text(long.as_bytes()).expect("text");
        assert!(cut.ends_with('…') && cut.chars().count() == GREETING_CHARS + 1);
    }

    #[test]
    fn failures_are_typed_by_what_the_server_did() {
        use rustls::{AlertDescription as A, Error as E, PeerIncompatible as P};
        let hello10 = [22, 3, 1, 0, 42, 2, 0, 0, 38, 3, 1];
        assert_eq!(
            TlsFailure::classify(
                &E::PeerIncompatible(P::ServerDoesNotSupportTls12Or13),
                &hello10
            ),
            TlsFailure::OldVersion {
                offered: Some("TLS 1.0".into())
            }
        );
        assert_eq!(
            TlsFailure::classify(
                &E::AlertReceived(A::ProtocolVersion),
                &[21, 3, 3, 0, 2, 2, 70]
            ),
            TlsFailure::OldVersion { offered: None }
        );
        assert_eq!(
            TlsFailure::classify(
                &E::AlertReceived(A::HandshakeFailure),
                &[21, 3, 3, 0, 2, 2, 40]
            ),
            TlsFailure::Alert {
                alert: "handshake_failure".into()
            }
        );
        assert_eq!(
            TlsFailure::classify(&E::AlertReceived(A::InsufficientSecurity), &[21]),
            TlsFailure::NoCommonCipher
        );
        assert_eq!(
            TlsFailure::classify(
                &E::InvalidMessage(rustls::InvalidMessage::InvalidContentType),
                b"* OK hi\r\n"
            ),
            TlsFailure::PlainText {
                greeting: "* OK hi".into()
            }
        );
        assert_eq!(version_name(3, 0), "SSL 3.0");
        assert_eq!(version_name(3, 4), "TLS 1.3");
    }
}
