//! Step 3 of `mailsetup setup`, "How to receive": IMAP or POP3 (when both are offered), a copy on
//! the server for POP3, the servers found, and the trust question for a server outside the
//! address's domain (answered by typing that domain).

use super::term::{Term, Tone};
use crate::address::Address;
use crate::cli::CliError;
use crate::discover::Discovery;
use crate::model::{Protocol, Server};
use crate::t;

/// IMAP or POP3 (when both are offered), a copy on the server for POP3, and the trust question
/// for a server outside the address's domain. `None`: the person did not confirm.
pub(super) async fn choose(
    term: &mut Term,
    address: &Address,
    found: &Discovery,
) -> Result<Option<(Server, Option<Server>, bool)>, CliError> {
    let protocol = protocol(term, found).await?;
    let leave_copy = leave_copy(term, protocol).await?;
    let Some(incoming) = found.incoming.iter().find(|s| s.protocol == protocol) else {
        return Ok(None);
    };
    let outgoing = found.outgoing.first();
    say_servers(term, incoming, outgoing);
    let foreign = foreign_domains(address, incoming, outgoing);
    if !trusted(term, address, &foreign).await? {
        return Ok(None);
    }
    Ok(Some((incoming.clone(), outgoing.cloned(), leave_copy)))
}

/// The incoming protocol: asked when both are offered, else the one offered said.
async fn protocol(term: &mut Term, found: &Discovery) -> Result<Protocol, CliError> {
    let offers = |p: Protocol| found.incoming.iter().any(|s| s.protocol == p);
    Ok(match (offers(Protocol::Imap), offers(Protocol::Pop3)) {
        (true, true) => ask_protocol(term).await?,
        (false, true) => {
            term.say(Tone::Plain, &t!("receive-only-pop3"));
            Protocol::Pop3
        }
        _ => {
            term.say(Tone::Plain, &t!("receive-only-imap"));
            Protocol::Imap
        }
    })
}

/// The two choices with the window's explanations, asked until one is picked (IMAP by default).
async fn ask_protocol(term: &mut Term) -> Result<Protocol, CliError> {
    term.say(Tone::Heading, &t!("receive-title"));
    term.say(Tone::Plain, &format!("1. {}", t!("receive-imap")));
    term.say(Tone::Plain, &format!("   {}", t!("receive-imap-explained")));
    term.say(Tone::Plain, &format!("2. {}", t!("receive-pop3")));
    term.say(Tone::Plain, &format!("   {}", t!("receive-pop3-explained")));
    loop {
        match term.ask(&t!("setup-choose")).await?.trim() {
            "" | "1" => return Ok(Protocol::Imap),
            "2" => return Ok(Protocol::Pop3),
            _ => term.say(Tone::Careful, &t!("setup-choose-again")),
        }
    }
}

/// Whether POP3 leaves a copy on the server (asked, with a warning on "no"); always with IMAP.
async fn leave_copy(term: &mut Term, protocol: Protocol) -> Result<bool, CliError> {
    let mut leave_copy = true;
    if protocol == Protocol::Pop3 {
        leave_copy = term.ask_yes_no(&t!("receive-leave-copy"), true).await?;
        if !leave_copy {
            term.say(Tone::Careful, &t!("receive-leave-copy-warning"));
        }
    }
    Ok(leave_copy)
}

/// A line for the incoming server and one for the outgoing server (or its absence).
fn say_servers(term: &Term, incoming: &Server, outgoing: Option<&Server>) {
    term.say(
        Tone::Plain,
        &t!("receive-incoming-server", server = incoming.line()),
    );
    term.say(
        Tone::Plain,
        &match outgoing {
            Some(o) => t!("receive-outgoing-server", server = o.line()),
            None => t!("receive-no-outgoing"),
        },
    );
}

/// The domains outside the address's own that the servers are in, each once, in order.
fn foreign_domains(address: &Address, incoming: &Server, outgoing: Option<&Server>) -> Vec<String> {
    let mut foreign: Vec<String> = Vec::new();
    for d in std::iter::once(incoming)
        .chain(outgoing)
        .filter_map(|s| s.foreign_domain(address))
    {
        if !foreign.contains(&d) {
            foreign.push(d);
        }
    }
    foreign
}

/// The trust question for each foreign domain, confirmed by typing it; `false` at the first
/// domain not typed back.
async fn trusted(term: &mut Term, address: &Address, foreign: &[String]) -> Result<bool, CliError> {
    for domain in foreign {
        term.gap();
        term.say(Tone::Careful, &t!("receive-foreign-title"));
        term.say(Tone::Heading, &format!("   {domain}"));
        term.say(
            Tone::Plain,
            &t!(
                "receive-foreign-explained",
                address_domain = address.registrable_domain()
            ),
        );
        let typed = term
            .ask(&t!("setup-trust-type", domain = domain.as_str()))
            .await?;
        if !typed.trim().eq_ignore_ascii_case(domain) {
            term.say(
                Tone::Bad,
                &t!("setup-trust-refused", domain = domain.as_str()),
            );
            return Ok(false);
        }
    }
    Ok(true)
}
