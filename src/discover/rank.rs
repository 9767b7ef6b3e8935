//! Ranking and finality (docs/design.md "Ranking" and "Time"): the key that orders candidates, the
//! pool that keeps each endpoint once with its best key, and the pure rule that says when a
//! direction's answer is final.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use crate::model::{Protocol, Security, Server, SourceId};

/// How long sources that could still outrank an answer are waited for once a probe has confirmed that
/// answer's servers (docs/design.md "Time"): long enough for a healthy HTTPS source on a slow line,
/// short enough that a hanging one costs little.
pub const GRACE: Duration = Duration::from_secs(1);

/// How long guessing waits for the other sources before it starts anyway (it starts at once when they
/// have all ended): its couple of dozen probes would otherwise compete with the answer those sources
/// usually give.
pub const GUESS_AFTER: Duration = Duration::from_millis(300);

/// How long plain-HTTP autoconfig and Exchange autodiscover wait for the domain's HTTPS autoconfig
/// before they start anyway (they start at once when it has ended). It outranks both and asks the
/// same web servers, and usually answers within a few milliseconds of a nearby server: then they are
/// never sent. On the internet, where a round trip takes tens of milliseconds, the wait is lost in
/// the noise.
pub const WEB_AFTER: Duration = Duration::from_millis(20);

/// Priority of a source (lower is better), given whether this result was vouched for. Ranks up to
/// [`LAST_VOUCHED_RANK`] are vouched answers, the rest unvouched ones.
pub fn source_rank(source: SourceId, trusted: bool) -> u8 {
    match (source, trusted) {
        (SourceId::Preset | SourceId::Manual, _) => 0,
        (SourceId::Autoconfig, true) => 1,
        (SourceId::Ispdb | SourceId::Bundled, true) => 2,
        (SourceId::Srv, true) => 3,
        (SourceId::Autodiscover, true) => 4,
        (SourceId::Mx, true) => 5,
        (SourceId::Mx, false) => 6,
        // Plain-HTTP autoconfig is never vouched, whatever the flag says.
        (SourceId::AutoconfigHttp, _)
        | (
            SourceId::Autoconfig | SourceId::Autodiscover | SourceId::Ispdb | SourceId::Bundled,
            false,
        ) => 7,
        (SourceId::Srv, false) => 8,
        (SourceId::Guess, _) => 9,
    }
}

/// The last [`source_rank`] of a vouched answer.
pub const LAST_VOUCHED_RANK: u8 = 5;

/// The best rank a source could still produce while it runs.
pub(super) fn best_possible_rank(source: SourceId) -> u8 {
    source_rank(source, true)
}

/// The ranking key of a candidate: lower is better. The field order is the ranking order: vouched
/// before unvouched, then IMAP before POP3, then the source rank, then implicit TLS before STARTTLS,
/// then the source's own order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    unvouched: bool,
    protocol: u8,
    source: u8,
    security: u8,
    order: u32,
}

impl Key {
    pub fn new(security: Security, protocol: Protocol, source: u8, order: u32) -> Key {
        Key {
            unvouched: source > LAST_VOUCHED_RANK,
            security: match security {
                Security::Tls => 0,
                Security::Starttls => 1,
                Security::Plain => 2,
            },
            protocol: match protocol {
                Protocol::Imap | Protocol::Smtp => 0,
                Protocol::Pop3 => 1,
            },
            source,
            order,
        }
    }

    /// The best key any candidate from a source of this rank could have.
    pub(super) fn best_for_rank(source: u8) -> Key {
        Key {
            unvouched: source > LAST_VOUCHED_RANK,
            security: 0,
            protocol: 0,
            source,
            order: 0,
        }
    }

    pub(super) fn of(server: &Server, order: u32) -> Key {
        Key::new(
            server.security,
            server.protocol,
            source_rank(server.source, server.trusted),
            order,
        )
    }
}

/// A server with the position its source gave it.
#[derive(Debug, Clone)]
pub struct Ranked {
    pub server: Server,
    pub order: u32,
}

