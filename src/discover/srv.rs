//! RFC 6186 / RFC 8314 SRV records: `_imaps._tcp`, `_imap._tcp`, `_pop3s._tcp`, `_pop3._tcp`,
//! `_submissions._tcp` (implicit TLS, RFC 8314 §5.1) and `_submission._tcp`.
//!
//! Records are ordered by priority (lowest first) and, within a priority, by weight (highest first) —
//! RFC 2782's weighted random choice made deterministic, since we rank rather than connect. A single
//! record whose target is "." means the service is decidedly not offered (RFC 2782, RFC 6186 §4).
//! The `_imap`, `_pop3` and `_submission` services are used with STARTTLS: we never send a password
//! over an unencrypted connection. Answers validated by DNSSEC are vouched; others are not. The
//! username is the full address (RFC 6186 §5 recommends trying it first).

use super::{Ctx, Outcome, Ranked, Reporter, SourceError};
use crate::address::normalise_host;
use crate::model::{Protocol, Security, Server, SourceId};
use crate::net::Srv;

/// The services we look up, in the order they are reported.
pub(crate) const SERVICES: [(&str, Protocol, Security); 6] = [
    ("_imaps._tcp", Protocol::Imap, Security::Tls),
    ("_imap._tcp", Protocol::Imap, Security::Starttls),
    ("_pop3s._tcp", Protocol::Pop3, Security::Tls),
    ("_pop3._tcp", Protocol::Pop3, Security::Starttls),
    ("_submissions._tcp", Protocol::Smtp, Security::Tls),
    ("_submission._tcp", Protocol::Smtp, Security::Starttls),
];

/// Usable targets of one service, best first; empty for the "." target or no records.
pub(crate) fn order_records(records: &[Srv]) -> Vec<(String, u16)> {
    let mut recs: Vec<&Srv> = records
        .iter()
        .filter(|r| r.target.is_some() && r.port > 0)
        .collect();
    recs.sort_by(|a, b| a.priority.cmp(&b.priority).then(b.weight.cmp(&a.weight)));
    let mut out: Vec<(String, u16)> = Vec::new();
    for r in recs {
        if let Some(host) = r.target.as_deref().and_then(normalise_host) {
            if !out.iter().any(|(h, p)| *h == host && *p == r.port) {
                out.push((host, r.port));
            }
        }
    }
    out
}

pub(super) async fn run(ctx: &Ctx, rep: &Reporter) -> Result<Outcome, SourceError> {
    let domain = ctx.addr.domain();
    let lookups = SERVICES.iter().map(|(svc, _, _)| {
        let name = format!("{svc}.{domain}");
        async move { ctx.net.srv(&name).await }
    });
    let answers = futures_util::future::join_all(lookups).await;
    let mut ranked = Vec::new();
    let mut notes = Vec::new();
    let mut first_err = None;
    let mut answered = 0;
    for ((svc, protocol, security), answer) in SERVICES.iter().zip(answers) {
        let answer = match answer {
            Ok(a) => a,
            Err(crate::net::DnsError::NxDomain(_) | crate::net::DnsError::NoRecords(_)) => {
                answered += 1;
                continue;
            }
            Err(e) => {
                first_err.get_or_insert(e);
                continue;
            }
        };
        answered += 1;
        let targets = order_records(&answer.value);
        if targets.is_empty() {
            notes.push(format!("{svc}: not offered"));
            continue;
        }
        let record = format!("dns:{svc}.{domain}");
        for (host, port) in targets {
            let order = u32::try_from(ranked.len()).unwrap_or(u32::MAX);
            ranked.push(Ranked {
                server: Server {
                    protocol: *protocol,
                    host,
                    port,
                    security: *security,
                    username: ctx.addr.to_string(),
                    auth: crate::model::Auth::PasswordCleartext,
                    source: SourceId::Srv,
                    url: record.clone(),
                    trusted: answer.dnssec,
                    oauth: None,
                },
                order,
            });
        }
    }
    if answered == 0 {
        if let Some(e) = first_err {
            return Err(e.into());
        }
    }
    let n = ranked.len();
    let signed = ranked.iter().any(|r| r.server.trusted);
    rep.found_ranked(ranked);
    let mut detail = if n > 0 {
        format!(
            "{n} record{} for {domain} ({})",
            if n == 1 { "" } else { "s" },
            if signed { "DNSSEC-signed" } else { "unsigned" }
        )
    } else {
        format!("no mail SRV records for {domain}")
    };
    if !notes.is_empty() {
        detail.push_str("; ");
        detail.push_str(&notes.join(", "));
    }
    Ok(Outcome { detail })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn srv(priority: u16, weight: u16, port: u16, target: Option<&str>) -> Srv {
        Srv {
            priority,
            weight,
            port,
            target: target.map(str::to_owned),
        }
    }

    #[test]
    fn orders_by_priority_then_weight() {
        let recs = [
            srv(20, 100, 993, Some("backup.example.com")),
            srv(10, 1, 993, Some("small.example.com")),
            srv(10, 50, 993, Some("Big.Example.com.")),
        ];
        assert_eq!(
            order_records(&recs),
            [
                ("big.example.com".to_string(), 993),
                ("small.example.com".to_string(), 993),
                ("backup.example.com".to_string(), 993)
            ]
        );
    }

    #[test]
    fn dot_target_means_not_offered() {
        assert!(order_records(&[srv(0, 0, 0, None)]).is_empty());
        assert!(order_records(&[srv(0, 0, 993, Some("bad host!"))]).is_empty());
    }
}
