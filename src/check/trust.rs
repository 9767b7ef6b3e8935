//! The trust rule before a check: no password goes to a server outside the address's domain that no
//! trusted source vouched for ([`Server::foreign_domain`]) unless the person confirmed it. The
//! command line asks for `--trust`; the wizard asks the person to type the domain.

use super::diagnosis::{Problem, ProblemKind};
use super::{CheckReport, ServerCheck};
use crate::address::Address;
use crate::model::Server;

impl ServerCheck {
    /// A side that was not tried, with the problem that says why.
    pub fn not_tried(server: &Server, problem: Problem) -> ServerCheck {
        ServerCheck {
            server: server.clone(),
            ok: false,
            problem: Some(problem),
            notes: Vec::new(),
            transcript: Vec::new(),
            alert: None,
            login_tried: false,
            switched: None,
            error: None,
        }
    }
}

impl CheckReport {
    /// A check that could not start: every side has the same problem (a sign-in that failed, no
    /// client registration for the provider), and nothing was sent anywhere.
    pub fn not_started(incoming: &Server, outgoing: Option<&Server>, p: Problem) -> CheckReport {
        CheckReport {
            incoming: ServerCheck::not_tried(incoming, p.clone()),
            outgoing: outgoing.map(|o| ServerCheck::not_tried(o, p)),
        }
    }
}

/// When a server the check would use is foreign and unvouched: the report to give instead of
/// checking, without sending the password anywhere. That side's problem is `not-vouched` (naming the
/// server, its domain and where it came from); the other side, not tried, is `not-checked`.
pub fn refuse_untrusted(
    addr: &Address,
    incoming: &Server,
    outgoing: Option<&Server>,
) -> Option<CheckReport> {
    let refused = |s: &Server| {
        let domain = s.foreign_domain(addr)?;
        Some(Problem {
            kind: ProblemKind::NotVouched,
            message: crate::t!(
                "cli-check-refused-foreign",
                host = s.host.as_str(),
                domain = domain.as_str(),
                address_domain = addr.registrable_domain(),
                source = s.source.label()
            ),
            advice: crate::t!("check-not-vouched-advice", domain = domain.as_str()),
            admin_consent_url: None,
        })
    };
    let incoming_refused = refused(incoming);
    let outgoing_refused = outgoing.and_then(refused);
    if incoming_refused.is_none() && outgoing_refused.is_none() {
        return None;
    }
    let skipped = || Problem {
        kind: ProblemKind::NotChecked,
        message: crate::t!("check-not-checked"),
        advice: crate::t!("check-not-checked-advice"),
        admin_consent_url: None,
    };
    Some(CheckReport {
        incoming: ServerCheck::not_tried(incoming, incoming_refused.unwrap_or_else(skipped)),
        outgoing: outgoing
            .map(|o| ServerCheck::not_tried(o, outgoing_refused.unwrap_or_else(skipped))),
    })
}
