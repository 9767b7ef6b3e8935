//! The command line. No arguments: the wizard window. Subcommands do the same work headless for
//! helpdesks, scripts and tests; each prints plain English, or JSON with `--json`.

use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use std::sync::Arc;

use crate::address::Address;
use crate::discover::{self, Discovery, Options, Progress, SourceStatus};
use crate::model::Server;
use crate::net::{Net, NetConfig};
use crate::preset::{Found, Preset};

/// Exit code: an incoming server was found / the command succeeded.
pub const EXIT_OK: u8 = 0;
/// Exit code: nothing found.
pub const EXIT_NOT_FOUND: u8 = 1;
/// Exit code: bad input (a malformed address, an unreadable file, a bad flag).
pub const EXIT_BAD_INPUT: u8 = 2;

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
    pub fn load(&self) -> (Option<Arc<Preset>>, Option<crate::preset::PresetError>) {
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

/// What every command works with: the network settings and the preset in force.
pub struct Run {
    pub net: NetConfig,
    pub preset: Option<Arc<Preset>>,
}

impl Run {
    pub fn new(net: &NetArgs, preset: Option<Arc<Preset>>) -> Run {
        let mut cfg = net.config();
        if let Some(p) = &preset {
            cfg.pins = p.pins.clone();
        }
        Run { net: cfg, preset }
    }

    /// Discovery options with the preset in force.
    pub fn options(&self) -> Options {
        Options {
            preset: self.preset.clone(),
            ..Options::default()
        }
    }

    /// The network layer, or the exit code after saying what is wrong.
    fn net(&self) -> Result<Net, u8> {
        Net::new(&self.net).map_err(|e| {
            eprintln!("mailsetup: {e}");
            EXIT_BAD_INPUT
        })
    }

    /// A line naming the organisation's helpdesk, when a preset gives one.
    fn help_contact(&self) -> Option<String> {
        let s = &self.preset.as_ref()?.support;
        let parts: Vec<&str> = [&s.email, &s.phone, &s.url]
            .into_iter()
            .filter_map(|v| v.as_deref())
            .collect();
        (!parts.is_empty())
            .then(|| crate::t!("cli-preset-help-contact", contact = parts.join(", ")))
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
    /// Write the settings for another mail program or for publishing (Thunderbird, Apple Mail, …).
    Export(ExportArgs),
    /// Check a helpdesk preset file and say what it sets up (or what is wrong with it, and where).
    Preset(PresetCheckArgs),
}

#[derive(Debug, Args)]
pub struct PresetCheckArgs {
    /// The preset file, e.g. preset.toml.
    pub file: PathBuf,
    /// Print a summary as one JSON object (organisation, slug, domains, files it names).
    #[arg(long)]
    pub json: bool,
}

pub use crate::export::Format as ExportFormat;

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The email address.
    pub address: String,
    #[arg(long, value_enum)]
    pub format: ExportFormat,
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
    /// thunderbird: add the account to this existing profile instead of making a new one; `default`
    /// means the profile your Thunderbird opens (made when there is none).
    #[arg(long, value_name = "PROFILE_DIR|default", conflicts_with = "output")]
    pub add_to: Option<PathBuf>,
    /// apple: put the password in the profile (the file is then readable by you only).
    #[arg(long)]
    pub include_password: bool,
    /// With --include-password: read the password from standard input.
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
    pub address: String,
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
}

#[derive(Debug, Args)]
pub struct DiscoverArgs {
    /// The email address, e.g. hello@theirbusiness.co.uk
    pub address: String,
    /// Print the settings as one JSON object (the settings file other commands accept).
    #[arg(long)]
    pub json: bool,
    /// Give up after this many seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 15.0)]
    pub timeout: f64,
}

/// Entry point of the binary.
pub fn main() -> ExitCode {
    crate::net::start_reading_trust_store();
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                EXIT_BAD_INPUT
            } else {
                EXIT_OK
            });
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!(
                "mailsetup: {}",
                crate::t!("cli-cannot-start", reason = e.to_string())
            );
            return ExitCode::FAILURE;
        }
    };
    // `mailsetup preset FILE` checks the file it is given, not the installed preset.
    let (preset, broken) = if matches!(cli.command, Some(Command::Preset(_))) {
        (None, None)
    } else {
        cli.preset.load()
    };
    if let (Some(e), Some(_)) = (&broken, &cli.command) {
        eprintln!(
            "mailsetup: {}",
            crate::t!("cli-preset-ignored", error = e.to_string())
        );
    }
    let run = Run::new(&cli.net, preset);
    let code = match cli.command {
        None => {
            drop(runtime);
            return match crate::ui::run(run.net, run.preset, broken) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!(
                        "mailsetup: {}",
                        crate::t!("cli-no-window", reason = e.to_string())
                    );
                    ExitCode::FAILURE
                }
            };
        }
        Some(Command::Discover(args)) => runtime.block_on(discover_command(&run, &args)),
        Some(Command::Check(args)) => runtime.block_on(check_command(&run, &args)),
        Some(Command::SavePassword(args)) => runtime.block_on(save_password_command(&args)),
        Some(Command::Doctor(args)) => runtime.block_on(doctor_command(&run, &args)),
        Some(Command::Export(args)) => runtime.block_on(export_command(&run, &args)),
        Some(Command::Preset(args)) => preset_command(&args),
    };
    ExitCode::from(code)
}

