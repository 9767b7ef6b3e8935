//! The MX check: the domain has MX records, every target resolves, which provider they point to (from
//! the built-in provider list, as `discover::mx` reads it) and whether they match the incoming server
//! that discovery finds. The records themselves come parsed from the DNS layer; a null MX (RFC 7505,
//! target ".") means the domain receives no mail.

use std::future::Future;

use super::{Check, Finding, FindingId, Lookups, absent, dns_unknown};
use crate::address::{Address, registrable_domain};
use crate::discover::{Discovery, bundled, mx as mxsrc};
use crate::model::{Server, SourceId};
use crate::net::{DnsError, Mx, Net};
use crate::t;

pub(super) async fn check(
    dns: Lookups<'_>,
    domain: &str,
    found: impl Future<Output = Option<Discovery>>,
) -> Vec<Finding> {
    let answer = match dns.mx(domain).await {
        Ok(a) => a,
        Err(e) => return vec![lookup_failed(domain, &e)],
    };
    if is_null(&answer) {
        return vec![Finding::new(
            Check::Mx,
            FindingId::MxNull,
            t!("doctor-mx-null", domain = domain),
            t!("doctor-mx-null-advice"),
        )];
    }
    let hosts = hosts(&answer);
    let resolved = futures_util::future::join_all(hosts.iter().map(|h| dns.addresses(h))).await;
    let mut out: Vec<Finding> = hosts
        .iter()
        .zip(resolved)
        .filter_map(|(h, r)| r.err().map(|e| unresolved(h, e)))
        .collect();
    let best = mxsrc::preferred(&answer)
        .expect("an MX answer that is not null names a host")
        .to_owned();
    let provider = mxsrc::provider_domains(&best, domain)
        .iter()
        .find_map(|d| bundled::data().lookup(d))
        .map(|p| p.display_name.clone().unwrap_or_else(|| p.id.clone()));
    if out.is_empty() {
        out.push(Finding::plain(
            Check::Mx,
            FindingId::MxOk,
            match &provider {
                Some(p) => t!(
                    "doctor-mx-ok-provider",
                    host = best.as_str(),
                    provider = p.as_str()
                ),
                None => t!("doctor-mx-ok", host = best.as_str()),
            },
        ));
    }
    let found = found.await;
    if let Some(incoming) = found.as_ref().and_then(|d| d.incoming.first()) {
        let by_provider = provider.is_some() && incoming.source == SourceId::Mx;
        out.push(compare(&hosts, &best, &incoming.host, by_provider));
    }
    out
}

/// The MX part of the domain check for an address whose incoming server is already known (the
/// send-and-receive test, the diagnosis): where the domain's mail goes, and whether that is this
/// server. Under the doctor's per-check limit.
pub(crate) async fn against(net: &Net, addr: &Address, incoming: &Server) -> Vec<Finding> {
    let found = Discovery {
        address: addr.clone(),
        incoming: vec![incoming.clone()],
        outgoing: Vec::new(),
        sources: Vec::new(),
        elapsed_ms: 0,
    };
    let dns = Lookups {
        net,
        limit: super::DNS_LIMIT,
    };
    let checked = check(dns, addr.domain(), async { Some(found) });
    super::within(Check::Mx, super::CHECK_LIMIT, checked).await
}

/// The finding for an MX lookup that gave no records.
fn lookup_failed(domain: &str, e: &DnsError) -> Finding {
    match e {
        DnsError::NxDomain(_) => Finding::new(
            Check::Mx,
            FindingId::MxDomainMissing,
            t!("doctor-domain-missing", domain = domain),
            t!("doctor-domain-missing-advice"),
        ),
        DnsError::NoRecords(_) => Finding::new(
            Check::Mx,
            FindingId::MxMissing,
            t!("doctor-mx-missing", domain = domain),
            t!("doctor-mx-missing-advice"),
        ),
        other => dns_unknown(Check::Mx, domain, other),
    }
}

/// A null MX (RFC 7505): no record names a host.
fn is_null(answer: &[Mx]) -> bool {
    answer.iter().all(|m| m.exchange.is_empty())
}

/// The hosts the records name, sorted, once each.
fn hosts(answer: &[Mx]) -> Vec<&str> {
    let mut hosts: Vec<&str> = answer
        .iter()
        .map(|m| m.exchange.as_str())
        .filter(|h| !h.is_empty())
        .collect();
    hosts.sort_unstable();
    hosts.dedup();
    hosts
}

