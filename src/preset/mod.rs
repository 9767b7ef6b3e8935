//! Helpdesk presets: one `preset.toml` that tells an installed copy who the organisation is, which
//! domains it covers, their servers, and the rules it sets. `packaging/preset.example.toml` is the
//! commented example; README.md documents every key.
//!
//! [`parse`] is pure (text and a way to read neighbouring files in, a checked [`Preset`] or a
//! [`PresetError`] naming the line out). [`find`] looks in the usual places. A preset is the
//! highest-priority, vouched discovery source for its domains ([`crate::discover`] asks nothing else
//! for them); its certificate pins reach the TLS verifier through [`crate::net::NetConfig`].
//!
//! The parts: `schema` (the file's shape, as serde reads it), `validate` (one check per section),
//! `problem` (what can be wrong, and on which line), `logo` (reading and bounding the logo).

mod logo;
mod problem;
mod provision;
mod schema;
#[cfg(test)]
mod tests;
mod validate;

use std::path::{Path, PathBuf};

use crate::address::Address;
use crate::discover::config::ProviderConfig;
use crate::export::Format;
use crate::model::{Protocol, Server, SourceId};

pub use logo::{Logo, MAX_LOGO_SIDE};
pub use problem::{PresetError, Problem};
pub use provision::{Person, Provision, Unfilled, fill};
pub use validate::parse_fingerprint;

/// Largest preset, autoconfig or logo file read.
pub(crate) const MAX_FILE: u64 = 1024 * 1024;
/// The preset's file name, wherever it is looked for.
const FILE_NAME: &str = "preset.toml";
/// The administrator's copy, looked at first.
const ETC_PRESET: &str = "/etc/mailsetup/preset.toml";
/// The copy a Linux package installs.
const SHARE_PRESET: &str = "/usr/share/mailsetup/preset.toml";
/// Longest [`slug`], in bytes (all ASCII).
const MAX_SLUG_LEN: usize = 40;
/// Shortest [`slug`]; a shorter one becomes [`FALLBACK_SLUG`].
const MIN_SLUG_LEN: usize = 2;
const FALLBACK_SLUG: &str = "org";

/// Where the wizard and the commands look, in order, when `--preset` is not given.
pub(crate) fn default_locations() -> Vec<PathBuf> {
    // On Windows `/etc/…` is a folder on the current drive that any user may create: never read.
    let mut out = Vec::new();
    if cfg!(unix) {
        out.push(PathBuf::from(ETC_PRESET));
    }
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf));
    if cfg!(windows) {
        out.extend(exe_dir.map(|d| d.join(FILE_NAME)));
    } else if cfg!(target_os = "macos") {
        // Mail Setup.app/Contents/MacOS/mailsetup → Contents/Resources/preset.toml
        out.extend(exe_dir.map(|d| d.join("../Resources").join(FILE_NAME)));
    } else {
        // /usr/bin/mailsetup → /usr/share/mailsetup; /usr/local/bin → /usr/local/share as well.
        if let Some(d) = exe_dir {
            let beside = d.join("../share/mailsetup").join(FILE_NAME);
            if !beside.starts_with("/usr/bin") {
                out.push(beside);
            }
        }
        out.push(PathBuf::from(SHARE_PRESET));
    }
    out.dedup();
    out
}

/// Who to ask for help.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Support {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

impl Support {
    pub fn is_empty(&self) -> bool {
        self.email.is_none() && self.phone.is_none() && self.url.is_none()
    }
}

pub use crate::net::Pin;

/// A checked preset.
#[derive(Debug, Clone)]
pub struct Preset {
    /// The file it was read from.
    pub path: PathBuf,
    pub organisation: String,
    pub logo: Option<Logo>,
    pub support: Support,
    /// Email domains it covers, lower-case ASCII.
    pub domains: Vec<String>,
    /// Their servers (placeholders such as `%EMAILADDRESS%` still in place).
    pub servers: ProviderConfig,
    /// Incoming protocols people may choose.
    pub protocols: Vec<Protocol>,
    /// Export formats the wizard offers.
    pub exports: Vec<Format>,
    pub pins: Vec<Pin>,
    /// The organisation's OAuth2 client registrations (`[[oauth]]`).
    pub oauth: crate::oauth::Registrations,
    /// Files the preset names (logo, autoconfig), relative to its folder, for installers to copy.
    pub files: Vec<String>,
    /// `[provision]`: the templates for `mailsetup provision`, and whether it runs at login.
    pub provision: Provision,
}

impl crate::discover::Authority for Preset {
    fn covers(&self, addr: &Address) -> bool {
        self.domains.iter().any(|d| d == addr.domain())
    }

    /// From the preset source, the file's URL as where they came from.
    fn servers_for(&self, addr: &Address) -> Vec<Server> {
        let url = format!("file://{}", self.path.display());
        self.servers.resolve(addr, SourceId::Preset, &url, true)
    }

    fn allows(&self, protocol: Protocol) -> bool {
        protocol == Protocol::Smtp || self.protocols.contains(&protocol)
    }

    fn describe(&self) -> String {
        crate::t!(
            "preset-source-detail",
            organisation = self.organisation.as_str(),
            file = self.path.display().to_string()
        )
    }
}

