//! Helpdesk presets: one `preset.toml` that tells an installed copy who the organisation is, which
//! domains it covers, their servers, and the rules it sets. `packaging/preset.example.toml` is the
//! commented example; README.md documents every key.
//!
//! [`parse`] is pure (text and a way to read neighbouring files in, a checked [`Preset`] or a
//! [`PresetError`] naming the line out). [`find`] looks in the usual places. A preset is the
//! highest-priority, vouched discovery source for its domains ([`crate::discover`] asks nothing else
//! for them); its certificate pins reach the TLS verifier through [`crate::net::NetConfig`].

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::address::Address;
use crate::discover::config::{self, ProviderConfig, ServerTemplate};
use crate::export::Format;
use crate::model::{Auth, Direction, Protocol, Security, Server, SourceId};
use crate::t;

/// Largest preset, autoconfig or logo file read.
pub const MAX_FILE: u64 = 1024 * 1024;
/// Largest logo, in pixels each way.
pub const MAX_LOGO_SIDE: u32 = 2048;

/// Where the wizard and the commands look, in order, when `--preset` is not given.
pub fn default_locations() -> Vec<PathBuf> {
    let mut out = vec![PathBuf::from("/etc/mailsetup/preset.toml")];
    let exe_dir = std::env::current_exe()
        .ok()
        .and_then(|p| p.parent().map(Path::to_path_buf));
    if cfg!(windows) {
        out.extend(exe_dir.map(|d| d.join("preset.toml")));
    } else if cfg!(target_os = "macos") {
        // Mail Setup.app/Contents/MacOS/mailsetup → Contents/Resources/preset.toml
        out.extend(exe_dir.map(|d| d.join("../Resources/preset.toml")));
    } else {
        // /usr/bin/mailsetup → /usr/share/mailsetup; /usr/local/bin → /usr/local/share as well.
        if let Some(d) = exe_dir {
            let beside = d.join("../share/mailsetup/preset.toml");
            if !beside.starts_with("/usr/bin") {
                out.push(beside);
            }
        }
        out.push(PathBuf::from("/usr/share/mailsetup/preset.toml"));
    }
    out.dedup();
    out
}

/// The organisation's logo, checked and ready to show.
#[derive(Clone, PartialEq, Eq)]
pub enum Logo {
    Svg(Vec<u8>),
    /// Decoded to 8-bit RGBA.
    Png {
        width: u32,
        height: u32,
        rgba: Vec<u8>,
    },
}

impl fmt::Debug for Logo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Logo::Svg(b) => write!(f, "Logo::Svg({} bytes)", b.len()),
            Logo::Png { width, height, .. } => write!(f, "Logo::Png({width}×{height})"),
        }
    }
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

/// A certificate the organisation vouches for, for one host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pin {
    pub host: String,
    pub sha256: [u8; 32],
}

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
    /// Files the preset names (logo, autoconfig), relative to its folder, for installers to copy.
    pub files: Vec<String>,
}

impl Preset {
    /// Whether the preset answers for this address.
    pub fn covers(&self, addr: &Address) -> bool {
        self.domains.iter().any(|d| d == addr.domain())
    }

    /// The preset's servers for `addr` (incoming, then outgoing), vouched, from the preset source.
    pub fn servers_for(&self, addr: &Address) -> Vec<Server> {
        let url = format!("file://{}", self.path.display());
        self.servers.resolve(addr, SourceId::Preset, &url, true)
    }

    /// Whether people may choose this incoming protocol.
    pub fn allows(&self, protocol: Protocol) -> bool {
        protocol == Protocol::Smtp || self.protocols.contains(&protocol)
    }

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
pub fn slug(name: &str) -> String {
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
    out.truncate(40);
    while out.ends_with('-') {
        out.pop();
    }
    if out.len() < 2 {
        out = "org".into();
    }
    out
}

/// Why a preset cannot be used: the file, the line (when the fault has one) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresetError {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub problem: Problem,
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
}

impl fmt::Display for Problem {
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
        };
        f.write_str(&s)
    }
}

