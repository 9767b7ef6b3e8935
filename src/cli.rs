//! The command line. No arguments: the wizard window. Subcommands do the same work headless for
//! helpdesks, scripts and tests; each prints plain English, or JSON with `--json`.

use std::io::{IsTerminal, Write};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};

use crate::address::Address;
use crate::discover::{self, Discovery, Options, Progress, SourceStatus};
use crate::model::Server;
use crate::net::{Net, NetConfig};

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
        }
    }
}

fn parse_dns_server(s: &str) -> Result<SocketAddr, String> {
    if let Ok(sa) = s.parse::<SocketAddr>() {
        return Ok(sa);
    }
    s.parse::<std::net::IpAddr>()
        .map(|ip| SocketAddr::new(ip, 53))
        .map_err(|_| format!("{s:?} is not an IP address or IP:PORT"))
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Find the incoming and outgoing servers for an email address.
    Discover(DiscoverArgs),
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
            eprintln!("mailsetup: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    let code = match cli.command {
        None => {
            eprintln!(
                "mailsetup: the setup window is not part of this build yet.\n\
                 To find the settings for an address, run: mailsetup discover you@example.com"
            );
            EXIT_NOT_FOUND
        }
        Some(Command::Discover(args)) => runtime.block_on(discover_command(&cli.net, &args)),
    };
    ExitCode::from(code)
}

async fn discover_command(net_args: &NetArgs, args: &DiscoverArgs) -> u8 {
    let addr = match Address::parse(&args.address) {
        Ok(a) => a,
        Err(e) => {
            eprintln!(
                "mailsetup: {:?} is not a valid email address: {e}.",
                args.address
            );
            return EXIT_BAD_INPUT;
        }
    };
    if !(args.timeout.is_finite() && args.timeout > 0.0 && args.timeout <= 600.0) {
        eprintln!("mailsetup: --timeout must be between 0 and 600 seconds.");
        return EXIT_BAD_INPUT;
    }
    let net = match Net::new(&net_args.config()) {
        Ok(n) => n,
        Err(e) => {
            eprintln!("mailsetup: {e}");
            return EXIT_BAD_INPUT;
        }
    };
    let mut opts = Options::default();
    opts.timeouts.overall = Duration::from_secs_f64(args.timeout);
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let tty = std::io::stderr().is_terminal();
    if !tty {
        eprintln!("Looking up the mail settings for {addr}…");
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
                let names: Vec<&str> = running.iter().map(|s| s.describe()).collect();
                let line = format!("{} Looking up settings for {address}: {}", FRAMES[frame], names.join(", "));
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
    format!(
        "{label:<14} {:<5} {}  port {}  {}  username {}\n{:<14} from {} ({}){}\n",
        s.protocol.to_string(),
        s.host,
        s.port,
        s.security,
        s.username,
        "",
        s.source.describe(),
        s.url,
        if s.trusted {
            ""
        } else {
            ", not vouched for by your domain"
        },
    )
}

fn not_found_message(d: &Discovery) -> String {
    format!(
        "No incoming mail server could be found for {}. Check the address for typing mistakes; \
         if it is right, ask your email provider for the incoming server's name.",
        d.address
    )
}

/// The plain-English report of a discovery.
pub fn human(d: &Discovery) -> String {
    let mut out = String::new();
    if d.incoming.is_empty() {
        out.push_str(&not_found_message(d));
        out.push('\n');
    } else {
        out.push_str(&format!(
            "Mail settings for {} (found in {} ms)\n\n",
            d.address, d.elapsed_ms
        ));
        out.push_str(&server_line("Incoming mail", &d.incoming[0]));
        match d.outgoing.first() {
            Some(s) => out.push_str(&server_line("Outgoing mail", s)),
            None => out.push_str(
                "Outgoing mail  not found: ask your provider for the outgoing (SMTP) server.\n",
            ),
        }
        let chosen = d.incoming.iter().take(1).chain(d.outgoing.iter().take(1));
        for s in chosen {
            let reg = crate::address::registrable_domain(&s.host).unwrap_or(&s.host);
            if !s.trusted && reg != d.address.registrable_domain() {
                out.push_str(&format!(
                    "\nCareful: {} belongs to {reg}, not {}, and no trusted source vouched for it. \
                     Only send your password there if you know {reg} runs your mail.\n",
                    s.host,
                    d.address.registrable_domain()
                ));
            }
        }
        let more = d.incoming.len() + d.outgoing.len() - 1 - usize::from(!d.outgoing.is_empty());
        if more > 0 {
            out.push_str(&format!(
                "\n{more} alternative server(s) also found (see --json).\n"
            ));
        }
    }
    out.push_str("\nWhere we looked:\n");
    for r in &d.sources {
        let mark = match r.status {
            SourceStatus::Found => "found",
            SourceStatus::Nothing => "nothing",
            SourceStatus::Failed => "failed",
            SourceStatus::Timeout => "timed out",
            SourceStatus::Cancelled => "skipped",
            SourceStatus::Running => "running",
        };
        out.push_str(&format!(
            "  {:<42} {:<9} {:>6} ms  {}\n",
            r.name.describe(),
            mark,
            r.elapsed_ms,
            r.detail.as_deref().unwrap_or("")
        ));
    }
    out
}
