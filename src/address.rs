//! Email addresses as the user types them, checked and normalised.
//!
//! Follows the dot-atom form of RFC 5322 §3.4.1 for the local part (quoted local parts are refused:
//! no mail provider hands them out) and RFC 5890/5891 (IDNA 2008 via UTS #46) for the domain, which is
//! trimmed, lower-cased and converted to its ASCII (punycode) form. The registrable domain comes from
//! the public suffix list (`psl` crate).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Why an address was refused. The UI and CLI choose their words by variant.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddressError {
    #[error("{}", crate::t!("error-address-empty"))]
    Empty,
    #[error("{}", crate::t!("error-address-missing-at"))]
    MissingAt,
    #[error("{}", crate::t!("error-address-empty-local-part"))]
    EmptyLocalPart,
    #[error("{}", crate::t!("error-address-empty-domain"))]
    EmptyDomain,
    #[error("{}", crate::t!("error-address-local-part-too-long"))]
    LocalPartTooLong,
    #[error("{}", crate::t!("error-address-bad-character", character = format!("{:?}", .0)))]
    BadCharacter(char),
    #[error("{}", crate::t!("error-address-bad-dots"))]
    BadDots,
    #[error("{}", crate::t!("error-address-ip-literal"))]
    IpLiteral,
    #[error("{}", crate::t!("error-address-bad-domain", domain = format!("{:?}", .0)))]
    BadDomain(String),
    #[error("{}", crate::t!("error-address-single-label", domain = format!("{:?}", .0)))]
    SingleLabel(String),
    #[error("{}", crate::t!("error-address-public-suffix", domain = format!("{:?}", .0)))]
    PublicSuffix(String),
}

impl AddressError {
    /// Plain words for the problem, in the user's language.
    pub fn explain(&self) -> String {
        use crate::t;
        match self {
            AddressError::Empty => t!("you-address-empty"),
            AddressError::MissingAt => t!("you-address-missing-at"),
            AddressError::EmptyLocalPart => t!("you-address-empty-local"),
            AddressError::EmptyDomain => t!("you-address-empty-domain"),
            AddressError::LocalPartTooLong => t!("you-address-too-long"),
            AddressError::BadCharacter(c) => {
                t!("you-address-bad-character", character = c.to_string())
            }
            AddressError::BadDots => t!("you-address-bad-dots"),
            AddressError::IpLiteral => t!("you-address-ip"),
            AddressError::BadDomain(d) => t!("you-address-bad-domain", domain = d.as_str()),
            AddressError::SingleLabel(d) => t!("you-address-single-label", domain = d.as_str()),
            AddressError::PublicSuffix(d) => t!("you-address-public-suffix", domain = d.as_str()),
        }
    }
}

/// A checked email address: local part as typed, domain in lower-case ASCII (punycode).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Address {
    local: String,
    domain: String,
}

/// Characters that RFC 5322 `atext` excludes (besides controls and space), so a dot-atom cannot hold them.
const SPECIALS: &[char] = &['(', ')', '<', '>', '[', ']', ':', ';', '@', '\\', ',', '"'];

/// The two usernames a mail server usually takes for an address.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UsernameForm {
    /// The whole address (`ann@example.com`).
    Address,
    /// The part before the `@` (`ann`).
    LocalPart,
}

impl Address {
    /// Parses what the user typed. Surrounding white space is ignored.
    pub fn parse(input: &str) -> Result<Address, AddressError> {
        let s = input.trim();
        if s.is_empty() {
            return Err(AddressError::Empty);
        }
        let (local, domain) = s.rsplit_once('@').ok_or(AddressError::MissingAt)?;
        if local.is_empty() {
            return Err(AddressError::EmptyLocalPart);
        }
        if domain.is_empty() {
            return Err(AddressError::EmptyDomain);
        }
        if local.chars().count() > 64 {
            return Err(AddressError::LocalPartTooLong);
        }
        if let Some(c) = local
            .chars()
            .find(|c| c.is_whitespace() || c.is_control() || SPECIALS.contains(c))
        {
            return Err(AddressError::BadCharacter(c));
        }
        if local.starts_with('.') || local.ends_with('.') || local.contains("..") {
            return Err(AddressError::BadDots);
        }
        let domain = normalise_domain(domain)?;
        Ok(Address {
            local: local.to_owned(),
            domain,
        })
    }

