//! The live part of a diagnosis, one server at a time: does the configured server answer (connect,
//! TLS at once or after STARTTLS with a valid certificate, greeting and capabilities: the discovery
//! probe, no credentials), and if not, does the other standard port or the discovered server? Then,
//! with a password, the login itself (the live check, which also tries the other username form).

use std::time::Duration;

use crate::check::{self, CheckTimeouts, ServerCheck, alternative_port};
use crate::discover::guess::{Candidate, probe};
use crate::model::{Protocol, Security, Server};
use crate::net::Net;

/// How long one probe may take.
pub(crate) const PROBE_LIMIT: Duration = Duration::from_secs(8);

/// How the server could be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reach {
    /// As configured (made encrypted, when it was not: STARTTLS on the same port).
    AsConfigured(Server),
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
            Reach::AsConfigured(s) | Reach::OtherPort(s) | Reach::Discovered(s) => Some(s),
            Reach::Nowhere => None,
        }
    }
}

/// Whether `s` answers, encrypted, within [`PROBE_LIMIT`].
pub(crate) async fn answers(net: &Net, s: &Server) -> bool {
    let c = Candidate {
        protocol: s.protocol,
        host: s.host.clone(),
        port: s.port,
        security: s.security,
    };
    matches!(
        tokio::time::timeout(PROBE_LIMIT, probe(net, &c)).await,
        Ok(Ok(()))
    )
}

/// The implicit-TLS port of a protocol.
fn tls_port(p: Protocol) -> u16 {
    crate::diagnose::account::default_port(p, Security::Tls)
}

/// Where the configured server can be reached: as configured (a plain-text setting tried with
/// STARTTLS on its port, then with TLS on the standard port), on the other standard port, at the
/// discovered server.
pub(crate) async fn reach(net: &Net, configured: &Server, discovered: Option<&Server>) -> Reach {
    let mut first = configured.clone();
    if first.security == Security::Plain {
        first.security = Security::Starttls;
    }
    if answers(net, &first).await {
        return Reach::AsConfigured(first);
    }
    let mut others: Vec<Server> = Vec::new();
    if configured.security == Security::Plain {
        others.push(Server {
            port: tls_port(configured.protocol),
            security: Security::Tls,
            ..configured.clone()
        });
    }
    if let Some((port, security)) = alternative_port(&first) {
        others.push(Server {
            port,
            security,
            ..configured.clone()
        });
    } else if first.port != tls_port(configured.protocol) {
        others.push(Server {
            port: tls_port(configured.protocol),
            security: Security::Tls,
            ..configured.clone()
        });
    }
    for o in &others {
        if answers(net, o).await {
            return Reach::OtherPort(o.clone());
        }
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
    password: &crate::model::Secret<String>,
    t: &CheckTimeouts,
) -> ServerCheck {
    // Not "vouched": the live check then tries the other username form once. The person already
    // sends this password to this server; no new server learns it.
    let s = Server {
        trusted: false,
        ..s.clone()
    };
    check::check_server(net, addr, &s, password, t).await
}
