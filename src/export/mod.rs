//! Client profiles and publishable files from one checked setup: pure functions from an [`Account`]
//! to bytes, one module a format (facts in docs/formats.md). [`render`] turns any format but the
//! Thunderbird profile into a file's bytes; `save.rs` saves one for the wizard.

pub mod android_qr;
pub mod apple;
pub mod autoconfig_xml;
pub mod autodiscover_xml;
pub mod dns_records;
mod save;
pub mod sheet;
pub mod tb_profiles;
mod tb_words;
pub mod thunderbird;

pub use save::{
    RenderError, RenderOptions, Rendered, SaveError, SaveFor, render, safe_name, save_for,
    write_file,
};

use crate::address::Address;
use crate::model::{Security, Server};

/// The export formats (`mailsetup export --format`, and `rules.exports` in a preset).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// A Thunderbird profile directory (or, with --add-to, an account added to a profile).
    Thunderbird,
    /// An Apple configuration profile (.mobileconfig) for Mail on macOS, iPhone and iPad.
    Apple,
    /// A QR code for Thunderbird for Android (.svg or .png).
    AndroidQr,
    /// config-v1.1.xml to publish at autoconfig.<domain>.
    Autoconfig,
    /// The Exchange autodiscover response for Outlook.
    Autodiscover,
    /// RFC 6186/8314 SRV records as DNS zone lines.
    Dns,
    /// A printable HTML settings sheet.
    Sheet,
}

impl Format {
    pub const ALL: [Format; 7] = [
        Format::Thunderbird,
        Format::Apple,
        Format::AndroidQr,
        Format::Autoconfig,
        Format::Autodiscover,
        Format::Dns,
        Format::Sheet,
    ];

    /// The name on the command line and in presets (`android-qr`, …).
    pub fn name(self) -> &'static str {
        match self {
            Format::Thunderbird => "thunderbird",
            Format::Apple => "apple",
            Format::AndroidQr => "android-qr",
            Format::Autoconfig => "autoconfig",
            Format::Autodiscover => "autodiscover",
            Format::Dns => "dns",
            Format::Sheet => "sheet",
        }
    }

    /// The format named `name`, if any.
    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// One line for `--help`.
    pub fn describe(self) -> &'static str {
        match self {
            Format::Thunderbird => {
                "A Thunderbird profile folder (or, with --add-to, an account added to a profile)"
            }
            Format::Apple => {
                "An Apple configuration profile (.mobileconfig) for Mail on macOS, iPhone and iPad"
            }
            Format::AndroidQr => "A QR code for Thunderbird for Android (.svg or .png)",
            Format::Autoconfig => "config-v1.1.xml to publish at autoconfig.<domain>",
            Format::Autodiscover => "The Exchange autodiscover response for Outlook",
            Format::Dns => "RFC 6186/8314 SRV records as DNS zone lines",
            Format::Sheet => "A printable HTML settings sheet",
        }
    }
}

/// What every export describes: one mail account.
#[derive(Debug, Clone)]
pub struct Account {
    pub address: Address,
    /// The person's name, for the identity.
    pub name: String,
    pub incoming: Server,
    pub outgoing: Option<Server>,
    /// POP3: leave a copy of each message on the server.
    pub leave_on_server: bool,
}

pub(crate) use crate::model::markup::xml_escape;

/// The username as an autoconfig placeholder when it follows the address.
pub(crate) fn username_template(username: &str, addr: &Address) -> String {
    match addr.username_form(username) {
        Some(crate::address::UsernameForm::Address) => "%EMAILADDRESS%".into(),
        Some(crate::address::UsernameForm::LocalPart) => "%EMAILLOCALPART%".into(),
        None => xml_escape(username),
    }
}

/// Whether the connection is TLS from the start.
pub fn implicit_tls(s: &Server) -> bool {
    s.security == Security::Tls
}
