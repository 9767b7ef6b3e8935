//! DKIM (RFC 6376 §3.6.1): the check, and the key record parser it rests on.
//!
//! DKIM selectors cannot be listed, so the check probes the common ones at
//! `<selector>._domainkey.<domain>` and reports each key it finds; when none is there it says "could
//! not tell", never "missing", and when a selector's lookup fails (not "no such name") it says that
//! could not be checked. A record is `v=DKIM1; k=rsa; p=<base64 key>`; an RSA key's size is read
//! from its SubjectPublicKeyInfo (or a bare PKCS #1 RSAPublicKey) with the `spki` and `pkcs1` crates
//! that `rsa` brings.

use base64::Engine as _;
use rsa::pkcs1::der::Decode as _;
use rsa::pkcs8::spki::SubjectPublicKeyInfoRef;

use super::{Check, Finding, FindingId, Lookups, dns_unknown};
use crate::net::DnsError;
use crate::t;

/// RSA keys shorter than this are weak: receivers may ignore their signatures (RFC 8301 §3.2).
pub(crate) const MIN_RSA_BITS: usize = 1024;

pub(super) async fn check(dns: Lookups<'_>, domain: &str) -> Vec<Finding> {
    let probes = COMMON_SELECTORS.iter().map(|s| async move {
        let name = format!("{s}._domainkey.{domain}");
        let records = dns.txt(&name).await;
        Probe {
            selector: s,
            name,
            records,
        }
    });
    findings(futures_util::future::join_all(probes).await)
}

/// What looking up one selector gave.
struct Probe<'a> {
    selector: &'a str,
    /// The name looked up, `<selector>._domainkey.<domain>`.
    name: String,
    records: Result<Vec<String>, DnsError>,
}

/// The findings for what each selector's lookup gave: one per key found; then, when a lookup failed
/// (not "no such name"), "could not be checked", since that selector may hold a key; "no common
/// selector" only when every lookup answered.
fn findings(probes: Vec<Probe<'_>>) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut failed = None;
    for p in probes {
        match p.records {
            Ok(records) => {
                if let Some(record) = records.iter().find(|r| r.contains("p=")) {
                    out.push(judge(p.selector, record));
                }
            }
            Err(e) => {
                failed.get_or_insert_with(|| dns_unknown(Check::Dkim, &p.name, &e));
            }
        }
    }
    out.extend(failed);
    if out.is_empty() {
        out.push(Finding::new(
            Check::Dkim,
            FindingId::DkimNoCommonSelector,
            t!("doctor-dkim-unknown"),
            t!("doctor-dkim-unknown-advice"),
        ));
    }
    out
}

/// The finding for the key record published under `selector`.
fn judge(selector: &str, record: &str) -> Finding {
    match parse(record) {
        Ok(Key::Rsa { bits }) if bits < MIN_RSA_BITS => Finding::new(
            Check::Dkim,
            FindingId::DkimWeakKey,
            t!("doctor-dkim-weak", selector = selector, bits = bits),
            t!("doctor-dkim-weak-advice"),
        ),
        Ok(Key::Rsa { bits }) => Finding::plain(
            Check::Dkim,
            FindingId::DkimRsa,
            t!("doctor-dkim-rsa", selector = selector, bits = bits),
        ),
        Ok(Key::Ed25519) => Finding::plain(
            Check::Dkim,
            FindingId::DkimEd25519,
            t!("doctor-dkim-ed25519", selector = selector),
        ),
        Ok(Key::Revoked) => Finding::new(
            Check::Dkim,
            FindingId::DkimRevoked,
            t!("doctor-dkim-revoked", selector = selector),
            t!("doctor-dkim-revoked-advice"),
        ),
        Ok(Key::Other(k)) => Finding::new(
            Check::Dkim,
            FindingId::DkimUnknownType,
            t!("doctor-dkim-other", selector = selector, kind = k),
            String::new(),
        ),
        Err(e) => Finding::new(
            Check::Dkim,
            FindingId::DkimBroken,
            t!(
                "doctor-dkim-broken",
                selector = selector,
                reason = e.to_string()
            ),
            t!("doctor-dkim-broken-advice"),
        ),
    }
}

/// The selectors we probe: DKIM selectors cannot be listed, so these are the common ones.
pub(crate) const COMMON_SELECTORS: [&str; 12] = [
    "default",
    "selector1",
    "selector2",
    "google",
    "k1",
    "k2",
    "s1",
    "s2",
    "mail",
    "dkim",
    "smtp",
    "key1",
];