impl Preset {
    /// Whether the wizard offers this export.
    pub fn offers(&self, format: Format) -> bool {
        self.exports.contains(&format)
    }

    /// A short lower-case name for file and package names ("Example Ltd" → "example-ltd").
    pub fn slug(&self) -> String {
        slug(&self.organisation)
    }
}

/// Lower-case ASCII letters and digits, runs of anything else as one `-` (Debian package name rules).
pub(crate) fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out.truncate(MAX_SLUG_LEN);
    while out.ends_with('-') {
        out.pop();
    }
    if out.len() < MIN_SLUG_LEN {
        out = FALLBACK_SLUG.into();
    }
    out
}

/// Reads a file the preset names, relative to the preset's folder, within [`MAX_FILE`].
pub trait Files {
    fn read(&self, relative: &str) -> Result<Vec<u8>, FileError>;
}

/// Why a neighbouring file could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    Io(String),
}

/// Files beside the preset on disk.
pub struct Beside(pub PathBuf);

impl Files for Beside {
    fn read(&self, relative: &str) -> Result<Vec<u8>, FileError> {
        read_capped(&self.0.join(relative))
    }
}

/// Reads a whole file of at most [`MAX_FILE`] bytes.
fn read_capped(path: &Path) -> Result<Vec<u8>, FileError> {
    use std::io::Read;
    let f = std::fs::File::open(path).map_err(|e| FileError::Io(e.to_string()))?;
    let mut buf = Vec::new();
    f.take(MAX_FILE + 1)
        .read_to_end(&mut buf)
        .map_err(|e| FileError::Io(e.to_string()))?;
    if buf.len() as u64 > MAX_FILE {
        return Err(FileError::TooLarge);
    }
    Ok(buf)
}

/// Reads and checks the preset at `path`.
pub fn load(path: &Path) -> Result<Preset, PresetError> {
    let bytes = read_capped(path).map_err(|e| {
        PresetError::whole(
            path,
            match e {
                FileError::TooLarge => Problem::TooLarge,
                FileError::Io(reason) => Problem::Unreadable(reason),
            },
        )
    })?;
    let text = String::from_utf8(bytes).map_err(|_| {
        PresetError::whole(path, Problem::Syntax("the file is not UTF-8 text".into()))
    })?;
    // Only a root, a prefix or an empty path has no parent, and none of those reads as a file.
    let dir = path
        .parent()
        .expect("a path just read as a file has a parent folder");
    parse(&text, path, &Beside(dir.to_owned()))
}

/// What [`find`] came up with.
#[derive(Debug)]
pub enum Found {
    None,
    Loaded(Box<Preset>),
    /// A preset file exists but cannot be used; the program carries on without it.
    Broken(PresetError),
}

/// The preset in force: `explicit` if given, else the first of [`default_locations`] that exists.
pub fn find(explicit: Option<&Path>) -> Found {
    let path = match explicit {
        Some(p) => p.to_owned(),
        None => match default_locations().into_iter().find(|p| p.is_file()) {
            Some(p) => p,
            None => return Found::None,
        },
    };
    match load(&path) {
        Ok(p) => Found::Loaded(Box::new(p)),
        Err(e) => Found::Broken(e),
    }
}

/// Checks a preset's text; `files` reads the logo and autoconfig file it names.
pub fn parse(text: &str, path: &Path, files: &dyn Files) -> Result<Preset, PresetError> {
    if text.len() as u64 > MAX_FILE {
        return Err(PresetError::whole(path, Problem::TooLarge));
    }
    let file: schema::File =
        toml::from_str(text).map_err(|e| PresetError::syntax(path, text, &e))?;
    sections(&file, path, files).map_err(|spot| spot.locate(path, text))
}

/// Runs each section's check, in file order; the first problem found is the one reported.
fn sections(file: &schema::File, path: &Path, files: &dyn Files) -> Result<Preset, problem::Spot> {
    let org = &file.organisation;
    let organisation = validate::organisation(org)?;
    let logo = validate::logo(org, files)?;
    let support = validate::support(file.support.as_ref())?;
    let domains = validate::domains(&file.mail.get_ref().domains)?;
    let servers = validate::servers(&file.mail, &domains, &organisation, files)?;
    let (protocols, exports) = validate::rules(file.rules.as_ref(), &servers)?;
    let pins = validate::pins(&file.certificate_pins, &servers)?;
    let oauth = validate::oauth(&file.oauth)?;
    let provision = validate::provision(file.provision.as_ref())?;
    Ok(Preset {
        path: path.to_owned(),
        organisation,
        logo,
        support,
        domains,
        servers,
        protocols,
        exports,
        pins,
        oauth,
        files: named_files(file),
        provision,
    })
}

/// The files a preset names (the logo, then the autoconfig file), as written.
fn named_files(file: &schema::File) -> Vec<String> {
    let logo = file.organisation.logo.iter();
    let autoconfig = file.mail.get_ref().autoconfig.iter();
    logo.chain(autoconfig)
        .map(|n| n.get_ref().clone())
        .collect()
}
