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
use std::net::IpAddr;
use std::time::Duration;

use futures_util::FutureExt;
use serde::{Deserialize, Serialize};

pub use self::finding::{Check, Finding, FindingId, Status};
pub(crate) use self::mx::against as mx_against;
use crate::address::Address;
use crate::discover::{self, Options};
use crate::net::{DnsError, Mx, Net, Srv};
use crate::t;

/// How long each check may take as a whole.
pub(crate) const CHECK_LIMIT: Duration = Duration::from_secs(6);
/// How long the discovery behind the MX and SPF comparisons may take.
pub(crate) const DISCOVERY_LIMIT: Duration = Duration::from_secs(4);
/// How long one DNS lookup may take: less than a check, so a DNS server that does not answer is
/// reported as such ("did not answer in time") rather than as the whole check running out of time.
pub(crate) const DNS_LIMIT: Duration = Duration::from_secs(4);

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
    /// Each DNS lookup a check makes; keep it below `check`.
    pub dns: Duration,
    /// Discovery of the domain's servers (for the MX and SPF comparisons).
    pub discovery: Options,
}

impl Default for DoctorOptions {
    fn default() -> Self {
        let mut discovery = Options::default();
        discovery.timeouts.overall = DISCOVERY_LIMIT;
        DoctorOptions {
            check: CHECK_LIMIT,
            dns: DNS_LIMIT,
            discovery,
        }
    }
}

/// The lookups the checks make: the network, each DNS lookup bounded by `limit` (then it is
/// [`DnsError::Timeout`]). Every check asks DNS through this, never `Net` directly, so a server that
/// does not answer gives the same "could not be checked" everywhere.
#[derive(Clone, Copy)]
struct Lookups<'a> {
    net: &'a Net,
    limit: Duration,
}

impl Lookups<'_> {
    async fn bounded<T>(
        &self,
        lookup: impl Future<Output = Result<T, DnsError>>,
    ) -> Result<T, DnsError> {
        tokio::time::timeout(self.limit, lookup)
            .await
            .unwrap_or(Err(DnsError::Timeout))
    }

    /// The TXT records at `name`; none when the name or the records do not exist.
    async fn txt(&self, name: &str) -> Result<Vec<String>, DnsError> {
        match self.bounded(self.net.txt(name)).await {
            Err(e) if absent(&e) => Ok(Vec::new()),
            other => other,
        }
    }

    /// The MX records of `domain`, as the DNS layer gives them (errors and all).
    async fn mx(&self, domain: &str) -> Result<Vec<Mx>, DnsError> {
        self.bounded(self.net.mx(domain)).await.map(|a| a.value)
    }

    /// The MX hosts of `domain` (the null MX's empty target left out); none when there are none.
    async fn mx_hosts(&self, domain: &str) -> Result<Vec<String>, DnsError> {
        match self.mx(domain).await {
            Ok(records) => Ok(records
                .into_iter()
                .map(|m| m.exchange)
                .filter(|e| !e.is_empty())
                .collect()),
            Err(e) if absent(&e) => Ok(Vec::new()),
            Err(e) => Err(e),
        }
    }

    /// The addresses of `host` (errors and all).
    async fn addresses(&self, host: &str) -> Result<Vec<IpAddr>, DnsError> {
        self.bounded(self.net.addresses(host)).await
    }

    /// The SRV records at `name` (errors and all).
    async fn srv(&self, name: &str) -> Result<Vec<Srv>, DnsError> {
        self.bounded(self.net.srv(name)).await.map(|a| a.value)
    }
}

/// Whether a lookup failed because the name or the records are not there: an answer, not a failure.
fn absent(e: &DnsError) -> bool {
    matches!(e, DnsError::NxDomain(_) | DnsError::NoRecords(_))
}

/// Why a DNS lookup failed, in words.
fn dns_reason(e: &DnsError) -> String {
    match e {
        DnsError::Timeout => t!("doctor-dns-reason-timeout"),
        DnsError::ServFail => t!("doctor-dns-reason-servfail"),
        DnsError::Refused => t!("doctor-dns-reason-refused"),
        DnsError::NxDomain(_) => t!("doctor-dns-reason-nxdomain"),
        DnsError::NoRecords(_) => t!("doctor-dns-reason-no-records"),
        DnsError::Failed(detail) => t!("doctor-dns-reason-other", detail = detail.as_str()),
    }
}

