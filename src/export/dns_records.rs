//! RFC 6186 / RFC 8314 SRV records as zone-file lines, for the domain's DNS. Services the account
//! does not use are published with the "." target, which tells clients they are not offered.

use super::Account;
use crate::discover::srv::SERVICES;
use crate::model::Server;

/// The zone lines (`name TTL IN SRV priority weight port target`).
pub fn render(a: &Account) -> String {
    let domain = a.address.domain();
    let servers: Vec<&Server> = std::iter::once(&a.incoming)
        .chain(a.outgoing.as_ref())
        .collect();
    let mut out = format!("; Mail service records for {domain} (RFC 6186, RFC 8314).\n");
    for (service, protocol, security) in SERVICES {
        let line = match servers
            .iter()
            .find(|s| s.protocol == protocol && s.security == security)
        {
            Some(s) => format!(
                "{service}.{domain}. 3600 IN SRV 0 1 {} {}.\n",
                s.port, s.host
            ),
            None => format!("{service}.{domain}. 3600 IN SRV 0 0 0 .\n"),
        };
        out.push_str(&line);
    }
    out
}

pub(crate) fn instructions(a: &Account) -> String {
    crate::t!("export-dns-howto", domain = a.address.domain())
}
