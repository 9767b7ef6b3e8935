//! What can be wrong with a preset ([`Problem`]), and where ([`PresetError`]: the file and the line,
//! worked out from the byte spans `toml::Spanned` keeps for every value).

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use super::logo::MAX_LOGO_SIDE;
use crate::model::Protocol;
use crate::t;

/// Why a preset cannot be used: the file, the line (when the fault has one) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresetError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub problem: Problem,
}

impl PresetError {
    /// A fault of the whole file (unreadable, too large, not text): no line.
    pub(super) fn whole(file: &Path, problem: Problem) -> Self {
        PresetError {
            file: file.to_owned(),
            line: None,
            problem,
        }
    }

    /// The TOML parser's refusal (syntax, an unknown key, a wrong type), at its line when it has one.
    pub(super) fn syntax(file: &Path, text: &str, e: &toml::de::Error) -> Self {
        PresetError {
            file: file.to_owned(),
            line: e.span().map(|s| line_of(text, s.start)),
            problem: Problem::Syntax(e.message().trim().to_owned()),
        }
    }
}

impl fmt::Display for PresetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = self.file.display().to_string();
        let reason = self.problem.to_string();
        f.write_str(&match self.line {
            Some(line) => t!("preset-error-at", file = file, line = line, reason = reason),
            None => t!("preset-error", file = file, reason = reason),
        })
    }
}

impl std::error::Error for PresetError {}

/// A problem found by a section's check, with the byte range in the preset's text it is about.
#[derive(Debug)]
pub(super) struct Spot {
    pub(super) span: Range<usize>,
    pub(super) problem: Problem,
}

impl Spot {
    pub(super) fn new(span: Range<usize>, problem: Problem) -> Self {
        Spot { span, problem }
    }

    /// The error to report for `file`, whose text is `text`: the span becomes a line number.
    pub(super) fn locate(self, file: &Path, text: &str) -> PresetError {
        PresetError {
            file: file.to_owned(),
            line: Some(line_of(text, self.span.start)),
            problem: self.problem,
        }
    }
}

/// The 1-based line that byte `offset` of `text` is on (the last line when it is past the end).
pub(super) fn line_of(text: &str, offset: usize) -> usize {
    let before = &text.as_bytes()[..offset.min(text.len())];
    before.iter().filter(|&&b| b == b'\n').count() + 1
}

/// What is wrong with a preset, by kind (unit tests cover each).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    Unreadable(String),
    TooLarge,
    /// TOML syntax, an unknown key or a wrong type, in the parser's words.
    Syntax(String),
    NoName,
    LogoUnreadable {
        file: String,
        reason: String,
    },
    LogoTooLarge(String),
    LogoNotImage(String),
    LogoTooManyPixels {
        file: String,
        width: u32,
        height: u32,
    },
    NoSupport,
    BadSupportEmail(String),
    BadSupportUrl(String),
    BadSupportPhone(String),
    NoDomains,
    BadDomain {
        domain: String,
        reason: String,
    },
    DuplicateDomain(String),
    NoServers,
    BothServerKinds,
    AutoconfigUnreadable {
        file: String,
        reason: String,
    },
    AutoconfigInvalid {
        file: String,
        reason: String,
    },
    NoIncoming,
    NoOutgoing,
    BadHost(String),
    BadPort,
    PlainText(String),
    WrongDirection {
        protocol: Protocol,
        list: &'static str,
    },
    NoPasswordAuth(String),
    NoProtocols,
    ProtocolNotIncoming(Protocol),
    NoAllowedServer,
    NoExports,
    BadPin(String),
    PinForUnknownHost(String),
    BadOAuth(String),
    /// An `[[oauth]]` issuer no provider data names (a typo, or a provider Mail Setup does not
    /// know: those sign in without a registration where they offer it).
    UnknownIssuer(String),
    /// A Microsoft client id that is not the application's GUID.
    NotAGuid(String),
    /// A `[provision]` template with a `{…}` that is not `{user}` or `{full_name}`.
    BadPlaceholder(String),
    /// `[provision] address` does not make an email address once filled in.
    BadProvisionAddress(String),
    /// `at_login = true` with no `address` template: at login nobody can type one.
    AtLoginNeedsAddress,
}

