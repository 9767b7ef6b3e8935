//! `mailsetup diagnose` in words and as JSON: `{"profile", "accounts": [...]}`.

use std::path::Path;

use crate::diagnose::{AccountReport, Level};
use crate::t;

/// `diagnose --json`.
pub(in crate::cli) fn diagnose_json(profile: &Path, accounts: &[AccountReport]) -> String {
    let v = serde_json::json!({
        "profile": profile.display().to_string(),
        "accounts": accounts,
    });
    serde_json::to_string_pretty(&v).expect("the diagnosis is plain data that always serialises")
}

/// The diagnosis in plain words, account by account.
pub(in crate::cli) fn diagnose_text(accounts: &[AccountReport]) -> String {
    let mut out = String::new();
    for r in accounts {
        let address = r
            .address
            .clone()
            .unwrap_or_else(|| t!("diagnose-account-unknown"));
        out.push_str(&t!("diagnose-account", address = address.as_str()));
        out.push('\n');
        for f in &r.findings {
            let label = match f.status {
                Level::Ok => t!("diagnose-status-ok"),
                Level::Warning => t!("diagnose-status-warning"),
                Level::Problem => t!("diagnose-status-problem"),
            };
            out.push_str(&format!("  {label}: {}\n", f.message));
            if !f.advice.is_empty() {
                out.push_str(&format!(
                    "    {}\n",
                    t!("fix-what-to-do", advice = f.advice.as_str())
                ));
            }
        }
        if !r.has_problem() {
            out.push_str(&format!("  {}\n", t!("diagnose-all-well")));
        }
        if !r.fixed.is_empty() {
            let ids: Vec<String> = r
                .fixed
                .iter()
                .map(|id| {
                    serde_json::to_value(id)
                        .ok()
                        .and_then(|v| v.as_str().map(str::to_owned))
                        .expect("an id serialises as its kebab-case name")
                })
                .collect();
            out.push_str(&format!(
                "  {}\n",
                t!("diagnose-fixed", ids = ids.join(", "))
            ));
        }
        out.push('\n');
    }
    out
}