// ---- The file's shape (serde) -------------------------------------------------------------------

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    organisation: Organisation,
    #[serde(default)]
    support: Option<Spanned<SupportFile>>,
    mail: Spanned<Mail>,
    #[serde(default)]
    rules: Option<Rules>,
    #[serde(default)]
    certificate_pins: Vec<PinFile>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Organisation {
    name: Spanned<String>,
    #[serde(default)]
    logo: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SupportFile {
    #[serde(default)]
    email: Option<Spanned<String>>,
    #[serde(default)]
    phone: Option<Spanned<String>>,
    #[serde(default)]
    url: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Mail {
    domains: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    autoconfig: Option<Spanned<String>>,
    #[serde(default)]
    incoming: Vec<Spanned<ServerFile>>,
    #[serde(default)]
    outgoing: Vec<Spanned<ServerFile>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ServerFile {
    #[serde(default)]
    protocol: Option<Spanned<Protocol>>,
    host: Spanned<String>,
    port: Spanned<u16>,
    security: Spanned<Security>,
    #[serde(default)]
    username: Option<String>,
    #[serde(default)]
    auth: Option<Spanned<Auth>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Rules {
    #[serde(default)]
    protocols: Option<Spanned<Vec<Protocol>>>,
    #[serde(default)]
    exports: Option<Spanned<Vec<Format>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PinFile {
    host: Spanned<String>,
    sha256: Spanned<OneOrMany>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

// ---- Parsing ------------------------------------------------------------------------------------

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
    {
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
}

/// Reads and checks the preset at `path`.
pub fn load(path: &Path) -> Result<Preset, PresetError> {
    let fail = |problem| PresetError {
        file: path.to_owned(),
        line: None,
        problem,
    };
    let bytes = read_capped(path).map_err(|e| {
        fail(match e {
            FileError::TooLarge => Problem::TooLarge,
            FileError::Io(reason) => Problem::Unreadable(reason),
        })
    })?;
    let text = String::from_utf8(bytes)
        .map_err(|_| fail(Problem::Syntax("the file is not UTF-8 text".into())))?;
    let dir = path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    parse(&text, path, &Beside(dir))
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

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map_or(0, |s| s.bytes().filter(|&b| b == b'\n').count())
        + 1
}

/// Checks a preset's text; `files` reads the logo and autoconfig file it names.
pub fn parse(text: &str, path: &Path, files: &dyn Files) -> Result<Preset, PresetError> {
    let at = |span: std::ops::Range<usize>, problem| PresetError {
        file: path.to_owned(),
        line: Some(line_of(text, span.start)),
        problem,
    };
    if text.len() as u64 > MAX_FILE {
        return Err(PresetError {
            file: path.to_owned(),
            line: None,
            problem: Problem::TooLarge,
        });
    }
    let file: File = toml::from_str(text).map_err(|e| PresetError {
        file: path.to_owned(),
        line: e.span().map(|s| line_of(text, s.start)),
        problem: Problem::Syntax(e.message().trim().to_owned()),
    })?;

    // Organisation and logo.
    let org = file.organisation;
    let organisation = org.name.get_ref().trim().to_owned();
    if organisation.is_empty() || organisation.chars().any(char::is_control) {
        return Err(at(org.name.span(), Problem::NoName));
    }
    let mut files_named = Vec::new();
    let logo = match &org.logo {
        Some(l) => {
            files_named.push(l.get_ref().clone());
            Some(read_logo(l.get_ref(), files).map_err(|p| at(l.span(), p))?)
        }
        None => None,
    };

    // Support contact.
    let support = match file.support {
        None => Support::default(),
        Some(s) => {
            let span = s.span();
            let s = s.into_inner();
            let nonempty = |v: &Option<Spanned<String>>| {
                v.as_ref()
                    .map(|v| (v.get_ref().trim().to_owned(), v.span()))
                    .filter(|(v, _)| !v.is_empty())
            };
            let email = nonempty(&s.email);
            let phone = nonempty(&s.phone);
            let url = nonempty(&s.url);
            if let Some((e, sp)) = &email
                && Address::parse(e).is_err()
            {
                return Err(at(sp.clone(), Problem::BadSupportEmail(e.clone())));
            }
            if let Some((u, sp)) = &url {
                let ok = url::Url::parse(u)
                    .is_ok_and(|u| matches!(u.scheme(), "https" | "http") && u.host().is_some());
                if !ok {
                    return Err(at(sp.clone(), Problem::BadSupportUrl(u.clone())));
                }
            }
            if let Some((p, sp)) = &phone
                && (p.chars().any(char::is_control) || p.chars().count() > 40)
            {
                return Err(at(sp.clone(), Problem::BadSupportPhone(p.clone())));
            }
            let support = Support {
                email: email.map(|v| v.0),
                phone: phone.map(|v| v.0),
                url: url.map(|v| v.0),
            };
            if support.is_empty() {
                return Err(at(span, Problem::NoSupport));
            }
            support
        }
    };

    // Domains.
    let mail_span = file.mail.span();
    let mail = file.mail.into_inner();
    if mail.domains.get_ref().is_empty() {
        return Err(at(mail.domains.span(), Problem::NoDomains));
    }
    let mut domains: Vec<String> = Vec::new();
    for d in mail.domains.get_ref() {
        let ascii = crate::address::normalise_domain(d.get_ref()).map_err(|e| {
            at(
                d.span(),
                Problem::BadDomain {
                    domain: d.get_ref().clone(),
                    reason: e.explain(),
                },
            )
        })?;
        if domains.contains(&ascii) {
            return Err(at(d.span(), Problem::DuplicateDomain(d.get_ref().clone())));
        }
        domains.push(ascii);
    }

    // Servers: an autoconfig file, or inline.
    let inline = !mail.incoming.is_empty() || !mail.outgoing.is_empty();
    let mut servers = match (&mail.autoconfig, inline) {
        (Some(a), true) => return Err(at(a.span(), Problem::BothServerKinds)),
        (None, false) => return Err(at(mail_span, Problem::NoServers)),
        (Some(a), false) => {
            let name = a.get_ref().clone();
            files_named.push(name.clone());
            let bytes = files.read(&name).map_err(|e| {
                at(
                    a.span(),
                    Problem::AutoconfigUnreadable {
                        file: name.clone(),
                        reason: file_error_text(e),
                    },
                )
            })?;
            let cfg = config::parse(&bytes).map_err(|e| {
                at(
                    a.span(),
                    Problem::AutoconfigInvalid {
                        file: name.clone(),
                        reason: e.to_string(),
                    },
                )
            })?;
            for t in cfg.incoming.iter().chain(&cfg.outgoing) {
                check_template(t).map_err(|p| at(a.span(), p))?;
            }
            if cfg.incoming.is_empty() {
                return Err(at(a.span(), Problem::NoIncoming));
            }
            if cfg.outgoing.is_empty() {
                return Err(at(a.span(), Problem::NoOutgoing));
            }
            cfg
        }
        (None, true) => {
            let mut incoming = Vec::new();
            for s in &mail.incoming {
                incoming
                    .push(server_template(s, Direction::Incoming).map_err(|(sp, p)| at(sp, p))?);
            }
            let mut outgoing = Vec::new();
            for s in &mail.outgoing {
                outgoing
                    .push(server_template(s, Direction::Outgoing).map_err(|(sp, p)| at(sp, p))?);
            }
            if incoming.is_empty() {
                return Err(at(mail_span, Problem::NoIncoming));
            }
            if outgoing.is_empty() {
                return Err(at(mail_span, Problem::NoOutgoing));
            }
            ProviderConfig {
                id: slug(&organisation),
                display_name: Some(organisation.clone()),
                domains: Vec::new(),
                mx_domains: Vec::new(),
                incoming,
                outgoing,
                documentation: Vec::new(),
                skipped: Vec::new(),
            }
        }
    };
    servers.domains = domains.clone();

    // Rules.
    let rules = file.rules.unwrap_or(Rules {
        protocols: None,
        exports: None,
    });
    let protocols = match &rules.protocols {
        None => vec![Protocol::Imap, Protocol::Pop3],
        Some(p) => {
            if p.get_ref().is_empty() {
                return Err(at(p.span(), Problem::NoProtocols));
            }
            if let Some(&bad) = p.get_ref().iter().find(|p| **p == Protocol::Smtp) {
                return Err(at(p.span(), Problem::ProtocolNotIncoming(bad)));
            }
            let mut v = p.get_ref().clone();
            v.dedup();
            if !servers.incoming.iter().any(|s| v.contains(&s.protocol)) {
                return Err(at(p.span(), Problem::NoAllowedServer));
            }
            v
        }
    };
    let exports = match &rules.exports {
        None => Format::ALL.to_vec(),
        Some(e) => {
            if e.get_ref().is_empty() {
                return Err(at(e.span(), Problem::NoExports));
            }
            e.get_ref().clone()
        }
    };

    // Certificate pins.
    let hosts: Vec<String> = servers
        .incoming
        .iter()
        .chain(&servers.outgoing)
        .map(|s| s.hostname.to_ascii_lowercase())
        .collect();
    let mut pins = Vec::new();
    for p in &file.certificate_pins {
        let host = crate::address::normalise_host(p.host.get_ref())
            .ok_or_else(|| at(p.host.span(), Problem::BadHost(p.host.get_ref().clone())))?;
        // Hosts with placeholders (e.g. %EMAILDOMAIN%) cannot be matched by name here.
        if !hosts.iter().any(|h| *h == host || h.contains('%')) {
            return Err(at(p.host.span(), Problem::PinForUnknownHost(host)));
        }
        let values = match p.sha256.get_ref() {
            OneOrMany::One(s) => vec![s.clone()],
            OneOrMany::Many(v) => v.clone(),
        };
        if values.is_empty() {
            return Err(at(p.sha256.span(), Problem::BadPin(String::new())));
        }
        for v in values {
            let sha256 =
                parse_fingerprint(&v).ok_or_else(|| at(p.sha256.span(), Problem::BadPin(v)))?;
            pins.push(Pin {
                host: host.clone(),
                sha256,
            });
        }
    }

    let files = files_named;
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
        files,
    })
}

type Spot = (std::ops::Range<usize>, Problem);

fn server_template(s: &Spanned<ServerFile>, dir: Direction) -> Result<ServerTemplate, Spot> {
    let span = s.span();
    let f = s.get_ref();
    let protocol = match &f.protocol {
        Some(p) if p.get_ref().direction() != dir => {
            return Err((
                p.span(),
                Problem::WrongDirection {
                    protocol: *p.get_ref(),
                    list: match dir {
                        Direction::Incoming => "mail.incoming",
                        Direction::Outgoing => "mail.outgoing",
                    },
                },
            ));
        }
        Some(p) => *p.get_ref(),
        None => match dir {
            Direction::Incoming => Protocol::Imap,
            Direction::Outgoing => Protocol::Smtp,
        },
    };
    let host = f.host.get_ref().trim();
    // Placeholders are allowed in host names (e.g. mail.%EMAILDOMAIN%); check the rest.
    let probe = host.replace("%EMAILDOMAIN%", "example.com");
    if crate::address::normalise_host(&probe).is_none() {
        return Err((f.host.span(), Problem::BadHost(host.to_owned())));
    }
    if *f.port.get_ref() == 0 {
        return Err((f.port.span(), Problem::BadPort));
    }
    if *f.security.get_ref() == Security::Plain {
        return Err((f.security.span(), Problem::PlainText(host.to_owned())));
    }
    let auth = f
        .auth
        .as_ref()
        .map_or(Auth::PasswordCleartext, |a| *a.get_ref());
    if !auth.uses_password() {
        let sp = f.auth.as_ref().map_or(span, |a| a.span());
        return Err((sp, Problem::NoPasswordAuth(host.to_owned())));
    }
    Ok(ServerTemplate {
        protocol,
        hostname: host.to_ascii_lowercase(),
        port: *f.port.get_ref(),
        security: *f.security.get_ref(),
        auth: vec![auth],
        username: f.username.clone(),
        leave_messages_on_server: None,
    })
}

/// The same rules for servers that came from an autoconfig file.
fn check_template(t: &ServerTemplate) -> Result<(), Problem> {
    if t.security == Security::Plain {
        return Err(Problem::PlainText(t.hostname.clone()));
    }
    if !t.auth.iter().any(|a| a.uses_password()) && !t.auth.is_empty() {
        return Err(Problem::NoPasswordAuth(t.hostname.clone()));
    }
    Ok(())
}

fn file_error_text(e: FileError) -> String {
    match e {
        FileError::TooLarge => t!("preset-file-too-large"),
        FileError::Io(reason) => reason,
    }
}

fn read_logo(name: &str, files: &dyn Files) -> Result<Logo, Problem> {
    let bytes = files.read(name).map_err(|e| match e {
        FileError::TooLarge => Problem::LogoTooLarge(name.to_owned()),
        FileError::Io(reason) => Problem::LogoUnreadable {
            file: name.to_owned(),
            reason,
        },
    })?;
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.starts_with(PNG) {
        return decode_png(&bytes, name);
    }
    let head = &bytes[..bytes.len().min(4096)];
    let looks_svg = std::str::from_utf8(&bytes).is_ok()
        && String::from_utf8_lossy(head)
            .to_ascii_lowercase()
            .contains("<svg");
    if looks_svg {
        return Ok(Logo::Svg(bytes));
    }
    Err(Problem::LogoNotImage(name.to_owned()))
}

fn decode_png(bytes: &[u8], name: &str) -> Result<Logo, Problem> {
    let not_image = || Problem::LogoNotImage(name.to_owned());
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().map_err(|_| not_image())?;
    let (width, height) = {
        let info = reader.info();
        (info.width, info.height)
    };
    if width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE {
        return Err(Problem::LogoTooManyPixels {
            file: name.to_owned(),
            width,
            height,
        });
    }
    let mut buf = vec![0; reader.output_buffer_size().ok_or_else(not_image)?];
    let frame = reader.next_frame(&mut buf).map_err(|_| not_image())?;
    buf.truncate(frame.buffer_size());
    let rgba = match frame.color_type {
        png::ColorType::Rgba => buf,
        png::ColorType::Rgb => buf
            .chunks_exact(3)
            .flat_map(|p| [p[0], p[1], p[2], 255])
            .collect(),
        png::ColorType::GrayscaleAlpha => buf
            .chunks_exact(2)
            .flat_map(|p| [p[0], p[0], p[0], p[1]])
            .collect(),
        png::ColorType::Grayscale => buf.iter().flat_map(|&g| [g, g, g, 255]).collect(),
        png::ColorType::Indexed => return Err(not_image()),
    };
    Ok(Logo::Png {
        width,
        height,
        rgba,
    })
}

/// A SHA-256 fingerprint as 64 hex digits, with or without `:` separators.
pub fn parse_fingerprint(s: &str) -> Option<[u8; 32]> {
    let hex: String = s
        .trim()
        .trim_start_matches("sha256/")
        .chars()
        .filter(|c| *c != ':' && *c != ' ')
        .collect();
    if hex.len() != 64 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let mut out = [0u8; 32];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(hex.get(i * 2..i * 2 + 2)?, 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    struct Mem(HashMap<&'static str, Vec<u8>>);

    impl Files for Mem {
        fn read(&self, relative: &str) -> Result<Vec<u8>, FileError> {
            match self.0.get(relative) {
                Some(b) if b.len() as u64 > MAX_FILE => Err(FileError::TooLarge),
                Some(b) => Ok(b.clone()),
                None => Err(FileError::Io("No such file or directory".into())),
            }
        }
    }

    fn png_bytes(w: u32, h: u32) -> Vec<u8> {
        let mut out = Vec::new();
        {
            let mut enc = png::Encoder::new(&mut out, w, h);
            enc.set_color(png::ColorType::Rgb);
            enc.set_depth(png::BitDepth::Eight);
            let mut wr = enc.write_header().unwrap();
            wr.write_image_data(&vec![200; (w * h * 3) as usize])
                .unwrap();
        }
        out
    }

    fn files() -> Mem {
        let mut m = HashMap::new();
        m.insert(
            "logo.svg",
            b"<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>".to_vec(),
        );
        m.insert("logo.png", png_bytes(4, 3));
        m.insert("huge.png", png_bytes(MAX_LOGO_SIDE + 1, 1));
        m.insert("notes.txt", b"just some words".to_vec());
        m.insert("big.svg", vec![b' '; (MAX_FILE + 1) as usize]);
        m.insert(
            "config.xml",
            br#"<clientConfig version="1.1"><emailProvider id="example.co.uk">
                <domain>example.co.uk</domain>
                <incomingServer type="imap"><hostname>imap.example.co.uk</hostname><port>993</port>
                  <socketType>SSL</socketType><authentication>password-cleartext</authentication>
                  <username>%EMAILADDRESS%</username></incomingServer>
                <outgoingServer type="smtp"><hostname>smtp.example.co.uk</hostname><port>465</port>
                  <socketType>SSL</socketType><authentication>password-cleartext</authentication>
                  <username>%EMAILADDRESS%</username></outgoingServer>
              </emailProvider></clientConfig>"#
                .to_vec(),
        );
        m.insert("broken.xml", b"<clientConfig><emailProvider".to_vec());
        m.insert(
            "plain.xml",
            br#"<clientConfig version="1.1"><emailProvider id="x">
                <incomingServer type="imap"><hostname>imap.example.co.uk</hostname><port>143</port>
                  <socketType>plain</socketType><authentication>password-cleartext</authentication></incomingServer>
                <outgoingServer type="smtp"><hostname>smtp.example.co.uk</hostname><port>25</port>
                  <socketType>plain</socketType><authentication>password-cleartext</authentication></outgoingServer>
              </emailProvider></clientConfig>"#
                .to_vec(),
        );
        Mem(m)
    }

    const GOOD: &str = r#"
[organisation]
name = "Example Ltd"
logo = "logo.svg"

[support]
email = "helpdesk@example.co.uk"
phone = "+44 20 7946 0000"
url = "https://help.example.co.uk/email"

[mail]
domains = ["example.co.uk", "Example.COM"]

[[mail.incoming]]
protocol = "imap"
host = "mail.example.co.uk"
port = 993
security = "tls"
username = "%EMAILADDRESS%"

[[mail.outgoing]]
host = "mail.example.co.uk"
port = 465
security = "tls"

[rules]
protocols = ["imap"]
exports = ["thunderbird", "sheet"]

[[certificate_pins]]
host = "mail.example.co.uk"
sha256 = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89"
"#;

    fn try_parse(text: &str) -> Result<Preset, PresetError> {
        parse(text, Path::new("/etc/mailsetup/preset.toml"), &files())
    }

    /// Parses `GOOD` with one line replaced; returns the problem and line.
    fn with(from: &str, to: &str) -> (Problem, Option<usize>) {
        assert!(GOOD.contains(from), "{from}");
        let text = GOOD.replacen(from, to, 1);
        let e = try_parse(&text).expect_err("should be refused");
        (e.problem, e.line)
    }

    fn line_in_good(needle: &str) -> Option<usize> {
        GOOD.lines().position(|l| l.contains(needle)).map(|i| i + 1)
    }

    #[test]
    fn good_preset_loads() {
        let p = try_parse(GOOD).expect("good preset");
        assert_eq!(p.organisation, "Example Ltd");
        assert_eq!(p.slug(), "example-ltd");
        assert!(matches!(p.logo, Some(Logo::Svg(_))));
        assert_eq!(p.support.phone.as_deref(), Some("+44 20 7946 0000"));
        assert_eq!(p.domains, vec!["example.co.uk", "example.com"]);
        assert_eq!(p.protocols, vec![Protocol::Imap]);
        assert!(p.allows(Protocol::Imap) && !p.allows(Protocol::Pop3));
        assert!(p.offers(Format::Sheet) && !p.offers(Format::Apple));
        assert_eq!(p.pins.len(), 1);
        assert_eq!(p.pins[0].sha256[0], 0xAB);
        let addr = Address::parse("someone@example.com").unwrap();
        assert!(p.covers(&addr));
        assert!(!p.covers(&Address::parse("someone@other.example").unwrap()));
        let servers = p.servers_for(&addr);
        assert_eq!(servers.len(), 2);
        assert!(
            servers
                .iter()
                .all(|s| s.source == SourceId::Preset && s.trusted)
        );
        assert_eq!(servers[0].username, "someone@example.com");
        assert_eq!(servers[1].protocol, Protocol::Smtp);
    }

    #[test]
    fn autoconfig_file_and_png_logo() {
        let text = GOOD
            .replace("logo.svg", "logo.png")
            .split("[[mail.incoming]]")
            .next()
            .unwrap()
            .to_owned()
            + "autoconfig = \"config.xml\"\n";
        let p = try_parse(&text).expect("autoconfig preset");
        assert_eq!(p.servers.incoming[0].hostname, "imap.example.co.uk");
        assert!(matches!(
            p.logo,
            Some(Logo::Png {
                width: 4,
                height: 3,
                ref rgba
            }) if rgba.len() == 48
        ));
        assert_eq!(p.protocols, vec![Protocol::Imap, Protocol::Pop3]);
        assert_eq!(p.exports, Format::ALL.to_vec());
    }

    #[test]
    fn minimal_preset_needs_no_support_logo_or_rules() {
        let text = r#"
[organisation]
name = "Tiny"
[mail]
domains = ["tiny.example.org"]
[[mail.incoming]]
host = "mail.tiny.example.org"
port = 993
security = "tls"
[[mail.outgoing]]
host = "mail.tiny.example.org"
port = 587
security = "starttls"
"#;
        let p = try_parse(text).expect("minimal preset");
        assert!(p.support.is_empty() && p.logo.is_none());
        assert_eq!(p.servers.incoming[0].protocol, Protocol::Imap);
        assert_eq!(p.servers.outgoing[0].protocol, Protocol::Smtp);
    }

    #[test]
    fn syntax_error_names_the_line() {
        let (p, line) = with("port = 465", "port = = 465");
        assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
        assert_eq!(line, line_in_good("port = 465"));
    }

    #[test]
    fn unknown_key_is_refused_with_its_line() {
        let (p, line) = with("port = 993", "port = 993\nhots = \"x\"");
        let Problem::Syntax(msg) = &p else {
            panic!("{p:?}")
        };
        assert!(msg.contains("hots"), "{msg}");
        assert_eq!(line, line_in_good("port = 993").map(|l| l + 1));
    }

    #[test]
    fn wrong_type_is_refused() {
        let (p, line) = with("port = 993", "port = \"993\"");
        assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
        assert_eq!(line, line_in_good("port = 993"));
        let (p, _) = with("port = 993", "port = 70000");
        assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
        let (p, _) = with("security = \"tls\"", "security = \"ssl-please\"");
        assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
    }

    #[test]
    fn missing_sections_are_refused() {
        let e = try_parse("[organisation]\nname = \"X\"\n").unwrap_err();
        let Problem::Syntax(msg) = &e.problem else {
            panic!("{e:?}")
        };
        assert!(msg.contains("mail"), "{msg}");
    }

    #[test]
    fn empty_name() {
        let (p, line) = with("name = \"Example Ltd\"", "name = \"  \"");
        assert_eq!(p, Problem::NoName);
        assert_eq!(line, line_in_good("name = "));
    }

    #[test]
    fn logo_problems() {
        let (p, line) = with("logo.svg", "missing.svg");
        assert!(matches!(p, Problem::LogoUnreadable { .. }), "{p:?}");
        assert_eq!(line, line_in_good("logo = "));
        assert!(matches!(
            with("logo.svg", "notes.txt").0,
            Problem::LogoNotImage(_)
        ));
        assert!(matches!(
            with("logo.svg", "big.svg").0,
            Problem::LogoTooLarge(_)
        ));
        assert!(matches!(
            with("logo.svg", "huge.png").0,
            Problem::LogoTooManyPixels { .. }
        ));
    }

    #[test]
    fn support_problems() {
        let (p, line) = with("helpdesk@example.co.uk", "helpdesk at example");
        assert!(matches!(p, Problem::BadSupportEmail(_)), "{p:?}");
        assert_eq!(line, line_in_good("email = "));
        let (p, _) = with("https://help.example.co.uk/email", "javascript:alert(1)");
        assert!(matches!(p, Problem::BadSupportUrl(_)), "{p:?}");
        let (p, _) = with("https://help.example.co.uk/email", "help.example.co.uk");
        assert!(matches!(p, Problem::BadSupportUrl(_)), "{p:?}");
        let (p, line) = with("+44 20 7946 0000", "+44 20\\n7946 0000");
        assert!(matches!(p, Problem::BadSupportPhone(_)), "{p:?}");
        assert_eq!(line, line_in_good("phone = "));
        let empty = GOOD
            .replace("email = \"helpdesk@example.co.uk\"", "email = \"\"")
            .replace("phone = \"+44 20 7946 0000\"", "")
            .replace("url = \"https://help.example.co.uk/email\"", "");
        let e = try_parse(&empty).unwrap_err();
        assert_eq!(e.problem, Problem::NoSupport);
    }

    #[test]
    fn domain_problems() {
        let (p, line) = with("[\"example.co.uk\", \"Example.COM\"]", "[]");
        assert_eq!(p, Problem::NoDomains);
        assert_eq!(line, line_in_good("domains = "));
        let (p, _) = with("\"Example.COM\"", "\"not a domain\"");
        assert!(matches!(p, Problem::BadDomain { .. }), "{p:?}");
        let (p, _) = with("\"Example.COM\"", "\"co.uk\"");
        assert!(matches!(p, Problem::BadDomain { .. }), "{p:?}");
        let (p, _) = with("\"Example.COM\"", "\"EXAMPLE.co.uk\"");
        assert_eq!(p, Problem::DuplicateDomain("EXAMPLE.co.uk".into()));
    }

    #[test]
    fn server_source_problems() {
        let head = GOOD.split("[[mail.incoming]]").next().unwrap();
        let e = try_parse(head).unwrap_err();
        assert_eq!(e.problem, Problem::NoServers);
        let both = GOOD.replace(
            "domains = [\"example.co.uk\", \"Example.COM\"]",
            "domains = [\"example.co.uk\"]\nautoconfig = \"config.xml\"",
        );
        assert_eq!(
            try_parse(&both).unwrap_err().problem,
            Problem::BothServerKinds
        );
        let ac = |file: &str| {
            try_parse(&format!("{head}autoconfig = \"{file}\"\n"))
                .unwrap_err()
                .problem
        };
        assert!(matches!(
            ac("nowhere.xml"),
            Problem::AutoconfigUnreadable { .. }
        ));
        assert!(matches!(
            ac("broken.xml"),
            Problem::AutoconfigInvalid { .. }
        ));
        assert!(matches!(ac("plain.xml"), Problem::PlainText(_)));
    }

    #[test]
    fn server_problems() {
        let out_start = GOOD.find("[[mail.outgoing]]").unwrap();
        let rules_start = GOOD.find("[rules]").unwrap();
        let no_out = format!("{}{}", &GOOD[..out_start], &GOOD[rules_start..]);
        assert_eq!(try_parse(&no_out).unwrap_err().problem, Problem::NoOutgoing);
        let in_start = GOOD.find("[[mail.incoming]]").unwrap();
        let no_in = format!("{}{}", &GOOD[..in_start], &GOOD[out_start..]);
        assert_eq!(try_parse(&no_in).unwrap_err().problem, Problem::NoIncoming);

        let (p, line) = with("host = \"mail.example.co.uk\"", "host = \"mail example\"");
        assert!(matches!(p, Problem::BadHost(_)), "{p:?}");
        assert_eq!(line, line_in_good("host = \"mail.example.co.uk\""));
        assert_eq!(with("port = 993", "port = 0").0, Problem::BadPort);
        let (p, line) = with("security = \"tls\"", "security = \"plain\"");
        assert!(matches!(p, Problem::PlainText(_)), "{p:?}");
        assert_eq!(line, line_in_good("security = \"tls\""));
        let (p, _) = with("protocol = \"imap\"", "protocol = \"smtp\"");
        assert!(
            matches!(
                p,
                Problem::WrongDirection {
                    protocol: Protocol::Smtp,
                    ..
                }
            ),
            "{p:?}"
        );
        let (p, _) = with("port = 465", "port = 465\nprotocol = \"pop3\"");
        assert!(matches!(p, Problem::WrongDirection { .. }), "{p:?}");
        let (p, _) = with(
            "username = \"%EMAILADDRESS%\"",
            "username = \"%EMAILADDRESS%\"\nauth = \"oauth2\"",
        );
        assert!(matches!(p, Problem::NoPasswordAuth(_)), "{p:?}");
        // Placeholders in host names are fine.
        let ok = GOOD.replacen("mail.example.co.uk", "mail.%EMAILDOMAIN%", 1);
        assert!(try_parse(&ok).is_ok());
    }

    #[test]
    fn rule_problems() {
        let (p, line) = with("protocols = [\"imap\"]", "protocols = []");
        assert_eq!(p, Problem::NoProtocols);
        assert_eq!(line, line_in_good("protocols = "));
        let (p, _) = with("protocols = [\"imap\"]", "protocols = [\"smtp\"]");
        assert_eq!(p, Problem::ProtocolNotIncoming(Protocol::Smtp));
        let (p, _) = with("protocols = [\"imap\"]", "protocols = [\"pop3\"]");
        assert_eq!(p, Problem::NoAllowedServer);
        let (p, _) = with("protocols = [\"imap\"]", "protocols = [\"exchange\"]");
        assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
        let (p, _) = with("exports = [\"thunderbird\", \"sheet\"]", "exports = []");
        assert_eq!(p, Problem::NoExports);
        let (p, line) = with(
            "exports = [\"thunderbird\", \"sheet\"]",
            "exports = [\"thunderbird\", \"fax\"]",
        );
        assert!(matches!(p, Problem::Syntax(_)), "{p:?}");
        assert_eq!(line, line_in_good("exports = "));
    }

    #[test]
    fn pin_problems() {
        let (p, line) = with("AB:CD:EF:01:23", "AB:CD:EF:01:2");
        assert!(matches!(p, Problem::BadPin(_)), "{p:?}");
        assert_eq!(line, line_in_good("sha256 = "));
        let (p, _) = with("sha256 = \"AB", "sha256 = [\"XY\", \"AB");
        assert!(
            matches!(p, Problem::Syntax(_) | Problem::BadPin(_)),
            "{p:?}"
        );
        let (p, line) = with(
            "host = \"mail.example.co.uk\"\nsha256",
            "host = \"other.example.net\"\nsha256",
        );
        assert_eq!(p, Problem::PinForUnknownHost("other.example.net".into()));
        assert_eq!(line, line_in_good("sha256 = ").map(|l| l - 1));
        assert_eq!(
            parse_fingerprint(&"ab".repeat(32)).map(|f| f[31]),
            Some(0xAB)
        );
        assert_eq!(parse_fingerprint("zz"), None);
    }

    #[test]
    fn file_level_problems() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("preset.toml");
        let e = load(&missing).unwrap_err();
        assert!(matches!(e.problem, Problem::Unreadable(_)), "{e:?}");
        assert_eq!(e.line, None);
        let big = dir.path().join("big.toml");
        std::fs::write(&big, vec![b'#'; (MAX_FILE + 10) as usize]).unwrap();
        assert_eq!(load(&big).unwrap_err().problem, Problem::TooLarge);
        let bin = dir.path().join("bin.toml");
        std::fs::write(&bin, [0xff, 0xfe, 0x00]).unwrap();
        assert!(matches!(
            load(&bin).unwrap_err().problem,
            Problem::Syntax(_)
        ));
        // A real file with a logo beside it.
        let good = dir.path().join("good.toml");
        std::fs::write(
            &good,
            GOOD.replace("logo = \"logo.svg\"\n", "logo = \"l.png\"\n"),
        )
        .unwrap();
        std::fs::write(dir.path().join("l.png"), png_bytes(2, 2)).unwrap();
        let p = load(&good).expect("loads from disk");
        assert!(matches!(p.logo, Some(Logo::Png { width: 2, .. })));
        let shown = PresetError {
            file: good.clone(),
            line: Some(7),
            problem: Problem::NoName,
        }
        .to_string();
        assert!(
            shown.contains("good.toml") && shown.contains('7'),
            "{shown}"
        );
        match find(Some(&good)) {
            Found::Loaded(p) => assert_eq!(p.organisation, "Example Ltd"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(find(Some(&missing)), Found::Broken(_)));
    }

    #[test]
    fn looked_for_in_etc_first_then_the_data_folder() {
        let places = default_locations();
        assert_eq!(places[0], Path::new("/etc/mailsetup/preset.toml"));
        #[cfg(target_os = "linux")]
        assert_eq!(
            places.last().map(PathBuf::as_path),
            Some(Path::new("/usr/share/mailsetup/preset.toml"))
        );
        assert!(places.iter().all(|p| p.ends_with("preset.toml")));
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("Example Ltd"), "example-ltd");
        assert_eq!(slug("  Café & Co. (UK) "), "caf-co-uk");
        assert_eq!(slug("!!!"), "org");
        assert!(slug(&"a".repeat(100)).len() <= 40);
    }
}
