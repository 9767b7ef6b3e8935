//! `mailsetup check --batch FILE`: many accounts in one run, for a helpdesk ("which of our 300
//! mailboxes still work?").
//!
//! The list is read and checked whole first ([`rows`]). Then, politely: discovery runs once per
//! domain and every address of that domain shares it (usernames follow each address); at most
//! `--jobs` accounts are checked at once; the network layer opens at most `--per-server`
//! connections to one server host at once ([`crate::net::Net::with_per_host_limit`]); and a
//! refused login gets no more than the live check's usual second try with the other username form.
//! Rows with a password get the full live check; rows without one go as far as the login and stop
//! (connection, encryption, greeting, capabilities: [`LoginSecret::Nothing`]).
//!
//! Output: a line per account as it finishes, or with `--json` one JSON object per account in the
//! file's order (JSON Lines), then a summary. Ctrl-C stops the run: what finished is reported, with
//! the summary, and the exit code is 130.

mod rows;

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::sync::OnceCell;
use tokio::task::JoinSet;

use crate::address::Address;
use crate::check::diagnosis::problem;
use crate::check::{CheckReport, CheckTimeouts, LoginSecret, Problem, ProblemKind};
use crate::cli::args::CheckArgs;
use crate::cli::{CliError, Run, render};
use crate::discover::{Discovery, Options};
use crate::model::Server;
use crate::net::Net;
use rows::Row;

/// What every account's check shares.
struct Shared {
    net: Net,
    options: Options,
    protocol: Option<crate::cli::args::ProtocolArg>,
    trust: bool,
    /// One discovery per domain, run by the first account of that domain to need it.
    domains: Mutex<HashMap<String, Arc<OnceCell<Discovery>>>>,
}

/// How one account went.
struct Outcome {
    line: u64,
    address: String,
    name: String,
    report: Option<CheckReport>,
    /// Problems of the account as a whole (an address that is not one, no servers found).
    problems: Vec<Problem>,
}

impl Outcome {
    fn ok(&self) -> bool {
        self.problems.is_empty() && self.report.as_ref().is_some_and(CheckReport::ok)
    }

    /// Every problem: the account's own, then each side's.
    fn all_problems(&self) -> Vec<&Problem> {
        let sides = self.report.iter().flat_map(|r| r.sides());
        self.problems
            .iter()
            .chain(sides.filter_map(|s| s.problem.as_ref()))
            .collect()
    }

    fn login_tried(&self) -> bool {
        self.report
            .as_ref()
            .is_some_and(|r| r.sides().any(|s| s.login_tried))
    }

    fn failed_with(row: Row, problem: Problem) -> Outcome {
        Outcome {
            line: row.line,
            address: row.address,
            name: row.name,
            report: None,
            problems: vec![problem],
        }
    }
}

/// The domain's discovery, made for its first address, as it applies to `addr`: a username that
/// was that address (or its local part) becomes this one's.
fn for_address(found: &Discovery, addr: &Address) -> Discovery {
    let first = &found.address;
    let adapt = |s: &Server| {
        let mut s = s.clone();
        if let Some(form) = first.username_form(&s.username) {
            s.username = addr.username(form);
        }
        s
    };
    Discovery {
        address: addr.clone(),
        incoming: found.incoming.iter().map(adapt).collect(),
        outgoing: found.outgoing.iter().map(adapt).collect(),
        sources: found.sources.clone(),
        elapsed_ms: found.elapsed_ms,
    }
}

impl Shared {
    async fn discovery(&self, addr: &Address) -> Discovery {
        let cell = {
            let mut m = self.domains.lock().unwrap_or_else(|e| e.into_inner());
            m.entry(addr.domain().to_owned()).or_default().clone()
        };
        let found = cell
            .get_or_init(|| crate::discover::discover(&self.net, addr, &self.options, None))
            .await;
        for_address(found, addr)
    }

