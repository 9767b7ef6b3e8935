//! Discovery: from an email address to ranked server settings.
//!
//! Every source starts at once, each under its own timeout and all under one overall deadline
//! (docs/design.md, "Ranking" and "Time"). Whatever a vouched source says (a preset, the domain's
//! HTTPS autoconfig, the bundled data, the ISPDB, DNSSEC-signed records) outranks every unvouched
//! answer, because both implicit TLS and STARTTLS are secure and plain text is never used. Within
//! each of the two, IMAP comes before POP3, then the source rank decides ([`source_rank`]), then
//! implicit TLS before STARTTLS, then the order the source gave.
//!
//! The answer is final as soon as no pending source could produce a better candidate, for incoming and
//! outgoing alike. While a better source is still pending, the best candidate in hand is probed
//! (connect, TLS, greeting, with a certificate valid for the host, no credentials); once it is
//! confirmed, the pending sources get [`GRACE`] more, not their whole timeout. The remaining sources
//! are then cancelled. Progress streams out as typed [`Progress`] events.

mod autoconfig;
pub mod autodiscover;
pub mod bundled;
pub mod config;
mod fetch;
pub(crate) mod guess;
mod ispdb;
pub(crate) mod mx;
mod options;
mod rank;
pub(crate) mod srv;
pub(crate) mod xml;

pub(crate) use fetch::{describe_found, fetch_config, fetch_within, redact_query, url_within};
pub(crate) use options::OVERALL_TIMEOUT;
pub use options::{Authority, Options, Timeouts};
pub use rank::{
    Bounds, GRACE, GUESS_AFTER, Key, LAST_VOUCHED_RANK, Ranked, WEB_AFTER, source_rank,
};
use rank::{Endpoint, Finality, Pool, Probed, Running, endpoint, finality};

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::address::Address;
use crate::model::{Direction, Security, Server, SourceId};
use crate::net::{DnsError, FetchError, Net};

/// How a source ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceStatus {
    /// Still running (only seen in progress snapshots).
    Running,
    /// It gave at least one usable server.
    Found,
    /// It answered, with nothing usable.
    Nothing,
    /// It could not be asked (network, TLS, malformed answer …).
    Failed,
    /// It did not finish within its time limit.
    Timeout,
    /// The answer was final before it finished, so it was stopped.
    Cancelled,
}

impl SourceStatus {
    /// How the wizard's checklist (window and terminal) says it.
    pub fn words(self) -> String {
        match self {
            SourceStatus::Running => crate::t!("finding-running"),
            SourceStatus::Found => crate::t!("finding-found"),
            SourceStatus::Nothing | SourceStatus::Failed => crate::t!("finding-nothing-here"),
            SourceStatus::Timeout => crate::t!("finding-no-answer"),
            SourceStatus::Cancelled => crate::t!("finding-not-needed"),
        }
    }
}

/// One line of the sources checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceReport {
    pub name: SourceId,
    pub status: SourceStatus,
    pub elapsed_ms: u64,
    pub detail: Option<String>,
}

/// A typed progress event for the live checklist (GUI) and the progress line (CLI).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Progress {
    Started(SourceId),
    /// A source reported servers (`count` usable ones, including any another source gave first).
    Found {
        source: SourceId,
        count: usize,
    },
    /// A source ended.
    Finished(SourceReport),
    /// The answer is final; sources still running are cancelled.
    Final,
}

/// The result: the settings JSON (`mailsetup discover --json`) and input of later commands.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Discovery {
    pub address: Address,
    /// Best first.
    pub incoming: Vec<Server>,
    /// Best first.
    pub outgoing: Vec<Server>,
    pub sources: Vec<SourceReport>,
    pub elapsed_ms: u64,
}

impl Discovery {
    /// The report of one source, if it ran.
    pub fn source(&self, id: SourceId) -> Option<&SourceReport> {
        self.sources.iter().find(|s| s.name == id)
    }
}

