//! Autoconfig XML (`config-v1.1.xml`): the format of provider autoconfig, the ISPDB and our bundled data.
//!
//! Follows Thunderbird's clientConfig v1.1 and draft-ietf-mailmaint-autoconfig (v1.2 additions:
//! `<domain purpose="mx">`, `<authentication system="sasl">`). Parsing is pure: bytes in, a
//! [`ProviderConfig`] of *templates* out; [`ServerTemplate::resolve`] fills in the placeholders
//! (`%EMAILADDRESS%`, `%EMAILLOCALPART%`, `%EMAILDOMAIN%`) for one address.
//!
//! Tolerated quirks, each seen in real files:
//! - `%EMAILADDRESS` without its closing `%` (ISPDB `office365.com.xml`, EWS entries);
//! - server types other than imap/pop3/smtp (`exchange`, `ews`, `owa`, `graph`, `jmap`) are skipped;
//! - deprecated authentication names `plain` and `secure`;
//! - a server without an `authentication` element means password-cleartext, as Thunderbird reads it;
//! - servers missing a hostname or a usable port are skipped, not fatal;
//! - element names are matched case-insensitively and unknown elements are ignored;
//! - the `<oAuth2>` element (issuer, scope, authURL, tokenURL) sits beside `emailProvider` in the
//!   ISPDB's files and inside it in some others: both places are read; endpoints that are not
//!   `https://` are dropped with a note.

use serde::{Deserialize, Serialize};

use super::xml::{self, Element, XmlError};
use crate::address::{Address, normalise_host};
use crate::model::{Auth, OAuthEndpoints, Protocol, Security, Server, SourceId};

/// Why an autoconfig document was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error(transparent)]
    Xml(#[from] XmlError),
    #[error("{}", crate::t!("error-config-not-client-config", root = .0.as_str()))]
    NotClientConfig(String),
    #[error("{}", crate::t!("error-config-no-provider"))]
    NoProvider,
}

/// One provider's settings, with placeholders still in place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProviderConfig {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    /// Email domains this provider serves.
    pub domains: Vec<String>,
    /// Domains of MX hosts that identify this provider (`<domain purpose="mx">`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mx_domains: Vec<String>,
    #[serde(default)]
    pub incoming: Vec<ServerTemplate>,
    #[serde(default)]
    pub outgoing: Vec<ServerTemplate>,
    /// Help pages (e.g. "how to enable IMAP", "app passwords").
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documentation: Vec<String>,
    /// Where the provider's OAuth2 sign-in lives (`<oAuth2>`), `https://` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oauth: Option<OAuthEndpoints>,
    /// What was skipped while reading the file and why (not part of the bundled data).
    #[serde(skip)]
    pub skipped: Vec<String>,
}

/// A server entry as written in the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServerTemplate {
    pub protocol: Protocol,
    pub hostname: String,
    pub port: u16,
    pub security: Security,
    /// Accepted methods, the provider's preference first.
    pub auth: Vec<Auth>,
    /// The username form, e.g. `%EMAILADDRESS%` or `%EMAILLOCALPART%`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub username: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leave_messages_on_server: Option<bool>,
}

/// Fills the address placeholders into a template string.
pub(crate) fn substitute(template: &str, addr: &Address) -> String {
    let full = addr.to_string();
    let out = template
        .replace("%EMAILADDRESS%", &full)
        .replace("%EMAILLOCALPART%", addr.local_part())
        .replace("%EMAILDOMAIN%", addr.domain())
        .replace("%REALNAME%", "");
    // Quirk: `%EMAILADDRESS` with no closing `%` (ISPDB office365.com.xml).
    out.replace("%EMAILADDRESS", &full)
}

impl ServerTemplate {
    /// The first method that uses the password, else the provider's first choice (which the checker
    /// will report as unsupported, e.g. OAuth2 only).
    pub fn preferred_auth(&self) -> Auth {
        self.auth
            .iter()
            .copied()
            .find(|a| a.uses_password())
            .or_else(|| self.auth.first().copied())
            .unwrap_or(Auth::PasswordCleartext)
    }

    /// This server for one address, or `None` when the host name is not valid once filled in.
    pub fn resolve(
        &self,
        addr: &Address,
        source: SourceId,
        url: &str,
        trusted: bool,
    ) -> Option<Server> {
        let host = normalise_host(&substitute(&self.hostname, addr))?;
        let username = match &self.username {
            Some(u) => substitute(u, addr),
            None => addr.to_string(),
        };
        Some(Server {
            protocol: self.protocol,
            host,
            port: self.port,
            security: self.security,
            username,
            auth: self.preferred_auth(),
            source,
            url: url.to_owned(),
            trusted,
            oauth: None,
        })
    }
}

