//! DMARC (RFC 7489): the check, and the record parser it rests on. The record is a tag list at
//! `_dmarc.<domain>` that starts with `v=DMARC1` and has a `p=` policy.

use super::{Check, Finding, FindingId, Lookups, txt_records};
use crate::t;

pub(super) async fn check(dns: Lookups<'_>, domain: &str) -> Vec<Finding> {
    match txt_records(dns, Check::Dmarc, &format!("_dmarc.{domain}"), is_dmarc).await {
        Ok(records) => vec![judge(&records)],
        Err(f) => vec![f],
    }
}

/// The finding for the DMARC records at `_dmarc`.
fn judge(records: &[String]) -> Finding {
    let record = match records {
        [] => {
            return Finding::new(
                Check::Dmarc,
                FindingId::DmarcMissing,
                t!("doctor-dmarc-missing"),
                t!("doctor-dmarc-missing-advice"),
            );
        }
        [one] => one,
        _ => {
            return Finding::new(
                Check::Dmarc,
                FindingId::DmarcSeveral,
                t!("doctor-dmarc-several"),
                t!("doctor-dmarc-several-advice"),
            );
        }
    };
    let d = match parse(record) {
        Ok(d) => d,
        Err(e) => {
            return Finding::new(
                Check::Dmarc,
                FindingId::DmarcBroken,
                t!("doctor-dmarc-broken", reason = e.to_string()),
                t!("doctor-dmarc-broken-advice"),
            );
        }
    };
    let reports = if d.rua.is_empty() {
        t!("doctor-dmarc-no-reports")
    } else {
        t!("doctor-dmarc-reports", to = d.rua.join(", "))
    };
    match d.policy {
        Policy::None => Finding::new(
            Check::Dmarc,
            FindingId::DmarcPolicyNone,
            t!("doctor-dmarc-none", reports = reports),
            t!("doctor-dmarc-none-advice"),
        ),
        Policy::Quarantine | Policy::Reject => Finding::plain(
            Check::Dmarc,
            FindingId::DmarcOk,
            t!(
                "doctor-dmarc-ok",
                policy = if d.policy == Policy::Reject {
                    "reject"
                } else {
                    "quarantine"
                },
                reports = reports
            ),
        ),
    }
}

/// The requested policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Policy {
    None,
    Quarantine,
    Reject,
}

/// A parsed DMARC record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dmarc {
    pub policy: Policy,
    pub subdomain_policy: Option<Policy>,
    /// Aggregate report addresses (`rua=`).
    pub rua: Vec<String>,
    pub pct: u8,
}

/// Why a record is not valid DMARC.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DmarcError {
    #[error("{}", t!("doctor-reason-dmarc-not-dmarc"))]
    NotDmarc,
    #[error("{}", t!("doctor-reason-dmarc-no-policy"))]
    NoPolicy,
    #[error("{}", t!("doctor-reason-dmarc-bad-policy", value = .0.as_str()))]
    BadPolicy(String),
    #[error("{}", t!("doctor-reason-dmarc-bad-pct", value = .0.as_str()))]
    BadPct(String),
    #[error("{}", t!("doctor-reason-dmarc-malformed", value = .0.as_str()))]
    Malformed(String),
}

fn policy(v: &str) -> Result<Policy, DmarcError> {
    match v.trim().to_ascii_lowercase().as_str() {
        "none" => Ok(Policy::None),
        "quarantine" => Ok(Policy::Quarantine),
        "reject" => Ok(Policy::Reject),
        other => Err(DmarcError::BadPolicy(other.to_owned())),
    }
}

/// Whether a TXT string claims to be DMARC.
pub fn is_dmarc(txt: &str) -> bool {
    txt.trim_start()
        .to_ascii_lowercase()
        .replace(' ', "")
        .starts_with("v=dmarc1")
}