    async fn check(&self, row: Row) -> Outcome {
        let addr = match Address::parse(&row.address) {
            Ok(a) => a,
            Err(e) => {
                let message = crate::t!(
                    "cli-bad-address",
                    address = row.address.as_str(),
                    reason = e.explain()
                );
                let advice = crate::t!("batch-bad-address-advice", line = row.line);
                return Outcome::failed_with(
                    row,
                    problem(ProblemKind::BadAddress, message, advice),
                );
            }
        };
        let found = self.discovery(&addr).await;
        let Some(incoming) = crate::cli::input::incoming(&found, self.protocol) else {
            let message = render::not_found_message(&found);
            let advice = crate::t!("cli-check-not-found-advice");
            return Outcome::failed_with(row, problem(ProblemKind::NotFound, message, advice));
        };
        let outgoing = found.outgoing.first();
        let secret = match &row.password {
            Some(p) => LoginSecret::Password(p.clone()),
            None => LoginSecret::Nothing,
        };
        // A password goes only to a server the account's domain vouches for, unless --trust.
        let refused = (row.password.is_some() && !self.trust)
            .then(|| crate::check::refuse_untrusted(&addr, incoming, outgoing))
            .flatten();
        let report = match refused {
            Some(r) => r,
            None => {
                let t = CheckTimeouts::default();
                crate::check::check_with(&self.net, &addr, incoming, outgoing, &secret, &t).await
            }
        };
        // No outgoing server found: the account cannot send, and says so.
        let problems = match outgoing {
            Some(_) => Vec::new(),
            None => vec![problem(
                ProblemKind::NotFound,
                crate::t!("cli-check-no-outgoing"),
                crate::t!("cli-check-no-outgoing-advice"),
            )],
        };
        Outcome {
            line: row.line,
            address: row.address,
            name: row.name,
            report: Some(report),
            problems,
        }
    }
}

/// One account as a JSON Lines object.
fn json_line(o: &Outcome) -> String {
    let side = |s: Option<&crate::check::ServerCheck>| match s {
        Some(s) => serde_json::to_value(s).unwrap_or(serde_json::Value::Null),
        None => serde_json::Value::Null,
    };
    let r = o.report.as_ref();
    let mut v = serde_json::json!({
        "line": o.line,
        "address": o.address,
        "ok": o.ok(),
        "login": o.login_tried(),
        "incoming": side(r.map(|r| &r.incoming)),
        "outgoing": side(r.and_then(|r| r.outgoing.as_ref())),
        "problems": o.all_problems(),
    });
    if !o.name.is_empty() {
        v["name"] = o.name.clone().into();
    }
    v.to_string()
}

/// One account as a line of text.
fn human_line(o: &Outcome) -> String {
    let address = o.address.as_str();
    match o.all_problems().first() {
        None if o.login_tried() => crate::t!("batch-ok", address = address),
        None => crate::t!("batch-ok-no-login", address = address),
        Some(p) => crate::t!(
            "batch-failed",
            address = address,
            problem = p.message.as_str()
        ),
    }
}

/// The counts so far.
#[derive(Default)]
struct Tally {
    done: usize,
    ok: usize,
}

/// Where results go as they come: stdout (in the file's order for JSON) and the progress bar.
struct Printer {
    json: bool,
    total: usize,
    /// Finished outcomes not printed yet (JSON waits for the rows before them).
    waiting: Vec<Option<Outcome>>,
    next: usize,
    tally: Tally,
    bar: bool,
}

impl Printer {
    fn new(json: bool, total: usize) -> Printer {
        Printer {
            json,
            total,
            waiting: (0..total).map(|_| None).collect(),
            next: 0,
            tally: Tally::default(),
            bar: std::io::stderr().is_terminal(),
        }
    }

    fn clear_bar(&self) {
        if self.bar {
            eprint!("\r\x1b[2K");
        }
    }