impl ProviderConfig {
    /// Every server of this provider filled in for `addr`, incoming then outgoing, in file order.
    /// A server that offers OAuth2 carries the provider's endpoints only when the source is vouched
    /// for (docs/design.md, "Trust").
    pub fn resolve(
        &self,
        addr: &Address,
        source: SourceId,
        url: &str,
        trusted: bool,
    ) -> Vec<Server> {
        self.incoming
            .iter()
            .chain(&self.outgoing)
            .filter_map(|t| {
                let mut s = t.resolve(addr, source, url, trusted)?;
                if trusted && t.auth.contains(&Auth::OAuth2) {
                    s.oauth = self.oauth.clone().map(Box::new);
                }
                Some(s)
            })
            .collect()
    }

    /// Whether this provider serves `domain`, by email domain or MX domain.
    pub fn serves(&self, domain: &str) -> bool {
        self.domains
            .iter()
            .chain(&self.mx_domains)
            .any(|d| d == domain)
    }
}

fn parse_auth(el: &Element) -> Option<Auth> {
    let text = el.text.trim();
    if el
        .attr("system")
        .is_some_and(|s| s.eq_ignore_ascii_case("sasl"))
    {
        let upper = text.to_ascii_uppercase();
        return match upper.as_str() {
            "PLAIN" | "LOGIN" => Some(Auth::PasswordCleartext),
            "XOAUTH2" | "OAUTHBEARER" => Some(Auth::OAuth2),
            "GSSAPI" => Some(Auth::Gssapi),
            "NTLM" => Some(Auth::Ntlm),
            "EXTERNAL" => Some(Auth::TlsClientCert),
            s if s.starts_with("SCRAM-") || s == "CRAM-MD5" => Some(Auth::PasswordEncrypted),
            _ => None,
        };
    }
    match text.to_ascii_lowercase().as_str() {
        "password-cleartext" | "plain" => Some(Auth::PasswordCleartext),
        "password-encrypted" | "secure" => Some(Auth::PasswordEncrypted),
        "oauth2" => Some(Auth::OAuth2),
        "gssapi" => Some(Auth::Gssapi),
        "ntlm" => Some(Auth::Ntlm),
        "client-ip-address" => Some(Auth::ClientIpAddress),
        "tls-client-cert" => Some(Auth::TlsClientCert),
        "none" => Some(Auth::None),
        "smtp-after-pop" => Some(Auth::SmtpAfterPop),
        _ => None,
    }
}

/// The `<oAuth2>` element: its issuer, and its endpoints and scope when given (those missing come
/// from the issuer's metadata at sign-in: `oauth::register`). Endpoints that are given must be
/// `https://`, or the element is skipped.
fn parse_oauth(el: &Element, skipped: &mut Vec<String>) -> Option<OAuthEndpoints> {
    let text = |name: &str| {
        el.child_text(name)
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
    };
    let endpoints = OAuthEndpoints {
        issuer: text("issuer")?,
        auth_url: text("authURL").unwrap_or_default(),
        token_url: text("tokenURL").unwrap_or_default(),
        scope: text("scope").unwrap_or_default(),
    };
    let https = |u: &str| u.is_empty() || url::Url::parse(u).is_ok_and(|u| u.scheme() == "https");
    if !(https(&endpoints.auth_url) && https(&endpoints.token_url)) {
        skipped.push("the OAuth2 sign-in, whose addresses are not https:// URLs".into());
        return None;
    }
    Some(endpoints)
}

fn parse_security(text: Option<&str>) -> Option<Security> {
    match text.map(str::to_ascii_lowercase).as_deref() {
        Some("ssl") | Some("tls") => Some(Security::Tls),
        Some("starttls") => Some(Security::Starttls),
        // The format's default when the element is absent is an unencrypted connection.
        Some("plain") | None => Some(Security::Plain),
        Some(_) => None,
    }
}

fn parse_server(el: &Element, skipped: &mut Vec<String>) -> Option<ServerTemplate> {
    let kind = el.attr("type").unwrap_or("").trim().to_ascii_lowercase();
    let protocol = match (el.name.to_ascii_lowercase().as_str(), kind.as_str()) {
        ("incomingserver", "imap") => Protocol::Imap,
        ("incomingserver", "pop3") => Protocol::Pop3,
        ("outgoingserver", "smtp") => Protocol::Smtp,
        (_, other) => {
            skipped.push(format!(
                "a server of type {other:?}, which we do not set up"
            ));
            return None;
        }
    };
    let Some(hostname) = el.child_text("hostname") else {
        skipped.push(format!("a {protocol} server without a host name"));
        return None;
    };
    let port = match el.child_text("port").map(str::parse::<u16>) {
        Some(Ok(p)) if p > 0 => p,
        _ => {
            skipped.push(format!(
                "the {protocol} server {hostname} without a usable port"
            ));
            return None;
        }
    };
    let Some(security) = parse_security(el.child_text("socketType")) else {
        skipped.push(format!(
            "the {protocol} server {hostname} with an unknown socketType"
        ));
        return None;
    };
    let mut auth: Vec<Auth> = Vec::new();
    for a in el.children_named("authentication").filter_map(parse_auth) {
        if !auth.contains(&a) {
            auth.push(a);
        }
    }
    if auth.is_empty() {
        auth.push(Auth::PasswordCleartext);
    }
    let leave_messages_on_server = el
        .child("pop3")
        .and_then(|p| p.child_text("leaveMessagesOnServer"))
        .map(|t| t.eq_ignore_ascii_case("true"));
    Some(ServerTemplate {
        protocol,
        hostname: hostname.to_owned(),
        port,
        security,
        auth,
        username: el.child_text("username").map(str::to_owned),
        leave_messages_on_server,
    })
}