/// "Could not be checked": looking up `name` failed for another reason than the record not
/// existing, so the check cannot tell either way. Says what the DNS server did, in words.
fn dns_unknown(check: Check, name: &str, e: &DnsError) -> Finding {
    Finding::new(
        check,
        FindingId::DnsFailed,
        t!("doctor-dns-failed", name = name, reason = dns_reason(e)),
        match e {
            DnsError::Timeout => t!("doctor-dns-failed-advice-timeout"),
            DnsError::ServFail => t!("doctor-dns-failed-advice-servfail"),
            DnsError::Refused => t!("doctor-dns-failed-advice-refused"),
            _ => t!("doctor-dns-failed-advice"),
        },
    )
}

/// The TXT records at `name` that `keep` accepts, or the finding that the lookup failed.
async fn txt_records(
    dns: Lookups<'_>,
    check: Check,
    name: &str,
    keep: impl Fn(&str) -> bool,
) -> Result<Vec<String>, Finding> {
    match dns.txt(name).await {
        Ok(r) => Ok(r.into_iter().filter(|r| keep(r)).collect()),
        Err(e) => Err(dns_unknown(check, name, &e)),
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
    let dns = Lookups {
        net,
        limit: opts.dns,
    };
    // The MX and SPF comparisons need the domain's servers, found the usual way; every check starts
    // at once and only those two points wait for the discovery.
    let found = async {
        let addr = Address::parse(&format!("postmaster@{domain}")).ok()?;
        Some(discover::discover(net, &addr, &opts.discovery, None).await)
            .filter(|d| !d.incoming.is_empty() || !d.outgoing.is_empty())
    }
    .shared();
    let (mx, spf, dkim, dmarc, sts, rpt, ac) = tokio::join!(
        within(Check::Mx, limit, mx::check(dns, domain, found.clone())),
        within(Check::Spf, limit, spf::check(dns, domain, found.clone())),
        within(Check::Dkim, limit, dkim::check(dns, domain)),
        within(Check::Dmarc, limit, dmarc::check(dns, domain)),
        within(Check::MtaSts, limit, mta_sts::check(dns, domain, limit)),
        within(Check::TlsRpt, limit, mta_sts::check_tls_rpt(dns, domain)),
        within(
            Check::Autoconfig,
            limit,
            autoconfig::check(dns, domain, limit)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A lookup that failed is "could not be checked", with the name looked up and what the DNS
    /// server did, in words, and advice for that failure.
    #[test]
    fn a_failed_lookup_says_what_the_dns_server_did() {
        crate::i18n::set_thread_locale(Some("en-GB"));
        for (e, words) in [
            (DnsError::Timeout, "the DNS server did not answer in time"),
            (
                DnsError::ServFail,
                "the DNS server reported a failure (SERVFAIL)",
            ),
            (
                DnsError::Refused,
                "the DNS server refused to answer (REFUSED)",
            ),
            (
                DnsError::Failed("no connections available".into()),
                "the lookup failed (no connections available)",
            ),
        ] {
            let f = dns_unknown(Check::Dmarc, "_dmarc.a.example", &e);
            assert_eq!(
                (f.check, f.id, f.status),
                (Check::Dmarc, FindingId::DnsFailed, Status::Unknown)
            );
            assert!(
                f.message.starts_with("This could not be checked")
                    && f.message.contains("_dmarc.a.example")
                    && f.message.contains(words),
                "{e:?}: {}",
                f.message
            );
            assert!(!f.advice.is_empty());
        }
        let advice = |e: DnsError| dns_unknown(Check::Mx, "a.example", &e).advice;
        assert_ne!(advice(DnsError::ServFail), advice(DnsError::Refused));
        assert_ne!(advice(DnsError::Timeout), advice(DnsError::ServFail));
        crate::i18n::set_thread_locale(None);
    }

    /// Only "no such name" and "no such record" are answers; every other failure is not.
    #[test]
    fn only_nxdomain_and_no_records_mean_absent() {
        assert!(absent(&DnsError::NxDomain("a.example".into())));
        assert!(absent(&DnsError::NoRecords("a.example".into())));
        for e in [
            DnsError::Timeout,
            DnsError::ServFail,
            DnsError::Refused,
            DnsError::Failed("x".into()),
        ] {
            assert!(!absent(&e), "{e:?}");
        }
    }
}
