//! One discovery in progress ([`Engine`]): the sources running and those held back, what they have
//! found so far, the confirmation probes, and the reports. [`discover`] drives it: start what may
//! start, stop when both sides are settled, otherwise wait for the next message or the next moment
//! something may change.

use std::collections::HashMap;
use std::time::Instant;

use tokio::sync::mpsc;
use tokio::task::JoinSet;

use super::rank::{self, Endpoint, Finality, Key, Pool, Probed, Running, endpoint, finality};
use super::{
    Ctx, Discovery, Ended, GRACE, GUESS_AFTER, Msg, Options, Progress, Ranked, SourceReport,
    SourceStatus, ms, source_timeout, spawn_probe, start_source,
};
use crate::address::Address;
use crate::model::{Direction, Security, Server, SourceId};
use crate::net::Net;

/// Runs every enabled source for `addr` and returns the ranked settings.
pub async fn discover(
    net: &Net,
    addr: &Address,
    opts: &Options,
    progress: Option<mpsc::UnboundedSender<Progress>>,
) -> Discovery {
    let (tx, mut rx) = mpsc::unbounded_channel::<Msg>();
    let mut e = Engine::new(net, addr, opts, progress, tx);
    loop {
        let now = tokio::time::Instant::now();
        e.start_held(now);
        if e.running.is_empty() {
            break;
        }
        let sides = e.sides(now);
        if sides
            .iter()
            .all(|f| matches!(f, Finality::Settled | Finality::Graced))
        {
            e.graced = sides.contains(&Finality::Graced);
            break;
        }
        let wake = e.wake(sides);
        let msg = match tokio::time::timeout_at(wake, rx.recv()).await {
            Ok(Some(m)) => m,
            Ok(None) => break,
            Err(_) if wake < e.deadline => continue,
            Err(_) => break,
        };
        e.handle(msg);
    }
    e.finish()
}

/// The state of one discovery.
struct Engine<'a> {
    opts: &'a Options,
    ctx: Ctx,
    progress: Option<mpsc::UnboundedSender<Progress>>,
    /// Sources and confirmation probes report here.
    tx: mpsc::UnboundedSender<Msg>,
    tasks: JoinSet<()>,
    start: Instant,
    deadline: tokio::time::Instant,
    running: HashMap<SourceId, Running>,
    reports: Vec<SourceReport>,
    /// Guessing, held back until `guess_at` or until everything else has ended.
    waiting: Vec<SourceId>,
    guess_at: tokio::time::Instant,
    /// Plain-HTTP autoconfig and autodiscover, held back until `web_at` or until the domain's HTTPS
    /// autoconfig has ended.
    web_waiting: Vec<SourceId>,
    web_at: tokio::time::Instant,
    /// Held-back sources that could not have bettered the answer in hand.
    not_needed: Vec<SourceId>,
    incoming: Pool,
    outgoing: Pool,
    probes: HashMap<Endpoint, Probed>,
    /// The search ended by the grace after a confirmed answer.
    graced: bool,
}

