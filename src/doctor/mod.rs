//! Domain health: is this domain set up to receive and send mail? MX, SPF (RFC 7208), DKIM
//! (RFC 6376), DMARC (RFC 7489), MTA-STS (RFC 8461), TLS reporting (RFC 8460), and whether the domain
//! publishes autoconfig or RFC 6186 SRV records. Every check runs at once, each under its own time
//! limit; each gives one or more plain-English [`Finding`]s.

pub mod dkim;
pub mod dmarc;
pub mod mta_sts;
pub mod spf;

use std::collections::HashSet;
use std::future::Future;
use std::net::IpAddr;
use std::time::Duration;

use futures_util::FutureExt;

use serde::{Deserialize, Serialize};

use crate::address::{Address, registrable_domain};
use crate::discover::{self, Discovery, Options, bundled, mx as mxsrc};
use crate::model::Server;
use crate::net::{DnsError, Net};
use crate::t;

/// Which check a finding belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    Mx,
    Spf,
    Dkim,
    Dmarc,
    MtaSts,
    TlsRpt,
    Autoconfig,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Ok,
    Warning,
    Problem,
    Unknown,
}

impl Check {
    /// The check's name as people read it.
    pub fn label(self) -> String {
        match self {
            Check::Mx => t!("doctor-check-mx"),
            Check::Spf => t!("doctor-check-spf"),
            Check::Dkim => t!("doctor-check-dkim"),
            Check::Dmarc => t!("doctor-check-dmarc"),
            Check::MtaSts => t!("doctor-check-mta-sts"),
            Check::TlsRpt => t!("doctor-check-tls-rpt"),
            Check::Autoconfig => t!("doctor-check-autoconfig"),
        }
    }
}

impl Status {
    /// The status as people read it.
    pub fn label(self) -> String {
        match self {
            Status::Ok => t!("doctor-status-ok"),
            Status::Warning => t!("doctor-status-warning"),
            Status::Problem => t!("doctor-status-problem"),
            Status::Unknown => t!("doctor-status-unknown"),
        }
    }
}

/// One point about the domain, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub check: Check,
    pub status: Status,
    pub message: String,
    pub advice: String,
}

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
        discovery.timeouts.overall = Duration::from_secs(4);
        DoctorOptions {
            check: Duration::from_secs(6),
            discovery,
        }
    }
}

fn finding(check: Check, status: Status, message: String, advice: String) -> Finding {
    Finding {
        check,
        status,
        message,
        advice,
    }
}

async fn txt(net: &Net, name: &str) -> Result<Vec<String>, DnsError> {
    match net.txt(name).await {
        Err(DnsError::NxDomain(_) | DnsError::NoRecords(_)) => Ok(Vec::new()),
        other => other,
    }
}

fn dns_unknown(check: Check, e: &DnsError) -> Finding {
    finding(
        check,
        Status::Unknown,
        t!("doctor-dns-failed", reason = e.to_string()),
        t!("doctor-dns-failed-advice"),
    )
}

