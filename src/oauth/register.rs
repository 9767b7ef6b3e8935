//! Registration-free sign-in (draft-ietf-mailmaint-oauth-public): when no client is configured for
//! an issuer, read the issuer's metadata (RFC 8414, else OpenID discovery), and if it offers dynamic
//! client registration (RFC 7591), register this program as a native public client (no secret,
//! PKCE, loopback redirects on any port as RFC 8252 says) and keep the client id per issuer in the
//! program's config folder (`oauth-clients.json`; a client id is not a secret). Endpoints the
//! provider data did not give come from the metadata too.
//!
//! The metadata is read over `https://` only, from the issuer's own host, without following
//! redirects, at most [`MAX_METADATA`] bytes; its `issuer` must be the one asked for. The parsing is
//! pure and unit-tested; the requests go through the project's own HTTP client.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::SignInError;
use crate::net::{DnsError, FetchError, Net};

/// Largest metadata or registration answer read (real ones are a few KiB).
pub(crate) const MAX_METADATA: usize = 64 * 1024;

/// How long the metadata and the registration may take, each.
pub(crate) const METADATA_TIMEOUT: Duration = Duration::from_secs(10);

/// The scope of RFC-style mail access when the provider data names none
/// (draft-ietf-mailmaint-oauth-public).
pub(crate) const MAIL_SCOPE: &str = "urn:ietf:params:oauth:scope:mail";

/// The name this program registers under.
pub(crate) const CLIENT_NAME: &str = "Mail Setup";

/// What the issuer's metadata says (the fields this program uses).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub(crate) struct Metadata {
    pub issuer: String,
    #[serde(default)]
    pub authorization_endpoint: Option<String>,
    #[serde(default)]
    pub token_endpoint: Option<String>,
    #[serde(default)]
    pub registration_endpoint: Option<String>,
    #[serde(default)]
    pub scopes_supported: Vec<String>,
    /// RFC 9207: the redirect carries `iss`, which must then be the issuer.
    #[serde(default)]
    pub authorization_response_iss_parameter_supported: bool,
}

/// The issuer identifier (an `https://` URL) for an issuer as provider data names it: a host name
/// (`login.example.com`) or already a URL.
pub(crate) fn issuer_url(issuer: &str) -> String {
    let i = issuer.trim().trim_end_matches('/');
    if i.starts_with("https://") {
        i.to_owned()
    } else {
        format!("https://{i}")
    }
}

/// The two places metadata may be: RFC 8414's, then OpenID discovery's.
pub(crate) fn metadata_urls(issuer: &str) -> Vec<String> {
    let base = issuer_url(issuer);
    vec![
        format!("{base}/.well-known/oauth-authorization-server"),
        format!("{base}/.well-known/openid-configuration"),
    ]
}

/// Reads a metadata document and checks it belongs to `issuer` and names `https://` endpoints.
pub(crate) fn parse_metadata(issuer: &str, body: &[u8]) -> Result<Metadata, String> {
    let m: Metadata =
        serde_json::from_slice(body).map_err(|e| format!("the metadata is not valid: {e}"))?;
    let want = issuer_url(issuer);
    if m.issuer.trim_end_matches('/') != want {
        return Err(format!(
            "the metadata is for another issuer ({}, not {want})",
            m.issuer
        ));
    }
    let https = |u: &Option<String>| {
        u.as_deref()
            .is_none_or(|u| url::Url::parse(u).is_ok_and(|u| u.scheme() == "https"))
    };
    if !(https(&m.authorization_endpoint)
        && https(&m.token_endpoint)
        && https(&m.registration_endpoint))
    {
        return Err("the metadata names addresses that are not https://".into());
    }
    Ok(m)
}

impl Metadata {
    /// The scope to ask for when the provider data names none: mail access, and a refresh token
    /// when the issuer lists `offline_access`.
    pub(crate) fn default_scope(&self) -> String {
        if self.scopes_supported.iter().any(|s| s == "offline_access") {
            format!("{MAIL_SCOPE} offline_access")
        } else {
            MAIL_SCOPE.to_owned()
        }
    }
}

/// The registration request of a native public client (RFC 7591 §2, RFC 8252 §8.4): loopback
/// redirects, whose port the authorization server must let vary.
pub(crate) fn registration_request(redirect_host: &str) -> serde_json::Value {
    serde_json::json!({
        "client_name": CLIENT_NAME,
        "application_type": "native",
        "redirect_uris": [format!("http://{redirect_host}/")],
        "grant_types": ["authorization_code", "refresh_token"],
        "response_types": ["code"],
        "token_endpoint_auth_method": "none",
    })
}

/// The client id from a registration answer.
pub(crate) fn parse_registration(status: u16, body: &[u8]) -> Result<String, String> {
    #[derive(Deserialize)]
    struct Registered {
        client_id: Option<String>,
        error: Option<String>,
        error_description: Option<String>,
    }
    let r: Registered = serde_json::from_slice(body)
        .map_err(|_| format!("the registration answer is not valid (HTTP {status})"))?;
    match (r.client_id, r.error) {
        (Some(id), None) if (200..300).contains(&status) && !id.trim().is_empty() => Ok(id),
        (_, Some(e)) => Err(match r.error_description {
            Some(d) => format!("{e}: {d}"),
            None => e,
        }),
        _ => Err(format!("the registration was refused (HTTP {status})")),
    }
}

