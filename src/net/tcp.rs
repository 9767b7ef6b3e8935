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
    #[error("the server's certificate was not accepted: {0}")]
    Certificate(String),
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
        let connector = tokio_rustls::TlsConnector::from(self.tls.clone());
        connector.connect(name, stream).await.map_err(|e| {
            match e.get_ref().and_then(|i| i.downcast_ref::<rustls::Error>()) {
                Some(rustls::Error::InvalidCertificate(c)) => {
                    ConnectError::Certificate(format!("{c:?}"))
                }
                Some(other) => ConnectError::Tls(other.to_string()),
                None => io_error(&e),
            }
        })
    }
}