    /// The part before the `@`, as typed.
    pub fn local_part(&self) -> &str {
        &self.local
    }

    /// Which form of this address a username is: the whole address (in any case) or exactly the
    /// local part; `None` for anything else. The one rule for "the other username form", the
    /// autoconfig placeholders and a helpdesk's list of addresses.
    pub fn username_form(&self, username: &str) -> Option<UsernameForm> {
        if username.eq_ignore_ascii_case(&self.to_string()) {
            Some(UsernameForm::Address)
        } else if username == self.local_part() {
            Some(UsernameForm::LocalPart)
        } else {
            None
        }
    }

    /// The username of this form for this address.
    pub fn username(&self, form: UsernameForm) -> String {
        match form {
            UsernameForm::Address => self.to_string(),
            UsernameForm::LocalPart => self.local_part().to_owned(),
        }
    }

    /// The domain in lower-case ASCII (IDNA A-labels).
    pub fn domain(&self) -> &str {
        &self.domain
    }

    /// The domain as a person reads it (IDNA U-labels).
    pub fn domain_unicode(&self) -> String {
        idna::domain_to_unicode(&self.domain).0
    }

    /// The registrable domain of the address (e.g. `theirbusiness.co.uk` for `mail.theirbusiness.co.uk`).
    pub fn registrable_domain(&self) -> &str {
        registrable_domain(&self.domain).unwrap_or(&self.domain)
    }
}

impl fmt::Display for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}@{}", self.local, self.domain)
    }
}

impl fmt::Debug for Address {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Address({self})")
    }
}

impl Serialize for Address {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Address {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        Address::parse(&s).map_err(serde::de::Error::custom)
    }
}

/// Checks and normalises a domain or host name: trims, drops one trailing dot, lower-cases and converts
/// to ASCII. Needs at least two labels and refuses IP literals and public suffixes.
pub(crate) fn normalise_domain(input: &str) -> Result<String, AddressError> {
    let d = input.trim();
    let d = d.strip_suffix('.').unwrap_or(d);
    if d.starts_with('[') || d.parse::<std::net::IpAddr>().is_ok() {
        return Err(AddressError::IpLiteral);
    }
    let ascii = normalise_host(d).ok_or_else(|| AddressError::BadDomain(d.to_owned()))?;
    if !ascii.contains('.') {
        return Err(AddressError::SingleLabel(ascii));
    }
    if registrable_domain(&ascii).is_none() {
        return Err(AddressError::PublicSuffix(ascii));
    }
    Ok(ascii)
}

/// Normalises a host name from any source (user, XML, DNS) to lower-case ASCII, or `None` when it is not
/// a valid DNS host name (LDH labels of 1–63 octets, 253 in all; a final dot is dropped).
pub(crate) fn normalise_host(input: &str) -> Option<String> {
    let h = input.trim();
    let h = h.strip_suffix('.').unwrap_or(h);
    if h.is_empty() || h.len() > 1024 {
        return None;
    }
    let ascii = idna::domain_to_ascii_strict(h).ok()?;
    if ascii.is_empty() || ascii.len() > 253 {
        return None;
    }
    let labels_ok = ascii.split('.').all(|l| {
        !l.is_empty()
            && l.len() <= 63
            && !l.starts_with('-')
            && !l.ends_with('-')
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    });
    let tld_ok = ascii
        .rsplit('.')
        .next()
        .is_some_and(|t| !t.bytes().all(|b| b.is_ascii_digit()));
    (labels_ok && tld_ok).then_some(ascii)
}