async fn check_mx(
    net: &Net,
    domain: &str,
    found: impl Future<Output = Option<Discovery>>,
) -> Vec<Finding> {
    let answer = match net.mx(domain).await {
        Ok(a) => a.value,
        Err(DnsError::NxDomain(_)) => {
            return vec![finding(
                Check::Mx,
                Status::Problem,
                t!("doctor-domain-missing", domain = domain),
                t!("doctor-domain-missing-advice"),
            )];
        }
        Err(DnsError::NoRecords(_)) => {
            return vec![finding(
                Check::Mx,
                Status::Problem,
                t!("doctor-mx-missing", domain = domain),
                t!("doctor-mx-missing-advice"),
            )];
        }
        Err(e) => return vec![dns_unknown(Check::Mx, &e)],
    };
    if answer.iter().all(|m| m.exchange.is_empty()) {
        return vec![finding(
            Check::Mx,
            Status::Problem,
            t!("doctor-mx-null", domain = domain),
            t!("doctor-mx-null-advice"),
        )];
    }
    let mut out = Vec::new();
    let mut hosts: Vec<&str> = answer
        .iter()
        .map(|m| m.exchange.as_str())
        .filter(|h| !h.is_empty())
        .collect();
    hosts.sort();
    hosts.dedup();
    let resolved = futures_util::future::join_all(hosts.iter().map(|h| net.addresses(h))).await;
    let mut all_resolve = true;
    for (h, r) in hosts.iter().zip(resolved) {
        if let Err(e) = r {
            all_resolve = false;
            out.push(match e {
                DnsError::NxDomain(_) | DnsError::NoRecords(_) => finding(
                    Check::Mx,
                    Status::Problem,
                    t!("doctor-mx-target-missing", host = *h),
                    t!("doctor-mx-target-missing-advice"),
                ),
                other => dns_unknown(Check::Mx, &other),
            });
        }
    }
    let best = mxsrc::preferred(&answer).unwrap_or_default().to_owned();
    let provider = mxsrc::provider_domains(&best, domain)
        .iter()
        .find_map(|d| bundled::data().lookup(d))
        .map(|p| p.display_name.clone().unwrap_or_else(|| p.id.clone()));
    if all_resolve {
        out.push(finding(
            Check::Mx,
            Status::Ok,
            match &provider {
                Some(p) => t!(
                    "doctor-mx-ok-provider",
                    host = best.as_str(),
                    provider = p.as_str()
                ),
                None => t!("doctor-mx-ok", host = best.as_str()),
            },
            String::new(),
        ));
    }
    let found = found.await;
    if let Some(incoming) = found.as_ref().and_then(|d| d.incoming.first()) {
        let same = hosts
            .iter()
            .any(|h| registrable_domain(h) == registrable_domain(&incoming.host))
            || (provider.is_some() && incoming.source == crate::model::SourceId::Mx);
        if same {
            out.push(finding(
                Check::Mx,
                Status::Ok,
                t!("doctor-mx-consistent", host = incoming.host.as_str()),
                String::new(),
            ));
        } else {
            out.push(finding(
                Check::Mx,
                Status::Warning,
                t!(
                    "doctor-mx-inconsistent",
                    incoming = incoming.host.as_str(),
                    mx = best.as_str()
                ),
                t!("doctor-mx-inconsistent-advice"),
            ));
        }
    }
    out
}

/// Reads the SPF records reachable from `domain` (includes and redirects, breadth first, bounded).
/// Returns (DNS lookups needed, domains without an SPF record, every record read).
async fn spf_tree(net: &Net, root: &spf::Spf) -> (usize, Vec<String>, Vec<spf::Spf>) {
    const MAX_RECORDS: usize = 30;
    let mut lookups = root.own_lookups();
    let mut missing = Vec::new();
    let mut records = vec![root.clone()];
    let mut seen: HashSet<String> = HashSet::new();
    let mut queue: Vec<String> = root.referenced().iter().map(|s| s.to_string()).collect();
    while let Some(d) = queue.pop() {
        if !seen.insert(d.clone()) || seen.len() > MAX_RECORDS {
            continue;
        }
        let found = txt(net, &d).await.unwrap_or_default();
        match found.iter().find(|r| spf::is_spf(r)).map(|r| spf::parse(r)) {
            Some(Ok(rec)) => {
                lookups += rec.own_lookups();
                queue.extend(rec.referenced().iter().map(|s| s.to_string()));
                records.push(rec);
            }
            _ => missing.push(d),
        }
    }
    (lookups, missing, records)
}

fn in_network(ip: IpAddr, net: IpAddr, len: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(b)) => {
            let mask = if len == 0 {
                0
            } else {
                u32::MAX << (32 - u32::from(len))
            };
            u32::from(a) & mask == u32::from(b) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(b)) => {
            let mask = if len == 0 {
                0
            } else {
                u128::MAX << (128 - u32::from(len))
            };
            u128::from(a) & mask == u128::from(b) & mask
        }
        _ => false,
    }
}