/// Parses a `config-v1.1.xml` document. Only the first `emailProvider` is read (the format has one).
pub fn parse(input: &[u8]) -> Result<ProviderConfig, ConfigError> {
    let root = xml::parse(input)?;
    if !root.name.eq_ignore_ascii_case("clientConfig") {
        return Err(ConfigError::NotClientConfig(root.name));
    }
    let provider = root.child("emailProvider").ok_or(ConfigError::NoProvider)?;
    let mut cfg = ProviderConfig {
        id: provider.attr("id").unwrap_or("").trim().to_owned(),
        display_name: provider.child_text("displayName").map(str::to_owned),
        domains: Vec::new(),
        mx_domains: Vec::new(),
        incoming: Vec::new(),
        outgoing: Vec::new(),
        documentation: Vec::new(),
        oauth: None,
        skipped: Vec::new(),
    };
    if let Some(o) = provider.child("oAuth2").or_else(|| root.child("oAuth2")) {
        cfg.oauth = parse_oauth(o, &mut cfg.skipped);
    }
    for d in provider.children_named("domain") {
        let Some(name) = normalise_host(&d.text) else {
            if !d.text.trim().is_empty() {
                cfg.skipped.push(format!(
                    "the domain {:?}, which is not a valid name",
                    d.text.trim()
                ));
            }
            continue;
        };
        let list = if d
            .attr("purpose")
            .is_some_and(|p| p.eq_ignore_ascii_case("mx"))
        {
            &mut cfg.mx_domains
        } else {
            &mut cfg.domains
        };
        if !list.contains(&name) {
            list.push(name);
        }
    }
    for el in &provider.children {
        let name = el.name.to_ascii_lowercase();
        if name == "incomingserver" || name == "outgoingserver" {
            if let Some(t) = parse_server(el, &mut cfg.skipped) {
                if t.protocol == Protocol::Smtp {
                    cfg.outgoing.push(t);
                } else {
                    cfg.incoming.push(t);
                }
            }
        } else if name == "documentation" {
            if let Some(url) = el.attr("url").map(str::trim).filter(|u| !u.is_empty()) {
                cfg.documentation.push(url.to_owned());
            }
        }
    }
    if cfg.id.is_empty() {
        cfg.id = cfg.domains.first().cloned().unwrap_or_default();
    }
    Ok(cfg)
}

#[cfg(test)]
mod tests {
    use super::*;

    const GOOD: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="example.com">
    <domain>example.com</domain>
    <domain>Example.NET</domain>
    <domain purpose="mx">mx.example-hosting.com</domain>
    <displayName>Example Mail</displayName>
    <incomingServer type="imap">
      <hostname>imap.%EMAILDOMAIN%</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <username>%EMAILLOCALPART%</username>
      <authentication>OAuth2</authentication>
      <authentication>password-cleartext</authentication>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop.example.com</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <username>%EMAILADDRESS%</username>
      <authentication system="sasl">SCRAM-SHA-256</authentication>
      <pop3><leaveMessagesOnServer>true</leaveMessagesOnServer></pop3>
    </incomingServer>
    <incomingServer type="ews"><url>https://x.example.com/ews</url></incomingServer>
    <incomingServer type="imap"><hostname>broken.example.com</hostname><port>nope</port></incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.example.com</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <username>%EMAILADDRESS</username>
      <authentication>plain</authentication>
    </outgoingServer>
    <documentation url="https://example.com/help"><descr>Help</descr></documentation>
    <unknownThing><nested/></unknownThing>
  </emailProvider>
  <oAuth2>
    <issuer>login.example.com</issuer>
    <scope>imap smtp offline_access</scope>
    <authURL>https://login.example.com/authorize</authURL>
    <tokenURL>https://login.example.com/token</tokenURL>
  </oAuth2>
</clientConfig>"#;

