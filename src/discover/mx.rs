//! The provider behind the domain's MX record.
//!
//! The most-preferred MX host (lowest preference; ties broken by name so the answer is stable) gives two
//! candidate provider domains: its registrable domain (public suffix list) and the host minus its first
//! label (e.g. `mail.protection.outlook.com` for `x.mail.protection.outlook.com`). Each is looked up in
//! the bundled data (domains and MX domains), then the ISPDB, then that domain's own
//! `https://autoconfig.<domain>/mail/config-v1.1.xml` — without the user's address, which is not that
//! domain's business. Candidates equal to the address's own domain are skipped (other sources ask it).
//! Results are vouched only when the MX answer was DNSSEC-validated and the lookup itself was vouched.

use super::{Ctx, Outcome, Reporter, SourceError, bundled, describe_found, fetch_config, ispdb};
use crate::address::registrable_domain;
use crate::model::{Server, SourceId};
use crate::net::Mx;

/// The most-preferred MX host, or `None` for no MX or a null MX (RFC 7505, target ".").
pub(crate) fn preferred(records: &[Mx]) -> Option<&str> {
    records
        .iter()
        .filter(|m| !m.exchange.is_empty())
        .min_by(|a, b| {
            a.preference
                .cmp(&b.preference)
                .then_with(|| a.exchange.cmp(&b.exchange))
        })
        .map(|m| m.exchange.as_str())
}

/// Provider domains to try for an MX host, best first, skipping the address's own domains.
pub(crate) fn provider_domains(mx_host: &str, own_domain: &str) -> Vec<String> {
    let own_reg = registrable_domain(own_domain).unwrap_or(own_domain);
    let mut out: Vec<String> = Vec::new();
    let parent = mx_host.split_once('.').map(|(_, rest)| rest);
    // The parent first: it is the more specific of the two when they differ
    // (mail.protection.outlook.com before outlook.com).
    let candidates = [parent, registrable_domain(mx_host)];
    for c in candidates.into_iter().flatten() {
        let is_domain = registrable_domain(c).is_some();
        if is_domain && c != own_domain && c != own_reg && !out.iter().any(|o| o == c) {
            out.push(c.to_owned());
        }
    }
    out
}

async fn lookup_one(
    ctx: &Ctx,
    domain: &str,
    trusted_dns: bool,
) -> Result<(Vec<Server>, String), SourceError> {
    let ispdb = ispdb::lookup(ctx, domain, SourceId::Mx, trusted_dns);
    let url = url::Url::parse(&format!("https://autoconfig.{domain}/mail/config-v1.1.xml")).ok();
    let own = async {
        match &url {
            Some(u) => fetch_config(ctx, u, ctx.opts.timeouts.http)
                .await
                .map(|(cfg, fetched)| {
                    let shown = fetched.url.to_string();
                    let trusted = trusted_dns && fetched.url.scheme() == "https";
                    (
                        cfg.resolve(&ctx.addr, SourceId::Mx, &shown, trusted),
                        describe_found(&cfg, &shown),
                    )
                }),
            None => Ok((Vec::new(), String::new())),
        }
    };
    let (a, b) = tokio::join!(ispdb, own);
    match (a, b) {
        (Ok(found), _) if !found.0.is_empty() => Ok(found),
        (_, Ok(found)) if !found.0.is_empty() => Ok(found),
        (Err(e), _) => Err(e),
        (Ok(found), _) => Ok(found),
    }
}

pub(super) async fn run(ctx: &Ctx, rep: &Reporter) -> Result<Outcome, SourceError> {
    let domain = ctx.addr.domain();
    let answer = match tokio::time::timeout(ctx.opts.timeouts.dns, ctx.net.mx(domain)).await {
        Ok(r) => r?,
        Err(_) => return Err(SourceError::Dns(crate::net::DnsError::Timeout)),
    };
    let Some(host) = preferred(&answer.value) else {
        return Ok(Outcome {
            detail: format!("{domain} has a null MX record: it receives no mail"),
        });
    };
    let candidates = provider_domains(host, domain);
    if candidates.is_empty() {
        return Ok(Outcome {
            detail: format!("the mail server {host} belongs to the domain itself"),
        });
    }
    let signed = if answer.dnssec {
        "DNSSEC-signed"
    } else {
        "unsigned"
    };
    // The bundled data answers at once.
    for c in &candidates {
        if let Some(cfg) = bundled::data().lookup(c) {
            let url = format!("mx:{host} bundled:{}", cfg.id);
            rep.found(cfg.resolve(&ctx.addr, SourceId::Mx, &url, answer.dnssec));
            return Ok(Outcome {
                detail: format!("MX {host} ({signed}) → {}", describe_found(cfg, &url)),
            });
        }
    }
    let results = futures_util::future::join_all(
        candidates.iter().map(|c| lookup_one(ctx, c, answer.dnssec)),
    )
    .await;
    let mut first_err = None;
    for r in results {
        match r {
            Ok((servers, detail)) if !servers.is_empty() => {
                rep.found(servers);
                return Ok(Outcome {
                    detail: format!("MX {host} ({signed}) → {detail}"),
                });
            }
            Ok(_) => {}
            Err(e) => {
                first_err.get_or_insert(e);
            }
        }
    }
    Ok(Outcome {
        detail: match first_err {
            Some(e) => format!("MX {host}: no provider settings found ({e})"),
            None => format!("MX {host}: no provider settings found"),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_lowest_preference_and_ignores_null_mx() {
        let recs = vec![
            Mx {
                preference: 20,
                exchange: "b.example.net".into(),
            },
            Mx {
                preference: 10,
                exchange: "z.example.net".into(),
            },
            Mx {
                preference: 10,
                exchange: "a.example.net".into(),
            },
        ];
        assert_eq!(preferred(&recs), Some("a.example.net"));
        assert_eq!(
            preferred(&[Mx {
                preference: 0,
                exchange: String::new()
            }]),
            None
        );
    }

    #[test]
    fn provider_domains_from_mx_host() {
        assert_eq!(
            provider_domains("example-com.mail.protection.outlook.com", "example.com"),
            ["mail.protection.outlook.com", "outlook.com"]
        );
        assert_eq!(
            provider_domains("aspmx.l.google.com", "shop.co.uk"),
            ["l.google.com", "google.com"]
        );
        assert_eq!(
            provider_domains("mx00.kundenserver.de", "x.de"),
            ["kundenserver.de"]
        );
        assert!(provider_domains("mail.shop.co.uk", "shop.co.uk").is_empty());
        assert!(provider_domains("mx.shop.co.uk", "mail.shop.co.uk").is_empty());
    }
}
