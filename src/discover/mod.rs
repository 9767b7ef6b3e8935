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

pub mod autoconfig;
pub mod autodiscover;
pub mod bundled;
pub mod config;
pub mod guess;
pub mod ispdb;
pub mod mx;
pub mod srv;
pub mod xml;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::address::Address;
use crate::model::{Direction, Protocol, Security, Server, SourceId};
use crate::net::{DnsError, FetchError, Net};

/// Time limits. Defaults follow what users tolerate and what the best clients use (docs/design.md, "Time").
#[derive(Debug, Clone)]
pub struct Timeouts {
    /// One HTTP(S) fetch (autoconfig, autodiscover).
    pub http: Duration,
    /// One ISPDB fetch.
    pub ispdb: Duration,
    /// DNS-only sources (SRV) and the MX lookup itself.
    pub dns: Duration,
    /// One guessing probe (connect, TLS, greeting, capabilities).
    pub probe: Duration,
    /// The whole discovery.
    pub overall: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            http: Duration::from_secs(5),
            ispdb: Duration::from_secs(8),
            dns: Duration::from_secs(5),
            probe: Duration::from_secs(8),
            overall: Duration::from_secs(15),
        }
    }
}

/// What a discovery may use besides the network.
#[derive(Debug, Clone)]
pub struct Options {
    pub timeouts: Timeouts,
    /// Folders of site autoconfig files named `<domain>.xml`, searched before the bundled data.
    pub site_dirs: Vec<PathBuf>,
    /// Sources to run (all by default).
    pub sources: Vec<SourceId>,
    /// The helpdesk preset in force: for its domains it is the only source asked, and its rules
    /// drop incoming protocols it does not allow.
    pub preset: Option<Arc<crate::preset::Preset>>,
}