/// The best incoming server, of the asked-for protocol if any.
fn incoming_for(found: &Discovery, protocol: Option<ProtocolArg>) -> Option<&Server> {
    let wanted = protocol.map(|p| match p {
        ProtocolArg::Imap => crate::model::Protocol::Imap,
        ProtocolArg::Pop3 => crate::model::Protocol::Pop3,
    });
    found
        .incoming
        .iter()
        .find(|s| wanted.is_none_or(|w| s.protocol == w))
}

/// The address argument, or the exit code after saying what is wrong with it.
fn address_arg(input: &str) -> Result<Address, u8> {
    Address::parse(input).map_err(|e| {
        eprintln!(
            "mailsetup: {}",
            crate::t!("cli-bad-address", address = input, reason = e.explain())
        );
        EXIT_BAD_INPUT
    })
}

async fn discover_command(run: &Run, args: &DiscoverArgs) -> u8 {
    let addr = match address_arg(&args.address) {
        Ok(a) => a,
        Err(code) => return code,
    };
    if !(args.timeout.is_finite() && args.timeout > 0.0 && args.timeout <= 600.0) {
        eprintln!("mailsetup: {}", crate::t!("cli-bad-timeout"));
        return EXIT_BAD_INPUT;
    }
    let net = match run.net() {
        Ok(n) => n,
        Err(code) => return code,
    };
    let mut opts = run.options();
    opts.timeouts.overall = Duration::from_secs_f64(args.timeout);
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let tty = std::io::stderr().is_terminal();
    if !tty {
        eprintln!(
            "{}",
            crate::t!("cli-looking-up", address = addr.to_string())
        );
    }
    let progress = tokio::spawn(show_progress(rx, addr.to_string(), tty));
    let result = discover::discover(&net, &addr, &opts, Some(tx)).await;
    let _ = progress.await;
    if args.json {
        match serde_json::to_string_pretty(&result) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("mailsetup: {e}");
                return EXIT_NOT_FOUND;
            }
        }
    } else {
        print!("{}", human(&result));
    }
    if result.incoming.is_empty() {
        if args.json {
            eprintln!("{}", not_found_message(&result));
        }
        EXIT_NOT_FOUND
    } else {
        EXIT_OK
    }
}

/// What adding to the person's Thunderbird did, in words (shared by the wizard).
pub fn added_message(added: &crate::export::tb_profiles::Added, addr: &Address) -> String {
    use crate::export::tb_profiles::Added;
    let p = added.profile();
    let address = addr.to_string();
    let program = p.root.packaging.label();
    let profile = p.name.as_str();
    let path = p.dir.display().to_string();
    let mut out = match added {
        Added::Added { default: false, .. } => crate::t!(
            "tb-added",
            address = address.as_str(),
            program = program,
            profile = profile,
            path = path.as_str()
        ),
        Added::Added { default: true, .. } => crate::t!(
            "tb-added-default",
            address = address.as_str(),
            program = program,
            profile = profile,
            path = path.as_str()
        ),
        Added::AlreadySetUp(_) => crate::t!(
            "tb-already",
            address = address.as_str(),
            program = program,
            profile = profile
        ),
        Added::Created(_) => crate::t!(
            "tb-created",
            address = address.as_str(),
            program = program,
            path = path.as_str()
        ),
    };
    if !p.also.is_empty() {
        let others: Vec<&str> = p.also.iter().map(|k| k.label()).collect();
        out.push(' ');
        out.push_str(&crate::t!("tb-also-found", others = others.join(", ")));
    }
    out
}