/// Whether the SPF records allow the outgoing server: by an include of its provider's domain, or by
/// its addresses falling in an ip4/ip6/a/mx term.
async fn spf_covers(net: &Net, domain: &str, records: &[spf::Spf], outgoing: &Server) -> bool {
    let reg = registrable_domain(&outgoing.host);
    if records
        .iter()
        .flat_map(|r| r.referenced())
        .any(|d| registrable_domain(d) == reg && reg.is_some())
    {
        return true;
    }
    let ips = net.addresses(&outgoing.host).await.unwrap_or_default();
    for r in records {
        for (q, m) in &r.terms {
            if *q != spf::Qualifier::Pass {
                continue;
            }
            let hosts: Vec<String> = match m {
                spf::Mechanism::Ip4(n, l) | spf::Mechanism::Ip6(n, l) => {
                    if ips.iter().any(|ip| in_network(*ip, *n, *l)) {
                        return true;
                    }
                    continue;
                }
                spf::Mechanism::A(d) => vec![d.clone().unwrap_or_else(|| domain.to_owned())],
                spf::Mechanism::Mx(d) => net
                    .mx(d.as_deref().unwrap_or(domain))
                    .await
                    .map(|a| a.value.into_iter().map(|m| m.exchange).collect())
                    .unwrap_or_default(),
                _ => continue,
            };
            for h in hosts {
                let addrs = net.addresses(&h).await.unwrap_or_default();
                if addrs.iter().any(|a| ips.contains(a)) {
                    return true;
                }
            }
        }
    }
    false
}

async fn check_spf(
    net: &Net,
    domain: &str,
    found: impl Future<Output = Option<Discovery>>,
) -> Vec<Finding> {
    let records = match txt(net, domain).await {
        Ok(r) => r.into_iter().filter(|r| spf::is_spf(r)).collect::<Vec<_>>(),
        Err(e) => return vec![dns_unknown(Check::Spf, &e)],
    };
    let record = match records.as_slice() {
        [] => {
            return vec![finding(
                Check::Spf,
                Status::Problem,
                t!("doctor-spf-missing", domain = domain),
                t!("doctor-spf-missing-advice"),
            )];
        }
        [one] => one,
        _ => {
            return vec![finding(
                Check::Spf,
                Status::Problem,
                t!("doctor-spf-several", count = records.len()),
                t!("doctor-spf-several-advice"),
            )];
        }
    };
    let parsed = match spf::parse(record) {
        Ok(p) => p,
        Err(e) => {
            return vec![finding(
                Check::Spf,
                Status::Problem,
                t!("doctor-spf-broken", reason = e.to_string()),
                t!("doctor-spf-broken-advice"),
            )];
        }
    };
    let mut out = Vec::new();
    match parsed.all() {
        Some(spf::Qualifier::Pass) => out.push(finding(
            Check::Spf,
            Status::Problem,
            t!("doctor-spf-plus-all"),
            t!("doctor-spf-plus-all-advice"),
        )),
        Some(spf::Qualifier::Fail | spf::Qualifier::SoftFail) => {}
        _ if parsed.redirect.is_some() => {}
        _ => out.push(finding(
            Check::Spf,
            Status::Warning,
            t!("doctor-spf-no-all"),
            t!("doctor-spf-no-all-advice"),
        )),
    }
    let (lookups, missing, tree) = spf_tree(net, &parsed).await;
    for d in &missing {
        out.push(finding(
            Check::Spf,
            Status::Problem,
            t!("doctor-spf-include-missing", domain = d.as_str()),
            t!("doctor-spf-include-missing-advice"),
        ));
    }
    if lookups > 10 {
        out.push(finding(
            Check::Spf,
            Status::Problem,
            t!("doctor-spf-too-many-lookups", count = lookups),
            t!("doctor-spf-too-many-lookups-advice"),
        ));
    }
    let found = found.await;
    if let Some(outgoing) = found.as_ref().and_then(|d| d.outgoing.first()) {
        if spf_covers(net, domain, &tree, outgoing).await {
            out.push(finding(
                Check::Spf,
                Status::Ok,
                t!("doctor-spf-covers", host = outgoing.host.as_str()),
                String::new(),
            ));
        } else {
            out.push(finding(
                Check::Spf,
                Status::Warning,
                t!("doctor-spf-not-covers", host = outgoing.host.as_str()),
                t!("doctor-spf-not-covers-advice"),
            ));
        }
    }
    if !out.iter().any(|f| f.status == Status::Problem) {
        out.insert(
            0,
            finding(
                Check::Spf,
                Status::Ok,
                t!("doctor-spf-ok", lookups = lookups),
                String::new(),
            ),
        );
    }
    out
}

