//! MTA-STS (RFC 8461) and SMTP TLS reporting (RFC 8460): both checks, and the parsers they rest on
//! (the `_mta-sts` record, the `_smtp._tls` record and the policy file).
//!
//! The MTA-STS check reads the `_mta-sts` record, fetches the policy from
//! `https://mta-sts.<domain>/.well-known/mta-sts.txt`, parses it and compares its `mx:` patterns with
//! the domain's MX records. A DNS lookup on the way that fails (not "no such name": the `_mta-sts`
//! record, the policy host's address, the MX records) makes the check "could not be checked".

use std::time::Duration;

use super::{Check, Finding, FindingId, Lookups, absent, dns_unknown, txt_records};
use crate::t;

/// The longest `max_age` a policy may ask for, in seconds (RFC 8461 §3.2: about one year).
pub(super) const MAX_AGE_LIMIT: u64 = 31_557_600;

pub(super) async fn check(dns: Lookups<'_>, domain: &str, limit: Duration) -> Vec<Finding> {
    let is_sts = |r: &str| r.trim_start().starts_with("v=STSv1");
    let records = match txt_records(dns, Check::MtaSts, &format!("_mta-sts.{domain}"), is_sts).await
    {
        Ok(r) => r,
        Err(f) => return vec![f],
    };
    if let Err(f) = judge_record(&records) {
        return vec![f];
    }
    let address = format!("https://mta-sts.{domain}/.well-known/mta-sts.txt");
    let url = match url::Url::parse(&address) {
        Ok(u) => u,
        Err(e) => return vec![unreadable(&address, &e.to_string())],
    };
    // The policy host's name first, under the DNS limit: a DNS server that fails here would
    // otherwise read as a policy that cannot be fetched (a problem), not as "could not be checked".
    // A host that does not exist is left to the fetch, which says so.
    let host = format!("mta-sts.{domain}");
    if let Err(e) = dns.addresses(&host).await
        && !absent(&e)
    {
        return vec![dns_unknown(Check::MtaSts, &host, &e)];
    }
    let body = match tokio::time::timeout(limit, dns.net.fetch(&url, None)).await {
        Ok(Ok(f)) => String::from_utf8_lossy(&f.body).into_owned(),
        Ok(Err(e)) => return vec![unreadable(url.as_str(), &e.to_string())],
        Err(_) => {
            return vec![Finding::new(
                Check::MtaSts,
                FindingId::MtaStsPolicyTimedOut,
                t!("doctor-mta-sts-timeout", url = url.as_str()),
                String::new(),
            )];
        }
    };
    let mx_hosts = dns
        .mx_hosts(domain)
        .await
        .map_err(|e| dns_unknown(Check::MtaSts, domain, &e));
    vec![judge_policy_against(&body, mx_hosts)]
}

/// The finding for a fetched policy file, given the domain's MX hosts or the finding that their
/// lookup failed. Without MX hosts there is nothing the policy could miss; when their lookup failed,
/// a policy that must list them could be missing one, so only a broken policy or mode none (which
/// lists nothing that matters) are judged, and otherwise it could not be checked.
fn judge_policy_against(body: &str, mx_hosts: Result<Vec<String>, Finding>) -> Finding {
    match mx_hosts {
        Ok(hosts) => judge_policy(body, &hosts),
        Err(unknown) => match parse_policy(body) {
            Ok(p) if p.mode != Mode::None => unknown,
            _ => judge_policy(body, &[]),
        },
    }
}

/// Whether the `_mta-sts` records (those starting `v=STSv1`) are there and the first is valid.
fn judge_record(records: &[String]) -> Result<(), Finding> {
    let Some(record) = records.first() else {
        return Err(Finding::new(
            Check::MtaSts,
            FindingId::MtaStsMissing,
            t!("doctor-mta-sts-missing"),
            t!("doctor-mta-sts-missing-advice"),
        ));
    };
    parse_record(record)
        .map(drop)
        .map_err(|e| broken(FindingId::MtaStsRecordBroken, &e))
}

fn broken(id: FindingId, e: &StsError) -> Finding {
    Finding::new(
        Check::MtaSts,
        id,
        t!("doctor-mta-sts-broken", reason = e.to_string()),
        t!("doctor-mta-sts-broken-advice"),
    )
}