/// Why adding to the person's Thunderbird failed, in words (shared by the wizard).
pub fn add_error_message(e: &crate::export::tb_profiles::AddError) -> String {
    use crate::export::tb_profiles::AddError;
    use crate::export::thunderbird::ProfileError;
    match e {
        AddError::Profile(ProfileError::Locked(_) | ProfileError::Running) => {
            crate::t!("tb-close-first")
        }
        e => crate::t!("tb-could-not-add", reason = e.to_string()),
    }
}

/// Shows a progress line on stderr: a spinner on a terminal, a single line otherwise.
async fn show_progress(
    mut rx: tokio::sync::mpsc::UnboundedReceiver<Progress>,
    address: String,
    tty: bool,
) {
    let mut err = std::io::stderr();
    const FRAMES: [char; 4] = ['|', '/', '-', '\\'];
    let mut frame = 0usize;
    let mut running: Vec<crate::model::SourceId> = Vec::new();
    let mut tick = tokio::time::interval(Duration::from_millis(120));
    loop {
        tokio::select! {
            msg = rx.recv() => match msg {
                Some(Progress::Started(s)) => running.push(s),
                Some(Progress::Finished(r)) => running.retain(|s| *s != r.name),
                Some(Progress::Found { .. }) => {}
                Some(Progress::Final) | None => break,
            },
            _ = tick.tick(), if tty => {
                frame = (frame + 1) % FRAMES.len();
                let names: Vec<String> = running.iter().map(|s| s.label()).collect();
                let line = format!("{} {}", FRAMES[frame], crate::t!("cli-looking-up-running", address = address.as_str(), sources = names.join(", ")));
                let line: String = line.chars().take(100).collect();
                let _ = write!(err, "\r\x1b[2K{line}");
                let _ = err.flush();
            }
        }
    }
    if tty {
        let _ = write!(err, "\r\x1b[2K");
        let _ = err.flush();
    }
}

fn server_line(label: &str, s: &Server) -> String {
    let from = if s.trusted {
        crate::t!("cli-from", source = s.source.label(), url = s.url.as_str())
    } else {
        crate::t!(
            "cli-from-unvouched",
            source = s.source.label(),
            url = s.url.as_str()
        )
    };
    format!(
        "{label:<14} {}\n{:<14} {from}\n",
        crate::t!(
            "cli-server",
            protocol = s.protocol.to_string(),
            host = s.host.as_str(),
            port = s.port,
            security = s.security.to_string(),
            username = s.username.as_str()
        ),
        "",
    )
}

fn not_found_message(d: &Discovery) -> String {
    crate::t!("cli-not-found", address = d.address.to_string())
}

/// The plain-English report of a discovery.
pub fn human(d: &Discovery) -> String {
    let mut out = String::new();
    if d.incoming.is_empty() {
        out.push_str(&not_found_message(d));
        out.push('\n');
    } else {
        out.push_str(&crate::t!(
            "cli-settings-for",
            address = d.address.to_string(),
            ms = d.elapsed_ms
        ));
        out.push_str("\n\n");
        out.push_str(&server_line(&crate::t!("cli-incoming"), &d.incoming[0]));
        match d.outgoing.first() {
            Some(s) => out.push_str(&server_line(&crate::t!("cli-outgoing"), s)),
            None => {
                out.push_str(&crate::t!("cli-no-outgoing"));
                out.push('\n');
            }
        }
        let chosen = d.incoming.iter().take(1).chain(d.outgoing.iter().take(1));
        for s in chosen.filter(|s| needs_confirmation(s, &d.address)) {
            let reg = crate::address::registrable_domain(&s.host).unwrap_or(&s.host);
            out.push('\n');
            out.push_str(&crate::t!(
                "cli-careful",
                host = s.host.as_str(),
                domain = reg,
                address_domain = d.address.registrable_domain()
            ));
            out.push('\n');
        }
        let more = d.incoming.len() + d.outgoing.len() - 1 - usize::from(!d.outgoing.is_empty());
        if more > 0 {
            out.push('\n');
            out.push_str(&crate::t!("cli-alternatives", count = more));
            out.push('\n');
        }
    }
    out.push('\n');
    out.push_str(&crate::t!("cli-where-we-looked"));
    out.push('\n');
    for r in &d.sources {
        let mark = match r.status {
            SourceStatus::Found => crate::t!("cli-status-found"),
            SourceStatus::Nothing => crate::t!("cli-status-nothing"),
            SourceStatus::Failed => crate::t!("cli-status-failed"),
            SourceStatus::Timeout => crate::t!("cli-status-timeout"),
            SourceStatus::Cancelled => crate::t!("cli-status-skipped"),
            SourceStatus::Running => crate::t!("cli-status-running"),
        };
        out.push_str(&format!(
            "  {:<42} {:<9} {:>6} ms  {}\n",
            r.name.label(),
            mark,
            r.elapsed_ms,
            r.detail.as_deref().unwrap_or("")
        ));
    }
    out
}