async fn check_dkim(net: &Net, domain: &str) -> Vec<Finding> {
    let probes = dkim::COMMON_SELECTORS.iter().map(|s| async move {
        let name = format!("{s}._domainkey.{domain}");
        (*s, txt(net, &name).await.unwrap_or_default())
    });
    let mut out = Vec::new();
    for (selector, records) in futures_util::future::join_all(probes).await {
        let Some(r) = records.iter().find(|r| r.contains("p=")) else {
            continue;
        };
        out.push(match dkim::parse(r) {
            Ok(dkim::Key::Rsa { bits }) if bits < 1024 => finding(
                Check::Dkim,
                Status::Problem,
                t!("doctor-dkim-weak", selector = selector, bits = bits),
                t!("doctor-dkim-weak-advice"),
            ),
            Ok(dkim::Key::Rsa { bits }) => finding(
                Check::Dkim,
                Status::Ok,
                t!("doctor-dkim-rsa", selector = selector, bits = bits),
                String::new(),
            ),
            Ok(dkim::Key::Ed25519) => finding(
                Check::Dkim,
                Status::Ok,
                t!("doctor-dkim-ed25519", selector = selector),
                String::new(),
            ),
            Ok(dkim::Key::Revoked) => finding(
                Check::Dkim,
                Status::Warning,
                t!("doctor-dkim-revoked", selector = selector),
                t!("doctor-dkim-revoked-advice"),
            ),
            Ok(dkim::Key::Other(k)) => finding(
                Check::Dkim,
                Status::Warning,
                t!("doctor-dkim-other", selector = selector, kind = k),
                String::new(),
            ),
            Err(e) => finding(
                Check::Dkim,
                Status::Problem,
                t!(
                    "doctor-dkim-broken",
                    selector = selector,
                    reason = e.to_string()
                ),
                t!("doctor-dkim-broken-advice"),
            ),
        });
    }
    if out.is_empty() {
        out.push(finding(
            Check::Dkim,
            Status::Unknown,
            t!("doctor-dkim-unknown"),
            t!("doctor-dkim-unknown-advice"),
        ));
    }
    out
}

async fn check_dmarc(net: &Net, domain: &str) -> Vec<Finding> {
    let records = match txt(net, &format!("_dmarc.{domain}")).await {
        Ok(r) => r
            .into_iter()
            .filter(|r| dmarc::is_dmarc(r))
            .collect::<Vec<_>>(),
        Err(e) => return vec![dns_unknown(Check::Dmarc, &e)],
    };
    let record = match records.as_slice() {
        [] => {
            return vec![finding(
                Check::Dmarc,
                Status::Warning,
                t!("doctor-dmarc-missing"),
                t!("doctor-dmarc-missing-advice"),
            )];
        }
        [one] => one,
        _ => {
            return vec![finding(
                Check::Dmarc,
                Status::Problem,
                t!("doctor-dmarc-several"),
                t!("doctor-dmarc-several-advice"),
            )];
        }
    };
    match dmarc::parse(record) {
        Err(e) => vec![finding(
            Check::Dmarc,
            Status::Problem,
            t!("doctor-dmarc-broken", reason = e.to_string()),
            t!("doctor-dmarc-broken-advice"),
        )],
        Ok(d) => {
            let reports = if d.rua.is_empty() {
                t!("doctor-dmarc-no-reports")
            } else {
                t!("doctor-dmarc-reports", to = d.rua.join(", "))
            };
            match d.policy {
                dmarc::Policy::None => vec![finding(
                    Check::Dmarc,
                    Status::Warning,
                    t!("doctor-dmarc-none", reports = reports),
                    t!("doctor-dmarc-none-advice"),
                )],
                dmarc::Policy::Quarantine | dmarc::Policy::Reject => vec![finding(
                    Check::Dmarc,
                    Status::Ok,
                    t!(
                        "doctor-dmarc-ok",
                        policy = if d.policy == dmarc::Policy::Reject {
                            "reject"
                        } else {
                            "quarantine"
                        },
                        reports = reports
                    ),
                    String::new(),
                )],
            }
        }
    }
}