/// The key a record publishes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Key {
    Rsa {
        bits: usize,
    },
    Ed25519,
    /// `p=` is empty: the key was withdrawn.
    Revoked,
    /// A key type we do not know, or a key we could not read.
    Other(String),
}

/// Why a record is not a DKIM key record.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DkimError {
    #[error("{}", t!("doctor-reason-dkim-not-dkim"))]
    NotDkim,
    #[error("{}", t!("doctor-reason-dkim-no-key"))]
    NoKey,
    #[error("{}", t!("doctor-reason-dkim-bad-base64"))]
    BadBase64,
}

/// The RSA modulus size of a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7, algorithm rsaEncryption) or
/// of a bare RSAPublicKey (RFC 8017 appendix A.1.1), as strict DER.
pub fn rsa_bits(key: &[u8]) -> Option<usize> {
    let rsa_public_key = match SubjectPublicKeyInfoRef::from_der(key) {
        Ok(info) if info.algorithm.oid == rsa::pkcs1::ALGORITHM_OID => {
            info.subject_public_key.as_bytes()?
        }
        Ok(_) => return None,
        Err(_) => key,
    };
    let parsed = rsa::pkcs1::RsaPublicKey::from_der(rsa_public_key).ok()?;
    Some(rsa::BigUint::from_bytes_be(parsed.modulus.as_bytes()).bits())
}

