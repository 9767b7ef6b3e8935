//! What a check says: which check, a stable id, a status, and two sentences (what we saw, what to do).
//!
//! The ids are the contract with scripts (`mailsetup doctor --json`) and tests; the words may change.
//! Every id is listed once, in [`finding_ids!`] below, and README.md's "Domain check findings" section
//! lists the same set (a unit test holds the two together).

use serde::{Deserialize, Serialize};

use crate::t;

/// Which check a finding belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    Mx,
    Spf,
    Dkim,
    Dmarc,
    MtaSts,
    TlsRpt,
    Autoconfig,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    Ok,
    Warning,
    Problem,
    Unknown,
}

impl Check {
    /// The check's name as people read it.
    pub fn label(self) -> String {
        match self {
            Check::Mx => t!("doctor-check-mx"),
            Check::Spf => t!("doctor-check-spf"),
            Check::Dkim => t!("doctor-check-dkim"),
            Check::Dmarc => t!("doctor-check-dmarc"),
            Check::MtaSts => t!("doctor-check-mta-sts"),
            Check::TlsRpt => t!("doctor-check-tls-rpt"),
            Check::Autoconfig => t!("doctor-check-autoconfig"),
        }
    }
}

impl Status {
    /// The status as people read it.
    pub fn label(self) -> String {
        match self {
            Status::Ok => t!("doctor-status-ok"),
            Status::Warning => t!("doctor-status-warning"),
            Status::Problem => t!("doctor-status-problem"),
            Status::Unknown => t!("doctor-status-unknown"),
        }
    }
}

/// Defines [`FindingId`] with each id's kebab-case string and status written once, and the list of
/// all ids.
macro_rules! finding_ids {
    ($($(#[doc = $doc:literal])+ $name:ident = $id:literal => $status:ident,)+) => {
        /// The stable identity of a finding, serialised as its kebab-case string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        pub enum FindingId {
            $($(#[doc = $doc])+ #[serde(rename = $id)] $name,)+
        }

        impl FindingId {
            /// Every id, in README order.
            pub const ALL: &'static [FindingId] = &[$(FindingId::$name,)+];

            /// The id as `doctor --json` prints it.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(FindingId::$name => $id,)+
                }
            }

            /// The status a finding with this id always has.
            pub fn status(self) -> Status {
                match self {
                    $(FindingId::$name => Status::$status,)+
                }
            }
        }
    };
}

finding_ids! {
    /// Any check: a DNS lookup failed (not "no such record"), so the check could not tell.
    DnsFailed = "dns-failed" => Unknown,
    /// Any check: the answers did not come within the check's time limit.
    TimedOut = "timed-out" => Unknown,

    /// The domain does not exist (NXDOMAIN).
    MxDomainMissing = "mx-domain-missing" => Problem,
    /// The domain has no MX records.
    MxMissing = "mx-missing" => Problem,
    /// The domain publishes a null MX (RFC 7505): it receives no mail.
    MxNull = "mx-null" => Problem,
    /// An MX record names a host that does not exist.
    MxTargetMissing = "mx-target-missing" => Problem,
    /// Every MX host resolves; says where mail goes (and the provider, when known).
    MxOk = "mx-ok" => Ok,
    /// The incoming server discovery found matches the MX records.
    MxMatchesIncoming = "mx-matches-incoming" => Ok,
    /// The incoming server discovery found does not match the MX records.
    MxDiffersFromIncoming = "mx-differs-from-incoming" => Warning,

    /// The SPF record parses, has no problem and stays within 10 DNS lookups.
    SpfOk = "spf-ok" => Ok,
    /// The domain has no SPF record.
    SpfMissing = "spf-missing" => Problem,
    /// The domain has more than one SPF record (an error for receivers).
    SpfSeveral = "spf-several" => Problem,
    /// The SPF record does not parse.
    SpfBroken = "spf-broken" => Problem,
    /// The SPF record ends in +all: anyone may send as the domain.
    SpfPlusAll = "spf-plus-all" => Problem,
    /// The SPF record has neither ~all nor -all (nor a redirect).
    SpfNoAll = "spf-no-all" => Warning,
    /// An include or redirect names a domain without an SPF record.
    SpfIncludeMissing = "spf-include-missing" => Problem,
    /// Evaluating the record takes more than 10 DNS lookups.
    SpfTooManyLookups = "spf-too-many-lookups" => Problem,
    /// The SPF record allows the outgoing server discovery found.
    SpfAllowsOutgoing = "spf-allows-outgoing" => Ok,
    /// We could not confirm that the SPF record allows the outgoing server.
    SpfOutgoingUnconfirmed = "spf-outgoing-unconfirmed" => Warning,

    /// A DKIM key of a common selector is RSA of at least 1024 bits.
    DkimRsa = "dkim-rsa" => Ok,
    /// A DKIM key of a common selector is Ed25519.
    DkimEd25519 = "dkim-ed25519" => Ok,
    /// A DKIM RSA key is shorter than 1024 bits.
    DkimWeakKey = "dkim-weak-key" => Problem,
    /// A DKIM key has been withdrawn (empty p=).
    DkimRevoked = "dkim-revoked" => Warning,
    /// A DKIM key is of a type we do not know, or an RSA key we cannot read.
    DkimUnknownType = "dkim-unknown-type" => Warning,
    /// A DKIM record is broken (not DKIM1, no p=, bad base64).
    DkimBroken = "dkim-broken" => Problem,
    /// None of the common selectors has a key; others cannot be listed, so we cannot tell.
    DkimNoCommonSelector = "dkim-no-common-selector" => Unknown,

    /// DMARC asks receivers to quarantine or reject forged mail.
    DmarcOk = "dmarc-ok" => Ok,
    /// The domain has no DMARC record.
    DmarcMissing = "dmarc-missing" => Warning,
    /// The domain has more than one DMARC record (receivers ignore them all).
    DmarcSeveral = "dmarc-several" => Problem,
    /// The DMARC record does not parse.
    DmarcBroken = "dmarc-broken" => Problem,
    /// DMARC is set to watch only (p=none).
    DmarcPolicyNone = "dmarc-policy-none" => Warning,

    /// The domain has no MTA-STS record.
    MtaStsMissing = "mta-sts-missing" => Warning,
    /// The _mta-sts record is broken.
    MtaStsRecordBroken = "mta-sts-record-broken" => Problem,
    /// The MTA-STS policy file could not be fetched.
    MtaStsPolicyUnreadable = "mta-sts-policy-unreadable" => Problem,
    /// The MTA-STS policy file did not arrive in time.
    MtaStsPolicyTimedOut = "mta-sts-policy-timed-out" => Unknown,
    /// The MTA-STS policy file is broken.
    MtaStsPolicyBroken = "mta-sts-policy-broken" => Problem,
    /// The MTA-STS policy does not list every MX host.
    MtaStsMxNotListed = "mta-sts-mx-not-listed" => Problem,
    /// MTA-STS is enforced.
    MtaStsEnforce = "mta-sts-enforce" => Ok,
    /// MTA-STS is in testing mode.
    MtaStsTesting = "mta-sts-testing" => Warning,
    /// MTA-STS is switched off (mode: none).
    MtaStsModeNone = "mta-sts-mode-none" => Warning,

    /// TLS reports go to the addresses given.
    TlsRptOk = "tls-rpt-ok" => Ok,
    /// The domain has no TLS-RPT record.
    TlsRptMissing = "tls-rpt-missing" => Warning,
    /// The TLS-RPT record is broken.
    TlsRptBroken = "tls-rpt-broken" => Problem,

    /// The domain publishes an autoconfig file mail programs can read.
    AutoconfigOk = "autoconfig-ok" => Ok,
    /// The domain publishes RFC 6186 SRV records for its mail servers.
    SrvOk = "srv-ok" => Ok,
    /// The domain publishes neither autoconfig nor SRV records.
    AutoconfigMissing = "autoconfig-missing" => Warning,
}

impl std::fmt::Display for FindingId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One point about the domain, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub check: Check,
    pub id: FindingId,
    pub status: Status,
    pub message: String,
    pub advice: String,
}