impl fmt::Display for Problem {
    /// The problem in the catalogue's words.
    ///
    /// Long on purpose: one flat table from each variant to its catalogue message, read best whole.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Problem::Unreadable(reason) => t!("preset-unreadable", reason = reason.as_str()),
            Problem::TooLarge => t!("preset-too-large"),
            Problem::Syntax(reason) => t!("preset-syntax", reason = reason.as_str()),
            Problem::NoName => t!("preset-no-name"),
            Problem::LogoUnreadable { file, reason } => t!(
                "preset-logo-unreadable",
                file = file.as_str(),
                reason = reason.as_str()
            ),
            Problem::LogoTooLarge(file) => t!("preset-logo-too-large", file = file.as_str()),
            Problem::LogoNotImage(file) => t!("preset-logo-not-image", file = file.as_str()),
            Problem::LogoTooManyPixels {
                file,
                width,
                height,
            } => t!(
                "preset-logo-too-many-pixels",
                file = file.as_str(),
                width = *width,
                height = *height,
                max = MAX_LOGO_SIDE
            ),
            Problem::NoSupport => t!("preset-no-support"),
            Problem::BadSupportEmail(v) => t!("preset-bad-support-email", value = v.as_str()),
            Problem::BadSupportUrl(v) => t!("preset-bad-support-url", value = v.as_str()),
            Problem::BadSupportPhone(v) => t!("preset-bad-support-phone", value = v.as_str()),
            Problem::NoDomains => t!("preset-no-domains"),
            Problem::BadDomain { domain, reason } => t!(
                "preset-bad-domain",
                domain = domain.as_str(),
                reason = reason.as_str()
            ),
            Problem::DuplicateDomain(d) => t!("preset-duplicate-domain", domain = d.as_str()),
            Problem::NoServers => t!("preset-no-servers"),
            Problem::BothServerKinds => t!("preset-both-server-kinds"),
            Problem::AutoconfigUnreadable { file, reason } => t!(
                "preset-autoconfig-unreadable",
                file = file.as_str(),
                reason = reason.as_str()
            ),
            Problem::AutoconfigInvalid { file, reason } => t!(
                "preset-autoconfig-invalid",
                file = file.as_str(),
                reason = reason.as_str()
            ),
            Problem::NoIncoming => t!("preset-no-incoming"),
            Problem::NoOutgoing => t!("preset-no-outgoing"),
            Problem::BadHost(h) => t!("preset-bad-host", host = h.as_str()),
            Problem::BadPort => t!("preset-bad-port"),
            Problem::PlainText(h) => t!("preset-plain-text", host = h.as_str()),
            Problem::WrongDirection { protocol, list } => t!(
                "preset-wrong-direction",
                protocol = protocol.to_string(),
                list = *list
            ),
            Problem::NoPasswordAuth(h) => t!("preset-no-password-auth", host = h.as_str()),
            Problem::NoProtocols => t!("preset-no-protocols"),
            Problem::ProtocolNotIncoming(p) => {
                t!("preset-protocol-not-incoming", protocol = p.to_string())
            }
            Problem::NoAllowedServer => t!("preset-no-allowed-server"),
            Problem::NoExports => t!("preset-no-exports"),
            Problem::BadPin(v) => t!("preset-bad-pin", value = v.as_str()),
            Problem::PinForUnknownHost(h) => t!("preset-pin-unknown-host", host = h.as_str()),
            Problem::BadOAuth(v) => t!("preset-bad-oauth", value = v.as_str()),
            Problem::UnknownIssuer(v) => t!(
                "preset-unknown-issuer",
                value = v.as_str(),
                known = crate::model::provider::KNOWN_ISSUERS.join(", ")
            ),
            Problem::NotAGuid(v) => t!("preset-not-a-guid", value = v.as_str()),
            Problem::BadPlaceholder(v) => t!(
                "preset-bad-placeholder",
                value = v.as_str(),
                known = super::provision::PLACEHOLDERS.join(", ")
            ),
            Problem::BadProvisionAddress(v) => {
                t!("preset-bad-provision-address", value = v.as_str())
            }
            Problem::AtLoginNeedsAddress => t!("preset-at-login-needs-address"),
        };
        f.write_str(&s)
    }
}
