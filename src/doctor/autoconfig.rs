//! Whether the domain publishes its settings for mail programs: an autoconfig file at
//! `https://autoconfig.<domain>/mail/config-v1.1.xml` (read with discovery's parser,
//! `discover::config`) or RFC 6186 SRV records (ordered with `discover::srv`).

use std::time::Duration;

use super::{Check, Finding, FindingId, Lookups, absent, dns_unknown};
use crate::discover;
use crate::t;

pub(super) async fn check(dns: Lookups<'_>, domain: &str, limit: Duration) -> Vec<Finding> {
    let host = format!("autoconfig.{domain}");
    let url = url::Url::parse(&format!("https://{host}/mail/config-v1.1.xml")).ok();
    // A file that cannot be fetched or read, like an address that is not a URL, publishes nothing;
    // a host whose lookup fails (not "no such name") might publish one: "could not be checked".
    let autoconfig = async {
        let Some(url) = url.as_ref() else {
            return Ok(None);
        };
        match dns.addresses(&host).await {
            Err(e) if absent(&e) => return Ok(None),
            Err(e) => return Err(dns_unknown(Check::Autoconfig, &host, &e)),
            Ok(_) => {}
        }
        let Ok(Ok(fetched)) = tokio::time::timeout(limit, dns.net.fetch(url, None)).await else {
            return Ok(None);
        };
        Ok(discover::config::parse(&fetched.body)
            .ok()
            .map(|_| url.to_string()))
    };
    let srv = async {
        let names = discover::srv::SERVICES
            .iter()
            .map(|(s, _, _)| format!("{s}.{domain}"))
            .collect::<Vec<_>>();
        let answers = futures_util::future::join_all(names.iter().map(|n| dns.srv(n))).await;
        let mut failed = None;
        let mut found = false;
        for (name, answer) in names.iter().zip(answers) {
            match answer {
                Ok(records) => found |= !discover::srv::order_records(&records).is_empty(),
                Err(e) if absent(&e) => {}
                Err(e) => {
                    failed.get_or_insert_with(|| dns_unknown(Check::Autoconfig, name, &e));
                }
            }
        }
        if found {
            Ok(true)
        } else {
            failed.map_or(Ok(false), Err)
        }
    };
    let (published, has_srv) = tokio::join!(autoconfig, srv);
    judge(domain, published, has_srv)
}

/// The findings for an autoconfig file found at `published` (if any) and SRV records (if any), each
/// or the finding that its lookup failed. Either one published is enough; "publishes neither" only
/// when both lookups answered.
fn judge(
    domain: &str,
    published: Result<Option<String>, Finding>,
    has_srv: Result<bool, Finding>,
) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Ok(Some(url)) = &published {
        out.push(Finding::plain(
            Check::Autoconfig,
            FindingId::AutoconfigOk,
            t!("doctor-autoconfig-ok", url = url.as_str()),
        ));
    }
    if let Ok(true) = has_srv {
        out.push(Finding::plain(
            Check::Autoconfig,
            FindingId::SrvOk,
            t!("doctor-srv-ok"),
        ));
    }
    if out.is_empty() {
        match (published, has_srv) {
            (Err(unknown), _) | (_, Err(unknown)) => out.push(unknown),
            _ => out.push(Finding::new(
                Check::Autoconfig,
                FindingId::AutoconfigMissing,
                t!("doctor-autoconfig-missing", domain = domain),
                t!("doctor-autoconfig-missing-advice"),
            )),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doctor::Status;
    use crate::net::DnsError;

    #[test]
    fn findings_for_what_is_published() {
        let ids = |published: Option<&str>, srv| -> Vec<FindingId> {
            judge("a.example", Ok(published.map(str::to_owned)), Ok(srv))
                .iter()
                .map(|f| f.id)
                .collect()
        };
        let url = "https://autoconfig.a.example/mail/config-v1.1.xml";
        assert_eq!(
            ids(Some(url), true),
            [FindingId::AutoconfigOk, FindingId::SrvOk]
        );
        assert_eq!(ids(None, true), [FindingId::SrvOk]);
        assert_eq!(ids(Some(url), false), [FindingId::AutoconfigOk]);
        let missing = judge("a.example", Ok(None), Ok(false));
        assert_eq!(
            (missing[0].id, missing[0].status),
            (FindingId::AutoconfigMissing, Status::Warning)
        );
        assert!(missing[0].message.contains("a.example"));
    }

    /// A lookup that failed is "could not be checked", never "publishes neither"; what the other
    /// lookup found still counts.
    #[test]
    fn a_failed_lookup_is_not_missing() {
        fn failed<T>() -> Result<T, Finding> {
            Err(dns_unknown(
                Check::Autoconfig,
                "_imaps._tcp.a.example",
                &DnsError::ServFail,
            ))
        }
        let ids = |f: Vec<Finding>| -> Vec<(FindingId, Status)> {
            f.iter().map(|f| (f.id, f.status)).collect()
        };
        let unknown = [(FindingId::DnsFailed, Status::Unknown)];
        assert_eq!(ids(judge("a.example", Ok(None), failed())), unknown);
        assert_eq!(ids(judge("a.example", failed(), Ok(false))), unknown);
        assert_eq!(ids(judge("a.example", failed(), failed())), unknown);
        assert_eq!(
            ids(judge("a.example", failed(), Ok(true))),
            [(FindingId::SrvOk, Status::Ok)]
        );
        let url = "https://autoconfig.a.example/mail/config-v1.1.xml".to_owned();
        assert_eq!(
            ids(judge("a.example", Ok(Some(url)), failed())),
            [(FindingId::AutoconfigOk, Status::Ok)]
        );
    }
}
