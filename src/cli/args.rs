//! The command-line definition (clap): the global options and every subcommand's arguments.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand};

use crate::export::Format;
use crate::model::Protocol;
use crate::net::NetConfig;
use crate::preset::{Found, Preset, PresetError};

#[derive(Debug, Parser)]
#[command(
    name = "mailsetup",
    version,
    about = "Gets your email working on this computer: finds your mail servers, checks your login, saves your password.",
    long_about = None
)]
pub struct Cli {
    #[command(flatten)]
    pub net: NetArgs,
    #[command(flatten)]
    pub preset: PresetArgs,
    #[command(flatten)]
    pub oauth: OAuthArgs,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Network overrides shared by every subcommand.
#[derive(Debug, Args, Clone, Default)]
pub struct NetArgs {
    /// Ask this DNS server (IP or IP:PORT) instead of the system's.
    #[arg(long, global = true, value_name = "IP[:PORT]", value_parser = parse_dns_server)]
    pub dns_server: Option<SocketAddr>,
    /// Also trust the certificate authorities in this PEM file (may be repeated).
    #[arg(long = "ca-file", global = true, value_name = "PEM")]
    pub ca_files: Vec<PathBuf>,
    /// Base URL of the ISPDB (Mozilla's provider database).
    #[arg(long, global = true, value_name = "URL")]
    pub ispdb_url: Option<url::Url>,
}

impl NetArgs {
    pub fn config(&self) -> NetConfig {
        NetConfig {
            dns_server: self.dns_server,
            ca_files: self.ca_files.clone(),
            ispdb_url: self.ispdb_url.clone(),
            pins: Vec::new(),
        }
    }
}

/// OAuth2 client registrations given on the command line.
#[derive(Debug, Args, Clone, Default)]
pub struct OAuthArgs {
    /// Sign in at this OAuth2 issuer (as the provider data names it, e.g. login.microsoftonline.com)
    /// with this client id, registered by whoever runs this copy (may be repeated; wins over the
    /// preset's and the built-in ones).
    #[arg(long = "oauth-client", global = true, value_name = "ISSUER=CLIENT_ID", value_parser = parse_oauth_client)]
    pub clients: Vec<crate::oauth::Client>,
}

impl OAuthArgs {
    pub fn registrations(&self) -> crate::oauth::Registrations {
        let mut r = crate::oauth::Registrations::default();
        for c in &self.clients {
            r.add(c.clone());
        }
        r
    }
}

fn parse_oauth_client(s: &str) -> Result<crate::oauth::Client, String> {
    crate::oauth::Client::parse(s).map_err(|e| e.to_string())
}

/// Which helpdesk preset to use.
#[derive(Debug, Args, Clone, Default)]
pub struct PresetArgs {
    /// Use this helpdesk preset instead of an installed one (/etc/mailsetup/preset.toml, then the
    /// program's data folder).
    #[arg(long, global = true, value_name = "FILE", conflicts_with = "no_preset")]
    pub preset: Option<PathBuf>,
    /// Ignore any installed helpdesk preset.
    #[arg(long, global = true)]
    pub no_preset: bool,
}

impl PresetArgs {
    /// The preset in force, or why the one found cannot be used.
    pub fn load(&self) -> (Option<Arc<Preset>>, Option<PresetError>) {
        if self.no_preset {
            return (None, None);
        }
        match crate::preset::find(self.preset.as_deref()) {
            Found::None => (None, None),
            Found::Loaded(p) => (Some(Arc::from(p)), None),
            Found::Broken(e) => (None, Some(e)),
        }
    }
}

fn parse_dns_server(s: &str) -> Result<SocketAddr, String> {
    if let Ok(sa) = s.parse::<SocketAddr>() {
        return Ok(sa);
    }
    s.parse::<std::net::IpAddr>()
        .map(|ip| SocketAddr::new(ip, 53))
        .map_err(|_| crate::t!("cli-bad-dns-server", value = s))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find the incoming and outgoing servers for an email address.
    Discover(DiscoverArgs),
    /// Log in to the incoming and outgoing servers to check the account works.
    Check(CheckArgs),
    /// Save the account's password in the system keyring, as the wizard does.
    SavePassword(SavePasswordArgs),
    /// Check whether a domain is set up to receive and send mail (MX, SPF, DKIM, DMARC, MTA-STS …).
    Doctor(DoctorArgs),
    /// Find what is wrong with the email accounts already set up in Thunderbird, and repair it.
    Diagnose(DiagnoseArgs),
    /// Write the settings for another mail program or for publishing (Thunderbird, Apple Mail, …).
    Export(ExportArgs),
    /// Check a helpdesk preset file and say what it sets up (or what is wrong with it, and where).
    Preset(PresetCheckArgs),
    /// Set up your email step by step in this terminal, as the window does (for screen readers and
    /// SSH: plain lines, no redraws).
    Setup,
    /// Add the email account of the person logged in to their Thunderbird, with no window and no
    /// question (for a helpdesk's rollout; the address and name can come from the preset).
    Provision(ProvisionArgs),
}

#[derive(Debug, Args)]
pub struct ProvisionArgs {
    /// The email address (default: the preset's [provision] address template, filled in).
    #[arg(long, value_name = "ADDRESS")]
    pub address: Option<String>,
    /// The person's name (default: the preset's [provision] name template, else the full name this
    /// computer has for you).
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// The Thunderbird profile: `default` (the one your Thunderbird opens, made when there is none)
    /// or a profile folder.
    #[arg(long, value_name = "default|DIR", default_value = "default")]
    pub add_to: PathBuf,
    /// Change an account for this address that uses other servers (it is left alone otherwise).
    #[arg(long)]
    pub update: bool,
    /// Print the result as one JSON object.
    #[arg(long, conflicts_with = "log")]
    pub json: bool,
    /// Print nothing; add one line to provision.log in your state folder (for running at login).
    #[arg(long)]
    pub log: bool,
}

#[derive(Debug, Args)]
pub struct PresetCheckArgs {
    /// The preset file, e.g. preset.toml.
    pub file: PathBuf,
    /// Print a summary as one JSON object (organisation, slug, domains, files it names).
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The email address.
    pub address: String,
    /// The format (implied by --add-to).
    #[arg(long, value_parser = format_parser(), required_unless_present = "add_to")]
    pub format: Option<Format>,
    /// Use these settings (from `mailsetup discover --json`) instead of looking them up.
    #[arg(long, value_name = "FILE")]
    pub settings: Option<PathBuf>,
    /// Where to write: a file, or for `thunderbird` a new profile folder.
    #[arg(long, value_name = "PATH", required_unless_present = "add_to")]
    pub output: Option<PathBuf>,
    /// The person's name for the account's identity.
    #[arg(long, default_value = "")]
    pub name: String,
    /// The incoming protocol to use (default: the best one found).
    #[arg(long, value_enum)]
    pub protocol: Option<ProtocolArg>,
    /// thunderbird: also register the new profile in ~/.thunderbird/profiles.ini.
    #[arg(long)]
    pub register: bool,
    /// Put the account into a mail program: `thunderbird` (or `default`: the profile your Thunderbird
    /// opens, made when there is none), `evolution`, `goa` (GNOME Online Accounts), `geary` or `kmail`
    /// (how to add it by hand, or through GNOME Online Accounts for Geary), or a Thunderbird profile
    /// folder (write `./goa` for a folder named like a program).
    #[arg(long, value_name = "PROGRAM|PROFILE_DIR", conflicts_with = "output")]
    pub add_to: Option<PathBuf>,
    /// apple: put the password in the profile (the file is then readable by you only).
    #[arg(long)]
    pub include_password: bool,
    /// With --include-password, or --add-to goa|evolution: read the password from standard input.
    #[arg(long)]
    pub password_stdin: bool,
    /// apple: sign the profile with this certificate (PEM; the chain may follow it).
    #[arg(long, value_name = "PEM", requires = "sign_key")]
    pub sign_cert: Option<PathBuf>,
    /// apple: the private key for --sign-cert (PEM, P-256 or RSA).
    #[arg(long, value_name = "PEM", requires = "sign_cert")]
    pub sign_key: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DiagnoseArgs {
    /// The Thunderbird profile to read: `default` (the one Thunderbird opens) or a profile folder.
    #[arg(long, value_name = "default|DIR", default_value = "default")]
    pub thunderbird_profile: String,
    /// Only this account (its email address).
    #[arg(long, value_name = "ADDRESS")]
    pub account: Option<String>,
    /// Read the account's password from standard input (one line); needs --account. Without it, the
    /// password saved in the system keyring is used, if there is one.
    #[arg(long, requires = "account")]
    pub password_stdin: bool,
    /// When both logins work, also send a test message to yourself and wait until it arrives.
    #[arg(long)]
    pub send_test: bool,
    /// With --send-test: how many seconds to wait for the test message (default 60).
    #[arg(long, value_name = "SECONDS", requires = "send_test",
          value_parser = clap::value_parser!(u64).range(1..=crate::check::send_test::MAX_WAIT_SECS))]
    pub wait: Option<u64>,
    /// Repair what can be repaired, once the repaired settings passed a live check (prefs.js is
    /// backed up first; nothing is written while Thunderbird has the profile open).
    #[arg(long)]
    pub fix: bool,
    /// Print the diagnosis as one JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct DoctorArgs {
    /// The domain, e.g. theirbusiness.co.uk (an email address works too).
    pub domain: String,
    /// Print the findings as one JSON object.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SavePasswordArgs {
    /// The email address the password belongs to.
    pub address: String,
    /// Read the password from standard input (one line) instead of asking for it.
    #[arg(long)]
    pub password_stdin: bool,
}