/// Largest settings file read.
const MAX_SETTINGS: u64 = 1024 * 1024;

fn read_password(
    password_stdin: bool,
    addr: &Address,
) -> Result<crate::model::Secret<String>, String> {
    use std::io::Read;
    let raw = if password_stdin {
        let mut s = String::new();
        std::io::stdin()
            .take(64 * 1024)
            .read_to_string(&mut s)
            .map_err(|e| crate::t!("cli-password-read-failed", reason = e.to_string()))?;
        let line = s.lines().next().unwrap_or("").to_owned();
        s.clear();
        line
    } else if std::io::stdin().is_terminal() {
        rpassword::prompt_password(crate::t!("cli-password-prompt", address = addr.to_string()))
            .map_err(|e| crate::t!("cli-password-read-failed", reason = e.to_string()))?
    } else {
        return Err(crate::t!("cli-password-needed"));
    };
    if raw.is_empty() {
        return Err(crate::t!("cli-password-empty"));
    }
    Ok(crate::model::Secret::new(raw))
}

fn read_settings(path: &std::path::Path, addr: &Address) -> Result<Discovery, String> {
    let shown = path.display();
    let meta = std::fs::metadata(path).map_err(|e| {
        crate::t!(
            "cli-settings-unreadable",
            file = shown.to_string(),
            reason = e.to_string()
        )
    })?;
    if meta.len() > MAX_SETTINGS {
        return Err(crate::t!(
            "cli-settings-too-large",
            file = shown.to_string()
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| {
        crate::t!(
            "cli-settings-unreadable",
            file = shown.to_string(),
            reason = e.to_string()
        )
    })?;
    let d: Discovery = serde_json::from_slice(&bytes).map_err(|e| {
        crate::t!(
            "cli-settings-invalid",
            file = shown.to_string(),
            reason = e.to_string()
        )
    })?;
    if d.address != *addr {
        return Err(crate::t!(
            "cli-settings-other-address",
            file = shown.to_string(),
            other = d.address.to_string(),
            address = addr.to_string()
        ));
    }
    Ok(d)
}

/// Whether the password may go to `s` without the user's explicit confirmation.
pub fn needs_confirmation(s: &Server, addr: &Address) -> bool {
    let reg = crate::address::registrable_domain(&s.host).unwrap_or(&s.host);
    !s.trusted && reg != addr.registrable_domain()
}

fn check_line(label: &str, c: &crate::check::ServerCheck, details: bool) -> String {
    let s = &c.server;
    let state = if c.ok {
        crate::t!("cli-check-working")
    } else {
        crate::t!("cli-check-not-working")
    };
    let mut out = format!(
        "{label}: {state}\n  {}\n",
        crate::t!(
            "cli-server",
            protocol = s.protocol.to_string(),
            host = s.host.as_str(),
            port = s.port,
            security = s.security.to_string(),
            username = s.username.as_str()
        )
    );
    for n in &c.notes {
        out.push_str(&format!(
            "  {}\n",
            crate::t!("cli-check-note", note = n.as_str())
        ));
    }
    if let Some(a) = &c.alert {
        out.push_str(&format!(
            "  {}\n",
            crate::t!("done-server-message", message = a.as_str())
        ));
    }
    if let Some(p) = &c.problem {
        out.push_str(&format!(
            "  {}\n",
            crate::t!("cli-check-problem", message = p.message.as_str())
        ));
        out.push_str(&format!(
            "  {}\n",
            crate::t!("fix-what-to-do", advice = p.advice.as_str())
        ));
    }
    if details {
        for l in &c.transcript {
            out.push_str(&format!("    {l}\n"));
        }
    }
    out
}

async fn check_command(run: &Run, args: &CheckArgs) -> u8 {
    let addr = match address_arg(&args.address) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let settings = match &args.settings {
        Some(path) => match read_settings(path, &addr) {
            Ok(d) => Some(d),
            Err(e) => {
                eprintln!("mailsetup: {e}.");
                return EXIT_BAD_INPUT;
            }
        },
        None => None,
    };
    let password = match read_password(args.password_stdin, &addr) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("mailsetup: {e}.");
            return EXIT_BAD_INPUT;
        }
    };
    let net = match run.net() {
        Ok(n) => n,
        Err(code) => return code,
    };
    let found = match settings {
        Some(d) => d,
        None => {
            if !std::io::stderr().is_terminal() {
                eprintln!(
                    "{}",
                    crate::t!("cli-looking-up", address = addr.to_string())
                );
            }
            discover::discover(&net, &addr, &run.options(), None).await
        }
    };
    let Some(incoming) = incoming_for(&found, args.protocol) else {
        eprintln!("{}", not_found_message(&found));
        return EXIT_NOT_FOUND;
    };
    let outgoing = found.outgoing.first();
    if !args.trust {
        for s in std::iter::once(incoming).chain(outgoing) {
            if needs_confirmation(s, &addr) {
                let reg = crate::address::registrable_domain(&s.host).unwrap_or(&s.host);
                eprintln!(
                    "mailsetup: {}",
                    crate::t!(
                        "cli-check-refused-foreign",
                        host = s.host.as_str(),
                        domain = reg,
                        address_domain = addr.registrable_domain(),
                        source = s.source.label()
                    )
                );
                return EXIT_NOT_FOUND;
            }
        }
    }
    let report = crate::check::check(
        &net,
        &addr,
        incoming,
        outgoing,
        &password,
        &Default::default(),
    )
    .await;
    if args.json {
        let missing = serde_json::json!({
            "server": null,
            "ok": false,
            "problem": {
                "kind": "other",
                "message": crate::t!("cli-check-no-outgoing"),
                "advice": crate::t!("cli-check-no-outgoing-advice")
            }
        });
        let v = serde_json::json!({
            "incoming": report.incoming,
            "outgoing": report.outgoing.as_ref().map_or(missing, |o| serde_json::to_value(o).unwrap_or_default()),
        });
        println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
    } else {
        print!(
            "{}",
            check_line(&crate::t!("cli-incoming"), &report.incoming, args.details)
        );
        match &report.outgoing {
            Some(o) => print!(
                "{}",
                check_line(&crate::t!("cli-outgoing"), o, args.details)
            ),
            None => println!(
                "{}: {}\n  {}",
                crate::t!("cli-outgoing"),
                crate::t!("cli-check-no-outgoing"),
                crate::t!(
                    "fix-what-to-do",
                    advice = crate::t!("cli-check-no-outgoing-advice")
                )
            ),
        }
        if report.ok() {
            println!("\n{}", crate::t!("cli-check-all-working"));
        } else if let Some(contact) = run.help_contact() {
            println!("\n{contact}");
        }
    }
    if report.ok() { EXIT_OK } else { EXIT_NOT_FOUND }
}

