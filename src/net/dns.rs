//! DNS lookups through hickory-resolver: SRV, MX and addresses, each with a typed error, and a
//! second, validating resolver that tells whether an answer was proven by DNSSEC.

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolverConfig, ResolverOpts};
use hickory_resolver::net::NetError;
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::proto::dnssec::Proof;
use hickory_resolver::proto::op::ResponseCode;
use hickory_resolver::proto::rr::RData;
use hickory_resolver::{Resolver, TokioResolver};

use super::{Net, SetupError};

/// Why a lookup gave no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DnsError {
    #[error("{}", crate::t!("error-dns-nxdomain", name = .0.as_str()))]
    NxDomain(String),
    #[error("{}", crate::t!("error-dns-no-records", name = .0.as_str()))]
    NoRecords(String),
    #[error("{}", crate::t!("error-dns-timeout"))]
    Timeout,
    /// The server answered SERVFAIL: it could not give an answer (a broken zone, DNSSEC that does not
    /// validate, an unreachable authoritative server). Not "no such name".
    #[error("{}", crate::t!("error-dns-servfail"))]
    ServFail,
    /// The server answered REFUSED: it will not answer this question (for this client or this name).
    #[error("{}", crate::t!("error-dns-refused"))]
    Refused,
    #[error("{}", crate::t!("error-dns-failed", reason = .0.as_str()))]
    Failed(String),
}

impl DnsError {
    fn from_net(name: &str, e: &NetError) -> DnsError {
        if e.is_nx_domain() {
            DnsError::NxDomain(name.to_owned())
        } else if e.is_no_records_found() {
            DnsError::NoRecords(name.to_owned())
        } else if matches!(e, NetError::Timeout) {
            DnsError::Timeout
        } else if let NetError::Dns(hickory_resolver::net::DnsError::ResponseCode(code)) = e {
            match *code {
                ResponseCode::ServFail => DnsError::ServFail,
                ResponseCode::Refused => DnsError::Refused,
                _ => DnsError::Failed(e.to_string()),
            }
        } else {
            DnsError::Failed(e.to_string())
        }
    }
}

/// An answer, with whether DNSSEC proved every record of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Validated<T> {
    pub value: T,
    pub dnssec: bool,
}

/// One SRV record (RFC 2782). `target` is `None` for the "." target: no such service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Srv {
    pub priority: u16,
    pub weight: u16,
    pub port: u16,
    pub target: Option<String>,
}

/// One MX record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mx {
    pub preference: u16,
    pub exchange: String,
}

fn opts(validate: bool) -> ResolverOpts {
    let mut o = ResolverOpts::default();
    o.timeout = Duration::from_secs(3);
    o.attempts = 2;
    o.validate = validate;
    o.edns0 = true;
    // Every name we look up is fully qualified; never append search domains.
    o.ndots = 0;
    o
}

fn build(config: ResolverConfig, validate: bool) -> Result<TokioResolver, SetupError> {
    let mut b = Resolver::builder_with_config(config, TokioRuntimeProvider::default());
    *b.options_mut() = opts(validate);
    b.build().map_err(|e| SetupError::Resolver(e.to_string()))
}

/// The normal resolver and the validating one, both asking `server` or the system's servers.
pub(super) fn resolvers(
    server: Option<SocketAddr>,
) -> Result<(TokioResolver, TokioResolver), SetupError> {
    let config = match server {
        Some(addr) => {
            let mut udp = ConnectionConfig::udp();
            udp.port = addr.port();
            let mut tcp = ConnectionConfig::tcp();
            tcp.port = addr.port();
            ResolverConfig::from_name_servers(vec![NameServerConfig::new(
                addr.ip(),
                true,
                vec![udp, tcp],
            )])
        }
        None => {
            let (config, _) = hickory_resolver::system_conf::read_system_conf()
                .map_err(|e| SetupError::Resolver(e.to_string()))?;
            config
        }
    };
    Ok((build(config.clone(), false)?, build(config, true)?))
}

fn fqdn(name: &str) -> String {
    if name.ends_with('.') {
        name.to_owned()
    } else {
        format!("{name}.")
    }
}

fn host_of(name: &hickory_resolver::proto::rr::Name) -> String {
    let s = name.to_ascii();
    s.strip_suffix('.').unwrap_or(&s).to_ascii_lowercase()
}

