//! What the two front ends (the command line in `cli` and the window in `ui`) share, so neither
//! imports the other: the settings a run works with, and how many steps the wizard has.

use std::sync::Arc;

use crate::discover::Options;
use crate::net::{Net, NetConfig, SetupError};
use crate::oauth::Registrations;
use crate::preset::{Preset, PresetError};

/// The wizard's steps (You, Servers, Checking, Done), counted the same in the window and in the
/// terminal wizard.
pub const STEPS: u8 = 4;

/// What every command and the window work with: the network settings, the preset and the OAuth2
/// client registrations in force.
pub struct Run {
    pub net: NetConfig,
    pub preset: Option<Arc<Preset>>,
    /// `--oauth-client`, then the preset's `[[oauth]]`, then the built-in ones.
    pub oauth: Registrations,
}

impl Run {
    /// The preset's certificate pins join the network settings; its registrations come before the
    /// built-in ones.
    pub fn new(mut net: NetConfig, preset: Option<Arc<Preset>>) -> Run {
        if let Some(p) = &preset {
            net.pins = p.pins.clone();
        }
        let oauth = preset
            .as_ref()
            .map(|p| p.oauth.clone())
            .unwrap_or_default()
            .then(&Registrations::built_in());
        Run { net, preset, oauth }
    }

    /// The same, with these registrations first (`--oauth-client`).
    pub fn with_first(mut self, first: Registrations) -> Run {
        self.oauth = first.then(&self.oauth);
        self
    }

    /// Discovery options with the preset and the registrations in force.
    pub fn options(&self) -> Options {
        Options {
            preset: self
                .preset
                .clone()
                .map(|p| p as Arc<dyn crate::discover::Authority>),
            oauth: self.oauth.clone(),
            ..Options::default()
        }
    }

    /// The network layer (fails when a `--ca-file` cannot be read).
    pub fn net(&self) -> Result<Net, SetupError> {
        Net::new(&self.net)
    }

    /// A line naming the organisation's helpdesk, when a preset gives one.
    pub fn help_contact(&self) -> Option<String> {
        let s = &self.preset.as_ref()?.support;
        let parts: Vec<&str> = [&s.email, &s.phone, &s.url]
            .into_iter()
            .filter_map(|v| v.as_deref())
            .collect();
        (!parts.is_empty())
            .then(|| crate::t!("cli-preset-help-contact", contact = parts.join(", ")))
    }
}

/// How a binary opens the wizard window when it is given no subcommand: `ui::open` in this
/// process, or `cli::become_window_program`. `Err` is the reason, in words.
pub type OpenWindow = fn(Run, Option<PresetError>) -> Result<(), String>;
