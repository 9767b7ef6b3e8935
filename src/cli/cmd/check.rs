//! `mailsetup check ADDRESS`: logs in to the incoming and outgoing servers and says what works; with
//! `--send-test`, then sends a test message to the address itself and waits for it in the inbox.

use std::time::Duration;

use crate::address::Address;
use crate::check::send_test::{self, TestMessage};
use crate::check::{CheckReport, CheckTimeouts, LoginSecret};
use crate::cli::args::CheckArgs;
use crate::cli::sign_in::{self, Prepared};
use crate::cli::{CliError, Run, input, render};
use crate::discover::Discovery;
use crate::model::Server;
use crate::net::Net;

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
    let found = servers(run, &net, &addr, settings).await?;
    let Some(incoming) = input::incoming(&found, args.protocol) else {
        return Err(not_found(&found, args.json));
    };
    let outgoing = found.outgoing.first();
    let refused = (!args.trust)
        .then(|| crate::check::refuse_untrusted(&addr, incoming, outgoing))
        .flatten();
    if let Some(report) = refused {
        return Err(untrusted(&report, args));
    }
    let timeouts = CheckTimeouts::default();
    let (report, secret) = login(run, &net, &addr, incoming, outgoing, args, &timeouts).await?;
    let test = test_message(&net, &addr, &report, secret.as_ref(), args, &timeouts).await;
    print_result(run, args, &report, test.as_ref())
}

/// The servers: from the settings file when one is given, else discovered; OAuth2 preferred where
/// a registration for its issuer is in force.
async fn servers(
    run: &Run,
    net: &Net,
    addr: &Address,
    settings: Option<Discovery>,
) -> Result<Discovery, CliError> {
    let mut found = input::settings_or_discover(run, Some(net), addr, settings).await?;
    for s in found.incoming.iter_mut().chain(&mut found.outgoing) {
        s.prefer_oauth(|issuer| run.oauth.get(issuer).is_some());
    }
    Ok(found)
}

/// No incoming server (of the protocol asked for): with `--json` the JSON on stdout and the words
/// on stderr, else the words as the error.
fn not_found(found: &Discovery, json: bool) -> CliError {
    if json {
        println!("{}", render::check_not_found_json(found));
        eprintln!("{}", render::not_found_message(found));
        return CliError::Reported;
    }
    CliError::NotFound(render::not_found_message(found))
}

/// A server refused by the trust rule: the same words as always, on stderr; with `--json` the
/// refusal is that side's problem.
fn untrusted(report: &CheckReport, args: &CheckArgs) -> CliError {
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
        println!("{}", render::check_json(report, test.as_ref()));
    }
    CliError::Reported
}

/// The logins with what the person signs in with (kept afterwards when it worked and
/// `--remember` says so), and that secret; with no secret, the report of why nothing was sent.
async fn login(
    run: &Run,
    net: &Net,
    addr: &Address,
    incoming: &Server,
    outgoing: Option<&Server>,
    args: &CheckArgs,
    timeouts: &CheckTimeouts,
) -> Result<(CheckReport, Option<LoginSecret>), CliError> {
    Ok(
        match sign_in::prepare(run, net, addr, incoming, outgoing, args.password_stdin).await? {
            // Nothing was sent: the same report, with every side's problem.
            Prepared::Refused(report) => (*report, None),
            Prepared::Ready(secret, keep) => {
                let report =
                    crate::check::check_with(net, addr, incoming, outgoing, &secret, timeouts)
                        .await;
                if let (true, true, Some(keep)) = (report.ok(), args.remember, keep) {
                    sign_in::keep(addr, keep).await;
                }
                (report, Some(secret))
            }
        },
    )
}

/// `--send-test`: the test message when both logins worked, else "not run"; `None` without it.
async fn test_message(
    net: &Net,
    addr: &Address,
    report: &CheckReport,
    secret: Option<&LoginSecret>,
    args: &CheckArgs,
    timeouts: &CheckTimeouts,
) -> Option<TestMessage> {
    match (&report.outgoing, secret, args.send_test) {
        (_, _, false) => None,
        (Some(out), Some(secret), true) if report.ok() => {
            if !args.json {
                eprintln!("{}", crate::t!("send-test-sending"));
            }
            let wait = args
                .wait
                .map_or(send_test::DEFAULT_WAIT, Duration::from_secs);
            let server_in = &report.incoming.server;
            let t = send_test::send_test(net, addr, server_in, &out.server, secret, wait, timeouts);
            Some(t.await)
        }
        (_, _, true) => Some(TestMessage::not_run()),
    }
}

/// Prints the report (and the test message), as JSON or words; an error unless all worked.
fn print_result(
    run: &Run,
    args: &CheckArgs,
    report: &CheckReport,
    test: Option<&TestMessage>,
) -> Result<(), CliError> {
    if args.json {
        println!("{}", render::check_json(report, test));
    } else {
        print!(
            "{}",
            render::check_report(report, args.details, run.help_contact())
        );
        if let Some(t) = test {
            print!("{}", render::test_message_text(t, args.details));
        }
    }
    if report.ok() && test.is_none_or(TestMessage::ok) {
        Ok(())
    } else {
        Err(CliError::Reported)
    }
}
