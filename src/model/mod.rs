//! The settings vocabulary shared by every module: protocols, security, authentication, servers and
//! where each server came from. The serde forms here are the stable "settings JSON" contract that
//! `mailsetup discover --json` prints and later commands read back (documented in README.md).

pub(crate) mod limits;
pub(crate) mod markup;
pub mod problem;
pub mod provider;

use std::fmt;

use serde::{Deserialize, Serialize};

/// A mail protocol we can set up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Protocol {
    Imap,
    Pop3,
    Smtp,
}

impl Protocol {
    pub const ALL: [Protocol; 3] = [Protocol::Imap, Protocol::Pop3, Protocol::Smtp];

    /// The SMTP relay port (RFC 5321), where STARTTLS is the rule; tried last for submission.
    pub const SMTP_RELAY_PORT: u16 = 25;

    /// Incoming (IMAP, POP3) or outgoing (SMTP submission).
    pub fn direction(self) -> Direction {
        match self {
            Protocol::Imap | Protocol::Pop3 => Direction::Incoming,
            Protocol::Smtp => Direction::Outgoing,
        }
    }

    /// The standard port for SSL/TLS from the first byte (RFC 8314): 993, 995, 465.
    pub fn tls_port(self) -> u16 {
        match self {
            Protocol::Imap => 993,
            Protocol::Pop3 => 995,
            Protocol::Smtp => 465,
        }
    }

    /// The standard port that starts unencrypted and upgrades with STARTTLS: 143, 110, and 587
    /// for mail submission (RFC 6409).
    pub fn starttls_port(self) -> u16 {
        match self {
            Protocol::Imap => 143,
            Protocol::Pop3 => 110,
            Protocol::Smtp => 587,
        }
    }

    /// The standard port for a security: the SSL/TLS port for SSL/TLS, else the port that starts
    /// unencrypted (STARTTLS, or plain text).
    pub fn standard_port(self, security: Security) -> u16 {
        match security {
            Security::Tls => self.tls_port(),
            Security::Starttls | Security::Plain => self.starttls_port(),
        }
    }

    /// The other standard port of this protocol and its security, for a standard `port`: the
    /// STARTTLS port for the SSL/TLS one and back (993 ↔ 143, 995 ↔ 110, 465 ↔ 587); None for
    /// any other port (the relay port 25 included).
    pub fn other_standard_port(self, port: u16) -> Option<(u16, Security)> {
        if port == self.tls_port() {
            Some((self.starttls_port(), Security::Starttls))
        } else if port == self.starttls_port() {
            Some((self.tls_port(), Security::Tls))
        } else {
            None
        }
    }

    /// The security a standard port of this protocol uses, None for another port (25 counts as
    /// STARTTLS: it is the relay port, where STARTTLS is the rule).
    pub fn security_of_port(self, port: u16) -> Option<Security> {
        if port == self.tls_port() {
            Some(Security::Tls)
        } else if port == self.starttls_port()
            || (self == Protocol::Smtp && port == Protocol::SMTP_RELAY_PORT)
        {
            Some(Security::Starttls)
        } else {
            None
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::Imap => "imap",
            Protocol::Pop3 => "pop3",
            Protocol::Smtp => "smtp",
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Protocol::Imap => "IMAP",
            Protocol::Pop3 => "POP3",
            Protocol::Smtp => "SMTP",
        })
    }
}

/// Which way mail flows through a server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Direction {
    Incoming,
    Outgoing,
}

/// How the connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Security {
    /// TLS from the first byte ("SSL" in autoconfig files; RFC 8314 implicit TLS).
    Tls,
    /// A plain connection upgraded with STARTTLS / STLS before anything secret is sent.
    Starttls,
    /// No encryption. Never chosen by itself.
    Plain,
}

impl Security {
    pub fn as_str(self) -> &'static str {
        match self {
            Security::Tls => "tls",
            Security::Starttls => "starttls",
            Security::Plain => "plain",
        }
    }
}

impl fmt::Display for Security {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Security::Tls => "TLS",
            Security::Starttls => "STARTTLS",
            Security::Plain => "none",
        })
    }
}

/// How the client proves who it is. Names follow the autoconfig `authentication` values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Auth {
    /// The password itself, inside TLS (AUTH PLAIN / LOGIN).
    PasswordCleartext,
    /// A challenge-response password method (CRAM-MD5 and the like).
    PasswordEncrypted,
    #[serde(rename = "oauth2")]
    OAuth2,
    Gssapi,
    Ntlm,
    ClientIpAddress,
    TlsClientCert,
    None,
    SmtpAfterPop,
}

