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
mod engine;
mod fetch;
pub(crate) mod guess;
mod ispdb;
pub(crate) mod mx;
mod options;
mod rank;
pub(crate) mod srv;
pub(crate) mod xml;

pub use engine::discover;
pub(crate) use fetch::{describe_found, fetch_config, fetch_within, redact_query, url_within};
pub(crate) use options::OVERALL_TIMEOUT;
pub use options::{Authority, Options, Timeouts};
pub use rank::{
    Bounds, GRACE, GUESS_AFTER, Key, LAST_VOUCHED_RANK, Ranked, WEB_AFTER, source_rank,
};
use rank::{Endpoint, Running, endpoint};

use std::sync::Arc;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;
use tokio::task::JoinSet;

use crate::address::Address;
use crate::model::{Server, SourceId};
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
    #[error("{}", crate::t!("error-discover-at-url", url = .url.as_str(), error = .error.to_string()))]
    Fetch { url: String, error: FetchError },
    #[error("{}", crate::t!("error-discover-at-url", url = .url.as_str(), error = .error.to_string()))]
    Config {
        url: String,
        error: config::ConfigError,
    },
    #[error("{}", crate::t!("error-discover-at-url", url = .url.as_str(), error = .error.to_string()))]
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