/// Which incoming protocol to check.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum ProtocolArg {
    Imap,
    Pop3,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The email address.
    #[arg(required_unless_present = "batch")]
    pub address: Option<String>,
    /// Check every account in this CSV file (a header row with `address`, and optionally
    /// `password` and `name`; with passwords the file must be readable by you only).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["address", "password_stdin", "settings", "remember", "send_test", "details"])]
    pub batch: Option<PathBuf>,
    /// With --batch: check at most this many accounts at once.
    #[arg(long, value_name = "N", default_value_t = 8, requires = "batch",
          value_parser = clap::value_parser!(u16).range(1..=64))]
    pub jobs: u16,
    /// With --batch: open at most this many connections to one server at once.
    #[arg(long, value_name = "N", default_value_t = 2, requires = "batch",
          value_parser = clap::value_parser!(u16).range(1..=16))]
    pub per_server: u16,
    /// Read the password from standard input (one line) instead of asking for it.
    #[arg(long)]
    pub password_stdin: bool,
    /// Check this incoming protocol (default: the best one found).
    #[arg(long, value_enum)]
    pub protocol: Option<ProtocolArg>,
    /// Use these settings (the JSON `mailsetup discover --json` prints) instead of looking them up.
    #[arg(long, value_name = "FILE")]
    pub settings: Option<PathBuf>,
    /// Print the result as one JSON object.
    #[arg(long)]
    pub json: bool,
    /// Send the password even to a server outside your domain that no trusted source vouched for.
    #[arg(long)]
    pub trust: bool,
    /// Also print the conversation with each server (passwords replaced), for a helpdesk.
    #[arg(long)]
    pub details: bool,
    /// After a sign-in with the provider (OAuth2) that works, keep it in the system keyring so the
    /// next check needs no browser.
    #[arg(long)]
    pub remember: bool,
    /// When both logins work, also send a test message to yourself, wait until it is in your inbox,
    /// then remove it again.
    #[arg(long)]
    pub send_test: bool,
    /// With --send-test: how many seconds to wait for the test message (default 60).
    #[arg(long, value_name = "SECONDS", requires = "send_test",
          value_parser = clap::value_parser!(u64).range(1..=crate::check::send_test::MAX_WAIT_SECS))]
    pub wait: Option<u64>,
}

