//! `mailsetup doctor DOMAIN`: is the domain set up to receive and send mail?

use crate::cli::args::DoctorArgs;
use crate::cli::{CliError, Run, render};

pub(crate) async fn run(run: &Run, args: &DoctorArgs) -> Result<(), CliError> {
    let input = args.domain.trim();
    // An address works too: its domain is checked.
    let domain = input.rsplit_once('@').map_or(input, |(_, d)| d);
    let domain = crate::address::normalise_domain(domain).map_err(|e| {
        CliError::BadInput(crate::t!(
            "cli-bad-address",
            address = input,
            reason = e.explain()
        ))
    })?;
    let net = run.net()?;
    let report = crate::doctor::doctor(&net, &domain, &Default::default()).await;
    if args.json {
        println!("{}", render::json(&report));
    } else {
        print!("{}", render::doctor(&domain, &report));
    }
    if report.has_problem() {
        Err(CliError::Reported)
    } else {
        Ok(())
    }
}
