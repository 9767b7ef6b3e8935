//! `mailsetup save-password ADDRESS`: stores the password in the system keyring, as the wizard does.

use crate::cli::args::SavePasswordArgs;
use crate::cli::{CliError, input};

pub(crate) async fn run(args: &SavePasswordArgs) -> Result<(), CliError> {
    let addr = input::address(&args.address)?;
    let password = input::password(args.password_stdin, &addr)?;
    crate::secrets::save_password(addr.to_string(), password)
        .await
        .map_err(|e| CliError::Local(e.message()))?;
    println!("{}", crate::t!("done-saved"));
    Ok(())
}
