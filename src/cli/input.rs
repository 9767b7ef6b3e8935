//! What the user gives the command line: the address, the password (standard input or a prompt
//! without echo) and a settings file, or a discovery when there is none.

use std::io::{IsTerminal, Read};
use std::path::Path;

use super::args::ProtocolArg;
use super::{CliError, Run};
use crate::address::Address;
use crate::discover::{self, Discovery};
use crate::model::{Secret, Server};
use crate::net::Net;

/// Largest settings file read.
const MAX_SETTINGS: u64 = 1024 * 1024;
/// Most bytes of standard input read for a password.
const MAX_PASSWORD_INPUT: u64 = 64 * 1024;

/// The address argument, or why it is not an email address.
pub(super) fn address(input: &str) -> Result<Address, CliError> {
    Address::parse(input).map_err(|e| {
        CliError::BadInput(crate::t!(
            "cli-bad-address",
            address = input,
            reason = e.explain()
        ))
    })
}

/// The password: the first line of standard input with `--password-stdin`, else a prompt without
/// echo on a terminal.
pub(super) fn password(password_stdin: bool, addr: &Address) -> Result<Secret<String>, CliError> {
    let failed = |e: std::io::Error| {
        CliError::BadInput(format!(
            "{}.",
            crate::t!("cli-password-read-failed", reason = e.to_string())
        ))
    };
    let raw = if password_stdin {
        let mut s = String::new();
        std::io::stdin()
            .take(MAX_PASSWORD_INPUT)
            .read_to_string(&mut s)
            .map_err(failed)?;
        let line = s.lines().next().unwrap_or("").to_owned();
        s.clear();
        line
    } else if std::io::stdin().is_terminal() {
        rpassword::prompt_password(crate::t!("cli-password-prompt", address = addr.to_string()))
            .map_err(failed)?
    } else {
        return Err(CliError::BadInput(format!(
            "{}.",
            crate::t!("cli-password-needed")
        )));
    };
    if raw.is_empty() {
        return Err(CliError::BadInput(format!(
            "{}.",
            crate::t!("cli-password-empty")
        )));
    }
    Ok(Secret::new(raw))
}

/// A settings file from `mailsetup discover --json`, for `addr`.
pub(super) fn settings(path: &Path, addr: &Address) -> Result<Discovery, CliError> {
    let file = path.display().to_string();
    let file = file.as_str();
    let bad = |m: String| CliError::BadInput(format!("{m}."));
    let unreadable = |e: std::io::Error| {
        bad(crate::t!(
            "cli-settings-unreadable",
            file = file,
            reason = e.to_string()
        ))
    };
    let meta = std::fs::metadata(path).map_err(unreadable)?;
    if meta.len() > MAX_SETTINGS {
        return Err(bad(crate::t!("cli-settings-too-large", file = file)));
    }
    let bytes = std::fs::read(path).map_err(unreadable)?;
    let d: Discovery = serde_json::from_slice(&bytes).map_err(|e| {
        bad(crate::t!(
            "cli-settings-invalid",
            file = file,
            reason = e.to_string()
        ))
    })?;
    if d.address != *addr {
        return Err(bad(crate::t!(
            "cli-settings-other-address",
            file = file,
            other = d.address.to_string(),
            address = addr.to_string()
        )));
    }
    Ok(d)
}

/// The servers to use: from the settings file when one was given, else looked up (saying so on
/// stderr) over `net`, or a network layer made for it.
pub(super) async fn settings_or_discover(
    run: &Run,
    net: Option<&Net>,
    addr: &Address,
    settings: Option<Discovery>,
) -> Result<Discovery, CliError> {
    if let Some(d) = settings {
        return Ok(d);
    }
    let made;
    let net = match net {
        Some(n) => n,
        None => {
            made = run.net()?;
            &made
        }
    };
    eprintln!(
        "{}",
        crate::t!("cli-looking-up", address = addr.to_string())
    );
    Ok(discover::discover(net, addr, &run.options(), None).await)
}

/// The best incoming server, of the asked-for protocol if any.
pub(super) fn incoming(found: &Discovery, protocol: Option<ProtocolArg>) -> Option<&Server> {
    let wanted = protocol.map(ProtocolArg::protocol);
    found
        .incoming
        .iter()
        .find(|s| wanted.is_none_or(|w| s.protocol == w))
}