/// Fetches the issuer's metadata: RFC 8414's place first, then OpenID's. `Ok(None)`: the issuer
/// publishes none (both answer 404 or similar), so it offers no registration-free sign-in.
pub(crate) async fn fetch_metadata(
    net: &Net,
    issuer: &str,
) -> Result<Option<Metadata>, SignInError> {
    let mut last = None;
    for u in metadata_urls(issuer) {
        let Ok(url) = url::Url::parse(&u) else {
            return Err(SignInError::InsecureEndpoint);
        };
        let request = oauth2::http::Request::builder()
            .method(oauth2::http::Method::GET)
            .uri(u.as_str())
            .header(oauth2::http::header::ACCEPT, "application/json")
            .body(Vec::new())
            .map_err(|e| SignInError::Metadata(e.to_string()))?;
        let answer = tokio::time::timeout(METADATA_TIMEOUT, net.exchange(request, MAX_METADATA))
            .await
            .map_err(|_| SignInError::Metadata(format!("{url} did not answer in time")))?;
        let answer = match answer {
            Ok(a) => a,
            // No such host: nothing is published there, which is a "no", not a failure.
            Err(FetchError::Dns(DnsError::NxDomain(_) | DnsError::NoRecords(_))) => {
                return Ok(None);
            }
            Err(e) => return Err(SignInError::Metadata(format!("{url}: {e}"))),
        };
        let status = answer.status().as_u16();
        if status == 200 {
            return parse_metadata(issuer, answer.body())
                .map(Some)
                .map_err(SignInError::Metadata);
        }
        // A redirect is not followed (the answer must come from the issuer's own address).
        last = Some(status);
    }
    match last {
        Some(404 | 410 | 403 | 400 | 405) | None => Ok(None),
        Some(s) => Err(SignInError::Metadata(format!(
            "the provider's metadata answered HTTP {s}"
        ))),
    }
}

/// Registers this program at the issuer's registration endpoint: the new client id.
pub(crate) async fn register(
    net: &Net,
    endpoint: &str,
    redirect_host: &str,
) -> Result<String, SignInError> {
    let body = serde_json::to_vec(&registration_request(redirect_host))
        .map_err(|e| SignInError::Registration(e.to_string()))?;
    let request = oauth2::http::Request::builder()
        .method(oauth2::http::Method::POST)
        .uri(endpoint)
        .header(oauth2::http::header::CONTENT_TYPE, "application/json")
        .header(oauth2::http::header::ACCEPT, "application/json")
        .body(body)
        .map_err(|e| SignInError::Registration(e.to_string()))?;
    let answer = tokio::time::timeout(METADATA_TIMEOUT, net.exchange(request, MAX_METADATA))
        .await
        .map_err(|_| SignInError::Registration("the provider did not answer in time".into()))?
        .map_err(|e| SignInError::Registration(e.to_string()))?;
    parse_registration(answer.status().as_u16(), answer.body()).map_err(SignInError::Registration)
}