    fn draw_bar(&self) {
        if !self.bar || self.tally.done == self.total {
            return;
        }
        const WIDTH: usize = 30;
        let filled = WIDTH * self.tally.done / self.total.max(1);
        eprint!(
            "\r[{}{}] {}",
            "#".repeat(filled),
            "-".repeat(WIDTH - filled),
            crate::t!("batch-progress", done = self.tally.done, total = self.total)
        );
        let _ = std::io::stderr().flush();
    }

    fn finished(&mut self, index: usize, o: Outcome) {
        self.tally.done += 1;
        self.tally.ok += usize::from(o.ok());
        self.clear_bar();
        if self.json {
            self.waiting[index] = Some(o);
            while let Some(Some(o)) = self.waiting.get_mut(self.next).map(Option::take) {
                println!("{}", json_line(&o));
                self.next += 1;
            }
        } else {
            println!("{}", human_line(&o));
        }
        let _ = std::io::stdout().flush();
        self.draw_bar();
    }

    /// After Ctrl-C: the finished outcomes still waiting for an earlier row are printed too.
    fn flush_waiting(&mut self) {
        for o in self.waiting.iter_mut().filter_map(Option::take) {
            println!("{}", json_line(&o));
        }
    }

    fn summary(&mut self, seconds: f64, interrupted: bool) {
        self.clear_bar();
        let failed = self.tally.done - self.tally.ok;
        if self.json {
            let mut s = serde_json::json!({
                "accounts": self.tally.done,
                "ok": self.tally.ok,
                "failed": failed,
                "seconds": (seconds * 1000.0).round() / 1000.0,
            });
            if interrupted {
                s["interrupted"] = true.into();
                s["not_checked"] = (self.total - self.tally.done).into();
            }
            println!("{}", serde_json::json!({ "summary": s }));
        } else {
            println!();
            println!(
                "{}",
                crate::t!(
                    "batch-summary",
                    accounts = self.tally.done,
                    seconds = format!("{seconds:.1}"),
                    ok = self.tally.ok,
                    failed = failed
                )
            );
        }
        let _ = std::io::stdout().flush();
    }
}

pub(crate) async fn run(run: &Run, args: &CheckArgs, file: &Path) -> Result<(), CliError> {
    let rows = rows::read(file)?;
    let start = Instant::now();
    let total = rows.len();
    let shared = Arc::new(Shared {
        net: run.net()?.with_per_host_limit(usize::from(args.per_server)),
        options: run.options(),
        protocol: args.protocol,
        trust: args.trust,
        domains: Mutex::new(HashMap::new()),
    });
    let mut printer = Printer::new(args.json, total);
    let mut pending = rows.into_iter().enumerate();
    let mut running = JoinSet::new();
    let mut start_next = |running: &mut JoinSet<(usize, Outcome)>| {
        if let Some((i, row)) = pending.next() {
            let shared = shared.clone();
            running.spawn(async move { (i, shared.check(row).await) });
        }
    };
    for _ in 0..args.jobs {
        start_next(&mut running);
    }
    printer.draw_bar();
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    loop {
        tokio::select! {
            next = running.join_next() => match next {
                Some(Ok((i, outcome))) => {
                    printer.finished(i, outcome);
                    start_next(&mut running);
                }
                // A check that panicked is a bug; the rest of the run goes on without it.
                Some(Err(_)) => start_next(&mut running),
                None => break,
            },
            _ = &mut ctrl_c => {
                running.abort_all();
                if printer.json {
                    printer.flush_waiting();
                }
                printer.summary(start.elapsed().as_secs_f64(), true);
                let left = total - printer.tally.done;
                return Err(CliError::Interrupted(crate::t!("batch-interrupted", left = left)));
            }
        }
    }
    // Only a check that panicked leaves a row unfinished; the rows after it are still printed.
    if printer.json {
        printer.flush_waiting();
    }
    printer.summary(start.elapsed().as_secs_f64(), false);
    if printer.tally.ok == total {
        Ok(())
    } else {
        Err(CliError::Reported)
    }
}
