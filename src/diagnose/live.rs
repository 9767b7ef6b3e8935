//! The live part of a diagnosis, one server at a time: does the configured server answer (connect,
//! TLS at once or after STARTTLS with a valid certificate, greeting and capabilities: the discovery
//! probe, no credentials), and if not, does the other standard port or the discovered server? Then,
//! with a password, the login itself (the live check, which also tries the other username form).

use std::time::Duration;

use futures_util::future::join_all;

use crate::check::{self, CheckTimeouts, LoginSecret, ServerCheck, moved};
use crate::discover::guess::{Candidate, ProbeFailure, probe};
use crate::model::{Security, Server};
use crate::net::{ConnectError, Net, TlsFailure};

/// How long one probe may take.
pub(crate) const PROBE_LIMIT: Duration = Duration::from_secs(8);

/// How the server could be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reach {
    /// As configured (made encrypted, when it was not: STARTTLS on the same port).
    AsConfigured(Server),
    /// With the other security: SSL/TLS and STARTTLS mixed up. The same port, or the protocol's
    /// SSL/TLS port when SSL/TLS was set on a port that answers in plain text.
    OtherSecurity(Server),
    /// Only on another port of the same host.
    OtherPort(Server),
    /// Only at the discovered server.
    Discovered(Server),
    /// Not at all.
    Nowhere,
}

impl Reach {
    pub(crate) fn server(&self) -> Option<&Server> {
        match self {
            Reach::AsConfigured(s)
            | Reach::OtherSecurity(s)
            | Reach::OtherPort(s)
            | Reach::Discovered(s) => Some(s),
            Reach::Nowhere => None,
        }
    }
}

/// The probe of `s` (connect, encryption, greeting, capabilities), within [`PROBE_LIMIT`].
async fn probed(net: &Net, s: &Server) -> Result<(), ProbeFailure> {
    let c = Candidate {
        protocol: s.protocol,
        host: s.host.clone(),
        port: s.port,
        security: s.security,
    };
    tokio::time::timeout(PROBE_LIMIT, probe(net, &c))
        .await
        .unwrap_or(Err(ProbeFailure::Timeout))
}

/// Whether `s` answers, encrypted, within [`PROBE_LIMIT`].
pub(crate) async fn answers(net: &Net, s: &Server) -> bool {
    probed(net, s).await.is_ok()
}

/// The first of `servers` that answers, in their order; all are probed at once.
async fn first_answering(net: &Net, servers: &[Server]) -> Option<Server> {
    let results = join_all(servers.iter().map(|s| answers(net, s))).await;
    servers
        .iter()
        .zip(results)
        .find(|(_, ok)| *ok)
        .map(|(s, _)| s.clone())
}

/// Where the configured server can be reached: as configured (a plain-text setting tried with
/// STARTTLS on its port); with SSL/TLS and STARTTLS swapped, when that was the mistake; on another
/// port of the same host (the standard ports, the discovered one); at the discovered server.
pub(crate) async fn reach(net: &Net, configured: &Server, discovered: Option<&Server>) -> Reach {
    let p = configured.protocol;
    let mut first = configured.clone();
    if first.security == Security::Plain {
        first.security = Security::Starttls;
    }
    // STARTTLS on the SSL/TLS port: the server there waits for encryption and never greets, so
    // SSL/TLS on the same port is probed at once, not after the first probe gives up.
    let swapped = moved(&first, first.port, Security::Tls);
    let (as_set, swapped_ok) = if check::starttls_on_tls_port(&first) {
        tokio::join!(probed(net, &first), answers(net, &swapped))
    } else {
        (probed(net, &first).await, false)
    };
    match as_set {
        Ok(()) => return Reach::AsConfigured(first),
        Err(_) if swapped_ok => return Reach::OtherSecurity(swapped),
        // SSL/TLS set, and the server answered in plain text: STARTTLS on that port, else SSL/TLS on
        // the protocol's SSL/TLS port.
        Err(ProbeFailure::Connect(ConnectError::Tls(TlsFailure::PlainText { .. }))) => {
            if let Some(s) = first_answering(net, &check::plain_text_tries(&first)).await {
                return Reach::OtherSecurity(s);
            }
        }
        Err(_) => {}
    }
    let mut others: Vec<Server> = Vec::new();
    if let Some((port, security)) = first.protocol.other_standard_port(first.port) {
        others.push(moved(configured, port, security));
    }
    // The standard ports, SSL/TLS first, and the port discovery found on this host.
    others.push(moved(configured, p.tls_port(), Security::Tls));
    others.push(moved(configured, p.starttls_port(), Security::Starttls));
    if let Some(d) = discovered.filter(|d| d.host.eq_ignore_ascii_case(&configured.host)) {
        others.push(moved(configured, d.port, d.security));
    }
    let mut seen = vec![(first.port, first.security)];
    others.retain(|o| {
        let new = !seen.contains(&(o.port, o.security));
        seen.push((o.port, o.security));
        new
    });
    if let Some(o) = first_answering(net, &others).await {
        return Reach::OtherPort(o);
    }
    if let Some(d) = discovered.filter(|d| !d.host.eq_ignore_ascii_case(&configured.host)) {
        let d = Server {
            username: configured.username.clone(),
            ..d.clone()
        };
        if answers(net, &d).await {
            return Reach::Discovered(d);
        }
    }
    Reach::Nowhere
}

/// The login on `s`, the other username form tried once when the first is refused.
pub(crate) async fn login(
    net: &Net,
    addr: &crate::address::Address,
    s: &Server,
    secret: &LoginSecret,
    t: &CheckTimeouts,
) -> ServerCheck {
    // Not "vouched": the live check then tries the other username form once. The person already
    // sends this password to this server; no new server learns it.
    let s = Server {
        trusted: false,
        ..s.clone()
    };
    check::check_server_with(net, addr, &s, secret, t).await
}