fn preset_command(args: &PresetCheckArgs) -> u8 {
    let p = match crate::preset::load(&args.file) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("mailsetup: {e}");
            return EXIT_BAD_INPUT;
        }
    };
    if args.json {
        let v = serde_json::json!({
            "organisation": p.organisation,
            "slug": p.slug(),
            "domains": p.domains,
            "files": p.files,
        });
        println!("{}", serde_json::to_string_pretty(&v).unwrap_or_default());
    } else {
        println!(
            "{}",
            crate::t!(
                "cli-preset-ok",
                file = args.file.display().to_string(),
                organisation = p.organisation.as_str(),
                domains = p.domains.join(", ")
            )
        );
    }
    EXIT_OK
}

async fn save_password_command(args: &SavePasswordArgs) -> u8 {
    let addr = match address_arg(&args.address) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let password = match read_password(args.password_stdin, &addr) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("mailsetup: {e}.");
            return EXIT_BAD_INPUT;
        }
    };
    match crate::secrets::save_password(addr.to_string(), password).await {
        Ok(()) => {
            println!("{}", crate::t!("done-saved"));
            EXIT_OK
        }
        Err(e) => {
            eprintln!(
                "{}",
                match e {
                    crate::secrets::KeyringError::Locked(_) => crate::t!("done-keyring-locked"),
                    crate::secrets::KeyringError::Unavailable(_) =>
                        crate::t!("done-keyring-missing"),
                    crate::secrets::KeyringError::Other(_) => crate::t!("done-keyring-failed"),
                }
            );
            EXIT_NOT_FOUND
        }
    }
}

