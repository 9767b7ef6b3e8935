//! The shape of `preset.toml` as serde reads it: every key that can be wrong keeps its span
//! (`toml::Spanned`) so a problem can name its line; unknown keys are refused. Nothing here is
//! checked beyond its type: that is `validate.rs`.

use serde::Deserialize;
use toml::Spanned;

use crate::export::Format;
use crate::model::{Auth, Protocol, Security};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct File {
    pub(super) organisation: Organisation,
    #[serde(default)]
    pub(super) support: Option<Spanned<SupportFile>>,
    pub(super) mail: Spanned<Mail>,
    #[serde(default)]
    pub(super) rules: Option<Rules>,
    #[serde(default)]
    pub(super) certificate_pins: Vec<PinFile>,
    #[serde(default)]
    pub(super) oauth: Vec<OAuthFile>,
    #[serde(default)]
    pub(super) provision: Option<ProvisionFile>,
}

/// `[provision]`: the templates `mailsetup provision` fills in, and whether it runs at login.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ProvisionFile {
    #[serde(default)]
    pub(super) address: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) name: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) at_login: Option<Spanned<bool>>,
}

/// One `[[oauth]]` entry: the organisation's own client registration at an OAuth2 issuer.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct OAuthFile {
    pub(super) issuer: Spanned<String>,
    pub(super) client_id: Spanned<String>,
    #[serde(default)]
    pub(super) client_secret: Option<String>,
    #[serde(default)]
    pub(super) tenant: Option<Spanned<String>>,
}

/// `[organisation]`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Organisation {
    pub(super) name: Spanned<String>,
    #[serde(default)]
    pub(super) logo: Option<Spanned<String>>,
}

/// `[support]`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SupportFile {
    #[serde(default)]
    pub(super) email: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) phone: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) url: Option<Spanned<String>>,
}

/// `[mail]`: the domains, and the servers either from an autoconfig file or inline.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Mail {
    pub(super) domains: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    pub(super) autoconfig: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) incoming: Vec<Spanned<ServerFile>>,
    #[serde(default)]
    pub(super) outgoing: Vec<Spanned<ServerFile>>,
}

/// One `[[mail.incoming]]` or `[[mail.outgoing]]` entry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ServerFile {
    #[serde(default)]
    pub(super) protocol: Option<Spanned<Protocol>>,
    pub(super) host: Spanned<String>,
    pub(super) port: Spanned<u16>,
    pub(super) security: Spanned<Security>,
    #[serde(default)]
    pub(super) username: Option<String>,
    #[serde(default)]
    pub(super) auth: Option<Spanned<Auth>>,
}

/// `[rules]`
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Rules {
    #[serde(default)]
    pub(super) protocols: Option<Spanned<Vec<Protocol>>>,
    #[serde(default)]
    pub(super) exports: Option<Spanned<Vec<Format>>>,
}

/// One `[[certificate_pins]]` entry.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PinFile {
    pub(super) host: Spanned<String>,
    pub(super) sha256: Spanned<OneOrMany>,
}

/// `sha256 = "…"` or `sha256 = ["…", "…"]`.
#[derive(Deserialize)]
#[serde(untagged)]
pub(super) enum OneOrMany {
    One(String),
    Many(Vec<String>),
}
