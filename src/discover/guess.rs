//! Guessing: a pure, ordered list of likely servers ([`candidates`]), each probed by reading its
//! greeting and capabilities over TLS, or over a plain connection upgraded with STARTTLS — with a
//! certificate valid for the host name either way. Plain text is never probed nor chosen.
//!
//! The list (docs/formats.md, "guessing"), for domain `d`, in order:
//! - IMAP: `imap.d`, `mail.d`, `d` on 993 (TLS), then the same hosts on 143 (STARTTLS);
//! - POP3: `pop3.d`, `pop.d`, `mail.d`, `d` on 995 (TLS), then on 110 (STARTTLS);
//! - SMTP: `smtp.d`, `mail.d`, `d` on 465 (TLS), then 587 (STARTTLS), then 25 (STARTTLS) last.
//!
//! All probes run at once. Probes send no credentials. As probes finish, the source tells the engine
//! the best candidates still pending, so a good early answer need not wait for the slow ones.

use std::time::Duration;

use tokio::task::JoinSet;

use super::{Bounds, Ctx, Key, Outcome, Ranked, Reporter, SourceError, source_rank};
use crate::model::{Auth, Direction, Protocol, Security, Server, SourceId};
use crate::net::{ConnectError, Limits, Net, Session, SessionError, Target};
use crate::proto::dialogue::Failure;
use crate::proto::probe::Probe;

/// One guess.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
}

/// The ordered guesses for a domain.
pub(crate) fn candidates(domain: &str) -> Vec<Candidate> {
    let host = |prefix: &str| {
        if prefix.is_empty() {
            domain.to_owned()
        } else {
            format!("{prefix}.{domain}")
        }
    };
    // Each protocol's host prefixes, in order; its standard ports come from `model`.
    let plan: [(Protocol, &[&str]); 3] = [
        (Protocol::Imap, &["imap", "mail", ""]),
        (Protocol::Pop3, &["pop3", "pop", "mail", ""]),
        (Protocol::Smtp, &["smtp", "mail", ""]),
    ];
    let mut out = Vec::new();
    for (protocol, prefixes) in plan {
        let mut ports = vec![
            (protocol.tls_port(), Security::Tls),
            (protocol.starttls_port(), Security::Starttls),
        ];
        if protocol == Protocol::Smtp {
            ports.push((Protocol::SMTP_RELAY_PORT, Security::Starttls));
        }
        for (port, security) in ports {
            for p in prefixes {
                out.push(Candidate {
                    protocol,
                    host: host(p),
                    port,
                    security,
                });
            }
        }
    }
    out
}