impl Auth {
    /// Whether this method authenticates with the user's password (the only kind we can check).
    pub fn uses_password(self) -> bool {
        matches!(self, Auth::PasswordCleartext | Auth::PasswordEncrypted)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Auth::PasswordCleartext => "password-cleartext",
            Auth::PasswordEncrypted => "password-encrypted",
            Auth::OAuth2 => "oauth2",
            Auth::Gssapi => "gssapi",
            Auth::Ntlm => "ntlm",
            Auth::ClientIpAddress => "client-ip-address",
            Auth::TlsClientCert => "tls-client-cert",
            Auth::None => "none",
            Auth::SmtpAfterPop => "smtp-after-pop",
        }
    }
}

/// The discovery sources, in the order the progress checklist shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SourceId {
    /// A helpdesk preset (filled in by the presets feature).
    Preset,
    /// Settings the user typed in by hand.
    Manual,
    /// Provider data shipped with the program, plus site files in `/etc/mailsetup/autoconfig/`.
    Bundled,
    /// The domain's own autoconfig XML over HTTPS.
    Autoconfig,
    /// Mozilla's ISPDB over HTTPS.
    Ispdb,
    /// RFC 6186 / RFC 8314 SRV records.
    Srv,
    /// Exchange POX autodiscover.
    Autodiscover,
    /// The provider behind the domain's MX record.
    Mx,
    /// The domain's autoconfig XML over plain HTTP (legacy; never vouched).
    AutoconfigHttp,
    /// Probing likely host names and ports.
    Guess,
}

impl SourceId {
    pub const ALL: [SourceId; 8] = [
        SourceId::Bundled,
        SourceId::Autoconfig,
        SourceId::Ispdb,
        SourceId::Srv,
        SourceId::Autodiscover,
        SourceId::Mx,
        SourceId::AutoconfigHttp,
        SourceId::Guess,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SourceId::Preset => "preset",
            SourceId::Manual => "manual",
            SourceId::Bundled => "bundled",
            SourceId::Autoconfig => "autoconfig",
            SourceId::Ispdb => "ispdb",
            SourceId::Srv => "srv",
            SourceId::Autodiscover => "autodiscover",
            SourceId::Mx => "mx",
            SourceId::AutoconfigHttp => "autoconfig-http",
            SourceId::Guess => "guess",
        }
    }

    /// The source's name as people read it (from the Fluent catalogue).
    pub fn label(self) -> String {
        match self {
            SourceId::Preset => crate::t!("source-preset"),
            SourceId::Manual => crate::t!("source-manual"),
            SourceId::Bundled => crate::t!("source-bundled"),
            SourceId::Autoconfig => crate::t!("source-autoconfig"),
            SourceId::Ispdb => crate::t!("source-ispdb"),
            SourceId::Srv => crate::t!("source-srv"),
            SourceId::Autodiscover => crate::t!("source-autodiscover"),
            SourceId::Mx => crate::t!("source-mx"),
            SourceId::AutoconfigHttp => crate::t!("source-autoconfig-http"),
            SourceId::Guess => crate::t!("source-guess"),
        }
    }
}

impl fmt::Display for SourceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One server, fully resolved for one address: the "Server" object of the settings JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Server {
    pub protocol: Protocol,
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: String,
    pub auth: Auth,
    /// Which source found it.
    pub source: SourceId,
    /// The URL, file or DNS record it came from.
    pub url: String,
    /// Whether the channel it came by proves the address's domain (or a source we trust) vouched for it.
    pub trusted: bool,
    /// The provider's OAuth2 endpoints, when it offers OAuth2 sign-in and a vouched source said so
    /// (`https://` only; docs/design.md, "Trust").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<Box<OAuthEndpoints>>,
}

/// Where a provider signs people in with OAuth2: the autoconfig `<oAuth2>` element.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OAuthEndpoints {
    /// The issuer's name as the provider data gives it (`login.microsoftonline.com`); client
    /// registrations are keyed by it.
    pub issuer: String,
    /// The authorization endpoint (`https://` only).
    pub auth_url: String,
    /// The token endpoint (`https://` only).
    pub token_url: String,
    /// The scopes asked for, separated by spaces.
    pub scope: String,
}

impl OAuthEndpoints {
    /// Endpoints usable for a sign-in: both URLs parse and are `https://`, the issuer is not empty.
    pub fn checked(self) -> Option<OAuthEndpoints> {
        let https = |u: &str| url::Url::parse(u).is_ok_and(|u| u.scheme() == "https");
        (https(&self.auth_url) && https(&self.token_url) && !self.issuer.trim().is_empty())
            .then_some(self)
    }
}