fn unreadable(url: &str, reason: &str) -> Finding {
    Finding::new(
        Check::MtaSts,
        FindingId::MtaStsPolicyUnreadable,
        t!("doctor-mta-sts-unfetchable", url = url, reason = reason),
        t!("doctor-mta-sts-broken-advice"),
    )
}

/// The finding for a fetched policy file, given the domain's MX hosts.
fn judge_policy(body: &str, mx_hosts: &[String]) -> Finding {
    let policy = match parse_policy(body) {
        Ok(p) => p,
        Err(e) => return broken(FindingId::MtaStsPolicyBroken, &e),
    };
    let uncovered: Vec<&str> = mx_hosts
        .iter()
        .filter(|h| !policy.mx.iter().any(|p| mx_matches(p, h)))
        .map(String::as_str)
        .collect();
    if !uncovered.is_empty() && policy.mode != Mode::None {
        return Finding::new(
            Check::MtaSts,
            FindingId::MtaStsMxNotListed,
            t!("doctor-mta-sts-mx-mismatch", hosts = uncovered.join(", ")),
            t!("doctor-mta-sts-mx-mismatch-advice"),
        );
    }
    match policy.mode {
        Mode::Enforce => Finding::plain(
            Check::MtaSts,
            FindingId::MtaStsEnforce,
            t!("doctor-mta-sts-enforce"),
        ),
        Mode::Testing => Finding::new(
            Check::MtaSts,
            FindingId::MtaStsTesting,
            t!("doctor-mta-sts-testing"),
            t!("doctor-mta-sts-testing-advice"),
        ),
        Mode::None => Finding::new(
            Check::MtaSts,
            FindingId::MtaStsModeNone,
            t!("doctor-mta-sts-none"),
            t!("doctor-mta-sts-missing-advice"),
        ),
    }
}

pub(super) async fn check_tls_rpt(dns: Lookups<'_>, domain: &str) -> Vec<Finding> {
    let is_rpt = |r: &str| r.trim_start().starts_with("v=TLSRPTv1");
    match txt_records(dns, Check::TlsRpt, &format!("_smtp._tls.{domain}"), is_rpt).await {
        Ok(records) => vec![judge_tls_rpt(&records)],
        Err(f) => vec![f],
    }
}

/// The finding for the `_smtp._tls` records (those starting `v=TLSRPTv1`); the first one counts.
fn judge_tls_rpt(records: &[String]) -> Finding {
    match records.first().map(|r| parse_tls_rpt(r)) {
        None => Finding::new(
            Check::TlsRpt,
            FindingId::TlsRptMissing,
            t!("doctor-tls-rpt-missing"),
            t!("doctor-tls-rpt-missing-advice"),
        ),
        Some(Ok(rua)) => Finding::plain(
            Check::TlsRpt,
            FindingId::TlsRptOk,
            t!("doctor-tls-rpt-ok", to = rua.join(", ")),
        ),
        Some(Err(e)) => Finding::new(
            Check::TlsRpt,
            FindingId::TlsRptBroken,
            t!("doctor-tls-rpt-broken", reason = e.to_string()),
            t!("doctor-tls-rpt-broken-advice"),
        ),
    }
}

// The parsers.

/// A parsed MTA-STS policy (`https://mta-sts.<domain>/.well-known/mta-sts.txt`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Policy {
    pub mode: Mode,
    pub mx: Vec<String>,
    pub max_age: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    Enforce,
    Testing,
    None,
}

/// Why a policy or record is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(super) enum StsError {
    #[error("{}", t!("doctor-reason-sts-no-version"))]
    NoVersion,
    #[error("{}", t!("doctor-reason-sts-bad-mode"))]
    BadMode,
    #[error("{}", t!("doctor-reason-sts-bad-max-age"))]
    BadMaxAge,
    #[error("{}", t!("doctor-reason-sts-no-mx"))]
    NoMx,
    #[error("{}", t!("doctor-reason-sts-bad-record"))]
    BadRecord,
    #[error("{}", t!("doctor-reason-tls-rpt-bad"))]
    BadTlsRpt,
}