/// Why a source could not give an answer (as opposed to answering "nothing here").
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum SourceError {
    #[error(transparent)]
    Dns(#[from] DnsError),
    #[error("{url}: {error}")]
    Fetch { url: String, error: FetchError },
    #[error("{url}: {error}")]
    Config {
        url: String,
        error: config::ConfigError,
    },
    #[error("{url}: {error}")]
    Autodiscover {
        url: String,
        error: autodiscover::AutodiscoverError,
    },
}

/// What a source that finished without error says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Outcome {
    pub detail: String,
}

enum Msg {
    Found(SourceId, Vec<Ranked>),
    Bounds(SourceId, Bounds),
    Done(SourceId, Ended),
    /// A confirmation probe ended: whether the endpoint spoke its protocol over TLS with a
    /// certificate valid for its name.
    Probed(Endpoint, bool),
}

/// How a source task ended.
enum Ended {
    Answered(Outcome),
    Failed(SourceError),
    TimedOut,
}

/// What a running source uses to report.
#[derive(Clone)]
pub(crate) struct Reporter {
    source: SourceId,
    tx: mpsc::UnboundedSender<Msg>,
}

impl Reporter {
    /// Reports servers in the source's own order of preference (after any it reported before).
    pub(crate) fn found(&self, servers: Vec<Server>) {
        let ranked = servers
            .into_iter()
            .enumerate()
            .map(|(i, server)| Ranked {
                server,
                order: u32::try_from(i).unwrap_or(u32::MAX),
            })
            .collect();
        self.found_ranked(ranked);
    }

    /// Reports servers with explicit positions.
    pub(crate) fn found_ranked(&self, ranked: Vec<Ranked>) {
        if !ranked.is_empty() {
            let _ = self.tx.send(Msg::Found(self.source, ranked));
        }
    }

    /// Narrows what this source could still produce.
    pub(crate) fn bounds(&self, bounds: Bounds) {
        let _ = self.tx.send(Msg::Bounds(self.source, bounds));
    }
}

/// What every source gets.
#[derive(Clone)]
pub(crate) struct Ctx {
    pub net: Net,
    pub addr: Address,
    pub opts: Arc<Options>,
}

async fn run_source(id: SourceId, ctx: Ctx, rep: Reporter) -> Result<Outcome, SourceError> {
    match id {
        SourceId::Preset => match &ctx.opts.preset {
            Some(p) if p.covers(&ctx.addr) => {
                rep.found(p.servers_for(&ctx.addr));
                Ok(Outcome {
                    detail: p.describe(),
                })
            }
            _ => Ok(Outcome {
                detail: "no preset covers this domain".into(),
            }),
        },
        SourceId::Manual => Ok(Outcome {
            detail: "not a lookup".into(),
        }),
        SourceId::Bundled => bundled::run(&ctx, &rep).await,
        SourceId::Autoconfig => autoconfig::run_https(&ctx, &rep).await,
        SourceId::AutoconfigHttp => autoconfig::run_http(&ctx, &rep).await,
        SourceId::Ispdb => ispdb::run(&ctx, &rep).await,
        SourceId::Mx => mx::run(&ctx, &rep).await,
        SourceId::Srv => srv::run(&ctx, &rep).await,
        SourceId::Autodiscover => autodiscover::run(&ctx, &rep).await,
        SourceId::Guess => guess::run(&ctx, &rep).await,
    }
}

/// A source's own limit. Sources time their own requests (and say which one did not answer); this
/// outer limit, a little longer, is the safety net for anything they do not time themselves.
fn source_timeout(id: SourceId, t: &Timeouts) -> Duration {
    const MARGIN: Duration = Duration::from_millis(250);
    MARGIN
        + match id {
            SourceId::Preset | SourceId::Manual | SourceId::Bundled => t.dns,
            SourceId::Autoconfig | SourceId::AutoconfigHttp | SourceId::Autodiscover => t.http,
            SourceId::Ispdb => t.ispdb,
            SourceId::Srv => t.dns,
            SourceId::Mx => t.dns + t.ispdb,
            SourceId::Guess => t.dns + t.probe,
        }
}