impl Server {
    /// "IMAP mail.example.com, port 993, security TLS", as the wizard's details say it.
    pub fn line(&self) -> String {
        crate::t!(
            "receive-server-line",
            protocol = self.protocol.to_string(),
            host = self.host.as_str(),
            port = self.port,
            security = self.security.to_string()
        )
    }

    /// The same server: protocol, host, port and security match (username and provenance may differ).
    pub fn same_endpoint(&self, other: &Server) -> bool {
        self.protocol == other.protocol
            && self.host == other.host
            && self.port == other.port
            && self.security == other.security
    }

    /// Whether the login uses an OAuth2 sign-in rather than the password.
    pub fn uses_oauth(&self) -> bool {
        self.auth == Auth::OAuth2 && self.oauth.is_some()
    }

    /// The password-or-OAuth2 choice (docs/design.md, "Trust"): a server whose provider offers both
    /// signs in with OAuth2 when this copy has a client registration for the issuer (`registered`),
    /// else with the password. A server that offers only OAuth2 keeps it either way.
    pub fn prefer_oauth(&mut self, registered: impl Fn(&str) -> bool) {
        if let Some(o) = &self.oauth {
            if registered(&o.issuer) {
                self.auth = Auth::OAuth2;
            }
        }
    }

    /// The trust rule: the registrable domain a password would go to when the server is outside the
    /// address's registrable domain and no trusted source vouched for it (`None`: the password may go
    /// there without asking). The wizard then asks the person to type that domain; the command line
    /// refuses without `--trust`.
    pub fn foreign_domain(&self, addr: &crate::address::Address) -> Option<String> {
        let reg = crate::address::registrable_domain(&self.host).unwrap_or(&self.host);
        (!self.trusted && reg != addr.registrable_domain()).then(|| reg.to_owned())
    }
}

/// A secret such as a password. `Debug` and `Display` never show it.
/// Not comparable: a comparison that must look at a secret says so with `expose`.
#[derive(Clone)]
pub struct Secret<T: zeroize::Zeroize>(T);

impl<T: zeroize::Zeroize> Secret<T> {
    pub fn new(value: T) -> Self {
        Secret(value)
    }

    /// The secret itself; call only where it is about to be used.
    pub fn expose(&self) -> &T {
        &self.0
    }
}

/// Wiped when dropped, so a password does not linger in freed memory.
impl<T: zeroize::Zeroize> Drop for Secret<T> {
    fn drop(&mut self) {
        self.0.zeroize();
    }
}

impl<T: zeroize::Zeroize> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl<T: zeroize::Zeroize> fmt::Display for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_is_redacted() {
        let s = Secret::new(String::from("hunter2"));
        assert_eq!(format!("{s:?} {s}"), "[redacted] [redacted]");
        assert_eq!(s.expose(), "hunter2");
    }

    #[test]
    fn standard_ports() {
        for p in Protocol::ALL {
            assert_eq!(p.standard_port(Security::Tls), p.tls_port());
            assert_eq!(p.standard_port(Security::Starttls), p.starttls_port());
            assert_eq!(p.standard_port(Security::Plain), p.starttls_port());
            for s in [Security::Tls, Security::Starttls] {
                let port = p.standard_port(s);
                assert_eq!(p.security_of_port(port), Some(s));
                let (other, other_s) = p.other_standard_port(port).expect("a standard port");
                assert_ne!(other_s, s);
                assert_eq!(p.other_standard_port(other), Some((port, s)));
            }
        }
        assert_eq!(Protocol::Smtp.other_standard_port(25), None);
        assert_eq!(Protocol::Imap.other_standard_port(995), None);
    }

    #[test]
    fn serde_names() {
        assert_eq!(serde_json::to_string(&Auth::OAuth2).unwrap(), "\"oauth2\"");
        assert_eq!(
            serde_json::to_string(&Auth::PasswordCleartext).unwrap(),
            "\"password-cleartext\""
        );
        assert_eq!(
            serde_json::to_string(&Security::Starttls).unwrap(),
            "\"starttls\""
        );
        assert_eq!(
            serde_json::to_string(&SourceId::AutoconfigHttp).unwrap(),
            "\"autoconfig-http\""
        );
        for s in SourceId::ALL {
            assert_eq!(
                serde_json::to_string(&s).unwrap(),
                format!("\"{}\"", s.as_str())
            );
        }
    }
}