/// Parses the `_mta-sts` TXT record: `v=STSv1; id=…`.
pub(super) fn parse_record(txt: &str) -> Result<String, StsError> {
    let mut tags = txt.split(';').map(str::trim).filter(|t| !t.is_empty());
    if tags.next().map(|t| t.replace(' ', "")) != Some("v=STSv1".into()) {
        return Err(StsError::BadRecord);
    }
    tags.find_map(|t| t.strip_prefix("id=").map(str::to_owned))
        .filter(|id| {
            !id.is_empty() && id.len() <= 32 && id.chars().all(|c| c.is_ascii_alphanumeric())
        })
        .ok_or(StsError::BadRecord)
}

/// Parses the `_smtp._tls` TXT record: `v=TLSRPTv1; rua=mailto:…`; returns the report addresses.
pub(super) fn parse_tls_rpt(txt: &str) -> Result<Vec<String>, StsError> {
    let mut tags = txt.split(';').map(str::trim).filter(|t| !t.is_empty());
    if tags.next().map(|t| t.replace(' ', "")) != Some("v=TLSRPTv1".into()) {
        return Err(StsError::BadTlsRpt);
    }
    let rua: Vec<String> = tags
        .filter_map(|t| t.strip_prefix("rua="))
        .flat_map(|v| v.split(',').map(|a| a.trim().to_owned()))
        .filter(|a| a.starts_with("mailto:") || a.starts_with("https:"))
        .collect();
    if rua.is_empty() {
        return Err(StsError::BadTlsRpt);
    }
    Ok(rua)
}

/// Parses a policy file.
pub(super) fn parse_policy(text: &str) -> Result<Policy, StsError> {
    let mut version = false;
    let mut mode = None;
    let mut max_age = None;
    let mut mx = Vec::new();
    for line in text.lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        match k.trim() {
            "version" => version = v == "STSv1",
            "mode" => {
                mode = match v {
                    "enforce" => Some(Mode::Enforce),
                    "testing" => Some(Mode::Testing),
                    "none" => Some(Mode::None),
                    _ => return Err(StsError::BadMode),
                }
            }
            "max_age" => max_age = v.parse::<u64>().ok().filter(|a| *a <= MAX_AGE_LIMIT),
            "mx" => mx.push(v.to_ascii_lowercase()),
            _ => {}
        }
    }
    if !version {
        return Err(StsError::NoVersion);
    }
    let mode = mode.ok_or(StsError::BadMode)?;
    let max_age = max_age.ok_or(StsError::BadMaxAge)?;
    if mx.is_empty() && mode != Mode::None {
        return Err(StsError::NoMx);
    }
    Ok(Policy { mode, mx, max_age })
}

