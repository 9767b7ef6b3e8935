//! `mailsetup check ADDRESS`: logs in to the incoming and outgoing servers and says what works; with
//! `--send-test`, then sends a test message to the address itself and waits for it in the inbox.

use std::time::Duration;

use crate::check::send_test::{self, TestMessage};
use crate::cli::args::CheckArgs;
use crate::cli::sign_in::{self, Prepared};
use crate::cli::{CliError, Run, input, render};

pub(crate) async fn run(run: &Run, args: &CheckArgs) -> Result<(), CliError> {
    if let Some(file) = &args.batch {
        return super::batch::run(run, args, file).await;
    }
    let addr = input::address(args.address.as_deref().unwrap_or_default())?;
    let settings = match &args.settings {
        Some(path) => Some(input::settings(path, &addr)?),
        None => None,
    };
    let net = run.net()?;
    let mut found = input::settings_or_discover(run, Some(&net), &addr, settings).await?;
    for s in found.incoming.iter_mut().chain(&mut found.outgoing) {
        s.prefer_oauth(|issuer| run.oauth.get(issuer).is_some());
    }
    let Some(incoming) = input::incoming(&found, args.protocol) else {
        if args.json {
            println!("{}", render::check_not_found_json(&found));
            eprintln!("{}", render::not_found_message(&found));
            return Err(CliError::Reported);
        }
        return Err(CliError::NotFound(render::not_found_message(&found)));
    };
    let outgoing = found.outgoing.first();
    let refused = (!args.trust)
        .then(|| crate::check::refuse_untrusted(&addr, incoming, outgoing))
        .flatten();
    let timeouts = Default::default();
    let (report, secret) = match refused {
        Some(report) => {
            // The same words as always, on stderr; with --json the refusal is that side's problem.
            for c in report.sides() {
                if let Some(p) = c
                    .problem
                    .as_ref()
                    .filter(|p| p.kind == crate::check::diagnosis::ProblemKind::NotVouched)
                {
                    eprintln!("mailsetup: {}", p.message);
                }
            }
            if args.json {
                let test = args.send_test.then(TestMessage::not_run);
                println!("{}", render::check_json(&report, test.as_ref()));
            }
            return Err(CliError::Reported);
        }
        None => {
            match sign_in::prepare(run, &net, &addr, incoming, outgoing, args.password_stdin)
                .await?
            {
                // Nothing was sent: the same report, with every side's problem.
                Prepared::Refused(report) => (*report, None),
                Prepared::Ready(secret, keep) => {
                    let report = crate::check::check_with(
                        &net, &addr, incoming, outgoing, &secret, &timeouts,
                    )
                    .await;
                    if let (true, true, Some(keep)) = (report.ok(), args.remember, keep) {
                        sign_in::keep(&addr, keep).await;
                    }
                    (report, Some(secret))
                }
            }
        }
    };
    let test = match (&report.outgoing, &secret, args.send_test) {
        (_, _, false) => None,
        (Some(out), Some(secret), true) if report.ok() => {
            if !args.json {
                eprintln!("{}", crate::t!("send-test-sending"));
            }
            let wait = args
                .wait
                .map_or(send_test::DEFAULT_WAIT, Duration::from_secs);
            let server_in = &report.incoming.server;
            let t =
                send_test::send_test(&net, &addr, server_in, &out.server, secret, wait, &timeouts);
            Some(t.await)
        }
        (_, _, true) => Some(TestMessage::not_run()),
    };
    if args.json {
        println!("{}", render::check_json(&report, test.as_ref()));
    } else {
        print!(
            "{}",
            render::check_report(&report, args.details, run.help_contact())
        );
        if let Some(t) = &test {
            print!("{}", render::test_message_text(t, args.details));
        }
    }
    if report.ok() && test.as_ref().is_none_or(TestMessage::ok) {
        Ok(())
    } else {
        Err(CliError::Reported)
    }
}
