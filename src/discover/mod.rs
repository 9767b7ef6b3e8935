//! Discovery: from an email address to ranked server settings.
//!
//! Every source starts at once, each under its own timeout and all under one overall deadline
//! (DESIGN.md "Time"). Candidates are ranked security first (implicit TLS, then STARTTLS; plain text is
//! dropped), then IMAP before POP3, then by source priority ([`source_rank`]), then by the order the
//! source gave. The answer is final as soon as no pending source could produce a better candidate, for
//! incoming and outgoing alike; the remaining sources are then cancelled. Progress streams out as
//! typed [`Progress`] events.

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

/// Time limits. Defaults follow what users tolerate and what the best clients use (FORMATS.md).
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
    /// A source reported servers (`count` new ones).
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

/// Priority of a source (lower is better), given whether this result was vouched for.
pub fn source_rank(source: SourceId, trusted: bool) -> u8 {
    match (source, trusted) {
        (SourceId::Preset | SourceId::Manual, _) => 0,
        (SourceId::Autoconfig, true) => 1,
        (SourceId::Ispdb | SourceId::Bundled, _) => 2,
        (SourceId::Srv, true) => 3,
        (SourceId::Autodiscover, true) => 4,
        (SourceId::Mx, _) => 5,
        (SourceId::Autoconfig | SourceId::AutoconfigHttp | SourceId::Autodiscover, _) => 6,
        (SourceId::Srv, false) => 7,
        (SourceId::Guess, _) => 8,
    }
}

/// The best rank a source could still produce while it runs.
fn best_possible_rank(source: SourceId) -> u8 {
    source_rank(source, true)
}

/// The ranking key of a candidate: lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Key {
    security: u8,
    protocol: u8,
    source: u8,
    order: u32,
}

impl Key {
    pub fn new(security: Security, protocol: Protocol, source: u8, order: u32) -> Key {
        Key {
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
    for &id in &order {
        let best = Some(Key::best_for_rank(best_possible_rank(id)));
        running.insert(
            id,
            Running {
                started: Instant::now(),
                bounds: Bounds {
                    incoming: best,
                    outgoing: best,
                },
                found: 0,
            },
        );
        emit(Progress::Started(id));
        let rep = Reporter {
            source: id,
            tx: tx.clone(),
        };
        let ctx = ctx.clone();
        let limit = source_timeout(id, &opts.timeouts);
        let done_tx = tx.clone();
        tasks.spawn(async move {
            let ended = match tokio::time::timeout(limit, run_source(id, ctx, rep)).await {
                Ok(Ok(outcome)) => Ended::Answered(outcome),
                Ok(Err(e)) => Ended::Failed(e),
                Err(_) => Ended::TimedOut,
            };
            let _ = done_tx.send(Msg::Done(id, ended));
        });
    }
    drop(tx);

    let mut incoming = Pool::default();
    let mut outgoing = Pool::default();
    loop {
        if running.is_empty() {
            break;
        }
        if settled(incoming.best(), &running, |b| b.incoming)
            && settled(outgoing.best(), &running, |b| b.outgoing)
        {
            break;
        }
        let msg = match tokio::time::timeout_at(deadline, rx.recv()).await {
            Ok(Some(m)) => m,
            Ok(None) | Err(_) => break,
        };
        match msg {
            Msg::Found(id, ranked) => {
                let mut new = 0;
                for r in ranked {
                    let key = Key::of(&r.server, r.order);
                    let pool = match r.server.protocol.direction() {
                        Direction::Incoming => &mut incoming,
                        Direction::Outgoing => &mut outgoing,
                    };
                    if pool.add(key, r.server) {
                        new += 1;
                    }
                }
                if let Some(r) = running.get_mut(&id) {
                    r.found += new;
                }
                if new > 0 {
                    emit(Progress::Found {
                        source: id,
                        count: new,
                    });
                }
            }
            Msg::Bounds(id, b) => {
                if let Some(r) = running.get_mut(&id) {
                    r.bounds = b;
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
            } else {
                "not needed: a better answer was already certain".into()
            }),
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