    #[test]
    fn parses_servers_and_quirks() {
        let cfg = parse(GOOD.as_bytes()).unwrap();
        assert_eq!(cfg.id, "example.com");
        assert_eq!(cfg.domains, ["example.com", "example.net"]);
        assert_eq!(cfg.mx_domains, ["mx.example-hosting.com"]);
        assert_eq!(cfg.incoming.len(), 2);
        assert_eq!(cfg.outgoing.len(), 1);
        assert_eq!(cfg.skipped.len(), 2, "{:?}", cfg.skipped);
        assert_eq!(cfg.incoming[1].auth, [Auth::PasswordEncrypted]);
        assert_eq!(cfg.incoming[1].leave_messages_on_server, Some(true));
        assert_eq!(cfg.documentation, ["https://example.com/help"]);

        let addr = Address::parse("Hello@example.com").unwrap();
        let servers = cfg.resolve(&addr, SourceId::Autoconfig, "https://x", true);
        assert_eq!(servers[0].host, "imap.example.com");
        assert_eq!(servers[0].username, "Hello");
        assert_eq!(
            servers[0].auth,
            Auth::PasswordCleartext,
            "password method preferred over OAuth2"
        );
        let oauth = servers[0]
            .oauth
            .as_ref()
            .expect("OAuth2 offered and vouched");
        assert_eq!(oauth.issuer, "login.example.com");
        assert_eq!(oauth.token_url, "https://login.example.com/token");
        assert_eq!(servers[1].oauth, None, "the POP3 server offers no OAuth2");
        let mut imap = servers[0].clone();
        imap.prefer_oauth(|_| false);
        assert_eq!(
            imap.auth,
            Auth::PasswordCleartext,
            "no registration: the password"
        );
        imap.prefer_oauth(|i| i == "login.example.com");
        assert_eq!(imap.auth, Auth::OAuth2, "a registration: OAuth2");
        let unvouched = cfg.resolve(&addr, SourceId::AutoconfigHttp, "http://x", false);
        assert_eq!(
            unvouched[0].oauth, None,
            "endpoints only from vouched sources"
        );
        assert_eq!(servers[2].protocol, Protocol::Smtp);
        assert_eq!(servers[2].security, Security::Starttls);
        assert_eq!(
            servers[2].username, "Hello@example.com",
            "unclosed %EMAILADDRESS quirk"
        );
    }

    #[test]
    fn oauth_endpoints_must_be_https() {
        let doc = GOOD.replace(
            "https://login.example.com/token",
            "http://login.example.com/token",
        );
        let cfg = parse(doc.as_bytes()).unwrap();
        assert_eq!(cfg.oauth, None);
        assert!(
            cfg.skipped.iter().any(|s| s.contains("OAuth2")),
            "{:?}",
            cfg.skipped
        );
        let inside = r#"<clientConfig><emailProvider id="x"><domain>x.com</domain>
            <oAuth2><issuer>i</issuer><scope>s</scope><authURL>https://i/a</authURL>
            <tokenURL>https://i/t</tokenURL></oAuth2></emailProvider></clientConfig>"#;
        assert_eq!(parse(inside.as_bytes()).unwrap().oauth.unwrap().issuer, "i");
        // Only the issuer: the endpoints come from its metadata when signing in.
        let bare = r#"<clientConfig><emailProvider id="x"><domain>x.com</domain>
            <oAuth2><issuer>login.x.com</issuer></oAuth2></emailProvider></clientConfig>"#;
        let o = parse(bare.as_bytes()).unwrap().oauth.expect("issuer alone");
        assert_eq!(
            (o.issuer.as_str(), o.auth_url.as_str()),
            ("login.x.com", "")
        );
        let none = r#"<clientConfig><emailProvider id="x"><domain>x.com</domain>
            <oAuth2><scope>s</scope></oAuth2></emailProvider></clientConfig>"#;
        assert_eq!(
            parse(none.as_bytes()).unwrap().oauth,
            None,
            "no issuer, nothing"
        );
    }

    #[test]
    fn refuses_other_documents() {
        assert_eq!(
            parse(b"<html><body/></html>"),
            Err(ConfigError::NotClientConfig("html".into()))
        );
        assert_eq!(parse(b"<clientConfig/>"), Err(ConfigError::NoProvider));
        assert!(matches!(parse(b"<clientConfig"), Err(ConfigError::Xml(_))));
    }

    #[test]
    fn bad_host_after_substitution_is_dropped() {
        let doc = r#"<clientConfig><emailProvider id="x"><domain>x.com</domain>
            <incomingServer type="imap"><hostname>bad host</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
            </emailProvider></clientConfig>"#;
        let cfg = parse(doc.as_bytes()).unwrap();
        let addr = Address::parse("a@x.com").unwrap();
        assert!(cfg.resolve(&addr, SourceId::Ispdb, "u", true).is_empty());
    }
}