/// The client ids this program registered, per issuer, in `oauth-clients.json` in its config
/// folder. Not secret. A file that cannot be read or parsed counts as empty (its ids can be
/// registered again) and is replaced on the next registration.
#[derive(Debug, Clone)]
pub struct ClientStore {
    path: Option<PathBuf>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct StoreFile {
    #[serde(default)]
    clients: BTreeMap<String, StoredClient>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredClient {
    client_id: String,
}

/// Largest store file read; a larger one counts as unreadable (so as empty), never read cut.
const MAX_STORE: u64 = 256 * 1024;

impl ClientStore {
    /// The store in the person's config folder (`$XDG_CONFIG_HOME/mailsetup/oauth-clients.json`).
    pub fn user() -> ClientStore {
        ClientStore {
            path: dirs::config_dir().map(|d| d.join("mailsetup").join("oauth-clients.json")),
        }
    }

    /// A store in a file of the caller's (tests).
    pub fn at(path: &Path) -> ClientStore {
        ClientStore {
            path: Some(path.to_owned()),
        }
    }

    fn read(&self) -> StoreFile {
        let Some(p) = &self.path else {
            return StoreFile::default();
        };
        let Ok(f) = std::fs::File::open(p) else {
            return StoreFile::default();
        };
        let mut bytes = Vec::new();
        let read =
            std::io::Read::read_to_end(&mut std::io::Read::take(f, MAX_STORE + 1), &mut bytes);
        if read.is_err() || bytes.len() as u64 > MAX_STORE {
            return StoreFile::default();
        }
        serde_json::from_slice(&bytes).unwrap_or_default()
    }

    /// The client registered before at this issuer.
    pub fn get(&self, issuer: &str) -> Option<String> {
        self.read()
            .clients
            .get(&issuer_url(issuer))
            .map(|c| c.client_id.clone())
    }

    /// Keeps (or, with `None`, forgets) the client of this issuer; written whole or not at all.
    pub fn set(&self, issuer: &str, client_id: Option<&str>) -> std::io::Result<()> {
        let Some(p) = &self.path else {
            return Ok(());
        };
        let mut file = self.read();
        let key = issuer_url(issuer);
        match client_id {
            Some(id) => {
                file.clients.insert(
                    key,
                    StoredClient {
                        client_id: id.to_owned(),
                    },
                );
            }
            None => {
                file.clients.remove(&key);
            }
        }
        if let Some(dir) = p.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let json = serde_json::to_vec_pretty(&file).map_err(std::io::Error::other)?;
        let tmp = p.with_extension("json.tmp");
        std::fs::write(&tmp, json)?;
        std::fs::rename(&tmp, p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn issuer_urls_and_metadata_places() {
        assert_eq!(issuer_url("login.example.com"), "https://login.example.com");
        assert_eq!(issuer_url("https://id.example/"), "https://id.example");
        assert_eq!(
            metadata_urls("login.example.com"),
            [
                "https://login.example.com/.well-known/oauth-authorization-server",
                "https://login.example.com/.well-known/openid-configuration"
            ]
        );
    }

    #[test]
    fn metadata_must_name_its_issuer_and_https_endpoints() {
        let good = br#"{"issuer":"https://login.example.com","authorization_endpoint":"https://login.example.com/a",
            "token_endpoint":"https://login.example.com/t","registration_endpoint":"https://login.example.com/r",
            "scopes_supported":["urn:ietf:params:oauth:scope:mail","offline_access"],
            "authorization_response_iss_parameter_supported":true}"#;
        let m = parse_metadata("login.example.com", good).expect("good");
        assert!(m.authorization_response_iss_parameter_supported);
        assert_eq!(
            m.default_scope(),
            "urn:ietf:params:oauth:scope:mail offline_access"
        );
        let other =
            br#"{"issuer":"https://evil.example","token_endpoint":"https://evil.example/t"}"#;
        assert!(
            parse_metadata("login.example.com", other)
                .unwrap_err()
                .contains("another issuer")
        );
        let plain = br#"{"issuer":"https://login.example.com","token_endpoint":"http://login.example.com/t"}"#;
        assert!(parse_metadata("login.example.com", plain).is_err());
        assert!(parse_metadata("login.example.com", b"<html>").is_err());
        let bare = br#"{"issuer":"https://login.example.com"}"#;
        let m = parse_metadata("login.example.com", bare).expect("minimal");
        assert_eq!(m.default_scope(), MAIL_SCOPE);
        assert_eq!(m.registration_endpoint, None);
    }

    #[test]
    fn the_registration_is_a_native_public_client() {
        let r = registration_request("127.0.0.1");
        assert_eq!(r["token_endpoint_auth_method"], "none");
        assert_eq!(r["application_type"], "native");
        assert_eq!(r["redirect_uris"][0], "http://127.0.0.1/");
        assert_eq!(r["grant_types"][0], "authorization_code");
        assert_eq!(
            parse_registration(201, br#"{"client_id":"abc"}"#),
            Ok("abc".into())
        );
        assert_eq!(
            parse_registration(400, br#"{"error":"invalid_redirect_uri"}"#),
            Err("invalid_redirect_uri".into())
        );
        assert!(parse_registration(500, b"oops").is_err());
        assert!(parse_registration(200, br#"{"client_id":" "}"#).is_err());
    }

    #[test]
    fn the_store_keeps_one_client_per_issuer_and_survives_a_corrupt_file() {
        let dir = std::env::temp_dir().join(format!("mailsetup-store-{}", std::process::id()));
        let path = dir.join("sub/oauth-clients.json");
        let store = ClientStore::at(&path);
        assert_eq!(store.get("login.example.com"), None);
        store.set("login.example.com", Some("one")).expect("set");
        store.set("https://id.example", Some("two")).expect("set");
        assert_eq!(
            store.get("https://login.example.com/").as_deref(),
            Some("one")
        );
        assert_eq!(store.get("id.example").as_deref(), Some("two"));
        store.set("login.example.com", None).expect("forget");
        assert_eq!(store.get("login.example.com"), None);
        std::fs::write(&path, b"{not json").expect("corrupt");
        assert_eq!(store.get("id.example"), None);
        store.set("id.example", Some("three")).expect("replaced");
        assert_eq!(store.get("id.example").as_deref(), Some("three"));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_store_of_exactly_the_limit_is_read_and_a_larger_one_is_never_read_cut() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("oauth-clients.json");
        let store = ClientStore::at(&path);
        let json = r#"{"clients":{"https://id.example":{"client_id":"one"}}}"#;
        let padded = json.to_owned() + &" ".repeat(MAX_STORE as usize - json.len());
        std::fs::write(&path, &padded).expect("write");
        assert_eq!(store.get("id.example").as_deref(), Some("one"));
        std::fs::write(&path, format!("{padded} ")).expect("write");
        assert_eq!(store.get("id.example"), None, "unreadable counts as empty");
    }
}
