//! SPF (RFC 7208): the check, and the record parser it rests on.
//!
//! The check reads the domain's one `v=spf1` record, follows its includes and redirects (breadth
//! first, bounded) to count the DNS lookups a receiver must make (RFC 7208 §4.6.4: at most 10), and
//! asks whether the record allows the outgoing server discovery finds. The parser ([`parse`]) is pure:
//! a TXT string in, terms out.

use std::collections::HashSet;
use std::future::Future;
use std::net::IpAddr;

use super::{Check, Finding, FindingId, Lookups, Status, dns_unknown, txt_records};
use crate::address::registrable_domain;
use crate::discover::Discovery;
use crate::model::Server;
use crate::net::DnsError;
use crate::t;

/// The most DNS lookups a receiver makes for one SPF evaluation (RFC 7208 §4.6.4).
pub(crate) const MAX_LOOKUPS: usize = 10;
/// The most SPF records the check reads while following includes and redirects.
const MAX_RECORDS: usize = 30;

pub(super) async fn check(
    dns: Lookups<'_>,
    domain: &str,
    found: impl Future<Output = Option<Discovery>>,
) -> Vec<Finding> {
    let records = match txt_records(dns, Check::Spf, domain, is_spf).await {
        Ok(r) => r,
        Err(f) => return vec![f],
    };
    let parsed = match the_record(domain, &records) {
        Ok(p) => p,
        Err(f) => return vec![f],
    };
    let mut out: Vec<Finding> = all_term(&parsed).into_iter().collect();
    let Tree {
        lookups,
        missing,
        unknown,
        records: tree,
    } = tree(dns, &parsed).await;
    out.extend(tree_findings(lookups, &missing));
    let found = found.await;
    if let Some(outgoing) = found.as_ref().and_then(|d| d.outgoing.first()) {
        let cover = covers(dns, domain, &tree, outgoing).await;
        out.extend(cover_finding(cover, &outgoing.host, unknown.is_empty()));
    }
    out.extend(unknown);
    // "All is well" only when every record could be read.
    if !out
        .iter()
        .any(|f| matches!(f.status, Status::Problem | Status::Unknown))
    {
        out.insert(
            0,
            Finding::plain(
                Check::Spf,
                FindingId::SpfOk,
                t!("doctor-spf-ok", lookups = lookups),
            ),
        );
    }
    out
}

/// The domain's one SPF record, parsed; or why there is none to read.
fn the_record(domain: &str, records: &[String]) -> Result<Spf, Finding> {
    let record = match records {
        [] => {
            return Err(Finding::new(
                Check::Spf,
                FindingId::SpfMissing,
                t!("doctor-spf-missing", domain = domain),
                t!("doctor-spf-missing-advice"),
            ));
        }
        [one] => one,
        _ => {
            return Err(Finding::new(
                Check::Spf,
                FindingId::SpfSeveral,
                t!("doctor-spf-several", count = records.len()),
                t!("doctor-spf-several-advice"),
            ));
        }
    };
    parse(record).map_err(|e| {
        Finding::new(
            Check::Spf,
            FindingId::SpfBroken,
            t!("doctor-spf-broken", reason = e.to_string()),
            t!("doctor-spf-broken-advice"),
        )
    })
}

/// What the record's `all` term tells receivers to do with forged mail, when that is worth saying.
fn all_term(record: &Spf) -> Option<Finding> {
    match record.all() {
        Some(Qualifier::Pass) => Some(Finding::new(
            Check::Spf,
            FindingId::SpfPlusAll,
            t!("doctor-spf-plus-all"),
            t!("doctor-spf-plus-all-advice"),
        )),
        Some(Qualifier::Fail | Qualifier::SoftFail) => None,
        _ if record.redirect.is_some() => None,
        _ => Some(Finding::new(
            Check::Spf,
            FindingId::SpfNoAll,
            t!("doctor-spf-no-all"),
            t!("doctor-spf-no-all-advice"),
        )),
    }
}

/// Referenced domains without an SPF record, and too many lookups.
fn tree_findings(lookups: usize, missing: &[String]) -> Vec<Finding> {
    let mut out: Vec<Finding> = missing
        .iter()
        .map(|d| {
            Finding::new(
                Check::Spf,
                FindingId::SpfIncludeMissing,
                t!("doctor-spf-include-missing", domain = d.as_str()),
                t!("doctor-spf-include-missing-advice"),
            )
        })
        .collect();
    if lookups > MAX_LOOKUPS {
        out.push(Finding::new(
            Check::Spf,
            FindingId::SpfTooManyLookups,
            t!("doctor-spf-too-many-lookups", count = lookups),
            t!("doctor-spf-too-many-lookups-advice"),
        ));
    }
    out
}