/// Parses one DMARC record.
pub fn parse(txt: &str) -> Result<Dmarc, DmarcError> {
    let mut tags = txt.split(';').map(str::trim).filter(|t| !t.is_empty());
    let first = tags.next().ok_or(DmarcError::NotDmarc)?;
    match first.split_once('=') {
        Some((k, v)) if k.trim().eq_ignore_ascii_case("v") && v.trim() == "DMARC1" => {}
        _ => return Err(DmarcError::NotDmarc),
    }
    let mut out = Dmarc {
        policy: Policy::None,
        subdomain_policy: None,
        rua: Vec::new(),
        pct: 100,
    };
    let mut saw_policy = false;
    for tag in tags {
        let (k, v) = tag
            .split_once('=')
            .ok_or_else(|| DmarcError::Malformed(tag.to_owned()))?;
        match k.trim().to_ascii_lowercase().as_str() {
            "p" => {
                out.policy = policy(v)?;
                saw_policy = true;
            }
            "sp" => out.subdomain_policy = Some(policy(v)?),
            "rua" => {
                out.rua = v
                    .split(',')
                    .map(|a| a.trim().to_owned())
                    .filter(|a| !a.is_empty())
                    .collect()
            }
            "pct" => {
                out.pct = v
                    .trim()
                    .parse()
                    .ok()
                    .filter(|p| *p <= 100)
                    .ok_or_else(|| DmarcError::BadPct(v.trim().to_owned()))?;
            }
            _ => {}
        }
    }
    if !saw_policy {
        return Err(DmarcError::NoPolicy);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doctor::Status;

    #[test]
    fn parses_policy_and_reports() {
        let d =
            parse("v=DMARC1; p=reject; rua=mailto:dmarc@example.com, mailto:x@example.net; pct=50")
                .unwrap();
        assert_eq!(d.policy, Policy::Reject);
        assert_eq!(d.rua, ["mailto:dmarc@example.com", "mailto:x@example.net"]);
        assert_eq!(d.pct, 50);
        assert_eq!(parse("v=DMARC1;p=none").unwrap().policy, Policy::None);
    }

    #[test]
    fn refuses_broken_records() {
        assert_eq!(parse("v=spf1 -all"), Err(DmarcError::NotDmarc));
        assert_eq!(parse("p=reject; v=DMARC1"), Err(DmarcError::NotDmarc));
        assert_eq!(
            parse("v=DMARC1; rua=mailto:a@b.c"),
            Err(DmarcError::NoPolicy)
        );
        assert_eq!(
            parse("v=DMARC1; p=maybe"),
            Err(DmarcError::BadPolicy("maybe".into()))
        );
        assert_eq!(
            parse("v=DMARC1; p=none; pct=200"),
            Err(DmarcError::BadPct("200".into()))
        );
        assert!(matches!(
            parse("v=DMARC1; p=none; garbage"),
            Err(DmarcError::Malformed(_))
        ));
        assert!(is_dmarc("v=DMARC1; p=none") && !is_dmarc("v=spf1"));
    }

    #[test]
    fn findings_per_record() {
        let judge = |txt: &[&str]| {
            let records: Vec<String> = txt.iter().map(|s| s.to_string()).collect();
            let f = judge(&records);
            assert!(!f.message.is_empty());
            (f.id, f.status)
        };
        assert_eq!(judge(&[]), (FindingId::DmarcMissing, Status::Warning));
        assert_eq!(
            judge(&["v=DMARC1; p=none", "v=DMARC1; p=reject"]),
            (FindingId::DmarcSeveral, Status::Problem)
        );
        assert_eq!(
            judge(&["v=DMARC1; p=maybe"]),
            (FindingId::DmarcBroken, Status::Problem)
        );
        assert_eq!(
            judge(&["v=DMARC1; p=none"]),
            (FindingId::DmarcPolicyNone, Status::Warning)
        );
        assert_eq!(
            judge(&["v=DMARC1; p=quarantine"]),
            (FindingId::DmarcOk, Status::Ok)
        );
        let ok = super::judge(&["v=DMARC1; p=reject; rua=mailto:d@a.example".to_string()]);
        assert_eq!(ok.id, FindingId::DmarcOk);
        assert!(ok.message.contains("mailto:d@a.example"), "{}", ok.message);
    }
}