/// The finding for an MX host whose address lookup failed: missing only when DNS says so.
fn unresolved(host: &str, e: DnsError) -> Finding {
    if absent(&e) {
        Finding::new(
            Check::Mx,
            FindingId::MxTargetMissing,
            t!("doctor-mx-target-missing", host = host),
            t!("doctor-mx-target-missing-advice"),
        )
    } else {
        dns_unknown(Check::Mx, host, &e)
    }
}

/// Whether the incoming server discovery found is where the MX records deliver: the same
/// registrable domain as an MX host, or found through the MX records of a known provider.
fn compare(hosts: &[&str], best: &str, incoming: &str, by_provider: bool) -> Finding {
    let reg = registrable_domain(incoming);
    if by_provider || hosts.iter().any(|h| registrable_domain(h) == reg) {
        Finding::plain(
            Check::Mx,
            FindingId::MxMatchesIncoming,
            t!("doctor-mx-consistent", host = incoming),
        )
    } else {
        Finding::new(
            Check::Mx,
            FindingId::MxDiffersFromIncoming,
            t!("doctor-mx-inconsistent", incoming = incoming, mx = best),
            t!("doctor-mx-inconsistent-advice"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doctor::Status;

    fn mx(preference: u16, exchange: &str) -> Mx {
        Mx {
            preference,
            exchange: exchange.into(),
        }
    }

    #[test]
    fn lookups_without_records() {
        let nx = lookup_failed("gone.example", &DnsError::NxDomain("gone.example".into()));
        assert_eq!(
            (nx.id, nx.status),
            (FindingId::MxDomainMissing, Status::Problem)
        );
        assert!(nx.message.contains("gone.example"));
        let none = lookup_failed("a.example", &DnsError::NoRecords("a.example".into()));
        assert_eq!(none.id, FindingId::MxMissing);
        let slow = lookup_failed("a.example", &DnsError::Timeout);
        assert_eq!(
            (slow.id, slow.status),
            (FindingId::DnsFailed, Status::Unknown)
        );
        let gone = unresolved("mx.a.example", DnsError::NxDomain("mx.a.example".into()));
        assert_eq!(gone.id, FindingId::MxTargetMissing);
        assert!(gone.message.contains("mx.a.example"));
        assert_eq!(
            unresolved("mx.a.example", DnsError::Failed("refused".into())).id,
            FindingId::DnsFailed
        );
        // SERVFAIL and REFUSED, for the domain or for a host: could not be checked, not missing.
        for e in [DnsError::ServFail, DnsError::Refused, DnsError::Timeout] {
            let f = lookup_failed("a.example", &e);
            assert_eq!((f.id, f.status), (FindingId::DnsFailed, Status::Unknown));
            assert!(f.message.contains("a.example"), "{}", f.message);
            let f = unresolved("mx.a.example", e.clone());
            assert_eq!((f.id, f.status), (FindingId::DnsFailed, Status::Unknown));
            assert!(f.message.contains("mx.a.example"), "{}", f.message);
        }
    }

    #[test]
    fn null_mx_and_hosts() {
        assert!(is_null(&[mx(0, "")]));
        assert!(!is_null(&[mx(0, ""), mx(10, "mx.a.example")]));
        assert_eq!(
            hosts(&[
                mx(20, "b.example"),
                mx(10, "a.example"),
                mx(30, "b.example")
            ]),
            ["a.example", "b.example"]
        );
    }

    #[test]
    fn mx_against_the_incoming_server() {
        let hosts = ["mx1.example.com"];
        let same = compare(&hosts, hosts[0], "imap.example.com", false);
        assert_eq!(
            (same.id, same.status),
            (FindingId::MxMatchesIncoming, Status::Ok)
        );
        let other = compare(&hosts, hosts[0], "imap.elsewhere.net", false);
        assert_eq!(
            (other.id, other.status),
            (FindingId::MxDiffersFromIncoming, Status::Warning)
        );
        assert!(!other.advice.is_empty());
        assert_eq!(
            compare(&hosts, hosts[0], "imap.provider.net", true).id,
            FindingId::MxMatchesIncoming,
            "found through a known provider's MX"
        );
    }
}
