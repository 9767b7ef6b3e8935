//! Human output: the discovery report, the check report, the domain check, the spinner; and the
//! JSON shapes every `--json` command prints.

use std::io::Write;
use std::time::Duration;

use super::CliError;
use crate::check::diagnosis::{Problem, ProblemKind};
use crate::check::send_test::TestMessage;
use crate::check::{CheckReport, ServerCheck};
use crate::discover::{Discovery, Progress, SourceStatus};
use crate::model::Server;

/// Frames of the spinner and how often it turns.
const SPINNER: [char; 4] = ['|', '/', '-', '\\'];
const SPINNER_TICK: Duration = Duration::from_millis(120);
/// Longest spinner line, so it never wraps on a narrow terminal.
const SPINNER_WIDTH: usize = 100;

/// `line` within `width` characters, ending in "…" when it was cut (display only).
fn within_width(line: &str, width: usize) -> String {
    if line.chars().count() <= width {
        return line.to_owned();
    }
    let mut cut: String = line.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Shows a progress line on stderr: a spinner on a terminal, a single line otherwise.
pub(super) async fn show_progress(
    mut rx: tokio::sync::mpsc::UnboundedReceiver<Progress>,
    address: String,
    tty: bool,
) {
    let mut err = std::io::stderr();
    let mut frame = 0usize;
    let mut running: Vec<crate::model::SourceId> = Vec::new();
    let mut tick = tokio::time::interval(SPINNER_TICK);
    loop {
        tokio::select! {
            msg = rx.recv() => match msg {
                Some(Progress::Started(s)) => running.push(s),
                Some(Progress::Finished(r)) => running.retain(|s| *s != r.name),
                Some(Progress::Found { .. }) => {}
                Some(Progress::Final) | None => break,
            },
            _ = tick.tick(), if tty => {
                frame = (frame + 1) % SPINNER.len();
                let names: Vec<String> = running.iter().map(|s| s.label()).collect();
                let line = format!("{} {}", SPINNER[frame], crate::t!("cli-looking-up-running", address = address.as_str(), sources = names.join(", ")));
                let line = within_width(&line, SPINNER_WIDTH);
                let _ = write!(err, "\r\x1b[2K{line}");
                let _ = err.flush();
            }
        }
    }
    if tty {
        let _ = write!(err, "\r\x1b[2K");
        let _ = err.flush();
    }
}

/// One server in words: protocol, host, port, security and username.
fn server_words(s: &Server) -> String {
    crate::t!(
        "cli-server",
        protocol = s.protocol.to_string(),
        host = s.host.as_str(),
        port = s.port,
        security = s.security.to_string(),
        username = s.username.as_str()
    )
}

/// How `mailsetup discover` says what one place it looked in gave.
fn status_word(status: SourceStatus) -> String {
    match status {
        SourceStatus::Found => crate::t!("cli-status-found"),
        SourceStatus::Nothing => crate::t!("cli-status-nothing"),
        SourceStatus::Failed => crate::t!("cli-status-failed"),
        SourceStatus::Timeout => crate::t!("cli-status-timeout"),
        SourceStatus::Cancelled => crate::t!("cli-status-skipped"),
        SourceStatus::Running => crate::t!("cli-status-running"),
    }
}

/// The widest of `labels` in characters: a column's width, so that it lines up in every language.
fn column_width<S: AsRef<str>>(labels: impl IntoIterator<Item = S>) -> usize {
    labels
        .into_iter()
        .map(|l| l.as_ref().chars().count())
        .max()
        .unwrap_or(0)
}

fn server_line(label: &str, s: &Server) -> String {
    let from = if s.trusted {
        crate::t!("cli-from", source = s.source.label(), url = s.url.as_str())
    } else {
        crate::t!(
            "cli-from-unvouched",
            source = s.source.label(),
            url = s.url.as_str()
        )
    };
    let width = column_width([crate::t!("cli-incoming"), crate::t!("cli-outgoing")]);
    format!(
        "{label:<width$} {}\n{:<width$} {from}\n",
        server_words(s),
        ""
    )
}

pub(super) fn not_found_message(d: &Discovery) -> String {
    crate::t!("cli-not-found", address = d.address.to_string())
}

/// The plain-English report of a discovery.
pub fn human(d: &Discovery) -> String {
    let mut out = String::new();
    if d.incoming.is_empty() {
        out.push_str(&not_found_message(d));
        out.push('\n');
    } else {
        out.push_str(&crate::t!(
            "cli-settings-for",
            address = d.address.to_string(),
            ms = d.elapsed_ms
        ));
        out.push_str("\n\n");
        out.push_str(&server_line(&crate::t!("cli-incoming"), &d.incoming[0]));
        match d.outgoing.first() {
            Some(s) => out.push_str(&server_line(&crate::t!("cli-outgoing"), s)),
            None => {
                out.push_str(&crate::t!("cli-no-outgoing"));
                out.push('\n');
            }
        }
        let chosen = d.incoming.iter().take(1).chain(d.outgoing.iter().take(1));
        for (s, domain) in chosen.filter_map(|s| Some((s, s.foreign_domain(&d.address)?))) {
            out.push('\n');
            out.push_str(&crate::t!(
                "cli-careful",
                host = s.host.as_str(),
                domain = domain.as_str(),
                address_domain = d.address.registrable_domain()
            ));
            out.push('\n');
        }
        let more = d.incoming.len() + d.outgoing.len() - 1 - usize::from(!d.outgoing.is_empty());
        if more > 0 {
            out.push('\n');
            out.push_str(&crate::t!("cli-alternatives", count = more));
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(&crate::t!("cli-where-we-looked"));
    out.push('\n');
    let rows: Vec<_> = d.sources.iter().map(|r| (r.name.label(), r)).collect();
    let name_width = column_width(rows.iter().map(|(name, _)| name));
    let mark_width = column_width(
        [
            SourceStatus::Found,
            SourceStatus::Nothing,
            SourceStatus::Failed,
            SourceStatus::Timeout,
            SourceStatus::Cancelled,
            SourceStatus::Running,
        ]
        .map(status_word),
    );
    for (name, r) in rows {
        let mark = status_word(r.status);
        out.push_str(&format!(
            "  {name:<name_width$} {mark:<mark_width$} {:>6} ms  {}\n",
            r.elapsed_ms,
            r.detail.as_deref().unwrap_or("")
        ));
    }
    out
}

fn check_line(label: &str, c: &ServerCheck, details: bool) -> String {
    let s = &c.server;
    let state = if c.ok {
        crate::t!("cli-check-working")
    } else {
        crate::t!("cli-check-not-working")
    };
    let mut out = format!("{label}: {state}\n  {}\n", server_words(s));
    for n in &c.notes {
        out.push_str(&format!(
            "  {}\n",
            crate::t!("cli-check-note", note = n.as_str())
        ));
    }
    if let Some(a) = &c.alert {
        out.push_str(&format!(
            "  {}\n",
            crate::t!("done-server-message", message = a.as_str())
        ));
    }
    if let Some(p) = &c.problem {
        out.push_str(&format!(
            "  {}\n",
            crate::t!("cli-check-problem", message = p.message.as_str())
        ));
        out.push_str(&format!(
            "  {}\n",
            crate::t!("fix-what-to-do", advice = p.advice.as_str())
        ));
    }
    if details {
        for l in &c.transcript {
            out.push_str(&format!("    {l}\n"));
        }
    }
    out
}

/// The plain-English check report, with the helpdesk's contact when something failed.
pub(super) fn check_report(report: &CheckReport, details: bool, contact: Option<String>) -> String {
    let mut out = check_line(&crate::t!("cli-incoming"), &report.incoming, details);
    match &report.outgoing {
        Some(o) => out.push_str(&check_line(&crate::t!("cli-outgoing"), o, details)),
        None => out.push_str(&format!(
            "{}: {}\n  {}\n",
            crate::t!("cli-outgoing"),
            crate::t!("cli-check-no-outgoing"),
            crate::t!(
                "fix-what-to-do",
                advice = crate::t!("cli-check-no-outgoing-advice")
            )
        )),
    }
    if report.ok() {
        out.push_str(&format!("\n{}\n", crate::t!("cli-check-all-working")));
    } else if let Some(contact) = contact {
        out.push_str(&format!("\n{contact}\n"));
    }
    out
}

/// One side of `check --json` that has no server: `{"server": null, "ok": false, "problem": …}`.
fn missing_side(problem: Problem) -> serde_json::Value {
    serde_json::json!({ "server": null, "ok": false, "problem": problem })
}

fn to_json<T: serde::Serialize>(v: &T) -> serde_json::Value {
    serde_json::to_value(v).expect("our report types are plain data that always serialise")
}

fn pretty(v: &serde_json::Value) -> String {
    serde_json::to_string_pretty(v).expect("a JSON value always serialises")
}

/// `check --json`: `{"incoming": side, "outgoing": side}`, each side `{"server", "ok", "problem"}`,
/// and with `--send-test` `"test_message"`.
pub(super) fn check_json(report: &CheckReport, test: Option<&TestMessage>) -> String {
    let outgoing = match &report.outgoing {
        Some(o) => to_json(o),
        None => missing_side(Problem {
            kind: ProblemKind::NotFound,
            message: crate::t!("cli-check-no-outgoing"),
            advice: crate::t!("cli-check-no-outgoing-advice"),
            admin_consent_url: None,
        }),
    };
    let mut v = serde_json::json!({ "incoming": to_json(&report.incoming), "outgoing": outgoing });
    if let Some(t) = test {
        v["test_message"] = to_json(t);
    }
    pretty(&v)
}

/// `check --json` when no incoming server was found: both sides say so.
pub(super) fn check_not_found_json(d: &Discovery) -> String {
    let side = |s: Option<&Server>| match s {
        Some(s) => to_json(&ServerCheck::not_tried(
            s,
            Problem {
                kind: ProblemKind::NotChecked,
                message: crate::t!("check-not-checked-no-incoming"),
                advice: crate::t!("cli-check-not-found-advice"),
                admin_consent_url: None,
            },
        )),
        None => missing_side(Problem {
            kind: ProblemKind::NotFound,
            message: not_found_message(d),
            advice: crate::t!("cli-check-not-found-advice"),
            admin_consent_url: None,
        }),
    };
    pretty(&serde_json::json!({ "incoming": side(None), "outgoing": side(d.outgoing.first()) }))
}

/// Any other `--json` failure: `{"error": {"kind", "message"}}`.
pub(super) fn error_json(e: &CliError, message: &str) -> String {
    pretty(&serde_json::json!({ "error": { "kind": e.kind(), "message": message } }))
}

/// The same on one line, for JSON Lines output (`check --batch --json`).
pub(super) fn error_json_line(e: &CliError, message: &str) -> String {
    serde_json::json!({ "error": { "kind": e.kind(), "message": message } }).to_string()
}

/// Any serialisable result as pretty JSON, its fields in the order the type declares them.
pub(super) fn json<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_string_pretty(v).expect("our report types are plain data that always serialise")
}

/// The plain-English domain check.
pub(super) fn doctor(domain: &str, report: &crate::doctor::Report) -> String {
    let mut out = format!("{}\n\n", crate::t!("doctor-intro", domain = domain));
    let width = column_width(report.findings.iter().map(|f| f.check.label()));
    for f in &report.findings {
        let label = f.check.label();
        out.push_str(&format!("{label:<width$} {}\n", f.status.label()));
        out.push_str(&format!("    {}\n", f.message));
        if !f.advice.is_empty() {
            out.push_str(&format!(
                "    {}\n",
                crate::t!("fix-what-to-do", advice = f.advice.as_str())
            ));
        }
    }
    out.push('\n');
    out.push_str(&if report.has_problem() {
        crate::t!("doctor-summary-problem")
    } else {
        crate::t!("doctor-summary-ok")
    });
    out.push('\n');
    out
}

mod diagnose;
mod send_test;
pub(super) use diagnose::{diagnose_json, diagnose_text};
pub(super) use send_test::test_message_text;

#[cfg(test)]
mod tests;
