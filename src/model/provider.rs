//! Who runs a server, for the few providers we name: the OAuth2 issuers as the provider data spells
//! them, and the big providers whose advice is worded for them. The one home of these names.

use super::{OAuthEndpoints, Server};

/// The issuer name Microsoft's provider data uses; its endpoints take a tenant and it wants
/// `http://localhost` redirects.
pub const MICROSOFT_ISSUER: &str = "login.microsoftonline.com";

/// The issuer name Google's provider data uses.
pub const GOOGLE_ISSUER: &str = "accounts.google.com";

/// Every issuer the bundled provider data names (a unit test keeps this list equal to the data):
/// the issuers a helpdesk preset may register a client for.
pub const KNOWN_ISSUERS: &[&str] = &[
    MICROSOFT_ISSUER,
    GOOGLE_ISSUER,
    "login.yahoo.com",
    "login.aol.com",
    "o2.mail.ru",
    "oauth.yandex.com",
    "comcast.net",
];

/// The big providers by name, for advice in their own words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    Microsoft,
    Google,
}

/// The provider of a server: from its OAuth2 issuer, else from its host name.
pub fn provider_of(server: &Server) -> Option<Provider> {
    let issuer = server.oauth.as_ref().map(|o| o.issuer.as_str());
    let host = server.host.as_str();
    let under = |d: &str| host == d || host.ends_with(&format!(".{d}"));
    if issuer == Some(MICROSOFT_ISSUER) || under("office365.com") || under("outlook.com") {
        Some(Provider::Microsoft)
    } else if issuer == Some(GOOGLE_ISSUER) || under("gmail.com") || under("googlemail.com") {
        Some(Provider::Google)
    } else {
        None
    }
}

/// The provider's name for people: the display name is not in the settings JSON, so the issuer's
/// well-known owners are named and anything else by its issuer.
pub fn provider_name(e: &OAuthEndpoints) -> String {
    match e.issuer.as_str() {
        MICROSOFT_ISSUER => "Microsoft".into(),
        GOOGLE_ISSUER => "Google".into(),
        other => other.to_owned(),
    }
}