/// Parses a DKIM key record.
pub fn parse(txt: &str) -> Result<Key, DkimError> {
    let mut version_ok = true;
    let mut k = "rsa".to_string();
    let mut p: Option<String> = None;
    for (i, tag) in txt
        .split(';')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .enumerate()
    {
        let Some((name, value)) = tag.split_once('=') else {
            continue;
        };
        let value: String = value.chars().filter(|c| !c.is_whitespace()).collect();
        match name.trim() {
            "v" => version_ok = i == 0 && value == "DKIM1",
            "k" => k = value.to_ascii_lowercase(),
            "p" => p = Some(value),
            _ => {}
        }
    }
    if !version_ok {
        return Err(DkimError::NotDkim);
    }
    let p = p.ok_or(DkimError::NoKey)?;
    if p.is_empty() {
        return Ok(Key::Revoked);
    }
    let der = base64::engine::general_purpose::STANDARD
        .decode(p.as_bytes())
        .map_err(|_| DkimError::BadBase64)?;
    Ok(match k.as_str() {
        "rsa" => match rsa_bits(&der) {
            Some(bits) => Key::Rsa { bits },
            None => Key::Other("rsa (unreadable)".into()),
        },
        "ed25519" => Key::Ed25519,
        other => Key::Other(other.to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::doctor::Status;

    /// A 1024-bit RSA SubjectPublicKeyInfo (RFC 6376 appendix C's example key).
    const RSA1024: &str = "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDwIRP/UC3SBsEmGqZ9ZJW3/DkMoGeLnQg1fWn7/zYtIxN2SnFCjxOCKG9v3b4jYfcTNh5ijSsq631uBItLa7od+v/RtdC2UzJ1lWT947qR+Rcac2gbto/NMqJ0fzfVjH4OuKhitdY9tf6mcwGjaNBcWToIMmPSPDdQPNUYckcQ2QIDAQAB";

    #[test]
    fn reads_key_type_and_size() {
        assert_eq!(
            parse(&format!("v=DKIM1; k=rsa; p={RSA1024}")),
            Ok(Key::Rsa { bits: 1024 })
        );
        assert_eq!(
            parse(&format!("p={RSA1024}")),
            Ok(Key::Rsa { bits: 1024 }),
            "v and k are optional"
        );
        assert_eq!(
            parse("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="),
            Ok(Key::Ed25519)
        );
        assert_eq!(parse("v=DKIM1; p="), Ok(Key::Revoked));
    }

    #[test]
    fn refuses_broken_records() {
        assert_eq!(parse("v=spf1 -all; p=abc"), Err(DkimError::NotDkim));
        assert_eq!(parse("v=DKIM1; k=rsa"), Err(DkimError::NoKey));
        assert_eq!(parse("v=DKIM1; p=!!!"), Err(DkimError::BadBase64));
    }

    /// Keys made with `openssl genrsa` / `openssl ecparam` for these tests: SubjectPublicKeyInfo
    /// unless named PKCS1 (a bare RSAPublicKey).
    const RSA512: &str = "MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAMbVrWu+itI0+79NWoE/tdBCjKGHgxT73Zx62KlJCtgNKLdnRPR2tf4cguk0P4zBpsBG2KCpfOvcB2giRzw5a10CAwEAAQ==";
    const RSA2048_PKCS1: &str = "MIIBCgKCAQEA+p60Oa87SU614mtctlvG5Wm+a9X1uoweRBcaKmISrTSlCHM4PfwClFTjLJPSHTKTVz1IfzukZ03EPCCOiIE+6sHZ8IrwbvWzmJzSbebS3bu1w0Iv62K0paIJVF4QUlrepL7UZIgC4w51KJwG85/PhLlz0GGlrYTD15cSGoAWx7PYNX/G3XFYYhDsN4nXoEQq9ebOHI68iv210zQLmIlu6+7KI+tQMBe3RhEwVq6WoeEVFfpQMNigXw4HV5yr6h+ul+46hA4J6ZU7ERSg8/QSCl4QaXNJewaXtdXCeSoOiXMmJLV+WK+jwLOL/pMsVkkbOtHYdmUlwGoNieFTwtmrqwIDAQAB";
    const RSA8192: &str = "MIIEIjANBgkqhkiG9w0BAQEFAAOCBA8AMIIECgKCBAEAqf4gMBhBnN2824wpLkqu2uQFmdg6QYP5IArR666clrNQ3ywno7Wb0wqKDE0upIOBTXZkqbBLuZ2MVW9R4N8pz4mARJSNqLs6t/FxaO5UY9dyWdjQ5lsV2ftDP2ywkWpnK6Zb7mMu9MHKe349na3x0CYRwg4kbt6vplbqJ9PIcDy2IEIl1qZ3uYedHrcyJ3HPSWzkumC9GXnxk57m0Og/FUUgxr2t34lHYcJA+cIk+7zu2JROKYV7wzbVIavQ/sst4kgnEFG7gQEFpO0N7s2bdoTXLi3GDfhLhP1KkRcGynG/WIWiVjLC4/IT++OWgDVPFhhvFP/MntiXTrAozTzlk7IQ0WVyDXLBRHcAcbP8TtcakjYgSk0KWGIqcrNhD6Vsz618lAmGL6iccGTttlO6MVbOWgEAsGTF71YSHMsrC/F17RL2jwd4FcCotG4T9cjkx8MzcwmFXUF6krrztdW82uI54NJsI7LnV94//7/mluHUt5DZ6zkIaRy8PfgvLtF8d9CWwLx4v9wavKrwyIpj4yUwvjf4b9DmbHqpWm3V3LeXRs8dfWo43gx2mMyj/xAt/TCdjNuj5jYfR12tVGINOIg0NPoxR9PM6bWgoLe0MQr/VBeWm/UF4WkoTLEKi1BnzamI72KPAyCIi2iR4cBBUSjCbtsgxAATAw89mu+FS6XMCHUGilOcsBbsCAO0efbTjcywBVftcbeQy/1dTYF47p/3JdRmqbkAweAyJvnVi3m9uTkcoCNCTde7nmhuIDtmW4p+MLloIhLGv7cD/dLRcDkKBiS39gspgeFSzuGz+sE8WsSm41TImSJhN09GIZC65ZrgEAnWBTLXQ+G4eozDcaZW2fmDWO95s/rfK7z1cQXidoSxhhl/OULcANskrY/2QjqqO3XsqVWzKtWi4AWiS1z3LHON1Chayx577aYwAM8OdNYheZKbmlTVYHmEltrE1TbQarTxK3mktBkRKWe/pHJ8xIw4dgzWnuYUiK1BoiMM2VeUnh4jUEaMGNZw9xw8P7REySXQ7Q9qQp+QH+l8IEKpurKfIW2kkbYZHlHnv08h+zlKtoiWwKRrTpA+DH38szpiK7oTeQMDecKujNXmGH6bSP2UthXP1v/V9PVDPWBLjpU459UHSdbpqCkyVsrvL0y5nHRNe8HmiZI7U7AflvYaSbXBwaNOO7akTU4/KWI4yGbYntgvqwzQ0Dlg7HsfeJETBXHhpVxVkYHOBkuLj77/NWPERgbkKQb2DOyztE6rby7f9NOfINVwSHZqxGvmBBMxgTOLz5LTGhYeN4VNhF34gTIvM0LyaaPCMNFOm1QjkkTIUs6oSecWlU1VHFlnBHFVkboi63JnjQnzjcmxewIDAQAB";
    const EC_P256: &str = "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEW5d0Lgv2A0BHH54SlzNfzrjZUo7Dg2vHkgMSQsMAXUT/EaISHaFRQOFR3jJtljE2nefhzkEu6nXzzsrJl22T0g==";

    fn der(b64: &str) -> Vec<u8> {
        base64::engine::general_purpose::STANDARD
            .decode(b64)
            .expect("test keys are base64")
    }

    #[test]
    fn sizes_rsa_keys_from_their_der() {
        assert_eq!(rsa_bits(&der(RSA1024)), Some(1024));
        assert_eq!(rsa_bits(&der(RSA512)), Some(512));
        assert_eq!(
            rsa_bits(&der(RSA2048_PKCS1)),
            Some(2048),
            "a bare RSAPublicKey"
        );
        assert_eq!(rsa_bits(&der(RSA8192)), Some(8192), "no upper limit");
        assert_eq!(rsa_bits(&der(EC_P256)), None, "not rsaEncryption");
        let mut trailing = der(RSA1024);
        trailing.push(0);
        assert_eq!(rsa_bits(&trailing), None, "strict DER");
        assert_eq!(rsa_bits(&der(RSA1024)[..40]), None, "cut short");
        assert_eq!(rsa_bits(b""), None);
    }

    /// A selector whose lookup failed may hold a key: "could not be checked" (once), never "none of
    /// the common selectors"; the keys that were read are still reported.
    #[test]
    fn a_failed_selector_lookup_is_not_absent() {
        let probe = |selector: &'static str, records| Probe {
            selector,
            name: format!("{selector}._domainkey.a.example"),
            records,
        };
        let ids = |probes| {
            findings(probes)
                .iter()
                .map(|f| (f.id, f.status))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(vec![
                probe("default", Ok(Vec::new())),
                probe("k1", Ok(Vec::new()))
            ]),
            [(FindingId::DkimNoCommonSelector, Status::Unknown)],
            "every lookup answered: nothing at the common names"
        );
        let failed = findings(vec![
            probe("default", Ok(Vec::new())),
            probe("k1", Err(DnsError::ServFail)),
            probe("k2", Err(DnsError::Refused)),
        ]);
        assert_eq!(
            failed.iter().map(|f| f.id).collect::<Vec<_>>(),
            [FindingId::DnsFailed],
            "one finding for the failed lookups, not 'no common selector'"
        );
        assert!(failed[0].message.contains("k1._domainkey.a.example"));
        assert_eq!(
            ids(vec![
                probe("default", Ok(vec![format!("v=DKIM1; k=rsa; p={RSA1024}")])),
                probe("k1", Err(DnsError::Timeout)),
            ]),
            [
                (FindingId::DkimRsa, Status::Ok),
                (FindingId::DnsFailed, Status::Unknown)
            ]
        );
    }

    #[test]
    fn findings_per_key() {
        let id = |record: &str| {
            let f = judge("s1", record);
            assert!(f.message.contains("s1"), "{}", f.message);
            (f.id, f.status)
        };
        assert_eq!(
            id(&format!("v=DKIM1; k=rsa; p={RSA1024}")),
            (FindingId::DkimRsa, Status::Ok)
        );
        assert_eq!(
            id(&format!("v=DKIM1; p={RSA8192}")),
            (FindingId::DkimRsa, Status::Ok)
        );
        assert_eq!(
            id(&format!("v=DKIM1; k=rsa; p={RSA512}")),
            (FindingId::DkimWeakKey, Status::Problem)
        );
        assert_eq!(
            id("v=DKIM1; k=ed25519; p=11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo="),
            (FindingId::DkimEd25519, Status::Ok)
        );
        assert_eq!(id("v=DKIM1; p="), (FindingId::DkimRevoked, Status::Warning));
        assert_eq!(
            id(&format!("v=DKIM1; k=rsa; p={EC_P256}")),
            (FindingId::DkimUnknownType, Status::Warning),
            "an RSA record whose key is not RSA"
        );
        assert_eq!(
            id("v=DKIM1; k=dsa; p=AAAA"),
            (FindingId::DkimUnknownType, Status::Warning)
        );
        assert_eq!(
            id("v=DKIM1; p=!!!"),
            (FindingId::DkimBroken, Status::Problem)
        );
    }
}