#[derive(Debug, Args)]
pub struct DiscoverArgs {
    /// The email address, e.g. hello@theirbusiness.co.uk
    pub address: String,
    /// Print the settings as one JSON object (the settings file other commands accept).
    #[arg(long)]
    pub json: bool,
    /// Give up after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = crate::discover::OVERALL_TIMEOUT.as_secs_f64())]
    pub timeout: f64,
}

impl ProtocolArg {
    pub fn protocol(self) -> Protocol {
        match self {
            ProtocolArg::Imap => Protocol::Imap,
            ProtocolArg::Pop3 => Protocol::Pop3,
        }
    }
}

/// `--format`: the export formats by name, each with its one-line description in `--help`, in the
/// user's language (`help-value-format-<name>`, see `help.rs`).
fn format_parser() -> impl TypedValueParser<Value = Format> {
    PossibleValuesParser::new(Format::ALL.map(|f| {
        PossibleValue::new(f.name()).help(if super::help::translating() {
            super::help::value_help("format", f.name(), f.describe())
        } else {
            f.describe().to_owned()
        })
    }))
    .map(|name| Format::from_name(&name).expect("clap only accepts the names Format::ALL gives"))
}

impl Command {
    /// Whether the command was asked for JSON: then stdout holds one JSON object whatever happens.
    pub fn json(&self) -> bool {
        match self {
            Command::Discover(a) => a.json,
            Command::Check(a) => a.json,
            Command::Doctor(a) => a.json,
            Command::Diagnose(a) => a.json,
            Command::Preset(a) => a.json,
            Command::Provision(a) => a.json,
            Command::SavePassword(_) | Command::Export(_) | Command::Setup => false,
        }
    }

    /// Whether stdout holds JSON Lines, one object per line (`check --batch --json`).
    pub fn json_lines(&self) -> bool {
        matches!(self, Command::Check(a) if a.json && a.batch.is_some())
    }
}
