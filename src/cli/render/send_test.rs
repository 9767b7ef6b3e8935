//! The send-and-receive test in words (`check --send-test` without `--json`).

use crate::check::send_test::TestMessage;

/// What became of the test message, in a few lines.
pub(in crate::cli) fn test_message_text(tm: &TestMessage, details: bool) -> String {
    let mut out = String::from("\n");
    for (i, line) in tm.in_words().iter().enumerate() {
        let indent = if i == 0 { "" } else { "  " };
        out.push_str(&format!("{indent}{line}\n"));
    }
    if details {
        for l in &tm.transcript {
            out.push_str(&format!("    {l}\n"));
        }
    }
    out
}
