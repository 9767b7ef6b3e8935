//! `mailsetup discover ADDRESS [--json] [--timeout SECONDS]`: the settings, and where we looked.

use std::io::IsTerminal;
use std::time::Duration;

use crate::cli::args::DiscoverArgs;
use crate::cli::{CliError, Run, input, render};
use crate::discover;

/// Longest `--timeout` accepted.
const MAX_TIMEOUT_SECS: f64 = 600.0;

pub(crate) async fn run(run: &Run, args: &DiscoverArgs) -> Result<(), CliError> {
    let addr = input::address(&args.address)?;
    if !(args.timeout.is_finite() && args.timeout > 0.0 && args.timeout <= MAX_TIMEOUT_SECS) {
        return Err(CliError::BadInput(crate::t!("cli-bad-timeout")));
    }
    let net = run.net()?;
    let mut opts = run.options();
    opts.timeouts.overall = Duration::from_secs_f64(args.timeout);
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    // The lookup starts first: its questions are on the wire while the first line is worded (the
    // first message read parses the language's catalogues).
    let lookup = {
        let addr = addr.clone();
        tokio::spawn(async move { discover::discover(&net, &addr, &opts, Some(tx)).await })
    };
    let tty = std::io::stderr().is_terminal();
    if !tty {
        eprintln!(
            "{}",
            crate::t!("cli-looking-up", address = addr.to_string())
        );
    }
    let progress = tokio::spawn(render::show_progress(rx, addr.to_string(), tty));
    let result = lookup
        .await
        .map_err(|e| CliError::Local(crate::t!("cli-cannot-start", reason = e.to_string())))?;
    // The spinner ends with the channel; a panic in it would only lose the progress line.
    let _ = progress.await;
    if args.json {
        println!("{}", render::json(&result));
    } else {
        print!("{}", render::human(&result));
    }
    if !result.incoming.is_empty() {
        return Ok(());
    }
    if args.json {
        eprintln!("{}", render::not_found_message(&result));
    }
    Err(CliError::Reported)
}