/// Runs every enabled source for `addr` and returns the ranked settings.
pub async fn discover(
    net: &Net,
    addr: &Address,
    opts: &Options,
    progress: Option<mpsc::UnboundedSender<Progress>>,
) -> Discovery {
    let start = Instant::now();
    let deadline = tokio::time::Instant::now() + opts.timeouts.overall;
    let emit = |p: Progress| {
        if let Some(tx) = &progress {
            let _ = tx.send(p);
        }
    };
    let ctx = Ctx {
        net: net.clone(),
        addr: addr.clone(),
        opts: Arc::new(opts.clone()),
    };
    let (tx, mut rx) = mpsc::unbounded_channel::<Msg>();
    let mut tasks = JoinSet::new();
    let mut running: HashMap<SourceId, Running> = HashMap::new();
    let mut reports: Vec<SourceReport> = Vec::new();
    // The organisation's own settings answer for its domains: nothing else is asked.
    let preset_answers = opts.preset.as_ref().is_some_and(|p| p.covers(addr));
    let mut order: Vec<SourceId> = if preset_answers {
        vec![SourceId::Preset]
    } else {
        opts.sources
            .iter()
            .copied()
            .filter(|s| *s != SourceId::Preset)
            .collect()
    };
    order.sort();
    order.dedup();
    // Guessing probes a couple of dozen servers; it waits until the other sources have had their
    // say (or GUESS_AFTER), so that it does not slow down the answer they usually give.
    let (mut waiting, mut first): (Vec<SourceId>, Vec<SourceId>) =
        order.iter().partition(|id| **id == SourceId::Guess);
    if first.is_empty() {
        first.append(&mut waiting);
    }
    // Plain-HTTP autoconfig and Exchange autodiscover ask the same web servers as the domain's HTTPS
    // autoconfig, which outranks both: they wait for it a moment (`web_after`) and start at once when
    // it has ended, so a domain that answers over HTTPS straight away gets no extra requests.
    let mut web_waiting = Vec::new();
    if first.contains(&SourceId::Autoconfig) {
        first.retain(|id| {
            let held = matches!(id, SourceId::AutoconfigHttp | SourceId::Autodiscover);
            if held {
                web_waiting.push(*id);
            }
            !held
        });
    }
    let mut not_needed: Vec<SourceId> = Vec::new();
    let guess_at = tokio::time::Instant::now() + GUESS_AFTER;
    let web_at = tokio::time::Instant::now() + opts.timeouts.web_after;
    for &id in &first {
        running.insert(id, start_source(&mut tasks, id, &ctx, &tx));
        emit(Progress::Started(id));
    }
    // Confirmation probes report on the same channel; this sender lives as long as the loop.
    let probe_tx = tx;

    let mut incoming = Pool::default();
    let mut outgoing = Pool::default();
    let mut probes: HashMap<Endpoint, Probed> = HashMap::new();
    let mut graced = false;
    loop {
        let now = tokio::time::Instant::now();
        if !web_waiting.is_empty()
            && (!running.contains_key(&SourceId::Autoconfig) || now >= web_at)
        {
            for id in web_waiting.drain(..) {
                // Not started when it could not better the answer in hand.
                let could = Key::best_for_rank(rank::best_possible_rank(id));
                if [incoming.best(), outgoing.best()]
                    .iter()
                    .any(|best| best.is_none_or(|b| could < b))
                {
                    running.insert(id, start_source(&mut tasks, id, &ctx, &probe_tx));
                    emit(Progress::Started(id));
                } else {
                    not_needed.push(id);
                }
            }
        }
        if !waiting.is_empty() && (running.is_empty() || now >= guess_at) {
            let nothing_yet = incoming.best().is_none() || outgoing.best().is_none();
            // Not needed when everything else has ended with both directions answered: guesses
            // rank below every other source.
            if nothing_yet || !running.is_empty() {
                for id in waiting.drain(..) {
                    running.insert(id, start_source(&mut tasks, id, &ctx, &probe_tx));
                    emit(Progress::Started(id));
                }
            }
        }
        if running.is_empty() {
            break;
        }
        let sides = [
            finality(&incoming, &running, |b| b.incoming, &probes, now),
            finality(&outgoing, &running, |b| b.outgoing, &probes, now),
        ];
        if sides
            .iter()
            .all(|f| matches!(f, Finality::Settled | Finality::Graced))
        {
            graced = sides.contains(&Finality::Graced);
            break;
        }
        let mut wake = deadline;
        if !waiting.is_empty() {
            wake = wake.min(guess_at);
        }
        if !web_waiting.is_empty() {
            wake = wake.min(web_at);
        }
        for side in sides {
            if let Finality::Wait { until, probe } = side {
                if let Some(until) = until {
                    wake = wake.min(until);
                }
                if let Some(server) = probe {
                    probes.insert(endpoint(&server), Probed::Pending);
                    spawn_probe(&mut tasks, net, &server, opts.timeouts.probe, &probe_tx);
                }
            }
        }
        let msg = match tokio::time::timeout_at(wake, rx.recv()).await {
            Ok(Some(m)) => m,
            Ok(None) => break,
            Err(_) if wake < deadline => continue,
            Err(_) => break,
        };
        match msg {
            Msg::Found(id, ranked) => {
                let mut usable = 0;
                for r in ranked {
                    if r.server.security == Security::Plain {
                        continue;
                    }
                    usable += 1;
                    // Guessing only reports servers its own probe confirmed; an earlier
                    // confirmation of the same server keeps its time (the grace does not restart).
                    if id == SourceId::Guess {
                        let confirmed = Probed::Confirmed(tokio::time::Instant::now());
                        let p = probes.entry(endpoint(&r.server)).or_insert(confirmed);
                        if !matches!(p, Probed::Confirmed(_)) {
                            *p = confirmed;
                        }
                    }
                    let key = Key::of(&r.server, r.order);
                    let pool = match r.server.protocol.direction() {
                        Direction::Incoming => &mut incoming,
                        Direction::Outgoing => &mut outgoing,
                    };
                    pool.add(key, r.server);
                }
                // A source found something when it gave a listed server, even one another source
                // had already given.
                if let Some(r) = running.get_mut(&id) {
                    r.found += usable;
                }
                if usable > 0 {
                    emit(Progress::Found {
                        source: id,
                        count: usable,
                    });
                }
            }
            Msg::Bounds(id, b) => {
                if let Some(r) = running.get_mut(&id) {
                    r.bounds = b;
                }
            }
            Msg::Probed(ep, ok) => {
                if probes.get(&ep) == Some(&Probed::Pending) {
                    let state = if ok {
                        Probed::Confirmed(tokio::time::Instant::now())
                    } else {
                        Probed::Failed
                    };
                    probes.insert(ep, state);
                }
            }
            Msg::Done(id, result) => {
                let Some(r) = running.remove(&id) else {
                    continue;
                };
                let elapsed_ms = ms(r.started.elapsed());
                let (status, detail) = match result {
                    Ended::TimedOut => (
                        SourceStatus::Timeout,
                        Some(format!(
                            "no answer within {} s",
                            source_timeout(id, &opts.timeouts).as_secs_f32()
                        )),
                    ),
                    Ended::Answered(o) if r.found > 0 => (SourceStatus::Found, Some(o.detail)),
                    Ended::Answered(o) => (SourceStatus::Nothing, Some(o.detail)),
                    Ended::Failed(e) => (SourceStatus::Failed, Some(e.to_string())),
                };
                let report = SourceReport {
                    name: id,
                    status,
                    elapsed_ms,
                    detail,
                };
                emit(Progress::Finished(report.clone()));
                reports.push(report);
            }
        }
    }
    tasks.abort_all();
    let overall_expired = tokio::time::Instant::now() >= deadline;
    for (id, r) in running {
        let report = SourceReport {
            name: id,
            status: if overall_expired {
                SourceStatus::Timeout
            } else {
                SourceStatus::Cancelled
            },
            elapsed_ms: ms(r.started.elapsed()),
            detail: Some(if overall_expired {
                "stopped at the overall time limit".into()
            } else if graced {
                format!(
                    "stopped waiting: a checked answer was in hand and this source had {} s more",
                    GRACE.as_secs_f32()
                )
            } else {
                "not needed: a better answer was already certain".into()
            }),
        };
        emit(Progress::Finished(report.clone()));
        reports.push(report);
    }
    let unstarted = (waiting
        .into_iter()
        .map(|id| (id, "the other sources answered first")))
    .chain(
        web_waiting
            .into_iter()
            .map(|id| (id, "the domain's own HTTPS autoconfig answered first")),
    )
    .chain(
        not_needed
            .into_iter()
            .map(|id| (id, "a better answer was already certain")),
    );
    for (id, why) in unstarted {
        let report = SourceReport {
            name: id,
            status: SourceStatus::Cancelled,
            elapsed_ms: 0,
            detail: Some(format!("not needed: {why}")),
        };
        emit(Progress::Finished(report.clone()));
        reports.push(report);
    }
    reports.sort_by_key(|r| r.name);
    emit(Progress::Final);
    let allowed = |s: &Server| opts.preset.as_ref().is_none_or(|p| p.allows(s.protocol));
    let choose_auth = |mut s: Server| {
        s.prefer_oauth(|issuer| opts.oauth.get(issuer).is_some());
        s
    };
    Discovery {
        address: addr.clone(),
        incoming: (incoming.sorted().into_iter())
            .filter(allowed)
            .map(choose_auth)
            .collect(),
        outgoing: outgoing.sorted().into_iter().map(choose_auth).collect(),
        sources: reports,
        elapsed_ms: ms(start.elapsed()),
    }
}

