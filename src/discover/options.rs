//! What a discovery is asked to do: its time limits and sources (docs/design.md, "Time").

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use crate::model::SourceId;

/// How long a whole discovery may take by default (`discover --timeout` overrides it).
pub(crate) const OVERALL_TIMEOUT: Duration = Duration::from_secs(15);

/// Time limits. Defaults follow what users tolerate and what the best clients use (docs/design.md, "Time").
#[derive(Debug, Clone)]
pub struct Timeouts {
    /// One HTTP(S) fetch (autoconfig, autodiscover).
    pub http: Duration,
    /// One ISPDB fetch.
    pub ispdb: Duration,
    /// DNS-only sources (SRV) and the MX lookup itself.
    pub dns: Duration,
    /// One guessing probe (connect, TLS, greeting, capabilities).
    pub probe: Duration,
    /// The whole discovery.
    pub overall: Duration,
    /// How long plain-HTTP autoconfig and Exchange autodiscover wait for the domain's HTTPS
    /// autoconfig before they start anyway ([`super::WEB_AFTER`]).
    pub web_after: Duration,
}

impl Default for Timeouts {
    fn default() -> Self {
        Timeouts {
            http: Duration::from_secs(5),
            ispdb: Duration::from_secs(8),
            dns: Duration::from_secs(5),
            probe: Duration::from_secs(8),
            overall: OVERALL_TIMEOUT,
            web_after: super::WEB_AFTER,
        }
    }
}

/// A source that answers for its domains on its own, vouched, and sets rules for them: the helpdesk
/// preset (`crate::preset::Preset`). Discovery sits below the preset, so it knows it only by this.
pub trait Authority: std::fmt::Debug + Send + Sync {
    /// Whether it answers for this address.
    fn covers(&self, addr: &crate::address::Address) -> bool;
    /// Its servers for `addr` (incoming, then outgoing), vouched.
    fn servers_for(&self, addr: &crate::address::Address) -> Vec<crate::model::Server>;
    /// Whether people may choose this incoming protocol.
    fn allows(&self, protocol: crate::model::Protocol) -> bool;
    /// The source's detail line: whose it is and where it was read from.
    fn describe(&self) -> String;
}

/// What a discovery may use besides the network.
#[derive(Debug, Clone)]
pub struct Options {
    pub timeouts: Timeouts,
    /// Folders of site autoconfig files named `<domain>.xml`, searched before the bundled data.
    pub site_dirs: Vec<PathBuf>,
    /// Sources to run (all by default).
    pub sources: Vec<SourceId>,
    /// The helpdesk preset in force: for its domains it is the only source asked, and its rules
    /// drop incoming protocols it does not allow.
    pub preset: Option<Arc<dyn Authority>>,
    /// The OAuth2 client registrations in force: a server whose provider offers both a password and
    /// OAuth2 signs in with OAuth2 only when one exists for its issuer ([`Server::prefer_oauth`]).
    pub oauth: crate::oauth::Registrations,
}

impl Default for Options {
    fn default() -> Self {
        let mut site_dirs = vec![PathBuf::from("/etc/mailsetup/autoconfig")];
        if let Some(d) = dirs::config_dir() {
            site_dirs.push(d.join("mailsetup").join("autoconfig"));
        }
        Options {
            timeouts: Timeouts::default(),
            site_dirs,
            sources: SourceId::ALL.to_vec(),
            preset: None,
            oauth: crate::oauth::Registrations::default(),
        }
    }
}