/// The registrable domain (public suffix plus one label) of an ASCII host name, if it has one.
pub(crate) fn registrable_domain(host: &str) -> Option<&str> {
    psl::domain_str(host)
}

/// Whether `host` is `domain` or lies beneath it.
pub(crate) fn is_within(host: &str, domain: &str) -> bool {
    host == domain
        || (host.len() > domain.len()
            && host.ends_with(domain)
            && host.as_bytes()[host.len() - domain.len() - 1] == b'.')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_domain() {
        let a = Address::parse("  Hello@TheirBusiness.CO.UK. ").unwrap();
        assert_eq!(a.to_string(), "Hello@theirbusiness.co.uk");
        assert_eq!(a.registrable_domain(), "theirbusiness.co.uk");
    }

    #[test]
    fn converts_idn_to_punycode() {
        let a = Address::parse("anna@bücher.de").unwrap();
        assert_eq!(a.domain(), "xn--bcher-kva.de");
        assert_eq!(a.domain_unicode(), "bücher.de");
        let a = Address::parse("info@ÉCOLE.fr").unwrap();
        assert_eq!(a.domain(), "xn--cole-9oa.fr");
    }

    #[test]
    fn keeps_utf8_local_part() {
        let a = Address::parse("jörg@example.com").unwrap();
        assert_eq!(a.local_part(), "jörg");
    }

    #[test]
    fn refuses_malformed() {
        use AddressError::*;
        let cases: &[(&str, AddressError)] = &[
            ("", Empty),
            ("   ", Empty),
            ("hello", MissingAt),
            ("@example.com", EmptyLocalPart),
            ("hello@", EmptyDomain),
            ("he llo@example.com", BadCharacter(' ')),
            ("a,b@example.com", BadCharacter(',')),
            ("\"a@b\"@example.com", BadCharacter('"')),
            (".a@example.com", BadDots),
            ("a..b@example.com", BadDots),
            ("a@[127.0.0.1]", IpLiteral),
            ("a@127.0.0.1", IpLiteral),
            ("a@localhost", SingleLabel("localhost".into())),
            ("a@co.uk", PublicSuffix("co.uk".into())),
            ("a@exa mple.com", BadDomain("exa mple.com".into())),
            ("a@-bad.com", BadDomain("-bad.com".into())),
            ("a@example..com", BadDomain("example..com".into())),
            ("a@example.123", BadDomain("example.123".into())),
        ];
        for (input, want) in cases {
            assert_eq!(Address::parse(input).as_ref(), Err(want), "{input:?}");
        }
        let long = format!("{}@example.com", "a".repeat(65));
        assert_eq!(Address::parse(&long), Err(LocalPartTooLong));
        let long_label = format!("a@{}.com", "b".repeat(64));
        assert!(matches!(Address::parse(&long_label), Err(BadDomain(_))));
    }

    #[test]
    fn within() {
        assert!(is_within("imap.example.com", "example.com"));
        assert!(is_within("example.com", "example.com"));
        assert!(!is_within("badexample.com", "example.com"));
        assert!(!is_within("example.com.evil.net", "example.com"));
    }

    /// The words keep their quotes as before (the catalogue gets the value already quoted).
    #[test]
    fn errors_quote_what_was_typed() {
        crate::i18n::set_thread_locale(Some("en-GB"));
        let words = [
            AddressError::BadCharacter(' ').to_string(),
            AddressError::BadDomain("exa mple.com".into()).to_string(),
            AddressError::PublicSuffix("co.uk".into()).to_string(),
        ];
        crate::i18n::set_thread_locale(Some("de-DE"));
        let german = AddressError::Empty.to_string();
        crate::i18n::set_thread_locale(None);
        assert_eq!(
            words,
            [
                "the address contains a character that is not allowed: ' '",
                "the domain \"exa mple.com\" is not a valid domain name",
                "\"co.uk\" is a public suffix that no mailbox can live directly under",
            ]
        );
        assert_eq!(german, "Die Adresse ist leer");
    }
}
