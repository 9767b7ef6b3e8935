//! Whether the domain publishes its settings for mail programs: an autoconfig file at
//! `https://autoconfig.<domain>/mail/config-v1.1.xml` (read with discovery's parser,
//! `discover::config`) or RFC 6186 SRV records (ordered with `discover::srv`).

use std::time::Duration;

use super::{Check, Finding, FindingId};
use crate::discover;
use crate::net::Net;
use crate::t;

pub(super) async fn check(net: &Net, domain: &str, limit: Duration) -> Vec<Finding> {
    let url = url::Url::parse(&format!("https://autoconfig.{domain}/mail/config-v1.1.xml")).ok();
    // A file that cannot be fetched or read, like an address that is not a URL, publishes nothing.
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
    let (published, has_srv) = tokio::join!(autoconfig, srv);
    judge(domain, published.as_deref(), has_srv)
}

/// The findings for an autoconfig file found at `published` (if any) and SRV records (if any).
fn judge(domain: &str, published: Option<&str>, has_srv: bool) -> Vec<Finding> {
    let mut out = Vec::new();
    if let Some(url) = published {
        out.push(Finding::plain(
            Check::Autoconfig,
            FindingId::AutoconfigOk,
            t!("doctor-autoconfig-ok", url = url),
        ));
    }
    if has_srv {
        out.push(Finding::plain(
            Check::Autoconfig,
            FindingId::SrvOk,
            t!("doctor-srv-ok"),
        ));
    }
    if out.is_empty() {
        out.push(Finding::new(
            Check::Autoconfig,
            FindingId::AutoconfigMissing,
            t!("doctor-autoconfig-missing", domain = domain),
            t!("doctor-autoconfig-missing-advice"),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doctor::Status;

    #[test]
    fn findings_for_what_is_published() {
        let ids = |published, srv| -> Vec<FindingId> {
            judge("a.example", published, srv)
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
        let missing = judge("a.example", None, false);
        assert_eq!(
            (missing[0].id, missing[0].status),
            (FindingId::AutoconfigMissing, Status::Warning)
        );
        assert!(missing[0].message.contains("a.example"));
    }
}
