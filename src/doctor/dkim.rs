//! DKIM key records (RFC 6376 §3.6.1): `v=DKIM1; k=rsa; p=<base64 key>` at
//! `<selector>._domainkey.<domain>`, with the key's type and size read from its DER encoding.

use base64::Engine as _;

/// The selectors we probe: DKIM selectors cannot be listed, so these are the common ones.
pub const COMMON_SELECTORS: [&str; 12] = [
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
    #[error("it is not a DKIM key record (v=DKIM1)")]
    NotDkim,
    #[error("it has no public key (p=)")]
    NoKey,
    #[error("the public key is not valid base64")]
    BadBase64,
}

/// The size in bits of an unsigned big-endian integer.
fn bits(int: &[u8]) -> usize {
    let int = match int.iter().position(|&b| b != 0) {
        Some(i) => &int[i..],
        None => return 0,
    };
    int.len() * 8 - int[0].leading_zeros() as usize
}

/// Reads one DER element: (tag, content, rest).
fn der(input: &[u8]) -> Option<(u8, &[u8], &[u8])> {
    let (&tag, rest) = input.split_first()?;
    let (&first, rest) = rest.split_first()?;
    let (len, rest) = if first < 0x80 {
        (usize::from(first), rest)
    } else {
        let n = usize::from(first & 0x7f);
        if n == 0 || n > 4 || rest.len() < n {
            return None;
        }
        let len = rest[..n]
            .iter()
            .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
        (len, &rest[n..])
    };
    (rest.len() >= len).then(|| (tag, &rest[..len], &rest[len..]))
}

/// The RSA modulus size of a SubjectPublicKeyInfo or a bare RSAPublicKey, by walking the DER.
pub fn rsa_bits(key: &[u8]) -> Option<usize> {
    fn walk(input: &[u8], depth: usize) -> Option<usize> {
        if depth > 8 {
            return None;
        }
        let mut rest = input;
        while !rest.is_empty() {
            let (tag, content, next) = der(rest)?;
            match tag {
                0x02 => return Some(bits(content)), // the first INTEGER is the modulus
                0x30 => {
                    if let Some(b) = walk(content, depth + 1) {
                        return Some(b);
                    }
                }
                0x03 if !content.is_empty() => {
                    if let Some(b) = walk(&content[1..], depth + 1) {
                        return Some(b);
                    }
                }
                _ => {}
            }
            rest = next;
        }
        None
    }
    walk(key, 0)
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
}