/// What the comparison with the outgoing server adds, given whether every record could be read.
/// A record that could not be read may be the one that lists the server, and a lookup that failed
/// may be the one that matches it: then "could not tell" stands, never "not allowed".
fn cover_finding(cover: Cover, host: &str, every_record_read: bool) -> Option<Finding> {
    match cover {
        Cover::Yes => Some(outgoing_finding(true, host)),
        Cover::No if every_record_read => Some(outgoing_finding(false, host)),
        Cover::Unknown(f) if every_record_read => Some(f),
        // The records that could not be read already say so.
        Cover::No | Cover::Unknown(_) => None,
    }
}

fn outgoing_finding(covered: bool, host: &str) -> Finding {
    if covered {
        Finding::plain(
            Check::Spf,
            FindingId::SpfAllowsOutgoing,
            t!("doctor-spf-covers", host = host),
        )
    } else {
        Finding::new(
            Check::Spf,
            FindingId::SpfOutgoingUnconfirmed,
            t!("doctor-spf-not-covers", host = host),
            t!("doctor-spf-not-covers-advice"),
        )
    }
}

/// What following a domain's SPF includes and redirects found.
struct Tree {
    /// DNS lookups a receiver needs.
    lookups: usize,
    /// Referenced domains that have no SPF record.
    missing: Vec<String>,
    /// "Could not tell" findings: referenced domains whose lookup failed (not the same as missing).
    unknown: Vec<Finding>,
    /// Every record read, the domain's own first.
    records: Vec<Spf>,
}

/// Reads the SPF records reachable from `root` (includes and redirects, breadth first, bounded).
async fn tree(dns: Lookups<'_>, root: &Spf) -> Tree {
    let mut lookups = root.own_lookups();
    let mut missing = Vec::new();
    let mut unknown = Vec::new();
    let mut records = vec![root.clone()];
    let mut seen: HashSet<String> = HashSet::new();
    let mut queue: Vec<String> = root.referenced().iter().map(|s| s.to_string()).collect();
    while let Some(d) = queue.pop() {
        if !seen.insert(d.clone()) || seen.len() > MAX_RECORDS {
            continue;
        }
        let found = match dns.txt(&d).await {
            Ok(found) => found,
            Err(e) => {
                unknown.push(dns_unknown(Check::Spf, &d, &e));
                continue;
            }
        };
        match found.iter().find(|r| is_spf(r)).map(|r| parse(r)) {
            Some(Ok(rec)) => {
                lookups += rec.own_lookups();
                queue.extend(rec.referenced().iter().map(|s| s.to_string()));
                records.push(rec);
            }
            _ => missing.push(d),
        }
    }
    Tree {
        lookups,
        missing,
        unknown,
        records,
    }
}

/// Whether `ip` is in the network `net`/`len` (addresses of the other family never are). A prefix
/// length of 0 matches every address of the family; one past the family's width counts as the full width.
fn in_network(ip: IpAddr, net: IpAddr, len: u8) -> bool {
    // Shifting by the whole width (len 0) leaves no network bits: `checked_shl` says so with `None`.
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(b)) => {
            let mask = u32::MAX
                .checked_shl(32u32.saturating_sub(u32::from(len)))
                .unwrap_or(0);
            u32::from(a) & mask == u32::from(b) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(b)) => {
            let mask = u128::MAX
                .checked_shl(128u32.saturating_sub(u32::from(len)))
                .unwrap_or(0);
            u128::from(a) & mask == u128::from(b) & mask
        }
        _ => false,
    }
}

/// Whether the SPF records allow the outgoing server.
#[derive(Debug)]
enum Cover {
    Yes,
    No,
    /// Nothing allowed it, but a lookup that might have failed: the "could not be checked" finding.
    Unknown(Finding),
}