impl Default for Options {
    fn default() -> Self {
        let mut site_dirs = vec![PathBuf::from("/etc/mailsetup/autoconfig")];
        if let Some(d) = dirs::config_dir() {
            site_dirs.push(d.join("mailsetup").join("autoconfig"));
        }
        Options {
            timeouts: Timeouts::default(),
            site_dirs,
            sources: SourceId::ALL.to_vec(),
            preset: None,
        }
    }
}

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
pub enum SourceError {
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
pub struct Outcome {
    pub detail: String,
}

/// How long sources that could still outrank an answer are waited for once a probe has confirmed that
/// answer's servers (docs/design.md "Time"): long enough for a healthy HTTPS source on a slow line,
/// short enough that a hanging one costs little.
pub const GRACE: Duration = Duration::from_secs(1);

/// How long guessing waits for the other sources before it starts anyway (it starts at once when they
/// have all ended): its couple of dozen probes would otherwise compete with the answer those sources
/// usually give.
pub const GUESS_AFTER: Duration = Duration::from_millis(300);

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
fn best_possible_rank(source: SourceId) -> u8 {
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
    fn best_for_rank(source: u8) -> Key {
        Key {
            unvouched: source > LAST_VOUCHED_RANK,
            security: 0,
            protocol: 0,
            source,
            order: 0,
        }
    }

    fn of(server: &Server, order: u32) -> Key {
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

enum Msg {
    Found(SourceId, Vec<Ranked>),
    Bounds(SourceId, Bounds),
    Done(SourceId, Ended),
    /// A confirmation probe ended: whether the endpoint spoke its protocol over TLS with a
    /// certificate valid for its name.
    Probed(Endpoint, bool),
}

/// One server's identity for confirmation probes.
type Endpoint = (Protocol, String, u16, Security);

fn endpoint(s: &Server) -> Endpoint {
    (s.protocol, s.host.clone(), s.port, s.security)
}

/// What is known of an endpoint from probing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Probed {
    Pending,
    /// Confirmed at this moment.
    Confirmed(tokio::time::Instant),
    Failed,
}

/// Whether one direction's answer is final: nothing pending could beat it (`Settled`), its best
/// server was confirmed at least [`GRACE`] ago (`Graced`), or not yet (`Wait`, until when if a grace
/// is running, and whether the best server needs a probe).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Finality {
    Settled,
    Graced,
    Wait {
        until: Option<tokio::time::Instant>,
        probe: Option<Server>,
    },
}

/// The finality rule for one direction, pure so that it can be tested without a network.
fn finality(
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

/// How a source task ended.
enum Ended {
    Answered(Outcome),
    Failed(SourceError),
    TimedOut,
}

/// What a running source uses to report.
#[derive(Clone)]
pub struct Reporter {
    source: SourceId,
    tx: mpsc::UnboundedSender<Msg>,
}

impl Reporter {
    /// Reports servers in the source's own order of preference (after any it reported before).
    pub fn found(&self, servers: Vec<Server>) {
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
    pub fn found_ranked(&self, ranked: Vec<Ranked>) {
        if !ranked.is_empty() {
            let _ = self.tx.send(Msg::Found(self.source, ranked));
        }
    }

    /// Narrows what this source could still produce.
    pub fn bounds(&self, bounds: Bounds) {
        let _ = self.tx.send(Msg::Bounds(self.source, bounds));
    }
}

/// What every source gets.
#[derive(Clone)]
pub struct Ctx {
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
                    detail: crate::t!(
                        "preset-source-detail",
                        organisation = p.organisation.as_str(),
                        file = p.path.display().to_string()
                    ),
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

struct Running {
    started: Instant,
    bounds: Bounds,
    found: usize,
}

impl Running {
    /// A source just started: it could still give the best its rank allows.
    fn new(id: SourceId) -> Running {
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
struct Pool {
    items: Vec<(Key, Server)>,
}

impl Pool {
    fn add(&mut self, key: Key, server: Server) -> bool {
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

    fn best(&self) -> Option<Key> {
        self.items.iter().map(|(k, _)| *k).min()
    }

    fn best_server(&self) -> Option<&Server> {
        self.items.iter().min_by_key(|(k, _)| *k).map(|(_, s)| s)
    }

    fn sorted(mut self) -> Vec<Server> {
        self.items.sort_by_key(|(k, _)| *k);
        self.items.into_iter().map(|(_, s)| s).collect()
    }
}

fn settled(
    best: Option<Key>,
    running: &HashMap<SourceId, Running>,
    pick: fn(&Bounds) -> Option<Key>,
) -> bool {
    let Some(best) = best else { return false };
    running
        .values()
        .all(|r| pick(&r.bounds).is_none_or(|b| b >= best))
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
    let guess_at = tokio::time::Instant::now() + GUESS_AFTER;
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
    for id in waiting {
        let report = SourceReport {
            name: id,
            status: SourceStatus::Cancelled,
            elapsed_ms: 0,
            detail: Some("not needed: the other sources answered first".into()),
        };
        emit(Progress::Finished(report.clone()));
        reports.push(report);
    }
    reports.sort_by_key(|r| r.name);
    emit(Progress::Final);
    let allowed = |s: &Server| opts.preset.as_ref().is_none_or(|p| p.allows(s.protocol));
    Discovery {
        address: addr.clone(),
        incoming: incoming.sorted().into_iter().filter(allowed).collect(),
        outgoing: outgoing.sorted(),
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

/// Whether a URL's host lies within the address's registrable domain.
pub(crate) fn url_within(url: &url::Url, addr: &Address) -> bool {
    url.host_str().is_some_and(|h| {
        crate::address::is_within(&h.to_ascii_lowercase(), addr.registrable_domain())
    })
}

/// Fetches `url` (GET, or POST with `post`) within `limit`, errors tagged with the URL (query left out).
pub(crate) async fn fetch_within(
    ctx: &Ctx,
    url: &url::Url,
    post: Option<crate::net::Post>,
    limit: Duration,
) -> Result<crate::net::Fetched, SourceError> {
    let fetch_error = |error| SourceError::Fetch {
        url: redact_query(url),
        error,
    };
    match tokio::time::timeout(limit, ctx.net.fetch(url, post)).await {
        Ok(r) => r.map_err(fetch_error),
        Err(_) => Err(fetch_error(FetchError::Timeout)),
    }
}

/// Fetches and parses an autoconfig document (shared by the autoconfig, ISPDB and MX sources).
pub(crate) async fn fetch_config(
    ctx: &Ctx,
    url: &url::Url,
    limit: Duration,
) -> Result<(config::ProviderConfig, crate::net::Fetched), SourceError> {
    let fetched = fetch_within(ctx, url, None, limit).await?;
    let cfg = config::parse(&fetched.body).map_err(|error| SourceError::Config {
        url: redact_query(url),
        error,
    })?;
    Ok((cfg, fetched))
}

/// A URL without its query string (the address stays out of reports).
pub(crate) fn redact_query(url: &url::Url) -> String {
    let mut u = url.clone();
    u.set_query(None);
    u.to_string()
}

/// Outcome text for a config with no usable servers.
pub(crate) fn describe_found(cfg: &config::ProviderConfig, url: &str) -> String {
    let name = cfg.display_name.as_deref().unwrap_or(&cfg.id);
    let mut s = format!("{name} ({url})");
    if !cfg.skipped.is_empty() {
        s.push_str("; skipped ");
        s.push_str(&cfg.skipped.join(", "));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Auth;

    fn server(source: SourceId, trusted: bool, protocol: Protocol, security: Security) -> Server {
        Server {
            protocol,
            host: format!("{}.{}.example", protocol.as_str(), source.as_str()),
            port: 993,
            security,
            username: "a@example".into(),
            auth: Auth::PasswordCleartext,
            source,
            url: String::new(),
            trusted,
        }
    }

    fn key(source: SourceId, trusted: bool, protocol: Protocol, security: Security) -> Key {
        Key::of(&server(source, trusted, protocol, security), 0)
    }

    #[test]
    fn a_vouched_starttls_answer_beats_every_unvouched_tls_one() {
        let vouched = [
            (SourceId::Autoconfig, true),
            (SourceId::Bundled, true),
            (SourceId::Ispdb, true),
            (SourceId::Srv, true),
        ];
        let unvouched = [
            (SourceId::Srv, false),
            (SourceId::Guess, false),
            (SourceId::AutoconfigHttp, false),
            (SourceId::Autoconfig, false),
            (SourceId::Mx, false),
        ];
        for (vs, vt) in vouched {
            for (us, ut) in unvouched {
                assert!(
                    key(vs, vt, Protocol::Imap, Security::Starttls)
                        < key(us, ut, Protocol::Imap, Security::Tls),
                    "{vs} (vouched, STARTTLS) should beat {us} (TLS)"
                );
            }
        }
    }

    #[test]
    fn security_orders_candidates_of_one_source_rank_and_imap_comes_first() {
        let s = SourceId::Autoconfig;
        assert!(
            key(s, true, Protocol::Imap, Security::Tls)
                < key(s, true, Protocol::Imap, Security::Starttls)
        );
        assert!(
            key(s, true, Protocol::Pop3, Security::Tls)
                < key(s, true, Protocol::Pop3, Security::Starttls)
        );
        assert!(
            key(s, true, Protocol::Imap, Security::Starttls)
                < key(s, true, Protocol::Pop3, Security::Tls)
        );
        // Between ranks the source decides, before security.
        assert!(
            key(
                SourceId::Autoconfig,
                true,
                Protocol::Imap,
                Security::Starttls
            ) < key(SourceId::Ispdb, true, Protocol::Imap, Security::Tls)
        );
        assert!(
            key(SourceId::Srv, false, Protocol::Imap, Security::Starttls)
                < key(SourceId::Guess, false, Protocol::Imap, Security::Tls)
        );
        // Every source rank agrees with the source's own trust.
        for source in SourceId::ALL {
            assert!(source_rank(source, false) > LAST_VOUCHED_RANK, "{source}");
            if source != SourceId::Guess && source != SourceId::AutoconfigHttp {
                assert!(source_rank(source, true) <= LAST_VOUCHED_RANK, "{source}");
            }
        }
    }

    fn pending(source: SourceId) -> HashMap<SourceId, Running> {
        HashMap::from([(source, Running::new(source))])
    }

    #[test]
    fn a_confirmed_answer_waits_only_the_grace_for_a_better_source() {
        let guessed = server(SourceId::Guess, false, Protocol::Imap, Security::Tls);
        let mut pool = Pool::default();
        pool.add(Key::of(&guessed, 0), guessed.clone());
        let running = pending(SourceId::Autoconfig);
        let now = tokio::time::Instant::from_std(std::time::Instant::now());
        let pick: fn(&Bounds) -> Option<Key> = |b| b.incoming;
        let mut probes = HashMap::new();
        // Not yet probed: ask for a probe.
        assert_eq!(
            finality(&pool, &running, pick, &probes, now),
            Finality::Wait {
                until: None,
                probe: Some(guessed.clone())
            }
        );
        // Probing, or the probe failed: wait for the better source's own limit.
        for state in [Probed::Pending, Probed::Failed] {
            probes.insert(endpoint(&guessed), state);
            assert_eq!(
                finality(&pool, &running, pick, &probes, now),
                Finality::Wait {
                    until: None,
                    probe: None
                }
            );
        }
        // Confirmed: the better source has the grace, and not a moment more.
        probes.insert(endpoint(&guessed), Probed::Confirmed(now));
        assert_eq!(
            finality(&pool, &running, pick, &probes, now),
            Finality::Wait {
                until: Some(now + GRACE),
                probe: None
            }
        );
        assert_eq!(
            finality(&pool, &running, pick, &probes, now + GRACE),
            Finality::Graced
        );
        // Nothing pending could beat it: final at once, whatever the probes say.
        let worse = pending(SourceId::Guess);
        assert_eq!(
            finality(&pool, &worse, pick, &HashMap::new(), now),
            Finality::Settled
        );
        // Nothing in hand: wait, nothing to probe.
        assert_eq!(
            finality(&Pool::default(), &running, pick, &probes, now),
            Finality::Wait {
                until: None,
                probe: None
            }
        );
    }
}