/// Whether an MX host matches a policy pattern (`mail.example.com` or `*.example.com`, RFC 8461 §4.1).
pub(super) fn mx_matches(pattern: &str, host: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(suffix) => host
            .split_once('.')
            .is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(suffix)),
        None => pattern.eq_ignore_ascii_case(host),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doctor::Status;

    #[test]
    fn policy_and_records() {
        let p = parse_policy("version: STSv1\nmode: enforce\nmx: mail.example.com\nmx: *.example.net\nmax_age: 604800\n").unwrap();
        assert_eq!(p.mode, Mode::Enforce);
        assert_eq!(p.mx, ["mail.example.com", "*.example.net"]);
        assert!(mx_matches("*.example.net", "mx1.example.net"));
        assert!(!mx_matches("*.example.net", "a.b.example.net"));
        assert_eq!(
            parse_record("v=STSv1; id=20240101T000000;"),
            Ok("20240101T000000".into())
        );
        assert_eq!(
            parse_tls_rpt("v=TLSRPTv1; rua=mailto:tls@example.com"),
            Ok(vec!["mailto:tls@example.com".into()])
        );
    }

    #[test]
    fn broken_policies() {
        assert_eq!(
            parse_policy("mode: enforce\nmx: a\nmax_age: 1"),
            Err(StsError::NoVersion)
        );
        assert_eq!(
            parse_policy("version: STSv1\nmode: strict\nmx: a\nmax_age: 1"),
            Err(StsError::BadMode)
        );
        assert_eq!(
            parse_policy("version: STSv1\nmode: enforce\nmx: a"),
            Err(StsError::BadMaxAge)
        );
        assert_eq!(
            parse_policy("version: STSv1\nmode: enforce\nmax_age: 100"),
            Err(StsError::NoMx)
        );
        assert_eq!(parse_record("v=STSv1;"), Err(StsError::BadRecord));
        assert_eq!(parse_tls_rpt("v=TLSRPTv1;"), Err(StsError::BadTlsRpt));
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn findings_per_record() {
        let id = |r: Result<(), Finding>| r.map_err(|f| (f.id, f.status));
        assert_eq!(
            id(judge_record(&[])),
            Err((FindingId::MtaStsMissing, Status::Warning))
        );
        assert_eq!(
            id(judge_record(&strings(&["v=STSv1;"]))),
            Err((FindingId::MtaStsRecordBroken, Status::Problem))
        );
        assert_eq!(id(judge_record(&strings(&["v=STSv1; id=2026"]))), Ok(()));
        let f = unreadable(
            "https://mta-sts.a.example/.well-known/mta-sts.txt",
            "HTTP 404",
        );
        assert_eq!(
            (f.id, f.status),
            (FindingId::MtaStsPolicyUnreadable, Status::Problem)
        );
        assert!(f.message.contains("mta-sts.a.example"));
    }

    #[test]
    fn findings_per_policy() {
        let mx = strings(&["mx1.a.example", "mx2.a.example"]);
        let id = |body: &str| {
            let f = judge_policy(body, &mx);
            (f.id, f.status)
        };
        let policy = |mode: &str, pattern: &str| {
            format!("version: STSv1\nmode: {mode}\nmx: {pattern}\nmax_age: 86400\n")
        };
        assert_eq!(
            id(&policy("enforce", "*.a.example")),
            (FindingId::MtaStsEnforce, Status::Ok)
        );
        assert_eq!(
            id(&policy("testing", "*.a.example")),
            (FindingId::MtaStsTesting, Status::Warning)
        );
        assert_eq!(
            id(&policy("none", "other.example")),
            (FindingId::MtaStsModeNone, Status::Warning),
            "mode none does not need the MX hosts"
        );
        let missed = judge_policy(&policy("enforce", "mx1.a.example"), &mx);
        assert_eq!(
            (missed.id, missed.status),
            (FindingId::MtaStsMxNotListed, Status::Problem)
        );
        assert!(missed.message.contains("mx2.a.example") && !missed.message.contains("mx1"));
        assert_eq!(
            id("version: STSv1\nmode: strict\n"),
            (FindingId::MtaStsPolicyBroken, Status::Problem)
        );
    }

    /// When the MX lookup failed, a policy that must list the MX hosts could not be checked; a
    /// broken policy, or one switched off, is judged all the same.
    #[test]
    fn policy_when_the_mx_lookup_failed() {
        let failed = || {
            Err(crate::doctor::dns_unknown(
                Check::MtaSts,
                "a.example",
                &crate::net::DnsError::ServFail,
            ))
        };
        let id = |body: &str| {
            let f = judge_policy_against(body, failed());
            (f.id, f.status)
        };
        let policy =
            |mode: &str| format!("version: STSv1\nmode: {mode}\nmx: *.a.example\nmax_age: 86400\n");
        assert_eq!(
            id(&policy("enforce")),
            (FindingId::DnsFailed, Status::Unknown)
        );
        assert_eq!(
            id(&policy("testing")),
            (FindingId::DnsFailed, Status::Unknown)
        );
        assert_eq!(
            id(&policy("none")),
            (FindingId::MtaStsModeNone, Status::Warning)
        );
        assert_eq!(
            id("version: STSv1\nmode: strict\n"),
            (FindingId::MtaStsPolicyBroken, Status::Problem)
        );
        let f = judge_policy_against(&policy("enforce"), Ok(strings(&["mx1.a.example"])));
        assert_eq!(f.id, FindingId::MtaStsEnforce);
    }

    #[test]
    fn findings_per_tls_rpt_record() {
        let id = |v: &[&str]| {
            let f = judge_tls_rpt(&strings(v));
            (f.id, f.status)
        };
        assert_eq!(id(&[]), (FindingId::TlsRptMissing, Status::Warning));
        assert_eq!(
            id(&["v=TLSRPTv1; rua=mailto:tls@a.example"]),
            (FindingId::TlsRptOk, Status::Ok)
        );
        assert_eq!(
            id(&["v=TLSRPTv1;"]),
            (FindingId::TlsRptBroken, Status::Problem)
        );
    }
}