/// Whether the SPF records allow the outgoing server: by an include of its provider's domain, or by
/// its addresses falling in an ip4/ip6/a/mx term. A name that does not exist allows nothing; a
/// lookup that fails otherwise makes the answer "could not tell" unless another term allows it.
async fn covers(dns: Lookups<'_>, domain: &str, records: &[Spf], outgoing: &Server) -> Cover {
    let reg = registrable_domain(&outgoing.host);
    if records
        .iter()
        .flat_map(|r| r.referenced())
        .any(|d| registrable_domain(d) == reg && reg.is_some())
    {
        return Cover::Yes;
    }
    // The first lookup that failed (not "no such name"), to say so if nothing allows the server.
    let mut failed: Option<Finding> = None;
    let mut or_note = |name: &str, r: Result<Vec<IpAddr>, DnsError>| match r {
        Ok(v) => v,
        Err(e) => {
            if !super::absent(&e) && failed.is_none() {
                failed = Some(dns_unknown(Check::Spf, name, &e));
            }
            Vec::new()
        }
    };
    let ips = or_note(&outgoing.host, dns.addresses(&outgoing.host).await);
    if ips.is_empty() {
        // Nothing can be compared with an address-less server.
        return failed.map_or(Cover::No, Cover::Unknown);
    }
    for r in records {
        for (q, m) in &r.terms {
            if *q != Qualifier::Pass {
                continue;
            }
            let hosts: Vec<String> = match m {
                Mechanism::Ip4(n, l) | Mechanism::Ip6(n, l) => {
                    if ips.iter().any(|ip| in_network(*ip, *n, *l)) {
                        return Cover::Yes;
                    }
                    continue;
                }
                Mechanism::A(d) => vec![d.clone().unwrap_or_else(|| domain.to_owned())],
                Mechanism::Mx(d) => {
                    let name = d.as_deref().unwrap_or(domain);
                    match dns.mx_hosts(name).await {
                        Ok(hosts) => hosts,
                        Err(e) => {
                            or_note(name, Err(e));
                            continue;
                        }
                    }
                }
                _ => continue,
            };
            for h in hosts {
                let addrs = or_note(&h, dns.addresses(&h).await);
                if addrs.iter().any(|a| ips.contains(a)) {
                    return Cover::Yes;
                }
            }
        }
    }
    failed.map_or(Cover::No, Cover::Unknown)
}

// The record parser.

/// A qualifier (RFC 7208 §4.6.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Qualifier {
    Pass,
    Fail,
    SoftFail,
    Neutral,
}

/// A mechanism (RFC 7208 §5).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mechanism {
    All,
    Include(String),
    A(Option<String>),
    Mx(Option<String>),
    Ptr(Option<String>),
    Ip4(IpAddr, u8),
    Ip6(IpAddr, u8),
    Exists(String),
}

impl Mechanism {
    /// Whether a receiver must query DNS for it (counts against the limit of 10).
    pub fn needs_lookup(&self) -> bool {
        matches!(
            self,
            Mechanism::Include(_)
                | Mechanism::A(_)
                | Mechanism::Mx(_)
                | Mechanism::Ptr(_)
                | Mechanism::Exists(_)
        )
    }
}

/// A parsed SPF record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spf {
    pub terms: Vec<(Qualifier, Mechanism)>,
    pub redirect: Option<String>,
    pub exp: Option<String>,
}

impl Spf {
    /// The `all` qualifier, if the record has an `all` term.
    pub fn all(&self) -> Option<Qualifier> {
        self.terms
            .iter()
            .find(|(_, m)| *m == Mechanism::All)
            .map(|(q, _)| *q)
    }

    /// DNS lookups this record itself causes (without following includes).
    pub fn own_lookups(&self) -> usize {
        self.terms.iter().filter(|(_, m)| m.needs_lookup()).count()
            + usize::from(self.redirect.is_some())
    }

    /// The domains whose SPF records must be read too (includes, then the redirect).
    pub fn referenced(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self
            .terms
            .iter()
            .filter_map(|(_, m)| match m {
                Mechanism::Include(d) => Some(d.as_str()),
                _ => None,
            })
            .collect();
        if let Some(r) = &self.redirect {
            out.push(r);
        }
        out
    }
}

/// Why a record is not valid SPF.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpfError {
    #[error("{}", t!("doctor-reason-spf-not-spf"))]
    NotSpf,
    #[error("{}", t!("doctor-reason-spf-unknown-term", value = .0.as_str()))]
    UnknownTerm(String),
    #[error("{}", t!("doctor-reason-spf-missing-domain", value = .0.as_str()))]
    MissingDomain(String),
    #[error("{}", t!("doctor-reason-spf-bad-network", value = .0.as_str()))]
    BadNetwork(String),
    #[error("{}", t!("doctor-reason-spf-duplicate-modifier", value = .0.as_str()))]
    DuplicateModifier(String),
}