/// Best keys a still-running source could produce, per direction (`None`: nothing more can come).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bounds {
    pub incoming: Option<Key>,
    pub outgoing: Option<Key>,
}
/// One server's identity for confirmation probes.
pub(super) type Endpoint = (Protocol, String, u16, Security);

pub(super) fn endpoint(s: &Server) -> Endpoint {
    (s.protocol, s.host.clone(), s.port, s.security)
}

/// What is known of an endpoint from probing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Probed {
    Pending,
    /// Confirmed at this moment.
    Confirmed(tokio::time::Instant),
    Failed,
}

/// Whether one direction's answer is final: nothing pending could beat it (`Settled`), its best
/// server was confirmed at least [`GRACE`] ago (`Graced`), or not yet (`Wait`, until when if a grace
/// is running, and whether the best server needs a probe).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Finality {
    Settled,
    Graced,
    Wait {
        until: Option<tokio::time::Instant>,
        probe: Option<Server>,
    },
}

/// The finality rule for one direction, pure so that it can be tested without a network.
pub(super) fn finality(
    pool: &Pool,
    running: &HashMap<SourceId, Running>,
    pick: fn(&Bounds) -> Option<Key>,
    probes: &HashMap<Endpoint, Probed>,
    now: tokio::time::Instant,
) -> Finality {
    if settled(pool.best(), running, pick) {
        return Finality::Settled;
    }
    let Some(best) = pool.best_server() else {
        return Finality::Wait {
            until: None,
            probe: None,
        };
    };
    match probes.get(&endpoint(best)) {
        None => Finality::Wait {
            until: None,
            probe: Some(best.clone()),
        },
        Some(Probed::Confirmed(at)) if now >= *at + GRACE => Finality::Graced,
        Some(Probed::Confirmed(at)) => Finality::Wait {
            until: Some(*at + GRACE),
            probe: None,
        },
        Some(Probed::Pending | Probed::Failed) => Finality::Wait {
            until: None,
            probe: None,
        },
    }
}

pub(super) struct Running {
    pub(super) started: Instant,
    pub(super) bounds: Bounds,
    pub(super) found: usize,
}

impl Running {
    /// A source just started: it could still give the best its rank allows.
    pub(super) fn new(id: SourceId) -> Running {
        let best = Some(Key::best_for_rank(best_possible_rank(id)));
        Running {
            started: Instant::now(),
            bounds: Bounds {
                incoming: best,
                outgoing: best,
            },
            found: 0,
        }
    }
}

/// Collected candidates for one direction, deduplicated by endpoint, best key kept.
#[derive(Default)]
pub(super) struct Pool {
    items: Vec<(Key, Server)>,
}

impl Pool {
    pub(super) fn add(&mut self, key: Key, server: Server) -> bool {
        if server.security == Security::Plain {
            return false;
        }
        if let Some(existing) = self
            .items
            .iter_mut()
            .find(|(_, s)| s.same_endpoint(&server))
        {
            if key < existing.0 {
                *existing = (key, server);
            }
            return false;
        }
        self.items.push((key, server));
        true
    }

    pub(super) fn best(&self) -> Option<Key> {
        self.items.iter().map(|(k, _)| *k).min()
    }

    pub(super) fn best_server(&self) -> Option<&Server> {
        self.items.iter().min_by_key(|(k, _)| *k).map(|(_, s)| s)
    }

    pub(super) fn sorted(mut self) -> Vec<Server> {
        self.items.sort_by_key(|(k, _)| *k);
        self.items.into_iter().map(|(_, s)| s).collect()
    }
}

pub(super) fn settled(
    best: Option<Key>,
    running: &HashMap<SourceId, Running>,
    pick: fn(&Bounds) -> Option<Key>,
) -> bool {
    let Some(best) = best else { return false };
    running
        .values()
        .all(|r| pick(&r.bounds).is_none_or(|b| b >= best))
}