impl Net {
    /// Whether the validating resolver proves every record of this name and type secure.
    async fn proven(&self, name: &str, rtype: hickory_resolver::proto::rr::RecordType) -> bool {
        match self.validating.lookup(fqdn(name), rtype).await {
            Ok(lookup) => {
                !lookup.answers().is_empty()
                    && lookup
                        .answers()
                        .iter()
                        .filter(|r| r.record_type() == rtype)
                        .all(|r| r.proof == Proof::Secure)
            }
            Err(_) => false,
        }
    }

    /// SRV records for `name` (e.g. `_imaps._tcp.example.com`).
    pub async fn srv(&self, name: &str) -> Result<Validated<Vec<Srv>>, DnsError> {
        use hickory_resolver::proto::rr::RecordType;
        let (plain, dnssec) = tokio::join!(
            self.resolver.srv_lookup(fqdn(name)),
            self.proven(name, RecordType::SRV)
        );
        let lookup = plain.map_err(|e| DnsError::from_net(name, &e))?;
        let value = lookup
            .answers()
            .iter()
            .filter_map(|r| match &r.data {
                RData::SRV(s) => Some(Srv {
                    priority: s.priority,
                    weight: s.weight,
                    port: s.port,
                    target: Some(host_of(&s.target)).filter(|t| !t.is_empty()),
                }),
                _ => None,
            })
            .collect();
        Ok(Validated { value, dnssec })
    }

    /// MX records for `domain`.
    pub async fn mx(&self, domain: &str) -> Result<Validated<Vec<Mx>>, DnsError> {
        use hickory_resolver::proto::rr::RecordType;
        let (plain, dnssec) = tokio::join!(
            self.resolver.mx_lookup(fqdn(domain)),
            self.proven(domain, RecordType::MX)
        );
        let lookup = plain.map_err(|e| DnsError::from_net(domain, &e))?;
        let value = lookup
            .answers()
            .iter()
            .filter_map(|r| match &r.data {
                RData::MX(m) => Some(Mx {
                    preference: m.preference,
                    exchange: host_of(&m.exchange),
                }),
                _ => None,
            })
            .collect();
        Ok(Validated { value, dnssec })
    }

    /// TXT records for `name`, each record's character-strings joined (RFC 7208 §3.3).
    pub async fn txt(&self, name: &str) -> Result<Vec<String>, DnsError> {
        let lookup = self
            .resolver
            .txt_lookup(fqdn(name))
            .await
            .map_err(|e| DnsError::from_net(name, &e))?;
        Ok(lookup
            .answers()
            .iter()
            .filter_map(|r| match &r.data {
                RData::TXT(t) => Some(
                    t.txt_data
                        .iter()
                        .map(|b| String::from_utf8_lossy(b).into_owned())
                        .collect::<String>(),
                ),
                _ => None,
            })
            .collect())
    }

    /// The addresses of a host (IPv4 and IPv6).
    pub async fn addresses(&self, host: &str) -> Result<Vec<IpAddr>, DnsError> {
        if let Ok(ip) = host.parse::<IpAddr>() {
            return Ok(vec![ip]);
        }
        let lookup = self
            .resolver
            .lookup_ip(fqdn(host))
            .await
            .map_err(|e| DnsError::from_net(host, &e))?;
        let ips: Vec<IpAddr> = lookup.iter().collect();
        if ips.is_empty() {
            return Err(DnsError::NoRecords(host.to_owned()));
        }
        Ok(ips)
    }
}

#[cfg(test)]
mod tests {
    use hickory_resolver::net::{DnsError as Hickory, NoRecords};
    use hickory_resolver::proto::op::Query;

    use super::*;

    /// SERVFAIL and REFUSED keep their meaning: they are not "no such name" nor "no records".
    #[test]
    fn response_codes_are_told_apart() {
        let code = |c| DnsError::from_net("a.example", &NetError::Dns(Hickory::ResponseCode(c)));
        assert_eq!(code(ResponseCode::ServFail), DnsError::ServFail);
        assert_eq!(code(ResponseCode::Refused), DnsError::Refused);
        assert!(matches!(code(ResponseCode::NotImp), DnsError::Failed(_)));
        let none = |c| {
            let q = Query::query(
                "a.example.".parse().expect("a name"),
                hickory_resolver::proto::rr::RecordType::TXT,
            );
            DnsError::from_net("a.example", &NetError::from(NoRecords::new(q, c)))
        };
        assert_eq!(
            none(ResponseCode::NXDomain),
            DnsError::NxDomain("a.example".into())
        );
        assert_eq!(
            none(ResponseCode::NoError),
            DnsError::NoRecords("a.example".into())
        );
        assert_eq!(
            DnsError::from_net("a.example", &NetError::Timeout),
            DnsError::Timeout
        );
    }
}
