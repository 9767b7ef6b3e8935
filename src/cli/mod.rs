//! The command line. No arguments: the wizard window. Subcommands do the same work headless for
//! helpdesks, scripts and tests; each prints plain English, or with `--json` one JSON object on
//! stdout whatever happens once the arguments parsed (human text then goes to stderr).
//!
//! `args.rs` is the clap definition, `input.rs` reads what the user gives (address, password,
//! settings file), `render.rs` words the results, `cmd/` holds one file per command (`setup` is the
//! wizard in the terminal). Commands return
//! `Result<(), CliError>`; [`main`] is the one place that turns an outcome into an exit code.

mod args;
mod cmd;
mod help;
mod input;
mod render;
mod sign_in;

use std::process::ExitCode;

use clap::{FromArgMatches, Parser};

pub use args::{
    CheckArgs, Cli, Command, DiagnoseArgs, DiscoverArgs, DoctorArgs, ExportArgs, NetArgs,
    OAuthArgs, PresetArgs, PresetCheckArgs, ProtocolArg, ProvisionArgs, SavePasswordArgs,
};
pub use render::human;

pub use crate::front::{OpenWindow, Run};

/// Exit code: the command succeeded (the servers were found, the check passed, …).
pub(crate) const EXIT_OK: u8 = 0;
/// Exit code: nothing was found, or the check found a problem.
pub(crate) const EXIT_NOT_FOUND: u8 = 1;
/// Exit code: bad input (a malformed address, an unreadable or invalid file given, a bad flag).
pub(crate) const EXIT_BAD_INPUT: u8 = 2;
/// Exit code: something on this computer failed (writing a file, the keyring, a Thunderbird profile
/// in use, starting the program).
pub(crate) const EXIT_LOCAL: u8 = 3;
/// Exit code: stopped by Ctrl-C (128 + SIGINT, as shells report it).
pub(crate) const EXIT_INTERRUPTED: u8 = 130;

/// How a command did not succeed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CliError {
    /// Nothing was found (exit 1); the message says what and what to do.
    NotFound(String),
    /// The result was a failure and is already shown on stdout (a failed check, a domain with
    /// problems; exit 1).
    Reported,
    /// What the user gave is wrong (exit 2).
    BadInput(String),
    /// Something on this computer failed (exit 3).
    Local(String),
    /// The person pressed Ctrl-C (exit 130); the message says what was left as it was.
    Interrupted(String),
}

impl CliError {
    pub(crate) fn code(&self) -> u8 {
        match self {
            CliError::NotFound(_) | CliError::Reported => EXIT_NOT_FOUND,
            CliError::BadInput(_) => EXIT_BAD_INPUT,
            CliError::Local(_) => EXIT_LOCAL,
            CliError::Interrupted(_) => EXIT_INTERRUPTED,
        }
    }

    /// The `kind` in the JSON error object.
    pub(crate) fn kind(&self) -> &'static str {
        match self {
            CliError::NotFound(_) | CliError::Reported => "not-found",
            CliError::BadInput(_) => "bad-input",
            CliError::Local(_) => "local",
            CliError::Interrupted(_) => "interrupted",
        }
    }

    /// The words to show, unless already shown.
    pub(crate) fn message(&self) -> Option<&str> {
        match self {
            CliError::NotFound(m)
            | CliError::BadInput(m)
            | CliError::Local(m)
            | CliError::Interrupted(m) => Some(m),
            CliError::Reported => None,
        }
    }
}

impl From<crate::net::SetupError> for CliError {
    /// A `--ca-file` that cannot be read is bad input.
    fn from(e: crate::net::SetupError) -> CliError {
        CliError::BadInput(e.to_string())
    }
}

/// The program [`become_window_program`] becomes.
pub const WINDOW_PROGRAM: &str = "mailsetup-window";