impl<'a> Engine<'a> {
    /// Decides the order of the sources and starts the first ones.
    fn new(
        net: &'a Net,
        addr: &Address,
        opts: &'a Options,
        progress: Option<mpsc::UnboundedSender<Progress>>,
        tx: mpsc::UnboundedSender<Msg>,
    ) -> Engine<'a> {
        let now = tokio::time::Instant::now();
        let (first, waiting, web_waiting) = plan(addr, opts);
        let mut e = Engine {
            opts,
            ctx: Ctx {
                net: net.clone(),
                addr: addr.clone(),
                opts: std::sync::Arc::new(opts.clone()),
            },
            progress,
            tx,
            tasks: JoinSet::new(),
            start: Instant::now(),
            deadline: now + opts.timeouts.overall,
            running: HashMap::new(),
            reports: Vec::new(),
            waiting,
            guess_at: now + GUESS_AFTER,
            web_waiting,
            web_at: now + opts.timeouts.web_after,
            not_needed: Vec::new(),
            incoming: Pool::default(),
            outgoing: Pool::default(),
            probes: HashMap::new(),
            graced: false,
        };
        for id in first {
            e.start_one(id);
        }
        e
    }

    fn emit(&self, p: Progress) {
        if let Some(tx) = &self.progress {
            let _ = tx.send(p);
        }
    }

    fn start_one(&mut self, id: SourceId) {
        let running = start_source(&mut self.tasks, id, &self.ctx, &self.tx);
        self.running.insert(id, running);
        self.emit(Progress::Started(id));
    }

    /// Starts the held-back sources whose moment has come.
    fn start_held(&mut self, now: tokio::time::Instant) {
        if !self.web_waiting.is_empty()
            && (!self.running.contains_key(&SourceId::Autoconfig) || now >= self.web_at)
        {
            for id in std::mem::take(&mut self.web_waiting) {
                // Not started when it could not better the answer in hand.
                let could = Key::best_for_rank(rank::best_possible_rank(id));
                if [self.incoming.best(), self.outgoing.best()]
                    .iter()
                    .any(|best| best.is_none_or(|b| could < b))
                {
                    self.start_one(id);
                } else {
                    self.not_needed.push(id);
                }
            }
        }
        if !self.waiting.is_empty() && (self.running.is_empty() || now >= self.guess_at) {
            let nothing_yet = self.incoming.best().is_none() || self.outgoing.best().is_none();
            // Not needed when everything else has ended with both directions answered: guesses
            // rank below every other source.
            if nothing_yet || !self.running.is_empty() {
                for id in std::mem::take(&mut self.waiting) {
                    self.start_one(id);
                }
            }
        }
    }

    /// Whether each side (incoming, outgoing) is settled, and if not what it waits for.
    fn sides(&self, now: tokio::time::Instant) -> [Finality; 2] {
        [
            finality(
                &self.incoming,
                &self.running,
                |b| b.incoming,
                &self.probes,
                now,
            ),
            finality(
                &self.outgoing,
                &self.running,
                |b| b.outgoing,
                &self.probes,
                now,
            ),
        ]
    }

    /// When to look again: the deadline, a held-back source's moment, or a side's; starts the
    /// confirmation probes the sides ask for.
    fn wake(&mut self, sides: [Finality; 2]) -> tokio::time::Instant {
        let mut wake = self.deadline;
        if !self.waiting.is_empty() {
            wake = wake.min(self.guess_at);
        }
        if !self.web_waiting.is_empty() {
            wake = wake.min(self.web_at);
        }
        for side in sides {
            if let Finality::Wait { until, probe } = side {
                if let Some(until) = until {
                    wake = wake.min(until);
                }
                if let Some(server) = probe {
                    self.probes.insert(endpoint(&server), Probed::Pending);
                    let limit = self.opts.timeouts.probe;
                    spawn_probe(&mut self.tasks, &self.ctx.net, &server, limit, &self.tx);
                }
            }
        }
        wake
    }

    fn handle(&mut self, msg: Msg) {
        match msg {
            Msg::Found(id, ranked) => self.found(id, ranked),
            Msg::Bounds(id, b) => {
                if let Some(r) = self.running.get_mut(&id) {
                    r.bounds = b;
                }
            }
            Msg::Probed(ep, ok) => {
                if self.probes.get(&ep) == Some(&Probed::Pending) {
                    let state = if ok {
                        Probed::Confirmed(tokio::time::Instant::now())
                    } else {
                        Probed::Failed
                    };
                    self.probes.insert(ep, state);
                }
            }
            Msg::Done(id, result) => self.ended(id, result),
        }
    }

    /// Servers a source found go to their side's pool (never one without encryption).
    fn found(&mut self, id: SourceId, ranked: Vec<Ranked>) {
        let mut usable = 0;
        for r in ranked {
            if r.server.security == Security::Plain {
                continue;
            }
            usable += 1;
            // Guessing only reports servers its own probe confirmed; an earlier confirmation of
            // the same server keeps its time (the grace does not restart).
            if id == SourceId::Guess {
                let confirmed = Probed::Confirmed(tokio::time::Instant::now());
                let p = self.probes.entry(endpoint(&r.server)).or_insert(confirmed);
                if !matches!(p, Probed::Confirmed(_)) {
                    *p = confirmed;
                }
            }
            let key = Key::of(&r.server, r.order);
            let pool = match r.server.protocol.direction() {
                Direction::Incoming => &mut self.incoming,
                Direction::Outgoing => &mut self.outgoing,
            };
            pool.add(key, r.server);
        }
        // A source found something when it gave a listed server, even one another source had
        // already given.
        if let Some(r) = self.running.get_mut(&id) {
            r.found += usable;
        }
        if usable > 0 {
            self.emit(Progress::Found {
                source: id,
                count: usable,
            });
        }
    }

    /// A source ended: its report.
    fn ended(&mut self, id: SourceId, result: Ended) {
        let Some(r) = self.running.remove(&id) else {
            return;
        };
        let (status, detail) = match result {
            Ended::TimedOut => (
                SourceStatus::Timeout,
                Some(format!(
                    "no answer within {} s",
                    source_timeout(id, &self.opts.timeouts).as_secs_f32()
                )),
            ),
            Ended::Answered(o) if r.found > 0 => (SourceStatus::Found, Some(o.detail)),
            Ended::Answered(o) => (SourceStatus::Nothing, Some(o.detail)),
            Ended::Failed(e) => (SourceStatus::Failed, Some(e.to_string())),
        };
        self.report(id, status, ms(r.started.elapsed()), detail);
    }

    fn report(
        &mut self,
        name: SourceId,
        status: SourceStatus,
        elapsed_ms: u64,
        detail: Option<String>,
    ) {
        let report = SourceReport {
            name,
            status,
            elapsed_ms,
            detail,
        };
        self.emit(Progress::Finished(report.clone()));
        self.reports.push(report);
    }

    /// Stops what still runs, reports every source, and ranks the answer.
    fn finish(mut self) -> Discovery {
        self.tasks.abort_all();
        let overall_expired = tokio::time::Instant::now() >= self.deadline;
        for (id, r) in std::mem::take(&mut self.running) {
            let detail = if overall_expired {
                "stopped at the overall time limit".into()
            } else if self.graced {
                format!(
                    "stopped waiting: a checked answer was in hand and this source had {} s more",
                    GRACE.as_secs_f32()
                )
            } else {
                "not needed: a better answer was already certain".into()
            };
            let status = if overall_expired {
                SourceStatus::Timeout
            } else {
                SourceStatus::Cancelled
            };
            self.report(id, status, ms(r.started.elapsed()), Some(detail));
        }
        let unstarted: Vec<(SourceId, &str)> = (std::mem::take(&mut self.waiting).into_iter())
            .map(|id| (id, "the other sources answered first"))
            .chain(
                std::mem::take(&mut self.web_waiting)
                    .into_iter()
                    .map(|id| (id, "the domain's own HTTPS autoconfig answered first")),
            )
            .chain(
                std::mem::take(&mut self.not_needed)
                    .into_iter()
                    .map(|id| (id, "a better answer was already certain")),
            )
            .collect();
        for (id, why) in unstarted {
            self.report(
                id,
                SourceStatus::Cancelled,
                0,
                Some(format!("not needed: {why}")),
            );
        }
        self.reports.sort_by_key(|r| r.name);
        self.emit(Progress::Final);
        let opts = self.opts;
        let allowed = |s: &Server| opts.preset.as_ref().is_none_or(|p| p.allows(s.protocol));
        let choose_auth = |mut s: Server| {
            s.prefer_oauth(|issuer| opts.oauth.get(issuer).is_some());
            s
        };
        Discovery {
            address: self.ctx.addr.clone(),
            incoming: (self.incoming.sorted().into_iter())
                .filter(allowed)
                .map(choose_auth)
                .collect(),
            outgoing: (self.outgoing.sorted().into_iter())
                .map(choose_auth)
                .collect(),
            sources: std::mem::take(&mut self.reports),
            elapsed_ms: ms(self.start.elapsed()),
        }
    }
}

/// The sources to ask, in three groups: those that start at once, guessing (held back), and the
/// web sources held back behind the domain's HTTPS autoconfig.
fn plan(addr: &Address, opts: &Options) -> (Vec<SourceId>, Vec<SourceId>, Vec<SourceId>) {
    // The organisation's own settings answer for its domains: nothing else is asked.
    let preset_answers = opts.preset.as_ref().is_some_and(|p| p.covers(addr));
    let mut order: Vec<SourceId> = if preset_answers {
        vec![SourceId::Preset]
    } else {
        (opts.sources.iter().copied())
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
    // Plain-HTTP autoconfig and Exchange autodiscover ask the same web servers as the domain's
    // HTTPS autoconfig, which outranks both: they wait for it a moment (`web_after`) and start at
    // once when it has ended, so a domain that answers over HTTPS straight away gets no extra
    // requests.
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
    (first, waiting, web_waiting)
}
