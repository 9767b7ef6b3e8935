//! Domain health: is this domain set up to receive and send mail? MX, SPF (RFC 7208), DKIM
//! (RFC 6376), DMARC (RFC 7489), MTA-STS (RFC 8461), TLS reporting (RFC 8460), and whether the domain
//! publishes autoconfig or RFC 6186 SRV records. Every check runs at once, each under its own time
//! limit; each gives one or more plain-English [`Finding`]s with a stable [`FindingId`].
//!
//! This module only orchestrates. Each check lives beside its parser: `mx.rs`, `spf.rs`, `dkim.rs`,
//! `dmarc.rs`, `mta_sts.rs` (MTA-STS and TLS-RPT) and `autoconfig.rs`; the pure part of each (records in,
//! findings out) is separate from the DNS and HTTPS lookups, so it is unit-tested without a network.

mod autoconfig;
pub mod dkim;
pub mod dmarc;
mod finding;
mod mta_sts;
mod mx;
pub mod spf;

use std::future::Future;
use std::time::Duration;

use futures_util::FutureExt;
use serde::{Deserialize, Serialize};

pub use self::finding::{Check, Finding, FindingId, Status};
pub(crate) use self::mx::against as mx_against;
use crate::address::Address;
use crate::discover::{self, Options};
use crate::net::{DnsError, Net};
use crate::t;

/// How long each check may take as a whole.
pub(crate) const CHECK_LIMIT: Duration = Duration::from_secs(6);
/// How long the discovery behind the MX and SPF comparisons may take.
pub(crate) const DISCOVERY_LIMIT: Duration = Duration::from_secs(4);

/// The whole report (`mailsetup doctor --json`).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Report {
    pub domain: String,
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn has_problem(&self) -> bool {
        self.findings.iter().any(|f| f.status == Status::Problem)
    }
}

/// Time limits.
#[derive(Debug, Clone)]
pub struct DoctorOptions {
    /// Each check as a whole.
    pub check: Duration,
    /// Discovery of the domain's servers (for the MX and SPF comparisons).
    pub discovery: Options,
}

impl Default for DoctorOptions {
    fn default() -> Self {
        let mut discovery = Options::default();
        discovery.timeouts.overall = DISCOVERY_LIMIT;
        DoctorOptions {
            check: CHECK_LIMIT,
            discovery,
        }
    }
}

/// The TXT records at `name`; none when the name or the records do not exist.
async fn txt(net: &Net, name: &str) -> Result<Vec<String>, DnsError> {
    match net.txt(name).await {
        Err(DnsError::NxDomain(_) | DnsError::NoRecords(_)) => Ok(Vec::new()),
        other => other,
    }
}

/// "Could not tell": a DNS lookup failed for another reason than the record not existing.
fn dns_unknown(check: Check, e: &DnsError) -> Finding {
    Finding::new(
        check,
        FindingId::DnsFailed,
        t!("doctor-dns-failed", reason = e.to_string()),
        t!("doctor-dns-failed-advice"),
    )
}

/// The TXT records at `name` that `keep` accepts, or the finding that the lookup failed.
async fn txt_records(
    net: &Net,
    check: Check,
    name: &str,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<String>, Finding> {
    match txt(net, name).await {
        Ok(r) => Ok(r.into_iter().filter(|r| keep(r)).collect()),
        Err(e) => Err(dns_unknown(check, &e)),
    }
}

/// Runs `f` within `limit`; "could not tell" when it takes longer.
async fn within(
    check: Check,
    limit: Duration,
    f: impl Future<Output = Vec<Finding>>,
) -> Vec<Finding> {
    match tokio::time::timeout(limit, f).await {
        Ok(v) => v,
        Err(_) => vec![Finding::new(
            check,
            FindingId::TimedOut,
            t!("doctor-timeout"),
            t!("doctor-timeout-advice"),
        )],
    }
}

/// Runs every check for `domain` at once.
pub async fn doctor(net: &Net, domain: &str, opts: &DoctorOptions) -> Report {
    let limit = opts.check;
    // The MX and SPF comparisons need the domain's servers, found the usual way; every check starts
    // at once and only those two points wait for the discovery.
    let found = async {
        let addr = Address::parse(&format!("postmaster@{domain}")).ok()?;
        Some(discover::discover(net, &addr, &opts.discovery, None).await)
            .filter(|d| !d.incoming.is_empty() || !d.outgoing.is_empty())
    }
    .shared();
    let (mx, spf, dkim, dmarc, sts, rpt, ac) = tokio::join!(
        within(Check::Mx, limit, mx::check(net, domain, found.clone())),
        within(Check::Spf, limit, spf::check(net, domain, found.clone())),
        within(Check::Dkim, limit, dkim::check(net, domain)),
        within(Check::Dmarc, limit, dmarc::check(net, domain)),
        within(Check::MtaSts, limit, mta_sts::check(net, domain, limit)),
        within(Check::TlsRpt, limit, mta_sts::check_tls_rpt(net, domain)),
        within(
            Check::Autoconfig,
            limit,
            autoconfig::check(net, domain, limit)
        ),
    );
    let findings = [mx, spf, dkim, dmarc, sts, rpt, ac]
        .into_iter()
        .flatten()
        .collect();
    Report {
        domain: domain.to_owned(),
        findings,
    }
}