/// Becomes `mailsetup-window`, found beside the running binary, with the same arguments (it loads
/// the preset again itself), so the command-line binary carries none of the window's code. On Unix
/// the process is replaced, so its exit code and signals are the window's own; returns only when
/// that fails.
pub fn become_window_program(_: Run, _: Option<crate::preset::PresetError>) -> Result<(), String> {
    let me =
        std::env::current_exe().map_err(|e| crate::t!("cli-no-self", reason = e.to_string()))?;
    let window = me.with_file_name(format!("{WINDOW_PROGRAM}{}", std::env::consts::EXE_SUFFIX));
    let mut cmd = std::process::Command::new(&window);
    cmd.args(std::env::args_os().skip(1));
    let failed = |e: std::io::Error| {
        if e.kind() == std::io::ErrorKind::NotFound {
            crate::t!("cli-window-missing", program = window.display().to_string())
        } else {
            format!("{}: {e}", window.display())
        }
    };
    #[cfg(unix)]
    {
        use std::os::unix::process::CommandExt;
        Err(failed(cmd.exec()))
    }
    #[cfg(not(unix))]
    match cmd.status() {
        Ok(status) => std::process::exit(status.code().unwrap_or(i32::from(EXIT_LOCAL))),
        Err(e) => Err(failed(e)),
    }
}

/// Entry point of the binaries: `open_window` opens the wizard window.
pub fn main(open_window: OpenWindow) -> ExitCode {
    crate::net::start_reading_trust_store();
    // Arguments that parse need no words: the catalogue is loaded only for help pages and
    // argument errors, which are made again from the translated command (help.rs).
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let parsed = Cli::try_parse_from(&argv).or_else(|e| {
        if e.kind() == clap::error::ErrorKind::DisplayVersion {
            return Err(e);
        }
        let mut command = help::command(argv.first().map(std::ffi::OsString::as_os_str));
        command
            .try_get_matches_from_mut(&argv)
            .and_then(|mut matches| {
                Cli::from_arg_matches_mut(&mut matches).map_err(|e| e.format(&mut command))
            })
    });
    let cli = match parsed {
        Ok(c) => c,
        Err(e) => {
            // Printing the usage or version can only fail when stdout/stderr is gone.
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() {
                EXIT_BAD_INPUT
            } else {
                EXIT_OK
            });
        }
    };
    let json = cli.command.as_ref().is_some_and(Command::json);
    let json_lines = cli.command.as_ref().is_some_and(Command::json_lines);
    ExitCode::from(match run(cli, open_window) {
        Ok(()) => EXIT_OK,
        Err(e) => {
            if let Some(m) = e.message() {
                eprintln!("mailsetup: {m}");
                // A batch stopped by Ctrl-C has already printed its summary line.
                let summarised = matches!(e, CliError::Interrupted(_));
                if json_lines {
                    if !summarised {
                        println!("{}", render::error_json_line(&e, m));
                    }
                } else if json {
                    println!("{}", render::error_json(&e, m));
                }
            }
            e.code()
        }
    })
}

fn run(cli: Cli, open_window: OpenWindow) -> Result<(), CliError> {
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
    let run = Run::new(cli.net.config(), preset).with_first(cli.oauth.registrations());
    // The window runs its own event loop: no runtime for it here.
    let Some(command) = cli.command else {
        return open_window(run, broken)
            .map_err(|e| CliError::Local(crate::t!("cli-no-window", reason = e)));
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| CliError::Local(crate::t!("cli-cannot-start", reason = e.to_string())))?;
    match command {
        Command::Discover(args) => runtime.block_on(cmd::discover::run(&run, &args)),
        Command::Check(args) => runtime.block_on(cmd::check::run(&run, &args)),
        Command::SavePassword(args) => runtime.block_on(cmd::save_password::run(&args)),
        Command::Doctor(args) => runtime.block_on(cmd::doctor::run(&run, &args)),
        Command::Diagnose(args) => runtime.block_on(cmd::diagnose::run(&run, &args)),
        Command::Export(args) => runtime.block_on(cmd::export::run(&run, &args)),
        Command::Preset(args) => cmd::preset::run(&args),
        Command::Setup => runtime.block_on(cmd::setup::run(&run)),
        Command::Provision(args) => runtime.block_on(cmd::provision::run(&run, &args)),
    }
}