/// Whether a TXT string is an SPF record at all (RFC 7208 §4.5: "v=spf1" then space or end).
pub fn is_spf(txt: &str) -> bool {
    // Compare bytes: the text may hold a multi-byte character across byte 6 (found by fuzzing).
    let t = txt.trim_start().as_bytes();
    t.len() >= 6 && t[..6].eq_ignore_ascii_case(b"v=spf1") && (t.len() == 6 || t[6] == b' ')
}

fn network(value: &str, v6: bool) -> Result<(IpAddr, u8), ()> {
    let (ip, len) = match value.split_once('/') {
        Some((ip, len)) => (ip, Some(len)),
        None => (value, None),
    };
    let ip: IpAddr = ip.parse().map_err(|_| ())?;
    if ip.is_ipv6() != v6 {
        return Err(());
    }
    let max = if v6 { 128 } else { 32 };
    let len = match len {
        Some(l) => l.parse::<u8>().map_err(|_| ())?,
        None => max,
    };
    if len > max {
        return Err(());
    }
    Ok((ip, len))
}

/// Parses one SPF record.
pub fn parse(txt: &str) -> Result<Spf, SpfError> {
    if !is_spf(txt) {
        return Err(SpfError::NotSpf);
    }
    let mut spf = Spf::default();
    for term in txt.split_ascii_whitespace().skip(1) {
        // Modifiers: name=value (the name is ALPHA *( ALPHA / DIGIT / "-" / "_" / "." )).
        if let Some((name, value)) = term.split_once('=') {
            if !name.contains(':') && name.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
                let slot = match name.to_ascii_lowercase().as_str() {
                    "redirect" => &mut spf.redirect,
                    "exp" => &mut spf.exp,
                    _ => continue, // unknown modifiers are ignored (RFC 7208 §6)
                };
                if slot.is_some() {
                    return Err(SpfError::DuplicateModifier(name.to_ascii_lowercase()));
                }
                if value.is_empty() {
                    return Err(SpfError::MissingDomain(term.to_owned()));
                }
                *slot = Some(value.to_ascii_lowercase());
                continue;
            }
        }
        let (qualifier, rest) = match term.as_bytes().first() {
            Some(b'+') => (Qualifier::Pass, &term[1..]),
            Some(b'-') => (Qualifier::Fail, &term[1..]),
            Some(b'~') => (Qualifier::SoftFail, &term[1..]),
            Some(b'?') => (Qualifier::Neutral, &term[1..]),
            _ => (Qualifier::Pass, term),
        };
        let (name, arg) = match rest.find([':', '/']) {
            Some(i) if rest.as_bytes()[i] == b':' => (&rest[..i], Some(&rest[i + 1..])),
            Some(i) => (&rest[..i], Some(&rest[i..])),
            None => (rest, None),
        };
        let domain_arg = |arg: Option<&str>| -> Option<String> {
            arg.filter(|a| !a.starts_with('/') && !a.is_empty())
                .map(|a| a.split('/').next().unwrap_or(a).to_ascii_lowercase())
        };
        let mechanism = match name.to_ascii_lowercase().as_str() {
            "all" if arg.is_none() => Mechanism::All,
            "include" => Mechanism::Include(
                domain_arg(arg).ok_or_else(|| SpfError::MissingDomain(term.to_owned()))?,
            ),
            "exists" => Mechanism::Exists(
                domain_arg(arg).ok_or_else(|| SpfError::MissingDomain(term.to_owned()))?,
            ),
            "a" => Mechanism::A(domain_arg(arg)),
            "mx" => Mechanism::Mx(domain_arg(arg)),
            "ptr" => Mechanism::Ptr(domain_arg(arg)),
            "ip4" => {
                let (ip, len) = network(arg.unwrap_or(""), false)
                    .map_err(|_| SpfError::BadNetwork(term.to_owned()))?;
                Mechanism::Ip4(ip, len)
            }
            "ip6" => {
                let (ip, len) = network(arg.unwrap_or(""), true)
                    .map_err(|_| SpfError::BadNetwork(term.to_owned()))?;
                Mechanism::Ip6(ip, len)
            }
            _ => return Err(SpfError::UnknownTerm(term.to_owned())),
        };
        spf.terms.push((qualifier, mechanism));
    }
    Ok(spf)
}

#[cfg(test)]
mod tests;
