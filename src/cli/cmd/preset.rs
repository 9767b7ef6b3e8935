//! `mailsetup preset FILE`: checks a helpdesk preset and says what it sets up, or what is wrong.

use crate::cli::args::PresetCheckArgs;
use crate::cli::{CliError, render};

pub(crate) fn run(args: &PresetCheckArgs) -> Result<(), CliError> {
    let p = crate::preset::load(&args.file).map_err(|e| CliError::BadInput(e.to_string()))?;
    if args.json {
        let v = serde_json::json!({
            "organisation": p.organisation,
            "slug": p.slug(),
            "domains": p.domains,
            "files": p.files,
            "at_login": p.provision.at_login,
        });
        println!("{}", render::json(&v));
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
    Ok(())
}
