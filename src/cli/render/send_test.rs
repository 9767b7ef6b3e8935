//! The send-and-receive test in words (`check --send-test` without `--json`).

use crate::check::send_test::{Cleanup, TestMessage};
use crate::t;

/// What became of the test message, in a few lines.
pub(in crate::cli) fn test_message_text(tm: &TestMessage, details: bool) -> String {
    let mut out = String::from("\n");
    if tm.arrived {
        let seconds = format!("{:.1}", tm.ms.unwrap_or(0) as f64 / 1000.0);
        out.push_str(&t!("send-test-sent-arrived", seconds = seconds));
        out.push('\n');
        let cleanup = match tm.cleanup {
            Some(Cleanup::Removed) => t!("send-test-removed"),
            Some(Cleanup::Flagged) => t!("send-test-flagged"),
            Some(Cleanup::Left) | None => t!("send-test-left"),
        };
        out.push_str(&format!("  {cleanup}\n"));
    }
    if let Some(p) = &tm.problem {
        out.push_str(&format!(
            "{}\n  {}\n",
            p.message,
            t!("fix-what-to-do", advice = p.advice.as_str())
        ));
    }
    if details {
        for l in &tm.transcript {
            out.push_str(&format!("    {l}\n"));
        }
    }
    out
}