/// Why one probe failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum ProbeFailure {
    #[error(transparent)]
    Connect(#[from] ConnectError),
    #[error(transparent)]
    Dialogue(#[from] Failure),
    #[error("{}", crate::t!("error-guess-io", error = .0.as_str()))]
    Io(String),
    #[error("{}", crate::t!("error-guess-timeout"))]
    Timeout,
}

impl From<SessionError> for ProbeFailure {
    fn from(e: SessionError) -> ProbeFailure {
        match e {
            SessionError::Connect(e) => ProbeFailure::Connect(e),
            SessionError::ConnectTimeout
            | SessionError::HandshakeTimeout
            | SessionError::GreetingTimeout
            | SessionError::ReplyTimeout => ProbeFailure::Timeout,
            // Guessing never proposes a plain connection; a confirmation probe may be asked to.
            SessionError::PlainRefused => ProbeFailure::Dialogue(Failure::NoEncryption),
            SessionError::Io(e) => ProbeFailure::Io(e),
            SessionError::Dialogue(f) => ProbeFailure::Dialogue(f),
        }
    }
}

/// Probes one candidate: connect, TLS (at once or after STARTTLS), greeting and capabilities. The
/// caller bounds the time (the probe limit, [`super::Timeouts::probe`]), not each step.
pub(crate) async fn probe(net: &Net, c: &Candidate) -> Result<(), ProbeFailure> {
    let target = Target {
        host: &c.host,
        port: c.port,
        security: c.security,
    };
    let limits = Limits::UNBOUNDED;
    // Nobody reads a probe's transcript; the driver keeps one for every session.
    let mut transcript = Vec::new();
    let protocol = c.protocol;
    let session = Session::open(
        net,
        target,
        |tls| Probe::new(protocol, tls),
        limits,
        &mut transcript,
    )
    .await?;
    session.finish(&mut transcript).await?;
    Ok(())
}

fn key_of(c: &Candidate, order: u32) -> Key {
    Key::new(
        c.security,
        c.protocol,
        source_rank(SourceId::Guess, false),
        order,
    )
}

fn order_in_direction(list: &[Candidate], i: usize) -> u32 {
    let dir = list[i].protocol.direction();
    let n = list[..i]
        .iter()
        .filter(|c| c.protocol.direction() == dir)
        .count();
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn bounds(list: &[Candidate], pending: &[bool]) -> Bounds {
    let best = |dir: Direction| {
        (0..list.len())
            .filter(|&i| pending[i] && list[i].protocol.direction() == dir)
            .map(|i| key_of(&list[i], order_in_direction(list, i)))
            .min()
    };
    Bounds {
        incoming: best(Direction::Incoming),
        outgoing: best(Direction::Outgoing),
    }
}

pub(super) async fn run(ctx: &Ctx, rep: &Reporter) -> Result<Outcome, SourceError> {
    let list = candidates(ctx.addr.domain());
    let mut pending = vec![true; list.len()];
    rep.bounds(bounds(&list, &pending));
    let limit: Duration = ctx.opts.timeouts.probe;
    let mut set = JoinSet::new();
    for (i, c) in list.iter().enumerate() {
        let net = ctx.net.clone();
        let c = c.clone();
        set.spawn(async move {
            let r = match tokio::time::timeout(limit, probe(&net, &c)).await {
                Ok(r) => r,
                Err(_) => Err(ProbeFailure::Timeout),
            };
            (i, r)
        });
    }
    let mut found = Vec::new();
    while let Some(joined) = set.join_next().await {
        let Ok((i, result)) = joined else { continue };
        pending[i] = false;
        if result.is_ok() {
            let c = &list[i];
            found.push(format!("{}:{}", c.host, c.port));
            rep.found_ranked(vec![Ranked {
                server: Server {
                    protocol: c.protocol,
                    host: c.host.clone(),
                    port: c.port,
                    security: c.security,
                    username: ctx.addr.to_string(),
                    auth: Auth::PasswordCleartext,
                    source: SourceId::Guess,
                    url: format!("probe:{}:{}", c.host, c.port),
                    trusted: false,
                    oauth: None,
                },
                order: order_in_direction(&list, i),
            }]);
        }
        rep.bounds(bounds(&list, &pending));
    }
    Ok(Outcome {
        detail: if found.is_empty() {
            format!("none of {} likely servers answered securely", list.len())
        } else {
            format!("answered securely: {}", found.join(", "))
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidate_order_is_documented_order() {
        let c = candidates("example.com");
        let shown: Vec<String> = c
            .iter()
            .map(|c| format!("{} {}:{} {}", c.protocol, c.host, c.port, c.security))
            .collect();
        assert_eq!(shown.len(), 6 + 8 + 9);
        assert_eq!(shown[0], "IMAP imap.example.com:993 TLS");
        assert_eq!(shown[2], "IMAP example.com:993 TLS");
        assert_eq!(shown[3], "IMAP imap.example.com:143 STARTTLS");
        assert_eq!(shown[6], "POP3 pop3.example.com:995 TLS");
        assert_eq!(shown[13], "POP3 example.com:110 STARTTLS");
        assert_eq!(shown[14], "SMTP smtp.example.com:465 TLS");
        assert_eq!(shown[17], "SMTP smtp.example.com:587 STARTTLS");
        assert_eq!(shown[22], "SMTP example.com:25 STARTTLS");
        assert!(c.iter().all(|c| c.security != Security::Plain));
    }

    #[test]
    fn bounds_follow_pending_probes() {
        let c = candidates("example.com");
        let mut pending = vec![true; c.len()];
        let b = bounds(&c, &pending);
        assert_eq!(b.incoming, Some(key_of(&c[0], 0)));
        assert_eq!(b.outgoing, Some(key_of(&c[14], 0)));
        pending[0] = false;
        assert_eq!(bounds(&c, &pending).incoming, Some(key_of(&c[1], 1)));
        let none = vec![false; c.len()];
        assert_eq!(
            bounds(&c, &none),
            Bounds {
                incoming: None,
                outgoing: None
            }
        );
    }
}
