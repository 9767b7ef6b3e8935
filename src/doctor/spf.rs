//! SPF records (RFC 7208): parsing, and counting the DNS lookups a receiver must make.
//!
//! Pure: [`parse`] turns a TXT string into terms. The recursive lookup count (includes and redirects,
//! RFC 7208 §4.6.4: at most 10) is done by the doctor with real DNS.

use std::net::IpAddr;

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
    #[error("it does not start with v=spf1")]
    NotSpf,
    #[error("“{0}” is not an SPF term")]
    UnknownTerm(String),
    #[error("“{0}” needs a domain")]
    MissingDomain(String),
    #[error("“{0}” is not a valid address range")]
    BadNetwork(String),
    #[error("the modifier “{0}” appears twice")]
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
mod tests {
    use super::*;

    #[test]
    fn parses_a_typical_record() {
        let spf = parse("v=spf1 mx a:mail.example.com ip4:192.0.2.0/24 ip6:2001:db8::/32 include:_spf.google.com ~all").unwrap();
        assert_eq!(spf.terms.len(), 6);
        assert_eq!(spf.all(), Some(Qualifier::SoftFail));
        assert_eq!(spf.own_lookups(), 3);
        assert_eq!(spf.referenced(), ["_spf.google.com"]);
        assert_eq!(
            spf.terms[1].1,
            Mechanism::A(Some("mail.example.com".into()))
        );
    }

    #[test]
    fn redirect_and_plus_all() {
        let spf = parse("v=spf1 redirect=_spf.example.net").unwrap();
        assert_eq!(spf.own_lookups(), 1);
        assert_eq!(spf.referenced(), ["_spf.example.net"]);
        assert_eq!(parse("v=spf1 +all").unwrap().all(), Some(Qualifier::Pass));
        assert_eq!(parse("v=spf1 all").unwrap().all(), Some(Qualifier::Pass));
    }

    #[test]
    fn refuses_broken_records() {
        assert_eq!(parse("v=spf10 -all"), Err(SpfError::NotSpf));
        assert!(!is_spf("v=DMARC1; p=none"));
        assert!(matches!(
            parse("v=spf1 include -all"),
            Err(SpfError::MissingDomain(_))
        ));
        assert!(matches!(
            parse("v=spf1 ip4:300.1.1.1 -all"),
            Err(SpfError::BadNetwork(_))
        ));
        assert!(matches!(
            parse("v=spf1 ip4:192.0.2.1/33 -all"),
            Err(SpfError::BadNetwork(_))
        ));
        assert!(matches!(
            parse("v=spf1 ip6:192.0.2.1 -all"),
            Err(SpfError::BadNetwork(_))
        ));
        assert!(matches!(
            parse("v=spf1 foo:bar -all"),
            Err(SpfError::UnknownTerm(_))
        ));
        assert!(matches!(
            parse("v=spf1 redirect=a.com redirect=b.com"),
            Err(SpfError::DuplicateModifier(_))
        ));
        assert!(
            parse("v=spf1 unknown-mod=x -all").is_ok(),
            "unknown modifiers are ignored"
        );
        // Found by fuzzing: a multi-byte character across byte 6 must not panic.
        assert!(!is_spf("v=spf\u{e9}"));
        assert!(!is_spf("\u{14}\n\nHH\u{7df}HHHHHHHHHHHHHHHHH"));
    }
}
