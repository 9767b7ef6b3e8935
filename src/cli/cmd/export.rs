//! `mailsetup export ADDRESS --format F`: the settings for another mail program or for publishing.

use std::path::{Path, PathBuf};

use crate::address::Address;
use crate::cli::args::ExportArgs;
use crate::cli::{CliError, Run, input};
use crate::desktop::{self, AddError, Env, MailProgram};
use crate::export::{self, Account, Format, RenderError, RenderOptions};

fn written(p: &Path) {
    println!(
        "{}",
        crate::t!("export-written", path = p.display().to_string())
    );
}

pub(crate) async fn run(run: &Run, args: &ExportArgs) -> Result<(), CliError> {
    let addr = input::address(&args.address)?;
    let settings = match &args.settings {
        Some(path) => Some(input::settings(path, &addr)?),
        None => None,
    };
    let found = input::settings_or_discover(run, None, &addr, settings).await?;
    let incoming = input::incoming(&found, args.protocol)
        .ok_or_else(|| CliError::NotFound(crate::cli::render::not_found_message(&found)))?;
    let account = Account {
        address: addr.clone(),
        name: args.name.clone(),
        incoming: incoming.clone(),
        outgoing: found.outgoing.first().cloned(),
        leave_on_server: true,
    };
    let program = args
        .add_to
        .as_deref()
        .and_then(|p| p.to_str())
        .and_then(MailProgram::from_cli_name)
        .filter(|p| *p != MailProgram::Thunderbird);
    match (program, args.format) {
        (Some(program), None) => desktop(args, &account, program).await,
        (Some(program), Some(format)) => Err(CliError::BadInput(crate::t!(
            "cli-add-to-no-format",
            program = program.cli_name(),
            format = format.name()
        ))),
        (None, None | Some(Format::Thunderbird)) => thunderbird(args, &addr, &account),
        (None, Some(format)) => one_file(args, &addr, &account, format),
    }
}

/// `--add-to goa|evolution|geary|kmail`: the account in the desktop's own mail program, or the
/// steps to add it there by hand.
async fn desktop(
    args: &ExportArgs,
    account: &Account,
    program: MailProgram,
) -> Result<(), CliError> {
    let env = Env::from_process();
    if let Err(e) = desktop::can_add(program, account, &env) {
        if let AddError::ByHand(_) = e {
            for line in desktop::by_hand::steps(program, account) {
                println!("{line}");
            }
            return Ok(());
        }
        return Err(add_error(e));
    }
    let password = input::password(args.password_stdin, &account.address)?;
    let added = desktop::add(program, account, Some(&password), &env)
        .await
        .map_err(add_error)?;
    println!("{}", added.message(account));
    match added.keyring_message() {
        Some(problem) => Err(CliError::Local(problem)),
        None => Ok(()),
    }
}

fn add_error(e: AddError) -> CliError {
    match e {
        AddError::Unavailable { .. } | AddError::Refused { .. } => CliError::Local(e.message()),
        AddError::NoOutgoing => CliError::NotFound(e.message()),
        _ => CliError::BadInput(e.message()),
    }
}

/// A profile folder, an account added to a profile, or to the profile the person's Thunderbird opens.
fn thunderbird(args: &ExportArgs, addr: &Address, account: &Account) -> Result<(), CliError> {
    let local = |e: &dyn std::fmt::Display| CliError::Local(e.to_string());
    let no_home = || CliError::Local(crate::t!("done-export-no-home"));
    let default = [Path::new("default"), Path::new("thunderbird")];
    if args.add_to.as_deref().is_some_and(|p| default.contains(&p)) {
        let home = dirs::home_dir().ok_or_else(no_home)?;
        let installs = export::tb_profiles::installed(&home);
        let added = export::tb_profiles::add_to_default(&home, &installs, account)
            .map_err(|e| CliError::Local(e.message()))?;
        println!("{}", added.message(addr));
        return Ok(());
    }
    if let Some(profile) = &args.add_to {
        export::thunderbird::add_to_profile(profile, account).map_err(|e| local(&e))?;
        written(&profile.join("prefs.js"));
        return Ok(());
    }
    let dir = args
        .output
        .as_ref()
        .expect("clap requires --output unless --add-to is given");
    export::thunderbird::create_profile(dir, account).map_err(|e| local(&e))?;
    written(dir);
    if args.register {
        let home = dirs::home_dir().ok_or_else(no_home)?;
        let root = home.join(".thunderbird");
        std::fs::create_dir_all(&root)
            .map_err(|e| CliError::Local(format!("{}: {e}", root.display())))?;
        let ini = root.join("profiles.ini");
        let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.clone());
        export::thunderbird::register(&ini, &abs, &format!("Mail Setup {addr}"))
            .map_err(|e| local(&e))?;
        written(&ini);
    }
    Ok(())
}

/// Every other format: one file.
fn one_file(
    args: &ExportArgs,
    addr: &Address,
    account: &Account,
    format: Format,
) -> Result<(), CliError> {
    if args.add_to.is_some() {
        return Err(CliError::BadInput(crate::t!("cli-add-to-thunderbird-only")));
    }
    let path = args
        .output
        .as_ref()
        .expect("clap requires --output unless --add-to is given");
    let password = match (format, args.include_password) {
        (Format::Apple, true) => Some(input::password(args.password_stdin, addr)?),
        _ => None,
    };
    let signing = match (&args.sign_cert, &args.sign_key) {
        (Some(cert), Some(key)) => Some((read_pem(cert)?, read_pem(key)?)),
        _ => None,
    };
    let options = RenderOptions {
        password: password.as_ref(),
        signing: signing.as_ref().map(|(c, k)| (c.as_str(), k.as_str())),
        png: path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("png")),
    };
    let rendered = export::render(format, account, options).map_err(|e| match e {
        RenderError::Sign(_) => CliError::BadInput(e.to_string()),
        e => CliError::NotFound(e.to_string()),
    })?;
    export::write_file(path, &rendered.bytes, rendered.private)
        .map_err(|e| CliError::Local(format!("{}: {e}", path.display())))?;
    written(path);
    if rendered.private {
        eprintln!("{}", crate::t!("export-password-warning"));
    }
    if let Some(h) = rendered.howto {
        eprintln!("{h}");
    }
    Ok(())
}

/// A PEM file given for signing.
fn read_pem(p: &PathBuf) -> Result<String, CliError> {
    std::fs::read_to_string(p).map_err(|e| {
        CliError::BadInput(crate::t!(
            "cli-settings-unreadable",
            file = p.display().to_string(),
            reason = e.to_string()
        ))
    })
}