async fn check_mta_sts(net: &Net, domain: &str, limit: Duration) -> Vec<Finding> {
    let records = match txt(net, &format!("_mta-sts.{domain}")).await {
        Ok(r) => r
            .into_iter()
            .filter(|r| r.trim_start().starts_with("v=STSv1"))
            .collect::<Vec<_>>(),
        Err(e) => return vec![dns_unknown(Check::MtaSts, &e)],
    };
    let Some(record) = records.first() else {
        return vec![finding(
            Check::MtaSts,
            Status::Warning,
            t!("doctor-mta-sts-missing"),
            t!("doctor-mta-sts-missing-advice"),
        )];
    };
    if let Err(e) = mta_sts::parse_record(record) {
        return vec![finding(
            Check::MtaSts,
            Status::Problem,
            t!("doctor-mta-sts-broken", reason = e.to_string()),
            t!("doctor-mta-sts-broken-advice"),
        )];
    }
    let Ok(url) = url::Url::parse(&format!("https://mta-sts.{domain}/.well-known/mta-sts.txt"))
    else {
        return Vec::new();
    };
    let body = match tokio::time::timeout(limit, net.fetch(&url, None)).await {
        Ok(Ok(f)) => String::from_utf8_lossy(&f.body).into_owned(),
        Ok(Err(e)) => {
            return vec![finding(
                Check::MtaSts,
                Status::Problem,
                t!(
                    "doctor-mta-sts-unfetchable",
                    url = url.as_str(),
                    reason = e.to_string()
                ),
                t!("doctor-mta-sts-broken-advice"),
            )];
        }
        Err(_) => {
            return vec![finding(
                Check::MtaSts,
                Status::Unknown,
                t!("doctor-mta-sts-timeout", url = url.as_str()),
                String::new(),
            )];
        }
    };
    let policy = match mta_sts::parse_policy(&body) {
        Ok(p) => p,
        Err(e) => {
            return vec![finding(
                Check::MtaSts,
                Status::Problem,
                t!("doctor-mta-sts-broken", reason = e.to_string()),
                t!("doctor-mta-sts-broken-advice"),
            )];
        }
    };
    let mx_hosts: Vec<String> = net
        .mx(domain)
        .await
        .map(|a| {
            a.value
                .into_iter()
                .map(|m| m.exchange)
                .filter(|e| !e.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let uncovered: Vec<&String> = mx_hosts
        .iter()
        .filter(|h| !policy.mx.iter().any(|p| mta_sts::mx_matches(p, h)))
        .collect();
    if !uncovered.is_empty() && policy.mode != mta_sts::Mode::None {
        return vec![finding(
            Check::MtaSts,
            Status::Problem,
            t!(
                "doctor-mta-sts-mx-mismatch",
                hosts = uncovered
                    .iter()
                    .map(|h| h.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            t!("doctor-mta-sts-mx-mismatch-advice"),
        )];
    }
    match policy.mode {
        mta_sts::Mode::Enforce => vec![finding(
            Check::MtaSts,
            Status::Ok,
            t!("doctor-mta-sts-enforce"),
            String::new(),
        )],
        mta_sts::Mode::Testing => vec![finding(
            Check::MtaSts,
            Status::Warning,
            t!("doctor-mta-sts-testing"),
            t!("doctor-mta-sts-testing-advice"),
        )],
        mta_sts::Mode::None => vec![finding(
            Check::MtaSts,
            Status::Warning,
            t!("doctor-mta-sts-none"),
            t!("doctor-mta-sts-missing-advice"),
        )],
    }
}

async fn check_tls_rpt(net: &Net, domain: &str) -> Vec<Finding> {
    let records = match txt(net, &format!("_smtp._tls.{domain}")).await {
        Ok(r) => r
            .into_iter()
            .filter(|r| r.trim_start().starts_with("v=TLSRPTv1"))
            .collect::<Vec<_>>(),
        Err(e) => return vec![dns_unknown(Check::TlsRpt, &e)],
    };
    match records.first().map(|r| mta_sts::parse_tls_rpt(r)) {
        None => vec![finding(
            Check::TlsRpt,
            Status::Warning,
            t!("doctor-tls-rpt-missing"),
            t!("doctor-tls-rpt-missing-advice"),
        )],
        Some(Ok(rua)) => vec![finding(
            Check::TlsRpt,
            Status::Ok,
            t!("doctor-tls-rpt-ok", to = rua.join(", ")),
            String::new(),
        )],
        Some(Err(e)) => vec![finding(
            Check::TlsRpt,
            Status::Problem,
            t!("doctor-tls-rpt-broken", reason = e.to_string()),
            t!("doctor-tls-rpt-broken-advice"),
        )],
    }
}

async fn check_autoconfig(net: &Net, domain: &str, limit: Duration) -> Vec<Finding> {
    let url = url::Url::parse(&format!("https://autoconfig.{domain}/mail/config-v1.1.xml")).ok();
    let autoconfig = async {
        let url = url.as_ref()?;
        let fetched = tokio::time::timeout(limit, net.fetch(url, None))
            .await
            .ok()?
            .ok()?;
        discover::config::parse(&fetched.body)
            .ok()
            .map(|_| url.to_string())
    };
    let srv = async {
        let names = discover::srv::SERVICES
            .iter()
            .map(|(s, _, _)| format!("{s}.{domain}"))
            .collect::<Vec<_>>();
        let answers = futures_util::future::join_all(names.iter().map(|n| net.srv(n))).await;
        answers
            .into_iter()
            .filter_map(Result::ok)
            .any(|a| !discover::srv::order_records(&a.value).is_empty())
    };
    let (ac, has_srv) = tokio::join!(autoconfig, srv);
    let mut out = Vec::new();
    if let Some(u) = &ac {
        out.push(finding(
            Check::Autoconfig,
            Status::Ok,
            t!("doctor-autoconfig-ok", url = u.as_str()),
            String::new(),
        ));
    }
    if has_srv {
        out.push(finding(
            Check::Autoconfig,
            Status::Ok,
            t!("doctor-srv-ok"),
            String::new(),
        ));
    }
    if out.is_empty() {
        out.push(finding(
            Check::Autoconfig,
            Status::Warning,
            t!("doctor-autoconfig-missing", domain = domain),
            t!("doctor-autoconfig-missing-advice"),
        ));
    }
    out
}

/// Runs `f` within `limit`; "could not tell" when it takes longer.
async fn within(
    check: Check,
    limit: Duration,
    f: impl Future<Output = Vec<Finding>>,
) -> Vec<Finding> {
    match tokio::time::timeout(limit, f).await {
        Ok(v) => v,
        Err(_) => vec![finding(
            check,
            Status::Unknown,
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
        within(Check::Mx, limit, check_mx(net, domain, found.clone())),
        within(Check::Spf, limit, check_spf(net, domain, found.clone())),
        within(Check::Dkim, limit, check_dkim(net, domain)),
        within(Check::Dmarc, limit, check_dmarc(net, domain)),
        within(Check::MtaSts, limit, check_mta_sts(net, domain, limit)),
        within(Check::TlsRpt, limit, check_tls_rpt(net, domain)),
        within(
            Check::Autoconfig,
            limit,
            check_autoconfig(net, domain, limit)
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