impl Finding {
    /// A finding with what we saw (`message`) and what to do (`advice`); its status is the id's.
    pub fn new(check: Check, id: FindingId, message: String, advice: String) -> Finding {
        Finding {
            check,
            id,
            status: id.status(),
            message,
            advice,
        }
    }

    /// A finding with nothing to advise.
    pub fn plain(check: Check, id: FindingId, message: String) -> Finding {
        Finding::new(check, id, message, String::new())
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_serialise_as_written() {
        let mut seen = HashSet::new();
        for id in FindingId::ALL {
            let s = id.as_str();
            assert!(seen.insert(s), "{s} twice");
            assert!(
                !s.is_empty()
                    && !s.starts_with('-')
                    && !s.ends_with('-')
                    && !s.contains("--")
                    && s.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{s} is not kebab-case"
            );
            assert_eq!(serde_json::to_value(id).expect("an id serialises"), s);
            let back: FindingId =
                serde_json::from_value(serde_json::Value::from(s)).expect("an id reads back");
            assert_eq!(back, *id);
        }
    }

    #[test]
    fn a_finding_serialises_with_its_id() {
        let f = Finding::plain(Check::Mx, FindingId::MxOk, "m".into());
        let v = serde_json::to_value(&f).expect("a finding serialises");
        assert_eq!(v["check"], "mx");
        assert_eq!(v["id"], "mx-ok");
        assert_eq!(v["status"], "ok");
        let back: Finding = serde_json::from_value(v).expect("a finding reads back");
        assert_eq!(back, f);
    }

    /// README.md's "Domain check findings" lists exactly the ids there are, one "- `id` — (status) …"
    /// line each.
    #[test]
    fn readme_lists_every_id() {
        let readme = include_str!("../../README.md");
        let start = readme
            .find("\n## Domain check findings")
            .expect("README has a Domain check findings section");
        let section = &readme[start + 1..];
        let section = &section[..section[3..].find("\n## ").map_or(section.len(), |e| e + 3)];
        let listed: Vec<&str> = section
            .lines()
            .filter_map(|l| l.strip_prefix("- `"))
            .filter_map(|l| l.split_once('`'))
            .map(|(id, _)| id)
            .collect();
        let all: Vec<&str> = FindingId::ALL.iter().map(|i| i.as_str()).collect();
        assert_eq!(
            listed, all,
            "README order and contents follow FindingId::ALL"
        );
    }
}