/// Starts one source under its own limit; it reports on `tx`.
fn start_source(
    tasks: &mut JoinSet<()>,
    id: SourceId,
    ctx: &Ctx,
    tx: &mpsc::UnboundedSender<Msg>,
) -> Running {
    let rep = Reporter {
        source: id,
        tx: tx.clone(),
    };
    let ctx = ctx.clone();
    let limit = source_timeout(id, &ctx.opts.timeouts);
    let done_tx = tx.clone();
    tasks.spawn(async move {
        let ended = match tokio::time::timeout(limit, run_source(id, ctx, rep)).await {
            Ok(Ok(outcome)) => Ended::Answered(outcome),
            Ok(Err(e)) => Ended::Failed(e),
            Err(_) => Ended::TimedOut,
        };
        let _ = done_tx.send(Msg::Done(id, ended));
    });
    Running::new(id)
}

/// Probes one endpoint in the background (no credentials) and reports on `tx`.
fn spawn_probe(
    tasks: &mut JoinSet<()>,
    net: &Net,
    server: &Server,
    limit: Duration,
    tx: &mpsc::UnboundedSender<Msg>,
) {
    let net = net.clone();
    let candidate = guess::Candidate {
        protocol: server.protocol,
        host: server.host.clone(),
        port: server.port,
        security: server.security,
    };
    let ep = endpoint(server);
    let tx = tx.clone();
    tasks.spawn(async move {
        let ok = matches!(
            tokio::time::timeout(limit, guess::probe(&net, &candidate)).await,
            Ok(Ok(()))
        );
        let _ = tx.send(Msg::Probed(ep, ok));
    });
}

fn ms(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests;