async fn doctor_command(run: &Run, args: &DoctorArgs) -> u8 {
    let input = args.domain.trim();
    let domain = match input.rsplit_once('@') {
        Some((_, d)) => crate::address::normalise_domain(d),
        None => crate::address::normalise_domain(input),
    };
    let domain = match domain {
        Ok(d) => d,
        Err(e) => {
            eprintln!(
                "mailsetup: {}",
                crate::t!("cli-bad-address", address = input, reason = e.explain())
            );
            return EXIT_BAD_INPUT;
        }
    };
    let net = match run.net() {
        Ok(n) => n,
        Err(code) => return code,
    };
    let report = crate::doctor::doctor(&net, &domain, &Default::default()).await;
    if args.json {
        println!(
            "{}",
            serde_json::to_string_pretty(&report).unwrap_or_default()
        );
    } else {
        println!("{}\n", crate::t!("doctor-intro", domain = domain.as_str()));
        for f in &report.findings {
            println!("{:<34} {}", f.check.label(), f.status.label());
            println!("    {}", f.message);
            if !f.advice.is_empty() {
                println!(
                    "    {}",
                    crate::t!("fix-what-to-do", advice = f.advice.as_str())
                );
            }
        }
        println!();
        println!(
            "{}",
            if report.has_problem() {
                crate::t!("doctor-summary-problem")
            } else {
                crate::t!("doctor-summary-ok")
            }
        );
    }
    if report.has_problem() {
        EXIT_NOT_FOUND
    } else {
        EXIT_OK
    }
}

/// Writes a file the user asked for; `private` files are readable by the owner only (mode 0600).
fn write_output(path: &std::path::Path, bytes: &[u8], private: bool) -> std::io::Result<()> {
    let tmp = path.with_extension("mailsetup-tmp");
    {
        let mut o = std::fs::OpenOptions::new();
        o.write(true).create(true).truncate(true);
        #[cfg(unix)]
        if private {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o600);
        }
        let mut f = o.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
    }
    std::fs::rename(&tmp, path)
}

