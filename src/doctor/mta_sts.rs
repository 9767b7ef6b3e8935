//! MTA-STS (RFC 8461) and SMTP TLS reporting (RFC 8460) records and the MTA-STS policy file.

/// A parsed MTA-STS policy (`https://mta-sts.<domain>/.well-known/mta-sts.txt`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Policy {
    pub mode: Mode,
    pub mx: Vec<String>,
    pub max_age: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Enforce,
    Testing,
    None,
}

/// Why a policy or record is not valid.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StsError {
    #[error("it does not say version: STSv1")]
    NoVersion,
    #[error("it has no valid mode (enforce, testing or none)")]
    BadMode,
    #[error("it has no valid max_age")]
    BadMaxAge,
    #[error("it lists no mx patterns")]
    NoMx,
    #[error("the DNS record does not start with v=STSv1 and an id")]
    BadRecord,
    #[error("the reporting record does not start with v=TLSRPTv1 and a rua address")]
    BadTlsRpt,
}

/// Parses the `_mta-sts` TXT record: `v=STSv1; id=…`.
pub fn parse_record(txt: &str) -> Result<String, StsError> {
    let mut tags = txt.split(';').map(str::trim).filter(|t| !t.is_empty());
    if tags.next().map(|t| t.replace(' ', "")) != Some("v=STSv1".into()) {
        return Err(StsError::BadRecord);
    }
    tags.find_map(|t| t.strip_prefix("id=").map(str::to_owned))
        .filter(|id| {
            !id.is_empty() && id.len() <= 32 && id.chars().all(|c| c.is_ascii_alphanumeric())
        })
        .ok_or(StsError::BadRecord)
}

/// Parses the `_smtp._tls` TXT record: `v=TLSRPTv1; rua=mailto:…`; returns the report addresses.
pub fn parse_tls_rpt(txt: &str) -> Result<Vec<String>, StsError> {
    let mut tags = txt.split(';').map(str::trim).filter(|t| !t.is_empty());
    if tags.next().map(|t| t.replace(' ', "")) != Some("v=TLSRPTv1".into()) {
        return Err(StsError::BadTlsRpt);
    }
    let rua: Vec<String> = tags
        .filter_map(|t| t.strip_prefix("rua="))
        .flat_map(|v| v.split(',').map(|a| a.trim().to_owned()))
        .filter(|a| a.starts_with("mailto:") || a.starts_with("https:"))
        .collect();
    if rua.is_empty() {
        return Err(StsError::BadTlsRpt);
    }
    Ok(rua)
}

/// Parses a policy file.
pub fn parse_policy(text: &str) -> Result<Policy, StsError> {
    let mut version = false;
    let mut mode = None;
    let mut max_age = None;
    let mut mx = Vec::new();
    for line in text.lines() {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = v.trim();
        match k.trim() {
            "version" => version = v == "STSv1",
            "mode" => {
                mode = match v {
                    "enforce" => Some(Mode::Enforce),
                    "testing" => Some(Mode::Testing),
                    "none" => Some(Mode::None),
                    _ => return Err(StsError::BadMode),
                }
            }
            "max_age" => max_age = v.parse::<u64>().ok().filter(|a| *a <= 31_557_600),
            "mx" => mx.push(v.to_ascii_lowercase()),
            _ => {}
        }
    }
    if !version {
        return Err(StsError::NoVersion);
    }
    let mode = mode.ok_or(StsError::BadMode)?;
    let max_age = max_age.ok_or(StsError::BadMaxAge)?;
    if mx.is_empty() && mode != Mode::None {
        return Err(StsError::NoMx);
    }
    Ok(Policy { mode, mx, max_age })
}

/// Whether an MX host matches a policy pattern (`mail.example.com` or `*.example.com`, RFC 8461 §4.1).
pub fn mx_matches(pattern: &str, host: &str) -> bool {
    match pattern.strip_prefix("*.") {
        Some(suffix) => host
            .split_once('.')
            .is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(suffix)),
        None => pattern.eq_ignore_ascii_case(host),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_and_records() {
        let p = parse_policy("version: STSv1\nmode: enforce\nmx: mail.example.com\nmx: *.example.net\nmax_age: 604800\n").unwrap();
        assert_eq!(p.mode, Mode::Enforce);
        assert_eq!(p.mx, ["mail.example.com", "*.example.net"]);
        assert!(mx_matches("*.example.net", "mx1.example.net"));
        assert!(!mx_matches("*.example.net", "a.b.example.net"));
        assert_eq!(
            parse_record("v=STSv1; id=20240101T000000;"),
            Ok("20240101T000000".into())
        );
        assert_eq!(
            parse_tls_rpt("v=TLSRPTv1; rua=mailto:tls@example.com"),
            Ok(vec!["mailto:tls@example.com".into()])
        );
    }

    #[test]
    fn broken_policies() {
        assert_eq!(
            parse_policy("mode: enforce\nmx: a\nmax_age: 1"),
            Err(StsError::NoVersion)
        );
        assert_eq!(
            parse_policy("version: STSv1\nmode: strict\nmx: a\nmax_age: 1"),
            Err(StsError::BadMode)
        );
        assert_eq!(
            parse_policy("version: STSv1\nmode: enforce\nmx: a"),
            Err(StsError::BadMaxAge)
        );
        assert_eq!(
            parse_policy("version: STSv1\nmode: enforce\nmax_age: 100"),
            Err(StsError::NoMx)
        );
        assert_eq!(parse_record("v=STSv1;"), Err(StsError::BadRecord));
        assert_eq!(parse_tls_rpt("v=TLSRPTv1;"), Err(StsError::BadTlsRpt));
    }
}