async fn export_command(run: &Run, args: &ExportArgs) -> u8 {
    use crate::export::{self, Account};
    let addr = match address_arg(&args.address) {
        Ok(a) => a,
        Err(code) => return code,
    };
    let found = match &args.settings {
        Some(path) => match read_settings(path, &addr) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("mailsetup: {e}.");
                return EXIT_BAD_INPUT;
            }
        },
        None => {
            let net = match run.net() {
                Ok(n) => n,
                Err(code) => return code,
            };
            eprintln!(
                "{}",
                crate::t!("cli-looking-up", address = addr.to_string())
            );
            discover::discover(&net, &addr, &run.options(), None).await
        }
    };
    let Some(incoming) = incoming_for(&found, args.protocol) else {
        eprintln!("{}", not_found_message(&found));
        return EXIT_NOT_FOUND;
    };
    let account = Account {
        address: addr.clone(),
        name: args.name.clone(),
        incoming: incoming.clone(),
        outgoing: found.outgoing.first().cloned(),
        leave_on_server: true,
    };
    let fail = |e: String| {
        eprintln!("mailsetup: {e}");
        EXIT_NOT_FOUND
    };
    let written = |p: &std::path::Path| {
        println!(
            "{}",
            crate::t!("export-written", path = p.display().to_string())
        )
    };
    match args.format {
        ExportFormat::Thunderbird => {
            if args.add_to.as_deref() == Some(std::path::Path::new("default")) {
                let Some(home) = dirs::home_dir() else {
                    return fail(crate::t!("done-export-no-home"));
                };
                let installs = export::tb_profiles::installed(&home);
                return match export::tb_profiles::add_to_default(&home, &installs, &account) {
                    Ok(added) => {
                        println!("{}", added_message(&added, &addr));
                        EXIT_OK
                    }
                    Err(e) => fail(add_error_message(&e)),
                };
            }
            if let Some(profile) = &args.add_to {
                if let Err(e) = export::thunderbird::add_to_profile(profile, &account) {
                    return fail(e.to_string());
                }
                written(&profile.join("prefs.js"));
                return EXIT_OK;
            }
            let Some(dir) = &args.output else {
                return EXIT_BAD_INPUT;
            };
            if let Err(e) = export::thunderbird::create_profile(dir, &account) {
                return fail(e.to_string());
            }
            written(dir);
            if args.register {
                let Some(home) = dirs::home_dir() else {
                    return fail("no home folder".into());
                };
                let ini = home.join(".thunderbird").join("profiles.ini");
                let _ = std::fs::create_dir_all(home.join(".thunderbird"));
                let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
                if let Err(e) =
                    export::thunderbird::register(&ini, &abs, &format!("Mail Setup {addr}"))
                {
                    return fail(e.to_string());
                }
                written(&ini);
            }
            EXIT_OK
        }
        format => {
            let Some(path) = &args.output else {
                return EXIT_BAD_INPUT;
            };
            let mut private = false;
            let (bytes, howto): (Vec<u8>, Option<String>) = match format {
                ExportFormat::Apple => {
                    let password = if args.include_password {
                        match read_password(args.password_stdin, &addr) {
                            Ok(p) => {
                                private = true;
                                Some(p)
                            }
                            Err(e) => {
                                eprintln!("mailsetup: {e}.");
                                return EXIT_BAD_INPUT;
                            }
                        }
                    } else {
                        None
                    };
                    let profile = export::apple::render(&account, password.as_ref());
                    match (&args.sign_cert, &args.sign_key) {
                        (Some(cert), Some(key)) => {
                            let read = |p: &PathBuf| {
                                std::fs::read_to_string(p).map_err(|e| {
                                    crate::t!(
                                        "cli-settings-unreadable",
                                        file = p.display().to_string(),
                                        reason = e.to_string()
                                    )
                                })
                            };
                            let signed = read(cert)
                                .and_then(|c| read(key).map(|k| (c, k)))
                                .and_then(|(c, k)| {
                                    export::apple::sign(&profile, &c, &k).map_err(|e| e.to_string())
                                });
                            match signed {
                                Ok(der) => (der, None),
                                Err(e) => {
                                    eprintln!("mailsetup: {e}");
                                    return EXIT_BAD_INPUT;
                                }
                            }
                        }
                        _ => (profile, None),
                    }
                }
                ExportFormat::AndroidQr => {
                    let png = path
                        .extension()
                        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
                    let r = if png {
                        export::android_qr::png(&account)
                    } else {
                        export::android_qr::svg(&account).map(String::into_bytes)
                    };
                    match r {
                        Ok(b) => (b, Some(crate::t!("export-qr-howto"))),
                        Err(e) => return fail(e.to_string()),
                    }
                }
                ExportFormat::Autoconfig => (
                    export::autoconfig_xml::render(&account).into_bytes(),
                    Some(export::autoconfig_xml::instructions(&account)),
                ),
                ExportFormat::Autodiscover => (
                    export::autodiscover_xml::render(&account).into_bytes(),
                    Some(export::autodiscover_xml::instructions(&account)),
                ),
                ExportFormat::Dns => (
                    export::dns_records::render(&account).into_bytes(),
                    Some(export::dns_records::instructions(&account)),
                ),
                ExportFormat::Sheet => (export::sheet::render(&account).into_bytes(), None),
                // Handled above; kept so the match names every format.
                ExportFormat::Thunderbird => return EXIT_BAD_INPUT,
            };
            if let Err(e) = write_output(path, &bytes, private) {
                return fail(format!("{}: {e}", path.display()));
            }
            written(path);
            if private {
                eprintln!("{}", crate::t!("export-password-warning"));
            }
            if let Some(h) = howto {
                eprintln!("{h}");
            }
            EXIT_OK
        }
    }
}
